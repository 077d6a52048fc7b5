/* SPDX-License-Identifier: GPL-3.0-or-later */
/* chart-timing — how long each chart takes for a company of 40 teams, and the deck: run by
 * hand (targets: a chart in under 10 ms, the deck of a demo-sized company in under 1 s).
 * Not a test: timings depend on the machine. Not installed.
 *
 *   chart-timing [DEPARTMENTS [TEAMS]]       (default 5 × 8 = 40 teams)
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "chart-fixture.h"
#include "okr-chart-data.h"
#include "okr-deck.h"
#include "okr-store-read.h"

#define RUNS 30

static int
compare (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median (double *times)
{
  qsort (times, RUNS, sizeof (double), compare);
  return times[RUNS / 2];
}

int
main (int argc, char *argv[])
{
  guint departments = argc > 1 ? (guint) atoi (argv[1]) : 5;
  guint teams = argc > 2 ? (guint) atoi (argv[2]) : 8;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cascade-timing-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "company.okr", NULL);
  g_autofree char *deck = g_build_filename (dir, "deck.pdf", NULL);
  g_autoptr(OkrStore) store = NULL;
  g_autoptr(OkrRollup) rollup = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  ChartFixture f;
  OkrChartStyle style;
  double times[RUNS], build[RUNS];
  guint slides = 0;

  setlocale (LC_ALL, "");
  if (!chart_fixture_make (path, "vi", departments, teams, &f, &error))
    g_error ("%s", error->message);
  store = okr_store_open (path, OKR_STORE_OPEN_READ_ONLY, &error);
  rollup = okr_rollup_new (store, f.quarter, okr_date_today (), &error);
  g_assert_no_error (error);
  okr_chart_style_init (&style, FALSE);
  style.show_title = TRUE;
  g_print ("%u departments × %u teams: %u objectives, %u key results\n", departments, teams,
           f.n_objectives, f.n_key_results);
  g_print ("%-12s %14s %16s %16s\n", "chart", "data (ms)", "draw 960×540", "draw 1920×1080");

  for (guint k = 0; k < OKR_CHART_N_KINDS; k++)
    {
      OkrChartScope scope = { f.company, 0, f.kr_with_checkins };
      double small = 0, large = 0;

      for (int size = 0; size < 2; size++)
        {
          for (int i = 0; i < RUNS; i++)
            {
              gint64 t0 = g_get_monotonic_time (), t1;
              g_autoptr(OkrChart) chart = okr_chart_build ((OkrChartKind) k, store, rollup, &scope,
                                                           &error);
              cairo_t *cr;

              g_assert_no_error (error);
              t1 = g_get_monotonic_time ();
              cr = cairo_create (surface);
              okr_chart_draw (chart, cr, size == 0 ? 960 : 1920, size == 0 ? 540 : 1080, &style,
                              NULL);
              cairo_destroy (cr);
              cairo_surface_flush (surface);
              build[i] = (t1 - t0) / 1000.0;
              times[i] = (g_get_monotonic_time () - t1) / 1000.0;
            }
          if (size == 0)
            small = median (times);
          else
            large = median (times);
        }
      g_print ("%-12s %14.2f %16.2f %16.2f\n", okr_chart_kind_to_string ((OkrChartKind) k),
               median (build), small, large);
    }

  for (int i = 0; i < 5; i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      if (!okr_deck_export (store, f.quarter, okr_date_today (), "vi", NULL, deck, &slides,
                            &error))
        g_error ("%s", error->message);
      times[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  qsort (times, 5, sizeof (double), compare);
  g_print ("deck: %u slides in %.1f ms (median of 5)\n", slides, times[2]);

  cairo_surface_destroy (surface);
  g_unlink (deck);
  okr_store_close (store, NULL);
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
