/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OKR_TYPE_CONFIDENCE_PICKER (okr_confidence_picker_get_type ())
G_DECLARE_FINAL_TYPE (OkrConfidencePicker, okr_confidence_picker, OKR, CONFIDENCE_PICKER,
                      GtkWidget)

GtkWidget  *okr_confidence_picker_new       (void);
int         okr_confidence_picker_get_value (OkrConfidencePicker *self);
void        okr_confidence_picker_set_value (OkrConfidencePicker *self, int value);
const char *okr_confidence_meaning          (int value);

G_END_DECLS
