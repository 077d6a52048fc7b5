/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-checkin-page.h"
#include "okr-checkin-wizard.h"
#include "okr-due.h"
#include "okr-format.h"
#include "okr-gui-util.h"

/* The weekly check-in, one step at a time: choose whose key results, then one page per key
 * result, then a summary of what changes, then Save — which writes every confirmed check-in
 * in one transaction. Cancel writes nothing.
 *
 * Made for the keyboard: focus lands in each page's value; Enter confirms the page and moves
 * on; on the confidence a digit picks it and moves on; Ctrl+Enter saves from anywhere;
 * Alt+← and Alt+→ go back and skip; Escape cancels (asking first when something would be
 * lost). Every step is an action ("wizard.next" …), so tests drive it as a user would. */
struct _OkrCheckinWizard {
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwToastOverlay *toasts;
  AdwWindowTitle  *window_title;
  GtkWidget       *finish_button;
  GtkProgressBar  *progress;
  GtkStack        *stack;
  AdwActionRow    *mine_row;
  AdwActionRow    *unit_row;
  GtkLabel        *summary_title;
  GtkListBox      *changes;
  GtkLabel        *left_out;
  GtkLabel        *save_error;
  AdwStatusPage   *empty_page;
  GtkWidget       *back_button;
  GtkActionBar    *action_bar;
  GtkWidget       *next_button;
  GtkWidget       *skip_button;

  OkrStore        *store;
  OkrRollup       *rollup;
  gint64           unit_id;
  gint64           me_id;
  OkrDate          due_day;

  char            *choice;   /* "mine" or "unit", once chosen */
  OkrCheckinBatch *batch;
  GPtrArray       *pages;    /* per entry: its OkrCheckinPage, made on the first visit */
  int              current;  /* the entry shown; -1: choosing; n: the summary */
};

G_DEFINE_FINAL_TYPE (OkrCheckinWizard, okr_checkin_wizard, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
n_entries (OkrCheckinWizard *self)
{
  return self->batch != NULL ? okr_checkin_batch_get_n_entries (self->batch) : 0;
}

static gboolean
on_kr_page (OkrCheckinWizard *self)
{
  return self->batch != NULL && self->current >= 0 && (guint) self->current < n_entries (self);
}

static gboolean
on_summary (OkrCheckinWizard *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "summary") == 0;
}

static OkrCheckinPage *
current_page (OkrCheckinWizard *self)
{
  return on_kr_page (self) ? g_ptr_array_index (self->pages, self->current) : NULL;
}

static void
update_chrome (OkrCheckinWizard *self)
{
  gboolean kr = on_kr_page (self), summary = on_summary (self);
  guint n = n_entries (self);
  g_autofree char *subtitle = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.back", kr || summary);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.skip", kr);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.next", kr || summary);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.finish", kr);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.confidence", kr);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.save", self->batch != NULL);
  gtk_widget_set_visible (self->finish_button, kr);
  gtk_widget_set_visible (self->skip_button, kr);
  gtk_widget_set_visible (self->back_button, kr || summary);
  gtk_widget_set_visible (self->next_button, kr || summary);
  gtk_action_bar_set_revealed (self->action_bar, kr || summary);

  if (kr)
    {
      /* Translators: the wizard's subtitle, "Key result 3 of 10". */
      subtitle = g_strdup_printf (_("Key result %u of %u"), self->current + 1, n);
      gtk_button_set_label (GTK_BUTTON (self->next_button),
                            (guint) self->current + 1 < n ? _("_Next") : _("_Review"));
      gtk_progress_bar_set_fraction (self->progress, (double) self->current / n);
    }
  else if (summary)
    {
      subtitle = g_strdup (_("Summary"));
      gtk_button_set_label (GTK_BUTTON (self->next_button), _("_Save"));
      gtk_widget_set_sensitive (self->next_button,
                                okr_checkin_batch_count (self->batch, OKR_CHECKIN_CONFIRMED) > 0);
      gtk_progress_bar_set_fraction (self->progress, 1);
    }
  else
    gtk_progress_bar_set_fraction (self->progress, 0);
  if (!summary)
    gtk_widget_set_sensitive (self->next_button, TRUE);
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");
}

/* ───────────────────────── steps ───────────────────────── */

static void go_next (OkrCheckinWizard *self);

static void
on_confidence_chosen (OkrCheckinPage *page, OkrCheckinWizard *self)
{
  if (page == current_page (self))
    go_next (self);
}

static void
show_kr (OkrCheckinWizard *self, guint index)
{
  OkrCheckinPage *page = g_ptr_array_index (self->pages, index);

  if (page == NULL)
    {
      g_autofree char *name = g_strdup_printf ("kr-%u", index);
      page = OKR_CHECKIN_PAGE (okr_checkin_page_new (self->batch, index));
      g_signal_connect (page, "confidence-chosen", G_CALLBACK (on_confidence_chosen), self);
      gtk_stack_add_named (self->stack, GTK_WIDGET (page), name);
      self->pages->pdata[index] = page;
    }
  self->current = (int) index;
  gtk_stack_set_visible_child (self->stack, GTK_WIDGET (page));
  update_chrome (self);
  okr_checkin_page_focus_value (page);
}

static GtkWidget *
status_pill (OkrStatus status)
{
  GtkWidget *pill = gtk_label_new (okr_status_to_label (status));

  gtk_widget_add_css_class (pill, "status-pill");
  okr_widget_set_status_class (pill, status);
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  return pill;
}

/* One confirmed check-in: value and progress before → after, the confidence, and the
 * status, with its move when it moves ("On track → At risk"). */
static GtkWidget *
change_row (OkrCheckinWizard *self, guint index)
{
  OkrCheckinEntry *entry = okr_checkin_batch_get_entry (self->batch, index);
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *move = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  OkrCheckinOutcome was, will;
  g_autofree char *old_value = NULL, *new_value = NULL, *old_pct = NULL, *new_pct = NULL;
  g_autofree char *values = NULL, *confidence = NULL, *subtitle = NULL;

  okr_checkin_batch_before (self->batch, index, &was);
  okr_checkin_batch_after (self->batch, index, &will);
  old_value = okr_checkin_page_format_value (entry->kr, was.value);
  new_value = okr_checkin_page_format_value (entry->kr, will.value);
  old_pct = okr_format_percent (was.progress_raw);
  new_pct = okr_format_percent (will.progress_raw);
  /* Translators: a value and its progress, before and after: "40 → 45 users · 40% → 45%". */
  values = g_strdup_printf (_("%s → %s · %s → %s"), old_value, new_value, old_pct, new_pct);
  if (was.confidence > 0 && was.confidence != will.confidence)
    /* Translators: the confidence, before and after. */
    confidence = g_strdup_printf (_("confidence %d → %d"), was.confidence, will.confidence);
  else
    confidence = g_strdup_printf (_("confidence %d/10"), will.confidence);
  /* Translators: the values, then the confidence, in a summary row. */
  subtitle = g_strdup_printf (_("%s · %s"), values, confidence);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), okr_key_result_get_title (entry->kr));
  adw_action_row_set_subtitle (row, subtitle);
  if (was.status != will.status)
    {
      GtkWidget *arrow = gtk_label_new ("→");
      gtk_box_append (GTK_BOX (move), status_pill (was.status));
      gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("becomes"), -1);
      gtk_box_append (GTK_BOX (move), arrow);
    }
  gtk_box_append (GTK_BOX (move), status_pill (will.status));
  adw_action_row_add_suffix (row, move);
  return GTK_WIDGET (row);
}

static void
show_summary (OkrCheckinWizard *self)
{
  guint n = n_entries (self);
  guint confirmed = okr_checkin_batch_count (self->batch, OKR_CHECKIN_CONFIRMED);
  guint skipped = okr_checkin_batch_count (self->batch, OKR_CHECKIN_SKIPPED);
  guint pending = okr_checkin_batch_count (self->batch, OKR_CHECKIN_PENDING);
  g_autoptr(GString) rest = g_string_new (NULL);
  GtkWidget *child;
  g_autofree char *title = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->changes))) != NULL)
    gtk_list_box_remove (self->changes, child);
  for (guint i = 0; i < n; i++)
    if (okr_checkin_batch_get_entry (self->batch, i)->state == OKR_CHECKIN_CONFIRMED)
      gtk_list_box_append (self->changes, change_row (self, i));
  gtk_widget_set_visible (GTK_WIDGET (self->changes), confirmed > 0);

  title = confirmed > 0
    ? g_strdup_printf (ngettext ("%u Check-in to Save", "%u Check-ins to Save", confirmed),
                       confirmed)
    : g_strdup (_("Nothing to Save Yet"));
  gtk_label_set_label (self->summary_title, title);
  if (skipped > 0)
    g_string_append_printf (rest, ngettext ("%u key result was skipped.",
                                            "%u key results were skipped.", skipped), skipped);
  if (pending > 0)
    {
      if (rest->len > 0)
        g_string_append_c (rest, ' ');
      g_string_append_printf (rest, ngettext ("%u key result was not confirmed and gets no "
                                              "check-in.",
                                              "%u key results were not confirmed and get no "
                                              "check-in.", pending), pending);
    }
  gtk_label_set_label (self->left_out, rest->str);
  gtk_widget_set_visible (GTK_WIDGET (self->left_out), rest->len > 0);

  self->current = (int) n;
  gtk_stack_set_visible_child_name (self->stack, "summary");
  update_chrome (self);
  gtk_widget_grab_focus (self->next_button);
}

static void
show_empty (OkrCheckinWizard *self, const char *description)
{
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  update_chrome (self);
}

static void
show_choose (OkrCheckinWizard *self)
{
  self->current = -1;
  gtk_stack_set_visible_child_name (self->stack, "choose");
  update_chrome (self);
  gtk_widget_grab_focus (gtk_widget_get_sensitive (GTK_WIDGET (self->mine_row))
                         ? GTK_WIDGET (self->mine_row) : GTK_WIDGET (self->unit_row));
}

static void
drop_pages (OkrCheckinWizard *self)
{
  for (guint i = 0; self->pages != NULL && i < self->pages->len; i++)
    if (g_ptr_array_index (self->pages, i) != NULL)
      gtk_stack_remove (self->stack, g_ptr_array_index (self->pages, i));
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

static void
choose (OkrCheckinWizard *self, const char *choice)
{
  g_autoptr(GPtrArray) krs = NULL;
  g_autoptr(GError) error = NULL;

  /* Coming back to the same choice keeps everything entered. */
  if (self->batch != NULL && g_strcmp0 (self->choice, choice) == 0)
    {
      if (n_entries (self) > 0)
        show_kr (self, 0);
      return;
    }

  drop_pages (self);
  g_clear_object (&self->batch);
  g_free (self->choice);
  self->choice = g_strdup (choice);
  krs = okr_checkin_batch_select (self->rollup, self->unit_id,
                                  g_str_equal (choice, "mine") ? self->me_id : 0);
  if (g_str_equal (choice, "mine") && self->me_id == 0)
    g_ptr_array_set_size (krs, 0);
  self->batch = okr_checkin_batch_new (self->store, self->rollup, krs, self->me_id, &error);
  if (self->batch == NULL)
    {
      show_empty (self, error->message);
      return;
    }
  self->pages = g_ptr_array_new ();
  g_ptr_array_set_size (self->pages, krs->len);
  if (krs->len == 0)
    {
      show_empty (self, g_str_equal (choice, "mine")
                        ? _("You own no key results in this cycle that take check-ins.")
                        : _("This unit has no key results in this cycle that take "
                            "check-ins."));
      return;
    }
  show_kr (self, 0);
}

/* The page shown counts as checked in when the leader changed something on it. */
static gboolean
confirm_if_edited (OkrCheckinWizard *self)
{
  OkrCheckinPage *page = current_page (self);

  if (page == NULL || !okr_checkin_batch_is_edited (self->batch, self->current))
    return TRUE;
  if (!okr_checkin_page_commit (page))
    return FALSE;
  okr_checkin_batch_get_entry (self->batch, self->current)->state = OKR_CHECKIN_CONFIRMED;
  return TRUE;
}

static void
advance (OkrCheckinWizard *self, OkrCheckinState state)
{
  OkrCheckinPage *page = current_page (self);

  if (page == NULL)
    return;
  if (state == OKR_CHECKIN_CONFIRMED && !okr_checkin_page_commit (page))
    return;
  okr_checkin_batch_get_entry (self->batch, self->current)->state = state;
  if ((guint) self->current + 1 < n_entries (self))
    show_kr (self, self->current + 1);
  else
    show_summary (self);
}

static void
save (OkrCheckinWizard *self)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (self->batch == NULL || !confirm_if_edited (self))
    return;
  if (okr_checkin_batch_count (self->batch, OKR_CHECKIN_CONFIRMED) == 0)
    {
      adw_toast_overlay_add_toast (self->toasts,
                                   adw_toast_new (_("Nothing to save yet: confirm a key result "
                                                    "with Enter first.")));
      return;
    }
  if (!okr_checkin_batch_save (self->batch, &n, &error))
    {
      /* Translators: %s says why saving failed, in a sentence. */
      g_autofree char *message = g_strdup_printf (_("Nothing was saved. %s Everything you "
                                                    "entered is still here: save again once "
                                                    "that is solved."), error->message);
      show_summary (self);
      gtk_label_set_label (self->save_error, message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, n);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
go_next (OkrCheckinWizard *self)
{
  if (on_kr_page (self))
    advance (self, OKR_CHECKIN_CONFIRMED);
  else if (on_summary (self))
    save (self);
}

/* ───────────────────────── actions ───────────────────────── */

static void
action_choose (GtkWidget *widget, const char *action, GVariant *param)
{
  const char *choice = g_variant_get_string (param, NULL);

  if (g_str_equal (choice, "mine") || g_str_equal (choice, "unit"))
    choose (OKR_CHECKIN_WIZARD (widget), choice);
}

static void
action_next (GtkWidget *widget, const char *action, GVariant *param)
{
  go_next (OKR_CHECKIN_WIZARD (widget));
}

static void
action_skip (GtkWidget *widget, const char *action, GVariant *param)
{
  advance (OKR_CHECKIN_WIZARD (widget), OKR_CHECKIN_SKIPPED);
}

static void
action_back (GtkWidget *widget, const char *action, GVariant *param)
{
  OkrCheckinWizard *self = OKR_CHECKIN_WIZARD (widget);

  if (on_summary (self) && n_entries (self) > 0)
    show_kr (self, n_entries (self) - 1);
  else if (on_kr_page (self) && self->current > 0)
    show_kr (self, self->current - 1);
  else if (on_kr_page (self))
    show_choose (self);
}

static void
action_finish (GtkWidget *widget, const char *action, GVariant *param)
{
  OkrCheckinWizard *self = OKR_CHECKIN_WIZARD (widget);

  if (on_kr_page (self) && confirm_if_edited (self))
    show_summary (self);
}

static void
action_save (GtkWidget *widget, const char *action, GVariant *param)
{
  save (OKR_CHECKIN_WIZARD (widget));
}

static void
action_cancel (GtkWidget *widget, const char *action, GVariant *param)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
action_confidence (GtkWidget *widget, const char *action, GVariant *param)
{
  OkrCheckinPage *page = current_page (OKR_CHECKIN_WIZARD (widget));
  int confidence = g_variant_get_int32 (param);

  if (page != NULL && confidence >= 1 && confidence <= 10)
    okr_checkin_page_set_confidence (page, confidence);
}

/* ───────────────────────── keyboard ───────────────────────── */

static void
on_discard_response (AdwMessageDialog *dialog, const char *response, OkrCheckinWizard *self)
{
  if (g_str_equal (response, "discard"))
    gtk_window_destroy (GTK_WINDOW (self));
}

/* Escape would lose what was entered: ask first, unless nothing would be lost. */
static void
request_cancel (OkrCheckinWizard *self)
{
  GtkWidget *dialog;
  gboolean edited = on_kr_page (self) && okr_checkin_batch_is_edited (self->batch, self->current);

  if (self->batch == NULL ||
      (okr_checkin_batch_count (self->batch, OKR_CHECKIN_CONFIRMED) == 0 && !edited))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard This Check-in?"),
                                   _("Nothing you entered has been saved yet."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect (dialog, "response", G_CALLBACK (on_discard_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
focus_is_button (OkrCheckinWizard *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return focus != NULL && (GTK_IS_BUTTON (focus) ||
                           gtk_widget_get_ancestor (focus, GTK_TYPE_BUTTON) != NULL);
}

/* Seen before any widget: Enter means "next" on a key result's page whatever has the
 * focus there (an entry, a switch, a milestone), and Ctrl+Enter saves from anywhere. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller, guint keyval, guint keycode,
                GdkModifierType state, OkrCheckinWizard *self)
{
  gboolean enter = keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter ||
                   keyval == GDK_KEY_ISO_Enter;
  GdkModifierType mods = state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK);

  if (enter && mods == GDK_CONTROL_MASK)
    {
      save (self);
      return TRUE;
    }
  if (enter && mods == 0 && (on_kr_page (self) || (on_summary (self) && !focus_is_button (self))))
    {
      go_next (self);
      return TRUE;
    }
  if (keyval == GDK_KEY_Escape && mods == 0)
    {
      request_cancel (self);
      return TRUE;
    }
  return FALSE;
}

/* ───────────────────────── lifecycle ───────────────────────── */

static void
okr_checkin_wizard_dispose (GObject *object)
{
  OkrCheckinWizard *self = OKR_CHECKIN_WIZARD (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), OKR_TYPE_CHECKIN_WIZARD);
  g_clear_object (&self->batch);
  g_clear_object (&self->rollup);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (okr_checkin_wizard_parent_class)->dispose (object);
}

static void
okr_checkin_wizard_finalize (GObject *object)
{
  OkrCheckinWizard *self = OKR_CHECKIN_WIZARD (object);

  g_free (self->choice);
  G_OBJECT_CLASS (okr_checkin_wizard_parent_class)->finalize (object);
}

static void
okr_checkin_wizard_class_init (OkrCheckinWizardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = okr_checkin_wizard_dispose;
  object_class->finalize = okr_checkin_wizard_finalize;

  /* The check-ins were written: how many. */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cascadeokr/Cascade/"
                                                             "okr-checkin-wizard.ui");
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinWizard, toasts);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinWizard, window_title);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinWizard, finish_button);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinWizard, progress);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinWizard, stack);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinWizard, mine_row);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinWizard, unit_row);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinWizard, summary_title);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinWizard, changes);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinWizard, left_out);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinWizard, save_error);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinWizard, empty_page);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinWizard, back_button);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinWizard, action_bar);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinWizard, next_button);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinWizard, skip_button);

  gtk_widget_class_install_action (widget_class, "wizard.choose", "s", action_choose);
  gtk_widget_class_install_action (widget_class, "wizard.next", NULL, action_next);
  gtk_widget_class_install_action (widget_class, "wizard.back", NULL, action_back);
  gtk_widget_class_install_action (widget_class, "wizard.skip", NULL, action_skip);
  gtk_widget_class_install_action (widget_class, "wizard.finish", NULL, action_finish);
  gtk_widget_class_install_action (widget_class, "wizard.save", NULL, action_save);
  gtk_widget_class_install_action (widget_class, "wizard.cancel", NULL, action_cancel);
  gtk_widget_class_install_action (widget_class, "wizard.confidence", "i", action_confidence);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "wizard.back",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "wizard.skip",
                                       NULL);
}

static void
okr_checkin_wizard_init (OkrCheckinWizard *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->current = -1;
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/* The two choices, with how many key results each holds and how many are due. */
static void
describe_choice (OkrCheckinWizard *self, AdwActionRow *row, gint64 owner_id)
{
  g_autoptr(GPtrArray) krs = okr_checkin_batch_select (self->rollup, self->unit_id, owner_id);
  g_autofree char *subtitle = NULL;
  guint due = 0;

  for (guint i = 0; i < krs->len; i++)
    due += okr_due_key_result (self->rollup, g_ptr_array_index (krs, i), self->due_day);
  /* Translators: under a choice of the check-in wizard: "6 key results · 4 due". */
  subtitle = g_strdup_printf (ngettext ("%u key result · %u due", "%u key results · %u due",
                                        krs->len), krs->len, due);
  adw_action_row_set_subtitle (row, subtitle);
  gtk_widget_set_sensitive (GTK_WIDGET (row), krs->len > 0);
}

/**
 * okr_checkin_wizard_new:
 * @unit_id: the unit whose key results are the second choice
 * @me_id: who checks in (the first choice is their key results), or 0 when not known
 * @due_day: the day of the last check-in moment, to say what is due
 */
OkrCheckinWizard *
okr_checkin_wizard_new (GtkWindow *parent, OkrStore *store, OkrRollup *rollup, gint64 unit_id,
                        gint64 me_id, OkrDate due_day)
{
  OkrCheckinWizard *self;
  OkrUnit *unit;
  g_autofree char *unit_title = NULL;

  g_return_val_if_fail (OKR_IS_STORE (store), NULL);
  g_return_val_if_fail (OKR_IS_ROLLUP (rollup), NULL);

  self = g_object_new (OKR_TYPE_CHECKIN_WIZARD, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->rollup = g_object_ref (rollup);
  self->unit_id = unit_id;
  self->me_id = me_id;
  self->due_day = due_day;

  unit = okr_rollup_find_unit (rollup, unit_id);
  /* Translators: a choice in the check-in wizard; %s is a unit's name. */
  unit_title = g_strdup_printf (_("Key Results of %s"), unit != NULL ? okr_unit_get_name (unit)
                                                                     : "");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->unit_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->unit_row), unit_title);
  describe_choice (self, self->unit_row, 0);
  if (me_id != 0)
    describe_choice (self, self->mine_row, me_id);
  else
    {
      adw_action_row_set_subtitle (self->mine_row, _("Say who you are in Preferences first "
                                                      "(Ctrl+,)."));
      gtk_widget_set_sensitive (GTK_WIDGET (self->mine_row), FALSE);
    }
  show_choose (self);
  return self;
}

OkrCheckinBatch *
okr_checkin_wizard_get_batch (OkrCheckinWizard *self)
{
  g_return_val_if_fail (OKR_IS_CHECKIN_WIZARD (self), NULL);
  return self->batch;
}

/* The key result's page shown, or NULL on the other steps. */
GtkWidget *
okr_checkin_wizard_get_page (OkrCheckinWizard *self)
{
  g_return_val_if_fail (OKR_IS_CHECKIN_WIZARD (self), NULL);
  return (GtkWidget *) current_page (self);
}

/* "choose", "kr-N" (N from 0), "summary" or "empty". */
const char *
okr_checkin_wizard_get_step (OkrCheckinWizard *self)
{
  g_return_val_if_fail (OKR_IS_CHECKIN_WIZARD (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}
