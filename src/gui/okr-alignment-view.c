/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-alignment-canvas.h"
#include "okr-alignment-view.h"
#include "okr-chart-data.h"
#include "okr-dashboard-view.h"
#include "okr-export-dialog.h"
#include "okr-window.h"

#define ZOOM_STEP 1.25

struct _OkrAlignmentView {
  AdwBin         parent_instance;

  GtkStack      *stack;
  AdwStatusPage *empty;
  GtkWidget     *canvas;
  GtkLabel      *zoom_label;
  OkrWindow     *window;      /* the last one that updated us (not a reference) */
};

static void okr_alignment_view_view_init (OkrViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OkrAlignmentView, okr_alignment_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (OKR_TYPE_VIEW, okr_alignment_view_view_init))

static OkrAlignmentCanvas *
canvas (OkrAlignmentView *self)
{
  return OKR_ALIGNMENT_CANVAS (self->canvas);
}

static void
show_zoom (OkrAlignmentView *self)
{
  g_autofree char *text = g_strdup_printf ("%d%%",
                                           (int) (okr_alignment_canvas_get_zoom (canvas (self)) *
                                                  100 + 0.5));
  gtk_label_set_text (self->zoom_label, text);
}

static void
okr_alignment_view_update (OkrView *view, OkrWindow *window)
{
  OkrAlignmentView *self = OKR_ALIGNMENT_VIEW (view);
  OkrRollup *rollup = okr_window_get_rollup (window);
  gint64 unit_id = okr_window_get_unit_id (window);
  OkrChartScope scope = { unit_id, 0, 0 };
  g_autoptr(OkrChart) chart = NULL;
  g_autoptr(GError) error = NULL;

  self->window = window;
  if (rollup != NULL && okr_rollup_find_unit (rollup, unit_id) != NULL)
    chart = okr_chart_build (OKR_CHART_ALIGNMENT, okr_window_get_store (window), rollup, &scope,
                             &error);
  okr_alignment_canvas_set_chart (canvas (self), chart);
  if (chart == NULL)
    {
      adw_status_page_set_title (self->empty, _("No Cycles Yet"));
      adw_status_page_set_description (self->empty,
                                       _("The map shows how a cycle’s objectives align. This "
                                         "document has no cycles yet."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  if (((const OkrChartAlignmentData *) okr_chart_get_data (chart))->nodes->len == 0)
    {
      g_autofree char *title = g_strdup_printf (_("No Objectives in %s"),
                                                okr_cycle_get_name (okr_rollup_get_cycle (rollup)));
      adw_status_page_set_title (self->empty, title);
      adw_status_page_set_description (self->empty,
                                       _("Objectives of this unit and the units under it appear "
                                         "here, linked to what they align to."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "map");
  show_zoom (self);
}

static void
okr_alignment_view_view_init (OkrViewInterface *iface)
{
  iface->update = okr_alignment_view_update;
}

static void
on_activate_target (OkrAlignmentCanvas *map, int kind, gint64 id, OkrAlignmentView *self)
{
  okr_dashboard_open_target (self->window, (OkrChartTargetKind) kind, id);
}

static void
action_zoom (GtkWidget *widget, const char *action, GVariant *param)
{
  OkrAlignmentView *self = OKR_ALIGNMENT_VIEW (widget);

  if (g_str_equal (action, "map.zoom-in"))
    okr_alignment_canvas_zoom_by (canvas (self), ZOOM_STEP);
  else if (g_str_equal (action, "map.zoom-out"))
    okr_alignment_canvas_zoom_by (canvas (self), 1 / ZOOM_STEP);
  else
    okr_alignment_canvas_fit (canvas (self));
  show_zoom (self);
}

static void
action_levels (GtkWidget *widget, const char *action, GVariant *param)
{
  OkrAlignmentView *self = OKR_ALIGNMENT_VIEW (widget);

  /* All the levels, or the company and its departments. */
  okr_alignment_canvas_set_level (canvas (self), g_str_equal (action, "map.expand-all") ? -1 : 1);
  okr_alignment_canvas_fit (canvas (self));
  show_zoom (self);
}

static void
action_export (GtkWidget *widget, const char *action, GVariant *param)
{
  OkrAlignmentView *self = OKR_ALIGNMENT_VIEW (widget);
  OkrRollup *rollup = self->window != NULL ? okr_window_get_rollup (self->window) : NULL;
  OkrChartScope scope = { 0 };
  g_autoptr(OkrChart) chart = NULL;

  if (rollup == NULL)
    return;
  scope.unit_id = okr_window_get_unit_id (self->window);
  chart = okr_chart_build (OKR_CHART_ALIGNMENT, okr_window_get_store (self->window), rollup,
                           &scope, NULL);
  if (chart != NULL)
    okr_export_chart_dialog (widget, chart, gtk_widget_get_width (self->canvas),
                             gtk_widget_get_height (self->canvas));
}

static void
okr_alignment_view_class_init (OkrAlignmentViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "map.fit", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "map.expand-all", NULL, action_levels);
  gtk_widget_class_install_action (widget_class, "map.collapse", NULL, action_levels);
  gtk_widget_class_install_action (widget_class, "map.export", NULL, action_export);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "map.fit",
                                       NULL);
}

static GtkWidget *
button (const char *icon, const char *tooltip, const char *action)
{
  GtkWidget *b = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (b, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (b), action);
  return b;
}

static void
okr_alignment_view_init (OkrAlignmentView *self)
{
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *zoom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *levels = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *tools = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->canvas = okr_alignment_canvas_new ();
  g_signal_connect (self->canvas, "activate-target", G_CALLBACK (on_activate_target), self);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), self->canvas);

  self->zoom_label = GTK_LABEL (gtk_label_new ("100%"));
  gtk_label_set_width_chars (self->zoom_label, 5);
  gtk_widget_add_css_class (GTK_WIDGET (self->zoom_label), "numeric");
  gtk_box_append (GTK_BOX (zoom), button ("zoom-out-symbolic", _("Zoom Out"), "map.zoom-out"));
  gtk_box_append (GTK_BOX (zoom), GTK_WIDGET (self->zoom_label));
  gtk_box_append (GTK_BOX (zoom), button ("zoom-in-symbolic", _("Zoom In"), "map.zoom-in"));
  gtk_box_append (GTK_BOX (zoom), button ("zoom-fit-best-symbolic", _("Fit the Whole Map"),
                                          "map.fit"));
  gtk_widget_add_css_class (zoom, "linked");

  gtk_box_append (GTK_BOX (levels), button ("format-indent-less-symbolic",
                                            _("Show Only Company and Departments"),
                                            "map.collapse"));
  gtk_box_append (GTK_BOX (levels), button ("format-indent-more-symbolic",
                                            _("Show Every Level"), "map.expand-all"));
  gtk_widget_add_css_class (levels, "linked");

  gtk_box_append (GTK_BOX (tools), levels);
  gtk_box_append (GTK_BOX (tools), zoom);
  gtk_box_append (GTK_BOX (tools), button ("document-save-as-symbolic", _("Export…"),
                                           "map.export"));
  gtk_widget_add_css_class (tools, "toolbar");
  gtk_widget_add_css_class (tools, "osd");
  gtk_widget_add_css_class (tools, "map-tools");
  gtk_widget_set_halign (tools, GTK_ALIGN_END);
  gtk_widget_set_valign (tools, GTK_ALIGN_END);
  gtk_widget_set_margin_end (tools, 12);
  gtk_widget_set_margin_bottom (tools, 12);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), tools);

  self->empty = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->empty, "format-indent-more-symbolic");

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, overlay, "map");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->empty), "empty");
  gtk_stack_set_visible_child_name (self->stack, "empty");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

GtkWidget *
okr_alignment_view_new (void)
{
  return g_object_new (OKR_TYPE_ALIGNMENT_VIEW, NULL);
}

GtkWidget *
okr_alignment_view_get_canvas (OkrAlignmentView *self)
{
  g_return_val_if_fail (OKR_IS_ALIGNMENT_VIEW (self), NULL);
  return self->canvas;
}
