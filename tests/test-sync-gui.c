/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A document in a Syncthing folder, opened in the window under Xvfb: edits are published
 * moments later, copies other machines leave beside it are merged and the header says so
 * (with who changed what), a shared file that can't be written leaves the changes safe in
 * the working copy, and the switch "This file is shared through a sync folder" works. */
#include "config.h"

#include <glib/gstdio.h>

#include "okr-application.h"
#include "okr-store-edits.h"
#include "okr-store-read.h"
#include "okr-sync-indicator.h"
#include "okr-window.h"
#include "sync-util.h"

/* Far longer than publishing and merging take; the test fails rather than hangs. */
#define WAIT_MS 15000

typedef struct {
  char *dir;       /* the Syncthing folder */
  char *path;      /* the shared document in it */
  char *elsewhere; /* where other machines edit their copies */
  char *working;   /* the private working copy */
} Fixture;

static void
iterate (void)
{
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

static OkrSyncIndicator *
find_indicator (GtkWidget *widget)
{
  if (OKR_IS_SYNC_INDICATOR (widget))
    return OKR_SYNC_INDICATOR (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      OkrSyncIndicator *found = find_indicator (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
timed_out (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop (the file monitor, the publish timer) until the header says @text. */
#define wait_for_text(indicator, text) wait_for_text_at (__LINE__, (indicator), (text))
static void
wait_for_text_at (int line, OkrSyncIndicator *indicator, const char *text)
{
  gboolean late = FALSE;
  guint timer = g_timeout_add (WAIT_MS, timed_out, &late);

  while (g_strcmp0 (okr_sync_indicator_get_text (indicator), text) != 0 && !late)
    g_main_context_iteration (NULL, TRUE);
  if (late)
    g_error ("line %d: the header still says “%s”, not “%s”", line,
             okr_sync_indicator_get_text (indicator), text);
  g_source_remove (timer);
  iterate ();
}

/* Every line of text the indicator's popover shows, one per line. */
static void
collect_labels (GtkWidget *widget, GString *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child))
      collect_labels (child, text);
}

static char *
popover_text (OkrSyncIndicator *indicator)
{
  GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (indicator));
  GString *text = g_string_new (NULL);

  g_assert_true (GTK_IS_MENU_BUTTON (button));
  collect_labels (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button))), text);
  return g_string_free (text, FALSE);
}

/* No -wal, -shm, -journal or temporary file is ever left in the sync folder. */
static void
assert_folder_clean (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_true (g_str_equal (name, ".stfolder") || g_str_equal (name, "acme.okr"));
}

/* Closes the message dialog titled @heading, which must be there. */
static void
close_message_dialog (const char *heading)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) &&
        g_strcmp0 (adw_message_dialog_get_heading (l->data), heading) == 0)
      {
        gtk_window_destroy (l->data);
        return;
      }
  g_error ("no dialog “%s”", heading);
}

/* Machine @machine's copy of the shared file, with a person and a unit added, dropped
 * into the sync folder under @name as its sync client would. */
static void
drop_copy (Fixture *f, guint machine, const char *person, const char *name)
{
  g_autofree char *copy = g_build_filename (f->elsewhere, name, NULL);
  g_autofree char *target = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  sync_util_copy (f->path, copy);
  sync_util_become (machine);
  {
    g_autoptr(OkrStore) store = okr_store_open (copy, OKR_STORE_OPEN_DEFAULT, &error);
    g_assert_no_error (error);
    okr_store_add_person (store, person, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (okr_store_close (store, &error));
  }
  sync_util_become (1);
  g_assert_cmpint (g_rename (copy, target), ==, 0);
}

static void
scenario (OkrWindow *window, Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *marker = g_build_filename (f->dir, ".stfolder", NULL);
  g_autofree char *working = NULL;
  g_autofree char *text = NULL;
  g_autofree char *merged_folder = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *before = NULL;
  OkrSyncIndicator *indicator = find_indicator (GTK_WIDGET (window));
  OkrSync *sync;
  OkrStore *store;
  int min, nat;

  g_assert_nonnull (indicator);
  g_assert_true (g_file_set_contents (marker, "", 0, NULL));
  sync_util_make_company (f->path);

  /* Opened through a private working copy; the header says the file holds everything. */
  g_assert_true (okr_window_open_path (window, f->path));
  sync = okr_window_get_sync (window);
  g_assert_true (okr_sync_is_shared (sync));
  g_assert_cmpstr (okr_sync_get_service (sync), ==, "Syncthing");
  working = g_strdup (okr_sync_get_working_path (sync));
  f->working = g_strdup (working);
  g_assert_true (g_str_has_prefix (working, g_get_user_data_dir ()));
  g_assert_true (g_file_test (working, G_FILE_TEST_EXISTS));
  okr_sync_set_delay (sync, 50);
  store = okr_window_get_store (window);
  /* Names shown and reminders point at the shared file, never at the working copy. */
  g_assert_cmpstr (okr_store_get_path (store), ==, working);
  g_assert_cmpstr (okr_sync_document_path (store), ==, f->path);
  g_assert_cmpstr (okr_sync_indicator_get_text (indicator), ==, "Saved");
  g_assert_true (g_variant_get_boolean (g_action_group_get_action_state (
    G_ACTION_GROUP (window), "shared")));

  /* The indicator is one icon-sized button, never a sentence, and its header bar still fits
   * a 360 px window. */
  gtk_widget_measure (GTK_WIDGET (indicator), GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat,
                      NULL, NULL);
  g_assert_cmpint (nat, <=, 48);
  gtk_widget_measure (gtk_widget_get_ancestor (GTK_WIDGET (indicator), ADW_TYPE_HEADER_BAR),
                      GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_assert_cmpint (min, <=, 360);

  /* An edit: "Publishing…" at once, then the shared file holds it. */
  okr_store_add_unit (store, okr_store_get_root_unit (store), "Marketing", OKR_UNIT_DEPARTMENT,
                      &error);
  g_assert_no_error (error);
  g_assert_cmpstr (okr_sync_indicator_get_text (indicator), ==, "Publishing…");
  wait_for_text (indicator, "Saved");
  {
    g_autofree char *mine = sync_util_export (store);
    g_autofree char *shared = sync_util_export_file (f->path);
    sync_util_assert_same (mine, shared);
    g_assert_nonnull (strstr (shared, "Marketing"));
  }
  assert_folder_clean (f);

  /* Another machine's conflict copy appears behind the window's back: merged, moved aside,
   * published, and the popover says who added what. */
  drop_copy (f, 2, "Hoa", "acme.sync-conflict-20270114-101500-ABCDEFG.okr");
  wait_for_text (indicator, "Merged changes from 1 other copy");
  g_assert_cmpint (sync_util_count (store, "people", "name = 'Hoa'"), ==, 1);
  text = popover_text (indicator);
  g_assert_nonnull (strstr (text, "machine-2 added “Hoa”."));
  g_assert_nonnull (strstr (text, "Merged changes from 1 other copy"));
  g_assert_nonnull (strstr (text, "Show Merged Copies"));
  merged_folder = okr_sync_dup_merged_folder (sync);
  moved = g_build_filename (merged_folder, "acme.sync-conflict-20270114-101500-ABCDEFG.okr",
                            NULL);
  g_assert_true (g_file_test (moved, G_FILE_TEST_EXISTS));
  g_unlink (moved);

  /* Two at once, in Dropbox's and Nextcloud's naming: the plural. */
  drop_copy (f, 2, "Minh Anh", "acme (Lan's conflicted copy 2027-01-14).okr");
  drop_copy (f, 3, "Quang", "acme (conflicted copy 2027-01-14 101500).okr");
  wait_for_text (indicator, "Merged changes from 2 other copies");
  g_clear_pointer (&text, g_free);
  text = popover_text (indicator);
  g_assert_nonnull (strstr (text, "machine-2 added “Minh Anh”."));
  g_assert_nonnull (strstr (text, "machine-3 added “Quang”."));
  while (okr_sync_get_state (sync) != OKR_SYNC_SAVED)
    g_main_context_iteration (NULL, TRUE);
  {
    g_autofree char *shared = sync_util_export_file (f->path);
    g_assert_nonnull (strstr (shared, "Minh Anh"));
    g_assert_nonnull (strstr (shared, "Quang"));
  }
  assert_folder_clean (f);

  /* Another machine publishes over the shared file itself (no conflict copy): merged, and
   * nothing was moved aside. */
  {
    g_autofree char *copy = g_build_filename (f->elsewhere, "published.okr", NULL);
    g_autoptr(OkrStore) theirs = NULL;

    sync_util_copy (f->path, copy);
    sync_util_become (4);
    theirs = okr_store_open (copy, OKR_STORE_OPEN_DEFAULT, &error);
    g_assert_no_error (error);
    okr_store_add_person (theirs, "Linh", NULL, &error);
    g_assert_no_error (error);
    g_assert_true (okr_sync_publish_store (theirs, f->path, &error));
    g_assert_true (okr_store_close (theirs, &error));
    sync_util_become (1);
    g_unlink (copy);
  }
  wait_for_text (indicator, "Merged changes from 1 other copy");
  g_clear_pointer (&text, g_free);
  text = popover_text (indicator);
  g_assert_nonnull (strstr (text, "machine-4 added “Linh”."));
  g_assert_nonnull (strstr (text, "Another computer’s changes arrived through the shared file."));
  g_assert_null (strstr (text, "Show Merged Copies"));
  g_assert_cmpint (sync_util_count (store, "people", "name = 'Linh'"), ==, 1);

  /* The leader's own edit ends the news of the merge. */
  okr_store_add_person (store, "Tuan", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (okr_sync_indicator_get_text (indicator), ==, "Publishing…");
  wait_for_text (indicator, "Saved");
  /* Undone through the window's action: published too. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (okr_sync_indicator_get_text (indicator), ==, "Publishing…");
  wait_for_text (indicator, "Saved");
  {
    g_autoptr(OkrStore) shared = okr_store_open (f->path, OKR_STORE_OPEN_READ_ONLY, &error);
    g_assert_no_error (error);
    g_assert_cmpint (sync_util_count (shared, "people", "name = 'Tuan' AND deleted = 0"), ==, 0);
    g_assert_cmpint (sync_util_count (shared, "people", "name = 'Quang' AND deleted = 0"), ==,
                     1);
  }

  /* The shared file can't be written (a folder took its name): the changes stay in the
   * working copy, and are published once it can be written again. */
  g_assert_cmpint (g_rename (f->path, marker), ==, 0);
  g_assert_cmpint (g_mkdir (f->path, 0700), ==, 0);
  okr_store_add_person (store, "Vy", NULL, &error);
  g_assert_no_error (error);
  wait_for_text (indicator, "The shared file can’t be written — your changes are safe in the "
                            "working copy");
  g_assert_cmpint (sync_util_count (store, "people", "name = 'Vy'"), ==, 1);
  /* Not shared any more? Not while the file can't take what the working copy holds. */
  g_action_group_change_action_state (G_ACTION_GROUP (window), "shared",
                                      g_variant_new_boolean (FALSE));
  g_assert_true (okr_window_get_sync (window) == sync);
  g_assert_true (okr_sync_is_shared (sync));
  g_assert_true (g_variant_get_boolean (g_action_group_get_action_state (
    G_ACTION_GROUP (window), "shared")));
  close_message_dialog ("The Document Stays Shared");
  g_assert_cmpint (g_rmdir (f->path), ==, 0);
  g_assert_cmpint (g_rename (marker, f->path), ==, 0);
  g_assert_true (g_file_set_contents (marker, "", 0, NULL));
  okr_store_add_person (store, "Xuan", NULL, &error);
  g_assert_no_error (error);
  wait_for_text (indicator, "Saved");
  {
    g_autofree char *shared = sync_util_export_file (f->path);
    g_assert_nonnull (strstr (shared, "\"Vy\""));
    g_assert_nonnull (strstr (shared, "Xuan"));
  }

  /* "Not shared": published, then edited in place; the choice is remembered. */
  before = sync_util_export (store);
  g_action_group_change_action_state (G_ACTION_GROUP (window), "shared",
                                      g_variant_new_boolean (FALSE));
  sync = okr_window_get_sync (window);
  g_assert_false (okr_sync_is_shared (sync));
  g_assert_false (g_file_test (working, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (okr_sync_document_path (okr_window_get_store (window)), ==, f->path);
  g_assert_cmpint (okr_sync_get_choice (okr_store_get_document_id (okr_window_get_store (window))),
                   ==, OKR_SYNC_CHOICE_LOCAL);
  {
    g_autofree char *after = sync_util_export (okr_window_get_store (window));
    sync_util_assert_same (before, after);
  }
  g_assert_cmpstr (okr_sync_indicator_get_text (indicator), ==, "Saved");

  /* And shared again: through the working copy, which closing the window publishes. */
  g_action_group_change_action_state (G_ACTION_GROUP (window), "shared",
                                      g_variant_new_boolean (TRUE));
  sync = okr_window_get_sync (window);
  g_assert_true (okr_sync_is_shared (sync));
  g_assert_true (g_file_test (working, G_FILE_TEST_EXISTS));
  okr_sync_set_delay (sync, 600000);
  okr_store_add_person (okr_window_get_store (window), "Yen", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (okr_sync_indicator_get_text (indicator), ==, "Publishing…");
}

static void
on_activate (GApplication *app, Fixture *f)
{
  OkrWindow *window = okr_window_new (OKR_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  scenario (window, f);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_signal_stop_emission_by_name (app, "activate");
}

/* A document in another Syncthing folder whose working copy holds an edit a crash kept
 * from being published. Returns the folder. */
static char *
leave_behind (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("cascade-sync-gui-crashed-XXXXXX", &error);
  g_autofree char *marker = g_build_filename (dir, ".stfolder", NULL);
  g_autofree char *path = g_build_filename (dir, "crashed.okr", NULL);
  OkrSync *sync;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (marker, "", 0, NULL));
  sync_util_make_company (path);
  sync = okr_sync_open (path, OKR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  okr_sync_set_delay (sync, 600000);
  okr_store_add_person (okr_sync_get_store (sync), "Left Behind", NULL, &error);
  g_assert_no_error (error);
  g_object_unref (sync);  /* no close: as if Cascade had crashed */
  return dir;
}

static void
test_sync_header (void)
{
  Fixture f = { 0 };
  g_autoptr(OkrApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *crashed_dir = NULL, *crashed = NULL, *crashed_marker = NULL;
  char *argv[] = { (char *) "test-sync-gui", NULL };

  f.dir = g_dir_make_tmp ("cascade-sync-gui-XXXXXX", &error);
  g_assert_no_error (error);
  f.elsewhere = g_dir_make_tmp ("cascade-sync-gui-other-XXXXXX", &error);
  g_assert_no_error (error);
  f.path = g_build_filename (f.dir, "acme.okr", NULL);
  sync_util_become (1);
  crashed_dir = leave_behind ();
  crashed = g_build_filename (crashed_dir, "crashed.okr", NULL);
  {
    g_autofree char *shared = sync_util_export_file (crashed);
    g_assert_null (strstr (shared, "Left Behind"));
  }

  app = okr_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), &f);
  g_application_run (G_APPLICATION (app), 1, argv);

  /* Starting Cascade published what the crash had left in the other working copy. */
  {
    g_autofree char *shared = sync_util_export_file (crashed);
    g_assert_nonnull (strstr (shared, "Left Behind"));
  }
  crashed_marker = g_build_filename (crashed_dir, ".stfolder", NULL);
  g_unlink (crashed_marker);
  g_unlink (crashed);
  g_rmdir (crashed_dir);

  /* Closing the window published the last edit and removed the working copy. */
  {
    g_autofree char *shared = sync_util_export_file (f.path);
    g_assert_nonnull (strstr (shared, "Yen"));
  }
  assert_folder_clean (&f);
  g_assert_false (g_file_test (f.working, G_FILE_TEST_EXISTS));

  {
    g_autofree char *marker = g_build_filename (f.dir, ".stfolder", NULL);
    g_unlink (marker);
  }
  g_unlink (f.path);
  g_rmdir (f.dir);
  g_rmdir (f.elsewhere);
  g_free (f.path);
  g_free (f.dir);
  g_free (f.elsewhere);
  g_free (f.working);
}

int
main (int argc, char *argv[])
{
  okr_date_set_today (okr_date_from_ymd (2027, 2, 15));
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/gui/sync/header", test_sync_header);
  return g_test_run ();
}
