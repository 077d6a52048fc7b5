/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-choice-list.h"

/**
 * okr_choice_list_add:
 * @toggled: (nullable): called with @data when the box is ticked or unticked
 *
 * Returns: (transfer none): the expander row, to add key results under and to ask whether
 *   it is chosen
 */
GtkWidget *
okr_choice_list_add (AdwPreferencesGroup *group, const char *title, const char *subtitle,
                     gboolean active, GCallback toggled, gpointer data)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), check);
  if (toggled != NULL)
    g_signal_connect_swapped (check, "toggled", toggled, data);
  g_object_set_data (G_OBJECT (row), "check", check);
  adw_preferences_group_add (group, row);
  return row;
}

void
okr_choice_list_add_child (GtkWidget *choice, const char *title, const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (choice), row);
}

gboolean
okr_choice_list_is_active (GtkWidget *choice)
{
  return gtk_check_button_get_active (g_object_get_data (G_OBJECT (choice), "check"));
}

static void
on_cancel (GtkButton *button, GtkWindow *window)
{
  gtk_window_destroy (window);
}

/**
 * okr_choice_window_new:
 * @action_button: (out): the suggested button, for the caller to connect
 * @page: (out): where the caller adds its groups
 *
 * A modal window with Cancel and an action in its header and a preferences page.
 */
GtkWidget *
okr_choice_window_new (GtkWindow *parent, const char *title, const char *subtitle,
                       const char *action_label, GtkWidget **action_button,
                       AdwPreferencesPage **page)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkShortcutController *keys = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());

  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 620, 680);
  gtk_window_set_title (GTK_WINDOW (window), title);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title,
                                                                                  subtitle));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_widget_set_name (cancel, "cancel");
  g_signal_connect (cancel, "clicked", G_CALLBACK (on_cancel), window);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  *action_button = gtk_button_new_with_mnemonic (action_label);
  gtk_widget_set_name (*action_button, "apply");
  gtk_widget_add_css_class (*action_button, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), *action_button);
  gtk_box_append (GTK_BOX (box), header);
  *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (*page), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*page));
  adw_window_set_content (ADW_WINDOW (window), box);

  gtk_shortcut_controller_set_scope (keys, GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (keys,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape,
                                                                                  0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, GTK_EVENT_CONTROLLER (keys));
  return window;
}
