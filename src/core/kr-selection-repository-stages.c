/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-selection-repository"

#include "config.h"

#include "kr-selection-repository-private.h"

#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-text.h"

/* Stages: their weights, pass marks and publication. */

static const char sql_stages[] =
    "SELECT id, selection_id, seq, kind, name, weight, pass_mark, published_on FROM "
    "selection_stage WHERE selection_id = ?1 ORDER BY seq";
static const char sql_stage_owner[] = "SELECT selection_id FROM selection_stage WHERE id = ?";
static const char sql_insert_stage[] =
    "INSERT INTO selection_stage (selection_id, seq, kind, name, weight, pass_mark) VALUES (?1, "
    "(SELECT coalesce (max (seq), 0) + 1 FROM selection_stage WHERE selection_id = ?1), ?2, ?3, "
    "?4, ?5)";
static const char sql_update_stage[] =
    "UPDATE selection_stage SET kind = ?2, name = ?3, weight = ?4, pass_mark = ?5 WHERE id = ?1";
static const char sql_delete_stage[] = "DELETE FROM selection_stage WHERE id = ?1";
/* Renumbering in two steps keeps UNIQUE (selection_id, seq) true after every row */
static const char sql_shift_up[] =
    "UPDATE selection_stage SET seq = seq + 100000 WHERE selection_id = ?1 AND seq > ?2";
static const char sql_shift_down[] =
    "UPDATE selection_stage SET seq = seq - 100001 WHERE selection_id = ?1 AND seq > 100000";
static const char sql_publish[] = "UPDATE selection_stage SET published_on = ?2 WHERE id = ?1";

static KrSelectionStage *
read_stage (sqlite3_stmt *stmt)
{
  KrSelectionStage *g = kr_selection_stage_new ();

  g->id = sqlite3_column_int64 (stmt, 0);
  g->selection_id = sqlite3_column_int64 (stmt, 1);
  g->seq = (guint) sqlite3_column_int (stmt, 2);
  kr_selection_stage_kind_from_code ((const char *) sqlite3_column_text (stmt, 3), &g->kind);
  g->name = _kr_column_dup_text (stmt, 4);
  g->weight = sqlite3_column_double (stmt, 5);
  g->has_pass_mark = sqlite3_column_type (stmt, 6) != SQLITE_NULL;
  g->pass_mark = g->has_pass_mark ? sqlite3_column_double (stmt, 6) : 0;
  _kr_column_date (stmt, 7, &g->published_on);
  return g;
}

GPtrArray *
_kr_selection_load_stages (KrSelectionRepository *self, gint64 id, GError **error)
{
  g_autoptr (GPtrArray) list = NULL;
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_stages, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_selection_stage_free);
  while ((rc = _kr_selection_step (self, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (list, read_stage (stmt));
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}

void
_kr_selection_stage_facts (GPtrArray *stages, KrSelectionStageFacts *facts)
{
  for (guint i = 0; i < stages->len; i++)
    {
      const KrSelectionStage *g = g_ptr_array_index (stages, i);

      facts[i].kind = g->kind;
      facts[i].weight = g->weight;
      facts[i].has_pass_mark = g->has_pass_mark;
      facts[i].pass_mark = g->pass_mark;
      facts[i].published = g_date_valid (&g->published_on);
    }
}

GPtrArray *
kr_selection_repository_list_stages (KrSelectionRepository *self,
                                     gint64 selection_id,
                                     GError **error)
{
  g_autoptr (KrSelection) s = NULL;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), NULL);

  s = _kr_selection_load_readable (self, selection_id, error);
  if (s == NULL)
    return NULL;
  return _kr_selection_load_stages (self, selection_id, error);
}

/* Stage writes */

static KrSelection *
load_for_stage_write (KrSelectionRepository *self, gint64 selection_id, GError **error)
{
  g_autoptr (KrSelection) s = NULL;

  if (!_kr_selection_check_write (self, error))
    return NULL;
  s = _kr_selection_load (self, selection_id, error);
  if (s == NULL || !_kr_selection_check_not_final (s, error))
    return NULL;
  if (s->n_stages_published > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Stage: a stage is published; the stages can no longer change"));
      return NULL;
    }
  return g_steal_pointer (&s);
}

gboolean
_kr_selection_stage_owner (KrSelectionRepository *self,
                           gint64 id,
                           gint64 *selection_id,
                           GError **error)
{
  if (!_kr_statements_count (self->statements, sql_stage_owner, id, selection_id, error))
    return FALSE;
  if (*selection_id != 0)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, _ ("Stage: no stage with id %lld"),
               (long long) id);
  return FALSE;
}

static gboolean
check_stage (KrSelectionRepository *self,
             const KrSelection *s,
             const KrSelectionStage *stage,
             char **name,
             GError **error)
{
  g_autoptr (GPtrArray) stages = NULL;

  if ((guint) stage->kind >= KR_N_SELECTION_STAGE_KINDS)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Kind: choose the kind of stage"));
      return FALSE;
    }
  if (!kr_selection_check_stage_weight (s->jpt, stage->kind, stage->weight, error))
    return FALSE;
  if (stage->has_pass_mark && !kr_selection_check_score (stage->pass_mark, _ ("Pass mark"), error))
    return FALSE;
  if (!kr_text_check_length (stage->name, KR_TEXT_MAX_NAME, _ ("Name on announcements"), error))
    return FALSE;
  *name = _kr_strip_dup (stage->name);
  if (*name == NULL && kr_selection_stage_kind_get_official_name (stage->kind) != NULL)
    *name = g_strdup (kr_selection_stage_kind_get_official_name (stage->kind));
  if (*name == NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Name: enter the name of the stage"));
      return FALSE;
    }
  if (!s->jpt)
    return TRUE;
  stages = _kr_selection_load_stages (self, s->id, error);
  if (stages == NULL)
    return FALSE;
  for (guint i = 0; i < stages->len; i++)
    {
      const KrSelectionStage *other = g_ptr_array_index (stages, i);

      if (other->id != stage->id && other->kind == stage->kind)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("Kind: the selection already has the stage “%s”"), other->name);
          return FALSE;
        }
    }
  return TRUE;
}

/* An opened selection's stages must stay valid (the weights were announced) */
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
                 _ ("Stage: the selection is open and the change would leave it invalid: %s"),
                 local->message);
  else
    g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

gboolean
kr_selection_repository_save_stage (KrSelectionRepository *self,
                                    KrSelectionStage *stage,
                                    GError **error)
{
  g_autoptr (KrSelection) s = NULL;
  g_autofree char *name = NULL;
  gint64 selection_id, new_id;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), FALSE);
  g_return_val_if_fail (stage != NULL, FALSE);

  if (!_kr_selection_check_write (self, error))
    return FALSE;
  selection_id = stage->selection_id;
  if (stage->id != 0 && !_kr_selection_stage_owner (self, stage->id, &selection_id, error))
    return FALSE;
  s = load_for_stage_write (self, selection_id, error);
  if (s == NULL || !check_stage (self, s, stage, &name, error))
    return FALSE;
  new_id = stage->id;
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  {
    g_auto (KrStmt) stmt = _kr_statements_get (
        self->statements, stage->id == 0 ? sql_insert_stage : sql_update_stage, error);

    ok = stmt != NULL;
    if (ok)
      {
        sqlite3_bind_int64 (stmt, 1, stage->id == 0 ? selection_id : stage->id);
        sqlite3_bind_text (stmt, 2, kr_selection_stage_kind_get_code (stage->kind), -1,
                           SQLITE_STATIC);
        _kr_bind_text (stmt, 3, name);
        sqlite3_bind_double (stmt, 4, stage->weight);
        if (stage->has_pass_mark)
          sqlite3_bind_double (stmt, 5, stage->pass_mark);
        else
          sqlite3_bind_null (stmt, 5);
        ok = _kr_selection_run (self, stmt, error);
        if (ok && stage->id == 0)
          new_id = _kr_statements_last_insert_id (self->statements);
      }
  }
  ok = ok && recheck (self, s, error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  stage->id = new_id;
  stage->selection_id = selection_id;
  g_free (stage->name);
  stage->name = g_steal_pointer (&name);
  _kr_selection_repository_emit_changed (self, KR_SELECTION_CHANGE_STAGES);
  return TRUE;
}

gboolean
_kr_selection_run_ids (KrSelectionRepository *self,
                       const char *sql,
                       gint64 a,
                       gint64 b,
                       GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a);
  if (sqlite3_bind_parameter_count (stmt) > 1)
    sqlite3_bind_int64 (stmt, 2, b);
  return _kr_selection_run (self, stmt, error);
}

gboolean
kr_selection_repository_delete_stage (KrSelectionRepository *self, gint64 id, GError **error)
{
  g_autoptr (KrSelection) s = NULL;
  g_autoptr (GPtrArray) stages = NULL;
  gint64 selection_id = 0;
  guint seq = 0;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), FALSE);

  if (!_kr_selection_check_write (self, error) ||
      !_kr_selection_stage_owner (self, id, &selection_id, error))
    return FALSE;
  s = load_for_stage_write (self, selection_id, error);
  if (s == NULL)
    return FALSE;
  stages = _kr_selection_load_stages (self, selection_id, error);
  if (stages == NULL)
    return FALSE;
  for (guint i = 0; i < stages->len; i++)
    if (((KrSelectionStage *) g_ptr_array_index (stages, i))->id == id)
      seq = ((KrSelectionStage *) g_ptr_array_index (stages, i))->seq;
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  ok = _kr_selection_run_ids (self, sql_delete_stage, id, 0, error) &&
       _kr_selection_run_ids (self, sql_shift_up, selection_id, seq, error) &&
       _kr_selection_run_ids (self, sql_shift_down, selection_id, 0, error) &&
       recheck (self, s, error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_selection_repository_emit_changed (self,
                                         KR_SELECTION_CHANGE_STAGES | KR_SELECTION_CHANGE_SCORES);
  return TRUE;
}

gboolean
kr_selection_repository_publish_stage (KrSelectionRepository *self,
                                       gint64 stage_id,
                                       const GDate *date,
                                       GError **error)
{
  g_autoptr (KrSelection) s = NULL;
  g_auto (KrSelectionMatrix) m = { 0 };
  gint64 selection_id = 0;
  const KrSelectionStage *stage;
  GDate today;
  int index;
  guint missing = 0;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), FALSE);

  if (!_kr_selection_check_write (self, error) ||
      !_kr_selection_stage_owner (self, stage_id, &selection_id, error))
    return FALSE;
  s = _kr_selection_load (self, selection_id, error);
  if (s == NULL)
    return FALSE;
  if (s->status != KR_SELECTION_STATUS_SCORING)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Stage: results are published while the selection is in scoring"));
      return FALSE;
    }
  _kr_selection_today (&today);
  if (date == NULL || !g_date_valid (date))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Published on: enter a valid date"));
      return FALSE;
    }
  if (g_date_compare (date, &today) > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Published on: the date is in the future"));
      return FALSE;
    }
  if (!_kr_selection_matrix_load (self, selection_id, &m, error))
    return FALSE;
  index = _kr_selection_index_of_id (m.stages, stage_id);
  stage = g_ptr_array_index (m.stages, index);
  if (m.facts[index].published)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Stage: the stage is already published"));
      return FALSE;
    }
  if (index > 0)
    {
      const KrSelectionStage *previous = g_ptr_array_index (m.stages, index - 1);

      if (!m.facts[index - 1].published)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Stage: publish the stage “%s” first"),
                       previous->name);
          return FALSE;
        }
      if (g_date_compare (date, &previous->published_on) < 0)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("Published on: the date is before the previous stage was published"));
          return FALSE;
        }
    }
  for (guint c = 0; c < m.candidates->len; c++)
    {
      const KrSelectionCandidate *candidate = g_ptr_array_index (m.candidates, c);

      if (candidate->status == KR_CANDIDATE_STATUS_REGISTERED &&
          !_kr_selection_eliminated_before (&m, c, (guint) index) &&
          !m.scored[c * m.stages->len + (guint) index])
        missing++;
    }
  if (missing > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   ngettext ("Stage: %u candidate has no score at “%s”",
                             "Stage: %u candidates have no score at “%s”", missing),
                   missing, stage->name);
      return FALSE;
    }
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_publish, error);

    ok = stmt != NULL;
    if (ok)
      {
        sqlite3_bind_int64 (stmt, 1, stage_id);
        _kr_bind_date (stmt, 2, date);
        ok = _kr_selection_run (self, stmt, error);
      }
  }
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_selection_repository_emit_changed (self, KR_SELECTION_CHANGE_STAGES);
  return TRUE;
}
