/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-training-session-view.h"

G_BEGIN_DECLS

struct _KrTrainingSessionView
{
  AdwBin parent_instance;

  KrTrainingRepository *training;
  KrEmployeeRepository *employees;
  KrUnitRepository *units;
  KrEmployeesQueryFunc query_func;
  gpointer query_data;
  KrTrainingSession *session;
  GListStore *enrolments;
  GtkMultiSelection *selection;
  /* Set while the view sets the status drop-down itself */
  gboolean filling;

  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkDropDown *status_dropdown;
  GtkLabel *seats_label;
  GtkWidget *nominate_button;
  GtkStack *enrolments_stack;
  GtkColumnView *column_view;
  GtkLabel *selection_label;
};

/* kr-training-session-moves.c: session.approve, .attend, .complete, .no-show, .withdraw,
 * .renominate, .uncomplete, .remove, .print */
void _kr_training_session_view_class_add_moves (GtkWidgetClass *widget_class);
void _kr_training_session_view_update_moves (KrTrainingSessionView *self);

/* The selected enrolments (element-type KrEnrolment, transfer container) */
GPtrArray *_kr_training_session_view_get_selected (KrTrainingSessionView *self);

/* Shows a failure in a dialog over the view's window. */
void _kr_training_session_view_show_error (KrTrainingSessionView *self,
                                           const char *heading,
                                           const GError *error);

/* Moves the enrolments to @to in one call (move_many), or one by one with @jp and the
 * certificate for completed; shows a toast or the error. */
gboolean _kr_training_session_view_move (KrTrainingSessionView *self,
                                         GPtrArray *enrolments,
                                         KrEnrolmentState to,
                                         const char *reason,
                                         guint jp,
                                         const char *certificate_number,
                                         const char *certificate_date);

G_END_DECLS
