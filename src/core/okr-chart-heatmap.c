/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The confidence heatmap: units down, weeks across; each cell is the mean confidence of the
 * week's check-ins on the unit's key results (and those of the units below it). */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "okr-chart-private.h"
#include "okr-format.h"
#include "okr-math.h"

static void
free_row (gpointer data)
{
  OkrChartHeatmapRow *row = data;

  g_free (row->name);
  g_free (row->mean);
  g_free (row->count);
  g_free (row);
}

OkrChartHeatmapData *
okr_chart_heatmap_data_new (OkrDate start, guint n_weeks)
{
  OkrChartHeatmapData *data = g_new0 (OkrChartHeatmapData, 1);

  data->start = start;
  data->n_weeks = n_weeks;
  data->today_week = -1;
  data->rows = g_ptr_array_new_with_free_func (free_row);
  return data;
}

void
okr_chart_heatmap_data_free (OkrChartHeatmapData *data)
{
  if (data == NULL)
    return;
  g_ptr_array_unref (data->rows);
  g_free (data);
}

OkrChartHeatmapRow *
okr_chart_heatmap_data_add_row (OkrChartHeatmapData *data, const char *name, guint depth,
                                OkrChartTarget target)
{
  OkrChartHeatmapRow *row = g_new0 (OkrChartHeatmapRow, 1);

  g_return_val_if_fail (data != NULL, NULL);
  row->name = g_strdup (name);
  row->depth = depth;
  row->target = target;
  row->mean = g_new (double, MAX (data->n_weeks, 1));
  row->count = g_new0 (guint, MAX (data->n_weeks, 1));
  for (guint i = 0; i < data->n_weeks; i++)
    row->mean[i] = NAN;
  g_ptr_array_add (data->rows, row);
  return row;
}

static OkrStatus
band_status (double mean)
{
  switch (okr_math_confidence_band ((int) round (mean)))
    {
    case OKR_BAND_GREEN:
      return OKR_STATUS_ON_TRACK;
    case OKR_BAND_YELLOW:
      return OKR_STATUS_AT_RISK;
    case OKR_BAND_RED:
    default:
      return OKR_STATUS_OFF_TRACK;
    }
}

typedef struct {
  const OkrChartHeatmapRow *row;
  ChartText *label;
  double     y;
} HeatRow;

typedef struct {
  GArray     *rows;            /* HeatRow */
  guint       max_depth;
  double      label_width, grid_x, grid_y, cell_w, cell_h;
  guint       week_step;       /* a week label every week_step weeks */
  GPtrArray  *week_labels;     /* ChartText, n_weeks (NULL where none) */
  gboolean    cell_values;     /* room for the number in each cell */
  GPtrArray  *cell_texts;      /* ChartText per shown cell, row-major, or NULL */
  ChartText  *hidden;          /* "Teams below are counted in their department" */
  ChartLegend legend;
  double      legend_y;
} HeatLayout;

static void
heat_layout_clear (HeatLayout *l)
{
  if (l->rows != NULL)
    {
      for (guint i = 0; i < l->rows->len; i++)
        chart_text_free (g_array_index (l->rows, HeatRow, i).label);
      g_array_unref (l->rows);
    }
  g_clear_pointer (&l->week_labels, g_ptr_array_unref);
  g_clear_pointer (&l->cell_texts, g_ptr_array_unref);
  chart_text_free (l->hidden);
  chart_legend_clear (&l->legend);
}

static void
heat_layout (ChartCtx *ctx, HeatLayout *l, const OkrChartHeatmapData *data, double w, double h)
{
  double fs = ctx->font_size, header_h = chart_line_height (ctx, 0.8), available;
  guint deepest = 0, n_shown = 0;
  OkrRgb none;

  /* The empty cell's faint colour, as a solid one for the legend's swatch. */
  none.r = ctx->bg.r + (ctx->fg.r - ctx->bg.r) * CHART_ALPHA_TRACK * 1.5;
  none.g = ctx->bg.g + (ctx->fg.g - ctx->bg.g) * CHART_ALPHA_TRACK * 1.5;
  none.b = ctx->bg.b + (ctx->fg.b - ctx->bg.b) * CHART_ALPHA_TRACK * 1.5;
  chart_legend_init (&l->legend);
  chart_legend_add (ctx, &l->legend, CHART_MARK_STATUS, OKR_STATUS_ON_TRACK, NULL,
                    _("Confidence 7–10"));
  chart_legend_add (ctx, &l->legend, CHART_MARK_STATUS, OKR_STATUS_AT_RISK, NULL,
                    _("Confidence 4–6"));
  chart_legend_add (ctx, &l->legend, CHART_MARK_STATUS, OKR_STATUS_OFF_TRACK, NULL,
                    _("Confidence 1–3"));
  chart_legend_add (ctx, &l->legend, CHART_MARK_SWATCH, 0, &none, _("No check-ins"));
  chart_legend_layout (ctx, &l->legend, w);
  l->legend_y = h - l->legend.height;

  /* Deeper levels only while every row stays readable; a row counts the units under it, so
   * leaving them out loses detail, never data. */
  for (guint i = 0; i < data->rows->len; i++)
    deepest = MAX (deepest, ((OkrChartHeatmapRow *) g_ptr_array_index (data->rows, i))->depth);
  available = l->legend_y - fs * 0.8 - header_h - fs * 0.3;
  for (l->max_depth = deepest; ; l->max_depth--)
    {
      n_shown = 0;
      for (guint i = 0; i < data->rows->len; i++)
        n_shown += ((OkrChartHeatmapRow *) g_ptr_array_index (data->rows, i))->depth <=
                   l->max_depth;
      if (n_shown * fs * 1.35 <= available || l->max_depth == 0)
        break;
    }
  if (l->max_depth < deepest)
    {
      l->hidden = chart_text_new (ctx, _("Smaller units are counted in the row above them."),
                                  0.8, 0, w, 1);
      available -= l->hidden->height + fs * 0.3;
    }

  l->cell_h = MIN (fs * 2.2, available / MAX (n_shown, 1));
  l->label_width = CLAMP (w * 0.3, MIN (fs * 7, w * 0.4), w * 0.4);
  l->grid_x = l->label_width + fs * 0.6;
  l->grid_y = header_h + fs * 0.3;
  l->cell_w = (w - l->grid_x) / MAX (data->n_weeks, 1);

  l->rows = g_array_new (FALSE, TRUE, sizeof (HeatRow));
  for (guint i = 0; i < data->rows->len; i++)
    {
      const OkrChartHeatmapRow *row = g_ptr_array_index (data->rows, i);
      HeatRow r = { row, NULL, 0 };
      double indent = MIN (row->depth, 4) * fs * 0.8;

      if (row->depth > l->max_depth)
        continue;
      r.y = l->grid_y + l->rows->len * l->cell_h;
      r.label = chart_text_new (ctx, row->name, l->cell_h < fs * 1.5 ? 0.85 : 0.95,
                                row->depth == 0 ? CHART_TEXT_BOLD : 0,
                                l->label_width - indent, 1);
      g_array_append_val (l->rows, r);
    }

  /* Week numbers over the columns, as many as fit. */
  {
    /* Translators: only measures the widest week label ("W" and two digits); never shown. */
    g_autoptr(ChartText) widest = chart_text_new (ctx, C_("week on a chart", "W88"), 0.8, 0, -1, 1);
    l->week_step = 1;
    while (l->cell_w * l->week_step < widest->width + fs * 0.4 && l->week_step < data->n_weeks)
      l->week_step++;
    l->week_labels = g_ptr_array_new_with_free_func ((GDestroyNotify) chart_text_free);
    for (guint i = 0; i < data->n_weeks; i++)
      {
        g_autofree char *text = NULL;
        if (i % l->week_step != 0)
          {
            g_ptr_array_add (l->week_labels, NULL);
            continue;
          }
        /* Translators: a week of the cycle over a heatmap's column: "W3" is week 3. */
        text = g_strdup_printf (C_("week on a chart", "W%u"), i + 1);
        g_ptr_array_add (l->week_labels, chart_text_new (ctx, text, 0.8, 0, -1, 1));
      }
  }

  /* The mean in each cell when the cells are large enough to read it. */
  l->cell_values = l->cell_w >= fs * 1.9 && l->cell_h >= fs * 1.2;
  if (l->cell_values)
    {
      l->cell_texts = g_ptr_array_new_with_free_func ((GDestroyNotify) chart_text_free);
      for (guint i = 0; i < l->rows->len; i++)
        {
          const OkrChartHeatmapRow *row = g_array_index (l->rows, HeatRow, i).row;
          for (guint k = 0; k < data->n_weeks; k++)
            {
              g_autofree char *text = isnan (row->mean[k]) ? NULL
                                      : okr_format_number (row->mean[k], 1);
              g_ptr_array_add (l->cell_texts, text != NULL
                               ? chart_text_new (ctx, text, 0.78, CHART_TEXT_TABULAR |
                                                 CHART_TEXT_BOLD, -1, 1) : NULL);
            }
        }
    }
}

static char *
cell_tooltip (const OkrChartHeatmapData *data, const OkrChartHeatmapRow *row, guint week)
{
  g_autofree char *date = okr_format_date (data->start + 7 * (int) week);

  if (isnan (row->mean[week]))
    /* Translators: a heatmap cell's tooltip: the unit, the week and its first day. */
    return g_strdup_printf (_("%1$s\nWeek %2$u (from %3$s): no check-ins"), row->name, week + 1,
                            date);
  else
    {
      g_autofree char *mean = okr_format_number (row->mean[week], 1);
      /* Translators: a heatmap cell's tooltip: "Sales\nWeek 3 (from Jan 15, 2027): mean
       * confidence 6.5 from 12 check-ins". */
      return g_strdup_printf (ngettext ("%1$s\nWeek %2$u (from %3$s): mean confidence %4$s "
                                        "from %5$u check-in",
                                        "%1$s\nWeek %2$u (from %3$s): mean confidence %4$s "
                                        "from %5$u check-ins", row->count[week]),
                              row->name, week + 1, date, mean, row->count[week]);
    }
}

static void
heat_paint (ChartCtx *ctx, cairo_t *cr, const HeatLayout *l, const OkrChartHeatmapData *data)
{
  double fs = ctx->font_size, inset = MIN (1.5, l->cell_w * 0.1);
  guint text_i = 0;

  for (guint k = 0; k < data->n_weeks; k++)
    {
      const ChartText *t = g_ptr_array_index (l->week_labels, k);
      if (t == NULL)
        continue;
      chart_set_fg (ctx, cr, (int) k == data->today_week ? 1.0 : CHART_ALPHA_MUTED);
      chart_text_paint (cr, t, l->grid_x + (k + 0.5) * l->cell_w - t->width / 2, 0);
    }

  for (guint i = 0; i < l->rows->len; i++)
    {
      const HeatRow *r = &g_array_index (l->rows, HeatRow, i);
      double indent = MIN (r->row->depth, 4) * fs * 0.8;

      chart_set_fg (ctx, cr, r->row->depth == 0 ? 1.0 : 0.85);
      chart_text_paint (cr, r->label, indent, r->y + (l->cell_h - r->label->height) / 2);
      chart_hit_rect (ctx, 0, r->y, l->label_width, l->cell_h, r->row->target,
                      g_strdup (r->row->name));

      for (guint k = 0; k < data->n_weeks; k++)
        {
          double x0 = chart_snap_x (cr, l->grid_x + k * l->cell_w + inset);
          double x1 = chart_snap_x (cr, l->grid_x + (k + 1) * l->cell_w - inset);
          double y0 = chart_snap_y (cr, r->y + inset);
          double y1 = chart_snap_y (cr, r->y + l->cell_h - inset);
          double mean = r->row->mean[k];
          const ChartText *t = l->cell_values ? g_ptr_array_index (l->cell_texts, text_i++)
                                              : NULL;

          if (isnan (mean))
            chart_set_fg (ctx, cr, CHART_ALPHA_TRACK);
          else
            {
              OkrRgb color;
              okr_draw_status_color (band_status (mean), ctx->dark, &color);
              okr_draw_set_color (cr, &color, 1.0);
            }
          cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
          cairo_fill (cr);
          if (t != NULL)
            {
              /* Dark text on the light colours, light on the dark ones. */
              double light = band_status (mean) == OKR_STATUS_AT_RISK && !ctx->dark ? 0.0 : 1.0;
              if (ctx->dark)
                light = 0.0;
              cairo_set_source_rgb (cr, light, light, light);
              chart_text_paint (cr, t, (x0 + x1 - t->width) / 2, (y0 + y1 - t->height) / 2);
            }
          chart_hit_rect (ctx, x0, y0, x1 - x0, y1 - y0, r->row->target,
                          cell_tooltip (data, r->row, k));
        }
    }

  /* Today's week framed. */
  if (data->today_week >= 0 && (guint) data->today_week < data->n_weeks && l->rows->len > 0)
    {
      double x = l->grid_x + data->today_week * l->cell_w;
      chart_set_fg (ctx, cr, 0.85);
      cairo_set_line_width (cr, 1.5);
      cairo_rectangle (cr, x, l->grid_y, l->cell_w, l->rows->len * l->cell_h);
      cairo_stroke (cr);
    }

  if (l->hidden != NULL)
    {
      chart_set_fg (ctx, cr, CHART_ALPHA_MUTED);
      chart_text_paint (cr, l->hidden, 0, l->grid_y + l->rows->len * l->cell_h + fs * 0.4);
    }
  chart_legend_paint (ctx, cr, &l->legend, 0, l->legend_y);
}

static void
heat_body (ChartCtx *ctx, cairo_t *cr, double width, double height, gconstpointer data)
{
  HeatLayout layout = { 0 };

  heat_layout (ctx, &layout, data, width, height);
  heat_paint (ctx, cr, &layout, data);
  heat_layout_clear (&layout);
}

void
okr_chart_heatmap_draw (cairo_t *cr, double width, double height,
                        const OkrChartHeatmapData *data, const OkrChartStyle *style,
                        OkrChartHits *hits)
{
  gboolean any = FALSE;

  g_return_if_fail (cr != NULL && data != NULL);

  for (guint i = 0; i < data->rows->len && !any; i++)
    {
      const OkrChartHeatmapRow *row = g_ptr_array_index (data->rows, i);
      for (guint k = 0; k < data->n_weeks && !any; k++)
        any = row->count[k] > 0;
    }
  chart_draw (cr, width, height, style, hits,
              any ? NULL : _("No check-ins with a confidence in this cycle yet."), heat_body,
              data);
}
