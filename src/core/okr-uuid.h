/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-uuid.h — row identities that survive copying a document between machines */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Stored as a 16-byte BLOB; shown as the canonical 36-character lower-case form. */
typedef struct {
  guint8 bytes[16];
} OkrUuid;

#define OKR_UUID_STRING_LEN 36

void     okr_uuid_generate  (OkrUuid *uuid);
void     okr_uuid_derive    (const OkrUuid *parent, const char *name, OkrUuid *uuid);
gboolean okr_uuid_parse     (const char *text, OkrUuid *uuid);
void     okr_uuid_write     (const OkrUuid *uuid, char buf[OKR_UUID_STRING_LEN + 1]);
char    *okr_uuid_to_string (const OkrUuid *uuid);
gboolean okr_uuid_from_blob (const void *blob, int len, OkrUuid *uuid);
gboolean okr_uuid_equal     (const OkrUuid *a, const OkrUuid *b);
gboolean okr_uuid_is_null   (const OkrUuid *uuid);

G_END_DECLS
