/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>
#include <stdio.h>

#include "cli.h"
#include "okr-format.h"

/* Output is written as UTF-8 whatever the locale: names are Vietnamese as often as not. */
void
cli_print (const char *format, ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  fputs (text, stdout);
}

static void
print_error_line (const char *message)
{
  g_autofree char *line = g_strdup_printf ("cascade-cli: %s\n", message);
  fputs (line, stderr);
}

int
cli_fail (GError *error)
{
  print_error_line (error != NULL ? error->message : _("Something went wrong."));
  g_clear_error (&error);
  return CLI_REFUSED;
}

int
cli_usage (CliContext *ctx, const char *message)
{
  g_autofree char *hint = g_strdup_printf (_("Run “cascade-cli %s --help” to see its options."),
                                           ctx->command);
  /* GOption's own messages end without a full stop. */
  gboolean ends = g_str_has_suffix (message, ".") || g_str_has_suffix (message, "?");
  g_autofree char *line = g_strdup_printf ("%s%s %s", message, ends ? "" : ".", hint);

  print_error_line (line);
  return CLI_USAGE;
}

int
cli_parse (CliContext *ctx, const GOptionEntry *entries, int *argc, char ***argv,
           const char *summary)
{
  int status = cli_parse_files (ctx, entries, argc, argv, _("FILE"), summary);

  if (status != CLI_OK)
    return status;
  if (*argc != 2)
    return cli_usage (ctx, *argc < 2 ? _("The document (FILE) is missing.")
                                     : _("Only one document (FILE) can be given."));
  ctx->file = (*argv)[1];
  return CLI_OK;
}

/* Like cli_parse, for commands that take several files: they stay in (*argv)[1…]. */
int
cli_parse_files (CliContext *ctx, const GOptionEntry *entries, int *argc, char ***argv,
                 const char *parameters, const char *summary)
{
  g_autoptr(GOptionContext) oc = g_option_context_new (parameters);
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf ("cascade-cli %s", ctx->command);

  g_set_prgname (prgname);
  g_option_context_set_translation_domain (oc, GETTEXT_PACKAGE);
  g_option_context_set_summary (oc, _(summary));
  if (entries != NULL)
    g_option_context_add_main_entries (oc, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (oc, argc, argv, &error))
    return cli_usage (ctx, error->message);
  return CLI_OK;
}

OkrStore *
cli_open (CliContext *ctx, gboolean write, int *status)
{
  GError *error = NULL;
  /* Reading an older document updates it, as opening it in Cascade does. */
  OkrStore *store = okr_store_open (ctx->file, write ? 0 : OKR_STORE_OPEN_READ_ONLY |
                                                           OKR_STORE_OPEN_UPDATE_OLDER, &error);

  if (store == NULL)
    {
      *status = cli_fail (error);
      return NULL;
    }
  if (write && okr_store_is_read_only (store))
    {
      g_autofree char *name = g_filename_display_basename (ctx->file);
      g_autofree char *message = g_strdup_printf (_("“%s” is read-only, so changes can’t be "
                                                    "saved."), name);
      print_error_line (message);
      g_object_unref (store);
      *status = CLI_REFUSED;
      return NULL;
    }
  *status = CLI_OK;
  return store;
}

gint64
cli_resolve (OkrStore *store, OkrEntity entity, const char *ref, int *status)
{
  GError *error = NULL;
  gint64 id = okr_store_resolve (store, entity, ref, &error);

  if (id == 0)
    *status = cli_fail (error);
  return id;
}

void
cli_print_id (OkrStore *store, OkrEntity entity, gint64 id)
{
  OkrUuid uuid;
  char text[OKR_UUID_STRING_LEN + 1];

  if (okr_store_get_uuid (store, entity, id, &uuid))
    {
      okr_uuid_write (&uuid, text);
      cli_print ("%s\n", text);
    }
}

gboolean
cli_parse_date (CliContext *ctx, const char *option, const char *text, OkrDate *date,
                int *status)
{
  if (okr_date_parse_iso (text, date))
    return TRUE;
  g_autofree char *message = g_strdup_printf (_("%s needs a real date written as YYYY-MM-DD, "
                                                "not “%s”."), option, text);
  *status = cli_usage (ctx, message);
  return FALSE;
}

gboolean
cli_parse_number (CliContext *ctx, const char *option, const char *text, double *value,
                  int *status)
{
  /* Scripts write 12.5; people also type numbers their own way (Vietnamese: 12,5). */
  if (okr_parse_c_number (text, value) || okr_parse_number (text, value))
    return TRUE;
  g_autofree char *message = g_strdup_printf (_("%s needs a number such as 1250 or 12.5, "
                                                "not “%s”."), option, text);
  *status = cli_usage (ctx, message);
  return FALSE;
}

GOutputStream *
cli_stdout (void)
{
  fflush (stdout);
  return g_unix_output_stream_new (1, FALSE);
}
