/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-tool-import"

#include "config.h"

#include <string.h>

#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-test-tool.h"
#include "kr-test-utils.h"

/* `karier-tool import` end to end, on the files of tests/data/siasn (see their README). */

typedef KrToolFixture Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_set_up (fixture, "kr-tool-import-XXXXXX", NULL);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_tear_down (fixture);
}

/* Runs `karier-tool import` with the arguments up to NULL, a data file's name being replaced
 * by its path, keeping the exit status and the output in the fixture. */
static void
run_import (Fixture *fixture, ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, g_strdup (kr_test_tool_get_path ()));
  g_ptr_array_add (argv, g_strdup ("import"));
  va_start (args, fixture);
  while ((arg = va_arg (args, const char *)) != NULL)
    {
      if (g_str_has_suffix (arg, ".csv"))
        g_ptr_array_add (argv, g_test_build_filename (G_TEST_DIST, "data", "siasn", arg, NULL));
      else
        g_ptr_array_add (argv, g_strdup (arg));
    }
  va_end (args);
  g_ptr_array_add (argv, NULL);

  fixture->status =
      kr_test_spawn (fixture->dir, (char **) argv->pdata, &fixture->out, &fixture->err);
}

static gint64
count_employees (Fixture *fixture)
{
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (GError) error = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db),
                                       "SELECT count(*) FROM employee", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static void
test_help (Fixture *fixture, gconstpointer data)
{
  run_import (fixture, "--help", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "DATABASE FILE");
  kr_test_assert_contains (fixture->out, "--dry-run");

  run_import (fixture, "karier.db", NULL);
  g_assert_cmpint (fixture->status, ==, 2);
  kr_test_assert_contains (fixture->err, "FILE");
}

static void
test_dry_run (Fixture *fixture, gconstpointer data)
{
  run_import (fixture, "--dry-run", fixture->path, "rejections.csv", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out,
                           "rejected: Line 3, column nip_baru (“19750618200003100”): NIP "
                           "must have 18 digits; 17 were given");
  kr_test_assert_contains (fixture->out, "rejected: Line 14 has 3 columns");
  kr_test_assert_contains (fixture->out, "warning: Line 2, column unor_nama");
  kr_test_assert_contains (fixture->out, "New: 2\n");
  kr_test_assert_contains (fixture->out, "Rejected: 16\n");
  kr_test_assert_contains (fixture->out, "Dry run");
  /* Nothing written, not even a new database. */
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  /* A dry run on an existing database reads it and leaves it alone. */
  run_import (fixture, fixture->path, "reimport-1.csv", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  run_import (fixture, "-n", fixture->path, "reimport-2.csv", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "New: 1\n");
  kr_test_assert_contains (fixture->out, "Updated: 2\n");
  g_assert_cmpint (count_employees (fixture), ==, 3);
}

static void
test_import (Fixture *fixture, gconstpointer data)
{
  run_import (fixture, fixture->path, "rejections.csv", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "New: 2\n");
  kr_test_assert_contains (fixture->out, "Imported");
  g_assert_cmpint (count_employees (fixture), ==, 2);

  run_import (fixture, fixture->path, "comma.csv", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_cmpint (count_employees (fixture), ==, 5);

  /* Again: every row is unchanged, which is a success. */
  run_import (fixture, fixture->path, "comma.csv", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "Unchanged: 3\n");
  g_assert_cmpint (count_employees (fixture), ==, 5);
}

static void
test_nothing_imported (Fixture *fixture, gconstpointer data)
{
  /* Every row rejected. */
  run_import (fixture, fixture->path, "no-instansi.csv", NULL);
  g_assert_cmpint (fixture->status, ==, 1);
  kr_test_assert_contains (fixture->out, "rejected: Line 2, column unor_nama");
  kr_test_assert_contains (fixture->out, "Nothing could be imported");
  g_assert_cmpint (count_employees (fixture), ==, 0);

  /* The whole file refused. */
  run_import (fixture, fixture->path, "missing-columns.csv", NULL);
  g_assert_cmpint (fixture->status, ==, 1);
  kr_test_assert_contains (fixture->err, "jenis_kelamin, jenis_pegawai");

  run_import (fixture, fixture->path, "no-such-file.csv", NULL);
  g_assert_cmpint (fixture->status, ==, 1);
  kr_test_assert_contains (fixture->err, "no-such-file.csv");
}

/* A demo province exported by the tool imports whole into a new database. */
static void
test_demo_round_trip (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_run (fixture, NULL, "demo", "--employees", "2000", "demo.db", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_tool_fixture_run (fixture, NULL, "export", "demo.db", "pegawai.csv", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_tool_fixture_run (fixture, NULL, "import", fixture->path, "pegawai.csv", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "New: 2000\n");
  kr_test_assert_contains (fixture->out, "Rejected: 0\n");
  /* The heads of schools, whose position names state no jenjang, are among them. */
  kr_test_assert_contains (fixture->out,
                           "(“Kepala Sekolah”): The position does not exist in “SMA Negeri");
  kr_test_assert_contains (fixture->out,
                           "Fungsional Keahlian Ahli Madya: its name does not state the "
                           "jenjang, which was told from golongan IV/");
  g_assert_cmpint (count_employees (fixture), ==, 2000);
}

int
main (int argc, char *argv[])
{
  kr_test_tool_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/tool/import/help", test_help);
  ADD ("/tool/import/dry-run", test_dry_run);
  ADD ("/tool/import/import", test_import);
  ADD ("/tool/import/nothing-imported", test_nothing_imported);
  ADD ("/tool/import/demo-round-trip", test_demo_round_trip);
#undef ADD

  return g_test_run ();
}
