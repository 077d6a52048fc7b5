/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-store-trust.c — remembering, outside a document, that Cascade verified it as it is
 *
 * okr_store_open () treats every file as untrusted input: besides the header and schema
 * checks, it reads the whole file (SQLite's quick check) and every reference (the
 * foreign-key check). On a company-sized document that is most of a second, on every open.
 *
 * Yet most opens are of a file that Cascade itself verified or wrote last and that nothing
 * has touched since. When Cascade closes a document it notes the file's identity (device,
 * inode, size, modification and change times, SQLite's change counter) in the user's cache,
 * never in the file. An open whose file still has exactly that identity skips the two full
 * scans; the header and schema checks always run. Anything else — a new, copied, synced,
 * downloaded or restored file, another program's write, a crash that left a journal, a note
 * older than OKR_TRUST_MAX_AGE — gets the full check, as before. `cascade-cli check` always
 * checks everything.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "okr-store-trust.h"

/* Where the note for @path lives: one small file per document, named by its real path. */
static char *
note_path (const char *path)
{
  g_autofree char *real = realpath (path, NULL);
  g_autofree char *name = NULL;

  if (real == NULL)
    return NULL;
  name = g_compute_checksum_for_string (G_CHECKSUM_SHA256, real, -1);
  return g_build_filename (g_get_user_cache_dir (), "cascade", "verified", name, NULL);
}

gboolean
_okr_trust_identify (const char *path, OkrFileIdentity *identity)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  guint8 counter[4];
  struct stat st;
  int fd;
  gboolean ok;

  /* A journal left by a crash is rolled back by the next open: the content will change. */
  if (g_file_test (journal, G_FILE_TEST_EXISTS))
    return FALSE;
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return FALSE;
  ok = fstat (fd, &st) == 0 && pread (fd, counter, 4, 24) == 4;
  close (fd);
  if (!ok)
    return FALSE;
  *identity = (OkrFileIdentity) {
    .device = st.st_dev,
    .inode = st.st_ino,
    .size = st.st_size,
    .mtime_ns = st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec,
    .ctime_ns = st.st_ctim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_ctim.tv_nsec,
    .change_counter = (guint32) counter[0] << 24 | (guint32) counter[1] << 16 |
                      (guint32) counter[2] << 8 | counter[3],
  };
  return TRUE;
}

static char *
format_note (const OkrFileIdentity *id, gint64 verified_at)
{
  return g_strdup_printf ("%" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT
                          " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %u %" G_GINT64_FORMAT "\n",
                          id->device, id->inode, id->size, id->mtime_ns, id->ctime_ns,
                          id->change_counter, verified_at);
}

/**
 * _okr_trust_lookup:
 * @verified_at: (out): when the file was last fully verified, in seconds since 1970
 *
 * Returns: %TRUE when Cascade left a note that it verified or wrote the file with exactly
 *   this @identity, less than OKR_TRUST_MAX_AGE ago
 */
gboolean
_okr_trust_lookup (const char *path, const OkrFileIdentity *identity, gint64 *verified_at)
{
  g_autofree char *note = note_path (path);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  const char *last_space;
  gint64 when, now = g_get_real_time () / G_USEC_PER_SEC;

  if (note == NULL || !g_file_get_contents (note, &contents, NULL, NULL))
    return FALSE;
  last_space = strrchr (contents, ' ');
  if (last_space == NULL)
    return FALSE;
  when = g_ascii_strtoll (last_space + 1, NULL, 10);
  expected = format_note (identity, when);
  if (!g_str_equal (contents, expected) || when > now || now - when > OKR_TRUST_MAX_AGE)
    return FALSE;
  *verified_at = when;
  return TRUE;
}

/* Notes the file's identity as it is now. Call only when the file holds what Cascade
 * verified at @verified_at plus Cascade's own writes, and nothing else. */
void
_okr_trust_remember (const char *path, gint64 verified_at)
{
  g_autofree char *note = note_path (path);
  g_autofree char *dir = NULL;
  g_autofree char *text = NULL;
  OkrFileIdentity identity;

  if (note == NULL)
    return;
  dir = g_path_get_dirname (note);
  if (!_okr_trust_identify (path, &identity))
    {
      g_unlink (note);
      return;
    }
  text = format_note (&identity, verified_at);
  /* Without a note the next open simply checks everything: failures don't matter. */
  if (g_mkdir_with_parents (dir, 0700) == 0)
    g_file_set_contents_full (note, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL);
}

void
_okr_trust_forget (const char *path)
{
  g_autofree char *note = note_path (path);

  if (note != NULL)
    g_unlink (note);
}
