/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-kpi.h — a unit's health metric: thresholds, readings and the status they give */
#pragma once

#include <glib-object.h>

#include "okr-date.h"
#include "okr-store.h"
#include "okr-types.h"
#include "okr-uuid.h"

G_BEGIN_DECLS

#define OKR_TYPE_KPI (okr_kpi_get_type ())
G_DECLARE_FINAL_TYPE (OkrKpi, okr_kpi, OKR, KPI, GObject)

gint64          okr_kpi_get_id            (OkrKpi *self);
const OkrUuid  *okr_kpi_get_uuid          (OkrKpi *self);
gint64          okr_kpi_get_unit_id       (OkrKpi *self);
const char     *okr_kpi_get_name          (OkrKpi *self);
const char     *okr_kpi_get_unit_label    (OkrKpi *self);
double          okr_kpi_get_green         (OkrKpi *self);
double          okr_kpi_get_red           (OkrKpi *self);
double          okr_kpi_get_current       (OkrKpi *self);
OkrDate         okr_kpi_get_current_date  (OkrKpi *self);
guint           okr_kpi_get_n_readings    (OkrKpi *self);
gboolean        okr_kpi_get_band          (OkrKpi *self, OkrBand *band);
char           *okr_kpi_format_value      (OkrKpi *self, double value);

GPtrArray      *okr_kpi_list              (OkrStore *store, gint64 unit_id, GError **error);
OkrKpi         *okr_kpi_get               (OkrStore *store, gint64 kpi_id, GError **error);

typedef struct {
  gint64  id;
  OkrDate date;
  double  value;
} OkrKpiReading;

GArray         *okr_kpi_list_readings     (OkrStore *store, gint64 kpi_id, guint limit,
                                           GError **error);

G_END_DECLS
