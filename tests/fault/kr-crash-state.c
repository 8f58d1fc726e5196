/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kr-crash.h"

#include <sqlite3.h>
#include <stdarg.h>
#include <string.h>

#include "kr-audit.h"
#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-error.h"

/* The first schema version with the audit trail (migrations/0007-audit.sql). */
#define AUDIT_SCHEMA_VERSION 7

void
kr_crash_state_clear (KrCrashState *state)
{
  g_clear_pointer (&state->digest, g_free);
}

static gboolean
set_sqlite_error (GError **error, sqlite3 *db, const char *path, const char *what)
{
  g_set_error (error, KR_ERROR, KR_ERROR_STORAGE, "%s: %s: %s", path, what,
               db != NULL ? sqlite3_errmsg (db) : "out of memory");
  return FALSE;
}

/* sqlite3_mprintf() (with %w and %Q), into memory that g_free() releases. */
static char *
sql_printf (const char *format, ...)
{
  va_list args;
  char *sql, *copy;

  va_start (args, format);
  sql = sqlite3_vmprintf (format, args);
  va_end (args);
  copy = g_strdup (sql);
  sqlite3_free (sql);
  return copy;
}

static gboolean
column_varies (const char *table, const char *column)
{
  return strcmp (column, "at") == 0 || g_str_has_suffix (column, "_at") ||
         g_str_has_suffix (column, "hash") ||
         (strcmp (table, "audit_log") == 0 && strcmp (column, "changes") == 0);
}

/* FNV-1a, 64 bits. */
static guint64
hash_bytes (guint64 hash, const void *data, gsize size)
{
  const guchar *bytes = data;

  for (gsize i = 0; i < size; i++)
    {
      hash ^= bytes[i];
      hash *= G_GUINT64_CONSTANT (0x100000001b3);
    }
  return hash;
}

static guint64
hash_value (guint64 hash, sqlite3_stmt *stmt, int column)
{
  int type = sqlite3_column_type (stmt, column);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  guchar tag = (guchar) type;

  hash = hash_bytes (hash, &tag, 1);
  switch (type)
    {
    case SQLITE_INTEGER:
      g_snprintf (buffer, sizeof buffer, "%lld", (long long) sqlite3_column_int64 (stmt, column));
      return hash_bytes (hash, buffer, strlen (buffer) + 1);
    case SQLITE_FLOAT:
      g_ascii_dtostr (buffer, sizeof buffer, sqlite3_column_double (stmt, column));
      return hash_bytes (hash, buffer, strlen (buffer) + 1);
    case SQLITE_TEXT:
    case SQLITE_BLOB:
      {
        const void *data = sqlite3_column_blob (stmt, column);
        int size = sqlite3_column_bytes (stmt, column);
        guint32 length = (guint32) size;

        hash = hash_bytes (hash, &length, sizeof length);
        return data != NULL ? hash_bytes (hash, data, (gsize) size) : hash;
      }
    default:
      return hash;
    }
}

static gboolean
digest_table (sqlite3 *db, const char *path, const char *table, GString *out, GError **error)
{
  g_autofree char *sql = sql_printf ("SELECT * FROM \"%w\"", table);
  sqlite3_stmt *stmt = NULL;
  guint64 sum = 0, n_rows = 0;
  int n_columns, rc;
  gboolean *skip;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return set_sqlite_error (error, db, path, table);
  n_columns = sqlite3_column_count (stmt);
  skip = g_new0 (gboolean, n_columns);
  for (int i = 0; i < n_columns; i++)
    skip[i] = column_varies (table, sqlite3_column_name (stmt, i));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint64 hash = G_GUINT64_CONSTANT (0xcbf29ce484222325);

      for (int i = 0; i < n_columns; i++)
        if (!skip[i])
          hash = hash_value (hash, stmt, i);
      sum += hash;
      n_rows++;
    }
  g_free (skip);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return set_sqlite_error (error, db, path, table);
  g_string_append_printf (out, "%s %" G_GUINT64_FORMAT " %016" G_GINT64_MODIFIER "x\n", table,
                          n_rows, sum);
  return TRUE;
}

gboolean
kr_crash_read_state (const char *path, KrCrashState *state, GError **error)
{
  g_autoptr (GString) digest = g_string_new (NULL);
  g_autoptr (GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;

  /* Read-write without creating: a hot WAL left by a killed writer is recovered as any later
   * connection would. Only reads run here. */
  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      set_sqlite_error (error, db, path, "open");
      sqlite3_close (db);
      return FALSE;
    }
  sqlite3_busy_timeout (db, 10000);
  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    ok = set_sqlite_error (error, db, path, "user_version");
  else
    state->version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  stmt = NULL;

  /* Virtual tables may need Karier's functions; their shadow tables hold the same content. */
  if (ok && sqlite3_prepare_v2 (db,
                                "SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                "substr(name, 1, 7) <> 'sqlite_' AND sql NOT LIKE 'CREATE "
                                "VIRTUAL%' ORDER BY name",
                                -1, &stmt, NULL) != SQLITE_OK)
    ok = set_sqlite_error (error, db, path, "tables");
  while (ok && sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint i = 0; ok && i < tables->len; i++)
    ok = digest_table (db, path, g_ptr_array_index (tables, i), digest, error);
  sqlite3_close (db);
  if (ok)
    state->digest = g_string_free (g_steal_pointer (&digest), FALSE);
  return ok;
}

char *
kr_crash_describe_difference (const char *a, const char *b)
{
  g_auto (GStrv) lines_a = g_strsplit (a, "\n", -1);
  g_auto (GStrv) lines_b = g_strsplit (b, "\n", -1);

  for (guint i = 0; lines_a[i] != NULL || lines_b[i] != NULL; i++)
    {
      if (lines_a[i] == NULL || lines_b[i] == NULL || strcmp (lines_a[i], lines_b[i]) != 0)
        return g_strdup_printf ("“%s” instead of “%s”", lines_a[i] != NULL ? lines_a[i] : "",
                                lines_b[i] != NULL ? lines_b[i] : "");
      if (lines_a[i] == NULL || lines_b[i] == NULL)
        break;
    }
  return g_strdup ("no difference");
}

gboolean
kr_crash_check_database (const char *path, GError **error)
{
  g_autoptr (KrDatabase) db = kr_database_open (path, KR_DATABASE_FLAGS_NO_CREATE, error);
  sqlite3_stmt *stmt = NULL;
  g_autofree char *integrity = NULL;
  gint64 broken = 0;

  if (db == NULL)
    return FALSE;
  if (sqlite3_prepare_v2 (_kr_database_get_handle (db), "PRAGMA integrity_check", -1, &stmt,
                          NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_finalize (stmt);
      return set_sqlite_error (error, _kr_database_get_handle (db), path, "integrity_check");
    }
  integrity = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  if (g_strcmp0 (integrity, "ok") != 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_STORAGE, "%s: integrity_check: %s", path, integrity);
      return FALSE;
    }
  if (kr_database_get_schema_version (db) < AUDIT_SCHEMA_VERSION)
    return TRUE;
  if (!kr_audit_verify (db, &broken, NULL, error))
    return FALSE;
  if (broken != 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_STORAGE, "%s: the audit chain breaks at record %lld",
                   path, (long long) broken);
      return FALSE;
    }
  return TRUE;
}

/* Copies the rows of the attached "src" database's @table into the same table of the main one,
 * in the columns both have. */
static gboolean
copy_table (sqlite3 *db, const char *table, GError **error)
{
  g_autoptr (GString) columns = g_string_new (NULL);
  g_autofree char *sql =
      sql_printf ("SELECT m.name FROM pragma_table_info(%Q, 'main') m "
                  "JOIN pragma_table_info(%Q, 'src') s USING (name) ORDER BY m.cid",
                  table, table);
  g_autofree char *copy = NULL;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return set_sqlite_error (error, db, table, "columns");
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *quoted = sql_printf ("\"%w\"", (const char *) sqlite3_column_text (stmt, 0));

      g_string_append_printf (columns, "%s%s", columns->len > 0 ? ", " : "", quoted);
    }
  sqlite3_finalize (stmt);
  if (columns->len == 0)
    return TRUE;
  copy =
      sql_printf ("DELETE FROM main.\"%w\"; INSERT INTO main.\"%w\" (%s) SELECT %s FROM src.\"%w\"",
                  table, table, columns->str, columns->str, table);
  if (sqlite3_exec (db, copy, NULL, NULL, NULL) != SQLITE_OK)
    return set_sqlite_error (error, db, table, "copy");
  return TRUE;
}

/* Adds the first column of each row of @sql to @out. */
static gboolean
collect (sqlite3 *db, const char *sql, GPtrArray *out, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return set_sqlite_error (error, db, sql, "prepare");
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (out, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return set_sqlite_error (error, db, sql, "step");
  return TRUE;
}

gboolean
kr_crash_make_old_database (const char *source, const char *path, int version, GError **error)
{
  g_autoptr (GPtrArray) migrations = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) triggers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) trigger_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (KrDatabase) db = NULL;
  KrDatabaseOpenOptions options = { 0 };
  g_autofree char *attach = NULL;
  sqlite3 *handle;
  gboolean ok = TRUE;

  for (int v = 1; v <= version; v++)
    g_ptr_array_add (migrations, _kr_database_dup_migration_sql (v));
  options.migrations = (const char *const *) migrations->pdata;
  options.n_migrations = migrations->len;
  db = _kr_database_open_full (path, KR_DATABASE_FLAGS_NONE, &options, error);
  if (db == NULL)
    return FALSE;
  handle = _kr_database_get_handle (db);

  attach = sql_printf ("ATTACH %Q AS src", source);
  if (sqlite3_exec (handle, attach, NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_exec (handle, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL) != SQLITE_OK)
    return set_sqlite_error (error, handle, path, "attach");
  /* The rows are copied as they are, the audit trail with them (its chain stays whole), with
   * the triggers of this version set aside: they would refuse current values that did not
   * come from the histories and log the copy as new changes. */
  if (!collect (handle, "SELECT sql FROM main.sqlite_master WHERE type = 'trigger'", triggers,
                error) ||
      !collect (handle, "SELECT name FROM main.sqlite_master WHERE type = 'trigger'", trigger_names,
                error) ||
      !collect (handle,
                "SELECT name FROM main.sqlite_master WHERE type = 'table' AND "
                "substr(name, 1, 7) <> 'sqlite_' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                "AND name <> 'karier_meta' AND name IN (SELECT name FROM src.sqlite_master) "
                "ORDER BY rowid",
                tables, error))
    return FALSE;

  if (!kr_database_begin (db, error))
    return FALSE;
  for (guint i = 0; ok && i < trigger_names->len; i++)
    {
      g_autofree char *drop =
          sql_printf ("DROP TRIGGER main.\"%w\"", (char *) g_ptr_array_index (trigger_names, i));

      if (sqlite3_exec (handle, drop, NULL, NULL, NULL) != SQLITE_OK)
        ok = set_sqlite_error (error, handle, path, "drop trigger");
    }
  for (guint i = 0; ok && i < tables->len; i++)
    ok = copy_table (handle, g_ptr_array_index (tables, i), error);
  for (guint i = 0; ok && i < triggers->len; i++)
    if (sqlite3_exec (handle, g_ptr_array_index (triggers, i), NULL, NULL, NULL) != SQLITE_OK)
      ok = set_sqlite_error (error, handle, path, "create trigger");
  if (ok)
    ok = kr_database_commit (db, error);
  else
    kr_database_rollback (db, NULL);
  sqlite3_exec (handle, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  if (ok && sqlite3_exec (handle, "DETACH src", NULL, NULL, NULL) != SQLITE_OK)
    return set_sqlite_error (error, handle, path, "detach");
  return ok;
}
