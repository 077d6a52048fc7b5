/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "okr-checkin.h"
#include "okr-key-result.h"

G_BEGIN_DECLS

#define OKR_TYPE_CHECKIN_ROW (okr_checkin_row_get_type ())
G_DECLARE_FINAL_TYPE (OkrCheckinRow, okr_checkin_row, OKR, CHECKIN_ROW, GtkWidget)

GtkWidget *okr_checkin_row_new  (void);
void       okr_checkin_row_bind (OkrCheckinRow *self, OkrCheckin *checkin, OkrKeyResult *kr,
                                 const char *author, gboolean show_key_result,
                                 gboolean can_retract);

G_END_DECLS
