/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-review.c — the end-of-cycle review
 *
 * Scores live on KRs (okr_store_set_score); an objective's score is the weighted mean of its
 * KRs' scores and a unit's the mean of its objectives' (the roll-up computes both). Closing
 * a cycle makes everything in it read-only — the store refuses those writes — and is, like
 * reopening it, an event kept in the document for the record.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "okr-format.h"
#include "okr-review.h"
#include "okr-store-edits.h"
#include "okr-store-private.h"
#include "okr-store-read.h"

const char *
okr_score_bucket_to_label (OkrScoreBucket bucket)
{
  static const char *labels[OKR_SCORE_BUCKET_N] = {
    /* Translators: the score distribution's buckets: 0.0–0.3, 0.4–0.6, 0.7–0.9 and 1.0. */
    [OKR_SCORE_BUCKET_FAIL] = NC_("score band", "Fail"),
    [OKR_SCORE_BUCKET_COMMIT] = NC_("score band", "Commit"),
    [OKR_SCORE_BUCKET_TARGET] = NC_("score band", "Target"),
    [OKR_SCORE_BUCKET_STRETCH] = NC_("score band", "Stretch"),
  };

  g_return_val_if_fail (bucket < OKR_SCORE_BUCKET_N, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "score band", labels[bucket]);
}

/**
 * okr_review_list_units:
 *
 * Returns: (transfer container): @unit_id and every unit below it, parents first, as the
 *   roll-up orders them; the units are borrowed from @rollup
 */
GPtrArray *
okr_review_list_units (OkrRollup *rollup, gint64 unit_id)
{
  GPtrArray *units = okr_rollup_get_units (rollup);
  GPtrArray *subtree = g_ptr_array_new ();
  guint depth = 0;
  gboolean inside = FALSE;

  for (guint i = 0; i < units->len; i++)
    {
      OkrUnit *u = g_ptr_array_index (units, i);

      if (inside && okr_unit_get_depth (u) <= depth)
        break;
      if (okr_unit_get_id (u) == unit_id)
        {
          inside = TRUE;
          depth = okr_unit_get_depth (u);
        }
      if (inside)
        g_ptr_array_add (subtree, u);
    }
  return subtree;
}

/* The KRs of @unit_id and the units below it, counted by the bucket of their score. */
void
okr_review_distribution (OkrRollup *rollup, gint64 unit_id, OkrScoreDistribution *distribution)
{
  g_autoptr(GPtrArray) units = okr_review_list_units (rollup, unit_id);

  *distribution = (OkrScoreDistribution) { 0 };
  for (guint u = 0; u < units->len; u++)
    {
      GPtrArray *objectives = okr_rollup_get_objectives (rollup,
                                                         okr_unit_get_id (units->pdata[u]));
      for (guint o = 0; o < objectives->len; o++)
        {
          GPtrArray *krs = okr_rollup_get_key_results (rollup,
                                                       okr_objective_get_id (objectives->pdata[o]));
          for (guint k = 0; k < krs->len; k++)
            {
              double score = okr_key_result_get_score (krs->pdata[k]);

              distribution->n_key_results++;
              if (isnan (score))
                continue;
              distribution->n_scored++;
              distribution->counts[okr_math_score_bucket (score)]++;
            }
        }
    }
}

/* The mean score of every scored objective of @unit_id and the units below it: the score
 * of the review as a whole (a unit's own score counts only its own objectives). NAN when
 * nothing is scored. */
double
okr_review_overall_score (OkrRollup *rollup, gint64 unit_id)
{
  g_autoptr(GPtrArray) units = okr_review_list_units (rollup, unit_id);
  double sum = 0;
  guint n = 0;

  for (guint u = 0; u < units->len; u++)
    {
      GPtrArray *objectives = okr_rollup_get_objectives (rollup,
                                                         okr_unit_get_id (units->pdata[u]));
      for (guint o = 0; o < objectives->len; o++)
        {
          double score = okr_objective_get_score (objectives->pdata[o]);
          if (isnan (score))
            continue;
          sum += score;
          n++;
        }
    }
  return n > 0 ? sum / n : NAN;
}

/* A committed objective owes 1.0 and an aspirational one 0.7; one scored under its bar is
 * flagged in the review. Unscored objectives are not judged. */
gboolean
okr_review_objective_below_bar (OkrObjective *objective)
{
  double score = okr_objective_get_score (objective);

  return !isnan (score) &&
         !okr_math_score_meets_bar (score, okr_objective_get_aspirational (objective));
}

/**
 * okr_review_parse_score:
 * @text: what a leader typed: "0.7", "0,7" in Vietnamese, or just "7"; empty clears
 * @score: (out): the score, or NAN for "no score"
 *
 * Whole numbers from 2 to 10 are read as tenths, so that typing one key scores a KR; "1"
 * stays 1.0 and "0" 0.0. Scores are given in steps of 0.1.
 */
gboolean
okr_review_parse_score (const char *text, double *score, GError **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  double value;

  if (*stripped == '\0')
    {
      *score = NAN;
      return TRUE;
    }
  if (!okr_parse_number (stripped, &value))
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                           _("A score is a number from 0.0 to 1.0."));
      return FALSE;
    }
  if (value > 1 && value <= 10 && value == floor (value))
    value /= 10;
  if (value < 0 || value > 1)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                           _("A score is a number from 0.0 to 1.0."));
      return FALSE;
    }
  if (!okr_math_score_is_step (value))
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                           _("Scores go in steps of 0.1, such as 0.7."));
      return FALSE;
    }
  *score = round (value / OKR_SCORE_STEP) * OKR_SCORE_STEP;
  return TRUE;
}

/* ───────────────────────── closing and reopening ───────────────────────── */

void
okr_named_kr_free (OkrNamedKr *item)
{
  g_free (item->title);
  g_free (item->unit);
  g_free (item);
}

/**
 * okr_review_list_unscored:
 *
 * Returns: (transfer full) (element-type OkrNamedKr): the live KRs of the cycle's
 *   objectives that have no score, unit by unit
 */
GPtrArray *
okr_review_list_unscored (OkrStore *store, gint64 cycle_id, GError **error)
{
  static const char sql[] =
    "SELECT k.id, k.title, u.name FROM key_results k "
    "JOIN objectives o ON o.id = k.objective_id AND o.deleted = 0 "
    "JOIN units u ON u.id = o.unit_id AND u.deleted = 0 "
    "LEFT JOIN scores s ON s.kr_id = k.id AND s.deleted = 0 "
    "WHERE k.deleted = 0 AND o.cycle_id = ? AND s.score IS NULL "
    "ORDER BY u.id, o.position, o.id, k.position, k.id";
  OkrDb *db = _okr_store_get_db (store);
  sqlite3_stmt *stmt = okr_db_prepare (db, sql, error);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                               okr_named_kr_free);
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, cycle_id);
  while (okr_db_step (db, stmt, &has_row, error) && has_row)
    {
      OkrNamedKr *item = g_new0 (OkrNamedKr, 1);

      item->id = sqlite3_column_int64 (stmt, 0);
      item->title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      item->unit = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_ptr_array_add (items, item);
    }
  if (error != NULL && *error != NULL)
    return NULL;
  sqlite3_reset (stmt);
  return g_steal_pointer (&items);
}

static gint64
append_event (OkrStore *store, const char *kind, gint64 cycle_id, const char *reason,
              gint64 author_id, GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_EVENT);

  okr_changes_set_text (c, "kind", kind);
  okr_changes_set_ref (c, "cycle_id", cycle_id);
  okr_changes_set_text (c, "reason", reason != NULL ? reason : "");
  okr_changes_set_ref (c, "author_id", author_id);
  return okr_store_append (store, c, error);
}

/**
 * okr_review_close_cycle:
 * @flags: %OKR_CLOSE_LEAVE_UNSCORED to close although some KRs have no score
 *
 * Closes the cycle: from then on nothing in it can change until it is reopened. Refused
 * when it is already closed, or when KRs are unscored and the leader did not say to leave
 * them so. The closing is recorded as a "cycle_closed" event; like every piece of history
 * it can't be undone (reopening is its own, recorded act).
 */
gboolean
okr_review_close_cycle (OkrStore *store, gint64 cycle_id, OkrCloseFlags flags, gint64 author_id,
                        GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (store), FALSE);

  g_autoptr(OkrCycle) cycle = okr_store_get_cycle (store, cycle_id, error);
  g_autoptr(GPtrArray) unscored = NULL;

  if (cycle == NULL)
    return FALSE;
  if (okr_cycle_get_state (cycle) == OKR_CYCLE_CLOSED)
    {
      g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_CLOSED, _("“%s” is already closed."),
                   okr_cycle_get_name (cycle));
      return FALSE;
    }
  if ((flags & OKR_CLOSE_LEAVE_UNSCORED) == 0)
    {
      unscored = okr_review_list_unscored (store, cycle_id, error);
      if (unscored == NULL)
        return FALSE;
      if (unscored->len > 0)
        {
          g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                       ngettext ("%u key result of “%s” has no score yet. Score it, or close "
                                 "the cycle leaving it unscored.",
                                 "%u key results of “%s” have no score yet. Score them, or "
                                 "close the cycle leaving them unscored.", unscored->len),
                       unscored->len, okr_cycle_get_name (cycle));
          return FALSE;
        }
    }

  okr_store_begin_edit (store, _("Close cycle"));
  if (append_event (store, OKR_EVENT_CYCLE_CLOSED, cycle_id, NULL, author_id, error) == 0 ||
      !okr_store_set_cycle_state (store, cycle_id, OKR_CYCLE_CLOSED, error))
    {
      okr_store_abort_edit (store);
      return FALSE;
    }
  return okr_store_end_edit (store, error);
}

/**
 * okr_review_reopen_cycle:
 * @reason: why; required
 *
 * Makes a closed cycle active again, recording who reopened it and why as a
 * "cycle_reopened" event.
 */
gboolean
okr_review_reopen_cycle (OkrStore *store, gint64 cycle_id, const char *reason, gint64 author_id,
                         GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (store), FALSE);

  g_autoptr(OkrCycle) cycle = okr_store_get_cycle (store, cycle_id, error);
  g_autofree char *stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));

  if (cycle == NULL)
    return FALSE;
  if (okr_cycle_get_state (cycle) != OKR_CYCLE_CLOSED)
    {
      g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID, _("“%s” is not closed."),
                   okr_cycle_get_name (cycle));
      return FALSE;
    }
  if (*stripped == '\0')
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                           _("Say why the cycle is reopened: the reason is kept with it."));
      return FALSE;
    }

  okr_store_begin_edit (store, _("Reopen cycle"));
  if (append_event (store, OKR_EVENT_CYCLE_REOPENED, cycle_id, stripped, author_id, error) == 0 ||
      !okr_store_set_cycle_state (store, cycle_id, OKR_CYCLE_ACTIVE, error))
    {
      okr_store_abort_edit (store);
      return FALSE;
    }
  return okr_store_end_edit (store, error);
}

static void
cycle_event_free (OkrCycleEvent *event)
{
  g_free (event->kind);
  g_free (event->reason);
  g_free (event->author);
  g_free (event);
}

/**
 * okr_review_list_events:
 *
 * Returns: (transfer full) (element-type OkrCycleEvent): what happened to the cycle
 *   (closed, reopened), oldest first
 */
GPtrArray *
okr_review_list_events (OkrStore *store, gint64 cycle_id, GError **error)
{
  static const char sql[] =
    "SELECT e.kind, e.reason, coalesce (p.name, ''), e.stamp FROM events e "
    "LEFT JOIN people p ON p.id = e.author_id WHERE e.cycle_id = ? ORDER BY e.stamp, e.id";
  OkrDb *db = _okr_store_get_db (store);
  sqlite3_stmt *stmt = okr_db_prepare (db, sql, error);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                                cycle_event_free);
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, cycle_id);
  while (okr_db_step (db, stmt, &has_row, error) && has_row)
    {
      OkrCycleEvent *event = g_new0 (OkrCycleEvent, 1);

      event->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      event->reason = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      event->author = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      event->unix_ms = okr_stamp_get_unix_ms (sqlite3_column_int64 (stmt, 3));
      g_ptr_array_add (events, event);
    }
  if (error != NULL && *error != NULL)
    return NULL;
  sqlite3_reset (stmt);
  return g_steal_pointer (&events);
}

/* ───────────────────────── retrospectives ───────────────────────── */

/* Fills @retrospective with the unit's retrospective of the cycle; empty texts when none
 * was written. */
gboolean
okr_review_get_retrospective (OkrStore *store, gint64 unit_id, gint64 cycle_id,
                              OkrRetrospective *retrospective, GError **error)
{
  OkrDb *db = _okr_store_get_db (store);
  sqlite3_stmt *stmt = okr_db_prepare (db, "SELECT went_well, went_badly, to_change "
                                           "FROM retrospectives WHERE unit_id = ? "
                                           "AND cycle_id = ? AND deleted = 0", error);
  gboolean has_row;

  *retrospective = (OkrRetrospective) { 0 };
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int64 (stmt, 2, cycle_id);
  if (!okr_db_step (db, stmt, &has_row, error))
    return FALSE;
  for (int i = 0; i < 3; i++)
    {
      const char *text = has_row ? (const char *) sqlite3_column_text (stmt, i) : NULL;
      char **field = i == 0 ? &retrospective->went_well
                   : i == 1 ? &retrospective->went_badly : &retrospective->to_change;
      *field = g_strdup (text != NULL ? text : "");
    }
  sqlite3_reset (stmt);
  return TRUE;
}

void
okr_retrospective_clear (OkrRetrospective *retrospective)
{
  g_clear_pointer (&retrospective->went_well, g_free);
  g_clear_pointer (&retrospective->went_badly, g_free);
  g_clear_pointer (&retrospective->to_change, g_free);
}

gboolean
okr_retrospective_is_empty (const OkrRetrospective *retrospective)
{
  return (retrospective->went_well == NULL || *retrospective->went_well == '\0') &&
         (retrospective->went_badly == NULL || *retrospective->went_badly == '\0') &&
         (retrospective->to_change == NULL || *retrospective->to_change == '\0');
}

/* ───────────────────────── references ───────────────────────── */

/**
 * okr_review_resolve_kr:
 * @cycle_id: the cycle to look in first, or 0
 *
 * A KR by id or title. A carried-over KR shares its title with its original, so a title
 * is first looked up among the KRs of @cycle_id.
 */
gint64
okr_review_resolve_kr (OkrStore *store, gint64 cycle_id, const char *ref, GError **error)
{
  if (cycle_id != 0)
    {
      OkrDb *db = _okr_store_get_db (store);
      sqlite3_stmt *stmt = okr_db_prepare (db, "SELECT k.id FROM key_results k "
                                               "JOIN objectives o ON o.id = k.objective_id "
                                               "WHERE k.deleted = 0 AND o.deleted = 0 "
                                               "AND o.cycle_id = ? AND k.title = ? LIMIT 2",
                                           error);
      gboolean has_row;
      gint64 id = 0;
      guint n = 0;

      if (stmt == NULL)
        return 0;
      sqlite3_bind_int64 (stmt, 1, cycle_id);
      sqlite3_bind_text (stmt, 2, ref, -1, SQLITE_TRANSIENT);
      while (okr_db_step (db, stmt, &has_row, NULL) && has_row)
        {
          id = sqlite3_column_int64 (stmt, 0);
          n++;
        }
      sqlite3_reset (stmt);
      if (n == 1)
        return id;
    }
  return okr_store_resolve (store, OKR_ENTITY_KEY_RESULT, ref, error);
}
