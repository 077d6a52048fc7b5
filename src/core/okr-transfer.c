/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-transfer.c — the whole document as JSON and back, exactly (ids and stamps included)
 *
 * The export is canonical: tables in a fixed order, rows ordered by uuid, references
 * written as uuids, so two documents with the same content export to the same bytes
 * whatever their local row ids. Derived columns (a KR's current value, a check-in's
 * retracted flag) are not written; import recomputes them.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "okr-json.h"
#include "okr-store-private.h"
#include "okr-transfer.h"

#define FORMAT_NAME "cascade"

static const char *
ref_table (const OkrField *f)
{
  return okr_schema_get_table (f->ref)->table;
}

static const char *
export_sql (const OkrTableInfo *info)
{
  static const char *cache[OKR_ENTITY_N];

  if (cache[info->entity] != NULL)
    return cache[info->entity];

  g_autoptr(GString) sql = g_string_new ("SELECT x.uuid");
  for (guint i = 0; i < info->n_fields; i++)
    {
      const OkrField *f = &info->fields[i];
      if (f->type == OKR_FIELD_REF)
        g_string_append_printf (sql, ", (SELECT uuid FROM %s WHERE id = x.%s)",
                                ref_table (f), f->name);
      else
        g_string_append_printf (sql, ", x.%s", f->name);
    }
  if (info->append_only)
    g_string_append (sql, ", x.stamp, (SELECT uuid FROM devices WHERE id = x.device_id)");
  else
    for (guint i = 0; i < info->n_fields; i++)
      if (okr_schema_has_stamp (info, i))
        g_string_append_printf (sql, ", x.%s_at", info->fields[i].name);
  g_string_append_printf (sql, " FROM %s x ORDER BY x.uuid", info->table);

  cache[info->entity] = g_intern_string (sql->str);
  return cache[info->entity];
}

static void
write_uuid_column (OkrJsonWriter *w, sqlite3_stmt *stmt, int col)
{
  OkrUuid uuid;
  char text[OKR_UUID_STRING_LEN + 1];

  if (!okr_uuid_from_blob (sqlite3_column_blob (stmt, col), sqlite3_column_bytes (stmt, col),
                           &uuid))
    {
      okr_json_null (w);
      return;
    }
  okr_uuid_write (&uuid, text);
  okr_json_string (w, text);
}

static void
write_field (OkrJsonWriter *w, const OkrField *f, sqlite3_stmt *stmt, int col)
{
  if (sqlite3_column_type (stmt, col) == SQLITE_NULL)
    {
      okr_json_null (w);
      return;
    }
  switch (f->type)
    {
    case OKR_FIELD_TEXT:
    case OKR_FIELD_DATE:
      okr_json_string (w, (const char *) sqlite3_column_text (stmt, col));
      break;
    case OKR_FIELD_REAL:
      okr_json_number (w, sqlite3_column_double (stmt, col));
      break;
    case OKR_FIELD_INT:
      okr_json_int (w, sqlite3_column_int64 (stmt, col));
      break;
    case OKR_FIELD_BOOL:
      okr_json_bool (w, sqlite3_column_int (stmt, col) != 0);
      break;
    case OKR_FIELD_REF:
      write_uuid_column (w, stmt, col);
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
export_table (OkrDb *db, const OkrTableInfo *info, OkrJsonWriter *w, GError **error)
{
  sqlite3_stmt *stmt = okr_db_prepare (db, export_sql (info), error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  okr_json_key (w, info->table);
  okr_json_begin_array (w);
  while (okr_db_step (db, stmt, &has_row, error) && has_row)
    {
      int col = 0;

      okr_json_begin_object (w);
      okr_json_key (w, "id");
      write_uuid_column (w, stmt, col++);
      for (guint i = 0; i < info->n_fields; i++)
        {
          okr_json_key (w, info->fields[i].name);
          write_field (w, &info->fields[i], stmt, col++);
        }
      if (info->append_only)
        {
          okr_json_key (w, "stamp");
          okr_json_int (w, sqlite3_column_int64 (stmt, col++));
          okr_json_key (w, "device");
          write_uuid_column (w, stmt, col++);
        }
      else
        {
          okr_json_key (w, "stamps");
          okr_json_begin_object (w);
          for (guint i = 0; i < info->n_fields; i++)
            if (okr_schema_has_stamp (info, i))
              {
                okr_json_key (w, info->fields[i].name);
                okr_json_int (w, sqlite3_column_int64 (stmt, col++));
              }
          okr_json_end_object (w);
        }
      okr_json_end_object (w);
    }
  okr_json_end_array (w);
  if (error != NULL && *error != NULL)
    return FALSE;
  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * okr_store_export_json:
 * @out: where the JSON goes; it is streamed, never held whole in memory
 */
gboolean
okr_store_export_json (OkrStore *self, GOutputStream *out, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  OkrDb *db = _okr_store_get_db (self);
  g_autoptr(OkrJsonWriter) w = okr_json_writer_new (out, 2);
  char id[OKR_UUID_STRING_LEN + 1];
  sqlite3_stmt *stmt;
  gboolean has_row, ok = TRUE;

  /* One read transaction: the export is a consistent snapshot. */
  if (!okr_db_exec (db, "BEGIN", error))
    return FALSE;

  okr_uuid_write (okr_store_get_document_id (self), id);
  okr_json_begin_object (w);
  okr_json_key (w, "format");
  okr_json_string (w, FORMAT_NAME);
  okr_json_key (w, "version");
  okr_json_int (w, OKR_SCHEMA_VERSION);
  okr_json_key (w, "document_id");
  okr_json_string (w, id);

  stmt = okr_db_prepare (db, "SELECT value FROM meta WHERE key = 'created'", error);
  ok = stmt != NULL && okr_db_step (db, stmt, &has_row, error);
  if (ok)
    {
      okr_json_key (w, "created");
      okr_json_string (w, has_row ? (const char *) sqlite3_column_text (stmt, 0) : NULL);
      sqlite3_reset (stmt);
    }

  stmt = ok ? okr_db_prepare (db, "SELECT uuid, name FROM devices ORDER BY uuid", error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      okr_json_key (w, "devices");
      okr_json_begin_array (w);
      while ((ok = okr_db_step (db, stmt, &has_row, error)) && has_row)
        {
          okr_json_begin_object (w);
          okr_json_key (w, "id");
          write_uuid_column (w, stmt, 0);
          okr_json_key (w, "name");
          okr_json_string (w, (const char *) sqlite3_column_text (stmt, 1));
          okr_json_end_object (w);
        }
      okr_json_end_array (w);
      sqlite3_reset (stmt);
    }

  for (OkrEntity e = 0; ok && e < OKR_ENTITY_N; e++)
    ok = export_table (db, okr_schema_get_table (e), w, error);
  okr_json_end_object (w);

  okr_db_exec (db, "COMMIT", NULL);
  return ok && okr_json_writer_finish (w, error);
}

/* ───────────────────────── import ───────────────────────── */

typedef struct {
  OkrStore *store;
  OkrDb    *db;
  sqlite3  *json;      /* an in-memory connection whose JSON functions read the file */
  GBytes   *bytes;
  OkrStamp  max_stamp;
  GArray   *deferred;  /* Deferred: references to rows not imported yet */
} Import;

typedef struct {
  OkrEntity entity;
  gint64    id;
  guint     field;
  OkrUuid   target;
} Deferred;

static gboolean
bad_file (GError **error, const char *what)
{
  /* Translators: %s says what is wrong, e.g. "people[3].name should be text". */
  g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
               _("This is not a Cascade export that can be imported: %s."), what);
  return FALSE;
}

static gboolean
json_fail (Import *im, GError **error)
{
  g_autofree char *what = g_strdup_printf ("%s", sqlite3_errmsg (im->json));
  return bad_file (error, what);
}

static sqlite3_stmt *
json_prepare (Import *im, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (im->json, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      json_fail (im, error);
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, g_bytes_get_data (im->bytes, NULL),
                     (int) g_bytes_get_size (im->bytes), SQLITE_STATIC);
  return stmt;
}

static gboolean
read_uuid_text (sqlite3_stmt *stmt, int col, OkrUuid *uuid)
{
  return sqlite3_column_type (stmt, col) == SQLITE_TEXT &&
         okr_uuid_parse ((const char *) sqlite3_column_text (stmt, col), uuid);
}

static gint64
device_id_for (Import *im, const OkrUuid *uuid)
{
  sqlite3_stmt *stmt = okr_db_prepare (im->db, "SELECT id FROM devices WHERE uuid = ?", NULL);
  gboolean has_row = FALSE;
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_blob (stmt, 1, uuid->bytes, 16, SQLITE_TRANSIENT);
  if (okr_db_step (im->db, stmt, &has_row, NULL) && has_row)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

static gboolean
import_header (Import *im, OkrUuid *document_id, char **created, GError **error)
{
  sqlite3_stmt *stmt = json_prepare (im, "SELECT json_valid (?1), json_extract (?1, '$.format'), "
                                         "json_extract (?1, '$.version'), "
                                         "json_extract (?1, '$.document_id'), "
                                         "json_extract (?1, '$.created')", error);
  gboolean ok = FALSE;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    json_fail (im, error);
  else if (sqlite3_column_int (stmt, 0) != 1)
    bad_file (error, _("it is not valid JSON"));
  else if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), FORMAT_NAME) != 0)
    bad_file (error, _("it does not come from Cascade"));
  else if (sqlite3_column_int (stmt, 2) < 1 || sqlite3_column_int (stmt, 2) > OKR_SCHEMA_VERSION)
    bad_file (error, _("it comes from a newer version of Cascade"));
  else if (!read_uuid_text (stmt, 3, document_id))
    bad_file (error, _("its document id is missing"));
  else
    {
      *created = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      ok = TRUE;
    }
  sqlite3_finalize (stmt);
  return ok;
}

static gboolean
import_devices (Import *im, GError **error)
{
  sqlite3_stmt *stmt = json_prepare (im, "SELECT json_extract (value, '$.id'), "
                                         "json_extract (value, '$.name') "
                                         "FROM json_each (?1, '$.devices')", error);
  sqlite3_stmt *insert = okr_db_prepare (im->db, "INSERT INTO devices (uuid, name) VALUES (?, ?)",
                                         error);
  int rc;
  gboolean ok = insert != NULL;

  if (stmt == NULL)
    return FALSE;
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OkrUuid uuid;
      const char *name = (const char *) sqlite3_column_text (stmt, 1);

      if (!read_uuid_text (stmt, 0, &uuid))
        {
          ok = bad_file (error, _("a device has no valid id"));
          break;
        }
      sqlite3_bind_blob (insert, 1, uuid.bytes, 16, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 2, name != NULL ? name : "", -1, SQLITE_TRANSIENT);
      ok = okr_db_step_done (im->db, insert, error);
    }
  if (ok && rc != SQLITE_DONE)
    ok = json_fail (im, error);
  sqlite3_finalize (stmt);
  return ok;
}

/* For each field: json_type and json_extract, then the stamps (or stamp and device). */
static char *
import_select_sql (const OkrTableInfo *info)
{
  g_autoptr(GString) sql = g_string_new ("SELECT json_extract (value, '$.id')");

  for (guint i = 0; i < info->n_fields; i++)
    g_string_append_printf (sql, ", json_type (value, '$.%s'), json_extract (value, '$.%s')",
                            info->fields[i].name, info->fields[i].name);
  if (info->append_only)
    g_string_append (sql, ", json_extract (value, '$.stamp'), json_extract (value, '$.device')");
  else
    for (guint i = 0; i < info->n_fields; i++)
      if (okr_schema_has_stamp (info, i))
        g_string_append_printf (sql, ", json_extract (value, '$.stamps.%s')",
                                info->fields[i].name);
  g_string_append_printf (sql, " FROM json_each (?1, '$.%s')", info->table);
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static const char *
insert_sql (const OkrTableInfo *info)
{
  static const char *cache[OKR_ENTITY_N];

  if (cache[info->entity] != NULL)
    return cache[info->entity];

  g_autoptr(GString) cols = g_string_new ("uuid");
  g_autoptr(GString) vals = g_string_new ("?");
  for (guint i = 0; i < info->n_fields; i++)
    {
      g_string_append_printf (cols, ", %s", info->fields[i].name);
      g_string_append (vals, ", ?");
    }
  if (info->append_only)
    {
      g_string_append (cols, ", stamp, device_id");
      g_string_append (vals, ", ?, ?");
    }
  else
    for (guint i = 0; i < info->n_fields; i++)
      if (okr_schema_has_stamp (info, i))
        {
          g_string_append_printf (cols, ", %s_at", info->fields[i].name);
          g_string_append (vals, ", ?");
        }
  g_autofree char *sql = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s) RETURNING id",
                                          info->table, cols->str, vals->str);
  cache[info->entity] = g_intern_string (sql);
  return cache[info->entity];
}

/* Binds one field from its JSON type and value, refusing anything of the wrong type. */
static gboolean
bind_field (Import *im, const OkrTableInfo *info, guint i, sqlite3_stmt *from, int col,
            sqlite3_stmt *insert, int bind, gint64 *deferred_target, GError **error)
{
  const OkrField *f = &info->fields[i];
  const char *type = (const char *) sqlite3_column_text (from, col);
  g_autofree char *where = g_strdup_printf ("%s.%s", info->table, f->name);

  *deferred_target = 0;
  if (type == NULL || g_str_equal (type, "null"))
    {
      if (!f->nullable)
        {
          g_autofree char *what = g_strdup_printf (_("%s is missing"), where);
          return bad_file (error, what);
        }
      sqlite3_bind_null (insert, bind);
      return TRUE;
    }

  switch (f->type)
    {
    case OKR_FIELD_TEXT:
    case OKR_FIELD_DATE:
      if (!g_str_equal (type, "text"))
        break;
      sqlite3_bind_value (insert, bind, sqlite3_column_value (from, col + 1));
      return TRUE;
    case OKR_FIELD_REAL:
      if (!g_str_equal (type, "real") && !g_str_equal (type, "integer"))
        break;
      sqlite3_bind_double (insert, bind, sqlite3_column_double (from, col + 1));
      return TRUE;
    case OKR_FIELD_INT:
      if (!g_str_equal (type, "integer"))
        break;
      sqlite3_bind_int64 (insert, bind, sqlite3_column_int64 (from, col + 1));
      return TRUE;
    case OKR_FIELD_BOOL:
      if (!g_str_equal (type, "true") && !g_str_equal (type, "false"))
        break;
      sqlite3_bind_int (insert, bind, g_str_equal (type, "true"));
      return TRUE;
    case OKR_FIELD_REF:
      {
        OkrUuid target;
        gint64 id;

        if (!g_str_equal (type, "text") || !read_uuid_text (from, col + 1, &target))
          break;
        /* Rows of this table or of later tables are not in yet: link them afterwards. */
        if (f->ref >= info->entity)
          {
            Deferred d = { .entity = info->entity, .field = i, .target = target };
            g_array_append_val (im->deferred, d);
            *deferred_target = 1;
            sqlite3_bind_null (insert, bind);
            return TRUE;
          }
        id = okr_store_lookup_uuid (im->store, f->ref, &target);
        if (id == 0)
          {
            g_autofree char *what = g_strdup_printf (_("%s refers to something that is not in "
                                                       "the file"), where);
            return bad_file (error, what);
          }
        sqlite3_bind_int64 (insert, bind, id);
        return TRUE;
      }
    default:
      g_assert_not_reached ();
    }

  g_autofree char *what = g_strdup_printf (_("%s has the wrong type"), where);
  return bad_file (error, what);
}

static gboolean
import_table (Import *im, const OkrTableInfo *info, GError **error)
{
  g_autofree char *select = import_select_sql (info);
  sqlite3_stmt *from = json_prepare (im, select, error);
  sqlite3_stmt *insert = okr_db_prepare (im->db, insert_sql (info), error);
  gboolean ok = insert != NULL;
  int rc = SQLITE_DONE;

  if (from == NULL)
    return FALSE;
  while (ok && (rc = sqlite3_step (from)) == SQLITE_ROW)
    {
      guint first_deferred = im->deferred->len;
      OkrUuid uuid;
      int col = 1, bind = 1;
      gboolean has_row;

      if (!read_uuid_text (from, 0, &uuid))
        {
          g_autofree char *what = g_strdup_printf (_("a row of %s has no valid id"), info->table);
          ok = bad_file (error, what);
          break;
        }
      sqlite3_reset (insert);
      sqlite3_bind_blob (insert, bind++, uuid.bytes, 16, SQLITE_TRANSIENT);
      for (guint i = 0; ok && i < info->n_fields; i++, col += 2)
        {
          gint64 deferred;
          ok = bind_field (im, info, i, from, col, insert, bind++, &deferred, error);
        }
      if (!ok)
        break;

      if (info->append_only)
        {
          OkrUuid device;
          gint64 stamp = sqlite3_column_int64 (from, col);
          gint64 device_id;

          if (!read_uuid_text (from, col + 1, &device) ||
              (device_id = device_id_for (im, &device)) == 0)
            {
              g_autofree char *what = g_strdup_printf (_("a row of %s has no valid device"),
                                                       info->table);
              ok = bad_file (error, what);
              break;
            }
          sqlite3_bind_int64 (insert, bind++, stamp);
          sqlite3_bind_int64 (insert, bind++, device_id);
          im->max_stamp = MAX (im->max_stamp, stamp);
        }
      else
        for (guint i = 0; i < info->n_fields; i++)
          if (okr_schema_has_stamp (info, i))
            {
              gint64 stamp = sqlite3_column_int64 (from, col++);
              sqlite3_bind_int64 (insert, bind++, stamp);
              im->max_stamp = MAX (im->max_stamp, stamp);
            }

      if (!okr_db_step (im->db, insert, &has_row, error))
        {
          ok = FALSE;
          break;
        }
      gint64 id = has_row ? sqlite3_column_int64 (insert, 0) : 0;
      sqlite3_reset (insert);
      for (guint d = first_deferred; d < im->deferred->len; d++)
        g_array_index (im->deferred, Deferred, d).id = id;
    }
  if (ok && rc != SQLITE_DONE)
    ok = json_fail (im, error);
  sqlite3_finalize (from);
  return ok;
}

static gboolean
link_deferred (Import *im, GError **error)
{
  for (guint i = 0; i < im->deferred->len; i++)
    {
      Deferred *d = &g_array_index (im->deferred, Deferred, i);
      const OkrTableInfo *info = okr_schema_get_table (d->entity);
      const OkrField *f = &info->fields[d->field];
      gint64 target = okr_store_lookup_uuid (im->store, f->ref, &d->target);
      g_autofree char *sql = g_strdup_printf ("UPDATE %s SET %s = ? WHERE id = ?", info->table,
                                              f->name);
      sqlite3_stmt *stmt;

      if (target == 0)
        {
          g_autofree char *what = g_strdup_printf (_("%s.%s refers to something that is not in "
                                                     "the file"), info->table, f->name);
          return bad_file (error, what);
        }
      stmt = okr_db_prepare (im->db, g_intern_string (sql), error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, target);
      sqlite3_bind_int64 (stmt, 2, d->id);
      if (!okr_db_step_done (im->db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Every mutable row must pass the same rules as an edit, leniently (history may point at
 * rows deleted since, and include closed cycles). */
static gboolean
validate_all (Import *im, GError **error)
{
  for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
    {
      const OkrTableInfo *info = okr_schema_get_table (e);
      g_autofree char *sql = NULL;
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      sqlite3_stmt *stmt;
      gboolean has_row;

      if (info->append_only)
        continue;
      sql = g_strdup_printf ("SELECT id FROM %s", info->table);
      stmt = okr_db_prepare (im->db, g_intern_string (sql), error);
      if (stmt == NULL)
        return FALSE;
      while (okr_db_step (im->db, stmt, &has_row, error) && has_row)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (ids, id);
        }
      sqlite3_reset (stmt);

      for (guint i = 0; i < ids->len; i++)
        {
          g_autofree OkrValue *row = g_new0 (OkrValue, info->n_fields);
          gint64 id = g_array_index (ids, gint64, i);
          gboolean ok;

          if (!okr_store_get_row (im->store, e, id, row, error))
            return FALSE;
          ok = _okr_store_validate (im->store, e, id, NULL, row, error);
          okr_store_clear_row (e, row);
          if (!ok)
            {
              g_autofree char *message = g_strdup ((*error)->message);
              g_autofree char *what = g_strdup_printf ("%s: %s", info->table, message);
              g_clear_error (error);
              return bad_file (error, what);
            }
        }
    }
  return TRUE;
}

static gboolean
recompute_derived (Import *im, GError **error)
{
  return okr_db_exec (im->db, "UPDATE checkins SET retracted = EXISTS "
                              "(SELECT 1 FROM retractions r WHERE r.checkin_id = checkins.id)",
                      error) &&
         _okr_store_refresh_all_current (im->store, error);
}

/**
 * okr_store_import_json:
 * @path: the document to create; it must not exist
 * @json: an export made by okr_store_export_json()
 *
 * Builds a new document with the export's identity, rows, ids and stamps. The JSON is
 * untrusted: every value is type-checked and every row validated; on any problem nothing
 * is left at @path.
 *
 * Returns: (transfer full): the new document, or %NULL
 */
OkrStore *
okr_store_import_json (const char *path, GBytes *json, GError **error)
{
  g_return_val_if_fail (path != NULL && json != NULL, NULL);

  Import im = { .bytes = json };
  g_autoptr(OkrStore) store = NULL;
  g_autofree char *created = NULL;
  OkrUuid document_id;
  gboolean ok;

  if (sqlite3_open_v2 (":memory:", &im.json, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      sqlite3_close (im.json);
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_FAILED,
                           _("There is not enough memory to import this file."));
      return NULL;
    }
  if (!import_header (&im, &document_id, &created, error))
    {
      sqlite3_close (im.json);
      return NULL;
    }

  store = _okr_store_create_empty (path, &document_id, error);
  if (store == NULL)
    {
      sqlite3_close (im.json);
      return NULL;
    }
  im.store = store;
  im.db = _okr_store_get_db (store);
  im.deferred = g_array_new (FALSE, FALSE, sizeof (Deferred));

  _okr_store_set_lenient (store, TRUE);
  okr_store_begin_edit (store, NULL);
  ok = okr_db_exec (im.db, "DELETE FROM meta WHERE key = 'created'", error) &&
       _okr_store_set_meta (store, "created", created, error) &&
       import_devices (&im, error);
  for (OkrEntity e = 0; ok && e < OKR_ENTITY_N; e++)
    ok = import_table (&im, okr_schema_get_table (e), error);
  ok = ok && link_deferred (&im, error) && recompute_derived (&im, error) &&
       validate_all (&im, error);
  if (ok)
    {
      _okr_store_observe (store, im.max_stamp);
      for (OkrEntity e = 0; e < OKR_ENTITY_N; e++)
        _okr_store_touch (store, e);
      ok = _okr_store_save_clock (store, error);
    }
  if (ok)
    ok = okr_store_end_edit (store, error);
  else
    okr_store_abort_edit (store);
  _okr_store_set_lenient (store, FALSE);

  g_array_unref (im.deferred);
  sqlite3_close (im.json);
  if (ok)
    ok = _okr_store_verify_references (store, error);
  if (!ok)
    {
      _okr_store_discard (store);
      return NULL;
    }
  return g_steal_pointer (&store);
}
