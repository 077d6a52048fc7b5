/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-kpi-draft.h — OKRs from KPIs and KPIs from OKRs: a red KPI prefills an OKR to fix
 * it, an achieved KR prefills a KPI that keeps its new level. The leader confirms (and may
 * edit) every prefilled field before anything is written. */
#pragma once

#include "okr-kpi.h"
#include "okr-rollup.h"

G_BEGIN_DECLS

typedef struct {
  gint64     unit_id;
  char      *objective_title;
  char      *kr_title;
  OkrKrKind  kind;
  double     baseline;        /* the KPI's current value */
  double     target;          /* its green threshold */
  char      *unit_label;
} OkrOkrDraft;

void      okr_okr_draft_clear        (OkrOkrDraft *draft);
gboolean  okr_kpi_draft_okr          (OkrKpi *kpi, OkrOkrDraft *draft, GError **error);
gboolean  okr_kpi_create_okr         (OkrStore *store, gint64 cycle_id, const OkrOkrDraft *draft,
                                      gint64 owner_id, gint64 *objective_id, gint64 *kr_id,
                                      GError **error);

typedef struct {
  gint64   unit_id;
  char    *name;
  char    *unit_label;
  double   green;             /* the level the KR reached */
  double   red;               /* where it started: slipping back there is red */
  double   value;             /* the first reading: the KR's final value … */
  OkrDate  date;              /* … on the day it was last checked in */
} OkrKpiDraft;

void      okr_kpi_draft_clear        (OkrKpiDraft *draft);
gboolean  okr_kpi_draft_from_kr      (OkrRollup *rollup, OkrKeyResult *kr, OkrKpiDraft *draft,
                                      GError **error);
gint64    okr_kpi_create             (OkrStore *store, const OkrKpiDraft *draft, GError **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OkrOkrDraft, okr_okr_draft_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OkrKpiDraft, okr_kpi_draft_clear)

G_END_DECLS
