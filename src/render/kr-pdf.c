/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-pdf"

#include "config.h"

#include "kr-pdf.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "kr-error.h"
#include "kr-i18n.h"

typedef struct
{
  int fd;
  int saved_errno; /* of the first failed write, 0 while all went well */
} Writer;

static cairo_status_t
write_cb (void *closure, const unsigned char *data, unsigned int length)
{
  Writer *writer = closure;

  while (length > 0)
    {
      ssize_t written = write (writer->fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          writer->saved_errno = written < 0 ? errno : ENOSPC;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += written;
      length -= (unsigned int) written;
    }
  return CAIRO_STATUS_SUCCESS;
}

static void
set_write_error (GError **error, const char *path, int saved_errno)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, KR_ERROR, saved_errno == ENOENT ? KR_ERROR_NOT_FOUND : KR_ERROR_STORAGE,
               /* Translators: the first %s is a file name, the second says why */
               _ ("Could not write “%s”: %s"), name, g_strerror (saved_errno));
}

static void
set_cairo_error (GError **error, const char *path, cairo_status_t status)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, KR_ERROR, KR_ERROR_STORAGE, _ ("Could not write “%s”: %s"), name,
               cairo_status_to_string (status));
}

static gboolean
show_page_cb (KrDocument *document, cairo_t *cr, guint page, gpointer user_data, GError **error)
{
  cairo_status_t status;

  cairo_show_page (cr);
  status = cairo_status (cr);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      set_cairo_error (error, user_data, status);
      return FALSE;
    }
  return TRUE;
}

void
kr_pdf_get_page_size (KrDocument *document, KrPaper paper, double *width, double *height)
{
  double w, h;

  g_return_if_fail (document != NULL);
  g_return_if_fail (paper < KR_N_PAPERS);

  kr_paper_get_size_points (paper, &w, &h);
  *width = kr_document_get_landscape (document) ? h : w;
  *height = kr_document_get_landscape (document) ? w : h;
}

/* Draws every page of @document on a PDF surface that writes to @writer. */
static gboolean
render (KrDocument *document, KrPaper paper, Writer *writer, const char *path, GError **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  double width, height;
  gboolean ok;

  kr_pdf_get_page_size (document, paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_cb, writer, width, height);
  if (kr_document_get_title (document) != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                    kr_document_get_title (document));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Karier " PACKAGE_VERSION);
  cr = cairo_create (surface);

  ok = kr_document_paginate (document, cr, width, height, error) &&
       kr_document_draw_pages (document, cr, 0, kr_document_get_n_pages (document) - 1,
                               show_page_cb, (gpointer) path, error);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (ok && writer->saved_errno != 0)
    {
      set_write_error (error, path, writer->saved_errno);
      return FALSE;
    }
  if (ok && status != CAIRO_STATUS_SUCCESS)
    {
      set_cairo_error (error, path, status);
      return FALSE;
    }
  return ok;
}

gboolean
kr_pdf_write (const char *path, KrDocument *document, KrPaper paper, GError **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp_path = NULL;
  Writer writer = { -1, 0 };
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (document != NULL, FALSE);
  g_return_val_if_fail (paper < KR_N_PAPERS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Beside the destination, so that the rename stays on one file system. */
  folder = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  temp_path = g_strdup_printf ("%s%c.%s.XXXXXX", folder, G_DIR_SEPARATOR, base);
  writer.fd = g_mkstemp_full (temp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (writer.fd < 0)
    {
      set_write_error (error, path, errno);
      return FALSE;
    }

  ok = render (document, paper, &writer, path, error);
  if (ok && fsync (writer.fd) != 0)
    {
      set_write_error (error, path, errno);
      ok = FALSE;
    }
  /* close() frees the descriptor even when it fails. */
  if (close (writer.fd) != 0 && ok)
    {
      set_write_error (error, path, errno);
      ok = FALSE;
    }
  if (ok && g_rename (temp_path, path) != 0)
    {
      set_write_error (error, path, errno);
      ok = FALSE;
    }
  if (!ok)
    g_unlink (temp_path);
  return ok;
}
