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

OkrDate
okr_date_from_ymd (int year, int month, int day)
{
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31)
    return OKR_DATE_NONE;
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return OKR_DATE_NONE;

  GDate d;
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return (OkrDate) g_date_get_julian (&d);
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

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  int y = atoi (text), m = atoi (text + 5), d = atoi (text + 8);
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
