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

const char *
okr_widget_get_tooltip (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  return g_object_get_data (G_OBJECT (widget), "okr-tooltip");
}

/* gtk_widget_set_tooltip_text () on a visible widget asks the display where the pointer is
 * (on X11, a round trip that waits for the server to draw what it was sent), so that a
 * tooltip already shown follows the change. A list binds dozens of rows per frame while it
 * scrolls; a row's tooltip is read only when the pointer rests on it. */
static gboolean
on_row_query_tooltip (GtkWidget *widget, int x, int y, gboolean keyboard, GtkTooltip *tooltip,
                      gpointer user_data)
{
  const char *text = okr_widget_get_tooltip (widget);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
okr_widget_set_row_tooltip (GtkWidget *widget, const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (g_signal_handler_find (widget, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_row_query_tooltip,
                             NULL) == 0)
    {
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_row_query_tooltip), NULL);
      gtk_widget_set_has_tooltip (widget, TRUE);
    }
  g_object_set_data_full (G_OBJECT (widget), "okr-tooltip",
                          text != NULL && *text != '\0' ? g_strdup (text) : NULL, g_free);
}

/* gtk_widget_set_tooltip_text () asks even while the window is being built, before anything
 * is on screen: 14 questions, some 3 ms of every start-up on X11. Once the widget is on
 * screen, GTK is asked to look again, so that a tooltip already shown follows the change. */
void
okr_widget_set_tooltip (GtkWidget *widget, const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  okr_widget_set_row_tooltip (widget, text);
  if (okr_widget_get_tooltip (widget) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  if (gtk_widget_get_mapped (widget))
    gtk_widget_trigger_tooltip_query (widget);
}
