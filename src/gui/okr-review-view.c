/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-review-view.c — the Review page: scoring a cycle's KRs, unit by unit
 *
 * The selected unit and the units below it, each followed by its objectives and their
 * key results (OkrReviewRow). The bar under the list scores the selected KR: type a score,
 * a reason, Enter — it is saved and the next KR comes up; ↑ and ↓ save and move. Every
 * change of the document refreshes the lines in place, so the objective and unit scores
 * and the distribution above follow each score as it is given. Beside the scores, the
 * unit's retrospective. Closing, carrying over and reopening start here too.
 *
 * The page's actions ("review.…") live on the window, so that the shortcuts, the tests and
 * the screenshots reach them like any button. Writes go through the store, which refuses
 * everything in a closed cycle; the refusal is shown, never swallowed.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "okr-carry-over-dialog.h"
#include "okr-carry-over.h"
#include "okr-form-dialog.h"
#include "okr-format.h"
#include "okr-gui-util.h"
#include "okr-review-chart.h"
#include "okr-review-item.h"
#include "okr-review-report.h"
#include "okr-review-row.h"
#include "okr-review-view.h"
#include "okr-review.h"
#include "okr-store-edits.h"
#include "okr-window.h"

struct _OkrReviewView {
  AdwBin              parent_instance;

  /* Template widgets */
  GtkStack           *stack;
  GtkRevealer        *closed_banner;
  GtkLabel           *closed_label;
  GtkLabel           *overall_label;
  GtkLabel           *overall_caption;
  GtkLabel           *overall_count;
  GtkDrawingArea     *chart;
  GtkWidget          *close_button;
  GtkWidget          *carry_button;
  GtkToggleButton    *retro_toggle;
  GtkToggleButton    *retro_toggle_narrow;
  AdwFlap            *flap;
  GtkListView        *list;
  GtkWidget          *scoring_bar;
  GtkLabel           *scoring_title;
  GtkLabel           *scoring_hint;
  GtkEntry           *score_entry;
  GtkEntry           *reason_entry;
  GtkLabel           *retro_title;
  GtkTextView        *went_well;
  GtkTextView        *went_badly;
  GtkTextView        *to_change;
  GtkWidget          *save_retro;
  AdwStatusPage      *empty;

  /* What is shown */
  OkrWindow          *window;        /* not owned: the view lives inside it */
  GSimpleActionGroup *actions;
  GListStore         *items;         /* OkrReviewItem */
  GtkSingleSelection *selection;
  OkrRollup          *rollup;
  gint64              unit_id;
  gboolean            closed;
  OkrScoreDistribution distribution;
  gboolean            refilling;

  /* The scoring bar */
  gint64              scoring_kr;
  gboolean            loading_bar;
  gboolean            bar_dirty;

  /* The retrospective */
  gint64              retro_unit;
  gint64              retro_cycle;
  gboolean            loading_retro;
  gboolean            retro_dirty;
};

static void okr_review_view_view_init (OkrViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OkrReviewView, okr_review_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (OKR_TYPE_VIEW, okr_review_view_view_init))

static OkrStore *
store_of (OkrReviewView *self)
{
  return self->window != NULL ? okr_window_get_store (self->window) : NULL;
}

static OkrCycle *
cycle_of (OkrReviewView *self)
{
  return self->rollup != NULL ? okr_rollup_get_cycle (self->rollup) : NULL;
}

/* A refusal or a failure, in the leader's words, without a dialog to dismiss; shown at
 * once, ahead of any toast still on screen, since it answers what was just done. */
static void
show_error (OkrReviewView *self, const GError *error)
{
  if (self->window != NULL)
    okr_window_show_refusal (self->window, error->message);
}

/* ───────────────────────── the lines ───────────────────────── */

typedef struct {
  OkrReviewItemKind kind;
  GObject          *entity;
} Line;

/* The unit and the units below it that have objectives in the cycle, each followed by its
 * objectives and their KRs. */
static GArray *
wanted_lines (OkrReviewView *self)
{
  g_autoptr(GPtrArray) units = okr_review_list_units (self->rollup, self->unit_id);
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));

  for (guint u = 0; u < units->len; u++)
    {
      OkrUnit *unit = units->pdata[u];
      GPtrArray *objectives = okr_rollup_get_objectives (self->rollup, okr_unit_get_id (unit));

      if (objectives->len == 0 && u > 0)
        continue;
      g_array_append_val (lines, ((Line) { OKR_REVIEW_ITEM_UNIT, G_OBJECT (unit) }));
      for (guint o = 0; o < objectives->len; o++)
        {
          OkrObjective *objective = objectives->pdata[o];
          GPtrArray *krs = okr_rollup_get_key_results (self->rollup,
                                                       okr_objective_get_id (objective));

          g_array_append_val (lines, ((Line) { OKR_REVIEW_ITEM_OBJECTIVE, G_OBJECT (objective) }));
          for (guint k = 0; k < krs->len; k++)
            g_array_append_val (lines, ((Line) { OKR_REVIEW_ITEM_KEY_RESULT,
                                                 G_OBJECT (krs->pdata[k]) }));
        }
    }
  return lines;
}

static gint64
entity_id (const Line *line)
{
  switch (line->kind)
    {
    case OKR_REVIEW_ITEM_UNIT:
      return okr_unit_get_id (OKR_UNIT (line->entity));
    case OKR_REVIEW_ITEM_OBJECTIVE:
      return okr_objective_get_id (OKR_OBJECTIVE (line->entity));
    case OKR_REVIEW_ITEM_KEY_RESULT:
    default:
      return okr_key_result_get_id (OKR_KEY_RESULT (line->entity));
    }
}

static OkrReviewItem *
item_at (OkrReviewView *self, guint position)
{
  g_autoptr(OkrReviewItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);
  return item; /* the store keeps it alive */
}

static guint
find_kr (OkrReviewView *self, gint64 kr_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  for (guint i = 0; i < n; i++)
    {
      OkrReviewItem *item = item_at (self, i);
      if (okr_review_item_get_kind (item) == OKR_REVIEW_ITEM_KEY_RESULT &&
          okr_review_item_get_id (item) == kr_id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* The first KR without a score, else the first KR: where a review starts. */
static guint
first_to_score (OkrReviewView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  guint first = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < n; i++)
    {
      OkrReviewItem *item = item_at (self, i);
      if (okr_review_item_get_kind (item) != OKR_REVIEW_ITEM_KEY_RESULT)
        continue;
      if (isnan (okr_key_result_get_score (okr_review_item_get_entity (item))))
        return i;
      if (first == GTK_INVALID_LIST_POSITION)
        first = i;
    }
  return first;
}

static void load_bar (OkrReviewView *self);

/* Brings the lines up to date: the same lines are refreshed in place (selection, scroll
 * and focus stay); a different set replaces them, keeping the KR being scored. */
static void
refill (OkrReviewView *self)
{
  g_autoptr(GArray) lines = wanted_lines (self);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  gboolean same = n == lines->len;

  for (guint i = 0; same && i < n; i++)
    {
      OkrReviewItem *item = item_at (self, i);
      Line *line = &g_array_index (lines, Line, i);
      same = okr_review_item_get_kind (item) == line->kind &&
             okr_review_item_get_id (item) == entity_id (line);
    }

  if (same)
    {
      for (guint i = 0; i < n; i++)
        okr_review_item_update (item_at (self, i), g_array_index (lines, Line, i).entity,
                                self->rollup);
      return;
    }

  {
    g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
    guint keep;

    for (guint i = 0; i < lines->len; i++)
      {
        Line *line = &g_array_index (lines, Line, i);
        g_ptr_array_add (items, okr_review_item_new (line->kind, line->entity, self->rollup));
      }
    self->refilling = TRUE;
    g_list_store_splice (self->items, 0, n, items->pdata, items->len);
    keep = find_kr (self, self->scoring_kr);
    if (keep == GTK_INVALID_LIST_POSITION)
      {
        keep = first_to_score (self);
        self->bar_dirty = FALSE;
      }
    gtk_single_selection_set_selected (self->selection, keep);
    self->refilling = FALSE;
  }
}

/* ───────────────────────── the scoring bar ───────────────────────── */

static OkrKeyResult *
scoring_key_result (OkrReviewView *self)
{
  return self->rollup != NULL && self->scoring_kr != 0
    ? okr_rollup_find_key_result (self->rollup, self->scoring_kr) : NULL;
}

static void
load_bar (OkrReviewView *self)
{
  OkrKeyResult *kr = scoring_key_result (self);
  g_autofree char *score = NULL, *suggested = NULL, *hint = NULL;

  self->loading_bar = TRUE;
  if (kr == NULL)
    {
      gtk_label_set_label (self->scoring_title, _("Pick a key result to score it"));
      gtk_label_set_label (self->scoring_hint, _("Click a key result, or use ↑ and ↓."));
      gtk_editable_set_text (GTK_EDITABLE (self->score_entry), "");
      gtk_editable_set_text (GTK_EDITABLE (self->reason_entry), "");
    }
  else
    {
      score = isnan (okr_key_result_get_score (kr)) ? g_strdup ("")
                                                    : okr_format_score (okr_key_result_get_score (kr));
      suggested = okr_format_score (okr_math_suggested_score (okr_key_result_get_progress (kr)));
      /* Translators: under the key result being scored: the score its progress suggests. */
      hint = g_strdup_printf (_("Suggested %s · Enter saves and moves on"), suggested);
      gtk_label_set_label (self->scoring_title, okr_key_result_get_title (kr));
      gtk_label_set_label (self->scoring_hint, hint);
      gtk_entry_set_placeholder_text (self->score_entry, suggested);
      gtk_editable_set_text (GTK_EDITABLE (self->score_entry), score);
      gtk_editable_set_text (GTK_EDITABLE (self->reason_entry),
                             okr_key_result_get_score_reason (kr));
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->score_entry), kr != NULL && !self->closed);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reason_entry), kr != NULL && !self->closed);
  self->bar_dirty = FALSE;
  self->loading_bar = FALSE;
}

static void
on_bar_edited (OkrReviewView *self)
{
  if (!self->loading_bar)
    self->bar_dirty = TRUE;
}

/* Saves what the bar holds for its KR. FALSE (and the reason shown) when it was refused:
 * a score off the scale, a closed cycle. */
static gboolean
commit_bar (OkrReviewView *self)
{
  g_autoptr(GError) error = NULL;
  OkrStore *store = store_of (self);
  double score;

  if (!self->bar_dirty || self->scoring_kr == 0 || store == NULL)
    return TRUE;
  if (!okr_review_parse_score (gtk_editable_get_text (GTK_EDITABLE (self->score_entry)), &score,
                               &error) ||
      !okr_store_set_score (store, self->scoring_kr, score,
                            gtk_editable_get_text (GTK_EDITABLE (self->reason_entry)),
                            okr_gui_get_me (store), &error))
    {
      show_error (self, error);
      return FALSE;
    }
  self->bar_dirty = FALSE;
  return TRUE;
}

/* Moves the selection to the next (or previous) KR, past unit and objective lines. */
static void
step (OkrReviewView *self, int direction)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  guint at = gtk_single_selection_get_selected (self->selection);
  gint64 i = at == GTK_INVALID_LIST_POSITION ? (direction > 0 ? -1 : (gint64) n) : (gint64) at;

  for (i += direction; i >= 0 && i < (gint64) n; i += direction)
    if (okr_review_item_get_kind (item_at (self, (guint) i)) == OKR_REVIEW_ITEM_KEY_RESULT)
      {
        gtk_single_selection_set_selected (self->selection, (guint) i);
        gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u",
                                    (guint) i);
        return;
      }
}

static void
on_selected (OkrReviewView *self)
{
  OkrReviewItem *item = gtk_single_selection_get_selected_item (self->selection);

  if (self->refilling && item != NULL &&
      okr_review_item_get_kind (item) == OKR_REVIEW_ITEM_KEY_RESULT &&
      okr_review_item_get_id (item) == self->scoring_kr)
    return;
  /* leaving a KR saves what was typed for it */
  if (!self->refilling)
    commit_bar (self);
  self->scoring_kr = item != NULL && okr_review_item_get_kind (item) == OKR_REVIEW_ITEM_KEY_RESULT
                       ? okr_review_item_get_id (item) : 0;
  load_bar (self);
}

static void
on_bar_activate (OkrReviewView *self)
{
  if (commit_bar (self))
    step (self, 1);
}

static gboolean
on_bar_key (GtkEventControllerKey *controller, guint keyval, guint keycode,
            GdkModifierType state, OkrReviewView *self)
{
  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (commit_bar (self))
        step (self, -1);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (commit_bar (self))
        step (self, 1);
      return TRUE;
    case GDK_KEY_Escape:
      if (!self->bar_dirty)
        return FALSE;
      load_bar (self);
      return TRUE;
    default:
      return FALSE;
    }
}

/* Typing a score on the list starts scoring the selected KR. */
static gboolean
on_list_key (GtkEventControllerKey *controller, guint keyval, guint keycode,
             GdkModifierType state, OkrReviewView *self)
{
  gunichar c = gdk_keyval_to_unicode (keyval);
  char text[8] = { 0 };

  if (self->scoring_kr == 0 || self->closed ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0 ||
      !(g_unichar_isdigit (c) || c == '.' || c == ','))
    return FALSE;
  g_unichar_to_utf8 (c, text);
  gtk_widget_grab_focus (GTK_WIDGET (self->score_entry));
  gtk_editable_set_text (GTK_EDITABLE (self->score_entry), text);
  gtk_editable_set_position (GTK_EDITABLE (self->score_entry), -1);
  return TRUE;
}

static void
on_list_activate (OkrReviewView *self, guint position)
{
  if (self->scoring_kr != 0 && !self->closed)
    gtk_widget_grab_focus (GTK_WIDGET (self->score_entry));
}

/* ───────────────────────── summary, banner, retrospective ───────────────────────── */

static void
draw_chart (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  OkrReviewView *self = data;

  okr_review_chart_draw (cr, width, height, &self->distribution,
                         adw_style_manager_get_dark (adw_style_manager_get_default ()));
}

static void
show_summary (OkrReviewView *self)
{
  double overall = okr_review_overall_score (self->rollup, self->unit_id);
  g_autofree char *score = okr_format_score (overall);
  g_autofree char *caption = NULL, *counted = NULL;
  OkrUnit *unit = okr_rollup_find_unit (self->rollup, self->unit_id);

  okr_review_distribution (self->rollup, self->unit_id, &self->distribution);
  counted = g_strdup_printf (ngettext ("%u of %u key result scored",
                                       "%u of %u key results scored",
                                       self->distribution.n_key_results),
                             self->distribution.n_scored, self->distribution.n_key_results);
  /* Translators: under the overall score of the review: whose it is (the unit and the
   * units below it). */
  caption = g_strdup_printf (_("%s and the units under it"), okr_unit_get_name (unit));
  gtk_label_set_label (self->overall_label, score);
  okr_widget_set_score_class (GTK_WIDGET (self->overall_label), overall);
  gtk_label_set_label (self->overall_caption, caption);
  gtk_label_set_label (self->overall_count, counted);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
}

static void
show_state (OkrReviewView *self)
{
  OkrCycle *cycle = cycle_of (self);
  g_autofree char *text = NULL;

  if (self->closed)
    text = g_strdup_printf (_("“%s” is closed: its scores, OKRs and retrospectives can’t "
                              "change. Reopen it to change them."),
                            okr_cycle_get_name (cycle));
  gtk_label_set_label (self->closed_label, text != NULL ? text : "");
  gtk_revealer_set_reveal_child (self->closed_banner, self->closed);
  gtk_widget_set_visible (self->close_button, !self->closed);
  gtk_text_view_set_editable (self->went_well, !self->closed);
  gtk_text_view_set_editable (self->went_badly, !self->closed);
  gtk_text_view_set_editable (self->to_change, !self->closed);
  gtk_widget_set_sensitive (self->save_retro, !self->closed);
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The unit's retrospective, read again unless the leader is writing it. */
static void
load_retrospective (OkrReviewView *self)
{
  OkrCycle *cycle = cycle_of (self);
  OkrUnit *unit = okr_rollup_find_unit (self->rollup, self->unit_id);
  g_auto(OkrRetrospective) retro = { 0 };
  g_autofree char *title = g_strdup_printf (_("Retrospective of %s"), okr_unit_get_name (unit));
  gboolean same = self->retro_unit == self->unit_id &&
                  self->retro_cycle == okr_cycle_get_id (cycle);

  gtk_label_set_label (self->retro_title, title);
  if (same && self->retro_dirty)
    return;
  if (!okr_review_get_retrospective (store_of (self), self->unit_id, okr_cycle_get_id (cycle),
                                     &retro, NULL))
    return;
  self->loading_retro = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->went_well), retro.went_well, -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->went_badly), retro.went_badly, -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->to_change), retro.to_change, -1);
  self->loading_retro = FALSE;
  self->retro_dirty = FALSE;
  self->retro_unit = self->unit_id;
  self->retro_cycle = okr_cycle_get_id (cycle);
}

static void
on_retro_edited (OkrReviewView *self)
{
  if (!self->loading_retro)
    self->retro_dirty = TRUE;
}

/* ───────────────────────── the view ───────────────────────── */

static void install_actions (OkrReviewView *self, OkrWindow *window);

static void
okr_review_view_update (OkrView *view, OkrWindow *window)
{
  OkrReviewView *self = OKR_REVIEW_VIEW (view);
  OkrRollup *rollup = okr_window_get_rollup (window);
  gint64 unit_id = okr_window_get_unit_id (window);

  install_actions (self, window);
  if (rollup == NULL || okr_rollup_find_unit (rollup, unit_id) == NULL)
    {
      g_list_store_remove_all (self->items);
      g_clear_object (&self->rollup);
      self->scoring_kr = 0;
      adw_status_page_set_title (self->empty, _("No Cycles Yet"));
      adw_status_page_set_description (self->empty, _("Scores are given at the end of a cycle, "
                                                      "such as a quarter. This document has "
                                                      "none yet."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  g_set_object (&self->rollup, rollup);
  if (self->unit_id != unit_id)
    self->bar_dirty = FALSE;
  self->unit_id = unit_id;
  self->closed = okr_cycle_get_state (okr_rollup_get_cycle (rollup)) == OKR_CYCLE_CLOSED;
  gtk_stack_set_visible_child_name (self->stack, "review");

  refill (self);
  if (!self->bar_dirty)
    load_bar (self);
  show_summary (self);
  show_state (self);
  load_retrospective (self);
}

static void
okr_review_view_view_init (OkrViewInterface *iface)
{
  iface->update = okr_review_view_update;
}

/* ───────────────────────── actions ───────────────────────── */

static OkrStore *
store_or_say (OkrReviewView *self)
{
  OkrStore *store = store_of (self);

  if (store == NULL || self->rollup == NULL)
    {
      if (self->window != NULL)
        okr_window_show_refusal (self->window, _("Open a document with a cycle first."));
      return NULL;
    }
  return store;
}

/* review.score (kr, score as typed, reason): what typing in the bar and Enter do. */
static void
action_score (GSimpleAction *action, GVariant *param, gpointer data)
{
  OkrReviewView *self = data;
  gint64 kr;
  const char *score, *reason;
  guint position;

  if (store_or_say (self) == NULL)
    return;
  g_variant_get (param, "(x&s&s)", &kr, &score, &reason);
  position = find_kr (self, kr);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, position);
  self->scoring_kr = kr;
  gtk_editable_set_text (GTK_EDITABLE (self->score_entry), score);
  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry), reason);
  self->bar_dirty = TRUE;
  commit_bar (self);
}

static void
action_select_kr (GSimpleAction *action, GVariant *param, gpointer data)
{
  OkrReviewView *self = data;
  guint position = find_kr (self, g_variant_get_int64 (param));

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, position);
}

static void
action_step (GSimpleAction *action, GVariant *param, gpointer data)
{
  OkrReviewView *self = data;

  if (commit_bar (self))
    step (self, g_str_equal (g_action_get_name (G_ACTION (action)), "next") ? 1 : -1);
}

static void open_carry_over (OkrReviewView *self);

/* review.close-cycle-now (leave unscored): the close itself, after the dialog. */
static void
action_close_now (GSimpleAction *action, GVariant *param, gpointer data)
{
  OkrReviewView *self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrCycle) cycle = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  OkrStore *store = store_or_say (self);
  gint64 cycle_id;

  if (store == NULL)
    return;
  cycle = g_object_ref (cycle_of (self));
  cycle_id = okr_cycle_get_id (cycle);
  candidates = okr_carry_over_list_candidates (self->rollup, 0);
  if (!okr_review_close_cycle (store, cycle_id,
                               g_variant_get_boolean (param) ? OKR_CLOSE_LEAVE_UNSCORED
                                                             : OKR_CLOSE_DEFAULT,
                               okr_gui_get_me (store), &error))
    {
      show_error (self, error);
      return;
    }
  {
    g_autofree char *done = g_strdup_printf (_("“%s” is closed."), okr_cycle_get_name (cycle));
    okr_window_show_toast (self->window, done);
  }
  /* closing offers to carry the unfinished work over */
  if (candidates->len > 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    open_carry_over (self);
}

static void
close_response (AdwMessageDialog *dialog, const char *response, OkrReviewView *self)
{
  if (g_str_equal (response, "close") || g_str_equal (response, "leave"))
    g_action_group_activate_action (G_ACTION_GROUP (self->actions), "close-cycle-now",
                                    g_variant_new_boolean (g_str_equal (response, "leave")));
}

/* The unscored KRs, a few by name. */
static GtkWidget *
unscored_list (GPtrArray *unscored)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const guint shown = 8;

  for (guint i = 0; i < unscored->len && i < shown; i++)
    {
      OkrNamedKr *kr = unscored->pdata[i];
      /* Translators: an unscored key result and its unit, in the closing dialog. */
      g_string_append_printf (text, _("• %s (%s)"), kr->title, kr->unit);
      g_string_append_c (text, '\n');
    }
  if (unscored->len > shown)
    g_string_append_printf (text, ngettext ("and %u more", "and %u more", unscored->len - shown),
                            unscored->len - shown);
  else if (text->len > 0)
    g_string_truncate (text, text->len - 1);
  {
    GtkWidget *label = gtk_label_new (text->str);
    gtk_label_set_xalign (GTK_LABEL (label), 0);
    gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    gtk_widget_add_css_class (label, "dim-label");
    return label;
  }
}

static void
action_close_cycle (GSimpleAction *action, GVariant *param, gpointer data)
{
  OkrReviewView *self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) unscored = NULL;
  g_autofree char *heading = NULL;
  OkrStore *store = store_or_say (self);
  OkrCycle *cycle;
  GtkWidget *dialog;

  if (store == NULL)
    return;
  cycle = cycle_of (self);
  if (self->closed)
    {
      /* the document says it better than a greyed button */
      okr_review_close_cycle (store, okr_cycle_get_id (cycle), OKR_CLOSE_LEAVE_UNSCORED, 0,
                              &error);
      show_error (self, error);
      return;
    }
  unscored = okr_review_list_unscored (store, okr_cycle_get_id (cycle), &error);
  if (unscored == NULL)
    {
      show_error (self, error);
      return;
    }

  heading = g_strdup_printf (_("Close “%s”?"), okr_cycle_get_name (cycle));
  dialog = adw_message_dialog_new (GTK_WINDOW (self->window), heading, NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  if (unscored->len == 0)
    {
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                                   _("Its OKRs, scores and retrospectives become read-only. "
                                     "Reopening it later takes a reason, which is kept."));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close Cycle"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "close",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
    }
  else
    {
      g_autofree char *body = g_strdup_printf (
        ngettext ("%u key result of the cycle has no score yet. Score it first, or close the "
                  "cycle leaving it unscored; it then counts towards no score.",
                  "%u key results of the cycle have no score yet. Score them first, or close "
                  "the cycle leaving them unscored; they then count towards no score.",
                  unscored->len), unscored->len);
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), unscored_list (unscored));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "leave",
                                       _("Close, _Leaving Them Unscored"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "leave",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
    }
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (close_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
action_reopen_with_reason (GSimpleAction *action, GVariant *param, gpointer data)
{
  OkrReviewView *self = data;
  g_autoptr(GError) error = NULL;
  OkrStore *store = store_or_say (self);
  g_autofree char *name = NULL, *done = NULL;

  if (store == NULL)
    return;
  name = g_strdup (okr_cycle_get_name (cycle_of (self)));
  if (!okr_review_reopen_cycle (store, okr_cycle_get_id (cycle_of (self)),
                                g_variant_get_string (param, NULL), okr_gui_get_me (store),
                                &error))
    {
      show_error (self, error);
      return;
    }
  done = g_strdup_printf (_("“%s” is open again."), name);
  okr_window_show_toast (self->window, done);
}

static void
reopen_response (AdwMessageDialog *dialog, const char *response, OkrReviewView *self)
{
  if (g_str_equal (response, "accept"))
    g_action_group_activate_action (G_ACTION_GROUP (self->actions), "reopen-with-reason",
                                    g_variant_new_string (okr_form_dialog_get_text
                                                            (GTK_WIDGET (dialog), 0)));
}

static void
action_reopen (GSimpleAction *action, GVariant *param, gpointer data)
{
  OkrReviewView *self = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  OkrStore *store = store_or_say (self);

  if (store == NULL)
    return;
  if (!self->closed)
    {
      okr_review_reopen_cycle (store, okr_cycle_get_id (cycle_of (self)), "-", 0, &error);
      show_error (self, error);
      return;
    }
  heading = g_strdup_printf (_("Reopen “%s”?"), okr_cycle_get_name (cycle_of (self)));
  dialog = okr_form_dialog_new (GTK_WIDGET (self), heading,
                                _("Its OKRs and scores can change again. Say why: the reason "
                                  "is kept with the cycle."), _("_Reopen"));
  gtk_entry_set_placeholder_text (okr_form_dialog_add_entry (dialog, NULL, "", TRUE),
                                  _("Why it is reopened"));
  g_signal_connect (dialog, "response", G_CALLBACK (reopen_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_carry_over (OkrReviewView *self)
{
  GtkWidget *dialog = okr_carry_over_dialog_new (self->window, self->rollup, self->unit_id);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
action_carry_over (GSimpleAction *action, GVariant *param, gpointer data)
{
  OkrReviewView *self = data;

  if (store_or_say (self) != NULL)
    open_carry_over (self);
}

/* review.set-retrospective (what worked, what didn't, what we change) */
static void
action_set_retrospective (GSimpleAction *action, GVariant *param, gpointer data)
{
  OkrReviewView *self = data;
  g_autoptr(GError) error = NULL;
  OkrStore *store = store_or_say (self);
  const char *well, *badly, *change;

  if (store == NULL)
    return;
  g_variant_get (param, "(&s&s&s)", &well, &badly, &change);
  if (!okr_store_set_retrospective (store, self->unit_id, okr_cycle_get_id (cycle_of (self)),
                                    well, badly, change, &error))
    {
      show_error (self, error);
      return;
    }
  self->retro_dirty = FALSE;
  okr_window_show_toast (self->window, _("Retrospective saved."));
}

static void
action_save_retrospective (GSimpleAction *action, GVariant *param, gpointer data)
{
  OkrReviewView *self = data;
  g_autofree char *well = buffer_text (self->went_well);
  g_autofree char *badly = buffer_text (self->went_badly);
  g_autofree char *change = buffer_text (self->to_change);

  g_action_group_activate_action (G_ACTION_GROUP (self->actions), "set-retrospective",
                                  g_variant_new ("(sss)", well, badly, change));
}

/* review.export-to (csv|pdf, path) */
static void
action_export_to (GSimpleAction *action, GVariant *param, gpointer data)
{
  OkrReviewView *self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL, *done = NULL;
  OkrStore *store = store_or_say (self);
  const char *format, *path;
  gboolean ok;

  if (store == NULL)
    return;
  g_variant_get (param, "(&s&s)", &format, &path);
  file = g_file_new_for_path (path);
  if (g_str_equal (format, "pdf"))
    ok = okr_review_write_pdf (store, self->rollup, self->unit_id, file, &error);
  else
    {
      g_autoptr(GFileOutputStream) out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE,
                                                         NULL, &error);
      ok = out != NULL &&
           okr_review_write_csv (store, self->rollup, self->unit_id, G_OUTPUT_STREAM (out),
                                 &error) &&
           g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &error);
      if (!ok && out != NULL)
        {
          /* closed cancelled, the file is left as it was */
          g_autoptr(GCancellable) abandon = g_cancellable_new ();
          g_cancellable_cancel (abandon);
          g_output_stream_close (G_OUTPUT_STREAM (out), abandon, NULL);
        }
    }
  if (!ok)
    {
      okr_window_show_error (self->window, _("The Review Could Not Be Exported"),
                             error->message);
      return;
    }
  name = g_file_get_basename (file);
  done = g_strdup_printf (_("Exported “%s”."), name);
  okr_window_show_toast (self->window, done);
}

static void
export_chosen (GtkNativeDialog *chooser, int response, OkrReviewView *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      const char *format = g_object_get_data (G_OBJECT (chooser), "format");

      if (path != NULL)
        g_action_group_activate_action (G_ACTION_GROUP (self->actions), "export-to",
                                        g_variant_new ("(ss)", format, path));
    }
  g_object_unref (chooser);
}

static void
action_export (GSimpleAction *action, GVariant *param, gpointer data)
{
  OkrReviewView *self = data;
  gboolean pdf = g_str_equal (g_action_get_name (G_ACTION (action)), "export-pdf");
  GtkFileChooserNative *chooser;
  OkrUnit *unit;
  g_autofree char *name = NULL;

  if (store_or_say (self) == NULL)
    return;
  unit = okr_rollup_find_unit (self->rollup, self->unit_id);
  chooser = gtk_file_chooser_native_new (pdf ? _("Export the Review as PDF")
                                             : _("Export the Review as CSV"),
                                         GTK_WINDOW (self->window),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  /* Translators: the suggested file name of an exported review: the unit, the cycle and
   * the extension ("Sales Q1 2027 review.pdf"). */
  name = g_strdup_printf (_("%s %s review.%s"), okr_unit_get_name (unit),
                          okr_cycle_get_name (cycle_of (self)), pdf ? "pdf" : "csv");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "format", (gpointer) (pdf ? "pdf" : "csv"));
  g_signal_connect (chooser, "response", G_CALLBACK (export_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static const GActionEntry action_entries[] = {
  { "score", action_score, "(xss)" },
  { "select-kr", action_select_kr, "x" },
  { "next", action_step },
  { "previous", action_step },
  { "close-cycle", action_close_cycle },
  { "close-cycle-now", action_close_now, "b" },
  { "reopen", action_reopen },
  { "reopen-with-reason", action_reopen_with_reason, "s" },
  { "carry-over", action_carry_over },
  { "set-retrospective", action_set_retrospective, "(sss)" },
  { "save-retrospective", action_save_retrospective },
  { "export-csv", action_export },
  { "export-pdf", action_export },
  { "export-to", action_export_to, "(ss)" },
};

/* The actions live on the window, under "review". */
static void
install_actions (OkrReviewView *self, OkrWindow *window)
{
  if (self->window == window)
    return;
  self->window = window;
  gtk_widget_insert_action_group (GTK_WIDGET (window), "review",
                                  G_ACTION_GROUP (self->actions));
}

/* ───────────────────────── lifecycle ───────────────────────── */

static void
setup_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  gtk_list_item_set_child (item, okr_review_row_new ());
}

static void
bind_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  OkrReviewItem *review_item = gtk_list_item_get_item (item);

  okr_review_row_bind (OKR_REVIEW_ROW (gtk_list_item_get_child (item)), review_item);
  /* only key results are scored; the other lines are headings */
  gtk_list_item_set_selectable (item, okr_review_item_get_kind (review_item) ==
                                      OKR_REVIEW_ITEM_KEY_RESULT);
}

static void
unbind_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  okr_review_row_unbind (OKR_REVIEW_ROW (gtk_list_item_get_child (item)));
}

static void
on_folded (OkrReviewView *self)
{
  gtk_toggle_button_set_active (self->retro_toggle, !adw_flap_get_folded (self->flap));
}

static void
okr_review_view_dispose (GObject *object)
{
  OkrReviewView *self = OKR_REVIEW_VIEW (object);

  if (self->window != NULL)
    gtk_widget_insert_action_group (GTK_WIDGET (self->window), "review", NULL);
  self->window = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), OKR_TYPE_REVIEW_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  g_clear_object (&self->rollup);
  g_clear_object (&self->actions);
  G_OBJECT_CLASS (okr_review_view_parent_class)->dispose (object);
}

static void
okr_review_view_class_init (OkrReviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = okr_review_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cascadeokr/Cascade/okr-review-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, closed_banner);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, closed_label);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, overall_label);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, overall_caption);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, overall_count);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, chart);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, close_button);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, carry_button);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, retro_toggle);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, retro_toggle_narrow);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, flap);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, list);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, scoring_bar);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, scoring_title);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, scoring_hint);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, score_entry);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, retro_title);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, went_well);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, went_badly);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, to_change);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, save_retro);
  gtk_widget_class_bind_template_child (widget_class, OkrReviewView, empty);
}

static void
okr_review_view_init (OkrReviewView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a bound template child: gtk_widget_dispose_template () would unparent the bin's
   * child behind AdwBin's back, which unparents it again. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), action_entries,
                                   G_N_ELEMENTS (action_entries), self);

  self->items = g_list_store_new (OKR_TYPE_REVIEW_ITEM);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selected), self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (self->list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->list, "activate", G_CALLBACK (on_list_activate), self);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_list_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list), keys);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_bar_key), self);
  gtk_widget_add_controller (self->scoring_bar, keys);

  g_signal_connect_swapped (self->score_entry, "activate", G_CALLBACK (on_bar_activate), self);
  g_signal_connect_swapped (self->reason_entry, "activate", G_CALLBACK (on_bar_activate), self);
  g_signal_connect_swapped (self->score_entry, "changed", G_CALLBACK (on_bar_edited), self);
  g_signal_connect_swapped (self->reason_entry, "changed", G_CALLBACK (on_bar_edited), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->went_well), "changed",
                            G_CALLBACK (on_retro_edited), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->went_badly), "changed",
                            G_CALLBACK (on_retro_edited), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->to_change), "changed",
                            G_CALLBACK (on_retro_edited), self);

  gtk_drawing_area_set_draw_func (self->chart, draw_chart, self, NULL);
  /* the chart's colours follow the light or dark style */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self->chart, G_CONNECT_SWAPPED);
  g_object_bind_property (self->retro_toggle, "active", self->flap, "reveal-flap",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->retro_toggle_narrow, "active", self->flap, "reveal-flap",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_toggle_button_set_active (self->retro_toggle, TRUE);
  /* folded over a narrow window, the retrospective waits for its button */
  g_signal_connect_swapped (self->flap, "notify::folded", G_CALLBACK (on_folded), self);
}

GtkWidget *
okr_review_view_new (void)
{
  return g_object_new (OKR_TYPE_REVIEW_VIEW, NULL);
}

/* The lines as shown: units, objectives and key results. */
GListModel *
okr_review_view_get_model (OkrReviewView *self)
{
  g_return_val_if_fail (OKR_IS_REVIEW_VIEW (self), NULL);
  return G_LIST_MODEL (self->items);
}

/* The key result in the scoring bar, or 0. */
gint64
okr_review_view_get_selected (OkrReviewView *self)
{
  g_return_val_if_fail (OKR_IS_REVIEW_VIEW (self), 0);
  return self->scoring_kr;
}
