/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-sync.c — documents in a sync folder: recognising conflict copies, detecting sync
 * folders, atomic publishing (killed at random points), the working copy, merging what
 * other machines publish, and cascade-cli merge and publish */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "okr-store-edits.h"
#include "okr-store-private.h"
#include "okr-sync.h"
#include "sync-util.h"

typedef struct {
  char *dir;
  char *shared_dir;   /* a Syncthing folder */
  char *shared;       /* the shared document in it */
  char *working_dir;
} Tmp;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
tmp_setup (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *marker = NULL;

  tmp->dir = g_dir_make_tmp ("cascade-sync-XXXXXX", &error);
  g_assert_no_error (error);
  tmp->shared_dir = g_build_filename (tmp->dir, "Sync", NULL);
  tmp->working_dir = g_build_filename (tmp->dir, "working", NULL);
  marker = g_build_filename (tmp->shared_dir, ".stfolder", NULL);
  g_mkdir_with_parents (marker, 0700);
  tmp->shared = g_build_filename (tmp->shared_dir, "acme.okr", NULL);
  sync_util_become (1);
  sync_util_make_company (tmp->shared);
}

static void
tmp_teardown (Tmp *tmp, gconstpointer data)
{
  remove_tree (tmp->dir);
  g_free (tmp->dir);
  g_free (tmp->shared_dir);
  g_free (tmp->shared);
  g_free (tmp->working_dir);
}

static char *
in (const char *dir, const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The names in the sync folder, sorted, joined by spaces. */
static char *
listing (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static gint64
first_kr (OkrStore *store)
{
  gint64 id = 0;
  okr_db_query_int (_okr_store_get_db (store), "SELECT id FROM key_results WHERE deleted = 0 "
                    "AND kind = 'number' ORDER BY id LIMIT 1", &id, NULL);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
check_in (OkrStore *store, double value, const char *note)
{
  g_autoptr(GError) error = NULL;
  OkrCheckinSpec spec;

  okr_checkin_spec_init (&spec);
  spec.date = okr_date_from_ymd (2027, 2, 1);
  spec.value = value;
  spec.confidence = 7;
  spec.note = note;
  g_assert_cmpint (okr_store_add_checkin (store, first_kr (store), &spec, &error), >, 0);
  g_assert_no_error (error);
}

/* Another machine: a copy of @from, with a check-in made there, written to @to. */
static void
edit_elsewhere (const char *from, const char *to, guint machine, const char *note)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = NULL;

  sync_util_copy (from, to);
  sync_util_become (machine);
  store = okr_store_open (to, OKR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  check_in (store, 42, note);
  g_assert_true (okr_store_close (store, &error));
  sync_util_become (1);  /* the tests are machine 1 */
}

static gint64
count_notes (const char *path, const char *note)
{
  g_autoptr(OkrStore) store = okr_store_open (path, OKR_STORE_OPEN_READ_ONLY, NULL);
  g_autofree char *where = g_strdup_printf ("note = '%s'", note);
  g_assert_nonnull (store);
  return sync_util_count (store, "checkins", where);
}

/* ───────────────────────── recognising copies ───────────────────────── */

static void
test_conflict_copies (Tmp *tmp, gconstpointer data)
{
  static const char *const ours[] = {
    "acme.sync-conflict-20270114-101500-ABCDEF1.okr",   /* Syncthing */
    "acme (Lan's conflicted copy 2027-01-14).okr",      /* Dropbox */
    "acme (conflicted copy 2027-01-14 101500).okr",     /* Nextcloud */
    "acme-LAPTOP.okr",                                  /* OneDrive */
    "renamed by hand.okr",                              /* whatever the name */
  };
  g_autoptr(OkrStore) store = okr_store_open (tmp->shared, OKR_STORE_OPEN_READ_ONLY, NULL);
  const OkrUuid *id = okr_store_get_document_id (store);
  g_autofree char *other_doc = in (tmp->shared_dir, "acme (conflicted copy 2027-01-15).okr");
  g_autofree char *not_sqlite = in (tmp->shared_dir, "acme.sync-conflict-20270114-1-X.okr");
  g_autofree char *other_app = in (tmp->shared_dir, "acme (Minh's conflicted copy).okr");
  g_autofree char *temp = in (tmp->shared_dir, ".acme.okr.1234abcd.cascade-publish");
  g_autofree char *elsewhere_dir = in (tmp->dir, "elsewhere");
  g_autofree char *elsewhere = in (elsewhere_dir, "acme-LAPTOP.okr");

  for (guint i = 0; i < G_N_ELEMENTS (ours); i++)
    {
      g_autofree char *path = in (tmp->shared_dir, ours[i]);
      sync_util_copy (tmp->shared, path);
      g_assert_true (okr_sync_is_conflict_copy (path, tmp->shared, id));
    }
  g_assert_false (okr_sync_is_conflict_copy (tmp->shared, tmp->shared, id));

  /* Look-alikes: another Cascade document, a file that is not SQLite, another program's
   * SQLite file, our own temporary file, a copy in another folder. */
  g_object_unref (okr_store_create (other_doc, "Acme", NULL));
  g_assert_false (okr_sync_is_conflict_copy (other_doc, tmp->shared, id));
  g_assert_true (g_file_set_contents (not_sqlite, "SQLite format 3 but not really", -1, NULL));
  g_assert_false (okr_sync_is_conflict_copy (not_sqlite, tmp->shared, id));
  {
    g_autoptr(OkrDb) db = okr_db_open (other_app, OKR_DB_CREATE, NULL);
    g_assert_true (okr_db_exec (db, "CREATE TABLE meta (key TEXT, value TEXT)", NULL));
  }
  g_assert_false (okr_sync_is_conflict_copy (other_app, tmp->shared, id));
  sync_util_copy (tmp->shared, temp);
  g_assert_false (okr_sync_is_conflict_copy (temp, tmp->shared, id));
  g_mkdir_with_parents (elsewhere_dir, 0700);
  sync_util_copy (tmp->shared, elsewhere);
  g_assert_false (okr_sync_is_conflict_copy (elsewhere, tmp->shared, id));
}

static void
test_detect (Tmp *tmp, gconstpointer data)
{
  static const struct { const char *folder; const char *service; } cases[] = {
    { "Dropbox/Company", "Dropbox" },
    { "OneDrive - Tidewater/Plans", "OneDrive" },
    { "OneDrive", "OneDrive" },
    { "Google Drive/OKR", "Google Drive" },
    { "Nextcloud/Shared/OKR", "Nextcloud" },
    { "Documents/OKR", NULL },
  };
  g_autofree char *syncthing = NULL;
  g_autofree char *nested = in (tmp->shared_dir, "deep/er");
  g_autofree char *nested_doc = in (nested, "x.okr");
  g_autofree char *journal_dir = in (tmp->dir, "cloud/team");
  g_autofree char *journal = in (tmp->dir, "cloud/.sync_0123abcd.db");
  g_autofree char *in_journal = in (journal_dir, "x.okr");

  syncthing = okr_sync_detect_service (tmp->shared);
  g_assert_cmpstr (syncthing, ==, "Syncthing");
  g_mkdir_with_parents (nested, 0700);
  g_free (syncthing);
  syncthing = okr_sync_detect_service (nested_doc);
  g_assert_cmpstr (syncthing, ==, "Syncthing");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *dir = in (tmp->dir, cases[i].folder);
      g_autofree char *doc = in (dir, "acme.okr");
      g_autofree char *service = NULL;

      g_mkdir_with_parents (dir, 0700);
      service = okr_sync_detect_service (doc);
      g_assert_cmpstr (service, ==, cases[i].service);
    }
  g_mkdir_with_parents (journal_dir, 0700);
  g_assert_true (g_file_set_contents (journal, "", 0, NULL));
  {
    g_autofree char *service = okr_sync_detect_service (in_journal);
    g_assert_cmpstr (service, ==, "Nextcloud");
  }
}

/* ───────────────────────── publishing ───────────────────────── */

static void
test_publish (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *working = in (tmp->dir, "working.okr");
  g_autofree char *other = in (tmp->dir, "other.okr");
  g_autoptr(OkrStore) store = NULL;
  g_autofree char *expected = NULL, *published = NULL, *names = NULL;
  g_autofree char *before = sync_util_export_file (tmp->shared);
  guint8 header[20];
  FILE *f;

  sync_util_copy (tmp->shared, working);
  store = okr_store_open (working, OKR_STORE_OPEN_WORKING_COPY, &error);
  g_assert_no_error (error);
  check_in (store, 77, "published");
  expected = sync_util_export (store);
  g_assert_cmpstr (expected, !=, before);

  g_assert_true (okr_sync_publish_store (store, tmp->shared, &error));
  g_assert_no_error (error);
  published = sync_util_export_file (tmp->shared);
  sync_util_assert_same (published, expected);
  /* Nothing but the document beside it, and its header says rollback journal, not WAL. */
  names = listing (tmp->shared_dir);
  g_assert_cmpstr (names, ==, ".stfolder acme.okr");
  f = g_fopen (tmp->shared, "rb");
  g_assert_cmpuint (fread (header, 1, sizeof header, f), ==, sizeof header);
  fclose (f);
  g_assert_cmpuint (header[18], ==, 1);
  g_assert_cmpuint (header[19], ==, 1);
  g_assert_true (okr_store_check_file (tmp->shared, NULL));

  /* Another document is never overwritten. */
  g_object_unref (okr_store_create (other, "Other", NULL));
  g_assert_false (okr_sync_publish_store (store, other, &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_EXISTS);
}

/* ───────────────────────── the working copy ───────────────────────── */

static void
wait_for_state (OkrSync *sync, OkrSyncState state)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (okr_sync_get_state (sync) != state && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
  g_assert_cmpint (okr_sync_get_state (sync), ==, state);
}

static void
test_working_copy (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrSync) sync = okr_sync_open_in (tmp->shared, tmp->working_dir, &error);
  g_autofree char *names = NULL;
  g_autofree char *working = NULL;

  g_assert_no_error (error);
  g_assert_true (okr_sync_is_shared (sync));
  g_assert_cmpstr (okr_sync_get_service (sync), ==, "Syncthing");
  g_assert_cmpint (okr_sync_get_state (sync), ==, OKR_SYNC_SAVED);
  working = g_strdup (okr_sync_get_working_path (sync));
  g_assert_true (g_str_has_prefix (working, tmp->working_dir));
  g_assert_cmpstr (okr_store_get_path (okr_sync_get_store (sync)), ==, working);

  /* An edit goes to the working copy, and is published shortly after. */
  okr_sync_set_delay (sync, 50);
  check_in (okr_sync_get_store (sync), 61, "soon");
  g_assert_cmpint (okr_sync_get_state (sync), ==, OKR_SYNC_PENDING);
  g_assert_cmpint (count_notes (tmp->shared, "soon"), ==, 0);
  wait_for_state (sync, OKR_SYNC_SAVED);
  g_assert_cmpint (count_notes (tmp->shared, "soon"), ==, 1);
  names = listing (tmp->shared_dir);
  g_assert_cmpstr (names, ==, ".stfolder acme.okr");

  /* Closing publishes what is pending, then the working copy goes. */
  okr_sync_set_delay (sync, 60000);
  check_in (okr_sync_get_store (sync), 62, "on close");
  g_assert_true (okr_sync_close (sync, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_notes (tmp->shared, "on close"), ==, 1);
  g_assert_false (g_file_test (working, G_FILE_TEST_EXISTS));
}

/* A document outside any sync folder is edited in place, unless the leader says it is
 * shared. */
static void
test_choice (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *local_dir = in (tmp->dir, "Documents");
  g_autofree char *local = in (local_dir, "acme.okr");
  g_autoptr(OkrSync) sync = NULL;
  OkrUuid id;

  g_mkdir_with_parents (local_dir, 0700);
  sync_util_copy (tmp->shared, local);
  sync = okr_sync_open_in (local, tmp->working_dir, &error);
  g_assert_no_error (error);
  g_assert_false (okr_sync_is_shared (sync));
  g_assert_cmpint (okr_sync_get_state (sync), ==, OKR_SYNC_LOCAL);
  g_assert_cmpstr (okr_store_get_path (okr_sync_get_store (sync)), ==, local);
  id = *okr_store_get_document_id (okr_sync_get_store (sync));
  g_assert_true (okr_sync_close (sync, &error));
  g_clear_object (&sync);

  g_assert_true (okr_sync_set_choice (&id, OKR_SYNC_CHOICE_SHARED, &error));
  g_assert_cmpint (okr_sync_get_choice (&id), ==, OKR_SYNC_CHOICE_SHARED);
  sync = okr_sync_open_in (local, tmp->working_dir, &error);
  g_assert_no_error (error);
  g_assert_true (okr_sync_is_shared (sync));
  g_assert_true (okr_sync_close (sync, &error));
  g_clear_object (&sync);

  /* And a document in a sync folder the leader says is not shared is edited in place. */
  g_assert_true (okr_sync_set_choice (&id, OKR_SYNC_CHOICE_LOCAL, &error));
  sync = okr_sync_open_in (tmp->shared, tmp->working_dir, &error);
  g_assert_no_error (error);
  g_assert_false (okr_sync_is_shared (sync));
  g_assert_true (okr_sync_close (sync, &error));
  g_assert_true (okr_sync_set_choice (&id, OKR_SYNC_CHOICE_AUTO, &error));
  g_assert_cmpint (okr_sync_get_choice (&id), ==, OKR_SYNC_CHOICE_AUTO);
}

/* Cascade stopped before publishing: the next open finds the working copy and publishes. */
static void
test_crash_recovery (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OkrSync *sync = okr_sync_open_in (tmp->shared, tmp->working_dir, &error);
  g_autofree char *working = g_strdup (okr_sync_get_working_path (sync));

  g_assert_no_error (error);
  okr_sync_set_delay (sync, 60000);
  check_in (okr_sync_get_store (sync), 63, "unpublished");
  g_object_unref (sync);  /* no close: as if Cascade had crashed */
  g_assert_true (g_file_test (working, G_FILE_TEST_EXISTS));
  g_assert_cmpint (count_notes (tmp->shared, "unpublished"), ==, 0);

  /* Meanwhile another machine published a check-in of its own. */
  {
    g_autofree char *theirs = in (tmp->dir, "theirs.okr");
    g_autoptr(OkrStore) store = NULL;
    edit_elsewhere (tmp->shared, theirs, 2, "from machine 2");
    store = okr_store_open (theirs, OKR_STORE_OPEN_READ_ONLY, NULL);
    g_assert_true (okr_sync_publish_store (store, tmp->shared, &error));
  }

  sync = okr_sync_open_in (tmp->shared, tmp->working_dir, &error);
  g_assert_no_error (error);
  g_assert_cmpint (okr_sync_get_state (sync), ==, OKR_SYNC_SAVED);
  g_assert_cmpint (count_notes (tmp->shared, "unpublished"), ==, 1);
  g_assert_cmpint (count_notes (tmp->shared, "from machine 2"), ==, 1);
  g_assert_true (okr_sync_close (sync, &error));
  g_object_unref (sync);
}

/* A crash left a working copy with unpublished edits, and the leader next starts Cascade
 * without opening that document: start-up publishes it anyway. */
static void
test_left_behind (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OkrSync *sync = okr_sync_open_in (tmp->shared, tmp->working_dir, &error);
  g_autofree char *working = g_strdup (okr_sync_get_working_path (sync));
  g_autofree char *names = NULL;

  g_assert_no_error (error);
  okr_sync_set_delay (sync, 60000);
  check_in (okr_sync_get_store (sync), 64, "left behind");
  g_object_unref (sync);  /* no close: as if Cascade had crashed */
  g_assert_cmpint (count_notes (tmp->shared, "left behind"), ==, 0);

  g_assert_cmpuint (okr_sync_publish_left_behind (tmp->working_dir), ==, 1);
  g_assert_cmpint (count_notes (tmp->shared, "left behind"), ==, 1);
  g_assert_false (g_file_test (working, G_FILE_TEST_EXISTS));
  names = listing (tmp->working_dir);
  g_assert_cmpstr (names, ==, "");
  g_assert_cmpuint (okr_sync_publish_left_behind (tmp->working_dir), ==, 0);

  /* One whose sync folder is gone stays, for later. */
  sync = okr_sync_open_in (tmp->shared, tmp->working_dir, &error);
  g_assert_no_error (error);
  okr_sync_set_delay (sync, 60000);
  check_in (okr_sync_get_store (sync), 65, "folder gone");
  g_object_unref (sync);
  {
    g_autofree char *moved = g_strconcat (tmp->shared_dir, ".away", NULL);
    g_assert_cmpint (g_rename (tmp->shared_dir, moved), ==, 0);
    g_assert_cmpuint (okr_sync_publish_left_behind (tmp->working_dir), ==, 0);
    g_assert_true (g_file_test (working, G_FILE_TEST_EXISTS));
    g_assert_cmpint (g_rename (moved, tmp->shared_dir), ==, 0);
  }
  g_assert_cmpuint (okr_sync_publish_left_behind (tmp->working_dir), ==, 1);
  g_assert_cmpint (count_notes (tmp->shared, "folder gone"), ==, 1);

  /* A working copy in use (the window, and cascade-cli sync meanwhile) is not left behind,
   * and only the last one to close it removes it. */
  {
    g_autoptr(OkrSync) window = okr_sync_open_in (tmp->shared, tmp->working_dir, &error);
    g_autoptr(OkrSync) cli = NULL;

    g_assert_no_error (error);
    okr_sync_set_delay (window, 60000);
    check_in (okr_sync_get_store (window), 66, "in use");
    g_assert_cmpuint (okr_sync_publish_left_behind (tmp->working_dir), ==, 0);
    g_assert_true (g_file_test (working, G_FILE_TEST_EXISTS));
    cli = okr_sync_open_in (tmp->shared, tmp->working_dir, &error);
    g_assert_no_error (error);
    g_assert_true (okr_sync_close (cli, &error));
    g_assert_true (g_file_test (working, G_FILE_TEST_EXISTS));
    check_in (okr_sync_get_store (window), 67, "still in use");
    g_assert_true (okr_sync_close (window, &error));
    g_assert_false (g_file_test (working, G_FILE_TEST_EXISTS));
    g_assert_cmpint (count_notes (tmp->shared, "in use"), ==, 1);
    g_assert_cmpint (count_notes (tmp->shared, "still in use"), ==, 1);
  }
}

/* ───────────────────────── other machines' edits ───────────────────────── */

static void
count_merged (OkrSync *sync, guint *calls)
{
  (*calls)++;
}

static void
test_conflict_copy_merged (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrSync) sync = okr_sync_open_in (tmp->shared, tmp->working_dir, &error);
  g_autofree char *copy = in (tmp->shared_dir, "acme.sync-conflict-20270114-101500-M2.okr");
  g_autofree char *copy2 = in (tmp->shared_dir, "acme (Minh's conflicted copy 2027-01-14).okr");
  g_autofree char *folder = NULL, *moved = NULL, *moved2 = NULL, *names = NULL;
  const OkrMergeReport *report;
  guint calls = 0;

  g_assert_no_error (error);
  g_signal_connect (sync, "merged", G_CALLBACK (count_merged), &calls);
  check_in (okr_sync_get_store (sync), 64, "mine");
  edit_elsewhere (tmp->shared, copy, 2, "conflict 2");
  edit_elsewhere (tmp->shared, copy2, 3, "conflict 3");

  g_assert_true (okr_sync_check_now (sync, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpuint (okr_sync_get_n_merged (sync), ==, 2);
  report = okr_sync_get_report (sync);
  g_assert_cmpuint (report->n_history, ==, 2);
  g_assert_cmpint (okr_sync_get_state (sync), ==, OKR_SYNC_SAVED);
  g_assert_cmpint (count_notes (tmp->shared, "mine"), ==, 1);
  g_assert_cmpint (count_notes (tmp->shared, "conflict 2"), ==, 1);
  g_assert_cmpint (count_notes (tmp->shared, "conflict 3"), ==, 1);

  /* The copies were moved where the leader can find them, not deleted. */
  names = listing (tmp->shared_dir);
  g_assert_cmpstr (names, ==, ".stfolder acme.okr");
  folder = okr_sync_dup_merged_folder (sync);
  moved = in (folder, "acme.sync-conflict-20270114-101500-M2.okr");
  moved2 = in (folder, "acme (Minh's conflicted copy 2027-01-14).okr");
  g_assert_cmpint (count_notes (moved, "conflict 2"), ==, 1);
  g_assert_cmpint (count_notes (moved2, "conflict 3"), ==, 1);
  g_unlink (moved);
  g_unlink (moved2);

  /* Nothing new: nothing merged, nothing emitted. */
  g_assert_true (okr_sync_check_now (sync, &error));
  g_assert_cmpuint (calls, ==, 1);
  g_assert_true (okr_sync_close (sync, &error));
}

/* Another machine's publish arrives: the folder monitor merges it without being asked. */
static void
test_monitor (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrSync) sync = okr_sync_open_in (tmp->shared, tmp->working_dir, &error);
  g_autofree char *theirs = in (tmp->dir, "theirs.okr");
  g_autoptr(OkrStore) store = NULL;
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  guint calls = 0;

  g_assert_no_error (error);
  g_signal_connect (sync, "merged", G_CALLBACK (count_merged), &calls);
  edit_elsewhere (tmp->shared, theirs, 2, "arrived");
  store = okr_store_open (theirs, OKR_STORE_OPEN_READ_ONLY, NULL);
  g_assert_true (okr_sync_publish_store (store, tmp->shared, &error));

  while (calls == 0 && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpint (sync_util_count (okr_sync_get_store (sync), "checkins", "note = 'arrived'"),
                   ==, 1);
  g_assert_true (okr_sync_close (sync, &error));
}

/* ───────────────────────── cascade-cli, and killing it ───────────────────────── */

static int
cli (char **out, char **err, ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = -1;
  va_list ap;

  g_ptr_array_add (args, (char *) g_getenv ("CASCADE_CLI"));
  va_start (ap, err);
  for (const char *a = va_arg (ap, const char *); a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  /* Nothing on the test's own output, which is TAP. */
  g_spawn_sync (NULL, (char **) args->pdata, NULL,
                out == NULL ? G_SPAWN_STDOUT_TO_DEV_NULL : G_SPAWN_DEFAULT, NULL, NULL, out, err,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_cli (Tmp *tmp, gconstpointer data)
{
  g_autofree char *a = in (tmp->dir, "a.okr");
  g_autofree char *b = in (tmp->dir, "b.okr");
  g_autofree char *c = in (tmp->dir, "c.okr");
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *ea = NULL, *eb = NULL;

  edit_elsewhere (tmp->shared, a, 1, "on a");
  edit_elsewhere (tmp->shared, b, 2, "on b");
  g_assert_cmpint (cli (&out, &err, "merge", a, b, NULL), ==, 0);
  g_assert_cmpstr (out, ==, "  machine-2 added 1 check-in to “Revenue”.\n"
                            "Merged 1 change from “b.okr”.\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (cli (&out, &err, "merge", b, a, NULL), ==, 0);
  ea = sync_util_export_file (a);
  eb = sync_util_export_file (b);
  sync_util_assert_same (ea, eb);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (cli (&out, &err, "merge", a, b, NULL), ==, 0);
  g_assert_cmpstr (out, ==, "Nothing new in “b.okr”.\n");

  /* Refusals: no other copy (usage), another document, a missing file. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (cli (&out, &err, "merge", a, NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_object_unref (okr_store_create (c, "Other", NULL));
  g_assert_cmpint (cli (&out, &err, "merge", a, c, NULL), ==, 1);
  g_assert_cmpstr (err, ==, "cascade-cli: “c.okr” is a different document, so it can’t be "
                            "merged into this one.\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Publishing: the shared file becomes the working copy; another document is refused. */
  g_assert_cmpint (cli (&out, &err, "publish", a, tmp->shared, NULL), ==, 0);
  g_assert_cmpint (count_notes (tmp->shared, "on b"), ==, 1);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (cli (&out, &err, "publish", c, tmp->shared, NULL), ==, 1);
  g_assert_cmpstr (err, ==, "cascade-cli: “acme.okr” is another document; it was not "
                            "replaced.\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (cli (&out, &err, "publish", a, NULL), ==, 2);

  /* Sync: what Cascade does on opening — the conflict copy found by content is merged,
   * moved aside and the result published; then there is nothing more to do. */
  {
    g_autofree char *copy = in (tmp->shared_dir, "acme (Lan's conflicted copy 2027-01-14).okr");
    g_autofree char *names = NULL;

    edit_elsewhere (tmp->shared, copy, 3, "from Lan");
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (cli (&out, &err, "sync", tmp->shared, NULL), ==, 0);
    g_assert_true (g_str_has_prefix (out, "  machine-3 added 1 check-in to “Revenue”.\n"
                                          "Merged changes from 1 other copy; published "
                                          "“acme.okr”.\nConflict copies that were merged are "
                                          "kept in "));
    g_assert_cmpint (count_notes (tmp->shared, "from Lan"), ==, 1);
    names = listing (tmp->shared_dir);
    g_assert_cmpstr (names, ==, ".stfolder acme.okr");
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (cli (&out, &err, "sync", tmp->shared, NULL), ==, 0);
    g_assert_cmpstr (out, ==, "“acme.okr” is up to date.\n");
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (cli (&out, &err, "sync", a, NULL), ==, 0);
    g_assert_cmpstr (out, ==, "“a.okr” is not in a sync folder: every change is saved in it "
                              "at once.\n");
  }
}

/* How long @argv takes when nobody kills it, in microseconds (the slowest of three runs),
 * so that random kill times spread over the whole run, start-up included. */
static gulong
time_run (const char *const *argv)
{
  gint64 slowest = 0;

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      int status = -1;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL |
                                   G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                                   &status, &error));
      g_assert_no_error (error);
      slowest = MAX (slowest, g_get_monotonic_time () - start);
    }
  return (gulong) slowest;
}

/* Starts cascade-cli and kills it after @delay_us. Returns whether it finished first. */
static gboolean
run_and_kill (const char *const *argv, gulong delay_us)
{
  g_autoptr(GError) error = NULL;
  GPid pid;
  int status = 0;

  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL,
                                G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                                G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, &error));
  g_usleep (delay_us);
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

#define N_KILLS 60

/* Publishing and merging killed at random points: the shared file is always the complete
 * old or the complete new version, and the working copy is intact. */
static void
test_killed (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autofree char *v1 = in (tmp->dir, "v1.okr");
  g_autofree char *v2 = in (tmp->dir, "v2.okr");
  g_autofree char *e1 = NULL, *e2 = NULL, *merged_export = NULL;
  const char *cli_path = g_getenv ("CASCADE_CLI");
  guint finished = 0, killed = 0, old_seen = 0, new_seen = 0, merge_killed = 0;
  gulong publish_us, merge_us;
  gboolean shared_is_v1 = TRUE;

  edit_elsewhere (tmp->shared, v1, 2, "version 1");
  edit_elsewhere (tmp->shared, v2, 3, "version 2");
  e1 = sync_util_export_file (v1);
  e2 = sync_util_export_file (v2);
  /* v1 and v2 are the same document: publishing either over the other is allowed. */
  {
    const char *const argv[] = { cli_path, "publish", v1, tmp->shared, NULL };
    publish_us = time_run (argv);
  }
  sync_util_copy (v1, tmp->shared);

  for (guint i = 0; i < N_KILLS; i++)
    {
      /* Each publish replaces the version that is there by the other one. */
      const char *from = shared_is_v1 ? v2 : v1;
      const char *old = shared_is_v1 ? e1 : e2;
      const char *const argv[] = { cli_path, "publish", from, tmp->shared, NULL };
      g_autofree char *now = NULL;
      g_autofree char *source_before = sync_util_export_file (from);
      g_autofree char *source_after = NULL;
      /* Up to a fifth longer than a whole run: some runs finish, most are cut somewhere. */
      gboolean done = run_and_kill (argv, g_rand_int_range (rand, 0, publish_us * 6 / 5 + 1));

      if (done)
        finished++;
      else
        killed++;
      g_assert_true (okr_store_check_file (tmp->shared, NULL));
      now = sync_util_export_file (tmp->shared);
      if (g_str_equal (now, old))
        old_seen++;
      else
        {
          g_assert_true (g_str_equal (now, shared_is_v1 ? e2 : e1));
          new_seen++;
          shared_is_v1 = !shared_is_v1;
        }
      /* What was published (the working copy) is intact and unchanged. */
      g_assert_true (okr_store_check_file (from, NULL));
      source_after = sync_util_export_file (from);
      g_assert_true (g_str_equal (source_before, source_after));
    }
  g_test_message ("publish (%lu us unkilled): %u finished, %u killed; afterwards %u old, "
                  "%u new", publish_us, finished, killed, old_seen, new_seen);
  g_assert_cmpuint (killed, >, 0);
  g_assert_cmpuint (old_seen, >, 0);
  g_assert_cmpuint (new_seen, >, 0);

  /* Whatever a killed publish left, the next one cleans up: no journal, no temporary. */
  {
    g_autofree char *names = NULL;
    g_assert_cmpint (cli (NULL, NULL, "publish", v1, tmp->shared, NULL), ==, 0);
    names = listing (tmp->shared_dir);
    g_assert_cmpstr (names, ==, ".stfolder acme.okr");
  }

  /* A merge killed half-way leaves the copy as it was, or merged. */
  {
    g_autofree char *target = in (tmp->dir, "target.okr");
    g_autofree char *before = NULL;
    const char *const argv[] = { cli_path, "merge", target, v2, NULL };

    sync_util_copy (v1, target);
    before = sync_util_export_file (target);
    merge_us = time_run (argv);
    merged_export = sync_util_export_file (target);
    for (guint i = 0; i < N_KILLS; i++)
      {
        g_autofree char *now = NULL;
        sync_util_copy (v1, target);
        if (!run_and_kill (argv, g_rand_int_range (rand, 0, merge_us * 6 / 5 + 1)))
          merge_killed++;
        /* Opened as Cascade opens it, rolling back what the killed merge left half-done. */
        {
          g_autoptr(OkrStore) store = okr_store_open (target, OKR_STORE_OPEN_DEFAULT, NULL);
          g_assert_nonnull (store);
          now = sync_util_export (store);
          g_assert_true (okr_store_close (store, NULL));
        }
        g_assert_true (okr_store_check_file (target, NULL));
        g_assert_true (g_str_equal (now, before) || g_str_equal (now, merged_export));
      }
    g_test_message ("merge (%lu us unkilled): %u of %u killed", merge_us, merge_killed,
                    N_KILLS);
    g_assert_cmpuint (merge_killed, >, 0);
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Tmp, NULL, tmp_setup, func, tmp_teardown)
  ADD ("/sync/conflict-copies", test_conflict_copies);
  ADD ("/sync/detect", test_detect);
  ADD ("/sync/publish", test_publish);
  ADD ("/sync/working-copy", test_working_copy);
  ADD ("/sync/choice", test_choice);
  ADD ("/sync/crash-recovery", test_crash_recovery);
  ADD ("/sync/left-behind", test_left_behind);
  ADD ("/sync/conflict-copy-merged", test_conflict_copy_merged);
  ADD ("/sync/monitor", test_monitor);
  ADD ("/sync/cli", test_cli);
  ADD ("/sync/killed", test_killed);
#undef ADD
  return g_test_run ();
}
