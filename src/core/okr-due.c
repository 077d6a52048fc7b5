/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "okr-due.h"
#include "okr-store-private.h"

void
okr_checkin_time_init (OkrCheckinTime *time)
{
  *time = (OkrCheckinTime) { OKR_CHECKIN_WEEKDAY_DEFAULT, OKR_CHECKIN_HOUR_DEFAULT, 0 };
}

/* Strict "HH:MM", 24-hour: what the settings and the command line hold. */
gboolean
okr_checkin_time_set (OkrCheckinTime *time, int weekday, const char *hh_mm)
{
  int hour, minute;

  g_return_val_if_fail (time != NULL, FALSE);

  if (weekday < 1 || weekday > 7 || hh_mm == NULL || strlen (hh_mm) != 5 || hh_mm[2] != ':' ||
      !g_ascii_isdigit (hh_mm[0]) || !g_ascii_isdigit (hh_mm[1]) ||
      !g_ascii_isdigit (hh_mm[3]) || !g_ascii_isdigit (hh_mm[4]))
    return FALSE;
  hour = (hh_mm[0] - '0') * 10 + (hh_mm[1] - '0');
  minute = (hh_mm[3] - '0') * 10 + (hh_mm[4] - '0');
  if (hour > 23 || minute > 59)
    return FALSE;
  *time = (OkrCheckinTime) { weekday, hour, minute };
  return TRUE;
}

char *
okr_checkin_time_to_hh_mm (const OkrCheckinTime *time)
{
  return g_strdup_printf ("%02d:%02d", time->hour, time->minute);
}

/* From the application's settings ("checkin-day", "checkin-time"); a value that is out of
 * range there (edited by hand) falls back to the default rather than to nothing. */
void
okr_checkin_time_from_settings (OkrCheckinTime *time, GSettings *settings)
{
  g_autofree char *hh_mm = NULL;

  g_return_if_fail (time != NULL);
  g_return_if_fail (G_IS_SETTINGS (settings));

  hh_mm = g_settings_get_string (settings, "checkin-time");
  if (!okr_checkin_time_set (time, g_settings_get_int (settings, "checkin-day"), hh_mm))
    okr_checkin_time_init (time);
}

static const char *const weekday_names[] = {
  NULL, N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"),
  N_("Saturday"), N_("Sunday"),
};

/* 1 = Monday … 7 = Sunday, in the reader's language. */
const char *
okr_weekday_to_label (int weekday)
{
  g_return_val_if_fail (weekday >= 1 && weekday <= 7, "");
  return _(weekday_names[weekday]);
}

/* "1"…"7", an English day name or its first three letters, or the day's name in the reader's
 * language ("Thứ Ba"), in any case: what a script or a leader passes to cascade-cli. */
gboolean
okr_weekday_parse (const char *text, int *weekday)
{
  g_return_val_if_fail (weekday != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  if (strlen (text) == 1 && text[0] >= '1' && text[0] <= '7')
    {
      *weekday = text[0] - '0';
      return TRUE;
    }
  for (int i = 1; i <= 7; i++)
    if (g_ascii_strcasecmp (text, weekday_names[i]) == 0 ||
        (strlen (text) == 3 && g_ascii_strncasecmp (text, weekday_names[i], 3) == 0))
      {
        *weekday = i;
        return TRUE;
      }
  {
    g_autofree char *folded = g_utf8_casefold (text, -1);

    for (int i = 1; i <= 7; i++)
      {
        g_autofree char *name = g_utf8_casefold (okr_weekday_to_label (i), -1);

        if (g_utf8_validate (text, -1, NULL) && g_strcmp0 (folded, name) == 0)
          {
            *weekday = i;
            return TRUE;
          }
      }
  }
  return FALSE;
}

static OkrDate
date_of (GDateTime *dt)
{
  return okr_date_from_ymd (g_date_time_get_year (dt), g_date_time_get_month (dt),
                            g_date_time_get_day_of_month (dt));
}

/* The check-in time on @day, in @zone, as Unix seconds. Days are counted as dates, not as
 * 86 400 seconds, so a daylight-saving change in the week does not move the hour. */
static gint64
moment_on (const OkrCheckinTime *time, OkrDate day, GTimeZone *zone)
{
  g_autoptr(GDateTime) dt = NULL;
  int y, m, d;

  okr_date_to_ymd (day, &y, &m, &d);
  dt = g_date_time_new (zone, y, m, d, time->hour, time->minute, 0);
  return dt != NULL ? g_date_time_to_unix (dt) : 0;
}

/* The latest check-in moment at or before @now, and its day in @zone. */
static gint64
last_moment (const OkrCheckinTime *time, gint64 now, GTimeZone *zone, OkrDate *day)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (now);
  g_autoptr(GDateTime) local = NULL;
  OkrDate candidate;
  gint64 moment;

  g_return_val_if_fail (utc != NULL, 0);
  local = g_date_time_to_timezone (utc, zone);
  candidate = date_of (local) - (g_date_time_get_day_of_week (local) - time->weekday + 7) % 7;
  moment = moment_on (time, candidate, zone);
  if (moment > now)
    {
      candidate -= 7;
      moment = moment_on (time, candidate, zone);
    }
  if (day != NULL)
    *day = candidate;
  return moment;
}

gint64
okr_due_last_moment (const OkrCheckinTime *time, gint64 now, GTimeZone *zone)
{
  g_return_val_if_fail (time != NULL && zone != NULL, 0);
  return last_moment (time, now, zone, NULL);
}

/* The first check-in moment after @now: when to remind next. */
gint64
okr_due_next_moment (const OkrCheckinTime *time, gint64 now, GTimeZone *zone)
{
  OkrDate day;

  g_return_val_if_fail (time != NULL && zone != NULL, 0);
  last_moment (time, now, zone, &day);
  return moment_on (time, day + 7, zone);
}

OkrDate
okr_due_day (const OkrCheckinTime *time, gint64 now, GTimeZone *zone)
{
  OkrDate day = OKR_DATE_NONE;

  g_return_val_if_fail (time != NULL && zone != NULL, OKR_DATE_NONE);
  last_moment (time, now, zone, &day);
  return day;
}

/* Now — unless "today" is pinned to another day (cascade-cli --today, tests): then the end
 * of that day, so that a check-in moment earlier on it has passed. */
gint64
okr_due_now (GTimeZone *zone)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (zone);
  g_autoptr(GDateTime) end = NULL;
  OkrDate today = okr_date_today ();
  int y, m, d;

  if (date_of (now) == today)
    return g_date_time_to_unix (now);
  okr_date_to_ymd (today, &y, &m, &d);
  end = g_date_time_new (zone, y, m, d, 23, 59, 59);
  return g_date_time_to_unix (end);
}

/* The one rule: a key result that takes check-ins, in a cycle that is not closed and runs
 * on the due day, with no check-in dated on or after that day. */
gboolean
okr_due_is_due (OkrKrKind kind, OkrDate last_checkin, OkrDate cycle_start, OkrDate cycle_end,
                OkrCycleState cycle_state, OkrDate due_day)
{
  if (kind == OKR_KR_ROLLUP || cycle_state == OKR_CYCLE_CLOSED)
    return FALSE;
  if (!okr_date_is_valid (due_day) || due_day < cycle_start || due_day > cycle_end)
    return FALSE;
  return last_checkin == OKR_DATE_NONE || last_checkin < due_day;
}

/* A key result listed under a unit in the roll-up's cycle. */
gboolean
okr_due_key_result (OkrRollup *rollup, OkrKeyResult *kr, OkrDate due_day)
{
  OkrCycle *cycle;

  g_return_val_if_fail (OKR_IS_ROLLUP (rollup), FALSE);
  g_return_val_if_fail (OKR_IS_KEY_RESULT (kr), FALSE);

  cycle = okr_rollup_get_cycle (rollup);
  return okr_due_is_due (okr_key_result_get_kind (kr), okr_key_result_get_current_date (kr),
                         okr_cycle_get_start (cycle), okr_cycle_get_end (cycle),
                         okr_cycle_get_state (cycle), due_day);
}

/* How many of the unit's own key results (not those of the units below) are due. */
guint
okr_due_count_unit (OkrRollup *rollup, gint64 unit_id, OkrDate due_day)
{
  GPtrArray *objectives;
  guint n = 0;

  g_return_val_if_fail (OKR_IS_ROLLUP (rollup), 0);

  objectives = okr_rollup_get_objectives (rollup, unit_id);
  for (guint i = 0; i < objectives->len; i++)
    {
      OkrObjective *o = g_ptr_array_index (objectives, i);
      GPtrArray *krs = okr_rollup_get_key_results (rollup, okr_objective_get_id (o));

      for (guint j = 0; j < krs->len; j++)
        n += okr_due_key_result (rollup, g_ptr_array_index (krs, j), due_day);
    }
  return n;
}

void
okr_due_item_free (OkrDueItem *item)
{
  if (item == NULL)
    return;
  g_free (item->title);
  g_free (item->objective);
  g_free (item->unit);
  g_free (item->cycle);
  g_free (item->owner);
  g_free (item);
}

static char *
dup_column (sqlite3_stmt *stmt, int col)
{
  const char *s = (const char *) sqlite3_column_text (stmt, col);
  return g_strdup (s != NULL ? s : "");
}

static OkrDate
date_column (sqlite3_stmt *stmt, int col)
{
  OkrDate date = OKR_DATE_NONE;

  if (sqlite3_column_type (stmt, col) != SQLITE_NULL)
    okr_date_parse_iso ((const char *) sqlite3_column_text (stmt, col), &date);
  return date;
}

/**
 * okr_due_list:
 * @due_day: from okr_due_day ()
 * @cycle_id: only this cycle, or 0 for every cycle that runs on @due_day
 * @owner_id: only this person's key results, or 0 for everyone's
 *
 * The due key results, cycle by cycle, in the order of their units and objectives. Reads
 * the key results of the cycles that run on @due_day (never the check-in history: each
 * key result carries the date of its latest check-in).
 *
 * Returns: (transfer full) (element-type OkrDueItem): the list, or %NULL with @error set
 */
GPtrArray *
okr_due_list (OkrStore *store, OkrDate due_day, gint64 cycle_id, gint64 owner_id,
              GError **error)
{
  static const char sql[] =
    "SELECT k.id, k.uuid, k.title, k.kind, k.cur_date, o.title, u.name, c.name, c.start_date, "
    "c.end_date, c.state, k.owner_id, p.name "
    "FROM key_results k "
    "JOIN objectives o ON o.id = k.objective_id AND o.deleted = 0 "
    "JOIN units u ON u.id = o.unit_id AND u.deleted = 0 "
    "JOIN cycles c ON c.id = o.cycle_id AND c.deleted = 0 "
    "LEFT JOIN people p ON p.id = k.owner_id AND p.deleted = 0 "
    "WHERE k.deleted = 0 AND c.start_date <= ?1 AND c.end_date >= ?1 "
    "AND (?2 = 0 OR c.id = ?2) AND (?3 = 0 OR k.owner_id = ?3) "
    "ORDER BY c.start_date, c.id, u.position, u.id, o.position, o.id, k.position, k.id";
  OkrDb *db;
  sqlite3_stmt *stmt;
  g_autoptr(GPtrArray) items = NULL;
  char day[11];
  gboolean has_row;

  g_return_val_if_fail (OKR_IS_STORE (store), NULL);

  db = _okr_store_get_db (store);
  stmt = okr_db_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  okr_date_write_iso (due_day, day);
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, cycle_id);
  sqlite3_bind_int64 (stmt, 3, owner_id);

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) okr_due_item_free);
  while (okr_db_step (db, stmt, &has_row, error) && has_row)
    {
      OkrKrKind kind;
      OkrCycleState state;
      OkrDate last = date_column (stmt, 4);
      OkrDueItem *item;

      if (!okr_kr_kind_from_string ((const char *) sqlite3_column_text (stmt, 3), &kind))
        kind = OKR_KR_NUMBER;
      if (!okr_cycle_state_from_string ((const char *) sqlite3_column_text (stmt, 10), &state))
        state = OKR_CYCLE_PLANNING;
      if (!okr_due_is_due (kind, last, date_column (stmt, 8), date_column (stmt, 9), state,
                           due_day))
        continue;

      item = g_new0 (OkrDueItem, 1);
      item->kr_id = sqlite3_column_int64 (stmt, 0);
      okr_uuid_from_blob (sqlite3_column_blob (stmt, 1), sqlite3_column_bytes (stmt, 1),
                          &item->kr_uuid);
      item->title = dup_column (stmt, 2);
      item->last_checkin = last;
      item->objective = dup_column (stmt, 5);
      item->unit = dup_column (stmt, 6);
      item->cycle = dup_column (stmt, 7);
      item->owner_id = sqlite3_column_int64 (stmt, 11);
      item->owner = dup_column (stmt, 12);
      g_ptr_array_add (items, item);
    }
  if (error != NULL && *error != NULL)
    return NULL;
  sqlite3_reset (stmt);
  return g_steal_pointer (&items);
}
