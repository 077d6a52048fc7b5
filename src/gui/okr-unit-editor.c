/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-unit-editor.c — a department or team: its name, where it sits in the tree, its lead */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-editing.h"
#include "okr-store-outline.h"
#include "okr-store-read.h"
#include "okr-unit-editor.h"

struct _OkrUnitEditor {
  OkrEditor     parent_instance;

  gint64        id;          /* 0: a new unit */
  gint64        parent_id;   /* as it was */
  gboolean      is_company;
  GArray       *parent_ids;  /* the parent row's lines */

  AdwEntryRow  *name;
  AdwActionRow *name_message;
  AdwComboRow  *kind;
  AdwComboRow  *parent;
  AdwComboRow  *lead;
};

G_DEFINE_FINAL_TYPE (OkrUnitEditor, okr_unit_editor, OKR_TYPE_EDITOR)

static gint64
selected_parent (OkrUnitEditor *self)
{
  guint i = adw_combo_row_get_selected (self->parent);
  return i < self->parent_ids->len ? g_array_index (self->parent_ids, gint64, i) : 0;
}

static gboolean
okr_unit_editor_validate (OkrEditor *editor)
{
  OkrUnitEditor *self = OKR_UNIT_EDITOR (editor);
  g_autofree char *name = okr_editor_dup_text (self->name);
  gboolean ok = *name != '\0' && g_utf8_strlen (name, -1) <= 200;

  okr_editor_mark_row (GTK_WIDGET (self->name), !ok);
  okr_editor_show_message (self->name_message,
                           *name == '\0' ? _("A name is needed.")
                           : ok ? NULL : _("The name is too long: keep it under 200 characters."),
                           TRUE);
  return ok;
}

static gboolean
okr_unit_editor_save (OkrEditor *editor, GError **error)
{
  OkrUnitEditor *self = OKR_UNIT_EDITOR (editor);
  OkrStore *store = okr_editor_get_store (editor);
  g_autofree char *name = okr_editor_dup_text (self->name);
  OkrUnitKind kind = self->is_company ? OKR_UNIT_COMPANY
                   : adw_combo_row_get_selected (self->kind) == 0 ? OKR_UNIT_DEPARTMENT
                   : OKR_UNIT_TEAM;
  gint64 lead = okr_editor_get_person (self->lead);
  guint unaligned = 0;
  gboolean ok;

  if (self->id == 0)
    {
      gint64 id;

      okr_store_begin_edit (store, kind == OKR_UNIT_TEAM ? _("Add team") : _("Add department"));
      id = okr_store_add_unit (store, selected_parent (self), name, kind, error);
      ok = id != 0 && okr_store_update_unit (store, id, name, kind, lead, error);
    }
  else
    {
      okr_store_begin_edit (store, _("Edit unit"));
      ok = okr_store_update_unit (store, self->id, name, kind, lead, error) &&
           (self->is_company ||
            okr_store_move_unit (store, self->id, selected_parent (self), &unaligned, error));
    }
  if (!ok)
    {
      okr_store_abort_edit (store);
      return FALSE;
    }
  if (!okr_store_end_edit (store, error))
    return FALSE;
  if (unaligned > 0)
    {
      g_autofree char *message =
        g_strdup_printf (ngettext ("%u objective was aligned to a unit that is no longer above "
                                   "it, and is not aligned any more.",
                                   "%u objectives were aligned to units that are no longer above "
                                   "them, and are not aligned any more.", unaligned), unaligned);
      okr_window_show_toast (okr_editor_get_window (editor), message);
    }
  return TRUE;
}

static void
okr_unit_editor_finalize (GObject *object)
{
  g_array_unref (OKR_UNIT_EDITOR (object)->parent_ids);
  G_OBJECT_CLASS (okr_unit_editor_parent_class)->finalize (object);
}

static void
okr_unit_editor_class_init (OkrUnitEditorClass *klass)
{
  OkrEditorClass *editor_class = OKR_EDITOR_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = okr_unit_editor_finalize;
  editor_class->validate = okr_unit_editor_validate;
  editor_class->save = okr_unit_editor_save;
}

static void
okr_unit_editor_init (OkrUnitEditor *self)
{
  self->parent_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/* Every unit but this one and those below it (a unit can't move under its own teams),
 * indented under its parent. */
static GStrv
parent_labels (OkrUnitEditor *self, GPtrArray *units)
{
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  guint skip_depth = G_MAXUINT;

  for (guint i = 0; i < units->len; i++)
    {
      OkrUnit *u = units->pdata[i];
      gint64 id = okr_unit_get_id (u);
      g_autofree char *indent = NULL;

      if (skip_depth != G_MAXUINT && okr_unit_get_depth (u) > skip_depth)
        continue;
      skip_depth = G_MAXUINT;
      if (self->id != 0 && id == self->id)
        {
          skip_depth = okr_unit_get_depth (u);
          continue;
        }
      indent = g_strnfill (2 * okr_unit_get_depth (u), ' ');
      g_autofree char *label = g_strconcat (indent, okr_unit_get_name (u), NULL);

      g_strv_builder_add (labels, label);
      g_array_append_val (self->parent_ids, id);
    }
  return g_strv_builder_end (labels);
}

static GtkWidget *
build (OkrWindow *window, gint64 id, gint64 parent_id)
{
  OkrUnitEditor *self = g_object_new (OKR_TYPE_UNIT_EDITOR, "window", window, NULL);
  OkrEditor *editor = OKR_EDITOR (self);
  OkrStore *store = okr_window_get_store (window);
  g_autoptr(GPtrArray) units = okr_store_list_units (store, NULL);
  OkrUnit *unit = NULL, *parent = NULL;
  const char *kinds[] = {
    C_("unit kind", "Department"), C_("unit kind", "Team"), NULL,
  };
  g_auto(GStrv) parents = NULL;
  AdwPreferencesGroup *group;

  for (guint i = 0; units != NULL && i < units->len; i++)
    if (okr_unit_get_id (units->pdata[i]) == id)
      unit = units->pdata[i];
  self->id = unit != NULL ? id : 0;
  if (unit != NULL)
    parent_id = okr_unit_get_parent_id (unit);
  self->parent_id = parent_id;
  self->is_company = unit != NULL && okr_unit_get_kind (unit) == OKR_UNIT_COMPANY;
  for (guint i = 0; units != NULL && i < units->len; i++)
    if (okr_unit_get_id (units->pdata[i]) == parent_id)
      parent = units->pdata[i];

  okr_editor_set_heading (editor,
                          unit == NULL ? _("New Department or Team")
                          : self->is_company ? _("Edit Company") : _("Edit Unit"),
                          unit != NULL ? okr_unit_get_name (unit) : NULL);

  group = okr_editor_add_group (editor, NULL, NULL);
  self->name = okr_editor_add_entry (editor, group, "name", _("_Name"),
                                     unit != NULL ? okr_unit_get_name (unit) : "");
  self->name_message = okr_editor_add_message (editor, group);
  /* a new unit under the company is a department, under a department a team */
  self->kind = okr_editor_add_combo (editor, group, "kind", _("_Kind"), NULL, kinds,
                                     unit != NULL ? okr_unit_get_kind (unit) == OKR_UNIT_TEAM
                                     : parent != NULL &&
                                       okr_unit_get_kind (parent) != OKR_UNIT_COMPANY);
  parents = parent_labels (self, units != NULL ? units : g_ptr_array_new ());
  self->parent = okr_editor_add_combo (editor, group, "parent", _("_Belongs to"),
                                       _("Moving a unit takes its teams along"),
                                       (const char *const *) parents, 0);
  for (guint i = 0; i < self->parent_ids->len; i++)
    if (g_array_index (self->parent_ids, gint64, i) == parent_id)
      adw_combo_row_set_selected (self->parent, i);
  gtk_widget_set_visible (GTK_WIDGET (self->kind), !self->is_company);
  gtk_widget_set_visible (GTK_WIDGET (self->parent), !self->is_company);
  self->lead = okr_editor_add_person (editor, group, "lead", _("_Lead"),
                                      unit != NULL ? okr_unit_get_lead_id (unit) : 0);

  if (unit != NULL && !self->is_company)
    {
      g_autofree char *ref = okr_editing_dup_ref (store, OKR_ENTITY_UNIT, id);
      okr_editor_set_delete (editor, _("_Delete Unit and Its Teams"), "win.delete", ref);
    }
  okr_editor_present (editor);
  gtk_widget_grab_focus (GTK_WIDGET (self->name));
  return GTK_WIDGET (self);
}

GtkWidget *
okr_unit_editor_new (OkrWindow *window, gint64 unit_id)
{
  return build (window, unit_id, 0);
}

GtkWidget *
okr_unit_editor_new_for (OkrWindow *window, gint64 parent_id)
{
  return build (window, 0, parent_id);
}
