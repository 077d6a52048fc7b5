/* SPDX-License-Identifier: GPL-3.0-or-later */
/* screenshooter — renders Cascade's window to a PNG, for build-aux/screenshots and for
 * reviewing a change by eye. Not installed.
 *
 *   screenshooter --doc FILE [--unit U] [--cycle C] [--width W] [--height H] [--dark]
 *                 [--setting KEY=GVARIANT]... [--action NAME[:STRING]]... [--dialog]
 *                 [--type FIELD:TEXT]... [--step KIND:ARG]... [--toplevel]
 *                 [--today YYYY-MM-DD] --out FILE.png
 *
 * With --dialog the picture is of the window the actions opened (an editor), at W × H.
 * --type fills a field (by widget name) of that window, or of the main window, first, as a
 * leader would. Steps run in order after that, on the newest window (a wizard or a dialog
 * the actions opened, else the main window): "action:NAME[:STRING]" or
 * "action-int:NAME:N" activates an action, "type:TEXT" puts TEXT in the focused text
 * field. --toplevel saves that newest window instead of the main one, at its own size.
 * --today pins the day progress is expected for, for pictures that stay the same from one
 * day to the next.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "okr-application.h"
#include "okr-language.h"
#include "okr-window.h"

static char *doc, *unit, *cycle, *out, *today;
static char **actions, **steps, **settings, **typed;
static gboolean dialog;
static int width = 1200, height = 760;
static gboolean dark, toplevel;

/* The window shown last: a wizard or dialog over the main window, or the main window. */
static GtkWidget *
newest_window (GtkWidget *main_window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *newest = main_window;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);
      if (w != main_window && gtk_widget_get_visible (w) &&
          gtk_window_get_transient_for (GTK_WINDOW (w)) != NULL)
        newest = w;
    }
  return newest;
}

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
  GtkWidget *window = dialog ? find_dialog (main_window)
                      : toplevel ? newest_window (main_window) : main_window;

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

static void
run_step (GtkWidget *main_window, const char *step)
{
  GtkWidget *target = newest_window (main_window);
  g_auto(GStrv) parts = g_strsplit (step, ":", 3);

  if (g_str_equal (parts[0], "type") && parts[1] != NULL)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (target));
      g_autofree char *text = g_strdup (step + strlen ("type:"));
      if (focus != NULL && GTK_IS_EDITABLE (focus))
        gtk_editable_set_text (GTK_EDITABLE (focus), text);
      else
        g_printerr ("screenshooter: nothing to type into for %s\n", step);
    }
  else if (g_str_equal (parts[0], "action-int") && parts[1] != NULL && parts[2] != NULL)
    gtk_widget_activate_action (target, parts[1], "i", atoi (parts[2]));
  else if (g_str_equal (parts[0], "action") && parts[1] != NULL && parts[2] != NULL)
    gtk_widget_activate_action (target, parts[1], "s", parts[2]);
  else if (g_str_equal (parts[0], "action") && parts[1] != NULL)
    gtk_widget_activate_action (target, parts[1], NULL);
  else
    g_printerr ("screenshooter: unknown step %s\n", step);
}

static gboolean
run_steps_then_save (gpointer data)
{
  GtkWidget *main_window = data;

  for (guint i = 0; steps != NULL && steps[i] != NULL; i++)
    run_step (main_window, steps[i]);
  g_timeout_add (700, save_png, main_window);
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
  run_steps_then_save (main_window);
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

/* Preferences as given on the command line, e.g. me={'<document id>': '<person id>'}. */
static void
apply_settings (OkrApplication *app)
{
  GSettings *gsettings = okr_application_get_settings (app);

  for (guint i = 0; settings != NULL && settings[i] != NULL; i++)
    {
      g_auto(GStrv) kv = g_strsplit (settings[i], "=", 2);
      g_autoptr(GSettingsSchema) schema = NULL;
      g_autoptr(GSettingsSchemaKey) key = NULL;
      g_autoptr(GVariant) value = NULL;

      g_object_get (gsettings, "settings-schema", &schema, NULL);
      if (kv[1] == NULL || !g_settings_schema_has_key (schema, kv[0]))
        {
          g_printerr ("screenshooter: no setting %s\n", settings[i]);
          continue;
        }
      key = g_settings_schema_get_key (schema, kv[0]);
      value = g_variant_parse (g_settings_schema_key_get_value_type (key), kv[1], NULL, NULL,
                               NULL);
      if (value == NULL || !g_settings_set_value (gsettings, kv[0], value))
        g_printerr ("screenshooter: bad value in %s\n", settings[i]);
    }
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
  OkrWindow *window;

  apply_settings (OKR_APPLICATION (app));
  window = okr_window_new (OKR_APPLICATION (app));

  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);
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
    { "step", 0, 0, G_OPTION_ARG_STRING_ARRAY, &steps, "Step on the newest window", "KIND:ARG" },
    { "toplevel", 0, 0, G_OPTION_ARG_NONE, &toplevel, "Save the newest window", NULL },
    { "setting", 0, 0, G_OPTION_ARG_STRING_ARRAY, &settings, "Set a preference first",
      "KEY=GVARIANT" },
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
  /* The deck can be exported in another language than the interface's. */
  okr_language_prepare ();

  app = okr_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  {
    char *args[] = { argv[0], NULL };
    return g_application_run (G_APPLICATION (app), 1, args);
  }
}
