/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-training-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_TRAINING_COURSE_EDITOR (kr_training_course_editor_get_type ())

G_DECLARE_FINAL_TYPE (KrTrainingCourseEditor,
                      kr_training_course_editor,
                      KR,
                      TRAINING_COURSE_EDITOR,
                      AdwWindow)

/* A dialog that edits @course_id (0: a new course) of the catalogue: what it is (title, form,
 * competence type, leadership programme, JP, delivery, provider, cost, description) and who may
 * join it (minimum golongan, maximum age, a course to complete first), the BerAKHLAK values it
 * develops and whether it addresses weak work results. It checks the form as it is typed and
 * keeps Save disabled while it is invalid. Signal "saved" (gint64 course_id) after a save. */
KrTrainingCourseEditor *
kr_training_course_editor_new (KrTrainingRepository *training, gint64 course_id, GError **error);

/* Whether the form is valid now; the message (translated, naming the field) when it is not. */
gboolean kr_training_course_editor_is_valid (KrTrainingCourseEditor *self);
const char *kr_training_course_editor_get_problem (KrTrainingCourseEditor *self);

/* Saves as the Save button does; FALSE with the problem shown (and in @error) when it fails. */
gboolean kr_training_course_editor_save (KrTrainingCourseEditor *self, GError **error);

G_END_DECLS
