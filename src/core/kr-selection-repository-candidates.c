/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-selection-repository"

#include "config.h"

#include "kr-selection-repository-private.h"

#include <string.h>

#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-text.h"

/* Candidates: registration (employees and outside applicants), withdrawal. */

static const char sql_list[] =
    "SELECT c.id, c.selection_id, c.registration_number, c.employee_id, c.name, c.nip, c.origin, "
    "c.status, u.name, p.name FROM selection_candidate c LEFT JOIN employee e ON e.id = "
    "c.employee_id LEFT JOIN unit u ON u.id = e.unit_id LEFT JOIN position p ON p.id = "
    "e.position_id WHERE c.selection_id = ?1 ORDER BY c.registration_number";
static const char sql_candidate[] =
    "SELECT selection_id, employee_id FROM selection_candidate WHERE id = ?1";
static const char sql_employee[] =
    "SELECT " KR_SELECTION_FULL_NAME ("e") ", e.nip, e.status FROM employee e WHERE e.id = ?1";
static const char sql_duplicate[] =
    "SELECT count(*) FROM selection_candidate WHERE selection_id = ?1 AND employee_id = ?2";
static const char sql_on_panel[] =
    "SELECT count(*) FROM selection_panel_member WHERE selection_id = ?1 AND employee_id = ?2";
static const char sql_next_number[] =
    "SELECT coalesce (max (CAST (substr (registration_number, 9) AS INTEGER)), 0) + 1 FROM "
    "selection_candidate WHERE selection_id = ?1 AND registration_number LIKE 'ST-____-%'";
static const char sql_count_scores[] =
    "SELECT count(*) FROM selection_score WHERE candidate_id = ?";
static const char sql_insert[] =
    "INSERT INTO selection_candidate (selection_id, registration_number, employee_id, name, nip, "
    "origin) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char sql_update[] =
    "UPDATE selection_candidate SET name = ?2, nip = ?3, origin = ?4 WHERE id = ?1";
static const char sql_set_status[] = "UPDATE selection_candidate SET status = ?2 WHERE id = ?1";
static const char sql_delete[] = "DELETE FROM selection_candidate WHERE id = ?1";

static KrSelectionCandidate *
read_candidate (sqlite3_stmt *stmt)
{
  KrSelectionCandidate *c = kr_selection_candidate_new ();

  c->id = sqlite3_column_int64 (stmt, 0);
  c->selection_id = sqlite3_column_int64 (stmt, 1);
  c->registration_number = _kr_column_dup_text (stmt, 2);
  c->employee_id = sqlite3_column_int64 (stmt, 3);
  c->name = _kr_column_dup_text (stmt, 4);
  c->nip = _kr_column_dup_text (stmt, 5);
  c->origin = _kr_column_dup_text (stmt, 6);
  kr_candidate_status_from_code ((const char *) sqlite3_column_text (stmt, 7), &c->status);
  c->unit_name = _kr_column_dup_text (stmt, 8);
  c->position_name = _kr_column_dup_text (stmt, 9);
  return c;
}

GPtrArray *
kr_selection_repository_list_candidates (KrSelectionRepository *self,
                                         gint64 selection_id,
                                         GError **error)
{
  g_autoptr (KrSelection) s = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), NULL);

  s = _kr_selection_load_readable (self, selection_id, error);
  if (s == NULL)
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_list, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, selection_id);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_selection_candidate_free);
  while ((rc = _kr_selection_step (self, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (list, read_candidate (stmt));
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}

static gboolean
count_pair (KrSelectionRepository *self,
            const char *sql,
            gint64 a,
            gint64 b,
            gint64 *out,
            GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  if (_kr_selection_step (self, stmt, error) != SQLITE_ROW)
    return FALSE;
  *out = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static gboolean
check_nip (const char *nip, GError **error)
{
  if (nip == NULL)
    return TRUE;
  for (const char *p = nip; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      goto bad;
  if (strlen (nip) == 18)
    return TRUE;
bad:
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("NIP: enter 18 digits without spaces"));
  return FALSE;
}

static gboolean
check_texts (const char *name, const char *origin, GError **error)
{
  return kr_text_check_length (name, KR_TEXT_MAX_NAME, _ ("Name with titles"), error) &&
         kr_text_check_length (origin, KR_TEXT_MAX_LINE, _ ("Instansi"), error);
}

/* For a new employee candidate: the employee is active, not yet registered, not on the panel;
 * fills @name (when NULL) and @nip from the employee. */
static gboolean
check_employee (KrSelectionRepository *self,
                gint64 selection_id,
                gint64 employee_id,
                char **name,
                char **nip,
                GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_employee, error);
  gint64 n = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, employee_id);
  rc = _kr_selection_step (self, stmt, error);
  if (rc == 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Employee: no employee with id %lld"),
                   (long long) employee_id);
      return FALSE;
    }
  if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 2), "aktif") != 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Employee: only an active employee can register"));
      return FALSE;
    }
  if (*name == NULL)
    *name = _kr_column_dup_text (stmt, 0);
  g_free (*nip);
  *nip = _kr_column_dup_text (stmt, 1);
  if (!count_pair (self, sql_duplicate, selection_id, employee_id, &n, error))
    return FALSE;
  if (n > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                   _ ("Employee: the employee is already registered for this selection"));
      return FALSE;
    }
  if (!count_pair (self, sql_on_panel, selection_id, employee_id, &n, error))
    return FALSE;
  if (n > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Employee: a member of the selection panel cannot register"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
candidate_owner (KrSelectionRepository *self,
                 gint64 id,
                 gint64 *selection_id,
                 gint64 *employee_id,
                 GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_candidate, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = _kr_selection_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    {
      *selection_id = sqlite3_column_int64 (stmt, 0);
      *employee_id = sqlite3_column_int64 (stmt, 1);
      return TRUE;
    }
  if (rc == SQLITE_DONE)
    g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, _ ("Candidate: no candidate with id %lld"),
                 (long long) id);
  return FALSE;
}

static char *
next_number (KrSelectionRepository *self, const KrSelection *s, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_next_number, error);
  GDate today;
  guint year;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, s->id);
  if (_kr_selection_step (self, stmt, error) != SQLITE_ROW)
    return NULL;
  _kr_selection_today (&today);
  year = g_date_valid (&s->opens_on) ? g_date_get_year (&s->opens_on) : g_date_get_year (&today);
  return kr_selection_registration_number (year, (guint) sqlite3_column_int64 (stmt, 0));
}

static gboolean
insert_candidate (KrSelectionRepository *self,
                  KrSelectionCandidate *candidate,
                  const KrSelection *s,
                  GError **error)
{
  g_autofree char *name = _kr_strip_dup (candidate->name);
  g_autofree char *nip = _kr_strip_dup (candidate->nip);
  g_autofree char *origin = _kr_strip_dup (candidate->origin);
  g_autofree char *number = NULL;
  gint64 new_id = 0;
  gboolean own, ok;

  if (s->status != KR_SELECTION_STATUS_DRAFT && s->status != KR_SELECTION_STATUS_OPEN)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Candidate: registration is closed for this selection"));
      return FALSE;
    }
  if (!check_texts (name, origin, error))
    return FALSE;
  if (candidate->employee_id != 0)
    {
      g_clear_pointer (&origin, g_free);
      if (!check_employee (self, s->id, candidate->employee_id, &name, &nip, error))
        return FALSE;
    }
  else
    {
      if (name == NULL)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Name: enter the applicant’s name"));
          return FALSE;
        }
      if (origin == NULL)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("Origin: enter the applicant’s instansi"));
          return FALSE;
        }
      if (!check_nip (nip, error))
        return FALSE;
    }
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  number = next_number (self, s, error);
  ok = number != NULL;
  if (ok)
    {
      g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_insert, error);

      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, s->id);
          _kr_bind_text (stmt, 2, number);
          _kr_bind_id (stmt, 3, candidate->employee_id);
          _kr_bind_text (stmt, 4, name);
          _kr_bind_text (stmt, 5, nip);
          _kr_bind_text (stmt, 6, origin);
          ok = _kr_selection_run (self, stmt, error);
          new_id = _kr_statements_last_insert_id (self->statements);
        }
    }
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  candidate->id = new_id;
  candidate->selection_id = s->id;
  candidate->status = KR_CANDIDATE_STATUS_REGISTERED;
  g_free (candidate->registration_number);
  candidate->registration_number = g_steal_pointer (&number);
  g_free (candidate->name);
  candidate->name = g_steal_pointer (&name);
  g_free (candidate->nip);
  candidate->nip = g_steal_pointer (&nip);
  g_free (candidate->origin);
  candidate->origin = g_steal_pointer (&origin);
  return TRUE;
}

static gboolean
update_candidate (KrSelectionRepository *self,
                  KrSelectionCandidate *candidate,
                  gint64 employee_id,
                  GError **error)
{
  g_autofree char *name = _kr_strip_dup (candidate->name);
  g_autofree char *nip = _kr_strip_dup (candidate->nip);
  g_autofree char *origin = _kr_strip_dup (candidate->origin);
  gboolean own, ok;

  if (!check_texts (name, origin, error))
    return FALSE;
  if (name == NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Name: enter the candidate’s name"));
      return FALSE;
    }
  if (employee_id == 0 && origin == NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Origin: enter the applicant’s instansi"));
      return FALSE;
    }
  if (!check_nip (nip, error))
    return FALSE;
  if (employee_id != 0)
    {
      /* An employee's NIP stays the employee's; no origin */
      g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_employee, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, employee_id);
      if (_kr_selection_step (self, stmt, error) == SQLITE_ROW)
        {
          g_free (nip);
          nip = _kr_column_dup_text (stmt, 1);
        }
      g_clear_pointer (&origin, g_free);
    }
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_update, error);

    ok = stmt != NULL;
    if (ok)
      {
        sqlite3_bind_int64 (stmt, 1, candidate->id);
        _kr_bind_text (stmt, 2, name);
        _kr_bind_text (stmt, 3, nip);
        _kr_bind_text (stmt, 4, origin);
        ok = _kr_selection_run (self, stmt, error);
      }
  }
  return _kr_statements_end (self->statements, own, ok, error);
}

gboolean
kr_selection_repository_save_candidate (KrSelectionRepository *self,
                                        KrSelectionCandidate *candidate,
                                        GError **error)
{
  g_autoptr (KrSelection) s = NULL;
  gint64 selection_id, employee_id = 0;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), FALSE);
  g_return_val_if_fail (candidate != NULL, FALSE);

  if (!_kr_selection_check_write (self, error))
    return FALSE;
  selection_id = candidate->selection_id;
  if (candidate->id != 0 &&
      !candidate_owner (self, candidate->id, &selection_id, &employee_id, error))
    return FALSE;
  s = _kr_selection_load (self, selection_id, error);
  if (s == NULL || !_kr_selection_check_not_final (s, error))
    return FALSE;
  if (candidate->id == 0 ? !insert_candidate (self, candidate, s, error)
                         : !update_candidate (self, candidate, employee_id, error))
    return FALSE;
  _kr_selection_repository_emit_changed (self, KR_SELECTION_CHANGE_CANDIDATES);
  return TRUE;
}

static gboolean
run_on_candidate (KrSelectionRepository *self,
                  const char *sql,
                  gint64 id,
                  const char *text,
                  GError **error)
{
  gboolean own, ok;

  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql, error);

    ok = stmt != NULL;
    if (ok)
      {
        sqlite3_bind_int64 (stmt, 1, id);
        if (text != NULL)
          sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);
        ok = _kr_selection_run (self, stmt, error);
      }
  }
  return _kr_statements_end (self->statements, own, ok, error);
}

gboolean
kr_selection_repository_set_candidate_status (KrSelectionRepository *self,
                                              gint64 id,
                                              KrCandidateStatus status,
                                              GError **error)
{
  g_autoptr (KrSelection) s = NULL;
  gint64 selection_id = 0, employee_id = 0;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), FALSE);

  if ((guint) status >= KR_N_CANDIDATE_STATUSES)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Status: choose registered or withdrawn"));
      return FALSE;
    }
  if (!_kr_selection_check_write (self, error) ||
      !candidate_owner (self, id, &selection_id, &employee_id, error))
    return FALSE;
  s = _kr_selection_load (self, selection_id, error);
  if (s == NULL || !_kr_selection_check_not_final (s, error))
    return FALSE;
  if (!run_on_candidate (self, sql_set_status, id, kr_candidate_status_get_code (status), error))
    return FALSE;
  _kr_selection_repository_emit_changed (self, KR_SELECTION_CHANGE_CANDIDATES);
  return TRUE;
}

gboolean
kr_selection_repository_delete_candidate (KrSelectionRepository *self, gint64 id, GError **error)
{
  g_autoptr (KrSelection) s = NULL;
  gint64 selection_id = 0, employee_id = 0, n_scores = 0;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), FALSE);

  if (!_kr_selection_check_write (self, error) ||
      !candidate_owner (self, id, &selection_id, &employee_id, error))
    return FALSE;
  s = _kr_selection_load (self, selection_id, error);
  if (s == NULL)
    return FALSE;
  if (s->status != KR_SELECTION_STATUS_DRAFT && s->status != KR_SELECTION_STATUS_OPEN)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Candidate: registration is closed; withdraw the candidate instead"));
      return FALSE;
    }
  if (!_kr_statements_count (self->statements, sql_count_scores, id, &n_scores, error))
    return FALSE;
  if (n_scores > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Candidate: the candidate has scores; withdraw the candidate instead"));
      return FALSE;
    }
  if (!run_on_candidate (self, sql_delete, id, NULL, error))
    return FALSE;
  _kr_selection_repository_emit_changed (self, KR_SELECTION_CHANGE_CANDIDATES);
  return TRUE;
}
