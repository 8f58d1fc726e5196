/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>
#include <sys/types.h>

#include "kr-database.h"

G_BEGIN_DECLS

/**
 * KrDatabaseOpenOptions:
 * @migrations: (nullable): the SQL of each migration, version 1 first, instead of the ones
 *   compiled in; lets tests build files of earlier versions and inject failing migrations
 * @n_migrations: the number of entries in @migrations, which becomes the latest version
 * @backup_folder: (nullable): the backup folder (kr_backups_get_folder()) that receives the
 *   backup made before an upgrade, instead of the default "NAME.backups" beside the database
 * @upgrade_time: (nullable): the time to name that backup by, instead of now; lets tests make
 *   two upgrades fall in the same second
 *
 * Internal options of _kr_database_open_full(). All-zero means the behaviour of
 * kr_database_open().
 */
typedef struct
{
  const char *const *migrations;
  guint n_migrations;
  const char *backup_folder;
  GDateTime *upgrade_time;
} KrDatabaseOpenOptions;

/**
 * _kr_database_open_full:
 * @path: the file name of the database
 * @flags: how to open it
 * @options: (nullable): internal options; %NULL for the defaults
 * @error: return location for a #GError
 *
 * kr_database_open() with internal options, for tests of migrations and upgrades.
 *
 * Returns: (transfer full) (nullable): the database, or %NULL with @error set
 */
KrDatabase *_kr_database_open_full (const char *path,
                                    KrDatabaseFlags flags,
                                    const KrDatabaseOpenOptions *options,
                                    GError **error);

/**
 * _kr_database_dup_migration_sql:
 * @version: a schema version, from 1 to kr_database_get_latest_schema_version()
 *
 * Returns the SQL of the compiled-in migration that brings a file to @version.
 *
 * Returns: (transfer full): the SQL text
 */
char *_kr_database_dup_migration_sql (int version);

/**
 * _kr_database_get_handle:
 * @self: a #KrDatabase
 *
 * Returns the SQLite connection, for the repositories of core. The connection belongs to
 * @self and to the thread that opened it; do not close it or change its pragmas.
 *
 * Returns: (transfer none): the connection
 */
sqlite3 *_kr_database_get_handle (KrDatabase *self);

/**
 * _kr_database_get_shared_path:
 * @self: a #KrDatabase
 *
 * Returns the file that another connection can open to read what @self holds, for work in
 * a worker thread with a connection of its own; %NULL for an in-memory database.
 *
 * Returns: (transfer none) (nullable): the path, or %NULL
 */
const char *_kr_database_get_shared_path (KrDatabase *self);

/**
 * _kr_database_get_fingerprint:
 * @self: a #KrDatabase
 * @fingerprint: (out caller-allocates): two numbers that move whenever the data change
 *
 * Reads PRAGMA data_version, which moves when another connection commits, and the total
 * changes of @self's connection. What a worker connection read is what @self sees while the
 * fingerprint stays the one taken when the work was asked for.
 *
 * Returns: %FALSE when the connection is inside a transaction, whose changes another
 *   connection cannot see yet, or the pragma failed
 */
gboolean _kr_database_get_fingerprint (KrDatabase *self, gint64 fingerprint[2]);

/**
 * _kr_database_set_error:
 * @self: a #KrDatabase
 * @error: return location for a #GError
 * @rc: the SQLite result code that failed
 * @doing: a translated phrase saying what failed, such as "Could not save the unit"
 *
 * Sets @error from a failed SQLite call on @self's connection: %KR_ERROR_READ_ONLY for a
 * write refused as read-only, %KR_ERROR_CONFLICT for a broken constraint,
 * %KR_ERROR_NOT_A_DATABASE for a file SQLite cannot read, %KR_ERROR_STORAGE otherwise. The
 * message starts with @doing and names the file.
 */
void _kr_database_set_error (KrDatabase *self, GError **error, int rc, const char *doing);

/* Registers the SQL functions over the rule tables that views and triggers call (kr_jp_duty);
 * kr-database-functions.c */
gboolean _kr_database_register_rule_functions (KrDatabase *self, sqlite3 *db, GError **error);

/* Sets @error from SQLite result @rc on @db: "@doing “@path”: what went wrong", with the
 * KR_ERROR code that fits (read-only, busy, full disk, not a database, storage). */
void
_kr_sqlite_set_error (GError **error, sqlite3 *db, int rc, const char *doing, const char *path);

/* Reads the device and inode of @path; FALSE when it cannot be read. */
gboolean _kr_file_get_id (const char *path, dev_t *dev, ino_t *ino);

/* Checks that @path still names the file of @dev and @ino; otherwise sets a KR_ERROR_STORAGE
 * saying that it was deleted, moved or replaced while open, and returns FALSE. */
gboolean _kr_file_check_id (const char *path, dev_t dev, ino_t ino, GError **error);

/* Whether paths @a and @b name the same file (same device and inode). */
gboolean _kr_file_is_same (const char *a, const char *b);

/* Removes a temporary file left by a failed write, and the -journal, -wal and -shm files
 * SQLite may have kept beside it (kr-file-temporary.c). */
void _kr_file_remove_temporary (const char *tmp_path);

/* The names of the temporaries of backups and of restores: hidden, then six characters. */
#define KR_BACKUP_TEMPORARY_PREFIX  ".karier-backup-"
#define KR_RESTORE_TEMPORARY_PREFIX ".karier-restore-"

/* Creates an empty private file in @folder named @prefix and six random characters, and locks
 * it (flock) for as long as *@fd stays open: close *@fd once the file is renamed into place or
 * removed. Returns: (transfer full) (nullable): its path, or %NULL with errno set. */
char *_kr_file_make_temporary (const char *folder, const char *prefix, int *fd);

/* Files written whole or not at all (kr-file-replace.c). */

/* Sets a G_IO_ERROR from @saved_errno: "Cannot write “@path”: reason". */
void _kr_file_set_write_error (GError **error, const char *path, int saved_errno);

/* Creates an empty hidden file beside @path, with @mode less the umask, to be written and then
 * given to _kr_file_replace_end (). Returns: (transfer full) (nullable): its path, or %NULL
 * with @error set. */
char *_kr_file_replace_begin (const char *path, int mode, GError **error);

/* Renames the complete @temporary over @path when @ok, or removes it when not (@error then
 * already holds why). Returns: whether @path now holds the new content. */
gboolean
_kr_file_replace_end (const char *temporary, const char *path, gboolean ok, GError **error);

typedef gboolean (*KrFileWriteFunc) (GOutputStream *stream, gpointer user_data, GError **error);

/* Writes @path whole or not at all: @write fills a stream on a temporary beside it, which then
 * replaces @path, or is removed when @write, closing or renaming fails. */
gboolean _kr_file_replace_with_stream (const char *path,
                                       int mode,
                                       KrFileWriteFunc write,
                                       gpointer user_data,
                                       GCancellable *cancellable,
                                       GError **error);

/* Removes the temporaries of _kr_file_make_temporary () with @prefix in @folder that nobody
 * holds and that are older than a minute: those of a copy that was killed. Returns how many. */
guint _kr_file_remove_stale_temporaries (const char *folder, const char *prefix);

/* The cache of kr_database_has_accounts(): -1 unknown, 0 or 1. The account repository sets it
 * back to -1 after each change of the accounts. */
int *_kr_database_get_has_accounts_cache (KrDatabase *self);

/**
 * _kr_database_check:
 * @self: a #KrDatabase
 * @permission: what the call needs
 * @error: return location for a #GError
 *
 * Checks that the signed-in identity may do @permission: always when the database has no
 * accounts; otherwise only with an identity whose role grants it.
 *
 * Returns: %TRUE when allowed; otherwise sets %KR_ERROR_PERMISSION_DENIED
 */
gboolean _kr_database_check (KrDatabase *self, KrPermission permission, GError **error);

/**
 * _kr_database_get_scope_unit:
 * @self: a #KrDatabase
 *
 * Returns: the unit whose subtree the signed-in unit head reads, or 0 when reading is not
 *   limited to a subtree
 */
gint64 _kr_database_get_scope_unit (KrDatabase *self);

/**
 * _kr_database_check_in_scope:
 * @self: a #KrDatabase
 * @unit_id: the current unit of an employee, 0 for none
 * @error: return location for a #GError
 *
 * Checks that an employee of @unit_id is readable: always, unless a unit head is signed in,
 * who reads only the employees of the subtree they lead.
 *
 * Returns: %TRUE when readable; otherwise sets %KR_ERROR_PERMISSION_DENIED
 */
gboolean _kr_database_check_in_scope (KrDatabase *self, gint64 unit_id, GError **error);

/* The SQL condition, with one parameter for the scope unit, that keeps the employees "e" of
 * the subtree of a unit. */
#define KR_SCOPE_CONDITION                                                                         \
  "e.unit_id IN (WITH RECURSIVE scope (id) AS (SELECT id FROM unit WHERE id = ? UNION ALL "        \
  "SELECT child.id FROM unit child JOIN scope ON child.parent_id = scope.id) SELECT id FROM "      \
  "scope)"

G_END_DECLS
