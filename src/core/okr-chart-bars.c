/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Progress bars: a unit's objectives with their KRs (rows), and units side by side
 * (columns, or rows when there are too many to stand side by side). */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "okr-chart-private.h"

OkrChartBarsData *
okr_chart_bars_data_new (void)
{
  OkrChartBarsData *data = g_new0 (OkrChartBarsData, 1);

  data->rows = g_array_new (FALSE, TRUE, sizeof (OkrChartBar));
  data->expected = NAN;
  return data;
}

void
okr_chart_bars_data_free (OkrChartBarsData *data)
{
  if (data == NULL)
    return;
  for (guint i = 0; i < data->rows->len; i++)
    g_free (g_array_index (data->rows, OkrChartBar, i).title);
  g_array_unref (data->rows);
  g_free (data);
}

void
okr_chart_bars_data_add (OkrChartBarsData *data, const char *title, double progress_raw,
                         OkrStatus status, gboolean is_key_result, OkrChartTarget target)
{
  OkrChartBar bar = { 0 };

  g_return_if_fail (data != NULL);
  bar.title = g_strdup (title);
  bar.progress_raw = isfinite (progress_raw) ? progress_raw : 0;
  bar.progress = CLAMP (bar.progress_raw, 0, 1);
  bar.status = status;
  bar.is_key_result = is_key_result;
  bar.target = target;
  g_array_append_val (data->rows, bar);
}

/* ───────────────────────── shared pieces ───────────────────────── */

/* Ticks of a 0–100 % axis, on 1-2-5 steps, as many as @length allows. */
typedef struct {
  double     first, step;
  int        n;
  ChartText *labels[16];
} PercentAxis;

static void
percent_axis_layout (ChartCtx *ctx, PercentAxis *axis, double length)
{
  int max = (int) CLAMP (length / (ctx->font_size * 4), 1, 10);

  okr_chart_nice_ticks (0, 1, max, &axis->first, &axis->step, &axis->n);
  axis->n = MIN (axis->n, (int) G_N_ELEMENTS (axis->labels));
  for (int i = 0; i < axis->n; i++)
    {
      g_autofree char *text = chart_percent (axis->first + i * axis->step);
      axis->labels[i] = chart_text_new (ctx, text, 0.8, CHART_TEXT_TABULAR, -1, 1);
    }
}

static void
percent_axis_clear (PercentAxis *axis)
{
  for (int i = 0; i < axis->n; i++)
    chart_text_free (axis->labels[i]);
}

static void
paint_expected_legend (ChartCtx *ctx, ChartLegend *legend, double expected)
{
  if (isfinite (expected))
    {
      g_autofree char *pct = chart_percent (expected);
      /* Translators: a chart legend: the dashed line where progress should be today. */
      g_autofree char *label = g_strdup_printf (_("Expected by today (%s)"), pct);
      chart_legend_add (ctx, legend, CHART_MARK_DASH, 0, &ctx->fg, label);
    }
}

static void
legend_for_rows (ChartCtx *ctx, ChartLegend *legend, const GArray *rows, guint shown,
                 double expected, double width)
{
  gboolean present[OKR_STATUS_N] = { FALSE };

  chart_legend_init (legend);
  for (guint i = 0; i < shown; i++)
    present[g_array_index (rows, OkrChartBar, i).status] = TRUE;
  chart_legend_add_statuses (ctx, legend, present);
  paint_expected_legend (ctx, legend, expected);
  chart_legend_layout (ctx, legend, width);
}

static void
paint_expected_line (ChartCtx *ctx, cairo_t *cr, double x0, double y0, double x1, double y1)
{
  static const double dash[] = { 5, 4 };

  cairo_save (cr);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  chart_set_fg (ctx, cr, 0.75);
  if (x0 == x1)
    chart_stroke_vline (cr, x0, y0, y1, 1.5);
  else
    chart_stroke_hline (cr, x0, x1, y0, 1.5);
  cairo_restore (cr);
}

/* ───────────────────────── rows ───────────────────────── */

typedef struct {
  const OkrChartBar *bar;
  ChartText *label;
  ChartText *value;
  double     y, height;        /* the row */
  double     bar_height;
} BarRow;

typedef struct {
  GArray     *rows;            /* BarRow */
  double      label_width, value_width;
  double      x0, x1;          /* the 0 % and 100 % of the bars */
  double      top, bottom;     /* the rows */
  PercentAxis axis;
  double      axis_y;
  ChartLegend legend;
  double      legend_y;
  ChartText  *more;            /* "and 3 more" */
} RowsLayout;

static void
rows_clear (RowsLayout *l)
{
  if (l->rows != NULL)
    {
      for (guint i = 0; i < l->rows->len; i++)
        {
          BarRow *r = &g_array_index (l->rows, BarRow, i);
          chart_text_free (r->label);
          chart_text_free (r->value);
        }
      g_clear_pointer (&l->rows, g_array_unref);
    }
  g_clear_pointer (&l->more, chart_text_free);
}

/* Lays the rows out with objectives on @objective_lines lines, KRs shown or not; FALSE when
 * they don't fit in @available (then the layout holds as many as fit). */
static gboolean
rows_try (ChartCtx *ctx, RowsLayout *l, const GArray *bars, gboolean show_krs,
          int objective_lines, double available)
{
  double fs = ctx->font_size, y = 0, indent = fs * 1.1;
  guint hidden = 0;

  rows_clear (l);
  l->rows = g_array_new (FALSE, TRUE, sizeof (BarRow));
  for (guint i = 0; i < bars->len; i++)
    {
      const OkrChartBar *bar = &g_array_index (bars, OkrChartBar, i);
      BarRow row = { bar, NULL, NULL, 0, 0, 0 };
      g_autofree char *value = chart_percent (bar->progress_raw);
      double pad;

      if (bar->is_key_result && !show_krs)
        continue;
      row.label = bar->is_key_result
                  ? chart_text_new (ctx, bar->title, 0.88, 0, l->label_width - indent, 1)
                  : chart_text_new (ctx, bar->title, 1.0, CHART_TEXT_BOLD, l->label_width,
                                    objective_lines);
      row.value = chart_text_new (ctx, value, bar->is_key_result ? 0.85 : 0.95,
                                  CHART_TEXT_TABULAR | (bar->is_key_result ? 0 : CHART_TEXT_BOLD),
                                  -1, 1);
      row.bar_height = bar->is_key_result ? fs * 0.55 : fs * 0.85;
      /* An objective after KRs gets air above it: the eye sees groups. */
      pad = bar->is_key_result ? fs * 0.25 : fs * 0.45;
      if (!bar->is_key_result && i > 0 && show_krs)
        y += fs * 0.35;
      row.height = MAX (row.label->height, row.bar_height) + pad;
      row.y = y;
      if (y + row.height > available)
        {
          chart_text_free (row.label);
          chart_text_free (row.value);
          hidden = 0;
          for (guint j = i; j < bars->len; j++)
            hidden += !g_array_index (bars, OkrChartBar, j).is_key_result;
          if (hidden == 0)
            hidden = 1;
          break;
        }
      y += row.height;
      g_array_append_val (l->rows, row);
    }
  l->bottom = y;
  if (hidden > 0)
    {
      /* Translators: under a chart whose rows don't all fit. */
      g_autofree char *text = g_strdup_printf (ngettext ("and %u more", "and %u more", hidden),
                                               hidden);
      l->more = chart_text_new (ctx, text, 0.85, 0, -1, 1);
      return FALSE;
    }
  return TRUE;
}

static void
rows_layout (ChartCtx *ctx, RowsLayout *l, const OkrChartBarsData *data, double w, double h)
{
  double fs = ctx->font_size, value_w = 0, available;
  gboolean has_krs = FALSE;
  g_autoptr(ChartText) widest = chart_text_new (ctx, "100%", 0.95,
                                                CHART_TEXT_BOLD | CHART_TEXT_TABULAR, -1, 1);

  for (guint i = 0; i < data->rows->len; i++)
    has_krs |= g_array_index (data->rows, OkrChartBar, i).is_key_result;
  value_w = widest->width + fs * 1.4;
  l->label_width = CLAMP (w * 0.4, MIN (fs * 8, w * 0.5), w * 0.5);
  l->value_width = value_w;
  l->x0 = l->label_width + fs;
  l->x1 = MAX (w - value_w - fs * 0.4, l->x0 + 10);

  /* The axis's labels under the rows, the legend under them. */
  percent_axis_layout (ctx, &l->axis, l->x1 - l->x0);
  legend_for_rows (ctx, &l->legend, data->rows, data->rows->len, data->expected, w);
  available = h - l->axis.labels[0]->height - fs * 0.4 - l->legend.height - fs * 0.8;

  /* Less detail until it fits: two-line objectives, then one line, then no KRs. */
  if (!rows_try (ctx, l, data->rows, TRUE, 2, available) &&
      !rows_try (ctx, l, data->rows, TRUE, 1, available) &&
      has_krs && !rows_try (ctx, l, data->rows, FALSE, 2, available))
    rows_try (ctx, l, data->rows, FALSE, 1, available);

  /* Room to spare (a slide): rows breathe, up to one more line each. */
  if (l->more == NULL && l->rows->len > 0 && l->bottom < available)
    {
      double extra = MIN ((available - l->bottom) / l->rows->len, fs * 1.2);
      for (guint i = 0; i < l->rows->len; i++)
        {
          BarRow *r = &g_array_index (l->rows, BarRow, i);
          r->y += extra * i;
          r->height += extra;
        }
      l->bottom += extra * l->rows->len;
    }
  l->top = 0;
  l->axis_y = l->bottom + fs * 0.3;
  l->legend_y = l->axis_y + l->axis.labels[0]->height + fs * 0.8;
}

static void
rows_paint (ChartCtx *ctx, cairo_t *cr, const RowsLayout *l, const OkrChartBarsData *data)
{
  double fs = ctx->font_size, plot_w = l->x1 - l->x0;

  /* Grid: a line at each tick, under the bars. */
  for (int i = 0; i < l->axis.n; i++)
    {
      double v = l->axis.first + i * l->axis.step;
      double x = l->x0 + v * plot_w;
      const ChartText *t = l->axis.labels[i];

      chart_set_fg (ctx, cr, i == 0 ? CHART_ALPHA_GRID * 2.5 : CHART_ALPHA_GRID);
      chart_stroke_vline (cr, x, l->top, l->bottom, 1);
      chart_set_fg (ctx, cr, CHART_ALPHA_MUTED);
      chart_text_paint (cr, t, CLAMP (x - t->width / 2, 0, l->x1 + l->value_width - t->width),
                        l->axis_y);
    }

  for (guint i = 0; i < l->rows->len; i++)
    {
      const BarRow *r = &g_array_index (l->rows, BarRow, i);
      const OkrChartBar *bar = r->bar;
      double cy = r->y + r->height / 2;
      double indent = bar->is_key_result ? fs * 1.1 : 0;
      double by0 = chart_snap_y (cr, cy - r->bar_height / 2);
      double by1 = chart_snap_y (cr, cy + r->bar_height / 2);
      double bx1 = chart_snap_x (cr, l->x0 + bar->progress * plot_w);
      double mark = bar->is_key_result ? fs * 0.6 : fs * 0.75;
      OkrRgb color;

      chart_set_fg (ctx, cr, bar->is_key_result ? CHART_ALPHA_MUTED * 1.2 : 1.0);
      chart_text_paint (cr, r->label, indent, cy - r->label->height / 2);

      chart_set_fg (ctx, cr, CHART_ALPHA_TRACK);
      cairo_rectangle (cr, chart_snap_x (cr, l->x0), by0, chart_snap_x (cr, l->x1) -
                       chart_snap_x (cr, l->x0), by1 - by0);
      cairo_fill (cr);
      okr_draw_status_color (bar->status, ctx->dark, &color);
      okr_draw_set_color (cr, &color, 1.0);
      cairo_rectangle (cr, chart_snap_x (cr, l->x0), by0, bx1 - chart_snap_x (cr, l->x0),
                       by1 - by0);
      cairo_fill (cr);

      okr_draw_status_shape (cr, bar->status, l->x1 + fs * 0.4 + mark / 2, cy, mark, ctx->dark);
      chart_set_fg (ctx, cr, 1.0);
      chart_text_paint (cr, r->value, l->x1 + fs * 0.4 + mark + fs * 0.35,
                        cy - r->value->height / 2);

      chart_hit_rect (ctx, 0, r->y, l->x1 + l->value_width, r->height, bar->target,
                      chart_progress_tooltip (bar->title, bar->progress_raw, data->expected,
                                              bar->status));
    }

  if (isfinite (data->expected) && l->rows->len > 0)
    paint_expected_line (ctx, cr, l->x0 + CLAMP (data->expected, 0, 1) * plot_w, l->top,
                         l->x0 + CLAMP (data->expected, 0, 1) * plot_w, l->bottom);
  if (l->more != NULL)
    {
      chart_set_fg (ctx, cr, CHART_ALPHA_MUTED);
      chart_text_paint (cr, l->more, 0, l->axis_y);
    }
  chart_legend_paint (ctx, cr, &l->legend, 0, l->legend_y);
}

static void
rows_body (ChartCtx *ctx, cairo_t *cr, double width, double height, gconstpointer data)
{
  RowsLayout layout = { 0 };

  rows_layout (ctx, &layout, data, width, height);
  rows_paint (ctx, cr, &layout, data);
  rows_clear (&layout);
  percent_axis_clear (&layout.axis);
  chart_legend_clear (&layout.legend);
}

void
okr_chart_objectives_draw (cairo_t *cr, double width, double height,
                           const OkrChartBarsData *data, const OkrChartStyle *style,
                           OkrChartHits *hits)
{
  g_return_if_fail (cr != NULL && data != NULL);

  chart_draw (cr, width, height, style, hits,
              data->rows->len == 0 ? _("This unit has no objectives in this cycle.") : NULL,
              rows_body, data);
}

/* ───────────────────────── columns ───────────────────────── */

typedef struct {
  double      slot;              /* the width of one unit's place */
  double      bar_width;
  double      x0, plot_top, plot_bottom;
  PercentAxis axis;
  double      axis_width;
  GPtrArray  *names;             /* ChartText */
  GPtrArray  *values;            /* ChartText */
  double      names_y;
  ChartLegend legend;
  double      legend_y;
} ColumnsLayout;

static void
columns_clear (ColumnsLayout *l)
{
  g_clear_pointer (&l->names, g_ptr_array_unref);
  g_clear_pointer (&l->values, g_ptr_array_unref);
  percent_axis_clear (&l->axis);
  chart_legend_clear (&l->legend);
}

/* Columns need room for a name of a few words under each: FALSE when there is not. */
static gboolean
columns_layout (ChartCtx *ctx, ColumnsLayout *l, const OkrChartBarsData *data, double w,
                double h)
{
  double fs = ctx->font_size, names_h = 0, values_h = 0;
  guint n = data->rows->len;

  legend_for_rows (ctx, &l->legend, data->rows, n, data->expected, w);
  percent_axis_layout (ctx, &l->axis, h * 0.6);
  for (int i = 0; i < l->axis.n; i++)
    l->axis_width = MAX (l->axis_width, l->axis.labels[i]->width);
  l->x0 = l->axis_width + fs * 0.6;
  l->slot = (w - l->x0) / MAX (n, 1);
  if (l->slot < fs * 4.5)
    return FALSE;
  l->bar_width = MIN (l->slot * 0.55, fs * 4);

  l->names = g_ptr_array_new_with_free_func ((GDestroyNotify) chart_text_free);
  l->values = g_ptr_array_new_with_free_func ((GDestroyNotify) chart_text_free);
  for (guint i = 0; i < n; i++)
    {
      const OkrChartBar *bar = &g_array_index (data->rows, OkrChartBar, i);
      g_autofree char *value = chart_percent (bar->progress_raw);
      ChartText *name = chart_text_new (ctx, bar->title, 0.9, CHART_TEXT_CENTER,
                                        l->slot - fs * 0.5, 3);
      ChartText *v = chart_text_new (ctx, value, 0.9, CHART_TEXT_BOLD | CHART_TEXT_TABULAR, -1,
                                     1);
      names_h = MAX (names_h, name->height);
      values_h = MAX (values_h, v->height);
      g_ptr_array_add (l->names, name);
      g_ptr_array_add (l->values, v);
    }
  l->plot_top = values_h + fs * 0.9 + l->axis.labels[0]->height / 2;
  l->legend_y = h - l->legend.height;
  l->names_y = l->legend_y - fs * 0.8 - names_h;
  l->plot_bottom = l->names_y - fs * 0.5;
  return l->plot_bottom - l->plot_top >= fs * 4;
}

static void
columns_paint (ChartCtx *ctx, cairo_t *cr, const ColumnsLayout *l, const OkrChartBarsData *data,
               double w)
{
  double fs = ctx->font_size, plot_h = l->plot_bottom - l->plot_top;

  for (int i = 0; i < l->axis.n; i++)
    {
      double y = l->plot_bottom - (l->axis.first + i * l->axis.step) * plot_h;
      const ChartText *t = l->axis.labels[i];

      chart_set_fg (ctx, cr, i == 0 ? CHART_ALPHA_GRID * 2.5 : CHART_ALPHA_GRID);
      chart_stroke_hline (cr, l->x0, w, y, 1);
      chart_set_fg (ctx, cr, CHART_ALPHA_MUTED);
      chart_text_paint (cr, t, l->axis_width - t->width, y - t->height / 2);
    }

  for (guint i = 0; i < data->rows->len; i++)
    {
      const OkrChartBar *bar = &g_array_index (data->rows, OkrChartBar, i);
      const ChartText *name = g_ptr_array_index (l->names, i);
      const ChartText *value = g_ptr_array_index (l->values, i);
      double cx = l->x0 + l->slot * (i + 0.5);
      double bx0 = chart_snap_x (cr, cx - l->bar_width / 2);
      double bx1 = chart_snap_x (cr, cx + l->bar_width / 2);
      double top = chart_snap_y (cr, l->plot_bottom - bar->progress * plot_h);
      double mark = fs * 0.75, total = mark + fs * 0.3 + value->width;
      OkrRgb color;

      chart_set_fg (ctx, cr, CHART_ALPHA_TRACK);
      cairo_rectangle (cr, bx0, chart_snap_y (cr, l->plot_top), bx1 - bx0,
                       chart_snap_y (cr, l->plot_bottom) - chart_snap_y (cr, l->plot_top));
      cairo_fill (cr);
      okr_draw_status_color (bar->status, ctx->dark, &color);
      okr_draw_set_color (cr, &color, 1.0);
      cairo_rectangle (cr, bx0, top, bx1 - bx0, chart_snap_y (cr, l->plot_bottom) - top);
      cairo_fill (cr);

      /* The value above the column, the name under the axis. */
      okr_draw_status_shape (cr, bar->status, cx - total / 2 + mark / 2,
                             top - fs * 0.4 - value->height / 2, mark, ctx->dark);
      chart_set_fg (ctx, cr, 1.0);
      chart_text_paint (cr, value, cx - total / 2 + mark + fs * 0.3,
                        top - fs * 0.4 - value->height);
      chart_text_paint (cr, name, cx - name->width / 2, l->names_y);

      chart_hit_rect (ctx, l->x0 + l->slot * i, l->plot_top, l->slot,
                      l->names_y + name->height - l->plot_top, bar->target,
                      chart_progress_tooltip (bar->title, bar->progress_raw, data->expected,
                                              bar->status));
    }
  if (isfinite (data->expected))
    {
      double y = l->plot_bottom - CLAMP (data->expected, 0, 1) * plot_h;
      paint_expected_line (ctx, cr, l->x0, y, w, y);
    }
  chart_legend_paint (ctx, cr, &l->legend, 0, l->legend_y);
}

/* Columns when each unit has room for its name, else rows. */
static void
units_body (ChartCtx *ctx, cairo_t *cr, double width, double height, gconstpointer data)
{
  ColumnsLayout layout = { 0 };

  if (columns_layout (ctx, &layout, data, width, height))
    columns_paint (ctx, cr, &layout, data, width);
  else
    rows_body (ctx, cr, width, height, data);
  columns_clear (&layout);
}

void
okr_chart_units_draw (cairo_t *cr, double width, double height, const OkrChartBarsData *data,
                      const OkrChartStyle *style, OkrChartHits *hits)
{
  g_return_if_fail (cr != NULL && data != NULL);

  chart_draw (cr, width, height, style, hits,
              data->rows->len == 0 ? _("This unit has no departments or teams.") : NULL,
              units_body, data);
}
