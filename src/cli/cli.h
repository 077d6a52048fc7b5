/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli.h — what the commands of cascade-cli share */
#pragma once

#include <gio/gio.h>

#include "okr-store.h"

G_BEGIN_DECLS

/* Exit statuses: the contract scripts rely on. */
enum {
  CLI_OK = 0,
  CLI_REFUSED = 1,  /* the input or the document was refused; one line on stderr says why */
  CLI_USAGE = 2,    /* the command line itself is wrong */
};

typedef struct {
  const char *command;   /* "kr add", for messages */
  const char *file;      /* the document */
} CliContext;

typedef int (*CliHandler) (CliContext *ctx, int argc, char **argv);

typedef struct {
  const char *name;
  const char *sub;       /* "add", or NULL */
  CliHandler  handler;
  const char *summary;   /* N_() */
} CliCommand;

/* Parses a command's options and its one FILE argument. Returns CLI_OK or CLI_USAGE. */
int       cli_parse          (CliContext *ctx, const GOptionEntry *entries, int *argc,
                              char ***argv, const char *summary);
int       cli_parse_files    (CliContext *ctx, const GOptionEntry *entries, int *argc,
                              char ***argv, const char *parameters, const char *summary);
int       cli_fail           (GError *error);
int       cli_usage          (CliContext *ctx, const char *message);
void      cli_print          (const char *format, ...) G_GNUC_PRINTF (1, 2);
OkrStore *cli_open           (CliContext *ctx, gboolean write, int *status);
gint64    cli_resolve        (OkrStore *store, OkrEntity entity, const char *ref, int *status);
void      cli_print_id       (OkrStore *store, OkrEntity entity, gint64 id);
gboolean  cli_parse_date     (CliContext *ctx, const char *option, const char *text,
                              OkrDate *date, int *status);
gboolean  cli_parse_number   (CliContext *ctx, const char *option, const char *text,
                              double *value, int *status);
GOutputStream *cli_stdout    (void);

int cli_new          (CliContext *ctx, int argc, char **argv);
int cli_demo         (CliContext *ctx, int argc, char **argv);
int cli_generate     (CliContext *ctx, int argc, char **argv);
int cli_check        (CliContext *ctx, int argc, char **argv);
int cli_info         (CliContext *ctx, int argc, char **argv);
int cli_export       (CliContext *ctx, int argc, char **argv);
int cli_import       (CliContext *ctx, int argc, char **argv);
int cli_unit_add     (CliContext *ctx, int argc, char **argv);
int cli_person_add   (CliContext *ctx, int argc, char **argv);
int cli_cycle_add    (CliContext *ctx, int argc, char **argv);
int cli_objective_add (CliContext *ctx, int argc, char **argv);
int cli_kr_add       (CliContext *ctx, int argc, char **argv);
int cli_initiative_add (CliContext *ctx, int argc, char **argv);
int cli_checkin      (CliContext *ctx, int argc, char **argv);
int cli_list         (CliContext *ctx, int argc, char **argv);
int cli_chart        (CliContext *ctx, int argc, char **argv);
int cli_close        (CliContext *ctx, int argc, char **argv);
int cli_deck         (CliContext *ctx, int argc, char **argv);
int cli_due          (CliContext *ctx, int argc, char **argv);
int cli_kpi_add      (CliContext *ctx, int argc, char **argv);
int cli_kpi_list     (CliContext *ctx, int argc, char **argv);
int cli_kpi_reading  (CliContext *ctx, int argc, char **argv);
int cli_merge        (CliContext *ctx, int argc, char **argv);
int cli_publish      (CliContext *ctx, int argc, char **argv);
int cli_reopen       (CliContext *ctx, int argc, char **argv);
int cli_retract      (CliContext *ctx, int argc, char **argv);
int cli_retro        (CliContext *ctx, int argc, char **argv);
int cli_review       (CliContext *ctx, int argc, char **argv);
int cli_score        (CliContext *ctx, int argc, char **argv);
int cli_sync         (CliContext *ctx, int argc, char **argv);

G_END_DECLS
