/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-review.c — score, close, reopen, retro, review and kpi, driven through the real
 * cascade-cli ($CASCADE_CLI) as a script would: exit statuses, one line on stderr when
 * refused, and a closed cycle refusing every write */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

typedef struct {
  char *dir;
  char *path;
} Doc;

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs cascade-cli with today pinned, in English, and the arguments given (NULL-ended). */
static void
cli (Run *run, const char *first, ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *program = g_getenv ("CASCADE_CLI");
  va_list args;
  int wait_status;

  g_assert_nonnull (program);
  g_ptr_array_add (argv, (char *) program);
  g_ptr_array_add (argv, (char *) "--today");
  g_ptr_array_add (argv, (char *) "2027-04-02");
  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  run_clear (run);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

#define assert_ok(run) \
  G_STMT_START { \
    if ((run)->status != 0) \
      g_error ("exit %d: %s", (run)->status, (run)->err); \
  } G_STMT_END

/* Refused: exit 1 and exactly one line on stderr, containing @words. */
#define assert_refused(run, words) \
  G_STMT_START { \
    g_assert_cmpint ((run)->status, ==, 1); \
    g_assert_cmpint (strchr ((run)->err, '\n') - (run)->err, ==, strlen ((run)->err) - 1); \
    g_assert_nonnull (strstr ((run)->err, (words))); \
  } G_STMT_END

static void
doc_setup (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };

  doc->dir = g_dir_make_tmp ("cascade-cli-review-XXXXXX", &error);
  g_assert_no_error (error);
  doc->path = g_build_filename (doc->dir, "acme.okr", NULL);

  cli (&run, "new", doc->path, "--company", "Acme", NULL);
  assert_ok (&run);
  cli (&run, "cycle", "add", doc->path, "--name", "Q1 2027", "--start", "2027-01-01", "--end",
       "2027-03-31", "--active", NULL);
  assert_ok (&run);
  cli (&run, "unit", "add", doc->path, "--name", "Sales", NULL);
  assert_ok (&run);
  cli (&run, "person", "add", doc->path, "--name", "Ana", NULL);
  assert_ok (&run);
  cli (&run, "objective", "add", doc->path, "--cycle", "Q1 2027", "--unit", "Sales", "--title",
       "Win the north", "--owner", "Ana", NULL);
  assert_ok (&run);
  cli (&run, "kr", "add", doc->path, "--objective", "Win the north", "--title", "Ten customers",
       "--baseline", "0", "--target", "10", "--weight", "3", NULL);
  assert_ok (&run);
  cli (&run, "kr", "add", doc->path, "--objective", "Win the north", "--title", "Revenue",
       "--kind", "currency", "--baseline", "10000", "--target", "50000", "--unit", "$", NULL);
  assert_ok (&run);
  cli (&run, "checkin", doc->path, "--kr", "Ten customers", "--value", "7", "--date",
       "2027-03-20", NULL);
  assert_ok (&run);
  cli (&run, "checkin", doc->path, "--kr", "Revenue", "--value", "42000", "--date",
       "2027-03-20", NULL);
  assert_ok (&run);
}

static void
doc_teardown (Doc *doc, gconstpointer data)
{
  g_autoptr(GDir) dir = g_dir_open (doc->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (doc->dir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (doc->dir);
  g_free (doc->path);
  g_free (doc->dir);
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
test_score (Doc *doc, gconstpointer data)
{
  g_auto(Run) run = { 0 };

  cli (&run, "score", doc->path, "--kr", "Ten customers", "--score", "0.7", "--reason",
       "Seven signed", "--by", "Ana", NULL);
  assert_ok (&run);
  /* out of range: refused by the document */
  cli (&run, "score", doc->path, "--kr", "Ten customers", "--score", "1.5", NULL);
  assert_refused (&run, "0.0 to 1.0");
  cli (&run, "score", doc->path, "--kr", "Ten customers", "--score", "-0.1", NULL);
  assert_refused (&run, "0.0 to 1.0");
  /* not a number at all: the command line is wrong */
  cli (&run, "score", doc->path, "--kr", "Ten customers", "--score", "lots", NULL);
  g_assert_cmpint (run.status, ==, 2);
  cli (&run, "score", doc->path, "--kr", "Nobody's KR", "--score", "0.5", NULL);
  assert_refused (&run, "Nobody's KR");

  cli (&run, "review", doc->path, "--cycle", "Q1 2027", "--unit", "Sales", NULL);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "Ten customers  70%  suggested 0.7  score 0.7  — Seven "
                                     "signed"));
  g_assert_nonnull (strstr (run.out, "Revenue  80%  suggested 0.8  score —"));
  g_assert_nonnull (strstr (run.out, "1 of 2 key results scored"));
}

static void
test_close_refuses_writes (Doc *doc, gconstpointer data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *before = NULL, *after = NULL;

  cli (&run, "score", doc->path, "--kr", "Ten customers", "--score", "0.7", NULL);
  assert_ok (&run);
  /* one KR unscored: refused unless the leader says to leave it */
  cli (&run, "close", doc->path, "--cycle", "Q1 2027", NULL);
  assert_refused (&run, "1 key result of “Q1 2027” has no score yet");
  cli (&run, "close", doc->path, "--cycle", "Q1 2027", "--leave-unscored", "--by", "Ana", NULL);
  assert_ok (&run);
  g_assert_cmpstr (run.out, ==, "Closed “Q1 2027”.\n");
  before = read_file (doc->path);

  cli (&run, "close", doc->path, "--cycle", "Q1 2027", "--leave-unscored", NULL);
  assert_refused (&run, "already closed");
  cli (&run, "score", doc->path, "--kr", "Revenue", "--score", "0.8", NULL);
  assert_refused (&run, "closed");
  cli (&run, "checkin", doc->path, "--kr", "Revenue", "--value", "45000", NULL);
  assert_refused (&run, "closed");
  cli (&run, "kr", "add", doc->path, "--objective", "Win the north", "--title", "Late", NULL);
  assert_refused (&run, "closed");
  cli (&run, "objective", "add", doc->path, "--cycle", "Q1 2027", "--unit", "Sales", "--title",
       "Late", NULL);
  assert_refused (&run, "closed");
  cli (&run, "initiative", "add", doc->path, "--kr", "Revenue", "--title", "Call", NULL);
  assert_refused (&run, "closed");
  cli (&run, "retro", doc->path, "--cycle", "Q1 2027", "--went-well", "Late thought", NULL);
  assert_refused (&run, "closed");
  after = read_file (doc->path);
  g_assert_cmpstr (before, ==, after);

  /* reopening takes a reason, and is recorded with it */
  cli (&run, "reopen", doc->path, "--cycle", "Q1 2027", NULL);
  g_assert_cmpint (run.status, ==, 2);
  cli (&run, "reopen", doc->path, "--cycle", "Q1 2027", "--reason", " ", NULL);
  assert_refused (&run, "reason");
  cli (&run, "reopen", doc->path, "--cycle", "Q1 2027", "--reason", "A late deal", "--by", "Ana",
       NULL);
  assert_ok (&run);
  cli (&run, "reopen", doc->path, "--cycle", "Q1 2027", "--reason", "Again", NULL);
  assert_refused (&run, "not closed");
  cli (&run, "export", doc->path, "--json", "-", NULL);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "\"cycle_closed\""));
  g_assert_nonnull (strstr (run.out, "\"cycle_reopened\""));
  g_assert_nonnull (strstr (run.out, "\"A late deal\""));
  cli (&run, "score", doc->path, "--kr", "Revenue", "--score", "0.8", NULL);
  assert_ok (&run);
}

static void
test_close_carry_over (Doc *doc, gconstpointer data)
{
  g_auto(Run) run = { 0 };

  cli (&run, "close", doc->path, "--cycle", "Q1 2027", "--into", "Q2", NULL);
  g_assert_cmpint (run.status, ==, 2);
  cli (&run, "close", doc->path, "--cycle", "Q1 2027", "--leave-unscored", "--carry-over", NULL);
  assert_ok (&run);
  g_assert_cmpstr (run.out, ==, "Closed “Q1 2027”.\n"
                                "Carried 1 objective and 2 key results into “Q2 2027”, a new "
                                "cycle.\n");
  cli (&run, "list", doc->path, "--cycle", "Q2 2027", NULL);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "Ten customers  7 → 10  0%"));
  g_assert_nonnull (strstr (run.out, "Revenue  $42,000 → $50,000  0%"));
  /* the copy is scored in its own cycle; the original, in the closed one, is not */
  cli (&run, "score", doc->path, "--kr", "Revenue", "--score", "0.5", NULL);
  assert_refused (&run, "--cycle");
  cli (&run, "score", doc->path, "--kr", "Revenue", "--cycle", "Q2 2027", "--score", "0.5", NULL);
  assert_ok (&run);
  cli (&run, "score", doc->path, "--kr", "Revenue", "--cycle", "Q1 2027", "--score", "0.5", NULL);
  assert_refused (&run, "closed");
}

static void
test_close_carry_over_into_named (Doc *doc, gconstpointer data)
{
  g_auto(Run) run = { 0 };

  cli (&run, "cycle", "add", doc->path, "--name", "Spring push", "--start", "2027-04-01",
       "--end", "2027-05-31", NULL);
  assert_ok (&run);
  cli (&run, "close", doc->path, "--cycle", "Q1 2027", "--leave-unscored", "--carry-over",
       "--into", "Spring push", NULL);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "into “Spring push”.\n"));
  /* into a closed cycle: nothing happens, Q1 stays open */
  cli (&run, "close", doc->path, "--cycle", "Spring push", "--leave-unscored", NULL);
  assert_ok (&run);
  cli (&run, "reopen", doc->path, "--cycle", "Q1 2027", "--reason", "One more try", NULL);
  assert_ok (&run);
  cli (&run, "close", doc->path, "--cycle", "Q1 2027", "--leave-unscored", "--carry-over",
       "--into", "Spring push", NULL);
  assert_refused (&run, "“Spring push” is closed");
  cli (&run, "score", doc->path, "--kr", "Ten customers", "--cycle", "Q1 2027", "--score", "0.7",
       NULL);
  assert_ok (&run);
}

/* Everything reached its target: closing with --carry-over makes no empty cycle. */
static void
test_close_nothing_to_carry (Doc *doc, gconstpointer data)
{
  g_auto(Run) run = { 0 };

  cli (&run, "checkin", doc->path, "--kr", "Ten customers", "--value", "10", "--date",
       "2027-03-30", NULL);
  assert_ok (&run);
  cli (&run, "checkin", doc->path, "--kr", "Revenue", "--value", "50000", "--date",
       "2027-03-30", NULL);
  assert_ok (&run);
  cli (&run, "close", doc->path, "--cycle", "Q1 2027", "--leave-unscored", "--carry-over", NULL);
  assert_ok (&run);
  g_assert_cmpstr (run.out, ==, "Closed “Q1 2027”.\nNothing was left unfinished to carry over.\n");
  cli (&run, "list", doc->path, "--cycle", "Q2 2027", NULL);
  assert_refused (&run, "Q2 2027");
}

static void
test_review_exports (Doc *doc, gconstpointer data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *csv = g_build_filename (doc->dir, "review.csv", NULL);
  g_autofree char *pdf = g_build_filename (doc->dir, "review.pdf", NULL);
  g_autofree char *csv_text = NULL, *pdf_bytes = NULL;

  cli (&run, "score", doc->path, "--kr", "Ten customers", "--score", "0.6", "--reason",
       "Seven, but late, \"mostly\"", NULL);
  assert_ok (&run);
  cli (&run, "score", doc->path, "--kr", "Revenue", "--score", "1", NULL);
  assert_ok (&run);
  cli (&run, "retro", doc->path, "--cycle", "Q1 2027", "--unit", "Sales", "--went-well",
       "Pairing", "--to-change", "Price earlier", NULL);
  assert_ok (&run);
  cli (&run, "review", doc->path, "--cycle", "Q1 2027", "--csv", csv, "--pdf", pdf, NULL);
  assert_ok (&run);

  /* score (3 × 0.6 + 1 × 1.0) / 4 = 0.7; progress (3 × 0.7 + 1 × 0.8) / 4 = 0.725 */
  csv_text = read_file (csv);
  g_assert_cmpstr (csv_text, ==,
                   "Row,Unit,Objective,Key result,Commitment,Weight,Progress,Suggested score,"
                   "Score,Reason or note\r\n"
                   "Unit,Acme,,,,,0.00,,,\r\n"
                   "Unit,Sales,,,,,0.72,,0.7,\r\n"
                   "Objective,Sales,Win the north,,Committed,,0.72,,0.7,Below its bar of 1.0\r\n"
                   "Key result,Sales,Win the north,Ten customers,,3.00,0.70,0.7,0.6,"
                   "\"Seven, but late, \"\"mostly\"\"\"\r\n"
                   "Key result,Sales,Win the north,Revenue,,1.00,0.80,0.8,1.0,\r\n"
                   "What worked,Sales,,,,,,,,Pairing\r\n"
                   "What we change,Sales,,,,,,,,Price earlier\r\n");
  pdf_bytes = read_file (pdf);
  g_assert_true (g_str_has_prefix (pdf_bytes, "%PDF-"));

  /* to the output */
  cli (&run, "review", doc->path, "--cycle", "Q1 2027", "--unit", "Sales", "--csv", "-", NULL);
  assert_ok (&run);
  g_assert_true (g_str_has_prefix (run.out, "Row,Unit,"));
  g_assert_null (strstr (run.out, "Acme"));
  /* a file that can't be written leaves a message, not a half file */
  cli (&run, "review", doc->path, "--cycle", "Q1 2027", "--pdf", "/nonexistent/dir/r.pdf", NULL);
  g_assert_cmpint (run.status, ==, 1);
}

static void
test_kpi (Doc *doc, gconstpointer data)
{
  g_auto(Run) run = { 0 };

  cli (&run, "kpi", "add", doc->path, "--unit", "Sales", "--name", "Churn", "--green", "2",
       "--red", "5", "--unit-label", "%", NULL);
  assert_ok (&run);
  g_assert_cmpint (strlen (run.out), ==, 37);
  cli (&run, "kpi", "add", doc->path, "--unit", "Sales", "--name", "Uptime", "--green", "99.9",
       "--red", "99", "--unit-label", "%", NULL);
  assert_ok (&run);
  cli (&run, "kpi", "add", doc->path, "--unit", "Sales", "--name", "Flat", "--green", "3",
       "--red", "3", NULL);
  assert_refused (&run, "differ");
  cli (&run, "kpi", "add", doc->path, "--unit", "Nowhere", "--name", "X", NULL);
  assert_refused (&run, "Nowhere");
  cli (&run, "kpi", "add", doc->path, "--unit", "Sales", "--name", "X", "--green", "many", NULL);
  g_assert_cmpint (run.status, ==, 2);

  cli (&run, "kpi", "reading", doc->path, "--kpi", "Churn", "--value", "1.5", "--date",
       "2027-02-01", NULL);
  assert_ok (&run);
  cli (&run, "kpi", "reading", doc->path, "--kpi", "Churn", "--value", "6.5", "--date",
       "2027-03-01", NULL);
  assert_ok (&run);
  cli (&run, "kpi", "reading", doc->path, "--kpi", "Uptime", "--value", "99.95", NULL);
  assert_ok (&run);
  cli (&run, "kpi", "reading", doc->path, "--kpi", "Churn", "--value", "x", NULL);
  g_assert_cmpint (run.status, ==, 2);
  cli (&run, "kpi", "reading", doc->path, "--kpi", "Churn", "--value", "1", "--date",
       "2027-02-30", NULL);
  g_assert_cmpint (run.status, ==, 2);

  cli (&run, "kpi", "list", doc->path, "--unit", "Sales", NULL);
  assert_ok (&run);
  g_assert_cmpstr (run.out, ==,
                   "Churn  6.5%  (Mar 1, 2027)  green 2%  red 5%  red\n"
                   "Uptime  99.95%  (Apr 2, 2027)  green 99.9%  red 99%  green\n");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Doc, NULL, doc_setup, func, doc_teardown)
  ADD ("/cli/review/score", test_score);
  ADD ("/cli/review/close-refuses-writes", test_close_refuses_writes);
  ADD ("/cli/review/close-carry-over", test_close_carry_over);
  ADD ("/cli/review/close-carry-over-into", test_close_carry_over_into_named);
  ADD ("/cli/review/close-nothing-to-carry", test_close_nothing_to_carry);
  ADD ("/cli/review/exports", test_review_exports);
  ADD ("/cli/review/kpi", test_kpi);
#undef ADD

  return g_test_run ();
}
