/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-lint.h — OKR quality hints, offline: pure rules over a cycle's roll-up
 *
 * The same rules run over the whole cycle (the Quality page) and over what is being typed
 * in an editor (a draft), so the two never disagree.
 */
#pragma once

#include "okr-lint-hint.h"
#include "okr-rollup.h"

G_BEGIN_DECLS

/* What a good OKR set looks like. */
#define OKR_LINT_MIN_KEY_RESULTS 2
#define OKR_LINT_MAX_KEY_RESULTS 5
#define OKR_LINT_MAX_OBJECTIVES  5

typedef struct {
  gint64      id;                  /* 0: a new objective */
  gint64      unit_id;
  const char *title;
  gint64      owner_id;
  gint64      align_objective_id;
  gint64      align_kr_id;
} OkrObjectiveDraft;

typedef struct {
  gint64      id;                  /* 0: a new key result */
  gint64      objective_id;
  const char *title;
  OkrKrKind   kind;
  double      baseline;
  double      target;              /* NAN: none */
  gint64      owner_id;
} OkrKrDraft;

#define OKR_TYPE_LINT (okr_lint_get_type ())
G_DECLARE_FINAL_TYPE (OkrLint, okr_lint, OKR, LINT, GObject)

OkrLint   *okr_lint_new             (OkrRollup *rollup, GPtrArray *cycles);
GPtrArray *okr_lint_run             (OkrLint *self);
GPtrArray *okr_lint_check_objective (OkrLint *self, const OkrObjectiveDraft *draft);
GPtrArray *okr_lint_check_key_result (OkrLint *self, const OkrKrDraft *draft);

gboolean   okr_lint_apply_fix       (OkrStore *store, OkrLintHint *hint, GError **error);

/* The rules on text alone, for tests and for anyone who has only a title. */
gboolean   okr_lint_title_has_metric (const char *title);
gboolean   okr_lint_title_is_task    (const char *title);

G_END_DECLS
