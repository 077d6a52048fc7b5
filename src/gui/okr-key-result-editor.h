/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "okr-editor.h"

G_BEGIN_DECLS

#define OKR_TYPE_KEY_RESULT_EDITOR (okr_key_result_editor_get_type ())
G_DECLARE_FINAL_TYPE (OkrKeyResultEditor, okr_key_result_editor, OKR, KEY_RESULT_EDITOR,
                      OkrEditor)

GtkWidget *okr_key_result_editor_new     (OkrWindow *window, gint64 kr_id);
GtkWidget *okr_key_result_editor_new_for (OkrWindow *window, gint64 objective_id);

G_END_DECLS
