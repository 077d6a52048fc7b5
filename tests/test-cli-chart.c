/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-chart.c — `cascade-cli chart` and `cascade-cli deck`, run as a user would: the files
 * they write, their exit statuses, and the files they leave alone when they refuse. */
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "chart-fixture.h"

typedef struct {
  char        *dir;
  char        *doc;
  ChartFixture f;
} Fixture;

static Fixture fixture;

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

/* cascade-cli --today 2027-02-18 ARGS… */
static void
cli (Run *run, ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cascade_cli = g_getenv ("CASCADE_CLI");
  const char *arg;
  va_list args;
  int wait_status;

  g_assert_nonnull (cascade_cli);
  g_ptr_array_add (argv, (char *) cascade_cli);
  g_ptr_array_add (argv, (char *) "--today");
  g_ptr_array_add (argv, (char *) "2027-02-18");
  va_start (args, run);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  memset (run, 0, sizeof *run);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static char *
out_path (const char *name)
{
  return g_build_filename (fixture.dir, name, NULL);
}

/* A refusal says why in one line on stderr. */
static void
assert_refused (Run *run, int status)
{
  g_assert_cmpint (run->status, ==, status);
  g_assert_true (g_str_has_prefix (run->err, "cascade-cli: "));
  g_assert_cmpuint (strlen (run->err), >, 20);
}

static void
assert_png (const char *path, int width, int height)
{
  cairo_surface_t *png = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, height);
  cairo_surface_destroy (png);
}

static gboolean
starts_with (const char *path, const char *magic)
{
  g_autofree char *contents = NULL;
  gsize length;

  return g_file_get_contents (path, &contents, &length, NULL) &&
         length > strlen (magic) && memcmp (contents, magic, strlen (magic)) == 0;
}

static void
test_every_chart (void)
{
  static const char *const names[] = { "ring", "objectives", "units", "status", "heatmap",
                                       "scores", "alignment" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *png = g_strdup_printf ("%s/%s.png", fixture.dir, names[i]);
      g_auto(Run) run = { 0 };

      cli (&run, "chart", fixture.doc, "--chart", names[i], "--out", png, "--width", "640",
           "--height", "360", "--scale", "2", NULL);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_cmpint (run.status, ==, 0);
      assert_png (png, 1280, 720);
    }
}

static void
test_formats (void)
{
  g_autofree char *svg = out_path ("units.svg"), *pdf = out_path ("units.pdf");
  g_autofree char *png = out_path ("sales.png"), *dark = out_path ("dark.png");
  g_auto(Run) a = { 0 };
  g_auto(Run) b = { 0 };
  g_auto(Run) c = { 0 };
  g_auto(Run) d = { 0 };

  cli (&a, "chart", fixture.doc, "--chart", "units", "--out", svg, NULL);
  g_assert_cmpint (a.status, ==, 0);
  g_assert_true (starts_with (svg, "<?xml"));
  cli (&b, "chart", fixture.doc, "--chart", "units", "--out", pdf, "--lang", "vi", NULL);
  g_assert_cmpint (b.status, ==, 0);
  g_assert_true (starts_with (pdf, "%PDF-"));
  /* By name, in another cycle, in the dark; the default size is 1280 × 720. */
  cli (&c, "chart", fixture.doc, "--chart", "ring", "--unit", "Sales", "--cycle", "Q4 2026",
       "--theme", "dark", "--out", dark, NULL);
  g_assert_cmpint (c.status, ==, 0);
  assert_png (dark, 1280, 720);
  /* A slide preset. */
  cli (&d, "chart", fixture.doc, "--chart", "objectives", "--unit", "Sales", "--out", png,
       "--width", "1920", "--height", "1080", "--scale", "1", NULL);
  g_assert_cmpint (d.status, ==, 0);
  assert_png (png, 1920, 1080);
}

/* A KR is named by its id; with no check-ins it still makes a picture ("No data yet"). */
static void
test_pace (void)
{
  g_autofree char *png = out_path ("pace.png");
  g_auto(Run) list = { 0 };
  g_auto(Run) run = { 0 };
  g_auto(Run) none = { 0 };
  g_auto(Run) missing = { 0 };
  g_autofree char *first_kr = NULL, *quiet_kr = NULL;

  /* The ids, through the JSON the CLI prints. */
  cli (&list, "list", fixture.doc, "--json", NULL);
  g_assert_cmpint (list.status, ==, 0);
  {
    const char *p = strstr (list.out, "\"key_results\"");
    g_assert_nonnull (p);
    p = strstr (p, "\"id\"");
    g_assert_nonnull (p);
    first_kr = g_strndup (strchr (p + 5, '"') + 1, 36);
  }
  cli (&run, "chart", fixture.doc, "--chart", "pace", "--kr", first_kr, "--out", png,
       "--width", "800", "--height", "400", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  assert_png (png, 800, 400);

  /* The Sales North team's first KR has no check-ins in the fixture. */
  {
    const char *team = strstr (list.out, "\"Sales North\"");
    const char *p;
    g_assert_nonnull (team);
    p = strstr (strstr (team, "\"key_results\""), "\"id\"");
    quiet_kr = g_strndup (strchr (p + 5, '"') + 1, 36);
  }
  cli (&none, "chart", fixture.doc, "--chart", "pace", "--kr", quiet_kr, "--out", png, NULL);
  g_assert_cmpint (none.status, ==, 0);
  assert_png (png, 1280, 720);

  cli (&missing, "chart", fixture.doc, "--chart", "pace", "--kr", "No such key result",
       "--out", png, NULL);
  assert_refused (&missing, 1);
}

static void
test_deck (void)
{
  g_autofree char *pdf = out_path ("deck.pdf");
  g_auto(Run) en = { 0 };
  g_auto(Run) vi = { 0 };

  cli (&en, "deck", fixture.doc, "--out", pdf, NULL);
  g_assert_cmpstr (en.err, ==, "");
  g_assert_cmpint (en.status, ==, 0);
  g_assert_true (starts_with (pdf, "%PDF-"));
  cli (&vi, "deck", fixture.doc, "--cycle", "Q4 2026", "--out", pdf, "--lang", "vi", "--theme",
       "dark", NULL);
  g_assert_cmpint (vi.status, ==, 0);
  g_assert_true (starts_with (pdf, "%PDF-"));
}

/* Wrong command lines exit 2, refused documents and names 1; the file already at --out is
 * left as it was. */
static void
test_refusals (void)
{
  g_autofree char *kept = out_path ("kept.png");
  g_autofree char *missing_doc = out_path ("missing.okr");
  g_autofree char *jpg = out_path ("chart.jpg");
  g_autofree char *contents = NULL;
  static const struct {
    int         status;
    const char *args[12];
  } cases[] = {
    { 2, { "chart", "DOC", "--out", "OUT", NULL } },                               /* no name */
    { 2, { "chart", "DOC", "--chart", "pie", "--out", "OUT", NULL } },             /* bad name */
    { 2, { "chart", "DOC", "--chart", "ring", NULL } },                            /* no --out */
    { 2, { "chart", "DOC", "--chart", "ring", "--out", "JPG", NULL } },            /* format */
    { 2, { "chart", "DOC", "--chart", "ring", "--out", "OUT", "--lang", "fr", NULL } },
    { 2, { "chart", "DOC", "--chart", "ring", "--out", "OUT", "--theme", "blue", NULL } },
    { 2, { "chart", "DOC", "--chart", "ring", "--out", "OUT", "--width", "5", NULL } },
    { 2, { "chart", "DOC", "--chart", "ring", "--out", "OUT", "--scale", "9", NULL } },
    { 2, { "chart", "DOC", "--chart", "ring", "--out", "OUT", "--width", "wide", NULL } },
    { 2, { "chart", "DOC", "--chart", "pace", "--out", "OUT", NULL } },            /* no --kr */
    { 2, { "chart", "DOC", "DOC", "--chart", "ring", "--out", "OUT", NULL } },
    { 1, { "chart", "DOC", "--chart", "ring", "--unit", "Nowhere", "--out", "OUT", NULL } },
    { 1, { "chart", "DOC", "--chart", "ring", "--cycle", "Q9", "--out", "OUT", NULL } },
    { 1, { "chart", "DOC", "--chart", "ring", "--objective", "Nothing", "--out", "OUT", NULL } },
    { 1, { "chart", "MISSING", "--chart", "ring", "--out", "OUT", NULL } },
    { 2, { "deck", "DOC", NULL } },
    { 2, { "deck", "DOC", "--out", "OUT", NULL } },                                /* not .pdf */
    { 2, { "deck", "DOC", "--out", "DECK", "--lang", "xx", NULL } },
    { 1, { "deck", "DOC", "--out", "DECK", "--cycle", "Q9", NULL } },
    { 1, { "deck", "MISSING", "--out", "DECK", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) argv = g_ptr_array_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *out = NULL, *err = NULL, *deck = out_path ("kept.pdf");
      const char *cascade_cli = g_getenv ("CASCADE_CLI");
      int wait_status;

      g_assert_true (g_file_set_contents (kept, "before", -1, NULL));
      g_assert_true (g_file_set_contents (deck, "before", -1, NULL));
      g_ptr_array_add (argv, (char *) cascade_cli);
      g_ptr_array_add (argv, (char *) "--today");
      g_ptr_array_add (argv, (char *) "2027-02-18");
      for (guint k = 0; cases[i].args[k] != NULL; k++)
        {
          const char *a = cases[i].args[k];
          g_ptr_array_add (argv, (char *) (g_str_equal (a, "DOC") ? fixture.doc
                                           : g_str_equal (a, "OUT") ? kept
                                           : g_str_equal (a, "JPG") ? jpg
                                           : g_str_equal (a, "DECK") ? deck
                                           : g_str_equal (a, "MISSING") ? missing_doc : a));
        }
      g_ptr_array_add (argv, NULL);
      g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL,
                                   NULL, &out, &err, &wait_status, &error));
      g_assert_no_error (error);
      if (WEXITSTATUS (wait_status) != cases[i].status)
        g_error ("case %u: exit %d, not %d: %s", i, WEXITSTATUS (wait_status), cases[i].status,
                 err);
      g_assert_true (g_str_has_prefix (err, "cascade-cli"));
      g_assert_cmpstr (out, ==, "");

      g_free (contents);
      g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "before");
      g_free (contents);
      g_assert_true (g_file_get_contents (deck, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "before");
      g_clear_pointer (&contents, g_free);
      g_assert_false (g_file_test (jpg, G_FILE_TEST_EXISTS));
      g_unlink (deck);
    }
  g_unlink (kept);
}

/* A folder that can't be written: refused, and nothing half-written is left behind. */
static void
test_unwritable (void)
{
  g_autofree char *folder = out_path ("locked");
  g_autofree char *png = g_build_filename (folder, "chart.png", NULL);
  g_auto(Run) run = { 0 };

  if (getuid () == 0)
    {
      g_test_skip ("root can write anywhere");
      return;
    }
  g_assert_cmpint (g_mkdir (folder, 0500), ==, 0);
  cli (&run, "chart", fixture.doc, "--chart", "ring", "--out", png, NULL);
  assert_refused (&run, 1);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  g_chmod (folder, 0700);
  g_rmdir (folder);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_assert_false (name[0] == '.');     /* no temporary file left */
      g_unlink (file);
    }
  g_rmdir (path);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  fixture.dir = g_dir_make_tmp ("cascade-cli-chart-XXXXXX", &error);
  g_assert_no_error (error);
  fixture.doc = g_build_filename (fixture.dir, "company.okr", NULL);
  if (!chart_fixture_make (fixture.doc, "en", 3, 2, &fixture.f, &error))
    g_error ("%s", error->message);

  g_test_add_func ("/cli/chart/every-chart", test_every_chart);
  g_test_add_func ("/cli/chart/formats", test_formats);
  g_test_add_func ("/cli/chart/pace", test_pace);
  g_test_add_func ("/cli/chart/refusals", test_refusals);
  g_test_add_func ("/cli/chart/unwritable", test_unwritable);
  g_test_add_func ("/cli/deck", test_deck);
  status = g_test_run ();
  remove_dir (fixture.dir);
  g_free (fixture.doc);
  g_free (fixture.dir);
  return status;
}
