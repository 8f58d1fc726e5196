/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-selection-page.h"

G_BEGIN_DECLS

/* What the dialogs of a selection's page (kr-selection-dialogs.c) use. */

KrDatabase *_kr_selection_page_get_database (KrSelectionPage *self);
KrSelectionRepository *_kr_selection_page_get_repository (KrSelectionPage *self);

/* Shows @error (when set) as a toast; returns whether it was unset. */
gboolean _kr_selection_page_report (KrSelectionPage *self, GError *error);

/* A button (with @label, or an icon with @tooltip as its name) that runs @action ("open",
 * "publish", "remove-member", …) for @id (a row id or a stage index). */
GtkWidget *_kr_selection_page_button (KrSelectionPage *self,
                                      const char *label,
                                      const char *icon_name,
                                      const char *tooltip,
                                      const char *action,
                                      gint64 id);

/* Add a panel member: an employee (internal) or an external member. */
void _kr_selection_member_dialog (KrSelectionPage *self, gboolean external);
/* Register a candidate: an employee or an outside applicant. */
void _kr_selection_candidate_dialog (KrSelectionPage *self, gboolean outside);
/* Add (@stage NULL) or edit a stage. */
void _kr_selection_stage_dialog (KrSelectionPage *self, const KrSelectionStage *stage);
/* Enter the scores of stage @stage_index for the candidates still in. */
void _kr_selection_scores_dialog (KrSelectionPage *self, guint stage_index);
/* Publish stage @stage_index (asks first). */
void _kr_selection_publish_dialog (KrSelectionPage *self, guint stage_index);

G_END_DECLS
