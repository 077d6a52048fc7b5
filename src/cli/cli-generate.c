/* SPDX-License-Identifier: GPL-3.0-or-later */
/* generate: a synthetic company of any size, for benchmarks and scale tests */
#include "config.h"

#include <glib/gi18n.h>

#include "cli.h"
#include "okr-generate.h"

/* Far beyond the large profile (1,000,000 check-ins), and small enough that every count and
 * every index fits the generator's 32-bit arithmetic. */
#define MAX_COUNT 100000000

static gboolean
check_count (CliContext *ctx, const char *option, gint64 value, guint *count, int *status)
{
  if (value < 0 || value > MAX_COUNT)
    {
      /* Translators: %s is an option such as --units; the number is the largest allowed. */
      g_autofree char *message = g_strdup_printf (_("%s must be a whole number from 0 to %d."),
                                                  option, MAX_COUNT);
      *status = cli_usage (ctx, message);
      return FALSE;
    }
  *count = (guint) value;
  return TRUE;
}

int
cli_generate (CliContext *ctx, int argc, char **argv)
{
  gint64 units = 40, objectives = 120, krs = 400, checkins = 4000, seed = 1;
  const GOptionEntry entries[] = {
    { "units", 0, 0, G_OPTION_ARG_INT64, &units, N_("How many units (default 40)"), N_("N") },
    { "objectives", 0, 0, G_OPTION_ARG_INT64, &objectives,
      N_("How many objectives (default 120)"), N_("N") },
    { "krs", 0, 0, G_OPTION_ARG_INT64, &krs, N_("How many key results (default 400)"),
      N_("N") },
    { "checkins", 0, 0, G_OPTION_ARG_INT64, &checkins,
      N_("How many check-ins (default 4000)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed,
      N_("The same seed makes the same company (default 1)"), N_("S") },
    { NULL }
  };
  OkrGenerateSize size = { .today = okr_date_today () };
  g_autoptr(OkrStore) store = NULL;
  GError *error = NULL;
  int status = cli_parse (ctx, entries, &argc, &argv,
                          N_("Create a synthetic company of the given size: a unit tree four "
                             "to six levels deep, objectives aligned through the cascade, "
                             "every kind of key result, check-ins over five quarters."));

  if (status != CLI_OK)
    return status;
  if (!check_count (ctx, "--units", units, &size.units, &status) ||
      !check_count (ctx, "--objectives", objectives, &size.objectives, &status) ||
      !check_count (ctx, "--krs", krs, &size.key_results, &status) ||
      !check_count (ctx, "--checkins", checkins, &size.checkins, &status))
    return status;
  if (seed < 0 || seed > G_MAXUINT32)
    return cli_usage (ctx, _("--seed must be a whole number from 0 to 4294967295."));
  size.seed = (guint32) seed;

  store = okr_generate (ctx->file, &size, &error);
  if (store == NULL)
    return cli_fail (error);
  return CLI_OK;
}
