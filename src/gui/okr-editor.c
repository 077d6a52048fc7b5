/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-editor.c — the frame of every editor window
 *
 * An editor is modal over the document's window. It never changes the document while the
 * leader types: Save writes everything at once, as one undo step, and a refusal (a closed
 * cycle, a name too long) is shown at the top of the form while all that was typed stays.
 * Fields are checked on every key; Save is offered only when they all make sense.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "okr-editor.h"
#include "okr-format.h"
#include "okr-store-read.h"

typedef struct {
  OkrWindow           *window;   /* the editor is destroyed with it */
  OkrLint             *lint;

  AdwWindowTitle      *heading;
  GtkWidget           *save_button;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  AdwPreferencesPage  *page;
  AdwPreferencesGroup *hints_group;
  GPtrArray           *hint_rows;
  AdwPreferencesGroup *delete_group;
  gboolean             has_groups;
  gboolean             built;
} OkrEditorPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (OkrEditor, okr_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_WINDOW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

OkrWindow *
okr_editor_get_window (OkrEditor *self)
{
  OkrEditorPrivate *priv = okr_editor_get_instance_private (self);
  return priv->window;
}

OkrStore *
okr_editor_get_store (OkrEditor *self)
{
  return okr_window_get_store (okr_editor_get_window (self));
}

OkrRollup *
okr_editor_get_rollup (OkrEditor *self)
{
  return okr_window_get_rollup (okr_editor_get_window (self));
}

/* The quality rules, over the cycle as it was when the editor opened. */
OkrLint *
okr_editor_get_lint (OkrEditor *self)
{
  OkrEditorPrivate *priv = okr_editor_get_instance_private (self);
  OkrRollup *rollup = okr_editor_get_rollup (self);

  if (priv->lint == NULL && rollup != NULL)
    {
      g_autoptr(GPtrArray) cycles = okr_store_list_cycles (okr_editor_get_store (self), NULL);
      priv->lint = okr_lint_new (rollup, cycles);
    }
  return priv->lint;
}

void
okr_editor_set_heading (OkrEditor *self, const char *title, const char *subtitle)
{
  OkrEditorPrivate *priv = okr_editor_get_instance_private (self);

  adw_window_title_set_title (priv->heading, title);
  adw_window_title_set_subtitle (priv->heading, subtitle != NULL ? subtitle : "");
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/* ───────────────────────── checking and saving ───────────────────────── */

void
okr_editor_revalidate (OkrEditor *self)
{
  OkrEditorPrivate *priv = okr_editor_get_instance_private (self);
  OkrEditorClass *klass = OKR_EDITOR_GET_CLASS (self);
  gboolean ok;

  if (!priv->built)
    return;
  ok = klass->validate == NULL || klass->validate (self);
  gtk_widget_set_sensitive (priv->save_button, ok);
}

static void
show_error (OkrEditor *self, const char *message)
{
  OkrEditorPrivate *priv = okr_editor_get_instance_private (self);

  gtk_label_set_label (priv->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (priv->error_revealer, message != NULL);
}

/**
 * okr_editor_save:
 *
 * Saves and closes the editor; when the fields are not right yet or the document refuses,
 * the editor stays open with everything typed, and says why.
 *
 * Returns: whether it was saved
 */
gboolean
okr_editor_save (OkrEditor *self)
{
  OkrEditorClass *klass = OKR_EDITOR_GET_CLASS (self);
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (OKR_IS_EDITOR (self), FALSE);

  if (okr_editor_get_store (self) == NULL)
    return FALSE;
  if (klass->validate != NULL && !klass->validate (self))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }
  if (!klass->save (self, &error))
    {
      show_error (self, error != NULL ? error->message : _("The change could not be saved."));
      return FALSE;
    }
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save (GtkButton *button, OkrEditor *self)
{
  okr_editor_save (self);
}

static void
on_cancel (GtkButton *button, OkrEditor *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
action_save (GtkWidget *widget, const char *name, GVariant *param)
{
  okr_editor_save (OKR_EDITOR (widget));
}

static void
action_cancel (GtkWidget *widget, const char *name, GVariant *param)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* ───────────────────────── hints ───────────────────────── */

static const char *
severity_icon (OkrLintSeverity severity)
{
  switch (severity)
    {
    case OKR_LINT_PROBLEM:
      return "dialog-error-symbolic";
    case OKR_LINT_WARNING:
      return "dialog-warning-symbolic";
    case OKR_LINT_INFO:
    default:
      return "dialog-information-symbolic";
    }
}

static void
on_hint_fix (GtkButton *button, OkrEditor *self)
{
  OkrLintHint *hint = g_object_get_data (G_OBJECT (button), "hint");
  OkrEditorClass *klass = OKR_EDITOR_GET_CLASS (self);

  if (klass->apply_hint != NULL)
    klass->apply_hint (self, hint);
}

/**
 * okr_editor_set_hints:
 * @hints: (element-type OkrLintHint): what the quality rules say about the form as typed
 */
void
okr_editor_set_hints (OkrEditor *self, GPtrArray *hints)
{
  OkrEditorPrivate *priv = okr_editor_get_instance_private (self);
  OkrEditorClass *klass = OKR_EDITOR_GET_CLASS (self);

  for (guint i = 0; i < priv->hint_rows->len; i++)
    adw_preferences_group_remove (priv->hints_group, priv->hint_rows->pdata[i]);
  g_ptr_array_set_size (priv->hint_rows, 0);

  for (guint i = 0; hints != NULL && i < hints->len; i++)
    {
      OkrLintHint *hint = hints->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (severity_icon (
                                                        okr_lint_hint_get_severity (hint)));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), okr_lint_hint_get_message (hint));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_widget_add_css_class (row, okr_lint_hint_get_severity (hint) == OKR_LINT_PROBLEM
                                     ? "error" : "hint");
      gtk_widget_set_name (row, okr_lint_hint_get_code_name (hint));
      if (klass->apply_hint != NULL && okr_lint_hint_get_fix (hint) == OKR_LINT_FIX_SET_OWNER)
        {
          GtkWidget *fix = gtk_button_new_with_label (okr_lint_hint_get_fix_label (hint));
          gtk_widget_set_valign (fix, GTK_ALIGN_CENTER);
          g_object_set_data_full (G_OBJECT (fix), "hint", g_object_ref (hint), g_object_unref);
          g_signal_connect (fix, "clicked", G_CALLBACK (on_hint_fix), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), fix);
        }
      adw_preferences_group_add (priv->hints_group, row);
      g_ptr_array_add (priv->hint_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (priv->hints_group), priv->hint_rows->len > 0);
}

/* ───────────────────────── building the form ───────────────────────── */

static void
on_field_changed (OkrEditor *self)
{
  okr_editor_revalidate (self);
}

AdwPreferencesGroup *
okr_editor_add_group (OkrEditor *self, const char *title, const char *description)
{
  OkrEditorPrivate *priv = okr_editor_get_instance_private (self);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  if (title != NULL)
    adw_preferences_group_set_title (group, title);
  if (description != NULL)
    adw_preferences_group_set_description (group, description);
  adw_preferences_page_add (priv->page, group);
  /* The hints follow the first group (the title they are mostly about), where they are
   * seen while typing; the delete button stays at the bottom. */
  if (!priv->has_groups)
    {
      g_object_ref (priv->hints_group);
      adw_preferences_page_remove (priv->page, priv->hints_group);
      adw_preferences_page_add (priv->page, priv->hints_group);
      g_object_unref (priv->hints_group);
      priv->has_groups = TRUE;
    }
  g_object_ref (priv->delete_group);
  adw_preferences_page_remove (priv->page, priv->delete_group);
  adw_preferences_page_add (priv->page, priv->delete_group);
  g_object_unref (priv->delete_group);
  return group;
}

static void
on_entry_activated (AdwEntryRow *row, OkrEditor *self)
{
  okr_editor_save (self);
}

AdwEntryRow *
okr_editor_add_entry (OkrEditor *self, AdwPreferencesGroup *group, const char *name,
                      const char *title, const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_signal_connect_swapped (row, "changed", G_CALLBACK (on_field_changed), self);
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_entry_activated), self);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

AdwComboRow *
okr_editor_add_combo (OkrEditor *self, AdwPreferencesGroup *group, const char *name,
                      const char *title, const char *subtitle, const char *const *labels,
                      guint selected)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (on_field_changed), self);
  adw_preferences_group_add (group, row);
  return ADW_COMBO_ROW (row);
}

/* "No one", then the document's people; the row remembers which id each line is. */
AdwComboRow *
okr_editor_add_person (OkrEditor *self, AdwPreferencesGroup *group, const char *name,
                       const char *title, gint64 person_id)
{
  g_autoptr(GPtrArray) people = okr_store_list_people (okr_editor_get_store (self), NULL);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) labels = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 none = 0;
  AdwComboRow *row;

  /* Translators: the choice of no person, for an owner or a lead. */
  g_strv_builder_add (names, C_("person", "No one"));
  g_array_append_val (ids, none);
  for (guint i = 0; people != NULL && i < people->len; i++)
    {
      gint64 id = okr_person_get_id (people->pdata[i]);
      g_strv_builder_add (names, okr_person_get_name (people->pdata[i]));
      g_array_append_val (ids, id);
    }
  labels = g_strv_builder_end (names);
  row = okr_editor_add_combo (self, group, name, title, NULL, (const char *const *) labels, 0);
  g_object_set_data_full (G_OBJECT (row), "person-ids", ids, (GDestroyNotify) g_array_unref);
  okr_editor_set_person (row, person_id);
  return row;
}

gint64
okr_editor_get_person (AdwComboRow *row)
{
  GArray *ids = g_object_get_data (G_OBJECT (row), "person-ids");
  guint i = adw_combo_row_get_selected (row);

  return ids != NULL && i < ids->len ? g_array_index (ids, gint64, i) : 0;
}

void
okr_editor_set_person (AdwComboRow *row, gint64 person_id)
{
  GArray *ids = g_object_get_data (G_OBJECT (row), "person-ids");

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == person_id)
      adw_combo_row_set_selected (row, i);
}

GtkSpinButton *
okr_editor_add_spin (OkrEditor *self, AdwPreferencesGroup *group, const char *name,
                     const char *title, const char *subtitle, double min, double max,
                     double step, int digits, double value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (min, max, step);

  gtk_widget_set_name (spin, name);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (on_field_changed), self);
  adw_preferences_group_add (group, row);
  return GTK_SPIN_BUTTON (spin);
}

GtkSwitch *
okr_editor_add_switch (OkrEditor *self, AdwPreferencesGroup *group, const char *name,
                       const char *title, const char *subtitle, gboolean active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  gtk_widget_set_name (toggle, name);
  gtk_switch_set_active (GTK_SWITCH (toggle), active);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  g_signal_connect_swapped (toggle, "notify::active", G_CALLBACK (on_field_changed), self);
  adw_preferences_group_add (group, row);
  return GTK_SWITCH (toggle);
}

/* A few lines of free text (a description), framed like the rows around it. */
GtkTextBuffer *
okr_editor_add_text (OkrEditor *self, AdwPreferencesGroup *group, const char *name,
                     const char *placeholder, const char *text)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  gtk_widget_set_name (view, name);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_widget_set_size_request (view, -1, 72);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  placeholder, -1);
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_add_css_class (frame, "editor-text");
  gtk_widget_set_tooltip_text (view, placeholder);
  g_signal_connect_swapped (buffer, "changed", G_CALLBACK (on_field_changed), self);
  adw_preferences_group_add (group, frame);
  return buffer;
}

/* A line under a field that explains what is wrong with it; hidden until needed. */
AdwActionRow *
okr_editor_add_message (OkrEditor *self, AdwPreferencesGroup *group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new ();

  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  g_object_set_data (G_OBJECT (row), "icon", icon);
  gtk_widget_add_css_class (row, "field-message");
  gtk_widget_set_visible (row, FALSE);
  adw_preferences_group_add (group, row);
  return ADW_ACTION_ROW (row);
}

/**
 * okr_editor_show_message:
 * @text: (nullable): what to say, or %NULL to hide the line
 * @is_error: an error (Save waits) rather than an explanation
 */
void
okr_editor_show_message (AdwActionRow *message, const char *text, gboolean is_error)
{
  GtkImage *icon = g_object_get_data (G_OBJECT (message), "icon");

  gtk_widget_set_visible (GTK_WIDGET (message), text != NULL);
  if (text == NULL)
    return;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (message), text);
  gtk_image_set_from_icon_name (icon, is_error ? "dialog-error-symbolic"
                                               : "dialog-information-symbolic");
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (message), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (message), "error");
}

void
okr_editor_mark_row (GtkWidget *row, gboolean is_error)
{
  if (is_error)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

/* The field's text without the spaces around it. */
char *
okr_editor_dup_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/**
 * okr_editor_read_number:
 * @required: whether an empty field is an error (else it reads as NAN)
 * @message: where to say what is wrong
 *
 * Reads a number as the leader's language writes it ("1.234,5" in Vietnamese). Text that
 * is not a number marks the row and says so; the text stays as typed.
 */
gboolean
okr_editor_read_number (AdwEntryRow *row, gboolean required, double *value,
                        AdwActionRow *message)
{
  g_autofree char *text = okr_editor_dup_text (row);
  g_autofree char *example = okr_format_number (1234.5, 1);
  gboolean ok = TRUE;

  *value = NAN;
  if (*text == '\0')
    ok = !required;
  else
    ok = okr_parse_number (text, value);
  okr_editor_mark_row (GTK_WIDGET (row), !ok);
  if (!ok && message != NULL)
    {
      g_autofree char *what = *text == '\0'
        ? g_strdup (_("Enter a number."))
        /* Translators: %s is a number as the language writes it ("1,234.5"). */
        : g_strdup_printf (_("“%s” is not a number. Write numbers like %s."), text, example);
      okr_editor_show_message (message, what, TRUE);
    }
  return ok;
}

/* A stored value as the field shows it: in the reader's language, and exactly — what is
 * shown reads back as the same number. */
char *
okr_editor_format_number (double value)
{
  if (!isfinite (value))
    return g_strdup ("");
  for (int decimals = 0; decimals <= 3; decimals++)
    {
      char *text = okr_format_number (value, decimals);
      double back;

      if (okr_parse_number (text, &back) && back == value)
        return text;
      g_free (text);
    }
  {
    /* More decimals than a person types: the plain digits, with the language's separator */
    char digits[G_ASCII_DTOSTR_BUF_SIZE];
    g_auto(GStrv) parts = g_strsplit (g_ascii_dtostr (digits, sizeof digits, value), ".", 2);

    if (parts[1] == NULL)
      return g_strdup (parts[0]);
    /* Translators: the decimal separator of numbers ("1.5" in English). */
    return g_strjoin (C_("decimal separator", "."), parts[0], parts[1], NULL);
  }
}

/* ───────────────────────── the window ───────────────────────── */

static void
on_delete (GtkButton *button, OkrEditor *self)
{
  const char *action = g_object_get_data (G_OBJECT (button), "action");
  const char *target = g_object_get_data (G_OBJECT (button), "target");
  OkrWindow *window = okr_editor_get_window (self);

  gtk_window_destroy (GTK_WINDOW (self));
  gtk_widget_activate_action (GTK_WIDGET (window), action, "s", target);
}

/**
 * okr_editor_set_delete:
 * @action: the window action that deletes (with an undo toast), and its @target
 *
 * Offers a destructive button at the bottom of the form.
 */
void
okr_editor_set_delete (OkrEditor *self, const char *label, const char *action,
                       const char *target)
{
  OkrEditorPrivate *priv = okr_editor_get_instance_private (self);
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_name (button, "delete");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_widget_add_css_class (button, "pill");
  g_object_set_data_full (G_OBJECT (button), "action", g_strdup (action), g_free);
  g_object_set_data_full (G_OBJECT (button), "target", g_strdup (target), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_delete), self);
  adw_preferences_group_add (priv->delete_group, button);
  gtk_widget_set_visible (GTK_WIDGET (priv->delete_group), TRUE);
}

/* Shows the editor, its fields checked once. */
void
okr_editor_present (OkrEditor *self)
{
  OkrEditorPrivate *priv = okr_editor_get_instance_private (self);

  priv->built = TRUE;
  okr_editor_revalidate (self);
  gtk_window_present (GTK_WINDOW (self));
}

static void
okr_editor_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  OkrEditor *self = OKR_EDITOR (object);
  OkrEditorPrivate *priv = okr_editor_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_WINDOW:
      priv->window = g_value_get_object (value);
      gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (priv->window));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
okr_editor_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OkrEditorPrivate *priv = okr_editor_get_instance_private (OKR_EDITOR (object));

  switch (prop_id)
    {
    case PROP_WINDOW:
      g_value_set_object (value, priv->window);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
okr_editor_dispose (GObject *object)
{
  OkrEditorPrivate *priv = okr_editor_get_instance_private (OKR_EDITOR (object));

  g_clear_object (&priv->lint);
  g_clear_pointer (&priv->hint_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (okr_editor_parent_class)->dispose (object);
}

static void
okr_editor_class_init (OkrEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = okr_editor_dispose;
  object_class->set_property = okr_editor_set_property;
  object_class->get_property = okr_editor_get_property;

  properties[PROP_WINDOW] =
    g_param_spec_object ("window", NULL, NULL, OKR_TYPE_WINDOW,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, action_save);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, action_cancel);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
okr_editor_init (OkrEditor *self)
{
  OkrEditorPrivate *priv = okr_editor_get_instance_private (self);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *error_label = gtk_label_new (NULL);

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 600, 700);
  gtk_widget_add_css_class (GTK_WIDGET (self), "okr-editor");

  priv->hint_rows = g_ptr_array_new ();
  priv->heading = ADW_WINDOW_TITLE (adw_window_title_new ("", ""));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (priv->heading));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_widget_set_name (cancel, "cancel");
  g_signal_connect (cancel, "clicked", G_CALLBACK (on_cancel), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  priv->save_button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_set_name (priv->save_button, "save");
  gtk_widget_add_css_class (priv->save_button, "suggested-action");
  gtk_widget_set_tooltip_text (priv->save_button, _("Save (Ctrl+Enter)"));
  g_signal_connect (priv->save_button, "clicked", G_CALLBACK (on_save), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), priv->save_button);
  gtk_box_append (GTK_BOX (box), header);

  /* What the document refused, above the form, until the next try */
  priv->error_label = GTK_LABEL (error_label);
  gtk_label_set_wrap (priv->error_label, TRUE);
  gtk_label_set_xalign (priv->error_label, 0);
  gtk_widget_add_css_class (error_label, "editor-error");
  gtk_widget_set_name (error_label, "error");
  priv->error_revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_child (priv->error_revealer, error_label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (priv->error_revealer));

  priv->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (priv->page), TRUE);
  priv->hints_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (priv->hints_group, _("Quality Hints"));
  gtk_widget_set_name (GTK_WIDGET (priv->hints_group), "hints");
  gtk_widget_set_visible (GTK_WIDGET (priv->hints_group), FALSE);
  adw_preferences_page_add (priv->page, priv->hints_group);
  priv->delete_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  gtk_widget_set_visible (GTK_WIDGET (priv->delete_group), FALSE);
  adw_preferences_page_add (priv->page, priv->delete_group);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (priv->page));

  adw_window_set_content (ADW_WINDOW (self), box);
}
