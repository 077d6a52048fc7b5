/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "okr-error.h"

G_BEGIN_DECLS

void okr_set_sqlite_error (GError **error, sqlite3 *db, int rc, const char *path);

G_END_DECLS
