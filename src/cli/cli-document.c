/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Whole documents: new, demo, check, info, export, import */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cli.h"
#include "okr-demo.h"
#include "okr-format.h"
#include "okr-json.h"
#include "okr-schema.h"
#include "okr-store-private.h"
#include "okr-store-read.h"
#include "okr-transfer.h"

int
cli_new (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *company = NULL;
  const GOptionEntry entries[] = {
    { "company", 0, 0, G_OPTION_ARG_STRING, &company, N_("The company’s name"), N_("NAME") },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  GError *error = NULL;
  int status = cli_parse (ctx, entries, &argc, &argv, N_("Create an empty document for a company."));

  if (status != CLI_OK)
    return status;
  if (company == NULL)
    return cli_usage (ctx, _("--company is required."));
  store = okr_store_create (ctx->file, company, &error);
  if (store == NULL)
    return cli_fail (error);
  return CLI_OK;
}

/* The demo speaks the user's language unless told otherwise. */
static const char *
default_language (void)
{
  const char *const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "vi"))
        return "vi";
      if (g_str_has_prefix (names[i], "en"))
        return "en";
    }
  return "en";
}

int
cli_demo (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *lang = NULL;
  const GOptionEntry entries[] = {
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang, N_("The demo’s language: en or vi"), "en|vi" },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  GError *error = NULL;
  int status = cli_parse (ctx, entries, &argc, &argv,
                          N_("Create the demo document: a company with a closed quarter, an "
                             "active quarter, check-ins, scores and KPIs."));

  if (status != CLI_OK)
    return status;
  if (lang == NULL)
    lang = g_strdup (default_language ());
  if (!g_str_equal (lang, "en") && !g_str_equal (lang, "vi"))
    return cli_usage (ctx, _("--lang is en or vi."));

  store = okr_store_create (ctx->file, okr_demo_company_name (lang), &error);
  if (store == NULL)
    return cli_fail (error);
  if (!okr_demo_fill (store, lang, okr_date_today (), &error))
    {
      _okr_store_discard (store);
      return cli_fail (error);
    }
  return CLI_OK;
}

int
cli_check (CliContext *ctx, int argc, char **argv)
{
  GError *error = NULL;
  int status = cli_parse (ctx, NULL, &argc, &argv,
                          N_("Check that a document is a sound Cascade document: its header, "
                             "schema, every page and every index. The file is not changed."));
  g_autofree char *name = NULL;

  if (status != CLI_OK)
    return status;
  if (!okr_store_check_file (ctx->file, &error))
    return cli_fail (error);
  name = g_filename_display_basename (ctx->file);
  cli_print (_("“%s” is a sound Cascade document."), name);
  cli_print ("\n");
  return CLI_OK;
}

static gint64
count_rows (OkrStore *store, const char *sql)
{
  gint64 n = 0;
  okr_db_query_int (_okr_store_get_db (store), sql, &n, NULL);
  return n;
}

int
cli_info (CliContext *ctx, int argc, char **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  g_autoptr(GPtrArray) cycles = NULL;
  g_autofree char *company = NULL;
  char doc_id[OKR_UUID_STRING_LEN + 1];
  int status = cli_parse (ctx, entries, &argc, &argv, N_("Describe a document."));
  struct { const char *key; const char *label; const char *sql; gint64 n; } counts[] = {
    { "units", N_("Units"), "SELECT count(*) FROM units WHERE deleted = 0" },
    { "people", N_("People"), "SELECT count(*) FROM people WHERE deleted = 0" },
    { "cycles", N_("Cycles"), "SELECT count(*) FROM cycles WHERE deleted = 0" },
    { "objectives", N_("Objectives"), "SELECT count(*) FROM objectives WHERE deleted = 0" },
    { "key_results", N_("Key results"), "SELECT count(*) FROM key_results WHERE deleted = 0" },
    { "checkins", N_("Check-ins"), "SELECT count(*) FROM checkins" },
    { "kpis", N_("KPIs"), "SELECT count(*) FROM kpis WHERE deleted = 0" },
  };

  if (status != CLI_OK)
    return status;
  store = cli_open (ctx, FALSE, &status);
  if (store == NULL)
    return status;

  okr_uuid_write (okr_store_get_document_id (store), doc_id);
  company = okr_store_dup_company_name (store);
  cycles = okr_store_list_cycles (store, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    counts[i].n = count_rows (store, counts[i].sql);

  if (json)
    {
      g_autoptr(GOutputStream) out = cli_stdout ();
      g_autoptr(OkrJsonWriter) w = okr_json_writer_new (out, G_MAXUINT);
      GError *error = NULL;

      okr_json_begin_object (w);
      okr_json_key (w, "document_id");
      okr_json_string (w, doc_id);
      okr_json_key (w, "schema_version");
      okr_json_int (w, OKR_SCHEMA_VERSION);
      okr_json_key (w, "company");
      okr_json_string (w, company);
      for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
        {
          okr_json_key (w, counts[i].key);
          okr_json_int (w, counts[i].n);
        }
      okr_json_key (w, "cycle_names");
      okr_json_begin_array (w);
      for (guint i = 0; cycles != NULL && i < cycles->len; i++)
        okr_json_string (w, okr_cycle_get_name (g_ptr_array_index (cycles, i)));
      okr_json_end_array (w);
      okr_json_end_object (w);
      if (!okr_json_writer_finish (w, &error))
        return cli_fail (error);
      return CLI_OK;
    }

  cli_print ("%s: %s\n", _("Company"), company != NULL ? company : "");
  cli_print ("%s: %s\n", _("Document id"), doc_id);
  cli_print ("%s: %d\n", _("Schema version"), OKR_SCHEMA_VERSION);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    cli_print ("%s: %" G_GINT64_FORMAT "\n", _(counts[i].label), counts[i].n);
  for (guint i = 0; cycles != NULL && i < cycles->len; i++)
    {
      OkrCycle *c = g_ptr_array_index (cycles, i);
      g_autofree char *start = okr_format_date (okr_cycle_get_start (c));
      g_autofree char *end = okr_format_date (okr_cycle_get_end (c));
      cli_print ("%s: %s (%s … %s, %s)\n", _("Cycle"), okr_cycle_get_name (c), start, end,
                 okr_cycle_state_to_label (okr_cycle_get_state (c)));
    }
  return CLI_OK;
}

int
cli_export (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *json_path = NULL;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_FILENAME, &json_path, N_("Write the JSON to this file (- for "
                                                          "standard output)"), N_("OUT") },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  g_autoptr(GOutputStream) out = NULL;
  GError *error = NULL;
  int status = cli_parse (ctx, entries, &argc, &argv,
                          N_("Export the whole document as JSON: every row, with its id and "
                             "edit stamps, so that importing it gives the same document."));

  if (status != CLI_OK)
    return status;
  if (json_path == NULL)
    return cli_usage (ctx, _("--json is required."));
  store = cli_open (ctx, FALSE, &status);
  if (store == NULL)
    return status;

  if (g_str_equal (json_path, "-"))
    out = cli_stdout ();
  else
    {
      /* Written beside the target and renamed over it when complete. */
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (json_path);
      out = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error));
      if (out == NULL)
        return cli_fail (error);
    }
  if (!okr_store_export_json (store, out, &error) ||
      !g_output_stream_close (out, NULL, &error))
    return cli_fail (error);
  return CLI_OK;
}

int
cli_import (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *json_path = NULL;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_FILENAME, &json_path, N_("Read the JSON from this file"),
      N_("IN") },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  int status = cli_parse (ctx, entries, &argc, &argv,
                          N_("Create a new document (FILE must not exist) from a JSON export."));

  if (status != CLI_OK)
    return status;
  if (json_path == NULL)
    return cli_usage (ctx, _("--json is required."));
  file = g_file_new_for_commandline_arg (json_path);
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes == NULL)
    {
      g_autofree char *name = g_filename_display_basename (json_path);
      g_autofree char *message = g_strdup_printf (_("“%s” can’t be read: %s"), name,
                                                  error->message);
      g_clear_error (&error);
      return cli_fail (g_error_new_literal (OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND, message));
    }
  store = okr_store_import_json (ctx->file, bytes, &error);
  if (store == NULL)
    return cli_fail (error);
  return CLI_OK;
}
