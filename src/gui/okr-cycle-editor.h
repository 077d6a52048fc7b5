/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "okr-editor.h"

G_BEGIN_DECLS

#define OKR_TYPE_CYCLE_EDITOR (okr_cycle_editor_get_type ())
G_DECLARE_FINAL_TYPE (OkrCycleEditor, okr_cycle_editor, OKR, CYCLE_EDITOR, OkrEditor)

GtkWidget *okr_cycle_editor_new (OkrWindow *window, gint64 cycle_id);

G_END_DECLS
