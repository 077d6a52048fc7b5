/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-sync.c — documents shared through a sync folder
 *
 * Sync clients copy a file as it is on disk, whenever they like, without its -wal or
 * -journal, and make conflict copies when two machines change it. So a shared document is
 * never edited in place: Cascade edits a private working copy ($XDG_DATA_HOME/cascade/
 * working/<document id>.okr, WAL) and publishes it whole — VACUUM INTO a private file, copied
 * to a hidden temporary file in the shared folder, fsync, rename over the shared file, fsync
 * the folder — so the
 * shared file is always the complete old or the complete new version. What other machines
 * publish, and the conflict copies their clients make, is merged into the working copy
 * (okr-merge.c), then published. A merged conflict copy is moved into a folder the leader
 * can find, never deleted. After a crash the working copy is still there: the next open
 * merges the shared file into it and publishes the result.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "okr-schema.h"
#include "okr-store-private.h"
#include "okr-sync.h"

#define TEMP_SUFFIX ".cascade-publish"
/* The shared file's path, kept on a working copy's store (okr_sync_document_path). */
#define DOCUMENT_PATH_KEY "okr-sync-document-path"
/* Beside a working copy: the shared file it publishes to, so that a working copy a crash
 * left behind is published at the next start even when its document is not opened. */
#define SHARED_PATH_SUFFIX ".shared-path"
#define DEFAULT_DELAY_MS 1500
#define CHECK_DELAY_MS 500

/* ───────────────────────── recognising our files ───────────────────────── */

/* The document id of a Cascade file, read without writing anything beside it (immutable:
 * no lock, no -shm, no journal). FALSE when the file is not a Cascade document. */
static gboolean
peek_document_id (const char *path, OkrUuid *document_id)
{
  guint8 header[72];
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  ssize_t n;
  guint32 app_id;
  g_autofree char *uri = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (fd < 0)
    return FALSE;
  n = pread (fd, header, sizeof header, 0);
  close (fd);
  if (n != (ssize_t) sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    return FALSE;
  app_id = (guint32) header[68] << 24 | (guint32) header[69] << 16 |
           (guint32) header[70] << 8 | header[71];
  if (app_id != OKR_APPLICATION_ID)
    return FALSE;

  {
    g_autofree char *absolute = g_canonicalize_filename (path, NULL);
    uri = g_filename_to_uri (absolute, NULL, NULL);
  }
  if (uri == NULL)
    return FALSE;
  {
    g_autofree char *full = g_strconcat (uri, "?mode=ro&immutable=1", NULL);
    if (sqlite3_open_v2 (full, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2 (db, "SELECT value FROM meta WHERE key = 'document_id'", -1, &stmt,
                            NULL) == SQLITE_OK &&
        sqlite3_step (stmt) == SQLITE_ROW)
      ok = okr_uuid_parse ((const char *) sqlite3_column_text (stmt, 0), document_id);
  }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ok;
}

static gboolean
is_temp_name (const char *name)
{
  return g_str_has_suffix (name, TEMP_SUFFIX);
}

/**
 * okr_sync_is_conflict_copy:
 *
 * Recognised by what the file is, not by its name: each sync client names its copies its
 * own way (Syncthing "x.sync-conflict-…", Dropbox "x (Lan's conflicted copy …)", Nextcloud
 * "x (conflicted copy …)", OneDrive "x-LAPTOP"), and a leader may rename them too.
 */
gboolean
okr_sync_is_conflict_copy (const char *path, const char *shared_path,
                           const OkrUuid *document_id)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *shared_dir = g_path_get_dirname (shared_path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) shared = g_file_new_for_path (shared_path);
  OkrUuid id;

  if (g_file_equal (file, shared) || is_temp_name (base) ||
      g_str_has_suffix (base, "-journal") || g_str_has_suffix (base, "-wal") ||
      g_str_has_suffix (base, "-shm"))
    return FALSE;
  if (!g_str_equal (dir, shared_dir) || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return FALSE;
  return peek_document_id (path, &id) && okr_uuid_equal (&id, document_id);
}

/* ───────────────────────── detecting sync folders ───────────────────────── */

static const char *
service_of_folder (const char *dir)
{
  g_autofree char *base = g_path_get_basename (dir);
  g_autofree char *stfolder = g_build_filename (dir, ".stfolder", NULL);
  g_autofree char *dropbox = g_build_filename (dir, ".dropbox", NULL);

  if (g_file_test (stfolder, G_FILE_TEST_EXISTS))
    return "Syncthing";
  if (g_file_test (dropbox, G_FILE_TEST_EXISTS) || g_str_equal (base, "Dropbox") ||
      g_str_has_prefix (base, "Dropbox ("))
    return "Dropbox";
  if (g_str_equal (base, "OneDrive") || g_str_has_prefix (base, "OneDrive - "))
    return "OneDrive";
  if (g_str_equal (base, "Google Drive") || g_str_equal (base, "GoogleDrive"))
    return "Google Drive";
  if (g_str_equal (base, "Nextcloud") || g_str_equal (base, "ownCloud"))
    return "Nextcloud";
  /* The Nextcloud and ownCloud clients keep their journal at the root of what they sync. */
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      if ((g_str_has_prefix (name, ".sync_") || g_str_has_prefix (name, "._sync_")) &&
          g_str_has_suffix (name, ".db"))
        return "Nextcloud";
  }
  return NULL;
}

/**
 * okr_sync_detect_service:
 *
 * Returns: (transfer full) (nullable): the name of the sync service whose folder holds
 *   @path, found by the marker or the folder name at any level above it.
 */
char *
okr_sync_detect_service (const char *path)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *dir = g_path_get_dirname (absolute);

  for (guint depth = 0; depth < 64; depth++)
    {
      const char *service = service_of_folder (dir);
      g_autofree char *parent = NULL;

      if (service != NULL)
        return g_strdup (service);
      parent = g_path_get_dirname (dir);
      if (g_str_equal (parent, dir))
        break;
      g_free (dir);
      dir = g_steal_pointer (&parent);
    }
  return NULL;
}

/* ───────────────────────── the leader's choice ───────────────────────── */

static char *
choices_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "cascade", "sync.ini", NULL);
}

OkrSyncChoice
okr_sync_get_choice (const OkrUuid *document_id)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *path = choices_path ();
  g_autofree char *value = NULL;
  char group[OKR_UUID_STRING_LEN + 1];

  okr_uuid_write (document_id, group);
  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    return OKR_SYNC_CHOICE_AUTO;
  value = g_key_file_get_string (file, group, "shared", NULL);
  if (g_strcmp0 (value, "yes") == 0)
    return OKR_SYNC_CHOICE_SHARED;
  if (g_strcmp0 (value, "no") == 0)
    return OKR_SYNC_CHOICE_LOCAL;
  return OKR_SYNC_CHOICE_AUTO;
}

gboolean
okr_sync_set_choice (const OkrUuid *document_id, OkrSyncChoice choice, GError **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *path = choices_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  char group[OKR_UUID_STRING_LEN + 1];

  okr_uuid_write (document_id, group);
  g_key_file_load_from_file (file, path, G_KEY_FILE_KEEP_COMMENTS, NULL);
  if (choice == OKR_SYNC_CHOICE_AUTO)
    g_key_file_remove_group (file, group, NULL);
  else
    g_key_file_set_string (file, group, "shared",
                           choice == OKR_SYNC_CHOICE_SHARED ? "yes" : "no");
  g_mkdir_with_parents (dir, 0700);
  return g_key_file_save_to_file (file, path, error);
}

/* ───────────────────────── publishing ───────────────────────── */

static gboolean
fsync_path (const char *path, int flags)
{
  int fd = g_open (path, flags | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fsync (fd) == 0;
  close (fd);
  return ok;
}

static void
set_publish_error (GError **error, const char *shared_path, int saved_errno)
{
  g_autofree char *name = g_filename_display_basename (shared_path);

  if (saved_errno == ENOSPC || saved_errno == EDQUOT)
    g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_FULL,
                 _("“%s” can’t be published: the disk is full."), name);
  else
    g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_IO,
                 _("“%s” can’t be written. Your changes are safe in the working copy."), name);
}

/* Temporary files a publish killed half-way left behind. */
static void
remove_stale_temps (const char *dir, const char *base)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *prefix = g_strdup_printf (".%s.", base);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix) && strstr (name, TEMP_SUFFIX) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_unlink (path);
      }
}

/**
 * okr_sync_publish_store:
 *
 * The shared file is replaced in one rename: anyone reading it, a sync client included,
 * sees the complete old or the complete new document, never a mix, and never a -wal,
 * -shm or -journal beside it.
 */
gboolean
okr_sync_publish_store (OkrStore *working, const char *shared_path, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (shared_path);
  g_autofree char *base = g_path_get_basename (shared_path);
  g_autofree char *temp = NULL;
  g_autofree char *private_dir = NULL;
  g_autofree char *scratch = NULL;
  char *scratch_dir = NULL;
  OkrDb *db = _okr_store_get_db (working);
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;
  OkrUuid id;

  g_return_val_if_fail (OKR_IS_STORE (working), FALSE);

  if (g_file_test (shared_path, G_FILE_TEST_EXISTS) &&
      (!peek_document_id (shared_path, &id) ||
       !okr_uuid_equal (&id, okr_store_get_document_id (working))))
    {
      g_autofree char *name = g_filename_display_basename (shared_path);
      g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_EXISTS,
                   _("“%s” is another document; it was not replaced."), name);
      return FALSE;
    }

  remove_stale_temps (dir, base);
  /* VACUUM INTO keeps a journal beside the file it writes: it writes in a private folder,
   * and only the finished file is copied into the shared folder. */
  private_dir = g_build_filename (g_get_user_cache_dir (), "cascade", NULL);
  g_mkdir_with_parents (private_dir, 0700);
  {
    g_autofree char *template = g_build_filename (private_dir, "publish-XXXXXX", NULL);
    g_autofree char *name = g_strdup_printf (".%s.%08x%s", base, g_random_int (), TEMP_SUFFIX);
    scratch_dir = g_mkdtemp (g_steal_pointer (&template));
    if (scratch_dir == NULL)
      {
        set_publish_error (error, shared_path, errno);
        return FALSE;
      }
    scratch = g_build_filename (scratch_dir, "document.okr", NULL);
    temp = g_build_filename (dir, name, NULL);
  }
  stmt = okr_db_prepare (db, "VACUUM INTO ?", error);
  if (stmt == NULL)
    goto out;
  sqlite3_bind_text (stmt, 1, scratch, -1, SQLITE_TRANSIENT);
  if (!okr_db_step_done (db, stmt, NULL) || !_okr_file_force_rollback_mode (scratch))
    {
      set_publish_error (error, shared_path, errno);
      goto out;
    }
  {
    g_autoptr(GFile) from = g_file_new_for_path (scratch);
    g_autoptr(GFile) to = g_file_new_for_path (temp);
    g_autoptr(GError) copy_error = NULL;
    if (!g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &copy_error))
      {
        g_unlink (temp);
        set_publish_error (error, shared_path,
                           g_error_matches (copy_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE)
                           ? ENOSPC : EIO);
        goto out;
      }
  }
  if (!fsync_path (temp, O_RDWR) || g_rename (temp, shared_path) != 0)
    {
      int saved = errno;
      g_unlink (temp);
      set_publish_error (error, shared_path, saved);
      goto out;
    }
  if (!fsync_path (dir, O_RDONLY | O_DIRECTORY))
    {
      set_publish_error (error, shared_path, errno);
      goto out;
    }
  ok = TRUE;

out:
  if (scratch != NULL)
    {
      g_autofree char *journal = g_strconcat (scratch, "-journal", NULL);
      g_unlink (scratch);
      g_unlink (journal);
    }
  if (scratch_dir != NULL)
    g_rmdir (scratch_dir);
  g_free (scratch_dir);
  return ok;
}

/* ───────────────────────── OkrSync ───────────────────────── */

struct _OkrSync {
  GObject          parent_instance;

  char            *path;          /* the document as the leader opened it */
  char            *working_path;  /* NULL when not shared */
  char            *service;
  OkrStore        *store;
  OkrSyncState     state;
  GError          *error;
  guint            n_merged;      /* other copies merged by the last check */
  guint            n_moved;       /* of which conflict copies, moved aside */
  OkrMergeReport  *report;        /* what the last check merged */
  guint            delay_ms;
  guint            publish_source;
  guint            check_source;
  GFileMonitor    *monitor;
  GFileInfo       *published;     /* the shared file as we left it */
  int              hold_fd;       /* the sidecar, locked shared while we use the working copy */
};

G_DEFINE_FINAL_TYPE (OkrSync, okr_sync, G_TYPE_OBJECT)

enum { PROP_0, PROP_STATE, N_PROPS };
static GParamSpec *props[N_PROPS];

enum { SIGNAL_MERGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
set_state (OkrSync *self, OkrSyncState state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_STATE]);
}

static void
okr_sync_dispose (GObject *object)
{
  OkrSync *self = OKR_SYNC (object);

  g_clear_handle_id (&self->publish_source, g_source_remove);
  g_clear_handle_id (&self->check_source, g_source_remove);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
  g_clear_object (&self->store);
  g_clear_object (&self->published);
  if (self->hold_fd >= 0)
    close (self->hold_fd);
  self->hold_fd = -1;
  G_OBJECT_CLASS (okr_sync_parent_class)->dispose (object);
}

static void
okr_sync_finalize (GObject *object)
{
  OkrSync *self = OKR_SYNC (object);

  g_free (self->path);
  g_free (self->working_path);
  g_free (self->service);
  g_clear_error (&self->error);
  okr_merge_report_free (self->report);
  G_OBJECT_CLASS (okr_sync_parent_class)->finalize (object);
}

static void
okr_sync_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OkrSync *self = OKR_SYNC (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
okr_sync_class_init (OkrSyncClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = okr_sync_dispose;
  object_class->finalize = okr_sync_finalize;
  object_class->get_property = okr_sync_get_property;

  props[PROP_STATE] = g_param_spec_int ("state", NULL, NULL, OKR_SYNC_LOCAL, OKR_SYNC_FAILED,
                                        OKR_SYNC_LOCAL,
                                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, props);

  /* Emitted after other copies were merged into the working copy; see get_report. */
  signals[SIGNAL_MERGED] = g_signal_new ("merged", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);
}

static void
okr_sync_init (OkrSync *self)
{
  self->delay_ms = DEFAULT_DELAY_MS;
  self->hold_fd = -1;
}

static GFileInfo *
stat_shared (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  return g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                            G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC "," G_FILE_ATTRIBUTE_STANDARD_SIZE
                            "," G_FILE_ATTRIBUTE_UNIX_INODE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
}

/* Whether the shared file is still the one we published (nobody replaced it since). */
static gboolean
shared_unchanged (OkrSync *self)
{
  g_autoptr(GFileInfo) now = stat_shared (self->path);

  if (now == NULL || self->published == NULL)
    return FALSE;
  return g_file_info_get_size (now) == g_file_info_get_size (self->published) &&
         g_file_info_get_attribute_uint64 (now, G_FILE_ATTRIBUTE_UNIX_INODE) ==
           g_file_info_get_attribute_uint64 (self->published, G_FILE_ATTRIBUTE_UNIX_INODE) &&
         g_file_info_get_attribute_uint64 (now, G_FILE_ATTRIBUTE_TIME_MODIFIED) ==
           g_file_info_get_attribute_uint64 (self->published, G_FILE_ATTRIBUTE_TIME_MODIFIED) &&
         g_file_info_get_attribute_uint32 (now, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC) ==
           g_file_info_get_attribute_uint32 (self->published,
                                             G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
}

gboolean
okr_sync_publish_now (OkrSync *self, GError **error)
{
  g_return_val_if_fail (OKR_IS_SYNC (self), FALSE);

  g_clear_handle_id (&self->publish_source, g_source_remove);
  if (self->working_path == NULL)
    return TRUE;
  set_state (self, OKR_SYNC_PUBLISHING);
  g_clear_error (&self->error);
  if (!okr_sync_publish_store (self->store, self->path, &self->error))
    {
      set_state (self, OKR_SYNC_FAILED);
      if (error != NULL)
        *error = g_error_copy (self->error);
      return FALSE;
    }
  g_clear_object (&self->published);
  self->published = stat_shared (self->path);
  set_state (self, OKR_SYNC_SAVED);
  return TRUE;
}

static gboolean
publish_later_cb (gpointer data)
{
  OkrSync *self = data;

  self->publish_source = 0;
  okr_sync_publish_now (self, NULL);
  /* A failure is tried again, a little later each time the leader edits or a check runs. */
  return G_SOURCE_REMOVE;
}

static void
schedule_publish (OkrSync *self)
{
  if (self->working_path == NULL)
    return;
  g_clear_handle_id (&self->publish_source, g_source_remove);
  self->publish_source = g_timeout_add (self->delay_ms, publish_later_cb, self);
  if (self->state != OKR_SYNC_FAILED)
    set_state (self, OKR_SYNC_PENDING);
}

static void
store_changed_cb (OkrStore *store, guint entities, gpointer data)
{
  schedule_publish (OKR_SYNC (data));
}

static char *
merged_folder_for (OkrSync *self)
{
  return g_build_filename (g_get_user_data_dir (), "cascade", "merged", NULL);
}

/* A conflict copy whose edits are now in the working copy goes where the leader can find
 * it (okr_sync_dup_merged_folder), under a name that does not clash. */
static void
move_aside (OkrSync *self, const char *path)
{
  g_autofree char *folder = merged_folder_for (self);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GFile) from = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (folder, 0700);
  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup (base) : g_strdup_printf ("%u-%s", n, base);
      g_autofree char *target = g_build_filename (folder, name, NULL);
      g_autoptr(GFile) to = g_file_new_for_path (target);

      g_clear_error (&error);
      if (g_file_move (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error))
        return;
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        break;
    }
  g_warning ("Could not move the merged copy %s aside: %s", path,
             error != NULL ? error->message : "");
}

/* Merges @path into the working copy; says whether that brought anything new and whether
 * @path now holds every edit of the working copy. */
static gboolean
merge_one (OkrSync *self, const char *path, OkrMergeReport *total, gboolean *changed,
           gboolean *in_sync, GError **error)
{
  g_autoptr(OkrMergeReport) report = NULL;

  if (!okr_store_merge (self->store, path, &report, error))
    return FALSE;
  *changed = okr_merge_report_has_changes (report);
  *in_sync = report->in_sync;
  okr_merge_report_absorb (total, report);
  return TRUE;
}

static int
compare_paths (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/**
 * okr_sync_check_now:
 *
 * Merges what other machines published (the shared file, when someone else replaced it)
 * and every conflict copy beside it into the working copy, moves the merged copies aside
 * and publishes the result when the shared file lacks any of our edits.
 */
gboolean
okr_sync_check_now (OkrSync *self, GError **error)
{
  g_autoptr(OkrMergeReport) total = okr_merge_report_new ();
  g_autofree char *dir = NULL;
  g_autoptr(GDir) d = NULL;
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_free);
  gboolean need_publish = FALSE;
  const char *name;
  guint merged = 0, moved = 0;

  g_return_val_if_fail (OKR_IS_SYNC (self), FALSE);

  g_clear_handle_id (&self->check_source, g_source_remove);
  if (self->working_path == NULL)
    return TRUE;

  if (g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      if (!shared_unchanged (self))
        {
          gboolean changed = FALSE, in_sync = FALSE;
          g_autoptr(GError) local_error = NULL;

          /* A half-written or foreign file is no reason to stop: publishing replaces it. */
          if (merge_one (self, self->path, total, &changed, &in_sync, &local_error))
            merged += changed ? 1 : 0;
          else
            g_debug ("sync: %s not merged: %s", self->path, local_error->message);
          need_publish = !in_sync;
        }
    }
  else
    need_publish = TRUE;

  dir = g_path_get_dirname (self->path);
  d = g_dir_open (dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      if (okr_sync_is_conflict_copy (path, self->path, okr_store_get_document_id (self->store)))
        g_ptr_array_add (copies, g_steal_pointer (&path));
    }
  g_ptr_array_sort (copies, compare_paths);
  for (guint i = 0; i < copies->len; i++)
    {
      g_autoptr(GError) local_error = NULL;
      const char *path = copies->pdata[i];
      gboolean changed = FALSE, in_sync = FALSE;

      if (!merge_one (self, path, total, &changed, &in_sync, &local_error))
        {
          g_debug ("sync: %s not merged: %s", path, local_error->message);
          continue;
        }
      merged++;
      /* A copy with nothing new changes nothing to publish: two machines that merged the
       * same copies must not publish over each other (and make new conflict copies). */
      need_publish |= changed;
      move_aside (self, path);
      moved++;
    }

  if (merged > 0 && okr_merge_report_has_changes (total))
    {
      okr_merge_report_free (self->report);
      self->report = g_steal_pointer (&total);
      self->n_merged = merged;
      self->n_moved = moved;
      g_signal_emit (self, signals[SIGNAL_MERGED], 0);
    }
  if (need_publish)
    return okr_sync_publish_now (self, error);
  return TRUE;
}

static gboolean
check_later_cb (gpointer data)
{
  OkrSync *self = data;

  self->check_source = 0;
  okr_sync_check_now (self, NULL);
  return G_SOURCE_REMOVE;
}

static void
folder_changed_cb (GFileMonitor *monitor, GFile *file, GFile *other, GFileMonitorEvent event,
                   gpointer data)
{
  OkrSync *self = data;
  /* A publish (ours or a sync client's) is a rename of a temporary file over the document. */
  g_autofree char *name = g_file_get_basename (event == G_FILE_MONITOR_EVENT_RENAMED &&
                                               other != NULL ? other : file);

  if (is_temp_name (name) || g_str_has_suffix (name, "-journal"))
    return;
  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED &&
      event != G_FILE_MONITOR_EVENT_RENAMED && event != G_FILE_MONITOR_EVENT_MOVED_IN)
    return;
  /* Sync clients write in several steps: wait until they are quiet. */
  g_clear_handle_id (&self->check_source, g_source_remove);
  self->check_source = g_timeout_add (CHECK_DELAY_MS, check_later_cb, self);
}

/* Every process using a working copy holds a shared lock on the file beside it that names
 * the shared file (SHARED_PATH_SUFFIX): a working copy is removed, or published as left
 * behind by a crash, only by whoever can lock it alone. Returns the locked descriptor. */
static int
hold_working_copy (const char *working_path, const char *shared_path, GError **error)
{
  g_autofree char *sidecar = g_strconcat (working_path, SHARED_PATH_SUFFIX, NULL);
  g_autofree char *absolute = g_canonicalize_filename (shared_path, NULL);
  gssize length = strlen (absolute);
  int fd = g_open (sidecar, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

  if (fd < 0 || flock (fd, LOCK_SH) != 0 || ftruncate (fd, 0) != 0 ||
      pwrite (fd, absolute, length, 0) != length)
    {
      int saved_errno = errno;
      if (fd >= 0)
        close (fd);
      set_publish_error (error, working_path, saved_errno);
      return -1;
    }
  return fd;
}

static char *
working_path_for (const char *working_dir, const OkrUuid *document_id)
{
  char id[OKR_UUID_STRING_LEN + 1];
  g_autofree char *name = NULL;

  okr_uuid_write (document_id, id);
  name = g_strdup_printf ("%s.okr", id);
  return g_build_filename (working_dir, name, NULL);
}

/* The shared file, copied privately and checked, becomes the working copy. */
static gboolean
make_working_copy (const char *shared, const char *working, GError **error)
{
  g_autofree char *temp = g_strconcat (working, ".new", NULL);
  g_autoptr(GFile) from = g_file_new_for_path (shared);
  g_autoptr(GFile) to = g_file_new_for_path (temp);

  if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    return FALSE;
  _okr_file_force_rollback_mode (temp);
  if (!okr_store_check_file (temp, error) || !fsync_path (temp, O_RDWR) ||
      g_rename (temp, working) != 0)
    {
      g_unlink (temp);
      if (error != NULL && *error == NULL)
        set_publish_error (error, working, errno);
      return FALSE;
    }
  return TRUE;
}

/**
 * okr_sync_open_in:
 * @working_dir: where working copies live (tests); okr_sync_open uses
 *   $XDG_DATA_HOME/cascade/working
 *
 * Opens a document. When it is shared through a sync folder, the store is its working copy:
 * made from the shared file, or — after a crash — the one left behind, into which the
 * shared file is merged before the result is published.
 */
OkrSync *
okr_sync_open_in (const char *path, const char *working_dir, GError **error)
{
  return okr_sync_open_in_full (path, working_dir, OKR_STORE_OPEN_DEFAULT, error);
}

/**
 * okr_sync_open_in_full:
 * @flags: for a document that is not shared; %OKR_STORE_OPEN_VERIFY_LATER is the one that
 *   makes sense (a working copy is always verified before it is merged)
 *
 * As okr_sync_open_in().
 */
OkrSync *
okr_sync_open_in_full (const char *path, const char *working_dir, OkrStoreOpenFlags flags,
                       GError **error)
{
  g_autoptr(OkrSync) self = g_object_new (OKR_TYPE_SYNC, NULL);
  OkrSyncChoice choice = OKR_SYNC_CHOICE_AUTO;
  OkrUuid id;
  gboolean known = peek_document_id (path, &id);

  self->path = g_strdup (path);
  if (known)
    choice = okr_sync_get_choice (&id);
  self->service = okr_sync_detect_service (path);
  if (!known || choice == OKR_SYNC_CHOICE_LOCAL ||
      (choice == OKR_SYNC_CHOICE_AUTO && self->service == NULL))
    {
      /* Not shared (or not ours: the defensive open says why). */
      self->store = okr_store_open (path, flags, error);
      if (self->store == NULL)
        return NULL;
      self->state = OKR_SYNC_LOCAL;
      return g_steal_pointer (&self);
    }

  g_mkdir_with_parents (working_dir, 0700);
  self->working_path = working_path_for (working_dir, &id);
  self->hold_fd = hold_working_copy (self->working_path, path, error);
  if (self->hold_fd < 0)
    return NULL;
  if (!g_file_test (self->working_path, G_FILE_TEST_EXISTS) &&
      !make_working_copy (path, self->working_path, error))
    return NULL;
  self->store = okr_store_open (self->working_path, OKR_STORE_OPEN_WORKING_COPY, error);
  if (self->store == NULL)
    return NULL;
  if (okr_store_is_read_only (self->store))
    {
      g_autofree char *name = g_filename_display_basename (self->working_path);
      g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only, so changes can’t be saved."), name);
      return NULL;
    }
  self->state = OKR_SYNC_SAVED;
  g_object_set_data_full (G_OBJECT (self->store), DOCUMENT_PATH_KEY, g_strdup (path), g_free);
  g_signal_connect (self->store, "changed", G_CALLBACK (store_changed_cb), self);

  /* A working copy left by a crash may hold unpublished edits; the shared file may hold
   * other machines' edits: bring both together. A failure to publish is not a failure to
   * open — the state says it. */
  okr_sync_check_now (self, NULL);

  {
    g_autofree char *dir = g_path_get_dirname (path);
    g_autoptr(GFile) folder = g_file_new_for_path (dir);
    self->monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
    if (self->monitor != NULL)
      g_signal_connect (self->monitor, "changed", G_CALLBACK (folder_changed_cb), self);
  }
  return g_steal_pointer (&self);
}

const char *
okr_sync_document_path (OkrStore *store)
{
  const char *shared;

  g_return_val_if_fail (OKR_IS_STORE (store), NULL);
  shared = g_object_get_data (G_OBJECT (store), DOCUMENT_PATH_KEY);
  return shared != NULL ? shared : okr_store_get_path (store);
}

static char *
default_working_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "cascade", "working", NULL);
}

OkrSync *
okr_sync_open (const char *path, OkrStoreOpenFlags flags, GError **error)
{
  g_autofree char *dir = default_working_dir ();
  return okr_sync_open_in_full (path, dir, flags, error);
}

/* Whether no process is using the working copy whose sidecar this is. */
static gboolean
working_copy_left_behind (const char *sidecar)
{
  int fd = g_open (sidecar, O_RDONLY | O_CLOEXEC, 0);
  gboolean alone = fd >= 0 && flock (fd, LOCK_EX | LOCK_NB) == 0;

  if (fd >= 0)
    close (fd);
  return alone;
}

/**
 * okr_sync_publish_left_behind:
 * @working_dir: (nullable): where the working copies are; NULL for Cascade's own folder
 *
 * Publishes the working copies a crash left behind, each merged with its shared file first
 * as opening it would, and removes those that are published. A working copy whose shared
 * file can't be opened (its sync folder is gone, say) stays where it is, for later.
 *
 * Returns: how many were published.
 */
guint
okr_sync_publish_left_behind (const char *working_dir)
{
  g_autofree char *default_dir = working_dir == NULL ? default_working_dir () : NULL;
  const char *dir_path = working_dir != NULL ? working_dir : default_dir;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint published = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *sidecar = NULL, *shared = NULL;
      g_autoptr(OkrSync) sync = NULL;
      g_autoptr(GError) error = NULL;

      if (!g_str_has_suffix (name, SHARED_PATH_SUFFIX))
        continue;
      sidecar = g_build_filename (dir_path, name, NULL);
      if (!working_copy_left_behind (sidecar) ||
          !g_file_get_contents (sidecar, &shared, NULL, NULL))
        continue;
      sync = okr_sync_open_in (shared, dir_path, &error);
      if (sync == NULL)
        {
          g_debug ("sync: the working copy for %s stays: %s", shared, error->message);
          continue;
        }
      if (okr_sync_is_shared (sync) && okr_sync_close (sync, NULL))
        published++;
      else
        okr_sync_close (sync, NULL);
    }
  return published;
}

/**
 * okr_sync_close:
 *
 * Publishes what is not yet published. The working copy is removed only once the shared
 * file holds everything; otherwise it stays for the next open.
 */
gboolean
okr_sync_close (OkrSync *self, GError **error)
{
  g_autofree char *working = NULL;
  gboolean published;

  g_return_val_if_fail (OKR_IS_SYNC (self), FALSE);

  g_clear_handle_id (&self->check_source, g_source_remove);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  if (self->store == NULL)
    return TRUE;
  if (self->working_path == NULL)
    {
      gboolean ok = okr_store_close (self->store, error);
      g_clear_object (&self->store);
      return ok;
    }
  published = self->state == OKR_SYNC_SAVED && self->publish_source == 0;
  if (!published)
    published = okr_sync_publish_now (self, error);
  g_signal_handlers_disconnect_by_data (self->store, self);
  if (!okr_store_close (self->store, published ? error : NULL))
    published = FALSE;
  g_clear_object (&self->store);
  /* Another process still using the working copy keeps it. */
  if (published && flock (self->hold_fd, LOCK_EX | LOCK_NB) == 0)
    {
      const char *suffixes[] = { "", "-wal", "-shm", "-journal", SHARED_PATH_SUFFIX };
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *file = g_strconcat (self->working_path, suffixes[i], NULL);
          g_unlink (file);
        }
    }
  return published;
}

OkrStore *
okr_sync_get_store (OkrSync *self)
{
  g_return_val_if_fail (OKR_IS_SYNC (self), NULL);
  return self->store;
}

const char *
okr_sync_get_path (OkrSync *self)
{
  g_return_val_if_fail (OKR_IS_SYNC (self), NULL);
  return self->path;
}

const char *
okr_sync_get_working_path (OkrSync *self)
{
  g_return_val_if_fail (OKR_IS_SYNC (self), NULL);
  return self->working_path;
}

gboolean
okr_sync_is_shared (OkrSync *self)
{
  g_return_val_if_fail (OKR_IS_SYNC (self), FALSE);
  return self->working_path != NULL;
}

const char *
okr_sync_get_service (OkrSync *self)
{
  g_return_val_if_fail (OKR_IS_SYNC (self), NULL);
  return self->service;
}

OkrSyncState
okr_sync_get_state (OkrSync *self)
{
  g_return_val_if_fail (OKR_IS_SYNC (self), OKR_SYNC_LOCAL);
  return self->state;
}

const GError *
okr_sync_get_error (OkrSync *self)
{
  g_return_val_if_fail (OKR_IS_SYNC (self), NULL);
  return self->error;
}

guint
okr_sync_get_n_merged (OkrSync *self)
{
  g_return_val_if_fail (OKR_IS_SYNC (self), 0);
  return self->n_merged;
}

/* How many of the copies the last merge took in were conflict copies, now moved aside
 * (okr_sync_dup_merged_folder); the rest is the shared file another machine published. */
guint
okr_sync_get_n_moved_aside (OkrSync *self)
{
  g_return_val_if_fail (OKR_IS_SYNC (self), 0);
  return self->n_moved;
}

const OkrMergeReport *
okr_sync_get_report (OkrSync *self)
{
  g_return_val_if_fail (OKR_IS_SYNC (self), NULL);
  return self->report;
}

char *
okr_sync_dup_merged_folder (OkrSync *self)
{
  g_return_val_if_fail (OKR_IS_SYNC (self), NULL);
  return merged_folder_for (self);
}

void
okr_sync_set_delay (OkrSync *self, guint publish_delay_ms)
{
  g_return_if_fail (OKR_IS_SYNC (self));
  self->delay_ms = publish_delay_ms;
}
