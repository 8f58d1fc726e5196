/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-file-replace"

#include "config.h"

#include <errno.h>
#include <fcntl.h>

#include <glib/gstdio.h>

#include "kr-database-private.h"
#include "kr-i18n.h"

/* Files that the exports write whole or not at all (kr-database-private.h): the content goes
 * to an empty temporary beside the destination, hidden and on the same file system, which is
 * renamed over it once complete and removed after a failure, so that a failed, cancelled or
 * interrupted export leaves what the destination held before. */

void
_kr_file_set_write_error (GError **error, const char *path, int saved_errno)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), _ ("Cannot write “%s”: %s"),
               name, g_strerror (saved_errno));
}

char *
_kr_file_replace_begin (const char *path, int mode, GError **error)
{
  g_autofree char *directory = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *temporary = NULL;
  int fd;

  temporary = g_strdup_printf ("%s%c.%s-XXXXXX", directory, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (temporary, O_RDWR | O_CLOEXEC, mode);
  if (fd < 0)
    {
      _kr_file_set_write_error (error, path, errno);
      return NULL;
    }
  g_close (fd, NULL);
  return g_steal_pointer (&temporary);
}

gboolean
_kr_file_replace_end (const char *temporary, const char *path, gboolean ok, GError **error)
{
  int saved_errno;

  if (ok && g_rename (temporary, path) == 0)
    return TRUE;
  saved_errno = errno;
  g_unlink (temporary);
  if (ok)
    _kr_file_set_write_error (error, path, saved_errno);
  return FALSE;
}

gboolean
_kr_file_replace_with_stream (const char *path,
                              int mode,
                              KrFileWriteFunc write,
                              gpointer user_data,
                              GCancellable *cancellable,
                              GError **error)
{
  g_autofree char *temporary = _kr_file_replace_begin (path, mode, error);
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFileIOStream) io = NULL;
  gboolean ok;

  if (temporary == NULL)
    return FALSE;
  file = g_file_new_for_path (temporary);
  io = g_file_open_readwrite (file, cancellable, error);
  ok = io != NULL;
  if (ok)
    {
      ok = write (g_io_stream_get_output_stream (G_IO_STREAM (io)), user_data, error);
      /* Closing after a failure must not replace its error. */
      ok = g_io_stream_close (G_IO_STREAM (io), NULL, ok ? error : NULL) && ok;
    }
  return _kr_file_replace_end (temporary, path, ok, error);
}
