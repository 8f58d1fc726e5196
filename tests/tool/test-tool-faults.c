/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-tool-faults"

#include "config.h"

#include <glib/gstdio.h>

#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-test-tool.h"
#include "kr-test-utils.h"

/* Storage faults seen from `karier-tool import`: a full disk, a database locked by another
 * writer and a read-only file system each end with exit status 1, a message that names the
 * file and says what to do, and no employee written. */

typedef struct
{
  char *dir;
  char *path;
  char *csv;
  int status;
  char *out;
  char *err;
} Fixture;

static char *demo_dir;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = NULL;
  g_autofree char *demo = g_build_filename (demo_dir, "karier.db", NULL);
  char *argv[] = { (char *) kr_test_tool_get_path (), (char *) "export", demo, NULL, NULL };

  fixture->dir = kr_test_make_tmp_dir ("kr-tool-faults-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->csv = g_build_filename (fixture->dir, "pegawai.csv", NULL);
  argv[3] = fixture->csv;
  g_assert_cmpint (kr_test_spawn (fixture->dir, argv, &fixture->out, &fixture->err), ==, 0);
  /* An empty database at the latest schema, which the import fills. */
  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->csv);
  g_free (fixture->out);
  g_free (fixture->err);
}

/* Runs `karier-tool import DATABASE CSV` through `sh -c SCRIPT`, where the script ends with
 * `exec "$@"`. */
static void
run_import_in_shell (Fixture *fixture, const char *script)
{
  char *argv[] = { (char *) "/bin/sh",
                   (char *) "-c",
                   (char *) script,
                   (char *) "sh",
                   (char *) kr_test_tool_get_path (),
                   (char *) "import",
                   fixture->path,
                   fixture->csv,
                   NULL };

  fixture->status = kr_test_spawn (fixture->dir, argv, &fixture->out, &fixture->err);
}

static gint64
count_employees (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);

  g_assert_no_error (error);
  g_assert_cmpint (kr_test_query_int (_kr_database_get_handle (db),
                                      "SELECT count(*) FROM pragma_integrity_check "
                                      "WHERE integrity_check <> 'ok'"),
                   ==, 0);
  return kr_test_query_int (_kr_database_get_handle (db), "SELECT count(*) FROM employee");
}

/* The file may grow by 128 KiB only (ulimit -f, in blocks of 512 bytes, with SIGXFSZ ignored
 * so that the write fails as on a full disk instead of killing the tool). */
static void
test_full_disk (Fixture *fixture, gconstpointer data)
{
  GStatBuf buf;
  g_autofree char *script = NULL;

  g_assert_cmpint (g_stat (fixture->path, &buf), ==, 0);
  script = g_strdup_printf ("trap '' XFSZ; ulimit -f %lld; exec \"$@\"",
                            (long long) (buf.st_size + 128 * 1024) / 512);
  run_import_in_shell (fixture, script);
  g_assert_cmpint (fixture->status, ==, 1);
  kr_test_assert_contains (fixture->err, "karier.db");
  kr_test_assert_contains (fixture->err, "the disk may be full");
  g_assert_cmpint (count_employees (fixture), ==, 0);
}

/* Another program holds the write lock for longer than the tool waits. */
static void
test_locked (Fixture *fixture, gconstpointer data)
{
  sqlite3 *other = NULL;

  g_assert_cmpint (sqlite3_open (fixture->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  run_import_in_shell (fixture, "exec \"$@\"");
  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);

  g_assert_cmpint (fixture->status, ==, 1);
  kr_test_assert_contains (fixture->err, "karier.db");
  kr_test_assert_contains (fixture->err, "another program is changing the database");
  g_assert_cmpint (count_employees (fixture), ==, 0);

  /* Once the other program is done, the same import works. */
  run_import_in_shell (fixture, "exec \"$@\"");
  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_cmpint (count_employees (fixture), >, 0);
}

/* The folder mounted read-only in a mount namespace of the tool's own (`unshare -rm`), which
 * stops root too. Skipped where namespaces are not allowed. */
static void
test_read_only (Fixture *fixture, gconstpointer data)
{
  g_autofree char *script = g_strdup_printf (
      "unshare -rm true 2>/dev/null || { echo SKIP; exit 0; }; "
      "exec unshare -rm sh -c 'mount --bind -o ro \"$0\" \"$0\" && exec \"$@\"' '%s' \"$@\"",
      fixture->dir);

  run_import_in_shell (fixture, script);
  if (g_str_has_prefix (fixture->out, "SKIP"))
    {
      g_test_skip ("unshare -rm is not allowed here");
      return;
    }
  g_assert_cmpint (fixture->status, ==, 1);
  kr_test_assert_contains (fixture->err, "karier.db");
  kr_test_assert_contains (fixture->err, "that you may read and write them");
  g_assert_cmpint (count_employees (fixture), ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  kr_test_tool_init (&argc, &argv);
  demo_dir = kr_test_tool_make_demo ("kr-tool-faults-demo-XXXXXX", "--employees", "300", NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/tool-faults/full-disk", test_full_disk);
  ADD ("/tool-faults/locked", test_locked);
  ADD ("/tool-faults/read-only", test_read_only);
#undef ADD

  status = g_test_run ();
  kr_test_remove_tree (demo_dir);
  g_free (demo_dir);
  return status;
}
