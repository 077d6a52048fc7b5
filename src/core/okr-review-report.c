/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-review-report.c — the review as CSV and as a PDF report
 *
 * Both walk the same thing: the unit and the units below it, each with its objectives and
 * their KRs (progress, suggested score, score, reason) and its retrospective. The PDF's
 * distribution chart is the Review page's own drawing (okr-review-chart.c).
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "okr-format.h"
#include "okr-review-chart.h"
#include "okr-review-report.h"
#include "okr-store-read.h"

static const char *
commitment_label (OkrObjective *objective)
{
  return okr_objective_get_aspirational (objective) ? _("Aspirational") : _("Committed");
}

/* "Below its bar of 1.0", or NULL when the objective meets its bar or has no score. */
static char *
bar_note (OkrObjective *objective)
{
  g_autofree char *bar = NULL;

  if (!okr_review_objective_below_bar (objective))
    return NULL;
  bar = okr_format_score (okr_objective_get_aspirational (objective) ? OKR_SCORE_TARGET
                                                                     : OKR_SCORE_STRETCH);
  /* Translators: an objective scored under what it was expected to reach (1.0 for a
   * committed objective, 0.7 for an aspirational one). */
  return g_strdup_printf (_("Below its bar of %s"), bar);
}

/* ───────────────────────── CSV ───────────────────────── */

static void
csv_field (GString *line, const char *text)
{
  if (line->len > 0)
    g_string_append_c (line, ',');
  if (text == NULL)
    return;
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (line, text);
      return;
    }
  g_string_append_c (line, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

/* Numbers stay plain (a point, no thousands), whatever the language: for any program. */
static void
csv_number (GString *line, double value, int decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      csv_field (line, "");
      return;
    }
  g_ascii_formatd (buf, sizeof buf, decimals == 1 ? "%.1f" : "%.2f", value);
  csv_field (line, buf);
}

static gboolean
csv_line (GOutputStream *out, GString *line, GError **error)
{
  g_string_append (line, "\r\n");
  if (!g_output_stream_write_all (out, line->str, line->len, NULL, NULL, error))
    return FALSE;
  g_string_truncate (line, 0);
  return TRUE;
}

typedef enum {
  COL_ROW, COL_UNIT, COL_OBJECTIVE, COL_KR, COL_COMMITMENT, COL_WEIGHT, COL_PROGRESS,
  COL_SUGGESTED, COL_SCORE, COL_TEXT, N_COLS
} Column;

/* One row; NULL texts and NAN numbers are empty cells. */
typedef struct {
  const char *texts[N_COLS];
  double      weight, progress, suggested, score;
} CsvRow;

static gboolean
csv_row (GOutputStream *out, GString *line, const CsvRow *row, GError **error)
{
  for (Column c = 0; c < N_COLS; c++)
    switch (c)
      {
      case COL_WEIGHT:
        csv_number (line, row->weight, 2);
        break;
      case COL_PROGRESS:
        csv_number (line, row->progress, 2);
        break;
      case COL_SUGGESTED:
        csv_number (line, row->suggested, 1);
        break;
      case COL_SCORE:
        csv_number (line, row->score, isnan (row->score) ||
                                      okr_math_score_is_step (row->score) ? 1 : 2);
        break;
      default:
        csv_field (line, row->texts[c] != NULL ? row->texts[c] : "");
      }
  return csv_line (out, line, error);
}

static gboolean
csv_retrospective (OkrStore *store, OkrRollup *rollup, OkrUnit *unit, GOutputStream *out,
                   GString *line, GError **error)
{
  g_auto(OkrRetrospective) retro = { 0 };
  const char *labels[3] = { _("What worked"), _("What didn’t"), _("What we change") };

  if (!okr_review_get_retrospective (store, okr_unit_get_id (unit),
                                     okr_cycle_get_id (okr_rollup_get_cycle (rollup)), &retro,
                                     error))
    return FALSE;
  const char *texts[3] = { retro.went_well, retro.went_badly, retro.to_change };
  for (int i = 0; i < 3; i++)
    {
      CsvRow row = { .weight = NAN, .progress = NAN, .suggested = NAN, .score = NAN };

      if (*texts[i] == '\0')
        continue;
      row.texts[COL_ROW] = labels[i];
      row.texts[COL_UNIT] = okr_unit_get_name (unit);
      row.texts[COL_TEXT] = texts[i];
      if (!csv_row (out, line, &row, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * okr_review_write_csv:
 *
 * One line per unit, objective, KR and retrospective answer, with the columns Row, Unit,
 * Objective, Key result, Commitment, Weight, Progress (0–1, may exceed 1), Suggested score,
 * Score and Reason or note.
 */
gboolean
okr_review_write_csv (OkrStore *store, OkrRollup *rollup, gint64 unit_id, GOutputStream *out,
                      GError **error)
{
  g_autoptr(GPtrArray) units = okr_review_list_units (rollup, unit_id);
  g_autoptr(GString) line = g_string_new (NULL);
  const char *titles[N_COLS] = {
    C_("review column", "Row"), C_("review column", "Unit"), C_("review column", "Objective"),
    C_("review column", "Key result"), C_("review column", "Commitment"),
    C_("review column", "Weight"), C_("review column", "Progress"),
    C_("review column", "Suggested score"), C_("review column", "Score"),
    C_("review column", "Reason or note"),
  };

  for (Column c = 0; c < N_COLS; c++)
    csv_field (line, titles[c]);
  if (!csv_line (out, line, error))
    return FALSE;

  for (guint u = 0; u < units->len; u++)
    {
      OkrUnit *unit = units->pdata[u];
      GPtrArray *objectives = okr_rollup_get_objectives (rollup, okr_unit_get_id (unit));
      CsvRow unit_row = { .weight = NAN, .progress = okr_unit_get_progress (unit),
                          .suggested = NAN, .score = okr_unit_get_score (unit) };

      unit_row.texts[COL_ROW] = C_("review row", "Unit");
      unit_row.texts[COL_UNIT] = okr_unit_get_name (unit);
      if (!csv_row (out, line, &unit_row, error))
        return FALSE;
      for (guint o = 0; o < objectives->len; o++)
        {
          OkrObjective *objective = objectives->pdata[o];
          GPtrArray *krs = okr_rollup_get_key_results (rollup, okr_objective_get_id (objective));
          g_autofree char *note = bar_note (objective);
          CsvRow objective_row = { .weight = NAN, .progress = okr_objective_get_progress (objective),
                                   .suggested = NAN, .score = okr_objective_get_score (objective) };

          objective_row.texts[COL_ROW] = C_("review row", "Objective");
          objective_row.texts[COL_UNIT] = okr_unit_get_name (unit);
          objective_row.texts[COL_OBJECTIVE] = okr_objective_get_title (objective);
          objective_row.texts[COL_COMMITMENT] = commitment_label (objective);
          objective_row.texts[COL_TEXT] = note;
          if (!csv_row (out, line, &objective_row, error))
            return FALSE;
          for (guint k = 0; k < krs->len; k++)
            {
              OkrKeyResult *kr = krs->pdata[k];
              CsvRow kr_row = {
                .weight = okr_key_result_get_weight (kr),
                .progress = okr_key_result_get_progress_raw (kr),
                .suggested = okr_math_suggested_score (okr_key_result_get_progress (kr)),
                .score = okr_key_result_get_score (kr),
              };

              kr_row.texts[COL_ROW] = C_("review row", "Key result");
              kr_row.texts[COL_UNIT] = okr_unit_get_name (unit);
              kr_row.texts[COL_OBJECTIVE] = okr_objective_get_title (objective);
              kr_row.texts[COL_KR] = okr_key_result_get_title (kr);
              kr_row.texts[COL_TEXT] = okr_key_result_get_score_reason (kr);
              if (!csv_row (out, line, &kr_row, error))
                return FALSE;
            }
        }
      if (!csv_retrospective (store, rollup, unit, out, line, error))
        return FALSE;
    }
  return TRUE;
}

/* ───────────────────────── PDF ───────────────────────── */

#define PAGE_WIDTH  595.276   /* A4, in points */
#define PAGE_HEIGHT 841.890
#define MARGIN      48.0
#define TEXT_SIZE   9.5

typedef struct {
  cairo_t *cr;
  double   y;
  int      page;
  char    *footer;
} Pdf;

static PangoLayout *
pdf_layout (Pdf *pdf, const char *text, double size, gboolean bold, double width)
{
  PangoLayout *layout = pango_cairo_create_layout (pdf->cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  return h;
}

static void
pdf_footer (Pdf *pdf)
{
  g_autofree char *text = g_strdup_printf (_("Page %d"), pdf->page);
  g_autoptr(PangoLayout) left = pdf_layout (pdf, pdf->footer, 7.5, FALSE, 0);
  g_autoptr(PangoLayout) right = pdf_layout (pdf, text, 7.5, FALSE, 0);
  int w, h;

  cairo_set_source_rgb (pdf->cr, 0.45, 0.45, 0.45);
  cairo_move_to (pdf->cr, MARGIN, PAGE_HEIGHT - MARGIN / 2 - 8);
  pango_cairo_show_layout (pdf->cr, left);
  pango_layout_get_pixel_size (right, &w, &h);
  cairo_move_to (pdf->cr, PAGE_WIDTH - MARGIN - w, PAGE_HEIGHT - MARGIN / 2 - 8);
  pango_cairo_show_layout (pdf->cr, right);
}

/* Makes room for @height points, on a new page when this one is full. */
static void
pdf_need (Pdf *pdf, double height)
{
  if (pdf->y + height <= PAGE_HEIGHT - MARGIN)
    return;
  pdf_footer (pdf);
  cairo_show_page (pdf->cr);
  pdf->page++;
  pdf->y = MARGIN;
}

static void
pdf_text (Pdf *pdf, const char *text, double size, gboolean bold, double grey, double indent)
{
  g_autoptr(PangoLayout) layout = pdf_layout (pdf, text, size, bold,
                                              PAGE_WIDTH - 2 * MARGIN - indent);
  double h = layout_height (layout);

  pdf_need (pdf, h);
  cairo_set_source_rgb (pdf->cr, grey, grey, grey);
  cairo_move_to (pdf->cr, MARGIN + indent, pdf->y);
  pango_cairo_show_layout (pdf->cr, layout);
  pdf->y += h;
}

/* A score in its band's colour, as a filled chip with the number on it. */
static void
pdf_score_chip (Pdf *pdf, double x, double y, double score)
{
  g_autofree char *text = okr_format_score (score);
  g_autoptr(PangoLayout) layout = pdf_layout (pdf, text, TEXT_SIZE, TRUE, 0);
  int w, h;
  OkrRgb color;

  pango_layout_get_pixel_size (layout, &w, &h);
  if (!isnan (score))
    {
      okr_review_score_color (score, FALSE, &color);
      okr_draw_set_color (pdf->cr, &color, 0.22);
      cairo_rectangle (pdf->cr, x - 3, y - 1, w + 6, h + 2);
      cairo_fill (pdf->cr);
    }
  cairo_set_source_rgb (pdf->cr, 0.1, 0.1, 0.1);
  cairo_move_to (pdf->cr, x, y);
  pango_cairo_show_layout (pdf->cr, layout);
}

/* The KR table's columns: title, progress, suggested, score, reason. */
static const double kr_columns[] = { 0, 190, 240, 292, 336 };
#define KR_TABLE_WIDTH (PAGE_WIDTH - 2 * MARGIN)

static void
pdf_kr_header (Pdf *pdf)
{
  const char *titles[] = {
    C_("review column", "Key result"), C_("review column", "Progress"),
    C_("review column", "Suggested"), C_("review column", "Score"),
    C_("review column", "Reason"),
  };
  double h = 0;

  pdf_need (pdf, 14);
  cairo_set_source_rgb (pdf->cr, 0.4, 0.4, 0.4);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(PangoLayout) layout = pdf_layout (pdf, titles[i], 7.5, TRUE, 0);
      cairo_move_to (pdf->cr, MARGIN + 12 + kr_columns[i], pdf->y);
      pango_cairo_show_layout (pdf->cr, layout);
      h = MAX (h, layout_height (layout));
    }
  pdf->y += h + 3;
}

static void
pdf_kr_row (Pdf *pdf, OkrKeyResult *kr)
{
  double x = MARGIN + 12;
  double widths[] = { kr_columns[1] - kr_columns[0] - 8, 0, 0, 0,
                      KR_TABLE_WIDTH - 12 - kr_columns[4] };
  g_autoptr(PangoLayout) title = pdf_layout (pdf, okr_key_result_get_title (kr), TEXT_SIZE,
                                             FALSE, widths[0]);
  g_autoptr(PangoLayout) reason = pdf_layout (pdf, okr_key_result_get_score_reason (kr),
                                              TEXT_SIZE, FALSE, widths[4]);
  g_autofree char *progress = okr_format_percent (okr_key_result_get_progress_raw (kr));
  g_autofree char *suggested = okr_format_score (okr_math_suggested_score
                                                   (okr_key_result_get_progress (kr)));
  g_autoptr(PangoLayout) progress_layout = pdf_layout (pdf, progress, TEXT_SIZE, FALSE, 0);
  g_autoptr(PangoLayout) suggested_layout = pdf_layout (pdf, suggested, TEXT_SIZE, FALSE, 0);
  double h = MAX (layout_height (title), layout_height (reason)) + 5;

  pdf_need (pdf, h);
  cairo_set_source_rgb (pdf->cr, 0.1, 0.1, 0.1);
  cairo_move_to (pdf->cr, x + kr_columns[0], pdf->y);
  pango_cairo_show_layout (pdf->cr, title);
  cairo_move_to (pdf->cr, x + kr_columns[1], pdf->y);
  pango_cairo_show_layout (pdf->cr, progress_layout);
  cairo_set_source_rgb (pdf->cr, 0.45, 0.45, 0.45);
  cairo_move_to (pdf->cr, x + kr_columns[2], pdf->y);
  pango_cairo_show_layout (pdf->cr, suggested_layout);
  pdf_score_chip (pdf, x + kr_columns[3], pdf->y, okr_key_result_get_score (kr));
  cairo_set_source_rgb (pdf->cr, 0.25, 0.25, 0.25);
  cairo_move_to (pdf->cr, x + kr_columns[4], pdf->y);
  pango_cairo_show_layout (pdf->cr, reason);
  pdf->y += h;
}

static void
pdf_objective (Pdf *pdf, OkrRollup *rollup, OkrObjective *objective)
{
  GPtrArray *krs = okr_rollup_get_key_results (rollup, okr_objective_get_id (objective));
  g_autofree char *note = bar_note (objective);
  g_autofree char *progress = okr_format_percent (okr_objective_get_progress (objective));
  g_autofree char *details = NULL;
  g_autoptr(PangoLayout) title = pdf_layout (pdf, okr_objective_get_title (objective), 11, TRUE,
                                             KR_TABLE_WIDTH - 60);

  /* keep the objective with the table's header and its first KR */
  pdf_need (pdf, layout_height (title) + 72);
  pdf->y += 8;
  cairo_set_source_rgb (pdf->cr, 0.05, 0.05, 0.05);
  cairo_move_to (pdf->cr, MARGIN, pdf->y);
  pango_cairo_show_layout (pdf->cr, title);
  pdf_score_chip (pdf, PAGE_WIDTH - MARGIN - 26, pdf->y + 1, okr_objective_get_score (objective));
  pdf->y += layout_height (title) + 1;

  /* Translators: under an objective in the review report: committed or aspirational, its
   * progress, and when it is under its bar, a note saying so. */
  details = note != NULL ? g_strdup_printf (_("%s · progress %s · %s"),
                                            commitment_label (objective), progress, note)
                         : g_strdup_printf (_("%s · progress %s"), commitment_label (objective),
                                            progress);
  pdf_text (pdf, details, 8, note != NULL, note != NULL ? 0.55 : 0.45, 0);
  if (note != NULL)
    {
      /* the flag is also a mark in the margin, not colour alone */
      OkrRgb red;
      okr_draw_status_color (OKR_STATUS_OFF_TRACK, FALSE, &red);
      okr_draw_set_color (pdf->cr, &red, 1.0);
      cairo_rectangle (pdf->cr, MARGIN - 8, pdf->y - 20, 3, 20);
      cairo_fill (pdf->cr);
    }
  pdf->y += 4;
  if (krs->len > 0)
    pdf_kr_header (pdf);
  for (guint k = 0; k < krs->len; k++)
    pdf_kr_row (pdf, krs->pdata[k]);
}

static void
pdf_retrospective (Pdf *pdf, const OkrRetrospective *retro)
{
  const char *labels[3] = { _("What worked"), _("What didn’t"), _("What we change") };
  const char *texts[3] = { retro->went_well, retro->went_badly, retro->to_change };

  if (okr_retrospective_is_empty (retro))
    return;
  pdf_need (pdf, 60);
  pdf->y += 10;
  pdf_text (pdf, _("Retrospective"), 11, TRUE, 0.05, 0);
  for (int i = 0; i < 3; i++)
    {
      if (*texts[i] == '\0')
        continue;
      pdf->y += 4;
      pdf_text (pdf, labels[i], 8.5, TRUE, 0.35, 0);
      pdf_text (pdf, texts[i], TEXT_SIZE, FALSE, 0.1, 0);
    }
}

static void
pdf_title (Pdf *pdf, OkrStore *store, OkrRollup *rollup, OkrUnit *unit)
{
  OkrCycle *cycle = okr_rollup_get_cycle (rollup);
  g_autofree char *start = okr_format_date (okr_cycle_get_start (cycle));
  g_autofree char *end = okr_format_date (okr_cycle_get_end (cycle));
  g_autofree char *title = NULL, *subtitle = NULL;

  /* Translators: the title of the review report: the unit and the cycle ("Sales · Q1
   * 2027"). */
  title = g_strdup_printf (_("%s · %s"), okr_unit_get_name (unit), okr_cycle_get_name (cycle));
  /* Translators: under the title of the review report: the cycle's dates and its state. */
  subtitle = g_strdup_printf (_("Scoring review · %s – %s · %s"), start, end,
                              okr_cycle_state_to_label (okr_cycle_get_state (cycle)));
  pdf_text (pdf, title, 20, TRUE, 0.05, 0);
  pdf->y += 2;
  pdf_text (pdf, subtitle, 10, FALSE, 0.4, 0);

  /* the history of the cycle: closed, reopened and why */
  {
    g_autoptr(GPtrArray) events = okr_review_list_events (store, okr_cycle_get_id (cycle), NULL);
    for (guint i = 0; events != NULL && i < events->len; i++)
      {
        OkrCycleEvent *e = events->pdata[i];
        g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (e->unix_ms / 1000);
        OkrDate day = okr_date_from_ymd (g_date_time_get_year (when),
                                         g_date_time_get_month (when),
                                         g_date_time_get_day_of_month (when));
        g_autofree char *date = okr_format_date (day);
        g_autofree char *line = NULL;

        if (g_strcmp0 (e->kind, OKR_EVENT_CYCLE_REOPENED) == 0)
          /* Translators: a line of a cycle's history: the date and why it was reopened. */
          line = g_strdup_printf (_("Reopened on %s: %s"), date, e->reason);
        else if (g_strcmp0 (e->kind, OKR_EVENT_CYCLE_CLOSED) == 0)
          line = g_strdup_printf (_("Closed on %s"), date);
        else
          continue;
        pdf_text (pdf, line, 8.5, FALSE, 0.4, 0);
      }
  }
}

static void
pdf_summary (Pdf *pdf, OkrRollup *rollup, OkrUnit *unit)
{
  OkrScoreDistribution d;
  g_autofree char *score = okr_format_score (okr_review_overall_score (rollup,
                                                                      okr_unit_get_id (unit)));
  g_autofree char *line = NULL, *counted = NULL;
  const double chart_w = 300, chart_h = 120;

  okr_review_distribution (rollup, okr_unit_get_id (unit), &d);
  pdf->y += 14;
  /* Translators: the score of a whole review (every objective of the unit and the units
   * below it) in the review report. */
  line = g_strdup_printf (_("Overall score %s"), score);
  pdf_text (pdf, line, 14, TRUE, 0.05, 0);
  counted = g_strdup_printf (ngettext ("%u of %u key result scored",
                                       "%u of %u key results scored", d.n_key_results),
                             d.n_scored, d.n_key_results);
  pdf_text (pdf, counted, 9, FALSE, 0.4, 0);
  pdf->y += 8;
  pdf_need (pdf, chart_h);
  cairo_save (pdf->cr);
  cairo_translate (pdf->cr, MARGIN, pdf->y);
  okr_review_chart_draw (pdf->cr, chart_w, chart_h, &d, FALSE);
  cairo_restore (pdf->cr);
  pdf->y += chart_h + 6;
}

static cairo_status_t
write_to_stream (void *closure, const unsigned char *data, unsigned int length)
{
  GOutputStream *out = closure;

  if (!g_output_stream_write_all (out, data, length, NULL, NULL, NULL))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/**
 * okr_review_write_pdf:
 * @file: where to write; replaced whole, only once complete
 *
 * An A4 report: the unit, the cycle and its history, the score and the distribution
 * chart, then unit by unit each objective (score, committed or aspirational, the flag
 * when below its bar) with its KRs (progress, suggested score, score, reason) and the
 * unit's retrospective.
 */
gboolean
okr_review_write_pdf (OkrStore *store, OkrRollup *rollup, gint64 unit_id, GFile *file,
                      GError **error)
{
  g_autoptr(GFileOutputStream) out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE,
                                                     NULL, error);
  g_autoptr(GPtrArray) units = okr_review_list_units (rollup, unit_id);
  g_autofree char *company = okr_store_dup_company_name (store);
  g_autofree char *today = okr_format_date (okr_date_today ());
  cairo_surface_t *surface;
  cairo_status_t status;
  Pdf pdf = { .y = MARGIN, .page = 1 };
  gboolean ok = TRUE;

  if (out == NULL)
    return FALSE;
  if (units->len == 0)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND,
                           _("The unit does not exist."));
      g_output_stream_close (G_OUTPUT_STREAM (out), NULL, NULL);
      return FALSE;
    }
  surface = cairo_pdf_surface_create_for_stream (write_to_stream, out, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Scoring review"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Cascade");
  pdf.cr = cairo_create (surface);
  /* Translators: the footer of each page of the review report: the company and the day
   * it was made. */
  pdf.footer = g_strdup_printf (_("%s · made on %s"), company != NULL ? company : "", today);

  pdf_title (&pdf, store, rollup, units->pdata[0]);
  pdf_summary (&pdf, rollup, units->pdata[0]);
  for (guint u = 0; ok && u < units->len; u++)
    {
      OkrUnit *unit = units->pdata[u];
      GPtrArray *objectives = okr_rollup_get_objectives (rollup, okr_unit_get_id (unit));
      g_auto(OkrRetrospective) retro = { 0 };

      /* a unit with nothing to say gets no section */
      if (!okr_review_get_retrospective (store, okr_unit_get_id (unit),
                                         okr_cycle_get_id (okr_rollup_get_cycle (rollup)),
                                         &retro, error))
        {
          ok = FALSE;
          break;
        }
      if (objectives->len == 0 && okr_retrospective_is_empty (&retro))
        continue;
      if (units->len > 1)
        {
          g_autofree char *score = okr_format_score (okr_unit_get_score (unit));
          /* Translators: a unit's heading in the review report, with its score. */
          g_autofree char *heading = g_strdup_printf (_("%s — score %s"),
                                                      okr_unit_get_name (unit), score);
          /* a unit's heading never ends a page: it keeps its first objective */
          pdf_need (&pdf, 130);
          pdf.y += 16;
          pdf_text (&pdf, heading, 14, TRUE, 0.05, 0);
          cairo_set_source_rgb (pdf.cr, 0.8, 0.8, 0.8);
          cairo_rectangle (pdf.cr, MARGIN, pdf.y + 2, KR_TABLE_WIDTH, 1);
          cairo_fill (pdf.cr);
          pdf.y += 4;
        }
      for (guint o = 0; o < objectives->len; o++)
        pdf_objective (&pdf, rollup, objectives->pdata[o]);
      pdf_retrospective (&pdf, &retro);
    }
  pdf_footer (&pdf);

  cairo_destroy (pdf.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  g_free (pdf.footer);

  if (ok && status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The report could not be written: %s"),
                   cairo_status_to_string (status));
      ok = FALSE;
    }
  if (!ok)
    {
      /* cancelled, the stream leaves what was there before */
      g_autoptr(GCancellable) cancel = g_cancellable_new ();
      g_cancellable_cancel (cancel);
      g_output_stream_close (G_OUTPUT_STREAM (out), cancel, NULL);
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (out), NULL, error);
}
