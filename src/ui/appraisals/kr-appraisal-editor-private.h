/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-appraisal-editor.h"

G_BEGIN_DECLS

struct _KrAppraisalEditor
{
  GtkBox parent_instance;

  KrDatabase *database;
  KrAppraisalRepository *repository;
  KrEmployeeRepository *employees;
  GtkFileChooserNative *chooser;

  /* The copies the forms edit, and whether they differ from what is stored. */
  KrAppraisal *plan;
  KrAppraisalEvaluation *evaluation;
  KrAppraisalState annual_state;
  gboolean plan_dirty;
  gboolean evaluation_dirty;
  gboolean plan_editable;
  gboolean evaluation_editable;
  /* Set while the forms are filled, when changes are not the user's. */
  gboolean filling;
  /* The row the plan's error is shown on. */
  GtkWidget *plan_error_row;

  AdwHeaderBar *header_bar;
  GtkWidget *back_button;
  AdwViewSwitcherTitle *switcher_title;
  GtkWidget *save_button;
  GtkRevealer *final_banner;
  GtkLabel *banner_label;
  GtkWidget *banner_reopen_button;
  GtkLabel *name_label;
  GtkLabel *detail_label;
  GtkLabel *queue_label;
  GtkLabel *state_label;
  GtkLabel *predikat_label;
  AdwViewStack *view_stack;
  GtkBox *plan_box;
  GtkBox *evaluation_box;
  GtkBox *workflow_box;

  /* kr-appraisal-editor-plan.c */
  GtkLabel *plan_error_label;
  /* kr-appraisal-editor-evaluation.c */
  AdwComboRow *results_rating_row;
  AdwComboRow *behaviour_rating_row;
  GtkLabel *live_predikat_label;
  /* kr-appraisal-editor-feedback.c: read with the evaluation. The 360 feedback (NULL when it
   * could not be read: feedback_error says why), the unit's SKM survey of the year (NULL:
   * none) and its organisational result of the period. */
  GPtrArray *peer_feedback;
  char *feedback_error;
  gboolean feedback_writable;
  KrSkmSurvey *skm;
  gboolean has_organisation_result;
  KrOrganisationResult organisation_result;
  char *unit_results_error;
  GtkListBox *feedback_list;
  GtkWidget *add_feedback_button;
  AdwActionRow *skm_row;
  AdwActionRow *organisation_row;
  /* The feedback just deleted, while its Undo toast shows. */
  KrPeerFeedback *undo_feedback;
  AdwToast *undo_toast;
};

/* kr-appraisal-editor.c */
void _kr_appraisal_editor_changed (KrAppraisalEditor *self, gboolean plan);
void
_kr_appraisal_editor_show_error (KrAppraisalEditor *self, const char *title, const GError *error);

/* kr-appraisal-editor-plan.c: builds the plan tab from self->plan; checks it, marking the row
 * of the first problem. */
void _kr_appraisal_editor_build_plan (KrAppraisalEditor *self);
gboolean _kr_appraisal_editor_check_plan (KrAppraisalEditor *self);

/* kr-appraisal-editor-evaluation.c: the evaluation tab from self->evaluation and the plan;
 * the live predikat. */
void _kr_appraisal_editor_build_evaluation (KrAppraisalEditor *self);
void _kr_appraisal_editor_update_predikat (KrAppraisalEditor *self);

/* kr-appraisal-editor-feedback.c: reads what the evaluation tab shows beside the evaluation
 * (360 feedback, the unit's SKM survey and organisational result; failures are shown in
 * place); adds their groups; forgets them. */
void _kr_appraisal_editor_load_feedback (KrAppraisalEditor *self);
void _kr_appraisal_editor_add_unit_results (KrAppraisalEditor *self);
void _kr_appraisal_editor_add_feedback (KrAppraisalEditor *self);
void _kr_appraisal_editor_clear_feedback (KrAppraisalEditor *self);
void _kr_appraisal_editor_class_add_feedback_actions (GtkWidgetClass *widget_class);

/* kr-appraisal-editor-workflow.c: the workflow tab; asking for a reason. */
void _kr_appraisal_editor_build_workflow (KrAppraisalEditor *self);
void _kr_appraisal_editor_ask_action (KrAppraisalEditor *self, KrAppraisalAction action);

/* Text of an entry row without surrounding spaces, NULL when empty. */
char *_kr_appraisal_editor_dup_text (GtkEditable *editable);

G_END_DECLS
