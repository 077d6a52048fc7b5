/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-merge.c — two or more machines edit copies of one document; merging them loses
 * nothing, and the result depends only on the edits made (not on who merged what, when) */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <sqlite3.h>
#include <string.h>

#include "okr-clock.h"
#include "okr-device.h"
#include "okr-merge.h"
#include "okr-store-edits.h"
#include "okr-store-private.h"
#include "okr-store-read.h"
#include "sync-util.h"

typedef struct {
  char *dir;
} Tmp;

static void
tmp_setup (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  tmp->dir = g_dir_make_tmp ("cascade-merge-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
tmp_teardown (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GDir) dir = g_dir_open (tmp->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (tmp->dir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (tmp->dir);
  g_free (tmp->dir);
}

static char *
path_in (Tmp *tmp, const char *name)
{
  return g_build_filename (tmp->dir, name, NULL);
}

/* Opens @path as machine @n. */
static OkrStore *
open_as (guint n, const char *path)
{
  g_autoptr(GError) error = NULL;
  OkrStore *store;

  sync_util_become (n);
  store = okr_store_open (path, OKR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  return store;
}

/* Two machines with a copy each of the same company. */
static void
two_copies (Tmp *tmp, char **a, char **b)
{
  *a = path_in (tmp, "a.okr");
  *b = path_in (tmp, "b.okr");
  sync_util_become (1);
  sync_util_make_company (*a);
  sync_util_copy (*a, *b);
}

static void
merge_ok (OkrStore *into, const char *other, OkrMergeReport **report)
{
  g_autoptr(GError) error = NULL;

  gboolean ok = okr_store_merge (into, other, report, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static gint64
find (OkrStore *store, const char *table, const char *where)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE %s", table, where);
  gint64 id = 0;

  okr_db_query_int (_okr_store_get_db (store), g_intern_string (sql), &id, NULL);
  return id;
}

static char *
text_of (OkrStore *store, const char *sql)
{
  sqlite3 *db = okr_db_get_handle (_okr_store_get_db (store));
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static double
real_of (OkrStore *store, const char *sql)
{
  sqlite3 *db = okr_db_get_handle (_okr_store_get_db (store));
  sqlite3_stmt *stmt = NULL;
  double value = NAN;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_double (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static void
set_field (OkrStore *store, OkrEntity entity, gint64 id, const char *field, const char *text,
           double number)
{
  g_autoptr(OkrChanges) c = okr_changes_new (entity);
  g_autoptr(GError) error = NULL;

  if (text != NULL)
    okr_changes_set_text (c, field, text);
  else
    okr_changes_set_real (c, field, number);
  g_assert_true (okr_store_update (store, id, c, &error));
  g_assert_no_error (error);
}

/* Stamps have a millisecond's resolution: make sure the next edit comes later. */
static void
later (void)
{
  g_usleep (3000);
}

/* Merges both ways and checks that both copies end up the same. Returns A's export. */
static char *
merge_both_ways (OkrStore *sa, const char *a, OkrStore *sb, const char *b)
{
  g_autofree char *ea = NULL;
  g_autofree char *eb = NULL;

  merge_ok (sa, b, NULL);
  merge_ok (sb, a, NULL);
  ea = sync_util_export (sa);
  eb = sync_util_export (sb);
  sync_util_assert_same (ea, eb);
  return g_steal_pointer (&ea);
}

static const OkrMergeChange *
find_change (OkrMergeReport *report, OkrMergeChangeKind kind, const char *title)
{
  for (guint i = 0; i < report->changes->len; i++)
    {
      const OkrMergeChange *c = report->changes->pdata[i];
      if (c->kind == kind && g_strcmp0 (c->title, title) == 0)
        return c;
    }
  return NULL;
}

/* ───────────────────────── fields ───────────────────────── */

static void
test_different_fields (Tmp *tmp, gconstpointer data)
{
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(OkrStore) sa = NULL, sb = NULL;
  g_autoptr(OkrMergeReport) report = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  const OkrMergeChange *change;
  gint64 kr;

  two_copies (tmp, &a, &b);
  sa = open_as (1, a);
  sb = open_as (2, b);
  kr = find (sa, "key_results", "title = 'Revenue'");
  set_field (sa, OKR_ENTITY_KEY_RESULT, kr, "title", "Revenue in 2027", 0);
  later ();
  set_field (sb, OKR_ENTITY_KEY_RESULT, find (sb, "key_results", "title = 'Revenue'"), "target",
             NULL, 250);

  merge_ok (sa, b, &report);
  title = text_of (sa, "SELECT title FROM key_results WHERE target = 250");
  g_assert_cmpstr (title, ==, "Revenue in 2027");
  g_free (merge_both_ways (sa, a, sb, b));

  /* The report says who edited what. */
  g_assert_cmpuint (report->n_edited, ==, 1);
  change = find_change (report, OKR_MERGE_EDITED, "Revenue in 2027");
  g_assert_nonnull (change);
  g_assert_cmpstr (change->device, ==, "machine-2");
  g_assert_cmpstr (change->fields[0], ==, "target");
  g_assert_null (change->fields[1]);
  description = okr_merge_change_describe (change);
  g_assert_cmpstr (description, ==, "machine-2 edited “Revenue in 2027”: target.");
}

static void
test_same_field (Tmp *tmp, gconstpointer data)
{
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(OkrStore) sa = NULL, sb = NULL;
  g_autofree char *title = NULL;

  two_copies (tmp, &a, &b);
  sa = open_as (1, a);
  sb = open_as (2, b);
  /* B's edit is the later one, though A merges last. */
  set_field (sa, OKR_ENTITY_UNIT, find (sa, "units", "name = 'Sales'"), "name", "Sales (A)", 0);
  later ();
  set_field (sb, OKR_ENTITY_UNIT, find (sb, "units", "name = 'Sales'"), "name", "Sales (B)", 0);
  g_free (merge_both_ways (sa, a, sb, b));
  title = text_of (sa, "SELECT name FROM units WHERE kind = 'department' ORDER BY name LIMIT 1");
  g_assert_cmpstr (title, ==, "Operations");
  g_assert_cmpint (sync_util_count (sa, "units", "name = 'Sales (B)'"), ==, 1);
  g_assert_cmpint (sync_util_count (sa, "units", "name = 'Sales (A)'"), ==, 0);

  /* The next local edit wins over everything merged: the clock observed B's stamp. */
  set_field (sa, OKR_ENTITY_UNIT, find (sa, "units", "name = 'Sales (B)'"), "name", "Sales", 0);
  g_free (merge_both_ways (sa, a, sb, b));
  g_assert_cmpint (sync_util_count (sb, "units", "name = 'Sales'"), ==, 1);
}

/* Equal stamps with different values happen when one machine edits two copies of one file
 * with the same clock state; the greater value wins, whichever copy merges into which. */
static void
test_equal_stamps (Tmp *tmp, gconstpointer data)
{
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(OkrStore) sa = NULL, sb = NULL;
  g_autofree char *name = NULL;

  two_copies (tmp, &a, &b);
  sa = open_as (1, a);
  sb = open_as (1, b);
  okr_db_exec (_okr_store_get_db (sa), "UPDATE units SET name = 'Alpha', name_at = 77 "
                                       "WHERE name = 'Sales'", NULL);
  okr_db_exec (_okr_store_get_db (sb), "UPDATE units SET name = 'Beta', name_at = 77 "
                                       "WHERE name = 'Sales'", NULL);
  g_free (merge_both_ways (sa, a, sb, b));
  name = text_of (sa, "SELECT name FROM units WHERE name_at = 77");
  g_assert_cmpstr (name, ==, "Beta");
}

/* ───────────────────────── rows and references ───────────────────────── */

static void
test_added_rows (Tmp *tmp, gconstpointer data)
{
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(OkrStore) sa = NULL, sb = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrMergeReport) report = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *objective_unit = NULL;
  OkrKrSpec spec;
  OkrCheckinSpec ci;
  gint64 team, objective, kr, q1;

  two_copies (tmp, &a, &b);
  sa = open_as (1, a);
  sb = open_as (2, b);
  /* A adds rows first, so the same local ids mean different rows in the two files. */
  okr_store_add_person (sa, "Hoa", NULL, &error);
  g_assert_no_error (error);
  okr_store_add_unit (sa, okr_store_get_root_unit (sa), "Legal", OKR_UNIT_DEPARTMENT, &error);
  g_assert_no_error (error);

  q1 = find (sb, "cycles", "name = 'Q1 2027'");
  team = okr_store_add_unit (sb, find (sb, "units", "name = 'Operations'"), "Billing",
                             OKR_UNIT_TEAM, &error);
  g_assert_no_error (error);
  objective = okr_store_add_objective (sb, q1, team, "Bill on time",
                                       find (sb, "people", "name = 'Minh'"), FALSE,
                                       find (sb, "objectives", "title = 'Grow the business'"), 0,
                                       &error);
  g_assert_no_error (error);
  okr_kr_spec_init (&spec);
  spec.target = 10;
  kr = okr_store_add_key_result (sb, objective, "Days to invoice", &spec, &error);
  g_assert_no_error (error);
  okr_checkin_spec_init (&ci);
  ci.date = okr_date_from_ymd (2027, 2, 1);
  ci.value = 4;
  okr_store_add_checkin (sb, kr, &ci, &error);
  g_assert_no_error (error);

  merge_ok (sa, b, &report);
  parent = text_of (sa, "SELECT p.name FROM units u JOIN units p ON p.id = u.parent_id "
                        "WHERE u.name = 'Billing'");
  g_assert_cmpstr (parent, ==, "Operations");
  objective_unit = text_of (sa, "SELECT u.name || '/' || a.title || '/' || p.name "
                                "FROM objectives o JOIN units u ON u.id = o.unit_id "
                                "JOIN objectives a ON a.id = o.align_objective_id "
                                "JOIN people p ON p.id = o.owner_id "
                                "WHERE o.title = 'Bill on time'");
  g_assert_cmpstr (objective_unit, ==, "Billing/Grow the business/Minh");
  /* The KR's current value is derived from the check-in that came with it. */
  g_assert_cmpfloat (real_of (sa, "SELECT cur_value FROM key_results "
                                  "WHERE title = 'Days to invoice'"), ==, 4);
  g_assert_cmpuint (report->n_added, ==, 3);
  g_assert_cmpuint (report->n_history, ==, 1);
  g_assert_nonnull (find_change (report, OKR_MERGE_ADDED, "Billing"));
  g_assert_nonnull (find_change (report, OKR_MERGE_HISTORY, "Days to invoice"));
  g_free (merge_both_ways (sa, a, sb, b));
  g_assert_cmpint (sync_util_count (sb, "units", "name = 'Legal'"), ==, 1);
}

/* ───────────────────────── deletion ───────────────────────── */

static void
test_delete_wins_over_older_edit (Tmp *tmp, gconstpointer data)
{
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(OkrStore) sa = NULL, sb = NULL;
  g_autoptr(OkrMergeReport) report = NULL;
  g_autoptr(GError) error = NULL;

  two_copies (tmp, &a, &b);
  sa = open_as (1, a);
  sb = open_as (2, b);
  set_field (sa, OKR_ENTITY_KEY_RESULT, find (sa, "key_results", "title = 'Revenue'"), "target",
             NULL, 300);
  later ();
  g_assert_true (okr_store_delete (sb, OKR_ENTITY_KEY_RESULT,
                                   find (sb, "key_results", "title = 'Revenue'"), &error));
  merge_ok (sa, b, &report);
  g_assert_cmpint (sync_util_count (sa, "key_results", "title = 'Revenue' AND deleted = 1"), ==, 1);
  g_assert_cmpuint (report->n_deleted, >=, 1);
  g_assert_nonnull (find_change (report, OKR_MERGE_DELETED, "Revenue"));
  g_free (merge_both_ways (sa, a, sb, b));
}

/* A copy an older version of Cascade wrote (schema v2: the check-ins index without the
 * retraction flag and the confidence, no weekly confidence summary) merges in: it is
 * migrated in its snapshot, never where it lies, and the document keeps today's schema. */
static void
test_copy_from_older_version (Tmp *tmp, gconstpointer data)
{
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(OkrStore) sa = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  gsize before_len = 0, after_len = 0;
  sqlite3 *db;

  two_copies (tmp, &a, &b);
  {
    g_autoptr(OkrStore) sb = open_as (2, b);
    set_field (sb, OKR_ENTITY_KEY_RESULT, find (sb, "key_results", "title = 'Revenue'"),
               "target", NULL, 450);
  }
  g_assert_cmpint (sqlite3_open (b, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TABLE confidence_weeks;"
                                     "DROP INDEX checkins_by_kr;"
                                     "CREATE INDEX checkins_by_kr ON checkins (kr_id, date, stamp);"
                                     "PRAGMA user_version = 2;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (g_file_get_contents (b, &before, &before_len, NULL));

  later ();
  sa = open_as (1, a);
  merge_ok (sa, b, NULL);
  g_assert_cmpint (sync_util_count (sa, "key_results", "title = 'Revenue' AND target = 450"),
                   ==, 1);
  g_assert_true (g_file_get_contents (b, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_clear_object (&sa);
  g_assert_true (okr_store_check_file (a, &error));
  g_assert_no_error (error);
}

static void
test_delete_loses_to_newer_edit (Tmp *tmp, gconstpointer data)
{
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(OkrStore) sa = NULL, sb = NULL;
  g_autoptr(GError) error = NULL;

  two_copies (tmp, &a, &b);
  sa = open_as (1, a);
  sb = open_as (2, b);
  g_assert_true (okr_store_delete (sb, OKR_ENTITY_KEY_RESULT,
                                   find (sb, "key_results", "title = 'Revenue'"), &error));
  later ();
  set_field (sa, OKR_ENTITY_KEY_RESULT, find (sa, "key_results", "title = 'Revenue'"), "target",
             NULL, 300);
  g_free (merge_both_ways (sa, a, sb, b));
  g_assert_cmpint (sync_util_count (sa, "key_results", "title = 'Revenue' AND deleted = 0 AND "
                                                       "target = 300"), ==, 1);
  /* Its initiative went with the delete and was not edited since: it stays deleted. */
  g_assert_cmpint (sync_util_count (sa, "initiatives", "deleted = 1"), ==, 1);
}

/* The KR someone checked in on after its objective was deleted brings the objective back;
 * the objective's other KRs, not touched since, stay deleted. */
static void
test_delete_container_comes_back (Tmp *tmp, gconstpointer data)
{
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(OkrStore) sa = NULL, sb = NULL;
  g_autoptr(OkrMergeReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  OkrCheckinSpec ci;

  two_copies (tmp, &a, &b);
  sa = open_as (1, a);
  sb = open_as (2, b);
  g_assert_true (okr_store_delete (sb, OKR_ENTITY_OBJECTIVE,
                                   find (sb, "objectives", "title = 'Win the north'"), &error));
  later ();
  okr_checkin_spec_init (&ci);
  ci.date = okr_date_from_ymd (2027, 2, 2);
  ci.value = 7;
  okr_store_add_checkin (sa, find (sa, "key_results", "title = 'New customers'"), &ci, &error);
  g_assert_no_error (error);

  merge_ok (sb, a, &report);
  g_assert_cmpint (sync_util_count (sb, "objectives", "title = 'Win the north' AND deleted = 0"),
                   ==, 1);
  g_assert_cmpint (sync_util_count (sb, "key_results", "title = 'New customers' AND deleted = 0"),
                   ==, 1);
  g_assert_cmpint (sync_util_count (sb, "key_results", "title = 'Launch the shop' AND deleted = 1"),
                   ==, 1);
  g_assert_nonnull (find_change (report, OKR_MERGE_RESTORED, "Win the north"));
  g_free (merge_both_ways (sa, a, sb, b));

  /* Merging again changes nothing, and the record kept for the next merge stays put. */
  before = sync_util_export (sb);
  merge_ok (sb, a, NULL);
  merge_ok (sb, b, NULL);
  after = sync_util_export (sb);
  sync_util_assert_same (before, after);
}

static void
test_undelete (Tmp *tmp, gconstpointer data)
{
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(OkrStore) sa = NULL, sb = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrChanges) revive = okr_changes_new (OKR_ENTITY_UNIT);

  two_copies (tmp, &a, &b);
  sa = open_as (1, a);
  g_assert_true (okr_store_delete (sa, OKR_ENTITY_UNIT, find (sa, "units", "name = 'Support'"),
                                   &error));
  sync_util_copy (a, b);
  sb = open_as (2, b);
  later ();
  okr_changes_set_bool (revive, "deleted", FALSE);
  g_assert_true (okr_store_update (sb, find (sb, "units", "name = 'Support'"), revive, &error));
  g_free (merge_both_ways (sa, a, sb, b));
  g_assert_cmpint (sync_util_count (sa, "units", "name = 'Support' AND deleted = 0"), ==, 1);
}

/* ───────────────────────── history ───────────────────────── */

static void
test_checkins_grow_only (Tmp *tmp, gconstpointer data)
{
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(OkrStore) sa = NULL, sb = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) created = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) merged = NULL;
  OkrCheckinSpec ci;
  gint64 kr_a, kr_b, first;

  two_copies (tmp, &a, &b);
  sa = open_as (1, a);
  sb = open_as (2, b);
  kr_a = find (sa, "key_results", "title = 'Revenue'");
  kr_b = find (sb, "key_results", "title = 'Revenue'");
  first = find (sa, "checkins", "value = 20");
  okr_checkin_spec_init (&ci);

  ci.date = okr_date_from_ymd (2027, 2, 1);
  ci.value = 30;
  okr_store_add_checkin (sa, kr_a, &ci, &error);
  g_assert_no_error (error);
  ci.date = okr_date_from_ymd (2027, 2, 8);
  ci.value = 45;
  okr_store_add_checkin (sb, kr_b, &ci, &error);
  g_assert_no_error (error);
  /* Both retract the first check-in: two retractions of one check-in survive the merge. */
  okr_store_retract_checkin (sa, first, "Wrong number", 0, &error);
  g_assert_no_error (error);
  okr_store_retract_checkin (sb, find (sb, "checkins", "value = 20"), "Typo", 0, &error);
  g_assert_no_error (error);

  {
    g_autoptr(GHashTable) ca = sync_util_checkin_set (sa);
    g_autoptr(GHashTable) cb = sync_util_checkin_set (sb);
    GHashTableIter iter;
    gpointer key;
    g_hash_table_iter_init (&iter, ca);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_hash_table_add (created, g_strdup (key));
    g_hash_table_iter_init (&iter, cb);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_hash_table_add (created, g_strdup (key));
  }

  g_free (merge_both_ways (sa, a, sb, b));
  merged = sync_util_checkin_set (sa);
  g_assert_cmpuint (g_hash_table_size (merged), ==, g_hash_table_size (created));
  g_assert_cmpuint (g_hash_table_size (merged), ==, 3);
  g_assert_cmpint (sync_util_count (sa, "retractions", "1"), ==, 2);
  g_assert_cmpint (sync_util_count (sa, "checkins", "retracted = 1"), ==, 1);
  /* The KR's current value is the latest check-in by date, whichever copy it came from. */
  g_assert_cmpfloat (real_of (sa, "SELECT cur_value FROM key_results WHERE title = 'Revenue'"),
                     ==, 45);
  g_assert_cmpfloat (real_of (sb, "SELECT cur_value FROM key_results WHERE title = 'Revenue'"),
                     ==, 45);
}

static void
test_scores_one_row (Tmp *tmp, gconstpointer data)
{
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(OkrStore) sa = NULL, sb = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;

  two_copies (tmp, &a, &b);
  sa = open_as (1, a);
  sb = open_as (2, b);
  okr_store_set_score (sa, find (sa, "key_results", "title = 'New customers'"), 0.7, "Good",
                       0, &error);
  g_assert_no_error (error);
  later ();
  okr_store_set_score (sb, find (sb, "key_results", "title = 'New customers'"), 0.3, "Weak",
                       0, &error);
  g_assert_no_error (error);
  g_free (merge_both_ways (sa, a, sb, b));
  g_assert_cmpint (sync_util_count (sa, "scores", "1"), ==, 2);
  reason = text_of (sa, "SELECT reason FROM scores WHERE score = 0.3");
  g_assert_cmpstr (reason, ==, "Weak");
}

/* ───────────────────────── trees ───────────────────────── */

static void
test_unit_loop (Tmp *tmp, gconstpointer data)
{
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(OkrStore) sa = NULL, sb = NULL;
  g_autoptr(OkrMergeReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrChanges) move_a = okr_changes_new (OKR_ENTITY_UNIT);
  g_autoptr(OkrChanges) move_b = okr_changes_new (OKR_ENTITY_UNIT);
  g_autofree char *sales_parent = NULL, *ops_parent = NULL;
  g_autofree char *once = NULL, *twice = NULL;

  two_copies (tmp, &a, &b);
  sa = open_as (1, a);
  sb = open_as (2, b);
  /* A puts Sales under Support; later, B puts Operations (Support's parent) under North. */
  okr_changes_set_ref (move_a, "parent_id", find (sa, "units", "name = 'Support'"));
  g_assert_true (okr_store_update (sa, find (sa, "units", "name = 'Sales'"), move_a, &error));
  later ();
  okr_changes_set_ref (move_b, "parent_id", find (sb, "units", "name = 'North'"));
  g_assert_true (okr_store_update (sb, find (sb, "units", "name = 'Operations'"), move_b, &error));

  merge_ok (sa, b, &report);
  /* B's move was the later one: that is where the loop is cut. */
  sales_parent = text_of (sa, "SELECT p.name FROM units u JOIN units p ON p.id = u.parent_id "
                              "WHERE u.name = 'Sales'");
  ops_parent = text_of (sa, "SELECT p.name FROM units u JOIN units p ON p.id = u.parent_id "
                            "WHERE u.name = 'Operations'");
  g_assert_cmpstr (sales_parent, ==, "Support");
  g_assert_cmpstr (ops_parent, ==, "Acme");
  g_assert_cmpuint (report->warnings->len, ==, 1);
  g_assert_nonnull (strstr (report->warnings->pdata[0], "Operations"));
  once = sync_util_export (sa);

  /* B, not having seen the cut, moves North out of Sales: that ends the loop, so Operations
   * goes back to where B put it, since nothing calls for the cut any more. */
  {
    g_autoptr(OkrChanges) away = okr_changes_new (OKR_ENTITY_UNIT);
    g_autofree char *parent = NULL;
    later ();
    okr_changes_set_ref (away, "parent_id", okr_store_get_root_unit (sb));
    g_assert_true (okr_store_update (sb, find (sb, "units", "name = 'North'"), away, &error));
    twice = merge_both_ways (sa, a, sb, b);
    parent = text_of (sa, "SELECT p.name FROM units u JOIN units p ON p.id = u.parent_id "
                          "WHERE u.name = 'Operations'");
    g_assert_cmpstr (parent, ==, "North");
  }
  g_assert_cmpstr (once, !=, twice);
}

/* A leader who edits on top of a cut builds on what they saw: the cut becomes their edit,
 * and a later merge no longer undoes it. */
static void
test_unit_loop_settled (Tmp *tmp, gconstpointer data)
{
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(OkrStore) sa = NULL, sb = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrChanges) move_a = okr_changes_new (OKR_ENTITY_UNIT);
  g_autoptr(OkrChanges) move_b = okr_changes_new (OKR_ENTITY_UNIT);
  g_autoptr(OkrChanges) away = okr_changes_new (OKR_ENTITY_UNIT);
  g_autofree char *parent = NULL;

  two_copies (tmp, &a, &b);
  sa = open_as (1, a);
  sb = open_as (2, b);
  okr_changes_set_ref (move_a, "parent_id", find (sa, "units", "name = 'Support'"));
  g_assert_true (okr_store_update (sa, find (sa, "units", "name = 'Sales'"), move_a, &error));
  later ();
  okr_changes_set_ref (move_b, "parent_id", find (sb, "units", "name = 'North'"));
  g_assert_true (okr_store_update (sb, find (sb, "units", "name = 'Operations'"), move_b, &error));
  g_free (merge_both_ways (sa, a, sb, b));
  g_assert_cmpint (sync_util_count (sa, "meta", "key GLOB 'repair:*'"), >, 0);

  /* B, having seen the cut, moves North out of Sales: Operations stays where the cut put it. */
  later ();
  okr_changes_set_ref (away, "parent_id", okr_store_get_root_unit (sb));
  g_assert_true (okr_store_update (sb, find (sb, "units", "name = 'North'"), away, &error));
  g_assert_cmpint (sync_util_count (sb, "meta", "key GLOB 'repair:*'"), ==, 0);
  g_free (merge_both_ways (sa, a, sb, b));
  parent = text_of (sa, "SELECT p.name FROM units u JOIN units p ON p.id = u.parent_id "
                        "WHERE u.name = 'Operations'");
  g_assert_cmpstr (parent, ==, "Acme");
}

/* ───────────────────────── clocks ───────────────────────── */

static void
test_clock_ahead (Tmp *tmp, gconstpointer data)
{
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(OkrStore) sa = NULL, sb = NULL;
  g_autoptr(OkrMergeReport) report = NULL;
  g_autofree char *sql = NULL;
  gint64 now = okr_stamp_now_unix_ms ();
  OkrStamp ahead, stamp, bound;

  two_copies (tmp, &a, &b);
  sa = open_as (1, a);
  sb = open_as (2, b);
  /* Machine 2's clock runs ten days ahead when it renames Sales. */
  ahead = ((now + 10 * G_GINT64_CONSTANT (86400000) - OKR_STAMP_EPOCH_MS)
           << (OKR_STAMP_TAG_BITS + OKR_STAMP_COUNTER_BITS)) | 5 << OKR_STAMP_TAG_BITS |
          okr_device_get_default ()->tag;
  set_field (sb, OKR_ENTITY_UNIT, find (sb, "units", "name = 'North'"), "name", "North!", 0);
  sql = g_strdup_printf ("UPDATE units SET name = 'Sales (future)', name_at = %" G_GINT64_FORMAT
                         " WHERE name = 'Sales'", ahead);
  g_assert_true (okr_db_exec (_okr_store_get_db (sb), sql, NULL));

  merge_ok (sa, b, &report);
  okr_db_query_int (_okr_store_get_db (sa), "SELECT name_at FROM units WHERE name = "
                                            "'Sales (future)'", &stamp, NULL);
  g_assert_cmpint (stamp, !=, 0);
  bound = okr_stamp_now_unix_ms () + OKR_MERGE_MAX_AHEAD_MS;
  g_assert_cmpint (okr_stamp_get_unix_ms (stamp), <=, bound);
  g_assert_cmpint (okr_stamp_get_unix_ms (stamp), >=, now + OKR_MERGE_MAX_AHEAD_MS - 60000);
  /* Counter and device are kept. */
  g_assert_cmpint (okr_stamp_get_tag (stamp), ==, okr_stamp_get_tag (ahead));
  g_assert_cmpuint (report->warnings->len, ==, 1);
  g_assert_nonnull (strstr (report->warnings->pdata[0], "machine-2"));

  /* A local edit made afterwards carries a stamp no more than a day ahead, and wins. */
  set_field (sa, OKR_ENTITY_UNIT, find (sa, "units", "name = 'Sales (future)'"), "name", "Sales",
             0);
  {
    gint64 n = 0;
    okr_db_query_int (_okr_store_get_db (sa), "SELECT name_at FROM units WHERE name = 'Sales'",
                      &n, NULL);
    g_assert_cmpint (n, >, stamp);
    g_assert_cmpint (okr_stamp_get_unix_ms (n), <=, bound + 1000);
  }
}

/* ───────────────────────── refusals ───────────────────────── */

static void
assert_refused (OkrStore *into, const char *other, int code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = sync_util_export (into);
  g_autofree char *after = NULL;

  g_assert_false (okr_store_merge (into, other, NULL, &error));
  g_assert_error (error, OKR_STORE_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");
  after = sync_util_export (into);
  sync_util_assert_same (before, after);
}

static void
test_refuses (Tmp *tmp, gconstpointer data)
{
  g_autofree char *a = NULL, *b = NULL;
  g_autofree char *stranger = path_in (tmp, "stranger.okr");
  g_autofree char *text = path_in (tmp, "notes.okr");
  g_autofree char *hostile = path_in (tmp, "hostile.okr");
  g_autofree char *missing = path_in (tmp, "missing.okr");
  g_autoptr(OkrStore) sa = NULL;
  sqlite3 *raw = NULL;

  two_copies (tmp, &a, &b);
  sa = open_as (1, a);

  /* Another company's document. */
  sync_util_make_company (stranger);
  assert_refused (sa, stranger, OKR_STORE_ERROR_NOT_OURS);
  /* Not a document at all. */
  g_assert_true (g_file_set_contents (text, "Plan for Q1", -1, NULL));
  assert_refused (sa, text, OKR_STORE_ERROR_NOT_OURS);
  assert_refused (sa, missing, OKR_STORE_ERROR_NOT_FOUND);
  /* Our document with something added to its schema. */
  sync_util_copy (a, hostile);
  g_assert_cmpint (sqlite3_open (hostile, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "CREATE VIEW sneaky AS SELECT 1", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (raw);
  assert_refused (sa, hostile, OKR_STORE_ERROR_HOSTILE);
}

/* A copy whose rows break a rule of the schema in combination with ours: a second score
 * for a KR that already has one here. The merge fails in the middle and rolls back whole. */
static void
test_rolls_back (Tmp *tmp, gconstpointer data)
{
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(OkrStore) sa = NULL;
  g_autoptr(OkrStore) sb = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL, *insert = NULL;
  gint64 kr;

  two_copies (tmp, &a, &b);
  sa = open_as (1, a);
  sb = open_as (2, b);
  set_field (sb, OKR_ENTITY_UNIT, find (sb, "units", "name = 'Sales'"), "name", "Sales (B)", 0);
  kr = find (sb, "key_results", "title = 'New customers'");
  okr_store_set_score (sa, find (sa, "key_results", "title = 'New customers'"), 0.5, "", 0,
                       &error);
  g_assert_no_error (error);
  insert = g_strdup_printf ("INSERT INTO scores (uuid, kr_id, score) VALUES (randomblob (16), "
                            "%" G_GINT64_FORMAT ", 1)", kr);
  g_assert_true (okr_db_exec (_okr_store_get_db (sb), g_intern_string (insert), NULL));

  before = sync_util_export (sa);
  g_assert_false (okr_store_merge (sa, b, NULL, &error));
  g_assert_nonnull (error);
  after = sync_util_export (sa);
  sync_util_assert_same (before, after);
  g_assert_cmpint (sync_util_count (sa, "units", "name = 'Sales (B)'"), ==, 0);
}

static void
count_changed (OkrStore *store, guint entities, guint *calls)
{
  (*calls)++;
}

static void
test_signal (Tmp *tmp, gconstpointer data)
{
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(OkrStore) sa = NULL, sb = NULL;
  g_autoptr(OkrMergeReport) report = NULL;
  g_autoptr(GError) error = NULL;
  guint calls = 0;

  two_copies (tmp, &a, &b);
  sa = open_as (1, a);
  sb = open_as (2, b);
  set_field (sa, OKR_ENTITY_UNIT, find (sa, "units", "name = 'Sales'"), "name", "Sales!", 0);
  g_assert_true (okr_store_can_undo (sa));
  g_signal_connect (sa, "changed", G_CALLBACK (count_changed), &calls);

  /* Nothing new: no signal, no report, and undo still there. */
  merge_ok (sa, b, &report);
  g_assert_false (okr_merge_report_has_changes (report));
  g_assert_cmpuint (calls, ==, 0);
  g_assert_true (okr_store_can_undo (sa));
  g_clear_pointer (&report, okr_merge_report_free);

  set_field (sb, OKR_ENTITY_UNIT, find (sb, "units", "name = 'North'"), "name", "North!", 0);
  merge_ok (sa, b, &report);
  g_assert_true (okr_merge_report_has_changes (report));
  g_assert_cmpuint (calls, ==, 1);
  /* Undo would write back values the merge may have replaced: its history ends. */
  g_assert_false (okr_store_can_undo (sa));
}

/* Every stamped field of every table merges, whatever columns the schema has: the test
 * walks the table descriptors, as the merge does. */
static void
test_every_field (Tmp *tmp, gconstpointer data)
{
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(OkrStore) sa = NULL, sb = NULL;
  /* An hour ahead: later than any edit made here, within what a merge accepts. */
  OkrStamp base = (okr_stamp_now_unix_ms () + 3600000 - OKR_STAMP_EPOCH_MS)
                  << (OKR_STAMP_TAG_BITS + OKR_STAMP_COUNTER_BITS);
  guint checked = 0;

  two_copies (tmp, &a, &b);
  sa = open_as (1, a);
  sb = open_as (2, b);
  {
    g_autoptr(GError) error = NULL;
    gint64 root = okr_store_get_root_unit (sb);
    okr_store_set_retrospective (sb, root, find (sb, "cycles", "name = 'Q1 2027'"), "a", "b",
                                 "c", &error);
    g_assert_no_error (error);
    g_free (merge_both_ways (sa, a, sb, b));
  }

  for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
    {
      const OkrTableInfo *info = okr_schema_get_table (e);
      for (guint f = 0; !info->append_only && f < info->n_fields; f++)
        {
          const char *name = info->fields[f].name;
          g_autofree char *sql = NULL;
          g_autofree char *check = NULL;
          g_autofree char *query = NULL;
          gint64 n = 0;

          if (!okr_schema_has_stamp (info, f))
            continue;
          /* In B, give one row the value of another row (or its own) with a stamp far
           * above anything; A must take it. */
          sql = g_strdup_printf ("UPDATE %s SET %s = coalesce ((SELECT y.%s FROM %s y "
                                 "WHERE y.id != %s.id AND y.%s IS NOT %s.%s LIMIT 1), %s), "
                                 "%s_at = %" G_GINT64_FORMAT " + %u "
                                 "WHERE id = (SELECT min(id) FROM %s)",
                                 info->table, name, name, info->table, info->table, name,
                                 info->table, name, name, name, base, e * 64 + f, info->table);
          g_assert_true (okr_db_exec (_okr_store_get_db (sb), g_intern_string (sql), NULL));
          if (sync_util_count (sb, info->table, "1") == 0)
            continue;
          merge_ok (sa, b, NULL);
          check = g_strdup_printf ("%s_at = %" G_GINT64_FORMAT " + %u", name, base, e * 64 + f);
          query = g_strdup_printf ("SELECT count(*) FROM %s a WHERE %s AND EXISTS (SELECT 1 "
                                   "FROM %s b WHERE b.uuid = a.uuid)", info->table, check,
                                   info->table);
          okr_db_query_int (_okr_store_get_db (sa), g_intern_string (query), &n, NULL);
          g_assert_cmpint (n, ==, 1);
          checked++;
        }
    }
  g_assert_cmpuint (checked, >=, 40);
  g_free (merge_both_ways (sa, a, sb, b));
}

/* ───────────────────────── properties ───────────────────────── */

#define N_MACHINES 3

typedef struct {
  char     *path[N_MACHINES];
  OkrStore *store[N_MACHINES];
} Fleet;

static void
fleet_open (Fleet *fleet, Tmp *tmp)
{
  for (guint i = 0; i < N_MACHINES; i++)
    {
      g_autofree char *name = g_strdup_printf ("m%u.okr", i + 1);
      fleet->path[i] = path_in (tmp, name);
      if (i == 0)
        {
          sync_util_become (1);
          sync_util_make_company (fleet->path[0]);
        }
      else
        sync_util_copy (fleet->path[0], fleet->path[i]);
      fleet->store[i] = open_as (i + 1, fleet->path[i]);
    }
}

static void
fleet_close (Fleet *fleet)
{
  for (guint i = 0; i < N_MACHINES; i++)
    {
      g_clear_object (&fleet->store[i]);
      g_free (fleet->path[i]);
    }
}

/* A fresh copy of @from, opened as machine @n, at @name. */
static OkrStore *
copy_of (Tmp *tmp, const char *from, const char *name, guint n, char **path)
{
  *path = path_in (tmp, name);
  g_unlink (*path);
  sync_util_copy (from, *path);
  return open_as (n, *path);
}

static char *
merged (Tmp *tmp, const char *x, const char *y, const char *name)
{
  g_autofree char *path = NULL;
  g_autoptr(OkrStore) s = copy_of (tmp, x, name, 9, &path);

  merge_ok (s, y, NULL);
  return g_steal_pointer (&path);
}

/* merge(a, b) = merge(b, a); merge(a, a) = a; merge(merge(a, b), c) = merge(a, merge(b, c)). */
static void
check_algebra (Tmp *tmp, Fleet *fleet)
{
  const char *a = fleet->path[0], *b = fleet->path[1], *c = fleet->path[2];
  g_autofree char *ab = merged (tmp, a, b, "ab.okr");
  g_autofree char *ba = merged (tmp, b, a, "ba.okr");
  g_autofree char *aa = merged (tmp, a, a, "aa.okr");
  g_autofree char *ab_c = merged (tmp, ab, c, "ab_c.okr");
  g_autofree char *bc = merged (tmp, b, c, "bc.okr");
  g_autofree char *a_bc = merged (tmp, a, bc, "a_bc.okr");
  g_autofree char *e_ab = sync_util_export_file (ab);
  g_autofree char *e_ba = sync_util_export_file (ba);
  g_autofree char *e_a = sync_util_export_file (a);
  g_autofree char *e_aa = sync_util_export_file (aa);
  g_autofree char *e_ab_c = sync_util_export_file (ab_c);
  g_autofree char *e_a_bc = sync_util_export_file (a_bc);

  sync_util_assert_same (e_ab, e_ba);
  sync_util_assert_same (e_a, e_aa);
  sync_util_assert_same (e_ab_c, e_a_bc);
}

static void
add_all (GHashTable *into, GHashTable *from)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (into, g_strdup (key));
}

/* The weekly confidence summary (derived state, schema v4) is what the check-ins sum to. */
static void
assert_weeks_agree (OkrStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 wrong = -1;

  g_assert_true (_okr_store_count_wrong_weeks (store, &wrong, &error));
  g_assert_no_error (error);
  g_assert_cmpint (wrong, ==, 0);
}

/* A KR brought back by a merge because its initiative was edited after the KR's deletion
 * goes again once that initiative's own deletion arrives: the earlier merge's repair is
 * undone by SQL, and the objective's weekly confidence (schema v4) follows both times. */
static void
test_repair_undone_weeks (Tmp *tmp, gconstpointer data)
{
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(OkrStore) sa = NULL, sb = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrChanges) rename = okr_changes_new (OKR_ENTITY_INITIATIVE);

  two_copies (tmp, &a, &b);
  sa = open_as (1, a);
  sb = open_as (2, b);
  g_assert_true (okr_store_delete (sb, OKR_ENTITY_KEY_RESULT,
                                   find (sb, "key_results", "title = 'Revenue'"), &error));
  assert_weeks_agree (sb);
  later ();
  okr_changes_set_text (rename, "title", "Call every lead twice");
  g_assert_true (okr_store_update (sa, find (sa, "initiatives", "title = 'Call every lead'"),
                                   rename, &error));

  merge_ok (sb, a, NULL);
  g_assert_cmpint (sync_util_count (sb, "key_results", "title = 'Revenue' AND deleted = 0"), ==, 1);
  assert_weeks_agree (sb);

  later ();
  g_assert_true (okr_store_delete (sa, OKR_ENTITY_INITIATIVE,
                                   find (sa, "initiatives", "title = 'Call every lead twice'"),
                                   &error));
  merge_ok (sb, a, NULL);
  g_assert_cmpint (sync_util_count (sb, "key_results", "title = 'Revenue' AND deleted = 1"), ==, 1);
  assert_weeks_agree (sb);
}

static void
test_property (Tmp *tmp, gconstpointer data)
{
  guint seed = GPOINTER_TO_UINT (data);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GHashTable) created = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Fleet fleet = { 0 };
  g_autofree char *reference = NULL;
  guint n_edits = 0, n_merges = 0;

  fleet_open (&fleet, tmp);
  {
    g_autoptr(GHashTable) initial = sync_util_checkin_set (fleet.store[0]);
    add_all (created, initial);
  }

  for (guint round = 0; round < 6; round++)
    {
      /* Everyone edits offline… */
      for (guint m = 0; m < N_MACHINES; m++)
        for (guint k = 0, n = g_rand_int_range (rand, 1, 10); k < n; k++)
          n_edits += sync_util_random_edit (fleet.store[m], rand, created) ? 1 : 0;
      /* …then some copies meet, in a random order. */
      for (guint k = 0, n = g_rand_int_range (rand, 0, 4); k < n; k++)
        {
          guint into = g_rand_int_range (rand, 0, N_MACHINES);
          guint from = g_rand_int_range (rand, 0, N_MACHINES);
          merge_ok (fleet.store[into], fleet.path[from], NULL);
          n_merges++;
        }
      for (guint m = 0; m < N_MACHINES; m++)
        assert_weeks_agree (fleet.store[m]);
      check_algebra (tmp, &fleet);
    }

  /* Everyone meets everyone, in a random order, until nothing changes. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint k = 0; k < N_MACHINES * N_MACHINES; k++)
      {
        guint into = g_rand_int_range (rand, 0, N_MACHINES);
        guint from = g_rand_int_range (rand, 0, N_MACHINES);
        merge_ok (fleet.store[into], fleet.path[from], NULL);
      }
  for (guint m = 1; m < N_MACHINES; m++)
    merge_ok (fleet.store[0], fleet.path[m], NULL);
  for (guint m = 1; m < N_MACHINES; m++)
    merge_ok (fleet.store[m], fleet.path[0], NULL);

  g_test_message ("seed %u: %u edits written on %u machines, %u merges in random order, "
                  "6 checks of the algebra, %u check-ins", seed, n_edits, N_MACHINES,
                  n_merges + 2 * N_MACHINES * N_MACHINES + 2 * (N_MACHINES - 1),
                  g_hash_table_size (created));
  reference = sync_util_export (fleet.store[0]);
  for (guint m = 0; m < N_MACHINES; m++)
    {
      g_autofree char *export = sync_util_export (fleet.store[m]);
      g_autoptr(GHashTable) checkins = sync_util_checkin_set (fleet.store[m]);
      GHashTableIter iter;
      gpointer key;

      sync_util_assert_same (export, reference);
      assert_weeks_agree (fleet.store[m]);
      g_assert_cmpuint (g_hash_table_size (checkins), ==, g_hash_table_size (created));
      g_hash_table_iter_init (&iter, created);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_assert_true (g_hash_table_contains (checkins, key));
      g_assert_true (okr_store_check_file (fleet.path[m], NULL));
    }
  fleet_close (&fleet);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Tmp, NULL, tmp_setup, func, tmp_teardown)
  ADD ("/merge/fields/different-fields", test_different_fields);
  ADD ("/merge/fields/same-field", test_same_field);
  ADD ("/merge/fields/equal-stamps", test_equal_stamps);
  ADD ("/merge/fields/every-field", test_every_field);
  ADD ("/merge/rows/added", test_added_rows);
  ADD ("/merge/delete/wins-over-older-edit", test_delete_wins_over_older_edit);
  ADD ("/merge/copy-from-older-version", test_copy_from_older_version);
  ADD ("/merge/delete/repair-undone-weeks", test_repair_undone_weeks);
  ADD ("/merge/delete/loses-to-newer-edit", test_delete_loses_to_newer_edit);
  ADD ("/merge/delete/container-comes-back", test_delete_container_comes_back);
  ADD ("/merge/delete/undelete", test_undelete);
  ADD ("/merge/history/checkins-grow-only", test_checkins_grow_only);
  ADD ("/merge/history/scores-one-row", test_scores_one_row);
  ADD ("/merge/tree/unit-loop", test_unit_loop);
  ADD ("/merge/tree/unit-loop-settled", test_unit_loop_settled);
  ADD ("/merge/clock-ahead", test_clock_ahead);
  ADD ("/merge/refuses", test_refuses);
  ADD ("/merge/rolls-back", test_rolls_back);
  ADD ("/merge/signal", test_signal);
#undef ADD

  /* CASCADE_TEST_SEEDS=n runs more, for a long hunt. */
  for (guint seed = 1, n = g_getenv ("CASCADE_TEST_SEEDS") != NULL
                             ? (guint) atoi (g_getenv ("CASCADE_TEST_SEEDS")) : 8;
       seed <= n; seed++)
    {
      g_autofree char *path = g_strdup_printf ("/merge/property/seed-%u", seed);
      g_test_add (path, Tmp, GUINT_TO_POINTER (seed), tmp_setup, test_property, tmp_teardown);
    }
  return g_test_run ();
}
