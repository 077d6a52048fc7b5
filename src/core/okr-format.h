/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-format.h — numbers, values and dates as the reader's language writes them */
#pragma once

#include "okr-date.h"
#include "okr-types.h"

G_BEGIN_DECLS

char     *okr_format_number       (double value, int decimals);
char     *okr_format_percent      (double fraction);
char     *okr_format_score        (double score);
char     *okr_format_kr_value     (OkrKrKind kind, double value, const char *unit_label);
char     *okr_format_date         (OkrDate date);
char     *okr_format_short_date   (OkrDate date);
gboolean  okr_parse_number        (const char *text, double *value);
gboolean  okr_parse_c_number      (const char *text, double *value);

G_END_DECLS
