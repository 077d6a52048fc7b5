/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "okr-unit.h"

G_BEGIN_DECLS

#define OKR_TYPE_UNIT_ROW (okr_unit_row_get_type ())
G_DECLARE_FINAL_TYPE (OkrUnitRow, okr_unit_row, OKR, UNIT_ROW, GtkWidget)

GtkWidget *okr_unit_row_new  (void);
void       okr_unit_row_bind (OkrUnitRow *self, GtkTreeListRow *row, OkrUnit *unit,
                              double expected);
void       okr_unit_row_set_due (OkrUnitRow *self, guint n_due);

G_END_DECLS
