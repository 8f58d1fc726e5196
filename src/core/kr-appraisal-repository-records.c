/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-repository"

#include "config.h"

#include "kr-appraisal-repository-private.h"

#include <math.h>

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-text.h"

/* The appraisal repository's records around the appraisals (kr-appraisal-repository-private.h):
 * an employee's trend, 360 feedback and SKM surveys. The PP 46/2011 records and their import
 * are in kr-appraisal-repository-pp46.c, the position templates in
 * kr-appraisal-repository-templates.c. */

/* Trend */

static const char sql_trend_skp[] =
    "SELECT a.year, v.predikat FROM appraisal a JOIN appraisal_evaluation v "
    "ON v.appraisal_id = a.id AND v.period = 0 "
    "WHERE a.employee_id = ? AND v.state = 'final' AND v.predikat IS NOT NULL ORDER BY a.year";
static const char sql_trend_pp46[] =
    "SELECT year, skp_score, behaviour_score FROM appraisal_pp46 WHERE employee_id = ? "
    "ORDER BY year";

/* 360 feedback */

static const char sql_evaluation_owner[] =
    "SELECT a.id, a.employee_id, v.state FROM appraisal_evaluation v "
    "JOIN appraisal a ON a.id = v.appraisal_id WHERE v.id = ?";
static const char sql_list_feedback[] =
    "SELECT f.id, f.evaluation_id, f.relation, f.from_employee_id, trim (coalesce "
    "(x.title_front || ' ', '') || x.name || coalesce (', ' || x.title_back, '')), f.behaviour, "
    "f.feedback, f.given_on FROM appraisal_peer_feedback f "
    "LEFT JOIN employee x ON x.id = f.from_employee_id WHERE f.evaluation_id = ? "
    "ORDER BY f.given_on, f.id";
static const char sql_feedback_evaluation[] =
    "SELECT evaluation_id FROM appraisal_peer_feedback WHERE id = ?";
static const char sql_employee_exists[] = "SELECT count (*) FROM employee WHERE id = ?";
static const char sql_insert_feedback[] =
    "INSERT INTO appraisal_peer_feedback (evaluation_id, relation, from_employee_id, behaviour, "
    "feedback, given_on) VALUES (?, ?, ?, ?, ?, ?)";
static const char sql_delete_feedback[] = "DELETE FROM appraisal_peer_feedback WHERE id = ?";

/* SKM surveys */

#define SKM_COLUMNS                                                                                \
  "id, unit_id, year, period, respondents, nrr1, nrr2, nrr3, nrr4, nrr5, nrr6, nrr7, nrr8, nrr9"
static const char sql_unit_exists[] = "SELECT count (*) FROM unit WHERE id = ?";
static const char sql_save_skm[] =
    "INSERT INTO skm_survey (unit_id, year, period, respondents, nrr1, nrr2, nrr3, nrr4, nrr5, "
    "nrr6, nrr7, nrr8, nrr9) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (unit_id, year, period) DO UPDATE SET respondents = excluded.respondents, "
    "nrr1 = excluded.nrr1, nrr2 = excluded.nrr2, nrr3 = excluded.nrr3, nrr4 = excluded.nrr4, "
    "nrr5 = excluded.nrr5, nrr6 = excluded.nrr6, nrr7 = excluded.nrr7, nrr8 = excluded.nrr8, "
    "nrr9 = excluded.nrr9 RETURNING id";
static const char sql_list_skm[] = "SELECT " SKM_COLUMNS " FROM skm_survey WHERE unit_id = ? "
                                   "ORDER BY year DESC, period DESC, id DESC";
static const char sql_find_skm[] =
    "WITH RECURSIVE up (id, depth) AS (SELECT id, 0 FROM unit WHERE id = ? "
    "UNION ALL SELECT u.parent_id, up.depth + 1 FROM unit u JOIN up ON u.id = up.id "
    "WHERE u.parent_id IS NOT NULL) "
    "SELECT s.id, s.unit_id, s.year, s.period, s.respondents, s.nrr1, s.nrr2, s.nrr3, s.nrr4, "
    "s.nrr5, s.nrr6, s.nrr7, s.nrr8, s.nrr9 FROM skm_survey s JOIN up ON up.id = s.unit_id "
    "WHERE s.year = ? ORDER BY up.depth, s.period, s.id LIMIT 1";
static const char sql_delete_skm[] = "DELETE FROM skm_survey WHERE id = ?";
static const char sql_delete_skm_if_other[] = "DELETE FROM skm_survey WHERE id = ? AND id <> ?";

/* The storage codes of KrPeerRelation (migrations/0008). */
static const char *const relation_codes[KR_N_PEER_RELATIONS] = {
  [KR_PEER_RELATION_SUPERIOR] = "superior",
  [KR_PEER_RELATION_PEER] = "peer",
  [KR_PEER_RELATION_SUBORDINATE] = "subordinate",
  [KR_PEER_RELATION_OTHER] = "other",
};

typedef enum
{
  THING_EMPLOYEE,
  THING_UNIT,
} Thing;

/* Fails with KR_ERROR_NOT_FOUND unless employee or unit @id exists. */
static gboolean
check_exists (KrAppraisalRepository *self, Thing thing, gint64 id, GError **error)
{
  static const char *const sql[] = {
    [THING_EMPLOYEE] = sql_employee_exists,
    [THING_UNIT] = sql_unit_exists,
  };
  gint64 n = 0;

  if (!_kr_statements_count (self->statements, sql[thing], id, &n, error))
    return FALSE;
  if (n > 0)
    return TRUE;
  if (thing == THING_EMPLOYEE)
    g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                 _ ("The employee %lld does not exist; they may have been deleted"),
                 (long long) id);
  else if (thing == THING_UNIT)
    g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                 _ ("The unit %lld does not exist; it may have been deleted"), (long long) id);
  else
    g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                 _ ("The position %lld does not exist; it may have been deleted"), (long long) id);
  return FALSE;
}

/* Commits a write of our own and announces it. */
static gboolean
finish_write (KrAppraisalRepository *self, gboolean own, gboolean ok, GError **error)
{
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_appraisal_repository_emit_changed (self, 0);
  return TRUE;
}

/* Trend */

static gint
compare_points (gconstpointer a, gconstpointer b)
{
  const KrAppraisalTrendPoint *pa = a, *pb = b;

  return (pa->year > pb->year) - (pa->year < pb->year);
}

GArray *
kr_appraisal_repository_list_trend (KrAppraisalRepository *self, gint64 employee_id, GError **error)
{
  g_autoptr (GArray) points = NULL;
  g_autoptr (GHashTable) skp_years = NULL;
  g_auto (KrStmt) skp = NULL;
  g_auto (KrStmt) pp46 = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kr_appraisal_check_read_employee (self, employee_id, error))
    return NULL;
  points = g_array_new (FALSE, TRUE, sizeof (KrAppraisalTrendPoint));
  skp_years = g_hash_table_new (NULL, NULL);

  skp = _kr_appraisal_get_stmt (self, sql_trend_skp, employee_id, error);
  if (skp == NULL)
    return NULL;
  while ((rc = _kr_appraisal_step (self, skp, error)) == SQLITE_ROW)
    {
      KrAppraisalTrendPoint point = { .regime = KR_APPRAISAL_REGIME_SKP };
      KrPredikat predikat;

      if (!kr_predikat_from_code ((const char *) sqlite3_column_text (skp, 1), &predikat))
        continue;
      point.year = (guint) sqlite3_column_int (skp, 0);
      point.level = predikat;
      point.label = kr_predikat_get_label (predikat);
      g_array_append_val (points, point);
      g_hash_table_add (skp_years, GUINT_TO_POINTER (point.year));
    }
  if (rc != SQLITE_DONE)
    return NULL;

  /* A year with both (2021, split between the regimes) shows the SKP predikat. */
  pp46 = _kr_appraisal_get_stmt (self, sql_trend_pp46, employee_id, error);
  if (pp46 == NULL)
    return NULL;
  while ((rc = _kr_appraisal_step (self, pp46, error)) == SQLITE_ROW)
    {
      KrAppraisalTrendPoint point = { .regime = KR_APPRAISAL_REGIME_PP46 };
      KrPp46Sebutan sebutan;

      point.year = (guint) sqlite3_column_int (pp46, 0);
      if (g_hash_table_contains (skp_years, GUINT_TO_POINTER (point.year)))
        continue;
      point.score =
          kr_pp46_score (sqlite3_column_double (pp46, 1), sqlite3_column_double (pp46, 2));
      sebutan = kr_pp46_sebutan_from_score (point.score);
      point.level = kr_pp46_sebutan_to_level (sebutan);
      point.label = kr_pp46_sebutan_get_label (sebutan);
      g_array_append_val (points, point);
    }
  if (rc != SQLITE_DONE)
    return NULL;
  g_array_sort (points, compare_points);
  return g_steal_pointer (&points);
}

/* 360 feedback */

/* The appraisal, employee and state of evaluation @evaluation_id; KR_ERROR_NOT_FOUND when
 * there is none. */
static gboolean
read_evaluation_owner (KrAppraisalRepository *self,
                       gint64 evaluation_id,
                       gint64 *appraisal_id,
                       gint64 *employee_id,
                       KrAppraisalState *state,
                       GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_evaluation_owner, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, evaluation_id);
  rc = _kr_appraisal_step (self, stmt, error);
  if (rc == 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                   _ ("The evaluation %lld does not exist; it may have been deleted"),
                   (long long) evaluation_id);
      return FALSE;
    }
  *appraisal_id = sqlite3_column_int64 (stmt, 0);
  *employee_id = sqlite3_column_int64 (stmt, 1);
  if (!kr_appraisal_state_from_code ((const char *) sqlite3_column_text (stmt, 2), state))
    *state = KR_APPRAISAL_STATE_DRAFT;
  return TRUE;
}

/* Checks that the 360 feedback of an evaluation may be changed: the identity may write the
 * appraisal, and the evaluation is not final. */
static gboolean
check_feedback_writable (KrAppraisalRepository *self, gint64 evaluation_id, GError **error)
{
  KrAppraisalState state;
  gint64 appraisal_id, employee_id;

  if (!read_evaluation_owner (self, evaluation_id, &appraisal_id, &employee_id, &state, error) ||
      !_kr_appraisal_check_write_appraisal (self, appraisal_id, error))
    return FALSE;
  if (state != KR_APPRAISAL_STATE_FINAL && state != KR_APPRAISAL_STATE_OBJECTED)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               _ ("The evaluation is final: its 360 feedback can no longer be changed"));
  return FALSE;
}

GPtrArray *
kr_appraisal_repository_list_peer_feedback (KrAppraisalRepository *self,
                                            gint64 evaluation_id,
                                            GError **error)
{
  g_autoptr (GPtrArray) list = NULL;
  g_auto (KrStmt) stmt = NULL;
  KrAppraisalState state;
  gint64 appraisal_id, employee_id;
  int rc;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kr_appraisal_check_read (self, error) ||
      !read_evaluation_owner (self, evaluation_id, &appraisal_id, &employee_id, &state, error) ||
      !_kr_appraisal_check_read_employee (self, employee_id, error))
    return NULL;
  stmt = _kr_appraisal_get_stmt (self, sql_list_feedback, evaluation_id, error);
  if (stmt == NULL)
    return NULL;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_peer_feedback_free);
  while ((rc = _kr_appraisal_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrPeerFeedback *feedback = g_new0 (KrPeerFeedback, 1);
      const char *relation = (const char *) sqlite3_column_text (stmt, 2);

      feedback->id = sqlite3_column_int64 (stmt, 0);
      feedback->evaluation_id = sqlite3_column_int64 (stmt, 1);
      feedback->relation = KR_PEER_RELATION_OTHER;
      for (guint i = 0; i < KR_N_PEER_RELATIONS; i++)
        {
          if (g_strcmp0 (relation, relation_codes[i]) == 0)
            feedback->relation = i;
        }
      feedback->from_employee_id = sqlite3_column_int64 (stmt, 3);
      feedback->from_name = _kr_column_dup_text (stmt, 4);
      feedback->has_behaviour = sqlite3_column_type (stmt, 5) != SQLITE_NULL;
      if (feedback->has_behaviour)
        feedback->behaviour = CLAMP (sqlite3_column_int (stmt, 5), 1, KR_N_BEHAVIOURS) - 1;
      feedback->feedback = _kr_column_dup_text (stmt, 6);
      _kr_column_date (stmt, 7, &feedback->given_on);
      g_ptr_array_add (list, feedback);
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}

/* Checks what a new piece of 360 feedback says: a text, a relation, the value it is about, a
 * date not in the future, and a colleague who exists and is not the employee. */
static gboolean
check_feedback (KrAppraisalRepository *self,
                const KrPeerFeedback *feedback,
                const char *text,
                const GDate *given_on,
                GError **error)
{
  KrAppraisalState state;
  gint64 appraisal_id, employee_id;
  GDate today;

  if (text == NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The feedback text is empty"));
      return FALSE;
    }
  if ((guint) feedback->relation >= KR_N_PEER_RELATIONS)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Choose who gave the feedback: a superior, a peer, a subordinate or "
                      "someone else"));
      return FALSE;
    }
  if (feedback->has_behaviour && (guint) feedback->behaviour >= KR_N_BEHAVIOURS)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The feedback is about a core value that does not exist"));
      return FALSE;
    }
  kr_date_today (NULL, &today);
  if (g_date_compare (given_on, &today) > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The date the feedback was given is in the future"));
      return FALSE;
    }
  if (feedback->from_employee_id == 0)
    return TRUE;
  if (!read_evaluation_owner (self, feedback->evaluation_id, &appraisal_id, &employee_id, &state,
                              error) ||
      !check_exists (self, THING_EMPLOYEE, feedback->from_employee_id, error))
    return FALSE;
  if (feedback->from_employee_id != employee_id)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               _ ("360 feedback comes from colleagues: the employee cannot give it to "
                  "themselves"));
  return FALSE;
}

gint64
kr_appraisal_repository_add_peer_feedback (KrAppraisalRepository *self,
                                           const KrPeerFeedback *feedback,
                                           GError **error)
{
  g_autofree char *text = NULL;
  g_auto (KrStmt) stmt = NULL;
  GDate given_on;
  gboolean own, ok;
  gint64 id = 0;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), 0);
  g_return_val_if_fail (feedback != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  text = _kr_strip_dup (feedback->feedback);
  /* Given today unless a date was set. */
  if (g_date_valid (&feedback->given_on))
    given_on = feedback->given_on;
  else
    kr_date_today (NULL, &given_on);
  if (!check_feedback_writable (self, feedback->evaluation_id, error) ||
      !kr_text_check_length (text, KR_TEXT_MAX_NOTE, _ ("Feedback"), error) ||
      !check_feedback (self, feedback, text, &given_on, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return 0;
  stmt = _kr_statements_get (self->statements, sql_insert_feedback, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, feedback->evaluation_id);
      sqlite3_bind_text (stmt, 2, relation_codes[feedback->relation], -1, SQLITE_STATIC);
      _kr_bind_id (stmt, 3, feedback->from_employee_id);
      if (feedback->has_behaviour)
        sqlite3_bind_int (stmt, 4, (int) feedback->behaviour + 1);
      else
        sqlite3_bind_null (stmt, 4);
      _kr_bind_text (stmt, 5, text);
      _kr_bind_date (stmt, 6, &given_on);
      ok = _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
      if (ok)
        id = _kr_statements_last_insert_id (self->statements);
    }
  return finish_write (self, own, ok, error) ? id : 0;
}

gboolean
kr_appraisal_repository_delete_peer_feedback (KrAppraisalRepository *self,
                                              gint64 id,
                                              GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gint64 evaluation_id = 0;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kr_appraisal_check_read (self, error) ||
      !_kr_statements_count (self->statements, sql_feedback_evaluation, id, &evaluation_id, error))
    return FALSE;
  if (evaluation_id == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                   _ ("The feedback %lld does not exist; it may have been deleted"),
                   (long long) id);
      return FALSE;
    }
  if (!check_feedback_writable (self, evaluation_id, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql_delete_feedback, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
    }
  return finish_write (self, own, ok, error);
}

/* SKM surveys */

static KrSkmSurvey *
read_survey (sqlite3_stmt *stmt)
{
  KrSkmSurvey *survey = g_new0 (KrSkmSurvey, 1);

  survey->id = sqlite3_column_int64 (stmt, 0);
  survey->unit_id = sqlite3_column_int64 (stmt, 1);
  survey->year = (guint) sqlite3_column_int (stmt, 2);
  survey->period = (guint) sqlite3_column_int (stmt, 3);
  survey->respondents = (guint) sqlite3_column_int (stmt, 4);
  for (guint i = 0; i < KR_SKM_N_ELEMENTS; i++)
    survey->nrr[i] = sqlite3_column_double (stmt, 5 + (int) i);
  return survey;
}

static gboolean
check_survey (KrAppraisalRepository *self, const KrSkmSurvey *survey, GError **error)
{
  KrAppraisalCycle cycle;
  GDate today;

  if (!check_exists (self, THING_UNIT, survey->unit_id, error))
    return FALSE;
  kr_date_today (NULL, &today);
  /* The nine-element survey is that of PermenPANRB 14/2017. */
  if (survey->year < 2017 || survey->year > g_date_get_year (&today))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The year of the survey must be from %u to %u"), 2017,
                   (guint) g_date_get_year (&today));
      return FALSE;
    }
  if (!kr_appraisal_repository_get_cycle (self, survey->unit_id, &cycle, error))
    return FALSE;
  if (survey->period > kr_appraisal_cycle_get_n_periods (cycle))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("There is no period %u: the year has %u periods (%s) besides the annual "
                      "evaluation"),
                   survey->period, kr_appraisal_cycle_get_n_periods (cycle),
                   kr_appraisal_cycle_get_label (cycle));
      return FALSE;
    }
  if (survey->respondents == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The number of respondents must be at least 1"));
      return FALSE;
    }
  for (guint i = 0; i < KR_SKM_N_ELEMENTS; i++)
    {
      if (!kr_skm_check_nrr (survey->nrr[i], i, error))
        return FALSE;
    }
  return TRUE;
}

static gint64
write_survey (KrAppraisalRepository *self, const KrSkmSurvey *survey, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_save_skm, error);
  g_auto (KrStmt) remove = NULL;
  gint64 id;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, survey->unit_id);
  sqlite3_bind_int (stmt, 2, (int) survey->year);
  sqlite3_bind_int (stmt, 3, (int) survey->period);
  sqlite3_bind_int (stmt, 4, (int) survey->respondents);
  for (guint i = 0; i < KR_SKM_N_ELEMENTS; i++)
    sqlite3_bind_double (stmt, 5 + (int) i, survey->nrr[i]);
  if (_kr_statements_step (self->statements, stmt, _ ("Could not save changes to"), error) !=
      SQLITE_ROW)
    return 0;
  id = sqlite3_column_int64 (stmt, 0);
  if (_kr_statements_step (self->statements, stmt, _ ("Could not save changes to"), error) !=
      SQLITE_DONE)
    return 0;
  /* A stored survey moved to another unit, year or period replaces the one there. */
  if (survey->id == 0 || survey->id == id)
    return id;
  remove = _kr_appraisal_get_stmt (self, sql_delete_skm_if_other, survey->id, error);
  if (remove == NULL)
    return 0;
  sqlite3_bind_int64 (remove, 2, id);
  return _kr_statements_run (self->statements, remove, _ ("Could not save changes to"), error) ? id
                                                                                               : 0;
}

gint64
kr_appraisal_repository_save_skm (KrAppraisalRepository *self,
                                  const KrSkmSurvey *survey,
                                  GError **error)
{
  gboolean own;
  gint64 id;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), 0);
  g_return_val_if_fail (survey != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_kr_appraisal_check_write (self, error) || !check_survey (self, survey, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return 0;
  id = write_survey (self, survey, error);
  return finish_write (self, own, id != 0, error) ? id : 0;
}

GPtrArray *
kr_appraisal_repository_list_skm (KrAppraisalRepository *self, gint64 unit_id, GError **error)
{
  g_autoptr (GPtrArray) list = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kr_appraisal_check_read (self, error))
    return NULL;
  stmt = _kr_appraisal_get_stmt (self, sql_list_skm, unit_id, error);
  if (stmt == NULL)
    return NULL;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_skm_survey_free);
  while ((rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error)) ==
         SQLITE_ROW)
    g_ptr_array_add (list, read_survey (stmt));
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}

KrSkmSurvey *
kr_appraisal_repository_find_skm (KrAppraisalRepository *self,
                                  gint64 unit_id,
                                  guint year,
                                  GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kr_appraisal_check_read (self, error))
    return NULL;
  stmt = _kr_appraisal_get_stmt (self, sql_find_skm, unit_id, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 2, (int) year);
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error);
  return rc == SQLITE_ROW ? read_survey (stmt) : NULL;
}

static void
set_survey_not_found (GError **error, gint64 id)
{
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               _ ("The survey %lld does not exist; it may have been deleted"), (long long) id);
}

gboolean
kr_appraisal_repository_delete_skm (KrAppraisalRepository *self, gint64 id, GError **error)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _kr_appraisal_delete_row (self, sql_delete_skm, id, set_survey_not_found, error);
}
