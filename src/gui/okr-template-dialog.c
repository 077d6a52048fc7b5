/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-template-dialog.c — starting a unit's OKRs from a department template
 *
 * The template that fits the unit's name is offered first (a "Sales" department gets the
 * sales template); every objective is ticked, and each can be left out. What is inserted
 * is a draft to edit: one undo step, with an "Undo" toast.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "okr-application.h"
#include "okr-choice-list.h"
#include "okr-template-dialog.h"
#include "okr-template.h"
#include "okr-text.h"

typedef struct {
  OkrWindow           *window;
  GtkWidget           *dialog;
  GtkWidget           *insert;
  AdwPreferencesPage  *page;
  AdwComboRow         *chooser;
  AdwPreferencesGroup *objectives;
  GPtrArray           *templates;   /* OkrTemplate */
  GPtrArray           *choices;     /* expander rows, one per objective */
  gint64               unit_id;
} TemplateDialog;

static void
template_dialog_free (gpointer data)
{
  TemplateDialog *d = data;

  g_ptr_array_unref (d->templates);
  g_ptr_array_unref (d->choices);
  g_free (d);
}

static OkrTemplate *
chosen_template (TemplateDialog *d)
{
  guint i = adw_combo_row_get_selected (d->chooser);
  return i < d->templates->len ? d->templates->pdata[i] : NULL;
}

static void
update_insert (TemplateDialog *d)
{
  guint n = 0;

  for (guint i = 0; i < d->choices->len; i++)
    n += okr_choice_list_is_active (d->choices->pdata[i]);
  gtk_widget_set_sensitive (d->insert, n > 0);
}

static void
show_template (TemplateDialog *d)
{
  OkrTemplate *t = chosen_template (d);

  if (d->objectives != NULL)
    adw_preferences_page_remove (d->page, d->objectives);
  g_ptr_array_set_size (d->choices, 0);
  d->objectives = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (d->objectives, _("Objectives"));
  if (t != NULL)
    {
      g_autofree char *description =
        /* Translators: %s says what the template is about ("Win, grow and keep…"). */
        g_strdup_printf (_("%s Each objective comes with its key results and example numbers: "
                           "make them yours after inserting."), okr_template_get_description (t));
      adw_preferences_group_set_description (d->objectives, description);
    }
  adw_preferences_page_add (d->page, d->objectives);
  for (guint o = 0; t != NULL && o < okr_template_get_n_objectives (t); o++)
    {
      guint n = okr_template_get_n_key_results (t, o);
      g_autofree char *subtitle = g_strdup_printf (ngettext ("%u key result", "%u key results",
                                                             n), n);
      GtkWidget *choice = okr_choice_list_add (d->objectives,
                                               okr_template_get_objective_title (t, o), subtitle,
                                               TRUE, G_CALLBACK (update_insert), d);

      for (guint k = 0; k < n; k++)
        okr_choice_list_add_child (choice, okr_template_get_key_result_title (t, o, k), NULL);
      g_ptr_array_add (d->choices, choice);
    }
  update_insert (d);
}

static void
on_insert (GtkButton *button, TemplateDialog *d)
{
  OkrTemplate *t = chosen_template (d);
  OkrStore *store = okr_window_get_store (d->window);
  OkrRollup *rollup = okr_window_get_rollup (d->window);
  OkrUnit *unit = rollup != NULL ? okr_rollup_find_unit (rollup, d->unit_id) : NULL;
  g_autofree gboolean *chosen = g_new0 (gboolean, d->choices->len);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (t == NULL || store == NULL || unit == NULL)
    return;
  for (guint i = 0; i < d->choices->len; i++)
    chosen[i] = okr_choice_list_is_active (d->choices->pdata[i]);
  ids = okr_template_apply (t, store, okr_window_get_cycle_id (d->window), d->unit_id,
                            okr_unit_get_lead_id (unit), chosen, &error);
  if (ids == NULL)
    {
      okr_window_show_error (d->window, _("The Template Could Not Be Inserted"), error->message);
      return;
    }
  /* Translators: a toast; %u objectives, %s the template ("Sales"). */
  message = g_strdup_printf (ngettext ("%u objective added from the “%s” template",
                                       "%u objectives added from the “%s” template", ids->len),
                             ids->len, okr_template_get_name (t));
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  okr_window_add_toast (d->window, toast);
  gtk_window_destroy (GTK_WINDOW (d->dialog));
}

/* The template whose id or name the unit's name mentions, else the first. */
static guint
guess_template (TemplateDialog *d, const char *unit_name)
{
  g_autofree char *name = okr_text_fold_marks (unit_name);

  for (guint i = 0; i < d->templates->len; i++)
    {
      OkrTemplate *t = d->templates->pdata[i];
      g_autofree char *title = okr_text_fold_marks (okr_template_get_name (t));
      g_autofree char *id = g_strdelimit (g_strdup (okr_template_get_id (t)), "-", ' ');

      if (strstr (name, title) != NULL || strstr (name, id) != NULL ||
          strstr (title, name) != NULL)
        return i;
    }
  return 0;
}

GtkWidget *
okr_template_dialog_new (OkrWindow *window)
{
  TemplateDialog *d = g_new0 (TemplateDialog, 1);
  OkrRollup *rollup = okr_window_get_rollup (window);
  OkrUnit *unit = okr_rollup_find_unit (rollup, okr_window_get_unit_id (window));
  g_autofree char *subtitle = NULL;
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) labels = NULL;
  g_autoptr(GtkStringList) model = NULL;
  AdwPreferencesGroup *group;

  d->window = window;
  d->unit_id = okr_window_get_unit_id (window);
  d->templates = okr_template_list (okr_application_get_language ());
  d->choices = g_ptr_array_new ();
  /* Translators: the template window's subtitle: the unit and the cycle ("Sales · Q1 2027"). */
  subtitle = g_strdup_printf (_("%s · %s"), unit != NULL ? okr_unit_get_name (unit) : "",
                              okr_cycle_get_name (okr_rollup_get_cycle (rollup)));
  d->dialog = okr_choice_window_new (GTK_WINDOW (window), _("Start From a Template"), subtitle,
                                     _("_Insert"), &d->insert, &d->page);
  g_object_set_data_full (G_OBJECT (d->dialog), "dialog", d, template_dialog_free);
  g_signal_connect (d->insert, "clicked", G_CALLBACK (on_insert), d);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_description (group,
                                         _("Good OKRs for a department, to start from: outcomes "
                                           "in the objectives, numbers in the key results."));
  for (guint i = 0; i < d->templates->len; i++)
    g_strv_builder_add (names, okr_template_get_name (d->templates->pdata[i]));
  labels = g_strv_builder_end (names);
  model = gtk_string_list_new ((const char *const *) labels);
  d->chooser = ADW_COMBO_ROW (adw_combo_row_new ());
  gtk_widget_set_name (GTK_WIDGET (d->chooser), "template");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (d->chooser), _("_Department"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (d->chooser), TRUE);
  adw_combo_row_set_model (d->chooser, G_LIST_MODEL (model));
  if (unit != NULL)
    adw_combo_row_set_selected (d->chooser, guess_template (d, okr_unit_get_name (unit)));
  g_signal_connect_swapped (d->chooser, "notify::selected", G_CALLBACK (show_template), d);
  adw_preferences_group_add (group, GTK_WIDGET (d->chooser));
  adw_preferences_page_add (d->page, group);
  show_template (d);

  gtk_window_present (GTK_WINDOW (d->dialog));
  return d->dialog;
}
