/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-chart-area.h — where a chart is drawn on screen: the core's drawing, with tooltips and
 * clicks from the chart's hit regions */
#pragma once

#include <gtk/gtk.h>

#include "okr-chart.h"

G_BEGIN_DECLS

#define OKR_TYPE_CHART_AREA (okr_chart_area_get_type ())
G_DECLARE_FINAL_TYPE (OkrChartArea, okr_chart_area, OKR, CHART_AREA, GtkWidget)

GtkWidget *okr_chart_area_new       (void);
void       okr_chart_area_set_chart (OkrChartArea *self, OkrChart *chart);
OkrChart  *okr_chart_area_get_chart (OkrChartArea *self);
void       okr_chart_area_set_menu  (OkrChartArea *self, GMenuModel *menu);
/* What a click at (x, y) would open; FALSE when nothing is there. Emits "activate-target". */
gboolean   okr_chart_area_activate_at (OkrChartArea *self, double x, double y);
/* The regions of the last drawing (for tests). */
const OkrChartHits *okr_chart_area_get_hits (OkrChartArea *self);

G_END_DECLS
