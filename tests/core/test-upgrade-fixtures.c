/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-upgrade-fixtures"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "kr-audit.h"
#include "kr-backups.h"
#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-test-utils.h"

/* Databases made by every earlier schema version with that version's own karier-tool
 * (tests/data/upgrade, README.md there says how), each upgraded by kr_database_open() to the
 * latest schema: every row of every table of the old file must still be there with the same
 * values in its old columns, the file must be sound (integrity, foreign keys, audit chain), and
 * the upgrade backup must hold the file as it was. */

typedef struct
{
  char *dir;
  char *path;     /* the file upgraded */
  char *pre_path; /* an untouched copy of it, for comparing */
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = kr_test_make_tmp_dir ("kr-upgrade-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->pre_path = g_build_filename (fixture->dir, "pre-upgrade.db", NULL);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->pre_path);
}

/* Helpers */

/* The SQL text of a gzip'd dump. */
static char *
read_dump (const char *gz_path)
{
  g_autoptr (GFile) file = g_file_new_for_path (gz_path);
  g_autoptr (GError) error = NULL;
  g_autoptr (GInputStream) raw = G_INPUT_STREAM (g_file_read (file, NULL, &error));
  g_autoptr (GZlibDecompressor) gunzip = NULL;
  g_autoptr (GInputStream) stream = NULL;
  g_autoptr (GOutputStream) sql = g_memory_output_stream_new_resizable ();

  g_assert_no_error (error);
  gunzip = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  stream = g_converter_input_stream_new (raw, G_CONVERTER (gunzip));
  g_output_stream_splice (sql, stream, G_OUTPUT_STREAM_SPLICE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_write_all (sql, "", 1, NULL, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (sql, NULL, &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (sql));
}

/* sqlite3_mprintf() (for %Q and %w) into memory that g_free() takes. */
static char *
sql_printf (const char *format, ...)
{
  va_list args;
  char *sqlite_text;
  char *text;

  va_start (args, format);
  sqlite_text = sqlite3_vmprintf (format, args);
  va_end (args);
  text = g_strdup (sqlite_text);
  sqlite3_free (sqlite_text);
  return text;
}

static void
exec (sqlite3 *db, const char *sql)
{
  char *message = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Loads the dump into @path, a new file. */
static void
load_dump (const char *gz_path, const char *path)
{
  g_autofree char *sql = read_dump (gz_path);
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("loading %s: %s", gz_path, message);
  sqlite3_close (db);
}

static char *
query_text (sqlite3 *db, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* The ordinary tables of schema @schema: not SQLite's own, not virtual (full-text) tables and
 * not their shadow tables, which the full-text engine owns and a migration may rebuild. */
static GPtrArray *
list_tables (sqlite3 *db, const char *schema)
{
  g_autofree char *sql = g_strdup_printf (
      "SELECT t.name FROM %s.sqlite_schema t WHERE t.type = 'table' AND t.name NOT LIKE "
      "'sqlite\\_%%' ESCAPE '\\' AND t.sql NOT LIKE 'CREATE VIRTUAL%%' AND NOT EXISTS (SELECT 1 "
      "FROM %s.sqlite_schema v WHERE v.sql LIKE 'CREATE VIRTUAL%%' AND t.name LIKE v.name || "
      "'\\_%%' ESCAPE '\\') ORDER BY t.name",
      schema, schema);
  GPtrArray *tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  return tables;
}

/* The columns of @table in @schema, quoted and joined with commas. */
static char *
list_columns (sqlite3 *db, const char *schema, const char *table)
{
  g_autofree char *sql = sql_printf ("SELECT group_concat('\"' || name || '\"', ', ') FROM "
                                     "pragma_table_info(%Q, %Q)",
                                     table, schema);
  char *columns = query_text (db, sql);

  g_assert_nonnull (columns);
  return columns;
}

static gint64
count_missing_rows (sqlite3 *db,
                    const char *table,
                    const char *columns,
                    const char *from,
                    const char *to)
{
  g_autofree char *sql = sql_printf ("SELECT count(*) FROM (SELECT %s FROM %s.\"%w\" EXCEPT "
                                     "SELECT %s FROM %s.\"%w\")",
                                     columns, from, table, columns, to, table);

  return kr_test_query_int (db, sql);
}

static gint64
count_rows (sqlite3 *db, const char *schema, const char *table)
{
  g_autofree char *sql = sql_printf ("SELECT count(*) FROM %s.\"%w\"", schema, table);

  return kr_test_query_int (db, sql);
}

/* Every row of every table of "old" is in "main" with the same values in the old columns.
 * With @both_ways, "main" has no other rows and no other tables either. */
static void
assert_rows_kept (sqlite3 *db, gboolean both_ways, const char *label)
{
  g_autoptr (GPtrArray) tables = list_tables (db, "old");
  g_autoptr (GPtrArray) now = list_tables (db, "main");

  g_assert_cmpuint (tables->len, >, 0);
  if (both_ways)
    g_assert_cmpuint (now->len, ==, tables->len);
  for (guint i = 0; i < tables->len; i++)
    {
      const char *table = g_ptr_array_index (tables, i);
      g_autofree char *columns = list_columns (db, "old", table);
      gint64 n_old = count_rows (db, "old", table);
      gint64 missing;

      /* No migration so far renamed or dropped a table or a column: a future one that does
       * must say here where their rows went. */
      if (!g_ptr_array_find_with_equal_func (now, table, g_str_equal, NULL))
        g_error ("%s: the table %s is gone", label, table);
      missing = count_missing_rows (db, table, columns, "old", "main");
      if (missing != 0)
        g_error ("%s: %lld of the %lld rows of %s were lost or changed", label, (long long) missing,
                 (long long) n_old, table);
      g_assert_cmpint (count_rows (db, "main", table), >=, n_old);
      if (both_ways)
        {
          g_assert_cmpint (count_missing_rows (db, table, columns, "main", "old"), ==, 0);
          g_assert_cmpint (count_rows (db, "main", table), ==, n_old);
        }
    }
}

static void
assert_sound (sqlite3 *db)
{
  g_autofree char *integrity = query_text (db, "PRAGMA main.integrity_check");
  g_autofree char *foreign = query_text (db, "SELECT count(*) FROM pragma_foreign_key_check");

  g_assert_cmpstr (integrity, ==, "ok");
  g_assert_cmpstr (foreign, ==, "0");
}

static void
attach (sqlite3 *db, const char *path, const char *name)
{
  g_autofree char *sql = sql_printf ("ATTACH %Q AS %s", path, name);

  exec (db, sql);
}

/* The upgrade backup @path is the one backup of the database's folder, of kind "upgrade" and
 * at the schema version before the upgrade. */
static void
assert_listed_backup (Fixture *fixture, const char *path, int old_version)
{
  g_autofree char *folder = kr_backups_get_folder (fixture->path, NULL);
  g_autoptr (GPtrArray) backups = NULL;
  g_autoptr (GError) error = NULL;
  const KrBackup *backup;

  backups = kr_backups_list (folder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 1);
  backup = g_ptr_array_index (backups, 0);
  g_assert_cmpstr (backup->path, ==, path);
  g_assert_cmpint (backup->kind, ==, KR_BACKUP_KIND_UPGRADE);
  g_assert_cmpint (backup->schema_version, ==, old_version);
}

/* The test */

static void
test_fixture (Fixture *fixture, gconstpointer data)
{
  const char *gz_path = data;
  g_autofree char *label = g_path_get_basename (gz_path);
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (GError) error = NULL;
  sqlite3 *check = NULL;
  const char *backup;
  gboolean had_audit;
  int old_version;

  load_dump (gz_path, fixture->path);
  load_dump (gz_path, fixture->pre_path);
  g_assert_cmpint (sqlite3_open (fixture->pre_path, &check), ==, SQLITE_OK);
  old_version = (int) kr_test_query_int (check, "PRAGMA user_version");
  had_audit = kr_test_query_int (check, "SELECT count(*) FROM sqlite_schema WHERE name = "
                                        "'audit_log'") == 1;
  sqlite3_close (check);
  g_assert_cmpint (old_version, >=, 1);
  g_assert_cmpint (old_version, <=, kr_database_get_latest_schema_version ());

  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NO_CREATE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kr_database_get_schema_version (db), ==,
                   kr_database_get_latest_schema_version ());

  if (had_audit)
    {
      gint64 first_broken = -1;
      guint64 n_checked = 0;

      g_assert_true (kr_audit_verify (db, &first_broken, &n_checked, &error));
      g_assert_no_error (error);
      g_assert_cmpint (first_broken, ==, 0);
      g_assert_cmpuint (n_checked, >, 0);
    }

  check = _kr_database_get_handle (db);
  assert_sound (check);
  attach (check, fixture->pre_path, "old");
  assert_rows_kept (check, FALSE, label);
  exec (check, "DETACH old");

  /* The upgrade backup is the file as it was. The fixture of the version before a migration
   * is added with it, so it may be of the latest schema for a while: then nothing upgrades. */
  backup = kr_database_get_upgrade_backup_path (db);
  if (old_version == kr_database_get_latest_schema_version ())
    {
      g_assert_null (backup);
      return;
    }
  g_assert_nonnull (backup);
  assert_listed_backup (fixture, backup, old_version);
  g_assert_cmpint (sqlite3_open_v2 (backup, &check, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (kr_test_query_int (check, "PRAGMA user_version"), ==, old_version);
  assert_sound (check);
  attach (check, fixture->pre_path, "old");
  assert_rows_kept (check, TRUE, label);
  sqlite3_close (check);
}

/* Every schema version before the latest has its fixture, except version 1: no program ever
 * wrote a version 1 file (the first commit already brought migration 2). */
static void
test_complete (gconstpointer data)
{
  const GPtrArray *files = data;

  for (int version = 2; version < kr_database_get_latest_schema_version (); version++)
    {
      g_autofree char *expected = g_strdup_printf ("schema-%02d.sql.gz", version);
      gboolean found = FALSE;

      for (guint i = 0; i < files->len && !found; i++)
        found = g_str_has_suffix (g_ptr_array_index (files, i), expected);
      if (!found)
        g_error ("tests/data/upgrade/%s is missing: every migration needs a fixture of the "
                 "version before it (see README.md there)",
                 expected);
    }
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

int
main (int argc, char *argv[])
{
  g_autofree char *folder = NULL;
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_test_init (&argc, &argv, NULL);

  folder = g_test_build_filename (G_TEST_DIST, "data", "upgrade", NULL);
  dir = g_dir_open (folder, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "schema-") && g_str_has_suffix (name, ".sql.gz"))
      g_ptr_array_add (files, g_build_filename (folder, name, NULL));
  g_ptr_array_sort (files, compare_names);

  g_test_add_data_func ("/upgrade-fixtures/complete", files, test_complete);
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *test_path = NULL;

      base[strlen (base) - strlen (".sql.gz")] = '\0';
      test_path = g_strdup_printf ("/upgrade-fixtures/%s", base);
      g_test_add (test_path, Fixture, path, fixture_set_up, test_fixture, fixture_tear_down);
    }
  return g_test_run ();
}
