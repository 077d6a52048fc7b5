/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-kpi-view.c — the KPIs page: the selected unit's health metrics
 *
 * Each KPI shows its latest reading, its thresholds and its status, and opens onto its
 * recent readings, a row to add one, and — when it is red — "Draft an OKR to fix this".
 * Below, the unit's key results that reached their target in the cycle shown offer "Keep
 * this level as a KPI". Both prefill a dialog; nothing is written until it is confirmed.
 * Actions live on the window under "kpi."; the store refuses what a closed cycle can't
 * take, and the refusal is shown.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "okr-form-dialog.h"
#include "okr-format.h"
#include "okr-gui-util.h"
#include "okr-kpi-draft.h"
#include "okr-kpi-view.h"
#include "okr-store-edits.h"
#include "okr-window.h"

#define HISTORY_SHOWN 6

struct _OkrKpiView {
  AdwBin              parent_instance;

  GtkStack           *stack;
  GtkLabel           *title;
  GtkListBox         *kpi_list;
  AdwPreferencesGroup *achieved_group;
  AdwStatusPage      *empty;

  OkrWindow          *window;    /* not owned: the view lives inside it */
  GSimpleActionGroup *actions;
  GPtrArray          *achieved_rows;
  gint64              unit_id;
  guint               n_kpis;
};

static void okr_kpi_view_view_init (OkrViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OkrKpiView, okr_kpi_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (OKR_TYPE_VIEW, okr_kpi_view_view_init))

static OkrStore *
store_of (OkrKpiView *self)
{
  return self->window != NULL ? okr_window_get_store (self->window) : NULL;
}

static void
show_error (OkrKpiView *self, const GError *error)
{
  okr_window_show_refusal (self->window, error->message);
}

/* ───────────────────────── the KPI rows ───────────────────────── */

static const char *
band_label (OkrKpi *kpi, OkrStatus *status)
{
  OkrBand band;

  if (!okr_kpi_get_band (kpi, &band))
    {
      *status = OKR_STATUS_NOT_STARTED;
      return okr_kpi_get_n_readings (kpi) == 0 ? C_("KPI status", "No reading")
                                               : C_("KPI status", "No thresholds");
    }
  switch (band)
    {
    case OKR_BAND_GREEN:
      *status = OKR_STATUS_ON_TRACK;
      return C_("KPI status", "Green");
    case OKR_BAND_YELLOW:
      *status = OKR_STATUS_AT_RISK;
      return C_("KPI status", "Yellow");
    case OKR_BAND_RED:
    default:
      *status = OKR_STATUS_OFF_TRACK;
      return C_("KPI status", "Red");
    }
}

/* "6.5% on Mar 1, 2027 · green at 2% or less · red at 5% or more" */
static char *
kpi_subtitle (OkrKpi *kpi)
{
  double green = okr_kpi_get_green (kpi), red = okr_kpi_get_red (kpi);
  gboolean lower_is_better = isfinite (green) && isfinite (red) && green < red;
  g_autoptr(GString) text = g_string_new (NULL);

  if (okr_kpi_get_n_readings (kpi) == 0)
    g_string_append (text, _("No reading yet"));
  else
    {
      g_autofree char *value = okr_kpi_format_value (kpi, okr_kpi_get_current (kpi));
      g_autofree char *date = okr_format_date (okr_kpi_get_current_date (kpi));
      /* Translators: a KPI's latest reading and its date. */
      g_string_printf (text, _("%s on %s"), value, date);
    }
  if (isfinite (green))
    {
      g_autofree char *v = okr_kpi_format_value (kpi, green);
      g_string_append (text, " · ");
      g_string_append_printf (text, lower_is_better ? _("green at %s or less")
                                                    : _("green at %s or more"), v);
    }
  if (isfinite (red))
    {
      g_autofree char *v = okr_kpi_format_value (kpi, red);
      g_string_append (text, " · ");
      g_string_append_printf (text, lower_is_better ? _("red at %s or more")
                                                    : _("red at %s or less"), v);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
history_rows (OkrKpiView *self, OkrKpi *kpi, GtkWidget *expander)
{
  g_autoptr(GArray) readings = okr_kpi_list_readings (store_of (self), okr_kpi_get_id (kpi),
                                                      HISTORY_SHOWN + 1, NULL);

  for (guint i = 0; readings != NULL && i < MIN (readings->len, HISTORY_SHOWN); i++)
    {
      OkrKpiReading *r = &g_array_index (readings, OkrKpiReading, i);
      g_autofree char *value = okr_kpi_format_value (kpi, r->value);
      g_autofree char *date = okr_format_date (r->date);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), value);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), date);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }
  if (readings != NULL && readings->len > HISTORY_SHOWN)
    {
      GtkWidget *more = adw_action_row_new ();
      g_autofree char *text = g_strdup_printf (ngettext ("%u reading in all",
                                                         "%u readings in all",
                                                         okr_kpi_get_n_readings (kpi)),
                                               okr_kpi_get_n_readings (kpi));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (more), text);
      gtk_widget_add_css_class (more, "dim-label");
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), more);
    }
  return expander;
}

typedef struct {
  gint64     kpi;
  GtkEntry  *value;
  GtkWidget *date_button;
  GtkCalendar *calendar;
} ReadingRow;

static void
update_date_label (ReadingRow *r)
{
  g_autoptr(GDateTime) when = gtk_calendar_get_date (r->calendar);
  g_autofree char *text = okr_format_date (okr_date_from_ymd (g_date_time_get_year (when),
                                                              g_date_time_get_month (when),
                                                              g_date_time_get_day_of_month (when)));

  gtk_menu_button_set_label (GTK_MENU_BUTTON (r->date_button), text);
}

static void
add_reading_clicked (GtkWidget *button, ReadingRow *r)
{
  g_autoptr(GDateTime) when = gtk_calendar_get_date (r->calendar);
  g_autofree char *iso = g_date_time_format (when, "%Y-%m-%d");

  gtk_widget_activate_action (button, "kpi.add-reading", "(xss)", r->kpi,
                              gtk_editable_get_text (GTK_EDITABLE (r->value)), iso);
}

static GtkWidget *
reading_row (OkrKpi *kpi)
{
  ReadingRow *r = g_new0 (ReadingRow, 1);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add"));
  OkrDate today = okr_date_today ();
  int y, m, d;

  r->kpi = okr_kpi_get_id (kpi);
  r->value = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (r->value, _("Value"));
  /* narrow enough for a phone-sized window, wider where there is room */
  gtk_editable_set_width_chars (GTK_EDITABLE (r->value), 4);
  gtk_widget_set_hexpand (GTK_WIDGET (r->value), TRUE);
  gtk_entry_set_input_purpose (r->value, GTK_INPUT_PURPOSE_NUMBER);
  gtk_widget_set_valign (GTK_WIDGET (r->value), GTK_ALIGN_CENTER);
  r->calendar = GTK_CALENDAR (gtk_calendar_new ());
  okr_date_to_ymd (today, &y, &m, &d);
  {
    g_autoptr(GDateTime) date = g_date_time_new_local (y, m, d, 12, 0, 0);
    gtk_calendar_select_day (r->calendar, date);
  }
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (r->calendar));
  r->date_button = gtk_menu_button_new ();
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (r->date_button), popover);
  gtk_widget_set_valign (r->date_button, GTK_ALIGN_CENTER);
  update_date_label (r);
  g_signal_connect_swapped (r->calendar, "day-selected", G_CALLBACK (update_date_label), r);
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  g_signal_connect (add, "clicked", G_CALLBACK (add_reading_clicked), r);
  g_signal_connect_swapped (r->value, "activate", G_CALLBACK (gtk_widget_activate), add);
  g_object_set_data_full (G_OBJECT (row), "reading-row", r, g_free);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("New reading"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (r->value));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), r->date_button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), add);
  return row;
}

static GtkWidget *
kpi_row (OkrKpiView *self, OkrKpi *kpi)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *name = g_markup_escape_text (okr_kpi_get_name (kpi), -1);
  g_autofree char *subtitle = kpi_subtitle (kpi);
  g_autofree char *escaped = g_markup_escape_text (subtitle, -1);
  GtkWidget *pill;
  OkrStatus status;
  OkrBand band;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), escaped);
  pill = gtk_label_new (band_label (kpi, &status));
  gtk_widget_add_css_class (pill, "status-pill");
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  okr_widget_set_status_class (pill, status);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), pill);

  if (okr_kpi_get_band (kpi, &band) && band == OKR_BAND_RED)
    {
      GtkWidget *fix = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Draft an OKR to Fix This…"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (fix), _("This KPI is red"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (fix),
                                   _("An objective and a key result from where it is to green, "
                                     "for you to confirm."));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "suggested-action");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "kpi.draft-okr");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                              g_variant_new_int64 (okr_kpi_get_id (kpi)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (fix), button);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), fix);
    }
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), reading_row (kpi));
  return history_rows (self, kpi, row);
}

/* The unit's KRs of the cycle shown that reached their target and measure a level. */
static void
fill_achieved (OkrKpiView *self, OkrRollup *rollup)
{
  GPtrArray *objectives = rollup != NULL ? okr_rollup_get_objectives (rollup, self->unit_id)
                                         : NULL;

  for (guint i = 0; i < self->achieved_rows->len; i++)
    adw_preferences_group_remove (self->achieved_group, self->achieved_rows->pdata[i]);
  g_ptr_array_set_size (self->achieved_rows, 0);

  for (guint o = 0; objectives != NULL && o < objectives->len; o++)
    {
      GPtrArray *krs = okr_rollup_get_key_results (rollup,
                                                   okr_objective_get_id (objectives->pdata[o]));
      for (guint k = 0; k < krs->len; k++)
        {
          OkrKeyResult *kr = krs->pdata[k];
          OkrKrKind kind = okr_key_result_get_kind (kr);
          g_autofree char *title = NULL, *reached = NULL, *value = NULL;
          GtkWidget *row, *button;

          if (okr_key_result_get_progress_raw (kr) < 1.0 ||
              (kind != OKR_KR_NUMBER && kind != OKR_KR_PERCENT && kind != OKR_KR_CURRENCY))
            continue;
          title = g_markup_escape_text (okr_key_result_get_title (kr), -1);
          value = okr_format_kr_value (kind, okr_key_result_get_current (kr),
                                       okr_key_result_get_unit_label (kr));
          /* Translators: an achieved key result: the level it reached. */
          reached = g_strdup_printf (_("Reached %s"), value);
          row = adw_action_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), reached);
          button = gtk_button_new_with_mnemonic (_("_Keep This Level as a KPI…"));
          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "kpi.keep-as-kpi");
          gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                                  g_variant_new_int64 (okr_key_result_get_id (kr)));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
          adw_preferences_group_add (self->achieved_group, row);
          g_ptr_array_add (self->achieved_rows, row);
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->achieved_group), self->achieved_rows->len > 0);
}

/* ───────────────────────── the view ───────────────────────── */

static void install_actions (OkrKpiView *self, OkrWindow *window);

static void
okr_kpi_view_update (OkrView *view, OkrWindow *window)
{
  OkrKpiView *self = OKR_KPI_VIEW (view);
  OkrStore *store = okr_window_get_store (window);
  OkrRollup *rollup = okr_window_get_rollup (window);
  OkrUnit *unit = rollup != NULL ? okr_rollup_find_unit (rollup, okr_window_get_unit_id (window))
                                 : NULL;
  g_autoptr(GPtrArray) kpis = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *child;

  g_autoptr(GHashTable) expanded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                          NULL);

  install_actions (self, window);
  /* rows are made anew; the ones open stay open */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->kpi_list))) != NULL)
    {
      gint64 *id = g_object_get_data (G_OBJECT (child), "kpi-id");

      if (id != NULL && adw_expander_row_get_expanded (ADW_EXPANDER_ROW (child)))
        g_hash_table_add (expanded, g_memdup2 (id, sizeof *id));
      gtk_list_box_remove (self->kpi_list, child);
    }
  self->n_kpis = 0;
  if (store == NULL || unit == NULL)
    {
      self->unit_id = 0;
      fill_achieved (self, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  self->unit_id = okr_unit_get_id (unit);
  /* Translators: the KPIs page's title: the unit whose KPIs they are. */
  title = g_strdup_printf (_("KPIs of %s"), okr_unit_get_name (unit));
  gtk_label_set_label (self->title, title);

  kpis = okr_kpi_list (store, self->unit_id, &error);
  for (guint i = 0; kpis != NULL && i < kpis->len; i++)
    {
      gint64 id = okr_kpi_get_id (kpis->pdata[i]);
      GtkWidget *row = kpi_row (self, kpis->pdata[i]);

      g_object_set_data_full (G_OBJECT (row), "kpi-id", g_memdup2 (&id, sizeof id), g_free);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row),
                                     g_hash_table_contains (expanded, &id));
      gtk_list_box_append (self->kpi_list, row);
    }
  self->n_kpis = kpis != NULL ? kpis->len : 0;
  fill_achieved (self, rollup);
  gtk_stack_set_visible_child_name (self->stack, "kpis");
}

static void
okr_kpi_view_view_init (OkrViewInterface *iface)
{
  iface->update = okr_kpi_view_update;
}

/* ───────────────────────── actions ───────────────────────── */

/* A number as typed in the reader's language; empty is "none" (NAN) when allowed. */
static gboolean
parse_field (OkrKpiView *self, const char *text, gboolean allow_empty, double *value)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (*stripped == '\0' && allow_empty)
    {
      *value = NAN;
      return TRUE;
    }
  if (okr_parse_number (stripped, value))
    return TRUE;
  {
    g_autofree char *message = g_strdup_printf (_("“%s” is not a number."), stripped);
    okr_window_show_refusal (self->window, message);
  }
  return FALSE;
}

static OkrStore *
store_or_say (OkrKpiView *self)
{
  OkrStore *store = store_of (self);

  if (store == NULL || self->unit_id == 0)
    {
      if (self->window != NULL)
        okr_window_show_refusal (self->window, _("Open a document first."));
      return NULL;
    }
  return store;
}

/* kpi.add (name, unit label, green, red) */
static void
action_add (GSimpleAction *action, GVariant *param, gpointer data)
{
  OkrKpiView *self = data;
  g_autoptr(GError) error = NULL;
  OkrStore *store = store_or_say (self);
  const char *name, *label, *green_text, *red_text;
  double green, red;

  if (store == NULL)
    return;
  g_variant_get (param, "(&s&s&s&s)", &name, &label, &green_text, &red_text);
  if (!parse_field (self, green_text, TRUE, &green) || !parse_field (self, red_text, TRUE, &red))
    return;
  if (okr_store_add_kpi (store, self->unit_id, name, label, green, red, &error) == 0)
    show_error (self, error);
}

static void
new_response (AdwMessageDialog *dialog, const char *response, OkrKpiView *self)
{
  GtkWidget *form = GTK_WIDGET (dialog);

  if (g_str_equal (response, "accept"))
    g_action_group_activate_action (G_ACTION_GROUP (self->actions), "add",
                                    g_variant_new ("(ssss)", okr_form_dialog_get_text (form, 0),
                                                   okr_form_dialog_get_text (form, 1),
                                                   okr_form_dialog_get_text (form, 2),
                                                   okr_form_dialog_get_text (form, 3)));
}

static void
action_new (GSimpleAction *action, GVariant *param, gpointer data)
{
  OkrKpiView *self = data;
  GtkWidget *dialog;

  if (store_or_say (self) == NULL)
    return;
  dialog = okr_form_dialog_new (GTK_WIDGET (self), _("Add a KPI"),
                                _("Green and red are where it is healthy and where it is not; "
                                  "red above green means lower is better."), _("_Add"));
  okr_form_dialog_add_entry (dialog, _("_Name"), "", TRUE);
  okr_form_dialog_add_entry (dialog, _("Unit of _measure"), "", FALSE);
  okr_form_dialog_add_entry (dialog, _("_Green"), "", FALSE);
  okr_form_dialog_add_entry (dialog, _("_Red"), "", FALSE);
  g_signal_connect (dialog, "response", G_CALLBACK (new_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* kpi.add-reading (kpi, value as typed, YYYY-MM-DD or "" for today) */
static void
action_add_reading (GSimpleAction *action, GVariant *param, gpointer data)
{
  OkrKpiView *self = data;
  g_autoptr(GError) error = NULL;
  OkrStore *store = store_or_say (self);
  const char *value_text, *date_text;
  OkrDate date = OKR_DATE_NONE;
  double value;
  gint64 kpi;

  if (store == NULL)
    return;
  g_variant_get (param, "(x&s&s)", &kpi, &value_text, &date_text);
  if (!parse_field (self, value_text, FALSE, &value))
    return;
  if (*date_text != '\0' && !okr_date_parse_iso (date_text, &date))
    {
      okr_window_show_refusal (self->window, _("Enter a real date."));
      return;
    }
  if (okr_store_add_kpi_reading (store, kpi, date, value, okr_gui_get_me (store), &error) == 0)
    show_error (self, error);
}

/* A confirmed form activates @action with (@id, the form's fields in order). */
static void
form_response (AdwMessageDialog *dialog, const char *response, OkrKpiView *self)
{
  const char *action = g_object_get_data (G_OBJECT (dialog), "action");
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "id");
  guint n = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "n-fields"));
  GVariantBuilder fields;

  if (!g_str_equal (response, "accept"))
    return;
  g_variant_builder_init (&fields, G_VARIANT_TYPE_TUPLE);
  g_variant_builder_add (&fields, "x", id);
  for (guint i = 0; i < n; i++)
    g_variant_builder_add (&fields, "s", okr_form_dialog_get_text (GTK_WIDGET (dialog), i));
  g_action_group_activate_action (G_ACTION_GROUP (self->actions), action,
                                  g_variant_builder_end (&fields));
}

static void
present_form (OkrKpiView *self, GtkWidget *dialog, const char *action, gint64 id, guint n_fields)
{
  g_object_set_data (G_OBJECT (dialog), "action", (gpointer) action);
  g_object_set_data_full (G_OBJECT (dialog), "id", g_memdup2 (&id, sizeof id), g_free);
  g_object_set_data (G_OBJECT (dialog), "n-fields", GUINT_TO_POINTER (n_fields));
  g_signal_connect (dialog, "response", G_CALLBACK (form_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* kpi.create-okr (kpi, objective title, KR title): the confirmed draft, in the cycle shown. */
static void
action_create_okr (GSimpleAction *action, GVariant *param, gpointer data)
{
  OkrKpiView *self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrKpi) kpi = NULL;
  g_auto(OkrOkrDraft) draft = { 0 };
  OkrStore *store = store_or_say (self);
  const char *objective_title, *kr_title;
  gint64 kpi_id;

  if (store == NULL)
    return;
  g_variant_get (param, "(x&s&s)", &kpi_id, &objective_title, &kr_title);
  if ((kpi = okr_kpi_get (store, kpi_id, &error)) == NULL ||
      !okr_kpi_draft_okr (kpi, &draft, &error))
    {
      show_error (self, error);
      return;
    }
  g_free (draft.objective_title);
  draft.objective_title = g_strdup (objective_title);
  g_free (draft.kr_title);
  draft.kr_title = g_strdup (kr_title);
  if (!okr_kpi_create_okr (store, okr_window_get_cycle_id (self->window), &draft,
                           okr_gui_get_me (store), NULL, NULL, &error))
    {
      show_error (self, error);
      return;
    }
  {
    g_autofree char *done = g_strdup_printf (_("Drafted “%s”."), objective_title);
    AdwToast *toast = adw_toast_new (done);

    adw_toast_set_button_label (toast, _("_Show"));
    adw_toast_set_action_name (toast, "win.show-view");
    adw_toast_set_action_target_value (toast, g_variant_new_string ("cascade"));
    adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
    okr_window_add_toast (self->window, toast);
  }
}

static void
action_draft_okr (GSimpleAction *action, GVariant *param, gpointer data)
{
  OkrKpiView *self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(OkrKpi) kpi = NULL;
  g_auto(OkrOkrDraft) draft = { 0 };
  g_autofree char *heading = NULL, *body = NULL;
  OkrStore *store = store_or_say (self);
  OkrRollup *rollup;
  gint64 id = g_variant_get_int64 (param);
  GtkWidget *dialog;

  if (store == NULL)
    return;
  if ((kpi = okr_kpi_get (store, id, &error)) == NULL || !okr_kpi_draft_okr (kpi, &draft, &error))
    {
      show_error (self, error);
      return;
    }
  rollup = okr_window_get_rollup (self->window);
  heading = g_strdup_printf (_("Fix “%s”"), okr_kpi_get_name (kpi));
  /* Translators: the body of the dialog that drafts an OKR from a red KPI; %s is the
   * cycle it will go into. */
  body = g_strdup_printf (_("A committed objective for %s, with one key result from where the "
                            "KPI is to green. Edit the words, then create them."),
                          rollup != NULL ? okr_cycle_get_name (okr_rollup_get_cycle (rollup))
                                         : "");
  dialog = okr_form_dialog_new (GTK_WIDGET (self), heading, body, _("_Create"));
  okr_form_dialog_add_entry (dialog, _("_Objective"), draft.objective_title, TRUE);
  okr_form_dialog_add_entry (dialog, _("_Key result"), draft.kr_title, TRUE);
  present_form (self, dialog, "create-okr", id, 2);
}

/* kpi.create-from-kr (KR, name, green, red): the confirmed KPI, with its first reading. */
static void
action_create_from_kr (GSimpleAction *action, GVariant *param, gpointer data)
{
  OkrKpiView *self = data;
  g_autoptr(GError) error = NULL;
  g_auto(OkrKpiDraft) draft = { 0 };
  OkrStore *store = store_or_say (self);
  OkrRollup *rollup = okr_window_get_rollup (self->window);
  OkrKeyResult *kr;
  const char *name, *green_text, *red_text;
  gint64 kr_id;

  if (store == NULL || rollup == NULL)
    return;
  g_variant_get (param, "(x&s&s&s)", &kr_id, &name, &green_text, &red_text);
  kr = okr_rollup_find_key_result (rollup, kr_id);
  if (kr == NULL)
    {
      okr_window_show_refusal (self->window, _("The key result does not exist."));
      return;
    }
  if (!okr_kpi_draft_from_kr (rollup, kr, &draft, &error))
    {
      show_error (self, error);
      return;
    }
  if (!parse_field (self, green_text, TRUE, &draft.green) ||
      !parse_field (self, red_text, TRUE, &draft.red))
    return;
  g_free (draft.name);
  draft.name = g_strdup (name);
  if (okr_kpi_create (store, &draft, &error) == 0)
    {
      show_error (self, error);
      return;
    }
  {
    g_autofree char *done = g_strdup_printf (_("“%s” is now a KPI."), name);
    okr_window_show_toast (self->window, done);
  }
}

static void
action_keep_as_kpi (GSimpleAction *action, GVariant *param, gpointer data)
{
  OkrKpiView *self = data;
  g_autoptr(GError) error = NULL;
  g_auto(OkrKpiDraft) draft = { 0 };
  g_autofree char *green = NULL, *red = NULL;
  OkrRollup *rollup = okr_window_get_rollup (self->window);
  gint64 id = g_variant_get_int64 (param);
  OkrKeyResult *kr = rollup != NULL ? okr_rollup_find_key_result (rollup, id) : NULL;
  GtkWidget *dialog;

  if (store_or_say (self) == NULL)
    return;
  if (kr == NULL)
    {
      okr_window_show_refusal (self->window, _("The key result does not exist."));
      return;
    }
  if (!okr_kpi_draft_from_kr (rollup, kr, &draft, &error))
    {
      show_error (self, error);
      return;
    }
  green = okr_format_number (draft.green, -1);
  red = isfinite (draft.red) ? okr_format_number (draft.red, -1) : g_strdup ("");
  dialog = okr_form_dialog_new (GTK_WIDGET (self), _("Keep This Level as a KPI"),
                                _("A KPI that stays green at the level the key result reached, "
                                  "and turns red back where it started. Its first reading is "
                                  "the final value."), _("_Keep as KPI"));
  okr_form_dialog_add_entry (dialog, _("_Name"), draft.name, TRUE);
  okr_form_dialog_add_entry (dialog, _("_Green"), green, FALSE);
  okr_form_dialog_add_entry (dialog, _("_Red"), red, FALSE);
  present_form (self, dialog, "create-from-kr", id, 3);
}

static const GActionEntry action_entries[] = {
  { "new", action_new },
  { "add", action_add, "(ssss)" },
  { "add-reading", action_add_reading, "(xss)" },
  { "draft-okr", action_draft_okr, "x" },
  { "create-okr", action_create_okr, "(xss)" },
  { "keep-as-kpi", action_keep_as_kpi, "x" },
  { "create-from-kr", action_create_from_kr, "(xsss)" },
};

static void
install_actions (OkrKpiView *self, OkrWindow *window)
{
  if (self->window == window)
    return;
  self->window = window;
  gtk_widget_insert_action_group (GTK_WIDGET (window), "kpi", G_ACTION_GROUP (self->actions));
}

/* ───────────────────────── lifecycle ───────────────────────── */

static void
okr_kpi_view_dispose (GObject *object)
{
  OkrKpiView *self = OKR_KPI_VIEW (object);

  if (self->window != NULL)
    gtk_widget_insert_action_group (GTK_WIDGET (self->window), "kpi", NULL);
  self->window = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), OKR_TYPE_KPI_VIEW);
  g_clear_pointer (&self->achieved_rows, g_ptr_array_unref);
  g_clear_object (&self->actions);
  G_OBJECT_CLASS (okr_kpi_view_parent_class)->dispose (object);
}

static void
okr_kpi_view_class_init (OkrKpiViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = okr_kpi_view_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cascadeokr/Cascade/okr-kpi-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OkrKpiView, title);
  gtk_widget_class_bind_template_child (widget_class, OkrKpiView, kpi_list);
  gtk_widget_class_bind_template_child (widget_class, OkrKpiView, achieved_group);
  gtk_widget_class_bind_template_child (widget_class, OkrKpiView, empty);
}

static void
okr_kpi_view_init (OkrKpiView *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a bound template child: gtk_widget_dispose_template () would unparent the bin's
   * child behind AdwBin's back, which unparents it again. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), action_entries,
                                   G_N_ELEMENTS (action_entries), self);
  self->achieved_rows = g_ptr_array_new ();

  placeholder = gtk_label_new (_("No KPIs yet. Add the health metrics this unit watches, such "
                                 "as churn or uptime."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_margin_start (placeholder, 18);
  gtk_widget_set_margin_end (placeholder, 18);
  gtk_list_box_set_placeholder (self->kpi_list, placeholder);
}

GtkWidget *
okr_kpi_view_new (void)
{
  return g_object_new (OKR_TYPE_KPI_VIEW, NULL);
}

/* How many KPIs the page shows. */
guint
okr_kpi_view_get_n_kpis (OkrKpiView *self)
{
  g_return_val_if_fail (OKR_IS_KPI_VIEW (self), 0);
  return self->n_kpis;
}
