/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export, copy and print, all through the core's drawing: what is exported is what is shown. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "okr-application.h"
#include "okr-chart-export.h"
#include "okr-chart-theme.h"
#include "okr-deck.h"
#include "okr-export-dialog.h"
#include "okr-rollup.h"
#include "okr-store-read.h"
#include "okr-window.h"

/* ───────────────────────── telling the user ───────────────────────── */

static void
tell (GtkWidget *parent, const char *message)
{
  GtkRoot *root = gtk_widget_get_root (parent);

  if (OKR_IS_WINDOW (root))
    okr_window_show_toast (OKR_WINDOW (root), message);
}

static void
tell_error (GtkWindow *window, const char *title, const GError *error)
{
  if (OKR_IS_WINDOW (window))
    okr_window_show_error (OKR_WINDOW (window), title, error->message);
}

static void
tell_saved (GtkWindow *window, const char *path)
{
  g_autofree char *name = g_filename_display_basename (path);
  /* Translators: a toast after an export; %s is the file's name. */
  g_autofree char *message = g_strdup_printf (_("Saved “%s”"), name);

  if (OKR_IS_WINDOW (window))
    okr_window_show_toast (OKR_WINDOW (window), message);
}

/* ───────────────────────── choices as rows ───────────────────────── */

static AdwComboRow *
add_choice (GtkListBox *list, const char *title, const char *const *choices, guint selected)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  g_autoptr(GtkStringList) model = gtk_string_list_new (choices);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  adw_combo_row_set_selected (row, selected);
  gtk_list_box_append (list, GTK_WIDGET (row));
  return row;
}

static GtkListBox *
choices_list (AdwMessageDialog *dialog)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_message_dialog_set_extra_child (dialog, list);
  return GTK_LIST_BOX (list);
}

static AdwMessageDialog *
ask (GtkWidget *parent, const char *heading, const char *body, const char *action)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "export", action, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return ADW_MESSAGE_DIALOG (dialog);
}

/* Where to save: a file chooser with a suggested name. */
static void
choose_file (GtkWindow *window, const char *title, const char *name, const char *filter_name,
             const char *pattern, GCallback response, gpointer job)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, window,
                                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                                               _("_Save"), _("_Cancel"));
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", response, job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static char *
chosen_path (GtkNativeDialog *chooser, int response)
{
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return NULL;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  return file != NULL ? g_file_get_path (file) : NULL;
}

/* ───────────────────────── a chart ───────────────────────── */

static const char *const formats[] = { "PNG", "SVG", "PDF", NULL };
static const char *const extensions[] = { ".png", ".svg", ".pdf" };
static const char *const patterns[] = { "*.png", "*.svg", "*.pdf" };

/* What was chosen last time, for the next export of this session. */
static guint last_format, last_size, last_scale = 1;

typedef struct {
  OkrChart     *chart;
  GtkWindow    *window;
  AdwComboRow  *format, *size, *scale, *theme;
  int           screen_width, screen_height;
  OkrChartFormat chosen_format;
  double        width, height, scale_factor;
  gboolean      dark;
} ChartJob;

static void
chart_job_free (ChartJob *job)
{
  okr_chart_unref (job->chart);
  g_clear_object (&job->window);
  g_free (job);
}

static void
on_chart_file (GtkNativeDialog *chooser, int response, ChartJob *job)
{
  g_autofree char *path = chosen_path (chooser, response);
  g_autoptr(GError) error = NULL;
  OkrChartStyle style;

  if (path != NULL)
    {
      okr_chart_style_init (&style, job->dark);
      style.show_title = TRUE;
      if (okr_chart_export (job->chart, path, job->chosen_format, job->width, job->height,
                            job->scale_factor, &style, &error))
        tell_saved (job->window, path);
      else
        tell_error (job->window, _("The Chart Could Not Be Exported"), error);
    }
  g_object_unref (chooser);
  chart_job_free (job);
}

static void
on_format_changed (AdwComboRow *row, GParamSpec *pspec, ChartJob *job)
{
  /* Vector formats have no pixels to multiply. */
  gtk_widget_set_sensitive (GTK_WIDGET (job->scale),
                            adw_combo_row_get_selected (row) == OKR_CHART_FORMAT_PNG);
}

static void
on_chart_response (AdwMessageDialog *dialog, const char *response, ChartJob *job)
{
  static const double presets[][2] = { { 1920, 1080 }, { 1280, 720 } };
  g_autofree char *stem = NULL, *name = NULL;
  guint size;

  if (!g_str_equal (response, "export"))
    {
      chart_job_free (job);
      return;
    }
  last_format = adw_combo_row_get_selected (job->format);
  last_size = size = adw_combo_row_get_selected (job->size);
  last_scale = adw_combo_row_get_selected (job->scale);
  job->chosen_format = (OkrChartFormat) MIN (last_format, OKR_CHART_FORMAT_PDF);
  job->width = size < G_N_ELEMENTS (presets) ? presets[size][0] : MAX (job->screen_width, 16);
  job->height = size < G_N_ELEMENTS (presets) ? presets[size][1] : MAX (job->screen_height, 16);
  job->scale_factor = job->chosen_format == OKR_CHART_FORMAT_PNG ? last_scale + 1 : 1;
  job->dark = adw_combo_row_get_selected (job->theme) == 1;

  stem = okr_chart_dup_file_stem (job->chart);
  name = g_strconcat (stem, extensions[job->chosen_format], NULL);
  choose_file (job->window, _("Export Chart"), name, formats[job->chosen_format],
               patterns[job->chosen_format], G_CALLBACK (on_chart_file), job);
}

void
okr_export_chart_dialog (GtkWidget *parent, OkrChart *chart, int screen_width, int screen_height)
{
  AdwMessageDialog *dialog;
  GtkListBox *list;
  ChartJob *job;
  g_autofree char *on_screen = NULL;
  const char *sizes[4], *scales[] = { "1×", "2×", "3×", NULL };
  const char *themes[] = { C_("chart theme", "Light"), C_("chart theme", "Dark"), NULL };
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (parent) && chart != NULL);

  job = g_new0 (ChartJob, 1);
  job->chart = okr_chart_ref (chart);
  root = gtk_widget_get_root (parent);
  job->window = GTK_IS_WINDOW (root) ? g_object_ref (GTK_WINDOW (root)) : NULL;
  job->screen_width = screen_width;
  job->screen_height = screen_height;

  /* Translators: the size of an exported chart as it is on the screen: "640 × 360 (as
   * shown)". */
  on_screen = g_strdup_printf (_("%d × %d (as shown)"), screen_width, screen_height);
  sizes[0] = "1920 × 1080";
  sizes[1] = "1280 × 720";
  sizes[2] = on_screen;
  sizes[3] = NULL;

  dialog = ask (parent, _("Export Chart"), okr_chart_get_title (chart), _("_Export…"));
  list = choices_list (dialog);
  job->format = add_choice (list, _("Format"), formats, last_format);
  job->size = add_choice (list, _("Size"), sizes, last_size);
  job->scale = add_choice (list, _("Scale"), scales, last_scale);
  job->theme = add_choice (list, _("Theme"), themes,
                           okr_chart_theme_get_dark (okr_chart_theme_get_default ()) ? 1 : 0);
  g_signal_connect (job->format, "notify::selected", G_CALLBACK (on_format_changed), job);
  on_format_changed (job->format, NULL, job);
  g_signal_connect (dialog, "response", G_CALLBACK (on_chart_response), job);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ───────────────────────── the deck ───────────────────────── */

typedef struct {
  OkrStore     *store;
  gint64        cycle_id;
  GtkWindow    *window;
  AdwComboRow  *language, *theme;
  char         *language_code;
  gboolean      dark;
} DeckJob;

static void
deck_job_free (DeckJob *job)
{
  g_clear_object (&job->store);
  g_clear_object (&job->window);
  g_free (job->language_code);
  g_free (job);
}

static void
on_deck_file (GtkNativeDialog *chooser, int response, DeckJob *job)
{
  g_autofree char *path = chosen_path (chooser, response);
  g_autoptr(GError) error = NULL;
  OkrChartStyle style;

  if (path != NULL)
    {
      okr_chart_style_init (&style, job->dark);
      if (okr_deck_export (job->store, job->cycle_id, okr_date_today (), job->language_code,
                           &style, path, NULL, &error))
        tell_saved (job->window, path);
      else
        tell_error (job->window, _("The Deck Could Not Be Exported"), error);
    }
  g_object_unref (chooser);
  deck_job_free (job);
}

static const char *const languages[] = { "en", "vi" };

static void
on_deck_response (AdwMessageDialog *dialog, const char *response, DeckJob *job)
{
  g_autoptr(OkrCycle) cycle = NULL;
  g_autofree char *company = NULL, *name = NULL, *stem = NULL;

  if (!g_str_equal (response, "export"))
    {
      deck_job_free (job);
      return;
    }
  job->language_code = g_strdup (languages[MIN (adw_combo_row_get_selected (job->language), 1)]);
  job->dark = adw_combo_row_get_selected (job->theme) == 1;

  company = okr_store_dup_company_name (job->store);
  cycle = okr_store_get_cycle (job->store, job->cycle_id, NULL);
  /* Translators: the suggested file name of a deck: the company, the cycle. */
  name = g_strdup_printf (_("%s %s all-hands.pdf"), company != NULL ? company : "",
                          cycle != NULL ? okr_cycle_get_name (cycle) : "");
  stem = g_strstrip (g_steal_pointer (&name));
  choose_file (job->window, _("Export the All-Hands Deck"), stem, "PDF", "*.pdf",
               G_CALLBACK (on_deck_file), job);
}

void
okr_export_deck_dialog (GtkWidget *parent, OkrStore *store, gint64 cycle_id)
{
  /* Language names in their own language: a reader finds theirs. */
  const char *names[] = { "English", "Tiếng Việt", NULL };
  const char *themes[] = { C_("chart theme", "Light"), C_("chart theme", "Dark"), NULL };
  AdwMessageDialog *dialog;
  GtkListBox *list;
  DeckJob *job;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (parent) && OKR_IS_STORE (store));

  job = g_new0 (DeckJob, 1);
  job->store = g_object_ref (store);
  job->cycle_id = cycle_id;
  root = gtk_widget_get_root (parent);
  job->window = GTK_IS_WINDOW (root) ? g_object_ref (GTK_WINDOW (root)) : NULL;

  dialog = ask (parent, _("Export the All-Hands Deck"),
                _("One 16:9 PDF: the company’s progress, each company objective with the pace "
                  "of its key results, each department, the key results at risk and, once "
                  "the cycle has ended, the scores."), _("_Export…"));
  list = choices_list (dialog);
  job->language = add_choice (list, _("Language of the Slides"), names,
                              g_str_equal (okr_application_get_language (), "vi") ? 1 : 0);
  job->theme = add_choice (list, _("Theme"), themes,
                           okr_chart_theme_get_dark (okr_chart_theme_get_default ()) ? 1 : 0);
  g_signal_connect (dialog, "response", G_CALLBACK (on_deck_response), job);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ───────────────────────── print and copy ───────────────────────── */

static void
draw_page (GtkPrintOperation *operation, GtkPrintContext *context, int page, OkrChart *chart)
{
  OkrChartStyle style;

  /* Paper is white: always the light theme. */
  okr_chart_style_init (&style, FALSE);
  style.show_title = TRUE;
  okr_chart_draw (chart, gtk_print_context_get_cairo_context (context),
                  gtk_print_context_get_width (context), gtk_print_context_get_height (context),
                  &style, NULL);
}

void
okr_print_chart (GtkWidget *parent, OkrChart *chart)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (parent);
  GtkPrintOperationResult result;

  g_return_if_fail (chart != NULL);

  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_job_name (operation, okr_chart_get_title (chart));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page), okr_chart_ref (chart),
                         (GClosureNotify) (void (*) (void)) okr_chart_unref, 0);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    tell_error (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                _("The Chart Could Not Be Printed"), error);
}

/* A slide-sized picture, as sharp as this screen. */
void
okr_copy_chart (GtkWidget *widget, OkrChart *chart)
{
  int scale = gtk_widget_get_scale_factor (widget);
  OkrChartStyle style;
  cairo_surface_t *image;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width, height, stride;

  g_return_if_fail (chart != NULL);

  okr_chart_theme_init_style (okr_chart_theme_get_default (), &style, FALSE);
  image = okr_chart_render_image (chart, 1280, 720, scale, &style);
  width = cairo_image_surface_get_width (image);
  height = cairo_image_surface_get_height (image);
  stride = cairo_image_surface_get_stride (image);
  /* Cairo's ARGB32 is GDK's default memory format: premultiplied, native byte order. */
  bytes = g_bytes_new (cairo_image_surface_get_data (image), (gsize) stride * height);
  cairo_surface_destroy (image);
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  tell (widget, _("Chart copied"));
}
