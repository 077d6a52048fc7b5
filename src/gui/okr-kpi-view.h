/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "okr-view.h"

G_BEGIN_DECLS

#define OKR_TYPE_KPI_VIEW (okr_kpi_view_get_type ())
G_DECLARE_FINAL_TYPE (OkrKpiView, okr_kpi_view, OKR, KPI_VIEW, AdwBin)

GtkWidget *okr_kpi_view_new        (void);
guint      okr_kpi_view_get_n_kpis (OkrKpiView *self);

G_END_DECLS
