/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-store-edits.h — the edits a leader makes, each one transaction */
#pragma once

#include "okr-store.h"

G_BEGIN_DECLS

typedef struct {
  OkrKrKind          kind;
  double             baseline;
  double             target;       /* NAN: not set yet */
  const char        *unit_label;
  OkrDirection       direction;
  double             weight;
  gint64             owner_id;
  const char *const *milestones;   /* NULL-terminated titles, for milestone KRs */
} OkrKrSpec;

void okr_kr_spec_init (OkrKrSpec *spec);

typedef struct {
  OkrDate      date;             /* OKR_DATE_NONE: today */
  double       value;            /* NAN: unchanged (a milestone-only check-in) */
  int          confidence;       /* 0: not given */
  const char  *note;
  const char  *went_well;
  const char  *blocked_by;
  const char  *next_step;
  gint64       author_id;
  const guint *milestones_done;  /* 1-based positions of milestones now done */
  guint        n_milestones_done;
} OkrCheckinSpec;

void okr_checkin_spec_init (OkrCheckinSpec *spec);

gint64   okr_store_add_person      (OkrStore *self, const char *name, const char *email,
                                    GError **error);
gint64   okr_store_add_unit        (OkrStore *self, gint64 parent_id, const char *name,
                                    OkrUnitKind kind, GError **error);
gint64   okr_store_add_cycle       (OkrStore *self, const char *name, OkrDate start,
                                    OkrDate end, gint64 parent_id, GError **error);
gboolean okr_store_set_cycle_state (OkrStore *self, gint64 cycle_id, OkrCycleState state,
                                    GError **error);
gint64   okr_store_add_objective   (OkrStore *self, gint64 cycle_id, gint64 unit_id,
                                    const char *title, gint64 owner_id, gboolean aspirational,
                                    gint64 align_objective_id, gint64 align_kr_id,
                                    GError **error);
gint64   okr_store_add_key_result  (OkrStore *self, gint64 objective_id, const char *title,
                                    const OkrKrSpec *spec, GError **error);
gint64   okr_store_add_initiative  (OkrStore *self, gint64 kr_id, const char *title,
                                    gint64 owner_id, GError **error);
gint64   okr_store_add_checkin     (OkrStore *self, gint64 kr_id, const OkrCheckinSpec *spec,
                                    GError **error);
gint64   okr_store_retract_checkin (OkrStore *self, gint64 checkin_id, const char *reason,
                                    gint64 author_id, GError **error);
gboolean okr_store_set_score       (OkrStore *self, gint64 kr_id, double score,
                                    const char *reason, gint64 author_id, GError **error);
gint64   okr_store_add_kpi         (OkrStore *self, gint64 unit_id, const char *name,
                                    const char *unit_label, double green, double red,
                                    GError **error);
gint64   okr_store_add_kpi_reading (OkrStore *self, gint64 kpi_id, OkrDate date, double value,
                                    gint64 author_id, GError **error);
gboolean okr_store_set_retrospective (OkrStore *self, gint64 unit_id, gint64 cycle_id,
                                      const char *went_well, const char *went_badly,
                                      const char *to_change, GError **error);
gboolean okr_store_refresh_current (OkrStore *self, gint64 kr_id, GError **error);

G_END_DECLS
