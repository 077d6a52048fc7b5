/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-preload.h — the document start-up will show, opened in a thread of its own while the
 * interface is still starting: the same open (okr_sync_open ()) and the same roll-up (of
 * the cycle current today) the window would otherwise do after it. GIO only. */
#pragma once

#include "okr-rollup.h"
#include "okr-sync.h"

G_BEGIN_DECLS

typedef struct _OkrPreload OkrPreload;

OkrPreload *okr_preload_start    (const char *path);
const char *okr_preload_get_path (OkrPreload *self);
OkrSync    *okr_preload_finish   (OkrPreload *self, OkrRollup **rollup, GError **error);
void        okr_preload_free     (OkrPreload *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkrPreload, okr_preload_free)

G_END_DECLS
