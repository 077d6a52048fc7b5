/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli-sync.c — cascade-cli merge, publish and sync: copies of a document kept in a sync
 * folder */
#include "config.h"

#include <glib/gi18n.h>

#include "cli.h"
#include "okr-merge.h"
#include "okr-sync.h"

/* Who changed what, one line each. */
static void
print_changes (const OkrMergeReport *report)
{
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
}

static void
print_report (const OkrMergeReport *report, const char *other)
{
  g_autofree char *name = g_filename_display_basename (other);

  print_changes (report);
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

int
cli_sync (CliContext *ctx, int argc, char **argv)
{
  g_autoptr(OkrSync) sync = NULL;
  g_autofree char *name = NULL;
  const OkrMergeReport *report;
  GError *error = NULL;
  int status = cli_parse_files (ctx, NULL, &argc, &argv, _("FILE"),
                                N_("Bring a document in a sync folder up to date, as Cascade "
                                   "does when it opens it: merge what other computers "
                                   "published and the conflict copies beside it (which are "
                                   "then moved aside), and publish the result."));

  if (status != CLI_OK)
    return status;
  if (argc != 2)
    return cli_usage (ctx, _("The document (FILE) is missing."));
  sync = okr_sync_open (argv[1], OKR_STORE_OPEN_DEFAULT, &error);
  if (sync == NULL)
    return cli_fail (error);
  name = g_filename_display_basename (argv[1]);
  if (!okr_sync_is_shared (sync))
    {
      okr_sync_close (sync, NULL);
      /* Translators: %s is a file name. */
      cli_print (_("“%s” is not in a sync folder: every change is saved in it at once.\n"),
                 name);
      return CLI_OK;
    }
  report = okr_sync_get_report (sync);
  if (report != NULL)
    print_changes (report);
  if (!okr_sync_close (sync, &error))
    {
      if (error == NULL)
        error = g_error_copy (okr_sync_get_error (sync));
      return cli_fail (error);
    }
  if (okr_sync_get_n_merged (sync) > 0)
    {
      g_autofree char *folder = okr_sync_dup_merged_folder (sync);
      cli_print (ngettext ("Merged changes from %u other copy; published “%s”.\n",
                           "Merged changes from %u other copies; published “%s”.\n",
                           okr_sync_get_n_merged (sync)), okr_sync_get_n_merged (sync), name);
      if (okr_sync_get_n_moved_aside (sync) > 0)
        /* Translators: %s is a folder. */
        cli_print (_("Conflict copies that were merged are kept in %s.\n"), folder);
    }
  else
    cli_print (_("“%s” is up to date.\n"), name);
  return CLI_OK;
}
