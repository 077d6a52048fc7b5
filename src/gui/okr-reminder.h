/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-reminder.h — the weekly check-in reminder: a notification when check-ins are due */
#pragma once

#include <gio/gio.h>

#include "okr-store.h"

G_BEGIN_DECLS

typedef struct _OkrReminder OkrReminder;

OkrReminder   *okr_reminder_new        (GApplication *app, GSettings *settings);
void           okr_reminder_free       (OkrReminder *self);
void           okr_reminder_check      (OkrReminder *self);

guint          okr_reminder_count_due  (OkrStore *store, GSettings *settings, gint64 now,
                                        GTimeZone *zone, OkrDate *due_day);
GNotification *okr_reminder_notification (OkrStore *store, guint n_due);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkrReminder, okr_reminder_free)

G_END_DECLS
