/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-search.h — finding objectives, key results and units by title across a document */
#pragma once

#include "okr-search-hit.h"
#include "okr-store.h"

G_BEGIN_DECLS

#define OKR_TYPE_SEARCH (okr_search_get_type ())
G_DECLARE_FINAL_TYPE (OkrSearch, okr_search, OKR, SEARCH, GObject)

OkrSearch *okr_search_new   (OkrStore *store, GError **error);
GPtrArray *okr_search_query (OkrSearch *self, const char *text, gint64 prefer_cycle_id,
                             guint limit);

G_END_DECLS
