/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-chart-theme.h — light or dark charts: the "chart-theme" setting, or the app's style */
#pragma once

#include <gio/gio.h>

#include "okr-chart.h"

G_BEGIN_DECLS

#define OKR_TYPE_CHART_THEME (okr_chart_theme_get_type ())
G_DECLARE_FINAL_TYPE (OkrChartTheme, okr_chart_theme, OKR, CHART_THEME, GObject)

/* One for the application; "notify::dark" when the setting or the app's style changes. */
OkrChartTheme *okr_chart_theme_get_default (void);
gboolean       okr_chart_theme_get_dark    (OkrChartTheme *self);
/* The style to draw with. On screen a chart in the app's own style is drawn on the card's
 * background; a forced other style brings its own. */
void           okr_chart_theme_init_style  (OkrChartTheme *self, OkrChartStyle *style,
                                            gboolean on_screen);

G_END_DECLS
