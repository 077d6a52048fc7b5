/* SPDX-License-Identifier: GPL-3.0-or-later */
/* screenshooter — renders Cascade's window to a PNG, for build-aux/screenshots and for
 * reviewing a change by eye. Not installed.
 *
 *   screenshooter --doc FILE [--unit U] [--cycle C] [--width W] [--height H] [--dark]
 *                 [--action NAME[:STRING]]... [--dialog] [--type FIELD:TEXT]...
 *                 [--today YYYY-MM-DD] --out FILE.png
 *
 * With --dialog the picture is of the window the actions opened (an editor), at W × H.
 * --type fills a field (by widget name) of that window, or of the main window, first, as a
 * leader would. --today pins the day progress is expected for, for pictures that stay the
 * same from one day to the next.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>

#include "okr-application.h"
#include "okr-window.h"

static char *doc, *unit, *cycle, *out, *today;
static char **actions;
static char **typed;
static gboolean dialog;
static int width = 1200, height = 760;
static gboolean dark;

/* The window opened last over the main one: an editor or a dialog. */
static GtkWidget *
find_dialog (GtkWidget *main_window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (GTK_WIDGET (w) != main_window && gtk_widget_get_visible (GTK_WIDGET (w)) &&
          gtk_window_get_transient_for (w) == GTK_WINDOW (main_window))
        found = GTK_WIDGET (w);
    }
  return found;
}

static GtkWidget *
find_named (GtkWidget *widget, const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_named (c, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
save_png (gpointer data)
{
  GtkWidget *main_window = data;
  GtkWidget *window = dialog ? find_dialog (main_window) : main_window;

  if (window == NULL)
    {
      g_printerr ("screenshooter: the actions opened no window\n");
      window = main_window;
    }
  GdkPaintable *paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int w = gtk_widget_get_width (window), h = gtk_widget_get_height (window);
  GskRenderNode *node;
  GdkTexture *texture;

  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  if (!gdk_texture_save_to_png (texture, out))
    g_printerr ("screenshooter: could not write %s\n", out);
  g_object_unref (texture);
  gsk_render_node_unref (node);
  g_object_unref (paintable);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (main_window))));
  return G_SOURCE_REMOVE;
}

/* Types into the opened window's fields, then waits for it to settle. */
static gboolean
type_fields (gpointer data)
{
  GtkWidget *main_window = data;
  GtkWidget *window = dialog ? find_dialog (main_window) : main_window;

  if (window != NULL)
    {
      for (guint i = 0; typed != NULL && typed[i] != NULL; i++)
        {
          g_auto(GStrv) parts = g_strsplit (typed[i], ":", 2);
          GtkWidget *field = find_named (window, parts[0]);

          if (field == NULL || parts[1] == NULL)
            g_printerr ("screenshooter: no field %s\n", parts[0]);
          else if (GTK_IS_EDITABLE (field))
            gtk_editable_set_text (GTK_EDITABLE (field), parts[1]);
          else if (ADW_IS_COMBO_ROW (field))
            adw_combo_row_set_selected (ADW_COMBO_ROW (field), atoi (parts[1]));
          else if (GTK_IS_SWITCH (field))
            gtk_switch_set_active (GTK_SWITCH (field), g_str_equal (parts[1], "on"));
        }
    }
  g_timeout_add (700, save_png, main_window);
  return G_SOURCE_REMOVE;
}

static gboolean
run_actions (gpointer data)
{
  GtkWidget *window = data;

  if (unit != NULL)
    gtk_widget_activate_action (window, "win.select-unit", "s", unit);
  for (guint i = 0; actions != NULL && actions[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (actions[i], ":", 2);
      if (parts[1] != NULL)
        gtk_widget_activate_action (window, parts[0], "s", parts[1]);
      else
        gtk_widget_activate_action (window, parts[0], NULL);
    }
  g_timeout_add (300, type_fields, window);
  return G_SOURCE_REMOVE;
}

static void
on_dialog_show (GtkWindow *window)
{
  gtk_window_set_default_size (window, width, height);
}

/* A window opened by the actions gets the size asked for, as it is first shown (after its
 * own code chose a default). */
static void
on_toplevels_changed (GListModel *toplevels, guint position, guint removed, guint added,
                      gpointer main_window)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (GTK_WIDGET (w) != main_window)
        g_signal_connect (w, "show", G_CALLBACK (on_dialog_show), NULL);
    }
}

static void
on_activate (GApplication *app)
{
  OkrWindow *window = okr_window_new (OKR_APPLICATION (app));

  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);
  if (dialog)
    g_signal_connect (gtk_window_get_toplevels (), "items-changed",
                      G_CALLBACK (on_toplevels_changed), window);
  else
    if (dialog)
    g_signal_connect (gtk_window_get_toplevels (), "items-changed",
                      G_CALLBACK (on_toplevels_changed), window);
  else
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  if (!okr_window_open_path (window, doc))
    g_printerr ("screenshooter: could not open %s\n", doc);
  if (cycle != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.select-cycle", "s", cycle);
  g_timeout_add (500, run_actions, window);
  g_signal_stop_emission_by_name (app, "activate");
}

int
main (int argc, char *argv[])
{
  const GOptionEntry entries[] = {
    { "doc", 0, 0, G_OPTION_ARG_FILENAME, &doc, "Document", "FILE" },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit, "Unit to select", "U" },
    { "cycle", 0, 0, G_OPTION_ARG_STRING, &cycle, "Cycle to select", "C" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width", "W" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Window height", "H" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { "action", 0, 0, G_OPTION_ARG_STRING_ARRAY, &actions, "Window action to run", "NAME[:S]" },
    { "dialog", 0, 0, G_OPTION_ARG_NONE, &dialog, "Picture the window the actions open", NULL },
    { "type", 0, 0, G_OPTION_ARG_STRING_ARRAY, &typed, "Fill a field of that window",
      "FIELD:TEXT" },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today, "The day to show progress for", "YYYY-MM-DD" },
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &out, "PNG to write", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  const char *localedir = g_getenv ("CASCADE_LOCALEDIR");
  g_autoptr(OkrApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || doc == NULL || out == NULL)
    {
      g_printerr ("screenshooter: %s\n", error != NULL ? error->message : "--doc and --out are needed");
      return 2;
    }

  if (today != NULL)
    {
      OkrDate day;
      if (!okr_date_parse_iso (today, &day))
        {
          g_printerr ("screenshooter: --today takes a date like 2027-02-15\n");
          return 2;
        }
      okr_date_set_today (day);
    }
  app = okr_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  {
    char *args[] = { argv[0], NULL };
    return g_application_run (G_APPLICATION (app), 1, args);
  }
}
