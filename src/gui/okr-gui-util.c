/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "okr-gui-util.h"

static const char *status_classes[OKR_STATUS_N] = {
  [OKR_STATUS_NOT_STARTED] = "status-not-started",
  [OKR_STATUS_OFF_TRACK] = "status-off-track",
  [OKR_STATUS_AT_RISK] = "status-at-risk",
  [OKR_STATUS_ON_TRACK] = "status-on-track",
  [OKR_STATUS_DONE] = "status-done",
};

const char *
okr_status_css_class (OkrStatus status)
{
  g_return_val_if_fail (status < OKR_STATUS_N, NULL);
  return status_classes[status];
}

/* Replaces whichever status class the widget had: rows are recycled. */
void
okr_widget_set_status_class (GtkWidget *widget, OkrStatus status)
{
  for (guint i = 0; i < OKR_STATUS_N; i++)
    if (i != status)
      gtk_widget_remove_css_class (widget, status_classes[i]);
  gtk_widget_add_css_class (widget, status_classes[status]);
}

/* The person the user said they are in this document (Preferences), or 0: the author of
 * what they write. */
gint64
okr_gui_get_me (OkrStore *store)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GVariant) map = g_settings_get_value (settings, "me");
  char document[OKR_UUID_STRING_LEN + 1];
  const char *person = NULL;
  OkrUuid uuid;
  gint64 id;

  okr_uuid_write (okr_store_get_document_id (store), document);
  if (!g_variant_lookup (map, document, "&s", &person) || !okr_uuid_parse (person, &uuid))
    return 0;
  id = okr_store_lookup_uuid (store, OKR_ENTITY_PERSON, &uuid);
  return okr_store_row_exists (store, OKR_ENTITY_PERSON, id) ? id : 0;
}
