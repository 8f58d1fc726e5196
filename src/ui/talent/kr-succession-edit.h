/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-talent-repository.h"

G_BEGIN_DECLS

/* The small forms of the succession view: a successor's readiness and gaps
 * (kr_talent_repository_update_successor ()) and a plan's note
 * (kr_talent_repository_set_plan_note ()). Save writes through @talent, whose `changed` makes
 * the view read again; a refused write shows the repository's message on the form. */

#define KR_TYPE_SUCCESSION_EDIT_DIALOG (kr_succession_edit_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrSuccessionEditDialog,
                      kr_succession_edit_dialog,
                      KR,
                      SUCCESSION_EDIT_DIALOG,
                      AdwWindow)

/* "Edit Successor": @successor's readiness (the readiness the rules suggest is shown beside
 * it) and what they still lack. */
KrSuccessionEditDialog *kr_succession_edit_dialog_new_successor (GtkWindow *parent,
                                                                 KrTalentRepository *talent,
                                                                 const KrSuccessor *successor);

/* "Plan Note": the note of @plan. */
KrSuccessionEditDialog *kr_succession_edit_dialog_new_note (GtkWindow *parent,
                                                            KrTalentRepository *talent,
                                                            const KrSuccessionPlan *plan);

/* For tests: fills the form (@readiness -1 keeps the one shown; ignored for a note; @text the
 * gaps or the note) and saves as the Save button does. */
gboolean _kr_succession_edit_dialog_save (KrSuccessionEditDialog *self,
                                          int readiness,
                                          const char *text,
                                          GError **error);

G_END_DECLS
