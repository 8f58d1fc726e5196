/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * KrEmployeeSort:
 * @KR_EMPLOYEE_SORT_NAME: by name (without gelar), byte order of the UTF-8 text, so
 *   capitalised names sort as the alphabet does
 * @KR_EMPLOYEE_SORT_NIP: by NIP or NI PPPK
 * @KR_EMPLOYEE_SORT_GOLONGAN: by golongan as stored, then by the TMT of that golongan;
 *   descending is the primary order of the DUK (highest golongan first and, within one, the
 *   earliest TMT first). PPPK golongan (stored as 101 to 117) count above every PNS golongan,
 *   and employees without a rank history below every golongan
 * @KR_EMPLOYEE_SORT_POSITION: grouped by current position, the positions in the order they
 *   were added (a generated or imported organisation adds them unit by unit), by name within
 *   a position; employees without a position come first in ascending order
 * @KR_EMPLOYEE_SORT_UNIT: grouped by current unit, the units in the order they were added
 *   (parents before their children), by name within a unit; employees without a unit come
 *   first in ascending order
 * @KR_EMPLOYEE_SORT_SERVICE: by length of service, counted from the TMT CPNS (for a PPPK
 *   the TMT of the first contract): ascending is the shortest service (latest TMT) first;
 *   an unknown TMT counts as the shortest service
 *
 * The orders of the employee list. Each is backed by an index, so that the first page of
 * a list of millions costs what a page costs. Ties are broken by the employee's id, and
 * descending is the exact reverse of ascending, so the order is total and stable.
 */
typedef enum
{
  KR_EMPLOYEE_SORT_NAME,
  KR_EMPLOYEE_SORT_NIP,
  KR_EMPLOYEE_SORT_GOLONGAN,
  KR_EMPLOYEE_SORT_POSITION,
  KR_EMPLOYEE_SORT_UNIT,
  KR_EMPLOYEE_SORT_SERVICE,
  KR_N_EMPLOYEE_SORTS,
} KrEmployeeSort;

GType kr_employee_sort_get_type (void);
#define KR_TYPE_EMPLOYEE_SORT (kr_employee_sort_get_type ())

/**
 * KrEmployeeQuery:
 *
 * What the employee list shows: a search, filters and an order. A plain value (a boxed
 * type): copy it, change it, and hand it to kr_employee_list_set_query(). Every filter
 * starts off, and filters combine with AND.
 */
typedef struct _KrEmployeeQuery KrEmployeeQuery;

GType kr_employee_query_get_type (void);
#define KR_TYPE_EMPLOYEE_QUERY (kr_employee_query_get_type ())

/**
 * kr_employee_query_new:
 *
 * Creates a query for every employee, sorted by name in ascending order.
 *
 * Returns: (transfer full): the query; free it with kr_employee_query_free()
 */
KrEmployeeQuery *kr_employee_query_new (void);

/**
 * kr_employee_query_copy:
 * @query: a query
 *
 * Returns: (transfer full): a copy of @query
 */
KrEmployeeQuery *kr_employee_query_copy (const KrEmployeeQuery *query);

/**
 * kr_employee_query_free:
 * @query: (nullable): a query
 *
 * Frees @query.
 */
void kr_employee_query_free (KrEmployeeQuery *query);

/**
 * kr_employee_query_equal:
 * @a: a query
 * @b: another query
 *
 * Returns whether the two queries have the same search, filters and order, so that they
 * show the same employees in the same order. The date of a retirement filter only counts
 * when the filter is on.
 *
 * Returns: %TRUE when @a and @b are equal
 */
gboolean kr_employee_query_equal (const KrEmployeeQuery *a, const KrEmployeeQuery *b);

/**
 * kr_employee_query_set_search:
 * @query: a query
 * @text: (nullable): search text as the user types it; %NULL or blank for no search
 *
 * Shows only the employees whose name (with gelar), NIP, position or unit have words that
 * start with each word of @text, as kr_employee_repository_make_match() reads it ("siti am"
 * finds "Siti Aminah"; "19860926 2015" finds a NIP that starts with those digits). Leading
 * and trailing white space is dropped.
 */
void kr_employee_query_set_search (KrEmployeeQuery *query, const char *text);

/**
 * kr_employee_query_get_search:
 * @query: a query
 *
 * Returns: (nullable): the search text, %NULL when there is none
 */
const char *kr_employee_query_get_search (const KrEmployeeQuery *query);

/**
 * kr_employee_query_set_unit:
 * @query: a query
 * @unit_id: a unit, or 0 for every unit
 *
 * Shows only the employees whose current position belongs to @unit_id or to any unit below
 * it in the organisation tree. A unit that does not exist shows nobody.
 */
void kr_employee_query_set_unit (KrEmployeeQuery *query, gint64 unit_id);

/**
 * kr_employee_query_get_unit:
 * @query: a query
 *
 * Returns: the unit whose subtree is shown, 0 for every unit
 */
gint64 kr_employee_query_get_unit (const KrEmployeeQuery *query);

/**
 * kr_employee_query_set_golongan_range:
 * @query: a query
 * @min: the lowest golongan shown, as stored (11 for I/a to 45 for IV/e, 101 to 117 for
 *   PPPK I to XVII), or 0 for no lower bound
 * @max: the highest golongan shown, as stored, or 0 for no upper bound
 *
 * Shows only the employees whose current golongan lies between @min and @max, both
 * included. With either bound set, employees without a rank history are not shown; a range
 * whose @min is above its @max shows nobody.
 */
void kr_employee_query_set_golongan_range (KrEmployeeQuery *query, guint min, guint max);

/**
 * kr_employee_query_get_golongan_range:
 * @query: a query
 * @min: (out) (optional): the lower bound, 0 for none
 * @max: (out) (optional): the upper bound, 0 for none
 *
 * Gives the golongan range set with kr_employee_query_set_golongan_range().
 */
void kr_employee_query_get_golongan_range (const KrEmployeeQuery *query, guint *min, guint *max);

/**
 * kr_employee_query_set_position_kind:
 * @query: a query
 * @kind: a #KrPositionKind, or -1 for any
 *
 * Shows only the employees whose current position is of @kind; with a kind set, employees
 * without a position are not shown.
 */
void kr_employee_query_set_position_kind (KrEmployeeQuery *query, int kind);

/**
 * kr_employee_query_get_position_kind:
 * @query: a query
 *
 * Returns: the #KrPositionKind shown, or -1 for any
 */
int kr_employee_query_get_position_kind (const KrEmployeeQuery *query);

/**
 * kr_employee_query_set_employee_kind:
 * @query: a query
 * @kind: a #KrEmployeeKind, or -1 for any
 *
 * Shows only the employees of @kind (PNS, CPNS or PPPK).
 */
void kr_employee_query_set_employee_kind (KrEmployeeQuery *query, int kind);

/**
 * kr_employee_query_get_employee_kind:
 * @query: a query
 *
 * Returns: the #KrEmployeeKind shown, or -1 for any
 */
int kr_employee_query_get_employee_kind (const KrEmployeeQuery *query);

/**
 * kr_employee_query_set_status:
 * @query: a query
 * @status: a #KrEmployeeStatus, or -1 for any
 *
 * Shows only the employees of legal status @status.
 */
void kr_employee_query_set_status (KrEmployeeQuery *query, int status);

/**
 * kr_employee_query_get_status:
 * @query: a query
 *
 * Returns: the #KrEmployeeStatus shown, or -1 for any
 */
int kr_employee_query_get_status (const KrEmployeeQuery *query);

/**
 * kr_employee_query_set_retiring_within:
 * @query: a query
 * @months: the number of months to look ahead, or 0 to turn the filter off
 * @today: (nullable): the first day of the period; %NULL for today's date at the time of
 *   the call
 *
 * Shows only the employees whose TMT pensiun falls between @today and @months months later,
 * both included. The TMT pensiun is the 1st of the month after the month in which the
 * employee reaches the retirement age (BUP) of their current position, with the
 * transitional protections for their birth date (kr_position_get_bup(),
 * kr_position_retirement_date()). Employees without a position are not shown. The filter
 * does not look at the legal status: combine it with kr_employee_query_set_status() to see
 * only those still in service.
 */
void
kr_employee_query_set_retiring_within (KrEmployeeQuery *query, guint months, const GDate *today);

/**
 * kr_employee_query_get_retiring_within:
 * @query: a query
 * @today: (out caller-allocates) (optional): the first day of the period; cleared when the
 *   filter is off
 *
 * Returns: the number of months looked ahead, 0 when the filter is off
 */
guint kr_employee_query_get_retiring_within (const KrEmployeeQuery *query, GDate *today);

/**
 * kr_employee_query_set_sort:
 * @query: a query
 * @sort: the order
 * @descending: %TRUE to reverse it
 *
 * Sets the order of the list (see #KrEmployeeSort for what each order means).
 */
void kr_employee_query_set_sort (KrEmployeeQuery *query, KrEmployeeSort sort, gboolean descending);

/**
 * kr_employee_query_get_sort:
 * @query: a query
 *
 * Returns: the order
 */
KrEmployeeSort kr_employee_query_get_sort (const KrEmployeeQuery *query);

/**
 * kr_employee_query_get_sort_descending:
 * @query: a query
 *
 * Returns: whether the order is reversed
 */
gboolean kr_employee_query_get_sort_descending (const KrEmployeeQuery *query);

/**
 * kr_employee_query_has_filter:
 * @query: a query
 *
 * Returns whether @query leaves anyone out: a search or any filter is set.
 *
 * Returns: %TRUE when some employees may not be shown
 */
gboolean kr_employee_query_has_filter (const KrEmployeeQuery *query);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrEmployeeQuery, kr_employee_query_free)

G_END_DECLS
