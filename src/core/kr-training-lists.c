/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training"

#include "config.h"

#include "kr-training.h"

/* The rows of competence development's lists (kr-training.h): free. */

void
kr_training_history_item_free (KrTrainingHistoryItem *item)
{
  if (item == NULL)
    return;
  g_free (item->title);
  g_free (item->provider);
  g_free (item->start_date);
  g_free (item->end_date);
  g_free (item->certificate_number);
  g_free (item);
}

void
kr_compliance_row_free (KrComplianceRow *row)
{
  if (row == NULL)
    return;
  g_free (row->nip);
  g_free (row->name);
  g_free (row->unit);
  g_free (row->golongan);
  g_free (row);
}

void
kr_training_budget_free (KrTrainingBudget *budget)
{
  if (budget == NULL)
    return;
  g_free (budget->unit_name);
  g_free (budget);
}

void
kr_plan_item_free (KrPlanItem *item)
{
  if (item == NULL)
    return;
  g_free (item->nip);
  g_free (item->name);
  g_free (item->session_name);
  g_free (item->course_title);
  g_free (item->start_date);
  g_free (item);
}

void
kr_training_plan_free (KrTrainingPlan *plan)
{
  if (plan == NULL)
    return;
  g_clear_pointer (&plan->items, g_ptr_array_unref);
  g_free (plan);
}

void
kr_training_need_free (KrTrainingNeed *need)
{
  if (need == NULL)
    return;
  g_free (need->nip);
  g_free (need->name);
  g_free (need->unit);
  g_free (need->predikat_label);
  g_clear_pointer (&need->course_ids, g_array_unref);
  g_clear_pointer (&need->course_titles, g_ptr_array_unref);
  g_free (need);
}
