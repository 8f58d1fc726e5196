/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-talent-assessment-list.h"
#include "kr-talent-models.h"
#include "kr-talent-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_TALENT_BOX_DIALOG (kr_talent_box_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrTalentBoxDialog, kr_talent_box_dialog, KR, TALENT_BOX_DIALOG, AdwWindow)

/* The employees of one box of the 9-box (or the not placed / excluded) in a lazy list
 * (KrTalentEntryModel over @query, copied), titled @title, with a search entry (name or NIP
 * prefix, KrTalentQuery.search). Activating one shows their placement with its reasons
 * (kr_talent_repository_get_placement ()) and their potential assessments (edit, delete with
 * Undo: KrTalentAssessmentList), from where their profile opens (win.show-employee on @parent)
 * or a potential assessment is recorded. */
KrTalentBoxDialog *kr_talent_box_dialog_new (GtkWindow *parent,
                                             KrDatabase *database,
                                             KrTalentRepository *talent,
                                             const KrTalentQuery *query,
                                             const char *title);

KrTalentEntryModel *kr_talent_box_dialog_get_model (KrTalentBoxDialog *self);

/* Searches the list for @text (NULL or "": everyone of the query), as typing does. */
void kr_talent_box_dialog_set_search (KrTalentBoxDialog *self, const char *text);

/* The assessments of the employee whose placement is shown */
KrTalentAssessmentList *kr_talent_box_dialog_get_assessments (KrTalentBoxDialog *self);

/* Shows the placement of @employee_id, as activating their row does. */
void kr_talent_box_dialog_show_placement (KrTalentBoxDialog *self, gint64 employee_id);

/* For tests: the reasons shown, one a line ("" while the list is shown) */
const char *kr_talent_box_dialog_get_reasons (KrTalentBoxDialog *self);

G_END_DECLS
