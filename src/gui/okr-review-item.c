/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "okr-review-item.h"

struct _OkrReviewItem {
  GObject            parent_instance;
  OkrReviewItemKind  kind;
  GObject           *entity;   /* OkrUnit, OkrObjective or OkrKeyResult */
  OkrRollup         *rollup;   /* what the entity was read from */
};

G_DEFINE_FINAL_TYPE (OkrReviewItem, okr_review_item, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
okr_review_item_dispose (GObject *object)
{
  OkrReviewItem *self = OKR_REVIEW_ITEM (object);

  g_clear_object (&self->entity);
  g_clear_object (&self->rollup);
  G_OBJECT_CLASS (okr_review_item_parent_class)->dispose (object);
}

static void
okr_review_item_class_init (OkrReviewItemClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = okr_review_item_dispose;

  /**
   * OkrReviewItem::changed:
   *
   * The line now shows a newer reading of the same unit, objective or KR.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
okr_review_item_init (OkrReviewItem *self)
{
}

OkrReviewItem *
okr_review_item_new (OkrReviewItemKind kind, GObject *entity, OkrRollup *rollup)
{
  OkrReviewItem *self = g_object_new (OKR_TYPE_REVIEW_ITEM, NULL);

  self->kind = kind;
  self->entity = g_object_ref (entity);
  self->rollup = g_object_ref (rollup);
  return self;
}

OkrReviewItemKind
okr_review_item_get_kind (OkrReviewItem *self)
{
  g_return_val_if_fail (OKR_IS_REVIEW_ITEM (self), OKR_REVIEW_ITEM_UNIT);
  return self->kind;
}

gint64
okr_review_item_get_id (OkrReviewItem *self)
{
  g_return_val_if_fail (OKR_IS_REVIEW_ITEM (self), 0);

  switch (self->kind)
    {
    case OKR_REVIEW_ITEM_UNIT:
      return okr_unit_get_id (OKR_UNIT (self->entity));
    case OKR_REVIEW_ITEM_OBJECTIVE:
      return okr_objective_get_id (OKR_OBJECTIVE (self->entity));
    case OKR_REVIEW_ITEM_KEY_RESULT:
    default:
      return okr_key_result_get_id (OKR_KEY_RESULT (self->entity));
    }
}

/* Returns: (transfer none): the unit, objective or KR as last read */
gpointer
okr_review_item_get_entity (OkrReviewItem *self)
{
  g_return_val_if_fail (OKR_IS_REVIEW_ITEM (self), NULL);
  return self->entity;
}

/* Returns: (transfer none) */
OkrRollup *
okr_review_item_get_rollup (OkrReviewItem *self)
{
  g_return_val_if_fail (OKR_IS_REVIEW_ITEM (self), NULL);
  return self->rollup;
}

/* Shows a newer reading of the same thing; the rows bound to the item follow. */
void
okr_review_item_update (OkrReviewItem *self, GObject *entity, OkrRollup *rollup)
{
  g_return_if_fail (OKR_IS_REVIEW_ITEM (self));

  g_set_object (&self->entity, entity);
  g_set_object (&self->rollup, rollup);
  g_signal_emit (self, signals[CHANGED], 0);
}
