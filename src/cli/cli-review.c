/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The end-of-cycle review: score, close (and carry over), reopen, retro, review. */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cli.h"
#include "okr-carry-over.h"
#include "okr-format.h"
#include "okr-review-report.h"
#include "okr-review.h"
#include "okr-store-edits.h"
#include "okr-store-read.h"

static gint64
optional_person (OkrStore *store, const char *ref, int *status)
{
  return ref != NULL ? cli_resolve (store, OKR_ENTITY_PERSON, ref, status) : 0;
}

int
cli_score (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *kr = NULL, *value = NULL, *reason = NULL, *cycle = NULL, *by = NULL;
  const GOptionEntry entries[] = {
    { "kr", 0, 0, G_OPTION_ARG_STRING, &kr, N_("The key result"), N_("KR") },
    { "score", 0, 0, G_OPTION_ARG_STRING, &value,
      N_("Its score, from 0.0 to 1.0 (“none” clears it)"), "S" },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why this score"), N_("TEXT") },
    { "cycle", 0, 0, G_OPTION_ARG_STRING, &cycle,
      N_("Look for the key result’s title in this cycle first"), N_("CYCLE") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who gives the score"), N_("PERSON") },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  GError *error = NULL;
  gint64 kr_id, cycle_id = 0, author;
  double score = NAN;
  int status = cli_parse (ctx, entries, &argc, &argv, N_("Score a key result at the end of its "
                                                         "cycle."));

  if (status != CLI_OK)
    return status;
  if (kr == NULL || value == NULL)
    return cli_usage (ctx, _("--kr and --score are required."));
  if (g_ascii_strcasecmp (value, "none") != 0 &&
      !cli_parse_number (ctx, "--score", value, &score, &status))
    return status;
  if ((store = cli_open (ctx, TRUE, &status)) == NULL)
    return status;
  if (cycle != NULL && (cycle_id = cli_resolve (store, OKR_ENTITY_CYCLE, cycle, &status)) == 0)
    return status;
  if ((kr_id = okr_review_resolve_kr (store, cycle_id, kr, &error)) == 0)
    {
      /* a carried-over KR has its original's title: the cycle tells them apart */
      if (cycle_id == 0 && g_error_matches (error, OKR_STORE_ERROR, OKR_STORE_ERROR_AMBIGUOUS))
        {
          g_autofree char *message = g_strdup_printf (_("Several key results have the title "
                                                        "“%s”: add --cycle, or use the id."), kr);
          g_clear_error (&error);
          return cli_fail (g_error_new_literal (OKR_STORE_ERROR, OKR_STORE_ERROR_AMBIGUOUS,
                                                message));
        }
      return cli_fail (error);
    }
  author = optional_person (store, by, &status);
  if (status != CLI_OK)
    return status;
  /* the store refuses a score outside 0.0–1.0, and any score in a closed cycle */
  if (!okr_store_set_score (store, kr_id, score, reason, author, &error))
    return cli_fail (error);
  return CLI_OK;
}

static int
print_carried (OkrStore *store, const OkrCarryOverResult *result, gboolean created)
{
  g_autoptr(OkrCycle) into = okr_store_get_cycle (store, result->into_cycle_id, NULL);
  const char *name = into != NULL ? okr_cycle_get_name (into) : "";
  g_autofree char *objectives = g_strdup_printf (ngettext ("%u objective", "%u objectives",
                                                           result->n_objectives),
                                                 result->n_objectives);
  g_autofree char *krs = g_strdup_printf (ngettext ("%u key result", "%u key results",
                                                    result->n_key_results),
                                          result->n_key_results);

  /* Translators: after closing a cycle: "Carried 3 objectives and 6 key results into
   * “Q2 2027”." */
  cli_print (created ? _("Carried %s and %s into “%s”, a new cycle.")
                     : _("Carried %s and %s into “%s”."), objectives, krs, name);
  cli_print ("\n");
  if (result->n_alignments_dropped > 0)
    {
      cli_print (ngettext ("%u copy aligns to nothing now, as what it aligned to was not "
                           "carried over: align it again.",
                           "%u copies align to nothing now, as what they aligned to was not "
                           "carried over: align them again.", result->n_alignments_dropped),
                 result->n_alignments_dropped);
      cli_print ("\n");
    }
  return CLI_OK;
}

static gboolean
has_unfinished (OkrStore *store, gint64 cycle_id)
{
  g_autoptr(OkrRollup) rollup = okr_rollup_new (store, cycle_id, okr_date_today (), NULL);
  g_autoptr(GPtrArray) candidates = rollup != NULL ? okr_carry_over_list_candidates (rollup, 0)
                                                   : NULL;

  return candidates == NULL || candidates->len > 0;
}

int
cli_close (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *cycle = NULL, *into = NULL, *by = NULL;
  gboolean carry = FALSE, leave_unscored = FALSE;
  const GOptionEntry entries[] = {
    { "cycle", 0, 0, G_OPTION_ARG_STRING, &cycle, N_("The cycle to close"), N_("CYCLE") },
    { "carry-over", 0, 0, G_OPTION_ARG_NONE, &carry,
      N_("Copy unfinished objectives and key results into the next cycle"), NULL },
    { "into", 0, 0, G_OPTION_ARG_STRING, &into,
      N_("The cycle to carry over into (made if there is none by that name)"), N_("NAME") },
    { "leave-unscored", 0, 0, G_OPTION_ARG_NONE, &leave_unscored,
      N_("Close although some key results have no score"), NULL },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who closes it"), N_("PERSON") },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  g_autoptr(OkrCycle) closed = NULL;
  GError *error = NULL;
  OkrCarryOverResult result = { 0 };
  gint64 cycle_id, author, into_id = 0;
  gboolean created = FALSE, nothing_left = FALSE, ok;
  int status = cli_parse (ctx, entries, &argc, &argv,
                          N_("Close a cycle: its OKRs can no longer change. Optionally carry "
                             "unfinished work into the next cycle."));

  if (status != CLI_OK)
    return status;
  if (cycle == NULL)
    return cli_usage (ctx, _("--cycle is required."));
  if (into != NULL && !carry)
    return cli_usage (ctx, _("--into is for --carry-over."));
  if ((store = cli_open (ctx, TRUE, &status)) == NULL)
    return status;
  if ((cycle_id = cli_resolve (store, OKR_ENTITY_CYCLE, cycle, &status)) == 0)
    return status;
  author = optional_person (store, by, &status);
  if (status != CLI_OK)
    return status;

  /* Closing and carrying over succeed or fail together. */
  okr_store_begin_edit (store, NULL);
  ok = okr_review_close_cycle (store, cycle_id,
                               leave_unscored ? OKR_CLOSE_LEAVE_UNSCORED : OKR_CLOSE_DEFAULT,
                               author, &error);
  /* nothing unfinished: no cycle is made for nothing */
  if (ok && carry && !has_unfinished (store, cycle_id))
    {
      carry = FALSE;
      nothing_left = TRUE;
    }
  if (ok && carry)
    ok = (into_id = okr_carry_over_ensure_next_cycle (store, cycle_id, into, &created,
                                                      &error)) != 0 &&
         okr_carry_over_all_unfinished (store, cycle_id, into_id, &result, &error);
  if (!ok)
    {
      okr_store_abort_edit (store);
      return cli_fail (error);
    }
  if (!okr_store_end_edit (store, &error))
    return cli_fail (error);

  closed = okr_store_get_cycle (store, cycle_id, NULL);
  cli_print (_("Closed “%s”."), closed != NULL ? okr_cycle_get_name (closed) : cycle);
  cli_print ("\n");
  if (nothing_left)
    {
      cli_print (_("Nothing was left unfinished to carry over."));
      cli_print ("\n");
    }
  if (carry)
    return print_carried (store, &result, created);
  return CLI_OK;
}

int
cli_reopen (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *cycle = NULL, *reason = NULL, *by = NULL;
  const GOptionEntry entries[] = {
    { "cycle", 0, 0, G_OPTION_ARG_STRING, &cycle, N_("The closed cycle"), N_("CYCLE") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why it is reopened (kept with it)"),
      N_("TEXT") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who reopens it"), N_("PERSON") },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  GError *error = NULL;
  gint64 cycle_id, author;
  int status = cli_parse (ctx, entries, &argc, &argv,
                          N_("Reopen a closed cycle, saying why."));

  if (status != CLI_OK)
    return status;
  if (cycle == NULL || reason == NULL)
    return cli_usage (ctx, _("--cycle and --reason are required."));
  if ((store = cli_open (ctx, TRUE, &status)) == NULL)
    return status;
  if ((cycle_id = cli_resolve (store, OKR_ENTITY_CYCLE, cycle, &status)) == 0)
    return status;
  author = optional_person (store, by, &status);
  if (status != CLI_OK)
    return status;
  if (!okr_review_reopen_cycle (store, cycle_id, reason, author, &error))
    return cli_fail (error);
  return CLI_OK;
}

/* Opens the document and finds --cycle (required) and --unit (the company when not
 * given); on failure returns the exit status, with the message said. */
static int
open_cycle_unit (CliContext *ctx, gboolean write, const char *cycle, const char *unit,
                 OkrStore **store, gint64 *cycle_id, gint64 *unit_id)
{
  int status;

  if (cycle == NULL)
    return cli_usage (ctx, _("--cycle is required."));
  if ((*store = cli_open (ctx, write, &status)) == NULL)
    return status;
  if ((*cycle_id = cli_resolve (*store, OKR_ENTITY_CYCLE, cycle, &status)) == 0)
    return status;
  *unit_id = unit != NULL ? cli_resolve (*store, OKR_ENTITY_UNIT, unit, &status)
                          : okr_store_get_root_unit (*store);
  return *unit_id != 0 ? CLI_OK : status;
}

int
cli_retro (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *cycle = NULL, *unit = NULL, *well = NULL, *badly = NULL, *change = NULL;
  const GOptionEntry entries[] = {
    { "cycle", 0, 0, G_OPTION_ARG_STRING, &cycle, N_("The cycle"), N_("CYCLE") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit, N_("The unit (default: the company)"),
      N_("UNIT") },
    { "went-well", 0, 0, G_OPTION_ARG_STRING, &well, N_("What worked"), N_("TEXT") },
    { "went-badly", 0, 0, G_OPTION_ARG_STRING, &badly, N_("What didn’t"), N_("TEXT") },
    { "to-change", 0, 0, G_OPTION_ARG_STRING, &change, N_("What we change"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  g_auto(OkrRetrospective) retro = { 0 };
  GError *error = NULL;
  gint64 cycle_id, unit_id;
  int status = cli_parse (ctx, entries, &argc, &argv,
                          N_("Write a unit’s retrospective of a cycle (the answers not given "
                             "are kept)."));

  if (status != CLI_OK ||
      (status = open_cycle_unit (ctx, TRUE, cycle, unit, &store, &cycle_id, &unit_id)) != CLI_OK)
    return status;
  if (!okr_review_get_retrospective (store, unit_id, cycle_id, &retro, &error) ||
      !okr_store_set_retrospective (store, unit_id, cycle_id,
                                    well != NULL ? well : retro.went_well,
                                    badly != NULL ? badly : retro.went_badly,
                                    change != NULL ? change : retro.to_change, &error))
    return cli_fail (error);
  return CLI_OK;
}

/* The review as text: the unit's score and distribution, then every objective and KR. */
static void
print_review (OkrRollup *rollup, gint64 unit_id)
{
  g_autoptr(GPtrArray) units = okr_review_list_units (rollup, unit_id);
  OkrCycle *cycle = okr_rollup_get_cycle (rollup);
  OkrScoreDistribution d;

  g_autofree char *overall = okr_format_score (okr_review_overall_score (rollup, unit_id));

  okr_review_distribution (rollup, unit_id, &d);
  cli_print ("%s · %s\n", okr_cycle_get_name (cycle),
             okr_cycle_state_to_label (okr_cycle_get_state (cycle)));
  cli_print (_("Overall score %s"), overall);
  cli_print ("\n");
  cli_print (ngettext ("%u of %u key result scored", "%u of %u key results scored",
                       d.n_key_results), d.n_scored, d.n_key_results);
  cli_print ("\n");
  for (OkrScoreBucket b = 0; b < OKR_SCORE_BUCKET_N; b++)
    cli_print ("  %-10s %u\n", okr_score_bucket_to_label (b), d.counts[b]);

  for (guint u = 0; u < units->len; u++)
    {
      OkrUnit *unit = units->pdata[u];
      GPtrArray *objectives = okr_rollup_get_objectives (rollup, okr_unit_get_id (unit));
      g_autofree char *unit_score = okr_format_score (okr_unit_get_score (unit));

      cli_print ("\n%s  %s\n", okr_unit_get_name (unit), unit_score);
      for (guint o = 0; o < objectives->len; o++)
        {
          OkrObjective *objective = objectives->pdata[o];
          GPtrArray *krs = okr_rollup_get_key_results (rollup, okr_objective_get_id (objective));
          g_autofree char *score = okr_format_score (okr_objective_get_score (objective));

          cli_print ("  ◆ %s  %s  %s%s\n", okr_objective_get_title (objective), score,
                     okr_objective_get_aspirational (objective) ? _("aspirational")
                                                                : _("committed"),
                     okr_review_objective_below_bar (objective) ? _(" — below its bar") : "");
          for (guint k = 0; k < krs->len; k++)
            {
              OkrKeyResult *kr = krs->pdata[k];
              g_autofree char *progress = okr_format_percent (okr_key_result_get_progress_raw (kr));
              g_autofree char *suggested = okr_format_score (okr_math_suggested_score
                                                               (okr_key_result_get_progress (kr)));
              g_autofree char *given = okr_format_score (okr_key_result_get_score (kr));

              /* Translators: a KR in the review: title, progress, suggested score, score. */
              cli_print (_("    • %s  %s  suggested %s  score %s"), okr_key_result_get_title (kr),
                         progress, suggested, given);
              if (*okr_key_result_get_score_reason (kr) != '\0')
                cli_print ("  — %s", okr_key_result_get_score_reason (kr));
              cli_print ("\n");
            }
        }
    }
}

/* To a file, replaced only once complete, or to the output for "-". */
static gboolean
write_csv (OkrStore *store, OkrRollup *rollup, gint64 unit_id, const char *path, GError **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GCancellable) abandon = NULL;

  if (g_strcmp0 (path, "-") == 0)
    {
      g_autoptr(GOutputStream) stdout_stream = cli_stdout ();
      return okr_review_write_csv (store, rollup, unit_id, stdout_stream, error);
    }
  file = g_file_new_for_commandline_arg (path);
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
  if (out == NULL)
    return FALSE;
  if (okr_review_write_csv (store, rollup, unit_id, G_OUTPUT_STREAM (out), error))
    return g_output_stream_close (G_OUTPUT_STREAM (out), NULL, error);
  /* closed cancelled, the file is left as it was */
  abandon = g_cancellable_new ();
  g_cancellable_cancel (abandon);
  g_output_stream_close (G_OUTPUT_STREAM (out), abandon, NULL);
  return FALSE;
}

int
cli_review (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *cycle = NULL, *unit = NULL, *csv = NULL, *pdf = NULL;
  const GOptionEntry entries[] = {
    { "cycle", 0, 0, G_OPTION_ARG_STRING, &cycle, N_("The cycle"), N_("CYCLE") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit,
      N_("This unit and the units under it (default: the company)"), N_("UNIT") },
    { "csv", 0, 0, G_OPTION_ARG_FILENAME, &csv, N_("Write the review as CSV (- for the output)"),
      N_("OUT") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, N_("Write the review as a PDF report"),
      N_("OUT") },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  g_autoptr(OkrRollup) rollup = NULL;
  GError *error = NULL;
  gint64 cycle_id, unit_id;
  int status = cli_parse (ctx, entries, &argc, &argv,
                          N_("Show or export the scoring review of a cycle, in the language "
                             "the LANGUAGE environment variable names."));

  if (status != CLI_OK ||
      (status = open_cycle_unit (ctx, FALSE, cycle, unit, &store, &cycle_id, &unit_id)) != CLI_OK)
    return status;
  rollup = okr_rollup_new (store, cycle_id, okr_date_today (), &error);
  if (rollup == NULL)
    return cli_fail (error);

  if (csv != NULL && !write_csv (store, rollup, unit_id, csv, &error))
    return cli_fail (error);
  if (pdf != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (pdf);
      if (!okr_review_write_pdf (store, rollup, unit_id, file, &error))
        return cli_fail (error);
    }
  if (csv == NULL && pdf == NULL)
    print_review (rollup, unit_id);
  return CLI_OK;
}
