/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The dashboard and the alignment map in the window, under Xvfb: the charts shown follow the
 * selected unit, a click opens the objective or KR it points at, the map pans, zooms and
 * expands, a chart goes to the clipboard, and the chart theme follows the setting. */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "chart-fixture.h"
#include "okr-alignment-canvas.h"
#include "okr-alignment-view.h"
#include "okr-application.h"
#include "okr-chart-area.h"
#include "okr-chart-theme.h"
#include "okr-chart-widget.h"
#include "okr-dashboard-view.h"
#include "okr-window.h"

typedef struct {
  char        *dir;
  char        *path;
  ChartFixture f;
} Fixture;

typedef void (*Scenario) (OkrWindow *window, Fixture *f);

typedef struct {
  Fixture  *fixture;
  Scenario  scenario;
} Run;

static void
on_activate (GApplication *app, Run *run)
{
  OkrWindow *window = okr_window_new (OKR_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 900);
  gtk_window_present (GTK_WINDOW (window));
  run->scenario (window, run->fixture);
  gtk_window_destroy (GTK_WINDOW (window));
  g_signal_stop_emission_by_name (app, "activate");
}

static void
run_scenario (Scenario scenario)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrApplication) app = NULL;
  Fixture f = { 0 };
  Run run = { &f, scenario };
  char *argv[] = { (char *) "test-dashboard", NULL };

  f.dir = g_dir_make_tmp ("cascade-dashboard-XXXXXX", &error);
  g_assert_no_error (error);
  f.path = g_build_filename (f.dir, "company.okr", NULL);
  g_assert_true (chart_fixture_make (f.path, "en", 3, 2, &f.f, &error));
  g_assert_no_error (error);

  app = okr_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), &run);
  g_application_run (G_APPLICATION (app), 1, argv);
  g_unlink (f.path);
  g_rmdir (f.dir);
  g_free (f.path);
  g_free (f.dir);
}

/* Until the window has drawn what changed. */
static void
iterate (void)
{
  gint64 end = g_get_monotonic_time () + 300 * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static GtkWidget *
find_child (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_child (c, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char *
visible_view (OkrWindow *window)
{
  GtkWidget *stack = find_child (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK);
  return adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack));
}

static OkrDashboardView *
show_dashboard (OkrWindow *window)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "dashboard");
  iterate ();
  g_assert_cmpstr (visible_view (window), ==, "dashboard");
  return OKR_DASHBOARD_VIEW (find_child (GTK_WIDGET (window), OKR_TYPE_DASHBOARD_VIEW));
}

static OkrChartWidget *
chart_of_kind (OkrDashboardView *view, OkrChartKind kind)
{
  g_autoptr(GPtrArray) charts = okr_dashboard_view_get_charts (view);

  for (guint i = 0; i < charts->len; i++)
    {
      OkrChart *chart = okr_chart_widget_get_chart (g_ptr_array_index (charts, i));
      if (chart != NULL && okr_chart_get_kind (chart) == kind)
        return g_ptr_array_index (charts, i);
    }
  return NULL;
}

/* Clicks the middle of the first region of the chart that points at @kind. */
static gint64
click_first (OkrChartWidget *widget, OkrChartTargetKind kind)
{
  OkrChartArea *area = OKR_CHART_AREA (okr_chart_widget_get_area (widget));
  const OkrChartHits *hits = okr_chart_area_get_hits (area);

  for (guint i = 0; i < okr_chart_hits_get_n (hits); i++)
    {
      const OkrChartHit *hit = okr_chart_hits_get (hits, i);
      gint64 id = hit->target.id;

      if (hit->target.kind != kind)
        continue;
      /* The click redraws the charts: the region is gone afterwards. */
      g_assert_true (okr_chart_area_activate_at (area, hit->x + hit->width / 2,
                                                 hit->y + hit->height / 2));
      iterate ();
      return id;
    }
  g_assert_not_reached ();
  return 0;
}

/* The company's dashboard mid-quarter: its charts, no scores yet; a department's has its
 * own; a team without objectives says so. */
static void
scenario_charts (OkrWindow *window, Fixture *f)
{
  OkrDashboardView *view;
  g_autoptr(GPtrArray) charts = NULL;
  static const OkrChartKind expected[] = { OKR_CHART_RING, OKR_CHART_STATUS, OKR_CHART_UNITS,
                                           OKR_CHART_OBJECTIVES, OKR_CHART_HEATMAP };
  const OkrChartRingData *ring;

  g_assert_true (okr_window_open_path (window, f->path));
  view = show_dashboard (window);
  charts = okr_dashboard_view_get_charts (view);
  g_assert_cmpuint (charts->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < charts->len; i++)
    {
      OkrChart *chart = okr_chart_widget_get_chart (g_ptr_array_index (charts, i));
      g_assert_cmpint (okr_chart_get_kind (chart), ==, expected[i]);
      /* Drawn: the areas have regions to point at. */
      g_assert_cmpuint (okr_chart_hits_get_n (okr_chart_area_get_hits (
        OKR_CHART_AREA (okr_chart_widget_get_area (g_ptr_array_index (charts, i))))), >, 0);
    }
  ring = okr_chart_get_data (okr_chart_widget_get_chart (chart_of_kind (view, OKR_CHART_RING)));
  g_assert_cmpfloat (fabs (ring->progress -
                           okr_unit_get_progress (okr_rollup_find_unit (okr_window_get_rollup (window),
                                                                        f->f.company))), <, 1e-9);

  /* A team has no teams under it to compare. */
  okr_window_select_unit (window, f->f.first_team);
  iterate ();
  g_assert_null (chart_of_kind (view, OKR_CHART_UNITS));
  g_assert_nonnull (chart_of_kind (view, OKR_CHART_RING));

  /* A team without objectives: no charts of nothing, a page that says so. */
  okr_window_select_unit (window, f->f.empty_team);
  iterate ();
  g_clear_pointer (&charts, g_ptr_array_unref);
  charts = okr_dashboard_view_get_charts (view);
  g_assert_cmpuint (charts->len, ==, 0);

  /* The closed quarter ends with its scores. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-cycle", "s", "Q4 2026");
  okr_window_select_unit (window, f->f.company);
  iterate ();
  g_assert_nonnull (chart_of_kind (view, OKR_CHART_SCORES));
}

static void
test_charts (void)
{
  run_scenario (scenario_charts);
}

/* A click on an objective or a KR opens its unit's Objectives page; on a unit, shows that
 * unit's dashboard. */
static void
scenario_click_through (OkrWindow *window, Fixture *f)
{
  OkrDashboardView *view;
  OkrRollup *rollup;
  gint64 id;

  g_assert_true (okr_window_open_path (window, f->path));
  view = show_dashboard (window);

  id = click_first (chart_of_kind (view, OKR_CHART_UNITS), OKR_CHART_TARGET_UNIT);
  g_assert_cmpint (okr_window_get_unit_id (window), ==, id);
  g_assert_cmpstr (visible_view (window), ==, "dashboard");
  g_assert_cmpint (id, ==, f->f.first_department);

  id = click_first (chart_of_kind (view, OKR_CHART_OBJECTIVES), OKR_CHART_TARGET_KEY_RESULT);
  rollup = okr_window_get_rollup (window);
  g_assert_cmpstr (visible_view (window), ==, "cascade");
  g_assert_cmpint (okr_window_get_unit_id (window), ==,
                   okr_objective_get_unit_id (okr_rollup_find_objective (
                     rollup, okr_key_result_get_objective_id (okr_rollup_find_key_result (rollup,
                                                                                         id)))));

  okr_window_select_unit (window, f->f.company);
  view = show_dashboard (window);
  id = click_first (chart_of_kind (view, OKR_CHART_OBJECTIVES), OKR_CHART_TARGET_OBJECTIVE);
  g_assert_cmpstr (visible_view (window), ==, "cascade");
  g_assert_cmpint (id, ==, f->f.company_objective);
  g_assert_cmpint (okr_window_get_unit_id (window), ==, f->f.company);
}

static void
test_click_through (void)
{
  run_scenario (scenario_click_through);
}

static guint
count_targets (const OkrChartHits *hits, OkrChartTargetKind kind)
{
  guint n = 0;

  for (guint i = 0; i < okr_chart_hits_get_n (hits); i++)
    n += okr_chart_hits_get (hits, i)->target.kind == kind;
  return n;
}

static const OkrChartHit *
first_target (const OkrChartHits *hits, OkrChartTargetKind kind)
{
  for (guint i = 0; i < okr_chart_hits_get_n (hits); i++)
    if (okr_chart_hits_get (hits, i)->target.kind == kind)
      return okr_chart_hits_get (hits, i);
  g_assert_not_reached ();
  return NULL;
}

/* The map: zoom in and out through the view's actions, fit, expand a group by its chip,
 * open an objective by a click. */
static void
scenario_alignment (OkrWindow *window, Fixture *f)
{
  OkrAlignmentView *view;
  OkrAlignmentCanvas *canvas;
  const OkrChartHit *hit;
  double zoom;
  guint before;

  g_assert_true (okr_window_open_path (window, f->path));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "alignment");
  iterate ();
  view = OKR_ALIGNMENT_VIEW (find_child (GTK_WIDGET (window), OKR_TYPE_ALIGNMENT_VIEW));
  canvas = OKR_ALIGNMENT_CANVAS (okr_alignment_view_get_canvas (view));

  zoom = okr_alignment_canvas_get_zoom (canvas);
  gtk_widget_activate_action (GTK_WIDGET (view), "map.zoom-in", NULL);
  g_assert_cmpfloat (fabs (okr_alignment_canvas_get_zoom (canvas) - zoom * 1.25), <, 1e-9);
  gtk_widget_activate_action (GTK_WIDGET (view), "map.zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (view), "map.zoom-out", NULL);
  g_assert_cmpfloat (fabs (okr_alignment_canvas_get_zoom (canvas) - zoom / 1.25), <, 1e-9);
  gtk_widget_activate_action (GTK_WIDGET (view), "map.fit", NULL);
  g_assert_cmpfloat (okr_alignment_canvas_get_zoom (canvas), <=, 1.0);

  /* Company and departments only: teams are behind "+N" chips; one click shows them. */
  gtk_widget_activate_action (GTK_WIDGET (view), "map.collapse", NULL);
  iterate ();
  before = count_targets (okr_alignment_canvas_get_hits (canvas), OKR_CHART_TARGET_OBJECTIVE);
  g_assert_cmpuint (before, ==, 3 + 3 * 2);
  hit = first_target (okr_alignment_canvas_get_hits (canvas), OKR_CHART_TARGET_TOGGLE);
  g_assert_true (okr_alignment_canvas_click_at (canvas, hit->x + hit->width / 2,
                                                hit->y + hit->height / 2));
  iterate ();
  g_assert_cmpuint (count_targets (okr_alignment_canvas_get_hits (canvas),
                                   OKR_CHART_TARGET_OBJECTIVE), >, before);
  gtk_widget_activate_action (GTK_WIDGET (view), "map.expand-all", NULL);
  iterate ();
  g_assert_cmpuint (count_targets (okr_alignment_canvas_get_hits (canvas),
                                   OKR_CHART_TARGET_OBJECTIVE), ==, f->f.n_objectives);

  hit = first_target (okr_alignment_canvas_get_hits (canvas), OKR_CHART_TARGET_OBJECTIVE);
  g_assert_true (okr_alignment_canvas_click_at (canvas, hit->x + hit->width / 2,
                                                hit->y + hit->height / 2));
  iterate ();
  g_assert_cmpstr (visible_view (window), ==, "cascade");
}

static void
test_alignment (void)
{
  run_scenario (scenario_alignment);
}

static void
on_formats (GdkClipboard *clipboard, GParamSpec *pspec, gboolean *changed)
{
  *changed = TRUE;
}

/* Copy as Image puts a picture on the clipboard; the chart theme follows the setting. */
static void
scenario_copy_and_theme (OkrWindow *window, Fixture *f)
{
  OkrDashboardView *view;
  OkrChartWidget *ring;
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  gboolean changed = FALSE;

  g_assert_true (okr_window_open_path (window, f->path));
  view = show_dashboard (window);
  ring = chart_of_kind (view, OKR_CHART_RING);
  g_signal_connect (clipboard, "notify::formats", G_CALLBACK (on_formats), &changed);
  gtk_widget_activate_action (GTK_WIDGET (ring), "chart.copy", NULL);
  iterate ();
  g_assert_true (changed);
  g_assert_true (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard),
                                                    GDK_TYPE_TEXTURE));
  g_signal_handlers_disconnect_by_data (clipboard, &changed);

  g_settings_set_string (settings, "chart-theme", "dark");
  g_assert_true (okr_chart_theme_get_dark (okr_chart_theme_get_default ()));
  g_settings_set_string (settings, "chart-theme", "light");
  g_assert_false (okr_chart_theme_get_dark (okr_chart_theme_get_default ()));
  g_settings_reset (settings, "chart-theme");
}

static void
test_copy_and_theme (void)
{
  run_scenario (scenario_copy_and_theme);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/gui/dashboard/charts", test_charts);
  g_test_add_func ("/gui/dashboard/click-through", test_click_through);
  g_test_add_func ("/gui/dashboard/copy-and-theme", test_copy_and_theme);
  g_test_add_func ("/gui/alignment-map", test_alignment);
  return g_test_run ();
}
