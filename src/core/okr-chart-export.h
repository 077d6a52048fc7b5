/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-chart-export.h — a chart as a PNG, SVG or PDF file, written whole or not at all */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "okr-chart.h"

G_BEGIN_DECLS

typedef enum {
  OKR_CHART_FORMAT_PNG,
  OKR_CHART_FORMAT_SVG,
  OKR_CHART_FORMAT_PDF,
} OkrChartFormat;

/* The format a file name asks for (".png", ".svg", ".pdf", any case). */
gboolean okr_chart_format_from_path (const char *path, OkrChartFormat *format);

/* Checks an export's size: @width × @height logical pixels (PNG) or points (SVG, PDF), from
 * 16 to 8000, at @scale 1 to 4 (PNG only); a clear message when it can't be done. */
gboolean okr_chart_check_size       (double width, double height, double scale,
                                     GError **error);

/* Draws @chart (with its title) into @path. The file appears only once complete: a failure
 * leaves whatever was there before. */
gboolean okr_chart_export           (OkrChart *chart, const char *path, OkrChartFormat format,
                                     double width, double height, double scale,
                                     const OkrChartStyle *style, GError **error);

/* The chart as an ARGB32 image of @width × @height logical pixels at @scale (the surface's
 * device scale is set), for the clipboard. */
cairo_surface_t *okr_chart_render_image (OkrChart *chart, double width, double height,
                                         double scale, const OkrChartStyle *style);

/* A file written beside its destination and renamed over it when complete. */
typedef struct _OkrAtomicFile OkrAtomicFile;

OkrAtomicFile *okr_atomic_file_new    (const char *path, GError **error);
/* A cairo_write_func_t: pass the OkrAtomicFile as the closure. */
cairo_status_t okr_atomic_file_write  (void *file, const unsigned char *data,
                                       unsigned int length);
/* Flushes to the disk and renames into place; frees @file either way. */
gboolean       okr_atomic_file_commit (OkrAtomicFile *file, GError **error);
/* Removes what was written; frees @file. */
void           okr_atomic_file_abort  (OkrAtomicFile *file);

G_END_DECLS
