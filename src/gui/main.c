/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "okr-application.h"
#include "okr-language.h"

/* The language chosen in Preferences overrides the system's; it takes effect at start-up,
 * before anything is translated. */
static void
apply_language_preference (void)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();

  if (source == NULL ||
      (schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE)) == NULL)
    return;

  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *lang = g_settings_get_string (settings, "language");
  if (g_str_equal (lang, "vi") || g_str_equal (lang, "en"))
    g_setenv ("LANGUAGE", lang, TRUE);
}

int
main (int argc, char *argv[])
{
  g_autoptr(OkrApplication) app = NULL;
  const char *localedir = g_getenv ("CASCADE_LOCALEDIR");

  apply_language_preference ();
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* The deck can be made in another language than the interface's. */
  okr_language_prepare ();

  app = okr_application_new ();
  okr_application_enable_reminders (app);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
