/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-employee-repository.h"
#include "kr-training-repository.h"

G_BEGIN_DECLS

/* The editors of the Mentoring view: a pair (mentor, mentee, form, goals, dates) and one
 * session of a pair's log (date, topic, minutes, notes). Each validates as the user types
 * (kr_mentoring_validate (), kr_mentoring_session_validate ()), shows the first problem under
 * the form and keeps Save disabled until the form is valid; Save writes through @training and
 * closes, or shows why the repository refused. */

/* @mentoring: (nullable): the pair to edit, copied; NULL for a new pair */
GtkWidget *kr_mentoring_dialog_new (GtkWindow *parent,
                                    KrTrainingRepository *training,
                                    KrEmployeeRepository *employees,
                                    const KrMentoring *mentoring);

/* @session: (nullable): the session to edit, copied; NULL for a new session of @mentoring_id
 * dated today */
GtkWidget *kr_mentoring_session_dialog_new (GtkWindow *parent,
                                            KrTrainingRepository *training,
                                            gint64 mentoring_id,
                                            const KrMentoringSession *session);

/* For tests: the pair or session as the form holds it, the message shown, and Save. */
KrMentoring *kr_mentoring_dialog_get_mentoring (GtkWidget *dialog);
KrMentoringSession *kr_mentoring_session_dialog_get_session (GtkWidget *dialog);
const char *kr_mentoring_dialog_get_message (GtkWidget *dialog);
gboolean kr_mentoring_dialog_save (GtkWidget *dialog);

G_END_DECLS
