/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-frame.h — report a window's first frame and the process's peak memory, then leave
 *
 * Shared by bench-bare (the floor: a bare libadwaita window) and bench-window (Cascade with
 * a document), so both are measured by the very same code.
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
