/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "okr-db.h"
#include "okr-error-private.h"

struct _OkrDb {
  sqlite3    *handle;
  char       *path;
  GHashTable *statements;  /* SQL text (borrowed: string literals) → sqlite3_stmt */
};

/* Limits well above anything Cascade writes and far below what a hostile file would need
 * to exhaust memory ("Defense against the dark arts", sqlite.org/security.html). */
static const struct { int id; int value; } limits[] = {
  { SQLITE_LIMIT_LENGTH, 50 * 1000 * 1000 },
  { SQLITE_LIMIT_SQL_LENGTH, 1000 * 1000 },
  { SQLITE_LIMIT_COLUMN, 200 },
  { SQLITE_LIMIT_EXPR_DEPTH, 200 },
  { SQLITE_LIMIT_COMPOUND_SELECT, 50 },
  { SQLITE_LIMIT_FUNCTION_ARG, 32 },
  { SQLITE_LIMIT_ATTACHED, 2 },
  { SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 1000 },
  { SQLITE_LIMIT_VARIABLE_NUMBER, 1000 },
  { SQLITE_LIMIT_TRIGGER_DEPTH, 10 },
};

static void
finalize_stmt (gpointer data)
{
  sqlite3_finalize (data);
}

void
okr_db_fail (OkrDb *db, int rc, GError **error)
{
  okr_set_sqlite_error (error, db->handle, rc, db->path);
}

OkrDb *
okr_db_open (const char *path, OkrDbFlags flags, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  int open_flags = SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX;
  sqlite3 *handle = NULL;
  int rc;

  if (flags & OKR_DB_READ_ONLY)
    open_flags |= SQLITE_OPEN_READONLY;
  else
    open_flags |= SQLITE_OPEN_READWRITE;
  if (flags & OKR_DB_CREATE)
    open_flags |= SQLITE_OPEN_CREATE;

  rc = sqlite3_open_v2 (path, &handle, open_flags, NULL);
  if (rc != SQLITE_OK)
    {
      okr_set_sqlite_error (error, handle, rc, path);
      sqlite3_close_v2 (handle);
      return NULL;
    }

  /* Never let the file's schema run code: no triggers, no views, no functions with side
   * effects in the schema, and no direct writes to the schema. */
  sqlite3_db_config (handle, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  sqlite3_db_config (handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
  sqlite3_db_config (handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    sqlite3_limit (handle, limits[i].id, limits[i].value);
  sqlite3_extended_result_codes (handle, 1);
  sqlite3_busy_timeout (handle, 2000);

  OkrDb *db = g_new0 (OkrDb, 1);
  db->handle = handle;
  db->path = g_strdup (path);
  db->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, finalize_stmt);
  return db;
}

void
okr_db_close (OkrDb *db)
{
  if (db == NULL)
    return;
  g_hash_table_unref (db->statements);
  sqlite3_close_v2 (db->handle);
  g_free (db->path);
  g_free (db);
}

sqlite3 *
okr_db_get_handle (OkrDb *db)
{
  return db->handle;
}

const char *
okr_db_get_path (OkrDb *db)
{
  return db->path;
}

gboolean
okr_db_exec (OkrDb *db, const char *sql, GError **error)
{
  int rc = sqlite3_exec (db->handle, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      okr_db_fail (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Statements are cached by their text, which must be a string that outlives the db
 * (a literal, or a string the caller interns). The statement comes back reset and
 * with its bindings cleared. */
sqlite3_stmt *
okr_db_prepare (OkrDb *db, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (db->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  int rc = sqlite3_prepare_v3 (db->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      okr_db_fail (db, rc, error);
      return NULL;
    }
  g_hash_table_insert (db->statements, (gpointer) sql, stmt);
  return stmt;
}

gboolean
okr_db_step (OkrDb *db, sqlite3_stmt *stmt, gboolean *has_row, GError **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    {
      *has_row = TRUE;
      return TRUE;
    }
  *has_row = FALSE;
  if (rc == SQLITE_DONE)
    return TRUE;
  okr_db_fail (db, rc, error);
  sqlite3_reset (stmt);
  return FALSE;
}

gboolean
okr_db_step_done (OkrDb *db, sqlite3_stmt *stmt, GError **error)
{
  gboolean has_row;

  if (!okr_db_step (db, stmt, &has_row, error))
    return FALSE;
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
okr_db_query_int (OkrDb *db, const char *sql, gint64 *value, GError **error)
{
  sqlite3_stmt *stmt = okr_db_prepare (db, sql, error);
  gboolean has_row;

  if (stmt == NULL || !okr_db_step (db, stmt, &has_row, error))
    return FALSE;
  *value = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return TRUE;
}
