/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "okr-date.h"
#include "okr-types.h"
#include "okr-uuid.h"

G_BEGIN_DECLS

#define OKR_TYPE_CHECKIN (okr_checkin_get_type ())
G_DECLARE_FINAL_TYPE (OkrCheckin, okr_checkin, OKR, CHECKIN, GObject)

gint64          okr_checkin_get_id (OkrCheckin *self);
const OkrUuid  *okr_checkin_get_uuid (OkrCheckin *self);
gint64          okr_checkin_get_kr_id (OkrCheckin *self);
OkrDate         okr_checkin_get_date (OkrCheckin *self);
double          okr_checkin_get_value (OkrCheckin *self);
int             okr_checkin_get_confidence (OkrCheckin *self);
const char *    okr_checkin_get_note (OkrCheckin *self);
const char *    okr_checkin_get_went_well (OkrCheckin *self);
const char *    okr_checkin_get_blocked_by (OkrCheckin *self);
const char *    okr_checkin_get_next_step (OkrCheckin *self);
gint64          okr_checkin_get_author_id (OkrCheckin *self);
gint64          okr_checkin_get_stamp (OkrCheckin *self);
gboolean        okr_checkin_get_retracted (OkrCheckin *self);
const char *    okr_checkin_get_retract_reason (OkrCheckin *self);

G_END_DECLS
