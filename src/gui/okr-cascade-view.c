/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-cascade-row.h"
#include "okr-cascade-view.h"
#include "okr-due.h"
#include "okr-window.h"

/* The selected unit's objectives in the cycle, each with its key results. */
struct _OkrCascadeView {
  AdwBin            parent_instance;

  GtkStack         *stack;
  GtkListView      *list;
  AdwStatusPage    *empty;

  GListStore       *objectives;
  GtkTreeListModel *tree;
  OkrRollup        *rollup;   /* what the rows were bound from */
  OkrDate           due_day;  /* key results with no check-in since are due */
};

static void okr_cascade_view_view_init (OkrViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OkrCascadeView, okr_cascade_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (OKR_TYPE_VIEW, okr_cascade_view_view_init))

static GListModel *
children (gpointer item, gpointer user_data)
{
  OkrCascadeView *self = user_data;
  GPtrArray *krs;
  GListStore *store;

  if (!OKR_IS_OBJECTIVE (item) || self->rollup == NULL)
    return NULL;
  krs = okr_rollup_get_key_results (self->rollup, okr_objective_get_id (item));
  if (krs->len == 0)
    return NULL;
  store = g_list_store_new (OKR_TYPE_KEY_RESULT);
  g_list_store_splice (store, 0, 0, krs->pdata, krs->len);
  return G_LIST_MODEL (store);
}

static void
setup_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  gtk_list_item_set_child (item, okr_cascade_row_new ());
  gtk_list_item_set_selectable (item, FALSE);
}

static void
bind_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  OkrCascadeView *self = user_data;

  GtkTreeListRow *row = gtk_list_item_get_item (item);
  g_autoptr(GObject) shown = gtk_tree_list_row_get_item (row);

  okr_cascade_row_bind (OKR_CASCADE_ROW (gtk_list_item_get_child (item)), row, self->rollup);
  okr_cascade_row_set_due (OKR_CASCADE_ROW (gtk_list_item_get_child (item)),
                           OKR_IS_KEY_RESULT (shown) &&
                           okr_due_key_result (self->rollup, OKR_KEY_RESULT (shown),
                                               self->due_day));
}

static void
show_empty (OkrCascadeView *self, const char *title, const char *description)
{
  adw_status_page_set_title (self->empty, title);
  adw_status_page_set_description (self->empty, description);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
okr_cascade_view_update (OkrView *view, OkrWindow *window)
{
  OkrCascadeView *self = OKR_CASCADE_VIEW (view);
  OkrRollup *rollup = okr_window_get_rollup (window);
  gint64 unit_id = okr_window_get_unit_id (window);
  GPtrArray *objectives;

  g_list_store_remove_all (self->objectives);
  g_set_object (&self->rollup, rollup);
  self->due_day = okr_window_get_due_day (window);
  if (rollup == NULL || okr_rollup_find_unit (rollup, unit_id) == NULL)
    {
      show_empty (self, _("No Cycles Yet"),
                  _("OKRs are set for a cycle, such as a quarter. This document has none yet."));
      return;
    }

  objectives = okr_rollup_get_objectives (rollup, unit_id);
  g_list_store_splice (self->objectives, 0, 0, objectives->pdata, objectives->len);
  if (objectives->len > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else
    {
      g_autofree char *title = g_strdup_printf (_("No Objectives in %s"),
                                                okr_cycle_get_name (okr_rollup_get_cycle (rollup)));
      show_empty (self, title, _("This unit has no objectives in this cycle yet."));
    }
}

static void
okr_cascade_view_view_init (OkrViewInterface *iface)
{
  iface->update = okr_cascade_view_update;
}

static void
okr_cascade_view_dispose (GObject *object)
{
  OkrCascadeView *self = OKR_CASCADE_VIEW (object);

  g_clear_object (&self->tree);
  g_clear_object (&self->objectives);
  g_clear_object (&self->rollup);
  G_OBJECT_CLASS (okr_cascade_view_parent_class)->dispose (object);
}

static void
okr_cascade_view_class_init (OkrCascadeViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = okr_cascade_view_dispose;
}

static void
okr_cascade_view_init (OkrCascadeView *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  self->objectives = g_list_store_new (OKR_TYPE_OBJECTIVE);
  self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->objectives)), FALSE,
                                        TRUE, children, self, NULL);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (
                                                   g_object_ref (G_LIST_MODEL (self->tree)))),
                                                 factory));
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "cascade-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Objectives and key results"), -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));

  self->empty = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->empty, "view-list-bullet-symbolic");

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, scroller, "list");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->empty), "empty");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

GtkWidget *
okr_cascade_view_new (void)
{
  return g_object_new (OKR_TYPE_CASCADE_VIEW, NULL);
}

/* The rows as shown: objectives, each followed by its key results. */
GListModel *
okr_cascade_view_get_model (OkrCascadeView *self)
{
  g_return_val_if_fail (OKR_IS_CASCADE_VIEW (self), NULL);
  return G_LIST_MODEL (self->tree);
}
