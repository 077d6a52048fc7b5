/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-store.h — one Cascade document: a defensively opened SQLite file */
#pragma once

#include <gio/gio.h>

#include "okr-changes.h"
#include "okr-error.h"
#include "okr-model-private.h"
#include "okr-uuid.h"

G_BEGIN_DECLS

#define OKR_TYPE_STORE (okr_store_get_type ())
G_DECLARE_FINAL_TYPE (OkrStore, okr_store, OKR, STORE, GObject)

typedef enum {
  OKR_STORE_OPEN_DEFAULT   = 0,
  OKR_STORE_OPEN_READ_ONLY = 1 << 0,  /* never write, even when the file could be */
  OKR_STORE_OPEN_WORKING_COPY = 1 << 1, /* a private working copy (okr-sync.h): WAL */
  /* With READ_ONLY: a document made by an older version is first updated to this one when
   * the file can be written, as opening it in Cascade does; nothing else is ever written. */
  OKR_STORE_OPEN_UPDATE_OLDER = 1 << 2,
  /* A file Cascade has not verified opens before its two full scans (SQLite's quick check
   * and the foreign-key check) run: they start in the background once the main context has
   * nothing more urgent to do, the first edit waits for them (starting them if need be),
   * and OkrStore::verified tells the main context how they ended. */
  OKR_STORE_OPEN_VERIFY_LATER = 1 << 3,
} OkrStoreOpenFlags;

/* Opening and creating */
OkrStore   *okr_store_open               (const char *path, OkrStoreOpenFlags flags,
                                          GError **error);
OkrStore   *okr_store_create             (const char *path, const char *company_name,
                                          GError **error);
gboolean    okr_store_check_file         (const char *path, GError **error);
const char *okr_store_get_path           (OkrStore *self);
const OkrUuid *okr_store_get_document_id (OkrStore *self);
gboolean    okr_store_is_read_only       (OkrStore *self);
int         okr_store_get_opened_version (OkrStore *self);
gboolean    okr_store_close              (OkrStore *self, GError **error);
gboolean    okr_store_poll_external_change (OkrStore *self);
gboolean    okr_store_is_verifying       (OkrStore *self);
gboolean    okr_store_wait_verified      (OkrStore *self, GError **error);
gboolean    okr_store_save_copy          (OkrStore *self, const char *path, GError **error);

/* Edits. Every primitive below is atomic on its own; between begin and end several
 * primitives form one transaction and one undo step. When a primitive fails inside a
 * group, call okr_store_abort_edit (): nothing of the group reaches the file. */
void        okr_store_begin_edit         (OkrStore *self, const char *label);
gboolean    okr_store_end_edit           (OkrStore *self, GError **error);
void        okr_store_abort_edit         (OkrStore *self);

gint64      okr_store_insert             (OkrStore *self, OkrChanges *changes, GError **error);
gint64      okr_store_insert_with_uuid   (OkrStore *self, OkrChanges *changes,
                                          const OkrUuid *uuid, GError **error);
gboolean    okr_store_update             (OkrStore *self, gint64 id, OkrChanges *changes,
                                          GError **error);
gboolean    okr_store_delete             (OkrStore *self, OkrEntity entity, gint64 id,
                                          GError **error);
gint64      okr_store_append             (OkrStore *self, OkrChanges *changes, GError **error);

gboolean    okr_store_can_undo           (OkrStore *self);
gboolean    okr_store_can_redo           (OkrStore *self);
const char *okr_store_get_undo_label     (OkrStore *self);
const char *okr_store_get_redo_label     (OkrStore *self);
gboolean    okr_store_undo               (OkrStore *self, GError **error);
gboolean    okr_store_redo               (OkrStore *self, GError **error);

/* Rows */
gboolean    okr_store_get_uuid           (OkrStore *self, OkrEntity entity, gint64 id,
                                          OkrUuid *uuid);
gint64      okr_store_lookup_uuid        (OkrStore *self, OkrEntity entity, const OkrUuid *uuid);
gboolean    okr_store_row_exists         (OkrStore *self, OkrEntity entity, gint64 id);
gint64      okr_store_resolve            (OkrStore *self, OkrEntity entity, const char *ref,
                                          GError **error);
gboolean    okr_store_get_row            (OkrStore *self, OkrEntity entity, gint64 id,
                                          OkrValue *values, GError **error);
void        okr_store_clear_row          (OkrEntity entity, OkrValue *values);

G_END_DECLS
