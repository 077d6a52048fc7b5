/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-people-window.c — everyone in the document: add someone, or open one to edit or
 * remove; the list follows the document as it changes */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-people-window.h"
#include "okr-person-editor.h"
#include "okr-store-read.h"

typedef struct {
  OkrWindow           *window;
  OkrStore            *store;
  AdwPreferencesGroup *group;
  GPtrArray           *rows;
} PeopleWindow;

static void
people_window_free (gpointer data)
{
  PeopleWindow *p = data;

  g_signal_handlers_disconnect_by_data (p->store, p);
  g_object_unref (p->store);
  g_ptr_array_unref (p->rows);
  g_free (p);
}

static void
on_person_activated (AdwActionRow *row, PeopleWindow *p)
{
  okr_person_editor_new (p->window,
                         (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "id")));
}

static void
fill (PeopleWindow *p)
{
  g_autoptr(GPtrArray) people = okr_store_list_people (p->store, NULL);

  for (guint i = 0; i < p->rows->len; i++)
    adw_preferences_group_remove (p->group, p->rows->pdata[i]);
  g_ptr_array_set_size (p->rows, 0);
  for (guint i = 0; people != NULL && i < people->len; i++)
    {
      OkrPerson *person = people->pdata[i];
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), okr_person_get_name (person));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), okr_person_get_email (person));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("avatar-default-symbolic"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "id", GSIZE_TO_POINTER (okr_person_get_id (person)));
      g_signal_connect (row, "activated", G_CALLBACK (on_person_activated), p);
      adw_preferences_group_add (p->group, row);
      g_ptr_array_add (p->rows, row);
    }
  adw_preferences_group_set_description (p->group,
                                         people != NULL && people->len > 0 ? NULL
                                         : _("No one yet. Add the people who own objectives "
                                             "and key results."));
}

static void
on_store_changed (OkrStore *store, guint entities, PeopleWindow *p)
{
  if (entities & (1u << OKR_ENTITY_PERSON))
    fill (p);
}

static void
on_add (GtkButton *button, PeopleWindow *p)
{
  okr_person_editor_new (p->window, 0);
}

GtkWidget *
okr_people_window_new (OkrWindow *window)
{
  PeopleWindow *p = g_new0 (PeopleWindow, 1);
  GtkWidget *dialog = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkWidget *page = adw_preferences_page_new ();

  p->window = window;
  p->store = g_object_ref (okr_window_get_store (window));
  p->rows = g_ptr_array_new ();
  p->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 480, 600);
  gtk_window_set_title (GTK_WINDOW (dialog), _("People"));
  gtk_widget_set_name (add, "add-person");
  gtk_widget_set_tooltip_text (add, _("Add Person"));
  g_signal_connect (add, "clicked", G_CALLBACK (on_add), p);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), add);
  gtk_box_append (GTK_BOX (box), header);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), p->group);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (dialog), box);

  g_object_set_data_full (G_OBJECT (dialog), "people", p, people_window_free);
  g_signal_connect (p->store, "changed", G_CALLBACK (on_store_changed), p);
  fill (p);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
