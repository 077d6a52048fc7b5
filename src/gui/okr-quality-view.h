/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "okr-view.h"

G_BEGIN_DECLS

#define OKR_TYPE_QUALITY_VIEW (okr_quality_view_get_type ())
G_DECLARE_FINAL_TYPE (OkrQualityView, okr_quality_view, OKR, QUALITY_VIEW, AdwBin)

GtkWidget  *okr_quality_view_new       (void);
GListModel *okr_quality_view_get_hints (OkrQualityView *self);
void        okr_quality_view_fix       (OkrQualityView *self, guint position);

G_END_DECLS
