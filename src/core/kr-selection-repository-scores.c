/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-selection-repository"

#include "config.h"

#include "kr-selection-repository-private.h"

#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-text.h"

/* Scores and the ranking. */

static const char sql_candidates[] =
    "SELECT id, selection_id, registration_number, employee_id, name, nip, origin, status FROM "
    "selection_candidate WHERE selection_id = ?1 ORDER BY registration_number";
static const char sql_scores[] =
    "SELECT sc.id, sc.candidate_id, sc.stage_id, sc.score, sc.note FROM selection_score sc JOIN "
    "selection_stage g ON g.id = sc.stage_id JOIN selection_candidate c ON c.id = "
    "sc.candidate_id WHERE g.selection_id = ?1 ORDER BY g.seq, c.registration_number";
static const char sql_candidate_owner[] =
    "SELECT selection_id FROM selection_candidate WHERE id = ?";
static const char sql_upsert_score[] =
    "INSERT INTO selection_score (candidate_id, stage_id, score, note) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT (candidate_id, stage_id) DO UPDATE SET score = excluded.score, note = "
    "excluded.note";
static const char sql_delete_score[] =
    "DELETE FROM selection_score WHERE candidate_id = ?1 AND stage_id = ?2";

/* The matrix of -private.h */

void
_kr_selection_matrix_clear (KrSelectionMatrix *m)
{
  g_clear_pointer (&m->stages, g_ptr_array_unref);
  g_clear_pointer (&m->candidates, g_ptr_array_unref);
  g_clear_pointer (&m->facts, g_free);
  g_clear_pointer (&m->scores, g_free);
  g_clear_pointer (&m->scored, g_free);
}

int
_kr_selection_index_of_id (GPtrArray *array, gint64 id)
{
  /* Both KrSelectionStage and KrSelectionCandidate start with their id */
  for (guint i = 0; i < array->len; i++)
    if (*(const gint64 *) g_ptr_array_index (array, i) == id)
      return (int) i;
  return -1;
}

gboolean
_kr_selection_matrix_load (KrSelectionRepository *self,
                           gint64 id,
                           KrSelectionMatrix *m,
                           GError **error)
{
  guint n_cells;
  int rc;

  m->stages = _kr_selection_load_stages (self, id, error);
  if (m->stages == NULL)
    return FALSE;
  m->facts = g_new0 (KrSelectionStageFacts, MAX (m->stages->len, 1));
  _kr_selection_stage_facts (m->stages, m->facts);
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_candidates, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, id);
    m->candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_selection_candidate_free);
    while ((rc = _kr_selection_step (self, stmt, error)) == SQLITE_ROW)
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
        g_ptr_array_add (m->candidates, c);
      }
    if (rc != SQLITE_DONE)
      return FALSE;
  }
  n_cells = MAX (m->stages->len * m->candidates->len, 1);
  m->scores = g_new0 (double, n_cells);
  m->scored = g_new0 (gboolean, n_cells);
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_scores, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, id);
    while ((rc = _kr_selection_step (self, stmt, error)) == SQLITE_ROW)
      {
        int c = _kr_selection_index_of_id (m->candidates, sqlite3_column_int64 (stmt, 1));
        int s = _kr_selection_index_of_id (m->stages, sqlite3_column_int64 (stmt, 2));

        if (c < 0 || s < 0)
          continue;
        m->scores[c * m->stages->len + s] = sqlite3_column_double (stmt, 3);
        m->scored[c * m->stages->len + s] = TRUE;
      }
    if (rc != SQLITE_DONE)
      return FALSE;
  }
  return TRUE;
}

/* Whether candidate @c was eliminated at one of the first @n_before stages */
gboolean
_kr_selection_eliminated_before (const KrSelectionMatrix *m, guint c, guint n_before)
{
  guint n = m->stages->len;

  return kr_selection_eliminated_at (m->facts, n_before, &m->scores[c * n], &m->scored[c * n]) >= 0;
}

/* Scores */

GPtrArray *
kr_selection_repository_list_scores (KrSelectionRepository *self,
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
  stmt = _kr_statements_get (self->statements, sql_scores, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, selection_id);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_selection_score_free);
  while ((rc = _kr_selection_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrSelectionScore *score = g_new0 (KrSelectionScore, 1);

      score->id = sqlite3_column_int64 (stmt, 0);
      score->candidate_id = sqlite3_column_int64 (stmt, 1);
      score->stage_id = sqlite3_column_int64 (stmt, 2);
      score->score = sqlite3_column_double (stmt, 3);
      score->note = _kr_column_dup_text (stmt, 4);
      g_ptr_array_add (list, score);
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}

/* The conditions of set_score and clear_score */
static gboolean
check_score_write (KrSelectionRepository *self,
                   gint64 candidate_id,
                   gint64 stage_id,
                   GError **error)
{
  g_autoptr (KrSelection) s = NULL;
  g_auto (KrSelectionMatrix) m = { 0 };
  gint64 selection_id = 0, stage_selection = 0;
  const KrSelectionCandidate *candidate;
  int c, g;

  if (!_kr_selection_check_write (self, error))
    return FALSE;
  if (!_kr_statements_count (self->statements, sql_candidate_owner, candidate_id, &selection_id,
                             error))
    return FALSE;
  if (selection_id == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, _ ("Candidate: no candidate with id %lld"),
                   (long long) candidate_id);
      return FALSE;
    }
  if (!_kr_selection_stage_owner (self, stage_id, &stage_selection, error))
    return FALSE;
  if (stage_selection != selection_id)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Stage: the stage belongs to another selection"));
      return FALSE;
    }
  s = _kr_selection_load (self, selection_id, error);
  if (s == NULL)
    return FALSE;
  if (s->status != KR_SELECTION_STATUS_SCORING)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Score: scores are entered while the selection is in scoring"));
      return FALSE;
    }
  if (!_kr_selection_matrix_load (self, selection_id, &m, error))
    return FALSE;
  c = _kr_selection_index_of_id (m.candidates, candidate_id);
  g = _kr_selection_index_of_id (m.stages, stage_id);
  candidate = g_ptr_array_index (m.candidates, c);
  if (m.facts[g].published)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Score: the stage “%s” is published; its scores are final"),
                   ((KrSelectionStage *) g_ptr_array_index (m.stages, g))->name);
      return FALSE;
    }
  if (g > 0 && !m.facts[g - 1].published)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Score: publish the stage “%s” before scoring the next one"),
                   ((KrSelectionStage *) g_ptr_array_index (m.stages, g - 1))->name);
      return FALSE;
    }
  if (candidate->status == KR_CANDIDATE_STATUS_WITHDRAWN)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Score: the candidate has withdrawn"));
      return FALSE;
    }
  if (_kr_selection_eliminated_before (&m, (guint) c, (guint) g))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Score: the candidate did not pass an earlier stage"));
      return FALSE;
    }
  return TRUE;
}

gboolean
kr_selection_repository_set_score (KrSelectionRepository *self,
                                   gint64 candidate_id,
                                   gint64 stage_id,
                                   double score,
                                   const char *note,
                                   GError **error)
{
  g_autofree char *clean = _kr_strip_dup (note);
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), FALSE);

  if (!check_score_write (self, candidate_id, stage_id, error) ||
      !kr_selection_check_score (score, NULL, error) ||
      !kr_text_check_length (note, KR_TEXT_MAX_NOTE, _ ("Note"), error))
    return FALSE;
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_upsert_score, error);

    ok = stmt != NULL;
    if (ok)
      {
        sqlite3_bind_int64 (stmt, 1, candidate_id);
        sqlite3_bind_int64 (stmt, 2, stage_id);
        sqlite3_bind_double (stmt, 3, score);
        _kr_bind_text (stmt, 4, clean);
        ok = _kr_selection_run (self, stmt, error);
      }
  }
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_selection_repository_emit_changed (self, KR_SELECTION_CHANGE_SCORES);
  return TRUE;
}

gboolean
kr_selection_repository_clear_score (KrSelectionRepository *self,
                                     gint64 candidate_id,
                                     gint64 stage_id,
                                     GError **error)
{
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), FALSE);

  if (!check_score_write (self, candidate_id, stage_id, error))
    return FALSE;
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  ok = _kr_selection_run_ids (self, sql_delete_score, candidate_id, stage_id, error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_selection_repository_emit_changed (self, KR_SELECTION_CHANGE_SCORES);
  return TRUE;
}

KrSelectionRanking *
kr_selection_repository_get_ranking (KrSelectionRepository *self,
                                     gint64 selection_id,
                                     GError **error)
{
  g_autoptr (KrSelectionRanking) ranking = NULL;
  g_auto (KrSelectionMatrix) m = { 0 };
  g_autofree KrSelectionRankEntry *entries = NULL;
  guint n_stages, n_candidates;
  gboolean final;

  g_return_val_if_fail (KR_IS_SELECTION_REPOSITORY (self), NULL);

  ranking = g_new0 (KrSelectionRanking, 1);
  ranking->selection = _kr_selection_load_readable (self, selection_id, error);
  if (ranking->selection == NULL || !_kr_selection_matrix_load (self, selection_id, &m, error))
    return NULL;
  n_stages = m.stages->len;
  n_candidates = m.candidates->len;
  final = n_stages > 0;
  for (guint i = 0; i < n_stages; i++)
    final = final && m.facts[i].published;

  entries = g_new0 (KrSelectionRankEntry, MAX (n_candidates, 1));
  for (guint c = 0; c < n_candidates; c++)
    {
      const KrSelectionCandidate *candidate = g_ptr_array_index (m.candidates, c);

      entries[c].id = (gint64) c; /* the index, mapped back below */
      entries[c].registration_number = candidate->registration_number;
      entries[c].withdrawn = candidate->status == KR_CANDIDATE_STATUS_WITHDRAWN;
      entries[c].scores = &m.scores[c * n_stages];
      entries[c].scored = &m.scored[c * n_stages];
    }
  kr_selection_rank (m.facts, n_stages, entries, n_candidates, final);

  ranking->final = final;
  ranking->stages = g_steal_pointer (&m.stages);
  ranking->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_selection_ranking_row_free);
  for (guint i = 0; i < n_candidates; i++)
    {
      const KrSelectionRankEntry *e = &entries[i];
      const KrSelectionCandidate *candidate = g_ptr_array_index (m.candidates, (guint) e->id);
      KrSelectionRankingRow *row = g_new0 (KrSelectionRankingRow, 1);

      row->candidate_id = candidate->id;
      row->registration_number = g_strdup (candidate->registration_number);
      row->name = g_strdup (candidate->name);
      row->nip = g_strdup (candidate->nip);
      row->origin = g_strdup (candidate->origin);
      row->employee_id = candidate->employee_id;
      row->withdrawn = e->withdrawn;
      row->n_stages = n_stages;
      row->scores = g_memdup2 (e->scores, sizeof (double) * MAX (n_stages, 1));
      row->scored = g_memdup2 (e->scored, sizeof (gboolean) * MAX (n_stages, 1));
      row->total = e->total;
      row->eliminated_at = e->eliminated_at;
      row->rank = e->rank;
      row->tied = e->tied;
      row->proposed = e->proposed;
      g_ptr_array_add (ranking->rows, row);
    }
  return g_steal_pointer (&ranking);
}
