/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "okr-model-private.h"

G_DEFINE_FINAL_TYPE (OkrObjective, okr_objective, G_TYPE_OBJECT)

static void
okr_objective_finalize (GObject *object)
{
  OkrObjective *self = OKR_OBJECTIVE (object);

  g_free (self->title);
  g_free (self->description);

  G_OBJECT_CLASS (okr_objective_parent_class)->finalize (object);
}

static void
okr_objective_class_init (OkrObjectiveClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = okr_objective_finalize;
}

static void
okr_objective_init (OkrObjective *self)
{
}

OkrObjective *
_okr_objective_new (void)
{
  return g_object_new (OKR_TYPE_OBJECTIVE, NULL);
}

gint64
okr_objective_get_id (OkrObjective *self)
{
  g_return_val_if_fail (OKR_IS_OBJECTIVE (self), 0);
  return self->id;
}

const OkrUuid *
okr_objective_get_uuid (OkrObjective *self)
{
  g_return_val_if_fail (OKR_IS_OBJECTIVE (self), NULL);
  return &self->uuid;
}

gint64
okr_objective_get_cycle_id (OkrObjective *self)
{
  g_return_val_if_fail (OKR_IS_OBJECTIVE (self), 0);
  return self->cycle_id;
}

gint64
okr_objective_get_unit_id (OkrObjective *self)
{
  g_return_val_if_fail (OKR_IS_OBJECTIVE (self), 0);
  return self->unit_id;
}

const char *
okr_objective_get_title (OkrObjective *self)
{
  g_return_val_if_fail (OKR_IS_OBJECTIVE (self), 0);
  return self->title;
}

const char *
okr_objective_get_description (OkrObjective *self)
{
  g_return_val_if_fail (OKR_IS_OBJECTIVE (self), 0);
  return self->description;
}

gint64
okr_objective_get_owner_id (OkrObjective *self)
{
  g_return_val_if_fail (OKR_IS_OBJECTIVE (self), 0);
  return self->owner_id;
}

gboolean
okr_objective_get_aspirational (OkrObjective *self)
{
  g_return_val_if_fail (OKR_IS_OBJECTIVE (self), 0);
  return self->aspirational;
}

gint64
okr_objective_get_align_objective_id (OkrObjective *self)
{
  g_return_val_if_fail (OKR_IS_OBJECTIVE (self), 0);
  return self->align_objective_id;
}

gint64
okr_objective_get_align_kr_id (OkrObjective *self)
{
  g_return_val_if_fail (OKR_IS_OBJECTIVE (self), 0);
  return self->align_kr_id;
}

double
okr_objective_get_position (OkrObjective *self)
{
  g_return_val_if_fail (OKR_IS_OBJECTIVE (self), 0);
  return self->position;
}

double
okr_objective_get_progress (OkrObjective *self)
{
  g_return_val_if_fail (OKR_IS_OBJECTIVE (self), 0);
  return self->progress;
}

double
okr_objective_get_expected (OkrObjective *self)
{
  g_return_val_if_fail (OKR_IS_OBJECTIVE (self), 0);
  return self->expected;
}

OkrStatus
okr_objective_get_status (OkrObjective *self)
{
  g_return_val_if_fail (OKR_IS_OBJECTIVE (self), 0);
  return self->status;
}

double
okr_objective_get_score (OkrObjective *self)
{
  g_return_val_if_fail (OKR_IS_OBJECTIVE (self), 0);
  return self->score;
}

guint
okr_objective_get_n_key_results (OkrObjective *self)
{
  g_return_val_if_fail (OKR_IS_OBJECTIVE (self), 0);
  return self->n_key_results;
}

gint64
okr_objective_get_carried_from_id (OkrObjective *self)
{
  g_return_val_if_fail (OKR_IS_OBJECTIVE (self), 0);
  return self->carried_from_id;
}
