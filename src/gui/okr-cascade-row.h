/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "okr-rollup.h"

G_BEGIN_DECLS

#define OKR_TYPE_CASCADE_ROW (okr_cascade_row_get_type ())
G_DECLARE_FINAL_TYPE (OkrCascadeRow, okr_cascade_row, OKR, CASCADE_ROW, GtkWidget)

GtkWidget *okr_cascade_row_new         (void);
void       okr_cascade_row_bind        (OkrCascadeRow *self, GtkTreeListRow *row,
                                        OkrRollup *rollup, gint64 shown_unit_id);
void       okr_cascade_row_set_compact (OkrCascadeRow *self, gboolean compact);
void       okr_cascade_row_popup_menu  (OkrCascadeRow *self, double x, double y);
GtkTreeListRow *okr_cascade_row_get_list_row (OkrCascadeRow *self);
void       okr_cascade_row_set_due     (OkrCascadeRow *self, gboolean due);

G_END_DECLS
