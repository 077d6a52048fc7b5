/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-chart.h — Cascade's charts, drawn with cairo and Pango into any cairo_t
 *
 * Every chart is one function:
 *
 *   okr_chart_<name>_draw (cairo_t *cr, double width, double height,
 *                          const OkrChart<Name>Data *data, const OkrChartStyle *style,
 *                          OkrChartHits *hits);
 *
 * It paints the rectangle (0, 0, width, height) of @cr's user space. The caller chooses the
 * output and its scale: a widget's snapshot, an image surface scaled ×2 for HiDPI, a PDF page,
 * a print context or a slide of the deck all go through the same code, so what is seen is
 * what is exported. Inside, each chart first computes a layout (pure geometry: bars, 1-2-5
 * ticks, text measured with Pango, wrapped or ellipsized so that labels never overlap), then
 * paints it. Text is measured without hinting, so a layout is the same at every scale.
 *
 * @hits (may be NULL) receives the regions a pointer can point at — bars, segments, nodes,
 * labels — each with its target (a unit, objective or key result) and a tooltip.
 *
 * The data structs are plain and own their strings. okr-chart-data.h fills them from a
 * roll-up; a caller with its own numbers (a wizard's preview) may fill them by hand.
 * Empty data draws a "No data yet" chart, never a blank one.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "okr-date.h"
#include "okr-types.h"

G_BEGIN_DECLS

/* ───────────────────────── style ───────────────────────── */

typedef struct {
  gboolean    dark;          /* light text on a dark background */
  gboolean    transparent;   /* leave the background unpainted (a widget on a card) */
  gboolean    show_title;    /* okr_chart_draw () only: the title above the chart (exports) */
  double      font_size;     /* body text in user units; 0: 13 */
  const char *font_family;   /* a Pango family list; NULL: Cantarell, then common sans fonts */
} OkrChartStyle;

void okr_chart_style_init (OkrChartStyle *style, gboolean dark);

/* ───────────────────────── what a region points at ───────────────────────── */

typedef enum {
  OKR_CHART_TARGET_NONE,
  OKR_CHART_TARGET_UNIT,
  OKR_CHART_TARGET_OBJECTIVE,
  OKR_CHART_TARGET_KEY_RESULT,
  OKR_CHART_TARGET_TOGGLE,      /* the alignment map's expand/collapse chip of an objective */
} OkrChartTargetKind;

typedef struct {
  OkrChartTargetKind kind;
  gint64             id;
} OkrChartTarget;

typedef struct {
  double         x, y, width, height;   /* the bounding box, in the chart's user units */
  /* A donut segment also has a sector: hit only between the radii and the angles. */
  gboolean       is_sector;
  double         cx, cy, radius_inner, radius_outer, angle_start, angle_end;
  OkrChartTarget target;
  char          *tooltip;               /* plain text, may be NULL */
} OkrChartHit;

typedef struct _OkrChartHits OkrChartHits;

OkrChartHits      *okr_chart_hits_new    (void);
void               okr_chart_hits_free   (OkrChartHits *hits);
void               okr_chart_hits_clear  (OkrChartHits *hits);
guint              okr_chart_hits_get_n  (const OkrChartHits *hits);
const OkrChartHit *okr_chart_hits_get    (const OkrChartHits *hits, guint index);
/* The region under a point; the one added last (drawn on top) wins. */
const OkrChartHit *okr_chart_hits_find   (const OkrChartHits *hits, double x, double y);
/* A chart drawn translated by (dx, dy) and scaled by @scale (a view's pan and zoom): the
 * regions it adds until the pop are moved the same way. May be nested; @hits may be NULL. */
void               okr_chart_hits_push_transform (OkrChartHits *hits, double dx, double dy,
                                                  double scale);
void               okr_chart_hits_pop_transform  (OkrChartHits *hits);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkrChartHits, okr_chart_hits_free)

/* ───────────────────────── helpers (public for tests and widgets) ───────────────────── */

/* Axis ticks on 1-2-5 steps (…, 0.1, 0.2, 0.5, 1, 2, 5, 10, …) covering [lo, hi] in at most
 * @max_intervals steps: the ticks are first, first + step, … first + (n − 1)·step. */
void     okr_chart_nice_ticks (double lo, double hi, int max_intervals, double *first,
                               double *step, int *n);

/* How many glyphs of chart text no installed font could draw since the last call with
 * @reset: a Vietnamese label must never show boxes. */
guint    okr_chart_count_missing_glyphs (gboolean reset);
/* How many texts were shaped (measured with Pango) since the last call with @reset. */
guint    okr_chart_count_texts          (gboolean reset);

/* ───────────────────────── progress ring ───────────────────────── */

typedef struct {
  char          *label;      /* the unit or objective */
  char          *caption;    /* a line under it ("4 objectives · 13 key results"), or NULL */
  double         progress;   /* 0–1 for the ring; the text shows more ("125%") */
  double         expected;   /* progress expected today; NAN: no marker */
  OkrStatus      status;
  gboolean       empty;      /* nothing to measure yet: "No data yet" */
  OkrChartTarget target;
} OkrChartRingData;

OkrChartRingData *okr_chart_ring_data_new  (void);
void              okr_chart_ring_data_free (OkrChartRingData *data);
void              okr_chart_ring_draw      (cairo_t *cr, double width, double height,
                                            const OkrChartRingData *data,
                                            const OkrChartStyle *style, OkrChartHits *hits);

/* ───────────────────────── objective bars and unit comparison ───────────────────────── */

typedef struct {
  char          *title;
  double         progress;       /* 0–1: the bar */
  double         progress_raw;   /* the text, may exceed 1 */
  OkrStatus      status;
  gboolean       is_key_result;  /* an indented KR row under its objective */
  gboolean       aspirational;
  OkrChartTarget target;
} OkrChartBar;

typedef struct {
  GArray *rows;       /* OkrChartBar: each objective followed by its key results, or units */
  double  expected;   /* progress expected today: a line across the bars; NAN: none */
} OkrChartBarsData;

OkrChartBarsData *okr_chart_bars_data_new  (void);
void              okr_chart_bars_data_free (OkrChartBarsData *data);
void              okr_chart_bars_data_add  (OkrChartBarsData *data, const char *title,
                                            double progress_raw, OkrStatus status,
                                            gboolean is_key_result, OkrChartTarget target);

/* A unit's objectives (bold) with their KRs (indented) as horizontal bars. When the rows
 * don't fit, KRs go first, then the last objectives ("and 3 more"). */
void okr_chart_objectives_draw (cairo_t *cr, double width, double height,
                                const OkrChartBarsData *data, const OkrChartStyle *style,
                                OkrChartHits *hits);

/* Units side by side: columns, or rows when there are too many to stand side by side. */
void okr_chart_units_draw      (cairo_t *cr, double width, double height,
                                const OkrChartBarsData *data, const OkrChartStyle *style,
                                OkrChartHits *hits);

/* ───────────────────────── KR pace ───────────────────────── */

typedef struct {
  OkrDate date;
  double  value;
  int     confidence;   /* 1–10; 0: not given */
} OkrChartPoint;

typedef struct {
  char          *title;
  OkrKrKind      kind;
  char          *unit_label;
  double         baseline;
  double         target;      /* NAN: not set; no expected or target line */
  OkrDate        start, end;  /* the cycle */
  OkrDate        today;       /* the marker; outside the cycle: none */
  GArray        *points;      /* OkrChartPoint, oldest first */
  OkrStatus      status;
  OkrChartTarget ref;         /* the key result */
} OkrChartPaceData;

OkrChartPaceData *okr_chart_pace_data_new  (void);
void              okr_chart_pace_data_free (OkrChartPaceData *data);
void              okr_chart_pace_draw      (cairo_t *cr, double width, double height,
                                            const OkrChartPaceData *data,
                                            const OkrChartStyle *style, OkrChartHits *hits);

/* ───────────────────────── status donut ───────────────────────── */

typedef struct {
  guint          counts[OKR_STATUS_N];   /* key results in each status */
  OkrChartTarget target;                 /* what a click on a segment opens */
} OkrChartStatusData;

OkrChartStatusData *okr_chart_status_data_new  (void);
void                okr_chart_status_data_free (OkrChartStatusData *data);
void                okr_chart_status_draw      (cairo_t *cr, double width, double height,
                                                const OkrChartStatusData *data,
                                                const OkrChartStyle *style, OkrChartHits *hits);

/* ───────────────────────── confidence heatmap ───────────────────────── */

typedef struct {
  char          *name;
  guint          depth;      /* 0 for the top row's unit, 1 for its children, … */
  double        *mean;       /* n_weeks: mean confidence of the week's check-ins, NAN: none */
  guint         *count;      /* n_weeks: check-ins with a confidence that week */
  OkrChartTarget target;
} OkrChartHeatmapRow;

typedef struct {
  OkrDate    start;          /* week i starts on start + 7·i (from the cycle, a Monday) */
  guint      n_weeks;
  int        today_week;     /* −1: today is outside the cycle */
  GPtrArray *rows;           /* OkrChartHeatmapRow, in the unit tree's order */
} OkrChartHeatmapData;

OkrChartHeatmapData *okr_chart_heatmap_data_new  (OkrDate start, guint n_weeks);
void                 okr_chart_heatmap_data_free (OkrChartHeatmapData *data);
OkrChartHeatmapRow  *okr_chart_heatmap_data_add_row (OkrChartHeatmapData *data,
                                                     const char *name, guint depth,
                                                     OkrChartTarget target);
/* Rows deeper than fit are left out; each row counts its own units and those below. */
void                 okr_chart_heatmap_draw      (cairo_t *cr, double width, double height,
                                                  const OkrChartHeatmapData *data,
                                                  const OkrChartStyle *style,
                                                  OkrChartHits *hits);

/* ───────────────────────── score distribution ───────────────────────── */

typedef struct {
  guint committed[OKR_SCORE_BUCKET_N];     /* key results of committed objectives */
  guint aspirational[OKR_SCORE_BUCKET_N];  /* key results of aspirational objectives */
  guint unscored;                          /* key results with no score yet */
} OkrChartScoresData;

OkrChartScoresData *okr_chart_scores_data_new  (void);
void                okr_chart_scores_data_free (OkrChartScoresData *data);
void                okr_chart_scores_draw      (cairo_t *cr, double width, double height,
                                                const OkrChartScoresData *data,
                                                const OkrChartStyle *style, OkrChartHits *hits);

/* ───────────────────────── alignment map ───────────────────────── */

typedef struct {
  gint64    id;
  char     *title;
  double    progress;
} OkrChartAnchor;              /* a KR that objectives align to */

typedef struct {
  gint64     id;               /* the objective */
  char      *title;
  char      *unit_name;
  guint      level;            /* the unit's depth under the map's top unit */
  double     progress;
  OkrStatus  status;
  int        parent;           /* index of the node it aligns to; −1: none shown */
  int        parent_anchor;    /* index into the parent's anchors; −1: the objective */
  GArray    *anchors;          /* OkrChartAnchor */
} OkrChartAlignmentNode;

typedef struct {
  GArray *nodes;               /* OkrChartAlignmentNode */
} OkrChartAlignmentData;

OkrChartAlignmentData *okr_chart_alignment_data_new  (void);
void                   okr_chart_alignment_data_free (OkrChartAlignmentData *data);

/* Fits the map into the rectangle: levels that don't fit readably are collapsed into one
 * "+N aligned objectives" node under their parent. */
void okr_chart_alignment_draw (cairo_t *cr, double width, double height,
                               const OkrChartAlignmentData *data, const OkrChartStyle *style,
                               OkrChartHits *hits);

/* For a view that pans and zooms: the map laid out at its natural size. Nodes deeper than
 * @max_level are collapsed (−1: none), except those whose parent's id is in @toggled, which
 * flips its parent's state. */
typedef struct _OkrChartAlignmentLayout OkrChartAlignmentLayout;

OkrChartAlignmentLayout *okr_chart_alignment_layout_new  (const OkrChartAlignmentData *data,
                                                          const OkrChartStyle *style,
                                                          int max_level, GHashTable *toggled);
void                     okr_chart_alignment_layout_free (OkrChartAlignmentLayout *layout);
void                     okr_chart_alignment_layout_get_size (OkrChartAlignmentLayout *layout,
                                                              double *width, double *height);
/* Paints at the natural size, from (0, 0); the caller translates and scales. */
void                     okr_chart_alignment_layout_draw (OkrChartAlignmentLayout *layout,
                                                          cairo_t *cr, OkrChartHits *hits);
/* The deepest level shown by default at this size: the one okr_chart_alignment_draw picks. */
int                      okr_chart_alignment_fit_level (const OkrChartAlignmentData *data,
                                                        const OkrChartStyle *style,
                                                        double width, double height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkrChartAlignmentLayout, okr_chart_alignment_layout_free)

/* ───────────────────────── any chart ───────────────────────── */

typedef enum {
  OKR_CHART_RING,
  OKR_CHART_OBJECTIVES,
  OKR_CHART_UNITS,
  OKR_CHART_PACE,
  OKR_CHART_STATUS,
  OKR_CHART_HEATMAP,
  OKR_CHART_SCORES,
  OKR_CHART_ALIGNMENT,
} OkrChartKind;

#define OKR_CHART_N_KINDS (OKR_CHART_ALIGNMENT + 1)

const char *okr_chart_kind_to_string   (OkrChartKind kind);   /* "ring", for the CLI */
gboolean    okr_chart_kind_from_string (const char *str, OkrChartKind *kind);

/* A chart ready to draw: its kind, its data and its title. Reference counted. */
typedef struct _OkrChart OkrChart;

OkrChart     *okr_chart_new          (OkrChartKind kind, gpointer data, const char *title,
                                      const char *subtitle);
OkrChart     *okr_chart_ref          (OkrChart *chart);
void          okr_chart_unref        (OkrChart *chart);
OkrChartKind  okr_chart_get_kind     (OkrChart *chart);
gconstpointer okr_chart_get_data     (OkrChart *chart);
const char   *okr_chart_get_title    (OkrChart *chart);
const char   *okr_chart_get_subtitle (OkrChart *chart);
/* A file name for an export, without extension: "sales-objectives". */
char         *okr_chart_dup_file_stem (OkrChart *chart);

/* Draws the chart, with its title when @style asks; large sizes (a 1920×1080 slide) are
 * drawn as a zoomed 960×540 layout, so text keeps its proportion to the picture. */
void          okr_chart_draw         (OkrChart *chart, cairo_t *cr, double width,
                                      double height, const OkrChartStyle *style,
                                      OkrChartHits *hits);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkrChart, okr_chart_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkrChartRingData, okr_chart_ring_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkrChartBarsData, okr_chart_bars_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkrChartPaceData, okr_chart_pace_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkrChartStatusData, okr_chart_status_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkrChartHeatmapData, okr_chart_heatmap_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkrChartScoresData, okr_chart_scores_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkrChartAlignmentData, okr_chart_alignment_data_free)

G_END_DECLS
