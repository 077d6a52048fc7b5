/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "okr-sparkline-area.h"

typedef struct {
  GArray   *points;  /* OkrSparkPoint */
  OkrDate   start, end;
  gboolean  show_pace;
  OkrStatus status;
} Sparkline;

static void
sparkline_free (gpointer data)
{
  Sparkline *s = data;

  g_array_unref (s->points);
  g_free (s);
}

static void
draw (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  Sparkline *s = data;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  okr_sparkline_draw (cr, width, height, (const OkrSparkPoint *) s->points->data, s->points->len,
                      s->start, s->end, s->show_pace, s->status, dark);
}

static void
on_dark_changed (GtkWidget *area)
{
  gtk_widget_queue_draw (area);
}

GtkWidget *
okr_sparkline_area_new (int width, int height)
{
  GtkWidget *area = gtk_drawing_area_new ();
  Sparkline *s = g_new0 (Sparkline, 1);

  s->points = g_array_new (FALSE, FALSE, sizeof (OkrSparkPoint));
  g_object_set_data_full (G_OBJECT (area), "sparkline", s, sparkline_free);
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), width);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), height);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw, s, NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed), area, G_CONNECT_SWAPPED);
  /* The numbers are written beside it; the picture adds nothing a screen reader needs. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  return area;
}

void
okr_sparkline_area_set (GtkWidget *area, const OkrSparkPoint *points, guint n_points,
                        OkrDate cycle_start, OkrDate cycle_end, gboolean show_pace,
                        OkrStatus status)
{
  Sparkline *s = g_object_get_data (G_OBJECT (area), "sparkline");

  g_return_if_fail (s != NULL);
  g_array_set_size (s->points, 0);
  g_array_append_vals (s->points, points, n_points);
  s->start = cycle_start;
  s->end = cycle_end;
  s->show_pace = show_pace;
  s->status = status;
  gtk_widget_queue_draw (area);
}
