/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A key result's pace: its check-ins over the cycle against the line from baseline to
 * target, the target, each check-in's confidence, and today. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "okr-chart-private.h"
#include "okr-format.h"
#include "okr-math.h"

OkrChartPaceData *
okr_chart_pace_data_new (void)
{
  OkrChartPaceData *data = g_new0 (OkrChartPaceData, 1);

  data->target = NAN;
  data->points = g_array_new (FALSE, TRUE, sizeof (OkrChartPoint));
  return data;
}

void
okr_chart_pace_data_free (OkrChartPaceData *data)
{
  if (data == NULL)
    return;
  g_free (data->title);
  g_free (data->unit_label);
  g_array_unref (data->points);
  g_free (data);
}

/* A confidence's band as a status: the same colours and shapes the reader knows. */
static OkrStatus
confidence_status (int confidence)
{
  switch (okr_math_confidence_band (confidence))
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

#define MAX_TICKS 16

typedef struct {
  double     x0, x1, y0, y1;          /* the plot: x0 left, y0 top */
  OkrDate    from, to;                /* the time axis */
  double     lo, hi;                  /* the value axis */
  double     first, step;
  int        n_values;
  ChartText *value_labels[MAX_TICKS];
  int        n_dates;
  OkrDate    dates[MAX_TICKS];
  ChartText *date_labels[MAX_TICKS];
  gboolean   label_confidence;        /* room for the number over each point */
  GPtrArray *confidence_labels;       /* ChartText, one per point */
  ChartText *today;
  ChartText *target;
  ChartText *unit;                    /* what the values count, over the axis */
  ChartLegend legend;
  double     legend_y;
} PaceLayout;

static void
pace_layout_clear (PaceLayout *l)
{
  for (int i = 0; i < l->n_values; i++)
    chart_text_free (l->value_labels[i]);
  for (int i = 0; i < l->n_dates; i++)
    chart_text_free (l->date_labels[i]);
  g_clear_pointer (&l->confidence_labels, g_ptr_array_unref);
  chart_text_free (l->today);
  chart_text_free (l->target);
  chart_text_free (l->unit);
  chart_legend_clear (&l->legend);
}

static double
x_of (const PaceLayout *l, OkrDate date)
{
  return l->x0 + (double) (date - l->from) / MAX (l->to - l->from, 1) * (l->x1 - l->x0);
}

static double
y_of (const PaceLayout *l, double value)
{
  return l->y1 - (value - l->lo) / (l->hi - l->lo) * (l->y1 - l->y0);
}

/* A tick of the value axis: round numbers, large ones shortened ("1.5B", "1,5 tỷ"); the
 * unit is said once, over the axis. */
static char *
axis_value (const OkrChartPaceData *data, double value, double step)
{
  static const struct {
    double      size;
    const char *format;
  } scales[] = {
    /* Translators: a shortened number on a chart's axis: billions ("1.5B"; "1,5 tỷ"). */
    { 1e9, NC_("short number", "%sB") },
    /* Translators: a shortened number on a chart's axis: millions ("12M"; "12 tr"). */
    { 1e6, NC_("short number", "%sM") },
    /* Translators: a shortened number on a chart's axis: thousands ("40k"; "40 nghìn"). */
    { 1e4, NC_("short number", "%sk") },
  };
  int decimals;

  switch (data->kind)
    {
    case OKR_KR_BOOLEAN:
      return chart_kr_value (data->kind, value, NULL);
    case OKR_KR_MILESTONE:
      return okr_format_number (value, 0);
    case OKR_KR_PERCENT:
    case OKR_KR_ROLLUP:
      return chart_kr_value (data->kind, value, NULL);
    default:
      break;
    }
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    if (fabs (step) >= scales[i].size / 10 && (fabs (value) >= scales[i].size || value == 0))
      {
        g_autofree char *number = NULL;
        double scaled_step = step / scales[i].size;

        if (value == 0)
          return g_strdup ("0");
        decimals = scaled_step >= 1 ? 0 : scaled_step >= 0.1 ? 1 : 2;
        number = okr_format_number (value / scales[i].size, decimals);
        return g_strdup_printf (g_dpgettext2 (GETTEXT_PACKAGE, "short number", scales[i].format),
                                number);
      }
  decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
  return okr_format_number (value, decimals);
}

static void
legend_layout (ChartCtx *ctx, PaceLayout *l, const OkrChartPaceData *data, double w)
{
  OkrRgb actual, muted = ctx->fg;
  gboolean seen[3] = { FALSE };

  okr_draw_status_color (data->status, ctx->dark, &actual);
  chart_legend_init (&l->legend);
  chart_legend_add (ctx, &l->legend, CHART_MARK_LINE, 0, &actual, C_("chart legend", "Actual"));
  if (isfinite (data->target) && data->kind != OKR_KR_CONTROL)
    chart_legend_add (ctx, &l->legend, CHART_MARK_DASH, 0, &muted,
                      C_("chart legend", "Expected pace"));
  for (guint i = 0; i < data->points->len; i++)
    {
      int c = g_array_index (data->points, OkrChartPoint, i).confidence;
      if (c > 0)
        seen[okr_math_confidence_band (c)] = TRUE;
    }
  /* Translators: chart legends: the confidence of a check-in, out of 10. */
  if (seen[OKR_BAND_GREEN])
    chart_legend_add (ctx, &l->legend, CHART_MARK_STATUS, OKR_STATUS_ON_TRACK, NULL,
                      _("Confidence 7–10"));
  if (seen[OKR_BAND_YELLOW])
    chart_legend_add (ctx, &l->legend, CHART_MARK_STATUS, OKR_STATUS_AT_RISK, NULL,
                      _("Confidence 4–6"));
  if (seen[OKR_BAND_RED])
    chart_legend_add (ctx, &l->legend, CHART_MARK_STATUS, OKR_STATUS_OFF_TRACK, NULL,
                      _("Confidence 1–3"));
  chart_legend_layout (ctx, &l->legend, w);
}

static void
pace_layout (ChartCtx *ctx, PaceLayout *l, const OkrChartPaceData *data, double w, double h)
{
  double fs = ctx->font_size, label_w = 0, date_h;
  guint n = data->points->len;
  static const int week_steps[] = { 1, 2, 4, 8, 13, 26, 52 };
  int weeks, max_dates, step_weeks = 1;

  /* The value axis covers the baseline, the target and every check-in. */
  l->lo = l->hi = data->baseline;
  if (isfinite (data->target))
    {
      l->lo = MIN (l->lo, data->target);
      l->hi = MAX (l->hi, data->target);
    }
  l->from = data->start;
  l->to = MAX (data->end, data->start + 1);
  for (guint i = 0; i < n; i++)
    {
      const OkrChartPoint *p = &g_array_index (data->points, OkrChartPoint, i);
      l->lo = MIN (l->lo, p->value);
      l->hi = MAX (l->hi, p->value);
      l->from = MIN (l->from, p->date);
      l->to = MAX (l->to, p->date);
    }

  legend_layout (ctx, l, data, w);
  l->legend_y = h - l->legend.height;
  date_h = chart_line_height (ctx, 0.8);
  /* Room over the plot for "Today" and the unit, and for half the top tick's label. */
  l->y0 = chart_line_height (ctx, 0.8) * 1.5 + fs * 0.6;
  l->y1 = l->legend_y - fs * 0.8 - date_h - fs * 0.3;

  okr_chart_nice_ticks (l->lo, l->hi, (int) CLAMP ((l->y1 - l->y0) / (fs * 2.6), 1, 8),
                        &l->first, &l->step, &l->n_values);
  if (data->kind == OKR_KR_BOOLEAN || data->kind == OKR_KR_MILESTONE)
    {
      /* Whole items only. */
      if (l->step < 1)
        {
          l->step = 1;
          l->first = floor (l->lo);
          l->n_values = (int) (ceil (l->hi) - l->first) + 1;
        }
    }
  l->n_values = MIN (MAX (l->n_values, 2), MAX_TICKS);
  l->lo = l->first;
  l->hi = l->first + (l->n_values - 1) * l->step;
  for (int i = 0; i < l->n_values; i++)
    {
      g_autofree char *text = axis_value (data, l->first + i * l->step, l->step);
      l->value_labels[i] = chart_text_new (ctx, text, 0.8, CHART_TEXT_TABULAR, w * 0.3, 1);
      label_w = MAX (label_w, l->value_labels[i]->width);
    }
  l->x0 = label_w + fs * 0.6;
  l->x1 = w - fs * 0.8;
  if ((data->kind == OKR_KR_NUMBER || data->kind == OKR_KR_CURRENCY ||
       data->kind == OKR_KR_CONTROL) && data->unit_label != NULL && *data->unit_label != '\0')
    l->unit = chart_text_new (ctx, data->unit_label, 0.8, 0, l->x0 + (l->x1 - l->x0) * 0.3, 1);

  /* Dates under the plot: every 1, 2, 4… weeks from the start, as many as fit. */
  weeks = MAX (1, (l->to - l->from) / 7);
  max_dates = (int) MAX (1, (l->x1 - l->x0) / (fs * 5.5));
  for (guint i = 0; i < G_N_ELEMENTS (week_steps); i++)
    {
      step_weeks = week_steps[i];
      if (weeks / step_weeks + 1 <= max_dates)
        break;
    }
  for (OkrDate d = l->from; d <= l->to && l->n_dates < MAX_TICKS; d += 7 * step_weeks)
    {
      g_autofree char *text = okr_format_short_date (d);
      l->dates[l->n_dates] = d;
      l->date_labels[l->n_dates++] = chart_text_new (ctx, text, 0.8, 0, -1, 1);
    }

  /* The confidence over each point when the points stand far enough apart. */
  l->label_confidence = TRUE;
  for (guint i = 1; i < n; i++)
    {
      OkrDate a = g_array_index (data->points, OkrChartPoint, i - 1).date;
      OkrDate b = g_array_index (data->points, OkrChartPoint, i).date;
      if (x_of (l, b) - x_of (l, a) < fs * 1.5)
        l->label_confidence = FALSE;
    }
  if (l->label_confidence)
    {
      l->confidence_labels = g_ptr_array_new_with_free_func ((GDestroyNotify) chart_text_free);
      for (guint i = 0; i < n; i++)
        {
          int c = g_array_index (data->points, OkrChartPoint, i).confidence;
          g_autofree char *text = c > 0 ? g_strdup_printf ("%d", c) : g_strdup ("");
          g_ptr_array_add (l->confidence_labels, chart_text_new (ctx, text, 0.72,
                                                                 CHART_TEXT_TABULAR, -1, 1));
        }
    }

  if (data->today >= l->from && data->today <= l->to)
    l->today = chart_text_new (ctx, C_("chart marker", "Today"), 0.8, CHART_TEXT_BOLD, -1, 1);
  if (isfinite (data->target))
    {
      g_autofree char *value = chart_kr_value (data->kind, data->target, data->unit_label);
      /* Translators: a label on a chart's target line; %s is the target value. */
      g_autofree char *text = g_strdup_printf (_("Target %s"), value);
      l->target = chart_text_new (ctx, text, 0.8, CHART_TEXT_BOLD, (l->x1 - l->x0) * 0.5, 1);
    }
}

static char *
point_tooltip (const OkrChartPaceData *data, const OkrChartPoint *p)
{
  g_autofree char *date = okr_format_date (p->date);
  g_autofree char *value = chart_kr_value (data->kind, p->value, data->unit_label);

  if (p->confidence > 0)
    /* Translators: a check-in's tooltip: "Jan 14, 2027: 12 customers, confidence 7/10". */
    return g_strdup_printf (_("%1$s: %2$s, confidence %3$d/10"), date, value, p->confidence);
  /* Translators: a check-in's tooltip: "Jan 14, 2027: 12 customers". */
  return g_strdup_printf (_("%1$s: %2$s"), date, value);
}

static void
pace_paint (ChartCtx *ctx, cairo_t *cr, const PaceLayout *l, const OkrChartPaceData *data)
{
  static const double dash[] = { 5, 4 };
  double fs = ctx->font_size;
  guint n = data->points->len;
  OkrRgb actual;

  chart_hit_rect (ctx, l->x0, l->y0, l->x1 - l->x0, l->y1 - l->y0, data->ref,
                  g_strdup (data->title != NULL ? data->title : ""));

  /* Grid and axes. */
  for (int i = 0; i < l->n_values; i++)
    {
      double y = y_of (l, l->first + i * l->step);
      const ChartText *t = l->value_labels[i];

      chart_set_fg (ctx, cr, i == 0 ? CHART_ALPHA_GRID * 2.5 : CHART_ALPHA_GRID);
      chart_stroke_hline (cr, l->x0, l->x1, y, 1);
      chart_set_fg (ctx, cr, CHART_ALPHA_MUTED);
      chart_text_paint (cr, t, l->x0 - fs * 0.6 - t->width, y - t->height / 2);
    }
  for (int i = 0; i < l->n_dates; i++)
    {
      double x = x_of (l, l->dates[i]);
      const ChartText *t = l->date_labels[i];

      chart_set_fg (ctx, cr, CHART_ALPHA_GRID * 2.5);
      chart_stroke_vline (cr, x, l->y1, l->y1 + fs * 0.3, 1);
      chart_set_fg (ctx, cr, CHART_ALPHA_MUTED);
      chart_text_paint (cr, t, CLAMP (x - t->width / 2, l->x0 - fs, l->x1 + fs * 0.8 - t->width),
                        l->y1 + fs * 0.4);
    }

  if (l->unit != NULL)
    {
      chart_set_fg (ctx, cr, CHART_ALPHA_MUTED);
      chart_text_paint (cr, l->unit, 0, l->y0 - l->unit->height - fs * 0.2);
    }

  /* Where the value should be: baseline at the start to target at the end; the target. */
  if (isfinite (data->target))
    {
      double ty = y_of (l, data->target);

      /* A control KR holds a line rather than moving towards it. */
      if (data->kind != OKR_KR_CONTROL)
        {
          cairo_save (cr);
          chart_set_fg (ctx, cr, 0.55);
          cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
          cairo_set_line_width (cr, 1.5);
          cairo_move_to (cr, x_of (l, data->start), y_of (l, data->baseline));
          cairo_line_to (cr, x_of (l, data->end), ty);
          cairo_stroke (cr);
          cairo_restore (cr);
        }

      /* The label at the left end, where the expected line is far from the target. */
      chart_set_fg (ctx, cr, 0.8);
      chart_stroke_hline (cr, l->x0, l->x1, ty, 1);
      chart_text_paint (cr, l->target, l->x0 + fs * 0.4,
                        ty > l->y0 + l->target->height + fs * 0.2
                        ? ty - l->target->height - fs * 0.15 : ty + fs * 0.15);
    }

  if (l->today != NULL)
    {
      double x = x_of (l, data->today);

      chart_set_fg (ctx, cr, 0.7);
      chart_stroke_vline (cr, x, l->y0, l->y1, 1);
      chart_text_paint (cr, l->today, CLAMP (x - l->today->width / 2, 0, l->x1 - l->today->width),
                        l->y0 - l->today->height - fs * 0.2);
    }

  /* The check-ins, from the baseline at the start of the cycle (a control KR has no
   * baseline to start from). */
  okr_draw_status_color (data->status, ctx->dark, &actual);
  okr_draw_set_color (cr, &actual, 1.0);
  cairo_set_line_width (cr, 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (n > 0 && g_array_index (data->points, OkrChartPoint, 0).date > data->start &&
      data->kind != OKR_KR_CONTROL)
    cairo_move_to (cr, x_of (l, data->start), y_of (l, data->baseline));
  for (guint i = 0; i < n; i++)
    {
      const OkrChartPoint *p = &g_array_index (data->points, OkrChartPoint, i);
      cairo_line_to (cr, x_of (l, p->date), y_of (l, p->value));
    }
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      const OkrChartPoint *p = &g_array_index (data->points, OkrChartPoint, i);
      double x = x_of (l, p->date), y = y_of (l, p->value), size = fs * 0.75;

      /* A thin ring of the background around each mark keeps it apart from the line. */
      okr_draw_set_color (cr, &ctx->bg, 1.0);
      cairo_arc (cr, x, y, size * 0.62, 0, 2 * G_PI);
      cairo_fill (cr);
      if (p->confidence > 0)
        okr_draw_status_shape (cr, confidence_status (p->confidence), x, y, size, ctx->dark);
      else
        {
          okr_draw_set_color (cr, &actual, 1.0);
          cairo_arc (cr, x, y, size * 0.3, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      if (l->label_confidence && p->confidence > 0)
        {
          const ChartText *t = g_ptr_array_index (l->confidence_labels, i);
          double ly = y - size * 0.7 - t->height;

          if (ly < l->y0)
            ly = y + size * 0.7;
          chart_set_fg (ctx, cr, CHART_ALPHA_MUTED);
          chart_text_paint (cr, t, x - t->width / 2, ly);
        }
      chart_hit_rect (ctx, x - size, y - size, 2 * size, 2 * size, data->ref,
                      point_tooltip (data, p));
    }

  chart_legend_paint (ctx, cr, &l->legend, l->x0, l->legend_y);
}

static void
pace_body (ChartCtx *ctx, cairo_t *cr, double width, double height, gconstpointer data)
{
  PaceLayout layout = { 0 };

  pace_layout (ctx, &layout, data, width, height);
  pace_paint (ctx, cr, &layout, data);
  pace_layout_clear (&layout);
}

void
okr_chart_pace_draw (cairo_t *cr, double width, double height, const OkrChartPaceData *data,
                     const OkrChartStyle *style, OkrChartHits *hits)
{
  g_return_if_fail (cr != NULL && data != NULL);

  chart_draw (cr, width, height, style, hits,
              data->points->len == 0 ? _("No check-ins on this key result yet.") : NULL,
              pace_body, data);
}
