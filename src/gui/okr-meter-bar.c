/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "okr-draw.h"
#include "okr-meter-bar.h"

/* The progress bar of a cascade row: a trough and a fill in the status's colour, drawn by one
 * widget. GtkProgressBar is three (the bar, its trough and its fill, each a CSS node to style,
 * measure and allocate), and a long list binds new rows on every frame of a scroll; the
 * Objectives page's first screen had 22 of them. It looks as Adwaita's bar does: 8 px high,
 * rounded, the trough the text colour at 15 %, and the fill the status colour of the core's
 * palette, as the rings and charts use. */
struct _OkrMeterBar {
  GtkWidget parent_instance;
  double    fraction;
  OkrStatus status;
};

G_DEFINE_FINAL_TYPE (OkrMeterBar, okr_meter_bar, GTK_TYPE_WIDGET)

enum { BAR_HEIGHT = 8 };

static void
okr_meter_bar_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                       int *minimum, int *natural, int *minimum_baseline, int *natural_baseline)
{
  /* as wide as its size request */
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 0 : BAR_HEIGHT;
}

static void
append_pill (GtkSnapshot *snapshot, float x, float y, float width, const GdkRGBA *color)
{
  GskRoundedRect pill;

  gsk_rounded_rect_init_from_rect (&pill, &GRAPHENE_RECT_INIT (x, y, width, BAR_HEIGHT),
                                   BAR_HEIGHT / 2.0f);
  gtk_snapshot_push_rounded_clip (snapshot, &pill);
  gtk_snapshot_append_color (snapshot, color, &pill.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
okr_meter_bar_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  OkrMeterBar *self = OKR_METER_BAR (widget);
  int width = gtk_widget_get_width (widget);
  float y = (gtk_widget_get_height (widget) - BAR_HEIGHT) / 2;
  GdkRGBA trough, fill;
  OkrRgb rgb;
  float filled;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &trough);
  trough.alpha *= 0.15f;
  append_pill (snapshot, 0, y, width, &trough);

  /* a started bar shows at least a dot, as Adwaita's does */
  if (self->fraction <= 0)
    return;
  filled = CLAMP ((float) (self->fraction * width), BAR_HEIGHT, width);
  okr_draw_status_color (self->status,
                         adw_style_manager_get_dark (adw_style_manager_get_default ()), &rgb);
  fill = (GdkRGBA) { rgb.r, rgb.g, rgb.b, 1 };
  /* from the start of the line: the right in a right-to-left language */
  append_pill (snapshot, gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? width - filled : 0,
               y, filled, &fill);
}

static void
okr_meter_bar_class_init (OkrMeterBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->measure = okr_meter_bar_measure;
  widget_class->snapshot = okr_meter_bar_snapshot;
  gtk_widget_class_set_css_name (widget_class, "meterbar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
}

static void
okr_meter_bar_init (OkrMeterBar *self)
{
  self->status = OKR_STATUS_NOT_STARTED;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 100.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 0.0,
                                  -1);
}

GtkWidget *
okr_meter_bar_new (void)
{
  return g_object_new (OKR_TYPE_METER_BAR, NULL);
}

/* @fraction is clamped to 0…1 */
void
okr_meter_bar_set_value (OkrMeterBar *self, double fraction, OkrStatus status)
{
  g_return_if_fail (OKR_IS_METER_BAR (self));

  fraction = CLAMP (fraction, 0, 1);
  if (self->fraction == fraction && self->status == status)
    return;
  self->fraction = fraction;
  self->status = status;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, fraction * 100, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
okr_meter_bar_get_fraction (OkrMeterBar *self)
{
  g_return_val_if_fail (OKR_IS_METER_BAR (self), 0);
  return self->fraction;
}

OkrStatus
okr_meter_bar_get_status (OkrMeterBar *self)
{
  g_return_val_if_fail (OKR_IS_METER_BAR (self), OKR_STATUS_NOT_STARTED);
  return self->status;
}
