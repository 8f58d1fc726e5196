/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-appraisal-repository.h"
#include "kr-employee-repository.h"
#include "kr-promotion-repository.h"
#include "kr-training-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_EMPLOYEE_PROFILE (kr_employee_profile_get_type ())

G_DECLARE_FINAL_TYPE (KrEmployeeProfile, kr_employee_profile, KR, EMPLOYEE_PROFILE, AdwBin)

/* The record of one employee: a header with the current rank, position and unit, then views
 * of the personal data with derived values (age, masa kerja, retirement) and of each history,
 * which can be added to, edited and deleted (with Undo) here. It follows the repository's
 * `changed` signal. It has a header bar of its own: pack a back button into it with
 * kr_employee_profile_get_header_bar() when it sits in a folding leaflet. */
GtkWidget *
kr_employee_profile_new (KrEmployeeRepository *repository, KrUnitRepository *unit_repository);

KrEmployeeRepository *kr_employee_profile_get_repository (KrEmployeeProfile *self);
void kr_employee_profile_set_repository (KrEmployeeProfile *self, KrEmployeeRepository *repository);

KrUnitRepository *kr_employee_profile_get_unit_repository (KrEmployeeProfile *self);
void kr_employee_profile_set_unit_repository (KrEmployeeProfile *self,
                                              KrUnitRepository *unit_repository);

/* The employee shown; 0 shows that nobody is selected. */
gint64 kr_employee_profile_get_employee_id (KrEmployeeProfile *self);
void kr_employee_profile_set_employee_id (KrEmployeeProfile *self, gint64 id);

/* Whether the edit, add and delete buttons show: off for a role that may only read. */
gboolean kr_employee_profile_get_writable (KrEmployeeProfile *self);
void kr_employee_profile_set_writable (KrEmployeeProfile *self, gboolean writable);

/* The employee as last read, or NULL when none is shown. */
KrEmployee *kr_employee_profile_get_employee (KrEmployeeProfile *self);

AdwHeaderBar *kr_employee_profile_get_header_bar (KrEmployeeProfile *self);

/* The database whose audit trail the History of Changes view reads (NULL: none). */
void kr_employee_profile_set_database (KrEmployeeProfile *self, KrDatabase *database);

/* The appraisals the Performance view shows (NULL: the view is hidden). */
void kr_employee_profile_set_appraisal_repository (KrEmployeeProfile *self,
                                                   KrAppraisalRepository *repository);

/* Whether the Performance view is reading: for tests, which wait until it is done. */
gboolean kr_employee_profile_get_performance_loading (KrEmployeeProfile *self);

/* The training the Training view shows (NULL: the view is hidden). */
void kr_employee_profile_set_training_repository (KrEmployeeProfile *self,
                                                  KrTrainingRepository *repository);

/* Whether the Training view is reading: for tests, which wait until it is done. */
gboolean kr_employee_profile_get_training_loading (KrEmployeeProfile *self);

/* The KP facts and proposals the Promotion view shows (NULL: the view is hidden). Ujian dinas
 * and angka kredit can be added, edited and deleted there with
 * KR_PERMISSION_WRITE_PROMOTIONS. */
void kr_employee_profile_set_promotion_repository (KrEmployeeProfile *self,
                                                   KrPromotionRepository *repository);

/* Whether the Promotion view is reading: for tests, which wait until it is done. */
gboolean kr_employee_profile_get_promotion_loading (KrEmployeeProfile *self);

/* The verdict of the next KP period the Promotion view shows (NULL: none yet). */
const KrPromotionVerdict *kr_employee_profile_get_promotion_verdict (KrEmployeeProfile *self);

G_END_DECLS
