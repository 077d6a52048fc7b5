/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "okr-view.h"

G_BEGIN_DECLS

#define OKR_TYPE_CASCADE_VIEW (okr_cascade_view_get_type ())
G_DECLARE_FINAL_TYPE (OkrCascadeView, okr_cascade_view, OKR, CASCADE_VIEW, AdwBin)

GtkWidget  *okr_cascade_view_new       (void);
GListModel *okr_cascade_view_get_model (OkrCascadeView *self);

G_END_DECLS
