/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "okr-checkin-batch.h"

G_BEGIN_DECLS

#define OKR_TYPE_CHECKIN_PAGE (okr_checkin_page_get_type ())
G_DECLARE_FINAL_TYPE (OkrCheckinPage, okr_checkin_page, OKR, CHECKIN_PAGE, GtkWidget)

typedef enum {
  OKR_NOTE_WENT_WELL,
  OKR_NOTE_BLOCKED_BY,
  OKR_NOTE_NEXT_STEP,
} OkrNotePart;

GtkWidget *okr_checkin_page_new            (OkrCheckinBatch *batch, guint index);
guint      okr_checkin_page_get_index      (OkrCheckinPage *self);
gboolean   okr_checkin_page_commit         (OkrCheckinPage *self);
void       okr_checkin_page_focus_value    (OkrCheckinPage *self);
void       okr_checkin_page_set_confidence (OkrCheckinPage *self, int confidence);
void       okr_checkin_page_set_note       (OkrCheckinPage *self, OkrNotePart part,
                                            const char *text);
char      *okr_checkin_page_format_value   (OkrKeyResult *kr, double value);

G_END_DECLS
