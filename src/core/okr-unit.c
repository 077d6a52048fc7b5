/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "okr-model-private.h"

G_DEFINE_FINAL_TYPE (OkrUnit, okr_unit, G_TYPE_OBJECT)

static void
okr_unit_finalize (GObject *object)
{
  OkrUnit *self = OKR_UNIT (object);

  g_free (self->name);

  G_OBJECT_CLASS (okr_unit_parent_class)->finalize (object);
}

static void
okr_unit_class_init (OkrUnitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = okr_unit_finalize;
}

static void
okr_unit_init (OkrUnit *self)
{
  self->score = NAN;
}

OkrUnit *
_okr_unit_new (void)
{
  return g_object_new (OKR_TYPE_UNIT, NULL);
}

gint64
okr_unit_get_id (OkrUnit *self)
{
  g_return_val_if_fail (OKR_IS_UNIT (self), 0);
  return self->id;
}

const OkrUuid *
okr_unit_get_uuid (OkrUnit *self)
{
  g_return_val_if_fail (OKR_IS_UNIT (self), NULL);
  return &self->uuid;
}

gint64
okr_unit_get_parent_id (OkrUnit *self)
{
  g_return_val_if_fail (OKR_IS_UNIT (self), 0);
  return self->parent_id;
}

const char *
okr_unit_get_name (OkrUnit *self)
{
  g_return_val_if_fail (OKR_IS_UNIT (self), 0);
  return self->name;
}

OkrUnitKind
okr_unit_get_kind (OkrUnit *self)
{
  g_return_val_if_fail (OKR_IS_UNIT (self), 0);
  return self->kind;
}

gint64
okr_unit_get_lead_id (OkrUnit *self)
{
  g_return_val_if_fail (OKR_IS_UNIT (self), 0);
  return self->lead_id;
}

double
okr_unit_get_position (OkrUnit *self)
{
  g_return_val_if_fail (OKR_IS_UNIT (self), 0);
  return self->position;
}

double
okr_unit_get_progress (OkrUnit *self)
{
  g_return_val_if_fail (OKR_IS_UNIT (self), 0);
  return self->progress;
}

OkrStatus
okr_unit_get_status (OkrUnit *self)
{
  g_return_val_if_fail (OKR_IS_UNIT (self), 0);
  return self->status;
}

guint
okr_unit_get_n_objectives (OkrUnit *self)
{
  g_return_val_if_fail (OKR_IS_UNIT (self), 0);
  return self->n_objectives;
}

guint
okr_unit_get_depth (OkrUnit *self)
{
  g_return_val_if_fail (OKR_IS_UNIT (self), 0);
  return self->depth;
}

double
okr_unit_get_score (OkrUnit *self)
{
  g_return_val_if_fail (OKR_IS_UNIT (self), NAN);
  return self->score;
}
