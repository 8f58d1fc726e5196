/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-employee-query.h"
#include "kr-employee-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_EMPLOYEE_LIST (kr_employee_list_get_type ())

G_DECLARE_FINAL_TYPE (KrEmployeeList, kr_employee_list, KR, EMPLOYEE_LIST, GObject)

/**
 * kr_employee_list_new:
 * @repository: the employees to list
 * @query: (nullable): what to show; %NULL for everyone, sorted by name
 *
 * Creates a #GListModel of the #KrEmployee that @query selects, in its order. The list
 * counts its rows with one query and reads them only when asked, a page of 256 at a time,
 * keeping the 16 pages used last; sorting and filtering are done by SQLite on indexes, so a
 * list of millions costs what the rows on screen cost. Each item is a new #KrEmployee read
 * with its current rank, position and unit.
 *
 * The list follows the repository's `changed` signal (see kr_employee_list_refresh()). When
 * a query fails, the list is empty and kr_employee_list_get_error() says why.
 *
 * Returns: (transfer full): the list
 */
KrEmployeeList *
kr_employee_list_new (KrEmployeeRepository *repository, const KrEmployeeQuery *query);

/**
 * kr_employee_list_get_query:
 * @self: a #KrEmployeeList
 *
 * Returns: (transfer none): what the list shows
 */
const KrEmployeeQuery *kr_employee_list_get_query (KrEmployeeList *self);

/**
 * kr_employee_list_set_query:
 * @self: a #KrEmployeeList
 * @query: (nullable): what to show; %NULL for everyone, sorted by name
 *
 * Shows what @query selects instead: counts the rows again, forgets the rows read so far and
 * emits #GListModel::items-changed for the whole list (0, the old count, the new count): show
 * the list in a GTK list widget through a KrSlotModel (src/ui), which GTK 4.8 needs to keep
 * such a change cheap. Does nothing when @query equals the current query
 * (kr_employee_query_equal()).
 */
void kr_employee_list_set_query (KrEmployeeList *self, const KrEmployeeQuery *query);

/**
 * kr_employee_list_refresh:
 * @self: a #KrEmployeeList
 *
 * Reads the list again after a change of the data. When the number of rows is unchanged, it
 * emits #GListModel::items-changed over the rows read before, so that the rows on screen
 * show the new values and order; otherwise over the whole list. The list calls this itself
 * when its repository emits `changed`; call it after changes made elsewhere, such as by an
 * import on another connection.
 */
void kr_employee_list_refresh (KrEmployeeList *self);

/**
 * kr_employee_list_get_error:
 * @self: a #KrEmployeeList
 * @error: return location for a copy of the error
 *
 * Tells whether the last count or read of the list failed, for the interface to show why
 * the list is empty or incomplete. A successful kr_employee_list_set_query() or
 * kr_employee_list_refresh() clears the failure.
 *
 * Returns: %TRUE, with @error set, when the list could not be read; %FALSE when it could
 */
gboolean kr_employee_list_get_error (KrEmployeeList *self, GError **error);

G_END_DECLS
