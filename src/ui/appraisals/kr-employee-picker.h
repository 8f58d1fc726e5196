/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-employee-repository.h"

G_BEGIN_DECLS

typedef void (*KrEmployeePickedFunc) (gpointer user_data, gint64 employee_id);

/* An action row titled @title that shows the employee @employee_id (0: "Not set") and, when
 * @editable, a Change button whose popover searches employees by name or NIP; choosing one
 * shows them and calls @picked. */
GtkWidget *kr_employee_picker_new (KrEmployeeRepository *employees,
                                   const char *title,
                                   gint64 employee_id,
                                   gboolean editable,
                                   KrEmployeePickedFunc picked,
                                   gpointer user_data);

G_END_DECLS
