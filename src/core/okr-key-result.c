/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "okr-model-private.h"

G_DEFINE_FINAL_TYPE (OkrKeyResult, okr_key_result, G_TYPE_OBJECT)

static void
okr_key_result_finalize (GObject *object)
{
  OkrKeyResult *self = OKR_KEY_RESULT (object);

  g_free (self->title);
  g_free (self->unit_label);
  g_free (self->score_reason);

  G_OBJECT_CLASS (okr_key_result_parent_class)->finalize (object);
}

static void
okr_key_result_class_init (OkrKeyResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = okr_key_result_finalize;
}

static void
okr_key_result_init (OkrKeyResult *self)
{
}

OkrKeyResult *
_okr_key_result_new (void)
{
  return g_object_new (OKR_TYPE_KEY_RESULT, NULL);
}

gint64
okr_key_result_get_id (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->id;
}

const OkrUuid *
okr_key_result_get_uuid (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), NULL);
  return &self->uuid;
}

gint64
okr_key_result_get_objective_id (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->objective_id;
}

const char *
okr_key_result_get_title (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->title;
}

OkrKrKind
okr_key_result_get_kind (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->kind;
}

double
okr_key_result_get_baseline (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->baseline;
}

double
okr_key_result_get_target (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->target;
}

const char *
okr_key_result_get_unit_label (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->unit_label;
}

OkrDirection
okr_key_result_get_direction (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->direction;
}

double
okr_key_result_get_weight (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->weight;
}

gint64
okr_key_result_get_owner_id (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->owner_id;
}

double
okr_key_result_get_position (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->position;
}

double
okr_key_result_get_current (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->current;
}

OkrDate
okr_key_result_get_current_date (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->current_date;
}

int
okr_key_result_get_confidence (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->confidence;
}

guint
okr_key_result_get_milestones_done (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->milestones_done;
}

guint
okr_key_result_get_milestones_total (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->milestones_total;
}

double
okr_key_result_get_progress (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->progress;
}

double
okr_key_result_get_progress_raw (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->progress_raw;
}

OkrStatus
okr_key_result_get_status (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->status;
}

double
okr_key_result_get_score (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->score;
}

const char *
okr_key_result_get_score_reason (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->score_reason;
}

gint64
okr_key_result_get_carried_from_id (OkrKeyResult *self)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (self), 0);
  return self->carried_from_id;
}
