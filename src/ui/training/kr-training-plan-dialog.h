/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-training-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_TRAINING_PLAN_DIALOG (kr_training_plan_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrTrainingPlanDialog,
                      kr_training_plan_dialog,
                      KR,
                      TRAINING_PLAN_DIALOG,
                      AdwWindow)

/* The training plan proposed for @unit_id (and the units below) in @year
 * (kr_training_repository_propose_plan (), read in a worker): how many employees are below the
 * duty, how many the plan covers and how many it cannot, its cost against the unit's budget,
 * and its nominations employee by employee. Apply nominates them all in one transaction
 * (kr_training_repository_apply_plan ()), then the dialog closes. Signal "applied" (guint
 * n_nominated). */
GtkWidget *kr_training_plan_dialog_new (GtkWindow *parent,
                                        KrTrainingRepository *training,
                                        gint64 unit_id,
                                        const char *unit_name,
                                        guint year);

/* For tests: whether the proposal is being read, the plan shown (NULL before), the summary
 * rows' values and whether Apply may be pressed. */
gboolean kr_training_plan_dialog_get_loading (KrTrainingPlanDialog *self);
const KrTrainingPlan *kr_training_plan_dialog_get_plan (KrTrainingPlanDialog *self);
gboolean kr_training_plan_dialog_can_apply (KrTrainingPlanDialog *self);

/* Applies, as the Apply button does: FALSE when it may not; else the nominations are written
 * in a worker, and the dialog emits "applied" (guint n_nominated) and closes, or shows why
 * they were refused in a toast and proposes again. */
gboolean kr_training_plan_dialog_apply (KrTrainingPlanDialog *self);

G_END_DECLS
