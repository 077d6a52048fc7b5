/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "okr-editor.h"

G_BEGIN_DECLS

#define OKR_TYPE_OBJECTIVE_EDITOR (okr_objective_editor_get_type ())
G_DECLARE_FINAL_TYPE (OkrObjectiveEditor, okr_objective_editor, OKR, OBJECTIVE_EDITOR, OkrEditor)

GtkWidget *okr_objective_editor_new     (OkrWindow *window, gint64 objective_id);
GtkWidget *okr_objective_editor_new_for (OkrWindow *window, gint64 unit_id,
                                         gint64 align_objective_id, gint64 align_kr_id);

G_END_DECLS
