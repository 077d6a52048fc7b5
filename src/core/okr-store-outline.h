/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-store-outline.h — changing what exists: edit, reorder and move rows, turn a KR into
 * an initiative, carry objectives into the next cycle. Each call is one undo step. */
#pragma once

#include "okr-store-edits.h"

G_BEGIN_DECLS

typedef struct {
  const char *title;
  const char *description;        /* NULL: "" */
  gint64      owner_id;
  gboolean    aspirational;
  gint64      align_objective_id;  /* at most one of the two */
  gint64      align_kr_id;
} OkrObjectiveSpec;

void     okr_objective_spec_init       (OkrObjectiveSpec *spec);

/* A milestone or an initiative of a key result, as its editor lists them. */
typedef struct {
  gint64  id;
  char   *title;
  gint64  owner_id;   /* initiatives */
  int     state;      /* an initiative's OkrInitiativeState; a milestone's: 1 when done */
} OkrKrChild;

GArray  *okr_store_list_kr_children    (OkrStore *self, OkrEntity entity, gint64 kr_id,
                                        GError **error);

gboolean okr_store_update_person       (OkrStore *self, gint64 id, const char *name,
                                        const char *email, GError **error);
gboolean okr_store_update_unit         (OkrStore *self, gint64 id, const char *name,
                                        OkrUnitKind kind, gint64 lead_id, GError **error);
gboolean okr_store_move_unit           (OkrStore *self, gint64 id, gint64 parent_id,
                                        guint *n_unaligned, GError **error);
gboolean okr_store_update_cycle        (OkrStore *self, gint64 id, const char *name,
                                        OkrDate start, OkrDate end, gint64 parent_id,
                                        GError **error);
gint64   okr_store_create_objective    (OkrStore *self, gint64 cycle_id, gint64 unit_id,
                                        const OkrObjectiveSpec *spec, GError **error);
gboolean okr_store_update_objective    (OkrStore *self, gint64 id, const OkrObjectiveSpec *spec,
                                        GError **error);
gboolean okr_store_update_key_result   (OkrStore *self, gint64 id, const char *title,
                                        const OkrKrSpec *spec, GError **error);
gboolean okr_store_set_milestones      (OkrStore *self, gint64 kr_id, const gint64 *ids,
                                        const char *const *titles, guint n, GError **error);
gboolean okr_store_update_initiative   (OkrStore *self, gint64 id, const char *title,
                                        gint64 owner_id, OkrInitiativeState state,
                                        GError **error);

gboolean okr_store_reorder             (OkrStore *self, OkrEntity entity, gint64 id,
                                        guint index, GError **error);
gboolean okr_store_move_by             (OkrStore *self, OkrEntity entity, gint64 id, int delta,
                                        GError **error);
GArray  *okr_store_list_siblings       (OkrStore *self, OkrEntity entity, gint64 id,
                                        GError **error);

gint64   okr_store_key_result_to_initiative (OkrStore *self, gint64 kr_id, gint64 under_kr_id,
                                             GError **error);
gboolean okr_store_equalize_weights    (OkrStore *self, gint64 objective_id, GError **error);

gint64   okr_store_find_previous_cycle (OkrStore *self, gint64 cycle_id);
GArray  *okr_store_carry_forward       (OkrStore *self, const gint64 *objective_ids, guint n,
                                        gint64 to_cycle, GError **error);

G_END_DECLS
