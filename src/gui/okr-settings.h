/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-settings.h — the preferences that the window, the wizard and the reminders share */
#pragma once

#include <gio/gio.h>

#include "okr-due.h"
#include "okr-store.h"

G_BEGIN_DECLS

gint64  okr_settings_get_me      (GSettings *settings, OkrStore *store);
void    okr_settings_set_me      (GSettings *settings, OkrStore *store, gint64 person_id);
OkrDate okr_settings_get_due_day (GSettings *settings);

G_END_DECLS
