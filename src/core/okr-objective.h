/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "okr-date.h"
#include "okr-types.h"
#include "okr-uuid.h"

G_BEGIN_DECLS

#define OKR_TYPE_OBJECTIVE (okr_objective_get_type ())
G_DECLARE_FINAL_TYPE (OkrObjective, okr_objective, OKR, OBJECTIVE, GObject)

gint64          okr_objective_get_id (OkrObjective *self);
const OkrUuid  *okr_objective_get_uuid (OkrObjective *self);
gint64          okr_objective_get_cycle_id (OkrObjective *self);
gint64          okr_objective_get_unit_id (OkrObjective *self);
const char *    okr_objective_get_title (OkrObjective *self);
const char *    okr_objective_get_description (OkrObjective *self);
gint64          okr_objective_get_owner_id (OkrObjective *self);
gboolean        okr_objective_get_aspirational (OkrObjective *self);
gint64          okr_objective_get_align_objective_id (OkrObjective *self);
gint64          okr_objective_get_align_kr_id (OkrObjective *self);
double          okr_objective_get_position (OkrObjective *self);
double          okr_objective_get_progress (OkrObjective *self);
double          okr_objective_get_expected (OkrObjective *self);
OkrStatus       okr_objective_get_status (OkrObjective *self);
double          okr_objective_get_score (OkrObjective *self);
guint           okr_objective_get_n_key_results (OkrObjective *self);
gint64          okr_objective_get_carried_from_id (OkrObjective *self);

G_END_DECLS
