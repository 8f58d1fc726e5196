/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-database-backup"

#include "config.h"

#include "kr-database.h"

#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>

#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* Backups through SQLite's online backup API: consistent even while the database is in use,
 * written to a temporary file beside the destination and renamed into place. */

#define IN_MEMORY           ":memory:"
#define BACKUP_BUSY_RETRIES 50
#define BACKUP_BUSY_WAIT_MS 100

gboolean
_kr_file_is_same (const char *a, const char *b)
{
  g_autofree char *canonical_a = g_canonicalize_filename (a, NULL);
  g_autofree char *canonical_b = g_canonicalize_filename (b, NULL);
  GStatBuf stat_a, stat_b;

  if (g_strcmp0 (canonical_a, canonical_b) == 0)
    return TRUE;
  return g_stat (a, &stat_a) == 0 && g_stat (b, &stat_b) == 0 && stat_a.st_dev == stat_b.st_dev &&
         stat_a.st_ino == stat_b.st_ino;
}

/* Whether @dest is the database or one of the files SQLite keeps beside it. */
static gboolean
is_database_file (KrDatabase *self, const char *dest)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  if (g_strcmp0 (kr_database_get_path (self), IN_MEMORY) == 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (kr_database_get_path (self), suffixes[i], NULL);

      if (_kr_file_is_same (file, dest))
        return TRUE;
    }
  return FALSE;
}

/* Copies the open database into the empty file @tmp_path with the online backup API. */
static gboolean
copy_into (KrDatabase *self, const char *tmp_path, GError **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc, retries = 0;

  rc = sqlite3_open_v2 (tmp_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  backup = rc == SQLITE_OK
               ? sqlite3_backup_init (dest, "main", _kr_database_get_handle (self), "main")
               : NULL;
  if (backup == NULL)
    rc = sqlite3_errcode (dest);
  else
    {
      do
        {
          rc = sqlite3_backup_step (backup, -1);
          if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && retries++ < BACKUP_BUSY_RETRIES)
            sqlite3_sleep (BACKUP_BUSY_WAIT_MS);
          else if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            break;
        }
      while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
      sqlite3_backup_finish (backup);
      if (rc == SQLITE_DONE)
        rc = sqlite3_errcode (dest);
      /* A backup is a single file at rest: in rollback-journal mode, so that opening it to
       * list or check it (read-only) leaves no -wal and -shm files beside it. Opening it as
       * a database (a restore) sets WAL again. */
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
    }
  if (rc != SQLITE_OK)
    _kr_sqlite_set_error (error, dest, rc, _ ("Could not write the backup"), tmp_path);
  sqlite3_close (dest);
  return rc == SQLITE_OK;
}

static gboolean
check_backup_destination (KrDatabase *self, const char *dest_path, GError **error)
{
  g_autofree char *folder = g_path_get_dirname (dest_path);
  g_autofree char *name = g_filename_display_name (dest_path);

  if (is_database_file (self, dest_path))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Cannot back up the database onto itself (“%s”); choose another file name"),
                   name);
      return FALSE;
    }
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *folder_name = g_filename_display_name (folder);

      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                   _ ("Cannot back up to “%s”: the folder “%s” does not exist; create it or "
                      "choose another folder"),
                   name, folder_name);
      return FALSE;
    }
  if (g_file_test (dest_path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Cannot back up to “%s”: it is a folder; give a file name inside it"), name);
      return FALSE;
    }
  if (!sqlite3_get_autocommit (_kr_database_get_handle (self)))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Cannot back up while changes are being saved; try again when they are "
                      "done"));
      return FALSE;
    }
  return TRUE;
}

gboolean
kr_database_backup (KrDatabase *self, const char *dest_path, GError **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *tmp_path = NULL;
  int fd, saved_errno;

  g_return_val_if_fail (KR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_backup_destination (self, dest_path, error))
    return FALSE;

  folder = g_path_get_dirname (dest_path);
  _kr_file_remove_stale_temporaries (folder, KR_BACKUP_TEMPORARY_PREFIX);
  tmp_path = _kr_file_make_temporary (folder, KR_BACKUP_TEMPORARY_PREFIX, &fd);
  if (tmp_path == NULL)
    {
      g_autofree char *folder_name = g_filename_display_name (folder);

      saved_errno = errno;
      g_set_error (error, KR_ERROR, KR_ERROR_STORAGE,
                   _ ("Cannot write a backup in the folder “%s”: %s; check that you may write "
                      "there"),
                   folder_name, g_strerror (saved_errno));
      return FALSE;
    }

  if (!copy_into (self, tmp_path, error))
    {
      _kr_file_remove_temporary (tmp_path);
      g_close (fd, NULL);
      return FALSE;
    }
  if (g_rename (tmp_path, dest_path) != 0)
    {
      g_autofree char *name = g_filename_display_name (dest_path);

      saved_errno = errno;
      _kr_file_remove_temporary (tmp_path);
      g_close (fd, NULL);
      g_set_error (error, KR_ERROR, KR_ERROR_STORAGE,
                   _ ("Cannot save the backup as “%s”: %s; check that you may write there"), name,
                   g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);
  return TRUE;
}

/* Makes the copy that an upgrade keeps of the file as it was, named after its version. */
