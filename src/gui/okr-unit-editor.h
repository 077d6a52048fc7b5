/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "okr-editor.h"

G_BEGIN_DECLS

#define OKR_TYPE_UNIT_EDITOR (okr_unit_editor_get_type ())
G_DECLARE_FINAL_TYPE (OkrUnitEditor, okr_unit_editor, OKR, UNIT_EDITOR, OkrEditor)

GtkWidget *okr_unit_editor_new     (OkrWindow *window, gint64 unit_id);
GtkWidget *okr_unit_editor_new_for (OkrWindow *window, gint64 parent_id);

G_END_DECLS
