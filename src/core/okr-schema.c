/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "okr-core-resources.h"
#include "okr-schema.h"

#define F(n, t) { .name = n, .type = OKR_FIELD_##t }
#define FN(n, t) { .name = n, .type = OKR_FIELD_##t, .nullable = TRUE }
#define R(n, e) { .name = n, .type = OKR_FIELD_REF, .ref = OKR_ENTITY_##e }
#define RN(n, e) { .name = n, .type = OKR_FIELD_REF, .ref = OKR_ENTITY_##e, .nullable = TRUE }
#define RI(n, e) { .name = n, .type = OKR_FIELD_REF, .ref = OKR_ENTITY_##e, .immutable = TRUE }
#define DELETED F ("deleted", BOOL)

static const OkrField people_fields[] = {
  F ("name", TEXT), FN ("email", TEXT), DELETED,
};
static const OkrField unit_fields[] = {
  RN ("parent_id", UNIT), F ("name", TEXT), F ("kind", TEXT), RN ("lead_id", PERSON),
  F ("position", REAL), DELETED,
};
static const OkrField cycle_fields[] = {
  F ("name", TEXT), F ("start_date", DATE), F ("end_date", DATE), RN ("parent_id", CYCLE),
  F ("state", TEXT), DELETED,
};
static const OkrField objective_fields[] = {
  R ("cycle_id", CYCLE), R ("unit_id", UNIT), F ("title", TEXT), F ("description", TEXT),
  RN ("owner_id", PERSON), F ("aspirational", BOOL), RN ("align_objective_id", OBJECTIVE),
  RN ("align_kr_id", KEY_RESULT), F ("position", REAL), RN ("carried_from_id", OBJECTIVE),
  DELETED,
};
static const OkrField key_result_fields[] = {
  R ("objective_id", OBJECTIVE), F ("title", TEXT), F ("kind", TEXT), F ("baseline", REAL),
  FN ("target", REAL), F ("unit_label", TEXT), F ("direction", TEXT), F ("weight", REAL),
  RN ("owner_id", PERSON), F ("position", REAL), RN ("carried_from_id", KEY_RESULT), DELETED,
};
static const OkrField milestone_fields[] = {
  R ("kr_id", KEY_RESULT), F ("title", TEXT), F ("done", BOOL), F ("position", REAL), DELETED,
};
static const OkrField initiative_fields[] = {
  R ("kr_id", KEY_RESULT), F ("title", TEXT), RN ("owner_id", PERSON), F ("state", TEXT),
  F ("position", REAL), DELETED,
};
static const OkrField score_fields[] = {
  RI ("kr_id", KEY_RESULT), FN ("score", REAL), F ("reason", TEXT), RN ("author_id", PERSON),
  DELETED,
};
static const OkrField kpi_fields[] = {
  R ("unit_id", UNIT), F ("name", TEXT), F ("unit_label", TEXT), FN ("green", REAL),
  FN ("red", REAL), F ("position", REAL), DELETED,
};
static const OkrField retrospective_fields[] = {
  RI ("unit_id", UNIT), RI ("cycle_id", CYCLE), F ("went_well", TEXT), F ("went_badly", TEXT),
  F ("to_change", TEXT), DELETED,
};
static const OkrField checkin_fields[] = {
  R ("kr_id", KEY_RESULT), F ("date", DATE), F ("value", REAL), FN ("confidence", INT),
  F ("note", TEXT), F ("went_well", TEXT), F ("blocked_by", TEXT), F ("next_step", TEXT),
  RN ("author_id", PERSON),
};
static const OkrField retraction_fields[] = {
  R ("checkin_id", CHECKIN), F ("reason", TEXT), RN ("author_id", PERSON),
};
static const OkrField kpi_reading_fields[] = {
  R ("kpi_id", KPI), F ("date", DATE), F ("value", REAL), RN ("author_id", PERSON),
};
static const OkrField event_fields[] = {
  F ("kind", TEXT), RN ("cycle_id", CYCLE), F ("reason", TEXT), RN ("author_id", PERSON),
};

#define T(e, name, fields, append) \
  [OKR_ENTITY_##e] = { OKR_ENTITY_##e, name, append, fields, G_N_ELEMENTS (fields) }

static const OkrTableInfo tables[OKR_ENTITY_N] = {
  T (PERSON, "people", people_fields, FALSE),
  T (UNIT, "units", unit_fields, FALSE),
  T (CYCLE, "cycles", cycle_fields, FALSE),
  T (OBJECTIVE, "objectives", objective_fields, FALSE),
  T (KEY_RESULT, "key_results", key_result_fields, FALSE),
  T (MILESTONE, "milestones", milestone_fields, FALSE),
  T (INITIATIVE, "initiatives", initiative_fields, FALSE),
  T (SCORE, "scores", score_fields, FALSE),
  T (KPI, "kpis", kpi_fields, FALSE),
  T (RETROSPECTIVE, "retrospectives", retrospective_fields, FALSE),
  T (CHECKIN, "checkins", checkin_fields, TRUE),
  T (RETRACTION, "retractions", retraction_fields, TRUE),
  T (KPI_READING, "kpi_readings", kpi_reading_fields, TRUE),
  T (EVENT, "events", event_fields, TRUE),
};

const OkrTableInfo *
okr_schema_get_table (OkrEntity entity)
{
  g_return_val_if_fail (entity < OKR_ENTITY_N, NULL);
  return &tables[entity];
}

/* Whether a field has its own "<name>_at" stamp column: every field of an editable table
 * except those fixed at creation (the KR of a score, the unit and cycle of a retrospective). */
gboolean
okr_schema_has_stamp (const OkrTableInfo *info, guint field)
{
  g_return_val_if_fail (field < info->n_fields, FALSE);
  return !info->append_only && !info->fields[field].immutable;
}

const OkrField *
okr_schema_find_field (const OkrTableInfo *info, const char *name, guint *index)
{
  for (guint i = 0; i < info->n_fields; i++)
    if (g_str_equal (info->fields[i].name, name))
      {
        if (index != NULL)
          *index = i;
        return &info->fields[i];
      }
  return NULL;
}

GBytes *
okr_schema_get_migration (int version)
{
  g_autofree char *path = g_strdup_printf ("/io/github/cascadeokr/Cascade/schema/v%d.sql", version);

  /* Looked up in our own resource, which also keeps it linked into every program. */
  return g_resource_lookup_data (okr_core_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                 NULL);
}
