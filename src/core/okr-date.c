/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "okr-date.h"

/* "Today" can be pinned (cascade-cli --today, tests) so that expected progress and status
 * are reproducible. */
static OkrDate pinned_today;

gboolean
okr_date_is_valid (OkrDate date)
{
  return date > 0 && g_date_valid_julian ((guint32) date);
}

static gboolean
is_leap_year (int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* Integer arithmetic rather than GDate: a company's quarter is 300,000 check-in dates read
 * for one chart. The numbering is GDate's (proleptic Gregorian, 0001-01-01 is day 1), which a
 * test checks day by day. */
OkrDate
okr_date_from_ymd (int year, int month, int day)
{
  static const int days_before[12] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
  static const int month_days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  gboolean leap;
  int y;

  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
    return OKR_DATE_NONE;
  leap = is_leap_year (year);
  if (day > month_days[month - 1] + (month == 2 && leap))
    return OKR_DATE_NONE;
  y = year - 1;
  return (OkrDate) (y * 365 + y / 4 - y / 100 + y / 400 + days_before[month - 1] +
                    (month > 2 && leap) + day);
}

void
okr_date_to_ymd (OkrDate date, int *year, int *month, int *day)
{
  g_return_if_fail (okr_date_is_valid (date));

  GDate d;
  g_date_clear (&d, 1);
  g_date_set_julian (&d, (guint32) date);
  if (year)
    *year = g_date_get_year (&d);
  if (month)
    *month = g_date_get_month (&d);
  if (day)
    *day = g_date_get_day (&d);
}

/* Strict YYYY-MM-DD: no other form is accepted from files, the CLI or JSON. */
gboolean
okr_date_parse_iso (const char *text, OkrDate *date)
{
  g_return_val_if_fail (date != NULL, FALSE);

  for (guint i = 0; i < 10; i++)
    if (text == NULL || (i == 4 || i == 7 ? text[i] != '-' : !g_ascii_isdigit (text[i])))
      return FALSE;
  if (text[10] != '\0')
    return FALSE;

#define DIGIT(i) (text[i] - '0')
  int y = DIGIT (0) * 1000 + DIGIT (1) * 100 + DIGIT (2) * 10 + DIGIT (3);
  int m = DIGIT (5) * 10 + DIGIT (6), d = DIGIT (8) * 10 + DIGIT (9);
#undef DIGIT
  OkrDate result = okr_date_from_ymd (y, m, d);
  if (result == OKR_DATE_NONE)
    return FALSE;
  *date = result;
  return TRUE;
}

void
okr_date_write_iso (OkrDate date, char buf[11])
{
  int y, m, d;

  if (!okr_date_is_valid (date))
    {
      buf[0] = '\0';
      return;
    }
  okr_date_to_ymd (date, &y, &m, &d);
  g_snprintf (buf, 11, "%04d-%02d-%02d", y, m, d);
}

char *
okr_date_to_iso (OkrDate date)
{
  char buf[11];

  okr_date_write_iso (date, buf);
  return g_strdup (buf);
}

/* 1 = Monday … 7 = Sunday (ISO 8601). */
int
okr_date_get_weekday (OkrDate date)
{
  g_return_val_if_fail (okr_date_is_valid (date), 0);

  GDate d;
  g_date_clear (&d, 1);
  g_date_set_julian (&d, (guint32) date);
  return g_date_get_weekday (&d);
}

/* The calendar week (Monday to Sunday) of @date, counted from the week of 0001-01-01, which
 * was a Monday. Schema v4 (confidence_weeks) stores weeks in this numbering. */
gint32
okr_date_get_week (OkrDate date)
{
  g_return_val_if_fail (okr_date_is_valid (date), 0);
  return (date - 1) / 7;
}

/* The Monday that begins @date's week. */
OkrDate
okr_date_week_start (OkrDate date)
{
  return okr_date_get_week (date) * 7 + 1;
}

OkrDate
okr_date_today (void)
{
  if (pinned_today != OKR_DATE_NONE)
    return pinned_today;

  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return okr_date_from_ymd (g_date_time_get_year (now), g_date_time_get_month (now),
                            g_date_time_get_day_of_month (now));
}

void
okr_date_set_today (OkrDate date)
{
  pinned_today = date;
}
