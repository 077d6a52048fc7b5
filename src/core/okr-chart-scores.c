/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The score distribution at the end of a cycle: how many key results fell in each band,
 * committed (solid) beside aspirational (striped). */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "okr-chart-private.h"

OkrChartScoresData *
okr_chart_scores_data_new (void)
{
  return g_new0 (OkrChartScoresData, 1);
}

void
okr_chart_scores_data_free (OkrChartScoresData *data)
{
  g_free (data);
}

static const struct {
  const char *name;
  const char *range;
  OkrStatus   color;     /* the status whose colour the band borrows */
} buckets[OKR_SCORE_BUCKET_N] = {
  [OKR_SCORE_BUCKET_FAIL] = { NC_("score band", "Fail"), "0.0–0.3", OKR_STATUS_OFF_TRACK },
  [OKR_SCORE_BUCKET_COMMIT] = { NC_("score band", "Commit"), "0.4–0.6", OKR_STATUS_AT_RISK },
  [OKR_SCORE_BUCKET_TARGET] = { NC_("score band", "Target"), "0.7–0.9", OKR_STATUS_ON_TRACK },
  [OKR_SCORE_BUCKET_STRETCH] = { NC_("score band", "Stretch"), "1.0", OKR_STATUS_DONE },
};

typedef struct {
  double      x0, plot_top, plot_bottom, slot, bar_w, axis_w;
  double      first, step;
  int         n_ticks;
  ChartText  *ticks[12];
  ChartText  *names[OKR_SCORE_BUCKET_N];
  ChartText  *ranges[OKR_SCORE_BUCKET_N];
  ChartText  *counts[2][OKR_SCORE_BUCKET_N];
  ChartText  *unscored;
  ChartLegend legend;
  double      names_y, legend_y;
} ScoresLayout;

static void
scores_layout_clear (ScoresLayout *l)
{
  for (int i = 0; i < l->n_ticks; i++)
    chart_text_free (l->ticks[i]);
  for (guint b = 0; b < OKR_SCORE_BUCKET_N; b++)
    {
      chart_text_free (l->names[b]);
      chart_text_free (l->ranges[b]);
      chart_text_free (l->counts[0][b]);
      chart_text_free (l->counts[1][b]);
    }
  chart_text_free (l->unscored);
  chart_legend_clear (&l->legend);
}

static const guint *
series (const OkrChartScoresData *data, int s)
{
  return s == 0 ? data->committed : data->aspirational;
}

static void
scores_layout (ChartCtx *ctx, ScoresLayout *l, const OkrChartScoresData *data, double w,
               double h)
{
  double fs = ctx->font_size, names_h = 0, top_h;
  guint max = 1;
  OkrRgb swatch;

  okr_draw_status_color (buckets[OKR_SCORE_BUCKET_TARGET].color, ctx->dark, &swatch);
  chart_legend_init (&l->legend);
  /* Translators: chart legends of the score distribution. */
  chart_legend_add (ctx, &l->legend, CHART_MARK_SWATCH, 0, &swatch,
                    _("Committed (judged against 1.0)"));
  chart_legend_add (ctx, &l->legend, CHART_MARK_STRIPES, 0, &swatch,
                    _("Aspirational (judged against 0.7)"));
  chart_legend_layout (ctx, &l->legend, w);
  l->legend_y = h - l->legend.height;
  if (data->unscored > 0)
    {
      /* Translators: under the score distribution. */
      g_autofree char *text = g_strdup_printf (ngettext ("%u key result has no score yet.",
                                                         "%u key results have no score yet.",
                                                         data->unscored), data->unscored);
      l->unscored = chart_text_new (ctx, text, 0.85, 0, w, 1);
      l->legend_y -= l->unscored->height + fs * 0.3;
    }

  for (guint b = 0; b < OKR_SCORE_BUCKET_N; b++)
    max = MAX (max, MAX (data->committed[b], data->aspirational[b]));
  top_h = chart_line_height (ctx, 0.85);
  l->plot_top = top_h + fs * 0.5;

  l->slot = 0;
  for (guint b = 0; b < OKR_SCORE_BUCKET_N; b++)
    {
      l->names[b] = chart_text_new (ctx, g_dpgettext2 (GETTEXT_PACKAGE, "score band",
                                                       buckets[b].name),
                                    0.95, CHART_TEXT_BOLD | CHART_TEXT_CENTER, w / 4.4, 2);
      l->ranges[b] = chart_text_new (ctx, buckets[b].range, 0.8, CHART_TEXT_CENTER, w / 4.4, 1);
      names_h = MAX (names_h, l->names[b]->height + l->ranges[b]->height);
      for (int s = 0; s < 2; s++)
        {
          g_autofree char *count = g_strdup_printf ("%u", series (data, s)[b]);
          l->counts[s][b] = chart_text_new (ctx, count, 0.85, CHART_TEXT_TABULAR, -1, 1);
        }
    }
  l->names_y = l->legend_y - fs * 0.8 - names_h;
  l->plot_bottom = l->names_y - fs * 0.4;

  /* Whole key results on the axis: steps of 1, 2, 5, 10… */
  okr_chart_nice_ticks (0, max, (int) CLAMP ((l->plot_bottom - l->plot_top) / (fs * 2.4), 1, 8),
                        &l->first, &l->step, &l->n_ticks);
  if (l->step < 1)
    {
      l->step = 1;
      l->n_ticks = (int) max + 1;
    }
  l->n_ticks = MIN (l->n_ticks, (int) G_N_ELEMENTS (l->ticks));
  for (int i = 0; i < l->n_ticks; i++)
    {
      g_autofree char *text = g_strdup_printf ("%g", l->first + i * l->step);
      l->ticks[i] = chart_text_new (ctx, text, 0.8, CHART_TEXT_TABULAR, -1, 1);
      l->axis_w = MAX (l->axis_w, l->ticks[i]->width);
    }
  l->x0 = l->axis_w + fs * 0.6;
  l->slot = (w - l->x0) / OKR_SCORE_BUCKET_N;
  l->bar_w = MIN (l->slot * 0.34, fs * 3.5);
}

static void
scores_paint (ChartCtx *ctx, cairo_t *cr, const ScoresLayout *l, const OkrChartScoresData *data,
              double w)
{
  double fs = ctx->font_size, plot_h = l->plot_bottom - l->plot_top;
  double top_value = l->first + (l->n_ticks - 1) * l->step;
  static const OkrChartTarget none = { OKR_CHART_TARGET_NONE, 0 };

  for (int i = 0; i < l->n_ticks; i++)
    {
      double y = l->plot_bottom - (l->first + i * l->step) / top_value * plot_h;
      chart_set_fg (ctx, cr, i == 0 ? CHART_ALPHA_GRID * 2.5 : CHART_ALPHA_GRID);
      chart_stroke_hline (cr, l->x0, w, y, 1);
      chart_set_fg (ctx, cr, CHART_ALPHA_MUTED);
      chart_text_paint (cr, l->ticks[i], l->axis_w - l->ticks[i]->width,
                        y - l->ticks[i]->height / 2);
    }

  for (guint b = 0; b < OKR_SCORE_BUCKET_N; b++)
    {
      double cx = l->x0 + l->slot * (b + 0.5);
      OkrRgb color;

      okr_draw_status_color (buckets[b].color, ctx->dark, &color);
      for (int s = 0; s < 2; s++)
        {
          guint count = series (data, s)[b];
          double x0 = chart_snap_x (cr, s == 0 ? cx - l->bar_w - fs * 0.1 : cx + fs * 0.1);
          double x1 = chart_snap_x (cr, s == 0 ? cx - fs * 0.1 : cx + l->bar_w + fs * 0.1);
          double y1 = chart_snap_y (cr, l->plot_bottom);
          double y0 = chart_snap_y (cr, l->plot_bottom - count / top_value * plot_h);
          const ChartText *t = l->counts[s][b];
          g_autofree char *tip = NULL;

          if (s == 0)
            {
              okr_draw_set_color (cr, &color, 1.0);
              cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
              cairo_fill (cr);
            }
          else if (count > 0)
            chart_paint_stripes (cr, &color, x0, y0, x1 - x0, y1 - y0, fs * 0.55);
          chart_set_fg (ctx, cr, 1.0);
          chart_text_paint (cr, t, (x0 + x1 - t->width) / 2, y0 - t->height - fs * 0.15);

          tip = g_strdup_printf (s == 0
                                 /* Translators: a bar's tooltip: "Committed, Target (0.7–0.9):
                                  * 5 key results". */
                                 ? ngettext ("Committed, %1$s (%2$s): %3$u key result",
                                             "Committed, %1$s (%2$s): %3$u key results", count)
                                 : ngettext ("Aspirational, %1$s (%2$s): %3$u key result",
                                             "Aspirational, %1$s (%2$s): %3$u key results",
                                             count),
                                 g_dpgettext2 (GETTEXT_PACKAGE, "score band", buckets[b].name),
                                 buckets[b].range, count);
          chart_hit_rect (ctx, x0, MIN (y0, y1 - fs), x1 - x0, MAX (y1 - y0, fs), none,
                          g_steal_pointer (&tip));
        }
      chart_set_fg (ctx, cr, 1.0);
      chart_text_paint (cr, l->names[b], cx - l->names[b]->width / 2, l->names_y);
      chart_set_fg (ctx, cr, CHART_ALPHA_MUTED);
      chart_text_paint (cr, l->ranges[b], cx - l->ranges[b]->width / 2,
                        l->names_y + l->names[b]->height);
    }

  if (l->unscored != NULL)
    {
      chart_set_fg (ctx, cr, CHART_ALPHA_MUTED);
      chart_text_paint (cr, l->unscored, 0, l->legend_y + l->legend.height + fs * 0.3);
    }
  chart_legend_paint (ctx, cr, &l->legend, 0, l->legend_y);
}

static void
scores_body (ChartCtx *ctx, cairo_t *cr, double width, double height, gconstpointer data)
{
  ScoresLayout layout = { 0 };

  scores_layout (ctx, &layout, data, width, height);
  scores_paint (ctx, cr, &layout, data, width);
  scores_layout_clear (&layout);
}

void
okr_chart_scores_draw (cairo_t *cr, double width, double height,
                       const OkrChartScoresData *data, const OkrChartStyle *style,
                       OkrChartHits *hits)
{
  guint total = 0;

  g_return_if_fail (cr != NULL && data != NULL);

  for (guint b = 0; b < OKR_SCORE_BUCKET_N; b++)
    total += data->committed[b] + data->aspirational[b];
  chart_draw (cr, width, height, style, hits,
              total > 0 ? NULL
              : data->unscored > 0 ? _("No key result has been scored yet.")
              : _("There are no key results here yet."), scores_body, data);
}
