/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-template.h — a department's starter OKRs (data/templates/ (one JSON file each)), to insert and edit */
#pragma once

#include "okr-store.h"

G_BEGIN_DECLS

/* Where the application's GResource keeps the templates it ships. */
#define OKR_TEMPLATE_RESOURCE_DIR "/io/github/cascadeokr/Cascade/templates/"

#define OKR_TYPE_TEMPLATE (okr_template_get_type ())
G_DECLARE_FINAL_TYPE (OkrTemplate, okr_template, OKR, TEMPLATE, GObject)

OkrTemplate *okr_template_new_from_bytes       (GBytes *json, GError **error);
GPtrArray   *okr_template_list                 (const char *lang);

const char  *okr_template_get_id               (OkrTemplate *self);
const char  *okr_template_get_lang             (OkrTemplate *self);
const char  *okr_template_get_name             (OkrTemplate *self);
const char  *okr_template_get_description      (OkrTemplate *self);
guint        okr_template_get_n_objectives     (OkrTemplate *self);
const char  *okr_template_get_objective_title  (OkrTemplate *self, guint objective);
const char  *okr_template_get_objective_description (OkrTemplate *self, guint objective);
guint        okr_template_get_n_key_results    (OkrTemplate *self, guint objective);
const char  *okr_template_get_key_result_title (OkrTemplate *self, guint objective, guint kr);

GArray      *okr_template_apply                (OkrTemplate *self, OkrStore *store,
                                                gint64 cycle_id, gint64 unit_id,
                                                gint64 owner_id, const gboolean *chosen,
                                                GError **error);

G_END_DECLS
