/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-hostile.c — damaged and hostile files are refused cleanly: a clear error, no crash,
 * and the file is left exactly as it was */
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "okr-date.h"
#include "okr-rollup.h"
#include "okr-schema.h"
#include "okr-store-edits.h"
#include "okr-store-read.h"
#include "okr-store-trust.h"
#include "okr-store.h"

#define PAGE 4096

static char *tmp_dir;
static GBytes *good;        /* a valid document with some content */
static gint64 good_cycle;

static OkrDate
ymd (int y, int m, int d)
{
  return okr_date_from_ymd (y, m, d);
}

/* ───────────────────────── files ───────────────────────── */

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static void
write_file (const char *path, const void *data, gsize len)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, (gssize) len, &error);
  g_assert_no_error (error);
}

static char *
file_sha256 (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

static void
remove_file (const char *path)
{
  static const char *const suffixes[] = { "", "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

/* No journal, WAL or shared-memory file left beside @path. */
static void
assert_no_side_files (const char *path)
{
  static const char *const suffixes[] = { "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      if (g_file_test (file, G_FILE_TEST_EXISTS))
        g_error ("%s was left behind", file);
    }
}

/* A fresh copy of the good document, to damage. */
static char *
good_copy (const char *name)
{
  char *path = tmp_path (name);

  remove_file (path);
  write_file (path, g_bytes_get_data (good, NULL), g_bytes_get_size (good));
  return path;
}

/* ───────────────────────── raw SQLite ───────────────────────── */

static void
raw_exec_file (const char *path, const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* ───────────────────────── the check ───────────────────────── */

static const char *
code_name (int code)
{
  static const char *const names[] = {
    "FAILED", "NOT_FOUND", "EXISTS", "NOT_OURS", "CORRUPT", "HOSTILE", "NEWER", "READ_ONLY",
    "LOCKED", "FULL", "IO", "INVALID", "AMBIGUOUS", "CLOSED",
  };
  return code >= 0 && code < (int) G_N_ELEMENTS (names) ? names[code] : "?";
}

static void assert_later_agrees (const char *path, int code);

/* Opening @path fails with one of @codes (-1 ends the list; none: any store error), with a
 * message, and leaves the file and its folder exactly as they were. The full check agrees. */
static int
assert_refused_v (const char *path, const int *codes, guint n_codes)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = file_sha256 (path);
  g_autofree char *after = NULL;
  OkrStore *store;
  gboolean expected = n_codes == 0;
  int code;

  store = okr_store_open (path, OKR_STORE_OPEN_DEFAULT, &error);
  if (store != NULL)
    g_error ("%s was opened", path);
  g_assert_nonnull (error);
  g_assert_true (error->domain == OKR_STORE_ERROR);
  g_assert_nonnull (error->message);
  g_assert_cmpstr (error->message, !=, "");
  code = error->code;
  for (guint i = 0; i < n_codes; i++)
    expected |= codes[i] == code;
  if (!expected)
    g_error ("%s: unexpected %s: %s", path, code_name (code), error->message);
  g_clear_error (&error);

  after = file_sha256 (path);
  g_assert_cmpstr (before, ==, after);
  assert_no_side_files (path);

  /* the read-only full check refuses it too, for the same reason */
  g_assert_false (okr_store_check_file (path, &error));
  g_assert_error (error, OKR_STORE_ERROR, code);
  g_clear_error (&error);
  g_free (after);
  after = file_sha256 (path);
  g_assert_cmpstr (before, ==, after);
  assert_no_side_files (path);

  assert_later_agrees (path, code);
  return code;
}

#define assert_refused(path, ...) \
  G_STMT_START { \
    const int _codes[] = { __VA_ARGS__ }; \
    assert_refused_v ((path), _codes, G_N_ELEMENTS (_codes)); \
  } G_STMT_END

/* Everything a roll-up computes is a number between 0 and 1, whatever the file says. */
static void
exercise_rollup (OkrStore *store, gint64 cycle, OkrDate today, gboolean strict)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrRollup) rollup = okr_rollup_new (store, cycle, today, &error);
  GPtrArray *units;

  if (rollup == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == OKR_STORE_ERROR);
      return;
    }
  units = okr_rollup_get_units (rollup);
  for (guint i = 0; i < units->len; i++)
    {
      OkrUnit *u = g_ptr_array_index (units, i);
      GPtrArray *objectives = okr_rollup_get_objectives (rollup, okr_unit_get_id (u));

      if (strict)
        {
          g_assert_true (isfinite (okr_unit_get_progress (u)));
          g_assert_cmpfloat (okr_unit_get_progress (u), >=, 0);
          g_assert_cmpfloat (okr_unit_get_progress (u), <=, 1);
        }
      g_assert_cmpint (okr_unit_get_status (u), <, OKR_STATUS_N);
      for (guint j = 0; j < objectives->len; j++)
        {
          OkrObjective *o = g_ptr_array_index (objectives, j);
          GPtrArray *krs = okr_rollup_get_key_results (rollup, okr_objective_get_id (o));

          if (strict)
            {
              g_assert_true (isfinite (okr_objective_get_progress (o)));
              g_assert_cmpfloat (okr_objective_get_progress (o), >=, 0);
              g_assert_cmpfloat (okr_objective_get_progress (o), <=, 1);
            }
          g_assert_cmpint (okr_objective_get_status (o), <, OKR_STATUS_N);
          g_assert_nonnull (okr_objective_get_title (o));
          for (guint k = 0; k < krs->len; k++)
            {
              OkrKeyResult *kr = g_ptr_array_index (krs, k);
              if (strict)
                {
                  g_assert_true (isfinite (okr_key_result_get_progress (kr)));
                  g_assert_cmpfloat (okr_key_result_get_progress (kr), >=, 0);
                  g_assert_cmpfloat (okr_key_result_get_progress (kr), <=, 1);
                }
              g_assert_cmpint (okr_key_result_get_status (kr), <, OKR_STATUS_N);
              g_assert_nonnull (okr_key_result_get_title (kr));
            }
        }
    }
}

/* The reads a window makes first: they must survive whatever the file holds. */
static void
read_as_a_window (OkrStore *store)
{
  g_autoptr(GPtrArray) cycles = okr_store_list_cycles (store, NULL);
  g_autoptr(GPtrArray) units = okr_store_list_units (store, NULL);
  g_autoptr(GPtrArray) people = okr_store_list_people (store, NULL);

  if (cycles != NULL && cycles->len > 0)
    exercise_rollup (store, okr_cycle_get_id (g_ptr_array_index (cycles, 0)),
                     ymd (2027, 2, 15), FALSE);
}

static void
on_verified (OkrStore *store, gboolean ok, gpointer data)
{
  *(int *) data = ok;
}

/* How many files the checks below left to the background scans. */
static guint scanned_later;

/* The open the app makes (OKR_STORE_OPEN_VERIFY_LATER) comes to the verdict of the open
 * that scans first, @code (-1: it opened the file): refused at once, or shown — the reads
 * a window makes first surviving what they read — and then refused by the scans in the
 * background, as OkrStore::verified says, with the same code. A refused file is never
 * written, even by an edit made while it is shown or by closing it. */
static void
assert_later_agrees (const char *path, int code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = file_sha256 (path);
  g_autofree char *after = NULL;
  OkrStore *store = okr_store_open (path, OKR_STORE_OPEN_VERIFY_LATER, &error);
  int verdict = -1;
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  if (store == NULL)
    {
      g_assert_nonnull (error);
      if (error->domain != OKR_STORE_ERROR || error->code != code)
        g_error ("%s: refused at once (%s), but the other open said %s", path,
                 error->message, code < 0 ? "nothing" : code_name (code));
      return;
    }

  read_as_a_window (store);
  if (okr_store_is_verifying (store))
    {
      scanned_later++;
      g_signal_connect (store, "verified", G_CALLBACK (on_verified), &verdict);
      while (verdict < 0 && g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, FALSE);
      if (verdict < 0)
        g_error ("%s: the background scans gave no verdict", path);
    }
  else
    verdict = 1;  /* scanned at open (a file in WAL mode) */

  if (verdict == 1)
    {
      g_assert_true (okr_store_wait_verified (store, NULL));
      if (code >= 0)
        g_error ("%s: passed the scans in the background, but the other open said %s",
                 path, code_name (code));
    }
  else
    {
      g_assert_false (okr_store_wait_verified (store, &error));
      if (error->domain != OKR_STORE_ERROR || error->code != code)
        g_error ("%s: the background scans said %s, the other open %s", path,
                 error->message, code < 0 ? "nothing" : code_name (code));
      g_clear_error (&error);
      g_assert_cmpint (okr_store_add_person (store, "Minh", NULL, &error), <=, 0);
      g_assert_error (error, OKR_STORE_ERROR, code);
      g_clear_error (&error);
    }
  g_assert_true (okr_store_close (store, NULL));
  g_object_unref (store);
  after = file_sha256 (path);
  if (code >= 0 && g_strcmp0 (before, after) != 0)
    g_error ("%s: refused, yet changed", path);
  assert_no_side_files (path);
}

/* ───────────────────────── not a document at all ───────────────────────── */

static void
test_empty (void)
{
  g_autofree char *path = tmp_path ("empty.okr");

  write_file (path, "", 0);
  assert_refused (path, OKR_STORE_ERROR_NOT_OURS);
  remove_file (path);
}

static void
test_random_bytes (void)
{
  g_autofree char *path = tmp_path ("random.okr");
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint32 data[4 * PAGE / 4];

  for (guint i = 0; i < G_N_ELEMENTS (data); i++)
    data[i] = g_rand_int (rand);
  write_file (path, data, sizeof data);
  assert_refused (path, OKR_STORE_ERROR_NOT_OURS);
  /* random bytes behind a real SQLite header line */
  memcpy (data, "SQLite format 3", 16);
  write_file (path, data, sizeof data);
  assert_refused (path, OKR_STORE_ERROR_NOT_OURS, OKR_STORE_ERROR_CORRUPT);
  remove_file (path);
}

static void
test_text (void)
{
  g_autofree char *path = tmp_path ("notes.okr");
  const char text[] = "Objectives for Q1\n- grow\n- hire\n";

  write_file (path, text, strlen (text));
  assert_refused (path, OKR_STORE_ERROR_NOT_OURS);
  remove_file (path);
}

static void
test_plain_sqlite (void)
{
  g_autofree char *path = tmp_path ("plain.db");

  remove_file (path);
  raw_exec_file (path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                       "INSERT INTO notes (body) VALUES ('hello');");
  assert_refused (path, OKR_STORE_ERROR_NOT_OURS);
  remove_file (path);
}

static void
test_directory (void)
{
  g_autofree char *path = tmp_path ("folder.okr");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_null (okr_store_open (path, OKR_STORE_OPEN_DEFAULT, &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_OURS);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  g_assert_false (okr_store_check_file (path, &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_OURS);
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
test_missing (void)
{
  g_autofree char *path = tmp_path ("does-not-exist.okr");
  g_autoptr(GError) error = NULL;

  g_assert_null (okr_store_open (path, OKR_STORE_OPEN_DEFAULT, &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND);
  /* the message names the file, so a person knows which one */
  g_assert_nonnull (strstr (error->message, "does-not-exist.okr"));
  g_clear_error (&error);
  g_assert_false (okr_store_check_file (path, &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND);
  /* opening must not create it */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* ───────────────────────── ours, but not as we made it ───────────────────────── */

static void
test_missing_tables (void)
{
  g_autofree char *path = tmp_path ("half.okr");
  g_autofree char *header = g_strdup_printf ("PRAGMA application_id = %d; "
                                             "PRAGMA user_version = %d;",
                                             OKR_APPLICATION_ID, OKR_SCHEMA_VERSION);
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *schema = NULL;
  g_autofree char *partial = NULL;

  /* the schema of this version: every migration in turn */
  for (int v = 1; v <= OKR_SCHEMA_VERSION; v++)
    {
      g_autoptr(GBytes) sql = okr_schema_get_migration (v);
      g_string_append_len (all, g_bytes_get_data (sql, NULL), g_bytes_get_size (sql));
    }
  schema = g_strdup (all->str);

  /* our numbers, no tables at all */
  remove_file (path);
  raw_exec_file (path, header);
  assert_refused (path, OKR_STORE_ERROR_CORRUPT);

  /* our schema, but for one table */
  remove_file (path);
  partial = g_strconcat (header, schema, "DROP TABLE events;", NULL);
  raw_exec_file (path, partial);
  assert_refused (path, OKR_STORE_ERROR_CORRUPT);

  /* all the tables, but no document id */
  g_free (g_steal_pointer (&partial));
  remove_file (path);
  partial = g_strconcat (header, schema, NULL);
  raw_exec_file (path, partial);
  assert_refused (path, OKR_STORE_ERROR_CORRUPT);
  remove_file (path);
}

typedef struct {
  const char *name;
  const char *sql;
  int         code;
} Tamper;

static const Tamper tampers[] = {
  { "trigger",
    "CREATE TRIGGER wipe AFTER INSERT ON checkins BEGIN DELETE FROM key_results; END;",
    OKR_STORE_ERROR_HOSTILE },
  { "harmless-looking trigger",
    "CREATE TRIGGER units_touch BEFORE UPDATE ON units BEGIN SELECT 1; END;",
    OKR_STORE_ERROR_HOSTILE },
  { "view",
    "CREATE VIEW people_view AS SELECT * FROM people;",
    OKR_STORE_ERROR_HOSTILE },
  { "view calling load_extension",
    "CREATE VIEW v AS SELECT load_extension ('evil') FROM units;",
    OKR_STORE_ERROR_HOSTILE },
  { "table",
    "CREATE TABLE extra (x);",
    OKR_STORE_ERROR_HOSTILE },
  { "index",
    "CREATE INDEX people_by_email ON people (email);",
    OKR_STORE_ERROR_HOSTILE },
  { "column",
    "ALTER TABLE people ADD COLUMN notes TEXT;",
    OKR_STORE_ERROR_HOSTILE },
  { "check removed",
    "PRAGMA writable_schema = ON;"
    "UPDATE sqlite_schema SET sql = replace (sql, 'weight REAL NOT NULL DEFAULT 1 CHECK "
    "(weight >= 0)', 'weight REAL NOT NULL DEFAULT 1') WHERE name = 'key_results';"
    "PRAGMA writable_schema = OFF;",
    OKR_STORE_ERROR_HOSTILE },
  { "table rebuilt",
    "PRAGMA foreign_keys = OFF;"
    "CREATE TABLE people2 (id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, name TEXT NOT NULL,"
    "  name_at INTEGER NOT NULL DEFAULT 0, email TEXT, email_at INTEGER NOT NULL DEFAULT 0,"
    "  deleted INTEGER NOT NULL DEFAULT 0, deleted_at INTEGER NOT NULL DEFAULT 0) STRICT;"
    "INSERT INTO people2 SELECT * FROM people;"
    "DROP TABLE people;"
    "ALTER TABLE people2 RENAME TO people;",
    OKR_STORE_ERROR_HOSTILE },
  { "index redefined",
    "DROP INDEX units_by_parent; CREATE INDEX units_by_parent ON units (name);",
    OKR_STORE_ERROR_HOSTILE },
  { "index dropped",
    "DROP INDEX units_by_parent;",
    OKR_STORE_ERROR_CORRUPT },
  /* NEXT_VERSION stands for OKR_SCHEMA_VERSION + 1 */
  { "newer version",
    "PRAGMA user_version = NEXT_VERSION;",
    OKR_STORE_ERROR_NEWER },
  { "far newer version",
    "PRAGMA user_version = 2147483647;",
    OKR_STORE_ERROR_NEWER },
  { "negative version",
    "PRAGMA user_version = -1;",
    OKR_STORE_ERROR_CORRUPT },
  { "someone else's application id",
    "PRAGMA application_id = 1;",
    OKR_STORE_ERROR_NOT_OURS },
  { "broken reference",
    "UPDATE key_results SET objective_id = 9999 WHERE id = 1;",
    OKR_STORE_ERROR_CORRUPT },
  { "no document id",
    "DELETE FROM meta WHERE key = 'document_id';",
    OKR_STORE_ERROR_CORRUPT },
  { "bad document id",
    "UPDATE meta SET value = 'not-a-uuid' WHERE key = 'document_id';",
    OKR_STORE_ERROR_CORRUPT },
};

static void
test_tampered (gconstpointer data)
{
  const Tamper *t = data;
  g_autofree char *path = good_copy ("tampered.okr");
  g_autofree char *next = g_strdup_printf ("%d", OKR_SCHEMA_VERSION + 1);
  g_autoptr(GString) sql = g_string_new (t->sql);

  g_string_replace (sql, "NEXT_VERSION", next, 0);
  raw_exec_file (path, sql->str);
  assert_no_side_files (path);
  assert_refused (path, t->code);
  remove_file (path);
}

/* PRAGMA optimize may add sqlite_stat1: that is still our document. */
static void
test_statistics_allowed (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = good_copy ("analyzed.okr");
  OkrStore *store;

  raw_exec_file (path, "ANALYZE;");
  store = okr_store_open (path, OKR_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_object_unref (store);
  g_assert_true (okr_store_check_file (path, &error));
  g_assert_no_error (error);
  remove_file (path);
}

/* A document someone switched to WAL with the sqlite3 shell is brought back to a rollback
 * journal: nothing may stay beside the file in a sync folder. */
static void
test_wal (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = good_copy ("wal.okr");
  g_autofree char *contents = NULL;
  OkrStore *store;

  raw_exec_file (path, "PRAGMA journal_mode = WAL;");
  store = okr_store_open (path, OKR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  exercise_rollup (store, good_cycle, ymd (2027, 2, 15), TRUE);
  g_assert_true (okr_store_close (store, &error));
  g_object_unref (store);
  assert_no_side_files (path);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpint (contents[18], ==, 1);
  g_assert_cmpint (contents[19], ==, 1);
  remove_file (path);
}

/* ───────────────────────── cut short ───────────────────────── */

static void
test_truncated (void)
{
  gsize size = g_bytes_get_size (good);
  const gsize lengths[] = { 50, 99, 100, 101, PAGE, PAGE + 1, 2 * PAGE, size / 2,
                            size / 2 / PAGE * PAGE, size - PAGE, size - 1 };

  g_assert_cmpuint (size, >=, 8 * PAGE);
  for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
    {
      g_autofree char *path = tmp_path ("cut.okr");

      g_test_message ("cut at %" G_GSIZE_FORMAT " of %" G_GSIZE_FORMAT, lengths[i], size);
      write_file (path, g_bytes_get_data (good, NULL), lengths[i]);
      assert_refused (path, OKR_STORE_ERROR_NOT_OURS, OKR_STORE_ERROR_CORRUPT);
      remove_file (path);
    }
}

/* ───────────────────────── damaged bits ───────────────────────── */

static void
test_bit_flips (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20270401);
  g_autofree char *path = tmp_path ("flipped.okr");
  gsize size = g_bytes_get_size (good);
  g_autofree guint8 *data = g_malloc (size);
  guint opened = 0, refused = 0;
  guint by_code[OKR_STORE_ERROR_CLOSED + 1] = { 0 };
  g_autoptr(GArray) used = g_array_new (FALSE, FALSE, sizeof (gsize));
  const guint8 *bytes = g_bytes_get_data (good, NULL);

  scanned_later = 0;
  /* Most of a page is free space, where a flip changes nothing: aim half of the flips at
   * bytes that are in use (not zero), the other half anywhere. */
  for (gsize i = 0; i < size; i++)
    if (bytes[i] != 0)
      g_array_append_val (used, i);

  for (guint n = 0; n < 200; n++)
    {
      g_autoptr(GError) error = NULL;
      gsize offset = n % 2 ? g_array_index (used, gsize,
                                            g_rand_int_range (rand, 0, (gint32) used->len))
                           : (gsize) g_rand_int_range (rand, 0, (gint32) size);
      guint8 bit = 1u << g_rand_int_range (rand, 0, 8);
      g_autofree char *before = NULL, *after = NULL;
      OkrStore *store;
      int code = -1;

      memcpy (data, g_bytes_get_data (good, NULL), size);
      data[offset] ^= bit;
      remove_file (path);
      write_file (path, data, size);
      before = file_sha256 (path);

      store = okr_store_open (path, OKR_STORE_OPEN_DEFAULT, &error);
      if (store == NULL)
        {
          g_assert_nonnull (error);
          if (error->domain != OKR_STORE_ERROR || error->message[0] == '\0')
            g_error ("flip at %" G_GSIZE_FORMAT ": %s", offset, error->message);
          by_code[error->code]++;
          code = error->code;
          refused++;
          after = file_sha256 (path);
          /* a refused file is never touched */
          if (g_strcmp0 (before, after) != 0)
            g_error ("flip at %" G_GSIZE_FORMAT " (%s): the file was changed", offset,
                     error->message);
        }
      else
        {
          opened++;
          read_as_a_window (store);
          g_object_unref (store);
          /* reading does not write either */
          after = file_sha256 (path);
          if (g_strcmp0 (before, after) != 0)
            g_error ("flip at %" G_GSIZE_FORMAT ": opening changed the file", offset);
        }
      assert_no_side_files (path);
      /* and the app's open, which shows the file before its scans end, agrees */
      _okr_trust_forget (path);
      assert_later_agrees (path, code);
    }
  g_test_message ("%u opened, %u refused; %u scanned in the background", opened, refused,
                  scanned_later);
  g_assert_cmpuint (scanned_later, >, 100);
  for (guint c = 0; c < G_N_ELEMENTS (by_code); c++)
    if (by_code[c] > 0)
      g_test_message ("  %s: %u", code_name ((int) c), by_code[c]);
  g_assert_cmpuint (opened + refused, ==, 200);
  /* both outcomes happen, or the flips are not testing anything */
  g_assert_cmpuint (opened, >, 0);
  g_assert_cmpuint (refused, >, 0);
  remove_file (path);
}

/* ───────────────────────── valid schema, absurd content ───────────────────────── */

/* Content that passes every constraint of the schema yet no Cascade would write: loops in
 * the unit tree and the alignments, an objective aligned to its own KR. Opening and
 * rolling up must terminate and stay sane. */
static void
test_content_loops (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = good_copy ("loops.okr");
  OkrStore *store;

  raw_exec_file (path,
                 /* two teams that are each other's parent */
                 "INSERT INTO units (id, uuid, parent_id, name, kind) VALUES "
                 "  (100, randomblob (16), NULL, 'Loop A', 'team'),"
                 "  (101, randomblob (16), 100, 'Loop B', 'team');"
                 "UPDATE units SET parent_id = 101 WHERE id = 100;"
                 /* objectives aligned to each other's rolled-up KR, and to themselves */
                 "INSERT INTO objectives (id, uuid, cycle_id, unit_id, title, align_kr_id) VALUES "
                 "  (100, randomblob (16), 1, 1, 'Loop one', NULL),"
                 "  (101, randomblob (16), 1, 1, 'Loop two', NULL),"
                 "  (102, randomblob (16), 1, 1, 'Self', NULL);"
                 "INSERT INTO key_results (id, uuid, objective_id, title, kind, target) VALUES "
                 "  (100, randomblob (16), 100, 'From two', 'rollup', 100),"
                 "  (101, randomblob (16), 101, 'From one', 'rollup', 100),"
                 "  (102, randomblob (16), 102, 'From self', 'rollup', 100);"
                 "UPDATE objectives SET align_kr_id = 101 WHERE id = 100;"
                 "UPDATE objectives SET align_kr_id = 100 WHERE id = 101;"
                 "UPDATE objectives SET align_kr_id = 102 WHERE id = 102;");
  store = okr_store_open (path, OKR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  {
    g_autoptr(GPtrArray) units = okr_store_list_units (store, &error);
    g_assert_no_error (error);
    /* the loop hangs from nothing: it is not part of the tree */
    for (guint i = 0; i < units->len; i++)
      g_assert_cmpint (okr_unit_get_id (g_ptr_array_index (units, i)), <, 100);
  }
  exercise_rollup (store, 1, ymd (2027, 2, 15), TRUE);
  g_object_unref (store);
  remove_file (path);
}

/* Numbers the schema allows but the store would never write. */
static void
test_content_numbers (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = good_copy ("numbers.okr");
  g_autoptr(OkrRollup) rollup = NULL;
  OkrStore *store;
  OkrObjective *o;

  raw_exec_file (path,
                 "UPDATE key_results SET weight = 9e999 WHERE id = 1;"
                 "UPDATE key_results SET baseline = 1e308, target = -1e308, cur_value = 9e999 "
                 "  WHERE id = 2;"
                 "UPDATE key_results SET cur_value = -9e999 WHERE id = 3;");
  store = okr_store_open (path, OKR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  rollup = okr_rollup_new (store, good_cycle, ymd (2027, 2, 15), &error);
  g_assert_no_error (error);
  o = okr_rollup_find_objective (rollup, 1);
  g_assert_nonnull (o);
  /* A KR weight of +inf passes CHECK (weight >= 0); the roll-up must ignore it rather than
   * make the objective's progress inf / inf = NaN. */
  g_assert_false (isnan (okr_objective_get_progress (o)));
  exercise_rollup (store, good_cycle, ymd (2027, 2, 15), TRUE);
  g_clear_object (&rollup);
  g_object_unref (store);
  remove_file (path);
}

/* A weekly confidence summary (schema v4) the store would never write: a mean off the 1–10
 * scale, a count that does not fit, no count at all. Each breaks the table's CHECK
 * constraints, which SQLite's quick check reads: the file is refused as damaged. */
static void
test_content_weeks (void)
{
  static const char *const rows[] = { "9223372036854775807, 1", "-5, 4000000000", "50, 0",
                                      "11, 1" };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = good_copy ("weeks.okr");
      g_autofree char *sql = g_strdup_printf (
        "PRAGMA ignore_check_constraints = ON;"
        "INSERT OR REPLACE INTO confidence_weeks (objective_id, week, total, n) "
        "  SELECT id, %d, %s FROM objectives LIMIT 1;",
        okr_date_get_week (ymd (2027, 2, 15)), rows[i]);
      OkrStore *store;

      raw_exec_file (path, sql);
      store = okr_store_open (path, OKR_STORE_OPEN_DEFAULT, &error);
      g_assert_null (store);
      g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_CORRUPT);
      g_clear_error (&error);
      /* SQLite drops CHECK constraints on a connection that cannot write: a reader's open
       * (the CLI's) and the background scans still find these rows */
      store = okr_store_open (path, OKR_STORE_OPEN_READ_ONLY, &error);
      g_assert_null (store);
      g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_CORRUPT);
      g_clear_error (&error);
      assert_later_agrees (path, OKR_STORE_ERROR_CORRUPT);
      /* and so does `check` on a file noted as verified after the damage */
      _okr_trust_remember (path, g_get_real_time () / G_USEC_PER_SEC);
      g_assert_false (okr_store_check_file (path, &error));
      g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_CORRUPT);
      remove_file (path);
    }
}

/* ───────────────────────── the full check ───────────────────────── */

static void
test_check_file_good (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = good_copy ("good.okr");
  g_autofree char *before = file_sha256 (path);
  g_autofree char *after = NULL;

  g_assert_true (okr_store_check_file (path, &error));
  g_assert_no_error (error);
  after = file_sha256 (path);
  g_assert_cmpstr (before, ==, after);
  assert_no_side_files (path);
  remove_file (path);
}

/* An index that does not match its table passes the quick check made on opening, but not
 * the full check. */
static void
test_check_file_index (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = good_copy ("index.okr");
  OkrStore *store;

  /* make SQLite maintain units_by_parent as if it indexed names, add a unit, and put the
   * definition back: the index now holds a name where a parent id belongs */
  raw_exec_file (path,
                 "PRAGMA writable_schema = ON;"
                 "UPDATE sqlite_schema SET sql = replace (sql, '(parent_id)', '(name)') "
                 "  WHERE name = 'units_by_parent';");
  raw_exec_file (path,
                 "INSERT INTO units (uuid, parent_id, name, kind) "
                 "  VALUES (randomblob (16), 1, 'Mislaid', 'team');");
  raw_exec_file (path,
                 "PRAGMA writable_schema = ON;"
                 "UPDATE sqlite_schema SET sql = replace (sql, '(name)', '(parent_id)') "
                 "  WHERE name = 'units_by_parent';");

  store = okr_store_open (path, OKR_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_object_unref (store);
  g_assert_false (okr_store_check_file (path, &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_CORRUPT);
  g_assert_cmpstr (error->message, !=, "");
  remove_file (path);
}

/* ───────────────────────── the good document ───────────────────────── */

static void
build_good (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("source.okr");
  g_autoptr(OkrStore) store = okr_store_create (path, "Acme", &error);
  g_autofree char *contents = NULL;
  gsize len;
  gint64 root, alice;

  g_assert_no_error (error);
  root = okr_store_get_root_unit (store);
  alice = okr_store_add_person (store, "Alice", "alice@example.com", &error);
  g_assert_no_error (error);
  good_cycle = okr_store_add_cycle (store, "Q1 2027", ymd (2027, 1, 1), ymd (2027, 3, 31), 0,
                                    &error);
  g_assert_no_error (error);
  g_assert_cmpint (good_cycle, ==, 1);

  for (guint d = 0; d < 4; d++)
    {
      g_autofree char *name = g_strdup_printf ("Department %u", d);
      gint64 dept = okr_store_add_unit (store, root, name, OKR_UNIT_DEPARTMENT, &error);
      g_assert_no_error (error);

      for (guint o = 0; o < 3; o++)
        {
          g_autofree char *title = g_strdup_printf ("Objective %u of department %u", o, d);
          gint64 objective = okr_store_add_objective (store, good_cycle, d == 0 ? root : dept,
                                                      title, alice, o % 2, 0, 0, &error);
          g_assert_no_error (error);

          for (guint k = 0; k < 3; k++)
            {
              g_autofree char *kr_title = g_strdup_printf ("Key result %u.%u.%u", d, o, k);
              OkrKrSpec spec;
              gint64 kr;

              okr_kr_spec_init (&spec);
              spec.baseline = k;
              spec.target = 100 + k;
              spec.weight = 1 + k;
              kr = okr_store_add_key_result (store, objective, kr_title, &spec, &error);
              g_assert_no_error (error);
              for (guint c = 0; c < 3; c++)
                {
                  OkrCheckinSpec ci;
                  okr_checkin_spec_init (&ci);
                  ci.date = ymd (2027, 1, 10) + 10 * c;
                  ci.value = 10 * (c + 1) + k;
                  ci.confidence = 3 + c * 2;
                  ci.note = "Steady progress; the team is on it, with a few blockers left.";
                  ci.author_id = alice;
                  g_assert_cmpint (okr_store_add_checkin (store, kr, &ci, &error), >, 0);
                  g_assert_no_error (error);
                }
            }
        }
    }
  g_assert_true (okr_store_close (store, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  good = g_bytes_new_take (g_steal_pointer (&contents), len);
  remove_file (path);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("cascade-hostile-XXXXXX", &error);
  g_assert_no_error (error);
  build_good ();

  g_test_add_func ("/hostile/not-ours/empty", test_empty);
  g_test_add_func ("/hostile/not-ours/random-bytes", test_random_bytes);
  g_test_add_func ("/hostile/not-ours/text", test_text);
  g_test_add_func ("/hostile/not-ours/plain-sqlite", test_plain_sqlite);
  g_test_add_func ("/hostile/not-ours/directory", test_directory);
  g_test_add_func ("/hostile/not-ours/missing", test_missing);
  g_test_add_func ("/hostile/schema/missing-tables", test_missing_tables);
  for (guint i = 0; i < G_N_ELEMENTS (tampers); i++)
    {
      g_autofree char *name = g_strdelimit (g_strdup (tampers[i].name), " '", '-');
      g_autofree char *test_path = g_strdup_printf ("/hostile/schema/%s", name);
      g_test_add_data_func (test_path, &tampers[i], test_tampered);
    }
  g_test_add_func ("/hostile/schema/statistics-allowed", test_statistics_allowed);
  g_test_add_func ("/hostile/schema/wal", test_wal);
  g_test_add_func ("/hostile/damaged/truncated", test_truncated);
  g_test_add_func ("/hostile/damaged/bit-flips", test_bit_flips);
  g_test_add_func ("/hostile/content/loops", test_content_loops);
  g_test_add_func ("/hostile/content/numbers", test_content_numbers);
  g_test_add_func ("/hostile/content/weeks", test_content_weeks);
  g_test_add_func ("/hostile/check-file/good", test_check_file_good);
  g_test_add_func ("/hostile/check-file/index-mismatch", test_check_file_index);

  status = g_test_run ();

  g_bytes_unref (good);
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  return status;
}
