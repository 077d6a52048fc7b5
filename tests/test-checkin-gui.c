/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The weekly check-in in the window, driven through its actions under Xvfb: the wizard with
 * a value of every kind, skip, back, cancel, save in one transaction and a save that fails;
 * the history with a retraction; the due state; the preferences; the reminder. */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "gui-harness.h"
#include "okr-application.h"
#include "okr-checkin-page.h"
#include "okr-checkin-wizard.h"
#include "okr-checkins-view.h"
#include "okr-preferences-window.h"
#include "okr-reminder.h"
#include "okr-settings.h"
#include "okr-store-edits.h"
#include "okr-store-read.h"
#include "okr-window.h"

#define EPS 1e-9

typedef struct _Fixture Fixture;
typedef void (*Scenario) (OkrWindow *window, Fixture *f);

struct _Fixture {
  Scenario scenario;
  char  *dir;
  char  *path;
  gint64 q1, sales, support, ann, bob;
  gint64 number, percent, currency, boolean, milestone, control, other;
  gint64 old_checkin;   /* "New customers", Feb 8 */
  gint64 new_checkin;   /* "New customers", Feb 15 */
};

static OkrDate
ymd (int y, int m, int d)
{
  return okr_date_from_ymd (y, m, d);
}

/* Today is Wednesday 2027-02-17 (pinned in main). Sales has Ann's six key results, one of
 * each kind that takes check-ins, and a rolled-up one; Support has Bob's. "New customers"
 * was checked in on Monday the 8th and the 15th; nothing else this quarter. */
static void
make_document (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = NULL;
  const char *steps[] = { "Site", "Lease", "Open", NULL };
  OkrCheckinSpec ci;
  OkrKrSpec spec;
  gint64 root, o1, o2;

  f->path = gui_temp_document ("cascade-checkin-gui", &f->dir);
  store = okr_store_create (f->path, "Acme", &error);
  g_assert_no_error (error);
  root = okr_store_get_root_unit (store);
  f->sales = okr_store_add_unit (store, root, "Sales", OKR_UNIT_DEPARTMENT, &error);
  f->support = okr_store_add_unit (store, root, "Support", OKR_UNIT_DEPARTMENT, &error);
  f->ann = okr_store_add_person (store, "Ann", NULL, &error);
  f->bob = okr_store_add_person (store, "Bob", NULL, &error);
  f->q1 = okr_store_add_cycle (store, "Q1 2027", ymd (2027, 1, 1), ymd (2027, 3, 31), 0, &error);
  okr_store_set_cycle_state (store, f->q1, OKR_CYCLE_ACTIVE, &error);
  g_assert_no_error (error);

  o1 = okr_store_add_objective (store, f->q1, f->sales, "Win the north", f->ann, FALSE, 0, 0,
                                &error);
  okr_kr_spec_init (&spec);
  spec.owner_id = f->ann;
  spec.target = 100;
  spec.unit_label = "customers";
  f->number = okr_store_add_key_result (store, o1, "New customers", &spec, &error);
  spec.kind = OKR_KR_PERCENT;
  spec.baseline = 20;
  spec.target = 60;
  spec.unit_label = NULL;
  f->percent = okr_store_add_key_result (store, o1, "Win rate", &spec, &error);
  spec.kind = OKR_KR_CURRENCY;
  spec.baseline = 1000;
  spec.target = 0;
  spec.unit_label = "$";
  f->currency = okr_store_add_key_result (store, o1, "Unpaid invoices", &spec, &error);
  spec.kind = OKR_KR_BOOLEAN;
  f->boolean = okr_store_add_key_result (store, o1, "Price list out", &spec, &error);
  spec.kind = OKR_KR_MILESTONE;
  spec.milestones = steps;
  f->milestone = okr_store_add_key_result (store, o1, "New shop", &spec, &error);
  spec.milestones = NULL;
  spec.kind = OKR_KR_CONTROL;
  spec.baseline = 0;
  spec.target = 95;
  spec.unit_label = "%";
  f->control = okr_store_add_key_result (store, o1, "Uptime", &spec, &error);
  spec.kind = OKR_KR_ROLLUP;
  okr_store_add_key_result (store, o1, "Teams", &spec, &error);
  g_assert_no_error (error);

  o2 = okr_store_add_objective (store, f->q1, f->support, "Happy customers", f->bob, FALSE, 0,
                                0, &error);
  okr_kr_spec_init (&spec);
  spec.owner_id = f->bob;
  spec.target = 10;
  f->other = okr_store_add_key_result (store, o2, "Fewer tickets", &spec, &error);
  g_assert_no_error (error);

  okr_checkin_spec_init (&ci);
  ci.date = ymd (2027, 2, 8);
  ci.value = 30;
  ci.confidence = 6;
  ci.author_id = f->ann;
  f->old_checkin = okr_store_add_checkin (store, f->number, &ci, &error);
  ci.date = ymd (2027, 2, 15);
  ci.value = 40;
  ci.confidence = 7;
  ci.went_well = "A good week";
  f->new_checkin = okr_store_add_checkin (store, f->number, &ci, &error);
  g_assert_no_error (error);
}

/* Each scenario runs in a fresh application on a fresh document, opened on Sales. */
static void
open_on_sales (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  GSettings *settings = okr_application_get_settings (
    OKR_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));

  /* Monday 09:00, whatever an earlier scenario chose */
  g_settings_reset (settings, "checkin-day");
  g_settings_reset (settings, "checkin-time");
  gui_open (window, f->path, "Sales");
  f->scenario (window, f);
}

static void
run_scenario (Scenario scenario)
{
  Fixture f = { .scenario = scenario };

  make_document (&f);
  gui_run_scenario (open_on_sales, &f);
  gui_remove_document (f.dir, f.path);
}

static GSettings *
settings_of (OkrWindow *window)
{
  return okr_application_get_settings (OKR_APPLICATION (gtk_window_get_application (
                                         GTK_WINDOW (window))));
}

static void
set_me (OkrWindow *window, gint64 person)
{
  okr_settings_set_me (settings_of (window), okr_window_get_store (window), person);
  gui_iterate ();
}

static OkrCheckinWizard *
open_wizard (OkrWindow *window)
{
  GtkWidget *wizard = okr_window_start_checkin (window, FALSE);

  g_assert_true (OKR_IS_CHECKIN_WIZARD (wizard));
  gui_iterate ();
  g_assert_cmpstr (okr_checkin_wizard_get_step (OKR_CHECKIN_WIZARD (wizard)), ==, "choose");
  return OKR_CHECKIN_WIZARD (wizard);
}

static void
act (OkrCheckinWizard *wizard, const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (wizard), action, NULL));
  gui_iterate ();
}

static void
assert_step (OkrCheckinWizard *wizard, const char *step)
{
  g_assert_cmpstr (okr_checkin_wizard_get_step (wizard), ==, step);
}

/* What has the keyboard focus, as the key result's page meant: the value field. */
static GtkWidget *
focus_of (OkrCheckinWizard *wizard)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (wizard));

  g_assert_nonnull (focus);
  return focus;
}

/* Types a value where the focus is, as a leader would: focus must be in a text field. */
static void
type_value (OkrCheckinWizard *wizard, const char *text)
{
  GtkWidget *focus = focus_of (wizard);

  g_assert_true (GTK_IS_EDITABLE (focus));
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY));
  gtk_editable_set_text (GTK_EDITABLE (focus), text);
  gui_iterate ();
}

static const char *
typed_text (OkrCheckinWizard *wizard)
{
  return gtk_editable_get_text (GTK_EDITABLE (focus_of (wizard)));
}

static gint64
count (const char *path, const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static OkrCheckin *
latest_checkin (OkrWindow *window, gint64 kr)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = okr_store_list_checkins (okr_window_get_store (window), kr, TRUE,
                                                       1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  return g_object_ref (g_ptr_array_index (list, 0));
}

/* Every widget of @type under @root, in order. */
static void
collect (GtkWidget *root, GType type, GPtrArray *out)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        g_ptr_array_add (out, c);
      collect (c, type, out);
    }
}

static void
on_changed (OkrStore *store, guint entities, guint *n)
{
  (*n)++;
}

static void
on_destroyed (GtkWidget *widget, gboolean *destroyed)
{
  *destroyed = TRUE;
}

/* ───────────────────────── the wizard ───────────────────────── */

/* Every kind of key result, through the wizard's actions; one transaction writes exactly
 * the six check-ins confirmed, with their values, confidences and notes. */
static void
scenario_every_kind (OkrWindow *window, Fixture *f)
{
  OkrStore *store = okr_window_get_store (window);
  OkrCheckinWizard *wizard;
  gboolean destroyed = FALSE;
  guint changes = 0;
  g_autoptr(OkrCheckin) number = NULL, percent = NULL, currency = NULL, boolean = NULL;
  g_autoptr(OkrCheckin) milestone = NULL, control = NULL;
  OkrRollup *rollup;

  set_me (window, f->ann);
  wizard = open_wizard (window);
  g_signal_connect (wizard, "destroy", G_CALLBACK (on_destroyed), &destroyed);
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), &changes);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.choose", "s", "mine"));
  gui_iterate ();
  g_assert_cmpuint (okr_checkin_batch_get_n_entries (okr_checkin_wizard_get_batch (wizard)), ==,
                    6);

  /* number: the field shows the current value, all of it selected, ready to replace */
  assert_step (wizard, "kr-0");
  g_assert_cmpstr (typed_text (wizard), ==, "40");
  type_value (wizard, "45.5");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.confidence", "i", 8));
  okr_checkin_page_set_note (OKR_CHECKIN_PAGE (okr_checkin_wizard_get_page (wizard)),
                             OKR_NOTE_WENT_WELL, "Two deals");
  okr_checkin_page_set_note (OKR_CHECKIN_PAGE (okr_checkin_wizard_get_page (wizard)),
                             OKR_NOTE_BLOCKED_BY, "Stock");
  okr_checkin_page_set_note (OKR_CHECKIN_PAGE (okr_checkin_wizard_get_page (wizard)),
                             OKR_NOTE_NEXT_STEP, "Call back");
  act (wizard, "wizard.next");

  /* percent, with thousands separators typed */
  assert_step (wizard, "kr-1");
  type_value (wizard, "1,030.25");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.confidence", "i", 10));
  act (wizard, "wizard.next");

  /* currency, decreasing */
  assert_step (wizard, "kr-2");
  g_assert_cmpstr (typed_text (wizard), ==, "1,000");
  type_value (wizard, "650");
  act (wizard, "wizard.next");

  /* boolean: the focus is on the switch */
  assert_step (wizard, "kr-3");
  g_assert_true (GTK_IS_SWITCH (focus_of (wizard)));
  gtk_switch_set_active (GTK_SWITCH (focus_of (wizard)), TRUE);
  act (wizard, "wizard.next");

  /* milestones: the focus is on the first one still open; tick the first two */
  assert_step (wizard, "kr-4");
  g_assert_true (GTK_IS_CHECK_BUTTON (focus_of (wizard)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (focus_of (wizard)), TRUE);
  {
    g_autoptr(GPtrArray) checks = g_ptr_array_new ();
    collect (okr_checkin_wizard_get_page (wizard), GTK_TYPE_CHECK_BUTTON, checks);
    g_assert_cmpuint (checks->len, ==, 3);
    g_assert_true (g_ptr_array_index (checks, 0) == focus_of (wizard));
    gtk_check_button_set_active (g_ptr_array_index (checks, 1), TRUE);
  }
  act (wizard, "wizard.next");

  /* control */
  assert_step (wizard, "kr-5");
  type_value (wizard, "97");
  act (wizard, "wizard.next");

  /* the summary, then save: nothing is written before */
  assert_step (wizard, "summary");
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM checkins"), ==, 2);
  g_assert_cmpuint (changes, ==, 0);
  act (wizard, "wizard.next");
  g_assert_true (destroyed);

  /* one transaction: one change, six check-ins, and undo stops at history */
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM checkins"), ==, 8);
  g_assert_false (okr_store_can_undo (store));

  number = latest_checkin (window, f->number);
  g_assert_cmpfloat_with_epsilon (okr_checkin_get_value (number), 45.5, EPS);
  g_assert_cmpint (okr_checkin_get_confidence (number), ==, 8);
  g_assert_cmpint (okr_checkin_get_date (number), ==, ymd (2027, 2, 17));
  g_assert_cmpint (okr_checkin_get_author_id (number), ==, f->ann);
  g_assert_cmpstr (okr_checkin_get_went_well (number), ==, "Two deals");
  g_assert_cmpstr (okr_checkin_get_blocked_by (number), ==, "Stock");
  g_assert_cmpstr (okr_checkin_get_next_step (number), ==, "Call back");
  percent = latest_checkin (window, f->percent);
  g_assert_cmpfloat_with_epsilon (okr_checkin_get_value (percent), 1030.25, EPS);
  g_assert_cmpint (okr_checkin_get_confidence (percent), ==, 10);
  currency = latest_checkin (window, f->currency);
  g_assert_cmpfloat_with_epsilon (okr_checkin_get_value (currency), 650, EPS);
  /* never given before: the neutral 5 shown was confirmed */
  g_assert_cmpint (okr_checkin_get_confidence (currency), ==, 5);
  boolean = latest_checkin (window, f->boolean);
  g_assert_cmpfloat_with_epsilon (okr_checkin_get_value (boolean), 1, EPS);
  milestone = latest_checkin (window, f->milestone);
  g_assert_cmpfloat_with_epsilon (okr_checkin_get_value (milestone), 2, EPS);
  control = latest_checkin (window, f->control);
  g_assert_cmpfloat_with_epsilon (okr_checkin_get_value (control), 97, EPS);

  /* the window shows the new values, and nothing of Ann's is due any more */
  gui_iterate ();
  rollup = okr_window_get_rollup (window);
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_current (
                                    okr_rollup_find_key_result (rollup, f->number)), 45.5, EPS);
  g_assert_cmpuint (okr_key_result_get_milestones_done (
                      okr_rollup_find_key_result (rollup, f->milestone)), ==, 2);
  g_assert_cmpuint (okr_due_count_unit (rollup, f->sales, okr_window_get_due_day (window)), ==,
                    0);
}

static void
test_every_kind (void)
{
  run_scenario (scenario_every_kind);
}

/* Skip, back (what was typed is still there), a value that is not a number, and finishing
 * early: exactly the confirmed check-in is saved. */
static void
scenario_skip_and_back (OkrWindow *window, Fixture *f)
{
  OkrCheckinWizard *wizard;
  OkrCheckinBatch *batch;
  g_autoptr(OkrCheckin) number = NULL;

  set_me (window, f->ann);
  wizard = open_wizard (window);
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.choose", "s", "mine");
  gui_iterate ();
  batch = okr_checkin_wizard_get_batch (wizard);

  /* not a number: refused, the page stays and keeps the focus in the field */
  type_value (wizard, "fifty");
  act (wizard, "wizard.next");
  assert_step (wizard, "kr-0");
  g_assert_cmpstr (typed_text (wizard), ==, "fifty");
  type_value (wizard, "50");
  act (wizard, "wizard.next");

  assert_step (wizard, "kr-1");
  act (wizard, "wizard.skip");
  assert_step (wizard, "kr-2");
  type_value (wizard, "700");

  act (wizard, "wizard.back");
  assert_step (wizard, "kr-1");
  act (wizard, "wizard.back");
  assert_step (wizard, "kr-0");
  g_assert_cmpstr (typed_text (wizard), ==, "50");
  act (wizard, "wizard.back");
  assert_step (wizard, "choose");
  /* the same choice again keeps everything entered */
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.choose", "s", "mine");
  gui_iterate ();
  g_assert_true (okr_checkin_wizard_get_batch (wizard) == batch);
  g_assert_cmpstr (typed_text (wizard), ==, "50");

  act (wizard, "wizard.finish");
  assert_step (wizard, "summary");
  g_assert_cmpuint (okr_checkin_batch_count (batch, OKR_CHECKIN_CONFIRMED), ==, 1);
  g_assert_cmpuint (okr_checkin_batch_count (batch, OKR_CHECKIN_SKIPPED), ==, 1);
  g_assert_cmpuint (okr_checkin_batch_count (batch, OKR_CHECKIN_PENDING), ==, 4);
  /* back from the summary to the last page, then save from there with Ctrl+Enter's action */
  act (wizard, "wizard.back");
  assert_step (wizard, "kr-5");
  act (wizard, "wizard.save");

  g_assert_cmpint (count (f->path, "SELECT count(*) FROM checkins"), ==, 3);
  number = latest_checkin (window, f->number);
  g_assert_cmpfloat_with_epsilon (okr_checkin_get_value (number), 50, EPS);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM checkins WHERE value = 700"), ==, 0);
}

static void
test_skip_and_back (void)
{
  run_scenario (scenario_skip_and_back);
}

static char *
file_contents (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_base64_encode ((const guchar *) contents, length);
}

/* Cancel leaves the document exactly as it was, byte for byte. */
static void
scenario_cancel (OkrWindow *window, Fixture *f)
{
  g_autofree char *before = file_contents (f->path), *after = NULL;
  OkrCheckinWizard *wizard;
  gboolean destroyed = FALSE;

  set_me (window, f->ann);
  wizard = open_wizard (window);
  g_signal_connect (wizard, "destroy", G_CALLBACK (on_destroyed), &destroyed);
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.choose", "s", "mine");
  gui_iterate ();
  type_value (wizard, "99");
  act (wizard, "wizard.next");
  type_value (wizard, "59");
  act (wizard, "wizard.next");
  act (wizard, "wizard.finish");
  assert_step (wizard, "summary");
  act (wizard, "wizard.cancel");
  g_assert_true (destroyed);

  after = file_contents (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_cancel (void)
{
  run_scenario (scenario_cancel);
}

/* A save that fails leaves nothing half-written, says so, and keeps what was entered:
 * first a key result deleted after the wizard opened (refused half-way through), then a
 * file locked by another program; once both are solved the same entries save. */
static void
scenario_save_fails (OkrWindow *window, Fixture *f)
{
  g_autoptr(GError) error = NULL;
  OkrStore *store = okr_window_get_store (window);
  OkrCheckinWizard *wizard;
  OkrCheckinBatch *batch;
  gboolean destroyed = FALSE;
  sqlite3 *other = NULL;

  set_me (window, f->ann);
  wizard = open_wizard (window);
  g_signal_connect (wizard, "destroy", G_CALLBACK (on_destroyed), &destroyed);
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.choose", "s", "mine");
  gui_iterate ();
  batch = okr_checkin_wizard_get_batch (wizard);
  type_value (wizard, "55");
  act (wizard, "wizard.next");
  type_value (wizard, "33");
  act (wizard, "wizard.next");
  type_value (wizard, "500");
  act (wizard, "wizard.next");
  act (wizard, "wizard.finish");
  assert_step (wizard, "summary");

  /* the third key result goes away after the first two check-ins are on their way */
  okr_store_delete (store, OKR_ENTITY_KEY_RESULT, f->currency, &error);
  g_assert_no_error (error);
  act (wizard, "wizard.save");
  g_assert_false (destroyed);
  assert_step (wizard, "summary");
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM checkins"), ==, 2);
  g_assert_cmpuint (okr_checkin_batch_count (batch, OKR_CHECKIN_CONFIRMED), ==, 3);
  g_assert_cmpfloat_with_epsilon (okr_checkin_batch_get_entry (batch, 0)->value, 55, EPS);

  /* bring it back; now another program holds the file */
  g_assert_true (okr_store_undo (store, &error));
  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  act (wizard, "wizard.save");
  g_assert_false (destroyed);
  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM checkins"), ==, 2);

  act (wizard, "wizard.save");
  g_assert_true (destroyed);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM checkins"), ==, 5);
}

static void
test_save_fails (void)
{
  run_scenario (scenario_save_fails);
}

/* Without "me", the choice is the unit's key results, whoever owns them. */
static void
scenario_unit_choice (OkrWindow *window, Fixture *f)
{
  OkrCheckinWizard *wizard;
  OkrCheckinBatch *batch;

  set_me (window, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-unit", "s", "Support");
  gui_iterate ();
  wizard = open_wizard (window);
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.choose", "s", "mine");
  gui_iterate ();
  assert_step (wizard, "empty");
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.choose", "s", "unit");
  gui_iterate ();
  batch = okr_checkin_wizard_get_batch (wizard);
  g_assert_cmpuint (okr_checkin_batch_get_n_entries (batch), ==, 1);
  g_assert_cmpint (okr_key_result_get_id (okr_checkin_batch_get_entry (batch, 0)->kr), ==,
                   f->other);
  act (wizard, "wizard.cancel");
}

static void
test_unit_choice (void)
{
  run_scenario (scenario_unit_choice);
}

/* The reminder's action opens the wizard on the document, on my key results. */
static void
scenario_reminder_action (OkrWindow *window, Fixture *f)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  GListModel *toplevels = gtk_window_get_toplevels ();
  OkrCheckinWizard *wizard = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  OkrDate day;

  set_me (window, f->ann);
  /* Wednesday noon: since Monday 09:00, five of Ann's six are due ("New customers" was
   * checked in on Monday) */
  g_assert_cmpuint (okr_reminder_count_due (okr_window_get_store (window), settings_of (window),
                                            okr_due_now (zone), zone, &day), ==, 5);
  g_assert_cmpint (day, ==, ymd (2027, 2, 15));

  g_action_group_activate_action (G_ACTION_GROUP (app), "checkin",
                                  g_variant_new_string (f->path));
  gui_iterate ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (OKR_IS_CHECKIN_WIZARD (w))
        wizard = OKR_CHECKIN_WIZARD (w);
    }
  g_assert_nonnull (wizard);
  assert_step (wizard, "kr-0");
  act (wizard, "wizard.cancel");
}

static void
test_reminder_action (void)
{
  run_scenario (scenario_reminder_action);
}

/* ───────────────────────── history and due state ───────────────────────── */

static OkrCheckinsView *
checkins_view (OkrWindow *window)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  okr_window_show_view (window, "checkins");
  gui_iterate ();
  collect (GTK_WIDGET (window), OKR_TYPE_CHECKINS_VIEW, views);
  g_assert_cmpuint (views->len, ==, 1);
  return g_ptr_array_index (views, 0);
}

static void
scenario_history_and_retract (OkrWindow *window, Fixture *f)
{
  g_autoptr(GError) error = NULL;
  OkrCheckinsView *view;
  GListModel *model;
  OkrCheckin *first;
  OkrKeyResult *kr;

  set_me (window, f->ann);
  view = checkins_view (window);
  model = okr_checkins_view_get_model (view);
  /* the week from Monday the 15th: one check-in in Sales */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  okr_checkins_view_show_week (view, ymd (2027, 2, 8));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  okr_checkins_view_show_week (view, ymd (2027, 2, 1));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  /* one key result's timeline, newest first */
  okr_checkins_view_show_key_result (view, f->number);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  first = g_list_model_get_item (model, 0);
  g_assert_cmpint (okr_checkin_get_id (first), ==, f->new_checkin);
  g_assert_cmpstr (okr_checkin_get_went_well (first), ==, "A good week");
  g_object_unref (first);

  kr = okr_rollup_find_key_result (okr_window_get_rollup (window), f->number);
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_current (kr), 40, EPS);
  g_assert_false (okr_due_key_result (okr_window_get_rollup (window), kr,
                                      okr_window_get_due_day (window)));

  /* retract Monday's check-in: it stays listed, marked, with the reason */
  g_assert_false (okr_checkins_view_retract (view, f->new_checkin, "  ", &error));
  g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (okr_checkins_view_retract (view, f->new_checkin, "Counted a trial", &error));
  g_assert_no_error (error);
  gui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  first = g_list_model_get_item (model, 0);
  g_assert_true (okr_checkin_get_retracted (first));
  g_assert_cmpstr (okr_checkin_get_retract_reason (first), ==, "Counted a trial");
  g_object_unref (first);
  g_assert_cmpint (count (f->path, "SELECT author_id FROM retractions"), ==, f->ann);

  /* the value, progress and due state follow */
  kr = okr_rollup_find_key_result (okr_window_get_rollup (window), f->number);
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_current (kr), 30, EPS);
  g_assert_cmpfloat_with_epsilon (okr_key_result_get_progress (kr), 0.30, EPS);
  g_assert_true (okr_due_key_result (okr_window_get_rollup (window), kr,
                                     okr_window_get_due_day (window)));
}

static void
test_history_and_retract (void)
{
  run_scenario (scenario_history_and_retract);
}

/* The due day follows the preferences: Monday 09:00 by default, Wednesday 10:00 once
 * chosen (today is Wednesday: the end of the day counts), Thursday: last week's. */
static void
scenario_due_state (OkrWindow *window, Fixture *f)
{
  GSettings *settings = settings_of (window);
  OkrRollup *rollup;

  g_assert_cmpint (okr_window_get_due_day (window), ==, ymd (2027, 2, 15));
  rollup = okr_window_get_rollup (window);
  /* all six of Sales that take check-ins but "New customers" */
  g_assert_cmpuint (okr_due_count_unit (rollup, f->sales, okr_window_get_due_day (window)), ==, 5);
  g_assert_cmpuint (okr_due_count_unit (rollup, f->support, okr_window_get_due_day (window)), ==,
                    1);

  g_settings_set_int (settings, "checkin-day", 3);
  g_settings_set_string (settings, "checkin-time", "10:00");
  gui_iterate ();
  g_assert_cmpint (okr_window_get_due_day (window), ==, ymd (2027, 2, 17));
  rollup = okr_window_get_rollup (window);
  g_assert_cmpuint (okr_due_count_unit (rollup, f->sales, okr_window_get_due_day (window)), ==, 6);

  g_settings_set_int (settings, "checkin-day", 4);
  gui_iterate ();
  g_assert_cmpint (okr_window_get_due_day (window), ==, ymd (2027, 2, 11));
  rollup = okr_window_get_rollup (window);
  g_assert_cmpuint (okr_due_count_unit (rollup, f->sales, okr_window_get_due_day (window)), ==, 5);
}

static void
test_due_state (void)
{
  run_scenario (scenario_due_state);
}

/* ───────────────────────── preferences ───────────────────────── */

static AdwComboRow *
combo_row (GtkWidget *root, const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (root, ADW_TYPE_COMBO_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  g_error ("no row “%s”", title);
}

static void
scenario_preferences (OkrWindow *window, Fixture *f)
{
  GSettings *settings = settings_of (window);
  GtkWidget *prefs;
  AdwComboRow *me, *day, *scheme, *language;

  set_me (window, 0);
  prefs = okr_preferences_window_new (GTK_WINDOW (window), settings,
                                      okr_window_get_store (window));
  gtk_window_present (GTK_WINDOW (prefs));
  gui_iterate ();
  me = combo_row (prefs, "_Who I am");
  day = combo_row (prefs, "Check-in _day");
  scheme = combo_row (prefs, "_Style");
  language = combo_row (prefs, "_Language");

  /* "Nobody in particular", then the people by name: Ann, Bob */
  g_assert_cmpuint (adw_combo_row_get_selected (me), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (me)), ==, 3);
  adw_combo_row_set_selected (me, 2);
  gui_iterate ();
  g_assert_cmpint (okr_window_get_me (window), ==, f->bob);
  adw_combo_row_set_selected (me, 1);
  g_assert_cmpint (okr_window_get_me (window), ==, f->ann);

  g_assert_cmpuint (adw_combo_row_get_selected (day), ==, 0);
  adw_combo_row_set_selected (day, 4);
  g_assert_cmpint (g_settings_get_int (settings, "checkin-day"), ==, 5);

  adw_combo_row_set_selected (scheme, 2);
  gui_iterate ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()), ==,
                   ADW_COLOR_SCHEME_FORCE_DARK);
  adw_combo_row_set_selected (scheme, 0);
  adw_combo_row_set_selected (language, 2);
  {
    g_autofree char *lang = g_settings_get_string (settings, "language");
    g_assert_cmpstr (lang, ==, "vi");
  }
  g_settings_reset (settings, "language");
  gtk_window_destroy (GTK_WINDOW (prefs));
}

static void
test_preferences (void)
{
  run_scenario (scenario_preferences);
}

int
main (int argc, char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  okr_date_set_today (ymd (2027, 2, 17));
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/gui/wizard/every-kind", test_every_kind);
  g_test_add_func ("/gui/wizard/skip-and-back", test_skip_and_back);
  g_test_add_func ("/gui/wizard/cancel", test_cancel);
  g_test_add_func ("/gui/wizard/save-fails", test_save_fails);
  g_test_add_func ("/gui/wizard/unit-choice", test_unit_choice);
  g_test_add_func ("/gui/wizard/reminder-action", test_reminder_action);
  g_test_add_func ("/gui/checkins/history-and-retract", test_history_and_retract);
  g_test_add_func ("/gui/checkins/due-state", test_due_state);
  g_test_add_func ("/gui/preferences", test_preferences);
  return g_test_run ();
}
