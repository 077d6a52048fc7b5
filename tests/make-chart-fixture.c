/* SPDX-License-Identifier: GPL-3.0-or-later */
/* make-chart-fixture — writes the chart fixture to a file, for looking at charts by hand:
 *   make-chart-fixture FILE [LANG [DEPARTMENTS [TEAMS]]]
 * Today is pinned at 2027-02-18: pass --today 2027-02-18 to cascade-cli. Not installed. */
#include "config.h"

#include <stdlib.h>

#include "chart-fixture.h"

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  ChartFixture f;

  if (argc < 2)
    {
      g_printerr ("usage: make-chart-fixture FILE [LANG [DEPARTMENTS [TEAMS]]]\n");
      return 2;
    }
  if (!chart_fixture_make (argv[1], argc > 2 ? argv[2] : "en", argc > 3 ? atoi (argv[3]) : 4,
                           argc > 4 ? atoi (argv[4]) : 2, &f, &error))
    {
      g_printerr ("make-chart-fixture: %s\n", error->message);
      return 1;
    }
  g_print ("%u objectives, %u key results in Q1 2027\n", f.n_objectives, f.n_key_results);
  return 0;
}
