/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "okr-chart-area.h"
#include "okr-chart-theme.h"

/* "activate-target" (int kind, gint64 id): a bar, a segment, a node… was clicked. A right
 * click, a long press or the Menu key opens the menu set with okr_chart_area_set_menu (). */
struct _OkrChartArea {
  GtkWidget     parent_instance;
  OkrChart     *chart;
  OkrChartHits *hits;
  GtkWidget    *popover;    /* the menu, or NULL */
};

G_DEFINE_FINAL_TYPE (OkrChartArea, okr_chart_area, GTK_TYPE_WIDGET)

enum { ACTIVATE_TARGET, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
okr_chart_area_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  OkrChartArea *self = OKR_CHART_AREA (widget);
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  OkrChartStyle style;
  cairo_t *cr;

  okr_chart_hits_clear (self->hits);
  if (self->chart == NULL || w <= 0 || h <= 0)
    return;
  okr_chart_theme_init_style (okr_chart_theme_get_default (), &style, TRUE);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  okr_chart_draw (self->chart, cr, w, h, &style, self->hits);
  cairo_destroy (cr);
}

static const OkrChartHit *
hit_at (OkrChartArea *self, double x, double y)
{
  return self->chart != NULL ? okr_chart_hits_find (self->hits, x, y) : NULL;
}

static gboolean
on_query_tooltip (GtkWidget *widget, int x, int y, gboolean keyboard, GtkTooltip *tooltip,
                  gpointer user_data)
{
  const OkrChartHit *hit = hit_at (OKR_CHART_AREA (widget), x, y);

  if (hit == NULL || hit->tooltip == NULL || *hit->tooltip == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, hit->tooltip);
  /* The tooltip changes from one region to the next, not within one. */
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) hit->x, (int) hit->y,
                                                       MAX (1, (int) hit->width),
                                                       MAX (1, (int) hit->height) });
  return TRUE;
}

static void
on_motion (GtkEventControllerMotion *motion, double x, double y, OkrChartArea *self)
{
  const OkrChartHit *hit = hit_at (self, x, y);

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   hit != NULL && hit->target.kind != OKR_CHART_TARGET_NONE
                                   ? "pointer" : NULL);
}

gboolean
okr_chart_area_activate_at (OkrChartArea *self, double x, double y)
{
  const OkrChartHit *hit;

  g_return_val_if_fail (OKR_IS_CHART_AREA (self), FALSE);

  hit = hit_at (self, x, y);
  if (hit == NULL || hit->target.kind == OKR_CHART_TARGET_NONE)
    return FALSE;
  g_signal_emit (self, signals[ACTIVATE_TARGET], 0, (int) hit->target.kind, hit->target.id);
  return TRUE;
}

static void
popup_menu (OkrChartArea *self, double x, double y)
{
  if (self->popover == NULL || self->chart == NULL)
    return;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover),
                               &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

static void
on_click (GtkGestureClick *gesture, int n_press, double x, double y, OkrChartArea *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == GDK_BUTTON_SECONDARY)
    {
      popup_menu (self, x, y);
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    }
  else if (n_press == 1 && okr_chart_area_activate_at (self, x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_long_press (GtkGestureLongPress *gesture, double x, double y, OkrChartArea *self)
{
  popup_menu (self, x, y);
}

static void
action_menu (GtkWidget *widget, const char *action, GVariant *param)
{
  popup_menu (OKR_CHART_AREA (widget), gtk_widget_get_width (widget) / 2.0,
              gtk_widget_get_height (widget) / 2.0);
}

static void
okr_chart_area_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  OkrChartArea *self = OKR_CHART_AREA (widget);

  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
okr_chart_area_dispose (GObject *object)
{
  OkrChartArea *self = OKR_CHART_AREA (object);

  g_signal_handlers_disconnect_by_data (okr_chart_theme_get_default (), self);
  g_clear_pointer (&self->chart, okr_chart_unref);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  G_OBJECT_CLASS (okr_chart_area_parent_class)->dispose (object);
}

static void
okr_chart_area_finalize (GObject *object)
{
  okr_chart_hits_free (OKR_CHART_AREA (object)->hits);
  G_OBJECT_CLASS (okr_chart_area_parent_class)->finalize (object);
}

static void
okr_chart_area_class_init (OkrChartAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = okr_chart_area_dispose;
  object_class->finalize = okr_chart_area_finalize;
  widget_class->snapshot = okr_chart_area_snapshot;
  widget_class->size_allocate = okr_chart_area_size_allocate;

  signals[ACTIVATE_TARGET] = g_signal_new ("activate-target", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                           2, G_TYPE_INT, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "area.menu", NULL, action_menu);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "area.menu",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "area.menu", NULL);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "chartarea");
}

static void
okr_chart_area_init (OkrChartArea *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *press = gtk_gesture_long_press_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->hits = okr_chart_hits_new ();
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (press), TRUE);
  g_signal_connect (press, "pressed", G_CALLBACK (on_long_press), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (press));
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect_swapped (okr_chart_theme_get_default (), "notify::dark",
                            G_CALLBACK (gtk_widget_queue_draw), self);
}

GtkWidget *
okr_chart_area_new (void)
{
  return g_object_new (OKR_TYPE_CHART_AREA, NULL);
}

void
okr_chart_area_set_chart (OkrChartArea *self, OkrChart *chart)
{
  g_return_if_fail (OKR_IS_CHART_AREA (self));

  if (chart == self->chart)
    return;
  g_clear_pointer (&self->chart, okr_chart_unref);
  self->chart = chart != NULL ? okr_chart_ref (chart) : NULL;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  chart != NULL ? okr_chart_get_title (chart) : "", -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

OkrChart *
okr_chart_area_get_chart (OkrChartArea *self)
{
  g_return_val_if_fail (OKR_IS_CHART_AREA (self), NULL);
  return self->chart;
}

/* The menu of a right click; its actions are looked up from this widget upwards. */
void
okr_chart_area_set_menu (OkrChartArea *self, GMenuModel *menu)
{
  g_return_if_fail (OKR_IS_CHART_AREA (self));

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  if (menu == NULL)
    return;
  self->popover = gtk_popover_menu_new_from_model (menu);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->popover), FALSE);
  gtk_widget_set_halign (self->popover, GTK_ALIGN_START);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
}

const OkrChartHits *
okr_chart_area_get_hits (OkrChartArea *self)
{
  g_return_val_if_fail (OKR_IS_CHART_AREA (self), NULL);
  return self->hits;
}
