/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-due.h"
#include "okr-reminder.h"
#include "okr-settings.h"
#include "okr-window.h"

/* When Cascade starts, and again at each check-in moment while it runs, every open document
 * with key results due for a check-in gets one notification ("5 key results are due for a
 * check-in") that opens the wizard. A moment is reminded of once: the day of the last
 * reminder is kept in the settings. */
struct _OkrReminder {
  GApplication *app;       /* not owned: the application owns the reminder */
  GSettings    *settings;
  guint         timeout;
};

/* Starting up, the windows open their documents first. */
#define FIRST_CHECK_SECONDS 2

/**
 * okr_reminder_count_due:
 * @due_day: (out) (optional): the day of the last check-in moment
 *
 * How many key results are due in @store at @now: mine when I am known in the document,
 * else everyone's.
 */
guint
okr_reminder_count_due (OkrStore *store, GSettings *settings, gint64 now, GTimeZone *zone,
                        OkrDate *due_day)
{
  g_autoptr(GPtrArray) due = NULL;
  OkrCheckinTime time;
  OkrDate day;

  okr_checkin_time_from_settings (&time, settings);
  day = okr_due_day (&time, now, zone);
  if (due_day != NULL)
    *due_day = day;
  due = okr_due_list (store, day, 0, okr_settings_get_me (settings, store), NULL);
  return due != NULL ? due->len : 0;
}

/* The notification for one document; its default action opens the wizard on it. */
GNotification *
okr_reminder_notification (OkrStore *store, guint n_due)
{
  g_autofree char *title = g_strdup_printf (ngettext ("%u key result is due for a check-in",
                                                      "%u key results are due for a check-in",
                                                      n_due), n_due);
  g_autofree char *name = g_filename_display_basename (okr_sync_document_path (store));
  /* Translators: the body of the check-in reminder; %s is a document's file name. */
  g_autofree char *body = g_strdup_printf (_("In “%s”. The weekly check-in takes a couple of "
                                             "minutes."), name);
  GNotification *notification = g_notification_new (title);
  GVariant *target = g_variant_new_string (okr_sync_document_path (store));

  g_notification_set_body (notification, body);
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_NORMAL);
  g_notification_set_default_action_and_target_value (notification, "app.checkin", target);
  g_notification_add_button_with_target_value (notification, _("Check In"), "app.checkin",
                                               g_variant_new_string (okr_sync_document_path (store)));
  return notification;
}

static gboolean check_and_reschedule (gpointer data);

static void
schedule (OkrReminder *self)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  OkrCheckinTime time;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 wait;

  g_clear_handle_id (&self->timeout, g_source_remove);
  okr_checkin_time_from_settings (&time, self->settings);
  wait = okr_due_next_moment (&time, now, zone) - now;
  self->timeout = g_timeout_add_seconds ((guint) CLAMP (wait, 1, 8 * 24 * 3600),
                                         check_and_reschedule, self);
}

/* Sends what is due now, for every open document. */
void
okr_reminder_check (OkrReminder *self)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autofree char *last = g_settings_get_string (self->settings, "last-checkin-reminder");
  gint64 now = okr_due_now (zone);
  gboolean sent = FALSE;
  OkrDate day = OKR_DATE_NONE;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self->app)); l; l = l->next)
    {
      OkrStore *store = OKR_IS_WINDOW (l->data) ? okr_window_get_store (l->data) : NULL;
      g_autoptr(GNotification) notification = NULL;
      g_autofree char *id = NULL, *iso = NULL;
      guint n;

      if (store == NULL || okr_store_is_read_only (store))
        continue;
      n = okr_reminder_count_due (store, self->settings, now, zone, &day);
      /* A new moment has come: the due badges change too. */
      if (okr_window_get_due_day (l->data) != day)
        gtk_widget_activate_action (l->data, "win.reload", NULL);
      iso = okr_date_to_iso (day);
      if (n == 0 || g_strcmp0 (last, iso) == 0)
        continue;
      notification = okr_reminder_notification (store, n);
      id = g_strconcat ("checkin-", okr_sync_document_path (store), NULL);
      g_application_send_notification (self->app, id, notification);
      sent = TRUE;
    }
  if (sent)
    {
      g_autofree char *iso = okr_date_to_iso (day);
      g_settings_set_string (self->settings, "last-checkin-reminder", iso);
    }
}

static gboolean
check_and_reschedule (gpointer data)
{
  OkrReminder *self = data;

  self->timeout = 0;
  okr_reminder_check (self);
  schedule (self);
  return G_SOURCE_REMOVE;
}

static void
on_time_changed (GSettings *settings, const char *key, OkrReminder *self)
{
  schedule (self);
}

/* Checks shortly after start-up, then at every check-in moment. */
OkrReminder *
okr_reminder_new (GApplication *app, GSettings *settings)
{
  OkrReminder *self = g_new0 (OkrReminder, 1);

  self->app = app;
  self->settings = g_object_ref (settings);
  g_signal_connect (settings, "changed::checkin-day", G_CALLBACK (on_time_changed), self);
  g_signal_connect (settings, "changed::checkin-time", G_CALLBACK (on_time_changed), self);
  self->timeout = g_timeout_add_seconds (FIRST_CHECK_SECONDS, check_and_reschedule, self);
  return self;
}

void
okr_reminder_free (OkrReminder *self)
{
  if (self == NULL)
    return;
  g_clear_handle_id (&self->timeout, g_source_remove);
  g_signal_handlers_disconnect_by_data (self->settings, self);
  g_object_unref (self->settings);
  g_free (self);
}
