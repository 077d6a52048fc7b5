/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "okr-editor.h"

G_BEGIN_DECLS

#define OKR_TYPE_PERSON_EDITOR (okr_person_editor_get_type ())
G_DECLARE_FINAL_TYPE (OkrPersonEditor, okr_person_editor, OKR, PERSON_EDITOR, OkrEditor)

GtkWidget *okr_person_editor_new (OkrWindow *window, gint64 person_id);

G_END_DECLS
