/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-database.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_APPRAISAL_START_DIALOG (kr_appraisal_start_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrAppraisalStartDialog,
                      kr_appraisal_start_dialog,
                      KR,
                      APPRAISAL_START_DIALOG,
                      AdwWindow)

/* Starts the appraisals of a year for every active employee of a unit (and, by choice, the
 * units below it): kr_appraisal_repository_start_unit () in a worker with a connection of its
 * own as @database's identity, with a spinner and Cancel. Emits `started` (n_started,
 * n_skipped) when done, after a toast on the parent window. */
KrAppraisalStartDialog *kr_appraisal_start_dialog_new (KrDatabase *database,
                                                       KrUnitRepository *units,
                                                       gint64 unit_id,
                                                       guint year);

/* For tests: the form's values, and starting as the Start button does. */
void kr_appraisal_start_dialog_set_unit (KrAppraisalStartDialog *self, gint64 unit_id);
void kr_appraisal_start_dialog_set_subtree (KrAppraisalStartDialog *self, gboolean subtree);
void kr_appraisal_start_dialog_start (KrAppraisalStartDialog *self);
gboolean kr_appraisal_start_dialog_get_busy (KrAppraisalStartDialog *self);

G_END_DECLS
