/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-carry-over.c — unfinished work of a closed cycle, copied into the next one
 *
 * A copy takes every field of its original (read through the table descriptors, so a
 * field added later is carried too) except what must change: the cycle, the position
 * among its new siblings, and for a KR its baseline, which becomes the value it ended at
 * (same target, so the remaining distance is what is left to do). Milestones still open
 * and initiatives not done come along; scores stay behind. Each copy links back to its
 * original (carried_from_id). Carrying the same thing twice reuses the first copy.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "okr-carry-over.h"
#include "okr-store-edits.h"
#include "okr-store-private.h"
#include "okr-store-read.h"

/* A KR is unfinished while its progress is short of 100 % (a control that failed, too). */
gboolean
okr_carry_over_is_unfinished (OkrKeyResult *kr)
{
  return okr_key_result_get_progress_raw (kr) < 1.0;
}

/**
 * okr_carry_over_list_candidates:
 * @unit_id: the unit whose objectives (and its units') to offer; 0 for every unit
 *
 * Returns: (transfer container): the objectives of the roll-up's cycle with a KR still
 *   unfinished, or with no KR at all, borrowed from @rollup
 */
GPtrArray *
okr_carry_over_list_candidates (OkrRollup *rollup, gint64 unit_id)
{
  GPtrArray *units = okr_rollup_get_units (rollup);
  GPtrArray *candidates = g_ptr_array_new ();
  guint depth = 0;
  gboolean inside = unit_id == 0;

  for (guint u = 0; u < units->len; u++)
    {
      OkrUnit *unit = units->pdata[u];
      GPtrArray *objectives;

      if (unit_id != 0 && inside && okr_unit_get_depth (unit) <= depth)
        break;
      if (okr_unit_get_id (unit) == unit_id)
        {
          inside = TRUE;
          depth = okr_unit_get_depth (unit);
        }
      if (!inside)
        continue;
      objectives = okr_rollup_get_objectives (rollup, okr_unit_get_id (unit));
      for (guint o = 0; o < objectives->len; o++)
        {
          GPtrArray *krs = okr_rollup_get_key_results (rollup,
                                                       okr_objective_get_id (objectives->pdata[o]));
          gboolean unfinished = krs->len == 0;

          for (guint k = 0; k < krs->len && !unfinished; k++)
            unfinished = okr_carry_over_is_unfinished (krs->pdata[k]);
          if (unfinished)
            g_ptr_array_add (candidates, objectives->pdata[o]);
        }
    }
  return candidates;
}

/* ───────────────────────── the next cycle ───────────────────────── */

static OkrCycle *
find_cycle (GPtrArray *cycles, gint64 id)
{
  for (guint i = 0; i < cycles->len; i++)
    if (okr_cycle_get_id (cycles->pdata[i]) == id)
      return cycles->pdata[i];
  return NULL;
}

/**
 * okr_carry_over_find_next_cycle:
 *
 * Returns: the earliest cycle that starts after @cycle_id ends and lasts about as long
 *   (within half its length either way: the next quarter, not the next year), or 0
 */
gint64
okr_carry_over_find_next_cycle (OkrStore *store, gint64 cycle_id)
{
  g_autoptr(GPtrArray) cycles = okr_store_list_cycles (store, NULL);
  OkrCycle *from, *best = NULL;
  int length;

  if (cycles == NULL || (from = find_cycle (cycles, cycle_id)) == NULL)
    return 0;
  length = okr_cycle_get_end (from) - okr_cycle_get_start (from);
  for (guint i = 0; i < cycles->len; i++)
    {
      OkrCycle *c = cycles->pdata[i];
      int l = okr_cycle_get_end (c) - okr_cycle_get_start (c);

      if (okr_cycle_get_start (c) <= okr_cycle_get_end (from) || abs (l - length) > length / 2)
        continue;
      if (best == NULL || okr_cycle_get_start (c) < okr_cycle_get_start (best))
        best = c;
    }
  return best != NULL ? okr_cycle_get_id (best) : 0;
}

static gboolean
is_month_start (OkrDate date)
{
  int y, m, d;

  okr_date_to_ymd (date, &y, &m, &d);
  return d == 1;
}

static gboolean
is_month_end (OkrDate date)
{
  return is_month_start (date + 1);
}

/* The first day of the month @months after the one @date is in. */
static OkrDate
add_months (OkrDate date, int months)
{
  int y, m, d;

  okr_date_to_ymd (date, &y, &m, &d);
  m += months;
  y += (m - 1) / 12;
  m = (m - 1) % 12 + 1;
  return okr_date_from_ymd (y, m, 1);
}

/* Where the cycle after @cycle goes: whole months for a cycle of whole months (a quarter
 * follows a quarter, a year a year), else as many days again. */
void
okr_carry_over_next_dates (OkrCycle *cycle, OkrDate *start, OkrDate *end)
{
  OkrDate s = okr_cycle_get_start (cycle), e = okr_cycle_get_end (cycle);

  *start = e + 1;
  if (is_month_start (s) && is_month_end (e))
    {
      int y1, m1, d1, y2, m2, d2;

      okr_date_to_ymd (s, &y1, &m1, &d1);
      okr_date_to_ymd (e, &y2, &m2, &d2);
      *end = add_months (*start, (y2 - y1) * 12 + m2 - m1 + 1) - 1;
    }
  else
    *end = *start + (e - s);
}

/* Which @months-long part of its calendar year a cycle is (the 2 of Q2 for months = 3,
 * of H2 for months = 6); 0 when it is not exactly one. */
static int
calendar_part (OkrDate start, OkrDate end, int months)
{
  int y, m, d;

  okr_date_to_ymd (start, &y, &m, &d);
  if (d != 1 || (m - 1) % months != 0 || end != add_months (start, months) - 1)
    return 0;
  return (m - 1) / months + 1;
}

/* Replaces the number in the first match's @group by @value: "Q1 2027" → "Q2 2027". */
static char *
replace_number (const char *name, const char *pattern, int value)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  int start, end;

  if (regex == NULL || !g_regex_match (regex, name, 0, &match) ||
      !g_match_info_fetch_pos (match, 1, &start, &end))
    return NULL;
  return g_strdup_printf ("%.*s%d%s", start, name, value, name + end);
}

static gboolean
replace_in (char **name, const char *pattern, int value)
{
  char *renamed = replace_number (*name, pattern, value);

  if (renamed == NULL)
    return FALSE;
  g_free (*name);
  *name = renamed;
  return TRUE;
}

/**
 * okr_carry_over_next_name:
 *
 * Returns: (transfer full): a name for the cycle after @cycle, made from @cycle's own:
 *   its quarter or half and its year moved on ("Q4 2027" → "Q1 2028", "Quý 2/2027" →
 *   "Quý 3/2027", "H1 2027" → "H2 2027"), else its last number ("Sprint 5" → "Sprint 6")
 */
char *
okr_carry_over_next_name (OkrCycle *cycle, OkrDate start, OkrDate end)
{
  static const struct { int months; const char *pattern; } parts[] = {
    { 3, "(?:Q|Quý ?)(%d)(?![0-9])" },
    { 6, "H(%d)(?![0-9])" },
  };
  OkrDate old_start = okr_cycle_get_start (cycle), old_end = okr_cycle_get_end (cycle);
  g_autofree char *name = g_strdup (okr_cycle_get_name (cycle));
  g_autofree char *year_pattern = NULL;
  gboolean renamed = FALSE;
  int old_year, new_year, m, d;

  okr_date_to_ymd (old_start, &old_year, &m, &d);
  okr_date_to_ymd (start, &new_year, &m, &d);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      int old_part = calendar_part (old_start, old_end, parts[i].months);
      int new_part = calendar_part (start, end, parts[i].months);
      g_autofree char *pattern = NULL;

      if (old_part == 0 || new_part == 0)
        continue;
      pattern = g_strdup_printf (parts[i].pattern, old_part);
      renamed = replace_in (&name, pattern, new_part);
      if (!renamed && parts[i].months == 3)
        /* Translators: the name of a new quarter: "Q2 2028". */
        return g_strdup_printf (_("Q%d %d"), new_part, new_year);
    }
  year_pattern = g_strdup_printf ("(?<![0-9])(%d)(?![0-9])", old_year);
  renamed |= replace_in (&name, year_pattern, new_year) && new_year != old_year;
  if (renamed)
    return g_steal_pointer (&name);
  if (calendar_part (start, end, 12) != 0)
    return g_strdup_printf ("%d", new_year);
  {
    g_autoptr(GRegex) last = g_regex_new ("([0-9]{1,3})(?!.*[0-9])", 0, 0, NULL);
    g_autoptr(GMatchInfo) match = NULL;

    if (g_regex_match (last, name, 0, &match))
      {
        g_autofree char *digits = g_match_info_fetch (match, 1);
        g_autofree char *pattern = g_strdup_printf ("(%s)(?!.*[0-9])", digits);
        if (replace_in (&name, pattern, atoi (digits) + 1))
          return g_steal_pointer (&name);
      }
  }
  /* Translators: the name of the cycle that follows another, when its own name says
   * nothing that can be moved on; %s is that cycle's name. */
  return g_strdup_printf (_("After %s"), okr_cycle_get_name (cycle));
}

/* A new cycle sits inside the shortest open cycle that holds it (a quarter in its year). */
static gint64
enclosing_cycle (GPtrArray *cycles, OkrDate start, OkrDate end)
{
  OkrCycle *best = NULL;

  for (guint i = 0; i < cycles->len; i++)
    {
      OkrCycle *c = cycles->pdata[i];

      if (okr_cycle_get_state (c) == OKR_CYCLE_CLOSED || okr_cycle_get_start (c) > start ||
          okr_cycle_get_end (c) < end ||
          okr_cycle_get_end (c) - okr_cycle_get_start (c) <= end - start)
        continue;
      if (best == NULL || okr_cycle_get_end (c) - okr_cycle_get_start (c) <
                          okr_cycle_get_end (best) - okr_cycle_get_start (best))
        best = c;
    }
  return best != NULL ? okr_cycle_get_id (best) : 0;
}

/**
 * okr_carry_over_ensure_next_cycle:
 * @name: (nullable): the cycle to carry into, by name: used when it exists, else created
 *   with that name; %NULL for the next cycle, created if there is none
 * @created: (out) (optional): whether a cycle was created
 *
 * A created cycle follows @cycle_id (okr_carry_over_next_dates()), sits inside the
 * shortest open cycle that holds it, and is active when today falls in it.
 *
 * Returns: the cycle to carry into, or 0 with @error set
 */
gint64
okr_carry_over_ensure_next_cycle (OkrStore *store, gint64 cycle_id, const char *name,
                                  gboolean *created, GError **error)
{
  g_autoptr(GPtrArray) cycles = okr_store_list_cycles (store, error);
  g_autofree char *new_name = NULL;
  OkrCycle *from;
  OkrDate start, end, today = okr_date_today ();
  gint64 id;

  if (created != NULL)
    *created = FALSE;
  if (cycles == NULL)
    return 0;
  if ((from = find_cycle (cycles, cycle_id)) == NULL)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND,
                           _("That cycle does not exist."));
      return 0;
    }

  if (name != NULL)
    {
      for (guint i = 0; i < cycles->len; i++)
        if (g_strcmp0 (okr_cycle_get_name (cycles->pdata[i]), name) == 0)
          {
            if (okr_cycle_get_id (cycles->pdata[i]) == cycle_id)
              {
                g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                                     _("Carry over into another cycle than the one it comes "
                                       "from."));
                return 0;
              }
            return okr_cycle_get_id (cycles->pdata[i]);
          }
    }
  else if ((id = okr_carry_over_find_next_cycle (store, cycle_id)) != 0)
    return id;

  okr_carry_over_next_dates (from, &start, &end);
  new_name = name != NULL ? g_strdup (name) : okr_carry_over_next_name (from, start, end);

  okr_store_begin_edit (store, _("Add cycle"));
  id = okr_store_add_cycle (store, new_name, start, end, enclosing_cycle (cycles, start, end),
                            error);
  if (id != 0 && start <= today && today <= end &&
      !okr_store_set_cycle_state (store, id, OKR_CYCLE_ACTIVE, error))
    id = 0;
  if (id == 0)
    {
      okr_store_abort_edit (store);
      return 0;
    }
  if (!okr_store_end_edit (store, error))
    return 0;
  if (created != NULL)
    *created = TRUE;
  return id;
}

/* ───────────────────────── copying ───────────────────────── */

typedef struct {
  OkrStore          *store;
  OkrDb             *db;
  gint64             from;
  gint64             into;
  GHashTable        *copies[OKR_ENTITY_N];  /* original id → copy id, per table */
  OkrCarryOverResult *result;
} CarryOver;

/* Runs a query taking one or two ids; the statement is left on its first row, if any,
 * for the caller to read and reset. */
static sqlite3_stmt *
query_row (CarryOver *co, const char *sql, gint64 a, gint64 b)
{
  sqlite3_stmt *stmt = okr_db_prepare (co->db, sql, NULL);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, a);
  if (sqlite3_bind_parameter_count (stmt) > 1)
    sqlite3_bind_int64 (stmt, 2, b);
  if (!okr_db_step (co->db, stmt, &has_row, NULL) || !has_row ||
      sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    {
      sqlite3_reset (stmt);
      return NULL;
    }
  return stmt;
}

static gint64
query_id2 (CarryOver *co, const char *sql, gint64 a, gint64 b)
{
  sqlite3_stmt *stmt = query_row (co, sql, a, b);
  gint64 id = stmt != NULL ? sqlite3_column_int64 (stmt, 0) : 0;

  if (stmt != NULL)
    sqlite3_reset (stmt);
  return id;
}

static gint64
query_id (CarryOver *co, const char *sql, gint64 a)
{
  return query_id2 (co, sql, a, 0);
}

static GArray *
query_ids (CarryOver *co, const char *sql, gint64 arg, GError **error)
{
  sqlite3_stmt *stmt = okr_db_prepare (co->db, sql, error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, arg);
  while (okr_db_step (co->db, stmt, &has_row, error) && has_row)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (error != NULL && *error != NULL)
    return NULL;
  sqlite3_reset (stmt);
  return g_steal_pointer (&ids);
}

static gint64
cycle_of_objective (CarryOver *co, gint64 objective)
{
  return query_id (co, "SELECT cycle_id FROM objectives WHERE id = ?", objective);
}

static gint64
cycle_of_kr (CarryOver *co, gint64 kr)
{
  return query_id (co, "SELECT o.cycle_id FROM key_results k JOIN objectives o "
                       "ON o.id = k.objective_id WHERE k.id = ?", kr);
}

static gint64
lookup_copy (CarryOver *co, OkrEntity entity, gint64 original)
{
  gint64 *copy = g_hash_table_lookup (co->copies[entity], &original);

  return copy != NULL ? *copy : 0;
}

static void
remember_copy (CarryOver *co, OkrEntity entity, gint64 original, gint64 copy)
{
  gint64 *value = g_new (gint64, 1);

  *value = copy;
  g_hash_table_insert (co->copies[entity], g_memdup2 (&original, sizeof original), value);
}

/* A copy made by an earlier carry-over into the same cycle, which is used again. */
static gint64
existing_copy (CarryOver *co, OkrEntity entity, gint64 original)
{
  if (entity == OKR_ENTITY_OBJECTIVE)
    return query_id2 (co, "SELECT id FROM objectives WHERE carried_from_id = ?1 "
                          "AND cycle_id = ?2 AND deleted = 0", original, co->into);
  return query_id2 (co, "SELECT k.id FROM key_results k JOIN objectives o "
                       "ON o.id = k.objective_id AND o.deleted = 0 "
                       "WHERE k.carried_from_id = ?1 AND o.cycle_id = ?2 AND k.deleted = 0",
                   original, co->into);
}

static gint64
copy_of (CarryOver *co, OkrEntity entity, gint64 original)
{
  gint64 copy = lookup_copy (co, entity, original);

  if (copy == 0 && (copy = existing_copy (co, entity, original)) != 0)
    remember_copy (co, entity, original, copy);
  return copy;
}

/* Every field of a row but its tombstone, to be adjusted and inserted as a new row. */
static OkrChanges *
copy_fields (CarryOver *co, OkrEntity entity, gint64 id, GError **error)
{
  const OkrTableInfo *info = okr_schema_get_table (entity);
  g_autofree OkrValue *values = g_new0 (OkrValue, info->n_fields);
  OkrChanges *changes;

  if (!okr_store_get_row (co->store, entity, id, values, error))
    return NULL;
  changes = okr_changes_new (entity);
  for (guint f = 0; f < info->n_fields; f++)
    if (!g_str_equal (info->fields[f].name, "deleted"))
      okr_changes_set_value (changes, f, &values[f]);
  okr_store_clear_row (entity, values);
  return changes;
}

/* New rows go after their siblings. */
static double
next_position (CarryOver *co, const char *sql, gint64 a, gint64 b)
{
  sqlite3_stmt *stmt = query_row (co, sql, a, b);
  double position = stmt != NULL ? floor (sqlite3_column_double (stmt, 0)) + 1 : 1;

  if (stmt != NULL)
    sqlite3_reset (stmt);
  return position;
}

/* Whether @cycle is @into or a cycle @into sits in: an alignment to it stays valid. */
static gboolean
cycle_reaches (CarryOver *co, gint64 cycle)
{
  gint64 c = co->into;

  for (guint guard = 0; c != 0 && guard < 100; guard++)
    {
      if (c == cycle)
        return TRUE;
      c = query_id (co, "SELECT parent_id FROM cycles WHERE id = ?", c);
    }
  return FALSE;
}

/* An alignment follows its target into the new cycle: to the target's copy when it was
 * carried too, as it is when the target is in a cycle the new one sits in (a year), and
 * is dropped (and counted) otherwise. */
static void
follow_alignment (CarryOver *co, OkrChanges *changes, const char *field, OkrEntity entity)
{
  const OkrValue *v = okr_changes_lookup (changes, field);
  gint64 target, copy;

  if (v == NULL || v->type != OKR_VALUE_INT || (target = v->i) == 0)
    return;
  copy = copy_of (co, entity, target);
  if (copy != 0)
    okr_changes_set_ref (changes, field, copy);
  else if (!cycle_reaches (co, entity == OKR_ENTITY_OBJECTIVE ? cycle_of_objective (co, target)
                                                              : cycle_of_kr (co, target)))
    {
      okr_changes_set_null (changes, field);
      co->result->n_alignments_dropped++;
    }
}

static gint64
carry_objective (CarryOver *co, gint64 id, GError **error)
{
  g_autoptr(OkrChanges) c = NULL;
  const OkrValue *unit;
  gint64 copy = copy_of (co, OKR_ENTITY_OBJECTIVE, id);

  if (copy != 0)
    return copy;
  if ((c = copy_fields (co, OKR_ENTITY_OBJECTIVE, id, error)) == NULL)
    return 0;
  unit = okr_changes_lookup (c, "unit_id");
  okr_changes_set_ref (c, "cycle_id", co->into);
  okr_changes_set_ref (c, "carried_from_id", id);
  okr_changes_set_real (c, "position",
                        next_position (co, "SELECT max(position) FROM objectives WHERE "
                                           "unit_id = ?1 AND cycle_id = ?2 AND deleted = 0",
                                       unit->i, co->into));
  follow_alignment (co, c, "align_objective_id", OKR_ENTITY_OBJECTIVE);
  follow_alignment (co, c, "align_kr_id", OKR_ENTITY_KEY_RESULT);
  copy = okr_store_insert (co->store, c, error);
  if (copy == 0)
    return 0;
  remember_copy (co, OKR_ENTITY_OBJECTIVE, id, copy);
  co->result->n_objectives++;
  return copy;
}

/* Copies of milestones or initiatives, under the KR's copy; milestones are numbered anew. */
static gboolean
carry_children (CarryOver *co, OkrEntity entity, GArray *ids, gint64 copy, GError **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(OkrChanges) c = copy_fields (co, entity, g_array_index (ids, gint64, i), error);

      if (c == NULL)
        return FALSE;
      okr_changes_set_ref (c, "kr_id", copy);
      if (entity == OKR_ENTITY_MILESTONE)
        okr_changes_set_real (c, "position", i + 1);
      if (okr_store_insert (co->store, c, error) == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
carry_kr (CarryOver *co, gint64 id, gint64 objective, GError **error)
{
  g_autoptr(OkrChanges) c = NULL;
  g_autoptr(GArray) milestones = NULL;
  g_autoptr(GArray) initiatives = NULL;
  const OkrValue *kind;
  gint64 objective_copy, copy;
  double final = 0;

  if (copy_of (co, OKR_ENTITY_KEY_RESULT, id) != 0)
    return TRUE;
  if ((objective_copy = carry_objective (co, objective, error)) == 0 ||
      (c = copy_fields (co, OKR_ENTITY_KEY_RESULT, id, error)) == NULL)
    return FALSE;
  /* Milestones still open and initiatives not done go with their KR. */
  milestones = query_ids (co, "SELECT id FROM milestones WHERE kr_id = ? AND deleted = 0 "
                              "AND done = 0 ORDER BY position, id", id, error);
  if (milestones == NULL)
    return FALSE;
  initiatives = query_ids (co, "SELECT id FROM initiatives WHERE kr_id = ? AND deleted = 0 "
                               "AND state != 'done' ORDER BY position, id", id, error);
  if (initiatives == NULL)
    return FALSE;

  /* The value it ended at: its latest check-in, else where it started. */
  {
    sqlite3_stmt *stmt = okr_db_prepare (co->db, "SELECT coalesce (cur_value, baseline) "
                                                 "FROM key_results WHERE id = ?", error);
    gboolean has_row = FALSE;

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, id);
    if (!okr_db_step (co->db, stmt, &has_row, error))
      return FALSE;
    if (has_row)
      final = sqlite3_column_double (stmt, 0);
    sqlite3_reset (stmt);
  }

  kind = okr_changes_lookup (c, "kind");
  okr_changes_set_ref (c, "objective_id", objective_copy);
  okr_changes_set_ref (c, "carried_from_id", id);
  okr_changes_set_real (c, "position",
                        next_position (co, "SELECT max(position) FROM key_results WHERE "
                                           "objective_id = ?1 AND deleted = 0",
                                       objective_copy, 0));
  /* Kinds measured on a scale of their own keep it (a milestone KR counts the milestones
   * still open); the others start where they ended. */
  if (g_str_equal (kind->s, "milestone"))
    okr_changes_set_real (c, "target", milestones->len);
  else if (!g_str_equal (kind->s, "boolean") && !g_str_equal (kind->s, "rollup"))
    okr_changes_set_real (c, "baseline", final);

  if ((copy = okr_store_insert (co->store, c, error)) == 0 ||
      !carry_children (co, OKR_ENTITY_MILESTONE, milestones, copy, error) ||
      !carry_children (co, OKR_ENTITY_INITIATIVE, initiatives, copy, error))
    return FALSE;
  remember_copy (co, OKR_ENTITY_KEY_RESULT, id, copy);
  co->result->n_key_results++;
  co->result->n_milestones += milestones->len;
  co->result->n_initiatives += initiatives->len;
  return TRUE;
}

static gboolean
check_in_cycle (CarryOver *co, OkrEntity entity, gint64 id, GError **error)
{
  gint64 cycle = entity == OKR_ENTITY_OBJECTIVE ? cycle_of_objective (co, id)
                                                : cycle_of_kr (co, id);

  if (!okr_store_row_exists (co->store, entity, id) || cycle != co->from)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND,
                           entity == OKR_ENTITY_OBJECTIVE
                             ? _("An objective to carry over is not in the cycle it is "
                                 "carried from.")
                             : _("A key result to carry over is not in the cycle it is "
                                 "carried from."));
      return FALSE;
    }
  return TRUE;
}

/* One objective to visit: whether it was chosen itself, and its chosen KRs. */
typedef struct {
  gint64  id;
  guint   depth;      /* of its unit: parents are visited first */
  guint   order;      /* as chosen, among objectives of the same depth */
  gboolean chosen;
  GArray *krs;
} Visit;

static void
visit_free (gpointer data)
{
  Visit *v = data;

  g_array_unref (v->krs);
  g_free (v);
}

static int
compare_visits (gconstpointer a, gconstpointer b)
{
  const Visit *va = *(Visit * const *) a, *vb = *(Visit * const *) b;

  if (va->depth != vb->depth)
    return va->depth < vb->depth ? -1 : 1;
  return va->order < vb->order ? -1 : va->order > vb->order;
}

/* The objectives to visit, parents first so that an alignment finds its target's copy
 * already made; an objective comes once, chosen itself or through its KRs. */
static GPtrArray *
plan_visits (CarryOver *co, const gint64 *objective_ids, guint n_objectives,
             const gint64 *kr_ids, guint n_key_results, GError **error)
{
  g_autoptr(GPtrArray) visits = g_ptr_array_new_with_free_func (visit_free);
  g_autoptr(GHashTable) by_objective = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) depths = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        NULL);
  g_autoptr(GPtrArray) units = okr_store_list_units (co->store, error);

  if (units == NULL)
    return NULL;
  for (guint i = 0; i < units->len; i++)
    {
      gint64 id = okr_unit_get_id (units->pdata[i]);
      g_hash_table_insert (depths, g_memdup2 (&id, sizeof id),
                           GUINT_TO_POINTER (okr_unit_get_depth (units->pdata[i])));
    }

  for (guint i = 0; i < n_objectives + n_key_results; i++)
    {
      gboolean is_kr = i >= n_objectives;
      gint64 id = is_kr ? kr_ids[i - n_objectives] : objective_ids[i];
      gint64 objective, unit;
      Visit *v;

      if (!check_in_cycle (co, is_kr ? OKR_ENTITY_KEY_RESULT : OKR_ENTITY_OBJECTIVE, id, error))
        return NULL;
      objective = is_kr ? query_id (co, "SELECT objective_id FROM key_results WHERE id = ?", id)
                        : id;
      v = g_hash_table_lookup (by_objective, &objective);
      if (v == NULL)
        {
          v = g_new0 (Visit, 1);
          v->id = objective;
          unit = query_id (co, "SELECT unit_id FROM objectives WHERE id = ?", objective);
          v->depth = GPOINTER_TO_UINT (g_hash_table_lookup (depths, &unit));
          v->order = visits->len;
          v->krs = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_ptr_array_add (visits, v);
          g_hash_table_insert (by_objective, &v->id, v);
        }
      if (is_kr)
        g_array_append_val (v->krs, id);
      else
        v->chosen = TRUE;
    }
  g_ptr_array_sort (visits, compare_visits);
  return g_steal_pointer (&visits);
}

/**
 * okr_carry_over:
 * @objective_ids: objectives to copy, with none of their KRs unless listed in @kr_ids
 * @kr_ids: KRs to copy, each under the copy of its objective
 * @result: (out): what was copied
 *
 * Copies the chosen objectives and KRs of @from_cycle_id into @into_cycle_id, in one
 * transaction and one undo step. Refused when the target cycle is closed or is the
 * source, or when something chosen is not in the source cycle.
 */
gboolean
okr_carry_over (OkrStore *store, gint64 from_cycle_id, gint64 into_cycle_id,
                const gint64 *objective_ids, guint n_objectives, const gint64 *kr_ids,
                guint n_key_results, OkrCarryOverResult *result, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (store), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  CarryOver co = {
    .store = store,
    .db = _okr_store_get_db (store),
    .from = from_cycle_id,
    .into = into_cycle_id,
    .result = result,
  };
  g_autoptr(GPtrArray) visits = NULL;
  g_autoptr(OkrCycle) into = NULL;
  gboolean ok;

  *result = (OkrCarryOverResult) { .into_cycle_id = into_cycle_id };
  if (from_cycle_id == into_cycle_id)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                           _("Carry over into another cycle than the one it comes from."));
      return FALSE;
    }
  if ((into = okr_store_get_cycle (store, into_cycle_id, error)) == NULL)
    return FALSE;
  if (okr_cycle_get_state (into) == OKR_CYCLE_CLOSED)
    {
      g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_CLOSED,
                   _("“%s” is closed, so its OKRs can’t be changed. Reopen the cycle first."),
                   okr_cycle_get_name (into));
      return FALSE;
    }

  for (guint e = 0; e < OKR_ENTITY_N; e++)
    co.copies[e] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  okr_store_begin_edit (store, _("Carry over"));
  visits = plan_visits (&co, objective_ids, n_objectives, kr_ids, n_key_results, error);
  ok = visits != NULL;
  for (guint i = 0; ok && i < visits->len; i++)
    {
      Visit *v = visits->pdata[i];

      if (v->chosen)
        ok = carry_objective (&co, v->id, error) != 0;
      for (guint k = 0; ok && k < v->krs->len; k++)
        ok = carry_kr (&co, g_array_index (v->krs, gint64, k), v->id, error);
    }
  for (guint e = 0; e < OKR_ENTITY_N; e++)
    g_hash_table_unref (co.copies[e]);

  if (!ok)
    {
      okr_store_abort_edit (store);
      *result = (OkrCarryOverResult) { .into_cycle_id = into_cycle_id };
      return FALSE;
    }
  return okr_store_end_edit (store, error);
}

/* Everything unfinished in @from_cycle_id: each objective with a KR short of 100 % (or no
 * KR), with those KRs. What `cascade-cli close --carry-over` does. */
gboolean
okr_carry_over_all_unfinished (OkrStore *store, gint64 from_cycle_id, gint64 into_cycle_id,
                               OkrCarryOverResult *result, GError **error)
{
  g_autoptr(OkrRollup) rollup = okr_rollup_new (store, from_cycle_id, okr_date_today (), error);
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GArray) objectives = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) krs = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (rollup == NULL)
    return FALSE;
  candidates = okr_carry_over_list_candidates (rollup, 0);
  for (guint i = 0; i < candidates->len; i++)
    {
      gint64 id = okr_objective_get_id (candidates->pdata[i]);
      GPtrArray *list = okr_rollup_get_key_results (rollup, id);

      g_array_append_val (objectives, id);
      for (guint k = 0; k < list->len; k++)
        if (okr_carry_over_is_unfinished (list->pdata[k]))
          {
            gint64 kr = okr_key_result_get_id (list->pdata[k]);
            g_array_append_val (krs, kr);
          }
    }
  return okr_carry_over (store, from_cycle_id, into_cycle_id, (gint64 *) objectives->data,
                         objectives->len, (gint64 *) krs->data, krs->len, result, error);
}
