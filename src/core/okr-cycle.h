/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "okr-date.h"
#include "okr-types.h"
#include "okr-uuid.h"

G_BEGIN_DECLS

#define OKR_TYPE_CYCLE (okr_cycle_get_type ())
G_DECLARE_FINAL_TYPE (OkrCycle, okr_cycle, OKR, CYCLE, GObject)

gint64          okr_cycle_get_id (OkrCycle *self);
const OkrUuid  *okr_cycle_get_uuid (OkrCycle *self);
const char *    okr_cycle_get_name (OkrCycle *self);
OkrDate         okr_cycle_get_start (OkrCycle *self);
OkrDate         okr_cycle_get_end (OkrCycle *self);
gint64          okr_cycle_get_parent_id (OkrCycle *self);
OkrCycleState   okr_cycle_get_state (OkrCycle *self);

G_END_DECLS
