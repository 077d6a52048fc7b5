/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-review.c — the end-of-cycle review: score roll-ups against hand-computed cases,
 * closing (and what a closed cycle refuses), reopening, carry-over field by field, KPI
 * status in both directions, and the two prefills between KPIs and OKRs */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "okr-carry-over.h"
#include "okr-kpi-draft.h"
#include "okr-review.h"
#include "okr-store-edits.h"
#include "okr-store-read.h"
#include "okr-transfer.h"

#define EPS 1e-9

#define assert_refused(err, code) \
  G_STMT_START { \
    g_assert_error ((err), OKR_STORE_ERROR, (code)); \
    g_assert_cmpstr ((err)->message, !=, ""); \
    g_clear_error (&(err)); \
  } G_STMT_END

static OkrDate
ymd (int y, int m, int d)
{
  return okr_date_from_ymd (y, m, d);
}

/* ───────────────────────── a document per test ───────────────────────── */

typedef struct {
  char     *dir;
  char     *path;
  OkrStore *store;
  gint64    root;
} Doc;

static void
doc_setup (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  doc->dir = g_dir_make_tmp ("cascade-review-XXXXXX", &error);
  g_assert_no_error (error);
  doc->path = g_build_filename (doc->dir, "doc.okr", NULL);
  doc->store = okr_store_create (doc->path, "Acme", &error);
  g_assert_no_error (error);
  doc->root = okr_store_get_root_unit (doc->store);
}

static void
doc_teardown (Doc *doc, gconstpointer data)
{
  g_autofree char *journal = g_strconcat (doc->path, "-journal", NULL);

  okr_store_close (doc->store, NULL);
  g_clear_object (&doc->store);
  g_unlink (doc->path);
  g_unlink (journal);
  g_assert_cmpint (g_rmdir (doc->dir), ==, 0);
  g_free (doc->path);
  g_free (doc->dir);
}

static gint64
unit (Doc *doc, gint64 parent, const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = okr_store_add_unit (doc->store, parent, name,
                                  parent == doc->root ? OKR_UNIT_DEPARTMENT : OKR_UNIT_TEAM,
                                  &error);
  g_assert_no_error (error);
  return id;
}

static gint64
cycle (Doc *doc, const char *name, OkrDate start, OkrDate end, gint64 parent)
{
  g_autoptr(GError) error = NULL;
  gint64 id = okr_store_add_cycle (doc->store, name, start, end, parent, &error);

  g_assert_no_error (error);
  g_assert_true (okr_store_set_cycle_state (doc->store, id, OKR_CYCLE_ACTIVE, &error));
  g_assert_no_error (error);
  return id;
}

static gint64
person (Doc *doc, const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = okr_store_add_person (doc->store, name, NULL, &error);

  g_assert_no_error (error);
  return id;
}

static gint64
objective (Doc *doc, gint64 cycle_id, gint64 unit_id, const char *title, gboolean aspirational)
{
  g_autoptr(GError) error = NULL;
  gint64 id = okr_store_add_objective (doc->store, cycle_id, unit_id, title, 0, aspirational, 0,
                                       0, &error);
  g_assert_no_error (error);
  return id;
}

static gint64
kr (Doc *doc, gint64 objective_id, const char *title, double baseline, double target,
    double weight)
{
  g_autoptr(GError) error = NULL;
  OkrKrSpec spec;
  gint64 id;

  okr_kr_spec_init (&spec);
  spec.baseline = baseline;
  spec.target = target;
  spec.weight = weight;
  id = okr_store_add_key_result (doc->store, objective_id, title, &spec, &error);
  g_assert_no_error (error);
  return id;
}

static void
score (Doc *doc, gint64 kr_id, double value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (okr_store_set_score (doc->store, kr_id, value, "because", 0, &error));
  g_assert_no_error (error);
}

static void
checkin (Doc *doc, gint64 kr_id, OkrDate date, double value)
{
  g_autoptr(GError) error = NULL;
  OkrCheckinSpec spec;

  okr_checkin_spec_init (&spec);
  spec.date = date;
  spec.value = value;
  spec.confidence = 7;
  g_assert_cmpint (okr_store_add_checkin (doc->store, kr_id, &spec, &error), >, 0);
  g_assert_no_error (error);
}

static OkrRollup *
rollup (Doc *doc, gint64 cycle_id)
{
  g_autoptr(GError) error = NULL;
  OkrRollup *r = okr_rollup_new (doc->store, cycle_id, ymd (2027, 3, 31), &error);

  g_assert_no_error (error);
  return r;
}

/* The whole document, canonically: equal bytes mean nothing changed. */
static char *
export (Doc *doc)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

  g_assert_true (okr_store_export_json (doc->store, out, &error));
  g_assert_no_error (error);
  g_output_stream_write (out, "", 1, NULL, NULL);
  g_output_stream_close (out, NULL, NULL);
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

/* ───────────────────────── maths ───────────────────────── */

static void
test_buckets (void)
{
  static const struct { double score; OkrScoreBucket bucket; } cases[] = {
    { 0.0, OKR_SCORE_BUCKET_FAIL }, { 0.3, OKR_SCORE_BUCKET_FAIL },
    { 0.4, OKR_SCORE_BUCKET_COMMIT }, { 0.6, OKR_SCORE_BUCKET_COMMIT },
    { 0.7, OKR_SCORE_BUCKET_TARGET }, { 0.9, OKR_SCORE_BUCKET_TARGET },
    { 1.0, OKR_SCORE_BUCKET_STRETCH },
    /* a mean a hair under a step stays where a person would put it */
    { 0.4 - 1e-12, OKR_SCORE_BUCKET_COMMIT }, { (0.1 + 0.2 + 0.4) * 1.0, OKR_SCORE_BUCKET_TARGET },
    { 0.34, OKR_SCORE_BUCKET_FAIL }, { 0.96, OKR_SCORE_BUCKET_STRETCH },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (okr_math_score_bucket (cases[i].score), ==, cases[i].bucket);
  /* buckets and bands draw the same lines */
  for (int tenth = 0; tenth <= 10; tenth++)
    {
      OkrScoreBucket b = okr_math_score_bucket (tenth / 10.0);
      OkrBand band = okr_math_score_band (tenth / 10.0);
      g_assert_cmpint (band, ==, b == OKR_SCORE_BUCKET_FAIL ? OKR_BAND_RED
                               : b == OKR_SCORE_BUCKET_COMMIT ? OKR_BAND_YELLOW : OKR_BAND_GREEN);
    }
  g_assert_true (okr_math_score_is_step (0.7));
  g_assert_true (okr_math_score_is_step (0.1 + 0.2));
  g_assert_false (okr_math_score_is_step (0.75));
  g_assert_false (okr_math_score_is_step (1.1));
  g_assert_false (okr_math_score_is_step (NAN));
}

static void
test_parse_score (void)
{
  static const struct { const char *text; double score; } good[] = {
    { "0.7", 0.7 }, { " 0.7 ", 0.7 }, { "7", 0.7 }, { "10", 1.0 }, { "1", 1.0 }, { "0", 0.0 },
    { "1.0", 1.0 }, { ".3", 0.3 }, { "2", 0.2 },
  };
  static const char *bad[] = { "0.75", "11", "-0.1", "1.5", "x", "0.7.1", "1e9" };
  g_autoptr(GError) error = NULL;
  double s;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_assert_true (okr_review_parse_score (good[i].text, &s, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat_with_epsilon (s, good[i].score, EPS);
    }
  g_assert_true (okr_review_parse_score ("", &s, &error));
  g_assert_true (isnan (s));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("%s", bad[i]);
      g_assert_false (okr_review_parse_score (bad[i], &s, &error));
      assert_refused (error, OKR_STORE_ERROR_INVALID);
    }
}

static void
test_kpi_band (void)
{
  static const struct { double value, green, red; OkrBand band; } cases[] = {
    /* higher is better: green 90, red 70 */
    { 95, 90, 70, OKR_BAND_GREEN }, { 90, 90, 70, OKR_BAND_GREEN },
    { 89.9, 90, 70, OKR_BAND_YELLOW }, { 70.1, 90, 70, OKR_BAND_YELLOW },
    { 70, 90, 70, OKR_BAND_RED }, { -5, 90, 70, OKR_BAND_RED },
    /* lower is better: green 2 (% churn), red 5 */
    { 1, 2, 5, OKR_BAND_GREEN }, { 2, 2, 5, OKR_BAND_GREEN }, { 3.5, 2, 5, OKR_BAND_YELLOW },
    { 5, 2, 5, OKR_BAND_RED }, { 12, 2, 5, OKR_BAND_RED },
  };
  /* no direction, or no value: no status */
  static const double no_status[][3] = {
    { 3, 2, NAN }, { 3, NAN, 5 }, { NAN, 2, 5 }, { 3, 4, 4 },
  };
  OkrBand band;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_true (okr_math_kpi_band (cases[i].value, cases[i].green, cases[i].red, &band));
      g_assert_cmpint (band, ==, cases[i].band);
    }
  for (guint i = 0; i < G_N_ELEMENTS (no_status); i++)
    g_assert_false (okr_math_kpi_band (no_status[i][0], no_status[i][1], no_status[i][2], &band));
}

/* ───────────────────────── score roll-ups ───────────────────────── */

/* Hand-computed:
 *   Grow (committed):        weights 1, 2, 1 scored 1.0, 0.7, 0.4  → 2.8 / 4 = 0.7  below 1.0
 *   Delight (aspirational):  weights 3, 1 scored 0.7, 0.3          → 2.4 / 4 = 0.6  below 0.7
 *   Learn (aspirational):    weights 1, 1 scored 0.8, 0.6          → 1.4 / 2 = 0.7  meets 0.7
 *   Ship (committed):        weights 1, 5 scored 1.0, unscored     → 1.0             meets 1.0
 *   Sales = mean (0.7, 0.6, 0.7, 1.0) = 0.75
 *   North (a team of Sales): one KR scored 0.2                      → 0.2
 * Distribution of Sales with North: 1.0 0.7 0.4 | 0.7 0.3 | 0.8 0.6 | 1.0 – | 0.2
 *   fail 2 (0.3, 0.2), commit 2 (0.4, 0.6), target 3 (0.7, 0.7, 0.8), stretch 2; 9 of 10. */
static void
test_score_rollup (Doc *doc, gconstpointer data)
{
  gint64 q1 = cycle (doc, "Q1 2027", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  gint64 sales = unit (doc, doc->root, "Sales");
  gint64 north = unit (doc, sales, "North");
  gint64 grow = objective (doc, q1, sales, "Grow", FALSE);
  gint64 delight = objective (doc, q1, sales, "Delight", TRUE);
  gint64 learn = objective (doc, q1, sales, "Learn", TRUE);
  gint64 ship = objective (doc, q1, sales, "Ship", FALSE);
  gint64 far = objective (doc, q1, north, "Go far", FALSE);
  g_autoptr(OkrRollup) r = NULL;
  OkrScoreDistribution d;

  score (doc, kr (doc, grow, "G1", 0, 10, 1), 1.0);
  score (doc, kr (doc, grow, "G2", 0, 10, 2), 0.7);
  score (doc, kr (doc, grow, "G3", 0, 10, 1), 0.4);
  score (doc, kr (doc, delight, "D1", 0, 10, 3), 0.7);
  score (doc, kr (doc, delight, "D2", 0, 10, 1), 0.3);
  score (doc, kr (doc, learn, "L1", 0, 10, 1), 0.8);
  score (doc, kr (doc, learn, "L2", 0, 10, 1), 0.6);
  score (doc, kr (doc, ship, "S1", 0, 10, 1), 1.0);
  kr (doc, ship, "S2", 0, 10, 5);
  score (doc, kr (doc, far, "F1", 0, 10, 1), 0.2);

  r = rollup (doc, q1);
  g_assert_cmpfloat_with_epsilon (okr_objective_get_score (okr_rollup_find_objective (r, grow)),
                                  0.7, EPS);
  g_assert_cmpfloat_with_epsilon (okr_objective_get_score (okr_rollup_find_objective (r, delight)),
                                  0.6, EPS);
  g_assert_cmpfloat_with_epsilon (okr_objective_get_score (okr_rollup_find_objective (r, learn)),
                                  0.7, EPS);
  g_assert_cmpfloat_with_epsilon (okr_objective_get_score (okr_rollup_find_objective (r, ship)),
                                  1.0, EPS);
  g_assert_cmpfloat_with_epsilon (okr_unit_get_score (okr_rollup_find_unit (r, sales)), 0.75,
                                  EPS);
  g_assert_cmpfloat_with_epsilon (okr_unit_get_score (okr_rollup_find_unit (r, north)), 0.2, EPS);
  /* no objectives, no score */
  g_assert_true (isnan (okr_unit_get_score (okr_rollup_find_unit (r, doc->root))));

  /* committed against 1.0, aspirational against 0.7 */
  g_assert_true (okr_review_objective_below_bar (okr_rollup_find_objective (r, grow)));
  g_assert_true (okr_review_objective_below_bar (okr_rollup_find_objective (r, delight)));
  g_assert_false (okr_review_objective_below_bar (okr_rollup_find_objective (r, learn)));
  g_assert_false (okr_review_objective_below_bar (okr_rollup_find_objective (r, ship)));

  okr_review_distribution (r, sales, &d);
  g_assert_cmpuint (d.counts[OKR_SCORE_BUCKET_FAIL], ==, 2);
  g_assert_cmpuint (d.counts[OKR_SCORE_BUCKET_COMMIT], ==, 2);
  g_assert_cmpuint (d.counts[OKR_SCORE_BUCKET_TARGET], ==, 3);
  g_assert_cmpuint (d.counts[OKR_SCORE_BUCKET_STRETCH], ==, 2);
  g_assert_cmpuint (d.n_scored, ==, 9);
  g_assert_cmpuint (d.n_key_results, ==, 10);
  okr_review_distribution (r, north, &d);
  g_assert_cmpuint (d.counts[OKR_SCORE_BUCKET_FAIL], ==, 1);
  g_assert_cmpuint (d.n_key_results, ==, 1);
  {
    g_autoptr(GPtrArray) units = okr_review_list_units (r, sales);
    g_assert_cmpuint (units->len, ==, 2);
    g_assert_cmpint (okr_unit_get_id (units->pdata[0]), ==, sales);
    g_assert_cmpint (okr_unit_get_id (units->pdata[1]), ==, north);
  }

  /* a score changed moves everything above it */
  g_clear_object (&r);
  score (doc, okr_review_resolve_kr (doc->store, q1, "G3", NULL), 1.0);
  r = rollup (doc, q1);
  /* Grow = (1.0 + 1.4 + 1.0) / 4 = 0.85; Sales = (0.85 + 0.6 + 0.7 + 1.0) / 4 = 0.7875 */
  g_assert_cmpfloat_with_epsilon (okr_objective_get_score (okr_rollup_find_objective (r, grow)),
                                  0.85, EPS);
  g_assert_cmpfloat_with_epsilon (okr_unit_get_score (okr_rollup_find_unit (r, sales)), 0.7875,
                                  EPS);
}

/* ───────────────────────── closing and reopening ───────────────────────── */

static void
test_close_needs_scores (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 q1 = cycle (doc, "Q1 2027", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  gint64 o = objective (doc, q1, doc->root, "Grow", FALSE);
  gint64 a = kr (doc, o, "A", 0, 10, 1);
  gint64 b = kr (doc, o, "B", 0, 10, 1);
  gint64 chair = person (doc, "Chair");
  g_autoptr(GPtrArray) unscored = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(OkrCycle) c = NULL;

  score (doc, a, 0.5);
  unscored = okr_review_list_unscored (doc->store, q1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (unscored->len, ==, 1);
  g_assert_cmpint (((OkrNamedKr *) unscored->pdata[0])->id, ==, b);
  g_assert_cmpstr (((OkrNamedKr *) unscored->pdata[0])->unit, ==, "Acme");

  g_assert_false (okr_review_close_cycle (doc->store, q1, OKR_CLOSE_DEFAULT, chair, &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "1 key result"));
  g_clear_error (&error);

  /* a cleared score is no score */
  score (doc, b, 0.9);
  score (doc, a, NAN);
  g_clear_pointer (&unscored, g_ptr_array_unref);
  unscored = okr_review_list_unscored (doc->store, q1, &error);
  g_assert_cmpuint (unscored->len, ==, 1);
  g_assert_cmpint (((OkrNamedKr *) unscored->pdata[0])->id, ==, a);

  /* the leader may choose to leave it unscored */
  g_assert_true (okr_review_close_cycle (doc->store, q1, OKR_CLOSE_LEAVE_UNSCORED, chair,
                                         &error));
  g_assert_no_error (error);
  c = okr_store_get_cycle (doc->store, q1, &error);
  g_assert_cmpint (okr_cycle_get_state (c), ==, OKR_CYCLE_CLOSED);
  events = okr_review_list_events (doc->store, q1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 1);
  g_assert_cmpstr (((OkrCycleEvent *) events->pdata[0])->kind, ==, OKR_EVENT_CYCLE_CLOSED);
  g_assert_cmpstr (((OkrCycleEvent *) events->pdata[0])->author, ==, "Chair");
  g_assert_cmpint (((OkrCycleEvent *) events->pdata[0])->unix_ms, >, 0);
  /* closing is history: undo does not reach behind it */
  g_assert_false (okr_store_can_undo (doc->store));

  /* closing twice is refused */
  g_assert_false (okr_review_close_cycle (doc->store, q1, OKR_CLOSE_LEAVE_UNSCORED, 0, &error));
  assert_refused (error, OKR_STORE_ERROR_CLOSED);
}

/* Everything that belongs to a closed cycle refuses to change, and the refusals leave no
 * trace in the file. */
static void
test_closed_is_read_only (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 year = cycle (doc, "2027", ymd (2027, 1, 1), ymd (2027, 12, 31), 0);
  gint64 q1 = cycle (doc, "Q1 2027", ymd (2027, 1, 1), ymd (2027, 3, 31), year);
  gint64 q2 = cycle (doc, "Q2 2027", ymd (2027, 4, 1), ymd (2027, 6, 30), year);
  gint64 o = objective (doc, q1, doc->root, "Grow", FALSE);
  gint64 k = kr (doc, o, "Reach 10", 0, 10, 1);
  gint64 o2 = objective (doc, q2, doc->root, "Grow on", FALSE);
  gint64 week = cycle (doc, "Week", ymd (2027, 1, 4), ymd (2027, 1, 10), 0);
  gint64 sales = unit (doc, doc->root, "Sales");
  gint64 sell = objective (doc, q1, sales, "Sell", FALSE);
  g_autofree char *before = NULL, *after = NULL;
  gint64 initiative, milestone_kr;
  const char *milestones[] = { "One", "Two", NULL };
  OkrKrSpec spec;

  initiative = okr_store_add_initiative (doc->store, k, "Call people", 0, &error);
  g_assert_no_error (error);
  okr_kr_spec_init (&spec);
  spec.kind = OKR_KR_MILESTONE;
  spec.milestones = milestones;
  milestone_kr = okr_store_add_key_result (doc->store, o, "Steps", &spec, &error);
  g_assert_no_error (error);
  checkin (doc, k, ymd (2027, 2, 1), 4);
  score (doc, k, 0.4);
  score (doc, milestone_kr, 0.0);
  score (doc, kr (doc, sell, "Sell 5", 0, 5, 1), 0.5);
  g_assert_true (okr_store_set_retrospective (doc->store, doc->root, q1, "a", "b", "c", &error));
  g_assert_true (okr_review_close_cycle (doc->store, q1, OKR_CLOSE_DEFAULT, 0, &error));
  g_assert_no_error (error);
  before = export (doc);

  g_assert_false (okr_store_set_score (doc->store, k, 0.9, "", 0, &error));
  assert_refused (error, OKR_STORE_ERROR_CLOSED);
  g_assert_false (okr_store_set_retrospective (doc->store, doc->root, q1, "x", "", "", &error));
  assert_refused (error, OKR_STORE_ERROR_CLOSED);
  g_assert_false (okr_store_delete (doc->store, OKR_ENTITY_KEY_RESULT, k, &error));
  assert_refused (error, OKR_STORE_ERROR_CLOSED);
  {
    g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_INITIATIVE);
    okr_changes_set_text (c, "state", "done");
    g_assert_false (okr_store_update (doc->store, initiative, c, &error));
    assert_refused (error, OKR_STORE_ERROR_CLOSED);
  }
  {
    /* ticking off a milestone is a check-in on a closed KR */
    OkrCheckinSpec ci;
    guint done[] = { 1 };
    okr_checkin_spec_init (&ci);
    ci.milestones_done = done;
    ci.n_milestones_done = 1;
    g_assert_cmpint (okr_store_add_checkin (doc->store, milestone_kr, &ci, &error), ==, 0);
    assert_refused (error, OKR_STORE_ERROR_CLOSED);
  }
  {
    /* a cycle can't be put inside a closed one, nor made there */
    g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_CYCLE);
    okr_changes_set_ref (c, "parent_id", q1);
    g_assert_false (okr_store_update (doc->store, week, c, &error));
    assert_refused (error, OKR_STORE_ERROR_CLOSED);
    g_assert_cmpint (okr_store_add_cycle (doc->store, "Week 2", ymd (2027, 1, 11),
                                          ymd (2027, 1, 17), q1, &error), ==, 0);
    assert_refused (error, OKR_STORE_ERROR_CLOSED);
  }
  {
    /* an objective can't be moved into it either */
    g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_OBJECTIVE);
    okr_changes_set_ref (c, "cycle_id", q1);
    g_assert_false (okr_store_update (doc->store, o2, c, &error));
    assert_refused (error, OKR_STORE_ERROR_CLOSED);
  }
  /* nor a unit deleted that has objectives in it: they would go with it */
  g_assert_false (okr_store_delete (doc->store, OKR_ENTITY_UNIT, sales, &error));
  assert_refused (error, OKR_STORE_ERROR_CLOSED);
  /* nor carried work linked into it */
  {
    g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_OBJECTIVE);
    okr_changes_set_ref (c, "carried_from_id", o2);
    g_assert_false (okr_store_update (doc->store, sell, c, &error));
    assert_refused (error, OKR_STORE_ERROR_CLOSED);
  }

  after = export (doc);
  g_assert_cmpstr (before, ==, after);

  /* reopened, every one of them works again */
  g_assert_true (okr_review_reopen_cycle (doc->store, q1, "A late invoice", 0, &error));
  g_assert_no_error (error);
  score (doc, k, 0.9);
  g_assert_true (okr_store_set_retrospective (doc->store, doc->root, q1, "x", "", "", &error));
  g_assert_no_error (error);
}

static void
test_reopen (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 q1 = cycle (doc, "Q1 2027", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  gint64 o = objective (doc, q1, doc->root, "Grow", FALSE);
  gint64 k = kr (doc, o, "A", 0, 10, 1);
  gint64 cfo = person (doc, "Cfo");
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(OkrCycle) c = NULL;
  OkrCycleEvent *e;

  /* only a closed cycle reopens */
  g_assert_false (okr_review_reopen_cycle (doc->store, q1, "why not", cfo, &error));
  assert_refused (error, OKR_STORE_ERROR_INVALID);

  score (doc, k, 0.3);
  g_assert_true (okr_review_close_cycle (doc->store, q1, OKR_CLOSE_DEFAULT, 0, &error));
  /* a reason is required */
  g_assert_false (okr_review_reopen_cycle (doc->store, q1, "  \n", cfo, &error));
  assert_refused (error, OKR_STORE_ERROR_INVALID);
  g_assert_false (okr_review_reopen_cycle (doc->store, q1, NULL, cfo, &error));
  assert_refused (error, OKR_STORE_ERROR_INVALID);

  g_assert_true (okr_review_reopen_cycle (doc->store, q1, " The March sales were late. ", cfo,
                                          &error));
  g_assert_no_error (error);
  c = okr_store_get_cycle (doc->store, q1, &error);
  g_assert_cmpint (okr_cycle_get_state (c), ==, OKR_CYCLE_ACTIVE);
  events = okr_review_list_events (doc->store, q1, &error);
  g_assert_cmpuint (events->len, ==, 2);
  e = events->pdata[1];
  g_assert_cmpstr (e->kind, ==, OKR_EVENT_CYCLE_REOPENED);
  g_assert_cmpstr (e->reason, ==, "The March sales were late.");
  g_assert_cmpstr (e->author, ==, "Cfo");
  g_assert_cmpint (e->unix_ms, >=, ((OkrCycleEvent *) events->pdata[0])->unix_ms);
  g_assert_false (okr_store_can_undo (doc->store));

  /* and can be closed again */
  score (doc, k, 0.6);
  g_assert_true (okr_review_close_cycle (doc->store, q1, OKR_CLOSE_DEFAULT, 0, &error));
  g_assert_no_error (error);
}

static void
test_retrospective (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 q1 = cycle (doc, "Q1 2027", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  g_auto(OkrRetrospective) r = { 0 };

  g_assert_true (okr_review_get_retrospective (doc->store, doc->root, q1, &r, &error));
  g_assert_true (okr_retrospective_is_empty (&r));
  okr_retrospective_clear (&r);
  g_assert_true (okr_store_set_retrospective (doc->store, doc->root, q1, "Pairing", "Hiring",
                                              "Hire earlier", &error));
  g_assert_true (okr_review_get_retrospective (doc->store, doc->root, q1, &r, &error));
  g_assert_cmpstr (r.went_well, ==, "Pairing");
  g_assert_cmpstr (r.went_badly, ==, "Hiring");
  g_assert_cmpstr (r.to_change, ==, "Hire earlier");
  g_assert_false (okr_retrospective_is_empty (&r));
}

/* ───────────────────────── carry-over ───────────────────────── */

static void
assert_copied (Doc *doc, OkrEntity entity, gint64 original, gint64 copy, const char *const *differ)
{
  const OkrTableInfo *info = okr_schema_get_table (entity);
  g_autofree OkrValue *a = g_new0 (OkrValue, info->n_fields);
  g_autofree OkrValue *b = g_new0 (OkrValue, info->n_fields);

  g_assert_true (okr_store_get_row (doc->store, entity, original, a, NULL));
  g_assert_true (okr_store_get_row (doc->store, entity, copy, b, NULL));
  for (guint f = 0; f < info->n_fields; f++)
    {
      gboolean may_differ = g_strv_contains (differ, info->fields[f].name);

      g_test_message ("%s.%s", info->table, info->fields[f].name);
      if (!may_differ)
        g_assert_true (okr_value_equal (&a[f], &b[f]));
    }
  okr_store_clear_row (entity, a);
  okr_store_clear_row (entity, b);
}

static double
row_real (Doc *doc, OkrEntity entity, gint64 id, const char *field)
{
  const OkrTableInfo *info = okr_schema_get_table (entity);
  g_autofree OkrValue *v = g_new0 (OkrValue, info->n_fields);
  guint i;
  double result;

  okr_schema_find_field (info, field, &i);
  g_assert_true (okr_store_get_row (doc->store, entity, id, v, NULL));
  result = v[i].type == OKR_VALUE_REAL ? v[i].d : v[i].type == OKR_VALUE_INT ? v[i].i : NAN;
  okr_store_clear_row (entity, v);
  return result;
}

/* A number from the file, read behind the store's back. */
static gint64
count (Doc *doc, const char *sql, gint64 arg)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (doc->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, arg);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_carry_over (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 year = cycle (doc, "2027", ymd (2027, 1, 1), ymd (2027, 12, 31), 0);
  gint64 q1 = cycle (doc, "Q1 2027", ymd (2027, 1, 1), ymd (2027, 3, 31), year);
  gint64 sales = unit (doc, doc->root, "Sales");
  gint64 ana = person (doc, "Ana");
  gint64 company_o = objective (doc, q1, doc->root, "Be known", TRUE);
  gint64 company_kr = kr (doc, company_o, "Reach 1000 fans", 100, 1000, 2);
  gint64 year_o = objective (doc, year, doc->root, "A good year", FALSE);
  gint64 sales_o, year_aligned, done_o, revenue, steps, launch, churn, finished, q2;
  const char *milestones[] = { "Plan", "Build", "Ship", NULL };
  g_autoptr(OkrRollup) r = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  OkrCarryOverResult result;
  OkrKrSpec spec;
  gboolean created;

  sales_o = okr_store_add_objective (doc->store, q1, sales, "Win the north", ana, FALSE,
                                     0, company_kr, &error);
  g_assert_no_error (error);
  year_aligned = okr_store_add_objective (doc->store, q1, sales, "Serve the year", 0, TRUE,
                                          year_o, 0, &error);
  g_assert_no_error (error);
  {
    g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_OBJECTIVE);
    okr_changes_set_text (c, "description", "Every city north of the river.");
    g_assert_true (okr_store_update (doc->store, sales_o, c, &error));
  }
  okr_kr_spec_init (&spec);
  spec.kind = OKR_KR_CURRENCY;
  spec.baseline = 10000;
  spec.target = 50000;
  spec.unit_label = "$";
  spec.weight = 3;
  spec.owner_id = ana;
  revenue = okr_store_add_key_result (doc->store, sales_o, "Revenue to $50k", &spec, &error);
  g_assert_no_error (error);
  okr_kr_spec_init (&spec);
  spec.kind = OKR_KR_MILESTONE;
  spec.milestones = milestones;
  steps = okr_store_add_key_result (doc->store, sales_o, "Open the office", &spec, &error);
  okr_kr_spec_init (&spec);
  spec.kind = OKR_KR_BOOLEAN;
  launch = okr_store_add_key_result (doc->store, sales_o, "Launch the shop", &spec, &error);
  okr_kr_spec_init (&spec);
  spec.kind = OKR_KR_CONTROL;
  spec.target = 2;
  spec.direction = OKR_DIRECTION_BELOW;
  spec.unit_label = "%";
  churn = okr_store_add_key_result (doc->store, sales_o, "Churn under 2%", &spec, &error);
  finished = kr (doc, sales_o, "Hire two", 0, 2, 1);
  kr (doc, year_aligned, "Send reports", 0, 4, 1);
  done_o = objective (doc, q1, sales, "Done already", FALSE);
  score (doc, kr (doc, done_o, "Did it", 0, 1, 1), 1.0);
  checkin (doc, okr_review_resolve_kr (doc->store, q1, "Did it", NULL), ymd (2027, 3, 1), 1);
  g_assert_no_error (error);

  checkin (doc, revenue, ymd (2027, 2, 1), 30000);
  checkin (doc, revenue, ymd (2027, 3, 20), 42000);
  checkin (doc, company_kr, ymd (2027, 3, 1), 640);
  checkin (doc, churn, ymd (2027, 3, 1), 3.1);
  checkin (doc, finished, ymd (2027, 3, 1), 2);
  {
    OkrCheckinSpec ci;
    guint done[] = { 1 };
    okr_checkin_spec_init (&ci);
    ci.date = ymd (2027, 3, 2);
    ci.milestones_done = done;
    ci.n_milestones_done = 1;
    g_assert_cmpint (okr_store_add_checkin (doc->store, steps, &ci, &error), >, 0);
  }
  for (const char *const *state = (const char *const[]) { "todo", "doing", "done", NULL };
       *state != NULL; state++)
    {
      g_autofree char *title = g_strdup_printf ("Call %s", *state);
      gint64 id = okr_store_add_initiative (doc->store, revenue, title, ana, &error);
      g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_INITIATIVE);
      okr_changes_set_text (c, "state", *state);
      g_assert_true (okr_store_update (doc->store, id, c, &error));
      g_assert_no_error (error);
    }

  /* what is offered: objectives with something unfinished */
  r = rollup (doc, q1);
  candidates = okr_carry_over_list_candidates (r, 0);
  g_assert_cmpuint (candidates->len, ==, 3);
  g_assert_false (okr_carry_over_is_unfinished (okr_rollup_find_key_result (r, finished)));
  g_assert_true (okr_carry_over_is_unfinished (okr_rollup_find_key_result (r, churn)));
  g_clear_pointer (&candidates, g_ptr_array_unref);
  candidates = okr_carry_over_list_candidates (r, sales);
  g_assert_cmpuint (candidates->len, ==, 2);

  g_assert_true (okr_review_close_cycle (doc->store, q1, OKR_CLOSE_LEAVE_UNSCORED, 0, &error));

  /* no Q2 yet: it is made, after Q1, inside the year, named after Q1 */
  q2 = okr_carry_over_ensure_next_cycle (doc->store, q1, NULL, &created, &error);
  g_assert_no_error (error);
  g_assert_true (created);
  {
    g_autoptr(OkrCycle) c = okr_store_get_cycle (doc->store, q2, &error);
    g_assert_cmpstr (okr_cycle_get_name (c), ==, "Q2 2027");
    g_assert_cmpint (okr_cycle_get_start (c), ==, ymd (2027, 4, 1));
    g_assert_cmpint (okr_cycle_get_end (c), ==, ymd (2027, 6, 30));
    g_assert_cmpint (okr_cycle_get_parent_id (c), ==, year);
  }
  /* and found, not made again */
  g_assert_cmpint (okr_carry_over_ensure_next_cycle (doc->store, q1, NULL, &created, &error), ==,
                   q2);
  g_assert_false (created);

  g_assert_true (okr_carry_over_all_unfinished (doc->store, q1, q2, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_objectives, ==, 3);
  g_assert_cmpuint (result.n_key_results, ==, 6);   /* all but "Hire two" and "Did it" */
  g_assert_cmpuint (result.n_milestones, ==, 2);
  g_assert_cmpuint (result.n_initiatives, ==, 2);
  g_assert_cmpuint (result.n_alignments_dropped, ==, 0);

  {
    static const char *const objective_differ[] = { "cycle_id", "position", "carried_from_id",
                                                    "align_kr_id", NULL };
    static const char *const kr_differ[] = { "objective_id", "baseline", "position",
                                             "carried_from_id", NULL };
    static const char *const fixed_scale_differ[] = { "objective_id", "position",
                                                      "carried_from_id", NULL };
    static const char *const milestone_differ[] = { "objective_id", "target", "position",
                                                    "carried_from_id", NULL };
    gint64 sales_copy = count (doc, "SELECT id FROM objectives WHERE carried_from_id = ?",
                               sales_o);
    gint64 company_copy = count (doc, "SELECT id FROM objectives WHERE carried_from_id = ?",
                                 company_o);
    gint64 company_kr_copy = count (doc, "SELECT id FROM key_results WHERE carried_from_id = ?",
                                    company_kr);
    gint64 year_aligned_copy = count (doc, "SELECT id FROM objectives WHERE carried_from_id = ?",
                                      year_aligned);
    gint64 revenue_copy = count (doc, "SELECT id FROM key_results WHERE carried_from_id = ?",
                                 revenue);
    gint64 steps_copy = count (doc, "SELECT id FROM key_results WHERE carried_from_id = ?", steps);
    gint64 launch_copy = count (doc, "SELECT id FROM key_results WHERE carried_from_id = ?",
                                launch);
    gint64 churn_copy = count (doc, "SELECT id FROM key_results WHERE carried_from_id = ?", churn);
    g_autoptr(OkrRollup) r2 = rollup (doc, q2);

    g_assert_cmpint (sales_copy, >, 0);
    g_assert_cmpint (company_copy, >, 0);
    g_assert_cmpint (year_aligned_copy, >, 0);
    /* every field as it was, but where it lives and where it links */
    assert_copied (doc, OKR_ENTITY_OBJECTIVE, sales_o, sales_copy, objective_differ);
    assert_copied (doc, OKR_ENTITY_OBJECTIVE, company_o, company_copy, objective_differ);
    assert_copied (doc, OKR_ENTITY_OBJECTIVE, year_aligned, year_aligned_copy, objective_differ);
    assert_copied (doc, OKR_ENTITY_KEY_RESULT, revenue, revenue_copy, kr_differ);
    assert_copied (doc, OKR_ENTITY_KEY_RESULT, company_kr, company_kr_copy, kr_differ);
    assert_copied (doc, OKR_ENTITY_KEY_RESULT, churn, churn_copy, kr_differ);
    assert_copied (doc, OKR_ENTITY_KEY_RESULT, launch, launch_copy, fixed_scale_differ);
    assert_copied (doc, OKR_ENTITY_KEY_RESULT, steps, steps_copy, milestone_differ);
    g_assert_cmpint (okr_objective_get_cycle_id (okr_rollup_find_objective (r2, sales_copy)), ==,
                     q2);
    g_assert_cmpint (okr_objective_get_carried_from_id (okr_rollup_find_objective (r2,
                                                                                   sales_copy)),
                     ==, sales_o);
    g_assert_cmpint (okr_key_result_get_carried_from_id (okr_rollup_find_key_result (r2,
                                                                                     revenue_copy)),
                     ==, revenue);
    /* the alignment follows the company KR into its copy; the year's stays as it was */
    g_assert_cmpint (okr_objective_get_align_kr_id (okr_rollup_find_objective (r2, sales_copy)),
                     ==, company_kr_copy);
    g_assert_cmpint (okr_objective_get_align_objective_id (okr_rollup_find_objective
                                                             (r2, year_aligned_copy)),
                     ==, year_o);
    /* baseline = final value, same target: the rest of the way */
    g_assert_cmpfloat (row_real (doc, OKR_ENTITY_KEY_RESULT, revenue_copy, "baseline"), ==, 42000);
    g_assert_cmpfloat (row_real (doc, OKR_ENTITY_KEY_RESULT, revenue_copy, "target"), ==, 50000);
    g_assert_cmpfloat (row_real (doc, OKR_ENTITY_KEY_RESULT, company_kr_copy, "baseline"), ==,
                       640);
    g_assert_cmpfloat (row_real (doc, OKR_ENTITY_KEY_RESULT, churn_copy, "baseline"), ==, 3.1);
    g_assert_cmpfloat (okr_key_result_get_progress (okr_rollup_find_key_result (r2, revenue_copy)),
                       ==, 0);
    /* the milestones left open, numbered anew; the initiatives not done, with their state */
    g_assert_cmpfloat (row_real (doc, OKR_ENTITY_KEY_RESULT, steps_copy, "target"), ==, 2);
    g_assert_cmpint (count (doc, "SELECT count(*) FROM milestones WHERE kr_id = ? AND done = 0 "
                                 "AND title IN ('Build', 'Ship')", steps_copy), ==, 2);
    g_assert_cmpint (okr_key_result_get_milestones_total (okr_rollup_find_key_result
                                                            (r2, steps_copy)), ==, 2);
    g_assert_cmpint (count (doc, "SELECT count(*) FROM initiatives WHERE kr_id = ? AND "
                                 "((title = 'Call todo' AND state = 'todo') OR "
                                 "(title = 'Call doing' AND state = 'doing'))", revenue_copy), ==,
                     2);
    g_assert_cmpint (count (doc, "SELECT count(*) FROM initiatives WHERE kr_id = ? AND owner_id "
                                 "IS NOT NULL", revenue_copy), ==, 2);
    /* no score comes along, and nothing was taken from Q1 */
    g_assert_true (isnan (okr_key_result_get_score (okr_rollup_find_key_result (r2, launch_copy))));
    g_assert_cmpint (count (doc, "SELECT count(*) FROM key_results k JOIN objectives o ON "
                                 "o.id = k.objective_id WHERE o.cycle_id = ? AND k.deleted = 0",
                            q1), ==, 8);
    /* every copy carries stamps, like any row written through the store */
    g_assert_cmpint (count (doc, "SELECT min(carried_from_id_at) FROM key_results WHERE "
                                 "carried_from_id IS NOT NULL AND id > ?", 0), >, 0);
    g_assert_cmpint (count (doc, "SELECT min(title_at) FROM milestones WHERE kr_id = ?",
                            steps_copy), >, 0);
  }

  /* carrying again makes no second copy */
  g_assert_true (okr_carry_over_all_unfinished (doc->store, q1, q2, &result, &error));
  g_assert_cmpuint (result.n_objectives + result.n_key_results, ==, 0);
  g_assert_cmpint (count (doc, "SELECT count(*) FROM objectives WHERE cycle_id = ?", q2), ==, 3);

  /* one undo takes a whole carry-over back */
  {
    gint64 single = finished;
    g_autoptr(OkrRollup) r3 = NULL;
    g_assert_true (okr_carry_over (doc->store, q1, q2, NULL, 0, &single, 1, &result, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (result.n_key_results, ==, 1);
    g_assert_cmpuint (result.n_objectives, ==, 0);  /* into the existing copy */
    g_assert_true (okr_store_undo (doc->store, &error));
    g_assert_cmpint (count (doc, "SELECT count(*) FROM key_results WHERE carried_from_id = ? "
                                 "AND deleted = 0", finished), ==, 0);
  }
}

static void
test_carry_over_refusals (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 q1 = cycle (doc, "Q1 2027", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  gint64 q2 = cycle (doc, "Q2 2027", ymd (2027, 4, 1), ymd (2027, 6, 30), 0);
  gint64 q3 = cycle (doc, "Q3 2027", ymd (2027, 7, 1), ymd (2027, 9, 30), 0);
  gint64 o1 = objective (doc, q1, doc->root, "Grow", FALSE);
  gint64 k1 = kr (doc, o1, "A", 0, 10, 1);
  gint64 o2 = objective (doc, q2, doc->root, "Other", FALSE);
  OkrCarryOverResult result;
  g_autofree char *before = NULL, *after = NULL;

  /* the next cycle is the quarter after, not the year, nor the one after that */
  g_assert_cmpint (okr_carry_over_find_next_cycle (doc->store, q1), ==, q2);
  g_assert_cmpint (okr_carry_over_find_next_cycle (doc->store, q2), ==, q3);
  g_assert_cmpint (okr_carry_over_find_next_cycle (doc->store, q3), ==, 0);

  g_assert_true (okr_review_close_cycle (doc->store, q3, OKR_CLOSE_DEFAULT, 0, &error));
  g_assert_no_error (error);
  before = export (doc);
  g_assert_false (okr_carry_over (doc->store, q1, q1, &o1, 1, &k1, 1, &result, &error));
  assert_refused (error, OKR_STORE_ERROR_INVALID);
  /* not from this cycle */
  g_assert_false (okr_carry_over (doc->store, q1, q2, &o2, 1, NULL, 0, &result, &error));
  assert_refused (error, OKR_STORE_ERROR_NOT_FOUND);
  /* into a closed cycle */
  g_assert_false (okr_carry_over (doc->store, q1, q3, &o1, 1, &k1, 1, &result, &error));
  assert_refused (error, OKR_STORE_ERROR_CLOSED);
  g_assert_cmpuint (result.n_objectives, ==, 0);
  after = export (doc);
  g_assert_cmpstr (before, ==, after);
  /* by name: an existing one is used, the source is refused */
  g_assert_cmpint (okr_carry_over_ensure_next_cycle (doc->store, q1, "Q2 2027", NULL, &error), ==,
                   q2);
  g_assert_cmpint (okr_carry_over_ensure_next_cycle (doc->store, q1, "Q1 2027", NULL, &error), ==,
                   0);
  assert_refused (error, OKR_STORE_ERROR_INVALID);
}

static void
assert_next (const char *name, OkrDate start, OkrDate end, const char *next_name,
             OkrDate next_start, OkrDate next_end)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cascade-next-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "n.okr", NULL);
  g_autoptr(OkrStore) store = okr_store_create (path, "Acme", &error);
  gint64 id = okr_store_add_cycle (store, name, start, end, 0, &error);
  g_autoptr(OkrCycle) c = okr_store_get_cycle (store, id, &error);
  g_autofree char *generated = NULL;
  OkrDate s, e;

  g_assert_no_error (error);
  okr_carry_over_next_dates (c, &s, &e);
  g_assert_cmpint (s, ==, next_start);
  g_assert_cmpint (e, ==, next_end);
  generated = okr_carry_over_next_name (c, s, e);
  g_assert_cmpstr (generated, ==, next_name);
  okr_store_close (store, NULL);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_next_cycle_names (void)
{
  assert_next ("Q1 2027", ymd (2027, 1, 1), ymd (2027, 3, 31),
               "Q2 2027", ymd (2027, 4, 1), ymd (2027, 6, 30));
  assert_next ("Q4 2027", ymd (2027, 10, 1), ymd (2027, 12, 31),
               "Q1 2028", ymd (2028, 1, 1), ymd (2028, 3, 31));
  assert_next ("Quý 2/2027", ymd (2027, 4, 1), ymd (2027, 6, 30),
               "Quý 3/2027", ymd (2027, 7, 1), ymd (2027, 9, 30));
  assert_next ("FY2027", ymd (2027, 1, 1), ymd (2027, 12, 31),
               "FY2028", ymd (2028, 1, 1), ymd (2028, 12, 31));
  assert_next ("H1 2027", ymd (2027, 1, 1), ymd (2027, 6, 30),
               "H2 2027", ymd (2027, 7, 1), ymd (2027, 12, 31));
  assert_next ("H2 2027", ymd (2027, 7, 1), ymd (2027, 12, 31),
               "H1 2028", ymd (2028, 1, 1), ymd (2028, 6, 30));
  assert_next ("Growth push", ymd (2027, 2, 1), ymd (2027, 4, 30),
               "After Growth push", ymd (2027, 5, 1), ymd (2027, 7, 31));
  assert_next ("Sprint 5", ymd (2027, 3, 3), ymd (2027, 3, 16),
               "Sprint 6", ymd (2027, 3, 17), ymd (2027, 3, 30));
  assert_next ("Q1", ymd (2027, 1, 1), ymd (2027, 3, 31),
               "Q2", ymd (2027, 4, 1), ymd (2027, 6, 30));
  assert_next ("Spring", ymd (2027, 1, 1), ymd (2027, 3, 31),
               "Q2 2027", ymd (2027, 4, 1), ymd (2027, 6, 30));
}

/* ───────────────────────── KPIs ───────────────────────── */

static gint64
kpi (Doc *doc, const char *name, const char *label, double green, double red)
{
  g_autoptr(GError) error = NULL;
  gint64 id = okr_store_add_kpi (doc->store, doc->root, name, label, green, red, &error);

  g_assert_no_error (error);
  return id;
}

static void
reading (Doc *doc, gint64 kpi_id, OkrDate date, double value)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (okr_store_add_kpi_reading (doc->store, kpi_id, date, value, 0, &error), >, 0);
  g_assert_no_error (error);
}

static OkrKpi *
find_kpi (GPtrArray *kpis, gint64 id)
{
  for (guint i = 0; i < kpis->len; i++)
    if (okr_kpi_get_id (kpis->pdata[i]) == id)
      return kpis->pdata[i];
  g_assert_not_reached ();
}

static void
test_kpi_status (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 uptime = kpi (doc, "Uptime", "%", 99.9, 99);
  gint64 churn = kpi (doc, "Churn", "%", 2, 5);
  gint64 tickets = kpi (doc, "Open tickets", "", 50, NAN);
  gint64 empty = kpi (doc, "New", "", 1, 0);
  g_autoptr(GPtrArray) kpis = NULL;
  g_autoptr(GArray) history = NULL;
  OkrBand band;

  /* readings entered out of order: the current value is the latest by date */
  reading (doc, uptime, ymd (2027, 3, 1), 99.95);
  reading (doc, uptime, ymd (2027, 1, 1), 98);
  reading (doc, churn, ymd (2027, 2, 1), 1.5);
  reading (doc, churn, ymd (2027, 3, 1), 3.2);
  reading (doc, tickets, ymd (2027, 3, 1), 70);

  kpis = okr_kpi_list (doc->store, doc->root, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kpis->len, ==, 4);
  g_assert_cmpstr (okr_kpi_get_name (kpis->pdata[0]), ==, "Uptime");

  g_assert_cmpfloat (okr_kpi_get_current (find_kpi (kpis, uptime)), ==, 99.95);
  g_assert_cmpint (okr_kpi_get_current_date (find_kpi (kpis, uptime)), ==, ymd (2027, 3, 1));
  g_assert_cmpuint (okr_kpi_get_n_readings (find_kpi (kpis, uptime)), ==, 2);
  g_assert_true (okr_kpi_get_band (find_kpi (kpis, uptime), &band));
  g_assert_cmpint (band, ==, OKR_BAND_GREEN);
  /* lower is better, and it went up past half-way */
  g_assert_cmpfloat (okr_kpi_get_current (find_kpi (kpis, churn)), ==, 3.2);
  g_assert_true (okr_kpi_get_band (find_kpi (kpis, churn), &band));
  g_assert_cmpint (band, ==, OKR_BAND_YELLOW);
  reading (doc, churn, ymd (2027, 3, 2), 5.5);
  g_clear_pointer (&kpis, g_ptr_array_unref);
  kpis = okr_kpi_list (doc->store, doc->root, &error);
  g_assert_true (okr_kpi_get_band (find_kpi (kpis, churn), &band));
  g_assert_cmpint (band, ==, OKR_BAND_RED);
  /* one threshold: no direction, no status; no reading: no status */
  g_assert_false (okr_kpi_get_band (find_kpi (kpis, tickets), &band));
  g_assert_false (okr_kpi_get_band (find_kpi (kpis, empty), &band));
  g_assert_true (isnan (okr_kpi_get_current (find_kpi (kpis, empty))));

  history = okr_kpi_list_readings (doc->store, churn, 0, &error);
  g_assert_cmpuint (history->len, ==, 3);
  g_assert_cmpfloat (g_array_index (history, OkrKpiReading, 0).value, ==, 5.5);
  g_assert_cmpfloat (g_array_index (history, OkrKpiReading, 2).value, ==, 1.5);
  g_clear_pointer (&history, g_array_unref);
  history = okr_kpi_list_readings (doc->store, churn, 1, &error);
  g_assert_cmpuint (history->len, ==, 1);
}

/* A KPI's value is written with its unit: a currency symbol makes it an amount. */
static void
test_kpi_format (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) kpis = NULL;
  struct { const char *label; double value; const char *shown; } cases[] = {
    { "$", 14900000, "$14,900,000" },
    { "%", 13.6, "13.6%" },
    { "customers", 42, "42 customers" },
    { "", 7.5, "7.5" },
    { "USD", 1200, "1,200 USD" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("KPI %u", i);
      gint64 id = kpi (doc, name, cases[i].label, 1, 0);
      g_autofree char *shown = NULL;

      g_clear_pointer (&kpis, g_ptr_array_unref);
      kpis = okr_kpi_list (doc->store, doc->root, &error);
      g_assert_no_error (error);
      shown = okr_kpi_format_value (find_kpi (kpis, id), cases[i].value);
      g_assert_cmpstr (shown, ==, cases[i].shown);
    }
}

static void
test_kpi_to_okr (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 q1 = cycle (doc, "Q1 2027", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  gint64 q2 = cycle (doc, "Q2 2027", ymd (2027, 4, 1), ymd (2027, 6, 30), 0);
  gint64 churn = kpi (doc, "Churn", "%", 2, 5);
  gint64 nps = kpi (doc, "NPS", "points", 40, 20);
  gint64 boss = person (doc, "Boss");
  g_autoptr(OkrKpi) k = NULL;
  g_auto(OkrOkrDraft) draft = { 0 };
  g_autoptr(OkrRollup) r = NULL;
  gint64 objective_id, kr_id;
  OkrKeyResult *created;

  k = okr_kpi_get (doc->store, churn, &error);
  /* no reading: nothing to start from */
  g_assert_false (okr_kpi_draft_okr (k, &draft, &error));
  assert_refused (error, OKR_STORE_ERROR_INVALID);
  g_clear_object (&k);

  reading (doc, churn, ymd (2027, 3, 1), 6.5);
  k = okr_kpi_get (doc->store, churn, &error);
  g_assert_true (okr_kpi_draft_okr (k, &draft, &error));
  g_assert_no_error (error);
  g_assert_cmpint (draft.unit_id, ==, doc->root);
  g_assert_cmpstr (draft.objective_title, ==, "Bring “Churn” back to green");
  g_assert_cmpstr (draft.kr_title, ==, "Churn from 6.5% to 2%");
  g_assert_cmpint (draft.kind, ==, OKR_KR_PERCENT);
  g_assert_cmpfloat (draft.baseline, ==, 6.5);
  g_assert_cmpfloat (draft.target, ==, 2);

  /* the leader edits a field and confirms */
  g_free (draft.objective_title);
  draft.objective_title = g_strdup ("Customers stay with us");
  g_assert_true (okr_kpi_create_okr (doc->store, q2, &draft, boss, &objective_id, &kr_id,
                                     &error));
  g_assert_no_error (error);
  r = rollup (doc, q2);
  g_assert_cmpstr (okr_objective_get_title (okr_rollup_find_objective (r, objective_id)), ==,
                   "Customers stay with us");
  g_assert_false (okr_objective_get_aspirational (okr_rollup_find_objective (r, objective_id)));
  g_assert_cmpint (okr_objective_get_owner_id (okr_rollup_find_objective (r, objective_id)), ==,
                   boss);
  created = okr_rollup_find_key_result (r, kr_id);
  g_assert_cmpstr (okr_key_result_get_title (created), ==, "Churn from 6.5% to 2%");
  g_assert_cmpint (okr_key_result_get_kind (created), ==, OKR_KR_PERCENT);
  g_assert_cmpfloat (okr_key_result_get_baseline (created), ==, 6.5);
  g_assert_cmpfloat (okr_key_result_get_target (created), ==, 2);
  /* one step to undo */
  g_assert_cmpstr (okr_store_get_undo_label (doc->store), ==, "Draft OKR from KPI");

  /* a closed cycle refuses the draft */
  g_assert_true (okr_review_close_cycle (doc->store, q1, OKR_CLOSE_DEFAULT, 0, &error));
  g_assert_false (okr_kpi_create_okr (doc->store, q1, &draft, boss, NULL, NULL, &error));
  assert_refused (error, OKR_STORE_ERROR_CLOSED);

  /* higher is better, and green already: nothing to fix */
  reading (doc, nps, ymd (2027, 3, 1), 45);
  g_clear_object (&k);
  okr_okr_draft_clear (&draft);
  k = okr_kpi_get (doc->store, nps, &error);
  g_assert_false (okr_kpi_draft_okr (k, &draft, &error));
  assert_refused (error, OKR_STORE_ERROR_INVALID);
  reading (doc, nps, ymd (2027, 3, 2), 12);
  g_clear_object (&k);
  k = okr_kpi_get (doc->store, nps, &error);
  g_assert_true (okr_kpi_draft_okr (k, &draft, &error));
  g_assert_cmpstr (draft.kr_title, ==, "NPS from 12 points to 40 points");
  g_assert_cmpint (draft.kind, ==, OKR_KR_NUMBER);
  g_assert_cmpstr (draft.unit_label, ==, "points");
}

static void
test_kr_to_kpi (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 q1 = cycle (doc, "Q1 2027", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  gint64 sales = unit (doc, doc->root, "Sales");
  gint64 o = objective (doc, q1, sales, "Grow", FALSE);
  gint64 customers = kr (doc, o, "Active customers", 40, 100, 1);
  gint64 cost = kr (doc, o, "Cost per lead", 80, 50, 1);
  gint64 slow = kr (doc, o, "Slow", 0, 10, 1);
  gint64 flag, kpi_id;
  g_autoptr(OkrRollup) r = NULL;
  g_auto(OkrKpiDraft) draft = { 0 };
  g_autoptr(GPtrArray) kpis = NULL;
  g_autoptr(GArray) readings = NULL;
  OkrKrSpec spec;
  OkrBand band;

  okr_kr_spec_init (&spec);
  spec.kind = OKR_KR_BOOLEAN;
  flag = okr_store_add_key_result (doc->store, o, "Launch", &spec, &error);
  checkin (doc, customers, ymd (2027, 3, 20), 110);
  checkin (doc, cost, ymd (2027, 3, 21), 45);
  checkin (doc, slow, ymd (2027, 3, 21), 5);
  checkin (doc, flag, ymd (2027, 3, 21), 1);
  g_assert_true (okr_review_close_cycle (doc->store, q1, OKR_CLOSE_LEAVE_UNSCORED, 0, &error));
  r = rollup (doc, q1);

  /* higher is better: green at the level reached, red where it started */
  g_assert_true (okr_kpi_draft_from_kr (r, okr_rollup_find_key_result (r, customers), &draft,
                                        &error));
  g_assert_no_error (error);
  g_assert_cmpint (draft.unit_id, ==, sales);
  g_assert_cmpstr (draft.name, ==, "Active customers");
  g_assert_cmpfloat (draft.green, ==, 110);
  g_assert_cmpfloat (draft.red, ==, 40);
  g_assert_cmpfloat (draft.value, ==, 110);
  g_assert_cmpint (draft.date, ==, ymd (2027, 3, 20));
  /* a KPI is the unit's, not the cycle's: kept although the cycle is closed */
  kpi_id = okr_kpi_create (doc->store, &draft, &error);
  g_assert_no_error (error);
  kpis = okr_kpi_list (doc->store, sales, &error);
  g_assert_cmpuint (kpis->len, ==, 1);
  g_assert_cmpint (okr_kpi_get_id (kpis->pdata[0]), ==, kpi_id);
  g_assert_cmpfloat (okr_kpi_get_current (kpis->pdata[0]), ==, 110);
  g_assert_true (okr_kpi_get_band (kpis->pdata[0], &band));
  g_assert_cmpint (band, ==, OKR_BAND_GREEN);
  readings = okr_kpi_list_readings (doc->store, kpi_id, 0, &error);
  g_assert_cmpuint (readings->len, ==, 1);

  /* lower is better: the direction follows */
  okr_kpi_draft_clear (&draft);
  g_assert_true (okr_kpi_draft_from_kr (r, okr_rollup_find_key_result (r, cost), &draft, &error));
  g_assert_cmpfloat (draft.green, ==, 45);
  g_assert_cmpfloat (draft.red, ==, 80);
  g_assert_true (okr_math_kpi_band (45, draft.green, draft.red, &band));
  g_assert_cmpint (band, ==, OKR_BAND_GREEN);
  g_assert_true (okr_math_kpi_band (81, draft.green, draft.red, &band));
  g_assert_cmpint (band, ==, OKR_BAND_RED);

  /* not achieved, or no level to keep */
  okr_kpi_draft_clear (&draft);
  g_assert_false (okr_kpi_draft_from_kr (r, okr_rollup_find_key_result (r, slow), &draft, &error));
  assert_refused (error, OKR_STORE_ERROR_INVALID);
  g_assert_false (okr_kpi_draft_from_kr (r, okr_rollup_find_key_result (r, flag), &draft, &error));
  assert_refused (error, OKR_STORE_ERROR_INVALID);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  okr_date_set_today (ymd (2027, 4, 2));

  g_test_add_func ("/review/math/buckets", test_buckets);
  g_test_add_func ("/review/math/parse-score", test_parse_score);
  g_test_add_func ("/review/math/kpi-band", test_kpi_band);
#define ADD(path, func) g_test_add (path, Doc, NULL, doc_setup, func, doc_teardown)
  ADD ("/review/score-rollup", test_score_rollup);
  ADD ("/review/close/needs-scores", test_close_needs_scores);
  ADD ("/review/close/read-only", test_closed_is_read_only);
  ADD ("/review/reopen", test_reopen);
  ADD ("/review/retrospective", test_retrospective);
  ADD ("/review/carry-over/copies", test_carry_over);
  ADD ("/review/carry-over/refusals", test_carry_over_refusals);
  g_test_add_func ("/review/carry-over/next-cycle", test_next_cycle_names);
  ADD ("/review/kpi/status", test_kpi_status);
  ADD ("/review/kpi/format", test_kpi_format);
  ADD ("/review/kpi/to-okr", test_kpi_to_okr);
  ADD ("/review/kpi/from-kr", test_kr_to_kpi);
#undef ADD

  return g_test_run ();
}
