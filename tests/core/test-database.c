/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-database"

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "kr-backups.h"
#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-error.h"
#include "kr-test-utils.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = kr_test_make_tmp_dir ("kr-database-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "karier.db", NULL);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* Helpers */

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

/* The names in @dir, sorted and joined with spaces. */
static char *
list_dir (const char *path)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
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

static void
write_bytes (const char *path, const char *contents, gssize length)
{
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static void
exec_raw (sqlite3 *db, const char *sql)
{
  char *message = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Runs @sql on a connection of its own, as another program would. */
static void
exec_other_program (const char *path, const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_raw (db, sql);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static gint64
query_int (KrDatabase *db, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (KrDatabase *db, const char *sql, const char *param)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  if (param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static gboolean
has_table (KrDatabase *db, const char *table)
{
  g_autofree char *name =
      query_text (db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", table);

  return name != NULL;
}

/* Inserts a unit and returns its id, or 0 with @error set when SQLite refused it. */
static gint64
insert_unit (KrDatabase *db, gint64 parent_id, const char *code, const char *kind, GError **error)
{
  sqlite3 *handle = _kr_database_get_handle (db);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (handle,
                                       "INSERT INTO unit (parent_id, code, name, kind) "
                                       "VALUES (?, ?, ?, ?)",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  if (parent_id > 0)
    sqlite3_bind_int64 (stmt, 1, parent_id);
  sqlite3_bind_text (stmt, 2, code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, "Badan Kepegawaian Daerah", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, kind, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _kr_database_set_error (db, error, rc, "Could not save the unit in");
      return 0;
    }
  return sqlite3_last_insert_rowid (handle);
}

static void
insert_two_units (KrDatabase *db)
{
  g_autoptr (GError) error = NULL;
  gint64 root;

  g_assert_true (kr_database_begin (db, &error));
  g_assert_no_error (error);
  root = insert_unit (db, 0, "BKD", "perangkat_daerah", &error);
  g_assert_no_error (error);
  insert_unit (db, root, "BKD-MUTASI", "bidang", &error);
  g_assert_no_error (error);
  g_assert_true (kr_database_commit (db, &error));
  g_assert_no_error (error);
}

/* Opens @path with only the first @version compiled-in migrations, as an older Karier would. */
static KrDatabase *
open_at_version (const char *path, int version, const char *extra_migration, GError **error)
{
  g_autoptr (GPtrArray) sql = g_ptr_array_new_with_free_func (g_free);
  KrDatabaseOpenOptions options = { 0 };

  for (int v = 1; v <= version; v++)
    g_ptr_array_add (sql, _kr_database_dup_migration_sql (v));
  if (extra_migration != NULL)
    g_ptr_array_add (sql, g_strdup (extra_migration));
  options.migrations = (const char *const *) sql->pdata;
  options.n_migrations = sql->len;
  return _kr_database_open_full (path, KR_DATABASE_FLAGS_NONE, &options, error);
}

/* Rows that a file of @version can hold, so that an upgrade can be shown to keep them. */
static void
fill_rows (KrDatabase *db, int version)
{
  g_autofree char *marker = g_strdup_printf ("v%d", version);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db),
                                       "INSERT INTO karier_meta (key, value) "
                                       "VALUES ('test_marker', ?)",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, marker, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  if (version >= 2)
    insert_two_units (db);
}

static void
check_rows (KrDatabase *db, int version)
{
  g_autofree char *expected = g_strdup_printf ("v%d", version);
  g_autofree char *marker =
      query_text (db, "SELECT value FROM karier_meta WHERE key = ?", "test_marker");
  g_autofree char *created =
      query_text (db, "SELECT value FROM karier_meta WHERE key = ?", "created_by_version");

  g_assert_cmpstr (marker, ==, expected);
  g_assert_cmpstr (created, ==, PACKAGE_VERSION);
  if (version >= 2)
    {
      g_assert_cmpint (query_int (db, "SELECT count(*) FROM unit"), ==, 2);
      g_assert_cmpint (query_int (db, "SELECT count(*) FROM unit u JOIN unit p ON "
                                      "u.parent_id = p.id WHERE p.code = 'BKD'"),
                       ==, 1);
    }
}

static char *
make_file_at_version (Fixture *fixture, const char *name, int version)
{
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);
  KrDatabase *db = open_at_version (path, version, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (kr_database_get_schema_version (db), ==, version);
  fill_rows (db, version);
  g_assert_finalize_object (db);
  return path;
}

/* Opening must fail with @code and leave the file byte for byte as it was. Unless
 * @may_leave_wal, no file may appear beside it either; SQLite itself leaves -wal and -shm files
 * beside a WAL database that the operating system only lets it read. */
static void
assert_refused_full (const char *path,
                     KrDatabaseFlags flags,
                     int code,
                     const char *fragment,
                     gboolean may_leave_wal)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) before = read_bytes (path);
  g_autoptr (GBytes) after = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *files_before = list_dir (dir);
  g_autofree char *files_after = NULL;
  KrDatabase *db = kr_database_open (path, flags, &error);

  g_assert_null (db);
  g_assert_error (error, KR_ERROR, code);
  if (fragment != NULL)
    {
      if (strstr (error->message, fragment) == NULL)
        g_error ("“%s” not in: %s", fragment, error->message);
    }
  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  files_after = list_dir (dir);
  if (may_leave_wal)
    g_assert_null (strstr (files_after, ".backups"));
  else
    g_assert_cmpstr (files_after, ==, files_before);
}

static void
assert_refused (const char *path, KrDatabaseFlags flags, int code, const char *fragment)
{
  assert_refused_full (path, flags, code, fragment, FALSE);
}

/* Tests */

static void
test_migration_resources (void)
{
  int latest = kr_database_get_latest_schema_version ();

  /* 0001 meta, 0002 units, 0003 employees and their histories. */
  g_assert_cmpint (latest, >=, 3);
  for (int version = 1; version <= latest; version++)
    {
      g_autofree char *sql = _kr_database_dup_migration_sql (version);
      g_autofree char *line = g_strdup_printf ("PRAGMA user_version = %d;", version);

      g_assert_nonnull (strstr (sql, line));
    }
}

static void
test_new_file (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *created_at = NULL;
  g_autofree char *version = NULL;
  g_autoptr (GDateTime) when = NULL;
  KrDatabase *db;
  GStatBuf buf;

  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kr_database_get_path (db), ==, fixture->path);
  g_assert_cmpint (kr_database_get_schema_version (db), ==,
                   kr_database_get_latest_schema_version ());
  g_assert_false (kr_database_is_read_only (db));
  g_assert_false (kr_database_needs_upgrade (db));
  g_assert_null (kr_database_get_upgrade_backup_path (db));

  g_assert_cmpint (query_int (db, "PRAGMA application_id"), ==, KR_DATABASE_APPLICATION_ID);
  g_assert_true (has_table (db, "karier_meta"));
  g_assert_true (has_table (db, "unit"));
  g_assert_true (has_table (db, "employee"));
  g_assert_true (has_table (db, "rank_history"));
  g_assert_true (has_table (db, "employee_fts"));
  version = query_text (db, "SELECT value FROM karier_meta WHERE key = ?", "created_by_version");
  g_assert_cmpstr (version, ==, PACKAGE_VERSION);
  created_at = query_text (db, "SELECT value FROM karier_meta WHERE key = ?", "created_at");
  when = g_date_time_new_from_iso8601 (created_at, NULL);
  g_assert_nonnull (when);

  journal = query_text (db, "PRAGMA journal_mode", NULL);
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpint (query_int (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int (db, "PRAGMA synchronous"), ==, 1);
  g_assert_cmpint (query_int (db, "PRAGMA busy_timeout"), ==, 5000);

  g_assert_cmpint (g_stat (fixture->path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  g_assert_finalize_object (db);
}

static void
test_empty_file (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KrDatabase *db;

  write_bytes (fixture->path, "", 0);
  assert_refused (fixture->path, KR_DATABASE_FLAGS_READ_ONLY, KR_ERROR_NOT_A_DATABASE, "empty");

  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NO_CREATE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kr_database_get_schema_version (db), ==,
                   kr_database_get_latest_schema_version ());
  g_assert_finalize_object (db);
}

static void
test_in_memory (void)
{
  g_autoptr (GError) error = NULL;
  KrDatabaseInfo info;
  KrDatabase *db;

  db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kr_database_get_schema_version (db), ==,
                   kr_database_get_latest_schema_version ());
  insert_two_units (db);
  g_assert_true (kr_database_get_info (db, &info, &error));
  g_assert_no_error (error);
  g_assert_cmpint (info.file_size, ==, 0);
  g_assert_cmpint (info.n_units, ==, 2);
  /* 8 MiB of page cache (kr-database.c). */
  g_assert_cmpint (query_int (db, "PRAGMA cache_size"), ==, -8192);
  g_assert_finalize_object (db);
}

/* A connection that reads through the data once keeps SQLite's own small page cache. */
static void
test_one_pass (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_autoptr (KrDatabase) reader = NULL;

  g_assert_no_error (error);
  reader = kr_database_open (fixture->path,
                             KR_DATABASE_FLAGS_READ_ONLY | KR_DATABASE_FLAGS_ONE_PASS, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "PRAGMA cache_size"), ==, -8192);
  g_assert_cmpint (query_int (reader, "PRAGMA cache_size"), ==, -2000);
}

static void
test_reopen (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *created_before = NULL;
  g_autofree char *created_after = NULL;
  g_autofree char *files = NULL;
  KrDatabase *db;

  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  insert_two_units (db);
  created_before = query_text (db, "SELECT value FROM karier_meta WHERE key = ?", "created_at");
  g_assert_finalize_object (db);

  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NO_CREATE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM unit"), ==, 2);
  created_after = query_text (db, "SELECT value FROM karier_meta WHERE key = ?", "created_at");
  g_assert_cmpstr (created_after, ==, created_before);
  g_assert_null (kr_database_get_upgrade_backup_path (db));
  g_assert_finalize_object (db);

  /* Closing the last connection folds the WAL back in and removes it. */
  files = list_dir (fixture->dir);
  g_assert_cmpstr (files, ==, "karier.db");
}

static void
test_unit_constraints (void)
{
  g_autoptr (GError) error = NULL;
  KrDatabase *db;
  gint64 root;

  db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  root = insert_unit (db, 0, "PEMDA", "instansi", &error);
  g_assert_no_error (error);
  insert_unit (db, root, "BKPSDM", "perangkat_daerah", &error);
  g_assert_no_error (error);

  insert_unit (db, root, "X", "kementerian", &error);
  g_assert_error (error, KR_ERROR, KR_ERROR_CONFLICT);
  g_clear_error (&error);
  insert_unit (db, root, "BKPSDM", "bidang", &error);
  g_assert_error (error, KR_ERROR, KR_ERROR_CONFLICT);
  g_clear_error (&error);
  insert_unit (db, 9999, "ORPHAN", "bidang", &error);
  g_assert_error (error, KR_ERROR, KR_ERROR_CONFLICT);
  g_clear_error (&error);

  /* ON DELETE RESTRICT: a unit with sub-units stays. */
  g_assert_cmpint (sqlite3_exec (_kr_database_get_handle (db),
                                 "DELETE FROM unit WHERE code = 'PEMDA'", NULL, NULL, NULL) &
                       0xff,
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM unit"), ==, 2);
  g_assert_finalize_object (db);
}

static void
test_transactions (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KrDatabase *db;

  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);

  g_assert_false (kr_database_commit (db, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kr_database_rollback (db, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (kr_database_begin (db, &error));
  g_assert_no_error (error);
  g_assert_false (kr_database_begin (db, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_clear_error (&error);
  insert_unit (db, 0, "BKD", "perangkat_daerah", &error);
  g_assert_no_error (error);
  g_assert_true (kr_database_rollback (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM unit"), ==, 0);

  insert_two_units (db);
  g_assert_finalize_object (db);

  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM unit"), ==, 2);
  g_assert_finalize_object (db);
}

static void
test_upgrade_each_version (Fixture *fixture, gconstpointer data)
{
  int latest = kr_database_get_latest_schema_version ();

  for (int version = 1; version < latest; version++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("v%d.db", version);
      g_autofree char *path = make_file_at_version (fixture, name, version);
      g_autofree char *folder = kr_backups_get_folder (path, NULL);
      g_autofree char *backup_name = NULL;
      g_autofree char *backup_dir = NULL;
      KrBackupKind kind = KR_BACKUP_KIND_MANUAL;
      KrDatabase *db, *old;
      const char *backup;

      g_test_message ("Upgrading from schema version %d", version);
      db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
      g_assert_no_error (error);
      g_assert_cmpint (kr_database_get_schema_version (db), ==, latest);
      g_assert_false (kr_database_needs_upgrade (db));
      check_rows (db, version);
      g_assert_true (has_table (db, "unit"));
      g_assert_true (has_table (db, "employee"));
      insert_unit (db, 0, "NEW", "instansi", &error);
      g_assert_no_error (error);

      backup = kr_database_get_upgrade_backup_path (db);
      g_assert_nonnull (backup);
      backup_name = g_path_get_basename (backup);
      backup_dir = g_path_get_dirname (backup);
      /* An "upgrade" backup of the database's own backup folder, "vN.backups". */
      g_assert_cmpstr (backup_dir, ==, folder);
      g_assert_true (kr_backups_parse_file_name (backup_name, &kind, NULL));
      g_assert_cmpint (kind, ==, KR_BACKUP_KIND_UPGRADE);

      old = kr_database_open (backup, KR_DATABASE_FLAGS_READ_ONLY, &error);
      g_assert_no_error (error);
      g_assert_cmpint (kr_database_get_schema_version (old), ==, version);
      g_assert_true (kr_database_needs_upgrade (old));
      check_rows (old, version);
      g_assert_finalize_object (old);
      g_assert_finalize_object (db);
    }
}

static void
test_failing_migration (Fixture *fixture, gconstpointer data)
{
  static const char *const broken[] = {
    /* Fails half-way: the table and the row before the error must not survive. */
    "CREATE TABLE unit (id INTEGER PRIMARY KEY);\n"
    "INSERT INTO karier_meta (key, value) VALUES ('half_done', 'yes');\n"
    "INSERT INTO no_such_table VALUES (1);\n"
    "PRAGMA user_version = 2;\n",
    /* Forgets to set the version: must not commit either. */
    "CREATE TABLE unit (id INTEGER PRIMARY KEY);\n"
    "INSERT INTO karier_meta (key, value) VALUES ('half_done', 'yes');\n",
  };
  g_autofree char *path = make_file_at_version (fixture, "karier.db", 1);

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *half_done = NULL;
      KrDatabase *db;

      db = open_at_version (path, 1, broken[i], &error);
      g_assert_null (db);
      g_assert_error (error, KR_ERROR, KR_ERROR_STORAGE);
      g_assert_nonnull (strstr (error->message, "left at version 1"));
      g_assert_nonnull (strstr (error->message, "karier.backups" G_DIR_SEPARATOR_S "karier-"));
      g_assert_nonnull (strstr (error->message, "-upgrade"));
      g_clear_error (&error);

      db = kr_database_open (path, KR_DATABASE_FLAGS_READ_ONLY, &error);
      g_assert_no_error (error);
      g_assert_cmpint (kr_database_get_schema_version (db), ==, 1);
      g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, 1);
      check_rows (db, 1);
      g_assert_false (has_table (db, "unit"));
      half_done = query_text (db, "SELECT value FROM karier_meta WHERE key = ?", "half_done");
      g_assert_null (half_done);
      g_assert_finalize_object (db);
    }
}

static void
test_upgrade_backup_fails (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = make_file_at_version (fixture, "karier.db", 1);
  /* A folder that cannot be created: its parent is the database file. */
  g_autofree char *blocked = g_build_filename (path, "backups", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) before = read_bytes (path);
  g_autoptr (GBytes) after = NULL;
  g_autofree char *files = NULL;
  KrDatabaseOpenOptions options = { .backup_folder = blocked };
  KrDatabase *db;

  db = _kr_database_open_full (path, KR_DATABASE_FLAGS_NONE, &options, &error);
  g_assert_null (db);
  g_assert_error (error, KR_ERROR, KR_ERROR_STORAGE);
  g_assert_nonnull (strstr (error->message, "unchanged"));
  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  files = list_dir (fixture->dir);
  g_assert_cmpstr (files, ==, "karier.db");
}

static void
test_refuse_newer_schema (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *newer = NULL;
  g_autofree char *sql = NULL;
  KrDatabase *db;

  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (db);
  /* A version number is not user input; the pragma takes no parameters. */
  sql = g_strdup_printf ("PRAGMA user_version = %d", kr_database_get_latest_schema_version () + 1);
  exec_other_program (fixture->path, sql);

  newer = g_strdup_printf ("schema version %d", kr_database_get_latest_schema_version () + 1);
  assert_refused (fixture->path, KR_DATABASE_FLAGS_NONE, KR_ERROR_SCHEMA_TOO_NEW, newer);
  assert_refused (fixture->path, KR_DATABASE_FLAGS_READ_ONLY, KR_ERROR_SCHEMA_TOO_NEW,
                  "Update Karier");
}

static void
test_refuse_text_file (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "x.txt", NULL);

  write_bytes (path, "NIP;Nama\n198609262015051001;Budi\n", -1);
  assert_refused (path, KR_DATABASE_FLAGS_NONE, KR_ERROR_NOT_A_DATABASE,
                  "x.txt” is not a Karier database");
  assert_refused (path, KR_DATABASE_FLAGS_READ_ONLY, KR_ERROR_NOT_A_DATABASE, "x.txt");
}

static void
test_refuse_binary_files (Fixture *fixture, gconstpointer data)
{
  g_autofree char *png = g_build_filename (fixture->dir, "photo.png", NULL);
  g_autofree char *damaged = g_build_filename (fixture->dir, "damaged.db", NULL);
  g_autofree char *tiny = g_build_filename (fixture->dir, "tiny.db", NULL);
  char contents[4096];

  memset (contents, 0xAB, sizeof contents);
  memcpy (contents, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  write_bytes (png, contents, sizeof contents);
  assert_refused (png, KR_DATABASE_FLAGS_NONE, KR_ERROR_NOT_A_DATABASE, "photo.png");

  /* The SQLite signature followed by nonsense. */
  memcpy (contents, "SQLite format 3", 16);
  write_bytes (damaged, contents, sizeof contents);
  assert_refused (damaged, KR_DATABASE_FLAGS_NONE, KR_ERROR_NOT_A_DATABASE, "damaged.db");

  write_bytes (tiny, "SQLite", 6);
  assert_refused (tiny, KR_DATABASE_FLAGS_NONE, KR_ERROR_NOT_A_DATABASE, "tiny.db");
}

static void
test_refuse_foreign (Fixture *fixture, gconstpointer data)
{
  g_autofree char *tables = g_build_filename (fixture->dir, "notes.sqlite", NULL);
  g_autofree char *tagged = g_build_filename (fixture->dir, "other.sqlite", NULL);
  g_autofree char *versioned = g_build_filename (fixture->dir, "versioned.sqlite", NULL);

  exec_other_program (tables, "CREATE TABLE notes (body TEXT); "
                              "INSERT INTO notes VALUES ('keep me');");
  assert_refused (tables, KR_DATABASE_FLAGS_NONE, KR_ERROR_NOT_A_DATABASE, "another program");
  assert_refused (tables, KR_DATABASE_FLAGS_READ_ONLY, KR_ERROR_NOT_A_DATABASE, "another program");

  exec_other_program (tagged, "PRAGMA application_id = 42;");
  assert_refused (tagged, KR_DATABASE_FLAGS_NONE, KR_ERROR_NOT_A_DATABASE, "another program");

  exec_other_program (versioned, "PRAGMA user_version = 1;");
  assert_refused (versioned, KR_DATABASE_FLAGS_NONE, KR_ERROR_NOT_A_DATABASE, "another program");
}

static void
test_no_create (Fixture *fixture, gconstpointer data)
{
  g_autofree char *in_missing_folder = g_build_filename (fixture->dir, "no", "karier.db", NULL);
  KrDatabaseFlags flags[] = { KR_DATABASE_FLAGS_NO_CREATE, KR_DATABASE_FLAGS_READ_ONLY };
  g_autofree char *files = NULL;
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      g_assert_null (kr_database_open (fixture->path, flags[i], &error));
      g_assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND);
      g_assert_nonnull (strstr (error->message, "karier.db"));
      g_clear_error (&error);
    }

  /* Creating is allowed, but not a folder on the way. */
  g_assert_null (kr_database_open (in_missing_folder, KR_DATABASE_FLAGS_NONE, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_STORAGE);

  files = list_dir (fixture->dir);
  g_assert_cmpstr (files, ==, "");
}

static void
test_read_only (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = make_file_at_version (fixture, "karier.db", 1);
  g_autoptr (GBytes) before = read_bytes (path);
  g_autoptr (GBytes) after = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *files = NULL;
  KrDatabaseInfo info;
  KrDatabase *db;
  int rc;

  db = kr_database_open (path, KR_DATABASE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (kr_database_is_read_only (db));
  g_assert_cmpint (kr_database_get_schema_version (db), ==, 1);
  g_assert_true (kr_database_needs_upgrade (db));
  g_assert_null (kr_database_get_upgrade_backup_path (db));
  check_rows (db, 1);

  g_assert_true (kr_database_get_info (db, &info, &error));
  g_assert_no_error (error);
  g_assert_cmpint (info.schema_version, ==, 1);
  g_assert_cmpint (info.latest_schema_version, ==, kr_database_get_latest_schema_version ());
  g_assert_true (info.needs_upgrade);
  g_assert_true (info.read_only);
  g_assert_cmpint (info.n_units, ==, 0);
  g_assert_cmpint (info.file_size, ==, g_bytes_get_size (before));

  g_assert_false (kr_database_begin (db, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* Even a write that bypasses the transaction API is refused. */
  rc = sqlite3_exec (_kr_database_get_handle (db),
                     "INSERT INTO karier_meta (key, value) VALUES ('sneaky', 'yes')", NULL, NULL,
                     NULL);
  g_assert_cmpint (rc & 0xff, ==, SQLITE_READONLY);
  _kr_database_set_error (db, &error, rc, "Could not save");
  g_assert_error (error, KR_ERROR, KR_ERROR_READ_ONLY);
  g_assert_finalize_object (db);

  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  files = list_dir (fixture->dir);
  g_assert_cmpstr (files, ==, "karier.db");
}

static void
test_read_only_latest (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KrDatabase *db;

  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (db);

  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (kr_database_is_read_only (db));
  g_assert_false (kr_database_needs_upgrade (db));
  g_assert_finalize_object (db);
}

static void
test_os_read_only (Fixture *fixture, gconstpointer data)
{
  g_autofree char *old = NULL;
  g_autoptr (GError) error = NULL;
  KrDatabase *db;

  if (getuid () == 0)
    {
      g_test_skip ("Running as root, where chmod 0444 does not stop writes");
      return;
    }

  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (db);
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);

  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (kr_database_is_read_only (db));
  g_assert_false (kr_database_needs_upgrade (db));
  g_assert_false (kr_database_begin (db, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_finalize_object (db);

  old = make_file_at_version (fixture, "old.db", 1);
  g_assert_cmpint (g_chmod (old, 0444), ==, 0);
  assert_refused_full (old, KR_DATABASE_FLAGS_NONE, KR_ERROR_READ_ONLY, "writable", TRUE);
}

static void
test_backup_round_trip (Fixture *fixture, gconstpointer data)
{
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *files = NULL;
  KrDatabase *db, *backup;

  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  insert_two_units (db);
  write_bytes (copy, "an older file that the backup replaces", -1);

  g_assert_true (kr_database_backup (db, copy, &error));
  g_assert_no_error (error);
  /* Later changes do not reach the copy. */
  insert_unit (db, 0, "LATER", "instansi", &error);
  g_assert_no_error (error);
  g_assert_finalize_object (db);

  backup = kr_database_open (copy, KR_DATABASE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kr_database_get_schema_version (backup), ==,
                   kr_database_get_latest_schema_version ());
  g_assert_cmpint (query_int (backup, "SELECT count(*) FROM unit"), ==, 2);
  g_assert_finalize_object (backup);

  files = list_dir (fixture->dir);
  g_assert_cmpstr (files, ==, "copy.db karier.db");
}

static void
test_backup_onto_itself (Fixture *fixture, gconstpointer data)
{
  g_autofree char *dotted = g_build_filename (fixture->dir, ".", "karier.db", NULL);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.db", NULL);
  const char *targets[] = { fixture->path, dotted, wal };
  g_autoptr (GError) error = NULL;
  KrDatabase *db;

  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  insert_two_units (db);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_assert_false (kr_database_backup (db, targets[i], &error));
      g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "onto itself"));
      g_clear_error (&error);
    }
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM unit"), ==, 2);

  /* Half-saved changes are not backed up. */
  g_assert_true (kr_database_begin (db, &error));
  g_assert_false (kr_database_backup (db, copy, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (kr_database_rollback (db, &error));
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
  g_assert_finalize_object (db);
}

static void
test_backup_missing_folder (Fixture *fixture, gconstpointer data)
{
  g_autofree char *dest = g_build_filename (fixture->dir, "missing", "copy.db", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *files = NULL;
  KrDatabase *db;

  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_false (kr_database_backup (db, dest, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_clear_error (&error);

  /* A folder as destination is refused too, leaving no temporary file behind. */
  g_assert_false (kr_database_backup (db, fixture->dir, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_finalize_object (db);

  files = list_dir (fixture->dir);
  g_assert_cmpstr (files, ==, "karier.db");
}

static void
test_info (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KrDatabaseInfo info;
  KrDatabase *db;
  GStatBuf buf;

  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (kr_database_get_info (db, &info, &error));
  g_assert_no_error (error);
  g_assert_cmpint (info.schema_version, ==, kr_database_get_latest_schema_version ());
  g_assert_cmpint (info.latest_schema_version, ==, kr_database_get_latest_schema_version ());
  g_assert_false (info.needs_upgrade);
  g_assert_false (info.read_only);
  g_assert_cmpint (info.n_units, ==, 0);

  insert_two_units (db);
  g_assert_true (kr_database_get_info (db, &info, &error));
  g_assert_cmpint (info.n_units, ==, 2);
  g_assert_cmpint (g_stat (fixture->path, &buf), ==, 0);
  g_assert_cmpint (info.file_size, ==, buf.st_size);
  g_assert_cmpint (info.file_size, >, 0);
  g_assert_finalize_object (db);
}

/* The user data folder is a fresh one for each test (G_TEST_OPTION_ISOLATE_DIRS). */
static void
test_default_path (void)
{
  g_autofree char *path = kr_database_get_default_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "karier", NULL);
  g_autoptr (GError) error = NULL;
  KrDatabase *db;

  g_assert_cmpstr (folder, ==, expected);
  g_assert_true (g_str_has_suffix (path, "karier.db"));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_finalize_object (db);
}

static void
add_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/database/migrations/resources", test_migration_resources);
  add_test ("/database/open/new-file", test_new_file);
  add_test ("/database/open/empty-file", test_empty_file);
  g_test_add_func ("/database/open/in-memory", test_in_memory);
  g_test_add_func ("/database/open/default-path", test_default_path);
  add_test ("/database/open/reopen", test_reopen);
  add_test ("/database/open/one-pass", test_one_pass);
  add_test ("/database/open/no-create", test_no_create);
  g_test_add_func ("/database/schema/unit-constraints", test_unit_constraints);
  add_test ("/database/transactions", test_transactions);
  add_test ("/database/info", test_info);
  add_test ("/database/upgrade/each-version", test_upgrade_each_version);
  add_test ("/database/upgrade/failing-migration", test_failing_migration);
  add_test ("/database/upgrade/backup-fails", test_upgrade_backup_fails);
  add_test ("/database/refuse/newer-schema", test_refuse_newer_schema);
  add_test ("/database/refuse/text-file", test_refuse_text_file);
  add_test ("/database/refuse/binary-files", test_refuse_binary_files);
  add_test ("/database/refuse/foreign", test_refuse_foreign);
  add_test ("/database/read-only/old-file", test_read_only);
  add_test ("/database/read-only/latest", test_read_only_latest);
  add_test ("/database/read-only/os", test_os_read_only);
  add_test ("/database/backup/round-trip", test_backup_round_trip);
  add_test ("/database/backup/onto-itself", test_backup_onto_itself);
  add_test ("/database/backup/missing-folder", test_backup_missing_folder);

  return g_test_run ();
}
