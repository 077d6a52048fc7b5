/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "okr-draw.h"
#include "okr-sparkline.h"

typedef struct {
  double x0, y0, width, height;  /* the plot, inside the margins */
  OkrDate start, end;
  double top;                    /* the progress at the top edge (1 or more) */
  guint n;
} Layout;

static double
x_of (const Layout *l, OkrDate date, guint index)
{
  if (l->end > l->start)
    return l->x0 + l->width * CLAMP ((double) (date - l->start) / (l->end - l->start), 0, 1);
  /* A cycle without length: points spread evenly. */
  return l->x0 + (l->n > 1 ? l->width * index / (l->n - 1) : l->width);
}

static double
y_of (const Layout *l, double progress)
{
  double p = isfinite (progress) ? CLAMP (progress, 0, l->top) : 0;
  return l->y0 + l->height * (1 - p / l->top);
}

/* Lines fall on pixel centres so they stay crisp at 1 px. */
static double
crisp (double v)
{
  return floor (v) + 0.5;
}

/**
 * okr_sparkline_draw:
 * @points: check-ins, oldest first
 *
 * Draws in (0, 0)–(@width, @height) of @cr. Progress above the target raises the top edge
 * (up to twice the target) so that over-achievement still shows.
 */
void
okr_sparkline_draw (cairo_t *cr, double width, double height, const OkrSparkPoint *points,
                    guint n_points, OkrDate cycle_start, OkrDate cycle_end, gboolean show_pace,
                    OkrStatus status, gboolean dark)
{
  const double margin = 3;
  double ink = dark ? 1 : 0;
  OkrRgb color;
  Layout l = {
    margin, margin, width - 2 * margin, height - 2 * margin, cycle_start, cycle_end, 1, n_points
  };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (n_points == 0 || points != NULL);

  if (l.width <= 0 || l.height <= 0)
    return;
  for (guint i = 0; i < n_points; i++)
    if (isfinite (points[i].progress))
      l.top = MAX (l.top, MIN (points[i].progress, 2.0));

  okr_draw_status_color (status, dark, &color);
  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* the target, and the baseline */
  cairo_set_line_width (cr, 1);
  cairo_set_source_rgba (cr, ink, ink, ink, 0.15);
  cairo_move_to (cr, l.x0, crisp (y_of (&l, 1)));
  cairo_line_to (cr, l.x0 + l.width, crisp (y_of (&l, 1)));
  cairo_move_to (cr, l.x0, crisp (y_of (&l, 0)) - 1);
  cairo_line_to (cr, l.x0 + l.width, crisp (y_of (&l, 0)) - 1);
  cairo_stroke (cr);

  /* the pace the cycle expects: 0 at its start, the target at its end */
  if (show_pace && cycle_end > cycle_start)
    {
      const double dash[] = { 3, 3 };
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_set_source_rgba (cr, ink, ink, ink, 0.45);
      cairo_move_to (cr, l.x0, y_of (&l, 0));
      cairo_line_to (cr, l.x0 + l.width, y_of (&l, 1));
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  if (n_points == 0)
    {
      cairo_restore (cr);
      return;
    }

  /* the area under the line, then the line */
  cairo_move_to (cr, x_of (&l, points[0].date, 0), y_of (&l, 0));
  for (guint i = 0; i < n_points; i++)
    cairo_line_to (cr, x_of (&l, points[i].date, i), y_of (&l, points[i].progress));
  cairo_line_to (cr, x_of (&l, points[n_points - 1].date, n_points - 1), y_of (&l, 0));
  cairo_close_path (cr);
  okr_draw_set_color (cr, &color, 0.15);
  cairo_fill (cr);

  cairo_set_line_width (cr, 2);
  for (guint i = 0; i < n_points; i++)
    cairo_line_to (cr, x_of (&l, points[i].date, i), y_of (&l, points[i].progress));
  okr_draw_set_color (cr, &color, 1.0);
  cairo_stroke (cr);

  /* the latest check-in, marked */
  cairo_arc (cr, x_of (&l, points[n_points - 1].date, n_points - 1),
             y_of (&l, points[n_points - 1].progress), 2.5, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_restore (cr);
}
