/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window, driven through its actions under Xvfb: open a document, pick a unit and a
 * cycle, and find what the roll-up says should be there. */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "gui-harness.h"
#include "okr-alignment-view.h"
#include "okr-cascade-row.h"
#include "okr-cascade-view.h"
#include "okr-checkins-view.h"
#include "okr-dashboard-view.h"
#include "okr-kpi-view.h"
#include "okr-meter-bar.h"
#include "okr-quality-view.h"
#include "okr-review-view.h"
#include "okr-demo.h"
#include "okr-draw.h"
#include "okr-glyph-warmup.h"
#include "okr-gui-util.h"
#include "okr-row-text.h"
#include "okr-sync-indicator.h"
#include "okr-unit-row.h"
#include "okr-rollup.h"
#include "okr-store-edits.h"
#include "okr-store-read.h"
#include "okr-window.h"

typedef struct {
  char  *dir;
  char  *path;
  gint64 sales;
  gint64 q1;
} Fixture;

/* A company with a department; the department has two objectives of 2 and 1 KRs. */
static void
make_document (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = NULL;
  OkrKrSpec spec;
  gint64 root, o1, o2, year;

  f->path = gui_temp_document ("cascade-gui", &f->dir);
  store = okr_store_create (f->path, "Acme", &error);
  g_assert_no_error (error);
  root = okr_store_get_root_unit (store);
  f->sales = okr_store_add_unit (store, root, "Sales", OKR_UNIT_DEPARTMENT, &error);
  g_assert_no_error (error);
  year = okr_store_add_cycle (store, "2027", okr_date_from_ymd (2027, 1, 1),
                              okr_date_from_ymd (2027, 12, 31), 0, &error);
  g_assert_no_error (error);
  f->q1 = okr_store_add_cycle (store, "Q1 2027", okr_date_from_ymd (2027, 1, 1),
                               okr_date_from_ymd (2027, 3, 31), year, &error);
  g_assert_no_error (error);
  okr_store_set_cycle_state (store, f->q1, OKR_CYCLE_ACTIVE, &error);
  g_assert_no_error (error);

  okr_kr_spec_init (&spec);
  spec.baseline = 0;
  spec.target = 10;
  o1 = okr_store_add_objective (store, f->q1, f->sales, "Win the north", 0, FALSE, 0, 0, &error);
  g_assert_no_error (error);
  okr_store_add_key_result (store, o1, "Ten new customers", &spec, &error);
  g_assert_no_error (error);
  okr_store_add_key_result (store, o1, "Ten partners", &spec, &error);
  g_assert_no_error (error);
  o2 = okr_store_add_objective (store, f->q1, f->sales, "Keep who we have", 0, TRUE, 0, 0, &error);
  g_assert_no_error (error);
  okr_store_add_key_result (store, o2, "Ten renewals", &spec, &error);
  g_assert_no_error (error);
  /* A year objective on the company, not shown in Q1. */
  okr_store_add_objective (store, year, root, "A great year", 0, FALSE, 0, 0, &error);
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

/* Counts the rows of the objectives pane that show an objective and that show a KR. */
static void
count_rows (OkrWindow *window, guint *objectives, guint *krs)
{
  GListModel *model = okr_window_get_objective_model (window);

  *objectives = *krs = 0;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);
      if (OKR_IS_OBJECTIVE (item))
        (*objectives)++;
      else if (OKR_IS_KEY_RESULT (item))
        (*krs)++;
    }
}

static gboolean
is_of_type (GtkWidget *widget, gconstpointer type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
is_window_title (GtkWidget *widget, gconstpointer title)
{
  return ADW_IS_WINDOW_TITLE (widget) &&
         g_strcmp0 (adw_window_title_get_title (ADW_WINDOW_TITLE (widget)), title) == 0;
}

static void
scenario_open_and_select (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  guint objectives, krs;

  OkrCascadeView *cascade = OKR_CASCADE_VIEW (okr_window_get_view (window, "cascade"));
  guint fills = okr_cascade_view_get_n_fills (cascade);

  g_assert_true (okr_window_open_path (window, f->path));
  gui_iterate ();
  g_assert_nonnull (okr_window_get_store (window));
  /* the objectives are filled once for the document, not again as its unit is selected */
  g_assert_cmpuint (okr_cascade_view_get_n_fills (cascade), ==, fills + 1);
  /* Today is pinned inside Q1 2027, so Q1 is the current cycle, not the year. */
  g_assert_cmpint (okr_window_get_cycle_id (window), ==, f->q1);
  /* The company has no objectives in Q1. */
  count_rows (window, &objectives, &krs);
  g_assert_cmpuint (objectives, ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-unit", "s", "Sales");
  gui_iterate ();
  g_assert_cmpint (okr_window_get_unit_id (window), ==, f->sales);
  count_rows (window, &objectives, &krs);
  g_assert_cmpuint (objectives, ==, 2);
  g_assert_cmpuint (krs, ==, 3);

  /* The content's header names the unit and the cycle's pace at every width; the views
   * are in the bar at the bottom, the window's one view switcher. */
  {
    GtkWidget *title = gui_find (GTK_WIDGET (window), is_window_title, "Sales");
    GtkWidget *bar = gui_find (GTK_WIDGET (window), is_of_type,
                               GSIZE_TO_POINTER (ADW_TYPE_VIEW_SWITCHER_BAR));

    g_assert_nonnull (title);
    g_assert_true (g_str_has_prefix (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title)),
                                     "Q1 2027 · "));
    g_assert_true (g_str_has_suffix (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title)),
                                     " expected today"));
    g_assert_nonnull (bar);
    g_assert_true (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));
    g_assert_null (gui_find (GTK_WIDGET (window), is_of_type,
                             GSIZE_TO_POINTER (ADW_TYPE_VIEW_SWITCHER_TITLE)));
  }

  /* Switching to the year shows the company's year objective and none of Sales'. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-cycle", "s", "2027");
  gui_iterate ();
  count_rows (window, &objectives, &krs);
  g_assert_cmpuint (objectives, ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-unit", "s", "Acme");
  gui_iterate ();
  count_rows (window, &objectives, &krs);
  g_assert_cmpuint (objectives, ==, 1);
}

static void
test_open_and_select (void)
{
  run_scenario (scenario_open_and_select);
}

/* The main menu's button of the document's pages (@on_start_page FALSE) or of the start
 * page, which has its own. */
static gboolean
is_primary_menu_button (GtkWidget *widget, gconstpointer on_start_page)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)) &&
         (gtk_widget_get_ancestor (widget, ADW_TYPE_LEAFLET) == NULL) == (on_start_page != NULL);
}

static gboolean
is_label (GtkWidget *widget, gconstpointer text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

/* The header's menus are made when first opened, then hold their items; opening them again
 * keeps the same popover. */
static void
scenario_menus_made_when_opened (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  GtkWidget *primary, *split, *arrow, *menu;

  /* the start page's */
  primary = gui_find (GTK_WIDGET (window), is_primary_menu_button, GINT_TO_POINTER (TRUE));
  g_assert_nonnull (primary);
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (primary)));
  menu = gui_open_menu (primary);
  g_assert_nonnull (gui_find (menu, is_label, "Open the _Demo Company"));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (primary));

  g_assert_true (okr_window_open_path (window, f->path));
  gui_iterate ();
  primary = gui_find (GTK_WIDGET (window), is_primary_menu_button, NULL);
  split = gui_find (GTK_WIDGET (window), is_of_type, GSIZE_TO_POINTER (ADW_TYPE_SPLIT_BUTTON));
  g_assert_nonnull (primary);
  g_assert_nonnull (split);
  arrow = gtk_widget_get_last_child (split);
  g_assert_true (gtk_widget_get_sensitive (primary));
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (primary)));
  g_assert_null (adw_split_button_get_popover (ADW_SPLIT_BUTTON (split)));

  menu = gui_open_menu (primary);
  g_assert_true (GTK_IS_POPOVER_MENU (menu));
  g_assert_true (gtk_widget_get_visible (menu));
  g_assert_nonnull (gui_find (menu, is_label, "_Open…"));
  g_assert_nonnull (gui_find (menu, is_label, "_Preferences"));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (primary));
  gui_iterate ();
  g_assert_true (gui_open_menu (primary) == menu);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (primary));

  menu = gui_open_menu (arrow);
  g_assert_true (menu == GTK_WIDGET (adw_split_button_get_popover (ADW_SPLIT_BUTTON (split))));
  g_assert_true (gtk_widget_get_visible (menu));
  g_assert_nonnull (gui_find (menu, is_label, "New _Key Result…"));
  g_assert_nonnull (gui_find (menu, is_label, "Copy From _Last Cycle…"));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (arrow));
  gui_iterate ();
}

static void
test_menus_made_when_opened (void)
{
  run_scenario (scenario_menus_made_when_opened);
}

static gboolean
count_view_button_toggled (GSignalInvocationHint *hint, guint n_values, const GValue *values,
                           gpointer data)
{
  GObject *button = g_value_get_object (&values[0]);

  if (g_str_equal (G_OBJECT_TYPE_NAME (button), "AdwViewSwitcherButton"))
    (*(guint *) data)++;
  return TRUE;
}

/* The bar at the bottom has a button for each view, in order, made once: a view switcher
 * given its stack before the views were added made all its buttons again for each view
 * (28 buttons for 7 views, each turned on as the first view's when made). */
static void
scenario_view_buttons_made_once (OkrWindow *window, gpointer data)
{
  static const char *const titles[] = { "Objectives", "Check-ins", "Quality", "Dashboard",
                                        "Alignment Map", "Review", "KPIs" };
  guint signal_id = g_signal_lookup ("toggled", GTK_TYPE_TOGGLE_BUTTON);
  guint made_active = 0;
  gulong hook;
  OkrWindow *other;
  GtkWidget *bar, *button;
  AdwViewStack *views;
  guint i = 0;

  hook = g_signal_add_emission_hook (signal_id, 0, count_view_button_toggled, &made_active,
                                     NULL);
  other = okr_window_new (OKR_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
  g_signal_remove_emission_hook (signal_id, hook);
  g_assert_cmpuint (made_active, ==, 1);

  bar = gui_find (GTK_WIDGET (other), is_of_type, GSIZE_TO_POINTER (ADW_TYPE_VIEW_SWITCHER_BAR));
  g_assert_nonnull (bar);
  views = adw_view_switcher_bar_get_stack (ADW_VIEW_SWITCHER_BAR (bar));
  g_assert_true (views == ADW_VIEW_STACK (gtk_widget_get_ancestor (
                            okr_window_get_view (other, "cascade"), ADW_TYPE_VIEW_STACK)));
  for (button = gui_find (bar, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_TOGGLE_BUTTON));
       button != NULL; button = gtk_widget_get_next_sibling (button), i++)
    {
      g_assert_cmpuint (i, <, G_N_ELEMENTS (titles));
      g_assert_nonnull (gui_find (button, is_label, titles[i]));
      g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)) == (i == 0));
    }
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (titles));

  /* and they still switch the views */
  button = gui_find (bar, is_label, "Review");
  gtk_toggle_button_set_active (
    GTK_TOGGLE_BUTTON (gtk_widget_get_ancestor (button, GTK_TYPE_TOGGLE_BUTTON)), TRUE);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (views), ==, "review");
  gtk_window_destroy (GTK_WINDOW (other));
}

static void
test_view_buttons_made_once (void)
{
  run_scenario (scenario_view_buttons_made_once);
}

static gboolean
is_unit_row (GtkWidget *widget, gconstpointer name)
{
  return OKR_IS_UNIT_ROW (widget) && gui_find (widget, is_label, name) != NULL;
}

/* The sidebar's row for the unit called @name, or NULL. */
static GtkWidget *
find_unit_row (OkrWindow *window, const char *name)
{
  return gui_find (GTK_WIDGET (window), is_unit_row, name);
}

static gboolean
query_tooltip (GtkWidget *widget)
{
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  g_signal_emit_by_name (widget, "query-tooltip", 2, 2, FALSE, tooltip, &shown);
  return shown;
}

/* The sidebar's tooltips are handed over when GTK asks for them (not set on each bind, which
 * asked the X server where the pointer was), and follow the unit a recycled row shows. */
static void
scenario_unit_row_tooltips (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  GtkWidget *sales, *acme;

  g_assert_true (okr_window_open_path (window, f->path));
  gui_iterate ();
  sales = find_unit_row (window, "Sales");
  acme = find_unit_row (window, "Acme");
  g_assert_nonnull (sales);
  g_assert_nonnull (acme);
  /* Sales has objectives in Q1: its progress and status; the company has none. */
  g_assert_cmpstr (okr_widget_get_tooltip (sales), ==, "0% · Off track");
  g_assert_true (query_tooltip (sales));
  g_assert_null (okr_widget_get_tooltip (acme));
  g_assert_false (query_tooltip (acme));

  /* In the year, the company has an objective and Sales none. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-cycle", "s", "2027");
  gui_iterate ();
  sales = find_unit_row (window, "Sales");
  acme = find_unit_row (window, "Acme");
  g_assert_nonnull (okr_widget_get_tooltip (acme));
  g_assert_true (query_tooltip (acme));
  g_assert_null (okr_widget_get_tooltip (sales));
  g_assert_false (query_tooltip (sales));
}

static gboolean
has_action (GtkWidget *widget, gconstpointer action)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* A widget of the window's own has its tooltip (and its accessible description) through
 * okr_widget_set_tooltip (), and GTK's own tooltip property is left unset: setting it asked
 * the X server where the pointer was, 14 times as the window was built. */
static void
assert_quiet_tooltip (GtkWidget *widget, const char *text)
{
  g_assert_nonnull (widget);
  g_assert_cmpstr (okr_widget_get_tooltip (widget), ==, text);
  g_assert_null (gtk_widget_get_tooltip_text (widget));
  g_assert_true (gtk_widget_get_has_tooltip (widget));
  g_assert_true (query_tooltip (widget));
}

static void
scenario_header_tooltips (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  const char *checkin = "Update this week’s key results (Ctrl+I)";
  GtkWidget *root = GTK_WIDGET (window), *split, *checkin_button, *sync;

  g_assert_true (okr_window_open_path (window, f->path));
  gui_iterate ();
  assert_quiet_tooltip (gui_find (root, is_primary_menu_button, NULL), "Main Menu");
  assert_quiet_tooltip (gui_find (root, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_DROP_DOWN)),
                        "Cycle");
  assert_quiet_tooltip (gui_find (root, has_action, "win.show-units"), "Back to Units");
  checkin_button = gui_find (root, has_action, "win.checkin");
  assert_quiet_tooltip (checkin_button, checkin);
  assert_quiet_tooltip (gui_find (gtk_widget_get_next_sibling (checkin_button), has_action,
                                  "win.checkin"),
                        checkin);
  split = gui_find (root, is_of_type, GSIZE_TO_POINTER (ADW_TYPE_SPLIT_BUTTON));
  assert_quiet_tooltip (split, "New Objective");
  assert_quiet_tooltip (gtk_widget_get_last_child (split), "More Ways to Draft");
  assert_quiet_tooltip (gui_find (root, has_action, "win.undo"), "Undo");
  assert_quiet_tooltip (gui_find_named (root, "filter-button"), "Filter Objectives");
  sync = gui_find (root, is_of_type, GSIZE_TO_POINTER (OKR_TYPE_SYNC_INDICATOR));
  assert_quiet_tooltip (gui_find (sync, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_MENU_BUTTON)),
                        "Saved");

  /* none: no tooltip, and GTK is told so */
  okr_widget_set_tooltip (checkin_button, NULL);
  g_assert_null (okr_widget_get_tooltip (checkin_button));
  g_assert_false (query_tooltip (checkin_button));
}

static void
test_header_tooltips (void)
{
  run_scenario (scenario_header_tooltips);
}

static void
test_unit_row_tooltips (void)
{
  run_scenario (scenario_unit_row_tooltips);
}

/* Only the page on screen is filled when the unit changes; a hidden page is filled when it
 * is shown or asked for, never left showing the unit before. */
static void
scenario_hidden_pages_follow (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  GtkWidget *views, *cascade;
  GListModel *rows;

  g_assert_true (okr_window_open_path (window, f->path));
  gui_iterate ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "dashboard");
  gui_iterate ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-unit", "s", "Sales");
  gui_iterate ();

  cascade = okr_window_get_view (window, "cascade");
  views = gtk_widget_get_ancestor (cascade, ADW_TYPE_VIEW_STACK);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (views)), ==,
                   "dashboard");
  rows = okr_cascade_view_get_model (OKR_CASCADE_VIEW (cascade));
  /* Sales' two objectives and their three KRs, as the roll-up has them */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 5);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-unit", "s", "Acme");
  gui_iterate ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "cascade");
  gui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
}

static void
test_hidden_pages_follow (void)
{
  run_scenario (scenario_hidden_pages_follow);
}

/* The owner filter lists the document's people (made when the filters are first shown,
 * and again after the people change) and keeps the objectives of the one chosen. */
static void
scenario_owner_filter (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  g_autoptr(GError) error = NULL;
  OkrStore *store;
  GtkWidget *owners, *button;
  GListModel *names;
  gint64 lan, win_north;
  guint objectives, krs;

  g_assert_true (okr_window_open_path (window, f->path));
  gui_iterate ();
  store = okr_window_get_store (window);
  lan = okr_store_add_person (store, "Lan", NULL, &error);
  g_assert_no_error (error);
  win_north = okr_store_resolve (store, OKR_ENTITY_OBJECTIVE, "Win the north", &error);
  g_assert_no_error (error);
  {
    g_autoptr(OkrChanges) owner = okr_changes_new (OKR_ENTITY_OBJECTIVE);
    okr_changes_set_ref (owner, "owner_id", lan);
    g_assert_true (okr_store_update (store, win_north, owner, &error));
    g_assert_no_error (error);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-unit", "s", "Sales");
  gui_iterate ();

  /* the filters are made when first opened */
  button = gui_find_named (GTK_WIDGET (window), "filter-button");
  g_assert_nonnull (button);
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_null (gui_find_named (GTK_WIDGET (window), "owner-filter"));
  owners = gui_find_named (gui_open_menu (button), "owner-filter");
  g_assert_nonnull (owners);
  names = gtk_drop_down_get_model (GTK_DROP_DOWN (owners));
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 1), ==, "Lan");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (owners), 1);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  gui_iterate ();
  count_rows (window, &objectives, &krs);
  g_assert_cmpuint (objectives, ==, 1);

  /* someone new: the list follows, and Lan stays chosen */
  okr_store_add_person (store, "Minh", NULL, &error);
  g_assert_no_error (error);
  gui_iterate ();
  count_rows (window, &objectives, &krs);
  g_assert_cmpuint (objectives, ==, 1);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  gui_iterate ();
  names = gtk_drop_down_get_model (GTK_DROP_DOWN (owners));
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names),
                                               gtk_drop_down_get_selected (GTK_DROP_DOWN (owners))),
                   ==, "Lan");
  /* back to anyone: both objectives */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (owners), 0);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  gui_iterate ();
  count_rows (window, &objectives, &krs);
  g_assert_cmpuint (objectives, ==, 2);
}

static void
test_owner_filter (void)
{
  run_scenario (scenario_owner_filter);
}

/* A company of 67 units: three departments of 21 teams each. */
static void
make_big_company (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = NULL;
  gint64 root;

  f->path = gui_temp_document ("cascade-gui-big", &f->dir);
  store = okr_store_create (f->path, "Big Co", &error);
  g_assert_no_error (error);
  root = okr_store_get_root_unit (store);
  f->q1 = okr_store_add_cycle (store, "Q1 2027", okr_date_from_ymd (2027, 1, 1),
                               okr_date_from_ymd (2027, 3, 31), 0, &error);
  g_assert_no_error (error);
  for (guint d = 1; d <= 3; d++)
    {
      g_autofree char *name = g_strdup_printf ("Department %u", d);
      gint64 department = okr_store_add_unit (store, root, name, OKR_UNIT_DEPARTMENT, &error);

      g_assert_no_error (error);
      for (guint t = 1; t <= 21; t++)
        {
          g_autofree char *team = g_strdup_printf ("Team %u.%u", d, t);
          okr_store_add_unit (store, department, team, OKR_UNIT_TEAM, &error);
          g_assert_no_error (error);
        }
    }
}

static const char *
unit_row_name (GListModel *units, guint position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (units, position);
  g_autoptr(OkrUnit) unit = gtk_tree_list_row_get_item (row);

  return okr_unit_get_name (unit);
}

/* A large company opens with its departments, not its hundreds of teams; selecting a team
 * opens its department; what the leader opened stays open as the document changes. (The
 * small document of the other tests opens whole.) */
static void
scenario_big_sidebar (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  g_autoptr(GError) error = NULL;
  GListModel *units = okr_window_get_unit_model (window);
  g_autoptr(GtkTreeListRow) third = NULL;

  g_assert_true (okr_window_open_path (window, f->path));
  gui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 4);
  g_assert_cmpstr (unit_row_name (units, 3), ==, "Department 3");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-unit", "s", "Team 2.7");
  gui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 4 + 21);
  g_assert_cmpstr (okr_unit_get_name (okr_rollup_find_unit (okr_window_get_rollup (window),
                                                            okr_window_get_unit_id (window))),
                   ==, "Team 2.7");
  {
    GtkSingleSelection *selection = GTK_SINGLE_SELECTION (
      gtk_list_view_get_model (GTK_LIST_VIEW (gtk_widget_get_ancestor (
        find_unit_row (window, "Team 2.7"), GTK_TYPE_LIST_VIEW))));
    g_assert_cmpstr (unit_row_name (units, gtk_single_selection_get_selected (selection)), ==,
                     "Team 2.7");
  }

  third = g_list_model_get_item (units, 3 + 21);
  g_assert_cmpstr (okr_unit_get_name (gtk_tree_list_row_get_item (third)), ==, "Department 3");
  g_object_unref (gtk_tree_list_row_get_item (third));
  gtk_tree_list_row_set_expanded (third, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 4 + 21 + 21);

  /* an edit rebuilds the sidebar: departments 2 and 3 stay open, the team selected */
  okr_store_add_unit (okr_window_get_store (window),
                      okr_store_resolve (okr_window_get_store (window), OKR_ENTITY_UNIT,
                                         "Department 1", &error),
                      "Team 1.22", OKR_UNIT_TEAM, &error);
  g_assert_no_error (error);
  gui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 4 + 21 + 21);
  g_assert_cmpstr (unit_row_name (units, 1), ==, "Department 1");
  g_assert_cmpstr (unit_row_name (units, 2), ==, "Department 2");
  g_assert_cmpstr (okr_unit_get_name (okr_rollup_find_unit (okr_window_get_rollup (window),
                                                            okr_window_get_unit_id (window))),
                   ==, "Team 2.7");
}

static void
test_big_sidebar (void)
{
  Fixture f = { 0 };

  make_big_company (&f);
  gui_run_scenario (scenario_big_sidebar, &f);
  gui_remove_document (f.dir, f.path);
}

static GtkWidget *
find_of_type (OkrWindow *window, GType type)
{
  return gui_find (GTK_WIDGET (window), is_of_type, GSIZE_TO_POINTER (type));
}

/* Start-up makes the page shown and no other: each of the six others is made the first
 * time it is shown or asked for, and is then filled for the document as it is. */
static void
scenario_pages_made_when_shown (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  const GType later[] = { OKR_TYPE_CHECKINS_VIEW, OKR_TYPE_QUALITY_VIEW, OKR_TYPE_DASHBOARD_VIEW,
                          OKR_TYPE_ALIGNMENT_VIEW, OKR_TYPE_REVIEW_VIEW, OKR_TYPE_KPI_VIEW };
  OkrDashboardView *dashboard;
  GtkWidget *kpis;

  g_assert_true (okr_window_open_path (window, f->path));
  gui_iterate ();
  g_assert_nonnull (find_of_type (window, OKR_TYPE_CASCADE_VIEW));
  for (guint i = 0; i < G_N_ELEMENTS (later); i++)
    g_assert_null (find_of_type (window, later[i]));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "dashboard");
  gui_iterate ();
  dashboard = OKR_DASHBOARD_VIEW (find_of_type (window, OKR_TYPE_DASHBOARD_VIEW));
  g_assert_nonnull (dashboard);
  {
    g_autoptr(GPtrArray) charts = okr_dashboard_view_get_charts (dashboard);
    g_assert_cmpuint (charts->len, >, 0);
  }
  g_assert_null (find_of_type (window, OKR_TYPE_KPI_VIEW));

  /* a KPI of the company, added while its page does not exist yet */
  {
    g_autoptr(GError) error = NULL;
    OkrStore *store = okr_window_get_store (window);

    g_assert_cmpint (okr_store_add_kpi (store, okr_store_get_root_unit (store), "Churn", "%",
                                        2, 5, &error), >, 0);
    g_assert_no_error (error);
    gui_iterate ();
  }

  /* asked for while hidden: made, in its page, and filled with the document as it is */
  kpis = okr_window_get_view (window, "kpis");
  g_assert_true (OKR_IS_KPI_VIEW (kpis));
  g_assert_true (find_of_type (window, OKR_TYPE_KPI_VIEW) == kpis);
  g_assert_true (okr_window_get_view (window, "kpis") == kpis);
  g_assert_cmpuint (okr_kpi_view_get_n_kpis (OKR_KPI_VIEW (kpis)), ==, 1);
}

static void
test_pages_made_when_shown (void)
{
  run_scenario (scenario_pages_made_when_shown);
}

/* An edit made elsewhere (here: through the store, as the editors will) shows at once,
 * and undo takes it back. */
static void
scenario_edit_and_undo (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  g_autoptr(GError) error = NULL;
  OkrStore *store;
  guint objectives, krs;

  g_assert_true (okr_window_open_path (window, f->path));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-unit", "s", "Sales");
  gui_iterate ();
  store = okr_window_get_store (window);
  okr_store_add_objective (store, f->q1, f->sales, "Open a branch", 0, FALSE, 0, 0, &error);
  g_assert_no_error (error);
  gui_iterate ();
  count_rows (window, &objectives, &krs);
  g_assert_cmpuint (objectives, ==, 3);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  gui_iterate ();
  count_rows (window, &objectives, &krs);
  g_assert_cmpuint (objectives, ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  gui_iterate ();
  count_rows (window, &objectives, &krs);
  g_assert_cmpuint (objectives, ==, 3);
}

static void
test_edit_and_undo (void)
{
  run_scenario (scenario_edit_and_undo);
}

/* A damaged file is refused with a message and the window keeps what it showed. */
static void
scenario_refuses_bad_file (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  g_autofree char *bad = g_build_filename (f->dir, "bad.okr", NULL);

  g_assert_true (g_file_set_contents (bad, "not a database", -1, NULL));
  g_assert_true (okr_window_open_path (window, f->path));
  g_assert_false (okr_window_open_path (window, bad));
  gui_iterate ();
  g_assert_nonnull (okr_window_get_store (window));
  g_assert_cmpstr (okr_store_get_path (okr_window_get_store (window)), ==, f->path);
  g_unlink (bad);
}

static void
test_refuses_bad_file (void)
{
  run_scenario (scenario_refuses_bad_file);
}

/* Closes the message over @window headed @heading; whether there was one. */
static gboolean
close_error_dialog (OkrWindow *window, const char *heading)
{
  GList *toplevels = gtk_window_list_toplevels ();
  gboolean found = FALSE;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) &&
        gtk_window_get_transient_for (l->data) == GTK_WINDOW (window) &&
        g_strcmp0 (adw_message_dialog_get_heading (l->data), heading) == 0)
      {
        found = TRUE;
        gtk_window_destroy (l->data);
      }
  g_list_free (toplevels);
  return found;
}

/* What start-up opened in a thread (okr_application_preload ()) is what the window shows,
 * taken once; a document opened in its place is opened as before. */
static void
scenario_opens_preloaded (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  OkrApplication *app = OKR_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  g_autofree char *other = g_build_filename (f->dir, "other.okr", NULL);
  g_autofree char *junk = g_build_filename (f->dir, "junk.okr", NULL);
  g_autoptr(GError) error = NULL;
  OkrSync *sync = NULL;
  OkrRollup *rollup = NULL;
  guint objectives, krs;

  okr_application_preload (app, f->path);
  g_assert_true (okr_window_open_path (window, f->path));
  /* taken: a second open of it opens it again */
  g_assert_false (okr_application_take_preload (app, f->path, &sync, &rollup, &error));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Acme");
  g_assert_cmpint (okr_window_get_cycle_id (window), ==, f->q1);
  g_assert_nonnull (okr_window_get_rollup (window));
  g_assert_cmpint (okr_cycle_get_id (okr_rollup_get_cycle (okr_window_get_rollup (window))),
                   ==, f->q1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-unit", "s", "Sales");
  gui_iterate ();
  count_rows (window, &objectives, &krs);
  g_assert_cmpuint (objectives, ==, 2);
  g_assert_cmpuint (krs, ==, 3);

  /* another document preloaded is left for the open it was made for */
  {
    g_autoptr(OkrStore) store = okr_store_create (other, "Other", &error);
    g_assert_no_error (error);
    okr_store_close (store, NULL);
  }
  okr_application_preload (app, other);
  g_assert_true (okr_window_open_path (window, f->path));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Acme");
  g_assert_true (okr_application_take_preload (app, other, &sync, &rollup, &error));
  g_assert_no_error (error);
  g_assert_nonnull (sync);
  g_assert_null (rollup);
  okr_sync_close (sync, NULL);
  g_object_unref (sync);

  /* one that could not be opened is refused as an open in the main thread refuses it */
  g_assert_true (g_file_set_contents (junk, "not a Cascade document", -1, NULL));
  okr_application_preload (app, junk);
  g_assert_false (okr_window_open_path (window, junk));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Acme");
  g_assert_true (close_error_dialog (window, "“junk.okr” Can’t Be Opened"));
}

static void
test_opens_preloaded (void)
{
  run_scenario (scenario_opens_preloaded);
}

static gboolean
is_start_page (GtkWidget *widget, gconstpointer data)
{
  return ADW_IS_STATUS_PAGE (widget) &&
         g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (widget)),
                    "Plan the Quarter Together") == 0;
}

/* A copy of @path at @copy that opens but fails the full scans: a unit led by nobody. */
static void
make_damaged_copy (const char *path, const char *copy)
{
  g_autofree char *contents = NULL;
  gsize length;
  sqlite3 *db = NULL;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, (gssize) length, NULL));
  g_assert_cmpint (sqlite3_open (copy, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = OFF; "
                                     "UPDATE units SET lead_id = 4242", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
}

typedef struct {
  gboolean mapped;
  gboolean had_start_page; /* when first mapped */
  gboolean had_store;    /* when first mapped */
  int      recent_items; /* in Open Recent, when first mapped */
  char    *title;        /* when first mapped */
  char    *heading;      /* of a message over it, when first mapped */
  gboolean until_closed; /* wait for the document to be closed (found damaged) */
  GtkWidget *window;
  gint64   give_up;
  gboolean start_page_shown; /* once it was closed */
} StartUp;

static gboolean
close_windows (gpointer app)
{
  GList *windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
  return G_SOURCE_REMOVE;
}

static gboolean
wait_closed (gpointer data)
{
  StartUp *seen = data;
  GtkWidget *page;

  if (okr_window_get_store (OKR_WINDOW (seen->window)) != NULL &&
      g_get_monotonic_time () < seen->give_up)
    return G_SOURCE_CONTINUE;
  page = gui_find (seen->window, is_start_page, NULL);
  seen->start_page_shown = page != NULL && gtk_widget_get_mapped (page);
  close_windows (NULL);
  return G_SOURCE_REMOVE;
}

static void
on_start_up_map (GtkWidget *window, StartUp *seen)
{
  GList *windows = gtk_window_list_toplevels ();

  if (seen->mapped)
    return;
  seen->mapped = TRUE;
  seen->had_store = okr_window_get_store (OKR_WINDOW (window)) != NULL;
  seen->had_start_page = gui_find (window, is_start_page, NULL) != NULL;
  seen->recent_items = g_menu_model_get_n_items (okr_window_get_recent_menu (OKR_WINDOW (window)));
  seen->title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
  for (GList *l = windows; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      seen->heading = g_strdup (adw_message_dialog_get_heading (l->data));
  g_list_free (windows);
  seen->window = window;
  seen->give_up = g_get_monotonic_time () + 60 * G_TIME_SPAN_SECOND;
  if (seen->until_closed)
    g_timeout_add (20, wait_closed, seen);
  else
    g_idle_add (close_windows, NULL);
}

static void
on_start_up_window (GtkApplication *app, GtkWindow *window, StartUp *seen)
{
  if (OKR_IS_WINDOW (window))
    g_signal_connect (window, "map", G_CALLBACK (on_start_up_map), seen);
}

/* Cascade started as `cascade FILE`: the window's first frame already shows the document
 * (not the start page, then the document); a file that can't be opened is said so over
 * the start page. */
static void
start_with (const char *path, StartUp *seen)
{
  g_autoptr(OkrApplication) app = okr_application_new ();
  char *argv[] = { (char *) "cascade-test", (char *) path, NULL };

  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) |
                           G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (on_start_up_window), seen);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 2, argv), ==, 0);
}

static void
test_start_with_document (void)
{
  Fixture f = { 0 };
  StartUp seen = { 0 }, refused = { 0 };
  g_autofree char *junk = NULL;

  make_document (&f);
  start_with (f.path, &seen);
  g_assert_true (seen.mapped);
  g_assert_true (seen.had_store);
  /* the start page is never made for a window opened on a document, and the recent
   * documents are read after the first frame */
  g_assert_false (seen.had_start_page);
  g_assert_cmpint (seen.recent_items, ==, 0);
  g_assert_cmpstr (seen.title, ==, "Acme");
  g_assert_null (seen.heading);

  junk = g_build_filename (f.dir, "junk.okr", NULL);
  g_assert_true (g_file_set_contents (junk, "not a Cascade document", -1, NULL));
  start_with (junk, &refused);
  g_assert_true (refused.mapped);
  g_assert_false (refused.had_store);
  g_assert_true (refused.had_start_page);
  g_assert_cmpstr (refused.heading, ==, "“junk.okr” Can’t Be Opened");

  /* a document found damaged after its first frame: back to the start page, made then */
  {
    g_autofree char *broken = g_build_filename (f.dir, "broken.okr", NULL);
    StartUp damaged = { .until_closed = TRUE };

    make_damaged_copy (f.path, broken);
    start_with (broken, &damaged);
    g_assert_true (damaged.had_store);
    g_assert_false (damaged.had_start_page);
    g_assert_true (damaged.start_page_shown);
    g_free (damaged.title);
    g_free (damaged.heading);
  }

  g_free (seen.title);
  g_free (refused.title);
  g_free (refused.heading);
  gui_remove_document (f.dir, f.path);
}

/* Lets the frame clock run: styles are applied at the next frame. */
static void
settle (void)
{
  gint64 end = g_get_monotonic_time () + 300 * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static char *
menu_label (GMenuModel *menu, int i)
{
  char *label = NULL;

  g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
  return label;
}

/* The URI of plan-@i.okr in @dir (its file path in @path, if asked). */
static char *
plan_uri (const char *dir, int i, char **path)
{
  g_autofree char *name = g_strdup_printf ("plan-%02d.okr", i);
  g_autofree char *file_path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (file_path);

  if (path != NULL)
    *path = g_steal_pointer (&file_path);
  return g_file_get_uri (file);
}

/* Open Recent lists the ten documents opened last, the last first, read after the window's
 * first frame; the document the window opens is among them, and one opened again comes
 * back to the top (the manager keeps the order in which documents were first added). */
static void
scenario_recent_documents (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  GtkRecentManager *recent = gtk_recent_manager_get_default ();
  GMenuModel *menu = okr_window_get_recent_menu (window);
  gint64 end;

  settle ();
  for (int i = 1; i <= 13; i++)
    {
      /* the thirteenth: the first, opened again */
      g_autofree char *path = NULL;
      g_autofree char *uri = plan_uri (f->dir, i <= 12 ? i : 1, &path);
      g_autofree char *name = g_path_get_basename (path);

      if (i == 13)
        g_assert_true (okr_window_open_path (window, f->path));
      g_assert_true (g_file_set_contents (path, "", 0, NULL));
      gtk_recent_manager_add_full (recent, uri, &(GtkRecentData) {
                                     .display_name = name,
                                     .mime_type = (char *) "application/x-cascade-okr",
                                     .app_name = (char *) "cascade-test",
                                     .app_exec = (char *) "cascade %u",
                                   });
      g_usleep (2000);
    }

  end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  /* the manager gathers changes for a moment before it says so */
  for (;;)
    {
      g_autofree char *first = g_menu_model_get_n_items (menu) > 0 ? menu_label (menu, 0) : NULL;
      if (g_strcmp0 (first, "plan-01.okr") == 0 || g_get_monotonic_time () > end)
        break;
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 10);
  for (int i = 0; i < 10; i++)
    {
      g_autofree char *label = menu_label (menu, i);
      g_autofree char *expected = i == 0 ? g_strdup ("plan-01.okr")
                                  : i == 1 ? g_strdup ("acme.okr")
                                           : g_strdup_printf ("plan-%02d.okr", 14 - i);
      g_assert_cmpstr (label, ==, expected);
    }
  for (int i = 1; i <= 12; i++)
    {
      g_autofree char *uri = plan_uri (f->dir, i, NULL);
      gtk_recent_manager_remove_item (recent, uri, NULL);
    }
}

static void
test_recent_documents (void)
{
  run_scenario (scenario_recent_documents);
}

/* A file Cascade has not verified is shown while its full scans run; found damaged, it is
 * closed again, the window says why, and the next start does not open it again. */
static void
scenario_damaged_found_later (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  g_autofree char *bad = g_build_filename (f->dir, "broken.okr", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *last = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GList) toplevels = NULL;
  gsize length;
  gboolean told = FALSE;
  gint64 end;

  make_damaged_copy (f->path, bad);
  g_assert_true (g_file_get_contents (bad, &contents, &length, NULL));

  g_assert_true (okr_window_open_path (window, bad));
  g_assert_nonnull (okr_window_get_store (window));
  g_assert_true (okr_store_is_verifying (okr_window_get_store (window)));
  last = g_settings_get_string (settings, "last-document");
  g_assert_cmpstr (last, ==, bad);

  end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (okr_window_get_store (window) != NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (okr_window_get_store (window));
  gui_iterate ();

  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) &&
        strstr (adw_message_dialog_get_heading (l->data), "broken.okr") != NULL)
      {
        told = TRUE;
        gtk_window_destroy (l->data);
      }
  g_assert_true (told);
  g_free (last);
  last = g_settings_get_string (settings, "last-document");
  g_assert_cmpstr (last, ==, "");
  /* nothing of it left in the window, and nothing written to it */
  g_assert_cmpuint (g_list_model_get_n_items (okr_window_get_unit_model (window)), ==, 0);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Cascade");
  {
    g_autofree char *after = NULL;
    gsize after_length;

    g_assert_true (g_file_get_contents (bad, &after, &after_length, NULL));
    g_assert_cmpmem (contents, length, after, after_length);
  }

  /* The window still opens a sound document. */
  g_assert_true (okr_window_open_path (window, f->path));
  gui_iterate ();
  g_assert_nonnull (okr_window_get_store (window));
  g_unlink (bad);
}

static void
test_damaged_found_later (void)
{
  run_scenario (scenario_damaged_found_later);
}

static int
height_for (GtkWidget *widget, int width)
{
  int height;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &height, NULL, NULL, NULL);
  return height;
}

static int
natural_width (GtkWidget *widget)
{
  int width;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  return width;
}

/* The shortcuts windows open, over any window. */
static guint
count_shortcuts_windows (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  guint n = 0;

  for (GList *l = toplevels; l != NULL; l = l->next)
    n += GTK_IS_SHORTCUTS_WINDOW (l->data);
  return n;
}

/* GTK 4.8's page switcher of a GtkShortcutsWindow measures its labels at −3 px: a warning
 * of GTK's own, with or without Cascade's shortcuts in it. While @page_switcher_shown, that
 * one warning is let through; every other message stays as fatal as the tests make it. */
static gboolean page_switcher_shown;

static GLogWriterOutput
log_writer (GLogLevelFlags level, const GLogField *fields, gsize n_fields, gpointer data)
{
  if (page_switcher_shown && (level & G_LOG_LEVEL_WARNING))
    {
      const char *domain = NULL, *message = NULL;

      for (gsize i = 0; i < n_fields; i++)
        if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
          domain = fields[i].value;
        else if (g_str_equal (fields[i].key, "MESSAGE"))
          message = fields[i].value;
      if (g_strcmp0 (domain, "Gtk") == 0 && message != NULL &&
          strstr (message, "reported min width -3") != NULL)
        return G_LOG_WRITER_HANDLED;
    }
  return g_log_writer_default (level, fields, n_fields, data);
}

/* The keyboard shortcuts window is made when first asked for (Ctrl+?), not with every
 * window, and only once; it shows the keys of the window's actions. */
static gboolean
is_shortcut_titled (GtkWidget *widget, gconstpointer title)
{
  g_autofree char *text = NULL;

  if (!GTK_IS_SHORTCUTS_SHORTCUT (widget))
    return FALSE;
  g_object_get (widget, "title", &text, NULL);
  return g_strcmp0 (text, title) == 0;
}

static void
scenario_shortcuts_window (OkrWindow *window, gpointer data)
{
  g_autoptr(GList) toplevels = NULL;
  GtkWindow *shortcuts = NULL;
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (
    gtk_window_get_application (GTK_WINDOW (window)), "win.show-help-overlay");

  GtkWidget *open;
  g_autofree char *open_accel = NULL;

  page_switcher_shown = TRUE;
  g_assert_cmpuint (count_shortcuts_windows (), ==, 0);
  g_assert_true (g_strv_contains ((const char *const *) accels, "<Control>question"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  gui_iterate ();
  g_assert_cmpuint (count_shortcuts_windows (), ==, 1);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_WINDOW (l->data))
      shortcuts = l->data;
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
  /* a shortcut named by its action shows the key the application gives it */
  open = gui_find (GTK_WIDGET (shortcuts), is_shortcut_titled, "Open a document");
  g_assert_nonnull (open);
  g_object_get (gui_find (open, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_SHORTCUT_LABEL)),
                "accelerator", &open_accel, NULL);
  g_assert_cmpstr (open_accel, ==, "<Control>o");
  /* closed, it is kept, and shown again */
  gtk_window_close (shortcuts);
  gui_iterate ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  gui_iterate ();
  g_assert_cmpuint (count_shortcuts_windows (), ==, 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  page_switcher_shown = FALSE;
}

static void
test_shortcuts_window (void)
{
  run_scenario (scenario_shortcuts_window);
}

static gboolean
is_row_text (GtkWidget *widget, gconstpointer text)
{
  return OKR_IS_ROW_TEXT (widget) &&
         g_strcmp0 (okr_row_text_get_text (OKR_ROW_TEXT (widget)), text) == 0;
}

static gboolean
is_subtitle (GtkWidget *widget, gconstpointer unused)
{
  return OKR_IS_ROW_TEXT (widget) && gtk_widget_has_css_class (widget, "caption");
}

/* @widget's place in @row. */
static graphene_rect_t
bounds_in (GtkWidget *widget, GtkWidget *row)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, row, &bounds));
  return bounds;
}

/* Resizes the window and waits for the page to follow. */
static void
resize_to (OkrWindow *window, int width, GtkWidget *row)
{
  gint64 end = g_get_monotonic_time () + 3 * G_TIME_SPAN_SECOND;
  int before = gtk_widget_get_width (row);

  gtk_window_set_default_size (GTK_WINDOW (window), width, 700);
  while (gtk_widget_get_width (row) == before && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  settle ();
}

/* Opens @path at @unit on a wide window; the Objectives row titled @text, and its title. */
static GtkWidget *
open_wide_at_row (OkrWindow *window, const char *path, const char *unit, const char *text,
                  GtkWidget **title)
{
  GtkWidget *row;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 700);
  gui_open (window, path, unit);
  settle ();
  *title = gui_find (GTK_WIDGET (window), is_row_text, text);
  g_assert_nonnull (*title);
  row = gtk_widget_get_ancestor (*title, OKR_TYPE_CASCADE_ROW);
  g_assert_nonnull (row);
  return row;
}

/* A cascade row on a wide page puts its meter beside its text, on a narrow one under it;
 * and laying a row out measures its title at the one width it gets: a row laid out in
 * boxes had GTK search over candidate widths, shaping each title about ten times. */
static void
scenario_cascade_row_layout (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  GtkWidget *title, *subtitle, *row, *bar;
  graphene_rect_t t, s, b;
  guint shaped;

  row = open_wide_at_row (window, f->path, "Sales", "Win the north", &title);
  subtitle = gui_find (row, is_subtitle, NULL);
  g_assert_nonnull (subtitle);
  bar = gui_find (row, is_of_type, GSIZE_TO_POINTER (OKR_TYPE_METER_BAR));
  g_assert_nonnull (bar);
  g_assert_cmpint (gtk_widget_get_width (row), >, 700);

  /* wide: the meter at the end of the line, level with the text */
  t = bounds_in (title, row);
  s = bounds_in (subtitle, row);
  b = bounds_in (bar, row);
  g_assert_cmpfloat (b.origin.x, >, t.origin.x + natural_width (title));
  g_assert_cmpfloat (b.origin.x + b.size.width, >, gtk_widget_get_width (row) - 250);
  g_assert_cmpfloat (b.origin.y, <, s.origin.y + s.size.height);
  g_assert_cmpfloat (b.origin.y + b.size.height, >, t.origin.y);

  /* the title measured again: at most one new layout, not a search */
  shaped = okr_row_text_get_n_shaped (OKR_ROW_TEXT (title));
  gtk_widget_queue_resize (title);
  settle ();
  g_assert_cmpuint (okr_row_text_get_n_shaped (OKR_ROW_TEXT (title)), <=, shaped + 1);

  /* narrow: the meter under the subtitle, at the text's start */
  resize_to (window, 360, row);
  g_assert_cmpint (gtk_widget_get_width (row), <, 400);
  t = bounds_in (title, row);
  s = bounds_in (subtitle, row);
  b = bounds_in (bar, row);
  g_assert_cmpfloat (b.origin.y, >=, s.origin.y + s.size.height);
  g_assert_cmpfloat (ABS (b.origin.x - t.origin.x), <, 1);

  /* and back */
  resize_to (window, 1280, row);
  b = bounds_in (bar, row);
  t = bounds_in (title, row);
  g_assert_cmpfloat (b.origin.x, >, t.origin.x + natural_width (title));
}

static void
test_cascade_row_layout (void)
{
  run_scenario (scenario_cascade_row_layout);
}

/* The red, green and blue of the pixel at (@x, @y) of @widget drawn on white. */
static void
probe (GtkWidget *widget, int x, int y, guchar rgb[3])
{
  static const GdkRGBA white = { 1, 1, 1, 1 };
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = g_malloc (w * h * 4);

  gtk_snapshot_append_color (snapshot, &white, &GRAPHENE_RECT_INIT (0, 0, w, h));
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  gdk_texture_download (texture, pixels, w * 4);
  /* GDK_MEMORY_DEFAULT: B, G, R, A (opaque here, on white) */
  rgb[0] = pixels[(y * w + x) * 4 + 2];
  rgb[1] = pixels[(y * w + x) * 4 + 1];
  rgb[2] = pixels[(y * w + x) * 4 + 0];
}

static gboolean
is_grey (const guchar rgb[3])
{
  return ABS (rgb[0] - rgb[1]) < 8 && ABS (rgb[1] - rgb[2]) < 8 && rgb[0] > 120;
}

/* A row's bar is one widget drawing Adwaita's bar: the fill in the status's colour of the
 * core's palette for its share of the width, the grey trough for the rest, a dot for a
 * small share, nothing but the trough for none; from the right, right to left. */
static void
scenario_meter_bar (OkrWindow *window, gpointer data)
{
  GtkWidget *popup = gtk_window_new ();
  GtkWidget *bar = okr_meter_bar_new ();
  OkrRgb orange;
  guchar rgb[3];
  int mid;

  gtk_window_set_transient_for (GTK_WINDOW (popup), GTK_WINDOW (window));
  gtk_widget_set_size_request (bar, 96, 20);
  gtk_window_set_child (GTK_WINDOW (popup), bar);
  gtk_window_present (GTK_WINDOW (popup));
  settle ();
  g_assert_cmpint (gtk_widget_get_width (bar), ==, 96);
  g_assert_true (gtk_widget_get_mapped (bar));
  mid = gtk_widget_get_height (bar) / 2;
  okr_draw_status_color (OKR_STATUS_AT_RISK, FALSE, &orange);

  okr_meter_bar_set_value (OKR_METER_BAR (bar), 0.5, OKR_STATUS_AT_RISK);
  g_assert_cmpfloat (okr_meter_bar_get_fraction (OKR_METER_BAR (bar)), ==, 0.5);
  g_assert_cmpint (okr_meter_bar_get_status (OKR_METER_BAR (bar)), ==, OKR_STATUS_AT_RISK);
  probe (bar, 20, mid, rgb);
  g_assert_cmpint (ABS (rgb[0] - (int) (orange.r * 255 + 0.5)), <=, 2);
  g_assert_cmpint (ABS (rgb[1] - (int) (orange.g * 255 + 0.5)), <=, 2);
  g_assert_cmpint (ABS (rgb[2] - (int) (orange.b * 255 + 0.5)), <=, 2);
  probe (bar, 45, mid, rgb);
  g_assert_false (is_grey (rgb));
  probe (bar, 52, mid, rgb);
  g_assert_true (is_grey (rgb));
  probe (bar, 90, mid, rgb);
  g_assert_true (is_grey (rgb));
  /* the trough is 8 px high: above it, the white it is drawn on */
  {
    guchar above[3];

    probe (bar, 90, mid - 6, above);
    g_assert_cmpint (above[0], ==, 255);
    g_assert_cmpint (rgb[0], <, 240);
  }

  /* a small share: a dot at the start, not an invisible sliver */
  okr_meter_bar_set_value (OKR_METER_BAR (bar), 0.01, OKR_STATUS_OFF_TRACK);
  probe (bar, 4, mid, rgb);
  g_assert_false (is_grey (rgb));
  /* none: the trough only; out of range: clamped */
  okr_meter_bar_set_value (OKR_METER_BAR (bar), 0, OKR_STATUS_NOT_STARTED);
  probe (bar, 4, mid, rgb);
  g_assert_true (is_grey (rgb));
  okr_meter_bar_set_value (OKR_METER_BAR (bar), 1.7, OKR_STATUS_DONE);
  g_assert_cmpfloat (okr_meter_bar_get_fraction (OKR_METER_BAR (bar)), ==, 1);
  probe (bar, 92, mid, rgb);
  g_assert_false (is_grey (rgb));
  g_assert_cmpint (rgb[2], >, rgb[0] + 60);                     /* blue: done */

  /* right to left: filled from the right */
  okr_meter_bar_set_value (OKR_METER_BAR (bar), 0.25, OKR_STATUS_ON_TRACK);
  gtk_widget_set_direction (bar, GTK_TEXT_DIR_RTL);
  probe (bar, 90, mid, rgb);
  g_assert_false (is_grey (rgb));
  probe (bar, 6, mid, rgb);
  g_assert_true (is_grey (rgb));
  gtk_window_destroy (GTK_WINDOW (popup));
}

static void
test_meter_bar (void)
{
  run_scenario (scenario_meter_bar);
}

/* The shortcut of the Objectives list that @key triggers, activated as a key press on the
 * list would activate it; whether it handled the key. */
static gboolean
press_list_key (GtkWidget *list, guint key)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (list);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          g_autofree char *name = gtk_accelerator_name (key, 0);
          g_auto(GStrv) alternatives = g_strsplit (trigger, "|", -1);

          if (g_strv_contains ((const char *const *) alternatives, name))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, list,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

/* Q1: the company's "Grow the company" (KR "Double revenue") and Sales' "Sell more" (KR
 * "Ten deals") aligned to it. */
static void
add_aligned_objectives (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrStore) store = okr_store_open (f->path, OKR_STORE_OPEN_DEFAULT, &error);
  OkrKrSpec spec;
  gint64 grow, sell;

  g_assert_no_error (error);
  okr_kr_spec_init (&spec);
  spec.target = 10;
  grow = okr_store_add_objective (store, f->q1, okr_store_get_root_unit (store),
                                  "Grow the company", 0, FALSE, 0, 0, &error);
  g_assert_no_error (error);
  okr_store_add_key_result (store, grow, "Double revenue", &spec, &error);
  g_assert_no_error (error);
  sell = okr_store_add_objective (store, f->q1, f->sales, "Sell more", 0, FALSE, grow, 0,
                                  &error);
  g_assert_no_error (error);
  okr_store_add_key_result (store, sell, "Ten deals", &spec, &error);
  g_assert_no_error (error);
  okr_store_close (store, NULL);
}

/* + and − open and close the focused row of the Objectives list wherever the focus is in
 * it: on the row, or on the arrow that goes to an aligned objective's unit. */
static void
scenario_cascade_expand_keys (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  GtkWidget *title, *row, *go, *list;
  GtkTreeListRow *list_row;

  add_aligned_objectives (f);
  row = open_wide_at_row (window, f->path, "Acme", "Sell more", &title);
  list_row = okr_cascade_row_get_list_row (OKR_CASCADE_ROW (row));
  g_assert_true (gtk_tree_list_row_is_expandable (list_row));
  g_assert_false (gtk_tree_list_row_get_expanded (list_row));
  list = gtk_widget_get_ancestor (row, GTK_TYPE_LIST_VIEW);

  /* the focus on the aligned row's "go" arrow, outside the tree expander */
  go = gui_find (row, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_BUTTON));
  g_assert_nonnull (go);
  g_assert_true (gtk_widget_grab_focus (go));
  g_assert_true (press_list_key (list, GDK_KEY_plus));
  g_assert_true (gtk_tree_list_row_get_expanded (list_row));
  g_assert_true (press_list_key (list, GDK_KEY_KP_Subtract));
  g_assert_false (gtk_tree_list_row_get_expanded (list_row));

  /* the focus on the list's row itself, as the arrow keys leave it */
  g_assert_true (gtk_widget_grab_focus (gtk_widget_get_parent (row)));
  g_assert_true (press_list_key (list, GDK_KEY_KP_Add));
  g_assert_true (gtk_tree_list_row_get_expanded (list_row));
  g_assert_true (press_list_key (list, GDK_KEY_minus));
  g_assert_false (gtk_tree_list_row_get_expanded (list_row));

  /* no row focused: the keys are left to others */
  gtk_widget_grab_focus (GTK_WIDGET (okr_window_get_view (window, "cascade")));
  gtk_root_set_focus (GTK_ROOT (window), NULL);
  g_assert_false (press_list_key (list, GDK_KEY_plus));
}

static void
test_cascade_expand_keys (void)
{
  run_scenario (scenario_cascade_expand_keys);
}

static GtkWidget *
child_of_type (GtkWidget *row, GType type)
{
  for (GtkWidget *c = gtk_widget_get_first_child (row); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
      return c;
  return NULL;
}

/* A row's "go" arrow and "Due" badge are made when a row first needs them, in reading
 * order, and hidden again when the row is bound to something that has none. */
static void
scenario_cascade_row_parts (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  GtkWidget *title, *aligned, *objective, *kr, *go, *due;
  GtkTreeListRow *aligned_row, *kr_row;

  add_aligned_objectives (f);
  aligned = open_wide_at_row (window, f->path, "Acme", "Sell more", &title);
  objective = gtk_widget_get_ancestor (gui_find (GTK_WIDGET (window), is_row_text,
                                                 "Grow the company"), OKR_TYPE_CASCADE_ROW);
  kr = gtk_widget_get_ancestor (gui_find (GTK_WIDGET (window), is_row_text, "Double revenue"),
                                OKR_TYPE_CASCADE_ROW);
  g_assert_nonnull (objective);
  g_assert_nonnull (kr);
  aligned_row = okr_cascade_row_get_list_row (OKR_CASCADE_ROW (aligned));
  kr_row = okr_cascade_row_get_list_row (OKR_CASCADE_ROW (kr));

  /* the aligned objective's arrow, after its subtitle, says where it goes */
  go = child_of_type (aligned, GTK_TYPE_BUTTON);
  g_assert_nonnull (go);
  g_assert_true (gtk_widget_get_visible (go));
  g_assert_true (gui_find (gtk_widget_get_prev_sibling (go), is_subtitle, NULL) != NULL);
  g_assert_cmpstr (okr_widget_get_tooltip (go), ==, "Go to Sales");
  /* the company's own objective has neither */
  g_assert_null (child_of_type (objective, GTK_TYPE_BUTTON));
  g_assert_null (child_of_type (objective, GTK_TYPE_LABEL));
  okr_cascade_row_set_due (OKR_CASCADE_ROW (objective), FALSE);
  g_assert_null (child_of_type (objective, GTK_TYPE_LABEL));
  /* the key result has had no check-in: its badge, before the meter */
  due = child_of_type (kr, GTK_TYPE_LABEL);
  g_assert_nonnull (due);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (due)), ==, "Due");
  g_assert_true (gtk_widget_get_visible (due));
  g_assert_true (OKR_IS_METER_BAR (gtk_widget_get_next_sibling (due)));
  g_assert_null (child_of_type (kr, GTK_TYPE_BUTTON));
  okr_cascade_row_set_due (OKR_CASCADE_ROW (kr), FALSE);
  g_assert_false (gtk_widget_get_visible (due));
  okr_cascade_row_set_due (OKR_CASCADE_ROW (kr), TRUE);
  g_assert_true (child_of_type (kr, GTK_TYPE_LABEL) == due);
  g_assert_true (gtk_widget_get_visible (due));

  /* a row used again for a key result hides its arrow, and shows it again for an aligned
   * objective, as the list does with its rows */
  okr_cascade_row_bind (OKR_CASCADE_ROW (aligned), kr_row, okr_window_get_rollup (window),
                        okr_window_get_unit_id (window));
  g_assert_true (child_of_type (aligned, GTK_TYPE_BUTTON) == go);
  g_assert_false (gtk_widget_get_visible (go));
  okr_cascade_row_bind (OKR_CASCADE_ROW (aligned), aligned_row, okr_window_get_rollup (window),
                        okr_window_get_unit_id (window));
  g_assert_true (gtk_widget_get_visible (go));

  /* and it still goes there */
  g_signal_emit_by_name (go, "clicked");
  gui_iterate ();
  g_assert_cmpint (okr_window_get_unit_id (window), ==, f->sales);
}

/* The Objectives page's empty state and search results are made when first shown: a view
 * opened on a unit with objectives has neither; the company's empty quarter shows the empty
 * state, with its first step. */
static void
scenario_cascade_pages (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  GtkWidget *view = okr_cascade_view_new (), *stack, *status;

  g_object_ref_sink (view);
  stack = gui_find (view, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_STACK));
  g_assert_nonnull (gtk_stack_get_child_by_name (GTK_STACK (stack), "list"));
  g_assert_null (gtk_stack_get_child_by_name (GTK_STACK (stack), "empty"));
  g_assert_null (gtk_stack_get_child_by_name (GTK_STACK (stack), "results"));
  g_assert_null (gui_find (view, is_of_type, GSIZE_TO_POINTER (ADW_TYPE_STATUS_PAGE)));
  g_object_unref (view);

  /* the company has no objectives in Q1 */
  g_assert_true (okr_window_open_path (window, f->path));
  gui_iterate ();
  view = okr_window_get_view (window, "cascade");
  stack = gui_find (view, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_STACK));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  status = gui_find (view, is_of_type, GSIZE_TO_POINTER (ADW_TYPE_STATUS_PAGE));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "No Objectives Yet");
  g_assert_nonnull (gui_find (status, is_label, "Add Your Company’s First Objective"));
  g_assert_null (gtk_stack_get_child_by_name (GTK_STACK (stack), "results"));

  /* and Sales has its list, the same empty state kept for later */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-unit", "s", "Sales");
  gui_iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "list");
  g_assert_true (gui_find (view, is_of_type, GSIZE_TO_POINTER (ADW_TYPE_STATUS_PAGE)) == status);
}

static void
test_cascade_pages (void)
{
  run_scenario (scenario_cascade_pages);
}

static void
test_cascade_row_parts (void)
{
  run_scenario (scenario_cascade_row_parts);
}

static void
count_cascade_rows (GtkWidget *widget, guint *n)
{
  if (OKR_IS_CASCADE_ROW (widget))
    (*n)++;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    count_cascade_rows (c, n);
}

/* The page switches its rows between the wide and the compact layout; the rows it keeps
 * for that are the rows that exist, however the list made and dropped them. */
static void
scenario_cascade_live_rows (OkrWindow *window, gpointer data)
{
  Fixture *f = data;
  OkrCascadeView *view = OKR_CASCADE_VIEW (okr_window_get_view (window, "cascade"));
  GtkWidget *title;
  guint n = 0;

  open_wide_at_row (window, f->path, "Sales", "Win the north", &title);
  for (int i = 0; i < 3; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.select-unit", "s", "Acme");
      settle ();
      gtk_widget_activate_action (GTK_WIDGET (window), "win.select-unit", "s", "Sales");
      settle ();
      g_assert_true (okr_window_open_path (window, f->path));
      gtk_widget_activate_action (GTK_WIDGET (window), "win.select-unit", "s", "Sales");
      settle ();
    }
  count_cascade_rows (GTK_WIDGET (window), &n);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (okr_cascade_view_get_n_live_rows (view), ==, n);
  /* and switching them all is safe */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  settle ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 700);
  settle ();
}

static void
test_cascade_live_rows (void)
{
  run_scenario (scenario_cascade_live_rows);
}

/* Until the Objectives page is first drawn, its list holds only the rows that fill it: the
 * frame that first shows it has rows down to the bottom of the list, made from fewer items
 * than the page has, and the rest are there after it. Whether the page is shown at start or
 * later, from another page. */
typedef struct {
  OkrCascadeView *view;
  GtkWidget      *list;
  gboolean        drawn;
  guint           made;   /* items in the list when the page was first drawn */
  guint           all;    /* items the page has */
  int             height;
  double          bottom; /* of the lowest row on screen */
} FirstFrame;

static guint
list_n_items (GtkWidget *list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list))));
}

static void
on_after_paint (GdkFrameClock *clock, FirstFrame *ff)
{
  if (ff->drawn || !gtk_widget_get_mapped (ff->list))
    return;
  ff->drawn = TRUE;
  ff->made = list_n_items (ff->list);
  ff->all = g_list_model_get_n_items (okr_cascade_view_get_model (ff->view));
  ff->height = gtk_widget_get_height (ff->list);
  for (GtkWidget *row = gtk_widget_get_first_child (ff->list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      graphene_rect_t bounds;

      if (gtk_widget_get_mapped (row) && gtk_widget_compute_bounds (row, ff->list, &bounds))
        ff->bottom = MAX (ff->bottom, bounds.origin.y + bounds.size.height);
    }
}

/* A new document in a temporary folder (removed with gui_remove_document ()) holding the
 * English demo company. */
static char *
demo_document (const char *prefix, char **dir)
{
  g_autoptr(GError) error = NULL;
  char *path = gui_temp_document (prefix, dir);
  OkrStore *store = okr_store_create (path, "Acme", &error);

  g_assert_no_error (error);
  g_assert_true (okr_demo_fill (store, "en", okr_date_today (), &error));
  g_assert_no_error (error);
  g_object_unref (store);
  return path;
}

static void
check_first_frame (OkrWindow *window, const char *first_view)
{
  g_autofree char *dir = NULL;
  char *path = demo_document ("cascade-fold", &dir);
  FirstFrame ff = { OKR_CASCADE_VIEW (okr_window_get_view (window, "cascade")) };
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gulong handler;

  ff.list = gui_find (GTK_WIDGET (ff.view), is_of_type, GSIZE_TO_POINTER (GTK_TYPE_LIST_VIEW));
  g_assert_nonnull (clock);

  g_assert_true (okr_window_open_path (window, path));
  if (first_view != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", first_view);
      settle ();
      g_assert_false (gtk_widget_get_mapped (ff.list));
    }
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &ff);
  if (first_view != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "cascade");
  settle ();
  g_signal_handler_disconnect (clock, handler);

  g_assert_true (ff.drawn);
  g_assert_cmpint (ff.height, >, 300);
  /* the demo company has more rows than fill the window */
  g_assert_cmpuint (ff.all, >, ff.made);
  g_assert_cmpuint (ff.made, >, 0);
  g_assert_cmpfloat (ff.bottom, >=, ff.height);
  /* and the rest followed */
  g_assert_cmpuint (list_n_items (ff.list), ==, ff.all);
  gui_remove_document (g_steal_pointer (&dir), path);
}

static void
scenario_cascade_first_frame (OkrWindow *window, gpointer data)
{
  check_first_frame (window, NULL);
}

static void
scenario_cascade_first_frame_later (OkrWindow *window, gpointer data)
{
  check_first_frame (window, "dashboard");
}

static void
test_cascade_first_frame (void)
{
  gui_run_scenario (scenario_cascade_first_frame, NULL);
  gui_run_scenario (scenario_cascade_first_frame_later, NULL);
}

/* The fonts the window's text on screen is drawn in (PangoFontDescription, each once). */
static void
collect_text_fonts (GtkWidget *widget, GPtrArray *fonts, GPtrArray *widgets)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text_fonts (child, fonts, widgets);
  if (gtk_widget_get_mapped (widget) && (GTK_IS_LABEL (widget) || OKR_IS_ROW_TEXT (widget)))
    {
      PangoFontDescription *font = pango_font_description_copy (
        pango_context_get_font_description (gtk_widget_get_pango_context (widget)));

      pango_font_description_unset_fields (font, PANGO_FONT_MASK_GRAVITY);
      for (guint i = 0; i < fonts->len; i++)
        if (pango_font_description_equal (g_ptr_array_index (fonts, i), font))
          {
            pango_font_description_free (font);
            return;
          }
      g_ptr_array_add (fonts, font);
      g_ptr_array_add (widgets, widget);
    }
}

/* The thread that draws the first window's letters ahead draws them in the very cairo fonts
 * the window then draws its text in (same face, size and options: cairo shares them), and in
 * every font the demo's first screen uses. */
static void
scenario_glyphs_drawn_ahead (OkrWindow *window, gpointer data)
{
  g_autofree char *dir = NULL;
  char *path = demo_document ("cascade-glyphs", &dir);
  g_autoptr(GPtrArray) warmed_fonts =
    okr_glyph_warmup_fonts (gtk_widget_get_settings (GTK_WIDGET (window)));
  g_autoptr(GPtrArray) used = g_ptr_array_new_with_free_func (
                                (GDestroyNotify) pango_font_description_free);
  g_autoptr(GPtrArray) users = g_ptr_array_new ();
  GPtrArray *warmed;
  gboolean italic = FALSE;

  g_assert_true (okr_window_open_path (window, path));
  settle ();

  warmed = okr_glyph_warmup_join ();
  g_assert_nonnull (warmed);
  g_assert_cmpuint (warmed->len, ==, warmed_fonts->len);
  collect_text_fonts (GTK_WIDGET (window), used, users);
  /* body text, bold, small, italic (an aligned objective) and the bar of views at least */
  g_assert_cmpuint (used->len, >=, 5);
  for (guint i = 0; i < used->len; i++)
    {
      PangoFontDescription *font = g_ptr_array_index (used, i);
      PangoContext *context = gtk_widget_get_pango_context (g_ptr_array_index (users, i));
      g_autoptr(PangoFont) loaded = pango_context_load_font (context, font);
      g_autofree char *name = pango_font_description_to_string (font);
      gboolean listed = FALSE, shared = FALSE;

      for (guint j = 0; j < warmed_fonts->len; j++)
        listed |= pango_font_description_equal (g_ptr_array_index (warmed_fonts, j), font);
      for (guint j = 0; j < warmed->len; j++)
        shared |= g_ptr_array_index (warmed, j) ==
                  pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (loaded));
      if (!listed || !shared)
        g_error ("the window's text in “%s” was not drawn ahead (%s)", name,
                 listed ? "another cairo font" : "not in the warm-up's list");
      italic |= pango_font_description_get_style (font) == PANGO_STYLE_ITALIC;
    }
  g_assert_true (italic);
  gui_remove_document (g_steal_pointer (&dir), path);
}

static void
test_glyphs_drawn_ahead (void)
{
  gui_run_scenario (scenario_glyphs_drawn_ahead, NULL);
}

/* The cascade rows' text measures as a two-line GtkLabel would, but shapes its text once
 * per text and once per new width, however often GTK measures it; a class that changes the
 * font shapes it again, one that changes only how it is painted does not. */
static void
test_row_text (void)
{
  static const char title[] = "Tăng doanh thu từ gói cao cấp thêm 900 triệu đồng";
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *text = okr_row_text_new ();
  GtkWidget *label = gtk_label_new (title);
  OkrRowText *row_text = OKR_ROW_TEXT (text);
  guint shaped;
  int wide;

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  okr_row_text_set_lines (row_text, 2);
  okr_row_text_set_text (row_text, title);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), label);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  settle ();

  g_assert_cmpstr (okr_row_text_get_text (row_text), ==, title);
  wide = natural_width (label);
  g_assert_cmpint (ABS (natural_width (text) - wide), <=, 1);
  /* one line when there is room, two when there is not, and never three */
  g_assert_cmpint (ABS (height_for (text, wide + 10) - height_for (label, wide + 10)), <=, 1);
  g_assert_cmpint (ABS (height_for (text, wide / 2) - height_for (label, wide / 2)), <=, 1);
  g_assert_cmpint (height_for (text, wide / 2), >, height_for (text, wide + 10));
  g_assert_cmpint (height_for (text, 40), ==, height_for (text, wide / 2));

  shaped = okr_row_text_get_n_shaped (row_text);
  for (int i = 0; i < 5; i++)
    {
      /* GTK forgets what it measured, and asks again */
      gtk_widget_queue_resize (text);
      natural_width (text);
      height_for (text, wide / 3);
    }
  g_assert_cmpuint (okr_row_text_get_n_shaped (row_text), <=, shaped + 1);
  shaped = okr_row_text_get_n_shaped (row_text);
  okr_row_text_set_text (row_text, title);
  gtk_widget_queue_resize (text);
  natural_width (text);
  g_assert_cmpuint (okr_row_text_get_n_shaped (row_text), ==, shaped);

  /* a colour: the same layout; a larger font: shaped again, and wider */
  settle ();
  shaped = okr_row_text_get_n_shaped (row_text);
  gtk_widget_add_css_class (text, "dim-label");
  settle ();
  natural_width (text);
  g_assert_cmpuint (okr_row_text_get_n_shaped (row_text), ==, shaped);
  {
    g_autoptr(GtkCssProvider) bold = gtk_css_provider_new ();
    gtk_css_provider_load_from_data (bold, ".test-bold { font-size: 20px; }", -1);
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (bold),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  gtk_widget_add_css_class (text, "test-bold");
  settle ();
  g_assert_cmpint (natural_width (text), >, wide);
  g_assert_cmpuint (okr_row_text_get_n_shaped (row_text), >, shaped);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  okr_date_set_today (okr_date_from_ymd (2027, 2, 15));
  gtk_test_init (&argc, &argv, NULL);
  g_log_set_writer_func (log_writer, NULL, NULL);
  g_test_add_func ("/gui/window/open-and-select", test_open_and_select);
  g_test_add_func ("/gui/window/menus-made-when-opened", test_menus_made_when_opened);
  g_test_add_func ("/gui/window/view-buttons-made-once", test_view_buttons_made_once);
  g_test_add_func ("/gui/window/unit-row-tooltips", test_unit_row_tooltips);
  g_test_add_func ("/gui/window/header-tooltips", test_header_tooltips);
  g_test_add_func ("/gui/row-text", test_row_text);
  g_test_add_func ("/gui/cascade/row-layout", test_cascade_row_layout);
  g_test_add_func ("/gui/cascade/meter-bar", test_meter_bar);
  g_test_add_func ("/gui/cascade/expand-keys", test_cascade_expand_keys);
  g_test_add_func ("/gui/cascade/row-parts", test_cascade_row_parts);
  g_test_add_func ("/gui/cascade/pages-made-when-shown", test_cascade_pages);
  g_test_add_func ("/gui/cascade/live-rows", test_cascade_live_rows);
  g_test_add_func ("/gui/cascade/first-frame", test_cascade_first_frame);
  g_test_add_func ("/gui/window/glyphs-drawn-ahead", test_glyphs_drawn_ahead);
  g_test_add_func ("/gui/window/shortcuts", test_shortcuts_window);
  g_test_add_func ("/gui/window/hidden-pages-follow", test_hidden_pages_follow);
  g_test_add_func ("/gui/window/pages-made-when-shown", test_pages_made_when_shown);
  g_test_add_func ("/gui/window/owner-filter", test_owner_filter);
  g_test_add_func ("/gui/window/big-sidebar", test_big_sidebar);
  g_test_add_func ("/gui/window/edit-and-undo", test_edit_and_undo);
  g_test_add_func ("/gui/window/refuses-bad-file", test_refuses_bad_file);
  g_test_add_func ("/gui/window/damaged-found-later", test_damaged_found_later);
  g_test_add_func ("/gui/window/opens-preloaded", test_opens_preloaded);
  g_test_add_func ("/gui/app/start-with-document", test_start_with_document);
  g_test_add_func ("/gui/window/recent-documents", test_recent_documents);
  return g_test_run ();
}
