/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-database.h"
#include "kr-training-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_TRAINING_BUDGET_VIEW (kr_training_budget_view_get_type ())

G_DECLARE_FINAL_TYPE (KrTrainingBudgetView,
                      kr_training_budget_view,
                      KR,
                      TRAINING_BUDGET_VIEW,
                      AdwBin)

/* The training budgets of a year: each unit's allocation, committed, spent, pending and
 * available money; set a unit's allocation; propose a training plan for a unit (the plan dialog:
 * the nominations, who is covered and who is not, the cost against the budget, Apply nominates). */
GtkWidget *kr_training_budget_view_new (void);

/* Shows what the open database's signed-in identity may read; all NULL while none is open. */
void kr_training_budget_view_set_repositories (KrTrainingBudgetView *self,
                                               KrDatabase *database,
                                               KrTrainingRepository *training,
                                               KrUnitRepository *units);

/* The year shown (the current year at first). */
void kr_training_budget_view_set_year (KrTrainingBudgetView *self, guint year);

/* For tests: whether the budgets are being read, and those shown (KrTrainingBudget). */
gboolean kr_training_budget_view_get_loading (KrTrainingBudgetView *self);
GPtrArray *kr_training_budget_view_get_budgets (KrTrainingBudgetView *self);

G_END_DECLS
