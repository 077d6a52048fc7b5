/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-initiative-editor.c — a piece of work that drives a key result */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-editing.h"
#include "okr-initiative-editor.h"
#include "okr-store-outline.h"

struct _OkrInitiativeEditor {
  OkrEditor     parent_instance;

  gint64        id;      /* 0: a new initiative */
  gint64        kr_id;
  AdwEntryRow  *title;
  AdwActionRow *message;
  AdwComboRow  *owner;
  AdwComboRow  *state;
};

G_DEFINE_FINAL_TYPE (OkrInitiativeEditor, okr_initiative_editor, OKR_TYPE_EDITOR)

static gboolean
okr_initiative_editor_validate (OkrEditor *editor)
{
  OkrInitiativeEditor *self = OKR_INITIATIVE_EDITOR (editor);
  g_autofree char *title = okr_editor_dup_text (self->title);
  gboolean ok = *title != '\0' && g_utf8_strlen (title, -1) <= 300;

  okr_editor_mark_row (GTK_WIDGET (self->title), !ok);
  okr_editor_show_message (self->message,
                           *title == '\0' ? _("A title is needed: what is the work?")
                           : ok ? NULL
                           : _("The title is too long: keep it under 300 characters."), TRUE);
  return ok;
}

static gboolean
okr_initiative_editor_save (OkrEditor *editor, GError **error)
{
  OkrInitiativeEditor *self = OKR_INITIATIVE_EDITOR (editor);
  OkrStore *store = okr_editor_get_store (editor);
  g_autofree char *title = okr_editor_dup_text (self->title);
  gint64 owner = okr_editor_get_person (self->owner);
  OkrInitiativeState state = adw_combo_row_get_selected (self->state);
  gint64 id = self->id;
  gboolean ok;

  okr_store_begin_edit (store, id == 0 ? _("Add initiative") : _("Edit initiative"));
  if (id == 0)
    id = okr_store_add_initiative (store, self->kr_id, title, owner, error);
  ok = id != 0 && okr_store_update_initiative (store, id, title, owner, state, error);
  if (!ok)
    {
      okr_store_abort_edit (store);
      return FALSE;
    }
  return okr_store_end_edit (store, error);
}

static void
okr_initiative_editor_class_init (OkrInitiativeEditorClass *klass)
{
  OkrEditorClass *editor_class = OKR_EDITOR_CLASS (klass);

  editor_class->validate = okr_initiative_editor_validate;
  editor_class->save = okr_initiative_editor_save;
}

static void
okr_initiative_editor_init (OkrInitiativeEditor *self)
{
}

static GtkWidget *
build (OkrWindow *window, gint64 id, gint64 kr_id)
{
  OkrInitiativeEditor *self = g_object_new (OKR_TYPE_INITIATIVE_EDITOR, "window", window, NULL);
  OkrEditor *editor = OKR_EDITOR (self);
  OkrStore *store = okr_window_get_store (window);
  OkrRollup *rollup = okr_window_get_rollup (window);
  const OkrKrChild *found = NULL;
  g_autoptr(GArray) siblings = NULL;
  OkrKeyResult *kr;
  const char *states[] = {
    okr_initiative_state_to_label (OKR_INITIATIVE_TODO),
    okr_initiative_state_to_label (OKR_INITIATIVE_DOING),
    okr_initiative_state_to_label (OKR_INITIATIVE_DONE), NULL,
  };
  AdwPreferencesGroup *group;

  if (id != 0)
    {
      const OkrTableInfo *info = okr_schema_get_table (OKR_ENTITY_INITIATIVE);
      g_autofree OkrValue *row = g_new0 (OkrValue, info->n_fields);
      guint f_kr;

      okr_schema_find_field (info, "kr_id", &f_kr);
      if (okr_store_get_row (store, OKR_ENTITY_INITIATIVE, id, row, NULL))
        {
          kr_id = row[f_kr].type == OKR_VALUE_INT ? row[f_kr].i : 0;
          okr_store_clear_row (OKR_ENTITY_INITIATIVE, row);
        }
      siblings = okr_store_list_kr_children (store, OKR_ENTITY_INITIATIVE, kr_id, NULL);
      for (guint i = 0; siblings != NULL && i < siblings->len; i++)
        if (g_array_index (siblings, OkrKrChild, i).id == id)
          found = &g_array_index (siblings, OkrKrChild, i);
    }
  self->id = found != NULL ? id : 0;
  self->kr_id = kr_id;
  kr = rollup != NULL ? okr_rollup_find_key_result (rollup, kr_id) : NULL;

  okr_editor_set_heading (editor, found != NULL ? _("Edit Initiative") : _("New Initiative"),
                          kr != NULL ? okr_key_result_get_title (kr) : NULL);
  group = okr_editor_add_group (editor, NULL,
                                _("An initiative is work that should move the key result: a "
                                  "project, a launch, a campaign."));
  self->title = okr_editor_add_entry (editor, group, "title", _("_Title"),
                                      found != NULL ? found->title : "");
  self->message = okr_editor_add_message (editor, group);
  self->owner = okr_editor_add_person (editor, group, "owner", _("_Owner"),
                                       found != NULL ? found->owner_id
                                       : kr != NULL ? okr_key_result_get_owner_id (kr) : 0);
  self->state = okr_editor_add_combo (editor, group, "state", _("_State"), NULL, states,
                                      found != NULL ? (guint) found->state : 0);
  if (found != NULL)
    {
      g_autofree char *ref = okr_editing_dup_ref (store, OKR_ENTITY_INITIATIVE, id);
      okr_editor_set_delete (editor, _("_Delete Initiative"), "win.delete", ref);
    }
  okr_editor_present (editor);
  gtk_widget_grab_focus (GTK_WIDGET (self->title));
  return GTK_WIDGET (self);
}

GtkWidget *
okr_initiative_editor_new (OkrWindow *window, gint64 initiative_id)
{
  return build (window, initiative_id, 0);
}

GtkWidget *
okr_initiative_editor_new_for (OkrWindow *window, gint64 kr_id)
{
  return build (window, 0, kr_id);
}
