/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "okr-types.h"

G_BEGIN_DECLS

#define OKR_TYPE_PROGRESS_RING (okr_progress_ring_get_type ())
G_DECLARE_FINAL_TYPE (OkrProgressRing, okr_progress_ring, OKR, PROGRESS_RING, GtkWidget)

GtkWidget *okr_progress_ring_new        (int size);
void       okr_progress_ring_set_values (OkrProgressRing *self, double progress, double expected,
                                         OkrStatus status);

G_END_DECLS
