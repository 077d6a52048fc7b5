/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-tmpdir.h — a temporary folder per test, removed with what the test left in it */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>

static inline char *
test_tmpdir_new (const char *template)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return dir;
}

static inline void
test_tmpdir_remove (char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_unlink (file);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_free (dir);
}
