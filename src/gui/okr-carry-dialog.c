/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-carry-dialog.c — "Copy from last cycle": the unit's objectives of the cycle before,
 * to bring forward; each KR starts from where the old one got to */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-carry-dialog.h"
#include "okr-choice-list.h"
#include "okr-format.h"
#include "okr-store-outline.h"

typedef struct {
  OkrWindow *window;
  GtkWidget *dialog;
  GtkWidget *copy;
  GPtrArray *choices;     /* expander rows */
  GArray    *ids;         /* the objective of each choice */
  OkrRollup *previous;
} CarryDialog;

static void
carry_dialog_free (gpointer data)
{
  CarryDialog *d = data;

  g_ptr_array_unref (d->choices);
  g_array_unref (d->ids);
  g_object_unref (d->previous);
  g_free (d);
}

static void
update_copy (CarryDialog *d)
{
  guint n = 0;

  for (guint i = 0; i < d->choices->len; i++)
    n += okr_choice_list_is_active (d->choices->pdata[i]);
  gtk_widget_set_sensitive (d->copy, n > 0);
}

static void
on_copy (GtkButton *button, CarryDialog *d)
{
  OkrStore *store = okr_window_get_store (d->window);
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) copies = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  for (guint i = 0; i < d->choices->len; i++)
    if (okr_choice_list_is_active (d->choices->pdata[i]))
      g_array_append_val (chosen, g_array_index (d->ids, gint64, i));
  copies = okr_store_carry_forward (store, (const gint64 *) chosen->data, chosen->len,
                                    okr_window_get_cycle_id (d->window), &error);
  if (copies == NULL)
    {
      okr_window_show_error (d->window, _("The Objectives Could Not Be Copied"), error->message);
      return;
    }
  message = g_strdup_printf (ngettext ("%u objective copied from %s",
                                       "%u objectives copied from %s", copies->len), copies->len,
                             okr_cycle_get_name (okr_rollup_get_cycle (d->previous)));
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  okr_window_add_toast (d->window, toast);
  gtk_window_destroy (GTK_WINDOW (d->dialog));
}

/* Under each objective, its KRs as they will start: from their last value. */
static void
add_key_results (CarryDialog *d, GtkWidget *choice, OkrObjective *o)
{
  GPtrArray *krs = okr_rollup_get_key_results (d->previous, okr_objective_get_id (o));

  for (guint k = 0; k < krs->len; k++)
    {
      OkrKeyResult *kr = krs->pdata[k];
      OkrKrKind kind = okr_key_result_get_kind (kr);
      const char *label = okr_key_result_get_unit_label (kr);
      g_autofree char *now = okr_format_kr_value (kind, okr_key_result_get_current (kr), label);
      g_autofree char *target = okr_format_kr_value (kind, okr_key_result_get_target (kr), label);
      g_autofree char *subtitle = NULL;

      if (kind == OKR_KR_NUMBER || kind == OKR_KR_PERCENT || kind == OKR_KR_CURRENCY)
        /* Translators: a KR copied into the new cycle: its new baseline, then its target. */
        subtitle = g_strdup_printf (_("Starts from %s, toward %s"), now, target);
      okr_choice_list_add_child (choice, okr_key_result_get_title (kr), subtitle);
    }
}

GtkWidget *
okr_carry_dialog_new (OkrWindow *window)
{
  OkrStore *store = okr_window_get_store (window);
  OkrRollup *rollup = okr_window_get_rollup (window);
  gint64 unit_id = okr_window_get_unit_id (window);
  OkrUnit *unit = okr_rollup_find_unit (rollup, unit_id);
  gint64 previous_id = okr_store_find_previous_cycle (store, okr_window_get_cycle_id (window));
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *description = NULL;
  AdwPreferencesPage *page;
  AdwPreferencesGroup *group;
  GPtrArray *objectives;
  CarryDialog *d;
  const char *previous_name;

  if (previous_id == 0 || unit == NULL)
    {
      okr_window_show_toast (window, _("There is no earlier cycle to copy from."));
      return NULL;
    }
  d = g_new0 (CarryDialog, 1);
  d->window = window;
  d->choices = g_ptr_array_new ();
  d->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  d->previous = okr_rollup_new (store, previous_id, okr_date_today (), &error);
  if (d->previous == NULL)
    {
      okr_window_show_toast (window, error->message);
      g_ptr_array_unref (d->choices);
      g_array_unref (d->ids);
      g_free (d);
      return NULL;
    }
  previous_name = okr_cycle_get_name (okr_rollup_get_cycle (d->previous));
  objectives = okr_rollup_get_objectives (d->previous, unit_id);
  if (objectives->len == 0)
    {
      g_autofree char *message = g_strdup_printf (_("%s had no objectives in %s."),
                                                  okr_unit_get_name (unit), previous_name);
      okr_window_show_toast (window, message);
      carry_dialog_free (d);
      return NULL;
    }

  /* Translators: the window's subtitle: from which cycle into which ("Q1 2027 → Q2 2027"). */
  subtitle = g_strdup_printf (_("%s → %s"), previous_name,
                              okr_cycle_get_name (okr_rollup_get_cycle (rollup)));
  d->dialog = okr_choice_window_new (GTK_WINDOW (window), _("Copy From Last Cycle"), subtitle,
                                     _("C_opy"), &d->copy, &page);
  g_object_set_data_full (G_OBJECT (d->dialog), "dialog", d, carry_dialog_free);
  g_signal_connect (d->copy, "clicked", G_CALLBACK (on_copy), d);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  description = g_strdup_printf (_("The objectives of %s in %s. Choose what carries on: each key "
                                   "result starts from where it got to, with the same target."),
                                 okr_unit_get_name (unit), previous_name);
  adw_preferences_group_set_description (group, description);
  for (guint i = 0; i < objectives->len; i++)
    {
      OkrObjective *o = objectives->pdata[i];
      g_autofree char *percent = okr_format_percent (okr_objective_get_progress (o));
      /* Translators: an objective of last cycle: where it got to, and its status. */
      g_autofree char *where = g_strdup_printf (_("%s · %s"), percent,
                                                okr_status_to_label (okr_objective_get_status (o)));
      gint64 id = okr_objective_get_id (o);
      /* unfinished objectives are the ones that usually carry on */
      GtkWidget *choice = okr_choice_list_add (group, okr_objective_get_title (o), where,
                                               okr_objective_get_progress (o) < 1,
                                               G_CALLBACK (update_copy), d);
      add_key_results (d, choice, o);
      g_ptr_array_add (d->choices, choice);
      g_array_append_val (d->ids, id);
    }
  adw_preferences_page_add (page, group);
  update_copy (d);
  gtk_window_present (GTK_WINDOW (d->dialog));
  return d->dialog;
}
