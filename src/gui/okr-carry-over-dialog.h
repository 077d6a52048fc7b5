/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "okr-window.h"

G_BEGIN_DECLS

#define OKR_TYPE_CARRY_OVER_DIALOG (okr_carry_over_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OkrCarryOverDialog, okr_carry_over_dialog, OKR, CARRY_OVER_DIALOG,
                      AdwWindow)

GtkWidget *okr_carry_over_dialog_new      (OkrWindow *window, OkrRollup *rollup, gint64 unit_id);
guint      okr_carry_over_dialog_count    (OkrCarryOverDialog *self, gboolean chosen);
gboolean   okr_carry_over_dialog_accept   (OkrCarryOverDialog *self);

G_END_DECLS
