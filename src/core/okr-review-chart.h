/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-review-chart.h — the score distribution as bars, drawn into any cairo context: the
 * Review page and the PDF report call the same code */
#pragma once

#include <cairo.h>

#include "okr-draw.h"
#include "okr-review.h"

G_BEGIN_DECLS

void okr_review_bucket_color (OkrScoreBucket bucket, gboolean dark, OkrRgb *rgb);
void okr_review_score_color  (double score, gboolean dark, OkrRgb *rgb);
char *okr_review_format_range (double low, double high);
void okr_review_chart_draw   (cairo_t *cr, double width, double height,
                              const OkrScoreDistribution *distribution, gboolean dark);

G_END_DECLS
