/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-format.h"
#include "okr-gui-util.h"
#include "okr-progress-ring.h"
#include "okr-unit-row.h"

/* A unit in the sidebar: its name, a ring with its progress and where it should be today,
 * and the percentage. The status is also in the tooltip and the accessible description. */
struct _OkrUnitRow {
  GtkWidget  parent_instance;
  GtkWidget *expander;
  GtkWidget *ring;
  GtkWidget *name;
  GtkWidget *percent;
  GtkWidget *due;
};

G_DEFINE_FINAL_TYPE (OkrUnitRow, okr_unit_row, GTK_TYPE_WIDGET)

static void
okr_unit_row_dispose (GObject *object)
{
  OkrUnitRow *self = OKR_UNIT_ROW (object);

  g_clear_pointer (&self->expander, gtk_widget_unparent);
  G_OBJECT_CLASS (okr_unit_row_parent_class)->dispose (object);
}

static void
okr_unit_row_class_init (OkrUnitRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = okr_unit_row_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
okr_unit_row_init (OkrUnitRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);

  self->ring = okr_progress_ring_new (22);
  self->name = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (self->name, TRUE);
  self->percent = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->percent, "dim-label");
  gtk_widget_add_css_class (self->percent, "numeric");
  gtk_widget_add_css_class (self->percent, "caption");

  self->due = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->due, "due-badge");
  gtk_widget_set_valign (self->due, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (self->due, FALSE);

  gtk_box_append (GTK_BOX (box), self->ring);
  gtk_box_append (GTK_BOX (box), self->name);
  gtk_box_append (GTK_BOX (box), self->due);
  gtk_box_append (GTK_BOX (box), self->percent);

  self->expander = gtk_tree_expander_new ();
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (self->expander), box);
  gtk_widget_set_parent (self->expander, GTK_WIDGET (self));
}

GtkWidget *
okr_unit_row_new (void)
{
  return g_object_new (OKR_TYPE_UNIT_ROW, NULL);
}

void
okr_unit_row_bind (OkrUnitRow *self, GtkTreeListRow *row, OkrUnit *unit, double expected)
{
  g_autofree char *percent = okr_format_percent (okr_unit_get_progress (unit));
  const char *status = okr_status_to_label (okr_unit_get_status (unit));
  g_autofree char *tooltip = NULL;

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (self->expander), row);
  gtk_label_set_label (GTK_LABEL (self->name), okr_unit_get_name (unit));
  gtk_label_set_label (GTK_LABEL (self->percent), okr_unit_get_n_objectives (unit) > 0 ? percent : "");
  okr_progress_ring_set_values (OKR_PROGRESS_RING (self->ring), okr_unit_get_progress (unit),
                                expected, okr_unit_get_status (unit));

  /* Translators: a unit's tooltip in the sidebar: its progress and status. */
  tooltip = g_strdup_printf (C_("unit tooltip", "%s · %s"), percent, status);
  okr_widget_set_row_tooltip (GTK_WIDGET (self), okr_unit_get_n_objectives (unit) > 0 ? tooltip
                                                                                       : NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->ring),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip, -1);
}

/* A badge with how many of the unit's key results are due for a check-in (none: hidden). */
void
okr_unit_row_set_due (OkrUnitRow *self, guint n_due)
{
  g_autofree char *count = g_strdup_printf ("%u", n_due);
  g_autofree char *tooltip = g_strdup_printf (ngettext ("%u key result is due for a check-in",
                                                        "%u key results are due for a check-in",
                                                        n_due), n_due);

  gtk_label_set_label (GTK_LABEL (self->due), count);
  okr_widget_set_row_tooltip (self->due, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->due), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);
  gtk_widget_set_visible (self->due, n_due > 0);
}
