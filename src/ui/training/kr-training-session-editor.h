/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-training-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_TRAINING_SESSION_EDITOR (kr_training_session_editor_get_type ())

G_DECLARE_FINAL_TYPE (KrTrainingSessionEditor,
                      kr_training_session_editor,
                      KR,
                      TRAINING_SESSION_EDITOR,
                      AdwWindow)

/* A dialog that edits session @session_id, or with @session_id 0 adds one to @course_id: its
 * name (angkatan), dates, place, capacity and cost per participant (the course's cost to
 * start with). Checked as it is typed; Save stays disabled while the form is invalid. Signal
 * "saved" (gint64 session_id). */
KrTrainingSessionEditor *kr_training_session_editor_new (KrTrainingRepository *training,
                                                         gint64 course_id,
                                                         gint64 session_id,
                                                         GError **error);

gboolean kr_training_session_editor_is_valid (KrTrainingSessionEditor *self);
const char *kr_training_session_editor_get_problem (KrTrainingSessionEditor *self);
gboolean kr_training_session_editor_save (KrTrainingSessionEditor *self, GError **error);

G_END_DECLS
