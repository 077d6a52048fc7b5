/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "okr-store-private.h"
#include "okr-store-read.h"

static OkrDate
read_date (sqlite3_stmt *stmt, int col)
{
  OkrDate d = OKR_DATE_NONE;
  okr_date_parse_iso ((const char *) sqlite3_column_text (stmt, col), &d);
  return d;
}

/* Runs a query and turns each row into an object with @make. */
static GPtrArray *
collect (OkrStore *self, const char *sql, gint64 arg, GObject *(*make) (sqlite3_stmt *),
         GError **error)
{
  OkrDb *db = _okr_store_get_db (self);
  sqlite3_stmt *stmt = okr_db_prepare (db, sql, error);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  if (arg != 0)
    sqlite3_bind_int64 (stmt, 1, arg);
  while (okr_db_step (db, stmt, &has_row, error) && has_row)
    g_ptr_array_add (items, make (stmt));
  if (error != NULL && *error != NULL)
    return NULL;
  sqlite3_reset (stmt);
  return g_steal_pointer (&items);
}

static GObject *
make_person (sqlite3_stmt *stmt)
{
  OkrPerson *p = _okr_person_new ();

  p->id = sqlite3_column_int64 (stmt, 0);
  read_uuid (stmt, 1, &p->uuid);
  p->name = dup_text (stmt, 2);
  p->email = dup_text (stmt, 3);
  return G_OBJECT (p);
}

GPtrArray *
okr_store_list_people (OkrStore *self, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (self), NULL);
  return collect (self, "SELECT id, uuid, name, email FROM people WHERE deleted = 0 "
                        "ORDER BY name COLLATE NOCASE, id", 0, make_person, error);
}

static GObject *
make_unit (sqlite3_stmt *stmt)
{
  OkrUnit *u = _okr_unit_new ();

  u->id = sqlite3_column_int64 (stmt, 0);
  read_uuid (stmt, 1, &u->uuid);
  u->parent_id = sqlite3_column_int64 (stmt, 2);
  u->name = dup_text (stmt, 3);
  if (!okr_unit_kind_from_string ((const char *) sqlite3_column_text (stmt, 4), &u->kind))
    u->kind = OKR_UNIT_TEAM;
  u->lead_id = sqlite3_column_int64 (stmt, 5);
  u->position = sqlite3_column_double (stmt, 6);
  return G_OBJECT (u);
}

/* Live units, parents before children and siblings in their order (depth-first). A unit
 * whose parent is gone, or that sits in a loop a bad merge could make, is not listed. */
GPtrArray *
okr_store_list_units (OkrStore *self, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (self), NULL);

  g_autoptr(GPtrArray) flat = collect (self, "SELECT id, uuid, parent_id, name, kind, lead_id, "
                                             "position FROM units WHERE deleted = 0 "
                                             "ORDER BY position, id", 0, make_unit, error);
  g_autoptr(GHashTable) children = NULL;
  g_autoptr(GPtrArray) ordered = NULL;
  g_autoptr(GArray) stack = NULL;

  if (flat == NULL)
    return NULL;

  children = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                    (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < flat->len; i++)
    {
      OkrUnit *u = g_ptr_array_index (flat, i);
      GPtrArray *list = g_hash_table_lookup (children, &u->parent_id);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (children, &u->parent_id, list);
        }
      g_ptr_array_add (list, u);
    }

  ordered = g_ptr_array_new_with_free_func (g_object_unref);
  stack = g_array_new (FALSE, FALSE, sizeof (OkrUnit *));
  {
    gint64 root = 0;
    GPtrArray *roots = g_hash_table_lookup (children, &root);
    for (guint i = roots != NULL ? roots->len : 0; i > 0; i--)
      {
        OkrUnit *u = g_ptr_array_index (roots, i - 1);
        u->depth = 0;
        g_array_append_val (stack, u);
      }
  }
  while (stack->len > 0 && ordered->len <= flat->len)
    {
      OkrUnit *u = g_array_index (stack, OkrUnit *, stack->len - 1);
      GPtrArray *kids = g_hash_table_lookup (children, &u->id);

      g_array_set_size (stack, stack->len - 1);
      g_ptr_array_add (ordered, g_object_ref (u));
      for (guint i = kids != NULL ? kids->len : 0; i > 0; i--)
        {
          OkrUnit *k = g_ptr_array_index (kids, i - 1);
          k->depth = u->depth + 1;
          g_array_append_val (stack, k);
        }
    }
  return g_steal_pointer (&ordered);
}

static GObject *
make_cycle (sqlite3_stmt *stmt)
{
  OkrCycle *c = _okr_cycle_new ();

  c->id = sqlite3_column_int64 (stmt, 0);
  read_uuid (stmt, 1, &c->uuid);
  c->name = dup_text (stmt, 2);
  c->start = read_date (stmt, 3);
  c->end = read_date (stmt, 4);
  c->parent_id = sqlite3_column_int64 (stmt, 5);
  if (!okr_cycle_state_from_string ((const char *) sqlite3_column_text (stmt, 6), &c->state))
    c->state = OKR_CYCLE_PLANNING;
  return G_OBJECT (c);
}

#define CYCLE_COLUMNS "id, uuid, name, start_date, end_date, parent_id, state"

GPtrArray *
okr_store_list_cycles (OkrStore *self, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (self), NULL);
  return collect (self, "SELECT " CYCLE_COLUMNS " FROM cycles WHERE deleted = 0 "
                        "ORDER BY start_date, end_date DESC, id", 0, make_cycle, error);
}

OkrCycle *
okr_store_get_cycle (OkrStore *self, gint64 id, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (self), NULL);

  g_autoptr(GPtrArray) found = collect (self, "SELECT " CYCLE_COLUMNS " FROM cycles "
                                              "WHERE id = ? AND deleted = 0", id, make_cycle,
                                        error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND,
                           _("That cycle does not exist."));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (found, 0));
}

gint64
okr_store_get_root_unit (OkrStore *self)
{
  gint64 id = 0;

  g_return_val_if_fail (OKR_IS_STORE (self), 0);
  okr_db_query_int (_okr_store_get_db (self),
                    "SELECT id FROM units WHERE parent_id IS NULL AND deleted = 0 "
                    "ORDER BY id LIMIT 1", &id, NULL);
  return id;
}

char *
okr_store_dup_company_name (OkrStore *self)
{
  OkrDb *db = _okr_store_get_db (self);
  sqlite3_stmt *stmt = okr_db_prepare (db, "SELECT name FROM units WHERE parent_id IS NULL "
                                           "AND deleted = 0 ORDER BY id LIMIT 1", NULL);
  gboolean has_row = FALSE;
  char *name = NULL;

  if (stmt != NULL && okr_db_step (db, stmt, &has_row, NULL) && has_row)
    name = dup_text (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return name;
}

/* The cycle a leader most likely means today: the shortest active cycle that contains
 * today, else any cycle containing today, else the one that started last before today,
 * else the first one. 0 when there are none. */
gint64
okr_store_find_current_cycle (OkrStore *self, OkrDate today)
{
  g_autoptr(GPtrArray) cycles = okr_store_list_cycles (self, NULL);
  OkrCycle *best = NULL;
  int best_rank = G_MAXINT;

  if (cycles == NULL || cycles->len == 0)
    return 0;

  for (guint i = 0; i < cycles->len; i++)
    {
      OkrCycle *c = g_ptr_array_index (cycles, i);
      gboolean contains = c->start <= today && today <= c->end;
      int length = c->end - c->start;
      int rank;

      if (contains && c->state == OKR_CYCLE_ACTIVE)
        rank = length;
      else if (contains)
        rank = 10000 + length;
      else if (c->start <= today)
        rank = 100000 + (today - c->start);
      else
        rank = 10000000 + (c->start - today);
      if (rank < best_rank)
        {
          best_rank = rank;
          best = c;
        }
    }
  return best->id;
}

static GObject *
make_checkin (sqlite3_stmt *stmt)
{
  OkrCheckin *c = _okr_checkin_new ();

  c->id = sqlite3_column_int64 (stmt, 0);
  read_uuid (stmt, 1, &c->uuid);
  c->kr_id = sqlite3_column_int64 (stmt, 2);
  c->date = read_date (stmt, 3);
  c->value = sqlite3_column_double (stmt, 4);
  c->confidence = sqlite3_column_int (stmt, 5);
  c->note = dup_text (stmt, 6);
  c->went_well = dup_text (stmt, 7);
  c->blocked_by = dup_text (stmt, 8);
  c->next_step = dup_text (stmt, 9);
  c->author_id = sqlite3_column_int64 (stmt, 10);
  c->stamp = sqlite3_column_int64 (stmt, 11);
  c->retracted = sqlite3_column_int (stmt, 12) != 0;
  c->retract_reason = dup_text (stmt, 13);
  return G_OBJECT (c);
}

#define CHECKIN_COLUMNS \
  "c.id, c.uuid, c.kr_id, c.date, c.value, c.confidence, c.note, c.went_well, c.blocked_by, " \
  "c.next_step, c.author_id, c.stamp, c.retracted, " \
  "(SELECT reason FROM retractions r WHERE r.checkin_id = c.id ORDER BY r.stamp LIMIT 1)"

static GPtrArray *
collect_checkins (OkrDb *db, sqlite3_stmt *stmt, GError **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean has_row;

  while (okr_db_step (db, stmt, &has_row, error) && has_row)
    g_ptr_array_add (items, make_checkin (stmt));
  if (error != NULL && *error != NULL)
    return NULL;
  sqlite3_reset (stmt);
  return g_steal_pointer (&items);
}

/* Newest first. @limit 0 means all of them: use it only for one KR's history. */
GPtrArray *
okr_store_list_checkins (OkrStore *self, gint64 kr_id, gboolean with_retracted, guint limit,
                         GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (self), NULL);

  static const char sql[] =
    "SELECT " CHECKIN_COLUMNS " FROM checkins c WHERE c.kr_id = ?1 AND (?2 OR c.retracted = 0) "
    "ORDER BY c.date DESC, c.stamp DESC LIMIT ?3";
  OkrDb *db = _okr_store_get_db (self);
  sqlite3_stmt *stmt = okr_db_prepare (db, sql, error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, kr_id);
  sqlite3_bind_int (stmt, 2, with_retracted);
  sqlite3_bind_int64 (stmt, 3, limit > 0 ? (gint64) limit : -1);
  return collect_checkins (db, stmt, error);
}

/**
 * okr_store_list_unit_checkins:
 * @from: the first day, included
 * @to: the last day, included
 *
 * The check-ins on the key results of a unit's objectives in a cycle, dated between two
 * days, newest first, retracted ones included: a week's feed. Only the check-ins in the
 * range are read (through each key result's index by date).
 */
GPtrArray *
okr_store_list_unit_checkins (OkrStore *self, gint64 unit_id, gint64 cycle_id, OkrDate from,
                              OkrDate to, guint limit, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (self), NULL);

  static const char sql[] =
    "SELECT " CHECKIN_COLUMNS " FROM objectives o "
    "JOIN key_results k ON k.objective_id = o.id AND k.deleted = 0 "
    "JOIN checkins c ON c.kr_id = k.id AND c.date BETWEEN ?3 AND ?4 "
    "WHERE o.unit_id = ?1 AND o.cycle_id = ?2 AND o.deleted = 0 "
    "ORDER BY c.date DESC, c.stamp DESC LIMIT ?5";
  OkrDb *db = _okr_store_get_db (self);
  sqlite3_stmt *stmt = okr_db_prepare (db, sql, error);
  char first[11], last[11];

  if (stmt == NULL)
    return NULL;
  okr_date_write_iso (from, first);
  okr_date_write_iso (to, last);
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int64 (stmt, 2, cycle_id);
  sqlite3_bind_text (stmt, 3, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, last, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, limit > 0 ? (gint64) limit : -1);
  return collect_checkins (db, stmt, error);
}

/* ───────────────────────── references ───────────────────────── */

typedef struct {
  const char *by_name;        /* SQL finding live rows by their name or title */
  const char *none;           /* "No unit is called “%s”." */
  const char *many;           /* "Several units are called “%s”: use the id." */
} Resolver;

static const Resolver *
resolver_for (OkrEntity entity)
{
  static Resolver resolvers[OKR_ENTITY_N];
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      resolvers[OKR_ENTITY_UNIT] = (Resolver) {
        "SELECT id FROM units WHERE deleted = 0 AND name = ?1 LIMIT 2",
        N_("No unit is called “%s”."),
        N_("Several units are called “%s”: use the id instead.") };
      resolvers[OKR_ENTITY_PERSON] = (Resolver) {
        "SELECT id FROM people WHERE deleted = 0 AND (name = ?1 OR email = ?1) LIMIT 2",
        N_("No person is called “%s”."),
        N_("Several people are called “%s”: use the id or e-mail instead.") };
      resolvers[OKR_ENTITY_CYCLE] = (Resolver) {
        "SELECT id FROM cycles WHERE deleted = 0 AND name = ?1 LIMIT 2",
        N_("No cycle is called “%s”."),
        N_("Several cycles are called “%s”: use the id instead.") };
      resolvers[OKR_ENTITY_OBJECTIVE] = (Resolver) {
        "SELECT id FROM objectives WHERE deleted = 0 AND title = ?1 LIMIT 2",
        N_("No objective has the title “%s”."),
        N_("Several objectives have the title “%s”: use the id instead.") };
      resolvers[OKR_ENTITY_KEY_RESULT] = (Resolver) {
        "SELECT id FROM key_results WHERE deleted = 0 AND title = ?1 LIMIT 2",
        N_("No key result has the title “%s”."),
        N_("Several key results have the title “%s”: use the id instead.") };
      resolvers[OKR_ENTITY_INITIATIVE] = (Resolver) {
        "SELECT id FROM initiatives WHERE deleted = 0 AND title = ?1 LIMIT 2",
        N_("No initiative has the title “%s”."),
        N_("Several initiatives have the title “%s”: use the id instead.") };
      resolvers[OKR_ENTITY_KPI] = (Resolver) {
        "SELECT id FROM kpis WHERE deleted = 0 AND name = ?1 LIMIT 2",
        N_("No KPI is called “%s”."),
        N_("Several KPIs are called “%s”: use the id instead.") };
      resolvers[OKR_ENTITY_CHECKIN] = (Resolver) {
        NULL, N_("No check-in has the id “%s”."), NULL };
      g_once_init_leave (&initialized, 1);
    }
  return resolvers[entity].none != NULL ? &resolvers[entity] : NULL;
}

/* Ids can be shortened, as with git: at least 6 hexadecimal digits of the start. */
static gint64
resolve_prefix (OkrStore *self, const OkrTableInfo *info, const char *ref, gboolean *ambiguous)
{
  g_autoptr(GString) hex = g_string_new (NULL);
  g_autofree char *sql = NULL;
  OkrDb *db = _okr_store_get_db (self);
  sqlite3_stmt *stmt;
  gboolean has_row;
  gint64 id = 0;
  guint n = 0;

  for (const char *p = ref; *p; p++)
    {
      if (*p == '-')
        continue;
      if (!g_ascii_isxdigit (*p))
        return 0;
      g_string_append_c (hex, g_ascii_toupper (*p));
    }
  if (hex->len < 6 || hex->len > 32)
    return 0;
  g_string_append_c (hex, '%');

  sql = g_strdup_printf ("SELECT id FROM %s WHERE hex(uuid) LIKE ?1 %s LIMIT 2", info->table,
                         info->append_only ? "" : "AND deleted = 0");
  stmt = okr_db_prepare (db, g_intern_string (sql), NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, hex->str, -1, SQLITE_TRANSIENT);
  while (okr_db_step (db, stmt, &has_row, NULL) && has_row)
    {
      id = sqlite3_column_int64 (stmt, 0);
      n++;
    }
  sqlite3_reset (stmt);
  *ambiguous = n > 1;
  return n == 1 ? id : 0;
}

/**
 * okr_store_resolve:
 * @ref: an id (a UUID, or its first 6 or more digits) or an exact name or title
 *
 * Returns: the row's local id, or 0 with @error saying why in a sentence
 */
gint64
okr_store_resolve (OkrStore *self, OkrEntity entity, const char *ref, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (self), 0);
  g_return_val_if_fail (ref != NULL, 0);

  const OkrTableInfo *info = okr_schema_get_table (entity);
  const Resolver *r = resolver_for (entity);
  OkrDb *db = _okr_store_get_db (self);
  OkrUuid uuid;
  gboolean ambiguous = FALSE;
  gint64 id = 0;

  g_return_val_if_fail (r != NULL, 0);

  if (okr_uuid_parse (ref, &uuid))
    {
      id = okr_store_lookup_uuid (self, entity, &uuid);
      if (id != 0 && okr_store_row_exists (self, entity, id))
        return id;
      id = 0;
    }

  if (r->by_name != NULL)
    {
      sqlite3_stmt *stmt = okr_db_prepare (db, r->by_name, error);
      gboolean has_row;
      guint n = 0;

      if (stmt == NULL)
        return 0;
      sqlite3_bind_text (stmt, 1, ref, -1, SQLITE_TRANSIENT);
      while (okr_db_step (db, stmt, &has_row, NULL) && has_row)
        {
          id = sqlite3_column_int64 (stmt, 0);
          n++;
        }
      sqlite3_reset (stmt);
      if (n == 1)
        return id;
      if (n > 1)
        {
          g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_AMBIGUOUS, _(r->many), ref);
          return 0;
        }
    }

  id = resolve_prefix (self, info, ref, &ambiguous);
  if (id != 0)
    return id;
  if (ambiguous)
    g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_AMBIGUOUS,
                 _("More than one item starts with “%s”: use more of the id."), ref);
  else
    g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND, _(r->none), ref);
  return 0;
}
