/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-editing.h — the window's drafting actions: new, edit, move, delete (with undo), find,
 * templates, copy from last cycle */
#pragma once

#include <adwaita.h>

#include "okr-schema.h"
#include "okr-store.h"

G_BEGIN_DECLS

typedef struct _OkrWindow OkrWindow;

void     okr_editing_install_actions (GtkWidgetClass *window_class);

/* "objective:<uuid>", the target the actions take (a title or an id prefix works too). */
char    *okr_editing_dup_ref         (OkrStore *store, OkrEntity entity, gint64 id);
gboolean okr_editing_parse_ref       (OkrStore *store, const char *ref, OkrEntity *entity,
                                      gint64 *id, GError **error);
GMenu   *okr_editing_menu_for        (OkrWindow *window, OkrEntity entity, gint64 id);
void     okr_editing_edit            (OkrWindow *window, OkrEntity entity, gint64 id);

G_END_DECLS
