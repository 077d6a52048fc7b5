/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-search-hit.h — one thing found by a search: an objective, a key result or a unit */
#pragma once

#include <glib-object.h>

#include "okr-schema.h"

G_BEGIN_DECLS

#define OKR_TYPE_SEARCH_HIT (okr_search_hit_get_type ())
G_DECLARE_FINAL_TYPE (OkrSearchHit, okr_search_hit, OKR, SEARCH_HIT, GObject)

OkrSearchHit *okr_search_hit_new            (OkrEntity entity, gint64 id, const char *title,
                                             gint64 unit_id, const char *unit_name,
                                             gint64 cycle_id, const char *cycle_name);
OkrEntity     okr_search_hit_get_entity     (OkrSearchHit *self);
gint64        okr_search_hit_get_id         (OkrSearchHit *self);
const char   *okr_search_hit_get_title      (OkrSearchHit *self);
gint64        okr_search_hit_get_unit_id    (OkrSearchHit *self);
const char   *okr_search_hit_get_unit_name  (OkrSearchHit *self);
gint64        okr_search_hit_get_cycle_id   (OkrSearchHit *self);
const char   *okr_search_hit_get_cycle_name (OkrSearchHit *self);

G_END_DECLS
