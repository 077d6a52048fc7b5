/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-model-private.h — the entity structs, filled by the store and the roll-up */
#pragma once

#include "okr-person.h"
#include "okr-unit.h"
#include "okr-cycle.h"
#include "okr-objective.h"
#include "okr-key-result.h"
#include "okr-checkin.h"

G_BEGIN_DECLS

struct _OkrPerson {
  GObject parent_instance;
  gint64  id;
  OkrUuid uuid;
  char *name;
  char *email;
};

OkrPerson *_okr_person_new (void);

struct _OkrUnit {
  GObject parent_instance;
  gint64  id;
  OkrUuid uuid;
  gint64 parent_id;
  char *name;
  OkrUnitKind kind;
  gint64 lead_id;
  double position;
  double progress;
  OkrStatus status;
  guint n_objectives;
  guint depth;
  double score;           /* mean of its objectives' scores; NAN when none is scored */
};

OkrUnit *_okr_unit_new (void);

struct _OkrCycle {
  GObject parent_instance;
  gint64  id;
  OkrUuid uuid;
  char *name;
  OkrDate start;
  OkrDate end;
  gint64 parent_id;
  OkrCycleState state;
};

OkrCycle *_okr_cycle_new (void);

struct _OkrObjective {
  GObject parent_instance;
  gint64  id;
  OkrUuid uuid;
  gint64 cycle_id;
  gint64 unit_id;
  char *title;
  char *description;
  gint64 owner_id;
  gboolean aspirational;
  gint64 align_objective_id;
  gint64 align_kr_id;
  double position;
  double progress;
  double expected;
  OkrStatus status;
  double score;
  guint n_key_results;
  gint64 carried_from_id;
};

OkrObjective *_okr_objective_new (void);

struct _OkrKeyResult {
  GObject parent_instance;
  gint64  id;
  OkrUuid uuid;
  gint64 objective_id;
  char *title;
  OkrKrKind kind;
  double baseline;
  double target;
  char *unit_label;
  OkrDirection direction;
  double weight;
  gint64 owner_id;
  double position;
  double current;
  OkrDate current_date;
  int confidence;
  guint milestones_done;
  guint milestones_total;
  double progress;
  double progress_raw;
  OkrStatus status;
  double score;
  char *score_reason;
  gint64 carried_from_id;
};

OkrKeyResult *_okr_key_result_new (void);

struct _OkrCheckin {
  GObject parent_instance;
  gint64  id;
  OkrUuid uuid;
  gint64 kr_id;
  OkrDate date;
  double value;
  int confidence;
  char *note;
  char *went_well;
  char *blocked_by;
  char *next_step;
  gint64 author_id;
  gint64 stamp;
  gboolean retracted;
  char *retract_reason;
};

OkrCheckin *_okr_checkin_new (void);

G_END_DECLS
