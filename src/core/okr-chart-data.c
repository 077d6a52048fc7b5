/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "okr-chart-data.h"
#include "okr-math.h"
#include "okr-store-private.h"
#include "okr-store-read.h"

static OkrChartTarget
target (OkrChartTargetKind kind, gint64 id)
{
  return (OkrChartTarget) { kind, id };
}

gint64
okr_chart_data_top_unit (OkrRollup *rollup)
{
  GPtrArray *units = okr_rollup_get_units (rollup);

  for (guint i = 0; i < units->len; i++)
    if (okr_unit_get_parent_id (g_ptr_array_index (units, i)) == 0)
      return okr_unit_get_id (g_ptr_array_index (units, i));
  return 0;
}

/* The roll-up lists units depth-first: a unit's subtree is the run after it that is deeper. */
GPtrArray *
okr_chart_data_subtree (OkrRollup *rollup, gint64 unit_id)
{
  GPtrArray *units = okr_rollup_get_units (rollup);
  GPtrArray *subtree = g_ptr_array_new ();

  for (guint i = 0; i < units->len; i++)
    {
      OkrUnit *u = g_ptr_array_index (units, i);
      guint depth;

      if (okr_unit_get_id (u) != unit_id)
        continue;
      depth = okr_unit_get_depth (u);
      g_ptr_array_add (subtree, u);
      for (guint j = i + 1; j < units->len; j++)
        {
          OkrUnit *v = g_ptr_array_index (units, j);
          if (okr_unit_get_depth (v) <= depth)
            break;
          g_ptr_array_add (subtree, v);
        }
      break;
    }
  return subtree;
}

/* ───────────────────────── ring ───────────────────────── */

static char *
count_caption (guint objectives, guint key_results)
{
  /* Translators: parts of a caption such as "4 objectives · 13 key results". */
  g_autofree char *o = g_strdup_printf (ngettext ("%u objective", "%u objectives", objectives),
                                        objectives);
  g_autofree char *k = g_strdup_printf (ngettext ("%u key result", "%u key results",
                                                  key_results), key_results);
  return g_strdup_printf ("%s · %s", o, k);
}

OkrChartRingData *
okr_chart_ring_data_for_unit (OkrRollup *rollup, gint64 unit_id)
{
  OkrUnit *unit = okr_rollup_find_unit (rollup, unit_id);
  OkrChartRingData *data = okr_chart_ring_data_new ();
  GPtrArray *objectives;
  guint krs = 0;

  g_return_val_if_fail (unit != NULL, data);

  objectives = okr_rollup_get_objectives (rollup, unit_id);
  for (guint i = 0; i < objectives->len; i++)
    krs += okr_objective_get_n_key_results (g_ptr_array_index (objectives, i));
  data->label = g_strdup (okr_unit_get_name (unit));
  data->caption = count_caption (objectives->len, krs);
  data->progress = okr_unit_get_progress (unit);
  data->expected = okr_rollup_get_expected (rollup);
  data->status = okr_unit_get_status (unit);
  data->empty = krs == 0;
  data->target = target (OKR_CHART_TARGET_UNIT, unit_id);
  return data;
}

OkrChartRingData *
okr_chart_ring_data_for_objective (OkrRollup *rollup, gint64 objective_id)
{
  OkrObjective *o = okr_rollup_find_objective (rollup, objective_id);
  OkrChartRingData *data = okr_chart_ring_data_new ();
  OkrUnit *unit;
  guint krs;

  g_return_val_if_fail (o != NULL, data);

  unit = okr_rollup_find_unit (rollup, okr_objective_get_unit_id (o));
  krs = okr_objective_get_n_key_results (o);
  data->label = g_strdup (okr_objective_get_title (o));
  data->caption = g_strdup_printf (ngettext ("%s · %u key result", "%s · %u key results", krs),
                                   unit != NULL ? okr_unit_get_name (unit) : "", krs);
  data->progress = okr_objective_get_progress (o);
  data->expected = okr_objective_get_expected (o);
  data->status = okr_objective_get_status (o);
  data->empty = krs == 0;
  data->target = target (OKR_CHART_TARGET_OBJECTIVE, objective_id);
  return data;
}

/* ───────────────────────── bars ───────────────────────── */

OkrChartBarsData *
okr_chart_objectives_data_for_unit (OkrRollup *rollup, gint64 unit_id)
{
  OkrChartBarsData *data = okr_chart_bars_data_new ();
  GPtrArray *objectives = okr_rollup_get_objectives (rollup, unit_id);

  data->expected = okr_rollup_get_expected (rollup);
  for (guint i = 0; i < objectives->len; i++)
    {
      OkrObjective *o = g_ptr_array_index (objectives, i);
      GPtrArray *krs = okr_rollup_get_key_results (rollup, okr_objective_get_id (o));

      okr_chart_bars_data_add (data, okr_objective_get_title (o), okr_objective_get_progress (o),
                               okr_objective_get_status (o), FALSE,
                               target (OKR_CHART_TARGET_OBJECTIVE, okr_objective_get_id (o)));
      g_array_index (data->rows, OkrChartBar, data->rows->len - 1).aspirational =
        okr_objective_get_aspirational (o);
      for (guint k = 0; k < krs->len; k++)
        {
          OkrKeyResult *kr = g_ptr_array_index (krs, k);
          okr_chart_bars_data_add (data, okr_key_result_get_title (kr),
                                   okr_key_result_get_progress_raw (kr),
                                   okr_key_result_get_status (kr), TRUE,
                                   target (OKR_CHART_TARGET_KEY_RESULT,
                                           okr_key_result_get_id (kr)));
        }
    }
  return data;
}

OkrChartBarsData *
okr_chart_units_data_for_unit (OkrRollup *rollup, gint64 unit_id)
{
  OkrChartBarsData *data = okr_chart_bars_data_new ();
  GPtrArray *children = okr_rollup_get_unit_children (rollup, unit_id);

  data->expected = okr_rollup_get_expected (rollup);
  for (guint i = 0; i < children->len; i++)
    {
      OkrUnit *u = g_ptr_array_index (children, i);
      okr_chart_bars_data_add (data, okr_unit_get_name (u), okr_unit_get_progress (u),
                               okr_unit_get_status (u), FALSE,
                               target (OKR_CHART_TARGET_UNIT, okr_unit_get_id (u)));
    }
  return data;
}

/* ───────────────────────── pace ───────────────────────── */

OkrChartPaceData *
okr_chart_pace_data_for_kr (OkrStore *store, OkrRollup *rollup, gint64 kr_id, GError **error)
{
  OkrKeyResult *kr = okr_rollup_find_key_result (rollup, kr_id);
  g_autoptr(OkrChartPaceData) data = NULL;
  g_autoptr(GPtrArray) checkins = NULL;
  OkrObjective *o;
  OkrCycle *cycle = okr_rollup_get_cycle (rollup);
  g_autoptr(OkrCycle) own_cycle = NULL;
  OkrKrKind kind;

  if (kr == NULL)
    {
      g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND,
                   _("That key result is not in %s."), okr_cycle_get_name (cycle));
      return NULL;
    }
  /* A quarter's KR seen from its year is drawn over its own quarter. */
  o = okr_rollup_find_objective (rollup, okr_key_result_get_objective_id (kr));
  if (o != NULL && okr_objective_get_cycle_id (o) != okr_cycle_get_id (cycle))
    {
      own_cycle = okr_store_get_cycle (store, okr_objective_get_cycle_id (o), NULL);
      if (own_cycle != NULL)
        cycle = own_cycle;
    }

  kind = okr_key_result_get_kind (kr);
  data = okr_chart_pace_data_new ();
  data->title = g_strdup (okr_key_result_get_title (kr));
  data->kind = kind;
  data->unit_label = g_strdup (okr_key_result_get_unit_label (kr));
  data->baseline = okr_key_result_get_baseline (kr);
  data->target = okr_key_result_get_target (kr);
  data->start = okr_cycle_get_start (cycle);
  data->end = okr_cycle_get_end (cycle);
  data->today = okr_rollup_get_today (rollup);
  data->status = okr_key_result_get_status (kr);
  data->ref = target (OKR_CHART_TARGET_KEY_RESULT, kr_id);

  switch (kind)
    {
    case OKR_KR_BOOLEAN:
      data->baseline = 0;
      data->target = 1;
      break;
    case OKR_KR_MILESTONE:
      data->baseline = 0;
      data->target = okr_key_result_get_milestones_total (kr);
      break;
    case OKR_KR_ROLLUP:
      {
        /* No history of its own: where the aligned objectives stand today. */
        OkrChartPoint now = { data->today, okr_key_result_get_progress (kr) * 100, 0 };
        data->baseline = 0;
        data->target = 100;
        if (data->today >= data->start)
          g_array_append_val (data->points, now);
        return g_steal_pointer (&data);
      }
    default:
      break;
    }

  /* One KR's history; a generous limit keeps a hostile file from making it unbounded. */
  checkins = okr_store_list_checkins (store, kr_id, FALSE, 2000, error);
  if (checkins == NULL)
    return NULL;
  for (guint i = checkins->len; i > 0; i--)
    {
      OkrCheckin *c = g_ptr_array_index (checkins, i - 1);
      OkrChartPoint p = { okr_checkin_get_date (c), okr_checkin_get_value (c),
                          okr_checkin_get_confidence (c) };
      if (isfinite (p.value) && okr_date_is_valid (p.date))
        g_array_append_val (data->points, p);
    }
  return g_steal_pointer (&data);
}

/* ───────────────────────── status and scores ───────────────────────── */

/* Calls @func on every KR of the objectives of @unit_id and the units below it. */
static void
foreach_kr (OkrRollup *rollup, gint64 unit_id,
            void (*func) (OkrObjective *o, OkrKeyResult *kr, gpointer user_data),
            gpointer user_data)
{
  g_autoptr(GPtrArray) units = okr_chart_data_subtree (rollup, unit_id);

  for (guint i = 0; i < units->len; i++)
    {
      GPtrArray *objectives = okr_rollup_get_objectives (rollup,
                                                         okr_unit_get_id (g_ptr_array_index (units, i)));
      for (guint j = 0; j < objectives->len; j++)
        {
          OkrObjective *o = g_ptr_array_index (objectives, j);
          GPtrArray *krs = okr_rollup_get_key_results (rollup, okr_objective_get_id (o));
          for (guint k = 0; k < krs->len; k++)
            func (o, g_ptr_array_index (krs, k), user_data);
        }
    }
}

static void
count_status (OkrObjective *o, OkrKeyResult *kr, gpointer user_data)
{
  OkrChartStatusData *data = user_data;
  data->counts[okr_key_result_get_status (kr)]++;
}

OkrChartStatusData *
okr_chart_status_data_for_unit (OkrRollup *rollup, gint64 unit_id)
{
  OkrChartStatusData *data = g_new0 (OkrChartStatusData, 1);

  data->target = target (OKR_CHART_TARGET_UNIT, unit_id);
  foreach_kr (rollup, unit_id, count_status, data);
  return data;
}

static void
count_score (OkrObjective *o, OkrKeyResult *kr, gpointer user_data)
{
  OkrChartScoresData *data = user_data;
  double score = okr_key_result_get_score (kr);

  if (isnan (score))
    data->unscored++;
  else if (okr_objective_get_aspirational (o))
    data->aspirational[okr_math_score_bucket (score)]++;
  else
    data->committed[okr_math_score_bucket (score)]++;
}

OkrChartScoresData *
okr_chart_scores_data_for_unit (OkrRollup *rollup, gint64 unit_id)
{
  OkrChartScoresData *data = okr_chart_scores_data_new ();

  foreach_kr (rollup, unit_id, count_score, data);
  return data;
}

/* ───────────────────────── heatmap ───────────────────────── */

/* The weekly confidence of the cycle's (and its inner cycles') objectives, by unit: the
 * summary kept in the file (schema v4, confidence_weeks), one row per objective and week
 * with check-ins, never the check-ins themselves. */
static const char heatmap_sql[] =
  "SELECT o.unit_id, w.week, w.total, w.n "
  "FROM objectives o "
  "JOIN confidence_weeks w ON w.objective_id = o.id AND w.week BETWEEN ?2 AND ?3 "
  "WHERE o.deleted = 0 AND (o.cycle_id = ?1 OR o.cycle_id IN "
  "  (SELECT id FROM cycles WHERE parent_id = ?1 AND deleted = 0))";

char *
okr_chart_heatmap_query_plan (OkrStore *store)
{
  g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", heatmap_sql, NULL);
  sqlite3 *handle = okr_db_get_handle (_okr_store_get_db (store));
  sqlite3_stmt *stmt = NULL;
  GString *plan = g_string_new (NULL);

  if (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));
  sqlite3_finalize (stmt);
  return g_string_free (plan, FALSE);
}

/* A unit's own check-ins, week by week, before they are added to the rows above it. */
typedef struct {
  gint64  unit_id;
  double *sums;
  guint  *counts;
} UnitWeeks;

static void
unit_weeks_clear (gpointer p)
{
  UnitWeeks *w = p;

  g_free (w->sums);
  g_free (w->counts);
}

/* Reads the weeks from @first on into one UnitWeeks per unit that has any. */
static GArray *
heatmap_read (OkrStore *store, OkrCycle *cycle, gint32 first, guint n_weeks, GError **error)
{
  g_autoptr(GArray) units = g_array_new (FALSE, TRUE, sizeof (UnitWeeks));
  g_autoptr(GHashTable) index_of = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                          NULL);
  OkrDb *db = _okr_store_get_db (store);
  sqlite3_stmt *stmt = okr_db_prepare (db, heatmap_sql, error);
  UnitWeeks *current = NULL;
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  g_array_set_clear_func (units, unit_weeks_clear);
  sqlite3_bind_int64 (stmt, 1, okr_cycle_get_id (cycle));
  sqlite3_bind_int64 (stmt, 2, first);
  sqlite3_bind_int64 (stmt, 3, first + (gint64) n_weeks - 1);
  while (okr_db_step (db, stmt, &has_row, error) && has_row)
    {
      gint64 unit = sqlite3_column_int64 (stmt, 0);
      guint week = (guint) (sqlite3_column_int64 (stmt, 1) - first);

      /* Rows come objective by objective: most follow one of the same unit. */
      if (current == NULL || current->unit_id != unit)
        {
          gpointer at;

          if (!g_hash_table_lookup_extended (index_of, &unit, NULL, &at))
            {
              UnitWeeks fresh = { unit, g_new0 (double, n_weeks), g_new0 (guint, n_weeks) };

              g_array_append_val (units, fresh);
              at = GUINT_TO_POINTER (units->len - 1);
              g_hash_table_insert (index_of, g_memdup2 (&unit, sizeof unit), at);
            }
          current = &g_array_index (units, UnitWeeks, GPOINTER_TO_UINT (at));
        }
      current->sums[week] += sqlite3_column_double (stmt, 2);
      current->counts[week] += (guint) sqlite3_column_int64 (stmt, 3);
    }
  sqlite3_reset (stmt);
  if (error != NULL && *error != NULL)
    return NULL;
  return g_steal_pointer (&units);
}

/* Columns are calendar weeks, Monday to Sunday, from the week the cycle starts in to the
 * week it ends in: the weeks a team checks in by. */
OkrChartHeatmapData *
okr_chart_heatmap_data_for_unit (OkrStore *store, OkrRollup *rollup, gint64 unit_id,
                                 GError **error)
{
  OkrCycle *cycle = okr_rollup_get_cycle (rollup);
  gint32 first = okr_date_get_week (okr_cycle_get_start (cycle));
  gint32 last = okr_date_get_week (okr_cycle_get_end (cycle));
  OkrDate today_date = okr_rollup_get_today (rollup);
  gint32 today = okr_date_is_valid (today_date) ? okr_date_get_week (today_date) : G_MININT32;
  guint n_weeks = (guint) MAX (1, last - first + 1);
  OkrChartHeatmapData *data = okr_chart_heatmap_data_new (okr_date_week_start (
                                                            okr_cycle_get_start (cycle)),
                                                          n_weeks);
  g_autoptr(GPtrArray) units = okr_chart_data_subtree (rollup, unit_id);
  g_autoptr(GHashTable) row_of = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) read = NULL;
  g_autofree double *sums = NULL;
  guint base;

  if (today >= first && today <= last)
    data->today_week = today - first;
  if (units->len == 0)
    return data;
  base = okr_unit_get_depth (g_ptr_array_index (units, 0));
  for (guint i = 0; i < units->len; i++)
    {
      OkrUnit *u = g_ptr_array_index (units, i);
      okr_chart_heatmap_data_add_row (data, okr_unit_get_name (u), okr_unit_get_depth (u) - base,
                                      target (OKR_CHART_TARGET_UNIT, okr_unit_get_id (u)));
      g_hash_table_insert (row_of, (gpointer) &((OkrUnit *) g_ptr_array_index (units, i))->id,
                           GUINT_TO_POINTER (i + 1));
    }
  sums = g_new0 (double, units->len * n_weeks);

  read = heatmap_read (store, cycle, first, n_weeks, error);
  if (read == NULL)
    {
      okr_chart_heatmap_data_free (data);
      return NULL;
    }
  for (guint j = 0; j < read->len; j++)
    {
      const UnitWeeks *w = &g_array_index (read, UnitWeeks, j);

      /* The unit's row, and every row above it: a department counts its teams. */
      for (OkrUnit *u = okr_rollup_find_unit (rollup, w->unit_id); u != NULL;
           u = okr_rollup_find_unit (rollup, okr_unit_get_parent_id (u)))
        {
          guint row = GPOINTER_TO_UINT (g_hash_table_lookup (row_of, &u->id));
          if (row > 0)
            {
              OkrChartHeatmapRow *r = g_ptr_array_index (data->rows, row - 1);
              for (guint week = 0; week < n_weeks; week++)
                {
                  sums[(row - 1) * n_weeks + week] += w->sums[week];
                  r->count[week] += w->counts[week];
                }
            }
          if (okr_unit_get_id (u) == unit_id || okr_unit_get_parent_id (u) == 0)
            break;
        }
    }
  for (guint i = 0; i < data->rows->len; i++)
    {
      OkrChartHeatmapRow *r = g_ptr_array_index (data->rows, i);
      for (guint k = 0; k < n_weeks; k++)
          if (r->count[k] > 0)
          /* within the scale even for a file whose sums were made by someone else */
          r->mean[k] = CLAMP (sums[i * n_weeks + k] / r->count[k], 1.0, 10.0);
    }
  return data;
}

/* ───────────────────────── alignment ───────────────────────── */

OkrChartAlignmentData *
okr_chart_alignment_data_for_unit (OkrRollup *rollup, gint64 unit_id)
{
  OkrChartAlignmentData *data = okr_chart_alignment_data_new ();
  g_autoptr(GPtrArray) units = okr_chart_data_subtree (rollup, unit_id);
  g_autoptr(GHashTable) node_of = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint base;

  if (units->len == 0)
    return data;
  base = okr_unit_get_depth (g_ptr_array_index (units, 0));
  for (guint i = 0; i < units->len; i++)
    {
      OkrUnit *u = g_ptr_array_index (units, i);
      GPtrArray *objectives = okr_rollup_get_objectives (rollup, okr_unit_get_id (u));

      for (guint j = 0; j < objectives->len; j++)
        {
          OkrObjective *o = g_ptr_array_index (objectives, j);
          OkrChartAlignmentNode node = { 0 };

          node.id = okr_objective_get_id (o);
          node.title = g_strdup (okr_objective_get_title (o));
          node.unit_name = g_strdup (okr_unit_get_name (u));
          node.level = okr_unit_get_depth (u) - base;
          node.progress = okr_objective_get_progress (o);
          node.status = okr_objective_get_status (o);
          node.parent = -1;
          node.parent_anchor = -1;
          g_array_append_val (data->nodes, node);
          g_hash_table_insert (node_of, (gpointer) &((OkrObjective *) o)->id,
                               GUINT_TO_POINTER (data->nodes->len));
        }
    }

  /* Links: to an objective shown, or to a KR of one (which becomes an anchor on it). */
  for (guint i = 0; i < data->nodes->len; i++)
    {
      OkrChartAlignmentNode *node = &g_array_index (data->nodes, OkrChartAlignmentNode, i);
      OkrObjective *o = okr_rollup_find_objective (rollup, node->id);
      gint64 parent_objective = okr_objective_get_align_objective_id (o);
      gint64 parent_kr = okr_objective_get_align_kr_id (o);
      OkrKeyResult *kr = parent_kr != 0 ? okr_rollup_find_key_result (rollup, parent_kr) : NULL;
      guint p;

      if (kr != NULL)
        parent_objective = okr_key_result_get_objective_id (kr);
      p = GPOINTER_TO_UINT (g_hash_table_lookup (node_of, &parent_objective));
      if (p == 0 || p - 1 == i)
        continue;
      node->parent = (int) p - 1;
      if (kr != NULL)
        {
          OkrChartAlignmentNode *parent = &g_array_index (data->nodes, OkrChartAlignmentNode,
                                                          p - 1);
          OkrChartAnchor anchor = { parent_kr, NULL, okr_key_result_get_progress (kr) };

          if (parent->anchors == NULL)
            parent->anchors = g_array_new (FALSE, TRUE, sizeof (OkrChartAnchor));
          for (guint k = 0; k < parent->anchors->len; k++)
            if (g_array_index (parent->anchors, OkrChartAnchor, k).id == parent_kr)
              node->parent_anchor = (int) k;
          if (node->parent_anchor < 0)
            {
              anchor.title = g_strdup (okr_key_result_get_title (kr));
              g_array_append_val (parent->anchors, anchor);
              node->parent_anchor = (int) parent->anchors->len - 1;
            }
        }
    }
  return data;
}

/* ───────────────────────── any chart ───────────────────────── */

static OkrChart *
chart_for_unit (OkrChartKind kind, gpointer data, const char *title, OkrUnit *unit,
                OkrRollup *rollup)
{
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", okr_unit_get_name (unit),
                                               okr_cycle_get_name (okr_rollup_get_cycle (rollup)));
  return okr_chart_new (kind, data, title, subtitle);
}

static const char *
units_title (OkrRollup *rollup, gint64 unit_id)
{
  GPtrArray *children = okr_rollup_get_unit_children (rollup, unit_id);
  gboolean departments = children->len > 0, teams = children->len > 0;

  for (guint i = 0; i < children->len; i++)
    {
      OkrUnitKind kind = okr_unit_get_kind (g_ptr_array_index (children, i));
      departments &= kind == OKR_UNIT_DEPARTMENT;
      teams &= kind == OKR_UNIT_TEAM;
    }
  if (departments)
    return _("Departments compared");
  if (teams)
    return _("Teams compared");
  return _("Units compared");
}

OkrChart *
okr_chart_build (OkrChartKind kind, OkrStore *store, OkrRollup *rollup,
                 const OkrChartScope *scope, GError **error)
{
  gint64 unit_id = scope != NULL && scope->unit_id != 0 ? scope->unit_id
                                                         : okr_chart_data_top_unit (rollup);
  OkrCycle *cycle;
  OkrUnit *unit;

  g_return_val_if_fail (OKR_IS_STORE (store), NULL);
  g_return_val_if_fail (OKR_IS_ROLLUP (rollup), NULL);

  cycle = okr_rollup_get_cycle (rollup);
  unit = okr_rollup_find_unit (rollup, unit_id);
  if (unit == NULL)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND,
                           _("The document has no units yet."));
      return NULL;
    }

  switch (kind)
    {
    case OKR_CHART_RING:
      if (scope != NULL && scope->objective_id != 0)
        {
          OkrObjective *o = okr_rollup_find_objective (rollup, scope->objective_id);
          g_autofree char *subtitle = NULL;

          if (o == NULL)
            {
              g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND,
                           _("That objective is not in %s."), okr_cycle_get_name (cycle));
              return NULL;
            }
          unit = okr_rollup_find_unit (rollup, okr_objective_get_unit_id (o));
          subtitle = g_strdup_printf ("%s · %s", unit != NULL ? okr_unit_get_name (unit) : "",
                                      okr_cycle_get_name (cycle));
          return okr_chart_new (kind, okr_chart_ring_data_for_objective (rollup,
                                                                         scope->objective_id),
                                okr_objective_get_title (o), subtitle);
        }
      return chart_for_unit (kind, okr_chart_ring_data_for_unit (rollup, unit_id),
                             _("Progress"), unit, rollup);
    case OKR_CHART_OBJECTIVES:
      return chart_for_unit (kind, okr_chart_objectives_data_for_unit (rollup, unit_id),
                             _("Objectives and key results"), unit, rollup);
    case OKR_CHART_UNITS:
      return chart_for_unit (kind, okr_chart_units_data_for_unit (rollup, unit_id),
                             units_title (rollup, unit_id), unit, rollup);
    case OKR_CHART_PACE:
      {
        OkrChartPaceData *data;
        OkrKeyResult *kr;
        OkrObjective *o;
        g_autofree char *subtitle = NULL;

        if (scope == NULL || scope->kr_id == 0)
          {
            g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                                 _("The pace chart is drawn for one key result: name it."));
            return NULL;
          }
        data = okr_chart_pace_data_for_kr (store, rollup, scope->kr_id, error);
        if (data == NULL)
          return NULL;
        kr = okr_rollup_find_key_result (rollup, scope->kr_id);
        o = okr_rollup_find_objective (rollup, okr_key_result_get_objective_id (kr));
        unit = o != NULL ? okr_rollup_find_unit (rollup, okr_objective_get_unit_id (o)) : NULL;
        subtitle = g_strdup_printf ("%s · %s", unit != NULL ? okr_unit_get_name (unit) : "",
                                    okr_cycle_get_name (cycle));
        return okr_chart_new (kind, data, okr_key_result_get_title (kr), subtitle);
      }
    case OKR_CHART_STATUS:
      return chart_for_unit (kind, okr_chart_status_data_for_unit (rollup, unit_id),
                             _("Key results by status"), unit, rollup);
    case OKR_CHART_HEATMAP:
      {
        OkrChartHeatmapData *data = okr_chart_heatmap_data_for_unit (store, rollup, unit_id,
                                                                     error);
        if (data == NULL)
          return NULL;
        return chart_for_unit (kind, data, _("Confidence by week"), unit, rollup);
      }
    case OKR_CHART_SCORES:
      return chart_for_unit (kind, okr_chart_scores_data_for_unit (rollup, unit_id),
                             _("Score distribution"), unit, rollup);
    case OKR_CHART_ALIGNMENT:
      return chart_for_unit (kind, okr_chart_alignment_data_for_unit (rollup, unit_id),
                             _("Alignment map"), unit, rollup);
    default:
      g_return_val_if_reached (NULL);
    }
}
