/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-talent-repository"

#include "config.h"

#include "kr-talent-repository-private.h"

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-text.h"

/* The successors of a plan: add, update, move and remove them (renumbered 1..n), and the
 * suggestions from the pool. */

static const char sql_plan_position[] = "SELECT position_id FROM succession_plan WHERE id = ?";
static const char sql_employee[] = "SELECT status, position_id FROM employee WHERE id = ?";
static const char sql_successor_dup[] =
    "SELECT count(*) FROM successor WHERE plan_id = ?1 AND employee_id = ?2";
static const char sql_successor_ids[] =
    "SELECT id FROM successor WHERE plan_id = ? ORDER BY rank, id";
static const char sql_successor_plan[] = "SELECT plan_id FROM successor WHERE id = ?";
static const char sql_insert_successor[] =
    "INSERT INTO successor (plan_id, employee_id, readiness, rank, gaps) VALUES (?1, ?2, ?3, ?4, "
    "?5)";
static const char sql_update_successor[] =
    "UPDATE successor SET readiness = ?2, gaps = ?3 WHERE id = ?1";
static const char sql_successor_rank[] = "UPDATE successor SET rank = ?2 WHERE id = ?1";
static const char sql_delete_successor[] = "DELETE FROM successor WHERE id = ?";

static const char *
suggest_sql (void)
{
  static gsize once = 0;
  static char *sql;

  if (g_once_init_enter (&once))
    {
      GString *s = g_string_new (_kr_talent_classify_sql ());

      g_string_append (s, "SELECT e.id, e.nip, e.name, e.title_front, e.title_back, u.name, "
                          "p.name, e.golongan, p.kind, cl.box FROM cl JOIN employee e ON e.id = "
                          "cl.id LEFT JOIN unit u ON u.id = e.unit_id LEFT JOIN position p ON "
                          "p.id = e.position_id WHERE cl.status = ");
      g_string_append_printf (s, "%d", KR_TALENT_STATUS_PLACED);
      g_string_append (s, " AND cl.in_pool = 1 AND e.golongan BETWEEN ?11 AND ?12 AND "
                          "e.position_id IS NOT ?13 AND e.id NOT IN (SELECT employee_id FROM "
                          "successor WHERE plan_id = ?14) ORDER BY CASE p.kind");
      /* Those within one step of the position on the structural ladder first (?16: the
       * position's step), then the best potential and performance */
      for (guint k = 0; k < KR_N_POSITION_KINDS; k++)
        g_string_append_printf (s, " WHEN '%s' THEN %u", _kr_position_kind_get_code (k),
                                kr_talent_position_step (k));
      g_string_append (s, " ELSE 0 END + 1 >= ?16 DESC, CASE cl.pot");
      for (guint i = 0; i < KR_N_TALENT_POTENTIALS; i++)
        g_string_append_printf (s, " WHEN '%s' THEN %u", kr_talent_potential_get_code (i), i);
      g_string_append (s, " END DESC, CASE cl.perf");
      for (guint i = 0; i < KR_N_TALENT_PERFORMANCES; i++)
        g_string_append_printf (s, " WHEN '%s' THEN %u", kr_talent_performance_get_code (i), i);
      g_string_append (s, " END DESC, e.golongan DESC, e.name, e.id LIMIT ?15");
      sql = g_string_free (s, FALSE);
      g_once_init_leave (&once, 1);
    }
  return sql;
}

static GArray *
successor_ids (KrTalentRepository *self, gint64 plan_id, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_successor_ids, error);
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = _kr_talent_step (self, stmt, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&ids) : NULL;
}

/* Numbers @ids 1..n (rows already so are not touched, so the audit shows only moves) */
static gboolean
renumber (KrTalentRepository *self, GArray *ids, GError **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_successor_rank, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      sqlite3_bind_int (stmt, 2, (int) i + 1);
      if (!_kr_talent_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_readiness (KrSuccessorReadiness readiness, GError **error)
{
  if ((guint) readiness >= KR_N_SUCCESSOR_READINESS)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Readiness: choose ready now, in 1–2 years or in 3 years or more"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_gaps (const char *gaps, GError **error)
{
  return kr_text_check_length (gaps, KR_TEXT_MAX_NOTE, _ ("Gaps (what they still lack)"), error);
}

gboolean
kr_talent_repository_add_successor (KrTalentRepository *self,
                                    gint64 plan_id,
                                    gint64 employee_id,
                                    KrSuccessorReadiness readiness,
                                    guint rank,
                                    const char *gaps,
                                    gint64 *id,
                                    GError **error)
{
  g_autofree char *text = _kr_strip_dup (gaps);
  g_autoptr (GArray) ids = NULL;
  gint64 position_id = 0, dup = 0, new_id = 0;
  gboolean own, ok = FALSE;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), FALSE);

  if (!_kr_talent_check_write (self, error) || !_kr_talent_plan_in_scope (self, plan_id, error) ||
      !_kr_talent_check_read_employee (self, employee_id, error) ||
      !check_readiness (readiness, error) || !check_gaps (text, error) ||
      !_kr_statements_count (self->statements, sql_plan_position, plan_id, &position_id, error))
    return FALSE;
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_employee, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, employee_id);
    if (_kr_talent_step (self, stmt, error) != SQLITE_ROW)
      return FALSE;
    if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "aktif") != 0)
      {
        g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                     _ ("Employee: only active employees can be successors"));
        return FALSE;
      }
    if (sqlite3_column_int64 (stmt, 1) == position_id)
      {
        g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                     _ ("Employee: the holder of the position cannot be its successor"));
        return FALSE;
      }
  }
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  {
    g_auto (KrStmt) d = _kr_statements_get (self->statements, sql_successor_dup, error);
    g_auto (KrStmt) stmt = NULL;

    if (d == NULL)
      goto out;
    sqlite3_bind_int64 (d, 1, plan_id);
    sqlite3_bind_int64 (d, 2, employee_id);
    if (_kr_talent_step (self, d, error) != SQLITE_ROW)
      goto out;
    dup = sqlite3_column_int64 (d, 0);
    if (dup > 0)
      {
        g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                     _ ("Employee: already a successor in this plan"));
        goto out;
      }
    ids = successor_ids (self, plan_id, error);
    if (ids == NULL)
      goto out;
    stmt = _kr_statements_get (self->statements, sql_insert_successor, error);
    if (stmt == NULL)
      goto out;
    sqlite3_bind_int64 (stmt, 1, plan_id);
    sqlite3_bind_int64 (stmt, 2, employee_id);
    sqlite3_bind_text (stmt, 3, kr_successor_readiness_get_code (readiness), -1, SQLITE_STATIC);
    sqlite3_bind_int (stmt, 4, (int) ids->len + 1);
    _kr_bind_text (stmt, 5, text);
    if (!_kr_talent_run (self, stmt, error))
      goto out;
    new_id = _kr_statements_last_insert_id (self->statements);
    rank = rank == 0 || rank > ids->len ? ids->len + 1 : rank;
    g_array_insert_val (ids, rank - 1, new_id);
    ok = renumber (self, ids, error);
  }
out:
  if (ok && id != NULL)
    *id = new_id;
  return _kr_talent_finish (self, own, ok, KR_TALENT_CHANGE_SUCCESSORS, error);
}

static gboolean
successor_plan (KrTalentRepository *self, gint64 id, gint64 *plan_id, GError **error)
{
  if (!_kr_statements_count (self->statements, sql_successor_plan, id, plan_id, error))
    return FALSE;
  if (*plan_id == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                   _ ("The successor %lld does not exist; it may have been removed"),
                   (long long) id);
      return FALSE;
    }
  return _kr_talent_plan_in_scope (self, *plan_id, error);
}

gboolean
kr_talent_repository_update_successor (KrTalentRepository *self,
                                       gint64 id,
                                       KrSuccessorReadiness readiness,
                                       const char *gaps,
                                       GError **error)
{
  g_autofree char *text = _kr_strip_dup (gaps);
  g_auto (KrStmt) stmt = NULL;
  gint64 plan_id = 0;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), FALSE);

  if (!_kr_talent_check_write (self, error) || !check_readiness (readiness, error) ||
      !check_gaps (text, error) || !successor_plan (self, id, &plan_id, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql_update_successor, error);
  if (stmt == NULL || !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, kr_successor_readiness_get_code (readiness), -1, SQLITE_STATIC);
  _kr_bind_text (stmt, 3, text);
  ok = _kr_talent_run (self, stmt, error);
  return _kr_talent_finish (self, own, ok, KR_TALENT_CHANGE_SUCCESSORS, error);
}

/* Moves (@rank > 0) or removes (@rank 0) successor @id within its plan, and renumbers */
static gboolean
reorder (KrTalentRepository *self, gint64 id, guint rank, GError **error)
{
  g_autoptr (GArray) ids = NULL;
  gint64 plan_id = 0;
  gboolean own, ok = FALSE;

  if (!_kr_talent_check_write (self, error) || !successor_plan (self, id, &plan_id, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  ids = successor_ids (self, plan_id, error);
  if (ids == NULL)
    goto out;
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        g_array_remove_index (ids, i);
        break;
      }
  if (rank == 0)
    {
      g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_delete_successor, error);

      if (stmt == NULL)
        goto out;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!_kr_talent_run (self, stmt, error))
        goto out;
    }
  else
    {
      rank = MIN (rank, ids->len + 1);
      g_array_insert_val (ids, rank - 1, id);
    }
  ok = renumber (self, ids, error);
out:
  return _kr_talent_finish (self, own, ok, KR_TALENT_CHANGE_SUCCESSORS, error);
}

gboolean
kr_talent_repository_move_successor (KrTalentRepository *self,
                                     gint64 id,
                                     guint rank,
                                     GError **error)
{
  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), FALSE);
  return reorder (self, id, MAX (rank, 1), error);
}

gboolean
kr_talent_repository_remove_successor (KrTalentRepository *self, gint64 id, GError **error)
{
  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), FALSE);
  return reorder (self, id, 0, error);
}

/* Suggestions */

GPtrArray *
kr_talent_repository_suggest_successors (KrTalentRepository *self,
                                         gint64 plan_id,
                                         guint year,
                                         guint limit,
                                         GError **error)
{
  g_autoptr (KrSuccessionPlan) plan = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GArray) kinds = g_array_new (FALSE, FALSE, sizeof (gint));
  KrRank lowest = KR_RANK_I_A, highest = KR_RANK_IV_E;
  guint gap = kr_talent_suggestion_rank_gap ();
  int rc;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), NULL);

  if (limit < 1 || limit > 500)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Limit: choose from 1 to 500"));
      return NULL;
    }
  if (!_kr_talent_check_year (year, error))
    return NULL;
  plan = kr_talent_repository_get_plan (self, plan_id, error);
  if (plan == NULL)
    return NULL;
  kr_position_get_rank_range (plan->position_kind, plan->position_level, &lowest, &highest);
  lowest = lowest >= gap ? lowest - gap : KR_RANK_I_A;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_successor_free);
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, suggest_sql (), error);

    if (stmt == NULL || !_kr_talent_bind_classify (self, stmt, year, 0, FALSE, 0, error))
      return NULL;
    sqlite3_bind_int (stmt, 11, (int) kr_rank_get_code (lowest));
    sqlite3_bind_int (stmt, 12, (int) kr_rank_get_code (highest));
    sqlite3_bind_int64 (stmt, 13, plan->position_id);
    sqlite3_bind_int64 (stmt, 14, plan_id);
    sqlite3_bind_int (stmt, 15, (int) limit);
    sqlite3_bind_int (stmt, 16, (int) kr_talent_position_step (plan->position_kind));
    while ((rc = _kr_talent_step (self, stmt, error)) == SQLITE_ROW)
      {
        KrSuccessor *s = g_new0 (KrSuccessor, 1);
        KrPositionKind kind;
        gint k = -1;

        s->plan_id = plan_id;
        s->employee_id = sqlite3_column_int64 (stmt, 0);
        s->nip = _kr_column_dup_text (stmt, 1);
        s->name = _kr_talent_full_name ((const char *) sqlite3_column_text (stmt, 3),
                                        (const char *) sqlite3_column_text (stmt, 2),
                                        (const char *) sqlite3_column_text (stmt, 4));
        s->unit_name = _kr_column_dup_text (stmt, 5);
        s->position_name = _kr_column_dup_text (stmt, 6);
        s->has_golongan = kr_rank_from_code ((guint) sqlite3_column_int (stmt, 7), &s->golongan);
        if (_kr_position_kind_from_code ((const char *) sqlite3_column_text (stmt, 8), &kind))
          k = kind;
        s->box = (guint) sqlite3_column_int (stmt, 9);
        g_array_append_val (kinds, k);
        g_ptr_array_add (list, s);
      }
    if (rc != SQLITE_DONE)
      return NULL;
  }
  for (guint i = 0; i < list->len; i++)
    {
      KrSuccessor *s = g_ptr_array_index (list, i);
      gint k = g_array_index (kinds, gint, i);
      g_autoptr (GPtrArray) gaps = g_ptr_array_new_with_free_func (g_free);

      if (!_kr_talent_suggest_readiness (self, s, k >= 0, k >= 0 ? (KrPositionKind) k : 0,
                                         plan->position_kind, plan->position_level, gaps, error))
        return NULL;
      s->readiness = s->suggested;
      if (gaps->len > 0)
        {
          g_ptr_array_add (gaps, NULL);
          s->gaps = g_strjoinv ("; ", (char **) gaps->pdata);
        }
    }
  return g_steal_pointer (&list);
}
