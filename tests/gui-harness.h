/* SPDX-License-Identifier: GPL-3.0-or-later */
/* gui-harness.h — what the GUI tests share: each scenario runs in a fresh application with a
 * window, as a user would start Cascade, and drives it through its actions. */
#pragma once

#include <glib/gstdio.h>

#include "okr-application.h"
#include "okr-window.h"

typedef void (*GuiScenario) (OkrWindow *window, gpointer fixture);

typedef struct {
  gpointer    fixture;
  GuiScenario scenario;
} GuiRun;

static void
gui_on_activate (GApplication *app, GuiRun *run)
{
  OkrWindow *window = okr_window_new (OKR_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
  run->scenario (window, run->fixture);
  /* dialogs left open go with the window */
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (l->data != window && gtk_window_get_transient_for (l->data) == GTK_WINDOW (window))
      gtk_window_destroy (l->data);
  gtk_window_destroy (GTK_WINDOW (window));
  /* The application's own handler would open the last document in a new window. */
  g_signal_stop_emission_by_name (app, "activate");
}

static inline void
gui_run_scenario (GuiScenario scenario, gpointer fixture)
{
  GuiRun run = { fixture, scenario };
  g_autoptr(OkrApplication) app = okr_application_new ();
  char *argv[] = { (char *) "cascade-test", NULL };

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  /* a fresh start: no document from an earlier scenario is opened as the last one */
  g_settings_set_string (okr_application_get_settings (app), "last-document", "");
  g_signal_connect (app, "activate", G_CALLBACK (gui_on_activate), &run);
  g_application_run (G_APPLICATION (app), 1, argv);
}

/* Lets the window catch up with what was just done. */
static inline void
gui_iterate (void)
{
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

typedef gboolean (*GuiMatch) (GtkWidget *widget, gconstpointer data);

/* The first widget of @widget's tree (itself included, depth first) that @match accepts. */
static inline GtkWidget *
gui_find (GtkWidget *widget, GuiMatch match, gconstpointer data)
{
  if (match (widget, data))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = gui_find (c, match, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static inline gboolean
gui_is_named (GtkWidget *widget, gconstpointer name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

/* The widget called @name (gtk_widget_set_name) in @widget, or NULL. */
static inline GtkWidget *
gui_find_named (GtkWidget *widget, const char *name)
{
  return gui_find (widget, gui_is_named, name);
}

/* Opens the menu button @button as a click would and returns its popover, which Cascade
 * makes when first opened. */
static inline GtkWidget *
gui_open_menu (GtkWidget *button)
{
  g_assert_true (GTK_IS_MENU_BUTTON (button));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  gui_iterate ();
  g_assert_nonnull (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  return GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
}

/* A path for a test's document, acme.okr in a new folder of its own (@dir). */
static inline char *
gui_temp_document (const char *prefix, char **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strconcat (prefix, "-XXXXXX", NULL);

  *dir = g_dir_make_tmp (template, &error);
  g_assert_no_error (error);
  return g_build_filename (*dir, "acme.okr", NULL);
}

/* Removes that folder with whatever a scenario left in it (exports, copies), and frees both. */
static inline void
gui_remove_document (char *dir, char *path)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (dir);
  g_free (path);
  g_free (dir);
}

/* Opens @path in the window and selects the unit called @unit. */
static inline void
gui_open (OkrWindow *window, const char *path, const char *unit)
{
  g_assert_true (okr_window_open_path (window, path));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-unit", "s", unit);
}
