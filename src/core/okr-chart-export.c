/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "okr-chart-export.h"
#include "okr-error.h"

#define MIN_SIZE      16.0
#define MAX_SIZE      8000.0
#define MAX_SCALE     4.0
#define MAX_PIXELS    (64.0 * 1000 * 1000)   /* 256 MB of image */

gboolean
okr_chart_format_from_path (const char *path, OkrChartFormat *format)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL && format != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".png"))
    *format = OKR_CHART_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = OKR_CHART_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = OKR_CHART_FORMAT_PDF;
  else
    return FALSE;
  return TRUE;
}

gboolean
okr_chart_check_size (double width, double height, double scale, GError **error)
{
  if (!(width >= MIN_SIZE && width <= MAX_SIZE && height >= MIN_SIZE && height <= MAX_SIZE))
    {
      g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                   _("A chart is between %d and %d pixels wide and high."), (int) MIN_SIZE,
                   (int) MAX_SIZE);
      return FALSE;
    }
  if (!(scale >= 1 && scale <= MAX_SCALE))
    {
      g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                   _("The scale of a chart is from 1 to %d."), (int) MAX_SCALE);
      return FALSE;
    }
  if (width * scale * height * scale > MAX_PIXELS)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_INVALID,
                           _("That picture would be too large: choose a smaller size or "
                             "scale."));
      return FALSE;
    }
  return TRUE;
}

/* ───────────────────────── writing whole files ───────────────────────── */

struct _OkrAtomicFile {
  char   *path;
  char   *temp_path;
  int     fd;
  int     saved_errno;    /* the first write error */
};

static void
set_file_error (GError **error, const char *path, int err)
{
  g_autofree char *name = g_filename_display_basename (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (err),
               /* Translators: %1$s is a file name, %2$s the system's reason. */
               _("“%1$s” could not be written: %2$s"), name, g_strerror (err));
}

OkrAtomicFile *
okr_atomic_file_new (const char *path, GError **error)
{
  g_autofree char *dir = NULL, *base = NULL;
  OkrAtomicFile *file;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  file = g_new0 (OkrAtomicFile, 1);
  file->path = g_strdup (path);
  /* Beside the destination, so that the rename stays on one file system. */
  file->temp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  fd = g_mkstemp_full (file->temp_path, O_WRONLY | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      set_file_error (error, path, errno);
      g_free (file->path);
      g_free (file->temp_path);
      g_free (file);
      return NULL;
    }
  file->fd = fd;
  return file;
}

cairo_status_t
okr_atomic_file_write (void *closure, const unsigned char *data, unsigned int length)
{
  OkrAtomicFile *file = closure;

  while (length > 0 && file->saved_errno == 0)
    {
      ssize_t n = write (file->fd, data, length);
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          file->saved_errno = errno;
          break;
        }
      data += n;
      length -= (unsigned int) n;
    }
  return file->saved_errno == 0 ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static void
atomic_file_free (OkrAtomicFile *file)
{
  g_free (file->path);
  g_free (file->temp_path);
  g_free (file);
}

void
okr_atomic_file_abort (OkrAtomicFile *file)
{
  if (file == NULL)
    return;
  if (file->fd >= 0)
    close (file->fd);
  g_unlink (file->temp_path);
  atomic_file_free (file);
}

gboolean
okr_atomic_file_commit (OkrAtomicFile *file, GError **error)
{
  int err = file->saved_errno;

  if (err == 0 && fsync (file->fd) != 0)
    err = errno;
  if (close (file->fd) != 0 && err == 0)
    err = errno;
  file->fd = -1;
  if (err == 0 && g_rename (file->temp_path, file->path) != 0)
    err = errno;
  if (err != 0)
    {
      set_file_error (error, file->path, err);
      okr_atomic_file_abort (file);
      return FALSE;
    }
  atomic_file_free (file);
  return TRUE;
}

/* ───────────────────────── charts ───────────────────────── */

static cairo_surface_t *
image_surface (OkrChart *chart, double width, double height, double scale,
               const OkrChartStyle *style)
{
  int pw = (int) ceil (width * scale), ph = (int) ceil (height * scale);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pw, ph);
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, scale, scale);
  okr_chart_draw (chart, cr, width, height, style, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

cairo_surface_t *
okr_chart_render_image (OkrChart *chart, double width, double height, double scale,
                        const OkrChartStyle *style)
{
  cairo_surface_t *surface;

  g_return_val_if_fail (chart != NULL, NULL);

  surface = image_surface (chart, width, height, scale, style);
  cairo_surface_set_device_scale (surface, scale, scale);
  return surface;
}

static cairo_status_t
draw_vector (OkrChart *chart, cairo_surface_t *surface, double width, double height,
             const OkrChartStyle *style)
{
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  okr_chart_draw (chart, cr, width, height, style, NULL);
  cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  return status;
}

gboolean
okr_chart_export (OkrChart *chart, const char *path, OkrChartFormat format, double width,
                  double height, double scale, const OkrChartStyle *style, GError **error)
{
  OkrAtomicFile *file;
  cairo_surface_t *surface = NULL;
  cairo_status_t status;

  g_return_val_if_fail (chart != NULL && path != NULL, FALSE);

  if (!okr_chart_check_size (width, height, format == OKR_CHART_FORMAT_PNG ? scale : 1, error))
    return FALSE;
  file = okr_atomic_file_new (path, error);
  if (file == NULL)
    return FALSE;

  switch (format)
    {
    case OKR_CHART_FORMAT_PNG:
      surface = image_surface (chart, width, height, scale, style);
      status = cairo_surface_status (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_write_to_png_stream (surface, okr_atomic_file_write, file);
      break;
    case OKR_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (okr_atomic_file_write, file, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      status = draw_vector (chart, surface, width, height, style);
      break;
    case OKR_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (okr_atomic_file_write, file, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                      okr_chart_get_title (chart));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);
      status = draw_vector (chart, surface, width, height, style);
      break;
    default:
      g_return_val_if_reached (FALSE);
    }
  cairo_surface_destroy (surface);

  /* A write error is the file's: committing reports it, and removes what was written. */
  if (status != CAIRO_STATUS_SUCCESS && file->saved_errno == 0)
    {
      g_set_error (error, OKR_STORE_ERROR, OKR_STORE_ERROR_FAILED,
                   _("The chart could not be drawn: %s"), cairo_status_to_string (status));
      okr_atomic_file_abort (file);
      return FALSE;
    }
  return okr_atomic_file_commit (file, error);
}
