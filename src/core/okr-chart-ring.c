/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The progress ring: a unit's or an objective's progress, the progress expected today as a
 * tick, the status as colour, shape and word. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "okr-chart-private.h"

OkrChartRingData *
okr_chart_ring_data_new (void)
{
  OkrChartRingData *data = g_new0 (OkrChartRingData, 1);

  data->expected = NAN;
  return data;
}

void
okr_chart_ring_data_free (OkrChartRingData *data)
{
  if (data == NULL)
    return;
  g_free (data->label);
  g_free (data->caption);
  g_free (data);
}

typedef struct {
  double     cx, cy, radius, line;
  ChartText *percent, *status, *label, *caption, *expected;
  double     percent_y, status_y, label_y;
  double     status_mark;    /* the shape's size before the status word */
} RingLayout;

static void
ring_layout_clear (RingLayout *l)
{
  chart_text_free (l->percent);
  chart_text_free (l->status);
  chart_text_free (l->label);
  chart_text_free (l->caption);
  chart_text_free (l->expected);
}

static void
ring_layout (ChartCtx *ctx, RingLayout *l, const OkrChartRingData *data, double w, double h)
{
  double gap = ctx->font_size * 0.5, below = 0, diameter;
  g_autofree char *percent = chart_percent (data->progress);

  /* Under the ring: the name (two lines at most), a caption and what is expected. */
  if (data->label != NULL && *data->label != '\0')
    l->label = chart_text_new (ctx, data->label, 1.1, CHART_TEXT_BOLD | CHART_TEXT_CENTER, w, 2);
  if (data->caption != NULL && *data->caption != '\0')
    l->caption = chart_text_new (ctx, data->caption, 0.85, CHART_TEXT_CENTER, w, 1);
  if (isfinite (data->expected))
    {
      g_autofree char *expected = chart_percent (data->expected);
      /* Translators: under a progress ring; %s is a percentage. */
      g_autofree char *text = g_strdup_printf (_("%s expected by today"), expected);
      l->expected = chart_text_new (ctx, text, 0.85, CHART_TEXT_CENTER, w, 1);
    }
  for (ChartText **t = (ChartText *[]) { l->label, l->caption, l->expected }, **end = t + 3;
       t < end; t++)
    if (*t != NULL)
      below += (*t)->height + gap * 0.4;

  /* The texts under the ring go first when space is short: a ring alone still speaks. */
  diameter = MIN (w, h - below - gap);
  if (diameter < MIN (w, h) * 0.5)
    {
      ring_layout_clear (l);
      l->label = l->caption = l->expected = NULL;
      below = 0;
      diameter = MIN (w, h);
    }
  diameter = MAX (diameter, 4);
  l->line = MAX (3.0, diameter * 0.11);
  l->radius = diameter / 2 - l->line / 2;
  l->cx = w / 2;
  l->cy = (h - below - (below > 0 ? gap : 0)) / 2;
  l->cy = MAX (l->cy, diameter / 2);
  l->label_y = l->cy + diameter / 2 + gap;

  /* Inside: the percentage, and the status under it when the ring is large enough. */
  l->percent = chart_text_new (ctx, percent, MAX (diameter * 0.2 / ctx->font_size, 0.7),
                               CHART_TEXT_BOLD | CHART_TEXT_TABULAR, -1, 1);
  if (l->percent->width > (l->radius - l->line / 2) * 1.8)
    g_clear_pointer (&l->percent, chart_text_free);
  if (l->percent != NULL && diameter > ctx->font_size * 7)
    {
      l->status_mark = ctx->font_size * 0.8;
      l->status = chart_text_new (ctx, okr_status_to_label (data->status), 0.9, 0,
                                  (l->radius - l->line) * 1.6 - l->status_mark * 1.5, 1);
    }
  if (l->percent != NULL)
    {
      double block = l->percent->height + (l->status != NULL ? l->status->height : 0);
      l->percent_y = l->cy - block / 2;
      l->status_y = l->percent_y + l->percent->height;
    }
}

static void
ring_paint (ChartCtx *ctx, cairo_t *cr, const RingLayout *l, const OkrChartRingData *data)
{
  double y = l->label_y;

  okr_draw_ring (cr, l->cx, l->cy, l->radius, l->line, data->progress, data->expected,
                 data->status, ctx->dark);
  if (l->percent != NULL)
    {
      chart_set_fg (ctx, cr, 1.0);
      chart_text_paint (cr, l->percent, l->cx - l->percent->width / 2, l->percent_y);
    }
  if (l->status != NULL)
    {
      double gap = l->status_mark * 0.5;
      double total = l->status_mark + gap + l->status->width;
      double x = l->cx - total / 2;

      okr_draw_status_shape (cr, data->status, x + l->status_mark / 2,
                             l->status_y + l->status->height / 2, l->status_mark, ctx->dark);
      chart_set_fg (ctx, cr, CHART_ALPHA_MUTED);
      chart_text_paint (cr, l->status, x + l->status_mark + gap, l->status_y);
    }
  for (const ChartText *const *t = (const ChartText *const[]) { l->label, l->caption,
                                                                l->expected },
       *const *end = t + 3; t < end; t++)
    {
      if (*t == NULL)
        continue;
      chart_set_fg (ctx, cr, *t == l->label ? 1.0 : CHART_ALPHA_MUTED);
      chart_text_paint (cr, *t, l->cx - (*t)->width / 2, y);
      y += (*t)->height + ctx->font_size * 0.2;
    }

  chart_hit_rect (ctx, l->cx - l->radius - l->line / 2, l->cy - l->radius - l->line / 2,
                  2 * l->radius + l->line, 2 * l->radius + l->line, data->target,
                  chart_progress_tooltip (data->label != NULL ? data->label : "",
                                          data->progress, data->expected, data->status));
}

static void
ring_body (ChartCtx *ctx, cairo_t *cr, double width, double height, gconstpointer data)
{
  RingLayout layout = { 0 };

  ring_layout (ctx, &layout, data, width, height);
  ring_paint (ctx, cr, &layout, data);
  ring_layout_clear (&layout);
}

void
okr_chart_ring_draw (cairo_t *cr, double width, double height, const OkrChartRingData *data,
                     const OkrChartStyle *style, OkrChartHits *hits)
{
  g_return_if_fail (cr != NULL && data != NULL);

  chart_draw (cr, width, height, style, hits,
              data->empty ? _("There are no objectives with key results to measure here.")
                          : NULL, ring_body, data);
}
