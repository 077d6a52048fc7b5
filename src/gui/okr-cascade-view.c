/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-cascade-view.c — the Objectives page: the cascade, from the selected unit down
 *
 * The selected unit's objectives, each with its key results; under an objective or a key
 * result, the objectives of the units below that align to it, level after level down to
 * the teams. One GtkTreeListModel over the roll-up (which indexes all of it in memory), so
 * rows are made only when seen and recycled: a company with thousands of objectives
 * scrolls without a query per row. Filters narrow the objectives at the top; the search
 * box finds titles across the whole document.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "okr-cascade-row.h"
#include "okr-cascade-view.h"
#include "okr-editing.h"
#include "okr-format.h"
#include "okr-gui-util.h"
#include "okr-search.h"
#include "okr-store-outline.h"
#include "okr-due.h"
#include "okr-window.h"

/* Below this width the rows put their meter under the text. */
#define COMPACT_WIDTH 600

/* The height of a key result's row at the default font, the lowest row: how many rows fill
 * the page is first guessed from it, then from the rows made. */
#define ROW_HEIGHT_GUESS 44

typedef enum {
  KIND_ANY,
  KIND_COMMITTED,
  KIND_ASPIRATIONAL,
} KindFilter;

struct _OkrCascadeView {
  AdwBin              parent_instance;

  OkrWindow          *window;
  OkrRollup          *rollup;          /* what the rows were bound from */
  gint64              unit_id;
  gint64              cycle_id;

  GtkStack           *stack;
  GtkListView        *list;
  AdwStatusPage      *empty;
  GtkWidget          *empty_buttons[3];
  GtkLabel           *summary;

  GListStore         *objectives;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkTreeListModel   *tree;
  GtkSliceListModel  *fold;            /* the tree; until the page is first drawn, the rows
                                          that fill it */
  gboolean            unfolded;        /* the page has been drawn: the fold holds every row */
  GdkFrameClock      *fill_clock;      /* while the fold is filled after each layout */
  gulong              fill_handler;
  guint               unfold_idle;
  GtkSingleSelection *selection;
  GHashTable         *expanded;        /* "o12" / "k34" of rows open before a refresh */

  /* filters */
  GtkMenuButton      *filter_button;
  GtkDropDown        *owner_filter;
  GArray             *owner_ids;
  gboolean            owners_stale;    /* the people changed: refill when the filters show */
  guint               n_fills;
  GtkDropDown        *status_filter;
  GtkDropDown        *kind_filter;
  GtkCheckButton     *unaligned_filter;

  /* search */
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GListStore         *results;
  GtkListView        *result_list;
  OkrSearch          *search;          /* made when first needed after each change */

  GPtrArray          *rows;            /* live OkrCascadeRow, to switch to compact */
  gboolean            compact;
  OkrDate             due_day;         /* key results with no check-in since are due */
};

static void okr_cascade_view_view_init (OkrViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OkrCascadeView, okr_cascade_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (OKR_TYPE_VIEW, okr_cascade_view_view_init))

/* ───────────────────────── the tree ───────────────────────── */

static void
append_all (GListStore *store, GPtrArray *items)
{
  g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0, items->pdata,
                       items->len);
}

/* An objective's children are its KRs, then the objectives aligned to it as a whole; a
 * KR's are the objectives aligned to it. */
static GListModel *
children (gpointer item, gpointer user_data)
{
  OkrCascadeView *self = user_data;
  GListStore *store;

  if (self->rollup == NULL)
    return NULL;
  store = g_list_store_new (G_TYPE_OBJECT);
  if (OKR_IS_OBJECTIVE (item))
    {
      gint64 id = okr_objective_get_id (item);
      append_all (store, okr_rollup_get_key_results (self->rollup, id));
      append_all (store, okr_rollup_get_aligned_to_objective (self->rollup, id));
    }
  else if (OKR_IS_KEY_RESULT (item))
    append_all (store, okr_rollup_get_aligned_to_kr (self->rollup, okr_key_result_get_id (item)));
  if (g_list_model_get_n_items (G_LIST_MODEL (store)) == 0)
    {
      g_object_unref (store);
      return NULL;
    }
  return G_LIST_MODEL (store);
}

/* What remember_expanded () saw of a row */
enum { OPEN = 1, SHUT = 2 };

static char *
row_key (gpointer item)
{
  if (OKR_IS_OBJECTIVE (item))
    return g_strdup_printf ("o%" G_GINT64_FORMAT, okr_objective_get_id (item));
  if (OKR_IS_KEY_RESULT (item))
    return g_strdup_printf ("k%" G_GINT64_FORMAT, okr_key_result_get_id (item));
  return g_strdup ("");
}

/* Which rows are open, before the model is refilled. */
static void
remember_expanded (OkrCascadeView *self)
{
  GListModel *model = G_LIST_MODEL (self->tree);

  g_hash_table_remove_all (self->expanded);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      g_hash_table_insert (self->expanded, row_key (item),
                           GINT_TO_POINTER (gtk_tree_list_row_get_expanded (row) ? OPEN : SHUT));
    }
}

/* Opens again what was open; a unit shown afresh opens its objectives to their KRs, and so
 * does an objective that was not there before (just added, or back from an undo). */
static void
restore_expanded (OkrCascadeView *self, gboolean fresh)
{
  GListModel *model = G_LIST_MODEL (self->tree);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);
      g_autofree char *key = row_key (item);

      int was = GPOINTER_TO_INT (g_hash_table_lookup (self->expanded, key));

      if (fresh ? gtk_tree_list_row_get_depth (row) == 0
                : was == OPEN || (was == 0 && gtk_tree_list_row_get_depth (row) == 0))
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

/* ───────────────────────── rows ───────────────────────── */

/* A row leaves the live rows when it is finalized: GTK 4.8 does not tear every list item
 * down before it goes (a row left behind was used after it was freed). */
static void
forget_row (gpointer data, GObject *row)
{
  OkrCascadeView *self = data;

  g_ptr_array_remove_fast (self->rows, row);
}

static void
setup_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  OkrCascadeView *self = user_data;
  GtkWidget *row = okr_cascade_row_new ();

  okr_cascade_row_set_compact (OKR_CASCADE_ROW (row), self->compact);
  g_ptr_array_add (self->rows, row);
  g_object_weak_ref (G_OBJECT (row), forget_row, self);
  gtk_list_item_set_child (item, row);
}

static void
bind_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  OkrCascadeView *self = user_data;

  GtkTreeListRow *row = gtk_list_item_get_item (item);
  g_autoptr(GObject) shown = gtk_tree_list_row_get_item (row);

  okr_cascade_row_bind (OKR_CASCADE_ROW (gtk_list_item_get_child (item)), row, self->rollup,
                        self->unit_id);
  okr_cascade_row_set_due (OKR_CASCADE_ROW (gtk_list_item_get_child (item)),
                           OKR_IS_KEY_RESULT (shown) &&
                           okr_due_key_result (self->rollup, OKR_KEY_RESULT (shown),
                                               self->due_day));
}

/* Enter or a double click: edit the row, or go to the unit of an aligned objective. */
static void
on_row_activated (GtkListView *list, guint position, OkrCascadeView *self)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection),
                                                         position);
  g_autoptr(GObject) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  if (self->window == NULL || item == NULL)
    return;
  if (OKR_IS_OBJECTIVE (item) && okr_objective_get_unit_id (OKR_OBJECTIVE (item)) != self->unit_id)
    okr_window_select_unit (self->window, okr_objective_get_unit_id (OKR_OBJECTIVE (item)));
  else if (OKR_IS_OBJECTIVE (item))
    okr_editing_edit (self->window, OKR_ENTITY_OBJECTIVE,
                      okr_objective_get_id (OKR_OBJECTIVE (item)));
  else if (OKR_IS_KEY_RESULT (item))
    okr_editing_edit (self->window, OKR_ENTITY_KEY_RESULT,
                      okr_key_result_get_id (OKR_KEY_RESULT (item)));
}

/* The row widget that has the keyboard focus, if any. */
static OkrCascadeRow *
focused_row (OkrCascadeView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    {
      if (OKR_IS_CASCADE_ROW (w))
        return OKR_CASCADE_ROW (w);
      /* list rows hold the cascade row as their only child */
      if (gtk_widget_get_first_child (w) != NULL && OKR_IS_CASCADE_ROW (gtk_widget_get_first_child (w)))
        return OKR_CASCADE_ROW (gtk_widget_get_first_child (w));
    }
  return NULL;
}

static gboolean
on_menu_key (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  OkrCascadeRow *row = focused_row (OKR_CASCADE_VIEW (user_data));

  if (row == NULL)
    return FALSE;
  okr_cascade_row_popup_menu (row, -1, -1);
  return TRUE;
}

/* + and − open and close the row that has the focus, wherever in it the focus is (the
 * tree expander's own keys work only with the focus inside the expander). */
static gboolean
on_expand_key (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  OkrCascadeRow *row = focused_row (OKR_CASCADE_VIEW (user_data));
  GtkTreeListRow *list_row = row != NULL ? okr_cascade_row_get_list_row (row) : NULL;

  if (list_row == NULL)
    return FALSE;
  if (gtk_tree_list_row_is_expandable (list_row))
    gtk_tree_list_row_set_expanded (list_row, g_variant_get_boolean (args));
  return TRUE;
}

static void
add_expand_keys (GtkShortcutController *keys, OkrCascadeView *self, guint key, guint keypad,
                 gboolean expand)
{
  gtk_shortcut_controller_add_shortcut (
    keys,
    gtk_shortcut_new_with_arguments (
      gtk_alternative_trigger_new (gtk_keyval_trigger_new (key, 0),
                                   gtk_keyval_trigger_new (keypad, 0)),
      gtk_callback_action_new (on_expand_key, self, NULL), "b", expand));
}

/* The item of the selected row: an objective or a key result. */
static GObject *
selected_item (OkrCascadeView *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);
  return row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
}

static gboolean
on_delete_key (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  OkrCascadeView *self = user_data;
  g_autoptr(GObject) item = selected_item (self);
  g_autofree char *ref = NULL;
  OkrStore *store = self->window != NULL ? okr_window_get_store (self->window) : NULL;

  if (store == NULL || item == NULL)
    return FALSE;
  if (OKR_IS_OBJECTIVE (item) && okr_objective_get_unit_id (OKR_OBJECTIVE (item)) == self->unit_id)
    ref = okr_editing_dup_ref (store, OKR_ENTITY_OBJECTIVE, okr_objective_get_id (OKR_OBJECTIVE (item)));
  else if (OKR_IS_KEY_RESULT (item))
    ref = okr_editing_dup_ref (store, OKR_ENTITY_KEY_RESULT,
                               okr_key_result_get_id (OKR_KEY_RESULT (item)));
  if (ref == NULL)
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.delete", "s", ref);
  return TRUE;
}

static gboolean
on_edit_key (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  OkrCascadeView *self = user_data;
  guint position = gtk_single_selection_get_selected (self->selection);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  on_row_activated (self->list, position, self);
  return TRUE;
}

/**
 * okr_cascade_view_get_selected_objective:
 *
 * Returns: the objective of the selected row (the row's own, or its KR's), or 0
 */
gint64
okr_cascade_view_get_selected_objective (OkrCascadeView *self)
{
  g_autoptr(GObject) item = selected_item (self);

  if (OKR_IS_OBJECTIVE (item) && okr_objective_get_unit_id (OKR_OBJECTIVE (item)) == self->unit_id)
    return okr_objective_get_id (OKR_OBJECTIVE (item));
  if (OKR_IS_KEY_RESULT (item))
    return okr_key_result_get_objective_id (OKR_KEY_RESULT (item));
  return 0;
}

/* ───────────────────────── filters ───────────────────────── */

static gboolean
owns_any (OkrCascadeView *self, OkrObjective *o, gint64 person)
{
  GPtrArray *krs;

  if (okr_objective_get_owner_id (o) == person)
    return TRUE;
  krs = okr_rollup_get_key_results (self->rollup, okr_objective_get_id (o));
  for (guint i = 0; i < krs->len; i++)
    if (okr_key_result_get_owner_id (krs->pdata[i]) == person)
      return TRUE;
  return FALSE;
}

/* The filters are made when first shown (build_filters): until then, each is off. */
static guint
chosen (GtkDropDown *filter)
{
  return filter != NULL ? gtk_drop_down_get_selected (filter) : 0;
}

static gboolean
only_unaligned (OkrCascadeView *self)
{
  return self->unaligned_filter != NULL && gtk_check_button_get_active (self->unaligned_filter);
}

static gint64
owner_filter_id (OkrCascadeView *self)
{
  guint i = chosen (self->owner_filter);
  return i > 0 && i < self->owner_ids->len ? g_array_index (self->owner_ids, gint64, i) : 0;
}

static gboolean
filters_active (OkrCascadeView *self)
{
  return owner_filter_id (self) != 0 || chosen (self->status_filter) > 0 ||
         chosen (self->kind_filter) > 0 || only_unaligned (self);
}

/* An objective passes when its owner or one of its KRs' owners is the person chosen, its
 * status (its weakest KR's) is the one chosen, and so on. */
static gboolean
filter_objective (gpointer item, gpointer user_data)
{
  OkrCascadeView *self = user_data;
  OkrObjective *o = item;
  gint64 owner = owner_filter_id (self);
  guint status = chosen (self->status_filter);
  guint kind = chosen (self->kind_filter);

  if (owner != 0 && !owns_any (self, o, owner))
    return FALSE;
  if (status > 0 && okr_objective_get_status (o) != (OkrStatus) (status - 1))
    return FALSE;
  if (kind == KIND_COMMITTED && okr_objective_get_aspirational (o))
    return FALSE;
  if (kind == KIND_ASPIRATIONAL && !okr_objective_get_aspirational (o))
    return FALSE;
  if (only_unaligned (self) &&
      (okr_objective_get_align_objective_id (o) != 0 || okr_objective_get_align_kr_id (o) != 0))
    return FALSE;
  return TRUE;
}

static void show_page (OkrCascadeView *self);

static void
on_filter_changed (OkrCascadeView *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (filters_active (self))
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
  restore_expanded (self, TRUE);
  show_page (self);
}

static void
clear_filters (OkrCascadeView *self)
{
  if (self->owner_filter == NULL)
    return;
  gtk_drop_down_set_selected (self->owner_filter, 0);
  gtk_drop_down_set_selected (self->status_filter, 0);
  gtk_drop_down_set_selected (self->kind_filter, 0);
  gtk_check_button_set_active (self->unaligned_filter, FALSE);
}

/* The people of the document, for the owner filter; keeps the one chosen. */
static void
fill_owner_filter (OkrCascadeView *self)
{
  gint64 chosen = owner_filter_id (self);
  GPtrArray *people = self->rollup != NULL ? okr_rollup_get_people (self->rollup) : NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 none = 0;
  guint selected = 0;

  self->owners_stale = FALSE;
  g_array_set_size (self->owner_ids, 0);
  gtk_string_list_append (names, _("Anyone"));
  g_array_append_val (self->owner_ids, none);
  for (guint i = 0; people != NULL && i < people->len; i++)
    {
      gint64 id = okr_person_get_id (people->pdata[i]);
      if (id == chosen)
        selected = self->owner_ids->len;
      gtk_string_list_append (names, okr_person_get_name (people->pdata[i]));
      g_array_append_val (self->owner_ids, id);
    }
  g_signal_handlers_block_by_func (self->owner_filter, on_filter_changed, self);
  gtk_drop_down_set_model (self->owner_filter, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->owner_filter, selected);
  g_signal_handlers_unblock_by_func (self->owner_filter, on_filter_changed, self);
}

/* ───────────────────────── search ───────────────────────── */

static void
run_search (OkrCascadeView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  OkrStore *store = self->window != NULL ? okr_window_get_store (self->window) : NULL;
  g_autoptr(GPtrArray) hits = NULL;

  g_list_store_remove_all (self->results);
  if (store != NULL && *text != '\0')
    {
      if (self->search == NULL)
        self->search = okr_search_new (store, NULL);
      if (self->search != NULL)
        {
          hits = okr_search_query (self->search, text, self->cycle_id, 200);
          g_list_store_splice (self->results, 0, 0, hits->pdata, hits->len);
        }
    }
  show_page (self);
}

/**
 * okr_cascade_view_activate_result:
 *
 * Shows where a search hit is: its cycle and its unit; the search closes.
 */
void
okr_cascade_view_activate_result (OkrCascadeView *self, guint position)
{
  g_autoptr(OkrSearchHit) hit = g_list_model_get_item (G_LIST_MODEL (self->results), position);
  OkrWindow *window = self->window;
  gint64 unit_id, cycle_id;

  if (hit == NULL || window == NULL)
    return;
  unit_id = okr_search_hit_get_unit_id (hit);
  cycle_id = okr_search_hit_get_cycle_id (hit);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  if (cycle_id != 0 && cycle_id != okr_window_get_cycle_id (window))
    {
      g_autofree char *ref = okr_editing_dup_ref (okr_window_get_store (window), OKR_ENTITY_CYCLE,
                                                  cycle_id);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.select-cycle", "s",
                                  strchr (ref, ':') + 1);
    }
  okr_window_select_unit (window, unit_id);
  gtk_widget_grab_focus (GTK_WIDGET (self->list));
}

static void
on_result_activated (GtkListView *list, guint position, OkrCascadeView *self)
{
  okr_cascade_view_activate_result (self, position);
}

static void
on_search_activate (GtkSearchEntry *entry, OkrCascadeView *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->results)) > 0)
    okr_cascade_view_activate_result (self, 0);
}

static void
setup_result (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), subtitle);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_add_css_class (box, "search-result");
  gtk_list_item_set_child (item, box);
}

static void
bind_result (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  OkrSearchHit *hit = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *text = gtk_widget_get_next_sibling (icon);
  GtkWidget *title = gtk_widget_get_first_child (text);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  OkrEntity entity = okr_search_hit_get_entity (hit);
  g_autofree char *where = NULL;

  gtk_image_set_from_icon_name (GTK_IMAGE (icon),
                                entity == OKR_ENTITY_UNIT ? "system-users-symbolic"
                                : entity == OKR_ENTITY_OBJECTIVE ? "emblem-default-symbolic"
                                : "view-list-bullet-symbolic");
  gtk_label_set_label (GTK_LABEL (title), okr_search_hit_get_title (hit));
  if (entity == OKR_ENTITY_UNIT)
    where = g_strdup (_("Department or team"));
  else
    /* Translators: where a search hit is: "Key result · Sales · Q1 2027". */
    where = g_strdup_printf (_("%s · %s · %s"),
                             entity == OKR_ENTITY_OBJECTIVE ? _("Objective") : _("Key result"),
                             okr_search_hit_get_unit_name (hit),
                             okr_search_hit_get_cycle_name (hit));
  gtk_label_set_label (GTK_LABEL (subtitle), where);
}

void
okr_cascade_view_start_search (OkrCascadeView *self)
{
  g_return_if_fail (OKR_IS_CASCADE_VIEW (self));
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
okr_cascade_view_set_search_text (OkrCascadeView *self, const char *text)
{
  g_return_if_fail (OKR_IS_CASCADE_VIEW (self));
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  run_search (self);
}

/* What the search found, as shown (OkrSearchHit). */
GListModel *
okr_cascade_view_get_search_results (OkrCascadeView *self)
{
  g_return_val_if_fail (OKR_IS_CASCADE_VIEW (self), NULL);
  return G_LIST_MODEL (self->results);
}

/* ───────────────────────── pages ───────────────────────── */

static GtkWidget *build_empty (OkrCascadeView *self);
static GtkWidget *build_results (OkrCascadeView *self);

/* The stack's empty state and search results are made the first time they are shown: a
 * document opens on its list, and neither costs its start-up. */
static void
show_stack_page (OkrCascadeView *self, const char *name)
{
  if (gtk_stack_get_child_by_name (self->stack, name) == NULL)
    gtk_stack_add_named (self->stack,
                         g_str_equal (name, "empty") ? build_empty (self) : build_results (self),
                         name);
  gtk_stack_set_visible_child_name (self->stack, name);
}

static void
set_empty (OkrCascadeView *self, const char *icon, const char *title, const char *description,
           const char *const labels[3], const char *const actions[3])
{
  show_stack_page (self, "empty");
  adw_status_page_set_icon_name (self->empty, icon);
  adw_status_page_set_title (self->empty, title);
  adw_status_page_set_description (self->empty, description);
  for (guint i = 0; i < 3; i++)
    {
      gtk_widget_set_visible (self->empty_buttons[i], labels[i] != NULL);
      if (labels[i] == NULL)
        continue;
      gtk_button_set_label (GTK_BUTTON (self->empty_buttons[i]), labels[i]);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->empty_buttons[i]), actions[i]);
    }
}

/* The empty state offers the next step: the first objective, a template, last cycle's. */
static void
show_no_objectives (OkrCascadeView *self)
{
  OkrUnit *unit = okr_rollup_find_unit (self->rollup, self->unit_id);
  const char *cycle = okr_cycle_get_name (okr_rollup_get_cycle (self->rollup));
  gboolean company = okr_unit_get_kind (unit) == OKR_UNIT_COMPANY;
  gboolean previous = okr_store_find_previous_cycle (okr_window_get_store (self->window),
                                                     self->cycle_id) != 0;
  g_autofree char *title = g_strdup_printf (_("No Objectives for %s"), okr_unit_get_name (unit));
  g_autofree char *description =
    company ? g_strdup_printf (_("Start with what the company wants to achieve in %s. "
                                 "Departments and teams then align their objectives to it."),
                               cycle)
            : g_strdup_printf (_("What does %s want to achieve in %s? Align it to the objectives "
                                 "above, so that its progress counts there."),
                               okr_unit_get_name (unit), cycle);
  const char *labels[3] = {
    company ? _("Add Your Company’s First Objective") : _("Add an Objective"),
    _("Start From a Template"),
    previous ? _("Copy From Last Cycle") : NULL,
  };
  const char *actions[3] = { "win.new-objective", "win.insert-template", "win.copy-last-cycle" };

  set_empty (self, "view-list-bullet-symbolic", company ? _("No Objectives Yet") : title,
             description, labels, actions);
}

static void
show_page (OkrCascadeView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (gtk_search_bar_get_search_mode (self->search_bar) && *text != '\0')
    {
      if (g_list_model_get_n_items (G_LIST_MODEL (self->results)) > 0)
        show_stack_page (self, "results");
      else
        {
          const char *none[3] = { NULL, NULL, NULL };
          set_empty (self, "edit-find-symbolic", _("Nothing Found"),
                     _("No objective, key result or unit has these words in its title."), none,
                     none);
        }
      return;
    }
  if (self->rollup == NULL || okr_rollup_find_unit (self->rollup, self->unit_id) == NULL)
    {
      const char *labels[3] = { _("Add a Cycle"), NULL, NULL };
      const char *actions[3] = { "win.new-cycle", NULL, NULL };
      set_empty (self, "x-office-calendar-symbolic", _("No Cycles Yet"),
                 _("OKRs are set for a cycle, such as a quarter. This document has none yet."),
                 labels, actions);
      return;
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (self->objectives)) == 0)
    {
      show_no_objectives (self);
      return;
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0)
    {
      const char *labels[3] = { _("Clear Filters"), NULL, NULL };
      const char *actions[3] = { "cascade.clear-filters", NULL, NULL };
      set_empty (self, "edit-find-symbolic", _("No Matching Objectives"),
                 _("No objective of this unit passes the filters."), labels, actions);
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
update_summary (OkrCascadeView *self)
{
  OkrUnit *unit = self->rollup != NULL ? okr_rollup_find_unit (self->rollup, self->unit_id) : NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->objectives));
  g_autofree char *percent = NULL;
  g_autofree char *text = NULL;

  if (unit == NULL || n == 0)
    {
      gtk_label_set_label (self->summary, "");
      return;
    }
  percent = okr_format_percent (okr_unit_get_progress (unit));
  /* Translators: above the objectives: how many, their progress, and their status. */
  text = g_strdup_printf (ngettext ("%u objective · %s · %s", "%u objectives · %s · %s", n), n,
                          percent, okr_status_to_label (okr_unit_get_status (unit)));
  gtk_label_set_label (self->summary, text);
}

static void
okr_cascade_view_update (OkrView *view, OkrWindow *window)
{
  OkrCascadeView *self = OKR_CASCADE_VIEW (view);
  OkrRollup *rollup = okr_window_get_rollup (window);
  gint64 unit_id = okr_window_get_unit_id (window);
  gint64 cycle_id = okr_window_get_cycle_id (window);
  gboolean fresh = unit_id != self->unit_id || cycle_id != self->cycle_id;

  self->window = window;
  if (!fresh)
    remember_expanded (self);
  g_clear_object (&self->search);
  /* until the page is first drawn, rows are made only as they fill it (the first frame) */
  if (!self->unfolded)
    gtk_slice_list_model_set_size (self->fold, 0);
  g_list_store_remove_all (self->objectives);
  g_set_object (&self->rollup, rollup);
  self->unit_id = unit_id;
  self->cycle_id = cycle_id;
  self->n_fills++;
  /* A company's people can number thousands: their list is made when the filters are
   * shown (or first made), unless one of them is the filter now. */
  if (owner_filter_id (self) != 0)
    fill_owner_filter (self);
  else
    self->owners_stale = TRUE;
  self->due_day = okr_window_get_due_day (window);

  if (rollup != NULL && okr_rollup_find_unit (rollup, unit_id) != NULL)
    {
      GPtrArray *objectives = okr_rollup_get_objectives (rollup, unit_id);
      g_list_store_splice (self->objectives, 0, 0, objectives->pdata, objectives->len);
    }
  restore_expanded (self, fresh);
  update_summary (self);
  if (gtk_search_bar_get_search_mode (self->search_bar))
    run_search (self);
  show_page (self);
}

static void
okr_cascade_view_view_init (OkrViewInterface *iface)
{
  iface->update = okr_cascade_view_update;
}

/* ───────────────────────── the first frame ───────────────────────── */

/* GTK 4.8's list view makes a row for every item up to 200, seen or not, and styles and
 * measures each. Until the page is first drawn, the list holds only the rows that fill it
 * (the fold): after each layout of the frame that shows the page first, rows are added
 * until they reach the bottom of the list, and the frame lays them out again before it is
 * drawn. Once drawn, the rest follow. */

/* The bottom of the lowest row, in the list's coordinates. */
static double
rows_bottom (OkrCascadeView *self)
{
  GtkWidget *list = GTK_WIDGET (self->list);
  double bottom = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      graphene_rect_t bounds;

      if (gtk_widget_get_child_visible (row) && gtk_widget_compute_bounds (row, list, &bounds))
        bottom = MAX (bottom, bounds.origin.y + bounds.size.height);
    }
  return bottom;
}

static void
stop_filling (OkrCascadeView *self)
{
  g_clear_signal_handler (&self->fill_handler, self->fill_clock);
  self->fill_clock = NULL;
}

static gboolean
unfold (gpointer data)
{
  OkrCascadeView *self = data;

  self->unfold_idle = 0;
  self->unfolded = TRUE;
  stop_filling (self);
  gtk_slice_list_model_set_size (self->fold, G_MAXUINT);
  return G_SOURCE_REMOVE;
}

/* After the window's layout: if the rows stop short of the bottom of the list, adds as many
 * as fill the rest; adding them asks the frame clock for another layout before painting. */
static void
fill_fold (GdkFrameClock *clock, OkrCascadeView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->fold));
  int height = gtk_widget_get_height (GTK_WIDGET (self->list));
  double bottom, missing, row_height;

  if (height <= 0 || shown >= g_list_model_get_n_items (G_LIST_MODEL (self->tree)))
    return;
  bottom = shown > 0 ? rows_bottom (self) : 0;
  missing = height - bottom;
  row_height = shown > 0 && bottom > 0 ? bottom / shown : ROW_HEIGHT_GUESS;
  if (missing > 0)
    gtk_slice_list_model_set_size (self->fold, shown + (guint) ceil (missing / row_height) + 1);
}

static void
okr_cascade_view_map (GtkWidget *widget)
{
  OkrCascadeView *self = OKR_CASCADE_VIEW (widget);

  GTK_WIDGET_CLASS (okr_cascade_view_parent_class)->map (widget);
  if (!self->unfolded && self->fill_handler == 0)
    {
      self->fill_clock = gtk_widget_get_frame_clock (widget);
      self->fill_handler = g_signal_connect_after (self->fill_clock, "layout",
                                                   G_CALLBACK (fill_fold), self);
      /* The page is mapped while the window is laid out: a handler connected now is not
       * called until the clock lays out again, which this asks for, in the same frame. */
      gdk_frame_clock_request_phase (self->fill_clock, GDK_FRAME_CLOCK_PHASE_LAYOUT);
    }
}

static void
okr_cascade_view_unmap (GtkWidget *widget)
{
  stop_filling (OKR_CASCADE_VIEW (widget));
  GTK_WIDGET_CLASS (okr_cascade_view_parent_class)->unmap (widget);
}

/* Once the page has been drawn, the rows below it are made. */
static void
okr_cascade_view_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  OkrCascadeView *self = OKR_CASCADE_VIEW (widget);

  if (!self->unfolded && self->unfold_idle == 0)
    self->unfold_idle = g_idle_add (unfold, self);
  GTK_WIDGET_CLASS (okr_cascade_view_parent_class)->snapshot (widget, snapshot);
}

/* ───────────────────────── the widget ───────────────────────── */

/* The rows change their layout when the page gets narrow, before they are allocated: a
 * row that does not fit side by side puts its meter under its text. Rows start compact, so
 * that a narrow window can be narrow from its first frame. The page lays out its child
 * itself (AdwBin's layout manager would take the allocation past this function). */
static void
okr_cascade_view_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  OkrCascadeView *self = OKR_CASCADE_VIEW (widget);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));
  gboolean compact = width < COMPACT_WIDTH;

  if (compact != self->compact)
    {
      self->compact = compact;
      for (guint i = 0; i < self->rows->len; i++)
        okr_cascade_row_set_compact (self->rows->pdata[i], compact);
    }
  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
okr_cascade_view_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                          int *minimum, int *natural, int *minimum_baseline,
                          int *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline,
                        natural_baseline);
}

static GtkSizeRequestMode
okr_cascade_view_get_request_mode (GtkWidget *widget)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  return child != NULL ? gtk_widget_get_request_mode (child) : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
action_clear_filters (GtkWidget *widget, const char *name, GVariant *param)
{
  clear_filters (OKR_CASCADE_VIEW (widget));
}

static void
okr_cascade_view_dispose (GObject *object)
{
  OkrCascadeView *self = OKR_CASCADE_VIEW (object);

  g_clear_handle_id (&self->unfold_idle, g_source_remove);
  stop_filling (self);
  g_clear_object (&self->selection);
  g_clear_object (&self->fold);
  g_clear_object (&self->tree);
  g_clear_object (&self->filtered);
  g_clear_object (&self->objectives);
  g_clear_object (&self->results);
  g_clear_object (&self->rollup);
  g_clear_object (&self->search);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_pointer (&self->owner_ids, g_array_unref);
  G_OBJECT_CLASS (okr_cascade_view_parent_class)->dispose (object);
}

static void
okr_cascade_view_finalize (GObject *object)
{
  OkrCascadeView *self = OKR_CASCADE_VIEW (object);

  /* rows still alive (held elsewhere) must not tell a view that is gone */
  for (guint i = 0; i < self->rows->len; i++)
    g_object_weak_unref (self->rows->pdata[i], forget_row, self);
  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (okr_cascade_view_parent_class)->finalize (object);
}

static void
okr_cascade_view_class_init (OkrCascadeViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = okr_cascade_view_dispose;
  G_OBJECT_CLASS (klass)->finalize = okr_cascade_view_finalize;
  widget_class->size_allocate = okr_cascade_view_size_allocate;
  widget_class->map = okr_cascade_view_map;
  widget_class->unmap = okr_cascade_view_unmap;
  widget_class->snapshot = okr_cascade_view_snapshot;
  widget_class->measure = okr_cascade_view_measure;
  widget_class->get_request_mode = okr_cascade_view_get_request_mode;
  gtk_widget_class_install_action (widget_class, "cascade.clear-filters", NULL,
                                   action_clear_filters);
}

static void
on_filters_shown (OkrCascadeView *self)
{
  if (self->owners_stale)
    fill_owner_filter (self);
}

static GtkDropDown *
filter_dropdown (OkrCascadeView *self, GtkWidget *box, const char *label,
                 const char *const *choices)
{
  GtkWidget *title = gtk_label_new (label);
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (choices);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), dropdown);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_signal_connect_swapped (dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  return GTK_DROP_DOWN (dropdown);
}

/* The filters, in a popover under a button of the page's bar, made when first opened: its
 * three drop-downs are some 140 widgets, which would otherwise be styled at start-up. */
static void
build_filters (GtkMenuButton *button, gpointer data)
{
  OkrCascadeView *self = data;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *popover;
  GtkWidget *clear;
  const char *statuses[OKR_STATUS_N + 2] = { _("Any status") };
  const char *kinds[] = { _("Committed and aspirational"), _("Committed"), _("Aspirational"),
                          NULL };
  const char *anyone[] = { _("Anyone"), NULL };

  if (gtk_menu_button_get_popover (button) != NULL)
    return;
  popover = gtk_popover_new ();
  clear = gtk_button_new_with_mnemonic (_("_Clear Filters"));
  for (guint i = 0; i < OKR_STATUS_N; i++)
    statuses[i + 1] = okr_status_to_label (i);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  self->owner_filter = filter_dropdown (self, box, _("Owner"), anyone);
  self->status_filter = filter_dropdown (self, box, _("Status"), statuses);
  self->kind_filter = filter_dropdown (self, box, _("Ambition"), kinds);
  self->unaligned_filter = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (
                                               _("Only objectives _not aligned")));
  g_signal_connect_swapped (self->unaligned_filter, "toggled", G_CALLBACK (on_filter_changed),
                            self);
  /* named, for the tests and the screenshots */
  gtk_widget_set_name (GTK_WIDGET (self->owner_filter), "owner-filter");
  gtk_widget_set_name (GTK_WIDGET (self->status_filter), "status-filter");
  gtk_widget_set_name (GTK_WIDGET (self->kind_filter), "kind-filter");
  gtk_widget_set_name (GTK_WIDGET (self->unaligned_filter), "unaligned-filter");
  gtk_widget_set_margin_top (GTK_WIDGET (self->unaligned_filter), 6);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->unaligned_filter));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (clear), "cascade.clear-filters");
  gtk_widget_set_margin_top (clear, 6);
  gtk_box_append (GTK_BOX (box), clear);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (on_filters_shown), self);
  gtk_menu_button_set_popover (button, popover);
}

static GtkWidget *
build_filter_button (OkrCascadeView *self)
{
  self->filter_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_widget_set_name (GTK_WIDGET (self->filter_button), "filter-button");
  gtk_menu_button_set_icon_name (self->filter_button, "cascade-filter-symbolic");
  gtk_menu_button_set_create_popup_func (self->filter_button, build_filters, self, NULL);
  okr_widget_set_tooltip (GTK_WIDGET (self->filter_button), _("Filter Objectives"));
  gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "flat");
  return GTK_WIDGET (self->filter_button);
}

/* The bar above the list: the unit's summary, search and filters. */
static GtkWidget *
build_bar (OkrCascadeView *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *find = gtk_toggle_button_new ();

  self->summary = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->summary, 0);
  gtk_label_set_ellipsize (self->summary, PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (GTK_WIDGET (self->summary), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary), "dim-label");
  gtk_button_set_icon_name (GTK_BUTTON (find), "edit-find-symbolic");
  okr_widget_set_tooltip (find, _("Search (Ctrl+F)"));
  gtk_widget_add_css_class (find, "flat");
  g_object_bind_property (find, "active", self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->summary));
  gtk_box_append (GTK_BOX (bar), find);
  gtk_box_append (GTK_BOX (bar), build_filter_button (self));
  gtk_widget_add_css_class (bar, "cascade-bar");
  return bar;
}

static GtkWidget *
build_search (OkrCascadeView *self)
{
  GtkWidget *clamp = adw_clamp_new ();

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_widget_set_name (GTK_WIDGET (self->search_entry), "search");
  g_object_set (self->search_entry, "placeholder-text",
                _("Search objectives, key results and units"), NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (self->search_entry), TRUE);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (run_search), self);
  g_signal_connect (self->search_entry, "activate", G_CALLBACK (on_search_activate), self);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 560);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->search_entry));
  self->search_bar = GTK_SEARCH_BAR (gtk_search_bar_new ());
  gtk_search_bar_set_child (self->search_bar, clamp);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_show_close_button (self->search_bar, TRUE);
  g_signal_connect_swapped (self->search_bar, "notify::search-mode-enabled",
                            G_CALLBACK (show_page), self);
  return GTK_WIDGET (self->search_bar);
}

static GtkWidget *
build_results (OkrCascadeView *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_result), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_result), self);
  self->result_list = GTK_LIST_VIEW (gtk_list_view_new (
    GTK_SELECTION_MODEL (gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->results)))),
    factory));
  gtk_list_view_set_single_click_activate (self->result_list, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->result_list), "search-results");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->result_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search results"), -1);
  g_signal_connect (self->result_list, "activate", G_CALLBACK (on_result_activated), self);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->result_list));
  return scroller;
}

static GtkWidget *
build_list (OkrCascadeView *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_shortcut_controller_new ();

  self->objectives = g_list_store_new (OKR_TYPE_OBJECTIVE);
  self->filter = gtk_custom_filter_new (filter_objective, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->objectives)),
                                              GTK_FILTER (self->filter));
  self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), FALSE,
                                        FALSE, children, self, NULL);
  self->fold = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->tree)), 0, G_MAXUINT);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->fold)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (g_object_ref (GTK_SELECTION_MODEL (self->selection)),
                                                 factory));
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "cascade-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Objectives and key results"), -1);
  g_signal_connect (self->list, "activate", G_CALLBACK (on_row_activated), self);

  /* The keyboard: Menu or Shift+F10 for the row's menu, F2 to edit, Delete, + and −. */
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Menu, 0),
                                                   gtk_keyval_trigger_new (GDK_KEY_F10,
                                                                           GDK_SHIFT_MASK)),
                      gtk_callback_action_new (on_menu_key, self, NULL)));
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F2, 0),
                      gtk_callback_action_new (on_edit_key, self, NULL)));
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                      gtk_callback_action_new (on_delete_key, self, NULL)));
  add_expand_keys (GTK_SHORTCUT_CONTROLLER (keys), self, GDK_KEY_plus, GDK_KEY_KP_Add, TRUE);
  add_expand_keys (GTK_SHORTCUT_CONTROLLER (keys), self, GDK_KEY_minus, GDK_KEY_KP_Subtract,
                   FALSE);
  gtk_widget_add_controller (GTK_WIDGET (self->list), keys);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));
  return scroller;
}

static GtkWidget *
build_empty (OkrCascadeView *self)
{
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->empty = ADW_STATUS_PAGE (adw_status_page_new ());
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  for (guint i = 0; i < 3; i++)
    {
      self->empty_buttons[i] = gtk_button_new ();
      gtk_button_set_use_underline (GTK_BUTTON (self->empty_buttons[i]), TRUE);
      gtk_widget_add_css_class (self->empty_buttons[i], "pill");
      gtk_box_append (GTK_BOX (buttons), self->empty_buttons[i]);
    }
  gtk_widget_add_css_class (self->empty_buttons[0], "suggested-action");
  adw_status_page_set_child (self->empty, buttons);
  return GTK_WIDGET (self->empty);
}

static void
okr_cascade_view_init (OkrCascadeView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->owner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->rows = g_ptr_array_new ();
  self->compact = TRUE;
  self->unit_id = -1;

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, build_list (self), "list");
  self->results = g_list_store_new (OKR_TYPE_SEARCH_HIT);

  gtk_box_append (GTK_BOX (box), build_search (self));
  gtk_box_prepend (GTK_BOX (box), build_bar (self));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
okr_cascade_view_new (void)
{
  return g_object_new (OKR_TYPE_CASCADE_VIEW, NULL);
}

/* How many times the view was filled for a document, cycle or unit (for the tests: opening
 * a document fills it once). */
guint
okr_cascade_view_get_n_fills (OkrCascadeView *self)
{
  g_return_val_if_fail (OKR_IS_CASCADE_VIEW (self), 0);
  return self->n_fills;
}

/* How many rows the view keeps track of, to switch them to compact (for the tests). */
guint
okr_cascade_view_get_n_live_rows (OkrCascadeView *self)
{
  g_return_val_if_fail (OKR_IS_CASCADE_VIEW (self), 0);
  return self->rows->len;
}

/* The rows as shown: objectives, their key results, and what aligns to them when open. */
GListModel *
okr_cascade_view_get_model (OkrCascadeView *self)
{
  g_return_val_if_fail (OKR_IS_CASCADE_VIEW (self), NULL);
  return G_LIST_MODEL (self->tree);
}
