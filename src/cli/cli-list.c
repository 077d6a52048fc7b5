/* SPDX-License-Identifier: GPL-3.0-or-later */
/* list: the cascade of a cycle with progress, status and scores */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cli.h"
#include "okr-format.h"
#include "okr-json.h"
#include "okr-rollup.h"
#include "okr-store-read.h"

static void
json_uuid (OkrJsonWriter *w, const OkrUuid *uuid)
{
  char text[OKR_UUID_STRING_LEN + 1];

  okr_uuid_write (uuid, text);
  okr_json_string (w, text);
}

static void
json_ref (OkrJsonWriter *w, OkrStore *store, OkrEntity entity, gint64 id)
{
  OkrUuid uuid;

  if (id != 0 && okr_store_get_uuid (store, entity, id, &uuid))
    json_uuid (w, &uuid);
  else
    okr_json_null (w);
}

static void
json_date (OkrJsonWriter *w, OkrDate date)
{
  g_autofree char *iso = okr_date_to_iso (date);
  okr_json_string (w, iso);
}

static void
json_key_result (OkrJsonWriter *w, OkrKeyResult *k)
{
  okr_json_begin_object (w);
  okr_json_key (w, "id");
  json_uuid (w, okr_key_result_get_uuid (k));
  okr_json_key (w, "title");
  okr_json_string (w, okr_key_result_get_title (k));
  okr_json_key (w, "kind");
  okr_json_string (w, okr_kr_kind_to_string (okr_key_result_get_kind (k)));
  okr_json_key (w, "baseline");
  okr_json_number (w, okr_key_result_get_baseline (k));
  okr_json_key (w, "target");
  okr_json_number (w, okr_key_result_get_target (k));
  okr_json_key (w, "current");
  okr_json_number (w, okr_key_result_get_current (k));
  okr_json_key (w, "progress");
  okr_json_number (w, okr_key_result_get_progress (k));
  okr_json_key (w, "progress_raw");
  okr_json_number (w, okr_key_result_get_progress_raw (k));
  okr_json_key (w, "confidence");
  if (okr_key_result_get_confidence (k) > 0)
    okr_json_int (w, okr_key_result_get_confidence (k));
  else
    okr_json_null (w);
  okr_json_key (w, "status");
  okr_json_string (w, okr_status_to_string (okr_key_result_get_status (k)));
  okr_json_key (w, "weight");
  okr_json_number (w, okr_key_result_get_weight (k));
  okr_json_key (w, "score");
  okr_json_number (w, okr_key_result_get_score (k));
  okr_json_end_object (w);
}

static void
json_objective (OkrJsonWriter *w, OkrStore *store, OkrRollup *rollup, OkrObjective *o)
{
  GPtrArray *krs = okr_rollup_get_key_results (rollup, okr_objective_get_id (o));

  okr_json_begin_object (w);
  okr_json_key (w, "id");
  json_uuid (w, okr_objective_get_uuid (o));
  okr_json_key (w, "title");
  okr_json_string (w, okr_objective_get_title (o));
  okr_json_key (w, "unit_id");
  json_ref (w, store, OKR_ENTITY_UNIT, okr_objective_get_unit_id (o));
  okr_json_key (w, "aligned_to");
  if (okr_objective_get_align_kr_id (o) != 0)
    json_ref (w, store, OKR_ENTITY_KEY_RESULT, okr_objective_get_align_kr_id (o));
  else
    json_ref (w, store, OKR_ENTITY_OBJECTIVE, okr_objective_get_align_objective_id (o));
  okr_json_key (w, "kind");
  okr_json_string (w, okr_objective_get_aspirational (o) ? "aspirational" : "committed");
  okr_json_key (w, "progress");
  okr_json_number (w, okr_objective_get_progress (o));
  okr_json_key (w, "expected");
  okr_json_number (w, okr_objective_get_expected (o));
  okr_json_key (w, "status");
  okr_json_string (w, okr_status_to_string (okr_objective_get_status (o)));
  okr_json_key (w, "score");
  okr_json_number (w, okr_objective_get_score (o));
  okr_json_key (w, "key_results");
  okr_json_begin_array (w);
  for (guint i = 0; i < krs->len; i++)
    json_key_result (w, g_ptr_array_index (krs, i));
  okr_json_end_array (w);
  okr_json_end_object (w);
}

/* The unit and everything under it, in tree order. */
static gboolean
unit_in_scope (OkrRollup *rollup, OkrUnit *unit, gint64 scope)
{
  for (OkrUnit *u = unit; u != NULL; u = okr_rollup_find_unit (rollup, okr_unit_get_parent_id (u)))
    {
      if (okr_unit_get_id (u) == scope)
        return TRUE;
      if (okr_unit_get_parent_id (u) == 0)
        break;
    }
  return FALSE;
}

static int
print_json (OkrStore *store, OkrRollup *rollup, gint64 scope)
{
  g_autoptr(GOutputStream) out = cli_stdout ();
  g_autoptr(OkrJsonWriter) w = okr_json_writer_new (out, G_MAXUINT);
  OkrCycle *cycle = okr_rollup_get_cycle (rollup);
  GPtrArray *units = okr_rollup_get_units (rollup);
  GError *error = NULL;

  okr_json_begin_object (w);
  okr_json_key (w, "cycle");
  okr_json_begin_object (w);
  okr_json_key (w, "id");
  json_uuid (w, okr_cycle_get_uuid (cycle));
  okr_json_key (w, "name");
  okr_json_string (w, okr_cycle_get_name (cycle));
  okr_json_key (w, "start");
  json_date (w, okr_cycle_get_start (cycle));
  okr_json_key (w, "end");
  json_date (w, okr_cycle_get_end (cycle));
  okr_json_end_object (w);

  okr_json_key (w, "units");
  okr_json_begin_array (w);
  for (guint i = 0; i < units->len; i++)
    {
      OkrUnit *u = g_ptr_array_index (units, i);
      GPtrArray *objectives = okr_rollup_get_objectives (rollup, okr_unit_get_id (u));

      if (scope != 0 && !unit_in_scope (rollup, u, scope))
        continue;
      okr_json_begin_object (w);
      okr_json_key (w, "id");
      json_uuid (w, okr_unit_get_uuid (u));
      okr_json_key (w, "name");
      okr_json_string (w, okr_unit_get_name (u));
      okr_json_key (w, "parent_id");
      json_ref (w, store, OKR_ENTITY_UNIT, okr_unit_get_parent_id (u));
      okr_json_key (w, "progress");
      okr_json_number (w, okr_unit_get_progress (u));
      okr_json_key (w, "status");
      okr_json_string (w, okr_status_to_string (okr_unit_get_status (u)));
      okr_json_key (w, "objectives");
      okr_json_begin_array (w);
      for (guint j = 0; j < objectives->len; j++)
        json_objective (w, store, rollup, g_ptr_array_index (objectives, j));
      okr_json_end_array (w);
      okr_json_end_object (w);
    }
  okr_json_end_array (w);
  okr_json_end_object (w);
  if (!okr_json_writer_finish (w, &error))
    return cli_fail (error);
  return CLI_OK;
}

static void
print_indent (guint depth)
{
  for (guint i = 0; i < depth; i++)
    cli_print ("  ");
}

static void
print_text (OkrRollup *rollup, gint64 scope)
{
  OkrCycle *cycle = okr_rollup_get_cycle (rollup);
  GPtrArray *units = okr_rollup_get_units (rollup);
  g_autofree char *start = okr_format_date (okr_cycle_get_start (cycle));
  g_autofree char *end = okr_format_date (okr_cycle_get_end (cycle));
  g_autofree char *expected = okr_format_percent (okr_rollup_get_expected (rollup));

  /* Translators: "Q1 2027: Jan 1, 2027 – Mar 31, 2027, expected progress today 45%". */
  cli_print (_("%s: %s – %s, expected progress today %s"), okr_cycle_get_name (cycle), start,
             end, expected);
  cli_print ("\n");

  for (guint i = 0; i < units->len; i++)
    {
      OkrUnit *u = g_ptr_array_index (units, i);
      GPtrArray *objectives = okr_rollup_get_objectives (rollup, okr_unit_get_id (u));
      g_autofree char *progress = okr_format_percent (okr_unit_get_progress (u));
      guint depth = okr_unit_get_depth (u);

      if (scope != 0 && !unit_in_scope (rollup, u, scope))
        continue;
      cli_print ("\n");
      print_indent (depth);
      cli_print ("%s  %s  %s\n", okr_unit_get_name (u), progress,
                 okr_status_to_label (okr_unit_get_status (u)));

      for (guint j = 0; j < objectives->len; j++)
        {
          OkrObjective *o = g_ptr_array_index (objectives, j);
          GPtrArray *krs = okr_rollup_get_key_results (rollup, okr_objective_get_id (o));
          g_autofree char *op = okr_format_percent (okr_objective_get_progress (o));

          print_indent (depth + 1);
          cli_print ("◆ %s  %s  %s  %s\n", okr_objective_get_title (o), op,
                     okr_status_to_label (okr_objective_get_status (o)),
                     okr_objective_get_aspirational (o) ? C_("objective kind", "Aspirational")
                                                        : C_("objective kind", "Committed"));
          for (guint k = 0; k < krs->len; k++)
            {
              OkrKeyResult *kr = g_ptr_array_index (krs, k);
              OkrKrKind kind = okr_key_result_get_kind (kr);
              g_autofree char *kp = okr_format_percent (okr_key_result_get_progress_raw (kr));
              g_autofree char *cur = okr_format_kr_value (kind, okr_key_result_get_current (kr),
                                                          okr_key_result_get_unit_label (kr));
              g_autofree char *tgt = okr_format_kr_value (kind, okr_key_result_get_target (kr),
                                                          okr_key_result_get_unit_label (kr));

              print_indent (depth + 2);
              if (kind == OKR_KR_BOOLEAN || kind == OKR_KR_ROLLUP)
                cli_print ("• %s  %s  %s  %s", okr_key_result_get_title (kr), cur, kp,
                           okr_status_to_label (okr_key_result_get_status (kr)));
              else if (kind == OKR_KR_MILESTONE)
                cli_print ("• %s  %u/%u  %s  %s", okr_key_result_get_title (kr),
                           okr_key_result_get_milestones_done (kr),
                           okr_key_result_get_milestones_total (kr), kp,
                           okr_status_to_label (okr_key_result_get_status (kr)));
              else
                cli_print ("• %s  %s → %s  %s  %s", okr_key_result_get_title (kr), cur, tgt, kp,
                           okr_status_to_label (okr_key_result_get_status (kr)));
              if (okr_key_result_get_confidence (kr) > 0)
                {
                  cli_print ("  ");
                  /* Translators: the latest confidence of a key result, out of 10. */
                  cli_print (_("confidence %d/10"), okr_key_result_get_confidence (kr));
                }
              cli_print ("\n");
            }
        }
    }
}

int
cli_list (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *cycle = NULL, *unit = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "cycle", 0, 0, G_OPTION_ARG_STRING, &cycle, N_("The cycle (default: the current one)"),
      N_("CYCLE") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit, N_("Only this unit and the units under it"),
      N_("UNIT") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  g_autoptr(OkrRollup) rollup = NULL;
  GError *error = NULL;
  gint64 cycle_id, scope = 0;
  int status = cli_parse (ctx, entries, &argc, &argv,
                          N_("List the cascade of a cycle with progress, status and scores."));

  if (status != CLI_OK)
    return status;
  if ((store = cli_open (ctx, FALSE, &status)) == NULL)
    return status;
  if (cycle != NULL)
    cycle_id = cli_resolve (store, OKR_ENTITY_CYCLE, cycle, &status);
  else if ((cycle_id = okr_store_find_current_cycle (store, okr_date_today ())) == 0)
    return cli_fail (g_error_new_literal (OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND,
                                          _("The document has no cycles yet. Add one with "
                                            "“cascade-cli cycle add”.")));
  if (cycle_id == 0)
    return status;
  if (unit != NULL && (scope = cli_resolve (store, OKR_ENTITY_UNIT, unit, &status)) == 0)
    return status;

  rollup = okr_rollup_new (store, cycle_id, okr_date_today (), &error);
  if (rollup == NULL)
    return cli_fail (error);
  if (json)
    return print_json (store, rollup, scope);
  print_text (rollup, scope);
  return CLI_OK;
}
