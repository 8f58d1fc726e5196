/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-employee-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_EMPLOYEE_EDITOR (kr_employee_editor_get_type ())

G_DECLARE_FINAL_TYPE (KrEmployeeEditor, kr_employee_editor, KR, EMPLOYEE_EDITOR, AdwWindow)

/* A modal dialog that adds an employee (@employee NULL) or changes a copy of @employee. The
 * form is checked as the user types; Save stays disabled while it is invalid. A new employee
 * also gets their first rank and position (and education, when its year is given), saved in
 * one transaction with the employee. Emits `saved` with the employee's id, then closes. Set
 * it transient for the main window before presenting it. */
KrEmployeeEditor *kr_employee_editor_new (KrEmployeeRepository *repository,
                                          KrUnitRepository *unit_repository,
                                          KrEmployee *employee);

/* The copy being edited, with what the form holds so far. */
KrEmployee *kr_employee_editor_get_employee (KrEmployeeEditor *self);

G_END_DECLS
