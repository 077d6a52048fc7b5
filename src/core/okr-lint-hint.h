/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-lint-hint.h — one OKR quality hint: what is weak, why, and how to fix it */
#pragma once

#include <glib-object.h>

#include "okr-schema.h"

G_BEGIN_DECLS

typedef enum {
  OKR_LINT_OBJECTIVE_HAS_METRIC,
  OKR_LINT_OBJECTIVE_FEW_KRS,
  OKR_LINT_OBJECTIVE_MANY_KRS,
  OKR_LINT_UNIT_MANY_OBJECTIVES,
  OKR_LINT_KR_NO_TARGET,
  OKR_LINT_KR_NO_OWNER,
  OKR_LINT_KR_TARGET_IS_BASELINE,
  OKR_LINT_OBJECTIVE_NOT_ALIGNED,
  OKR_LINT_OBJECTIVE_NO_WEIGHT,
  OKR_LINT_KR_IS_TASK,
  OKR_LINT_DUPLICATE_TITLE,
  OKR_LINT_CYCLE_OVERLAP,
} OkrLintCode;

#define OKR_LINT_N_CODES (OKR_LINT_CYCLE_OVERLAP + 1)

/* Ordered from mildest to most serious. */
typedef enum {
  OKR_LINT_INFO,      /* a suggestion */
  OKR_LINT_WARNING,   /* weakens the OKR */
  OKR_LINT_PROBLEM,   /* progress can't be measured */
} OkrLintSeverity;

typedef enum {
  OKR_LINT_FIX_NONE,
  OKR_LINT_FIX_EDIT,            /* open the subject's editor */
  OKR_LINT_FIX_ADD_KEY_RESULT,  /* open a new key result of the objective */
  /* Applied by okr_lint_apply_fix (), in one undo step: */
  OKR_LINT_FIX_SET_OWNER,       /* fix_id: the KR; fix_ref: the person */
  OKR_LINT_FIX_EQUAL_WEIGHTS,   /* fix_id: the objective */
  OKR_LINT_FIX_TO_INITIATIVE,   /* fix_id: the KR; fix_ref: the KR it will serve */
  OKR_LINT_FIX_NEST_CYCLE,      /* fix_id: the inner cycle; fix_ref: the enclosing one */
} OkrLintFix;

#define OKR_TYPE_LINT_HINT (okr_lint_hint_get_type ())
G_DECLARE_FINAL_TYPE (OkrLintHint, okr_lint_hint, OKR, LINT_HINT, GObject)

OkrLintHint     *okr_lint_hint_new          (OkrLintCode code, OkrLintSeverity severity,
                                             OkrEntity entity, gint64 id, const char *subject,
                                             char *message);
void             okr_lint_hint_set_unit     (OkrLintHint *self, gint64 unit_id);
void             okr_lint_hint_set_fix      (OkrLintHint *self, OkrLintFix fix, gint64 fix_id,
                                             gint64 fix_ref, char *label);

OkrLintCode      okr_lint_hint_get_code     (OkrLintHint *self);
const char      *okr_lint_hint_get_code_name (OkrLintHint *self);
OkrLintSeverity  okr_lint_hint_get_severity (OkrLintHint *self);
OkrEntity        okr_lint_hint_get_entity   (OkrLintHint *self);
gint64           okr_lint_hint_get_id       (OkrLintHint *self);
gint64           okr_lint_hint_get_unit_id  (OkrLintHint *self);
const char      *okr_lint_hint_get_subject  (OkrLintHint *self);
const char      *okr_lint_hint_get_message  (OkrLintHint *self);
OkrLintFix       okr_lint_hint_get_fix      (OkrLintHint *self);
gint64           okr_lint_hint_get_fix_id   (OkrLintHint *self);
gint64           okr_lint_hint_get_fix_ref  (OkrLintHint *self);
const char      *okr_lint_hint_get_fix_label (OkrLintHint *self);
gboolean         okr_lint_hint_can_apply    (OkrLintHint *self);

const char      *okr_lint_code_to_string    (OkrLintCode code);

G_END_DECLS
