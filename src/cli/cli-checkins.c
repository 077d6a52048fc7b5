/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The weekly check-in: which key results are due, and retracting a wrong check-in */
#include "config.h"

#include <glib/gi18n.h>

#include "cli.h"
#include "okr-due.h"
#include "okr-format.h"
#include "okr-json.h"
#include "okr-store-edits.h"

/* The check-in day and time the leader chose in Cascade's preferences, when they are
 * installed; else Monday 09:00. */
static void
configured_time (OkrCheckinTime *time)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  okr_checkin_time_init (time);
  if (source != NULL && (schema = g_settings_schema_source_lookup (source, APPLICATION_ID,
                                                                    TRUE)) != NULL)
    {
      g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
      okr_checkin_time_from_settings (time, settings);
    }
}

static void
json_date_or_null (OkrJsonWriter *w, OkrDate date)
{
  if (date == OKR_DATE_NONE)
    {
      okr_json_null (w);
      return;
    }
  g_autofree char *iso = okr_date_to_iso (date);
  okr_json_string (w, iso);
}

static int
print_json (GPtrArray *items, GDateTime *since, OkrDate day)
{
  g_autoptr(GOutputStream) out = cli_stdout ();
  g_autoptr(OkrJsonWriter) w = okr_json_writer_new (out, G_MAXUINT);
  g_autofree char *moment = g_date_time_format_iso8601 (since);
  GError *error = NULL;

  okr_json_begin_object (w);
  okr_json_key (w, "since");
  okr_json_string (w, moment);
  okr_json_key (w, "due_day");
  json_date_or_null (w, day);
  okr_json_key (w, "count");
  okr_json_int (w, items->len);
  okr_json_key (w, "key_results");
  okr_json_begin_array (w);
  for (guint i = 0; i < items->len; i++)
    {
      OkrDueItem *item = g_ptr_array_index (items, i);
      char id[OKR_UUID_STRING_LEN + 1];

      okr_uuid_write (&item->kr_uuid, id);
      okr_json_begin_object (w);
      okr_json_key (w, "id");
      okr_json_string (w, id);
      okr_json_key (w, "title");
      okr_json_string (w, item->title);
      okr_json_key (w, "objective");
      okr_json_string (w, item->objective);
      okr_json_key (w, "unit");
      okr_json_string (w, item->unit);
      okr_json_key (w, "cycle");
      okr_json_string (w, item->cycle);
      okr_json_key (w, "owner");
      if (*item->owner != '\0')
        okr_json_string (w, item->owner);
      else
        okr_json_null (w);
      okr_json_key (w, "last_checkin");
      json_date_or_null (w, item->last_checkin);
      okr_json_end_object (w);
    }
  okr_json_end_array (w);
  okr_json_end_object (w);
  if (!okr_json_writer_finish (w, &error))
    return cli_fail (error);
  return CLI_OK;
}

static void
print_text (GPtrArray *items, GDateTime *since, const OkrCheckinTime *time, OkrDate day)
{
  g_autofree char *date = okr_format_date (day);
  g_autofree char *clock = okr_checkin_time_to_hh_mm (time);

  if (items->len == 0)
    {
      /* Translators: %s is a weekday, a date and a time: "Monday, Feb 15, 2027, 09:00". */
      cli_print (_("No key result is due for a check-in since %s, %s, %s."),
                 okr_weekday_to_label (time->weekday), date, clock);
      cli_print ("\n");
      return;
    }
  /* Translators: %u is a number of key results; then a weekday, a date and a time. */
  cli_print (ngettext ("%u key result is due for a check-in since %s, %s, %s:",
                       "%u key results are due for a check-in since %s, %s, %s:", items->len),
             items->len, okr_weekday_to_label (time->weekday), date, clock);
  cli_print ("\n");
  for (guint i = 0; i < items->len; i++)
    {
      OkrDueItem *item = g_ptr_array_index (items, i);
      g_autofree char *last = okr_format_date (item->last_checkin);
      g_autofree char *when = item->last_checkin != OKR_DATE_NONE
        /* Translators: when a due key result was last checked in. */
        ? g_strdup_printf (_("last check-in %s"), last)
        : g_strdup (_("never checked in"));

      /* Translators: a due key result: title — objective · unit · owner · last check-in. */
      cli_print (_("• %s — %s · %s · %s · %s"), item->title, item->objective, item->unit,
                 *item->owner != '\0' ? item->owner : _("no owner"), when);
      cli_print ("\n");
    }
}

int
cli_due (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *owner = NULL, *cycle = NULL, *day = NULL, *clock = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "owner", 0, 0, G_OPTION_ARG_STRING, &owner, N_("Only this person’s key results"),
      N_("PERSON") },
    { "cycle", 0, 0, G_OPTION_ARG_STRING, &cycle, N_("Only this cycle (default: every cycle "
                                                     "running on the check-in day)"),
      N_("CYCLE") },
    { "day", 0, 0, G_OPTION_ARG_STRING, &day, N_("The check-in day, 1 (Monday) to 7 (Sunday) "
                                                 "or its name (default: from the "
                                                 "preferences, else Monday)"), N_("DAY") },
    { "time", 0, 0, G_OPTION_ARG_STRING, &clock, N_("The check-in time, 24-hour (default: from "
                                                    "the preferences, else 09:00)"), "HH:MM" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) since = NULL;
  GError *error = NULL;
  OkrCheckinTime time;
  gint64 owner_id = 0, cycle_id = 0;
  int weekday;
  OkrDate due_day;
  int status = cli_parse (ctx, entries, &argc, &argv,
                          N_("List the key results that are due for the weekly check-in: those "
                             "with no check-in since the last check-in day and time."));

  if (status != CLI_OK)
    return status;
  configured_time (&time);
  if (day != NULL)
    {
      g_autofree char *hh_mm = okr_checkin_time_to_hh_mm (&time);
      if (!okr_weekday_parse (day, &weekday) || !okr_checkin_time_set (&time, weekday, hh_mm))
        return cli_usage (ctx, _("--day is a day of the week: 1 (Monday) to 7 (Sunday), or its "
                                 "English name."));
    }
  if (clock != NULL && !okr_checkin_time_set (&time, time.weekday, clock))
    return cli_usage (ctx, _("--time is a time of day written as HH:MM, such as 09:00."));

  if ((store = cli_open (ctx, FALSE, &status)) == NULL)
    return status;
  if (owner != NULL && (owner_id = cli_resolve (store, OKR_ENTITY_PERSON, owner, &status)) == 0)
    return status;
  if (cycle != NULL && (cycle_id = cli_resolve (store, OKR_ENTITY_CYCLE, cycle, &status)) == 0)
    return status;

  due_day = okr_due_day (&time, okr_due_now (zone), zone);
  since = g_date_time_new_from_unix_local (okr_due_last_moment (&time, okr_due_now (zone), zone));
  items = okr_due_list (store, due_day, cycle_id, owner_id, &error);
  if (items == NULL)
    return cli_fail (error);
  if (json)
    return print_json (items, since, due_day);
  print_text (items, since, &time, due_day);
  return CLI_OK;
}

int
cli_retract (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *checkin = NULL, *reason = NULL, *author = NULL;
  const GOptionEntry entries[] = {
    { "checkin", 0, 0, G_OPTION_ARG_STRING, &checkin, N_("The check-in (its id, or the start "
                                                         "of it)"), N_("ID") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why it is retracted"), N_("TEXT") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("Who retracts it"), N_("PERSON") },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  GError *error = NULL;
  gint64 checkin_id, author_id = 0, id;
  int status = cli_parse (ctx, entries, &argc, &argv,
                          N_("Retract a wrong check-in. It stays in the history, marked as "
                             "retracted with the reason, and no longer counts."));

  if (status != CLI_OK)
    return status;
  if (checkin == NULL || reason == NULL)
    return cli_usage (ctx, _("--checkin and --reason are required."));
  if ((store = cli_open (ctx, TRUE, &status)) == NULL)
    return status;
  if ((checkin_id = cli_resolve (store, OKR_ENTITY_CHECKIN, checkin, &status)) == 0)
    return status;
  if (author != NULL && (author_id = cli_resolve (store, OKR_ENTITY_PERSON, author, &status)) == 0)
    return status;

  id = okr_store_retract_checkin (store, checkin_id, g_strstrip (reason), author_id, &error);
  if (id == 0)
    return cli_fail (error);
  cli_print_id (store, OKR_ENTITY_RETRACTION, id);
  return CLI_OK;
}
