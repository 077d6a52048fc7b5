/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-person-editor.c — someone who owns OKRs and checks in */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "okr-editing.h"
#include "okr-person-editor.h"
#include "okr-store-outline.h"
#include "okr-store-read.h"

struct _OkrPersonEditor {
  OkrEditor     parent_instance;

  gint64        id;   /* 0: a new person */
  AdwEntryRow  *name;
  AdwEntryRow  *email;
  AdwActionRow *message;
};

G_DEFINE_FINAL_TYPE (OkrPersonEditor, okr_person_editor, OKR_TYPE_EDITOR)

/* The same test the document applies: something@something, no spaces. */
static gboolean
email_ok (const char *email)
{
  return *email == '\0' ||
         (strchr (email, '@') != NULL && strchr (email, ' ') == NULL && strlen (email) <= 254);
}

static gboolean
okr_person_editor_validate (OkrEditor *editor)
{
  OkrPersonEditor *self = OKR_PERSON_EDITOR (editor);
  g_autofree char *name = okr_editor_dup_text (self->name);
  g_autofree char *email = okr_editor_dup_text (self->email);
  gboolean name_ok = *name != '\0' && g_utf8_strlen (name, -1) <= 200;
  gboolean mail_ok = email_ok (email);

  okr_editor_mark_row (GTK_WIDGET (self->name), !name_ok);
  okr_editor_mark_row (GTK_WIDGET (self->email), !mail_ok);
  okr_editor_show_message (self->message,
                           *name == '\0' ? _("A name is needed.")
                           : !name_ok ? _("The name is too long: keep it under 200 characters.")
                           : !mail_ok ? _("That e-mail address does not look right.") : NULL,
                           TRUE);
  return name_ok && mail_ok;
}

static gboolean
okr_person_editor_save (OkrEditor *editor, GError **error)
{
  OkrPersonEditor *self = OKR_PERSON_EDITOR (editor);
  OkrStore *store = okr_editor_get_store (editor);
  g_autofree char *name = okr_editor_dup_text (self->name);
  g_autofree char *email = okr_editor_dup_text (self->email);

  if (self->id == 0)
    return okr_store_add_person (store, name, email, error) != 0;
  return okr_store_update_person (store, self->id, name, email, error);
}

static void
okr_person_editor_class_init (OkrPersonEditorClass *klass)
{
  OkrEditorClass *editor_class = OKR_EDITOR_CLASS (klass);

  editor_class->validate = okr_person_editor_validate;
  editor_class->save = okr_person_editor_save;
}

static void
okr_person_editor_init (OkrPersonEditor *self)
{
}

GtkWidget *
okr_person_editor_new (OkrWindow *window, gint64 person_id)
{
  OkrPersonEditor *self = g_object_new (OKR_TYPE_PERSON_EDITOR, "window", window, NULL);
  OkrEditor *editor = OKR_EDITOR (self);
  OkrStore *store = okr_window_get_store (window);
  g_autoptr(GPtrArray) people = okr_store_list_people (store, NULL);
  OkrPerson *person = NULL;
  AdwPreferencesGroup *group;

  for (guint i = 0; people != NULL && i < people->len; i++)
    if (okr_person_get_id (people->pdata[i]) == person_id)
      person = people->pdata[i];
  self->id = person != NULL ? person_id : 0;

  okr_editor_set_heading (editor, person != NULL ? _("Edit Person") : _("New Person"), NULL);
  group = okr_editor_add_group (editor, NULL,
                                _("People own objectives and key results, and check in on "
                                  "them."));
  self->name = okr_editor_add_entry (editor, group, "name", _("_Name"),
                                     person != NULL ? okr_person_get_name (person) : "");
  self->email = okr_editor_add_entry (editor, group, "email", _("_E-mail (optional)"),
                                      person != NULL ? okr_person_get_email (person) : "");
  self->message = okr_editor_add_message (editor, group);
  if (person != NULL)
    {
      g_autofree char *ref = okr_editing_dup_ref (store, OKR_ENTITY_PERSON, person_id);
      okr_editor_set_delete (editor, _("_Remove Person"), "win.delete", ref);
    }
  okr_editor_present (editor);
  gtk_widget_grab_focus (GTK_WIDGET (self->name));
  return GTK_WIDGET (self);
}
