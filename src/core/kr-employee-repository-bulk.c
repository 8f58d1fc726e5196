/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-repository"

#include "config.h"

#include "kr-employee-repository.h"

#include "kr-audit-private.h"
#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-employee-private.h"
#include "kr-employee-repository-private.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-repository-private.h"

/* Bulk loads: see employee_bulk_state in migrations/0005-bulk-loads.sql. */
static const char sql_pause_settling[] =
    "UPDATE employee_bulk_state SET settled_up_to = (SELECT coalesce(max(id), 0) FROM employee)";
/* Each current value once, from the newest history row, as the triggers of migration 5 do
 * row by row for settled employees. */
static const char sql_settle_current[] =
    "UPDATE employee SET "
    "(golongan, rank_tmt) = (SELECT h.golongan, h.tmt FROM rank_history h "
    "WHERE h.employee_id = employee.id ORDER BY h.tmt DESC, h.id DESC LIMIT 1), "
    "(position_id, position_tmt, unit_id) = (SELECT h.position_id, h.tmt, p.unit_id "
    "FROM position_history h JOIN position p ON p.id = h.position_id "
    "WHERE h.employee_id = employee.id ORDER BY h.tmt DESC, h.id DESC LIMIT 1), "
    "education = (SELECT h.level FROM education_history h WHERE h.employee_id = employee.id "
    "ORDER BY h.graduation_year DESC, h.id DESC LIMIT 1) "
    "WHERE id > ?1";
static const char sql_settle_search[] =
    "INSERT INTO employee_fts (rowid, name, nip, position, unit) "
    "SELECT id, name, nip, position, unit FROM employee_search "
    "WHERE id > ?1 ORDER BY id";
/* The dashboard's counts of what the load added, per unit and every unit above it
 * (dashboard_count in migrations/0013-dashboard-counts.sql), once the current values are set;
 * summed per unit first, so that each employee is not joined with every unit above it */
static const char sql_settle_counts[] =
    "INSERT INTO dashboard_count (unit_id, dimension, value, n) "
    "SELECT c.ancestor_id, k.dimension, k.value, sum (k.n) FROM (SELECT unit_id, dimension, "
    "value, sum (weight) AS n FROM dashboard_employee_key WHERE employee_id > ?1 "
    "GROUP BY 1, 2, 3) k JOIN unit_closure c ON c.unit_id = k.unit_id "
    "GROUP BY 1, 2, 3 "
    "ON CONFLICT DO UPDATE SET n = n + excluded.n";
static const char sql_settle_promotions[] =
    "INSERT INTO dashboard_count (unit_id, dimension, value, n) "
    "SELECT c.ancestor_id, k.dimension, k.value, sum (k.n) FROM (SELECT unit_id, dimension, "
    "value, sum (weight) AS n FROM dashboard_promotion_key WHERE employee_id > ?1 "
    "GROUP BY 1, 2, 3) k JOIN unit_closure c ON c.unit_id = k.unit_id "
    "GROUP BY 1, 2, 3 "
    "ON CONFLICT DO UPDATE SET n = n + excluded.n";
/* The 9-box stored per year (migrations/0013-dashboard-counts.sql) marks only settled employees:
 * the ones the load added are marked here, when some year is stored. */
static const char sql_settle_talent[] =
    "INSERT INTO talent_dirty (employee_id) SELECT id FROM employee "
    "WHERE id > ?1 AND EXISTS (SELECT 1 FROM talent_placement_state) ORDER BY id";
static const char sql_get_settled[] = "SELECT settled_up_to FROM employee_bulk_state";
static const char sql_resume_settling[] =
    "UPDATE employee_bulk_state SET settled_up_to = 9223372036854775807";
/* Building an index once from sorted rows is many times faster than growing it row by row,
 * so a load into an empty table drops the employee indexes and creates them at its end. The
 * UNIQUE index of the NIP stays: the load looks employees up by it. */
static const char sql_is_empty[] = "SELECT NOT EXISTS (SELECT 1 FROM employee)";
static const char sql_list_indexes[] =
    "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'employee' "
    "AND sql IS NOT NULL ORDER BY name";
/* A bulk load keeps SQLite's statement journals in memory: once one outgrows its in-memory
 * buffer in a long transaction, every later statement writes its journal to a file, which
 * made loads more than twice as slow. The setting in force before is restored afterwards. */
static const char sql_get_temp_store[] = "PRAGMA temp_store";
static const char sql_get_cache_size[] = "PRAGMA cache_size";
static const char sql_set_bulk_cache_size[] = "PRAGMA cache_size = -32768";
static const char *const sql_set_temp_store[] = {
  "PRAGMA temp_store = DEFAULT",
  "PRAGMA temp_store = FILE",
  "PRAGMA temp_store = MEMORY",
};
#define TEMP_STORE_MEMORY 2

/* Bulk loads */

static gboolean
run_sql (KrEmployeeRepository *self, const char *sql, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql, error);

  return stmt != NULL &&
         _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
}

/* Runs @sql of what the load added, the employees above @settled (?1): a bound value, not a
 * subquery of employee_bulk_state, so that SQLite pushes the condition into the views of the
 * dashboard's counts instead of reading every employee. */
static gboolean
run_settle_sql (KrEmployeeRepository *self, const char *sql, gint64 settled, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, settled);
  return _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
}

/* Reads the number the pragma @sql gives. */
static gboolean
query_pragma (KrEmployeeRepository *self, const char *sql, gint64 *value, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error);
  *value = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  return rc != 0;
}

/* Gives the connection back its temporary store and page cache. */
static void
restore_temp_store (KrEmployeeRepository *self)
{
  gint64 value = self->saved_temp_store;
  g_autofree char *cache_sql =
      g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT, self->saved_cache_size);

  /* Only a failure to allocate memory could refuse these. */
  if (value >= 0 && value < (gint64) G_N_ELEMENTS (sql_set_temp_store))
    run_sql (self, sql_set_temp_store[value], NULL);
  if (self->saved_cache_size != 0)
    sqlite3_exec (_kr_database_get_handle (_kr_statements_get_database (self->statements)),
                  cache_sql, NULL, NULL, NULL);
}

/* Runs @sql, which may change the schema, outside the statement cache. */
static gboolean
exec_schema_sql (KrEmployeeRepository *self, const char *sql, GError **error)
{
  KrDatabase *database = _kr_statements_get_database (self->statements);
  int rc = sqlite3_exec (_kr_database_get_handle (database), sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    _kr_database_set_error (database, error, rc, _ ("Could not save changes to"));
  return rc == SQLITE_OK;
}

/* When the employee table is empty, drops its indexes and keeps their SQL in
 * self->deferred_indexes. */
static gboolean
defer_indexes (KrEmployeeRepository *self, GError **error)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) sqls = g_ptr_array_new_with_free_func (g_free);
  g_auto (KrStmt) stmt = NULL;
  gint64 empty = 0;
  int rc;

  if (!_kr_statements_count (self->statements, sql_is_empty, 0, &empty, error))
    return FALSE;
  if (!empty)
    return TRUE;
  stmt = _kr_statements_get (self->statements, sql_list_indexes, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error)) ==
         SQLITE_ROW)
    {
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (sqls, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  if (rc != SQLITE_DONE)
    return FALSE;
  /* The read must end before the schema changes. */
  _kr_stmt_reset (&stmt);
  for (guint i = 0; i < names->len; i++)
    {
      char *drop = sqlite3_mprintf ("DROP INDEX \"%w\"", (const char *) names->pdata[i]);
      gboolean ok = drop != NULL && exec_schema_sql (self, drop, error);

      sqlite3_free (drop);
      if (!ok)
        return FALSE;
    }
  self->deferred_indexes = g_steal_pointer (&sqls);
  return TRUE;
}

static gboolean
create_deferred_indexes (KrEmployeeRepository *self, GError **error)
{
  for (guint i = 0; self->deferred_indexes != NULL && i < self->deferred_indexes->len; i++)
    {
      if (!exec_schema_sql (self, self->deferred_indexes->pdata[i], error))
        return FALSE;
    }
  return TRUE;
}

gboolean
kr_employee_repository_begin_bulk (KrEmployeeRepository *self, GError **error)
{
  KrDatabase *database;

  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->bulk)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("A bulk load is already running; end it before starting another"));
      return FALSE;
    }
  if (!_kr_employee_repository_check (self, KR_PERMISSION_WRITE_EMPLOYEES, error))
    return FALSE;
  database = _kr_statements_get_database (self->statements);
  /* The one transaction of a bulk load spills less of its pages to disk in a larger page
   * cache than the connections' usual one (kr-database.c). */
  self->saved_temp_store = -1;
  self->saved_cache_size = 0;
  if (!query_pragma (self, sql_get_temp_store, &self->saved_temp_store, error) ||
      !query_pragma (self, sql_get_cache_size, &self->saved_cache_size, error) ||
      !run_sql (self, sql_set_temp_store[TEMP_STORE_MEMORY], error) ||
      !run_sql (self, sql_set_bulk_cache_size, error))
    {
      restore_temp_store (self);
      return FALSE;
    }
  if (!kr_database_begin (database, error) || !run_sql (self, sql_pause_settling, error) ||
      !defer_indexes (self, error))
    {
      if (!sqlite3_get_autocommit (_kr_database_get_handle (database)))
        kr_database_rollback (database, NULL);
      g_clear_pointer (&self->deferred_indexes, g_ptr_array_unref);
      restore_temp_store (self);
      return FALSE;
    }
  self->bulk = TRUE;
  self->bulk_facts.id = 0;
  self->bulk_changed = 0;
  return TRUE;
}

/* Settles what the load added (audit records, current values, indexes, search index, counts)
 * and commits. */
static gboolean
commit_bulk (KrEmployeeRepository *self, GError **error)
{
  KrDatabase *database = _kr_statements_get_database (self->statements);

  gint64 settled = 0;

  if (_kr_statements_count (self->statements, sql_get_settled, 0, &settled, error) &&
      _kr_audit_append_bulk (database, settled, error) &&
      run_settle_sql (self, sql_settle_current, settled, error) &&
      create_deferred_indexes (self, error) &&
      run_settle_sql (self, sql_settle_search, settled, error) &&
      run_settle_sql (self, sql_settle_counts, settled, error) &&
      run_settle_sql (self, sql_settle_promotions, settled, error) &&
      run_settle_sql (self, sql_settle_talent, settled, error) &&
      run_sql (self, sql_resume_settling, error) && kr_database_commit (database, error))
    return TRUE;
  kr_database_rollback (database, NULL);
  return FALSE;
}

gboolean
kr_employee_repository_end_bulk (KrEmployeeRepository *self, gboolean commit, GError **error)
{
  gboolean ok;
  gint64 changed;

  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!self->bulk)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("No bulk load is running"));
      return FALSE;
    }
  self->bulk = FALSE;
  self->bulk_facts.id = 0;
  changed = self->bulk_changed;
  ok = commit ? commit_bulk (self, error)
              : kr_database_rollback (_kr_statements_get_database (self->statements), error);
  /* A rollback takes the dropped indexes back with it. */
  g_clear_pointer (&self->deferred_indexes, g_ptr_array_unref);
  restore_temp_store (self);
  /* One employee changed is announced as that employee, more as everyone. */
  if (ok && commit && changed != 0)
    g_signal_emit (self, _kr_employee_repository_signals[CHANGED], 0, MAX (changed, (gint64) 0));
  return ok;
}
