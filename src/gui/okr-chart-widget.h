/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-chart-widget.h — a chart on screen, optionally under its title, with Export…, Copy as
 * Image and Print… in its menu (a button in the header, a right click, or Menu on the area)
 *
 *   GtkWidget *w = okr_chart_widget_new ();
 *   okr_chart_widget_set_chart (OKR_CHART_WIDGET (w), chart);   // from okr_chart_build ()
 *   g_signal_connect (w, "activate-target", G_CALLBACK (on_target), self);
 *
 * "activate-target" (int OkrChartTargetKind, gint64 id) tells what was clicked.
 */
#pragma once

#include <gtk/gtk.h>

#include "okr-chart.h"

G_BEGIN_DECLS

#define OKR_TYPE_CHART_WIDGET (okr_chart_widget_get_type ())
G_DECLARE_FINAL_TYPE (OkrChartWidget, okr_chart_widget, OKR, CHART_WIDGET, GtkWidget)

GtkWidget *okr_chart_widget_new         (void);
void       okr_chart_widget_set_chart   (OkrChartWidget *self, OkrChart *chart);
OkrChart  *okr_chart_widget_get_chart   (OkrChartWidget *self);
/* The title, subtitle and menu button over the chart (default: shown). */
void       okr_chart_widget_set_show_header (OkrChartWidget *self, gboolean show);
void       okr_chart_widget_set_show_subtitle (OkrChartWidget *self, gboolean show);
GtkWidget *okr_chart_widget_get_area    (OkrChartWidget *self);

G_END_DECLS
