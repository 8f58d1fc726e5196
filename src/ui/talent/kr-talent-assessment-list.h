/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-talent-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_TALENT_ASSESSMENT_LIST (kr_talent_assessment_list_get_type ())

G_DECLARE_FINAL_TYPE (KrTalentAssessmentList,
                      kr_talent_assessment_list,
                      KR,
                      TALENT_ASSESSMENT_LIST,
                      AdwBin)

/* The potential assessments of one employee (kr_talent_repository_list_assessments (), newest
 * first; a short read of a few rows on the main connection), each with Edit (the assessment
 * dialog, filled) and Delete (with Undo in a toast of the nearest AdwToastOverlay) for those
 * with KR_PERMISSION_WRITE_TALENT. */
GtkWidget *kr_talent_assessment_list_new (KrDatabase *database, KrTalentRepository *talent);

/* Reads the assessments of @employee_id (0: none) again. */
void kr_talent_assessment_list_set_employee (KrTalentAssessmentList *self, gint64 employee_id);

/* Shows @message (plain text) as a toast on @window, which may be NULL: the main window's, or
 * that of a dialog whose content is an AdwToastOverlay (the box dialog); else a message. */
void kr_talent_show_toast (GtkWindow *window, const char *message);

/* For tests */
/* (element-type KrTalentAssessment) (transfer none): the assessments shown */
GPtrArray *kr_talent_assessment_list_get_assessments (KrTalentAssessmentList *self);
/* Deletes assessment @id as its Delete button does, offering Undo; FALSE with @error when
 * refused */
gboolean
_kr_talent_assessment_list_delete (KrTalentAssessmentList *self, gint64 id, GError **error);
/* What the Undo button of the last such toast does; FALSE when there is nothing to undo */
gboolean _kr_talent_assessment_list_undo (KrTalentAssessmentList *self, GError **error);

G_END_DECLS
