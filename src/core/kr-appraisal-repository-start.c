/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-repository"

#include "config.h"

#include "kr-appraisal-repository-internal.h"

#include <gio/gio.h>

#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* Starting appraisals. One employee or ten thousand go through the same statements, each
 * working on a whole set at once: the employees to start are put in a temporary table, and
 * every step (appraisers, plans, evaluations) is one INSERT…SELECT or UPDATE over it. The
 * parameters are the same in every statement: ?1 the year, ?2 the number of periods. */

static const char sql_create_temp[] =
    "CREATE TEMP TABLE IF NOT EXISTS kr_appraisal_start (employee_id INTEGER PRIMARY KEY, "
    "unit_id INTEGER, position_id INTEGER, appraiser_id INTEGER, senior_id INTEGER, "
    "previous_id INTEGER, appraisal_id INTEGER);"
    "CREATE TEMP TABLE IF NOT EXISTS kr_appraisal_up (unit_id INTEGER, depth INTEGER, "
    "ancestor_id INTEGER, PRIMARY KEY (unit_id, depth)) WITHOUT ROWID;"
    "CREATE TEMP TABLE IF NOT EXISTS kr_appraisal_head (unit_id INTEGER, holder_id INTEGER, "
    "PRIMARY KEY (unit_id, holder_id)) WITHOUT ROWID;"
    "CREATE TEMP TABLE IF NOT EXISTS kr_appraisal_map (appraisal_id INTEGER, ordinal INTEGER, "
    "old_id INTEGER, position_id INTEGER, result_ordinal INTEGER, kind TEXT, leader_result TEXT, "
    "result TEXT, PRIMARY KEY (appraisal_id, ordinal)) WITHOUT ROWID;"
    "DELETE FROM kr_appraisal_start; DELETE FROM kr_appraisal_up; DELETE FROM kr_appraisal_head;"
    "DELETE FROM kr_appraisal_map;";

static const char sql_select_one[] =
    "INSERT INTO kr_appraisal_start (employee_id, unit_id, position_id) "
    "SELECT id, unit_id, position_id FROM employee WHERE id = ?3";
#define UNIT_EMPLOYEES                                                                             \
  "FROM employee e WHERE e.status = 'aktif' AND (e.unit_id = ?3 OR (?4 AND e.unit_id IN (WITH "    \
  "RECURSIVE s (id) AS (SELECT ?3 UNION ALL SELECT u.id FROM unit u JOIN s ON u.parent_id = "      \
  "s.id) SELECT id FROM s)))"
static const char sql_count_skipped[] =
    "SELECT count(*) " UNIT_EMPLOYEES
    " AND EXISTS (SELECT 1 FROM appraisal a WHERE a.employee_id = e.id AND a.year = ?1)";
static const char sql_select_unit[] =
    "INSERT INTO kr_appraisal_start (employee_id, unit_id, position_id) "
    "SELECT e.id, e.unit_id, e.position_id " UNIT_EMPLOYEES
    " AND NOT EXISTS (SELECT 1 FROM appraisal a WHERE a.employee_id = e.id AND a.year = ?1)";
static const char sql_count_started[] = "SELECT count(*) FROM kr_appraisal_start";

/* Each unit with the units above it, nearest first; and who holds each unit's head position. */
static const char sql_fill_up[] =
    "INSERT INTO kr_appraisal_up (unit_id, depth, ancestor_id) "
    "WITH RECURSIVE up (unit_id, depth, ancestor_id) AS (SELECT id, 0, id FROM unit "
    "UNION ALL SELECT up.unit_id, up.depth + 1, u.parent_id FROM up JOIN unit u "
    "ON u.id = up.ancestor_id WHERE u.parent_id IS NOT NULL) SELECT * FROM up";
static const char sql_fill_head[] =
    "INSERT OR IGNORE INTO kr_appraisal_head (unit_id, holder_id) SELECT p.unit_id, e.id "
    "FROM position p JOIN employee e ON e.position_id = p.id "
    "WHERE p.is_head = 1 AND e.status = 'aktif'";
/* The appraiser: the holder of the head position of the nearest unit at or above the
 * employee's, other than the employee (so the head of a unit has the parent unit's head). */
static const char sql_set_appraiser[] =
    "UPDATE kr_appraisal_start SET appraiser_id = (SELECT h.holder_id FROM kr_appraisal_up c "
    "JOIN kr_appraisal_head h ON h.unit_id = c.ancestor_id WHERE c.unit_id = "
    "kr_appraisal_start.unit_id AND h.holder_id <> kr_appraisal_start.employee_id "
    "ORDER BY c.depth, h.holder_id LIMIT 1)";
/* The senior appraiser: the appraiser's appraiser, by the same rule. */
static const char sql_set_senior[] =
    "UPDATE kr_appraisal_start SET senior_id = (SELECT h.holder_id FROM employee a "
    "JOIN kr_appraisal_up c ON c.unit_id = a.unit_id JOIN kr_appraisal_head h "
    "ON h.unit_id = c.ancestor_id WHERE a.id = kr_appraisal_start.appraiser_id "
    "AND h.holder_id <> a.id AND h.holder_id <> kr_appraisal_start.employee_id "
    "ORDER BY c.depth, h.holder_id LIMIT 1) WHERE appraiser_id IS NOT NULL";
static const char sql_set_previous[] =
    "UPDATE kr_appraisal_start SET previous_id = (SELECT a.id FROM appraisal a "
    "WHERE a.employee_id = kr_appraisal_start.employee_id AND a.year = ?1 - 1)";

static const char sql_insert_appraisals[] =
    "INSERT INTO appraisal (employee_id, year, cycle, period_start, period_end, appraiser_id, "
    "senior_appraiser_id) SELECT employee_id, ?1, ?5, printf ('%04d-01-01', ?1), "
    "printf ('%04d-12-31', ?1), appraiser_id, senior_id FROM kr_appraisal_start "
    "ORDER BY employee_id";
static const char sql_set_ids[] =
    "UPDATE kr_appraisal_start SET appraisal_id = (SELECT a.id FROM appraisal a "
    "WHERE a.employee_id = kr_appraisal_start.employee_id AND a.year = ?1)";
static const char sql_insert_evaluations[] =
    "INSERT INTO appraisal_evaluation (appraisal_id, period) SELECT s.appraisal_id, p.n "
    "FROM kr_appraisal_start s, (WITH RECURSIVE p (n) AS (SELECT 0 UNION ALL SELECT n + 1 "
    "FROM p WHERE n < ?2) SELECT n FROM p) p ORDER BY s.appraisal_id, p.n";

/* The plan of the year before: its results renumbered in their order, then copied. */
static const char sql_map_previous[] =
    "INSERT INTO kr_appraisal_map (appraisal_id, ordinal, old_id, kind, leader_result, result) "
    "SELECT s.appraisal_id, row_number () OVER (PARTITION BY s.appraisal_id ORDER BY "
    "(r.kind = 'tambahan'), r.ordinal, r.id) - 1, r.id, r.kind, r.leader_result, r.result "
    "FROM kr_appraisal_start s JOIN appraisal_result r ON r.appraisal_id = s.previous_id";
/* Else the template of their position, one result per result_ordinal. */
static const char sql_map_template[] =
    "INSERT INTO kr_appraisal_map (appraisal_id, ordinal, position_id, result_ordinal, kind, "
    "leader_result, result) SELECT s.appraisal_id, row_number () OVER (PARTITION BY "
    "s.appraisal_id ORDER BY (t.kind = 'tambahan'), t.result_ordinal) - 1, t.position_id, "
    "t.result_ordinal, t.kind, t.leader_result, t.result FROM kr_appraisal_start s "
    "JOIN (SELECT position_id, result_ordinal, kind, leader_result, result, min (id) "
    "FROM position_result_template GROUP BY position_id, result_ordinal) t "
    "ON t.position_id = s.position_id "
    "WHERE NOT EXISTS (SELECT 1 FROM appraisal_result r WHERE r.appraisal_id = s.previous_id)";
static const char sql_copy_results[] =
    "INSERT INTO appraisal_result (appraisal_id, kind, ordinal, leader_result, result) "
    "SELECT appraisal_id, kind, ordinal, leader_result, result FROM kr_appraisal_map "
    "ORDER BY appraisal_id, ordinal";
static const char sql_copy_indicators[] =
    "INSERT INTO appraisal_indicator (result_id, ordinal, aspect, indicator, target) "
    "SELECT nr.id, i.ordinal, i.aspect, i.indicator, i.target FROM kr_appraisal_map m "
    "JOIN appraisal_result nr ON nr.appraisal_id = m.appraisal_id AND nr.ordinal = m.ordinal "
    "JOIN appraisal_indicator i ON i.result_id = m.old_id ORDER BY nr.id, i.ordinal, i.id";
static const char sql_copy_template_indicators[] =
    "INSERT INTO appraisal_indicator (result_id, ordinal, aspect, indicator, target) "
    "SELECT nr.id, t.ordinal, t.aspect, t.indicator, t.target FROM kr_appraisal_map m "
    "JOIN appraisal_result nr ON nr.appraisal_id = m.appraisal_id AND nr.ordinal = m.ordinal "
    "JOIN position_result_template t ON t.position_id = m.position_id "
    "AND t.result_ordinal = m.result_ordinal WHERE m.old_id IS NULL "
    "ORDER BY nr.id, t.ordinal, t.id";
static const char sql_copy_expectations[] =
    "INSERT INTO appraisal_expectation (appraisal_id, behaviour, expectation) "
    "SELECT s.appraisal_id, x.behaviour, x.expectation FROM kr_appraisal_start s "
    "JOIN appraisal_expectation x ON x.appraisal_id = s.previous_id";

static const char sql_employee[] = "SELECT unit_id FROM employee WHERE id = ?";
static const char sql_existing[] = "SELECT id FROM appraisal WHERE employee_id = ? AND year = ?";
static const char sql_unit_exists[] = "SELECT count(*) FROM unit WHERE id = ?";

typedef struct
{
  guint year;
  guint n_periods;
  gint64 id; /* the employee or the unit */
  gboolean subtree;
  KrAppraisalCycle cycle;
} Params;

static gboolean
run (KrAppraisalRepository *self, const char *sql, const Params *params, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql, error);
  int n;

  if (stmt == NULL)
    return FALSE;
  n = sqlite3_bind_parameter_count (stmt);
  sqlite3_bind_int (stmt, 1, params->year);
  if (n >= 2)
    sqlite3_bind_int (stmt, 2, params->n_periods);
  if (n >= 3)
    sqlite3_bind_int64 (stmt, 3, params->id);
  if (n >= 4)
    sqlite3_bind_int (stmt, 4, params->subtree);
  if (n >= 5)
    sqlite3_bind_text (stmt, 5, kr_appraisal_cycle_get_code (params->cycle), -1, SQLITE_STATIC);
  return _kr_statements_run (self->statements, stmt, _ ("Could not start the appraisals of"),
                             error);
}

static gboolean
count (KrAppraisalRepository *self,
       const char *sql,
       const Params *params,
       guint *out,
       GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    sqlite3_bind_int (stmt, 1, params->year);
  if (sqlite3_bind_parameter_count (stmt) >= 4)
    {
      sqlite3_bind_int64 (stmt, 3, params->id);
      sqlite3_bind_int (stmt, 4, params->subtree);
    }
  rc = _kr_appraisal_step (self, stmt, error);
  *out = rc == SQLITE_ROW ? sqlite3_column_int (stmt, 0) : 0;
  return rc != 0;
}

static gboolean
check_year (guint year, GError **error)
{
  if (year >= KR_SKP_FIRST_YEAR && year <= 2200)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               /* Translators: %u is a year, then the first year of SKP appraisals */
               _ ("Cannot start appraisals for %u: the year must be %u or later"), year,
               (guint) KR_SKP_FIRST_YEAR);
  return FALSE;
}

/* Starts everyone that @select puts in the temporary table. */
static gboolean
start_selected (KrAppraisalRepository *self,
                const char *select,
                const Params *params,
                GCancellable *cancellable,
                guint *n_started,
                GError **error)
{
  static const char *const steps[] = {
    sql_fill_up,
    sql_fill_head,
    sql_set_appraiser,
    sql_set_senior,
    sql_set_previous,
    sql_insert_appraisals,
    sql_set_ids,
    sql_insert_evaluations,
    sql_map_previous,
    sql_map_template,
    sql_copy_results,
    sql_copy_indicators,
    sql_copy_template_indicators,
    sql_copy_expectations,
  };
  sqlite3 *db = _kr_database_get_handle (self->database);
  int rc;

  rc = sqlite3_exec (db, sql_create_temp, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      _kr_database_set_error (self->database, error, rc, _ ("Could not start the appraisals of"));
      return FALSE;
    }
  if (!run (self, select, params, error) ||
      !count (self, sql_count_started, params, n_started, error))
    return FALSE;
  if (*n_started == 0)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !run (self, steps[i], params, error))
        return FALSE;
    }
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

gint64
kr_appraisal_repository_start (KrAppraisalRepository *self,
                               gint64 employee_id,
                               guint year,
                               GError **error)
{
  Params params = { .year = year, .id = employee_id };
  g_auto (KrStmt) stmt = NULL;
  gint64 unit_id = 0, id = 0;
  guint n_started = 0;
  gboolean own, ok;
  int rc;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), 0);

  if (!_kr_appraisal_check_write (self, error) || !check_year (year, error))
    return 0;
  stmt = _kr_appraisal_get_stmt (self, sql_employee, employee_id, error);
  if (stmt == NULL)
    return 0;
  rc = _kr_appraisal_step (self, stmt, error);
  if (rc == 0)
    return 0;
  if (rc != SQLITE_ROW)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                   _ ("The employee %lld does not exist; they may have been deleted"),
                   (long long) employee_id);
      return 0;
    }
  unit_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (!_kr_appraisal_read_cycle (self, unit_id, &params.cycle, error))
    return 0;
  params.n_periods = kr_appraisal_cycle_get_n_periods (params.cycle);

  if (!_kr_statements_begin (self->statements, &own, error))
    return 0;
  stmt = _kr_statements_get (self->statements, sql_existing, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, employee_id);
      sqlite3_bind_int (stmt, 2, year);
      rc = _kr_appraisal_step (self, stmt, error);
      ok = rc != 0;
      if (rc == SQLITE_ROW)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                       /* Translators: %u is a year */
                       _ ("The employee already has an appraisal for %u"), year);
          ok = FALSE;
        }
      sqlite3_reset (stmt);
    }
  ok = ok && start_selected (self, sql_select_one, &params, NULL, &n_started, error);
  if (ok)
    {
      stmt = _kr_statements_get (self->statements, sql_existing, error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, employee_id);
      sqlite3_bind_int (stmt, 2, year);
      ok = _kr_appraisal_step (self, stmt, error) == SQLITE_ROW;
      id = ok ? sqlite3_column_int64 (stmt, 0) : 0;
      sqlite3_reset (stmt);
    }
  if (!_kr_statements_end (self->statements, own, ok, error))
    return 0;
  _kr_appraisal_repository_emit_changed (self, id);
  return id;
}

static int
progress_cb (void *data)
{
  return g_cancellable_is_cancelled (data) ? 1 : 0;
}

gboolean
kr_appraisal_repository_start_unit (KrAppraisalRepository *self,
                                    gint64 unit_id,
                                    gboolean subtree,
                                    guint year,
                                    guint *n_started,
                                    guint *n_skipped,
                                    GCancellable *cancellable,
                                    GError **error)
{
  Params params = { .year = year, .id = unit_id, .subtree = subtree };
  sqlite3 *db = _kr_database_get_handle (self->database);
  g_autoptr (GError) local_error = NULL;
  gint64 exists = 0;
  guint started = 0, skipped = 0;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);

  if (!_kr_appraisal_check_write (self, error) || !check_year (year, error) ||
      !_kr_statements_count (self->statements, sql_unit_exists, unit_id, &exists, error))
    return FALSE;
  if (exists == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                   _ ("The unit %lld does not exist; it may have been deleted"),
                   (long long) unit_id);
      return FALSE;
    }
  if (!_kr_appraisal_read_cycle (self, unit_id, &params.cycle, error))
    return FALSE;
  params.n_periods = kr_appraisal_cycle_get_n_periods (params.cycle);
  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return FALSE;

  /* A long statement stops when the operation is cancelled. */
  if (cancellable != NULL)
    sqlite3_progress_handler (db, 1000, progress_cb, cancellable);
  ok = count (self, sql_count_skipped, &params, &skipped, &local_error) &&
       start_selected (self, sql_select_unit, &params, cancellable, &started, &local_error);
  if (cancellable != NULL)
    sqlite3_progress_handler (db, 0, NULL, NULL);
  if (!ok && g_cancellable_is_cancelled (cancellable))
    {
      g_clear_error (&local_error);
      g_cancellable_set_error_if_cancelled (cancellable, &local_error);
    }
  if (!_kr_statements_end (self->statements, own, ok, ok ? &local_error : NULL))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (n_started != NULL)
    *n_started = started;
  if (n_skipped != NULL)
    *n_skipped = skipped;
  _kr_appraisal_repository_emit_changed (self, 0);
  return TRUE;
}
