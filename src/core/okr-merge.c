/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-merge.c — merging another copy of the same document into this one
 *
 * The rule, as implemented. Every row has a uuid; every field <f> of an editable table has
 * a stamp <f>_at (okr-clock.h: time, counter, device — two devices never tie).
 *
 *  1. Rows are matched by uuid. References travel as the uuid of the row they point at and
 *     become this file's local ids; a row missing here is inserted with all its values and
 *     stamps.
 *  2. Per field, the value with the greater stamp wins. Equal stamps with different values
 *     (two copies of one file edited on one machine) are settled by the greater value —
 *     NULL < numbers < text, references compared by the uuid they point at — so the outcome
 *     never depends on which copy is which.
 *  3. Check-ins, retractions, KPI readings and events are a grow-only set: a row is never
 *     changed or removed, so no check-in is ever lost.
 *  4. Deletion: `deleted` merges like any field, so the later of a delete and an undelete
 *     wins; then
 *     a. a row is live when any other field of it has a stamp newer than deleted_at (an edit
 *        made after the delete, or without knowing of it): deleted becomes 0, deleted_at
 *        keeps its stamp. A delete thus wins over older edits and loses to newer ones.
 *     b. a deleted row comes back when something it contains — along the references a delete
 *        cascades down (okr-store.c), and a KR's check-ins, a KPI's readings — is live and
 *        was edited after the deletion: the KR someone checked in on after its objective was
 *        deleted brings the objective back.
 *  5. Trees stay trees. A loop made by concurrent moves (units, cycles, alignments) is broken
 *     at the member whose move is the latest (stamp, then uuid): a unit goes directly under
 *     the company; a cycle or an alignment loses its parent. An objective aligned to an
 *     objective on one machine and to a KR on another keeps the later alignment.
 *  6. A stamp more than a day ahead of this machine's clock (a machine whose clock is wrong)
 *     is brought back to now + 1 day, counter and device kept, in both copies before
 *     anything is compared; the report names that machine. Our clock then observes the
 *     highest stamp, so the next local edit wins over everything merged.
 *
 * 4b and 5 replace the value the edits alone give. So that the result depends only on the
 * edits seen and not on the order in which copies met (associativity), the edits' own value
 * is kept beside the replacement in the meta table ("repair:" keys) and put back before the
 * next merge, which decides again. Once a leader edits the document on top of a repair,
 * the repair is what they saw and built on: the store's next local edit settles it into a
 * real edit of this machine, stamped now (_okr_merge_settle_repairs). 4a needs no record:
 * it depends only on stamps, which only grow. Derived state (a check-in's retracted flag, a
 * KR's current value) is recomputed. The whole merge is one transaction: on any failure
 * nothing changes.
 *
 * The other file is untrusted: it is copied to a private folder first (a sync client may
 * replace it at any moment), opened defensively (header, schema, quick check, foreign keys,
 * migrated if older), checked to be the same document, and only then attached, so that
 * each table merges in a few SQL statements whatever its size.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "okr-clock.h"
#include "okr-device.h"
#include "okr-merge.h"
#include "okr-store-private.h"
#include "okr-store-read.h"

#define TIME_SHIFT (OKR_STAMP_TAG_BITS + OKR_STAMP_COUNTER_BITS)
#define REPAIR_PREFIX "repair:"

typedef struct {
  GPtrArray *fields;   /* const char *, static */
  OkrStamp   stamp;    /* the greatest stamp among them */
} EditedRow;

typedef struct {
  OkrEntity entity;
  gint64    id;
} RowKey;

typedef struct {
  OkrStore       *store;
  OkrDb          *db;
  OkrMergeReport *report;
  OkrStamp        bound;                  /* the greatest stamp allowed */
  gint64          first_new[OKR_ENTITY_N]; /* rows with an id from here on were inserted */
  GHashTable     *edited;                 /* RowKey → EditedRow */
  GHashTable     *restored;               /* RowKey → OkrStamp of the edit that revived it */
  GHashTable     *old_repairs;            /* repair key → value, as they were before */
  GHashTable     *devices;                /* tag → device name */
  guint           touched;
} Merge;

/* ───────────────────────── small helpers ───────────────────────── */

static guint
row_key_hash (gconstpointer p)
{
  const RowKey *k = p;
  return g_int64_hash (&k->id) ^ (k->entity * 2654435761u);
}

static gboolean
row_key_equal (gconstpointer a, gconstpointer b)
{
  const RowKey *x = a, *y = b;
  return x->entity == y->entity && x->id == y->id;
}

static RowKey *
row_key_new (OkrEntity entity, gint64 id)
{
  RowKey *k = g_new (RowKey, 1);
  k->entity = entity;
  k->id = id;
  return k;
}

static void
edited_row_free (gpointer data)
{
  EditedRow *row = data;
  g_ptr_array_unref (row->fields);
  g_free (row);
}

static gboolean
is_deleted_field (const OkrTableInfo *info, guint f)
{
  return !info->append_only && f == info->n_fields - 1;
}

typedef gboolean (*RowFunc) (Merge *m, sqlite3_stmt *stmt, gpointer data, GError **error);

/* Runs one statement (not cached: it names the attached copy) and hands each row to @func. */
static gboolean
run (OkrDb *db, const char *sql, RowFunc func, Merge *m, gpointer data, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (okr_db_get_handle (db), sql, -1, &stmt, NULL);
  gboolean ok = TRUE;

  if (rc != SQLITE_OK)
    {
      g_debug ("merge: %s: %s", sqlite3_errmsg (okr_db_get_handle (db)), sql);
      okr_db_fail (db, rc, error);
      return FALSE;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (func != NULL && !func (m, stmt, data, error))
      {
        ok = FALSE;
        break;
      }
  if (ok && rc != SQLITE_DONE)
    {
      g_debug ("merge: %s: %s", sqlite3_errmsg (okr_db_get_handle (db)), sql);
      okr_db_fail (db, rc, error);
      ok = FALSE;
    }
  sqlite3_finalize (stmt);
  return ok;
}

static gboolean
runf (OkrDb *db, GError **error, const char *format, ...) G_GNUC_PRINTF (3, 4);

static gboolean
runf (OkrDb *db, GError **error, const char *format, ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return run (db, sql, NULL, NULL, NULL, error);
}

static gint64
query_int (OkrDb *db, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;

  if (sqlite3_prepare_v2 (okr_db_get_handle (db), sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* The stamp columns of a table: every "<f>_at", or the one "stamp" of history. */
static GPtrArray *
stamp_columns (const OkrTableInfo *info, gboolean with_deleted)
{
  GPtrArray *cols = g_ptr_array_new_with_free_func (g_free);

  if (info->append_only)
    g_ptr_array_add (cols, g_strdup ("stamp"));
  else
    for (guint f = 0; f < info->n_fields; f++)
      if (okr_schema_has_stamp (info, f) && (with_deleted || !is_deleted_field (info, f)))
        g_ptr_array_add (cols, g_strdup_printf ("%s_at", info->fields[f].name));
  return cols;
}

/* max(a.c1, a.c2, …) without reaching SQLite's limit on a function's arguments (a
 * RETURNING clause wants the columns unqualified: @alias NULL). */
static char *
greatest_of (GPtrArray *cols, const char *alias)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  const char *dot = alias != NULL ? "." : "";

  if (alias == NULL)
    alias = "";
  if (cols->len == 0)
    return g_strdup ("0");
  for (guint i = 0; i < cols->len; i += 16)
    {
      guint end = MIN (i + 16, cols->len);
      if (i > 0)
        {
          g_string_prepend (sql, "max(");
          g_string_append (sql, ", ");
        }
      /* max() needs two arguments to be the scalar one, not the aggregate. */
      g_string_append_printf (sql, "max(%s%s%s", alias, dot, (const char *) cols->pdata[i]);
      for (guint j = i; j < end; j++)
        g_string_append_printf (sql, ", %s%s%s", alias, dot, (const char *) cols->pdata[j]);
      g_string_append (sql, ")");
      if (i > 0)
        g_string_append (sql, ")");
    }
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static char *
activity_of (const OkrTableInfo *info, const char *alias)
{
  g_autoptr(GPtrArray) cols = stamp_columns (info, FALSE);
  return greatest_of (cols, alias);
}

/* A row's title or name; for a row without one (a score, a retrospective), the title of
 * the row its first reference points at. */
static char *
title_of (const OkrTableInfo *info, const char *alias, guint depth)
{
  for (guint f = 0; f < info->n_fields; f++)
    if (info->fields[f].type == OKR_FIELD_TEXT &&
        (g_str_equal (info->fields[f].name, "title") || g_str_equal (info->fields[f].name, "name")))
      return g_strdup_printf ("%s.%s", alias, info->fields[f].name);
  for (guint f = 0; f < info->n_fields && depth < 4; f++)
    if (info->fields[f].type == OKR_FIELD_REF && info->fields[f].ref != info->entity)
      {
        const OkrTableInfo *target = okr_schema_get_table (info->fields[f].ref);
        g_autofree char *inner_alias = g_strdup_printf ("t%u", depth);
        g_autofree char *inner = title_of (target, inner_alias, depth + 1);
        return g_strdup_printf ("(SELECT %s FROM main.%s %s WHERE %s.id = %s.%s)", inner,
                                target->table, inner_alias, inner_alias, alias,
                                info->fields[f].name);
      }
  return g_strdup ("''");
}

static const char *
device_name (Merge *m, OkrStamp stamp)
{
  return g_hash_table_lookup (m->devices, GUINT_TO_POINTER (okr_stamp_get_tag (stamp)));
}

static void
add_change (Merge *m, OkrMergeChangeKind kind, OkrEntity entity, const void *uuid_blob,
            int uuid_len, const char *title, const char *device, char **fields, guint count)
{
  OkrMergeChange *c;

  m->report->n_changes++;
  m->touched |= 1u << entity;
  if (m->report->changes->len >= OKR_MERGE_REPORT_MAX)
    {
      g_strfreev (fields);
      return;
    }
  c = g_new0 (OkrMergeChange, 1);
  c->kind = kind;
  c->entity = entity;
  okr_uuid_from_blob (uuid_blob, uuid_len, &c->uuid);
  c->title = g_strdup (title != NULL ? title : "");
  c->device = g_strdup (device != NULL ? device : "");
  c->fields = fields;
  c->count = count;
  g_ptr_array_add (m->report->changes, c);
}

static void
warn (Merge *m, char *sentence)
{
  if (g_getenv ("MERGE_DEBUG")) g_printerr ("WARN %s\n", sentence);
  for (guint i = 0; i < m->report->warnings->len; i++)
    if (g_str_equal (m->report->warnings->pdata[i], sentence))
      {
        g_free (sentence);
        return;
      }
  g_ptr_array_add (m->report->warnings, sentence);
}

/* ───────────────────────── the other copy ───────────────────────── */

static void
remove_snapshot (const char *dir)
{
  g_autoptr(GDir) d = dir != NULL ? g_dir_open (dir, 0, NULL) : NULL;
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* A WAL-mode file copied without its -wal is complete as it stands; telling SQLite it is
 * in rollback mode lets it be read without creating -wal and -shm files beside it. */
gboolean
_okr_file_force_rollback_mode (const char *path)
{
  guint8 header[20];
  int fd = g_open (path, O_RDWR | O_CLOEXEC, 0);
  gboolean ok = FALSE;

  if (fd < 0)
    return FALSE;
  if (pread (fd, header, sizeof header, 0) == (ssize_t) sizeof header &&
      memcmp (header, "SQLite format 3", 16) == 0)
    {
      static const guint8 legacy[2] = { 1, 1 };
      ok = (header[18] == 1 && header[19] == 1) || pwrite (fd, legacy, 2, 18) == 2;
    }
  close (fd);
  return ok;
}

/* A private copy of the other file, so that what is checked is what is merged even if a
 * sync client replaces the file meanwhile. Messages name the file as the user knows it. */
static char *
snapshot_other (const char *other_path, char **dir, GError **error)
{
  g_autofree char *base = g_path_get_basename (other_path);
  g_autofree char *cache = g_build_filename (g_get_user_cache_dir (), "cascade", NULL);
  g_autofree char *template = NULL;
  g_autoptr(GFile) from = g_file_new_for_path (other_path);
  g_autoptr(GFile) to = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *display = g_filename_display_basename (other_path);

  if (!g_file_test (other_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND, _("“%s” does not exist."),
                   display);
      return NULL;
    }
  if (!g_file_test (other_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_OURS,
                   _("“%s” is not a Cascade document."), display);
      return NULL;
    }

  g_mkdir_with_parents (cache, 0700);
  template = g_build_filename (cache, "merge-XXXXXX", NULL);
  *dir = g_strdup (template);
  if (g_mkdtemp (*dir) == NULL)
    {
      g_free (*dir);
      *dir = g_dir_make_tmp ("cascade-merge-XXXXXX", NULL);
    }
  if (*dir == NULL)
    {
      g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_IO,
                   _("“%s” can’t be merged: there is no room for a temporary copy."), display);
      return NULL;
    }

  path = g_build_filename (*dir, base, NULL);
  to = g_file_new_for_path (path);
  if (!g_file_copy (from, to, G_FILE_COPY_TARGET_DEFAULT_PERMS, NULL, NULL, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
        g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_FULL,
                     _("“%s” can’t be merged: the disk is full."), display);
      else
        g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_IO,
                     _("“%s” can’t be opened: you may not have permission to read it."),
                     display);
      return NULL;
    }
  _okr_file_force_rollback_mode (path);
  return g_steal_pointer (&path);
}

/* ───────────────────────── repairs kept beside their raw values ───────────────────────── */

static char *
repair_key (const OkrTableInfo *info, const char *field, const void *uuid_blob)
{
  OkrUuid uuid;
  char text[OKR_UUID_STRING_LEN + 1];

  okr_uuid_from_blob (uuid_blob, 16, &uuid);
  okr_uuid_write (&uuid, text);
  return g_strdup_printf (REPAIR_PREFIX "%s:%s:%s", info->table, field, text);
}

static gboolean
put_back_one (Merge *m, sqlite3_stmt *stmt, gpointer data, GError **error)
{
  OkrDb *db = data;
  const char *key = (const char *) sqlite3_column_text (stmt, 0);
  const char *value = (const char *) sqlite3_column_text (stmt, 1);
  g_auto(GStrv) parts = key != NULL ? g_strsplit (key + strlen (REPAIR_PREFIX), ":", 3) : NULL;
  g_auto(GStrv) raw = value != NULL ? g_strsplit (value, " ", 2) : NULL;
  const OkrTableInfo *info = NULL;
  const OkrField *field = NULL;
  OkrUuid row, target;
  g_autofree char *sql = NULL;
  sqlite3_stmt *update = NULL;
  gint64 stamp;
  int rc;

  if (m != NULL && key != NULL && value != NULL)
    g_hash_table_insert (m->old_repairs, g_strdup (key), g_strdup (value));
  if (parts == NULL || g_strv_length (parts) != 3 || raw == NULL || g_strv_length (raw) != 2 ||
      !okr_uuid_parse (parts[2], &row))
    return TRUE;
  for (OkrEntity e = 0; e < OKR_ENTITY_N && info == NULL; e++)
    if (g_str_equal (okr_schema_get_table (e)->table, parts[0]))
      info = okr_schema_get_table (e);
  if (info == NULL || info->append_only ||
      (field = okr_schema_find_field (info, parts[1], NULL)) == NULL)
    return TRUE;
  stamp = g_ascii_strtoll (raw[0], NULL, 10);

  if (field->type == OKR_FIELD_REF)
    sql = g_strdup_printf ("UPDATE main.%s SET %s = (SELECT id FROM main.%s WHERE uuid = ?3) "
                           "WHERE uuid = ?1 AND %s_at = ?2", info->table, field->name,
                           okr_schema_get_table (field->ref)->table, field->name);
  else
    sql = g_strdup_printf ("UPDATE main.%s SET %s = ?3 WHERE uuid = ?1 AND %s_at = ?2",
                           info->table, field->name, field->name);
  rc = sqlite3_prepare_v2 (okr_db_get_handle (db), sql, -1, &update, NULL);
  if (rc != SQLITE_OK)
    {
      okr_db_fail (db, rc, error);
      return FALSE;
    }
  sqlite3_bind_blob (update, 1, row.bytes, 16, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (update, 2, stamp);
  if (field->type == OKR_FIELD_REF)
    {
      if (okr_uuid_parse (raw[1], &target))
        sqlite3_bind_blob (update, 3, target.bytes, 16, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (update, 3);
    }
  else
    sqlite3_bind_int64 (update, 3, g_ascii_strtoll (raw[1], NULL, 10));
  rc = sqlite3_step (update);
  sqlite3_finalize (update);
  if (rc != SQLITE_DONE)
    {
      okr_db_fail (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Puts back the values the edits gave where the last merge had to replace them, so that
 * this merge decides from the edits alone. A repair whose field was edited since (its stamp
 * moved on) no longer applies. */
static gboolean
put_back_repairs (OkrDb *db, Merge *m, GError **error)
{
  return run (db, "SELECT key, value FROM main.meta WHERE key GLOB 'repair:*' ORDER BY key",
              put_back_one, m, db, error) &&
         run (db, "DELETE FROM main.meta WHERE key GLOB 'repair:*'", NULL, NULL, NULL, error);
}

/* Records a replaced value: @raw_text is the target's uuid for a reference ("-" for none),
 * or the number. */
static gboolean
record_repair (Merge *m, const OkrTableInfo *info, const char *field, const void *uuid_blob,
               OkrStamp stamp, const char *raw_text, gboolean *is_new, GError **error)
{
  g_autofree char *key = repair_key (info, field, uuid_blob);
  g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT " %s", stamp, raw_text);
  const char *before = g_hash_table_lookup (m->old_repairs, key);

  *is_new = g_strcmp0 (before, value) != 0;
  return _okr_store_set_meta (m->store, key, value, error);
}

static gboolean
settle_one (Merge *m, sqlite3_stmt *stmt, gpointer data, GError **error)
{
  OkrStore *store = data;
  OkrDb *db = _okr_store_get_db (store);
  const char *key = (const char *) sqlite3_column_text (stmt, 0);
  const char *value = (const char *) sqlite3_column_text (stmt, 1);
  g_auto(GStrv) parts = key != NULL ? g_strsplit (key + strlen (REPAIR_PREFIX), ":", 3) : NULL;
  const OkrTableInfo *info = NULL;
  OkrUuid row;
  g_autofree char *sql = NULL;
  sqlite3_stmt *update = NULL;
  int rc;

  if (parts == NULL || g_strv_length (parts) != 3 || value == NULL ||
      !okr_uuid_parse (parts[2], &row))
    return TRUE;
  for (OkrEntity e = 0; e < OKR_ENTITY_N && info == NULL; e++)
    if (g_str_equal (okr_schema_get_table (e)->table, parts[0]))
      info = okr_schema_get_table (e);
  if (info == NULL || info->append_only || okr_schema_find_field (info, parts[1], NULL) == NULL)
    return TRUE;

  sql = g_strdup_printf ("UPDATE main.%s SET %s_at = ?3 WHERE uuid = ?1 AND %s_at = ?2",
                         info->table, parts[1], parts[1]);
  rc = sqlite3_prepare_v2 (okr_db_get_handle (db), sql, -1, &update, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_blob (update, 1, row.bytes, 16, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (update, 2, g_ascii_strtoll (value, NULL, 10));
      sqlite3_bind_int64 (update, 3, _okr_store_tick (store));
      rc = sqlite3_step (update);
      sqlite3_finalize (update);
    }
  /* A row shown deleted stays deleted: its deletion is stamped after the settled field. */
  if (rc == SQLITE_DONE && !g_str_equal (parts[1], "deleted"))
    {
      g_autofree char *again = g_strdup_printf ("UPDATE main.%s SET deleted_at = ?2 "
                                                "WHERE uuid = ?1 AND deleted = 1", info->table);
      rc = sqlite3_prepare_v2 (okr_db_get_handle (db), again, -1, &update, NULL);
      if (rc == SQLITE_OK)
        {
          sqlite3_bind_blob (update, 1, row.bytes, 16, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (update, 2, _okr_store_tick (store));
          rc = sqlite3_step (update);
          sqlite3_finalize (update);
        }
    }
  if (rc == SQLITE_DONE)
    return TRUE;
  okr_db_fail (db, rc, error);
  return FALSE;
}

/* Called by the store inside a local edit: the replaced values the last merge kept (see the
 * top) become this machine's edits, stamped now, so that they stay as the leader saw them. */
gboolean
_okr_merge_settle_repairs (OkrStore *store, GError **error)
{
  OkrDb *db = _okr_store_get_db (store);

  if (query_int (db, "SELECT count(*) FROM main.meta WHERE key GLOB 'repair:*'") == 0)
    return TRUE;
  return run (db, "SELECT key, value FROM main.meta WHERE key GLOB 'repair:*' ORDER BY key",
              settle_one, NULL, store, error) &&
         run (db, "DELETE FROM main.meta WHERE key GLOB 'repair:*'", NULL, NULL, NULL, error);
}

/* ───────────────────────── clocks far ahead ───────────────────────── */

static gboolean
note_clock_ahead (Merge *m, sqlite3_stmt *stmt, gpointer data, GError **error)
{
  GHashTable *names = data;
  guint tag = (guint) sqlite3_column_int64 (stmt, 0);

  g_hash_table_add (names, GUINT_TO_POINTER (tag));
  return TRUE;
}

/* Brings every stamp of @db beyond the bound back to it, keeping counter and device. */
static gboolean
clamp_stamps (Merge *m, OkrDb *db, GHashTable *tags_ahead, GError **error)
{
  const gint64 low_mask = (G_GINT64_CONSTANT (1) << TIME_SHIFT) - 1;
  const gint64 bound_time = m->bound & ~low_mask;

  for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
    {
      const OkrTableInfo *info = okr_schema_get_table (e);
      g_autoptr(GPtrArray) cols = stamp_columns (info, TRUE);

      for (guint i = 0; i < cols->len; i++)
        {
          const char *c = cols->pdata[i];
          g_autofree char *find = g_strdup_printf (
            "SELECT DISTINCT %s & %d FROM main.%s WHERE %s > %" G_GINT64_FORMAT,
            c, (1 << OKR_STAMP_TAG_BITS) - 1, info->table, c, m->bound);

          if (!run (db, find, note_clock_ahead, m, tags_ahead, error) ||
              !runf (db, error, "UPDATE main.%s SET %s = %" G_GINT64_FORMAT " | (%s & %"
                     G_GINT64_FORMAT ") WHERE %s > %" G_GINT64_FORMAT, info->table, c,
                     bound_time, c, low_mask, c, m->bound))
            return FALSE;
        }
    }
  return TRUE;
}

static OkrStamp
highest_stamp (OkrDb *db)
{
  OkrStamp highest = 0;

  for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
    {
      const OkrTableInfo *info = okr_schema_get_table (e);
      g_autoptr(GPtrArray) cols = stamp_columns (info, TRUE);

      for (guint i = 0; i < cols->len; i++)
        {
          g_autofree char *sql = g_strdup_printf ("SELECT max(%s) FROM main.%s",
                                                  (const char *) cols->pdata[i], info->table);
          highest = MAX (highest, query_int (db, sql));
        }
    }
  return highest;
}

/* The other copy, checked and prepared on its own connection before it is attached. */
static gboolean
prepare_other (Merge *m, const char *snapshot, const char *other_path, OkrStamp *highest,
               GHashTable *tags_ahead, GError **error)
{
  g_autoptr(OkrStore) other = okr_store_open (snapshot, OKR_STORE_OPEN_DEFAULT, error);
  OkrDb *db;
  gboolean ok;

  if (other == NULL)
    return FALSE;
  if (!okr_uuid_equal (okr_store_get_document_id (other), okr_store_get_document_id (m->store)))
    {
      g_autofree char *display = g_filename_display_basename (other_path);
      g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_OURS,
                   _("“%s” is a different document, so it can’t be merged into this one."),
                   display);
      return FALSE;
    }
  db = _okr_store_get_db (other);
  ok = okr_db_exec (db, "BEGIN IMMEDIATE", error) && put_back_repairs (db, NULL, error) &&
       clamp_stamps (m, db, tags_ahead, error) && okr_db_exec (db, "COMMIT", error);
  if (!ok)
    {
      okr_db_exec (db, "ROLLBACK", NULL);
      return FALSE;
    }
  *highest = highest_stamp (db);
  return okr_store_close (other, error);
}

/* ───────────────────────── rows ───────────────────────── */

static gboolean
has_map (OkrEntity entity)
{
  return !okr_schema_get_table (entity)->append_only;
}

/* The local id, in this file, of the row an other-file id @expr points at. */
static char *
mapped_ref (OkrEntity target, const char *expr)
{
  const OkrTableInfo *t = okr_schema_get_table (target);

  if (has_map (target))
    return g_strdup_printf ("(SELECT here_id FROM temp.merge_map_%s WHERE other_id = %s)",
                            t->table, expr);
  return g_strdup_printf ("(SELECT x.id FROM main.%s x WHERE x.uuid = "
                          "(SELECT y.uuid FROM other.%s y WHERE y.id = %s))",
                          t->table, t->table, expr);
}

/* References to rows of the same or a later table are linked after every row is in. */
static gboolean
is_deferred (const OkrTableInfo *info, const OkrField *f)
{
  return f->type == OKR_FIELD_REF && f->ref >= info->entity;
}

static gboolean
insert_missing (Merge *m, const OkrTableInfo *info, GError **error)
{
  g_autoptr(GString) cols = g_string_new ("uuid");
  g_autoptr(GString) vals = g_string_new ("o.uuid");
  g_autofree char *first = g_strdup_printf ("SELECT coalesce (max (id), 0) + 1 FROM main.%s",
                                            info->table);

  m->first_new[info->entity] = query_int (m->db, first);

  for (guint f = 0; f < info->n_fields; f++)
    {
      const OkrField *field = &info->fields[f];

      g_string_append_printf (cols, ", %s", field->name);
      if (is_deferred (info, field))
        {
          if (!field->nullable || info->append_only)
            {
              g_critical ("%s.%s can’t be merged: it points forward and can’t be NULL",
                          info->table, field->name);
              g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_FAILED,
                                   _("The copies could not be merged."));
              return FALSE;
            }
          g_string_append (vals, ", NULL");
        }
      else if (field->type == OKR_FIELD_REF)
        {
          g_autofree char *o_field = g_strdup_printf ("o.%s", field->name);
          g_autofree char *ref = mapped_ref (field->ref, o_field);
          g_string_append_printf (vals, ", %s", ref);
        }
      else
        g_string_append_printf (vals, ", o.%s", field->name);
    }
  if (info->append_only)
    {
      g_string_append (cols, ", stamp, device_id");
      g_string_append (vals, ", o.stamp, (SELECT here_id FROM temp.merge_map_devices "
                             "WHERE other_id = o.device_id)");
    }
  else
    for (guint f = 0; f < info->n_fields; f++)
      if (okr_schema_has_stamp (info, f))
        {
          g_string_append_printf (cols, ", %s_at", info->fields[f].name);
          /* A forward reference is linked later, by the field merge, from stamp 0. */
          if (is_deferred (info, &info->fields[f]))
            g_string_append (vals, ", 0");
          else
            g_string_append_printf (vals, ", o.%s_at", info->fields[f].name);
        }

  if (!runf (m->db, error, "INSERT INTO main.%s (%s) SELECT %s FROM other.%s o "
             "WHERE NOT EXISTS (SELECT 1 FROM main.%s x WHERE x.uuid = o.uuid) ORDER BY o.uuid",
             info->table, cols->str, vals->str, info->table, info->table))
    return FALSE;

  if (has_map (info->entity))
    return runf (m->db, error, "DROP TABLE IF EXISTS temp.merge_map_%s", info->table) &&
           runf (m->db, error, "CREATE TEMP TABLE merge_map_%s (other_id INTEGER PRIMARY KEY, "
                 "here_id INTEGER NOT NULL)", info->table) &&
           runf (m->db, error, "INSERT INTO temp.merge_map_%s SELECT o.id, x.id FROM other.%s o "
                 "JOIN main.%s x ON x.uuid = o.uuid", info->table, info->table, info->table);
  return TRUE;
}

static gboolean
merge_devices (Merge *m, GError **error)
{
  /* A machine renamed between copies: the greater name wins, whichever copy is merged
   * into which. */
  return run (m->db, "INSERT INTO main.devices (uuid, name) SELECT o.uuid, o.name "
                     "FROM other.devices o WHERE NOT EXISTS "
                     "(SELECT 1 FROM main.devices x WHERE x.uuid = o.uuid) ORDER BY o.uuid",
              NULL, NULL, NULL, error) &&
         run (m->db, "UPDATE main.devices AS x SET name = o.name FROM other.devices o "
                     "WHERE o.uuid = x.uuid AND o.name > x.name", NULL, NULL, NULL, error) &&
         run (m->db, "DROP TABLE IF EXISTS temp.merge_map_devices", NULL, NULL, NULL, error) &&
         run (m->db, "CREATE TEMP TABLE merge_map_devices (other_id INTEGER PRIMARY KEY, "
                     "here_id INTEGER NOT NULL)", NULL, NULL, NULL, error) &&
         run (m->db, "INSERT INTO temp.merge_map_devices SELECT o.id, x.id FROM other.devices o "
                     "JOIN main.devices x ON x.uuid = o.uuid", NULL, NULL, NULL, error);
}

typedef struct {
  const OkrTableInfo *info;
  guint               field;
} FieldRef;

static gboolean
note_edit (Merge *m, sqlite3_stmt *stmt, gpointer data, GError **error)
{
  const FieldRef *fr = data;
  RowKey key = { fr->info->entity, sqlite3_column_int64 (stmt, 0) };
  OkrStamp stamp = sqlite3_column_int64 (stmt, 1);
  EditedRow *row;

  if (key.id >= m->first_new[key.entity])
    return TRUE;   /* inserted by this merge: reported as added */
  row = g_hash_table_lookup (m->edited, &key);
  if (row == NULL)
    {
      row = g_new0 (EditedRow, 1);
      row->fields = g_ptr_array_new ();
      g_hash_table_insert (m->edited, row_key_new (key.entity, key.id), row);
    }
  if (!is_deleted_field (fr->info, fr->field))
    {
      g_ptr_array_add (row->fields, (gpointer) fr->info->fields[fr->field].name);
      row->stamp = MAX (row->stamp, stamp);
    }
  return TRUE;
}

/* Per field: the greater stamp wins; equal stamps, the greater value (see the top). */
static gboolean
merge_field (Merge *m, const OkrTableInfo *info, guint f, GError **error)
{
  const OkrField *field = &info->fields[f];
  const char *name = field->name;
  g_autofree char *value = NULL;
  g_autofree char *beats = NULL;
  g_autofree char *sql = NULL;
  FieldRef fr = { info, f };

  if (field->type == OKR_FIELD_REF)
    {
      const char *target = okr_schema_get_table (field->ref)->table;
      g_autofree char *o_field = g_strdup_printf ("o.%s", name);

      value = mapped_ref (field->ref, o_field);
      beats = g_strdup_printf ("(SELECT uuid FROM main.%s WHERE id = y.v) > "
                               "(SELECT uuid FROM main.%s WHERE id = x.%s)", target, target, name);
    }
  else
    {
      value = g_strdup_printf ("o.%s", name);
      beats = g_strdup_printf ("y.v > x.%s", name);
    }

  sql = g_strdup_printf ("UPDATE main.%s AS x SET %s = y.v, %s_at = y.s "
                         "FROM (SELECT mp.here_id AS id, %s AS v, o.%s_at AS s "
                         "      FROM other.%s o JOIN temp.merge_map_%s mp ON mp.other_id = o.id) "
                         "     AS y "
                         "WHERE x.id = y.id AND (y.s > x.%s_at OR (y.s = x.%s_at AND "
                         "  ((x.%s IS NULL AND y.v IS NOT NULL) OR %s))) "
                         "RETURNING id, %s_at",
                         info->table, name, name, value, name, info->table, info->table,
                         name, name, name, beats, name);
  return run (m->db, sql, note_edit, m, &fr, error);
}

/* ───────────────────────── deletion ───────────────────────── */

static gboolean
note_own_revival (Merge *m, sqlite3_stmt *stmt, gpointer data, GError **error)
{
  const OkrTableInfo *info = data;
  RowKey key = { info->entity, sqlite3_column_int64 (stmt, 0) };

  OkrStamp by = sqlite3_column_int64 (stmt, 1);

  if (!g_hash_table_contains (m->restored, &key))
    g_hash_table_insert (m->restored, row_key_new (key.entity, key.id), g_memdup2 (&by, sizeof by));
  return TRUE;
}

/* 4a: an edit newer than the deletion makes the row live. */
static gboolean
revive_edited (Merge *m, const OkrTableInfo *info, GError **error)
{
  g_autofree char *activity = activity_of (info, NULL);
  g_autofree char *sql = g_strdup_printf ("UPDATE main.%s SET deleted = 0 "
                                          "WHERE deleted = 1 AND deleted_at < %s "
                                          "RETURNING id, %s", info->table, activity, activity);
  return run (m->db, sql, note_own_revival, m, (gpointer) info, error);
}

typedef struct {
  const OkrTableInfo *parent;
  gboolean            changed;
} Revival;

static gboolean
note_container_revival (Merge *m, sqlite3_stmt *stmt, gpointer data, GError **error)
{
  Revival *r = data;
  const void *uuid = sqlite3_column_blob (stmt, 1);
  OkrStamp deleted_at = sqlite3_column_int64 (stmt, 2);
  OkrStamp by = sqlite3_column_int64 (stmt, 3);
  RowKey key = { r->parent->entity, sqlite3_column_int64 (stmt, 0) };
  gboolean is_new;

  if (sqlite3_column_bytes (stmt, 1) != 16 ||
      !record_repair (m, r->parent, "deleted", uuid, deleted_at, "1", &is_new, error) ||
      !runf (m->db, error, "UPDATE main.%s SET deleted = 0 WHERE id = %" G_GINT64_FORMAT,
             r->parent->table, key.id) ||
      !runf (m->db, error, "INSERT OR REPLACE INTO temp.merge_activity VALUES ('%s', %"
             G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")", r->parent->table, key.id, by))
    return FALSE;
  if (!g_hash_table_contains (m->restored, &key))
    g_hash_table_insert (m->restored, row_key_new (key.entity, key.id), g_memdup2 (&by, sizeof by));
  if (g_getenv ("MERGE_DEBUG")) g_printerr ("REVIVE %s\n", r->parent->table);
  r->changed = TRUE;
  return TRUE;
}

/* The latest sign of life of a row of @info aliased @alias: its own edits, and what it
 * passed on from what it contains. */
static char *
sign_of_life (const OkrTableInfo *info, const char *alias)
{
  g_autofree char *own = activity_of (info, alias);

  if (info->append_only)
    return g_steal_pointer (&own);
  return g_strdup_printf ("max(%s, coalesce((SELECT a.stamp FROM temp.merge_activity a "
                          "WHERE a.tbl = '%s' AND a.id = %s.id), 0))",
                          own, info->table, alias);
}

/* 4b: one pass over one containment edge: a deleted container comes back when something
 * it contains is live and shows life after the deletion. */
static gboolean
revive_container (Merge *m, const OkrTableInfo *parent, const OkrTableInfo *child,
                  const char *field, gboolean *changed, GError **error)
{
  g_autofree char *life = sign_of_life (child, "c");
  g_autofree char *sql = NULL;
  Revival r = { parent, FALSE };

  sql = g_strdup_printf ("SELECT p.id, p.uuid, p.deleted_at, max(%s) FROM main.%s p "
                         "JOIN main.%s c ON c.%s = p.id "
                         "WHERE p.deleted = 1 %s AND %s > p.deleted_at "
                         "GROUP BY p.id ORDER BY p.id",
                         life, parent->table, child->table, field,
                         child->append_only ? "" : "AND c.deleted = 0", life);
  if (!run (m->db, sql, note_container_revival, m, &r, error))
    return FALSE;
  *changed |= r.changed;
  return TRUE;
}

static gboolean
revive_containers (Merge *m, GError **error)
{
  guint n_cascades;
  const OkrCascade *cascades = _okr_store_get_cascades (&n_cascades);
  gboolean changed = TRUE;

  if (!run (m->db, "DROP TABLE IF EXISTS temp.merge_activity", NULL, NULL, NULL, error) ||
      !run (m->db, "CREATE TEMP TABLE merge_activity (tbl TEXT, id INTEGER, stamp INTEGER, "
                   "PRIMARY KEY (tbl, id))", NULL, NULL, NULL, error))
    return FALSE;

  /* Until nothing more comes back: a container brought back may bring back its own. */
  for (guint pass = 0; changed && pass < 1000; pass++)
    {
      changed = FALSE;
      for (guint c = 0; c < n_cascades; c++)
        if (!cascades[c].clear &&
            !revive_container (m, okr_schema_get_table (cascades[c].parent),
                               okr_schema_get_table (cascades[c].child), cascades[c].field,
                               &changed, error))
          return FALSE;
      /* History belongs to the row it must point at (a KR's check-ins, a KPI's readings). */
      for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
        {
          const OkrTableInfo *info = okr_schema_get_table (e);
          for (guint f = 0; info->append_only && f < info->n_fields; f++)
            {
              const OkrField *field = &info->fields[f];
              if (field->type == OKR_FIELD_REF && !field->nullable && has_map (field->ref) &&
                  !revive_container (m, okr_schema_get_table (field->ref), info, field->name,
                                     &changed, error))
                return FALSE;
            }
        }
    }
  return TRUE;
}

/* ───────────────────────── trees ───────────────────────── */

typedef struct {
  gint64   id;
  guint8   uuid[16];
  gint64   parent;     /* the row this one hangs from, 0 for none */
  OkrStamp stamp;      /* of the move that put it there */
  int      mark;
} Node;

static gboolean
load_node (Merge *m, sqlite3_stmt *stmt, gpointer data, GError **error)
{
  GArray *nodes = data;
  Node n = { .id = sqlite3_column_int64 (stmt, 0),
             .parent = sqlite3_column_int64 (stmt, 2),
             .stamp = sqlite3_column_int64 (stmt, 3) };

  if (sqlite3_column_bytes (stmt, 1) == 16)
    memcpy (n.uuid, sqlite3_column_blob (stmt, 1), 16);
  g_array_append_val (nodes, n);
  return TRUE;
}

static int
compare_move (const Node *a, const Node *b)
{
  if (a->stamp != b->stamp)
    return a->stamp < b->stamp ? -1 : 1;
  return memcmp (a->uuid, b->uuid, 16);
}

/* Finds the loops of a parent graph (each node has at most one parent) and returns, for
 * each, the node whose move is the latest: where the loop is cut. */
static GArray *
find_loop_cuts (GArray *nodes)
{
  g_autoptr(GHashTable) index = g_hash_table_new (g_int64_hash, g_int64_equal);
  GArray *cuts = g_array_new (FALSE, FALSE, sizeof (Node));

  for (guint i = 0; i < nodes->len; i++)
    g_hash_table_insert (index, &g_array_index (nodes, Node, i).id,
                         &g_array_index (nodes, Node, i));

  for (guint i = 0; i < nodes->len; i++)
    {
      Node *n = &g_array_index (nodes, Node, i);
      Node *walk = n;
      int mark = (int) i + 1;

      /* Walk up, marking this walk; meeting our own mark again is a loop. */
      while (walk != NULL && walk->mark == 0)
        {
          walk->mark = mark;
          walk = walk->parent != 0 ? g_hash_table_lookup (index, &walk->parent) : NULL;
        }
      if (walk != NULL && walk->mark == mark)
        {
          Node *latest = walk;
          for (Node *p = g_hash_table_lookup (index, &walk->parent); p != walk;
               p = g_hash_table_lookup (index, &p->parent))
            if (compare_move (p, latest) > 0)
              latest = p;
          g_array_append_val (cuts, *latest);
        }
    }
  return cuts;
}

static char *
display_title (Merge *m, const OkrTableInfo *info, gint64 id)
{
  g_autofree char *title = title_of (info, "x", 0);
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM main.%s x WHERE x.id = %"
                                          G_GINT64_FORMAT, title, info->table, id);
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  if (sqlite3_prepare_v2 (okr_db_get_handle (m->db), sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return result != NULL ? result : g_strdup ("");
}

/* Replaces @field of the row by @value (an SQL expression), keeping its stamp and recording
 * the raw value. */
static gboolean
cut_link (Merge *m, const OkrTableInfo *info, const char *field, const Node *n,
          const char *value, gboolean *is_new, GError **error)
{
  const OkrField *f = okr_schema_find_field (info, field, NULL);
  const OkrTableInfo *target = okr_schema_get_table (f->ref);
  g_autofree char *sql = g_strdup_printf ("SELECT uuid FROM main.%s WHERE id = (SELECT %s FROM "
                                          "main.%s WHERE id = %" G_GINT64_FORMAT ")",
                                          target->table, field, info->table, n->id);
  sqlite3_stmt *stmt = NULL;
  char raw[OKR_UUID_STRING_LEN + 1] = "-";
  OkrStamp stamp;
  g_autofree char *stamp_sql = g_strdup_printf ("SELECT %s_at FROM main.%s WHERE id = %"
                                                G_GINT64_FORMAT, field, info->table, n->id);

  if (sqlite3_prepare_v2 (okr_db_get_handle (m->db), sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_bytes (stmt, 0) == 16)
    {
      OkrUuid uuid;
      okr_uuid_from_blob (sqlite3_column_blob (stmt, 0), 16, &uuid);
      okr_uuid_write (&uuid, raw);
    }
  sqlite3_finalize (stmt);
  stamp = query_int (m->db, stamp_sql);

  return record_repair (m, info, field, n->uuid, stamp, raw, is_new, error) &&
         runf (m->db, error, "UPDATE main.%s SET %s = %s WHERE id = %" G_GINT64_FORMAT,
               info->table, field, value, n->id);
}

/* Units and cycles: loops of parent_id. A unit is cut loose under the company, a cycle
 * stands alone. */
static gboolean
repair_parent_loops (Merge *m, OkrEntity entity, GError **error)
{
  const OkrTableInfo *info = okr_schema_get_table (entity);
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (Node));
  g_autoptr(GArray) cuts = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT id, uuid, coalesce (parent_id, 0), parent_id_at "
                                          "FROM main.%s ORDER BY id", info->table);
  g_autofree char *root = NULL;

  if (okr_schema_find_field (info, "parent_id", NULL) == NULL)
    return TRUE;
  if (!run (m->db, sql, load_node, m, nodes, error))
    return FALSE;
  cuts = find_loop_cuts (nodes);
  if (entity == OKR_ENTITY_UNIT)
    root = g_strdup_printf ("%" G_GINT64_FORMAT,
                            query_int (m->db, "SELECT id FROM main.units WHERE parent_id IS NULL "
                                              "AND kind = 'company' ORDER BY deleted, uuid "
                                              "LIMIT 1"));
  for (guint i = 0; i < cuts->len; i++)
    {
      const Node *n = &g_array_index (cuts, Node, i);
      gboolean is_new;

      if (!cut_link (m, info, "parent_id", n, root != NULL && !g_str_equal (root, "0") ? root
                                                                                        : "NULL",
                     &is_new, error))
        return FALSE;
      if (is_new)
        {
          g_autofree char *title = display_title (m, info, n->id);
          m->touched |= 1u << entity;
          if (entity == OKR_ENTITY_UNIT)
            {
              g_autofree char *company = okr_store_dup_company_name (m->store);
              /* Translators: two people moved units on different computers so that each
               * ended up inside the other; the first %s is the unit, the second the company. */
              warn (m, g_strdup_printf (_("Moves made on different computers put “%s” inside "
                                          "itself, so it now sits directly under “%s”."),
                                        title, company != NULL ? company : ""));
            }
          else
            warn (m, g_strdup_printf (_("Edits made on different computers put the cycle “%s” "
                                        "inside itself, so it now stands on its own."), title));
        }
    }
  return TRUE;
}

static gboolean
load_alignment (Merge *m, sqlite3_stmt *stmt, gpointer data, GError **error)
{
  return load_node (m, stmt, data, error);
}

/* Objectives: each aligns to one objective or one KR, and alignments must not loop. */
static gboolean
repair_alignments (Merge *m, GError **error)
{
  const OkrTableInfo *info = okr_schema_get_table (OKR_ENTITY_OBJECTIVE);
  g_autoptr(GArray) both = g_array_new (FALSE, FALSE, sizeof (Node));
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (Node));
  g_autoptr(GArray) cuts = NULL;

  if (okr_schema_find_field (info, "align_objective_id", NULL) == NULL ||
      okr_schema_find_field (info, "align_kr_id", NULL) == NULL)
    return TRUE;

  /* Aligned both ways by two concurrent edits: the later alignment stays. The stamp column
   * carries which one is older (0: the objective, 1: the KR). */
  if (!run (m->db, "SELECT id, uuid, 0, align_objective_id_at < align_kr_id_at FROM main.objectives "
                   "WHERE align_objective_id IS NOT NULL AND align_kr_id IS NOT NULL ORDER BY id",
            load_node, m, both, error))
    return FALSE;
  for (guint i = 0; i < both->len; i++)
    {
      const Node *n = &g_array_index (both, Node, i);
      const char *older = n->stamp ? "align_objective_id" : "align_kr_id";
      gboolean is_new;

      if (!cut_link (m, info, older, n, "NULL", &is_new, error))
        return FALSE;
      if (is_new)
        {
          g_autofree char *title = display_title (m, info, n->id);
          m->touched |= 1u << OKR_ENTITY_OBJECTIVE;
          warn (m, g_strdup_printf (_("“%s” was aligned to an objective on one computer and to "
                                      "a key result on another; the later alignment was kept."),
                                    title));
        }
    }

  if (!run (m->db, "SELECT o.id, o.uuid, coalesce (o.align_objective_id, k.objective_id, 0), "
                   "CASE WHEN o.align_objective_id IS NOT NULL THEN o.align_objective_id_at "
                   "ELSE o.align_kr_id_at END "
                   "FROM main.objectives o LEFT JOIN main.key_results k ON k.id = o.align_kr_id "
                   "ORDER BY o.id", load_alignment, m, nodes, error))
    return FALSE;
  cuts = find_loop_cuts (nodes);
  for (guint i = 0; i < cuts->len; i++)
    {
      const Node *n = &g_array_index (cuts, Node, i);
      g_autofree char *sql = g_strdup_printf ("SELECT align_objective_id IS NOT NULL FROM "
                                              "main.objectives WHERE id = %" G_GINT64_FORMAT,
                                              n->id);
      const char *link = query_int (m->db, sql) ? "align_objective_id" : "align_kr_id";
      gboolean is_new;

      if (!cut_link (m, info, link, n, "NULL", &is_new, error))
        return FALSE;
      if (is_new)
        {
          g_autofree char *title = display_title (m, info, n->id);
          m->touched |= 1u << OKR_ENTITY_OBJECTIVE;
          warn (m, g_strdup_printf (_("Alignments made on different computers made “%s” align "
                                      "to itself, so it is no longer aligned."), title));
        }
    }
  return TRUE;
}

/* ───────────────────────── the report ───────────────────────── */

static gboolean
load_device (Merge *m, sqlite3_stmt *stmt, gpointer data, GError **error)
{
  OkrUuid uuid;
  guint tag;

  if (!okr_uuid_from_blob (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0), &uuid))
    return TRUE;
  tag = okr_device_tag_for (&uuid);
  if (!g_hash_table_contains (m->devices, GUINT_TO_POINTER (tag)))
    g_hash_table_insert (m->devices, GUINT_TO_POINTER (tag),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  return TRUE;
}

static gboolean
report_added (Merge *m, sqlite3_stmt *stmt, gpointer data, GError **error)
{
  const OkrTableInfo *info = data;

  add_change (m, OKR_MERGE_ADDED, info->entity, sqlite3_column_blob (stmt, 0),
              sqlite3_column_bytes (stmt, 0), (const char *) sqlite3_column_text (stmt, 1),
              device_name (m, sqlite3_column_int64 (stmt, 2)), NULL, 0);
  m->report->n_added++;
  return TRUE;
}

static gboolean
report_life (Merge *m, sqlite3_stmt *stmt, gpointer data, GError **error)
{
  const OkrTableInfo *info = data;
  RowKey key = { info->entity, sqlite3_column_int64 (stmt, 0) };
  gboolean deleted = sqlite3_column_int (stmt, 3) != 0;
  OkrStamp *revived_by = g_hash_table_lookup (m->restored, &key);
  OkrStamp stamp = deleted ? sqlite3_column_int64 (stmt, 4)
                 : revived_by != NULL ? *revived_by : sqlite3_column_int64 (stmt, 5);

  add_change (m, deleted ? OKR_MERGE_DELETED : OKR_MERGE_RESTORED, info->entity,
              sqlite3_column_blob (stmt, 1), sqlite3_column_bytes (stmt, 1),
              (const char *) sqlite3_column_text (stmt, 2), device_name (m, stamp), NULL, 0);
  if (deleted)
    m->report->n_deleted++;
  else
    m->report->n_restored++;
  return TRUE;
}

static gboolean
report_history (Merge *m, sqlite3_stmt *stmt, gpointer data, GError **error)
{
  const OkrTableInfo *info = data;
  guint count = (guint) sqlite3_column_int64 (stmt, 3);

  add_change (m, OKR_MERGE_HISTORY, info->entity, sqlite3_column_blob (stmt, 0),
              sqlite3_column_bytes (stmt, 0), (const char *) sqlite3_column_text (stmt, 1),
              (const char *) sqlite3_column_text (stmt, 2), NULL, count);
  m->report->n_history += count;
  m->report->n_changes += count - 1;
  return TRUE;
}

/* The row that history belongs to, following references until an editable table. */
static const OkrTableInfo *
history_owner (const OkrTableInfo *info, GString *join, const char **owner_alias)
{
  static const char *aliases[] = { "x", "h1", "h2", "h3", "h4" };
  const char *alias = aliases[0];

  for (guint depth = 0; info->append_only && depth < G_N_ELEMENTS (aliases) - 1; depth++)
    {
      const OkrField *ref = NULL;
      for (guint f = 0; f < info->n_fields && ref == NULL; f++)
        if (info->fields[f].type == OKR_FIELD_REF && info->fields[f].ref != OKR_ENTITY_PERSON)
          ref = &info->fields[f];
      if (ref == NULL)
        return NULL;
      g_string_append_printf (join, " LEFT JOIN main.%s h%u ON h%u.id = %s.%s",
                              okr_schema_get_table (ref->ref)->table, depth + 1, depth + 1,
                              alias, ref->name);
      info = okr_schema_get_table (ref->ref);
      alias = aliases[depth + 1];
    }
  *owner_alias = alias;
  return info->append_only ? NULL : info;
}

static gboolean
build_report (Merge *m, GError **error)
{
  GHashTableIter iter;
  gpointer k, v;

  if (!run (m->db, "SELECT uuid, name FROM main.devices ORDER BY uuid", load_device, m, NULL,
            error))
    return FALSE;

  for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
    {
      const OkrTableInfo *info = okr_schema_get_table (e);
      g_autofree char *title = title_of (info, "x", 0);
      g_autofree char *sql = NULL;

      if (!info->append_only)
        {
          g_autofree char *life = activity_of (info, "x");
          sql = g_strdup_printf ("SELECT x.uuid, %s, %s FROM main.%s x WHERE x.id >= %"
                                 G_GINT64_FORMAT " ORDER BY x.uuid",
                                 title, life, info->table, m->first_new[e]);
          if (!run (m->db, sql, report_added, m, (gpointer) info, error))
            return FALSE;
        }
      else
        {
          g_autoptr(GString) join = g_string_new (NULL);
          const char *owner_alias = "x";
          const OkrTableInfo *owner = history_owner (info, join, &owner_alias);
          g_autofree char *owner_title = NULL;

          if (owner == NULL)
            {
              g_string_truncate (join, 0);
              owner_alias = "x";
              owner_title = g_strdup ("''");
            }
          else
            owner_title = title_of (owner, owner_alias, 0);
          sql = g_strdup_printf ("SELECT %s.uuid, %s, d.name, count(*) FROM main.%s x "
                                 "JOIN main.devices d ON d.id = x.device_id%s "
                                 "WHERE x.id >= %" G_GINT64_FORMAT " "
                                 "GROUP BY %s.uuid, d.id ORDER BY %s.uuid, d.uuid",
                                 owner_alias, owner_title, info->table, join->str,
                                 m->first_new[e], owner_alias, owner_alias);
          if (!run (m->db, sql, report_history, m, (gpointer) info, error))
            return FALSE;
        }
    }

  g_hash_table_iter_init (&iter, m->edited);
  while (g_hash_table_iter_next (&iter, &k, &v))
    {
      const RowKey *key = k;
      EditedRow *row = v;
      const OkrTableInfo *info = okr_schema_get_table (key->entity);
      g_autofree char *sql = g_strdup_printf ("SELECT deleted FROM main.%s WHERE id = %"
                                              G_GINT64_FORMAT, info->table, key->id);
      g_autofree char *title = NULL;
      GStrvBuilder *b;
      OkrUuid uuid;

      /* A deletion is reported as such below, whatever else changed. */
      if (row->fields->len == 0 || query_int (m->db, sql) != 0)
        continue;
      title = display_title (m, info, key->id);
      okr_store_get_uuid (m->store, key->entity, key->id, &uuid);
      b = g_strv_builder_new ();
      for (guint i = 0; i < row->fields->len; i++)
        g_strv_builder_add (b, row->fields->pdata[i]);
      add_change (m, OKR_MERGE_EDITED, key->entity, uuid.bytes, 16, title,
                  device_name (m, row->stamp), g_strv_builder_end (b), 0);
      g_strv_builder_unref (b);
      m->report->n_edited++;
    }

  /* Deleted and restored: rows whose life changed, against what was shown before. */
  for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
    {
      const OkrTableInfo *info = okr_schema_get_table (e);
      g_autofree char *title = title_of (info, "x", 0);
      g_autofree char *life = activity_of (info, "x");
      g_autofree char *sql = NULL;

      if (info->append_only)
        continue;
      sql = g_strdup_printf ("SELECT x.id, x.uuid, %s, x.deleted, x.deleted_at, %s "
                             "FROM main.%s x WHERE x.id < %" G_GINT64_FORMAT " AND "
                             "x.deleted = NOT EXISTS (SELECT 1 FROM temp.merge_dead d "
                             "WHERE d.tbl = '%s' AND d.id = x.id) ORDER BY x.uuid",
                             title, life, info->table, m->first_new[e], info->table);
      if (!run (m->db, sql, report_life, m, (gpointer) info, error))
        return FALSE;
    }
  return TRUE;
}

/* Lists first what a leader most wants to see: additions and edits, by table. */
static int
compare_changes (gconstpointer a, gconstpointer b)
{
  const OkrMergeChange *x = *(OkrMergeChange **) a, *y = *(OkrMergeChange **) b;

  if (x->entity != y->entity)
    return x->entity < y->entity ? -1 : 1;
  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  return g_utf8_collate (x->title, y->title);
}

/* ───────────────────────── the merge ───────────────────────── */

/* What the edits of a copy add up to: per table, its rows and the sums of its stamps. After
 * a merge every row and stamp here is at least the other copy's, so equal sums mean equal
 * edits (repairs change values, never stamps). */
static char *
fingerprint (OkrDb *db, const char *schema)
{
  g_autoptr(GString) result = g_string_new (NULL);

  for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
    {
      const OkrTableInfo *info = okr_schema_get_table (e);
      g_autoptr(GPtrArray) cols = stamp_columns (info, TRUE);
      g_autoptr(GString) sql = g_string_new ("SELECT count(*)");

      for (guint i = 0; i < cols->len; i++)
        g_string_append_printf (sql, ", coalesce (sum (%s >> 32), 0), "
                                "coalesce (sum (%s & 4294967295), 0)",
                                (const char *) cols->pdata[i], (const char *) cols->pdata[i]);
      g_string_append_printf (sql, " FROM %s.%s", schema, info->table);
      {
        sqlite3_stmt *stmt = NULL;
        if (sqlite3_prepare_v2 (okr_db_get_handle (db), sql->str, -1, &stmt, NULL) == SQLITE_OK &&
            sqlite3_step (stmt) == SQLITE_ROW)
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (result, "%" G_GINT64_FORMAT ",",
                                    (gint64) sqlite3_column_int64 (stmt, c));
        sqlite3_finalize (stmt);
      }
      g_string_append_c (result, ';');
    }
  return g_string_free (g_steal_pointer (&result), FALSE);
}

static void
warn_clocks_ahead (Merge *m, GHashTable *tags_ahead)
{
  GHashTableIter iter;
  gpointer tag;

  g_hash_table_iter_init (&iter, tags_ahead);
  while (g_hash_table_iter_next (&iter, &tag, NULL))
    {
      const char *name = g_hash_table_lookup (m->devices, tag);
      /* Translators: %s is a computer's name. */
      warn (m, g_strdup_printf (_("The clock of “%s” is set in the future. Its edits were "
                                  "dated back to no later than tomorrow; check that "
                                  "computer’s date and time."),
                                name != NULL && *name != '\0' ? name : _("another computer")));
    }
}

/* Which rows are deleted before the merge: what the report compares with. */
static gboolean
note_dead_rows (Merge *m, GError **error)
{
  if (!run (m->db, "DROP TABLE IF EXISTS temp.merge_dead", NULL, NULL, NULL, error) ||
      !run (m->db, "CREATE TEMP TABLE merge_dead (tbl TEXT, id INTEGER, PRIMARY KEY (tbl, id))",
            NULL, NULL, NULL, error))
    return FALSE;
  for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
    {
      const OkrTableInfo *info = okr_schema_get_table (e);
      if (!info->append_only &&
          !runf (m->db, error, "INSERT INTO temp.merge_dead SELECT '%s', id FROM main.%s "
                 "WHERE deleted = 1", info->table, info->table))
        return FALSE;
    }
  return TRUE;
}

/* Whether @rows (RowKey → …) holds a key result: one moved, deleted or brought back by the
 * merge changes the objectives' weekly confidence (schema v4) even with no new check-in. */
static gboolean
touches_key_results (GHashTable *rows)
{
  GHashTableIter iter;
  const RowKey *key;

  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    if (key->entity == OKR_ENTITY_KEY_RESULT)
      return TRUE;
  return FALSE;
}

/* Whether a repair of an earlier merge (a KR brought back because something in it was
 * edited after its deletion) was on a key result: undone and not made again, it deletes
 * the KR once more by SQL, outside the rows this merge edits or restores. */
static gboolean
repairs_touch_key_results (GHashTable *repairs)
{
  GHashTableIter iter;
  const char *key;

  g_hash_table_iter_init (&iter, repairs);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    if (g_str_has_prefix (key, "key_results:") ||
        g_str_has_prefix (key, REPAIR_PREFIX "key_results:"))
      return TRUE;
  return FALSE;
}

static gboolean
merge_attached (Merge *m, GError **error)
{
  gboolean history = FALSE;

  if (!merge_devices (m, error))
    return FALSE;
  for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
    if (!insert_missing (m, okr_schema_get_table (e), error))
      return FALSE;
  for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
    {
      const OkrTableInfo *info = okr_schema_get_table (e);
      for (guint f = 0; !info->append_only && f < info->n_fields; f++)
        if (okr_schema_has_stamp (info, f) && !merge_field (m, info, f, error))
          return FALSE;
    }
  for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
    {
      const OkrTableInfo *info = okr_schema_get_table (e);
      if (!info->append_only && !revive_edited (m, info, error))
        return FALSE;
    }
  if (!repair_parent_loops (m, OKR_ENTITY_UNIT, error) ||
      !repair_parent_loops (m, OKR_ENTITY_CYCLE, error) ||
      !repair_alignments (m, error) || !revive_containers (m, error))
    return FALSE;

  for (OkrEntity e = OKR_ENTITY_CHECKIN; e <= OKR_ENTITY_RETRACTION; e++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM main.%s WHERE id >= %"
                                              G_GINT64_FORMAT, okr_schema_get_table (e)->table,
                                              m->first_new[e]);
      history |= query_int (m->db, sql) > 0;
    }
  if (history)
    {
      /* The derived state: retracted check-ins, every KR's current value and every
       * objective's weekly confidence. */
      if (!run (m->db, "UPDATE main.checkins SET retracted = 1 WHERE retracted = 0 AND id IN "
                       "(SELECT checkin_id FROM main.retractions)", NULL, NULL, NULL, error) ||
          !_okr_store_refresh_all_current (m->store, error))
        return FALSE;
      m->touched |= 1u << OKR_ENTITY_KEY_RESULT;
    }
  else if ((touches_key_results (m->edited) || touches_key_results (m->restored) ||
            repairs_touch_key_results (m->old_repairs)) &&
           !_okr_store_refresh_all_weeks (m->store, error))
    return FALSE;
  return build_report (m, error);
}

/**
 * okr_store_merge:
 * @into: the document to merge into; it must be writable
 * @other_path: another copy of the same document (same document id)
 * @report: (out) (optional) (transfer full): what changed, for the leader to read
 *
 * Merges every edit of the other copy into this one by the rule described at the top of
 * okr-merge.c: deterministic, commutative, associative and idempotent; no check-in is ever
 * lost. The other file is opened defensively and is never written. One transaction: on any
 * failure the document is as it was. Emits #OkrStore::changed when anything changed; the
 * undo history ends there.
 */
gboolean
okr_store_merge (OkrStore *into, const char *other_path, OkrMergeReport **report,
                 GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (into), FALSE);
  g_return_val_if_fail (other_path != NULL, FALSE);
  g_return_val_if_fail (report == NULL || *report == NULL, FALSE);

  g_autoptr(OkrMergeReport) r = okr_merge_report_new ();
  g_autoptr(GHashTable) tags_ahead = g_hash_table_new (NULL, NULL);
  g_autofree char *dir = NULL;
  g_autofree char *snapshot = NULL;
  Merge m = { .store = into, .report = r };
  OkrStamp highest = 0;
  gboolean ok = FALSE, attached = FALSE;
  sqlite3_stmt *attach = NULL;

  if (okr_store_is_read_only (into))
    {
      g_autofree char *name = g_filename_display_basename (okr_store_get_path (into));
      g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only, so changes can’t be saved."), name);
      return FALSE;
    }
  m.db = _okr_store_get_db (into);
  m.bound = (okr_stamp_now_unix_ms () + OKR_MERGE_MAX_AHEAD_MS - OKR_STAMP_EPOCH_MS)
            << TIME_SHIFT | ((G_GINT64_CONSTANT (1) << TIME_SHIFT) - 1);
  m.edited = g_hash_table_new_full (row_key_hash, row_key_equal, g_free, edited_row_free);
  m.restored = g_hash_table_new_full (row_key_hash, row_key_equal, g_free, g_free);
  m.old_repairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  m.devices = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  snapshot = snapshot_other (other_path, &dir, error);
  if (snapshot == NULL || !prepare_other (&m, snapshot, other_path, &highest, tags_ahead, error))
    goto out;

  /* ATTACH and DETACH can't run inside a transaction. */
  attach = okr_db_prepare (m.db, "ATTACH DATABASE ? AS other", error);
  if (attach == NULL)
    goto out;
  sqlite3_bind_text (attach, 1, snapshot, -1, SQLITE_TRANSIENT);
  if (!okr_db_step_done (m.db, attach, error))
    goto out;
  attached = TRUE;

  okr_store_begin_edit (into, _("Merge"));
  _okr_store_set_merging (into, TRUE);
  ok = note_dead_rows (&m, error) && put_back_repairs (m.db, &m, error) &&
       clamp_stamps (&m, m.db, tags_ahead, error) && merge_attached (&m, error);
  if (ok)
    {
      warn_clocks_ahead (&m, tags_ahead);
      _okr_store_observe (into, MAX (highest, highest_stamp (m.db)));
      for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
        if (m.touched & (1u << e))
          _okr_store_touch (into, e);
      g_autofree char *mine = fingerprint (m.db, "main");
      g_autofree char *theirs = fingerprint (m.db, "other");

      r->in_sync = g_str_equal (mine, theirs);
      if (m.touched != 0)
        _okr_store_end_undo_history (into);
      ok = okr_store_end_edit (into, error);
    }
  else
    okr_store_abort_edit (into);
  _okr_store_set_merging (into, FALSE);

out:
  if (attached)
    {
      for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
        if (has_map (e))
          runf (m.db, NULL, "DROP TABLE IF EXISTS temp.merge_map_%s",
                okr_schema_get_table (e)->table);
      okr_db_exec (m.db, "DROP TABLE IF EXISTS temp.merge_map_devices", NULL);
      okr_db_exec (m.db, "DROP TABLE IF EXISTS temp.merge_activity", NULL);
      okr_db_exec (m.db, "DROP TABLE IF EXISTS temp.merge_dead", NULL);
      okr_db_exec (m.db, "DETACH DATABASE other", NULL);
    }
  remove_snapshot (dir);
  g_hash_table_unref (m.edited);
  g_hash_table_unref (m.restored);
  g_hash_table_unref (m.old_repairs);
  g_hash_table_unref (m.devices);
  if (ok)
    {
      g_ptr_array_sort (r->changes, compare_changes);
      if (report != NULL)
        *report = g_steal_pointer (&r);
    }
  return ok;
}

/* ───────────────────────── reports ───────────────────────── */

static void
change_free (gpointer data)
{
  OkrMergeChange *c = data;
  g_free (c->title);
  g_free (c->device);
  g_strfreev (c->fields);
  g_free (c);
}

OkrMergeReport *
okr_merge_report_new (void)
{
  OkrMergeReport *r = g_new0 (OkrMergeReport, 1);
  r->changes = g_ptr_array_new_with_free_func (change_free);
  r->warnings = g_ptr_array_new_with_free_func (g_free);
  return r;
}

void
okr_merge_report_free (OkrMergeReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->changes);
  g_ptr_array_unref (report->warnings);
  g_free (report);
}

gboolean
okr_merge_report_has_changes (const OkrMergeReport *report)
{
  return report != NULL && report->n_changes > 0;
}

/* Adds the changes and warnings of @from (which is emptied) to @into. */
void
okr_merge_report_absorb (OkrMergeReport *into, OkrMergeReport *from)
{
  g_return_if_fail (into != NULL && from != NULL);

  into->n_changes += from->n_changes;
  into->n_added += from->n_added;
  into->n_edited += from->n_edited;
  into->n_deleted += from->n_deleted;
  into->n_restored += from->n_restored;
  into->n_history += from->n_history;
  while (from->changes->len > 0)
    {
      gpointer c = g_ptr_array_steal_index (from->changes, 0);
      if (into->changes->len < OKR_MERGE_REPORT_MAX)
        g_ptr_array_add (into->changes, c);
      else
        change_free (c);
    }
  while (from->warnings->len > 0)
    {
      char *w = g_ptr_array_steal_index (from->warnings, 0);
      gboolean seen = FALSE;
      for (guint i = 0; i < into->warnings->len && !seen; i++)
        seen = g_str_equal (into->warnings->pdata[i], w);
      if (seen)
        g_free (w);
      else
        g_ptr_array_add (into->warnings, w);
    }
}

const char *
okr_entity_get_label (OkrEntity entity)
{
  static const char *labels[OKR_ENTITY_N] = {
    [OKR_ENTITY_PERSON] = N_("Person"),
    [OKR_ENTITY_UNIT] = N_("Unit"),
    [OKR_ENTITY_CYCLE] = N_("Cycle"),
    [OKR_ENTITY_OBJECTIVE] = N_("Objective"),
    [OKR_ENTITY_KEY_RESULT] = N_("Key result"),
    [OKR_ENTITY_MILESTONE] = N_("Milestone"),
    [OKR_ENTITY_INITIATIVE] = N_("Initiative"),
    [OKR_ENTITY_SCORE] = N_("Score"),
    [OKR_ENTITY_KPI] = N_("KPI"),
    [OKR_ENTITY_RETROSPECTIVE] = N_("Retrospective"),
    [OKR_ENTITY_CHECKIN] = N_("Check-in"),
    [OKR_ENTITY_RETRACTION] = N_("Retraction"),
    [OKR_ENTITY_KPI_READING] = N_("KPI reading"),
    [OKR_ENTITY_EVENT] = N_("Event"),
  };

  g_return_val_if_fail (entity < OKR_ENTITY_N, "");
  return labels[entity] != NULL ? _(labels[entity]) : "";
}

/* The name a field goes by in a sentence; columns added later show as they are named. */
static const char *
field_label (const char *column)
{
  static const struct { const char *column; const char *label; } labels[] = {
    { "name", N_("name") },
    { "email", N_("e-mail") },
    { "parent_id", N_("place in the tree") },
    { "kind", N_("kind") },
    { "lead_id", N_("lead") },
    { "position", N_("order") },
    { "start_date", N_("start") },
    { "end_date", N_("end") },
    { "state", N_("state") },
    { "cycle_id", N_("cycle") },
    { "unit_id", N_("unit") },
    { "title", N_("title") },
    { "description", N_("description") },
    { "owner_id", N_("owner") },
    { "aspirational", N_("ambition") },
    { "align_objective_id", N_("alignment") },
    { "align_kr_id", N_("alignment") },
    { "objective_id", N_("objective") },
    { "baseline", N_("baseline") },
    { "target", N_("target") },
    { "unit_label", N_("unit of measure") },
    { "direction", N_("direction") },
    { "weight", N_("weight") },
    { "kr_id", N_("key result") },
    { "done", N_("done") },
    { "score", N_("score") },
    { "reason", N_("reason") },
    { "author_id", N_("author") },
    { "green", N_("green threshold") },
    { "red", N_("red threshold") },
    { "went_well", N_("what went well") },
    { "went_badly", N_("what went badly") },
    { "to_change", N_("what to change") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].column, column))
      return _(labels[i].label);
  return column;
}

/**
 * okr_merge_change_describe:
 *
 * Returns: (transfer full): one sentence saying who changed what, e.g. “lan-laptop edited
 *   “Grow revenue”: title, target.”
 */
char *
okr_merge_change_describe (const OkrMergeChange *change)
{
  const char *who = change->device != NULL && *change->device != '\0' ? change->device
                                                                        : _("Another computer");

  switch (change->kind)
    {
    case OKR_MERGE_ADDED:
      /* Translators: "lan-laptop added “Grow revenue”." The first %s is a computer. */
      return g_strdup_printf (_("%s added “%s”."), who, change->title);
    case OKR_MERGE_EDITED:
      {
        g_autoptr(GPtrArray) labels = g_ptr_array_new ();
        g_autofree char *list = NULL;

        for (guint i = 0; change->fields != NULL && change->fields[i] != NULL; i++)
          {
            const char *label = field_label (change->fields[i]);
            gboolean seen = FALSE;
            for (guint j = 0; j < labels->len && !seen; j++)
              seen = g_str_equal (labels->pdata[j], label);
            if (!seen)
              g_ptr_array_add (labels, (gpointer) label);
          }
        g_ptr_array_add (labels, NULL);
        /* Translators: separates the names of the fields that changed. */
        list = g_strjoinv (_(", "), (char **) labels->pdata);
        /* Translators: "lan-laptop edited “Grow revenue”: title, target." */
        return g_strdup_printf (_("%s edited “%s”: %s."), who, change->title, list);
      }
    case OKR_MERGE_DELETED:
      return g_strdup_printf (_("%s deleted “%s”."), who, change->title);
    case OKR_MERGE_RESTORED:
      return g_strdup_printf (_("%s edited “%s” after it was deleted, so it is back."), who,
                              change->title);
    case OKR_MERGE_HISTORY:
      switch (change->entity)
        {
        case OKR_ENTITY_CHECKIN:
          return g_strdup_printf (ngettext ("%s added %u check-in to “%s”.",
                                            "%s added %u check-ins to “%s”.", change->count),
                                  who, change->count, change->title);
        case OKR_ENTITY_RETRACTION:
          return g_strdup_printf (ngettext ("%s retracted %u check-in of “%s”.",
                                            "%s retracted %u check-ins of “%s”.", change->count),
                                  who, change->count, change->title);
        case OKR_ENTITY_KPI_READING:
          return g_strdup_printf (ngettext ("%s added %u reading to “%s”.",
                                            "%s added %u readings to “%s”.", change->count),
                                  who, change->count, change->title);
        default:
          return g_strdup_printf (ngettext ("%s recorded %u event on “%s”.",
                                            "%s recorded %u events on “%s”.", change->count),
                                  who, change->count, change->title);
        }
    default:
      g_assert_not_reached ();
    }
}
