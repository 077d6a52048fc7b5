/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-db.h — a small SQLite wrapper: every call that can fail reports a GError */
#pragma once

#include <sqlite3.h>

#include "okr-error.h"

G_BEGIN_DECLS

typedef struct _OkrDb OkrDb;

typedef enum {
  OKR_DB_READ_ONLY = 1 << 0,
  OKR_DB_CREATE    = 1 << 1,
} OkrDbFlags;

OkrDb        *okr_db_open            (const char *path, OkrDbFlags flags, GError **error);
void          okr_db_close           (OkrDb *db);
sqlite3      *okr_db_get_handle      (OkrDb *db);
const char   *okr_db_get_path        (OkrDb *db);

gboolean      okr_db_exec            (OkrDb *db, const char *sql, GError **error);
sqlite3_stmt *okr_db_prepare         (OkrDb *db, const char *sql, GError **error);
gboolean      okr_db_step            (OkrDb *db, sqlite3_stmt *stmt, gboolean *has_row,
                                      GError **error);
gboolean      okr_db_step_done       (OkrDb *db, sqlite3_stmt *stmt, GError **error);
gboolean      okr_db_query_int       (OkrDb *db, const char *sql, gint64 *value, GError **error);
void          okr_db_fail            (OkrDb *db, int rc, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkrDb, okr_db_close)

G_END_DECLS
