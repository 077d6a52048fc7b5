/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "okr-model-private.h"

G_DEFINE_FINAL_TYPE (OkrPerson, okr_person, G_TYPE_OBJECT)

static void
okr_person_finalize (GObject *object)
{
  OkrPerson *self = OKR_PERSON (object);

  g_free (self->name);
  g_free (self->email);

  G_OBJECT_CLASS (okr_person_parent_class)->finalize (object);
}

static void
okr_person_class_init (OkrPersonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = okr_person_finalize;
}

static void
okr_person_init (OkrPerson *self)
{
}

OkrPerson *
_okr_person_new (void)
{
  return g_object_new (OKR_TYPE_PERSON, NULL);
}

gint64
okr_person_get_id (OkrPerson *self)
{
  g_return_val_if_fail (OKR_IS_PERSON (self), 0);
  return self->id;
}

const OkrUuid *
okr_person_get_uuid (OkrPerson *self)
{
  g_return_val_if_fail (OKR_IS_PERSON (self), NULL);
  return &self->uuid;
}

const char *
okr_person_get_name (OkrPerson *self)
{
  g_return_val_if_fail (OKR_IS_PERSON (self), 0);
  return self->name;
}

const char *
okr_person_get_email (OkrPerson *self)
{
  g_return_val_if_fail (OKR_IS_PERSON (self), 0);
  return self->email;
}
