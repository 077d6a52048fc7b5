/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-bare — the floor of start-up: a bare libadwaita window with a header bar
 *
 *   bench-bare [--settle-ms MS]
 */
#include <adwaita.h>

#include "bench-frame.h"

static void
activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Bare"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  bench_watch_window (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  bench_parse_settle (&argc, &argv);
  app = adw_application_new ("org.gnome.Cascade.BenchBare", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
