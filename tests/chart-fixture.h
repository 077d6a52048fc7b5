/* SPDX-License-Identifier: GPL-3.0-or-later */
/* chart-fixture.h — a company with a cascade and weeks of check-ins, to draw charts of */
#pragma once

#include "okr-store.h"

G_BEGIN_DECLS

/* Today in the fixture: the seventh week of Q1 2027. */
#define CHART_FIXTURE_TODAY_YMD 2027, 2, 18

typedef struct {
  gint64 company;
  gint64 first_department;
  gint64 first_team;          /* of the first department */
  gint64 empty_team;          /* a team with no objectives */
  gint64 quarter;             /* Q1 2027, active */
  gint64 previous;            /* Q4 2026, closed, scored */
  gint64 company_objective;   /* the first company objective */
  gint64 kr_with_checkins;    /* a number KR of the company */
  gint64 kr_without_checkins; /* a KR nobody has checked in on */
  guint  n_objectives;        /* in Q1 */
  guint  n_key_results;       /* in Q1 */
} ChartFixture;

/* Creates @path (which must not exist) with @departments departments of @teams teams each,
 * names and titles in @lang ("en" or "vi"). */
gboolean chart_fixture_make (const char *path, const char *lang, guint departments,
                             guint teams, ChartFixture *out, GError **error);

G_END_DECLS
