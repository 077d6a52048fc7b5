/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "okr-rollup.h"
#include "okr-sync.h"

G_BEGIN_DECLS

#define OKR_TYPE_APPLICATION (okr_application_get_type ())
G_DECLARE_FINAL_TYPE (OkrApplication, okr_application, OKR, APPLICATION, AdwApplication)

OkrApplication *okr_application_new           (void);
GSettings      *okr_application_get_settings  (OkrApplication *self);
char           *okr_application_dup_demo_path (const char *lang);
const char     *okr_application_get_language  (void);
void            okr_application_enable_reminders (OkrApplication *self);
void            okr_application_preload       (OkrApplication *self, const char *path);
gboolean        okr_application_take_preload  (OkrApplication *self, const char *path,
                                               OkrSync **sync, OkrRollup **rollup,
                                               GError **error);

G_END_DECLS
