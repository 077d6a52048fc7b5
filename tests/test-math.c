/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-math.c — the product's maths against hand-computed cases
 *
 * The spec (PRODUCT.md, "The maths"): E = (today − start) / (end − start) clamped to [0, 1];
 * progress_raw = (current − baseline) / (target − baseline), 1 or 0 when target = baseline;
 * progress = clamp (progress_raw, 0, 1); objective = Σ w·p / Σ w; unit = mean of objectives;
 * status from the pace r = progress / E with the thresholds 0.95 and 0.75, confidence ≤ 3
 * caps on track at at risk, objective status = weakest KR. */
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>

#include "okr-format.h"
#include "okr-math.h"
#include "okr-rollup.h"
#include "okr-store-edits.h"
#include "okr-store-read.h"
#include "okr-store.h"

#define EPS 1e-12

/* Statuses compared by name, so that a failure reads "on_track" == "at_risk". */
#define assert_status(a, b) \
  g_assert_cmpstr (okr_status_to_string (a), ==, okr_status_to_string (b))

/* ───────────────────────── progress ───────────────────────── */

static void
test_progress_increase (void)
{
  g_assert_cmpfloat_with_epsilon (okr_math_progress_raw (0, 100, 25), 0.25, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_progress_raw (10, 20, 15), 0.5, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_progress_raw (10, 20, 10), 0.0, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_progress_raw (10, 20, 20), 1.0, EPS);
  /* Negative ranges are distances like any other. */
  g_assert_cmpfloat_with_epsilon (okr_math_progress_raw (-50, 50, 0), 0.5, EPS);
}

static void
test_progress_decrease (void)
{
  /* Churn from 100 down to 40: at 70 half the way is covered. */
  g_assert_cmpfloat_with_epsilon (okr_math_progress_raw (100, 40, 70), 0.5, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_progress_raw (100, 40, 100), 0.0, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_progress_raw (100, 40, 40), 1.0, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_progress_raw (100, 40, 85), 0.25, EPS);
  /* Going the wrong way (up) is negative progress, clamped to 0. */
  g_assert_cmpfloat_with_epsilon (okr_math_progress_raw (100, 40, 112), -0.2, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_clamp01 (okr_math_progress_raw (100, 40, 112)), 0.0,
                                  EPS);
  /* Overshooting the decrease is over-achievement. */
  g_assert_cmpfloat_with_epsilon (okr_math_progress_raw (100, 40, 25), 1.25, EPS);
}

static void
test_progress_over_achievement (void)
{
  double raw = okr_math_progress_raw (0, 80, 100);

  g_assert_cmpfloat_with_epsilon (raw, 1.25, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_clamp01 (raw), 1.0, EPS);
  /* The KR-level function keeps the raw ratio (shown as "125 %"). */
  g_assert_cmpfloat_with_epsilon (okr_math_kr_progress_raw (OKR_KR_NUMBER, 0, 80, 100,
                                                            OKR_DIRECTION_ABOVE, 0, 0),
                                  1.25, EPS);
}

static void
test_progress_under_baseline (void)
{
  double raw = okr_math_progress_raw (50, 100, 40);

  g_assert_cmpfloat_with_epsilon (raw, -0.2, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_clamp01 (raw), 0.0, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_clamp01 (0.4), 0.4, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_clamp01 (-1e300), 0.0, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_clamp01 (INFINITY), 1.0, EPS);
}

static void
test_progress_baseline_equals_target (void)
{
  /* No distance to cover: reached or not, never a division by zero. */
  g_assert_cmpfloat (okr_math_progress_raw (5, 5, 5), ==, 1.0);
  g_assert_cmpfloat (okr_math_progress_raw (5, 5, 6), ==, 1.0);
  g_assert_cmpfloat (okr_math_progress_raw (5, 5, 4.99), ==, 0.0);
  g_assert_cmpfloat (okr_math_progress_raw (0, 0, 0), ==, 1.0);
  g_assert_cmpfloat (okr_math_progress_raw (0, 0, -1), ==, 0.0);
  g_assert_true (isfinite (okr_math_progress_raw (3, 3, 100)));
}

static void
test_progress_nan (void)
{
  /* A KR whose target is not set yet has made no progress (and is not NaN). */
  g_assert_cmpfloat (okr_math_progress_raw (0, NAN, 50), ==, 0.0);
  g_assert_cmpfloat (okr_math_progress_raw (NAN, 10, 5), ==, 0.0);
  g_assert_cmpfloat (okr_math_progress_raw (0, 10, NAN), ==, 0.0);
  g_assert_cmpfloat (okr_math_clamp01 (NAN), ==, 0.0);
  for (OkrKrKind kind = OKR_KR_NUMBER; kind <= OKR_KR_CURRENCY; kind++)
    g_assert_cmpfloat (okr_math_kr_progress_raw (kind, 0, NAN, 50, OKR_DIRECTION_ABOVE, 0, 0),
                       ==, 0.0);
  g_assert_cmpfloat (okr_math_kr_progress_raw (OKR_KR_CONTROL, 0, NAN, 50, OKR_DIRECTION_ABOVE,
                                               0, 0), ==, 0.0);
  g_assert_cmpfloat (okr_math_kr_progress_raw (OKR_KR_CONTROL, 0, 5, NAN, OKR_DIRECTION_BELOW,
                                               0, 0), ==, 0.0);
  /* And a NaN progress never reads as done. */
  assert_status (okr_math_status (okr_math_progress_raw (0, NAN, 50), 0.5, 0, TRUE),
                 OKR_STATUS_OFF_TRACK);
}

static void
test_progress_kinds (void)
{
  const OkrDirection up = OKR_DIRECTION_ABOVE, down = OKR_DIRECTION_BELOW;

  /* number / percent / currency: the distance formula, also for a decrease */
  for (OkrKrKind kind = OKR_KR_NUMBER; kind <= OKR_KR_CURRENCY; kind++)
    {
      g_assert_cmpfloat_with_epsilon (okr_math_kr_progress_raw (kind, 20, 60, 30, up, 0, 0),
                                      0.25, EPS);
      g_assert_cmpfloat_with_epsilon (okr_math_kr_progress_raw (kind, 60, 20, 30, up, 0, 0),
                                      0.75, EPS);
      /* direction only matters for control KRs */
      g_assert_cmpfloat_with_epsilon (okr_math_kr_progress_raw (kind, 20, 60, 30, down, 0, 0),
                                      0.25, EPS);
      /* milestone counts are ignored */
      g_assert_cmpfloat_with_epsilon (okr_math_kr_progress_raw (kind, 20, 60, 30, up, 3, 4),
                                      0.25, EPS);
    }

  /* boolean: 1 when done */
  g_assert_cmpfloat (okr_math_kr_progress_raw (OKR_KR_BOOLEAN, 0, 1, 1, up, 0, 0), ==, 1.0);
  g_assert_cmpfloat (okr_math_kr_progress_raw (OKR_KR_BOOLEAN, 0, 1, 0, up, 0, 0), ==, 0.0);

  /* milestone: the share of items done */
  g_assert_cmpfloat_with_epsilon (okr_math_kr_progress_raw (OKR_KR_MILESTONE, 0, 5, 0, up, 2, 5),
                                  0.4, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_kr_progress_raw (OKR_KR_MILESTONE, 0, 3, 0, up, 3, 3),
                                  1.0, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_kr_progress_raw (OKR_KR_MILESTONE, 0, 4, 0, up, 0, 4),
                                  0.0, EPS);
  g_assert_cmpfloat (okr_math_kr_progress_raw (OKR_KR_MILESTONE, 0, 0, 0, up, 0, 0), ==, 0.0);

  /* control, above: 1 while current ≥ target */
  g_assert_cmpfloat (okr_math_kr_progress_raw (OKR_KR_CONTROL, 0, 95, 95, up, 0, 0), ==, 1.0);
  g_assert_cmpfloat (okr_math_kr_progress_raw (OKR_KR_CONTROL, 0, 95, 99, up, 0, 0), ==, 1.0);
  g_assert_cmpfloat (okr_math_kr_progress_raw (OKR_KR_CONTROL, 0, 95, 94.9, up, 0, 0), ==, 0.0);
  /* control, below: 1 while current ≤ target; the baseline plays no part */
  g_assert_cmpfloat (okr_math_kr_progress_raw (OKR_KR_CONTROL, 10, 2, 2, down, 0, 0), ==, 1.0);
  g_assert_cmpfloat (okr_math_kr_progress_raw (OKR_KR_CONTROL, 10, 2, 1.5, down, 0, 0), ==, 1.0);
  g_assert_cmpfloat (okr_math_kr_progress_raw (OKR_KR_CONTROL, 10, 2, 2.1, down, 0, 0), ==, 0.0);
  g_assert_cmpfloat (okr_math_kr_progress_raw (OKR_KR_CONTROL, 0, 2, 5, down, 0, 0), ==, 0.0);

  /* rollup: computed by the roll-up from the aligned objectives, not from a value */
  g_assert_cmpfloat (okr_math_kr_progress_raw (OKR_KR_ROLLUP, 0, 100, 100, up, 0, 0), ==, 0.0);
}

static void
test_expected_value (void)
{
  /* Where a linear KR should stand: halfway through 100 → 40 is 70. */
  g_assert_cmpfloat_with_epsilon (okr_math_expected_value (100, 40, 0.5), 70, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_expected_value (0, 200, 0.25), 50, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_expected_value (7, NAN, 0.5), 7, EPS);
}

/* ───────────────────────── means ───────────────────────── */

static void
test_mean_weighted (void)
{
  const double values[] = { 0.9, 0.5, 0.1 };
  const double weights[] = { 1, 2, 3 };

  /* (1·0.9 + 2·0.5 + 3·0.1) / 6 = 2.2 / 6; the unweighted mean would be 0.5 */
  g_assert_cmpfloat_with_epsilon (okr_math_weighted_mean (values, weights, 3), 2.2 / 6, EPS);
  /* NULL weights: all 1 */
  g_assert_cmpfloat_with_epsilon (okr_math_weighted_mean (values, NULL, 3), 0.5, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_mean (values, 3), 0.5, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_mean (values, 1), 0.9, EPS);
  /* the order of the items does not matter */
  const double values_r[] = { 0.1, 0.5, 0.9 };
  const double weights_r[] = { 3, 2, 1 };
  g_assert_cmpfloat_with_epsilon (okr_math_weighted_mean (values_r, weights_r, 3), 2.2 / 6, EPS);
}

static void
test_mean_zero_weights (void)
{
  const double values[] = { 0.9, 0.1, 0.4 };
  const double zero[] = { 0, 0, 0 };
  const double some_zero[] = { 0, 1, 3 };
  const double one_live[] = { 0, 0, 2 };

  /* Nothing to weigh: 0, not NaN. */
  g_assert_cmpfloat (okr_math_weighted_mean (values, zero, 3), ==, 0.0);
  g_assert_cmpfloat (okr_math_weighted_mean (values, zero, 0), ==, 0.0);
  g_assert_cmpfloat (okr_math_mean (values, 0), ==, 0.0);
  /* Zero-weight items do not pull the mean towards them: (0.1 + 3·0.4) / 4 */
  g_assert_cmpfloat_with_epsilon (okr_math_weighted_mean (values, some_zero, 3), 1.3 / 4, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_weighted_mean (values, one_live, 3), 0.4, EPS);
}

/* ───────────────────────── expected progress ───────────────────────── */

static void
test_expected (void)
{
  /* 2027-01-01 + 100 days = 2027-04-11 */
  OkrDate start = okr_date_from_ymd (2027, 1, 1);
  OkrDate end = okr_date_from_ymd (2027, 4, 11);

  g_assert_cmpint (end - start, ==, 100);
  g_assert_cmpfloat (okr_math_expected (start, end, start), ==, 0.0);
  g_assert_cmpfloat_with_epsilon (okr_math_expected (start, end, start + 1), 0.01, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_expected (start, end, okr_date_from_ymd (2027, 2, 20)),
                                  0.5, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_expected (start, end, start + 75), 0.75, EPS);
  g_assert_cmpfloat (okr_math_expected (start, end, end), ==, 1.0);
  /* before and after the cycle: clamped */
  g_assert_cmpfloat (okr_math_expected (start, end, start - 10), ==, 0.0);
  g_assert_cmpfloat (okr_math_expected (start, end, end + 50), ==, 1.0);

  /* A real quarter: 2027-01-01 → 2027-03-31 is 89 days; 2027-02-15 is day 45. */
  g_assert_cmpfloat_with_epsilon (okr_math_expected (start, okr_date_from_ymd (2027, 3, 31),
                                                     okr_date_from_ymd (2027, 2, 15)),
                                  45.0 / 89.0, EPS);
}

static void
test_expected_zero_length (void)
{
  OkrDate day = okr_date_from_ymd (2027, 6, 1);

  /* No division by zero: 0 before the day, 1 from it on. */
  g_assert_cmpfloat (okr_math_expected (day, day, day - 1), ==, 0.0);
  g_assert_cmpfloat (okr_math_expected (day, day, day), ==, 1.0);
  g_assert_cmpfloat (okr_math_expected (day, day, day + 1), ==, 1.0);
  g_assert_true (isfinite (okr_math_expected (day, day - 5, day)));
}

/* ───────────────────────── status ───────────────────────── */

static void
test_status_on_track_boundary (void)
{
  /* r = 0.95 exactly (E = 1 and E = 0.5: both divisions are exact) */
  assert_status (okr_math_status (0.95, 1.0, 0, TRUE), OKR_STATUS_ON_TRACK);
  assert_status (okr_math_status (0.475, 0.5, 0, TRUE), OKR_STATUS_ON_TRACK);
  /* the double just below 0.95 */
  assert_status (okr_math_status (nextafter (0.95, 0), 1.0, 0, TRUE), OKR_STATUS_AT_RISK);
  assert_status (okr_math_status (0.94, 1.0, 0, TRUE), OKR_STATUS_AT_RISK);
  /* well ahead of pace */
  assert_status (okr_math_status (0.6, 0.3, 0, TRUE), OKR_STATUS_ON_TRACK);
  /* just short of done, at the end of the cycle: still on track (r ≥ 0.95) */
  assert_status (okr_math_status (0.96, 1.0, 0, TRUE), OKR_STATUS_ON_TRACK);
}

static void
test_status_at_risk_boundary (void)
{
  assert_status (okr_math_status (0.75, 1.0, 0, TRUE), OKR_STATUS_AT_RISK);
  assert_status (okr_math_status (0.375, 0.5, 0, TRUE), OKR_STATUS_AT_RISK);
  assert_status (okr_math_status (nextafter (0.75, 0), 1.0, 0, TRUE), OKR_STATUS_OFF_TRACK);
  assert_status (okr_math_status (0.2, 0.5, 0, TRUE), OKR_STATUS_OFF_TRACK);
  assert_status (okr_math_status (0.0, 0.01, 0, TRUE), OKR_STATUS_OFF_TRACK);
  /* negative progress is clamped to 0 first, not a negative pace that breaks the bands */
  assert_status (okr_math_status (-3.0, 0.5, 0, TRUE), OKR_STATUS_OFF_TRACK);
}

static void
test_status_expected_zero (void)
{
  /* On the first day nothing is expected yet: r = ∞, so on track even at 0 %. */
  assert_status (okr_math_status (0.0, 0.0, 0, TRUE), OKR_STATUS_ON_TRACK);
  assert_status (okr_math_status (-0.5, 0.0, 0, TRUE), OKR_STATUS_ON_TRACK);
  assert_status (okr_math_status (0.3, 0.0, 0, TRUE), OKR_STATUS_ON_TRACK);
  /* …and low confidence still caps it */
  assert_status (okr_math_status (0.0, 0.0, 2, TRUE), OKR_STATUS_AT_RISK);
}

static void
test_status_not_started (void)
{
  assert_status (okr_math_status (0.0, 0.0, 0, FALSE), OKR_STATUS_NOT_STARTED);
  assert_status (okr_math_status (0.5, 0.0, 8, FALSE), OKR_STATUS_NOT_STARTED);
  assert_status (okr_math_status (1.0, 0.0, 0, FALSE), OKR_STATUS_NOT_STARTED);
  for (OkrKrKind kind = OKR_KR_NUMBER; kind < OKR_KR_N_KINDS; kind++)
    assert_status (okr_math_kr_status (kind, 1.0, 0.0, 0, FALSE, FALSE),
                   OKR_STATUS_NOT_STARTED);
}

static void
test_status_done (void)
{
  assert_status (okr_math_status (1.0, 0.5, 0, TRUE), OKR_STATUS_DONE);
  assert_status (okr_math_status (1.25, 0.9, 0, TRUE), OKR_STATUS_DONE);
  assert_status (okr_math_status (1.0, 0.0, 0, TRUE), OKR_STATUS_DONE);
  /* low confidence does not undo "done" */
  assert_status (okr_math_status (1.0, 0.5, 1, TRUE), OKR_STATUS_DONE);
  /* just short of 1 is not done */
  assert_status (okr_math_status (nextafter (1.0, 0), 0.5, 0, TRUE), OKR_STATUS_ON_TRACK);
  /* number KRs are done mid-cycle once they reach the target */
  assert_status (okr_math_kr_status (OKR_KR_NUMBER, 1.0, 0.3, 0, TRUE, FALSE), OKR_STATUS_DONE);
  assert_status (okr_math_kr_status (OKR_KR_BOOLEAN, 1.0, 0.3, 0, TRUE, FALSE), OKR_STATUS_DONE);
  assert_status (okr_math_kr_status (OKR_KR_MILESTONE, 1.0, 0.3, 0, TRUE, FALSE),
                 OKR_STATUS_DONE);
}

static void
test_status_confidence (void)
{
  /* r = 1: on track, unless the latest confidence is 1–3 */
  assert_status (okr_math_status (0.5, 0.5, 3, TRUE), OKR_STATUS_AT_RISK);
  assert_status (okr_math_status (0.5, 0.5, 1, TRUE), OKR_STATUS_AT_RISK);
  assert_status (okr_math_status (0.5, 0.5, 4, TRUE), OKR_STATUS_ON_TRACK);
  assert_status (okr_math_status (0.5, 0.5, 10, TRUE), OKR_STATUS_ON_TRACK);
  /* 0 means "no confidence given", not "no confidence at all" */
  assert_status (okr_math_status (0.5, 0.5, 0, TRUE), OKR_STATUS_ON_TRACK);
  /* confidence never upgrades a status… */
  assert_status (okr_math_status (0.2, 0.5, 10, TRUE), OKR_STATUS_OFF_TRACK);
  assert_status (okr_math_status (0.4, 0.5, 10, TRUE), OKR_STATUS_AT_RISK);
  /* …and never pushes at risk or off track further down */
  assert_status (okr_math_status (0.4, 0.5, 1, TRUE), OKR_STATUS_AT_RISK);
  assert_status (okr_math_status (0.2, 0.5, 1, TRUE), OKR_STATUS_OFF_TRACK);
  /* the same rule applies through the KR-level function */
  assert_status (okr_math_kr_status (OKR_KR_PERCENT, 0.5, 0.5, 3, TRUE, FALSE),
                 OKR_STATUS_AT_RISK);
  assert_status (okr_math_kr_status (OKR_KR_PERCENT, 0.5, 0.5, 4, TRUE, FALSE),
                 OKR_STATUS_ON_TRACK);
}

/* Control KRs (see okr_math_kr_status): holding → on track (at risk with confidence ≤ 3),
 * failing → off track whatever the pace, held once the cycle ended → done. */
static void
test_status_control (void)
{
  const OkrKrKind c = OKR_KR_CONTROL;

  /* holding, mid-cycle: never "done" early */
  assert_status (okr_math_kr_status (c, 1.0, 0.5, 0, TRUE, FALSE), OKR_STATUS_ON_TRACK);
  assert_status (okr_math_kr_status (c, 1.0, 0.99, 8, TRUE, FALSE), OKR_STATUS_ON_TRACK);
  assert_status (okr_math_kr_status (c, 1.0, 0.0, 0, TRUE, FALSE), OKR_STATUS_ON_TRACK);
  /* holding with low confidence */
  assert_status (okr_math_kr_status (c, 1.0, 0.5, 3, TRUE, FALSE), OKR_STATUS_AT_RISK);
  assert_status (okr_math_kr_status (c, 1.0, 0.5, 4, TRUE, FALSE), OKR_STATUS_ON_TRACK);
  /* failing: off track even on the first day, where the pace rule would say on track */
  assert_status (okr_math_kr_status (c, 0.0, 0.0, 0, TRUE, FALSE), OKR_STATUS_OFF_TRACK);
  assert_status (okr_math_kr_status (c, 0.0, 0.5, 9, TRUE, FALSE), OKR_STATUS_OFF_TRACK);
  /* the cycle has ended */
  assert_status (okr_math_kr_status (c, 1.0, 1.0, 0, TRUE, TRUE), OKR_STATUS_DONE);
  assert_status (okr_math_kr_status (c, 1.0, 1.0, 2, TRUE, TRUE), OKR_STATUS_DONE);
  assert_status (okr_math_kr_status (c, 0.0, 1.0, 0, TRUE, TRUE), OKR_STATUS_OFF_TRACK);
  /* not started yet */
  assert_status (okr_math_kr_status (c, 1.0, 0.0, 0, FALSE, FALSE), OKR_STATUS_NOT_STARTED);
  /* for contrast: a number KR at 100 % mid-cycle is done */
  assert_status (okr_math_kr_status (OKR_KR_NUMBER, 1.0, 0.5, 0, TRUE, FALSE), OKR_STATUS_DONE);
}

static void
test_status_order (void)
{
  /* "weakest of" is a minimum: off_track < at_risk < on_track < done */
  g_assert_cmpint (OKR_STATUS_OFF_TRACK, <, OKR_STATUS_AT_RISK);
  g_assert_cmpint (OKR_STATUS_AT_RISK, <, OKR_STATUS_ON_TRACK);
  g_assert_cmpint (OKR_STATUS_ON_TRACK, <, OKR_STATUS_DONE);
  g_assert_cmpint (OKR_STATUS_NOT_STARTED, <, OKR_STATUS_OFF_TRACK);
}

/* ───────────────────────── scores and bands ───────────────────────── */

static void
test_score_bands (void)
{
  const double red[] = { 0.0, 0.1, 0.2, 0.3 };
  const double yellow[] = { 0.4, 0.5, 0.6 };
  const double green[] = { 0.7, 0.8, 0.9, 1.0 };

  for (guint i = 0; i < G_N_ELEMENTS (red); i++)
    g_assert_cmpint (okr_math_score_band (red[i]), ==, OKR_BAND_RED);
  for (guint i = 0; i < G_N_ELEMENTS (yellow); i++)
    g_assert_cmpint (okr_math_score_band (yellow[i]), ==, OKR_BAND_YELLOW);
  for (guint i = 0; i < G_N_ELEMENTS (green); i++)
    g_assert_cmpint (okr_math_score_band (green[i]), ==, OKR_BAND_GREEN);

  /* Scores that come out of a weighted mean a hair under a step stay in the band a person
   * would expect (documented half-step tolerance in okr_math_score_band). */
  const double s[] = { 0.6, 0.8, 0.7 };
  double mean = okr_math_mean (s, 3);
  g_assert_cmpfloat (mean, <, 0.7);
  g_assert_cmpint (okr_math_score_band (mean), ==, OKR_BAND_GREEN);
  g_assert_cmpint (okr_math_score_band (0.4 - 1e-12), ==, OKR_BAND_YELLOW);
}

static void
test_score_suggested (void)
{
  g_assert_cmpfloat_with_epsilon (okr_math_suggested_score (0.64), 0.6, EPS);
  /* round () rounds halves away from zero: 6.5 → 7. Banker's rounding (rint) would give
   * 0.6 here and 0.2 for 0.25; the documented behaviour is "round half up". */
  g_assert_cmpfloat_with_epsilon (okr_math_suggested_score (0.65), 0.7, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_suggested_score (0.25), 0.3, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_suggested_score (0.66), 0.7, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_suggested_score (0.0), 0.0, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_suggested_score (1.0), 1.0, EPS);
  /* from the clamped progress: over-achievement scores 1.0, a regression 0.0 */
  g_assert_cmpfloat_with_epsilon (okr_math_suggested_score (1.25), 1.0, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_suggested_score (-0.2), 0.0, EPS);
  g_assert_cmpfloat_with_epsilon (okr_math_suggested_score (NAN), 0.0, EPS);
}

static void
test_score_meets_bar (void)
{
  /* committed: judged against 1.0 */
  g_assert_true (okr_math_score_meets_bar (1.0, FALSE));
  g_assert_false (okr_math_score_meets_bar (0.9, FALSE));
  g_assert_false (okr_math_score_meets_bar (0.7, FALSE));
  /* aspirational: judged against 0.7 */
  g_assert_true (okr_math_score_meets_bar (0.7, TRUE));
  g_assert_true (okr_math_score_meets_bar (1.0, TRUE));
  g_assert_false (okr_math_score_meets_bar (0.6, TRUE));
  g_assert_false (okr_math_score_meets_bar (0.69, TRUE));

  /* a weighted mean of 0.6, 0.8, 0.7 is 0.69999999999999984 in doubles: it meets 0.7 */
  const double s[] = { 0.6, 0.8, 0.7 };
  g_assert_true (okr_math_score_meets_bar (okr_math_mean (s, 3), TRUE));
}

static void
test_confidence_bands (void)
{
  for (int c = 1; c <= 3; c++)
    g_assert_cmpint (okr_math_confidence_band (c), ==, OKR_BAND_RED);
  for (int c = 4; c <= 6; c++)
    g_assert_cmpint (okr_math_confidence_band (c), ==, OKR_BAND_YELLOW);
  for (int c = 7; c <= 10; c++)
    g_assert_cmpint (okr_math_confidence_band (c), ==, OKR_BAND_GREEN);
  g_assert_cmpint (okr_math_confidence_band (OKR_CONFIDENCE_NEUTRAL), ==, OKR_BAND_YELLOW);
}

/* ───────────────────────── end to end through a store ───────────────────────── */

typedef struct {
  char     *dir;
  char     *path;
  OkrStore *store;
  gint64    company;
  gint64    dept;
  gint64    cycle;
  OkrDate   start;
  OkrDate   end;
} Doc;

static void
doc_setup (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  doc->dir = g_dir_make_tmp ("cascade-math-XXXXXX", &error);
  g_assert_no_error (error);
  doc->path = g_build_filename (doc->dir, "math.okr", NULL);
  doc->store = okr_store_create (doc->path, "Acme", &error);
  g_assert_no_error (error);
  doc->company = okr_store_get_root_unit (doc->store);
  g_assert_cmpint (doc->company, >, 0);
  doc->dept = okr_store_add_unit (doc->store, doc->company, "Sales", OKR_UNIT_DEPARTMENT,
                                  &error);
  g_assert_no_error (error);
  /* 100 days, so that E is a round number: day 50 (2027-02-20) is E = 0.5. */
  doc->start = okr_date_from_ymd (2027, 1, 1);
  doc->end = okr_date_from_ymd (2027, 4, 11);
  doc->cycle = okr_store_add_cycle (doc->store, "Q1 2027", doc->start, doc->end, 0, &error);
  g_assert_no_error (error);
}

static void
doc_teardown (Doc *doc, gconstpointer data)
{
  g_autofree char *journal = g_strconcat (doc->path, "-journal", NULL);

  g_clear_object (&doc->store);
  g_unlink (doc->path);
  g_unlink (journal);
  g_rmdir (doc->dir);
  g_free (doc->path);
  g_free (doc->dir);
}

static gint64
add_objective (Doc *doc, gint64 unit, const char *title, gint64 align_objective,
               gint64 align_kr)
{
  g_autoptr(GError) error = NULL;
  gint64 id = okr_store_add_objective (doc->store, doc->cycle, unit, title, 0, FALSE,
                                       align_objective, align_kr, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_kr (Doc *doc, gint64 objective, const char *title, OkrKrKind kind, double baseline,
        double target, double weight)
{
  g_autoptr(GError) error = NULL;
  OkrKrSpec spec;
  gint64 id;

  okr_kr_spec_init (&spec);
  spec.kind = kind;
  spec.baseline = baseline;
  spec.target = target;
  spec.weight = weight;
  id = okr_store_add_key_result (doc->store, objective, title, &spec, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
check_in (Doc *doc, gint64 kr, int day, double value, int confidence)
{
  g_autoptr(GError) error = NULL;
  OkrCheckinSpec spec;

  okr_checkin_spec_init (&spec);
  spec.date = doc->start + day;
  spec.value = value;
  spec.confidence = confidence;
  g_assert_cmpint (okr_store_add_checkin (doc->store, kr, &spec, &error), >, 0);
  g_assert_no_error (error);
}

static OkrRollup *
rollup_at (Doc *doc, OkrDate today)
{
  g_autoptr(GError) error = NULL;
  OkrRollup *rollup = okr_rollup_new (doc->store, doc->cycle, today, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rollup);
  return rollup;
}

/* An objective with KRs of weights 1, 1, 2: (1·0.5 + 1·0.2 + 2·0.7) / 4 = 0.525. */
static void
test_rollup_objective (Doc *doc, gconstpointer data)
{
  gint64 o = add_objective (doc, doc->company, "Delight our customers", 0, 0);
  gint64 k1 = add_kr (doc, o, "Reach 100 reviews", OKR_KR_NUMBER, 0, 100, 1);
  gint64 k2 = add_kr (doc, o, "Cut tickets from 100 to 0", OKR_KR_NUMBER, 100, 0, 1);
  gint64 k3 = add_kr (doc, o, "Raise NPS from 10 % to 60 %", OKR_KR_PERCENT, 10, 60, 2);
  g_autoptr(OkrRollup) rollup = NULL;

  check_in (doc, k1, 10, 30, 0);
  check_in (doc, k1, 40, 50, 0);   /* latest: 0.5 */
  check_in (doc, k2, 45, 80, 0);   /* 0.2 */
  check_in (doc, k3, 48, 45, 0);   /* 0.7 */

  rollup = rollup_at (doc, doc->start + 50);
  g_assert_cmpfloat_with_epsilon (okr_rollup_get_expected (rollup), 0.5, EPS);

  OkrKeyResult *r1 = okr_rollup_find_key_result (rollup, k1);
  OkrKeyResult *r2 = okr_rollup_find_key_result (rollup, k2);
  OkrKeyResult *r3 = okr_rollup_find_key_result (rollup, k3);
  OkrObjective *obj = okr_rollup_find_objective (rollup, o);

  g_assert_nonnull (r1);
  g_assert_nonnull (r2);
  g_assert_nonnull (r3);
  g_assert_nonnull (obj);
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_current (r1), 50, EPS);
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_progress (r1), 0.5, EPS);
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_progress (r2), 0.2, EPS);
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_progress (r3), 0.7, EPS);
  g_assert_cmpfloat_with_epsilon (okr_objective_get_progress (obj), 0.525, EPS);
  g_assert_cmpuint (okr_objective_get_n_key_results (obj), ==, 3);
  g_assert_cmpfloat_with_epsilon (okr_objective_get_expected (obj), 0.5, EPS);

  /* with E = 0.5: r = 1.0, 0.4, 1.4 */
  assert_status (okr_key_result_get_status (r1), OKR_STATUS_ON_TRACK);
  assert_status (okr_key_result_get_status (r2), OKR_STATUS_OFF_TRACK);
  assert_status (okr_key_result_get_status (r3), OKR_STATUS_ON_TRACK);
  /* the objective is as healthy as its weakest KR */
  assert_status (okr_objective_get_status (obj), OKR_STATUS_OFF_TRACK);
}

/* Objective status = weakest KR; over-achievement is clamped before weighting. */
static void
test_rollup_weakest (Doc *doc, gconstpointer data)
{
  gint64 o = add_objective (doc, doc->company, "Ship the platform", 0, 0);
  gint64 a = add_kr (doc, o, "Ship 10 features", OKR_KR_NUMBER, 0, 10, 1);
  gint64 b = add_kr (doc, o, "Ship 4 integrations", OKR_KR_NUMBER, 0, 4, 1);
  gint64 c = add_kr (doc, o, "Launch the beta", OKR_KR_BOOLEAN, 0, 1, 1);
  g_autoptr(OkrRollup) rollup = NULL;

  check_in (doc, a, 30, 5, 2);    /* r = 1.0, confidence 2 → at risk */
  check_in (doc, b, 30, 5, 8);    /* raw 1.25 → done, progress 1 */
  check_in (doc, c, 30, 1, 0);    /* done */

  rollup = rollup_at (doc, doc->start + 50);
  OkrObjective *obj = okr_rollup_find_objective (rollup, o);
  OkrKeyResult *ra = okr_rollup_find_key_result (rollup, a);
  OkrKeyResult *rb = okr_rollup_find_key_result (rollup, b);

  g_assert_cmpint (okr_key_result_get_confidence (ra), ==, 2);
  assert_status (okr_key_result_get_status (ra), OKR_STATUS_AT_RISK);
  assert_status (okr_key_result_get_status (rb), OKR_STATUS_DONE);
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_progress_raw (rb), 1.25, EPS);
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_progress (rb), 1.0, EPS);
  assert_status (okr_objective_get_status (obj), OKR_STATUS_AT_RISK);
  /* (0.5 + 1 + 1) / 3, not (0.5 + 1.25 + 1) / 3 */
  g_assert_cmpfloat_with_epsilon (okr_objective_get_progress (obj), 2.5 / 3, EPS);
}

/* Unit progress = mean of its own objectives (not weighted by KR count). */
static void
test_rollup_unit (Doc *doc, gconstpointer data)
{
  gint64 o1 = add_objective (doc, doc->dept, "Win the north", 0, 0);
  gint64 o2 = add_objective (doc, doc->dept, "Win the south", 0, 0);
  gint64 o3 = add_objective (doc, doc->company, "Company goal", 0, 0);
  gint64 k1 = add_kr (doc, o1, "Sign 20 clients", OKR_KR_NUMBER, 0, 20, 1);
  gint64 k2 = add_kr (doc, o2, "Sign 10 clients", OKR_KR_NUMBER, 0, 10, 1);
  gint64 k3 = add_kr (doc, o2, "Open the office", OKR_KR_BOOLEAN, 0, 1, 1);
  gint64 k4 = add_kr (doc, o2, "Hire 4 people", OKR_KR_NUMBER, 0, 4, 1);
  gint64 k5 = add_kr (doc, o3, "Reach 1M revenue", OKR_KR_CURRENCY, 0, 1e6, 1);
  g_autoptr(OkrRollup) rollup = NULL;

  check_in (doc, k1, 20, 16, 0);   /* o1: 0.8 */
  check_in (doc, k2, 20, 1, 0);    /* o2: (0.1 + 0 + 0.5) / 3 = 0.2 */
  check_in (doc, k4, 20, 2, 0);
  check_in (doc, k5, 20, 900000, 0);
  (void) k3;

  rollup = rollup_at (doc, doc->start + 20);   /* E = 0.2 */
  OkrUnit *dept = okr_rollup_find_unit (rollup, doc->dept);
  OkrUnit *company = okr_rollup_find_unit (rollup, doc->company);

  g_assert_cmpfloat_with_epsilon (okr_objective_get_progress (okr_rollup_find_objective (rollup,
                                                                                          o2)),
                                  0.2, EPS);
  g_assert_cmpuint (okr_unit_get_n_objectives (dept), ==, 2);
  /* mean (0.8, 0.2) = 0.5; weighting by KR count would give (0.8 + 3·0.2) / 4 = 0.35 */
  g_assert_cmpfloat_with_epsilon (okr_unit_get_progress (dept), 0.5, EPS);
  /* the company's progress is its own objectives only, not its departments' */
  g_assert_cmpuint (okr_unit_get_n_objectives (company), ==, 1);
  g_assert_cmpfloat_with_epsilon (okr_unit_get_progress (company), 0.9, EPS);
  g_assert_cmpuint (okr_rollup_get_objectives (rollup, doc->dept)->len, ==, 2);
}

/* A rollup KR's progress = mean progress of the objectives aligned to it; objectives
 * aligned to its objective (not to the KR) do not count. */
static void
test_rollup_kr (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 parent = add_objective (doc, doc->company, "Grow", 0, 0);
  gint64 r = add_kr (doc, parent, "Departments deliver", OKR_KR_ROLLUP, 0, 100, 1);
  gint64 plain = add_kr (doc, parent, "Raise prices 5 %", OKR_KR_PERCENT, 0, 5, 1);
  gint64 d1 = add_objective (doc, doc->dept, "Sell more", 0, r);
  gint64 d2 = add_objective (doc, doc->dept, "Ship the playbook", 0, r);
  gint64 d3 = add_objective (doc, doc->dept, "Keep churn low", 0, r);
  gint64 d4 = add_objective (doc, doc->dept, "Unrelated but aligned to the objective", parent,
                             0);
  gint64 kd1 = add_kr (doc, d1, "Sign 10", OKR_KR_NUMBER, 0, 10, 1);
  gint64 kd3, kd4, kd2;
  g_autoptr(OkrRollup) rollup = NULL;
  const char *const steps[] = { "Draft", "Review", "Publish", "Train", NULL };
  OkrKrSpec spec;
  OkrCheckinSpec ci;
  guint done[] = { 1 };

  okr_kr_spec_init (&spec);
  spec.kind = OKR_KR_MILESTONE;
  spec.milestones = steps;
  kd2 = okr_store_add_key_result (doc->store, d2, "Playbook", &spec, &error);
  g_assert_no_error (error);
  okr_kr_spec_init (&spec);
  spec.kind = OKR_KR_CONTROL;
  spec.direction = OKR_DIRECTION_BELOW;
  spec.target = 2;
  spec.baseline = 3;
  kd3 = okr_store_add_key_result (doc->store, d3, "Churn stays below 2 %", &spec, &error);
  g_assert_no_error (error);
  kd4 = add_kr (doc, d4, "Something done", OKR_KR_BOOLEAN, 0, 1, 1);

  check_in (doc, kd1, 30, 4, 0);              /* d1: 0.4 */
  okr_checkin_spec_init (&ci);                /* d2: 1 of 4 milestones = 0.25 */
  ci.date = doc->start + 30;
  ci.milestones_done = done;
  ci.n_milestones_done = 1;
  g_assert_cmpint (okr_store_add_checkin (doc->store, kd2, &ci, &error), >, 0);
  g_assert_no_error (error);
  check_in (doc, kd3, 30, 1.5, 0);            /* d3: holding = 1.0 */
  check_in (doc, kd4, 30, 1, 0);              /* d4: 1.0, must not count */
  check_in (doc, plain, 30, 1, 0);            /* 0.2 */

  rollup = rollup_at (doc, doc->start + 50);
  OkrKeyResult *rk = okr_rollup_find_key_result (rollup, r);
  OkrKeyResult *rd2 = okr_rollup_find_key_result (rollup, kd2);

  g_assert_cmpuint (okr_key_result_get_milestones_total (rd2), ==, 4);
  g_assert_cmpuint (okr_key_result_get_milestones_done (rd2), ==, 1);
  g_assert_cmpuint (okr_rollup_get_aligned_to_kr (rollup, r)->len, ==, 3);
  g_assert_cmpuint (okr_rollup_get_aligned_to_objective (rollup, parent)->len, ==, 1);
  /* mean (0.4, 0.25, 1.0) = 0.55; including d4 would give 0.6625 */
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_progress (rk), 0.55, EPS);
  /* r = 0.55 / 0.5 = 1.1 */
  assert_status (okr_key_result_get_status (rk), OKR_STATUS_ON_TRACK);
  /* the parent objective: (0.55 + 0.2) / 2 */
  g_assert_cmpfloat_with_epsilon (okr_objective_get_progress (okr_rollup_find_objective (rollup,
                                                                                          parent)),
                                  0.375, EPS);
}

/* The same document seen on different days: expected progress and statuses follow today. */
static void
test_rollup_today (Doc *doc, gconstpointer data)
{
  gint64 o = add_objective (doc, doc->company, "Grow", 0, 0);
  gint64 k = add_kr (doc, o, "Reach 100", OKR_KR_NUMBER, 0, 100, 1);
  gint64 c = add_kr (doc, o, "Uptime stays above 99", OKR_KR_CONTROL, 0, 99, 1);
  struct {
    int day;
    double expected;
    OkrStatus number;
    OkrStatus control;
  } cases[] = {
    { -5, 0.0, OKR_STATUS_NOT_STARTED, OKR_STATUS_NOT_STARTED },
    { 0, 0.0, OKR_STATUS_ON_TRACK, OKR_STATUS_ON_TRACK },
    { 40, 0.4, OKR_STATUS_ON_TRACK, OKR_STATUS_ON_TRACK },   /* r = 1.0 */
    { 50, 0.5, OKR_STATUS_AT_RISK, OKR_STATUS_ON_TRACK },    /* r = 0.8 */
    { 60, 0.6, OKR_STATUS_OFF_TRACK, OKR_STATUS_ON_TRACK },  /* r = 0.666… */
    { 100, 1.0, OKR_STATUS_OFF_TRACK, OKR_STATUS_DONE },     /* ended */
    { 130, 1.0, OKR_STATUS_OFF_TRACK, OKR_STATUS_DONE },
  };

  check_in (doc, k, 0, 40, 0);
  check_in (doc, c, 0, 99.5, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(OkrRollup) rollup = rollup_at (doc, doc->start + cases[i].day);

      g_test_message ("day %d", cases[i].day);
      g_assert_cmpint (okr_rollup_get_today (rollup), ==, doc->start + cases[i].day);
      g_assert_cmpfloat_with_epsilon (okr_rollup_get_expected (rollup), cases[i].expected, EPS);
      assert_status (okr_key_result_get_status (okr_rollup_find_key_result (rollup, k)),
                     cases[i].number);
      assert_status (okr_key_result_get_status (okr_rollup_find_key_result (rollup, c)),
                     cases[i].control);
      assert_status (okr_objective_get_status (okr_rollup_find_objective (rollup, o)),
                     MIN (cases[i].number, cases[i].control));
    }
}

/* Scores: the objective's score is the weighted mean of its KRs' scores. */
static void
test_rollup_score (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 o = add_objective (doc, doc->company, "Grow", 0, 0);
  gint64 a = add_kr (doc, o, "A", OKR_KR_NUMBER, 0, 10, 1);
  gint64 b = add_kr (doc, o, "B", OKR_KR_NUMBER, 0, 10, 3);
  g_autoptr(OkrRollup) rollup = NULL;

  g_assert_true (okr_store_set_score (doc->store, a, 0.2, "late start", 0, &error));
  g_assert_no_error (error);
  g_assert_true (okr_store_set_score (doc->store, b, 0.6, "fair", 0, &error));
  g_assert_no_error (error);

  rollup = rollup_at (doc, doc->end);
  /* (0.2 + 3·0.6) / 4 = 0.5 */
  g_assert_cmpfloat_with_epsilon (okr_objective_get_score (okr_rollup_find_objective (rollup, o)),
                                  0.5, EPS);
  g_assert_cmpstr (okr_key_result_get_score_reason (okr_rollup_find_key_result (rollup, a)), ==,
                   "late start");
}

/* Numbers as a person types them (English separators in the test environment). A thousands
 * separator must group by three: "12,5" is refused, never read as 125. */
static void
test_parse_number (void)
{
  static const struct { const char *text; gboolean ok; double value; } cases[] = {
    { "1234", TRUE, 1234 },
    { "1,234", TRUE, 1234 },
    { "1,234.5", TRUE, 1234.5 },
    { "12,345,678", TRUE, 12345678 },
    { "-1,234.25", TRUE, -1234.25 },
    { " 42 ", TRUE, 42 },
    { "0.5", TRUE, 0.5 },
    { "12,5", FALSE, 0 },
    { "1,23", FALSE, 0 },
    { "1234,567", FALSE, 0 },
    { ",123", FALSE, 0 },
    { "1,2345", FALSE, 0 },
    { "12.5.3", FALSE, 0 },
    { "abc", FALSE, 0 },
    { "", FALSE, 0 },
    { "inf", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double v = -999;
      gboolean ok = okr_parse_number (cases[i].text, &v);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (ok, ==, cases[i].ok);
      if (ok)
        g_assert_cmpfloat (v, ==, cases[i].value);
    }
}

/* Dates are day numbers worked out by hand-written arithmetic: the same numbers as GDate's,
 * for every day from 1599 to 2401 (leap centuries included), and the same days refused. */
static void
test_dates (void)
{
  static const char *const bad[] = {
    "2026-02-29", "2024-02-30", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10",
    "2026-01-00", "2026-1-01", "2026-01-1", "2026/01/01", "2026-01-01 ", "0000-01-01",
    "２０２６-01-01", "", "2026-01-0",
  };
  GDate g;
  OkrDate day;
  guint checked = 0;

  g_date_clear (&g, 1);
  g_date_set_dmy (&g, 1, G_DATE_JANUARY, 1599);
  while (g_date_get_year (&g) < 2401)
    {
      char iso[11];

      g_snprintf (iso, sizeof iso, "%04u-%02u-%02u", g_date_get_year (&g),
                  (guint) g_date_get_month (&g), g_date_get_day (&g));
      g_assert_cmpint (okr_date_from_ymd (g_date_get_year (&g), g_date_get_month (&g),
                                          g_date_get_day (&g)), ==, (int) g_date_get_julian (&g));
      g_assert_true (okr_date_parse_iso (iso, &day));
      g_assert_cmpint (day, ==, (int) g_date_get_julian (&g));
      g_date_add_days (&g, 1);
      checked++;
    }
  g_assert_cmpuint (checked, ==, 292925);
  g_assert_cmpint (okr_date_from_ymd (1, 1, 1), ==, 1);
  g_assert_cmpint (okr_date_from_ymd (2000, 2, 29), >, 0);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      day = 42;
      g_assert_false (okr_date_parse_iso (bad[i], &day));
      g_assert_cmpint (day, ==, 42);
    }
  g_assert_false (okr_date_parse_iso (NULL, &day));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/math/progress/increase", test_progress_increase);
  g_test_add_func ("/math/progress/decrease", test_progress_decrease);
  g_test_add_func ("/math/progress/over-achievement", test_progress_over_achievement);
  g_test_add_func ("/math/progress/under-baseline", test_progress_under_baseline);
  g_test_add_func ("/math/progress/baseline-equals-target", test_progress_baseline_equals_target);
  g_test_add_func ("/math/progress/nan-target", test_progress_nan);
  g_test_add_func ("/math/progress/kinds", test_progress_kinds);
  g_test_add_func ("/math/progress/expected-value", test_expected_value);
  g_test_add_func ("/math/mean/weighted", test_mean_weighted);
  g_test_add_func ("/math/mean/zero-weights", test_mean_zero_weights);
  g_test_add_func ("/math/expected/range", test_expected);
  g_test_add_func ("/math/expected/zero-length", test_expected_zero_length);
  g_test_add_func ("/math/status/on-track-boundary", test_status_on_track_boundary);
  g_test_add_func ("/math/status/at-risk-boundary", test_status_at_risk_boundary);
  g_test_add_func ("/math/status/expected-zero", test_status_expected_zero);
  g_test_add_func ("/math/status/not-started", test_status_not_started);
  g_test_add_func ("/math/status/done", test_status_done);
  g_test_add_func ("/math/status/confidence", test_status_confidence);
  g_test_add_func ("/math/status/control", test_status_control);
  g_test_add_func ("/math/status/order", test_status_order);
  g_test_add_func ("/math/score/bands", test_score_bands);
  g_test_add_func ("/math/score/suggested", test_score_suggested);
  g_test_add_func ("/math/score/meets-bar", test_score_meets_bar);
  g_test_add_func ("/math/confidence/bands", test_confidence_bands);

  g_test_add ("/math/rollup/objective-weighted", Doc, NULL, doc_setup, test_rollup_objective,
              doc_teardown);
  g_test_add ("/math/rollup/objective-weakest", Doc, NULL, doc_setup, test_rollup_weakest,
              doc_teardown);
  g_test_add ("/math/rollup/unit-mean", Doc, NULL, doc_setup, test_rollup_unit, doc_teardown);
  g_test_add ("/math/rollup/rollup-kr", Doc, NULL, doc_setup, test_rollup_kr, doc_teardown);
  g_test_add ("/math/rollup/today", Doc, NULL, doc_setup, test_rollup_today, doc_teardown);
  g_test_add ("/math/rollup/score", Doc, NULL, doc_setup, test_rollup_score, doc_teardown);

  g_test_add_func ("/math/parse-number", test_parse_number);
  g_test_add_func ("/math/dates", test_dates);
  return g_test_run ();
}
