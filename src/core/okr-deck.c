/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The all-hands deck: slides laid out on a 960 × 540 page with the charts' own drawing
 * functions, so a slide shows exactly what the dashboard shows. */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "okr-chart-data.h"
#include "okr-chart-export.h"
#include "okr-chart-private.h"
#include "okr-deck.h"
#include "okr-format.h"
#include "okr-language.h"
#include "okr-rollup.h"
#include "okr-store-read.h"

#define MARGIN          40.0
#define KRS_PER_SLIDE   6
#define ROWS_PER_SLIDE  9
/* An all-hands talks about the weakest few: more go on a count. */
#define AT_RISK_SLIDES  2

typedef enum {
  SLIDE_TITLE,
  SLIDE_COMPANY,
  SLIDE_OBJECTIVE,
  SLIDE_DEPARTMENT,
  SLIDE_AT_RISK,
  SLIDE_SCORES,
} SlideKind;

typedef struct {
  SlideKind kind;
  gint64    id;          /* the objective or the department */
  guint     first;       /* the first key result or row shown */
  guint     part, parts; /* "2/3" when a list takes several slides */
} Slide;

typedef struct {
  OkrStore      *store;
  OkrRollup     *rollup;
  OkrChartStyle  style;        /* the slides' */
  OkrChartStyle  chart_style;  /* the charts' on them: transparent */
  ChartCtx       ctx;
  cairo_t       *cr;
  gint64         company;
  GArray        *slides;       /* Slide */
  GPtrArray     *at_risk;      /* OkrKeyResult, weakest first */
  guint          page;
} Deck;

/* ───────────────────────── the plan ───────────────────────── */

static int
compare_risk (gconstpointer a, gconstpointer b)
{
  OkrKeyResult *x = *(OkrKeyResult **) a, *y = *(OkrKeyResult **) b;
  OkrStatus sx = okr_key_result_get_status (x), sy = okr_key_result_get_status (y);
  double px = okr_key_result_get_progress (x), py = okr_key_result_get_progress (y);

  if (sx != sy)
    return sx < sy ? -1 : 1;
  return px < py ? -1 : px > py ? 1 : 0;
}

static void
add_slide (Deck *deck, SlideKind kind, gint64 id, guint first, guint part, guint parts)
{
  Slide slide = { kind, id, first, part, parts };
  g_array_append_val (deck->slides, slide);
}

static gboolean
cycle_has_ended (Deck *deck)
{
  OkrCycle *cycle = okr_rollup_get_cycle (deck->rollup);
  return okr_cycle_get_state (cycle) == OKR_CYCLE_CLOSED ||
         okr_rollup_get_today (deck->rollup) > okr_cycle_get_end (cycle);
}

static void
collect_at_risk (OkrObjective *o, OkrKeyResult *kr, Deck *deck)
{
  OkrStatus s = okr_key_result_get_status (kr);
  if (s == OKR_STATUS_AT_RISK || s == OKR_STATUS_OFF_TRACK)
    g_ptr_array_add (deck->at_risk, kr);
}

static void
plan (Deck *deck)
{
  GPtrArray *objectives = okr_rollup_get_objectives (deck->rollup, deck->company);
  GPtrArray *departments = okr_rollup_get_unit_children (deck->rollup, deck->company);
  g_autoptr(GPtrArray) units = okr_chart_data_subtree (deck->rollup, deck->company);
  guint parts;

  add_slide (deck, SLIDE_TITLE, 0, 0, 1, 1);
  add_slide (deck, SLIDE_COMPANY, deck->company, 0, 1, 1);
  for (guint i = 0; i < objectives->len; i++)
    {
      gint64 id = okr_objective_get_id (g_ptr_array_index (objectives, i));
      guint n = okr_rollup_get_key_results (deck->rollup, id)->len;

      parts = MAX (1, (n + KRS_PER_SLIDE - 1) / KRS_PER_SLIDE);
      for (guint p = 0; p < parts; p++)
        add_slide (deck, SLIDE_OBJECTIVE, id, p * KRS_PER_SLIDE, p + 1, parts);
    }
  /* A department without objectives this cycle has nothing to show. */
  for (guint i = 0; i < departments->len; i++)
    if (okr_unit_get_n_objectives (g_ptr_array_index (departments, i)) > 0)
      add_slide (deck, SLIDE_DEPARTMENT, okr_unit_get_id (g_ptr_array_index (departments, i)), 0,
                 1, 1);

  for (guint i = 0; i < units->len; i++)
    {
      GPtrArray *list = okr_rollup_get_objectives (deck->rollup,
                                                   okr_unit_get_id (g_ptr_array_index (units, i)));
      for (guint j = 0; j < list->len; j++)
        {
          OkrObjective *o = g_ptr_array_index (list, j);
          GPtrArray *krs = okr_rollup_get_key_results (deck->rollup, okr_objective_get_id (o));
          for (guint k = 0; k < krs->len; k++)
            collect_at_risk (o, g_ptr_array_index (krs, k), deck);
        }
    }
  g_ptr_array_sort (deck->at_risk, compare_risk);
  parts = MAX (1, (deck->at_risk->len + ROWS_PER_SLIDE - 1) / ROWS_PER_SLIDE);
  parts = MIN (parts, AT_RISK_SLIDES);
  for (guint p = 0; p < parts; p++)
    add_slide (deck, SLIDE_AT_RISK, 0, p * ROWS_PER_SLIDE, p + 1, parts);

  if (cycle_has_ended (deck))
    add_slide (deck, SLIDE_SCORES, deck->company, 0, 1, 1);
}

/* ───────────────────────── slide furniture ───────────────────────── */

static void
paint_text (Deck *deck, const ChartText *text, double x, double y, double alpha)
{
  chart_set_fg (&deck->ctx, deck->cr, alpha);
  chart_text_paint (deck->cr, text, x, y);
}

/* Measures and paints @text with its top-left corner at (x, y); returns its height. */
static double
put_text (Deck *deck, const char *text, double size, ChartTextFlags flags, double max_width,
          int max_lines, double x, double y, double alpha)
{
  g_autoptr(ChartText) t = chart_text_new (&deck->ctx, text, size, flags, max_width, max_lines);

  paint_text (deck, t, x, y, alpha);
  return t->height;
}

static const char *
company_name (Deck *deck)
{
  OkrUnit *u = okr_rollup_find_unit (deck->rollup, deck->company);
  return u != NULL ? okr_unit_get_name (u) : "";
}

/* The title (with "2/3" when a list goes on), a subtitle, the footer; returns the top of
 * the content. */
static double
slide_frame (Deck *deck, const Slide *slide, const char *title, const char *subtitle)
{
  ChartCtx *ctx = &deck->ctx;
  cairo_t *cr = deck->cr;
  double w = OKR_DECK_WIDTH - 2 * MARGIN, y = MARGIN - 6;
  g_autofree char *full = slide->parts > 1 ? g_strdup_printf ("%s (%u/%u)", title, slide->part,
                                                               slide->parts)
                                           : g_strdup (title);
  g_autofree char *footer = g_strdup_printf ("%s · %s", company_name (deck),
                                             okr_cycle_get_name (okr_rollup_get_cycle (deck->rollup)));
  g_autofree char *number = g_strdup_printf ("%u / %u", deck->page, deck->slides->len);
  g_autoptr(ChartText) page = chart_text_new (ctx, number, 0.75, CHART_TEXT_TABULAR, -1, 1);
  OkrRgb accent;

  chart_paint_background (ctx, cr, OKR_DECK_WIDTH, OKR_DECK_HEIGHT);
  okr_draw_status_color (OKR_STATUS_DONE, ctx->dark, &accent);
  okr_draw_set_color (cr, &accent, 1.0);
  cairo_rectangle (cr, 0, 0, OKR_DECK_WIDTH, 5);
  cairo_fill (cr);

  y += put_text (deck, full, 1.75, CHART_TEXT_BOLD, w, 2, MARGIN, y, 1.0);
  if (subtitle != NULL && *subtitle != '\0')
    y += 2 + put_text (deck, subtitle, 1.0, 0, w, 1, MARGIN, y + 2, CHART_ALPHA_MUTED);

  put_text (deck, footer, 0.75, 0, w * 0.7, 1, MARGIN, OKR_DECK_HEIGHT - 24, CHART_ALPHA_MUTED);
  paint_text (deck, page, OKR_DECK_WIDTH - MARGIN - page->width, OKR_DECK_HEIGHT - 24,
              CHART_ALPHA_MUTED);
  return y + 18;
}

static double
content_bottom (void)
{
  return OKR_DECK_HEIGHT - 36;
}

/* A chart is drawn from the top-left corner of its box on the slide. */
static void
in_box (Deck *deck, double x, double y)
{
  cairo_save (deck->cr);
  cairo_translate (deck->cr, x, y);
}

static void
out_box (Deck *deck)
{
  cairo_restore (deck->cr);
}

/* ───────────────────────── slides ───────────────────────── */

static void
slide_title (Deck *deck, const Slide *slide)
{
  ChartCtx *ctx = &deck->ctx;
  OkrCycle *cycle = okr_rollup_get_cycle (deck->rollup);
  g_autofree char *start = okr_format_date (okr_cycle_get_start (cycle));
  g_autofree char *end = okr_format_date (okr_cycle_get_end (cycle));
  g_autofree char *today = okr_format_date (okr_rollup_get_today (deck->rollup));
  /* Translators: the title slide of the all-hands deck; %s is the cycle ("Q1 2027"). */
  g_autofree char *heading = g_strdup_printf (_("All-hands · %s"), okr_cycle_get_name (cycle));
  /* Translators: the cycle's dates on the deck's title slide. */
  g_autofree char *dates = g_strdup_printf (_("%1$s – %2$s"), start, end);
  /* Translators: on the deck's title slide: the day the figures are from. */
  g_autofree char *status = g_strdup_printf (_("Progress as of %s"), today);
  g_autoptr(OkrChartRingData) ring = okr_chart_ring_data_for_unit (deck->rollup, deck->company);
  double y = 150, w = 520;
  OkrRgb accent;

  deck->page++;
  chart_paint_background (ctx, deck->cr, OKR_DECK_WIDTH, OKR_DECK_HEIGHT);
  okr_draw_status_color (OKR_STATUS_DONE, ctx->dark, &accent);
  okr_draw_set_color (deck->cr, &accent, 1.0);
  cairo_rectangle (deck->cr, MARGIN, y - 28, 64, 6);
  cairo_fill (deck->cr);

  y += 10 + put_text (deck, company_name (deck), 3.0, CHART_TEXT_BOLD, w, 2, MARGIN, y, 1.0);
  y += 14 + put_text (deck, heading, 1.7, 0, w, 2, MARGIN, y, 0.9);
  y += 4 + put_text (deck, dates, 1.1, 0, w, 1, MARGIN, y, CHART_ALPHA_MUTED);
  put_text (deck, status, 1.1, 0, w, 1, MARGIN, y, CHART_ALPHA_MUTED);

  in_box (deck, 610, 110);
  okr_chart_ring_draw (deck->cr, 300, 320, ring, &deck->chart_style, NULL);
  out_box (deck);
  (void) slide;
}

static void
slide_company (Deck *deck, const Slide *slide)
{
  OkrUnit *company = okr_rollup_find_unit (deck->rollup, deck->company);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", okr_unit_get_name (company),
                                               okr_cycle_get_name (okr_rollup_get_cycle (deck->rollup)));
  g_autoptr(OkrChartRingData) ring = okr_chart_ring_data_for_unit (deck->rollup, deck->company);
  g_autoptr(OkrChartStatusData) status = okr_chart_status_data_for_unit (deck->rollup,
                                                                        deck->company);
  g_autoptr(OkrChartBarsData) units = okr_chart_units_data_for_unit (deck->rollup,
                                                                     deck->company);
  GPtrArray *departments = okr_rollup_get_unit_children (deck->rollup, deck->company);
  gboolean any_department = FALSE;
  double top, h, right_w = OKR_DECK_WIDTH - 2 * MARGIN - 300;

  deck->page++;
  top = slide_frame (deck, slide, _("Company progress"), subtitle);
  h = content_bottom () - top;

  in_box (deck, MARGIN, top);
  okr_chart_ring_draw (deck->cr, 260, h * 0.55, ring, &deck->chart_style, NULL);
  out_box (deck);
  in_box (deck, MARGIN, top + h * 0.58);
  okr_chart_status_draw (deck->cr, 260, h * 0.42, status, &deck->chart_style, NULL);
  out_box (deck);
  /* The departments side by side; when none has objectives, the company's own. */
  for (guint i = 0; i < departments->len; i++)
    any_department |= okr_unit_get_n_objectives (g_ptr_array_index (departments, i)) > 0;
  in_box (deck, MARGIN + 300, top);
  if (any_department)
    okr_chart_units_draw (deck->cr, right_w, h, units, &deck->chart_style, NULL);
  else
    {
      g_autoptr(OkrChartBarsData) bars = okr_chart_objectives_data_for_unit (deck->rollup,
                                                                             deck->company);
      okr_chart_objectives_draw (deck->cr, right_w, h, bars, &deck->chart_style, NULL);
    }
  out_box (deck);
}

/* A key result's pace in a cell: its title, where it stands, then the chart. */
static void
pace_cell (Deck *deck, OkrKeyResult *kr, double x, double y, double w, double h)
{
  ChartCtx *ctx = &deck->ctx;
  OkrKrKind kind = okr_key_result_get_kind (kr);
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrChartPaceData) data = okr_chart_pace_data_for_kr (deck->store, deck->rollup,
                                                                 okr_key_result_get_id (kr),
                                                                 &error);
  g_autofree char *current = okr_format_kr_value (kind, okr_key_result_get_current (kr),
                                                  okr_key_result_get_unit_label (kr));
  g_autofree char *target = okr_format_kr_value (kind, okr_key_result_get_target (kr),
                                                 okr_key_result_get_unit_label (kr));
  g_autofree char *percent = chart_percent (okr_key_result_get_progress_raw (kr));
  /* Translators: under a key result on a slide: "12 → 20 customers · 60% · At risk". */
  g_autofree char *line = g_strdup_printf (_("%1$s → %2$s · %3$s · %4$s"), current, target,
                                           percent,
                                           okr_status_to_label (okr_key_result_get_status (kr)));
  g_autoptr(ChartText) where = chart_text_new (ctx, line, 0.8, 0, w - ctx->font_size * 0.75 - 6,
                                               1);
  double top = y, mark = ctx->font_size * 0.75;

  top += 2 + put_text (deck, okr_key_result_get_title (kr), 0.95, CHART_TEXT_BOLD, w, 2, x, top,
                       1.0);
  okr_draw_status_shape (deck->cr, okr_key_result_get_status (kr), x + mark / 2,
                         top + where->height / 2, mark, ctx->dark);
  paint_text (deck, where, x + mark + 6, top, CHART_ALPHA_MUTED);
  top += where->height + 6;

  if (data == NULL)
    return;
  in_box (deck, x, top);
  okr_chart_pace_draw (deck->cr, w, y + h - top, data, &deck->chart_style, NULL);
  out_box (deck);
}

static void
slide_objective (Deck *deck, const Slide *slide)
{
  OkrObjective *o = okr_rollup_find_objective (deck->rollup, slide->id);
  GPtrArray *krs = okr_rollup_get_key_results (deck->rollup, slide->id);
  g_autofree char *percent = chart_percent (okr_objective_get_progress (o));
  /* Translators: under an objective's title on a slide: "On track · 64% · committed". */
  g_autofree char *subtitle = g_strdup_printf (_("%1$s · %2$s · %3$s"),
                                               okr_status_to_label (okr_objective_get_status (o)),
                                               percent,
                                               okr_objective_get_aspirational (o)
                                               ? C_("objective kind", "aspirational")
                                               : C_("objective kind", "committed"));
  guint n = MIN (krs->len - MIN (slide->first, krs->len), KRS_PER_SLIDE);
  guint cols = n <= 2 ? MAX (n, 1) : n <= 4 ? 2 : 3, rows = MAX (1, (n + cols - 1) / cols);
  double top, w = OKR_DECK_WIDTH - 2 * MARGIN, gap = 26, cw, ch;

  deck->page++;
  top = slide_frame (deck, slide, okr_objective_get_title (o), subtitle);
  if (n == 0)
    {
      put_text (deck, _("This objective has no key results yet."), 1.1, 0, w, 2, MARGIN,
                top + 20, CHART_ALPHA_MUTED);
      return;
    }
  cw = (w - gap * (cols - 1)) / cols;
  ch = (content_bottom () - top - gap * (rows - 1)) / rows;
  for (guint i = 0; i < n; i++)
    pace_cell (deck, g_ptr_array_index (krs, slide->first + i),
               MARGIN + (i % cols) * (cw + gap), top + (i / cols) * (ch + gap), cw, ch);
}

static void
slide_department (Deck *deck, const Slide *slide)
{
  OkrUnit *unit = okr_rollup_find_unit (deck->rollup, slide->id);
  g_autoptr(OkrChartRingData) ring = okr_chart_ring_data_for_unit (deck->rollup, slide->id);
  g_autoptr(OkrChartStatusData) status = okr_chart_status_data_for_unit (deck->rollup, slide->id);
  g_autoptr(OkrChartBarsData) bars = okr_chart_objectives_data_for_unit (deck->rollup, slide->id);
  double top, h, right = MARGIN + 290, rw = OKR_DECK_WIDTH - MARGIN - right;

  deck->page++;
  top = slide_frame (deck, slide, okr_unit_get_name (unit), ring->caption);
  h = content_bottom () - top;
  /* The ring's own caption is the subtitle: no need to say it twice. */
  g_clear_pointer (&ring->caption, g_free);
  g_clear_pointer (&ring->label, g_free);

  in_box (deck, MARGIN, top);
  okr_chart_ring_draw (deck->cr, 250, h * 0.52, ring, &deck->chart_style, NULL);
  out_box (deck);
  in_box (deck, MARGIN, top + h * 0.56);
  okr_chart_status_draw (deck->cr, 250, h * 0.44, status, &deck->chart_style, NULL);
  out_box (deck);
  in_box (deck, right, top);
  okr_chart_objectives_draw (deck->cr, rw, h, bars, &deck->chart_style, NULL);
  out_box (deck);
}

static void
slide_at_risk (Deck *deck, const Slide *slide)
{
  ChartCtx *ctx = &deck->ctx;
  double top, y, w = OKR_DECK_WIDTH - 2 * MARGIN;
  double col_unit = MARGIN + w * 0.56, col_progress = MARGIN + w * 0.80;
  double col_confidence = MARGIN + w * 0.90;
  guint n = MIN (deck->at_risk->len - MIN (slide->first, deck->at_risk->len), ROWS_PER_SLIDE);
  guint shown = MIN (deck->at_risk->len, ROWS_PER_SLIDE * AT_RISK_SLIDES);
  g_autofree char *subtitle = NULL;

  deck->page++;
  if (shown < deck->at_risk->len)
    /* Translators: under the title of the slides of key results at risk. */
    subtitle = g_strdup_printf (ngettext ("The %1$u weakest of %2$u key result at risk or off "
                                          "track: off track first, the least progress first.",
                                          "The %1$u weakest of %2$u key results at risk or off "
                                          "track: off track first, the least progress first.",
                                          deck->at_risk->len),
                                shown, deck->at_risk->len);
  else
    subtitle = g_strdup (_("Off track first, then at risk; the least progress first."));
  /* Translators: the title of a slide listing key results at risk or off track. */
  top = slide_frame (deck, slide, _("Key results at risk"), subtitle);
  if (deck->at_risk->len == 0)
    {
      put_text (deck, _("No key result is at risk or off track."), 1.2, 0, w, 2, MARGIN,
                top + 20, CHART_ALPHA_MUTED);
      return;
    }

  y = top;
  for (guint c = 0; c < 4; c++)
    {
      static const char *const headers[] = {
        NC_("table header", "Key result"), NC_("table header", "Unit"),
        NC_("table header", "Progress"), NC_("table header", "Confidence"),
      };
      double x[] = { MARGIN + 22, col_unit, col_progress, col_confidence };
      double cw[] = { col_unit - MARGIN - 34, col_progress - col_unit - 12,
                      col_confidence - col_progress - 8, MARGIN + w - col_confidence };
      put_text (deck, g_dpgettext2 (GETTEXT_PACKAGE, "table header", headers[c]), 0.8,
                CHART_TEXT_BOLD, cw[c], 1, x[c], y, CHART_ALPHA_MUTED);
    }
  y += chart_line_height (ctx, 0.8) + 6;

  for (guint i = 0; i < n; i++)
    {
      OkrKeyResult *kr = g_ptr_array_index (deck->at_risk, slide->first + i);
      OkrObjective *o = okr_rollup_find_objective (deck->rollup,
                                                   okr_key_result_get_objective_id (kr));
      OkrUnit *u = o != NULL ? okr_rollup_find_unit (deck->rollup, okr_objective_get_unit_id (o))
                             : NULL;
      g_autofree char *percent = chart_percent (okr_key_result_get_progress_raw (kr));
      g_autofree char *confidence = okr_key_result_get_confidence (kr) > 0
                                    ? g_strdup_printf ("%d/10", okr_key_result_get_confidence (kr))
                                    : g_strdup ("—");
      g_autoptr(ChartText) title = chart_text_new (ctx, okr_key_result_get_title (kr), 0.95,
                                                   CHART_TEXT_BOLD, col_unit - MARGIN - 34, 1);
      g_autoptr(ChartText) objective = chart_text_new (ctx, o != NULL ? okr_objective_get_title (o) : "",
                                             0.78, 0, col_unit - MARGIN - 34, 1);
      double row_h = title->height + objective->height + 10;

      chart_set_fg (ctx, deck->cr, CHART_ALPHA_GRID);
      chart_stroke_hline (deck->cr, MARGIN, MARGIN + w, y, 1);
      okr_draw_status_shape (deck->cr, okr_key_result_get_status (kr), MARGIN + 7,
                             y + 5 + title->height / 2, ctx->font_size * 0.85, ctx->dark);
      paint_text (deck, title, MARGIN + 22, y + 5, 1.0);
      paint_text (deck, objective, MARGIN + 22, y + 5 + row_h - objective->height - 10,
                  CHART_ALPHA_MUTED);
      put_text (deck, u != NULL ? okr_unit_get_name (u) : "", 0.9, 0,
                col_progress - col_unit - 12, 2, col_unit, y + 5, 1.0);
      put_text (deck, percent, 0.95, CHART_TEXT_BOLD | CHART_TEXT_TABULAR, -1, 1, col_progress,
                y + 5, 1.0);
      put_text (deck, confidence, 0.95, CHART_TEXT_TABULAR, -1, 1, col_confidence, y + 5, 1.0);
      y += row_h;
    }
}

static void
slide_scores (Deck *deck, const Slide *slide)
{
  g_autoptr(OkrChartScoresData) scores = okr_chart_scores_data_for_unit (deck->rollup,
                                                                        deck->company);
  double top;

  deck->page++;
  top = slide_frame (deck, slide, _("Score distribution"),
                     _("Key results by final score: committed ones aim at 1.0, aspirational "
                       "ones at 0.7."));
  in_box (deck, MARGIN, top);
  okr_chart_scores_draw (deck->cr, OKR_DECK_WIDTH - 2 * MARGIN, content_bottom () - top, scores,
                         &deck->chart_style, NULL);
  out_box (deck);
}

static void
render (Deck *deck)
{
  for (guint i = 0; i < deck->slides->len; i++)
    {
      const Slide *slide = &g_array_index (deck->slides, Slide, i);

      cairo_save (deck->cr);
      switch (slide->kind)
        {
        case SLIDE_TITLE:
          slide_title (deck, slide);
          break;
        case SLIDE_COMPANY:
          slide_company (deck, slide);
          break;
        case SLIDE_OBJECTIVE:
          slide_objective (deck, slide);
          break;
        case SLIDE_DEPARTMENT:
          slide_department (deck, slide);
          break;
        case SLIDE_AT_RISK:
          slide_at_risk (deck, slide);
          break;
        case SLIDE_SCORES:
          slide_scores (deck, slide);
          break;
        default:
          g_assert_not_reached ();
        }
      cairo_restore (deck->cr);
      cairo_show_page (deck->cr);
    }
}

gboolean
okr_deck_export (OkrStore *store, gint64 cycle_id, OkrDate today, const char *language,
                 const OkrChartStyle *style, const char *path, guint *n_slides, GError **error)
{
  g_autoptr(OkrLanguageScope) scope = NULL;
  g_autoptr(OkrRollup) rollup = NULL;
  Deck deck = { 0 };
  OkrAtomicFile *file;
  cairo_surface_t *surface;
  cairo_status_t status;
  g_autofree char *title = NULL;

  g_return_val_if_fail (OKR_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Everything translated from here on (chart words, dates, numbers) speaks @language. */
  scope = okr_language_push (language);
  rollup = okr_rollup_new (store, cycle_id, today, error);
  if (rollup == NULL)
    return FALSE;

  deck.store = store;
  deck.rollup = rollup;
  if (style != NULL)
    deck.style = *style;
  else
    okr_chart_style_init (&deck.style, FALSE);
  deck.style.transparent = FALSE;
  deck.style.font_size = 14;
  deck.chart_style = deck.style;
  deck.chart_style.transparent = TRUE;
  deck.chart_style.font_size = 12.5;
  deck.company = okr_chart_data_top_unit (rollup);
  if (deck.company == 0)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND,
                           _("The document has no units yet."));
      return FALSE;
    }
  deck.slides = g_array_new (FALSE, FALSE, sizeof (Slide));
  deck.at_risk = g_ptr_array_new ();
  plan (&deck);

  file = okr_atomic_file_new (path, error);
  if (file == NULL)
    {
      g_array_unref (deck.slides);
      g_ptr_array_unref (deck.at_risk);
      return FALSE;
    }
  surface = cairo_pdf_surface_create_for_stream (okr_atomic_file_write, file, OKR_DECK_WIDTH,
                                                 OKR_DECK_HEIGHT);
  /* Translators: the title of the deck's PDF: "Acme — All-hands Q1 2027". */
  title = g_strdup_printf (_("%1$s — All-hands %2$s"), company_name (&deck),
                           okr_cycle_get_name (okr_rollup_get_cycle (rollup)));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);
  deck.cr = cairo_create (surface);
  chart_ctx_init (&deck.ctx, &deck.style, NULL);
  render (&deck);
  status = cairo_status (deck.cr);
  cairo_destroy (deck.cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  chart_ctx_clear (&deck.ctx);

  if (n_slides != NULL)
    *n_slides = deck.slides->len;
  g_array_unref (deck.slides);
  g_ptr_array_unref (deck.at_risk);
  /* A write error is the file's: committing reports it, and removes what was written. */
  if (status != CAIRO_STATUS_SUCCESS && status != CAIRO_STATUS_WRITE_ERROR)
    {
      g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_FAILED,
                   _("The deck could not be written: %s"), cairo_status_to_string (status));
      okr_atomic_file_abort (file);
      return FALSE;
    }
  return okr_atomic_file_commit (file, error);
}
