/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "okr-view.h"

G_BEGIN_DECLS

#define OKR_TYPE_CASCADE_VIEW (okr_cascade_view_get_type ())
G_DECLARE_FINAL_TYPE (OkrCascadeView, okr_cascade_view, OKR, CASCADE_VIEW, AdwBin)

GtkWidget  *okr_cascade_view_new                    (void);
GListModel *okr_cascade_view_get_model              (OkrCascadeView *self);
guint       okr_cascade_view_get_n_live_rows        (OkrCascadeView *self);
guint       okr_cascade_view_get_n_fills            (OkrCascadeView *self);
gint64      okr_cascade_view_get_selected_objective (OkrCascadeView *self);
void        okr_cascade_view_start_search           (OkrCascadeView *self);
void        okr_cascade_view_set_search_text        (OkrCascadeView *self, const char *text);
GListModel *okr_cascade_view_get_search_results     (OkrCascadeView *self);
void        okr_cascade_view_activate_result        (OkrCascadeView *self, guint position);

G_END_DECLS
