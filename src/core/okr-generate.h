/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-generate.h — synthetic companies of any size, for benchmarks and scale tests */
#pragma once

#include "okr-store.h"

G_BEGIN_DECLS

/* The counts are totals for the whole document. */
typedef struct {
  guint   units;        /* ≥ 1: the company and its departments and teams */
  guint   objectives;
  guint   key_results;  /* needs at least one objective */
  guint   checkins;     /* needs at least one key result that takes check-ins */
  guint32 seed;
  OkrDate today;        /* OKR_DATE_NONE: okr_date_today () */
} OkrGenerateSize;

/* What a document made from @size will hold: every row is placed by these rules.
 *
 * - Units: a tree 4 to 6 levels deep (fewer only when there are too few units), each unit
 *   led by one of its 1 to 4 people; a department's teams write in its language, English
 *   or Vietnamese.
 * - Cycles: last year and this year, each with its quarters. The quarter holding @today is
 *   active and holds half of the objectives and key results; the four quarters before it
 *   hold the rest, are scored, have retrospectives and are closed (so is last year).
 * - Objectives align, through the cascade, to an objective or a key result of a unit above
 *   them in the same quarter; rolled-up key results take their progress from the
 *   objectives aligned to them. Every kind of key result occurs.
 * - Check-ins are spread over the key results in proportion to the part of their quarter
 *   that has passed, written in date order as they would arrive; about one in a thousand
 *   is retracted. KPIs have weekly readings.
 *
 * Everything, uuids included, follows from @size: the same size, seed and day make the
 * same document, apart from the edit stamps (which record when it was written). */
OkrStore *okr_generate (const char *path, const OkrGenerateSize *size, GError **error);

G_END_DECLS
