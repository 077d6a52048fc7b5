/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "okr-chart-data.h"
#include "okr-chart-widget.h"
#include "okr-dashboard-view.h"
#include "okr-export-dialog.h"
#include "okr-window.h"

/* The charts of the dashboard, in reading order: how the unit stands, its objectives,
 * the units under it, then how sure people are and, at the end, how it scored. */
typedef enum {
  CARD_RING,
  CARD_STATUS,
  CARD_UNITS,
  CARD_OBJECTIVES,
  CARD_HEATMAP,
  CARD_SCORES,
  N_CARDS
} Card;

static const struct {
  OkrChartKind kind;
  int          height;       /* of the chart, in pixels */
} cards[N_CARDS] = {
  [CARD_RING] = { OKR_CHART_RING, 260 },
  [CARD_STATUS] = { OKR_CHART_STATUS, 260 },
  [CARD_UNITS] = { OKR_CHART_UNITS, 260 },
  [CARD_OBJECTIVES] = { OKR_CHART_OBJECTIVES, 340 },
  [CARD_HEATMAP] = { OKR_CHART_HEATMAP, 300 },
  [CARD_SCORES] = { OKR_CHART_SCORES, 300 },
};

struct _OkrDashboardView {
  AdwBin         parent_instance;

  GtkStack      *stack;
  AdwStatusPage *empty;
  GtkWidget     *charts[N_CARDS];    /* OkrChartWidget */
  GtkWidget     *frames[N_CARDS];    /* the card around each */
  OkrWindow     *window;             /* the last one that updated us (not a reference) */
};

static void okr_dashboard_view_view_init (OkrViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OkrDashboardView, okr_dashboard_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (OKR_TYPE_VIEW, okr_dashboard_view_view_init))

/**
 * okr_dashboard_open_target:
 *
 * What a click on a chart opens: a unit is shown in the view where it was clicked; an
 * objective or a KR is opened where it is edited, on the Objectives page of its unit.
 */
void
okr_dashboard_open_target (OkrWindow *window, OkrChartTargetKind kind, gint64 id)
{
  OkrRollup *rollup = window != NULL ? okr_window_get_rollup (window) : NULL;
  OkrObjective *objective = NULL;
  OkrKeyResult *kr;

  if (rollup == NULL)
    return;
  switch (kind)
    {
    case OKR_CHART_TARGET_UNIT:
      okr_window_select_unit (window, id);
      return;
    case OKR_CHART_TARGET_KEY_RESULT:
      kr = okr_rollup_find_key_result (rollup, id);
      if (kr != NULL)
        objective = okr_rollup_find_objective (rollup, okr_key_result_get_objective_id (kr));
      break;
    case OKR_CHART_TARGET_OBJECTIVE:
      objective = okr_rollup_find_objective (rollup, id);
      break;
    case OKR_CHART_TARGET_NONE:
    case OKR_CHART_TARGET_TOGGLE:
    default:
      return;
    }
  if (objective == NULL)
    return;
  okr_window_select_unit (window, okr_objective_get_unit_id (objective));
  okr_window_show_view (window, "cascade");
}

static void
on_activate_target (OkrChartWidget *chart, int kind, gint64 id, OkrDashboardView *self)
{
  okr_dashboard_open_target (self->window, (OkrChartTargetKind) kind, id);
}

/* The scores only mean something once the cycle has ended or someone has scored. */
static gboolean
show_scores (OkrRollup *rollup, OkrChart *chart)
{
  const OkrChartScoresData *scores = okr_chart_get_data (chart);
  OkrCycle *cycle = okr_rollup_get_cycle (rollup);
  guint scored = 0;

  for (guint b = 0; b < OKR_SCORE_BUCKET_N; b++)
    scored += scores->committed[b] + scores->aspirational[b];
  return scored > 0 || okr_cycle_get_state (cycle) == OKR_CYCLE_CLOSED ||
         okr_rollup_get_today (rollup) > okr_cycle_get_end (cycle);
}

static void
show_empty (OkrDashboardView *self, const char *title, const char *description)
{
  for (guint i = 0; i < N_CARDS; i++)
    okr_chart_widget_set_chart (OKR_CHART_WIDGET (self->charts[i]), NULL);
  adw_status_page_set_title (self->empty, title);
  adw_status_page_set_description (self->empty, description);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static gboolean
has_objectives (OkrRollup *rollup, gint64 unit_id)
{
  g_autoptr(GPtrArray) units = okr_chart_data_subtree (rollup, unit_id);

  for (guint i = 0; i < units->len; i++)
    if (okr_unit_get_n_objectives (g_ptr_array_index (units, i)) > 0)
      return TRUE;
  return FALSE;
}

static void
okr_dashboard_view_update (OkrView *view, OkrWindow *window)
{
  OkrDashboardView *self = OKR_DASHBOARD_VIEW (view);
  OkrRollup *rollup = okr_window_get_rollup (window);
  OkrStore *store = okr_window_get_store (window);
  gint64 unit_id = okr_window_get_unit_id (window);
  OkrChartScope scope = { unit_id, 0, 0 };

  self->window = window;
  if (rollup == NULL || okr_rollup_find_unit (rollup, unit_id) == NULL)
    {
      show_empty (self, _("No Cycles Yet"),
                  _("Charts show a cycle’s progress. This document has no cycles yet."));
      return;
    }
  if (!has_objectives (rollup, unit_id))
    {
      g_autofree char *title = g_strdup_printf (_("No Objectives in %s"),
                                                okr_cycle_get_name (okr_rollup_get_cycle (rollup)));
      show_empty (self, title, _("Charts appear once this unit or the units under it have "
                                 "objectives in this cycle."));
      return;
    }

  for (guint i = 0; i < N_CARDS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OkrChart) chart = okr_chart_build (cards[i].kind, store, rollup, &scope, &error);
      gboolean visible = chart != NULL;

      if (chart == NULL)
        g_warning ("The dashboard could not draw a chart: %s", error->message);
      else if (i == CARD_UNITS)
        visible = okr_rollup_get_unit_children (rollup, unit_id)->len > 0;
      else if (i == CARD_SCORES)
        visible = show_scores (rollup, chart);
      okr_chart_widget_set_chart (OKR_CHART_WIDGET (self->charts[i]), chart);
      gtk_widget_set_visible (self->frames[i], visible);
    }
  gtk_stack_set_visible_child_name (self->stack, "charts");
}

static void
okr_dashboard_view_view_init (OkrViewInterface *iface)
{
  iface->update = okr_dashboard_view_update;
}

static void
action_export_deck (GtkWidget *widget, const char *action, GVariant *param)
{
  OkrDashboardView *self = OKR_DASHBOARD_VIEW (widget);

  if (self->window == NULL || okr_window_get_store (self->window) == NULL ||
      okr_window_get_cycle_id (self->window) == 0)
    return;
  okr_export_deck_dialog (widget, okr_window_get_store (self->window),
                          okr_window_get_cycle_id (self->window));
}

static void
okr_dashboard_view_class_init (OkrDashboardViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "dashboard.export-deck", NULL,
                                   action_export_deck);
}

static GtkWidget *
card (OkrDashboardView *self, Card which)
{
  GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *chart = okr_chart_widget_new ();

  gtk_widget_add_css_class (frame, "card");
  gtk_widget_add_css_class (frame, "chart-card");
  gtk_widget_set_size_request (okr_chart_widget_get_area (OKR_CHART_WIDGET (chart)), -1,
                               cards[which].height);
  /* The unit and the cycle are in the window's title already. */
  okr_chart_widget_set_show_subtitle (OKR_CHART_WIDGET (chart), FALSE);
  g_signal_connect (chart, "activate-target", G_CALLBACK (on_activate_target), self);
  gtk_box_append (GTK_BOX (frame), chart);
  self->charts[which] = chart;
  self->frames[which] = frame;
  return frame;
}

/* Cards side by side while there is room, one under the other on a narrow window. */
static GtkWidget *
row_of_cards (OkrDashboardView *self, const Card *which, guint n)
{
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), n);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 12);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *c = card (self, which[i]);
      gtk_widget_set_size_request (c, 300, -1);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), c);
      /* The flow box's own child is what hides. */
      self->frames[which[i]] = gtk_widget_get_parent (c);
      gtk_widget_set_focusable (self->frames[which[i]], FALSE);
    }
  return flow;
}

static void
okr_dashboard_view_init (OkrDashboardView *self)
{
  static const Card top[] = { CARD_RING, CARD_STATUS, CARD_UNITS };
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *deck = gtk_button_new ();
  GtkWidget *deck_content = adw_button_content_new ();

  /* The deck for the all-hands, where the charts are. */
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (deck_content), "x-office-presentation-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (deck_content), _("Export _Deck…"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (deck_content), TRUE);
  gtk_button_set_child (GTK_BUTTON (deck), deck_content);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (deck), "dashboard.export-deck");
  gtk_widget_set_tooltip_text (deck, _("Export the all-hands deck of this cycle as a PDF"));
  gtk_widget_set_halign (deck, GTK_ALIGN_END);
  gtk_widget_set_hexpand (deck, TRUE);
  gtk_box_append (GTK_BOX (bar), deck);

  gtk_widget_set_margin_top (page, 12);
  gtk_widget_set_margin_bottom (page, 24);
  gtk_widget_set_margin_start (page, 12);
  gtk_widget_set_margin_end (page, 12);
  gtk_box_append (GTK_BOX (page), bar);
  gtk_box_append (GTK_BOX (page), row_of_cards (self, top, G_N_ELEMENTS (top)));
  gtk_box_append (GTK_BOX (page), card (self, CARD_OBJECTIVES));
  gtk_box_append (GTK_BOX (page), card (self, CARD_HEATMAP));
  gtk_box_append (GTK_BOX (page), card (self, CARD_SCORES));

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1400);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 1200);
  adw_clamp_set_child (ADW_CLAMP (clamp), page);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);

  self->empty = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->empty, "view-grid-symbolic");

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, scroller, "charts");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->empty), "empty");
  gtk_stack_set_visible_child_name (self->stack, "empty");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

GtkWidget *
okr_dashboard_view_new (void)
{
  return g_object_new (OKR_TYPE_DASHBOARD_VIEW, NULL);
}

GPtrArray *
okr_dashboard_view_get_charts (OkrDashboardView *self)
{
  GPtrArray *charts = g_ptr_array_new ();

  g_return_val_if_fail (OKR_IS_DASHBOARD_VIEW (self), charts);
  if (g_str_equal (gtk_stack_get_visible_child_name (self->stack), "empty"))
    return charts;
  for (guint i = 0; i < N_CARDS; i++)
    if (gtk_widget_get_visible (self->frames[i]))
      g_ptr_array_add (charts, self->charts[i]);
  return charts;
}
