/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-appraisal-model.h"
#include "kr-appraisal-repository.h"
#include "kr-employee-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_APPRAISALS_PAGE (kr_appraisals_page_get_type ())

G_DECLARE_FINAL_TYPE (KrAppraisalsPage, kr_appraisals_page, KR, APPRAISALS_PAGE, AdwBin)

GtkWidget *kr_appraisals_page_new (void);

/* Shows the appraisals of the open database as its signed-in identity reads them; NULL for
 * all while none is open. A unit head starts on their review queue. */
void kr_appraisals_page_set_repositories (KrAppraisalsPage *self,
                                          KrDatabase *database,
                                          KrAppraisalRepository *appraisals,
                                          KrEmployeeRepository *employees,
                                          KrUnitRepository *units);

/* The list shown, for tests: NULL while no database is open. */
KrAppraisalModel *kr_appraisals_page_get_model (KrAppraisalsPage *self);

/* "list", "empty", "review-empty", "no-results" or "error". */
const char *kr_appraisals_page_get_state (KrAppraisalsPage *self);

/* The subtitle with the number of matching evaluations ("68 evaluations"). */
const char *kr_appraisals_page_get_count_label (KrAppraisalsPage *self);

/* Opens the evaluation at @position of the list in the editor. */
gboolean kr_appraisals_page_open (KrAppraisalsPage *self, guint position);

/* The editor (a KrAppraisalEditor), and whether it is the page shown. */
GtkWidget *kr_appraisals_page_get_editor (KrAppraisalsPage *self);
gboolean kr_appraisals_page_is_editing (KrAppraisalsPage *self);

G_END_DECLS
