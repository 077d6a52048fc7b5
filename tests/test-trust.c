/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-trust.c — skipping the full scans at open only for a file exactly as Cascade left it:
 * any other writer, even one that puts the modification time back, gets the full check */
#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <utime.h>

#include "okr-store-edits.h"
#include "okr-store-read.h"
#include "okr-store-trust.h"
#include "okr-store.h"
#include "test-tmpdir.h"

typedef struct {
  char *dir;
  char *path;
} Tmp;

static void
tmp_setup (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = NULL;

  tmp->dir = test_tmpdir_new ("cascade-trust-XXXXXX");
  tmp->path = g_build_filename (tmp->dir, "doc.okr", NULL);
  store = okr_store_create (tmp->path, "Acme", &error);
  g_assert_no_error (error);
  g_assert_cmpint (okr_store_add_person (store, "Lan", NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (okr_store_close (store, &error));
}

static void
tmp_teardown (Tmp *tmp, gconstpointer data)
{
  test_tmpdir_remove (tmp->dir);
  g_free (tmp->path);
}

/* Another program breaks a reference, then sets the modification time back. */
static void
break_reference_behind_our_back (const char *path)
{
  struct stat before;
  struct utimbuf times;
  sqlite3 *db = NULL;

  g_assert_cmpint (g_stat (path, &before), ==, 0);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = OFF; "
                                     "UPDATE units SET lead_id = 4242", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  times.actime = before.st_atime;
  times.modtime = before.st_mtime;
  g_assert_cmpint (utime (path, &times), ==, 0);
}

static void
test_noted_on_close (Tmp *tmp, gconstpointer data)
{
  OkrFileIdentity identity;
  gint64 verified_at = 0;

  g_assert_true (_okr_trust_identify (tmp->path, &identity));
  g_assert_true (_okr_trust_lookup (tmp->path, &identity, &verified_at));
  g_assert_cmpint (verified_at, >, 0);
  g_assert_cmpint (verified_at, <=, g_get_real_time () / G_USEC_PER_SEC);
}

static void
test_other_writer_is_checked (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = NULL;
  OkrFileIdentity identity;
  gint64 verified_at;

  break_reference_behind_our_back (tmp->path);
  g_assert_true (_okr_trust_identify (tmp->path, &identity));
  g_assert_false (_okr_trust_lookup (tmp->path, &identity, &verified_at));
  store = okr_store_open (tmp->path, 0, &error);
  g_assert_null (store);
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_CORRUPT);
}

/* A journal left by a crash will change the file when SQLite opens it. */
static void
test_journal_is_checked (Tmp *tmp, gconstpointer data)
{
  g_autofree char *journal = g_strconcat (tmp->path, "-journal", NULL);
  OkrFileIdentity identity;

  g_assert_true (g_file_set_contents (journal, "", 0, NULL));
  g_assert_false (_okr_trust_identify (tmp->path, &identity));
}

/* `check` finds what the open skipped, and a failed check withdraws the note. */
static void
test_check_withdraws (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OkrFileIdentity identity;
  gint64 verified_at;

  /* As if Cascade had noted the file after the damage. */
  break_reference_behind_our_back (tmp->path);
  g_assert_true (_okr_trust_identify (tmp->path, &identity));
  _okr_trust_remember (tmp->path, g_get_real_time () / G_USEC_PER_SEC);
  g_assert_true (_okr_trust_lookup (tmp->path, &identity, &verified_at));

  g_assert_false (okr_store_check_file (tmp->path, &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_assert_false (_okr_trust_lookup (tmp->path, &identity, &verified_at));
}

/* ─── OKR_STORE_OPEN_VERIFY_LATER: the scans run while the document is shown ─── */

static void
on_verified (OkrStore *store, gboolean ok, gpointer data)
{
  *(int *) data = ok;
}

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main context until OkrStore::verified: 1 when the file passed, 0 when not. */
static int
run_until_verified (OkrStore *store)
{
  int result = -1;
  gboolean timed_out = FALSE;
  gulong id = g_signal_connect (store, "verified", G_CALLBACK (on_verified), &result);
  guint timeout = g_timeout_add_seconds (60, on_timeout, &timed_out);

  while (result < 0 && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (timeout);
  g_signal_handler_disconnect (store, id);
  return result;
}

static gboolean
is_noted (const char *path)
{
  OkrFileIdentity identity;
  gint64 verified_at;

  return _okr_trust_identify (path, &identity) &&
         _okr_trust_lookup (path, &identity, &verified_at);
}

/* The file holds @before still, and is not noted as verified. */
static void
assert_unchanged_unnoted (const char *path, const char *before, gsize before_len)
{
  g_autofree char *after = NULL;
  gsize after_len;

  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_false (is_noted (path));
}

/* A damaged file opens, and is shown, but nothing is written to it: the first edit waits
 * for the scans and is refused, the signal says the file failed, and it is not noted. */
static void
test_later_damaged (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autofree char *before = NULL;
  gsize before_len;

  break_reference_behind_our_back (tmp->path);
  g_assert_true (g_file_get_contents (tmp->path, &before, &before_len, NULL));
  store = okr_store_open (tmp->path, OKR_STORE_OPEN_VERIFY_LATER, &error);
  g_assert_no_error (error);
  g_assert_true (okr_store_is_verifying (store));
  people = okr_store_list_people (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 1);

  g_assert_cmpint (okr_store_add_person (store, "Minh", NULL, &error), <=, 0);
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_assert_false (okr_store_is_verifying (store));
  g_assert_cmpint (run_until_verified (store), ==, 0);
  g_assert_false (okr_store_wait_verified (store, &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_CORRUPT);
  g_clear_error (&error);

  g_assert_true (okr_store_close (store, &error));
  assert_unchanged_unnoted (tmp->path, before, before_len);
}

/* A sound file passes in the background, takes edits (one made before the scans end
 * waits for them), and is noted at close as if it had been checked at open. */
static void
test_later_sound (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = NULL;

  _okr_trust_forget (tmp->path);
  store = okr_store_open (tmp->path, OKR_STORE_OPEN_VERIFY_LATER, &error);
  g_assert_no_error (error);
  g_assert_true (okr_store_is_verifying (store));
  g_assert_cmpint (run_until_verified (store), ==, 1);
  g_assert_false (okr_store_is_verifying (store));
  g_assert_cmpint (okr_store_add_person (store, "Minh", NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (okr_store_close (store, &error));
  g_assert_true (is_noted (tmp->path));
  g_clear_object (&store);

  _okr_trust_forget (tmp->path);
  store = okr_store_open (tmp->path, OKR_STORE_OPEN_VERIFY_LATER, &error);
  g_assert_no_error (error);
  g_assert_cmpint (okr_store_add_person (store, "Hoa", NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (run_until_verified (store), ==, 1);
  g_assert_true (okr_store_close (store, &error));
  g_assert_true (is_noted (tmp->path));
  g_clear_object (&store);

  /* Noted: nothing left to scan. */
  store = okr_store_open (tmp->path, OKR_STORE_OPEN_VERIFY_LATER, &error);
  g_assert_no_error (error);
  g_assert_false (okr_store_is_verifying (store));
  g_clear_object (&store);

  /* Closed once the scans have started: they end, and their verdict is noted. */
  _okr_trust_forget (tmp->path);
  store = okr_store_open (tmp->path, OKR_STORE_OPEN_VERIFY_LATER, &error);
  g_assert_no_error (error);
  g_main_context_iteration (NULL, FALSE);
  g_assert_true (okr_store_close (store, &error));
  g_assert_true (is_noted (tmp->path));
  g_clear_object (&store);
}

/* Closed before the scans start: they never run, nothing is written, the file is not
 * noted, and nothing claims it was verified. (Whether PRAGMA optimize would have written
 * statistics is not seen here: on a file this small it writes nothing anyway.) */
static void
test_later_closed_first (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = NULL;
  g_autofree char *before = NULL;
  gsize before_len;
  int verdict = -1;

  _okr_trust_forget (tmp->path);
  g_assert_true (g_file_get_contents (tmp->path, &before, &before_len, NULL));
  store = okr_store_open (tmp->path, OKR_STORE_OPEN_VERIFY_LATER, &error);
  g_assert_no_error (error);
  g_signal_connect (store, "verified", G_CALLBACK (on_verified), &verdict);
  g_assert_true (okr_store_close (store, &error));
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (verdict, ==, -1);
  g_assert_false (okr_store_wait_verified (store, &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_clear_object (&store);
  assert_unchanged_unnoted (tmp->path, before, before_len);
}

/* A file in WAL mode is scanned at open: the open writes to it (its journal mode). */
static void
test_later_wal (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (tmp->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (db);
  _okr_trust_forget (tmp->path);
  store = okr_store_open (tmp->path, OKR_STORE_OPEN_VERIFY_LATER, &error);
  g_assert_no_error (error);
  g_assert_false (okr_store_is_verifying (store));
}

/* Another file renamed over the path before the scans: they would scan the path's file,
 * which is not the document's, so that is no verdict on it. The wait (as the first edit
 * makes) scans the document on its own connection: the damaged file now at the path does
 * not make it damaged, and is not noted at close. */
static void
test_later_replaced (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = NULL;
  g_autofree char *damaged = g_build_filename (tmp->dir, "damaged.okr", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (tmp->path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (damaged, contents, (gssize) length, NULL));
  break_reference_behind_our_back (damaged);
  _okr_trust_forget (tmp->path);
  store = okr_store_open (tmp->path, OKR_STORE_OPEN_VERIFY_LATER, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_rename (damaged, tmp->path), ==, 0);

  g_assert_true (okr_store_wait_verified (store, &error));
  g_assert_no_error (error);
  g_assert_false (okr_store_is_verifying (store));
  /* (SQLite itself refuses to write to a file moved away from its path) */
  g_assert_true (okr_store_close (store, &error));
  g_assert_false (is_noted (tmp->path));
}

/* Another program writes once the scans have started, before their verdict is taken:
 * what they verified may not be what is there now, so the file is not noted at close. */
static void
test_later_other_writer (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = NULL;
  sqlite3 *db = NULL;

  _okr_trust_forget (tmp->path);
  store = okr_store_open (tmp->path, OKR_STORE_OPEN_VERIFY_LATER, &error);
  g_assert_no_error (error);
  g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (sqlite3_open (tmp->path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 30000);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE people SET name = 'Lan Anh'", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (okr_store_poll_external_change (store));
  g_assert_true (okr_store_wait_verified (store, &error));
  g_assert_true (okr_store_close (store, &error));
  g_assert_false (is_noted (tmp->path));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/trust/noted-on-close", Tmp, NULL, tmp_setup, test_noted_on_close, tmp_teardown);
  g_test_add ("/trust/other-writer-is-checked", Tmp, NULL, tmp_setup,
              test_other_writer_is_checked, tmp_teardown);
  g_test_add ("/trust/journal-is-checked", Tmp, NULL, tmp_setup, test_journal_is_checked,
              tmp_teardown);
  g_test_add ("/trust/check-withdraws", Tmp, NULL, tmp_setup, test_check_withdraws,
              tmp_teardown);
  g_test_add ("/trust/verify-later/damaged", Tmp, NULL, tmp_setup, test_later_damaged,
              tmp_teardown);
  g_test_add ("/trust/verify-later/sound", Tmp, NULL, tmp_setup, test_later_sound,
              tmp_teardown);
  g_test_add ("/trust/verify-later/other-writer", Tmp, NULL, tmp_setup,
              test_later_other_writer, tmp_teardown);
  g_test_add ("/trust/verify-later/closed-first", Tmp, NULL, tmp_setup,
              test_later_closed_first, tmp_teardown);
  g_test_add ("/trust/verify-later/wal", Tmp, NULL, tmp_setup, test_later_wal, tmp_teardown);
  g_test_add ("/trust/verify-later/replaced", Tmp, NULL, tmp_setup, test_later_replaced,
              tmp_teardown);
  return g_test_run ();
}
