/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-backups"

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <utime.h>

#include <glib/gstdio.h>

#include "kr-backups.h"
#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-error.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

/* The backup folder (kr-backups.h): names, listing, rotation, the daily backup and restore. */

typedef struct
{
  char *dir;
  char *path;
  char *folder;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = kr_test_make_tmp_dir ("kr-backups-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->folder = kr_backups_get_folder (fixture->path, NULL);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->folder);
}

static GDateTime *
utc (int year, int month, int day, int hour, int minute, int second)
{
  return g_date_time_new_utc (year, month, day, hour, minute, second);
}

static KrDatabase *
open_database (const char *path)
{
  g_autoptr (GError) error = NULL;
  KrDatabase *db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);

  g_assert_no_error (error);
  return db;
}

static void
add_unit (KrDatabase *db, const char *code)
{
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (db);
  g_autoptr (GError) error = NULL;

  kr_unit_repository_add (units, 0, code, code, KR_UNIT_KIND_INSTANSI, &error);
  g_assert_no_error (error);
}

static gint64
count_units (const char *path)
{
  g_autoptr (KrDatabase) db = open_database (path);

  return kr_test_query_int (_kr_database_get_handle (db), "SELECT count(*) FROM unit");
}

static KrBackup *
create (KrDatabase *db, const char *folder, KrBackupKind kind, GDateTime *when)
{
  g_autoptr (GError) error = NULL;
  KrBackup *backup = kr_backups_create (db, folder, kind, when, &error);

  g_assert_no_error (error);
  g_assert_nonnull (backup);
  return backup;
}

static GPtrArray *
list (const char *folder)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *backups = kr_backups_list (folder, &error);

  g_assert_no_error (error);
  return backups;
}

static char *
base_name (const KrBackup *backup)
{
  return g_path_get_basename (backup->path);
}

/* Tests */

static void
test_names (void)
{
  g_autoptr (GDateTime) when = utc (2026, 3, 4, 5, 6, 7);
  g_autoptr (GTimeZone) jakarta = g_time_zone_new_identifier ("+07:00");
  g_autoptr (GDateTime) local = g_date_time_new (jakarta, 2026, 3, 4, 12, 6, 7);
  g_autoptr (GDateTime) parsed = NULL;
  g_autofree char *name = kr_backups_build_file_name (KR_BACKUP_KIND_DAILY, when);
  g_autofree char *from_local = kr_backups_build_file_name (KR_BACKUP_KIND_BEFORE_RESTORE, local);
  g_autofree char *folder = kr_backups_get_folder ("/data/karier.db", NULL);
  g_autofree char *other = kr_backups_get_folder ("/data/pegawai", "");
  g_autofree char *chosen = kr_backups_get_folder ("/data/karier.db", "/mnt/backups");
  KrBackupKind kind = KR_BACKUP_KIND_MANUAL;

  g_assert_cmpstr (name, ==, "karier-20260304T050607Z-daily.db");
  g_assert_cmpstr (from_local, ==, "karier-20260304T050607Z-before-restore.db");
  g_assert_cmpstr (folder, ==, "/data/karier.backups");
  g_assert_cmpstr (other, ==, "/data/pegawai.backups");
  g_assert_cmpstr (chosen, ==, "/mnt/backups");

  g_assert_true (kr_backups_parse_file_name (from_local, &kind, &parsed));
  g_assert_cmpint (kind, ==, KR_BACKUP_KIND_BEFORE_RESTORE);
  g_assert_true (g_date_time_equal (parsed, when));
  g_assert_true (kr_backups_parse_file_name ("karier-20260304T050607Z-import-3.db", &kind, NULL));
  g_assert_cmpint (kind, ==, KR_BACKUP_KIND_IMPORT);

  static const char *const bad[] = {
    "karier-20260304T050607Z-weekly.db",   "karier-20260304T050607-daily.db",
    "karier-20261304T050607Z-daily.db",    "karier-20260304T050607Z-daily.bak",
    "other-20260304T050607Z-daily.db",     "karier-20260304T050607Z-daily-.db",
    "karier-20260304T050607Z-daily-1x.db", "karier-2026030T4050607Z-daily.db",
    "karier-20260304T050607Z.db",
  };
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (kr_backups_parse_file_name (bad[i], NULL, NULL));
}

static void
test_list (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrDatabase) db = open_database (fixture->path);
  g_autoptr (GDateTime) t1 = utc (2026, 1, 1, 8, 0, 0);
  g_autoptr (GDateTime) t2 = utc (2026, 1, 2, 8, 0, 0);
  g_autoptr (KrBackup) a = create (db, fixture->folder, KR_BACKUP_KIND_DAILY, t1);
  g_autoptr (KrBackup) b = create (db, fixture->folder, KR_BACKUP_KIND_MANUAL, t2);
  g_autoptr (KrBackup) c = create (db, fixture->folder, KR_BACKUP_KIND_MANUAL, t2);
  g_autoptr (GPtrArray) backups = NULL;
  g_autoptr (GPtrArray) none = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", NULL);
  g_autofree char *junk = g_build_filename (fixture->folder, "notes.txt", NULL);
  g_autofree char *c_name = base_name (c);
  const KrBackup *first;

  g_assert_cmpstr (c_name, ==, "karier-20260102T080000Z-manual-2.db");
  g_file_set_contents (junk, "x", 1, NULL);
  backups = list (fixture->folder);
  g_assert_cmpuint (backups->len, ==, 3);
  first = g_ptr_array_index (backups, 0);
  g_assert_cmpstr (first->path, ==, c->path);
  g_assert_cmpstr (((KrBackup *) g_ptr_array_index (backups, 1))->path, ==, b->path);
  g_assert_cmpstr (((KrBackup *) g_ptr_array_index (backups, 2))->path, ==, a->path);
  g_assert_cmpint (first->kind, ==, KR_BACKUP_KIND_MANUAL);
  g_assert_true (g_date_time_equal (first->time, t2));
  g_assert_cmpint (first->size, >, 0);
  g_assert_cmpint (first->schema_version, ==, kr_database_get_latest_schema_version ());
  /* Listing read each file's schema: a backup is one file at rest, none of SQLite's WAL files
   * appear beside it. */
  for (guint i = 0; i < backups->len; i++)
    {
      const KrBackup *backup = g_ptr_array_index (backups, i);
      g_autofree char *wal = g_strconcat (backup->path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (backup->path, "-shm", NULL);

      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
    }

  none = list (missing);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_rotation (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrDatabase) db = open_database (fixture->path);
  g_autoptr (GPtrArray) backups = NULL;
  g_autoptr (GError) error = NULL;
  guint removed = 0, n_daily = 0, n_import = 0, n_manual = 0;

  for (int day = 1; day <= 6; day++)
    {
      g_autoptr (GDateTime) when = utc (2026, 2, day, 1, 0, 0);

      kr_backup_free (create (db, fixture->folder, KR_BACKUP_KIND_DAILY, when));
      kr_backup_free (create (db, fixture->folder, KR_BACKUP_KIND_MANUAL, when));
      if (day <= 2)
        kr_backup_free (create (db, fixture->folder, KR_BACKUP_KIND_IMPORT, when));
    }
  g_assert_true (kr_backups_rotate (fixture->folder, 3, &removed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (removed, ==, 3);

  backups = list (fixture->folder);
  for (guint i = 0; i < backups->len; i++)
    {
      const KrBackup *backup = g_ptr_array_index (backups, i);

      if (backup->kind == KR_BACKUP_KIND_DAILY)
        {
          /* The newest three: days 6, 5, 4. */
          g_assert_cmpint (g_date_time_get_day_of_month (backup->time), ==, 6 - (int) n_daily);
          n_daily++;
        }
      n_import += backup->kind == KR_BACKUP_KIND_IMPORT;
      n_manual += backup->kind == KR_BACKUP_KIND_MANUAL;
    }
  g_assert_cmpuint (n_daily, ==, 3);
  g_assert_cmpuint (n_import, ==, 2);
  g_assert_cmpuint (n_manual, ==, 6);
}

/* Writes @name (and, when @journal, its -journal) in @folder, dated @age_seconds ago. */
static char *
write_leftover (const char *folder, const char *name, gint64 age_seconds, gboolean journal)
{
  char *path = g_build_filename (folder, name, NULL);
  g_autofree char *journal_path = g_strconcat (path, "-journal", NULL);
  gint64 when = g_get_real_time () / G_USEC_PER_SEC - age_seconds;
  struct utimbuf times = { .actime = (time_t) when, .modtime = (time_t) when };
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, "half a copy", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (utime (path, &times), ==, 0);
  if (journal)
    {
      g_file_set_contents (journal_path, "journal", -1, &error);
      g_assert_no_error (error);
    }
  return path;
}

/* A copy killed halfway leaves its temporary behind: the next backup or restore into the same
 * folder removes it and its journal, but leaves a temporary that a copy under way holds (it is
 * locked), one younger than a minute (it may not be locked yet) and files of other names. */
static void
test_stale_temporaries (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrDatabase) db = open_database (fixture->path);
  g_autoptr (GDateTime) when = utc (2026, 3, 1, 1, 0, 0);
  g_autoptr (KrBackup) backup = NULL;
  g_autoptr (KrBackup) before = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *stale = NULL, *held = NULL, *young = NULL, *other = NULL, *restore = NULL;
  g_autofree char *stale_journal = NULL;
  int held_fd;

  add_unit (db, "A");
  g_assert_true (g_mkdir_with_parents (fixture->folder, 0700) == 0);
  stale = write_leftover (fixture->folder, KR_BACKUP_TEMPORARY_PREFIX "ABC123", 3600, TRUE);
  stale_journal = g_strconcat (stale, "-journal", NULL);
  held = write_leftover (fixture->folder, KR_BACKUP_TEMPORARY_PREFIX "HELD42", 3600, FALSE);
  young = write_leftover (fixture->folder, KR_BACKUP_TEMPORARY_PREFIX "YOUNG1", 5, FALSE);
  other = write_leftover (fixture->folder, KR_BACKUP_TEMPORARY_PREFIX "notes.txt", 3600, FALSE);
  held_fd = g_open (held, O_RDONLY | O_CLOEXEC, 0);
  g_assert_cmpint (held_fd, >=, 0);
  g_assert_cmpint (flock (held_fd, LOCK_EX | LOCK_NB), ==, 0);

  backup = create (db, fixture->folder, KR_BACKUP_KIND_MANUAL, when);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (stale_journal, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (held, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (young, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));

  /* Once nobody holds it, it goes with the next copy. */
  g_close (held_fd, NULL);
  g_assert_cmpuint (_kr_file_remove_stale_temporaries (fixture->folder, KR_BACKUP_TEMPORARY_PREFIX),
                    ==, 1);
  g_assert_false (g_file_test (held, G_FILE_TEST_EXISTS));

  /* A restore's leftover beside the database goes with the next restore. */
  restore = write_leftover (fixture->dir, KR_RESTORE_TEMPORARY_PREFIX "XYZ789", 3600, TRUE);
  g_assert_finalize_object (g_steal_pointer (&db));
  g_assert_true (
      kr_backups_restore (fixture->path, backup->path, fixture->folder, when, &before, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (restore, G_FILE_TEST_EXISTS));
  g_assert_cmpint (count_units (fixture->path), ==, 1);
}

static void
test_daily_if_due (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrDatabase) db = open_database (fixture->path);
  g_autoptr (GDateTime) t0 = utc (2026, 5, 1, 9, 0, 0);
  g_autoptr (GDateTime) t1 = g_date_time_add_hours (t0, 23);
  g_autoptr (GDateTime) t2 = g_date_time_add_hours (t0, 24);
  g_autoptr (GDateTime) earlier = g_date_time_add_days (t0, -3);
  g_autoptr (GPtrArray) backups = NULL;
  g_autoptr (GError) error = NULL;
  KrBackup *created = NULL;

  g_assert_true (kr_backups_create_daily_if_due (db, fixture->folder, 2, t0, &created, &error));
  g_assert_no_error (error);
  g_assert_nonnull (created);
  g_assert_true (g_date_time_equal (created->time, t0));
  g_clear_pointer (&created, kr_backup_free);

  /* A manual backup is not a daily one. */
  kr_backup_free (create (db, fixture->folder, KR_BACKUP_KIND_MANUAL, t1));
  g_assert_true (kr_backups_create_daily_if_due (db, fixture->folder, 2, t1, &created, &error));
  g_assert_null (created);

  g_assert_true (kr_backups_create_daily_if_due (db, fixture->folder, 2, t2, &created, &error));
  g_assert_nonnull (created);
  g_clear_pointer (&created, kr_backup_free);

  /* A clock set back: the newest daily one is in the future, so one is made now. */
  g_assert_true (
      kr_backups_create_daily_if_due (db, fixture->folder, 2, earlier, &created, &error));
  g_assert_nonnull (created);
  g_clear_pointer (&created, kr_backup_free);

  /* Rotation ran: two daily backups kept (t2 and t0), the manual one too. */
  backups = list (fixture->folder);
  g_assert_cmpuint (backups->len, ==, 3);
  g_assert_true (g_date_time_equal (((KrBackup *) g_ptr_array_index (backups, 0))->time, t2));
  g_assert_true (g_date_time_equal (((KrBackup *) g_ptr_array_index (backups, 2))->time, t0));
}

static void
test_restore_round_trip (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrBackup) backup = NULL;
  g_autoptr (KrBackup) before = NULL;
  g_autoptr (GDateTime) when = utc (2026, 6, 1, 10, 0, 0);
  g_autoptr (GError) error = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *name = NULL;

  {
    g_autoptr (KrDatabase) db = open_database (fixture->path);

    add_unit (db, "A");
    add_unit (db, "B");
    backup = create (db, fixture->folder, KR_BACKUP_KIND_MANUAL, NULL);
    add_unit (db, "C");
  }
  g_assert_cmpint (count_units (fixture->path), ==, 3);

  g_assert_true (
      kr_backups_restore (fixture->path, backup->path, fixture->folder, when, &before, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (count_units (fixture->path), ==, 2);

  /* The database as it was, with unit C, was kept. */
  g_assert_nonnull (before);
  {
    g_autofree char *before_wal = g_strconcat (before->path, "-wal", NULL);
    g_autofree char *before_shm = g_strconcat (before->path, "-shm", NULL);
    g_autoptr (GPtrArray) listed = list (fixture->folder); /* reads each file's schema */

    /* One file at rest, like every backup */
    g_assert_cmpuint (listed->len, ==, 2);
    g_assert_false (g_file_test (before_wal, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (before_shm, G_FILE_TEST_EXISTS));
  }
  name = base_name (before);
  g_assert_cmpstr (name, ==, "karier-20260601T100000Z-before-restore.db");
  g_assert_cmpint (before->kind, ==, KR_BACKUP_KIND_BEFORE_RESTORE);
  g_assert_cmpint (count_units (before->path), ==, 3);

  /* Restoring that undoes the restore. */
  g_clear_pointer (&backup, kr_backup_free);
  g_assert_true (
      kr_backups_restore (fixture->path, before->path, fixture->folder, NULL, &backup, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_units (fixture->path), ==, 3);
}

static void
test_restore_refused_while_open (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrDatabase) db = open_database (fixture->path);
  g_autoptr (KrBackup) backup = create (db, fixture->folder, KR_BACKUP_KIND_MANUAL, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) backups = NULL;

  add_unit (db, "A");
  g_assert_false (
      kr_backups_restore (fixture->path, backup->path, fixture->folder, NULL, NULL, &error));
  kr_test_assert_error (error, KR_ERROR, KR_ERROR_STORAGE, "karier.db", NULL);
  backups = list (fixture->folder);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_cmpint (kr_test_query_int (_kr_database_get_handle (db), "SELECT count(*) FROM unit"),
                   ==, 1);
}

static void
assert_refused (Fixture *fixture, const char *file, int code, const char *fragment)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) backups = NULL;
  g_autofree char *name = g_path_get_basename (file);

  g_assert_false (kr_backups_check (file, NULL, &error));
  kr_test_assert_error (error, KR_ERROR, code, name, fragment, NULL);
  g_clear_error (&error);

  g_assert_false (kr_backups_restore (fixture->path, file, fixture->folder, NULL, NULL, &error));
  kr_test_assert_error (error, KR_ERROR, code, name, fragment, NULL);
  /* Refused before anything was written: no before-restore copy, the database unchanged. */
  backups = list (fixture->folder);
  g_assert_cmpuint (backups->len, ==, 0);
  g_assert_cmpint (count_units (fixture->path), ==, 1);
}

static void
test_restore_refuses_bad_files (Fixture *fixture, gconstpointer data)
{
  g_autofree char *text = g_build_filename (fixture->dir, "notes.db", NULL);
  g_autofree char *foreign = g_build_filename (fixture->dir, "other.db", NULL);
  g_autofree char *newer = g_build_filename (fixture->dir, "newer.db", NULL);
  g_autofree char *corrupt = g_build_filename (fixture->dir, "corrupt.db", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.db", NULL);
  g_autofree char *sql = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  sqlite3 *handle = NULL;

  {
    g_autoptr (KrDatabase) db = open_database (fixture->path);

    add_unit (db, "A");
  }
  g_assert_true (g_file_set_contents (text, "NIP;NAMA\n1;x\n", -1, NULL));

  g_assert_cmpint (sqlite3_open (foreign, &handle), ==, SQLITE_OK);
  g_assert_cmpint (
      sqlite3_exec (handle, "CREATE TABLE t (x); INSERT INTO t VALUES (1);", NULL, NULL, NULL), ==,
      SQLITE_OK);
  sqlite3_close (handle);

  {
    g_autoptr (KrDatabase) db = open_database (newer);

    sql =
        g_strdup_printf ("PRAGMA user_version = %d", kr_database_get_latest_schema_version () + 1);
    g_assert_cmpint (sqlite3_exec (_kr_database_get_handle (db), sql, NULL, NULL, NULL), ==,
                     SQLITE_OK);
  }

  /* A copy of a sound database with pages in its middle overwritten. */
  {
    g_autoptr (KrDatabase) db = open_database (corrupt);

    add_unit (db, "A");
    g_assert_cmpint (sqlite3_exec (_kr_database_get_handle (db), "PRAGMA wal_checkpoint(TRUNCATE)",
                                   NULL, NULL, NULL),
                     ==, SQLITE_OK);
  }
  g_assert_true (g_file_get_contents (corrupt, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8192);
  for (gsize i = 4096; i < length - 100; i += 97)
    contents[i] = (char) (contents[i] ^ 0x5a);
  g_assert_true (g_file_set_contents (corrupt, contents, (gssize) length, NULL));

  assert_refused (fixture, missing, KR_ERROR_NOT_FOUND, "no such file");
  assert_refused (fixture, text, KR_ERROR_NOT_A_DATABASE, "not a Karier database");
  assert_refused (fixture, foreign, KR_ERROR_NOT_A_DATABASE, "not a Karier database");
  assert_refused (fixture, newer, KR_ERROR_SCHEMA_TOO_NEW, "newer Karier");
  assert_refused (fixture, corrupt, KR_ERROR_NOT_A_DATABASE, "damaged");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define add_test(path, func)                                                                       \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/backups/names", test_names);
  add_test ("/backups/list", test_list);
  add_test ("/backups/rotation", test_rotation);
  add_test ("/backups/daily-if-due", test_daily_if_due);
  add_test ("/backups/stale-temporaries", test_stale_temporaries);
  add_test ("/backups/restore/round-trip", test_restore_round_trip);
  add_test ("/backups/restore/refused-while-open", test_restore_refused_while_open);
  add_test ("/backups/restore/refuses-bad-files", test_restore_refuses_bad_files);

  return g_test_run ();
}
