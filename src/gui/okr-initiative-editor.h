/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "okr-editor.h"

G_BEGIN_DECLS

#define OKR_TYPE_INITIATIVE_EDITOR (okr_initiative_editor_get_type ())
G_DECLARE_FINAL_TYPE (OkrInitiativeEditor, okr_initiative_editor, OKR, INITIATIVE_EDITOR, OkrEditor)

GtkWidget *okr_initiative_editor_new     (OkrWindow *window, gint64 initiative_id);
GtkWidget *okr_initiative_editor_new_for (OkrWindow *window, gint64 kr_id);

G_END_DECLS
