/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-carry-over.h — unfinished work of a closed cycle, copied into the next one */
#pragma once

#include "okr-rollup.h"

G_BEGIN_DECLS

gboolean  okr_carry_over_is_unfinished      (OkrKeyResult *kr);
GPtrArray *okr_carry_over_list_candidates   (OkrRollup *rollup, gint64 unit_id);

/* The cycle after another: the first one that starts once it has ended and lasts about as
 * long; else where a new one would go, and what it would be called. */
gint64    okr_carry_over_find_next_cycle    (OkrStore *store, gint64 cycle_id);
void      okr_carry_over_next_dates         (OkrCycle *cycle, OkrDate *start, OkrDate *end);
char     *okr_carry_over_next_name          (OkrCycle *cycle, OkrDate start, OkrDate end);
gint64    okr_carry_over_ensure_next_cycle  (OkrStore *store, gint64 cycle_id, const char *name,
                                             gboolean *created, GError **error);

typedef struct {
  gint64 into_cycle_id;
  guint  n_objectives;          /* copies made (objectives already carried are reused) */
  guint  n_key_results;
  guint  n_milestones;
  guint  n_initiatives;
  guint  n_alignments_dropped;  /* alignments that could not follow into the new cycle */
} OkrCarryOverResult;

gboolean  okr_carry_over                    (OkrStore *store, gint64 from_cycle_id,
                                             gint64 into_cycle_id, const gint64 *objective_ids,
                                             guint n_objectives, const gint64 *kr_ids,
                                             guint n_key_results, OkrCarryOverResult *result,
                                             GError **error);
gboolean  okr_carry_over_all_unfinished     (OkrStore *store, gint64 from_cycle_id,
                                             gint64 into_cycle_id, OkrCarryOverResult *result,
                                             GError **error);

G_END_DECLS
