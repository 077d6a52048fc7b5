/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-sync-indicator.c — an icon-sized menu button beside the document's name in the
 * sidebar's header bar: its icon and tooltip say the sync state; its popover says it in full,
 * lists what the last merge changed and holds the switch that marks the file as shared (the
 * window's stateful action win.shared). Merges and failures also come as toasts, for narrow
 * windows where the sidebar is out of sight. Built in code: one button and a popover whose
 * list changes with every merge. */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-gui-util.h"
#include "okr-sync-indicator.h"
#include "okr-window.h"

/* How many changes the popover lists; the rest are counted. */
#define MAX_LISTED 12

struct _OkrSyncIndicator {
  GtkWidget   parent_instance;

  GtkWidget  *button;
  GtkWidget  *state_label;   /* the popover's first line: the whole sentence */
  GtkWidget  *detail_label;  /* why publishing failed, or where merged copies went */
  GtkWidget  *changes_box;
  GtkWidget  *folder_button; /* opens the folder the merged copies were moved into */
  GtkWidget  *shared_switch;

  OkrSync    *sync;
  OkrSyncState last_state;
  gboolean    merged_shown;  /* the last thing that happened was a merge */
  char       *text;
};

G_DEFINE_FINAL_TYPE (OkrSyncIndicator, okr_sync_indicator, GTK_TYPE_WIDGET)

char *
okr_sync_indicator_describe (OkrSyncState state, guint n_merged)
{
  if (n_merged > 0 && (state == OKR_SYNC_SAVED || state == OKR_SYNC_LOCAL))
    return g_strdup_printf (ngettext ("Merged changes from %u other copy",
                                      "Merged changes from %u other copies", n_merged),
                            n_merged);
  switch (state)
    {
    case OKR_SYNC_PENDING:
    case OKR_SYNC_PUBLISHING:
      return g_strdup (_("Publishing…"));
    case OKR_SYNC_FAILED:
      return g_strdup (_("The shared file can’t be written — your changes are safe in the "
                         "working copy"));
    case OKR_SYNC_LOCAL:
    case OKR_SYNC_SAVED:
    default:
      return g_strdup (_("Saved"));
    }
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

static GtkWidget *
wrapped_label (const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
fill_changes (OkrSyncIndicator *self)
{
  const OkrMergeReport *report = self->sync != NULL ? okr_sync_get_report (self->sync) : NULL;
  guint listed = 0;

  clear_box (self->changes_box);
  gtk_widget_set_visible (self->changes_box, self->merged_shown && report != NULL);
  if (!self->merged_shown || report == NULL)
    return;
  for (guint i = 0; i < report->warnings->len; i++)
    gtk_box_append (GTK_BOX (self->changes_box),
                    wrapped_label (report->warnings->pdata[i], "warning"));
  for (guint i = 0; i < report->changes->len && listed < MAX_LISTED; i++, listed++)
    {
      g_autofree char *line = okr_merge_change_describe (report->changes->pdata[i]);
      gtk_box_append (GTK_BOX (self->changes_box), wrapped_label (line, NULL));
    }
  if (report->n_changes > listed)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("And %u more change.",
                                                         "And %u more changes.",
                                                         report->n_changes - listed),
                                               report->n_changes - listed);
      gtk_box_append (GTK_BOX (self->changes_box), wrapped_label (more, "dim-label"));
    }
}

static const char *
icon_for (OkrSyncState state, guint n_merged)
{
  if (state == OKR_SYNC_FAILED)
    return "dialog-warning-symbolic";
  if (state == OKR_SYNC_PENDING || state == OKR_SYNC_PUBLISHING)
    return "emblem-synchronizing-symbolic";
  if (n_merged > 0)
    return "emblem-shared-symbolic";
  return "emblem-default-symbolic";
}

static void
update (OkrSyncIndicator *self)
{
  OkrSyncState state = self->sync != NULL ? okr_sync_get_state (self->sync) : OKR_SYNC_LOCAL;
  guint n_merged = self->merged_shown && self->sync != NULL ? okr_sync_get_n_merged (self->sync)
                                                            : 0;
  guint n_moved = n_merged > 0 ? okr_sync_get_n_moved_aside (self->sync) : 0;
  const GError *error = self->sync != NULL ? okr_sync_get_error (self->sync) : NULL;
  g_autofree char *detail = NULL;

  g_free (self->text);
  self->text = okr_sync_indicator_describe (state, n_merged);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->button), icon_for (state, n_merged));
  okr_widget_set_tooltip (self->button, self->text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->text, -1);
  gtk_label_set_text (GTK_LABEL (self->state_label), self->text);
  if (state == OKR_SYNC_FAILED)
    gtk_widget_add_css_class (self->button, "error");
  else
    gtk_widget_remove_css_class (self->button, "error");
  if (n_merged > 0)
    gtk_widget_add_css_class (self->button, "accent");
  else
    gtk_widget_remove_css_class (self->button, "accent");

  if (state == OKR_SYNC_FAILED && error != NULL)
    detail = g_strdup (error->message);
  else if (n_moved > 0)
    {
      g_autofree char *folder = okr_sync_dup_merged_folder (self->sync);
      g_autofree char *display = g_filename_display_name (folder);
      /* Translators: %s is a folder. */
      detail = g_strdup_printf (_("Conflict copies that were merged are kept in %s."), display);
    }
  else if (n_merged > 0)
    detail = g_strdup (_("Another computer’s changes arrived through the shared file."));
  else if (self->sync != NULL && okr_sync_is_shared (self->sync))
    {
      const char *service = okr_sync_get_service (self->sync);
      /* Translators: %s is a sync service, such as Dropbox or Syncthing. */
      detail = service != NULL
                 ? g_strdup_printf (_("You edit a private working copy; Cascade publishes it "
                                      "to the %s folder moments after each change."), service)
                 : g_strdup (_("You edit a private working copy; Cascade publishes it to the "
                               "shared folder moments after each change."));
    }
  else
    detail = g_strdup (_("Every change is saved in the file at once."));
  gtk_label_set_text (GTK_LABEL (self->detail_label), detail);
  gtk_widget_set_visible (self->folder_button, n_moved > 0);
  fill_changes (self);
}

static void
show_merged_folder (OkrSyncIndicator *self)
{
  g_autofree char *folder = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;

  if (self->sync == NULL)
    return;
  folder = okr_sync_dup_merged_folder (self->sync);
  file = g_file_new_for_path (folder);
  uri = g_file_get_uri (file);
  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), uri, GDK_CURRENT_TIME);
}

/* On a narrow window the sidebar, and the indicator in its header, is out of sight while
 * the leader edits: news that matters comes as a toast too. */
static void
toast (OkrSyncIndicator *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (OKR_IS_WINDOW (root))
    okr_window_show_toast (OKR_WINDOW (root), self->text);
}

static void
on_state (OkrSync *sync, GParamSpec *pspec, OkrSyncIndicator *self)
{
  OkrSyncState state = okr_sync_get_state (sync);

  /* A leader's own edit (pending) ends the news of the last merge. */
  if (state == OKR_SYNC_PENDING)
    self->merged_shown = FALSE;
  update (self);
  if (state == OKR_SYNC_FAILED && self->last_state != OKR_SYNC_FAILED)
    toast (self);
  self->last_state = state;
}

static void
on_merged (OkrSync *sync, OkrSyncIndicator *self)
{
  self->merged_shown = TRUE;
  update (self);
  toast (self);
}

void
okr_sync_indicator_set_sync (OkrSyncIndicator *self, OkrSync *sync)
{
  g_return_if_fail (OKR_IS_SYNC_INDICATOR (self));

  if (self->sync != NULL)
    g_signal_handlers_disconnect_by_data (self->sync, self);
  g_set_object (&self->sync, sync);
  /* Opening merges the copies found beside the document before the window shows it. */
  self->merged_shown = sync != NULL && okr_sync_get_n_merged (sync) > 0;
  self->last_state = sync != NULL ? okr_sync_get_state (sync) : OKR_SYNC_LOCAL;
  if (sync != NULL)
    {
      g_signal_connect (sync, "notify::state", G_CALLBACK (on_state), self);
      g_signal_connect (sync, "merged", G_CALLBACK (on_merged), self);
    }
  update (self);
}

const char *
okr_sync_indicator_get_text (OkrSyncIndicator *self)
{
  g_return_val_if_fail (OKR_IS_SYNC_INDICATOR (self), NULL);
  return self->text;
}

static void
okr_sync_indicator_dispose (GObject *object)
{
  OkrSyncIndicator *self = OKR_SYNC_INDICATOR (object);

  okr_sync_indicator_set_sync (self, NULL);
  g_clear_pointer (&self->button, gtk_widget_unparent);
  G_OBJECT_CLASS (okr_sync_indicator_parent_class)->dispose (object);
}

static void
okr_sync_indicator_finalize (GObject *object)
{
  g_free (OKR_SYNC_INDICATOR (object)->text);
  G_OBJECT_CLASS (okr_sync_indicator_parent_class)->finalize (object);
}

static void
okr_sync_indicator_class_init (OkrSyncIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = okr_sync_indicator_dispose;
  object_class->finalize = okr_sync_indicator_finalize;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
okr_sync_indicator_init (OkrSyncIndicator *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *switch_label = wrapped_label (_("This file is shared through a sync folder"), NULL);

  self->button = gtk_menu_button_new ();
  gtk_widget_add_css_class (self->button, "flat");
  gtk_widget_set_parent (self->button, GTK_WIDGET (self));

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  self->state_label = wrapped_label (NULL, "heading");
  self->detail_label = wrapped_label (NULL, "dim-label");
  self->changes_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), self->state_label);
  gtk_box_append (GTK_BOX (box), self->detail_label);
  gtk_box_append (GTK_BOX (box), self->changes_box);
  self->folder_button = gtk_button_new_with_mnemonic (_("_Show Merged Copies"));
  gtk_widget_set_halign (self->folder_button, GTK_ALIGN_START);
  g_signal_connect_swapped (self->folder_button, "clicked", G_CALLBACK (show_merged_folder),
                            self);
  gtk_box_append (GTK_BOX (box), self->folder_button);

  self->shared_switch = gtk_switch_new ();
  gtk_widget_set_valign (self->shared_switch, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->shared_switch), "win.shared");
  gtk_widget_set_hexpand (switch_label, TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->shared_switch),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, switch_label, NULL, -1);
  gtk_box_append (GTK_BOX (row), switch_label);
  gtk_box_append (GTK_BOX (row), self->shared_switch);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box), row);

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->button), popover);
  update (self);
}

GtkWidget *
okr_sync_indicator_new (void)
{
  return g_object_new (OKR_TYPE_SYNC_INDICATOR, NULL);
}
