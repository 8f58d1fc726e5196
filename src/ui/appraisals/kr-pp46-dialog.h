/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-appraisal-repository.h"
#include "kr-employee.h"

G_BEGIN_DECLS

#define KR_TYPE_PP46_DIALOG (kr_pp46_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrPp46Dialog, kr_pp46_dialog, KR, PP46_DIALOG, AdwWindow)

/* A modal dialog over @parent that adds a historic PP 46/2011 appraisal of @employee, or
 * changes @appraisal (copied): the year, the SKP score, the work behaviour elements or score
 * and the appraising official, with the Nilai Prestasi Kerja and its sebutan computed as the
 * user types. Save stays disabled while a field is wrong, and the message names it; Save
 * writes through @repository and closes, or shows the repository's refusal and stays open. */
GtkWidget *kr_pp46_dialog_new (GtkWindow *parent,
                               KrAppraisalRepository *repository,
                               KrEmployee *employee,
                               const KrPp46Appraisal *appraisal);

G_END_DECLS
