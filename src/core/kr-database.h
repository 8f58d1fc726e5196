/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "kr-identity.h"

G_BEGIN_DECLS

/* Written into the file header by migration 1 ('KRER'); identifies a Karier database. */
#define KR_DATABASE_APPLICATION_ID 0x4B524552

/**
 * KrDatabaseFlags:
 * @KR_DATABASE_FLAGS_NONE: open read-write, create and initialise a missing file, and
 *   upgrade an older schema (after backing the file up)
 * @KR_DATABASE_FLAGS_READ_ONLY: never write to the file: no creation, no upgrade, and every
 *   write through the connection is refused; implies @KR_DATABASE_FLAGS_NO_CREATE
 * @KR_DATABASE_FLAGS_NO_CREATE: fail with %KR_ERROR_NOT_FOUND when the file does not exist
 * @KR_DATABASE_FLAGS_ONE_PASS: the connection reads through the data once (a check of the
 *   audit trail, a backup copy, a read into memory): it keeps SQLite's small page cache
 *   (2 MiB) instead of Karier's 32 MiB, which such a read would only fill
 *
 * How kr_database_open() treats the file.
 */
typedef enum
{
  KR_DATABASE_FLAGS_NONE = 0,
  KR_DATABASE_FLAGS_READ_ONLY = 1 << 0,
  KR_DATABASE_FLAGS_NO_CREATE = 1 << 1,
  KR_DATABASE_FLAGS_ONE_PASS = 1 << 2,
} KrDatabaseFlags;

/**
 * KrDatabaseInfo:
 * @schema_version: the schema version of the file
 * @latest_schema_version: the newest schema version this program knows
 * @needs_upgrade: whether the file is older than @latest_schema_version
 * @read_only: whether the connection refuses writes
 * @file_size: the size of the database file in bytes (0 for an in-memory database)
 * @n_units: the number of organisation units (0 when the schema predates them)
 *
 * A summary of an open database, as `karier-tool info` prints it.
 */
typedef struct
{
  int schema_version;
  int latest_schema_version;
  gboolean needs_upgrade;
  gboolean read_only;
  gint64 file_size;
  gint64 n_units;
} KrDatabaseInfo;

#define KR_TYPE_DATABASE (kr_database_get_type ())

G_DECLARE_FINAL_TYPE (KrDatabase, kr_database, KR, DATABASE, GObject)

/**
 * kr_database_open:
 * @path: the file name of the database, or ":memory:" for a private in-memory database
 * @flags: how to open it
 * @error: return location for a #GError
 *
 * Opens the Karier database at @path. A missing or empty file is created and initialised to
 * the latest schema (unless @flags forbid it); a file of an older schema is first backed up
 * with the online backup API into its default backup folder ("NAME.backups" beside it, see
 * kr_backups_get_folder(); an "upgrade" backup of kr_backups_list()), then upgraded one
 * migration at a time, each in its own transaction. A file that is not SQLite, belongs to
 * another program, or was written by a newer Karier is refused with %KR_ERROR_NOT_A_DATABASE
 * or %KR_ERROR_SCHEMA_TOO_NEW and is never modified. When the operating system only allows reading the file, it is opened
 * read-only if no upgrade is needed, and refused with %KR_ERROR_READ_ONLY otherwise. When
 * @path is the default path (kr_database_get_default_path()), its folder is created.
 *
 * Returns: (transfer full) (nullable): the database, or %NULL with @error set
 */
KrDatabase *kr_database_open (const char *path, KrDatabaseFlags flags, GError **error);

/**
 * kr_database_open_with_backup_folder:
 * @path: the file name of the database
 * @flags: how to open it
 * @backup_folder: (nullable): the database's backup folder, as kr_backups_get_folder() gives
 *   it for the folder the user chose; %NULL for the default one
 * @error: return location for a #GError
 *
 * kr_database_open(), but a file that needs a schema upgrade is backed up into @backup_folder
 * first (created when missing), under the name kr_backups_build_file_name() gives an
 * "upgrade" backup.
 *
 * Returns: (transfer full) (nullable): the database, or %NULL with @error set
 */
KrDatabase *kr_database_open_with_backup_folder (const char *path,
                                                 KrDatabaseFlags flags,
                                                 const char *backup_folder,
                                                 GError **error);

/**
 * kr_database_get_default_path:
 *
 * Returns the file the application uses when none is given: `karier/karier.db` inside the
 * user's data folder (`$XDG_DATA_HOME`, usually `~/.local/share`). The folder is not created
 * here; kr_database_open() creates it when it opens this path.
 *
 * Returns: (transfer full): a newly allocated file name
 */
char *kr_database_get_default_path (void);

/**
 * kr_database_get_latest_schema_version:
 *
 * Returns the newest schema version this program knows, that is the number of the last
 * migration compiled into it. Files at this version need no upgrade.
 *
 * Returns: the latest schema version, 1 or more
 */
int kr_database_get_latest_schema_version (void);

/**
 * kr_database_get_path:
 * @self: a #KrDatabase
 *
 * Returns the file name the database was opened with.
 *
 * Returns: (transfer none): the file name
 */
const char *kr_database_get_path (KrDatabase *self);

/**
 * kr_database_get_schema_version:
 * @self: a #KrDatabase
 *
 * Returns the schema version of the open file (its `PRAGMA user_version`). After a read-write
 * open this is the latest version; after a read-only open it may be older.
 *
 * Returns: the schema version
 */
int kr_database_get_schema_version (KrDatabase *self);

/**
 * kr_database_is_read_only:
 * @self: a #KrDatabase
 *
 * Returns whether the database refuses writes, because it was opened with
 * %KR_DATABASE_FLAGS_READ_ONLY or because the operating system only allows reading the file.
 *
 * Returns: %TRUE when writes are refused with %KR_ERROR_READ_ONLY
 */
gboolean kr_database_is_read_only (KrDatabase *self);

/**
 * kr_database_needs_upgrade:
 * @self: a #KrDatabase
 *
 * Returns whether the file's schema is older than the latest this program knows. This can only
 * be %TRUE for a read-only database, because a read-write open upgrades the file.
 *
 * Returns: %TRUE when opening the file read-write would upgrade it
 */
gboolean kr_database_needs_upgrade (KrDatabase *self);

/**
 * kr_database_get_upgrade_backup_path:
 * @self: a #KrDatabase
 *
 * Returns the backup that kr_database_open() made of the file before upgrading its schema, a
 * file of its backup folder, so that the user can be told where the previous version was kept.
 *
 * Returns: (transfer none) (nullable): the backup's file name, or %NULL when no upgrade ran
 */
const char *kr_database_get_upgrade_backup_path (KrDatabase *self);

/**
 * kr_database_get_info:
 * @self: a #KrDatabase
 * @info: (out caller-allocates): the summary to fill
 * @error: return location for a #GError
 *
 * Fills @info with the schema versions, the file size and the number of organisation units.
 *
 * Returns: %TRUE on success, %FALSE with @error set when the file could not be read
 */
gboolean kr_database_get_info (KrDatabase *self, KrDatabaseInfo *info, GError **error);

/**
 * kr_database_begin:
 * @self: a #KrDatabase
 * @error: return location for a #GError
 *
 * Starts a write transaction (`BEGIN IMMEDIATE`), so that a busy database is reported here
 * rather than half-way through the changes; another writer's lock is waited for up to 5
 * seconds, then refused with %KR_ERROR_STORAGE. Transactions do not nest. Fails with
 * %KR_ERROR_READ_ONLY on a read-only database, and with %KR_ERROR_STORAGE when the file was
 * deleted, moved or replaced since it was opened (the changes would not reach the file at its
 * path).
 *
 * Returns: %TRUE when the transaction started
 */
gboolean kr_database_begin (KrDatabase *self, GError **error);

/**
 * kr_database_commit:
 * @self: a #KrDatabase
 * @error: return location for a #GError
 *
 * Commits the transaction started by kr_database_begin(). On failure the transaction is still
 * open and the caller should call kr_database_rollback().
 *
 * Returns: %TRUE when the changes were saved
 */
gboolean kr_database_commit (KrDatabase *self, GError **error);

/**
 * kr_database_rollback:
 * @self: a #KrDatabase
 * @error: return location for a #GError
 *
 * Undoes the transaction started by kr_database_begin(). Fails with %KR_ERROR_INVALID when no
 * transaction is open.
 *
 * Returns: %TRUE when the changes were undone
 */
gboolean kr_database_rollback (KrDatabase *self, GError **error);

/**
 * kr_database_backup:
 * @self: a #KrDatabase
 * @dest_path: the file to write the copy to; an existing file there is replaced
 * @error: return location for a #GError
 *
 * Copies the database, while it stays open, to @dest_path with SQLite's online backup API.
 * The copy is written to a temporary file in the destination folder and then renamed into
 * place, so @dest_path is either the old file or a complete copy, never half of one. Fails with
 * %KR_ERROR_INVALID when @dest_path is the database itself or a transaction is open, and with
 * %KR_ERROR_NOT_FOUND when the destination folder does not exist.
 *
 * Returns: %TRUE when the copy is complete
 */
gboolean kr_database_backup (KrDatabase *self, const char *dest_path, GError **error);

/**
 * kr_database_set_identity:
 * @self: a #KrDatabase
 * @identity: (nullable): who signed in, or %NULL to sign out
 *
 * Sets who reads and writes through this connection. Once the database has accounts, the
 * repositories refuse every call without an identity, and every call the identity's role
 * does not allow, with %KR_ERROR_PERMISSION_DENIED; the audit trail names the identity as
 * the author of each change. See kr-identity.h.
 */
void kr_database_set_identity (KrDatabase *self, KrIdentity *identity);

/**
 * kr_database_get_identity:
 * @self: a #KrDatabase
 *
 * Returns: (transfer none) (nullable): who is signed in, or %NULL
 */
KrIdentity *kr_database_get_identity (KrDatabase *self);

/**
 * kr_database_has_accounts:
 * @self: a #KrDatabase
 * @has_accounts: (out): whether the database has at least one account
 * @error: return location for a #GError
 *
 * Whether the database has accounts, and therefore needs someone to sign in. A new database
 * has none until its first administrator is made.
 *
 * Returns: %TRUE when @has_accounts was set
 */
gboolean kr_database_has_accounts (KrDatabase *self, gboolean *has_accounts, GError **error);

G_END_DECLS
