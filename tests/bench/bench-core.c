/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-core — the in-process measurements behind build-aux/bench, each beside its floor
 *
 *   bench-core open-rollup FILE      open + roll-up of the current cycle, in ms, opened as
 *                                    the app opens a document: a file not verified yet is
 *                                    scanned in the background, and the report also says
 *                                    when that ended (verified_ms, on a second line)
 *   bench-core checkin FILE COPY N   N check-ins saved through the store to FILE, each
 *                                    followed by a raw INSERT with SQLite alone to COPY (the
 *                                    floor); ms per save
 *   bench-core charts FILE N         each chart kind of the company, gathered (the data)
 *                                    and drawn at 1280×720, N times: the medians of the
 *                                    data, the drawing and both, beside painting the bare
 *                                    surface (the floor)
 *   bench-core deck FILE OUT         the all-hands deck of the current cycle, beside a PDF
 *                                    of as many pages with one line each (the floor)
 *
 * Prints one JSON object on stdout. Timings only: nothing here asserts anything.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <cairo-pdf.h>
#include <sqlite3.h>

#include "okr-chart-data.h"
#include "okr-chart-export.h"
#include "okr-db.h"
#include "okr-deck.h"
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
  double t0, t1, t2, t3;
  gint64 cycle;
  gboolean scanned;

  t0 = now_ms ();
  store = okr_store_open (path, OKR_STORE_OPEN_VERIFY_LATER, &error);
  if (store == NULL)
    fail (error);
  t1 = now_ms ();
  cycle = okr_store_find_current_cycle (store, today);
  rollup = okr_rollup_new (store, cycle, today, &error);
  if (rollup == NULL)
    fail (error);
  t2 = now_ms ();
  scanned = okr_store_is_verifying (store);
  /* the report, when the roll-up could be shown; then when the scans ended */
  g_print ("{\"open_ms\": %.3f, \"rollup_ms\": %.3f, \"total_ms\": %.3f, \"units\": %u, "
           "\"scanned_later\": %s}\n",
           t1 - t0, t2 - t1, t2 - t0, okr_rollup_get_units (rollup)->len,
           scanned ? "true" : "false");
  fflush (stdout);
  if (!okr_store_wait_verified (store, &error))
    fail (error);
  t3 = now_ms ();
  g_print ("{\"verified_ms\": %.3f}\n", t3 - t0);
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
typedef struct {
  sqlite3      *db;
  sqlite3_stmt *insert;
  gint64        device;
} RawWriter;

static void
raw_open (RawWriter *raw, const char *path)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_open (path, &raw->db) != SQLITE_OK ||
      sqlite3_exec (raw->db, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; "
                             "PRAGMA foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (raw->db, "SELECT min(id) FROM devices", -1, &stmt, NULL) != SQLITE_OK)
    g_error ("raw: %s", sqlite3_errmsg (raw->db));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    raw->device = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (sqlite3_prepare_v2 (raw->db, "INSERT INTO checkins (uuid, kr_id, date, value, confidence, "
                                   "stamp, device_id) VALUES (randomblob(16), ?, date('now'), "
                                   "?, 7, ?, ?)", -1, &raw->insert, NULL) != SQLITE_OK)
    g_error ("raw: %s", sqlite3_errmsg (raw->db));
}

static double
raw_insert (RawWriter *raw, gint64 kr, guint i)
{
  double t0 = now_ms ();

  sqlite3_exec (raw->db, "BEGIN", NULL, NULL, NULL);
  sqlite3_bind_int64 (raw->insert, 1, kr);
  sqlite3_bind_double (raw->insert, 2, 100 + i);
  sqlite3_bind_int64 (raw->insert, 3, G_MAXINT64 / 2 + i);
  sqlite3_bind_int64 (raw->insert, 4, raw->device);
  if (sqlite3_step (raw->insert) != SQLITE_DONE)
    g_error ("raw: %s", sqlite3_errmsg (raw->db));
  sqlite3_reset (raw->insert);
  if (sqlite3_exec (raw->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    g_error ("raw: %s", sqlite3_errmsg (raw->db));
  return now_ms () - t0;
}

/* Saves through the store to @path and raw INSERTs to @floor_path (an identical copy), one
 * after the other, so that both meet the same disk: its flushes vary more than either. */
static int
checkins (const char *path, const char *floor_path, guint n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = okr_store_open (path, 0, &error);
  g_autoptr(GArray) saved = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) raw = g_array_new (FALSE, FALSE, sizeof (double));
  RawWriter writer = { NULL };
  gint64 owner = 0, kr;

  if (store == NULL)
    fail (error);
  if ((kr = pick_key_result (store, &owner, &error)) == 0)
    fail (error);
  raw_open (&writer, floor_path);
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
      t = raw_insert (&writer, kr, i);
      g_array_append_val (raw, t);
    }
  if (!okr_store_close (store, &error))
    fail (error);
  sqlite3_finalize (writer.insert);
  sqlite3_close (writer.db);
  g_print ("{");
  print_samples ("checkin", saved, FALSE);
  print_samples ("raw", raw, TRUE);
  g_print ("}\n");
  return 0;
}

static double
median_of (GArray *samples)
{
  return percentile (samples, 0.5);
}

/* The most checked-in key result of the company's current cycle: the pace chart's. */
static gint64
busiest_key_result (OkrStore *store, OkrRollup *rollup)
{
  OkrDb *db = _okr_store_get_db (store);
  sqlite3_stmt *stmt = okr_db_prepare (db,
                                       "SELECT k.id FROM key_results k "
                                       "JOIN objectives o ON o.id = k.objective_id "
                                       "JOIN checkins c ON c.kr_id = k.id "
                                       "WHERE o.cycle_id = ? GROUP BY k.id "
                                       "ORDER BY count(*) DESC LIMIT 1", NULL);
  gboolean has_row;
  gint64 id = 0;

  sqlite3_bind_int64 (stmt, 1, okr_cycle_get_id (okr_rollup_get_cycle (rollup)));
  if (okr_db_step (db, stmt, &has_row, NULL) && has_row)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

static OkrRollup *
open_current (const char *path, OkrStore **store)
{
  g_autoptr(GError) error = NULL;
  OkrRollup *rollup;

  *store = okr_store_open (path, OKR_STORE_OPEN_READ_ONLY, &error);
  if (*store == NULL)
    fail (g_steal_pointer (&error));
  rollup = okr_rollup_new (*store, okr_store_find_current_cycle (*store, okr_date_today ()),
                           okr_date_today (), &error);
  if (rollup == NULL)
    fail (g_steal_pointer (&error));
  return rollup;
}

static int
charts (const char *path, guint n)
{
  g_autoptr(OkrStore) store = NULL;
  g_autoptr(OkrRollup) rollup = open_current (path, &store);
  g_autoptr(GArray) floor = g_array_new (FALSE, FALSE, sizeof (double));
  OkrChartScope scope = { .kr_id = busiest_key_result (store, rollup) };
  OkrChartStyle style;

  okr_chart_style_init (&style, FALSE);
  style.show_title = TRUE;
  g_print ("{");
  for (OkrChartKind kind = 0; kind < OKR_CHART_N_KINDS; kind++)
    {
      g_autoptr(GArray) gathered = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) drawn = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) total = g_array_new (FALSE, FALSE, sizeof (double));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(OkrChart) chart = NULL;
          cairo_surface_t *surface;
          double t0 = now_ms (), t1, t2;

          chart = okr_chart_build (kind, store, rollup, kind == OKR_CHART_PACE ? &scope : NULL,
                                   &error);
          if (chart == NULL)
            fail (g_steal_pointer (&error));
          t1 = now_ms ();
          surface = okr_chart_render_image (chart, 1280, 720, 1, &style);
          cairo_surface_flush (surface);
          t2 = now_ms ();
          cairo_surface_destroy (surface);
          g_array_append_val (total, (double) { t2 - t0 });
          g_array_append_val (drawn, (double) { t2 - t1 });
          g_array_append_val (gathered, (double) { t1 - t0 });
        }
      g_print ("\"%s\": [%.3f, %.3f, %.3f], ", okr_chart_kind_to_string (kind),
               median_of (gathered), median_of (drawn), median_of (total));
    }
  for (guint i = 0; i < n; i++)
    {
      double t0 = now_ms (), t;
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 720);
      cairo_t *cr = cairo_create (surface);

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      t = now_ms () - t0;
      cairo_surface_destroy (surface);
      g_array_append_val (floor, t);
    }
  g_print ("\"floor_ms\": %.3f}\n", median_of (floor));
  return 0;
}

static int
deck (const char *path, const char *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = NULL;
  g_autoptr(OkrRollup) rollup = open_current (path, &store);
  g_autofree char *floor_path = g_strconcat (out, ".floor.pdf", NULL);
  OkrChartStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_slides = 0;
  double t0, t1, t2;

  okr_chart_style_init (&style, FALSE);
  t0 = now_ms ();
  if (!okr_deck_export (store, okr_cycle_get_id (okr_rollup_get_cycle (rollup)),
                        okr_date_today (), "en", &style, out, &n_slides, &error))
    fail (g_steal_pointer (&error));
  t1 = now_ms ();
  surface = cairo_pdf_surface_create (floor_path, OKR_DECK_WIDTH, OKR_DECK_HEIGHT);
  cr = cairo_create (surface);
  for (guint i = 0; i < n_slides; i++)
    {
      cairo_move_to (cr, 48, 96);
      cairo_show_text (cr, "Slide");
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  t2 = now_ms ();
  g_unlink (floor_path);
  g_print ("{\"deck_ms\": %.3f, \"slides\": %u, \"floor_ms\": %.3f}\n", t1 - t0, n_slides,
           t2 - t1);
  return 0;
}

int
main (int argc, char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "open-rollup"))
    return open_rollup (argv[2]);
  if (argc == 5 && g_str_equal (argv[1], "checkin"))
    return checkins (argv[2], argv[3], (guint) g_ascii_strtoull (argv[4], NULL, 10));
  if (argc == 4 && g_str_equal (argv[1], "charts"))
    return charts (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10));
  if (argc == 4 && g_str_equal (argv[1], "deck"))
    return deck (argv[2], argv[3]);
  g_printerr ("Usage: bench-core open-rollup FILE | checkin FILE COPY N | charts FILE N | "
              "deck FILE OUT\n");
  return 2;
}
