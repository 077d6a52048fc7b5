/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "okr-checkin-page.h"
#include "okr-confidence-picker.h"
#include "okr-format.h"
#include "okr-sparkline-area.h"

/* One key result of the weekly check-in: where it stands (last value, where it should be
 * today, pace, a sparkline of its check-ins) and what the leader enters for this week —
 * a value fitted to its kind, a confidence and a three-part note. Everything entered goes
 * straight into the batch's entry; nothing is written to the document here. */
struct _OkrCheckinPage {
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkWidget           *scroller;
  GtkLabel            *objective_label;
  GtkLabel            *title_label;
  GtkGrid             *facts;
  GtkWidget           *sparkline_box;
  AdwPreferencesGroup *value_group;
  GtkLabel            *preview_label;
  GtkLabel            *error_label;
  OkrConfidencePicker *confidence;
  AdwEntryRow         *went_well_row;
  AdwEntryRow         *blocked_by_row;
  AdwEntryRow         *next_step_row;

  OkrCheckinBatch     *batch;
  guint                index;
  GtkWidget           *value_entry;   /* number, percent, currency, control */
  char                *initial_text;  /* as first shown: unchanged text keeps the exact value */
  GtkWidget           *done_switch;   /* boolean */
  GPtrArray           *checks;        /* milestone: a GtkCheckButton each */
};

G_DEFINE_FINAL_TYPE (OkrCheckinPage, okr_checkin_page, GTK_TYPE_WIDGET)

enum {
  CONFIDENCE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static OkrCheckinEntry *
entry_of (OkrCheckinPage *self)
{
  return okr_checkin_batch_get_entry (self->batch, self->index);
}

/* A key result's value as the wizard writes it; for milestones, how many are done. */
char *
okr_checkin_page_format_value (OkrKeyResult *kr, double value)
{
  OkrKrKind kind = okr_key_result_get_kind (kr);
  guint total = okr_key_result_get_milestones_total (kr);

  if (kind == OKR_KR_MILESTONE)
    return g_strdup_printf (ngettext ("%u of %u milestone done", "%u of %u milestones done",
                                      total), (guint) value, total);
  return okr_format_kr_value (kind, value, okr_key_result_get_unit_label (kr));
}

static void
add_fact (OkrCheckinPage *self, int row, const char *caption, const char *value)
{
  GtkWidget *c = gtk_label_new (caption);
  GtkWidget *v = gtk_label_new (value);

  gtk_label_set_xalign (GTK_LABEL (c), 0);
  gtk_widget_add_css_class (c, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (v), 0);
  gtk_label_set_wrap (GTK_LABEL (v), TRUE);
  gtk_widget_set_hexpand (v, TRUE);
  gtk_grid_attach (self->facts, c, 0, row, 1, 1);
  gtk_grid_attach (self->facts, v, 1, row, 1, 1);
}

/* Last check-in, where the key result should be today, and its pace. */
static void
fill_facts (OkrCheckinPage *self)
{
  OkrCheckinEntry *entry = entry_of (self);
  OkrKeyResult *kr = entry->kr;
  OkrRollup *rollup = okr_checkin_batch_get_rollup (self->batch);
  OkrCycle *cycle = okr_rollup_get_cycle (rollup);
  OkrKrKind kind = okr_key_result_get_kind (kr);
  OkrDate last = okr_key_result_get_current_date (kr);
  double expected = okr_rollup_get_expected (rollup);
  double expected_value = okr_checkin_batch_expected_value (self->batch, self->index);
  g_autofree char *current = okr_checkin_page_format_value (kr, okr_key_result_get_current (kr));
  g_autofree char *last_text = NULL, *expected_text = NULL, *pace_text = NULL;
  const char *status = okr_status_to_label (okr_key_result_get_status (kr));
  int row = 0;

  if (okr_date_is_valid (last))
    {
      g_autofree char *date = okr_format_date (last);
      /* Translators: the last check-in: a value and its date, "40 users on Feb 8, 2027". */
      last_text = g_strdup_printf (_("%s on %s"), current, date);
    }
  else
    /* Translators: a key result never checked in; %s is where it started. */
    last_text = g_strdup_printf (_("None yet · started at %s"), current);
  add_fact (self, row++, _("Last check-in"), last_text);

  if (kind == OKR_KR_CONTROL)
    {
      g_autofree char *target = okr_checkin_page_format_value (kr, okr_key_result_get_target (kr));
      expected_text = g_strdup_printf (okr_key_result_get_direction (kr) == OKR_DIRECTION_BELOW
                                       /* Translators: what a control key result must hold. */
                                       ? _("At or below %s") : _("At or above %s"), target);
      add_fact (self, row++, _("Must stay"), expected_text);
    }
  else if (kind == OKR_KR_BOOLEAN)
    {
      g_autofree char *end = okr_format_date (okr_cycle_get_end (cycle));
      /* Translators: when a done-or-not key result should be done. */
      expected_text = g_strdup_printf (_("Done by %s"), end);
      add_fact (self, row++, _("Target"), expected_text);
    }
  else if (!isnan (expected_value))
    {
      expected_text = kind == OKR_KR_MILESTONE
        ? okr_checkin_page_format_value (kr, round (expected_value))
        : okr_checkin_page_format_value (kr, expected_value);
      add_fact (self, row++, _("Expected today"), expected_text);
    }

  if (kind != OKR_KR_CONTROL && kind != OKR_KR_BOOLEAN && expected > 0)
    {
      g_autofree char *pace = okr_format_percent (okr_key_result_get_progress (kr) / expected);
      /* Translators: the pace (progress against what is expected today) and the status. */
      pace_text = g_strdup_printf (_("%s of the expected pace · %s"), pace, status);
    }
  add_fact (self, row, _("Pace"), pace_text != NULL ? pace_text : status);
}

static void
refresh_preview (OkrCheckinPage *self)
{
  OkrCheckinEntry *entry = entry_of (self);
  OkrCheckinOutcome after;
  g_autofree char *value = NULL, *percent = NULL, *line = NULL;

  okr_checkin_batch_after (self->batch, self->index, &after);
  value = okr_checkin_page_format_value (entry->kr, after.value);
  percent = okr_format_percent (after.progress_raw);
  /* Translators: what the key result becomes: value · progress · status. */
  line = g_strdup_printf (_("After this check-in: %s · %s · %s"), value, percent,
                          okr_status_to_label (after.status));
  gtk_label_set_label (self->preview_label, line);
}

static void
show_error (OkrCheckinPage *self, const char *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (self->value_entry != NULL)
    {
      if (message != NULL)
        gtk_widget_add_css_class (self->value_entry, "error");
      else
        gtk_widget_remove_css_class (self->value_entry, "error");
    }
}

/* The typed value, or FALSE when it is not a number. Text left as first shown keeps the
 * exact value (the shown one may be rounded). */
static gboolean
typed_value (OkrCheckinPage *self, double *value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->value_entry));

  if (g_strcmp0 (text, self->initial_text) == 0)
    {
      *value = okr_key_result_get_current (entry_of (self)->kr);
      return TRUE;
    }
  return okr_parse_number (text, value);
}

static void
on_value_changed (GtkEditable *editable, OkrCheckinPage *self)
{
  double value;

  if (!typed_value (self, &value))
    {
      gtk_label_set_label (self->preview_label, "");
      return;
    }
  entry_of (self)->value = value;
  show_error (self, NULL);
  refresh_preview (self);
}

static void
on_done_changed (GtkSwitch *sw, GParamSpec *pspec, OkrCheckinPage *self)
{
  entry_of (self)->value = gtk_switch_get_active (sw) ? 1 : 0;
  refresh_preview (self);
}

static void
on_milestone_toggled (GtkCheckButton *check, OkrCheckinPage *self)
{
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "position"));

  entry_of (self)->ticked[i] = gtk_check_button_get_active (check);
  refresh_preview (self);
}

/* A digit ticks (or unticks) that milestone: 1 is the first. */
static gboolean
on_milestone_key (GtkEventControllerKey *controller, guint keyval, guint keycode,
                  GdkModifierType state, OkrCheckinPage *self)
{
  guint32 ch = gdk_keyval_to_unicode (keyval);
  GtkWidget *check;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0 || ch < '1' || ch > '9' ||
      ch - '1' >= self->checks->len)
    return FALSE;
  check = g_ptr_array_index (self->checks, ch - '1');
  if (gtk_widget_get_sensitive (check))
    {
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   !gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
      gtk_widget_grab_focus (check);
    }
  return TRUE;
}

static AdwActionRow *
plain_row (const char *title, const char *subtitle)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  /* Titles are leaders' text: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (row, subtitle);
  return row;
}

static void
build_number (OkrCheckinPage *self, OkrKeyResult *kr)
{
  OkrKrKind kind = okr_key_result_get_kind (kr);
  const char *unit = kind == OKR_KR_PERCENT ? "%" : okr_key_result_get_unit_label (kr);
  AdwActionRow *row = plain_row (_("Value now"), NULL);
  GtkWidget *label = gtk_label_new (unit);

  self->initial_text = okr_format_number (okr_key_result_get_current (kr), -1);
  self->value_entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (self->value_entry), self->initial_text);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->value_entry), 10);
  gtk_editable_set_alignment (GTK_EDITABLE (self->value_entry), 1);
  gtk_entry_set_input_purpose (GTK_ENTRY (self->value_entry), GTK_INPUT_PURPOSE_NUMBER);
  gtk_widget_set_valign (self->value_entry, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->value_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Value now"), -1);
  g_signal_connect (self->value_entry, "changed", G_CALLBACK (on_value_changed), self);
  gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (row, self->value_entry);
  if (unit != NULL && *unit != '\0')
    adw_action_row_add_suffix (row, label);
  adw_action_row_set_activatable_widget (row, self->value_entry);
  adw_preferences_group_add (self->value_group, GTK_WIDGET (row));
}

static void
build_boolean (OkrCheckinPage *self, OkrCheckinEntry *entry)
{
  AdwActionRow *row = plain_row (_("Done"), _("Switch on once the key result is achieved."));

  self->done_switch = gtk_switch_new ();
  gtk_switch_set_active (GTK_SWITCH (self->done_switch), entry->value >= 0.5);
  gtk_widget_set_valign (self->done_switch, GTK_ALIGN_CENTER);
  g_signal_connect (self->done_switch, "notify::active", G_CALLBACK (on_done_changed), self);
  adw_action_row_add_suffix (row, self->done_switch);
  adw_action_row_set_activatable_widget (row, self->done_switch);
  adw_preferences_group_add (self->value_group, GTK_WIDGET (row));
}

static void
build_milestones (OkrCheckinPage *self, OkrCheckinEntry *entry)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->checks = g_ptr_array_new ();
  for (guint i = 0; entry->milestones[i] != NULL; i++)
    {
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, entry->milestones[i]);
      AdwActionRow *row = plain_row (title, entry->done_before[i] ? _("Done already") : NULL);
      GtkWidget *check = gtk_check_button_new ();

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), entry->ticked[i]);
      /* The store keeps a milestone done once it is: it can't be unticked here. */
      gtk_widget_set_sensitive (check, !entry->done_before[i]);
      g_object_set_data (G_OBJECT (check), "position", GUINT_TO_POINTER (i));
      g_signal_connect (check, "toggled", G_CALLBACK (on_milestone_toggled), self);
      adw_action_row_add_prefix (row, check);
      adw_action_row_set_activatable_widget (row, check);
      gtk_widget_set_sensitive (GTK_WIDGET (row), !entry->done_before[i]);
      adw_preferences_group_add (self->value_group, GTK_WIDGET (row));
      g_ptr_array_add (self->checks, check);
    }
  adw_preferences_group_set_description (self->value_group,
                                         _("Tick what is done: Space, or the milestone’s "
                                           "number."));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_milestone_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->value_group), keys);
}

static void
on_confidence_changed (OkrConfidencePicker *picker, GParamSpec *pspec, OkrCheckinPage *self)
{
  entry_of (self)->confidence = okr_confidence_picker_get_value (picker);
  refresh_preview (self);
}

static void
on_confidence_chosen (OkrConfidencePicker *picker, OkrCheckinPage *self)
{
  g_signal_emit (self, signals[CONFIDENCE_CHOSEN], 0);
}

static void
on_note_changed (GtkEditable *editable, OkrCheckinPage *self)
{
  okr_checkin_batch_set_note (self->batch, self->index,
                              gtk_editable_get_text (GTK_EDITABLE (self->went_well_row)),
                              gtk_editable_get_text (GTK_EDITABLE (self->blocked_by_row)),
                              gtk_editable_get_text (GTK_EDITABLE (self->next_step_row)));
}

static void
bind (OkrCheckinPage *self)
{
  OkrCheckinEntry *entry = entry_of (self);
  OkrRollup *rollup = okr_checkin_batch_get_rollup (self->batch);
  OkrCycle *cycle = okr_rollup_get_cycle (rollup);
  OkrUnit *unit = entry->objective != NULL
    ? okr_rollup_find_unit (rollup, okr_objective_get_unit_id (entry->objective)) : NULL;
  GtkWidget *sparkline = okr_sparkline_area_new (150, 54);

  if (entry->objective != NULL && unit != NULL)
    {
      /* Translators: above a key result: its objective · its unit. */
      g_autofree char *context = g_strdup_printf (_("%s · %s"),
                                                  okr_objective_get_title (entry->objective),
                                                  okr_unit_get_name (unit));
      gtk_label_set_label (self->objective_label, context);
    }
  gtk_label_set_label (self->title_label, okr_key_result_get_title (entry->kr));
  fill_facts (self);

  okr_sparkline_area_set (sparkline, entry->history, entry->n_history,
                          okr_cycle_get_start (cycle), okr_cycle_get_end (cycle),
                          okr_checkin_has_pace (entry->kr), okr_key_result_get_status (entry->kr));
  gtk_widget_set_margin_start (sparkline, 6);
  gtk_widget_set_margin_end (sparkline, 6);
  gtk_box_append (GTK_BOX (self->sparkline_box), sparkline);
  gtk_widget_set_tooltip_text (self->sparkline_box,
                               _("Progress at each check-in (line) against the pace the cycle "
                                 "expects (dashes)"));

  switch (okr_key_result_get_kind (entry->kr))
    {
    case OKR_KR_BOOLEAN:
      build_boolean (self, entry);
      break;
    case OKR_KR_MILESTONE:
      build_milestones (self, entry);
      break;
    default:
      build_number (self, entry->kr);
      break;
    }

  okr_confidence_picker_set_value (self->confidence, entry->confidence);
  g_signal_connect (self->confidence, "notify::value", G_CALLBACK (on_confidence_changed), self);
  g_signal_connect (self->confidence, "chosen", G_CALLBACK (on_confidence_chosen), self);
  gtk_editable_set_text (GTK_EDITABLE (self->went_well_row), entry->went_well);
  gtk_editable_set_text (GTK_EDITABLE (self->blocked_by_row), entry->blocked_by);
  gtk_editable_set_text (GTK_EDITABLE (self->next_step_row), entry->next_step);
  g_signal_connect (self->went_well_row, "changed", G_CALLBACK (on_note_changed), self);
  g_signal_connect (self->blocked_by_row, "changed", G_CALLBACK (on_note_changed), self);
  g_signal_connect (self->next_step_row, "changed", G_CALLBACK (on_note_changed), self);
  refresh_preview (self);
}

static void
okr_checkin_page_dispose (GObject *object)
{
  OkrCheckinPage *self = OKR_CHECKIN_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OKR_TYPE_CHECKIN_PAGE);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_object (&self->batch);
  G_OBJECT_CLASS (okr_checkin_page_parent_class)->dispose (object);
}

static void
okr_checkin_page_finalize (GObject *object)
{
  OkrCheckinPage *self = OKR_CHECKIN_PAGE (object);

  g_free (self->initial_text);
  G_OBJECT_CLASS (okr_checkin_page_parent_class)->finalize (object);
}

static void
okr_checkin_page_class_init (OkrCheckinPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = okr_checkin_page_dispose;
  object_class->finalize = okr_checkin_page_finalize;

  /* A digit key picked the confidence: the wizard moves on. */
  signals[CONFIDENCE_CHOSEN] = g_signal_new ("confidence-chosen", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);

  g_type_ensure (OKR_TYPE_CONFIDENCE_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cascadeokr/Cascade/okr-checkin-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinPage, objective_label);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinPage, facts);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinPage, sparkline_box);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinPage, value_group);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinPage, preview_label);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinPage, confidence);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinPage, went_well_row);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinPage, blocked_by_row);
  gtk_widget_class_bind_template_child (widget_class, OkrCheckinPage, next_step_row);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
okr_checkin_page_init (OkrCheckinPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
okr_checkin_page_new (OkrCheckinBatch *batch, guint index)
{
  OkrCheckinPage *self;

  g_return_val_if_fail (OKR_IS_CHECKIN_BATCH (batch), NULL);
  g_return_val_if_fail (index < okr_checkin_batch_get_n_entries (batch), NULL);

  self = g_object_new (OKR_TYPE_CHECKIN_PAGE, NULL);
  self->batch = g_object_ref (batch);
  self->index = index;
  bind (self);
  return GTK_WIDGET (self);
}

guint
okr_checkin_page_get_index (OkrCheckinPage *self)
{
  g_return_val_if_fail (OKR_IS_CHECKIN_PAGE (self), 0);
  return self->index;
}

/**
 * okr_checkin_page_commit:
 *
 * Checks what was typed before the wizard moves on. A value that is not a number is
 * refused with a line that shows how to write one, and the focus goes back to it.
 *
 * Returns: whether the page's entry holds what the leader meant
 */
gboolean
okr_checkin_page_commit (OkrCheckinPage *self)
{
  double value;

  g_return_val_if_fail (OKR_IS_CHECKIN_PAGE (self), FALSE);

  if (self->value_entry != NULL && !typed_value (self, &value))
    {
      const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->value_entry));
      g_autofree char *example = okr_format_number (1234.5, 1);
      /* Translators: what was typed, then a number written the reader's way ("1,234.5"). */
      g_autofree char *message = g_strdup_printf (_("“%s” is not a number. Type one such as "
                                                    "%s."), typed, example);
      show_error (self, message);
      gtk_widget_grab_focus (self->value_entry);
      return FALSE;
    }
  if (self->value_entry != NULL)
    entry_of (self)->value = value;
  show_error (self, NULL);
  return TRUE;
}

/* Focus goes where this week's value is typed: the number (all of it selected, so typing
 * replaces it), the done switch, or the first milestone still open. */
void
okr_checkin_page_focus_value (OkrCheckinPage *self)
{
  g_return_if_fail (OKR_IS_CHECKIN_PAGE (self));

  if (self->value_entry != NULL)
    {
      gtk_widget_grab_focus (self->value_entry);
      gtk_editable_select_region (GTK_EDITABLE (self->value_entry), 0, -1);
      return;
    }
  if (self->done_switch != NULL)
    {
      gtk_widget_grab_focus (self->done_switch);
      return;
    }
  for (guint i = 0; self->checks != NULL && i < self->checks->len; i++)
    if (gtk_widget_get_sensitive (g_ptr_array_index (self->checks, i)))
      {
        gtk_widget_grab_focus (g_ptr_array_index (self->checks, i));
        return;
      }
  /* Every milestone is done: only the confidence is left to give. */
  gtk_widget_child_focus (GTK_WIDGET (self->confidence), GTK_DIR_TAB_FORWARD);
}

void
okr_checkin_page_set_confidence (OkrCheckinPage *self, int confidence)
{
  g_return_if_fail (OKR_IS_CHECKIN_PAGE (self));
  okr_confidence_picker_set_value (self->confidence, confidence);
}

void
okr_checkin_page_set_note (OkrCheckinPage *self, OkrNotePart part, const char *text)
{
  AdwEntryRow *rows[] = { self->went_well_row, self->blocked_by_row, self->next_step_row };

  g_return_if_fail (OKR_IS_CHECKIN_PAGE (self));
  g_return_if_fail (part <= OKR_NOTE_NEXT_STEP);
  gtk_editable_set_text (GTK_EDITABLE (rows[part]), text);
}
