/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-alignment-view.h — the alignment map page: the cascade of objectives across units */
#pragma once

#include <adwaita.h>

#include "okr-view.h"

G_BEGIN_DECLS

#define OKR_TYPE_ALIGNMENT_VIEW (okr_alignment_view_get_type ())
G_DECLARE_FINAL_TYPE (OkrAlignmentView, okr_alignment_view, OKR, ALIGNMENT_VIEW, AdwBin)

GtkWidget *okr_alignment_view_new        (void);
GtkWidget *okr_alignment_view_get_canvas (OkrAlignmentView *self);

G_END_DECLS
