/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-selection"

#include "config.h"

#include "kr-selection.h"

/* The plain values of an open selection: constructors, copies and frees. */

KrSelection *
kr_selection_new (void)
{
  KrSelection *selection = g_new0 (KrSelection, 1);

  g_date_clear (&selection->opens_on, 1);
  g_date_clear (&selection->closes_on, 1);
  return selection;
}

void
kr_selection_free (KrSelection *selection)
{
  if (selection == NULL)
    return;
  g_free (selection->title);
  g_free (selection->panel_decree);
  g_free (selection->notes);
  g_free (selection->position_name);
  g_free (selection->unit_name);
  g_free (selection);
}

KrSelection *
kr_selection_copy (const KrSelection *selection)
{
  KrSelection *copy;

  g_return_val_if_fail (selection != NULL, NULL);
  copy = g_memdup2 (selection, sizeof *selection);
  copy->title = g_strdup (selection->title);
  copy->panel_decree = g_strdup (selection->panel_decree);
  copy->notes = g_strdup (selection->notes);
  copy->position_name = g_strdup (selection->position_name);
  copy->unit_name = g_strdup (selection->unit_name);
  return copy;
}

KrSelectionStage *
kr_selection_stage_new (void)
{
  KrSelectionStage *stage = g_new0 (KrSelectionStage, 1);

  g_date_clear (&stage->published_on, 1);
  return stage;
}

void
kr_selection_stage_free (KrSelectionStage *stage)
{
  if (stage == NULL)
    return;
  g_free (stage->name);
  g_free (stage);
}

KrSelectionStage *
kr_selection_stage_copy (const KrSelectionStage *stage)
{
  KrSelectionStage *copy;

  g_return_val_if_fail (stage != NULL, NULL);
  copy = g_memdup2 (stage, sizeof *stage);
  copy->name = g_strdup (stage->name);
  return copy;
}

gboolean
kr_selection_stage_is_published (const KrSelectionStage *stage)
{
  g_return_val_if_fail (stage != NULL, FALSE);
  return g_date_valid (&stage->published_on);
}

KrSelectionPanelMember *
kr_selection_panel_member_new (void)
{
  KrSelectionPanelMember *member = g_new0 (KrSelectionPanelMember, 1);

  member->role = KR_PANEL_ROLE_MEMBER;
  return member;
}

void
kr_selection_panel_member_free (KrSelectionPanelMember *member)
{
  if (member == NULL)
    return;
  g_free (member->name);
  g_free (member->institution);
  g_free (member->nip);
  g_free (member->position_name);
  g_free (member);
}

KrSelectionPanelMember *
kr_selection_panel_member_copy (const KrSelectionPanelMember *member)
{
  KrSelectionPanelMember *copy;

  g_return_val_if_fail (member != NULL, NULL);
  copy = g_memdup2 (member, sizeof *member);
  copy->name = g_strdup (member->name);
  copy->institution = g_strdup (member->institution);
  copy->nip = g_strdup (member->nip);
  copy->position_name = g_strdup (member->position_name);
  return copy;
}

KrSelectionCandidate *
kr_selection_candidate_new (void)
{
  return g_new0 (KrSelectionCandidate, 1);
}

void
kr_selection_candidate_free (KrSelectionCandidate *candidate)
{
  if (candidate == NULL)
    return;
  g_free (candidate->registration_number);
  g_free (candidate->name);
  g_free (candidate->nip);
  g_free (candidate->origin);
  g_free (candidate->unit_name);
  g_free (candidate->position_name);
  g_free (candidate);
}

KrSelectionCandidate *
kr_selection_candidate_copy (const KrSelectionCandidate *candidate)
{
  KrSelectionCandidate *copy;

  g_return_val_if_fail (candidate != NULL, NULL);
  copy = g_memdup2 (candidate, sizeof *candidate);
  copy->registration_number = g_strdup (candidate->registration_number);
  copy->name = g_strdup (candidate->name);
  copy->nip = g_strdup (candidate->nip);
  copy->origin = g_strdup (candidate->origin);
  copy->unit_name = g_strdup (candidate->unit_name);
  copy->position_name = g_strdup (candidate->position_name);
  return copy;
}

void
kr_selection_score_free (KrSelectionScore *score)
{
  if (score == NULL)
    return;
  g_free (score->note);
  g_free (score);
}

void
kr_selection_ranking_row_free (KrSelectionRankingRow *row)
{
  if (row == NULL)
    return;
  g_free (row->registration_number);
  g_free (row->name);
  g_free (row->nip);
  g_free (row->origin);
  g_free (row->scores);
  g_free (row->scored);
  g_free (row);
}

gboolean
kr_selection_ranking_row_passed (const KrSelectionRankingRow *row, guint stage_index)
{
  g_return_val_if_fail (row != NULL, FALSE);
  if (row->withdrawn || stage_index >= row->n_stages || !row->scored[stage_index])
    return FALSE;
  return row->eliminated_at < 0 || (guint) row->eliminated_at > stage_index;
}

void
kr_selection_ranking_free (KrSelectionRanking *ranking)
{
  if (ranking == NULL)
    return;
  kr_selection_free (ranking->selection);
  g_clear_pointer (&ranking->stages, g_ptr_array_unref);
  g_clear_pointer (&ranking->rows, g_ptr_array_unref);
  g_free (ranking);
}

void
kr_selection_conflict_free (KrSelectionConflict *conflict)
{
  if (conflict == NULL)
    return;
  g_free (conflict->member_name);
  g_free (conflict->candidate_name);
  g_free (conflict->registration_number);
  g_free (conflict->head_position_name);
  g_free (conflict->head_unit_name);
  g_free (conflict);
}
