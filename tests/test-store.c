/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store.c — the document: what is written is what is read back, refused writes leave
 * no trace, undo and redo are exact, and read-only, locked and newer files are handled */
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "okr-demo.h"
#include "okr-device.h"
#include "okr-preload.h"
#include "okr-rollup.h"
#include "okr-schema.h"
#include "okr-store-edits.h"
#include "okr-store-private.h"
#include "okr-store-read.h"
#include "okr-store.h"

#define EPS 1e-12

#define assert_store_error(err, code) \
  G_STMT_START { \
    g_assert_error ((err), OKR_STORE_ERROR, (code)); \
    g_assert_cmpstr ((err)->message, !=, ""); \
    g_clear_error (&(err)); \
  } G_STMT_END

static OkrDate
ymd (int y, int m, int d)
{
  return okr_date_from_ymd (y, m, d);
}

/* ───────────────────────── a temporary folder per test ───────────────────────── */

typedef struct {
  char *dir;
  char *path;
} Tmp;

static void
tmp_setup (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  tmp->dir = g_dir_make_tmp ("cascade-store-XXXXXX", &error);
  g_assert_no_error (error);
  tmp->path = g_build_filename (tmp->dir, "doc.okr", NULL);
}

static void
tmp_teardown (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GDir) dir = g_dir_open (tmp->dir, 0, NULL);
  const char *name;

  g_chmod (tmp->dir, 0700);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (tmp->dir, name, NULL);
      g_chmod (file, 0600);
      g_unlink (file);
    }
  g_assert_cmpint (g_rmdir (tmp->dir), ==, 0);
  g_free (tmp->dir);
  g_free (tmp->path);
}

static char *
tmp_file (Tmp *tmp, const char *name)
{
  return g_build_filename (tmp->dir, name, NULL);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, len);
}

/* ───────────────────────── raw SQLite, behind the store's back ───────────────────────── */

static sqlite3 *
raw_open (const char *path, gboolean writable)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY,
                            NULL);

  g_assert_cmpint (rc, ==, SQLITE_OK);
  return db;
}

static void
raw_exec (sqlite3 *db, const char *sql)
{
  char *message = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64
raw_int (sqlite3 *db, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gint64
file_int (const char *path, const char *sql)
{
  sqlite3 *db = raw_open (path, FALSE);
  gint64 value = raw_int (db, sql);

  sqlite3_close (db);
  return value;
}

static GPtrArray *
raw_strings (sqlite3 *db, const char *sql)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (rows, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  return rows;
}

typedef enum {
  DUMP_ALL,   /* every byte of meaning: all tables, all columns, tombstones */
  DUMP_LIVE,  /* what a person sees: live rows, without stamps and derived columns */
} DumpMode;

static void
dump_value (GString *out, sqlite3_stmt *stmt, int col)
{
  switch (sqlite3_column_type (stmt, col))
    {
    case SQLITE_NULL:
      g_string_append (out, "NULL");
      break;
    case SQLITE_INTEGER:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, col));
      break;
    case SQLITE_FLOAT:
      g_string_append_printf (out, "%.17g", sqlite3_column_double (stmt, col));
      break;
    case SQLITE_TEXT:
      g_string_append_printf (out, "'%s'", sqlite3_column_text (stmt, col));
      break;
    default:
      {
        const guint8 *blob = sqlite3_column_blob (stmt, col);
        int n = sqlite3_column_bytes (stmt, col);
        g_string_append (out, "x'");
        for (int i = 0; i < n; i++)
          g_string_append_printf (out, "%02x", blob[i]);
        g_string_append_c (out, '\'');
      }
    }
}

static gboolean
skip_column (DumpMode mode, const char *name)
{
  return mode == DUMP_LIVE && (g_str_has_suffix (name, "_at") || g_str_has_prefix (name, "cur_"));
}

/* The whole document as text, one line per row, read with a connection of our own. */
static char *
dump_file (const char *path, DumpMode mode)
{
  sqlite3 *db = raw_open (path, FALSE);
  g_autoptr(GPtrArray) tables = raw_strings (db, "SELECT name FROM sqlite_schema WHERE "
                                                 "type = 'table' AND name NOT LIKE 'sqlite_%' "
                                                 "ORDER BY name");
  GString *out = g_string_new (NULL);

  for (guint t = 0; t < tables->len; t++)
    {
      const char *table = g_ptr_array_index (tables, t);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY rowid", table);
      g_autofree char *by_key = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2", table);
      sqlite3_stmt *stmt = NULL;
      int deleted_col = -1;

      /* a table WITHOUT ROWID (confidence_weeks) in the order of its key */
      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
        g_assert_cmpint (sqlite3_prepare_v2 (db, by_key, -1, &stmt, NULL), ==, SQLITE_OK);
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        if (g_str_equal (sqlite3_column_name (stmt, c), "deleted"))
          deleted_col = c;
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          if (mode == DUMP_LIVE && deleted_col >= 0 && sqlite3_column_int (stmt, deleted_col))
            continue;
          /* the clock moves with every edit, undo included */
          if (mode == DUMP_LIVE && g_str_equal (table, "meta") &&
              g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "clock") == 0)
            continue;
          g_string_append_printf (out, "%s:", table);
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              if (skip_column (mode, sqlite3_column_name (stmt, c)))
                continue;
              g_string_append_printf (out, " %s=", sqlite3_column_name (stmt, c));
              dump_value (out, stmt, c);
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

/* ───────────────────────── small builders ───────────────────────── */

static OkrStore *
create_doc (const char *path)
{
  g_autoptr(GError) error = NULL;
  OkrStore *store = okr_store_create (path, "Acme", &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static OkrStore *
open_doc (const char *path)
{
  g_autoptr(GError) error = NULL;
  OkrStore *store = okr_store_open (path, OKR_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_false (okr_store_is_read_only (store));
  return store;
}

static void
close_doc (OkrStore **store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (okr_store_close (*store, &error));
  g_assert_no_error (error);
  g_clear_object (store);
}

static gint64
add_unit (OkrStore *store, gint64 parent, const char *name, OkrUnitKind kind)
{
  g_autoptr(GError) error = NULL;
  gint64 id = okr_store_add_unit (store, parent, name, kind, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_cycle (OkrStore *store, const char *name, OkrDate start, OkrDate end, gint64 parent)
{
  g_autoptr(GError) error = NULL;
  gint64 id = okr_store_add_cycle (store, name, start, end, parent, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_objective (OkrStore *store, gint64 cycle, gint64 unit, const char *title,
               gint64 align_objective, gint64 align_kr)
{
  g_autoptr(GError) error = NULL;
  gint64 id = okr_store_add_objective (store, cycle, unit, title, 0, FALSE, align_objective,
                                       align_kr, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_number_kr (OkrStore *store, gint64 objective, const char *title, double baseline,
               double target)
{
  g_autoptr(GError) error = NULL;
  OkrKrSpec spec;
  gint64 id;

  okr_kr_spec_init (&spec);
  spec.baseline = baseline;
  spec.target = target;
  id = okr_store_add_key_result (store, objective, title, &spec, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_checkin (OkrStore *store, gint64 kr, OkrDate date, double value, int confidence)
{
  g_autoptr(GError) error = NULL;
  OkrCheckinSpec spec;
  gint64 id;

  okr_checkin_spec_init (&spec);
  spec.date = date;
  spec.value = value;
  spec.confidence = confidence;
  id = okr_store_add_checkin (store, kr, &spec, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
update_text (OkrStore *store, OkrEntity entity, gint64 id, const char *field, const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrChanges) c = okr_changes_new (entity);

  okr_changes_set_text (c, field, value);
  g_assert_true (okr_store_update (store, id, c, &error));
  g_assert_no_error (error);
}

static void
update_ref (OkrStore *store, OkrEntity entity, gint64 id, const char *field, gint64 value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrChanges) c = okr_changes_new (entity);

  okr_changes_set_ref (c, field, value);
  g_assert_true (okr_store_update (store, id, c, &error));
  g_assert_no_error (error);
}

/* One field of a row as text, the way get_row hands it over. */
static char *
field_text (OkrStore *store, OkrEntity entity, gint64 id, const char *field)
{
  g_autoptr(GError) error = NULL;
  const OkrTableInfo *info = okr_schema_get_table (entity);
  g_autofree OkrValue *values = g_new0 (OkrValue, info->n_fields);
  guint index;
  char *text;

  g_assert_nonnull (okr_schema_find_field (info, field, &index));
  g_assert_true (okr_store_get_row (store, entity, id, values, &error));
  g_assert_no_error (error);
  switch (values[index].type)
    {
    case OKR_VALUE_NULL:
      text = g_strdup ("NULL");
      break;
    case OKR_VALUE_INT:
      text = g_strdup_printf ("%" G_GINT64_FORMAT, values[index].i);
      break;
    case OKR_VALUE_REAL:
      text = g_strdup_printf ("%.17g", values[index].d);
      break;
    default:
      text = g_strdup (values[index].s);
    }
  okr_store_clear_row (entity, values);
  return text;
}

#define assert_field(store, entity, id, field, expected) \
  G_STMT_START { \
    g_autofree char *_v = field_text ((store), (entity), (id), (field)); \
    g_assert_cmpstr (_v, ==, (expected)); \
  } G_STMT_END

#define assert_field_int(store, entity, id, field, expected) \
  G_STMT_START { \
    g_autofree char *_e = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) (expected)); \
    assert_field ((store), (entity), (id), (field), _e); \
  } G_STMT_END

/* Every row of every table, rendered through okr_store_get_row. */
static char *
snapshot_rows (OkrStore *store)
{
  GString *out = g_string_new (NULL);

  for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
    {
      const OkrTableInfo *info = okr_schema_get_table (e);
      g_autofree OkrValue *values = g_new0 (OkrValue, info->n_fields);

      for (gint64 id = 1; id < 300; id++)
        {
          g_autoptr(GError) error = NULL;
          OkrUuid uuid;
          char uuid_text[OKR_UUID_STRING_LEN + 1];

          if (!okr_store_get_row (store, e, id, values, &error))
            {
              g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND);
              continue;
            }
          g_assert_true (okr_store_get_uuid (store, e, id, &uuid));
          okr_uuid_write (&uuid, uuid_text);
          g_string_append_printf (out, "%s %" G_GINT64_FORMAT " %s", info->table, id, uuid_text);
          for (guint f = 0; f < info->n_fields; f++)
            {
              g_string_append_printf (out, " %s=", info->fields[f].name);
              switch (values[f].type)
                {
                case OKR_VALUE_NULL:
                  g_string_append (out, "NULL");
                  break;
                case OKR_VALUE_INT:
                  g_string_append_printf (out, "%" G_GINT64_FORMAT, values[f].i);
                  break;
                case OKR_VALUE_REAL:
                  g_string_append_printf (out, "%.17g", values[f].d);
                  break;
                default:
                  g_string_append_printf (out, "'%s'", values[f].s);
                }
            }
          g_string_append_c (out, '\n');
          okr_store_clear_row (e, values);
        }
    }
  return g_string_free (out, FALSE);
}

/* ───────────────────────── a full document ───────────────────────── */

typedef struct {
  gint64 alice, bob, chi;
  gint64 company, sales, north, engineering;
  gint64 year, q1, q2;
  gint64 o_year, o_company, o_sales, o_north;
  gint64 k_number, k_percent, k_currency, k_boolean, k_milestone, k_control, k_rollup, k_north;
  gint64 init_a, init_b;
  gint64 c1, c2, c_milestone, c_boolean, c_control, c_north;
  gint64 kpi, reading1, reading2;
} Full;

static gint64
add_kr_spec (OkrStore *store, gint64 objective, const char *title, const OkrKrSpec *spec)
{
  g_autoptr(GError) error = NULL;
  gint64 id = okr_store_add_key_result (store, objective, title, spec, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
build_full (OkrStore *store, Full *f)
{
  g_autoptr(GError) error = NULL;
  static const char *const steps[] = { "Draft", "Review", "Publish", NULL };
  OkrKrSpec spec;
  OkrCheckinSpec ci;
  guint second[] = { 2 };

  f->alice = okr_store_add_person (store, "Alice Nguyễn", "alice@example.com", &error);
  g_assert_no_error (error);
  f->bob = okr_store_add_person (store, "Bob", NULL, &error);
  g_assert_no_error (error);
  f->chi = okr_store_add_person (store, "Chi Trần", "chi@example.vn", &error);
  g_assert_no_error (error);

  f->company = okr_store_get_root_unit (store);
  f->sales = add_unit (store, f->company, "Sales", OKR_UNIT_DEPARTMENT);
  f->engineering = add_unit (store, f->company, "Engineering", OKR_UNIT_DEPARTMENT);
  f->north = add_unit (store, f->sales, "Sales North", OKR_UNIT_TEAM);
  update_ref (store, OKR_ENTITY_UNIT, f->sales, "lead_id", f->alice);
  update_ref (store, OKR_ENTITY_UNIT, f->north, "lead_id", f->bob);

  f->year = add_cycle (store, "2027", ymd (2027, 1, 1), ymd (2027, 12, 31), 0);
  f->q1 = add_cycle (store, "Q1 2027", ymd (2027, 1, 1), ymd (2027, 3, 31), f->year);
  f->q2 = add_cycle (store, "Q2 2027", ymd (2027, 4, 1), ymd (2027, 6, 30), f->year);
  g_assert_true (okr_store_set_cycle_state (store, f->q1, OKR_CYCLE_ACTIVE, &error));
  g_assert_no_error (error);

  f->o_year = add_objective (store, f->year, f->company, "Lead the market", 0, 0);
  f->o_company = okr_store_add_objective (store, f->q1, f->company, "Delight customers",
                                          f->alice, TRUE, 0, 0, &error);
  g_assert_no_error (error);
  update_text (store, OKR_ENTITY_OBJECTIVE, f->o_company, "description", "Every one of them.");
  /* aligned to an objective of the enclosing cycle, one unit up */
  f->o_sales = okr_store_add_objective (store, f->q1, f->sales, "Win the north", f->bob, FALSE,
                                        f->o_year, 0, &error);
  g_assert_no_error (error);

  okr_kr_spec_init (&spec);
  spec.baseline = 10;
  spec.target = 50;
  spec.unit_label = "reviews";
  spec.weight = 2;
  spec.owner_id = f->alice;
  f->k_number = add_kr_spec (store, f->o_company, "Reach 50 reviews", &spec);
  okr_kr_spec_init (&spec);
  spec.kind = OKR_KR_PERCENT;
  spec.target = 40;
  spec.unit_label = "%";
  f->k_percent = add_kr_spec (store, f->o_company, "Raise NPS to 40 %", &spec);
  okr_kr_spec_init (&spec);
  spec.kind = OKR_KR_CURRENCY;
  spec.baseline = 5000;
  spec.target = 1000;
  spec.unit_label = "₫";
  spec.weight = 0.5;
  f->k_currency = add_kr_spec (store, f->o_company, "Cut support cost", &spec);
  okr_kr_spec_init (&spec);
  spec.kind = OKR_KR_BOOLEAN;
  f->k_boolean = add_kr_spec (store, f->o_company, "Launch the help centre", &spec);
  okr_kr_spec_init (&spec);
  spec.kind = OKR_KR_MILESTONE;
  spec.milestones = steps;
  f->k_milestone = add_kr_spec (store, f->o_company, "Publish the playbook", &spec);
  okr_kr_spec_init (&spec);
  spec.kind = OKR_KR_CONTROL;
  spec.direction = OKR_DIRECTION_BELOW;
  spec.baseline = 3;
  spec.target = 2;
  spec.unit_label = "%";
  f->k_control = add_kr_spec (store, f->o_company, "Churn stays below 2 %", &spec);
  okr_kr_spec_init (&spec);
  spec.kind = OKR_KR_ROLLUP;
  spec.owner_id = f->bob;
  f->k_rollup = add_kr_spec (store, f->o_sales, "Teams deliver", &spec);

  /* aligned to a KR two units up */
  f->o_north = add_objective (store, f->q1, f->north, "Own the north", 0, f->k_rollup);
  f->k_north = add_number_kr (store, f->o_north, "Sign 8 clients", 0, 8);

  f->init_a = okr_store_add_initiative (store, f->k_number, "Ask every client", f->bob, &error);
  g_assert_no_error (error);
  f->init_b = okr_store_add_initiative (store, f->k_number, "Review widget", 0, &error);
  g_assert_no_error (error);
  update_text (store, OKR_ENTITY_INITIATIVE, f->init_a, "state", "doing");

  okr_checkin_spec_init (&ci);
  ci.date = ymd (2027, 1, 15);
  ci.value = 20;
  ci.confidence = 6;
  ci.note = "Slow start";
  ci.went_well = "Two big clients";
  ci.blocked_by = "Holidays";
  ci.next_step = "Call the rest";
  ci.author_id = f->alice;
  f->c1 = okr_store_add_checkin (store, f->k_number, &ci, &error);
  g_assert_no_error (error);
  f->c2 = add_checkin (store, f->k_number, ymd (2027, 2, 1), 30, 7);
  okr_checkin_spec_init (&ci);
  ci.date = ymd (2027, 2, 2);
  ci.milestones_done = second;
  ci.n_milestones_done = 1;
  ci.confidence = 8;
  f->c_milestone = okr_store_add_checkin (store, f->k_milestone, &ci, &error);
  g_assert_no_error (error);
  f->c_boolean = add_checkin (store, f->k_boolean, ymd (2027, 2, 3), 1, 0);
  f->c_control = add_checkin (store, f->k_control, ymd (2027, 2, 4), 1.5, 9);
  f->c_north = add_checkin (store, f->k_north, ymd (2027, 2, 5), 4, 5);

  g_assert_true (okr_store_set_score (store, f->k_number, 0.6, "Decent", f->alice, &error));
  g_assert_no_error (error);
  g_assert_true (okr_store_set_score (store, f->k_percent, 0.3, "Late", 0, &error));
  g_assert_no_error (error);

  f->kpi = okr_store_add_kpi (store, f->sales, "Churn", "%", 2, 5, &error);
  g_assert_no_error (error);
  f->reading1 = okr_store_add_kpi_reading (store, f->kpi, ymd (2027, 1, 31), 3.1, f->alice,
                                           &error);
  g_assert_no_error (error);
  f->reading2 = okr_store_add_kpi_reading (store, f->kpi, ymd (2027, 2, 28), 2.8, 0, &error);
  g_assert_no_error (error);

  g_assert_true (okr_store_set_retrospective (store, f->sales, f->q1, "Focus", "Hiring",
                                              "Start earlier", &error));
  g_assert_no_error (error);
}

static OkrPerson *
person_named (GPtrArray *people, const char *name)
{
  for (guint i = 0; i < people->len; i++)
    if (g_str_equal (okr_person_get_name (g_ptr_array_index (people, i)), name))
      return g_ptr_array_index (people, i);
  return NULL;
}

static void
check_full (OkrStore *store, const Full *f)
{
  g_autoptr(GError) error = NULL;

  /* people, by name */
  g_autoptr(GPtrArray) people = okr_store_list_people (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 3);
  g_assert_cmpstr (okr_person_get_name (g_ptr_array_index (people, 0)), ==, "Alice Nguyễn");
  g_assert_cmpstr (okr_person_get_email (g_ptr_array_index (people, 0)), ==,
                   "alice@example.com");
  g_assert_cmpint (okr_person_get_id (g_ptr_array_index (people, 0)), ==, f->alice);
  g_assert_cmpstr (okr_person_get_name (g_ptr_array_index (people, 1)), ==, "Bob");
  g_assert_cmpstr (okr_person_get_email (g_ptr_array_index (people, 1)), ==, "");
  g_assert_cmpstr (okr_person_get_email (person_named (people, "Chi Trần")), ==,
                   "chi@example.vn");
  assert_field (store, OKR_ENTITY_PERSON, f->bob, "email", "NULL");

  /* units: the tree, depth-first, siblings in their order */
  g_autoptr(GPtrArray) units = okr_store_list_units (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (units->len, ==, 4);
  const struct {
    gint64 id, parent;
    const char *name;
    OkrUnitKind kind;
    guint depth;
    gint64 lead;
  } expected_units[] = {
    { f->company, 0, "Acme", OKR_UNIT_COMPANY, 0, 0 },
    { f->sales, f->company, "Sales", OKR_UNIT_DEPARTMENT, 1, f->alice },
    { f->north, f->sales, "Sales North", OKR_UNIT_TEAM, 2, f->bob },
    { f->engineering, f->company, "Engineering", OKR_UNIT_DEPARTMENT, 1, 0 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (expected_units); i++)
    {
      OkrUnit *u = g_ptr_array_index (units, i);
      g_assert_cmpint (okr_unit_get_id (u), ==, expected_units[i].id);
      g_assert_cmpint (okr_unit_get_parent_id (u), ==, expected_units[i].parent);
      g_assert_cmpstr (okr_unit_get_name (u), ==, expected_units[i].name);
      g_assert_cmpint (okr_unit_get_kind (u), ==, expected_units[i].kind);
      g_assert_cmpuint (okr_unit_get_depth (u), ==, expected_units[i].depth);
      g_assert_cmpint (okr_unit_get_lead_id (u), ==, expected_units[i].lead);
    }
  g_assert_cmpint (okr_store_get_root_unit (store), ==, f->company);
  g_autofree char *company = okr_store_dup_company_name (store);
  g_assert_cmpstr (company, ==, "Acme");

  /* cycles: by start, longer first */
  g_autoptr(GPtrArray) cycles = okr_store_list_cycles (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cycles->len, ==, 3);
  const struct {
    gint64 id, parent;
    const char *name;
    OkrDate start, end;
    OkrCycleState state;
  } expected_cycles[] = {
    { f->year, 0, "2027", ymd (2027, 1, 1), ymd (2027, 12, 31), OKR_CYCLE_PLANNING },
    { f->q1, f->year, "Q1 2027", ymd (2027, 1, 1), ymd (2027, 3, 31), OKR_CYCLE_ACTIVE },
    { f->q2, f->year, "Q2 2027", ymd (2027, 4, 1), ymd (2027, 6, 30), OKR_CYCLE_PLANNING },
  };
  for (guint i = 0; i < G_N_ELEMENTS (expected_cycles); i++)
    {
      OkrCycle *c = g_ptr_array_index (cycles, i);
      g_assert_cmpint (okr_cycle_get_id (c), ==, expected_cycles[i].id);
      g_assert_cmpint (okr_cycle_get_parent_id (c), ==, expected_cycles[i].parent);
      g_assert_cmpstr (okr_cycle_get_name (c), ==, expected_cycles[i].name);
      g_assert_cmpint (okr_cycle_get_start (c), ==, expected_cycles[i].start);
      g_assert_cmpint (okr_cycle_get_end (c), ==, expected_cycles[i].end);
      g_assert_cmpint (okr_cycle_get_state (c), ==, expected_cycles[i].state);
    }
  assert_field (store, OKR_ENTITY_CYCLE, f->q1, "start_date", "2027-01-01");
  assert_field (store, OKR_ENTITY_CYCLE, f->q1, "end_date", "2027-03-31");
  g_assert_cmpint (okr_store_find_current_cycle (store, ymd (2027, 2, 15)), ==, f->q1);

  /* objectives and KRs through a roll-up of Q1 */
  g_autoptr(OkrRollup) rollup = okr_rollup_new (store, f->q1, ymd (2027, 2, 15), &error);
  g_assert_no_error (error);
  OkrObjective *oc = okr_rollup_find_objective (rollup, f->o_company);
  OkrObjective *os = okr_rollup_find_objective (rollup, f->o_sales);
  OkrObjective *on = okr_rollup_find_objective (rollup, f->o_north);
  g_assert_nonnull (oc);
  g_assert_nonnull (os);
  g_assert_nonnull (on);
  g_assert_cmpstr (okr_objective_get_title (oc), ==, "Delight customers");
  g_assert_cmpstr (okr_objective_get_description (oc), ==, "Every one of them.");
  g_assert_cmpint (okr_objective_get_owner_id (oc), ==, f->alice);
  g_assert_true (okr_objective_get_aspirational (oc));
  g_assert_cmpint (okr_objective_get_cycle_id (oc), ==, f->q1);
  g_assert_cmpint (okr_objective_get_unit_id (oc), ==, f->company);
  g_assert_cmpint (okr_objective_get_align_objective_id (oc), ==, 0);
  g_assert_cmpuint (okr_objective_get_n_key_results (oc), ==, 6);
  g_assert_false (okr_objective_get_aspirational (os));
  g_assert_cmpint (okr_objective_get_owner_id (os), ==, f->bob);
  g_assert_cmpint (okr_objective_get_align_objective_id (os), ==, f->o_year);
  g_assert_cmpint (okr_objective_get_align_kr_id (os), ==, 0);
  g_assert_cmpint (okr_objective_get_align_objective_id (on), ==, 0);
  g_assert_cmpint (okr_objective_get_align_kr_id (on), ==, f->k_rollup);
  g_assert_cmpint (okr_objective_get_unit_id (on), ==, f->north);
  /* the yearly objective is not listed under the company for Q1 */
  g_assert_cmpuint (okr_rollup_get_objectives (rollup, f->company)->len, ==, 1);

  const struct {
    gint64 id;
    const char *title;
    OkrKrKind kind;
    double baseline, target, weight, current;
    const char *label;
    OkrDirection direction;
    gint64 owner;
    int confidence;
    OkrDate current_date;
  } expected_krs[] = {
    { f->k_number, "Reach 50 reviews", OKR_KR_NUMBER, 10, 50, 2, 30, "reviews",
      OKR_DIRECTION_ABOVE, f->alice, 7, ymd (2027, 2, 1) },
    { f->k_percent, "Raise NPS to 40 %", OKR_KR_PERCENT, 0, 40, 1, 0, "%",
      OKR_DIRECTION_ABOVE, 0, 0, 0 },
    { f->k_currency, "Cut support cost", OKR_KR_CURRENCY, 5000, 1000, 0.5, 5000, "₫",
      OKR_DIRECTION_ABOVE, 0, 0, 0 },
    { f->k_boolean, "Launch the help centre", OKR_KR_BOOLEAN, 0, 1, 1, 1, "",
      OKR_DIRECTION_ABOVE, 0, 0, ymd (2027, 2, 3) },
    { f->k_milestone, "Publish the playbook", OKR_KR_MILESTONE, 0, 3, 1, 1, "",
      OKR_DIRECTION_ABOVE, 0, 8, ymd (2027, 2, 2) },
    { f->k_control, "Churn stays below 2 %", OKR_KR_CONTROL, 3, 2, 1, 1.5, "%",
      OKR_DIRECTION_BELOW, 0, 9, ymd (2027, 2, 4) },
    { f->k_north, "Sign 8 clients", OKR_KR_NUMBER, 0, 8, 1, 4, "",
      OKR_DIRECTION_ABOVE, 0, 5, ymd (2027, 2, 5) },
  };
  for (guint i = 0; i < G_N_ELEMENTS (expected_krs); i++)
    {
      OkrKeyResult *k = okr_rollup_find_key_result (rollup, expected_krs[i].id);
      g_test_message ("KR %s", expected_krs[i].title);
      g_assert_nonnull (k);
      g_assert_cmpstr (okr_key_result_get_title (k), ==, expected_krs[i].title);
      g_assert_cmpint (okr_key_result_get_kind (k), ==, expected_krs[i].kind);
      g_assert_cmpfloat (okr_key_result_get_baseline (k), ==, expected_krs[i].baseline);
      g_assert_cmpfloat (okr_key_result_get_target (k), ==, expected_krs[i].target);
      g_assert_cmpfloat (okr_key_result_get_weight (k), ==, expected_krs[i].weight);
      g_assert_cmpfloat (okr_key_result_get_current (k), ==, expected_krs[i].current);
      g_assert_cmpstr (okr_key_result_get_unit_label (k), ==, expected_krs[i].label);
      g_assert_cmpint (okr_key_result_get_direction (k), ==, expected_krs[i].direction);
      g_assert_cmpint (okr_key_result_get_owner_id (k), ==, expected_krs[i].owner);
      g_assert_cmpint (okr_key_result_get_confidence (k), ==, expected_krs[i].confidence);
      g_assert_cmpint (okr_key_result_get_current_date (k), ==, expected_krs[i].current_date);
    }
  OkrKeyResult *km = okr_rollup_find_key_result (rollup, f->k_milestone);
  g_assert_cmpuint (okr_key_result_get_milestones_total (km), ==, 3);
  g_assert_cmpuint (okr_key_result_get_milestones_done (km), ==, 1);
  OkrKeyResult *kn = okr_rollup_find_key_result (rollup, f->k_number);
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_score (kn), 0.6, EPS);
  g_assert_cmpstr (okr_key_result_get_score_reason (kn), ==, "Decent");
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_progress (kn), 0.5, EPS);
  g_assert_true (isnan (okr_key_result_get_score (okr_rollup_find_key_result (rollup,
                                                                              f->k_currency))));
  /* the rollup KR carries the north team's 4 / 8 */
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_progress (okr_rollup_find_key_result
                                                                 (rollup, f->k_rollup)),
                                  0.5, EPS);
  g_assert_cmpint (okr_key_result_get_owner_id (okr_rollup_find_key_result (rollup, f->k_rollup)),
                   ==, f->bob);

  /* milestones, in order, the second one done */
  g_autoptr(GString) milestones = g_string_new (NULL);
  for (gint64 id = 1; id < 20; id++)
    {
      g_autofree char *kr = NULL, *title = NULL, *done = NULL, *position = NULL;

      if (!okr_store_row_exists (store, OKR_ENTITY_MILESTONE, id))
        continue;
      kr = field_text (store, OKR_ENTITY_MILESTONE, id, "kr_id");
      g_assert_cmpint (g_ascii_strtoll (kr, NULL, 10), ==, f->k_milestone);
      title = field_text (store, OKR_ENTITY_MILESTONE, id, "title");
      done = field_text (store, OKR_ENTITY_MILESTONE, id, "done");
      position = field_text (store, OKR_ENTITY_MILESTONE, id, "position");
      g_string_append_printf (milestones, "%s%s@%s=%s", milestones->len ? ", " : "", title,
                              position, done);
    }
  g_assert_cmpstr (milestones->str, ==, "Draft@1=0, Review@2=1, Publish@3=0");

  /* initiatives */
  assert_field (store, OKR_ENTITY_INITIATIVE, f->init_a, "title", "Ask every client");
  assert_field (store, OKR_ENTITY_INITIATIVE, f->init_a, "state", "doing");
  assert_field_int (store, OKR_ENTITY_INITIATIVE, f->init_a, "owner_id", f->bob);
  assert_field_int (store, OKR_ENTITY_INITIATIVE, f->init_a, "kr_id", f->k_number);
  assert_field (store, OKR_ENTITY_INITIATIVE, f->init_b, "state", "todo");
  assert_field (store, OKR_ENTITY_INITIATIVE, f->init_b, "owner_id", "NULL");

  /* check-ins, newest first */
  g_autoptr(GPtrArray) checkins = okr_store_list_checkins (store, f->k_number, FALSE, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (checkins->len, ==, 2);
  OkrCheckin *latest = g_ptr_array_index (checkins, 0);
  OkrCheckin *first = g_ptr_array_index (checkins, 1);
  g_assert_cmpint (okr_checkin_get_id (latest), ==, f->c2);
  g_assert_cmpfloat (okr_checkin_get_value (latest), ==, 30);
  g_assert_cmpint (okr_checkin_get_confidence (latest), ==, 7);
  g_assert_cmpint (okr_checkin_get_id (first), ==, f->c1);
  g_assert_cmpint (okr_checkin_get_kr_id (first), ==, f->k_number);
  g_assert_cmpint (okr_checkin_get_date (first), ==, ymd (2027, 1, 15));
  g_assert_cmpfloat (okr_checkin_get_value (first), ==, 20);
  g_assert_cmpint (okr_checkin_get_confidence (first), ==, 6);
  g_assert_cmpstr (okr_checkin_get_note (first), ==, "Slow start");
  g_assert_cmpstr (okr_checkin_get_went_well (first), ==, "Two big clients");
  g_assert_cmpstr (okr_checkin_get_blocked_by (first), ==, "Holidays");
  g_assert_cmpstr (okr_checkin_get_next_step (first), ==, "Call the rest");
  g_assert_cmpint (okr_checkin_get_author_id (first), ==, f->alice);
  g_assert_false (okr_checkin_get_retracted (first));
  g_assert_cmpint (okr_checkin_get_stamp (first), <, okr_checkin_get_stamp (latest));
  /* a milestone check-in records the number of milestones done */
  assert_field (store, OKR_ENTITY_CHECKIN, f->c_milestone, "value", "1");

  /* scores */
  assert_field (store, OKR_ENTITY_SCORE, 1, "score", "0.59999999999999998");
  assert_field (store, OKR_ENTITY_SCORE, 1, "reason", "Decent");
  assert_field_int (store, OKR_ENTITY_SCORE, 1, "author_id", f->alice);
  assert_field_int (store, OKR_ENTITY_SCORE, 2, "kr_id", f->k_percent);

  /* KPI and readings */
  assert_field (store, OKR_ENTITY_KPI, f->kpi, "name", "Churn");
  assert_field (store, OKR_ENTITY_KPI, f->kpi, "unit_label", "%");
  assert_field (store, OKR_ENTITY_KPI, f->kpi, "green", "2");
  assert_field (store, OKR_ENTITY_KPI, f->kpi, "red", "5");
  assert_field_int (store, OKR_ENTITY_KPI, f->kpi, "unit_id", f->sales);
  assert_field (store, OKR_ENTITY_KPI_READING, f->reading1, "date", "2027-01-31");
  assert_field (store, OKR_ENTITY_KPI_READING, f->reading1, "value", "3.1000000000000001");
  assert_field_int (store, OKR_ENTITY_KPI_READING, f->reading1, "author_id", f->alice);
  assert_field_int (store, OKR_ENTITY_KPI_READING, f->reading2, "kpi_id", f->kpi);
  assert_field (store, OKR_ENTITY_KPI_READING, f->reading2, "date", "2027-02-28");

  /* retrospective */
  assert_field_int (store, OKR_ENTITY_RETROSPECTIVE, 1, "unit_id", f->sales);
  assert_field_int (store, OKR_ENTITY_RETROSPECTIVE, 1, "cycle_id", f->q1);
  assert_field (store, OKR_ENTITY_RETROSPECTIVE, 1, "went_well", "Focus");
  assert_field (store, OKR_ENTITY_RETROSPECTIVE, 1, "went_badly", "Hiring");
  assert_field (store, OKR_ENTITY_RETROSPECTIVE, 1, "to_change", "Start earlier");
}

static void
test_round_trip (Tmp *tmp, gconstpointer data)
{
  g_autoptr(OkrStore) store = create_doc (tmp->path);
  g_autofree char *before = NULL, *after = NULL;
  OkrUuid document_id;
  Full f;

  build_full (store, &f);
  check_full (store, &f);
  before = snapshot_rows (store);
  document_id = *okr_store_get_document_id (store);
  close_doc (&store);

  store = open_doc (tmp->path);
  g_assert_cmpint (okr_store_get_opened_version (store), ==, OKR_SCHEMA_VERSION);
  g_assert_true (okr_uuid_equal (okr_store_get_document_id (store), &document_id));
  g_assert_false (okr_uuid_is_null (&document_id));
  check_full (store, &f);
  after = snapshot_rows (store);
  g_assert_cmpstr (before, ==, after);
  /* nothing was written by opening and reading */
  g_assert_false (okr_store_can_undo (store));
}

/* Every row has its own 16-byte identity. */
static void
test_uuids (Tmp *tmp, gconstpointer data)
{
  g_autoptr(OkrStore) store = create_doc (tmp->path);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3 *db;
  Full f;
  guint total = 0;

  build_full (store, &f);
  close_doc (&store);

  db = raw_open (tmp->path, FALSE);
  for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
    {
      const char *table = okr_schema_get_table (e)->table;
      g_autofree char *sql = g_strdup_printf ("SELECT uuid, typeof (uuid), length (uuid) FROM %s",
                                              table);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          OkrUuid uuid;
          g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "blob");
          g_assert_cmpint (sqlite3_column_int (stmt, 2), ==, 16);
          g_assert_true (okr_uuid_from_blob (sqlite3_column_blob (stmt, 0),
                                             sqlite3_column_bytes (stmt, 0), &uuid));
          g_assert_false (okr_uuid_is_null (&uuid));
          g_assert_true (g_hash_table_add (seen, okr_uuid_to_string (&uuid)));
          total++;
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  /* 3 people, 4 units, 3 cycles, 4 objectives, 8 KRs, 3 milestones, 2 initiatives,
   * 2 scores, 1 KPI, 1 retrospective, 6 check-ins, 2 readings */
  g_assert_cmpuint (total, ==, 39);
}

/* Max of every stamp in the file: every <field>_at, and the append-only tables' stamps. */
static gint64
max_stamp (sqlite3 *db, gboolean assert_nonzero)
{
  gint64 max = 0;

  for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
    {
      const OkrTableInfo *info = okr_schema_get_table (e);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s", info->table);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          {
            const char *name = sqlite3_column_name (stmt, c);
            if (!g_str_has_suffix (name, "_at") && !g_str_equal (name, "stamp"))
              continue;
            if (assert_nonzero)
              {
                if (sqlite3_column_int64 (stmt, c) <= 0)
                  g_error ("%s.%s has no stamp", info->table, name);
              }
            max = MAX (max, sqlite3_column_int64 (stmt, c));
          }
      sqlite3_finalize (stmt);
    }
  return max;
}

static void
test_stamps (Tmp *tmp, gconstpointer data)
{
  g_autoptr(OkrStore) store = create_doc (tmp->path);
  sqlite3 *db;
  gint64 max, clock, title_at, desc_at, prev;
  Full f;

  build_full (store, &f);
  close_doc (&store);

  db = raw_open (tmp->path, FALSE);
  max = max_stamp (db, TRUE);
  {
    g_autoptr(GPtrArray) rows = raw_strings (db, "SELECT value FROM meta WHERE key = 'clock'");
    g_assert_cmpuint (rows->len, ==, 1);
    clock = g_ascii_strtoll (g_ptr_array_index (rows, 0), NULL, 10);
  }
  /* the saved clock has seen every stamp, so a reopened document issues later ones */
  g_assert_cmpint (clock, >=, max);
  /* append-only rows: stamps grow with the rows */
  prev = 0;
  {
    sqlite3_stmt *stmt = NULL;
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT stamp FROM checkins ORDER BY id", -1,
                                         &stmt, NULL), ==, SQLITE_OK);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        g_assert_cmpint (sqlite3_column_int64 (stmt, 0), >, prev);
        prev = sqlite3_column_int64 (stmt, 0);
      }
    sqlite3_finalize (stmt);
  }
  desc_at = raw_int (db, "SELECT description_at FROM objectives WHERE title = 'Delight customers'");
  sqlite3_close (db);

  /* a later edit, after reopening, is stamped after everything before it */
  store = open_doc (tmp->path);
  update_text (store, OKR_ENTITY_OBJECTIVE, f.o_company, "title", "Delight every customer");
  close_doc (&store);

  db = raw_open (tmp->path, FALSE);
  title_at = raw_int (db, "SELECT title_at FROM objectives WHERE title = 'Delight every customer'");
  g_assert_cmpint (title_at, >, max);
  /* only the edited field got a new stamp */
  g_assert_cmpint (raw_int (db, "SELECT description_at FROM objectives "
                                "WHERE title = 'Delight every customer'"), ==, desc_at);
  g_assert_cmpint (max_stamp (db, TRUE), ==, title_at);
  sqlite3_close (db);
}

static void
test_header (Tmp *tmp, gconstpointer data)
{
  g_autoptr(OkrStore) store = create_doc (tmp->path);
  g_autofree char *journal = g_strconcat (tmp->path, "-journal", NULL);
  g_autofree char *wal = g_strconcat (tmp->path, "-wal", NULL);
  g_autoptr(GBytes) bytes = NULL;
  const guint8 *header;
  sqlite3 *db;

  add_unit (store, okr_store_get_root_unit (store), "Sales", OKR_UNIT_DEPARTMENT);
  close_doc (&store);

  db = raw_open (tmp->path, FALSE);
  g_assert_cmpint (raw_int (db, "PRAGMA application_id"), ==, OKR_APPLICATION_ID);
  g_assert_cmpint (raw_int (db, "PRAGMA application_id"), ==, 0x4F4B5243);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, OKR_SCHEMA_VERSION);
  sqlite3_close (db);

  /* "OKRC" at offset 68; never WAL (bytes 18–19 are 1 for a rollback journal) */
  bytes = read_bytes (tmp->path);
  header = g_bytes_get_data (bytes, NULL);
  g_assert_cmpmem (header + 68, 4, "OKRC", 4);
  g_assert_cmpint (header[18], ==, 1);
  g_assert_cmpint (header[19], ==, 1);
  /* nothing left beside the file (a sync folder would carry it around) */
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_create_existing (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL, after = NULL;
  OkrStore *again;

  g_assert_true (g_file_set_contents (tmp->path, "precious", -1, NULL));
  before = read_bytes (tmp->path);
  again = okr_store_create (tmp->path, "Acme", &error);
  g_assert_null (again);
  assert_store_error (error, OKR_STORE_ERROR_EXISTS);
  after = read_bytes (tmp->path);
  g_assert_true (g_bytes_equal (before, after));
}

/* ───────────────────────── failed writes leave no trace ───────────────────────── */

static void
test_rollback_group (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = create_doc (tmp->path);
  gint64 cycle = add_cycle (store, "Q1", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  g_autofree char *before = NULL, *after = NULL;
  OkrKrSpec spec;
  gint64 objective, kr;

  close_doc (&store);
  before = dump_file (tmp->path, DUMP_ALL);
  store = open_doc (tmp->path);

  okr_store_begin_edit (store, "Add an objective with its KR");
  objective = okr_store_add_objective (store, cycle, okr_store_get_root_unit (store),
                                       "Grow the business", 0, FALSE, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (objective, >, 0);
  /* the objective is visible inside the group… */
  g_assert_true (okr_store_row_exists (store, OKR_ENTITY_OBJECTIVE, objective));
  okr_kr_spec_init (&spec);
  spec.target = 10;
  kr = okr_store_add_key_result (store, objective, "", &spec, &error);
  g_assert_cmpint (kr, ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  okr_store_abort_edit (store);

  /* …and gone after the abort, with nothing to undo */
  g_assert_false (okr_store_row_exists (store, OKR_ENTITY_OBJECTIVE, objective));
  g_assert_false (okr_store_can_undo (store));
  close_doc (&store);

  after = dump_file (tmp->path, DUMP_ALL);
  g_assert_cmpstr (before, ==, after);
  store = open_doc (tmp->path);
  g_assert_cmpint (okr_store_resolve (store, OKR_ENTITY_OBJECTIVE, "Grow the business", &error),
                   ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_NOT_FOUND);
}

/* Inside a group, a refused primitive is undone on its own (it runs in a savepoint): the
 * caller may carry on, and what ends up committed is the rest of the group. */
static void
test_rollback_group_continues (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = create_doc (tmp->path);
  gint64 cycle = add_cycle (store, "Q1", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  gint64 objective = add_objective (store, cycle, okr_store_get_root_unit (store), "Grow", 0, 0);
  gint64 kr = add_number_kr (store, objective, "Reach 10", 0, 10);
  g_autofree char *before = dump_file (tmp->path, DUMP_LIVE);
  g_autofree char *undone = NULL;
  g_autoptr(OkrChanges) rename = okr_changes_new (OKR_ENTITY_OBJECTIVE);
  g_autoptr(OkrChanges) bad = okr_changes_new (OKR_ENTITY_KEY_RESULT);

  okr_store_begin_edit (store, "Tidy up");
  okr_changes_set_text (rename, "title", "Grow faster");
  g_assert_true (okr_store_update (store, objective, rename, &error));
  g_assert_no_error (error);
  /* both values pass the table's CHECKs, so they are written before validation refuses them */
  okr_changes_set_text (bad, "title", "   ");
  okr_changes_set_real (bad, "weight", 2000);
  g_assert_false (okr_store_update (store, kr, bad, &error));
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  g_assert_true (okr_store_end_edit (store, &error));
  g_assert_no_error (error);

  assert_field (store, OKR_ENTITY_OBJECTIVE, objective, "title", "Grow faster");
  assert_field (store, OKR_ENTITY_KEY_RESULT, kr, "title", "Reach 10");
  assert_field (store, OKR_ENTITY_KEY_RESULT, kr, "weight", "1");
  g_assert_cmpint (file_int (tmp->path, "SELECT count(*) FROM key_results WHERE weight = 2000"),
                   ==, 0);
  /* one step, which undoes the rename */
  g_assert_cmpstr (okr_store_get_undo_label (store), ==, "Tidy up");
  g_assert_true (okr_store_undo (store, &error));
  g_assert_no_error (error);
  undone = dump_file (tmp->path, DUMP_LIVE);
  g_assert_cmpstr (undone, ==, before);
}

/* A refused primitive outside a group changes nothing at all: no row, no stamp, no clock. */
static void
test_rollback_single (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = create_doc (tmp->path);
  gint64 root = okr_store_get_root_unit (store);
  gint64 cycle = add_cycle (store, "Q1", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  gint64 objective = add_objective (store, cycle, root, "Grow", 0, 0);
  gint64 kr = add_number_kr (store, objective, "Reach 10", 0, 10);
  g_autofree char *before = dump_file (tmp->path, DUMP_ALL);
  g_autofree char *after = NULL;
  const char *const bad_milestones[] = { "One", "  ", NULL };
  g_autoptr(OkrChanges) weight = okr_changes_new (OKR_ENTITY_KEY_RESULT);
  OkrKrSpec spec;
  OkrCheckinSpec ci;

  g_assert_cmpint (okr_store_add_objective (store, cycle, root, " ", 0, FALSE, 0, 0, &error),
                   ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);

  okr_changes_set_real (weight, "weight", -1);
  okr_changes_set_text (weight, "title", "Renamed in the same edit");
  g_assert_false (okr_store_update (store, kr, weight, &error));
  assert_store_error (error, OKR_STORE_ERROR_INVALID);

  /* a KR whose second milestone is refused: the KR and the first milestone go too */
  okr_kr_spec_init (&spec);
  spec.kind = OKR_KR_MILESTONE;
  spec.milestones = bad_milestones;
  g_assert_cmpint (okr_store_add_key_result (store, objective, "Steps", &spec, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);

  okr_checkin_spec_init (&ci);
  ci.value = 5;
  ci.confidence = 11;
  ci.date = ymd (2027, 2, 1);
  g_assert_cmpint (okr_store_add_checkin (store, kr, &ci, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);

  g_assert_false (okr_store_delete (store, OKR_ENTITY_UNIT, root, &error));
  assert_store_error (error, OKR_STORE_ERROR_INVALID);

  after = dump_file (tmp->path, DUMP_ALL);
  g_assert_cmpstr (before, ==, after);
  /* and the undo stack did not get an empty step for any of them */
  g_assert_cmpstr (okr_store_get_undo_label (store), ==, "Add key result");
}

/* ───────────────────────── validation ───────────────────────── */

typedef struct {
  OkrStore *store;
  gint64 company, a, a1, b;
  gint64 cycle;
  gint64 o_company, o_a, o_a1, o_b;
  gint64 k_company, k_a, k_bool;
} Org;

static void
build_org (OkrStore *store, Org *o)
{
  OkrKrSpec spec;

  o->store = store;
  o->company = okr_store_get_root_unit (store);
  o->a = add_unit (store, o->company, "Dept A", OKR_UNIT_DEPARTMENT);
  o->b = add_unit (store, o->company, "Dept B", OKR_UNIT_DEPARTMENT);
  o->a1 = add_unit (store, o->a, "Team A1", OKR_UNIT_TEAM);
  o->cycle = add_cycle (store, "Q1", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  o->o_company = add_objective (store, o->cycle, o->company, "Company goal", 0, 0);
  o->o_a = add_objective (store, o->cycle, o->a, "A goal", o->o_company, 0);
  o->o_a1 = add_objective (store, o->cycle, o->a1, "A1 goal", o->o_a, 0);
  o->o_b = add_objective (store, o->cycle, o->b, "B goal", 0, 0);
  o->k_company = add_number_kr (store, o->o_company, "Company KR", 0, 100);
  o->k_a = add_number_kr (store, o->o_a, "A KR", 0, 10);
  okr_kr_spec_init (&spec);
  spec.kind = OKR_KR_BOOLEAN;
  o->k_bool = add_kr_spec (store, o->o_a, "A launched", &spec);
}

static gint64
try_kr (Org *o, double baseline, double target, double weight, GError **error)
{
  OkrKrSpec spec;

  okr_kr_spec_init (&spec);
  spec.baseline = baseline;
  spec.target = target;
  spec.weight = weight;
  return okr_store_add_key_result (o->store, o->o_a, "A measurable KR", &spec, error);
}

static gint64
try_checkin (Org *o, gint64 kr, double value, int confidence, GError **error)
{
  OkrCheckinSpec ci;

  okr_checkin_spec_init (&ci);
  ci.date = ymd (2027, 2, 1);
  ci.value = value;
  ci.confidence = confidence;
  return okr_store_add_checkin (o->store, kr, &ci, error);
}

static void
test_validation (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = create_doc (tmp->path);
  g_autofree char *long_title = g_strnfill (301, 'x');
  g_autoptr(GString) long_utf8 = g_string_new (NULL);
  g_autofree char *before = NULL, *after = NULL;
  Org o;

  build_org (store, &o);
  for (guint i = 0; i < 300; i++)
    g_string_append (long_utf8, "é");
  before = dump_file (tmp->path, DUMP_ALL);

  /* titles */
  const char *const bad_titles[] = { "", " ", "\t\n  ", long_title };
  for (guint i = 0; i < G_N_ELEMENTS (bad_titles); i++)
    {
      g_assert_cmpint (okr_store_add_objective (store, o.cycle, o.a, bad_titles[i], 0, FALSE, 0,
                                                0, &error), ==, 0);
      assert_store_error (error, OKR_STORE_ERROR_INVALID);
    }
  g_assert_cmpint (okr_store_add_person (store, "", NULL, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  g_assert_cmpint (okr_store_add_person (store, "Dan", "not an address", &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  g_assert_cmpint (okr_store_add_unit (store, o.a, "  ", OKR_UNIT_TEAM, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  g_assert_cmpint (okr_store_add_initiative (store, o.k_a, "", 0, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);

  /* weights and non-finite numbers */
  const double bad_weights[] = { -1, -1e-9, NAN, INFINITY, 1001 };
  for (guint i = 0; i < G_N_ELEMENTS (bad_weights); i++)
    {
      g_assert_cmpint (try_kr (&o, 0, 10, bad_weights[i], &error), ==, 0);
      assert_store_error (error, OKR_STORE_ERROR_INVALID);
    }
  g_assert_cmpint (try_kr (&o, 0, INFINITY, 1, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  g_assert_cmpint (try_kr (&o, -INFINITY, 10, 1, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  g_assert_cmpint (try_kr (&o, NAN, 10, 1, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  g_assert_cmpint (try_kr (&o, 0, 1e16, 1, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  g_assert_cmpint (okr_store_add_kpi (store, o.a, "Churn", "%", INFINITY, 5, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  g_assert_cmpint (try_checkin (&o, o.k_a, INFINITY, 5, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  g_assert_cmpint (try_checkin (&o, o.k_a, -1e300, 5, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  {
    /* NaN through the generic path (the spec helper reads NaN as "unchanged") */
    g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_CHECKIN);
    okr_changes_set_ref (c, "kr_id", o.k_a);
    okr_changes_set_date (c, "date", ymd (2027, 2, 1));
    okr_changes_set_real (c, "value", NAN);
    g_assert_cmpint (okr_store_append (store, c, &error), ==, 0);
    assert_store_error (error, OKR_STORE_ERROR_INVALID);
  }

  /* cycles */
  g_assert_cmpint (okr_store_add_cycle (store, "Empty", ymd (2027, 5, 1), ymd (2027, 5, 1), 0,
                                        &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  g_assert_cmpint (okr_store_add_cycle (store, "Backwards", ymd (2027, 5, 2), ymd (2027, 5, 1),
                                        0, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  /* a quarter must lie inside its year */
  g_assert_cmpint (okr_store_add_cycle (store, "Spill", ymd (2027, 3, 1), ymd (2027, 4, 30),
                                        o.cycle, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);

  /* the unit tree stays a tree */
  {
    g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_UNIT);
    okr_changes_set_ref (c, "parent_id", o.a1);
    g_assert_false (okr_store_update (store, o.a, c, &error));
    assert_store_error (error, OKR_STORE_ERROR_INVALID);
    okr_changes_set_ref (c, "parent_id", o.a);
    g_assert_false (okr_store_update (store, o.a, c, &error));
    assert_store_error (error, OKR_STORE_ERROR_INVALID);
  }

  /* alignment goes up the tree only, and to one thing */
  const struct {
    gint64 unit, to_objective, to_kr;
  } bad_alignments[] = {
    { o.a1, o.o_b, 0 },          /* a sibling department is not above team A1 */
    { o.a, o.o_a1, 0 },          /* down the tree */
    { o.a, o.o_a, 0 },           /* the same unit */
    { o.b, 0, o.k_a },           /* a KR of a sibling */
    { o.a, o.o_company, o.k_company },  /* both */
  };
  for (guint i = 0; i < G_N_ELEMENTS (bad_alignments); i++)
    {
      g_test_message ("alignment case %u", i);
      g_assert_cmpint (okr_store_add_objective (store, o.cycle, bad_alignments[i].unit,
                                                "Aligned", 0, FALSE,
                                                bad_alignments[i].to_objective,
                                                bad_alignments[i].to_kr, &error), ==, 0);
      assert_store_error (error, OKR_STORE_ERROR_INVALID);
    }
  {
    /* an existing objective re-aligned to its own child */
    g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_OBJECTIVE);
    okr_changes_set_ref (c, "align_objective_id", o.o_a1);
    g_assert_false (okr_store_update (store, o.o_a, c, &error));
    assert_store_error (error, OKR_STORE_ERROR_INVALID);
  }

  /* check-ins */
  g_assert_cmpint (try_checkin (&o, o.k_a, 5, 11, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  g_assert_cmpint (try_checkin (&o, o.k_a, 5, -1, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  {
    /* 0 is "not given" for the helper; written as a value it is out of range */
    g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_CHECKIN);
    okr_changes_set_ref (c, "kr_id", o.k_a);
    okr_changes_set_date (c, "date", ymd (2027, 2, 1));
    okr_changes_set_real (c, "value", 5);
    okr_changes_set_int (c, "confidence", 0);
    g_assert_cmpint (okr_store_append (store, c, &error), ==, 0);
    assert_store_error (error, OKR_STORE_ERROR_INVALID);
  }
  g_assert_cmpint (try_checkin (&o, o.k_bool, 0.5, 5, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  g_assert_cmpint (try_checkin (&o, o.k_bool, 2, 5, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  g_assert_cmpint (try_checkin (&o, 999, 2, 5, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_NOT_FOUND);
  {
    /* milestones: only on milestone KRs, and only the ones that exist */
    static const char *const steps[] = { "One", "Two", NULL };
    OkrKrSpec spec;
    OkrCheckinSpec ci;
    const guint zero[] = { 0 }, three[] = { 3 }, one[] = { 1 };
    gint64 km, kroll;

    okr_kr_spec_init (&spec);
    spec.kind = OKR_KR_MILESTONE;
    g_assert_cmpint (okr_store_add_key_result (store, o.o_a, "No steps", &spec, &error), ==, 0);
    assert_store_error (error, OKR_STORE_ERROR_INVALID);
    spec.milestones = steps;
    okr_store_begin_edit (store, "Setup");
    km = add_kr_spec (store, o.o_a, "Steps", &spec);
    okr_kr_spec_init (&spec);
    spec.kind = OKR_KR_ROLLUP;
    kroll = add_kr_spec (store, o.o_company, "Rolled up", &spec);
    g_assert_true (okr_store_end_edit (store, NULL));
    g_free (before);
    before = dump_file (tmp->path, DUMP_ALL);

    okr_checkin_spec_init (&ci);
    ci.date = ymd (2027, 2, 1);
    ci.milestones_done = zero;
    ci.n_milestones_done = 1;
    g_assert_cmpint (okr_store_add_checkin (store, km, &ci, &error), ==, 0);
    assert_store_error (error, OKR_STORE_ERROR_INVALID);
    ci.milestones_done = three;
    g_assert_cmpint (okr_store_add_checkin (store, km, &ci, &error), ==, 0);
    assert_store_error (error, OKR_STORE_ERROR_INVALID);
    ci.milestones_done = one;
    g_assert_cmpint (okr_store_add_checkin (store, o.k_a, &ci, &error), ==, 0);
    assert_store_error (error, OKR_STORE_ERROR_INVALID);
    /* a rolled-up KR has no check-ins of its own */
    g_assert_cmpint (try_checkin (&o, kroll, 50, 5, &error), ==, 0);
    assert_store_error (error, OKR_STORE_ERROR_INVALID);
  }

  /* scores */
  g_assert_false (okr_store_set_score (store, o.k_a, 1.5, "", 0, &error));
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  g_assert_false (okr_store_set_score (store, o.k_a, -0.1, "", 0, &error));
  assert_store_error (error, OKR_STORE_ERROR_INVALID);

  /* the company stays */
  g_assert_false (okr_store_delete (store, OKR_ENTITY_UNIT, o.company, &error));
  assert_store_error (error, OKR_STORE_ERROR_INVALID);

  after = dump_file (tmp->path, DUMP_ALL);
  g_assert_cmpstr (before, ==, after);

  /* the accepted side of each boundary */
  g_assert_cmpint (okr_store_add_objective (store, o.cycle, o.a, long_utf8->str, 0, FALSE, 0, 0,
                                            &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (try_kr (&o, 0, 10, 0, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (okr_store_add_cycle (store, "One day", ymd (2027, 5, 1), ymd (2027, 5, 2), 0,
                                        &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (okr_store_add_objective (store, o.cycle, o.a1, "Two up", 0, FALSE,
                                            o.o_company, 0, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (try_checkin (&o, o.k_bool, 1, 10, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (try_checkin (&o, o.k_a, 5, 1, &error), >, 0);
  g_assert_no_error (error);
  /* confidence 0 through the helper means "not given" */
  g_assert_cmpint (try_checkin (&o, o.k_a, 6, 0, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (okr_store_set_score (store, o.k_a, 1.0, "", 0, &error));
  g_assert_no_error (error);
}

static void
test_closed_cycle (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = create_doc (tmp->path);
  g_autofree char *before = NULL, *after = NULL;
  gint64 root = okr_store_get_root_unit (store);
  gint64 q1 = add_cycle (store, "Q1", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  gint64 q2 = add_cycle (store, "Q2", ymd (2027, 4, 1), ymd (2027, 6, 30), 0);
  gint64 objective = add_objective (store, q1, root, "Grow", 0, 0);
  gint64 kr = add_number_kr (store, objective, "Reach 10", 0, 10);
  gint64 checkin = add_checkin (store, kr, ymd (2027, 2, 1), 4, 5);
  OkrKrSpec spec;

  g_assert_true (okr_store_set_cycle_state (store, q1, OKR_CYCLE_CLOSED, &error));
  g_assert_no_error (error);
  before = dump_file (tmp->path, DUMP_ALL);

  g_assert_cmpint (okr_store_add_objective (store, q1, root, "Late", 0, FALSE, 0, 0, &error), ==,
                   0);
  assert_store_error (error, OKR_STORE_ERROR_CLOSED);
  okr_kr_spec_init (&spec);
  g_assert_cmpint (okr_store_add_key_result (store, objective, "Late KR", &spec, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_CLOSED);
  g_assert_cmpint (try_checkin (&(Org) { .store = store }, kr, 7, 5, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_CLOSED);
  g_assert_false (okr_store_set_score (store, kr, 0.5, "", 0, &error));
  assert_store_error (error, OKR_STORE_ERROR_CLOSED);
  g_assert_cmpint (okr_store_retract_checkin (store, checkin, "Typo", 0, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_CLOSED);
  g_assert_cmpint (okr_store_add_initiative (store, kr, "Late idea", 0, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_CLOSED);
  {
    g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_OBJECTIVE);
    okr_changes_set_text (c, "title", "Grow more");
    g_assert_false (okr_store_update (store, objective, c, &error));
    assert_store_error (error, OKR_STORE_ERROR_CLOSED);
  }
  {
    /* moving an objective out of a closed cycle changes that cycle too */
    g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_OBJECTIVE);
    okr_changes_set_ref (c, "cycle_id", q2);
    g_assert_false (okr_store_update (store, objective, c, &error));
    assert_store_error (error, OKR_STORE_ERROR_CLOSED);
  }
  {
    g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_KEY_RESULT);
    okr_changes_set_real (c, "target", 20);
    g_assert_false (okr_store_update (store, kr, c, &error));
    assert_store_error (error, OKR_STORE_ERROR_CLOSED);
  }
  g_assert_false (okr_store_delete (store, OKR_ENTITY_OBJECTIVE, objective, &error));
  assert_store_error (error, OKR_STORE_ERROR_CLOSED);
  {
    /* a closed cycle changes only by being reopened */
    g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_CYCLE);
    okr_changes_set_text (c, "name", "Q1 renamed");
    g_assert_false (okr_store_update (store, q1, c, &error));
    assert_store_error (error, OKR_STORE_ERROR_CLOSED);
  }

  after = dump_file (tmp->path, DUMP_ALL);
  g_assert_cmpstr (before, ==, after);

  /* reopened, it takes writes again */
  g_assert_true (okr_store_set_cycle_state (store, q1, OKR_CYCLE_ACTIVE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (try_checkin (&(Org) { .store = store }, kr, 7, 5, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (okr_store_set_score (store, kr, 0.7, "", 0, &error));
  g_assert_no_error (error);
}

/* ───────────────────────── current value ───────────────────────── */

static double
current_of (OkrStore *store, gint64 cycle, gint64 kr, int *confidence, OkrDate *date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrRollup) rollup = okr_rollup_new (store, cycle, ymd (2027, 2, 15), &error);
  OkrKeyResult *k;

  g_assert_no_error (error);
  k = okr_rollup_find_key_result (rollup, kr);
  g_assert_nonnull (k);
  if (confidence != NULL)
    *confidence = okr_key_result_get_confidence (k);
  if (date != NULL)
    *date = okr_key_result_get_current_date (k);
  return okr_key_result_get_current (k);
}

static void
test_current_value (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = create_doc (tmp->path);
  gint64 cycle = add_cycle (store, "Q1", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  gint64 objective = add_objective (store, cycle, okr_store_get_root_unit (store), "Grow", 0, 0);
  gint64 kr = add_number_kr (store, objective, "Reach 100", 7, 100);
  gint64 a, b, d;
  int confidence;
  OkrDate date;

  /* no check-in yet: the baseline */
  g_assert_cmpfloat (current_of (store, cycle, kr, &confidence, &date), ==, 7);
  g_assert_cmpint (confidence, ==, 0);
  g_assert_cmpint (date, ==, OKR_DATE_NONE);

  a = add_checkin (store, kr, ymd (2027, 1, 10), 10, 6);
  b = add_checkin (store, kr, ymd (2027, 1, 20), 20, 0);
  g_assert_cmpfloat (current_of (store, cycle, kr, &confidence, &date), ==, 20);
  /* the latest confidence given, from an earlier check-in */
  g_assert_cmpint (confidence, ==, 6);
  g_assert_cmpint (date, ==, ymd (2027, 1, 20));

  /* a back-dated check-in is history, not the current value */
  add_checkin (store, kr, ymd (2027, 1, 5), 99, 2);
  g_assert_cmpfloat (current_of (store, cycle, kr, &confidence, NULL), ==, 20);
  g_assert_cmpint (confidence, ==, 6);

  /* the same day: the later one wins */
  d = add_checkin (store, kr, ymd (2027, 1, 20), 25, 4);
  g_assert_cmpfloat (current_of (store, cycle, kr, &confidence, NULL), ==, 25);
  g_assert_cmpint (confidence, ==, 4);

  /* retracting moves it back */
  g_assert_cmpint (okr_store_retract_checkin (store, d, "Wrong number", 0, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpfloat (current_of (store, cycle, kr, &confidence, NULL), ==, 20);
  g_assert_cmpint (confidence, ==, 6);
  g_assert_cmpint (okr_store_retract_checkin (store, b, "Counted twice", 0, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpfloat (current_of (store, cycle, kr, &confidence, &date), ==, 10);
  g_assert_cmpint (date, ==, ymd (2027, 1, 10));

  /* once is enough */
  g_assert_cmpint (okr_store_retract_checkin (store, b, "Again", 0, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  g_assert_cmpint (okr_store_retract_checkin (store, a, "", 0, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  g_assert_cmpint (okr_store_retract_checkin (store, 9999, "Nothing", 0, &error), ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpfloat (current_of (store, cycle, kr, NULL, NULL), ==, 10);

  /* the history keeps everything, retracted ones marked with their reason */
  g_autoptr(GPtrArray) live = okr_store_list_checkins (store, kr, FALSE, 0, &error);
  g_autoptr(GPtrArray) all = okr_store_list_checkins (store, kr, TRUE, 0, &error);
  g_assert_cmpuint (live->len, ==, 2);
  g_assert_cmpuint (all->len, ==, 4);
  for (guint i = 0; i < all->len; i++)
    {
      OkrCheckin *c = g_ptr_array_index (all, i);
      if (okr_checkin_get_id (c) == b)
        {
          g_assert_true (okr_checkin_get_retracted (c));
          g_assert_cmpstr (okr_checkin_get_retract_reason (c), ==, "Counted twice");
        }
      else if (okr_checkin_get_id (c) == a)
        g_assert_false (okr_checkin_get_retracted (c));
    }

  /* and the current value survives reopening (it is kept in the file, not recomputed) */
  close_doc (&store);
  store = open_doc (tmp->path);
  g_assert_cmpfloat (current_of (store, cycle, kr, NULL, NULL), ==, 10);
}

static double
score_of (OkrStore *store, gint64 cycle, gint64 kr)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrRollup) rollup = okr_rollup_new (store, cycle, ymd (2027, 3, 31), &error);

  g_assert_no_error (error);
  return okr_key_result_get_score (okr_rollup_find_key_result (rollup, kr));
}

/* One score per KR, with an identity derived from the KR's, so that copies of a document
 * that score the same KR merge into one row. Undoing it, or clearing it, and scoring again
 * must work. */
static void
test_score_again (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = create_doc (tmp->path);
  gint64 root = okr_store_get_root_unit (store);
  gint64 cycle = add_cycle (store, "Q1", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  gint64 objective = add_objective (store, cycle, root, "Grow", 0, 0);
  gint64 kr = add_number_kr (store, objective, "Reach 10", 0, 10);
  OkrUuid kr_uuid, score_uuid;
  gint64 score;
  gboolean ok;

  /* scored, then undone: no score */
  g_assert_true (okr_store_set_score (store, kr, 0.3, "too early", 0, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (okr_store_get_undo_label (store), ==, "Score key result");
  g_assert_true (okr_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_true (isnan (score_of (store, cycle, kr)));

  /* scored again after the undo */
  ok = okr_store_set_score (store, kr, 0.5, "first", 0, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpfloat_with_epsilon (score_of (store, cycle, kr), 0.5, EPS);

  /* scoring twice edits the one row, whose identity derives from the KR's */
  g_assert_true (okr_store_set_score (store, kr, 0.6, "second", 0, &error));
  g_assert_no_error (error);
  g_assert_true (okr_store_get_uuid (store, OKR_ENTITY_KEY_RESULT, kr, &kr_uuid));
  okr_uuid_derive (&kr_uuid, "score", &score_uuid);
  score = okr_store_lookup_uuid (store, OKR_ENTITY_SCORE, &score_uuid);
  g_assert_cmpint (score, >, 0);
  g_assert_cmpint (file_int (tmp->path, "SELECT count(*) FROM scores"), ==, 1);
  assert_field (store, OKR_ENTITY_SCORE, score, "reason", "second");
  g_assert_cmpfloat_with_epsilon (score_of (store, cycle, kr), 0.6, EPS);

  /* "Clear score", then score again */
  g_assert_true (okr_store_delete (store, OKR_ENTITY_SCORE, score, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (okr_store_get_undo_label (store), ==, "Clear score");
  g_assert_true (isnan (score_of (store, cycle, kr)));
  ok = okr_store_set_score (store, kr, 0.8, "third", 0, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpfloat_with_epsilon (score_of (store, cycle, kr), 0.8, EPS);
}

static void
test_retrospective_again (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = create_doc (tmp->path);
  gint64 root = okr_store_get_root_unit (store);
  gint64 cycle = add_cycle (store, "Q1", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  gboolean ok;

  g_assert_true (okr_store_set_retrospective (store, root, cycle, "a", "b", "c", &error));
  g_assert_no_error (error);
  g_assert_true (okr_store_set_retrospective (store, root, cycle, "d", "e", "f", &error));
  g_assert_no_error (error);
  g_assert_cmpint (file_int (tmp->path, "SELECT count(*) FROM retrospectives"), ==, 1);
  assert_field (store, OKR_ENTITY_RETROSPECTIVE, 1, "went_well", "d");
  assert_field (store, OKR_ENTITY_RETROSPECTIVE, 1, "to_change", "f");

  /* undo both edits: the retrospective is gone; write it again */
  g_assert_true (okr_store_undo (store, &error));
  g_assert_true (okr_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_false (okr_store_row_exists (store, OKR_ENTITY_RETROSPECTIVE, 1));
  ok = okr_store_set_retrospective (store, root, cycle, "g", "h", "i", &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_true (okr_store_row_exists (store, OKR_ENTITY_RETROSPECTIVE, 1));
  assert_field (store, OKR_ENTITY_RETROSPECTIVE, 1, "went_well", "g");
}

/* ───────────────────────── tombstones ───────────────────────── */

static void
test_tombstones (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = create_doc (tmp->path);
  g_autofree char *before = NULL, *deleted = NULL, *undone = NULL, *redone = NULL;
  Org o;
  gint64 k2, init, o_via_kr;
  OkrKrSpec spec;
  static const char *const steps[] = { "One", "Two", NULL };

  build_org (store, &o);
  okr_kr_spec_init (&spec);
  spec.kind = OKR_KR_MILESTONE;
  spec.milestones = steps;
  k2 = add_kr_spec (store, o.o_a, "Steps", &spec);
  init = okr_store_add_initiative (store, o.k_a, "Do it", 0, &error);
  g_assert_no_error (error);
  g_assert_true (okr_store_set_score (store, o.k_a, 0.4, "so so", 0, &error));
  g_assert_no_error (error);
  add_checkin (store, o.k_a, ymd (2027, 2, 1), 3, 5);
  /* A1's goal aligns to dept A's objective; another A1 objective to one of its KRs */
  o_via_kr = add_objective (store, o.cycle, o.a1, "Via the KR", 0, o.k_a);

  before = dump_file (tmp->path, DUMP_LIVE);
  g_assert_true (okr_store_delete (store, OKR_ENTITY_OBJECTIVE, o.o_a, &error));
  g_assert_no_error (error);
  deleted = dump_file (tmp->path, DUMP_LIVE);

  g_assert_false (okr_store_row_exists (store, OKR_ENTITY_OBJECTIVE, o.o_a));
  g_assert_false (okr_store_row_exists (store, OKR_ENTITY_KEY_RESULT, o.k_a));
  g_assert_false (okr_store_row_exists (store, OKR_ENTITY_KEY_RESULT, o.k_bool));
  g_assert_false (okr_store_row_exists (store, OKR_ENTITY_KEY_RESULT, k2));
  g_assert_false (okr_store_row_exists (store, OKR_ENTITY_INITIATIVE, init));
  /* tombstones, not deletions: the rows are still in the file */
  assert_field (store, OKR_ENTITY_KEY_RESULT, o.k_a, "deleted", "1");
  assert_field (store, OKR_ENTITY_INITIATIVE, init, "deleted", "1");
  assert_field (store, OKR_ENTITY_SCORE, 1, "deleted", "1");
  g_assert_cmpint (file_int (tmp->path, "SELECT count(*) FROM milestones WHERE deleted = 1"),
                   ==, 2);
  /* check-ins are history and stay */
  g_assert_cmpint (file_int (tmp->path, "SELECT count(*) FROM checkins"), ==, 1);
  /* objectives aligned to it, or to its KRs, survive without the alignment */
  g_assert_true (okr_store_row_exists (store, OKR_ENTITY_OBJECTIVE, o.o_a1));
  assert_field (store, OKR_ENTITY_OBJECTIVE, o.o_a1, "align_objective_id", "NULL");
  g_assert_true (okr_store_row_exists (store, OKR_ENTITY_OBJECTIVE, o_via_kr));
  assert_field (store, OKR_ENTITY_OBJECTIVE, o_via_kr, "align_kr_id", "NULL");
  /* the rest is untouched */
  g_assert_true (okr_store_row_exists (store, OKR_ENTITY_KEY_RESULT, o.k_company));
  assert_field_int (store, OKR_ENTITY_OBJECTIVE, o.o_a1, "unit_id", o.a1);

  /* one undo brings all of it back */
  g_assert_cmpstr (okr_store_get_undo_label (store), ==, "Delete objective");
  g_assert_true (okr_store_undo (store, &error));
  g_assert_no_error (error);
  undone = dump_file (tmp->path, DUMP_LIVE);
  g_assert_cmpstr (undone, ==, before);
  assert_field_int (store, OKR_ENTITY_OBJECTIVE, o.o_a1, "align_objective_id", o.o_a);
  assert_field_int (store, OKR_ENTITY_OBJECTIVE, o_via_kr, "align_kr_id", o.k_a);
  g_assert_true (okr_store_row_exists (store, OKR_ENTITY_INITIATIVE, init));

  g_assert_true (okr_store_redo (store, &error));
  g_assert_no_error (error);
  redone = dump_file (tmp->path, DUMP_LIVE);
  g_assert_cmpstr (redone, ==, deleted);
  g_assert_false (okr_store_can_redo (store));

  /* a deleted row can't be edited or deleted again */
  {
    g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_OBJECTIVE);
    okr_changes_set_text (c, "title", "Ghost");
    g_assert_false (okr_store_update (store, o.o_a, c, &error));
    assert_store_error (error, OKR_STORE_ERROR_NOT_FOUND);
  }
  g_assert_false (okr_store_delete (store, OKR_ENTITY_OBJECTIVE, o.o_a, &error));
  assert_store_error (error, OKR_STORE_ERROR_NOT_FOUND);
  /* nor be pointed at */
  g_assert_cmpint (okr_store_add_objective (store, o.cycle, o.a1, "Aligned to a ghost", 0, FALSE,
                                            o.o_a, 0, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
}

/* ───────────────────────── undo / redo ───────────────────────── */

typedef struct {
  OkrStore  *store;
  GRand     *rand;
  GArray    *units;        /* gint64 */
  GArray    *objectives;
  GArray    *krs;
  gint64     cycle;
  guint      counter;
  int        op;           /* the last edit tried */
} Random;

static gint64
pick_live (Random *r, GArray *ids, OkrEntity entity)
{
  for (guint attempt = 0; attempt < 20 && ids->len > 0; attempt++)
    {
      gint64 id = g_array_index (ids, gint64, g_rand_int_range (r->rand, 0, (gint32) ids->len));
      if (okr_store_row_exists (r->store, entity, id))
        return id;
    }
  return 0;
}

static gint64
field_ref (OkrStore *store, OkrEntity entity, gint64 id, const char *field)
{
  g_autofree char *text = field_text (store, entity, id, field);
  return g_ascii_strtoll (text, NULL, 10);  /* "NULL" reads as 0 */
}

/* A live objective of a unit above @unit, to align to; 0 when there is none. */
static gint64
pick_above (Random *r, gint64 unit)
{
  guint n = r->objectives->len;
  guint start = n > 0 ? (guint) g_rand_int_range (r->rand, 0, (gint32) n) : 0;

  for (guint i = 0; i < n; i++)
    {
      gint64 id = g_array_index (r->objectives, gint64, (start + i) % n);
      gint64 their_unit;

      if (!okr_store_row_exists (r->store, OKR_ENTITY_OBJECTIVE, id))
        continue;
      their_unit = field_ref (r->store, OKR_ENTITY_OBJECTIVE, id, "unit_id");
      for (gint64 u = field_ref (r->store, OKR_ENTITY_UNIT, unit, "parent_id"); u != 0;
           u = field_ref (r->store, OKR_ENTITY_UNIT, u, "parent_id"))
        if (u == their_unit)
          return id;
    }
  return 0;
}

/* A live KR of @objective; 0 when there is none. */
static gint64
pick_kr_of (Random *r, gint64 objective)
{
  for (guint i = 0; i < r->krs->len; i++)
    {
      gint64 id = g_array_index (r->krs, gint64, i);
      if (okr_store_row_exists (r->store, OKR_ENTITY_KEY_RESULT, id) &&
          field_ref (r->store, OKR_ENTITY_KEY_RESULT, id, "objective_id") == objective)
        return id;
    }
  return 0;
}

/* One random edit; TRUE when it was accepted (and so is one undo step). */
static gboolean
random_edit (Random *r, GError **error)
{
  guint n = ++r->counter;
  int op = r->op = g_rand_int_range (r->rand, 0, 11);
  gint64 objective, kr, unit, id;

  switch (op)
    {
    case 0: /* rename an objective */
      if ((objective = pick_live (r, r->objectives, OKR_ENTITY_OBJECTIVE)) == 0)
        return FALSE;
      {
        g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_OBJECTIVE);
        g_autofree char *title = g_strdup_printf ("Objective renamed %u", n);
        okr_changes_set_text (c, "title", title);
        return okr_store_update (r->store, objective, c, error);
      }
    case 1: /* move a target */
      if ((kr = pick_live (r, r->krs, OKR_ENTITY_KEY_RESULT)) == 0)
        return FALSE;
      {
        g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_KEY_RESULT);
        okr_changes_set_real (c, "target", 1000 + n * 1.5);
        return okr_store_update (r->store, kr, c, error);
      }
    case 2: /* add an objective, aligned upwards at times */
      unit = g_array_index (r->units, gint64, g_rand_int_range (r->rand, 0,
                                                                 (gint32) r->units->len));
      {
        g_autofree char *title = g_strdup_printf ("Objective %u", n);
        gint64 align = g_rand_boolean (r->rand) ? pick_above (r, unit) : 0;
        gint64 align_kr = align != 0 && g_rand_boolean (r->rand) ? pick_kr_of (r, align) : 0;

        id = okr_store_add_objective (r->store, r->cycle, unit, title, 0, g_rand_boolean (r->rand),
                                      align_kr != 0 ? 0 : align, align_kr, error);
        if (id != 0)
          g_array_append_val (r->objectives, id);
        return id != 0;
      }
    case 3: /* add a KR */
      if ((objective = pick_live (r, r->objectives, OKR_ENTITY_OBJECTIVE)) == 0)
        return FALSE;
      {
        g_autofree char *title = g_strdup_printf ("KR %u", n);
        OkrKrSpec spec;
        okr_kr_spec_init (&spec);
        spec.target = n;
        spec.weight = g_rand_int_range (r->rand, 1, 4);
        id = okr_store_add_key_result (r->store, objective, title, &spec, error);
        if (id != 0)
          g_array_append_val (r->krs, id);
        return id != 0;
      }
    case 4: /* delete an objective, with its KRs */
      if ((objective = pick_live (r, r->objectives, OKR_ENTITY_OBJECTIVE)) == 0)
        return FALSE;
      return okr_store_delete (r->store, OKR_ENTITY_OBJECTIVE, objective, error);
    case 5: /* delete a KR */
      if ((kr = pick_live (r, r->krs, OKR_ENTITY_KEY_RESULT)) == 0)
        return FALSE;
      return okr_store_delete (r->store, OKR_ENTITY_KEY_RESULT, kr, error);
    case 6: /* re-align an objective, or cut it loose */
      if ((objective = pick_live (r, r->objectives, OKR_ENTITY_OBJECTIVE)) == 0)
        return FALSE;
      {
        g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_OBJECTIVE);
        gint64 target = pick_above (r, field_ref (r->store, OKR_ENTITY_OBJECTIVE, objective,
                                                  "unit_id"));
        gint64 target_kr = target != 0 ? pick_kr_of (r, target) : 0;

        gint64 to_objective = 0, to_kr = 0;

        if (target_kr != 0 && g_rand_boolean (r->rand))
          to_kr = target_kr;
        else if (target != 0 && g_rand_int_range (r->rand, 0, 4) != 0)
          to_objective = target;
        /* an edit that changes nothing is no undo step: not one to count */
        if (to_objective == field_ref (r->store, OKR_ENTITY_OBJECTIVE, objective,
                                       "align_objective_id") &&
            to_kr == field_ref (r->store, OKR_ENTITY_OBJECTIVE, objective, "align_kr_id"))
          return FALSE;
        okr_changes_set_ref (c, "align_objective_id", to_objective);
        okr_changes_set_ref (c, "align_kr_id", to_kr);
        return okr_store_update (r->store, objective, c, error);
      }
    case 7: /* several edits as one step */
      if ((objective = pick_live (r, r->objectives, OKR_ENTITY_OBJECTIVE)) == 0 ||
          (kr = pick_live (r, r->krs, OKR_ENTITY_KEY_RESULT)) == 0)
        return FALSE;
      {
        g_autoptr(OkrChanges) rename = okr_changes_new (OKR_ENTITY_OBJECTIVE);
        g_autoptr(OkrChanges) retarget = okr_changes_new (OKR_ENTITY_KEY_RESULT);
        g_autofree char *title = g_strdup_printf ("Grouped %u", n);
        gboolean ok;

        okr_store_begin_edit (r->store, "Group");
        okr_changes_set_text (rename, "title", title);
        okr_changes_set_real (retarget, "target", 5000 + n);
        okr_changes_set_real (retarget, "weight", 0.5 + n % 3);
        ok = okr_store_update (r->store, objective, rename, error) &&
             okr_store_update (r->store, kr, retarget, error) &&
             (id = add_number_kr (r->store, objective, title, 0, n)) != 0;
        if (ok && g_rand_boolean (r->rand))
          ok = okr_store_delete (r->store, OKR_ENTITY_KEY_RESULT, kr, error);
        if (!ok)
          {
            okr_store_abort_edit (r->store);
            return FALSE;
          }
        g_array_append_val (r->krs, id);
        return okr_store_end_edit (r->store, error);
      }
    case 8: /* rename a unit */
      unit = g_array_index (r->units, gint64, g_rand_int_range (r->rand, 0,
                                                                 (gint32) r->units->len));
      {
        g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_UNIT);
        g_autofree char *name = g_strdup_printf ("Unit %u", n);
        okr_changes_set_text (c, "name", name);
        return okr_store_update (r->store, unit, c, error);
      }
    case 9: /* a group that fails half-way and is aborted: not a step */
      if ((objective = pick_live (r, r->objectives, OKR_ENTITY_OBJECTIVE)) == 0)
        return FALSE;
      {
        g_autoptr(OkrChanges) rename = okr_changes_new (OKR_ENTITY_OBJECTIVE);
        g_autofree char *title = g_strdup_printf ("Never %u", n);
        OkrKrSpec spec;

        okr_store_begin_edit (r->store, "Doomed");
        okr_changes_set_text (rename, "title", title);
        g_assert_true (okr_store_update (r->store, objective, rename, NULL));
        okr_kr_spec_init (&spec);
        spec.weight = -1;
        g_assert_cmpint (okr_store_add_key_result (r->store, objective, "Bad", &spec, error), ==,
                         0);
        okr_store_abort_edit (r->store);
        return FALSE;
      }
    default: /* change a KR's weight and unit label together */
      if ((kr = pick_live (r, r->krs, OKR_ENTITY_KEY_RESULT)) == 0)
        return FALSE;
      {
        g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_KEY_RESULT);
        g_autofree char *label = g_strdup_printf ("u%u", n);
        okr_changes_set_real (c, "weight", n % 7);
        okr_changes_set_text (c, "unit_label", label);
        return okr_store_update (r->store, kr, c, error);
      }
    }
}

static void
test_undo_redo (Tmp *tmp, gconstpointer data)
{
  g_autoptr(OkrStore) store = create_doc (tmp->path);
  g_autoptr(GPtrArray) dumps = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20270101);
  g_autoptr(GArray) units = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) objectives = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) krs = g_array_new (FALSE, FALSE, sizeof (gint64));
  Random r = { store, rand, units, objectives, krs, 0, 0, 0 };
  guint accepted[11] = { 0 };
  gint64 root = okr_store_get_root_unit (store);
  guint steps, attempts = 0;

  g_assert_false (okr_store_can_undo (store));
  g_ptr_array_add (dumps, dump_file (tmp->path, DUMP_LIVE));

  /* the setup is made of undoable steps too */
  r.cycle = add_cycle (store, "Q1", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  g_ptr_array_add (dumps, dump_file (tmp->path, DUMP_LIVE));
  g_array_append_val (units, root);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *name = g_strdup_printf ("Dept %u", i);
      gint64 dept = add_unit (store, root, name, OKR_UNIT_DEPARTMENT);
      g_ptr_array_add (dumps, dump_file (tmp->path, DUMP_LIVE));
      g_array_append_val (units, dept);
      g_free (name);
      name = g_strdup_printf ("Team %u", i);
      gint64 team = add_unit (store, dept, name, OKR_UNIT_TEAM);
      g_ptr_array_add (dumps, dump_file (tmp->path, DUMP_LIVE));
      g_array_append_val (units, team);
    }

  while (dumps->len < 70 && attempts++ < 400)
    {
      g_autoptr(GError) error = NULL;
      const char *label = okr_store_get_undo_label (store);
      g_autofree char *label_before = g_strdup (label);

      if (random_edit (&r, &error))
        {
          g_assert_no_error (error);
          accepted[r.op]++;
          g_ptr_array_add (dumps, dump_file (tmp->path, DUMP_LIVE));
        }
      else
        {
          /* refused: the document and the undo stack are as they were */
          g_autofree char *now = dump_file (tmp->path, DUMP_LIVE);
          g_assert_cmpstr (now, ==, g_ptr_array_index (dumps, dumps->len - 1));
          g_assert_cmpstr (okr_store_get_undo_label (store), ==, label_before);
        }
    }
  steps = dumps->len - 1;
  g_assert_cmpuint (steps, >=, 40);
  /* every kind of edit made it in at least once (all but the doomed group, 9) */
  for (guint op = 0; op < G_N_ELEMENTS (accepted); op++)
    {
      g_test_message ("edit kind %u: %u accepted", op, accepted[op]);
      if (op != 9)
        g_assert_cmpuint (accepted[op], >, 0);
    }
  g_assert_cmpuint (accepted[9], ==, 0);
  g_assert_false (okr_store_can_redo (store));

  /* undo everything, one step at a time, back to the new document */
  for (guint i = steps; i > 0; i--)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *now = NULL;

      g_assert_true (okr_store_can_undo (store));
      g_assert_true (okr_store_undo (store, &error));
      g_assert_no_error (error);
      now = dump_file (tmp->path, DUMP_LIVE);
      if (g_strcmp0 (now, g_ptr_array_index (dumps, i - 1)) != 0)
        g_test_message ("undo of step %u is not exact", i);
      g_assert_cmpstr (now, ==, g_ptr_array_index (dumps, i - 1));
    }
  g_assert_false (okr_store_can_undo (store));
  g_assert_true (okr_store_can_redo (store));

  /* and forward again */
  for (guint i = 1; i <= steps; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *now = NULL;

      g_assert_true (okr_store_redo (store, &error));
      g_assert_no_error (error);
      now = dump_file (tmp->path, DUMP_LIVE);
      if (g_strcmp0 (now, g_ptr_array_index (dumps, i)) != 0)
        g_test_message ("redo of step %u is not exact", i);
      g_assert_cmpstr (now, ==, g_ptr_array_index (dumps, i));
    }
  g_assert_false (okr_store_can_redo (store));

  /* a new edit after an undo drops the redo history */
  g_assert_true (okr_store_undo (store, NULL));
  g_assert_true (okr_store_can_redo (store));
  add_unit (store, root, "Late unit", OKR_UNIT_DEPARTMENT);
  g_assert_false (okr_store_can_redo (store));
}

/* ───────────────────────── read-only and locked files ───────────────────────── */

/* Every kind of write fails with READ_ONLY. */
static void
assert_writes_refused (OkrStore *store, gint64 kr)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_UNIT);
  gint64 root = okr_store_get_root_unit (store);

  g_assert_true (okr_store_is_read_only (store));
  g_assert_cmpint (okr_store_add_person (store, "Eve", NULL, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_READ_ONLY);
  okr_changes_set_text (c, "name", "Renamed");
  g_assert_false (okr_store_update (store, root, c, &error));
  assert_store_error (error, OKR_STORE_ERROR_READ_ONLY);
  g_assert_cmpint (try_checkin (&(Org) { .store = store }, kr, 3, 5, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_READ_ONLY);
  g_assert_false (okr_store_set_score (store, kr, 0.5, "", 0, &error));
  assert_store_error (error, OKR_STORE_ERROR_READ_ONLY);
  g_assert_false (okr_store_delete (store, OKR_ENTITY_KEY_RESULT, kr, &error));
  assert_store_error (error, OKR_STORE_ERROR_READ_ONLY);

  okr_store_begin_edit (store, "Group");
  g_assert_cmpint (okr_store_add_unit (store, root, "Team", OKR_UNIT_TEAM, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_READ_ONLY);
  g_assert_false (okr_store_end_edit (store, &error));
  assert_store_error (error, OKR_STORE_ERROR_READ_ONLY);

  g_assert_false (okr_store_can_undo (store));
  g_assert_false (okr_store_can_redo (store));
}

/* A small document with a KR whose current value is 4, for reading back. */
static gint64
build_small (const char *path, gint64 *cycle_out)
{
  g_autoptr(OkrStore) store = create_doc (path);
  gint64 cycle = add_cycle (store, "Q1", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  gint64 objective = add_objective (store, cycle, okr_store_get_root_unit (store), "Grow", 0, 0);
  gint64 kr = add_number_kr (store, objective, "Reach 10", 0, 10);

  add_checkin (store, kr, ymd (2027, 2, 1), 4, 5);
  close_doc (&store);
  if (cycle_out != NULL)
    *cycle_out = cycle;
  return kr;
}

static void
check_read_only_open (const char *path, OkrStoreOpenFlags flags, gint64 cycle, gint64 kr)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  OkrStore *store;

  store = okr_store_open (path, flags, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  /* reading works */
  g_assert_cmpfloat (current_of (store, cycle, kr, NULL, NULL), ==, 4);
  assert_writes_refused (store, kr);
  g_assert_true (okr_store_close (store, &error));
  g_assert_no_error (error);
  g_object_unref (store);

  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

static void
test_read_only_flag (Tmp *tmp, gconstpointer data)
{
  gint64 cycle;
  gint64 kr = build_small (tmp->path, &cycle);

  check_read_only_open (tmp->path, OKR_STORE_OPEN_READ_ONLY, cycle, kr);
}

/* A file without write permission opens read-only. Root ignores permissions, so as root the
 * check runs in a child process that has dropped to "nobody". No fixture: the child must not
 * make (and fail to remove) a folder of its own. */
static void
test_read_only_file (void)
{
  Tmp tmp;
  gint64 cycle;
  gint64 kr;

  if (g_test_subprocess ())
    {
      const char *path = g_getenv ("CASCADE_TEST_RO_PATH");
      g_assert_nonnull (path);
      if (setgid (65534) != 0 || setuid (65534) != 0)
        {
          g_test_skip ("cannot drop privileges");
          return;
        }
      g_assert_cmpint (geteuid (), !=, 0);
      if (g_access (path, R_OK) != 0)
        {
          g_test_skip ("the temporary folder is out of reach of an unprivileged user");
          return;
        }
      check_read_only_open (path, OKR_STORE_OPEN_DEFAULT,
                            g_ascii_strtoll (g_getenv ("CASCADE_TEST_RO_CYCLE"), NULL, 10),
                            g_ascii_strtoll (g_getenv ("CASCADE_TEST_RO_KR"), NULL, 10));
      /* tell the parent that the checks ran rather than skipped */
      g_assert_true (g_file_set_contents (g_getenv ("CASCADE_TEST_RO_DONE"), "", 0, NULL));
      return;
    }

  tmp_setup (&tmp, NULL);
  kr = build_small (tmp.path, &cycle);
  g_assert_cmpint (g_chmod (tmp.path, 0444), ==, 0);

  if (geteuid () != 0)
    check_read_only_open (tmp.path, OKR_STORE_OPEN_DEFAULT, cycle, kr);
  else
    {
      g_autofree char *cycle_text = g_strdup_printf ("%" G_GINT64_FORMAT, cycle);
      g_autofree char *kr_text = g_strdup_printf ("%" G_GINT64_FORMAT, kr);
      g_autofree char *done = tmp_file (&tmp, "checked");

      /* "nobody" may read the file and write the folder, not the file */
      g_assert_cmpint (g_chmod (tmp.dir, 0777), ==, 0);
      g_setenv ("CASCADE_TEST_RO_PATH", tmp.path, TRUE);
      g_setenv ("CASCADE_TEST_RO_CYCLE", cycle_text, TRUE);
      g_setenv ("CASCADE_TEST_RO_KR", kr_text, TRUE);
      g_setenv ("CASCADE_TEST_RO_DONE", done, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_unsetenv ("CASCADE_TEST_RO_PATH");
      g_test_trap_assert_passed ();
      if (!g_file_test (done, G_FILE_TEST_EXISTS))
        g_test_skip ("could not run as an unprivileged user");
    }
  tmp_teardown (&tmp, NULL);
}

static void
test_locked (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 cycle;
  gint64 kr = build_small (tmp->path, &cycle);
  g_autoptr(OkrStore) store = open_doc (tmp->path);
  g_autofree char *before = dump_file (tmp->path, DUMP_ALL);
  g_autofree char *after = NULL;
  sqlite3 *other = raw_open (tmp->path, TRUE);
  gint64 person;

  /* another program holds the write lock */
  raw_exec (other, "BEGIN EXCLUSIVE");
  person = okr_store_add_person (store, "Dan", NULL, &error);
  g_assert_cmpint (person, ==, 0);
  g_assert_nonnull (error);
  g_test_message ("locked write: %s (code %d)", error->message, error->code);
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_LOCKED);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  raw_exec (other, "ROLLBACK");
  sqlite3_close (other);

  /* nothing was lost, and the store works again once the lock is gone */
  after = dump_file (tmp->path, DUMP_ALL);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpfloat (current_of (store, cycle, kr, NULL, NULL), ==, 4);
  person = okr_store_add_person (store, "Dan", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (person, >, 0);
  g_assert_true (okr_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_false (okr_store_row_exists (store, OKR_ENTITY_PERSON, person));
}

/* ───────────────────────── migrations ───────────────────────── */

/* Builds a document at schema @version the way that version of Cascade wrote it: the frozen
 * migrations 1…version, our application id, and the content a file of that age could hold.
 * Each new version adds a line below; the tests then cover every path to the latest. */
typedef struct {
  int         version;
  const char *content;  /* SQL run after the schema, in that version's terms */
} Fixture;

/* The document, its device and its company, as every version writes them. */
#define OLD_COMPANY(document_id, created)                                                     \
  "INSERT INTO meta (key, value) VALUES "                                                     \
  "  ('document_id', '" document_id "'), ('created', '" created "');"                         \
  "INSERT INTO devices (id, uuid, name) VALUES (1, randomblob (16), 'old laptop');"           \
  "INSERT INTO units (id, uuid, name, kind) VALUES (1, randomblob (16), 'Old Co', 'company');"

/* A quarter with one objective and one key result. */
#define OLD_QUARTER                                                                           \
  "INSERT INTO cycles (id, uuid, name, start_date, end_date, state) VALUES "                  \
  "  (1, randomblob (16), 'Q1 2026', '2026-01-01', '2026-03-31', 'active');"                  \
  "INSERT INTO objectives (id, uuid, cycle_id, unit_id, title) VALUES "                       \
  "  (1, randomblob (16), 1, 1, 'Survive');"                                                  \
  "INSERT INTO key_results (id, uuid, objective_id, title, baseline, target, cur_value) "     \
  "  VALUES (1, randomblob (16), 1, 'Reach 10', 0, 10, 5);"

/* Calendar weeks counted from Monday 0001-01-01: 2026-02-01 is a Sunday, the 2nd a Monday. */
#define WEEK_OF_2026_02_01 "105663"
#define WEEK_OF_2026_02_02 "105664"

static const Fixture fixtures[] = {
  { 1,
    OLD_COMPANY ("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", "2026-01-01")
    OLD_QUARTER
    "INSERT INTO checkins (id, uuid, kr_id, date, value, stamp, device_id) VALUES "
    "  (1, randomblob (16), 1, '2026-02-01', 5, 1, 1);" },
  /* v2: carry-over links from a closed quarter into the next */
  { 2,
    OLD_COMPANY ("1f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", "2026-04-01")
    "INSERT INTO cycles (id, uuid, name, start_date, end_date, state) VALUES "
    "  (1, randomblob (16), 'Q1 2026', '2026-01-01', '2026-03-31', 'active'),"
    "  (2, randomblob (16), 'Q2 2026', '2026-04-01', '2026-06-30', 'active');"
    "INSERT INTO objectives (id, uuid, cycle_id, unit_id, title) VALUES "
    "  (1, randomblob (16), 1, 1, 'Survive');"
    "INSERT INTO objectives (id, uuid, cycle_id, unit_id, title, carried_from_id, "
    "  carried_from_id_at) VALUES (2, randomblob (16), 2, 1, 'Survive', 1, 7);"
    "INSERT INTO key_results (id, uuid, objective_id, title, baseline, target, cur_value) "
    "  VALUES (1, randomblob (16), 1, 'Reach 10', 0, 10, 5);"
    "INSERT INTO key_results (id, uuid, objective_id, title, baseline, target, carried_from_id) "
    "  VALUES (2, randomblob (16), 2, 'Reach 10', 5, 10, 1);"
    "INSERT INTO checkins (id, uuid, kr_id, date, value, stamp, device_id) VALUES "
    "  (1, randomblob (16), 1, '2026-02-01', 5, 1, 1);"
    "INSERT INTO events (id, uuid, kind, cycle_id, reason, stamp, device_id) VALUES "
    "  (1, randomblob (16), 'cycle_closed', 1, '', 2, 1);"
    "UPDATE cycles SET state = 'closed' WHERE id = 1;" },
  /* v3: the check-ins index also holds the retraction flag and the confidence */
  { 3,
    OLD_COMPANY ("2f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", "2026-07-01")
    OLD_QUARTER
    "INSERT INTO checkins (id, uuid, kr_id, date, value, confidence, stamp, device_id, "
    "  retracted) VALUES (1, randomblob (16), 1, '2026-02-01', 5, 7, 1, 1, 0),"
    "  (2, randomblob (16), 1, '2026-02-08', 50, 9, 2, 1, 1);"
    "INSERT INTO retractions (id, uuid, checkin_id, reason, stamp, device_id) VALUES "
    "  (1, randomblob (16), 2, 'typo', 3, 1);" },
  /* v4: each objective's confidence, summed by calendar week (Monday to Sunday) */
  { 4,
    OLD_COMPANY ("3f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", "2026-10-01")
    OLD_QUARTER
    "INSERT INTO checkins (id, uuid, kr_id, date, value, confidence, stamp, device_id, "
    "  retracted) VALUES (1, randomblob (16), 1, '2026-02-01', 5, 7, 1, 1, 0),"
    "  (2, randomblob (16), 1, '2026-02-02', 6, 4, 2, 1, 0),"
    "  (3, randomblob (16), 1, '2026-02-08', 50, 9, 3, 1, 1);"
    "INSERT INTO retractions (id, uuid, checkin_id, reason, stamp, device_id) VALUES "
    "  (1, randomblob (16), 3, 'typo', 4, 1);"
    "INSERT INTO confidence_weeks (objective_id, week, total, n) VALUES "
    "  (1, " WEEK_OF_2026_02_01 ", 7, 1), (1, " WEEK_OF_2026_02_02 ", 4, 1);" },
};

/* What a migration adds to rows that existed before it, as dump_file() writes it: the rows
 * themselves must come through unchanged. */
static char *
strip_added_columns (const char *dump, int from_version)
{
  g_autoptr(GString) out = g_string_new (dump);

  if (from_version < 2)
    g_string_replace (out, " carried_from_id=NULL carried_from_id_at=0", "", 0);
  if (from_version < 4)
    {
      g_auto(GStrv) lines = g_strsplit (out->str, "\n", -1);

      g_string_truncate (out, 0);
      for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
        if (!g_str_has_prefix (lines[i], "confidence_weeks:"))
          g_string_append_printf (out, "%s\n", lines[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
dump_schema (const char *path)
{
  sqlite3 *db = raw_open (path, FALSE);
  g_autoptr(GPtrArray) rows = raw_strings (db, "SELECT type || ' ' || name || ': ' || sql "
                                               "FROM sqlite_schema WHERE name NOT LIKE "
                                               "'sqlite_%' ORDER BY type, name");
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    g_string_append_printf (out, "%s\n", (const char *) g_ptr_array_index (rows, i));
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

static void
build_fixture (const char *path, const Fixture *fixture)
{
  sqlite3 *db = NULL;
  g_autofree char *app_id = g_strdup_printf ("PRAGMA application_id = %d", OKR_APPLICATION_ID);
  g_autofree char *user_version = g_strdup_printf ("PRAGMA user_version = %d",
                                                   fixture->version);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  raw_exec (db, app_id);
  for (int v = 1; v <= fixture->version; v++)
    {
      g_autoptr(GBytes) sql = okr_schema_get_migration (v);
      g_autofree char *text = NULL;

      g_assert_nonnull (sql);
      text = g_strndup (g_bytes_get_data (sql, NULL), g_bytes_get_size (sql));
      raw_exec (db, text);
    }
  raw_exec (db, fixture->content);
  raw_exec (db, user_version);
  sqlite3_close (db);
}

static void
test_migrations (Tmp *tmp, gconstpointer data)
{
  g_autofree char *fresh_path = tmp_file (tmp, "fresh.okr");
  g_autofree char *fresh_schema = NULL;
  g_autoptr(OkrStore) fresh = create_doc (fresh_path);

  /* every version this build knows has a fixture */
  g_assert_cmpint (G_N_ELEMENTS (fixtures), ==, OKR_SCHEMA_VERSION);
  g_assert_null (okr_schema_get_migration (OKR_SCHEMA_VERSION + 1));
  close_doc (&fresh);
  fresh_schema = dump_schema (fresh_path);

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("v%d.okr", fixtures[i].version);
      g_autofree char *path = tmp_file (tmp, name);
      g_autoptr(OkrStore) store = NULL;
      g_autoptr(OkrRollup) rollup = NULL;
      g_autofree char *company = NULL;
      g_autofree char *before = NULL, *after = NULL, *kept = NULL, *schema = NULL;
      gint64 unit;

      g_test_message ("from version %d", fixtures[i].version);
      g_assert_cmpint (fixtures[i].version, ==, (int) i + 1);
      build_fixture (path, &fixtures[i]);
      before = dump_file (path, DUMP_ALL);

      store = okr_store_open (path, OKR_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_cmpint (okr_store_get_opened_version (store), ==, fixtures[i].version);
      /* exactly the schema a new document gets, and every row as it was */
      schema = dump_schema (path);
      g_assert_cmpstr (schema, ==, fresh_schema);
      after = dump_file (path, DUMP_ALL);
      kept = strip_added_columns (after, fixtures[i].version);
      g_assert_cmpstr (kept, ==, before);
      if (fixtures[i].version < 2)
        g_assert_nonnull (strstr (after, "carried_from_id=NULL carried_from_id_at=0"));
      /* the weekly summary is made from the check-ins: the retracted one and the one
       * without a confidence are left out */
      if (fixtures[i].version == 3)
        g_assert_nonnull (strstr (after, "\nconfidence_weeks: objective_id=1 week="
                                         WEEK_OF_2026_02_01 " total=7 n=1\n"));
      if (fixtures[i].version < 3)
        g_assert_null (strstr (after, "confidence_weeks:"));
      {
        gint64 wrong = -1;
        g_assert_true (_okr_store_count_wrong_weeks (store, &wrong, &error));
        g_assert_no_error (error);
        g_assert_cmpint (wrong, ==, 0);
      }
      company = okr_store_dup_company_name (store);
      g_assert_cmpstr (company, ==, "Old Co");
      rollup = okr_rollup_new (store, 1, ymd (2026, 2, 15), &error);
      g_assert_no_error (error);
      g_assert_cmpfloat (okr_key_result_get_current (okr_rollup_find_key_result (rollup, 1)), ==,
                         5);
      g_assert_cmpint (okr_objective_get_carried_from_id (okr_rollup_find_objective (rollup, 1)),
                       ==, 0);
      /* and it takes new writes */
      unit = okr_store_add_unit (store, 1, "New team", OKR_UNIT_TEAM, &error);
      g_assert_no_error (error);
      g_assert_cmpint (unit, >, 0);
      close_doc (&store);

      g_assert_cmpint (file_int (path, "PRAGMA user_version"), ==, OKR_SCHEMA_VERSION);
      g_assert_true (okr_store_check_file (path, &error));
      g_assert_no_error (error);
    }
}

/* Opened only to be read, an older document is refused with a way forward (`cascade-cli
 * check` never writes), or updated first when the caller allows it (the CLI's reading
 * commands), as opening it in Cascade would. */
static void
test_migration_read_only (Tmp *tmp, gconstpointer data)
{
  g_autofree char *path = tmp_file (tmp, "older.okr");
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = NULL;
  g_autofree char *before = NULL;

  build_fixture (path, &fixtures[OKR_SCHEMA_VERSION - 2]);
  before = dump_file (path, DUMP_ALL);

  store = okr_store_open (path, OKR_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (store);
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "Open it in Cascade once to update it"));
  g_clear_error (&error);
  g_assert_false (okr_store_check_file (path, &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpint (file_int (path, "PRAGMA user_version"), ==, OKR_SCHEMA_VERSION - 1);
  {
    g_autofree char *untouched = dump_file (path, DUMP_ALL);
    g_assert_cmpstr (untouched, ==, before);
  }

  store = okr_store_open (path, OKR_STORE_OPEN_READ_ONLY | OKR_STORE_OPEN_UPDATE_OLDER, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpint (okr_store_get_opened_version (store), ==, OKR_SCHEMA_VERSION - 1);
  /* updated, and read-only for everything else */
  g_assert_true (okr_store_is_read_only (store));
  g_assert_cmpint (okr_store_add_unit (store, 1, "New team", OKR_UNIT_TEAM, &error), ==, 0);
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  close_doc (&store);
  g_assert_cmpint (file_int (path, "PRAGMA user_version"), ==, OKR_SCHEMA_VERSION);
  g_assert_true (okr_store_check_file (path, &error));
  g_assert_no_error (error);
}

static void
test_migration_newer (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL, after = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", OKR_SCHEMA_VERSION + 1);
  sqlite3 *db;
  OkrStore *store;

  build_small (tmp->path, NULL);
  db = raw_open (tmp->path, TRUE);
  raw_exec (db, sql);
  sqlite3_close (db);
  before = read_bytes (tmp->path);

  store = okr_store_open (tmp->path, OKR_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  assert_store_error (error, OKR_STORE_ERROR_NEWER);
  g_assert_false (okr_store_check_file (tmp->path, &error));
  assert_store_error (error, OKR_STORE_ERROR_NEWER);
  after = read_bytes (tmp->path);
  g_assert_true (g_bytes_equal (before, after));
}

/* A file whose migration was never finished (version 0) is not a document yet. */
static void
test_migration_unfinished (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db;
  OkrStore *store;

  build_small (tmp->path, NULL);
  db = raw_open (tmp->path, TRUE);
  raw_exec (db, "PRAGMA user_version = 0");
  sqlite3_close (db);

  store = okr_store_open (tmp->path, OKR_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  assert_store_error (error, OKR_STORE_ERROR_CORRUPT);
}

/* ───────────────────────── references ───────────────────────── */

static gint64
person_with_uuid (OkrStore *store, const char *name, const char *email, const char *uuid_text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_PERSON);
  OkrUuid uuid;
  gint64 id;

  g_assert_true (okr_uuid_parse (uuid_text, &uuid));
  okr_changes_set_text (c, "name", name);
  if (email != NULL)
    okr_changes_set_text (c, "email", email);
  id = okr_store_insert_with_uuid (store, c, &uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

#define assert_resolves(store, entity, ref, expected) \
  G_STMT_START { \
    g_autoptr(GError) _error = NULL; \
    g_assert_cmpint (okr_store_resolve ((store), (entity), (ref), &_error), ==, (expected)); \
    g_assert_no_error (_error); \
  } G_STMT_END

#define assert_resolve_fails(store, entity, ref, code) \
  G_STMT_START { \
    g_autoptr(GError) _error = NULL; \
    g_assert_cmpint (okr_store_resolve ((store), (entity), (ref), &_error), ==, 0); \
    g_assert_error (_error, OKR_STORE_ERROR, (code)); \
    g_assert_cmpstr (_error->message, !=, ""); \
  } G_STMT_END

static void
test_resolve (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = create_doc (tmp->path);
  gint64 alice = person_with_uuid (store, "Alice", "alice@example.com",
                                   "c0ffee00-1111-4222-8333-444455556666");
  gint64 sam1 = person_with_uuid (store, "Sam", NULL, "a1b2c3d4-0000-4000-8000-000000000001");
  gint64 sam2 = person_with_uuid (store, "Sam", NULL, "a1b2c3d4-0000-4000-8000-000000000002");
  gint64 chi = person_with_uuid (store, "Chi", NULL, "5ca1ab1e-0000-4000-8000-00000000000c");
  gint64 cycle = add_cycle (store, "Q1", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  gint64 objective = add_objective (store, cycle, okr_store_get_root_unit (store), "Grow", 0, 0);
  gint64 kr = add_number_kr (store, objective, "Reach 10", 0, 10);
  gint64 checkin = add_checkin (store, kr, ymd (2027, 2, 1), 3, 0);
  OkrUuid uuid;
  char text[OKR_UUID_STRING_LEN + 1];

  /* by uuid */
  assert_resolves (store, OKR_ENTITY_PERSON, "c0ffee00-1111-4222-8333-444455556666", alice);
  assert_resolves (store, OKR_ENTITY_PERSON, "a1b2c3d4-0000-4000-8000-000000000002", sam2);
  /* by unique name, or e-mail */
  assert_resolves (store, OKR_ENTITY_PERSON, "Alice", alice);
  assert_resolves (store, OKR_ENTITY_PERSON, "alice@example.com", alice);
  assert_resolves (store, OKR_ENTITY_CYCLE, "Q1", cycle);
  assert_resolves (store, OKR_ENTITY_OBJECTIVE, "Grow", objective);
  assert_resolves (store, OKR_ENTITY_KEY_RESULT, "Reach 10", kr);
  assert_resolves (store, OKR_ENTITY_UNIT, "Acme", okr_store_get_root_unit (store));
  /* by a prefix of 6 or more hex digits, dashes and case aside */
  assert_resolves (store, OKR_ENTITY_PERSON, "c0ffee", alice);
  assert_resolves (store, OKR_ENTITY_PERSON, "C0FFEE00-11", alice);
  assert_resolves (store, OKR_ENTITY_PERSON, "5ca1ab1e", chi);
  /* check-ins have no name: by id only */
  g_assert_true (okr_store_get_uuid (store, OKR_ENTITY_CHECKIN, checkin, &uuid));
  okr_uuid_write (&uuid, text);
  assert_resolves (store, OKR_ENTITY_CHECKIN, text, checkin);
  text[8] = '\0';
  assert_resolves (store, OKR_ENTITY_CHECKIN, text, checkin);

  /* ambiguous: a shared name, a shared prefix */
  assert_resolve_fails (store, OKR_ENTITY_PERSON, "Sam", OKR_STORE_ERROR_AMBIGUOUS);
  assert_resolve_fails (store, OKR_ENTITY_PERSON, "a1b2c3d4", OKR_STORE_ERROR_AMBIGUOUS);
  assert_resolve_fails (store, OKR_ENTITY_PERSON, "a1b2c3d4-0000-4000-8000-00000000000",
                        OKR_STORE_ERROR_AMBIGUOUS);
  /* unknown, too short a prefix, not hex, empty */
  assert_resolve_fails (store, OKR_ENTITY_PERSON, "Nobody", OKR_STORE_ERROR_NOT_FOUND);
  assert_resolve_fails (store, OKR_ENTITY_PERSON, "c0ffe", OKR_STORE_ERROR_NOT_FOUND);
  assert_resolve_fails (store, OKR_ENTITY_PERSON, "c0ffeg", OKR_STORE_ERROR_NOT_FOUND);
  assert_resolve_fails (store, OKR_ENTITY_PERSON, "", OKR_STORE_ERROR_NOT_FOUND);
  assert_resolve_fails (store, OKR_ENTITY_PERSON, "ffffffff-1111-4222-8333-444455556666",
                        OKR_STORE_ERROR_NOT_FOUND);
  /* a uuid of another table is not a person */
  assert_resolve_fails (store, OKR_ENTITY_OBJECTIVE, "c0ffee00-1111-4222-8333-444455556666",
                        OKR_STORE_ERROR_NOT_FOUND);
  assert_resolve_fails (store, OKR_ENTITY_CYCLE, "Grow", OKR_STORE_ERROR_NOT_FOUND);

  /* deleted rows are not found, by any kind of reference */
  g_assert_true (okr_store_delete (store, OKR_ENTITY_PERSON, chi, &error));
  g_assert_no_error (error);
  assert_resolve_fails (store, OKR_ENTITY_PERSON, "Chi", OKR_STORE_ERROR_NOT_FOUND);
  assert_resolve_fails (store, OKR_ENTITY_PERSON, "5ca1ab1e-0000-4000-8000-00000000000c",
                        OKR_STORE_ERROR_NOT_FOUND);
  assert_resolve_fails (store, OKR_ENTITY_PERSON, "5ca1ab1e", OKR_STORE_ERROR_NOT_FOUND);
  g_assert_true (okr_store_delete (store, OKR_ENTITY_OBJECTIVE, objective, &error));
  g_assert_no_error (error);
  assert_resolve_fails (store, OKR_ENTITY_OBJECTIVE, "Grow", OKR_STORE_ERROR_NOT_FOUND);
  assert_resolve_fails (store, OKR_ENTITY_KEY_RESULT, "Reach 10", OKR_STORE_ERROR_NOT_FOUND);
  /* one of two Sams deleted: the other is no longer ambiguous, by name or by prefix */
  g_assert_true (okr_store_delete (store, OKR_ENTITY_PERSON, sam1, &error));
  g_assert_no_error (error);
  assert_resolves (store, OKR_ENTITY_PERSON, "Sam", sam2);
  assert_resolves (store, OKR_ENTITY_PERSON, "a1b2c3d4", sam2);
}

/* A machine new to the document whose first write is refused must still be able to write:
 * the devices row recorded inside the refused write went with it. Edits record the machine
 * too, so that a merge can say whose edit it was. */
static void
test_device_after_refusal (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = create_doc (tmp->path);
  gint64 root = okr_store_get_root_unit (store);
  gint64 q1 = add_cycle (store, "Q1", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  gint64 objective = add_objective (store, q1, root, "Grow", 0, 0);
  gint64 kr = add_number_kr (store, objective, "Reach 10", 0, 10);
  OkrUuid other;

  g_assert_true (okr_store_set_cycle_state (store, q1, OKR_CYCLE_CLOSED, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_true (okr_uuid_parse ("7e57e57e-0000-4000-8000-000000000001", &other));
  okr_device_set_default (&other, "laptop");
  store = okr_store_open (tmp->path, OKR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (try_checkin (&(Org) { .store = store }, kr, 7, 5, &error), ==, 0);
  assert_store_error (error, OKR_STORE_ERROR_CLOSED);
  g_assert_true (okr_store_set_cycle_state (store, q1, OKR_CYCLE_ACTIVE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (file_int (tmp->path, "SELECT count(*) FROM devices WHERE name = 'laptop'"), ==,
                   1);
  g_assert_cmpint (try_checkin (&(Org) { .store = store }, kr, 7, 5, &error), !=, 0);
  g_assert_no_error (error);
}

static gboolean
move (OkrStore *store, OkrEntity entity, gint64 id, const char *field, gint64 to, GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (entity);

  okr_changes_set_ref (c, field, to);
  return okr_store_update (store, id, c, error);
}

/* Alignments never loop, even through a KR that moves, or an alignment made before a unit
 * moved (a merge would otherwise have to cut the loop, and could not tell which end). */
static void
test_alignment_loops (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = create_doc (tmp->path);
  gint64 root = okr_store_get_root_unit (store);
  gint64 dept = add_unit (store, root, "Sales", OKR_UNIT_DEPARTMENT);
  gint64 team = add_unit (store, dept, "North", OKR_UNIT_TEAM);
  gint64 q1 = add_cycle (store, "Q1", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  gint64 o_root = add_objective (store, q1, root, "Grow", 0, 0);
  gint64 kr = add_number_kr (store, o_root, "Revenue", 0, 10);
  gint64 o_dept = add_objective (store, q1, dept, "Win", 0, 0);
  gint64 o_team = add_objective (store, q1, team, "Delight", 0, kr);

  /* The team's objective aligns to the KR: the KR can't move into it. */
  g_assert_false (move (store, OKR_ENTITY_KEY_RESULT, kr, "objective_id", o_team, &error));
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
  g_assert_true (move (store, OKR_ENTITY_KEY_RESULT, kr, "objective_id", o_dept, &error));
  g_assert_no_error (error);

  /* The team moves up and the department under it: the team's alignment to the
   * department's KR still stands, so the department can't align to the team. */
  g_assert_true (move (store, OKR_ENTITY_UNIT, team, "parent_id", root, &error));
  g_assert_no_error (error);
  g_assert_true (move (store, OKR_ENTITY_UNIT, dept, "parent_id", team, &error));
  g_assert_no_error (error);
  g_assert_false (move (store, OKR_ENTITY_OBJECTIVE, o_dept, "align_objective_id", o_team,
                        &error));
  assert_store_error (error, OKR_STORE_ERROR_INVALID);
}

/* A row brought back brings back what contains it, so it is never out of sight inside a
 * deleted row; the rows deleted with it stay deleted. */
static void
test_undelete_container (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = create_doc (tmp->path);
  g_autoptr(OkrChanges) revive = okr_changes_new (OKR_ENTITY_KEY_RESULT);
  gint64 root = okr_store_get_root_unit (store);
  gint64 dept = add_unit (store, root, "Sales", OKR_UNIT_DEPARTMENT);
  gint64 q1 = add_cycle (store, "Q1", ymd (2027, 1, 1), ymd (2027, 3, 31), 0);
  gint64 objective = add_objective (store, q1, dept, "Grow", 0, 0);
  gint64 kr = add_number_kr (store, objective, "Revenue", 0, 10);
  gint64 other = add_number_kr (store, objective, "Margin", 0, 10);

  g_assert_true (okr_store_delete (store, OKR_ENTITY_UNIT, dept, &error));
  g_assert_no_error (error);
  g_assert_false (okr_store_row_exists (store, OKR_ENTITY_OBJECTIVE, objective));

  okr_changes_set_bool (revive, "deleted", FALSE);
  g_assert_true (okr_store_update (store, kr, revive, &error));
  g_assert_no_error (error);
  g_assert_true (okr_store_row_exists (store, OKR_ENTITY_KEY_RESULT, kr));
  g_assert_true (okr_store_row_exists (store, OKR_ENTITY_OBJECTIVE, objective));
  g_assert_true (okr_store_row_exists (store, OKR_ENTITY_UNIT, dept));
  g_assert_false (okr_store_row_exists (store, OKR_ENTITY_KEY_RESULT, other));

  /* One step: undo deletes the three again. */
  g_assert_true (okr_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_false (okr_store_row_exists (store, OKR_ENTITY_UNIT, dept));
  g_assert_false (okr_store_row_exists (store, OKR_ENTITY_KEY_RESULT, kr));
}

/* The document start-up opens in a thread is the one okr_sync_open () opens, rolled up for
 * the cycle current today; a file it can't open fails as okr_sync_open () fails. */
static void
test_preload (Tmp *tmp, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) made = okr_store_create (tmp->path, "Acme", &error);
  OkrDate today = okr_date_today ();
  g_autofree char *empty = tmp_file (tmp, "empty.okr");
  g_autofree char *junk = tmp_file (tmp, "junk.okr");

  g_assert_no_error (error);
  g_assert_true (okr_demo_fill (made, "en", today, &error));
  g_assert_no_error (error);
  okr_store_close (made, NULL);
  g_clear_object (&made);

  {
    g_autoptr(OkrRollup) rollup = NULL;
    g_autoptr(OkrRollup) again = NULL;
    OkrPreload *preload = okr_preload_start (tmp->path);
    g_autoptr(OkrSync) sync = NULL;
    OkrStore *store;
    gint64 cycle;
    GPtrArray *units, *units_again;

    g_assert_cmpstr (okr_preload_get_path (preload), ==, tmp->path);
    sync = okr_preload_finish (preload, &rollup, &error);
    g_assert_no_error (error);
    g_assert_nonnull (sync);
    store = okr_sync_get_store (sync);
    g_assert_false (okr_sync_is_shared (sync));
    cycle = okr_store_find_current_cycle (store, today);
    g_assert_cmpint (cycle, !=, 0);
    g_assert_nonnull (rollup);
    g_assert_cmpint (okr_cycle_get_id (okr_rollup_get_cycle (rollup)), ==, cycle);
    g_assert_cmpint (okr_rollup_get_today (rollup), ==, today);

    /* the same roll-up as the main thread makes */
    again = okr_rollup_new (store, cycle, today, &error);
    g_assert_no_error (error);
    units = okr_rollup_get_units (rollup);
    units_again = okr_rollup_get_units (again);
    g_assert_cmpuint (units->len, >, 1);
    g_assert_cmpuint (units->len, ==, units_again->len);
    for (guint i = 0; i < units->len; i++)
      {
        OkrUnit *u = g_ptr_array_index (units, i), *v = g_ptr_array_index (units_again, i);
        g_assert_cmpint (okr_unit_get_id (u), ==, okr_unit_get_id (v));
        g_assert_cmpfloat (okr_unit_get_progress (u), ==, okr_unit_get_progress (v));
      }
    /* it is the document's own store: edits work */
    g_assert_true (okr_store_wait_verified (store, &error));
    g_assert_no_error (error);
  }

  /* a document without a cycle: no roll-up */
  made = okr_store_create (empty, "Empty", &error);
  g_assert_no_error (error);
  okr_store_close (made, NULL);
  g_clear_object (&made);
  {
    g_autoptr(OkrRollup) rollup = NULL;
    g_autoptr(OkrSync) sync = okr_preload_finish (okr_preload_start (empty), &rollup, &error);

    g_assert_no_error (error);
    g_assert_nonnull (sync);
    g_assert_null (rollup);
  }

  /* a file that is not a document: the same error as opening it in the main thread */
  g_assert_true (g_file_set_contents (junk, "not a Cascade document", -1, NULL));
  {
    g_autoptr(GError) expected = NULL;
    g_autoptr(OkrSync) direct = okr_sync_open (junk, OKR_STORE_OPEN_VERIFY_LATER, &expected);
    OkrRollup *rollup = (OkrRollup *) 0x1;
    g_autoptr(OkrSync) sync = okr_preload_finish (okr_preload_start (junk), &rollup, &error);

    g_assert_null (direct);
    g_assert_nonnull (expected);
    g_assert_null (sync);
    g_assert_null (rollup);
    g_assert_error (error, expected->domain, expected->code);
    g_assert_cmpstr (error->message, ==, expected->message);
    g_clear_error (&error);
  }

  /* one never finished is waited for and closed */
  okr_preload_free (okr_preload_start (tmp->path));
  okr_preload_free (okr_preload_start (junk));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Tmp, NULL, tmp_setup, func, tmp_teardown)
  ADD ("/store/round-trip", test_round_trip);
  ADD ("/store/uuids", test_uuids);
  ADD ("/store/stamps", test_stamps);
  ADD ("/store/header", test_header);
  ADD ("/store/create-existing", test_create_existing);
  ADD ("/store/rollback/group", test_rollback_group);
  ADD ("/store/rollback/group-continues", test_rollback_group_continues);
  ADD ("/store/rollback/single", test_rollback_single);
  ADD ("/store/validation", test_validation);
  ADD ("/store/closed-cycle", test_closed_cycle);
  ADD ("/store/current-value", test_current_value);
  ADD ("/store/score-again", test_score_again);
  ADD ("/store/retrospective-again", test_retrospective_again);
  ADD ("/store/tombstones", test_tombstones);
  ADD ("/store/undo-redo/random", test_undo_redo);
  ADD ("/store/read-only/flag", test_read_only_flag);
  g_test_add_func ("/store/read-only/file", test_read_only_file);
  ADD ("/store/locked", test_locked);
  ADD ("/store/preload", test_preload);
  ADD ("/store/migration/fixtures", test_migrations);
  ADD ("/store/migration/newer", test_migration_newer);
  ADD ("/store/migration/read-only", test_migration_read_only);
  ADD ("/store/migration/unfinished", test_migration_unfinished);
  ADD ("/store/resolve", test_resolve);
  ADD ("/store/device-after-refusal", test_device_after_refusal);
  ADD ("/store/alignment-loops", test_alignment_loops);
  ADD ("/store/undelete-container", test_undelete_container);
#undef ADD

  return g_test_run ();
}
