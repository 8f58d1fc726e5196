/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-repository"

#include "config.h"

#include "kr-training-repository-private.h"

#include "kr-error.h"
#include "kr-i18n.h"

/* The catalogue's sessions (angkatan): listing, saving, their status, deleting. */

#define SESSION_COLUMNS                                                                            \
  "s.id, s.course_id, c.title, c.jp, s.name, s.start_date, s.end_date, s.place, s.capacity, "      \
  "s.cost, s.status, (SELECT count(*) FROM training_enrolment e WHERE e.session_id = s.id AND "    \
  "e.state IN ('nominated', 'approved', 'attended', 'completed'))"
#define SESSION_JOINS "training_session s JOIN training_course c ON c.id = s.course_id"

static const char sql_list_sessions[] =
    "SELECT " SESSION_COLUMNS " FROM " SESSION_JOINS " WHERE (?1 = 0 OR s.course_id = ?1) AND "
    "(?2 = 0 OR CAST (substr (s.start_date, 1, 4) AS INTEGER) = ?2 OR CAST (substr (s.end_date, "
    "1, 4) AS INTEGER) = ?2) ORDER BY s.start_date, s.name COLLATE NOCASE, s.id";
static const char sql_get_session[] =
    "SELECT " SESSION_COLUMNS " FROM " SESSION_JOINS " WHERE s.id = ?";
static const char sql_course_exists[] = "SELECT count(*) FROM training_course WHERE id = ?";
static const char sql_same_name[] =
    "SELECT EXISTS (SELECT 1 FROM training_session WHERE course_id = ?1 AND lower (name) = "
    "lower (?2) AND id IS NOT ?3)";
static const char sql_count_enrolments[] =
    "SELECT count(*) FROM training_enrolment WHERE session_id = ?";
static const char sql_insert_session[] =
    "INSERT INTO training_session (course_id, name, start_date, end_date, place, capacity, cost, "
    "status) VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
static const char sql_update_session[] =
    "UPDATE training_session SET course_id = ?2, name = ?3, start_date = ?4, end_date = ?5, "
    "place = ?6, capacity = ?7, cost = ?8 WHERE id = ?1";
static const char sql_set_status[] = "UPDATE training_session SET status = ?2 WHERE id = ?1";
static const char sql_withdraw_all[] =
    "UPDATE training_enrolment SET state = 'withdrawn', reason = ?2 WHERE session_id = ?1 AND "
    "state IN ('nominated', 'approved', 'attended')";
static const char sql_delete_session[] = "DELETE FROM training_session WHERE id = ?";

static void
set_not_found (GError **error, gint64 session_id)
{
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               _ ("The training session %lld does not exist; it may have been deleted"),
               (long long) session_id);
}

static KrTrainingSession *
session_from_stmt (sqlite3_stmt *stmt)
{
  KrTrainingSession *session = kr_training_session_new ();

  session->id = sqlite3_column_int64 (stmt, 0);
  session->course_id = sqlite3_column_int64 (stmt, 1);
  session->course_title = _kr_column_dup_text (stmt, 2);
  session->course_jp = sqlite3_column_int (stmt, 3);
  session->name = _kr_column_dup_text (stmt, 4);
  session->start_date = _kr_column_dup_text (stmt, 5);
  session->end_date = _kr_column_dup_text (stmt, 6);
  session->place = _kr_column_dup_text (stmt, 7);
  session->capacity = sqlite3_column_int (stmt, 8);
  session->cost = sqlite3_column_int64 (stmt, 9);
  if (!kr_session_status_from_code ((const char *) sqlite3_column_text (stmt, 10),
                                    &session->status))
    session->status = KR_SESSION_STATUS_PLANNED;
  session->n_enrolled = sqlite3_column_int (stmt, 11);
  return session;
}

GPtrArray *
kr_training_repository_list_sessions (KrTrainingRepository *self,
                                      gint64 course_id,
                                      guint year,
                                      GError **error)
{
  g_autoptr (GPtrArray) sessions = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);

  if (!_kr_training_check_read (self, error))
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_list_sessions, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, course_id);
  sqlite3_bind_int (stmt, 2, (int) year);
  sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_training_session_free);
  while ((rc = _kr_training_step (self, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (sessions, session_from_stmt (stmt));
  return rc == SQLITE_DONE ? g_steal_pointer (&sessions) : NULL;
}

static KrTrainingSession *
read_session (KrTrainingRepository *self, gint64 session_id, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_get_session, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, session_id);
  rc = _kr_training_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    return session_from_stmt (stmt);
  if (rc == SQLITE_DONE)
    set_not_found (error, session_id);
  return NULL;
}

KrTrainingSession *
kr_training_repository_get_session (KrTrainingRepository *self, gint64 session_id, GError **error)
{
  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);

  if (!_kr_training_check_read (self, error))
    return NULL;
  return read_session (self, session_id, error);
}

/* What may not change in a saved session: its course once it has enrolments, and a capacity
 * below the seats taken. */
static gboolean
check_session (KrTrainingRepository *self,
               const KrTrainingSession *session,
               const char *name,
               GError **error)
{
  g_autoptr (KrTrainingSession) old = NULL;
  g_auto (KrStmt) stmt = NULL;
  gint64 n = 0;
  int rc;

  if (!_kr_statements_count (self->statements, sql_course_exists, session->course_id, &n, error))
    return FALSE;
  if (n == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                   _ ("The course %lld does not exist; it may have been deleted"),
                   (long long) session->course_id);
      return FALSE;
    }
  stmt = _kr_statements_get (self->statements, sql_same_name, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, session->course_id);
  _kr_bind_text (stmt, 2, name);
  _kr_bind_id (stmt, 3, session->id);
  rc = _kr_training_step (self, stmt, error);
  if (rc == 0)
    return FALSE;
  if (sqlite3_column_int (stmt, 0) != 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                   _ ("Name: the course already has a session called “%s”"), name);
      return FALSE;
    }
  if (session->id == 0)
    {
      if (session->status == KR_SESSION_STATUS_CANCELLED)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("Status: a new session cannot be cancelled"));
          return FALSE;
        }
      return TRUE;
    }
  old = read_session (self, session->id, error);
  if (old == NULL)
    return FALSE;
  if (old->course_id != session->course_id &&
      (!_kr_statements_count (self->statements, sql_count_enrolments, session->id, &n, error) ||
       n > 0))
    {
      if (n > 0)
        g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                     _ ("Course: the session has enrolments, so its course cannot change"));
      return FALSE;
    }
  if (session->capacity < old->n_enrolled)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Capacity: %u seats are already taken; enter at least %u, not %u"),
                   old->n_enrolled, old->n_enrolled, session->capacity);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_session (KrTrainingRepository *self,
               KrTrainingSession *session,
               const char *name,
               GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  g_autofree char *place = _kr_strip_dup (session->place);
  g_autofree char *start = _kr_strip_dup (session->start_date);
  g_autofree char *end = _kr_strip_dup (session->end_date);

  stmt = _kr_statements_get (self->statements,
                             session->id == 0 ? sql_insert_session : sql_update_session, error);
  if (stmt == NULL)
    return FALSE;
  if (session->id != 0)
    sqlite3_bind_int64 (stmt, 1, session->id);
  sqlite3_bind_int64 (stmt, 2, session->course_id);
  _kr_bind_text (stmt, 3, name);
  _kr_bind_text (stmt, 4, start);
  _kr_bind_text (stmt, 5, end);
  _kr_bind_text (stmt, 6, place);
  sqlite3_bind_int (stmt, 7, (int) session->capacity);
  sqlite3_bind_int64 (stmt, 8, session->cost);
  if (session->id == 0)
    sqlite3_bind_text (stmt, 9, kr_session_status_get_code (session->status), -1, SQLITE_STATIC);
  if (!_kr_training_run (self, stmt, error))
    return FALSE;
  if (session->id == 0)
    session->id = _kr_statements_last_insert_id (self->statements);
  return TRUE;
}

gboolean
kr_training_repository_save_session (KrTrainingRepository *self,
                                     KrTrainingSession *session,
                                     GError **error)
{
  g_autofree char *name = NULL;
  gboolean own, ok;
  gint64 old_id;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), FALSE);
  g_return_val_if_fail (session != NULL, FALSE);

  if (!_kr_training_check_write (self, error) || !kr_training_session_validate (session, error))
    return FALSE;
  name = _kr_strip_dup (session->name);
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  old_id = session->id;
  ok = check_session (self, session, name, error) && write_session (self, session, name, error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    {
      session->id = old_id;
      return FALSE;
    }
  g_free (session->name);
  session->name = g_steal_pointer (&name);
  _kr_training_repository_emit_changed (self, KR_TRAINING_CHANGE_SESSIONS);
  return TRUE;
}

gboolean
kr_training_repository_set_session_status (KrTrainingRepository *self,
                                           gint64 session_id,
                                           KrSessionStatus status,
                                           GError **error)
{
  g_autoptr (KrTrainingSession) session = NULL;
  g_auto (KrStmt) stmt = NULL;
  KrTrainingChange change = KR_TRAINING_CHANGE_SESSIONS;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), FALSE);

  if (!_kr_training_check_write (self, error))
    return FALSE;
  if ((guint) status >= KR_N_SESSION_STATUSES)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Status: choose a status"));
      return FALSE;
    }
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  session = read_session (self, session_id, error);
  ok = session != NULL;
  if (ok && session->status == status)
    return _kr_statements_end (self->statements, own, TRUE, error);
  if (ok && session->status == KR_SESSION_STATUS_CANCELLED)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Status: the session “%s” was cancelled; it cannot become %s"), session->name,
                   kr_session_status_get_label (status));
      ok = FALSE;
    }
  if (ok)
    {
      stmt = _kr_statements_get (self->statements, sql_set_status, error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, session_id);
      sqlite3_bind_text (stmt, 2, kr_session_status_get_code (status), -1, SQLITE_STATIC);
      ok = _kr_training_run (self, stmt, error);
      _kr_stmt_reset (&stmt);
      stmt = NULL;
    }
  if (ok && status == KR_SESSION_STATUS_CANCELLED)
    {
      stmt = _kr_statements_get (self->statements, sql_withdraw_all, error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, session_id);
          sqlite3_bind_text (stmt, 2, _ ("Session cancelled"), -1, SQLITE_TRANSIENT);
          ok = _kr_training_run (self, stmt, error);
        }
      change |= KR_TRAINING_CHANGE_ENROLMENTS | KR_TRAINING_CHANGE_BUDGETS;
    }
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_training_repository_emit_changed (self, change);
  return TRUE;
}

gboolean
kr_training_repository_delete_session (KrTrainingRepository *self,
                                       gint64 session_id,
                                       GError **error)
{
  g_autoptr (KrTrainingSession) session = NULL;
  g_auto (KrStmt) stmt = NULL;
  gint64 n = 0;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), FALSE);

  if (!_kr_training_check_write (self, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  session = read_session (self, session_id, error);
  ok = session != NULL &&
       _kr_statements_count (self->statements, sql_count_enrolments, session_id, &n, error);
  if (ok && n > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   ngettext ("The session “%s” has %lld enrolment: cancel it instead",
                             "The session “%s” has %lld enrolments: cancel it instead", (gulong) n),
                   session->name, (long long) n);
      ok = FALSE;
    }
  if (ok)
    {
      stmt = _kr_statements_get (self->statements, sql_delete_session, error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, session_id);
      ok = _kr_training_run (self, stmt, error);
    }
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_training_repository_emit_changed (self, KR_TRAINING_CHANGE_SESSIONS);
  return TRUE;
}
