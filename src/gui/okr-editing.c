/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-editing.c — the window's drafting actions
 *
 * Every way of changing the document from the window goes through one of these actions —
 * the header's New button, context menus, shortcuts, empty states, the Quality page — so
 * the tests and the screenshot tool drive exactly what a leader uses. Actions that name a
 * row take a reference "objective:<uuid>" (a title works too, as on the command line).
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "okr-carry-dialog.h"
#include "okr-cascade-view.h"
#include "okr-cycle-editor.h"
#include "okr-editing.h"
#include "okr-initiative-editor.h"
#include "okr-key-result-editor.h"
#include "okr-objective-editor.h"
#include "okr-people-window.h"
#include "okr-person-editor.h"
#include "okr-store-outline.h"
#include "okr-store-read.h"
#include "okr-template-dialog.h"
#include "okr-unit-editor.h"
#include "okr-window.h"

typedef struct {
  OkrEntity   entity;
  const char *name;
} RefName;

static const RefName ref_names[] = {
  { OKR_ENTITY_UNIT, "unit" },
  { OKR_ENTITY_PERSON, "person" },
  { OKR_ENTITY_CYCLE, "cycle" },
  { OKR_ENTITY_OBJECTIVE, "objective" },
  { OKR_ENTITY_KEY_RESULT, "kr" },
  { OKR_ENTITY_INITIATIVE, "initiative" },
};

char *
okr_editing_dup_ref (OkrStore *store, OkrEntity entity, gint64 id)
{
  OkrUuid uuid;
  char text[OKR_UUID_STRING_LEN + 1];

  for (guint i = 0; i < G_N_ELEMENTS (ref_names); i++)
    if (ref_names[i].entity == entity && okr_store_get_uuid (store, entity, id, &uuid))
      {
        okr_uuid_write (&uuid, text);
        return g_strconcat (ref_names[i].name, ":", text, NULL);
      }
  return g_strdup ("");
}

gboolean
okr_editing_parse_ref (OkrStore *store, const char *ref, OkrEntity *entity, gint64 *id,
                       GError **error)
{
  const char *colon = ref != NULL ? strchr (ref, ':') : NULL;

  for (guint i = 0; colon != NULL && i < G_N_ELEMENTS (ref_names); i++)
    if (strlen (ref_names[i].name) == (size_t) (colon - ref) &&
        strncmp (ref, ref_names[i].name, colon - ref) == 0)
      {
        *entity = ref_names[i].entity;
        *id = okr_store_resolve (store, *entity, colon + 1, error);
        return *id != 0;
      }
  g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND,
                       _("That item no longer exists."));
  return FALSE;
}

/* ───────────────────────── guards ───────────────────────── */

static OkrWindow *
window_of (GtkWidget *widget)
{
  return OKR_WINDOW (widget);
}

/* Whether the document can take edits at all; says why not. */
static gboolean
can_edit (OkrWindow *window)
{
  OkrStore *store = okr_window_get_store (window);

  if (store == NULL)
    return FALSE;
  if (okr_store_is_read_only (store))
    {
      okr_window_show_toast (window, _("This document is read-only. Changes can’t be saved."));
      return FALSE;
    }
  return TRUE;
}

/* Whether there is a cycle to draft in, open for changes; offers to make one. */
static gboolean
can_draft (OkrWindow *window)
{
  OkrRollup *rollup = okr_window_get_rollup (window);
  OkrCycle *cycle;

  if (!can_edit (window))
    return FALSE;
  if (rollup == NULL)
    {
      okr_window_show_toast (window, _("OKRs belong to a cycle: add one first."));
      okr_cycle_editor_new (window, 0);
      return FALSE;
    }
  cycle = okr_rollup_get_cycle (rollup);
  if (okr_cycle_get_state (cycle) == OKR_CYCLE_CLOSED)
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is closed, so its OKRs can’t be changed. Reopen the cycle "
                           "first."), okr_cycle_get_name (cycle));
      okr_window_show_toast (window, message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
resolve (OkrWindow *window, GVariant *param, OkrEntity *entity, gint64 *id)
{
  g_autoptr(GError) error = NULL;

  if (okr_window_get_store (window) == NULL)
    return FALSE;
  if (!okr_editing_parse_ref (okr_window_get_store (window), g_variant_get_string (param, NULL),
                              entity, id, &error))
    {
      okr_window_show_toast (window, error->message);
      return FALSE;
    }
  return TRUE;
}

/* ───────────────────────── editors ───────────────────────── */

void
okr_editing_edit (OkrWindow *window, OkrEntity entity, gint64 id)
{
  switch (entity)
    {
    case OKR_ENTITY_UNIT:
      okr_unit_editor_new (window, id);
      break;
    case OKR_ENTITY_PERSON:
      okr_person_editor_new (window, id);
      break;
    case OKR_ENTITY_CYCLE:
      okr_cycle_editor_new (window, id);
      break;
    case OKR_ENTITY_OBJECTIVE:
      if (can_draft (window))
        okr_objective_editor_new (window, id);
      break;
    case OKR_ENTITY_KEY_RESULT:
      if (can_draft (window))
        okr_key_result_editor_new (window, id);
      break;
    case OKR_ENTITY_INITIATIVE:
      if (can_draft (window))
        okr_initiative_editor_new (window, id);
      break;
    default:
      break;
    }
}

static void
action_edit (GtkWidget *widget, const char *name, GVariant *param)
{
  OkrEntity entity;
  gint64 id;

  if (can_edit (window_of (widget)) && resolve (window_of (widget), param, &entity, &id))
    okr_editing_edit (window_of (widget), entity, id);
}

static void
action_edit_unit (GtkWidget *widget, const char *name, GVariant *param)
{
  OkrWindow *window = window_of (widget);

  if (can_edit (window) && okr_window_get_unit_id (window) != 0)
    okr_unit_editor_new (window, okr_window_get_unit_id (window));
}

static void
action_edit_cycle (GtkWidget *widget, const char *name, GVariant *param)
{
  OkrWindow *window = window_of (widget);

  if (!can_edit (window))
    return;
  if (okr_window_get_cycle_id (window) == 0)
    okr_cycle_editor_new (window, 0);
  else
    okr_cycle_editor_new (window, okr_window_get_cycle_id (window));
}

static void
action_new_objective (GtkWidget *widget, const char *name, GVariant *param)
{
  OkrWindow *window = window_of (widget);

  if (can_draft (window))
    okr_objective_editor_new_for (window, okr_window_get_unit_id (window), 0, 0);
}

/* An objective for a team, serving an objective or KR of the unit above it. */
static void
action_new_aligned_objective (GtkWidget *widget, const char *name, GVariant *param)
{
  OkrWindow *window = window_of (widget);
  OkrRollup *rollup = okr_window_get_rollup (window);
  OkrEntity entity;
  gint64 id, objective_id;
  OkrObjective *parent;
  GPtrArray *children;

  if (!can_draft (window) || !resolve (window, param, &entity, &id))
    return;
  objective_id = entity == OKR_ENTITY_KEY_RESULT
                 ? okr_key_result_get_objective_id (okr_rollup_find_key_result (rollup, id))
                 : id;
  parent = okr_rollup_find_objective (rollup, objective_id);
  if (parent == NULL)
    return;
  children = okr_rollup_get_unit_children (rollup, okr_objective_get_unit_id (parent));
  if (children->len == 0)
    {
      okr_window_show_toast (window, _("Add a department or team below this unit first: aligned "
                                       "objectives belong to the units below."));
      return;
    }
  okr_objective_editor_new_for (window, okr_unit_get_id (children->pdata[0]),
                                entity == OKR_ENTITY_OBJECTIVE ? id : 0,
                                entity == OKR_ENTITY_KEY_RESULT ? id : 0);
}

/* The objective named, or the one selected in the Objectives page, or the unit's first. */
static gint64
objective_for_new_kr (OkrWindow *window, GVariant *param)
{
  const char *ref = param != NULL ? g_variant_get_string (param, NULL) : "";
  OkrRollup *rollup = okr_window_get_rollup (window);
  GtkWidget *view = okr_window_get_view (window, "cascade");
  GPtrArray *objectives;
  OkrEntity entity;
  gint64 id = 0;

  if (*ref != '\0')
    return resolve (window, param, &entity, &id) && entity == OKR_ENTITY_OBJECTIVE ? id : 0;
  if (view != NULL)
    id = okr_cascade_view_get_selected_objective (OKR_CASCADE_VIEW (view));
  if (id != 0)
    return id;
  objectives = okr_rollup_get_objectives (rollup, okr_window_get_unit_id (window));
  return objectives->len > 0 ? okr_objective_get_id (objectives->pdata[0]) : 0;
}

static void
action_new_key_result (GtkWidget *widget, const char *name, GVariant *param)
{
  OkrWindow *window = window_of (widget);
  gint64 objective;

  if (!can_draft (window))
    return;
  objective = objective_for_new_kr (window, param);
  if (objective == 0)
    {
      okr_window_show_toast (window, _("Add an objective first: key results measure one."));
      return;
    }
  okr_key_result_editor_new_for (window, objective);
}

static void
action_new_initiative (GtkWidget *widget, const char *name, GVariant *param)
{
  OkrEntity entity;
  gint64 id;

  if (can_draft (window_of (widget)) && resolve (window_of (widget), param, &entity, &id) &&
      entity == OKR_ENTITY_KEY_RESULT)
    okr_initiative_editor_new_for (window_of (widget), id);
}

static void
action_new_unit (GtkWidget *widget, const char *name, GVariant *param)
{
  OkrWindow *window = window_of (widget);
  gint64 parent = okr_window_get_unit_id (window);

  if (!can_edit (window))
    return;
  if (parent == 0)
    parent = okr_store_get_root_unit (okr_window_get_store (window));
  okr_unit_editor_new_for (window, parent);
}

static void
action_new_person (GtkWidget *widget, const char *name, GVariant *param)
{
  if (can_edit (window_of (widget)))
    okr_person_editor_new (window_of (widget), 0);
}

static void
action_new_cycle (GtkWidget *widget, const char *name, GVariant *param)
{
  if (can_edit (window_of (widget)))
    okr_cycle_editor_new (window_of (widget), 0);
}

static void
action_people (GtkWidget *widget, const char *name, GVariant *param)
{
  if (okr_window_get_store (window_of (widget)) != NULL)
    okr_people_window_new (window_of (widget));
}

static void
action_insert_template (GtkWidget *widget, const char *name, GVariant *param)
{
  if (can_draft (window_of (widget)))
    okr_template_dialog_new (window_of (widget));
}

static void
action_copy_last_cycle (GtkWidget *widget, const char *name, GVariant *param)
{
  if (can_draft (window_of (widget)))
    okr_carry_dialog_new (window_of (widget));
}

static void
action_find (GtkWidget *widget, const char *name, GVariant *param)
{
  OkrWindow *window = window_of (widget);
  GtkWidget *view = okr_window_get_view (window, "cascade");

  if (view == NULL || okr_window_get_store (window) == NULL)
    return;
  okr_window_show_view (window, "cascade");
  okr_cascade_view_start_search (OKR_CASCADE_VIEW (view));
}

/* ───────────────────────── order and deletion ───────────────────────── */

static void
action_move (GtkWidget *widget, const char *name, GVariant *param)
{
  OkrWindow *window = window_of (widget);
  g_autoptr(GError) error = NULL;
  OkrEntity entity;
  gint64 id;

  if (!can_edit (window) || !resolve (window, param, &entity, &id))
    return;
  if (!okr_store_move_by (okr_window_get_store (window), entity, id,
                          g_str_equal (name, "win.move-up") ? -1 : 1, &error))
    okr_window_show_toast (window, error->message);
}

/* The name or title a row is shown by. */
static char *
dup_label (OkrStore *store, OkrEntity entity, gint64 id)
{
  const OkrTableInfo *info = okr_schema_get_table (entity);
  g_autofree OkrValue *values = g_new0 (OkrValue, info->n_fields);
  guint field;
  char *label = NULL;

  if ((okr_schema_find_field (info, "title", &field) != NULL ||
       okr_schema_find_field (info, "name", &field) != NULL) &&
      okr_store_get_row (store, entity, id, values, NULL))
    {
      label = g_strdup (values[field].type == OKR_VALUE_TEXT ? values[field].s : "");
      okr_store_clear_row (entity, values);
    }
  return label != NULL ? label : g_strdup ("");
}

static char *
deleted_message (OkrEntity entity, const char *label)
{
  switch (entity)
    {
    case OKR_ENTITY_UNIT:
      /* Translators: a toast; %s is a department or team. */
      return g_strdup_printf (_("“%s” deleted, with its teams and OKRs"), label);
    case OKR_ENTITY_CYCLE:
      return g_strdup_printf (_("Cycle “%s” deleted, with its OKRs"), label);
    case OKR_ENTITY_PERSON:
      return g_strdup_printf (_("%s removed"), label);
    case OKR_ENTITY_OBJECTIVE:
      return g_strdup_printf (_("Objective “%s” deleted"), label);
    case OKR_ENTITY_KEY_RESULT:
      return g_strdup_printf (_("Key result “%s” deleted"), label);
    case OKR_ENTITY_INITIATIVE:
    default:
      return g_strdup_printf (_("Initiative “%s” deleted"), label);
    }
}

/* Deletes at once, and offers to take it back: undo rather than "Are you sure?". */
static void
action_delete (GtkWidget *widget, const char *name, GVariant *param)
{
  OkrWindow *window = window_of (widget);
  OkrStore *store = okr_window_get_store (window);
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;
  OkrEntity entity;
  gint64 id;

  if (!can_edit (window) || !resolve (window, param, &entity, &id))
    return;
  label = dup_label (store, entity, id);
  if (!okr_store_delete (store, entity, id, &error))
    {
      okr_window_show_toast (window, error->message);
      return;
    }
  message = deleted_message (entity, label);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  okr_window_add_toast (window, toast);
}

/* ───────────────────────── context menus ───────────────────────── */

static void
append (GMenu *menu, const char *label, const char *action, const char *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target (item, action, target != NULL ? "s" : NULL, target);
  g_menu_append_item (menu, item);
}

/**
 * okr_editing_menu_for:
 *
 * What can be done with a row of the Objectives page, as a menu of window actions.
 *
 * Returns: (transfer full)
 */
GMenu *
okr_editing_menu_for (OkrWindow *window, OkrEntity entity, gint64 id)
{
  OkrStore *store = okr_window_get_store (window);
  OkrRollup *rollup = okr_window_get_rollup (window);
  g_autofree char *ref = okr_editing_dup_ref (store, entity, id);
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) main = g_menu_new ();
  g_autoptr(GMenu) order = g_menu_new ();
  g_autoptr(GMenu) danger = g_menu_new ();
  OkrObjective *o = entity == OKR_ENTITY_OBJECTIVE ? okr_rollup_find_objective (rollup, id)
                  : okr_rollup_find_objective (rollup, okr_key_result_get_objective_id (
                                                 okr_rollup_find_key_result (rollup, id)));
  gint64 unit = o != NULL ? okr_objective_get_unit_id (o) : 0;
  gboolean has_teams = okr_rollup_get_unit_children (rollup, unit)->len > 0;

  if (entity == OKR_ENTITY_OBJECTIVE && unit != okr_window_get_unit_id (window))
    {
      OkrUnit *u = okr_rollup_find_unit (rollup, unit);
      g_autofree char *unit_ref = okr_editing_dup_ref (store, OKR_ENTITY_UNIT, unit);
      /* Translators: a menu item; %s is a department or team. */
      g_autofree char *go = g_strdup_printf (_("_Go to %s"), okr_unit_get_name (u));

      append (main, go, "win.select-unit", strchr (unit_ref, ':') + 1);
      append (main, _("_Edit…"), "win.edit", ref);
      g_menu_append_section (menu, NULL, G_MENU_MODEL (main));
      return menu;
    }

  append (main, _("_Edit…"), "win.edit", ref);
  if (entity == OKR_ENTITY_OBJECTIVE)
    append (main, _("Add _Key Result…"), "win.new-key-result", ref);
  else
    append (main, _("Add _Initiative…"), "win.new-initiative", ref);
  if (has_teams)
    append (main, _("Add _Aligned Objective…"), "win.new-aligned-objective", ref);
  append (order, _("Move _Up"), "win.move-up", ref);
  append (order, _("Move _Down"), "win.move-down", ref);
  append (danger, _("_Delete"), "win.delete", ref);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (main));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (danger));
  return menu;
}

/* ───────────────────────── installing ───────────────────────── */

void
okr_editing_install_actions (GtkWidgetClass *klass)
{
  static const struct {
    const char *name;
    const char *param;
    GtkWidgetActionActivateFunc activate;
  } actions[] = {
    { "win.new-objective", NULL, action_new_objective },
    { "win.new-aligned-objective", "s", action_new_aligned_objective },
    { "win.new-key-result", "s", action_new_key_result },
    { "win.new-initiative", "s", action_new_initiative },
    { "win.new-unit", NULL, action_new_unit },
    { "win.new-person", NULL, action_new_person },
    { "win.new-cycle", NULL, action_new_cycle },
    { "win.edit", "s", action_edit },
    { "win.edit-unit", NULL, action_edit_unit },
    { "win.edit-cycle", NULL, action_edit_cycle },
    { "win.delete", "s", action_delete },
    { "win.move-up", "s", action_move },
    { "win.move-down", "s", action_move },
    { "win.people", NULL, action_people },
    { "win.insert-template", NULL, action_insert_template },
    { "win.copy-last-cycle", NULL, action_copy_last_cycle },
    { "win.find", NULL, action_find },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (klass, actions[i].name, actions[i].param,
                                     actions[i].activate);
}
