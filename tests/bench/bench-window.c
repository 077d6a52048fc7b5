/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-window — Cascade's own application opening a document, to its first frame
 *
 *   bench-window [--settle-ms MS] FILE
 *
 * The same OkrApplication the cascade executable runs, started the same way; only main ()
 * differs, to report the first frame and the peak memory.
 */
#include "okr-application.h"

#include "bench-frame.h"

static void
window_added (GtkApplication *app, GtkWindow *window)
{
  bench_watch_window (window);
}

int
main (int argc, char *argv[])
{
  g_autoptr(OkrApplication) app = NULL;

  bench_parse_settle (&argc, &argv);
  app = okr_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) |
                           G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (window_added), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
