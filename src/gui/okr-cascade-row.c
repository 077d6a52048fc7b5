/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-cascade-row.h"
#include "okr-editing.h"
#include "okr-format.h"
#include "okr-gui-util.h"
#include "okr-row-text.h"
#include "okr-window.h"

/* One line of the cascade: an objective (title, owner, kind), one of its key results
 * (title, current → target, owner, confidence), or an objective of a unit below that
 * aligns to it (with its unit, and a button to go there). Each has a progress bar, the
 * percentage and the status written out — never colour alone. On a narrow window the
 * meter goes under the text. */
struct _OkrCascadeRow {
  GtkWidget   parent_instance;
  GtkWidget  *expander;
  GtkWidget  *box;
  GtkWidget  *title;
  GtkWidget  *subtitle;
  GtkWidget  *go;
  GtkWidget  *meter;
  GtkWidget  *bar;
  GtkWidget  *percent;
  GtkWidget  *status;
  GtkWidget  *menu;
  GtkWidget  *due;

  OkrEntity   entity;
  gint64      id;
  gint64      unit_id;   /* of an aligned objective: where "go" leads */
};

G_DEFINE_FINAL_TYPE (OkrCascadeRow, okr_cascade_row, GTK_TYPE_WIDGET)

static OkrWindow *
window_of (OkrCascadeRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  return OKR_IS_WINDOW (root) ? OKR_WINDOW (root) : NULL;
}

/* ───────────────────────── menu ───────────────────────── */

/**
 * okr_cascade_row_popup_menu:
 * @x: where, in the row (negative: under the title)
 *
 * Shows what can be done with the row (edit, add, move, delete) as a menu.
 */
void
okr_cascade_row_popup_menu (OkrCascadeRow *self, double x, double y)
{
  OkrWindow *window = window_of (self);
  g_autoptr(GMenu) menu = NULL;

  if (window == NULL || self->id == 0 || okr_window_get_rollup (window) == NULL)
    return;
  menu = okr_editing_menu_for (window, self->entity, self->id);
  if (self->menu == NULL)
    {
      self->menu = gtk_popover_menu_new_from_model (NULL);
      gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
      gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
      gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
    }
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), G_MENU_MODEL (menu));
  if (x < 0)
    {
      graphene_point_t p;
      if (!gtk_widget_compute_point (self->title, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (0, 0),
                                     &p))
        p.x = p.y = 0;
      x = p.x;
      y = p.y + gtk_widget_get_height (self->title);
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu),
                               &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
on_secondary_click (GtkGestureClick *gesture, int n_press, double x, double y,
                    OkrCascadeRow *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  okr_cascade_row_popup_menu (self, x, y);
}

static void
on_go (GtkButton *button, OkrCascadeRow *self)
{
  OkrWindow *window = window_of (self);

  if (window != NULL)
    okr_window_select_unit (window, self->unit_id);
}

/* ───────────────────────── the widget ───────────────────────── */

static void
okr_cascade_row_dispose (GObject *object)
{
  OkrCascadeRow *self = OKR_CASCADE_ROW (object);

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_pointer (&self->expander, gtk_widget_unparent);
  G_OBJECT_CLASS (okr_cascade_row_parent_class)->dispose (object);
}

static void
okr_cascade_row_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  OkrCascadeRow *self = OKR_CASCADE_ROW (widget);

  gtk_widget_allocate (self->expander, width, height, baseline, NULL);
  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
okr_cascade_row_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                         int *minimum, int *natural, int *minimum_baseline,
                         int *natural_baseline)
{
  gtk_widget_measure (OKR_CASCADE_ROW (widget)->expander, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

/* Height for width, as its wrapped labels are: the list asks how tall the row is at the
 * width it has, and a narrow window gets rows tall enough for their wrapped titles. */
static GtkSizeRequestMode
okr_cascade_row_get_request_mode (GtkWidget *widget)
{
  return gtk_widget_get_request_mode (OKR_CASCADE_ROW (widget)->expander);
}

static void
okr_cascade_row_class_init (OkrCascadeRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = okr_cascade_row_dispose;
  widget_class->size_allocate = okr_cascade_row_size_allocate;
  widget_class->measure = okr_cascade_row_measure;
  widget_class->get_request_mode = okr_cascade_row_get_request_mode;
  gtk_widget_class_set_css_name (widget_class, "cascaderow");
}

static void
okr_cascade_row_init (OkrCascadeRow *self)
{
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkGesture *click = gtk_gesture_click_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  /* Texts shaped once per bind (okr-row-text.c): the title on two lines at most. */
  self->title = okr_row_text_new ();
  okr_row_text_set_lines (OKR_ROW_TEXT (self->title), 2);
  self->subtitle = okr_row_text_new ();
  gtk_widget_add_css_class (self->subtitle, "dim-label");
  gtk_widget_add_css_class (self->subtitle, "caption");
  self->go = gtk_button_new_from_icon_name ("go-jump-symbolic");
  gtk_widget_add_css_class (self->go, "flat");
  gtk_widget_add_css_class (self->go, "circular");
  gtk_widget_add_css_class (self->go, "go-to-unit");
  gtk_widget_set_valign (self->go, GTK_ALIGN_CENTER);
  g_signal_connect (self->go, "clicked", G_CALLBACK (on_go), self);
  gtk_box_append (GTK_BOX (line), self->subtitle);
  gtk_box_append (GTK_BOX (line), self->go);
  gtk_box_append (GTK_BOX (text), self->title);
  gtk_box_append (GTK_BOX (text), line);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);

  self->meter = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  self->bar = gtk_progress_bar_new ();
  gtk_widget_set_size_request (self->bar, 96, -1);
  gtk_widget_set_valign (self->bar, GTK_ALIGN_CENTER);
  self->percent = okr_row_text_new ();
  okr_row_text_set_ellipsize (OKR_ROW_TEXT (self->percent), FALSE);
  okr_row_text_set_width_chars (OKR_ROW_TEXT (self->percent), 5);
  okr_row_text_set_xalign (OKR_ROW_TEXT (self->percent), 1);
  okr_row_text_set_tabular (OKR_ROW_TEXT (self->percent), TRUE);
  self->status = okr_row_text_new ();
  okr_row_text_set_ellipsize (OKR_ROW_TEXT (self->status), FALSE);
  okr_row_text_set_xalign (OKR_ROW_TEXT (self->status), 0.5);
  okr_row_text_set_width_chars (OKR_ROW_TEXT (self->status), 10);
  gtk_widget_add_css_class (self->status, "status-pill");
  gtk_widget_set_valign (self->status, GTK_ALIGN_CENTER);
  /* Translators: a badge on a key result with no check-in since the check-in day. */
  self->due = gtk_label_new (C_("key result", "Due"));
  gtk_widget_add_css_class (self->due, "due-badge");
  gtk_widget_set_valign (self->due, GTK_ALIGN_CENTER);
  okr_widget_set_row_tooltip (self->due, _("No check-in since the last check-in day"));
  gtk_widget_set_visible (self->due, FALSE);
  gtk_box_append (GTK_BOX (self->meter), self->due);
  gtk_box_append (GTK_BOX (self->meter), self->bar);
  gtk_box_append (GTK_BOX (self->meter), self->percent);
  gtk_box_append (GTK_BOX (self->meter), self->status);
  gtk_widget_set_valign (self->meter, GTK_ALIGN_CENTER);

  gtk_box_append (GTK_BOX (self->box), text);
  gtk_box_append (GTK_BOX (self->box), self->meter);

  self->expander = gtk_tree_expander_new ();
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (self->expander), self->box);
  gtk_widget_set_parent (self->expander, GTK_WIDGET (self));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_secondary_click), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
okr_cascade_row_new (void)
{
  return g_object_new (OKR_TYPE_CASCADE_ROW, NULL);
}

/* On a narrow window, the meter goes under the text. */
void
okr_cascade_row_set_compact (OkrCascadeRow *self, gboolean compact)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->box),
                                  compact ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  gtk_box_set_spacing (GTK_BOX (self->box), compact ? 6 : 12);
  gtk_widget_set_halign (self->meter, compact ? GTK_ALIGN_START : GTK_ALIGN_FILL);
  /* narrow, and deep in the tree: a shorter bar, and the status shortened only if it must */
  gtk_widget_set_size_request (self->bar, compact ? 56 : 96, -1);
  okr_row_text_set_width_chars (OKR_ROW_TEXT (self->status), compact ? -1 : 10);
  okr_row_text_set_ellipsize (OKR_ROW_TEXT (self->status), compact);
  /* narrow: the subtitle may take a second line rather than lose its end */
  okr_row_text_set_lines (OKR_ROW_TEXT (self->subtitle), compact ? 2 : 1);
  if (compact)
    gtk_widget_add_css_class (GTK_WIDGET (self), "compact");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "compact");
}

/* ───────────────────────── binding ───────────────────────── */

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
  g_autofree char *description = g_strdup_printf ("%s, %s", percent,
                                                  okr_status_to_label (status));

  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->bar), CLAMP (progress, 0, 1));
  okr_widget_set_status_class (self->bar, status);
  okr_row_text_set_text (OKR_ROW_TEXT (self->percent), percent);
  okr_row_text_set_text (OKR_ROW_TEXT (self->status), okr_status_to_label (status));
  okr_widget_set_status_class (self->status, status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);
}

static void
set_kind (OkrCascadeRow *self, const char *kind)
{
  static const char *const kinds[] = { "objective", "key-result", "aligned" };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self), kinds[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self), kind);
}

static void
bind_objective (OkrCascadeRow *self, OkrObjective *o, OkrRollup *rollup, gboolean aligned)
{
  const char *owner = person_name (rollup, okr_objective_get_owner_id (o));
  guint n = okr_objective_get_n_key_results (o);
  g_autofree char *krs = g_strdup_printf (ngettext ("%u key result", "%u key results", n), n);
  const char *kind = okr_objective_get_aspirational (o) ? _("Aspirational") : _("Committed");
  OkrUnit *unit = okr_rollup_find_unit (rollup, okr_objective_get_unit_id (o));
  g_autofree char *subtitle = NULL;

  if (aligned && unit != NULL)
    /* Translators: under an objective of a unit below: its unit · owner · number of KRs. */
    subtitle = owner != NULL ? g_strdup_printf (_("%s · %s · %s"), okr_unit_get_name (unit),
                                                owner, krs)
                             /* Translators: the same, without an owner: unit · KRs. */
                             : g_strdup_printf (C_("aligned objective subtitle", "%s · %s"),
                                                okr_unit_get_name (unit), krs);
  else
    /* Translators: under an objective: owner · committed or aspirational · number of KRs. */
    subtitle = owner != NULL ? g_strdup_printf (_("%s · %s · %s"), owner, kind, krs)
                             /* Translators: under an objective without owner: committed or
                              * aspirational · KRs. */
                             : g_strdup_printf (C_("objective subtitle", "%s · %s"), kind, krs);

  self->entity = OKR_ENTITY_OBJECTIVE;
  self->id = okr_objective_get_id (o);
  self->unit_id = okr_objective_get_unit_id (o);
  okr_row_text_set_text (OKR_ROW_TEXT (self->title), okr_objective_get_title (o));
  okr_row_text_set_text (OKR_ROW_TEXT (self->subtitle), subtitle);
  gtk_widget_set_visible (self->go, aligned && unit != NULL);
  if (aligned && unit != NULL)
    {
      /* Translators: a button's tooltip; %s is a department or team. */
      g_autofree char *tip = g_strdup_printf (_("Go to %s"), okr_unit_get_name (unit));
      okr_widget_set_row_tooltip (self->go, tip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->go), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      tip, -1);
    }
  if (aligned)
    gtk_widget_remove_css_class (self->title, "heading");
  else
    gtk_widget_add_css_class (self->title, "heading");
  set_kind (self, aligned ? "aligned" : "objective");
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
  else if (kind == OKR_KR_CONTROL)
    /* Translators: a value kept above or below a level, e.g. "1.8% (stay at or below 2%)". */
    g_string_printf (subtitle, okr_key_result_get_direction (k) == OKR_DIRECTION_BELOW
                               ? _("%s (stay at or below %s)") : _("%s (stay at or above %s)"),
                     current, target);
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

  self->entity = OKR_ENTITY_KEY_RESULT;
  self->id = okr_key_result_get_id (k);
  self->unit_id = 0;
  okr_row_text_set_text (OKR_ROW_TEXT (self->title), okr_key_result_get_title (k));
  okr_row_text_set_text (OKR_ROW_TEXT (self->subtitle), subtitle->str);
  gtk_widget_remove_css_class (self->title, "heading");
  gtk_widget_set_visible (self->go, FALSE);
  set_kind (self, "key-result");
  set_meter (self, okr_key_result_get_progress (k), okr_key_result_get_progress_raw (k),
             okr_key_result_get_status (k));
}

/**
 * okr_cascade_row_bind:
 * @shown_unit_id: the unit whose objectives the page shows: objectives of other units are
 *   the aligned ones
 */
void
okr_cascade_row_bind (OkrCascadeRow *self, GtkTreeListRow *row, OkrRollup *rollup,
                      gint64 shown_unit_id)
{
  gpointer item = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (self->expander), row);
  if (OKR_IS_OBJECTIVE (item))
    bind_objective (self, item, rollup, okr_objective_get_unit_id (item) != shown_unit_id);
  else if (OKR_IS_KEY_RESULT (item))
    bind_key_result (self, item, rollup);
  g_clear_object (&item);
}

/* Shows the "Due" badge: a key result with no check-in since the last check-in day. */
void
okr_cascade_row_set_due (OkrCascadeRow *self, gboolean due)
{
  gtk_widget_set_visible (self->due, due);
}
