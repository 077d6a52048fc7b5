/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-checkins.c — the weekly check-in without a window: when it is due (clock and time
 * zone as inputs), which key results are due, what a batch of check-ins changes and how it
 * is saved, what a retraction takes back, the week's feed, and the sparkline's pixels */
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "okr-checkin-batch.h"
#include "okr-due.h"
#include "okr-math.h"
#include "okr-sparkline.h"
#include "okr-store-edits.h"
#include "okr-store-read.h"

#define EPS 1e-9

static OkrDate
ymd (int y, int m, int d)
{
  return okr_date_from_ymd (y, m, d);
}

/* Unix seconds of a local time in @zone. */
static gint64
at (GTimeZone *zone, int y, int mo, int d, int h, int mi, int s)
{
  g_autoptr(GDateTime) dt = g_date_time_new (zone, y, mo, d, h, mi, s);
  return g_date_time_to_unix (dt);
}

static char *
iso (OkrDate date)
{
  return okr_date_to_iso (date);
}

#define assert_day(got, y, m, d) \
  G_STMT_START { \
    g_autofree char *got_ = iso (got), *want_ = iso (ymd (y, m, d)); \
    g_assert_cmpstr (got_, ==, want_); \
  } G_STMT_END

/* ───────────────────────── the check-in moment ───────────────────────── */

static void
test_time_parse (void)
{
  OkrCheckinTime t;
  g_autofree char *text = NULL;

  okr_checkin_time_init (&t);
  g_assert_cmpint (t.weekday, ==, 1);
  g_assert_cmpint (t.hour, ==, 9);
  g_assert_cmpint (t.minute, ==, 0);

  g_assert_true (okr_checkin_time_set (&t, 5, "16:30"));
  g_assert_cmpint (t.weekday, ==, 5);
  g_assert_cmpint (t.hour, ==, 16);
  g_assert_cmpint (t.minute, ==, 30);
  text = okr_checkin_time_to_hh_mm (&t);
  g_assert_cmpstr (text, ==, "16:30");

  /* refused, and the time is left as it was */
  g_assert_false (okr_checkin_time_set (&t, 0, "09:00"));
  g_assert_false (okr_checkin_time_set (&t, 8, "09:00"));
  g_assert_false (okr_checkin_time_set (&t, 1, "24:00"));
  g_assert_false (okr_checkin_time_set (&t, 1, "09:60"));
  g_assert_false (okr_checkin_time_set (&t, 1, "9:00"));
  g_assert_false (okr_checkin_time_set (&t, 1, "09.00"));
  g_assert_false (okr_checkin_time_set (&t, 1, ""));
  g_assert_false (okr_checkin_time_set (&t, 1, NULL));
  g_assert_cmpint (t.weekday, ==, 5);
  g_assert_cmpint (t.hour, ==, 16);
}

/* 2027-02-15 is a Monday. Around Monday 09:00 in one zone. */
static void
test_moment_around_the_hour (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("+07:00");
  OkrCheckinTime t;

  okr_checkin_time_init (&t);
  /* one second before: the previous Monday's moment */
  assert_day (okr_due_day (&t, at (zone, 2027, 2, 15, 8, 59, 59), zone), 2027, 2, 8);
  g_assert_cmpint (okr_due_last_moment (&t, at (zone, 2027, 2, 15, 8, 59, 59), zone), ==,
                   at (zone, 2027, 2, 8, 9, 0, 0));
  /* on the hour: this Monday's */
  assert_day (okr_due_day (&t, at (zone, 2027, 2, 15, 9, 0, 0), zone), 2027, 2, 15);
  g_assert_cmpint (okr_due_last_moment (&t, at (zone, 2027, 2, 15, 9, 0, 0), zone), ==,
                   at (zone, 2027, 2, 15, 9, 0, 0));
  /* later in the week, up to Sunday night */
  assert_day (okr_due_day (&t, at (zone, 2027, 2, 17, 12, 0, 0), zone), 2027, 2, 15);
  assert_day (okr_due_day (&t, at (zone, 2027, 2, 21, 23, 59, 59), zone), 2027, 2, 15);
  /* the next moment is a week after the last */
  g_assert_cmpint (okr_due_next_moment (&t, at (zone, 2027, 2, 15, 8, 59, 59), zone), ==,
                   at (zone, 2027, 2, 15, 9, 0, 0));
  g_assert_cmpint (okr_due_next_moment (&t, at (zone, 2027, 2, 15, 9, 0, 0), zone), ==,
                   at (zone, 2027, 2, 22, 9, 0, 0));

  /* a Friday 16:30 check-in, across a month's end: Friday 2027-04-30 */
  g_assert_true (okr_checkin_time_set (&t, 5, "16:30"));
  assert_day (okr_due_day (&t, at (zone, 2027, 5, 3, 10, 0, 0), zone), 2027, 4, 30);
  assert_day (okr_due_day (&t, at (zone, 2027, 4, 30, 16, 29, 0), zone), 2027, 4, 23);
  assert_day (okr_due_day (&t, at (zone, 2027, 4, 30, 16, 30, 0), zone), 2027, 4, 30);
  /* a Sunday check-in seen on a Sunday morning */
  g_assert_true (okr_checkin_time_set (&t, 7, "18:00"));
  assert_day (okr_due_day (&t, at (zone, 2027, 2, 21, 8, 0, 0), zone), 2027, 2, 14);
  assert_day (okr_due_day (&t, at (zone, 2027, 2, 21, 18, 0, 0), zone), 2027, 2, 21);
}

/* The same instant is Monday 09:30 in Hà Nội, Monday 02:30 in London in winter and Sunday
 * 21:30 in New York: only in Hà Nội has this week's check-in moment come. */
static void
test_moment_across_zones (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) hanoi = g_time_zone_new_identifier ("+07:00");
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("-05:00");
  gint64 now = at (utc, 2027, 2, 15, 2, 30, 0);
  OkrCheckinTime t;

  okr_checkin_time_init (&t);
  assert_day (okr_due_day (&t, now, hanoi), 2027, 2, 15);
  assert_day (okr_due_day (&t, now, utc), 2027, 2, 8);
  assert_day (okr_due_day (&t, now, new_york), 2027, 2, 8);
  g_assert_cmpint (okr_due_last_moment (&t, now, hanoi), ==, at (utc, 2027, 2, 15, 2, 0, 0));
  g_assert_cmpint (okr_due_next_moment (&t, now, utc), ==, at (utc, 2027, 2, 15, 9, 0, 0));
  g_assert_cmpint (okr_due_next_moment (&t, now, new_york), ==, at (utc, 2027, 2, 15, 14, 0, 0));
}

/* A week with a daylight-saving change is an hour shorter, and the check-in stays at 09:00
 * local time. Needs the system's time zone data. */
static void
test_moment_daylight_saving (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  OkrCheckinTime t;
  gint64 before, after;

  if (berlin == NULL)
    {
      g_test_skip ("no time zone data for Europe/Berlin");
      return;
    }
  okr_checkin_time_init (&t);
  /* Summer time starts on Sunday 2027-03-28. */
  before = okr_due_last_moment (&t, at (berlin, 2027, 3, 24, 12, 0, 0), berlin);
  after = okr_due_next_moment (&t, at (berlin, 2027, 3, 24, 12, 0, 0), berlin);
  g_assert_cmpint (after - before, ==, 7 * 86400 - 3600);
  g_assert_cmpint (after, ==, at (berlin, 2027, 3, 29, 9, 0, 0));
  assert_day (okr_due_day (&t, after, berlin), 2027, 3, 29);
  assert_day (okr_due_day (&t, after - 1, berlin), 2027, 3, 22);
}

/* With "today" pinned to another day, now is the end of that day. */
static void
test_pinned_now (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("+07:00");
  OkrCheckinTime t;

  okr_checkin_time_init (&t);
  okr_date_set_today (ymd (2027, 2, 15));
  g_assert_cmpint (okr_due_now (zone), ==, at (zone, 2027, 2, 15, 23, 59, 59));
  assert_day (okr_due_day (&t, okr_due_now (zone), zone), 2027, 2, 15);
  okr_date_set_today (ymd (2027, 2, 14));
  assert_day (okr_due_day (&t, okr_due_now (zone), zone), 2027, 2, 8);
}

static void
test_due_rule (void)
{
  OkrDate start = ymd (2027, 1, 1), end = ymd (2027, 3, 31), day = ymd (2027, 2, 15);

  /* never checked in, or last before the due day: due */
  g_assert_true (okr_due_is_due (OKR_KR_NUMBER, OKR_DATE_NONE, start, end, OKR_CYCLE_ACTIVE, day));
  g_assert_true (okr_due_is_due (OKR_KR_NUMBER, day - 1, start, end, OKR_CYCLE_ACTIVE, day));
  g_assert_true (okr_due_is_due (OKR_KR_MILESTONE, day - 7, start, end, OKR_CYCLE_PLANNING, day));
  /* checked in on the due day or after */
  g_assert_false (okr_due_is_due (OKR_KR_NUMBER, day, start, end, OKR_CYCLE_ACTIVE, day));
  g_assert_false (okr_due_is_due (OKR_KR_BOOLEAN, day + 2, start, end, OKR_CYCLE_ACTIVE, day));
  /* no check-ins of its own, a closed cycle, a cycle not running on the due day */
  g_assert_false (okr_due_is_due (OKR_KR_ROLLUP, 0, start, end, OKR_CYCLE_ACTIVE, day));
  g_assert_false (okr_due_is_due (OKR_KR_NUMBER, 0, start, end, OKR_CYCLE_CLOSED, day));
  g_assert_false (okr_due_is_due (OKR_KR_NUMBER, 0, day + 1, end, OKR_CYCLE_ACTIVE, day));
  g_assert_false (okr_due_is_due (OKR_KR_NUMBER, 0, start, day - 1, OKR_CYCLE_ACTIVE, day));
  g_assert_true (okr_due_is_due (OKR_KR_NUMBER, 0, day, day, OKR_CYCLE_ACTIVE, day));
  g_assert_false (okr_due_is_due (OKR_KR_NUMBER, OKR_DATE_NONE, start, end, OKR_CYCLE_ACTIVE,
                                  OKR_DATE_NONE));
}

/* ───────────────────────── a document ───────────────────────── */

typedef struct {
  char     *dir;
  char     *path;
  OkrStore *store;
  gint64    q1, sales, support, ann, bob;
  gint64    number, percent, currency, boolean, milestone, control, rollup, other;
} Doc;

/* Q1 2027 (Jan 1 – Mar 31), today Monday Feb 15: expected progress 45/89. Sales has one
 * objective with a KR of every kind; Support has one objective with one KR. */
static void
doc_setup (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  const char *steps[] = { "Design", "Build", "Test", "Launch", NULL };
  gint64 root, sales_o, support_o, north, aligned;
  OkrKrSpec spec;

  okr_date_set_today (ymd (2027, 2, 15));
  doc->dir = g_dir_make_tmp ("cascade-checkins-XXXXXX", &error);
  g_assert_no_error (error);
  doc->path = g_build_filename (doc->dir, "doc.okr", NULL);
  doc->store = okr_store_create (doc->path, "Acme", &error);
  g_assert_no_error (error);

  root = okr_store_get_root_unit (doc->store);
  doc->sales = okr_store_add_unit (doc->store, root, "Sales", OKR_UNIT_DEPARTMENT, &error);
  doc->support = okr_store_add_unit (doc->store, root, "Support", OKR_UNIT_DEPARTMENT, &error);
  doc->ann = okr_store_add_person (doc->store, "Ann", NULL, &error);
  doc->bob = okr_store_add_person (doc->store, "Bob", NULL, &error);
  doc->q1 = okr_store_add_cycle (doc->store, "Q1 2027", ymd (2027, 1, 1), ymd (2027, 3, 31), 0,
                                 &error);
  g_assert_no_error (error);
  okr_store_set_cycle_state (doc->store, doc->q1, OKR_CYCLE_ACTIVE, &error);
  g_assert_no_error (error);

  sales_o = okr_store_add_objective (doc->store, doc->q1, doc->sales, "Win the north", doc->ann,
                                     FALSE, 0, 0, &error);
  g_assert_no_error (error);
  okr_kr_spec_init (&spec);
  spec.owner_id = doc->ann;
  spec.target = 100;
  spec.unit_label = "customers";
  doc->number = okr_store_add_key_result (doc->store, sales_o, "New customers", &spec, &error);
  spec.kind = OKR_KR_PERCENT;
  spec.baseline = 20;
  spec.target = 60;
  spec.unit_label = NULL;
  doc->percent = okr_store_add_key_result (doc->store, sales_o, "Win rate", &spec, &error);
  spec.kind = OKR_KR_CURRENCY;
  spec.baseline = 1000;
  spec.target = 0;
  spec.unit_label = "$";
  doc->currency = okr_store_add_key_result (doc->store, sales_o, "Unpaid invoices", &spec, &error);
  spec.kind = OKR_KR_BOOLEAN;
  spec.unit_label = NULL;
  doc->boolean = okr_store_add_key_result (doc->store, sales_o, "Price list out", &spec, &error);
  spec.kind = OKR_KR_MILESTONE;
  spec.milestones = steps;
  doc->milestone = okr_store_add_key_result (doc->store, sales_o, "New shop", &spec, &error);
  spec.milestones = NULL;
  spec.kind = OKR_KR_CONTROL;
  spec.baseline = 0;
  spec.target = 95;
  spec.direction = OKR_DIRECTION_ABOVE;
  spec.unit_label = "%";
  doc->control = okr_store_add_key_result (doc->store, sales_o, "Uptime", &spec, &error);
  spec.kind = OKR_KR_ROLLUP;
  spec.unit_label = NULL;
  doc->rollup = okr_store_add_key_result (doc->store, sales_o, "Teams", &spec, &error);
  g_assert_no_error (error);

  support_o = okr_store_add_objective (doc->store, doc->q1, doc->support, "Happy customers",
                                       doc->bob, FALSE, 0, 0, &error);
  okr_kr_spec_init (&spec);
  spec.owner_id = doc->bob;
  spec.target = 10;
  doc->other = okr_store_add_key_result (doc->store, support_o, "Fewer tickets", &spec, &error);
  g_assert_no_error (error);
  /* a team's objective aligned to the rolled-up KR, so it has something to roll up */
  north = okr_store_add_unit (doc->store, doc->sales, "North", OKR_UNIT_TEAM, &error);
  aligned = okr_store_add_objective (doc->store, doc->q1, north, "Teams ready", doc->bob,
                                     FALSE, 0, doc->rollup, &error);
  g_assert_no_error (error);
  g_assert_cmpint (aligned, >, 0);
}

static void
doc_teardown (Doc *doc, gconstpointer data)
{
  g_autoptr(GDir) dir = g_dir_open (doc->dir, 0, NULL);
  const char *name;

  g_clear_object (&doc->store);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (doc->dir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (doc->dir);
  g_free (doc->dir);
  g_free (doc->path);
}

static gint64
checkin (Doc *doc, gint64 kr, OkrDate date, double value, int confidence)
{
  g_autoptr(GError) error = NULL;
  OkrCheckinSpec spec;
  gint64 id;

  okr_checkin_spec_init (&spec);
  spec.date = date;
  spec.value = value;
  spec.confidence = confidence;
  id = okr_store_add_checkin (doc->store, kr, &spec, &error);
  g_assert_no_error (error);
  return id;
}

static OkrRollup *
rollup_of (Doc *doc)
{
  g_autoptr(GError) error = NULL;
  OkrRollup *rollup = okr_rollup_new (doc->store, doc->q1, okr_date_today (), &error);

  g_assert_no_error (error);
  return rollup;
}

static gint64
count_rows (Doc *doc, const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (doc->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static gboolean
listed (GPtrArray *items, gint64 kr)
{
  for (guint i = 0; i < items->len; i++)
    if (((OkrDueItem *) g_ptr_array_index (items, i))->kr_id == kr)
      return TRUE;
  return FALSE;
}

/* ───────────────────────── due key results ───────────────────────── */

static void
test_due_list (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL, anns = NULL, before_cycle = NULL;
  g_autoptr(OkrRollup) rollup = NULL;
  OkrDate day = ymd (2027, 2, 15);
  OkrDueItem *first;

  checkin (doc, doc->number, ymd (2027, 2, 8), 30, 6);   /* last week: due */
  checkin (doc, doc->percent, ymd (2027, 2, 15), 30, 7); /* on the day: not due */
  checkin (doc, doc->other, ymd (2027, 2, 16), 3, 5);    /* after: not due */

  all = okr_due_list (doc->store, day, 0, 0, &error);
  g_assert_no_error (error);
  /* number, currency, boolean, milestone, control; not the rolled-up KR */
  g_assert_cmpuint (all->len, ==, 5);
  g_assert_true (listed (all, doc->number));
  g_assert_false (listed (all, doc->percent));
  g_assert_false (listed (all, doc->other));
  g_assert_false (listed (all, doc->rollup));
  first = g_ptr_array_index (all, 0);
  g_assert_cmpint (first->kr_id, ==, doc->number);
  g_assert_cmpstr (first->title, ==, "New customers");
  g_assert_cmpstr (first->objective, ==, "Win the north");
  g_assert_cmpstr (first->unit, ==, "Sales");
  g_assert_cmpstr (first->cycle, ==, "Q1 2027");
  g_assert_cmpstr (first->owner, ==, "Ann");
  g_assert_cmpint (first->last_checkin, ==, ymd (2027, 2, 8));
  g_assert_cmpint (((OkrDueItem *) g_ptr_array_index (all, 1))->last_checkin, ==, OKR_DATE_NONE);

  /* Bob's only KR was checked in */
  anns = okr_due_list (doc->store, day, 0, doc->bob, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (anns->len, ==, 0);
  g_clear_pointer (&anns, g_ptr_array_unref);
  anns = okr_due_list (doc->store, day, doc->q1, doc->ann, &error);
  g_assert_cmpuint (anns->len, ==, 5);

  /* before the cycle starts nothing is due */
  before_cycle = okr_due_list (doc->store, ymd (2026, 12, 28), 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (before_cycle->len, ==, 0);

  /* the sidebar's count agrees with the list */
  rollup = rollup_of (doc);
  g_assert_cmpuint (okr_due_count_unit (rollup, doc->sales, day), ==, 5);
  g_assert_cmpuint (okr_due_count_unit (rollup, doc->support, day), ==, 0);
  g_assert_true (okr_due_key_result (rollup, okr_rollup_find_key_result (rollup, doc->number),
                                     day));
  g_assert_false (okr_due_key_result (rollup, okr_rollup_find_key_result (rollup, doc->percent),
                                      day));

  /* a closed cycle is never due */
  okr_store_set_cycle_state (doc->store, doc->q1, OKR_CYCLE_CLOSED, &error);
  g_assert_no_error (error);
  g_clear_pointer (&all, g_ptr_array_unref);
  all = okr_due_list (doc->store, day, 0, 0, &error);
  g_assert_cmpuint (all->len, ==, 0);
}

/* ───────────────────────── retraction ───────────────────────── */

static void
test_retract (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrRollup) before = NULL, after = NULL;
  g_autoptr(GPtrArray) history = NULL, live = NULL, due = NULL;
  gint64 first, second, retraction;
  OkrKeyResult *k;
  OkrCheckin *c;

  first = checkin (doc, doc->number, ymd (2027, 2, 8), 30, 6);
  second = checkin (doc, doc->number, ymd (2027, 2, 15), 45, 8);
  before = rollup_of (doc);
  k = okr_rollup_find_key_result (before, doc->number);
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_current (k), 45, EPS);
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_progress (k), 0.45, EPS);
  g_assert_cmpint (okr_key_result_get_confidence (k), ==, 8);
  /* 0.45 / (45/89) = 0.89: at risk */
  g_assert_cmpint (okr_key_result_get_status (k), ==, OKR_STATUS_AT_RISK);

  retraction = okr_store_retract_checkin (doc->store, second, "Counted a trial as a customer",
                                          doc->ann, &error);
  g_assert_no_error (error);
  g_assert_cmpint (retraction, >, 0);

  /* the current value, confidence, progress and status go back to the check-in before */
  after = rollup_of (doc);
  k = okr_rollup_find_key_result (after, doc->number);
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_current (k), 30, EPS);
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_progress (k), 0.30, EPS);
  g_assert_cmpint (okr_key_result_get_confidence (k), ==, 6);
  g_assert_cmpint (okr_key_result_get_current_date (k), ==, ymd (2027, 2, 8));
  /* 0.30 / 0.5056 = 0.59: off track */
  g_assert_cmpint (okr_key_result_get_status (k), ==, OKR_STATUS_OFF_TRACK);

  /* the check-in stays in the history, marked, with its reason */
  history = okr_store_list_checkins (doc->store, doc->number, TRUE, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  c = g_ptr_array_index (history, 0);
  g_assert_cmpint (okr_checkin_get_id (c), ==, second);
  g_assert_true (okr_checkin_get_retracted (c));
  g_assert_cmpstr (okr_checkin_get_retract_reason (c), ==, "Counted a trial as a customer");
  g_assert_false (okr_checkin_get_retracted (g_ptr_array_index (history, 1)));
  live = okr_store_list_checkins (doc->store, doc->number, FALSE, 0, &error);
  g_assert_cmpuint (live->len, ==, 1);
  g_assert_cmpint (okr_checkin_get_id (g_ptr_array_index (live, 0)), ==, first);

  /* this week's check-in is gone, so the KR is due again */
  due = okr_due_list (doc->store, ymd (2027, 2, 15), 0, doc->ann, &error);
  g_assert_true (listed (due, doc->number));

  /* twice, without a reason, or a check-in that does not exist: refused, nothing written */
  g_assert_cmpint (okr_store_retract_checkin (doc->store, second, "Again", 0, &error), ==, 0);
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (okr_store_retract_checkin (doc->store, first, "", 0, &error), ==, 0);
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (okr_store_retract_checkin (doc->store, 9999, "Nope", 0, &error), ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (doc, "retractions"), ==, 1);

  /* retracting the last live check-in leaves the baseline */
  okr_store_retract_checkin (doc->store, first, "Wrong KR", 0, &error);
  g_assert_no_error (error);
  g_clear_object (&after);
  after = rollup_of (doc);
  k = okr_rollup_find_key_result (after, doc->number);
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_current (k), 0, EPS);
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_progress (k), 0, EPS);
  g_assert_cmpint (okr_key_result_get_current_date (k), ==, OKR_DATE_NONE);
}

/* ───────────────────────── the week's feed ───────────────────────── */

static void
test_unit_feed (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) week = NULL, limited = NULL, support = NULL;
  gint64 a, b, c;

  checkin (doc, doc->number, ymd (2027, 2, 8), 30, 6);     /* the week before */
  a = checkin (doc, doc->number, ymd (2027, 2, 15), 40, 7);
  b = checkin (doc, doc->percent, ymd (2027, 2, 17), 25, 5);
  c = checkin (doc, doc->control, ymd (2027, 2, 21), 97, 8);
  checkin (doc, doc->number, ymd (2027, 2, 22), 50, 8);    /* the week after */
  checkin (doc, doc->other, ymd (2027, 2, 16), 2, 5);      /* another unit */
  okr_store_retract_checkin (doc->store, b, "Typo", 0, &error);
  g_assert_no_error (error);

  week = okr_store_list_unit_checkins (doc->store, doc->sales, doc->q1, ymd (2027, 2, 15),
                                       ymd (2027, 2, 21), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (week->len, ==, 3);
  /* newest first, the retracted one included and marked */
  g_assert_cmpint (okr_checkin_get_id (g_ptr_array_index (week, 0)), ==, c);
  g_assert_cmpint (okr_checkin_get_id (g_ptr_array_index (week, 1)), ==, b);
  g_assert_true (okr_checkin_get_retracted (g_ptr_array_index (week, 1)));
  g_assert_cmpstr (okr_checkin_get_retract_reason (g_ptr_array_index (week, 1)), ==, "Typo");
  g_assert_cmpint (okr_checkin_get_id (g_ptr_array_index (week, 2)), ==, a);

  limited = okr_store_list_unit_checkins (doc->store, doc->sales, doc->q1, ymd (2027, 2, 15),
                                          ymd (2027, 2, 21), 2, &error);
  g_assert_cmpuint (limited->len, ==, 2);
  support = okr_store_list_unit_checkins (doc->store, doc->support, doc->q1, ymd (2027, 2, 15),
                                          ymd (2027, 2, 21), 0, &error);
  g_assert_cmpuint (support->len, ==, 1);
}

/* ───────────────────────── a batch of check-ins ───────────────────────── */

static OkrCheckinBatch *
batch_of (Doc *doc, OkrRollup *rollup, gint64 owner, gint64 unit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) krs = okr_checkin_batch_select (rollup, unit, owner);
  OkrCheckinBatch *batch = okr_checkin_batch_new (doc->store, rollup, krs, owner, &error);

  g_assert_no_error (error);
  return batch;
}

static void
on_changed (OkrStore *store, guint entities, guint *count)
{
  (*count)++;
}

static void
test_batch_outcomes (Doc *doc, gconstpointer data)
{
  g_autoptr(OkrRollup) rollup = NULL;
  g_autoptr(OkrCheckinBatch) batch = NULL;
  OkrCheckinOutcome was, will;
  OkrCheckinEntry *e;
  double expected = 45.0 / 89.0;

  checkin (doc, doc->number, ymd (2027, 2, 1), 20, 2);
  checkin (doc, doc->number, ymd (2027, 2, 8), 48, 2);
  rollup = rollup_of (doc);

  /* Ann's KRs across units, in the cascade's order, without the rolled-up KR */
  batch = batch_of (doc, rollup, doc->ann, 0);
  g_assert_cmpuint (okr_checkin_batch_get_n_entries (batch), ==, 6);
  g_assert_cmpint (okr_key_result_get_id (okr_checkin_batch_get_entry (batch, 0)->kr), ==,
                   doc->number);
  g_assert_cmpint (okr_key_result_get_id (okr_checkin_batch_get_entry (batch, 5)->kr), ==,
                   doc->control);

  /* number: 48 of 100 with confidence 2 is at risk at best; 60 with 8 is on track */
  e = okr_checkin_batch_get_entry (batch, 0);
  g_assert_cmpstr (okr_objective_get_title (e->objective), ==, "Win the north");
  g_assert_cmpuint (e->n_history, ==, 2);
  g_assert_cmpint (e->history[0].date, ==, ymd (2027, 2, 1));
  g_assert_cmpfloat_with_epsilon (e->history[1].progress, 0.48, EPS);
  g_assert_cmpint (e->confidence, ==, 2);
  g_assert_false (okr_checkin_batch_is_edited (batch, 0));
  okr_checkin_batch_before (batch, 0, &was);
  g_assert_cmpfloat_with_epsilon (was.value, 48, EPS);
  g_assert_cmpint (was.status, ==, OKR_STATUS_AT_RISK);
  g_assert_cmpfloat_with_epsilon (okr_checkin_batch_expected_value (batch, 0), 100 * expected, EPS);
  e->value = 60;
  e->confidence = 8;
  g_assert_true (okr_checkin_batch_is_edited (batch, 0));
  okr_checkin_batch_after (batch, 0, &will);
  g_assert_cmpfloat_with_epsilon (will.progress_raw, 0.6, EPS);
  g_assert_cmpint (will.status, ==, OKR_STATUS_ON_TRACK);

  /* percent 20 → 60: 30 % is 0.25, off track; 40 % is 0.5 — pace 0.989, on track */
  e = okr_checkin_batch_get_entry (batch, 1);
  g_assert_cmpint (e->confidence, ==, OKR_CONFIDENCE_NEUTRAL);
  e->value = 30;
  okr_checkin_batch_after (batch, 1, &will);
  g_assert_cmpfloat_with_epsilon (will.progress_raw, 0.25, EPS);
  g_assert_cmpint (will.status, ==, OKR_STATUS_OFF_TRACK);
  e->value = 40;
  okr_checkin_batch_after (batch, 1, &will);
  g_assert_cmpint (will.status, ==, OKR_STATUS_ON_TRACK);

  /* currency, decreasing 1000 → 0: 650 left is 0.35 done, off track */
  e = okr_checkin_batch_get_entry (batch, 2);
  g_assert_cmpfloat_with_epsilon (okr_checkin_batch_expected_value (batch, 2),
                                  1000 - 1000 * expected, EPS);
  e->value = 650;
  okr_checkin_batch_after (batch, 2, &will);
  g_assert_cmpfloat_with_epsilon (will.progress_raw, 0.35, EPS);
  g_assert_cmpint (will.status, ==, OKR_STATUS_OFF_TRACK);

  /* boolean: done is done */
  e = okr_checkin_batch_get_entry (batch, 3);
  g_assert_true (isnan (okr_checkin_batch_expected_value (batch, 3)));
  e->value = 1;
  okr_checkin_batch_after (batch, 3, &will);
  g_assert_cmpint (will.status, ==, OKR_STATUS_DONE);

  /* milestones: 2 of 4 ticked is 0.5, pace 0.989: on track */
  e = okr_checkin_batch_get_entry (batch, 4);
  g_assert_cmpstr (e->milestones[2], ==, "Test");
  g_assert_null (e->milestones[4]);
  g_assert_false (e->done_before[0]);
  g_assert_cmpfloat_with_epsilon (okr_checkin_batch_expected_value (batch, 4), 4 * expected, EPS);
  e->ticked[0] = e->ticked[1] = TRUE;
  g_assert_true (okr_checkin_batch_is_edited (batch, 4));
  okr_checkin_batch_after (batch, 4, &will);
  g_assert_cmpfloat_with_epsilon (will.value, 2, EPS);
  g_assert_cmpfloat_with_epsilon (will.progress_raw, 0.5, EPS);
  g_assert_cmpint (will.status, ==, OKR_STATUS_ON_TRACK);

  /* control, stay at or above 95: 94 fails, 95 holds */
  e = okr_checkin_batch_get_entry (batch, 5);
  e->value = 94;
  okr_checkin_batch_after (batch, 5, &will);
  g_assert_cmpint (will.status, ==, OKR_STATUS_OFF_TRACK);
  e->value = 95;
  okr_checkin_batch_after (batch, 5, &will);
  g_assert_cmpint (will.status, ==, OKR_STATUS_ON_TRACK);

  /* a note alone is an edit; blanks are trimmed */
  okr_checkin_batch_set_note (batch, 1, "  Two big wins ", NULL, "");
  g_assert_cmpstr (okr_checkin_batch_get_entry (batch, 1)->went_well, ==, "Two big wins");

  /* the unit's KRs, whoever owns them */
  g_clear_object (&batch);
  batch = batch_of (doc, rollup, 0, doc->support);
  g_assert_cmpuint (okr_checkin_batch_get_n_entries (batch), ==, 1);
}

static void
test_batch_save (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrRollup) rollup = rollup_of (doc), after = NULL;
  g_autoptr(OkrCheckinBatch) batch = batch_of (doc, rollup, doc->ann, 0);
  g_autoptr(GPtrArray) history = NULL;
  OkrCheckinEntry *e;
  guint changes = 0, saved = 0;
  OkrCheckin *c;

  /* an edit that undo could take back, until the check-ins are saved */
  okr_store_add_person (doc->store, "Cy", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (okr_store_can_undo (doc->store));

  /* nothing confirmed: nothing to write */
  g_assert_true (okr_checkin_batch_save (batch, &saved, &error));
  g_assert_cmpuint (saved, ==, 0);
  g_assert_cmpint (count_rows (doc, "checkins"), ==, 0);

  e = okr_checkin_batch_get_entry (batch, 0);
  e->value = 37.5;
  e->confidence = 9;
  okr_checkin_batch_set_note (batch, 0, "Fair", "Stock", "Call them");
  e->state = OKR_CHECKIN_CONFIRMED;
  okr_checkin_batch_get_entry (batch, 1)->state = OKR_CHECKIN_SKIPPED;
  e = okr_checkin_batch_get_entry (batch, 4);
  e->ticked[2] = TRUE;
  e->state = OKR_CHECKIN_CONFIRMED;
  okr_checkin_batch_get_entry (batch, 5)->state = OKR_CHECKIN_CONFIRMED; /* unchanged */

  g_signal_connect (doc->store, "changed", G_CALLBACK (on_changed), &changes);
  g_assert_true (okr_checkin_batch_save (batch, &saved, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (saved, ==, 3);
  /* one transaction: one change notification, and undo can't reach behind history */
  g_assert_cmpuint (changes, ==, 1);
  g_assert_false (okr_store_can_undo (doc->store));
  g_assert_cmpint (count_rows (doc, "checkins"), ==, 3);

  history = okr_store_list_checkins (doc->store, doc->number, TRUE, 0, &error);
  g_assert_cmpuint (history->len, ==, 1);
  c = g_ptr_array_index (history, 0);
  g_assert_cmpfloat_with_epsilon (okr_checkin_get_value (c), 37.5, EPS);
  g_assert_cmpint (okr_checkin_get_confidence (c), ==, 9);
  g_assert_cmpint (okr_checkin_get_date (c), ==, ymd (2027, 2, 15));
  g_assert_cmpint (okr_checkin_get_author_id (c), ==, doc->ann);
  g_assert_cmpstr (okr_checkin_get_went_well (c), ==, "Fair");
  g_assert_cmpstr (okr_checkin_get_blocked_by (c), ==, "Stock");
  g_assert_cmpstr (okr_checkin_get_next_step (c), ==, "Call them");

  after = rollup_of (doc);
  g_assert_cmpuint (okr_key_result_get_milestones_done (okr_rollup_find_key_result (after,
                                                          doc->milestone)), ==, 1);
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_current (okr_rollup_find_key_result (after,
                                                                doc->control)), 0, EPS);
  /* percent (skipped), currency and boolean are still due */
  g_assert_cmpuint (okr_due_count_unit (after, doc->sales, ymd (2027, 2, 15)), ==, 3);
}

/* A key result deleted after the wizard opened: its check-in is refused, so none of the
 * batch is written — not even those before it — and what was entered is kept. */
static void
test_batch_save_fails_whole (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrRollup) rollup = rollup_of (doc);
  g_autoptr(OkrCheckinBatch) batch = batch_of (doc, rollup, doc->ann, 0);
  guint changes = 0, saved = 99;

  for (guint i = 0; i < okr_checkin_batch_get_n_entries (batch); i++)
    okr_checkin_batch_get_entry (batch, i)->state = OKR_CHECKIN_CONFIRMED;
  okr_checkin_batch_get_entry (batch, 0)->value = 12;
  okr_store_delete (doc->store, OKR_ENTITY_KEY_RESULT, doc->currency, &error);
  g_assert_no_error (error);

  g_signal_connect (doc->store, "changed", G_CALLBACK (on_changed), &changes);
  g_assert_false (okr_checkin_batch_save (batch, &saved, &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND);
  g_test_message ("refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, "Unpaid invoices"));
  g_clear_error (&error);
  g_assert_cmpuint (saved, ==, 0);
  g_assert_cmpuint (changes, ==, 0);
  g_assert_cmpint (count_rows (doc, "checkins"), ==, 0);
  g_assert_cmpint (count_rows (doc, "milestones WHERE done = 1"), ==, 0);
  g_assert_cmpfloat_with_epsilon (okr_checkin_batch_get_entry (batch, 0)->value, 12, EPS);

  /* a locked file: refused as a whole too, with what the lock means */
  okr_store_undo (doc->store, &error);
  g_assert_no_error (error);
  {
    sqlite3 *other = NULL;
    g_assert_cmpint (sqlite3_open (doc->path, &other), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
    g_assert_false (okr_checkin_batch_save (batch, &saved, &error));
    g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_LOCKED);
    g_clear_error (&error);
    sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close (other);
  }
  g_assert_cmpint (count_rows (doc, "checkins"), ==, 0);

  /* once the lock is gone, the same batch saves */
  g_assert_true (okr_checkin_batch_save (batch, &saved, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (saved, ==, 6);
  g_assert_cmpint (count_rows (doc, "checkins"), ==, 6);
}

/* ───────────────────────── the sparkline ───────────────────────── */

static void
pixel (cairo_surface_t *surface, int x, int y, guint8 rgba[4])
{
  const guint8 *p = cairo_image_surface_get_data (surface) +
                    y * cairo_image_surface_get_stride (surface) + x * 4;
  guint8 a = p[3];

  /* premultiplied ARGB32, native endian (little) */
  rgba[3] = a;
  rgba[0] = a ? p[2] * 255 / a : 0;
  rgba[1] = a ? p[1] * 255 / a : 0;
  rgba[2] = a ? p[0] * 255 / a : 0;
}

static void
test_sparkline_pixels (void)
{
  /* 90 days, two check-ins: 0 at the start, the target at the end — on the diagonal */
  OkrSparkPoint points[] = { { ymd (2027, 1, 1), 0 }, { ymd (2027, 3, 31), 1 } };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 106, 46);
  cairo_t *cr = cairo_create (surface);
  guint8 rgba[4];

  okr_sparkline_draw (cr, 106, 46, points, 2, ymd (2027, 1, 1), ymd (2027, 3, 31), TRUE,
                      OKR_STATUS_ON_TRACK, FALSE);
  cairo_surface_flush (surface);

  /* the last point sits at the top right of the plot (margin 3), in the on-track colour */
  pixel (surface, 103, 3, rgba);
  g_assert_cmpuint (rgba[3], ==, 255);
  g_assert_cmpuint (rgba[0], <, 30);
  g_assert_cmpuint (rgba[1], >, 130);
  g_assert_cmpuint (rgba[1], <, 180);
  g_assert_cmpuint (rgba[2], >, 90);
  /* the middle of the line */
  pixel (surface, 53, 23, rgba);
  g_assert_cmpuint (rgba[3], >, 200);
  /* above the line, left: nothing but the faint target rule's row is drawn */
  pixel (surface, 20, 12, rgba);
  g_assert_cmpuint (rgba[3], ==, 0);
  /* under the line: the area, faint */
  pixel (surface, 80, 38, rgba);
  g_assert_cmpuint (rgba[3], >, 0);
  g_assert_cmpuint (rgba[3], <, 100);

  /* over-achievement raises the top: 1.0 is now half-way up */
  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_paint (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  points[1].progress = 2;
  okr_sparkline_draw (cr, 106, 46, points, 2, ymd (2027, 1, 1), ymd (2027, 3, 31), FALSE,
                      OKR_STATUS_DONE, FALSE);
  cairo_surface_flush (surface);
  pixel (surface, 103, 3, rgba);
  g_assert_cmpuint (rgba[3], ==, 255);
  g_assert_cmpuint (rgba[2], >, 150); /* blue: done */

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/due/time/parse", test_time_parse);
  g_test_add_func ("/due/moment/around-the-hour", test_moment_around_the_hour);
  g_test_add_func ("/due/moment/across-zones", test_moment_across_zones);
  g_test_add_func ("/due/moment/daylight-saving", test_moment_daylight_saving);
  g_test_add_func ("/due/moment/pinned-today", test_pinned_now);
  g_test_add_func ("/due/rule", test_due_rule);
#define ADD(path, func) g_test_add (path, Doc, NULL, doc_setup, func, doc_teardown)
  ADD ("/due/list", test_due_list);
  ADD ("/checkins/retract", test_retract);
  ADD ("/checkins/unit-feed", test_unit_feed);
  ADD ("/checkins/batch/outcomes", test_batch_outcomes);
  ADD ("/checkins/batch/save", test_batch_save);
  ADD ("/checkins/batch/save-fails-whole", test_batch_save_fails_whole);
  g_test_add_func ("/checkins/sparkline/pixels", test_sparkline_pixels);
  return g_test_run ();
}
