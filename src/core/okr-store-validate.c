/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-store-validate.c — the rules every row must satisfy once written
 *
 * The store writes first (inside a savepoint) and then checks the row as it actually is,
 * defaults included; a refused row is rolled back. The messages are what a leader sees.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "okr-store-private.h"
#include "okr-types.h"

typedef struct {
  OkrStore           *store;
  OkrEntity           entity;
  gint64              id;
  const OkrTableInfo *info;
  const OkrValue     *before;  /* NULL for a new row */
  const OkrValue     *after;
} Row;

static const OkrValue *
field (const Row *row, const char *name)
{
  guint index;

  if (okr_schema_find_field (row->info, name, &index) == NULL)
    g_error ("%s has no field %s", row->info->table, name);
  return &row->after[index];
}

static const OkrValue *
field_before (const Row *row, const char *name)
{
  guint index;

  if (row->before == NULL)
    return NULL;
  okr_schema_find_field (row->info, name, &index);
  return &row->before[index];
}

static const char *
text (const Row *row, const char *name)
{
  const OkrValue *v = field (row, name);
  return v->type == OKR_VALUE_TEXT ? v->s : NULL;
}

static gint64
ref (const Row *row, const char *name)
{
  const OkrValue *v = field (row, name);
  return v->type == OKR_VALUE_INT ? v->i : 0;
}

static gboolean
is_null (const Row *row, const char *name)
{
  return field (row, name)->type == OKR_VALUE_NULL;
}

static double
real (const Row *row, const char *name)
{
  const OkrValue *v = field (row, name);

  switch (v->type)
    {
    case OKR_VALUE_REAL:
      return v->d;
    case OKR_VALUE_INT:
      return (double) v->i;
    default:
      return NAN;
    }
}

static gboolean
is_live (const Row *row)
{
  return row->info->append_only || ref (row, "deleted") == 0;
}

static gboolean
changed (const Row *row, const char *name)
{
  const OkrValue *old = field_before (row, name);
  return old == NULL || !okr_value_equal (old, field (row, name));
}

static gboolean
invalid (GError **error, const char *message)
{
  g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* A required name or title: not blank, not too long, no control characters. */
static gboolean
check_text (const Row *row, const char *name, gboolean required, glong max,
            const char *empty_message, const char *long_message, GError **error)
{
  const char *s = text (row, name);

  if (s == NULL || *s == '\0' || g_utf8_strlen (s, -1) == 0)
    {
      if (required)
        return invalid (error, empty_message);
      return TRUE;
    }
  if (!g_utf8_validate (s, -1, NULL))
    return invalid (error, _("The text is not valid UTF-8."));
  if (required)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (s));
      if (*stripped == '\0')
        return invalid (error, empty_message);
    }
  if (g_utf8_strlen (s, -1) > max)
    return invalid (error, long_message);
  return TRUE;
}

static gboolean
check_title (const Row *row, const char *name, GError **error)
{
  return check_text (row, name, TRUE, OKR_MAX_TITLE, _("A title is needed."),
                     _("The title is too long: keep it under 300 characters."), error);
}

static gboolean
check_name (const Row *row, const char *name, GError **error)
{
  return check_text (row, name, TRUE, OKR_MAX_NAME, _("A name is needed."),
                     _("The name is too long: keep it under 200 characters."), error);
}

static gboolean
check_long_text (const Row *row, const char *name, GError **error)
{
  return check_text (row, name, FALSE, OKR_MAX_TEXT, NULL,
                     _("The text is too long: keep it under 5,000 characters."), error);
}

static gboolean
check_number (const Row *row, const char *name, gboolean nullable, GError **error)
{
  double v = real (row, name);

  if (is_null (row, name) && nullable)
    return TRUE;
  if (!isfinite (v))
    return invalid (error, _("Enter a number."));
  if (fabs (v) > OKR_MAX_VALUE)
    return invalid (error, _("That number is too large."));
  return TRUE;
}

static gboolean
check_date (const Row *row, const char *name, GError **error)
{
  OkrDate d;

  if (!okr_date_parse_iso (text (row, name), &d))
    return invalid (error, _("Enter a real date."));
  return TRUE;
}

static gboolean
live_ref (OkrStore *store, OkrEntity entity, gint64 id)
{
  return id > 0 && okr_store_row_exists (store, entity, id);
}

static gboolean
check_ref (const Row *row, const char *name, OkrEntity entity, gboolean required,
           const char *message, GError **error)
{
  gint64 id = ref (row, name);

  /* Only a new or changed reference must point at a live row: an objective keeps its
   * owner after that person is removed, and can still be edited. */
  if (id == 0)
    return required ? invalid (error, message) : TRUE;
  if (!changed (row, name))
    return TRUE;
  /* An imported row may point at a row deleted since; it must still exist. */
  if (_okr_store_is_lenient (row->store))
    return okr_store_get_uuid (row->store, entity, id, &(OkrUuid) { 0 }) ? TRUE
                                                                          : invalid (error, message);
  if (!live_ref (row->store, entity, id))
    return invalid (error, message);
  return TRUE;
}

static gint64
query_id (OkrStore *store, const char *sql, gint64 arg)
{
  OkrDb *db = _okr_store_get_db (store);
  sqlite3_stmt *stmt = okr_db_prepare (db, sql, NULL);
  gboolean has_row = FALSE;
  gint64 result = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, arg);
  if (okr_db_step (db, stmt, &has_row, NULL) && has_row)
    result = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return result;
}

static gint64
parent_unit (OkrStore *store, gint64 unit)
{
  return query_id (store, "SELECT parent_id FROM units WHERE id = ?", unit);
}

static gint64
parent_cycle (OkrStore *store, gint64 cycle)
{
  return query_id (store, "SELECT parent_id FROM cycles WHERE id = ?", cycle);
}

/* TRUE when @ancestor is @unit's parent, grandparent, … (never @unit itself). */
static gboolean
unit_is_ancestor (OkrStore *store, gint64 ancestor, gint64 unit)
{
  gint64 u = parent_unit (store, unit);

  for (guint guard = 0; u != 0 && guard < 10000; guard++)
    {
      if (u == ancestor)
        return TRUE;
      u = parent_unit (store, u);
    }
  return FALSE;
}

/* A cycle aligns with itself and with the cycles it sits inside (a quarter in a year). */
static gboolean
cycle_is_same_or_ancestor (OkrStore *store, gint64 ancestor, gint64 cycle)
{
  for (guint guard = 0; cycle != 0 && guard < 100; guard++)
    {
      if (cycle == ancestor)
        return TRUE;
      cycle = parent_cycle (store, cycle);
    }
  return FALSE;
}

static gboolean
check_cycle_open (OkrStore *store, gint64 cycle, GError **error)
{
  OkrDb *db = _okr_store_get_db (store);
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE, ok = TRUE;

  if (cycle == 0)
    return TRUE;
  stmt = okr_db_prepare (db, "SELECT name, state FROM cycles WHERE id = ?", NULL);
  if (stmt == NULL)
    return TRUE;
  sqlite3_bind_int64 (stmt, 1, cycle);
  if (okr_db_step (db, stmt, &has_row, NULL) && has_row &&
      g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "closed") == 0)
    {
      g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_CLOSED,
                   _("“%s” is closed, so its OKRs can’t be changed. Reopen the cycle first."),
                   (const char *) sqlite3_column_text (stmt, 0));
      ok = FALSE;
    }
  sqlite3_reset (stmt);
  return ok;
}

static gint64
cycle_of_objective (OkrStore *store, gint64 objective)
{
  return query_id (store, "SELECT cycle_id FROM objectives WHERE id = ?", objective);
}

static gint64
cycle_of_kr (OkrStore *store, gint64 kr)
{
  return query_id (store,
                   "SELECT o.cycle_id FROM key_results k JOIN objectives o ON o.id = k.objective_id "
                   "WHERE k.id = ?", kr);
}

static gint64
cycle_of_checkin (OkrStore *store, gint64 checkin)
{
  return cycle_of_kr (store, query_id (store, "SELECT kr_id FROM checkins WHERE id = ?", checkin));
}

/* A row of a closed cycle can't change, before or after the edit (moving an objective
 * out of a closed cycle is a change to that cycle too). */
static gboolean
check_closed (const Row *row, const char *ref_field, gint64 (*cycle_of) (OkrStore *, gint64),
              GError **error)
{
  gint64 now = cycle_of != NULL ? cycle_of (row->store, ref (row, ref_field))
                                : ref (row, ref_field);

  /* Imported history includes closed cycles. */
  if (_okr_store_is_lenient (row->store))
    return TRUE;
  if (!check_cycle_open (row->store, now, error))
    return FALSE;
  if (row->before != NULL)
    {
      const OkrValue *old = field_before (row, ref_field);
      gint64 then_ref = old->type == OKR_VALUE_INT ? old->i : 0;
      gint64 then = cycle_of != NULL ? cycle_of (row->store, then_ref) : then_ref;
      if (then != now && !check_cycle_open (row->store, then, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
validate_person (const Row *row, GError **error)
{
  const char *email = text (row, "email");

  if (!check_name (row, "name", error))
    return FALSE;
  if (email != NULL && *email != '\0' &&
      (strchr (email, '@') == NULL || strlen (email) > 254 || strchr (email, ' ') != NULL))
    return invalid (error, _("That e-mail address does not look right."));
  return TRUE;
}

static gboolean
validate_unit (const Row *row, GError **error)
{
  OkrUnitKind kind;
  gint64 parent = ref (row, "parent_id");

  if (!check_name (row, "name", error))
    return FALSE;
  if (!okr_unit_kind_from_string (text (row, "kind"), &kind))
    return invalid (error, _("A unit is a company, a department or a team."));
  if (!is_live (row))
    {
      if (row->before != NULL && parent == 0)
        return invalid (error, _("The company itself can’t be deleted."));
      return TRUE;
    }
  if (kind == OKR_UNIT_COMPANY && parent != 0)
    return invalid (error, _("The company is the top of the tree and has no parent."));
  if (kind != OKR_UNIT_COMPANY && parent == 0)
    return invalid (error, _("A department or team must belong to a unit."));
  if (!check_ref (row, "parent_id", OKR_ENTITY_UNIT, kind != OKR_UNIT_COMPANY,
                  _("The parent unit does not exist."), error))
    return FALSE;
  if (parent == row->id || unit_is_ancestor (row->store, row->id, parent))
    return invalid (error, _("A unit can’t be moved under itself or one of its own teams."));
  return check_ref (row, "lead_id", OKR_ENTITY_PERSON, FALSE,
                    _("The lead is not one of the people in this document."), error);
}

static gboolean
validate_cycle (const Row *row, GError **error)
{
  OkrCycleState state;
  OkrDate start, end;
  gint64 parent = ref (row, "parent_id");

  if (!check_text (row, "name", TRUE, 100, _("A name is needed."),
                   _("The name is too long: keep it under 100 characters."), error) ||
      !check_date (row, "start_date", error) || !check_date (row, "end_date", error))
    return FALSE;
  if (!okr_cycle_state_from_string (text (row, "state"), &state))
    return invalid (error, _("A cycle is planning, active or closed."));

  okr_date_parse_iso (text (row, "start_date"), &start);
  okr_date_parse_iso (text (row, "end_date"), &end);
  if (end <= start)
    return invalid (error, _("The cycle must end after it starts."));
  if (end - start > 3 * 366)
    return invalid (error, _("A cycle can last at most three years."));

  if (row->before != NULL)
    {
      const OkrValue *old_state = field_before (row, "state");
      gboolean was_closed = old_state->type == OKR_VALUE_TEXT &&
                            g_strcmp0 (old_state->s, "closed") == 0;
      /* A closed cycle changes only by being reopened. */
      if (was_closed && state == OKR_CYCLE_CLOSED)
        for (guint i = 0; i < row->info->n_fields; i++)
          if (!okr_value_equal (&row->before[i], &row->after[i]))
            {
              check_cycle_open (row->store, row->id, error);
              return FALSE;
            }
    }

  /* A cycle placed inside a closed one (a quarter of a closed year) would change it. */
  if (parent != 0 && changed (row, "parent_id") && !_okr_store_is_lenient (row->store) &&
      !check_cycle_open (row->store, parent, error))
    return FALSE;

  if (parent != 0)
    {
      OkrDb *db = _okr_store_get_db (row->store);
      sqlite3_stmt *stmt;
      gboolean has_row = FALSE, inside = FALSE;

      if (!check_ref (row, "parent_id", OKR_ENTITY_CYCLE, FALSE,
                      _("The enclosing cycle does not exist."), error))
        return FALSE;
      if (parent == row->id || cycle_is_same_or_ancestor (row->store, row->id, parent))
        return invalid (error, _("A cycle can’t sit inside itself."));
      stmt = okr_db_prepare (db, "SELECT start_date, end_date FROM cycles WHERE id = ?", NULL);
      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 1, parent);
          if (okr_db_step (db, stmt, &has_row, NULL) && has_row)
            {
              OkrDate ps = 0, pe = 0;
              okr_date_parse_iso ((const char *) sqlite3_column_text (stmt, 0), &ps);
              okr_date_parse_iso ((const char *) sqlite3_column_text (stmt, 1), &pe);
              inside = start >= ps && end <= pe;
            }
          sqlite3_reset (stmt);
        }
      if (!inside)
        return invalid (error, _("A cycle must lie within the cycle it belongs to."));
    }
  return TRUE;
}

static gboolean
validate_alignment (const Row *row, GError **error)
{
  gint64 unit = ref (row, "unit_id");
  gint64 cycle = ref (row, "cycle_id");
  gint64 to_objective = ref (row, "align_objective_id");
  gint64 to_kr = ref (row, "align_kr_id");
  gint64 parent_objective = to_objective;

  if (to_objective != 0 && to_kr != 0)
    return invalid (error, _("An objective aligns to one objective or one key result, not "
                             "both."));
  if (to_objective == 0 && to_kr == 0)
    return TRUE;
  /* Imported alignments may point at objectives deleted since, which the roll-up ignores. */
  if (_okr_store_is_lenient (row->store))
    return TRUE;
  if (!changed (row, "align_objective_id") && !changed (row, "align_kr_id") &&
      !changed (row, "unit_id") && !changed (row, "cycle_id"))
    return TRUE;

  if (to_kr != 0)
    {
      if (!live_ref (row->store, OKR_ENTITY_KEY_RESULT, to_kr))
        return invalid (error, _("The key result to align to does not exist."));
      parent_objective = query_id (row->store,
                                   "SELECT objective_id FROM key_results WHERE id = ?", to_kr);
    }
  if (parent_objective == row->id)
    return invalid (error, _("An objective can’t align to itself."));
  if (!live_ref (row->store, OKR_ENTITY_OBJECTIVE, parent_objective))
    return invalid (error, _("The objective to align to does not exist."));

  gint64 parent_unit_id = query_id (row->store, "SELECT unit_id FROM objectives WHERE id = ?",
                                    parent_objective);
  if (!unit_is_ancestor (row->store, parent_unit_id, unit))
    return invalid (error, _("An objective can only align to an objective or key result of a "
                             "unit above its own."));
  if (!cycle_is_same_or_ancestor (row->store, cycle_of_objective (row->store, parent_objective),
                                  cycle))
    return invalid (error, _("An objective can only align to one of the same cycle or of the "
                             "cycle it sits in."));
  return TRUE;
}

/* A copy carried over from a closed cycle points back at its original, which lies in
 * another cycle; the link may outlive the original (a tombstone), but is never made to a
 * deleted row, to the row itself or within one cycle. */
static gboolean
validate_carried_from (const Row *row, GError **error)
{
  gint64 from = ref (row, "carried_from_id");
  gboolean objective = row->entity == OKR_ENTITY_OBJECTIVE;
  gint64 (*cycle_of) (OkrStore *, gint64) = objective ? cycle_of_objective : cycle_of_kr;

  if (from == 0 || !changed (row, "carried_from_id"))
    return TRUE;
  if (!check_ref (row, "carried_from_id", row->entity, FALSE,
                  _("The item this was carried over from does not exist."), error))
    return FALSE;
  if (from == row->id || cycle_of (row->store, from) == cycle_of (row->store, row->id))
    return invalid (error, _("An item can only be carried over from another cycle."));
  return TRUE;
}

static gboolean
validate_objective (const Row *row, GError **error)
{
  if (!check_closed (row, "cycle_id", NULL, error))
    return FALSE;
  if (!check_title (row, "title", error) || !check_long_text (row, "description", error))
    return FALSE;
  if (!is_live (row))
    return TRUE;
  return check_ref (row, "cycle_id", OKR_ENTITY_CYCLE, TRUE, _("The cycle does not exist."),
                    error) &&
         check_ref (row, "unit_id", OKR_ENTITY_UNIT, TRUE, _("The unit does not exist."),
                    error) &&
         check_ref (row, "owner_id", OKR_ENTITY_PERSON, FALSE,
                    _("The owner is not one of the people in this document."), error) &&
         validate_alignment (row, error) && validate_carried_from (row, error);
}

static gboolean
validate_key_result (const Row *row, GError **error)
{
  OkrKrKind kind;
  OkrDirection direction;
  double weight = real (row, "weight");

  if (!check_closed (row, "objective_id", cycle_of_objective, error))
    return FALSE;
  if (!check_title (row, "title", error))
    return FALSE;
  if (!okr_kr_kind_from_string (text (row, "kind"), &kind))
    return invalid (error, _("Unknown kind of key result."));
  if (!okr_direction_from_string (text (row, "direction"), &direction))
    return invalid (error, _("A control key result stays above or below its target."));
  if (!check_number (row, "baseline", FALSE, error) || !check_number (row, "target", TRUE, error))
    return FALSE;
  if (!isfinite (weight) || weight < 0 || weight > 1000)
    return invalid (error, _("The weight must be a number from 0 to 1,000."));
  if (!check_text (row, "unit_label", FALSE, OKR_MAX_LABEL, NULL,
                   _("The unit label is too long: keep it under 24 characters."), error))
    return FALSE;
  if (!is_live (row))
    return TRUE;
  return check_ref (row, "objective_id", OKR_ENTITY_OBJECTIVE, TRUE,
                    _("The objective does not exist."), error) &&
         check_ref (row, "owner_id", OKR_ENTITY_PERSON, FALSE,
                    _("The owner is not one of the people in this document."), error) &&
         validate_carried_from (row, error);
}

static gboolean
validate_kr_child (const Row *row, GError **error)
{
  if (!check_closed (row, "kr_id", cycle_of_kr, error))
    return FALSE;
  if (!check_title (row, "title", error))
    return FALSE;
  if (!is_live (row))
    return TRUE;
  if (row->entity == OKR_ENTITY_INITIATIVE)
    {
      OkrInitiativeState state;
      if (!okr_initiative_state_from_string (text (row, "state"), &state))
        return invalid (error, _("An initiative is to do, in progress or done."));
      if (!check_ref (row, "owner_id", OKR_ENTITY_PERSON, FALSE,
                      _("The owner is not one of the people in this document."), error))
        return FALSE;
    }
  return check_ref (row, "kr_id", OKR_ENTITY_KEY_RESULT, TRUE,
                    _("The key result does not exist."), error);
}

static gboolean
validate_score (const Row *row, GError **error)
{
  double score = real (row, "score");

  if (!check_closed (row, "kr_id", cycle_of_kr, error))
    return FALSE;
  if (!is_null (row, "score") && (!isfinite (score) || score < 0 || score > 1))
    return invalid (error, _("A score is a number from 0.0 to 1.0."));
  if (!check_long_text (row, "reason", error))
    return FALSE;
  return check_ref (row, "kr_id", OKR_ENTITY_KEY_RESULT, TRUE,
                    _("The key result does not exist."), error);
}

static gboolean
validate_kpi (const Row *row, GError **error)
{
  if (!check_name (row, "name", error) || !check_number (row, "green", TRUE, error) ||
      !check_number (row, "red", TRUE, error) ||
      !check_text (row, "unit_label", FALSE, OKR_MAX_LABEL, NULL,
                   _("The unit label is too long: keep it under 24 characters."), error))
    return FALSE;
  if (!is_null (row, "green") && !is_null (row, "red") && real (row, "green") == real (row, "red"))
    return invalid (error, _("The green and red thresholds must differ."));
  if (!is_live (row))
    return TRUE;
  return check_ref (row, "unit_id", OKR_ENTITY_UNIT, TRUE, _("The unit does not exist."), error);
}

static gboolean
validate_retrospective (const Row *row, GError **error)
{
  return check_closed (row, "cycle_id", NULL, error) &&
         check_long_text (row, "went_well", error) &&
         check_long_text (row, "went_badly", error) &&
         check_long_text (row, "to_change", error) &&
         check_ref (row, "unit_id", OKR_ENTITY_UNIT, TRUE, _("The unit does not exist."), error) &&
         check_ref (row, "cycle_id", OKR_ENTITY_CYCLE, TRUE, _("The cycle does not exist."),
                    error);
}

static gboolean
validate_checkin (const Row *row, GError **error)
{
  const OkrValue *confidence = field (row, "confidence");

  if (!check_closed (row, "kr_id", cycle_of_kr, error))
    return FALSE;
  if (!check_ref (row, "kr_id", OKR_ENTITY_KEY_RESULT, TRUE, _("The key result does not exist."),
                  error) ||
      !check_number (row, "value", FALSE, error) || !check_date (row, "date", error))
    return FALSE;
  if (confidence->type != OKR_VALUE_NULL &&
      (confidence->type != OKR_VALUE_INT || confidence->i < 1 || confidence->i > 10))
    return invalid (error, _("Confidence is a whole number from 1 to 10."));
  return check_long_text (row, "note", error) && check_long_text (row, "went_well", error) &&
         check_long_text (row, "blocked_by", error) && check_long_text (row, "next_step", error) &&
         check_ref (row, "author_id", OKR_ENTITY_PERSON, FALSE,
                    _("The author is not one of the people in this document."), error);
}

static gboolean
validate_retraction (const Row *row, GError **error)
{
  gint64 checkin = ref (row, "checkin_id");

  if (!check_closed (row, "checkin_id", cycle_of_checkin, error))
    return FALSE;
  if (!check_text (row, "reason", TRUE, OKR_MAX_TEXT, _("Say why the check-in is retracted."),
                   _("The text is too long: keep it under 5,000 characters."), error))
    return FALSE;
  if (!okr_store_row_exists (row->store, OKR_ENTITY_CHECKIN, checkin))
    return invalid (error, _("That check-in does not exist."));
  if (!_okr_store_is_lenient (row->store) &&
      query_id (row->store, "SELECT count(*) FROM retractions WHERE checkin_id = ?", checkin) > 1)
    return invalid (error, _("That check-in was already retracted."));
  return TRUE;
}

static gboolean
validate_kpi_reading (const Row *row, GError **error)
{
  return check_ref (row, "kpi_id", OKR_ENTITY_KPI, TRUE, _("The KPI does not exist."), error) &&
         check_number (row, "value", FALSE, error) && check_date (row, "date", error);
}

static gboolean
validate_event (const Row *row, GError **error)
{
  return check_text (row, "kind", TRUE, 40, _("Unknown event."), _("Unknown event."), error) &&
         check_long_text (row, "reason", error);
}

gboolean
_okr_store_validate (OkrStore *store, OkrEntity entity, gint64 id, const OkrValue *before,
                     const OkrValue *after, GError **error)
{
  Row row = {
    .store = store,
    .entity = entity,
    .id = id,
    .info = okr_schema_get_table (entity),
    .before = before,
    .after = after,
  };

  switch (entity)
    {
    case OKR_ENTITY_PERSON:
      return validate_person (&row, error);
    case OKR_ENTITY_UNIT:
      return validate_unit (&row, error);
    case OKR_ENTITY_CYCLE:
      return validate_cycle (&row, error);
    case OKR_ENTITY_OBJECTIVE:
      return validate_objective (&row, error);
    case OKR_ENTITY_KEY_RESULT:
      return validate_key_result (&row, error);
    case OKR_ENTITY_MILESTONE:
    case OKR_ENTITY_INITIATIVE:
      return validate_kr_child (&row, error);
    case OKR_ENTITY_SCORE:
      return validate_score (&row, error);
    case OKR_ENTITY_KPI:
      return validate_kpi (&row, error);
    case OKR_ENTITY_RETROSPECTIVE:
      return validate_retrospective (&row, error);
    case OKR_ENTITY_CHECKIN:
      return validate_checkin (&row, error);
    case OKR_ENTITY_RETRACTION:
      return validate_retraction (&row, error);
    case OKR_ENTITY_KPI_READING:
      return validate_kpi_reading (&row, error);
    case OKR_ENTITY_EVENT:
      return validate_event (&row, error);
    default:
      g_assert_not_reached ();
    }
}
