/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-dashboard-models.h"

G_BEGIN_DECLS

#define KR_TYPE_DASHBOARD_EMPLOYEES_DIALOG (kr_dashboard_employees_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KrDashboardEmployeesDialog,
                      kr_dashboard_employees_dialog,
                      KR,
                      DASHBOARD_EMPLOYEES_DIALOG,
                      AdwWindow)

/* The employees behind a bar of a dashboard chart (@filter within @scope, both copied), in a
 * lazy list titled @title (the chart) and @subtitle (the bar). Activating one opens their
 * profile (win.show-employee on @parent) and closes the dialog. */
KrDashboardEmployeesDialog *kr_dashboard_employees_dialog_new (GtkWindow *parent,
                                                               KrDatabase *database,
                                                               const KrDashboardScope *scope,
                                                               const KrDashboardFilter *filter,
                                                               const char *title,
                                                               const char *subtitle);

KrDashboardEmployeeModel *
kr_dashboard_employees_dialog_get_model (KrDashboardEmployeesDialog *self);

/* What the count line says ("12 employees"), for tests. */
const char *kr_dashboard_employees_dialog_get_count_text (KrDashboardEmployeesDialog *self);

G_END_DECLS
