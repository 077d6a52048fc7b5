/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-math.h — progress, pace, status, scores and bands: pure functions, no I/O */
#pragma once

#include "okr-date.h"
#include "okr-types.h"

G_BEGIN_DECLS

/* Every threshold of the product lives here. */
#define OKR_PACE_ON_TRACK       0.95  /* r ≥ this: on track */
#define OKR_PACE_AT_RISK        0.75  /* r ≥ this: at risk; below: off track */
#define OKR_CONFIDENCE_LOW      3     /* latest confidence ≤ this caps on track at at risk */
#define OKR_CONFIDENCE_HIGH     7     /* ≥ this is green; between is yellow */
#define OKR_CONFIDENCE_NEUTRAL  5
#define OKR_SCORE_COMMIT        0.4   /* score ≥ this: the "commit" (yellow) band */
#define OKR_SCORE_TARGET        0.7   /* score ≥ this: green; what an aspirational OKR aims at */
#define OKR_SCORE_STRETCH       1.0   /* a committed OKR is judged against this */
#define OKR_SCORE_STEP          0.1   /* scores are given in tenths */

/* The review's distribution splits the score bands (okr-types.h, OkrScoreBucket) so that a
 * stretch is told apart from a target; scores move in steps of 0.1:
 *   fail     0.0–0.3  below OKR_SCORE_COMMIT        red
 *   commit   0.4–0.6  below OKR_SCORE_TARGET        yellow
 *   target   0.7–0.9  below OKR_SCORE_STRETCH       green: what an aspirational OKR aims at
 *   stretch  1.0      OKR_SCORE_STRETCH             green: all of it, what a committed one owes
 * okr_math_score_bucket() draws the same lines as okr_math_score_band(). */

double    okr_math_expected            (OkrDate start, OkrDate end, OkrDate today);
double    okr_math_progress_raw        (double baseline, double target, double current);
double    okr_math_clamp01             (double value);
double    okr_math_kr_progress_raw     (OkrKrKind kind, double baseline, double target,
                                        double current, OkrDirection direction,
                                        guint milestones_done, guint milestones_total);
double    okr_math_weighted_mean       (const double *values, const double *weights, guint n);
double    okr_math_mean                (const double *values, guint n);
OkrStatus okr_math_status              (double progress_raw, double expected, int confidence,
                                        gboolean started);
OkrStatus okr_math_kr_status           (OkrKrKind kind, double progress_raw, double expected,
                                        int confidence, gboolean started, gboolean ended);
double    okr_math_expected_value      (double baseline, double target, double expected);

OkrBand   okr_math_confidence_band     (int confidence);
OkrBand   okr_math_score_band          (double score);
OkrScoreBucket okr_math_score_bucket   (double score);
double    okr_math_suggested_score     (double progress);
gboolean  okr_math_score_meets_bar     (double score, gboolean aspirational);
gboolean  okr_math_score_is_step       (double score);

gboolean  okr_math_kpi_band            (double value, double green, double red, OkrBand *band);

G_END_DECLS
