/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli-sync.c — cascade-cli merge and publish: copies of a document kept in a sync folder */
#include "config.h"

#include <glib/gi18n.h>

#include "cli.h"
#include "okr-merge.h"
#include "okr-sync.h"

static void
print_report (const OkrMergeReport *report, const char *other)
{
  g_autofree char *name = g_filename_display_basename (other);

  for (guint i = 0; i < report->warnings->len; i++)
    cli_print ("%s\n", (const char *) report->warnings->pdata[i]);
  for (guint i = 0; i < report->changes->len; i++)
    {
      g_autofree char *line = okr_merge_change_describe (report->changes->pdata[i]);
      cli_print ("  %s\n", line);
    }
  if (report->n_changes > report->changes->len)
    cli_print (ngettext ("  … and %u more change.\n", "  … and %u more changes.\n",
                         report->n_changes - report->changes->len),
               report->n_changes - report->changes->len);
  if (report->n_changes == 0)
    /* Translators: %s is a file name. */
    cli_print (_("Nothing new in “%s”.\n"), name);
  else
    /* Translators: %u is a number of changes, %s a file name. */
    cli_print (ngettext ("Merged %u change from “%s”.\n", "Merged %u changes from “%s”.\n",
                         report->n_changes), report->n_changes, name);
}

int
cli_merge (CliContext *ctx, int argc, char **argv)
{
  g_autoptr(OkrStore) store = NULL;
  int status = cli_parse_files (ctx, NULL, &argc, &argv, _("FILE OTHER…"),
                                N_("Merge other copies of the same document (conflict copies, "
                                   "another computer’s copy) into FILE. Per field the later "
                                   "edit wins; no check-in is ever lost. The other files are "
                                   "not changed."));

  if (status != CLI_OK)
    return status;
  if (argc < 3)
    return cli_usage (ctx, argc < 2 ? _("The document (FILE) is missing.")
                                    : _("Give at least one other copy (OTHER) to merge."));
  ctx->file = argv[1];
  store = cli_open (ctx, TRUE, &status);
  if (store == NULL)
    return status;

  for (int i = 2; i < argc; i++)
    {
      g_autoptr(OkrMergeReport) report = NULL;
      GError *error = NULL;

      if (!okr_store_merge (store, argv[i], &report, &error))
        return cli_fail (error);
      print_report (report, argv[i]);
    }
  return CLI_OK;
}

int
cli_publish (CliContext *ctx, int argc, char **argv)
{
  g_autoptr(OkrStore) store = NULL;
  g_autofree char *from = NULL, *to = NULL;
  GError *error = NULL;
  int status = cli_parse_files (ctx, NULL, &argc, &argv, _("WORKING SHARED"),
                                N_("Write the working copy WORKING over the shared file SHARED "
                                   "in one step: a temporary file in the same folder, synced, "
                                   "then renamed. SHARED is always the complete old or the "
                                   "complete new document, with no -wal or -journal beside "
                                   "it."));

  if (status != CLI_OK)
    return status;
  if (argc != 3)
    return cli_usage (ctx, _("Give the working copy (WORKING) and the shared file (SHARED)."));
  ctx->file = argv[1];
  store = cli_open (ctx, FALSE, &status);
  if (store == NULL)
    return status;
  if (!okr_sync_publish_store (store, argv[2], &error))
    return cli_fail (error);
  from = g_filename_display_basename (argv[1]);
  to = g_filename_display_name (argv[2]);
  /* Translators: the first %s is a file name, the second a path. */
  cli_print (_("Published “%s” to “%s”.\n"), from, to);
  return CLI_OK;
}
