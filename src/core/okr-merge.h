/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-merge.h — bringing another copy of the same document into this one, losing nothing */
#pragma once

#include "okr-store.h"

G_BEGIN_DECLS

typedef enum {
  OKR_MERGE_ADDED,     /* a row that was not here */
  OKR_MERGE_EDITED,    /* fields whose newer value came from the other copy */
  OKR_MERGE_DELETED,   /* the other copy deleted it after our last edit of it */
  OKR_MERGE_RESTORED,  /* an edit newer than its deletion brought it back */
  OKR_MERGE_HISTORY,   /* check-ins, retractions, readings or events added to a row */
} OkrMergeChangeKind;

typedef struct {
  OkrMergeChangeKind kind;
  OkrEntity          entity;    /* the row's table; for HISTORY, the history's table */
  OkrUuid            uuid;      /* the row; for HISTORY, the row the history belongs to */
  char              *title;     /* the row's title or name as it is now */
  char              *device;    /* the name of the machine whose edit this was */
  char             **fields;    /* EDITED: the columns that changed */
  guint              count;     /* HISTORY: how many entries */
} OkrMergeChange;

/* How many changes a report lists one by one; the counts below are always complete. */
#define OKR_MERGE_REPORT_MAX 200

typedef struct {
  GPtrArray *changes;     /* OkrMergeChange, at most OKR_MERGE_REPORT_MAX */
  guint      n_changes;   /* all changes, listed or not */
  guint      n_added;
  guint      n_edited;    /* rows with at least one field taken from the other copy */
  guint      n_deleted;
  guint      n_restored;
  guint      n_history;   /* check-ins, retractions, readings and events added */
  GPtrArray *warnings;    /* char *: sentences a leader should read (a clock far ahead, a
                           * loop in the unit tree that was broken) */
  gboolean   in_sync;     /* after the merge the other copy holds every edit this one does */
} OkrMergeReport;

gboolean okr_store_merge               (OkrStore *into, const char *other_path,
                                        OkrMergeReport **report, GError **error);

OkrMergeReport *okr_merge_report_new   (void);
void     okr_merge_report_free         (OkrMergeReport *report);
gboolean okr_merge_report_has_changes  (const OkrMergeReport *report);
void     okr_merge_report_absorb       (OkrMergeReport *into, OkrMergeReport *from);
char    *okr_merge_change_describe     (const OkrMergeChange *change);
const char *okr_entity_get_label       (OkrEntity entity);

/* The furthest ahead of this machine's clock a stamp may be; later ones are brought back. */
#define OKR_MERGE_MAX_AHEAD_MS (G_GINT64_CONSTANT (24) * 3600 * 1000)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkrMergeReport, okr_merge_report_free)

G_END_DECLS
