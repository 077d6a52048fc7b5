/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-due.h — when the weekly check-in falls, and which key results are due for it
 *
 * The team checks in once a week, on a day and at a time (Monday 09:00 unless the leader
 * chose otherwise). The most recent such moment, in the leader's time zone, is the
 * "check-in moment"; its calendar day is the "due day". A key result is due when its
 * cycle runs on the due day and it has no check-in dated on or after that day. Check-ins
 * are dated in whole days, so one made earlier on the check-in day itself counts.
 */
#pragma once

#include <gio/gio.h>

#include "okr-rollup.h"

G_BEGIN_DECLS

typedef struct {
  int weekday;  /* 1 = Monday … 7 = Sunday (ISO 8601) */
  int hour;     /* 0–23 */
  int minute;   /* 0–59 */
} OkrCheckinTime;

#define OKR_CHECKIN_WEEKDAY_DEFAULT 1
#define OKR_CHECKIN_HOUR_DEFAULT    9

void     okr_checkin_time_init    (OkrCheckinTime *time);
gboolean okr_checkin_time_set     (OkrCheckinTime *time, int weekday, const char *hh_mm);
char    *okr_checkin_time_to_hh_mm (const OkrCheckinTime *time);
void     okr_checkin_time_from_settings (OkrCheckinTime *time, GSettings *settings);

const char *okr_weekday_to_label  (int weekday);
gboolean    okr_weekday_parse     (const char *text, int *weekday);

/* Pure: the clock (@now, Unix seconds) and the zone are inputs. */
gint64   okr_due_last_moment      (const OkrCheckinTime *time, gint64 now, GTimeZone *zone);
gint64   okr_due_next_moment      (const OkrCheckinTime *time, gint64 now, GTimeZone *zone);
OkrDate  okr_due_day              (const OkrCheckinTime *time, gint64 now, GTimeZone *zone);
gint64   okr_due_now              (GTimeZone *zone);

gboolean okr_due_is_due           (OkrKrKind kind, OkrDate last_checkin, OkrDate cycle_start,
                                   OkrDate cycle_end, OkrCycleState cycle_state,
                                   OkrDate due_day);
gboolean okr_due_key_result       (OkrRollup *rollup, OkrKeyResult *kr, OkrDate due_day);
guint    okr_due_count_unit       (OkrRollup *rollup, gint64 unit_id, OkrDate due_day);

/* One due key result, as listed by okr_due_list (). */
typedef struct {
  gint64   kr_id;
  OkrUuid  kr_uuid;
  char    *title;
  char    *objective;
  char    *unit;
  char    *cycle;
  gint64   owner_id;
  char    *owner;         /* "" when nobody owns it */
  OkrDate  last_checkin;  /* OKR_DATE_NONE: never checked in */
} OkrDueItem;

void       okr_due_item_free      (OkrDueItem *item);
GPtrArray *okr_due_list           (OkrStore *store, OkrDate due_day, gint64 cycle_id,
                                   gint64 owner_id, GError **error);

G_END_DECLS
