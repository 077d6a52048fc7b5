/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "okr-store-edits.h"
#include "okr-store-private.h"

void
okr_kr_spec_init (OkrKrSpec *spec)
{
  *spec = (OkrKrSpec) {
    .kind = OKR_KR_NUMBER,
    .baseline = 0,
    .target = NAN,
    .direction = OKR_DIRECTION_ABOVE,
    .weight = 1,
  };
}

void
okr_checkin_spec_init (OkrCheckinSpec *spec)
{
  *spec = (OkrCheckinSpec) { .value = NAN };
}

/* New rows go to the end of their siblings. */
static double
next_position (OkrStore *self, const char *sql, gint64 parent)
{
  OkrDb *db = _okr_store_get_db (self);
  sqlite3_stmt *stmt = okr_db_prepare (db, sql, NULL);
  gboolean has_row = FALSE;
  double position = 1;

  if (stmt == NULL)
    return position;
  sqlite3_bind_int64 (stmt, 1, parent);
  if (okr_db_step (db, stmt, &has_row, NULL) && has_row &&
      sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    position = floor (sqlite3_column_double (stmt, 0)) + 1;
  sqlite3_reset (stmt);
  return position;
}

gint64
okr_store_add_person (OkrStore *self, const char *name, const char *email, GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_PERSON);

  okr_changes_set_text (c, "name", name);
  if (email != NULL && *email != '\0')
    okr_changes_set_text (c, "email", email);
  return okr_store_insert (self, c, error);
}

gint64
okr_store_add_unit (OkrStore *self, gint64 parent_id, const char *name, OkrUnitKind kind,
                    GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_UNIT);

  okr_changes_set_text (c, "name", name);
  okr_changes_set_text (c, "kind", okr_unit_kind_to_string (kind));
  okr_changes_set_ref (c, "parent_id", parent_id);
  okr_changes_set_real (c, "position",
                        next_position (self, "SELECT max(position) FROM units "
                                             "WHERE parent_id = ? AND deleted = 0", parent_id));
  return okr_store_insert (self, c, error);
}

gint64
okr_store_add_cycle (OkrStore *self, const char *name, OkrDate start, OkrDate end,
                     gint64 parent_id, GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_CYCLE);

  okr_changes_set_text (c, "name", name);
  okr_changes_set_date (c, "start_date", start);
  okr_changes_set_date (c, "end_date", end);
  okr_changes_set_ref (c, "parent_id", parent_id);
  return okr_store_insert (self, c, error);
}

gboolean
okr_store_set_cycle_state (OkrStore *self, gint64 cycle_id, OkrCycleState state, GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_CYCLE);

  okr_changes_set_text (c, "state", okr_cycle_state_to_string (state));
  return okr_store_update (self, cycle_id, c, error);
}

gint64
okr_store_add_objective (OkrStore *self, gint64 cycle_id, gint64 unit_id, const char *title,
                         gint64 owner_id, gboolean aspirational, gint64 align_objective_id,
                         gint64 align_kr_id, GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_OBJECTIVE);
  OkrDb *db = _okr_store_get_db (self);
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;
  double position = 1;

  /* Siblings are the unit's objectives in the same cycle. */
  stmt = okr_db_prepare (db, "SELECT max(position) FROM objectives "
                             "WHERE unit_id = ? AND cycle_id = ? AND deleted = 0", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int64 (stmt, 2, cycle_id);
  if (okr_db_step (db, stmt, &has_row, NULL) && has_row &&
      sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    position = floor (sqlite3_column_double (stmt, 0)) + 1;
  sqlite3_reset (stmt);

  okr_changes_set_ref (c, "cycle_id", cycle_id);
  okr_changes_set_ref (c, "unit_id", unit_id);
  okr_changes_set_text (c, "title", title);
  okr_changes_set_ref (c, "owner_id", owner_id);
  okr_changes_set_bool (c, "aspirational", aspirational);
  okr_changes_set_ref (c, "align_objective_id", align_objective_id);
  okr_changes_set_ref (c, "align_kr_id", align_kr_id);
  okr_changes_set_real (c, "position", position);
  return okr_store_insert (self, c, error);
}

static gint64
add_milestone (OkrStore *self, gint64 kr_id, const char *title, double position, GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_MILESTONE);

  okr_changes_set_ref (c, "kr_id", kr_id);
  okr_changes_set_text (c, "title", title);
  okr_changes_set_real (c, "position", position);
  return okr_store_insert (self, c, error);
}

gint64
okr_store_add_key_result (OkrStore *self, gint64 objective_id, const char *title,
                          const OkrKrSpec *spec, GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_KEY_RESULT);
  double baseline = spec->baseline, target = spec->target;
  gint64 id;

  /* Kinds whose progress is not a distance fix their own scale. */
  if (spec->kind == OKR_KR_BOOLEAN || spec->kind == OKR_KR_MILESTONE || spec->kind == OKR_KR_ROLLUP)
    {
      baseline = 0;
      target = spec->kind == OKR_KR_BOOLEAN ? 1
             : spec->kind == OKR_KR_ROLLUP ? 100
             : (spec->milestones != NULL ? g_strv_length ((char **) spec->milestones) : 0);
    }
  if (spec->kind == OKR_KR_MILESTONE && (spec->milestones == NULL || spec->milestones[0] == NULL))
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                           _("A milestone key result needs at least one milestone."));
      return 0;
    }

  okr_changes_set_ref (c, "objective_id", objective_id);
  okr_changes_set_text (c, "title", title);
  okr_changes_set_text (c, "kind", okr_kr_kind_to_string (spec->kind));
  okr_changes_set_real (c, "baseline", baseline);
  if (isnan (target))
    okr_changes_set_null (c, "target");
  else
    okr_changes_set_real (c, "target", target);
  okr_changes_set_text (c, "unit_label", spec->unit_label != NULL ? spec->unit_label : "");
  okr_changes_set_text (c, "direction", okr_direction_to_string (spec->direction));
  okr_changes_set_real (c, "weight", spec->weight);
  okr_changes_set_ref (c, "owner_id", spec->owner_id);
  okr_changes_set_real (c, "position",
                        next_position (self, "SELECT max(position) FROM key_results "
                                             "WHERE objective_id = ? AND deleted = 0",
                                       objective_id));

  okr_store_begin_edit (self, _("Add key result"));
  id = okr_store_insert (self, c, error);
  for (guint i = 0; id != 0 && spec->milestones != NULL && spec->milestones[i] != NULL; i++)
    if (add_milestone (self, id, spec->milestones[i], i + 1, error) == 0)
      id = 0;
  if (id == 0)
    {
      okr_store_abort_edit (self);
      return 0;
    }
  if (!okr_store_end_edit (self, error))
    return 0;
  return id;
}

gint64
okr_store_add_initiative (OkrStore *self, gint64 kr_id, const char *title, gint64 owner_id,
                          GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_INITIATIVE);

  okr_changes_set_ref (c, "kr_id", kr_id);
  okr_changes_set_text (c, "title", title);
  okr_changes_set_ref (c, "owner_id", owner_id);
  okr_changes_set_real (c, "position",
                        next_position (self, "SELECT max(position) FROM initiatives "
                                             "WHERE kr_id = ? AND deleted = 0", kr_id));
  return okr_store_insert (self, c, error);
}

/* The weekly confidence summary (schema v4, confidence_weeks): per objective and calendar
 * week, the sum and count of the confidences given on its live KRs, retractions left out.
 * The week is okr_date_get_week ()'s, worked out by SQLite from the ISO date. */
#define WEEKS_SELECT                                                                        \
  "SELECT k.objective_id, (CAST (julianday (c.date) - 1721424.5 AS INTEGER) - 1) / 7 AS w, " \
  "       sum (c.confidence), count (*) "                                                    \
  "FROM key_results k "                                                                      \
  "JOIN checkins c ON c.kr_id = k.id AND c.retracted = 0 AND c.confidence IS NOT NULL "      \
  "WHERE k.deleted = 0 AND c.date >= '0001-01-01' AND date (c.date) = c.date "

/* Sums one objective's weeks again: after a check-in or a retraction on one of its KRs, or
 * a KR moved in or out of it, deleted or brought back. A few hundred check-ins at most. */
gboolean
_okr_store_refresh_weeks (OkrStore *self, gint64 objective_id, GError **error)
{
  OkrDb *db = _okr_store_get_db (self);
  sqlite3_stmt *clear, *sum;

  if (objective_id == 0)
    return TRUE;
  clear = okr_db_prepare (db, "DELETE FROM confidence_weeks WHERE objective_id = ?", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, objective_id);
  if (!okr_db_step_done (db, clear, error))
    return FALSE;
  sum = okr_db_prepare (db, "INSERT INTO confidence_weeks (objective_id, week, total, n) "
                            WEEKS_SELECT "AND k.objective_id = ? GROUP BY w", error);
  if (sum == NULL)
    return FALSE;
  sqlite3_bind_int64 (sum, 1, objective_id);
  return okr_db_step_done (db, sum, error);
}

/* The KR's current value, date and confidence: its latest check-in that was not retracted
 * (by date, then by stamp), and the latest confidence given; and its objective's weeks. */
gboolean
okr_store_refresh_current (OkrStore *self, gint64 kr_id, GError **error)
{
  static const char sql[] =
    "UPDATE key_results SET (cur_value, cur_date, cur_stamp) = "
    "  (SELECT value, date, stamp FROM checkins WHERE kr_id = ?1 AND retracted = 0 "
    "   ORDER BY date DESC, stamp DESC LIMIT 1), "
    "cur_confidence = "
    "  (SELECT confidence FROM checkins WHERE kr_id = ?1 AND retracted = 0 "
    "   AND confidence IS NOT NULL ORDER BY date DESC, stamp DESC LIMIT 1) "
    "WHERE id = ?1 RETURNING objective_id";
  OkrDb *db = _okr_store_get_db (self);
  sqlite3_stmt *stmt = okr_db_prepare (db, sql, error);
  gint64 objective_id = 0;
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, kr_id);
  if (!okr_db_step (db, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    objective_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return _okr_store_refresh_weeks (self, objective_id, error);
}

/* The same, for every KR and every objective at once (after an import or a merge). */
gboolean
_okr_store_refresh_all_current (OkrStore *self, GError **error)
{
  OkrDb *db = _okr_store_get_db (self);

  return okr_db_exec (db,
                      "UPDATE key_results SET (cur_value, cur_date, cur_stamp) = "
                      "  (SELECT value, date, stamp FROM checkins c "
                      "   WHERE c.kr_id = key_results.id AND c.retracted = 0 "
                      "   ORDER BY date DESC, stamp DESC LIMIT 1), "
                      "cur_confidence = "
                      "  (SELECT confidence FROM checkins c "
                      "   WHERE c.kr_id = key_results.id AND c.retracted = 0 "
                      "   AND confidence IS NOT NULL ORDER BY date DESC, stamp DESC LIMIT 1)",
                      error) &&
         _okr_store_refresh_all_weeks (self, error);
}

gboolean
_okr_store_refresh_all_weeks (OkrStore *self, GError **error)
{
  OkrDb *db = _okr_store_get_db (self);

  return okr_db_exec (db, "DELETE FROM confidence_weeks", error) &&
         okr_db_exec (db, "INSERT INTO confidence_weeks (objective_id, week, total, n) "
                          WEEKS_SELECT "GROUP BY k.objective_id, w", error);
}

/* How many rows differ between the summary and what the check-ins sum to, counting a row
 * on both sides when its sums differ: 0 exactly when the summary is right. For the tests. */
gboolean
_okr_store_count_wrong_weeks (OkrStore *self, gint64 *n_wrong, GError **error)
{
  return okr_db_query_int (_okr_store_get_db (self),
                           "SELECT (SELECT count (*) FROM ("
                           "  SELECT * FROM (" WEEKS_SELECT "GROUP BY k.objective_id, w) "
                           "  EXCEPT SELECT objective_id, week, total, n FROM confidence_weeks)) "
                           "+ (SELECT count (*) FROM ("
                           "  SELECT objective_id, week, total, n FROM confidence_weeks "
                           "  EXCEPT SELECT * FROM (" WEEKS_SELECT "GROUP BY k.objective_id, w)))",
                           n_wrong, error);
}

typedef struct {
  OkrKrKind kind;
  double    current;
} KrFacts;

static gboolean
kr_facts (OkrStore *self, gint64 kr_id, KrFacts *facts, GError **error)
{
  OkrDb *db = _okr_store_get_db (self);
  sqlite3_stmt *stmt = okr_db_prepare (db, "SELECT kind, coalesce (cur_value, baseline) "
                                           "FROM key_results WHERE id = ? AND deleted = 0",
                                       error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, kr_id);
  if (!okr_db_step (db, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND,
                           _("The key result does not exist."));
      return FALSE;
    }
  if (!okr_kr_kind_from_string ((const char *) sqlite3_column_text (stmt, 0), &facts->kind))
    facts->kind = OKR_KR_NUMBER;
  facts->current = sqlite3_column_double (stmt, 1);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Marks milestones done by their 1-based position and returns how many are done. */
static gboolean
mark_milestones (OkrStore *self, gint64 kr_id, const guint *positions, guint n, double *n_done,
                 GError **error)
{
  OkrDb *db = _okr_store_get_db (self);
  sqlite3_stmt *stmt = okr_db_prepare (db, "SELECT id, done FROM milestones "
                                           "WHERE kr_id = ? AND deleted = 0 "
                                           "ORDER BY position, id", error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean has_row;
  guint done = 0;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, kr_id);
  while (okr_db_step (db, stmt, &has_row, error) && has_row)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      done += sqlite3_column_int (stmt, 1) != 0;
      g_array_append_val (ids, id);
    }
  if (error != NULL && *error != NULL)
    return FALSE;
  sqlite3_reset (stmt);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_MILESTONE);
      g_autoptr(GError) local_error = NULL;
      OkrValue before[5];

      if (positions[i] < 1 || positions[i] > ids->len)
        {
          g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                       ngettext ("This key result has %u milestone.",
                                 "This key result has %u milestones.", ids->len), ids->len);
          return FALSE;
        }
      gint64 id = g_array_index (ids, gint64, positions[i] - 1);
      if (!okr_store_get_row (self, OKR_ENTITY_MILESTONE, id, before, error))
        return FALSE;
      gboolean was_done = before[2].type == OKR_VALUE_INT && before[2].i != 0;
      okr_store_clear_row (OKR_ENTITY_MILESTONE, before);
      if (was_done)
        continue;
      okr_changes_set_bool (c, "done", TRUE);
      if (!okr_store_update (self, id, c, error))
        return FALSE;
      done++;
    }
  *n_done = done;
  return TRUE;
}

/**
 * okr_store_add_checkin:
 *
 * Records a check-in and moves the KR's current value, in one transaction. For a
 * milestone KR the milestones named in @spec are marked done and the value recorded is
 * the number of milestones done.
 */
gint64
okr_store_add_checkin (OkrStore *self, gint64 kr_id, const OkrCheckinSpec *spec, GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_CHECKIN);
  KrFacts facts;
  double value = spec->value;
  gint64 id = 0;

  okr_store_begin_edit (self, _("Check in"));
  if (!kr_facts (self, kr_id, &facts, error))
    goto failed;

  if (facts.kind == OKR_KR_ROLLUP)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                           _("A rolled-up key result takes its progress from the objectives "
                             "aligned to it; it has no check-ins of its own."));
      goto failed;
    }
  if (facts.kind == OKR_KR_MILESTONE)
    {
      if (!mark_milestones (self, kr_id, spec->milestones_done, spec->n_milestones_done, &value,
                            error))
        goto failed;
    }
  else if (isnan (value))
    {
      if (spec->n_milestones_done > 0)
        {
          g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                               _("Only a milestone key result has milestones to tick off."));
          goto failed;
        }
      value = facts.current;
    }
  if (facts.kind == OKR_KR_BOOLEAN && value != 0 && value != 1)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                           _("This key result is done or not: its value is 1 (done) or 0 (not "
                             "done)."));
      goto failed;
    }

  okr_changes_set_ref (c, "kr_id", kr_id);
  okr_changes_set_date (c, "date", spec->date != OKR_DATE_NONE ? spec->date : okr_date_today ());
  okr_changes_set_real (c, "value", value);
  if (spec->confidence != 0)
    okr_changes_set_int (c, "confidence", spec->confidence);
  okr_changes_set_text (c, "note", spec->note != NULL ? spec->note : "");
  okr_changes_set_text (c, "went_well", spec->went_well != NULL ? spec->went_well : "");
  okr_changes_set_text (c, "blocked_by", spec->blocked_by != NULL ? spec->blocked_by : "");
  okr_changes_set_text (c, "next_step", spec->next_step != NULL ? spec->next_step : "");
  okr_changes_set_ref (c, "author_id", spec->author_id);

  id = okr_store_append (self, c, error);
  if (id == 0 || !okr_store_refresh_current (self, kr_id, error))
    goto failed;
  _okr_store_touch (self, OKR_ENTITY_KEY_RESULT);
  if (!okr_store_end_edit (self, error))
    return 0;
  return id;

failed:
  okr_store_abort_edit (self);
  return 0;
}

gint64
okr_store_retract_checkin (OkrStore *self, gint64 checkin_id, const char *reason,
                           gint64 author_id, GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_RETRACTION);
  OkrDb *db = _okr_store_get_db (self);
  sqlite3_stmt *stmt;
  gint64 id, kr_id = 0;
  gboolean has_row;

  okr_changes_set_ref (c, "checkin_id", checkin_id);
  okr_changes_set_text (c, "reason", reason);
  okr_changes_set_ref (c, "author_id", author_id);

  okr_store_begin_edit (self, _("Retract check-in"));
  id = okr_store_append (self, c, error);
  if (id == 0)
    goto failed;
  stmt = okr_db_prepare (db, "UPDATE checkins SET retracted = 1 WHERE id = ? RETURNING kr_id",
                         error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, checkin_id);
  if (!okr_db_step (db, stmt, &has_row, error))
    goto failed;
  kr_id = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (!okr_store_refresh_current (self, kr_id, error))
    goto failed;
  _okr_store_touch (self, OKR_ENTITY_CHECKIN);
  _okr_store_touch (self, OKR_ENTITY_KEY_RESULT);
  if (!okr_store_end_edit (self, error))
    return 0;
  return id;

failed:
  okr_store_abort_edit (self);
  return 0;
}

/* One score row per KR, with an identity derived from the KR's, so that two copies of the
 * document scoring the same KR edit the same row. */
gboolean
okr_store_set_score (OkrStore *self, gint64 kr_id, double score, const char *reason,
                     gint64 author_id, GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_SCORE);
  OkrUuid kr_uuid, uuid;
  gint64 id;

  if (!okr_store_get_uuid (self, OKR_ENTITY_KEY_RESULT, kr_id, &kr_uuid) ||
      !okr_store_row_exists (self, OKR_ENTITY_KEY_RESULT, kr_id))
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND,
                           _("The key result does not exist."));
      return FALSE;
    }
  if (!isnan (score) && (score < 0 || score > 1))
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                           _("A score is a number from 0.0 to 1.0."));
      return FALSE;
    }
  okr_uuid_derive (&kr_uuid, "score", &uuid);

  if (isnan (score))
    okr_changes_set_null (c, "score");
  else
    okr_changes_set_real (c, "score", score);
  okr_changes_set_text (c, "reason", reason != NULL ? reason : "");
  okr_changes_set_ref (c, "author_id", author_id);
  id = okr_store_lookup_uuid (self, OKR_ENTITY_SCORE, &uuid);
  if (id != 0)
    {
      okr_changes_set_bool (c, "deleted", FALSE);
      return okr_store_update (self, id, c, error);
    }
  okr_changes_set_ref (c, "kr_id", kr_id);
  return okr_store_insert_with_uuid (self, c, &uuid, error) != 0;
}

gint64
okr_store_add_kpi (OkrStore *self, gint64 unit_id, const char *name, const char *unit_label,
                   double green, double red, GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_KPI);

  okr_changes_set_ref (c, "unit_id", unit_id);
  okr_changes_set_text (c, "name", name);
  okr_changes_set_text (c, "unit_label", unit_label != NULL ? unit_label : "");
  if (isnan (green))
    okr_changes_set_null (c, "green");
  else
    okr_changes_set_real (c, "green", green);
  if (isnan (red))
    okr_changes_set_null (c, "red");
  else
    okr_changes_set_real (c, "red", red);
  okr_changes_set_real (c, "position",
                        next_position (self, "SELECT max(position) FROM kpis "
                                             "WHERE unit_id = ? AND deleted = 0", unit_id));
  return okr_store_insert (self, c, error);
}

gint64
okr_store_add_kpi_reading (OkrStore *self, gint64 kpi_id, OkrDate date, double value,
                           gint64 author_id, GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_KPI_READING);

  okr_changes_set_ref (c, "kpi_id", kpi_id);
  okr_changes_set_date (c, "date", date != OKR_DATE_NONE ? date : okr_date_today ());
  okr_changes_set_real (c, "value", value);
  okr_changes_set_ref (c, "author_id", author_id);
  return okr_store_append (self, c, error);
}

gboolean
okr_store_set_retrospective (OkrStore *self, gint64 unit_id, gint64 cycle_id,
                             const char *went_well, const char *went_badly,
                             const char *to_change, GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_RETROSPECTIVE);
  OkrUuid unit_uuid, cycle_uuid, half, uuid;
  char cycle_text[OKR_UUID_STRING_LEN + 1];
  gint64 id;

  if (!okr_store_get_uuid (self, OKR_ENTITY_UNIT, unit_id, &unit_uuid) ||
      !okr_store_get_uuid (self, OKR_ENTITY_CYCLE, cycle_id, &cycle_uuid))
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND,
                           _("That unit or cycle does not exist."));
      return FALSE;
    }
  okr_uuid_derive (&unit_uuid, "retrospective", &half);
  okr_uuid_write (&cycle_uuid, cycle_text);
  okr_uuid_derive (&half, cycle_text, &uuid);

  okr_changes_set_text (c, "went_well", went_well != NULL ? went_well : "");
  okr_changes_set_text (c, "went_badly", went_badly != NULL ? went_badly : "");
  okr_changes_set_text (c, "to_change", to_change != NULL ? to_change : "");

  id = okr_store_lookup_uuid (self, OKR_ENTITY_RETROSPECTIVE, &uuid);
  if (id != 0)
    {
      okr_changes_set_bool (c, "deleted", FALSE);
      return okr_store_update (self, id, c, error);
    }
  okr_changes_set_ref (c, "unit_id", unit_id);
  okr_changes_set_ref (c, "cycle_id", cycle_id);
  return okr_store_insert_with_uuid (self, c, &uuid, error) != 0;
}
