/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-types.h — the domain's small vocabularies and their names */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  OKR_UNIT_COMPANY,
  OKR_UNIT_DEPARTMENT,
  OKR_UNIT_TEAM,
} OkrUnitKind;

typedef enum {
  OKR_CYCLE_PLANNING,
  OKR_CYCLE_ACTIVE,
  OKR_CYCLE_CLOSED,
} OkrCycleState;

typedef enum {
  OKR_KR_NUMBER,
  OKR_KR_PERCENT,
  OKR_KR_CURRENCY,
  OKR_KR_BOOLEAN,
  OKR_KR_MILESTONE,
  OKR_KR_CONTROL,
  OKR_KR_ROLLUP,
} OkrKrKind;

#define OKR_KR_N_KINDS (OKR_KR_ROLLUP + 1)

/* For a control KR: the value must stay at or above, or at or below, the target. */
typedef enum {
  OKR_DIRECTION_ABOVE,
  OKR_DIRECTION_BELOW,
} OkrDirection;

typedef enum {
  OKR_INITIATIVE_TODO,
  OKR_INITIATIVE_DOING,
  OKR_INITIATIVE_DONE,
} OkrInitiativeState;

/* Ordered from weakest to strongest so that "weakest of" is a minimum. */
typedef enum {
  OKR_STATUS_NOT_STARTED,
  OKR_STATUS_OFF_TRACK,
  OKR_STATUS_AT_RISK,
  OKR_STATUS_ON_TRACK,
  OKR_STATUS_DONE,
} OkrStatus;

#define OKR_STATUS_N (OKR_STATUS_DONE + 1)

/* Traffic-light bands shared by confidence, scores and KPIs. */
typedef enum {
  OKR_BAND_RED,
  OKR_BAND_YELLOW,
  OKR_BAND_GREEN,
} OkrBand;

/* Where a final score falls in the end-of-cycle distribution. */
typedef enum {
  OKR_SCORE_BUCKET_FAIL,      /* 0.0–0.3 */
  OKR_SCORE_BUCKET_COMMIT,    /* 0.4–0.6 */
  OKR_SCORE_BUCKET_TARGET,    /* 0.7–0.9 */
  OKR_SCORE_BUCKET_STRETCH,   /* 1.0 */
} OkrScoreBucket;

#define OKR_SCORE_BUCKET_N (OKR_SCORE_BUCKET_STRETCH + 1)

const char *okr_unit_kind_to_string        (OkrUnitKind kind);
gboolean    okr_unit_kind_from_string      (const char *str, OkrUnitKind *kind);
const char *okr_unit_kind_to_label         (OkrUnitKind kind);

const char *okr_cycle_state_to_string      (OkrCycleState state);
gboolean    okr_cycle_state_from_string    (const char *str, OkrCycleState *state);
const char *okr_cycle_state_to_label       (OkrCycleState state);

const char *okr_kr_kind_to_string          (OkrKrKind kind);
gboolean    okr_kr_kind_from_string        (const char *str, OkrKrKind *kind);
const char *okr_kr_kind_to_label           (OkrKrKind kind);

const char *okr_direction_to_string        (OkrDirection direction);
gboolean    okr_direction_from_string      (const char *str, OkrDirection *direction);

const char *okr_initiative_state_to_string (OkrInitiativeState state);
gboolean    okr_initiative_state_from_string (const char *str, OkrInitiativeState *state);
const char *okr_initiative_state_to_label  (OkrInitiativeState state);

const char *okr_status_to_string           (OkrStatus status);
gboolean    okr_status_from_string         (const char *str, OkrStatus *status);
const char *okr_status_to_label            (OkrStatus status);

G_END_DECLS
