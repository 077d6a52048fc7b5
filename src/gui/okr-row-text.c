/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "okr-row-text.h"

/* A line or two of text, for the rows of long lists, which bind new rows on every frame of a
 * scroll. GtkLabel lays its text out again each time it is measured at another width, and
 * GTK measures a new row several times; each layout shapes the whole text with HarfBuzz,
 * and a profile of the cascade scrolled end to end put two thirds of every frame there.
 * This widget shapes its text once when it is set, and again only for a width it has not
 * seen: its single-line size is kept, and its last height-for-width answer.
 *
 * Its CSS name is "label", so every style for labels (heading, caption, dim-label, the
 * status pill, the italic of an aligned objective) applies to it unchanged. */
struct _OkrRowText {
  GtkWidget             parent_instance;

  char                 *text;
  int                   lines;        /* 1 or 2 */
  gboolean              ellipsize;
  gboolean              tabular;
  float                 xalign;
  int                   width_chars;

  PangoLayout          *layout;       /* NULL: to be made from the text */
  PangoFontDescription *font;         /* the font the metrics below are for; NULL: to measure */
  int                   natural;      /* the text on one line, in pixels */
  int                   line_height;
  int                   reserved;     /* width_chars digits */
  int                   ellipsis;     /* "…" */
  int                   layout_width; /* the width the layout is set to, −1 none */
  int                   asked_width;  /* the last height-for-width question… */
  int                   answer;       /* …and its answer */
  guint                 n_shaped;
};

G_DEFINE_FINAL_TYPE (OkrRowText, okr_row_text, GTK_TYPE_WIDGET)

static PangoLayout *
make_layout (GtkWidget *widget, const char *text, gboolean tabular)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);

  if (tabular)
    {
      PangoAttrList *attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  return layout;
}

/* The width of @text in @widget's font, measured once per font for the whole program. */
static int
text_width (GtkWidget *widget, const PangoFontDescription *font, gboolean tabular,
            const char *text)
{
  static GHashTable *widths;
  g_autofree char *name = pango_font_description_to_string (font);
  char *key = g_strdup_printf ("%s|%d|%s", name, tabular, text);
  gpointer width;

  if (widths == NULL)
    widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!g_hash_table_lookup_extended (widths, key, NULL, &width))
    {
      g_autoptr(PangoLayout) layout = make_layout (widget, text, tabular);
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      width = GINT_TO_POINTER (w);
      g_hash_table_insert (widths, key, width);
      return w;
    }
  g_free (key);
  return GPOINTER_TO_INT (width);
}

/* A new text, or new line settings: the layout is made again when next measured. */
static void
drop_layout (OkrRowText *self)
{
  g_clear_object (&self->layout);
}

/* A new font or width in digits: the widths that depend on them are measured again too. */
static void
drop_metrics (OkrRowText *self)
{
  drop_layout (self);
  g_clear_pointer (&self->font, pango_font_description_free);
}

/* The font, and the widths of the digits kept and of an ellipsis in it: the same for every
 * text the row is bound to, so worked out once, not on each bind. */
static void
ensure_metrics (OkrRowText *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  if (self->font != NULL)
    return;
  self->font = pango_font_description_copy (
    pango_context_get_font_description (gtk_widget_get_pango_context (widget)));
  self->reserved = 0;
  if (self->width_chars > 0)
    {
      g_autofree char *digits = g_strnfill (self->width_chars, '0');
      self->reserved = text_width (widget, self->font, self->tabular, digits);
    }
  self->ellipsis = text_width (widget, self->font, FALSE, "…");
}

static void
ensure_layout (OkrRowText *self)
{
  if (self->layout != NULL)
    return;
  ensure_metrics (self);
  self->layout = make_layout (GTK_WIDGET (self), self->text, self->tabular);
  pango_layout_set_single_paragraph_mode (self->layout, TRUE);
  /* Wrapping and ellipsizing only act once a width is set. */
  pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (self->layout, -self->lines);
  pango_layout_set_ellipsize (self->layout, self->ellipsize ? PANGO_ELLIPSIZE_END
                                                             : PANGO_ELLIPSIZE_NONE);
  pango_layout_get_pixel_size (self->layout, &self->natural, &self->line_height);
  self->n_shaped++;
  self->layout_width = -1;
  self->asked_width = -2;
}

/* Lays the text out at @width pixels (−1: on one line, as long as it is). */
static void
set_layout_width (OkrRowText *self, int width)
{
  if (width == self->layout_width)
    return;
  self->layout_width = width;
  pango_layout_set_width (self->layout, width < 0 ? -1 : width * PANGO_SCALE);
  self->n_shaped++;
}

static void
okr_row_text_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                      int *minimum, int *natural, int *minimum_baseline, int *natural_baseline)
{
  OkrRowText *self = OKR_ROW_TEXT (widget);

  ensure_layout (self);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *natural = MAX (self->natural, self->reserved);
      *minimum = self->ellipsize ? MIN (*natural, MAX (self->ellipsis, self->reserved))
                                 : *natural;
      return;
    }
  *minimum = *natural = self->line_height;
  if (self->lines > 1 && for_size >= 0 && for_size < self->natural)
    {
      if (for_size != self->asked_width)
        {
          set_layout_width (self, for_size);
          pango_layout_get_pixel_size (self->layout, NULL, &self->answer);
          self->asked_width = for_size;
        }
      *minimum = *natural = self->answer;
    }
}

static GtkSizeRequestMode
okr_row_text_get_request_mode (GtkWidget *widget)
{
  return OKR_ROW_TEXT (widget)->lines > 1 ? GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH
                                          : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
okr_row_text_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  OkrRowText *self = OKR_ROW_TEXT (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  int text_width, text_height;
  GdkRGBA color;

  ensure_layout (self);
  if (self->ellipsize || self->lines > 1)
    set_layout_width (self, self->natural > width ? width : -1);
  pango_layout_get_pixel_size (self->layout, &text_width, &text_height);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (MAX (0, width - text_width) * self->xalign,
                                                (height - text_height) / 2));
  gtk_snapshot_append_layout (snapshot, self->layout, &color);
  gtk_snapshot_restore (snapshot);
}

/* A class that changes the font (heading, caption) makes the text shaped again; one that
 * changes a colour (the status) does not. */
static void
okr_row_text_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  OkrRowText *self = OKR_ROW_TEXT (widget);

  GTK_WIDGET_CLASS (okr_row_text_parent_class)->css_changed (widget, change);
  if (self->font != NULL &&
      !pango_font_description_equal (self->font, pango_context_get_font_description (
                                                   gtk_widget_get_pango_context (widget))))
    {
      drop_metrics (self);
      gtk_widget_queue_resize (widget);
    }
}

static void
okr_row_text_system_setting_changed (GtkWidget *widget, GtkSystemSetting setting)
{
  GTK_WIDGET_CLASS (okr_row_text_parent_class)->system_setting_changed (widget, setting);
  drop_metrics (OKR_ROW_TEXT (widget));
  gtk_widget_queue_resize (widget);
}

static void
okr_row_text_dispose (GObject *object)
{
  drop_metrics (OKR_ROW_TEXT (object));
  G_OBJECT_CLASS (okr_row_text_parent_class)->dispose (object);
}

static void
okr_row_text_finalize (GObject *object)
{
  g_free (OKR_ROW_TEXT (object)->text);
  G_OBJECT_CLASS (okr_row_text_parent_class)->finalize (object);
}

static void
okr_row_text_class_init (OkrRowTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = okr_row_text_dispose;
  object_class->finalize = okr_row_text_finalize;
  widget_class->measure = okr_row_text_measure;
  widget_class->get_request_mode = okr_row_text_get_request_mode;
  widget_class->snapshot = okr_row_text_snapshot;
  widget_class->css_changed = okr_row_text_css_changed;
  widget_class->system_setting_changed = okr_row_text_system_setting_changed;
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
okr_row_text_init (OkrRowText *self)
{
  self->text = g_strdup ("");
  self->lines = 1;
  self->ellipsize = TRUE;
  self->width_chars = -1;
}

GtkWidget *
okr_row_text_new (void)
{
  return g_object_new (OKR_TYPE_ROW_TEXT, NULL);
}

/* Every setting below changes the layout, and some the metrics: they are made again when
 * next measured. */
static void
changed (OkrRowText *self, gboolean metrics)
{
  if (metrics)
    drop_metrics (self);
  else
    drop_layout (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
okr_row_text_set_text (OkrRowText *self, const char *text)
{
  g_return_if_fail (OKR_IS_ROW_TEXT (self));

  if (text == NULL)
    text = "";
  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  changed (self, FALSE);
}

const char *
okr_row_text_get_text (OkrRowText *self)
{
  g_return_val_if_fail (OKR_IS_ROW_TEXT (self), NULL);
  return self->text;
}

void
okr_row_text_set_lines (OkrRowText *self, int lines)
{
  g_return_if_fail (OKR_IS_ROW_TEXT (self));

  lines = CLAMP (lines, 1, 2);
  if (lines == self->lines)
    return;
  self->lines = lines;
  changed (self, FALSE);
}

void
okr_row_text_set_ellipsize (OkrRowText *self, gboolean ellipsize)
{
  g_return_if_fail (OKR_IS_ROW_TEXT (self));

  if (!ellipsize == !self->ellipsize)
    return;
  self->ellipsize = ellipsize;
  changed (self, FALSE);
}

void
okr_row_text_set_xalign (OkrRowText *self, float xalign)
{
  g_return_if_fail (OKR_IS_ROW_TEXT (self));

  self->xalign = CLAMP (xalign, 0, 1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
okr_row_text_set_width_chars (OkrRowText *self, int n)
{
  g_return_if_fail (OKR_IS_ROW_TEXT (self));

  if (n == self->width_chars)
    return;
  self->width_chars = n;
  changed (self, TRUE);
}

void
okr_row_text_set_tabular (OkrRowText *self, gboolean tabular)
{
  g_return_if_fail (OKR_IS_ROW_TEXT (self));

  if (!tabular == !self->tabular)
    return;
  self->tabular = tabular;
  changed (self, TRUE);
}

guint
okr_row_text_get_n_shaped (OkrRowText *self)
{
  g_return_val_if_fail (OKR_IS_ROW_TEXT (self), 0);
  return self->n_shaped;
}
