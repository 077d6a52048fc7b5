/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-store-trust.h — remembering, outside a document, that Cascade verified it as it is */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What identifies one state of a file on disk. The change time (ctime) is set by the kernel
 * on every write, rename or chmod and cannot be set back by a program, so another writer
 * always leaves a different identity. */
typedef struct {
  guint64 device;
  guint64 inode;
  guint64 size;
  gint64  mtime_ns;
  gint64  ctime_ns;
  guint32 change_counter;   /* SQLite's file change counter, header bytes 24–27 */
} OkrFileIdentity;

/* The verification of a file stays valid this long, however often Cascade reopens it. */
#define OKR_TRUST_MAX_AGE (7 * G_TIME_SPAN_DAY / G_USEC_PER_SEC)

gboolean _okr_trust_identify (const char *path, OkrFileIdentity *identity);
gboolean _okr_trust_lookup   (const char *path, const OkrFileIdentity *identity,
                              gint64 *verified_at);
void     _okr_trust_remember (const char *path, gint64 verified_at);
void     _okr_trust_forget   (const char *path);

G_END_DECLS
