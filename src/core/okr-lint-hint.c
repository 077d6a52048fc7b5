/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "okr-lint-hint.h"

struct _OkrLintHint {
  GObject         parent_instance;

  OkrLintCode     code;
  OkrLintSeverity severity;
  OkrEntity       entity;
  gint64          id;
  gint64          unit_id;
  char           *subject;
  char           *message;
  OkrLintFix      fix;
  gint64          fix_id;
  gint64          fix_ref;
  char           *fix_label;
};

G_DEFINE_FINAL_TYPE (OkrLintHint, okr_lint_hint, G_TYPE_OBJECT)

/* Stable names, for scripts and tests: never translated. */
static const char *const code_names[OKR_LINT_N_CODES] = {
  [OKR_LINT_OBJECTIVE_HAS_METRIC] = "objective-has-metric",
  [OKR_LINT_OBJECTIVE_FEW_KRS] = "objective-few-krs",
  [OKR_LINT_OBJECTIVE_MANY_KRS] = "objective-many-krs",
  [OKR_LINT_UNIT_MANY_OBJECTIVES] = "unit-many-objectives",
  [OKR_LINT_KR_NO_TARGET] = "kr-no-target",
  [OKR_LINT_KR_NO_OWNER] = "kr-no-owner",
  [OKR_LINT_KR_TARGET_IS_BASELINE] = "kr-target-is-baseline",
  [OKR_LINT_OBJECTIVE_NOT_ALIGNED] = "objective-not-aligned",
  [OKR_LINT_OBJECTIVE_NO_WEIGHT] = "objective-no-weight",
  [OKR_LINT_KR_IS_TASK] = "kr-is-task",
  [OKR_LINT_DUPLICATE_TITLE] = "duplicate-title",
  [OKR_LINT_CYCLE_OVERLAP] = "cycle-overlap",
};

const char *
okr_lint_code_to_string (OkrLintCode code)
{
  g_return_val_if_fail (code < OKR_LINT_N_CODES, NULL);
  return code_names[code];
}

static void
okr_lint_hint_finalize (GObject *object)
{
  OkrLintHint *self = OKR_LINT_HINT (object);

  g_free (self->subject);
  g_free (self->message);
  g_free (self->fix_label);
  G_OBJECT_CLASS (okr_lint_hint_parent_class)->finalize (object);
}

static void
okr_lint_hint_class_init (OkrLintHintClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = okr_lint_hint_finalize;
}

static void
okr_lint_hint_init (OkrLintHint *self)
{
}

/**
 * okr_lint_hint_new:
 * @subject: the title or name of what the hint is about
 * @message: (transfer full): the reason, translated
 */
OkrLintHint *
okr_lint_hint_new (OkrLintCode code, OkrLintSeverity severity, OkrEntity entity, gint64 id,
                   const char *subject, char *message)
{
  OkrLintHint *self = g_object_new (OKR_TYPE_LINT_HINT, NULL);

  self->code = code;
  self->severity = severity;
  self->entity = entity;
  self->id = id;
  self->subject = g_strdup (subject != NULL ? subject : "");
  self->message = message;
  return self;
}

void
okr_lint_hint_set_unit (OkrLintHint *self, gint64 unit_id)
{
  self->unit_id = unit_id;
}

/* @label: (transfer full): what the fix button says, translated */
void
okr_lint_hint_set_fix (OkrLintHint *self, OkrLintFix fix, gint64 fix_id, gint64 fix_ref,
                       char *label)
{
  self->fix = fix;
  self->fix_id = fix_id;
  self->fix_ref = fix_ref;
  g_free (self->fix_label);
  self->fix_label = label;
}

OkrLintCode
okr_lint_hint_get_code (OkrLintHint *self)
{
  return self->code;
}

const char *
okr_lint_hint_get_code_name (OkrLintHint *self)
{
  return okr_lint_code_to_string (self->code);
}

OkrLintSeverity
okr_lint_hint_get_severity (OkrLintHint *self)
{
  return self->severity;
}

OkrEntity
okr_lint_hint_get_entity (OkrLintHint *self)
{
  return self->entity;
}

gint64
okr_lint_hint_get_id (OkrLintHint *self)
{
  return self->id;
}

gint64
okr_lint_hint_get_unit_id (OkrLintHint *self)
{
  return self->unit_id;
}

const char *
okr_lint_hint_get_subject (OkrLintHint *self)
{
  return self->subject;
}

const char *
okr_lint_hint_get_message (OkrLintHint *self)
{
  return self->message;
}

OkrLintFix
okr_lint_hint_get_fix (OkrLintHint *self)
{
  return self->fix;
}

gint64
okr_lint_hint_get_fix_id (OkrLintHint *self)
{
  return self->fix_id;
}

gint64
okr_lint_hint_get_fix_ref (OkrLintHint *self)
{
  return self->fix_ref;
}

const char *
okr_lint_hint_get_fix_label (OkrLintHint *self)
{
  return self->fix_label;
}

/* Whether okr_lint_apply_fix () can fix it without asking anything. */
gboolean
okr_lint_hint_can_apply (OkrLintHint *self)
{
  return self->fix >= OKR_LINT_FIX_SET_OWNER;
}
