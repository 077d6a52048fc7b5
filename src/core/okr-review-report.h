/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-review-report.h — the review of a unit (and the units below it) in a cycle, written
 * out: CSV for spreadsheets and scripts, a PDF report to hand round. Texts follow the
 * reader's language (gettext's); CSV numbers are plain (0.7), for any program to read. */
#pragma once

#include <gio/gio.h>

#include "okr-rollup.h"

G_BEGIN_DECLS

gboolean okr_review_write_csv (OkrStore *store, OkrRollup *rollup, gint64 unit_id,
                               GOutputStream *out, GError **error);
gboolean okr_review_write_pdf (OkrStore *store, OkrRollup *rollup, gint64 unit_id,
                               GFile *file, GError **error);

G_END_DECLS
