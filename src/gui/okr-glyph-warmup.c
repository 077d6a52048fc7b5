/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "okr-glyph-warmup.h"

#include <math.h>
#include <pango/pangocairo.h>

/* Before the first window can be drawn, cairo loads every letter it shows from the font file,
 * once per font and size, hinted by FreeType: for the demo's first screen, 1,019 loads in nine
 * fonts, 7 % of the main thread's work from start to first frame. cairo keeps those letters
 * for the whole process, in fonts shared by every thread that asks for the same face, size and
 * options. So while the main thread loads libadwaita's style sheet and builds the window, this
 * thread draws the same letters in the same fonts, with a font map of its own (Pango's are per
 * thread), and the window finds them ready. Nothing is shown; cairo's fonts are all it keeps. */

typedef struct {
  double      size;     /* a multiple of the body text's size, or points if in_points */
  gboolean    in_points;
  PangoWeight weight;
  PangoStyle  style;
} TextStyle;

/* The text styles of the first window, as libadwaita 1.2's style sheet and ours make them
 * (a test checks that the demo's first screen asks for no other). */
static const TextStyle first_window_styles[] = {
  { 1.0, FALSE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },  /* body text */
  { 1.0, FALSE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },    /* buttons, titles */
  { 1.0, FALSE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC },  /* an aligned objective */
  { 1 / 1.2, FALSE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL }, /* "smaller": subtitles */
  { 1 / 1.2, FALSE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },   /* status pills, badges */
  { 0.75, FALSE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },   /* the bar of views (0.75rem) */
  { 9, TRUE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },     /* .caption */
  { 9, TRUE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC },     /* an aligned objective's line */
  { 11, TRUE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },      /* .heading */
};

typedef struct {
  GPtrArray            *fonts;    /* PangoFontDescription */
  cairo_font_options_t *options;
  double                resolution;
  gboolean              round_positions;
  char                 *letters;
} Warmup;

static GThread   *warmup_thread;
static GPtrArray *warmed;        /* cairo_scaled_font_t, held */

GPtrArray *
okr_glyph_warmup_fonts (GtkSettings *settings)
{
  GPtrArray *fonts = g_ptr_array_new_with_free_func ((GDestroyNotify) pango_font_description_free);
  g_autofree char *name = NULL;
  g_autoptr(PangoFontDescription) base = NULL;
  int xft_dpi = 0;
  double dpi, body_px;

  g_object_get (settings, "gtk-font-name", &name, "gtk-xft-dpi", &xft_dpi, NULL);
  base = pango_font_description_from_string (name != NULL ? name : "Sans 10");
  /* as GTK's style machinery turns them into pixels */
  dpi = xft_dpi > 0 ? xft_dpi / 1024.0 : 96.0;
  body_px = pango_font_description_get_size (base) / (double) PANGO_SCALE;
  if (body_px <= 0)
    body_px = 10;
  if (!pango_font_description_get_size_is_absolute (base))
    body_px *= dpi / 72.0;
  for (guint i = 0; i < G_N_ELEMENTS (first_window_styles); i++)
    {
      const TextStyle *s = &first_window_styles[i];
      PangoFontDescription *font = pango_font_description_copy (base);
      double px = s->in_points ? s->size * dpi / 72.0 : s->size * body_px;

      pango_font_description_set_absolute_size (font, round (px * PANGO_SCALE));
      pango_font_description_set_weight (font, s->weight);
      pango_font_description_set_style (font, s->style);
      g_ptr_array_add (fonts, font);
    }
  return fonts;
}

/* The letters to draw: ASCII and the punctuation the window uses, and Vietnamese's letters
 * when the window speaks it. */
static char *
letters_for_language (void)
{
  GString *letters = g_string_new (NULL);
  const char * const *languages = g_get_language_names ();

  for (gunichar c = 0x20; c < 0x7f; c++)
    g_string_append_unichar (letters, c);
  g_string_append (letters, "…–—‘’“”•·×−↑↓→");
  for (guint i = 0; languages[i] != NULL; i++)
    if (g_str_has_prefix (languages[i], "vi"))
      {
        g_string_append (letters, "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư");
        for (gunichar c = 0x1EA0; c <= 0x1EF9; c++)
          g_string_append_unichar (letters, c);
        break;
      }
  return g_string_free (letters, FALSE);
}

static gpointer
warmup_run (gpointer data)
{
  Warmup *w = data;
  PangoFontMap *map = pango_cairo_font_map_new ();
  PangoContext *context = pango_font_map_create_context (map);
  PangoLayout *layout;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1024, 192);
  cairo_t *cr = cairo_create (surface);
  GPtrArray *scaled = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_scaled_font_destroy);

  pango_cairo_context_set_font_options (context, w->options);
  pango_cairo_context_set_resolution (context, w->resolution);
  pango_context_set_round_glyph_positions (context, w->round_positions);
  layout = pango_layout_new (context);
  pango_layout_set_text (layout, w->letters, -1);
  pango_layout_set_width (layout, 1000 * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_CHAR);
  for (guint i = 0; i < w->fonts->len; i++)
    {
      const PangoFontDescription *desc = g_ptr_array_index (w->fonts, i);
      g_autoptr(PangoFont) font = pango_context_load_font (context, desc);

      pango_layout_set_font_description (layout, desc);
      cairo_move_to (cr, 0, 0);
      /* drawn, not only measured: cairo keeps each letter's image with its font */
      pango_cairo_show_layout (cr, layout);
      if (PANGO_IS_CAIRO_FONT (font))
        g_ptr_array_add (scaled, cairo_scaled_font_reference (
                                   pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (font))));
    }
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_object_unref (context);
  g_object_unref (map);
  g_ptr_array_unref (w->fonts);
  cairo_font_options_destroy (w->options);
  g_free (w->letters);
  g_free (w);
  return scaled;
}

void
okr_glyph_warmup_start (void)
{
  static gsize started;
  g_autoptr(GtkWidget) label = NULL;
  PangoContext *context;
  const cairo_font_options_t *options;
  Warmup *w;

  if (!g_once_init_enter (&started))
    return;
  /* a label's context has the options and resolution GTK gives the window's text */
  label = g_object_ref_sink (gtk_label_new (NULL));
  context = gtk_widget_get_pango_context (label);
  options = pango_cairo_context_get_font_options (context);
  w = g_new0 (Warmup, 1);
  w->fonts = okr_glyph_warmup_fonts (gtk_settings_get_default ());
  w->options = options != NULL ? cairo_font_options_copy (options) : cairo_font_options_create ();
  w->resolution = pango_cairo_context_get_resolution (context);
  w->round_positions = pango_context_get_round_glyph_positions (context);
  w->letters = letters_for_language ();
  warmup_thread = g_thread_new ("glyph-warmup", warmup_run, w);
  g_once_init_leave (&started, 1);
}

GPtrArray *
okr_glyph_warmup_join (void)
{
  if (warmup_thread != NULL)
    warmed = g_thread_join (g_steal_pointer (&warmup_thread));
  return warmed;
}
