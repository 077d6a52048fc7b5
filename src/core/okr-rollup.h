/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-rollup.h — a cycle's OKRs with progress, status and scores, computed in one pass */
#pragma once

#include "okr-store.h"

G_BEGIN_DECLS

#define OKR_TYPE_ROLLUP (okr_rollup_get_type ())
G_DECLARE_FINAL_TYPE (OkrRollup, okr_rollup, OKR, ROLLUP, GObject)

OkrRollup    *okr_rollup_new                (OkrStore *store, gint64 cycle_id, OkrDate today,
                                             GError **error);
OkrCycle     *okr_rollup_get_cycle          (OkrRollup *self);
OkrDate       okr_rollup_get_today          (OkrRollup *self);
double        okr_rollup_get_expected       (OkrRollup *self);

/* Borrowed arrays: valid as long as the roll-up. */
GPtrArray    *okr_rollup_get_units          (OkrRollup *self);
GPtrArray    *okr_rollup_get_unit_children  (OkrRollup *self, gint64 unit_id);
GPtrArray    *okr_rollup_get_objectives     (OkrRollup *self, gint64 unit_id);
GPtrArray    *okr_rollup_get_key_results    (OkrRollup *self, gint64 objective_id);
GPtrArray    *okr_rollup_get_aligned_to_objective (OkrRollup *self, gint64 objective_id);
GPtrArray    *okr_rollup_get_aligned_to_kr  (OkrRollup *self, gint64 kr_id);
GPtrArray    *okr_rollup_get_people         (OkrRollup *self);

OkrUnit      *okr_rollup_find_unit          (OkrRollup *self, gint64 id);
OkrObjective *okr_rollup_find_objective     (OkrRollup *self, gint64 id);
OkrKeyResult *okr_rollup_find_key_result    (OkrRollup *self, gint64 id);
OkrPerson    *okr_rollup_find_person        (OkrRollup *self, gint64 id);

G_END_DECLS
