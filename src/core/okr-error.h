/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-error.h — what can go wrong with a document, in words a leader understands */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OKR_STORE_ERROR (okr_store_error_quark ())

typedef enum {
  OKR_STORE_ERROR_FAILED,        /* anything else; the message says what */
  OKR_STORE_ERROR_NOT_FOUND,     /* no such file, or no such row */
  OKR_STORE_ERROR_EXISTS,        /* creating over an existing file */
  OKR_STORE_ERROR_NOT_OURS,      /* not a Cascade document */
  OKR_STORE_ERROR_CORRUPT,       /* damaged or truncated */
  OKR_STORE_ERROR_HOSTILE,       /* carries schema we did not put there */
  OKR_STORE_ERROR_NEWER,         /* made by a newer Cascade */
  OKR_STORE_ERROR_READ_ONLY,     /* cannot be written */
  OKR_STORE_ERROR_LOCKED,        /* another program holds it */
  OKR_STORE_ERROR_FULL,          /* the disk is full */
  OKR_STORE_ERROR_IO,            /* the disk failed */
  OKR_STORE_ERROR_INVALID,       /* a value was refused (empty title, bad date, …) */
  OKR_STORE_ERROR_AMBIGUOUS,     /* a name matches more than one row */
  OKR_STORE_ERROR_CLOSED,        /* writing into a closed cycle */
} OkrStoreError;

GQuark okr_store_error_quark (void);

/* The SQLite result code and message behind an error, when there was one (else 0 / NULL). */
int         okr_store_error_get_sqlite_code    (const GError *error);
const char *okr_store_error_get_sqlite_message (const GError *error);

G_END_DECLS
