/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-deck.h — the all-hands deck: one 16:9 PDF of a cycle, in the audience's language */
#pragma once

#include "okr-chart.h"
#include "okr-store.h"

G_BEGIN_DECLS

/* A slide is 960 × 540 points: 16:9, the size presentation programs use (13.33 × 7.5 in). */
#define OKR_DECK_WIDTH  960.0
#define OKR_DECK_HEIGHT 540.0

/**
 * okr_deck_export:
 * @today: the day progress and status are computed for
 * @language: "en" or "vi", independent of the interface's; NULL: the interface's
 * @n_slides: (out) (optional): how many slides were written
 *
 * Writes the deck of @cycle_id to @path: a title slide, the company's progress, one slide
 * per company objective with its key results' pace, one per department, the key results at
 * risk and, once the cycle has ended, the score distribution. The file appears whole or not
 * at all.
 */
gboolean okr_deck_export (OkrStore *store, gint64 cycle_id, OkrDate today,
                          const char *language, const OkrChartStyle *style, const char *path,
                          guint *n_slides, GError **error);

G_END_DECLS
