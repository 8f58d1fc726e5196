/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-repository"

#include "config.h"

#include "kr-appraisal-repository-internal.h"

#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-text.h"
#include "kr-identity.h"

/* The workflow (kr-appraisal.h): each step moves one evaluation from the action's source
 * state to its target and is recorded in appraisal_transition, with who and when as the audit
 * trail names them (kr_audit_now (), kr_audit_account (), kr_audit_user ()). */

static const char sql_state[] =
    "SELECT appraisal_id, state, results_rating IS NOT NULL AND behaviour_rating IS NOT NULL "
    "FROM appraisal_evaluation WHERE id = ?";
static const char sql_move[] =
    "UPDATE appraisal_evaluation SET state = ?3, "
    "final_on = CASE WHEN ?3 = 'final' THEN substr (kr_audit_now (), 1, 10) ELSE final_on END, "
    "objection = CASE WHEN ?4 = 'object' THEN ?5 ELSE objection END, "
    "decision = CASE WHEN ?4 = 'decide' THEN ?5 ELSE decision END "
    "WHERE id = ?1 AND state = ?2";
static const char sql_record[] =
    "INSERT INTO appraisal_transition (evaluation_id, from_state, to_state, at, account_id, "
    "user_name, reason) VALUES (?, ?, ?, kr_audit_now (), kr_audit_account (), kr_audit_user (), "
    "?)";
static const char sql_transitions[] =
    "SELECT from_state, to_state, at, user_name, reason FROM appraisal_transition "
    "WHERE evaluation_id = ? ORDER BY id";

typedef struct
{
  gint64 appraisal_id;
  KrAppraisalState state;
  gboolean has_ratings;
} Current;

static gboolean
read_current (KrAppraisalRepository *self, gint64 evaluation_id, Current *current, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_state, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, evaluation_id);
  rc = _kr_appraisal_step (self, stmt, error);
  if (rc == 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    {
      _kr_appraisal_set_evaluation_not_found (error, evaluation_id);
      return FALSE;
    }
  current->appraisal_id = sqlite3_column_int64 (stmt, 0);
  if (!kr_appraisal_state_from_code ((const char *) sqlite3_column_text (stmt, 1), &current->state))
    current->state = KR_APPRAISAL_STATE_DRAFT;
  current->has_ratings = sqlite3_column_int (stmt, 2) != 0;
  return TRUE;
}

/* Whether the signed-in identity may take @action on @appraisal_id, whatever its state. */
static gboolean
may_take (KrAppraisalRepository *self, gint64 appraisal_id, KrAppraisalAction action)
{
  KrIdentity *identity = kr_database_get_identity (self->database);
  gboolean as_writer, as_appraiser, as_senior;

  if (action == KR_APPRAISAL_ACTION_REOPEN)
    return identity != NULL
               ? kr_identity_can (identity, KR_PERMISSION_REOPEN_APPRAISALS)
               : _kr_database_check (self->database, KR_PERMISSION_REOPEN_APPRAISALS, NULL);
  _kr_appraisal_get_roles (self, appraisal_id, &as_writer, &as_appraiser, &as_senior);
  if (as_writer)
    return TRUE;
  switch (action)
    {
    case KR_APPRAISAL_ACTION_SUBMIT:
    case KR_APPRAISAL_ACTION_RETURN:
    case KR_APPRAISAL_ACTION_REVIEW:
    case KR_APPRAISAL_ACTION_FINALISE:
      return as_appraiser;
    case KR_APPRAISAL_ACTION_DECIDE:
      return as_senior;
    case KR_APPRAISAL_ACTION_OBJECT:
    case KR_APPRAISAL_ACTION_REOPEN:
    case KR_N_APPRAISAL_ACTIONS:
    default:
      return FALSE;
    }
}

gboolean
kr_appraisal_repository_can_apply (KrAppraisalRepository *self,
                                   gint64 evaluation_id,
                                   KrAppraisalAction action)
{
  Current current;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), FALSE);
  g_return_val_if_fail (action < KR_N_APPRAISAL_ACTIONS, FALSE);

  return read_current (self, evaluation_id, &current, NULL) &&
         current.state == kr_appraisal_action_get_source (action) &&
         may_take (self, current.appraisal_id, action);
}

static void
set_denied (KrAppraisalRepository *self, KrAppraisalAction action, GError **error)
{
  switch (action)
    {
    case KR_APPRAISAL_ACTION_REOPEN:
      _kr_appraisal_set_denied (self, error, _ ("reopen final evaluations"));
      break;
    case KR_APPRAISAL_ACTION_DECIDE:
      _kr_appraisal_set_denied (self, error,
                                _ ("decide an objection they are not the senior "
                                   "appraiser of"));
      break;
    case KR_APPRAISAL_ACTION_OBJECT:
      _kr_appraisal_set_denied (self, error, _ ("record objections"));
      break;
    case KR_APPRAISAL_ACTION_SUBMIT:
    case KR_APPRAISAL_ACTION_RETURN:
    case KR_APPRAISAL_ACTION_REVIEW:
    case KR_APPRAISAL_ACTION_FINALISE:
    case KR_N_APPRAISAL_ACTIONS:
    default:
      _kr_appraisal_set_denied (self, error,
                                _ ("review an appraisal they are not the appraiser of"));
      break;
    }
}

static const char *
action_code (KrAppraisalAction action)
{
  switch (action)
    {
    case KR_APPRAISAL_ACTION_OBJECT:
      return "object";
    case KR_APPRAISAL_ACTION_DECIDE:
      return "decide";
    case KR_APPRAISAL_ACTION_SUBMIT:
    case KR_APPRAISAL_ACTION_RETURN:
    case KR_APPRAISAL_ACTION_REVIEW:
    case KR_APPRAISAL_ACTION_FINALISE:
    case KR_APPRAISAL_ACTION_REOPEN:
    case KR_N_APPRAISAL_ACTIONS:
    default:
      return "other";
    }
}

static gboolean
check_step (KrAppraisalAction action, const Current *current, const char *reason, GError **error)
{
  KrAppraisalState source = kr_appraisal_action_get_source (action);

  if (current->state != source)
    {
      g_set_error (
          error, KR_ERROR, KR_ERROR_INVALID,
          /* Translators: an action such as “Finalise”, then two states such as
                    * “Draft” */
          _ ("Cannot %s: the evaluation is %s, not %s"), kr_appraisal_action_get_label (action),
          kr_appraisal_state_get_label (current->state), kr_appraisal_state_get_label (source));
      return FALSE;
    }
  if (kr_appraisal_action_needs_reason (action) && reason == NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: %s is an action such as “Return” */
                   _ ("%s: give a reason"), kr_appraisal_action_get_label (action));
      return FALSE;
    }
  if (action == KR_APPRAISAL_ACTION_REVIEW && !current->has_ratings)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Mark Reviewed: rate both the work results and the work behaviour first"));
      return FALSE;
    }
  return TRUE;
}

gboolean
kr_appraisal_repository_apply (KrAppraisalRepository *self,
                               gint64 evaluation_id,
                               KrAppraisalAction action,
                               const char *reason,
                               GError **error)
{
  g_autofree char *text = _kr_strip_dup (reason);
  const char *from, *to;
  g_auto (KrStmt) stmt = NULL;
  Current current;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), FALSE);
  g_return_val_if_fail (action < KR_N_APPRAISAL_ACTIONS, FALSE);

  if (!read_current (self, evaluation_id, &current, error))
    return FALSE;
  if (!may_take (self, current.appraisal_id, action))
    {
      if (kr_database_get_identity (self->database) == NULL)
        return _kr_database_check (self->database,
                                   action == KR_APPRAISAL_ACTION_REOPEN
                                       ? KR_PERMISSION_REOPEN_APPRAISALS
                                       : KR_PERMISSION_WRITE_APPRAISALS,
                                   error);
      set_denied (self, action, error);
      return FALSE;
    }
  if (!kr_text_check_length (text, KR_TEXT_MAX_NOTE, _ ("Reason"), error) ||
      !check_step (action, &current, text, error))
    return FALSE;

  from = kr_appraisal_state_get_code (current.state);
  to = kr_appraisal_state_get_code (kr_appraisal_action_get_target (action));
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql_move, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, evaluation_id);
      sqlite3_bind_text (stmt, 2, from, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, to, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, action_code (action), -1, SQLITE_STATIC);
      _kr_bind_text (stmt, 5, text);
      ok =
          _kr_statements_run (self->statements, stmt, _ ("Could not save the appraisal of"), error);
    }
  if (ok && sqlite3_changes (_kr_database_get_handle (self->database)) == 0)
    {
      /* Another window moved it meanwhile. */
      g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                   _ ("The evaluation was changed meanwhile; reload it"));
      ok = FALSE;
    }
  if (ok)
    {
      sqlite3_reset (stmt);
      stmt = _kr_statements_get (self->statements, sql_record, error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, evaluation_id);
      sqlite3_bind_text (stmt, 2, from, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, to, -1, SQLITE_STATIC);
      _kr_bind_text (stmt, 4, text);
      ok =
          _kr_statements_run (self->statements, stmt, _ ("Could not save the appraisal of"), error);
    }
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_appraisal_repository_emit_changed (self, current.appraisal_id);
  return TRUE;
}

GPtrArray *
kr_appraisal_repository_list_transitions (KrAppraisalRepository *self,
                                          gint64 evaluation_id,
                                          GError **error)
{
  g_autoptr (GPtrArray) transitions =
      g_ptr_array_new_with_free_func ((GDestroyNotify) kr_appraisal_transition_free);
  g_auto (KrStmt) stmt = NULL;
  Current current;
  int rc;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), NULL);

  if (!_kr_appraisal_check_read (self, error) ||
      !read_current (self, evaluation_id, &current, error) ||
      !_kr_appraisal_check_read_appraisal (self, current.appraisal_id, error))
    return NULL;
  stmt = _kr_appraisal_get_stmt (self, sql_transitions, evaluation_id, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = _kr_appraisal_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrAppraisalTransition *transition = g_new0 (KrAppraisalTransition, 1);

      kr_appraisal_state_from_code ((const char *) sqlite3_column_text (stmt, 0),
                                    &transition->from);
      kr_appraisal_state_from_code ((const char *) sqlite3_column_text (stmt, 1), &transition->to);
      transition->at = _kr_column_dup_text (stmt, 2);
      transition->user_name = _kr_column_dup_text (stmt, 3);
      transition->reason = _kr_column_dup_text (stmt, 4);
      g_ptr_array_add (transitions, transition);
    }
  if (rc == 0)
    return NULL;
  return g_steal_pointer (&transitions);
}
