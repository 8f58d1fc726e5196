/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-database.h"
#include "kr-employee-query.h"

G_BEGIN_DECLS

#define KR_TYPE_EMPLOYEE_SEARCH (kr_employee_search_get_type ())

G_DECLARE_FINAL_TYPE (KrEmployeeSearch, kr_employee_search, KR, EMPLOYEE_SEARCH, GObject)

/**
 * KrEmployeeSearchResult:
 *
 * The employees that a search text finds, in the order of a list: their number and their
 * row ids by position. It stays valid while the search reads the database again.
 */
typedef struct _KrEmployeeSearchResult KrEmployeeSearchResult;

/**
 * kr_employee_search_new:
 * @database: the database whose employees are searched
 *
 * Creates the in-memory search index of the employee list (see kr-employee-search.c): what
 * the full-text index employee_fts finds for a text, found in a few milliseconds at millions
 * of employees, with the matches already in the order of the list. The index is read in a
 * worker thread with a connection of its own when a search first asks for it, and again
 * after the database changed; until it is ready, kr_employee_search_run() returns %NULL and
 * the list searches with SQL, so nothing waits for it. An in-memory database, which another
 * connection cannot read, is never indexed.
 *
 * Returns: (transfer full): the search
 */
KrEmployeeSearch *kr_employee_search_new (KrDatabase *database);

/**
 * kr_employee_search_run:
 * @self: a #KrEmployeeSearch
 * @text: the search text, as kr_employee_query_set_search() keeps it
 * @sort: the order of the list
 * @reversed: whether the list reads the order backwards
 * @order_by: the SQL of @sort over `employee e`, as the order's index is stored
 *
 * Finds the employees whose tokens of name, NIP, position and unit start with each word of
 * @text, as `employee_fts MATCH kr_employee_repository_make_match (text)` does. Returns
 * %NULL when the index cannot answer yet: it is being read, the database changed since it
 * was read, @sort has not been read yet (these three start a read in the background), the
 * connection is inside a transaction, or @text holds something the index does not answer
 * (a run of more than 8 digits, which SQL finds quickly). The caller then searches with SQL.
 *
 * Returns: (transfer full) (nullable): the employees found, or %NULL
 */
KrEmployeeSearchResult *kr_employee_search_run (KrEmployeeSearch *self,
                                                const char *text,
                                                KrEmployeeSort sort,
                                                gboolean reversed,
                                                const char *order_by);

/**
 * kr_employee_search_is_ready:
 * @self: a #KrEmployeeSearch
 * @sort: an order
 *
 * Returns: whether the index is up to date and holds @sort, so that a search can use it
 */
gboolean kr_employee_search_is_ready (KrEmployeeSearch *self, KrEmployeeSort sort);

/**
 * kr_employee_search_is_busy:
 * @self: a #KrEmployeeSearch
 *
 * Returns: whether the index is being read in the background
 */
gboolean kr_employee_search_is_busy (KrEmployeeSearch *self);

/**
 * kr_employee_search_set_min_employees:
 * @self: a #KrEmployeeSearch
 * @n: the number of employees from which an index is worth its memory
 *
 * Below @n employees (10,000 by default) SQL searches fast enough and nothing is indexed.
 */
void kr_employee_search_set_min_employees (KrEmployeeSearch *self, guint n);

/**
 * kr_employee_search_get_stats:
 * @self: a #KrEmployeeSearch
 * @bytes: (out) (optional): the memory that the index and its orders take
 * @build_seconds: (out) (optional): the wall time of the last read of the index
 *
 * Figures for benchmarks.
 */
void kr_employee_search_get_stats (KrEmployeeSearch *self, gsize *bytes, double *build_seconds);

/**
 * kr_employee_search_cancel:
 * @self: a #KrEmployeeSearch
 *
 * Stops a read in the background, such as when the database closes.
 */
void kr_employee_search_cancel (KrEmployeeSearch *self);

/**
 * kr_employee_search_result_get_count:
 * @result: a #KrEmployeeSearchResult
 *
 * Returns: the number of employees found
 */
guint kr_employee_search_result_get_count (const KrEmployeeSearchResult *result);

/**
 * kr_employee_search_result_get_ids:
 * @result: a #KrEmployeeSearchResult
 * @position: the first position wanted
 * @n: how many positions are wanted
 * @ids: (out caller-allocates) (array length=n): the row ids at those positions
 *
 * Returns: the number of ids written, fewer than @n at the end of the result
 */
guint kr_employee_search_result_get_ids (const KrEmployeeSearchResult *result,
                                         guint position,
                                         guint n,
                                         gint64 *ids);

/**
 * kr_employee_search_result_free:
 * @result: (nullable): a #KrEmployeeSearchResult
 *
 * Frees @result, and the index it was found in when the search no longer uses it.
 */
void kr_employee_search_result_free (KrEmployeeSearchResult *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrEmployeeSearchResult, kr_employee_search_result_free)

G_END_DECLS
