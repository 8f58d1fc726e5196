/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-database"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "kr-backups.h"
#include "kr-core-resources.h"
#include "kr-database-internal.h"
#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* The schema's migrations (the numbered files of migrations/, compiled in) and the backup before an
 * upgrade, into the backup folder of kr-backups.h; kr-database.c opens the file and calls them. */

#define MIGRATIONS_PATH "/io/github/karier/Karier/core/migrations"

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

GStrv
_kr_database_dup_builtin_migrations (void)
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

  if (!_kr_database_query_int (self, "PRAGMA user_version", &value, &error))
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
  if (!_kr_database_query_int (self, "SELECT count(*) FROM pragma_foreign_key_check", &value,
                               &error))
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

gboolean
_kr_database_migrate (KrDatabase *self, const char *const *migrations, GError **error)
{
  gboolean ok = TRUE;

  /* A crash while the schema changes must not cost the upgrade: sync every commit. */
  if (!_kr_database_exec (self, "PRAGMA synchronous = FULL", _ ("Could not upgrade"), error))
    return FALSE;
  for (int version = self->schema_version + 1; ok && version <= self->latest_version; version++)
    ok = run_migration (self, version, migrations[version - 1], error);
  return ok;
}

/* Backups */

gboolean
_kr_database_back_up_before_upgrade (KrDatabase *self,
                                     const char *folder,
                                     GDateTime *now,
                                     GError **error)
{
  /* Into the backup folder, so that the copy is listed, restorable and rotated like the other
   * backups; its file holds, and kr_backups_list() shows, the schema version before the
   * upgrade. */
  g_autofree char *dir = kr_backups_get_folder (self->path, folder);
  g_autoptr (KrBackup) backup = NULL;
  g_autoptr (GError) local_error = NULL;

  backup = kr_backups_create (self, dir, KR_BACKUP_KIND_UPGRADE, now, &local_error);
  if (backup == NULL)
    {
      g_autofree char *name = g_filename_display_name (self->path);

      g_set_error (error, KR_ERROR, KR_ERROR_STORAGE,
                   _ ("“%s” needs an upgrade, but no backup of it could be made first, so it was "
                      "left unchanged. %s"),
                   name, local_error->message);
      return FALSE;
    }
  self->upgrade_backup_path = g_steal_pointer (&backup->path);
  return TRUE;
}

KrDatabase *
kr_database_open_with_backup_folder (const char *path,
                                     KrDatabaseFlags flags,
                                     const char *backup_folder,
                                     GError **error)
{
  KrDatabaseOpenOptions options = { .backup_folder = backup_folder };

  return _kr_database_open_full (path, flags, &options, error);
}
