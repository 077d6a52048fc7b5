/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-store-private.h — what the core's other modules may use of the store */
#pragma once

#include <string.h>

#include "okr-clock.h"
#include "okr-db.h"
#include "okr-store.h"

G_BEGIN_DECLS

/* Longest texts accepted, in characters. */
#define OKR_MAX_NAME   200
#define OKR_MAX_TITLE  300
#define OKR_MAX_TEXT   5000
#define OKR_MAX_LABEL  24
/* Largest magnitude accepted for a value, a baseline or a target. */
#define OKR_MAX_VALUE  1e15

/* What a tombstone takes with it (see okr-store.c). */
typedef struct {
  OkrEntity   parent;
  OkrEntity   child;
  const char *field;
  gboolean    clear;  /* set the reference to NULL rather than delete the child */
} OkrCascade;

OkrDb    *_okr_store_get_db         (OkrStore *self);
OkrStamp  _okr_store_tick           (OkrStore *self);
void      _okr_store_touch          (OkrStore *self, OkrEntity entity);
gint64    _okr_store_get_device_row (OkrStore *self);
gboolean  _okr_store_validate       (OkrStore *self, OkrEntity entity, gint64 id,
                                     const OkrValue *before, const OkrValue *after,
                                     GError **error);

OkrStore *_okr_store_create_empty  (const char *path, const OkrUuid *document_id,
                                     GError **error);
void      _okr_store_discard        (OkrStore *self);
void      _okr_store_set_lenient    (OkrStore *self, gboolean lenient);
gboolean  _okr_store_is_lenient     (OkrStore *self);
void      _okr_store_observe        (OkrStore *self, OkrStamp stamp);
gboolean  _okr_store_save_clock     (OkrStore *self, GError **error);
gboolean  _okr_store_set_meta       (OkrStore *self, const char *key, const char *value,
                                     GError **error);
gboolean  _okr_store_verify_references (OkrStore *self, GError **error);
gboolean  _okr_store_refresh_all_current (OkrStore *self, GError **error);
gboolean  _okr_store_refresh_weeks  (OkrStore *self, gint64 objective_id, GError **error);
gboolean  _okr_store_refresh_all_weeks (OkrStore *self, GError **error);
gboolean  _okr_store_count_wrong_weeks (OkrStore *self, gint64 *n_wrong, GError **error);
void      _okr_store_end_undo_history (OkrStore *self);
void      _okr_store_set_merging    (OkrStore *self, gboolean merging);
const OkrCascade *_okr_store_get_cascades (guint *n);

/* okr-merge.c: marks a closed SQLite file as being in rollback mode (no -wal, no -shm). */
gboolean  _okr_file_force_rollback_mode (const char *path);
/* okr-merge.c: the last merge's repairs become edits of this machine, stamped now. */
gboolean  _okr_merge_settle_repairs (OkrStore *store, GError **error);

void      _okr_value_from_column    (sqlite3_stmt *stmt, int col, OkrValue *value);
void      _okr_value_bind           (sqlite3_stmt *stmt, int col, const OkrValue *value);

/* A row's uuid column (all zero when it is not one), and a text column ("" for NULL). */
static inline void
read_uuid (sqlite3_stmt *stmt, int col, OkrUuid *uuid)
{
  if (!okr_uuid_from_blob (sqlite3_column_blob (stmt, col), sqlite3_column_bytes (stmt, col), uuid))
    memset (uuid, 0, sizeof *uuid);
}

static inline char *
dup_text (sqlite3_stmt *stmt, int col)
{
  const char *s = (const char *) sqlite3_column_text (stmt, col);
  return g_strdup (s != NULL ? s : "");
}

G_END_DECLS
