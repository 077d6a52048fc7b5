/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-lint.c — every OKR quality rule fires on a case that breaks it and stays quiet on a
 * near miss, with English and with Vietnamese wording; the one-click fixes do what they say
 * and undo exactly. */
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>

#include "okr-lint.h"
#include "okr-store-outline.h"
#include "okr-store-read.h"
#include "okr-text.h"

/* ───────────────────────── wording in both languages ───────────────────────── */

typedef struct {
  const char *lang;
  const char *company, *sales, *north;
  const char *objective, *other_objective, *kr, *other_kr;
  const char *metric_objective;    /* a number in an objective's title */
  const char *task_kr;             /* a KR that is a task */
  const char *near_task_kr;        /* the task's verb, but not as the first word */
  const char *same_as_objective;   /* objective, typed in another case and spacing */
} Words;

static const Words english = {
  "en", "Acme", "Sales", "North team",
  "Become the partner our customers recommend", "Make onboarding effortless",
  "Customers who would recommend us", "Accounts that renew",
  "Reach 40% market share in the north",
  "Launch the partner portal",
  "Customers rate the launch 4.5 or higher",
  "  become the PARTNER our customers   recommend ",
};

static const Words vietnamese = {
  "vi", "Công ty Cánh Diều", "Kinh doanh", "Nhóm miền Bắc",
  "Trở thành đối tác được khách hàng tin chọn", "Khách hàng mới bắt đầu thật dễ dàng",
  "Khách hàng sẵn lòng giới thiệu chúng ta", "Hợp đồng được gia hạn",
  "Đạt 40% thị phần miền Bắc",
  "Triển khai cổng thông tin đối tác",
  "Khách hàng chấm buổi ra mắt từ 4,5 điểm",
  "TRỞ THÀNH đối tác   được khách hàng tin chọn",
};

static const Words *const languages[] = { &english, &vietnamese };

/* ───────────────────────── a small company ───────────────────────── */

typedef struct {
  const Words *w;
  char *dir, *path;
  OkrStore *store;
  gint64 lan, minh;
  gint64 company, sales, north;
  gint64 year, q1;
  gint64 company_objective, company_kr;
} Ctx;

static gint64
check_id (gint64 id, GError *error)
{
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
ctx_init (Ctx *c, const Words *w)
{
  GError *error = NULL;

  c->w = w;
  c->dir = g_dir_make_tmp ("cascade-lint-XXXXXX", &error);
  g_assert_no_error (error);
  c->path = g_build_filename (c->dir, "lint.okr", NULL);
  c->store = okr_store_create (c->path, w->company, &error);
  g_assert_no_error (error);
  c->lan = check_id (okr_store_add_person (c->store, "Lan", NULL, &error), error);
  c->minh = check_id (okr_store_add_person (c->store, "Minh", NULL, &error), error);
  c->company = okr_store_get_root_unit (c->store);
  c->sales = check_id (okr_store_add_unit (c->store, c->company, w->sales, OKR_UNIT_DEPARTMENT,
                                           &error), error);
  c->north = check_id (okr_store_add_unit (c->store, c->sales, w->north, OKR_UNIT_TEAM, &error),
                       error);
  g_assert_true (okr_store_update_unit (c->store, c->sales, w->sales, OKR_UNIT_DEPARTMENT,
                                        c->lan, &error));
  c->year = check_id (okr_store_add_cycle (c->store, "2027", okr_date_from_ymd (2027, 1, 1),
                                           okr_date_from_ymd (2027, 12, 31), 0, &error), error);
  c->q1 = check_id (okr_store_add_cycle (c->store, "Q1 2027", okr_date_from_ymd (2027, 1, 1),
                                         okr_date_from_ymd (2027, 3, 31), c->year, &error),
                    error);
  c->company_objective = check_id (okr_store_add_objective (c->store, c->q1, c->company,
                                                            w->objective, c->lan, FALSE, 0, 0,
                                                            &error), error);
}

static void
ctx_clear (Ctx *c)
{
  g_clear_object (&c->store);
  g_unlink (c->path);
  g_rmdir (c->dir);
  g_free (c->path);
  g_free (c->dir);
}

static gint64
add_objective (Ctx *c, gint64 unit, const char *title, gint64 align_kr)
{
  GError *error = NULL;
  return check_id (okr_store_add_objective (c->store, c->q1, unit, title, c->lan, FALSE, 0,
                                            align_kr, &error), error);
}

static gint64
add_kr_full (Ctx *c, gint64 objective, const char *title, OkrKrKind kind, double baseline,
             double target, gint64 owner, double weight)
{
  GError *error = NULL;
  OkrKrSpec spec;
  const char *milestones[] = { "a", "b", NULL };

  /* only a milestone KR takes milestones */

  okr_kr_spec_init (&spec);
  spec.kind = kind;
  spec.baseline = baseline;
  spec.target = target;
  spec.owner_id = owner;
  spec.weight = weight;
  spec.milestones = kind == OKR_KR_MILESTONE ? milestones : NULL;
  return check_id (okr_store_add_key_result (c->store, objective, title, &spec, &error), error);
}

static gint64
add_kr (Ctx *c, gint64 objective, const char *title)
{
  return add_kr_full (c, objective, title, OKR_KR_NUMBER, 0, 10, c->minh, 1);
}

/* An objective of @unit with @n good KRs. */
static gint64
add_objective_with_krs (Ctx *c, gint64 unit, const char *title, guint n, gint64 align_kr)
{
  gint64 o = add_objective (c, unit, title, align_kr);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *kr = g_strdup_printf ("%s %c", i % 2 ? c->w->kr : c->w->other_kr,
                                             'A' + i);
      add_kr (c, o, kr);
    }
  return o;
}

static GPtrArray *
run_lint (Ctx *c)
{
  GError *error = NULL;
  g_autoptr(OkrRollup) rollup = okr_rollup_new (c->store, c->q1, okr_date_from_ymd (2027, 2, 1),
                                                &error);
  g_autoptr(GPtrArray) cycles = okr_store_list_cycles (c->store, &error);
  g_autoptr(OkrLint) lint = NULL;

  g_assert_no_error (error);
  lint = okr_lint_new (rollup, cycles);
  return okr_lint_run (lint);
}

/* The hint with @code about the row @id of @entity, or NULL. */
static OkrLintHint *
find_hint (GPtrArray *hints, OkrLintCode code, OkrEntity entity, gint64 id)
{
  for (guint i = 0; i < hints->len; i++)
    {
      OkrLintHint *h = hints->pdata[i];
      if (okr_lint_hint_get_code (h) == code && okr_lint_hint_get_entity (h) == entity &&
          okr_lint_hint_get_id (h) == id)
        {
          g_assert_cmpstr (okr_lint_hint_get_message (h), !=, "");
          g_assert_cmpstr (okr_lint_hint_get_subject (h), !=, "");
          return h;
        }
    }
  return NULL;
}

static void
assert_fires (Ctx *c, OkrLintCode code, OkrEntity entity, gint64 id)
{
  g_autoptr(GPtrArray) hints = run_lint (c);

  if (find_hint (hints, code, entity, id) == NULL)
    g_error ("%s: %s did not fire on %" G_GINT64_FORMAT, c->w->lang,
             okr_lint_code_to_string (code), id);
}

static void
assert_quiet (Ctx *c, OkrLintCode code, OkrEntity entity, gint64 id)
{
  g_autoptr(GPtrArray) hints = run_lint (c);

  if (find_hint (hints, code, entity, id) != NULL)
    g_error ("%s: %s fired on %" G_GINT64_FORMAT, c->w->lang, okr_lint_code_to_string (code),
             id);
}

typedef void (*RuleTest) (Ctx *c);

/* Each rule test runs once per language, on a fresh document. */
static void
in_both_languages (gconstpointer data)
{
  RuleTest test = (RuleTest) data;

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      Ctx c = { 0 };
      ctx_init (&c, languages[i]);
      test (&c);
      ctx_clear (&c);
    }
}

/* ───────────────────────── titles alone ───────────────────────── */

static void
test_metric_titles (void)
{
  static const char *const fire[] = {
    "Reach 40% market share", "Grow ARR in the north", "Sign 12 new partners",
    "Earn $2M from renewals", "Win 10k new users", "Double NPS", "Make checkout 3x faster",
    "Đạt 40% thị phần", "Doanh thu đạt 10 tỷ", "Thêm 12 đối tác mới",
    "Tăng lợi nhuận thêm năm triệu", "Giảm chi phí 20 phần trăm", "Bán 500 ₫ mỗi khách",
    "Doanh thu 10 ty", /* typed without tone marks: still a number */
  };
  static const char *const quiet[] = {
    "Become the partner customers recommend", "Be the best place to work in 2027",
    "Nail the Q3 launch", "Win in B2B", "Make our 5G product loved", "Own the second half (H2)",
    "Trở thành đối tác được khách hàng tin chọn", "Dẫn đầu thị trường năm 2027",
    "Hoàn thiện sản phẩm trong quý 3", "Công ty được yêu thích nhất", "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fire); i++)
    if (!okr_lint_title_has_metric (fire[i]))
      g_error ("no metric found in “%s”", fire[i]);
  for (guint i = 0; i < G_N_ELEMENTS (quiet); i++)
    if (okr_lint_title_has_metric (quiet[i]))
      g_error ("a metric found in “%s”", quiet[i]);
}

static void
test_task_titles (void)
{
  static const char *const fire[] = {
    "Launch the partner portal", "Hold 4 customer workshops", "Build a referral programme",
    "launch: new pricing page", "ROLL OUT the new CRM",
    "Triển khai CRM cho đội bán hàng", "Tổ chức 4 hội thảo khách hàng",
    "Xây dựng chương trình giới thiệu", "Ra mắt ứng dụng mới", "TRIỂN KHAI CRM",
    "trien khai CRM", "to chuc hoi thao",
    /* the same words, decomposed: a base letter followed by combining marks (NFD) */
    "Trie\xcc\x82\xcc\x89n khai CRM", "To\xcc\x82\xcc\x89 chu\xcc\x9b\xcc\x81" "c 4 hội thảo",
  };
  static const char *const quiet[] = {
    "Customers rate the launch 4.5 or higher", "Holdout group shows a 5% lift",
    "Launched products earn their first review in a week", "Builders' NPS above 40",
    "Khách hàng chấm buổi ra mắt từ 4,5 điểm", "Triển lãm thu hút 500 khách",
    "Tỷ lệ tổ chức gia hạn đạt 90%", "Xây dựngg", "",
    /* a task verb made a noun by what follows: a measure, not work */
    "Build time on the main branch", "Release readiness", "Launch-day conversion rate",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fire); i++)
    if (!okr_lint_title_is_task (fire[i]))
      g_error ("“%s” not seen as a task", fire[i]);
  for (guint i = 0; i < G_N_ELEMENTS (quiet); i++)
    if (okr_lint_title_is_task (quiet[i]))
      g_error ("“%s” seen as a task", quiet[i]);
}

static void
test_fold (void)
{
  g_autofree char *a = okr_text_fold ("  Tăng  TRƯỞNG\tdoanh thu ");
  g_autofree char *b = okr_text_fold ("T\x61\xcc\x86ng tr\xc6\xb0\xe1\xbb\x9fng doanh thu");
  g_autofree char *c = okr_text_fold_marks ("Đổi mới Sáng Tạo");

  g_assert_cmpstr (a, ==, "tăng trưởng doanh thu");
  g_assert_cmpstr (b, ==, "tăng trưởng doanh thu");
  g_assert_cmpstr (c, ==, "doi moi sang tao");
  g_assert_true (okr_text_starts_with_word ("launch the app", "launch"));
  g_assert_false (okr_text_starts_with_word ("launched the app", "launch"));
  g_assert_true (okr_text_contains_word ("we roll out fast", "roll out"));
  g_assert_false (okr_text_contains_word ("we rollout fast", "roll out"));
}

/* ───────────────────────── each rule in a document ───────────────────────── */

static void
rule_metric (Ctx *c)
{
  gint64 bad = add_objective_with_krs (c, c->company, c->w->metric_objective, 2, 0);
  gint64 good = add_objective_with_krs (c, c->company, c->w->other_objective, 2, 0);

  assert_fires (c, OKR_LINT_OBJECTIVE_HAS_METRIC, OKR_ENTITY_OBJECTIVE, bad);
  assert_quiet (c, OKR_LINT_OBJECTIVE_HAS_METRIC, OKR_ENTITY_OBJECTIVE, good);
}

static void
rule_key_result_count (Ctx *c)
{
  gint64 none = add_objective_with_krs (c, c->company, "A", 0, 0);
  gint64 one = add_objective_with_krs (c, c->company, "B", 1, 0);
  gint64 two = add_objective_with_krs (c, c->company, "C", 2, 0);
  gint64 five = add_objective_with_krs (c, c->company, "D", 5, 0);
  gint64 six = add_objective_with_krs (c, c->company, "E", 6, 0);
  g_autoptr(GPtrArray) hints = run_lint (c);
  OkrLintHint *h = find_hint (hints, OKR_LINT_OBJECTIVE_FEW_KRS, OKR_ENTITY_OBJECTIVE, none);

  g_assert_nonnull (h);
  g_assert_cmpint (okr_lint_hint_get_fix (h), ==, OKR_LINT_FIX_ADD_KEY_RESULT);
  g_assert_cmpint (okr_lint_hint_get_fix_id (h), ==, none);
  g_assert_nonnull (find_hint (hints, OKR_LINT_OBJECTIVE_FEW_KRS, OKR_ENTITY_OBJECTIVE, one));
  g_assert_null (find_hint (hints, OKR_LINT_OBJECTIVE_FEW_KRS, OKR_ENTITY_OBJECTIVE, two));
  g_assert_null (find_hint (hints, OKR_LINT_OBJECTIVE_MANY_KRS, OKR_ENTITY_OBJECTIVE, five));
  g_assert_nonnull (find_hint (hints, OKR_LINT_OBJECTIVE_MANY_KRS, OKR_ENTITY_OBJECTIVE, six));
}

static void
rule_unit_objectives (Ctx *c)
{
  GError *error = NULL;
  g_autoptr(OkrRollup) rollup = NULL;
  g_autoptr(OkrLint) lint = NULL;
  g_autoptr(GPtrArray) draft_hints = NULL;
  OkrObjectiveDraft draft = { .unit_id = c->sales, .title = c->w->objective };

  /* five in Sales (aligned, so that only the count is in question), six in the company */
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *t = g_strdup_printf ("%s %u", c->w->other_objective, i);
      add_objective_with_krs (c, c->sales, t, 2, 0);
    }
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *t = g_strdup_printf ("%s %u", c->w->objective, i);
      add_objective_with_krs (c, c->company, t, 2, 0);
    }
  assert_quiet (c, OKR_LINT_UNIT_MANY_OBJECTIVES, OKR_ENTITY_UNIT, c->sales);
  assert_fires (c, OKR_LINT_UNIT_MANY_OBJECTIVES, OKR_ENTITY_UNIT, c->company);

  /* an editor drafting a sixth objective for Sales is told before saving */
  rollup = okr_rollup_new (c->store, c->q1, okr_date_from_ymd (2027, 2, 1), &error);
  g_assert_no_error (error);
  lint = okr_lint_new (rollup, NULL);
  draft_hints = okr_lint_check_objective (lint, &draft);
  g_assert_nonnull (find_hint (draft_hints, OKR_LINT_UNIT_MANY_OBJECTIVES, OKR_ENTITY_UNIT,
                               c->sales));
  g_clear_pointer (&draft_hints, g_ptr_array_unref);
  draft.unit_id = c->north;
  draft_hints = okr_lint_check_objective (lint, &draft);
  g_assert_null (find_hint (draft_hints, OKR_LINT_UNIT_MANY_OBJECTIVES, OKR_ENTITY_UNIT,
                            c->north));
}

static void
rule_no_target (Ctx *c)
{
  gint64 o = add_objective (c, c->company, c->w->other_objective, 0);
  gint64 none = add_kr_full (c, o, c->w->kr, OKR_KR_NUMBER, 0, NAN, c->minh, 1);
  gint64 control = add_kr_full (c, o, c->w->other_kr, OKR_KR_CONTROL, 0, NAN, c->minh, 1);
  gint64 set = add_kr_full (c, o, "C", OKR_KR_PERCENT, 10, 20, c->minh, 1);
  gint64 done = add_kr_full (c, o, "D", OKR_KR_BOOLEAN, 0, NAN, c->minh, 1);
  gint64 rollup = add_kr_full (c, o, "E", OKR_KR_ROLLUP, 0, NAN, c->minh, 1);

  assert_fires (c, OKR_LINT_KR_NO_TARGET, OKR_ENTITY_KEY_RESULT, none);
  assert_fires (c, OKR_LINT_KR_NO_TARGET, OKR_ENTITY_KEY_RESULT, control);
  assert_quiet (c, OKR_LINT_KR_NO_TARGET, OKR_ENTITY_KEY_RESULT, set);
  assert_quiet (c, OKR_LINT_KR_NO_TARGET, OKR_ENTITY_KEY_RESULT, done);
  /* a rolled-up KR measures what is aligned to it: nothing yet, then a team objective */
  assert_fires (c, OKR_LINT_KR_NO_TARGET, OKR_ENTITY_KEY_RESULT, rollup);
  add_objective_with_krs (c, c->sales, c->w->objective, 2, rollup);
  assert_quiet (c, OKR_LINT_KR_NO_TARGET, OKR_ENTITY_KEY_RESULT, rollup);
}

static void
rule_target_is_baseline (Ctx *c)
{
  gint64 o = add_objective (c, c->company, c->w->other_objective, 0);
  gint64 equal = add_kr_full (c, o, c->w->kr, OKR_KR_CURRENCY, 500, 500, c->minh, 1);
  gint64 near = add_kr_full (c, o, c->w->other_kr, OKR_KR_CURRENCY, 500, 500.5, c->minh, 1);
  gint64 control = add_kr_full (c, o, "C", OKR_KR_CONTROL, 2, 2, c->minh, 1);

  assert_fires (c, OKR_LINT_KR_TARGET_IS_BASELINE, OKR_ENTITY_KEY_RESULT, equal);
  assert_quiet (c, OKR_LINT_KR_TARGET_IS_BASELINE, OKR_ENTITY_KEY_RESULT, near);
  assert_quiet (c, OKR_LINT_KR_TARGET_IS_BASELINE, OKR_ENTITY_KEY_RESULT, control);
}

static void
rule_no_owner (Ctx *c)
{
  GError *error = NULL;
  gint64 o = add_objective (c, c->sales, c->w->other_objective, 0);
  gint64 orphan = add_kr_full (c, o, c->w->kr, OKR_KR_NUMBER, 0, 5, 0, 1);
  gint64 owned = add_kr_full (c, o, c->w->other_kr, OKR_KR_NUMBER, 0, 5, c->minh, 1);
  g_autoptr(GPtrArray) hints = run_lint (c);
  OkrLintHint *h = find_hint (hints, OKR_LINT_KR_NO_OWNER, OKR_ENTITY_KEY_RESULT, orphan);

  g_assert_nonnull (h);
  g_assert_null (find_hint (hints, OKR_LINT_KR_NO_OWNER, OKR_ENTITY_KEY_RESULT, owned));
  /* the objective's owner is offered, and the fix is one undo step */
  g_assert_cmpint (okr_lint_hint_get_fix (h), ==, OKR_LINT_FIX_SET_OWNER);
  g_assert_cmpint (okr_lint_hint_get_fix_ref (h), ==, c->lan);
  g_assert_true (okr_lint_hint_can_apply (h));
  g_assert_true (okr_lint_apply_fix (c->store, h, &error));
  g_assert_no_error (error);
  assert_quiet (c, OKR_LINT_KR_NO_OWNER, OKR_ENTITY_KEY_RESULT, orphan);
  g_assert_true (okr_store_undo (c->store, &error));
  assert_fires (c, OKR_LINT_KR_NO_OWNER, OKR_ENTITY_KEY_RESULT, orphan);
}

static void
rule_not_aligned (Ctx *c)
{
  GError *error = NULL;
  gint64 kr = add_kr (c, c->company_objective, c->w->kr);
  gint64 loose = add_objective_with_krs (c, c->north, c->w->objective, 2, 0);
  gint64 aligned = add_objective_with_krs (c, c->sales, c->w->other_objective, 2, kr);
  gint64 top = add_objective_with_krs (c, c->company, c->w->other_objective, 2, 0);
  gint64 to_objective;

  assert_fires (c, OKR_LINT_OBJECTIVE_NOT_ALIGNED, OKR_ENTITY_OBJECTIVE, loose);
  assert_quiet (c, OKR_LINT_OBJECTIVE_NOT_ALIGNED, OKR_ENTITY_OBJECTIVE, aligned);
  /* the company aligns to nothing: it is the top */
  assert_quiet (c, OKR_LINT_OBJECTIVE_NOT_ALIGNED, OKR_ENTITY_OBJECTIVE, top);
  to_objective = check_id (okr_store_add_objective (c->store, c->q1, c->north, c->w->kr, 0, TRUE,
                                                    aligned, 0, &error), error);
  assert_quiet (c, OKR_LINT_OBJECTIVE_NOT_ALIGNED, OKR_ENTITY_OBJECTIVE, to_objective);
}

static void
rule_no_weight (Ctx *c)
{
  GError *error = NULL;
  gint64 zero = add_objective (c, c->company, c->w->other_objective, 0);
  gint64 some = add_objective (c, c->company, c->w->objective, 0);
  gint64 a = add_kr_full (c, zero, c->w->kr, OKR_KR_NUMBER, 0, 5, c->minh, 0);
  g_autoptr(GPtrArray) hints = NULL;
  OkrLintHint *h;

  add_kr_full (c, zero, c->w->other_kr, OKR_KR_NUMBER, 0, 5, c->minh, 0);
  add_kr_full (c, some, c->w->kr, OKR_KR_NUMBER, 0, 5, c->minh, 0);
  add_kr_full (c, some, c->w->other_kr, OKR_KR_NUMBER, 0, 5, c->minh, 0.5);

  hints = run_lint (c);
  h = find_hint (hints, OKR_LINT_OBJECTIVE_NO_WEIGHT, OKR_ENTITY_OBJECTIVE, zero);
  g_assert_nonnull (h);
  g_assert_cmpint (okr_lint_hint_get_severity (h), ==, OKR_LINT_PROBLEM);
  g_assert_null (find_hint (hints, OKR_LINT_OBJECTIVE_NO_WEIGHT, OKR_ENTITY_OBJECTIVE, some));
  g_assert_true (okr_lint_apply_fix (c->store, h, &error));
  g_assert_no_error (error);
  assert_quiet (c, OKR_LINT_OBJECTIVE_NO_WEIGHT, OKR_ENTITY_OBJECTIVE, zero);
  {
    g_autoptr(OkrRollup) r = okr_rollup_new (c->store, c->q1, okr_date_from_ymd (2027, 2, 1),
                                             &error);
    g_assert_cmpfloat (okr_key_result_get_weight (okr_rollup_find_key_result (r, a)), ==, 1);
  }
}

static void
rule_task (Ctx *c)
{
  GError *error = NULL;
  gint64 o = add_objective (c, c->company, c->w->other_objective, 0);
  gint64 outcome = add_kr (c, o, c->w->kr);
  gint64 task = add_kr (c, o, c->w->task_kr);
  gint64 near = add_kr (c, o, c->w->near_task_kr);
  gint64 hold = add_kr_full (c, o, "Hold churn below 2%", OKR_KR_CONTROL, 2, 2, c->minh, 1);
  g_autoptr(GPtrArray) hints = run_lint (c);
  OkrLintHint *h = find_hint (hints, OKR_LINT_KR_IS_TASK, OKR_ENTITY_KEY_RESULT, task);
  g_autoptr(OkrRollup) after = NULL;
  GPtrArray *krs;
  gint64 initiative;

  g_assert_nonnull (h);
  g_assert_null (find_hint (hints, OKR_LINT_KR_IS_TASK, OKR_ENTITY_KEY_RESULT, near));
  g_assert_null (find_hint (hints, OKR_LINT_KR_IS_TASK, OKR_ENTITY_KEY_RESULT, outcome));
  /* keeping a level is an outcome, even when it starts with "Hold" */
  g_assert_null (find_hint (hints, OKR_LINT_KR_IS_TASK, OKR_ENTITY_KEY_RESULT, hold));

  /* the fix: the task becomes an initiative of the first outcome KR */
  g_assert_cmpint (okr_lint_hint_get_fix (h), ==, OKR_LINT_FIX_TO_INITIATIVE);
  g_assert_cmpint (okr_lint_hint_get_fix_ref (h), ==, outcome);
  g_assert_true (okr_lint_apply_fix (c->store, h, &error));
  g_assert_no_error (error);
  after = okr_rollup_new (c->store, c->q1, okr_date_from_ymd (2027, 2, 1), &error);
  krs = okr_rollup_get_key_results (after, o);
  g_assert_cmpuint (krs->len, ==, 3);
  g_assert_null (okr_rollup_find_key_result (after, task));
  initiative = okr_store_resolve (c->store, OKR_ENTITY_INITIATIVE, c->w->task_kr, &error);
  g_assert_no_error (error);
  g_assert_cmpint (initiative, >, 0);
  g_assert_cmpstr (okr_store_get_undo_label (c->store), ==, "Turn key result into initiative");
}

static void
rule_duplicates (Ctx *c)
{
  GError *error = NULL;
  /* the company's objective, again in Sales, typed in another case and spacing */
  gint64 copy = add_objective_with_krs (c, c->sales, c->w->same_as_objective, 2, 0);
  gint64 other = add_objective_with_krs (c, c->north, c->w->other_objective, 2, 0);
  gint64 o = add_objective (c, c->company, c->w->metric_objective, 0);
  gint64 k1 = add_kr (c, o, c->w->kr);
  gint64 k2 = add_kr (c, o, c->w->kr);
  gint64 k3 = add_kr (c, o, c->w->other_kr);
  g_autoptr(OkrRollup) rollup = NULL;
  g_autoptr(OkrLint) lint = NULL;
  g_autoptr(GPtrArray) draft_hints = NULL;
  OkrObjectiveDraft draft = { .id = copy, .unit_id = c->sales, .title = c->w->other_objective };

  assert_fires (c, OKR_LINT_DUPLICATE_TITLE, OKR_ENTITY_OBJECTIVE, copy);
  assert_fires (c, OKR_LINT_DUPLICATE_TITLE, OKR_ENTITY_OBJECTIVE, c->company_objective);
  assert_quiet (c, OKR_LINT_DUPLICATE_TITLE, OKR_ENTITY_OBJECTIVE, o);
  assert_fires (c, OKR_LINT_DUPLICATE_TITLE, OKR_ENTITY_KEY_RESULT, k1);
  assert_fires (c, OKR_LINT_DUPLICATE_TITLE, OKR_ENTITY_KEY_RESULT, k2);
  assert_quiet (c, OKR_LINT_DUPLICATE_TITLE, OKR_ENTITY_KEY_RESULT, k3);

  /* renaming the copy to another objective's title, as typed in its editor */
  rollup = okr_rollup_new (c->store, c->q1, okr_date_from_ymd (2027, 2, 1), &error);
  lint = okr_lint_new (rollup, NULL);
  draft_hints = okr_lint_check_objective (lint, &draft);
  g_assert_nonnull (find_hint (draft_hints, OKR_LINT_DUPLICATE_TITLE, OKR_ENTITY_OBJECTIVE,
                               copy));
  g_clear_pointer (&draft_hints, g_ptr_array_unref);
  /* … but an objective is never a duplicate of itself */
  draft.id = other;
  draft.unit_id = c->north;
  draft_hints = okr_lint_check_objective (lint, &draft);
  g_assert_null (find_hint (draft_hints, OKR_LINT_DUPLICATE_TITLE, OKR_ENTITY_OBJECTIVE, other));
}

static void
rule_cycle_overlap (Ctx *c)
{
  GError *error = NULL;
  gint64 q2, sprint;
  g_autoptr(GPtrArray) hints = NULL;
  OkrLintHint *h;

  /* the next quarter starts where Q1 ends: a shared boundary is fine */
  q2 = check_id (okr_store_add_cycle (c->store, "Q2 2027", okr_date_from_ymd (2027, 3, 31),
                                      okr_date_from_ymd (2027, 6, 30), c->year, &error), error);
  assert_quiet (c, OKR_LINT_CYCLE_OVERLAP, OKR_ENTITY_CYCLE, c->q1);
  g_assert_true (okr_store_update_cycle (c->store, q2, "Q2 2027", okr_date_from_ymd (2027, 3, 1),
                                         okr_date_from_ymd (2027, 6, 30), c->year, &error));
  assert_fires (c, OKR_LINT_CYCLE_OVERLAP, OKR_ENTITY_CYCLE, c->q1);

  /* a cycle at the top that lies inside Q1's year is offered to go inside it */
  g_assert_true (okr_store_update_cycle (c->store, q2, "Q2 2027", okr_date_from_ymd (2027, 4, 1),
                                         okr_date_from_ymd (2027, 6, 30), c->year, &error));
  sprint = check_id (okr_store_add_cycle (c->store, "Sprint", okr_date_from_ymd (2027, 1, 10),
                                          okr_date_from_ymd (2027, 2, 10), 0, &error), error);
  assert_quiet (c, OKR_LINT_CYCLE_OVERLAP, OKR_ENTITY_CYCLE, c->q1);
  g_assert_true (okr_store_update_cycle (c->store, sprint, "Sprint", okr_date_from_ymd (2027, 1, 10),
                                         okr_date_from_ymd (2027, 2, 10), c->year, &error));
  hints = run_lint (c);
  h = find_hint (hints, OKR_LINT_CYCLE_OVERLAP, OKR_ENTITY_CYCLE, c->q1);
  g_assert_nonnull (h);
  g_assert_cmpint (okr_lint_hint_get_fix (h), ==, OKR_LINT_FIX_NEST_CYCLE);
  g_assert_cmpint (okr_lint_hint_get_fix_id (h), ==, sprint);
  g_assert_cmpint (okr_lint_hint_get_fix_ref (h), ==, c->q1);
  g_assert_true (okr_lint_apply_fix (c->store, h, &error));
  g_assert_no_error (error);
  assert_quiet (c, OKR_LINT_CYCLE_OVERLAP, OKR_ENTITY_CYCLE, c->q1);
}

/* What an editor shows while a key result is being typed. */
static void
rule_key_result_drafts (Ctx *c)
{
  GError *error = NULL;
  g_autoptr(OkrRollup) rollup = okr_rollup_new (c->store, c->q1, okr_date_from_ymd (2027, 2, 1),
                                                &error);
  g_autoptr(OkrLint) lint = okr_lint_new (rollup, NULL);
  OkrKrDraft draft = {
    .objective_id = c->company_objective, .title = c->w->task_kr, .kind = OKR_KR_NUMBER,
    .baseline = 3, .target = 3, .owner_id = 0,
  };
  g_autoptr(GPtrArray) hints = okr_lint_check_key_result (lint, &draft);
  OkrLintHint *task = find_hint (hints, OKR_LINT_KR_IS_TASK, OKR_ENTITY_KEY_RESULT, 0);

  g_assert_nonnull (task);
  /* not saved yet: nothing to move, the fix is to rewrite it */
  g_assert_cmpint (okr_lint_hint_get_fix (task), ==, OKR_LINT_FIX_EDIT);
  g_assert_nonnull (find_hint (hints, OKR_LINT_KR_TARGET_IS_BASELINE, OKR_ENTITY_KEY_RESULT, 0));
  g_assert_nonnull (find_hint (hints, OKR_LINT_KR_NO_OWNER, OKR_ENTITY_KEY_RESULT, 0));
  g_clear_pointer (&hints, g_ptr_array_unref);

  draft.title = c->w->kr;
  draft.target = 4;
  draft.owner_id = c->minh;
  hints = okr_lint_check_key_result (lint, &draft);
  g_assert_cmpuint (hints->len, ==, 0);
}

/* A well-made cycle has nothing to say. */
static void
rule_clean_cycle (Ctx *c)
{
  gint64 kr = add_kr (c, c->company_objective, c->w->kr);
  g_autoptr(GPtrArray) hints = NULL;

  add_kr (c, c->company_objective, c->w->other_kr);
  add_objective_with_krs (c, c->sales, c->w->other_objective, 3, kr);
  hints = run_lint (c);
  for (guint i = 0; i < hints->len; i++)
    g_test_message ("unexpected: %s", okr_lint_hint_get_code_name (hints->pdata[i]));
  g_assert_cmpuint (hints->len, ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/lint/text/fold", test_fold);
  g_test_add_func ("/lint/text/metric-titles", test_metric_titles);
  g_test_add_func ("/lint/text/task-titles", test_task_titles);
  g_test_add_data_func ("/lint/rule/metric", rule_metric, in_both_languages);
  g_test_add_data_func ("/lint/rule/key-result-count", rule_key_result_count, in_both_languages);
  g_test_add_data_func ("/lint/rule/unit-objectives", rule_unit_objectives, in_both_languages);
  g_test_add_data_func ("/lint/rule/no-target", rule_no_target, in_both_languages);
  g_test_add_data_func ("/lint/rule/target-is-baseline", rule_target_is_baseline,
                        in_both_languages);
  g_test_add_data_func ("/lint/rule/no-owner", rule_no_owner, in_both_languages);
  g_test_add_data_func ("/lint/rule/not-aligned", rule_not_aligned, in_both_languages);
  g_test_add_data_func ("/lint/rule/no-weight", rule_no_weight, in_both_languages);
  g_test_add_data_func ("/lint/rule/task", rule_task, in_both_languages);
  g_test_add_data_func ("/lint/rule/duplicates", rule_duplicates, in_both_languages);
  g_test_add_data_func ("/lint/rule/cycle-overlap", rule_cycle_overlap, in_both_languages);
  g_test_add_data_func ("/lint/rule/key-result-drafts", rule_key_result_drafts,
                        in_both_languages);
  g_test_add_data_func ("/lint/rule/clean-cycle", rule_clean_cycle, in_both_languages);
  return g_test_run ();
}
