/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-database.h"

G_BEGIN_DECLS

/**
 * KrBackupKind:
 * @KR_BACKUP_KIND_MANUAL: asked for by the user; never removed by rotation
 * @KR_BACKUP_KIND_DAILY: the automatic daily backup
 * @KR_BACKUP_KIND_IMPORT: made before an import commits
 * @KR_BACKUP_KIND_UPGRADE: made before a schema upgrade
 * @KR_BACKUP_KIND_BEFORE_RESTORE: the database as it was before a restore replaced it
 *
 * Why a backup was made; part of its file name.
 */
typedef enum
{
  KR_BACKUP_KIND_MANUAL,
  KR_BACKUP_KIND_DAILY,
  KR_BACKUP_KIND_IMPORT,
  KR_BACKUP_KIND_UPGRADE,
  KR_BACKUP_KIND_BEFORE_RESTORE,
} KrBackupKind;

/**
 * KrBackup:
 * @path: the backup's file name
 * @kind: why it was made
 * @time: when it was made, in UTC, from its file name
 * @size: its size in bytes
 * @schema_version: the schema version read from the file, 0 when the file is not a
 *   readable Karier database
 *
 * One file of a backup folder, as kr_backups_list() finds it.
 */
typedef struct
{
  char *path;
  KrBackupKind kind;
  GDateTime *time;
  gint64 size;
  int schema_version;
} KrBackup;

void kr_backup_free (KrBackup *backup);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrBackup, kr_backup_free)

/* The name of @kind in file names and on the command line ("daily", "before-restore"). */
const char *kr_backup_kind_to_string (KrBackupKind kind);

/* The kind named @name, as kr_backup_kind_to_string() writes it; FALSE when unknown. */
gboolean kr_backup_kind_from_string (const char *name, KrBackupKind *kind);

/**
 * kr_backups_get_folder:
 * @database_path: the database's file name
 * @configured: (nullable): the folder the user chose, or %NULL or "" for the default
 *
 * Returns the folder of @database_path's backups: @configured when set, otherwise
 * "NAME.backups" beside the database, NAME being its file name without a ".db" ending.
 *
 * Returns: (transfer full): the folder
 */
char *kr_backups_get_folder (const char *database_path, const char *configured);

/**
 * kr_backups_build_file_name:
 * @kind: why the backup is made
 * @time: when
 *
 * Returns: (transfer full): "karier-YYYYmmddTHHMMSSZ-KIND.db", the time in UTC
 */
char *kr_backups_build_file_name (KrBackupKind kind, GDateTime *time);

/**
 * kr_backups_parse_file_name:
 * @name: a file name without folder
 * @kind: (out) (optional): its kind
 * @time: (out) (optional) (transfer full): its time in UTC
 *
 * Reads a name written by kr_backups_build_file_name(), with or without a "-N" counter
 * before ".db" (added when two backups fall in the same second).
 *
 * Returns: %TRUE when @name is a backup's name
 */
gboolean kr_backups_parse_file_name (const char *name, KrBackupKind *kind, GDateTime **time);

/**
 * kr_backups_list:
 * @folder: a backup folder
 * @error: return location for a #GError
 *
 * Lists the backups in @folder, newest first, with their schema versions read from the
 * files. A missing folder has none. Other files in the folder are ignored.
 *
 * Returns: (transfer full) (element-type KrBackup): the backups, or %NULL with @error set
 */
GPtrArray *kr_backups_list (const char *folder, GError **error);

/**
 * kr_backups_create:
 * @db: an open database
 * @folder: the backup folder, created when missing
 * @kind: why the backup is made
 * @now: (nullable): the time to name it by; %NULL for now
 * @error: return location for a #GError
 *
 * Copies @db into @folder with kr_database_backup().
 *
 * Returns: (transfer full) (nullable): the new backup, or %NULL with @error set
 */
KrBackup *kr_backups_create (KrDatabase *db,
                             const char *folder,
                             KrBackupKind kind,
                             GDateTime *now,
                             GError **error);

/**
 * kr_backups_rotate:
 * @folder: a backup folder
 * @keep: how many backups of each kind to keep, 1 or more
 * @n_removed: (out) (optional): how many files were removed
 * @error: return location for a #GError
 *
 * Removes all but the newest @keep backups of each automatic kind (daily, import, upgrade,
 * before-restore). Manual backups are kept.
 *
 * Returns: %TRUE on success
 */
gboolean kr_backups_rotate (const char *folder, guint keep, guint *n_removed, GError **error);

/**
 * kr_backups_create_daily_if_due:
 * @db: an open database
 * @folder: the backup folder
 * @keep: how many daily backups to keep (see kr_backups_rotate())
 * @now: (nullable): the current time; %NULL for now
 * @created: (out) (optional) (transfer full) (nullable): the new backup, or %NULL when
 *   none was due
 * @error: return location for a #GError
 *
 * Makes a daily backup when the newest daily one is 24 hours old or more (or there is none),
 * then rotates the folder.
 *
 * Returns: %TRUE on success, whether or not a backup was due
 */
gboolean kr_backups_create_daily_if_due (KrDatabase *db,
                                         const char *folder,
                                         guint keep,
                                         GDateTime *now,
                                         KrBackup **created,
                                         GError **error);

/**
 * kr_backups_check:
 * @backup_path: a file
 * @schema_version: (out) (optional): its schema version
 * @error: return location for a #GError
 *
 * Checks that @backup_path can be restored: it opens as a Karier database, passes
 * `PRAGMA integrity_check`, and its schema is not newer than this program's. Errors name
 * the file: %KR_ERROR_NOT_FOUND, %KR_ERROR_NOT_A_DATABASE (also for a damaged file) or
 * %KR_ERROR_SCHEMA_TOO_NEW.
 *
 * Returns: %TRUE when the file can be restored
 */
gboolean kr_backups_check (const char *backup_path, int *schema_version, GError **error);

/**
 * kr_backups_restore:
 * @database_path: the database to replace; no connection to it may be open
 * @backup_path: the backup to restore
 * @folder: the backup folder, for the copy of the database as it was
 * @now: (nullable): the time to name that copy by; %NULL for now
 * @before_restore: (out) (optional) (transfer full) (nullable): the "before-restore" copy of
 *   the database, %NULL when there was no database
 * @error: return location for a #GError
 *
 * Checks @backup_path with kr_backups_check(), backs the current database up as
 * "before-restore", then replaces the database file with a copy of the backup: written to a
 * temporary file beside it, synced and renamed into place, after its stale -wal and -shm files
 * are removed. On failure the database is left as it was.
 *
 * Returns: %TRUE when the database now holds the backup
 */
gboolean kr_backups_restore (const char *database_path,
                             const char *backup_path,
                             const char *folder,
                             GDateTime *now,
                             KrBackup **before_restore,
                             GError **error);

G_END_DECLS
