/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "okr-store-outline.h"
#include "okr-store-private.h"
#include "okr-store-read.h"

void
okr_objective_spec_init (OkrObjectiveSpec *spec)
{
  *spec = (OkrObjectiveSpec) { .title = NULL };
}

/* Ends the group begun by the caller: commits it when every step went well, else takes
 * all of it back (the caller's @error already says why). */
static gboolean
finish (OkrStore *self, gboolean ok, GError **error)
{
  if (!ok)
    {
      okr_store_abort_edit (self);
      return FALSE;
    }
  return okr_store_end_edit (self, error);
}

/* The ids a query returns, in order. */
static GArray *
query_ids (OkrStore *self, const char *sql, gint64 arg, GError **error)
{
  OkrDb *db = _okr_store_get_db (self);
  sqlite3_stmt *stmt = okr_db_prepare (db, sql, error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, arg);
  while (okr_db_step (db, stmt, &has_row, error) && has_row)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (error != NULL && *error != NULL)
    return NULL;
  sqlite3_reset (stmt);
  return g_steal_pointer (&ids);
}

static gint64
query_one (OkrStore *self, const char *sql, gint64 arg)
{
  g_autoptr(GArray) ids = query_ids (self, sql, arg, NULL);
  return ids != NULL && ids->len > 0 ? g_array_index (ids, gint64, 0) : 0;
}

static void
set_real_or_null (OkrChanges *c, const char *field, double value)
{
  if (isnan (value))
    okr_changes_set_null (c, field);
  else
    okr_changes_set_real (c, field, value);
}

static void
kr_child_clear (gpointer data)
{
  g_free (((OkrKrChild *) data)->title);
}

/**
 * okr_store_list_kr_children:
 * @entity: %OKR_ENTITY_MILESTONE or %OKR_ENTITY_INITIATIVE
 *
 * Returns: (transfer full) (element-type OkrKrChild): the KR's live milestones or
 *   initiatives, in their order
 */
GArray *
okr_store_list_kr_children (OkrStore *self, OkrEntity entity, gint64 kr_id, GError **error)
{
  OkrDb *db = _okr_store_get_db (self);
  const char *sql = entity == OKR_ENTITY_MILESTONE
    ? "SELECT id, title, NULL, done FROM milestones WHERE kr_id = ? AND deleted = 0 "
      "ORDER BY position, id"
    : "SELECT id, title, owner_id, state FROM initiatives WHERE kr_id = ? AND deleted = 0 "
      "ORDER BY position, id";
  sqlite3_stmt *stmt;
  g_autoptr(GArray) children = g_array_new (FALSE, TRUE, sizeof (OkrKrChild));
  gboolean has_row;

  g_return_val_if_fail (entity == OKR_ENTITY_MILESTONE || entity == OKR_ENTITY_INITIATIVE, NULL);
  g_array_set_clear_func (children, kr_child_clear);
  stmt = okr_db_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, kr_id);
  while (okr_db_step (db, stmt, &has_row, error) && has_row)
    {
      OkrKrChild child = {
        .id = sqlite3_column_int64 (stmt, 0),
        .title = g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
        .owner_id = sqlite3_column_int64 (stmt, 2),
      };
      OkrInitiativeState state = OKR_INITIATIVE_TODO;

      if (entity == OKR_ENTITY_MILESTONE)
        child.state = sqlite3_column_int (stmt, 3);
      else if (okr_initiative_state_from_string ((const char *) sqlite3_column_text (stmt, 3),
                                                 &state))
        child.state = state;
      g_array_append_val (children, child);
    }
  if (error != NULL && *error != NULL)
    return NULL;
  sqlite3_reset (stmt);
  return g_steal_pointer (&children);
}

/* ───────────────────────── fields ───────────────────────── */

gboolean
okr_store_update_person (OkrStore *self, gint64 id, const char *name, const char *email,
                         GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_PERSON);

  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);
  okr_changes_set_text (c, "name", name);
  if (email != NULL && *email != '\0')
    okr_changes_set_text (c, "email", email);
  else
    okr_changes_set_null (c, "email");
  return okr_store_update (self, id, c, error);
}

gboolean
okr_store_update_unit (OkrStore *self, gint64 id, const char *name, OkrUnitKind kind,
                       gint64 lead_id, GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_UNIT);

  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);
  okr_changes_set_text (c, "name", name);
  okr_changes_set_text (c, "kind", okr_unit_kind_to_string (kind));
  okr_changes_set_ref (c, "lead_id", lead_id);
  return okr_store_update (self, id, c, error);
}

/* Objectives of open cycles whose alignment a move would break: those of the moved unit's
 * subtree aligned to a unit that would no longer be above them (?1 the unit, ?2 its new
 * parent), computed on the tree as it would be. */
static const char broken_by_unit_move_sql[] =
  "WITH RECURSIVE "
  "tree (id, parent_id) AS (SELECT id, CASE WHEN id = ?1 THEN ?2 ELSE parent_id END "
  "  FROM units WHERE deleted = 0), "
  "sub (id) AS (SELECT ?1 UNION SELECT t.id FROM tree t JOIN sub ON t.parent_id = sub.id), "
  "anc (unit, ancestor) AS (SELECT id, parent_id FROM tree WHERE id IN sub "
  "  UNION SELECT anc.unit, t.parent_id FROM anc JOIN tree t ON t.id = anc.ancestor "
  "  WHERE t.parent_id IS NOT NULL) "
  "SELECT o.id FROM objectives o "
  "JOIN cycles c ON c.id = o.cycle_id AND c.state != 'closed' "
  "JOIN objectives p ON p.id = coalesce (o.align_objective_id, "
  "  (SELECT k.objective_id FROM key_results k WHERE k.id = o.align_kr_id)) "
  "WHERE o.deleted = 0 AND o.unit_id IN sub AND NOT EXISTS "
  "  (SELECT 1 FROM anc WHERE anc.unit = o.unit_id AND anc.ancestor = p.unit_id) "
  "ORDER BY o.id";

/* The same for a cycle put inside another (?1 the cycle, ?2 its new enclosing cycle): the
 * objectives of the cycle and of the cycles inside it, aligned to a cycle that would no
 * longer be the same or enclosing. */
static const char broken_by_cycle_move_sql[] =
  "WITH RECURSIVE "
  "tree (id, parent_id) AS (SELECT id, CASE WHEN id = ?1 THEN ?2 ELSE parent_id END "
  "  FROM cycles WHERE deleted = 0), "
  "sub (id) AS (SELECT ?1 UNION SELECT t.id FROM tree t JOIN sub ON t.parent_id = sub.id), "
  "outer_ (cycle, outer_id) AS (SELECT id, id FROM tree WHERE id IN sub "
  "  UNION SELECT outer_.cycle, t.parent_id FROM outer_ JOIN tree t ON t.id = outer_.outer_id "
  "  WHERE t.parent_id IS NOT NULL) "
  "SELECT o.id FROM objectives o "
  "JOIN cycles c ON c.id = o.cycle_id AND c.state != 'closed' "
  "JOIN objectives p ON p.id = coalesce (o.align_objective_id, "
  "  (SELECT k.objective_id FROM key_results k WHERE k.id = o.align_kr_id)) "
  "WHERE o.deleted = 0 AND o.cycle_id IN sub AND NOT EXISTS "
  "  (SELECT 1 FROM outer_ WHERE outer_.cycle = o.cycle_id AND outer_.outer_id = p.cycle_id) "
  "ORDER BY o.id";

/* Unaligns the objectives @sql finds for moving @id under @parent_id. Done before the move
 * itself, so that undo (which replays backwards) puts the row back in place before it
 * restores the alignments that depend on it. */
static gboolean
unalign_broken (OkrStore *self, const char *sql, gint64 id, gint64 parent_id, guint *n_unaligned,
                GError **error)
{
  OkrDb *db = _okr_store_get_db (self);
  sqlite3_stmt *stmt = okr_db_prepare (db, sql, error);
  g_autoptr(GArray) broken = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (parent_id != 0)
    sqlite3_bind_int64 (stmt, 2, parent_id);
  else
    sqlite3_bind_null (stmt, 2);
  while (okr_db_step (db, stmt, &has_row, error) && has_row)
    {
      gint64 o = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (broken, o);
    }
  if (error != NULL && *error != NULL)
    return FALSE;
  sqlite3_reset (stmt);

  for (guint i = 0; i < broken->len; i++)
    {
      g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_OBJECTIVE);
      okr_changes_set_null (c, "align_objective_id");
      okr_changes_set_null (c, "align_kr_id");
      if (!okr_store_update (self, g_array_index (broken, gint64, i), c, error))
        return FALSE;
    }
  if (n_unaligned != NULL)
    *n_unaligned = broken->len;
  return TRUE;
}

/**
 * okr_store_move_unit:
 * @n_unaligned: (out) (optional): how many objectives lost their alignment
 *
 * Moves a unit (with its teams) under another parent, at the end of its new siblings. Its
 * objectives aligned to a unit that is no longer above them lose that alignment (in open
 * cycles; closed ones keep their history). The store refuses a move under the unit itself
 * or one of its own teams. One undo step.
 */
gboolean
okr_store_move_unit (OkrStore *self, gint64 id, gint64 parent_id, guint *n_unaligned,
                     GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_UNIT);

  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);
  if (n_unaligned != NULL)
    *n_unaligned = 0;
  if (query_one (self, "SELECT parent_id FROM units WHERE id = ?", id) == parent_id)
    return TRUE;

  okr_changes_set_ref (c, "parent_id", parent_id);
  okr_changes_set_real (c, "position",
                        query_one (self, "SELECT CAST (coalesce (max (position), 0) AS INTEGER) + 1 "
                                         "FROM units WHERE parent_id = ? AND deleted = 0",
                                   parent_id));
  okr_store_begin_edit (self, _("Move unit"));
  return finish (self,
                 unalign_broken (self, broken_by_unit_move_sql, id, parent_id, n_unaligned,
                                 error) &&
                 okr_store_update (self, id, c, error), error);
}

/**
 * okr_store_update_cycle:
 * @parent_id: the cycle it sits in (a quarter's year), or 0
 *
 * When the cycle moves into another (or out of one), objectives that aligned across a
 * link that is gone lose that alignment, as with okr_store_move_unit().
 */
gboolean
okr_store_update_cycle (OkrStore *self, gint64 id, const char *name, OkrDate start, OkrDate end,
                        gint64 parent_id, GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_CYCLE);
  gboolean moved;

  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);
  moved = query_one (self, "SELECT parent_id FROM cycles WHERE id = ?", id) != parent_id;
  okr_changes_set_text (c, "name", name);
  okr_changes_set_date (c, "start_date", start);
  okr_changes_set_date (c, "end_date", end);
  okr_changes_set_ref (c, "parent_id", parent_id);
  okr_store_begin_edit (self, _("Edit cycle"));
  return finish (self,
                 (!moved || unalign_broken (self, broken_by_cycle_move_sql, id, parent_id, NULL,
                                            error)) &&
                 okr_store_update (self, id, c, error), error);
}

static void
objective_changes (OkrChanges *c, const OkrObjectiveSpec *spec)
{
  okr_changes_set_text (c, "title", spec->title);
  okr_changes_set_text (c, "description", spec->description != NULL ? spec->description : "");
  okr_changes_set_ref (c, "owner_id", spec->owner_id);
  okr_changes_set_bool (c, "aspirational", spec->aspirational);
  okr_changes_set_ref (c, "align_objective_id", spec->align_objective_id);
  okr_changes_set_ref (c, "align_kr_id", spec->align_kr_id);
}

/* A new objective with everything an editor asks for, as one undo step. */
gint64
okr_store_create_objective (OkrStore *self, gint64 cycle_id, gint64 unit_id,
                            const OkrObjectiveSpec *spec, GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_OBJECTIVE);
  gint64 id;

  g_return_val_if_fail (OKR_IS_STORE (self), 0);
  okr_store_begin_edit (self, _("Add objective"));
  id = okr_store_add_objective (self, cycle_id, unit_id, spec->title, spec->owner_id,
                                spec->aspirational, spec->align_objective_id, spec->align_kr_id,
                                error);
  if (id != 0 && spec->description != NULL && *spec->description != '\0')
    {
      okr_changes_set_text (c, "description", spec->description);
      if (!okr_store_update (self, id, c, error))
        id = 0;
    }
  if (!finish (self, id != 0, error))
    return 0;
  return id;
}

gboolean
okr_store_update_objective (OkrStore *self, gint64 id, const OkrObjectiveSpec *spec,
                            GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_OBJECTIVE);

  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);
  objective_changes (c, spec);
  return okr_store_update (self, id, c, error);
}

static guint
count_milestones (OkrStore *self, gint64 kr_id)
{
  g_autoptr(GArray) ids = query_ids (self, "SELECT id FROM milestones WHERE kr_id = ? "
                                           "AND deleted = 0", kr_id, NULL);
  return ids != NULL ? ids->len : 0;
}

/**
 * okr_store_update_key_result:
 * @spec: every field of the KR; its milestones are left alone (okr_store_set_milestones())
 *
 * Kinds whose progress is not a distance fix their own scale, as when the KR was added:
 * done or not is 0 → 1, milestones 0 → how many there are, rolled up 0 → 100.
 */
gboolean
okr_store_update_key_result (OkrStore *self, gint64 id, const char *title, const OkrKrSpec *spec,
                             GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_KEY_RESULT);
  double baseline = spec->baseline, target = spec->target;

  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);
  switch (spec->kind)
    {
    case OKR_KR_BOOLEAN:
      baseline = 0, target = 1;
      break;
    case OKR_KR_ROLLUP:
      baseline = 0, target = 100;
      break;
    case OKR_KR_MILESTONE:
      baseline = 0, target = count_milestones (self, id);
      break;
    default:
      break;
    }
  okr_changes_set_text (c, "title", title);
  okr_changes_set_text (c, "kind", okr_kr_kind_to_string (spec->kind));
  okr_changes_set_real (c, "baseline", baseline);
  set_real_or_null (c, "target", target);
  okr_changes_set_text (c, "unit_label", spec->unit_label != NULL ? spec->unit_label : "");
  okr_changes_set_text (c, "direction", okr_direction_to_string (spec->direction));
  okr_changes_set_real (c, "weight", spec->weight);
  okr_changes_set_ref (c, "owner_id", spec->owner_id);
  return okr_store_update (self, id, c, error);
}

/**
 * okr_store_set_milestones:
 * @ids: for each milestone in its new order, its id, or 0 for a new one
 * @titles: the titles, in the same order
 *
 * Makes the KR's milestones exactly these: kept ones are renamed and reordered (and keep
 * whether they are done), new ones added, the others deleted. A milestone KR's target
 * follows the number of milestones.
 */
gboolean
okr_store_set_milestones (OkrStore *self, gint64 kr_id, const gint64 *ids,
                          const char *const *titles, guint n, GError **error)
{
  g_autoptr(GArray) existing = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);
  existing = query_ids (self, "SELECT id FROM milestones WHERE kr_id = ? AND deleted = 0",
                        kr_id, error);
  if (existing == NULL)
    return FALSE;

  okr_store_begin_edit (self, _("Edit milestones"));
  for (guint i = 0; ok && i < existing->len; i++)
    {
      gint64 id = g_array_index (existing, gint64, i);
      gboolean kept = FALSE;

      for (guint j = 0; j < n && !kept; j++)
        kept = ids[j] == id;
      if (!kept)
        ok = okr_store_delete (self, OKR_ENTITY_MILESTONE, id, error);
    }
  for (guint i = 0; ok && i < n; i++)
    {
      g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_MILESTONE);

      okr_changes_set_text (c, "title", titles[i]);
      okr_changes_set_real (c, "position", i + 1);
      if (ids[i] != 0)
        ok = okr_store_update (self, ids[i], c, error);
      else
        {
          okr_changes_set_ref (c, "kr_id", kr_id);
          ok = okr_store_insert (self, c, error) != 0;
        }
    }
  if (ok &&
      query_one (self, "SELECT id FROM key_results WHERE id = ? AND kind = 'milestone'", kr_id))
    {
      g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_KEY_RESULT);
      okr_changes_set_real (c, "target", n);
      ok = okr_store_update (self, kr_id, c, error);
    }
  return finish (self, ok, error);
}

gboolean
okr_store_update_initiative (OkrStore *self, gint64 id, const char *title, gint64 owner_id,
                             OkrInitiativeState state, GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_INITIATIVE);

  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);
  okr_changes_set_text (c, "title", title);
  okr_changes_set_ref (c, "owner_id", owner_id);
  okr_changes_set_text (c, "state", okr_initiative_state_to_string (state));
  return okr_store_update (self, id, c, error);
}

/* ───────────────────────── order ───────────────────────── */

typedef struct {
  const char *siblings;  /* ?1: a row; its siblings (itself included) in their order */
  const char *label;
} Order;

static const Order *
order_for (OkrEntity entity)
{
  static const Order orders[OKR_ENTITY_N] = {
    [OKR_ENTITY_UNIT] = {
      "SELECT id FROM units WHERE parent_id IS (SELECT parent_id FROM units WHERE id = ?1) "
      "AND deleted = 0 ORDER BY position, id", N_("Move unit") },
    [OKR_ENTITY_OBJECTIVE] = {
      "SELECT o.id FROM objectives o, objectives me WHERE me.id = ?1 "
      "AND o.unit_id = me.unit_id AND o.cycle_id = me.cycle_id AND o.deleted = 0 "
      "ORDER BY o.position, o.id", N_("Move objective") },
    [OKR_ENTITY_KEY_RESULT] = {
      "SELECT id FROM key_results WHERE objective_id = "
      "(SELECT objective_id FROM key_results WHERE id = ?1) AND deleted = 0 "
      "ORDER BY position, id", N_("Move key result") },
    [OKR_ENTITY_MILESTONE] = {
      "SELECT id FROM milestones WHERE kr_id = (SELECT kr_id FROM milestones WHERE id = ?1) "
      "AND deleted = 0 ORDER BY position, id", N_("Move milestone") },
    [OKR_ENTITY_INITIATIVE] = {
      "SELECT id FROM initiatives WHERE kr_id = (SELECT kr_id FROM initiatives WHERE id = ?1) "
      "AND deleted = 0 ORDER BY position, id", N_("Move initiative") },
    [OKR_ENTITY_KPI] = {
      "SELECT id FROM kpis WHERE unit_id = (SELECT unit_id FROM kpis WHERE id = ?1) "
      "AND deleted = 0 ORDER BY position, id", N_("Move KPI") },
  };

  return entity < OKR_ENTITY_N && orders[entity].siblings != NULL ? &orders[entity] : NULL;
}

/**
 * okr_store_list_siblings:
 *
 * Returns: (transfer full): the ids of @id's siblings (itself included) in their order —
 * the units under the same parent, the objectives of the same unit and cycle, the KRs of
 * the same objective, the milestones or initiatives of the same KR.
 */
GArray *
okr_store_list_siblings (OkrStore *self, OkrEntity entity, gint64 id, GError **error)
{
  const Order *order = order_for (entity);

  g_return_val_if_fail (OKR_IS_STORE (self), NULL);
  g_return_val_if_fail (order != NULL, NULL);
  return query_ids (self, order->siblings, id, error);
}

/**
 * okr_store_reorder:
 * @index: where @id goes among its siblings, from 0 (clamped to the last place)
 *
 * Numbers the siblings 1, 2, 3… in their new order; only the rows whose place changed
 * are written.
 */
gboolean
okr_store_reorder (OkrStore *self, OkrEntity entity, gint64 id, guint index, GError **error)
{
  const Order *order = order_for (entity);
  g_autoptr(GArray) ids = NULL;
  guint from = G_MAXUINT;
  gboolean ok = TRUE;

  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);
  g_return_val_if_fail (order != NULL, FALSE);

  ids = query_ids (self, order->siblings, id, error);
  if (ids == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      from = i;
  if (from == G_MAXUINT)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND,
                           _("That item no longer exists."));
      return FALSE;
    }
  index = MIN (index, ids->len - 1);
  g_array_remove_index (ids, from);
  g_array_insert_val (ids, index, id);

  okr_store_begin_edit (self, _(order->label));
  for (guint i = 0; ok && i < ids->len; i++)
    {
      g_autoptr(OkrChanges) c = okr_changes_new (entity);
      okr_changes_set_real (c, "position", i + 1);
      ok = okr_store_update (self, g_array_index (ids, gint64, i), c, error);
    }
  return finish (self, ok, error);
}

/* One place up (@delta < 0) or down; nothing happens at either end. */
gboolean
okr_store_move_by (OkrStore *self, OkrEntity entity, gint64 id, int delta, GError **error)
{
  g_autoptr(GArray) ids = okr_store_list_siblings (self, entity, id, error);
  gint64 index = -1;

  if (ids == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      index = i;
  if (index < 0 || index + delta < 0 || index + delta >= (gint64) ids->len)
    return TRUE;
  return okr_store_reorder (self, entity, id, (guint) (index + delta), error);
}

/* ───────────────────────── reshaping ───────────────────────── */

/**
 * okr_store_key_result_to_initiative:
 * @under_kr_id: the KR the initiative will drive
 *
 * A KR that reads like a task ("Launch the new app") is work that serves a result, not a
 * result: it becomes an initiative of @under_kr_id, with its title and owner, and takes
 * its own initiatives along; the KR is then deleted. One undo step.
 *
 * Returns: the new initiative's id, or 0
 */
gint64
okr_store_key_result_to_initiative (OkrStore *self, gint64 kr_id, gint64 under_kr_id,
                                    GError **error)
{
  const OkrTableInfo *info = okr_schema_get_table (OKR_ENTITY_KEY_RESULT);
  g_autofree OkrValue *row = g_new0 (OkrValue, info->n_fields);
  g_autoptr(GArray) initiatives = NULL;
  g_autofree char *title = NULL;
  gint64 owner = 0, id = 0, first_position;
  guint f_title, f_owner;

  g_return_val_if_fail (OKR_IS_STORE (self), 0);

  if (kr_id == under_kr_id)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                           _("Choose another key result for the initiative to serve."));
      return 0;
    }
  if (!okr_store_get_row (self, OKR_ENTITY_KEY_RESULT, kr_id, row, error))
    return 0;
  okr_schema_find_field (info, "title", &f_title);
  okr_schema_find_field (info, "owner_id", &f_owner);
  title = g_strdup (row[f_title].s);
  owner = row[f_owner].type == OKR_VALUE_INT ? row[f_owner].i : 0;
  okr_store_clear_row (OKR_ENTITY_KEY_RESULT, row);

  initiatives = query_ids (self, "SELECT id FROM initiatives WHERE kr_id = ? AND deleted = 0 "
                                 "ORDER BY position, id", kr_id, error);
  if (initiatives == NULL)
    return 0;

  okr_store_begin_edit (self, _("Turn key result into initiative"));
  id = okr_store_add_initiative (self, under_kr_id, title, owner, error);
  first_position = query_one (self, "SELECT CAST (position AS INTEGER) FROM initiatives "
                                    "WHERE id = ?", id);
  for (guint i = 0; id != 0 && i < initiatives->len; i++)
    {
      g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_INITIATIVE);
      /* After the new initiative, in their old order. */
      okr_changes_set_ref (c, "kr_id", under_kr_id);
      okr_changes_set_real (c, "position", first_position + 1 + i);
      if (!okr_store_update (self, g_array_index (initiatives, gint64, i), c, error))
        id = 0;
    }
  if (id != 0 && !okr_store_delete (self, OKR_ENTITY_KEY_RESULT, kr_id, error))
    id = 0;
  if (!finish (self, id != 0, error))
    return 0;
  return id;
}

/* Every KR of the objective weighs 1: the fix for weights that add up to nothing. */
gboolean
okr_store_equalize_weights (OkrStore *self, gint64 objective_id, GError **error)
{
  g_autoptr(GArray) krs = query_ids (self, "SELECT id FROM key_results WHERE objective_id = ? "
                                           "AND deleted = 0", objective_id, error);
  gboolean ok = TRUE;

  if (krs == NULL)
    return FALSE;
  okr_store_begin_edit (self, _("Weigh key results equally"));
  for (guint i = 0; ok && i < krs->len; i++)
    {
      g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_KEY_RESULT);
      okr_changes_set_real (c, "weight", 1);
      ok = okr_store_update (self, g_array_index (krs, gint64, i), c, error);
    }
  return finish (self, ok, error);
}

/* ───────────────────────── carrying forward ───────────────────────── */

/**
 * okr_store_find_previous_cycle:
 *
 * The cycle just before @cycle_id of about the same length (the quarter before a quarter,
 * the year before a year): the latest to end on or before @cycle_id starts.
 *
 * Returns: its id, or 0
 */
gint64
okr_store_find_previous_cycle (OkrStore *self, gint64 cycle_id)
{
  g_autoptr(GPtrArray) cycles = okr_store_list_cycles (self, NULL);
  OkrCycle *current = NULL, *best = NULL;

  for (guint i = 0; cycles != NULL && i < cycles->len; i++)
    if (okr_cycle_get_id (g_ptr_array_index (cycles, i)) == cycle_id)
      current = g_ptr_array_index (cycles, i);
  if (current == NULL)
    return 0;

  OkrDate start = okr_cycle_get_start (current);
  int length = okr_cycle_get_end (current) - start;

  for (guint i = 0; i < cycles->len; i++)
    {
      OkrCycle *c = g_ptr_array_index (cycles, i);
      int other = okr_cycle_get_end (c) - okr_cycle_get_start (c);

      if (c == current || okr_cycle_get_end (c) > start || abs (other - length) * 2 > length)
        continue;
      if (best == NULL || okr_cycle_get_end (c) > okr_cycle_get_end (best))
        best = c;
    }
  return best != NULL ? okr_cycle_get_id (best) : 0;
}

typedef struct {
  gint64 old_id;
  gint64 new_id;
} Mapping;

static gint64
mapped (GArray *map, gint64 old_id)
{
  for (guint i = 0; i < map->len; i++)
    if (g_array_index (map, Mapping, i).old_id == old_id)
      return g_array_index (map, Mapping, i).new_id;
  return 0;
}

static const char copy_objective_sql[] =
  "SELECT unit_id, title, description, owner_id, aspirational FROM objectives "
  "WHERE id = ? AND deleted = 0";

static const char copy_krs_sql[] =
  "SELECT id, title, kind, coalesce (cur_value, baseline), target, unit_label, direction, "
  "weight, owner_id FROM key_results WHERE objective_id = ? AND deleted = 0 "
  "ORDER BY position, id";

static gboolean
copy_milestones (OkrStore *self, gint64 from_kr, gint64 to_kr, GError **error)
{
  OkrDb *db = _okr_store_get_db (self);
  sqlite3_stmt *stmt = okr_db_prepare (db, "SELECT title FROM milestones WHERE kr_id = ? "
                                           "AND deleted = 0 ORDER BY position, id", error);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autofree gint64 *none = NULL;
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, from_kr);
  while (okr_db_step (db, stmt, &has_row, error) && has_row)
    g_ptr_array_add (titles, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  if (error != NULL && *error != NULL)
    return FALSE;
  sqlite3_reset (stmt);
  if (titles->len == 0)
    return TRUE;
  none = g_new0 (gint64, titles->len);
  g_ptr_array_add (titles, NULL);
  return okr_store_set_milestones (self, to_kr, none, (const char *const *) titles->pdata,
                                   titles->len - 1, error);
}

/* The KRs of @from, into @to: the new baseline is where the old KR got to. */
static gboolean
copy_key_results (OkrStore *self, gint64 from, gint64 to, GArray *kr_map, GError **error)
{
  OkrDb *db = _okr_store_get_db (self);
  sqlite3_stmt *stmt = okr_db_prepare (db, copy_krs_sql, error);
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (OkrKrSpec));
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) old_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, from);
  /* Read everything first: adding rows reuses the cached statements. */
  while (okr_db_step (db, stmt, &has_row, error) && has_row)
    {
      OkrKrSpec spec;
      gint64 old_id = sqlite3_column_int64 (stmt, 0);
      char *title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      char *label = g_strdup ((const char *) sqlite3_column_text (stmt, 5));

      okr_kr_spec_init (&spec);
      if (!okr_kr_kind_from_string ((const char *) sqlite3_column_text (stmt, 2), &spec.kind))
        spec.kind = OKR_KR_NUMBER;
      spec.baseline = sqlite3_column_double (stmt, 3);
      spec.target = sqlite3_column_type (stmt, 4) == SQLITE_NULL ? NAN
                                                                  : sqlite3_column_double (stmt, 4);
      spec.unit_label = label;
      if (!okr_direction_from_string ((const char *) sqlite3_column_text (stmt, 6),
                                      &spec.direction))
        spec.direction = OKR_DIRECTION_ABOVE;
      spec.weight = sqlite3_column_double (stmt, 7);
      spec.owner_id = sqlite3_column_int64 (stmt, 8);
      g_ptr_array_add (strings, title);
      g_ptr_array_add (strings, label);
      g_array_append_val (rows, spec);
      g_array_append_val (old_ids, old_id);
    }
  if (error != NULL && *error != NULL)
    return FALSE;
  sqlite3_reset (stmt);

  for (guint i = 0; i < rows->len; i++)
    {
      OkrKrSpec spec = g_array_index (rows, OkrKrSpec, i);
      const char *title = g_ptr_array_index (strings, 2 * i);
      gint64 old_id = g_array_index (old_ids, gint64, i);
      const char *placeholder[] = { "…", NULL };
      Mapping m = { old_id, 0 };

      /* Milestones start again, none done; they are copied once the KR exists. */
      if (spec.kind == OKR_KR_MILESTONE)
        spec.milestones = placeholder;
      m.new_id = okr_store_add_key_result (self, to, title, &spec, error);
      if (m.new_id == 0)
        return FALSE;
      if (spec.kind == OKR_KR_MILESTONE && !copy_milestones (self, old_id, m.new_id, error))
        return FALSE;
      g_array_append_val (kr_map, m);
    }
  return TRUE;
}

/* Whether @cycle is @inner or encloses it (the year of a quarter). */
static gboolean
cycle_encloses (OkrStore *self, gint64 cycle, gint64 inner)
{
  for (guint guard = 0; inner != 0 && guard < 100; guard++)
    {
      if (inner == cycle)
        return TRUE;
      inner = query_one (self, "SELECT parent_id FROM cycles WHERE id = ?", inner);
    }
  return FALSE;
}

/* The copy aligns where the original did when that still makes sense: to the copy of its
 * parent when the parent came along, or to the same parent when it belongs to a cycle
 * that encloses the new one (the year's objectives); otherwise it is not aligned. */
static gint64
carried_alignment (OkrStore *self, gint64 parent, gint64 parent_cycle_sql_arg, GArray *map,
                   gint64 to_cycle)
{
  gint64 copy = mapped (map, parent);

  if (copy != 0)
    return copy;
  if (parent != 0 && cycle_encloses (self, parent_cycle_sql_arg, to_cycle))
    return parent;
  return 0;
}

/**
 * okr_store_carry_forward:
 * @objective_ids: objectives of an earlier cycle
 *
 * Copies the objectives into @to_cycle, in the same units, with their KRs; each KR starts
 * from where the old one got to (its current value becomes the baseline) and keeps its
 * target; milestones start again. One undo step.
 *
 * Returns: (transfer full): the new objectives' ids, in the same order, or %NULL
 */
GArray *
okr_store_carry_forward (OkrStore *self, const gint64 *objective_ids, guint n, gint64 to_cycle,
                         GError **error)
{
  OkrDb *db = _okr_store_get_db (self);
  g_autoptr(GArray) objective_map = g_array_new (FALSE, FALSE, sizeof (Mapping));
  g_autoptr(GArray) kr_map = g_array_new (FALSE, FALSE, sizeof (Mapping));
  g_autoptr(GArray) result = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean ok = TRUE;

  g_return_val_if_fail (OKR_IS_STORE (self), NULL);

  okr_store_begin_edit (self, ngettext ("Copy objective from last cycle",
                                        "Copy objectives from last cycle", n));
  for (guint i = 0; ok && i < n; i++)
    {
      sqlite3_stmt *stmt = okr_db_prepare (db, copy_objective_sql, error);
      OkrObjectiveSpec spec;
      g_autofree char *title = NULL, *description = NULL;
      gint64 unit = 0;
      gboolean has_row = FALSE;
      Mapping m = { objective_ids[i], 0 };

      if (stmt == NULL || (sqlite3_bind_int64 (stmt, 1, objective_ids[i]),
                           !okr_db_step (db, stmt, &has_row, error)))
        {
          ok = FALSE;
          break;
        }
      if (!has_row)
        {
          g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND,
                               _("That item no longer exists."));
          ok = FALSE;
          break;
        }
      okr_objective_spec_init (&spec);
      unit = sqlite3_column_int64 (stmt, 0);
      title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      description = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      spec.owner_id = sqlite3_column_int64 (stmt, 3);
      spec.aspirational = sqlite3_column_int (stmt, 4) != 0;
      sqlite3_reset (stmt);
      spec.title = title;
      spec.description = description;

      m.new_id = okr_store_create_objective (self, to_cycle, unit, &spec, error);
      ok = m.new_id != 0 && copy_key_results (self, objective_ids[i], m.new_id, kr_map, error);
      g_array_append_val (objective_map, m);
      g_array_append_val (result, m.new_id);
    }

  /* Alignments last: a parent may be copied after its child. */
  for (guint i = 0; ok && i < n; i++)
    {
      gint64 old_id = objective_ids[i];
      gint64 to_objective = query_one (self, "SELECT align_objective_id FROM objectives "
                                             "WHERE id = ?", old_id);
      gint64 to_kr = query_one (self, "SELECT align_kr_id FROM objectives WHERE id = ?", old_id);
      g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_OBJECTIVE);

      if (to_objective == 0 && to_kr == 0)
        continue;
      if (to_objective != 0)
        to_objective = carried_alignment (self, to_objective,
                                          query_one (self, "SELECT cycle_id FROM objectives "
                                                           "WHERE id = ?", to_objective),
                                          objective_map, to_cycle);
      else
        to_kr = carried_alignment (self, to_kr,
                                   query_one (self, "SELECT o.cycle_id FROM key_results k "
                                                    "JOIN objectives o ON o.id = k.objective_id "
                                                    "WHERE k.id = ?", to_kr),
                                   kr_map, to_cycle);
      okr_changes_set_ref (c, "align_objective_id", to_objective);
      okr_changes_set_ref (c, "align_kr_id", to_kr);
      ok = okr_store_update (self, g_array_index (result, gint64, i), c, error);
    }

  if (!finish (self, ok, error))
    return NULL;
  return g_steal_pointer (&result);
}
