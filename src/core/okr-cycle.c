/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "okr-model-private.h"

G_DEFINE_FINAL_TYPE (OkrCycle, okr_cycle, G_TYPE_OBJECT)

static void
okr_cycle_finalize (GObject *object)
{
  OkrCycle *self = OKR_CYCLE (object);

  g_free (self->name);

  G_OBJECT_CLASS (okr_cycle_parent_class)->finalize (object);
}

static void
okr_cycle_class_init (OkrCycleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = okr_cycle_finalize;
}

static void
okr_cycle_init (OkrCycle *self)
{
}

OkrCycle *
_okr_cycle_new (void)
{
  return g_object_new (OKR_TYPE_CYCLE, NULL);
}

gint64
okr_cycle_get_id (OkrCycle *self)
{
  g_return_val_if_fail (OKR_IS_CYCLE (self), 0);
  return self->id;
}

const OkrUuid *
okr_cycle_get_uuid (OkrCycle *self)
{
  g_return_val_if_fail (OKR_IS_CYCLE (self), NULL);
  return &self->uuid;
}

const char *
okr_cycle_get_name (OkrCycle *self)
{
  g_return_val_if_fail (OKR_IS_CYCLE (self), 0);
  return self->name;
}

OkrDate
okr_cycle_get_start (OkrCycle *self)
{
  g_return_val_if_fail (OKR_IS_CYCLE (self), 0);
  return self->start;
}

OkrDate
okr_cycle_get_end (OkrCycle *self)
{
  g_return_val_if_fail (OKR_IS_CYCLE (self), 0);
  return self->end;
}

gint64
okr_cycle_get_parent_id (OkrCycle *self)
{
  g_return_val_if_fail (OKR_IS_CYCLE (self), 0);
  return self->parent_id;
}

OkrCycleState
okr_cycle_get_state (OkrCycle *self)
{
  g_return_val_if_fail (OKR_IS_CYCLE (self), 0);
  return self->state;
}
