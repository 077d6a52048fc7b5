/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-generate.c — synthetic companies of any size, for benchmarks and scale tests
 *
 * Every row goes through the store's generic insert path with a uuid drawn from the seed
 * (okr_store_insert_with_uuid), so each one is validated exactly as a leader's edit is,
 * and the whole document is written in one transaction. The only shortcut is the one
 * import takes: the KRs' current values, derived from the check-ins, are computed once at
 * the end rather than after every check-in.
 *
 * Every choice comes from the seed, in a fixed order, and every date from "today".
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "okr-generate.h"
#include "okr-generate-words.h"
#include "okr-math.h"
#include "okr-store-edits.h"
#include "okr-store-private.h"

#define N_PAST_QUARTERS   4
#define N_QUARTERS        (N_PAST_QUARTERS + 1)
#define CURRENT           N_PAST_QUARTERS   /* the index of today's quarter */
#define CURRENT_SHARE     0.5               /* of objectives and KRs, in today's quarter */
#define MIN_DEPTH         4
#define MAX_DEPTH         6
#define FAN_OUT           5.0               /* a typical number of teams under a unit */
#define MAX_PEOPLE        4                 /* per unit, its lead included */
#define RETRACT_PER_MILLE 1
#define KPI_WEEKS         26
#define NO_INDEX          G_MAXUINT

typedef struct {
  gint64       id;
  guint        parent;        /* index, NO_INDEX for the company */
  guint        depth;
  guint        n_children;
  OkrWordsLang lang;
  guint        function;
  guint        region;
  guint        first_person;  /* index in Gen.people; the first is the lead */
  guint        n_people;
} Unit;

typedef struct {
  gint64 id;
  guint  unit;
  guint  first_kr;            /* index in Gen.krs */
  guint  n_krs;
} Objective;

typedef struct {
  gint64    id;
  guint     quarter;
  guint     unit;
  OkrKrKind kind;
  gboolean  below;
  double    baseline;
  double    target;
  double    step;             /* values are rounded to this */
  double    pace;             /* progress ÷ expected progress, how the KR fares */
  gint64    owner;
  guint     first_milestone;  /* index in Gen.milestones */
  guint     n_milestones;
  guint     n_checkins;
  guint     n_written;
  double    last_value;
} Kr;

typedef struct {
  gint64   cycle;
  OkrDate  start;
  OkrDate  end;
  int      year;
  int      number;
  guint    n_objectives;
  guint    n_krs;
  guint    first_objective;   /* index in Gen.objectives */
  guint   *unit_first;        /* per unit: its first objective in Gen.objectives */
  guint   *unit_count;        /* per unit: how many */
} Quarter;

typedef struct {
  OkrDate date;
  guint32 kr;
  guint32 seq;
} Planned;

typedef struct {
  OkrStore              *store;
  const OkrGenerateSize *size;
  OkrDate                today;
  GRand                 *rand;     /* content */
  GRand                 *ids;      /* uuids */
  OkrWordsLang           lang;     /* the company's */
  GArray                *units;    /* Unit, level by level: parents before children */
  GArray                *people;   /* gint64 */
  GArray                *objectives;
  GArray                *krs;
  GArray                *milestones; /* gint64 */
  Quarter                quarters[N_QUARTERS];
  guint                  team_number;
} Gen;

/* ───────────────────────── choices ───────────────────────── */

static double
uniform (Gen *g, double lo, double hi)
{
  return g_rand_double_range (g->rand, lo, hi);
}

static guint
pick (Gen *g, guint n)
{
  return n > 1 ? (guint) g_rand_int_range (g->rand, 0, (gint32) n) : 0;
}

static gboolean
chance (Gen *g, double p)
{
  return g_rand_double (g->rand) < p;
}

static const char *
word (Gen *g, const OkrWordPool *pool)
{
  return pool->n > 0 ? pool->items[pick (g, pool->n)] : "";
}

static const OkrWords *
words_of (const Unit *u)
{
  return okr_words_get (u->lang);
}

static void
next_uuid (Gen *g, OkrUuid *uuid)
{
  for (guint i = 0; i < 16; i += 4)
    {
      guint32 r = g_rand_int (g->ids);
      memcpy (uuid->bytes + i, &r, 4);
    }
  uuid->bytes[6] = (uuid->bytes[6] & 0x0f) | 0x40;
  uuid->bytes[8] = (uuid->bytes[8] & 0x3f) | 0x80;
}

static gint64
insert (Gen *g, OkrChanges *changes, GError **error)
{
  OkrUuid uuid;

  next_uuid (g, &uuid);
  return okr_store_insert_with_uuid (g->store, changes, &uuid, error);
}

static Unit *
unit_at (Gen *g, guint i)
{
  return &g_array_index (g->units, Unit, i);
}

static Kr *
kr_at (Gen *g, guint i)
{
  return &g_array_index (g->krs, Kr, i);
}

static Objective *
objective_at (Gen *g, guint i)
{
  return &g_array_index (g->objectives, Objective, i);
}

static gint64
person_of (Gen *g, const Unit *u)
{
  return g_array_index (g->people, gint64, u->first_person + pick (g, u->n_people));
}

static gint64
lead_of (Gen *g, const Unit *u)
{
  return g_array_index (g->people, gint64, u->first_person);
}

/* Splits @total into @n parts as even as possible, the larger parts first. */
static guint
share (guint total, guint n, guint i)
{
  return total / n + (i < total % n ? 1 : 0);
}

/* ───────────────────────── units and people ───────────────────────── */

/* How many levels a tree of @n units has, and how many units each level holds: a fan-out
 * close to FAN_OUT, between MIN_DEPTH and MAX_DEPTH levels. */
static guint
plan_levels (guint n, guint sizes[MAX_DEPTH])
{
  guint depth = (guint) CLAMP (lround (log (MAX (n, 1)) / log (FAN_OUT)) + 1, MIN_DEPTH, MAX_DEPTH);
  double lo = 1, hi = MAX (n, 2), b = 1;
  guint placed = 0;

  depth = MIN (depth, MAX (n, 1));
  /* The fan-out b with 1 + b + … + b^(depth-1) = n. */
  for (guint i = 0; i < 60; i++)
    {
      double sum = 0, power = 1;
      b = (lo + hi) / 2;
      for (guint l = 0; l < depth; l++, power *= b)
        sum += power;
      if (sum < n)
        lo = b;
      else
        hi = b;
    }
  for (guint l = 0; l < depth; l++)
    {
      guint remaining_levels = depth - l - 1;
      guint size = l == 0 ? 1 : (guint) lround (pow (b, l));

      size = CLAMP (size, 1, n - placed - remaining_levels);
      if (remaining_levels == 0)
        size = n - placed;
      sizes[l] = size;
      placed += size;
    }
  return depth;
}

static char *
person_name (Gen *g, const OkrWords *w)
{
  const char *given = word (g, &w->given_names);
  const char *family = word (g, &w->family_names);

  if (w->family_name_first)
    return g_strdup_printf ("%s %s %s", family, word (g, &w->middle_names), given);
  return g_strdup_printf ("%s %s", given, family);
}

static gboolean
add_people (Gen *g, Unit *u, GError **error)
{
  u->first_person = g->people->len;
  u->n_people = 1 + pick (g, MAX_PEOPLE);
  for (guint i = 0; i < u->n_people; i++)
    {
      g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_PERSON);
      g_autofree char *name = person_name (g, words_of (u));
      gint64 id;

      okr_changes_set_text (c, "name", name);
      if (chance (g, 0.6))
        {
          g_autofree char *email = g_strdup_printf ("person%u@example.com", g->people->len + 1);
          okr_changes_set_text (c, "email", email);
        }
      if ((id = insert (g, c, error)) == 0)
        return FALSE;
      g_array_append_val (g->people, id);
    }
  return TRUE;
}

static char *
unit_name (Gen *g, const Unit *u, guint sibling)
{
  const OkrWords *w = words_of (u);
  const char *function = w->functions.items[u->function];
  const char *region = w->regions.items[u->region];

  if (u->depth == 0)
    return g_strdup (w->company);
  if (u->depth == 1)
    return sibling < w->functions.n ? g_strdup (function)
                                    : g_strdup_printf ("%s %u", function,
                                                       sibling / w->functions.n + 1);
  if (u->depth == 2 && sibling < w->regions.n)
    return g_strdup_printf (w->region_format, function, region);
  return g_strdup_printf (w->team_format, function, region, ++g->team_number);
}

/* The tree is planned whole first, so that a unit's kind (department or team) is known
 * from its children when it is written. */
static void
plan_units (Gen *g)
{
  guint sizes[MAX_DEPTH];
  guint depth = plan_levels (g->size->units, sizes);
  guint level_start = 0;
  Unit company = { .parent = NO_INDEX, .lang = g->lang };

  g_array_append_val (g->units, company);
  for (guint l = 1; l < depth; l++)
    {
      guint parents = sizes[l - 1];
      guint parent_start = level_start;

      level_start += parents;
      for (guint i = 0; i < sizes[l]; i++)
        {
          /* Every unit of the level above gets a child before any gets a second, so that
           * the tree keeps its depth; the rest go anywhere. */
          guint parent = parent_start + (i < parents ? i : pick (g, parents));
          Unit *p = unit_at (g, parent);
          Unit u = {
            .parent = parent,
            .depth = l,
            .lang = l == 1 ? (chance (g, 0.5) ? OKR_WORDS_VI : OKR_WORDS_EN) : p->lang,
            .function = l == 1 ? i % okr_words_get (OKR_WORDS_EN)->functions.n : p->function,
            .region = l == 2 ? pick (g, okr_words_get (OKR_WORDS_EN)->regions.n) : p->region,
          };

          p->n_children++;
          g_array_append_val (g->units, u);
        }
    }
}

static gboolean
add_units (Gen *g, GError **error)
{
  g_autofree guint *siblings = g_new0 (guint, g->units->len);

  for (guint i = 0; i < g->units->len; i++)
    {
      Unit *u = unit_at (g, i);
      g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_UNIT);
      guint sibling = u->parent == NO_INDEX ? 0 : siblings[u->parent]++;
      g_autofree char *name = NULL;
      OkrUnitKind kind = u->depth == 0 ? OKR_UNIT_COMPANY
                       : u->n_children > 0 ? OKR_UNIT_DEPARTMENT : OKR_UNIT_TEAM;

      if (!add_people (g, u, error))
        return FALSE;
      /* Level 2 names need the unit's rank among its parent's children. */
      name = unit_name (g, u, sibling);
      okr_changes_set_text (c, "name", name);
      okr_changes_set_text (c, "kind", okr_unit_kind_to_string (kind));
      if (u->parent != NO_INDEX)
        okr_changes_set_ref (c, "parent_id", unit_at (g, u->parent)->id);
      okr_changes_set_ref (c, "lead_id", lead_of (g, u));
      okr_changes_set_real (c, "position", sibling + 1);
      if ((u->id = insert (g, c, error)) == 0)
        return FALSE;
    }
  return TRUE;
}

/* ───────────────────────── cycles ───────────────────────── */

static void
quarter_bounds (int year, int number, OkrDate *start, OkrDate *end)
{
  *start = okr_date_from_ymd (year, 3 * number - 2, 1);
  *end = number == 4 ? okr_date_from_ymd (year, 12, 31)
                     : okr_date_from_ymd (year, 3 * number + 1, 1) - 1;
}

static gint64
add_cycle (Gen *g, const char *name, OkrDate start, OkrDate end, gint64 parent, GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_CYCLE);

  okr_changes_set_text (c, "name", name);
  okr_changes_set_date (c, "start_date", start);
  okr_changes_set_date (c, "end_date", end);
  okr_changes_set_ref (c, "parent_id", parent);
  return insert (g, c, error);
}

/* Last year and this year, with the quarters that hold objectives and the ones still to
 * come this year. */
static gboolean
add_cycles (Gen *g, gint64 years[2], GError **error)
{
  const OkrWords *w = okr_words_get (g->lang);
  int year, month, day, number;

  okr_date_to_ymd (g->today, &year, &month, &day);
  number = (month - 1) / 3 + 1;
  for (int i = 0; i < 2; i++)
    {
      g_autofree char *name = g_strdup_printf (w->year_format, year - 1 + i);
      years[i] = add_cycle (g, name, okr_date_from_ymd (year - 1 + i, 1, 1),
                            okr_date_from_ymd (year - 1 + i, 12, 31), 0, error);
      if (years[i] == 0)
        return FALSE;
    }
  for (int k = 0; k < N_QUARTERS + 4 - number; k++)
    {
      /* k counts quarters from the oldest one with objectives. */
      int index = (year * 4 + number - 1) - N_PAST_QUARTERS + k;
      int q_year = index / 4, q_number = index % 4 + 1;
      g_autofree char *name = g_strdup_printf (w->quarter_format, q_number, q_year);
      OkrDate start, end;
      gint64 id;

      quarter_bounds (q_year, q_number, &start, &end);
      id = add_cycle (g, name, start, end, years[q_year - year + 1], error);
      if (id == 0)
        return FALSE;
      if (k < N_QUARTERS)
        {
          /* The sizes are planned already: keep them. */
          Quarter *q = &g->quarters[k];
          q->cycle = id;
          q->start = start;
          q->end = end;
          q->year = q_year;
          q->number = q_number;
        }
    }
  return TRUE;
}

/* ───────────────────────── objectives and key results ───────────────────────── */

static OkrKrKind
pick_kind (Gen *g, const Unit *u)
{
  static const struct { OkrKrKind kind; guint weight; } kinds[] = {
    { OKR_KR_NUMBER, 34 }, { OKR_KR_PERCENT, 20 }, { OKR_KR_CURRENCY, 12 },
    { OKR_KR_BOOLEAN, 10 }, { OKR_KR_MILESTONE, 12 }, { OKR_KR_CONTROL, 12 },
  };
  guint r = pick (g, 100);

  /* Rolled up only where objectives below can align to it. */
  if (u->n_children > 0 && chance (g, 0.12))
    return OKR_KR_ROLLUP;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (r < kinds[i].weight)
        return kinds[i].kind;
      r -= kinds[i].weight;
    }
  return OKR_KR_NUMBER;
}

static double
pick_pace (Gen *g)
{
  static const struct { double pace; guint weight; } paces[] = {
    { 1.25, 15 }, { 1.03, 40 }, { 0.85, 20 }, { 0.55, 20 }, { 0.15, 5 },
  };
  guint r = pick (g, 100);

  for (guint i = 0; i < G_N_ELEMENTS (paces); i++)
    {
      if (r < paces[i].weight)
        return paces[i].pace;
      r -= paces[i].weight;
    }
  return 1;
}

static gboolean
add_milestones (Gen *g, Kr *k, const OkrWords *w, GError **error)
{
  guint first = pick (g, w->milestones.n);

  k->first_milestone = g->milestones->len;
  k->n_milestones = 3 + pick (g, 3);
  for (guint i = 0; i < k->n_milestones; i++)
    {
      g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_MILESTONE);
      gint64 id;

      okr_changes_set_ref (c, "kr_id", k->id);
      okr_changes_set_text (c, "title", w->milestones.items[(first + i) % w->milestones.n]);
      okr_changes_set_real (c, "position", i + 1);
      if ((id = insert (g, c, error)) == 0)
        return FALSE;
      g_array_append_val (g->milestones, id);
    }
  return TRUE;
}

static gboolean
add_key_result (Gen *g, guint quarter, guint unit, gint64 objective, guint position,
                GError **error)
{
  const Unit *u = unit_at (g, unit);
  const OkrWords *w = words_of (u);
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_KEY_RESULT);
  g_autofree char *title = NULL;
  const char *label = "";
  Kr k = {
    .quarter = quarter,
    .unit = unit,
    .kind = pick_kind (g, u),
    .pace = pick_pace (g),
    .owner = person_of (g, u),
    .step = 1,
    .target = 1,
  };
  double weight = chance (g, 0.15) ? 2 : chance (g, 0.05) ? 0.5 : 1;

  switch (k.kind)
    {
    case OKR_KR_NUMBER:
      title = g_strdup_printf ("%s %s", word (g, &w->kr_verbs), word (g, &w->number_metrics));
      k.baseline = pick (g, 400);
      k.target = k.baseline + 20 + pick (g, 780);
      break;
    case OKR_KR_PERCENT:
      title = g_strdup_printf ("%s %s", word (g, &w->kr_verbs), word (g, &w->percent_metrics));
      label = "%";
      k.baseline = 20 + pick (g, 50);
      /* Never a random draw inside MIN/MAX/CLAMP: the macros evaluate it twice. */
      k.target = k.baseline + 5 + pick (g, 20);
      k.target = MIN (100, k.target);
      k.step = 0.1;
      break;
    case OKR_KR_CURRENCY:
      title = g_strdup_printf ("%s %s", word (g, &w->kr_verbs), word (g, &w->currency_metrics));
      label = w->currency_label;
      k.baseline = w->currency_scale * (2 + pick (g, 48));
      k.target = round (k.baseline * uniform (g, 1.2, 2.0) / w->currency_scale) * w->currency_scale;
      k.step = w->currency_scale / 100;
      break;
    case OKR_KR_BOOLEAN:
      title = g_strdup (word (g, &w->deliverables));
      k.baseline = 0;
      break;
    case OKR_KR_MILESTONE:
      title = g_strdup (word (g, &w->projects));
      k.baseline = 0;
      break;
    case OKR_KR_CONTROL:
      {
        const OkrControlWords *cw = &w->controls[pick (g, w->n_controls)];
        title = g_strdup (cw->title);
        label = cw->label;
        k.target = cw->target;
        k.below = cw->below;
        k.baseline = cw->target;
        k.step = 0.01;
      }
      break;
    case OKR_KR_ROLLUP:
      title = g_strdup (word (g, &w->rollups));
      k.baseline = 0;
      k.target = 100;
      break;
    default:
      g_assert_not_reached ();
    }

  okr_changes_set_ref (c, "objective_id", objective);
  okr_changes_set_text (c, "title", title);
  okr_changes_set_text (c, "kind", okr_kr_kind_to_string (k.kind));
  okr_changes_set_real (c, "baseline", k.baseline);
  okr_changes_set_text (c, "unit_label", label);
  okr_changes_set_text (c, "direction", okr_direction_to_string (k.below ? OKR_DIRECTION_BELOW
                                                                          : OKR_DIRECTION_ABOVE));
  okr_changes_set_real (c, "weight", weight);
  okr_changes_set_ref (c, "owner_id", k.owner);
  okr_changes_set_real (c, "position", position);
  if ((k.id = insert (g, c, error)) == 0)
    return FALSE;
  if (k.kind == OKR_KR_MILESTONE && !add_milestones (g, &k, w, error))
    return FALSE;
  if (k.kind == OKR_KR_MILESTONE)
    {
      /* The target of a milestone KR is its number of milestones. */
      g_autoptr(OkrChanges) target = okr_changes_new (OKR_ENTITY_KEY_RESULT);
      k.target = k.n_milestones;
      okr_changes_set_real (target, "target", k.target);
      if (!okr_store_update (g->store, k.id, target, error))
        return FALSE;
    }
  else
    {
      g_autoptr(OkrChanges) target = okr_changes_new (OKR_ENTITY_KEY_RESULT);
      okr_changes_set_real (target, "target", k.target);
      if (!okr_store_update (g->store, k.id, target, error))
        return FALSE;
    }
  g_array_append_val (g->krs, k);
  return TRUE;
}

/* An objective of a unit above (its parent, sometimes its grandparent) in the same
 * quarter, or one of that objective's KRs; a rolled-up KR when there is one. */
static void
pick_alignment (Gen *g, const Quarter *q, const Unit *u, gint64 *to_objective, gint64 *to_kr)
{
  guint ancestor = u->parent;
  const Objective *parent;
  guint count;

  *to_objective = *to_kr = 0;
  if (ancestor == NO_INDEX || !chance (g, 0.75))
    return;
  if (unit_at (g, ancestor)->parent != NO_INDEX && chance (g, 0.2))
    ancestor = unit_at (g, ancestor)->parent;
  count = q->unit_count[ancestor];
  if (count == 0)
    return;

  for (guint i = 0; i < count; i++)
    {
      const Objective *o = objective_at (g, q->unit_first[ancestor] + i);
      for (guint j = 0; j < o->n_krs; j++)
        if (kr_at (g, o->first_kr + j)->kind == OKR_KR_ROLLUP && chance (g, 0.5))
          {
            *to_kr = kr_at (g, o->first_kr + j)->id;
            return;
          }
    }
  parent = objective_at (g, q->unit_first[ancestor] + pick (g, count));
  if (parent->n_krs > 0 && chance (g, 0.5))
    *to_kr = kr_at (g, parent->first_kr + pick (g, parent->n_krs))->id;
  else
    *to_objective = parent->id;
}

static char *
objective_title (Gen *g, const OkrWords *w)
{
  return g_strdup_printf ("%s %s%s", word (g, &w->objective_verbs),
                          word (g, &w->objective_objects), word (g, &w->objective_qualifiers));
}

static char *
description (Gen *g, const OkrWords *w)
{
  guint n = chance (g, 0.5) ? 0 : 1 + pick (g, 3);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s%s", i ? " " : "", word (g, &w->descriptions));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Each unit in order gets one objective while they last, so that the top of the tree always
 * has objectives to align to; the rest fall anywhere. */
static void
plan_unit_objectives (Gen *g, Quarter *q)
{
  guint n_units = g->units->len;

  q->unit_first = g_new0 (guint, n_units);
  q->unit_count = g_new0 (guint, n_units);
  for (guint i = 0; i < q->n_objectives; i++)
    q->unit_count[i < n_units ? i : pick (g, n_units)]++;
}

static void
plan_kr_counts (Gen *g, const Quarter *q, guint *counts)
{
  for (guint i = 0; i < q->n_objectives; i++)
    counts[i] = share (q->n_krs, q->n_objectives, i);
  /* Some objectives have more KRs than others. */
  for (guint i = 0; i < q->n_objectives; i++)
    {
      guint a = pick (g, q->n_objectives), b = pick (g, q->n_objectives);
      if (counts[a] > 1 && counts[b] < 7)
        {
          counts[a]--;
          counts[b]++;
        }
    }
}

static gboolean
add_quarter (Gen *g, guint index, GError **error)
{
  Quarter *q = &g->quarters[index];
  g_autofree guint *kr_counts = g_new0 (guint, MAX (q->n_objectives, 1));
  guint n = 0;

  plan_unit_objectives (g, q);
  plan_kr_counts (g, q, kr_counts);
  q->first_objective = g->objectives->len;

  for (guint ui = 0; ui < g->units->len; ui++)
    {
      const Unit *u = unit_at (g, ui);
      const OkrWords *w = words_of (u);

      q->unit_first[ui] = g->objectives->len;
      for (guint j = 0; j < q->unit_count[ui]; j++, n++)
        {
          g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_OBJECTIVE);
          g_autofree char *title = objective_title (g, w);
          g_autofree char *text = description (g, w);
          Objective o = { .unit = ui, .first_kr = g->krs->len, .n_krs = kr_counts[n] };
          gint64 to_objective, to_kr;

          pick_alignment (g, q, u, &to_objective, &to_kr);
          okr_changes_set_ref (c, "cycle_id", q->cycle);
          okr_changes_set_ref (c, "unit_id", u->id);
          okr_changes_set_text (c, "title", title);
          okr_changes_set_text (c, "description", text);
          okr_changes_set_ref (c, "owner_id", person_of (g, u));
          okr_changes_set_bool (c, "aspirational", chance (g, 0.15));
          okr_changes_set_ref (c, "align_objective_id", to_objective);
          okr_changes_set_ref (c, "align_kr_id", to_kr);
          okr_changes_set_real (c, "position", j + 1);
          if ((o.id = insert (g, c, error)) == 0)
            return FALSE;
          for (guint k = 0; k < o.n_krs; k++)
            if (!add_key_result (g, index, ui, o.id, k + 1, error))
              return FALSE;
          g_array_append_val (g->objectives, o);
        }
    }
  return TRUE;
}

/* ───────────────────────── check-ins ───────────────────────── */

static double
elapsed (const Quarter *q, OkrDate today)
{
  return okr_math_expected (q->start, q->end, today);
}

/* Check-ins go to the KRs in proportion to the part of their quarter that has passed. */
static gboolean
plan_checkin_counts (Gen *g, GError **error)
{
  double total_weight = 0, carried = 0;
  guint given = 0;
  guint start = g->krs->len > 0 ? pick (g, g->krs->len) : 0;

  for (guint i = 0; i < g->krs->len; i++)
    {
      Kr *k = kr_at (g, i);
      if (k->kind != OKR_KR_ROLLUP)
        total_weight += MAX (elapsed (&g->quarters[k->quarter], g->today), 0.02);
    }
  if (g->size->checkins > 0 && total_weight == 0)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                           _("Check-ins need at least one key result that takes them."));
      return FALSE;
    }
  for (guint n = 0; n < g->krs->len; n++)
    {
      Kr *k = kr_at (g, (start + n) % g->krs->len);
      double exact;

      if (k->kind == OKR_KR_ROLLUP)
        continue;
      exact = g->size->checkins * MAX (elapsed (&g->quarters[k->quarter], g->today), 0.02) /
              total_weight + carried;
      k->n_checkins = (guint) floor (exact);
      carried = exact - k->n_checkins;
      given += k->n_checkins;
    }
  /* Rounding leaves at most one over or under: settle it on the first KR that takes it. */
  for (guint n = 0; given != g->size->checkins && n < g->krs->len; n++)
    {
      Kr *k = kr_at (g, (start + n) % g->krs->len);
      if (k->kind == OKR_KR_ROLLUP || (given > g->size->checkins && k->n_checkins == 0))
        continue;
      if (given < g->size->checkins)
        k->n_checkins++, given++;
      else
        k->n_checkins--, given--;
    }
  return TRUE;
}

static int
compare_planned (const void *a, const void *b)
{
  const Planned *x = a, *y = b;

  if (x->date != y->date)
    return x->date < y->date ? -1 : 1;
  if (x->kr != y->kr)
    return x->kr < y->kr ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Evenly over the part of the quarter that has passed, a little early or late. */
static GArray *
plan_checkin_dates (Gen *g)
{
  GArray *plan = g_array_sized_new (FALSE, FALSE, sizeof (Planned), g->size->checkins);

  for (guint i = 0; i < g->krs->len; i++)
    {
      Kr *k = kr_at (g, i);
      const Quarter *q = &g->quarters[k->quarter];
      OkrDate last = MIN (q->end, g->today);
      double days = last - q->start + 1;

      for (guint s = 0; s < k->n_checkins; s++)
        {
          double at = (s + 0.5 + uniform (g, -0.3, 0.3)) * days / k->n_checkins;
          Planned p = {
            .date = CLAMP (q->start + (OkrDate) floor (at), q->start, last),
            .kr = i,
            .seq = s,
          };
          g_array_append_val (plan, p);
        }
    }
  qsort (plan->data, plan->len, sizeof (Planned), compare_planned);
  return plan;
}

static double
round_to (double value, double step)
{
  return round (value / step) * step;
}

/* The value a KR shows on @date, given how it fares. */
static double
checkin_value (Gen *g, Kr *k, OkrDate date)
{
  const Quarter *q = &g->quarters[k->quarter];
  double e = okr_math_expected (q->start, q->end, date);
  double progress = k->pace * e + uniform (g, -0.03, 0.03);
  double value;

  progress = CLAMP (progress, 0, 1.15);
  switch (k->kind)
    {
    case OKR_KR_BOOLEAN:
      return progress >= 1 ? 1 : 0;
    case OKR_KR_MILESTONE:
      /* Milestones stay done. */
      value = floor (MIN (progress, 1) * k->n_milestones + 1e-9);
      return MAX (value, k->n_written > 0 ? k->last_value : 0);
    case OKR_KR_CONTROL:
      {
        gboolean holds = k->pace >= 0.95 || e < 0.4 || chance (g, k->pace - 0.3);
        double margin = fabs (k->target) * (holds ? uniform (g, 0.0, 0.3) : uniform (g, 0.05, 0.3));
        if (!k->below && k->target > 50)
          margin /= 100;  /* "above 99.9 %": the distance is small */
        value = k->below == holds ? k->target - margin : k->target + margin;
        return round_to (value, k->step);
      }
    default:
      value = k->baseline + progress * (k->target - k->baseline);
      return round_to (value, k->step);
    }
}

static int
confidence (Gen *g, const Kr *k)
{
  long level = lround (5 + (k->pace - 0.85) * 8 + uniform (g, -1.5, 1.5));

  return (int) CLAMP (level, 1, 10);
}

static gboolean
retract (Gen *g, gint64 checkin, const Unit *u, GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_RETRACTION);
  OkrDb *db = _okr_store_get_db (g->store);
  sqlite3_stmt *stmt;

  okr_changes_set_ref (c, "checkin_id", checkin);
  okr_changes_set_text (c, "reason", word (g, &words_of (u)->retraction_reasons));
  okr_changes_set_ref (c, "author_id", lead_of (g, u));
  if (insert (g, c, error) == 0)
    return FALSE;
  /* The derived flag, as okr_store_retract_checkin () keeps it. */
  stmt = okr_db_prepare (db, "UPDATE checkins SET retracted = 1 WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, checkin);
  return okr_db_step_done (db, stmt, error);
}

static gboolean
add_checkin (Gen *g, const Planned *p, GArray *retracted, GError **error)
{
  Kr *k = kr_at (g, p->kr);
  const Unit *u = unit_at (g, k->unit);
  const OkrWords *w = words_of (u);
  g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_CHECKIN);
  double value = checkin_value (g, k, p->date);
  gint64 id;

  okr_changes_set_ref (c, "kr_id", k->id);
  okr_changes_set_date (c, "date", p->date);
  okr_changes_set_real (c, "value", value);
  if (chance (g, 0.85))
    okr_changes_set_int (c, "confidence", confidence (g, k));
  if (chance (g, 0.35))
    okr_changes_set_text (c, "note", word (g, &w->notes));
  if (chance (g, 0.08))
    okr_changes_set_text (c, "went_well", word (g, &w->went_well));
  if (chance (g, k->pace < 0.9 ? 0.2 : 0.04))
    okr_changes_set_text (c, "blocked_by", word (g, &w->blocked_by));
  if (chance (g, 0.1))
    okr_changes_set_text (c, "next_step", word (g, &w->next_steps));
  okr_changes_set_ref (c, "author_id", chance (g, 0.75) ? k->owner : lead_of (g, u));
  if ((id = insert (g, c, error)) == 0)
    return FALSE;

  /* Milestones are ticked off by check-ins and stay ticked: never retract theirs. */
  if (k->kind != OKR_KR_MILESTONE && pick (g, 1000) < RETRACT_PER_MILLE)
    g_array_append_val (retracted, id);
  else
    k->last_value = value;
  k->n_written++;
  return TRUE;
}

static gboolean
add_checkins (Gen *g, GError **error)
{
  g_autoptr(GArray) plan = NULL;
  g_autoptr(GArray) retracted = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!plan_checkin_counts (g, error))
    return FALSE;
  plan = plan_checkin_dates (g);
  for (guint i = 0; i < plan->len; i++)
    if (!add_checkin (g, &g_array_index (plan, Planned, i), retracted, error))
      return FALSE;
  for (guint i = 0; i < retracted->len; i++)
    {
      const Unit *u = unit_at (g, pick (g, g->units->len));
      if (!retract (g, g_array_index (retracted, gint64, i), u, error))
        return FALSE;
    }
  /* Each milestone KR: as many milestones done as its latest check-in says. */
  for (guint i = 0; i < g->krs->len; i++)
    {
      const Kr *k = kr_at (g, i);
      for (guint m = 0; k->kind == OKR_KR_MILESTONE && m < (guint) k->last_value; m++)
        {
          g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_MILESTONE);
          okr_changes_set_bool (c, "done", TRUE);
          if (!okr_store_update (g->store,
                                 g_array_index (g->milestones, gint64, k->first_milestone + m),
                                 c, error))
            return FALSE;
        }
    }
  if (!_okr_store_refresh_all_current (g->store, error))
    return FALSE;
  _okr_store_touch (g->store, OKR_ENTITY_KEY_RESULT);
  return TRUE;
}

/* ───────────────────────── the rest ───────────────────────── */

static gboolean
add_initiatives (Gen *g, GError **error)
{
  static const OkrInitiativeState states[] = {
    OKR_INITIATIVE_TODO, OKR_INITIATIVE_DOING, OKR_INITIATIVE_DONE,
  };

  for (guint i = 0; i < g->krs->len; i++)
    {
      const Kr *k = kr_at (g, i);
      guint n = k->quarter == CURRENT && k->kind != OKR_KR_ROLLUP && chance (g, 0.25)
                ? 1 + pick (g, 2) : 0;

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_INITIATIVE);
          const Unit *u = unit_at (g, k->unit);

          okr_changes_set_ref (c, "kr_id", k->id);
          okr_changes_set_text (c, "title", word (g, &words_of (u)->initiatives));
          okr_changes_set_ref (c, "owner_id", person_of (g, u));
          okr_changes_set_text (c, "state",
                                okr_initiative_state_to_string (states[pick (g, 3)]));
          okr_changes_set_real (c, "position", j + 1);
          if (insert (g, c, error) == 0)
            return FALSE;
        }
    }
  return TRUE;
}

/* Closed quarters: a score for every KR, from where it ended, and retrospectives from the
 * company and its departments. */
static gboolean
score_closed_quarters (Gen *g, GError **error)
{
  for (guint i = 0; i < g->krs->len; i++)
    {
      const Kr *k = kr_at (g, i);
      const Unit *u = unit_at (g, k->unit);
      double progress;

      if (k->quarter == CURRENT)
        continue;
      if (k->kind == OKR_KR_ROLLUP || k->n_written == 0)
        progress = MIN (k->pace, 1);
      else
        progress = okr_math_kr_progress_raw (k->kind, k->baseline, k->target, k->last_value,
                                             k->below ? OKR_DIRECTION_BELOW : OKR_DIRECTION_ABOVE,
                                             (guint) k->last_value, k->n_milestones);
      if (!okr_store_set_score (g->store, k->id, okr_math_suggested_score (progress),
                                chance (g, 0.25) ? word (g, &words_of (u)->score_reasons) : "",
                                k->owner, error))
        return FALSE;
    }
  for (guint qi = 0; qi < CURRENT; qi++)
    for (guint ui = 0; ui < g->units->len; ui++)
      {
        const Unit *u = unit_at (g, ui);
        const OkrWords *w = words_of (u);

        if (u->depth > 1 || g->quarters[qi].unit_count[ui] == 0)
          continue;
        if (!okr_store_set_retrospective (g->store, u->id, g->quarters[qi].cycle,
                                          word (g, &w->retro_well), word (g, &w->retro_badly),
                                          word (g, &w->retro_change), error))
          return FALSE;
      }
  return TRUE;
}

static gboolean
add_kpis (Gen *g, GError **error)
{
  guint n = MAX (1, g->units->len / 4);

  for (guint i = 0; i < n; i++)
    {
      /* The company and the departments first: they watch KPIs the most. */
      const Unit *u = unit_at (g, i);
      const OkrWords *w = words_of (u);
      const OkrKpiWords *kw = &w->kpis[i % w->n_kpis];
      g_autoptr(OkrChanges) c = okr_changes_new (OKR_ENTITY_KPI);
      gint64 id;

      okr_changes_set_ref (c, "unit_id", u->id);
      okr_changes_set_text (c, "name", kw->name);
      okr_changes_set_text (c, "unit_label", kw->label);
      okr_changes_set_real (c, "green", kw->green);
      okr_changes_set_real (c, "red", kw->red);
      okr_changes_set_real (c, "position", 1);
      if ((id = insert (g, c, error)) == 0)
        return FALSE;
      for (guint week = 0; week < KPI_WEEKS; week++)
        {
          g_autoptr(OkrChanges) r = okr_changes_new (OKR_ENTITY_KPI_READING);
          double drift = (kw->green - kw->red) * 0.01 * week;

          okr_changes_set_ref (r, "kpi_id", id);
          okr_changes_set_date (r, "date", g->today - 7 * (KPI_WEEKS - 1 - week));
          okr_changes_set_real (r, "value",
                                round_to (kw->typical * uniform (g, 0.95, 1.05) + drift, 0.1));
          okr_changes_set_ref (r, "author_id", lead_of (g, u));
          if (insert (g, r, error) == 0)
            return FALSE;
        }
    }
  return TRUE;
}

/* Last: a closed cycle refuses every edit. */
static gboolean
set_cycle_states (Gen *g, const gint64 years[2], GError **error)
{
  for (guint i = 0; i < N_QUARTERS; i++)
    if (!okr_store_set_cycle_state (g->store, g->quarters[i].cycle,
                                    i == CURRENT ? OKR_CYCLE_ACTIVE : OKR_CYCLE_CLOSED, error))
      return FALSE;
  return okr_store_set_cycle_state (g->store, years[0], OKR_CYCLE_CLOSED, error) &&
         okr_store_set_cycle_state (g->store, years[1], OKR_CYCLE_ACTIVE, error);
}

static void
plan_quarter_sizes (Gen *g)
{
  guint current_objectives = (guint) lround (g->size->objectives * CURRENT_SHARE);
  guint current_krs = (guint) lround (g->size->key_results * CURRENT_SHARE);

  g->quarters[CURRENT].n_objectives = current_objectives;
  g->quarters[CURRENT].n_krs = current_krs;
  for (guint i = 0; i < N_PAST_QUARTERS; i++)
    {
      /* The most recent past quarter gets the remainders. */
      guint rank = N_PAST_QUARTERS - 1 - i;
      g->quarters[i].n_objectives = share (g->size->objectives - current_objectives,
                                           N_PAST_QUARTERS, rank);
      g->quarters[i].n_krs = share (g->size->key_results - current_krs, N_PAST_QUARTERS, rank);
    }
  /* KRs need an objective to belong to. */
  for (guint i = 0; i < N_QUARTERS; i++)
    if (g->quarters[i].n_objectives == 0 && g->quarters[i].n_krs > 0)
      {
        g->quarters[CURRENT].n_krs += g->quarters[i].n_krs;
        g->quarters[i].n_krs = 0;
      }
}

static gboolean
fill (Gen *g, GError **error)
{
  gint64 years[2];

  plan_units (g);
  plan_quarter_sizes (g);
  if (!add_units (g, error) || !add_cycles (g, years, error))
    return FALSE;
  for (guint i = 0; i < N_QUARTERS; i++)
    if (!add_quarter (g, i, error))
      return FALSE;
  return add_checkins (g, error) && add_initiatives (g, error) &&
         score_closed_quarters (g, error) && add_kpis (g, error) &&
         set_cycle_states (g, years, error);
}

static void
gen_clear (Gen *g)
{
  g_clear_pointer (&g->rand, g_rand_free);
  g_clear_pointer (&g->ids, g_rand_free);
  g_clear_pointer (&g->units, g_array_unref);
  g_clear_pointer (&g->people, g_array_unref);
  g_clear_pointer (&g->objectives, g_array_unref);
  g_clear_pointer (&g->krs, g_array_unref);
  g_clear_pointer (&g->milestones, g_array_unref);
  for (guint i = 0; i < N_QUARTERS; i++)
    {
      g_clear_pointer (&g->quarters[i].unit_first, g_free);
      g_clear_pointer (&g->quarters[i].unit_count, g_free);
    }
}

/**
 * okr_generate:
 * @path: where to create the document; must not exist
 *
 * Returns: (transfer full): the new document, or %NULL with @error set (and no file left)
 */
OkrStore *
okr_generate (const char *path, const OkrGenerateSize *size, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (size != NULL, NULL);

  g_autoptr(OkrStore) store = NULL;
  OkrUuid document_id;
  Gen g = {
    .size = size,
    .today = size->today != OKR_DATE_NONE ? size->today : okr_date_today (),
    .rand = g_rand_new_with_seed (size->seed),
    .ids = g_rand_new_with_seed (size->seed ^ 0x5eedu),
    .units = g_array_new (FALSE, TRUE, sizeof (Unit)),
    .people = g_array_new (FALSE, FALSE, sizeof (gint64)),
    .objectives = g_array_new (FALSE, TRUE, sizeof (Objective)),
    .krs = g_array_new (FALSE, TRUE, sizeof (Kr)),
    .milestones = g_array_new (FALSE, FALSE, sizeof (gint64)),
  };
  gboolean ok;

  if (size->units == 0 || (size->key_results > 0 && size->objectives == 0))
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                           size->units == 0 ? _("A company needs at least one unit.")
                                            : _("Key results need at least one objective."));
      gen_clear (&g);
      return NULL;
    }

  g.lang = chance (&g, 0.5) ? OKR_WORDS_VI : OKR_WORDS_EN;
  next_uuid (&g, &document_id);
  store = _okr_store_create_empty (path, &document_id, error);
  if (store == NULL)
    {
      gen_clear (&g);
      return NULL;
    }
  g.store = store;

  okr_store_begin_edit (store, NULL);
  ok = fill (&g, error);
  gen_clear (&g);
  if (!ok)
    okr_store_abort_edit (store);
  if (!ok || !okr_store_end_edit (store, error))
    {
      _okr_store_discard (store);
      return NULL;
    }
  return g_steal_pointer (&store);
}
