/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-tool-backup"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "kr-backups.h"
#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-test-tool.h"
#include "kr-test-utils.h"

/* `karier-tool backup list|create|restore|rotate`: the backup folder from the command line
 * (the `backup DATABASE DEST` copy is tested in test-tool.c). */

typedef KrToolFixture Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_set_up (fixture, "kr-tool-backup-XXXXXX", NULL);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_tear_down (fixture);
}

/* Adds units named @first, @first + 1… up to @n of them to the fixture's database. */
static void
add_units (Fixture *fixture, int first, int n)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);

  g_assert_no_error (error);
  for (int i = first; i < first + n; i++)
    {
      g_autofree char *sql = g_strdup_printf (
          "INSERT INTO unit (code, name, kind) VALUES ('U%d', 'Unit %d', 'instansi')", i, i);

      g_assert_cmpint (sqlite3_exec (_kr_database_get_handle (db), sql, NULL, NULL, NULL), ==,
                       SQLITE_OK);
    }
}

static void
assert_units (Fixture *fixture, const char *n)
{
  g_autofree char *line = g_strdup_printf ("\nunits: %s\n", n);

  kr_tool_fixture_run (fixture, NULL, "info", "karier.db", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, line);
}

static GPtrArray *
list_folder (const char *folder)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *backups = kr_backups_list (folder, &error);

  g_assert_no_error (error);
  return backups;
}

static void
test_create_list_restore (Fixture *fixture, gconstpointer data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "karier.backups", NULL);
  g_autofree char *schema = g_strdup_printf ("schema %d", kr_database_get_latest_schema_version ());
  g_autoptr (GPtrArray) backups = NULL;
  g_autofree char *manual = NULL;

  add_units (fixture, 1, 2);
  kr_tool_fixture_run (fixture, NULL, "backup", "list", "karier.db", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "No backups in");

  kr_tool_fixture_run (fixture, NULL, "backup", "create", "karier.db", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Backed up to “");
  kr_test_assert_contains (fixture->out, "-manual.db”");
  backups = list_folder (folder);
  g_assert_cmpuint (backups->len, ==, 1);
  manual = g_strdup (((KrBackup *) g_ptr_array_index (backups, 0))->path);

  kr_tool_fixture_run (fixture, NULL, "backup", "list", "karier.db", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "manual");
  kr_test_assert_contains (fixture->out, schema);

  add_units (fixture, 3, 1);
  assert_units (fixture, "3");
  kr_tool_fixture_run (fixture, NULL, "backup", "restore", "karier.db", manual, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Restored “karier.db”");
  kr_test_assert_contains (fixture->out, "-before-restore.db");
  assert_units (fixture, "2");

  kr_tool_fixture_run (fixture, NULL, "backup", "list", "karier.db", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "before-restore");
}

static void
test_rotate (Fixture *fixture, gconstpointer data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "elsewhere", "backups", NULL);
  g_autoptr (GPtrArray) backups = NULL;

  add_units (fixture, 1, 1);
  for (int i = 0; i < 3; i++)
    {
      kr_tool_fixture_run (fixture, NULL, "backup", "create", "karier.db", "--kind", "daily",
                           "--keep", "5", "--backup-dir", folder, NULL);
      kr_tool_fixture_assert_status (fixture, 0);
    }
  kr_tool_fixture_run (fixture, NULL, "backup", "create", "karier.db", "--backup-dir", folder,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  backups = list_folder (folder);
  g_assert_cmpuint (backups->len, ==, 4);
  g_clear_pointer (&backups, g_ptr_array_unref);

  kr_tool_fixture_run (fixture, NULL, "backup", "rotate", "karier.db", "--keep", "1",
                       "--backup-dir", folder, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Removed 2 old backups.");
  backups = list_folder (folder);
  g_assert_cmpuint (backups->len, ==, 2);
}

static void
test_usage_errors (Fixture *fixture, gconstpointer data)
{
  static const struct
  {
    const char *args[6];
    const char *message;
  } cases[] = {
    { { "backup", "create", "karier.db", "--keep", "0", NULL }, "--keep must be a number" },
    { { "backup", "rotate", "karier.db", "--keep", "-3", NULL }, "--keep must be a number" },
    { { "backup", "rotate", "karier.db", "--keep", "many", NULL }, "--keep" },
    { { "backup", "create", "karier.db", "--kind", "weekly", NULL }, "--kind must be" },
    { { "backup", "restore", "karier.db", NULL }, "missing argument BACKUP" },
    { { "backup", "list", NULL }, "missing argument DATABASE" },
  };

  add_units (fixture, 1, 1);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *const *a = cases[i].args;

      kr_tool_fixture_run (fixture, NULL, a[0], a[1], a[2], a[3], a[4], NULL);
      kr_tool_fixture_assert_status (fixture, 2);
      kr_test_assert_contains (fixture->err, cases[i].message);
    }
}

static void
test_restore_refuses (Fixture *fixture, gconstpointer data)
{
  g_autofree char *notes = g_build_filename (fixture->dir, "notes.db", NULL);
  g_autofree char *folder = g_build_filename (fixture->dir, "karier.backups", NULL);

  add_units (fixture, 1, 2);
  g_assert_true (g_file_set_contents (notes, "NIP;NAMA\n", -1, NULL));
  kr_tool_fixture_run (fixture, NULL, "backup", "restore", "karier.db", "notes.db", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "“notes.db” cannot be restored");
  kr_test_assert_contains (fixture->err, "not a Karier database");
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  assert_units (fixture, "2");

  kr_tool_fixture_run (fixture, NULL, "backup", "restore", "karier.db", "gone.db", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "“gone.db” cannot be restored");
}

/* An import backs the database up after the dry run and before the commit; a dry run does
 * not. */
static void
test_import_backs_up (Fixture *fixture, gconstpointer data)
{
  g_autofree char *csv =
      g_test_build_filename (G_TEST_DIST, "data", "siasn", "semicolon.csv", NULL);
  g_autofree char *folder = g_build_filename (fixture->dir, "import-backups", NULL);
  g_autoptr (GPtrArray) backups = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) copy = NULL;
  const KrBackup *backup;

  add_units (fixture, 1, 1);
  kr_tool_fixture_run (fixture, NULL, "import", "karier.db", csv, "--dry-run", "--backup-dir",
                       folder, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  kr_tool_fixture_run (fixture, NULL, "import", "karier.db", csv, "--keep", "0", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--keep");

  kr_tool_fixture_run (fixture, NULL, "import", "karier.db", csv, "--backup-dir", folder, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Backed up the database before the import to “");
  kr_test_assert_contains (fixture->out, "-import.db”");
  backups = list_folder (folder);
  g_assert_cmpuint (backups->len, ==, 1);
  backup = g_ptr_array_index (backups, 0);
  g_assert_cmpint (backup->kind, ==, KR_BACKUP_KIND_IMPORT);

  /* The backup holds the database as it was: one unit, no employees. */
  copy = kr_database_open (backup->path, KR_DATABASE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kr_test_query_int (_kr_database_get_handle (copy), "SELECT count(*) FROM unit"),
                   ==, 1);
  g_assert_cmpint (
      kr_test_query_int (_kr_database_get_handle (copy), "SELECT count(*) FROM employee"), ==, 0);
}

/* The fixture's database as Karier wrote files of schema 2, with one unit. */
static void
make_version_2_database (Fixture *fixture)
{
  g_autofree char *first = _kr_database_dup_migration_sql (1);
  g_autofree char *second = _kr_database_dup_migration_sql (2);
  const char *migrations[] = { first, second };
  KrDatabaseOpenOptions options = { .migrations = migrations, .n_migrations = 2 };
  g_autoptr (GError) error = NULL;
  KrDatabase *db;

  db = _kr_database_open_full (fixture->path, KR_DATABASE_FLAGS_NONE, &options, &error);
  g_assert_no_error (error);
  kr_test_execf (_kr_database_get_handle (db),
                 "INSERT INTO unit (code, name, kind) VALUES ('U1', 'Unit 1', 'instansi')");
  g_assert_finalize_object (db);
}

static guint
count_kind (GPtrArray *backups, KrBackupKind kind, int schema_version)
{
  guint n = 0;

  for (guint i = 0; i < backups->len; i++)
    {
      const KrBackup *backup = g_ptr_array_index (backups, i);

      n += backup->kind == kind && backup->schema_version == schema_version;
    }
  return n;
}

/* The backup before an upgrade goes into the --backup-dir of the command that upgrades (backup
 * create, import), is listed there as "upgrade" at the old version, and restores. */
static void
test_upgrade_into_backup_dir (Fixture *fixture, gconstpointer data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "chosen", NULL);
  g_autofree char *default_folder = g_build_filename (fixture->dir, "karier.backups", NULL);
  g_autofree char *csv =
      g_test_build_filename (G_TEST_DIST, "data", "siasn", "semicolon.csv", NULL);
  g_autofree char *upgrade_backup = NULL;
  g_autoptr (GPtrArray) backups = NULL;
  int latest = kr_database_get_latest_schema_version ();

  make_version_2_database (fixture);
  kr_tool_fixture_run (fixture, NULL, "backup", "create", "karier.db", "--backup-dir", folder,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Upgraded “karier.db” to schema version");
  kr_test_assert_contains (fixture->out, "-upgrade.db”");
  g_assert_false (g_file_test (default_folder, G_FILE_TEST_EXISTS));
  backups = list_folder (folder);
  g_assert_cmpuint (backups->len, ==, 2);
  g_assert_cmpuint (count_kind (backups, KR_BACKUP_KIND_UPGRADE, 2), ==, 1);
  g_assert_cmpuint (count_kind (backups, KR_BACKUP_KIND_MANUAL, latest), ==, 1);
  for (guint i = 0; i < backups->len; i++)
    if (((KrBackup *) g_ptr_array_index (backups, i))->kind == KR_BACKUP_KIND_UPGRADE)
      upgrade_backup = g_strdup (((KrBackup *) g_ptr_array_index (backups, i))->path);
  kr_test_assert_contains (fixture->out, upgrade_backup);

  kr_tool_fixture_run (fixture, NULL, "backup", "list", "karier.db", "--backup-dir", folder, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "-upgrade.db  upgrade  ");
  kr_test_assert_contains (fixture->out, "  schema 2\n");

  kr_tool_fixture_run (fixture, NULL, "backup", "restore", "karier.db", upgrade_backup,
                       "--backup-dir", folder, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "(schema version 2)");
  kr_tool_fixture_run (fixture, NULL, "info", "karier.db", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "\nschema-version: 2\nlatest-schema-version");
  kr_test_assert_contains (fixture->out, "\nunits: 1\n");

  /* An import upgrades the restored file, its backup going into the same folder. */
  kr_tool_fixture_run (fixture, NULL, "import", "karier.db", csv, "--backup-dir", folder, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = list_folder (folder);
  g_assert_cmpuint (count_kind (backups, KR_BACKUP_KIND_UPGRADE, 2), ==, 2);
  g_assert_cmpuint (count_kind (backups, KR_BACKUP_KIND_IMPORT, latest), ==, 1);
  g_assert_false (g_file_test (default_folder, G_FILE_TEST_EXISTS));
}

static void
add_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char *argv[])
{
  kr_test_tool_init (&argc, &argv);

  add_test ("/tool/backup/create-list-restore", test_create_list_restore);
  add_test ("/tool/backup/rotate", test_rotate);
  add_test ("/tool/backup/usage-errors", test_usage_errors);
  add_test ("/tool/backup/restore-refuses", test_restore_refuses);
  add_test ("/tool/backup/import-backs-up", test_import_backs_up);
  add_test ("/tool/backup/upgrade-into-backup-dir", test_upgrade_into_backup_dir);

  return g_test_run ();
}
