/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Storage faults: a full disk, a read-only file system, a database locked by another writer,
 * and a file deleted, moved or replaced while open. Each gives a KR_ERROR that names the file
 * and says what to do, and leaves no partial write. */
#include "config.h"

#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-error.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

#define N_BULK_UNITS 4000

typedef struct
{
  char *dir;
  char *path;
} Fixture;

/* A database with one unit, closed again. */
static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrUnitRepository) units = NULL;

  fixture->dir = kr_test_make_tmp_dir ("kr-faults-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "karier.db", NULL);
  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  units = kr_unit_repository_new (db);
  kr_unit_repository_add (units, 0, "PEMDA", "Pemerintah Kabupaten Contoh", KR_UNIT_KIND_INSTANSI,
                          &error);
  g_assert_no_error (error);
  /* The child processes of the tests work on the parent's file, found here. */
  if (!g_test_subprocess ())
    g_setenv ("KR_FAULT_DB", fixture->path, TRUE);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static gint64
count_units (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);

  g_assert_no_error (error);
  g_assert_cmpint (kr_test_query_int (_kr_database_get_handle (db),
                                      "SELECT count(*) FROM pragma_integrity_check "
                                      "WHERE integrity_check <> 'ok'"),
                   ==, 0);
  return kr_test_query_int (_kr_database_get_handle (db), "SELECT count(*) FROM unit");
}

/* Adds N_BULK_UNITS units with long names in one transaction, as a bulk edit does; on failure
 * rolls back and returns FALSE with @error set. */
static gboolean
add_many_units (KrDatabase *db, GError **error)
{
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (db);
  g_autofree char *padding = g_strnfill (200, 'x');
  gint64 root;

  if (!kr_database_begin (db, error))
    return FALSE;
  root = kr_test_query_int (_kr_database_get_handle (db), "SELECT min(id) FROM unit");
  for (int i = 0; i < N_BULK_UNITS; i++)
    {
      g_autofree char *code = g_strdup_printf ("U%05d", i);
      g_autofree char *name = g_strdup_printf ("Dinas %d %s", i, padding);

      if (kr_unit_repository_add (units, root, code, name, KR_UNIT_KIND_PERANGKAT_DAERAH, error) ==
          0)
        {
          kr_database_rollback (db, NULL);
          return FALSE;
        }
    }
  if (!kr_database_commit (db, error))
    {
      kr_database_rollback (db, NULL);
      return FALSE;
    }
  return TRUE;
}

/* A full disk, the real way: writing past RLIMIT_FSIZE fails with EFBIG (SIGXFSZ ignored), as
 * writing to a full disk fails with ENOSPC, in the middle of the transaction. */
static void
test_full_disk (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      const char *path = g_getenv ("KR_FAULT_DB");
      g_autoptr (GError) error = NULL;
      g_autoptr (KrDatabase) db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
      g_autofree char *name = g_path_get_basename (path);
      GStatBuf buf;
      struct rlimit limit;

      g_assert_no_error (error);
      g_assert_cmpint (g_stat (path, &buf), ==, 0);
      signal (SIGXFSZ, SIG_IGN);
      limit.rlim_cur = limit.rlim_max = (rlim_t) buf.st_size + 256 * 1024;
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      g_assert_false (add_many_units (db, &error));
      kr_test_assert_error (error, KR_ERROR, KR_ERROR_STORAGE, name, "disk", NULL);
      g_print ("%s\n", error->message);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*the disk may be full*");
  /* Nothing of the transaction was kept, and the file is whole. */
  g_assert_cmpint (count_units (fixture->path), ==, 1);
}

/* SQLITE_FULL itself, which a full disk gives on some file systems: a page limit. */
static void
test_full_pages (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  sqlite3 *handle = _kr_database_get_handle (db);
  gint64 n_pages = kr_test_query_int (handle, "PRAGMA page_count");
  g_autofree char *pragma = g_strdup_printf ("PRAGMA max_page_count = %lld", (long long) n_pages);

  g_assert_cmpint (sqlite3_exec (handle, pragma, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (add_many_units (db, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_STORAGE, "karier.db",
                        "the disk is full; free some space", NULL);
  g_clear_object (&db);
  g_assert_cmpint (count_units (fixture->path), ==, 1);
}

/* Another connection holds the write lock: Karier waits a bounded time, then says that
 * another program is changing the database; once the other is done, the same write works. */
static void
test_locked (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (db);
  sqlite3 *other = NULL;
  gint64 root = kr_test_query_int (_kr_database_get_handle (db), "SELECT min(id) FROM unit");

  g_assert_cmpint (sqlite3_open (fixture->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_cmpint (kr_unit_repository_add (units, root, "BKD", "Badan Kepegawaian Daerah",
                                           KR_UNIT_KIND_PERANGKAT_DAERAH, &error),
                   ==, 0);
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_STORAGE, "karier.db",
                        "another program is changing the database", NULL);
  g_clear_error (&error);

  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  g_assert_cmpint (kr_unit_repository_add (units, root, "BKD", "Badan Kepegawaian Daerah",
                                           KR_UNIT_KIND_PERANGKAT_DAERAH, &error),
                   >, 0);
  g_assert_no_error (error);
}

static void
assert_write_refused (KrDatabase *db, const char *fragment)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (db);

  g_assert_cmpint (kr_unit_repository_add (units, 0, "LAIN", "Pemerintah Kota Lain",
                                           KR_UNIT_KIND_INSTANSI, &error),
                   ==, 0);
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_STORAGE, "karier.db", fragment, NULL);
}

static void
test_deleted (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);

  g_assert_no_error (error);
  g_assert_cmpint (g_unlink (fixture->path), ==, 0);
  assert_write_refused (db, "was deleted or moved while it was open");
}

static void
test_moved (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_autofree char *moved = g_build_filename (fixture->dir, "moved.db", NULL);

  g_assert_no_error (error);
  g_assert_cmpint (g_rename (fixture->path, moved), ==, 0);
  assert_write_refused (db, "was deleted or moved while it was open");
  g_clear_object (&db);
  /* Nothing was written into the moved file either. */
  g_assert_cmpint (count_units (moved), ==, 1);
}

static void
test_replaced (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.db", NULL);

  g_assert_no_error (error);
  g_assert_true (kr_database_backup (db, copy, &error));
  g_assert_no_error (error);
  /* A restore from a backup, by another program: the file at the path is a new one. */
  g_assert_cmpint (g_rename (copy, fixture->path), ==, 0);
  assert_write_refused (db, "was replaced by another file while it was open");
  g_clear_object (&db);
  g_assert_cmpint (count_units (fixture->path), ==, 1);
}

/* Opened read-only, as `karier-tool info`, a dry-run import and the window's read-only mode do:
 * every write is refused and the file stays as it was. */
static void
test_read_only_flag (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_READ_ONLY, &error);
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (db);

  g_assert_no_error (error);
  g_assert_cmpint (kr_unit_repository_add (units, 0, "LAIN", "Pemerintah Kota Lain",
                                           KR_UNIT_KIND_INSTANSI, &error),
                   ==, 0);
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_READ_ONLY, "karier.db", "open it for writing",
                        NULL);
  g_clear_object (&units);
  g_clear_object (&db);
  g_assert_cmpint (count_units (fixture->path), ==, 1);
}

static gboolean
write_text (const char *path, const char *text)
{
  return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_NONE, 0644, NULL);
}

/* Enters a mount namespace of its own (and a user namespace when not root) in which @dir is
 * mounted read-only: a file there cannot be written even by root, unlike after chmod. */
static gboolean
mount_read_only (const char *dir, char **why)
{
  uid_t uid = getuid ();
  gid_t gid = getgid ();

  if (unshare (uid == 0 ? CLONE_NEWNS : CLONE_NEWUSER | CLONE_NEWNS) != 0)
    {
      *why = g_strdup_printf ("unshare: %s", g_strerror (errno));
      return FALSE;
    }
  if (uid != 0)
    {
      g_autofree char *uid_map = g_strdup_printf ("0 %u 1", (guint) uid);
      g_autofree char *gid_map = g_strdup_printf ("0 %u 1", (guint) gid);

      if (!write_text ("/proc/self/setgroups", "deny") ||
          !write_text ("/proc/self/uid_map", uid_map) ||
          !write_text ("/proc/self/gid_map", gid_map))
        {
          *why = g_strdup ("cannot map the user in a user namespace");
          return FALSE;
        }
    }
  if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 ||
      mount (dir, dir, NULL, MS_BIND, NULL) != 0 ||
      mount (NULL, dir, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY, NULL) != 0)
    {
      *why = g_strdup_printf ("mount: %s", g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

/* The file on a read-only file system: it opens for reading, and every write is refused
 * with a message that names the file. */
static void
test_read_only_mount (Fixture *fixture, gconstpointer data)
{
  g_autofree char *skip = NULL, *why = NULL;

  if (g_test_subprocess ())
    {
      const char *path = g_getenv ("KR_FAULT_DB");
      g_autofree char *dir = g_path_get_dirname (path);
      g_autoptr (GError) error = NULL;
      g_autoptr (KrDatabase) db = NULL;
      g_autoptr (KrUnitRepository) units = NULL;

      if (!mount_read_only (dir, &why))
        {
          /* The folder is still writable: tell the parent why the test cannot run. */
          g_autofree char *skip_path = g_build_filename (dir, "skip", NULL);

          g_assert_true (g_file_set_contents (skip_path, why, -1, NULL));
          return;
        }
      db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
      if (db == NULL)
        {
          g_print ("OPEN %s %d %s\n", g_quark_to_string (error->domain), error->code,
                   error->message);
          return;
        }
      g_print ("read-only %d\n", kr_database_is_read_only (db));
      units = kr_unit_repository_new (db);
      g_assert_cmpint (kr_unit_repository_add (units, 0, "LAIN", "Pemerintah Kota Lain",
                                               KR_UNIT_KIND_INSTANSI, &error),
                       ==, 0);
      g_print ("WRITE %d %s\n", error->code, error->message);
      return;
    }
  skip = g_build_filename (fixture->dir, "skip", NULL);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  if (g_file_get_contents (skip, &why, NULL, NULL))
    {
      g_autofree char *message = g_strdup_printf ("no read-only mount possible here: %s", why);

      g_test_skip (message);
      return;
    }
  /* A WAL database needs its -shm file, which cannot be made there. */
  g_test_trap_assert_stdout ("OPEN kr-error-quark*karier.db*cannot be opened; check that they "
                             "exist and that you may read and write them*");
  g_assert_cmpint (count_units (fixture->path), ==, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/database-faults/full-disk", test_full_disk);
  ADD ("/database-faults/full-pages", test_full_pages);
  ADD ("/database-faults/locked", test_locked);
  ADD ("/database-faults/deleted", test_deleted);
  ADD ("/database-faults/moved", test_moved);
  ADD ("/database-faults/replaced", test_replaced);
  ADD ("/database-faults/read-only-flag", test_read_only_flag);
  ADD ("/database-faults/read-only-mount", test_read_only_mount);
#undef ADD

  return g_test_run ();
}
