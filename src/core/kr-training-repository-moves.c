/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-repository"

#include "config.h"

#include "kr-training-repository-enrolment-internal.h"

#include "kr-database-private.h"
#include "kr-employee-list-private.h"
#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-text.h"

/* Moving enrolments along their workflow, deleting a mistaken nomination, listing them, and
 * the employees of a list query (to nominate). */

#define MAX_JP              2000
#define MAX_QUERY_EMPLOYEES 10000

#define ENROLMENT_COLUMNS                                                                          \
  "en.id, en.session_id, en.employee_id, en.state, en.cost, en.budget_unit_id, en.jp, "            \
  "en.certificate_number, en.certificate_date, en.override_reason, en.reason, e.nip, trim "        \
  "(coalesce (e.title_front || ' ', '') || e.name || coalesce (', ' || e.title_back, '')), "       \
  "u.name, s.name, c.title, s.end_date, c.jp, s.status, s.capacity, (SELECT count(*) FROM "        \
  "training_enrolment o WHERE o.session_id = en.session_id AND o.state IN ('nominated', "          \
  "'approved', 'attended', 'completed'))"
#define ENROLMENT_JOINS                                                                            \
  "training_enrolment en JOIN employee e ON e.id = en.employee_id LEFT JOIN unit u ON u.id = "     \
  "e.unit_id JOIN training_session s ON s.id = en.session_id JOIN training_course c ON c.id = "    \
  "s.course_id"

static const char sql_get[] =
    "SELECT " ENROLMENT_COLUMNS " FROM " ENROLMENT_JOINS " WHERE en.id = ?";
static const char sql_list[] =
    "SELECT " ENROLMENT_COLUMNS " FROM " ENROLMENT_JOINS " WHERE en.session_id = ?1 AND (?2 = 0 "
    "OR " KR_SCOPE_CONDITION ") ORDER BY e.name COLLATE NOCASE, e.id";
static const char sql_update[] =
    "UPDATE training_enrolment SET state = ?2, jp = ?3, certificate_number = ?4, "
    "certificate_date = ?5, reason = ?6, override_reason = ?7, budget_unit_id = ?8 WHERE id = ?1";
static const char sql_delete[] = "DELETE FROM training_enrolment WHERE id = ?";

/* An enrolment with what moving it needs to know of its session. */
typedef struct
{
  KrEnrolment *enrolment;
  guint course_jp;
  KrSessionStatus session_status;
  guint capacity;
  guint n_seated;
} Row;

static void
set_not_found (GError **error, gint64 enrolment_id)
{
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               _ ("The enrolment %lld does not exist; it may have been deleted"),
               (long long) enrolment_id);
}

static KrEnrolment *
enrolment_from_stmt (sqlite3_stmt *stmt)
{
  KrEnrolment *enrolment = g_new0 (KrEnrolment, 1);

  enrolment->id = sqlite3_column_int64 (stmt, 0);
  enrolment->session_id = sqlite3_column_int64 (stmt, 1);
  enrolment->employee_id = sqlite3_column_int64 (stmt, 2);
  if (!kr_enrolment_state_from_code ((const char *) sqlite3_column_text (stmt, 3),
                                     &enrolment->state))
    enrolment->state = KR_ENROLMENT_STATE_NOMINATED;
  enrolment->cost = sqlite3_column_int64 (stmt, 4);
  enrolment->budget_unit_id = sqlite3_column_int64 (stmt, 5);
  enrolment->jp = sqlite3_column_int (stmt, 6);
  enrolment->certificate_number = _kr_column_dup_text (stmt, 7);
  enrolment->certificate_date = _kr_column_dup_text (stmt, 8);
  enrolment->override_reason = _kr_column_dup_text (stmt, 9);
  enrolment->reason = _kr_column_dup_text (stmt, 10);
  enrolment->employee_nip = _kr_column_dup_text (stmt, 11);
  enrolment->employee_name = _kr_column_dup_text (stmt, 12);
  enrolment->employee_unit = _kr_column_dup_text (stmt, 13);
  enrolment->session_name = _kr_column_dup_text (stmt, 14);
  enrolment->course_title = _kr_column_dup_text (stmt, 15);
  enrolment->session_end_date = _kr_column_dup_text (stmt, 16);
  return enrolment;
}

static gboolean
read_row (KrTrainingRepository *self, gint64 enrolment_id, Row *row, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_get, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, enrolment_id);
  rc = _kr_training_step (self, stmt, error);
  if (rc == 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    {
      set_not_found (error, enrolment_id);
      return FALSE;
    }
  row->enrolment = enrolment_from_stmt (stmt);
  row->course_jp = sqlite3_column_int (stmt, 17);
  if (!kr_session_status_from_code ((const char *) sqlite3_column_text (stmt, 18),
                                    &row->session_status))
    row->session_status = KR_SESSION_STATUS_PLANNED;
  row->capacity = sqlite3_column_int (stmt, 19);
  row->n_seated = sqlite3_column_int (stmt, 20);
  return TRUE;
}

/* Approving commits the cost: it must fit in what the budget unit has not committed or
 * spent, unless the nomination or @reason accepts going over. */
static gboolean
check_approval_budget (KrTrainingRepository *self,
                       KrEnrolment *enrolment,
                       const char *reason,
                       GError **error)
{
  guint year = _kr_training_year_of (enrolment->session_end_date);
  g_autofree char *unit_name = NULL;
  g_autofree char *left_text = NULL;
  g_autofree char *cost_text = NULL;
  g_autoptr (GError) local_error = NULL;
  gint64 allocated, reserved, committed;
  gboolean found;

  if (enrolment->budget_unit_id == 0)
    {
      enrolment->budget_unit_id =
          _kr_training_find_budget_unit (self, enrolment->employee_id, year, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  if (enrolment->budget_unit_id == 0 || enrolment->cost == 0)
    return TRUE;
  if (!_kr_training_read_budget (self, enrolment->budget_unit_id, year, &found, &allocated,
                                 &reserved, &committed, &unit_name, error))
    return FALSE;
  if (!found || committed + enrolment->cost <= allocated || enrolment->override_reason != NULL)
    return TRUE;
  if (reason != NULL)
    {
      enrolment->override_reason = g_strdup (reason);
      return TRUE;
    }
  left_text = _kr_training_format_rupiah (allocated - committed);
  cost_text = _kr_training_format_rupiah (enrolment->cost);
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               /* Translators: an employee, a unit, a year, then amounts such as “Rp 4.500.000” */
               _ ("%s (%s): budget of %s %u: %s left, %s needed; give a reason to approve over "
                  "the budget"),
               enrolment->employee_name, enrolment->employee_nip, unit_name, year, left_text,
               cost_text);
  return FALSE;
}

/* Checks the move of @row to @to and changes row->enrolment to what it becomes. */
static gboolean
apply_move (KrTrainingRepository *self,
            Row *row,
            KrEnrolmentState to,
            const char *reason,
            guint jp,
            const char *certificate_number,
            const char *certificate_date,
            GError **error)
{
  KrEnrolment *enrolment = row->enrolment;
  KrEnrolmentState from = enrolment->state;
  GDate date;

  if ((guint) to >= KR_N_ENROLMENT_STATES || !kr_enrolment_state_can_move (from, to))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: an employee, then two states such as “Nominated” */
                   _ ("State: the enrolment of %s is %s and cannot become %s"),
                   enrolment->employee_name, kr_enrolment_state_get_label (from),
                   (guint) to < KR_N_ENROLMENT_STATES ? kr_enrolment_state_get_label (to) : "?");
      return FALSE;
    }
  if ((to == KR_ENROLMENT_STATE_WITHDRAWN || to == KR_ENROLMENT_STATE_NO_SHOW) && reason == NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Reason: say why the enrolment of %s becomes %s"), enrolment->employee_name,
                   kr_enrolment_state_get_label (to));
      return FALSE;
    }
  if (to == KR_ENROLMENT_STATE_NOMINATED)
    {
      if (!kr_session_status_accepts_nominations (row->session_status))
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("State: the session is %s and takes no nominations"),
                       kr_session_status_get_label (row->session_status));
          return FALSE;
        }
      if (row->n_seated >= row->capacity)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("State: the session is full: %u of %u seats taken"), row->n_seated,
                       row->capacity);
          return FALSE;
        }
    }
  if (to == KR_ENROLMENT_STATE_APPROVED && from == KR_ENROLMENT_STATE_NOMINATED &&
      !check_approval_budget (self, enrolment, reason, error))
    return FALSE;
  if (to == KR_ENROLMENT_STATE_COMPLETED)
    {
      jp = jp != 0 ? jp : row->course_jp;
      if (jp > MAX_JP)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("JP: enter a number from 0 to %d"),
                       MAX_JP);
          return FALSE;
        }
      if (certificate_date != NULL && !kr_date_parse_iso (certificate_date, &date, NULL))
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("Certificate date: “%s” is not a date (YYYY-MM-DD)"), certificate_date);
          return FALSE;
        }
    }
  enrolment->state = to;
  enrolment->jp = to == KR_ENROLMENT_STATE_COMPLETED ? jp : 0;
  g_free (enrolment->certificate_number);
  g_free (enrolment->certificate_date);
  enrolment->certificate_number = NULL;
  enrolment->certificate_date = NULL;
  if (to == KR_ENROLMENT_STATE_COMPLETED)
    {
      enrolment->certificate_number = g_strdup (certificate_number);
      enrolment->certificate_date = g_strdup (certificate_date);
    }
  g_free (enrolment->reason);
  enrolment->reason = to == KR_ENROLMENT_STATE_WITHDRAWN || to == KR_ENROLMENT_STATE_NO_SHOW
                          ? g_strdup (reason)
                          : NULL;
  return TRUE;
}

static gboolean
move_one (KrTrainingRepository *self,
          gint64 enrolment_id,
          KrEnrolmentState to,
          const char *reason,
          guint jp,
          const char *certificate_number,
          const char *certificate_date,
          GError **error)
{
  Row row = { 0 };
  g_auto (KrStmt) stmt = NULL;
  KrEnrolment *enrolment;
  gboolean ok;

  if (!kr_text_check_length (reason, KR_TEXT_MAX_NOTE, _ ("Reason"), error) ||
      !kr_text_check_length (certificate_number, KR_TEXT_MAX_CODE, _ ("Certificate Number"),
                             error) ||
      !read_row (self, enrolment_id, &row, error))
    return FALSE;
  enrolment = row.enrolment;
  ok = apply_move (self, &row, to, reason, jp, certificate_number, certificate_date, error);
  if (ok)
    {
      stmt = _kr_statements_get (self->statements, sql_update, error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, enrolment_id);
      sqlite3_bind_text (stmt, 2, kr_enrolment_state_get_code (enrolment->state), -1,
                         SQLITE_STATIC);
      if (enrolment->state == KR_ENROLMENT_STATE_COMPLETED)
        sqlite3_bind_int (stmt, 3, (int) enrolment->jp);
      _kr_bind_text (stmt, 4, enrolment->certificate_number);
      _kr_bind_text (stmt, 5, enrolment->certificate_date);
      _kr_bind_text (stmt, 6, enrolment->reason);
      _kr_bind_text (stmt, 7, enrolment->override_reason);
      _kr_bind_id (stmt, 8, enrolment->budget_unit_id);
      ok = _kr_training_run (self, stmt, error);
    }
  kr_enrolment_free (enrolment);
  return ok;
}

static void
emit_moved (KrTrainingRepository *self)
{
  _kr_training_repository_emit_changed (self, KR_TRAINING_CHANGE_ENROLMENTS |
                                                  KR_TRAINING_CHANGE_SESSIONS |
                                                  KR_TRAINING_CHANGE_BUDGETS);
}

gboolean
kr_training_repository_move (KrTrainingRepository *self,
                             gint64 enrolment_id,
                             KrEnrolmentState to,
                             const char *reason,
                             guint jp,
                             const char *certificate_number,
                             const char *certificate_date,
                             GError **error)
{
  g_autofree char *why = _kr_strip_dup (reason);
  g_autofree char *number = _kr_strip_dup (certificate_number);
  g_autofree char *date = _kr_strip_dup (certificate_date);
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), FALSE);

  if (!_kr_training_check_write (self, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  ok = move_one (self, enrolment_id, to, why, jp, number, date, error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  emit_moved (self);
  return TRUE;
}

gboolean
kr_training_repository_move_many (KrTrainingRepository *self,
                                  const gint64 *enrolment_ids,
                                  guint n_enrolments,
                                  KrEnrolmentState to,
                                  const char *reason,
                                  GError **error)
{
  g_autofree char *why = _kr_strip_dup (reason);
  gboolean own, ok = TRUE;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), FALSE);
  g_return_val_if_fail (enrolment_ids != NULL || n_enrolments == 0, FALSE);

  if (!_kr_training_check_write (self, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  for (guint i = 0; ok && i < n_enrolments; i++)
    ok = move_one (self, enrolment_ids[i], to, why, 0, NULL, NULL, error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  if (n_enrolments > 0)
    emit_moved (self);
  return TRUE;
}

gboolean
kr_training_repository_delete_enrolment (KrTrainingRepository *self,
                                         gint64 enrolment_id,
                                         GError **error)
{
  Row row = { 0 };
  g_auto (KrStmt) stmt = NULL;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), FALSE);

  if (!_kr_training_check_write (self, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  ok = read_row (self, enrolment_id, &row, error);
  if (ok && row.enrolment->state != KR_ENROLMENT_STATE_NOMINATED)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The enrolment of %s is %s: withdraw it instead of deleting it"),
                   row.enrolment->employee_name,
                   kr_enrolment_state_get_label (row.enrolment->state));
      ok = FALSE;
    }
  g_clear_pointer (&row.enrolment, kr_enrolment_free);
  if (ok)
    {
      stmt = _kr_statements_get (self->statements, sql_delete, error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, enrolment_id);
      ok = _kr_training_run (self, stmt, error);
    }
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  emit_moved (self);
  return TRUE;
}

GPtrArray *
kr_training_repository_list_enrolments (KrTrainingRepository *self,
                                        gint64 session_id,
                                        GError **error)
{
  g_autoptr (KrTrainingSession) session = NULL;
  g_autoptr (GPtrArray) enrolments = NULL;
  g_auto (KrStmt) stmt = NULL;
  gint64 scope;
  int rc;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);

  if (!_kr_training_check_read (self, error))
    return NULL;
  session = kr_training_repository_get_session (self, session_id, error);
  if (session == NULL)
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_list, error);
  if (stmt == NULL)
    return NULL;
  scope = _kr_training_get_scope_unit (self);
  sqlite3_bind_int64 (stmt, 1, session_id);
  sqlite3_bind_int64 (stmt, 2, scope);
  sqlite3_bind_int64 (stmt, 3, scope);
  enrolments = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_enrolment_free);
  while ((rc = _kr_training_step (self, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (enrolments, enrolment_from_stmt (stmt));
  return rc == SQLITE_DONE ? g_steal_pointer (&enrolments) : NULL;
}

KrEnrolment *
kr_training_repository_get_enrolment (KrTrainingRepository *self,
                                      gint64 enrolment_id,
                                      GError **error)
{
  Row row = { 0 };

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);

  if (!_kr_training_check_read (self, error) || !read_row (self, enrolment_id, &row, error))
    return NULL;
  if (!_kr_training_check_read_employee (self, row.enrolment->employee_id, error))
    {
      kr_enrolment_free (row.enrolment);
      return NULL;
    }
  return row.enrolment;
}

/* The employees of a list query */

GArray *
kr_training_repository_list_query_employees (KrTrainingRepository *self,
                                             const KrEmployeeQuery *query,
                                             GError **error)
{
  g_autoptr (KrEmployeeQuery) active = NULL;
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *count_sql = NULL;
  g_autofree char *scan_sql = NULL;
  sqlite3 *db = _kr_database_get_handle (self->database);
  sqlite3_stmt *stmt = NULL;
  Plan *plan;
  gint64 n = 0;
  int rc;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!_kr_training_check_read (self, error))
    return NULL;
  if (kr_employee_query_get_status (query) >= 0 &&
      kr_employee_query_get_status (query) != KR_EMPLOYEE_STATUS_AKTIF)
    return g_steal_pointer (&ids);
  active = kr_employee_query_copy (query);
  kr_employee_query_set_status (active, KR_EMPLOYEE_STATUS_AKTIF);
  plan = _kr_employee_list_plan_new (active, _kr_training_get_scope_unit (self));
  count_sql = _kr_employee_list_build_sql (plan, STATEMENT_COUNT, -1);
  scan_sql = _kr_employee_list_build_sql (plan, STATEMENT_SCAN, -1);

  rc = sqlite3_prepare_v2 (db, count_sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      _kr_employee_list_bind_filters (plan, stmt);
      rc = sqlite3_step (stmt);
      n = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
    }
  sqlite3_finalize (stmt);
  stmt = NULL;
  if (rc == SQLITE_ROW && n > MAX_QUERY_EMPLOYEES)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The list has %lld employees, more than %d can be nominated at once: "
                      "narrow the list"),
                   (long long) n, MAX_QUERY_EMPLOYEES);
      _kr_employee_list_plan_free (plan);
      return NULL;
    }
  if (rc == SQLITE_ROW)
    rc = sqlite3_prepare_v2 (db, scan_sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      _kr_employee_list_bind_filters (plan, stmt);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, (int) plan->n_keys - 1);

          g_array_append_val (ids, id);
        }
    }
  sqlite3_finalize (stmt);
  _kr_employee_list_plan_free (plan);
  if (rc != SQLITE_DONE)
    {
      _kr_database_set_error (self->database, error, rc, _ ("Could not read the employees of"));
      return NULL;
    }
  return g_steal_pointer (&ids);
}
