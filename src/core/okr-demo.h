/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-demo.h — the bundled demo company, written in English and in Vietnamese */
#pragma once

#include "okr-store.h"

G_BEGIN_DECLS

/* @lang is "en" or "vi" (anything else reads as English). Both languages have the same
 * shape: 15 people; the company, 4 departments and 8 teams, each with a lead; a year, its
 * active quarter (the one holding @today: 25 objectives, 80 key results of every kind,
 * weekly check-ins up to @today) and the closed quarter before it (12 objectives, 36 scored
 * key results, retrospectives); 10 KPIs with 16 weekly readings. */
const char *okr_demo_company_name (const char *lang);

/* Fills a document just made by okr_store_create () with okr_demo_company_name () as the
 * company's name, in one edit. Deterministic apart from the rows' random UUIDs. */
gboolean    okr_demo_fill         (OkrStore *store, const char *lang, OkrDate today,
                                   GError **error);

G_END_DECLS
