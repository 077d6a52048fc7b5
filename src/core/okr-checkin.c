/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "okr-model-private.h"

G_DEFINE_FINAL_TYPE (OkrCheckin, okr_checkin, G_TYPE_OBJECT)

static void
okr_checkin_finalize (GObject *object)
{
  OkrCheckin *self = OKR_CHECKIN (object);

  g_free (self->note);
  g_free (self->went_well);
  g_free (self->blocked_by);
  g_free (self->next_step);
  g_free (self->retract_reason);

  G_OBJECT_CLASS (okr_checkin_parent_class)->finalize (object);
}

static void
okr_checkin_class_init (OkrCheckinClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = okr_checkin_finalize;
}

static void
okr_checkin_init (OkrCheckin *self)
{
}

OkrCheckin *
_okr_checkin_new (void)
{
  return g_object_new (OKR_TYPE_CHECKIN, NULL);
}

gint64
okr_checkin_get_id (OkrCheckin *self)
{
  g_return_val_if_fail (OKR_IS_CHECKIN (self), 0);
  return self->id;
}

const OkrUuid *
okr_checkin_get_uuid (OkrCheckin *self)
{
  g_return_val_if_fail (OKR_IS_CHECKIN (self), NULL);
  return &self->uuid;
}

gint64
okr_checkin_get_kr_id (OkrCheckin *self)
{
  g_return_val_if_fail (OKR_IS_CHECKIN (self), 0);
  return self->kr_id;
}

OkrDate
okr_checkin_get_date (OkrCheckin *self)
{
  g_return_val_if_fail (OKR_IS_CHECKIN (self), 0);
  return self->date;
}

double
okr_checkin_get_value (OkrCheckin *self)
{
  g_return_val_if_fail (OKR_IS_CHECKIN (self), 0);
  return self->value;
}

int
okr_checkin_get_confidence (OkrCheckin *self)
{
  g_return_val_if_fail (OKR_IS_CHECKIN (self), 0);
  return self->confidence;
}

const char *
okr_checkin_get_note (OkrCheckin *self)
{
  g_return_val_if_fail (OKR_IS_CHECKIN (self), 0);
  return self->note;
}

const char *
okr_checkin_get_went_well (OkrCheckin *self)
{
  g_return_val_if_fail (OKR_IS_CHECKIN (self), 0);
  return self->went_well;
}

const char *
okr_checkin_get_blocked_by (OkrCheckin *self)
{
  g_return_val_if_fail (OKR_IS_CHECKIN (self), 0);
  return self->blocked_by;
}

const char *
okr_checkin_get_next_step (OkrCheckin *self)
{
  g_return_val_if_fail (OKR_IS_CHECKIN (self), 0);
  return self->next_step;
}

gint64
okr_checkin_get_author_id (OkrCheckin *self)
{
  g_return_val_if_fail (OKR_IS_CHECKIN (self), 0);
  return self->author_id;
}

gint64
okr_checkin_get_stamp (OkrCheckin *self)
{
  g_return_val_if_fail (OKR_IS_CHECKIN (self), 0);
  return self->stamp;
}

gboolean
okr_checkin_get_retracted (OkrCheckin *self)
{
  g_return_val_if_fail (OKR_IS_CHECKIN (self), 0);
  return self->retracted;
}

const char *
okr_checkin_get_retract_reason (OkrCheckin *self)
{
  g_return_val_if_fail (OKR_IS_CHECKIN (self), 0);
  return self->retract_reason;
}
