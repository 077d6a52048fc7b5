/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "okr-settings.h"

/* "Who I am" is kept per document, by the document's id, as the uuid of a person in it:
 * a leader may be Ann in the company's document and nobody in a demo. */

static char *
document_key (OkrStore *store)
{
  return okr_uuid_to_string (okr_store_get_document_id (store));
}

/**
 * okr_settings_get_me:
 *
 * Returns: the id of the person who is "me" in @store, or 0 when none was chosen or that
 *   person has since been removed
 */
gint64
okr_settings_get_me (GSettings *settings, OkrStore *store)
{
  g_autoptr(GVariant) map = NULL;
  g_autofree char *key = NULL;
  const char *text = NULL;
  OkrUuid uuid;
  gint64 id;

  g_return_val_if_fail (G_IS_SETTINGS (settings), 0);
  if (store == NULL)
    return 0;

  map = g_settings_get_value (settings, "me");
  key = document_key (store);
  if (!g_variant_lookup (map, key, "&s", &text) || !okr_uuid_parse (text, &uuid))
    return 0;
  id = okr_store_lookup_uuid (store, OKR_ENTITY_PERSON, &uuid);
  return id != 0 && okr_store_row_exists (store, OKR_ENTITY_PERSON, id) ? id : 0;
}

/* @person_id 0 forgets who I am in @store; the other documents' entries are kept. */
void
okr_settings_set_me (GSettings *settings, OkrStore *store, gint64 person_id)
{
  g_autoptr(GVariant) old = NULL;
  g_autofree char *key = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *k, *v;
  OkrUuid uuid;

  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (OKR_IS_STORE (store));

  old = g_settings_get_value (settings, "me");
  key = document_key (store);
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "{&s&s}", &k, &v))
    if (!g_str_equal (k, key))
      g_variant_builder_add (&builder, "{ss}", k, v);
  if (person_id != 0 && okr_store_get_uuid (store, OKR_ENTITY_PERSON, person_id, &uuid))
    {
      g_autofree char *text = okr_uuid_to_string (&uuid);
      g_variant_builder_add (&builder, "{ss}", key, text);
    }
  g_settings_set_value (settings, "me", g_variant_builder_end (&builder));
}

/* The day of the latest check-in moment, in the local time zone. */
OkrDate
okr_settings_get_due_day (GSettings *settings)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  OkrCheckinTime time;

  okr_checkin_time_from_settings (&time, settings);
  return okr_due_day (&time, okr_due_now (zone), zone);
}
