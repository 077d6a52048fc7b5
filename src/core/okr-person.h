/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "okr-date.h"
#include "okr-types.h"
#include "okr-uuid.h"

G_BEGIN_DECLS

#define OKR_TYPE_PERSON (okr_person_get_type ())
G_DECLARE_FINAL_TYPE (OkrPerson, okr_person, OKR, PERSON, GObject)

gint64          okr_person_get_id (OkrPerson *self);
const OkrUuid  *okr_person_get_uuid (OkrPerson *self);
const char *    okr_person_get_name (OkrPerson *self);
const char *    okr_person_get_email (OkrPerson *self);

G_END_DECLS
