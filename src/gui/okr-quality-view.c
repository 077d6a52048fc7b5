/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-quality-view.c — the Quality page: what the OKR rules say about the cycle
 *
 * The hints about the selected unit and the units below it (the company: everything),
 * each with its reason and, where it can, a button that fixes it in one undo step or opens
 * the editor at the right place. The rules run when the page is shown, not on every edit
 * made elsewhere.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-editing.h"
#include "okr-lint.h"
#include "okr-quality-view.h"
#include "okr-store-read.h"
#include "okr-window.h"

struct _OkrQualityView {
  AdwBin         parent_instance;

  OkrWindow     *window;
  gboolean       stale;      /* the document changed since the rules last ran */

  GtkStack      *stack;
  AdwStatusPage *clean;
  GtkLabel      *summary;
  GListStore    *hints;
  GtkListView   *list;
};

static void okr_quality_view_view_init (OkrViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OkrQualityView, okr_quality_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (OKR_TYPE_VIEW, okr_quality_view_view_init))

/* ───────────────────────── running the rules ───────────────────────── */

/* Whether @unit is @top or below it. */
static gboolean
in_subtree (OkrRollup *rollup, gint64 unit, gint64 top)
{
  for (guint guard = 0; unit != 0 && guard < 1000; guard++)
    {
      OkrUnit *u;

      if (unit == top)
        return TRUE;
      u = okr_rollup_find_unit (rollup, unit);
      unit = u != NULL ? okr_unit_get_parent_id (u) : 0;
    }
  return FALSE;
}

static void
refresh (OkrQualityView *self)
{
  OkrRollup *rollup = self->window != NULL ? okr_window_get_rollup (self->window) : NULL;
  gint64 unit_id = self->window != NULL ? okr_window_get_unit_id (self->window) : 0;
  g_autoptr(GPtrArray) cycles = NULL;
  g_autoptr(OkrLint) lint = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  OkrUnit *unit;
  const char *cycle;
  g_autofree char *text = NULL;

  self->stale = FALSE;
  g_list_store_remove_all (self->hints);
  if (rollup == NULL || (unit = okr_rollup_find_unit (rollup, unit_id)) == NULL)
    {
      adw_status_page_set_title (self->clean, _("No Cycle to Check"));
      adw_status_page_set_description (self->clean, _("Add a cycle and its objectives: the "
                                                      "quality hints follow as you draft."));
      gtk_stack_set_visible_child_name (self->stack, "clean");
      return;
    }

  cycles = okr_store_list_cycles (okr_window_get_store (self->window), NULL);
  lint = okr_lint_new (rollup, cycles);
  all = okr_lint_run (lint);
  /* the most serious first; within a severity, in the order of the tree */
  for (int severity = OKR_LINT_PROBLEM; severity >= OKR_LINT_INFO; severity--)
    for (guint i = 0; i < all->len; i++)
      {
        OkrLintHint *h = all->pdata[i];
        if ((int) okr_lint_hint_get_severity (h) == severity &&
            (okr_lint_hint_get_unit_id (h) == 0 ||
             in_subtree (rollup, okr_lint_hint_get_unit_id (h), unit_id)))
          g_ptr_array_add (shown, h);
      }
  g_list_store_splice (self->hints, 0, 0, shown->pdata, shown->len);

  cycle = okr_cycle_get_name (okr_rollup_get_cycle (rollup));
  if (shown->len == 0)
    {
      g_autofree char *description =
        okr_unit_get_kind (unit) == OKR_UNIT_COMPANY
        ? g_strdup_printf (_("The OKRs of %s follow every rule Cascade knows."), cycle)
        /* Translators: %s are a unit, then a cycle. */
        : g_strdup_printf (_("The OKRs of %s and its teams in %s follow every rule Cascade "
                             "knows."), okr_unit_get_name (unit), cycle);
      adw_status_page_set_title (self->clean, _("Nothing to Improve"));
      adw_status_page_set_description (self->clean, description);
      gtk_stack_set_visible_child_name (self->stack, "clean");
      return;
    }
  text = okr_unit_get_kind (unit) == OKR_UNIT_COMPANY
    /* Translators: above the quality hints; %u is their number, %s the cycle. */
    ? g_strdup_printf (ngettext ("%u hint for %s", "%u hints for %s", shown->len), shown->len,
                       cycle)
    /* Translators: %u hints; the first %s is a unit, the second a cycle. */
    : g_strdup_printf (ngettext ("%u hint for %s and its teams in %s",
                                 "%u hints for %s and its teams in %s", shown->len), shown->len,
                       okr_unit_get_name (unit), cycle);
  gtk_label_set_label (self->summary, text);
  gtk_stack_set_visible_child_name (self->stack, "hints");
}

static void
okr_quality_view_update (OkrView *view, OkrWindow *window)
{
  OkrQualityView *self = OKR_QUALITY_VIEW (view);

  self->window = window;
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
}

static void
okr_quality_view_view_init (OkrViewInterface *iface)
{
  iface->update = okr_quality_view_update;
}

static void
okr_quality_view_map (GtkWidget *widget)
{
  OkrQualityView *self = OKR_QUALITY_VIEW (widget);

  GTK_WIDGET_CLASS (okr_quality_view_parent_class)->map (widget);
  if (self->stale)
    refresh (self);
}

/* ───────────────────────── fixing ───────────────────────── */

/**
 * okr_quality_view_fix:
 *
 * Does what the hint's button offers: fixes it (one undo step, with an "Undo" toast) or
 * opens the editor where it can be fixed.
 */
void
okr_quality_view_fix (OkrQualityView *self, guint position)
{
  g_autoptr(OkrLintHint) hint = g_list_model_get_item (G_LIST_MODEL (self->hints), position);
  OkrWindow *window = self->window;
  g_autoptr(GError) error = NULL;
  OkrStore *store;

  if (hint == NULL || window == NULL || (store = okr_window_get_store (window)) == NULL)
    return;
  switch (okr_lint_hint_get_fix (hint))
    {
    case OKR_LINT_FIX_ADD_KEY_RESULT:
      {
        g_autofree char *ref = okr_editing_dup_ref (store, OKR_ENTITY_OBJECTIVE,
                                                    okr_lint_hint_get_fix_id (hint));
        gtk_widget_activate_action (GTK_WIDGET (window), "win.new-key-result", "s", ref);
      }
      break;
    case OKR_LINT_FIX_EDIT:
      okr_editing_edit (window, okr_lint_hint_get_entity (hint), okr_lint_hint_get_id (hint));
      break;
    case OKR_LINT_FIX_NONE:
      break;
    default:
      if (!okr_lint_apply_fix (store, hint, &error))
        okr_window_show_toast (window, error->message);
      else
        {
          /* Translators: a toast after a one-click fix; %s is what was fixed. */
          g_autofree char *message = g_strdup_printf (_("Fixed “%s”"),
                                                      okr_lint_hint_get_subject (hint));
          AdwToast *toast = adw_toast_new (message);
          adw_toast_set_button_label (toast, _("_Undo"));
          adw_toast_set_action_name (toast, "win.undo");
          okr_window_add_toast (window, toast);
        }
      break;
    }
}

static void
on_fix_clicked (GtkButton *button, OkrQualityView *self)
{
  OkrLintHint *hint = g_object_get_data (G_OBJECT (button), "hint");
  guint position;

  if (g_list_store_find (self->hints, hint, &position))
    okr_quality_view_fix (self, position);
}

/* A row opens the Objectives page on the unit the hint is about. */
static void
on_hint_activated (GtkListView *list, guint position, OkrQualityView *self)
{
  g_autoptr(OkrLintHint) hint = g_list_model_get_item (G_LIST_MODEL (self->hints), position);

  if (hint == NULL || self->window == NULL)
    return;
  if (okr_lint_hint_get_unit_id (hint) != 0)
    okr_window_select_unit (self->window, okr_lint_hint_get_unit_id (hint));
  if (okr_lint_hint_get_entity (hint) == OKR_ENTITY_CYCLE)
    okr_editing_edit (self->window, OKR_ENTITY_CYCLE, okr_lint_hint_get_id (hint));
  else
    okr_window_show_view (self->window, "cascade");
}

/* ───────────────────────── rows ───────────────────────── */

static const char *
severity_icon (OkrLintSeverity severity)
{
  return severity == OKR_LINT_PROBLEM ? "dialog-error-symbolic"
       : severity == OKR_LINT_WARNING ? "dialog-warning-symbolic"
       : "dialog-information-symbolic";
}

static void
setup_hint (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *subject = gtk_label_new (NULL);
  GtkWidget *message = gtk_label_new (NULL);
  GtkWidget *fix = gtk_button_new ();

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 2);
  gtk_label_set_xalign (GTK_LABEL (subject), 0);
  gtk_label_set_wrap (GTK_LABEL (subject), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (subject), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (subject, "heading");
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (message), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (message, "dim-label");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), subject);
  gtk_box_append (GTK_BOX (text), message);
  gtk_widget_set_halign (fix, GTK_ALIGN_START);
  gtk_widget_set_margin_top (fix, 3);
  gtk_button_set_use_underline (GTK_BUTTON (fix), TRUE);
  g_signal_connect (fix, "clicked", G_CALLBACK (on_fix_clicked), user_data);
  gtk_box_append (GTK_BOX (text), fix);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_add_css_class (box, "quality-hint");
  gtk_list_item_set_child (item, box);
}

static void
bind_hint (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  OkrQualityView *self = user_data;
  OkrLintHint *hint = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *text = gtk_widget_get_next_sibling (icon);
  GtkWidget *subject = gtk_widget_get_first_child (text);
  GtkWidget *message = gtk_widget_get_next_sibling (subject);
  GtkWidget *fix = gtk_widget_get_next_sibling (message);
  OkrRollup *rollup = self->window != NULL ? okr_window_get_rollup (self->window) : NULL;
  OkrUnit *unit = rollup != NULL ? okr_rollup_find_unit (rollup, okr_lint_hint_get_unit_id (hint))
                                 : NULL;
  OkrLintSeverity severity = okr_lint_hint_get_severity (hint);
  g_autofree char *where = unit != NULL && okr_lint_hint_get_entity (hint) != OKR_ENTITY_UNIT
    /* Translators: a quality hint's subject: its unit, then its title. */
    ? g_strdup_printf (_("%s · %s"), okr_unit_get_name (unit), okr_lint_hint_get_subject (hint))
    : g_strdup (okr_lint_hint_get_subject (hint));

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), severity_icon (severity));
  gtk_widget_set_tooltip_text (icon, severity == OKR_LINT_PROBLEM ? _("Problem")
                                     : severity == OKR_LINT_WARNING ? _("Warning")
                                     : _("Suggestion"));
  gtk_label_set_label (GTK_LABEL (subject), where);
  gtk_label_set_label (GTK_LABEL (message), okr_lint_hint_get_message (hint));
  gtk_widget_set_visible (fix, okr_lint_hint_get_fix (hint) != OKR_LINT_FIX_NONE);
  gtk_button_set_label (GTK_BUTTON (fix), okr_lint_hint_get_fix_label (hint) != NULL
                                          ? okr_lint_hint_get_fix_label (hint) : "");
  g_object_set_data_full (G_OBJECT (fix), "hint", g_object_ref (hint), g_object_unref);
}

/* ───────────────────────── the widget ───────────────────────── */

static void
okr_quality_view_dispose (GObject *object)
{
  OkrQualityView *self = OKR_QUALITY_VIEW (object);

  g_clear_object (&self->hints);
  G_OBJECT_CLASS (okr_quality_view_parent_class)->dispose (object);
}

static void
okr_quality_view_class_init (OkrQualityViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = okr_quality_view_dispose;
  GTK_WIDGET_CLASS (klass)->map = okr_quality_view_map;
}

static void
okr_quality_view_init (OkrQualityView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *clamp;

  self->stale = TRUE;
  self->hints = g_list_store_new (OKR_TYPE_LINT_HINT);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_hint), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_hint), self);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (
    GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->hints)))),
    factory));
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "quality-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Quality hints"), -1);
  g_signal_connect (self->list, "activate", G_CALLBACK (on_hint_activated), self);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  /* long lines of text read badly across a wide window */
  clamp = adw_clamp_scrollable_new ();
  adw_clamp_scrollable_set_maximum_size (ADW_CLAMP_SCROLLABLE (clamp), 860);
  adw_clamp_scrollable_set_child (ADW_CLAMP_SCROLLABLE (clamp), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_widget_set_vexpand (scroller, TRUE);
  /* one page edge to edge, not a column of white on grey */
  gtk_widget_add_css_class (scroller, "view");

  self->summary = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->summary, 0);
  gtk_label_set_wrap (self->summary, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->summary), "quality-summary");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->summary));
  gtk_box_append (GTK_BOX (box), scroller);

  self->clean = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->clean, "emblem-ok-symbolic");

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, box, "hints");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->clean), "clean");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

GtkWidget *
okr_quality_view_new (void)
{
  return g_object_new (OKR_TYPE_QUALITY_VIEW, NULL);
}

/* The hints shown (OkrLintHint), after the page was last shown. */
GListModel *
okr_quality_view_get_hints (OkrQualityView *self)
{
  g_return_val_if_fail (OKR_IS_QUALITY_VIEW (self), NULL);
  if (self->stale)
    refresh (self);
  return G_LIST_MODEL (self->hints);
}
