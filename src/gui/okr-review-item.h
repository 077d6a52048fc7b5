/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-review-item.h — one line of the Review page: a unit, an objective or a key result.
 * The line stays while the document changes under it; only what it shows is replaced
 * (okr_review_item_update), so the selection, the scroll position and the focus survive a
 * score being given. */
#pragma once

#include "okr-rollup.h"

G_BEGIN_DECLS

typedef enum {
  OKR_REVIEW_ITEM_UNIT,
  OKR_REVIEW_ITEM_OBJECTIVE,
  OKR_REVIEW_ITEM_KEY_RESULT,
} OkrReviewItemKind;

#define OKR_TYPE_REVIEW_ITEM (okr_review_item_get_type ())
G_DECLARE_FINAL_TYPE (OkrReviewItem, okr_review_item, OKR, REVIEW_ITEM, GObject)

OkrReviewItem     *okr_review_item_new        (OkrReviewItemKind kind, GObject *entity,
                                               OkrRollup *rollup);
OkrReviewItemKind  okr_review_item_get_kind   (OkrReviewItem *self);
gint64             okr_review_item_get_id     (OkrReviewItem *self);
gpointer           okr_review_item_get_entity (OkrReviewItem *self);
OkrRollup         *okr_review_item_get_rollup (OkrReviewItem *self);
void               okr_review_item_update     (OkrReviewItem *self, GObject *entity,
                                               OkrRollup *rollup);

G_END_DECLS
