/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-cascade-row.h"
#include "okr-format.h"
#include "okr-gui-util.h"

/* One line of the cascade: an objective (title, owner, kind) or one of its key results
 * (title, current → target, owner, confidence), each with a progress bar, the percentage
 * and the status written out — never colour alone. */
struct _OkrCascadeRow {
  GtkWidget  parent_instance;
  GtkWidget *expander;
  GtkWidget *title;
  GtkWidget *subtitle;
  GtkWidget *bar;
  GtkWidget *percent;
  GtkWidget *status;
};

G_DEFINE_FINAL_TYPE (OkrCascadeRow, okr_cascade_row, GTK_TYPE_WIDGET)

static void
okr_cascade_row_dispose (GObject *object)
{
  OkrCascadeRow *self = OKR_CASCADE_ROW (object);

  g_clear_pointer (&self->expander, gtk_widget_unparent);
  G_OBJECT_CLASS (okr_cascade_row_parent_class)->dispose (object);
}

static void
okr_cascade_row_class_init (OkrCascadeRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = okr_cascade_row_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "cascaderow");
}

static void
okr_cascade_row_init (OkrCascadeRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *meter = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  self->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (self->title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (self->title), PANGO_ELLIPSIZE_END);
  self->subtitle = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (self->subtitle, "dim-label");
  gtk_widget_add_css_class (self->subtitle, "caption");
  gtk_box_append (GTK_BOX (text), self->title);
  gtk_box_append (GTK_BOX (text), self->subtitle);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);

  self->bar = gtk_progress_bar_new ();
  gtk_widget_set_size_request (self->bar, 96, -1);
  gtk_widget_set_valign (self->bar, GTK_ALIGN_CENTER);
  self->percent = gtk_label_new (NULL);
  gtk_label_set_width_chars (GTK_LABEL (self->percent), 5);
  gtk_label_set_xalign (GTK_LABEL (self->percent), 1);
  gtk_widget_add_css_class (self->percent, "numeric");
  self->status = gtk_label_new (NULL);
  gtk_label_set_width_chars (GTK_LABEL (self->status), 10);
  gtk_widget_add_css_class (self->status, "status-pill");
  gtk_widget_set_valign (self->status, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (meter), self->bar);
  gtk_box_append (GTK_BOX (meter), self->percent);
  gtk_box_append (GTK_BOX (meter), self->status);
  gtk_widget_set_valign (meter, GTK_ALIGN_CENTER);

  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), meter);

  self->expander = gtk_tree_expander_new ();
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (self->expander), box);
  gtk_widget_set_parent (self->expander, GTK_WIDGET (self));
}

GtkWidget *
okr_cascade_row_new (void)
{
  return g_object_new (OKR_TYPE_CASCADE_ROW, NULL);
}

static const char *
person_name (OkrRollup *rollup, gint64 id)
{
  OkrPerson *p = id != 0 ? okr_rollup_find_person (rollup, id) : NULL;
  return p != NULL ? okr_person_get_name (p) : NULL;
}

static void
set_meter (OkrCascadeRow *self, double progress, double progress_raw, OkrStatus status)
{
  g_autofree char *percent = okr_format_percent (progress_raw);

  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->bar), CLAMP (progress, 0, 1));
  okr_widget_set_status_class (self->bar, status);
  gtk_label_set_label (GTK_LABEL (self->percent), percent);
  gtk_label_set_label (GTK_LABEL (self->status), okr_status_to_label (status));
  okr_widget_set_status_class (self->status, status);
}

static void
bind_objective (OkrCascadeRow *self, OkrObjective *o, OkrRollup *rollup)
{
  const char *owner = person_name (rollup, okr_objective_get_owner_id (o));
  guint n = okr_objective_get_n_key_results (o);
  g_autofree char *krs = g_strdup_printf (ngettext ("%u key result", "%u key results", n), n);
  const char *kind = okr_objective_get_aspirational (o) ? _("Aspirational") : _("Committed");
  g_autofree char *subtitle = owner != NULL
    /* Translators: under an objective: owner · committed or aspirational · number of KRs. */
    ? g_strdup_printf (_("%s · %s · %s"), owner, kind, krs)
    /* Translators: under an objective without owner: committed or aspirational · KRs. */
    : g_strdup_printf (C_("objective subtitle", "%s · %s"), kind, krs);

  gtk_label_set_label (GTK_LABEL (self->title), okr_objective_get_title (o));
  gtk_label_set_label (GTK_LABEL (self->subtitle), subtitle);
  gtk_widget_add_css_class (self->title, "heading");
  gtk_widget_add_css_class (GTK_WIDGET (self), "objective");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "key-result");
  set_meter (self, okr_objective_get_progress (o), okr_objective_get_progress (o),
             okr_objective_get_status (o));
}

static void
bind_key_result (OkrCascadeRow *self, OkrKeyResult *k, OkrRollup *rollup)
{
  OkrKrKind kind = okr_key_result_get_kind (k);
  const char *label = okr_key_result_get_unit_label (k);
  const char *owner = person_name (rollup, okr_key_result_get_owner_id (k));
  g_autofree char *current = okr_format_kr_value (kind, okr_key_result_get_current (k), label);
  g_autofree char *target = okr_format_kr_value (kind, okr_key_result_get_target (k), label);
  g_autoptr(GString) subtitle = g_string_new (NULL);

  if (kind == OKR_KR_MILESTONE)
    g_string_printf (subtitle, ngettext ("%u of %u milestone done", "%u of %u milestones done",
                                         okr_key_result_get_milestones_total (k)),
                     okr_key_result_get_milestones_done (k), okr_key_result_get_milestones_total (k));
  else if (kind == OKR_KR_BOOLEAN || kind == OKR_KR_ROLLUP)
    g_string_assign (subtitle, current);
  else
    /* Translators: a key result's value now and its target, e.g. "40 → 50 users". */
    g_string_printf (subtitle, _("%s → %s"), current, target);
  if (owner != NULL)
    g_string_append_printf (subtitle, " · %s", owner);
  if (okr_key_result_get_confidence (k) > 0)
    {
      g_string_append (subtitle, " · ");
      /* Translators: the latest confidence of a key result, out of 10. */
      g_string_append_printf (subtitle, _("confidence %d/10"), okr_key_result_get_confidence (k));
    }

  gtk_label_set_label (GTK_LABEL (self->title), okr_key_result_get_title (k));
  gtk_label_set_label (GTK_LABEL (self->subtitle), subtitle->str);
  gtk_widget_remove_css_class (self->title, "heading");
  gtk_widget_add_css_class (GTK_WIDGET (self), "key-result");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "objective");
  set_meter (self, okr_key_result_get_progress (k), okr_key_result_get_progress_raw (k),
             okr_key_result_get_status (k));
}

void
okr_cascade_row_bind (OkrCascadeRow *self, GtkTreeListRow *row, OkrRollup *rollup)
{
  gpointer item = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (self->expander), row);
  if (OKR_IS_OBJECTIVE (item))
    bind_objective (self, item, rollup);
  else if (OKR_IS_KEY_RESULT (item))
    bind_key_result (self, item, rollup);
  g_clear_object (&item);
}
