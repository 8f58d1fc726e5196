/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-backups"

#include "config.h"

#include "kr-backups.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "kr-backups-private.h"
#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* Restoring a backup: check the file, keep the database as it was ("before-restore"), then put
 * a synced copy of the backup in its place with one rename. */

#define BUSY_TIMEOUT_MS 5000

static gboolean
set_not_restorable (GError **error, int code, const char *path, const char *detail)
{
  g_autofree char *name = g_filename_display_name (path);

  /* Translators: “karier-….db” cannot be restored: the file is damaged */
  g_set_error (error, KR_ERROR, code, _ ("“%s” cannot be restored: %s"), name, detail);
  return FALSE;
}

/* The first row of PRAGMA integrity_check, "ok" for a sound file; NULL with @rc on failure. */
static char *
integrity_check (sqlite3 *db, int *rc)
{
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  *rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check(1)", -1, &stmt, NULL);
  if (*rc == SQLITE_OK)
    {
      *rc = sqlite3_step (stmt);
      if (*rc == SQLITE_ROW)
        {
          result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          *rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  return result;
}

/* Reads the SQLite header of @path: whether it is one, its application id and user version
 * (big-endian at offsets 68 and 60). The schema itself may be too damaged to read. */
static gboolean
read_header (const char *path, gint64 *application_id, int *version)
{
  static const char magic[16] = "SQLite format 3";
  guchar header[100];
  FILE *file = g_fopen (path, "rb");
  gboolean ok;

  if (file == NULL)
    return FALSE;
  ok = fread (header, 1, sizeof header, file) == sizeof header &&
       memcmp (header, magic, sizeof magic) == 0;
  fclose (file);
  if (ok)
    {
      *version = (int) GUINT32_FROM_BE (*(guint32 *) (header + 60));
      *application_id = (gint64) GUINT32_FROM_BE (*(guint32 *) (header + 68));
    }
  return ok;
}

gboolean
kr_backups_check (const char *backup_path, int *schema_version, GError **error)
{
  sqlite3 *db = NULL;
  g_autofree char *integrity = NULL;
  gint64 application_id = 0;
  int rc = SQLITE_OK, version = 0, latest = kr_database_get_latest_schema_version ();
  gboolean ok = FALSE;

  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_file_test (backup_path, G_FILE_TEST_IS_REGULAR))
    return set_not_restorable (error, KR_ERROR_NOT_FOUND, backup_path, _ ("there is no such file"));

  if (!read_header (backup_path, &application_id, &version) ||
      application_id != KR_DATABASE_APPLICATION_ID || version < 1)
    return set_not_restorable (error, KR_ERROR_NOT_A_DATABASE, backup_path,
                               _ ("the file is not a Karier database"));
  if (version > latest)
    {
      g_autofree char *detail = g_strdup_printf (
          _ ("it was made by a newer Karier (schema version %d; this one knows up to %d)"), version,
          latest);

      return set_not_restorable (error, KR_ERROR_SCHEMA_TOO_NEW, backup_path, detail);
    }

  rc = sqlite3_open_v2 (backup_path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    integrity = integrity_check (db, &rc);
  if (integrity == NULL || g_strcmp0 (integrity, "ok") != 0)
    {
      g_autofree char *detail = g_strdup_printf (
          _ ("the file is damaged (%s)"), integrity != NULL ? integrity : sqlite3_errstr (rc));

      set_not_restorable (error, KR_ERROR_NOT_A_DATABASE, backup_path, detail);
    }
  else
    ok = TRUE;
  sqlite3_close (db);
  if (ok && schema_version != NULL)
    *schema_version = version;
  return ok;
}

/* An empty private file in @folder whose name starts with @prefix, locked while *@fd stays
 * open (kr-file-temporary.c), after removing those that interrupted copies left there. */
static char *
make_temporary (const char *folder, const char *prefix, int *fd, GError **error)
{
  char *path;

  _kr_file_remove_stale_temporaries (folder, prefix);
  path = _kr_file_make_temporary (folder, prefix, fd);
  if (path == NULL)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (folder);

      g_set_error (error, KR_ERROR, KR_ERROR_STORAGE,
                   _ ("Cannot write in the folder “%s”: %s; check that you may write there"),
                   display, g_strerror (saved_errno));
      return NULL;
    }
  return path;
}

/* Copies the main database of @source into the empty file @tmp_path and syncs it. */
static gboolean
copy_into (sqlite3 *source, const char *source_path, const char *tmp_path, GError **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup = NULL;
  int rc, fd;

  rc = sqlite3_open_v2 (tmp_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (dest, BUSY_TIMEOUT_MS);
      backup = sqlite3_backup_init (dest, "main", source, "main");
      rc = backup == NULL ? sqlite3_errcode (dest) : sqlite3_backup_step (backup, -1);
      if (backup != NULL)
        {
          int finish = sqlite3_backup_finish (backup);

          rc = rc == SQLITE_DONE ? finish : rc;
        }
      /* One file at rest, as kr_database_backup () writes it: reading it later leaves no
       * -wal and -shm beside it (opening it as the database sets WAL again). */
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
    }
  if (rc != SQLITE_OK)
    {
      _kr_sqlite_set_error (error, rc == SQLITE_NOTADB ? source : dest, rc, _ ("Could not copy"),
                            source_path);
      sqlite3_close (dest);
      return FALSE;
    }
  sqlite3_close (dest);

  fd = g_open (tmp_path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0 || fsync (fd) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (tmp_path);

      if (fd >= 0)
        g_close (fd, NULL);
      g_set_error (error, KR_ERROR, KR_ERROR_STORAGE, _ ("Could not write “%s”: %s"), display,
                   g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);
  return TRUE;
}

static gboolean
rename_into_place (const char *tmp_path, const char *dest_path, GError **error)
{
  g_autofree char *folder = g_path_get_dirname (dest_path);
  int fd;

  if (g_rename (tmp_path, dest_path) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (dest_path);

      g_set_error (error, KR_ERROR, KR_ERROR_STORAGE,
                   _ ("Cannot replace “%s”: %s; check that you may write there"), display,
                   g_strerror (saved_errno));
      return FALSE;
    }
  /* The rename itself must survive a power cut. */
  fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (fd >= 0)
    {
      fsync (fd);
      g_close (fd, NULL);
    }
  return TRUE;
}

/* Opens the current database alone: refused while another connection has it open. */
static sqlite3 *
open_current (const char *database_path, GError **error)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (database_path, &db, SQLITE_OPEN_READWRITE, NULL);

  /* A worker that is letting go of its connection gets a moment to do so. */
  if (rc == SQLITE_OK)
    rc = sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;", NULL, NULL,
                       NULL);
  if (rc != SQLITE_OK)
    {
      _kr_sqlite_set_error (error, db, rc, _ ("Could not restore"), database_path);
      sqlite3_close (db);
      return NULL;
    }
  return db;
}

static gboolean
back_up_current (sqlite3 *current,
                 const char *database_path,
                 const char *folder,
                 GDateTime *now,
                 KrBackup **before_restore,
                 GError **error)
{
  g_autofree char *tmp_path = NULL;
  g_autofree char *path = NULL;
  gboolean ok;
  int fd;

  if (!_kr_backups_ensure_folder (folder, error))
    return FALSE;
  tmp_path = make_temporary (folder, KR_BACKUP_TEMPORARY_PREFIX, &fd, error);
  if (tmp_path == NULL)
    return FALSE;
  path = _kr_backups_new_path (folder, KR_BACKUP_KIND_BEFORE_RESTORE, now);
  ok = copy_into (current, database_path, tmp_path, error) &&
       rename_into_place (tmp_path, path, error);
  if (!ok)
    _kr_file_remove_temporary (tmp_path);
  g_close (fd, NULL);
  if (!ok)
    return FALSE;
  *before_restore = _kr_backups_describe (path, KR_BACKUP_KIND_BEFORE_RESTORE, now);
  return TRUE;
}

/* Closes the only connection to the database, with its log emptied into the file, and removes
 * the -wal, -shm and -journal files SQLite keeps beside it: a stale log applied to the
 * restored file would corrupt it. */
static gboolean
close_current (sqlite3 *current, const char *database_path, GError **error)
{
  static const char *const suffixes[] = { "-wal", "-shm", "-journal" };
  int rc = sqlite3_exec (current, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _kr_sqlite_set_error (error, current, rc, _ ("Could not restore"), database_path);
      sqlite3_close (current);
      return FALSE;
    }
  sqlite3_close (current);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (database_path, suffixes[i], NULL);

      if (g_unlink (file) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;
          g_autofree char *display = g_filename_display_name (file);

          g_set_error (error, KR_ERROR, KR_ERROR_STORAGE, _ ("Cannot remove “%s”: %s"), display,
                       g_strerror (saved_errno));
          return FALSE;
        }
    }
  return TRUE;
}

/* kr_backups_restore () with the lock of its temporary in *@tmp_fd, which the caller closes. */
static gboolean
restore (const char *database_path,
         const char *backup_path,
         const char *folder,
         GDateTime *now,
         KrBackup **before_restore,
         int *tmp_fd,
         GError **error)
{
  g_autoptr (GDateTime) time = NULL;
  g_autoptr (KrBackup) before = NULL;
  g_autofree char *database_folder = NULL;
  g_autofree char *tmp_path = NULL;
  sqlite3 *current = NULL;
  sqlite3 *source = NULL;
  gboolean exists;
  int rc;

  if (before_restore != NULL)
    *before_restore = NULL;
  time = now != NULL ? g_date_time_to_utc (now) : g_date_time_new_now_utc ();
  if (!kr_backups_check (backup_path, NULL, error))
    return FALSE;
  exists = g_file_test (database_path, G_FILE_TEST_EXISTS);
  if (exists && _kr_file_is_same (database_path, backup_path))
    {
      g_autofree char *name = g_filename_display_name (backup_path);

      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Cannot restore “%s” onto itself; choose a backup"), name);
      return FALSE;
    }

  if (exists)
    {
      current = open_current (database_path, error);
      if (current == NULL)
        return FALSE;
      if (!back_up_current (current, database_path, folder, time, &before, error))
        {
          sqlite3_close (current);
          return FALSE;
        }
    }

  database_folder = g_path_get_dirname (database_path);
  tmp_path = make_temporary (database_folder, KR_RESTORE_TEMPORARY_PREFIX, tmp_fd, error);
  rc = tmp_path != NULL ? sqlite3_open_v2 (backup_path, &source, SQLITE_OPEN_READONLY, NULL)
                        : SQLITE_OK;
  if (tmp_path == NULL || rc != SQLITE_OK || !copy_into (source, backup_path, tmp_path, error))
    {
      if (tmp_path != NULL && rc != SQLITE_OK)
        _kr_sqlite_set_error (error, source, rc, _ ("Could not restore"), backup_path);
      sqlite3_close (source);
      sqlite3_close (current);
      if (tmp_path != NULL)
        _kr_file_remove_temporary (tmp_path);
      return FALSE;
    }
  sqlite3_close (source);

  if ((current != NULL && !close_current (current, database_path, error)) ||
      !rename_into_place (tmp_path, database_path, error))
    {
      _kr_file_remove_temporary (tmp_path);
      return FALSE;
    }
  if (before_restore != NULL)
    *before_restore = g_steal_pointer (&before);
  return TRUE;
}

gboolean
kr_backups_restore (const char *database_path,
                    const char *backup_path,
                    const char *folder,
                    GDateTime *now,
                    KrBackup **before_restore,
                    GError **error)
{
  int tmp_fd = -1;
  gboolean ok;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ok = restore (database_path, backup_path, folder, now, before_restore, &tmp_fd, error);
  if (tmp_fd >= 0)
    g_close (tmp_fd, NULL);
  return ok;
}
