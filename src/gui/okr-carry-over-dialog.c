/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-carry-over-dialog.c — choosing the unfinished work to carry into the next cycle
 *
 * Every unfinished objective of the unit (and its units) with its unfinished KRs, all
 * ticked to start with. The next cycle is named; when there is none yet, it will be made
 * (the name can be changed). One undo step makes the cycle and the copies.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-carry-over-dialog.h"
#include "okr-carry-over.h"
#include "okr-format.h"
#include "okr-store-edits.h"
#include "okr-store-read.h"

struct _OkrCarryOverDialog {
  AdwWindow   parent_instance;

  OkrWindow  *window;       /* not owned: the dialog is transient for it */
  OkrRollup  *rollup;
  gint64      from_cycle;
  gint64      into_cycle;   /* 0: a new one, named in name_row */
  GtkWidget  *name_row;
  GtkWidget  *accept;
  GPtrArray  *objectives;   /* GtkCheckButton, data "id" and "krs" (GPtrArray of checks) */
  GPtrArray  *krs;          /* GtkCheckButton, data "id" and "objective" */
  gboolean    syncing;
};

G_DEFINE_FINAL_TYPE (OkrCarryOverDialog, okr_carry_over_dialog, ADW_TYPE_WINDOW)

static gint64
check_id (GtkWidget *check)
{
  return *(gint64 *) g_object_get_data (G_OBJECT (check), "id");
}

static void
set_check_id (GtkWidget *check, gint64 id)
{
  g_object_set_data_full (G_OBJECT (check), "id", g_memdup2 (&id, sizeof id), g_free);
}

/* Counts the objectives and KRs offered, or those chosen. */
guint
okr_carry_over_dialog_count (OkrCarryOverDialog *self, gboolean chosen)
{
  guint n = 0;

  g_return_val_if_fail (OKR_IS_CARRY_OVER_DIALOG (self), 0);
  for (guint i = 0; i < self->objectives->len; i++)
    n += !chosen || gtk_check_button_get_active (self->objectives->pdata[i]);
  for (guint i = 0; i < self->krs->len; i++)
    n += !chosen || gtk_check_button_get_active (self->krs->pdata[i]);
  return n;
}

static void
update_accept (OkrCarryOverDialog *self)
{
  gboolean named = TRUE;

  if (self->name_row != NULL)
    {
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text
                                                      (GTK_EDITABLE (self->name_row))));
      named = *name != '\0';
    }
  gtk_widget_set_sensitive (self->accept, named && okr_carry_over_dialog_count (self, TRUE) > 0);
}

/* An objective ticked or not takes its KRs with it; a KR ticked needs its objective. */
static void
on_objective_toggled (GtkCheckButton *check, OkrCarryOverDialog *self)
{
  GPtrArray *krs = g_object_get_data (G_OBJECT (check), "krs");

  if (!self->syncing)
    {
      self->syncing = TRUE;
      for (guint i = 0; i < krs->len; i++)
        gtk_check_button_set_active (krs->pdata[i], gtk_check_button_get_active (check));
      self->syncing = FALSE;
    }
  update_accept (self);
}

static void
on_kr_toggled (GtkCheckButton *check, OkrCarryOverDialog *self)
{
  GtkCheckButton *objective = g_object_get_data (G_OBJECT (check), "objective");

  if (!self->syncing && gtk_check_button_get_active (check))
    {
      self->syncing = TRUE;
      gtk_check_button_set_active (objective, TRUE);
      self->syncing = FALSE;
    }
  update_accept (self);
}

static GtkWidget *
new_check (OkrCarryOverDialog *self, gint64 id, GCallback toggled)
{
  GtkWidget *check = gtk_check_button_new ();

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  set_check_id (check, id);
  g_signal_connect (check, "toggled", toggled, self);
  return check;
}

static GtkWidget *
objective_group (OkrCarryOverDialog *self, OkrObjective *objective)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *check = new_check (self, okr_objective_get_id (objective),
                                G_CALLBACK (on_objective_toggled));
  GPtrArray *checks = g_ptr_array_new ();
  GPtrArray *krs = okr_rollup_get_key_results (self->rollup, okr_objective_get_id (objective));
  OkrUnit *unit = okr_rollup_find_unit (self->rollup, okr_objective_get_unit_id (objective));
  g_autofree char *title = g_markup_escape_text (okr_objective_get_title (objective), -1);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         unit != NULL ? okr_unit_get_name (unit) : NULL);
  gtk_widget_set_tooltip_text (check, _("Carry this objective over"));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), check);
  g_object_set_data_full (G_OBJECT (check), "krs", checks, (GDestroyNotify) g_ptr_array_unref);
  g_ptr_array_add (self->objectives, check);

  for (guint k = 0; k < krs->len; k++)
    {
      OkrKeyResult *kr = krs->pdata[k];
      OkrKrKind kind = okr_key_result_get_kind (kr);
      GtkWidget *row, *kr_check;
      g_autofree char *kr_title = NULL, *progress = NULL, *current = NULL, *target = NULL;
      g_autofree char *subtitle = NULL;

      if (!okr_carry_over_is_unfinished (kr))
        continue;
      kr_title = g_markup_escape_text (okr_key_result_get_title (kr), -1);
      progress = okr_format_percent (okr_key_result_get_progress_raw (kr));
      current = okr_format_kr_value (kind, okr_key_result_get_current (kr),
                                     okr_key_result_get_unit_label (kr));
      target = okr_format_kr_value (kind, okr_key_result_get_target (kr),
                                    okr_key_result_get_unit_label (kr));
      /* Translators: a key result offered for carry-over: its progress, where it ended and
       * its target, which become the copy's baseline and target ("70% · 7 → 10"). */
      subtitle = g_strdup_printf (_("%s · %s → %s"), progress, current, target);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), kr_title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      kr_check = new_check (self, okr_key_result_get_id (kr), G_CALLBACK (on_kr_toggled));
      g_object_set_data (G_OBJECT (kr_check), "objective", check);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), kr_check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), kr_check);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_ptr_array_add (checks, kr_check);
      g_ptr_array_add (self->krs, kr_check);
    }
  return group;
}

static GtkWidget *
target_group (OkrCarryOverDialog *self, OkrStore *store)
{
  OkrCycle *from = okr_rollup_get_cycle (self->rollup);
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *start_text = NULL, *end_text = NULL, *dates = NULL;
  OkrDate start, end;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Into"));
  self->into_cycle = okr_carry_over_find_next_cycle (store, okr_cycle_get_id (from));
  if (self->into_cycle != 0)
    {
      g_autoptr(OkrCycle) into = okr_store_get_cycle (store, self->into_cycle, NULL);
      GtkWidget *row = adw_action_row_new ();

      start_text = okr_format_date (okr_cycle_get_start (into));
      end_text = okr_format_date (okr_cycle_get_end (into));
      dates = g_strdup_printf (_("%s – %s"), start_text, end_text);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), okr_cycle_get_name (into));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dates);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      return group;
    }

  okr_carry_over_next_dates (from, &start, &end);
  {
    g_autofree char *name = okr_carry_over_next_name (from, start, end);
    g_autofree char *description = NULL;

    start_text = okr_format_date (start);
    end_text = okr_format_date (end);
    /* Translators: when the next cycle does not exist yet: its dates. */
    description = g_strdup_printf (_("There is no next cycle yet: a new one is made, from %s "
                                     "to %s."), start_text, end_text);
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
    self->name_row = adw_entry_row_new ();
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("Name of the new cycle"));
    gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
    g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (update_accept), self);
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->name_row);
  }
  return group;
}

static GArray *
chosen_ids (GPtrArray *checks)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < checks->len; i++)
    if (gtk_check_button_get_active (checks->pdata[i]))
      {
        gint64 id = check_id (checks->pdata[i]);
        g_array_append_val (ids, id);
      }
  return ids;
}

static void
show_carried (OkrCarryOverDialog *self, OkrStore *store, const OkrCarryOverResult *result)
{
  g_autoptr(OkrCycle) into = okr_store_get_cycle (store, result->into_cycle_id, NULL);
  g_autofree char *objectives = g_strdup_printf (ngettext ("%u objective", "%u objectives",
                                                           result->n_objectives),
                                                 result->n_objectives);
  g_autofree char *krs = g_strdup_printf (ngettext ("%u key result", "%u key results",
                                                    result->n_key_results),
                                          result->n_key_results);
  /* Translators: "Carried 3 objectives and 6 key results into “Q2 2027”." */
  g_autofree char *text = g_strdup_printf (_("Carried %s and %s into “%s”."), objectives, krs,
                                           into != NULL ? okr_cycle_get_name (into) : "");
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_button_label (toast, _("_Show"));
  adw_toast_set_action_name (toast, "win.select-cycle");
  if (into != NULL)
    adw_toast_set_action_target_value (toast, g_variant_new_string (okr_cycle_get_name (into)));
  adw_toast_set_timeout (toast, 8);
  /* the answer to what was just done goes ahead of older news */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  okr_window_add_toast (self->window, toast);
}

/**
 * okr_carry_over_dialog_accept:
 *
 * Carries the ticked objectives and KRs over (making the cycle first if need be), as one
 * undo step, and closes the dialog. A refusal is shown and the dialog stays.
 */
gboolean
okr_carry_over_dialog_accept (OkrCarryOverDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) objectives = chosen_ids (self->objectives);
  g_autoptr(GArray) krs = chosen_ids (self->krs);
  OkrStore *store = okr_window_get_store (self->window);
  OkrCarryOverResult result;
  gint64 into = self->into_cycle;
  gboolean ok;

  g_return_val_if_fail (OKR_IS_CARRY_OVER_DIALOG (self), FALSE);
  if (store == NULL)
    return FALSE;
  okr_store_begin_edit (store, _("Carry over"));
  if (into == 0)
    into = okr_carry_over_ensure_next_cycle (store, self->from_cycle,
                                             gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                                             NULL, &error);
  ok = into != 0 &&
       okr_carry_over (store, self->from_cycle, into, (gint64 *) objectives->data,
                       objectives->len, (gint64 *) krs->data, krs->len, &result, &error);
  if (!ok)
    {
      okr_store_abort_edit (store);
      okr_window_show_refusal (self->window, error->message);
      return FALSE;
    }
  if (!okr_store_end_edit (store, &error))
    {
      okr_window_show_refusal (self->window, error->message);
      return FALSE;
    }
  show_carried (self, store, &result);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
okr_carry_over_dialog_dispose (GObject *object)
{
  OkrCarryOverDialog *self = OKR_CARRY_OVER_DIALOG (object);

  g_clear_object (&self->rollup);
  g_clear_pointer (&self->objectives, g_ptr_array_unref);
  g_clear_pointer (&self->krs, g_ptr_array_unref);
  G_OBJECT_CLASS (okr_carry_over_dialog_parent_class)->dispose (object);
}

static void
okr_carry_over_dialog_class_init (OkrCarryOverDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = okr_carry_over_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0,
                                       "window.close", NULL);
}

static void
okr_carry_over_dialog_init (OkrCarryOverDialog *self)
{
  self->objectives = g_ptr_array_new ();
  self->krs = g_ptr_array_new ();
}

/**
 * okr_carry_over_dialog_new:
 * @rollup: the cycle to carry from, as shown
 * @unit_id: whose objectives (with its units') to offer
 */
GtkWidget *
okr_carry_over_dialog_new (OkrWindow *window, OkrRollup *rollup, gint64 unit_id)
{
  OkrCarryOverDialog *self = g_object_new (OKR_TYPE_CARRY_OVER_DIALOG,
                                           "modal", TRUE,
                                           "transient-for", window,
                                           "default-width", 560,
                                           "default-height", 640,
                                           "title", _("Carry Over"),
                                           NULL);
  g_autoptr(GPtrArray) candidates = okr_carry_over_list_candidates (rollup, unit_id);
  g_autofree char *title = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *intro;

  self->window = window;
  self->rollup = g_object_ref (rollup);
  self->from_cycle = okr_cycle_get_id (okr_rollup_get_cycle (rollup));

  /* Translators: the carry-over dialog's title: the cycle the work comes from. */
  title = g_strdup_printf (_("Carry Over from %s"), okr_cycle_get_name (okr_rollup_get_cycle
                                                                          (rollup)));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, NULL));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  self->accept = gtk_button_new_with_mnemonic (_("Carry _Over"));
  gtk_widget_add_css_class (self->accept, "suggested-action");
  g_signal_connect_swapped (self->accept, "clicked", G_CALLBACK (okr_carry_over_dialog_accept),
                            self);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->accept);
  gtk_box_append (GTK_BOX (box), header);

  intro = gtk_label_new (_("Each copy starts where its original ended, with the same target, "
                           "owner and weight; open milestones and initiatives not done come "
                           "along, and the copy remembers where it came from."));
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_widget_add_css_class (intro, "dim-label");
  gtk_box_append (GTK_BOX (content), intro);
  gtk_box_append (GTK_BOX (content), target_group (self, okr_window_get_store (window)));
  for (guint i = 0; i < candidates->len; i++)
    gtk_box_append (GTK_BOX (content), objective_group (self, candidates->pdata[i]));
  if (candidates->len == 0)
    {
      GtkWidget *none = adw_status_page_new ();
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (none), "emblem-ok-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (none), _("Nothing Left Unfinished"));
      adw_status_page_set_description (ADW_STATUS_PAGE (none),
                                       _("Every key result here reached its target."));
      gtk_box_append (GTK_BOX (content), none);
    }

  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_window_set_content (ADW_WINDOW (self), box);
  update_accept (self);
  return GTK_WIDGET (self);
}
