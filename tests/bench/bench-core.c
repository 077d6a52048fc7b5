/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-core — the in-process measurements behind build-aux/bench, each beside its floor
 *
 *   bench-core open-rollup FILE      open + roll-up of the current cycle, in ms
 *   bench-core checkin FILE N        N check-ins saved through the store, then N raw
 *                                    INSERTs with SQLite alone (the floor); ms per save
 *
 * Prints one JSON object on stdout. Timings only: nothing here asserts anything.
 */
#include <glib.h>
#include <math.h>
#include <sqlite3.h>

#include "okr-db.h"
#include "okr-error.h"
#include "okr-rollup.h"
#include "okr-store-edits.h"
#include "okr-store-private.h"
#include "okr-store-read.h"

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static G_NORETURN void
fail (GError *error)
{
  g_printerr ("bench-core: %s\n", error != NULL ? error->message : "failed");
  if (error != NULL && okr_store_error_get_sqlite_message (error) != NULL)
    g_printerr ("bench-core: %s\n", okr_store_error_get_sqlite_message (error));
  exit (1);
}

static int
open_rollup (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = NULL;
  g_autoptr(OkrRollup) rollup = NULL;
  OkrDate today = okr_date_today ();
  double t0, t1, t2;
  gint64 cycle;

  t0 = now_ms ();
  store = okr_store_open (path, 0, &error);
  if (store == NULL)
    fail (error);
  t1 = now_ms ();
  cycle = okr_store_find_current_cycle (store, today);
  rollup = okr_rollup_new (store, cycle, today, &error);
  if (rollup == NULL)
    fail (error);
  t2 = now_ms ();
  g_print ("{\"open_ms\": %.3f, \"rollup_ms\": %.3f, \"total_ms\": %.3f, \"units\": %u}\n",
           t1 - t0, t2 - t1, t2 - t0, okr_rollup_get_units (rollup)->len);
  return 0;
}

static int
compare_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
percentile (GArray *samples, double p)
{
  guint i = (guint) ceil (p * samples->len) - 1;

  qsort (samples->data, samples->len, sizeof (double), compare_double);
  return g_array_index (samples, double, MIN (i, samples->len - 1));
}

static void
print_samples (const char *name, GArray *samples, gboolean last)
{
  g_print ("\"%s_p50_ms\": %.3f, \"%s_p99_ms\": %.3f%s", name, percentile (samples, 0.5), name,
           percentile (samples, 0.99), last ? "" : ", ");
}

/* A key result of the current cycle that takes plain numbers, and its owner. */
static gint64
pick_key_result (OkrStore *store, gint64 *owner, GError **error)
{
  OkrDb *db = _okr_store_get_db (store);
  gint64 cycle = okr_store_find_current_cycle (store, okr_date_today ());
  sqlite3_stmt *stmt = okr_db_prepare (db,
                                       "SELECT k.id, k.owner_id FROM key_results k "
                                       "JOIN objectives o ON o.id = k.objective_id "
                                       "WHERE o.cycle_id = ? AND k.kind = 'number' "
                                       "AND k.deleted = 0 ORDER BY k.id LIMIT 1", error);
  gboolean has_row;
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, cycle);
  if (okr_db_step (db, stmt, &has_row, error) && has_row)
    {
      id = sqlite3_column_int64 (stmt, 0);
      *owner = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  return id;
}

/* The floor: the same row written by SQLite alone, with the store's durability settings
 * (rollback journal, synchronous = FULL) and one transaction per save. */
static GArray *
raw_inserts (const char *path, gint64 kr, guint n)
{
  GArray *samples = g_array_new (FALSE, FALSE, sizeof (double));
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 device = 0;

  if (sqlite3_open (path, &db) != SQLITE_OK ||
      sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; "
                        "PRAGMA foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, "SELECT min(id) FROM devices", -1, &stmt, NULL) != SQLITE_OK)
    g_error ("raw: %s", sqlite3_errmsg (db));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    device = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (sqlite3_prepare_v2 (db, "INSERT INTO checkins (uuid, kr_id, date, value, confidence, "
                              "stamp, device_id) VALUES (randomblob(16), ?, date('now'), ?, 7, "
                              "?, ?)", -1, &stmt, NULL) != SQLITE_OK)
    g_error ("raw: %s", sqlite3_errmsg (db));
  for (guint i = 0; i < n; i++)
    {
      double t0 = now_ms (), t;

      sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
      sqlite3_bind_int64 (stmt, 1, kr);
      sqlite3_bind_double (stmt, 2, 100 + i);
      sqlite3_bind_int64 (stmt, 3, G_MAXINT64 / 2 + i);
      sqlite3_bind_int64 (stmt, 4, device);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        g_error ("raw: %s", sqlite3_errmsg (db));
      sqlite3_reset (stmt);
      if (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
        g_error ("raw: %s", sqlite3_errmsg (db));
      t = now_ms () - t0;
      g_array_append_val (samples, t);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return samples;
}

static int
checkins (const char *path, guint n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = okr_store_open (path, 0, &error);
  g_autoptr(GArray) saved = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) raw = NULL;
  gint64 owner = 0, kr;

  if (store == NULL)
    fail (error);
  if ((kr = pick_key_result (store, &owner, &error)) == 0)
    fail (error);
  for (guint i = 0; i < n; i++)
    {
      OkrCheckinSpec spec;
      double t0, t;

      okr_checkin_spec_init (&spec);
      spec.value = 100 + i;
      spec.confidence = 7;
      spec.note = "Weekly check-in";
      spec.author_id = owner;
      t0 = now_ms ();
      if (okr_store_add_checkin (store, kr, &spec, &error) == 0)
        fail (error);
      t = now_ms () - t0;
      g_array_append_val (saved, t);
    }
  if (!okr_store_close (store, &error))
    fail (error);
  raw = raw_inserts (path, kr, n);
  g_print ("{");
  print_samples ("checkin", saved, FALSE);
  print_samples ("raw", raw, TRUE);
  g_print ("}\n");
  return 0;
}

int
main (int argc, char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "open-rollup"))
    return open_rollup (argv[2]);
  if (argc == 4 && g_str_equal (argv[1], "checkin"))
    return checkins (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10));
  g_printerr ("Usage: bench-core open-rollup FILE | checkin FILE N\n");
  return 2;
}
