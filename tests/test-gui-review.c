/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Review and KPIs pages, driven under Xvfb through their actions, entries and dialogs as
 * a leader would: scoring with the keyboard, the roll-ups following, closing (and every
 * write refused afterwards, with a message), carrying over, reopening with a reason, KPIs
 * and the two prefills. */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "gui-harness.h"
#include "okr-application.h"
#include "okr-carry-over-dialog.h"
#include "okr-kpi-view.h"
#include "okr-kpi.h"
#include "okr-review-item.h"
#include "okr-review-view.h"
#include "okr-review.h"
#include "okr-rollup.h"
#include "okr-store-edits.h"
#include "okr-store-read.h"
#include "okr-window.h"

typedef struct _Fixture Fixture;
typedef void (*Scenario) (OkrWindow *window, Fixture *f);

struct _Fixture {
  Scenario scenario;
  char  *dir;
  char  *path;
  gint64 sales;
  gint64 q1;
  gint64 grow;      /* committed: "Ten customers" (w 3), "Revenue" (w 1) */
  gint64 customers;
  gint64 revenue;
  gint64 keep;      /* aspirational: "Renewals" reached its target */
  gint64 renewals;
  gint64 churn;     /* a red KPI of Sales */
};

static OkrDate
ymd (int y, int m, int d)
{
  return okr_date_from_ymd (y, m, d);
}

static gint64
kr (OkrStore *store, gint64 objective, const char *title, double target, double weight)
{
  g_autoptr(GError) error = NULL;
  OkrKrSpec spec;
  gint64 id;

  okr_kr_spec_init (&spec);
  spec.target = target;
  spec.weight = weight;
  id = okr_store_add_key_result (store, objective, title, &spec, &error);
  g_assert_no_error (error);
  return id;
}

static void
checkin (OkrStore *store, gint64 kr_id, double value)
{
  g_autoptr(GError) error = NULL;
  OkrCheckinSpec spec;

  okr_checkin_spec_init (&spec);
  spec.date = ymd (2027, 3, 25);
  spec.value = value;
  g_assert_cmpint (okr_store_add_checkin (store, kr_id, &spec, &error), >, 0);
}

static void
make_document (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = NULL;
  gint64 root;

  f->path = gui_temp_document ("cascade-gui-review", &f->dir);
  store = okr_store_create (f->path, "Acme", &error);
  g_assert_no_error (error);
  root = okr_store_get_root_unit (store);
  f->sales = okr_store_add_unit (store, root, "Sales", OKR_UNIT_DEPARTMENT, &error);
  f->q1 = okr_store_add_cycle (store, "Q1 2027", ymd (2027, 1, 1), ymd (2027, 3, 31), 0, &error);
  okr_store_set_cycle_state (store, f->q1, OKR_CYCLE_ACTIVE, &error);
  g_assert_no_error (error);
  f->grow = okr_store_add_objective (store, f->q1, f->sales, "Grow", 0, FALSE, 0, 0, &error);
  f->customers = kr (store, f->grow, "Ten customers", 10, 3);
  f->revenue = kr (store, f->grow, "Revenue", 100, 1);
  f->keep = okr_store_add_objective (store, f->q1, f->sales, "Keep them", 0, TRUE, 0, 0, &error);
  f->renewals = kr (store, f->keep, "Renewals", 20, 1);
  g_assert_no_error (error);
  checkin (store, f->customers, 7);
  checkin (store, f->revenue, 80);
  checkin (store, f->renewals, 22);
  f->churn = okr_store_add_kpi (store, f->sales, "Churn", "%", 2, 5, &error);
  g_assert_no_error (error);
  okr_store_add_kpi_reading (store, f->churn, ymd (2027, 3, 1), 6.5, 0, &error);
  g_assert_no_error (error);
}

/* Each scenario runs in a fresh application on a fresh document, opened on Sales. */
static void
open_on_sales (OkrWindow *window, gpointer data)
{
  Fixture *f = data;

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

/* ───────────────────────── finding what the user sees ───────────────────────── */

static GtkWidget *
find_widget (GtkWidget *root, GType type, guint skip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          if (skip == 0)
            return child;
          skip--;
        }
      if ((found = find_widget (child, type, skip)) != NULL)
        return found;
    }
  return NULL;
}

/* Whether a label showing @words is on screen (a toast, a banner, a dialog). */
static gboolean
label_shows (GtkWidget *root, const char *words)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child) &&
          strstr (gtk_label_get_label (GTK_LABEL (child)), words) != NULL)
        return TRUE;
      if (label_shows (child, words))
        return TRUE;
    }
  return FALSE;
}

static OkrReviewView *
review_view (OkrWindow *window)
{
  return OKR_REVIEW_VIEW (find_widget (GTK_WIDGET (window), OKR_TYPE_REVIEW_VIEW, 0));
}

/* The dialog of @type shown over the window, or NULL. */
static GtkWidget *
dialog_of_type (OkrWindow *window, GType type)
{
  GtkWidget *found = NULL;

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) &&
        gtk_window_get_transient_for (l->data) == GTK_WINDOW (window) &&
        gtk_widget_get_visible (l->data))
      found = l->data;
  return found;
}

/* What Enter in an entry does. */
static void
press_enter (GtkWidget *entry)
{
  g_signal_emit_by_name (entry, "activate");
  gui_iterate ();
}

/* What clicking a dialog's button does: the response, then the dialog goes. */
static void
respond (GtkWidget *dialog, const char *response)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gui_iterate ();
}

static OkrRollup *
fresh_rollup (OkrWindow *window, gint64 cycle)
{
  g_autoptr(GError) error = NULL;
  OkrRollup *r = okr_rollup_new (okr_window_get_store (window), cycle, okr_date_today (), &error);

  g_assert_no_error (error);
  return r;
}

static double
kr_score (OkrWindow *window, Fixture *f, gint64 kr_id)
{
  g_autoptr(OkrRollup) r = fresh_rollup (window, f->q1);
  return okr_key_result_get_score (okr_rollup_find_key_result (r, kr_id));
}

/* The entity a line of the Review page shows now. */
static gpointer
line_entity (OkrWindow *window, OkrReviewItemKind kind, gint64 id)
{
  GListModel *model = okr_review_view_get_model (review_view (window));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OkrReviewItem) item = g_list_model_get_item (model, i);
      if (okr_review_item_get_kind (item) == kind && okr_review_item_get_id (item) == id)
        return okr_review_item_get_entity (item);
    }
  return NULL;
}

static void
score_action (OkrWindow *window, gint64 kr_id, const char *score, const char *reason)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "review.score", "(xss)", kr_id, score, reason);
  gui_iterate ();
}

/* ───────────────────────── scenarios ───────────────────────── */

/* Lines for the unit and its objectives and KRs; a score given moves the objective's and
 * the unit's scores and the distribution, on the same lines. */
static void
scenario_scores_roll_up (OkrWindow *window, Fixture *f)
{
  OkrReviewView *view;
  GListModel *model;
  OkrReviewItem *first_kr_line = NULL;
  guint n_lines;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "review");
  gui_iterate ();
  view = review_view (window);
  model = okr_review_view_get_model (view);
  n_lines = g_list_model_get_n_items (model);
  /* Sales, Grow, Ten customers, Revenue, Keep them, Renewals */
  g_assert_cmpuint (n_lines, ==, 6);
  first_kr_line = g_list_model_get_item (model, 2);
  /* the review starts at the first unscored KR */
  g_assert_cmpint (okr_review_view_get_selected (view), ==, f->customers);

  score_action (window, f->customers, "0.6", "Seven of ten");
  score_action (window, f->revenue, "1", "");
  g_assert_cmpfloat_with_epsilon (kr_score (window, f, f->customers), 0.6, 1e-9);
  /* the same lines, now showing Grow = (3 × 0.6 + 1.0) / 4 = 0.7, below its bar of 1.0 */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_lines);
  g_assert_true (g_list_model_get_item (model, 2) == (gpointer) first_kr_line);
  g_object_unref (first_kr_line);
  g_object_unref (first_kr_line);
  g_assert_cmpfloat_with_epsilon (okr_objective_get_score (line_entity (window,
                                                                        OKR_REVIEW_ITEM_OBJECTIVE,
                                                                        f->grow)), 0.7, 1e-9);
  g_assert_true (okr_review_objective_below_bar (line_entity (window, OKR_REVIEW_ITEM_OBJECTIVE,
                                                              f->grow)));
  g_assert_true (label_shows (GTK_WIDGET (window), "below its bar of 1.0"));
  score_action (window, f->renewals, "7", "Good for a stretch");
  g_assert_cmpfloat_with_epsilon (okr_unit_get_score (line_entity (window, OKR_REVIEW_ITEM_UNIT,
                                                                   f->sales)), 0.7, 1e-9);
  g_assert_false (okr_review_objective_below_bar (line_entity (window, OKR_REVIEW_ITEM_OBJECTIVE,
                                                               f->keep)));
  g_assert_true (label_shows (GTK_WIDGET (window), "3 of 3 key results scored"));

  /* off the scale, or between steps: refused, with the reason shown, nothing written */
  score_action (window, f->customers, "1.5", "");
  g_assert_true (label_shows (GTK_WIDGET (window), "A score is a number from 0.0 to 1.0"));
  score_action (window, f->customers, "0.65", "");
  g_assert_true (label_shows (GTK_WIDGET (window), "steps of 0.1"));
  g_assert_cmpfloat_with_epsilon (kr_score (window, f, f->customers), 0.6, 1e-9);
}

static void
test_scores_roll_up (void)
{
  run_scenario (scenario_scores_roll_up);
}

/* The scoring bar: type a score and a reason, Enter saves and moves on; ↓ moves. */
static void
scenario_keyboard (OkrWindow *window, Fixture *f)
{
  OkrReviewView *view;
  GtkWidget *score_entry, *reason_entry;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "review");
  gui_iterate ();
  view = review_view (window);
  score_entry = find_widget (GTK_WIDGET (view), GTK_TYPE_ENTRY, 0);
  reason_entry = find_widget (GTK_WIDGET (view), GTK_TYPE_ENTRY, 1);
  g_assert_nonnull (score_entry);
  g_assert_nonnull (reason_entry);
  g_assert_true (gtk_widget_grab_focus (score_entry));

  g_assert_cmpint (okr_review_view_get_selected (view), ==, f->customers);
  gtk_editable_set_text (GTK_EDITABLE (score_entry), "7");
  gtk_editable_set_text (GTK_EDITABLE (reason_entry), "Seven signed");
  press_enter (reason_entry);
  g_assert_cmpfloat_with_epsilon (kr_score (window, f, f->customers), 0.7, 1e-9);
  /* on to the next KR, whose score is still empty in the bar */
  g_assert_cmpint (okr_review_view_get_selected (view), ==, f->revenue);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (score_entry)), ==, "");
  gtk_editable_set_text (GTK_EDITABLE (score_entry), "0,8");
  press_enter (score_entry);
  /* "0,8" is not a number in English: refused, and the bar stays where it was */
  g_assert_true (isnan (kr_score (window, f, f->revenue)));
  g_assert_cmpint (okr_review_view_get_selected (view), ==, f->revenue);
  gtk_editable_set_text (GTK_EDITABLE (score_entry), "0.8");
  press_enter (score_entry);
  g_assert_cmpfloat_with_epsilon (kr_score (window, f, f->revenue), 0.8, 1e-9);
  g_assert_cmpint (okr_review_view_get_selected (view), ==, f->renewals);
  /* up goes back, and shows what was saved */
  gtk_widget_activate_action (GTK_WIDGET (window), "review.previous", NULL);
  gui_iterate ();
  g_assert_cmpint (okr_review_view_get_selected (view), ==, f->revenue);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (score_entry)), ==, "0.8");
  /* what was typed is saved when moving on */
  gtk_editable_set_text (GTK_EDITABLE (score_entry), "0.9");
  gtk_widget_activate_action (GTK_WIDGET (window), "review.next", NULL);
  gui_iterate ();
  g_assert_cmpfloat_with_epsilon (kr_score (window, f, f->revenue), 0.9, 1e-9);
  g_assert_cmpint (okr_review_view_get_selected (view), ==, f->renewals);
}

static void
test_keyboard (void)
{
  run_scenario (scenario_keyboard);
}

/* Closing through the dialog; afterwards every write from the pages is refused and said
 * so; carry-over is offered; reopening takes a reason and is recorded. */
static void
scenario_close_and_reopen (OkrWindow *window, Fixture *f)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(OkrRollup) after = NULL;
  OkrStore *store = okr_window_get_store (window);
  GtkWidget *dialog;
  gint64 q2;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "review");
  gui_iterate ();
  score_action (window, f->customers, "0.6", "");

  gtk_widget_activate_action (GTK_WIDGET (window), "review.close-cycle", NULL);
  gui_iterate ();
  dialog = dialog_of_type (window, ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  /* the unscored KRs are named */
  g_assert_true (label_shows (dialog, "Revenue"));
  g_assert_true (label_shows (dialog, "Renewals"));
  g_assert_false (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "close"));
  respond (dialog, "leave");
  {
    g_autoptr(OkrCycle) q1 = okr_store_get_cycle (store, f->q1, NULL);
    g_assert_cmpint (okr_cycle_get_state (q1), ==, OKR_CYCLE_CLOSED);
  }
  g_assert_true (label_shows (GTK_WIDGET (window), "is closed"));

  /* every write is refused, and says why */
  score_action (window, f->revenue, "0.5", "late");
  g_assert_true (isnan (kr_score (window, f, f->revenue)));
  g_assert_true (label_shows (GTK_WIDGET (window), "“Q1 2027” is closed, so its OKRs can’t be "
                                                   "changed"));
  gtk_widget_activate_action (GTK_WIDGET (window), "review.set-retrospective", "(sss)",
                              "late", "", "");
  gtk_widget_activate_action (GTK_WIDGET (window), "kpi.create-okr", "(xss)", f->churn,
                              "Fix churn", "Churn to 2%");
  gui_iterate ();
  {
    g_auto(OkrRetrospective) retro = { 0 };
    g_autoptr(OkrRollup) r = fresh_rollup (window, f->q1);
    g_assert_true (okr_review_get_retrospective (store, f->sales, f->q1, &retro, NULL));
    g_assert_true (okr_retrospective_is_empty (&retro));
    g_assert_cmpuint (okr_rollup_get_objectives (r, f->sales)->len, ==, 2);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "review.close-cycle", NULL);
  gui_iterate ();
  g_assert_true (label_shows (GTK_WIDGET (window), "already closed"));

  /* closing offered the carry-over: Grow (Ten customers, Revenue) is unfinished */
  dialog = dialog_of_type (window, OKR_TYPE_CARRY_OVER_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpuint (okr_carry_over_dialog_count (OKR_CARRY_OVER_DIALOG (dialog), FALSE), ==, 3);
  g_assert_true (okr_carry_over_dialog_accept (OKR_CARRY_OVER_DIALOG (dialog)));
  gui_iterate ();
  q2 = okr_store_resolve (store, OKR_ENTITY_CYCLE, "Q2 2027", NULL);
  g_assert_cmpint (q2, >, 0);
  after = fresh_rollup (window, q2);
  g_assert_cmpuint (okr_rollup_get_objectives (after, f->sales)->len, ==, 1);
  g_assert_cmpint (okr_objective_get_carried_from_id (okr_rollup_get_objectives
                                                        (after, f->sales)->pdata[0]), ==, f->grow);
  g_assert_true (label_shows (GTK_WIDGET (window), "Carried 1 objective and 2 key results"));

  /* reopening: the dialog wants a reason */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-cycle", "s", "Q1 2027");
  gui_iterate ();
  gtk_widget_activate_action (GTK_WIDGET (window), "review.reopen", NULL);
  gui_iterate ();
  dialog = dialog_of_type (window, ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                           "accept"));
  gtk_editable_set_text (GTK_EDITABLE (find_widget (dialog, GTK_TYPE_ENTRY, 0)),
                         "The March deals came in late");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "accept"));
  respond (dialog, "accept");
  events = okr_review_list_events (store, f->q1, NULL);
  g_assert_cmpuint (events->len, ==, 2);
  g_assert_cmpstr (((OkrCycleEvent *) events->pdata[1])->kind, ==, OKR_EVENT_CYCLE_REOPENED);
  g_assert_cmpstr (((OkrCycleEvent *) events->pdata[1])->reason, ==,
                   "The March deals came in late");
  score_action (window, f->revenue, "0.5", "late");
  g_assert_cmpfloat_with_epsilon (kr_score (window, f, f->revenue), 0.5, 1e-9);
}

static void
test_close_and_reopen (void)
{
  run_scenario (scenario_close_and_reopen);
}

static void
scenario_retrospective_and_export (OkrWindow *window, Fixture *f)
{
  g_auto(OkrRetrospective) retro = { 0 };
  g_autofree char *csv = g_build_filename (f->dir, "review.csv", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "review.pdf", NULL);
  g_autofree char *text = NULL;
  GtkWidget *well;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "review");
  gui_iterate ();
  well = find_widget (GTK_WIDGET (review_view (window)), GTK_TYPE_TEXT_VIEW, 0);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (well)), "Pairing", -1);
  gtk_widget_activate_action (GTK_WIDGET (window), "review.save-retrospective", NULL);
  gui_iterate ();
  g_assert_true (okr_review_get_retrospective (okr_window_get_store (window), f->sales, f->q1,
                                               &retro, NULL));
  g_assert_cmpstr (retro.went_well, ==, "Pairing");

  gtk_widget_activate_action (GTK_WIDGET (window), "review.export-to", "(ss)", "csv", csv);
  gtk_widget_activate_action (GTK_WIDGET (window), "review.export-to", "(ss)", "pdf", pdf);
  gui_iterate ();
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "Row,Unit,Objective,"));
  g_assert_nonnull (strstr (text, "What worked,Sales,,,,,,,,Pairing\r\n"));
  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (pdf, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "%PDF-"));
}

static void
test_retrospective_and_export (void)
{
  run_scenario (scenario_retrospective_and_export);
}

/* KPIs: add one and a reading; a red KPI drafts an OKR (prefilled, confirmed); an achieved
 * KR is kept as a KPI (prefilled, confirmed). */
static void
scenario_kpis (OkrWindow *window, Fixture *f)
{
  OkrStore *store = okr_window_get_store (window);
  OkrKpiView *view;
  GtkWidget *dialog;
  g_autoptr(GPtrArray) kpis = NULL;
  g_autoptr(OkrRollup) r = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "kpis");
  gui_iterate ();
  view = OKR_KPI_VIEW (find_widget (GTK_WIDGET (window), OKR_TYPE_KPI_VIEW, 0));
  g_assert_cmpuint (okr_kpi_view_get_n_kpis (view), ==, 1);
  g_assert_true (label_shows (GTK_WIDGET (view), "Churn"));
  g_assert_true (label_shows (GTK_WIDGET (view), "Red"));

  gtk_widget_activate_action (GTK_WIDGET (window), "kpi.add", "(ssss)", "Uptime", "%", "99.9",
                              "99");
  gui_iterate ();
  g_assert_cmpuint (okr_kpi_view_get_n_kpis (view), ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (window), "kpi.add", "(ssss)", "Bad", "", "lots", "");
  gui_iterate ();
  g_assert_true (label_shows (GTK_WIDGET (window), "“lots” is not a number"));
  g_assert_cmpuint (okr_kpi_view_get_n_kpis (view), ==, 2);
  kpis = okr_kpi_list (store, f->sales, NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "kpi.add-reading", "(xss)",
                              okr_kpi_get_id (kpis->pdata[1]), "99.95", "2027-03-30");
  gui_iterate ();
  g_clear_pointer (&kpis, g_ptr_array_unref);
  kpis = okr_kpi_list (store, f->sales, NULL);
  g_assert_cmpfloat (okr_kpi_get_current (kpis->pdata[1]), ==, 99.95);
  g_assert_true (label_shows (GTK_WIDGET (view), "Green"));

  /* red churn: an OKR drafted from its gap, edited, confirmed */
  gtk_widget_activate_action (GTK_WIDGET (window), "kpi.draft-okr", "x", f->churn);
  gui_iterate ();
  dialog = dialog_of_type (window, ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_widget (dialog, GTK_TYPE_ENTRY, 0))),
                   ==, "Bring “Churn” back to green");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_widget (dialog, GTK_TYPE_ENTRY, 1))),
                   ==, "Churn from 6.5% to 2%");
  gtk_editable_set_text (GTK_EDITABLE (find_widget (dialog, GTK_TYPE_ENTRY, 0)),
                         "Customers stay");
  respond (dialog, "accept");
  r = fresh_rollup (window, f->q1);
  g_assert_cmpuint (okr_rollup_get_objectives (r, f->sales)->len, ==, 3);
  {
    OkrObjective *drafted = okr_rollup_get_objectives (r, f->sales)->pdata[2];
    OkrKeyResult *k = okr_rollup_get_key_results (r, okr_objective_get_id (drafted))->pdata[0];
    g_assert_cmpstr (okr_objective_get_title (drafted), ==, "Customers stay");
    g_assert_cmpfloat (okr_key_result_get_baseline (k), ==, 6.5);
    g_assert_cmpfloat (okr_key_result_get_target (k), ==, 2);
  }

  /* Renewals reached 22 of 20: kept as a KPI, green at 22, red at 0 */
  g_assert_true (label_shows (GTK_WIDGET (view), "Renewals"));
  gtk_widget_activate_action (GTK_WIDGET (window), "kpi.keep-as-kpi", "x", f->renewals);
  gui_iterate ();
  dialog = dialog_of_type (window, ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_widget (dialog, GTK_TYPE_ENTRY, 1))),
                   ==, "22");
  respond (dialog, "accept");
  g_clear_pointer (&kpis, g_ptr_array_unref);
  kpis = okr_kpi_list (store, f->sales, NULL);
  g_assert_cmpuint (kpis->len, ==, 3);
  g_assert_cmpstr (okr_kpi_get_name (kpis->pdata[2]), ==, "Renewals");
  g_assert_cmpfloat (okr_kpi_get_green (kpis->pdata[2]), ==, 22);
  g_assert_cmpfloat (okr_kpi_get_current (kpis->pdata[2]), ==, 22);
  g_assert_cmpuint (okr_kpi_view_get_n_kpis (view), ==, 3);
}

static void
test_kpis (void)
{
  run_scenario (scenario_kpis);
}

int
main (int argc, char *argv[])
{
  okr_date_set_today (ymd (2027, 4, 2));
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/gui/review/scores-roll-up", test_scores_roll_up);
  g_test_add_func ("/gui/review/keyboard", test_keyboard);
  g_test_add_func ("/gui/review/close-and-reopen", test_close_and_reopen);
  g_test_add_func ("/gui/review/retrospective-and-export", test_retrospective_and_export);
  g_test_add_func ("/gui/kpis", test_kpis);
  return g_test_run ();
}
