/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-talent-repository"

#include "config.h"

#include "kr-talent-repository-private.h"

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-text.h"

/* Succession: key positions, plans with their holder and successors, suggestions from the
 * pool, and the writes of plans and successors. */

/* The positions' unit: ?1 scope unit (0: all), ?2 filter unit (0: all), ?3 subtree flag. */
#define POSITION_FILTER                                                                            \
  "(?1 = 0 OR p.unit_id IN (WITH RECURSIVE s (id) AS (SELECT ?1 UNION ALL SELECT c.id FROM unit "  \
  "c JOIN s ON c.parent_id = s.id) SELECT id FROM s)) AND (?2 = 0 OR p.unit_id = ?2 OR (?3 AND "   \
  "p.unit_id IN (WITH RECURSIVE t (id) AS (SELECT ?2 UNION ALL SELECT c.id FROM unit c JOIN t ON " \
  "c.parent_id = t.id) SELECT id FROM t)))"

#define KEY_POSITION                                                                               \
  "(p.kind IN ('jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator') OR p.is_head = 1)"

#define KIND_ORDER                                                                                 \
  "CASE p.kind WHEN 'jpt_utama' THEN 0 WHEN 'jpt_madya' THEN 1 WHEN 'jpt_pratama' THEN 2 WHEN "    \
  "'administrator' THEN 3 WHEN 'pengawas' THEN 4 ELSE 5 END"
static const char sql_key_positions[] =
    "SELECT p.id, p.name, p.kind, p.unit_id, u.name, p.is_head, sp.id FROM position p JOIN unit u "
    "ON u.id = p.unit_id LEFT JOIN succession_plan sp ON sp.position_id = p.id WHERE " KEY_POSITION
    " AND (?4 = 0 OR sp.id IS NULL) AND " POSITION_FILTER " ORDER BY " KIND_ORDER
    ", u.name, p.name, p.id";
static const char sql_plans[] =
    "SELECT sp.id, sp.position_id, sp.note, p.name, p.kind, p.level, p.unit_id, u.name, "
    "(SELECT count(*) FROM employee h WHERE h.position_id = p.id AND h.status = 'aktif') FROM "
    "succession_plan sp JOIN position p ON p.id = sp.position_id JOIN unit u ON u.id = p.unit_id "
    "WHERE (?4 = 0 OR sp.id = ?4) AND " POSITION_FILTER " ORDER BY " KIND_ORDER
    ", u.name, p.name, sp.id";
static const char sql_holder[] =
    "SELECT id, nip, name, title_front, title_back, birth_date FROM employee WHERE position_id = ? "
    "AND status = 'aktif' ORDER BY position_tmt, id LIMIT 1";
static const char sql_successors[] =
    "SELECT s.id, s.plan_id, s.employee_id, s.readiness, s.rank, s.gaps, e.nip, e.name, "
    "e.title_front, e.title_back, u.name, p.name, e.golongan, p.kind FROM successor s JOIN "
    "employee e ON e.id = s.employee_id LEFT JOIN unit u ON u.id = e.unit_id LEFT JOIN position p "
    "ON p.id = e.position_id WHERE s.plan_id = ? ORDER BY s.rank, s.id";
static const char sql_programmes[] =
    "SELECT DISTINCT programme FROM training_record WHERE employee_id = ? AND programme IS NOT "
    "NULL";
static const char sql_position[] =
    "SELECT p.unit_id, " KEY_POSITION ", (SELECT id FROM succession_plan WHERE position_id = p.id) "
    "FROM position p WHERE p.id = ?";
static const char sql_insert_plan[] =
    "INSERT INTO succession_plan (position_id, note) VALUES (?1, ?2)";
static const char sql_plan_unit[] =
    "SELECT p.unit_id FROM succession_plan sp JOIN position p ON p.id = sp.position_id WHERE "
    "sp.id = ?";
static const char sql_plan_note[] = "UPDATE succession_plan SET note = ?2 WHERE id = ?1";
static const char sql_delete_plan[] = "DELETE FROM succession_plan WHERE id = ?";

static void
bind_position_filter (KrTalentRepository *self,
                      sqlite3_stmt *stmt,
                      gint64 unit_id,
                      gboolean subtree)
{
  sqlite3_bind_int64 (stmt, 1, _kr_database_get_scope_unit (self->database));
  sqlite3_bind_int64 (stmt, 2, unit_id);
  sqlite3_bind_int (stmt, 3, subtree ? 1 : 0);
}

GPtrArray *
kr_talent_repository_list_key_positions (KrTalentRepository *self,
                                         gint64 unit_id,
                                         gboolean subtree,
                                         gboolean without_plan,
                                         GError **error)
{
  g_autoptr (GPtrArray) list = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), NULL);

  if (!_kr_talent_check_read (self, error) ||
      (unit_id != 0 && !_kr_database_check_in_scope (self->database, unit_id, error)))
    return NULL;
  stmt = _kr_statements_get (self->statements, sql_key_positions, error);
  if (stmt == NULL)
    return NULL;
  bind_position_filter (self, stmt, unit_id, subtree);
  sqlite3_bind_int (stmt, 4, without_plan ? 1 : 0);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_key_position_free);
  while ((rc = _kr_talent_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrKeyPosition *k = g_new0 (KrKeyPosition, 1);

      k->position_id = sqlite3_column_int64 (stmt, 0);
      k->position_name = _kr_column_dup_text (stmt, 1);
      _kr_position_kind_from_code ((const char *) sqlite3_column_text (stmt, 2), &k->position_kind);
      k->unit_id = sqlite3_column_int64 (stmt, 3);
      k->unit_name = _kr_column_dup_text (stmt, 4);
      k->is_head = sqlite3_column_int (stmt, 5) != 0;
      k->plan_id = sqlite3_column_int64 (stmt, 6);
      g_ptr_array_add (list, k);
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}

static gboolean
load_programmes (KrTalentRepository *self, gint64 employee_id, guint *programmes, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_programmes, error);
  int rc;

  *programmes = 0;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, employee_id);
  while ((rc = _kr_talent_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrLeadershipProgramme p;

      if (kr_leadership_programme_from_code ((const char *) sqlite3_column_text (stmt, 0), &p))
        *programmes |= 1u << p;
    }
  return rc == SQLITE_DONE;
}

/* The readiness the rules suggest for @s (its golongan and position kind read) */
gboolean
_kr_talent_suggest_readiness (KrTalentRepository *self,
                              KrSuccessor *s,
                              gboolean has_position,
                              KrPositionKind position_kind,
                              KrPositionKind target_kind,
                              KrPositionLevel target_level,
                              GPtrArray *gaps,
                              GError **error)
{
  KrSuccessorFacts facts = { 0 };

  facts.target_kind = target_kind;
  facts.target_level = target_level;
  facts.has_rank = s->has_golongan;
  facts.rank = s->golongan;
  facts.has_position = has_position;
  facts.position_kind = position_kind;
  if (!load_programmes (self, s->employee_id, &facts.programmes, error))
    return FALSE;
  s->suggested = kr_talent_successor_readiness (&facts, gaps);
  return TRUE;
}

static gboolean
load_successors (KrTalentRepository *self, KrSuccessionPlan *plan, guint year, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_successors, error);
  g_autoptr (GArray) kinds = g_array_new (FALSE, FALSE, sizeof (gint));
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan->id);
  while ((rc = _kr_talent_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrSuccessor *s = g_new0 (KrSuccessor, 1);
      KrPositionKind kind;
      gint k = -1;

      s->id = sqlite3_column_int64 (stmt, 0);
      s->plan_id = sqlite3_column_int64 (stmt, 1);
      s->employee_id = sqlite3_column_int64 (stmt, 2);
      kr_successor_readiness_from_code ((const char *) sqlite3_column_text (stmt, 3),
                                        &s->readiness);
      s->rank = (guint) sqlite3_column_int (stmt, 4);
      s->gaps = _kr_column_dup_text (stmt, 5);
      s->nip = _kr_column_dup_text (stmt, 6);
      s->name = _kr_talent_full_name ((const char *) sqlite3_column_text (stmt, 8),
                                      (const char *) sqlite3_column_text (stmt, 7),
                                      (const char *) sqlite3_column_text (stmt, 9));
      s->unit_name = _kr_column_dup_text (stmt, 10);
      s->position_name = _kr_column_dup_text (stmt, 11);
      s->has_golongan = sqlite3_column_type (stmt, 12) != SQLITE_NULL &&
                        kr_rank_from_code ((guint) sqlite3_column_int (stmt, 12), &s->golongan);
      if (_kr_position_kind_from_code ((const char *) sqlite3_column_text (stmt, 13), &kind))
        k = kind;
      g_array_append_val (kinds, k);
      if (s->readiness == KR_SUCCESSOR_READINESS_NOW)
        plan->n_ready_now++;
      g_ptr_array_add (plan->successors, s);
    }
  if (rc != SQLITE_DONE)
    return FALSE;
  for (guint i = 0; i < plan->successors->len; i++)
    {
      KrSuccessor *s = g_ptr_array_index (plan->successors, i);
      gint k = g_array_index (kinds, gint, i);
      KrTalentStatus status;

      if (!_kr_talent_suggest_readiness (self, s, k >= 0, k >= 0 ? (KrPositionKind) k : 0,
                                         plan->position_kind, plan->position_level, NULL, error) ||
          !_kr_talent_classify_one (self, s->employee_id, year, &status, &s->box, error))
        return FALSE;
      s->excluded = status == KR_TALENT_STATUS_EXCLUDED;
    }
  plan->gap = kr_succession_gap_for (plan->successors->len, plan->n_ready_now);
  return TRUE;
}

static gboolean
load_holder (KrTalentRepository *self, KrSuccessionPlan *plan, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_holder, error);
  GDate birth;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan->position_id);
  rc = _kr_talent_step (self, stmt, error);
  if (rc != SQLITE_ROW)
    return rc == SQLITE_DONE;
  plan->holder_id = sqlite3_column_int64 (stmt, 0);
  plan->holder_nip = _kr_column_dup_text (stmt, 1);
  plan->holder_name = _kr_talent_full_name ((const char *) sqlite3_column_text (stmt, 3),
                                            (const char *) sqlite3_column_text (stmt, 2),
                                            (const char *) sqlite3_column_text (stmt, 4));
  _kr_column_date (stmt, 5, &birth);
  if (g_date_valid (&birth))
    {
      guint bup = kr_position_get_bup (plan->position_kind, plan->position_level, &birth);

      if (bup > 0)
        kr_position_retirement_date (&birth, bup, &plan->holder_retirement);
    }
  return TRUE;
}

static GPtrArray *
read_plans (KrTalentRepository *self,
            gint64 plan_id,
            gint64 unit_id,
            gboolean subtree,
            gboolean gaps_only,
            GError **error)
{
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GPtrArray) kept = NULL;
  guint year;
  int rc;

  if (!kr_talent_repository_get_latest_year (self, &year, error))
    return NULL;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_succession_plan_free);
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_plans, error);

    if (stmt == NULL)
      return NULL;
    bind_position_filter (self, stmt, unit_id, subtree);
    sqlite3_bind_int64 (stmt, 4, plan_id);
    while ((rc = _kr_talent_step (self, stmt, error)) == SQLITE_ROW)
      {
        KrSuccessionPlan *plan = kr_succession_plan_new ();

        plan->id = sqlite3_column_int64 (stmt, 0);
        plan->position_id = sqlite3_column_int64 (stmt, 1);
        plan->note = _kr_column_dup_text (stmt, 2);
        plan->position_name = _kr_column_dup_text (stmt, 3);
        _kr_position_kind_from_code ((const char *) sqlite3_column_text (stmt, 4),
                                     &plan->position_kind);
        plan->position_level =
            _kr_position_level_from_code ((const char *) sqlite3_column_text (stmt, 5));
        plan->unit_id = sqlite3_column_int64 (stmt, 6);
        plan->unit_name = _kr_column_dup_text (stmt, 7);
        plan->n_holders = (guint) sqlite3_column_int (stmt, 8);
        g_ptr_array_add (list, plan);
      }
    if (rc != SQLITE_DONE)
      return NULL;
  }
  kept = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_succession_plan_free);
  for (guint i = 0; i < list->len; i++)
    {
      KrSuccessionPlan *plan = g_ptr_array_index (list, i);

      if (!load_holder (self, plan, error) || !load_successors (self, plan, year, error))
        return NULL;
      if (!gaps_only || plan->gap != KR_SUCCESSION_GAP_NONE)
        g_ptr_array_add (kept, g_ptr_array_steal_index (list, i--));
    }
  return g_steal_pointer (&kept);
}

GPtrArray *
kr_talent_repository_list_plans (KrTalentRepository *self,
                                 gint64 unit_id,
                                 gboolean subtree,
                                 gboolean gaps_only,
                                 GError **error)
{
  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), NULL);

  if (!_kr_talent_check_read (self, error) ||
      (unit_id != 0 && !_kr_database_check_in_scope (self->database, unit_id, error)))
    return NULL;
  return read_plans (self, 0, unit_id, subtree, gaps_only, error);
}

gboolean
_kr_talent_plan_in_scope (KrTalentRepository *self, gint64 id, GError **error)
{
  gint64 unit_id = 0;

  if (!_kr_statements_count (self->statements, sql_plan_unit, id, &unit_id, error))
    return FALSE;
  if (unit_id == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                   _ ("The succession plan %lld does not exist; it may have been deleted"),
                   (long long) id);
      return FALSE;
    }
  return _kr_database_check_in_scope (self->database, unit_id, error);
}

KrSuccessionPlan *
kr_talent_repository_get_plan (KrTalentRepository *self, gint64 id, GError **error)
{
  g_autoptr (GPtrArray) list = NULL;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), NULL);

  if (!_kr_talent_check_read (self, error) || !_kr_talent_plan_in_scope (self, id, error))
    return NULL;
  list = read_plans (self, id, 0, FALSE, FALSE, error);
  if (list == NULL)
    return NULL;
  if (list->len == 0)
    {
      _kr_talent_plan_in_scope (self, -1, error);
      return NULL;
    }
  return g_ptr_array_steal_index (list, 0);
}

/* Writes */

gboolean
_kr_talent_finish (KrTalentRepository *self,
                   gboolean own,
                   gboolean ok,
                   KrTalentChange mask,
                   GError **error)
{
  if (!_kr_statements_end (self->statements, own, ok, ok ? error : NULL))
    return FALSE;
  _kr_talent_repository_emit_changed (self, mask);
  return TRUE;
}

gboolean
kr_talent_repository_create_plan (KrTalentRepository *self,
                                  gint64 position_id,
                                  const char *note,
                                  gint64 *id,
                                  GError **error)
{
  g_autofree char *text = _kr_strip_dup (note);
  g_auto (KrStmt) pos = NULL;
  g_auto (KrStmt) stmt = NULL;
  gint64 unit_id;
  gboolean key, has_plan, own, ok;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), FALSE);

  if (!_kr_talent_check_write (self, error) ||
      !kr_text_check_length (text, KR_TEXT_MAX_NOTE, _ ("Note"), error))
    return FALSE;
  pos = _kr_statements_get (self->statements, sql_position, error);
  if (pos == NULL)
    return FALSE;
  sqlite3_bind_int64 (pos, 1, position_id);
  switch (_kr_talent_step (self, pos, error))
    {
    case SQLITE_ROW:
      break;
    case SQLITE_DONE:
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, _ ("Position: no position with id %lld"),
                   (long long) position_id);
      return FALSE;
    default:
      return FALSE;
    }
  unit_id = sqlite3_column_int64 (pos, 0);
  key = sqlite3_column_int (pos, 1) != 0;
  has_plan = sqlite3_column_type (pos, 2) != SQLITE_NULL;
  if (!_kr_database_check_in_scope (self->database, unit_id, error))
    return FALSE;
  if (!key)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Position: only JPT, administrator and unit head positions have succession "
                      "plans"));
      return FALSE;
    }
  if (has_plan)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                   _ ("Position: the position already has a succession plan"));
      return FALSE;
    }
  stmt = _kr_statements_get (self->statements, sql_insert_plan, error);
  if (stmt == NULL || !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, position_id);
  _kr_bind_text (stmt, 2, text);
  ok = _kr_talent_run (self, stmt, error);
  if (ok && id != NULL)
    *id = _kr_statements_last_insert_id (self->statements);
  return _kr_talent_finish (self, own, ok, KR_TALENT_CHANGE_PLANS, error);
}

gboolean
kr_talent_repository_set_plan_note (KrTalentRepository *self,
                                    gint64 id,
                                    const char *note,
                                    GError **error)
{
  g_autofree char *text = _kr_strip_dup (note);
  g_auto (KrStmt) stmt = NULL;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), FALSE);

  if (!_kr_talent_check_write (self, error) ||
      !kr_text_check_length (text, KR_TEXT_MAX_NOTE, _ ("Note"), error) ||
      !_kr_talent_plan_in_scope (self, id, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql_plan_note, error);
  if (stmt == NULL || !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  _kr_bind_text (stmt, 2, text);
  ok = _kr_talent_run (self, stmt, error);
  return _kr_talent_finish (self, own, ok, KR_TALENT_CHANGE_PLANS, error);
}

gboolean
kr_talent_repository_delete_plan (KrTalentRepository *self, gint64 id, GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), FALSE);

  if (!_kr_talent_check_write (self, error) || !_kr_talent_plan_in_scope (self, id, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql_delete_plan, error);
  if (stmt == NULL || !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  ok = _kr_talent_run (self, stmt, error);
  return _kr_talent_finish (self, own, ok, KR_TALENT_CHANGE_PLANS | KR_TALENT_CHANGE_SUCCESSORS,
                            error);
}

/* The successors of @plan_id in order, as ids */
