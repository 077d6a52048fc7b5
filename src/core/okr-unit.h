/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "okr-date.h"
#include "okr-types.h"
#include "okr-uuid.h"

G_BEGIN_DECLS

#define OKR_TYPE_UNIT (okr_unit_get_type ())
G_DECLARE_FINAL_TYPE (OkrUnit, okr_unit, OKR, UNIT, GObject)

gint64          okr_unit_get_id (OkrUnit *self);
const OkrUuid  *okr_unit_get_uuid (OkrUnit *self);
gint64          okr_unit_get_parent_id (OkrUnit *self);
const char *    okr_unit_get_name (OkrUnit *self);
OkrUnitKind     okr_unit_get_kind (OkrUnit *self);
gint64          okr_unit_get_lead_id (OkrUnit *self);
double          okr_unit_get_position (OkrUnit *self);
double          okr_unit_get_progress (OkrUnit *self);
OkrStatus       okr_unit_get_status (OkrUnit *self);
guint           okr_unit_get_n_objectives (OkrUnit *self);
guint           okr_unit_get_depth (OkrUnit *self);
double          okr_unit_get_score (OkrUnit *self);

G_END_DECLS
