/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-upgrade-backup"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "kr-backups.h"
#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-error.h"
#include "kr-test-utils.h"

/* The backup made before a schema upgrade is a backup of the database's backup folder
 * (kr-backups.h): listed with kind "upgrade" and the old schema version, restorable, kept apart
 * when two fall in the same second, rotated with the other automatic kinds, and put into the
 * folder the caller chose. */

#define OLD_VERSION 2

typedef struct
{
  char *dir;
  char *path;
  char *folder; /* the default backup folder of path */
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = kr_test_make_tmp_dir ("kr-upgrade-backup-XXXXXX");
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

/* Helpers */

/* Writes @path as Karier wrote files of schema OLD_VERSION, with units @codes ("A,B"). */
static void
make_old_file (const char *path, const char *codes)
{
  g_autoptr (GPtrArray) sql = g_ptr_array_new_with_free_func (g_free);
  KrDatabaseOpenOptions options = { 0 };
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) split = g_strsplit (codes, ",", -1);
  KrDatabase *db;

  for (int v = 1; v <= OLD_VERSION; v++)
    g_ptr_array_add (sql, _kr_database_dup_migration_sql (v));
  options.migrations = (const char *const *) sql->pdata;
  options.n_migrations = sql->len;
  db = _kr_database_open_full (path, KR_DATABASE_FLAGS_NONE, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kr_database_get_schema_version (db), ==, OLD_VERSION);
  for (guint i = 0; split[i] != NULL; i++)
    kr_test_execf (_kr_database_get_handle (db),
                   "INSERT INTO unit (code, name, kind) VALUES ('%s', 'Unit %s', 'instansi')",
                   split[i], split[i]);
  g_assert_finalize_object (db);
}

/* Removes the database @path and SQLite's files beside it. */
static void
remove_database (const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_assert_true (g_unlink (file) == 0 || !g_file_test (file, G_FILE_TEST_EXISTS));
    }
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* The schema version and the units of the file @path, read without Karier: "2 A,B". */
static char *
describe_file (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *units = NULL;
  gint64 version;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  version = kr_test_query_int (db, "PRAGMA user_version");
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT coalesce(group_concat(code, ','), '') FROM "
                                       "(SELECT code FROM unit ORDER BY id)",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  units = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_strdup_printf ("%d %s", (int) version, units);
}

/* Opens @path read-write, upgrading it with its backup named by @when (%NULL for now) into
 * @folder (%NULL for the default), and returns the upgrade backup's path. */
static char *
upgrade (const char *path, const char *folder, GDateTime *when)
{
  KrDatabaseOpenOptions options = { .backup_folder = folder, .upgrade_time = when };
  g_autoptr (GError) error = NULL;
  KrDatabase *db;
  char *backup;

  db = _kr_database_open_full (path, KR_DATABASE_FLAGS_NONE, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kr_database_get_schema_version (db), ==,
                   kr_database_get_latest_schema_version ());
  g_assert_nonnull (kr_database_get_upgrade_backup_path (db));
  backup = g_strdup (kr_database_get_upgrade_backup_path (db));
  g_assert_finalize_object (db);
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

static const KrBackup *
nth (GPtrArray *backups, guint i)
{
  g_assert_cmpuint (i, <, backups->len);
  return g_ptr_array_index (backups, i);
}

static void
make_backup (KrDatabase *db, const char *folder, KrBackupKind kind, GDateTime *when)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrBackup) backup = kr_backups_create (db, folder, kind, when, &error);

  g_assert_no_error (error);
  g_assert_nonnull (backup);
}

/* Tests */

/* Listed with kind "upgrade" and the version the file had; restoring it gives that file back. */
static void
test_listed_and_restored (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) when = g_date_time_new_utc (2026, 7, 1, 8, 30, 0);
  g_autoptr (GPtrArray) backups = NULL;
  g_autoptr (KrBackup) before = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *original = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *name = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *changed = NULL;
  KrDatabase *db;

  make_old_file (fixture->path, "A,B,C");
  original = describe_file (fixture->path);
  g_assert_cmpstr (original, ==, "2 A,B,C");

  /* Through the public call, with the default folder. */
  db = kr_database_open_with_backup_folder (fixture->path, KR_DATABASE_FLAGS_NONE, NULL, &error);
  g_assert_no_error (error);
  backup = g_strdup (kr_database_get_upgrade_backup_path (db));
  g_assert_nonnull (backup);
  kr_test_execf (_kr_database_get_handle (db),
                 "INSERT INTO unit (code, name, kind) VALUES ('D', 'Unit D', 'instansi')");
  g_assert_finalize_object (db);
  changed = describe_file (fixture->path);
  g_assert_true (g_str_has_suffix (changed, " A,B,C,D"));

  dir = g_path_get_dirname (backup);
  g_assert_cmpstr (dir, ==, fixture->folder);
  name = g_path_get_basename (backup);
  g_assert_true (g_str_has_prefix (name, "karier-"));
  g_assert_true (g_str_has_suffix (name, "Z-upgrade.db"));

  backups = list (fixture->folder);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_cmpstr (nth (backups, 0)->path, ==, backup);
  g_assert_cmpint (nth (backups, 0)->kind, ==, KR_BACKUP_KIND_UPGRADE);
  g_assert_cmpint (nth (backups, 0)->schema_version, ==, OLD_VERSION);
  g_assert_cmpint (nth (backups, 0)->size, >, 0);

  g_assert_true (
      kr_backups_restore (fixture->path, backup, fixture->folder, when, &before, &error));
  g_assert_no_error (error);
  restored = describe_file (fixture->path);
  g_assert_cmpstr (restored, ==, original);

  /* The upgraded file, with unit D, was kept as "before-restore"; the backup is still there. */
  g_assert_nonnull (before);
  g_assert_cmpint (before->kind, ==, KR_BACKUP_KIND_BEFORE_RESTORE);
  g_clear_pointer (&changed, g_free);
  changed = describe_file (before->path);
  g_assert_true (g_str_has_suffix (changed, " A,B,C,D"));
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = list (fixture->folder);
  g_assert_cmpuint (backups->len, ==, 2);

  /* The restored file upgrades again when opened, with a backup of its own. */
  g_clear_pointer (&backup, g_free);
  backup = upgrade (fixture->path, NULL, NULL);
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = list (fixture->folder);
  g_assert_cmpuint (backups->len, ==, 3);
}

/* The folder the caller chose is created and used; nothing goes beside the database. */
static void
test_configured_folder (Fixture *fixture, gconstpointer data)
{
  g_autofree char *chosen = g_build_filename (fixture->dir, "chosen", "deeper", NULL);
  g_autoptr (GPtrArray) backups = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *held = NULL;
  KrDatabase *db;

  make_old_file (fixture->path, "A");
  db = kr_database_open_with_backup_folder (fixture->path, KR_DATABASE_FLAGS_NONE, chosen, &error);
  g_assert_no_error (error);
  dir = g_path_get_dirname (kr_database_get_upgrade_backup_path (db));
  g_assert_cmpstr (dir, ==, chosen);
  g_assert_finalize_object (db);

  g_assert_false (g_file_test (fixture->folder, G_FILE_TEST_EXISTS));
  backups = list (chosen);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_cmpint (nth (backups, 0)->kind, ==, KR_BACKUP_KIND_UPGRADE);
  held = describe_file (nth (backups, 0)->path);
  g_assert_cmpstr (held, ==, "2 A");
}

/* Two upgrades named by the same second keep both files, each with what it held. */
static void
test_same_second (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) when = g_date_time_new_utc (2026, 7, 1, 8, 30, 0);
  g_autoptr (GPtrArray) backups = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *first_name = NULL;
  g_autofree char *second_name = NULL;
  g_autofree char *first_held = NULL;
  g_autofree char *second_held = NULL;

  make_old_file (fixture->path, "A");
  first = upgrade (fixture->path, NULL, when);
  remove_database (fixture->path);
  make_old_file (fixture->path, "B,C");
  second = upgrade (fixture->path, NULL, when);

  first_name = g_path_get_basename (first);
  second_name = g_path_get_basename (second);
  g_assert_cmpstr (first_name, ==, "karier-20260701T083000Z-upgrade.db");
  g_assert_cmpstr (second_name, ==, "karier-20260701T083000Z-upgrade-2.db");
  first_held = describe_file (first);
  second_held = describe_file (second);
  g_assert_cmpstr (first_held, ==, "2 A");
  g_assert_cmpstr (second_held, ==, "2 B,C");

  /* Both listed, the later one first. */
  backups = list (fixture->folder);
  g_assert_cmpuint (backups->len, ==, 2);
  g_assert_cmpstr (nth (backups, 0)->path, ==, second);
  g_assert_cmpstr (nth (backups, 1)->path, ==, first);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_cmpint (nth (backups, i)->kind, ==, KR_BACKUP_KIND_UPGRADE);
      g_assert_cmpint (nth (backups, i)->schema_version, ==, OLD_VERSION);
    }
}

/* Rotated per kind like the other automatic backups: the only upgrade backup survives a
 * rotation to one of each kind, even among newer backups of other kinds; an older one goes. */
static void
test_rotation (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDateTime) t0 = g_date_time_new_utc (2026, 7, 1, 8, 0, 0);
  g_autoptr (GDateTime) t1 = g_date_time_add_hours (t0, 1);
  g_autoptr (GDateTime) t2 = g_date_time_add_days (t0, 1);
  g_autoptr (GDateTime) t3 = g_date_time_add_days (t0, 2);
  g_autoptr (GPtrArray) backups = NULL;
  g_autoptr (KrBackup) daily = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  guint removed = 0;
  KrDatabase *db;

  make_old_file (fixture->path, "A");
  first = upgrade (fixture->path, NULL, t0);

  /* The daily backup that the application makes right after opening, with its rotation. */
  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (kr_backups_create_daily_if_due (db, fixture->folder, 1, t1, &daily, &error));
  g_assert_no_error (error);
  g_assert_nonnull (daily);
  make_backup (db, fixture->folder, KR_BACKUP_KIND_IMPORT, t2);
  make_backup (db, fixture->folder, KR_BACKUP_KIND_IMPORT, t3);
  g_assert_finalize_object (db);
  g_assert_true (kr_backups_rotate (fixture->folder, 1, &removed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (removed, ==, 1); /* the older import backup */
  g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));

  /* A later upgrade: rotating to one upgrade backup removes the first. */
  remove_database (fixture->path);
  make_old_file (fixture->path, "B");
  second = upgrade (fixture->path, NULL, t3);
  g_assert_true (kr_backups_rotate (fixture->folder, 1, &removed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (removed, ==, 1);
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));
  backups = list (fixture->folder);
  g_assert_cmpuint (backups->len, ==, 3); /* upgrade (t3), import (t3), daily (t1) */
  for (guint i = 0; i < backups->len; i++)
    if (nth (backups, i)->kind == KR_BACKUP_KIND_UPGRADE)
      g_assert_cmpstr (nth (backups, i)->path, ==, second);
}

/* Backups made by earlier versions beside the database ("karier.db.v2-….bak") are left where
 * they are and are not backups of the folder. */
static void
test_old_bak_left_alone (Fixture *fixture, gconstpointer data)
{
  g_autofree char *old_bak =
      g_build_filename (fixture->dir, "karier.db.v2-20250101T000000.bak", NULL);
  g_autoptr (GPtrArray) backups = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *held = NULL;

  make_old_file (fixture->path, "A");
  make_old_file (old_bak, "OLD");
  backup = upgrade (fixture->path, NULL, NULL);
  held = describe_file (old_bak);
  g_assert_cmpstr (held, ==, "2 OLD");
  backups = list (fixture->folder);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_cmpstr (nth (backups, 0)->path, ==, backup);
}

static void
add_test (const char *path, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add_test ("/upgrade-backup/listed-and-restored", test_listed_and_restored);
  add_test ("/upgrade-backup/configured-folder", test_configured_folder);
  add_test ("/upgrade-backup/same-second", test_same_second);
  add_test ("/upgrade-backup/rotation", test_rotation);
  add_test ("/upgrade-backup/old-bak-left-alone", test_old_bak_left_alone);
  return g_test_run ();
}
