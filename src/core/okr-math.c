/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "okr-math.h"

/* E = (today − start) / (end − start), clamped to [0, 1], in whole days. */
double
okr_math_expected (OkrDate start, OkrDate end, OkrDate today)
{
  if (end <= start)
    return today >= end ? 1.0 : 0.0;
  return okr_math_clamp01 ((double) (today - start) / (double) (end - start));
}

double
okr_math_clamp01 (double value)
{
  if (isnan (value))
    return 0.0;
  return CLAMP (value, 0.0, 1.0);
}

/* (current − baseline) / (target − baseline): one formula for increase and decrease.
 * With target = baseline there is no distance to cover: 1 once current reaches the
 * target, else 0. The raw ratio may leave [0, 1] ("125 %"). */
double
okr_math_progress_raw (double baseline, double target, double current)
{
  if (isnan (target) || isnan (baseline) || isnan (current))
    return 0.0;
  if (target == baseline)
    return current >= target ? 1.0 : 0.0;
  return (current - baseline) / (target - baseline);
}

double
okr_math_kr_progress_raw (OkrKrKind kind, double baseline, double target, double current,
                          OkrDirection direction, guint milestones_done, guint milestones_total)
{
  switch (kind)
    {
    case OKR_KR_NUMBER:
    case OKR_KR_PERCENT:
    case OKR_KR_CURRENCY:
      return okr_math_progress_raw (baseline, target, current);
    case OKR_KR_BOOLEAN:
      return current >= 0.5 ? 1.0 : 0.0;
    case OKR_KR_MILESTONE:
      return milestones_total > 0 ? (double) milestones_done / milestones_total : 0.0;
    case OKR_KR_CONTROL:
      if (isnan (target) || isnan (current))
        return 0.0;
      return (direction == OKR_DIRECTION_BELOW ? current <= target : current >= target) ? 1.0 : 0.0;
    case OKR_KR_ROLLUP:
      /* Computed by the roll-up from the objectives aligned to the KR. */
      return 0.0;
    default:
      g_return_val_if_reached (0.0);
    }
}

/* Σ wᵢ·vᵢ / Σ wᵢ; 0 when there is nothing to weigh. */
double
okr_math_weighted_mean (const double *values, const double *weights, guint n)
{
  double sum = 0, total = 0;

  for (guint i = 0; i < n; i++)
    {
      double w = weights != NULL ? weights[i] : 1.0;
      /* A hostile file can hold an infinite weight: it must not make the mean NaN. */
      if (!isfinite (values[i]) || !isfinite (w) || w <= 0)
        continue;
      sum += w * values[i];
      total += w;
    }
  return total > 0 ? sum / total : 0.0;
}

double
okr_math_mean (const double *values, guint n)
{
  return okr_math_weighted_mean (values, NULL, n);
}

/* The status of anything with a progress, from its pace r = progress / E:
 * not started before the cycle, done at 100 %, else on track / at risk / off track;
 * a latest confidence at or below OKR_CONFIDENCE_LOW makes on track at best at risk. */
OkrStatus
okr_math_status (double progress_raw, double expected, int confidence, gboolean started)
{
  OkrStatus status;

  if (!started)
    return OKR_STATUS_NOT_STARTED;
  if (progress_raw >= 1.0)
    return OKR_STATUS_DONE;

  double progress = okr_math_clamp01 (progress_raw);
  double pace = expected > 0 ? progress / expected : INFINITY;

  if (pace >= OKR_PACE_ON_TRACK)
    status = OKR_STATUS_ON_TRACK;
  else if (pace >= OKR_PACE_AT_RISK)
    status = OKR_STATUS_AT_RISK;
  else
    status = OKR_STATUS_OFF_TRACK;

  if (status == OKR_STATUS_ON_TRACK && confidence > 0 && confidence <= OKR_CONFIDENCE_LOW)
    status = OKR_STATUS_AT_RISK;
  return status;
}

/* A control KR ("keep churn below 2 %") is never done mid-cycle: while it holds it is on
 * track, when it fails it is off track, and once the cycle has ended a held control is
 * done. Every other kind follows the pace rule. */
OkrStatus
okr_math_kr_status (OkrKrKind kind, double progress_raw, double expected, int confidence,
                    gboolean started, gboolean ended)
{
  if (kind != OKR_KR_CONTROL)
    return okr_math_status (progress_raw, expected, confidence, started);

  if (!started)
    return OKR_STATUS_NOT_STARTED;
  if (progress_raw < 1.0)
    return OKR_STATUS_OFF_TRACK;
  if (ended)
    return OKR_STATUS_DONE;
  if (confidence > 0 && confidence <= OKR_CONFIDENCE_LOW)
    return OKR_STATUS_AT_RISK;
  return OKR_STATUS_ON_TRACK;
}

/* Where a KR's value should be today if it moved linearly from baseline to target. */
double
okr_math_expected_value (double baseline, double target, double expected)
{
  if (isnan (target))
    return baseline;
  return baseline + (target - baseline) * expected;
}

OkrBand
okr_math_confidence_band (int confidence)
{
  if (confidence <= OKR_CONFIDENCE_LOW)
    return OKR_BAND_RED;
  if (confidence >= OKR_CONFIDENCE_HIGH)
    return OKR_BAND_GREEN;
  return OKR_BAND_YELLOW;
}

/* Scores move in steps of 0.1: 0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green. A half-step
 * tolerance keeps 0.39999… (from a weighted mean) in the band a person would expect. */
OkrBand
okr_math_score_band (double score)
{
  if (score >= OKR_SCORE_TARGET - 0.05)
    return OKR_BAND_GREEN;
  if (score >= OKR_SCORE_COMMIT - 0.05)
    return OKR_BAND_YELLOW;
  return OKR_BAND_RED;
}

/* The bands of okr_math_score_band (), with the green one split at 1.0: reaching the
 * whole ambition (stretch) is told apart from the 0.7 an aspirational OKR aims at. */
OkrScoreBucket
okr_math_score_bucket (double score)
{
  if (score >= OKR_SCORE_STRETCH - 0.05)
    return OKR_SCORE_BUCKET_STRETCH;
  switch (okr_math_score_band (score))
    {
    case OKR_BAND_GREEN:
      return OKR_SCORE_BUCKET_TARGET;
    case OKR_BAND_YELLOW:
      return OKR_SCORE_BUCKET_COMMIT;
    case OKR_BAND_RED:
    default:
      return OKR_SCORE_BUCKET_FAIL;
    }
}

/* The score a leader starts from: final progress rounded to one decimal. */
double
okr_math_suggested_score (double progress)
{
  return round (okr_math_clamp01 (progress) * 10.0) / 10.0;
}

/* Committed OKRs are expected to reach 1.0; aspirational ones 0.7. */
gboolean
okr_math_score_meets_bar (double score, gboolean aspirational)
{
  double bar = aspirational ? OKR_SCORE_TARGET : OKR_SCORE_STRETCH;
  return score >= bar - 1e-9;
}

/* Whether a score a person gave is one of 0.0, 0.1, … 1.0. */
gboolean
okr_math_score_is_step (double score)
{
  double tenths = score / OKR_SCORE_STEP;

  return isfinite (score) && score >= 0 && score <= 1 && fabs (tenths - round (tenths)) < 1e-6;
}

/* A KPI's health from its latest value. The thresholds say which way is better: with
 * green above red, higher is better (green at or above green, red at or below red);
 * with green below red, lower is better (green at or below green, red at or above red).
 * Between the two it is yellow. Without a value, or without both thresholds, there is
 * no direction to judge by: returns FALSE. */
gboolean
okr_math_kpi_band (double value, double green, double red, OkrBand *band)
{
  gboolean higher_is_better = green > red;

  if (!isfinite (value) || !isfinite (green) || !isfinite (red) || green == red)
    return FALSE;
  if (higher_is_better ? value >= green : value <= green)
    *band = OKR_BAND_GREEN;
  else if (higher_is_better ? value <= red : value >= red)
    *band = OKR_BAND_RED;
  else
    *band = OKR_BAND_YELLOW;
  return TRUE;
}
