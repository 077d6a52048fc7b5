/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-lint.c — the rules of a good OKR, as a coach would say them
 *
 * Titles are compared folded (okr-text.h): lower case, composed Unicode, and — for
 * Vietnamese typed without tone marks — also without marks, so "Triển khai", "TRIỂN KHAI"
 * and "trien khai" all read as the same verb.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "okr-lint.h"
#include "okr-store-outline.h"
#include "okr-text.h"

struct _OkrLint {
  GObject     parent_instance;

  OkrRollup  *rollup;
  GPtrArray  *cycles;            /* OkrCycle */
  GHashTable *objective_titles;  /* folded title → GPtrArray of OkrObjective (this cycle) */
  GHashTable *kr_titles;         /* "objective id:folded title" → count */
};

G_DEFINE_FINAL_TYPE (OkrLint, okr_lint, G_TYPE_OBJECT)

/* ───────────────────────── words ───────────────────────── */

/* Verbs that start a task rather than an outcome. Vietnamese is matched without tone
 * marks too; its entries are two syllables, which keeps that from matching other words. */
static const char *const task_verbs[] = {
  "launch", "hold", "build", "create", "implement", "organize", "organise", "develop",
  "release", "ship", "deploy", "roll out", "set up", "host", "conduct", "publish", "complete",
  "finish", "write", "design", "migrate", "introduce",
  "trien khai", "to chuc", "xay dung", "ra mat", "phat trien", "thuc hien", "hoan thanh",
  "thiet ke", "phat hanh", "cai dat", "ban hanh",
};

/* Nouns that turn an English task verb into a measure: "Build time", "Release readiness",
 * "Launch conversion rate" name a level to reach, not work to do. */
static const char *const measure_nouns[] = {
  "time", "times", "rate", "rates", "readiness", "quality", "score", "speed", "cost", "costs",
  "success", "frequency", "duration", "failures", "errors", "volume", "conversion", "day",
  "date",
};

/* Words that name a measure. English ones are matched without marks; Vietnamese ones only
 * as written ("tỷ", not "ty", which is also the "ty" of "công ty"). */
static const char *const metric_words_plain[] = {
  "percent", "percentage", "nps", "csat", "arr", "mrr", "kpi", "roi", "million", "billion",
  "thousand", "usd", "vnd", "eur",
};
static const char *const metric_words_marked[] = {
  "phần trăm", "triệu", "tỷ", "nghìn", "ngàn", "vnđ",
};

static gboolean
starts_with_any (const char *folded, const char *const *words, guint n)
{
  for (guint i = 0; i < n; i++)
    if (okr_text_starts_with_word (folded, words[i]))
      return TRUE;
  return FALSE;
}

static gboolean
contains_any (const char *folded, const char *const *words, guint n)
{
  for (guint i = 0; i < n; i++)
    if (okr_text_contains_word (folded, words[i]))
      return TRUE;
  return FALSE;
}

/* "Launch the partner portal", "Tổ chức 4 hội thảo", "trien khai CRM". */
gboolean
okr_lint_title_is_task (const char *title)
{
  g_autofree char *plain = okr_text_fold_marks (title);

  for (guint i = 0; i < G_N_ELEMENTS (task_verbs); i++)
    if (okr_text_starts_with_word (plain, task_verbs[i]))
      {
        const char *rest = plain + strlen (task_verbs[i]);

        while (*rest == ' ' || *rest == '-')
          rest++;
        return !starts_with_any (rest, measure_nouns, G_N_ELEMENTS (measure_nouns));
      }
  return FALSE;
}

static gboolean
all_digits (const char *s, size_t len)
{
  for (size_t i = 0; i < len; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return len > 0;
}

/* A token with digits that names a quantity: "40", "10k", "3x", "x2" — not a year
 * ("2027"), a period ("q3", "h1", "fy27") or a name with a digit in it ("b2b", "5g"). */
static gboolean
token_is_quantity (const char *token, size_t len, const char *previous)
{
  size_t digits = 0;

  while (digits < len && g_ascii_isdigit (token[digits]))
    digits++;
  if (digits == len)
    {
      gint64 value = g_ascii_strtoll (token, NULL, 10);
      gboolean period_word = previous != NULL &&
                             (g_str_equal (previous, "quy") || g_str_equal (previous, "quarter") ||
                              g_str_equal (previous, "q"));

      if (len == 4 && value >= 1900 && value <= 2199)
        return FALSE;
      if (period_word && value >= 1 && value <= 4)
        return FALSE;
      return TRUE;
    }
  if (digits > 0)
    {
      const char *unit = token + digits;
      size_t unit_len = len - digits;
      return (unit_len == 1 && strchr ("kmbx", unit[0]) != NULL) ||
             (unit_len == 2 && (strncmp (unit, "bn", 2) == 0 || strncmp (unit, "tr", 2) == 0));
    }
  if ((token[0] == 'x') && all_digits (token + 1, len - 1))
    return TRUE;
  return FALSE;
}

/* An objective says what we want; a number or a metric in it belongs in a key result:
 * "Reach 40% market share", "Doanh thu đạt 10 tỷ", "Grow ARR". */
gboolean
okr_lint_title_has_metric (const char *title)
{
  g_autofree char *marked = okr_text_fold (title);
  g_autofree char *plain = okr_text_fold_marks (title);
  g_autofree char *previous = NULL;
  const char *p = plain;

  for (const char *q = marked; *q != '\0'; q = g_utf8_next_char (q))
    {
      gunichar ch = g_utf8_get_char (q);
      if (ch == '%' || g_unichar_type (ch) == G_UNICODE_CURRENCY_SYMBOL)
        return TRUE;
    }
  if (contains_any (plain, metric_words_plain, G_N_ELEMENTS (metric_words_plain)) ||
      contains_any (marked, metric_words_marked, G_N_ELEMENTS (metric_words_marked)))
    return TRUE;

  /* Tokens of ASCII letters and digits in the text without marks. */
  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && !g_ascii_isalnum (*p))
        p++;
      start = p;
      while (*p != '\0' && g_ascii_isalnum (*p))
        p++;
      if (p == start)
        continue;
      if (token_is_quantity (start, p - start, previous))
        return TRUE;
      g_free (previous);
      previous = g_strndup (start, p - start);
    }
  return FALSE;
}

/* ───────────────────────── the context ───────────────────────── */

static void
okr_lint_finalize (GObject *object)
{
  OkrLint *self = OKR_LINT (object);

  g_clear_object (&self->rollup);
  g_clear_pointer (&self->cycles, g_ptr_array_unref);
  g_clear_pointer (&self->objective_titles, g_hash_table_unref);
  g_clear_pointer (&self->kr_titles, g_hash_table_unref);
  G_OBJECT_CLASS (okr_lint_parent_class)->finalize (object);
}

static void
okr_lint_class_init (OkrLintClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = okr_lint_finalize;
}

static void
okr_lint_init (OkrLint *self)
{
  self->objective_titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                  (GDestroyNotify) g_ptr_array_unref);
  self->kr_titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static char *
kr_title_key (gint64 objective_id, const char *title)
{
  g_autofree char *folded = okr_text_fold (title);
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%s", objective_id, folded);
}

/**
 * okr_lint_new:
 * @rollup: the cycle to check
 * @cycles: (nullable): every cycle of the document (okr_store_list_cycles ()), to find
 *   overlaps; %NULL skips that rule
 */
OkrLint *
okr_lint_new (OkrRollup *rollup, GPtrArray *cycles)
{
  g_return_val_if_fail (OKR_IS_ROLLUP (rollup), NULL);

  OkrLint *self = g_object_new (OKR_TYPE_LINT, NULL);
  GPtrArray *units = okr_rollup_get_units (rollup);

  self->rollup = g_object_ref (rollup);
  self->cycles = cycles != NULL ? g_ptr_array_ref (cycles) : NULL;

  for (guint u = 0; u < units->len; u++)
    {
      GPtrArray *objectives = okr_rollup_get_objectives (rollup,
                                                         okr_unit_get_id (units->pdata[u]));
      for (guint i = 0; i < objectives->len; i++)
        {
          OkrObjective *o = objectives->pdata[i];
          char *folded = okr_text_fold (okr_objective_get_title (o));
          GPtrArray *same = g_hash_table_lookup (self->objective_titles, folded);
          GPtrArray *krs = okr_rollup_get_key_results (rollup, okr_objective_get_id (o));

          if (same == NULL)
            {
              same = g_ptr_array_new ();
              g_hash_table_insert (self->objective_titles, folded, same);
            }
          else
            g_free (folded);
          g_ptr_array_add (same, o);

          for (guint k = 0; k < krs->len; k++)
            {
              char *key = kr_title_key (okr_objective_get_id (o),
                                        okr_key_result_get_title (krs->pdata[k]));
              guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->kr_titles, key));
              g_hash_table_replace (self->kr_titles, key, GUINT_TO_POINTER (n + 1));
            }
        }
    }
  return self;
}

static OkrLintHint *
add_hint (GPtrArray *hints, OkrLintCode code, OkrLintSeverity severity, OkrEntity entity,
          gint64 id, gint64 unit_id, const char *subject, char *message)
{
  OkrLintHint *hint = okr_lint_hint_new (code, severity, entity, id, subject, message);

  okr_lint_hint_set_unit (hint, unit_id);
  g_ptr_array_add (hints, hint);
  return hint;
}

static const char *
person_name (OkrLint *self, gint64 id)
{
  OkrPerson *p = id != 0 ? okr_rollup_find_person (self->rollup, id) : NULL;
  return p != NULL ? okr_person_get_name (p) : NULL;
}

/* ───────────────────────── objectives ───────────────────────── */

static void
check_key_result_count (OkrLint *self, const OkrObjectiveDraft *draft, GPtrArray *hints)
{
  GPtrArray *krs = okr_rollup_get_key_results (self->rollup, draft->id);
  double total_weight = 0;
  OkrLintHint *hint;

  if (krs->len < OKR_LINT_MIN_KEY_RESULTS)
    {
      hint = add_hint (hints, OKR_LINT_OBJECTIVE_FEW_KRS, OKR_LINT_WARNING,
                       OKR_ENTITY_OBJECTIVE, draft->id, draft->unit_id, draft->title,
                       g_strdup (krs->len == 0
                                 ? _("No key results yet: add two to five that would show this "
                                     "objective is achieved.")
                                 : _("Only one key result: add another, so that one number "
                                     "can’t be met at the expense of the objective.")));
      okr_lint_hint_set_fix (hint, OKR_LINT_FIX_ADD_KEY_RESULT, draft->id, 0,
                             g_strdup (_("Add Key Result")));
    }
  else if (krs->len > OKR_LINT_MAX_KEY_RESULTS)
    add_hint (hints, OKR_LINT_OBJECTIVE_MANY_KRS, OKR_LINT_WARNING, OKR_ENTITY_OBJECTIVE,
              draft->id, draft->unit_id, draft->title,
              g_strdup_printf (ngettext ("%u key result: keep the two to five that matter most.",
                                         "%u key results: keep the two to five that matter "
                                         "most.", krs->len), krs->len));

  for (guint i = 0; i < krs->len; i++)
    total_weight += okr_key_result_get_weight (krs->pdata[i]);
  if (krs->len > 0 && total_weight <= 0)
    {
      hint = add_hint (hints, OKR_LINT_OBJECTIVE_NO_WEIGHT, OKR_LINT_PROBLEM,
                       OKR_ENTITY_OBJECTIVE, draft->id, draft->unit_id, draft->title,
                       g_strdup (_("The key results’ weights add up to zero, so the objective’s "
                                   "progress can’t be worked out.")));
      okr_lint_hint_set_fix (hint, OKR_LINT_FIX_EQUAL_WEIGHTS, draft->id, 0,
                             g_strdup (_("Weigh Equally")));
    }
}

static void
check_objective_duplicate (OkrLint *self, const OkrObjectiveDraft *draft, GPtrArray *hints)
{
  g_autofree char *folded = okr_text_fold (draft->title);
  GPtrArray *same = g_hash_table_lookup (self->objective_titles, folded);
  OkrObjective *other = NULL;
  OkrLintHint *hint;
  OkrUnit *unit;

  for (guint i = 0; same != NULL && i < same->len && other == NULL; i++)
    if (okr_objective_get_id (same->pdata[i]) != draft->id)
      other = same->pdata[i];
  if (other == NULL || *folded == '\0')
    return;
  unit = okr_rollup_find_unit (self->rollup, okr_objective_get_unit_id (other));
  hint = add_hint (hints, OKR_LINT_DUPLICATE_TITLE, OKR_LINT_WARNING, OKR_ENTITY_OBJECTIVE,
                   draft->id, draft->unit_id, draft->title,
                   /* Translators: %s is the unit (a department or team). */
                   g_strdup_printf (_("Another objective of this cycle, in %s, has the same "
                                      "title: say what is different, or keep only one."),
                                    unit != NULL ? okr_unit_get_name (unit) : "—"));
  okr_lint_hint_set_fix (hint, OKR_LINT_FIX_EDIT, draft->id, 0, g_strdup (_("Edit…")));
}

/**
 * okr_lint_check_objective:
 *
 * The hints about one objective: as saved (the Quality page) or as typed (an editor, where
 * @draft->id is 0 for one not saved yet).
 *
 * Returns: (transfer full) (element-type OkrLintHint)
 */
GPtrArray *
okr_lint_check_objective (OkrLint *self, const OkrObjectiveDraft *draft)
{
  GPtrArray *hints = g_ptr_array_new_with_free_func (g_object_unref);
  OkrUnit *unit = okr_rollup_find_unit (self->rollup, draft->unit_id);
  OkrLintHint *hint;

  g_return_val_if_fail (OKR_IS_LINT (self), hints);

  if (okr_lint_title_has_metric (draft->title))
    add_hint (hints, OKR_LINT_OBJECTIVE_HAS_METRIC, OKR_LINT_WARNING, OKR_ENTITY_OBJECTIVE,
              draft->id, draft->unit_id, draft->title,
              g_strdup (_("A number or metric in the title: say what you want to achieve, and "
                          "let the key results measure it.")));
  if (draft->id != 0)
    check_key_result_count (self, draft, hints);
  else if (unit != NULL)
    {
      guint n = okr_rollup_get_objectives (self->rollup, draft->unit_id)->len + 1;
      if (n > OKR_LINT_MAX_OBJECTIVES)
        add_hint (hints, OKR_LINT_UNIT_MANY_OBJECTIVES, OKR_LINT_WARNING, OKR_ENTITY_UNIT,
                  draft->unit_id, draft->unit_id, okr_unit_get_name (unit),
                  /* Translators: %u is a number (6 or more); %s is the unit. */
                  g_strdup_printf (_("This will be objective number %u of %s this cycle: five "
                                     "or fewer keep the focus."), n, okr_unit_get_name (unit)));
    }
  if (unit != NULL && okr_unit_get_kind (unit) != OKR_UNIT_COMPANY &&
      draft->align_objective_id == 0 && draft->align_kr_id == 0)
    {
      hint = add_hint (hints, OKR_LINT_OBJECTIVE_NOT_ALIGNED, OKR_LINT_INFO,
                       OKR_ENTITY_OBJECTIVE, draft->id, draft->unit_id, draft->title,
                       g_strdup (_("Not aligned: link it to an objective or key result above, "
                                   "so that its progress counts there too.")));
      okr_lint_hint_set_fix (hint, OKR_LINT_FIX_EDIT, draft->id, 0, g_strdup (_("Align…")));
    }
  check_objective_duplicate (self, draft, hints);
  return hints;
}

/* ───────────────────────── key results ───────────────────────── */

static gboolean
has_scale (OkrKrKind kind)
{
  return kind == OKR_KR_NUMBER || kind == OKR_KR_PERCENT || kind == OKR_KR_CURRENCY;
}

/* The first other KR of the objective that is an outcome it measures itself (a rolled-up
 * KR is carried by the teams, not by work): where a task-like KR can go. */
static OkrKeyResult *
outcome_sibling (OkrLint *self, const OkrKrDraft *draft)
{
  GPtrArray *krs = okr_rollup_get_key_results (self->rollup, draft->objective_id);

  for (guint i = 0; i < krs->len; i++)
    {
      OkrKeyResult *k = krs->pdata[i];
      if (okr_key_result_get_id (k) != draft->id && okr_key_result_get_kind (k) != OKR_KR_ROLLUP &&
          !okr_lint_title_is_task (okr_key_result_get_title (k)))
        return k;
    }
  return NULL;
}

static void
check_owner (OkrLint *self, const OkrKrDraft *draft, OkrObjective *objective, GPtrArray *hints)
{
  OkrUnit *unit = objective != NULL
                  ? okr_rollup_find_unit (self->rollup, okr_objective_get_unit_id (objective))
                  : NULL;
  gint64 candidate = objective != NULL ? okr_objective_get_owner_id (objective) : 0;
  OkrLintHint *hint;

  if (draft->owner_id != 0)
    return;
  if (person_name (self, candidate) == NULL && unit != NULL)
    candidate = okr_unit_get_lead_id (unit);
  hint = add_hint (hints, OKR_LINT_KR_NO_OWNER, OKR_LINT_WARNING, OKR_ENTITY_KEY_RESULT,
                   draft->id, unit != NULL ? okr_unit_get_id (unit) : 0, draft->title,
                   g_strdup (_("No owner: a key result needs one person who checks in on it "
                               "every week.")));
  if (person_name (self, candidate) != NULL)
    okr_lint_hint_set_fix (hint, OKR_LINT_FIX_SET_OWNER, draft->id, candidate,
                           /* Translators: a button; %s is a person. */
                           g_strdup_printf (_("Make %s Owner"), person_name (self, candidate)));
  else
    okr_lint_hint_set_fix (hint, OKR_LINT_FIX_EDIT, draft->id, 0, g_strdup (_("Edit…")));
}

/**
 * okr_lint_check_key_result:
 *
 * The hints about one key result, as saved or as typed.
 *
 * Returns: (transfer full) (element-type OkrLintHint)
 */
GPtrArray *
okr_lint_check_key_result (OkrLint *self, const OkrKrDraft *draft)
{
  GPtrArray *hints = g_ptr_array_new_with_free_func (g_object_unref);
  OkrObjective *objective = okr_rollup_find_objective (self->rollup, draft->objective_id);
  gint64 unit_id = objective != NULL ? okr_objective_get_unit_id (objective) : 0;
  OkrLintHint *hint;

  g_return_val_if_fail (OKR_IS_LINT (self), hints);

  if ((has_scale (draft->kind) || draft->kind == OKR_KR_CONTROL) && isnan (draft->target))
    {
      hint = add_hint (hints, OKR_LINT_KR_NO_TARGET, OKR_LINT_PROBLEM, OKR_ENTITY_KEY_RESULT,
                       draft->id, unit_id, draft->title,
                       g_strdup (_("No target: say which number would mean this key result is "
                                   "achieved.")));
      okr_lint_hint_set_fix (hint, OKR_LINT_FIX_EDIT, draft->id, 0, g_strdup (_("Set Target…")));
    }
  else if (draft->kind == OKR_KR_ROLLUP &&
           okr_rollup_get_aligned_to_kr (self->rollup, draft->id)->len == 0)
    add_hint (hints, OKR_LINT_KR_NO_TARGET, OKR_LINT_WARNING, OKR_ENTITY_KEY_RESULT, draft->id,
              unit_id, draft->title,
              g_strdup (_("Nothing is aligned to this key result yet, so its progress stays at "
                          "0%. Align the teams’ objectives to it.")));
  else if (has_scale (draft->kind) && draft->baseline == draft->target)
    {
      hint = add_hint (hints, OKR_LINT_KR_TARGET_IS_BASELINE, OKR_LINT_WARNING,
                       OKR_ENTITY_KEY_RESULT, draft->id, unit_id, draft->title,
                       g_strdup (_("The target equals the baseline, so nothing has to move: "
                                   "progress is 0% until the value gets there, then 100%. To "
                                   "keep a level, make it “Stay above or below”.")));
      okr_lint_hint_set_fix (hint, OKR_LINT_FIX_EDIT, draft->id, 0, g_strdup (_("Edit…")));
    }

  check_owner (self, draft, objective, hints);

  if (draft->kind != OKR_KR_CONTROL && okr_lint_title_is_task (draft->title))
    {
      /* saved, and with another KR to serve: the work can move under it in one click */
      OkrKeyResult *sibling = draft->id != 0 ? outcome_sibling (self, draft) : NULL;

      hint = add_hint (hints, OKR_LINT_KR_IS_TASK, OKR_LINT_WARNING, OKR_ENTITY_KEY_RESULT,
                       draft->id, unit_id, draft->title,
                       sibling != NULL
                       /* Translators: %s is another key result of the objective. */
                       ? g_strdup_printf (_("Reads like a task, not an outcome: what result "
                                            "should this work bring? The work itself can be an "
                                            "initiative of “%s”."),
                                          okr_key_result_get_title (sibling))
                       : g_strdup (_("Reads like a task, not an outcome: what result should "
                                     "this work bring? The work itself can be an initiative.")));
      if (sibling != NULL)
        okr_lint_hint_set_fix (hint, OKR_LINT_FIX_TO_INITIATIVE, draft->id,
                               okr_key_result_get_id (sibling),
                               /* Translators: a button that turns a key result into an
                                * initiative of another one. */
                               g_strdup (_("Move to Initiatives")));
      else
        okr_lint_hint_set_fix (hint, OKR_LINT_FIX_EDIT, draft->id, 0, g_strdup (_("Rewrite…")));
    }

  {
    g_autofree char *key = kr_title_key (draft->objective_id, draft->title);
    guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->kr_titles, key));
    OkrKeyResult *saved = draft->id != 0 ? okr_rollup_find_key_result (self->rollup, draft->id)
                                         : NULL;
    g_autofree char *saved_key = saved != NULL
      ? kr_title_key (draft->objective_id, okr_key_result_get_title (saved)) : NULL;

    if (saved_key != NULL && g_str_equal (saved_key, key))
      n--;
    if (n > 0 && draft->title != NULL && *draft->title != '\0')
      add_hint (hints, OKR_LINT_DUPLICATE_TITLE, OKR_LINT_WARNING, OKR_ENTITY_KEY_RESULT,
                draft->id, unit_id, draft->title,
                g_strdup (_("Another key result of this objective has the same title.")));
  }
  return hints;
}

/* ───────────────────────── the cycle ───────────────────────── */

static gboolean
inside (OkrCycle *inner, OkrCycle *outer)
{
  return okr_cycle_get_start (inner) >= okr_cycle_get_start (outer) &&
         okr_cycle_get_end (inner) <= okr_cycle_get_end (outer) &&
         okr_cycle_get_end (outer) - okr_cycle_get_start (outer) >
         okr_cycle_get_end (inner) - okr_cycle_get_start (inner);
}

/* Two cycles side by side (the same enclosing cycle, or none) must not overlap; sharing a
 * boundary day is allowed, since some teams end a quarter on the day the next starts. */
static void
check_cycle_overlap (OkrLint *self, GPtrArray *hints)
{
  OkrCycle *cycle = okr_rollup_get_cycle (self->rollup);

  for (guint i = 0; self->cycles != NULL && i < self->cycles->len; i++)
    {
      OkrCycle *other = self->cycles->pdata[i];
      OkrLintHint *hint;

      if (okr_cycle_get_id (other) == okr_cycle_get_id (cycle) ||
          okr_cycle_get_parent_id (other) != okr_cycle_get_parent_id (cycle) ||
          okr_cycle_get_start (cycle) >= okr_cycle_get_end (other) ||
          okr_cycle_get_start (other) >= okr_cycle_get_end (cycle))
        continue;
      hint = add_hint (hints, OKR_LINT_CYCLE_OVERLAP, OKR_LINT_WARNING, OKR_ENTITY_CYCLE,
                       okr_cycle_get_id (cycle), 0, okr_cycle_get_name (cycle),
                       /* Translators: both %s are cycles ("Q1 2027", "Q2 2027"). */
                       g_strdup_printf (_("“%s” overlaps “%s”, a cycle at the same level: "
                                          "change the dates, or put the shorter one inside "
                                          "the longer."), okr_cycle_get_name (cycle),
                                        okr_cycle_get_name (other)));
      if (inside (cycle, other))
        okr_lint_hint_set_fix (hint, OKR_LINT_FIX_NEST_CYCLE, okr_cycle_get_id (cycle),
                               okr_cycle_get_id (other),
                               /* Translators: a button; %s is a cycle ("2027"). */
                               g_strdup_printf (_("Put It Inside “%s”"),
                                                okr_cycle_get_name (other)));
      else if (inside (other, cycle))
        okr_lint_hint_set_fix (hint, OKR_LINT_FIX_NEST_CYCLE, okr_cycle_get_id (other),
                               okr_cycle_get_id (cycle),
                               /* Translators: a button; both %s are cycles. */
                               g_strdup_printf (_("Put “%s” Inside “%s”"),
                                                okr_cycle_get_name (other),
                                                okr_cycle_get_name (cycle)));
      else
        okr_lint_hint_set_fix (hint, OKR_LINT_FIX_EDIT, okr_cycle_get_id (cycle), 0,
                               g_strdup (_("Edit…")));
    }
}

static void
append_all (GPtrArray *hints, GPtrArray *more)
{
  for (guint i = 0; i < more->len; i++)
    g_ptr_array_add (hints, g_object_ref (more->pdata[i]));
  g_ptr_array_unref (more);
}

/**
 * okr_lint_run:
 *
 * Every hint about the cycle: the cycle itself first, then unit by unit in the order of
 * the tree, each objective followed by its key results.
 *
 * Returns: (transfer full) (element-type OkrLintHint)
 */
GPtrArray *
okr_lint_run (OkrLint *self)
{
  GPtrArray *hints = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *units;

  g_return_val_if_fail (OKR_IS_LINT (self), hints);

  check_cycle_overlap (self, hints);
  units = okr_rollup_get_units (self->rollup);
  for (guint u = 0; u < units->len; u++)
    {
      OkrUnit *unit = units->pdata[u];
      GPtrArray *objectives = okr_rollup_get_objectives (self->rollup, okr_unit_get_id (unit));

      if (objectives->len > OKR_LINT_MAX_OBJECTIVES)
        add_hint (hints, OKR_LINT_UNIT_MANY_OBJECTIVES, OKR_LINT_WARNING, OKR_ENTITY_UNIT,
                  okr_unit_get_id (unit), okr_unit_get_id (unit), okr_unit_get_name (unit),
                  /* Translators: %s is a unit; %u its number of objectives (6 or more). */
                  g_strdup_printf (ngettext ("%s has %u objective this cycle: five or fewer "
                                             "keep the focus.",
                                             "%s has %u objectives this cycle: five or fewer "
                                             "keep the focus.", objectives->len),
                                   okr_unit_get_name (unit), objectives->len));

      for (guint i = 0; i < objectives->len; i++)
        {
          OkrObjective *o = objectives->pdata[i];
          OkrObjectiveDraft draft = {
            .id = okr_objective_get_id (o),
            .unit_id = okr_objective_get_unit_id (o),
            .title = okr_objective_get_title (o),
            .owner_id = okr_objective_get_owner_id (o),
            .align_objective_id = okr_objective_get_align_objective_id (o),
            .align_kr_id = okr_objective_get_align_kr_id (o),
          };
          GPtrArray *krs = okr_rollup_get_key_results (self->rollup, draft.id);

          append_all (hints, okr_lint_check_objective (self, &draft));
          for (guint k = 0; k < krs->len; k++)
            {
              OkrKeyResult *kr = krs->pdata[k];
              OkrKrDraft kr_draft = {
                .id = okr_key_result_get_id (kr),
                .objective_id = draft.id,
                .title = okr_key_result_get_title (kr),
                .kind = okr_key_result_get_kind (kr),
                .baseline = okr_key_result_get_baseline (kr),
                .target = okr_key_result_get_target (kr),
                .owner_id = okr_key_result_get_owner_id (kr),
              };
              append_all (hints, okr_lint_check_key_result (self, &kr_draft));
            }
        }
    }
  return hints;
}

/* ───────────────────────── fixes ───────────────────────── */

static gboolean
update_labelled (OkrStore *store, const char *label, gint64 id, OkrChanges *c, GError **error)
{
  okr_store_begin_edit (store, label);
  if (!okr_store_update (store, id, c, error))
    {
      okr_store_abort_edit (store);
      return FALSE;
    }
  return okr_store_end_edit (store, error);
}

/**
 * okr_lint_apply_fix:
 *
 * Applies a hint's fix when it needs no more input (okr_lint_hint_can_apply ()), as one
 * undo step.
 */
gboolean
okr_lint_apply_fix (OkrStore *store, OkrLintHint *hint, GError **error)
{
  gint64 id = okr_lint_hint_get_fix_id (hint);
  gint64 ref = okr_lint_hint_get_fix_ref (hint);
  g_autoptr(OkrChanges) c = NULL;

  g_return_val_if_fail (OKR_IS_STORE (store), FALSE);
  g_return_val_if_fail (OKR_IS_LINT_HINT (hint), FALSE);

  switch (okr_lint_hint_get_fix (hint))
    {
    case OKR_LINT_FIX_SET_OWNER:
      okr_changes_set_ref (c = okr_changes_new (OKR_ENTITY_KEY_RESULT), "owner_id", ref);
      return update_labelled (store, _("Set owner"), id, c, error);
    case OKR_LINT_FIX_EQUAL_WEIGHTS:
      return okr_store_equalize_weights (store, id, error);
    case OKR_LINT_FIX_TO_INITIATIVE:
      return okr_store_key_result_to_initiative (store, id, ref, error) != 0;
    case OKR_LINT_FIX_NEST_CYCLE:
      okr_changes_set_ref (c = okr_changes_new (OKR_ENTITY_CYCLE), "parent_id", ref);
      return update_labelled (store, _("Put cycle inside another"), id, c, error);
    case OKR_LINT_FIX_NONE:
    case OKR_LINT_FIX_EDIT:
    case OKR_LINT_FIX_ADD_KEY_RESULT:
    default:
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                           _("This hint is fixed by editing."));
      return FALSE;
    }
}
