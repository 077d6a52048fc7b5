/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-dashboard-view.h — the selected unit's cycle in charts; a click opens what it shows */
#pragma once

#include <adwaita.h>

#include "okr-chart.h"
#include "okr-view.h"

G_BEGIN_DECLS

#define OKR_TYPE_DASHBOARD_VIEW (okr_dashboard_view_get_type ())
G_DECLARE_FINAL_TYPE (OkrDashboardView, okr_dashboard_view, OKR, DASHBOARD_VIEW, AdwBin)

GtkWidget *okr_dashboard_view_new        (void);
void       okr_dashboard_open_target     (OkrWindow *window, OkrChartTargetKind kind,
                                          gint64 id);
/* The chart widgets shown, in reading order (for tests). */
GPtrArray *okr_dashboard_view_get_charts (OkrDashboardView *self);

G_END_DECLS
