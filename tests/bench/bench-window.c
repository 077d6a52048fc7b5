/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-window — Cascade's own application opening a document, to its first frame
 *
 *   bench-window [--settle-ms MS] FILE
 *   bench-window --scroll FILE
 *
 * The same OkrApplication the cascade executable runs, started the same way; only main ()
 * differs, to report the first frame and the peak memory.
 *
 * --scroll: after the first frame, opens every row of the Objectives page (the cascade view
 * of the unit shown, the company at first: its objectives, their key results, and all that
 * aligns to them down to the teams), scrolls it from top to bottom, one page per frame, and
 * reports the time from the window's creation (then the document's open) to its first
 * frame, and how long each frame of the scroll took to make.
 */
#include "okr-application.h"
#include "okr-cascade-view.h"

#include "bench-frame.h"

static gint64 window_made;      /* g_get_monotonic_time () as the window was made */
static double first_frame_ms;   /* from then */
static guint  n_rows;           /* in the cascade, all open */

static void
scrolled (GArray *frames, GtkAdjustment *adjustment)
{
  printf ("{\"first_frame_ms\": %.3f, \"window_to_first_frame_ms\": %.3f, "
          "\"peak_rss_kib\": %ld, ",
          (window_made - bench_started) / 1000.0 + first_frame_ms, first_frame_ms,
          bench_peak_rss_kib ());
  bench_print_frames (frames);
  printf ("\"rows\": %u, \"rows_height_px\": %.0f}\n", n_rows,
          gtk_adjustment_get_upper (adjustment));
  fflush (stdout);
  _exit (0);
}

static GtkWidget *
cascade_view (gpointer window)
{
  GtkWidget *view = bench_find_widget (window, OKR_TYPE_CASCADE_VIEW, TRUE);

  if (view == NULL)
    {
      g_printerr ("bench-window: no cascade view to scroll\n");
      _exit (1);
    }
  return view;
}

static gboolean
start_scrolling (gpointer window)
{
  bench_scroll (bench_find_widget (cascade_view (window), GTK_TYPE_SCROLLED_WINDOW, TRUE),
                scrolled);
  return G_SOURCE_REMOVE;
}

/* Every row open, the rows it brings included, as a reader going through it all would. */
static gboolean
expand_all (gpointer window)
{
  GListModel *rows = okr_cascade_view_get_model (OKR_CASCADE_VIEW (cascade_view (window)));

  first_frame_ms = (bench_first_frame_time - window_made) / 1000.0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      gtk_tree_list_row_set_expanded (row, TRUE);
    }
  n_rows = g_list_model_get_n_items (rows);
  /* Scrolling starts once the list has settled, as a user would start. */
  g_timeout_add (500, start_scrolling, window);
  return G_SOURCE_REMOVE;
}

static void
window_added (GtkApplication *app, GtkWindow *window, gpointer scrolling)
{
  /* The window is made, then given the document: from here on, it is all Cascade's. */
  window_made = g_get_monotonic_time ();
  if (scrolling)
    bench_after_first_frame (window, 500, expand_all);
  else
    bench_watch_window (window);
}

int
main (int argc, char *argv[])
{
  g_autoptr(OkrApplication) app = NULL;
  gboolean scrolling = FALSE;

  bench_parse_settle (&argc, &argv);
  if (argc >= 2 && g_str_equal (argv[1], "--scroll"))
    {
      scrolling = TRUE;
      argv[1] = argv[0];
      argv++;
      argc--;
    }
  app = okr_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) |
                           G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (window_added), GINT_TO_POINTER (scrolling));
  return g_application_run (G_APPLICATION (app), argc, argv);
}
