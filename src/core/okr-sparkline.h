/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-sparkline.h — a key result's check-ins over its cycle, against the expected pace
 *
 * Small enough for a wizard page, large enough for a history header: progress over time
 * as a line in the status colour, the pace a cycle expects as a dashed diagonal (not for key
 * results that are done-or-not or held, where a pace means nothing), and the target as a
 * faint rule. Draws into any cairo_t, so the charts can reuse or replace it.
 */
#pragma once

#include <cairo.h>

#include "okr-date.h"
#include "okr-types.h"

G_BEGIN_DECLS

typedef struct {
  OkrDate date;
  double  progress;  /* raw: 1.0 is the target; may leave [0, 1] */
} OkrSparkPoint;

void okr_sparkline_draw (cairo_t *cr, double width, double height, const OkrSparkPoint *points,
                         guint n_points, OkrDate cycle_start, OkrDate cycle_end,
                         gboolean show_pace, OkrStatus status, gboolean dark);

G_END_DECLS
