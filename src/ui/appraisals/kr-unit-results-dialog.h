/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-appraisal-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_UNIT_RESULTS_DIALOG (kr_unit_results_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrUnitResultsDialog,
                      kr_unit_results_dialog,
                      KR,
                      UNIT_RESULTS_DIALOG,
                      AdwWindow)

/* A dialog over @parent about @unit_id in @year's @period (0: the annual evaluation): its
 * capaian kinerja organisasi, chosen from a list and saved at once
 * (kr_appraisal_repository_set_organisation_result ()); the predikat of its employees as a
 * chart and as counts; each rule of the pola distribusi that they break, or that they keep
 * the rules; and its public satisfaction survey, which the Record button opens in a
 * #KrSkmDialog. The data is read in a worker and again whenever @repository changes. */
GtkWidget *kr_unit_results_dialog_new (GtkWindow *parent,
                                       KrAppraisalRepository *repository,
                                       gint64 unit_id,
                                       guint year,
                                       guint period);

/* Whether a read is under way: for tests, which wait until it is done. */
gboolean kr_unit_results_dialog_get_loading (KrUnitResultsDialog *self);

G_END_DECLS
