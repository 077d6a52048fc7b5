/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cascade-cli — Cascade without a window: for leaders' scripts, tests and benchmarks */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "okr-language.h"

static const CliCommand commands[] = {
  { "new", NULL, cli_new, N_("Create an empty document for a company") },
  { "demo", NULL, cli_demo, N_("Create the demo document") },
  { "generate", NULL, cli_generate, N_("Create a synthetic company of any size") },
  { "check", NULL, cli_check, N_("Check that a document is sound") },
  { "info", NULL, cli_info, N_("Describe a document") },
  { "unit", "add", cli_unit_add, N_("Add a department or team") },
  { "person", "add", cli_person_add, N_("Add a person") },
  { "cycle", "add", cli_cycle_add, N_("Add a cycle (a quarter or a year)") },
  { "objective", "add", cli_objective_add, N_("Add an objective") },
  { "kr", "add", cli_kr_add, N_("Add a key result to an objective") },
  { "initiative", "add", cli_initiative_add, N_("Add an initiative to a key result") },
  { "checkin", NULL, cli_checkin, N_("Record a check-in on a key result") },
  { "retract", NULL, cli_retract, N_("Retract a wrong check-in, with the reason") },
  { "due", NULL, cli_due, N_("List the key results due for the weekly check-in") },
  { "list", NULL, cli_list, N_("List the cascade with progress and status") },
  { "score", NULL, cli_score, N_("Score a key result at the end of its cycle") },
  { "retro", NULL, cli_retro, N_("Write a unit’s retrospective of a cycle") },
  { "review", NULL, cli_review, N_("Show or export a cycle’s scoring review (CSV, PDF)") },
  { "close", NULL, cli_close, N_("Close a cycle, and carry unfinished work over") },
  { "reopen", NULL, cli_reopen, N_("Reopen a closed cycle, saying why") },
  { "kpi", "add", cli_kpi_add, N_("Add a KPI to a unit") },
  { "kpi", "reading", cli_kpi_reading, N_("Record a reading of a KPI") },
  { "kpi", "list", cli_kpi_list, N_("List a unit’s KPIs and their status") },
  { "export", NULL, cli_export, N_("Export the whole document as JSON") },
  { "import", NULL, cli_import, N_("Create a document from a JSON export") },
  { "chart", NULL, cli_chart, N_("Draw a chart into a PNG, SVG or PDF file") },
  { "deck", NULL, cli_deck, N_("Write the all-hands deck of a cycle as a PDF") },
  { "merge", NULL, cli_merge, N_("Merge other copies of a document into it") },
  { "publish", NULL, cli_publish, N_("Publish a working copy over a shared file, atomically") },
  { "sync", NULL, cli_sync, N_("Merge what arrived in a sync folder and publish the result") },
};

static void
print_help (FILE *out)
{
  fprintf (out, "%s\n  cascade-cli [--today YYYY-MM-DD] %s\n\n%s\n",
           _("Usage:"), _("COMMAND FILE [OPTIONS…]"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s%s%s", commands[i].name,
                                               commands[i].sub ? " " : "",
                                               commands[i].sub ? commands[i].sub : "");
      fprintf (out, "  %-16s %s\n", name, _(commands[i].summary));
    }
  fprintf (out, "\n%s\n", _("Run “cascade-cli COMMAND --help” for a command’s options."));
}

static void
setup_gettext (void)
{
  const char *localedir = g_getenv ("CASCADE_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* A deck or chart in another language than this environment's must still translate. */
  okr_language_prepare ();
}

int
main (int argc, char *argv[])
{
  CliContext ctx = { 0 };
  int i = 1;

  setup_gettext ();
  g_set_prgname ("cascade-cli");

  /* Options that come before the command apply to every command. */
  while (i < argc && argv[i][0] == '-')
    {
      if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        {
          print_help (stdout);
          return CLI_OK;
        }
      else if (g_str_equal (argv[i], "--version"))
        {
          printf ("cascade-cli %s\n", PACKAGE_VERSION);
          return CLI_OK;
        }
      else if (g_str_equal (argv[i], "--today") || g_str_has_prefix (argv[i], "--today="))
        {
          const char *value = argv[i][7] == '=' ? argv[i] + 8 : (i + 1 < argc ? argv[++i] : NULL);
          OkrDate today;

          if (!okr_date_parse_iso (value, &today))
            {
              fprintf (stderr, "cascade-cli: %s\n",
                       _("--today needs a date written as YYYY-MM-DD."));
              return CLI_USAGE;
            }
          okr_date_set_today (today);
        }
      else
        {
          fprintf (stderr, "cascade-cli: ");
          fprintf (stderr, _("Unknown option “%s”."), argv[i]);
          fprintf (stderr, "\n");
          print_help (stderr);
          return CLI_USAGE;
        }
      i++;
    }

  if (i >= argc)
    {
      print_help (stderr);
      return CLI_USAGE;
    }

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      const CliCommand *cmd = &commands[c];
      int consumed = 1;
      g_autofree char *full = NULL;

      if (!g_str_equal (cmd->name, argv[i]))
        continue;
      if (cmd->sub != NULL)
        {
          if (i + 1 >= argc || !g_str_equal (cmd->sub, argv[i + 1]))
            continue;
          consumed = 2;
        }
      full = cmd->sub != NULL ? g_strdup_printf ("%s %s", cmd->name, cmd->sub)
                              : g_strdup (cmd->name);
      ctx.command = full;

      /* The handler sees its own name as argv[0], then the rest. */
      int sub_argc = argc - i - consumed + 1;
      g_autofree char **sub_argv = g_new0 (char *, sub_argc + 1);
      sub_argv[0] = argv[0];
      for (int k = 1; k < sub_argc; k++)
        sub_argv[k] = argv[i + consumed + k - 1];
      return cmd->handler (&ctx, sub_argc, sub_argv);
    }

  fprintf (stderr, "cascade-cli: ");
  fprintf (stderr, _("Unknown command “%s”."), argv[i]);
  fprintf (stderr, "\n");
  print_help (stderr);
  return CLI_USAGE;
}
