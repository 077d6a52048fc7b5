/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "okr-math.h"
#include "okr-rollup.h"
#include "okr-store-private.h"
#include "okr-store-read.h"

struct _OkrRollup {
  GObject     parent_instance;

  OkrCycle   *cycle;
  OkrDate     today;
  double      expected;
  gboolean    started;
  gboolean    ended;

  GPtrArray  *units;           /* OkrUnit, depth-first */
  GPtrArray  *people;          /* OkrPerson */
  GPtrArray  *objectives;      /* OkrObjective of this cycle and the cycles inside it */
  GPtrArray  *key_results;     /* OkrKeyResult */

  GHashTable *unit_by_id;      /* gint64* → OkrUnit */
  GHashTable *objective_by_id;
  GHashTable *kr_by_id;
  GHashTable *person_by_id;
  GHashTable *children;        /* unit id → GPtrArray of OkrUnit */
  GHashTable *unit_objectives; /* unit id → GPtrArray of OkrObjective (this cycle only) */
  GHashTable *objective_krs;   /* objective id → GPtrArray of OkrKeyResult */
  GHashTable *aligned_to_objective;
  GHashTable *aligned_to_kr;
  GHashTable *visiting;        /* objective id → state while computing */
};

G_DEFINE_FINAL_TYPE (OkrRollup, okr_rollup, G_TYPE_OBJECT)

static GPtrArray *empty_array;

static void
okr_rollup_finalize (GObject *object)
{
  OkrRollup *self = OKR_ROLLUP (object);

  g_clear_object (&self->cycle);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->objectives, g_ptr_array_unref);
  g_clear_pointer (&self->key_results, g_ptr_array_unref);
  g_clear_pointer (&self->unit_by_id, g_hash_table_unref);
  g_clear_pointer (&self->objective_by_id, g_hash_table_unref);
  g_clear_pointer (&self->kr_by_id, g_hash_table_unref);
  g_clear_pointer (&self->person_by_id, g_hash_table_unref);
  g_clear_pointer (&self->children, g_hash_table_unref);
  g_clear_pointer (&self->unit_objectives, g_hash_table_unref);
  g_clear_pointer (&self->objective_krs, g_hash_table_unref);
  g_clear_pointer (&self->aligned_to_objective, g_hash_table_unref);
  g_clear_pointer (&self->aligned_to_kr, g_hash_table_unref);
  g_clear_pointer (&self->visiting, g_hash_table_unref);

  G_OBJECT_CLASS (okr_rollup_parent_class)->finalize (object);
}

static void
okr_rollup_class_init (OkrRollupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = okr_rollup_finalize;
  empty_array = g_ptr_array_new ();
}

static GHashTable *
multimap_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                (GDestroyNotify) g_ptr_array_unref);
}

static void
multimap_add (GHashTable *map, gint64 key, gpointer item)
{
  GPtrArray *list = g_hash_table_lookup (map, &key);

  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (map, g_memdup2 (&key, sizeof key), list);
    }
  g_ptr_array_add (list, item);
}

static GPtrArray *
multimap_get (GHashTable *map, gint64 key)
{
  GPtrArray *list = g_hash_table_lookup (map, &key);
  return list != NULL ? list : empty_array;
}

static void
okr_rollup_init (OkrRollup *self)
{
  /* Objects' ids live inside the objects, which the arrays keep alive. */
  self->unit_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->objective_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->kr_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->person_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->children = multimap_new ();
  self->unit_objectives = multimap_new ();
  self->objective_krs = multimap_new ();
  self->aligned_to_objective = multimap_new ();
  self->aligned_to_kr = multimap_new ();
  self->visiting = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->objectives = g_ptr_array_new_with_free_func (g_object_unref);
  self->key_results = g_ptr_array_new_with_free_func (g_object_unref);
}

static double
column_real_or_nan (sqlite3_stmt *stmt, int col)
{
  return sqlite3_column_type (stmt, col) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, col);
}

/* Objectives of the cycle and of the cycles inside it (quarters of a year): the inner
 * ones only feed rolled-up KRs and are not listed under units. */
static const char objectives_sql[] =
  "SELECT o.id, o.uuid, o.cycle_id, o.unit_id, o.title, o.description, o.owner_id, "
  "o.aspirational, o.align_objective_id, o.align_kr_id, o.position, o.carried_from_id "
  "FROM objectives o JOIN units u ON u.id = o.unit_id AND u.deleted = 0 "
  "WHERE o.deleted = 0 AND (o.cycle_id = ?1 OR o.cycle_id IN "
  "  (SELECT id FROM cycles WHERE parent_id = ?1 AND deleted = 0)) "
  "ORDER BY o.position, o.id";

static const char key_results_sql[] =
  "SELECT k.id, k.uuid, k.objective_id, k.title, k.kind, k.baseline, k.target, k.unit_label, "
  "k.direction, k.weight, k.owner_id, k.position, k.cur_value, k.cur_date, k.cur_confidence, "
  "coalesce (m.total, 0), coalesce (m.done, 0), s.score, s.reason, k.carried_from_id "
  "FROM key_results k "
  "JOIN objectives o ON o.id = k.objective_id AND o.deleted = 0 "
  "LEFT JOIN (SELECT kr_id, count(*) AS total, sum(done) AS done FROM milestones "
  "           WHERE deleted = 0 GROUP BY kr_id) m ON m.kr_id = k.id "
  "LEFT JOIN scores s ON s.kr_id = k.id AND s.deleted = 0 "
  "WHERE k.deleted = 0 AND (o.cycle_id = ?1 OR o.cycle_id IN "
  "  (SELECT id FROM cycles WHERE parent_id = ?1 AND deleted = 0)) "
  "ORDER BY k.position, k.id";

static gboolean
load_objectives (OkrRollup *self, OkrDb *db, GError **error)
{
  sqlite3_stmt *stmt = okr_db_prepare (db, objectives_sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->cycle->id);
  while (okr_db_step (db, stmt, &has_row, error) && has_row)
    {
      OkrObjective *o = _okr_objective_new ();

      o->id = sqlite3_column_int64 (stmt, 0);
      read_uuid (stmt, 1, &o->uuid);
      o->cycle_id = sqlite3_column_int64 (stmt, 2);
      o->unit_id = sqlite3_column_int64 (stmt, 3);
      o->title = dup_text (stmt, 4);
      o->description = dup_text (stmt, 5);
      o->owner_id = sqlite3_column_int64 (stmt, 6);
      o->aspirational = sqlite3_column_int (stmt, 7) != 0;
      o->align_objective_id = sqlite3_column_int64 (stmt, 8);
      o->align_kr_id = sqlite3_column_int64 (stmt, 9);
      o->position = sqlite3_column_double (stmt, 10);
      o->carried_from_id = sqlite3_column_int64 (stmt, 11);
      o->score = NAN;
      g_ptr_array_add (self->objectives, o);
    }
  if (error != NULL && *error != NULL)
    return FALSE;
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
load_key_results (OkrRollup *self, OkrDb *db, GError **error)
{
  sqlite3_stmt *stmt = okr_db_prepare (db, key_results_sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->cycle->id);
  while (okr_db_step (db, stmt, &has_row, error) && has_row)
    {
      OkrKeyResult *k = _okr_key_result_new ();

      k->id = sqlite3_column_int64 (stmt, 0);
      read_uuid (stmt, 1, &k->uuid);
      k->objective_id = sqlite3_column_int64 (stmt, 2);
      k->title = dup_text (stmt, 3);
      if (!okr_kr_kind_from_string ((const char *) sqlite3_column_text (stmt, 4), &k->kind))
        k->kind = OKR_KR_NUMBER;
      k->baseline = sqlite3_column_double (stmt, 5);
      k->target = column_real_or_nan (stmt, 6);
      k->unit_label = dup_text (stmt, 7);
      if (!okr_direction_from_string ((const char *) sqlite3_column_text (stmt, 8), &k->direction))
        k->direction = OKR_DIRECTION_ABOVE;
      k->weight = sqlite3_column_double (stmt, 9);
      k->owner_id = sqlite3_column_int64 (stmt, 10);
      k->position = sqlite3_column_double (stmt, 11);
      k->current = column_real_or_nan (stmt, 12);
      k->current_date = OKR_DATE_NONE;
      okr_date_parse_iso ((const char *) sqlite3_column_text (stmt, 13), &k->current_date);
      k->confidence = sqlite3_column_int (stmt, 14);
      k->milestones_total = (guint) sqlite3_column_int (stmt, 15);
      k->milestones_done = (guint) sqlite3_column_int (stmt, 16);
      k->score = column_real_or_nan (stmt, 17);
      k->score_reason = dup_text (stmt, 18);
      k->carried_from_id = sqlite3_column_int64 (stmt, 19);
      if (isnan (k->current))
        k->current = k->baseline;
      g_ptr_array_add (self->key_results, k);
    }
  if (error != NULL && *error != NULL)
    return FALSE;
  sqlite3_reset (stmt);
  return TRUE;
}

static void compute_objective (OkrRollup *self, OkrObjective *o);

static void
compute_key_result (OkrRollup *self, OkrKeyResult *k)
{
  if (k->kind == OKR_KR_ROLLUP)
    {
      GPtrArray *aligned = multimap_get (self->aligned_to_kr, k->id);
      g_autofree double *values = g_new0 (double, MAX (aligned->len, 1));

      for (guint i = 0; i < aligned->len; i++)
        {
          OkrObjective *child = g_ptr_array_index (aligned, i);
          compute_objective (self, child);
          values[i] = child->progress;
        }
      k->progress_raw = okr_math_mean (values, aligned->len);
      k->current = k->progress_raw * 100;
    }
  else
    {
      double current = k->kind == OKR_KR_MILESTONE ? k->milestones_done : k->current;
      k->progress_raw = okr_math_kr_progress_raw (k->kind, k->baseline, k->target, current,
                                                  k->direction, k->milestones_done,
                                                  k->milestones_total);
      if (k->kind == OKR_KR_MILESTONE)
        k->current = k->milestones_done;
    }
  k->progress = okr_math_clamp01 (k->progress_raw);
  k->status = okr_math_kr_status (k->kind, k->progress_raw, self->expected, k->confidence,
                                  self->started, self->ended);
}

/* Objectives form a graph through rolled-up KRs; a file made by a bad merge could even
 * make it cyclic. Each objective is computed once; one met again while being computed
 * counts as no progress. */
static void
compute_objective (OkrRollup *self, OkrObjective *o)
{
  enum { UNSEEN, VISITING, DONE };
  int state = GPOINTER_TO_INT (g_hash_table_lookup (self->visiting, &o->id));

  if (state == DONE)
    return;
  if (state == VISITING)
    {
      o->progress = 0;
      return;
    }
  g_hash_table_insert (self->visiting, &o->id, GINT_TO_POINTER (VISITING));

  GPtrArray *krs = multimap_get (self->objective_krs, o->id);
  g_autofree double *progress = g_new0 (double, MAX (krs->len, 1));
  g_autofree double *scores = g_new0 (double, MAX (krs->len, 1));
  g_autofree double *weights = g_new0 (double, MAX (krs->len, 1));
  OkrStatus weakest = OKR_STATUS_DONE;
  gboolean any_score = FALSE;

  for (guint i = 0; i < krs->len; i++)
    {
      OkrKeyResult *k = g_ptr_array_index (krs, i);
      compute_key_result (self, k);
      progress[i] = k->progress;
      weights[i] = k->weight;
      scores[i] = k->score;
      any_score |= !isnan (k->score);
      weakest = MIN (weakest, k->status);
    }
  o->n_key_results = krs->len;
  o->progress = okr_math_weighted_mean (progress, weights, krs->len);
  o->expected = self->expected;
  o->status = krs->len > 0 ? weakest : OKR_STATUS_NOT_STARTED;
  o->score = any_score ? okr_math_weighted_mean (scores, weights, krs->len) : NAN;

  g_hash_table_insert (self->visiting, &o->id, GINT_TO_POINTER (DONE));
}

static void
index_all (OkrRollup *self)
{
  for (guint i = 0; i < self->units->len; i++)
    {
      OkrUnit *u = g_ptr_array_index (self->units, i);
      g_hash_table_insert (self->unit_by_id, &u->id, u);
      multimap_add (self->children, u->parent_id, u);
    }
  for (guint i = 0; i < self->people->len; i++)
    {
      OkrPerson *p = g_ptr_array_index (self->people, i);
      g_hash_table_insert (self->person_by_id, &p->id, p);
    }
  for (guint i = 0; i < self->objectives->len; i++)
    {
      OkrObjective *o = g_ptr_array_index (self->objectives, i);
      g_hash_table_insert (self->objective_by_id, &o->id, o);
      if (o->cycle_id == self->cycle->id)
        multimap_add (self->unit_objectives, o->unit_id, o);
      if (o->align_objective_id != 0)
        multimap_add (self->aligned_to_objective, o->align_objective_id, o);
      if (o->align_kr_id != 0)
        multimap_add (self->aligned_to_kr, o->align_kr_id, o);
    }
  for (guint i = 0; i < self->key_results->len; i++)
    {
      OkrKeyResult *k = g_ptr_array_index (self->key_results, i);
      g_hash_table_insert (self->kr_by_id, &k->id, k);
      multimap_add (self->objective_krs, k->objective_id, k);
    }
}

static void
compute_units (OkrRollup *self)
{
  for (guint i = 0; i < self->units->len; i++)
    {
      OkrUnit *u = g_ptr_array_index (self->units, i);
      GPtrArray *objectives = multimap_get (self->unit_objectives, u->id);
      g_autofree double *progress = g_new0 (double, MAX (objectives->len, 1));
      g_autofree double *scores = g_new0 (double, MAX (objectives->len, 1));
      OkrStatus weakest = OKR_STATUS_DONE;
      gboolean any_score = FALSE;

      /* Like an objective, a unit is as healthy as its weakest part: a leader looking at
       * the sidebar must not see "on track" above an objective that is off track. */
      for (guint j = 0; j < objectives->len; j++)
        {
          OkrObjective *o = g_ptr_array_index (objectives, j);
          progress[j] = o->progress;
          scores[j] = o->score;
          any_score |= !isnan (o->score);
          weakest = MIN (weakest, o->status);
        }
      u->n_objectives = objectives->len;
      u->progress = okr_math_mean (progress, objectives->len);
      /* Like progress: the mean of its objectives' scores, the unscored ones left out. */
      u->score = any_score ? okr_math_mean (scores, objectives->len) : NAN;
      u->status = objectives->len > 0 ? weakest : OKR_STATUS_NOT_STARTED;
    }
}

/**
 * okr_rollup_new:
 * @today: the day that expected progress and status are computed for
 *
 * Reads the cycle's units, objectives and KRs in four queries (no check-in history: the
 * store keeps each KR's current value) and computes everything in one pass.
 */
OkrRollup *
okr_rollup_new (OkrStore *store, gint64 cycle_id, OkrDate today, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (store), NULL);

  g_autoptr(OkrRollup) self = g_object_new (OKR_TYPE_ROLLUP, NULL);
  OkrDb *db = _okr_store_get_db (store);

  self->cycle = okr_store_get_cycle (store, cycle_id, error);
  if (self->cycle == NULL)
    return NULL;
  self->today = today;
  self->expected = okr_math_expected (self->cycle->start, self->cycle->end, today);
  self->started = today >= self->cycle->start;
  self->ended = today >= self->cycle->end;

  self->units = okr_store_list_units (store, error);
  if (self->units == NULL)
    return NULL;
  self->people = okr_store_list_people (store, error);
  if (self->people == NULL)
    return NULL;
  if (!load_objectives (self, db, error) || !load_key_results (self, db, error))
    return NULL;

  index_all (self);
  for (guint i = 0; i < self->objectives->len; i++)
    compute_objective (self, g_ptr_array_index (self->objectives, i));
  compute_units (self);
  return g_steal_pointer (&self);
}

OkrCycle *
okr_rollup_get_cycle (OkrRollup *self)
{
  return self->cycle;
}

OkrDate
okr_rollup_get_today (OkrRollup *self)
{
  return self->today;
}

double
okr_rollup_get_expected (OkrRollup *self)
{
  return self->expected;
}

GPtrArray *
okr_rollup_get_units (OkrRollup *self)
{
  return self->units;
}

GPtrArray *
okr_rollup_get_people (OkrRollup *self)
{
  return self->people;
}

GPtrArray *
okr_rollup_get_unit_children (OkrRollup *self, gint64 unit_id)
{
  return multimap_get (self->children, unit_id);
}

GPtrArray *
okr_rollup_get_objectives (OkrRollup *self, gint64 unit_id)
{
  return multimap_get (self->unit_objectives, unit_id);
}

GPtrArray *
okr_rollup_get_key_results (OkrRollup *self, gint64 objective_id)
{
  return multimap_get (self->objective_krs, objective_id);
}

GPtrArray *
okr_rollup_get_aligned_to_objective (OkrRollup *self, gint64 objective_id)
{
  return multimap_get (self->aligned_to_objective, objective_id);
}

GPtrArray *
okr_rollup_get_aligned_to_kr (OkrRollup *self, gint64 kr_id)
{
  return multimap_get (self->aligned_to_kr, kr_id);
}

OkrUnit *
okr_rollup_find_unit (OkrRollup *self, gint64 id)
{
  return g_hash_table_lookup (self->unit_by_id, &id);
}

OkrObjective *
okr_rollup_find_objective (OkrRollup *self, gint64 id)
{
  return g_hash_table_lookup (self->objective_by_id, &id);
}

OkrKeyResult *
okr_rollup_find_key_result (OkrRollup *self, gint64 id)
{
  return g_hash_table_lookup (self->kr_by_id, &id);
}

OkrPerson *
okr_rollup_find_person (OkrRollup *self, gint64 id)
{
  return g_hash_table_lookup (self->person_by_id, &id);
}
