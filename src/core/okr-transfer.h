/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-transfer.h — a whole document as JSON, and back */
#pragma once

#include "okr-store.h"

G_BEGIN_DECLS

gboolean  okr_store_export_json (OkrStore *self, GOutputStream *out, GError **error);
OkrStore *okr_store_import_json (const char *path, GBytes *json, GError **error);

G_END_DECLS
