/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-cascade-row.h"
#include "okr-editing.h"
#include "okr-format.h"
#include "okr-gui-util.h"
#include "okr-meter-bar.h"
#include "okr-row-text.h"
#include "okr-window.h"

/* One line of the cascade: an objective (title, owner, kind), one of its key results
 * (title, current → target, owner, confidence), or an objective of a unit below that
 * aligns to it (with its unit, and a button to go there). Each has a progress bar, the
 * percentage and the status written out — never colour alone. On a narrow window the
 * meter goes under the text.
 *
 * The row lays its parts out itself rather than in boxes: the expander (the indent and
 * the arrow), then the text — the title on up to two lines, the subtitle and the "go"
 * button under it — and the meter (the "Due" badge, the bar, the percentage, the status)
 * at the end, or under the text when compact. A horizontal GtkBox holding a wrapping text
 * works out its height for a width by a search over its children's widths for candidate
 * heights, which laid each new title and subtitle out about ten times over: most of the
 * time of a scroll. Here each text is measured at the one width it gets. */
struct _OkrCascadeRow {
  GtkWidget   parent_instance;
  GtkWidget  *expander;
  GtkWidget  *title;
  GtkWidget  *subtitle;
  GtkWidget  *go;
  GtkWidget  *due;
  GtkWidget  *bar;
  GtkWidget  *percent;
  GtkWidget  *status;
  GtkWidget  *menu;
  gboolean    compact;

  OkrEntity   entity;
  gint64      id;
  gint64      unit_id;   /* of an aligned objective: where "go" leads */
};

/* Pixels between the parts, as the boxes this replaces had them. */
enum {
  EXPANDER_GAP      = 4,  /* after the arrow: Adwaita's border-spacing in a tree expander */
  TEXT_METER_GAP    = 12, /* between the text and the meter side by side */
  COMPACT_METER_GAP = 6,  /* between the text and the meter under it */
  TITLE_GAP         = 2,  /* between the title and the subtitle */
  GO_GAP            = 6,  /* between the subtitle and the "go" button */
  METER_GAP         = 8,  /* between the parts of the meter */
};

G_DEFINE_FINAL_TYPE (OkrCascadeRow, okr_cascade_row, GTK_TYPE_WIDGET)

static OkrWindow *
window_of (OkrCascadeRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  return OKR_IS_WINDOW (root) ? OKR_WINDOW (root) : NULL;
}

/* The tree row this row shows, or NULL when it shows none. */
GtkTreeListRow *
okr_cascade_row_get_list_row (OkrCascadeRow *self)
{
  g_return_val_if_fail (OKR_IS_CASCADE_ROW (self), NULL);
  return gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (self->expander));
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
  GtkWidget *child;

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (okr_cascade_row_parent_class)->dispose (object);
}

/* ───────────────────────── layout ───────────────────────── */

/* The "go" button and the "Due" badge are made when first shown (NULL until then): most
 * rows never need them. */
static gboolean
laid_out (GtkWidget *child)
{
  return child != NULL && gtk_widget_should_layout (child);
}

static void
measure_width (GtkWidget *child, int *minimum, int *natural)
{
  *minimum = *natural = 0;
  if (laid_out (child))
    gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, minimum, natural, NULL, NULL);
}

static int
height_for (GtkWidget *child, int width)
{
  int natural = 0;

  if (laid_out (child))
    gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);
  return natural;
}

/* The sizes of the parts in a row of a given width (compute_layout): the expander and the
 * meter take what they ask, the text the rest; heights follow from those widths. */
typedef struct {
  int expander, text, subtitle, go, meter;             /* widths */
  int title_h, line_h, subtitle_h, go_h, text_h, meter_h;
  int meter_w[4];                                      /* due, bar, percent, status */
  int meter_h_each[4];
} Layout;

static void
meter_parts (OkrCascadeRow *self, GtkWidget *parts[4])
{
  parts[0] = self->due;
  parts[1] = self->bar;
  parts[2] = self->percent;
  parts[3] = self->status;
}

/* The meter's width: its parts' natural widths, or less (only the status can shrink, on a
 * narrow window) when @room is short; its least width in *@minimum. */
static int
layout_meter (OkrCascadeRow *self, Layout *l, int room, int *minimum)
{
  GtkWidget *parts[4];
  int min[4], total = 0, least = 0, shown = 0;

  meter_parts (self, parts);
  for (guint i = 0; i < 4; i++)
    {
      measure_width (parts[i], &min[i], &l->meter_w[i]);
      if (laid_out (parts[i]))
        {
          int gap = shown++ > 0 ? METER_GAP : 0;

          total += gap + l->meter_w[i];
          least += gap + (parts[i] == self->status ? min[i] : l->meter_w[i]);
        }
    }
  if (minimum != NULL)
    *minimum = least;
  if (room >= 0 && total > room)
    {
      int cut = MIN (total - room, l->meter_w[3] - min[3]);
      l->meter_w[3] -= cut;
      total -= cut;
    }
  return total;
}

/* The text's widths: the title's, or the subtitle's with the "go" button after it. The
 * subtitle's own widths and the button's go to *@subtitle_min, *@subtitle_nat and *@go
 * (0 when hidden). */
static void
text_widths (OkrCascadeRow *self, int *minimum, int *natural, int *subtitle_min,
             int *subtitle_nat, int *go)
{
  int title_min, title_nat, go_min, go_part = 0;

  measure_width (self->title, &title_min, &title_nat);
  measure_width (self->subtitle, subtitle_min, subtitle_nat);
  measure_width (self->go, &go_min, go);
  if (laid_out (self->go))
    go_part = GO_GAP + *go;
  *minimum = MAX (title_min, *subtitle_min + go_part);
  *natural = MAX (title_nat, *subtitle_nat + go_part);
}

static void
compute_layout (OkrCascadeRow *self, int width, Layout *l)
{
  GtkWidget *parts[4];
  int unused, text_min, text_nat, sub_min, sub_nat, content;

  measure_width (self->expander, &unused, &l->expander);
  l->expander += EXPANDER_GAP;
  content = MAX (0, width - l->expander);
  text_widths (self, &text_min, &text_nat, &sub_min, &sub_nat, &l->go);
  if (self->compact)
    {
      l->meter = layout_meter (self, l, content, NULL);
      l->text = MAX (content, text_min);
    }
  else
    {
      l->meter = layout_meter (self, l, MAX (0, content - TEXT_METER_GAP - text_min), NULL);
      l->text = MAX (content - TEXT_METER_GAP - l->meter, text_min);
    }

  l->subtitle = CLAMP (l->text - (l->go > 0 ? GO_GAP + l->go : 0), sub_min, sub_nat);
  l->title_h = height_for (self->title, l->text);
  l->subtitle_h = height_for (self->subtitle, l->subtitle);
  l->go_h = height_for (self->go, l->go);
  l->line_h = MAX (l->subtitle_h, l->go_h);
  l->text_h = l->title_h + TITLE_GAP + l->line_h;
  meter_parts (self, parts);
  l->meter_h = 0;
  for (guint i = 0; i < 4; i++)
    {
      l->meter_h_each[i] = height_for (parts[i], l->meter_w[i]);
      l->meter_h = MAX (l->meter_h, l->meter_h_each[i]);
    }
}

static int
layout_height (OkrCascadeRow *self, const Layout *l)
{
  int height = self->compact ? l->text_h + COMPACT_METER_GAP + l->meter_h
                             : MAX (l->text_h, l->meter_h);

  return MAX (height, height_for (self->expander, l->expander - EXPANDER_GAP));
}

static void
okr_cascade_row_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                         int *minimum, int *natural, int *minimum_baseline,
                         int *natural_baseline)
{
  OkrCascadeRow *self = OKR_CASCADE_ROW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int expander_min, expander_nat, text_min, text_nat, meter, meter_min, unused[3];
      Layout l;

      measure_width (self->expander, &expander_min, &expander_nat);
      expander_nat += EXPANDER_GAP;
      text_widths (self, &text_min, &text_nat, &unused[0], &unused[1], &unused[2]);
      meter = layout_meter (self, &l, -1, &meter_min);
      *minimum = expander_nat + (self->compact ? MAX (text_min, meter_min)
                                               : text_min + TEXT_METER_GAP + meter_min);
      *natural = expander_nat + (self->compact ? MAX (text_nat, meter)
                                               : text_nat + TEXT_METER_GAP + meter);
    }
  else
    {
      Layout l;

      if (for_size < 0)
        okr_cascade_row_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &(int) { 0 },
                                 &for_size, NULL, NULL);
      compute_layout (self, for_size, &l);
      *minimum = *natural = layout_height (self, &l);
    }
}

static GtkSizeRequestMode
okr_cascade_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Allocates @child at @x in a row @width wide, mirrored in a right-to-left language. */
static void
place (GtkWidget *child, int width, int x, int y, int w, int h)
{
  if (!laid_out (child))
    return;
  if (gtk_widget_get_direction (child) == GTK_TEXT_DIR_RTL)
    x = width - x - w;
  gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, w, h }, -1);
}

static void
okr_cascade_row_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  OkrCascadeRow *self = OKR_CASCADE_ROW (widget);
  GtkWidget *parts[4];
  Layout l;
  int x, y, meter_y;

  compute_layout (self, width, &l);
  place (self->expander, width, 0, 0, l.expander - EXPANDER_GAP, height);

  x = l.expander;
  y = self->compact ? 0 : (height - l.text_h) / 2;
  place (self->title, width, x, y, l.text, l.title_h);
  y += l.title_h + TITLE_GAP;
  place (self->subtitle, width, x, y, l.subtitle, l.line_h);
  place (self->go, width, x + l.subtitle + GO_GAP, y + (l.line_h - l.go_h) / 2, l.go, l.go_h);

  if (self->compact)
    meter_y = l.text_h + COMPACT_METER_GAP;
  else
    {
      x = l.expander + l.text + TEXT_METER_GAP;
      meter_y = (height - l.meter_h) / 2;
    }
  meter_parts (self, parts);
  for (guint i = 0; i < 4; i++)
    {
      if (!laid_out (parts[i]))
        continue;
      /* the percentage fills the meter's height; the rest are centred in it */
      if (parts[i] == self->percent)
        place (parts[i], width, x, meter_y, l.meter_w[i], l.meter_h);
      else
        place (parts[i], width, x, meter_y + (l.meter_h - l.meter_h_each[i]) / 2,
               l.meter_w[i], l.meter_h_each[i]);
      x += l.meter_w[i] + METER_GAP;
    }

  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
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
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *click = gtk_gesture_click_new ();

  /* The indent and the arrow only: the row lays out the rest itself. */
  self->expander = gtk_tree_expander_new ();

  /* Texts shaped once per bind (okr-row-text.c): the title on two lines at most. */
  self->title = okr_row_text_new ();
  okr_row_text_set_lines (OKR_ROW_TEXT (self->title), 2);
  gtk_widget_add_css_class (self->title, "cascade-title");
  self->subtitle = okr_row_text_new ();
  gtk_widget_add_css_class (self->subtitle, "dim-label");
  gtk_widget_add_css_class (self->subtitle, "caption");
  gtk_widget_add_css_class (self->subtitle, "cascade-subtitle");
  self->bar = okr_meter_bar_new ();
  gtk_widget_set_size_request (self->bar, 96, -1);
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

  /* In reading (and focus) order. */
  gtk_widget_set_parent (self->expander, widget);
  gtk_widget_set_parent (self->title, widget);
  gtk_widget_set_parent (self->subtitle, widget);
  gtk_widget_set_parent (self->bar, widget);
  gtk_widget_set_parent (self->percent, widget);
  gtk_widget_set_parent (self->status, widget);
  /* The arrow is a button that says what it opens, as GtkTreeExpander does for its child. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->expander),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title, NULL, -1);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_secondary_click), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));
}

/* The arrow after an aligned objective's subtitle, to its unit; in reading order after the
 * subtitle. */
static GtkWidget *
ensure_go (OkrCascadeRow *self)
{
  if (self->go == NULL)
    {
      self->go = gtk_button_new_from_icon_name ("go-jump-symbolic");
      gtk_widget_add_css_class (self->go, "flat");
      gtk_widget_add_css_class (self->go, "circular");
      gtk_widget_add_css_class (self->go, "go-to-unit");
      g_signal_connect (self->go, "clicked", G_CALLBACK (on_go), self);
      gtk_widget_insert_after (self->go, GTK_WIDGET (self), self->subtitle);
    }
  return self->go;
}

/* Shows or hides the arrow, making it only to show it. */
static void
show_go (OkrCascadeRow *self, gboolean shown)
{
  if (shown || self->go != NULL)
    gtk_widget_set_visible (ensure_go (self), shown);
}

/* The badge before the meter; in reading order after the subtitle (and the arrow). */
static GtkWidget *
ensure_due (OkrCascadeRow *self)
{
  if (self->due == NULL)
    {
      /* Translators: a badge on a key result with no check-in since the check-in day. */
      self->due = gtk_label_new (C_("key result", "Due"));
      gtk_widget_add_css_class (self->due, "due-badge");
      okr_widget_set_row_tooltip (self->due, _("No check-in since the last check-in day"));
      gtk_widget_insert_before (self->due, GTK_WIDGET (self), self->bar);
    }
  return self->due;
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
  compact = !!compact;
  if (compact == self->compact)
    return;
  self->compact = compact;
  /* narrow, and deep in the tree: a shorter bar, and the status shortened only if it must */
  gtk_widget_set_size_request (self->bar, compact ? 64 : 96, -1);
  okr_row_text_set_width_chars (OKR_ROW_TEXT (self->status), compact ? -1 : 10);
  okr_row_text_set_ellipsize (OKR_ROW_TEXT (self->status), compact);
  /* narrow: the subtitle may take a second line rather than lose its end */
  okr_row_text_set_lines (OKR_ROW_TEXT (self->subtitle), compact ? 2 : 1);
  if (compact)
    gtk_widget_add_css_class (GTK_WIDGET (self), "compact");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "compact");
  gtk_widget_queue_resize (GTK_WIDGET (self));
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

  okr_meter_bar_set_value (OKR_METER_BAR (self->bar), progress, status);
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

  /* only what changes: each change of a class styles the row again */
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (!g_str_equal (kinds[i], kind))
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
  show_go (self, aligned && unit != NULL);
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
  show_go (self, FALSE);
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
  if (due || self->due != NULL)
    gtk_widget_set_visible (ensure_due (self), due);
}
