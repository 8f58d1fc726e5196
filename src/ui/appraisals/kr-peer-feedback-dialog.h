/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-appraisal-repository.h"
#include "kr-employee-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_PEER_FEEDBACK_DIALOG (kr_peer_feedback_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrPeerFeedbackDialog,
                      kr_peer_feedback_dialog,
                      KR,
                      PEER_FEEDBACK_DIALOG,
                      AdwWindow)

/* Asks for one piece of 360 feedback on evaluation @evaluation_id of employee @employee_id:
 * who gave it (their relation to the employee, and the colleague unless anonymous), the
 * BerAKHLAK value it is about ("General" for none), its text and the day it was given (today
 * unless changed). Save stays disabled while the text is empty or the date is not valid; it
 * writes through @repository, shows a refusal in the dialog, and otherwise emits "added"
 * (gint64 id) and closes. */
KrPeerFeedbackDialog *kr_peer_feedback_dialog_new (KrAppraisalRepository *repository,
                                                   KrEmployeeRepository *employees,
                                                   gint64 evaluation_id,
                                                   gint64 employee_id);

/* Saves as the Save button does; returns whether the feedback was written. */
gboolean kr_peer_feedback_dialog_save (KrPeerFeedbackDialog *self);

G_END_DECLS
