/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-employee-list.h"
#include "kr-employee-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_EMPLOYEES_PAGE (kr_employees_page_get_type ())

G_DECLARE_FINAL_TYPE (KrEmployeesPage, kr_employees_page, KR, EMPLOYEES_PAGE, AdwBin)

GtkWidget *kr_employees_page_new (void);

/* Shows the employees of the open database; NULL for all three while none is open. */
void kr_employees_page_set_repositories (KrEmployeesPage *self,
                                         KrDatabase *database,
                                         KrEmployeeRepository *employees,
                                         KrUnitRepository *units);

/* Shows the profile of the employee @employee_id in place of the list (win.show-employee). */
void kr_employees_page_show_employee (KrEmployeesPage *self, gint64 employee_id);

/* The list shown, for tests and for export: NULL while no database is open. */
KrEmployeeList *kr_employees_page_get_list (KrEmployeesPage *self);

/* The name of the visible state: "list", "empty", "no-results" or "error". */
const char *kr_employees_page_get_state (KrEmployeesPage *self);

/* The subtitle with the number of matching employees ("1,234 employees"). */
const char *kr_employees_page_get_count_label (KrEmployeesPage *self);

/* Exports the list as shown now to @path (CSV, or XLSX by its extension) in a worker, as the
 * Export action does once a file is chosen; @done (or the page's own handler, when NULL)
 * gets a GTask whose boolean result says whether it worked. */
void _kr_employees_page_export_to (KrEmployeesPage *self,
                                   const char *path,
                                   GAsyncReadyCallback done,
                                   gpointer user_data);

G_END_DECLS
