/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "okr-application.h"
#include "okr-sync.h"
#include "okr-demo.h"
#include "okr-glyph-warmup.h"
#include "okr-preferences-window.h"
#include "okr-preload.h"
#include "okr-reminder.h"
#include "okr-store.h"
#include "okr-window.h"

struct _OkrApplication {
  AdwApplication parent_instance;
  GSettings     *settings;
  gboolean       reminders;   /* the real app reminds; tests and tools do not */
  OkrReminder   *reminder;
  char          *startup_path; /* the document the command line will open, if any */
  OkrPreload    *preload;      /* that document, opened while the interface starts */
};

G_DEFINE_FINAL_TYPE (OkrApplication, okr_application, ADW_TYPE_APPLICATION)

/* The language the interface speaks: "vi" or "en". */
const char *
okr_application_get_language (void)
{
  const char *const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "vi"))
        return "vi";
      if (g_str_has_prefix (names[i], "en") || g_str_equal (names[i], "C"))
        return "en";
    }
  return "en";
}

/* The demo lives in our own data folder, one per language, made on first use and never
 * overwritten afterwards: a leader may have started editing it. */
char *
okr_application_dup_demo_path (const char *lang)
{
  g_autofree char *name = g_strdup_printf ("demo-%s.okr", lang);
  return g_build_filename (g_get_user_data_dir (), "cascade", name, NULL);
}

/* An empty window if one is open and showing nothing, else a new one. A new window is not
 * shown yet: its caller gives it its document first, then presents it, so that its first
 * frame is the document's (not the start page's, then the document's). */
static OkrWindow *
window_for_document (OkrApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (OKR_IS_WINDOW (l->data) && okr_window_get_store (l->data) == NULL)
      return l->data;
  return okr_window_new (self);
}

static void
open_demo (OkrApplication *self)
{
  const char *lang = okr_application_get_language ();
  g_autofree char *path = okr_application_dup_demo_path (lang);
  g_autofree char *dir = g_path_get_dirname (path);
  OkrWindow *window = window_for_document (self);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OkrStore) store = NULL;

      g_mkdir_with_parents (dir, 0700);
      store = okr_store_create (path, okr_demo_company_name (lang), &error);
      if (store != NULL && !okr_demo_fill (store, lang, okr_date_today (), &error))
        {
          g_clear_object (&store);
          g_unlink (path);
        }
      if (store == NULL)
        {
          okr_window_show_error (window, _("The demo could not be created"), error->message);
          return;
        }
    }
  okr_window_open_path (window, path);
  gtk_window_present (GTK_WINDOW (window));
}

static void
okr_application_activate (GApplication *app)
{
  OkrApplication *self = OKR_APPLICATION (app);
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_autofree char *last = NULL;
  OkrWindow *window;

  if (windows != NULL)
    {
      gtk_window_present (windows->data);
      return;
    }

  window = okr_window_new (self);
  last = g_settings_get_string (self->settings, "last-document");
  if (last != NULL && *last != '\0' && g_file_test (last, G_FILE_TEST_EXISTS))
    okr_window_open_path (window, last);
  gtk_window_present (GTK_WINDOW (window));
}

static void
okr_application_open (GApplication *app, GFile **files, int n_files, const char *hint)
{
  OkrApplication *self = OKR_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);
      OkrWindow *window = okr_window_find_document (self, path);

      if (window == NULL)
        {
          window = window_for_document (self);
          okr_window_open_path (window, path);
        }
      gtk_window_present (GTK_WINDOW (window));
    }
}

/* The document okr_application_command_line () will open for @options, if it exists. */
static char *
startup_document (OkrApplication *self, GVariantDict *options)
{
  g_auto(GStrv) files = NULL;
  char *path = NULL;

  if (g_variant_dict_contains (options, "demo"))
    path = okr_application_dup_demo_path (okr_application_get_language ());
  else if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &files) &&
           files[0] != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[0]);
      path = g_file_get_path (file);
    }
  else
    path = g_settings_get_string (self->settings, "last-document");
  if (path != NULL && !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    g_clear_pointer (&path, g_free);
  return path;
}

static int
okr_application_handle_local_options (GApplication *app, GVariantDict *options)
{
  OkrApplication *self = OKR_APPLICATION (app);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("cascade %s\n", PACKAGE_VERSION);
      return 0;
    }
  /* Opened in startup () if this process turns out to be the one that shows it. */
  g_free (self->startup_path);
  self->startup_path = startup_document (self, options);
  return -1;
}

static int
okr_application_command_line (GApplication *app, GApplicationCommandLine *cmdline)
{
  GVariantDict *options = g_application_command_line_get_options_dict (cmdline);
  g_auto(GStrv) files = NULL;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &files);
  if (g_variant_dict_contains (options, "demo"))
    open_demo (OKR_APPLICATION (app));
  else if (files != NULL && files[0] != NULL)
    {
      guint n = g_strv_length (files);
      g_autofree GFile **gfiles = g_new0 (GFile *, n);

      for (guint i = 0; i < n; i++)
        gfiles[i] = g_application_command_line_create_file_for_arg (cmdline, files[i]);
      okr_application_open (app, gfiles, (int) n, "");
      for (guint i = 0; i < n; i++)
        g_object_unref (gfiles[i]);
    }
  else
    g_application_activate (app);
  /* a document start-up opened that no window took */
  g_clear_pointer (&OKR_APPLICATION (app)->preload, okr_preload_free);
  return 0;
}

/**
 * okr_application_preload:
 * @path: the document a window is about to open
 *
 * Starts opening @path in a thread (okr-preload.h), for the next okr_window_open_path ()
 * of @path; a document this replaces is closed.
 */
void
okr_application_preload (OkrApplication *self, const char *path)
{
  g_return_if_fail (OKR_IS_APPLICATION (self));
  g_clear_pointer (&self->preload, okr_preload_free);
  self->preload = okr_preload_start (path);
}

/**
 * okr_application_take_preload:
 * @sync: (out): the document, or %NULL with @error set when it could not be opened
 * @rollup: (out): the roll-up of its cycle current today, or %NULL
 *
 * Returns: %TRUE when okr_application_preload () had started opening @path: it is then
 *   waited for and handed over, once
 */
gboolean
okr_application_take_preload (OkrApplication *self, const char *path, OkrSync **sync,
                              OkrRollup **rollup, GError **error)
{
  g_return_val_if_fail (OKR_IS_APPLICATION (self), FALSE);

  if (self->preload == NULL || g_strcmp0 (okr_preload_get_path (self->preload), path) != 0)
    return FALSE;
  *sync = okr_preload_finish (g_steal_pointer (&self->preload), rollup, error);
  return TRUE;
}

static void
apply_color_scheme (OkrApplication *self)
{
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      g_str_equal (scheme, "dark") ? ADW_COLOR_SCHEME_FORCE_DARK
                                      : g_str_equal (scheme, "light") ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                      : ADW_COLOR_SCHEME_DEFAULT);
}

static void
okr_application_startup (GApplication *app)
{
  OkrApplication *self = OKR_APPLICATION (app);

  /* Edits a crash left unpublished in a working copy reach their sync folder now, before
   * the document start-up shows is opened: it may be one of them. */
  okr_sync_publish_left_behind (NULL);
  /* GTK's own start keeps one processor busy for most of start-up: that document is opened
   * meanwhile, on another (okr-preload.h). */
  if (self->startup_path != NULL)
    okr_application_preload (self, self->startup_path);

  /* GTK is started here rather than in the chain-up below (gtk_init () does it once), so
   * that the first window's letters are drawn on another processor (okr-glyph-warmup.h)
   * while libadwaita loads its style sheet and the window is built. */
  gtk_init ();
  okr_glyph_warmup_start ();
  G_APPLICATION_CLASS (okr_application_parent_class)->startup (app);

  apply_color_scheme (self);
  g_signal_connect_swapped (self->settings, "changed::color-scheme",
                            G_CALLBACK (apply_color_scheme), self);
  if (self->reminders)
    self->reminder = okr_reminder_new (app, self->settings);
}

static void
okr_application_shutdown (GApplication *app)
{
  OkrApplication *self = OKR_APPLICATION (app);

  g_clear_pointer (&self->reminder, okr_reminder_free);
  g_clear_pointer (&self->preload, okr_preload_free);
  G_APPLICATION_CLASS (okr_application_parent_class)->shutdown (app);
}

static void
okr_application_finalize (GObject *object)
{
  OkrApplication *self = OKR_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->preload, okr_preload_free);
  g_free (self->startup_path);
  G_OBJECT_CLASS (okr_application_parent_class)->finalize (object);
}

static void
okr_application_class_init (OkrApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = okr_application_finalize;
  app_class->activate = okr_application_activate;
  app_class->open = okr_application_open;
  app_class->startup = okr_application_startup;
  app_class->shutdown = okr_application_shutdown;
  app_class->command_line = okr_application_command_line;
  app_class->handle_local_options = okr_application_handle_local_options;
}

/* ───────────────────────── app actions ───────────────────────── */

static void
on_new_window (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  gtk_window_present (GTK_WINDOW (okr_window_new (OKR_APPLICATION (user_data))));
}

static void
on_open_demo (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  open_demo (OKR_APPLICATION (user_data));
}

static void
on_about (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Cascade developers", NULL };
  AdwAboutWindow *about = ADW_ABOUT_WINDOW (adw_about_window_new ());

  gtk_window_set_transient_for (GTK_WINDOW (about), gtk_application_get_active_window (app));
  adw_about_window_set_application_name (about, _("Cascade"));
  adw_about_window_set_application_icon (about, APPLICATION_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Cascade developers"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_website (about, "https://github.com/cascadeokr/cascade");
  adw_about_window_set_issue_url (about, "https://github.com/cascadeokr/cascade/issues");
  adw_about_window_set_copyright (about, "© 2026 The Cascade developers");
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_comments (about, _("Draft the quarter’s OKRs from the company down to "
                                          "every team, check in every week, score the quarter "
                                          "and make the all-hands slides — offline, in one file "
                                          "you own."));
  /* Translators: your names, one per line, to be credited in the About window. */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  gtk_window_present (GTK_WINDOW (about));
}

static void
on_preferences (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  OkrApplication *self = OKR_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  OkrStore *store = OKR_IS_WINDOW (parent) ? okr_window_get_store (OKR_WINDOW (parent)) : NULL;

  gtk_window_present (GTK_WINDOW (okr_preferences_window_new (parent, self->settings, store)));
}

/* The check-in reminder's action: the wizard over that document, opened if need be. */
static void
on_checkin (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  OkrApplication *self = OKR_APPLICATION (user_data);
  const char *path = g_variant_get_string (param, NULL);
  OkrWindow *window = okr_window_find_document (self, path);

  if (window == NULL)
    {
      window = window_for_document (self);
      if (!okr_window_open_path (window, path))
        {
          gtk_window_present (GTK_WINDOW (window));
          return;
        }
    }
  gtk_window_present (GTK_WINDOW (window));
  okr_window_start_checkin (window, TRUE);
}

static void
on_quit (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);

  /* Closing each window lets it save its size and close its document cleanly. */
  for (GList *l = gtk_application_get_windows (app); l != NULL;)
    {
      GtkWindow *window = l->data;
      l = l->next;
      gtk_window_close (window);
    }
}

static const GActionEntry app_actions[] = {
  { "new-window", on_new_window },
  { "open-demo", on_open_demo },
  { "about", on_about },
  { "preferences", on_preferences },
  { "checkin", on_checkin, "s" },
  { "quit", on_quit },
};

static void
okr_application_init (OkrApplication *self)
{
  static const GOptionEntry options[] = {
    { "demo", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open the demo document (made on first use)"),
      NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
    { NULL }
  };
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.new-window", { "<Control><Shift>n", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "win.checkin", { "<Control>i", NULL } },
    { "win.new-document", { "<Control>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.close", { "<Control>w", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.reload", { "F5", "<Control>r", NULL } },
    { "win.focus-units", { "<Alt>1", NULL } },
    { "win.next-cycle", { "<Control>Page_Down", NULL } },
    { "win.previous-cycle", { "<Control>Page_Up", NULL } },
    { "win.new-objective", { "<Control><Shift>o", NULL } },
    { "win.new-key-result('')", { "<Control><Shift>k", NULL } },
    { "win.find", { "<Control>f", NULL } },
    { "win.show-view('cascade')", { "<Control>1", NULL } },
    { "win.show-view('checkins')", { "<Control>2", NULL } },
    { "win.show-view('quality')", { "<Control>3", NULL } },
  };

  self->settings = g_settings_new (APPLICATION_ID);
  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);
}

OkrApplication *
okr_application_new (void)
{
  return g_object_new (OKR_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/cascadeokr/Cascade",
                       NULL);
}

/* Reminds of the weekly check-in (a notification at the check-in time). Only the real
 * application does: tests and tools that run it must not notify the desktop. */
void
okr_application_enable_reminders (OkrApplication *self)
{
  g_return_if_fail (OKR_IS_APPLICATION (self));
  self->reminders = TRUE;
}

GSettings *
okr_application_get_settings (OkrApplication *self)
{
  g_return_val_if_fail (OKR_IS_APPLICATION (self), NULL);
  return self->settings;
}
