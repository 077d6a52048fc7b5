/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-sparkline-area.h — the core's sparkline in a drawing area */
#pragma once

#include <gtk/gtk.h>

#include "okr-sparkline.h"

G_BEGIN_DECLS

GtkWidget *okr_sparkline_area_new (int width, int height);
void       okr_sparkline_area_set (GtkWidget *area, const OkrSparkPoint *points, guint n_points,
                                   OkrDate cycle_start, OkrDate cycle_end, gboolean show_pace,
                                   OkrStatus status);

G_END_DECLS
