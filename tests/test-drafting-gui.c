/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Drafting a quarter in the window, driven through its actions and editors under Xvfb, as a
 * leader would: create a cycle, an objective with three key results, align a team's
 * objective to a company key result, undo, redo, delete and take the deletion back from
 * its toast; the Objectives page shows the aligned objective under the key result. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "gui-harness.h"
#include "okr-cascade-view.h"
#include "okr-demo.h"
#include "okr-editing.h"
#include "okr-quality-view.h"
#include "okr-editor.h"
#include "okr-rollup.h"
#include "okr-store-edits.h"
#include "okr-store-read.h"
#include "okr-window.h"

typedef struct {
  char  *dir;
  char  *path;
  gint64 root;
  gint64 sales;
  gint64 north;
} Fixture;

/* A company with a department and a team under it, and no cycle yet. */
static void
make_document (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = NULL;

  f->path = gui_temp_document ("cascade-drafting", &f->dir);
  store = okr_store_create (f->path, "Acme", &error);
  g_assert_no_error (error);
  f->root = okr_store_get_root_unit (store);
  f->sales = okr_store_add_unit (store, f->root, "Sales", OKR_UNIT_DEPARTMENT, &error);
  g_assert_no_error (error);
  f->north = okr_store_add_unit (store, f->sales, "North Team", OKR_UNIT_TEAM, &error);
  g_assert_no_error (error);
}

static void
run_scenario (GuiScenario scenario)
{
  Fixture f = { 0 };

  make_document (&f);
  gui_run_scenario (scenario, &f);
  gui_remove_document (f.dir, f.path);
}

static void
act (OkrWindow *window, const char *action, const char *target)
{
  if (target != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), action, "s", target);
  else
    gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  gui_iterate ();
}

/* The editor the last action opened over the window. */
static OkrEditor *
open_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  OkrEditor *found = NULL;

  gui_iterate ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (OKR_IS_EDITOR (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        found = OKR_EDITOR (w);
    }
  return found;
}

static void
type_into (OkrEditor *editor, const char *field, const char *text)
{
  GtkWidget *row = gui_find_named (GTK_WIDGET (editor), field);

  g_assert_nonnull (row);
  g_assert_true (GTK_IS_EDITABLE (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gui_iterate ();
}

/* Saves through the editor's action; TRUE when it closed (saved). */
static gboolean
save (OkrEditor *editor)
{
  gboolean destroyed = FALSE;

  g_signal_connect_swapped (editor, "destroy", G_CALLBACK (g_nullify_pointer), &editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  gui_iterate ();
  destroyed = editor == NULL;
  if (!destroyed)
    g_signal_handlers_disconnect_by_func (editor, G_CALLBACK (g_nullify_pointer), &editor);
  return destroyed;
}

/* The line of a combo row whose label contains @text. */
static guint
combo_line (AdwComboRow *row, const char *text)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (strstr (gtk_string_list_get_string (GTK_STRING_LIST (model), i), text) != NULL)
      return i;
  g_assert_not_reached ();
}

/* Whether a label showing @text is somewhere in @widget (a toast, a message). */
static GtkWidget *
find_label (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0 &&
      gtk_widget_get_mapped (widget))
    return widget;
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), text) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_label (c, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_css_class (GtkWidget *widget, const char *css_class)
{
  if (gtk_widget_has_css_class (widget, css_class))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_css_class (c, css_class);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static OkrObjective *
objective_titled (OkrWindow *window, gint64 unit, const char *title)
{
  GPtrArray *objectives = okr_rollup_get_objectives (okr_window_get_rollup (window), unit);

  for (guint i = 0; i < objectives->len; i++)
    if (g_str_equal (okr_objective_get_title (objectives->pdata[i]), title))
      return objectives->pdata[i];
  return NULL;
}

/* The row of the Objectives page that shows @item's title, or -1. */
static int
row_of (OkrWindow *window, const char *title, guint *depth)
{
  GListModel *model = okr_window_get_objective_model (window);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);
      const char *shown = OKR_IS_OBJECTIVE (item) ? okr_objective_get_title (OKR_OBJECTIVE (item))
                        : OKR_IS_KEY_RESULT (item) ? okr_key_result_get_title (OKR_KEY_RESULT (item))
                        : NULL;
      if (g_strcmp0 (shown, title) == 0)
        {
          *depth = gtk_tree_list_row_get_depth (row);
          return (int) i;
        }
    }
  return -1;
}

static void
expand_row (OkrWindow *window, int position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (okr_window_get_objective_model (window),
                                                         position);
  gtk_tree_list_row_set_expanded (row, TRUE);
  gui_iterate ();
}

#define COMPANY_OBJECTIVE "Become the first choice in the north"
#define COMPANY_KR "Customers in the north"
#define TEAM_OBJECTIVE "Win every town in the north"

static void
scenario_draft_a_quarter (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  g_autoptr(GPtrArray) cycles = NULL;
  g_autofree char *ref = NULL;
  OkrEditor *editor;
  OkrObjective *company, *team;
  GPtrArray *krs;
  gint64 kr_id, team_id;
  guint depth, kr_depth;
  int kr_row, team_row;
  GtkWidget *toast_button;

  g_assert_true (okr_window_open_path (window, f->path));
  gui_iterate ();
  g_assert_null (okr_window_get_rollup (window));

  /* A cycle: the editor proposes a quarter; only the name is typed. */
  act (window, "win.new-cycle", NULL);
  editor = open_editor ();
  g_assert_nonnull (editor);
  type_into (editor, "name", "Q1 2027");
  g_assert_true (save (editor));
  cycles = okr_store_list_cycles (okr_window_get_store (window), NULL);
  g_assert_cmpuint (cycles->len, ==, 1);
  g_assert_cmpint (okr_window_get_cycle_id (window), ==, okr_cycle_get_id (cycles->pdata[0]));

  /* The company's objective with three key results, in one editor and one undo step. */
  act (window, "win.select-unit", "Acme");
  act (window, "win.new-objective", NULL);
  editor = open_editor ();
  g_assert_nonnull (editor);
  type_into (editor, "title", COMPANY_OBJECTIVE);
  type_into (editor, "kr1", COMPANY_KR);
  type_into (editor, "kr2", "Resellers who sell us each month");
  type_into (editor, "kr3", "Orders delivered within two days");
  g_assert_true (save (editor));
  company = objective_titled (window, f->root, COMPANY_OBJECTIVE);
  g_assert_nonnull (company);
  krs = okr_rollup_get_key_results (okr_window_get_rollup (window),
                                    okr_objective_get_id (company));
  g_assert_cmpuint (krs->len, ==, 3);
  kr_id = okr_key_result_get_id (krs->pdata[0]);
  g_assert_cmpstr (okr_key_result_get_title (krs->pdata[0]), ==, COMPANY_KR);

  /* A number field refuses text, keeps it, and says why; Save waits. */
  ref = okr_editing_dup_ref (okr_window_get_store (window), OKR_ENTITY_KEY_RESULT, kr_id);
  act (window, "win.edit", ref);
  editor = open_editor ();
  g_assert_nonnull (editor);
  type_into (editor, "target", "six hundred");
  g_assert_false (save (editor));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (gui_find_named (GTK_WIDGET (editor),
                                                                    "target"))),
                   ==, "six hundred");
  g_assert_nonnull (find_label (GTK_WIDGET (editor),
                                "“six hundred” is not a number. Write numbers like 1,234.5."));
  type_into (editor, "baseline", "40");
  type_into (editor, "target", "1,200");
  g_assert_true (save (editor));
  g_assert_cmpfloat (okr_key_result_get_target (okr_rollup_find_key_result (
                       okr_window_get_rollup (window), kr_id)), ==, 1200);

  /* The team's objective, aligned to the company's key result two levels up. */
  act (window, "win.select-unit", "North Team");
  act (window, "win.new-objective", NULL);
  editor = open_editor ();
  g_assert_nonnull (editor);
  type_into (editor, "title", TEAM_OBJECTIVE);
  {
    AdwComboRow *alignment = ADW_COMBO_ROW (gui_find_named (GTK_WIDGET (editor), "alignment"));
    adw_combo_row_set_selected (alignment, combo_line (alignment, COMPANY_KR));
  }
  g_assert_true (save (editor));
  team = objective_titled (window, f->north, TEAM_OBJECTIVE);
  g_assert_nonnull (team);
  team_id = okr_objective_get_id (team);
  g_assert_cmpint (okr_objective_get_align_kr_id (team), ==, kr_id);

  /* The company's page shows it under the key result it serves. */
  act (window, "win.select-unit", "Acme");
  kr_row = row_of (window, COMPANY_KR, &kr_depth);
  g_assert_cmpint (kr_row, >=, 0);
  g_assert_cmpuint (kr_depth, ==, 1);
  expand_row (window, kr_row);
  team_row = row_of (window, TEAM_OBJECTIVE, &depth);
  g_assert_cmpint (team_row, ==, kr_row + 1);
  g_assert_cmpuint (depth, ==, kr_depth + 1);

  /* Undo takes the team's objective away, redo brings the same one back. */
  act (window, "win.undo", NULL);
  g_assert_null (objective_titled (window, f->north, TEAM_OBJECTIVE));
  g_assert_cmpint (row_of (window, TEAM_OBJECTIVE, &depth), ==, -1);
  act (window, "win.redo", NULL);
  team = objective_titled (window, f->north, TEAM_OBJECTIVE);
  g_assert_nonnull (team);
  g_assert_cmpint (okr_objective_get_id (team), ==, team_id);
  g_assert_cmpint (okr_objective_get_align_kr_id (team), ==, kr_id);

  /* Undo three times: the team's objective, the target, then the company's objective with
   * its three KRs, which were one step. */
  act (window, "win.undo", NULL);
  act (window, "win.undo", NULL);
  act (window, "win.undo", NULL);
  g_assert_null (objective_titled (window, f->root, COMPANY_OBJECTIVE));
  act (window, "win.redo", NULL);
  company = objective_titled (window, f->root, COMPANY_OBJECTIVE);
  g_assert_nonnull (company);
  g_assert_cmpuint (okr_rollup_get_key_results (okr_window_get_rollup (window),
                                                okr_objective_get_id (company))->len, ==, 3);
  act (window, "win.redo", NULL);
  act (window, "win.redo", NULL);
  g_assert_nonnull (objective_titled (window, f->north, TEAM_OBJECTIVE));

  /* Deleting the company's objective says so in a toast whose Undo brings it back. */
  g_free (ref);
  company = objective_titled (window, f->root, COMPANY_OBJECTIVE);
  ref = okr_editing_dup_ref (okr_window_get_store (window), OKR_ENTITY_OBJECTIVE,
                             okr_objective_get_id (company));
  act (window, "win.delete", ref);
  g_assert_null (objective_titled (window, f->root, COMPANY_OBJECTIVE));
  g_assert_nonnull (find_label (GTK_WIDGET (window),
                                "Objective “" COMPANY_OBJECTIVE "” deleted"));
  toast_button = find_label (GTK_WIDGET (window), "_Undo");
  g_assert_nonnull (toast_button);
  g_assert_true (GTK_IS_BUTTON (toast_button));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (toast_button)), ==, "win.undo");
  g_signal_emit_by_name (toast_button, "clicked");
  gui_iterate ();
  company = objective_titled (window, f->root, COMPANY_OBJECTIVE);
  g_assert_nonnull (company);
  g_assert_cmpuint (okr_rollup_get_key_results (okr_window_get_rollup (window),
                                                okr_objective_get_id (company))->len, ==, 3);
  g_assert_cmpint (okr_objective_get_align_kr_id (objective_titled (window, f->north,
                                                                    TEAM_OBJECTIVE)), ==, kr_id);

  /* Activating the team's objective under the company's KR goes to the team. */
  act (window, "win.select-unit", "Acme");
  kr_row = row_of (window, COMPANY_KR, &kr_depth);
  expand_row (window, kr_row);
  team_row = row_of (window, TEAM_OBJECTIVE, &depth);
  g_assert_cmpint (team_row, ==, kr_row + 1);
  g_signal_emit_by_name (find_css_class (okr_window_get_view (window, "cascade"), "cascade-list"),
                         "activate", (guint) team_row);
  gui_iterate ();
  g_assert_cmpint (okr_window_get_unit_id (window), ==, f->north);
}

static void
test_draft_a_quarter (void)
{
  run_scenario (scenario_draft_a_quarter);
}

/* A new objective with nothing typed cannot be saved, and its editor stays open. */
static void
scenario_refuses_empty (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  OkrEditor *editor;

  g_assert_true (okr_window_open_path (window, f->path));
  act (window, "win.new-cycle", NULL);
  editor = open_editor ();
  type_into (editor, "name", "");
  g_assert_false (save (editor));
  type_into (editor, "name", "Q1 2027");
  g_assert_true (save (editor));
  act (window, "win.new-objective", NULL);
  editor = open_editor ();
  g_assert_nonnull (editor);
  g_assert_false (save (editor));
  g_assert_nonnull (find_label (GTK_WIDGET (editor),
                                "A title is needed: what do you want to achieve?"));
  g_assert_cmpuint (okr_rollup_get_objectives (okr_window_get_rollup (window), f->root)->len,
                    ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL);
  gui_iterate ();
  g_assert_null (open_editor ());
}

static void
test_refuses_empty (void)
{
  run_scenario (scenario_refuses_empty);
}

/* Through the store: a quarter with the company's objective and its first KR, shown.
 * Returns the objective; *kr is its KR. */
static gint64
add_company_objective (OkrWindow *window, Fixture *f, gint64 *cycle, gint64 *kr)
{
  g_autoptr(GError) error = NULL;
  OkrStore *store = okr_window_get_store (window);
  OkrKrSpec spec;
  gint64 objective;

  *cycle = okr_store_add_cycle (store, "Q1 2027", okr_date_from_ymd (2027, 1, 1),
                                okr_date_from_ymd (2027, 3, 31), 0, &error);
  g_assert_no_error (error);
  okr_kr_spec_init (&spec);
  spec.target = 10;
  objective = okr_store_add_objective (store, *cycle, f->root, COMPANY_OBJECTIVE, 0, FALSE, 0,
                                       0, &error);
  g_assert_no_error (error);
  *kr = okr_store_add_key_result (store, objective, COMPANY_KR, &spec, &error);
  g_assert_no_error (error);
  act (window, "win.select-cycle", "Q1 2027");
  return objective;
}

/* A document drafted through the store: the company's objective with a KR, a department's
 * objective aligned to it and another that is not, one of them aspirational. */
static void
draft_through_store (OkrWindow *window, Fixture *f)
{
  g_autoptr(GError) error = NULL;
  OkrStore *store = okr_window_get_store (window);
  gint64 cycle, kr;

  add_company_objective (window, f, &cycle, &kr);
  okr_store_add_objective (store, cycle, f->sales, "Sell through every reseller", 0, FALSE, 0, kr,
                           &error);
  g_assert_no_error (error);
  okr_store_add_objective (store, cycle, f->sales, "Open a shop in Hải Phòng", 0, TRUE, 0, 0,
                           &error);
  g_assert_no_error (error);
  gui_iterate ();
}

static guint
count_objective_rows (OkrWindow *window)
{
  GListModel *model = okr_window_get_objective_model (window);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);
      n += gtk_tree_list_row_get_depth (row) == 0 && OKR_IS_OBJECTIVE (item);
    }
  return n;
}

static gboolean
is_search_page (GtkWidget *widget, gconstpointer title)
{
  if (title == NULL)
    return GTK_IS_LIST_VIEW (widget) && gtk_widget_has_css_class (widget, "search-results");
  return ADW_IS_STATUS_PAGE (widget) &&
         g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (widget)), title) == 0;
}

/* Whether the page of search results (@title NULL) or the status page titled @title comes
 * on screen in @view within a few seconds. */
static gboolean
search_page_shown (OkrCascadeView *view, const char *title)
{
  gint64 end = g_get_monotonic_time () + 3 * G_TIME_SPAN_SECOND;

  do
    {
      GtkWidget *page = gui_find (GTK_WIDGET (view), is_search_page, title);
      if (page != NULL && gtk_widget_get_mapped (page))
        return TRUE;
      g_main_context_iteration (NULL, FALSE);
    }
  while (g_get_monotonic_time () < end);
  return FALSE;
}

/* Find (Ctrl+F) searches every unit, without tone marks too, and a hit opens its unit; the
 * filters keep only what they say. */
static void
scenario_search_and_filter (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  OkrCascadeView *view;
  GListModel *results;
  GtkWidget *filters, *unaligned, *kind;

  g_assert_true (okr_window_open_path (window, f->path));
  gui_iterate ();
  draft_through_store (window, f);
  act (window, "win.select-unit", "Acme");
  view = OKR_CASCADE_VIEW (okr_window_get_view (window, "cascade"));

  act (window, "win.find", NULL);
  okr_cascade_view_set_search_text (view, "hai phong");
  gui_iterate ();
  results = okr_cascade_view_get_search_results (view);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  g_assert_true (search_page_shown (view, NULL));
  okr_cascade_view_set_search_text (view, "no such words anywhere");
  g_assert_true (search_page_shown (view, "Nothing Found"));
  okr_cascade_view_set_search_text (view, "hai phong");
  g_assert_true (search_page_shown (view, NULL));
  okr_cascade_view_activate_result (view, 0);
  gui_iterate ();
  g_assert_cmpint (okr_window_get_unit_id (window), ==, f->sales);
  g_assert_cmpuint (count_objective_rows (window), ==, 2);

  /* not aligned: only the shop; committed: only the reseller objective */
  filters = gui_open_menu (gui_find_named (GTK_WIDGET (view), "filter-button"));
  unaligned = gui_find_named (filters, "unaligned-filter");
  kind = gui_find_named (filters, "kind-filter");
  g_assert_nonnull (unaligned);
  g_assert_nonnull (kind);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (unaligned), TRUE);
  gui_iterate ();
  g_assert_cmpuint (count_objective_rows (window), ==, 1);
  g_assert_cmpint (row_of (window, "Open a shop in Hải Phòng", &(guint) { 0 }), ==, 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kind), 1);
  gui_iterate ();
  g_assert_cmpuint (count_objective_rows (window), ==, 0);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (unaligned), FALSE);
  gui_iterate ();
  g_assert_cmpuint (count_objective_rows (window), ==, 1);
  g_assert_cmpint (row_of (window, "Sell through every reseller", &(guint) { 0 }), ==, 0);
}

static void
test_search_and_filter (void)
{
  run_scenario (scenario_search_and_filter);
}

/* The Quality page's one-click fix: a task-like KR becomes an initiative of another KR, in
 * one undo step. */
static void
scenario_quality_fix (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  g_autoptr(GError) error = NULL;
  OkrStore *store;
  OkrQualityView *view;
  GListModel *hints;
  gint64 cycle, company, outcome;
  OkrKrSpec spec;
  guint task = G_MAXUINT;

  g_assert_true (okr_window_open_path (window, f->path));
  store = okr_window_get_store (window);
  company = add_company_objective (window, f, &cycle, &outcome);
  okr_kr_spec_init (&spec);
  spec.target = 10;
  okr_store_add_key_result (store, company, "Resellers who sell us each month", &spec, &error);
  okr_store_add_key_result (store, company, "Launch the partner portal", &spec, &error);
  g_assert_no_error (error);
  act (window, "win.select-unit", "Acme");
  act (window, "win.show-view", "quality");

  view = OKR_QUALITY_VIEW (okr_window_get_view (window, "quality"));
  hints = okr_quality_view_get_hints (view);
  for (guint i = 0; i < g_list_model_get_n_items (hints); i++)
    {
      g_autoptr(OkrLintHint) hint = g_list_model_get_item (hints, i);
      if (okr_lint_hint_get_code (hint) == OKR_LINT_KR_IS_TASK)
        {
          g_assert_cmpint (okr_lint_hint_get_fix (hint), ==, OKR_LINT_FIX_TO_INITIATIVE);
          g_assert_cmpint (okr_lint_hint_get_fix_ref (hint), ==, outcome);
          task = i;
        }
    }
  g_assert_cmpuint (task, !=, G_MAXUINT);
  okr_quality_view_fix (view, task);
  gui_iterate ();
  g_assert_cmpuint (okr_rollup_get_key_results (okr_window_get_rollup (window), company)->len,
                    ==, 2);
  g_assert_cmpint (okr_store_resolve (store, OKR_ENTITY_INITIATIVE, "Launch the partner portal",
                                      NULL), !=, 0);
  /* the hint is gone from the page */
  hints = okr_quality_view_get_hints (view);
  for (guint i = 0; i < g_list_model_get_n_items (hints); i++)
    {
      g_autoptr(OkrLintHint) hint = g_list_model_get_item (hints, i);
      g_assert_cmpint (okr_lint_hint_get_code (hint), !=, OKR_LINT_KR_IS_TASK);
    }

  act (window, "win.undo", NULL);
  g_assert_cmpuint (okr_rollup_get_key_results (okr_window_get_rollup (window), company)->len,
                    ==, 3);
  g_assert_cmpint (okr_store_resolve (store, OKR_ENTITY_INITIATIVE, "Launch the partner portal",
                                      NULL), ==, 0);
}

static void
test_quality_fix (void)
{
  run_scenario (scenario_quality_fix);
}

static OkrUnit *
find_unit (OkrWindow *window, gint64 id, GPtrArray **keep)
{
  g_clear_pointer (keep, g_ptr_array_unref);
  *keep = okr_store_list_units (okr_window_get_store (window), NULL);
  for (guint i = 0; i < (*keep)->len; i++)
    if (okr_unit_get_id ((*keep)->pdata[i]) == id)
      return (*keep)->pdata[i];
  return NULL;
}

/* A person, a department led by that person, a team moved under it (and back by undo), and
 * an initiative, each through its editor. */
static void
scenario_other_editors (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autofree char *ref = NULL;
  OkrStore *store;
  OkrEditor *editor;
  gint64 lan, marketing, cycle, kr;

  g_assert_true (okr_window_open_path (window, f->path));
  store = okr_window_get_store (window);

  act (window, "win.new-person", NULL);
  editor = open_editor ();
  type_into (editor, "name", "Lan Nguyen");
  type_into (editor, "email", "lan nguyen@example.com");
  g_assert_false (save (editor));
  g_assert_nonnull (find_label (GTK_WIDGET (editor), "That e-mail address does not look right."));
  type_into (editor, "email", "lan@example.com");
  g_assert_true (save (editor));
  lan = okr_store_resolve (store, OKR_ENTITY_PERSON, "Lan Nguyen", NULL);
  g_assert_cmpint (lan, !=, 0);

  act (window, "win.select-unit", "Acme");
  act (window, "win.new-unit", NULL);
  editor = open_editor ();
  type_into (editor, "name", "Marketing");
  {
    AdwComboRow *lead = ADW_COMBO_ROW (gui_find_named (GTK_WIDGET (editor), "lead"));
    okr_editor_set_person (lead, lan);
  }
  g_assert_true (save (editor));
  marketing = okr_store_resolve (store, OKR_ENTITY_UNIT, "Marketing", NULL);
  g_assert_cmpint (marketing, !=, 0);
  g_assert_cmpint (okr_unit_get_parent_id (find_unit (window, marketing, &units)), ==, f->root);
  g_assert_cmpint (okr_unit_get_kind (find_unit (window, marketing, &units)), ==,
                   OKR_UNIT_DEPARTMENT);
  g_assert_cmpint (okr_unit_get_lead_id (find_unit (window, marketing, &units)), ==, lan);

  ref = okr_editing_dup_ref (store, OKR_ENTITY_UNIT, f->north);
  act (window, "win.edit", ref);
  editor = open_editor ();
  {
    AdwComboRow *parent = ADW_COMBO_ROW (gui_find_named (GTK_WIDGET (editor), "parent"));
    adw_combo_row_set_selected (parent, combo_line (parent, "Marketing"));
  }
  g_assert_true (save (editor));
  g_assert_cmpint (okr_unit_get_parent_id (find_unit (window, f->north, &units)), ==, marketing);
  act (window, "win.undo", NULL);
  g_assert_cmpint (okr_unit_get_parent_id (find_unit (window, f->north, &units)), ==, f->sales);

  add_company_objective (window, f, &cycle, &kr);
  g_free (ref);
  ref = okr_editing_dup_ref (store, OKR_ENTITY_KEY_RESULT, kr);
  act (window, "win.new-initiative", ref);
  editor = open_editor ();
  g_assert_nonnull (editor);
  type_into (editor, "title", "Partner onboarding kit");
  g_assert_true (save (editor));
  g_assert_cmpint (okr_store_resolve (store, OKR_ENTITY_INITIATIVE, "Partner onboarding kit",
                                      NULL), !=, 0);
}

static void
test_other_editors (void)
{
  run_scenario (scenario_other_editors);
}

/* When a page is too wide: the widgets that make it so, as a tree, in the test's log. */
static void
log_wide_widgets (GtkWidget *widget, int depth)
{
  int min = 0;

  if (!gtk_widget_get_visible (widget))
    return;
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  if (min > 300)
    g_test_message ("%*s%s %d px", depth, "", G_OBJECT_TYPE_NAME (widget), min);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    log_wide_widgets (c, depth + 1);
}

/* Every page fits a phone-sized window: 360 pixels wide, once the sidebar has folded away. */
static void
scenario_narrow (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  g_autoptr(GError) error = NULL;
  const char *views[] = { "cascade", "quality", "checkins", "dashboard", "alignment", "review",
                          "kpis" };

  g_autofree char *demo = g_build_filename (f->dir, "demo.okr", NULL);

  /* The demo company: every page has something to show. */
  {
    g_autoptr(OkrStore) store = okr_store_create (demo, okr_demo_company_name ("en"), &error);
    g_assert_no_error (error);
    g_assert_true (okr_demo_fill (store, "en", okr_date_today (), &error));
    g_assert_no_error (error);
  }
  /* Three weeks on, every key result is due: the widest rows, with their "Due" badge. */
  okr_date_set_today (okr_date_today () + 21);
  g_assert_true (okr_window_open_path (window, demo));
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 760);
  gui_iterate ();
  /* every row open, down to the deepest team */
  {
    GListModel *model = okr_window_get_objective_model (window);

    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
        gtk_tree_list_row_set_expanded (row, TRUE);
      }
    g_test_message ("%u rows open", g_list_model_get_n_items (model));
  }
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      int min = 0;

      act (window, "win.show-view", views[i]);
      gui_iterate ();
      /* The content: the frame around it is the window manager's (a shadow under GNOME). */
      gtk_widget_measure (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                          GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL,
                          NULL);
      g_test_message ("%s: %d px", views[i], min);
      if (min > 360)
        log_wide_widgets (GTK_WIDGET (window), 0);
      g_assert_cmpint (min, <=, 360);
    }
  okr_date_set_today (okr_date_today () - 21);
  g_unlink (demo);
}

static void
test_narrow (void)
{
  run_scenario (scenario_narrow);
}

int
main (int argc, char *argv[])
{
  okr_date_set_today (okr_date_from_ymd (2027, 1, 10));
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/gui/drafting/a-quarter", test_draft_a_quarter);
  g_test_add_func ("/gui/drafting/refuses-empty", test_refuses_empty);
  g_test_add_func ("/gui/drafting/search-and-filter", test_search_and_filter);
  g_test_add_func ("/gui/drafting/quality-fix", test_quality_fix);
  g_test_add_func ("/gui/drafting/other-editors", test_other_editors);
  g_test_add_func ("/gui/drafting/narrow", test_narrow);
  return g_test_run ();
}
