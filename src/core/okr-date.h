/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-date.h — calendar days as plain integers */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A calendar day as its Julian day number (GDate's numbering: 0001-01-01 is 1).
 * 0 means "no date". Whole days make the maths exact and the storage compact. */
typedef gint32 OkrDate;

#define OKR_DATE_NONE 0

gboolean okr_date_is_valid      (OkrDate date);
OkrDate  okr_date_from_ymd      (int year, int month, int day);
void     okr_date_to_ymd        (OkrDate date, int *year, int *month, int *day);
gboolean okr_date_parse_iso     (const char *text, OkrDate *date);
char    *okr_date_to_iso        (OkrDate date);
void     okr_date_write_iso     (OkrDate date, char buf[11]);
int      okr_date_get_weekday   (OkrDate date);
gint32   okr_date_get_week      (OkrDate date);
OkrDate  okr_date_week_start    (OkrDate date);
OkrDate  okr_date_today         (void);
void     okr_date_set_today     (OkrDate date);

G_END_DECLS
