/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-employee-repository.h"
#include "kr-training-course-editor.h"
#include "kr-training-repository.h"
#include "kr-training-session-editor.h"
#include "kr-training-session-view.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_TRAINING_CATALOGUE (kr_training_catalogue_get_type ())

G_DECLARE_FINAL_TYPE (KrTrainingCatalogue, kr_training_catalogue, KR, TRAINING_CATALOGUE, AdwBin)

/* The training catalogue: the courses (search by title or provider, retired ones on request),
 * the chosen course's facts and sessions, and a session's participants (KrTrainingSessionView).
 * Ctrl+N adds a course, Delete deletes the chosen course (asking first). */
GtkWidget *kr_training_catalogue_new (void);

/* All NULL while no database is open. */
void kr_training_catalogue_set_repositories (KrTrainingCatalogue *self,
                                             KrTrainingRepository *training,
                                             KrEmployeeRepository *employees,
                                             KrUnitRepository *units);

void kr_training_catalogue_set_employees_query_func (KrTrainingCatalogue *self,
                                                     KrEmployeesQueryFunc func,
                                                     gpointer user_data);

/* Reads the courses, the chosen course and the session shown again. */
void kr_training_catalogue_reload (KrTrainingCatalogue *self);

/* Shows the search entry and focuses it. */
void kr_training_catalogue_focus_search (KrTrainingCatalogue *self);

/* The courses listed (KrTrainingItem of KrCourse), and the one chosen (0: none). */
GListModel *kr_training_catalogue_get_courses (KrTrainingCatalogue *self);
gint64 kr_training_catalogue_get_course_id (KrTrainingCatalogue *self);
gboolean kr_training_catalogue_select_course (KrTrainingCatalogue *self, gint64 course_id);

/* "list", "empty", "no-results" or "error": what the course list shows. */
const char *kr_training_catalogue_get_state (KrTrainingCatalogue *self);

/* The sessions of the chosen course, as listed (KrTrainingSession, transfer none). */
GPtrArray *kr_training_catalogue_get_sessions (KrTrainingCatalogue *self);

/* Opens session @session_id in the session view. */
gboolean kr_training_catalogue_open_session (KrTrainingCatalogue *self, gint64 session_id);
KrTrainingSessionView *kr_training_catalogue_get_session_view (KrTrainingCatalogue *self);

/* Opens the course editor for a new course / the session editor for a new session of the
 * chosen course, as Ctrl+N and Add Session do; NULL when they cannot be opened. */
KrTrainingCourseEditor *kr_training_catalogue_new_course (KrTrainingCatalogue *self);
KrTrainingSessionEditor *kr_training_catalogue_new_session (KrTrainingCatalogue *self);

G_END_DECLS
