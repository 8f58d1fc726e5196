/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-tool"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "kr-backups.h"
#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-test-tool.h"
#include "kr-test-utils.h"

typedef KrToolFixture Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_set_up (fixture, "kr-tool-XXXXXX", NULL);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_tear_down (fixture);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

static void
assert_dir_lists (Fixture *fixture, const char *expected)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  g_autofree char *listing = NULL;
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  listing = g_strjoinv (" ", (char **) names->pdata);
  g_assert_cmpstr (listing, ==, expected);
}

static void
insert_units (KrDatabase *db, int n)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (kr_database_begin (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db),
                                       "INSERT INTO unit (code, name, kind) "
                                       "VALUES (?, 'Badan Kepegawaian Daerah', 'perangkat_daerah')",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  for (int i = 0; i < n; i++)
    {
      g_autofree char *code = g_strdup_printf ("U%d", i);

      sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  g_assert_true (kr_database_commit (db, &error));
  g_assert_no_error (error);
}

/* Makes the fixture's database at the latest schema with @n_units units. */
static void
make_database (Fixture *fixture, int n_units)
{
  g_autoptr (GError) error = NULL;
  KrDatabase *db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);

  g_assert_no_error (error);
  insert_units (db, n_units);
  g_assert_finalize_object (db);
}

/* Makes the fixture's database at schema version 1, as the first Karier wrote it. */
static void
make_version_1_database (Fixture *fixture)
{
  g_autofree char *first = _kr_database_dup_migration_sql (1);
  const char *migrations[] = { first };
  KrDatabaseOpenOptions options = { .migrations = migrations, .n_migrations = 1 };
  g_autoptr (GError) error = NULL;
  KrDatabase *db;

  db = _kr_database_open_full (fixture->path, KR_DATABASE_FLAGS_NONE, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kr_database_get_schema_version (db), ==, 1);
  g_assert_finalize_object (db);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* Tests */

static void
test_help (Fixture *fixture, gconstpointer data)
{
  const char *spellings[] = { "--help", "-h", "help" };

  for (guint i = 0; i < G_N_ELEMENTS (spellings); i++)
    {
      kr_tool_fixture_run (fixture, NULL, spellings[i], NULL);
      g_assert_cmpint (fixture->status, ==, 0);
      kr_test_assert_contains (fixture->out, "\n  info ");
      kr_test_assert_contains (fixture->out, "\n  backup ");
      kr_test_assert_contains (fixture->out, "--version");
      g_assert_cmpstr (fixture->err, ==, "");
    }

  kr_tool_fixture_run (fixture, NULL, "help", "backup", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "backup DATABASE DEST");

  kr_tool_fixture_run (fixture, NULL, "info", "--help", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "info DATABASE");
}

static void
test_version (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_run (fixture, NULL, "--version", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_cmpstr (fixture->out, ==, "karier-tool " PACKAGE_VERSION "\n");
}

static void
test_usage_errors (Fixture *fixture, gconstpointer data)
{
  const struct
  {
    const char *args[4];
    const char *message;
  } cases[] = {
    { { NULL }, "missing command" },
    { { "frobnicate", NULL }, "unknown command “frobnicate”" },
    { { "--frobnicate", NULL }, "unknown option" },
    { { "help", "frobnicate", NULL }, "unknown command" },
    { { "info", NULL }, "missing argument DATABASE" },
    { { "info", "a.db", "b.db", NULL }, "unexpected argument “b.db”" },
    { { "info", "--json", "a.db", NULL }, "--json" },
    { { "backup", NULL }, "missing argument DATABASE" },
    { { "backup", "a.db", NULL }, "missing argument DEST" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      kr_tool_fixture_run (fixture, NULL, cases[i].args[0], cases[i].args[1], cases[i].args[2],
                           NULL);
      g_assert_cmpint (fixture->status, ==, 2);
      g_assert_cmpstr (fixture->out, ==, "");
      g_assert_true (g_str_has_prefix (fixture->err, "karier-tool: "));
      kr_test_assert_contains (fixture->err, cases[i].message);
      kr_test_assert_contains (fixture->err, "--help");
    }
  assert_dir_lists (fixture, "");
}

static void
test_info_missing_file (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_run (fixture, NULL, "info", "missing.db", NULL);
  g_assert_cmpint (fixture->status, ==, 1);
  g_assert_cmpstr (fixture->out, ==, "");
  g_assert_true (g_str_has_prefix (fixture->err, "karier-tool: "));
  kr_test_assert_contains (fixture->err, "“missing.db” does not exist");
  assert_dir_lists (fixture, "");
}

static void
test_info_text_file (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "x.txt", NULL);
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GBytes) after = NULL;

  g_assert_true (g_file_set_contents (path, "NIP;Nama\n", -1, NULL));
  before = read_bytes (path);
  kr_tool_fixture_run (fixture, NULL, "info", "x.txt", NULL);
  g_assert_cmpint (fixture->status, ==, 1);
  g_assert_true (g_str_has_prefix (fixture->err, "karier-tool: "));
  kr_test_assert_contains (fixture->err, "not a Karier database");
  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  assert_dir_lists (fixture, "x.txt");
}

static void
test_info_fresh (Fixture *fixture, gconstpointer data)
{
  g_autofree char *version = NULL;
  g_autofree char *path_line = NULL;
  GStatBuf buf;
  g_autofree char *size_line = NULL;

  make_database (fixture, 0);
  g_assert_cmpint (g_stat (fixture->path, &buf), ==, 0);

  kr_tool_fixture_run (fixture, NULL, "info", fixture->path, NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_cmpstr (fixture->err, ==, "");
  version = g_strdup_printf ("\nschema-version: %d\nlatest-schema-version: %d\n",
                             kr_database_get_latest_schema_version (),
                             kr_database_get_latest_schema_version ());
  kr_test_assert_contains (fixture->out, version);
  path_line = g_strdup_printf ("path: %s\n", fixture->path);
  g_assert_true (g_str_has_prefix (fixture->out, path_line));
  kr_test_assert_contains (fixture->out, "\nneeds-upgrade: no\n");
  size_line = g_strdup_printf ("\nfile-size: %" G_GINT64_FORMAT "\n", (gint64) buf.st_size);
  kr_test_assert_contains (fixture->out, size_line);
  kr_test_assert_contains (fixture->out, "\nunits: 0\n");
  assert_dir_lists (fixture, "karier.db");
}

static void
test_info_units (Fixture *fixture, gconstpointer data)
{
  make_database (fixture, 3);
  kr_tool_fixture_run (fixture, NULL, "info", "karier.db", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "\nunits: 3\n");
}

static void
test_info_old_version (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GBytes) after = NULL;

  make_version_1_database (fixture);
  before = read_bytes (fixture->path);
  kr_tool_fixture_run (fixture, NULL, "info", "karier.db", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "\nschema-version: 1\n");
  kr_test_assert_contains (fixture->out, "\nneeds-upgrade: yes\n");
  kr_test_assert_contains (fixture->out, "\nunits: 0\n");
  after = read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
  assert_dir_lists (fixture, "karier.db");
}

static void
test_backup_round_trip (Fixture *fixture, gconstpointer data)
{
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autoptr (GError) error = NULL;
  KrDatabase *db;

  make_database (fixture, 2);
  kr_tool_fixture_run (fixture, NULL, "backup", "karier.db", "copy.db", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_cmpstr (fixture->err, ==, "");
  kr_test_assert_contains (fixture->out, copy);
  g_assert_null (strstr (fixture->out, "Upgraded"));
  assert_dir_lists (fixture, "copy.db karier.db");

  kr_tool_fixture_run (fixture, NULL, "info", "copy.db", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "\nunits: 2\n");

  db = kr_database_open (copy, KR_DATABASE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kr_database_get_schema_version (db), ==,
                   kr_database_get_latest_schema_version ());
  g_assert_finalize_object (db);
}

static void
test_backup_upgrades_old (Fixture *fixture, gconstpointer data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "karier.backups", NULL);
  g_autoptr (GPtrArray) backups = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  const KrBackup *backup;

  make_version_1_database (fixture);
  kr_tool_fixture_run (fixture, NULL, "backup", "karier.db", "copy.db", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "Upgraded “karier.db” to schema version");
  kr_test_assert_contains (fixture->out, "karier.backups" G_DIR_SEPARATOR_S "karier-");

  /* The copy before the upgrade is an "upgrade" backup of the default folder, at version 1. */
  backups = kr_backups_list (folder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 1);
  backup = g_ptr_array_index (backups, 0);
  g_assert_cmpint (backup->kind, ==, KR_BACKUP_KIND_UPGRADE);
  g_assert_cmpint (backup->schema_version, ==, 1);
  name = g_path_get_basename (backup->path);
  kr_test_assert_contains (fixture->out, name);

  kr_tool_fixture_run (fixture, NULL, "info", "copy.db", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "\nneeds-upgrade: no\n");
}

static void
test_backup_onto_itself (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GBytes) after = NULL;

  make_database (fixture, 1);
  before = read_bytes (fixture->path);
  kr_tool_fixture_run (fixture, NULL, "backup", "karier.db", fixture->path, NULL);
  g_assert_cmpint (fixture->status, ==, 1);
  g_assert_true (g_str_has_prefix (fixture->err, "karier-tool: "));
  kr_test_assert_contains (fixture->err, "onto itself");
  after = read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
  assert_dir_lists (fixture, "karier.db");
}

static void
test_backup_missing_database (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_run (fixture, NULL, "backup", "missing.db", "copy.db", NULL);
  g_assert_cmpint (fixture->status, ==, 1);
  kr_test_assert_contains (fixture->err, "missing.db");
  assert_dir_lists (fixture, "");
}

/* The number of rows of @table in the fixture's database. */
static gint64
count_rows (Fixture *fixture, const char *table)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  KrDatabase *db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_READ_ONLY, &error);
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_finalize_object (db);
  return n;
}

/* --appraisals and --training choose what a demo holds besides the employees: below the
 * automatic limit both come by default, and "none" leaves each out on its own. */
static void
test_demo_extent (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_run (fixture, NULL, "demo", "--employees", "60", "--appraisals", "none",
                       "--training", "ALL", "karier.db", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_cmpint (count_rows (fixture, "employee"), ==, 60);
  g_assert_cmpint (count_rows (fixture, "appraisal"), ==, 0);
  g_assert_cmpint (count_rows (fixture, "talent_assessment"), ==, 0);
  g_assert_cmpint (count_rows (fixture, "training_course"), >, 0);
  g_assert_null (strstr (fixture->out, "Appraisals"));

  g_unlink (fixture->path);
  kr_tool_fixture_run (fixture, NULL, "demo", "--employees", "60", "--training", "none",
                       "karier.db", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_cmpint (count_rows (fixture, "appraisal"), >, 0);
  g_assert_cmpint (count_rows (fixture, "training_course"), ==, 0);
  kr_test_assert_contains (fixture->out, "Appraisals: ");
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

  add_test ("/tool/help", test_help);
  add_test ("/tool/version", test_version);
  add_test ("/tool/usage-errors", test_usage_errors);
  add_test ("/tool/info/missing-file", test_info_missing_file);
  add_test ("/tool/info/text-file", test_info_text_file);
  add_test ("/tool/info/fresh", test_info_fresh);
  add_test ("/tool/info/units", test_info_units);
  add_test ("/tool/info/old-version", test_info_old_version);
  add_test ("/tool/backup/round-trip", test_backup_round_trip);
  add_test ("/tool/backup/upgrades-old", test_backup_upgrades_old);
  add_test ("/tool/backup/onto-itself", test_backup_onto_itself);
  add_test ("/tool/backup/missing-database", test_backup_missing_database);
  add_test ("/tool/demo/extent", test_demo_extent);

  return g_test_run ();
}
