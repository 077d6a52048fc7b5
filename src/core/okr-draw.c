/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "okr-draw.h"

/* Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. Status is
 * never carried by colour alone — every chart also writes it or shapes it. */
static const OkrRgb status_light[OKR_STATUS_N] = {
  [OKR_STATUS_NOT_STARTED] = { 0.55, 0.55, 0.55 },
  [OKR_STATUS_OFF_TRACK] = { 0.835, 0.369, 0.0 },   /* vermillion */
  [OKR_STATUS_AT_RISK] = { 0.902, 0.624, 0.0 },     /* orange */
  [OKR_STATUS_ON_TRACK] = { 0.0, 0.620, 0.451 },    /* bluish green */
  [OKR_STATUS_DONE] = { 0.0, 0.447, 0.698 },        /* blue */
};

static const OkrRgb status_dark[OKR_STATUS_N] = {
  [OKR_STATUS_NOT_STARTED] = { 0.6, 0.6, 0.6 },
  [OKR_STATUS_OFF_TRACK] = { 0.93, 0.45, 0.15 },
  [OKR_STATUS_AT_RISK] = { 0.96, 0.72, 0.2 },
  [OKR_STATUS_ON_TRACK] = { 0.2, 0.78, 0.6 },
  [OKR_STATUS_DONE] = { 0.35, 0.65, 0.95 },
};

void
okr_draw_status_color (OkrStatus status, gboolean dark, OkrRgb *rgb)
{
  g_return_if_fail (status < OKR_STATUS_N);
  *rgb = dark ? status_dark[status] : status_light[status];
}

void
okr_draw_set_color (cairo_t *cr, const OkrRgb *rgb, double alpha)
{
  cairo_set_source_rgba (cr, rgb->r, rgb->g, rgb->b, alpha);
}

/* A ring filled clockwise from twelve o'clock to @progress (clamped), on a faint track,
 * with a tick where progress is expected today (@expected NAN: no tick). */
void
okr_draw_ring (cairo_t *cr, double cx, double cy, double radius, double width, double progress,
               double expected, OkrStatus status, gboolean dark)
{
  const double start = -G_PI / 2;
  OkrRgb color;
  double p = isnan (progress) ? 0 : CLAMP (progress, 0, 1);

  okr_draw_status_color (status, dark, &color);
  cairo_save (cr);
  cairo_set_line_width (cr, width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  cairo_set_source_rgba (cr, dark ? 1 : 0, dark ? 1 : 0, dark ? 1 : 0, 0.12);
  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
  cairo_stroke (cr);

  if (p > 0)
    {
      okr_draw_set_color (cr, &color, 1.0);
      cairo_new_path (cr);
      cairo_arc (cr, cx, cy, radius, start, start + 2 * G_PI * p);
      cairo_stroke (cr);
    }

  if (!isnan (expected) && expected > 0 && expected < 1)
    {
      double a = start + 2 * G_PI * expected;
      cairo_set_line_width (cr, MAX (1.0, width / 3));
      cairo_set_source_rgba (cr, dark ? 1 : 0, dark ? 1 : 0, dark ? 1 : 0, 0.6);
      cairo_move_to (cr, cx + cos (a) * (radius - width / 2 - 1), cy + sin (a) * (radius - width / 2 - 1));
      cairo_line_to (cr, cx + cos (a) * (radius + width / 2 + 1), cy + sin (a) * (radius + width / 2 + 1));
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* The status as a shape as well as a colour, for readers who can't tell the colours apart:
 * on track ●, at risk ▲, off track ◆, done ■ with a tick, not started ○. @size is the
 * shape's width. */
void
okr_draw_status_shape (cairo_t *cr, OkrStatus status, double cx, double cy, double size,
                       gboolean dark)
{
  OkrRgb color;
  double r = size / 2;

  okr_draw_status_color (status, dark, &color);
  cairo_save (cr);
  cairo_new_path (cr);
  okr_draw_set_color (cr, &color, 1.0);
  switch (status)
    {
    case OKR_STATUS_ON_TRACK:
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case OKR_STATUS_AT_RISK:
      /* An equilateral triangle looks smaller than a circle of the same width: enlarge it. */
      r *= 1.15;
      cairo_move_to (cr, cx, cy - r);
      cairo_line_to (cr, cx + r * 0.866, cy + r * 0.5);
      cairo_line_to (cr, cx - r * 0.866, cy + r * 0.5);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case OKR_STATUS_OFF_TRACK:
      r *= 1.1;
      cairo_move_to (cr, cx, cy - r);
      cairo_line_to (cr, cx + r, cy);
      cairo_line_to (cr, cx, cy + r);
      cairo_line_to (cr, cx - r, cy);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case OKR_STATUS_DONE:
      r *= 0.9;
      cairo_rectangle (cr, cx - r, cy - r, 2 * r, 2 * r);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, MAX (1.0, size / 6));
      cairo_move_to (cr, cx - r * 0.55, cy);
      cairo_line_to (cr, cx - r * 0.1, cy + r * 0.45);
      cairo_line_to (cr, cx + r * 0.6, cy - r * 0.45);
      cairo_stroke (cr);
      break;
    case OKR_STATUS_NOT_STARTED:
    default:
      cairo_set_line_width (cr, MAX (1.0, size / 5));
      cairo_arc (cr, cx, cy, r - size / 10, 0, 2 * G_PI);
      cairo_stroke (cr);
      break;
    }
  cairo_restore (cr);
}
