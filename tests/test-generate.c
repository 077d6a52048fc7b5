/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-generate.c — synthetic companies: sound documents of exactly the requested size,
 * the same for the same seed, aligned only up the cascade within a quarter */
#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "okr-db.h"
#include "okr-generate.h"
#include "okr-rollup.h"
#include "okr-schema.h"
#include "okr-store-private.h"
#include "okr-store-read.h"
#include "test-tmpdir.h"

static const OkrGenerateSize small = {
  .units = 30, .objectives = 90, .key_results = 300, .checkins = 3000, .seed = 7,
};

typedef struct {
  char *dir;
} Tmp;

static void
tmp_setup (Tmp *tmp, gconstpointer data)
{
  tmp->dir = test_tmpdir_new ("cascade-generate-XXXXXX");
}

static void
tmp_teardown (Tmp *tmp, gconstpointer data)
{
  test_tmpdir_remove (tmp->dir);
}

static OkrStore *
generate (Tmp *tmp, const char *name, const OkrGenerateSize *size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp->dir, name, NULL);
  OkrGenerateSize sized = *size;
  OkrStore *store;
  gint64 wrong = -1;

  sized.today = okr_date_from_ymd (2026, 5, 14);
  store = okr_generate (path, &sized, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  /* the weekly confidence summary is made with the check-ins */
  g_assert_true (_okr_store_count_wrong_weeks (store, &wrong, &error));
  g_assert_no_error (error);
  g_assert_cmpint (wrong, ==, 0);
  return store;
}

static gint64
query_int (OkrStore *store, const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = -1;

  g_assert_true (okr_db_query_int (_okr_store_get_db (store), sql, &n, &error));
  g_assert_no_error (error);
  return n;
}

/* A digest of every row's content: uuids and fields, without the edit stamps (which record
 * when the document was written). */
static char *
content_digest (OkrStore *store)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  sqlite3 *db = okr_db_get_handle (_okr_store_get_db (store));

  for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
    {
      const OkrTableInfo *info = okr_schema_get_table (e);
      g_autoptr(GString) sql = g_string_new ("SELECT hex(uuid)");
      sqlite3_stmt *stmt = NULL;

      for (guint f = 0; f < info->n_fields; f++)
        g_string_append_printf (sql, ", quote(%s)", info->fields[f].name);
      g_string_append_printf (sql, " FROM %s ORDER BY id", info->table);
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          g_checksum_update (sum, sqlite3_column_text (stmt, c), -1);
      sqlite3_finalize (stmt);
    }
  return g_strdup (g_checksum_get_string (sum));
}

static void
test_sound_and_sized (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = generate (tmp, "small.okr", &small);
  g_autofree char *path = g_build_filename (tmp->dir, "small.okr", NULL);
  gint64 depth;

  g_assert_cmpint (query_int (store, "SELECT count(*) FROM units WHERE deleted = 0"), ==,
                   small.units);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM objectives WHERE deleted = 0"), ==,
                   small.objectives);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM key_results WHERE deleted = 0"), ==,
                   small.key_results);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM checkins"), ==, small.checkins);
  /* Every kind of key result, and KPIs with readings. */
  g_assert_cmpint (query_int (store, "SELECT count(DISTINCT kind) FROM key_results"), ==, 7);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM kpi_readings"), >, 0);
  /* Closed quarters are scored, KR by KR. */
  g_assert_cmpint (query_int (store,
                              "SELECT count(*) FROM key_results k "
                              "JOIN objectives o ON o.id = k.objective_id "
                              "JOIN cycles c ON c.id = o.cycle_id "
                              "WHERE c.state = 'closed' "
                              "AND NOT EXISTS (SELECT 1 FROM scores s WHERE s.kr_id = k.id)"),
                   ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM scores"), >, 0);
  /* A tree four to six levels deep. */
  depth = query_int (store, "WITH RECURSIVE tree (id, depth) AS ("
                            "  SELECT id, 1 FROM units WHERE parent_id IS NULL "
                            "  UNION ALL SELECT u.id, t.depth + 1 FROM units u "
                            "  JOIN tree t ON u.parent_id = t.id) "
                            "SELECT max(depth) FROM tree");
  g_assert_cmpint (depth, >=, 4);
  g_assert_cmpint (depth, <=, 6);

  g_assert_true (okr_store_close (store, &error));
  g_assert_no_error (error);
  g_assert_true (okr_store_check_file (path, &error));
  g_assert_no_error (error);
}

/* An objective aligns to an objective, or to a key result, of a unit strictly above its
 * own, in the same cycle. */
static void
test_alignment (Tmp *tmp, gconstpointer data)
{
  g_autoptr(OkrStore) store = generate (tmp, "aligned.okr", &small);
  const char *ancestors =
    "WITH RECURSIVE above (unit, ancestor) AS ("
    "  SELECT id, parent_id FROM units WHERE parent_id IS NOT NULL "
    "  UNION ALL SELECT a.unit, u.parent_id FROM above a JOIN units u ON u.id = a.ancestor "
    "  WHERE u.parent_id IS NOT NULL) ";
  g_autofree char *to_objective = g_strconcat (
    ancestors,
    "SELECT count(*) FROM objectives o JOIN objectives p ON p.id = o.align_objective_id "
    "WHERE p.cycle_id != o.cycle_id OR NOT EXISTS "
    "  (SELECT 1 FROM above WHERE unit = o.unit_id AND ancestor = p.unit_id)", NULL);
  g_autofree char *to_kr = g_strconcat (
    ancestors,
    "SELECT count(*) FROM objectives o JOIN key_results k ON k.id = o.align_kr_id "
    "JOIN objectives p ON p.id = k.objective_id "
    "WHERE p.cycle_id != o.cycle_id OR NOT EXISTS "
    "  (SELECT 1 FROM above WHERE unit = o.unit_id AND ancestor = p.unit_id)", NULL);

  g_assert_cmpint (query_int (store, to_objective), ==, 0);
  g_assert_cmpint (query_int (store, to_kr), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM objectives "
                                     "WHERE align_objective_id IS NOT NULL "
                                     "AND align_kr_id IS NOT NULL"), ==, 0);
  /* Alignment is the rule, not the exception, and rolled-up KRs get objectives below. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM objectives "
                                     "WHERE align_objective_id IS NOT NULL "
                                     "OR align_kr_id IS NOT NULL"), >, small.objectives / 3);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM objectives o "
                                     "JOIN key_results k ON k.id = o.align_kr_id "
                                     "WHERE k.kind = 'rollup'"), >, 0);
}

static void
test_deterministic (Tmp *tmp, gconstpointer data)
{
  OkrGenerateSize other = small;
  g_autoptr(OkrStore) a = generate (tmp, "a.okr", &small);
  g_autoptr(OkrStore) b = generate (tmp, "b.okr", &small);
  g_autoptr(OkrStore) c = NULL;
  g_autofree char *digest_a = content_digest (a);
  g_autofree char *digest_b = content_digest (b);
  g_autofree char *digest_c = NULL;

  g_assert_cmpstr (digest_a, ==, digest_b);
  other.seed = small.seed + 1;
  c = generate (tmp, "c.okr", &other);
  digest_c = content_digest (c);
  g_assert_cmpstr (digest_a, !=, digest_c);
}

/* The current quarter rolls up, with the company at the top and every objective in it. */
static void
test_rolls_up (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = generate (tmp, "rollup.okr", &small);
  OkrDate today = okr_date_from_ymd (2026, 5, 14);
  gint64 cycle = okr_store_find_current_cycle (store, today);
  g_autoptr(OkrRollup) rollup = NULL;
  GPtrArray *units;
  guint objectives = 0;

  g_assert_cmpint (cycle, !=, 0);
  g_assert_cmpint (cycle, ==, query_int (store, "SELECT id FROM cycles WHERE name = 'Q2 2026' "
                                                "OR name = 'Quý 2/2026'"));
  rollup = okr_rollup_new (store, cycle, today, &error);
  g_assert_no_error (error);
  units = okr_rollup_get_units (rollup);
  g_assert_cmpuint (units->len, ==, small.units);
  for (guint i = 0; i < units->len; i++)
    objectives += okr_rollup_get_objectives (rollup,
                                             okr_unit_get_id (g_ptr_array_index (units, i)))->len;
  g_assert_cmpuint (objectives, ==, small.objectives / 2);
}

static void
test_refuses_nonsense (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp->dir, "none.okr", NULL);
  OkrGenerateSize no_units = { .units = 0, .objectives = 1 };
  OkrGenerateSize orphans = { .units = 3, .objectives = 0, .key_results = 5 };
  OkrGenerateSize no_krs = { .units = 3, .objectives = 2, .key_results = 0, .checkins = 5 };
  const OkrGenerateSize *sizes[] = { &no_units, &orphans, &no_krs };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_assert_null (okr_generate (path, sizes[i], &error));
      g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID);
      g_clear_error (&error);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/generate/sound-and-sized", Tmp, NULL, tmp_setup, test_sound_and_sized,
              tmp_teardown);
  g_test_add ("/generate/alignment", Tmp, NULL, tmp_setup, test_alignment, tmp_teardown);
  g_test_add ("/generate/deterministic", Tmp, NULL, tmp_setup, test_deterministic,
              tmp_teardown);
  g_test_add ("/generate/rolls-up", Tmp, NULL, tmp_setup, test_rolls_up, tmp_teardown);
  g_test_add ("/generate/refuses-nonsense", Tmp, NULL, tmp_setup, test_refuses_nonsense,
              tmp_teardown);
  return g_test_run ();
}
