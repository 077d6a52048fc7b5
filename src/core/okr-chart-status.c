/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The status donut: how many key results are done, on track, at risk, off track or not
 * started, with a legend that names and counts each. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "okr-chart-private.h"

OkrChartStatusData *
okr_chart_status_data_new (void)
{
  return g_new0 (OkrChartStatusData, 1);
}

void
okr_chart_status_data_free (OkrChartStatusData *data)
{
  g_free (data);
}

/* Clockwise from twelve o'clock, best first. */
static const OkrStatus order[] = {
  OKR_STATUS_DONE, OKR_STATUS_ON_TRACK, OKR_STATUS_AT_RISK, OKR_STATUS_OFF_TRACK,
  OKR_STATUS_NOT_STARTED,
};

typedef struct {
  OkrStatus  status;
  ChartText *label, *count, *share;
  double     y;
} LegendRow;

typedef struct {
  double     cx, cy, radius, thickness;
  guint      total;
  ChartText *total_text, *what;
  LegendRow  rows[OKR_STATUS_N];
  guint      n_rows;
  double     legend_x, label_width, count_width, row_height;
} StatusLayout;

static void
status_layout_clear (StatusLayout *l)
{
  chart_text_free (l->total_text);
  chart_text_free (l->what);
  for (guint i = 0; i < l->n_rows; i++)
    {
      chart_text_free (l->rows[i].label);
      chart_text_free (l->rows[i].count);
      chart_text_free (l->rows[i].share);
    }
}

static void
status_layout (ChartCtx *ctx, StatusLayout *l, const OkrChartStatusData *data, double w,
               double h)
{
  double fs = ctx->font_size, legend_w, legend_h, diameter, share_w = 0;
  gboolean side_by_side;
  g_autofree char *total = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    l->total += data->counts[order[i]];
  total = g_strdup_printf ("%u", l->total);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      OkrStatus s = order[i];
      LegendRow *row;
      g_autofree char *count = NULL, *share = NULL;

      if (data->counts[s] == 0)
        continue;
      row = &l->rows[l->n_rows++];
      row->status = s;
      count = g_strdup_printf ("%u", data->counts[s]);
      share = chart_percent ((double) data->counts[s] / l->total);
      row->count = chart_text_new (ctx, count, 1.0, CHART_TEXT_BOLD | CHART_TEXT_TABULAR, -1, 1);
      row->share = chart_text_new (ctx, share, 0.85, CHART_TEXT_TABULAR, -1, 1);
      l->count_width = MAX (l->count_width, row->count->width);
      share_w = MAX (share_w, row->share->width);
    }

  /* The legend as wide as its longest label needs, ellipsized only when even that is too
   * wide; beside the donut when both fit readably, else under it. */
  l->row_height = chart_line_height (ctx, 1.0) + fs * 0.45;
  legend_h = l->n_rows * l->row_height;
  {
    double widest = 0, fixed = fs * 1.4 + fs * 0.6 + l->count_width + fs * 0.6 + share_w;

    for (guint i = 0; i < l->n_rows; i++)
      {
        g_autoptr(ChartText) probe = chart_text_new (ctx, okr_status_to_label (l->rows[i].status),
                                                     0.95, 0, -1, 1);
        widest = MAX (widest, probe->width);
      }
    side_by_side = w - (fixed + widest) - fs * 1.5 >= MIN (w, h) * 0.55 ||
                   h - legend_h - fs < MIN (w, h) * 0.45;
    /* Short of room, the shares go before the labels do: the counts say it too. */
    if (widest > (side_by_side ? w * 0.5 : w) - fixed && share_w > 0)
      {
        fixed -= fs * 0.6 + share_w;
        share_w = 0;
        for (guint i = 0; i < l->n_rows; i++)
          g_clear_pointer (&l->rows[i].share, chart_text_free);
      }
    l->label_width = MIN (widest, MAX ((side_by_side ? w * 0.5 : w) - fixed, fs * 3));
    for (guint i = 0; i < l->n_rows; i++)
      l->rows[i].label = chart_text_new (ctx, okr_status_to_label (l->rows[i].status), 0.95, 0,
                                         l->label_width, 1);
    legend_w = fixed + l->label_width;
  }

  if (side_by_side)
    {
      diameter = MIN (h, w - legend_w - fs * 1.5);
      /* The donut and its legend as one group, centred. */
      l->cx = (w - diameter - fs * 1.5 - legend_w) / 2 + diameter / 2;
      l->cy = h / 2;
      l->legend_x = l->cx + diameter / 2 + fs * 1.5;
      for (guint i = 0; i < l->n_rows; i++)
        l->rows[i].y = (h - legend_h) / 2 + i * l->row_height;
    }
  else
    {
      diameter = MIN (w, h - legend_h - fs);
      l->cx = w / 2;
      l->cy = diameter / 2;
      l->legend_x = MAX (0, (w - legend_w) / 2);
      for (guint i = 0; i < l->n_rows; i++)
        l->rows[i].y = diameter + fs + i * l->row_height;
    }
  diameter = MAX (diameter, fs * 2);
  l->radius = diameter / 2;
  l->thickness = MAX (fs * 0.8, diameter * 0.16);

  if (diameter > fs * 4)
    {
      const char *what = ngettext ("key result", "key results", l->total);
      double hole = 2 * (l->radius - l->thickness);

      l->total_text = chart_text_new (ctx, total, MAX (diameter * 0.2 / fs, 1.0),
                                      CHART_TEXT_BOLD | CHART_TEXT_TABULAR, -1, 1);
      l->what = chart_text_new (ctx, what, 0.85, CHART_TEXT_CENTER, hole * 0.7, 2);
      /* The words only when they fit in the hole with the number. */
      if (l->total_text->height + l->what->height > hole * 0.7)
        g_clear_pointer (&l->what, chart_text_free);
      if (l->total_text->height > hole * 0.9 || l->total_text->width > hole * 0.9)
        g_clear_pointer (&l->total_text, chart_text_free);
    }
}

static char *
segment_tooltip (OkrStatus status, guint count, guint total)
{
  g_autofree char *share = chart_percent ((double) count / total);

  /* Translators: a donut segment's tooltip: "At risk: 4 key results (22%)". */
  return g_strdup_printf (ngettext ("%1$s: %2$u key result (%3$s)",
                                    "%1$s: %2$u key results (%3$s)", count),
                          okr_status_to_label (status), count, share);
}

static void
status_paint (ChartCtx *ctx, cairo_t *cr, const StatusLayout *l, const OkrChartStatusData *data)
{
  double fs = ctx->font_size, angle = -G_PI / 2;
  double r = l->radius - l->thickness / 2;
  /* Gaps between segments, in radians: about 2 units of arc. */
  double gap = l->n_rows > 1 ? MIN (2.0 / r, 0.05) : 0;

  for (guint i = 0; i < l->n_rows; i++)
    {
      OkrStatus s = l->rows[i].status;
      double sweep = 2 * G_PI * data->counts[s] / l->total;
      OkrRgb color;

      okr_draw_status_color (s, ctx->dark, &color);
      okr_draw_set_color (cr, &color, 1.0);
      cairo_set_line_width (cr, l->thickness);
      cairo_new_path (cr);
      cairo_arc (cr, l->cx, l->cy, r, angle + gap / 2, angle + MAX (sweep - gap / 2, gap / 2));
      cairo_stroke (cr);
      chart_hit_sector (ctx, l->cx, l->cy, l->radius - l->thickness, l->radius, angle,
                        angle + sweep, data->target,
                        segment_tooltip (s, data->counts[s], l->total));
      angle += sweep;
    }

  if (l->total_text != NULL)
    {
      double block = l->total_text->height + (l->what != NULL ? l->what->height : 0);
      chart_set_fg (ctx, cr, 1.0);
      chart_text_paint (cr, l->total_text, l->cx - l->total_text->width / 2, l->cy - block / 2);
      if (l->what != NULL)
        {
          chart_set_fg (ctx, cr, CHART_ALPHA_MUTED);
          chart_text_paint (cr, l->what, l->cx - l->what->width / 2,
                            l->cy - block / 2 + l->total_text->height);
        }
    }

  for (guint i = 0; i < l->n_rows; i++)
    {
      const LegendRow *row = &l->rows[i];
      double x = l->legend_x, cy = row->y + l->row_height / 2;
      double count_x = x + fs * 1.4 + l->label_width + fs * 0.6;

      okr_draw_status_shape (cr, row->status, x + fs * 0.45, cy, fs * 0.85, ctx->dark);
      chart_set_fg (ctx, cr, 1.0);
      chart_text_paint (cr, row->label, x + fs * 1.4, cy - row->label->height / 2);
      chart_text_paint (cr, row->count, count_x + l->count_width - row->count->width,
                        cy - row->count->height / 2);
      if (row->share != NULL)
        {
          chart_set_fg (ctx, cr, CHART_ALPHA_MUTED);
          chart_text_paint (cr, row->share, count_x + l->count_width + fs * 0.6,
                            cy - row->share->height / 2);
        }
      chart_hit_rect (ctx, x, row->y, count_x + l->count_width + fs * 4 - x, l->row_height,
                      data->target, segment_tooltip (row->status, data->counts[row->status],
                                                     l->total));
    }
}

static void
status_body (ChartCtx *ctx, cairo_t *cr, double width, double height, gconstpointer data)
{
  StatusLayout layout = { 0 };

  status_layout (ctx, &layout, data, width, height);
  status_paint (ctx, cr, &layout, data);
  status_layout_clear (&layout);
}

void
okr_chart_status_draw (cairo_t *cr, double width, double height,
                       const OkrChartStatusData *data, const OkrChartStyle *style,
                       OkrChartHits *hits)
{
  guint total = 0;

  g_return_if_fail (cr != NULL && data != NULL);

  for (guint i = 0; i < OKR_STATUS_N; i++)
    total += data->counts[i];
  chart_draw (cr, width, height, style, hits,
              total > 0 ? NULL : _("There are no key results here yet."), status_body, data);
}
