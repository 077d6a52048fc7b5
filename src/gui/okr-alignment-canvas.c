/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "okr-alignment-canvas.h"
#include "okr-chart-theme.h"

#define MIN_ZOOM 0.1
#define MAX_ZOOM 4.0

/* "activate-target" (int kind, gint64 id): an objective or a KR of the map was clicked. */
struct _OkrAlignmentCanvas {
  GtkWidget                parent_instance;

  OkrChart                *chart;
  OkrChartAlignmentLayout *layout;     /* built on demand from chart, level and toggles */
  GHashTable              *toggled;    /* objective ids whose children flip shown/hidden */
  int                      max_level;  /* −1: all; −2: not chosen yet (fits the widget) */
  gboolean                 dark;       /* of the layout */

  /* Content to widget: x_widget = dx + x_content · zoom. */
  double                   zoom, dx, dy;
  gboolean                 needs_fit;
  double                   drag_dx, drag_dy, pinch_zoom;
  double                   pointer_x, pointer_y;

  OkrChartHits            *hits;
  gboolean                 hits_stale;
};

G_DEFINE_FINAL_TYPE (OkrAlignmentCanvas, okr_alignment_canvas, GTK_TYPE_WIDGET)

enum { ACTIVATE_TARGET, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
style_for (OkrAlignmentCanvas *self, OkrChartStyle *style)
{
  okr_chart_theme_init_style (okr_chart_theme_get_default (), style, TRUE);
}

static void
invalidate_layout (OkrAlignmentCanvas *self)
{
  g_clear_pointer (&self->layout, okr_chart_alignment_layout_free);
  self->hits_stale = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static OkrChartAlignmentLayout *
ensure_layout (OkrAlignmentCanvas *self)
{
  const OkrChartAlignmentData *data;
  OkrChartStyle style;
  int w = gtk_widget_get_width (GTK_WIDGET (self));
  int h = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->layout != NULL || self->chart == NULL)
    return self->layout;
  data = okr_chart_get_data (self->chart);
  style_for (self, &style);
  /* The first time, show the levels that are readable at this size. */
  if (self->max_level == -2 && w > 0 && h > 0)
    self->max_level = okr_chart_alignment_fit_level (data, &style, w, h);
  self->layout = okr_chart_alignment_layout_new (data, &style, MAX (self->max_level, -1),
                                                 self->toggled);
  self->dark = style.dark;
  return self->layout;
}

static void
clamp_zoom (OkrAlignmentCanvas *self, double *zoom)
{
  *zoom = CLAMP (*zoom, MIN_ZOOM, MAX_ZOOM);
}

void
okr_alignment_canvas_fit (OkrAlignmentCanvas *self)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self));
  int h = gtk_widget_get_height (GTK_WIDGET (self));
  double lw, lh, margin = 24;

  g_return_if_fail (OKR_IS_ALIGNMENT_CANVAS (self));

  if (ensure_layout (self) == NULL || w <= 0 || h <= 0)
    {
      self->needs_fit = TRUE;
      return;
    }
  okr_chart_alignment_layout_get_size (self->layout, &lw, &lh);
  self->zoom = MIN (1.0, MIN ((w - 2 * margin) / MAX (lw, 1), (h - 2 * margin) / MAX (lh, 1)));
  clamp_zoom (self, &self->zoom);
  self->dx = (w - lw * self->zoom) / 2;
  self->dy = MAX (margin, (h - lh * self->zoom) / 2);
  self->needs_fit = FALSE;
  self->hits_stale = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Zooms keeping the content under (x, y) where it is. */
static void
zoom_around (OkrAlignmentCanvas *self, double zoom, double x, double y)
{
  double cx = (x - self->dx) / self->zoom, cy = (y - self->dy) / self->zoom;

  clamp_zoom (self, &zoom);
  self->zoom = zoom;
  self->dx = x - cx * zoom;
  self->dy = y - cy * zoom;
  self->hits_stale = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
okr_alignment_canvas_zoom_by (OkrAlignmentCanvas *self, double factor)
{
  g_return_if_fail (OKR_IS_ALIGNMENT_CANVAS (self));
  zoom_around (self, self->zoom * factor, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
               gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

double
okr_alignment_canvas_get_zoom (OkrAlignmentCanvas *self)
{
  g_return_val_if_fail (OKR_IS_ALIGNMENT_CANVAS (self), 1.0);
  return self->zoom;
}

static void
paint (OkrAlignmentCanvas *self, cairo_t *cr)
{
  OkrChartStyle style;

  style_for (self, &style);
  if (!style.transparent)
    {
      cairo_set_source_rgb (cr, style.dark ? 0.141 : 1, style.dark ? 0.141 : 1,
                            style.dark ? 0.141 : 1);
      cairo_paint (cr);
    }
  okr_chart_hits_clear (self->hits);
  cairo_translate (cr, self->dx, self->dy);
  cairo_scale (cr, self->zoom, self->zoom);
  /* The hits in the widget's coordinates, like the pointer. */
  okr_chart_hits_push_transform (self->hits, self->dx, self->dy, self->zoom);
  okr_chart_alignment_layout_draw (self->layout, cr, self->hits);
  okr_chart_hits_pop_transform (self->hits);
  self->hits_stale = FALSE;
}

static void
okr_alignment_canvas_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  OkrAlignmentCanvas *self = OKR_ALIGNMENT_CANVAS (widget);
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  OkrChartStyle style;
  cairo_t *cr;

  style_for (self, &style);
  if (self->layout != NULL && self->dark != style.dark)
    g_clear_pointer (&self->layout, okr_chart_alignment_layout_free);
  if (ensure_layout (self) == NULL || w <= 0 || h <= 0)
    return;
  if (self->needs_fit)
    okr_alignment_canvas_fit (self);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  paint (self, cr);
  cairo_destroy (cr);
}

static void
refresh_hits (OkrAlignmentCanvas *self)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  if (!self->hits_stale || ensure_layout (self) == NULL)
    return;
  if (self->needs_fit)
    okr_alignment_canvas_fit (self);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  paint (self, cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

void
okr_alignment_canvas_toggle (OkrAlignmentCanvas *self, gint64 objective_id)
{
  g_return_if_fail (OKR_IS_ALIGNMENT_CANVAS (self));

  if (!g_hash_table_remove (self->toggled, &objective_id))
    g_hash_table_add (self->toggled, g_memdup2 (&objective_id, sizeof objective_id));
  invalidate_layout (self);
}

void
okr_alignment_canvas_set_level (OkrAlignmentCanvas *self, int max_level)
{
  g_return_if_fail (OKR_IS_ALIGNMENT_CANVAS (self));

  self->max_level = max_level;
  g_hash_table_remove_all (self->toggled);
  invalidate_layout (self);
  self->needs_fit = TRUE;
}

gboolean
okr_alignment_canvas_click_at (OkrAlignmentCanvas *self, double x, double y)
{
  const OkrChartHit *hit;

  g_return_val_if_fail (OKR_IS_ALIGNMENT_CANVAS (self), FALSE);

  refresh_hits (self);
  hit = okr_chart_hits_find (self->hits, x, y);
  if (hit == NULL || hit->target.kind == OKR_CHART_TARGET_NONE)
    return FALSE;
  if (hit->target.kind == OKR_CHART_TARGET_TOGGLE)
    okr_alignment_canvas_toggle (self, hit->target.id);
  else
    g_signal_emit (self, signals[ACTIVATE_TARGET], 0, (int) hit->target.kind, hit->target.id);
  return TRUE;
}

const OkrChartHits *
okr_alignment_canvas_get_hits (OkrAlignmentCanvas *self)
{
  g_return_val_if_fail (OKR_IS_ALIGNMENT_CANVAS (self), NULL);
  refresh_hits (self);
  return self->hits;
}

/* ───────────────────────── input ───────────────────────── */

static void
on_drag_begin (GtkGestureDrag *gesture, double x, double y, OkrAlignmentCanvas *self)
{
  self->drag_dx = self->dx;
  self->drag_dy = self->dy;
}

static void
on_drag_update (GtkGestureDrag *gesture, double ox, double oy, OkrAlignmentCanvas *self)
{
  if (fabs (ox) + fabs (oy) < 4 && self->drag_dx == self->dx && self->drag_dy == self->dy)
    return;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
  self->dx = self->drag_dx + ox;
  self->dy = self->drag_dy + oy;
  self->hits_stale = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A press that hardly moved is a click. */
static void
on_drag_end (GtkGestureDrag *gesture, double ox, double oy, OkrAlignmentCanvas *self)
{
  double x, y;

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
  if (fabs (ox) + fabs (oy) >= 4)
    return;
  self->dx = self->drag_dx;
  self->dy = self->drag_dy;
  gtk_gesture_drag_get_start_point (gesture, &x, &y);
  okr_alignment_canvas_click_at (self, x, y);
}

static gboolean
on_scroll (GtkEventControllerScroll *scroll, double sx, double sy, OkrAlignmentCanvas *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));
  double step = gtk_event_controller_scroll_get_unit (scroll) == GDK_SCROLL_UNIT_WHEEL ? 40 : 1;

  if (state & GDK_CONTROL_MASK)
    {
      zoom_around (self, self->zoom * pow (1.1, -sy * (step > 1 ? 1 : 0.1)), self->pointer_x,
                   self->pointer_y);
      return TRUE;
    }
  self->dx -= sx * step;
  self->dy -= sy * step;
  self->hits_stale = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static void
on_pinch_begin (GtkGesture *gesture, GdkEventSequence *sequence, OkrAlignmentCanvas *self)
{
  self->pinch_zoom = self->zoom;
}

static void
on_pinch (GtkGestureZoom *gesture, double scale, OkrAlignmentCanvas *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    x = self->pointer_x, y = self->pointer_y;
  zoom_around (self, self->pinch_zoom * scale, x, y);
}

static void
on_motion (GtkEventControllerMotion *motion, double x, double y, OkrAlignmentCanvas *self)
{
  const OkrChartHit *hit;

  self->pointer_x = x;
  self->pointer_y = y;
  refresh_hits (self);
  hit = okr_chart_hits_find (self->hits, x, y);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   hit != NULL && hit->target.kind != OKR_CHART_TARGET_NONE
                                   ? "pointer" : "grab");
}

static gboolean
on_query_tooltip (GtkWidget *widget, int x, int y, gboolean keyboard, GtkTooltip *tooltip,
                  gpointer user_data)
{
  OkrAlignmentCanvas *self = OKR_ALIGNMENT_CANVAS (widget);
  const OkrChartHit *hit;

  refresh_hits (self);
  hit = okr_chart_hits_find (self->hits, x, y);
  if (hit == NULL || hit->tooltip == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, hit->tooltip);
  return TRUE;
}

static void
okr_alignment_canvas_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  OkrAlignmentCanvas *self = OKR_ALIGNMENT_CANVAS (widget);

  /* Levels are chosen for the first size the map gets. */
  if (self->max_level == -2)
    invalidate_layout (self);
  self->hits_stale = TRUE;
}

static void
okr_alignment_canvas_dispose (GObject *object)
{
  OkrAlignmentCanvas *self = OKR_ALIGNMENT_CANVAS (object);

  g_signal_handlers_disconnect_by_data (okr_chart_theme_get_default (), self);
  g_clear_pointer (&self->layout, okr_chart_alignment_layout_free);
  g_clear_pointer (&self->chart, okr_chart_unref);
  G_OBJECT_CLASS (okr_alignment_canvas_parent_class)->dispose (object);
}

static void
okr_alignment_canvas_finalize (GObject *object)
{
  OkrAlignmentCanvas *self = OKR_ALIGNMENT_CANVAS (object);

  g_hash_table_unref (self->toggled);
  okr_chart_hits_free (self->hits);
  G_OBJECT_CLASS (okr_alignment_canvas_parent_class)->finalize (object);
}

static void
okr_alignment_canvas_class_init (OkrAlignmentCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = okr_alignment_canvas_dispose;
  object_class->finalize = okr_alignment_canvas_finalize;
  widget_class->snapshot = okr_alignment_canvas_snapshot;
  widget_class->size_allocate = okr_alignment_canvas_size_allocate;

  signals[ACTIVATE_TARGET] = g_signal_new ("activate-target", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                           2, G_TYPE_INT, G_TYPE_INT64);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "alignmentmap");
}

static void
okr_alignment_canvas_init (OkrAlignmentCanvas *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *pinch = gtk_gesture_zoom_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->toggled = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->hits = okr_chart_hits_new ();
  self->zoom = 1.0;
  self->max_level = -2;
  self->needs_fit = TRUE;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);

  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (pinch, "begin", G_CALLBACK (on_pinch_begin), self);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (on_pinch), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pinch));
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect_swapped (okr_chart_theme_get_default (), "notify::dark",
                            G_CALLBACK (invalidate_layout), self);
}

GtkWidget *
okr_alignment_canvas_new (void)
{
  return g_object_new (OKR_TYPE_ALIGNMENT_CANVAS, NULL);
}

void
okr_alignment_canvas_set_chart (OkrAlignmentCanvas *self, OkrChart *chart)
{
  g_return_if_fail (OKR_IS_ALIGNMENT_CANVAS (self));
  g_return_if_fail (chart == NULL || okr_chart_get_kind (chart) == OKR_CHART_ALIGNMENT);

  g_clear_pointer (&self->chart, okr_chart_unref);
  self->chart = chart != NULL ? okr_chart_ref (chart) : NULL;
  self->max_level = -2;
  g_hash_table_remove_all (self->toggled);
  self->needs_fit = TRUE;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  chart != NULL ? okr_chart_get_title (chart) : "", -1);
  invalidate_layout (self);
}
