/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-database.h"
#include "kr-training-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_TRAINING_MENTORING_VIEW (kr_training_mentoring_view_get_type ())

G_DECLARE_FINAL_TYPE (KrTrainingMentoringView,
                      kr_training_mentoring_view,
                      KR,
                      TRAINING_MENTORING_VIEW,
                      AdwBin)

/* Mentoring and coaching pairs: the pairs (mentor, mentee, form, dates, sessions, minutes), the
 * pair editor, the session log of the selected pair (date, topic, minutes, notes) and the
 * mentors' load of a year. */
GtkWidget *kr_training_mentoring_view_new (void);

/* Shows what the open database's signed-in identity may read; all NULL while none is open. */
void kr_training_mentoring_view_set_repositories (KrTrainingMentoringView *self,
                                                  KrDatabase *database,
                                                  KrTrainingRepository *training,
                                                  KrUnitRepository *units);

/* Shows the session log of pair @mentoring_id (as activating its row does). */
void kr_training_mentoring_view_select (KrTrainingMentoringView *self, gint64 mentoring_id);

/* For tests: whether a read runs, and what is shown: the pairs (KrMentoring), the log of the
 * selected pair (KrMentoringSession) and the mentors' load (KrMentorLoad). */
gboolean kr_training_mentoring_view_get_loading (KrTrainingMentoringView *self);
GPtrArray *kr_training_mentoring_view_get_pairs (KrTrainingMentoringView *self);
GPtrArray *kr_training_mentoring_view_get_sessions (KrTrainingMentoringView *self);
GPtrArray *kr_training_mentoring_view_get_loads (KrTrainingMentoringView *self);

G_END_DECLS
