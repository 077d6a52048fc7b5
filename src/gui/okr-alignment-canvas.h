/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-alignment-canvas.h — the alignment map at its natural size, panned by dragging and
 * zoomed with Ctrl+scroll, a pinch or the view's buttons; a group's chip expands it */
#pragma once

#include <gtk/gtk.h>

#include "okr-chart.h"

G_BEGIN_DECLS

#define OKR_TYPE_ALIGNMENT_CANVAS (okr_alignment_canvas_get_type ())
G_DECLARE_FINAL_TYPE (OkrAlignmentCanvas, okr_alignment_canvas, OKR, ALIGNMENT_CANVAS,
                      GtkWidget)

GtkWidget *okr_alignment_canvas_new        (void);
/* @chart: an OKR_CHART_ALIGNMENT chart; the map is fitted to the widget again. */
void       okr_alignment_canvas_set_chart  (OkrAlignmentCanvas *self, OkrChart *chart);
double     okr_alignment_canvas_get_zoom   (OkrAlignmentCanvas *self);
/* Zooms by @factor around the middle of the widget. */
void       okr_alignment_canvas_zoom_by    (OkrAlignmentCanvas *self, double factor);
/* The whole map in view, no larger than its natural size. */
void       okr_alignment_canvas_fit        (OkrAlignmentCanvas *self);
/* Levels shown (−1: all), each objective's own expand/collapse forgotten. */
void       okr_alignment_canvas_set_level  (OkrAlignmentCanvas *self, int max_level);
/* Expands or collapses what aligns to an objective. */
void       okr_alignment_canvas_toggle     (OkrAlignmentCanvas *self, gint64 objective_id);
/* A click at (x, y) in the widget: toggles a chip, or emits "activate-target". */
gboolean   okr_alignment_canvas_click_at   (OkrAlignmentCanvas *self, double x, double y);
const OkrChartHits *okr_alignment_canvas_get_hits (OkrAlignmentCanvas *self);

G_END_DECLS
