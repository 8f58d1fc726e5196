/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-repository"

#include "config.h"

#include "kr-training-repository-private.h"
#include "kr-training-repository-internal.h"

#include <string.h>

#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* The training repository's compliance list (who is below the JP duty of their kind, or above
 * the PPPK limit) and the budgets of units (kr-training-repository-private.h). JP are summed
 * from the training_jp view only; SQL filters, sorts and pages. */

/* The units of the subtree of unit @param (one numbered parameter). */
#define SUBTREE(param)                                                                             \
  "(WITH RECURSIVE t (id) AS (SELECT id FROM unit WHERE id = " param " UNION ALL "                 \
  "SELECT c.id FROM unit c JOIN t ON c.parent_id = t.id) SELECT id FROM t)"

#define FULL_NAME(alias)                                                                           \
  "trim (coalesce (" alias ".title_front || ' ', '') || " alias                                    \
  ".name || coalesce (', ' || " alias ".title_back, ''))"

/* The enrolments whose JP are planned: they take a seat but are not completed. */
#define PLANNED_STATES "('nominated', 'approved', 'attended')"

/* Parameters: ?1 year, ?2 unit (0: all), ?3 subtree, ?4 the reader's scope unit (0: all),
 * ?5 search (NULL: none; LIKE-escaped with \), ?6 only short, ?7..?9 the minimum JP of PNS,
 * CPNS and PPPK, ?10..?12 their maximum (0: none). */
/* JP earned and planned in year ?1 by employee, each summed once for the whole query (a
 * correlated sum over the view would scan it for every employee). The employees are scanned,
 * not looked up through the status index ("+e.status"): nearly all are active, and a scan is
 * three times faster than an index lookup per row. */
#define COMPLIANCE_SUMS                                                                            \
  "WITH earned (employee_id, jp) AS MATERIALIZED (SELECT employee_id, sum (jp) FROM training_jp "  \
  "WHERE year = ?1 GROUP BY employee_id), "                                                        \
  "planned (employee_id, jp) AS MATERIALIZED (SELECT n.employee_id, sum (c.jp) "                   \
  "FROM training_enrolment n JOIN training_session s ON s.id = n.session_id "                      \
  "JOIN training_course c ON c.id = s.course_id WHERE n.state IN " PLANNED_STATES                  \
  " AND CAST (substr (s.end_date, 1, 4) AS INTEGER) = ?1 GROUP BY n.employee_id) "

#define COMPLIANCE_ROWS                                                                            \
  "SELECT id, nip, name, unit, kind, golongan, jp, planned, dmin, dmax, sort_name, "               \
  "max (dmin - jp, 0) AS gap, CASE WHEN dmax > 0 THEN max (jp - dmax, 0) ELSE 0 END AS over "      \
  "FROM (SELECT e.id, e.nip, " FULL_NAME (                                                         \
      "e") " AS name, e.name AS sort_name, u.name AS unit, "                                       \
           "e.kind, e.golongan, coalesce (earned.jp, 0) AS jp, coalesce (planned.jp, 0) AS "       \
           "planned, "                                                                             \
           "CASE e.kind WHEN 'pns' THEN ?7 WHEN 'cpns' THEN ?8 ELSE ?9 END AS dmin, "              \
           "CASE e.kind WHEN 'pns' THEN ?10 WHEN 'cpns' THEN ?11 ELSE ?12 END AS dmax "            \
           "FROM employee e LEFT JOIN unit u ON u.id = e.unit_id "                                 \
           "LEFT JOIN earned ON earned.employee_id = e.id LEFT JOIN planned ON "                   \
           "planned.employee_id = e.id "                                                           \
           "WHERE +e.status = 'aktif' "                                                            \
           "AND (?2 = 0 OR (?3 = 0 AND e.unit_id = ?2) OR (?3 <> 0 AND e.unit_id IN " SUBTREE (    \
               "?2") "))"                                                                          \
                     " AND (?4 = 0 OR e.unit_id IN " SUBTREE (                                     \
                         "?4") ") "                                                                \
                               "AND (?5 IS NULL OR e.nip LIKE ?5 || '%' ESCAPE '\\' OR e.name "    \
                               "LIKE ?5 || '%' ESCAPE '\\' "                                       \
                               "OR e.name LIKE '% ' || ?5 || '%' ESCAPE '\\'))"

/* A gap or excess smaller than this is rounding of mentoring minutes, not a shortfall. */
#define JP_EPSILON      "0.000001"
#define SHORT_CONDITION "(?6 = 0 OR gap > " JP_EPSILON " OR over > " JP_EPSILON ")"

static const char sql_count[] =
    COMPLIANCE_SUMS "SELECT count (*) FROM (" COMPLIANCE_ROWS ") WHERE " SHORT_CONDITION;
static const char sql_list[] =
    COMPLIANCE_SUMS "SELECT id, nip, name, unit, kind, golongan, jp, planned, dmin, dmax, "
                    "gap, over FROM (" COMPLIANCE_ROWS ") WHERE " SHORT_CONDITION
                    " ORDER BY gap DESC, over DESC, sort_name, nip, id "
                    "LIMIT ?13 OFFSET ?14";

/* Budgets: the sums of the enrolments charged to unit u in sessions ending in year ?2 (the
 * year nominations charge, as JP are credited). */
#define BUDGET_SUMS                                                                                \
  "coalesce ((SELECT sum (n.cost) FILTER (WHERE n.state IN ('approved', 'attended')) "             \
  "FROM training_enrolment n JOIN training_session s ON s.id = n.session_id "                      \
  "WHERE n.budget_unit_id = u.id AND CAST (substr (s.end_date, 1, 4) AS INTEGER) = ?2), 0), "      \
  "coalesce ((SELECT sum (n.cost) FILTER (WHERE n.state = 'completed') "                           \
  "FROM training_enrolment n JOIN training_session s ON s.id = n.session_id "                      \
  "WHERE n.budget_unit_id = u.id AND CAST (substr (s.end_date, 1, 4) AS INTEGER) = ?2), 0), "      \
  "coalesce ((SELECT sum (n.cost) FILTER (WHERE n.state = 'nominated') "                           \
  "FROM training_enrolment n JOIN training_session s ON s.id = n.session_id "                      \
  "WHERE n.budget_unit_id = u.id AND CAST (substr (s.end_date, 1, 4) AS INTEGER) = ?2), 0)"

static const char sql_get_budget[] =
    "SELECT coalesce (b.id, 0), u.id, u.name, coalesce (b.allocated, 0), " BUDGET_SUMS
    " FROM unit u LEFT JOIN training_budget b ON b.unit_id = u.id AND b.year = ?2 WHERE u.id = ?1";
static const char sql_list_budgets[] = "SELECT b.id, u.id, u.name, b.allocated, " BUDGET_SUMS
                                       " FROM training_budget b JOIN unit u ON u.id = b.unit_id "
                                       "WHERE b.year = ?2 ORDER BY u.name, u.id";
static const char sql_unit_exists[] = "SELECT count (*) FROM unit WHERE id = ?";
static const char sql_set_budget[] =
    "INSERT INTO training_budget (unit_id, year, allocated) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (unit_id, year) DO UPDATE SET allocated = excluded.allocated";
static const char sql_delete_budget[] =
    "DELETE FROM training_budget WHERE unit_id = ?1 AND year = ?2";

/* Compliance */

static gboolean
check_query (const KrComplianceQuery *query, GError **error)
{
  if (query->year >= 2000 && query->year <= 2200)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Year: enter a year from %u to %u"), 2000,
               2200);
  return FALSE;
}

static void
bind_query (KrTrainingRepository *self, sqlite3_stmt *stmt, const KrComplianceQuery *query)
{
  char *search = _kr_like_escape (query->search);

  sqlite3_bind_int (stmt, 1, (int) query->year);
  sqlite3_bind_int64 (stmt, 2, query->unit_id);
  sqlite3_bind_int (stmt, 3, query->subtree ? 1 : 0);
  sqlite3_bind_int64 (stmt, 4, _kr_training_get_scope_unit (self));
  if (search != NULL)
    sqlite3_bind_text (stmt, 5, search, -1, g_free);
  sqlite3_bind_int (stmt, 6, query->only_short ? 1 : 0);
  for (int kind = 0; kind < KR_N_EMPLOYEE_KINDS; kind++)
    {
      KrJpDuty duty = kr_jp_duty_for_kind ((KrEmployeeKind) kind);

      sqlite3_bind_int (stmt, 7 + kind, (int) duty.minimum);
      sqlite3_bind_int (stmt, 10 + kind, (int) duty.maximum);
    }
}

gboolean
kr_training_repository_count_compliance (KrTrainingRepository *self,
                                         const KrComplianceQuery *query,
                                         guint *n_rows,
                                         GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);
  g_return_val_if_fail (n_rows != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *n_rows = 0;
  if (!_kr_training_check_read (self, error) || !check_query (query, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql_count, error);
  if (stmt == NULL)
    return FALSE;
  bind_query (self, stmt, query);
  rc = _kr_training_step (self, stmt, error);
  if (rc == 0)
    return FALSE;
  *n_rows = rc == SQLITE_ROW ? (guint) sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

static KrComplianceRow *
compliance_row_from_stmt (sqlite3_stmt *stmt)
{
  KrComplianceRow *row = g_new0 (KrComplianceRow, 1);
  const char *golongan;

  row->employee_id = sqlite3_column_int64 (stmt, 0);
  row->nip = _kr_column_dup_text (stmt, 1);
  row->name = _kr_column_dup_text (stmt, 2);
  row->unit = _kr_column_dup_text (stmt, 3);
  row->kind = _kr_enum_from_code (
      KR_TYPE_EMPLOYEE_KIND, (const char *) sqlite3_column_text (stmt, 4), KR_EMPLOYEE_KIND_PNS);
  golongan = sqlite3_column_type (stmt, 5) == SQLITE_NULL
                 ? NULL
                 : kr_golongan_get_label ((guint) sqlite3_column_int (stmt, 5));
  row->golongan = g_strdup (golongan);
  row->jp = sqlite3_column_double (stmt, 6);
  row->jp_planned = sqlite3_column_double (stmt, 7);
  row->duty.minimum = (guint) sqlite3_column_int (stmt, 8);
  row->duty.maximum = (guint) sqlite3_column_int (stmt, 9);
  row->gap = sqlite3_column_double (stmt, 10);
  row->over_limit = sqlite3_column_double (stmt, 11);
  return row;
}

GPtrArray *
kr_training_repository_list_compliance (KrTrainingRepository *self,
                                        const KrComplianceQuery *query,
                                        guint offset,
                                        guint limit,
                                        GError **error)
{
  g_autoptr (GPtrArray) rows = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kr_training_check_read (self, error) || !check_query (query, error))
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_list, error);
  if (stmt == NULL)
    return NULL;
  bind_query (self, stmt, query);
  sqlite3_bind_int64 (stmt, 13, limit);
  sqlite3_bind_int64 (stmt, 14, offset);
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_compliance_row_free);
  while ((rc = _kr_training_step (self, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (rows, compliance_row_from_stmt (stmt));
  return rc == SQLITE_DONE ? g_steal_pointer (&rows) : NULL;
}

/* Budgets */

static gboolean
check_year (guint year, GError **error)
{
  if (year >= 2000 && year <= 2200)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Year: enter a year from %u to %u"), 2000,
               2200);
  return FALSE;
}

static KrTrainingBudget *
budget_from_stmt (sqlite3_stmt *stmt, guint year)
{
  KrTrainingBudget *budget = g_new0 (KrTrainingBudget, 1);

  budget->id = sqlite3_column_int64 (stmt, 0);
  budget->unit_id = sqlite3_column_int64 (stmt, 1);
  budget->unit_name = _kr_column_dup_text (stmt, 2);
  budget->year = year;
  budget->allocated = sqlite3_column_int64 (stmt, 3);
  budget->committed = sqlite3_column_int64 (stmt, 4);
  budget->spent = sqlite3_column_int64 (stmt, 5);
  budget->pending = sqlite3_column_int64 (stmt, 6);
  budget->available = budget->allocated - budget->committed - budget->spent;
  return budget;
}

static void
set_unit_not_found (GError **error, gint64 unit_id)
{
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               _ ("The unit %lld does not exist; it may have been deleted"), (long long) unit_id);
}

KrTrainingBudget *
_kr_training_load_budget (KrTrainingRepository *self, gint64 unit_id, guint year, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_get_budget, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int (stmt, 2, (int) year);
  rc = _kr_training_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    return budget_from_stmt (stmt, year);
  if (rc == SQLITE_DONE)
    set_unit_not_found (error, unit_id);
  return NULL;
}

KrTrainingBudget *
kr_training_repository_get_budget (KrTrainingRepository *self,
                                   gint64 unit_id,
                                   guint year,
                                   GError **error)
{
  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Budgets name nobody: whoever may read employees' training may see them. */
  if (!_kr_training_check_read (self, error) || !check_year (year, error))
    return NULL;
  return _kr_training_load_budget (self, unit_id, year, error);
}

gboolean
kr_training_repository_set_budget (KrTrainingRepository *self,
                                   gint64 unit_id,
                                   guint year,
                                   gint64 allocated,
                                   GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gint64 n = 0;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kr_training_check_write (self, error) || !check_year (year, error))
    return FALSE;
  if (allocated > KR_TRAINING_MAX_RUPIAH)
    {
      /* Translators: %lld is the highest budget, 10000000000000 */
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Budget: enter at most %lld rupiah"),
                   (long long) KR_TRAINING_MAX_RUPIAH);
      return FALSE;
    }
  if (!_kr_statements_count (self->statements, sql_unit_exists, unit_id, &n, error))
    return FALSE;
  if (n == 0)
    {
      set_unit_not_found (error, unit_id);
      return FALSE;
    }
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, allocated < 0 ? sql_delete_budget : sql_set_budget,
                             error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, unit_id);
      sqlite3_bind_int (stmt, 2, (int) year);
      if (allocated >= 0)
        sqlite3_bind_int64 (stmt, 3, allocated);
      ok = _kr_training_run (self, stmt, error);
    }
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_training_repository_emit_changed (self, KR_TRAINING_CHANGE_BUDGETS);
  return TRUE;
}

GPtrArray *
kr_training_repository_list_budgets (KrTrainingRepository *self, guint year, GError **error)
{
  g_autoptr (GPtrArray) budgets = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kr_training_check_read (self, error) || !check_year (year, error))
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_list_budgets, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 2, (int) year);
  budgets = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_training_budget_free);
  while ((rc = _kr_training_step (self, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (budgets, budget_from_stmt (stmt, year));
  return rc == SQLITE_DONE ? g_steal_pointer (&budgets) : NULL;
}
