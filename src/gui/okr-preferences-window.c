/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-due.h"
#include "okr-preferences-window.h"
#include "okr-settings.h"
#include "okr-store-read.h"
#include "okr-sync.h"

/* Preferences: who I am in the open document, the weekly check-in's day and time, the
 * language, the style and the theme of exported charts. Every change is kept at once. */
struct _OkrPreferencesWindow {
  AdwPreferencesWindow parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *me_group;
  AdwComboRow         *me_row;
  AdwComboRow         *day_row;
  GtkSpinButton       *hour_spin;
  GtkSpinButton       *minute_spin;
  AdwComboRow         *language_row;
  AdwComboRow         *scheme_row;
  AdwComboRow         *chart_row;

  GSettings           *settings;
  OkrStore            *store;
  GArray              *people;   /* gint64 person ids; entry 0 is "nobody" */
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (OkrPreferencesWindow, okr_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* ───────────────────────── choices kept as strings ───────────────────────── */

static gboolean
choice_to_selected (GValue *value, GVariant *variant, gpointer user_data)
{
  const char *const *choices = user_data;
  const char *chosen = g_variant_get_string (variant, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    if (g_str_equal (choices[i], chosen))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
selected_to_choice (const GValue *value, const GVariantType *type, gpointer user_data)
{
  const char *const *choices = user_data;
  guint i = g_value_get_uint (value);

  if (i >= g_strv_length ((char **) choices))
    return NULL;
  return g_variant_new_string (choices[i]);
}

/* @choices and @labels are parallel and NULL-terminated; @choices must outlive the window. */
static void
bind_choice (OkrPreferencesWindow *self, const char *key, AdwComboRow *row,
             const char *const *choices, const char *const *labels)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);

  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                choice_to_selected, selected_to_choice, (gpointer) choices, NULL);
}

static gboolean
day_to_selected (GValue *value, GVariant *variant, gpointer user_data)
{
  g_value_set_uint (value, (guint) CLAMP (g_variant_get_int32 (variant), 1, 7) - 1);
  return TRUE;
}

static GVariant *
selected_to_day (const GValue *value, const GVariantType *type, gpointer user_data)
{
  guint i = g_value_get_uint (value);
  return i < 7 ? g_variant_new_int32 ((gint32) i + 1) : NULL;
}

/* ───────────────────────── the check-in time ───────────────────────── */

static void
load_time (OkrPreferencesWindow *self)
{
  OkrCheckinTime time;

  okr_checkin_time_from_settings (&time, self->settings);
  self->loading = TRUE;
  gtk_spin_button_set_value (self->hour_spin, time.hour);
  gtk_spin_button_set_value (self->minute_spin, time.minute);
  self->loading = FALSE;
}

static void
on_time_changed (GtkSpinButton *spin, OkrPreferencesWindow *self)
{
  g_autofree char *hh_mm = NULL;

  if (self->loading)
    return;
  hh_mm = g_strdup_printf ("%02d:%02d", gtk_spin_button_get_value_as_int (self->hour_spin),
                           gtk_spin_button_get_value_as_int (self->minute_spin));
  g_settings_set_string (self->settings, "checkin-time", hh_mm);
}

/* Two digits, as a clock shows minutes. */
static gboolean
on_spin_output (GtkSpinButton *spin, gpointer user_data)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

/* ───────────────────────── who I am ───────────────────────── */

static void
on_me_selected (AdwComboRow *row, GParamSpec *pspec, OkrPreferencesWindow *self)
{
  guint i = adw_combo_row_get_selected (row);

  if (self->loading || self->store == NULL || i >= self->people->len)
    return;
  okr_settings_set_me (self->settings, self->store, g_array_index (self->people, gint64, i));
}

static void
load_people (OkrPreferencesWindow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) people = NULL;
  g_autofree char *name = NULL, *description = NULL;
  gint64 me, nobody = 0;
  guint selected = 0;

  if (self->store == NULL)
    {
      adw_preferences_group_set_description (self->me_group,
                                             _("Open a document to say who you are in it."));
      gtk_widget_set_sensitive (GTK_WIDGET (self->me_row), FALSE);
      return;
    }

  name = g_filename_display_basename (okr_sync_document_path (self->store));
  /* Translators: %s is a document's file name. */
  description = g_strdup_printf (_("In “%s”: your key results come first in the weekly "
                                   "check-in, and your name goes on your check-ins."), name);
  adw_preferences_group_set_description (self->me_group, description);

  me = okr_settings_get_me (self->settings, self->store);
  people = okr_store_list_people (self->store, NULL);
  g_array_append_val (self->people, nobody);
  /* Translators: the choice of "who I am" when the leader is none of the document's people. */
  gtk_string_list_append (names, _("Nobody in particular"));
  for (guint i = 0; people != NULL && i < people->len; i++)
    {
      OkrPerson *p = g_ptr_array_index (people, i);
      gint64 id = okr_person_get_id (p);

      g_array_append_val (self->people, id);
      gtk_string_list_append (names, okr_person_get_name (p));
      if (id == me)
        selected = i + 1;
    }
  self->loading = TRUE;
  adw_combo_row_set_model (self->me_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->me_row, selected);
  self->loading = FALSE;
}

/* ───────────────────────── lifecycle ───────────────────────── */

static void
on_language_changed (GSettings *settings, const char *key, OkrPreferencesWindow *self)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    adw_toast_new (_("Start Cascade again to use the new "
                                                     "language.")));
}

static void
okr_preferences_window_dispose (GObject *object)
{
  OkrPreferencesWindow *self = OKR_PREFERENCES_WINDOW (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OKR_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_pointer (&self->people, g_array_unref);
  G_OBJECT_CLASS (okr_preferences_window_parent_class)->dispose (object);
}

static void
okr_preferences_window_class_init (OkrPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = okr_preferences_window_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cascadeokr/Cascade/"
                                                             "okr-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OkrPreferencesWindow, me_group);
  gtk_widget_class_bind_template_child (widget_class, OkrPreferencesWindow, me_row);
  gtk_widget_class_bind_template_child (widget_class, OkrPreferencesWindow, day_row);
  gtk_widget_class_bind_template_child (widget_class, OkrPreferencesWindow, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, OkrPreferencesWindow, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, OkrPreferencesWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, OkrPreferencesWindow, scheme_row);
  gtk_widget_class_bind_template_child (widget_class, OkrPreferencesWindow, chart_row);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
}

static void
okr_preferences_window_init (OkrPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->people = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * okr_preferences_window_new:
 * @store: (nullable): the document of the window it was opened from: "who I am" is
 *   chosen among its people
 */
GtkWidget *
okr_preferences_window_new (GtkWindow *parent, GSettings *settings, OkrStore *store)
{
  static const char *const languages[] = { "system", "en", "vi", NULL };
  static const char *const schemes[] = { "default", "light", "dark", NULL };
  static const char *const themes[] = { "auto", "light", "dark", NULL };
  OkrPreferencesWindow *self;
  g_autoptr(GtkStringList) days = gtk_string_list_new (NULL);

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (OKR_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  self->settings = g_object_ref (settings);
  self->store = store != NULL ? g_object_ref (store) : NULL;

  load_people (self);
  g_signal_connect (self->me_row, "notify::selected", G_CALLBACK (on_me_selected), self);

  for (int d = 1; d <= 7; d++)
    gtk_string_list_append (days, okr_weekday_to_label (d));
  adw_combo_row_set_model (self->day_row, G_LIST_MODEL (days));
  g_settings_bind_with_mapping (settings, "checkin-day", self->day_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, day_to_selected, selected_to_day, NULL,
                                NULL);
  load_time (self);
  g_signal_connect (self->hour_spin, "output", G_CALLBACK (on_spin_output), NULL);
  g_signal_connect (self->minute_spin, "output", G_CALLBACK (on_spin_output), NULL);
  g_signal_connect (self->hour_spin, "value-changed", G_CALLBACK (on_time_changed), self);
  g_signal_connect (self->minute_spin, "value-changed", G_CALLBACK (on_time_changed), self);

  {
    /* Language names are written in their own language, never translated. */
    const char *language_labels[] = { _("Same as the system"), "English", "Tiếng Việt", NULL };
    const char *scheme_labels[] = { _("Follow the system"), _("Light"), _("Dark"), NULL };
    const char *theme_labels[] = { _("Same as the app"), _("Light"), _("Dark"), NULL };

    bind_choice (self, "language", self->language_row, languages, language_labels);
    bind_choice (self, "color-scheme", self->scheme_row, schemes, scheme_labels);
    bind_choice (self, "chart-theme", self->chart_row, themes, theme_labels);
  }
  g_signal_connect (settings, "changed::language", G_CALLBACK (on_language_changed), self);
  return GTK_WIDGET (self);
}
