/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "okr-format.h"

/* The separators come from the translation, not from the C locale, so that Vietnamese
 * shows 1.234,5 even where no vi_VN locale is installed (LANGUAGE=vi on C.UTF-8). */
static const char *
decimal_separator (void)
{
  /* Translators: the decimal separator of numbers ("1.5" in English). */
  return C_("decimal separator", ".");
}

static const char *
thousands_separator (void)
{
  /* Translators: the separator of thousands ("1,234" in English). */
  return C_("thousands separator", ",");
}

/* @decimals < 0: as many as needed, up to two (0 from 100 000 up). */
char *
okr_format_number (double value, int decimals)
{
  g_autoptr(GString) out = g_string_new (NULL);
  char digits[64];
  char *dot, *p;

  if (!isfinite (value))
    return g_strdup ("—");
  if (decimals < 0)
    decimals = fabs (value) >= 100000 ? 0 : 2;
  g_ascii_formatd (digits, sizeof digits, decimals == 0 ? "%.0f" : decimals == 1 ? "%.1f"
                                                                   : decimals == 2 ? "%.2f" : "%.3f",
                   value);
  if (strcmp (digits, "-0") == 0 || strcmp (digits, "-0.00") == 0 || strcmp (digits, "-0.0") == 0)
    memmove (digits, digits + 1, strlen (digits));

  dot = strchr (digits, '.');
  if (dot != NULL)
    {
      /* Trailing zeros say nothing: 12.50 → 12.5, 3.00 → 3. */
      for (p = dot + strlen (dot) - 1; p > dot && *p == '0'; p--)
        *p = '\0';
      if (p == dot)
        *dot = '\0';
    }

  p = digits;
  if (*p == '-')
    g_string_append_c (out, *p++);
  {
    size_t int_len = dot != NULL && *dot == '.' ? (size_t) (dot - p) : strlen (p);
    for (size_t i = 0; i < int_len; i++)
      {
        if (i > 0 && (int_len - i) % 3 == 0)
          g_string_append (out, thousands_separator ());
        g_string_append_c (out, p[i]);
      }
    if (dot != NULL && *dot == '.')
      {
        g_string_append (out, decimal_separator ());
        g_string_append (out, dot + 1);
      }
  }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* 0.725 → "73%". Over-achievement shows as it is ("125%"). */
char *
okr_format_percent (double fraction)
{
  g_autofree char *number = okr_format_number (round (fraction * 100), 0);

  /* Translators: a percentage; %s is the number. */
  return g_strdup_printf (C_("percent", "%s%%"), number);
}

/* A score as scores are written: always one decimal ("0.7", "1.0"), or two for a mean
 * that falls between steps ("0.75"); "—" for no score. */
char *
okr_format_score (double score)
{
  double tenths = score * 10;

  if (!isfinite (score))
    return g_strdup ("—");
  if (fabs (tenths - round (tenths)) < 1e-6)
    {
      int t = (int) round (tenths);
      return g_strdup_printf ("%d%s%d", t / 10, decimal_separator (), t % 10);
    }
  return okr_format_number (score, 2);
}

char *
okr_format_kr_value (OkrKrKind kind, double value, const char *unit_label)
{
  g_autofree char *number = NULL;
  gboolean has_label = unit_label != NULL && *unit_label != '\0';

  switch (kind)
    {
    case OKR_KR_BOOLEAN:
      return g_strdup (value >= 0.5 ? C_("key result value", "Done")
                                    : C_("key result value", "Not done"));
    case OKR_KR_PERCENT:
      number = okr_format_number (value, -1);
      return g_strdup_printf (C_("percent", "%s%%"), number);
    case OKR_KR_ROLLUP:
      return okr_format_percent (value / 100);
    case OKR_KR_MILESTONE:
      return okr_format_number (value, 0);
    case OKR_KR_CURRENCY:
      number = okr_format_number (value, fabs (value) >= 1000 ? 0 : -1);
      if (has_label && g_utf8_strlen (unit_label, -1) == 1)
        /* Translators: an amount with a one-character currency symbol: %1$s is the number,
         * %2$s the symbol ("$1,200" in English; Vietnamese writes "1.200 ₫"). */
        return g_strdup_printf (C_("currency", "%2$s%1$s"), number, unit_label);
      if (has_label)
        return g_strdup_printf ("%s %s", number, unit_label);
      return g_steal_pointer (&number);
    case OKR_KR_NUMBER:
    case OKR_KR_CONTROL:
    default:
      number = okr_format_number (value, -1);
      if (has_label && g_strcmp0 (unit_label, "%") == 0)
        return g_strdup_printf (C_("percent", "%s%%"), number);
      /* "7.5/10" reads as one value; "42 customers" as a count. */
      if (has_label && unit_label[0] == '/')
        return g_strdup_printf ("%s%s", number, unit_label);
      if (has_label)
        return g_strdup_printf ("%s %s", number, unit_label);
      return g_steal_pointer (&number);
    }
}

static char *
format_date_as (OkrDate date, const char *format)
{
  GDate d;
  char buf[64];

  if (!okr_date_is_valid (date))
    return g_strdup ("—");
  g_date_clear (&d, 1);
  g_date_set_julian (&d, (guint32) date);
  if (g_date_strftime (buf, sizeof buf, format, &d) == 0)
    return okr_date_to_iso (date);
  return g_strdup (buf);
}

char *
okr_format_date (OkrDate date)
{
  /* Translators: how a date is written, in strftime() format ("Jan 14, 2027").
   * Vietnamese: "%d/%m/%Y". */
  return format_date_as (date, C_("date format", "%b %-d, %Y"));
}

/* A day without its year, where the year goes without saying (under a chart's axis). */
char *
okr_format_short_date (OkrDate date)
{
  /* Translators: a date without its year, in strftime() format ("Jan 14"), as under a
   * chart's time axis. Vietnamese: "%d/%m". */
  return format_date_as (date, C_("short date format", "%b %-d"));
}

/* A number as a person types it in their language: "1.234,5" in Vietnamese, "1,234.5" in
 * English. Thousands separators are optional, but where they appear they must group the
 * digits by three — "12,5" in English is a mistake to report, not 125. Spaces are ignored. */
gboolean
okr_parse_number (const char *text, double *value)
{
  g_autoptr(GString) c = g_string_new (NULL);
  const char *dec = decimal_separator ();
  const char *thou = thousands_separator ();
  size_t dec_len = strlen (dec), thou_len = strlen (thou);
  gboolean seen_decimal = FALSE, seen_group = FALSE;
  int group_digits = -1;  /* digits since the last thousands separator; -1 before any */

  if (text == NULL)
    return FALSE;
  for (const char *p = text; *p != '\0';)
    {
      gunichar ch = g_utf8_get_char (p);

      if (g_unichar_isspace (ch))
        ;
      else if (!seen_decimal && strncmp (p, dec, dec_len) == 0)
        {
          if (seen_group && group_digits != 3)
            return FALSE;
          g_string_append_c (c, '.');
          seen_decimal = TRUE;
          p += dec_len;
          continue;
        }
      else if (!seen_decimal && strncmp (p, thou, thou_len) == 0)
        {
          if ((seen_group && group_digits != 3) || (!seen_group && group_digits < 1) ||
              group_digits > 3)
            return FALSE;
          seen_group = TRUE;
          group_digits = 0;
          p += thou_len;
          continue;
        }
      else if (ch < 128 && g_ascii_isdigit ((char) ch))
        {
          g_string_append_c (c, (char) ch);
          if (!seen_decimal)
            group_digits = group_digits < 0 ? 1 : group_digits + 1;
        }
      else if (ch == '-' || ch == '+' || ((ch == 'e' || ch == 'E') && c->len > 0))
        g_string_append_c (c, (char) ch);
      else
        return FALSE;
      p = g_utf8_next_char (p);
    }
  if (seen_group && !seen_decimal && group_digits != 3)
    return FALSE;
  return okr_parse_c_number (c->str, value);
}

/* A number as scripts write it: "1234.5", "-3", "2e6" — decimal only (no hex, no
 * infinity) and nothing around it. */
gboolean
okr_parse_c_number (const char *text, double *value)
{
  char *end = NULL;
  double v;

  if (text == NULL || *text == '\0')
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && strchr ("+-.eE", *p) == NULL)
      return FALSE;
  v = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (v))
    return FALSE;
  *value = v;
  return TRUE;
}
