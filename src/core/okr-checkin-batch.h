/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-checkin-batch.h — a weekly check-in of several key results, saved as one
 *
 * What the check-in wizard edits: for each key result, what it was (from the roll-up) and
 * what the leader enters. Nothing reaches the document until okr_checkin_batch_save (),
 * which records every confirmed check-in in one transaction, or none of them.
 */
#pragma once

#include "okr-rollup.h"
#include "okr-sparkline.h"

G_BEGIN_DECLS

typedef enum {
  OKR_CHECKIN_PENDING,    /* not confirmed (yet): nothing is recorded */
  OKR_CHECKIN_CONFIRMED,  /* recorded on save, even with the value unchanged */
  OKR_CHECKIN_SKIPPED,    /* the leader chose to skip it this week */
} OkrCheckinState;

/* One key result of the batch. The first block is read-only; the wizard writes the
 * second through the functions below or directly (all of it is plain data). */
typedef struct {
  OkrKeyResult   *kr;              /* the roll-up's: the values before */
  OkrObjective   *objective;
  char          **milestones;      /* milestone KRs: the titles, in order; else NULL */
  gboolean       *done_before;     /* milestone KRs: which were done */
  OkrSparkPoint  *history;         /* recent check-ins, oldest first */
  guint           n_history;

  OkrCheckinState state;
  double          value;           /* number, percent, currency, control; boolean 1 or 0 */
  gboolean       *ticked;          /* milestone KRs: done after (what was done stays done) */
  int             confidence;      /* 1–10 */
  char           *went_well;
  char           *blocked_by;
  char           *next_step;
} OkrCheckinEntry;

/* A key result's value, progress and status, before or after the check-in. */
typedef struct {
  double    value;                 /* milestone KRs: how many are done */
  double    progress_raw;
  OkrStatus status;
  int       confidence;            /* 0: never given */
} OkrCheckinOutcome;

#define OKR_TYPE_CHECKIN_BATCH (okr_checkin_batch_get_type ())
G_DECLARE_FINAL_TYPE (OkrCheckinBatch, okr_checkin_batch, OKR, CHECKIN_BATCH, GObject)

GPtrArray       *okr_checkin_batch_select      (OkrRollup *rollup, gint64 unit_id,
                                                gint64 owner_id);
OkrCheckinBatch *okr_checkin_batch_new         (OkrStore *store, OkrRollup *rollup,
                                                GPtrArray *key_results, gint64 author_id,
                                                GError **error);
OkrRollup       *okr_checkin_batch_get_rollup  (OkrCheckinBatch *self);
guint            okr_checkin_batch_get_n_entries (OkrCheckinBatch *self);
OkrCheckinEntry *okr_checkin_batch_get_entry   (OkrCheckinBatch *self, guint index);
guint            okr_checkin_batch_count       (OkrCheckinBatch *self, OkrCheckinState state);

void             okr_checkin_batch_before      (OkrCheckinBatch *self, guint index,
                                                OkrCheckinOutcome *outcome);
void             okr_checkin_batch_after       (OkrCheckinBatch *self, guint index,
                                                OkrCheckinOutcome *outcome);
double           okr_checkin_batch_expected_value (OkrCheckinBatch *self, guint index);
gboolean         okr_checkin_batch_is_edited   (OkrCheckinBatch *self, guint index);
void             okr_checkin_batch_set_note    (OkrCheckinBatch *self, guint index,
                                                const char *went_well, const char *blocked_by,
                                                const char *next_step);

gboolean         okr_checkin_batch_save        (OkrCheckinBatch *self, guint *n_saved,
                                                GError **error);

double           okr_checkin_progress_of_value (OkrKeyResult *kr, double value);
gboolean         okr_checkin_has_pace          (OkrKeyResult *kr);

G_END_DECLS
