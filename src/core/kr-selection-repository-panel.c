/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-selection-repository"

#include "config.h"

#include "kr-selection-repository-private.h"

#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-text.h"

/* The selection panel (pansel) and conflicts of interest. */

static const char sql_list_panel[] =
    "SELECT m.id, m.selection_id, m.employee_id, m.name, m.is_external, m.institution, m.role, "
    "e.nip, p.name FROM selection_panel_member m LEFT JOIN employee e ON e.id = m.employee_id "
    "LEFT JOIN position p ON p.id = e.position_id WHERE m.selection_id = ?1 "
    "ORDER BY CASE m.role WHEN 'chair' THEN 0 WHEN 'secretary' THEN 1 ELSE 2 END, m.name, m.id";
static const char sql_member[] =
    "SELECT selection_id, employee_id, is_external, role FROM selection_panel_member WHERE id = ?1";
static const char sql_employee_name[] =
    "SELECT " KR_SELECTION_FULL_NAME ("e") " FROM employee e WHERE e.id = ?1";
static const char sql_duplicate[] =
    "SELECT count(*) FROM selection_panel_member WHERE selection_id = ?1 AND employee_id = ?2 AND "
    "id IS NOT ?3";
static const char sql_other_chair[] =
    "SELECT count(*) FROM selection_panel_member WHERE selection_id = ?1 AND role = 'chair' AND "
    "id IS NOT ?2";
static const char sql_is_candidate[] =
    "SELECT count(*) FROM selection_candidate WHERE selection_id = ?1 AND employee_id = ?2";
static const char sql_insert[] =
    "INSERT INTO selection_panel_member (selection_id, employee_id, name, is_external, "
    "institution, role) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char sql_update[] =
    "UPDATE selection_panel_member SET employee_id = ?2, name = ?3, is_external = ?4, "
    "institution = ?5, role = ?6 WHERE id = ?1";
static const char sql_delete[] = "DELETE FROM selection_panel_member WHERE id = ?1";
/* Internal members who hold a head position: the unit they lead */
static const char sql_heads[] =
    "SELECT m.id, m.name, p.unit_id, p.name, u.name, m.employee_id FROM selection_panel_member m "
    "JOIN employee e ON e.id = m.employee_id JOIN position p ON p.id = e.position_id AND "
    "p.is_head = 1 JOIN unit u ON u.id = p.unit_id WHERE m.selection_id = ?1 AND m.is_external "
    "= 0 ORDER BY m.name, m.id";
/* Registered employee candidates and their unit chains, the unit itself first */
static const char sql_chains[] =
    "WITH RECURSIVE chain (candidate_id, unit_id, depth) AS (SELECT c.id, e.unit_id, 0 FROM "
    "selection_candidate c JOIN employee e ON e.id = c.employee_id WHERE c.selection_id = ?1 AND "
    "c.status = 'registered' AND e.unit_id IS NOT NULL UNION ALL SELECT chain.candidate_id, "
    "u.parent_id, chain.depth + 1 FROM chain JOIN unit u ON u.id = chain.unit_id WHERE "
    "u.parent_id IS NOT NULL AND chain.depth < 64) "
    "SELECT c.id, c.name, c.registration_number, c.employee_id, chain.unit_id FROM chain JOIN "
    "selection_candidate c ON c.id = chain.candidate_id ORDER BY c.registration_number, "
    "chain.depth";

static KrSelectionPanelMember *
read_member (sqlite3_stmt *stmt)
{
  KrSelectionPanelMember *m = kr_selection_panel_member_new ();

  m->id = sqlite3_column_int64 (stmt, 0);
  m->selection_id = sqlite3_column_int64 (stmt, 1);
  m->employee_id = sqlite3_column_int64 (stmt, 2);
  m->name = _kr_column_dup_text (stmt, 3);
  m->is_external = sqlite3_column_int (stmt, 4) != 0;
  m->institution = _kr_column_dup_text (stmt, 5);
  kr_panel_role_from_code ((const char *) sqlite3_column_text (stmt, 6), &m->role);
  m->nip = _kr_column_dup_text (stmt, 7);
  m->position_name = _kr_column_dup_text (stmt, 8);
  return m;
}

GPtrArray *
_kr_selection_load_panel (KrSelectionRepository *self, gint64 id, GError **error)
{
  g_autoptr (GPtrArray) list = NULL;
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_list_panel, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_selection_panel_member_free);
  while ((rc = _kr_selection_step (self, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (list, read_member (stmt));
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}

GPtrArray *
kr_selection_repository_list_panel (KrSelectionRepository *self,
                                    gint64 selection_id,
                                    GError **error)
{
  g_autoptr (KrSelection) s = NULL;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), NULL);

  s = _kr_selection_load_readable (self, selection_id, error);
  if (s == NULL)
    return NULL;
  return _kr_selection_load_panel (self, selection_id, error);
}

typedef struct
{
  gint64 candidate_id;
  char *name;
  char *registration_number;
  gint64 employee_id;
  GArray *chain;
} Chain;

static void
chain_free (Chain *c)
{
  g_free (c->name);
  g_free (c->registration_number);
  g_array_unref (c->chain);
  g_free (c);
}

static GPtrArray *
load_chains (KrSelectionRepository *self, gint64 id, GError **error)
{
  g_autoptr (GPtrArray) chains = g_ptr_array_new_with_free_func ((GDestroyNotify) chain_free);
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_chains, error);
  Chain *last = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = _kr_selection_step (self, stmt, error)) == SQLITE_ROW)
    {
      gint64 candidate_id = sqlite3_column_int64 (stmt, 0);
      gint64 unit_id = sqlite3_column_int64 (stmt, 4);

      if (last == NULL || last->candidate_id != candidate_id)
        {
          last = g_new0 (Chain, 1);
          last->candidate_id = candidate_id;
          last->name = _kr_column_dup_text (stmt, 1);
          last->registration_number = _kr_column_dup_text (stmt, 2);
          last->employee_id = sqlite3_column_int64 (stmt, 3);
          last->chain = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_ptr_array_add (chains, last);
        }
      g_array_append_val (last->chain, unit_id);
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&chains) : NULL;
}

GPtrArray *
_kr_selection_load_conflicts (KrSelectionRepository *self, gint64 id, GError **error)
{
  g_autoptr (GPtrArray) chains = load_chains (self, id, error);
  g_autoptr (GPtrArray) list = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  if (chains == NULL)
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_heads, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_selection_conflict_free);
  while ((rc = _kr_selection_step (self, stmt, error)) == SQLITE_ROW)
    {
      gint64 head_unit = sqlite3_column_int64 (stmt, 2);
      gint64 member_employee = sqlite3_column_int64 (stmt, 5);

      for (guint i = 0; i < chains->len; i++)
        {
          const Chain *c = g_ptr_array_index (chains, i);
          KrSelectionConflict *conflict;

          if (c->employee_id == member_employee ||
              !kr_selection_is_superior (&head_unit, 1, (const gint64 *) c->chain->data,
                                         c->chain->len))
            continue;
          conflict = g_new0 (KrSelectionConflict, 1);
          conflict->panel_member_id = sqlite3_column_int64 (stmt, 0);
          conflict->member_name = _kr_column_dup_text (stmt, 1);
          conflict->head_position_name = _kr_column_dup_text (stmt, 3);
          conflict->head_unit_name = _kr_column_dup_text (stmt, 4);
          conflict->candidate_id = c->candidate_id;
          conflict->candidate_name = g_strdup (c->name);
          conflict->registration_number = g_strdup (c->registration_number);
          g_ptr_array_add (list, conflict);
        }
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}

GPtrArray *
kr_selection_repository_list_conflicts (KrSelectionRepository *self,
                                        gint64 selection_id,
                                        GError **error)
{
  g_autoptr (KrSelection) s = NULL;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), NULL);

  s = _kr_selection_load_readable (self, selection_id, error);
  if (s == NULL)
    return NULL;
  return _kr_selection_load_conflicts (self, selection_id, error);
}

static gboolean
count2 (KrSelectionRepository *self,
        const char *sql,
        gint64 a,
        gint64 b,
        gint64 c,
        int n_params,
        gint64 *out,
        GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a);
  _kr_bind_id (stmt, 2, b);
  if (n_params > 2)
    _kr_bind_id (stmt, 3, c);
  if (_kr_selection_step (self, stmt, error) != SQLITE_ROW)
    return FALSE;
  *out = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* Checks @member and fills its name from the employee when empty; @name (out) the clean name */
static gboolean
check_member (KrSelectionRepository *self,
              KrSelectionPanelMember *member,
              char **name,
              GError **error)
{
  gint64 n = 0;

  if ((guint) member->role >= KR_N_PANEL_ROLES)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Role: choose chair, secretary or member"));
      return FALSE;
    }
  if (!kr_text_check_length (member->name, KR_TEXT_MAX_NAME, _ ("Name with titles"), error) ||
      !kr_text_check_length (member->institution, KR_TEXT_MAX_LINE, _ ("Institution"), error))
    return FALSE;
  *name = _kr_strip_dup (member->name);
  if (member->is_external)
    {
      if (member->employee_id != 0)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("Employee: an external member is not an employee of the instansi"));
          return FALSE;
        }
    }
  else
    {
      g_auto (KrStmt) stmt = NULL;
      int rc;

      if (member->employee_id == 0)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("Employee: choose the employee of an internal member"));
          return FALSE;
        }
      stmt = _kr_statements_get (self->statements, sql_employee_name, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, member->employee_id);
      rc = _kr_selection_step (self, stmt, error);
      if (rc == 0)
        return FALSE;
      if (rc != SQLITE_ROW)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Employee: no employee with id %lld"),
                       (long long) member->employee_id);
          return FALSE;
        }
      if (*name == NULL)
        *name = _kr_column_dup_text (stmt, 0);
      if (!count2 (self, sql_duplicate, member->selection_id, member->employee_id, member->id, 3,
                   &n, error))
        return FALSE;
      if (n > 0)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                       _ ("Employee: the employee is already on the selection panel"));
          return FALSE;
        }
      if (!count2 (self, sql_is_candidate, member->selection_id, member->employee_id, 0, 2, &n,
                   error))
        return FALSE;
      if (n > 0)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("Employee: a candidate cannot sit on the selection panel"));
          return FALSE;
        }
    }
  if (*name == NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Name: enter the member’s name"));
      return FALSE;
    }
  if (member->role == KR_PANEL_ROLE_CHAIR)
    {
      if (!count2 (self, sql_other_chair, member->selection_id, member->id, 0, 2, &n, error))
        return FALSE;
      if (n > 0)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("Role: the selection panel already has a chair"));
          return FALSE;
        }
    }
  return TRUE;
}

/* After a change of an opened selection's panel, inside the transaction */
static gboolean
recheck (KrSelectionRepository *self, const KrSelection *s, GError **error)
{
  g_autoptr (GError) local = NULL;

  if (s->status == KR_SELECTION_STATUS_DRAFT)
    return TRUE;
  if (_kr_selection_check_no_blocking (self, s, &local))
    return TRUE;
  if (local->domain == KR_ERROR && local->code == KR_ERROR_INVALID)
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                 _ ("Selection panel: the selection is open and the change would leave it "
                    "invalid: %s"),
                 local->message);
  else
    g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

static KrSelection *
load_for_member_write (KrSelectionRepository *self, gint64 selection_id, GError **error)
{
  g_autoptr (KrSelection) s = NULL;

  if (!_kr_selection_check_write (self, error))
    return NULL;
  s = _kr_selection_load (self, selection_id, error);
  if (s == NULL || !_kr_selection_check_not_final (s, error))
    return NULL;
  return g_steal_pointer (&s);
}

static gboolean
member_selection (KrSelectionRepository *self, gint64 id, gint64 *selection_id, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_member, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = _kr_selection_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    {
      *selection_id = sqlite3_column_int64 (stmt, 0);
      return TRUE;
    }
  if (rc == SQLITE_DONE)
    g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                 _ ("Selection panel: no panel member with id %lld"), (long long) id);
  return FALSE;
}

gboolean
kr_selection_repository_save_panel_member (KrSelectionRepository *self,
                                           KrSelectionPanelMember *member,
                                           GError **error)
{
  g_autoptr (KrSelection) s = NULL;
  g_autofree char *name = NULL;
  g_autofree char *institution = NULL;
  gboolean own, ok;
  gint64 new_id = member != NULL ? member->id : 0;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), FALSE);
  g_return_val_if_fail (member != NULL, FALSE);

  if (member->id != 0)
    {
      gint64 selection_id = 0;

      if (!_kr_selection_check_write (self, error) ||
          !member_selection (self, member->id, &selection_id, error))
        return FALSE;
      member->selection_id = selection_id;
    }
  s = load_for_member_write (self, member->selection_id, error);
  if (s == NULL || !check_member (self, member, &name, error))
    return FALSE;
  institution = _kr_strip_dup (member->institution);

  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  {
    g_auto (KrStmt) stmt =
        _kr_statements_get (self->statements, member->id == 0 ? sql_insert : sql_update, error);

    ok = stmt != NULL;
    if (ok)
      {
        if (member->id == 0)
          sqlite3_bind_int64 (stmt, 1, member->selection_id);
        else
          sqlite3_bind_int64 (stmt, 1, member->id);
        _kr_bind_id (stmt, 2, member->is_external ? 0 : member->employee_id);
        _kr_bind_text (stmt, 3, name);
        sqlite3_bind_int (stmt, 4, member->is_external ? 1 : 0);
        _kr_bind_text (stmt, 5, institution);
        sqlite3_bind_text (stmt, 6, kr_panel_role_get_code (member->role), -1, SQLITE_STATIC);
        ok = _kr_selection_run (self, stmt, error);
        if (ok && member->id == 0)
          new_id = _kr_statements_last_insert_id (self->statements);
      }
  }
  ok = ok && recheck (self, s, error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  member->id = new_id;
  g_free (member->name);
  member->name = g_steal_pointer (&name);
  _kr_selection_repository_emit_changed (self, KR_SELECTION_CHANGE_PANEL);
  return TRUE;
}

gboolean
kr_selection_repository_delete_panel_member (KrSelectionRepository *self, gint64 id, GError **error)
{
  g_autoptr (KrSelection) s = NULL;
  gint64 selection_id = 0;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), FALSE);

  if (!_kr_selection_check_write (self, error) ||
      !member_selection (self, id, &selection_id, error))
    return FALSE;
  s = load_for_member_write (self, selection_id, error);
  if (s == NULL)
    return FALSE;
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_delete, error);

    ok = stmt != NULL;
    if (ok)
      {
        sqlite3_bind_int64 (stmt, 1, id);
        ok = _kr_selection_run (self, stmt, error);
      }
  }
  ok = ok && recheck (self, s, error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_selection_repository_emit_changed (self, KR_SELECTION_CHANGE_PANEL);
  return TRUE;
}
