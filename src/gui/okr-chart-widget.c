/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-chart-area.h"
#include "okr-chart-widget.h"
#include "okr-export-dialog.h"

struct _OkrChartWidget {
  GtkWidget   parent_instance;
  GtkWidget  *header;
  GtkLabel   *title;
  GtkLabel   *subtitle;
  GtkWidget  *area;
  gboolean    show_subtitle;
};

G_DEFINE_FINAL_TYPE (OkrChartWidget, okr_chart_widget, GTK_TYPE_WIDGET)

enum { ACTIVATE_TARGET, N_SIGNALS };
static guint signals[N_SIGNALS];

static GMenuModel *
chart_menu (void)
{
  GMenu *menu = g_menu_new ();

  g_menu_append (menu, _("_Export…"), "chart.export");
  g_menu_append (menu, _("_Copy as Image"), "chart.copy");
  g_menu_append (menu, _("_Print…"), "chart.print");
  return G_MENU_MODEL (menu);
}

static OkrChart *
chart_of (GtkWidget *widget)
{
  return okr_chart_area_get_chart (OKR_CHART_AREA (OKR_CHART_WIDGET (widget)->area));
}

static void
action_export (GtkWidget *widget, const char *action, GVariant *param)
{
  OkrChartWidget *self = OKR_CHART_WIDGET (widget);

  if (chart_of (widget) != NULL)
    okr_export_chart_dialog (widget, chart_of (widget), gtk_widget_get_width (self->area),
                             gtk_widget_get_height (self->area));
}

static void
action_copy (GtkWidget *widget, const char *action, GVariant *param)
{
  if (chart_of (widget) != NULL)
    okr_copy_chart (widget, chart_of (widget));
}

static void
action_print (GtkWidget *widget, const char *action, GVariant *param)
{
  if (chart_of (widget) != NULL)
    okr_print_chart (widget, chart_of (widget));
}

static void
on_activate_target (OkrChartArea *area, int kind, gint64 id, OkrChartWidget *self)
{
  g_signal_emit (self, signals[ACTIVATE_TARGET], 0, kind, id);
}

static void
okr_chart_widget_dispose (GObject *object)
{
  OkrChartWidget *self = OKR_CHART_WIDGET (object);

  g_clear_pointer (&self->header, gtk_widget_unparent);
  g_clear_pointer (&self->area, gtk_widget_unparent);
  G_OBJECT_CLASS (okr_chart_widget_parent_class)->dispose (object);
}

static void
okr_chart_widget_class_init (OkrChartWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = okr_chart_widget_dispose;

  signals[ACTIVATE_TARGET] = g_signal_new ("activate-target", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                           2, G_TYPE_INT, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "chart.export", NULL, action_export);
  gtk_widget_class_install_action (widget_class, "chart.copy", NULL, action_copy);
  gtk_widget_class_install_action (widget_class, "chart.print", NULL, action_print);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "chartwidget");
}

static void
okr_chart_widget_init (OkrChartWidget *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  g_autoptr(GMenuModel) menu = chart_menu ();
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *button = gtk_menu_button_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->title, 0);
  gtk_label_set_ellipsize (self->title, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->title), "heading");
  self->subtitle = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->subtitle, 0);
  gtk_label_set_ellipsize (self->subtitle, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->subtitle), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->subtitle), "dim-label");
  gtk_box_append (GTK_BOX (titles), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (titles), GTK_WIDGET (self->subtitle));
  gtk_widget_set_hexpand (titles, TRUE);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  gtk_widget_set_tooltip_text (button, _("Export, Copy or Print"));
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");

  self->header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (self->header), titles);
  gtk_box_append (GTK_BOX (self->header), button);
  gtk_widget_set_parent (self->header, GTK_WIDGET (self));

  self->show_subtitle = TRUE;
  self->area = okr_chart_area_new ();
  gtk_widget_set_vexpand (self->area, TRUE);
  gtk_widget_set_hexpand (self->area, TRUE);
  okr_chart_area_set_menu (OKR_CHART_AREA (self->area), menu);
  g_signal_connect (self->area, "activate-target", G_CALLBACK (on_activate_target), self);
  gtk_widget_set_parent (self->area, GTK_WIDGET (self));
}

GtkWidget *
okr_chart_widget_new (void)
{
  return g_object_new (OKR_TYPE_CHART_WIDGET, NULL);
}

void
okr_chart_widget_set_chart (OkrChartWidget *self, OkrChart *chart)
{
  g_return_if_fail (OKR_IS_CHART_WIDGET (self));

  okr_chart_area_set_chart (OKR_CHART_AREA (self->area), chart);
  gtk_label_set_text (self->title, chart != NULL ? okr_chart_get_title (chart) : "");
  gtk_label_set_text (self->subtitle, chart != NULL ? okr_chart_get_subtitle (chart) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle), self->show_subtitle && chart != NULL &&
                          *okr_chart_get_subtitle (chart) != '\0');
}

OkrChart *
okr_chart_widget_get_chart (OkrChartWidget *self)
{
  g_return_val_if_fail (OKR_IS_CHART_WIDGET (self), NULL);
  return okr_chart_area_get_chart (OKR_CHART_AREA (self->area));
}

void
okr_chart_widget_set_show_header (OkrChartWidget *self, gboolean show)
{
  g_return_if_fail (OKR_IS_CHART_WIDGET (self));
  gtk_widget_set_visible (self->header, show);
}

/* The unit and cycle under the title (default: shown), when the page doesn't say them. */
void
okr_chart_widget_set_show_subtitle (OkrChartWidget *self, gboolean show)
{
  g_return_if_fail (OKR_IS_CHART_WIDGET (self));

  self->show_subtitle = show;
  okr_chart_widget_set_chart (self, okr_chart_widget_get_chart (self));
}

GtkWidget *
okr_chart_widget_get_area (OkrChartWidget *self)
{
  g_return_val_if_fail (OKR_IS_CHART_WIDGET (self), NULL);
  return self->area;
}
