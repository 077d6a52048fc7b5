/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "okr-store.h"

G_BEGIN_DECLS

#define OKR_TYPE_PREFERENCES_WINDOW (okr_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (OkrPreferencesWindow, okr_preferences_window, OKR, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *okr_preferences_window_new (GtkWindow *parent, GSettings *settings, OkrStore *store);

G_END_DECLS
