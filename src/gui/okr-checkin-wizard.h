/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "okr-checkin-batch.h"

G_BEGIN_DECLS

#define OKR_TYPE_CHECKIN_WIZARD (okr_checkin_wizard_get_type ())
G_DECLARE_FINAL_TYPE (OkrCheckinWizard, okr_checkin_wizard, OKR, CHECKIN_WIZARD, AdwWindow)

OkrCheckinWizard *okr_checkin_wizard_new       (GtkWindow *parent, OkrStore *store,
                                                OkrRollup *rollup, gint64 unit_id,
                                                gint64 me_id, OkrDate due_day);
OkrCheckinBatch  *okr_checkin_wizard_get_batch (OkrCheckinWizard *self);
GtkWidget        *okr_checkin_wizard_get_page  (OkrCheckinWizard *self);
const char       *okr_checkin_wizard_get_step  (OkrCheckinWizard *self);

G_END_DECLS
