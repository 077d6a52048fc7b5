/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "okr-types.h"

G_BEGIN_DECLS

#define OKR_TYPE_METER_BAR (okr_meter_bar_get_type ())
G_DECLARE_FINAL_TYPE (OkrMeterBar, okr_meter_bar, OKR, METER_BAR, GtkWidget)

GtkWidget *okr_meter_bar_new          (void);
void       okr_meter_bar_set_value    (OkrMeterBar *self, double fraction, OkrStatus status);
double     okr_meter_bar_get_fraction (OkrMeterBar *self);
OkrStatus  okr_meter_bar_get_status   (OkrMeterBar *self);

G_END_DECLS
