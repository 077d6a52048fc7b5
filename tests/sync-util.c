/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <math.h>

#include "okr-device.h"
#include "okr-store-edits.h"
#include "okr-store-private.h"
#include "okr-store-read.h"
#include "okr-transfer.h"
#include "sync-util.h"

void
sync_util_become (guint n)
{
  g_autofree char *text = g_strdup_printf ("%02x%02x0000-0000-4000-8000-0000000000%02x",
                                           n & 0xff, (n * 37) & 0xff, n & 0xff);
  g_autofree char *name = g_strdup_printf ("machine-%u", n);
  OkrUuid uuid;

  g_assert_true (okr_uuid_parse (text, &uuid));
  okr_device_set_default (&uuid, name);
}

static OkrDate
ymd (int y, int m, int d)
{
  return okr_date_from_ymd (y, m, d);
}

void
sync_util_make_company (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = okr_store_create (path, "Acme", &error);
  gint64 root, sales, north, ops, lan, minh, year, q1, o1, o2, o3, kr;
  OkrKrSpec spec;
  OkrCheckinSpec ci;
  static const char *const steps[] = { "Design", "Build", "Ship", NULL };

  g_assert_no_error (error);
  root = okr_store_get_root_unit (store);
  lan = okr_store_add_person (store, "Lan", "lan@example.com", &error);
  g_assert_no_error (error);
  minh = okr_store_add_person (store, "Minh", NULL, &error);
  g_assert_no_error (error);
  sales = okr_store_add_unit (store, root, "Sales", OKR_UNIT_DEPARTMENT, &error);
  g_assert_no_error (error);
  north = okr_store_add_unit (store, sales, "North", OKR_UNIT_TEAM, &error);
  g_assert_no_error (error);
  ops = okr_store_add_unit (store, root, "Operations", OKR_UNIT_DEPARTMENT, &error);
  g_assert_no_error (error);
  okr_store_add_unit (store, ops, "Support", OKR_UNIT_TEAM, &error);
  g_assert_no_error (error);
  year = okr_store_add_cycle (store, "2027", ymd (2027, 1, 1), ymd (2027, 12, 31), 0, &error);
  g_assert_no_error (error);
  q1 = okr_store_add_cycle (store, "Q1 2027", ymd (2027, 1, 1), ymd (2027, 3, 31), year, &error);
  g_assert_no_error (error);
  okr_store_set_cycle_state (store, q1, OKR_CYCLE_ACTIVE, &error);
  g_assert_no_error (error);

  o1 = okr_store_add_objective (store, q1, root, "Grow the business", lan, FALSE, 0, 0, &error);
  g_assert_no_error (error);
  o2 = okr_store_add_objective (store, q1, sales, "Win the north", minh, FALSE, o1, 0, &error);
  g_assert_no_error (error);
  o3 = okr_store_add_objective (store, q1, north, "Delight customers", minh, TRUE, o2, 0, &error);
  g_assert_no_error (error);

  okr_kr_spec_init (&spec);
  spec.target = 100;
  spec.owner_id = lan;
  kr = okr_store_add_key_result (store, o1, "Revenue", &spec, &error);
  g_assert_no_error (error);
  okr_store_add_key_result (store, o2, "New customers", &spec, &error);
  g_assert_no_error (error);
  spec.kind = OKR_KR_PERCENT;
  okr_store_add_key_result (store, o3, "Satisfaction", &spec, &error);
  g_assert_no_error (error);
  okr_kr_spec_init (&spec);
  spec.kind = OKR_KR_MILESTONE;
  spec.milestones = steps;
  okr_store_add_key_result (store, o2, "Launch the shop", &spec, &error);
  g_assert_no_error (error);
  okr_store_add_initiative (store, kr, "Call every lead", minh, &error);
  g_assert_no_error (error);

  okr_checkin_spec_init (&ci);
  ci.date = ymd (2027, 1, 15);
  ci.value = 20;
  ci.confidence = 6;
  ci.note = "A good start";
  ci.author_id = lan;
  okr_store_add_checkin (store, kr, &ci, &error);
  g_assert_no_error (error);
  okr_store_set_score (store, kr, 0.4, "Early days", lan, &error);
  g_assert_no_error (error);
  okr_store_add_kpi (store, ops, "Tickets open", "", 10, 50, &error);
  g_assert_no_error (error);
  g_assert_true (okr_store_close (store, &error));
}

char *
sync_util_export (OkrStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

  g_assert_true (okr_store_export_json (store, out, &error));
  g_assert_no_error (error);
  g_output_stream_write_all (out, "", 1, NULL, NULL, NULL);
  g_output_stream_close (out, NULL, NULL);
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

char *
sync_util_export_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = okr_store_open (path, OKR_STORE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return sync_util_export (store);
}

void
sync_util_assert_same_at (const char *file, int line, const char *a, const char *b)
{
  g_auto(GStrv) la = NULL;
  g_auto(GStrv) lb = NULL;
  guint i = 0;

  if (g_strcmp0 (a, b) == 0)
    return;
  la = g_strsplit (a != NULL ? a : "", "\n", -1);
  lb = g_strsplit (b != NULL ? b : "", "\n", -1);
  while (la[i] != NULL && lb[i] != NULL && g_str_equal (la[i], lb[i]))
    i++;
  g_error ("%s:%d: the documents differ at line %u:\n  %s\n  %s", file, line, i + 1,
           la[i] != NULL ? la[i] : "(end)", lb[i] != NULL ? lb[i] : "(end)");
}

void
sync_util_copy (const char *from, const char *to)
{
  g_autoptr(GFile) src = g_file_new_for_path (from);
  g_autoptr(GFile) dest = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  g_file_copy (src, dest, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

gint64
sync_util_count (OkrStore *store, const char *table, const char *where)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s", table,
                                          where != NULL ? where : "1");
  gint64 n = 0;

  okr_db_query_int (_okr_store_get_db (store), g_intern_string (sql), &n, NULL);
  return n;
}

/* A random row of @table matching @where, or 0. */
static gint64
pick (OkrStore *store, GRand *rand, const char *table, const char *where)
{
  gint64 n = sync_util_count (store, table, where);
  g_autofree char *sql = NULL;
  gint64 id = 0;

  if (n == 0)
    return 0;
  sql = g_strdup_printf ("SELECT id FROM %s WHERE %s ORDER BY uuid LIMIT 1 OFFSET %d", table,
                         where, g_rand_int_range (rand, 0, (gint32) n));
  okr_db_query_int (_okr_store_get_db (store), g_intern_string (sql), &id, NULL);
  return id;
}

static const char *const words[] = {
  "Grow", "Win", "Keep", "Ship", "Learn", "Delight", "Hire", "Save", "Build", "Open",
};

static char *
random_title (GRand *rand)
{
  return g_strdup_printf ("%s %d", words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))],
                          g_rand_int_range (rand, 1, 1000));
}

static const char *
random_table (GRand *rand)
{
  static const char *const tables[] = {
    "units", "objectives", "key_results", "initiatives", "people", "milestones", "kpis",
  };
  return tables[g_rand_int_range (rand, 0, G_N_ELEMENTS (tables))];
}

static OkrEntity
entity_of (const char *table)
{
  for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
    if (g_str_equal (okr_schema_get_table (e)->table, table))
      return e;
  g_assert_not_reached ();
}

static gboolean
update (OkrStore *store, gint64 id, OkrChanges *c)
{
  g_autoptr(GError) error = NULL;
  return id != 0 && okr_store_update (store, id, c, &error);
}

gboolean
sync_util_random_edit (OkrStore *store, GRand *rand, GHashTable *checkins)
{
  g_autoptr(GError) error = NULL;
  const char *table = random_table (rand);
  OkrEntity entity = entity_of (table);
  const char *live = "deleted = 0";

  switch (g_rand_int_range (rand, 0, 15))
    {
    case 0: /* rename */
      {
        g_autoptr(OkrChanges) c = okr_changes_new (entity);
        g_autofree char *title = random_title (rand);
        const char *field = okr_schema_find_field (okr_schema_get_table (entity), "title", NULL)
                              ? "title" : "name";
        okr_changes_set_text (c, field, title);
        return update (store, pick (store, rand, table, live), c);
      }
    case 1: /* a number */
      {
        g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_KEY_RESULT);
        const char *field = g_rand_boolean (rand) ? "weight" : "position";
        okr_changes_set_real (c, field, g_rand_int_range (rand, 0, 20) / 2.0);
        return update (store, pick (store, rand, "key_results", live), c);
      }
    case 2: /* delete */
      {
        gint64 id = pick (store, rand, table, g_str_equal (table, "units")
                                                ? "deleted = 0 AND parent_id IS NOT NULL" : live);
        return id != 0 && okr_store_delete (store, entity, id, &error);
      }
    case 3: /* undelete */
      {
        g_autoptr(OkrChanges) c = okr_changes_new (entity);
        okr_changes_set_bool (c, "deleted", FALSE);
        return update (store, pick (store, rand, table, "deleted = 1"), c);
      }
    case 4: /* move a unit */
      {
        g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_UNIT);
        okr_changes_set_ref (c, "parent_id", pick (store, rand, "units", live));
        return update (store, pick (store, rand, "units", "deleted = 0 AND kind != 'company'"), c);
      }
    case 5: /* move a KR to another objective */
      {
        g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_KEY_RESULT);
        okr_changes_set_ref (c, "objective_id", pick (store, rand, "objectives", live));
        return update (store, pick (store, rand, "key_results", live), c);
      }
    case 6: /* align, or stop aligning */
      {
        g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_OBJECTIVE);
        if (g_rand_boolean (rand))
          {
            okr_changes_set_ref (c, "align_objective_id", pick (store, rand, "objectives", live));
            okr_changes_set_null (c, "align_kr_id");
          }
        else
          {
            okr_changes_set_ref (c, "align_kr_id", pick (store, rand, "key_results", live));
            okr_changes_set_null (c, "align_objective_id");
          }
        return update (store, pick (store, rand, "objectives", live), c);
      }
    case 7: /* check in */
    case 8:
      {
        OkrCheckinSpec ci;
        gint64 kr = pick (store, rand, "key_results",
                          "deleted = 0 AND kind IN ('number', 'percent')");
        gint64 id;

        okr_checkin_spec_init (&ci);
        ci.date = okr_date_from_ymd (2027, 1, g_rand_int_range (rand, 1, 29));
        ci.value = g_rand_int_range (rand, 0, 120);
        ci.confidence = g_rand_int_range (rand, 1, 11);
        ci.note = "random";
        id = kr != 0 ? okr_store_add_checkin (store, kr, &ci, &error) : 0;
        if (id != 0 && checkins != NULL)
          {
            OkrUuid uuid;
            okr_store_get_uuid (store, OKR_ENTITY_CHECKIN, id, &uuid);
            g_hash_table_add (checkins, okr_uuid_to_string (&uuid));
          }
        return id != 0;
      }
    case 9: /* retract */
      {
        gint64 id = pick (store, rand, "checkins", "retracted = 0");
        return id != 0 && okr_store_retract_checkin (store, id, "A typo", 0, &error) != 0;
      }
    case 10: /* score */
      return okr_store_set_score (store, pick (store, rand, "key_results", live),
                                  g_rand_int_range (rand, 0, 11) / 10.0, "Reviewed", 0, &error);
    case 11: /* KPI reading */
      {
        gint64 kpi = pick (store, rand, "kpis", live);
        return kpi != 0 && okr_store_add_kpi_reading (store, kpi, okr_date_from_ymd (2027, 2, 1),
                                                      g_rand_int_range (rand, 0, 80), 0,
                                                      &error) != 0;
      }
    case 12: /* undo */
      return okr_store_can_undo (store) && okr_store_undo (store, &error);
    case 13: /* something new */
      {
        g_autofree char *title = random_title (rand);
        gint64 cycle = pick (store, rand, "cycles", "deleted = 0 AND state != 'closed'");
        gint64 unit = pick (store, rand, "units", live);
        OkrKrSpec spec;

        okr_kr_spec_init (&spec);
        spec.target = 50;
        switch (g_rand_int_range (rand, 0, 4))
          {
          case 0:
            return okr_store_add_unit (store, unit, title, OKR_UNIT_TEAM, &error) != 0;
          case 1:
            return okr_store_add_objective (store, cycle, unit, title, 0, FALSE, 0, 0,
                                            &error) != 0;
          case 2:
            return okr_store_add_key_result (store, pick (store, rand, "objectives", live), title,
                                             &spec, &error) != 0;
          default:
            return okr_store_add_person (store, title, NULL, &error) != 0;
          }
      }
    default: /* a retrospective */
      {
        g_autofree char *text = random_title (rand);
        return okr_store_set_retrospective (store, pick (store, rand, "units", live),
                                            pick (store, rand, "cycles", live), text, "", "",
                                            &error);
      }
    }
}

GHashTable *
sync_util_checkin_set (OkrStore *store)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3 *db = okr_db_get_handle (_okr_store_get_db (store));
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT uuid FROM checkins", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      OkrUuid uuid;
      okr_uuid_from_blob (sqlite3_column_blob (stmt, 0), 16, &uuid);
      g_hash_table_add (set, okr_uuid_to_string (&uuid));
    }
  sqlite3_finalize (stmt);
  return set;
}
