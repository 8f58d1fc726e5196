/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-appraisal-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_FOLLOW_UP_DIALOG (kr_follow_up_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrFollowUpDialog, kr_follow_up_dialog, KR, FOLLOW_UP_DIALOG, AdwWindow)

/* A dialog over @parent with the two follow-up lists of @unit_id's final evaluations in
 * @year's @period (0: annual): Recognition (Sangat Baik) and Development (Butuh Perbaikan and
 * below), each with its count, read in a worker (kr_appraisal_repository_list_follow_up ()).
 * Each list can be exported as CSV (in a worker), printed, or exported as PDF. */
GtkWidget *kr_follow_up_dialog_new (GtkWindow *parent,
                                    KrAppraisalRepository *repository,
                                    gint64 unit_id,
                                    guint year,
                                    guint period);

/* How many employees @list (a #KrFollowUp) shows; 0 while loading. */
guint kr_follow_up_dialog_get_count (KrFollowUpDialog *self, KrFollowUp list);

/* Whether a read is under way: for tests, which wait until it is done. */
gboolean kr_follow_up_dialog_get_loading (KrFollowUpDialog *self);

G_END_DECLS
