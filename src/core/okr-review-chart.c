/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "okr-format.h"
#include "okr-review-chart.h"

/* The buckets take the status palette (Okabe–Ito, colour-blind safe), from "off track"
 * for a fail to "done" for a stretch; each bar is also labelled, never colour alone. */
void
okr_review_bucket_color (OkrScoreBucket bucket, gboolean dark, OkrRgb *rgb)
{
  static const OkrStatus status[OKR_SCORE_BUCKET_N] = {
    [OKR_SCORE_BUCKET_FAIL] = OKR_STATUS_OFF_TRACK,
    [OKR_SCORE_BUCKET_COMMIT] = OKR_STATUS_AT_RISK,
    [OKR_SCORE_BUCKET_TARGET] = OKR_STATUS_ON_TRACK,
    [OKR_SCORE_BUCKET_STRETCH] = OKR_STATUS_DONE,
  };

  g_return_if_fail (bucket < OKR_SCORE_BUCKET_N);
  okr_draw_status_color (status[bucket], dark, rgb);
}

void
okr_review_score_color (double score, gboolean dark, OkrRgb *rgb)
{
  okr_review_bucket_color (okr_math_score_bucket (score), dark, rgb);
}

static PangoLayout *
text_layout (cairo_t *cr, const char *text, double size, gboolean bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* Draws @text centred on @cx with its top at @y. */
static void
centred_text (cairo_t *cr, const char *text, double cx, double y, double size, gboolean bold)
{
  g_autoptr(PangoLayout) layout = text_layout (cr, text, size, bold);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, cx - w / 2.0, y);
  pango_cairo_show_layout (cr, layout);
}

/* "0.4–0.6" in the reader's numbers ("0,4–0,6" in Vietnamese); one score alone. */
char *
okr_review_format_range (double low, double high)
{
  g_autofree char *from = okr_format_score (low);
  g_autofree char *to = okr_format_score (high);

  if (low == high)
    return g_steal_pointer (&from);
  /* Translators: a range of scores, "0.4–0.6". */
  return g_strdup_printf (C_("score range", "%s–%s"), from, to);
}

/**
 * okr_review_chart_draw:
 *
 * Four bars, fail / commit / target / stretch, each with its count above and its name and
 * range below, scaled to the largest; fits any size from a sidebar to a slide.
 */
void
okr_review_chart_draw (cairo_t *cr, double width, double height,
                       const OkrScoreDistribution *distribution, gboolean dark)
{
  static const double ranges[OKR_SCORE_BUCKET_N][2] = {
    { 0.0, 0.3 }, { 0.4, 0.6 }, { 0.7, 0.9 }, { 1.0, 1.0 },
  };
  double ink = dark ? 1.0 : 0.0;
  double text_size = CLAMP (height / 11, 8, 16);
  double top = text_size * 1.6;                 /* room for the counts */
  double bottom = height - text_size * 2.8;     /* room for the names and ranges */
  double slot = width / OKR_SCORE_BUCKET_N;
  guint max = 1;

  for (guint b = 0; b < OKR_SCORE_BUCKET_N; b++)
    max = MAX (max, distribution->counts[b]);

  cairo_save (cr);
  for (guint b = 0; b < OKR_SCORE_BUCKET_N; b++)
    {
      double cx = slot * (b + 0.5);
      double bar_w = MIN (slot * 0.62, text_size * 6);
      double bar_h = bottom > top ? (bottom - top) * distribution->counts[b] / max : 0;
      g_autofree char *count = g_strdup_printf ("%u", distribution->counts[b]);
      g_autofree char *range = NULL;
      OkrRgb color;

      okr_review_bucket_color (b, dark, &color);
      okr_draw_set_color (cr, &color, 1.0);
      cairo_rectangle (cr, round (cx - bar_w / 2), round (bottom - bar_h), round (bar_w),
                       round (bar_h));
      cairo_fill (cr);

      cairo_set_source_rgba (cr, ink, ink, ink, 0.85);
      centred_text (cr, count, cx, bottom - bar_h - text_size * 1.4, text_size, TRUE);
      centred_text (cr, okr_score_bucket_to_label (b), cx, bottom + text_size * 0.3, text_size,
                    FALSE);
      range = okr_review_format_range (ranges[b][0], ranges[b][1]);
      cairo_set_source_rgba (cr, ink, ink, ink, 0.55);
      centred_text (cr, range, cx, bottom + text_size * 1.5, text_size * 0.85, FALSE);
    }
  /* the baseline, crisp */
  cairo_set_source_rgba (cr, ink, ink, ink, 0.3);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, 0, floor (bottom) + 0.5);
  cairo_line_to (cr, width, floor (bottom) + 0.5);
  cairo_stroke (cr);
  cairo_restore (cr);
}
