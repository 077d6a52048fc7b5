/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-template.c — every template shipped in data/templates reads, comes in English and
 * Vietnamese with the same shape, inserts as one undo step, and is itself a good OKR set
 * (the quality rules find nothing to say); damaged templates are refused with a reason. */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "okr-lint.h"
#include "okr-store-edits.h"
#include "okr-store-read.h"
#include "okr-template.h"

static char *
templates_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "templates", NULL);
}

/* Every shipped template, by file name. */
static GHashTable *
load_all (void)
{
  g_autofree char *dir_path = templates_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GHashTable *all = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      gsize len;
      g_autoptr(GBytes) bytes = NULL;
      OkrTemplate *t;

      g_assert_true (g_str_has_suffix (name, ".json"));
      g_assert_true (g_file_get_contents (path, &text, &len, &error));
      bytes = g_bytes_new (text, len);
      t = okr_template_new_from_bytes (bytes, &error);
      g_assert_no_error (error);
      g_assert_nonnull (t);
      {
        g_autofree char *expected = g_strdup_printf ("%s.%s.json", okr_template_get_id (t),
                                                     okr_template_get_lang (t));
        g_assert_cmpstr (name, ==, expected);
      }
      g_hash_table_insert (all, g_strdup (name), t);
    }
  return all;
}

static void
test_both_languages (void)
{
  static const char *const departments[] = {
    "sales", "marketing", "product", "engineering", "customer-success", "operations", "hr",
  };
  g_autoptr(GHashTable) all = load_all ();

  g_assert_cmpuint (g_hash_table_size (all), ==, 2 * G_N_ELEMENTS (departments));
  for (guint i = 0; i < G_N_ELEMENTS (departments); i++)
    {
      g_autofree char *en_name = g_strdup_printf ("%s.en.json", departments[i]);
      g_autofree char *vi_name = g_strdup_printf ("%s.vi.json", departments[i]);
      OkrTemplate *en = g_hash_table_lookup (all, en_name);
      OkrTemplate *vi = g_hash_table_lookup (all, vi_name);
      guint n;

      g_assert_nonnull (en);
      g_assert_nonnull (vi);
      /* written for each language, not copied: the names differ (but for "Marketing") */
      if (!g_str_equal (departments[i], "marketing"))
        g_assert_cmpstr (okr_template_get_name (en), !=, okr_template_get_name (vi));
      n = okr_template_get_n_objectives (en);
      g_assert_cmpuint (n, ==, okr_template_get_n_objectives (vi));
      g_assert_cmpuint (n, >=, 2);
      g_assert_cmpuint (n, <=, OKR_LINT_MAX_OBJECTIVES);
      for (guint o = 0; o < n; o++)
        {
          g_assert_cmpuint (okr_template_get_n_key_results (en, o), ==,
                            okr_template_get_n_key_results (vi, o));
          g_assert_cmpstr (okr_template_get_objective_title (en, o), !=,
                           okr_template_get_objective_title (vi, o));
          g_assert_cmpstr (okr_template_get_objective_description (vi, o), !=, "");
        }
    }
}

/* Inserted into a team of a new document, each template gives good OKRs: nothing for the
 * quality rules to say but that the objectives are not aligned yet. */
static void
test_insert_and_lint (void)
{
  g_autoptr(GHashTable) all = load_all ();
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, all);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      OkrTemplate *t = value;
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("cascade-template-XXXXXX", &error);
      g_autofree char *path = g_build_filename (dir, "t.okr", NULL);
      g_autoptr(OkrStore) store = okr_store_create (path, "Acme", &error);
      gint64 root = okr_store_get_root_unit (store);
      gint64 dept = okr_store_add_unit (store, root, "Dept", OKR_UNIT_DEPARTMENT, &error);
      gint64 lead = okr_store_add_person (store, "Lead", NULL, &error);
      gint64 cycle = okr_store_add_cycle (store, "Q1", okr_date_from_ymd (2027, 1, 1),
                                          okr_date_from_ymd (2027, 3, 31), 0, &error);
      g_autoptr(GArray) ids = NULL;
      g_autoptr(OkrRollup) rollup = NULL;
      g_autoptr(OkrLint) lint = NULL;
      g_autoptr(GPtrArray) hints = NULL;
      guint n_krs = 0;

      g_assert_no_error (error);
      ids = okr_template_apply (t, store, cycle, dept, lead, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (ids->len, ==, okr_template_get_n_objectives (t));
      g_assert_true (g_str_has_prefix (okr_store_get_undo_label (store), "Insert template"));

      rollup = okr_rollup_new (store, cycle, okr_date_from_ymd (2027, 2, 1), &error);
      g_assert_no_error (error);
      for (guint o = 0; o < ids->len; o++)
        n_krs += okr_rollup_get_key_results (rollup, g_array_index (ids, gint64, o))->len;
      for (guint o = 0; o < okr_template_get_n_objectives (t); o++)
        n_krs -= okr_template_get_n_key_results (t, o);
      g_assert_cmpuint (n_krs, ==, 0);

      lint = okr_lint_new (rollup, NULL);
      hints = okr_lint_run (lint);
      for (guint i = 0; i < hints->len; i++)
        {
          OkrLintHint *h = hints->pdata[i];
          if (okr_lint_hint_get_code (h) == OKR_LINT_OBJECTIVE_NOT_ALIGNED)
            continue;
          g_error ("%s: %s on “%s”", (const char *) key, okr_lint_hint_get_code_name (h),
                   okr_lint_hint_get_subject (h));
        }

      /* one undo step takes it all back */
      g_assert_true (okr_store_undo (store, &error));
      g_clear_object (&rollup);
      rollup = okr_rollup_new (store, cycle, okr_date_from_ymd (2027, 2, 1), &error);
      g_assert_cmpuint (okr_rollup_get_objectives (rollup, dept)->len, ==, 0);

      g_clear_object (&store);
      g_unlink (path);
      g_rmdir (dir);
    }
}

static void
test_choose_objectives (void)
{
  g_autoptr(GHashTable) all = load_all ();
  OkrTemplate *t = g_hash_table_lookup (all, "sales.vi.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cascade-template-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "t.okr", NULL);
  g_autoptr(OkrStore) store = okr_store_create (path, "Acme", &error);
  gint64 root = okr_store_get_root_unit (store);
  gint64 cycle = okr_store_add_cycle (store, "Q1", okr_date_from_ymd (2027, 1, 1),
                                      okr_date_from_ymd (2027, 3, 31), 0, &error);
  gboolean chosen[] = { FALSE, TRUE, FALSE };
  g_autoptr(GArray) ids = okr_template_apply (t, store, cycle, root, 0, chosen, &error);
  g_autoptr(OkrRollup) rollup = okr_rollup_new (store, cycle, okr_date_from_ymd (2027, 2, 1),
                                                &error);
  GPtrArray *objectives = okr_rollup_get_objectives (rollup, root);

  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpuint (objectives->len, ==, 1);
  g_assert_cmpstr (okr_objective_get_title (objectives->pdata[0]), ==,
                   okr_template_get_objective_title (t, 1));
  g_assert_cmpstr (okr_objective_get_description (objectives->pdata[0]), ==,
                   okr_template_get_objective_description (t, 1));
  g_clear_object (&store);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_damaged (void)
{
  static const char *const bad[] = {
    "not json",
    "{\"format\": \"something-else\", \"id\": \"x\", \"lang\": \"en\", \"name\": \"X\"}",
    "{\"format\": \"cascade-template\", \"lang\": \"en\", \"name\": \"X\"}",
    "{\"format\": \"cascade-template\", \"id\": \"x\", \"lang\": \"en\", \"name\": \"X\", "
    "\"objectives\": []}",
    "{\"format\": \"cascade-template\", \"id\": \"x\", \"lang\": \"en\", \"name\": \"X\", "
    "\"objectives\": [{\"title\": \"  \"}]}",
    "{\"format\": \"cascade-template\", \"id\": \"x\", \"lang\": \"en\", \"name\": \"X\", "
    "\"objectives\": [{\"title\": \"O\", \"key_results\": [{\"title\": \"K\", "
    "\"kind\": \"vibes\"}]}]}",
    "{\"format\": \"cascade-template\", \"id\": \"x\", \"lang\": \"en\", \"name\": \"X\", "
    "\"objectives\": [{\"title\": \"O\", \"key_results\": [{\"title\": \"K\", "
    "\"target\": \"ten\"}]}]}",
    "{\"format\": \"cascade-template\", \"id\": \"x\", \"lang\": \"en\", \"name\": \"X\", "
    "\"objectives\": [{\"title\": \"O\", \"key_results\": [{\"title\": \"K\", "
    "\"kind\": \"milestone\", \"milestones\": []}]}]}",
    "{\"format\": \"cascade-template\", \"id\": \"x\", \"lang\": \"en\", \"name\": \"X\", "
    "\"objectives\": [{\"title\": \"O\", \"key_results\": [{\"title\": \"K\", "
    "\"weight\": -1}]}]}",
  };
  const char *good = "{\"format\": \"cascade-template\", \"id\": \"x\", \"lang\": \"en\", "
                     "\"name\": \"X\", \"objectives\": [{\"title\": \"O\", \"key_results\": "
                     "[{\"title\": \"K\", \"target\": 3}]}]}";
  g_autoptr(GBytes) good_bytes = g_bytes_new_static (good, strlen (good));
  g_autoptr(OkrTemplate) t = okr_template_new_from_bytes (good_bytes, NULL);

  g_assert_nonnull (t);
  g_assert_cmpstr (okr_template_get_key_result_title (t, 0, 0), ==, "K");
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_bytes_new_static (bad[i], strlen (bad[i]));
      g_autoptr(OkrTemplate) none = okr_template_new_from_bytes (bytes, &error);

      if (none != NULL)
        g_error ("accepted: %s", bad[i]);
      g_assert_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, "This template can’t be used: "));
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/template/both-languages", test_both_languages);
  g_test_add_func ("/template/insert-and-lint", test_insert_and_lint);
  g_test_add_func ("/template/choose-objectives", test_choose_objectives);
  g_test_add_func ("/template/damaged", test_damaged);
  return g_test_run ();
}
