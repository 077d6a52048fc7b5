/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "okr-review-item.h"

G_BEGIN_DECLS

#define OKR_TYPE_REVIEW_ROW (okr_review_row_get_type ())
G_DECLARE_FINAL_TYPE (OkrReviewRow, okr_review_row, OKR, REVIEW_ROW, GtkWidget)

GtkWidget *okr_review_row_new    (void);
void       okr_review_row_bind   (OkrReviewRow *self, OkrReviewItem *item);
void       okr_review_row_unbind (OkrReviewRow *self);

void       okr_widget_set_score_class (GtkWidget *widget, double score);

G_END_DECLS
