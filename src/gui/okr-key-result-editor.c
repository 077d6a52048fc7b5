/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-key-result-editor.c — a key result of any kind: what is measured, from where to
 * where, by whom, and the work (initiatives) that drives it
 *
 * The form shows only what the kind needs: a start and a target for a number, a level and
 * a direction for "stay above or below", a checklist for milestones. Numbers are read as
 * the leader's language writes them; a target equal to the start is explained and must be
 * confirmed rather than silently accepted.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "okr-editing.h"
#include "okr-format.h"
#include "okr-key-result-editor.h"
#include "okr-store-outline.h"

typedef struct {
  AdwEntryRow *row;
  gint64       id;   /* 0: added in this editor */
} Milestone;

struct _OkrKeyResultEditor {
  OkrEditor            parent_instance;

  gint64               id;             /* 0: a new key result */
  gint64               objective_id;

  AdwEntryRow         *title;
  AdwActionRow        *title_message;
  AdwComboRow         *kind;

  AdwPreferencesGroup *measure;
  AdwEntryRow         *baseline;
  AdwEntryRow         *target;
  AdwActionRow        *number_message;
  AdwActionRow        *same_row;       /* target = baseline: explained, to confirm */
  GtkSwitch           *same_ok;
  AdwEntryRow         *unit_label;
  AdwComboRow         *direction;
  AdwActionRow        *kind_note;

  AdwPreferencesGroup *milestone_group;
  GArray              *milestones;     /* Milestone */
  GtkWidget           *add_milestone;
  AdwActionRow        *milestone_message;

  AdwComboRow         *owner;
  GtkSpinButton       *weight;
};

G_DEFINE_FINAL_TYPE (OkrKeyResultEditor, okr_key_result_editor, OKR_TYPE_EDITOR)

static OkrKrKind
selected_kind (OkrKeyResultEditor *self)
{
  return (OkrKrKind) adw_combo_row_get_selected (self->kind);
}

static gboolean
has_scale (OkrKrKind kind)
{
  return kind == OKR_KR_NUMBER || kind == OKR_KR_PERCENT || kind == OKR_KR_CURRENCY;
}

/* ───────────────────────── the form follows the kind ───────────────────────── */

static void
show_kind (OkrKeyResultEditor *self)
{
  OkrKrKind kind = selected_kind (self);
  const char *note = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->baseline), has_scale (kind));
  gtk_widget_set_visible (GTK_WIDGET (self->target), has_scale (kind) || kind == OKR_KR_CONTROL);
  gtk_widget_set_visible (GTK_WIDGET (self->unit_label),
                          has_scale (kind) || kind == OKR_KR_CONTROL);
  gtk_widget_set_visible (GTK_WIDGET (self->direction), kind == OKR_KR_CONTROL);
  gtk_widget_set_visible (GTK_WIDGET (self->milestone_group), kind == OKR_KR_MILESTONE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->target),
                                 kind == OKR_KR_CONTROL ? _("_Level to hold") : _("_Target"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->unit_label),
                                 kind == OKR_KR_CURRENCY ? _("_Currency (such as $ or ₫)")
                                 : kind == OKR_KR_PERCENT ? _("_Unit (shown after the number)")
                                 : _("_Unit (such as customers, days)"));

  switch (kind)
    {
    case OKR_KR_BOOLEAN:
      note = _("Done or not: progress is 0% until it is done, then 100%.");
      break;
    case OKR_KR_MILESTONE:
      note = _("Progress is the share of milestones done.");
      break;
    case OKR_KR_CONTROL:
      note = _("Passes while the value stays on the right side of the level; a health "
               "measure to keep, not a change to make.");
      break;
    case OKR_KR_ROLLUP:
      note = _("Progress is the average progress of the objectives aligned to this key result: "
               "the teams’ work carries it.");
      break;
    default:
      break;
    }
  okr_editor_show_message (self->kind_note, note, FALSE);
}

/* ───────────────────────── milestones ───────────────────────── */

static void move_milestone (OkrKeyResultEditor *self, AdwEntryRow *row, int delta);

static void
on_milestone_up (GtkButton *button, OkrKeyResultEditor *self)
{
  move_milestone (self, g_object_get_data (G_OBJECT (button), "row"), -1);
}

static void
on_milestone_down (GtkButton *button, OkrKeyResultEditor *self)
{
  move_milestone (self, g_object_get_data (G_OBJECT (button), "row"), 1);
}

/* The rows in the group follow the array's order; the button to add one stays last. */
static void
relayout_milestones (OkrKeyResultEditor *self)
{
  for (guint i = 0; i < self->milestones->len; i++)
    {
      GtkWidget *row = GTK_WIDGET (g_array_index (self->milestones, Milestone, i).row);
      g_object_ref (row);
      adw_preferences_group_remove (self->milestone_group, row);
    }
  g_object_ref (self->add_milestone);
  adw_preferences_group_remove (self->milestone_group, self->add_milestone);
  for (guint i = 0; i < self->milestones->len; i++)
    {
      GtkWidget *row = GTK_WIDGET (g_array_index (self->milestones, Milestone, i).row);
      g_autofree char *name = g_strdup_printf ("milestone%u", i + 1);
      gtk_widget_set_name (row, name);
      adw_preferences_group_add (self->milestone_group, row);
      g_object_unref (row);
    }
  adw_preferences_group_add (self->milestone_group, self->add_milestone);
  g_object_unref (self->add_milestone);
  okr_editor_revalidate (OKR_EDITOR (self));
}

static guint
milestone_index (OkrKeyResultEditor *self, AdwEntryRow *row)
{
  for (guint i = 0; i < self->milestones->len; i++)
    if (g_array_index (self->milestones, Milestone, i).row == row)
      return i;
  return G_MAXUINT;
}

static void
move_milestone (OkrKeyResultEditor *self, AdwEntryRow *row, int delta)
{
  guint i = milestone_index (self, row);
  Milestone m;

  if (i == G_MAXUINT || (delta < 0 && i == 0) || (delta > 0 && i + 1 >= self->milestones->len))
    return;
  m = g_array_index (self->milestones, Milestone, i);
  g_array_remove_index (self->milestones, i);
  g_array_insert_val (self->milestones, i + delta, m);
  relayout_milestones (self);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
on_milestone_remove (GtkButton *button, OkrKeyResultEditor *self)
{
  AdwEntryRow *row = g_object_get_data (G_OBJECT (button), "row");
  guint i = milestone_index (self, row);

  if (i == G_MAXUINT)
    return;
  g_array_remove_index (self->milestones, i);
  adw_preferences_group_remove (self->milestone_group, GTK_WIDGET (row));
  okr_editor_revalidate (OKR_EDITOR (self));
}

static GtkWidget *
row_button (AdwEntryRow *row, const char *icon, const char *tooltip, GCallback callback,
            gpointer self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "row", row);
  g_signal_connect (button, "clicked", callback, self);
  adw_entry_row_add_suffix (row, button);
  return button;
}

static AdwEntryRow *
add_milestone_row (OkrKeyResultEditor *self, gint64 id, const char *title, gboolean done)
{
  AdwEntryRow *row = okr_editor_add_entry (OKR_EDITOR (self), self->milestone_group, "milestone",
                                           done ? _("Milestone, done") : _("Milestone"), title);
  Milestone m = { row, id };

  if (done)
    adw_entry_row_add_prefix (row, gtk_image_new_from_icon_name ("emblem-ok-symbolic"));
  row_button (row, "go-up-symbolic", _("Move Up"), G_CALLBACK (on_milestone_up), self);
  row_button (row, "go-down-symbolic", _("Move Down"), G_CALLBACK (on_milestone_down), self);
  row_button (row, "list-remove-symbolic", _("Remove Milestone"),
              G_CALLBACK (on_milestone_remove), self);
  g_array_append_val (self->milestones, m);
  relayout_milestones (self);
  return row;
}

static void
on_add_milestone (GtkButton *button, OkrKeyResultEditor *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (add_milestone_row (self, 0, "", FALSE)));
}

/* ───────────────────────── checking ───────────────────────── */

static GPtrArray *
milestone_titles (OkrKeyResultEditor *self, GArray *ids)
{
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < self->milestones->len; i++)
    {
      Milestone *m = &g_array_index (self->milestones, Milestone, i);
      char *title = okr_editor_dup_text (m->row);

      if (*title == '\0')
        {
          g_free (title);
          continue;
        }
      g_ptr_array_add (titles, title);
      if (ids != NULL)
        g_array_append_val (ids, m->id);
    }
  return titles;
}

/* The numbers as typed; FALSE when one is not a number. */
static gboolean
read_numbers (OkrKeyResultEditor *self, double *baseline, double *target)
{
  OkrKrKind kind = selected_kind (self);
  gboolean ok = TRUE;

  okr_editor_show_message (self->number_message, NULL, FALSE);
  *baseline = 0;
  *target = NAN;
  if (has_scale (kind))
    ok = okr_editor_read_number (self->baseline, TRUE, baseline, self->number_message);
  if (has_scale (kind) || kind == OKR_KR_CONTROL)
    ok = okr_editor_read_number (self->target, FALSE, target, self->number_message) && ok;
  return ok;
}

static gboolean
okr_key_result_editor_validate (OkrEditor *editor)
{
  OkrKeyResultEditor *self = OKR_KEY_RESULT_EDITOR (editor);
  g_autofree char *title = okr_editor_dup_text (self->title);
  g_autofree char *label = okr_editor_dup_text (self->unit_label);
  OkrKrKind kind = selected_kind (self);
  gboolean title_ok = *title != '\0' && g_utf8_strlen (title, -1) <= 300;
  gboolean label_ok = g_utf8_strlen (label, -1) <= 24;
  gboolean numbers_ok, same, milestones_ok = TRUE;
  double baseline, target;
  g_autoptr(GPtrArray) hints = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();

  show_kind (self);
  okr_editor_mark_row (GTK_WIDGET (self->title), !title_ok);
  okr_editor_show_message (self->title_message,
                           *title == '\0' ? _("A title is needed: what will be measured?")
                           : title_ok ? NULL
                           : _("The title is too long: keep it under 300 characters."), TRUE);

  numbers_ok = read_numbers (self, &baseline, &target);
  okr_editor_mark_row (GTK_WIDGET (self->unit_label), !label_ok);
  if (numbers_ok && !label_ok)
    okr_editor_show_message (self->number_message,
                             _("The unit is too long: keep it under 24 characters."), TRUE);

  /* Equal start and target: nothing to move. Say what that means, and let the leader
   * choose it knowingly. */
  same = numbers_ok && has_scale (kind) && baseline == target;
  gtk_widget_set_visible (GTK_WIDGET (self->same_row), same);

  if (kind == OKR_KR_MILESTONE)
    {
      g_autoptr(GPtrArray) titles = milestone_titles (self, NULL);
      milestones_ok = titles->len > 0;
      okr_editor_show_message (self->milestone_message,
                               milestones_ok ? NULL
                               : _("Add at least one milestone: a step that will be ticked off."),
                               TRUE);
    }

  {
    OkrKrDraft draft = {
      .id = self->id,
      .objective_id = self->objective_id,
      .title = title,
      .kind = kind,
      .baseline = baseline,
      .target = target,
      .owner_id = okr_editor_get_person (self->owner),
    };
    hints = okr_lint_check_key_result (okr_editor_get_lint (editor), &draft);
    /* The form explains an equal target itself, next to the numbers, and a number it
     * cannot read is not a missing one. */
    for (guint i = 0; i < hints->len; i++)
      {
        OkrLintCode code = okr_lint_hint_get_code (hints->pdata[i]);
        if (code != OKR_LINT_KR_TARGET_IS_BASELINE &&
            (numbers_ok || code != OKR_LINT_KR_NO_TARGET))
          g_ptr_array_add (shown, hints->pdata[i]);
      }
    okr_editor_set_hints (editor, shown);
  }

  return title_ok && label_ok && numbers_ok && milestones_ok &&
         (!same || gtk_switch_get_active (self->same_ok));
}

static void
okr_key_result_editor_apply_hint (OkrEditor *editor, OkrLintHint *hint)
{
  OkrKeyResultEditor *self = OKR_KEY_RESULT_EDITOR (editor);

  if (okr_lint_hint_get_fix (hint) == OKR_LINT_FIX_SET_OWNER)
    okr_editor_set_person (self->owner, okr_lint_hint_get_fix_ref (hint));
}

static gboolean
okr_key_result_editor_save (OkrEditor *editor, GError **error)
{
  OkrKeyResultEditor *self = OKR_KEY_RESULT_EDITOR (editor);
  OkrStore *store = okr_editor_get_store (editor);
  g_autofree char *title = okr_editor_dup_text (self->title);
  g_autofree char *label = okr_editor_dup_text (self->unit_label);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) titles = milestone_titles (self, ids);
  OkrKrSpec spec;
  gboolean ok;

  okr_kr_spec_init (&spec);
  spec.kind = selected_kind (self);
  read_numbers (self, &spec.baseline, &spec.target);
  spec.unit_label = label;
  spec.direction = adw_combo_row_get_selected (self->direction) == 1 ? OKR_DIRECTION_BELOW
                                                                      : OKR_DIRECTION_ABOVE;
  spec.weight = gtk_spin_button_get_value (self->weight);
  spec.owner_id = okr_editor_get_person (self->owner);

  if (self->id == 0)
    {
      g_ptr_array_add (titles, NULL);
      spec.milestones = spec.kind == OKR_KR_MILESTONE ? (const char *const *) titles->pdata
                                                      : NULL;
      return okr_store_add_key_result (store, self->objective_id, title, &spec, error) != 0;
    }

  okr_store_begin_edit (store, _("Edit key result"));
  ok = (spec.kind != OKR_KR_MILESTONE ||
        okr_store_set_milestones (store, self->id, (const gint64 *) ids->data,
                                  (const char *const *) titles->pdata, titles->len, error)) &&
       okr_store_update_key_result (store, self->id, title, &spec, error);
  if (!ok)
    {
      okr_store_abort_edit (store);
      return FALSE;
    }
  return okr_store_end_edit (store, error);
}

/* ───────────────────────── initiatives ───────────────────────── */

static void
on_initiative_activated (AdwActionRow *row, OkrKeyResultEditor *self)
{
  OkrWindow *window = okr_editor_get_window (OKR_EDITOR (self));
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "id"));

  gtk_window_destroy (GTK_WINDOW (self));
  okr_editing_edit (window, OKR_ENTITY_INITIATIVE, id);
}

static void
on_add_initiative (GtkButton *button, OkrKeyResultEditor *self)
{
  OkrWindow *window = okr_editor_get_window (OKR_EDITOR (self));
  g_autofree char *ref = okr_editing_dup_ref (okr_editor_get_store (OKR_EDITOR (self)),
                                              OKR_ENTITY_KEY_RESULT, self->id);

  gtk_window_destroy (GTK_WINDOW (self));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-initiative", "s", ref);
}

static void
add_initiatives (OkrKeyResultEditor *self, OkrPerson *(*find) (OkrRollup *, gint64))
{
  OkrEditor *editor = OKR_EDITOR (self);
  OkrRollup *rollup = okr_editor_get_rollup (editor);
  g_autoptr(GArray) children = okr_store_list_kr_children (okr_editor_get_store (editor),
                                                           OKR_ENTITY_INITIATIVE, self->id, NULL);
  AdwPreferencesGroup *group = okr_editor_add_group (editor, _("Initiatives"),
                                                     _("The work that should move this key "
                                                       "result."));
  GtkWidget *add = gtk_button_new_with_mnemonic (_("Add _Initiative…"));

  for (guint i = 0; children != NULL && i < children->len; i++)
    {
      OkrKrChild *c = &g_array_index (children, OkrKrChild, i);
      GtkWidget *row = adw_action_row_new ();
      OkrPerson *owner = find (rollup, c->owner_id);
      g_autofree char *subtitle = owner != NULL
        /* Translators: an initiative's state, then its owner. */
        ? g_strdup_printf (_("%s · %s"), okr_initiative_state_to_label (c->state),
                           okr_person_get_name (owner))
        : g_strdup (okr_initiative_state_to_label (c->state));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), c->title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "id", GSIZE_TO_POINTER (c->id));
      g_signal_connect (row, "activated", G_CALLBACK (on_initiative_activated), self);
      adw_preferences_group_add (group, row);
    }
  gtk_widget_set_name (add, "add-initiative");
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_initiative), self);
  adw_preferences_group_set_header_suffix (group, add);
}

/* ───────────────────────── building ───────────────────────── */

static void
okr_key_result_editor_finalize (GObject *object)
{
  g_array_unref (OKR_KEY_RESULT_EDITOR (object)->milestones);
  G_OBJECT_CLASS (okr_key_result_editor_parent_class)->finalize (object);
}

static void
okr_key_result_editor_class_init (OkrKeyResultEditorClass *klass)
{
  OkrEditorClass *editor_class = OKR_EDITOR_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = okr_key_result_editor_finalize;
  editor_class->validate = okr_key_result_editor_validate;
  editor_class->save = okr_key_result_editor_save;
  editor_class->apply_hint = okr_key_result_editor_apply_hint;
}

static void
okr_key_result_editor_init (OkrKeyResultEditor *self)
{
  self->milestones = g_array_new (FALSE, FALSE, sizeof (Milestone));
}

static char *
number_text (OkrKeyResult *k, double (*get) (OkrKeyResult *), double fallback)
{
  return okr_editor_format_number (k != NULL ? get (k) : fallback);
}

static void
build_measure (OkrKeyResultEditor *self, OkrKeyResult *k)
{
  OkrEditor *editor = OKR_EDITOR (self);
  g_autofree char *baseline = number_text (k, okr_key_result_get_baseline, 0);
  g_autofree char *target = number_text (k, okr_key_result_get_target, NAN);
  const char *directions[] = { _("Stay at or above"), _("Stay at or below"), NULL };
  GtkWidget *same_label;

  self->measure = okr_editor_add_group (editor, _("Measure"), NULL);
  self->kind_note = okr_editor_add_message (editor, self->measure);
  self->baseline = okr_editor_add_entry (editor, self->measure, "baseline",
                                         _("_Baseline (where it starts)"), baseline);
  self->target = okr_editor_add_entry (editor, self->measure, "target", _("_Target"), target);
  self->direction = okr_editor_add_combo (editor, self->measure, "direction", _("_Direction"),
                                          NULL, directions,
                                          k != NULL && okr_key_result_get_direction (k) ==
                                          OKR_DIRECTION_BELOW ? 1 : 0);
  self->unit_label = okr_editor_add_entry (editor, self->measure, "unit-label", _("_Unit"),
                                           k != NULL ? okr_key_result_get_unit_label (k) : "");
  self->number_message = okr_editor_add_message (editor, self->measure);

  self->same_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->same_row),
                                 _("The target equals the baseline, so nothing has to move: "
                                   "progress stays 0% until the value gets there, then jumps to "
                                   "100%. To keep a level, choose “Stay above or below”."));
  adw_action_row_set_title_lines (self->same_row, 0);
  adw_action_row_set_subtitle (self->same_row, _("Keep it this way"));
  same_label = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  adw_action_row_add_prefix (self->same_row, same_label);
  self->same_ok = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_name (GTK_WIDGET (self->same_ok), "same-ok");
  gtk_widget_set_valign (GTK_WIDGET (self->same_ok), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (self->same_row, GTK_WIDGET (self->same_ok));
  adw_action_row_set_activatable_widget (self->same_row, GTK_WIDGET (self->same_ok));
  gtk_widget_add_css_class (GTK_WIDGET (self->same_row), "field-message");
  g_signal_connect_swapped (self->same_ok, "notify::active", G_CALLBACK (okr_editor_revalidate),
                            self);
  adw_preferences_group_add (self->measure, GTK_WIDGET (self->same_row));
  gtk_widget_set_visible (GTK_WIDGET (self->same_row), FALSE);
  /* an equal target saved before was already accepted */
  gtk_switch_set_active (self->same_ok, k != NULL);
}

static void
build_milestones (OkrKeyResultEditor *self)
{
  OkrEditor *editor = OKR_EDITOR (self);
  g_autoptr(GArray) children = NULL;

  self->milestone_group = okr_editor_add_group (editor, _("Milestones"),
                                                _("Steps ticked off one by one, in order."));
  self->milestone_message = okr_editor_add_message (editor, self->milestone_group);
  self->add_milestone = gtk_button_new_with_mnemonic (_("Add _Milestone"));
  gtk_widget_set_name (self->add_milestone, "add-milestone");
  gtk_widget_set_halign (self->add_milestone, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->add_milestone, 6);
  g_signal_connect (self->add_milestone, "clicked", G_CALLBACK (on_add_milestone), self);
  adw_preferences_group_add (self->milestone_group, self->add_milestone);

  if (self->id != 0)
    children = okr_store_list_kr_children (okr_editor_get_store (editor), OKR_ENTITY_MILESTONE,
                                           self->id, NULL);
  for (guint i = 0; children != NULL && i < children->len; i++)
    {
      OkrKrChild *c = &g_array_index (children, OkrKrChild, i);
      add_milestone_row (self, c->id, c->title, c->state != 0);
    }
  if (self->milestones->len == 0)
    add_milestone_row (self, 0, "", FALSE);
}

static GtkWidget *
build (OkrWindow *window, gint64 id, gint64 objective_id)
{
  OkrKeyResultEditor *self = g_object_new (OKR_TYPE_KEY_RESULT_EDITOR, "window", window, NULL);
  OkrEditor *editor = OKR_EDITOR (self);
  OkrRollup *rollup = okr_window_get_rollup (window);
  OkrKeyResult *k = id != 0 ? okr_rollup_find_key_result (rollup, id) : NULL;
  OkrObjective *o;
  const char *kinds[OKR_KR_N_KINDS + 1] = { NULL };
  AdwPreferencesGroup *group;

  self->id = k != NULL ? id : 0;
  self->objective_id = k != NULL ? okr_key_result_get_objective_id (k) : objective_id;
  o = okr_rollup_find_objective (rollup, self->objective_id);
  for (guint i = 0; i < OKR_KR_N_KINDS; i++)
    kinds[i] = okr_kr_kind_to_label (i);

  okr_editor_set_heading (editor, k != NULL ? _("Edit Key Result") : _("New Key Result"),
                          o != NULL ? okr_objective_get_title (o) : NULL);

  group = okr_editor_add_group (editor, NULL, NULL);
  self->title = okr_editor_add_entry (editor, group, "title", _("_Title"),
                                      k != NULL ? okr_key_result_get_title (k) : "");
  self->title_message = okr_editor_add_message (editor, group);
  self->kind = okr_editor_add_combo (editor, group, "kind", _("_Kind"), NULL, kinds,
                                     k != NULL ? okr_key_result_get_kind (k) : OKR_KR_NUMBER);

  build_measure (self, k);
  build_milestones (self);

  group = okr_editor_add_group (editor, _("Ownership"), NULL);
  self->owner = okr_editor_add_person (editor, group, "owner", _("_Owner"),
                                       k != NULL ? okr_key_result_get_owner_id (k)
                                       : o != NULL ? okr_objective_get_owner_id (o) : 0);
  self->weight = okr_editor_add_spin (editor, group, "weight", _("_Weight"),
                                      _("How much it counts in the objective’s progress"), 0,
                                      1000, 0.5, 1, k != NULL ? okr_key_result_get_weight (k) : 1);

  if (k != NULL)
    {
      g_autofree char *ref = okr_editing_dup_ref (okr_window_get_store (window),
                                                  OKR_ENTITY_KEY_RESULT, id);
      add_initiatives (self, okr_rollup_find_person);
      okr_editor_set_delete (editor, _("_Delete Key Result"), "win.delete", ref);
    }

  show_kind (self);
  okr_editor_present (editor);
  gtk_widget_grab_focus (GTK_WIDGET (self->title));
  return GTK_WIDGET (self);
}

GtkWidget *
okr_key_result_editor_new (OkrWindow *window, gint64 kr_id)
{
  return build (window, kr_id, 0);
}

GtkWidget *
okr_key_result_editor_new_for (OkrWindow *window, gint64 objective_id)
{
  return build (window, 0, objective_id);
}
