/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "okr-date.h"
#include "okr-types.h"
#include "okr-uuid.h"

G_BEGIN_DECLS

#define OKR_TYPE_KEY_RESULT (okr_key_result_get_type ())
G_DECLARE_FINAL_TYPE (OkrKeyResult, okr_key_result, OKR, KEY_RESULT, GObject)

gint64          okr_key_result_get_id (OkrKeyResult *self);
const OkrUuid  *okr_key_result_get_uuid (OkrKeyResult *self);
gint64          okr_key_result_get_objective_id (OkrKeyResult *self);
const char *    okr_key_result_get_title (OkrKeyResult *self);
OkrKrKind       okr_key_result_get_kind (OkrKeyResult *self);
double          okr_key_result_get_baseline (OkrKeyResult *self);
double          okr_key_result_get_target (OkrKeyResult *self);
const char *    okr_key_result_get_unit_label (OkrKeyResult *self);
OkrDirection    okr_key_result_get_direction (OkrKeyResult *self);
double          okr_key_result_get_weight (OkrKeyResult *self);
gint64          okr_key_result_get_owner_id (OkrKeyResult *self);
double          okr_key_result_get_position (OkrKeyResult *self);
double          okr_key_result_get_current (OkrKeyResult *self);
OkrDate         okr_key_result_get_current_date (OkrKeyResult *self);
int             okr_key_result_get_confidence (OkrKeyResult *self);
guint           okr_key_result_get_milestones_done (OkrKeyResult *self);
guint           okr_key_result_get_milestones_total (OkrKeyResult *self);
double          okr_key_result_get_progress (OkrKeyResult *self);
double          okr_key_result_get_progress_raw (OkrKeyResult *self);
OkrStatus       okr_key_result_get_status (OkrKeyResult *self);
double          okr_key_result_get_score (OkrKeyResult *self);
const char *    okr_key_result_get_score_reason (OkrKeyResult *self);
gint64          okr_key_result_get_carried_from_id (OkrKeyResult *self);

G_END_DECLS
