/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-appraisal-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_SKM_DIALOG (kr_skm_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrSkmDialog, kr_skm_dialog, KR, SKM_DIALOG, AdwWindow)

/* A modal dialog over @parent that records the survei kepuasan masyarakat of @unit_id for
 * @year's @period (0: the year), or changes the one recorded: the respondents and the average
 * score (NRR, 1.00 to 4.00) of each of the nine elements, with the IKM and its category
 * computed as the user types. Save stays disabled while a field is wrong and the message names
 * it; Save writes through @repository (kr_appraisal_repository_save_skm ()) and closes. */
GtkWidget *kr_skm_dialog_new (GtkWindow *parent,
                              KrAppraisalRepository *repository,
                              gint64 unit_id,
                              guint year,
                              guint period);

/* The survey as recorded when the dialog opened, NULL when there was none. */
const KrSkmSurvey *kr_skm_dialog_get_survey (KrSkmDialog *self);

G_END_DECLS
