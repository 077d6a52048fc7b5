/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-cycle-editor.c — a cycle: its name, its dates, the year it sits in, planning or active
 *
 * Most cycles are quarters and years: choosing the length and the first day fills in the
 * last day and suggests the name, until the leader types a name of their own.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "okr-cycle-editor.h"
#include "okr-editing.h"
#include "okr-format.h"
#include "okr-store-outline.h"
#include "okr-store-read.h"

enum { LENGTH_QUARTER, LENGTH_YEAR, LENGTH_OTHER };

struct _OkrCycleEditor {
  OkrEditor      parent_instance;

  gint64         id;            /* 0: a new cycle */
  OkrCycleState  state;
  OkrDate        start, end;
  gboolean       name_typed;    /* the leader named it: stop suggesting */
  gboolean       filling;
  GPtrArray     *cycles;        /* every cycle, for the enclosing choices */
  GArray        *parent_ids;

  AdwEntryRow   *name;
  AdwComboRow   *length;
  GtkMenuButton *start_button;
  GtkCalendar   *start_calendar;
  GtkMenuButton *end_button;
  GtkCalendar   *end_calendar;
  AdwComboRow   *parent;
  AdwComboRow   *state_row;
  AdwActionRow  *message;
};

G_DEFINE_FINAL_TYPE (OkrCycleEditor, okr_cycle_editor, OKR_TYPE_EDITOR)

/* The day before the same day @months later: a quarter from 1 April ends on 30 June. */
static OkrDate
add_months (OkrDate start, int months)
{
  int y, m, d;

  okr_date_to_ymd (start, &y, &m, &d);
  m += months;
  y += (m - 1) / 12;
  m = (m - 1) % 12 + 1;
  return okr_date_from_ymd (y, m, MIN (d, g_date_get_days_in_month (m, y))) - 1;
}

static char *
suggested_name (OkrCycleEditor *self, guint length)
{
  int y, m, d;

  okr_date_to_ymd (self->start, &y, &m, &d);
  if (length == LENGTH_QUARTER)
    /* Translators: a quarter's name: its number (1–4), then the year ("Q2 2027"). */
    return g_strdup_printf (_("Q%d %d"), (m - 1) / 3 + 1, y);
  if (length == LENGTH_YEAR)
    return g_strdup_printf ("%d", y);
  return NULL;
}

static void
show_dates (OkrCycleEditor *self)
{
  g_autofree char *start = okr_format_date (self->start);
  g_autofree char *end = okr_format_date (self->end);

  gtk_menu_button_set_label (self->start_button, start);
  gtk_menu_button_set_label (self->end_button, end);
}

/* After the start or the length changed: the end and (unless typed) the name follow. */
static void
follow_length (OkrCycleEditor *self)
{
  guint length = adw_combo_row_get_selected (self->length);
  g_autofree char *name = NULL;

  if (length == LENGTH_QUARTER)
    self->end = add_months (self->start, 3);
  else if (length == LENGTH_YEAR)
    self->end = add_months (self->start, 12);
  name = suggested_name (self, length);
  self->filling = TRUE;
  if (!self->name_typed && name != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->name), name);
  self->filling = FALSE;
  show_dates (self);
  okr_editor_revalidate (OKR_EDITOR (self));
}

static void
set_calendar (GtkCalendar *calendar, OkrDate date)
{
  int y, m, d;
  g_autoptr(GDateTime) dt = NULL;

  okr_date_to_ymd (date, &y, &m, &d);
  dt = g_date_time_new_local (y, m, d, 12, 0, 0);
  gtk_calendar_select_day (calendar, dt);
}

static OkrDate
calendar_date (GtkCalendar *calendar)
{
  g_autoptr(GDateTime) dt = gtk_calendar_get_date (calendar);
  return okr_date_from_ymd (g_date_time_get_year (dt), g_date_time_get_month (dt),
                            g_date_time_get_day_of_month (dt));
}

static void
on_start_picked (GtkCalendar *calendar, OkrCycleEditor *self)
{
  if (self->filling)
    return;
  self->start = calendar_date (calendar);
  follow_length (self);
  self->filling = TRUE;
  set_calendar (self->end_calendar, self->end);
  self->filling = FALSE;
}

static void
on_end_picked (GtkCalendar *calendar, OkrCycleEditor *self)
{
  if (self->filling)
    return;
  self->end = calendar_date (calendar);
  self->filling = TRUE;
  if (add_months (self->start, 3) != self->end && add_months (self->start, 12) != self->end)
    adw_combo_row_set_selected (self->length, LENGTH_OTHER);
  self->filling = FALSE;
  show_dates (self);
  okr_editor_revalidate (OKR_EDITOR (self));
}

static void
on_length_changed (OkrCycleEditor *self)
{
  if (self->filling)
    return;
  follow_length (self);
  self->filling = TRUE;
  set_calendar (self->end_calendar, self->end);
  self->filling = FALSE;
}

static void
on_name_changed (OkrCycleEditor *self)
{
  if (!self->filling)
    self->name_typed = TRUE;
}

static gint64
selected_parent (OkrCycleEditor *self)
{
  guint i = adw_combo_row_get_selected (self->parent);
  return i < self->parent_ids->len ? g_array_index (self->parent_ids, gint64, i) : 0;
}

static OkrCycle *
find_cycle (OkrCycleEditor *self, gint64 id)
{
  for (guint i = 0; self->cycles != NULL && i < self->cycles->len; i++)
    if (okr_cycle_get_id (self->cycles->pdata[i]) == id)
      return self->cycles->pdata[i];
  return NULL;
}

static gboolean
okr_cycle_editor_validate (OkrEditor *editor)
{
  OkrCycleEditor *self = OKR_CYCLE_EDITOR (editor);
  g_autofree char *name = okr_editor_dup_text (self->name);
  OkrCycle *parent = find_cycle (self, selected_parent (self));
  const char *problem = NULL;

  if (*name == '\0')
    problem = _("A name is needed, such as “Q3 2027”.");
  else if (g_utf8_strlen (name, -1) > 100)
    problem = _("The name is too long: keep it under 100 characters.");
  else if (self->end <= self->start)
    problem = _("The cycle must end after it starts.");
  else if (self->end - self->start > 3 * 366)
    problem = _("A cycle can last at most three years.");
  else if (parent != NULL && (self->start < okr_cycle_get_start (parent) ||
                              self->end > okr_cycle_get_end (parent)))
    /* Translators: %s is a cycle ("2027"). */
    problem = _("The dates must lie within the cycle it belongs to.");
  okr_editor_mark_row (GTK_WIDGET (self->name), *name == '\0');
  okr_editor_show_message (self->message, problem, TRUE);
  return problem == NULL;
}

static gboolean
okr_cycle_editor_save (OkrEditor *editor, GError **error)
{
  OkrCycleEditor *self = OKR_CYCLE_EDITOR (editor);
  OkrStore *store = okr_editor_get_store (editor);
  g_autofree char *name = okr_editor_dup_text (self->name);
  OkrCycleState state = self->state == OKR_CYCLE_CLOSED ? OKR_CYCLE_CLOSED
                      : adw_combo_row_get_selected (self->state_row) == 1 ? OKR_CYCLE_ACTIVE
                      : OKR_CYCLE_PLANNING;
  gint64 id = self->id;
  gboolean ok;

  okr_store_begin_edit (store, id == 0 ? _("Add cycle") : _("Edit cycle"));
  if (id == 0)
    id = okr_store_add_cycle (store, name, self->start, self->end, selected_parent (self), error);
  else if (!okr_store_update_cycle (store, id, name, self->start, self->end,
                                    selected_parent (self), error))
    id = 0;
  ok = id != 0 && (state == self->state || okr_store_set_cycle_state (store, id, state, error));
  if (!ok)
    {
      okr_store_abort_edit (store);
      return FALSE;
    }
  if (!okr_store_end_edit (store, error))
    return FALSE;
  /* show what was just made */
  if (self->id == 0)
    {
      g_autofree char *ref = okr_editing_dup_ref (store, OKR_ENTITY_CYCLE, id);
      gtk_widget_activate_action (GTK_WIDGET (okr_editor_get_window (editor)), "win.select-cycle",
                                  "s", strchr (ref, ':') + 1);
    }
  return TRUE;
}

static void
okr_cycle_editor_finalize (GObject *object)
{
  OkrCycleEditor *self = OKR_CYCLE_EDITOR (object);

  g_clear_pointer (&self->cycles, g_ptr_array_unref);
  g_array_unref (self->parent_ids);
  G_OBJECT_CLASS (okr_cycle_editor_parent_class)->finalize (object);
}

static void
okr_cycle_editor_class_init (OkrCycleEditorClass *klass)
{
  OkrEditorClass *editor_class = OKR_EDITOR_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = okr_cycle_editor_finalize;
  editor_class->validate = okr_cycle_editor_validate;
  editor_class->save = okr_cycle_editor_save;
}

static void
okr_cycle_editor_init (OkrCycleEditor *self)
{
  self->parent_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static GtkMenuButton *
add_date_row (OkrCycleEditor *self, AdwPreferencesGroup *group, const char *name,
              const char *title, GtkCalendar **calendar, GCallback picked)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();

  *calendar = GTK_CALENDAR (gtk_calendar_new ());
  g_signal_connect (*calendar, "day-selected", picked, self);
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (*calendar));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_name (button, name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (group, row);
  return GTK_MENU_BUTTON (button);
}

/* A new cycle starts the day after the latest one ends, or with this quarter. */
static void
propose_dates (OkrCycleEditor *self)
{
  OkrDate latest = OKR_DATE_NONE;
  int y, m, d;

  for (guint i = 0; self->cycles != NULL && i < self->cycles->len; i++)
    latest = MAX (latest, okr_cycle_get_end (self->cycles->pdata[i]));
  if (latest != OKR_DATE_NONE)
    {
      self->start = latest + 1;
      return;
    }
  okr_date_to_ymd (okr_date_today (), &y, &m, &d);
  self->start = okr_date_from_ymd (y, (m - 1) / 3 * 3 + 1, 1);
}

/* "None", then the cycles that could hold this one: longer, and not inside it. */
static GStrv
parent_labels (OkrCycleEditor *self)
{
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  gint64 none = 0;

  /* Translators: a cycle that sits in no other cycle. */
  g_strv_builder_add (labels, C_("cycle", "None"));
  g_array_append_val (self->parent_ids, none);
  for (guint i = 0; self->cycles != NULL && i < self->cycles->len; i++)
    {
      OkrCycle *c = self->cycles->pdata[i];
      gint64 id = okr_cycle_get_id (c);
      gboolean inside_self = FALSE;

      for (gint64 p = id; p != 0 && !inside_self; )
        {
          OkrCycle *pc = find_cycle (self, p);
          inside_self = self->id != 0 && p == self->id;
          p = pc != NULL ? okr_cycle_get_parent_id (pc) : 0;
        }
      if (inside_self || okr_cycle_get_end (c) - okr_cycle_get_start (c) < 100)
        continue;
      g_strv_builder_add (labels, okr_cycle_get_name (c));
      g_array_append_val (self->parent_ids, id);
    }
  return g_strv_builder_end (labels);
}

GtkWidget *
okr_cycle_editor_new (OkrWindow *window, gint64 cycle_id)
{
  OkrCycleEditor *self = g_object_new (OKR_TYPE_CYCLE_EDITOR, "window", window, NULL);
  OkrEditor *editor = OKR_EDITOR (self);
  OkrStore *store = okr_window_get_store (window);
  OkrCycle *cycle;
  const char *lengths[] = { _("Quarter"), _("Year"), _("Other"), NULL };
  const char *states[] = {
    okr_cycle_state_to_label (OKR_CYCLE_PLANNING), okr_cycle_state_to_label (OKR_CYCLE_ACTIVE),
    NULL,
  };
  g_auto(GStrv) parents = NULL;
  AdwPreferencesGroup *group;
  gint64 parent_id = 0;
  guint length = LENGTH_QUARTER;

  self->cycles = okr_store_list_cycles (store, NULL);
  cycle = find_cycle (self, cycle_id);
  self->id = cycle != NULL ? cycle_id : 0;
  self->state = cycle != NULL ? okr_cycle_get_state (cycle) : OKR_CYCLE_PLANNING;
  self->name_typed = cycle != NULL;
  if (cycle != NULL)
    {
      self->start = okr_cycle_get_start (cycle);
      self->end = okr_cycle_get_end (cycle);
      parent_id = okr_cycle_get_parent_id (cycle);
      length = add_months (self->start, 3) == self->end ? LENGTH_QUARTER
             : add_months (self->start, 12) == self->end ? LENGTH_YEAR : LENGTH_OTHER;
    }
  else
    {
      propose_dates (self);
      self->end = add_months (self->start, 3);
      /* inside the year that holds it, when there is one */
      for (guint i = 0; self->cycles != NULL && i < self->cycles->len; i++)
        {
          OkrCycle *c = self->cycles->pdata[i];
          if (okr_cycle_get_start (c) <= self->start && okr_cycle_get_end (c) >= self->end &&
              okr_cycle_get_end (c) - okr_cycle_get_start (c) > 100)
            parent_id = okr_cycle_get_id (c);
        }
    }

  okr_editor_set_heading (editor, cycle != NULL ? _("Edit Cycle") : _("New Cycle"), NULL);
  group = okr_editor_add_group (editor, NULL,
                                _("OKRs are set for a cycle: most often a quarter, inside a "
                                  "year."));
  self->name = okr_editor_add_entry (editor, group, "name", _("_Name"),
                                     cycle != NULL ? okr_cycle_get_name (cycle) : "");
  g_signal_connect_swapped (self->name, "changed", G_CALLBACK (on_name_changed), self);
  self->length = okr_editor_add_combo (editor, group, "length", _("_Length"), NULL, lengths,
                                       length);
  g_signal_connect_swapped (self->length, "notify::selected", G_CALLBACK (on_length_changed),
                            self);
  self->start_button = add_date_row (self, group, "start", _("_Starts"), &self->start_calendar,
                                     G_CALLBACK (on_start_picked));
  self->end_button = add_date_row (self, group, "end", _("_Ends"), &self->end_calendar,
                                   G_CALLBACK (on_end_picked));
  parents = parent_labels (self);
  self->parent = okr_editor_add_combo (editor, group, "parent", _("_Part of"),
                                       _("A quarter’s objectives can align to its year’s"),
                                       (const char *const *) parents, 0);
  for (guint i = 0; i < self->parent_ids->len; i++)
    if (g_array_index (self->parent_ids, gint64, i) == parent_id)
      adw_combo_row_set_selected (self->parent, i);
  self->state_row = okr_editor_add_combo (editor, group, "state", _("S_tate"),
                                          _("Planning while drafting; active once the quarter "
                                            "runs"), states,
                                          self->state == OKR_CYCLE_ACTIVE ? 1 : 0);
  self->message = okr_editor_add_message (editor, group);
  if (self->state == OKR_CYCLE_CLOSED)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (group), FALSE);
      okr_editor_show_message (okr_editor_add_message (editor, group),
                               _("This cycle is closed: reopen it from the review to change it."),
                               FALSE);
    }

  self->filling = TRUE;
  set_calendar (self->start_calendar, self->start);
  set_calendar (self->end_calendar, self->end);
  self->filling = FALSE;
  if (cycle == NULL)
    follow_length (self);
  show_dates (self);

  if (cycle != NULL)
    {
      g_autofree char *ref = okr_editing_dup_ref (store, OKR_ENTITY_CYCLE, cycle_id);
      okr_editor_set_delete (editor, _("_Delete Cycle and Its OKRs"), "win.delete", ref);
    }
  okr_editor_present (editor);
  gtk_widget_grab_focus (GTK_WIDGET (self->name));
  return GTK_WIDGET (self);
}
