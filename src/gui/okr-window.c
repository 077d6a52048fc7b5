/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "okr-alignment-view.h"
#include "okr-cascade-view.h"
#include "okr-checkin-wizard.h"
#include "okr-checkins-view.h"
#include "okr-due.h"
#include "okr-dashboard-view.h"
#include "okr-editing.h"
#include "okr-format.h"
#include "okr-gui-util.h"
#include "okr-kpi-view.h"
#include "okr-quality-view.h"
#include "okr-review-view.h"
#include "okr-settings.h"
#include "okr-store-read.h"
#include "okr-sync-indicator.h"
#include "okr-unit-row.h"
#include "okr-window.h"

#define OKR_MIME_TYPE "application/x-cascade-okr"

struct _OkrWindow {
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay    *toast_overlay;
  GtkStack           *main_stack;
  AdwLeaflet         *leaflet;
  AdwWindowTitle     *sidebar_title;
  AdwWindowTitle     *content_title;
  GtkDropDown        *cycle_dropdown;
  AdwViewSwitcherBar *switcher_bar;
  GtkWidget          *back_button;
  GtkWidget          *checkin_button;
  GtkWidget          *checkin_icon_button;
  GtkListView        *unit_list;
  AdwViewStack       *views;
  GtkRevealer        *read_only_banner;
  AdwHeaderBar       *sidebar_header;
  GtkWidget          *sync_indicator;
  GMenu              *recent_submenu;
  GtkWidget          *undo_button;
  AdwBin             *welcome;       /* the start page, made when first shown */
  GMenuModel         *primary_menu;
  GtkMenuButton      *primary_menu_button;
  AdwSplitButton     *new_button;
  GMenuModel         *new_menu;

  /* The document */
  OkrSync            *sync;          /* how it is saved: in place, or through a working copy */
  OkrStore           *store;
  OkrRollup          *rollup;
  OkrRollup          *rollup_ready;  /* made while the document opened, for rebuild () */
  GPtrArray          *cycles;        /* OkrCycle, in the dropdown's order */
  gint64              cycle_id;
  gint64              unit_id;
  OkrDate             due_day;       /* of the last check-in moment: what is due */
  GFileMonitor       *monitor;

  /* Models */
  GListStore         *unit_roots;
  GtkTreeListModel   *unit_tree;
  GtkSingleSelection *unit_selection;
  GtkStringList      *cycle_names;
  GtkWidget          *cascade_view;

  GSettings          *settings;
  GtkRecentManager   *recent;        /* read after the first frame (ensure_recent) */
  char               *recent_pending; /* a document opened before that, to remember */
  guint               recent_idle;
  gboolean            rebuilding;    /* models are being replaced: ignore selection signals */
  gboolean            sidebar_kept;  /* the document's sidebar was opened: keep it as it is */
};

G_DEFINE_FINAL_TYPE (OkrWindow, okr_window, ADW_TYPE_APPLICATION_WINDOW)

static void rebuild (OkrWindow *self);
static void ensure_recent (OkrWindow *self);
static void remember_document (OkrWindow *self, const char *path);

/* ───────────────────────── messages ───────────────────────── */

void
okr_window_show_toast (OkrWindow *self, const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* Why something just asked for was refused: shown at once, ahead of a toast on screen. */
void
okr_window_show_refusal (OkrWindow *self, const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A toast with a button (its action and target set by the caller). */
void
okr_window_add_toast (OkrWindow *self, AdwToast *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
okr_window_show_error (OkrWindow *self, const char *title, const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), title, message);

  /* a window just made, whose document could not be opened, is shown under its message */
  if (!gtk_widget_get_visible (GTK_WIDGET (self)))
    gtk_window_present (GTK_WINDOW (self));

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ───────────────────────── models ───────────────────────── */

static GListModel *
unit_children (gpointer item, gpointer user_data)
{
  OkrWindow *self = user_data;
  GPtrArray *kids = okr_rollup_get_unit_children (self->rollup, okr_unit_get_id (item));
  GListStore *store;

  if (kids->len == 0)
    return NULL;
  store = g_list_store_new (OKR_TYPE_UNIT);
  g_list_store_splice (store, 0, 0, kids->pdata, kids->len);
  return G_LIST_MODEL (store);
}

static void
setup_unit_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  gtk_list_item_set_child (item, okr_unit_row_new ());
}

static void
bind_unit_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  OkrWindow *self = user_data;
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  OkrUnit *unit = gtk_tree_list_row_get_item (row);

  okr_unit_row_bind (OKR_UNIT_ROW (gtk_list_item_get_child (item)), row, unit,
                     okr_rollup_get_expected (self->rollup));
  okr_unit_row_set_due (OKR_UNIT_ROW (gtk_list_item_get_child (item)),
                        okr_due_count_unit (self->rollup, okr_unit_get_id (unit), self->due_day));
  g_object_unref (unit);
}

/* A company of up to this many units opens with its whole tree in the sidebar. */
#define OKR_SIDEBAR_OPEN_ALL 60

static OkrUnit *
selected_unit (OkrWindow *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->unit_selection);
  return row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
}

/* The view of a page of the stack: the page itself, or what its placeholder made (NULL if
 * it has not been shown yet). */
static GtkWidget *
made_view (GtkWidget *page_child)
{
  if (OKR_IS_VIEW (page_child))
    return page_child;
  if (ADW_IS_BIN (page_child))
    return adw_bin_get_child (ADW_BIN (page_child));
  return NULL;
}

/* The same, made now if need be: a page's view is made the first time it is shown or
 * asked for, so that start-up makes one page, not seven. */
static GtkWidget *
page_view (GtkWidget *page_child)
{
  GtkWidget *(*make) (void);
  GtkWidget *view = made_view (page_child);

  if (view != NULL || page_child == NULL)
    return view;
  make = g_object_get_data (G_OBJECT (page_child), "okr-view-new");
  g_return_val_if_fail (make != NULL, NULL);
  view = make ();
  g_object_set_data (G_OBJECT (view), "okr-view-stale", GINT_TO_POINTER (TRUE));
  adw_bin_set_child (ADW_BIN (page_child), view);
  return view;
}

/* Every view follows the document, the cycle and the unit selected in the sidebar. */
static void
show_unit (OkrWindow *self)
{
  OkrUnit *unit = self->rollup != NULL ? okr_rollup_find_unit (self->rollup, self->unit_id) : NULL;
  OkrCycle *cycle = self->rollup != NULL ? okr_rollup_get_cycle (self->rollup) : NULL;
  g_autofree char *subtitle = NULL;

  if (unit != NULL && cycle != NULL)
    {
      g_autofree char *expected = okr_format_percent (okr_rollup_get_expected (self->rollup));
      /* Translators: under the unit's name: the cycle and the progress expected today. */
      subtitle = g_strdup_printf (_("%s · %s expected today"), okr_cycle_get_name (cycle),
                                  expected);
    }
  /* with no cycle yet, there is no unit to show: the header names the document */
  adw_window_title_set_title (self->content_title,
                              unit != NULL ? okr_unit_get_name (unit)
                              : gtk_window_get_title (GTK_WINDOW (self)) != NULL
                              ? gtk_window_get_title (GTK_WINDOW (self)) : "");
  adw_window_title_set_subtitle (self->content_title, subtitle != NULL ? subtitle : "");

  {
    GtkSelectionModel *pages = adw_view_stack_get_pages (self->views);
    GtkWidget *shown = made_view (adw_view_stack_get_visible_child (self->views));
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
      {
        g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
        GtkWidget *view = made_view (adw_view_stack_page_get_child (page));
        /* a page never shown has no view yet: it is made up to date */
        if (view == NULL)
          continue;
        /* Only the page on screen is filled now; the others when they are shown
         * (on_view_shown): opening a document costs one page, not all of them. */
        if (view == shown)
          okr_view_update (OKR_VIEW (view), self);
        else
          g_object_set_data (G_OBJECT (view), "okr-view-stale", GINT_TO_POINTER (TRUE));
      }
    g_object_unref (pages);
  }
}

/* Fills @view if the document, cycle or unit changed while it was hidden. */
static void
bring_up_to_date (OkrWindow *self, GtkWidget *view)
{
  if (view != NULL && g_object_steal_data (G_OBJECT (view), "okr-view-stale") != NULL)
    okr_view_update (OKR_VIEW (view), self);
}

static void
on_view_shown (AdwViewStack *views, GParamSpec *pspec, OkrWindow *self)
{
  bring_up_to_date (self, page_view (adw_view_stack_get_visible_child (views)));
}

static void
on_unit_selected (GtkSingleSelection *selection, GParamSpec *pspec, OkrWindow *self)
{
  g_autoptr(OkrUnit) unit = NULL;

  if (self->rebuilding)
    return;
  unit = selected_unit (self);
  if (unit == NULL)
    return;
  self->unit_id = okr_unit_get_id (unit);
  show_unit (self);
}

static void
on_unit_activated (GtkListView *list, guint position, OkrWindow *self)
{
  /* On a narrow window the sidebar and the content share the space. */
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* Selects the sidebar's row of @unit_id, opening the units above it, without showing the
 * unit: the caller does, once. */
static void
select_unit_row (OkrWindow *self, gint64 unit_id)
{
  GListModel *model = G_LIST_MODEL (self->unit_tree);
  g_autoptr(GHashTable) above = g_hash_table_new (g_int64_hash, g_int64_equal);
  gboolean rebuilding = self->rebuilding;

  for (OkrUnit *u = okr_rollup_find_unit (self->rollup, unit_id); u != NULL;
       u = okr_rollup_find_unit (self->rollup, okr_unit_get_parent_id (u)))
    if (okr_unit_get_id (u) != unit_id)
      g_hash_table_add (above, &u->id);

  self->rebuilding = TRUE;
  /* rows opened here are inserted right below, so the walk goes through them */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(OkrUnit) unit = gtk_tree_list_row_get_item (row);
      gint64 id = okr_unit_get_id (unit);

      if (g_hash_table_contains (above, &id))
        gtk_tree_list_row_set_expanded (row, TRUE);
      if (id == unit_id)
        {
          gtk_single_selection_set_selected (self->unit_selection, i);
          break;
        }
    }
  self->rebuilding = rebuilding;
}

/* The units open in the sidebar, by id. */
static GHashTable *
open_units (OkrWindow *self)
{
  GListModel *model = G_LIST_MODEL (self->unit_tree);
  GHashTable *open = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(OkrUnit) unit = gtk_tree_list_row_get_item (row);

      if (gtk_tree_list_row_get_expanded (row))
        g_hash_table_add (open, g_memdup2 (&unit->id, sizeof unit->id));
    }
  return open;
}

/* Opens the sidebar's units: those in @open, or by default every unit of a small company
 * and only the top level of a large one, whose teams can number hundreds. */
static void
open_sidebar (OkrWindow *self, GHashTable *open)
{
  GListModel *model = G_LIST_MODEL (self->unit_tree);
  gboolean all = okr_rollup_get_units (self->rollup)->len <= OKR_SIDEBAR_OPEN_ALL;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(OkrUnit) unit = gtk_tree_list_row_get_item (row);

      if (open != NULL ? g_hash_table_contains (open, &unit->id)
                       : all || gtk_tree_list_row_get_depth (row) == 0)
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

/* Reads the roll-up again and refills the sidebar and the objectives, keeping the unit
 * and cycle that were shown. */
static void
rebuild (OkrWindow *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *units;
  gint64 keep_unit = self->unit_id;

  g_autoptr(GHashTable) open = self->sidebar_kept ? open_units (self) : NULL;

  g_clear_object (&self->rollup);
  self->rebuilding = TRUE;
  g_list_store_remove_all (self->unit_roots);
  self->due_day = okr_settings_get_due_day (self->settings);

  {
    g_autoptr(OkrRollup) ready = g_steal_pointer (&self->rollup_ready);

    if (ready != NULL && okr_cycle_get_id (okr_rollup_get_cycle (ready)) == self->cycle_id &&
        okr_rollup_get_today (ready) == okr_date_today ())
      self->rollup = g_steal_pointer (&ready);
  }
  if (self->rollup == NULL && self->store != NULL && self->cycle_id != 0)
    {
      self->rollup = okr_rollup_new (self->store, self->cycle_id, okr_date_today (), &error);
      if (self->rollup == NULL)
        okr_window_show_error (self, _("The document could not be read"), error->message);
    }

  if (self->rollup != NULL)
    {
      units = okr_rollup_get_units (self->rollup);
      for (guint i = 0; i < units->len; i++)
        if (okr_unit_get_parent_id (g_ptr_array_index (units, i)) == 0)
          g_list_store_append (self->unit_roots, g_ptr_array_index (units, i));
      if (okr_rollup_find_unit (self->rollup, keep_unit) == NULL && units->len > 0)
        keep_unit = okr_unit_get_id (g_ptr_array_index (units, 0));
      /* the sidebar as the leader left it, after the first time */
      open_sidebar (self, open);
      self->sidebar_kept = TRUE;
    }

  self->unit_id = keep_unit;
  /* still rebuilding: the row's selection must not show the unit a first time */
  if (self->rollup != NULL)
    select_unit_row (self, keep_unit);
  self->rebuilding = FALSE;
  show_unit (self);
}

/* ───────────────────────── cycles ───────────────────────── */

static void
fill_cycles (OkrWindow *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = GTK_INVALID_LIST_POSITION;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->cycle_names));

  g_clear_pointer (&self->cycles, g_ptr_array_unref);
  self->cycles = self->store != NULL ? okr_store_list_cycles (self->store, &error) : NULL;

  self->rebuilding = TRUE;
  gtk_string_list_splice (self->cycle_names, 0, n, NULL);
  for (guint i = 0; self->cycles != NULL && i < self->cycles->len; i++)
    {
      OkrCycle *c = g_ptr_array_index (self->cycles, i);
      gtk_string_list_append (self->cycle_names, okr_cycle_get_name (c));
      if (okr_cycle_get_id (c) == self->cycle_id)
        selected = i;
    }
  if (selected == GTK_INVALID_LIST_POSITION && self->cycles != NULL && self->cycles->len > 0)
    {
      gint64 current = okr_store_find_current_cycle (self->store, okr_date_today ());
      for (guint i = 0; i < self->cycles->len; i++)
        if (okr_cycle_get_id (g_ptr_array_index (self->cycles, i)) == current)
          selected = i;
      self->cycle_id = current;
    }
  if (self->cycles == NULL || self->cycles->len == 0)
    self->cycle_id = 0;
  gtk_drop_down_set_selected (self->cycle_dropdown, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cycle_dropdown),
                            self->cycles != NULL && self->cycles->len > 0);
  self->rebuilding = FALSE;
}

static void
on_cycle_selected (GtkDropDown *dropdown, GParamSpec *pspec, OkrWindow *self)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  if (self->rebuilding || self->cycles == NULL || i >= self->cycles->len)
    return;
  self->cycle_id = okr_cycle_get_id (g_ptr_array_index (self->cycles, i));
  rebuild (self);
}

static void
step_cycle (OkrWindow *self, int delta)
{
  guint i = gtk_drop_down_get_selected (self->cycle_dropdown);

  if (self->cycles == NULL || i == GTK_INVALID_LIST_POSITION)
    return;
  if ((delta < 0 && i == 0) || (delta > 0 && i + 1 >= self->cycles->len))
    return;
  gtk_drop_down_set_selected (self->cycle_dropdown, i + delta);
}

/* ───────────────────────── menus ───────────────────────── */

/* A menu's popover is a widget for each of its items, styled and measured as soon as its
 * model is set: the header's menus are made when first opened, not at start-up. */
static void
make_menu (GtkMenuButton *button, gpointer model)
{
  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_menu_model (button, model);
}

static void
make_new_menu (GtkMenuButton *arrow, gpointer data)
{
  OkrWindow *self = data;

  if (adw_split_button_get_popover (self->new_button) == NULL)
    adw_split_button_set_menu_model (self->new_button, self->new_menu);
}

/* The split button's arrow, a menu button in libadwaita 1.2; NULL should that change. */
static GtkMenuButton *
new_button_arrow (OkrWindow *self)
{
  GtkWidget *arrow = gtk_widget_get_last_child (GTK_WIDGET (self->new_button));

  return GTK_IS_MENU_BUTTON (arrow) ? GTK_MENU_BUTTON (arrow) : NULL;
}

/* The header's tooltips, given here rather than in the .ui: okr_widget_set_tooltip () does not
 * ask the display about buttons not yet on screen. */
static void
set_tooltips (OkrWindow *self)
{
  GtkMenuButton *arrow = new_button_arrow (self);
  const char *checkin = _("Update this week’s key results (Ctrl+I)");

  okr_widget_set_tooltip (GTK_WIDGET (self->primary_menu_button), _("Main Menu"));
  okr_widget_set_tooltip (GTK_WIDGET (self->cycle_dropdown), _("Cycle"));
  okr_widget_set_tooltip (self->back_button, _("Back to Units"));
  okr_widget_set_tooltip (self->checkin_button, checkin);
  okr_widget_set_tooltip (self->checkin_icon_button, checkin);
  okr_widget_set_tooltip (GTK_WIDGET (self->new_button), _("New Objective"));
  if (arrow != NULL)
    okr_widget_set_tooltip (GTK_WIDGET (arrow), _("More Ways to Draft"));
  else
    adw_split_button_set_dropdown_tooltip (self->new_button, _("More Ways to Draft"));
  okr_widget_set_tooltip (GTK_WIDGET (self->undo_button), _("Undo"));
}

static void
make_menus_later (OkrWindow *self)
{
  GtkMenuButton *arrow = new_button_arrow (self);

  gtk_menu_button_set_create_popup_func (self->primary_menu_button, make_menu,
                                         self->primary_menu, NULL);
  /* The split button has no such hook of its own, but its arrow has. Should that change,
   * the menu is made now. */
  if (arrow != NULL)
    gtk_menu_button_set_create_popup_func (arrow, make_new_menu, self, NULL);
  else
    adw_split_button_set_menu_model (self->new_button, self->new_menu);
}

/* ───────────────────────── the document ───────────────────────── */

static void
update_undo_actions (OkrWindow *self)
{
  gboolean has = self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", has && okr_store_can_undo (self->store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", has && okr_store_can_redo (self->store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-cycle", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-cycle", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.checkin",
                                 has && !okr_store_is_read_only (self->store));
}

static void
on_store_changed (OkrStore *store, guint entities, OkrWindow *self)
{
  /* A new cycle, or a renamed one, must show in the dropdown. */
  if (entities & (1u << OKR_ENTITY_CYCLE))
    fill_cycles (self);
  rebuild (self);
}

static void
on_undo_state (OkrStore *store, GParamSpec *pspec, OkrWindow *self)
{
  update_undo_actions (self);
}

static void save_copy_response (AdwMessageDialog *dialog, const char *response, OkrWindow *self);

static void
on_file_changed (GFileMonitor *monitor, GFile *file, GFile *other, GFileMonitorEvent event,
                 OkrWindow *self)
{
  if (self->store == NULL)
    return;

  if (event == G_FILE_MONITOR_EVENT_DELETED || event == G_FILE_MONITOR_EVENT_MOVED_OUT ||
      event == G_FILE_MONITOR_EVENT_RENAMED)
    {
      g_autofree char *name = g_filename_display_basename (okr_store_get_path (self->store));
      g_autofree char *body = g_strdup_printf (_("Another program moved or deleted “%s”. What "
                                                 "you see is still here: save a copy to keep "
                                                 "it."), name);
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The Document Is Gone"), body);

      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "ignore", _("_Ignore"),
                                        "save", _("_Save a Copy…"), NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                                  ADW_RESPONSE_SUGGESTED);
      g_signal_connect (dialog, "response", G_CALLBACK (save_copy_response), self);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  if (event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT || event == G_FILE_MONITOR_EVENT_CHANGED)
    if (okr_store_poll_external_change (self->store))
      {
        fill_cycles (self);
        rebuild (self);
        okr_window_show_toast (self, _("Another program changed the document; showing the "
                                       "latest."));
      }
}

static void
close_document (OkrWindow *self)
{
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->store, self);
      g_clear_object (&self->store);
    }
  if (self->sync != NULL)
    {
      okr_sync_indicator_set_sync (OKR_SYNC_INDICATOR (self->sync_indicator), NULL);
      okr_sync_close (self->sync, NULL);
      g_clear_object (&self->sync);
    }
  g_clear_object (&self->rollup);
  g_clear_object (&self->rollup_ready);
  self->cycle_id = 0;
  self->unit_id = 0;
}

OkrWindow *
okr_window_find_document (OkrApplication *app, const char *path)
{
  g_autoptr(GFile) wanted = g_file_new_for_path (path);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      OkrWindow *window = l->data;
      g_autoptr(GFile) open = NULL;

      if (!OKR_IS_WINDOW (window) || window->sync == NULL)
        continue;
      open = g_file_new_for_path (okr_sync_get_path (window->sync));
      if (g_file_equal (open, wanted))
        return window;
    }
  return NULL;
}

/* The start page is made when first shown: a window opened on a document never needs it,
 * and building, styling and measuring it cost start-up about 7 ms. */
static void
make_start_page (OkrWindow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;

  if (adw_bin_get_child (self->welcome) != NULL)
    return;
  builder = gtk_builder_new ();
  if (!gtk_builder_add_from_resource (builder, "/io/github/cascadeokr/Cascade/okr-welcome.ui",
                                      &error))
    g_error ("The start page is broken: %s", error->message);
  gtk_menu_button_set_create_popup_func (
    GTK_MENU_BUTTON (gtk_builder_get_object (builder, "welcome_menu_button")), make_menu,
    self->primary_menu, NULL);
  adw_bin_set_child (self->welcome,
                     GTK_WIDGET (gtk_builder_get_object (builder, "welcome_content")));
}

static void
okr_window_show (GtkWidget *widget)
{
  OkrWindow *self = OKR_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "welcome") == 0)
    make_start_page (self);
  GTK_WIDGET_CLASS (okr_window_parent_class)->show (widget);
}

/* Back to the start page, with nothing of the document left in the window: its lists,
 * titles and banner emptied, and the editors and dialogs open on it closed. */
static void
show_welcome (OkrWindow *self)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_window_get_transient_for (l->data) == GTK_WINDOW (self))
      gtk_window_destroy (l->data);
  close_document (self);
  self->sidebar_kept = FALSE;
  fill_cycles (self);
  rebuild (self);
  update_undo_actions (self);
  adw_window_title_set_title (self->sidebar_title, _("Cascade"));
  adw_window_title_set_subtitle (self->sidebar_title, "");
  gtk_revealer_set_reveal_child (self->read_only_banner, FALSE);
  gtk_window_set_title (GTK_WINDOW (self), _("Cascade"));
  make_start_page (self);
  gtk_stack_set_visible_child_name (self->main_stack, "welcome");
}

/* A file Cascade had not verified opens while its full scans run (OKR_STORE_OPEN_VERIFY_LATER).
 * When it fails them it is damaged: nothing was written to it, and the window goes back to
 * its start page and says why, as a file refused at once would. */
static void
on_store_verified (OkrStore *store, gboolean ok, OkrWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL, *name = NULL, *title = NULL, *last = NULL, *uri = NULL;

  if (ok || okr_store_wait_verified (store, &error))
    return;
  path = g_strdup (okr_sync_get_path (self->sync));
  name = g_filename_display_basename (path);
  show_welcome (self);

  /* not offered again at the next start, nor among the recent documents */
  last = g_settings_get_string (self->settings, "last-document");
  if (g_strcmp0 (last, path) == 0)
    g_settings_set_string (self->settings, "last-document", "");
  file = g_file_new_for_path (path);
  uri = g_file_get_uri (file);
  ensure_recent (self);
  gtk_recent_manager_remove_item (self->recent, uri, NULL);

  title = g_strdup_printf (_("“%s” Can’t Be Opened"), name);
  okr_window_show_error (self, title, error->message);
}

/**
 * okr_window_open_path:
 *
 * Opens a document in this window, replacing the one shown. A document that can't be
 * opened leaves the window as it was and says why. A file Cascade has not verified is
 * shown while its full scans run; if they find it damaged, the window closes it, goes
 * back to its start page (the document it replaced is not brought back) and says why
 * (on_store_verified).
 */
gboolean
okr_window_open_path (OkrWindow *self, const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *company = NULL;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(OkrRollup) rollup = NULL;
  OkrSync *sync = NULL;
  OkrStore *store;

  /* Start-up may have opened it already, in a thread (okr_application_preload ()). A
   * document in a sync folder is edited through a private working copy (okr-sync.h). */
  if (!OKR_IS_APPLICATION (app) ||
      !okr_application_take_preload (OKR_APPLICATION (app), path, &sync, &rollup, &error))
    sync = okr_sync_open (path, OKR_STORE_OPEN_VERIFY_LATER, &error);
  store = sync != NULL ? okr_sync_get_store (sync) : NULL;
  if (store == NULL)
    {
      g_autofree char *title = g_strdup_printf (_("“%s” Can’t Be Opened"), name);
      okr_window_show_error (self, title, error->message);
      return FALSE;
    }

  close_document (self);
  self->sidebar_kept = FALSE;
  self->sync = sync;
  self->store = g_object_ref (store);
  okr_sync_indicator_set_sync (OKR_SYNC_INDICATOR (self->sync_indicator), sync);
  g_action_change_state (g_action_map_lookup_action (G_ACTION_MAP (self), "shared"),
                         g_variant_new_boolean (okr_sync_is_shared (sync)));
  g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
  g_signal_connect (store, "verified", G_CALLBACK (on_store_verified), self);
  g_signal_connect (store, "notify::can-undo", G_CALLBACK (on_undo_state), self);
  g_signal_connect (store, "notify::can-redo", G_CALLBACK (on_undo_state), self);

  /* A shared document's folder is watched by its OkrSync, which merges what arrives. */
  if (!okr_sync_is_shared (sync))
    self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_file_changed), self);

  company = okr_store_dup_company_name (store);
  adw_window_title_set_title (self->sidebar_title, company != NULL ? company : name);
  adw_window_title_set_subtitle (self->sidebar_title, name);
  gtk_window_set_title (GTK_WINDOW (self), company != NULL ? company : name);
  gtk_revealer_set_reveal_child (self->read_only_banner, okr_store_is_read_only (store));

  self->unit_id = okr_store_get_root_unit (store);
  fill_cycles (self);
  self->rollup_ready = g_steal_pointer (&rollup);
  rebuild (self);
  update_undo_actions (self);
  gtk_stack_set_visible_child_name (self->main_stack, "document");

  remember_document (self, path);
  g_settings_set_string (self->settings, "last-document", path);
  return TRUE;
}

OkrStore *
okr_window_get_store (OkrWindow *self)
{
  g_return_val_if_fail (OKR_IS_WINDOW (self), NULL);
  return self->store;
}

OkrRollup *
okr_window_get_rollup (OkrWindow *self)
{
  g_return_val_if_fail (OKR_IS_WINDOW (self), NULL);
  return self->rollup;
}

gint64
okr_window_get_unit_id (OkrWindow *self)
{
  return self->unit_id;
}

gint64
okr_window_get_cycle_id (OkrWindow *self)
{
  return self->cycle_id;
}

/* The sidebar's rows, as shown: GtkTreeListRow of OkrUnit. */
GListModel *
okr_window_get_unit_model (OkrWindow *self)
{
  g_return_val_if_fail (OKR_IS_WINDOW (self), NULL);
  return G_LIST_MODEL (self->unit_tree);
}

/* The rows of the objectives view, as shown (objectives with their KRs expanded). */
GListModel *
okr_window_get_objective_model (OkrWindow *self)
{
  bring_up_to_date (self, self->cascade_view);
  return okr_cascade_view_get_model (OKR_CASCADE_VIEW (self->cascade_view));
}

/**
 * okr_window_select_unit:
 *
 * Shows another unit in every view, as if picked in the sidebar (a click-through from a
 * chart or an aligned objective).
 */
void
okr_window_select_unit (OkrWindow *self, gint64 unit_id)
{
  g_return_if_fail (OKR_IS_WINDOW (self));

  if (self->rollup == NULL || okr_rollup_find_unit (self->rollup, unit_id) == NULL)
    return;
  self->unit_id = unit_id;
  select_unit_row (self, unit_id);
  show_unit (self);
}

/* The day of the last check-in moment: key results with no check-in since are due. */
OkrDate
okr_window_get_due_day (OkrWindow *self)
{
  g_return_val_if_fail (OKR_IS_WINDOW (self), OKR_DATE_NONE);
  return self->due_day;
}

/* The person who is "me" in this document (Preferences), or 0. */
gint64
okr_window_get_me (OkrWindow *self)
{
  g_return_val_if_fail (OKR_IS_WINDOW (self), 0);
  return okr_settings_get_me (self->settings, self->store);
}

static void
on_checkins_saved (OkrCheckinWizard *wizard, guint n, OkrWindow *self)
{
  g_autofree char *message = g_strdup_printf (ngettext ("%u check-in saved",
                                                        "%u check-ins saved", n), n);
  okr_window_show_toast (self, message);
}

/**
 * okr_window_start_checkin:
 * @mine: go straight to my key results (when I am known in this document)
 *
 * Opens the weekly check-in wizard over this window's document, cycle and unit.
 *
 * Returns: (transfer none) (nullable): the wizard, or %NULL when no document is open
 */
GtkWidget *
okr_window_start_checkin (OkrWindow *self, gboolean mine)
{
  OkrCheckinWizard *wizard;
  gint64 me;

  g_return_val_if_fail (OKR_IS_WINDOW (self), NULL);
  if (self->store == NULL || self->rollup == NULL)
    return NULL;
  if (okr_cycle_get_state (okr_rollup_get_cycle (self->rollup)) == OKR_CYCLE_CLOSED)
    {
      okr_window_show_toast (self, _("This cycle is closed: check in on the key results of an "
                                     "open cycle."));
      return NULL;
    }

  me = okr_settings_get_me (self->settings, self->store);
  wizard = okr_checkin_wizard_new (GTK_WINDOW (self), self->store, self->rollup, self->unit_id,
                                   me, self->due_day);
  g_signal_connect_object (wizard, "saved", G_CALLBACK (on_checkins_saved), self, 0);
  if (mine && me != 0)
    gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.choose", "s", "mine");
  gtk_window_present (GTK_WINDOW (wizard));
  return GTK_WIDGET (wizard);
}

/**
 * okr_window_add_view:
 * @view: an #OkrView
 *
 * Adds a page to the content's view switcher.
 */
void
okr_window_add_view (OkrWindow *self, GtkWidget *view, const char *name, const char *title,
                     const char *icon_name)
{
  g_return_if_fail (OKR_IS_WINDOW (self));
  g_return_if_fail (OKR_IS_VIEW (view));

  adw_view_stack_add_titled (self->views, view, name, title);
  adw_view_stack_page_set_icon_name (adw_view_stack_get_page (self->views, view), icon_name);
}

/* A page whose view @make () makes when the page is first shown (page_view ()). */
static void
add_view_later (OkrWindow *self, GtkWidget *(*make) (void), const char *name, const char *title,
                const char *icon_name)
{
  GtkWidget *placeholder = adw_bin_new ();

  g_object_set_data (G_OBJECT (placeholder), "okr-view-new", make);
  adw_view_stack_add_titled (self->views, placeholder, name, title);
  adw_view_stack_page_set_icon_name (adw_view_stack_get_page (self->views, placeholder),
                                     icon_name);
}

/* A page's view, by name, or NULL; made if it never was, and up to date even if hidden. */
GtkWidget *
okr_window_get_view (OkrWindow *self, const char *name)
{
  GtkWidget *view;

  g_return_val_if_fail (OKR_IS_WINDOW (self), NULL);
  view = page_view (adw_view_stack_get_child_by_name (self->views, name));
  bring_up_to_date (self, view);
  return view;
}

/* The view shown, by name ("cascade", "dashboard", …); on a narrow window, the content
 * comes forward. */
void
okr_window_show_view (OkrWindow *self, const char *name)
{
  g_return_if_fail (OKR_IS_WINDOW (self));
  adw_view_stack_set_visible_child_name (self->views, name);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* ───────────────────────── recent documents ───────────────────────── */

static int
newest_first (gconstpointer a, gconstpointer b)
{
  return -g_date_time_compare (gtk_recent_info_get_modified ((GtkRecentInfo *) a),
                               gtk_recent_info_get_modified ((GtkRecentInfo *) b));
}

/* The ten documents opened last, the last first: the manager keeps them in the order they
 * were first added, so a document opened again would stay where it was. */
static void
fill_recent (OkrWindow *self)
{
  GList *items = g_list_sort (gtk_recent_manager_get_items (self->recent), newest_first);
  guint n = 0;

  g_menu_remove_all (self->recent_submenu);
  for (GList *l = items; l != NULL && n < 10; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      g_autofree char *path = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (g_strcmp0 (gtk_recent_info_get_mime_type (info), OKR_MIME_TYPE) != 0 &&
          !g_str_has_suffix (gtk_recent_info_get_uri (info), ".okr"))
        continue;
      path = g_filename_from_uri (gtk_recent_info_get_uri (info), NULL, NULL);
      if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", path);
      g_menu_append_item (self->recent_submenu, item);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  if (n == 0)
    {
      g_autoptr(GMenuItem) none = g_menu_item_new (_("No Recent Documents"), "win.none");
      g_menu_append_item (self->recent_submenu, none);
    }
}

/* Adds @path to the recent documents, or keeps it until they are read (ensure_recent). */
static void
remember_document (OkrWindow *self, const char *path)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *name = NULL;

  if (self->recent == NULL)
    {
      g_free (self->recent_pending);
      self->recent_pending = g_strdup (path);
      return;
    }
  file = g_file_new_for_path (path);
  uri = g_file_get_uri (file);
  name = g_filename_display_basename (path);
  gtk_recent_manager_add_full (self->recent, uri, &(GtkRecentData) {
                                 .display_name = name,
                                 .mime_type = (char *) OKR_MIME_TYPE,
                                 .app_name = (char *) g_get_application_name (),
                                 .app_exec = (char *) "cascade %u",
                               });
}

/* The recent documents are read after the window's first frame: GtkRecentManager parses
 * the desktop's whole history (recently-used.xbel, often a megabyte) when first asked. */
static void
ensure_recent (OkrWindow *self)
{
  g_autofree char *pending = g_steal_pointer (&self->recent_pending);

  if (self->recent != NULL)
    return;
  self->recent = gtk_recent_manager_get_default ();
  g_signal_connect_swapped (self->recent, "changed", G_CALLBACK (fill_recent), self);
  fill_recent (self);
  if (pending != NULL)
    remember_document (self, pending);
}

static gboolean
read_recent (gpointer data)
{
  OkrWindow *self = data;

  self->recent_idle = 0;
  ensure_recent (self);
  return G_SOURCE_REMOVE;
}

static void
on_first_paint (GdkFrameClock *clock, OkrWindow *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_paint, self);
  /* after this frame's other work: the frame is on screen */
  if (self->recent_idle == 0)
    self->recent_idle = g_idle_add (read_recent, self);
}

static void
okr_window_map (GtkWidget *widget)
{
  OkrWindow *self = OKR_WINDOW (widget);

  GTK_WIDGET_CLASS (okr_window_parent_class)->map (widget);
  if (self->recent == NULL)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (on_first_paint), self, 0);
}

/* The "Open Recent" submenu (for the GUI tests). */
GMenuModel *
okr_window_get_recent_menu (OkrWindow *self)
{
  g_return_val_if_fail (OKR_IS_WINDOW (self), NULL);
  return G_MENU_MODEL (self->recent_submenu);
}

/* ───────────────────────── actions ───────────────────────── */

static void
open_response (GtkNativeDialog *dialog, int response, OkrWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      OkrApplication *app = OKR_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
      OkrWindow *existing = path != NULL ? okr_window_find_document (app, path) : NULL;

      if (existing != NULL)
        gtk_window_present (GTK_WINDOW (existing));
      else if (path != NULL)
        okr_window_open_path (self, path);
    }
  g_object_unref (dialog);
}

static GtkFileFilter *
okr_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Cascade documents"));
  gtk_file_filter_add_mime_type (filter, OKR_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "okr");
  return filter;
}

static void
action_open (GtkWidget *widget, const char *action, GVariant *param)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (_("Open a Document"),
                                                              GTK_WINDOW (widget),
                                                              GTK_FILE_CHOOSER_ACTION_OPEN,
                                                              _("_Open"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = okr_filter ();

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
action_open_recent (GtkWidget *widget, const char *action, GVariant *param)
{
  OkrWindow *self = OKR_WINDOW (widget);
  const char *path = g_variant_get_string (param, NULL);
  OkrApplication *app = OKR_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  OkrWindow *existing = okr_window_find_document (app, path);

  if (existing != NULL)
    gtk_window_present (GTK_WINDOW (existing));
  else
    okr_window_open_path (self, path);
}

static void
new_response (GtkNativeDialog *dialog, int response, OkrWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *chosen = g_file_get_path (file);
      g_autofree char *path = g_str_has_suffix (chosen, ".okr") ? g_strdup (chosen)
                                                                : g_strconcat (chosen, ".okr", NULL);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *company = g_strndup (base, strlen (base) - strlen (".okr"));
      g_autoptr(GError) error = NULL;
      g_autoptr(OkrStore) store = NULL;

      /* Never over a file that exists, even when the file chooser asked to replace it. */
      store = okr_store_create (path, company, &error);
      if (store == NULL)
        okr_window_show_error (self, _("The Document Could Not Be Created"), error->message);
      else
        {
          okr_store_close (store, NULL);
          okr_window_open_path (self, path);
        }
    }
  g_object_unref (dialog);
}

static void
action_new_document (GtkWidget *widget, const char *action, GVariant *param)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (_("New Document"),
                                                              GTK_WINDOW (widget),
                                                              GTK_FILE_CHOOSER_ACTION_SAVE,
                                                              _("_Create"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = okr_filter ();

  /* Translators: the suggested file name of a new document. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("Our Company.okr"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (new_response), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
save_copy_chosen (GtkNativeDialog *dialog, int response, OkrWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      if (!okr_store_save_copy (self->store, path, &error))
        okr_window_show_error (self, _("The Copy Could Not Be Saved"), error->message);
      else
        okr_window_open_path (self, path);
    }
  g_object_unref (dialog);
}

static void
save_copy_response (AdwMessageDialog *dialog, const char *response, OkrWindow *self)
{
  GtkFileChooserNative *chooser;

  if (!g_str_equal (response, "save"))
    return;
  chooser = gtk_file_chooser_native_new (_("Save a Copy"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  if (self->store != NULL)
    {
      g_autofree char *name = g_path_get_basename (okr_sync_document_path (self->store));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (save_copy_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
action_undo_redo (GtkWidget *widget, const char *action, GVariant *param)
{
  OkrWindow *self = OKR_WINDOW (widget);
  gboolean undo = g_str_equal (action, "win.undo");
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  if (!(undo ? okr_store_undo (self->store, &error) : okr_store_redo (self->store, &error)))
    okr_window_show_toast (self, error->message);
}

static void
action_reload (GtkWidget *widget, const char *action, GVariant *param)
{
  OkrWindow *self = OKR_WINDOW (widget);

  fill_cycles (self);
  rebuild (self);
}

static void
action_close (GtkWidget *widget, const char *action, GVariant *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
action_select_unit (GtkWidget *widget, const char *action, GVariant *param)
{
  OkrWindow *self = OKR_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->store == NULL)
    return;
  id = okr_store_resolve (self->store, OKR_ENTITY_UNIT, g_variant_get_string (param, NULL), &error);
  if (id == 0)
    {
      okr_window_show_toast (self, error->message);
      return;
    }
  okr_window_select_unit (self, id);
}

static void
action_select_cycle (GtkWidget *widget, const char *action, GVariant *param)
{
  OkrWindow *self = OKR_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->store == NULL)
    return;
  id = okr_store_resolve (self->store, OKR_ENTITY_CYCLE, g_variant_get_string (param, NULL), &error);
  if (id == 0)
    {
      okr_window_show_toast (self, error->message);
      return;
    }
  for (guint i = 0; self->cycles != NULL && i < self->cycles->len; i++)
    if (okr_cycle_get_id (g_ptr_array_index (self->cycles, i)) == id)
      gtk_drop_down_set_selected (self->cycle_dropdown, i);
}

static void
action_step_cycle (GtkWidget *widget, const char *action, GVariant *param)
{
  step_cycle (OKR_WINDOW (widget), g_str_equal (action, "win.next-cycle") ? 1 : -1);
}

/* The keyboard shortcuts, built the first time they are asked for. GTK would build them with
 * every window from gtk/help-overlay.ui: a tenth of the time the window takes to make. */
static void
action_show_shortcuts (GtkWidget *widget, const char *action, GVariant *param)
{
  GtkApplicationWindow *self = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (self);

  if (shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/cascadeokr/Cascade/okr-shortcuts-window.ui");

      shortcuts = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      /* over this window, with the keys of its actions; destroyed with it */
      gtk_application_window_set_help_overlay (self, shortcuts);
    }
  gtk_window_present (GTK_WINDOW (shortcuts));
}

static void
action_show_units (GtkWidget *widget, const char *action, GVariant *param)
{
  OkrWindow *self = OKR_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->unit_list));
}

static void
action_show_view (GtkWidget *widget, const char *action, GVariant *param)
{
  okr_window_show_view (OKR_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
action_checkin (GtkWidget *widget, const char *action, GVariant *param)
{
  okr_window_start_checkin (OKR_WINDOW (widget), FALSE);
}

/* A key result's check-in history, by its id or title: for click-throughs and scripts. */
static void
action_show_history (GtkWidget *widget, const char *action, GVariant *param)
{
  OkrWindow *self = OKR_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->store == NULL)
    return;
  id = okr_store_resolve (self->store, OKR_ENTITY_KEY_RESULT, g_variant_get_string (param, NULL),
                          &error);
  if (id == 0)
    {
      okr_window_show_toast (self, error->message);
      return;
    }
  okr_window_show_view (self, "checkins");
  okr_checkins_view_show_key_result (OKR_CHECKINS_VIEW (okr_window_get_view (self, "checkins")),
                                     id);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_checkin_settings_changed (GSettings *settings, const char *key, OkrWindow *self)
{
  if (self->store != NULL)
    rebuild (self);
}

/* ───────────────────────── lifecycle ───────────────────────── */

static gboolean
okr_window_close_request (GtkWindow *window)
{
  OkrWindow *self = OKR_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  close_document (self);
  return GTK_WINDOW_CLASS (okr_window_parent_class)->close_request (window);
}

static void
okr_window_dispose (GObject *object)
{
  OkrWindow *self = OKR_WINDOW (object);

  close_document (self);
  g_clear_handle_id (&self->recent_idle, g_source_remove);
  if (self->recent != NULL)
    g_signal_handlers_disconnect_by_data (self->recent, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OKR_TYPE_WINDOW);
  G_OBJECT_CLASS (okr_window_parent_class)->dispose (object);
}

static void
okr_window_finalize (GObject *object)
{
  OkrWindow *self = OKR_WINDOW (object);

  g_clear_pointer (&self->cycles, g_ptr_array_unref);
  g_clear_object (&self->unit_roots);
  g_clear_object (&self->unit_tree);
  g_clear_object (&self->unit_selection);
  g_clear_object (&self->cycle_names);
  g_clear_object (&self->settings);
  g_free (self->recent_pending);
  G_OBJECT_CLASS (okr_window_parent_class)->finalize (object);
}

/* A narrow window keeps its header to what fits in 360 pixels: Check In becomes an icon (the
 * squeezer in the header does that) and Undo stays on Ctrl+Z and in the toasts. */
static void
on_folded (OkrWindow *self)
{
  gtk_widget_set_visible (self->undo_button, !adw_leaflet_get_folded (self->leaflet));
}

static void
okr_window_class_init (OkrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = okr_window_dispose;
  object_class->finalize = okr_window_finalize;
  window_class->close_request = okr_window_close_request;
  widget_class->show = okr_window_show;
  widget_class->map = okr_window_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cascadeokr/Cascade/okr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, cycle_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, checkin_button);
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, checkin_icon_button);
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, unit_list);
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, views);
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, read_only_banner);
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, sidebar_header);
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, recent_submenu);
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, welcome);
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, new_button);
  gtk_widget_class_bind_template_child (widget_class, OkrWindow, new_menu);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, action_open);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", action_open_recent);
  gtk_widget_class_install_action (widget_class, "win.new-document", NULL, action_new_document);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, action_close);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, action_undo_redo);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, action_undo_redo);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, action_reload);
  gtk_widget_class_install_action (widget_class, "win.select-unit", "s", action_select_unit);
  gtk_widget_class_install_action (widget_class, "win.select-cycle", "s", action_select_cycle);
  gtk_widget_class_install_action (widget_class, "win.next-cycle", NULL, action_step_cycle);
  gtk_widget_class_install_action (widget_class, "win.previous-cycle", NULL, action_step_cycle);
  gtk_widget_class_install_action (widget_class, "win.show-units", NULL, action_show_units);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   action_show_shortcuts);
  gtk_widget_class_install_action (widget_class, "win.focus-units", NULL, action_show_units);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", action_show_view);
  okr_editing_install_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.checkin", NULL, action_checkin);
  gtk_widget_class_install_action (widget_class, "win.show-history", "s", action_show_history);
}

/* The leader's answer to "This file is shared through a sync folder": remembered for the
 * document, which is then opened again the new way. */
static void
change_shared (GSimpleAction *action, GVariant *value, OkrWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gboolean shared = g_variant_get_boolean (value);

  g_simple_action_set_state (action, value);
  if (self->sync == NULL || shared == okr_sync_is_shared (self->sync))
    return;
  /* Edited in place from now on: the file must first hold what the working copy holds. */
  if (!shared && !okr_sync_publish_now (self->sync, &error))
    {
      g_simple_action_set_state (action, g_variant_new_boolean (TRUE));
      okr_window_show_error (self, _("The Document Stays Shared"), error->message);
      return;
    }
  if (!okr_sync_set_choice (okr_store_get_document_id (self->store),
                            shared ? OKR_SYNC_CHOICE_SHARED : OKR_SYNC_CHOICE_LOCAL, &error))
    {
      g_simple_action_set_state (action, g_variant_new_boolean (!shared));
      okr_window_show_error (self, _("The Setting Can’t Be Saved"), error->message);
      return;
    }
  /* Publish and close first: the file must hold every change before it is opened anew. */
  path = g_strdup (okr_sync_get_path (self->sync));
  close_document (self);
  if (!okr_window_open_path (self, path))
    show_welcome (self);
}

/* How the document is kept (for the GUI tests). */
OkrSync *
okr_window_get_sync (OkrWindow *self)
{
  g_return_val_if_fail (OKR_IS_WINDOW (self), NULL);
  return self->sync;
}

static void
okr_window_init (OkrWindow *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::checkin-day",
                           G_CALLBACK (on_checkin_settings_changed), self, 0);
  g_signal_connect_object (self->settings, "changed::checkin-time",
                           G_CALLBACK (on_checkin_settings_changed), self, 0);
  g_signal_connect_object (self->settings, "changed::me",
                           G_CALLBACK (on_checkin_settings_changed), self, 0);
  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* Sidebar: the unit tree */
  self->unit_roots = g_list_store_new (OKR_TYPE_UNIT);
  self->unit_tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->unit_roots)), FALSE,
                                             FALSE, unit_children, self, NULL);
  self->unit_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->unit_tree)));
  gtk_single_selection_set_autoselect (self->unit_selection, FALSE);
  g_signal_connect (self->unit_selection, "notify::selected", G_CALLBACK (on_unit_selected), self);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_unit_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_unit_row), self);
  gtk_list_view_set_factory (self->unit_list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->unit_list, GTK_SELECTION_MODEL (self->unit_selection));
  gtk_list_view_set_single_click_activate (self->unit_list, TRUE);
  g_signal_connect (self->unit_list, "activate", G_CALLBACK (on_unit_activated), self);

  g_signal_connect_swapped (self->leaflet, "notify::folded", G_CALLBACK (on_folded), self);
  on_folded (self);

  /* The content's views; each issue's view adds itself here. */
  self->cascade_view = okr_cascade_view_new ();
  okr_window_add_view (self, self->cascade_view, "cascade", _("Objectives"),
                       "view-list-bullet-symbolic");
  add_view_later (self, okr_checkins_view_new, "checkins", _("Check-ins"),
                  "object-select-symbolic");
  add_view_later (self, okr_quality_view_new, "quality", _("Quality"),
                  "tools-check-spelling-symbolic");
  add_view_later (self, okr_dashboard_view_new, "dashboard", _("Dashboard"), "view-grid-symbolic");
  add_view_later (self, okr_alignment_view_new, "alignment", _("Alignment Map"),
                  "format-indent-more-symbolic");
  add_view_later (self, okr_review_view_new, "review", _("Review"), "starred-symbolic");
  add_view_later (self, okr_kpi_view_new, "kpis", _("KPIs"), "power-profile-balanced-symbolic");
  /* A view switcher makes all its buttons again whenever a page is added: given the stack
   * only now, it makes each of the seven once, not 28 in all (3 ms of every start-up). */
  adw_view_switcher_bar_set_stack (self->switcher_bar, self->views);
  g_signal_connect (self->views, "notify::visible-child", G_CALLBACK (on_view_shown), self);

  /* Cycles */
  self->cycle_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->cycle_dropdown, G_LIST_MODEL (self->cycle_names));
  g_signal_connect (self->cycle_dropdown, "notify::selected", G_CALLBACK (on_cycle_selected), self);

  /* Beside the document's name: where its changes are, and the switch "This file is shared
   * through a sync folder". (The content header has no room left at 360 px.) */
  {
    g_autoptr(GSimpleAction) shared = g_simple_action_new_stateful ("shared", NULL,
                                                                    g_variant_new_boolean (FALSE));
    g_signal_connect (shared, "change-state", G_CALLBACK (change_shared), self);
    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (shared));
    self->sync_indicator = okr_sync_indicator_new ();
    adw_header_bar_pack_end (self->sidebar_header, self->sync_indicator);
  }

  make_menus_later (self);
  set_tooltips (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.none", FALSE);
  update_undo_actions (self);
  gtk_stack_set_visible_child_name (self->main_stack, "welcome");
}

OkrWindow *
okr_window_new (OkrApplication *app)
{
  return g_object_new (OKR_TYPE_WINDOW, "application", app, NULL);
}
