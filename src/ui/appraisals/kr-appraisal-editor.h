/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-appraisal-repository.h"
#include "kr-employee-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_APPRAISAL_EDITOR (kr_appraisal_editor_get_type ())

G_DECLARE_FINAL_TYPE (KrAppraisalEditor, kr_appraisal_editor, KR, APPRAISAL_EDITOR, GtkBox)

/* One evaluation and the plan it measures, in three tabs: the plan (work results, indicators,
 * BerAKHLAK expectations, appraisers), the evaluation (realisation, feedback, the two ratings
 * and the predikat they make) and the workflow (its steps, and the actions the signed-in
 * identity may take). Save (Ctrl+S) writes both; Ctrl+Return marks it reviewed and moves on
 * to the next of the list (appraisals.next-after-change, which the page provides). A final
 * evaluation is shown read-only. */
GtkWidget *kr_appraisal_editor_new (void);

void kr_appraisal_editor_set_repositories (KrAppraisalEditor *self,
                                           KrDatabase *database,
                                           KrAppraisalRepository *appraisals,
                                           KrEmployeeRepository *employees);

/* Reads the appraisal and its evaluation @evaluation_id; the editor then shows them. */
gboolean kr_appraisal_editor_load (KrAppraisalEditor *self,
                                   gint64 appraisal_id,
                                   gint64 evaluation_id,
                                   GError **error);

/* Shows "@position + 1 of @count" (the review queue). */
void kr_appraisal_editor_set_queue (KrAppraisalEditor *self, guint position, guint count);

/* Shows the back button's window title buttons as the window's sidebar is folded. */
void kr_appraisal_editor_set_folded (KrAppraisalEditor *self, gboolean folded);

/* For tests and the page: what the editor holds (the edited copies). */
const KrAppraisal *kr_appraisal_editor_get_plan (KrAppraisalEditor *self);
const KrAppraisalEvaluation *kr_appraisal_editor_get_evaluation (KrAppraisalEditor *self);
gboolean kr_appraisal_editor_get_read_only (KrAppraisalEditor *self);

/* Saves what was changed, as the Save action does. */
gboolean kr_appraisal_editor_save (KrAppraisalEditor *self, GError **error);

/* Takes @action with @reason (needed where kr_appraisal_action_needs_reason ()), saving
 * first, as the workflow buttons do once the reason is given. */
gboolean kr_appraisal_editor_apply (KrAppraisalEditor *self,
                                    KrAppraisalAction action,
                                    const char *reason,
                                    GError **error);

G_END_DECLS
