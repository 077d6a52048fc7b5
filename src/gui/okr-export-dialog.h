/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-export-dialog.h — charts and the deck out of Cascade: files, the clipboard, paper */
#pragma once

#include <gtk/gtk.h>

#include "okr-chart.h"
#include "okr-store.h"

G_BEGIN_DECLS

/* Asks for a format (PNG, SVG, PDF), a size (1920 × 1080, 1280 × 720, as on screen), a
 * scale and a theme, then where to save. */
void okr_export_chart_dialog (GtkWidget *parent, OkrChart *chart, int screen_width,
                              int screen_height);
/* Asks for the audience's language and a theme, then where to save the 16:9 PDF. */
void okr_export_deck_dialog  (GtkWidget *parent, OkrStore *store, gint64 cycle_id);
void okr_print_chart         (GtkWidget *parent, OkrChart *chart);
void okr_copy_chart          (GtkWidget *widget, OkrChart *chart);

G_END_DECLS
