/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-store-read.h — reading a document's people, units, cycles and history */
#pragma once

#include "okr-store.h"

G_BEGIN_DECLS

GPtrArray  *okr_store_list_people       (OkrStore *self, GError **error);
GPtrArray  *okr_store_list_units        (OkrStore *self, GError **error);
GPtrArray  *okr_store_list_cycles       (OkrStore *self, GError **error);
OkrCycle   *okr_store_get_cycle         (OkrStore *self, gint64 id, GError **error);
gint64      okr_store_get_root_unit     (OkrStore *self);
gint64      okr_store_find_current_cycle (OkrStore *self, OkrDate today);
GPtrArray  *okr_store_list_checkins     (OkrStore *self, gint64 kr_id, gboolean with_retracted,
                                         guint limit, GError **error);
GPtrArray  *okr_store_list_unit_checkins (OkrStore *self, gint64 unit_id, gint64 cycle_id,
                                          OkrDate from, OkrDate to, guint limit,
                                          GError **error);
char       *okr_store_dup_company_name  (OkrStore *self);

G_END_DECLS
