/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "okr-uuid.h"

/* Version 4: random. GLib's generator is seeded from the system's random source. */
void
okr_uuid_generate (OkrUuid *uuid)
{
  g_return_if_fail (uuid != NULL);

  for (guint i = 0; i < 16; i += 4)
    {
      guint32 r = g_random_int ();
      memcpy (uuid->bytes + i, &r, 4);
    }
  uuid->bytes[6] = (uuid->bytes[6] & 0x0f) | 0x40;
  uuid->bytes[8] = (uuid->bytes[8] & 0x3f) | 0x80;
}

/* Version 5: the same parent and name give the same identity on every machine, so rows
 * that exist at most once per parent (a KR's score, a unit's retrospective for a cycle)
 * are the same row when two copies of a document are merged. */
void
okr_uuid_derive (const OkrUuid *parent, const char *name, OkrUuid *uuid)
{
  g_return_if_fail (parent != NULL && name != NULL && uuid != NULL);

  g_autoptr(GChecksum) sha1 = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize len = sizeof digest;

  g_checksum_update (sha1, parent->bytes, 16);
  g_checksum_update (sha1, (const guchar *) name, (gssize) strlen (name));
  g_checksum_get_digest (sha1, digest, &len);
  memcpy (uuid->bytes, digest, 16);
  uuid->bytes[6] = (uuid->bytes[6] & 0x0f) | 0x50;
  uuid->bytes[8] = (uuid->bytes[8] & 0x3f) | 0x80;
}

gboolean
okr_uuid_parse (const char *text, OkrUuid *uuid)
{
  g_return_val_if_fail (uuid != NULL, FALSE);

  if (text == NULL || !g_uuid_string_is_valid (text))
    return FALSE;

  for (guint i = 0, j = 0; i < 16; i++)
    {
      if (text[j] == '-')
        j++;
      uuid->bytes[i] = (guint8) (g_ascii_xdigit_value (text[j]) << 4 |
                                 g_ascii_xdigit_value (text[j + 1]));
      j += 2;
    }
  return TRUE;
}

void
okr_uuid_write (const OkrUuid *uuid, char buf[OKR_UUID_STRING_LEN + 1])
{
  static const char hex[] = "0123456789abcdef";
  char *p = buf;

  for (guint i = 0; i < 16; i++)
    {
      if (i == 4 || i == 6 || i == 8 || i == 10)
        *p++ = '-';
      *p++ = hex[uuid->bytes[i] >> 4];
      *p++ = hex[uuid->bytes[i] & 0xf];
    }
  *p = '\0';
}

char *
okr_uuid_to_string (const OkrUuid *uuid)
{
  char buf[OKR_UUID_STRING_LEN + 1];

  okr_uuid_write (uuid, buf);
  return g_strdup (buf);
}

gboolean
okr_uuid_from_blob (const void *blob, int len, OkrUuid *uuid)
{
  if (blob == NULL || len != 16)
    return FALSE;
  memcpy (uuid->bytes, blob, 16);
  return TRUE;
}

gboolean
okr_uuid_equal (const OkrUuid *a, const OkrUuid *b)
{
  return memcmp (a->bytes, b->bytes, 16) == 0;
}

gboolean
okr_uuid_is_null (const OkrUuid *uuid)
{
  static const OkrUuid zero;
  return okr_uuid_equal (uuid, &zero);
}
