/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "okr-application.h"
#include "okr-rollup.h"
#include "okr-store.h"
#include "okr-sync.h"
#include "okr-view.h"

G_BEGIN_DECLS

#define OKR_TYPE_WINDOW (okr_window_get_type ())
G_DECLARE_FINAL_TYPE (OkrWindow, okr_window, OKR, WINDOW, AdwApplicationWindow)

OkrWindow *okr_window_new            (OkrApplication *app);
OkrStore  *okr_window_get_store      (OkrWindow *self);
OkrSync   *okr_window_get_sync       (OkrWindow *self);
OkrRollup *okr_window_get_rollup     (OkrWindow *self);
gint64     okr_window_get_unit_id    (OkrWindow *self);
gint64     okr_window_get_cycle_id   (OkrWindow *self);
gboolean   okr_window_open_path      (OkrWindow *self, const char *path);
void       okr_window_show_error     (OkrWindow *self, const char *title, const char *message);
void       okr_window_show_toast     (OkrWindow *self, const char *message);
void       okr_window_add_toast      (OkrWindow *self, AdwToast *toast);
void       okr_window_show_refusal   (OkrWindow *self, const char *message);
OkrWindow *okr_window_find_document  (OkrApplication *app, const char *path);
GListModel *okr_window_get_objective_model (OkrWindow *self);
GListModel *okr_window_get_unit_model      (OkrWindow *self);
void       okr_window_select_unit    (OkrWindow *self, gint64 unit_id);
void       okr_window_add_view       (OkrWindow *self, GtkWidget *view, const char *name,
                                      const char *title, const char *icon_name);
void       okr_window_show_view      (OkrWindow *self, const char *name);
GtkWidget *okr_window_get_view       (OkrWindow *self, const char *name);
OkrDate    okr_window_get_due_day    (OkrWindow *self);
GtkWidget *okr_window_start_checkin  (OkrWindow *self, gboolean mine);
gint64     okr_window_get_me         (OkrWindow *self);

GMenuModel   *okr_window_get_recent_menu    (OkrWindow *self);

G_END_DECLS
