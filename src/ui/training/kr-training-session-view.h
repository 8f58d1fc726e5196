/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-employee-repository.h"
#include "kr-training-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_TRAINING_SESSION_VIEW (kr_training_session_view_get_type ())

G_DECLARE_FINAL_TYPE (KrTrainingSessionView,
                      kr_training_session_view,
                      KR,
                      TRAINING_SESSION_VIEW,
                      AdwBin)

/* Callback giving the Employees page's query when the user nominates from it (NULL: none). */
typedef const KrEmployeeQuery *(*KrEmployeesQueryFunc) (gpointer user_data);

/* One session of the catalogue: its facts and status, its participants (NIP, name, unit,
 * state, JP, certificate; several may be selected), nominating, the moves of their state, and
 * printing the participants list. */
GtkWidget *kr_training_session_view_new (void);

void kr_training_session_view_set_repositories (KrTrainingSessionView *self,
                                                KrTrainingRepository *training,
                                                KrEmployeeRepository *employees,
                                                KrUnitRepository *units);

void kr_training_session_view_set_employees_query_func (KrTrainingSessionView *self,
                                                        KrEmployeesQueryFunc func,
                                                        gpointer user_data);

/* Shows session @session_id (0: none); FALSE with @error when it cannot be read. */
gboolean
kr_training_session_view_load (KrTrainingSessionView *self, gint64 session_id, GError **error);

/* Reads the shown session and its participants again. */
void kr_training_session_view_reload (KrTrainingSessionView *self);

gint64 kr_training_session_view_get_session_id (KrTrainingSessionView *self);

/* The participants shown, a list of KrTrainingItem holding KrEnrolment; and their selection. */
GtkMultiSelection *kr_training_session_view_get_selection (KrTrainingSessionView *self);

G_END_DECLS
