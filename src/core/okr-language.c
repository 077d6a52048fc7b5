/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdlib.h>

#include "okr-language.h"

#ifdef HAVE_NL_MSG_CAT_CNTR
/* GNU gettext (and glibc's copy of it) caches translations; bumping this counter tells it
 * the catalogues changed, so the next lookup honours the new LANGUAGE. */
extern int _nl_msg_cat_cntr;
#endif

struct _OkrLanguageScope {
  char     *old_language;     /* NULL: LANGUAGE was unset */
  char     *old_messages;     /* the LC_MESSAGES locale we replaced, or NULL */
  gboolean  changed;
};

static void
catalogues_changed (void)
{
#ifdef HAVE_NL_MSG_CAT_CNTR
  ++_nl_msg_cat_cntr;
#endif
}

void
okr_language_prepare (void)
{
  g_autofree char *messages = g_strdup (setlocale (LC_MESSAGES, NULL));

  setlocale (LC_MESSAGES, "C");
  (void) g_dgettext (GETTEXT_PACKAGE, "");
  if (messages != NULL)
    setlocale (LC_MESSAGES, messages);
}

OkrLanguageScope *
okr_language_push (const char *language)
{
  OkrLanguageScope *scope = g_new0 (OkrLanguageScope, 1);
  const char *messages;

  if (language == NULL || *language == '\0')
    return scope;

  scope->changed = TRUE;
  scope->old_language = g_strdup (g_getenv ("LANGUAGE"));
  g_setenv ("LANGUAGE", language, TRUE);
  /* gettext ignores LANGUAGE in the "C" locale: messages need at least C.UTF-8. */
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages != NULL && (g_str_equal (messages, "C") || g_str_equal (messages, "POSIX")))
    {
      scope->old_messages = g_strdup (messages);
      if (setlocale (LC_MESSAGES, "C.UTF-8") == NULL)
        g_clear_pointer (&scope->old_messages, g_free);
    }
  catalogues_changed ();
  return scope;
}

void
okr_language_pop (OkrLanguageScope *scope)
{
  if (scope == NULL)
    return;
  if (scope->changed)
    {
      if (scope->old_language != NULL)
        g_setenv ("LANGUAGE", scope->old_language, TRUE);
      else
        g_unsetenv ("LANGUAGE");
      if (scope->old_messages != NULL)
        setlocale (LC_MESSAGES, scope->old_messages);
      catalogues_changed ();
    }
  g_free (scope->old_language);
  g_free (scope->old_messages);
  g_free (scope);
}

gboolean
okr_language_is_known (const char *language)
{
  /* English is the source language; the others are po/LINGUAS. */
  static const char *const known[] = { "en", "vi" };

  for (guint i = 0; language != NULL && i < G_N_ELEMENTS (known); i++)
    if (g_str_equal (language, known[i]))
      return TRUE;
  return FALSE;
}
