/* SPDX-License-Identifier: GPL-3.0-or-later */
/* chart, deck: any chart as a PNG, SVG or PDF file; the all-hands deck as a PDF */
#include "config.h"

#include <glib/gi18n.h>

#include "cli.h"
#include "okr-chart-data.h"
#include "okr-chart-export.h"
#include "okr-deck.h"
#include "okr-language.h"
#include "okr-rollup.h"
#include "okr-store-read.h"

typedef struct {
  char   *cycle;
  char   *lang;
  char   *theme;
  char   *out;
} CommonOptions;

static void
common_options_clear (CommonOptions *o)
{
  g_free (o->cycle);
  g_free (o->lang);
  g_free (o->theme);
  g_free (o->out);
}

/* --lang, --theme and --out, checked before the document is opened. */
static gboolean
check_common (CliContext *ctx, CommonOptions *o, gboolean *dark, int *status)
{
  if (o->out == NULL)
    {
      *status = cli_usage (ctx, _("Say where to write the file with --out."));
      return FALSE;
    }
  if (o->lang != NULL && !okr_language_is_known (o->lang))
    {
      g_autofree char *message = g_strdup_printf (_("--lang is “en” or “vi”, not “%s”."),
                                                  o->lang);
      *status = cli_usage (ctx, message);
      return FALSE;
    }
  if (o->theme != NULL && !g_str_equal (o->theme, "light") && !g_str_equal (o->theme, "dark"))
    {
      g_autofree char *message = g_strdup_printf (_("--theme is “light” or “dark”, not “%s”."),
                                                  o->theme);
      *status = cli_usage (ctx, message);
      return FALSE;
    }
  *dark = g_strcmp0 (o->theme, "dark") == 0;
  return TRUE;
}

/* A reference field of a row ("cycle_id" of an objective); 0 when there is none. */
static gint64
ref_of (OkrStore *store, OkrEntity entity, gint64 id, const char *name)
{
  const OkrTableInfo *info = okr_schema_get_table (entity);
  g_autofree OkrValue *values = g_new0 (OkrValue, info->n_fields);
  guint field;
  gint64 ref = 0;

  if (okr_schema_find_field (info, name, &field) == NULL ||
      !okr_store_get_row (store, entity, id, values, NULL))
    return 0;
  if (values[field].type == OKR_VALUE_INT)
    ref = values[field].i;
  okr_store_clear_row (entity, values);
  return ref;
}

static gint64
resolve_cycle (OkrStore *store, const char *cycle, gint64 objective_id, int *status)
{
  gint64 id;

  if (cycle != NULL)
    return cli_resolve (store, OKR_ENTITY_CYCLE, cycle, status);
  /* A chart of a KR or an objective needs no --cycle: theirs is meant. */
  if (objective_id != 0 && (id = ref_of (store, OKR_ENTITY_OBJECTIVE, objective_id,
                                         "cycle_id")) != 0)
    return id;
  id = okr_store_find_current_cycle (store, okr_date_today ());
  if (id == 0)
    *status = cli_fail (g_error_new_literal (OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND,
                                             _("The document has no cycles yet. Add one with "
                                               "“cascade-cli cycle add”.")));
  return id;
}

static char *
chart_names (void)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < OKR_CHART_N_KINDS; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                            okr_chart_kind_to_string ((OkrChartKind) i));
  return g_string_free (names, FALSE);
}

int
cli_chart (CliContext *ctx, int argc, char **argv)
{
  CommonOptions o = { 0 };
  g_autofree char *name = NULL, *unit = NULL, *objective = NULL, *kr = NULL;
  double width = 1280, height = 720, scale = 1;
  const GOptionEntry entries[] = {
    { "chart", 0, 0, G_OPTION_ARG_STRING, &name,
      N_("The chart: ring, objectives, units, pace, status, heatmap, scores or alignment"),
      N_("NAME") },
    { "cycle", 0, 0, G_OPTION_ARG_STRING, &o.cycle, N_("The cycle (default: the current one)"),
      N_("CYCLE") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit, N_("The unit (default: the company)"),
      N_("UNIT") },
    { "objective", 0, 0, G_OPTION_ARG_STRING, &objective,
      N_("The objective (for the ring)"), N_("OBJECTIVE") },
    { "kr", 0, 0, G_OPTION_ARG_STRING, &kr, N_("The key result (for the pace chart)"),
      N_("KR") },
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &o.out,
      N_("The file to write: .png, .svg or .pdf"), N_("PATH") },
    { "width", 0, 0, G_OPTION_ARG_DOUBLE, &width, N_("Width in pixels (default: 1280)"),
      N_("W") },
    { "height", 0, 0, G_OPTION_ARG_DOUBLE, &height, N_("Height in pixels (default: 720)"),
      N_("H") },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale,
      N_("Pixels per point of a PNG, 1 to 4 (default: 1)"), N_("S") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &o.lang,
      N_("The chart’s language: en or vi (default: the interface’s)"), N_("LANG") },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &o.theme, N_("light (default) or dark"),
      N_("THEME") },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  g_autoptr(OkrRollup) rollup = NULL;
  g_autoptr(OkrChart) chart = NULL;
  g_autoptr(OkrLanguageScope) language = NULL;
  OkrChartScope scope = { 0 };
  OkrChartStyle style;
  OkrChartFormat format;
  OkrChartKind kind;
  GError *error = NULL;
  gboolean dark = FALSE;
  gint64 cycle_id;
  int status = cli_parse (ctx, entries, &argc, &argv,
                          N_("Draw a chart of a cycle into a PNG, SVG or PDF file."));

  if (status != CLI_OK)
    goto out;
  if (name == NULL || !okr_chart_kind_from_string (name, &kind))
    {
      g_autofree char *names = chart_names ();
      g_autofree char *message = name == NULL
        ? g_strdup_printf (_("Name the chart with --chart: %s."), names)
        : g_strdup_printf (_("There is no chart called “%s”: use one of %s."), name, names);
      status = cli_usage (ctx, message);
      goto out;
    }
  if (!check_common (ctx, &o, &dark, &status))
    goto out;
  if (!okr_chart_format_from_path (o.out, &format))
    {
      status = cli_usage (ctx, _("The file name must end in .png, .svg or .pdf."));
      goto out;
    }
  if (!okr_chart_check_size (width, height, format == OKR_CHART_FORMAT_PNG ? scale : 1, &error))
    {
      status = cli_usage (ctx, error->message);
      g_clear_error (&error);
      goto out;
    }
  if (kind == OKR_CHART_PACE && kr == NULL)
    {
      status = cli_usage (ctx, _("The pace chart is drawn for one key result: name it with "
                                 "--kr."));
      goto out;
    }

  if ((store = cli_open (ctx, FALSE, &status)) == NULL)
    goto out;
  if (kr != NULL && (scope.kr_id = cli_resolve (store, OKR_ENTITY_KEY_RESULT, kr, &status)) == 0)
    goto out;
  if (objective != NULL &&
      (scope.objective_id = cli_resolve (store, OKR_ENTITY_OBJECTIVE, objective, &status)) == 0)
    goto out;
  if (unit != NULL && (scope.unit_id = cli_resolve (store, OKR_ENTITY_UNIT, unit, &status)) == 0)
    goto out;
  cycle_id = resolve_cycle (store, o.cycle, scope.objective_id != 0 ? scope.objective_id
                                            : scope.kr_id != 0
                                            ? ref_of (store, OKR_ENTITY_KEY_RESULT, scope.kr_id,
                                                      "objective_id")
                                            : 0, &status);
  if (cycle_id == 0)
    goto out;

  /* Titles and every word of the chart in the chosen language. */
  language = okr_language_push (o.lang);
  rollup = okr_rollup_new (store, cycle_id, okr_date_today (), &error);
  if (rollup == NULL || (chart = okr_chart_build (kind, store, rollup, &scope, &error)) == NULL)
    {
      status = cli_fail (error);
      goto out;
    }
  okr_chart_style_init (&style, dark);
  style.show_title = TRUE;
  if (!okr_chart_export (chart, o.out, format, width, height, scale, &style, &error))
    status = cli_fail (error);

out:
  common_options_clear (&o);
  return status;
}

int
cli_deck (CliContext *ctx, int argc, char **argv)
{
  CommonOptions o = { 0 };
  const GOptionEntry entries[] = {
    { "cycle", 0, 0, G_OPTION_ARG_STRING, &o.cycle, N_("The cycle (default: the current one)"),
      N_("CYCLE") },
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &o.out, N_("The PDF file to write"), N_("PATH") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &o.lang,
      N_("The deck’s language: en or vi (default: the interface’s)"), N_("LANG") },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &o.theme, N_("light (default) or dark"),
      N_("THEME") },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  OkrChartStyle style;
  OkrChartFormat format;
  GError *error = NULL;
  gboolean dark = FALSE;
  gint64 cycle_id;
  int status = cli_parse (ctx, entries, &argc, &argv,
                          N_("Write the all-hands deck of a cycle: one 16:9 PDF."));

  if (status != CLI_OK)
    goto out;
  if (!check_common (ctx, &o, &dark, &status))
    goto out;
  if (!okr_chart_format_from_path (o.out, &format) || format != OKR_CHART_FORMAT_PDF)
    {
      status = cli_usage (ctx, _("The deck is a PDF: the file name must end in .pdf."));
      goto out;
    }
  if ((store = cli_open (ctx, FALSE, &status)) == NULL)
    goto out;
  if ((cycle_id = resolve_cycle (store, o.cycle, 0, &status)) == 0)
    goto out;
  okr_chart_style_init (&style, dark);
  if (!okr_deck_export (store, cycle_id, okr_date_today (), o.lang, &style, o.out, NULL, &error))
    status = cli_fail (error);

out:
  common_options_clear (&o);
  return status;
}
