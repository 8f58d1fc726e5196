/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-talent-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_TALENT_ASSESSMENT_DIALOG (kr_talent_assessment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrTalentAssessmentDialog,
                      kr_talent_assessment_dialog,
                      KR,
                      TALENT_ASSESSMENT_DIALOG,
                      AdwWindow)

/* Records a potential assessment (kr_talent_repository_save_assessment ()): the employee
 * (@employee_id, or 0 to choose one), the date, the potential, the score when given, the
 * assessor and a note. Save stays off until the form is valid; a refused save shows the
 * repository's message on the form. */
KrTalentAssessmentDialog *kr_talent_assessment_dialog_new (GtkWindow *parent,
                                                           KrDatabase *database,
                                                           KrTalentRepository *talent,
                                                           gint64 employee_id);

/* Edits @assessment (an existing one, id > 0; copied): the same form, filled, for the same
 * employee; Save updates it. */
KrTalentAssessmentDialog *
kr_talent_assessment_dialog_new_edit (GtkWindow *parent,
                                      KrDatabase *database,
                                      KrTalentRepository *talent,
                                      const KrTalentAssessment *assessment);

/* For tests: fills the form and saves as the Save button does. */
gboolean _kr_talent_assessment_dialog_save (KrTalentAssessmentDialog *self,
                                            gint64 employee_id,
                                            const char *date,
                                            KrTalentPotential potential,
                                            double score,
                                            GError **error);

G_END_DECLS
