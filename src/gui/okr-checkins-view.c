/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-checkin-batch.h"
#include "okr-checkin-row.h"
#include "okr-checkins-view.h"
#include "okr-format.h"
#include "okr-sparkline-area.h"
#include "okr-store-edits.h"
#include "okr-store-read.h"
#include "okr-window.h"

/* The Check-ins page: the selected unit's check-ins of one week (a feed, newest first), or
 * the whole timeline of one of its key results with its pace chart. A wrong check-in is
 * retracted here, with a reason; it stays listed, struck through. Only the week's check-ins
 * (or one key result's) are read, never the document's whole history. */
struct _OkrCheckinsView {
  AdwBin         parent_instance;

  GtkDropDown   *kr_dropdown;
  GtkStringList *kr_names;     /* "This week", then the unit's key results */
  GArray        *kr_ids;       /* gint64, one per key result of kr_names */
  GtkWidget     *week_box;
  GtkLabel      *week_label;
  GtkWidget     *chart_box;
  GtkWidget     *chart;
  GtkStack      *stack;
  AdwStatusPage *empty;
  GListStore    *checkins;

  OkrStore      *store;
  OkrRollup     *rollup;
  gint64         unit_id;
  gint64         kr_id;        /* 0: the week's feed */
  OkrDate        week_start;
  gint64         me;
  gboolean       filling;
};

static void okr_checkins_view_view_init (OkrViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OkrCheckinsView, okr_checkins_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (OKR_TYPE_VIEW, okr_checkins_view_view_init))

#define FEED_LIMIT 500

static void
show_empty (OkrCheckinsView *self, const char *title, const char *description)
{
  adw_status_page_set_title (self->empty, title);
  adw_status_page_set_description (self->empty, description);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* The pace chart of one key result: its live check-ins against the cycle's pace. */
static void
draw_chart (OkrCheckinsView *self, GPtrArray *checkins, OkrKeyResult *kr)
{
  OkrCycle *cycle = okr_rollup_get_cycle (self->rollup);
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (OkrSparkPoint));

  for (guint i = checkins->len; i > 0; i--)
    {
      OkrCheckin *c = g_ptr_array_index (checkins, i - 1);
      OkrSparkPoint p = { okr_checkin_get_date (c),
                          okr_checkin_progress_of_value (kr, okr_checkin_get_value (c)) };

      if (!okr_checkin_get_retracted (c))
        g_array_append_val (points, p);
    }
  okr_sparkline_area_set (self->chart, (const OkrSparkPoint *) points->data, points->len,
                          okr_cycle_get_start (cycle), okr_cycle_get_end (cycle),
                          okr_checkin_has_pace (kr), okr_key_result_get_status (kr));
}

static void
refill (OkrCheckinsView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) checkins = NULL;
  OkrKeyResult *kr = NULL;
  OkrCycle *cycle;

  g_list_store_remove_all (self->checkins);
  gtk_widget_set_visible (GTK_WIDGET (self->kr_dropdown), self->rollup != NULL);
  gtk_widget_set_visible (self->week_box, self->rollup != NULL && self->kr_id == 0);
  gtk_widget_set_visible (self->chart_box, FALSE);
  if (self->rollup == NULL || okr_rollup_find_unit (self->rollup, self->unit_id) == NULL)
    {
      show_empty (self, _("No Cycles Yet"),
                  _("Check-ins are made on the key results of a cycle. This document has no "
                    "cycle yet."));
      return;
    }
  cycle = okr_rollup_get_cycle (self->rollup);

  if (self->kr_id != 0 && (kr = okr_rollup_find_key_result (self->rollup, self->kr_id)) != NULL)
    checkins = okr_store_list_checkins (self->store, self->kr_id, TRUE, 0, &error);
  else
    {
      g_autofree char *first = okr_format_date (self->week_start);
      g_autofree char *last = okr_format_date (self->week_start + 6);
      /* Translators: a week, from its first to its last day. */
      g_autofree char *week = g_strdup_printf (_("%s – %s"), first, last);

      gtk_label_set_label (self->week_label, week);
      checkins = okr_store_list_unit_checkins (self->store, self->unit_id,
                                               okr_cycle_get_id (cycle), self->week_start,
                                               self->week_start + 6, FEED_LIMIT, &error);
    }
  if (checkins == NULL)
    {
      show_empty (self, _("The Check-ins Could Not Be Read"), error->message);
      return;
    }
  g_list_store_splice (self->checkins, 0, 0, checkins->pdata, checkins->len);

  if (kr != NULL)
    {
      draw_chart (self, checkins, kr);
      gtk_widget_set_visible (self->chart_box, TRUE);
    }
  if (checkins->len > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (kr != NULL)
    show_empty (self, _("No Check-ins Yet"),
                _("Each week’s value, confidence and note for this key result will show here."));
  else
    show_empty (self, _("No Check-ins This Week"),
                _("Nobody checked in on this unit’s key results this week. Start the weekly "
                  "check-in with Ctrl+I."));
}

/* The unit's key results in the drop-down, after "This week"; keeps the one shown when it is
 * still there. */
static void
fill_key_results (OkrCheckinsView *self)
{
  g_autoptr(GPtrArray) krs = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->kr_names));
  guint selected = 0;

  self->filling = TRUE;
  gtk_string_list_splice (self->kr_names, 0, n, NULL);
  g_array_set_size (self->kr_ids, 0);
  gtk_string_list_append (self->kr_names, _("Check-ins of the week"));
  if (self->rollup != NULL)
    krs = okr_checkin_batch_select (self->rollup, self->unit_id, 0);
  for (guint i = 0; krs != NULL && i < krs->len; i++)
    {
      OkrKeyResult *k = g_ptr_array_index (krs, i);
      gint64 id = okr_key_result_get_id (k);

      gtk_string_list_append (self->kr_names, okr_key_result_get_title (k));
      g_array_append_val (self->kr_ids, id);
      if (id == self->kr_id)
        selected = i + 1;
    }
  if (selected == 0)
    self->kr_id = 0;
  gtk_drop_down_set_selected (self->kr_dropdown, selected);
  self->filling = FALSE;
}

static void
on_kr_selected (GtkDropDown *dropdown, GParamSpec *pspec, OkrCheckinsView *self)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  if (self->filling)
    return;
  self->kr_id = i > 0 && i <= self->kr_ids->len ? g_array_index (self->kr_ids, gint64, i - 1) : 0;
  refill (self);
}

static void
okr_checkins_view_update (OkrView *view, OkrWindow *window)
{
  OkrCheckinsView *self = OKR_CHECKINS_VIEW (view);
  OkrStore *store = okr_window_get_store (window);
  gint64 unit_id = okr_window_get_unit_id (window);

  if (store != self->store || unit_id != self->unit_id)
    {
      OkrDate due_day = okr_window_get_due_day (window);
      self->kr_id = 0;
      self->week_start = okr_date_is_valid (due_day) ? due_day : okr_date_today ();
    }
  g_set_object (&self->store, store);
  g_set_object (&self->rollup, okr_window_get_rollup (window));
  self->unit_id = unit_id;
  self->me = okr_window_get_me (window);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checkins.retract",
                                 store != NULL && !okr_store_is_read_only (store));
  fill_key_results (self);
  refill (self);
}

static void
okr_checkins_view_view_init (OkrViewInterface *iface)
{
  iface->update = okr_checkins_view_update;
}

/* ───────────────────────── rows ───────────────────────── */

static void
setup_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  gtk_list_item_set_child (item, okr_checkin_row_new ());
  gtk_list_item_set_selectable (item, FALSE);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  OkrCheckinsView *self = user_data;
  OkrCheckin *checkin = gtk_list_item_get_item (item);
  OkrKeyResult *kr = okr_rollup_find_key_result (self->rollup, okr_checkin_get_kr_id (checkin));
  OkrPerson *author = okr_rollup_find_person (self->rollup, okr_checkin_get_author_id (checkin));

  okr_checkin_row_bind (OKR_CHECKIN_ROW (gtk_list_item_get_child (item)), checkin, kr,
                        author != NULL ? okr_person_get_name (author) : NULL, self->kr_id == 0,
                        self->store != NULL && !okr_store_is_read_only (self->store));
}

/* ───────────────────────── actions ───────────────────────── */

static void
step_week (GtkWidget *widget, const char *action, GVariant *param)
{
  OkrCheckinsView *self = OKR_CHECKINS_VIEW (widget);

  okr_checkins_view_show_week (self, self->week_start +
                                       (g_str_equal (action, "checkins.next-week") ? 7 : -7));
}

static void
on_reason_changed (GtkEditable *entry, AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  adw_message_dialog_set_response_enabled (dialog, "retract", *reason != '\0');
}

static void
on_retract_response (AdwMessageDialog *dialog, const char *response, OkrCheckinsView *self)
{
  GtkWidget *entry = adw_message_dialog_get_extra_child (dialog);
  const gint64 *id = g_object_get_data (G_OBJECT (dialog), "checkin");
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), OKR_TYPE_WINDOW);
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "retract") || id == NULL)
    return;
  if (!okr_checkins_view_retract (self, *id, gtk_editable_get_text (GTK_EDITABLE (entry)),
                                  &error))
    {
      if (window != NULL)
        okr_window_show_error (OKR_WINDOW (window), _("The Check-in Could Not Be Retracted"),
                               error->message);
      return;
    }
  if (window != NULL)
    okr_window_show_toast (OKR_WINDOW (window), _("Check-in retracted"));
}

static void
action_retract (GtkWidget *widget, const char *action, GVariant *param)
{
  OkrCheckinsView *self = OKR_CHECKINS_VIEW (widget);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Retract This Check-in?"),
                                   _("It stays in the history, marked as retracted with your "
                                     "reason, and no longer counts: the key result goes back "
                                     "to the check-in before it."));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Why? (required)"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "retract", _("_Retract"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "retract",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "retract", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "retract");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "checkin",
                          g_memdup2 (&(gint64) { g_variant_get_int64 (param) }, sizeof (gint64)),
                          g_free);
  g_signal_connect (entry, "changed", G_CALLBACK (on_reason_changed), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_retract_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* ───────────────────────── lifecycle ───────────────────────── */

static void
okr_checkins_view_dispose (GObject *object)
{
  OkrCheckinsView *self = OKR_CHECKINS_VIEW (object);

  g_clear_object (&self->checkins);
  g_clear_object (&self->kr_names);
  g_clear_pointer (&self->kr_ids, g_array_unref);
  g_clear_object (&self->rollup);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (okr_checkins_view_parent_class)->dispose (object);
}

static void
okr_checkins_view_class_init (OkrCheckinsViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = okr_checkins_view_dispose;
  gtk_widget_class_install_action (widget_class, "checkins.retract", "x", action_retract);
  gtk_widget_class_install_action (widget_class, "checkins.previous-week", NULL, step_week);
  gtk_widget_class_install_action (widget_class, "checkins.next-week", NULL, step_week);
}

/* The drop-down's labels: on the button, cut short so that a narrow window stays narrow;
 * in its list, whole. */
static void
setup_choice (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (ellipsize != NULL)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  else
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_choice (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

static GtkListItemFactory *
choice_factory (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice),
                    ellipsize ? GINT_TO_POINTER (1) : NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice), NULL);
  return factory;
}

static GtkWidget *
week_button (const char *icon, const char *action, const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  return button;
}

static void
okr_checkins_view_init (OkrCheckinsView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *nav = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *legend = gtk_label_new (_("Progress at each check-in (line) against the pace the "
                                       "cycle expects (dashes)"));
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *list;

  self->kr_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->kr_names = gtk_string_list_new (NULL);
  g_object_ref (self->kr_names);  /* the drop-down takes one reference */
  self->kr_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (self->kr_names), NULL));
  gtk_widget_set_hexpand (GTK_WIDGET (self->kr_dropdown), TRUE);
  {
    g_autoptr(GtkListItemFactory) shown = choice_factory (TRUE);
    g_autoptr(GtkListItemFactory) listed = choice_factory (FALSE);
    gtk_drop_down_set_factory (self->kr_dropdown, shown);
    gtk_drop_down_set_list_factory (self->kr_dropdown, listed);
  }
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->kr_dropdown),
                               _("The week’s check-ins, or one key result’s history"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->kr_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show"), -1);
  g_signal_connect (self->kr_dropdown, "notify::selected", G_CALLBACK (on_kr_selected), self);

  self->week_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_margin_start (GTK_WIDGET (self->week_label), 8);
  gtk_widget_set_margin_end (GTK_WIDGET (self->week_label), 8);
  gtk_box_append (GTK_BOX (nav), week_button ("go-previous-symbolic", "checkins.previous-week",
                                              _("Previous week")));
  gtk_box_append (GTK_BOX (nav), GTK_WIDGET (self->week_label));
  gtk_box_append (GTK_BOX (nav), week_button ("go-next-symbolic", "checkins.next-week",
                                              _("Next week")));
  self->week_box = nav;

  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 12);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->kr_dropdown));
  gtk_box_append (GTK_BOX (bar), nav);

  self->chart = okr_sparkline_area_new (200, 110);
  gtk_widget_set_hexpand (self->chart, TRUE);
  gtk_widget_add_css_class (legend, "dim-label");
  gtk_widget_add_css_class (legend, "caption");
  gtk_label_set_wrap (GTK_LABEL (legend), TRUE);
  gtk_label_set_xalign (GTK_LABEL (legend), 0);
  self->chart_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_margin_start (self->chart_box, 12);
  gtk_widget_set_margin_end (self->chart_box, 12);
  gtk_widget_set_margin_bottom (self->chart_box, 6);
  gtk_box_append (GTK_BOX (self->chart_box), self->chart);
  gtk_box_append (GTK_BOX (self->chart_box), legend);

  self->checkins = g_list_store_new (OKR_TYPE_CHECKIN);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (
                              g_object_ref (G_LIST_MODEL (self->checkins)))), factory);
  gtk_widget_add_css_class (list, "cascade-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Check-ins"), -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);

  self->empty = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->empty, "object-select-symbolic");
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, scroller, "list");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->empty), "empty");

  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), self->chart_box);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  adw_bin_set_child (ADW_BIN (self), box);
  refill (self);
}

GtkWidget *
okr_checkins_view_new (void)
{
  return g_object_new (OKR_TYPE_CHECKINS_VIEW, NULL);
}

/* One key result's whole history (0: back to the week's feed). */
void
okr_checkins_view_show_key_result (OkrCheckinsView *self, gint64 kr_id)
{
  g_return_if_fail (OKR_IS_CHECKINS_VIEW (self));

  for (guint i = 0; i < self->kr_ids->len; i++)
    if (g_array_index (self->kr_ids, gint64, i) == kr_id)
      {
        gtk_drop_down_set_selected (self->kr_dropdown, i + 1);
        return;
      }
  gtk_drop_down_set_selected (self->kr_dropdown, 0);
}

/* The feed of the week that starts on @first_day. */
void
okr_checkins_view_show_week (OkrCheckinsView *self, OkrDate first_day)
{
  g_return_if_fail (OKR_IS_CHECKINS_VIEW (self));
  g_return_if_fail (okr_date_is_valid (first_day));

  self->week_start = first_day;
  if (self->kr_id != 0)
    gtk_drop_down_set_selected (self->kr_dropdown, 0);
  else
    refill (self);
}

/* The check-ins listed, newest first. */
GListModel *
okr_checkins_view_get_model (OkrCheckinsView *self)
{
  g_return_val_if_fail (OKR_IS_CHECKINS_VIEW (self), NULL);
  return G_LIST_MODEL (self->checkins);
}

/**
 * okr_checkins_view_retract:
 * @reason: why (required)
 *
 * Retracts a check-in as the person who is "me" in this document. The window redraws from
 * the store's change; the check-in stays listed, marked.
 */
gboolean
okr_checkins_view_retract (OkrCheckinsView *self, gint64 checkin_id, const char *reason,
                           GError **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (OKR_IS_CHECKINS_VIEW (self), FALSE);
  g_return_val_if_fail (reason != NULL, FALSE);

  if (self->store == NULL)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_FAILED,
                           _("No document is open."));
      return FALSE;
    }
  text = g_strstrip (g_strdup (reason));
  return okr_store_retract_checkin (self->store, checkin_id, text, self->me, error) != 0;
}
