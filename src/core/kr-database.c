/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-database"

#include "config.h"

#include "kr-database.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "kr-audit-private.h"
#include "kr-core-resources.h"
#include "kr-database-internal.h"
#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

#define IN_MEMORY       ":memory:"
#define BUSY_TIMEOUT_MS 5000
/* The first schema version with the unit table (migrations/0002-unit.sql). */
#define UNIT_SCHEMA_VERSION 2

static const char sqlite_magic[16] = "SQLite format 3";

G_DEFINE_FINAL_TYPE (KrDatabase, kr_database, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_PATH,
  PROP_SCHEMA_VERSION,
  PROP_READ_ONLY,
  PROP_NEEDS_UPGRADE,
  PROP_UPGRADE_BACKUP_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kr_database_finalize (GObject *object)
{
  KrDatabase *self = KR_DATABASE (object);

  if (self->db != NULL)
    {
      int rc = sqlite3_close (self->db);

      if (rc != SQLITE_OK)
        g_critical ("Closing %s left statements unfinalised: %s", self->path, sqlite3_errstr (rc));
    }
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->upgrade_backup_path, g_free);
  g_clear_pointer (&self->identity, kr_identity_unref);

  G_OBJECT_CLASS (kr_database_parent_class)->finalize (object);
}

static void
kr_database_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrDatabase *self = KR_DATABASE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_SCHEMA_VERSION:
      g_value_set_int (value, self->schema_version);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_NEEDS_UPGRADE:
      g_value_set_boolean (value, kr_database_needs_upgrade (self));
      break;
    case PROP_UPGRADE_BACKUP_PATH:
      g_value_set_string (value, self->upgrade_backup_path);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_database_class_init (KrDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kr_database_finalize;
  object_class->get_property = kr_database_get_property;

  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, flags);
  properties[PROP_SCHEMA_VERSION] =
      g_param_spec_int ("schema-version", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, FALSE, flags);
  properties[PROP_NEEDS_UPGRADE] = g_param_spec_boolean ("needs-upgrade", NULL, NULL, FALSE, flags);
  properties[PROP_UPGRADE_BACKUP_PATH] =
      g_param_spec_string ("upgrade-backup-path", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kr_database_init (KrDatabase *self)
{
  self->has_accounts = -1;
}

/* Errors */

void
_kr_database_set_error (KrDatabase *self, GError **error, int rc, const char *doing)
{
  g_return_if_fail (KR_IS_DATABASE (self));
  g_return_if_fail (doing != NULL);

  _kr_sqlite_set_error (error, self->db, rc, doing, self->path);
}

gboolean
_kr_database_exec (KrDatabase *self, const char *sql, const char *doing, GError **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _kr_sqlite_set_error (error, self->db, rc, doing, self->path);
      return FALSE;
    }
  return TRUE;
}

gboolean
_kr_database_query_int (KrDatabase *self, const char *sql, gint64 *out_value, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *out_value = sqlite3_column_int64 (stmt, 0);
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_OK)
    _kr_sqlite_set_error (error, self->db, rc, _ ("Could not read"), self->path);
  sqlite3_finalize (stmt);
  return rc == SQLITE_OK;
}

/* Opening */

char *
kr_database_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "karier", "karier.db", NULL);
}

/* Prepares a missing file: refuses it under NO_CREATE, or creates it empty and private. */
static gboolean
create_missing_file (const char *path, KrDatabaseFlags flags, gboolean *created, GError **error)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *default_path = kr_database_get_default_path ();
  int fd, saved_errno;

  if (flags & KR_DATABASE_FLAGS_NO_CREATE)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                   _ ("The database “%s” does not exist; check the file name"), name);
      return FALSE;
    }
  if (_kr_file_is_same (path, default_path))
    g_mkdir_with_parents (folder, 0700);

  /* Personnel records: only the owner may read the file (SQLite gives -wal/-shm the same). */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      saved_errno = errno;
      if (saved_errno == EEXIST)
        return TRUE;
      g_set_error (error, KR_ERROR, KR_ERROR_STORAGE,
                   _ ("Cannot create the database “%s”: %s; check that its folder exists and that "
                      "you may write there"),
                   name, g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);
  *created = TRUE;
  return TRUE;
}

static void
set_not_karier_error (GError **error, const char *path)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, KR_ERROR, KR_ERROR_NOT_A_DATABASE,
               _ ("“%s” is not a Karier database; choose a database file made by Karier, or a new "
                  "file name to start an empty one"),
               name);
}

/* Refuses, before SQLite touches it, a file that cannot be an SQLite database at all. */
static gboolean
check_existing_file (const char *path, GError **error)
{
  char header[sizeof sqlite_magic] = { 0 };
  g_autofree char *name = g_filename_display_name (path);
  FILE *file;
  size_t n_read;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_A_DATABASE,
                   _ ("“%s” is a folder, not a Karier database; choose a database file"), name);
      return FALSE;
    }
  file = g_fopen (path, "rbe");
  if (file == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, KR_ERROR, KR_ERROR_STORAGE,
                   _ ("Cannot read “%s”: %s; check that you may read the file"), name,
                   g_strerror (saved_errno));
      return FALSE;
    }
  n_read = fread (header, 1, sizeof header, file);
  fclose (file);

  /* An empty file is a new database; SQLite initialises it. */
  if (n_read != 0 && (n_read < sizeof header || memcmp (header, sqlite_magic, sizeof header) != 0))
    {
      set_not_karier_error (error, path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
open_connection (KrDatabase *self, KrDatabaseFlags flags, GError **error)
{
  int open_flags = SQLITE_OPEN_READWRITE;
  int rc;

  if (!(flags & KR_DATABASE_FLAGS_NO_CREATE))
    open_flags |= SQLITE_OPEN_CREATE;

  rc = sqlite3_open_v2 (self->path, &self->db, open_flags, NULL);
  if (rc != SQLITE_OK)
    {
      _kr_sqlite_set_error (error, self->db, rc, _ ("Could not open"), self->path);
      return FALSE;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  /* The audit triggers call these: without them no audited table can be written. */
  if (!_kr_audit_register_functions (self, self->db, error))
    return FALSE;
  if (!_kr_database_register_rule_functions (self, self->db, error))
    return FALSE;

  /* A read-only database is opened for writing but refuses writes, so that closing it
   * removes the -wal and -shm files as usual instead of leaving them behind. */
  if (flags & KR_DATABASE_FLAGS_READ_ONLY)
    {
      if (!_kr_database_exec (self, "PRAGMA query_only = ON", _ ("Could not open"), error))
        return FALSE;
    }
  if (sqlite3_db_readonly (self->db, "main") == 1)
    self->read_only = TRUE;

  /* 8 MiB of page cache (the default is 2 MiB), so that the pages of the lists in use stay
   * in memory; bulk loads raise it to 32 MiB while they run (kr-employee-repository-bulk.c).
   * Not more: the GUI's memory target at national scale (300 MB, tests/bench/RESULTS.md)
   * leaves no room, and the operating system keeps the file's pages anyway. A connection
   * that reads through the data once keeps the default. */
  if (!(flags & KR_DATABASE_FLAGS_ONE_PASS) &&
      !_kr_database_exec (self, "PRAGMA cache_size = -8192", _ ("Could not open"), error))
    return FALSE;

  return _kr_database_exec (self, "PRAGMA foreign_keys = ON", _ ("Could not open"), error);
}

/* Reads the file's identity and refuses files that are not Karier databases of a version this
 * program knows. Reading writes nothing, so refused files stay as they were. */
static gboolean
identify (KrDatabase *self, GError **error)
{
  gint64 application_id = 0, version = 0, n_tables = 0;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *name = g_filename_display_name (self->path);

  if (!_kr_database_query_int (self, "PRAGMA application_id", &application_id, &local_error) ||
      !_kr_database_query_int (self, "PRAGMA user_version", &version, &local_error) ||
      !_kr_database_query_int (
          self, "SELECT count(*) FROM sqlite_master WHERE substr(name, 1, 7) <> 'sqlite_'",
          &n_tables, &local_error))
    {
      if (g_error_matches (local_error, KR_ERROR, KR_ERROR_NOT_A_DATABASE))
        set_not_karier_error (error, self->path);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (application_id == 0 && version == 0 && n_tables == 0)
    {
      self->schema_version = 0;
      return TRUE;
    }
  if (application_id != KR_DATABASE_APPLICATION_ID || version < 1)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_A_DATABASE,
                   _ ("“%s” is not a Karier database: it is an SQLite database that belongs to "
                      "another program. Karier leaves it unchanged; choose a database file made "
                      "by Karier"),
                   name);
      return FALSE;
    }
  if (version > self->latest_version)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_SCHEMA_TOO_NEW,
                   _ ("“%s” was written by a newer version of Karier (schema version %d; this "
                      "version knows up to %d). Update Karier to open it"),
                   name, (int) version, self->latest_version);
      return FALSE;
    }
  self->schema_version = (int) version;
  return TRUE;
}

/* What may be done with an older file that cannot be written. */
static gboolean
check_read_only_upgrade (KrDatabase *self, KrDatabaseFlags flags, GError **error)
{
  g_autofree char *name = g_filename_display_name (self->path);

  if (self->schema_version == 0)
    {
      if (flags & KR_DATABASE_FLAGS_READ_ONLY)
        g_set_error (error, KR_ERROR, KR_ERROR_NOT_A_DATABASE,
                     _ ("“%s” is empty, not a Karier database yet; open it for writing to set it "
                        "up"),
                     name);
      else
        g_set_error (error, KR_ERROR, KR_ERROR_READ_ONLY,
                     _ ("“%s” cannot be set up as a new database because it can only be read; "
                        "make the file writable"),
                     name);
      return FALSE;
    }
  if (!(flags & KR_DATABASE_FLAGS_READ_ONLY))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_READ_ONLY,
                   _ ("“%s” needs an upgrade from schema version %d to %d, which cannot be done "
                      "while the file can only be read; make the file writable"),
                   name, self->schema_version, self->latest_version);
      return FALSE;
    }
  return TRUE;
}

static gboolean
upgrade (KrDatabase *self,
         const char *const *migrations,
         const KrDatabaseOpenOptions *options,
         GError **error)
{
  gboolean in_memory = g_strcmp0 (self->path, IN_MEMORY) == 0;

  if (self->schema_version >= 1 && !in_memory &&
      !_kr_database_back_up_before_upgrade (self, options->backup_folder, options->upgrade_time,
                                            error))
    return FALSE;
  if (!_kr_database_exec (self, "PRAGMA journal_mode = WAL", _ ("Could not open"), error))
    return FALSE;
  return _kr_database_migrate (self, migrations, error);
}

/* Remembers which file the connection writes to. */
static void
remember_file (KrDatabase *self)
{
  if (g_strcmp0 (self->path, IN_MEMORY) != 0)
    self->has_file_id = _kr_file_get_id (self->path, &self->file_dev, &self->file_ino);
}

/* Refuses to write when the path no longer names the file that was opened. */
static gboolean
check_same_file (KrDatabase *self, GError **error)
{
  return !self->has_file_id ||
         _kr_file_check_id (self->path, self->file_dev, self->file_ino, error);
}

static KrDatabase *
open_database (const char *path,
               KrDatabaseFlags flags,
               const KrDatabaseOpenOptions *options,
               gboolean *created,
               GError **error)
{
  g_autoptr (KrDatabase) self = g_object_new (KR_TYPE_DATABASE, NULL);
  g_auto (GStrv) builtin = NULL;
  const char *const *migrations = options->migrations;

  self->latest_version = (int) options->n_migrations;
  if (migrations == NULL)
    {
      builtin = _kr_database_dup_builtin_migrations ();
      migrations = (const char *const *) builtin;
      self->latest_version = (int) g_strv_length (builtin);
    }
  self->path = g_strdup (path);
  self->read_only = (flags & KR_DATABASE_FLAGS_READ_ONLY) != 0;

  if (g_strcmp0 (path, IN_MEMORY) != 0)
    {
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          if (!create_missing_file (path, flags, created, error))
            return NULL;
        }
      else if (!check_existing_file (path, error))
        return NULL;
    }
  if (!open_connection (self, flags, error) || !identify (self, error))
    return NULL;

  if (self->schema_version < self->latest_version)
    {
      if (self->read_only ? !check_read_only_upgrade (self, flags, error)
                          : !upgrade (self, migrations, options, error))
        return NULL;
    }
  else if (!self->read_only &&
           !_kr_database_exec (self, "PRAGMA journal_mode = WAL", _ ("Could not open"), error))
    return NULL;

  if (!_kr_database_exec (self, "PRAGMA synchronous = NORMAL", _ ("Could not open"), error))
    return NULL;
  remember_file (self);
  return g_steal_pointer (&self);
}

KrDatabase *
_kr_database_open_full (const char *path,
                        KrDatabaseFlags flags,
                        const KrDatabaseOpenOptions *options,
                        GError **error)
{
  static const KrDatabaseOpenOptions defaults = { 0 };
  gboolean created = FALSE;
  KrDatabase *self;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);
  g_return_val_if_fail (options == NULL || options->migrations == NULL || options->n_migrations > 0,
                        NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (flags & KR_DATABASE_FLAGS_READ_ONLY)
    flags |= KR_DATABASE_FLAGS_NO_CREATE;

  self = open_database (path, flags, options != NULL ? options : &defaults, &created, error);
  /* Leave nothing behind when a file created here could not be set up. */
  if (self == NULL && created)
    _kr_file_remove_temporary (path);
  return self;
}

KrDatabase *
kr_database_open (const char *path, KrDatabaseFlags flags, GError **error)
{
  return _kr_database_open_full (path, flags, NULL, error);
}

/* Getters */

const char *
kr_database_get_path (KrDatabase *self)
{
  g_return_val_if_fail (KR_IS_DATABASE (self), NULL);

  return self->path;
}

int
kr_database_get_schema_version (KrDatabase *self)
{
  g_return_val_if_fail (KR_IS_DATABASE (self), 0);

  return self->schema_version;
}

void
kr_database_set_identity (KrDatabase *self, KrIdentity *identity)
{
  g_return_if_fail (KR_IS_DATABASE (self));

  if (identity != NULL)
    kr_identity_ref (identity);
  g_clear_pointer (&self->identity, kr_identity_unref);
  self->identity = identity;
}

KrIdentity *
kr_database_get_identity (KrDatabase *self)
{
  g_return_val_if_fail (KR_IS_DATABASE (self), NULL);

  return self->identity;
}

int *
_kr_database_get_has_accounts_cache (KrDatabase *self)
{
  return &self->has_accounts;
}

gboolean
kr_database_is_read_only (KrDatabase *self)
{
  g_return_val_if_fail (KR_IS_DATABASE (self), FALSE);

  return self->read_only;
}

gboolean
kr_database_needs_upgrade (KrDatabase *self)
{
  g_return_val_if_fail (KR_IS_DATABASE (self), FALSE);

  return self->schema_version < self->latest_version;
}

const char *
kr_database_get_upgrade_backup_path (KrDatabase *self)
{
  g_return_val_if_fail (KR_IS_DATABASE (self), NULL);

  return self->upgrade_backup_path;
}

sqlite3 *
_kr_database_get_handle (KrDatabase *self)
{
  g_return_val_if_fail (KR_IS_DATABASE (self), NULL);

  return self->db;
}

const char *
_kr_database_get_shared_path (KrDatabase *self)
{
  g_return_val_if_fail (KR_IS_DATABASE (self), NULL);

  /* Another connection sees the same data only in a file. */
  if (self->path == NULL || *self->path == '\0' || g_str_equal (self->path, ":memory:") ||
      !g_file_test (self->path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  return self->path;
}

gboolean
_kr_database_get_fingerprint (KrDatabase *self, gint64 fingerprint[2])
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (KR_IS_DATABASE (self), FALSE);

  if (!sqlite3_get_autocommit (self->db) ||
      sqlite3_prepare_v2 (self->db, "PRAGMA data_version", -1, &stmt, NULL) != SQLITE_OK)
    {
      sqlite3_finalize (stmt);
      return FALSE;
    }
  ok = sqlite3_step (stmt) == SQLITE_ROW;
  if (ok)
    {
      fingerprint[0] = sqlite3_column_int64 (stmt, 0);
      fingerprint[1] = sqlite3_total_changes64 (self->db);
    }
  sqlite3_finalize (stmt);
  return ok;
}

gboolean
kr_database_get_info (KrDatabase *self, KrDatabaseInfo *info, GError **error)
{
  GStatBuf buf;
  gint64 n_units = 0;

  g_return_val_if_fail (KR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->schema_version >= UNIT_SCHEMA_VERSION &&
      !_kr_database_query_int (self, "SELECT count(*) FROM unit", &n_units, error))
    return FALSE;

  info->schema_version = self->schema_version;
  info->latest_schema_version = self->latest_version;
  info->needs_upgrade = kr_database_needs_upgrade (self);
  info->read_only = self->read_only;
  info->file_size = 0;
  if (g_strcmp0 (self->path, IN_MEMORY) != 0 && g_stat (self->path, &buf) == 0)
    info->file_size = buf.st_size;
  info->n_units = n_units;
  return TRUE;
}

/* Transactions */

static gboolean
check_transaction (KrDatabase *self, gboolean want_open, GError **error)
{
  gboolean is_open = !sqlite3_get_autocommit (self->db);
  g_autofree char *name = g_filename_display_name (self->path);

  if (is_open == want_open)
    return TRUE;
  if (is_open)
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                 _ ("A transaction is already open on “%s”; finish it before starting another"),
                 name);
  else
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("No transaction is open on “%s”"), name);
  return FALSE;
}

gboolean
kr_database_begin (KrDatabase *self, GError **error)
{
  g_return_val_if_fail (KR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->read_only)
    {
      g_autofree char *name = g_filename_display_name (self->path);

      g_set_error (error, KR_ERROR, KR_ERROR_READ_ONLY,
                   _ ("“%s” is open read-only, so changes cannot be saved; open it for writing "
                      "to make changes"),
                   name);
      return FALSE;
    }
  return check_transaction (self, FALSE, error) && check_same_file (self, error) &&
         _kr_database_exec (self, "BEGIN IMMEDIATE", _ ("Could not start saving changes to"),
                            error);
}

gboolean
kr_database_commit (KrDatabase *self, GError **error)
{
  g_return_val_if_fail (KR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_transaction (self, TRUE, error) &&
         _kr_database_exec (self, "COMMIT", _ ("Could not save changes to"), error);
}

gboolean
kr_database_rollback (KrDatabase *self, GError **error)
{
  g_return_val_if_fail (KR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_transaction (self, TRUE, error) &&
         _kr_database_exec (self, "ROLLBACK", _ ("Could not undo changes to"), error);
}
