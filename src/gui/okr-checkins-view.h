/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "okr-date.h"
#include "okr-view.h"

G_BEGIN_DECLS

#define OKR_TYPE_CHECKINS_VIEW (okr_checkins_view_get_type ())
G_DECLARE_FINAL_TYPE (OkrCheckinsView, okr_checkins_view, OKR, CHECKINS_VIEW, AdwBin)

GtkWidget  *okr_checkins_view_new             (void);
void        okr_checkins_view_show_key_result (OkrCheckinsView *self, gint64 kr_id);
void        okr_checkins_view_show_week       (OkrCheckinsView *self, OkrDate first_day);
GListModel *okr_checkins_view_get_model       (OkrCheckinsView *self);
gboolean    okr_checkins_view_retract         (OkrCheckinsView *self, gint64 checkin_id,
                                               const char *reason, GError **error);

G_END_DECLS
