/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-checkins.c — `cascade-cli due` and `cascade-cli retract`, driven as a script
 * would: through the real executable ($CASCADE_CLI), checking output and exit statuses */
#include <glib.h>
#include <glib/gstdio.h>
#include <stdarg.h>
#include <string.h>
#include <sys/wait.h>

typedef struct {
  char *dir;
  char *path;
  char *checkin;  /* the id of the check-in of Feb 15 on "Users" */
} Doc;

/* Runs cascade-cli in UTC with "today" pinned to Wednesday 2027-02-17; returns its status. */
static int
run_va (char **out, char **err, const char *first, va_list ap)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *stdout_text = NULL, *stderr_text = NULL;
  const char *cli = g_getenv ("CASCADE_CLI");
  int status = -1;

  g_assert_nonnull (cli);
  env = g_environ_setenv (env, "TZ", "UTC", TRUE);
  g_ptr_array_add (args, (char *) cli);
  g_ptr_array_add (args, (char *) "--today");
  g_ptr_array_add (args, (char *) "2027-02-17");
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) a);
  g_ptr_array_add (args, NULL);

  g_spawn_sync (NULL, (char **) args->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, &stdout_text,
                &stderr_text, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  if (out != NULL)
    *out = g_steal_pointer (&stdout_text);
  if (err != NULL)
    *err = g_steal_pointer (&stderr_text);
  return WEXITSTATUS (status);
}

static int
run (char **out, char **err, const char *first, ...)
{
  va_list ap;
  int status;

  va_start (ap, first);
  status = run_va (out, err, first, ap);
  va_end (ap);
  return status;
}

/* Runs a command that must succeed and returns its output, stripped. */
static char *
ok (const char *first, ...)
{
  g_autofree char *err = NULL;
  char *out = NULL;
  va_list ap;
  int status;

  va_start (ap, first);
  status = run_va (&out, &err, first, ap);
  va_end (ap);
  if (status != 0)
    g_error ("%s failed (%d): %s", first, status, err);
  return g_strstrip (out);
}

/* Acme, Q1 2027; Ann owns "Users" (number, checked in on Feb 8 and Feb 15) and "Launch"
 * (boolean, never); Bob owns "Tickets" (checked in on Feb 16). */
static void
doc_setup (Doc *doc, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL, *e = NULL, *f = NULL;
  g_autofree char *g = NULL, *h = NULL, *i = NULL;

  doc->dir = g_dir_make_tmp ("cascade-cli-checkins-XXXXXX", &error);
  g_assert_no_error (error);
  doc->path = g_build_filename (doc->dir, "acme.okr", NULL);
  a = ok ("new", doc->path, "--company", "Acme", NULL);
  b = ok ("person", "add", doc->path, "--name", "Ann", NULL);
  c = ok ("person", "add", doc->path, "--name", "Bob", NULL);
  d = ok ("cycle", "add", doc->path, "--name", "Q1 2027", "--start", "2027-01-01", "--end",
          "2027-03-31", "--active", NULL);
  e = ok ("objective", "add", doc->path, "--cycle", "Q1 2027", "--unit", "Acme", "--title",
          "Grow", NULL);
  f = ok ("kr", "add", doc->path, "--objective", "Grow", "--title", "Users", "--target", "100",
          "--owner", "Ann", NULL);
  g = ok ("kr", "add", doc->path, "--objective", "Grow", "--title", "Launch", "--kind",
          "boolean", "--owner", "Ann", NULL);
  h = ok ("kr", "add", doc->path, "--objective", "Grow", "--title", "Tickets", "--target", "10",
          "--owner", "Bob", NULL);
  g_free (ok ("checkin", doc->path, "--kr", "Users", "--value", "30", "--date", "2027-02-08",
              NULL));
  doc->checkin = ok ("checkin", doc->path, "--kr", "Users", "--value", "45", "--date",
                     "2027-02-15", "--confidence", "8", NULL);
  i = ok ("checkin", doc->path, "--kr", "Tickets", "--value", "2", "--date", "2027-02-16", NULL);
}

static void
doc_teardown (Doc *doc, gconstpointer data)
{
  g_unlink (doc->path);
  g_rmdir (doc->dir);
  g_free (doc->dir);
  g_free (doc->path);
  g_free (doc->checkin);
}

static void
test_due (Doc *doc, gconstpointer data)
{
  g_autofree char *monday = NULL, *tuesday = NULL, *bobs = NULL, *json = NULL;
  g_autofree char *thursday = NULL, *out = NULL, *err = NULL;

  /* Monday 09:00: Users was checked in on Monday, so only Launch is due */
  monday = ok ("due", doc->path, "--day", "1", "--time", "09:00", NULL);
  g_assert_true (g_str_has_prefix (monday, "1 key result is due for a check-in since Monday, "
                                           "Feb 15, 2027, 09:00:"));
  g_assert_nonnull (strstr (monday, "• Launch — Grow · Acme · Ann · never checked in"));
  g_assert_null (strstr (monday, "Users"));

  /* Tuesday: Users' Monday check-in is now too old; Tickets (Feb 16) is not */
  tuesday = ok ("due", doc->path, "--day", "tue", "--time", "08:00", NULL);
  g_assert_true (g_str_has_prefix (tuesday, "2 key results are due"));
  g_assert_nonnull (strstr (tuesday, "• Users — Grow · Acme · Ann · last check-in Feb 15, 2027"));
  g_assert_null (strstr (tuesday, "Tickets"));
  /* Thursday's moment has not come on Wednesday: the week before's counts */
  thursday = ok ("due", doc->path, "--day", "Thursday", NULL);
  g_assert_true (g_str_has_prefix (thursday, "1 key result is due for a check-in since "
                                             "Thursday, Feb 11, 2027, 09:00:"));
  g_assert_nonnull (strstr (thursday, "Launch"));

  bobs = ok ("due", doc->path, "--day", "tue", "--owner", "Bob", NULL);
  g_assert_true (g_str_has_prefix (bobs, "No key result is due"));

  json = ok ("due", doc->path, "--day", "2", "--time", "08:00", "--owner", "Ann", "--json", NULL);
  g_assert_nonnull (strstr (json, "\"since\": \"2027-02-16T08:00:00Z\""));
  g_assert_nonnull (strstr (json, "\"due_day\": \"2027-02-16\""));
  g_assert_nonnull (strstr (json, "\"count\": 2"));
  g_assert_nonnull (strstr (json, "\"title\": \"Users\""));
  g_assert_nonnull (strstr (json, "\"last_checkin\": \"2027-02-15\""));
  g_assert_nonnull (strstr (json, "\"last_checkin\": null"));

  /* a leader may write the day in their own language, in any case */
  {
    g_autofree char *by_name = NULL, *by_number = NULL;

    g_setenv ("LANGUAGE", "vi", TRUE);
    by_name = ok ("due", doc->path, "--day", "thứ ba", "--time", "08:00", NULL);
    by_number = ok ("due", doc->path, "--day", "2", "--time", "08:00", NULL);
    g_setenv ("LANGUAGE", "en", TRUE);
    g_assert_cmpstr (by_name, ==, by_number);
    g_assert_nonnull (strstr (by_name, "Thứ Ba"));
  }

  /* bad options are usage errors (2) with one line; an unknown person is refused (1) */
  g_assert_cmpint (run (&out, &err, "due", doc->path, "--day", "8", NULL), ==, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "--day"));
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run (NULL, &err, "due", doc->path, "--time", "25:00", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--time"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (NULL, &err, "due", doc->path, "--owner", "Zed", NULL), ==, 1);
  g_assert_cmpstr (err, ==, "cascade-cli: No person is called “Zed”.\n");
}

static void
test_retract (Doc *doc, gconstpointer data)
{
  g_autofree char *before = NULL, *after = NULL, *retraction = NULL, *due = NULL;
  g_autofree char *err = NULL, *prefix = g_strndup (doc->checkin, 8);

  before = ok ("list", doc->path, "--json", NULL);
  g_assert_nonnull (strstr (before, "\"current\": 45,"));
  g_assert_nonnull (strstr (before, "\"progress\": 0.45,"));
  g_assert_nonnull (strstr (before, "\"confidence\": 8,"));

  /* by the start of its id, as with git */
  retraction = ok ("retract", doc->path, "--checkin", prefix, "--reason", "Counted trials",
                   "--author", "Ann", NULL);
  g_assert_cmpuint (strlen (retraction), ==, 36);

  /* the check-in of Feb 8 counts again: value, progress and confidence move back */
  after = ok ("list", doc->path, "--json", NULL);
  g_assert_nonnull (strstr (after, "\"current\": 30,"));
  g_assert_nonnull (strstr (after, "\"progress\": 0.3,"));
  g_assert_null (strstr (after, "\"confidence\": 8,"));
  /* …and Monday's check-in no longer clears the KR for this week */
  due = ok ("due", doc->path, "--day", "1", NULL);
  g_assert_nonnull (strstr (due, "• Users — Grow · Acme · Ann · last check-in Feb 8, 2027"));

  g_assert_cmpint (run (NULL, &err, "retract", doc->path, "--checkin", doc->checkin, "--reason",
                        "Again", NULL), ==, 1);
  g_assert_cmpstr (err, ==, "cascade-cli: That check-in was already retracted.\n");
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (NULL, &err, "retract", doc->path, "--checkin", "ffffffff", "--reason",
                        "Why", NULL), ==, 1);
  g_assert_cmpstr (err, ==, "cascade-cli: No check-in has the id “ffffffff”.\n");
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (NULL, &err, "retract", doc->path, "--checkin", doc->checkin, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--reason"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (NULL, &err, "retract", doc->path, "--checkin", doc->checkin, "--reason",
                        "   ", NULL), ==, 1);
  g_assert_cmpstr (err, ==, "cascade-cli: Say why the check-in is retracted.\n");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/cli/due", Doc, NULL, doc_setup, test_due, doc_teardown);
  g_test_add ("/cli/retract", Doc, NULL, doc_setup, test_retract, doc_teardown);
  return g_test_run ();
}
