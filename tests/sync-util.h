/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sync-util.h — what the merge and sync tests share: playing several machines, a small
 * company to start from, random edits, and comparing documents by their canonical export */
#pragma once

#include <glib.h>

#include "okr-store.h"

G_BEGIN_DECLS

/* From now on this process is machine @n (1, 2, …): stores opened afterwards stamp their
 * edits with its device. */
void        sync_util_become        (guint n);

/* A company with departments, teams, people, a year, an active quarter, objectives, KRs
 * (one per kind that takes check-ins), check-ins, a score and a KPI. */
void        sync_util_make_company  (const char *path);

/* The document as its canonical JSON export: ordered by uuid, independent of local ids. */
char       *sync_util_export        (OkrStore *store);
char       *sync_util_export_file   (const char *path);

void        sync_util_copy          (const char *from, const char *to);

/* Fails the test with the first line where two exports differ. */
#define sync_util_assert_same(a, b) sync_util_assert_same_at (__FILE__, __LINE__, (a), (b))
void        sync_util_assert_same_at (const char *file, int line, const char *a, const char *b);

/* One random edit of any kind a leader makes — a field, a delete, an undelete, a move, an
 * alignment, a check-in, a retraction, a score, a KPI reading, an undo. Refused edits are
 * fine (a closed cycle, a deleted parent): the function says whether it wrote. The uuids
 * of the check-ins it adds go into @checkins when not NULL. */
gboolean    sync_util_random_edit   (OkrStore *store, GRand *rand, GHashTable *checkins);

/* The uuids (as strings) of every check-in of the document. */
GHashTable *sync_util_checkin_set   (OkrStore *store);

/* How many rows of @table match @where (SQL), read through the store's own connection. */
gint64      sync_util_count         (OkrStore *store, const char *table, const char *where);

G_END_DECLS
