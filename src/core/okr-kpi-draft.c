/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "okr-format.h"
#include "okr-kpi-draft.h"
#include "okr-math.h"
#include "okr-store-edits.h"

void
okr_okr_draft_clear (OkrOkrDraft *draft)
{
  g_clear_pointer (&draft->objective_title, g_free);
  g_clear_pointer (&draft->kr_title, g_free);
  g_clear_pointer (&draft->unit_label, g_free);
}

/**
 * okr_kpi_draft_okr:
 * @draft: (out caller-allocates): the objective and KR to propose
 *
 * An OKR that closes the KPI's gap: a committed objective on the KPI's unit, and one KR
 * from the current value (its baseline) to the green threshold (its target). Refused when
 * the KPI has no reading or no green threshold, or is green already.
 */
gboolean
okr_kpi_draft_okr (OkrKpi *kpi, OkrOkrDraft *draft, GError **error)
{
  g_return_val_if_fail (OKR_IS_KPI (kpi), FALSE);

  const char *label = okr_kpi_get_unit_label (kpi);
  double current = okr_kpi_get_current (kpi), green = okr_kpi_get_green (kpi);
  g_autofree char *from = NULL, *to = NULL;
  OkrBand band;

  *draft = (OkrOkrDraft) { 0 };
  if (isnan (current))
    {
      g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                   _("“%s” has no reading yet: add one first."), okr_kpi_get_name (kpi));
      return FALSE;
    }
  if (isnan (green))
    {
      g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                   _("“%s” has no green threshold to aim for."), okr_kpi_get_name (kpi));
      return FALSE;
    }
  if ((okr_kpi_get_band (kpi, &band) && band == OKR_BAND_GREEN) || current == green)
    {
      g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                   _("“%s” is green already."), okr_kpi_get_name (kpi));
      return FALSE;
    }

  draft->unit_id = okr_kpi_get_unit_id (kpi);
  draft->baseline = current;
  draft->target = green;
  /* A percentage KPI becomes a percent KR, whose values carry the sign themselves. */
  draft->kind = g_strcmp0 (label, "%") == 0 ? OKR_KR_PERCENT : OKR_KR_NUMBER;
  draft->unit_label = g_strdup (draft->kind == OKR_KR_PERCENT ? "" : label);
  from = okr_kpi_format_value (kpi, current);
  to = okr_kpi_format_value (kpi, green);
  /* Translators: the objective proposed to fix a KPI that is off; %s is the KPI's name. */
  draft->objective_title = g_strdup_printf (_("Bring “%s” back to green"),
                                            okr_kpi_get_name (kpi));
  /* Translators: the key result proposed to fix a KPI: its name, its current value and
   * its green threshold ("Churn from 4.5% to 2%"). */
  draft->kr_title = g_strdup_printf (_("%s from %s to %s"), okr_kpi_get_name (kpi), from, to);
  return TRUE;
}

/**
 * okr_kpi_create_okr:
 * @objective_id: (out) (optional): the new objective
 * @kr_id: (out) (optional): its key result
 *
 * Writes a (possibly edited) draft into @cycle_id as one undo step. A closed cycle
 * refuses it.
 */
gboolean
okr_kpi_create_okr (OkrStore *store, gint64 cycle_id, const OkrOkrDraft *draft,
                    gint64 owner_id, gint64 *objective_id, gint64 *kr_id, GError **error)
{
  OkrKrSpec spec;
  gint64 objective, kr = 0;

  okr_kr_spec_init (&spec);
  spec.kind = draft->kind;
  spec.baseline = draft->baseline;
  spec.target = draft->target;
  spec.unit_label = draft->unit_label;
  spec.owner_id = owner_id;

  okr_store_begin_edit (store, _("Draft OKR from KPI"));
  objective = okr_store_add_objective (store, cycle_id, draft->unit_id, draft->objective_title,
                                       owner_id, FALSE, 0, 0, error);
  if (objective == 0 ||
      (kr = okr_store_add_key_result (store, objective, draft->kr_title, &spec, error)) == 0)
    {
      okr_store_abort_edit (store);
      return FALSE;
    }
  if (!okr_store_end_edit (store, error))
    return FALSE;
  if (objective_id != NULL)
    *objective_id = objective;
  if (kr_id != NULL)
    *kr_id = kr;
  return TRUE;
}

void
okr_kpi_draft_clear (OkrKpiDraft *draft)
{
  g_clear_pointer (&draft->name, g_free);
  g_clear_pointer (&draft->unit_label, g_free);
}

/**
 * okr_kpi_draft_from_kr:
 * @draft: (out caller-allocates): the KPI to propose
 *
 * A KPI that keeps the level an achieved KR reached: named like the KR, green at its final
 * value, red where it started (slipping back there is red; the direction follows), with
 * the final value as its first reading. Only KRs measured as numbers have a level to keep.
 */
gboolean
okr_kpi_draft_from_kr (OkrRollup *rollup, OkrKeyResult *kr, OkrKpiDraft *draft, GError **error)
{
  g_return_val_if_fail (OKR_IS_KEY_RESULT (kr), FALSE);

  OkrKrKind kind = okr_key_result_get_kind (kr);
  OkrObjective *objective = okr_rollup_find_objective (rollup,
                                                       okr_key_result_get_objective_id (kr));
  double final = okr_key_result_get_current (kr);
  double baseline = okr_key_result_get_baseline (kr);

  *draft = (OkrKpiDraft) { 0 };
  if (kind != OKR_KR_NUMBER && kind != OKR_KR_PERCENT && kind != OKR_KR_CURRENCY)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                           _("Only a key result measured as a number has a level to keep as "
                             "a KPI."));
      return FALSE;
    }
  if (okr_key_result_get_progress_raw (kr) < 1.0 || objective == NULL)
    {
      g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                   _("“%s” has not reached its target, so it has no new level to keep yet."),
                   okr_key_result_get_title (kr));
      return FALSE;
    }

  draft->unit_id = okr_objective_get_unit_id (objective);
  draft->name = g_strdup (okr_key_result_get_title (kr));
  draft->unit_label = g_strdup (kind == OKR_KR_PERCENT ? "%" : okr_key_result_get_unit_label (kr));
  draft->green = final;
  draft->red = baseline != final ? baseline : NAN;
  draft->value = final;
  draft->date = okr_key_result_get_current_date (kr);
  if (!okr_date_is_valid (draft->date))
    draft->date = okr_date_today ();
  return TRUE;
}

/* Writes a (possibly edited) KPI draft with its first reading, as one step. */
gint64
okr_kpi_create (OkrStore *store, const OkrKpiDraft *draft, GError **error)
{
  gint64 kpi;

  okr_store_begin_edit (store, _("Keep as KPI"));
  kpi = okr_store_add_kpi (store, draft->unit_id, draft->name, draft->unit_label, draft->green,
                           draft->red, error);
  if (kpi != 0 && isfinite (draft->value) &&
      okr_store_add_kpi_reading (store, kpi, draft->date, draft->value, 0, error) == 0)
    kpi = 0;
  if (kpi == 0)
    {
      okr_store_abort_edit (store);
      return 0;
    }
  if (!okr_store_end_edit (store, error))
    return 0;
  return kpi;
}
