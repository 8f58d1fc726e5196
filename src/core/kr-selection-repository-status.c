/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-selection-repository"

#include "config.h"

#include "kr-selection-repository-private.h"

#include "kr-error.h"
#include "kr-i18n.h"

/* Status moves and the checks that gate them: the panel composition, the stages, conflicts. */

static const char sql_set_status[] = "UPDATE selection SET status = ?2 WHERE id = ?1";
static const char sql_delete[] = "DELETE FROM selection WHERE id = ?";
/* Internal members and the kind of the position they hold now */
static const char sql_member_kinds[] =
    "SELECT m.name, p.kind, p.name FROM selection_panel_member m JOIN employee e ON e.id = "
    "m.employee_id JOIN position p ON p.id = e.position_id WHERE m.selection_id = ?1 AND "
    "m.is_external = 0 ORDER BY m.name";

static gboolean
check_move (KrSelectionRepository *self, const KrSelection *s, KrSelectionStatus to, GError **error)
{
  if (!kr_selection_status_can_move (s->status, to))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Status: a selection cannot move from “%s” to “%s”"),
                   kr_selection_status_get_label (s->status), kr_selection_status_get_label (to));
      return FALSE;
    }
  switch (to)
    {
    case KR_SELECTION_STATUS_OPEN:
      return _kr_selection_check_no_blocking (self, s, error);
    case KR_SELECTION_STATUS_SCORING:
      if (s->n_candidates == 0)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("Status: scoring needs at least one registered candidate"));
          return FALSE;
        }
      return TRUE;
    case KR_SELECTION_STATUS_CLOSED:
      if (s->n_stages == 0 || s->n_stages_published < s->n_stages)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("Status: %u of %u stages are published; publish every stage before "
                          "closing"),
                       s->n_stages_published, s->n_stages);
          return FALSE;
        }
      return TRUE;
    case KR_SELECTION_STATUS_DRAFT:
    case KR_SELECTION_STATUS_CANCELLED:
    case KR_N_SELECTION_STATUSES:
    default:
      return TRUE;
    }
}

gboolean
kr_selection_repository_move (KrSelectionRepository *self,
                              gint64 id,
                              KrSelectionStatus to,
                              GError **error)
{
  g_autoptr (KrSelection) s = NULL;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), FALSE);

  if (!_kr_selection_check_write (self, error))
    return FALSE;
  s = _kr_selection_load (self, id, error);
  if (s == NULL || !check_move (self, s, to, error))
    return FALSE;
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_set_status, error);

    ok = stmt != NULL;
    if (ok)
      {
        sqlite3_bind_int64 (stmt, 1, id);
        sqlite3_bind_text (stmt, 2, kr_selection_status_get_code (to), -1, SQLITE_STATIC);
        ok = _kr_selection_run (self, stmt, error);
      }
  }
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_selection_repository_emit_changed (self, KR_SELECTION_CHANGE_SELECTIONS);
  return TRUE;
}

gboolean
kr_selection_repository_delete (KrSelectionRepository *self, gint64 id, GError **error)
{
  g_autoptr (KrSelection) s = NULL;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), FALSE);

  if (!_kr_selection_check_write (self, error))
    return FALSE;
  s = _kr_selection_load (self, id, error);
  if (s == NULL)
    return FALSE;
  if (s->status != KR_SELECTION_STATUS_DRAFT)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Selection: only a draft can be deleted; cancel it instead"));
      return FALSE;
    }
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
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_selection_repository_emit_changed (
      self, KR_SELECTION_CHANGE_SELECTIONS | KR_SELECTION_CHANGE_STAGES |
                KR_SELECTION_CHANGE_PANEL | KR_SELECTION_CHANGE_CANDIDATES);
  return TRUE;
}

/* A warning for each internal member below the position filled */
static gboolean
add_junior_members (KrSelectionRepository *self,
                    const KrSelection *selection,
                    GPtrArray *issues,
                    GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_member_kinds, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, selection->id);
  while ((rc = _kr_selection_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrPositionKind kind = KR_POSITION_KIND_PELAKSANA;
      KrSelectionIssue *issue;

      _kr_position_kind_from_code ((const char *) sqlite3_column_text (stmt, 1), &kind);
      if (kr_selection_member_senior_enough (kind, selection->position_kind))
        continue;
      issue = g_new0 (KrSelectionIssue, 1);
      issue->kind = KR_SELECTION_ISSUE_PANEL_JUNIOR;
      issue->text = g_strdup_printf (_ ("The panel member %s (%s) holds a position below the one "
                                        "being filled"),
                                     (const char *) sqlite3_column_text (stmt, 0),
                                     (const char *) sqlite3_column_text (stmt, 2));
      g_ptr_array_add (issues, issue);
    }
  return rc == SQLITE_DONE;
}

GPtrArray *
_kr_selection_collect_issues (KrSelectionRepository *self,
                              const KrSelection *selection,
                              GError **error)
{
  g_autoptr (GPtrArray) panel = NULL;
  g_autoptr (GPtrArray) stages = NULL;
  g_autoptr (GPtrArray) conflicts = NULL;
  g_autofree KrSelectionPanelFacts *panel_facts = NULL;
  g_autofree KrSelectionStageFacts *stage_facts = NULL;
  GPtrArray *issues;

  panel = _kr_selection_load_panel (self, selection->id, error);
  if (panel == NULL)
    return NULL;
  stages = _kr_selection_load_stages (self, selection->id, error);
  if (stages == NULL)
    return NULL;
  conflicts = _kr_selection_load_conflicts (self, selection->id, error);
  if (conflicts == NULL)
    return NULL;
  panel_facts = g_new0 (KrSelectionPanelFacts, MAX (panel->len, 1));
  for (guint i = 0; i < panel->len; i++)
    {
      const KrSelectionPanelMember *m = g_ptr_array_index (panel, i);

      panel_facts[i].is_external = m->is_external;
      panel_facts[i].role = m->role;
    }
  stage_facts = g_new0 (KrSelectionStageFacts, MAX (stages->len, 1));
  _kr_selection_stage_facts (stages, stage_facts);
  issues =
      kr_selection_check_setup (selection->jpt, panel_facts, panel->len, stage_facts, stages->len);
  for (guint i = 0; i < conflicts->len; i++)
    {
      const KrSelectionConflict *c = g_ptr_array_index (conflicts, i);
      KrSelectionIssue *issue = g_new0 (KrSelectionIssue, 1);

      issue->kind = KR_SELECTION_ISSUE_CONFLICT;
      issue->blocking = FALSE;
      issue->text = g_strdup_printf (_ ("Conflict of interest: %s (%s) is the superior of the "
                                        "candidate %s (%s)"),
                                     c->member_name, c->head_position_name, c->candidate_name,
                                     c->registration_number);
      g_ptr_array_add (issues, issue);
    }
  if (!add_junior_members (self, selection, issues, error))
    {
      g_ptr_array_unref (issues);
      return NULL;
    }
  return issues;
}

gboolean
_kr_selection_check_no_blocking (KrSelectionRepository *self,
                                 const KrSelection *selection,
                                 GError **error)
{
  g_autoptr (GPtrArray) issues = _kr_selection_collect_issues (self, selection, error);
  const KrSelectionIssue *first;

  if (issues == NULL)
    return FALSE;
  if (issues->len == 0)
    return TRUE;
  first = g_ptr_array_index (issues, 0);
  if (!first->blocking)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID, "%s", first->text);
  return FALSE;
}

GPtrArray *
kr_selection_repository_check (KrSelectionRepository *self, gint64 id, GError **error)
{
  g_autoptr (KrSelection) s = NULL;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), NULL);

  s = _kr_selection_load_readable (self, id, error);
  if (s == NULL)
    return NULL;
  return _kr_selection_collect_issues (self, s, error);
}
