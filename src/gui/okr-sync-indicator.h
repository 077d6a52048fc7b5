/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-sync-indicator.h — the header bar's word on where the document's changes are: saved,
 * publishing, merged from other copies, or safe in the working copy; what a merge changed;
 * and the switch "This file is shared through a sync folder" */
#pragma once

#include <gtk/gtk.h>

#include "okr-sync.h"

G_BEGIN_DECLS

#define OKR_TYPE_SYNC_INDICATOR (okr_sync_indicator_get_type ())
G_DECLARE_FINAL_TYPE (OkrSyncIndicator, okr_sync_indicator, OKR, SYNC_INDICATOR, GtkWidget)

GtkWidget  *okr_sync_indicator_new        (void);
void        okr_sync_indicator_set_sync   (OkrSyncIndicator *self, OkrSync *sync);
const char *okr_sync_indicator_get_text   (OkrSyncIndicator *self);
/* The words for a state (and, after a merge, how many copies were merged). */
char       *okr_sync_indicator_describe   (OkrSyncState state, guint n_merged);

G_END_DECLS
