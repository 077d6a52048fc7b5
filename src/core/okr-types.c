/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "okr-types.h"

typedef struct {
  const char *id;     /* stored in files, JSON and the CLI: never translated */
  const char *label;  /* shown to people */
} Name;

static const Name unit_kinds[] = {
  { "company", NC_("unit kind", "Company") },
  { "department", NC_("unit kind", "Department") },
  { "team", NC_("unit kind", "Team") },
};

static const Name cycle_states[] = {
  { "planning", NC_("cycle state", "Planning") },
  { "active", NC_("cycle state", "Active") },
  { "closed", NC_("cycle state", "Closed") },
};

static const Name kr_kinds[] = {
  { "number", NC_("key result kind", "Number") },
  { "percent", NC_("key result kind", "Percentage") },
  { "currency", NC_("key result kind", "Money") },
  { "boolean", NC_("key result kind", "Done or not") },
  { "milestone", NC_("key result kind", "Milestones") },
  { "control", NC_("key result kind", "Stay above or below") },
  { "rollup", NC_("key result kind", "Rolled up from aligned objectives") },
};

static const Name directions[] = {
  { "above", NULL },
  { "below", NULL },
};

static const Name initiative_states[] = {
  { "todo", NC_("initiative state", "To do") },
  { "doing", NC_("initiative state", "In progress") },
  { "done", NC_("initiative state", "Done") },
};

static const Name statuses[] = {
  { "not_started", NC_("status", "Not started") },
  { "off_track", NC_("status", "Off track") },
  { "at_risk", NC_("status", "At risk") },
  { "on_track", NC_("status", "On track") },
  { "done", NC_("status", "Done") },
};

static const char *
lookup_id (const Name *names, guint n, guint value)
{
  g_return_val_if_fail (value < n, NULL);
  return names[value].id;
}

static const char *
lookup_label (const Name *names, guint n, guint value, const char *context)
{
  g_return_val_if_fail (value < n, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, context, names[value].label);
}

static gboolean
parse_id (const Name *names, guint n, const char *str, guint *value)
{
  if (str == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_str_equal (names[i].id, str))
      {
        *value = i;
        return TRUE;
      }
  return FALSE;
}

#define DEFINE_NAMES(prefix, Type, table)                              \
  const char *prefix##_to_string (Type v)                                       \
  { return lookup_id (table, G_N_ELEMENTS (table), v); }                        \
  gboolean prefix##_from_string (const char *str, Type *v)                      \
  {                                                                             \
    guint u;                                                                    \
    if (!parse_id (table, G_N_ELEMENTS (table), str, &u))                       \
      return FALSE;                                                             \
    *v = (Type) u;                                                              \
    return TRUE;                                                                \
  }

DEFINE_NAMES (okr_unit_kind, OkrUnitKind, unit_kinds)
DEFINE_NAMES (okr_cycle_state, OkrCycleState, cycle_states)
DEFINE_NAMES (okr_kr_kind, OkrKrKind, kr_kinds)
DEFINE_NAMES (okr_direction, OkrDirection, directions)
DEFINE_NAMES (okr_initiative_state, OkrInitiativeState, initiative_states)
DEFINE_NAMES (okr_status, OkrStatus, statuses)

const char *
okr_unit_kind_to_label (OkrUnitKind kind)
{
  return lookup_label (unit_kinds, G_N_ELEMENTS (unit_kinds), kind, "unit kind");
}

const char *
okr_cycle_state_to_label (OkrCycleState state)
{
  return lookup_label (cycle_states, G_N_ELEMENTS (cycle_states), state, "cycle state");
}

const char *
okr_kr_kind_to_label (OkrKrKind kind)
{
  return lookup_label (kr_kinds, G_N_ELEMENTS (kr_kinds), kind, "key result kind");
}

const char *
okr_initiative_state_to_label (OkrInitiativeState state)
{
  return lookup_label (initiative_states, G_N_ELEMENTS (initiative_states), state,
                       "initiative state");
}

const char *
okr_status_to_label (OkrStatus status)
{
  return lookup_label (statuses, G_N_ELEMENTS (statuses), status, "status");
}
