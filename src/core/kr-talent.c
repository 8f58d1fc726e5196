/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-talent"

#include "config.h"

#include "kr-talent.h"

KrTalentAssessment *
kr_talent_assessment_new (void)
{
  KrTalentAssessment *a = g_new0 (KrTalentAssessment, 1);

  g_date_clear (&a->date, 1);
  a->potential = KR_TALENT_POTENTIAL_MEDIUM;
  return a;
}

void
kr_talent_assessment_free (KrTalentAssessment *assessment)
{
  if (assessment == NULL)
    return;
  g_free (assessment->assessor);
  g_free (assessment->note);
  g_free (assessment);
}

guint
kr_talent_grid_counts_placed (const KrTalentGridCounts *counts)
{
  guint n = 0;

  g_return_val_if_fail (counts != NULL, 0);
  for (guint i = 1; i <= 9; i++)
    n += counts->boxes[i];
  return n;
}

guint
kr_talent_grid_counts_in_pool (const KrTalentGridCounts *counts, GPtrArray *boxes_rows)
{
  guint n = 0;

  g_return_val_if_fail (counts != NULL && boxes_rows != NULL, 0);
  for (guint i = 0; i < boxes_rows->len; i++)
    {
      const KrTalentBox *box = g_ptr_array_index (boxes_rows, i);

      if (box->in_pool && box->number >= 1 && box->number <= 9)
        n += counts->boxes[box->number];
    }
  return n;
}

void
kr_talent_entry_free (KrTalentEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->nip);
  g_free (entry->name);
  g_free (entry->unit_name);
  g_free (entry->position_name);
  g_free (entry);
}

void
kr_successor_free (KrSuccessor *successor)
{
  if (successor == NULL)
    return;
  g_free (successor->gaps);
  g_free (successor->nip);
  g_free (successor->name);
  g_free (successor->unit_name);
  g_free (successor->position_name);
  g_free (successor);
}

KrSuccessionPlan *
kr_succession_plan_new (void)
{
  KrSuccessionPlan *plan = g_new0 (KrSuccessionPlan, 1);

  g_date_clear (&plan->holder_retirement, 1);
  plan->successors = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_successor_free);
  plan->gap = KR_SUCCESSION_GAP_NO_SUCCESSOR;
  return plan;
}

void
kr_succession_plan_free (KrSuccessionPlan *plan)
{
  if (plan == NULL)
    return;
  g_free (plan->note);
  g_free (plan->position_name);
  g_free (plan->unit_name);
  g_free (plan->holder_nip);
  g_free (plan->holder_name);
  g_clear_pointer (&plan->successors, g_ptr_array_unref);
  g_free (plan);
}

void
kr_key_position_free (KrKeyPosition *position)
{
  if (position == NULL)
    return;
  g_free (position->position_name);
  g_free (position->unit_name);
  g_free (position);
}
