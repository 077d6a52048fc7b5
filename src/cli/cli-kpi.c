/* SPDX-License-Identifier: GPL-3.0-or-later */
/* KPIs: add one, record a reading, list a unit's with their status. */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cli.h"
#include "okr-format.h"
#include "okr-kpi.h"
#include "okr-store-edits.h"
#include "okr-store-read.h"

int
cli_kpi_add (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *unit = NULL, *name = NULL, *green = NULL, *red = NULL, *label = NULL;
  const GOptionEntry entries[] = {
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit, N_("The unit whose health it measures"),
      N_("UNIT") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("What it measures"), N_("NAME") },
    { "green", 0, 0, G_OPTION_ARG_STRING, &green, N_("Healthy from this value on"), "X" },
    { "red", 0, 0, G_OPTION_ARG_STRING, &red,
      N_("Unhealthy from this value on (below green: higher is better; above: lower is "
         "better)"), "Y" },
    { "unit-label", 0, 0, G_OPTION_ARG_STRING, &label, N_("The unit of its values (%, ms, ₫…)"),
      N_("LABEL") },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  GError *error = NULL;
  double green_value = NAN, red_value = NAN;
  gint64 unit_id, id;
  int status = cli_parse (ctx, entries, &argc, &argv, N_("Add a KPI to a unit."));

  if (status != CLI_OK)
    return status;
  if (unit == NULL || name == NULL)
    return cli_usage (ctx, _("--unit and --name are required."));
  if ((green != NULL && !cli_parse_number (ctx, "--green", green, &green_value, &status)) ||
      (red != NULL && !cli_parse_number (ctx, "--red", red, &red_value, &status)))
    return status;
  if ((store = cli_open (ctx, TRUE, &status)) == NULL)
    return status;
  if ((unit_id = cli_resolve (store, OKR_ENTITY_UNIT, unit, &status)) == 0)
    return status;
  id = okr_store_add_kpi (store, unit_id, name, label, green_value, red_value, &error);
  if (id == 0)
    return cli_fail (error);
  cli_print_id (store, OKR_ENTITY_KPI, id);
  return CLI_OK;
}

int
cli_kpi_reading (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *kpi = NULL, *value = NULL, *date = NULL, *by = NULL;
  const GOptionEntry entries[] = {
    { "kpi", 0, 0, G_OPTION_ARG_STRING, &kpi, N_("The KPI"), N_("KPI") },
    { "value", 0, 0, G_OPTION_ARG_STRING, &value, N_("What it reads"), "V" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day it is about (default: today)"),
      "YYYY-MM-DD" },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who reads it"), N_("PERSON") },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  GError *error = NULL;
  OkrDate day = OKR_DATE_NONE;
  double reading;
  gint64 kpi_id, author = 0, id;
  int status = cli_parse (ctx, entries, &argc, &argv, N_("Record a reading of a KPI."));

  if (status != CLI_OK)
    return status;
  if (kpi == NULL || value == NULL)
    return cli_usage (ctx, _("--kpi and --value are required."));
  if (!cli_parse_number (ctx, "--value", value, &reading, &status) ||
      (date != NULL && !cli_parse_date (ctx, "--date", date, &day, &status)))
    return status;
  if ((store = cli_open (ctx, TRUE, &status)) == NULL)
    return status;
  if ((kpi_id = cli_resolve (store, OKR_ENTITY_KPI, kpi, &status)) == 0)
    return status;
  if (by != NULL && (author = cli_resolve (store, OKR_ENTITY_PERSON, by, &status)) == 0)
    return status;
  id = okr_store_add_kpi_reading (store, kpi_id, day, reading, author, &error);
  if (id == 0)
    return cli_fail (error);
  cli_print_id (store, OKR_ENTITY_KPI_READING, id);
  return CLI_OK;
}

static const char *
band_label (OkrKpi *kpi)
{
  OkrBand band;

  if (!okr_kpi_get_band (kpi, &band))
    return C_("KPI status", "no status");
  switch (band)
    {
    case OKR_BAND_GREEN:
      return C_("KPI status", "green");
    case OKR_BAND_YELLOW:
      return C_("KPI status", "yellow");
    case OKR_BAND_RED:
    default:
      return C_("KPI status", "red");
    }
}

int
cli_kpi_list (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *unit = NULL;
  const GOptionEntry entries[] = {
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit, N_("The unit (default: the company)"),
      N_("UNIT") },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  g_autoptr(GPtrArray) kpis = NULL;
  GError *error = NULL;
  gint64 unit_id;
  int status = cli_parse (ctx, entries, &argc, &argv,
                          N_("List a unit’s KPIs with their latest reading and status."));

  if (status != CLI_OK)
    return status;
  if ((store = cli_open (ctx, FALSE, &status)) == NULL)
    return status;
  unit_id = unit != NULL ? cli_resolve (store, OKR_ENTITY_UNIT, unit, &status)
                         : okr_store_get_root_unit (store);
  if (unit_id == 0)
    return status;
  if ((kpis = okr_kpi_list (store, unit_id, &error)) == NULL)
    return cli_fail (error);
  for (guint i = 0; i < kpis->len; i++)
    {
      OkrKpi *kpi = kpis->pdata[i];
      g_autofree char *current = okr_kpi_format_value (kpi, okr_kpi_get_current (kpi));
      g_autofree char *green = okr_kpi_format_value (kpi, okr_kpi_get_green (kpi));
      g_autofree char *red = okr_kpi_format_value (kpi, okr_kpi_get_red (kpi));
      g_autofree char *date = okr_format_date (okr_kpi_get_current_date (kpi));

      /* Translators: a KPI in a list: name, latest value, its date, the green and red
       * thresholds, and the status ("Churn  3.2%  (Mar 1, 2027)  green 2%  red 5%  yellow"). */
      cli_print (_("%s  %s  (%s)  green %s  red %s  %s"), okr_kpi_get_name (kpi), current, date,
                 green, red, band_label (kpi));
      cli_print ("\n");
    }
  return CLI_OK;
}
