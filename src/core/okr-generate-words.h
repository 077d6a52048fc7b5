/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-generate-words.h — the words synthetic companies are written with, in each language */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  OKR_WORDS_EN,
  OKR_WORDS_VI,
  OKR_WORDS_N_LANGS,
} OkrWordsLang;

typedef struct {
  const char *const *items;
  guint              n;
} OkrWordPool;

typedef struct {
  const char *title;
  const char *label;
  double      target;
  gboolean    below;     /* stay below the target, not above it */
} OkrControlWords;

typedef struct {
  const char *name;
  const char *label;
  double      typical;   /* around where the readings move */
  double      green;
  double      red;
} OkrKpiWords;

/* Content, not interface text: a leader of a company in that language would write it, so
 * none of it goes through gettext. */
typedef struct {
  const char *company;
  const char *year_format;       /* the year */
  const char *quarter_format;    /* the quarter's number, the year */
  const char *region_format;     /* a function, a region */
  const char *team_format;       /* a function, a region, a number */
  gboolean    family_name_first;
  OkrWordPool given_names, middle_names, family_names;
  OkrWordPool functions, regions;
  OkrWordPool objective_verbs, objective_objects, objective_qualifiers, descriptions;
  OkrWordPool kr_verbs, number_metrics, percent_metrics, currency_metrics;
  const char *currency_label;
  double      currency_scale;
  OkrWordPool deliverables, projects, milestones, rollups;
  const OkrControlWords *controls;
  guint       n_controls;
  OkrWordPool notes, went_well, blocked_by, next_steps;
  OkrWordPool score_reasons, retraction_reasons;
  OkrWordPool retro_well, retro_badly, retro_change;
  OkrWordPool initiatives;
  const OkrKpiWords *kpis;
  guint       n_kpis;
} OkrWords;

const OkrWords *okr_words_get (OkrWordsLang lang);

G_END_DECLS
