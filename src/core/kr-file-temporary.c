/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-file-temporary"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>

#include <glib/gstdio.h>

#include "kr-database-private.h"

/* The temporary files that backups and restores copy a database into before renaming it into
 * place. Each is locked (flock) while its copy runs, so that a file left by a run that was
 * killed, or that lost its machine's power, can be told from one being written: the next
 * backup or restore into the same folder removes the former. Without that, every interrupted
 * daily backup of a large database stayed behind as a hidden copy of it. */

/* A file younger than this is left alone even when unlocked: between its creation and its
 * lock, another run could otherwise take it for a leftover. */
#define STALE_AFTER_SECONDS 60

static const char *const companions[] = { "-journal", "-wal", "-shm" };

void
_kr_file_remove_temporary (const char *tmp_path)
{
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *file = g_strconcat (tmp_path, companions[i], NULL);

      g_unlink (file);
    }
  g_unlink (tmp_path);
}

char *
_kr_file_make_temporary (const char *folder, const char *prefix, int *fd)
{
  g_autofree char *name = g_strconcat (prefix, "XXXXXX", NULL);
  char *path = g_build_filename (folder, name, NULL);

  *fd = g_mkstemp_full (path, O_RDWR | O_CLOEXEC, 0600);
  if (*fd < 0)
    {
      g_free (path);
      return NULL;
    }
  /* Only fails where flock is not supported; the copy goes on unprotected then. */
  if (flock (*fd, LOCK_EX | LOCK_NB) != 0)
    g_debug ("Cannot lock %s: %s", path, g_strerror (errno));
  return path;
}

/* Whether @name is @prefix and six characters: a temporary, not one of its companions. */
static gboolean
is_temporary_name (const char *name, const char *prefix)
{
  return g_str_has_prefix (name, prefix) && strlen (name) == strlen (prefix) + 6;
}

guint
_kr_file_remove_stale_temporaries (const char *folder, const char *prefix)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;
  guint n_removed = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf info;
      int fd;

      if (!is_temporary_name (name, prefix))
        continue;
      path = g_build_filename (folder, name, NULL);
      if (g_lstat (path, &info) != 0 || !S_ISREG (info.st_mode) ||
          now - (gint64) info.st_mtime < STALE_AFTER_SECONDS)
        continue;
      fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);
      if (fd < 0)
        continue;
      /* Held by a copy under way (in this process or another): not a leftover. */
      if (flock (fd, LOCK_EX | LOCK_NB) == 0)
        {
          g_debug ("Removing %s, left by an interrupted copy", path);
          _kr_file_remove_temporary (path);
          n_removed++;
        }
      g_close (fd, NULL);
    }
  return n_removed;
}
