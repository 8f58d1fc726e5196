/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-repository"

#include "config.h"

#include "kr-appraisal-repository-internal.h"

#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-text.h"

/* Evaluations: the realisation and feedback of each result and value, the ratings and the
 * predikat, which only kr_predikat_from_ratings () makes. */

static const char sql_get[] =
    "SELECT v.id, v.appraisal_id, v.period, v.state, v.results_rating, v.behaviour_rating, "
    "v.predikat, v.notes, v.objection, v.objection_response, v.decision "
    "FROM appraisal_evaluation v WHERE v.id = ?";
static const char sql_list[] =
    "SELECT id FROM appraisal_evaluation WHERE appraisal_id = ? ORDER BY period = 0, period";
static const char sql_result_evaluations[] =
    "SELECT result_id, realisation, feedback FROM appraisal_result_evaluation "
    "WHERE evaluation_id = ?";
static const char sql_behaviour_evaluations[] =
    "SELECT behaviour, feedback FROM appraisal_behaviour_evaluation WHERE evaluation_id = ?";
/* The organisation result of the unit the appraised employee leads, for the period. */
static const char sql_organisation_result[] =
    "SELECT up.result FROM appraisal a JOIN employee e ON e.id = a.employee_id "
    "JOIN position p ON p.id = e.position_id AND p.is_head = 1 "
    "JOIN unit_performance up ON up.unit_id = p.unit_id AND up.year = a.year "
    "AND up.period = ?2 WHERE a.id = ?1";

static const char sql_update[] =
    "UPDATE appraisal_evaluation SET results_rating = ?, behaviour_rating = ?, predikat = ?, "
    "notes = ?, objection = ?, objection_response = ?, decision = ? WHERE id = ?";
static const char sql_set_result[] =
    "INSERT INTO appraisal_result_evaluation (evaluation_id, result_id, realisation, feedback) "
    "SELECT ?1, r.id, ?3, ?4 FROM appraisal_result r WHERE r.id = ?2 AND r.appraisal_id = ?5 "
    "ON CONFLICT (evaluation_id, result_id) DO UPDATE SET realisation = excluded.realisation, "
    "feedback = excluded.feedback WHERE realisation IS NOT excluded.realisation "
    "OR feedback IS NOT excluded.feedback";
static const char sql_clear_result[] =
    "DELETE FROM appraisal_result_evaluation WHERE evaluation_id = ?1 AND result_id = ?2";
static const char sql_set_behaviour[] =
    "INSERT INTO appraisal_behaviour_evaluation (evaluation_id, behaviour, feedback) "
    "VALUES (?1, ?2, ?3) ON CONFLICT (evaluation_id, behaviour) DO UPDATE SET feedback = "
    "excluded.feedback WHERE feedback IS NOT excluded.feedback";
static const char sql_clear_behaviour[] =
    "DELETE FROM appraisal_behaviour_evaluation WHERE evaluation_id = ?1 AND behaviour = ?2";

/* Reading */

static void
column_rating (sqlite3_stmt *stmt, int column, gboolean *has_rating, KrRating *rating)
{
  *rating = KR_RATING_AS_EXPECTED;
  *has_rating = kr_rating_from_code ((const char *) sqlite3_column_text (stmt, column), rating);
}

static gboolean
read_details (KrAppraisalRepository *self, KrAppraisalEvaluation *evaluation, GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  int rc;

  evaluation->results = _kr_appraisal_read_results (self, evaluation->appraisal_id, error);
  if (evaluation->results == NULL)
    return FALSE;
  stmt = _kr_appraisal_get_stmt (self, sql_result_evaluations, evaluation->id, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = _kr_appraisal_step (self, stmt, error)) == SQLITE_ROW)
    {
      gint64 result_id = sqlite3_column_int64 (stmt, 0);

      for (guint i = 0; i < evaluation->results->len; i++)
        {
          KrAppraisalResult *result = g_ptr_array_index (evaluation->results, i);

          if (result->id == result_id)
            {
              result->realisation = _kr_column_dup_text (stmt, 1);
              result->feedback = _kr_column_dup_text (stmt, 2);
              break;
            }
        }
    }
  if (rc == 0)
    return FALSE;
  sqlite3_reset (stmt);

  stmt = _kr_appraisal_get_stmt (self, sql_behaviour_evaluations, evaluation->id, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = _kr_appraisal_step (self, stmt, error)) == SQLITE_ROW)
    {
      int behaviour = sqlite3_column_int (stmt, 0) - 1;

      if (behaviour >= 0 && behaviour < KR_N_BEHAVIOURS)
        {
          g_free (evaluation->behaviour_feedback[behaviour]);
          evaluation->behaviour_feedback[behaviour] = _kr_column_dup_text (stmt, 1);
        }
    }
  return rc != 0;
}

KrAppraisalEvaluation *
_kr_appraisal_read_evaluation (KrAppraisalRepository *self, gint64 evaluation_id, GError **error)
{
  g_autoptr (KrAppraisalEvaluation) evaluation = NULL;
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_get, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, evaluation_id);
  rc = _kr_appraisal_step (self, stmt, error);
  if (rc == 0)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      _kr_appraisal_set_evaluation_not_found (error, evaluation_id);
      return NULL;
    }
  evaluation = g_new0 (KrAppraisalEvaluation, 1);
  evaluation->id = sqlite3_column_int64 (stmt, 0);
  evaluation->appraisal_id = sqlite3_column_int64 (stmt, 1);
  evaluation->period = sqlite3_column_int (stmt, 2);
  if (!kr_appraisal_state_from_code ((const char *) sqlite3_column_text (stmt, 3),
                                     &evaluation->state))
    evaluation->state = KR_APPRAISAL_STATE_DRAFT;
  column_rating (stmt, 4, &evaluation->has_results_rating, &evaluation->results_rating);
  column_rating (stmt, 5, &evaluation->has_behaviour_rating, &evaluation->behaviour_rating);
  _kr_appraisal_column_predikat (stmt, 6, &evaluation->has_predikat, &evaluation->predikat);
  evaluation->notes = _kr_column_dup_text (stmt, 7);
  evaluation->objection = _kr_column_dup_text (stmt, 8);
  evaluation->objection_response = _kr_column_dup_text (stmt, 9);
  evaluation->decision = _kr_column_dup_text (stmt, 10);
  sqlite3_reset (stmt);
  if (!read_details (self, evaluation, error))
    return NULL;
  return g_steal_pointer (&evaluation);
}

GPtrArray *
kr_appraisal_repository_list_evaluations (KrAppraisalRepository *self,
                                          gint64 appraisal_id,
                                          GError **error)
{
  g_autoptr (GPtrArray) evaluations =
      g_ptr_array_new_with_free_func ((GDestroyNotify) kr_appraisal_evaluation_free);
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), NULL);

  if (!_kr_appraisal_check_read_appraisal (self, appraisal_id, error))
    return NULL;
  stmt = _kr_appraisal_get_stmt (self, sql_list, appraisal_id, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = _kr_appraisal_step (self, stmt, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc == 0)
    return NULL;
  sqlite3_reset (stmt);
  for (guint i = 0; i < ids->len; i++)
    {
      KrAppraisalEvaluation *evaluation =
          _kr_appraisal_read_evaluation (self, g_array_index (ids, gint64, i), error);

      if (evaluation == NULL)
        return NULL;
      g_ptr_array_add (evaluations, evaluation);
    }
  return g_steal_pointer (&evaluations);
}

KrAppraisalEvaluation *
kr_appraisal_repository_get_evaluation (KrAppraisalRepository *self,
                                        gint64 evaluation_id,
                                        GError **error)
{
  g_autoptr (KrAppraisalEvaluation) evaluation = NULL;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), NULL);

  if (!_kr_appraisal_check_read (self, error))
    return NULL;
  evaluation = _kr_appraisal_read_evaluation (self, evaluation_id, error);
  if (evaluation == NULL ||
      !_kr_appraisal_check_read_appraisal (self, evaluation->appraisal_id, error))
    return NULL;
  return g_steal_pointer (&evaluation);
}

/* Saving */

static gboolean
same_text (const char *a, const char *b)
{
  g_autofree char *x = _kr_strip_dup (a);
  g_autofree char *y = _kr_strip_dup (b);

  return g_strcmp0 (x, y) == 0;
}

static gboolean
same_ratings (const KrAppraisalEvaluation *a, const KrAppraisalEvaluation *b)
{
  return a->has_results_rating == b->has_results_rating &&
         (!a->has_results_rating || a->results_rating == b->results_rating) &&
         a->has_behaviour_rating == b->has_behaviour_rating &&
         (!a->has_behaviour_rating || a->behaviour_rating == b->behaviour_rating);
}

/* Who may write what: anything but the objection's fields before a final evaluation; in an
 * objection the appraiser answers it and the senior appraiser decides it (and may change the
 * ratings); KR_PERMISSION_WRITE_APPRAISALS may do all of it. */
static gboolean
check_may_save (KrAppraisalRepository *self,
                const KrAppraisalEvaluation *evaluation,
                const KrAppraisalEvaluation *stored,
                GError **error)
{
  gboolean as_writer, as_appraiser, as_senior;

  _kr_appraisal_get_roles (self, stored->appraisal_id, &as_writer, &as_appraiser, &as_senior);
  if (stored->state != KR_APPRAISAL_STATE_OBJECTED)
    {
      if (as_writer || as_appraiser)
        return TRUE;
      _kr_appraisal_set_denied (self, error, _ ("change this appraisal"));
      return FALSE;
    }
  if (as_writer)
    return TRUE;
  if (!as_appraiser && !as_senior)
    {
      _kr_appraisal_set_denied (self, error, _ ("change this appraisal"));
      return FALSE;
    }
  if (!as_appraiser && (!same_text (evaluation->objection_response, stored->objection_response) ||
                        !same_text (evaluation->notes, stored->notes)))
    {
      _kr_appraisal_set_denied (
          self, error, _ ("answer an objection to an appraisal they are not the appraiser of"));
      return FALSE;
    }
  if (!as_senior &&
      (!same_text (evaluation->decision, stored->decision) || !same_ratings (evaluation, stored)))
    {
      _kr_appraisal_set_denied (self, error,
                                _ ("decide an objection without being the senior appraiser"));
      return FALSE;
    }
  if (!same_text (evaluation->objection, stored->objection))
    {
      _kr_appraisal_set_denied (self, error, _ ("change the objection itself"));
      return FALSE;
    }
  return TRUE;
}

/* A unit head's rating of work results is their unit's organisation result (DOMAIN 5.3). */
static gboolean
apply_organisation_result (KrAppraisalRepository *self,
                           KrAppraisalEvaluation *evaluation,
                           GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_organisation_result, error);
  KrOrganisationResult result;
  KrRating rating;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, evaluation->appraisal_id);
  sqlite3_bind_int (stmt, 2, evaluation->period);
  rc = _kr_appraisal_step (self, stmt, error);
  if (rc != SQLITE_ROW)
    return rc != 0;
  if (!kr_organisation_result_from_code ((const char *) sqlite3_column_text (stmt, 0), &result))
    return TRUE;
  rating = kr_organisation_result_to_rating (result);
  if (!evaluation->has_results_rating)
    {
      evaluation->has_results_rating = TRUE;
      evaluation->results_rating = rating;
    }
  else if (evaluation->results_rating != rating)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: an organisation result such as “Baik”, then a rating such as
                    * “Sesuai Ekspektasi”; both are official terms */
                   _ ("Rating of work results: the employee leads their unit, whose "
                      "organisation result %s makes it %s"),
                   kr_organisation_result_get_label (result), kr_rating_get_label (rating));
      return FALSE;
    }
  return TRUE;
}

/* The texts that are written: the realisations and feedback only outside an objection, the
 * objection's texts only during one. */
static gboolean
check_texts (const KrAppraisalEvaluation *evaluation, gboolean objected, GError **error)
{
  if (!kr_text_check_length (evaluation->notes, KR_TEXT_MAX_NOTE, _ ("Notes and recommendation"),
                             error))
    return FALSE;
  if (objected)
    return kr_text_check_length (evaluation->objection, KR_TEXT_MAX_NOTE,
                                 _ ("Objection (keberatan)"), error) &&
           kr_text_check_length (evaluation->objection_response, KR_TEXT_MAX_NOTE,
                                 _ ("Appraiser’s explanation"), error) &&
           kr_text_check_length (evaluation->decision, KR_TEXT_MAX_NOTE,
                                 _ ("Senior appraiser’s decision"), error);
  for (guint i = 0; evaluation->results != NULL && i < evaluation->results->len; i++)
    {
      const KrAppraisalResult *result = g_ptr_array_index (evaluation->results, i);

      if (!kr_text_check_length (result->realisation, KR_TEXT_MAX_NOTE, _ ("Realisation"), error) ||
          !kr_text_check_length (result->feedback, KR_TEXT_MAX_NOTE, _ ("Feedback"), error))
        return FALSE;
    }
  for (guint i = 0; i < KR_N_BEHAVIOURS; i++)
    if (!kr_text_check_length (evaluation->behaviour_feedback[i], KR_TEXT_MAX_NOTE,
                               kr_behaviour_get_label ((KrBehaviour) i), error))
      return FALSE;
  return TRUE;
}

static gboolean
check_evaluation (const KrAppraisalEvaluation *evaluation,
                  const KrAppraisalEvaluation *stored,
                  GError **error)
{
  if (stored->state == KR_APPRAISAL_STATE_FINAL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The evaluation is final; an administrator can reopen it"));
      return FALSE;
    }
  if ((evaluation->has_results_rating && evaluation->results_rating >= KR_N_RATINGS) ||
      (evaluation->has_behaviour_rating && evaluation->behaviour_rating >= KR_N_RATINGS))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The rating is unknown"));
      return FALSE;
    }
  if ((stored->state == KR_APPRAISAL_STATE_REVIEWED ||
       stored->state == KR_APPRAISAL_STATE_OBJECTED) &&
      !(evaluation->has_results_rating && evaluation->has_behaviour_rating))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("A reviewed evaluation needs both the rating of work results and the "
                      "rating of work behaviour"));
      return FALSE;
    }
  return check_texts (evaluation, stored->state == KR_APPRAISAL_STATE_OBJECTED, error);
}

static gboolean
write_details (KrAppraisalRepository *self, const KrAppraisalEvaluation *evaluation, GError **error)
{
  for (guint i = 0; evaluation->results != NULL && i < evaluation->results->len; i++)
    {
      const KrAppraisalResult *result = g_ptr_array_index (evaluation->results, i);
      g_autofree char *realisation = _kr_strip_dup (result->realisation);
      g_autofree char *feedback = _kr_strip_dup (result->feedback);
      gboolean empty = realisation == NULL && feedback == NULL;
      g_auto (KrStmt) stmt = NULL;

      if (result->id == 0)
        continue;
      stmt =
          _kr_statements_get (self->statements, empty ? sql_clear_result : sql_set_result, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, evaluation->id);
      sqlite3_bind_int64 (stmt, 2, result->id);
      if (!empty)
        {
          _kr_bind_text (stmt, 3, realisation);
          _kr_bind_text (stmt, 4, feedback);
          sqlite3_bind_int64 (stmt, 5, evaluation->appraisal_id);
        }
      if (!_kr_statements_run (self->statements, stmt, _ ("Could not save the appraisal of"),
                               error))
        return FALSE;
    }
  for (guint i = 0; i < KR_N_BEHAVIOURS; i++)
    {
      g_autofree char *feedback = _kr_strip_dup (evaluation->behaviour_feedback[i]);
      g_auto (KrStmt) stmt = _kr_statements_get (
          self->statements, feedback != NULL ? sql_set_behaviour : sql_clear_behaviour, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, evaluation->id);
      sqlite3_bind_int (stmt, 2, i + 1);
      if (feedback != NULL)
        sqlite3_bind_text (stmt, 3, feedback, -1, SQLITE_TRANSIENT);
      if (!_kr_statements_run (self->statements, stmt, _ ("Could not save the appraisal of"),
                               error))
        return FALSE;
    }
  return TRUE;
}

static void
bind_rating (sqlite3_stmt *stmt, int index, gboolean has_rating, KrRating rating)
{
  if (has_rating)
    sqlite3_bind_text (stmt, index, kr_rating_get_code (rating), -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, index);
}

gboolean
kr_appraisal_repository_save_evaluation (KrAppraisalRepository *self,
                                         KrAppraisalEvaluation *evaluation,
                                         GError **error)
{
  g_autoptr (KrAppraisalEvaluation) stored = NULL;
  g_autoptr (KrAppraisalEvaluation) edited = NULL;
  gboolean objected, own, ok;
  g_auto (KrStmt) stmt = NULL;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), FALSE);
  g_return_val_if_fail (evaluation != NULL, FALSE);

  stored = _kr_appraisal_read_evaluation (self, evaluation->id, error);
  if (stored == NULL || !check_may_save (self, evaluation, stored, error) ||
      !check_evaluation (evaluation, stored, error))
    return FALSE;

  /* What is written: the caller's edit, on the stored identity and state. */
  edited = kr_appraisal_evaluation_copy (evaluation);
  edited->appraisal_id = stored->appraisal_id;
  edited->period = stored->period;
  edited->state = stored->state;
  objected = stored->state == KR_APPRAISAL_STATE_OBJECTED;
  if (!objected)
    {
      g_free (edited->objection);
      g_free (edited->objection_response);
      g_free (edited->decision);
      edited->objection = g_strdup (stored->objection);
      edited->objection_response = g_strdup (stored->objection_response);
      edited->decision = g_strdup (stored->decision);
    }
  if (!apply_organisation_result (self, edited, error))
    return FALSE;
  edited->has_predikat = edited->has_results_rating && edited->has_behaviour_rating;
  edited->predikat = edited->has_predikat ? kr_predikat_from_ratings (edited->results_rating,
                                                                      edited->behaviour_rating)
                                          : KR_PREDIKAT_SANGAT_KURANG;

  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql_update, error);
  ok = stmt != NULL;
  if (ok)
    {
      g_autofree char *notes = _kr_strip_dup (edited->notes);
      g_autofree char *objection = _kr_strip_dup (edited->objection);
      g_autofree char *response = _kr_strip_dup (edited->objection_response);
      g_autofree char *decision = _kr_strip_dup (edited->decision);

      bind_rating (stmt, 1, edited->has_results_rating, edited->results_rating);
      bind_rating (stmt, 2, edited->has_behaviour_rating, edited->behaviour_rating);
      if (edited->has_predikat)
        sqlite3_bind_text (stmt, 3, kr_predikat_get_code (edited->predikat), -1, SQLITE_STATIC);
      _kr_bind_text (stmt, 4, notes);
      _kr_bind_text (stmt, 5, objection);
      _kr_bind_text (stmt, 6, response);
      _kr_bind_text (stmt, 7, decision);
      sqlite3_bind_int64 (stmt, 8, edited->id);
      ok =
          _kr_statements_run (self->statements, stmt, _ ("Could not save the appraisal of"), error);
    }
  /* The realisations of an objected evaluation are those that were final. */
  if (ok && !objected)
    ok = write_details (self, edited, error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;

  /* Hand back what is stored. */
  evaluation->appraisal_id = edited->appraisal_id;
  evaluation->period = edited->period;
  evaluation->state = edited->state;
  evaluation->has_results_rating = edited->has_results_rating;
  evaluation->results_rating = edited->results_rating;
  evaluation->has_predikat = edited->has_predikat;
  evaluation->predikat = edited->predikat;
  _kr_appraisal_repository_emit_changed (self, edited->appraisal_id);
  return TRUE;
}
