/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-chart-data.h — what each chart shows, gathered from a roll-up (and, for the pace
 * chart and the heatmap, from the check-in history), shared by the GUI, the CLI and the deck */
#pragma once

#include "okr-chart.h"
#include "okr-rollup.h"

G_BEGIN_DECLS

typedef struct {
  gint64 unit_id;        /* 0: the company (the top unit) */
  gint64 objective_id;   /* the ring: this objective rather than the unit */
  gint64 kr_id;          /* the pace chart: this key result */
} OkrChartScope;

/* A chart of @kind for @scope in the roll-up's cycle, with its title and subtitle in the
 * current language. NULL and @error when the scope names nothing in the cycle, or when
 * the pace chart has no key result. Empty data still makes a chart ("No data yet"). */
OkrChart *okr_chart_build (OkrChartKind kind, OkrStore *store, OkrRollup *rollup,
                           const OkrChartScope *scope, GError **error);

/* The same, one kind at a time. Units and objectives must be in the roll-up. */
OkrChartRingData      *okr_chart_ring_data_for_unit      (OkrRollup *rollup, gint64 unit_id);
OkrChartRingData      *okr_chart_ring_data_for_objective (OkrRollup *rollup,
                                                          gint64 objective_id);
OkrChartBarsData      *okr_chart_objectives_data_for_unit (OkrRollup *rollup, gint64 unit_id);
/* The unit's children, side by side. */
OkrChartBarsData      *okr_chart_units_data_for_unit     (OkrRollup *rollup, gint64 unit_id);
/* The KR's check-ins (one query on its own history) over its objective's cycle. */
OkrChartPaceData      *okr_chart_pace_data_for_kr        (OkrStore *store, OkrRollup *rollup,
                                                          gint64 kr_id, GError **error);
/* Key results of the unit and of the units below it. */
OkrChartStatusData    *okr_chart_status_data_for_unit    (OkrRollup *rollup, gint64 unit_id);
OkrChartScoresData    *okr_chart_scores_data_for_unit    (OkrRollup *rollup, gint64 unit_id);
/* One aggregate query over the cycle's check-ins: never loads them one by one. */
OkrChartHeatmapData   *okr_chart_heatmap_data_for_unit   (OkrStore *store, OkrRollup *rollup,
                                                          gint64 unit_id, GError **error);
OkrChartAlignmentData *okr_chart_alignment_data_for_unit (OkrRollup *rollup, gint64 unit_id);
/* SQLite's plan for the heatmap's read, a line per step (for tests). */
char                  *okr_chart_heatmap_query_plan      (OkrStore *store);

/* The unit and the units below it, in tree order (borrowed). */
GPtrArray *okr_chart_data_subtree (OkrRollup *rollup, gint64 unit_id);
/* The top unit of the roll-up, 0 when there is none. */
gint64     okr_chart_data_top_unit (OkrRollup *rollup);

G_END_DECLS
