/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "okr-draw.h"
#include "okr-progress-ring.h"

/* A small ring for lists; the drawing is the core's, shared with charts and exports. */
struct _OkrProgressRing {
  GtkWidget parent_instance;
  int       size;
  double    progress;
  double    expected;
  OkrStatus status;
};

G_DEFINE_FINAL_TYPE (OkrProgressRing, okr_progress_ring, GTK_TYPE_WIDGET)

static void
okr_progress_ring_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                           int *minimum, int *natural, int *minimum_baseline,
                           int *natural_baseline)
{
  *minimum = *natural = OKR_PROGRESS_RING (widget)->size;
}

static void
okr_progress_ring_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  OkrProgressRing *self = OKR_PROGRESS_RING (widget);
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  double side = MIN (w, h);
  double line = MAX (2.0, side / 7.0);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));

  okr_draw_ring (cr, w / 2.0, h / 2.0, side / 2.0 - line / 2.0 - 1, line, self->progress,
                 self->expected, self->status, dark);
  cairo_destroy (cr);
}

static void
okr_progress_ring_class_init (OkrProgressRingClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->measure = okr_progress_ring_measure;
  widget_class->snapshot = okr_progress_ring_snapshot;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
}

static void
okr_progress_ring_init (OkrProgressRing *self)
{
  self->size = 24;
  self->expected = NAN;
}

GtkWidget *
okr_progress_ring_new (int size)
{
  OkrProgressRing *self = g_object_new (OKR_TYPE_PROGRESS_RING, NULL);

  self->size = size;
  return GTK_WIDGET (self);
}

void
okr_progress_ring_set_values (OkrProgressRing *self, double progress, double expected,
                              OkrStatus status)
{
  g_return_if_fail (OKR_IS_PROGRESS_RING (self));

  if (self->progress == progress && self->status == status &&
      (self->expected == expected || (isnan (self->expected) && isnan (expected))))
    return;
  self->progress = progress;
  self->expected = expected;
  self->status = status;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 100.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, CLAMP (progress, 0, 1) * 100,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
