/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "okr-view.h"

G_BEGIN_DECLS

#define OKR_TYPE_REVIEW_VIEW (okr_review_view_get_type ())
G_DECLARE_FINAL_TYPE (OkrReviewView, okr_review_view, OKR, REVIEW_VIEW, AdwBin)

GtkWidget  *okr_review_view_new         (void);
GListModel *okr_review_view_get_model   (OkrReviewView *self);
gint64      okr_review_view_get_selected (OkrReviewView *self);

G_END_DECLS
