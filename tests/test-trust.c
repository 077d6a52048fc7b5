/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-trust.c — skipping the full scans at open only for a file exactly as Cascade left it:
 * any other writer, even one that puts the modification time back, gets the full check */
#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <utime.h>

#include "okr-store-edits.h"
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
  return g_test_run ();
}
