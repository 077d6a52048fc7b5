/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-draw.h — the drawing primitives every Cascade picture shares (screen, PNG, PDF) */
#pragma once

#include <cairo.h>

#include "okr-types.h"

G_BEGIN_DECLS

typedef struct {
  double r, g, b;
} OkrRgb;

void okr_draw_status_color (OkrStatus status, gboolean dark, OkrRgb *rgb);
void okr_draw_set_color    (cairo_t *cr, const OkrRgb *rgb, double alpha);
void okr_draw_ring         (cairo_t *cr, double cx, double cy, double radius, double width,
                            double progress, double expected, OkrStatus status, gboolean dark);
void okr_draw_status_shape (cairo_t *cr, OkrStatus status, double cx, double cy, double size,
                            gboolean dark);

G_END_DECLS
