/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every chart shares: style, measured text, crisp lines, legends, hits, 1-2-5 ticks,
 * and OkrChart, a chart of any kind ready to draw. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "okr-chart-private.h"
#include "okr-format.h"

#define DEFAULT_FONT_FAMILY "Cantarell, Noto Sans, DejaVu Sans, sans-serif"
#define DEFAULT_FONT_SIZE   13.0

/* Exports larger than this are drawn as this layout zoomed: a 1920×1080 slide looks like a
 * 960×540 one, with text in proportion. */
#define REFERENCE_WIDTH     960.0
#define REFERENCE_HEIGHT    540.0

void
okr_chart_style_init (OkrChartStyle *style, gboolean dark)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  style->dark = dark;
  style->font_size = DEFAULT_FONT_SIZE;
}

/* ───────────────────────── context ───────────────────────── */

void
chart_ctx_init (ChartCtx *ctx, const OkrChartStyle *style, OkrChartHits *hits)
{
  cairo_font_options_t *options;

  memset (ctx, 0, sizeof *ctx);
  okr_chart_style_init (&ctx->defaults, FALSE);
  ctx->style = style != NULL ? style : &ctx->defaults;
  ctx->font_size = ctx->style->font_size > 0 ? ctx->style->font_size : DEFAULT_FONT_SIZE;
  ctx->dark = ctx->style->dark;
  ctx->hits = hits;
  if (ctx->dark)
    {
      ctx->fg = (OkrRgb) { 1.0, 1.0, 1.0 };
      ctx->bg = (OkrRgb) { 0.141, 0.141, 0.141 };
    }
  else
    {
      ctx->fg = (OkrRgb) { 0.12, 0.12, 0.14 };
      ctx->bg = (OkrRgb) { 1.0, 1.0, 1.0 };
    }

  /* Unhinted metrics and unrounded glyph positions: a layout measured here is the same
   * whether it is painted at 1×, at 3× or into a PDF, so the 2× image is the 1× image. */
  ctx->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (ctx->pango, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (ctx->pango, FALSE);
}

void
chart_ctx_clear (ChartCtx *ctx)
{
  g_clear_object (&ctx->pango);
}

void
chart_set_fg (const ChartCtx *ctx, cairo_t *cr, double alpha)
{
  okr_draw_set_color (cr, &ctx->fg, alpha);
}

/* ───────────────────────── text ───────────────────────── */

static gint texts_shaped;

guint
okr_chart_count_texts (gboolean reset)
{
  return (guint) (reset ? g_atomic_int_exchange (&texts_shaped, 0)
                        : g_atomic_int_get (&texts_shaped));
}

ChartText *
chart_text_new (ChartCtx *ctx, const char *text, double size, ChartTextFlags flags,
                double max_width, int max_lines)
{
  ChartText *t = g_new0 (ChartText, 1);
  const char *family = ctx->style->font_family != NULL ? ctx->style->font_family
                                                       : DEFAULT_FONT_FAMILY;
  PangoFontDescription *desc = pango_font_description_new ();
  PangoRectangle logical;

  g_atomic_int_inc (&texts_shaped);
  pango_font_description_set_family (desc, family);
  pango_font_description_set_absolute_size (desc, ctx->font_size * size * PANGO_SCALE);
  pango_font_description_set_weight (desc, flags & CHART_TEXT_BOLD ? PANGO_WEIGHT_BOLD
                                                                   : PANGO_WEIGHT_NORMAL);
  t->layout = pango_layout_new (ctx->pango);
  pango_layout_set_font_description (t->layout, desc);
  pango_font_description_free (desc);

  if (flags & CHART_TEXT_TABULAR)
    {
      PangoAttrList *attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
      pango_layout_set_attributes (t->layout, attrs);
      pango_attr_list_unref (attrs);
    }
  if (max_lines <= 1)
    pango_layout_set_single_paragraph_mode (t->layout, TRUE);
  pango_layout_set_text (t->layout, text != NULL ? text : "", -1);
  if (max_width > 0)
    {
      pango_layout_set_width (t->layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (t->layout, PANGO_ELLIPSIZE_END);
      if (max_lines > 1)
        {
          pango_layout_set_wrap (t->layout, PANGO_WRAP_WORD);
          pango_layout_set_height (t->layout, -max_lines);
        }
      if (flags & CHART_TEXT_CENTER)
        pango_layout_set_alignment (t->layout, PANGO_ALIGN_CENTER);
      else if (flags & CHART_TEXT_RIGHT)
        pango_layout_set_alignment (t->layout, PANGO_ALIGN_RIGHT);
    }
  pango_layout_get_extents (t->layout, NULL, &logical);
  /* Words are kept whole unless one is wider than the box: then it is broken, never left
   * to run into its neighbour. */
  if (max_width > 0 && max_lines > 1 && logical.width > max_width * PANGO_SCALE)
    {
      pango_layout_set_wrap (t->layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_get_extents (t->layout, NULL, &logical);
    }
  t->ox = (double) logical.x / PANGO_SCALE;
  t->oy = (double) logical.y / PANGO_SCALE;
  t->width = (double) logical.width / PANGO_SCALE;
  t->height = (double) logical.height / PANGO_SCALE;
  t->ellipsized = pango_layout_is_ellipsized (t->layout);
  chart_note_missing_glyphs (t->layout);
  return t;
}

static gint missing_glyphs;

void
chart_note_missing_glyphs (PangoLayout *layout)
{
  int n = pango_layout_get_unknown_glyphs_count (layout);

  if (n > 0)
    g_atomic_int_add (&missing_glyphs, n);
}

guint
okr_chart_count_missing_glyphs (gboolean reset)
{
  return (guint) (reset ? g_atomic_int_exchange (&missing_glyphs, 0)
                        : g_atomic_int_get (&missing_glyphs));
}

void
chart_text_free (ChartText *text)
{
  if (text == NULL)
    return;
  g_clear_object (&text->layout);
  g_free (text);
}

void
chart_text_paint (cairo_t *cr, const ChartText *text, double x, double y)
{
  if (text == NULL)
    return;
  cairo_move_to (cr, x - text->ox, y - text->oy);
  pango_cairo_show_layout (cr, text->layout);
  /* Showing text leaves a current point: the next arc would draw a line from it. */
  cairo_new_path (cr);
}

double
chart_line_height (ChartCtx *ctx, double size)
{
  g_autoptr(ChartText) probe = chart_text_new (ctx, "Ág", size, 0, -1, 1);
  return probe->height;
}

/* ───────────────────────── crisp lines ───────────────────────── */

double
chart_device_scale (cairo_t *cr)
{
  double dx = 1, dy = 0;

  cairo_user_to_device_distance (cr, &dx, &dy);
  return MAX (hypot (dx, dy), 1e-6);
}

/* Moves @v (an x when @is_x) so that a line @width wide is sharp in device pixels, and
 * returns the device-rounded width through @width. */
static double
snap_line (cairo_t *cr, double v, double *width, gboolean is_x)
{
  double s = chart_device_scale (cr);
  double device_width = MAX (1.0, round (*width * s));
  double x = is_x ? v : 0, y = is_x ? 0 : v;
  double d;

  cairo_user_to_device (cr, &x, &y);
  d = is_x ? x : y;
  d = fmod (device_width, 2.0) == 1.0 ? floor (d) + 0.5 : round (d);
  if (is_x)
    x = d;
  else
    y = d;
  cairo_device_to_user (cr, &x, &y);
  *width = device_width / s;
  return is_x ? x : y;
}

void
chart_stroke_hline (cairo_t *cr, double x0, double x1, double y, double width)
{
  double w = width;
  double sy = snap_line (cr, y, &w, FALSE);

  cairo_set_line_width (cr, w);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_move_to (cr, chart_snap_x (cr, x0), sy);
  cairo_line_to (cr, chart_snap_x (cr, x1), sy);
  cairo_stroke (cr);
}

void
chart_stroke_vline (cairo_t *cr, double x, double y0, double y1, double width)
{
  double w = width;
  double sx = snap_line (cr, x, &w, TRUE);

  cairo_set_line_width (cr, w);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_move_to (cr, sx, chart_snap_y (cr, y0));
  cairo_line_to (cr, sx, chart_snap_y (cr, y1));
  cairo_stroke (cr);
}

static double
snap_edge (cairo_t *cr, double v, gboolean is_x)
{
  double x = is_x ? v : 0, y = is_x ? 0 : v;

  cairo_user_to_device (cr, &x, &y);
  if (is_x)
    x = round (x);
  else
    y = round (y);
  cairo_device_to_user (cr, &x, &y);
  return is_x ? x : y;
}

double
chart_snap_x (cairo_t *cr, double x)
{
  return snap_edge (cr, x, TRUE);
}

double
chart_snap_y (cairo_t *cr, double y)
{
  return snap_edge (cr, y, FALSE);
}

void
chart_rounded_rect (cairo_t *cr, double x, double y, double w, double h, double r)
{
  r = MIN (r, MIN (w, h) / 2);
  if (r <= 0)
    {
      cairo_rectangle (cr, x, y, w, h);
      return;
    }
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

void
chart_paint_background (const ChartCtx *ctx, cairo_t *cr, double width, double height)
{
  if (ctx->style->transparent)
    return;
  okr_draw_set_color (cr, &ctx->bg, 1.0);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

void
chart_draw (cairo_t *cr, double width, double height, const OkrChartStyle *style,
            OkrChartHits *hits, const char *no_data_why, ChartBody body, gconstpointer data)
{
  ChartCtx ctx;

  chart_ctx_init (&ctx, style, hits);
  cairo_save (cr);
  if (no_data_why != NULL)
    chart_paint_no_data (&ctx, cr, width, height, no_data_why);
  else
    {
      chart_paint_background (&ctx, cr, width, height);
      body (&ctx, cr, width, height, data);
    }
  cairo_restore (cr);
  chart_ctx_clear (&ctx);
}

void
chart_paint_no_data (ChartCtx *ctx, cairo_t *cr, double width, double height, const char *why)
{
  double max_w = MAX (width * 0.86, 10);
  g_autoptr(ChartText) title = chart_text_new (ctx, _("No data yet"), 1.15, CHART_TEXT_BOLD |
                                               CHART_TEXT_CENTER, max_w, 1);
  g_autoptr(ChartText) reason = why != NULL ? chart_text_new (ctx, why, 0.92, CHART_TEXT_CENTER,
                                                              max_w, 3) : NULL;
  double icon = MIN (MIN (width, height) * 0.22, ctx->font_size * 4);
  double gap = ctx->font_size * 0.5;
  double total = title->height + (reason != NULL ? gap + reason->height : 0);
  double y;

  chart_paint_background (ctx, cr, width, height);
  /* An empty axis with three empty bars: a picture of "nothing measured yet". */
  if (height > total + icon + 3 * gap)
    total += icon + 2 * gap;
  else
    icon = 0;
  y = (height - total) / 2;
  if (icon > 0)
    {
      double x0 = (width - icon) / 2;

      chart_set_fg (ctx, cr, CHART_ALPHA_GRID * 2);
      for (int i = 0; i < 3; i++)
        {
          double bh = icon * (0.35 + 0.25 * i);
          chart_rounded_rect (cr, x0 + icon * (0.12 + 0.28 * i), y + icon - bh, icon * 0.2, bh,
                              icon * 0.04);
          cairo_fill (cr);
        }
      chart_stroke_hline (cr, x0, x0 + icon, y + icon, 1);
      y += icon + 2 * gap;
    }
  chart_set_fg (ctx, cr, CHART_ALPHA_MUTED);
  chart_text_paint (cr, title, (width - title->width) / 2, y);
  if (reason != NULL)
    chart_text_paint (cr, reason, (width - reason->width) / 2, y + title->height + gap);
}

/* ───────────────────────── legends ───────────────────────── */

void
chart_legend_init (ChartLegend *legend)
{
  memset (legend, 0, sizeof *legend);
  legend->items = g_array_new (FALSE, TRUE, sizeof (ChartLegendItem));
}

void
chart_legend_clear (ChartLegend *legend)
{
  if (legend->items == NULL)
    return;
  for (guint i = 0; i < legend->items->len; i++)
    chart_text_free (g_array_index (legend->items, ChartLegendItem, i).text);
  g_clear_pointer (&legend->items, g_array_unref);
}

void
chart_legend_add (ChartCtx *ctx, ChartLegend *legend, ChartMark mark, OkrStatus status,
                  const OkrRgb *rgb, const char *label)
{
  ChartLegendItem item = { mark, status, { 0, 0, 0 }, NULL, 0, 0 };

  if (rgb != NULL)
    item.rgb = *rgb;
  item.text = chart_text_new (ctx, label, 0.85, 0, -1, 1);
  g_array_append_val (legend->items, item);
}

void
chart_legend_add_statuses (ChartCtx *ctx, ChartLegend *legend,
                           const gboolean present[OKR_STATUS_N])
{
  /* Best first, as a reader scans: done, on track, at risk, off track, not started. */
  for (int s = OKR_STATUS_DONE; s >= 0; s--)
    {
      OkrStatus status = s == OKR_STATUS_NOT_STARTED ? OKR_STATUS_NOT_STARTED : (OkrStatus) s;
      if (present[status])
        chart_legend_add (ctx, legend, CHART_MARK_STATUS, status, NULL,
                          okr_status_to_label (status));
    }
}

static double
mark_width (ChartCtx *ctx, ChartMark mark)
{
  return mark == CHART_MARK_LINE || mark == CHART_MARK_DASH ? ctx->font_size * 1.6
                                                            : ctx->font_size * 0.8;
}

void
chart_legend_layout (ChartCtx *ctx, ChartLegend *legend, double max_width)
{
  double gap = ctx->font_size * 0.4, spacing = ctx->font_size * 1.1;
  double x = 0, y = 0, line_h = 0;

  legend->width = legend->height = 0;
  for (guint i = 0; i < legend->items->len; i++)
    {
      ChartLegendItem *item = &g_array_index (legend->items, ChartLegendItem, i);
      double mw = mark_width (ctx, item->mark);
      double w = mw + gap + item->text->width;

      if (x > 0 && x + w > max_width)
        {
          x = 0;
          y += line_h + ctx->font_size * 0.3;
          line_h = 0;
        }
      /* An item wider than the whole line gets its label ellipsized. */
      if (w > max_width && max_width > mw + gap)
        {
          g_autofree char *label = g_strdup (pango_layout_get_text (item->text->layout));
          chart_text_free (item->text);
          item->text = chart_text_new (ctx, label, 0.85, 0, max_width - mw - gap, 1);
          w = mw + gap + item->text->width;
        }
      item->x = x;
      item->y = y;
      line_h = MAX (line_h, item->text->height);
      legend->width = MAX (legend->width, x + w);
      x += w + spacing;
    }
  legend->height = legend->items->len > 0 ? y + line_h : 0;
}

void
chart_paint_stripes (cairo_t *cr, const OkrRgb *rgb, double x, double y, double w, double h,
                     double spacing)
{
  cairo_save (cr);
  okr_draw_set_color (cr, rgb, 0.3);
  cairo_rectangle (cr, x, y, w, h);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  okr_draw_set_color (cr, rgb, 1.0);
  cairo_set_line_width (cr, spacing * 0.4);
  for (double d = -h; d < w + h; d += spacing)
    {
      cairo_move_to (cr, x + d, y + h);
      cairo_line_to (cr, x + d + h, y);
    }
  cairo_stroke (cr);
  cairo_set_line_width (cr, 2);
  cairo_rectangle (cr, x, y, w, h);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
chart_paint_mark (ChartCtx *ctx, cairo_t *cr, ChartMark mark, OkrStatus status,
                  const OkrRgb *rgb, double cx, double cy, double size)
{
  static const double dash[] = { 4, 3 };

  switch (mark)
    {
    case CHART_MARK_STATUS:
      okr_draw_status_shape (cr, status, cx, cy, size, ctx->dark);
      break;
    case CHART_MARK_SWATCH:
      okr_draw_set_color (cr, rgb, 1.0);
      chart_rounded_rect (cr, cx - size / 2, cy - size / 2, size, size, size * 0.2);
      cairo_fill (cr);
      break;
    case CHART_MARK_STRIPES:
      chart_paint_stripes (cr, rgb, cx - size / 2, cy - size / 2, size, size, size / 3);
      break;
    case CHART_MARK_LINE:
    case CHART_MARK_DASH:
      cairo_save (cr);
      okr_draw_set_color (cr, rgb, 1.0);
      if (mark == CHART_MARK_DASH)
        cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      chart_stroke_hline (cr, cx - size, cx + size, cy, 2);
      cairo_restore (cr);
      break;
    default:
      g_assert_not_reached ();
    }
}

void
chart_legend_paint (ChartCtx *ctx, cairo_t *cr, const ChartLegend *legend, double x, double y)
{
  double gap = ctx->font_size * 0.4;

  for (guint i = 0; i < legend->items->len; i++)
    {
      const ChartLegendItem *item = &g_array_index (legend->items, ChartLegendItem, i);
      double mw = mark_width (ctx, item->mark);
      double cy = y + item->y + item->text->height / 2;
      double size = item->mark == CHART_MARK_LINE || item->mark == CHART_MARK_DASH
                    ? mw / 2 : mw;

      chart_paint_mark (ctx, cr, item->mark, item->status, &item->rgb, x + item->x + mw / 2, cy,
                        size);
      chart_set_fg (ctx, cr, CHART_ALPHA_MUTED);
      chart_text_paint (cr, item->text, x + item->x + mw + gap, y + item->y);
    }
}

/* ───────────────────────── hits ───────────────────────── */

typedef struct {
  double dx, dy, scale;
} HitTransform;

struct _OkrChartHits {
  GArray *hits;        /* OkrChartHit */
  GArray *transforms;  /* HitTransform: the current one last */
};

static void
clear_hit (gpointer data)
{
  OkrChartHit *hit = data;
  g_clear_pointer (&hit->tooltip, g_free);
}

OkrChartHits *
okr_chart_hits_new (void)
{
  OkrChartHits *hits = g_new0 (OkrChartHits, 1);

  hits->hits = g_array_new (FALSE, TRUE, sizeof (OkrChartHit));
  g_array_set_clear_func (hits->hits, clear_hit);
  hits->transforms = g_array_new (FALSE, FALSE, sizeof (HitTransform));
  return hits;
}

void
okr_chart_hits_free (OkrChartHits *hits)
{
  if (hits == NULL)
    return;
  g_array_unref (hits->hits);
  g_array_unref (hits->transforms);
  g_free (hits);
}

void
okr_chart_hits_clear (OkrChartHits *hits)
{
  g_return_if_fail (hits != NULL);
  g_array_set_size (hits->hits, 0);
  g_array_set_size (hits->transforms, 0);
}

guint
okr_chart_hits_get_n (const OkrChartHits *hits)
{
  g_return_val_if_fail (hits != NULL, 0);
  return hits->hits->len;
}

const OkrChartHit *
okr_chart_hits_get (const OkrChartHits *hits, guint index)
{
  g_return_val_if_fail (hits != NULL && index < hits->hits->len, NULL);
  return &g_array_index (hits->hits, OkrChartHit, index);
}

static gboolean
hit_contains (const OkrChartHit *hit, double x, double y)
{
  if (x < hit->x || y < hit->y || x >= hit->x + hit->width || y >= hit->y + hit->height)
    return FALSE;
  if (hit->is_sector)
    {
      double r = hypot (x - hit->cx, y - hit->cy);
      double a = atan2 (y - hit->cy, x - hit->cx);

      if (r < hit->radius_inner || r > hit->radius_outer)
        return FALSE;
      while (a < hit->angle_start)
        a += 2 * G_PI;
      return a <= hit->angle_end;
    }
  return TRUE;
}

const OkrChartHit *
okr_chart_hits_find (const OkrChartHits *hits, double x, double y)
{
  g_return_val_if_fail (hits != NULL, NULL);

  for (guint i = hits->hits->len; i > 0; i--)
    {
      const OkrChartHit *hit = &g_array_index (hits->hits, OkrChartHit, i - 1);
      if (hit_contains (hit, x, y))
        return hit;
    }
  return NULL;
}

void
okr_chart_hits_push_transform (OkrChartHits *hits, double dx, double dy, double scale)
{
  HitTransform t = { dx, dy, scale };

  if (hits == NULL)
    return;
  if (hits->transforms->len > 0)
    {
      const HitTransform *outer = &g_array_index (hits->transforms, HitTransform,
                                                  hits->transforms->len - 1);
      t.dx = outer->dx + dx * outer->scale;
      t.dy = outer->dy + dy * outer->scale;
      t.scale = outer->scale * scale;
    }
  g_array_append_val (hits->transforms, t);
}

void
okr_chart_hits_pop_transform (OkrChartHits *hits)
{
  if (hits != NULL && hits->transforms->len > 0)
    g_array_set_size (hits->transforms, hits->transforms->len - 1);
}

static void
add_hit (OkrChartHits *hits, OkrChartHit *hit)
{
  if (hits->transforms->len > 0)
    {
      const HitTransform *t = &g_array_index (hits->transforms, HitTransform,
                                              hits->transforms->len - 1);
      hit->x = t->dx + hit->x * t->scale;
      hit->y = t->dy + hit->y * t->scale;
      hit->width *= t->scale;
      hit->height *= t->scale;
      hit->cx = t->dx + hit->cx * t->scale;
      hit->cy = t->dy + hit->cy * t->scale;
      hit->radius_inner *= t->scale;
      hit->radius_outer *= t->scale;
    }
  g_array_append_val (hits->hits, *hit);
}

void
chart_hit_rect (ChartCtx *ctx, double x, double y, double w, double h, OkrChartTarget target,
                char *tooltip)
{
  OkrChartHit hit = { 0 };

  if (ctx->hits == NULL)
    {
      g_free (tooltip);
      return;
    }
  hit.x = x;
  hit.y = y;
  hit.width = w;
  hit.height = h;
  hit.target = target;
  hit.tooltip = tooltip;
  add_hit (ctx->hits, &hit);
}

void
chart_hit_sector (ChartCtx *ctx, double cx, double cy, double r0, double r1, double a0,
                  double a1, OkrChartTarget target, char *tooltip)
{
  OkrChartHit hit = { 0 };

  if (ctx->hits == NULL)
    {
      g_free (tooltip);
      return;
    }
  hit.x = cx - r1;
  hit.y = cy - r1;
  hit.width = hit.height = 2 * r1;
  hit.is_sector = TRUE;
  hit.cx = cx;
  hit.cy = cy;
  hit.radius_inner = r0;
  hit.radius_outer = r1;
  hit.angle_start = a0;
  hit.angle_end = a1;
  hit.target = target;
  hit.tooltip = tooltip;
  add_hit (ctx->hits, &hit);
}

/* ───────────────────────── words and numbers ───────────────────────── */

char *
chart_percent (double fraction)
{
  if (!isfinite (fraction))
    return g_strdup ("—");
  return okr_format_percent (fraction);
}

char *
chart_kr_value (OkrKrKind kind, double value, const char *unit_label)
{
  return okr_format_kr_value (kind, value, unit_label);
}

char *
chart_progress_tooltip (const char *title, double progress_raw, double expected,
                        OkrStatus status)
{
  g_autofree char *progress = chart_percent (progress_raw);

  if (isfinite (expected))
    {
      g_autofree char *exp = chart_percent (expected);
      /* Translators: a chart's tooltip: the title on the first line, then e.g.
       * "At risk · 35% done, 50% expected by today". */
      return g_strdup_printf (_("%1$s\n%2$s · %3$s done, %4$s expected by today"), title,
                              okr_status_to_label (status), progress, exp);
    }
  /* Translators: a chart's tooltip: the title, then e.g. "On track · 35% done". */
  return g_strdup_printf (_("%1$s\n%2$s · %3$s done"), title, okr_status_to_label (status),
                          progress);
}

/* ───────────────────────── ticks ───────────────────────── */

void
okr_chart_nice_ticks (double lo, double hi, int max_intervals, double *first, double *step,
                      int *n)
{
  static const double steps[] = { 1, 2, 5 };
  double raw, magnitude, s = 1, last;

  g_return_if_fail (first != NULL && step != NULL && n != NULL);

  if (!isfinite (lo) || !isfinite (hi))
    lo = 0, hi = 1;
  if (hi < lo)
    {
      double t = lo;
      lo = hi;
      hi = t;
    }
  if (hi - lo < 1e-12)
    {
      /* One value: a range around it that starts at zero when the value is positive. */
      double pad = fabs (lo) > 0 ? fabs (lo) * 0.5 : 1;
      lo = lo > 0 ? 0 : lo - pad;
      hi = hi + pad;
    }
  max_intervals = MAX (max_intervals, 1);
  raw = (hi - lo) / max_intervals;
  magnitude = pow (10, floor (log10 (raw)));
  /* The smallest 1-2-5 step that covers the range, both ends rounded outwards, in at
   * most max_intervals steps. */
  for (guint i = 0; i < 3 * G_N_ELEMENTS (steps); i++)
    {
      s = steps[i % G_N_ELEMENTS (steps)] * magnitude * pow (10, i / G_N_ELEMENTS (steps));
      if (ceil (hi / s - 1e-9) - floor (lo / s + 1e-9) <= max_intervals)
        break;
    }
  *first = floor (lo / s + 1e-9) * s;
  last = ceil (hi / s - 1e-9) * s;
  *step = s;
  *n = (int) round ((last - *first) / s) + 1;
}

/* ───────────────────────── any chart ───────────────────────── */

struct _OkrChart {
  gatomicrefcount ref_count;
  OkrChartKind    kind;
  gpointer        data;
  char           *title;
  char           *subtitle;
};

static const char *const kind_ids[OKR_CHART_N_KINDS] = {
  [OKR_CHART_RING] = "ring",
  [OKR_CHART_OBJECTIVES] = "objectives",
  [OKR_CHART_UNITS] = "units",
  [OKR_CHART_PACE] = "pace",
  [OKR_CHART_STATUS] = "status",
  [OKR_CHART_HEATMAP] = "heatmap",
  [OKR_CHART_SCORES] = "scores",
  [OKR_CHART_ALIGNMENT] = "alignment",
};

const char *
okr_chart_kind_to_string (OkrChartKind kind)
{
  g_return_val_if_fail (kind < OKR_CHART_N_KINDS, NULL);
  return kind_ids[kind];
}

gboolean
okr_chart_kind_from_string (const char *str, OkrChartKind *kind)
{
  for (guint i = 0; str != NULL && i < OKR_CHART_N_KINDS; i++)
    if (g_str_equal (kind_ids[i], str))
      {
        *kind = (OkrChartKind) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * okr_chart_new:
 * @data: (transfer full): the data of @kind (an OkrChartRingData for OKR_CHART_RING, an
 *   OkrChartBarsData for objectives and units, …), freed with the chart
 */
OkrChart *
okr_chart_new (OkrChartKind kind, gpointer data, const char *title, const char *subtitle)
{
  OkrChart *chart;

  g_return_val_if_fail (kind < OKR_CHART_N_KINDS, NULL);
  g_return_val_if_fail (data != NULL, NULL);

  chart = g_new0 (OkrChart, 1);
  g_atomic_ref_count_init (&chart->ref_count);
  chart->kind = kind;
  chart->data = data;
  chart->title = g_strdup (title != NULL ? title : "");
  chart->subtitle = g_strdup (subtitle != NULL ? subtitle : "");
  return chart;
}

OkrChart *
okr_chart_ref (OkrChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);
  g_atomic_ref_count_inc (&chart->ref_count);
  return chart;
}

static void
free_data (OkrChartKind kind, gpointer data)
{
  switch (kind)
    {
    case OKR_CHART_RING:
      okr_chart_ring_data_free (data);
      break;
    case OKR_CHART_OBJECTIVES:
    case OKR_CHART_UNITS:
      okr_chart_bars_data_free (data);
      break;
    case OKR_CHART_PACE:
      okr_chart_pace_data_free (data);
      break;
    case OKR_CHART_STATUS:
      okr_chart_status_data_free (data);
      break;
    case OKR_CHART_HEATMAP:
      okr_chart_heatmap_data_free (data);
      break;
    case OKR_CHART_SCORES:
      okr_chart_scores_data_free (data);
      break;
    case OKR_CHART_ALIGNMENT:
      okr_chart_alignment_data_free (data);
      break;
    default:
      g_assert_not_reached ();
    }
}

void
okr_chart_unref (OkrChart *chart)
{
  g_return_if_fail (chart != NULL);

  if (!g_atomic_ref_count_dec (&chart->ref_count))
    return;
  free_data (chart->kind, chart->data);
  g_free (chart->title);
  g_free (chart->subtitle);
  g_free (chart);
}

OkrChartKind
okr_chart_get_kind (OkrChart *chart)
{
  return chart->kind;
}

gconstpointer
okr_chart_get_data (OkrChart *chart)
{
  return chart->data;
}

const char *
okr_chart_get_title (OkrChart *chart)
{
  return chart->title;
}

const char *
okr_chart_get_subtitle (OkrChart *chart)
{
  return chart->subtitle;
}

/* Letters and digits of @text in ASCII ("Kinh doanh · Q1" → "kinh-doanh-q1"). */
static void
append_slug (GString *out, const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  gboolean dash = out->len > 0;

  for (const char *p = ascii; *p != '\0' && out->len < 60; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && out->len > 0)
            g_string_append_c (out, '-');
          g_string_append_c (out, g_ascii_tolower (*p));
          dash = FALSE;
        }
      else
        dash = TRUE;
    }
}

char *
okr_chart_dup_file_stem (OkrChart *chart)
{
  GString *stem = g_string_new (NULL);

  append_slug (stem, chart->subtitle);
  append_slug (stem, kind_ids[chart->kind]);
  return g_string_free (stem, FALSE);
}

static void
draw_kind (OkrChart *chart, cairo_t *cr, double w, double h, const OkrChartStyle *style,
           OkrChartHits *hits)
{
  switch (chart->kind)
    {
    case OKR_CHART_RING:
      okr_chart_ring_draw (cr, w, h, chart->data, style, hits);
      break;
    case OKR_CHART_OBJECTIVES:
      okr_chart_objectives_draw (cr, w, h, chart->data, style, hits);
      break;
    case OKR_CHART_UNITS:
      okr_chart_units_draw (cr, w, h, chart->data, style, hits);
      break;
    case OKR_CHART_PACE:
      okr_chart_pace_draw (cr, w, h, chart->data, style, hits);
      break;
    case OKR_CHART_STATUS:
      okr_chart_status_draw (cr, w, h, chart->data, style, hits);
      break;
    case OKR_CHART_HEATMAP:
      okr_chart_heatmap_draw (cr, w, h, chart->data, style, hits);
      break;
    case OKR_CHART_SCORES:
      okr_chart_scores_draw (cr, w, h, chart->data, style, hits);
      break;
    case OKR_CHART_ALIGNMENT:
      okr_chart_alignment_draw (cr, w, h, chart->data, style, hits);
      break;
    default:
      g_assert_not_reached ();
    }
}

void
okr_chart_draw (OkrChart *chart, cairo_t *cr, double width, double height,
                const OkrChartStyle *style, OkrChartHits *hits)
{
  ChartCtx ctx;
  OkrChartStyle inner;
  double zoom, w, h, pad, top;

  g_return_if_fail (chart != NULL && cr != NULL);

  chart_ctx_init (&ctx, style, hits);
  inner = *ctx.style;
  inner.transparent = TRUE;
  zoom = MAX (1.0, MIN (width / REFERENCE_WIDTH, height / REFERENCE_HEIGHT));
  w = width / zoom;
  h = height / zoom;

  cairo_save (cr);
  chart_paint_background (&ctx, cr, width, height);
  cairo_scale (cr, zoom, zoom);
  pad = ctx.style->show_title ? ctx.font_size * 1.4 : 0;
  top = pad;
  if (ctx.style->show_title && h > ctx.font_size * 12)
    {
      g_autoptr(ChartText) title = chart_text_new (&ctx, chart->title, 1.4, CHART_TEXT_BOLD,
                                                   w - 2 * pad, 1);
      g_autoptr(ChartText) subtitle = chart_text_new (&ctx, chart->subtitle, 0.95, 0,
                                                      w - 2 * pad, 1);
      chart_set_fg (&ctx, cr, 1.0);
      chart_text_paint (cr, title, pad, top);
      top += title->height + ctx.font_size * 0.15;
      if (*chart->subtitle != '\0')
        {
          chart_set_fg (&ctx, cr, CHART_ALPHA_MUTED);
          chart_text_paint (cr, subtitle, pad, top);
          top += subtitle->height;
        }
      top += ctx.font_size * 1.0;
    }
  cairo_translate (cr, pad, top);
  okr_chart_hits_push_transform (hits, 0, 0, zoom);
  okr_chart_hits_push_transform (hits, pad, top, 1);
  draw_kind (chart, cr, MAX (w - 2 * pad, 1), MAX (h - top - pad, 1), &inner, hits);
  okr_chart_hits_pop_transform (hits);
  okr_chart_hits_pop_transform (hits);
  cairo_restore (cr);
  chart_ctx_clear (&ctx);
}
