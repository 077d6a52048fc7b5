/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "okr-demo.h"

gboolean
okr_demo_fill (OkrStore *store, const char *lang, OkrDate today, GError **error)
{
  return TRUE;
}

const char *
okr_demo_company_name (const char *lang)
{
  return "Demo";
}
