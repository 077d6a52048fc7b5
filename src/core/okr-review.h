/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-review.h — the end-of-cycle review: scores and what they add up to, closing and
 * reopening a cycle, retrospectives */
#pragma once

#include "okr-math.h"
#include "okr-rollup.h"

G_BEGIN_DECLS

/* How the scored KRs of a review spread over the buckets of okr-math.h. */
typedef struct {
  guint counts[OKR_SCORE_BUCKET_N];
  guint n_scored;
  guint n_key_results;
} OkrScoreDistribution;

const char *okr_score_bucket_to_label (OkrScoreBucket bucket);

GPtrArray  *okr_review_list_units      (OkrRollup *rollup, gint64 unit_id);
void        okr_review_distribution    (OkrRollup *rollup, gint64 unit_id,
                                        OkrScoreDistribution *distribution);
double      okr_review_overall_score   (OkrRollup *rollup, gint64 unit_id);
gboolean    okr_review_objective_below_bar (OkrObjective *objective);
gboolean    okr_review_parse_score     (const char *text, double *score, GError **error);

/* Closing and reopening. Closing needs a score on every KR of the cycle, unless the leader
 * chose to leave some unscored; both are recorded in the cycle's events. */
typedef enum {
  OKR_CLOSE_DEFAULT        = 0,
  OKR_CLOSE_LEAVE_UNSCORED = 1 << 0,
} OkrCloseFlags;

/* A KR named in a message: its title and its unit's name. */
typedef struct {
  gint64  id;
  char   *title;
  char   *unit;
} OkrNamedKr;

void        okr_named_kr_free       (OkrNamedKr *item);

GPtrArray  *okr_review_list_unscored   (OkrStore *store, gint64 cycle_id, GError **error);
gboolean    okr_review_close_cycle     (OkrStore *store, gint64 cycle_id, OkrCloseFlags flags,
                                        gint64 author_id, GError **error);
gboolean    okr_review_reopen_cycle    (OkrStore *store, gint64 cycle_id, const char *reason,
                                        gint64 author_id, GError **error);

#define OKR_EVENT_CYCLE_CLOSED   "cycle_closed"
#define OKR_EVENT_CYCLE_REOPENED "cycle_reopened"

typedef struct {
  char   *kind;      /* OKR_EVENT_… */
  char   *reason;
  char   *author;    /* the person's name, or "" */
  gint64  unix_ms;   /* when, from the event's stamp */
} OkrCycleEvent;

GPtrArray  *okr_review_list_events     (OkrStore *store, gint64 cycle_id, GError **error);

/* One retrospective per unit and cycle. */
typedef struct {
  char *went_well;
  char *went_badly;
  char *to_change;
} OkrRetrospective;

gboolean    okr_review_get_retrospective (OkrStore *store, gint64 unit_id, gint64 cycle_id,
                                          OkrRetrospective *retrospective, GError **error);
void        okr_retrospective_clear    (OkrRetrospective *retrospective);
gboolean    okr_retrospective_is_empty (const OkrRetrospective *retrospective);

gint64      okr_review_resolve_kr      (OkrStore *store, gint64 cycle_id, const char *ref,
                                        GError **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OkrRetrospective, okr_retrospective_clear)

G_END_DECLS
