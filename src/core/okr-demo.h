/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-demo.h — the bundled demo company, written in English and in Vietnamese */
#pragma once

#include "okr-store.h"

G_BEGIN_DECLS

const char *okr_demo_company_name (const char *lang);
gboolean    okr_demo_fill (OkrStore *store, const char *lang, OkrDate today, GError **error);

G_END_DECLS
