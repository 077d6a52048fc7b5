/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-outline.c — the edits the editors make (fields, order, moves, reshaping, carrying
 * forward) do exactly what they say, refuse what they must, and each is one undo step:
 * after many random edits, undoing all gives back the document exactly, and so does
 * redoing all. */
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>

#include "okr-rollup.h"
#include "okr-schema.h"
#include "okr-search.h"
#include "okr-store-outline.h"
#include "okr-store-read.h"

static OkrDate
ymd (int y, int m, int d)
{
  return okr_date_from_ymd (y, m, d);
}

/* ───────────────────────── a document ───────────────────────── */

typedef struct {
  char     *dir, *path;
  OkrStore *store;
  gint64    ana, ben;
  gint64    company, sales, marketing, north, south;
  gint64    year, q1, q2;
} Doc;

static gint64
ok_id (gint64 id, GError *error)
{
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
doc_setup (Doc *d, gconstpointer data)
{
  GError *error = NULL;

  d->dir = g_dir_make_tmp ("cascade-outline-XXXXXX", &error);
  g_assert_no_error (error);
  d->path = g_build_filename (d->dir, "doc.okr", NULL);
  d->store = okr_store_create (d->path, "Acme", &error);
  g_assert_no_error (error);
  d->ana = ok_id (okr_store_add_person (d->store, "Ana", NULL, &error), error);
  d->ben = ok_id (okr_store_add_person (d->store, "Ben", "ben@example.com", &error), error);
  d->company = okr_store_get_root_unit (d->store);
  d->sales = ok_id (okr_store_add_unit (d->store, d->company, "Sales", OKR_UNIT_DEPARTMENT,
                                        &error), error);
  d->marketing = ok_id (okr_store_add_unit (d->store, d->company, "Marketing",
                                            OKR_UNIT_DEPARTMENT, &error), error);
  d->north = ok_id (okr_store_add_unit (d->store, d->sales, "North", OKR_UNIT_TEAM, &error),
                    error);
  d->south = ok_id (okr_store_add_unit (d->store, d->sales, "South", OKR_UNIT_TEAM, &error),
                    error);
  d->year = ok_id (okr_store_add_cycle (d->store, "2027", ymd (2027, 1, 1), ymd (2027, 12, 31),
                                        0, &error), error);
  d->q1 = ok_id (okr_store_add_cycle (d->store, "Q1 2027", ymd (2027, 1, 1), ymd (2027, 3, 31),
                                      d->year, &error), error);
  d->q2 = ok_id (okr_store_add_cycle (d->store, "Q2 2027", ymd (2027, 4, 1), ymd (2027, 6, 30),
                                      d->year, &error), error);
}

static void
doc_teardown (Doc *d, gconstpointer data)
{
  g_clear_object (&d->store);
  g_unlink (d->path);
  g_rmdir (d->dir);
  g_free (d->path);
  g_free (d->dir);
}

static gint64
objective (Doc *d, gint64 cycle, gint64 unit, const char *title, gint64 align_kr)
{
  GError *error = NULL;
  return ok_id (okr_store_add_objective (d->store, cycle, unit, title, d->ana, FALSE, 0, align_kr,
                                         &error), error);
}

static gint64
key_result (Doc *d, gint64 o, const char *title, OkrKrKind kind, double baseline, double target)
{
  GError *error = NULL;
  OkrKrSpec spec;
  const char *milestones[] = { "Plan", "Pilot", "Ship", NULL };

  okr_kr_spec_init (&spec);
  spec.kind = kind;
  spec.baseline = baseline;
  spec.target = target;
  spec.owner_id = d->ben;
  spec.milestones = kind == OKR_KR_MILESTONE ? milestones : NULL;
  return ok_id (okr_store_add_key_result (d->store, o, title, &spec, &error), error);
}

/* The document as a person sees it: every live row's fields, by uuid, without stamps or
 * derived columns — built from the schema's own table descriptions. */
static char *
dump (Doc *d)
{
  sqlite3 *db = NULL;
  GString *out = g_string_new (NULL);

  g_assert_cmpint (sqlite3_open_v2 (d->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
    {
      const OkrTableInfo *info = okr_schema_get_table (e);
      g_autoptr(GString) sql = g_string_new ("SELECT hex(uuid)");
      sqlite3_stmt *stmt = NULL;

      for (guint f = 0; f < info->n_fields; f++)
        g_string_append_printf (sql, ", quote(%s)", info->fields[f].name);
      g_string_append_printf (sql, " FROM %s %s ORDER BY uuid", info->table,
                              info->append_only ? "" : "WHERE deleted = 0");
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_string_append (out, info->table);
          for (int c = 0; c <= (int) info->n_fields; c++)
            g_string_append_printf (out, " %s", sqlite3_column_text (stmt, c));
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

static OkrRollup *
rollup (Doc *d, gint64 cycle)
{
  GError *error = NULL;
  OkrRollup *r = okr_rollup_new (d->store, cycle, ymd (2027, 2, 15), &error);

  g_assert_no_error (error);
  return r;
}

static char *
titles (OkrRollup *r, gint64 unit)
{
  GPtrArray *objectives = okr_rollup_get_objectives (r, unit);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < objectives->len; i++)
    g_string_append_printf (out, "%s%s", i ? "," : "",
                            okr_objective_get_title (objectives->pdata[i]));
  return g_string_free (out, FALSE);
}

static char *
kr_titles (OkrRollup *r, gint64 objective_id)
{
  GPtrArray *krs = okr_rollup_get_key_results (r, objective_id);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < krs->len; i++)
    g_string_append_printf (out, "%s%s", i ? "," : "",
                            okr_key_result_get_title (krs->pdata[i]));
  return g_string_free (out, FALSE);
}

static gint64
first_id (Doc *d, const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;

  g_assert_cmpint (sqlite3_open_v2 (d->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return id;
}

/* ───────────────────────── each operation ───────────────────────── */

static void
test_reorder (Doc *d, gconstpointer data)
{
  GError *error = NULL;
  gint64 a = objective (d, d->q1, d->sales, "A", 0);
  gint64 b = objective (d, d->q1, d->sales, "B", 0);
  gint64 c = objective (d, d->q1, d->sales, "C", 0);
  g_autofree char *before = NULL;

  objective (d, d->q1, d->north, "Elsewhere", 0);
  g_assert_true (okr_store_reorder (d->store, OKR_ENTITY_OBJECTIVE, c, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (okr_store_get_undo_label (d->store), ==, "Move objective");
  {
    g_autoptr(OkrRollup) r = rollup (d, d->q1);
    g_autofree char *t = titles (r, d->sales);
    g_assert_cmpstr (t, ==, "C,A,B");
  }
  /* one place down; then nothing happens past the end, and no undo step is made */
  g_assert_true (okr_store_move_by (d->store, OKR_ENTITY_OBJECTIVE, a, -1, &error));
  g_assert_true (okr_store_move_by (d->store, OKR_ENTITY_OBJECTIVE, b, 1, &error));
  before = dump (d);
  g_assert_true (okr_store_undo (d->store, &error));
  {
    g_autoptr(OkrRollup) r = rollup (d, d->q1);
    g_autofree char *t = titles (r, d->sales);
    g_assert_cmpstr (t, ==, "C,A,B");
  }
  g_assert_true (okr_store_redo (d->store, &error));
  {
    g_autoptr(OkrRollup) r = rollup (d, d->q1);
    g_autofree char *t = titles (r, d->sales);
    g_autofree char *now = dump (d);
    g_assert_cmpstr (t, ==, "A,C,B");
    g_assert_cmpstr (now, ==, before);
  }
  /* the index is clamped to the last place */
  g_assert_true (okr_store_reorder (d->store, OKR_ENTITY_OBJECTIVE, a, 99, &error));
  {
    g_autoptr(OkrRollup) r = rollup (d, d->q1);
    g_autofree char *t = titles (r, d->sales);
    g_assert_cmpstr (t, ==, "C,B,A");
  }
  {
    g_autoptr(GArray) siblings = okr_store_list_siblings (d->store, OKR_ENTITY_UNIT, d->south,
                                                          &error);
    g_assert_cmpuint (siblings->len, ==, 2);
    g_assert_cmpint (g_array_index (siblings, gint64, 0), ==, d->north);
  }
}

static void
test_move_unit (Doc *d, gconstpointer data)
{
  GError *error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (okr_store_move_unit (d->store, d->south, d->marketing, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (okr_store_get_undo_label (d->store), ==, "Move unit");
  {
    g_autoptr(OkrRollup) r = rollup (d, d->q1);
    g_assert_cmpint (okr_unit_get_parent_id (okr_rollup_find_unit (r, d->south)), ==,
                     d->marketing);
    g_assert_cmpuint (okr_rollup_get_unit_children (r, d->sales)->len, ==, 1);
  }

  /* under one of its own teams: refused, and nothing changed */
  before = dump (d);
  g_assert_false (okr_store_move_unit (d->store, d->sales, d->north, NULL, &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  after = dump (d);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (okr_store_get_undo_label (d->store), ==, "Move unit");
}

/* A team moved away from its department can't stay aligned to the department's OKRs; one
 * aligned to the company can. Undo brings the team and its alignments back. */
static void
test_move_unit_alignment (Doc *d, gconstpointer data)
{
  GError *error = NULL;
  gint64 top = objective (d, d->q1, d->company, "Top", 0);
  gint64 top_kr = key_result (d, top, "Top KR", OKR_KR_NUMBER, 0, 10);
  gint64 dept = objective (d, d->q1, d->sales, "Dept", top_kr);
  gint64 dept_kr = key_result (d, dept, "Dept KR", OKR_KR_NUMBER, 0, 10);
  gint64 to_dept = objective (d, d->q1, d->south, "To the department", dept_kr);
  gint64 to_top = objective (d, d->q1, d->south, "To the company", top_kr);
  g_autofree char *before = dump (d);
  guint n = 99;

  g_assert_true (okr_store_move_unit (d->store, d->south, d->marketing, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  {
    g_autoptr(OkrRollup) r = rollup (d, d->q1);
    g_assert_cmpint (okr_objective_get_align_kr_id (okr_rollup_find_objective (r, to_dept)), ==,
                     0);
    g_assert_cmpint (okr_objective_get_align_kr_id (okr_rollup_find_objective (r, to_top)), ==,
                     top_kr);
  }
  g_assert_true (okr_store_undo (d->store, &error));
  g_assert_no_error (error);
  {
    g_autofree char *now = dump (d);
    g_assert_cmpstr (now, ==, before);
  }
  g_assert_true (okr_store_redo (d->store, &error));
  g_assert_no_error (error);

  /* the same for a quarter taken out of its year */
  {
    gint64 year_o = objective (d, d->year, d->company, "Year", 0);
    gint64 quarter_o = ok_id (okr_store_add_objective (d->store, d->q2, d->sales, "Quarter", 0,
                                                       FALSE, year_o, 0, &error), error);
    g_assert_true (okr_store_update_cycle (d->store, d->q2, "Q2 2027", ymd (2027, 4, 1),
                                           ymd (2027, 6, 30), 0, &error));
    g_assert_no_error (error);
    {
      g_autoptr(OkrRollup) r = rollup (d, d->q2);
      g_assert_cmpint (okr_objective_get_align_objective_id (okr_rollup_find_objective (r,
                                                                                        quarter_o)),
                       ==, 0);
    }
    g_assert_true (okr_store_undo (d->store, &error));
    g_assert_no_error (error);
  }
}

static void
test_update_fields (Doc *d, gconstpointer data)
{
  GError *error = NULL;
  gint64 top = objective (d, d->q1, d->company, "Top", 0);
  gint64 top_kr = key_result (d, top, "Top KR", OKR_KR_NUMBER, 0, 10);
  gint64 o = objective (d, d->q1, d->north, "Team", 0);
  gint64 kr = key_result (d, o, "Count", OKR_KR_NUMBER, 5, 50);
  gint64 init;
  OkrObjectiveSpec spec;
  OkrKrSpec kr_spec;

  okr_objective_spec_init (&spec);
  spec.title = "Team, renamed";
  spec.description = "Why it matters";
  spec.owner_id = d->ben;
  spec.aspirational = TRUE;
  spec.align_kr_id = top_kr;
  g_assert_true (okr_store_update_objective (d->store, o, &spec, &error));
  g_assert_no_error (error);

  okr_kr_spec_init (&kr_spec);
  kr_spec.kind = OKR_KR_BOOLEAN;
  kr_spec.baseline = 7;
  kr_spec.target = 9;
  kr_spec.weight = 2;
  g_assert_true (okr_store_update_key_result (d->store, kr, "Done?", &kr_spec, &error));
  g_assert_no_error (error);
  {
    g_autoptr(OkrRollup) r = rollup (d, d->q1);
    OkrObjective *ob = okr_rollup_find_objective (r, o);
    OkrKeyResult *k = okr_rollup_find_key_result (r, kr);

    g_assert_cmpstr (okr_objective_get_title (ob), ==, "Team, renamed");
    g_assert_cmpstr (okr_objective_get_description (ob), ==, "Why it matters");
    g_assert_true (okr_objective_get_aspirational (ob));
    g_assert_cmpint (okr_objective_get_align_kr_id (ob), ==, top_kr);
    g_assert_cmpint (okr_objective_get_owner_id (ob), ==, d->ben);
    /* done or not: 0 → 1, whatever was asked */
    g_assert_cmpfloat (okr_key_result_get_baseline (k), ==, 0);
    g_assert_cmpfloat (okr_key_result_get_target (k), ==, 1);
    g_assert_cmpfloat (okr_key_result_get_weight (k), ==, 2);
    g_assert_cmpint (okr_key_result_get_owner_id (k), ==, 0);
    g_assert_cmpuint (okr_rollup_get_aligned_to_kr (r, top_kr)->len, ==, 1);
  }

  /* aligning to a unit that is not above is refused */
  spec.align_kr_id = 0;
  spec.align_objective_id = objective (d, d->q1, d->south, "Sibling", 0);
  g_assert_false (okr_store_update_objective (d->store, o, &spec, &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (okr_store_update_person (d->store, d->ben, "Benedikt", "", &error));
  g_assert_true (okr_store_update_unit (d->store, d->north, "North & East", OKR_UNIT_TEAM, d->ana,
                                        &error));
  g_assert_true (okr_store_update_cycle (d->store, d->q2, "Q2", ymd (2027, 4, 2),
                                         ymd (2027, 6, 29), d->year, &error));
  init = ok_id (okr_store_add_initiative (d->store, top_kr, "Hire", 0, &error), error);
  g_assert_true (okr_store_update_initiative (d->store, init, "Hire two", d->ana,
                                              OKR_INITIATIVE_DOING, &error));
  g_assert_no_error (error);
  g_assert_cmpint (okr_store_resolve (d->store, OKR_ENTITY_PERSON, "Benedikt", NULL), ==, d->ben);
  g_assert_cmpint (okr_store_resolve (d->store, OKR_ENTITY_UNIT, "North & East", NULL), ==,
                   d->north);
  g_assert_cmpint (okr_store_resolve (d->store, OKR_ENTITY_INITIATIVE, "Hire two", NULL), ==,
                   init);
  /* a cycle outside its year is refused */
  g_assert_false (okr_store_update_cycle (d->store, d->q2, "Q2", ymd (2027, 4, 2),
                                          ymd (2028, 1, 29), d->year, &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID);
  g_clear_error (&error);
}

static void
test_milestones (Doc *d, gconstpointer data)
{
  GError *error = NULL;
  gint64 o = objective (d, d->q1, d->sales, "Ship it", 0);
  gint64 kr = key_result (d, o, "Steps", OKR_KR_MILESTONE, 0, 0);
  g_autoptr(GArray) ids = okr_store_list_siblings (d->store, OKR_ENTITY_MILESTONE,
                                                   first_id (d, "SELECT id FROM milestones "
                                                                "WHERE title = 'Plan'"),
                                                   &error);
  OkrCheckinSpec checkin;
  const guint first[] = { 1 };

  g_assert_nonnull (ids);
  g_assert_cmpuint (ids->len, ==, 3);
  /* "Plan" is done */
  okr_checkin_spec_init (&checkin);
  checkin.milestones_done = first;
  checkin.n_milestones_done = 1;
  ok_id (okr_store_add_checkin (d->store, kr, &checkin, &error), error);

  /* Ship first, Plan kept (and still done), Pilot gone, Review new */
  {
    gint64 keep[] = { g_array_index (ids, gint64, 2), g_array_index (ids, gint64, 0), 0 };
    const char *names[] = { "Ship", "Plan well", "Review" };
    g_assert_true (okr_store_set_milestones (d->store, kr, keep, names, 3, &error));
    g_assert_no_error (error);
  }
  {
    g_autoptr(OkrRollup) r = rollup (d, d->q1);
    OkrKeyResult *k = okr_rollup_find_key_result (r, kr);
    g_autoptr(GArray) now = okr_store_list_siblings (d->store, OKR_ENTITY_MILESTONE,
                                                     g_array_index (ids, gint64, 0), &error);

    g_assert_cmpuint (okr_key_result_get_milestones_total (k), ==, 3);
    g_assert_cmpuint (okr_key_result_get_milestones_done (k), ==, 1);
    g_assert_cmpfloat (okr_key_result_get_target (k), ==, 3);
    g_assert_cmpint (g_array_index (now, gint64, 0), ==, g_array_index (ids, gint64, 2));
    g_assert_cmpint (g_array_index (now, gint64, 1), ==, g_array_index (ids, gint64, 0));
  }
  g_assert_cmpstr (okr_store_get_undo_label (d->store), ==, "Edit milestones");
}

static void
test_to_initiative (Doc *d, gconstpointer data)
{
  GError *error = NULL;
  gint64 o = objective (d, d->q1, d->sales, "Win", 0);
  gint64 outcome = key_result (d, o, "Ten new customers", OKR_KR_NUMBER, 0, 10);
  gint64 task = key_result (d, o, "Launch the portal", OKR_KR_NUMBER, 0, 1);
  gint64 sub = ok_id (okr_store_add_initiative (d->store, task, "Write the copy", 0, &error),
                      error);
  g_autofree char *before = dump (d);
  gint64 init;

  init = okr_store_key_result_to_initiative (d->store, task, outcome, &error);
  g_assert_no_error (error);
  g_assert_cmpint (init, >, 0);
  {
    g_autoptr(OkrRollup) r = rollup (d, d->q1);
    g_autofree char *t = kr_titles (r, o);
    g_autoptr(GArray) siblings = okr_store_list_siblings (d->store, OKR_ENTITY_INITIATIVE, init,
                                                          &error);
    g_assert_cmpstr (t, ==, "Ten new customers");
    /* the task first, then what served it */
    g_assert_cmpuint (siblings->len, ==, 2);
    g_assert_cmpint (g_array_index (siblings, gint64, 0), ==, init);
    g_assert_cmpint (g_array_index (siblings, gint64, 1), ==, sub);
  }
  g_assert_true (okr_store_undo (d->store, &error));
  {
    g_autofree char *now = dump (d);
    g_assert_cmpstr (now, ==, before);
  }
  g_assert_cmpint (okr_store_key_result_to_initiative (d->store, task, task, &error), ==, 0);
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID);
  g_clear_error (&error);
}

static void
test_carry_forward (Doc *d, gconstpointer data)
{
  GError *error = NULL;
  gint64 year_o = objective (d, d->year, d->company, "A great year", 0);
  gint64 year_kr = key_result (d, year_o, "Revenue", OKR_KR_CURRENCY, 0, 1000);
  gint64 parent = objective (d, d->q1, d->sales, "Grow", year_kr);
  gint64 parent_kr = key_result (d, parent, "Deals", OKR_KR_NUMBER, 10, 30);
  gint64 child = objective (d, d->q1, d->north, "North grows", parent_kr);
  gint64 steps = key_result (d, child, "Steps", OKR_KR_MILESTONE, 0, 0);
  gint64 left = objective (d, d->q1, d->south, "Left behind", parent_kr);
  OkrCheckinSpec checkin;
  const guint first[] = { 1 };
  gint64 ids[] = { child, parent };
  g_autoptr(GArray) copies = NULL;

  key_result (d, left, "Anything", OKR_KR_NUMBER, 0, 1);
  okr_checkin_spec_init (&checkin);
  checkin.value = 18;
  checkin.date = ymd (2027, 3, 20);
  ok_id (okr_store_add_checkin (d->store, parent_kr, &checkin, &error), error);
  okr_checkin_spec_init (&checkin);
  checkin.milestones_done = first;
  checkin.n_milestones_done = 1;
  ok_id (okr_store_add_checkin (d->store, steps, &checkin, &error), error);

  g_assert_cmpint (okr_store_find_previous_cycle (d->store, d->q2), ==, d->q1);
  g_assert_cmpint (okr_store_find_previous_cycle (d->store, d->q1), ==, 0);
  g_assert_cmpint (okr_store_find_previous_cycle (d->store, d->year), ==, 0);

  /* the child first: its parent is copied after it, and it still finds the copy */
  copies = okr_store_carry_forward (d->store, ids, G_N_ELEMENTS (ids), d->q2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (copies->len, ==, 2);
  g_assert_cmpstr (okr_store_get_undo_label (d->store), ==, "Copy objectives from last cycle");
  {
    g_autoptr(OkrRollup) r = rollup (d, d->q2);
    OkrObjective *new_child = okr_rollup_find_objective (r, g_array_index (copies, gint64, 0));
    OkrObjective *new_parent = okr_rollup_find_objective (r, g_array_index (copies, gint64, 1));
    GPtrArray *parent_krs = okr_rollup_get_key_results (r, okr_objective_get_id (new_parent));
    GPtrArray *child_krs = okr_rollup_get_key_results (r, okr_objective_get_id (new_child));
    OkrKeyResult *deals = parent_krs->pdata[0];
    OkrKeyResult *new_steps = child_krs->pdata[0];

    g_assert_cmpstr (okr_objective_get_title (new_child), ==, "North grows");
    g_assert_cmpint (okr_objective_get_unit_id (new_child), ==, d->north);
    /* the baseline is where the KR got to; the target stays */
    g_assert_cmpfloat (okr_key_result_get_baseline (deals), ==, 18);
    g_assert_cmpfloat (okr_key_result_get_target (deals), ==, 30);
    g_assert_cmpint (okr_key_result_get_owner_id (deals), ==, d->ben);
    /* the child aligns to the copy of its parent's KR; the parent still to the year */
    g_assert_cmpint (okr_objective_get_align_kr_id (new_child), ==, okr_key_result_get_id (deals));
    g_assert_cmpint (okr_objective_get_align_kr_id (new_parent), ==, year_kr);
    /* milestones start again */
    g_assert_cmpuint (okr_key_result_get_milestones_total (new_steps), ==, 3);
    g_assert_cmpuint (okr_key_result_get_milestones_done (new_steps), ==, 0);
    g_assert_cmpuint (okr_rollup_get_objectives (r, d->south)->len, ==, 0);
  }
  g_assert_true (okr_store_undo (d->store, &error));
  {
    g_autoptr(OkrRollup) r = rollup (d, d->q2);
    g_assert_cmpuint (okr_rollup_get_objectives (r, d->north)->len, ==, 0);
  }
}

/* ───────────────────────── finding titles ───────────────────────── */

static char *
hit_list (OkrSearch *search, const char *text, gint64 cycle)
{
  g_autoptr(GPtrArray) hits = okr_search_query (search, text, cycle, 10);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < hits->len; i++)
    {
      OkrSearchHit *h = hits->pdata[i];
      g_string_append_printf (out, "%s%s@%s/%s", i ? "," : "", okr_search_hit_get_title (h),
                              okr_search_hit_get_unit_name (h),
                              okr_search_hit_get_cycle_name (h) ? okr_search_hit_get_cycle_name (h)
                                                                : "-");
    }
  return g_string_free (out, FALSE);
}

static void
test_search (Doc *d, gconstpointer data)
{
  GError *error = NULL;
  gint64 o = objective (d, d->q1, d->north, "Tăng trưởng miền Bắc", 0);
  g_autoptr(OkrSearch) search = NULL;

  key_result (d, o, "Khách hàng mới ở Hà Nội", OKR_KR_NUMBER, 0, 10);
  objective (d, d->q2, d->south, "Grow the north further", 0);
  objective (d, d->q1, d->south, "Delete me", 0);
  g_assert_true (okr_store_delete (d->store, OKR_ENTITY_OBJECTIVE,
                                   okr_store_resolve (d->store, OKR_ENTITY_OBJECTIVE, "Delete me",
                                                      NULL), &error));
  search = okr_search_new (d->store, &error);
  g_assert_no_error (error);

  /* any case, with or without tone marks, every word somewhere in the title */
  {
    g_autofree char *a = hit_list (search, "TANG truong", d->q1);
    g_autofree char *b = hit_list (search, "hà nội", d->q1);
    g_autofree char *c = hit_list (search, "north", d->q1);
    g_autofree char *e = hit_list (search, "mien bac nam", d->q1);
    g_autofree char *f = hit_list (search, "delete", d->q1);
    g_autofree char *g = hit_list (search, "  ", d->q1);

    g_assert_cmpstr (a, ==, "Tăng trưởng miền Bắc@North/Q1 2027");
    g_assert_cmpstr (b, ==, "Khách hàng mới ở Hà Nội@North/Q1 2027");
    /* the unit first, then the cycle shown, then others */
    g_assert_cmpstr (c, ==, "North@North/-,Grow the north further@South/Q2 2027");
    g_assert_cmpstr (e, ==, "");
    g_assert_cmpstr (f, ==, "");
    g_assert_cmpstr (g, ==, "");
  }
  {
    /* typed with its tone marks, a word is first found where it is written so */
    objective (d, d->q1, d->south, "Hạ tầng cho miền Nam", 0);
    g_autoptr(OkrSearch) again = okr_search_new (d->store, &error);
    g_autofree char *marked = hit_list (again, "tăng", d->q1);
    g_autofree char *plain = hit_list (again, "tang", d->q1);

    g_assert_no_error (error);
    g_assert_cmpstr (marked, ==, "Tăng trưởng miền Bắc@North/Q1 2027,"
                                 "Hạ tầng cho miền Nam@South/Q1 2027");
    g_assert_cmpstr (plain, ==, "Tăng trưởng miền Bắc@North/Q1 2027,"
                                "Hạ tầng cho miền Nam@South/Q1 2027");
    g_free (marked);
    /* the later title comes first when it is the one written as typed */
    marked = hit_list (again, "TẦNG", d->q1);
    g_assert_cmpstr (marked, ==, "Hạ tầng cho miền Nam@South/Q1 2027,"
                                 "Tăng trưởng miền Bắc@North/Q1 2027");
  }
  {
    g_autofree char *q2_first = hit_list (search, "r", d->q2);
    g_assert_cmpstr (q2_first, ==, "Marketing@Marketing/-,North@North/-,"
                                   "Grow the north further@South/Q2 2027,"
                                   "Tăng trưởng miền Bắc@North/Q1 2027");
  }
}

/* ───────────────────────── many random edits, undone and redone ───────────────────────── */

typedef struct {
  Doc    *d;
  GRand  *rand;
  guint   op;
} Random;

static gint64
pick_live (Random *r, const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  sqlite3_open_v2 (r->d->path, &db, SQLITE_OPEN_READONLY, NULL);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  if (ids->len == 0)
    return 0;
  return g_array_index (ids, gint64, g_rand_int_range (r->rand, 0, ids->len));
}

#define LIVE_OBJECTIVE "SELECT id FROM objectives WHERE deleted = 0"
#define LIVE_KR "SELECT id FROM key_results WHERE deleted = 0"
#define LIVE_UNIT "SELECT id FROM units WHERE deleted = 0 AND parent_id IS NOT NULL"

static char *
random_title (Random *r)
{
  static const char *const words[] = {
    "Win", "Grow", "Delight", "Tăng trưởng", "Khách hàng", "Partners", "Đối tác", "Quality",
  };
  return g_strdup_printf ("%s %s %u", words[g_rand_int_range (r->rand, 0, 8)],
                          words[g_rand_int_range (r->rand, 0, 8)],
                          g_rand_int_range (r->rand, 0, 1000));
}

enum {
  OP_PERSON, OP_UNIT, OP_MOVE_UNIT, OP_CYCLE, OP_CREATE_OBJECTIVE, OP_OBJECTIVE, OP_ADD_KR,
  OP_KR, OP_MILESTONES, OP_INITIATIVE, OP_REORDER, OP_TO_INITIATIVE, OP_WEIGHTS, OP_CARRY,
  OP_DELETE, N_OPS
};

/* One random edit through the editing operations; FALSE when the store refused it. */
static gboolean
random_edit (Random *r, GError **error)
{
  OkrStore *s = r->d->store;
  Doc *d = r->d;
  g_autofree char *title = random_title (r);
  gint64 cycle = g_rand_boolean (r->rand) ? d->q1 : d->q2;

  r->op = g_rand_int_range (r->rand, 0, N_OPS);
  switch (r->op)
    {
    case OP_PERSON:
      return okr_store_update_person (s, g_rand_boolean (r->rand) ? d->ana : d->ben, title,
                                      g_rand_boolean (r->rand) ? "x@example.com" : NULL, error);
    case OP_UNIT:
      return okr_store_update_unit (s, pick_live (r, LIVE_UNIT), title,
                                    g_rand_boolean (r->rand) ? OKR_UNIT_TEAM : OKR_UNIT_DEPARTMENT,
                                    g_rand_boolean (r->rand) ? d->ana : 0, error);
    case OP_MOVE_UNIT:
      return okr_store_move_unit (s, pick_live (r, LIVE_UNIT),
                                  pick_live (r, "SELECT id FROM units WHERE deleted = 0"), NULL,
                                  error);
    case OP_CYCLE:
      return okr_store_update_cycle (s, d->q2, title, ymd (2027, 4, g_rand_int_range (r->rand, 1, 9)),
                                     ymd (2027, 6, g_rand_int_range (r->rand, 20, 31)), d->year,
                                     error);
    case OP_CREATE_OBJECTIVE:
      {
        OkrObjectiveSpec spec;
        okr_objective_spec_init (&spec);
        spec.title = title;
        spec.description = g_rand_boolean (r->rand) ? "Because" : NULL;
        spec.owner_id = d->ben;
        spec.align_kr_id = g_rand_boolean (r->rand) ? pick_live (r, LIVE_KR) : 0;
        return okr_store_create_objective (s, cycle, pick_live (r, LIVE_UNIT), &spec, error) != 0;
      }
    case OP_OBJECTIVE:
      {
        OkrObjectiveSpec spec;
        okr_objective_spec_init (&spec);
        spec.title = title;
        spec.aspirational = g_rand_boolean (r->rand);
        spec.owner_id = g_rand_boolean (r->rand) ? d->ana : 0;
        spec.align_objective_id = g_rand_boolean (r->rand) ? pick_live (r, LIVE_OBJECTIVE) : 0;
        return okr_store_update_objective (s, pick_live (r, LIVE_OBJECTIVE), &spec, error);
      }
    case OP_ADD_KR:
      {
        OkrKrSpec spec;
        const char *steps[] = { "One", "Two", NULL };
        okr_kr_spec_init (&spec);
        spec.kind = g_rand_int_range (r->rand, 0, OKR_KR_N_KINDS);
        spec.target = g_rand_int_range (r->rand, 1, 100);
        spec.milestones = spec.kind == OKR_KR_MILESTONE ? steps : NULL;
        return okr_store_add_key_result (s, pick_live (r, LIVE_OBJECTIVE), title, &spec,
                                         error) != 0;
      }
    case OP_KR:
      {
        OkrKrSpec spec;
        okr_kr_spec_init (&spec);
        spec.kind = g_rand_int_range (r->rand, 0, OKR_KR_N_KINDS);
        spec.baseline = g_rand_int_range (r->rand, 0, 10);
        spec.target = g_rand_boolean (r->rand) ? NAN : g_rand_double_range (r->rand, -5, 500);
        spec.unit_label = g_rand_boolean (r->rand) ? "₫" : "users";
        spec.weight = g_rand_int_range (r->rand, 0, 4);
        spec.direction = g_rand_boolean (r->rand) ? OKR_DIRECTION_BELOW : OKR_DIRECTION_ABOVE;
        return okr_store_update_key_result (s, pick_live (r, LIVE_KR), title, &spec, error);
      }
    case OP_MILESTONES:
      {
        gint64 kr = pick_live (r, LIVE_KR);
        gint64 keep = pick_live (r, "SELECT id FROM milestones WHERE deleted = 0");
        gint64 ids[] = { 0, keep };
        const char *names[] = { title, "Kept" };
        guint n = keep != 0 && g_rand_boolean (r->rand) ? 2 : 1;
        return okr_store_set_milestones (s, kr, ids, names, n, error);
      }
    case OP_INITIATIVE:
      {
        gint64 id = pick_live (r, "SELECT id FROM initiatives WHERE deleted = 0");
        if (id == 0)
          return okr_store_add_initiative (s, pick_live (r, LIVE_KR), title, d->ana, error) != 0;
        return okr_store_update_initiative (s, id, title, 0,
                                            g_rand_int_range (r->rand, 0, 3), error);
      }
    case OP_REORDER:
      {
        static const OkrEntity entities[] = {
          OKR_ENTITY_OBJECTIVE, OKR_ENTITY_KEY_RESULT, OKR_ENTITY_UNIT,
        };
        static const char *const sql[] = { LIVE_OBJECTIVE, LIVE_KR, LIVE_UNIT };
        guint which = g_rand_int_range (r->rand, 0, 3);
        gint64 id = pick_live (r, sql[which]);
        g_autoptr(GArray) siblings = NULL;

        if (id == 0)
          return FALSE;
        siblings = okr_store_list_siblings (s, entities[which], id, error);
        /* moving to where it already is writes nothing and makes no undo step */
        if (siblings->len < 2 || g_array_index (siblings, gint64, 0) == id)
          return FALSE;
        return okr_store_reorder (s, entities[which], id, 0, error);
      }
    case OP_TO_INITIATIVE:
      return okr_store_key_result_to_initiative (s, pick_live (r, LIVE_KR), pick_live (r, LIVE_KR),
                                                 error) != 0;
    case OP_WEIGHTS:
      {
        gint64 o = pick_live (r, "SELECT objective_id FROM key_results WHERE deleted = 0 "
                                 "AND weight != 1");
        return o != 0 && okr_store_equalize_weights (s, o, error);
      }
    case OP_CARRY:
      {
        gint64 ids[] = { pick_live (r, "SELECT id FROM objectives WHERE deleted = 0 "
                                       "AND cycle_id = 2") };
        g_autoptr(GArray) copies = NULL;
        if (ids[0] == 0)
          return FALSE;
        copies = okr_store_carry_forward (s, ids, 1, d->q2, error);
        return copies != NULL;
      }
    case OP_DELETE:
    default:
      if (g_rand_boolean (r->rand))
        return okr_store_delete (s, OKR_ENTITY_KEY_RESULT, pick_live (r, LIVE_KR), error);
      return okr_store_delete (s, OKR_ENTITY_OBJECTIVE, pick_live (r, LIVE_OBJECTIVE), error);
    }
}

static void
test_random_undo_redo (Doc *d, gconstpointer data)
{
  g_autoptr(GPtrArray) dumps = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (GPOINTER_TO_UINT (data));
  Random r = { d, rand, 0 };
  guint accepted[N_OPS] = { 0 };
  guint attempts = 0, steps;
  g_autofree char *before_setup_end = NULL;

  /* the year's cycle id is 1, Q1's 2: carrying forward picks Q1's objectives */
  g_assert_cmpint (d->q1, ==, 2);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *t = random_title (&r);
      gint64 o = objective (d, d->q1, i < 2 ? d->sales : d->north, t, 0);
      key_result (d, o, "KR one", OKR_KR_NUMBER, 0, 10);
      if (i == 3)
        before_setup_end = dump (d);
      key_result (d, o, "KR two", OKR_KR_MILESTONE, 0, 0);
    }
  g_ptr_array_add (dumps, dump (d));

  while (dumps->len < 120 && attempts++ < 1500)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *label_before = g_strdup (okr_store_get_undo_label (d->store));

      if (random_edit (&r, &error))
        {
          g_autofree char *now = dump (d);

          g_assert_no_error (error);
          /* an edit to what already is (a unit "moved" to its own parent) writes nothing and
           * makes no undo step; the final can-undo check below holds it to that */
          if (g_str_equal (now, g_ptr_array_index (dumps, dumps->len - 1)))
            continue;
          accepted[r.op]++;
          g_ptr_array_add (dumps, g_steal_pointer (&now));
        }
      else
        {
          /* refused: the document and the undo history are as they were */
          g_autofree char *now = dump (d);
          g_assert_cmpstr (now, ==, g_ptr_array_index (dumps, dumps->len - 1));
          g_assert_cmpstr (okr_store_get_undo_label (d->store), ==, label_before);
        }
    }
  steps = dumps->len - 1;
  g_assert_cmpuint (steps, >=, 100);
  for (guint op = 0; op < N_OPS; op++)
    {
      g_test_message ("operation %u: %u accepted", op, accepted[op]);
      g_assert_cmpuint (accepted[op], >, 0);
    }

  for (guint i = steps; i > 0; i--)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *now = NULL;

      okr_store_undo (d->store, &error);
      g_assert_no_error (error);
      now = dump (d);
      g_assert_cmpstr (now, ==, g_ptr_array_index (dumps, i - 1));
    }
  /* what is left to undo is the setup: not one step more */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *now = NULL;

    g_assert_cmpstr (okr_store_get_undo_label (d->store), ==, "Add key result");
    g_assert_true (okr_store_undo (d->store, &error));
    now = dump (d);
    g_assert_cmpstr (now, ==, before_setup_end);
    g_assert_true (okr_store_redo (d->store, &error));
    g_assert_no_error (error);
  }
  for (guint i = 1; i <= steps; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *now = NULL;

      g_assert_true (okr_store_redo (d->store, &error));
      g_assert_no_error (error);
      now = dump (d);
      g_assert_cmpstr (now, ==, g_ptr_array_index (dumps, i));
    }
  g_assert_false (okr_store_can_redo (d->store));
}

#define ADD(path, func) g_test_add (path, Doc, NULL, doc_setup, func, doc_teardown)

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  ADD ("/outline/reorder", test_reorder);
  ADD ("/outline/move-unit", test_move_unit);
  ADD ("/outline/move-unit-alignment", test_move_unit_alignment);
  ADD ("/outline/update-fields", test_update_fields);
  ADD ("/outline/milestones", test_milestones);
  ADD ("/outline/to-initiative", test_to_initiative);
  ADD ("/outline/carry-forward", test_carry_forward);
  ADD ("/outline/search", test_search);
  /* fixed seeds: the same edits on every run, and every kind of edit among them */
  g_test_add ("/outline/random-undo-redo/1", Doc, GUINT_TO_POINTER (20270101), doc_setup,
              test_random_undo_redo, doc_teardown);
  g_test_add ("/outline/random-undo-redo/2", Doc, GUINT_TO_POINTER (1944), doc_setup,
              test_random_undo_redo, doc_teardown);
  g_test_add ("/outline/random-undo-redo/3", Doc, GUINT_TO_POINTER (7), doc_setup,
              test_random_undo_redo, doc_teardown);
  return g_test_run ();
}
