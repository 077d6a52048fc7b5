/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-sync.h — documents shared through a sync folder (Dropbox, OneDrive, Google Drive,
 * Nextcloud, Syncthing): Cascade edits a private working copy and publishes the shared file
 * whole and atomically, and merges in what other machines publish. GIO only. */
#pragma once

#include "okr-merge.h"
#include "okr-store.h"

G_BEGIN_DECLS

typedef enum {
  OKR_SYNC_LOCAL,        /* not shared: the file itself is edited, every change saved at once */
  OKR_SYNC_SAVED,        /* the shared file holds every change */
  OKR_SYNC_PENDING,      /* changes wait a moment before they are published */
  OKR_SYNC_PUBLISHING,
  OKR_SYNC_FAILED,       /* the shared file can't be written; the changes are safe in the
                          * working copy and publishing is tried again */
} OkrSyncState;

/* The leader's answer to "This file is shared through a sync folder", per document. */
typedef enum {
  OKR_SYNC_CHOICE_AUTO,  /* detect the sync folder */
  OKR_SYNC_CHOICE_SHARED,
  OKR_SYNC_CHOICE_LOCAL,
} OkrSyncChoice;

/* The sync service whose folder holds @path ("Syncthing", "Dropbox", …), or NULL. */
char         *okr_sync_detect_service  (const char *path);
OkrSyncChoice okr_sync_get_choice      (const OkrUuid *document_id);
gboolean      okr_sync_set_choice      (const OkrUuid *document_id, OkrSyncChoice choice,
                                        GError **error);

/* Whether @path is a copy of the document @document_id that a sync client made beside
 * @shared_path (a conflict copy), recognised by its content whatever its name. */
gboolean      okr_sync_is_conflict_copy (const char *path, const char *shared_path,
                                         const OkrUuid *document_id);

/* Writes @working whole to @shared_path: a temporary file in the same folder, synced, then
 * renamed over the shared file, and the folder synced. Never leaves -wal, -shm or -journal
 * files in that folder. The shared file, if any, must be the same document. */
gboolean      okr_sync_publish_store   (OkrStore *working, const char *shared_path,
                                        GError **error);

/* The path a leader knows a store by: the shared file for a working copy opened by
 * OkrSync, else the store's own path. For names shown and files reopened. */
const char   *okr_sync_document_path   (OkrStore *store);

#define OKR_TYPE_SYNC (okr_sync_get_type ())
G_DECLARE_FINAL_TYPE (OkrSync, okr_sync, OKR, SYNC, GObject)

OkrSync      *okr_sync_open            (const char *path, OkrStoreOpenFlags flags,
                                        GError **error);
OkrSync      *okr_sync_open_in         (const char *path, const char *working_dir,
                                        GError **error);
OkrSync      *okr_sync_open_in_full    (const char *path, const char *working_dir,
                                        OkrStoreOpenFlags flags, GError **error);
OkrStore     *okr_sync_get_store       (OkrSync *self);
const char   *okr_sync_get_path        (OkrSync *self);
const char   *okr_sync_get_working_path (OkrSync *self);
gboolean      okr_sync_is_shared       (OkrSync *self);
const char   *okr_sync_get_service     (OkrSync *self);
OkrSyncState  okr_sync_get_state       (OkrSync *self);
const GError *okr_sync_get_error       (OkrSync *self);
guint         okr_sync_get_n_merged    (OkrSync *self);
guint         okr_sync_get_n_moved_aside (OkrSync *self);
const OkrMergeReport *okr_sync_get_report (OkrSync *self);
char         *okr_sync_dup_merged_folder (OkrSync *self);
void          okr_sync_set_delay       (OkrSync *self, guint publish_delay_ms);
gboolean      okr_sync_check_now       (OkrSync *self, GError **error);
gboolean      okr_sync_publish_now     (OkrSync *self, GError **error);
gboolean      okr_sync_close           (OkrSync *self, GError **error);

/* At start-up: publishes the working copies a crash left behind. */
guint         okr_sync_publish_left_behind (const char *working_dir);

G_END_DECLS
