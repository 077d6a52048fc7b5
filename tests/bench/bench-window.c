/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-window — Cascade's own application opening a document, to its first frame
 *
 *   bench-window [--settle-ms MS] FILE
 *   bench-window --scroll FILE
 *
 * The same OkrApplication the cascade executable runs, started the same way; only main ()
 * differs, to report the first frame and the peak memory.
 *
 * --scroll: after the first frame, scrolls the Objectives page (the cascade view of the unit
 * shown, the company at first) from top to bottom, one page per frame, and reports the time
 * from the window's creation (then the document's open) to its first frame, and how long
 * each frame of the scroll took to make (from the frame clock's before-paint to its
 * after-paint: the work of the frame, whatever the display's refresh rate).
 */
#include "okr-application.h"

#include "bench-frame.h"

typedef struct {
  gint64         opened;        /* g_get_monotonic_time () as the window was made */
  double         first_frame_ms;
  GtkAdjustment *adjustment;
  GArray        *frames;        /* double, ms of work per frame while scrolling */
  gint64         frame_start;
  guint          at_end;        /* frames painted at the bottom */
} Scroll;

static Scroll scroll;

/* The largest scrolled window inside the cascade view: its list of objectives. */
static GtkScrolledWindow *
find_scroller (GtkWidget *widget, gboolean inside)
{
  GtkScrolledWindow *best = NULL;

  inside = inside || g_str_equal (G_OBJECT_TYPE_NAME (widget), "OkrCascadeView");
  if (inside && GTK_IS_SCROLLED_WINDOW (widget) && gtk_widget_get_mapped (widget))
    return GTK_SCROLLED_WINDOW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL && best == NULL;
       child = gtk_widget_get_next_sibling (child))
    best = find_scroller (child, inside);
  return best;
}

static int
compare_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static void
report_scroll (void)
{
  GArray *f = scroll.frames;
  guint over = 0;

  for (guint i = 0; i < f->len; i++)
    over += g_array_index (f, double, i) > 16.0;
  qsort (f->data, f->len, sizeof (double), compare_double);
  printf ("{\"first_frame_ms\": %.3f, \"window_to_first_frame_ms\": %.3f, \"peak_rss_kib\": %ld, "
          "\"scroll_frames\": %u, \"frames_over_16ms\": %u, \"frame_p50_ms\": %.3f, "
          "\"frame_max_ms\": %.3f, \"rows_height_px\": %.0f}\n",
          (scroll.opened - bench_started) / 1000.0 + scroll.first_frame_ms,
          scroll.first_frame_ms, bench_peak_rss_kib (), f->len, over,
          f->len > 0 ? g_array_index (f, double, f->len / 2) : 0,
          f->len > 0 ? g_array_index (f, double, f->len - 1) : 0,
          gtk_adjustment_get_upper (scroll.adjustment));
  fflush (stdout);
  _exit (0);
}

static void
before_paint (GdkFrameClock *clock, gpointer data)
{
  scroll.frame_start = g_get_monotonic_time ();
}

static void
after_paint (GdkFrameClock *clock, gpointer data)
{
  double ms = (g_get_monotonic_time () - scroll.frame_start) / 1000.0;
  double value = gtk_adjustment_get_value (scroll.adjustment);
  double bottom = gtk_adjustment_get_upper (scroll.adjustment) -
                  gtk_adjustment_get_page_size (scroll.adjustment);

  g_array_append_val (scroll.frames, ms);
  if (value >= bottom)
    {
      /* The list's height is an estimate until its rows are measured: at the bottom twice
       * running is the end. */
      if (++scroll.at_end == 2)
        report_scroll ();
    }
  else
    scroll.at_end = 0;
}

/* One page further on every frame, so that every row of the list is made and shown. */
static gboolean
scroll_tick (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  gtk_adjustment_set_value (scroll.adjustment, gtk_adjustment_get_value (scroll.adjustment) +
                                               gtk_adjustment_get_page_size (scroll.adjustment));
  return G_SOURCE_CONTINUE;
}

static gboolean
start_scrolling (gpointer data)
{
  GtkWidget *window = data;
  GtkScrolledWindow *scroller = find_scroller (window, FALSE);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  if (scroller == NULL)
    {
      g_printerr ("bench-window: no cascade view to scroll\n");
      _exit (1);
    }
  scroll.adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  scroll.frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), NULL);
  gtk_widget_add_tick_callback (GTK_WIDGET (scroller), scroll_tick, NULL, NULL);
  return G_SOURCE_REMOVE;
}

static void
first_frame (GdkFrameClock *clock, gpointer window)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame, window);
  scroll.first_frame_ms = (g_get_monotonic_time () - scroll.opened) / 1000.0;
  /* Once the first frame's idle work is done, as a user would start. */
  g_timeout_add (500, start_scrolling, window);
}

static void
scroll_on_map (GtkWidget *window, gpointer data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (first_frame),
                    window);
}

static void
window_added (GtkApplication *app, GtkWindow *window, gpointer scrolling)
{
  /* The window is made, then given the document: from here on, it is all Cascade's. */
  scroll.opened = g_get_monotonic_time ();
  if (scrolling)
    g_signal_connect (window, "map", G_CALLBACK (scroll_on_map), NULL);
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
