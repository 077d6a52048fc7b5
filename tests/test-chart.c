/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-chart.c — charts drawn into image surfaces and probed pixel by pixel (a 50 % bar ends
 * half-way, a 2× picture is the 1× one enlarged, lines are one device pixel wide), exports
 * parsed back (PNG size, SVG root, PDF pages and boxes), the deck's slides, Vietnamese text
 * without missing glyphs, "no data" pictures, and the language switch of the deck. */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "chart-fixture.h"
#include "okr-chart-data.h"
#include "okr-chart-export.h"
#include "okr-deck.h"
#include "okr-draw.h"
#include "okr-format.h"
#include "okr-language.h"
#include "okr-math.h"
#include "okr-store-edits.h"
#include "okr-store-read.h"

/* ───────────────────────── images ───────────────────────── */

static guint32
pixel (cairo_surface_t *s, int x, int y)
{
  unsigned char *data = cairo_image_surface_get_data (s);
  int stride = cairo_image_surface_get_stride (s);

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (s));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (s));
  return *(guint32 *) (data + y * stride + x * 4);
}

static int
channel (guint32 p, int shift)
{
  return (int) ((p >> shift) & 0xff);
}

/* Whether a pixel is (within @tolerance per channel) the colour of @status. */
static gboolean
is_color (guint32 p, const OkrRgb *rgb, int tolerance)
{
  return abs (channel (p, 16) - (int) round (rgb->r * 255)) <= tolerance &&
         abs (channel (p, 8) - (int) round (rgb->g * 255)) <= tolerance &&
         abs (channel (p, 0) - (int) round (rgb->b * 255)) <= tolerance;
}

static gboolean
is_status (guint32 p, OkrStatus status)
{
  OkrRgb rgb;
  okr_draw_status_color (status, FALSE, &rgb);
  return is_color (p, &rgb, 6);
}

static gboolean
same_pixel (guint32 a, guint32 b, int tolerance)
{
  for (int shift = 0; shift < 32; shift += 8)
    if (abs (channel (a, shift) - channel (b, shift)) > tolerance)
      return FALSE;
  return TRUE;
}

static const guint32 WHITE = 0xffffffff;

/* Draws @chart at @width × @height logical pixels, @scale device pixels each. */
static cairo_surface_t *
render (OkrChart *chart, int width, int height, int scale, gboolean dark, OkrChartHits *hits)
{
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale,
                                                   height * scale);
  cairo_t *cr = cairo_create (s);
  OkrChartStyle style;

  okr_chart_style_init (&style, dark);
  cairo_scale (cr, scale, scale);
  okr_chart_draw (chart, cr, width, height, &style, hits);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (s);
  return s;
}

static const OkrChartHit *
find_target (OkrChartHits *hits, OkrChartTargetKind kind, gint64 id)
{
  for (guint i = 0; i < okr_chart_hits_get_n (hits); i++)
    {
      const OkrChartHit *hit = okr_chart_hits_get (hits, i);
      if (hit->target.kind == kind && hit->target.id == id)
        return hit;
    }
  g_assert_not_reached ();
  return NULL;
}

static OkrChartTarget
target (OkrChartTargetKind kind, gint64 id)
{
  return (OkrChartTarget) { kind, id };
}

/* The length of the first run of @status's colour along a row (or a column, upwards from
 * @from when @vertical). */
static int
run_length (cairo_surface_t *s, int from, int at, gboolean vertical, OkrStatus status,
            int *start)
{
  int limit = vertical ? cairo_image_surface_get_height (s) : cairo_image_surface_get_width (s);
  int i = from, n = 0, step = vertical ? -1 : 1;

  while (i >= 0 && i < limit && !is_status (vertical ? pixel (s, at, i) : pixel (s, i, at), status))
    i += step;
  if (start != NULL)
    *start = i;
  while (i >= 0 && i < limit && is_status (vertical ? pixel (s, at, i) : pixel (s, i, at), status))
    {
      n++;
      i += step;
    }
  return n;
}

/* ───────────────────────── the maths of axes ───────────────────────── */

static void
assert_ticks (double lo, double hi, int max, double first, double step, int n)
{
  double f, s;
  int count;

  okr_chart_nice_ticks (lo, hi, max, &f, &s, &count);
  g_assert_cmpfloat_with_epsilon (f, first, 1e-9);
  g_assert_cmpfloat_with_epsilon (s, step, 1e-9);
  g_assert_cmpint (count, ==, n);
}

static void
test_ticks (void)
{
  assert_ticks (0, 1, 5, 0, 0.2, 6);          /* 0, 0.2 … 1 */
  assert_ticks (0, 97, 5, 0, 20, 6);          /* 0, 20 … 100 */
  assert_ticks (3, 17, 4, 0, 5, 5);           /* 0, 5 … 20 */
  assert_ticks (-3, 7, 5, -5, 5, 4);          /* −5 … 10: a step of 2 needs 6 intervals */
  assert_ticks (0, 1, 10, 0, 0.1, 11);
  assert_ticks (1.2e9, 2e9, 4, 1.2e9, 0.2e9, 5);
  assert_ticks (24, 4, 5, 0, 5, 6);           /* a decreasing KR: the same axis */
  assert_ticks (5, 5, 5, 0, 2, 5);            /* one value: from 0 to a little above */
}

static void
test_score_buckets (void)
{
  g_assert_cmpint (okr_math_score_bucket (0.0), ==, OKR_SCORE_BUCKET_FAIL);
  g_assert_cmpint (okr_math_score_bucket (0.3), ==, OKR_SCORE_BUCKET_FAIL);
  g_assert_cmpint (okr_math_score_bucket (0.4), ==, OKR_SCORE_BUCKET_COMMIT);
  g_assert_cmpint (okr_math_score_bucket (0.6), ==, OKR_SCORE_BUCKET_COMMIT);
  g_assert_cmpint (okr_math_score_bucket (0.7), ==, OKR_SCORE_BUCKET_TARGET);
  g_assert_cmpint (okr_math_score_bucket (0.9), ==, OKR_SCORE_BUCKET_TARGET);
  g_assert_cmpint (okr_math_score_bucket (1.0), ==, OKR_SCORE_BUCKET_STRETCH);
  /* A weighted mean a hair under a step stays in the band a person would expect. */
  g_assert_cmpint (okr_math_score_bucket (0.7 - 1e-12), ==, OKR_SCORE_BUCKET_TARGET);
  g_assert_cmpint (okr_math_score_bucket (0.96), ==, OKR_SCORE_BUCKET_STRETCH);
}

/* ───────────────────────── each chart, probed ───────────────────────── */

static OkrChart *
bars_chart (OkrChartKind kind, const double *progress, const OkrStatus *status, guint n,
            double expected)
{
  OkrChartBarsData *data = okr_chart_bars_data_new ();

  data->expected = expected;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("Row %u", i);
      okr_chart_bars_data_add (data, title, progress[i], status[i], FALSE,
                               target (kind == OKR_CHART_UNITS ? OKR_CHART_TARGET_UNIT
                                                               : OKR_CHART_TARGET_OBJECTIVE,
                                       i + 1));
    }
  return okr_chart_new (kind, data, "Bars", NULL);
}

/* A 50 % bar ends half-way between the start and the end of a 100 % bar; a 25 % bar a
 * quarter of the way; at 2× every length doubles. */
static void
test_objectives_scale (void)
{
  static const double progress[] = { 1.0, 0.5, 0.25, 1.3 };
  static const OkrStatus status[] = { OKR_STATUS_DONE, OKR_STATUS_ON_TRACK, OKR_STATUS_AT_RISK,
                                      OKR_STATUS_OFF_TRACK };
  g_autoptr(OkrChart) chart = bars_chart (OKR_CHART_OBJECTIVES, progress, status, 4, NAN);

  for (int scale = 1; scale <= 2; scale++)
    {
      g_autoptr(OkrChartHits) hits = okr_chart_hits_new ();
      cairo_surface_t *s = render (chart, 640, 320, scale, FALSE, hits);
      int len[4], start[4];

      for (guint i = 0; i < 4; i++)
        {
          const OkrChartHit *hit = find_target (hits, OKR_CHART_TARGET_OBJECTIVE, i + 1);
          int y = (int) ((hit->y + hit->height / 2) * scale);
          len[i] = run_length (s, 0, y, FALSE, status[i], &start[i]);
        }
      g_assert_cmpint (len[0], >, 200 * scale);
      for (guint i = 1; i < 4; i++)
        g_assert_cmpint (abs (start[i] - start[0]), <=, 1);
      g_assert_cmpint (abs (len[1] * 2 - len[0]), <=, 2 * scale);
      g_assert_cmpint (abs (len[2] * 4 - len[0]), <=, 4 * scale);
      /* Over-achievement fills the bar, no more: the axis stays 0–100 %. */
      g_assert_cmpint (abs (len[3] - len[0]), <=, 1);
      cairo_surface_destroy (s);
    }
}

/* Columns: heights in proportion, from the same baseline. */
static void
test_units_scale (void)
{
  static const double progress[] = { 1.0, 0.5, 0.25 };
  static const OkrStatus status[] = { OKR_STATUS_DONE, OKR_STATUS_ON_TRACK, OKR_STATUS_AT_RISK };
  g_autoptr(OkrChart) chart = bars_chart (OKR_CHART_UNITS, progress, status, 3, NAN);
  g_autoptr(OkrChartHits) hits = okr_chart_hits_new ();
  cairo_surface_t *s = render (chart, 600, 400, 1, FALSE, hits);
  int len[3], bottom[3];

  for (guint i = 0; i < 3; i++)
    {
      const OkrChartHit *hit = find_target (hits, OKR_CHART_TARGET_UNIT, i + 1);
      len[i] = run_length (s, 399, (int) (hit->x + hit->width / 2), TRUE, status[i], &bottom[i]);
    }
  g_assert_cmpint (len[0], >, 150);
  g_assert_cmpint (bottom[1], ==, bottom[0]);
  g_assert_cmpint (bottom[2], ==, bottom[0]);
  g_assert_cmpint (abs (len[1] * 2 - len[0]), <=, 2);
  g_assert_cmpint (abs (len[2] * 4 - len[0]), <=, 4);
  cairo_surface_destroy (s);

  /* Forty teams do not fit side by side: they become rows, each still hit-testable. */
  {
    OkrChartBarsData *many = okr_chart_bars_data_new ();
    g_autoptr(OkrChart) forty = NULL;
    g_autoptr(OkrChartHits) h = okr_chart_hits_new ();

    for (guint i = 0; i < 40; i++)
      okr_chart_bars_data_add (many, "Nhóm Kinh doanh Khách hàng Doanh nghiệp", 0.5,
                               OKR_STATUS_ON_TRACK, FALSE, target (OKR_CHART_TARGET_UNIT, i + 1));
    forty = okr_chart_new (OKR_CHART_UNITS, many, "Teams", NULL);
    s = render (forty, 600, 1100, 1, FALSE, h);
    for (guint i = 1; i < 40; i++)
      {
        const OkrChartHit *a = find_target (h, OKR_CHART_TARGET_UNIT, i);
        const OkrChartHit *b = find_target (h, OKR_CHART_TARGET_UNIT, i + 1);
        g_assert_cmpfloat (a->y + a->height, <=, b->y + 0.01);
        g_assert_cmpfloat (a->width, >, a->height);
      }
    cairo_surface_destroy (s);
  }
}

/* Pixel at @angle_deg clockwise from twelve o'clock, at @radius from the centre. */
static guint32
polar (cairo_surface_t *s, double cx, double cy, double radius, double angle_deg)
{
  double a = (angle_deg - 90) * G_PI / 180;
  return pixel (s, (int) (cx + cos (a) * radius), (int) (cy + sin (a) * radius));
}

static void
test_ring (void)
{
  OkrChartRingData *data = okr_chart_ring_data_new ();
  g_autoptr(OkrChart) chart = NULL;
  g_autoptr(OkrChartHits) hits = okr_chart_hits_new ();
  cairo_surface_t *s;
  const OkrChartHit *hit;
  double cx, cy, r;

  data->label = g_strdup ("Kinh doanh");
  data->progress = 0.25;
  data->expected = 0.6;
  data->status = OKR_STATUS_ON_TRACK;
  data->target = target (OKR_CHART_TARGET_UNIT, 7);
  chart = okr_chart_new (OKR_CHART_RING, data, "Ring", NULL);
  s = render (chart, 300, 300, 1, FALSE, hits);
  hit = find_target (hits, OKR_CHART_TARGET_UNIT, 7);
  cx = hit->x + hit->width / 2;
  cy = hit->y + hit->height / 2;
  r = hit->width / 2 * 0.9;     /* inside the ring's band */

  g_assert_true (is_status (polar (s, cx, cy, r, 10), OKR_STATUS_ON_TRACK));
  g_assert_true (is_status (polar (s, cx, cy, r, 80), OKR_STATUS_ON_TRACK));
  g_assert_false (is_status (polar (s, cx, cy, r, 100), OKR_STATUS_ON_TRACK));
  g_assert_false (is_status (polar (s, cx, cy, r, 200), OKR_STATUS_ON_TRACK));
  g_assert_false (is_status (polar (s, cx, cy, r, 350), OKR_STATUS_ON_TRACK));
  /* The hole is the background. */
  g_assert_true (same_pixel (pixel (s, (int) cx - (int) (r * 0.5), (int) cy), WHITE, 0));
  cairo_surface_destroy (s);
}

static void
test_pace (void)
{
  OkrChartPaceData *data = okr_chart_pace_data_new ();
  OkrDate start = okr_date_from_ymd (2027, 1, 1);
  OkrChartPoint points[] = { { start + 50, 50, 8 }, { start + 70, 60, 2 } };
  g_autoptr(OkrChart) chart = NULL;
  g_autoptr(OkrChartHits) hits = okr_chart_hits_new ();
  const OkrChartHit *plot;
  cairo_surface_t *s;
  double x0, y0, pw, ph;

  data->title = g_strdup ("Doanh thu");
  data->kind = OKR_KR_NUMBER;
  data->baseline = 0;
  data->target = 100;
  data->start = start;
  data->end = start + 100;
  data->today = start + 80;
  data->status = OKR_STATUS_AT_RISK;
  data->ref = target (OKR_CHART_TARGET_KEY_RESULT, 3);
  g_array_append_vals (data->points, points, G_N_ELEMENTS (points));
  chart = okr_chart_new (OKR_CHART_PACE, data, "Pace", NULL);
  s = render (chart, 800, 400, 1, FALSE, hits);

  /* The first hit is the plot; 0–100 is the whole axis, the cycle the whole width. */
  plot = okr_chart_hits_get (hits, 0);
  g_assert_cmpint (plot->target.kind, ==, OKR_CHART_TARGET_KEY_RESULT);
  x0 = plot->x;
  y0 = plot->y;
  pw = plot->width;
  ph = plot->height;
  /* Confidence 8 is green (a circle), 2 is red (a diamond), each at its value and date. */
  g_assert_true (is_status (pixel (s, (int) (x0 + 0.5 * pw), (int) (y0 + 0.5 * ph)),
                            OKR_STATUS_ON_TRACK));
  g_assert_true (is_status (pixel (s, (int) (x0 + 0.7 * pw), (int) (y0 + 0.4 * ph)),
                            OKR_STATUS_OFF_TRACK));
  /* Not where a wrong scale would have put them. */
  g_assert_false (is_status (pixel (s, (int) (x0 + 0.5 * pw), (int) (y0 + 0.75 * ph)),
                             OKR_STATUS_ON_TRACK));
  g_assert_false (is_status (pixel (s, (int) (x0 + 0.25 * pw), (int) (y0 + 0.5 * ph)),
                             OKR_STATUS_ON_TRACK));
  /* Today: a dark line at 80 % of the width, over the background. */
  g_assert_cmpint (channel (pixel (s, (int) (x0 + 0.8 * pw), (int) (y0 + 0.9 * ph)), 8), <, 160);
  g_assert_true (same_pixel (pixel (s, (int) (x0 + 0.8 * pw) + 3, (int) (y0 + 0.9 * ph)), WHITE, 0));
  /* Each check-in is a hit with its own tooltip. */
  g_assert_cmpuint (okr_chart_hits_get_n (hits), ==, 3);
  g_assert_nonnull (strstr (okr_chart_hits_get (hits, 2)->tooltip, "2/10"));
  cairo_surface_destroy (s);
}

static void
test_status (void)
{
  OkrChartStatusData *data = okr_chart_status_data_new ();
  g_autoptr(OkrChart) chart = NULL;
  g_autoptr(OkrChartHits) hits = okr_chart_hits_new ();
  const OkrChartHit *seg;
  cairo_surface_t *s;
  double r;

  data->counts[OKR_STATUS_DONE] = 1;
  data->counts[OKR_STATUS_ON_TRACK] = 1;
  data->counts[OKR_STATUS_AT_RISK] = 2;
  data->target = target (OKR_CHART_TARGET_UNIT, 1);
  chart = okr_chart_new (OKR_CHART_STATUS, data, "Status", NULL);
  s = render (chart, 500, 300, 1, FALSE, hits);

  seg = okr_chart_hits_get (hits, 0);
  g_assert_true (seg->is_sector);
  r = (seg->radius_inner + seg->radius_outer) / 2;
  /* Clockwise from twelve o'clock: done a quarter, on track a quarter, at risk a half. */
  g_assert_true (is_status (polar (s, seg->cx, seg->cy, r, 45), OKR_STATUS_DONE));
  g_assert_true (is_status (polar (s, seg->cx, seg->cy, r, 135), OKR_STATUS_ON_TRACK));
  g_assert_true (is_status (polar (s, seg->cx, seg->cy, r, 200), OKR_STATUS_AT_RISK));
  g_assert_true (is_status (polar (s, seg->cx, seg->cy, r, 340), OKR_STATUS_AT_RISK));
  /* Sector hits answer by angle. */
  {
    double a = (270 - 90) * G_PI / 180;
    const OkrChartHit *found = okr_chart_hits_find (hits, seg->cx + cos (a) * r,
                                                    seg->cy + sin (a) * r);
    g_assert_nonnull (found);
    g_assert_nonnull (strstr (found->tooltip, okr_status_to_label (OKR_STATUS_AT_RISK)));
    g_assert_null (okr_chart_hits_find (hits, seg->cx, seg->cy));
  }
  cairo_surface_destroy (s);
}

static void
test_heatmap (void)
{
  OkrChartHeatmapData *data = okr_chart_heatmap_data_new (okr_date_from_ymd (2027, 1, 1), 4);
  OkrChartHeatmapRow *a = okr_chart_heatmap_data_add_row (data, "Kinh doanh", 0,
                                                          target (OKR_CHART_TARGET_UNIT, 1));
  g_autoptr(OkrChart) chart = NULL;
  g_autoptr(OkrChartHits) hits = okr_chart_hits_new ();
  cairo_surface_t *s;
  OkrStatus expected[] = { OKR_STATUS_ON_TRACK, OKR_STATUS_OFF_TRACK, OKR_STATUS_AT_RISK };
  guint cell = 0;

  okr_chart_heatmap_data_add_row (data, "Nhóm Miền Bắc", 1, target (OKR_CHART_TARGET_UNIT, 2));
  a->mean[0] = 8;
  a->count[0] = 2;
  a->mean[1] = 2;
  a->count[1] = 1;
  a->mean[2] = 5;
  a->count[2] = 4;
  chart = okr_chart_new (OKR_CHART_HEATMAP, data, "Heat", NULL);
  s = render (chart, 600, 300, 1, FALSE, hits);

  for (guint i = 0; i < okr_chart_hits_get_n (hits); i++)
    {
      const OkrChartHit *hit = okr_chart_hits_get (hits, i);
      guint32 p;

      if (hit->target.id != 1 || hit->tooltip == NULL || strstr (hit->tooltip, "\n") == NULL)
        continue;
      /* A corner of the cell: the number is in the middle. */
      p = pixel (s, (int) hit->x + 3, (int) hit->y + 3);
      if (cell < 3)
        g_assert_true (is_status (p, expected[cell]));
      else
        g_assert_false (is_status (p, OKR_STATUS_ON_TRACK) || is_status (p, OKR_STATUS_AT_RISK) ||
                        is_status (p, OKR_STATUS_OFF_TRACK));
      cell++;
    }
  g_assert_cmpuint (cell, ==, 4);
  cairo_surface_destroy (s);
}

static void
test_scores (void)
{
  OkrChartScoresData *data = okr_chart_scores_data_new ();
  g_autoptr(OkrChart) chart = NULL;
  g_autoptr(OkrChartHits) hits = okr_chart_hits_new ();
  const OkrChartHit *fail, *target_bar, *stretch;
  cairo_surface_t *s;

  data->committed[OKR_SCORE_BUCKET_FAIL] = 2;
  data->committed[OKR_SCORE_BUCKET_TARGET] = 4;
  data->aspirational[OKR_SCORE_BUCKET_TARGET] = 1;
  chart = okr_chart_new (OKR_CHART_SCORES, data, "Scores", NULL);
  s = render (chart, 600, 400, 1, FALSE, hits);

  /* Hits in order: each band, committed then aspirational. */
  g_assert_cmpuint (okr_chart_hits_get_n (hits), ==, 2 * OKR_SCORE_BUCKET_N);
  fail = okr_chart_hits_get (hits, 2 * OKR_SCORE_BUCKET_FAIL);
  target_bar = okr_chart_hits_get (hits, 2 * OKR_SCORE_BUCKET_TARGET);
  stretch = okr_chart_hits_get (hits, 2 * OKR_SCORE_BUCKET_TARGET + 1);
  g_assert_cmpfloat (fabs (target_bar->height - 2 * fail->height), <=, 1.5);
  g_assert_cmpfloat (fabs (target_bar->height - 4 * stretch->height), <=, 3);
  g_assert_true (is_status (pixel (s, (int) (fail->x + fail->width / 2),
                                   (int) (fail->y + fail->height / 2)), OKR_STATUS_OFF_TRACK));
  g_assert_true (is_status (pixel (s, (int) (target_bar->x + target_bar->width / 2),
                                   (int) (target_bar->y + 2)), OKR_STATUS_ON_TRACK));
  g_assert_false (is_status (pixel (s, (int) (target_bar->x + target_bar->width / 2),
                                    (int) (target_bar->y - 2)), OKR_STATUS_ON_TRACK));
  cairo_surface_destroy (s);
}

static OkrChartAlignmentNode *
add_node (OkrChartAlignmentData *data, gint64 id, guint level, int parent, int anchor)
{
  OkrChartAlignmentNode node = { 0 };

  node.id = id;
  node.title = g_strdup_printf ("Mục tiêu số %" G_GINT64_FORMAT " của đơn vị", id);
  node.unit_name = g_strdup ("Phòng Kinh doanh");
  node.level = level;
  node.progress = 0.1 * (double) id;
  node.status = OKR_STATUS_ON_TRACK;
  node.parent = parent;
  node.parent_anchor = anchor;
  g_array_append_val (data->nodes, node);
  return &g_array_index (data->nodes, OkrChartAlignmentNode, data->nodes->len - 1);
}

static gboolean
boxes_overlap (const OkrChartHit *a, const OkrChartHit *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width && a->y < b->y + b->height &&
         b->y < a->y + a->height;
}

static void
test_alignment (void)
{
  g_autoptr(OkrChartAlignmentData) data = okr_chart_alignment_data_new ();
  OkrChartAlignmentNode *root = add_node (data, 1, 0, -1, -1);
  OkrChartAnchor anchor = { 100, g_strdup ("Doanh thu tăng gấp đôi"), 0.4 };
  g_autoptr(OkrChartAlignmentLayout) full = NULL, collapsed = NULL;
  g_autoptr(OkrChartHits) hits = okr_chart_hits_new ();
  cairo_surface_t *s;
  double w, h;
  guint objectives = 0, toggles = 0;

  root->anchors = g_array_new (FALSE, TRUE, sizeof (OkrChartAnchor));
  g_array_append_val (root->anchors, anchor);
  add_node (data, 2, 1, 0, 0);      /* aligned to the root's KR */
  add_node (data, 3, 1, 0, -1);     /* aligned to the root */
  add_node (data, 4, 2, 1, -1);
  add_node (data, 5, 2, 2, -1);
  add_node (data, 6, 2, 2, -1);
  add_node (data, 7, 2, -1, -1);    /* a team objective aligned to nothing */

  full = okr_chart_alignment_layout_new (data, NULL, -1, NULL);
  okr_chart_alignment_layout_get_size (full, &w, &h);
  s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (w), (int) ceil (h));
  {
    cairo_t *cr = cairo_create (s);
    okr_chart_alignment_layout_draw (full, cr, hits);
    cairo_destroy (cr);
  }
  /* Every objective is a card; no two overlap; a child stands right of its parent. */
  for (guint i = 0; i < okr_chart_hits_get_n (hits); i++)
    {
      const OkrChartHit *a = okr_chart_hits_get (hits, i);
      if (a->target.kind != OKR_CHART_TARGET_OBJECTIVE)
        continue;
      objectives++;
      for (guint j = i + 1; j < okr_chart_hits_get_n (hits); j++)
        {
          const OkrChartHit *b = okr_chart_hits_get (hits, j);
          if (b->target.kind == OKR_CHART_TARGET_OBJECTIVE)
            g_assert_false (boxes_overlap (a, b));
        }
    }
  g_assert_cmpuint (objectives, ==, 7);
  for (guint i = 1; i < data->nodes->len; i++)
    {
      const OkrChartAlignmentNode *n = &g_array_index (data->nodes, OkrChartAlignmentNode, i);
      const OkrChartAlignmentNode *p;
      if (n->parent < 0)
        continue;
      p = &g_array_index (data->nodes, OkrChartAlignmentNode, n->parent);
      g_assert_cmpfloat (find_target (hits, OKR_CHART_TARGET_OBJECTIVE, n->id)->x, >,
                         find_target (hits, OKR_CHART_TARGET_OBJECTIVE, p->id)->x +
                         find_target (hits, OKR_CHART_TARGET_OBJECTIVE, p->id)->width);
    }
  /* The KR the child aligns to is a region of its own on the parent's card. */
  find_target (hits, OKR_CHART_TARGET_KEY_RESULT, 100);
  cairo_surface_destroy (s);

  /* Collapsed below the company: one objective card and a "+2 aligned" group. */
  okr_chart_hits_clear (hits);
  collapsed = okr_chart_alignment_layout_new (data, NULL, 0, NULL);
  s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  {
    cairo_t *cr = cairo_create (s);
    okr_chart_alignment_layout_draw (collapsed, cr, hits);
    cairo_destroy (cr);
  }
  objectives = 0;
  for (guint i = 0; i < okr_chart_hits_get_n (hits); i++)
    {
      const OkrChartHit *hit = okr_chart_hits_get (hits, i);
      objectives += hit->target.kind == OKR_CHART_TARGET_OBJECTIVE;
      toggles += hit->target.kind == OKR_CHART_TARGET_TOGGLE && hit->target.id == 1;
    }
  g_assert_cmpuint (objectives, ==, 2);    /* the root and the unaligned team objective */
  g_assert_cmpuint (toggles, >=, 2);       /* the group and the root's +/- chip */
  cairo_surface_destroy (s);

  /* A big picture shows every level; a stamp shows the top one. */
  g_assert_cmpint (okr_chart_alignment_fit_level (data, NULL, 4000, 3000), ==, 2);
  g_assert_cmpint (okr_chart_alignment_fit_level (data, NULL, 200, 120), ==, 0);
}

static guint
count_targets (OkrChartHits *hits, OkrChartTargetKind kind)
{
  guint n = 0;

  for (guint i = 0; i < okr_chart_hits_get_n (hits); i++)
    n += okr_chart_hits_get (hits, i)->target.kind == kind;
  return n;
}

/* Pixels of @s inside the box that are not the white background. */
static guint
count_ink (cairo_surface_t *s, double x, double y, double w, double h)
{
  guint n = 0;

  for (int py = MAX (0, (int) y); py < MIN (cairo_image_surface_get_height (s), (int) (y + h));
       py++)
    for (int px = MAX (0, (int) x); px < MIN (cairo_image_surface_get_width (s), (int) (x + w));
         px++)
      n += !same_pixel (pixel (s, px, py), 0xffffffff, 12);
  return n;
}

/* A company's map: 600 unaligned objectives at the top, 3 key results each. Fitted into a
 * slide a card is about a pixel high: no text is shaped, yet every card is drawn and can be
 * pointed at. A view zoomed in on its corner shapes the few cards it shows, and their text
 * is there. */
static void
test_alignment_company (void)
{
  OkrChartAlignmentData *data = okr_chart_alignment_data_new ();
  g_autoptr(OkrChart) chart = NULL;
  g_autoptr(OkrChartHits) hits = okr_chart_hits_new ();
  g_autoptr(OkrChartAlignmentLayout) layout = NULL;
  const OkrChartHit *first;
  cairo_surface_t *s;
  const guint n = 600;

  for (guint i = 0; i < n; i++)
    {
      OkrChartAlignmentNode *node = add_node (data, i + 1, 0, -1, -1);

      node->anchors = g_array_new (FALSE, TRUE, sizeof (OkrChartAnchor));
      for (guint k = 0; k < 3; k++)
        {
          OkrChartAnchor a = { 10000 + i * 3 + k, g_strdup ("Doanh thu tăng gấp đôi"), 0.5 };
          g_array_append_val (node->anchors, a);
        }
    }
  chart = okr_chart_new (OKR_CHART_ALIGNMENT, data, "Toàn công ty", NULL);

  okr_chart_count_texts (TRUE);
  s = render (chart, 1280, 720, 1, FALSE, hits);
  /* The chart's title and the layout's line heights, not 600 cards' texts (4,800). */
  g_assert_cmpuint (okr_chart_count_texts (TRUE), <, 30);
  g_assert_cmpuint (count_targets (hits, OKR_CHART_TARGET_OBJECTIVE), ==, n);
  g_assert_cmpuint (count_targets (hits, OKR_CHART_TARGET_KEY_RESULT), ==, 3 * n);
  /* The column of cards is drawn: ink all the way down the middle of the slide. */
  for (int y = 100; y < 700; y += 100)
    g_assert_cmpuint (count_ink (s, 600, y, 80, 8), >, 0);
  cairo_surface_destroy (s);

  okr_chart_hits_clear (hits);
  layout = okr_chart_alignment_layout_new (okr_chart_get_data (chart), NULL, -1, NULL);
  okr_chart_count_texts (TRUE);
  s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  {
    cairo_t *cr = cairo_create (s);
    cairo_set_source_rgb (cr, 1, 1, 1);
    cairo_paint (cr);
    okr_chart_alignment_layout_draw (layout, cr, hits);
    cairo_destroy (cr);
  }
  cairo_surface_flush (s);
  /* A card is 8 texts: two or three cards are in view. */
  g_assert_cmpuint (okr_chart_count_texts (FALSE), >=, 8);
  g_assert_cmpuint (okr_chart_count_texts (TRUE), <=, 4 * 8);
  g_assert_cmpuint (count_targets (hits, OKR_CHART_TARGET_OBJECTIVE), ==, n);
  /* The first card's title is written: dark ink where it stands. */
  first = find_target (hits, OKR_CHART_TARGET_OBJECTIVE, 1);
  g_assert_cmpuint (count_ink (s, first->x + 8, first->y + first->height * 0.3, first->width - 16,
                               first->height * 0.4), >, 100);
  cairo_surface_destroy (s);
}

/* A file merged badly can make objectives align to each other in a loop: drawn, not hung. */
static void
test_alignment_loop (void)
{
  OkrChartAlignmentData *data = okr_chart_alignment_data_new ();
  g_autoptr(OkrChart) chart = NULL;
  g_autoptr(OkrChartHits) hits = okr_chart_hits_new ();
  cairo_surface_t *s;
  guint objectives = 0;

  add_node (data, 1, 0, 1, -1);
  add_node (data, 2, 1, 0, -1);
  add_node (data, 3, 1, 7, 3);     /* a parent that isn't there */
  chart = okr_chart_new (OKR_CHART_ALIGNMENT, data, "Loop", NULL);
  s = render (chart, 800, 600, 1, FALSE, hits);
  for (guint i = 0; i < okr_chart_hits_get_n (hits); i++)
    objectives += okr_chart_hits_get (hits, i)->target.kind == OKR_CHART_TARGET_OBJECTIVE;
  g_assert_cmpuint (objectives, ==, 3);
  cairo_surface_destroy (s);
}

/* Grid lines are exactly one logical pixel: 1, 2 or 3 device pixels, full strength, with
 * untouched neighbours. */
static void
test_crisp_lines (void)
{
  static const double progress[] = { 0.0 };
  static const OkrStatus status[] = { OKR_STATUS_NOT_STARTED };
  g_autoptr(OkrChart) chart = bars_chart (OKR_CHART_OBJECTIVES, progress, status, 1, NAN);

  for (int scale = 1; scale <= 3; scale++)
    {
      g_autoptr(OkrChartHits) hits = okr_chart_hits_new ();
      cairo_surface_t *s = render (chart, 500, 200, scale, FALSE, hits);
      const OkrChartHit *row = find_target (hits, OKR_CHART_TARGET_OBJECTIVE, 1);
      int y = (int) ((row->y + 1) * scale);   /* over the bar: only grid lines */
      int width = cairo_image_surface_get_width (s), lines = 0;

      for (int x = 60 * scale; x < (int) (row->width * scale) - 1; x++)
        {
          int run = 0;
          guint32 p = pixel (s, x, y);

          if (same_pixel (p, WHITE, 0))
            continue;
          while (x + run < width && !same_pixel (pixel (s, x + run, y), WHITE, 0))
            {
              g_assert_true (same_pixel (pixel (s, x + run, y), p, 0));
              run++;
            }
          if (run > 3 * scale)
            break;              /* the status mark at the end of the row */
          g_assert_cmpint (run, ==, scale);
          lines++;
          x += run;
        }
      g_assert_cmpint (lines, >=, 3);
      cairo_surface_destroy (s);
    }
}

/* ───────────────────────── from a document ───────────────────────── */

typedef struct {
  char        *dir;
  char        *path;
  ChartFixture f;
  OkrStore    *store;
  OkrRollup   *rollup;
} Doc;

static void
doc_open (Doc *doc, const char *lang, guint departments, guint teams)
{
  g_autoptr(GError) error = NULL;

  doc->dir = g_dir_make_tmp ("cascade-chart-XXXXXX", &error);
  g_assert_no_error (error);
  doc->path = g_build_filename (doc->dir, "doc.okr", NULL);
  g_assert_true (chart_fixture_make (doc->path, lang, departments, teams, &doc->f, &error));
  g_assert_no_error (error);
  doc->store = okr_store_open (doc->path, OKR_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  doc->rollup = okr_rollup_new (doc->store, doc->f.quarter, okr_date_today (), &error);
  g_assert_no_error (error);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_unlink (file);
    }
  g_rmdir (path);
}

static void
doc_close (Doc *doc)
{
  g_clear_object (&doc->rollup);
  if (doc->store != NULL)
    okr_store_close (doc->store, NULL);
  g_clear_object (&doc->store);
  remove_dir (doc->dir);
  g_free (doc->path);
  g_free (doc->dir);
}

static OkrChart *
build (Doc *doc, OkrChartKind kind, gint64 unit, gint64 kr)
{
  g_autoptr(GError) error = NULL;
  OkrChartScope scope = { unit, 0, kr };
  OkrChart *chart = okr_chart_build (kind, doc->store, doc->rollup, &scope, &error);

  g_assert_no_error (error);
  g_assert_nonnull (chart);
  return chart;
}

/* ───────────────────────── heatmap, by hand ───────────────────────── */

typedef struct {
  OkrStore *store;
  gint64    company, team, quarter;
} HeatDoc;

static gint64
heat_checkin (HeatDoc *d, gint64 kr, int month, int day, int confidence)
{
  g_autoptr(GError) error = NULL;
  OkrCheckinSpec spec;
  gint64 id;

  okr_checkin_spec_init (&spec);
  spec.date = okr_date_from_ymd (2027, month, day);
  spec.value = 1;
  spec.confidence = confidence;
  id = okr_store_add_checkin (d->store, kr, &spec, &error);
  g_assert_no_error (error);
  return id;
}

static gint64
heat_kr (HeatDoc *d, gint64 objective, const char *title)
{
  g_autoptr(GError) error = NULL;
  OkrKrSpec spec;
  gint64 id;

  okr_kr_spec_init (&spec);
  spec.target = 10;
  id = okr_store_add_key_result (d->store, objective, title, &spec, &error);
  g_assert_no_error (error);
  return id;
}

/* The mean and count of a row's week; the mean is NAN for a week without check-ins. */
static void
assert_cell (HeatDoc *d, guint row, guint week, double mean, guint count)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrRollup) rollup = okr_rollup_new (d->store, d->quarter, okr_date_today (), &error);
  g_autoptr(OkrChartHeatmapData) heat = NULL;
  OkrChartHeatmapRow *r;

  g_assert_no_error (error);
  heat = okr_chart_heatmap_data_for_unit (d->store, rollup, d->company, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (heat->rows->len, ==, 2);
  r = g_ptr_array_index (heat->rows, row);
  g_assert_cmpuint (r->count[week], ==, count);
  if (isnan (mean))
    g_assert_true (isnan (r->mean[week]));
  else
    g_assert_cmpfloat_with_epsilon (r->mean[week], mean, 1e-9);
}

/* Worked out by hand: calendar weeks (Monday to Sunday), retractions, check-ins without a
 * confidence, deleted and moved key results, undo, and another cycle's check-ins. */
static void
test_heatmap_by_hand (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cascade-heat-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "heat.okr", NULL);
  HeatDoc d = { 0 };
  gint64 own, teams, other_cycle, elsewhere, k1, k2, k3, k4, wrong;

  g_assert_no_error (error);
  okr_date_set_today (okr_date_from_ymd (2027, 1, 20));
  d.store = okr_store_create (path, "Acme", &error);
  g_assert_no_error (error);
  d.company = okr_store_get_root_unit (d.store);
  d.team = okr_store_add_unit (d.store, d.company, "Sales", OKR_UNIT_TEAM, &error);
  /* Q1 2027 starts on a Friday: its first column is the week of Monday 28 December. */
  d.quarter = okr_store_add_cycle (d.store, "Q1 2027", okr_date_from_ymd (2027, 1, 1),
                                   okr_date_from_ymd (2027, 3, 31), 0, &error);
  other_cycle = okr_store_add_cycle (d.store, "2027", okr_date_from_ymd (2027, 1, 4),
                                     okr_date_from_ymd (2027, 12, 31), 0, &error);
  own = okr_store_add_objective (d.store, d.quarter, d.company, "Grow", 0, FALSE, 0, 0, &error);
  teams = okr_store_add_objective (d.store, d.quarter, d.team, "Sell", 0, FALSE, 0, 0, &error);
  elsewhere = okr_store_add_objective (d.store, other_cycle, d.team, "Later", 0, FALSE, 0, 0,
                                       &error);
  g_assert_no_error (error);
  k1 = heat_kr (&d, own, "Revenue");
  k2 = heat_kr (&d, teams, "Deals");
  k3 = heat_kr (&d, teams, "Calls");
  k4 = heat_kr (&d, elsewhere, "Next year");

  heat_checkin (&d, k1, 1, 3, 8);    /* Sunday: column 0 (from Monday 28 December) */
  heat_checkin (&d, k1, 1, 4, 6);    /* Monday: column 1 */
  heat_checkin (&d, k1, 1, 10, 4);   /* Sunday: column 1 */
  heat_checkin (&d, k2, 1, 4, 10);
  wrong = heat_checkin (&d, k2, 1, 5, 1);
  heat_checkin (&d, k2, 1, 6, 0);    /* no confidence given */
  heat_checkin (&d, k3, 1, 6, 2);
  heat_checkin (&d, k4, 1, 5, 1);    /* another cycle's objective */
  g_assert_cmpint (okr_store_retract_checkin (d.store, wrong, "Typo", 0, &error), >, 0);
  g_assert_no_error (error);

  /* Row 0 is the company (its own KR and the team's), row 1 the team. */
  assert_cell (&d, 0, 0, 8, 1);
  assert_cell (&d, 0, 1, (6 + 4 + 10 + 2) / 4.0, 4);
  assert_cell (&d, 1, 0, NAN, 0);
  assert_cell (&d, 1, 1, (10 + 2) / 2.0, 2);
  assert_cell (&d, 0, 2, NAN, 0);

  /* A deleted KR counts no more; undone, it counts again. */
  g_assert_true (okr_store_delete (d.store, OKR_ENTITY_KEY_RESULT, k3, &error));
  assert_cell (&d, 0, 1, (6 + 4 + 10) / 3.0, 3);
  assert_cell (&d, 1, 1, 10, 1);
  g_assert_true (okr_store_undo (d.store, &error));
  assert_cell (&d, 1, 1, (10 + 2) / 2.0, 2);

  /* A KR moved to the company's objective takes its check-ins with it. */
  {
    g_autoptr(OkrChanges) move = okr_changes_new (OKR_ENTITY_KEY_RESULT);
    okr_changes_set_ref (move, "objective_id", own);
    g_assert_true (okr_store_update (d.store, k2, move, &error));
  }
  g_assert_no_error (error);
  assert_cell (&d, 0, 1, (6 + 4 + 10 + 2) / 4.0, 4);
  assert_cell (&d, 1, 1, 2, 1);
  /* …and the objective moved to the team takes them along. */
  {
    g_autoptr(OkrChanges) move = okr_changes_new (OKR_ENTITY_OBJECTIVE);
    okr_changes_set_ref (move, "unit_id", d.team);
    g_assert_true (okr_store_update (d.store, own, move, &error));
  }
  g_assert_no_error (error);
  assert_cell (&d, 1, 0, 8, 1);
  assert_cell (&d, 1, 1, (6 + 4 + 10 + 2) / 4.0, 4);

  g_assert_true (okr_store_close (d.store, &error));
  g_assert_no_error (error);
  g_clear_object (&d.store);
  remove_dir (dir);
  okr_date_set_today (OKR_DATE_NONE);
}

/* The data gatherers agree with the roll-up and with the check-in history. */
static void
test_data (void)
{
  Doc doc = { 0 };
  g_autoptr(OkrChartStatusData) status = NULL;
  g_autoptr(OkrChartHeatmapData) heat = NULL;
  g_autoptr(OkrChartPaceData) pace = NULL;
  g_autoptr(OkrChartAlignmentData) map = NULL;
  g_autoptr(OkrChartScoresData) scores = NULL;
  g_autoptr(OkrRollup) previous = NULL;
  g_autoptr(GError) error = NULL;
  guint total = 0, weeks_with_data = 0;

  doc_open (&doc, "en", 4, 2);
  status = okr_chart_status_data_for_unit (doc.rollup, doc.f.company);
  for (guint i = 0; i < OKR_STATUS_N; i++)
    total += status->counts[i];
  g_assert_cmpuint (total, ==, doc.f.n_key_results);

  /* Seven weekly check-ins by the fixture's today; the company's row counts everyone's. */
  heat = okr_chart_heatmap_data_for_unit (doc.store, doc.rollup, doc.f.company, &error);
  g_assert_no_error (error);
  /* Calendar weeks: Q1 2027 starts on Friday 1 January, in the week from Monday 28
   * December; it ends on Wednesday 31 March, in the 14th. Check-ins fall on Mondays from
   * 4 January, today (Thursday 18 February) in the 8th week. */
  g_assert_cmpuint (heat->n_weeks, ==, 14);
  g_assert_cmpint (heat->start, ==, okr_date_from_ymd (2026, 12, 28));
  g_assert_cmpint (heat->today_week, ==, 7);
  g_assert_cmpuint (heat->rows->len, ==, 1 + 4 + 8);
  for (guint k = 0; k < heat->n_weeks; k++)
    {
      OkrChartHeatmapRow *top = g_ptr_array_index (heat->rows, 0);
      guint sum = 0;

      for (guint i = 1; i < heat->rows->len; i++)
        {
          OkrChartHeatmapRow *row = g_ptr_array_index (heat->rows, i);
          if (row->depth == 1)
            sum += row->count[k];
        }
      weeks_with_data += top->count[k] > 0;
      /* The company's own KRs plus its departments' (which count their teams'). */
      g_assert_cmpuint (top->count[k], >=, sum);
      if (top->count[k] > 0)
        g_assert_true (top->mean[k] >= 1 && top->mean[k] <= 10);
    }
  g_assert_cmpuint (weeks_with_data, ==, 7);
  g_assert_cmpuint (((OkrChartHeatmapRow *) g_ptr_array_index (heat->rows, 0))->count[0], ==, 0);
  {
    /* It reads the weekly summary by its key (schema v4), never the check-ins. */
    g_autofree char *plan = okr_chart_heatmap_query_plan (doc.store);
    g_test_message ("%s", plan);
    g_assert_nonnull (strstr (plan, "SEARCH w USING PRIMARY KEY (objective_id=? AND week>? AND "
                                    "week<?)"));
    g_assert_null (strstr (plan, "checkins"));
  }

  pace = okr_chart_pace_data_for_kr (doc.store, doc.rollup, doc.f.kr_with_checkins, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pace->points->len, ==, 7);
  for (guint i = 1; i < pace->points->len; i++)
    g_assert_cmpint (g_array_index (pace->points, OkrChartPoint, i - 1).date, <,
                     g_array_index (pace->points, OkrChartPoint, i).date);
  okr_chart_pace_data_free (g_steal_pointer (&pace));
  pace = okr_chart_pace_data_for_kr (doc.store, doc.rollup, doc.f.kr_without_checkins, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pace->points->len, ==, 0);

  map = okr_chart_alignment_data_for_unit (doc.rollup, doc.f.company);
  g_assert_cmpuint (map->nodes->len, ==, doc.f.n_objectives);
  for (guint i = 0; i < map->nodes->len; i++)
    {
      const OkrChartAlignmentNode *n = &g_array_index (map->nodes, OkrChartAlignmentNode, i);
      /* Departments' and teams' objectives are all aligned in the fixture. */
      g_assert_true ((n->level == 0) == (n->parent < 0));
    }

  /* Last quarter was scored: every KR in a bucket. */
  previous = okr_rollup_new (doc.store, doc.f.previous, okr_date_today (), &error);
  g_assert_no_error (error);
  scores = okr_chart_scores_data_for_unit (previous, doc.f.company);
  total = scores->unscored;
  for (guint b = 0; b < OKR_SCORE_BUCKET_N; b++)
    total += scores->committed[b] + scores->aspirational[b];
  g_assert_cmpuint (scores->unscored, ==, 0);
  g_assert_cmpuint (total, ==, 12);
  doc_close (&doc);
}

/* The 2× picture is the 1× picture enlarged: wherever the 1× one is flat (3×3 pixels of one
 * colour), the four device pixels it became have that colour. */
static void
assert_hidpi_exact (OkrChart *chart, gboolean dark)
{
  cairo_surface_t *one = render (chart, 480, 320, 1, dark, NULL);
  cairo_surface_t *two = render (chart, 480, 320, 2, dark, NULL);
  guint32 bg = pixel (one, 0, 0);
  guint compared = 0, coloured = 0;

  for (int y = 1; y < 319; y += 2)
    for (int x = 1; x < 479; x += 2)
      {
        guint32 p = pixel (one, x, y);
        gboolean flat = TRUE;

        for (int dy = -1; dy <= 1 && flat; dy++)
          for (int dx = -1; dx <= 1 && flat; dx++)
            flat = pixel (one, x + dx, y + dy) == p;
        if (!flat)
          continue;
        for (int dy = 0; dy <= 1; dy++)
          for (int dx = 0; dx <= 1; dx++)
            if (!same_pixel (pixel (two, 2 * x + dx, 2 * y + dy), p, 2))
              g_error ("%s: at (%d, %d) the 1× pixel is %08x, the 2× one %08x",
                       okr_chart_kind_to_string (okr_chart_get_kind (chart)), x, y, p,
                       pixel (two, 2 * x + dx, 2 * y + dy));
        compared++;
        coloured += p != bg;
      }
  g_assert_cmpuint (compared, >, 1000);
  g_assert_cmpuint (coloured, >, 20);
  cairo_surface_destroy (one);
  cairo_surface_destroy (two);
}

static void
test_hidpi (void)
{
  Doc doc = { 0 };

  doc_open (&doc, "vi", 4, 2);
  for (guint k = 0; k < OKR_CHART_N_KINDS; k++)
    {
      g_autoptr(OkrChart) chart = build (&doc, (OkrChartKind) k, doc.f.company,
                                         doc.f.kr_with_checkins);
      assert_hidpi_exact (chart, FALSE);
      assert_hidpi_exact (chart, TRUE);
    }
  doc_close (&doc);
}

static void
render_all (Doc *doc, gint64 unit)
{
  for (guint k = 0; k < OKR_CHART_N_KINDS; k++)
    for (int size = 0; size < 3; size++)
      {
        static const int sizes[][2] = { { 320, 200 }, { 960, 540 }, { 1920, 1080 } };
        g_autoptr(OkrChart) chart = build (doc, (OkrChartKind) k, unit, doc->f.kr_with_checkins);
        cairo_surface_t *s = render (chart, sizes[size][0], sizes[size][1], 1, FALSE, NULL);
        cairo_surface_destroy (s);
      }
}

/* Vietnamese names, titles and diacritics all have glyphs in the chart's fonts. */
static void
test_vietnamese_glyphs (void)
{
  Doc doc = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *deck = NULL;
  OkrChartBarsData *bars = okr_chart_bars_data_new ();
  g_autoptr(OkrChart) boxes = NULL;

  doc_open (&doc, "vi", 4, 2);
  okr_chart_count_missing_glyphs (TRUE);
  render_all (&doc, doc.f.company);
  render_all (&doc, doc.f.first_department);
  deck = g_build_filename (doc.dir, "deck.pdf", NULL);
  g_assert_true (okr_deck_export (doc.store, doc.f.quarter, okr_date_today (), "vi", NULL, deck,
                                  NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (okr_chart_count_missing_glyphs (TRUE), ==, 0);

  /* The check can fail: a character no font has is counted. */
  okr_chart_bars_data_add (bars, "Private use: \xef\xa3\xbf\xf4\x8f\xbf\xbd", 0.5,
                           OKR_STATUS_ON_TRACK, FALSE, target (OKR_CHART_TARGET_NONE, 0));
  boxes = okr_chart_new (OKR_CHART_OBJECTIVES, bars, "Boxes", NULL);
  cairo_surface_destroy (render (boxes, 400, 200, 1, FALSE, NULL));
  g_assert_cmpuint (okr_chart_count_missing_glyphs (TRUE), >, 0);
  doc_close (&doc);
}

/* Empty data draws "No data yet": something is drawn, nothing can be clicked. */
static void
assert_no_data (OkrChart *chart)
{
  g_autoptr(OkrChartHits) hits = okr_chart_hits_new ();
  cairo_surface_t *s = render (chart, 400, 300, 1, FALSE, hits);
  guint drawn = 0;

  for (int y = 0; y < 300; y += 2)
    for (int x = 0; x < 400; x += 2)
      drawn += pixel (s, x, y) != WHITE;
  g_assert_cmpuint (drawn, >, 50);
  g_assert_cmpuint (okr_chart_hits_get_n (hits), ==, 0);
  cairo_surface_destroy (s);
}

static void
test_no_data (void)
{
  Doc doc = { 0 };
  OkrChartRingData *ring = okr_chart_ring_data_new ();
  g_autoptr(OkrChart) chart = NULL;

  ring->empty = TRUE;
  chart = okr_chart_new (OKR_CHART_RING, ring, "", NULL);
  assert_no_data (chart);
  okr_chart_unref (g_steal_pointer (&chart));
  chart = okr_chart_new (OKR_CHART_OBJECTIVES, okr_chart_bars_data_new (), "", NULL);
  assert_no_data (chart);
  okr_chart_unref (g_steal_pointer (&chart));
  chart = okr_chart_new (OKR_CHART_UNITS, okr_chart_bars_data_new (), "", NULL);
  assert_no_data (chart);
  okr_chart_unref (g_steal_pointer (&chart));
  chart = okr_chart_new (OKR_CHART_PACE, okr_chart_pace_data_new (), "", NULL);
  assert_no_data (chart);
  okr_chart_unref (g_steal_pointer (&chart));
  chart = okr_chart_new (OKR_CHART_STATUS, okr_chart_status_data_new (), "", NULL);
  assert_no_data (chart);
  okr_chart_unref (g_steal_pointer (&chart));
  chart = okr_chart_new (OKR_CHART_HEATMAP, okr_chart_heatmap_data_new (1, 13), "", NULL);
  assert_no_data (chart);
  okr_chart_unref (g_steal_pointer (&chart));
  chart = okr_chart_new (OKR_CHART_SCORES, okr_chart_scores_data_new (), "", NULL);
  assert_no_data (chart);
  okr_chart_unref (g_steal_pointer (&chart));
  chart = okr_chart_new (OKR_CHART_ALIGNMENT, okr_chart_alignment_data_new (), "", NULL);
  assert_no_data (chart);
  okr_chart_unref (g_steal_pointer (&chart));

  /* From a document: a team without objectives, a KR without check-ins, a quarter before
   * any scores. */
  doc_open (&doc, "en", 2, 2);
  chart = build (&doc, OKR_CHART_RING, doc.f.empty_team, 0);
  g_assert_true (((const OkrChartRingData *) okr_chart_get_data (chart))->empty);
  assert_no_data (chart);
  okr_chart_unref (g_steal_pointer (&chart));
  for (guint k = 0; k < OKR_CHART_N_KINDS; k++)
    if (k != OKR_CHART_PACE && k != OKR_CHART_UNITS)
      {
        chart = build (&doc, (OkrChartKind) k, doc.f.empty_team, 0);
        assert_no_data (chart);
        okr_chart_unref (g_steal_pointer (&chart));
      }
  chart = build (&doc, OKR_CHART_PACE, 0, doc.f.kr_without_checkins);
  assert_no_data (chart);
  okr_chart_unref (g_steal_pointer (&chart));
  chart = build (&doc, OKR_CHART_SCORES, doc.f.company, 0);
  assert_no_data (chart);
  doc_close (&doc);
}

static void
test_build_errors (void)
{
  Doc doc = { 0 };
  g_autoptr(GError) error = NULL;
  OkrChartScope scope = { 0 };

  doc_open (&doc, "en", 1, 1);
  /* A pace chart needs a KR. */
  g_assert_null (okr_chart_build (OKR_CHART_PACE, doc.store, doc.rollup, &scope, &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* A KR of another cycle is not in this one. */
  scope.kr_id = 1;
  g_assert_null (okr_chart_build (OKR_CHART_PACE, doc.store, doc.rollup, &scope, &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  scope.kr_id = 0;
  scope.unit_id = 9999;
  g_assert_null (okr_chart_build (OKR_CHART_RING, doc.store, doc.rollup, &scope, &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND);
  doc_close (&doc);
}

/* ───────────────────────── files ───────────────────────── */

static char *
read_file (const char *path, gsize *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, &error));
  g_assert_no_error (error);
  return contents;
}

/* Like strstr, through the NUL bytes of compressed streams. */
static const char *
find_bytes (const char *haystack, gsize length, const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (haystack + i, needle, n) == 0)
      return haystack + i;
  return NULL;
}

/* The numbers after each "/MediaBox [" and the one after the page tree's "/Count". */
static guint
pdf_pages (const char *path, double *width, double *height)
{
  gsize length;
  g_autofree char *pdf = read_file (path, &length);
  const char *p = pdf;
  guint count = 0, boxes = 0;

  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  while ((p = find_bytes (p, length - (p - pdf), "/MediaBox")) != NULL)
    {
      double x0, y0, x1, y1;
      g_assert_cmpint (sscanf (p, "/MediaBox [ %lf %lf %lf %lf", &x0, &y0, &x1, &y1), ==, 4);
      g_assert_cmpfloat (x0, ==, 0);
      g_assert_cmpfloat (y0, ==, 0);
      if (boxes++ == 0)
        {
          *width = x1;
          *height = y1;
        }
      else
        {
          g_assert_cmpfloat (x1, ==, *width);
          g_assert_cmpfloat (y1, ==, *height);
        }
      p++;
    }
  p = find_bytes (pdf, length, "/Type /Pages");
  g_assert_nonnull (p);
  p = find_bytes (p, length - (p - pdf), "/Count");
  g_assert_nonnull (p);
  g_assert_cmpint (sscanf (p, "/Count %u", &count), ==, 1);
  g_assert_cmpuint (boxes, ==, count);
  return count;
}

typedef struct {
  char *width, *height, *view_box;
  guint elements;
} SvgRoot;

static void
svg_start (GMarkupParseContext *context, const char *name, const char **names,
           const char **values, gpointer user_data, GError **error)
{
  SvgRoot *root = user_data;

  if (root->elements++ > 0)
    return;
  g_assert_cmpstr (name, ==, "svg");
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "width"))
        root->width = g_strdup (values[i]);
      else if (g_str_equal (names[i], "height"))
        root->height = g_strdup (values[i]);
      else if (g_str_equal (names[i], "viewBox"))
        root->view_box = g_strdup (values[i]);
    }
}

static void
test_export (void)
{
  Doc doc = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrChart) chart = NULL;
  g_autofree char *png = NULL, *svg = NULL, *pdf = NULL, *kept = NULL, *missing = NULL;
  OkrChartStyle style;
  OkrChartFormat format;

  doc_open (&doc, "vi", 2, 2);
  chart = build (&doc, OKR_CHART_OBJECTIVES, doc.f.company, 0);
  okr_chart_style_init (&style, FALSE);
  style.show_title = TRUE;

  g_assert_true (okr_chart_format_from_path ("a.PNG", &format));
  g_assert_cmpint (format, ==, OKR_CHART_FORMAT_PNG);
  g_assert_true (okr_chart_format_from_path ("a.svg", &format));
  g_assert_cmpint (format, ==, OKR_CHART_FORMAT_SVG);
  g_assert_true (okr_chart_format_from_path ("b.pdf", &format));
  g_assert_cmpint (format, ==, OKR_CHART_FORMAT_PDF);
  g_assert_false (okr_chart_format_from_path ("b.jpg", &format));

  /* PNG: the preset size times the scale. */
  png = g_build_filename (doc.dir, "chart.png", NULL);
  g_assert_true (okr_chart_export (chart, png, OKR_CHART_FORMAT_PNG, 1280, 720, 2, &style,
                                   &error));
  g_assert_no_error (error);
  {
    cairo_surface_t *back = cairo_image_surface_create_from_png (png);
    g_assert_cmpint (cairo_surface_status (back), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpint (cairo_image_surface_get_width (back), ==, 2560);
    g_assert_cmpint (cairo_image_surface_get_height (back), ==, 1440);
    cairo_surface_destroy (back);
  }

  /* SVG: a well-formed document whose root has the size in pixels. */
  svg = g_build_filename (doc.dir, "chart.svg", NULL);
  g_assert_true (okr_chart_export (chart, svg, OKR_CHART_FORMAT_SVG, 1920, 1080, 1, &style,
                                   &error));
  g_assert_no_error (error);
  {
    gsize length;
    g_autofree char *text = read_file (svg, &length);
    SvgRoot root = { 0 };
    GMarkupParser parser = { svg_start, NULL, NULL, NULL, NULL };
    g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, &root, NULL);

    g_assert_true (g_markup_parse_context_parse (context, text, length, &error) &&
                   g_markup_parse_context_end_parse (context, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (root.width, ==, "1920px");
    g_assert_cmpstr (root.height, ==, "1080px");
    g_assert_cmpstr (root.view_box, ==, "0 0 1920 1080");
    g_assert_cmpuint (root.elements, >, 50);
    g_free (root.width);
    g_free (root.height);
    g_free (root.view_box);
  }

  /* PDF: one page of the size asked. */
  pdf = g_build_filename (doc.dir, "chart.pdf", NULL);
  g_assert_true (okr_chart_export (chart, pdf, OKR_CHART_FORMAT_PDF, 1280, 720, 1, &style,
                                   &error));
  g_assert_no_error (error);
  {
    double w, h;
    g_assert_cmpuint (pdf_pages (pdf, &w, &h), ==, 1);
    g_assert_cmpfloat (w, ==, 1280);
    g_assert_cmpfloat (h, ==, 720);
  }

  /* A refused export leaves what was there, and no temporary file. */
  kept = g_build_filename (doc.dir, "kept.png", NULL);
  g_assert_true (g_file_set_contents (kept, "before", -1, NULL));
  g_assert_false (okr_chart_export (chart, kept, OKR_CHART_FORMAT_PNG, 5, 720, 1, &style,
                                    &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (okr_chart_export (chart, kept, OKR_CHART_FORMAT_PNG, 1280, 720, 9, &style,
                                    &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autofree char *contents = read_file (kept, NULL);
    g_assert_cmpstr (contents, ==, "before");
  }
  missing = g_build_filename (doc.dir, "no-such-folder", "chart.png", NULL);
  g_assert_false (okr_chart_export (chart, missing, OKR_CHART_FORMAT_PNG, 640, 480, 1, &style,
                                    &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    g_autoptr(GDir) dir = g_dir_open (doc.dir, 0, NULL);
    const char *name;
    while ((name = g_dir_read_name (dir)) != NULL)
      g_assert_false (name[0] == '.');
  }

  /* The clipboard's image carries its scale. */
  {
    cairo_surface_t *image = okr_chart_render_image (chart, 300, 200, 3, &style);
    double sx, sy;
    cairo_surface_get_device_scale (image, &sx, &sy);
    g_assert_cmpint (cairo_image_surface_get_width (image), ==, 900);
    g_assert_cmpfloat (sx, ==, 3);
    cairo_surface_destroy (image);
  }
  doc_close (&doc);
}

/* ───────────────────────── the deck ───────────────────────── */

static guint
expected_slides (OkrRollup *rollup, gint64 company, gboolean ended)
{
  GPtrArray *objectives = okr_rollup_get_objectives (rollup, company);
  g_autoptr(GPtrArray) units = okr_chart_data_subtree (rollup, company);
  guint n = 2, at_risk = 0;

  for (guint i = 0; i < objectives->len; i++)
    {
      guint krs = okr_rollup_get_key_results (rollup,
                                              okr_objective_get_id (g_ptr_array_index (objectives,
                                                                                       i)))->len;
      n += MAX (1, (krs + 5) / 6);
    }
  for (guint i = 0; i < okr_rollup_get_unit_children (rollup, company)->len; i++)
    n += okr_unit_get_n_objectives (g_ptr_array_index (okr_rollup_get_unit_children (rollup,
                                                                                    company),
                                                       i)) > 0;
  for (guint i = 0; i < units->len; i++)
    {
      GPtrArray *list = okr_rollup_get_objectives (rollup,
                                                   okr_unit_get_id (g_ptr_array_index (units, i)));
      for (guint j = 0; j < list->len; j++)
        {
          GPtrArray *krs = okr_rollup_get_key_results (rollup,
                                                       okr_objective_get_id (g_ptr_array_index (list, j)));
          for (guint k = 0; k < krs->len; k++)
            {
              OkrStatus s = okr_key_result_get_status (g_ptr_array_index (krs, k));
              at_risk += s == OKR_STATUS_AT_RISK || s == OKR_STATUS_OFF_TRACK;
            }
        }
    }
  n += CLAMP ((at_risk + 8) / 9, 1, 2);
  return n + (ended ? 1 : 0);
}

static void
test_deck (void)
{
  Doc doc = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(OkrRollup) previous = NULL;
  guint n = 0;
  double w, h;

  doc_open (&doc, "en", 4, 2);
  path = g_build_filename (doc.dir, "deck.pdf", NULL);
  g_assert_true (okr_deck_export (doc.store, doc.f.quarter, okr_date_today (), "en", NULL, path,
                                  &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, expected_slides (doc.rollup, doc.f.company, FALSE));
  g_assert_cmpuint (pdf_pages (path, &w, &h), ==, n);
  g_assert_cmpfloat (w, ==, OKR_DECK_WIDTH);
  g_assert_cmpfloat (h, ==, OKR_DECK_HEIGHT);
  g_assert_cmpfloat (fabs (w / h - 16.0 / 9.0), <, 1e-9);

  /* A closed quarter ends on its score distribution; Vietnamese has the same slides. */
  previous = okr_rollup_new (doc.store, doc.f.previous, okr_date_today (), &error);
  g_assert_no_error (error);
  g_assert_true (okr_deck_export (doc.store, doc.f.previous, okr_date_today (), "vi", NULL, path,
                                  &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, expected_slides (previous, doc.f.company, TRUE));
  g_assert_cmpuint (pdf_pages (path, &w, &h), ==, n);

  /* pdfinfo, when installed, reads it as a sound PDF of the same pages. */
  {
    g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
    g_autofree char *out = NULL;
    int status;

    if (pdfinfo != NULL)
      {
        g_autofree char *pages = g_strdup_printf ("Pages:           %u", n);
        const char *argv[] = { pdfinfo, path, NULL };
        g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                     NULL, &out, NULL, &status, &error));
        g_assert_no_error (error);
        g_assert_true (g_spawn_check_wait_status (status, NULL));
        g_assert_nonnull (strstr (out, pages));
        g_assert_nonnull (strstr (out, "960 x 540 pts"));
      }
  }

  /* An unknown cycle is refused; nothing is written. */
  g_unlink (path);
  g_assert_false (okr_deck_export (doc.store, 4242, okr_date_today (), "en", NULL, path, NULL,
                                   &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  doc_close (&doc);
}

/* The deck speaks its own language for its time only. A catalogue of our own makes the test
 * independent of how much of po/vi.po is translated. */
static void
test_language_switch (void)
{
  static const char po[] =
    "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
    "msgctxt \"status\"\nmsgid \"On track\"\nmsgstr \"Đúng tiến độ\"\n\n"
    "msgctxt \"decimal separator\"\nmsgid \".\"\nmsgstr \",\"\n";
  g_autofree char *msgfmt = g_find_program_in_path ("msgfmt");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL, *po_path = NULL, *mo_dir = NULL, *mo_path = NULL;
  g_autofree char *bound = NULL, *language = NULL;
  int status;

  if (msgfmt == NULL)
    {
      g_test_skip ("msgfmt is not installed");
      return;
    }
  dir = g_dir_make_tmp ("cascade-lang-XXXXXX", &error);
  g_assert_no_error (error);
  po_path = g_build_filename (dir, "vi.po", NULL);
  mo_dir = g_build_filename (dir, "vi", "LC_MESSAGES", NULL);
  mo_path = g_build_filename (mo_dir, GETTEXT_PACKAGE ".mo", NULL);
  g_assert_true (g_file_set_contents (po_path, po, -1, NULL));
  g_assert_cmpint (g_mkdir_with_parents (mo_dir, 0700), ==, 0);
  {
    const char *argv[] = { msgfmt, "-o", mo_path, po_path, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, NULL, NULL, &status,
                                 &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  bound = g_strdup (bindtextdomain (GETTEXT_PACKAGE, NULL));
  bindtextdomain (GETTEXT_PACKAGE, dir);

  g_assert_cmpstr (okr_status_to_label (OKR_STATUS_ON_TRACK), ==, "On track");
  language = g_strdup (g_getenv ("LANGUAGE"));
  {
    g_autoptr(OkrLanguageScope) scope = okr_language_push ("vi");
    g_autofree char *number = okr_format_number (1.5, 1);

    g_assert_cmpstr (okr_status_to_label (OKR_STATUS_ON_TRACK), ==, "Đúng tiến độ");
    g_assert_cmpstr (number, ==, "1,5");
  }
  g_assert_cmpstr (okr_status_to_label (OKR_STATUS_ON_TRACK), ==, "On track");
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, language);
  {
    /* Nothing asked: nothing changes. */
    g_autoptr(OkrLanguageScope) scope = okr_language_push (NULL);
    g_assert_cmpstr (okr_status_to_label (OKR_STATUS_ON_TRACK), ==, "On track");
  }
  g_assert_true (okr_language_is_known ("vi"));
  g_assert_true (okr_language_is_known ("en"));
  g_assert_false (okr_language_is_known ("fr"));
  g_assert_false (okr_language_is_known (NULL));

  bindtextdomain (GETTEXT_PACKAGE, bound);
  g_unlink (mo_path);
  g_rmdir (mo_dir);
  g_free (g_steal_pointer (&mo_dir));
  mo_dir = g_build_filename (dir, "vi", NULL);
  g_rmdir (mo_dir);
  g_unlink (po_path);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  const char *localedir = g_getenv ("CASCADE_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  okr_language_prepare ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/ticks", test_ticks);
  g_test_add_func ("/chart/score-buckets", test_score_buckets);
  g_test_add_func ("/chart/objectives/scale", test_objectives_scale);
  g_test_add_func ("/chart/units/scale", test_units_scale);
  g_test_add_func ("/chart/ring", test_ring);
  g_test_add_func ("/chart/pace", test_pace);
  g_test_add_func ("/chart/status", test_status);
  g_test_add_func ("/chart/heatmap", test_heatmap);
  g_test_add_func ("/chart/heatmap/by-hand", test_heatmap_by_hand);
  g_test_add_func ("/chart/scores", test_scores);
  g_test_add_func ("/chart/alignment/layout", test_alignment);
  g_test_add_func ("/chart/alignment/loop", test_alignment_loop);
  g_test_add_func ("/chart/alignment/company", test_alignment_company);
  g_test_add_func ("/chart/crisp-lines", test_crisp_lines);
  g_test_add_func ("/chart/data", test_data);
  g_test_add_func ("/chart/hidpi", test_hidpi);
  g_test_add_func ("/chart/vietnamese-glyphs", test_vietnamese_glyphs);
  g_test_add_func ("/chart/no-data", test_no_data);
  g_test_add_func ("/chart/build-errors", test_build_errors);
  g_test_add_func ("/chart/export", test_export);
  g_test_add_func ("/chart/deck", test_deck);
  g_test_add_func ("/chart/language", test_language_switch);
  return g_test_run ();
}
