/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-bare — the floors of start-up and of scrolling: a bare libadwaita window
 *
 *   bench-bare [--settle-ms MS]
 *   bench-bare --scroll N
 *
 * A window with a header bar and a label; with --scroll, a GtkListView of N one-line labels
 * instead, scrolled end to end one page per frame exactly as bench-window scrolls the
 * cascade view.
 */
#include <adwaita.h>

#include "bench-frame.h"

static guint n_rows;

static void
scrolled (GArray *frames, GtkAdjustment *adjustment)
{
  printf ("{");
  bench_print_frames (frames);
  printf ("\"rows\": %u, \"rows_height_px\": %.0f}\n", n_rows,
          gtk_adjustment_get_upper (adjustment));
  fflush (stdout);
  _exit (0);
}

static gboolean
start_scrolling (gpointer window)
{
  bench_scroll (bench_find_widget (window, GTK_TYPE_SCROLLED_WINDOW, TRUE), scrolled);
  return G_SOURCE_REMOVE;
}

static void
setup_label (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_label (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

static GtkWidget *
plain_list (void)
{
  GtkStringList *strings = gtk_string_list_new (NULL);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *list, *scroller = gtk_scrolled_window_new ();

  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *text = g_strdup_printf ("Row %u", i + 1);
      gtk_string_list_append (strings, text);
    }
  g_signal_connect (factory, "setup", G_CALLBACK (setup_label), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label), NULL);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (strings))),
                            factory);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_widget_set_vexpand (scroller, TRUE);
  return scroller;
}

static void
activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), n_rows > 0 ? plain_list () : gtk_label_new ("Bare"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  /* Cascade's window as it first opens */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  if (n_rows > 0)
    bench_after_first_frame (GTK_WINDOW (window), 1000, start_scrolling);
  else
    bench_watch_window (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  bench_parse_settle (&argc, &argv);
  if (argc == 3 && g_str_equal (argv[1], "--scroll"))
    {
      n_rows = (guint) g_ascii_strtoull (argv[2], NULL, 10);
      argc = 1;
    }
  app = adw_application_new ("org.gnome.Cascade.BenchBare", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
