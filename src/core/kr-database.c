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
#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

#define MIGRATIONS_PATH "/io/github/karier/Karier/core/migrations"
#define IN_MEMORY       ":memory:"
#define BUSY_TIMEOUT_MS 5000
/* The first schema version with the unit table (migrations/0002-unit.sql). */
#define UNIT_SCHEMA_VERSION 2

static const char sqlite_magic[16] = "SQLite format 3";

struct _KrDatabase
{
  GObject parent_instance;

  sqlite3 *db;
  char *path;
  char *upgrade_backup_path;
  int schema_version;
  int latest_version;
  gboolean read_only;
  /* Who is signed in (kr-database-identity.c), and whether the file has accounts: -1 until
   * asked, then cached until the accounts change. */
  KrIdentity *identity;
  int has_accounts;
  /* The device and inode of the file when it was opened: a write to a file deleted, moved or
   * replaced since would go to an inode nobody sees any more (check_same_file()). */
  gboolean has_file_id;
  dev_t file_dev;
  ino_t file_ino;
};

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

static gboolean
exec_sql (KrDatabase *self, const char *sql, const char *doing, GError **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _kr_sqlite_set_error (error, self->db, rc, doing, self->path);
      return FALSE;
    }
  return TRUE;
}

/* Reads the first column of the first row of @sql as an integer. */
static gboolean
query_int (KrDatabase *self, const char *sql, gint64 *out_value, GError **error)
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

/* Migrations */

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The compiled-in migration files, "0001-….sql" first. Only a run of numbers from 1 without
 * gaps counts: a gap is a packaging mistake, which the tests catch. */
static GPtrArray *
list_migration_names (void)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) children = NULL;
  g_autoptr (GError) error = NULL;

  children = g_resource_enumerate_children (kr_core_get_resource (), MIGRATIONS_PATH "/",
                                            G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (children == NULL)
    g_error ("The migrations are missing from the resources: %s", error->message);
  qsort (children, g_strv_length (children), sizeof (char *), compare_strings);

  for (guint i = 0; children[i] != NULL; i++)
    {
      guint64 number = 0;
      g_autofree char *digits = g_strndup (children[i], 4);

      if (!g_ascii_string_to_unsigned (digits, 10, 1, 9999, &number, NULL) ||
          children[i][4] != '-' || !g_str_has_suffix (children[i], ".sql") || number != i + 1)
        {
          g_critical ("Migration %s is out of sequence; expected number %u", children[i], i + 1);
          break;
        }
      g_ptr_array_add (names, g_strdup (children[i]));
    }
  return g_steal_pointer (&names);
}

int
kr_database_get_latest_schema_version (void)
{
  g_autoptr (GPtrArray) names = list_migration_names ();

  return (int) names->len;
}

char *
_kr_database_dup_migration_sql (int version)
{
  g_autoptr (GPtrArray) names = list_migration_names ();
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *resource = NULL;

  g_return_val_if_fail (version >= 1 && (guint) version <= names->len, NULL);

  resource = g_build_path ("/", MIGRATIONS_PATH, g_ptr_array_index (names, version - 1), NULL);
  bytes = g_resource_lookup_data (kr_core_get_resource (), resource, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                  NULL);
  g_assert (bytes != NULL);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static GStrv
dup_builtin_migrations (void)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  int latest = kr_database_get_latest_schema_version ();

  for (int version = 1; version <= latest; version++)
    {
      g_autofree char *sql = _kr_database_dup_migration_sql (version);

      g_strv_builder_add (builder, sql);
    }
  return g_strv_builder_end (builder);
}

/* Binds the values that migrations may refer to by name. */
static void
bind_migration_parameters (sqlite3_stmt *stmt)
{
  int index = sqlite3_bind_parameter_index (stmt, ":program_version");

  if (index > 0)
    sqlite3_bind_text (stmt, index, PACKAGE_VERSION, -1, SQLITE_STATIC);

  index = sqlite3_bind_parameter_index (stmt, ":now");
  if (index > 0)
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
      g_autofree char *text = g_date_time_format_iso8601 (now);

      sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
    }
}

/* Runs every statement of @script; on failure leaves the SQLite message in @detail. */
static gboolean
run_script (KrDatabase *self, const char *script, char **detail)
{
  const char *next = script;

  while (*next != '\0')
    {
      sqlite3_stmt *stmt = NULL;
      int rc = sqlite3_prepare_v2 (self->db, next, -1, &stmt, &next);

      if (rc == SQLITE_OK && stmt != NULL)
        {
          bind_migration_parameters (stmt);
          while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
            ;
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
      if (rc != SQLITE_OK)
        *detail = g_strdup (sqlite3_errmsg (self->db));
      sqlite3_finalize (stmt);
      if (rc != SQLITE_OK)
        return FALSE;
    }
  return TRUE;
}

/* Checks what a migration left behind inside its transaction, before it is committed. */
static gboolean
check_migration (KrDatabase *self, int version, char **detail)
{
  gint64 value = 0;
  g_autoptr (GError) error = NULL;

  if (!query_int (self, "PRAGMA user_version", &value, &error))
    {
      *detail = g_strdup (error->message);
      return FALSE;
    }
  if (value != version)
    {
      *detail = g_strdup_printf (_ ("the migration set the schema version to %d instead of %d"),
                                 (int) value, version);
      return FALSE;
    }
  if (!query_int (self, "SELECT count(*) FROM pragma_foreign_key_check", &value, &error))
    {
      *detail = g_strdup (error->message);
      return FALSE;
    }
  if (value != 0)
    {
      *detail = g_strdup (_ ("the migration left references to missing rows"));
      return FALSE;
    }
  return TRUE;
}

static void
set_migration_error (KrDatabase *self, GError **error, int version, const char *detail)
{
  g_autofree char *name = g_filename_display_name (self->path);

  if (self->upgrade_backup_path != NULL)
    {
      g_autofree char *backup = g_filename_display_name (self->upgrade_backup_path);

      g_set_error (error, KR_ERROR, KR_ERROR_STORAGE,
                   _ ("Could not upgrade “%s” to schema version %d: %s. The file was left at "
                      "version %d and a copy made before the upgrade is in “%s”; report this "
                      "to the Karier developers"),
                   name, version, detail, self->schema_version, backup);
    }
  else
    {
      g_set_error (error, KR_ERROR, KR_ERROR_STORAGE,
                   _ ("Could not set up “%s” at schema version %d: %s. The file was left at "
                      "version %d; report this to the Karier developers"),
                   name, version, detail, self->schema_version);
    }
}

/* Brings the file to @version in one transaction, or leaves it as it was. */
static gboolean
run_migration (KrDatabase *self, int version, const char *sql, GError **error)
{
  g_autofree char *detail = NULL;
  int rc;

  rc = sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      _kr_sqlite_set_error (error, self->db, rc, _ ("Could not upgrade"), self->path);
      return FALSE;
    }
  if (run_script (self, sql, &detail) && check_migration (self, version, &detail))
    {
      rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        {
          self->schema_version = version;
          return TRUE;
        }
      detail = g_strdup (sqlite3_errmsg (self->db));
    }
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  set_migration_error (self, error, version, detail);
  return FALSE;
}

static gboolean
migrate (KrDatabase *self, const char *const *migrations, GError **error)
{
  gboolean ok = TRUE;

  /* A crash while the schema changes must not cost the upgrade: sync every commit. */
  if (!exec_sql (self, "PRAGMA synchronous = FULL", _ ("Could not upgrade"), error))
    return FALSE;
  for (int version = self->schema_version + 1; ok && version <= self->latest_version; version++)
    ok = run_migration (self, version, migrations[version - 1], error);
  return ok;
}

/* Backups */

static gboolean
back_up_before_upgrade (KrDatabase *self, const char *folder, GError **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%S");
  g_autofree char *base = g_path_get_basename (self->path);
  g_autofree char *dir = folder != NULL ? g_strdup (folder) : g_path_get_dirname (self->path);
  g_autofree char *file = g_strdup_printf ("%s.v%d-%s.bak", base, self->schema_version, stamp);
  g_autofree char *dest = g_build_filename (dir, file, NULL);
  g_autoptr (GError) local_error = NULL;

  for (guint n = 2; g_file_test (dest, G_FILE_TEST_EXISTS); n++)
    {
      g_free (file);
      g_free (dest);
      file = g_strdup_printf ("%s.v%d-%s-%u.bak", base, self->schema_version, stamp, n);
      dest = g_build_filename (dir, file, NULL);
    }

  if (!kr_database_backup (self, dest, &local_error))
    {
      g_autofree char *name = g_filename_display_name (self->path);

      g_set_error (error, KR_ERROR, KR_ERROR_STORAGE,
                   _ ("“%s” needs an upgrade, but no backup of it could be made first, so it was "
                      "left unchanged. %s"),
                   name, local_error->message);
      return FALSE;
    }
  self->upgrade_backup_path = g_steal_pointer (&dest);
  return TRUE;
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
      if (!exec_sql (self, "PRAGMA query_only = ON", _ ("Could not open"), error))
        return FALSE;
    }
  if (sqlite3_db_readonly (self->db, "main") == 1)
    self->read_only = TRUE;

  /* 32 MiB of page cache (the default is 2 MiB): a bulk load of a province spills less to
   * disk inside its one transaction, and list pages deep into 10^6 rows stay in memory. */
  if (!exec_sql (self, "PRAGMA cache_size = -32768", _ ("Could not open"), error))
    return FALSE;

  return exec_sql (self, "PRAGMA foreign_keys = ON", _ ("Could not open"), error);
}

/* Reads the file's identity and refuses files that are not Karier databases of a version this
 * program knows. Reading writes nothing, so refused files stay as they were. */
static gboolean
identify (KrDatabase *self, GError **error)
{
  gint64 application_id = 0, version = 0, n_tables = 0;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *name = g_filename_display_name (self->path);

  if (!query_int (self, "PRAGMA application_id", &application_id, &local_error) ||
      !query_int (self, "PRAGMA user_version", &version, &local_error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_master WHERE substr(name, 1, 7) <> 'sqlite_'",
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
upgrade (KrDatabase *self, const char *const *migrations, const char *backup_folder, GError **error)
{
  gboolean in_memory = g_strcmp0 (self->path, IN_MEMORY) == 0;

  if (self->schema_version >= 1 && !in_memory &&
      !back_up_before_upgrade (self, backup_folder, error))
    return FALSE;
  if (!exec_sql (self, "PRAGMA journal_mode = WAL", _ ("Could not open"), error))
    return FALSE;
  return migrate (self, migrations, error);
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
      builtin = dup_builtin_migrations ();
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
                          : !upgrade (self, migrations, options->backup_folder, error))
        return NULL;
    }
  else if (!self->read_only &&
           !exec_sql (self, "PRAGMA journal_mode = WAL", _ ("Could not open"), error))
    return NULL;

  if (!exec_sql (self, "PRAGMA synchronous = NORMAL", _ ("Could not open"), error))
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

gboolean
kr_database_get_info (KrDatabase *self, KrDatabaseInfo *info, GError **error)
{
  GStatBuf buf;
  gint64 n_units = 0;

  g_return_val_if_fail (KR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->schema_version >= UNIT_SCHEMA_VERSION &&
      !query_int (self, "SELECT count(*) FROM unit", &n_units, error))
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
         exec_sql (self, "BEGIN IMMEDIATE", _ ("Could not start saving changes to"), error);
}

gboolean
kr_database_commit (KrDatabase *self, GError **error)
{
  g_return_val_if_fail (KR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_transaction (self, TRUE, error) &&
         exec_sql (self, "COMMIT", _ ("Could not save changes to"), error);
}

gboolean
kr_database_rollback (KrDatabase *self, GError **error)
{
  g_return_val_if_fail (KR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_transaction (self, TRUE, error) &&
         exec_sql (self, "ROLLBACK", _ ("Could not undo changes to"), error);
}
