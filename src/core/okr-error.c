/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "okr-error-private.h"

typedef struct {
  int   sqlite_code;
  char *sqlite_message;
} OkrStoreErrorPrivate;

static void
okr_store_error_private_init (OkrStoreErrorPrivate *priv)
{
}

static void
okr_store_error_private_copy (const OkrStoreErrorPrivate *src, OkrStoreErrorPrivate *dest)
{
  dest->sqlite_code = src->sqlite_code;
  dest->sqlite_message = g_strdup (src->sqlite_message);
}

static void
okr_store_error_private_clear (OkrStoreErrorPrivate *priv)
{
  g_clear_pointer (&priv->sqlite_message, g_free);
}

G_DEFINE_EXTENDED_ERROR (OkrStoreError, okr_store_error)

int
okr_store_error_get_sqlite_code (const GError *error)
{
  OkrStoreErrorPrivate *priv = okr_store_error_get_private (error);
  return priv != NULL ? priv->sqlite_code : 0;
}

const char *
okr_store_error_get_sqlite_message (const GError *error)
{
  OkrStoreErrorPrivate *priv = okr_store_error_get_private (error);
  return priv != NULL ? priv->sqlite_message : NULL;
}

/* Turn a SQLite failure into a sentence about the document. The SQLite code and message
 * travel in the error's private data for logs and bug reports. */
void
okr_set_sqlite_error (GError **error, sqlite3 *db, int rc, const char *path)
{
  g_autofree char *display = path != NULL ? g_filename_display_basename (path) : NULL;
  const char *name = display != NULL ? display : _("the document");
  OkrStoreError code;
  g_autofree char *message = NULL;

  if (error == NULL)
    return;

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      code = OKR_STORE_ERROR_FULL;
      message = g_strdup_printf (_("The disk is full, so the change to “%s” was not saved. "
                                   "Free some space and try again; nothing saved before "
                                   "was lost."), name);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      code = OKR_STORE_ERROR_READ_ONLY;
      message = g_strdup_printf (_("“%s” can’t be changed because it is read-only."), name);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = OKR_STORE_ERROR_LOCKED;
      message = g_strdup_printf (_("“%s” is in use by another program. Close it there and "
                                   "try again."), name);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FORMAT:
      code = OKR_STORE_ERROR_CORRUPT;
      message = g_strdup_printf (_("“%s” is damaged and can’t be read."), name);
      break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      code = OKR_STORE_ERROR_IO;
      message = g_strdup_printf (_("“%s” could not be read or written because of a problem "
                                   "with the disk."), name);
      break;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_TOOBIG:
      code = OKR_STORE_ERROR_INVALID;
      message = g_strdup_printf (_("The change to “%s” was refused because a value does not "
                                   "fit."), name);
      break;
    default:
      code = OKR_STORE_ERROR_FAILED;
      message = g_strdup_printf (_("Something went wrong with “%s”."), name);
      break;
    }

  g_set_error_literal (error, OKR_STORE_ERROR, code, message);

  OkrStoreErrorPrivate *priv = okr_store_error_get_private (*error);
  priv->sqlite_code = rc;
  priv->sqlite_message = g_strdup (db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
}
