/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-objective-editor.c — an objective: what we want, whose it is, and what it serves
 *
 * A new objective can be given its first key results by title right away, so a leader
 * drafts the shape of the quarter in one pass and fills in the numbers after; the quality
 * hints then point at what is still missing.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-editing.h"
#include "okr-objective-editor.h"
#include "okr-store-outline.h"
#include "okr-store-read.h"

#define N_FIRST_KRS 3

typedef struct {
  gint64 objective_id;
  gint64 kr_id;
} Target;

struct _OkrObjectiveEditor {
  OkrEditor      parent_instance;

  gint64         id;            /* 0: a new objective */
  gint64         cycle_id;
  GArray        *unit_ids;      /* the unit row's lines */
  GArray        *targets;       /* the alignment row's lines (Target) */
  GPtrArray     *parent_rollups; /* roll-ups of the cycles that enclose this one */

  AdwEntryRow   *title;
  AdwActionRow  *title_message;
  GtkTextBuffer *description;
  AdwComboRow   *unit;
  AdwComboRow   *owner;
  AdwComboRow   *kind;
  AdwPreferencesGroup *alignment_group;
  AdwComboRow   *alignment;
  AdwEntryRow   *first_krs[N_FIRST_KRS];
};

G_DEFINE_FINAL_TYPE (OkrObjectiveEditor, okr_objective_editor, OKR_TYPE_EDITOR)

static gint64
selected_unit (OkrObjectiveEditor *self)
{
  guint i = adw_combo_row_get_selected (self->unit);
  return i < self->unit_ids->len ? g_array_index (self->unit_ids, gint64, i) : 0;
}

static Target
selected_target (OkrObjectiveEditor *self)
{
  guint i = adw_combo_row_get_selected (self->alignment);
  Target none = { 0, 0 };
  return i < self->targets->len ? g_array_index (self->targets, Target, i) : none;
}

/* ───────────────────────── alignment choices ───────────────────────── */

static void
add_target (OkrObjectiveEditor *self, GStrvBuilder *labels, gint64 objective, gint64 kr,
            char *label)
{
  Target t = { objective, kr };

  g_array_append_val (self->targets, t);
  g_strv_builder_add (labels, label);
  g_free (label);
}

/* The objectives of @unit in @rollup, each followed by its key results. */
static void
add_unit_targets (OkrObjectiveEditor *self, GStrvBuilder *labels, OkrRollup *rollup, OkrUnit *unit)
{
  GPtrArray *objectives = okr_rollup_get_objectives (rollup, okr_unit_get_id (unit));

  for (guint i = 0; i < objectives->len; i++)
    {
      OkrObjective *o = objectives->pdata[i];
      GPtrArray *krs = okr_rollup_get_key_results (rollup, okr_objective_get_id (o));

      if (okr_objective_get_id (o) == self->id)
        continue;
      /* Translators: an objective to align to: its unit, then its title. */
      add_target (self, labels, okr_objective_get_id (o), 0,
                  g_strdup_printf (_("%s · %s"), okr_unit_get_name (unit),
                                   okr_objective_get_title (o)));
      for (guint k = 0; k < krs->len; k++)
        /* Translators: a key result to align to, under its objective. */
        add_target (self, labels, 0, okr_key_result_get_id (krs->pdata[k]),
                    g_strdup_printf (_("    ↳ %s"), okr_key_result_get_title (krs->pdata[k])));
    }
}

/* Objectives and KRs of the units above @unit_id, company first, in this cycle and in
 * the cycles that enclose it: what the store accepts as a parent. */
static void
fill_alignment (OkrObjectiveEditor *self, Target keep)
{
  OkrRollup *rollup = okr_editor_get_rollup (OKR_EDITOR (self));
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_autoptr(GPtrArray) ancestors = g_ptr_array_new ();
  g_auto(GStrv) strings = NULL;
  g_autoptr(GtkStringList) model = NULL;
  OkrUnit *unit = okr_rollup_find_unit (rollup, selected_unit (self));

  g_array_set_size (self->targets, 0);
  add_target (self, labels, 0, 0, g_strdup (_("Not aligned")));
  for (OkrUnit *u = unit != NULL ? okr_rollup_find_unit (rollup, okr_unit_get_parent_id (unit))
                                 : NULL;
       u != NULL && ancestors->len < 100; u = okr_rollup_find_unit (rollup,
                                                                    okr_unit_get_parent_id (u)))
    g_ptr_array_insert (ancestors, 0, u);
  for (guint a = 0; a < ancestors->len; a++)
    {
      for (guint c = self->parent_rollups->len; c > 0; c--)
        add_unit_targets (self, labels, self->parent_rollups->pdata[c - 1], ancestors->pdata[a]);
      add_unit_targets (self, labels, rollup, ancestors->pdata[a]);
    }

  strings = g_strv_builder_end (labels);
  model = gtk_string_list_new ((const char *const *) strings);
  adw_combo_row_set_model (self->alignment, G_LIST_MODEL (model));
  adw_combo_row_set_selected (self->alignment, 0);
  for (guint i = 0; i < self->targets->len; i++)
    {
      Target t = g_array_index (self->targets, Target, i);
      if ((keep.objective_id != 0 && t.objective_id == keep.objective_id) ||
          (keep.kr_id != 0 && t.kr_id == keep.kr_id))
        adw_combo_row_set_selected (self->alignment, i);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->alignment), self->targets->len > 1);
  adw_preferences_group_set_description (self->alignment_group,
                                         self->targets->len > 1
                                         ? _("Its progress counts toward the objective or key "
                                             "result above it.")
                                         : _("The company is the top: there is nothing above to "
                                             "align to."));
}

static void
explain_kind (OkrObjectiveEditor *self)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->kind),
                               adw_combo_row_get_selected (self->kind) == 1
                                 /* xgettext:no-c-format */
                               ? _("A stretch: 70% is a good result")
                               : _("We expect to reach 100%"));
}

static void
on_unit_changed (OkrObjectiveEditor *self)
{
  fill_alignment (self, selected_target (self));
}

/* ───────────────────────── checking ───────────────────────── */

static gboolean
okr_objective_editor_validate (OkrEditor *editor)
{
  OkrObjectiveEditor *self = OKR_OBJECTIVE_EDITOR (editor);
  g_autofree char *title = okr_editor_dup_text (self->title);
  Target target = selected_target (self);
  OkrObjectiveDraft draft = {
    .id = self->id,
    .unit_id = selected_unit (self),
    .title = title,
    .owner_id = okr_editor_get_person (self->owner),
    .align_objective_id = target.objective_id,
    .align_kr_id = target.kr_id,
  };
  g_autoptr(GPtrArray) hints = NULL;
  gboolean ok = *title != '\0' && g_utf8_strlen (title, -1) <= 300;

  okr_editor_mark_row (GTK_WIDGET (self->title), !ok);
  okr_editor_show_message (self->title_message,
                           *title == '\0' ? _("A title is needed: what do you want to achieve?")
                           : ok ? NULL
                           : _("The title is too long: keep it under 300 characters."), TRUE);
  hints = okr_lint_check_objective (okr_editor_get_lint (editor), &draft);
  /* the first key results, as typed, are checked for what their title can say */
  for (guint i = 0; self->id == 0 && i < N_FIRST_KRS; i++)
    {
      g_autofree char *kr = okr_editor_dup_text (self->first_krs[i]);

      if (*kr != '\0' && okr_lint_title_is_task (kr))
        g_ptr_array_add (hints,
                         okr_lint_hint_new (OKR_LINT_KR_IS_TASK, OKR_LINT_WARNING,
                                            OKR_ENTITY_KEY_RESULT, 0, kr,
                                            /* Translators: %s is a key result's title. */
                                            g_strdup_printf (_("“%s” reads like a task, not an "
                                                               "outcome: what result should "
                                                               "this work bring?"), kr)));
    }
  okr_editor_set_hints (editor, hints);
  return ok;
}

static char *
dup_description (OkrObjectiveEditor *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->description, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (self->description, &start, &end, FALSE));
}

static gboolean
add_first_key_results (OkrObjectiveEditor *self, OkrStore *store, gint64 objective,
                       GError **error)
{
  for (guint i = 0; i < N_FIRST_KRS; i++)
    {
      g_autofree char *title = okr_editor_dup_text (self->first_krs[i]);
      OkrKrSpec spec;

      if (*title == '\0')
        continue;
      okr_kr_spec_init (&spec);
      spec.owner_id = okr_editor_get_person (self->owner);
      if (okr_store_add_key_result (store, objective, title, &spec, error) == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
okr_objective_editor_save (OkrEditor *editor, GError **error)
{
  OkrObjectiveEditor *self = OKR_OBJECTIVE_EDITOR (editor);
  OkrStore *store = okr_editor_get_store (editor);
  g_autofree char *title = okr_editor_dup_text (self->title);
  g_autofree char *description = dup_description (self);
  Target target = selected_target (self);
  OkrObjectiveSpec spec;
  gboolean ok;

  okr_objective_spec_init (&spec);
  spec.title = title;
  spec.description = description;
  spec.owner_id = okr_editor_get_person (self->owner);
  spec.aspirational = adw_combo_row_get_selected (self->kind) == 1;
  spec.align_objective_id = target.objective_id;
  spec.align_kr_id = target.kr_id;

  if (self->id == 0)
    {
      gint64 id;

      okr_store_begin_edit (store, _("Add objective"));
      id = okr_store_create_objective (store, self->cycle_id, selected_unit (self), &spec, error);
      ok = id != 0 && add_first_key_results (self, store, id, error);
    }
  else
    {
      g_autoptr(OkrChanges) move = okr_changes_new (OKR_ENTITY_OBJECTIVE);

      okr_store_begin_edit (store, _("Edit objective"));
      okr_changes_set_ref (move, "unit_id", selected_unit (self));
      ok = okr_store_update (store, self->id, move, error) &&
           okr_store_update_objective (store, self->id, &spec, error);
    }
  if (!ok)
    {
      okr_store_abort_edit (store);
      return FALSE;
    }
  return okr_store_end_edit (store, error);
}

/* ───────────────────────── building ───────────────────────── */

static void
okr_objective_editor_finalize (GObject *object)
{
  OkrObjectiveEditor *self = OKR_OBJECTIVE_EDITOR (object);

  g_array_unref (self->unit_ids);
  g_array_unref (self->targets);
  g_ptr_array_unref (self->parent_rollups);
  G_OBJECT_CLASS (okr_objective_editor_parent_class)->finalize (object);
}

static void
okr_objective_editor_class_init (OkrObjectiveEditorClass *klass)
{
  OkrEditorClass *editor_class = OKR_EDITOR_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = okr_objective_editor_finalize;
  editor_class->validate = okr_objective_editor_validate;
  editor_class->save = okr_objective_editor_save;
}

static void
okr_objective_editor_init (OkrObjectiveEditor *self)
{
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->targets = g_array_new (FALSE, FALSE, sizeof (Target));
  self->parent_rollups = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Roll-ups of the year (and beyond) around this cycle, for aligning a quarter's objective to
 * the year's. */
static void
load_parent_rollups (OkrObjectiveEditor *self)
{
  OkrStore *store = okr_editor_get_store (OKR_EDITOR (self));
  OkrRollup *rollup = okr_editor_get_rollup (OKR_EDITOR (self));
  gint64 parent = okr_cycle_get_parent_id (okr_rollup_get_cycle (rollup));

  for (guint guard = 0; parent != 0 && guard < 10; guard++)
    {
      g_autoptr(OkrCycle) cycle = okr_store_get_cycle (store, parent, NULL);
      OkrRollup *r = cycle != NULL ? okr_rollup_new (store, parent, okr_rollup_get_today (rollup),
                                                     NULL)
                                   : NULL;
      if (r == NULL)
        break;
      g_ptr_array_add (self->parent_rollups, r);
      parent = okr_cycle_get_parent_id (cycle);
    }
}

/* Every unit, indented under its parent. */
static GStrv
unit_labels (OkrObjectiveEditor *self)
{
  GPtrArray *units = okr_rollup_get_units (okr_editor_get_rollup (OKR_EDITOR (self)));
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();

  for (guint i = 0; i < units->len; i++)
    {
      OkrUnit *u = units->pdata[i];
      gint64 id = okr_unit_get_id (u);
      g_autofree char *indent = g_strnfill (2 * okr_unit_get_depth (u), ' ');

      g_autofree char *label = g_strconcat (indent, okr_unit_get_name (u), NULL);

      g_strv_builder_add (labels, label);
      g_array_append_val (self->unit_ids, id);
    }
  return g_strv_builder_end (labels);
}

static GtkWidget *
build (OkrWindow *window, gint64 id, gint64 unit_id, gint64 align_objective_id,
       gint64 align_kr_id)
{
  OkrObjectiveEditor *self = g_object_new (OKR_TYPE_OBJECTIVE_EDITOR, "window", window, NULL);
  OkrEditor *editor = OKR_EDITOR (self);
  OkrRollup *rollup = okr_window_get_rollup (window);
  OkrObjective *o = id != 0 ? okr_rollup_find_objective (rollup, id) : NULL;
  OkrUnit *unit;
  const char *kinds[] = { _("Committed"), _("Aspirational"), NULL };
  g_auto(GStrv) units = NULL;
  AdwPreferencesGroup *group;
  Target keep = { align_objective_id, align_kr_id };

  self->id = o != NULL ? id : 0;
  self->cycle_id = okr_cycle_get_id (okr_rollup_get_cycle (rollup));
  if (o != NULL)
    {
      unit_id = okr_objective_get_unit_id (o);
      keep.objective_id = okr_objective_get_align_objective_id (o);
      keep.kr_id = okr_objective_get_align_kr_id (o);
    }
  unit = okr_rollup_find_unit (rollup, unit_id);
  load_parent_rollups (self);

  okr_editor_set_heading (editor, o != NULL ? _("Edit Objective") : _("New Objective"),
                          okr_cycle_get_name (okr_rollup_get_cycle (rollup)));

  group = okr_editor_add_group (editor, NULL, NULL);
  self->title = okr_editor_add_entry (editor, group, "title", _("_Title"),
                                      o != NULL ? okr_objective_get_title (o) : "");
  self->title_message = okr_editor_add_message (editor, group);
  group = okr_editor_add_group (editor, _("Why It Matters"),
                                _("Optional: the context a team needs to choose its own "
                                  "objectives under this one."));
  self->description = okr_editor_add_text (editor, group, "description", _("Why it matters"),
                                           o != NULL ? okr_objective_get_description (o) : "");

  group = okr_editor_add_group (editor, _("Ownership"), NULL);
  units = unit_labels (self);
  self->unit = okr_editor_add_combo (editor, group, "unit", _("_Unit"), NULL,
                                     (const char *const *) units, 0);
  for (guint i = 0; i < self->unit_ids->len; i++)
    if (g_array_index (self->unit_ids, gint64, i) == unit_id)
      adw_combo_row_set_selected (self->unit, i);
  self->owner = okr_editor_add_person (editor, group, "owner", _("_Owner"),
                                       o != NULL ? okr_objective_get_owner_id (o)
                                       : unit != NULL ? okr_unit_get_lead_id (unit) : 0);
  self->kind = okr_editor_add_combo (editor, group, "kind", _("_Ambition"), NULL, kinds,
                                     o != NULL && okr_objective_get_aspirational (o) ? 1 : 0);
  g_signal_connect_swapped (self->kind, "notify::selected", G_CALLBACK (explain_kind), self);
  explain_kind (self);

  self->alignment_group = okr_editor_add_group (editor, _("Alignment"), NULL);
  self->alignment = okr_editor_add_combo (editor, self->alignment_group, "alignment",
                                          _("_Aligned to"), NULL, NULL, 0);
  adw_combo_row_set_use_subtitle (self->alignment, TRUE);
  fill_alignment (self, keep);
  g_signal_connect_swapped (self->unit, "notify::selected", G_CALLBACK (on_unit_changed), self);

  if (o == NULL)
    {
      group = okr_editor_add_group (editor, _("First Key Results"),
                                    _("Optional: name two to five results that would show the "
                                      "objective is achieved. Add their numbers afterwards."));
      for (guint i = 0; i < N_FIRST_KRS; i++)
        {
          g_autofree char *name = g_strdup_printf ("kr%u", i + 1);
          /* Translators: the title of the first, second… key result typed with a new
           * objective. */
          g_autofree char *title = g_strdup_printf (_("Key result %u"), i + 1);
          self->first_krs[i] = okr_editor_add_entry (editor, group, name, title, "");
        }
    }
  else
    {
      g_autofree char *ref = okr_editing_dup_ref (okr_window_get_store (window),
                                                  OKR_ENTITY_OBJECTIVE, id);
      okr_editor_set_delete (editor, _("_Delete Objective"), "win.delete", ref);
    }

  okr_editor_present (editor);
  gtk_widget_grab_focus (GTK_WIDGET (self->title));
  return GTK_WIDGET (self);
}

GtkWidget *
okr_objective_editor_new (OkrWindow *window, gint64 objective_id)
{
  return build (window, objective_id, 0, 0, 0);
}

/**
 * okr_objective_editor_new_for:
 * @unit_id: the unit it will belong to (it can be changed)
 * @align_objective_id: what it will align to, or 0
 */
GtkWidget *
okr_objective_editor_new_for (OkrWindow *window, gint64 unit_id, gint64 align_objective_id,
                              gint64 align_kr_id)
{
  return build (window, 0, unit_id, align_objective_id, align_kr_id);
}
