/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-frame.h — report a window's first frame and the process's peak memory, then leave;
 * scroll a list end to end and time each frame
 *
 * Shared by bench-bare (the floor: a bare libadwaita window, or a list of plain labels) and
 * bench-window (Cascade with a document), so both are measured by the very same code.
 */
#pragma once

#include <gtk/gtk.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static gint64 bench_started;   /* g_get_monotonic_time () at main () */
static guint  bench_settle_ms; /* how long to keep running after the first frame */

/* The largest resident set the process had, in KiB (VmHWM). */
static long
bench_peak_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return -1;
  return strtol (line + 6, NULL, 10);
}

static gboolean
bench_leave (gpointer data)
{
  double first_frame_ms = *(double *) data;

  printf ("{\"first_frame_ms\": %.3f, \"peak_rss_kib\": %ld}\n", first_frame_ms,
          bench_peak_rss_kib ());
  fflush (stdout);
  /* Tearing down is not part of what is measured. */
  _exit (0);
}

static void
bench_after_paint (GdkFrameClock *clock, gpointer data)
{
  static double first_frame_ms;

  g_signal_handlers_disconnect_by_func (clock, bench_after_paint, data);
  first_frame_ms = (g_get_monotonic_time () - bench_started) / 1000.0;
  g_timeout_add (bench_settle_ms, bench_leave, &first_frame_ms);
}

static void
bench_on_map (GtkWidget *window, gpointer data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (bench_after_paint), NULL);
}

static void
bench_watch_window (GtkWindow *window)
{
  g_signal_connect (window, "map", G_CALLBACK (bench_on_map), NULL);
}

static void
bench_parse_settle (int *argc, char ***argv)
{
  bench_started = g_get_monotonic_time ();
  if (*argc >= 3 && g_str_equal ((*argv)[1], "--settle-ms"))
    {
      bench_settle_ms = (guint) g_ascii_strtoull ((*argv)[2], NULL, 10);
      (*argv)[2] = (*argv)[0];
      *argv += 2;
      *argc -= 2;
    }
}

/* The first widget of @type at or under @widget, mapped (on screen) if @mapped. */
static GtkWidget *
bench_find_widget (GtkWidget *widget, GType type, gboolean mapped)
{
  GtkWidget *found = NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && (!mapped || gtk_widget_get_mapped (widget)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL && found == NULL;
       child = gtk_widget_get_next_sibling (child))
    found = bench_find_widget (child, type, mapped);
  return found;
}

/* ───────────────────────── after the first frame ───────────────────────── */

static gint64      bench_first_frame_time;  /* g_get_monotonic_time () at the first frame */
static guint       bench_later_ms;
static GSourceFunc bench_later;

static void
bench_later_first_frame (GdkFrameClock *clock, gpointer window)
{
  g_signal_handlers_disconnect_by_func (clock, bench_later_first_frame, window);
  bench_first_frame_time = g_get_monotonic_time ();
  g_timeout_add (bench_later_ms, bench_later, window);
}

static void
bench_later_on_map (GtkWidget *window, gpointer data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (bench_later_first_frame), window);
}

/* Calls @then (@window) @delay_ms after the window's first frame: once its idle work is
 * done, as a user would start. */
static void
bench_after_first_frame (GtkWindow *window, guint delay_ms, GSourceFunc then)
{
  bench_later_ms = delay_ms;
  bench_later = then;
  g_signal_connect (window, "map", G_CALLBACK (bench_later_on_map), NULL);
}

/* ───────────────────────── scrolling ───────────────────────── */

typedef void (*BenchScrollDone) (GArray *frame_ms, GtkAdjustment *adjustment);

static struct {
  GtkAdjustment  *adjustment;
  GArray         *frames;        /* double, ms of work per frame while scrolling */
  gint64          frame_start;
  guint           at_end;        /* frames painted at the bottom */
  BenchScrollDone done;
} bench_scrolling;

static int
bench_compare_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

/* The frames' figures, as JSON members followed by ", "; sorts @frames. */
static void
bench_print_frames (GArray *frames)
{
  guint over = 0;

  for (guint i = 0; i < frames->len; i++)
    over += g_array_index (frames, double, i) > 16.0;
  qsort (frames->data, frames->len, sizeof (double), bench_compare_double);
  printf ("\"scroll_frames\": %u, \"frames_over_16ms\": %u, \"frame_p50_ms\": %.3f, "
          "\"frame_max_ms\": %.3f, ", frames->len, over,
          frames->len > 0 ? g_array_index (frames, double, frames->len / 2) : 0,
          frames->len > 0 ? g_array_index (frames, double, frames->len - 1) : 0);
}

static void
bench_before_paint (GdkFrameClock *clock, gpointer data)
{
  bench_scrolling.frame_start = g_get_monotonic_time ();
}

static void
bench_after_paint_scrolled (GdkFrameClock *clock, gpointer data)
{
  GtkAdjustment *adj = bench_scrolling.adjustment;
  double ms = (g_get_monotonic_time () - bench_scrolling.frame_start) / 1000.0;

  g_array_append_val (bench_scrolling.frames, ms);
  if (gtk_adjustment_get_value (adj) >=
      gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj))
    {
      /* A list's height is an estimate until its rows are measured: at the bottom twice
       * running is the end. */
      if (++bench_scrolling.at_end == 2)
        bench_scrolling.done (bench_scrolling.frames, adj);
    }
  else
    bench_scrolling.at_end = 0;
}

/* One page further on every frame: every row of the list is made, bound and drawn. */
static gboolean
bench_scroll_tick (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  GtkAdjustment *adj = bench_scrolling.adjustment;

  gtk_adjustment_set_value (adj, gtk_adjustment_get_value (adj) +
                                 gtk_adjustment_get_page_size (adj));
  return G_SOURCE_CONTINUE;
}

/* Scrolls @scroller from where it is to its end, timing each frame's work from the frame
 * clock's before-paint to its after-paint (whatever the display's refresh rate); then
 * calls @done. */
static void
bench_scroll (GtkWidget *scroller, BenchScrollDone done)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (scroller);

  bench_scrolling.adjustment =
    gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  bench_scrolling.frames = g_array_new (FALSE, FALSE, sizeof (double));
  bench_scrolling.done = done;
  g_signal_connect (clock, "before-paint", G_CALLBACK (bench_before_paint), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (bench_after_paint_scrolled), NULL);
  gtk_widget_add_tick_callback (scroller, bench_scroll_tick, NULL, NULL);
}
