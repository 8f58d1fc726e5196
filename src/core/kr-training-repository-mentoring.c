/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-repository"

#include "config.h"

#include "kr-training-repository-private.h"

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* The training repository's mentoring (kr-training-repository-private.h): pairs of a senior
 * mentor and a junior mentee, the sessions they log (credited to the mentee as non-classical
 * JP by the training_jp view), and each mentor's load. */

#define FULL_NAME(alias)                                                                           \
  "trim (coalesce (" alias ".title_front || ' ', '') || " alias                                    \
  ".name || coalesce (', ' || " alias ".title_back, ''))"

#define SUBTREE(param)                                                                             \
  "(WITH RECURSIVE t (id) AS (SELECT id FROM unit WHERE id = " param " UNION ALL "                 \
  "SELECT c.id FROM unit c JOIN t ON c.parent_id = t.id) SELECT id FROM t)"

#define MENTORING_COLUMNS                                                                          \
  "m.id, m.mentor_id, m.mentee_id, m.form, m.goals, m.start_date, m.end_date, " FULL_NAME (        \
      "r") ", " FULL_NAME ("e") ", (SELECT count (*) FROM mentoring_session s WHERE "              \
                                "s.mentoring_id = m.id), "                                         \
                                "(SELECT coalesce (sum (s.minutes), 0) FROM mentoring_session s "  \
                                "WHERE s.mentoring_id = m.id) "                                    \
                                "FROM mentoring m JOIN employee r ON r.id = m.mentor_id JOIN "     \
                                "employee e ON e.id = m.mentee_id "

/* ?1 employee (0: all), ?2 active on (NULL: any), ?3 the reader's scope unit (0: all). */
static const char sql_list[] =
    "SELECT " MENTORING_COLUMNS "WHERE (?1 = 0 OR m.mentor_id = ?1 OR m.mentee_id = ?1) "
    "AND (?2 IS NULL OR (m.start_date <= ?2 AND (m.end_date IS NULL OR m.end_date >= ?2))) "
    "AND (?3 = 0 OR e.unit_id IN " SUBTREE ("?3") " OR r.unit_id IN " SUBTREE (
        "?3") ") "
              "ORDER BY m.start_date DESC, m.id DESC";
static const char sql_get[] = "SELECT " MENTORING_COLUMNS "WHERE m.id = ?1";
static const char sql_golongan[] =
    "SELECT " FULL_NAME ("e") ", e.golongan FROM employee e WHERE e.id = ?1";
static const char sql_insert[] =
    "INSERT INTO mentoring (mentor_id, mentee_id, form, goals, start_date, end_date) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char sql_update[] =
    "UPDATE mentoring SET mentor_id = ?1, mentee_id = ?2, form = ?3, goals = ?4, "
    "start_date = ?5, end_date = ?6 WHERE id = ?7";
static const char sql_sessions_outside[] =
    "SELECT min (date), max (date), count (*) FROM mentoring_session WHERE mentoring_id = ?1 "
    "AND (date < ?2 OR (?3 IS NOT NULL AND date > ?3))";
static const char sql_delete[] = "DELETE FROM mentoring WHERE id = ?";
static const char sql_list_sessions[] =
    "SELECT id, mentoring_id, date, topic, minutes, notes FROM mentoring_session "
    "WHERE mentoring_id = ?1 ORDER BY date, id";
static const char sql_insert_session[] =
    "INSERT INTO mentoring_session (mentoring_id, date, topic, minutes, notes) "
    "VALUES (?1, ?2, ?3, ?4, ?5)";
static const char sql_update_session[] =
    "UPDATE mentoring_session SET mentoring_id = ?1, date = ?2, topic = ?3, minutes = ?4, "
    "notes = ?5 WHERE id = ?6";
static const char sql_delete_session[] = "DELETE FROM mentoring_session WHERE id = ?";
/* ?1 first day, ?2 last day of the year, ?3 the reader's scope unit. */
static const char sql_loads[] = "SELECT id, name, n_active, minutes FROM (SELECT r.id, " FULL_NAME (
    "r") " AS name, r.name "
         "AS sort_name, (SELECT count (*) FROM mentoring m WHERE m.mentor_id = r.id "
         "AND m.start_date <= ?2 AND (m.end_date IS NULL OR m.end_date >= ?1)) AS n_active, "
         "(SELECT coalesce (sum (s.minutes), 0) FROM mentoring_session s JOIN mentoring m "
         "ON m.id = s.mentoring_id WHERE m.mentor_id = r.id AND s.date BETWEEN ?1 AND ?2) AS "
         "minutes "
         "FROM employee r WHERE r.id IN (SELECT mentor_id FROM mentoring) "
         "AND (?3 = 0 OR r.unit_id IN " SUBTREE (
             "?3") ")) WHERE n_active > 0 OR minutes > 0 "
                   "ORDER BY n_active DESC, minutes DESC, sort_name, id";

/* Pairs */

static KrMentoring *
mentoring_from_stmt (sqlite3_stmt *stmt)
{
  KrMentoring *mentoring = kr_mentoring_new ();

  mentoring->id = sqlite3_column_int64 (stmt, 0);
  mentoring->mentor_id = sqlite3_column_int64 (stmt, 1);
  mentoring->mentee_id = sqlite3_column_int64 (stmt, 2);
  if (!kr_training_form_from_code ((const char *) sqlite3_column_text (stmt, 3), &mentoring->form))
    mentoring->form = KR_TRAINING_FORM_MENTORING;
  mentoring->goals = _kr_column_dup_text (stmt, 4);
  mentoring->start_date = _kr_column_dup_text (stmt, 5);
  mentoring->end_date = _kr_column_dup_text (stmt, 6);
  mentoring->mentor_name = _kr_column_dup_text (stmt, 7);
  mentoring->mentee_name = _kr_column_dup_text (stmt, 8);
  mentoring->n_sessions = (guint) sqlite3_column_int (stmt, 9);
  mentoring->minutes = (guint) sqlite3_column_int64 (stmt, 10);
  return mentoring;
}

GPtrArray *
kr_training_repository_list_mentoring (KrTrainingRepository *self,
                                       gint64 employee_id,
                                       const char *active_on,
                                       GError **error)
{
  g_autoptr (GPtrArray) list = NULL;
  g_auto (KrStmt) stmt = NULL;
  GDate date;
  int rc;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (employee_id != 0 ? !_kr_training_check_read_employee (self, employee_id, error)
                       : !_kr_training_check_read (self, error))
    return NULL;
  if (active_on != NULL && !kr_date_parse_iso (active_on, &date, error))
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_list, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, employee_id);
  _kr_bind_text (stmt, 2, active_on);
  /* A unit head sees the pairs of their employees, also with a mentor from elsewhere. */
  sqlite3_bind_int64 (stmt, 3, employee_id != 0 ? 0 : _kr_training_get_scope_unit (self));
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_mentoring_free);
  while ((rc = _kr_training_step (self, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (list, mentoring_from_stmt (stmt));
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}

static void
set_pair_not_found (GError **error, gint64 id)
{
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               _ ("The mentoring pair %lld does not exist; it may have been deleted"),
               (long long) id);
}

/* Reads a pair without a permission check. */
static KrMentoring *
read_mentoring (KrTrainingRepository *self, gint64 mentoring_id, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_get, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, mentoring_id);
  rc = _kr_training_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    return mentoring_from_stmt (stmt);
  if (rc == SQLITE_DONE)
    set_pair_not_found (error, mentoring_id);
  return NULL;
}

KrMentoring *
kr_training_repository_get_mentoring (KrTrainingRepository *self,
                                      gint64 mentoring_id,
                                      GError **error)
{
  g_autoptr (KrMentoring) mentoring = NULL;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kr_training_check_read (self, error))
    return NULL;
  mentoring = read_mentoring (self, mentoring_id, error);
  if (mentoring == NULL || !_kr_training_check_read_employee (self, mentoring->mentee_id, error))
    return NULL;
  return g_steal_pointer (&mentoring);
}

/* Reads an employee's name and golongan (0 when none); FALSE with KR_ERROR_NOT_FOUND for a
 * missing employee. */
static gboolean
read_person (KrTrainingRepository *self,
             gint64 employee_id,
             char **name,
             guint *golongan,
             GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_golongan, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, employee_id);
  rc = _kr_training_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    {
      *name = _kr_column_dup_text (stmt, 0);
      *golongan = (guint) sqlite3_column_int (stmt, 1);
      return TRUE;
    }
  if (rc == SQLITE_DONE)
    g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                 _ ("The employee %lld does not exist; they may have been deleted"),
                 (long long) employee_id);
  return FALSE;
}

/* A PNS golongan (11..45) and a PPPK one (101..117) are ranked each on their own scale; a
 * mentor on the other scale, or without a rank, is not compared. */
static gboolean
check_seniority (KrTrainingRepository *self, const KrMentoring *mentoring, GError **error)
{
  g_autofree char *mentor = NULL;
  g_autofree char *mentee = NULL;
  guint mentor_golongan = 0, mentee_golongan = 0;

  if (!read_person (self, mentoring->mentor_id, &mentor, &mentor_golongan, error) ||
      !read_person (self, mentoring->mentee_id, &mentee, &mentee_golongan, error))
    return FALSE;
  if (mentor_golongan == 0 || mentee_golongan == 0 ||
      (mentor_golongan > 100) != (mentee_golongan > 100) || mentor_golongan >= mentee_golongan)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               /* Translators: the mentor's name and golongan, then the mentee's */
               _ ("Mentor: %s (%s) is junior to the mentee, %s (%s); choose a mentor of the same "
                  "or a higher golongan"),
               mentor, kr_golongan_get_label (mentor_golongan), mentee,
               kr_golongan_get_label (mentee_golongan));
  return FALSE;
}

/* New dates of a pair must keep its logged sessions inside them. */
static gboolean
check_sessions_inside (KrTrainingRepository *self, const KrMentoring *mentoring, GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  int rc;

  if (mentoring->id == 0)
    return TRUE;
  stmt = _kr_statements_get (self->statements, sql_sessions_outside, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, mentoring->id);
  _kr_bind_text (stmt, 2, mentoring->start_date);
  _kr_bind_text (stmt, 3, mentoring->end_date);
  rc = _kr_training_step (self, stmt, error);
  if (rc == 0)
    return FALSE;
  if (rc != SQLITE_ROW || sqlite3_column_int (stmt, 2) == 0)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               ngettext ("Dates: %d session logged from %s to %s falls outside them",
                         "Dates: %d sessions logged from %s to %s fall outside them",
                         sqlite3_column_int (stmt, 2)),
               sqlite3_column_int (stmt, 2), (const char *) sqlite3_column_text (stmt, 0),
               (const char *) sqlite3_column_text (stmt, 1));
  return FALSE;
}

static gboolean
write_mentoring (KrTrainingRepository *self, KrMentoring *mentoring, GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  g_autofree char *goals = _kr_strip_dup (mentoring->goals);

  stmt = _kr_statements_get (self->statements, mentoring->id == 0 ? sql_insert : sql_update, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, mentoring->mentor_id);
  sqlite3_bind_int64 (stmt, 2, mentoring->mentee_id);
  sqlite3_bind_text (stmt, 3, kr_training_form_get_code (mentoring->form), -1, SQLITE_STATIC);
  _kr_bind_text (stmt, 4, goals);
  _kr_bind_text (stmt, 5, mentoring->start_date);
  _kr_bind_text (stmt, 6, mentoring->end_date);
  if (mentoring->id != 0)
    sqlite3_bind_int64 (stmt, 7, mentoring->id);
  if (!_kr_training_run (self, stmt, error))
    return FALSE;
  if (mentoring->id == 0)
    mentoring->id = _kr_statements_last_insert_id (self->statements);
  else if (sqlite3_changes (sqlite3_db_handle (stmt)) == 0)
    {
      set_pair_not_found (error, mentoring->id);
      return FALSE;
    }
  return TRUE;
}

gboolean
kr_training_repository_save_mentoring (KrTrainingRepository *self,
                                       KrMentoring *mentoring,
                                       GError **error)
{
  gint64 old_id;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), FALSE);
  g_return_val_if_fail (mentoring != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (mentoring->end_date != NULL && mentoring->end_date[0] == '\0')
    g_clear_pointer (&mentoring->end_date, g_free);
  if (!_kr_training_check_write (self, error) || !kr_mentoring_validate (mentoring, error) ||
      !check_seniority (self, mentoring, error) ||
      !check_sessions_inside (self, mentoring, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  old_id = mentoring->id;
  ok = write_mentoring (self, mentoring, error);
  if (!_kr_statements_end (self->statements, own, ok, ok ? error : NULL) || !ok)
    {
      mentoring->id = old_id;
      return FALSE;
    }
  _kr_training_repository_emit_changed (self, KR_TRAINING_CHANGE_MENTORING);
  return TRUE;
}

/* Runs a DELETE of one row by id; KR_ERROR_NOT_FOUND through @not_found when none was. */
static gboolean
delete_row (KrTrainingRepository *self,
            const char *sql,
            gint64 id,
            void (*not_found) (GError **, gint64),
            GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gboolean own, ok;

  if (!_kr_training_check_write (self, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = _kr_training_run (self, stmt, error);
    }
  if (ok && sqlite3_changes (sqlite3_db_handle (stmt)) == 0)
    {
      not_found (error, id);
      ok = FALSE;
    }
  if (!_kr_statements_end (self->statements, own, ok, ok ? error : NULL) || !ok)
    return FALSE;
  _kr_training_repository_emit_changed (self, KR_TRAINING_CHANGE_MENTORING);
  return TRUE;
}

gboolean
kr_training_repository_delete_mentoring (KrTrainingRepository *self,
                                         gint64 mentoring_id,
                                         GError **error)
{
  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return delete_row (self, sql_delete, mentoring_id, set_pair_not_found, error);
}

/* Sessions */

GPtrArray *
kr_training_repository_list_mentoring_sessions (KrTrainingRepository *self,
                                                gint64 mentoring_id,
                                                GError **error)
{
  g_autoptr (KrMentoring) mentoring = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  mentoring = kr_training_repository_get_mentoring (self, mentoring_id, error);
  if (mentoring == NULL)
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_list_sessions, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, mentoring_id);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_mentoring_session_free);
  while ((rc = _kr_training_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrMentoringSession *session = kr_mentoring_session_new ();

      session->id = sqlite3_column_int64 (stmt, 0);
      session->mentoring_id = sqlite3_column_int64 (stmt, 1);
      session->date = _kr_column_dup_text (stmt, 2);
      session->topic = _kr_column_dup_text (stmt, 3);
      session->minutes = (guint) sqlite3_column_int (stmt, 4);
      session->notes = _kr_column_dup_text (stmt, 5);
      g_ptr_array_add (list, session);
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}

static void
set_session_not_found (GError **error, gint64 id)
{
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               _ ("The mentoring session %lld does not exist; it may have been deleted"),
               (long long) id);
}

static gboolean
check_session_date (const KrMentoring *pair, const KrMentoringSession *session, GError **error)
{
  if (g_strcmp0 (session->date, pair->start_date) >= 0 &&
      (pair->end_date == NULL || g_strcmp0 (session->date, pair->end_date) <= 0))
    return TRUE;
  if (pair->end_date == NULL)
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Date: %s is before the pair started on %s"),
                 session->date, pair->start_date);
  else
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                 _ ("Date: %s is outside the pair’s dates, %s to %s"), session->date,
                 pair->start_date, pair->end_date);
  return FALSE;
}

static gboolean
write_session (KrTrainingRepository *self, KrMentoringSession *session, GError **error)
{
  g_autofree char *topic = _kr_strip_dup (session->topic);
  g_autofree char *notes = _kr_strip_dup (session->notes);
  g_auto (KrStmt) stmt = _kr_statements_get (
      self->statements, session->id == 0 ? sql_insert_session : sql_update_session, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, session->mentoring_id);
  _kr_bind_text (stmt, 2, session->date);
  _kr_bind_text (stmt, 3, topic);
  sqlite3_bind_int (stmt, 4, (int) session->minutes);
  _kr_bind_text (stmt, 5, notes);
  if (session->id != 0)
    sqlite3_bind_int64 (stmt, 6, session->id);
  if (!_kr_training_run (self, stmt, error))
    return FALSE;
  if (session->id == 0)
    session->id = _kr_statements_last_insert_id (self->statements);
  else if (sqlite3_changes (sqlite3_db_handle (stmt)) == 0)
    {
      set_session_not_found (error, session->id);
      return FALSE;
    }
  return TRUE;
}

gboolean
kr_training_repository_save_mentoring_session (KrTrainingRepository *self,
                                               KrMentoringSession *session,
                                               GError **error)
{
  g_autoptr (KrMentoring) pair = NULL;
  gint64 old_id;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), FALSE);
  g_return_val_if_fail (session != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kr_training_check_write (self, error) || !kr_mentoring_session_validate (session, error))
    return FALSE;
  pair = read_mentoring (self, session->mentoring_id, error);
  if (pair == NULL || !check_session_date (pair, session, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  old_id = session->id;
  ok = write_session (self, session, error);
  if (!_kr_statements_end (self->statements, own, ok, ok ? error : NULL) || !ok)
    {
      session->id = old_id;
      return FALSE;
    }
  _kr_training_repository_emit_changed (self, KR_TRAINING_CHANGE_MENTORING);
  return TRUE;
}

gboolean
kr_training_repository_delete_mentoring_session (KrTrainingRepository *self,
                                                 gint64 session_id,
                                                 GError **error)
{
  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return delete_row (self, sql_delete_session, session_id, set_session_not_found, error);
}

/* Loads */

GPtrArray *
kr_training_repository_list_mentor_loads (KrTrainingRepository *self, guint year, GError **error)
{
  g_autoptr (GPtrArray) loads = NULL;
  g_auto (KrStmt) stmt = NULL;
  char first[16], last[16];
  int rc;

  g_return_val_if_fail (KR_IS_TRAINING_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kr_training_check_read (self, error))
    return NULL;
  if (year < 2000 || year > 2200)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Year: enter a year from %u to %u"), 2000,
                   2200);
      return NULL;
    }
  stmt = _kr_statements_get (self->statements, sql_loads, error);
  if (stmt == NULL)
    return NULL;
  g_snprintf (first, sizeof first, "%04u-01-01", year);
  g_snprintf (last, sizeof last, "%04u-12-31", year);
  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, _kr_training_get_scope_unit (self));
  loads = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_mentor_load_free);
  while ((rc = _kr_training_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrMentorLoad *load = g_new0 (KrMentorLoad, 1);

      load->mentor_id = sqlite3_column_int64 (stmt, 0);
      load->name = _kr_column_dup_text (stmt, 1);
      load->n_active = (guint) sqlite3_column_int (stmt, 2);
      load->minutes_year = (guint) sqlite3_column_int64 (stmt, 3);
      g_ptr_array_add (loads, load);
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&loads) : NULL;
}
