/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "okr-format.h"
#include "okr-gui-util.h"
#include "okr-review-row.h"
#include "okr-review.h"

/* One line of the Review page. A unit: its name, its score and how many of its KRs are
 * scored. An objective: committed or aspirational, its progress, its score, and a flag
 * when the score is under its bar. A key result: its final progress, the suggested score,
 * the score given, and under its title the reason. Scores are pills in their band's colour,
 * and always written out. */
struct _OkrReviewRow {
  GtkWidget      parent_instance;
  GtkWidget     *box;
  GtkWidget     *title;
  GtkWidget     *caption;
  GtkWidget     *flag;
  GtkWidget     *progress;
  GtkWidget     *suggested;
  GtkWidget     *score;
  OkrReviewItem *item;
  gulong         changed_id;
};

G_DEFINE_FINAL_TYPE (OkrReviewRow, okr_review_row, GTK_TYPE_WIDGET)

/* A score's band takes the status colour of the same meaning (the palette is shared):
 * fail off track, commit at risk, target on track, stretch done; no score is grey. */
void
okr_widget_set_score_class (GtkWidget *widget, double score)
{
  static const OkrStatus by_bucket[OKR_SCORE_BUCKET_N] = {
    OKR_STATUS_OFF_TRACK, OKR_STATUS_AT_RISK, OKR_STATUS_ON_TRACK, OKR_STATUS_DONE,
  };

  okr_widget_set_status_class (widget, isnan (score) ? OKR_STATUS_NOT_STARTED
                                                     : by_bucket[okr_math_score_bucket (score)]);
}

static void
okr_review_row_dispose (GObject *object)
{
  OkrReviewRow *self = OKR_REVIEW_ROW (object);

  okr_review_row_unbind (self);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (okr_review_row_parent_class)->dispose (object);
}

static void
okr_review_row_class_init (OkrReviewRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = okr_review_row_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "reviewrow");
}

static GtkWidget *
column_label (int width_chars, const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_width_chars (GTK_LABEL (label), width_chars);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
okr_review_row_init (OkrReviewRow *self)
{
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *caption_line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  self->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (self->title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (self->title), PANGO_ELLIPSIZE_END);
  self->flag = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (self->flag, "warning");
  self->caption = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->caption), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->caption), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (self->caption, "caption");
  gtk_box_append (GTK_BOX (caption_line), self->flag);
  gtk_box_append (GTK_BOX (caption_line), self->caption);
  gtk_box_append (GTK_BOX (text), self->title);
  gtk_box_append (GTK_BOX (text), caption_line);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);

  self->progress = column_label (5, "numeric");
  self->suggested = column_label (4, "dim-label");
  okr_widget_set_row_tooltip (self->suggested, _("Suggested score: the final progress, "
                                                 "rounded to 0.1"));
  self->score = column_label (4, "status-pill");
  gtk_label_set_xalign (GTK_LABEL (self->score), 0.5);

  gtk_box_append (GTK_BOX (self->box), text);
  gtk_box_append (GTK_BOX (self->box), self->progress);
  gtk_box_append (GTK_BOX (self->box), self->suggested);
  gtk_box_append (GTK_BOX (self->box), self->score);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

GtkWidget *
okr_review_row_new (void)
{
  return g_object_new (OKR_TYPE_REVIEW_ROW, NULL);
}

static void
set_score (OkrReviewRow *self, double score)
{
  g_autofree char *text = okr_format_score (score);

  gtk_label_set_label (GTK_LABEL (self->score), text);
  okr_widget_set_score_class (self->score, score);
}

static void
show_unit (OkrReviewRow *self, OkrUnit *unit, OkrRollup *rollup)
{
  g_autofree char *caption = NULL;
  GPtrArray *objectives = okr_rollup_get_objectives (rollup, okr_unit_get_id (unit));
  guint n_krs = 0, n_scored = 0;

  /* the unit's own KRs; its sub-units have lines of their own */
  for (guint o = 0; o < objectives->len; o++)
    {
      GPtrArray *krs = okr_rollup_get_key_results (rollup,
                                                   okr_objective_get_id (objectives->pdata[o]));
      n_krs += krs->len;
      for (guint k = 0; k < krs->len; k++)
        n_scored += !isnan (okr_key_result_get_score (krs->pdata[k]));
    }
  caption = n_krs == 0 ? g_strdup (_("No key results in this cycle"))
                       : g_strdup_printf (ngettext ("%u of %u key result scored",
                                                    "%u of %u key results scored", n_krs),
                                          n_scored, n_krs);
  gtk_label_set_label (GTK_LABEL (self->title), okr_unit_get_name (unit));
  gtk_label_set_label (GTK_LABEL (self->caption), caption);
  gtk_widget_set_visible (self->flag, FALSE);
  gtk_widget_set_visible (self->progress, FALSE);
  gtk_widget_set_visible (self->suggested, FALSE);
  set_score (self, okr_unit_get_score (unit));
}

static void
show_objective (OkrReviewRow *self, OkrObjective *objective)
{
  gboolean below = okr_review_objective_below_bar (objective);
  gboolean aspirational = okr_objective_get_aspirational (objective);
  g_autofree char *progress = okr_format_percent (okr_objective_get_progress (objective));
  g_autofree char *bar = okr_format_score (aspirational ? OKR_SCORE_TARGET : OKR_SCORE_STRETCH);
  g_autofree char *caption = NULL;

  if (below)
    /* Translators: under an objective scored under what it owes: committed (1.0) or
     * aspirational (0.7), and that bar. */
    caption = g_strdup_printf (_("%s · below its bar of %s"),
                               aspirational ? _("Aspirational") : _("Committed"), bar);
  else
    /* Translators: under an objective in the review: committed (judged against 1.0) or
     * aspirational (judged against 0.7). */
    caption = g_strdup_printf (_("%s · judged against %s"),
                               aspirational ? _("Aspirational") : _("Committed"), bar);
  gtk_label_set_label (GTK_LABEL (self->title), okr_objective_get_title (objective));
  gtk_label_set_label (GTK_LABEL (self->caption), caption);
  gtk_widget_set_visible (self->flag, below);
  gtk_widget_set_visible (self->progress, TRUE);
  gtk_label_set_label (GTK_LABEL (self->progress), progress);
  gtk_widget_set_visible (self->suggested, TRUE);
  gtk_label_set_label (GTK_LABEL (self->suggested), "");
  set_score (self, okr_objective_get_score (objective));
}

static void
show_key_result (OkrReviewRow *self, OkrKeyResult *kr, OkrRollup *rollup)
{
  OkrKrKind kind = okr_key_result_get_kind (kr);
  const char *label = okr_key_result_get_unit_label (kr);
  g_autofree char *progress = okr_format_percent (okr_key_result_get_progress_raw (kr));
  g_autofree char *suggested = okr_format_score (okr_math_suggested_score
                                                   (okr_key_result_get_progress (kr)));
  g_autofree char *current = okr_format_kr_value (kind, okr_key_result_get_current (kr), label);
  g_autofree char *target = okr_format_kr_value (kind, okr_key_result_get_target (kr), label);
  g_autoptr(GString) caption = g_string_new (NULL);

  if (kind == OKR_KR_MILESTONE)
    g_string_printf (caption, ngettext ("%u of %u milestone done", "%u of %u milestones done",
                                        okr_key_result_get_milestones_total (kr)),
                     okr_key_result_get_milestones_done (kr),
                     okr_key_result_get_milestones_total (kr));
  else if (kind == OKR_KR_BOOLEAN || kind == OKR_KR_ROLLUP)
    g_string_assign (caption, current);
  else
    /* Translators: a key result's final value and its target, e.g. "40 → 50 users". */
    g_string_printf (caption, _("%s → %s"), current, target);
  if (okr_key_result_get_carried_from_id (kr) != 0)
    {
      g_string_append (caption, " · ");
      /* Translators: a key result copied from the previous cycle's unfinished work. */
      g_string_append (caption, _("carried over"));
    }
  if (*okr_key_result_get_score_reason (kr) != '\0')
    {
      g_string_append (caption, " · ");
      /* Translators: the reason given for a key result's score, quoted under it. */
      g_string_append_printf (caption, _("“%s”"), okr_key_result_get_score_reason (kr));
    }

  gtk_label_set_label (GTK_LABEL (self->title), okr_key_result_get_title (kr));
  gtk_label_set_label (GTK_LABEL (self->caption), caption->str);
  gtk_widget_set_visible (self->flag, FALSE);
  gtk_widget_set_visible (self->progress, TRUE);
  gtk_label_set_label (GTK_LABEL (self->progress), progress);
  gtk_widget_set_visible (self->suggested, TRUE);
  gtk_label_set_label (GTK_LABEL (self->suggested), suggested);
  okr_widget_set_row_tooltip (self->caption, caption->str);
  set_score (self, okr_key_result_get_score (kr));
}

static void
refresh (OkrReviewRow *self)
{
  OkrReviewItemKind kind = okr_review_item_get_kind (self->item);
  gpointer entity = okr_review_item_get_entity (self->item);
  OkrRollup *rollup = okr_review_item_get_rollup (self->item);
  static const char *classes[] = { "unit", "objective", "key-result" };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    if (i != kind)
      gtk_widget_remove_css_class (GTK_WIDGET (self), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self), classes[kind]);
  if (kind == OKR_REVIEW_ITEM_UNIT)
    gtk_widget_add_css_class (self->title, "title-4");
  else
    gtk_widget_remove_css_class (self->title, "title-4");
  if (kind == OKR_REVIEW_ITEM_OBJECTIVE)
    gtk_widget_add_css_class (self->title, "heading");
  else
    gtk_widget_remove_css_class (self->title, "heading");
  if (kind == OKR_REVIEW_ITEM_KEY_RESULT)
    gtk_widget_add_css_class (self->caption, "dim-label");
  else
    gtk_widget_remove_css_class (self->caption, "dim-label");

  switch (kind)
    {
    case OKR_REVIEW_ITEM_UNIT:
      show_unit (self, entity, rollup);
      break;
    case OKR_REVIEW_ITEM_OBJECTIVE:
      show_objective (self, entity);
      break;
    case OKR_REVIEW_ITEM_KEY_RESULT:
    default:
      show_key_result (self, entity, rollup);
      break;
    }
}

void
okr_review_row_bind (OkrReviewRow *self, OkrReviewItem *item)
{
  g_return_if_fail (OKR_IS_REVIEW_ROW (self));

  okr_review_row_unbind (self);
  self->item = g_object_ref (item);
  self->changed_id = g_signal_connect_swapped (item, "changed", G_CALLBACK (refresh), self);
  refresh (self);
}

void
okr_review_row_unbind (OkrReviewRow *self)
{
  g_return_if_fail (OKR_IS_REVIEW_ROW (self));

  if (self->item == NULL)
    return;
  g_clear_signal_handler (&self->changed_id, self->item);
  g_clear_object (&self->item);
}
