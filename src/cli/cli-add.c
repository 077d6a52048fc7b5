/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Adding to a document: units, people, cycles, objectives, KRs, initiatives, check-ins.
 * Each prints the new row's id alone on one line. */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cli.h"
#include "okr-store-edits.h"
#include "okr-store-read.h"

/* Resolves an optional reference; 0 with *status unchanged when @ref is NULL. */
static gint64
optional_ref (OkrStore *store, OkrEntity entity, const char *ref, int *status)
{
  return ref != NULL ? cli_resolve (store, entity, ref, status) : 0;
}

static int
finish_add (OkrStore *store, OkrEntity entity, gint64 id, GError *error)
{
  if (id == 0)
    return cli_fail (error);
  cli_print_id (store, entity, id);
  return CLI_OK;
}

int
cli_unit_add (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *name = NULL, *parent = NULL, *kind = NULL, *lead = NULL;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The unit’s name"), N_("NAME") },
    { "parent", 0, 0, G_OPTION_ARG_STRING, &parent, N_("The unit it belongs to (default: the "
                                                       "company)"), N_("UNIT") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind, N_("department or team (default: department "
                                                   "under the company, team elsewhere)"),
      "department|team" },
    { "lead", 0, 0, G_OPTION_ARG_STRING, &lead, N_("The person who leads it"), N_("PERSON") },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  GError *error = NULL;
  OkrUnitKind unit_kind;
  gint64 parent_id, lead_id, id;
  int status = cli_parse (ctx, entries, &argc, &argv, N_("Add a department or team."));

  if (status != CLI_OK)
    return status;
  if (name == NULL)
    return cli_usage (ctx, _("--name is required."));
  if (kind != NULL && (!okr_unit_kind_from_string (kind, &unit_kind) ||
                       unit_kind == OKR_UNIT_COMPANY))
    return cli_usage (ctx, _("--kind is department or team."));
  if ((store = cli_open (ctx, TRUE, &status)) == NULL)
    return status;

  parent_id = parent != NULL ? cli_resolve (store, OKR_ENTITY_UNIT, parent, &status)
                             : okr_store_get_root_unit (store);
  if (parent_id == 0)
    return status != CLI_OK ? status : CLI_REFUSED;
  lead_id = optional_ref (store, OKR_ENTITY_PERSON, lead, &status);
  if (status != CLI_OK)
    return status;
  if (kind == NULL)
    unit_kind = parent_id == okr_store_get_root_unit (store) ? OKR_UNIT_DEPARTMENT : OKR_UNIT_TEAM;

  okr_store_begin_edit (store, NULL);
  id = okr_store_add_unit (store, parent_id, name, unit_kind, &error);
  if (id != 0 && lead_id != 0)
    {
      g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_UNIT);
      okr_changes_set_ref (c, "lead_id", lead_id);
      if (!okr_store_update (store, id, c, &error))
        id = 0;
    }
  if (id == 0)
    okr_store_abort_edit (store);
  else if (!okr_store_end_edit (store, &error))
    id = 0;
  return finish_add (store, OKR_ENTITY_UNIT, id, error);
}

int
cli_person_add (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *name = NULL, *email = NULL;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The person’s name"), N_("NAME") },
    { "email", 0, 0, G_OPTION_ARG_STRING, &email, N_("Their e-mail address"), N_("EMAIL") },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  GError *error = NULL;
  int status = cli_parse (ctx, entries, &argc, &argv, N_("Add a person."));

  if (status != CLI_OK)
    return status;
  if (name == NULL)
    return cli_usage (ctx, _("--name is required."));
  if ((store = cli_open (ctx, TRUE, &status)) == NULL)
    return status;
  gint64 id = okr_store_add_person (store, name, email, &error);

  return finish_add (store, OKR_ENTITY_PERSON, id, error);
}

int
cli_cycle_add (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *name = NULL, *start = NULL, *end = NULL, *parent = NULL;
  gboolean active = FALSE;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The cycle’s name, such as “Q1 2027”"),
      N_("NAME") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start, N_("First day"), "YYYY-MM-DD" },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end, N_("Last day"), "YYYY-MM-DD" },
    { "parent", 0, 0, G_OPTION_ARG_STRING, &parent, N_("The cycle it sits in (a quarter’s "
                                                       "year)"), N_("CYCLE") },
    { "active", 0, 0, G_OPTION_ARG_NONE, &active, N_("Start it at once (else it is in "
                                                     "planning)"), NULL },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  GError *error = NULL;
  OkrDate start_date, end_date;
  gint64 parent_id, id;
  int status = cli_parse (ctx, entries, &argc, &argv, N_("Add a cycle (a quarter or a year)."));

  if (status != CLI_OK)
    return status;
  if (name == NULL || start == NULL || end == NULL)
    return cli_usage (ctx, _("--name, --start and --end are required."));
  if (!cli_parse_date (ctx, "--start", start, &start_date, &status) ||
      !cli_parse_date (ctx, "--end", end, &end_date, &status))
    return status;
  if ((store = cli_open (ctx, TRUE, &status)) == NULL)
    return status;
  parent_id = optional_ref (store, OKR_ENTITY_CYCLE, parent, &status);
  if (status != CLI_OK)
    return status;

  okr_store_begin_edit (store, NULL);
  id = okr_store_add_cycle (store, name, start_date, end_date, parent_id, &error);
  if (id != 0 && active && !okr_store_set_cycle_state (store, id, OKR_CYCLE_ACTIVE, &error))
    id = 0;
  if (id == 0)
    okr_store_abort_edit (store);
  else if (!okr_store_end_edit (store, &error))
    id = 0;
  return finish_add (store, OKR_ENTITY_CYCLE, id, error);
}

int
cli_objective_add (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *cycle = NULL, *unit = NULL, *title = NULL, *owner = NULL, *aligns = NULL;
  gboolean aspirational = FALSE;
  const GOptionEntry entries[] = {
    { "cycle", 0, 0, G_OPTION_ARG_STRING, &cycle, N_("The cycle"), N_("CYCLE") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit, N_("The unit whose objective it is"),
      N_("UNIT") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("What the unit wants to achieve"),
      N_("TITLE") },
    { "owner", 0, 0, G_OPTION_ARG_STRING, &owner, N_("Who owns it"), N_("PERSON") },
    { "aspirational", 0, 0, G_OPTION_ARG_NONE, &aspirational,
      N_("Aspirational: 0.7 is a good result (else committed: expected to reach 1.0)"), NULL },
    { "aligns-to", 0, 0, G_OPTION_ARG_STRING, &aligns,
      N_("The objective or key result of a unit above that this one serves"),
      N_("OBJECTIVE|KR") },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  GError *error = NULL;
  gint64 cycle_id, unit_id, owner_id = 0, align_objective = 0, align_kr = 0;
  int status = cli_parse (ctx, entries, &argc, &argv, N_("Add an objective."));

  if (status != CLI_OK)
    return status;
  if (cycle == NULL || unit == NULL || title == NULL)
    return cli_usage (ctx, _("--cycle, --unit and --title are required."));
  if ((store = cli_open (ctx, TRUE, &status)) == NULL)
    return status;
  if ((cycle_id = cli_resolve (store, OKR_ENTITY_CYCLE, cycle, &status)) == 0 ||
      (unit_id = cli_resolve (store, OKR_ENTITY_UNIT, unit, &status)) == 0)
    return status;
  owner_id = optional_ref (store, OKR_ENTITY_PERSON, owner, &status);
  if (status != CLI_OK)
    return status;

  if (aligns != NULL)
    {
      g_autoptr(GError) objective_error = NULL;
      g_autoptr(GError) kr_error = NULL;

      /* One reference names either an objective or a KR; both matching is ambiguous. */
      align_objective = okr_store_resolve (store, OKR_ENTITY_OBJECTIVE, aligns, &objective_error);
      align_kr = okr_store_resolve (store, OKR_ENTITY_KEY_RESULT, aligns, &kr_error);
      if (align_objective != 0 && align_kr != 0)
        {
          g_autofree char *message = g_strdup_printf (_("“%s” names both an objective and a key "
                                                        "result: use its id."), aligns);
          return cli_fail (g_error_new_literal (OKR_STORE_ERROR, OKR_STORE_ERROR_AMBIGUOUS,
                                                message));
        }
      if (align_objective == 0 && align_kr == 0)
        {
          if (objective_error->code == OKR_STORE_ERROR_AMBIGUOUS)
            return cli_fail (g_steal_pointer (&objective_error));
          if (kr_error->code == OKR_STORE_ERROR_AMBIGUOUS)
            return cli_fail (g_steal_pointer (&kr_error));
          g_autofree char *message = g_strdup_printf (_("No objective or key result is called "
                                                        "“%s”."), aligns);
          return cli_fail (g_error_new_literal (OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND,
                                                message));
        }
    }

  gint64 id = okr_store_add_objective (store, cycle_id, unit_id, title, owner_id,
                                              aspirational, align_objective, align_kr, &error);

  return finish_add (store, OKR_ENTITY_OBJECTIVE, id, error);
}

int
cli_kr_add (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *objective = NULL, *title = NULL, *kind = NULL, *baseline = NULL;
  g_autofree char *target = NULL, *label = NULL, *weight = NULL, *owner = NULL;
  g_auto(GStrv) milestones = NULL;
  gboolean above = FALSE, below = FALSE;
  const GOptionEntry entries[] = {
    { "objective", 0, 0, G_OPTION_ARG_STRING, &objective, N_("The objective it measures"),
      N_("OBJECTIVE") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The measurable result"), N_("TITLE") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind,
      N_("number, percent, currency, boolean, milestone, control or rollup"), N_("KIND") },
    { "baseline", 0, 0, G_OPTION_ARG_STRING, &baseline, N_("Where it starts"), "X" },
    { "target", 0, 0, G_OPTION_ARG_STRING, &target, N_("Where it should end (below the baseline "
                                                       "means “decrease”)"), "Y" },
    { "above", 0, 0, G_OPTION_ARG_NONE, &above, N_("Control: stay at or above the target"),
      NULL },
    { "below", 0, 0, G_OPTION_ARG_NONE, &below, N_("Control: stay at or below the target"),
      NULL },
    { "milestone", 0, 0, G_OPTION_ARG_STRING_ARRAY, &milestones,
      N_("A milestone (repeat for each, in order)"), N_("TEXT") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &label, N_("The unit of the numbers (users, ₫, $, ms…)"),
      N_("LABEL") },
    { "weight", 0, 0, G_OPTION_ARG_STRING, &weight, N_("Its weight in the objective (default 1)"),
      "W" },
    { "owner", 0, 0, G_OPTION_ARG_STRING, &owner, N_("Who owns it"), N_("PERSON") },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  GError *error = NULL;
  OkrKrSpec spec;
  gint64 objective_id;
  int status = cli_parse (ctx, entries, &argc, &argv, N_("Add a key result to an objective."));

  if (status != CLI_OK)
    return status;
  okr_kr_spec_init (&spec);
  if (objective == NULL || title == NULL)
    return cli_usage (ctx, _("--objective and --title are required."));
  if (kind != NULL && !okr_kr_kind_from_string (kind, &spec.kind))
    return cli_usage (ctx, _("--kind is number, percent, currency, boolean, milestone, control "
                             "or rollup."));
  if (above && below)
    return cli_usage (ctx, _("--above and --below can’t both be given."));
  if ((above || below) && spec.kind != OKR_KR_CONTROL)
    return cli_usage (ctx, _("--above and --below are for control key results (--kind control)."));
  if (milestones != NULL && spec.kind != OKR_KR_MILESTONE)
    return cli_usage (ctx, _("--milestone is for milestone key results (--kind milestone)."));
  if ((baseline != NULL && !cli_parse_number (ctx, "--baseline", baseline, &spec.baseline, &status)) ||
      (target != NULL && !cli_parse_number (ctx, "--target", target, &spec.target, &status)) ||
      (weight != NULL && !cli_parse_number (ctx, "--weight", weight, &spec.weight, &status)))
    return status;
  spec.direction = below ? OKR_DIRECTION_BELOW : OKR_DIRECTION_ABOVE;
  spec.unit_label = label;
  spec.milestones = (const char *const *) milestones;

  if ((store = cli_open (ctx, TRUE, &status)) == NULL)
    return status;
  if ((objective_id = cli_resolve (store, OKR_ENTITY_OBJECTIVE, objective, &status)) == 0)
    return status;
  spec.owner_id = optional_ref (store, OKR_ENTITY_PERSON, owner, &status);
  if (status != CLI_OK)
    return status;
  gint64 id = okr_store_add_key_result (store, objective_id, title, &spec, &error);

  return finish_add (store, OKR_ENTITY_KEY_RESULT, id, error);
}

int
cli_initiative_add (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *kr = NULL, *title = NULL, *owner = NULL;
  const GOptionEntry entries[] = {
    { "kr", 0, 0, G_OPTION_ARG_STRING, &kr, N_("The key result it drives"), N_("KR") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("What will be done"), N_("TITLE") },
    { "owner", 0, 0, G_OPTION_ARG_STRING, &owner, N_("Who does it"), N_("PERSON") },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  GError *error = NULL;
  gint64 kr_id, owner_id;
  int status = cli_parse (ctx, entries, &argc, &argv, N_("Add an initiative to a key result."));

  if (status != CLI_OK)
    return status;
  if (kr == NULL || title == NULL)
    return cli_usage (ctx, _("--kr and --title are required."));
  if ((store = cli_open (ctx, TRUE, &status)) == NULL)
    return status;
  if ((kr_id = cli_resolve (store, OKR_ENTITY_KEY_RESULT, kr, &status)) == 0)
    return status;
  owner_id = optional_ref (store, OKR_ENTITY_PERSON, owner, &status);
  if (status != CLI_OK)
    return status;
  gint64 id = okr_store_add_initiative (store, kr_id, title, owner_id, &error);

  return finish_add (store, OKR_ENTITY_INITIATIVE, id, error);
}

int
cli_checkin (CliContext *ctx, int argc, char **argv)
{
  g_autofree char *kr = NULL, *value = NULL, *note = NULL, *date = NULL, *author = NULL;
  g_autofree char *well = NULL, *blocked = NULL, *next = NULL;
  g_auto(GStrv) done = NULL;
  int confidence = -1;
  const GOptionEntry entries[] = {
    { "kr", 0, 0, G_OPTION_ARG_STRING, &kr, N_("The key result"), N_("KR") },
    { "value", 0, 0, G_OPTION_ARG_STRING, &value, N_("Its value now (1 or 0 for done or not)"),
      "V" },
    { "confidence", 0, 0, G_OPTION_ARG_INT, &confidence,
      N_("How sure you are it will be reached, from 1 to 10"), "1-10" },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note"), N_("TEXT") },
    { "went-well", 0, 0, G_OPTION_ARG_STRING, &well, N_("What went well"), N_("TEXT") },
    { "blocked-by", 0, 0, G_OPTION_ARG_STRING, &blocked, N_("What is in the way"), N_("TEXT") },
    { "next", 0, 0, G_OPTION_ARG_STRING, &next, N_("What comes next"), N_("TEXT") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day it is about (default: today)"),
      "YYYY-MM-DD" },
    { "milestone-done", 0, 0, G_OPTION_ARG_STRING_ARRAY, &done,
      N_("Tick off milestone N (1 is the first; repeat for several)"), "N" },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("Who checks in"), N_("PERSON") },
    { NULL }
  };
  g_autoptr(OkrStore) store = NULL;
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));
  GError *error = NULL;
  OkrCheckinSpec spec;
  gint64 kr_id;
  int status = cli_parse (ctx, entries, &argc, &argv, N_("Record a check-in on a key result."));

  if (status != CLI_OK)
    return status;
  okr_checkin_spec_init (&spec);
  if (kr == NULL)
    return cli_usage (ctx, _("--kr is required."));
  if (value == NULL && done == NULL)
    return cli_usage (ctx, _("--value (or --milestone-done for a milestone key result) is "
                             "required."));
  if (value != NULL)
    {
      if (g_ascii_strcasecmp (value, "done") == 0 || g_ascii_strcasecmp (value, "yes") == 0)
        spec.value = 1;
      else if (g_ascii_strcasecmp (value, "no") == 0)
        spec.value = 0;
      else if (!cli_parse_number (ctx, "--value", value, &spec.value, &status))
        return status;
    }
  if (date != NULL && !cli_parse_date (ctx, "--date", date, &spec.date, &status))
    return status;
  for (guint i = 0; done != NULL && done[i] != NULL; i++)
    {
      guint64 n;
      if (!g_ascii_string_to_unsigned (done[i], 10, 1, 1000, &n, NULL))
        return cli_usage (ctx, _("--milestone-done needs the number of a milestone (1 is the "
                                 "first)."));
      guint pos = (guint) n;
      g_array_append_val (positions, pos);
    }
  if (confidence != -1 && (confidence < 1 || confidence > 10))
    return cli_fail (g_error_new_literal (OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                                          _("Confidence is a whole number from 1 to 10.")));
  spec.confidence = confidence == -1 ? 0 : confidence;
  spec.note = note;
  spec.went_well = well;
  spec.blocked_by = blocked;
  spec.next_step = next;
  spec.milestones_done = (const guint *) positions->data;
  spec.n_milestones_done = positions->len;

  if ((store = cli_open (ctx, TRUE, &status)) == NULL)
    return status;
  if ((kr_id = cli_resolve (store, OKR_ENTITY_KEY_RESULT, kr, &status)) == 0)
    return status;
  spec.author_id = optional_ref (store, OKR_ENTITY_PERSON, author, &status);
  if (status != CLI_OK)
    return status;
  gint64 id = okr_store_add_checkin (store, kr_id, &spec, &error);

  return finish_add (store, OKR_ENTITY_CHECKIN, id, error);
}
