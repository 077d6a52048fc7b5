/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-chart-private.h — what the charts share: measured text, crisp lines, legends, hits */
#pragma once

#include <pango/pangocairo.h>

#include "okr-chart.h"
#include "okr-draw.h"

G_BEGIN_DECLS

/* Everything a layout needs to measure, and a paint needs to colour. */
typedef struct {
  const OkrChartStyle *style;
  OkrChartStyle        defaults;   /* when the caller gave no style */
  PangoContext        *pango;      /* unhinted: the same metrics at every scale */
  double               font_size;
  gboolean             dark;
  OkrRgb               fg;         /* text */
  OkrRgb               bg;         /* background */
  OkrChartHits        *hits;
} ChartCtx;

void chart_ctx_init  (ChartCtx *ctx, const OkrChartStyle *style, OkrChartHits *hits);
void chart_ctx_clear (ChartCtx *ctx);

/* Colours derived from the text colour. */
#define CHART_ALPHA_MUTED  0.62   /* secondary text */
#define CHART_ALPHA_GRID   0.13   /* grid lines */
#define CHART_ALPHA_TRACK  0.09   /* the empty part of a bar */

void chart_set_fg (const ChartCtx *ctx, cairo_t *cr, double alpha);

/* Text measured once, in the layout step, and painted as measured. */
typedef struct {
  PangoLayout *layout;
  double       width, height;   /* logical box */
  double       ox, oy;          /* where the box starts inside the layout */
  gboolean     ellipsized;
} ChartText;

typedef enum {
  CHART_TEXT_NORMAL = 0,
  CHART_TEXT_BOLD = 1 << 0,
  CHART_TEXT_CENTER = 1 << 1,
  CHART_TEXT_RIGHT = 1 << 2,
  CHART_TEXT_TABULAR = 1 << 3,   /* digits of equal width, for numbers in columns */
} ChartTextFlags;

/* @size is relative to the body size (1.0); @max_width ≤ 0: one unbounded line;
 * @max_lines: wrap into that many lines at most, the last one ellipsized. */
ChartText *chart_text_new   (ChartCtx *ctx, const char *text, double size, ChartTextFlags flags,
                             double max_width, int max_lines);
void       chart_text_free  (ChartText *text);
/* Glyphs that no installed font could draw, counted since the last reset (for tests). */
void       chart_note_missing_glyphs (PangoLayout *layout);
/* Paints the box's top-left corner at (x, y). */
void       chart_text_paint (cairo_t *cr, const ChartText *text, double x, double y);
double     chart_line_height (ChartCtx *ctx, double size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChartText, chart_text_free)

/* Crisp lines: a line @width user units wide along x = @x (or y = @y) is centred on a device
 * pixel (odd widths in device pixels) or between two (even ones) — floor(x) + 0.5 at 1×. */
double chart_device_scale (cairo_t *cr);
void   chart_stroke_hline (cairo_t *cr, double x0, double x1, double y, double width);
void   chart_stroke_vline (cairo_t *cr, double x, double y0, double y1, double width);
/* A coordinate moved to the nearest device pixel boundary: edges of filled boxes. */
double chart_snap_x       (cairo_t *cr, double x);
double chart_snap_y       (cairo_t *cr, double y);
void   chart_rounded_rect (cairo_t *cr, double x, double y, double w, double h, double r);

/* A chart's frame, shared by every okr_chart_*_draw (): "No data yet" saying @no_data_why
 * when that is not NULL, else the background and @body (which lays out, then paints). */
typedef void (*ChartBody) (ChartCtx *ctx, cairo_t *cr, double width, double height,
                           gconstpointer data);

void chart_draw (cairo_t *cr, double width, double height, const OkrChartStyle *style,
                 OkrChartHits *hits, const char *no_data_why, ChartBody body,
                 gconstpointer data);

void chart_paint_background (const ChartCtx *ctx, cairo_t *cr, double width, double height);
/* "No data yet" with a line saying why, centred in the rectangle. */
void chart_paint_no_data    (ChartCtx *ctx, cairo_t *cr, double width, double height,
                             const char *why);

/* A row of marks with labels, wrapped into lines. */
typedef enum {
  CHART_MARK_STATUS,    /* the status's shape */
  CHART_MARK_SWATCH,    /* a square of a colour */
  CHART_MARK_LINE,      /* a solid line */
  CHART_MARK_DASH,      /* a dashed line */
  CHART_MARK_STRIPES,   /* a square of diagonal stripes of a colour */
} ChartMark;

typedef struct {
  ChartMark  mark;
  OkrStatus  status;
  OkrRgb     rgb;
  ChartText *text;
  double     x, y;      /* relative to the legend */
} ChartLegendItem;

typedef struct {
  GArray *items;        /* ChartLegendItem */
  double  width, height;
} ChartLegend;

void chart_legend_init   (ChartLegend *legend);
void chart_legend_clear  (ChartLegend *legend);
void chart_legend_add    (ChartCtx *ctx, ChartLegend *legend, ChartMark mark, OkrStatus status,
                          const OkrRgb *rgb, const char *label);
/* The statuses that occur, in a fixed order. */
void chart_legend_add_statuses (ChartCtx *ctx, ChartLegend *legend,
                                const gboolean present[OKR_STATUS_N]);
void chart_legend_layout (ChartCtx *ctx, ChartLegend *legend, double max_width);
void chart_legend_paint  (ChartCtx *ctx, cairo_t *cr, const ChartLegend *legend, double x,
                          double y);
/* A box filled with a faint colour and diagonal stripes of it, outlined. */
void chart_paint_stripes (cairo_t *cr, const OkrRgb *rgb, double x, double y, double w,
                          double h, double spacing);
void chart_paint_mark    (ChartCtx *ctx, cairo_t *cr, ChartMark mark, OkrStatus status,
                          const OkrRgb *rgb, double cx, double cy, double size);

/* Hits, in the coordinates the chart was asked to draw in. */
void chart_hit_rect   (ChartCtx *ctx, double x, double y, double w, double h,
                       OkrChartTarget target, char *tooltip);
void chart_hit_sector (ChartCtx *ctx, double cx, double cy, double r0, double r1, double a0,
                       double a1, OkrChartTarget target, char *tooltip);

/* "45%" for a fraction; "—" for NAN. */
char *chart_percent (double fraction);
/* A value on a KR's axis, as the KR writes it. */
char *chart_kr_value (OkrKrKind kind, double value, const char *unit_label);
/* One tooltip line: "Title\nOn track · 45% (expected 50%)". */
char *chart_progress_tooltip (const char *title, double progress_raw, double expected,
                              OkrStatus status);

G_END_DECLS
