/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "okr-clock.h"
#include "okr-db.h"
#include "okr-device.h"
#include "okr-error-private.h"
#include "okr-store-private.h"
#include "okr-store-read.h"
#include "okr-store-trust.h"

#define SQLITE_HEADER "SQLite format 3"
#define UNDO_DEPTH 200

typedef struct {
  OkrEntity entity;
  gint64    id;
  guint     field;
  OkrValue  before;
  OkrValue  after;
} JournalEntry;

typedef struct {
  char   *label;
  GArray *entries;  /* JournalEntry, in the order they were written */
} UndoStep;

/* The full scans (quick check and foreign-key check) of a file opened with
 * OKR_STORE_OPEN_VERIFY_LATER. */
typedef enum {
  SCANS_DONE,     /* passed, or not needed: the open verified the file, or knew it */
  SCANS_PENDING,  /* left to the background: to start, or running */
  SCANS_FAILED,   /* the file is damaged: edits are refused */
  SCANS_AGAIN,    /* no verdict (the file was busy, or replaced at its path): the next edit
                   * scans it on the document's own connection first */
  SCANS_DROPPED,  /* closed before the scans started */
} ScanState;

struct _OkrStore {
  GObject          parent_instance;

  OkrDb           *db;
  char            *path;
  OkrUuid          document_id;
  gboolean         read_only;
  gboolean         working_copy; /* private: WAL, so that publishing never blocks an edit */
  gboolean         lenient;      /* importing: rows may point at deleted rows */
  int              opened_version;
  gint64           data_version; /* SQLite's counter of other connections' commits */
  gboolean         trusted;      /* verified, and written by no one else since */
  gboolean         written_outside; /* another program committed since the open */
  gint64           verified_at;  /* the last full verification, seconds since 1970 */
  dev_t            opened_dev;   /* the file opened, to know it at its path again */
  ino_t            opened_ino;   /* (0: not recorded) */

  /* OKR_STORE_OPEN_VERIFY_LATER: the full scans, in the background */
  ScanState        scans;
  struct Scan      *verification; /* while SCANS_PENDING */
  GThread         *verifier;     /* from when the scans start until joined */
  GSource         *verified_source; /* starts the scans, then tells when they end */
  GError          *damage;       /* SCANS_FAILED: why; edits are refused */

  const OkrDevice *device;
  gint64           device_row;   /* 0 until this device is recorded in the file */
  OkrClock         clock;

  /* The edit group being written */
  guint            depth;
  gboolean         failed;
  GError          *begin_error;  /* why the group could not start (locked, read-only) */
  gboolean         appended;     /* the group added history (check-ins…): not undoable */
  char            *label;
  guint            touched;      /* 1 << OkrEntity */
  GArray          *journal;      /* JournalEntry */
  gboolean         replaying;    /* undo/redo: journal into the other stack */
  gboolean         merging;      /* the group is a merge: its repairs stay provisional */

  GPtrArray       *undo_stack;   /* UndoStep, top last */
  GPtrArray       *redo_stack;
};

G_DEFINE_FINAL_TYPE (OkrStore, okr_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  VERIFIED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
journal_entry_clear (gpointer data)
{
  JournalEntry *e = data;
  okr_value_clear (&e->before);
  okr_value_clear (&e->after);
}

static GArray *
journal_new (void)
{
  GArray *a = g_array_new (FALSE, TRUE, sizeof (JournalEntry));
  g_array_set_clear_func (a, journal_entry_clear);
  return a;
}

static void
undo_step_free (gpointer data)
{
  UndoStep *step = data;
  g_free (step->label);
  g_array_unref (step->entries);
  g_free (step);
}

static void settle_verification (OkrStore *self, gboolean run);

/* Whether the file at @path is the one a store opened (@ino 0: not recorded). */
static gboolean
is_opened_file (const char *path, dev_t dev, ino_t ino)
{
  GStatBuf st;

  return ino == 0 || (g_stat (path, &st) == 0 && st.st_dev == dev && st.st_ino == ino);
}

static gboolean
has_wal_file (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  return g_file_test (wal, G_FILE_TEST_EXISTS);
}

/* Closes the file and, when it holds only what was verified and Cascade's own writes,
 * notes so (okr-store-trust.c), so that the next open can skip the full scans. */
static void
close_db (OkrStore *self)
{
  gboolean remember;

  if (self->db == NULL)
    return;
  okr_store_poll_external_change (self);
  /* the note is of the file at the path: it must be the one this store opened */
  remember = self->trusted && is_opened_file (self->path, self->opened_dev, self->opened_ino);
  g_clear_pointer (&self->db, okr_db_close);
  if (remember)
    _okr_trust_remember (self->path, self->verified_at);
  else
    _okr_trust_forget (self->path);
}

static void
okr_store_finalize (GObject *object)
{
  OkrStore *self = OKR_STORE (object);

  settle_verification (self, FALSE);
  if (self->verified_source != NULL)
    g_source_destroy (self->verified_source);
  g_clear_pointer (&self->verified_source, g_source_unref);
  g_clear_error (&self->damage);
  close_db (self);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_error (&self->begin_error);
  g_clear_pointer (&self->journal, g_array_unref);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);

  G_OBJECT_CLASS (okr_store_parent_class)->finalize (object);
}

static void
okr_store_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OkrStore *self = OKR_STORE (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, okr_store_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, okr_store_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
okr_store_class_init (OkrStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = okr_store_finalize;
  object_class->get_property = okr_store_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OkrStore::changed:
   * @entities: a mask of `1 << OkrEntity` for the tables that were written
   *
   * Emitted after every committed write, undo, redo and merge.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * OkrStore::verified:
   * @ok: whether the file passed; when not, okr_store_wait_verified() says why
   *
   * Emitted once, in the main context of the open, when the scans that
   * %OKR_STORE_OPEN_VERIFY_LATER left to the background give their verdict. Not emitted
   * when they could not finish (the file busy, or replaced at its path: the next edit scans
   * again), nor when the store was closed before they started.
   */
  signals[VERIFIED] = g_signal_new ("verified", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
okr_store_init (OkrStore *self)
{
  self->journal = journal_new ();
  self->undo_stack = g_ptr_array_new_with_free_func (undo_step_free);
  self->redo_stack = g_ptr_array_new_with_free_func (undo_step_free);
  self->device = okr_device_get_default ();
}

/* ───────────────────────── opening ───────────────────────── */

static char *
display_name (const char *path)
{
  return g_filename_display_basename (path);
}

/* Every message about a file names it; the format takes the name as its only argument. */
#define FAIL(code, path, msg) \
  G_STMT_START { g_autofree char *_n = display_name (path); \
                 g_set_error (error, OKR_STORE_ERROR, code, msg, _n); } G_STMT_END

static guint32
be32 (const guint8 *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

/* Read the 100-byte SQLite header ourselves, before SQLite parses anything, so that the
 * common cases (not a database, someone else's database, a newer Cascade, a file cut
 * short by a failed copy) get a precise message without touching the file. */
static gboolean
probe_header (const char *path, int *user_version, gboolean *wal, GError **error)
{
  guint8 header[100];
  GStatBuf st;
  int fd;
  gssize n;

  if (g_stat (path, &st) != 0)
    {
      if (errno == ENOENT)
        FAIL (OKR_STORE_ERROR_NOT_FOUND, path, _("“%s” does not exist."));
      else
        FAIL (OKR_STORE_ERROR_IO, path, _("“%s” can’t be opened: you may not have permission "
                                          "to read it."));
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      FAIL (OKR_STORE_ERROR_NOT_OURS, path, _("“%s” is not a Cascade document."));
      return FALSE;
    }

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      FAIL (OKR_STORE_ERROR_IO, path, _("“%s” can’t be opened: you may not have permission "
                                        "to read it."));
      return FALSE;
    }
  n = read (fd, header, sizeof header);
  close (fd);

  if (n < (gssize) sizeof header || memcmp (header, SQLITE_HEADER, 16) != 0)
    {
      if (n == 0)
        FAIL (OKR_STORE_ERROR_NOT_OURS, path, _("“%s” is empty, so it is not a Cascade "
                                                "document."));
      else
        FAIL (OKR_STORE_ERROR_NOT_OURS, path, _("“%s” is not a Cascade document."));
      return FALSE;
    }

  if (be32 (header + 68) != OKR_APPLICATION_ID)
    {
      FAIL (OKR_STORE_ERROR_NOT_OURS, path, _("“%s” is a database, but not a Cascade "
                                              "document."));
      return FALSE;
    }

  guint page_size = (guint) header[16] << 8 | header[17];
  if (page_size == 1)
    page_size = 65536;
  guint32 n_pages = be32 (header + 28);
  gboolean n_pages_valid = be32 (header + 24) == be32 (header + 92) && n_pages > 0;

  if (page_size < 512 || (page_size & (page_size - 1)) != 0 ||
      (goffset) st.st_size % page_size != 0 ||
      (n_pages_valid && (goffset) st.st_size < (goffset) n_pages * page_size))
    {
      FAIL (OKR_STORE_ERROR_CORRUPT, path, _("“%s” is incomplete or damaged and can’t be "
                                             "opened. If it came through a sync folder or an "
                                             "e-mail, the copy may not have finished."));
      return FALSE;
    }

  *user_version = (int) be32 (header + 60);
  /* the file format's read and write versions: 2 for WAL */
  *wal = header[18] != 1 || header[19] != 1;
  if (*user_version > OKR_SCHEMA_VERSION)
    {
      FAIL (OKR_STORE_ERROR_NEWER, path, _("“%s” was made by a newer version of Cascade. "
                                           "Update Cascade to open it."));
      return FALSE;
    }
  if (*user_version < 1)
    {
      FAIL (OKR_STORE_ERROR_CORRUPT, path, _("“%s” is incomplete or damaged and can’t be "
                                             "opened."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
run_migration (OkrDb *db, int version, GError **error)
{
  g_autoptr(GBytes) sql = okr_schema_get_migration (version);
  g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", version);
  g_autofree char *text = NULL;

  g_assert (sql != NULL);
  text = g_strndup (g_bytes_get_data (sql, NULL), g_bytes_get_size (sql));

  if (!okr_db_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!okr_db_exec (db, text, error) || !okr_db_exec (db, set_version, error) ||
      !okr_db_exec (db, "COMMIT", error))
    {
      okr_db_exec (db, "ROLLBACK", NULL);
      return FALSE;
    }
  return TRUE;
}

typedef struct {
  char *type, *name, *tbl_name, *sql;
} SchemaRow;

static void
schema_row_free (gpointer data)
{
  SchemaRow *r = data;
  g_free (r->type);
  g_free (r->name);
  g_free (r->tbl_name);
  g_free (r->sql);
  g_free (r);
}

static GPtrArray *
read_schema (OkrDb *db, GError **error)
{
  static const char sql[] =
    "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name";
  sqlite3_stmt *stmt = okr_db_prepare (db, sql, error);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (schema_row_free);
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  while (okr_db_step (db, stmt, &has_row, error) && has_row)
    {
      SchemaRow *r = g_new0 (SchemaRow, 1);
      r->type = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      r->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      r->tbl_name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      r->sql = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      g_ptr_array_add (rows, r);
    }
  if (error != NULL && *error != NULL)
    return NULL;
  sqlite3_reset (stmt);
  return g_steal_pointer (&rows);
}

/* What sqlite_schema must hold for a given version: made by running the frozen
 * migrations on an empty in-memory database, so it can never drift from them. */
static GPtrArray *
expected_schema (int version)
{
  static GPtrArray *cache[OKR_SCHEMA_VERSION + 1];

  g_assert (version >= 1 && version <= OKR_SCHEMA_VERSION);
  if (cache[version] == NULL)
    {
      g_autoptr(OkrDb) db = okr_db_open (":memory:", OKR_DB_CREATE, NULL);
      g_assert (db != NULL);
      for (int v = 1; v <= version; v++)
        if (!run_migration (db, v, NULL))
          g_error ("schema migration %d does not apply", v);
      cache[version] = read_schema (db, NULL);
    }
  return cache[version];
}

static gboolean
schema_row_equal (const SchemaRow *a, const SchemaRow *b)
{
  return g_strcmp0 (a->type, b->type) == 0 && g_strcmp0 (a->name, b->name) == 0 &&
         g_strcmp0 (a->tbl_name, b->tbl_name) == 0 && g_strcmp0 (a->sql, b->sql) == 0;
}

/* The statistics table that PRAGMA optimize may add is the only thing we accept beyond
 * our own schema. */
static gboolean
is_allowed_extra (const SchemaRow *r)
{
  return g_strcmp0 (r->type, "table") == 0 && g_strcmp0 (r->name, "sqlite_stat1") == 0 &&
         g_strcmp0 (r->sql, "CREATE TABLE sqlite_stat1(tbl,idx,stat)") == 0;
}

static gboolean
verify_schema (OkrDb *db, int version, const char *path, GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) actual = read_schema (db, &local_error);
  GPtrArray *expected = expected_schema (version);
  guint matched = 0;

  if (actual == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  for (guint i = 0; i < actual->len; i++)
    {
      const SchemaRow *r = g_ptr_array_index (actual, i);
      gboolean found = FALSE;

      for (guint j = 0; j < expected->len && !found; j++)
        found = schema_row_equal (r, g_ptr_array_index (expected, j));
      if (found)
        matched++;
      else if (!is_allowed_extra (r))
        {
          FAIL (OKR_STORE_ERROR_HOSTILE, path, _("“%s” contains parts that Cascade did not "
                                                 "create, so it was not opened, to keep your "
                                                 "computer safe."));
          return FALSE;
        }
    }
  if (matched != expected->len)
    {
      FAIL (OKR_STORE_ERROR_CORRUPT, path, _("“%s” is incomplete or damaged and can’t be "
                                             "opened."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
verify_references (OkrDb *db, const char *path, GError **error)
{
  sqlite3_stmt *stmt = okr_db_prepare (db, "PRAGMA foreign_key_check", error);
  gboolean has_row;

  if (stmt == NULL || !okr_db_step (db, stmt, &has_row, error))
    return FALSE;
  sqlite3_reset (stmt);
  if (has_row)
    {
      FAIL (OKR_STORE_ERROR_CORRUPT, path, _("“%s” is damaged and can’t be opened. If you have "
                                             "a backup or a synced copy, open that instead."));
      return FALSE;
    }
  return TRUE;
}

gboolean
_okr_store_verify_references (OkrStore *self, GError **error)
{
  return verify_references (self->db, self->path, error);
}

static gboolean
can_write (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  /* SQLite writes its rollback journal beside the file. */
  return g_access (path, W_OK) == 0 && g_access (dir, W_OK) == 0;
}

/* A connection for a full scan. SQLite leaves a table's CHECK constraints out of the
 * schema it reads on a connection that cannot write (it has no use for them there), and
 * its quick check then skips them: a scan of a file that can be written (even in a folder
 * that cannot) uses a connection that could write, which PRAGMA query_only keeps from
 * writing. No hot journal is left to roll back by then: the document's own connection has
 * opened the file. */
static OkrDb *
open_for_scan (const char *path, GError **error)
{
  OkrDb *db = okr_db_open (path, g_access (path, W_OK) == 0 ? 0 : OKR_DB_READ_ONLY, error);

  if (db != NULL && !okr_db_exec (db, "PRAGMA query_only = ON", error))
    g_clear_pointer (&db, okr_db_close);
  return db;
}

/* SQLite's quick check: every page of the file, on @db. */
static gboolean
quick_check (OkrDb *db, const char *path, GError **error)
{
  sqlite3_stmt *stmt = okr_db_prepare (db, "PRAGMA quick_check(1)", error);
  gboolean has_row, ok;

  if (stmt == NULL || !okr_db_step (db, stmt, &has_row, error))
    return FALSE;
  ok = has_row && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_reset (stmt);
  if (!ok)
    FAIL (OKR_STORE_ERROR_CORRUPT, path, _("“%s” is damaged and can’t be opened. If you have "
                                           "a backup or a synced copy, open that instead."));
  return ok;
}

/* A scan on a connection of its own in another thread: the foreign-key check beside the
 * quick check, or both left to the background (then @done is made ready at the end). */
typedef struct Scan {
  char     *path;
  GSource  *done;
  dev_t     dev;       /* the file that must be at @path: the one the document opened */
  ino_t     ino;
  gboolean  replaced;  /* another file was at @path */
  gboolean  ok;
  GError   *error;
} Scan;

static gpointer
check_references (gpointer data)
{
  Scan *check = data;
  g_autoptr(OkrDb) db = open_for_scan (check->path, &check->error);

  check->ok = db != NULL && verify_references (db, check->path, &check->error);
  return NULL;
}

/* Reads every page (the quick check) and every reference (the foreign-key check), each on
 * a connection of its own. The two scans are independent and each takes a good part of a
 * second on a company's document, so they run side by side; both must pass, and the
 * quick check's verdict on a damaged file comes first. */
static gboolean
verify_content (const char *path, GError **error)
{
  g_autoptr(GError) local_error = NULL;
  Scan references = { .path = (char *) path };
  GThread *thread = g_thread_new ("okr-verify", check_references, &references);
  g_autoptr(OkrDb) db = open_for_scan (path, &local_error);
  gboolean ok = db != NULL && quick_check (db, path, &local_error);

  g_thread_join (thread);
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (!references.ok)
    g_propagate_error (error, g_steal_pointer (&references.error));
  g_clear_error (&references.error);
  return ok && references.ok;
}

static gboolean
load_meta (OkrStore *self, GError **error)
{
  sqlite3_stmt *stmt = okr_db_prepare (self->db, "SELECT key, value FROM meta", error);
  gboolean has_row, have_id = FALSE;
  OkrStamp last = 0;

  if (stmt == NULL)
    return FALSE;
  while (okr_db_step (self->db, stmt, &has_row, error) && has_row)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);
      const char *value = (const char *) sqlite3_column_text (stmt, 1);

      if (g_strcmp0 (key, "document_id") == 0)
        have_id = okr_uuid_parse (value, &self->document_id);
      else if (g_strcmp0 (key, "clock") == 0 && value != NULL)
        last = g_ascii_strtoll (value, NULL, 10);
    }
  if (error != NULL && *error != NULL)
    return FALSE;
  sqlite3_reset (stmt);

  if (!have_id)
    {
      FAIL (OKR_STORE_ERROR_CORRUPT, self->path, _("“%s” is incomplete or damaged and can’t "
                                                   "be opened."));
      return FALSE;
    }
  okr_clock_init (&self->clock, self->device->tag, last);
  return TRUE;
}

static gboolean
configure (OkrStore *self, GError **error)
{
  if (!okr_db_exec (self->db, "PRAGMA foreign_keys = ON", error) ||
      !okr_db_exec (self->db, "PRAGMA cell_size_check = ON", error) ||
      !okr_db_exec (self->db, "PRAGMA mmap_size = 0", error) ||
      !okr_db_exec (self->db, "PRAGMA cache_size = -16000", error))
    return FALSE;
  if (self->read_only)
    return TRUE;
  /* A rollback journal, not WAL: the file on disk is always complete by itself. A private
   * working copy (okr-sync.c) is never copied as it stands, so it can use WAL. */
  if (self->working_copy)
    return okr_db_exec (self->db, "PRAGMA journal_mode = WAL", error) &&
           okr_db_exec (self->db, "PRAGMA synchronous = FULL", error);
  return okr_db_exec (self->db, "PRAGMA journal_mode = DELETE", error) &&
         okr_db_exec (self->db, "PRAGMA synchronous = FULL", error);
}

/* Adds a clear sentence when SQLite could not read the file at all. */
static void
reword_open_error (GError **error, const char *path)
{
  if (error == NULL || *error == NULL || (*error)->domain != OKR_STORE_ERROR)
    return;
  if ((*error)->code == OKR_STORE_ERROR_FAILED || (*error)->code == OKR_STORE_ERROR_INVALID)
    {
      g_clear_error (error);
      FAIL (OKR_STORE_ERROR_CORRUPT, path, _("“%s” is damaged and can’t be opened. If you have "
                                             "a backup or a synced copy, open that instead."));
    }
}

/* ─────────────── the full scans, left to the background ───────────────
 *
 * With OKR_STORE_OPEN_VERIFY_LATER, a file Cascade has not verified opens once its header
 * and schema are checked, and the two full scans run on connections of their own, from
 * when the main context is idle (the window has drawn the document). Nothing is written
 * before they pass: the first edit waits for them. A file that fails is refused from then
 * on, and OkrStore::verified says so. A scan that could not finish (the file busy, or
 * replaced at its path) is no verdict: the next edit scans the file on the document's own
 * connection first. */

static gpointer
verify_in_background (gpointer data)
{
  Scan *v = data;

  v->ok = is_opened_file (v->path, v->dev, v->ino) && verify_content (v->path, &v->error);
  /* the scan connections opened the file at the path: it must still be the document's */
  v->replaced = !is_opened_file (v->path, v->dev, v->ino);
  if (!v->ok)
    reword_open_error (&v->error, v->path);
  g_source_set_ready_time (v->done, 0);
  return NULL;
}

static void
launch_scans (OkrStore *self)
{
  if (self->verification != NULL && self->verifier == NULL)
    self->verifier = g_thread_new ("okr-verify-later", verify_in_background,
                                   self->verification);
}

static void
take_verdict (OkrStore *self, gboolean ok, GError **error)
{
  if (ok)
    {
      self->verified_at = g_get_real_time () / G_USEC_PER_SEC;
      self->trusted = !self->written_outside;
      self->scans = SCANS_DONE;
    }
  else if (*error != NULL && (*error)->domain == OKR_STORE_ERROR &&
           ((*error)->code == OKR_STORE_ERROR_CORRUPT ||
            (*error)->code == OKR_STORE_ERROR_HOSTILE))
    {
      self->damage = g_steal_pointer (error);
      self->scans = SCANS_FAILED;
    }
  else
    self->scans = SCANS_AGAIN;
}

/* Waits for the scans and takes their verdict. @run: start them if they have not started;
 * else they are dropped, and the file stays unverified (closing). Main context only. */
static void
settle_verification (OkrStore *self, gboolean run)
{
  Scan *v = self->verification;

  if (v == NULL)
    return;
  if (run)
    launch_scans (self);
  if (self->verifier != NULL)
    {
      g_thread_join (g_steal_pointer (&self->verifier));
      if (v->replaced)
        self->scans = SCANS_AGAIN;
      else
        take_verdict (self, v->ok, &v->error);
    }
  else
    {
      self->scans = SCANS_DROPPED;
      g_source_destroy (self->verified_source);
    }
  g_clear_error (&v->error);
  g_free (v->path);
  g_free (g_steal_pointer (&self->verification));
}

static gboolean
verified_dispatch (GSource *source, GSourceFunc callback, gpointer user_data)
{
  g_source_set_ready_time (source, -1);
  return callback (user_data);
}

static GSourceFuncs verified_funcs = { NULL, NULL, verified_dispatch, NULL, NULL, NULL };

/* Dispatched twice: once the main context has nothing more urgent to do (the window that
 * shows the document has drawn it), to start the scans; then when they end. */
static gboolean
on_verified (gpointer data)
{
  g_autoptr(OkrStore) self = g_object_ref (OKR_STORE (data));

  if (self->verification != NULL && self->verifier == NULL)
    {
      launch_scans (self);
      return G_SOURCE_CONTINUE;
    }
  settle_verification (self, TRUE);
  if (self->scans == SCANS_DONE || self->scans == SCANS_FAILED)
    g_signal_emit (self, signals[VERIFIED], 0, self->scans == SCANS_DONE);
  return G_SOURCE_REMOVE;
}

static void
start_verification (OkrStore *self)
{
  Scan *v = g_new0 (Scan, 1);

  self->verified_source = g_source_new (&verified_funcs, sizeof (GSource));
  g_source_set_name (self->verified_source, "okr-store-verified");
  g_source_set_callback (self->verified_source, on_verified, self, NULL);
  g_source_set_priority (self->verified_source, G_PRIORITY_LOW);
  g_source_set_ready_time (self->verified_source, 0);
  g_source_attach (self->verified_source, g_main_context_get_thread_default ());
  v->path = g_strdup (self->path);
  v->done = self->verified_source;
  v->dev = self->opened_dev;
  v->ino = self->opened_ino;
  self->verification = v;
  self->scans = SCANS_PENDING;
}

/**
 * okr_store_is_verifying:
 *
 * Returns: %TRUE until the scans %OKR_STORE_OPEN_VERIFY_LATER left to the background have
 *   given their verdict
 */
gboolean
okr_store_is_verifying (OkrStore *self)
{
  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);
  return self->scans == SCANS_PENDING || self->scans == SCANS_AGAIN;
}

/**
 * okr_store_wait_verified:
 *
 * Waits for the background verification, if any, to end; when it gave no verdict (the
 * file was busy, or replaced at its path), scans the file on the document's own
 * connection.
 *
 * Returns: %FALSE with @error set when the file failed (it is then damaged, and every
 *   edit is refused), could not be scanned (a passing problem: the next edit tries again)
 *   or is closed
 */
gboolean
okr_store_wait_verified (OkrStore *self, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);

  settle_verification (self, TRUE);
  if (self->scans == SCANS_AGAIN && self->db != NULL)
    {
      g_autoptr(GError) local_error = NULL;
      gboolean ok = quick_check (self->db, self->path, &local_error) &&
                    verify_references (self->db, self->path, &local_error);

      take_verdict (self, ok, &local_error);
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
    }
  switch (self->scans)
    {
    case SCANS_DONE:
      return TRUE;
    case SCANS_FAILED:
      g_propagate_error (error, g_error_copy (self->damage));
      return FALSE;
    case SCANS_AGAIN:
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_FAILED,
                             _("The document is closed."));
      return FALSE;
    case SCANS_PENDING:
    case SCANS_DROPPED:
    default:
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_FAILED,
                           _("The document is closed."));
      return FALSE;
    }
}

/**
 * okr_store_open:
 * @path: a `.okr` file
 * @flags: #OkrStoreOpenFlags
 * @error: return location for an #OKR_STORE_ERROR
 *
 * Opens a document as untrusted input: the header is checked before SQLite reads the file,
 * the schema must be exactly the one Cascade writes, and the content must pass SQLite's
 * quick check and foreign-key check. A file that fails any of these is not changed.
 * The last two read the whole file, so they are skipped when Cascade itself verified or
 * wrote the file last, less than a week ago, and its identity on disk shows that nothing
 * else touched it since (see okr-store-trust.c): the trade-off is that silent damage by
 * the disk itself between two opens is found by SQLite when it reads the damaged page, or
 * by `cascade-cli check`, rather than at open.
 * With %OKR_STORE_OPEN_VERIFY_LATER the two scans of a file at the current version run in
 * the background instead, from when the main context is idle, and the first edit waits for
 * them (see okr_store_is_verifying()).
 * A file that cannot be written opens read-only; an older schema is migrated forward.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
OkrStore *
okr_store_open (const char *path, OkrStoreOpenFlags flags, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  g_autoptr(OkrStore) self = NULL;
  OkrFileIdentity identity;
  gboolean known, update_older, later, wal;
  int header_version;
  gint64 app_id, version;

  if (!probe_header (path, &header_version, &wal, error))
    return NULL;

  self = g_object_new (OKR_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  /* A caller that only reads may still have an older file updated (the header says which):
   * the connection that verifies the file is then the one that updates it. */
  update_older = (flags & OKR_STORE_OPEN_READ_ONLY) != 0 &&
                 (flags & OKR_STORE_OPEN_UPDATE_OLDER) != 0 &&
                 header_version < OKR_SCHEMA_VERSION && can_write (path);
  self->read_only = ((flags & OKR_STORE_OPEN_READ_ONLY) != 0 && !update_older) ||
                    !can_write (path);
  self->working_copy = (flags & OKR_STORE_OPEN_WORKING_COPY) != 0;
  /* Before SQLite opens the file: opening can change it (a crash's journal rolled back). */
  known = _okr_trust_identify (path, &identity) &&
          _okr_trust_lookup (path, &identity, &self->verified_at);

  self->db = okr_db_open (path, self->read_only ? OKR_DB_READ_ONLY : 0, error);
  if (self->db == NULL)
    return NULL;
  {
    GStatBuf st;

    if (g_stat (path, &st) == 0)
      {
        self->opened_dev = st.st_dev;
        self->opened_ino = st.st_ino;
      }
  }

  if (!okr_db_query_int (self->db, "PRAGMA application_id", &app_id, error) ||
      !okr_db_query_int (self->db, "PRAGMA user_version", &version, error))
    {
      reword_open_error (error, path);
      return NULL;
    }
  if (app_id != OKR_APPLICATION_ID || version != header_version)
    {
      FAIL (OKR_STORE_ERROR_CORRUPT, path, _("“%s” is incomplete or damaged and can’t be "
                                             "opened."));
      return NULL;
    }
  self->opened_version = (int) version;

  /* An older file is verified before it is updated, a working copy before it is merged */
  /* and a file in WAL mode, which configure() writes to (its journal mode) */
  later = !known && (flags & OKR_STORE_OPEN_VERIFY_LATER) != 0 && !self->working_copy &&
          version == OKR_SCHEMA_VERSION && !wal && !has_wal_file (path);
  if (!verify_schema (self->db, (int) version, path, error) ||
      (!known && !later && !verify_content (path, error)))
    {
      reword_open_error (error, path);
      return NULL;
    }
  if (!known)
    self->verified_at = g_get_real_time () / G_USEC_PER_SEC;

  if (version < OKR_SCHEMA_VERSION)
    {
      /* opened read-only on purpose (`cascade-cli check` never writes) */
      if (self->read_only && can_write (path))
        {
          FAIL (OKR_STORE_ERROR_READ_ONLY, path, _("“%s” was made by an older version of "
                                                   "Cascade. Open it in Cascade once to update "
                                                   "it, then try again."));
          return NULL;
        }
      if (self->read_only)
        {
          FAIL (OKR_STORE_ERROR_READ_ONLY, path, _("“%s” was made by an older version of "
                                                   "Cascade and must be updated, but it is "
                                                   "read-only."));
          return NULL;
        }
      for (int v = (int) version + 1; v <= OKR_SCHEMA_VERSION; v++)
        if (!run_migration (self->db, v, error))
          return NULL;
      /* updated for a caller that only reads: it writes nothing else */
      if (update_older)
        self->read_only = TRUE;
    }

  if (!configure (self, error) || !load_meta (self, error))
    {
      reword_open_error (error, path);
      return NULL;
    }
  okr_store_poll_external_change (self);
  self->trusted = !later;
  if (later)
    start_verification (self);
  return g_steal_pointer (&self);
}

static void
remove_database_files (const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  g_unlink (path);
  g_unlink (journal);
}

/* A document with its schema and identity but no rows: what import and merge fill. */
OkrStore *
_okr_store_create_empty (const char *path, const OkrUuid *document_id, GError **error)
{
  g_autoptr(OkrStore) self = NULL;
  g_autofree char *app_id = g_strdup_printf ("PRAGMA application_id = %d", OKR_APPLICATION_ID);
  char id_text[OKR_UUID_STRING_LEN + 1];
  g_autofree char *created = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  sqlite3_stmt *stmt;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      FAIL (OKR_STORE_ERROR_EXISTS, path, _("“%s” already exists. Choose another name."));
      return NULL;
    }

  self = g_object_new (OKR_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->db = okr_db_open (path, OKR_DB_CREATE, error);
  if (self->db == NULL)
    return NULL;

  self->document_id = *document_id;
  okr_uuid_write (&self->document_id, id_text);
  created = g_date_time_format_iso8601 (now);
  okr_clock_init (&self->clock, self->device->tag, 0);

  if (!okr_db_exec (self->db, app_id, error) ||
      !okr_db_exec (self->db, "PRAGMA page_size = 4096", error) ||
      !configure (self, error))
    goto failed;
  for (int v = 1; v <= OKR_SCHEMA_VERSION; v++)
    if (!run_migration (self->db, v, error))
      goto failed;
  self->opened_version = OKR_SCHEMA_VERSION;

  stmt = okr_db_prepare (self->db, "INSERT INTO meta (key, value) VALUES "
                                   "('document_id', ?), ('created', ?)", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, id_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, created, -1, SQLITE_TRANSIENT);
  if (!okr_db_step_done (self->db, stmt, error))
    goto failed;
  self->trusted = TRUE;
  self->verified_at = g_get_real_time () / G_USEC_PER_SEC;
  return g_steal_pointer (&self);

failed:
  g_clear_pointer (&self->db, okr_db_close);
  remove_database_files (path);
  return NULL;
}

void
_okr_store_discard (OkrStore *self)
{
  g_autofree char *path = g_strdup (self->path);

  g_clear_pointer (&self->db, okr_db_close);
  remove_database_files (path);
}

/**
 * okr_store_create:
 * @path: where to create the document; must not exist
 * @company_name: the name of the top unit
 *
 * Returns: (transfer full): the new, empty document
 */
OkrStore *
okr_store_create (const char *path, const char *company_name, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (company_name != NULL, NULL);

  g_autoptr(OkrStore) self = NULL;
  g_autoptr(OkrChanges) unit = okr_changes_new (OKR_ENTITY_UNIT);
  OkrUuid document_id;

  okr_uuid_generate (&document_id);
  self = _okr_store_create_empty (path, &document_id, error);
  if (self == NULL)
    return NULL;

  okr_changes_set_text (unit, "name", company_name);
  okr_changes_set_text (unit, "kind", "company");
  if (okr_store_insert (self, unit, error) == 0)
    {
      _okr_store_discard (self);
      return NULL;
    }

  /* Creating the document is not something to undo. */
  g_ptr_array_set_size (self->undo_stack, 0);
  return g_steal_pointer (&self);
}

/**
 * okr_store_check_file:
 *
 * The full check behind `cascade-cli check`: everything okr_store_open() verifies, plus
 * SQLite's complete integrity check (indexes included). Never writes.
 */
gboolean
okr_store_check_file (const char *path, GError **error)
{
  g_autoptr(OkrStore) store = okr_store_open (path, OKR_STORE_OPEN_READ_ONLY, error);
  g_autoptr(OkrDb) db = NULL;
  sqlite3_stmt *stmt;
  gboolean has_row;

  if (store == NULL)
    return FALSE;
  /* on a connection that reads the CHECK constraints too (open_for_scan) */
  db = open_for_scan (path, error);
  stmt = db != NULL ? okr_db_prepare (db, "PRAGMA integrity_check(1)", error) : NULL;
  if (stmt == NULL || !okr_db_step (db, stmt, &has_row, error))
    return FALSE;
  if (!has_row || g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    {
      sqlite3_reset (stmt);
      store->trusted = FALSE;
      FAIL (OKR_STORE_ERROR_CORRUPT, path, _("“%s” is damaged: it fails SQLite’s "
                                             "integrity check."));
      return FALSE;
    }
  sqlite3_reset (stmt);
  /* The open may have trusted the file without checking its references. */
  if (!verify_references (store->db, path, error))
    {
      store->trusted = FALSE;
      return FALSE;
    }
  return TRUE;
}

gboolean
okr_store_close (OkrStore *self, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  settle_verification (self, FALSE);
  /* statistics are a write: only to a verified file */
  if (self->db != NULL && !self->read_only && self->scans == SCANS_DONE)
    okr_db_exec (self->db, "PRAGMA optimize", NULL);
  close_db (self);
  return TRUE;
}

/**
 * okr_store_poll_external_change:
 *
 * Returns: %TRUE when another program (or another Cascade) committed to the file since
 *   the last call, so what is shown must be read again
 */
gboolean
okr_store_poll_external_change (OkrStore *self)
{
  gint64 version = 0;

  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);
  if (self->db == NULL || !okr_db_query_int (self->db, "PRAGMA data_version", &version, NULL))
    return FALSE;
  if (version == self->data_version)
    return FALSE;
  /* Not the first reading: another program wrote to the file. */
  if (self->data_version != 0)
    {
      self->trusted = FALSE;
      self->written_outside = TRUE;
    }
  self->data_version = version;
  return TRUE;
}

/**
 * okr_store_save_copy:
 * @path: where to write a complete copy; must not exist
 *
 * A consistent copy of the document as it is now, for when the original was deleted or
 * moved away behind our back.
 */
gboolean
okr_store_save_copy (OkrStore *self, const char *path, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);

  sqlite3_stmt *stmt;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      FAIL (OKR_STORE_ERROR_EXISTS, path, _("“%s” already exists. Choose another name."));
      return FALSE;
    }
  stmt = okr_db_prepare (self->db, "VACUUM INTO ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, path, -1, SQLITE_TRANSIENT);
  if (!okr_db_step_done (self->db, stmt, error))
    {
      g_unlink (path);
      return FALSE;
    }
  return TRUE;
}

const char *
okr_store_get_path (OkrStore *self)
{
  g_return_val_if_fail (OKR_IS_STORE (self), NULL);
  return self->path;
}

const OkrUuid *
okr_store_get_document_id (OkrStore *self)
{
  g_return_val_if_fail (OKR_IS_STORE (self), NULL);
  return &self->document_id;
}

gboolean
okr_store_is_read_only (OkrStore *self)
{
  g_return_val_if_fail (OKR_IS_STORE (self), TRUE);
  return self->read_only;
}

int
okr_store_get_opened_version (OkrStore *self)
{
  g_return_val_if_fail (OKR_IS_STORE (self), 0);
  return self->opened_version;
}

OkrDb *
_okr_store_get_db (OkrStore *self)
{
  return self->db;
}

/* ───────────────────────── transactions ───────────────────────── */

static gboolean
ensure_writable (OkrStore *self, GError **error)
{
  if (self->read_only)
    {
      FAIL (OKR_STORE_ERROR_READ_ONLY, self->path, _("“%s” is read-only, so changes can’t be "
                                                     "saved."));
      return FALSE;
    }
  if (self->db == NULL)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_FAILED,
                           _("The document is closed."));
      return FALSE;
    }
  return TRUE;
}

void
okr_store_begin_edit (OkrStore *self, const char *label)
{
  g_return_if_fail (OKR_IS_STORE (self));

  if (self->depth++ > 0)
    return;
  self->failed = FALSE;
  self->appended = FALSE;
  g_clear_error (&self->begin_error);
  self->touched = 0;
  g_free (self->label);
  self->label = g_strdup (label);
  g_array_set_size (self->journal, 0);
  if (self->read_only || self->db == NULL)
    {
      self->failed = TRUE;
      return;
    }
  /* nothing is written to a file before it is verified */
  if (!okr_store_wait_verified (self, &self->begin_error) ||
      !okr_db_exec (self->db, "BEGIN IMMEDIATE", &self->begin_error))
    self->failed = TRUE;
}

void
okr_store_abort_edit (OkrStore *self)
{
  g_return_if_fail (OKR_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  self->failed = TRUE;
  if (--self->depth > 0)
    return;
  if (self->db != NULL && sqlite3_get_autocommit (okr_db_get_handle (self->db)) == 0)
    okr_db_exec (self->db, "ROLLBACK", NULL);
  g_array_set_size (self->journal, 0);
  /* The device may have been recorded inside what was just rolled back. */
  self->device_row = 0;
  /* Stamps issued inside the rolled-back group are simply never used. */
}

static void
push_step (GPtrArray *stack, const char *label, GArray *entries)
{
  UndoStep *step = g_new0 (UndoStep, 1);

  step->label = g_strdup (label);
  step->entries = g_array_ref (entries);
  g_ptr_array_add (stack, step);
  if (stack->len > UNDO_DEPTH)
    g_ptr_array_remove_index (stack, 0);
}

static void
notify_undo_state (OkrStore *self, gboolean could_undo, gboolean could_redo)
{
  if (could_undo != okr_store_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != okr_store_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

gboolean
okr_store_end_edit (OkrStore *self, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (--self->depth > 0)
    return !self->failed;

  if (self->failed)
    {
      self->depth = 1;
      okr_store_abort_edit (self);
      if (!ensure_writable (self, error))
        return FALSE;
      if (self->begin_error != NULL)
        g_propagate_error (error, g_error_copy (self->begin_error));
      else
        g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_FAILED,
                             _("The change could not be saved."));
      return FALSE;
    }

  /* A local edit is made on what the last merge showed: its repairs become real edits. */
  if (self->touched != 0 && !self->merging && !_okr_merge_settle_repairs (self, error))
    goto rollback;
  if (self->touched != 0 && !_okr_store_save_clock (self, error))
    goto rollback;
  if (!okr_db_exec (self->db, "COMMIT", error))
    goto rollback;

  if (self->appended)
    {
      /* History (a check-in, a retraction) is never taken back by undo — a wrong check-in
       * is retracted — so undo can't reach behind it either. */
      gboolean could_undo = okr_store_can_undo (self);
      gboolean could_redo = okr_store_can_redo (self);

      g_ptr_array_set_size (self->undo_stack, 0);
      g_ptr_array_set_size (self->redo_stack, 0);
      g_array_set_size (self->journal, 0);
      notify_undo_state (self, could_undo, could_redo);
    }
  else if (self->journal->len > 0)
    {
      gboolean could_undo = okr_store_can_undo (self);
      gboolean could_redo = okr_store_can_redo (self);

      if (!self->replaying)
        {
          push_step (self->undo_stack, self->label, self->journal);
          g_ptr_array_set_size (self->redo_stack, 0);
        }
      g_array_unref (self->journal);
      self->journal = journal_new ();
      notify_undo_state (self, could_undo, could_redo);
    }

  if (self->touched != 0)
    g_signal_emit (self, signals[CHANGED], 0, self->touched);
  return TRUE;

rollback:
  okr_db_exec (self->db, "ROLLBACK", NULL);
  g_array_set_size (self->journal, 0);
  self->device_row = 0;
  return FALSE;
}

typedef enum { OP_ADD, OP_EDIT, OP_DELETE } Op;

/* What the Undo menu item says when the caller did not name the edit. */
static const char *
default_label (OkrEntity entity, Op op)
{
  static const char *labels[][3] = {
    [OKR_ENTITY_PERSON] = { N_("Add person"), N_("Edit person"), N_("Remove person") },
    [OKR_ENTITY_UNIT] = { N_("Add unit"), N_("Edit unit"), N_("Delete unit") },
    [OKR_ENTITY_CYCLE] = { N_("Add cycle"), N_("Edit cycle"), N_("Delete cycle") },
    [OKR_ENTITY_OBJECTIVE] = { N_("Add objective"), N_("Edit objective"), N_("Delete objective") },
    [OKR_ENTITY_KEY_RESULT] = { N_("Add key result"), N_("Edit key result"),
                                N_("Delete key result") },
    [OKR_ENTITY_MILESTONE] = { N_("Add milestone"), N_("Edit milestone"),
                               N_("Delete milestone") },
    [OKR_ENTITY_INITIATIVE] = { N_("Add initiative"), N_("Edit initiative"),
                                N_("Delete initiative") },
    [OKR_ENTITY_SCORE] = { N_("Score key result"), N_("Score key result"),
                           N_("Clear score") },
    [OKR_ENTITY_KPI] = { N_("Add KPI"), N_("Edit KPI"), N_("Delete KPI") },
    [OKR_ENTITY_RETROSPECTIVE] = { N_("Write retrospective"), N_("Edit retrospective"),
                                   N_("Delete retrospective") },
  };

  if (entity >= G_N_ELEMENTS (labels) || labels[entity][op] == NULL)
    return NULL;
  return _(labels[entity][op]);
}

/* Each primitive runs inside a savepoint: on failure the group survives without it, and
 * the caller decides whether to abort the whole group. Outside a group, the primitive is
 * its own group. */
static gboolean
op_begin (OkrStore *self, OkrEntity entity, Op op, gboolean *own_group, GError **error)
{
  if (!ensure_writable (self, error))
    return FALSE;
  *own_group = self->depth == 0;
  if (*own_group)
    okr_store_begin_edit (self, default_label (entity, op));
  else if (self->label == NULL)
    self->label = g_strdup (default_label (entity, op));
  if (self->failed)
    {
      if (self->begin_error != NULL)
        g_propagate_error (error, g_error_copy (self->begin_error));
      else
        g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_FAILED,
                             _("The change could not be saved."));
      if (*own_group)
        okr_store_abort_edit (self);
      return FALSE;
    }
  return okr_db_exec (self->db, "SAVEPOINT op", error);
}

static gboolean
op_end (OkrStore *self, gboolean own_group, gboolean ok, guint journal_mark, GError **error)
{
  if (ok)
    ok = okr_db_exec (self->db, "RELEASE op", error);
  if (!ok)
    {
      okr_db_exec (self->db, "ROLLBACK TO op", NULL);
      okr_db_exec (self->db, "RELEASE op", NULL);
      g_array_set_size (self->journal, journal_mark);
      self->device_row = 0;
      if (own_group)
        okr_store_abort_edit (self);
      return FALSE;
    }
  if (own_group)
    return okr_store_end_edit (self, error);
  return TRUE;
}

static gboolean
ensure_device (OkrStore *self, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row;

  if (self->device_row != 0)
    return TRUE;

  stmt = okr_db_prepare (self->db, "INSERT INTO devices (uuid, name) VALUES (?, ?) "
                                   "ON CONFLICT (uuid) DO UPDATE SET name = excluded.name "
                                   "RETURNING id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_blob (stmt, 1, self->device->uuid.bytes, 16, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, self->device->name, -1, SQLITE_STATIC);
  if (!okr_db_step (self->db, stmt, &has_row, error))
    return FALSE;
  self->device_row = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (self->device_row == 0)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_FAILED,
                           _("The change could not be saved."));
      return FALSE;
    }
  return TRUE;
}

OkrStamp
_okr_store_tick (OkrStore *self)
{
  return okr_clock_tick (&self->clock, okr_stamp_now_unix_ms ());
}

/* ───────────────────────── rows ───────────────────────── */

static const char *
intern_printf (const char *format, ...) G_GNUC_PRINTF (1, 2);

static const char *
intern_printf (const char *format, ...)
{
  g_autofree char *s = NULL;
  va_list args;

  va_start (args, format);
  s = g_strdup_vprintf (format, args);
  va_end (args);
  return g_intern_string (s);
}

static const char *
select_row_sql (const OkrTableInfo *info)
{
  static const char *cache[OKR_ENTITY_N];

  if (cache[info->entity] == NULL)
    {
      g_autoptr(GString) sql = g_string_new ("SELECT ");
      for (guint i = 0; i < info->n_fields; i++)
        g_string_append_printf (sql, "%s%s", i ? ", " : "", info->fields[i].name);
      g_string_append_printf (sql, " FROM %s WHERE id = ?", info->table);
      cache[info->entity] = g_intern_string (sql->str);
    }
  return cache[info->entity];
}

void
_okr_value_from_column (sqlite3_stmt *stmt, int col, OkrValue *value)
{
  switch (sqlite3_column_type (stmt, col))
    {
    case SQLITE_INTEGER:
      value->type = OKR_VALUE_INT;
      value->i = sqlite3_column_int64 (stmt, col);
      break;
    case SQLITE_FLOAT:
      value->type = OKR_VALUE_REAL;
      value->d = sqlite3_column_double (stmt, col);
      break;
    case SQLITE_TEXT:
      value->type = OKR_VALUE_TEXT;
      value->s = g_strdup ((const char *) sqlite3_column_text (stmt, col));
      break;
    default:
      value->type = OKR_VALUE_NULL;
      value->i = 0;
      break;
    }
}

void
_okr_value_bind (sqlite3_stmt *stmt, int col, const OkrValue *value)
{
  switch (value->type)
    {
    case OKR_VALUE_INT:
      sqlite3_bind_int64 (stmt, col, value->i);
      break;
    case OKR_VALUE_REAL:
      sqlite3_bind_double (stmt, col, value->d);
      break;
    case OKR_VALUE_TEXT:
      sqlite3_bind_text (stmt, col, value->s, -1, SQLITE_TRANSIENT);
      break;
    default:
      sqlite3_bind_null (stmt, col);
      break;
    }
}

void
okr_store_clear_row (OkrEntity entity, OkrValue *values)
{
  const OkrTableInfo *info = okr_schema_get_table (entity);

  for (guint i = 0; i < info->n_fields; i++)
    okr_value_clear (&values[i]);
}

/**
 * okr_store_get_row:
 * @values: (out caller-allocates): an array of the table's number of fields
 *
 * Reads every field of a row, in the order of the table's #OkrTableInfo. Clear the values
 * with okr_store_clear_row().
 */
gboolean
okr_store_get_row (OkrStore *self, OkrEntity entity, gint64 id, OkrValue *values, GError **error)
{
  const OkrTableInfo *info = okr_schema_get_table (entity);
  sqlite3_stmt *stmt = okr_db_prepare (self->db, select_row_sql (info), error);
  gboolean has_row;

  memset (values, 0, sizeof (OkrValue) * info->n_fields);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!okr_db_step (self->db, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND,
                           _("That item no longer exists."));
      return FALSE;
    }
  for (guint i = 0; i < info->n_fields; i++)
    _okr_value_from_column (stmt, (int) i, &values[i]);
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
okr_store_get_uuid (OkrStore *self, OkrEntity entity, gint64 id, OkrUuid *uuid)
{
  const OkrTableInfo *info = okr_schema_get_table (entity);
  sqlite3_stmt *stmt = okr_db_prepare (self->db,
                                       intern_printf ("SELECT uuid FROM %s WHERE id = ?",
                                                      info->table), NULL);
  gboolean has_row = FALSE, ok = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (okr_db_step (self->db, stmt, &has_row, NULL) && has_row)
    ok = okr_uuid_from_blob (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0), uuid);
  sqlite3_reset (stmt);
  return ok;
}

gint64
okr_store_lookup_uuid (OkrStore *self, OkrEntity entity, const OkrUuid *uuid)
{
  const OkrTableInfo *info = okr_schema_get_table (entity);
  sqlite3_stmt *stmt = okr_db_prepare (self->db,
                                       intern_printf ("SELECT id FROM %s WHERE uuid = ?",
                                                      info->table), NULL);
  gboolean has_row = FALSE;
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_blob (stmt, 1, uuid->bytes, 16, SQLITE_STATIC);
  if (okr_db_step (self->db, stmt, &has_row, NULL) && has_row)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

/* Live: exists and, for tables with tombstones, is not deleted. */
gboolean
okr_store_row_exists (OkrStore *self, OkrEntity entity, gint64 id)
{
  const OkrTableInfo *info = okr_schema_get_table (entity);
  const char *sql = info->append_only
    ? intern_printf ("SELECT 1 FROM %s WHERE id = ?", info->table)
    : intern_printf ("SELECT 1 FROM %s WHERE id = ? AND deleted = 0", info->table);
  sqlite3_stmt *stmt = okr_db_prepare (self->db, sql, NULL);
  gboolean has_row = FALSE;

  if (stmt == NULL || id <= 0)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  okr_db_step (self->db, stmt, &has_row, NULL);
  sqlite3_reset (stmt);
  return has_row;
}

/* ───────────────────────── writes ───────────────────────── */

static guint
deleted_field (const OkrTableInfo *info)
{
  g_assert (!info->append_only);
  return info->n_fields - 1;
}

static void
journal_add (OkrStore *self, OkrEntity entity, gint64 id, guint field,
             const OkrValue *before, const OkrValue *after)
{
  JournalEntry e = { .entity = entity, .id = id, .field = field };

  okr_value_copy (before, &e.before);
  okr_value_copy (after, &e.after);
  g_array_append_val (self->journal, e);
}

static gboolean
check_row (OkrStore *self, OkrEntity entity, gint64 id, const OkrValue *before,
           GError **error)
{
  const OkrTableInfo *info = okr_schema_get_table (entity);
  g_autofree OkrValue *after = g_new0 (OkrValue, info->n_fields);
  gboolean ok;

  if (!okr_store_get_row (self, entity, id, after, error))
    return FALSE;
  ok = _okr_store_validate (self, entity, id, before, after, error);
  okr_store_clear_row (entity, after);
  return ok;
}

/* A KR moved to another objective, deleted or brought back takes its check-ins' confidence
 * out of one objective's weekly summary and into another's (schema v4). */
static gboolean
refresh_kr_weeks (OkrStore *self, gint64 id, const OkrValue *before, OkrChanges *changes,
                  GError **error)
{
  const OkrTableInfo *info = okr_schema_get_table (OKR_ENTITY_KEY_RESULT);
  const OkrValue *moved = okr_changes_lookup (changes, "objective_id");
  const OkrValue *deleted = okr_changes_lookup (changes, "deleted");
  guint f;

  okr_schema_find_field (info, "objective_id", &f);
  if (moved != NULL && !okr_value_equal (moved, &before[f]))
    return _okr_store_refresh_weeks (self, before[f].i, error) &&
           _okr_store_refresh_weeks (self, moved->i, error);
  if (deleted != NULL && !okr_value_equal (deleted, &before[deleted_field (info)]))
    return _okr_store_refresh_weeks (self, before[f].i, error);
  return TRUE;
}

static gint64
insert_row (OkrStore *self, OkrChanges *changes, const OkrUuid *given_uuid, GError **error)
{
  OkrEntity entity = okr_changes_get_entity (changes);
  const OkrTableInfo *info = okr_schema_get_table (entity);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new ("?");
  OkrUuid uuid;
  OkrStamp stamp;
  sqlite3_stmt *stmt;
  gboolean has_row;
  gint64 id;
  int col = 1;

  if (given_uuid != NULL)
    uuid = *given_uuid;
  else
    okr_uuid_generate (&uuid);
  stamp = _okr_store_tick (self);

  g_string_printf (sql, "INSERT INTO %s (uuid", info->table);
  for (guint i = 0; i < okr_changes_get_length (changes); i++)
    {
      guint f;
      okr_changes_get (changes, i, &f);
      g_string_append_printf (sql, ", %s", info->fields[f].name);
      g_string_append (values, ", ?");
    }
  if (info->append_only)
    {
      g_string_append (sql, ", stamp, device_id");
      g_string_append (values, ", ?, ?");
    }
  else
    {
      for (guint f = 0; f < info->n_fields; f++)
        if (okr_schema_has_stamp (info, f))
          {
            g_string_append_printf (sql, ", %s_at", info->fields[f].name);
            g_string_append (values, ", ?");
          }
    }
  g_string_append_printf (sql, ") VALUES (%s) RETURNING id", values->str);

  stmt = okr_db_prepare (self->db, g_intern_string (sql->str), error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_blob (stmt, col++, uuid.bytes, 16, SQLITE_TRANSIENT);
  for (guint i = 0; i < okr_changes_get_length (changes); i++)
    _okr_value_bind (stmt, col++, okr_changes_get (changes, i, NULL));
  if (info->append_only)
    {
      sqlite3_bind_int64 (stmt, col++, stamp);
      sqlite3_bind_int64 (stmt, col++, self->device_row);
    }
  else
    for (guint f = 0; f < info->n_fields; f++)
      if (okr_schema_has_stamp (info, f))
        sqlite3_bind_int64 (stmt, col++, stamp);

  if (!okr_db_step (self->db, stmt, &has_row, error))
    return 0;
  id = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return id;
}

static gint64
insert_common (OkrStore *self, OkrChanges *changes, const OkrUuid *uuid, GError **error)
{
  OkrEntity entity = okr_changes_get_entity (changes);
  const OkrTableInfo *info = okr_schema_get_table (entity);
  gboolean own_group;
  guint mark = self->journal->len;
  gint64 id = 0;
  gboolean ok;

  if (!op_begin (self, entity, OP_ADD, &own_group, error))
    return 0;
  ok = ensure_device (self, error) &&
       (id = insert_row (self, changes, uuid, error)) != 0 &&
       check_row (self, entity, id, NULL, error);
  if (ok && !info->append_only)
    {
      /* A new row is recorded as "deleted 1 → 0", so undoing it is a tombstone. */
      OkrValue gone = { .type = OKR_VALUE_INT, .i = 1 };
      OkrValue live = { .type = OKR_VALUE_INT, .i = 0 };
      journal_add (self, entity, id, deleted_field (info), &gone, &live);
    }
  if (ok)
    {
      self->touched |= 1u << entity;
      self->appended |= info->append_only;
    }
  if (!op_end (self, own_group, ok, mark, error))
    return 0;
  return id;
}

/**
 * okr_store_insert:
 * @changes: the new row's fields (others take their defaults)
 *
 * Returns: the new row's id, or 0 with @error set
 */
gint64
okr_store_insert (OkrStore *self, OkrChanges *changes, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (self), 0);
  g_return_val_if_fail (!okr_schema_get_table (okr_changes_get_entity (changes))->append_only, 0);

  return insert_common (self, changes, NULL, error);
}

/* For rows whose identity is derived (a KR's score, a retrospective), and for import. */
gint64
okr_store_insert_with_uuid (OkrStore *self, OkrChanges *changes, const OkrUuid *uuid,
                            GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (self), 0);
  g_return_val_if_fail (uuid != NULL, 0);

  return insert_common (self, changes, uuid, error);
}

gint64
okr_store_append (OkrStore *self, OkrChanges *changes, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (self), 0);
  g_return_val_if_fail (okr_schema_get_table (okr_changes_get_entity (changes))->append_only, 0);

  return insert_common (self, changes, NULL, error);
}

static gboolean revive_containers (OkrStore *self, OkrEntity entity, gint64 id,
                                   GError **error);

/* Writes the fields of @changes that differ from the row, each with a fresh stamp. */
static gboolean
update_row (OkrStore *self, gint64 id, OkrChanges *changes, gboolean allow_deleted,
            GError **error)
{
  OkrEntity entity = okr_changes_get_entity (changes);
  const OkrTableInfo *info = okr_schema_get_table (entity);
  g_autofree OkrValue *before = g_new0 (OkrValue, info->n_fields);
  g_autoptr(GString) sql = NULL;
  sqlite3_stmt *stmt;
  OkrStamp stamp;
  guint n_changed = 0;
  int col = 1;
  gboolean ok = FALSE;

  if (!okr_store_get_row (self, entity, id, before, error))
    return FALSE;
  /* Setting "deleted" to false explicitly brings a tombstoned row back (a score cleared
   * and given again); any other edit of a deleted row is refused. */
  {
    const OkrValue *revive = okr_changes_lookup (changes, "deleted");
    if (revive != NULL && revive->type == OKR_VALUE_INT && revive->i == 0)
      allow_deleted = TRUE;
  }
  if (!allow_deleted && before[deleted_field (info)].i != 0)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND,
                           _("That item has been deleted."));
      goto out;
    }

  sql = g_string_new (NULL);
  g_string_printf (sql, "UPDATE %s SET ", info->table);
  for (guint i = 0; i < okr_changes_get_length (changes); i++)
    {
      guint f;
      const OkrValue *v = okr_changes_get (changes, i, &f);

      if (okr_value_equal (v, &before[f]))
        continue;
      if (info->fields[f].immutable)
        {
          g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                               _("That field can’t be changed."));
          goto out;
        }
      g_string_append_printf (sql, "%s%s = ?, %s_at = ?", n_changed ? ", " : "",
                              info->fields[f].name, info->fields[f].name);
      n_changed++;
    }
  if (n_changed == 0)
    {
      ok = TRUE;
      goto out;
    }
  g_string_append (sql, " WHERE id = ?");

  stmt = okr_db_prepare (self->db, g_intern_string (sql->str), error);
  if (stmt == NULL)
    goto out;
  stamp = _okr_store_tick (self);
  for (guint i = 0; i < okr_changes_get_length (changes); i++)
    {
      guint f;
      const OkrValue *v = okr_changes_get (changes, i, &f);

      if (okr_value_equal (v, &before[f]))
        continue;
      _okr_value_bind (stmt, col++, v);
      sqlite3_bind_int64 (stmt, col++, stamp);
      journal_add (self, entity, id, f, &before[f], v);
    }
  sqlite3_bind_int64 (stmt, col, id);
  if (!okr_db_step_done (self->db, stmt, error))
    goto out;

  ok = check_row (self, entity, id, before, error);
  if (ok)
    self->touched |= 1u << entity;
  if (ok && entity == OKR_ENTITY_KEY_RESULT)
    ok = refresh_kr_weeks (self, id, before, changes, error);
  /* A row brought back brings back what contains it (a KR its objective, a team its
   * department): a live row inside a deleted one would be out of sight. Merging follows
   * the same rule. */
  {
    const OkrValue *revive = okr_changes_lookup (changes, "deleted");
    if (ok && before[deleted_field (info)].i != 0 && revive != NULL &&
        revive->type == OKR_VALUE_INT && revive->i == 0)
      ok = revive_containers (self, entity, id, error);
  }

out:
  okr_store_clear_row (entity, before);
  return ok;
}

gboolean
okr_store_update (OkrStore *self, gint64 id, OkrChanges *changes, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);
  g_return_val_if_fail (!okr_schema_get_table (okr_changes_get_entity (changes))->append_only,
                        FALSE);

  gboolean own_group;
  guint mark = self->journal->len;

  if (!op_begin (self, okr_changes_get_entity (changes), OP_EDIT, &own_group, error))
    return FALSE;
  return op_end (self, own_group,
                 ensure_device (self, error) && update_row (self, id, changes, FALSE, error),
                 mark, error);
}

/* What a tombstone takes with it. Children are tombstoned before their parent, so that
 * undo (which replays backwards) revives the parent first. Rows that merely point at the
 * deleted row (an objective aligned to it) lose the pointer instead. */
static const OkrCascade cascades[] = {
  { OKR_ENTITY_UNIT, OKR_ENTITY_UNIT, "parent_id", FALSE },
  { OKR_ENTITY_UNIT, OKR_ENTITY_OBJECTIVE, "unit_id", FALSE },
  { OKR_ENTITY_UNIT, OKR_ENTITY_KPI, "unit_id", FALSE },
  { OKR_ENTITY_UNIT, OKR_ENTITY_RETROSPECTIVE, "unit_id", FALSE },
  { OKR_ENTITY_CYCLE, OKR_ENTITY_OBJECTIVE, "cycle_id", FALSE },
  { OKR_ENTITY_CYCLE, OKR_ENTITY_RETROSPECTIVE, "cycle_id", FALSE },
  { OKR_ENTITY_CYCLE, OKR_ENTITY_CYCLE, "parent_id", TRUE },
  { OKR_ENTITY_OBJECTIVE, OKR_ENTITY_KEY_RESULT, "objective_id", FALSE },
  { OKR_ENTITY_OBJECTIVE, OKR_ENTITY_OBJECTIVE, "align_objective_id", TRUE },
  { OKR_ENTITY_KEY_RESULT, OKR_ENTITY_MILESTONE, "kr_id", FALSE },
  { OKR_ENTITY_KEY_RESULT, OKR_ENTITY_INITIATIVE, "kr_id", FALSE },
  { OKR_ENTITY_KEY_RESULT, OKR_ENTITY_SCORE, "kr_id", FALSE },
  { OKR_ENTITY_KEY_RESULT, OKR_ENTITY_OBJECTIVE, "align_kr_id", TRUE },
};

/* The merge follows the same containment: an edit newer than a deletion brings the row's
 * containers back. */
const OkrCascade *
_okr_store_get_cascades (guint *n)
{
  *n = G_N_ELEMENTS (cascades);
  return cascades;
}

static gboolean delete_row (OkrStore *self, OkrEntity entity, gint64 id, GError **error);

static gboolean
revive_containers (OkrStore *self, OkrEntity entity, gint64 id, GError **error)
{
  const OkrTableInfo *info = okr_schema_get_table (entity);
  g_autofree OkrValue *row = g_new0 (OkrValue, info->n_fields);
  gboolean ok = okr_store_get_row (self, entity, id, row, error);

  for (guint c = 0; ok && c < G_N_ELEMENTS (cascades); c++)
    {
      const OkrCascade *cascade = &cascades[c];
      guint f;
      gint64 parent;

      if (cascade->clear || cascade->child != entity ||
          okr_schema_find_field (info, cascade->field, &f) == NULL)
        continue;
      parent = row[f].type == OKR_VALUE_INT ? row[f].i : 0;
      if (parent != 0 && !okr_store_row_exists (self, cascade->parent, parent))
        {
          g_autoptr(OkrChanges) revive = okr_changes_new (cascade->parent);
          okr_changes_set_bool (revive, "deleted", FALSE);
          ok = update_row (self, parent, revive, FALSE, error);
        }
    }
  okr_store_clear_row (entity, row);
  return ok;
}

static gboolean
delete_children (OkrStore *self, OkrEntity entity, gint64 id, GError **error)
{
  for (guint c = 0; c < G_N_ELEMENTS (cascades); c++)
    {
      const OkrCascade *cascade = &cascades[c];
      const OkrTableInfo *child = okr_schema_get_table (cascade->child);
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      sqlite3_stmt *stmt;
      gboolean has_row;

      if (cascade->parent != entity)
        continue;
      stmt = okr_db_prepare (self->db,
                             intern_printf ("SELECT id FROM %s WHERE %s = ? AND deleted = 0",
                                            child->table, cascade->field), error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      while (okr_db_step (self->db, stmt, &has_row, error) && has_row)
        {
          gint64 child_id = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (ids, child_id);
        }
      if (error != NULL && *error != NULL)
        return FALSE;
      sqlite3_reset (stmt);

      for (guint i = 0; i < ids->len; i++)
        {
          gint64 child_id = g_array_index (ids, gint64, i);
          gboolean ok;

          if (cascade->clear)
            {
              g_autoptr(OkrChanges) clear = okr_changes_new (cascade->child);
              okr_changes_set_null (clear, cascade->field);
              ok = update_row (self, child_id, clear, FALSE, error);
            }
          else
            ok = delete_row (self, cascade->child, child_id, error);
          if (!ok)
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
delete_row (OkrStore *self, OkrEntity entity, gint64 id, GError **error)
{
  g_autoptr(OkrChanges) tombstone = okr_changes_new (entity);

  if (!delete_children (self, entity, id, error))
    return FALSE;
  okr_changes_set_bool (tombstone, "deleted", TRUE);
  return update_row (self, id, tombstone, FALSE, error);
}

gboolean
okr_store_delete (OkrStore *self, OkrEntity entity, gint64 id, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);
  g_return_val_if_fail (!okr_schema_get_table (entity)->append_only, FALSE);

  gboolean own_group;
  guint mark = self->journal->len;

  if (entity == OKR_ENTITY_UNIT && id == okr_store_get_root_unit (self))
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                           _("The company itself can’t be deleted."));
      return FALSE;
    }
  if (!op_begin (self, entity, OP_DELETE, &own_group, error))
    return FALSE;
  return op_end (self, own_group, ensure_device (self, error) && delete_row (self, entity, id, error),
                 mark, error);
}

/* ───────────────────────── undo ───────────────────────── */

gboolean
okr_store_can_undo (OkrStore *self)
{
  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);
  return self->undo_stack->len > 0 && !self->read_only;
}

gboolean
okr_store_can_redo (OkrStore *self)
{
  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);
  return self->redo_stack->len > 0 && !self->read_only;
}

static const char *
top_label (GPtrArray *stack)
{
  if (stack->len == 0)
    return NULL;
  return ((UndoStep *) g_ptr_array_index (stack, stack->len - 1))->label;
}

const char *
okr_store_get_undo_label (OkrStore *self)
{
  g_return_val_if_fail (OKR_IS_STORE (self), NULL);
  return top_label (self->undo_stack);
}

const char *
okr_store_get_redo_label (OkrStore *self)
{
  g_return_val_if_fail (OKR_IS_STORE (self), NULL);
  return top_label (self->redo_stack);
}

/* Replays a step's entries, backwards to undo and forwards to redo. The fields of one row
 * that are next to each other in the step are written together, so that a row never has
 * to pass validation half-restored (a cycle whose start and end both moved). Values are
 * written with fresh stamps: an undo is a new edit, and merges treat it as one. */
static gboolean
replay (OkrStore *self, UndoStep *step, gboolean backwards, GError **error)
{
  GArray *entries = step->entries;
  guint n = entries->len;
  guint i = 0;

  while (i < n)
    {
      JournalEntry *first = &g_array_index (entries, JournalEntry, backwards ? n - 1 - i : i);
      g_autoptr(OkrChanges) changes = okr_changes_new (first->entity);

      while (i < n)
        {
          JournalEntry *e = &g_array_index (entries, JournalEntry, backwards ? n - 1 - i : i);
          if (e->entity != first->entity || e->id != first->id)
            break;
          okr_changes_set_value (changes, e->field, backwards ? &e->before : &e->after);
          i++;
        }
      if (!update_row (self, first->id, changes, TRUE, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
undo_redo (OkrStore *self, GPtrArray *from, GPtrArray *to, gboolean backwards, GError **error)
{
  gboolean could_undo = okr_store_can_undo (self);
  gboolean could_redo = okr_store_can_redo (self);
  UndoStep *step;
  gboolean own_group;

  if (from->len == 0)
    return TRUE;
  step = g_ptr_array_steal_index (from, from->len - 1);

  self->replaying = TRUE;
  if (!op_begin (self, OKR_ENTITY_N, OP_EDIT, &own_group, error))
    {
      self->replaying = FALSE;
      g_ptr_array_add (from, step);
      return FALSE;
    }
  g_free (self->label);
  self->label = g_strdup (step->label);
  if (!op_end (self, own_group, ensure_device (self, error) && replay (self, step, backwards, error),
               0, error))
    {
      self->replaying = FALSE;
      /* The document changed since (a merge, a deletion): this step can no longer be
       * applied exactly, and neither can the ones below it. */
      undo_step_free (step);
      g_ptr_array_set_size (from, 0);
      notify_undo_state (self, could_undo, could_redo);
      return FALSE;
    }
  self->replaying = FALSE;
  g_ptr_array_add (to, step);
  notify_undo_state (self, could_undo, could_redo);
  return TRUE;
}

gboolean
okr_store_undo (OkrStore *self, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  return undo_redo (self, self->undo_stack, self->redo_stack, TRUE, error);
}

gboolean
okr_store_redo (OkrStore *self, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  return undo_redo (self, self->redo_stack, self->undo_stack, FALSE, error);
}

void
_okr_store_set_lenient (OkrStore *self, gboolean lenient)
{
  self->lenient = lenient;
}

gboolean
_okr_store_is_lenient (OkrStore *self)
{
  return self->lenient;
}

/* After rows arrive from elsewhere, our next stamps must be later than theirs. */
void
_okr_store_observe (OkrStore *self, OkrStamp stamp)
{
  okr_clock_observe (&self->clock, stamp);
}

gboolean
_okr_store_set_meta (OkrStore *self, const char *key, const char *value, GError **error)
{
  sqlite3_stmt *stmt = okr_db_prepare (self->db, "INSERT OR REPLACE INTO meta (key, value) "
                                                 "VALUES (?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
  return okr_db_step_done (self->db, stmt, error);
}

gboolean
_okr_store_save_clock (OkrStore *self, GError **error)
{
  g_autofree char *clock = g_strdup_printf ("%" G_GINT64_FORMAT, self->clock.last);

  return _okr_store_set_meta (self, "clock", clock, error);
}

/* Derived state that the store keeps in step with its sources. */
void
_okr_store_touch (OkrStore *self, OkrEntity entity)
{
  self->touched |= 1u << entity;
}

/* The group brings in rows from elsewhere (a merge): the undo steps recorded before it
 * would write back values it may have replaced, so the history ends here, as it does
 * after a check-in. */
void
_okr_store_set_merging (OkrStore *self, gboolean merging)
{
  self->merging = merging;
}

void
_okr_store_end_undo_history (OkrStore *self)
{
  g_return_if_fail (self->depth > 0);
  self->appended = TRUE;
}

gint64
_okr_store_get_device_row (OkrStore *self)
{
  return self->device_row;
}
