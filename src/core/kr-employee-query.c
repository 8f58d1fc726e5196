/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-query"

#include "config.h"

#include "kr-employee-query.h"

#include "kr-date.h"
#include "kr-employee.h"
#include "kr-position.h"

struct _KrEmployeeQuery
{
  char *search; /* stripped, never "" */
  gint64 unit_id;
  guint golongan_min;
  guint golongan_max;
  int position_kind;
  int employee_kind;
  int status;
  guint retiring_months;
  GDate retiring_today; /* valid only when retiring_months > 0 */
  KrEmployeeSort sort;
  gboolean descending;
};

G_DEFINE_BOXED_TYPE (KrEmployeeQuery,
                     kr_employee_query,
                     kr_employee_query_copy,
                     kr_employee_query_free)

G_DEFINE_ENUM_TYPE (KrEmployeeSort,
                    kr_employee_sort,
                    G_DEFINE_ENUM_VALUE (KR_EMPLOYEE_SORT_NAME, "name"),
                    G_DEFINE_ENUM_VALUE (KR_EMPLOYEE_SORT_NIP, "nip"),
                    G_DEFINE_ENUM_VALUE (KR_EMPLOYEE_SORT_GOLONGAN, "golongan"),
                    G_DEFINE_ENUM_VALUE (KR_EMPLOYEE_SORT_POSITION, "position"),
                    G_DEFINE_ENUM_VALUE (KR_EMPLOYEE_SORT_UNIT, "unit"),
                    G_DEFINE_ENUM_VALUE (KR_EMPLOYEE_SORT_SERVICE, "service"))

KrEmployeeQuery *
kr_employee_query_new (void)
{
  KrEmployeeQuery *query = g_new0 (KrEmployeeQuery, 1);

  query->position_kind = -1;
  query->employee_kind = -1;
  query->status = -1;
  g_date_clear (&query->retiring_today, 1);
  query->sort = KR_EMPLOYEE_SORT_NAME;
  return query;
}

KrEmployeeQuery *
kr_employee_query_copy (const KrEmployeeQuery *query)
{
  KrEmployeeQuery *copy;

  g_return_val_if_fail (query != NULL, NULL);

  copy = g_memdup2 (query, sizeof *query);
  copy->search = g_strdup (query->search);
  return copy;
}

void
kr_employee_query_free (KrEmployeeQuery *query)
{
  if (query == NULL)
    return;
  g_free (query->search);
  g_free (query);
}

gboolean
kr_employee_query_equal (const KrEmployeeQuery *a, const KrEmployeeQuery *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  if (a->retiring_months != b->retiring_months ||
      (a->retiring_months > 0 && g_date_compare (&a->retiring_today, &b->retiring_today) != 0))
    return FALSE;
  return g_strcmp0 (a->search, b->search) == 0 && a->unit_id == b->unit_id &&
         a->golongan_min == b->golongan_min && a->golongan_max == b->golongan_max &&
         a->position_kind == b->position_kind && a->employee_kind == b->employee_kind &&
         a->status == b->status && a->sort == b->sort && !a->descending == !b->descending;
}

void
kr_employee_query_set_search (KrEmployeeQuery *query, const char *text)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (query != NULL);

  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_free (query->search);
  query->search = *stripped != '\0' ? g_steal_pointer (&stripped) : NULL;
}

const char *
kr_employee_query_get_search (const KrEmployeeQuery *query)
{
  g_return_val_if_fail (query != NULL, NULL);

  return query->search;
}

void
kr_employee_query_set_unit (KrEmployeeQuery *query, gint64 unit_id)
{
  g_return_if_fail (query != NULL);
  g_return_if_fail (unit_id >= 0);

  query->unit_id = unit_id;
}

gint64
kr_employee_query_get_unit (const KrEmployeeQuery *query)
{
  g_return_val_if_fail (query != NULL, 0);

  return query->unit_id;
}

void
kr_employee_query_set_golongan_range (KrEmployeeQuery *query, guint min, guint max)
{
  g_return_if_fail (query != NULL);

  query->golongan_min = min;
  query->golongan_max = max;
}

void
kr_employee_query_get_golongan_range (const KrEmployeeQuery *query, guint *min, guint *max)
{
  g_return_if_fail (query != NULL);

  if (min != NULL)
    *min = query->golongan_min;
  if (max != NULL)
    *max = query->golongan_max;
}

void
kr_employee_query_set_position_kind (KrEmployeeQuery *query, int kind)
{
  g_return_if_fail (query != NULL);
  g_return_if_fail (kind >= -1 && kind < KR_N_POSITION_KINDS);

  query->position_kind = kind;
}

int
kr_employee_query_get_position_kind (const KrEmployeeQuery *query)
{
  g_return_val_if_fail (query != NULL, -1);

  return query->position_kind;
}

void
kr_employee_query_set_employee_kind (KrEmployeeQuery *query, int kind)
{
  g_return_if_fail (query != NULL);
  g_return_if_fail (kind >= -1 && kind < KR_N_EMPLOYEE_KINDS);

  query->employee_kind = kind;
}

int
kr_employee_query_get_employee_kind (const KrEmployeeQuery *query)
{
  g_return_val_if_fail (query != NULL, -1);

  return query->employee_kind;
}

void
kr_employee_query_set_status (KrEmployeeQuery *query, int status)
{
  g_return_if_fail (query != NULL);
  g_return_if_fail (status >= -1 && status < KR_N_EMPLOYEE_STATUSES);

  query->status = status;
}

int
kr_employee_query_get_status (const KrEmployeeQuery *query)
{
  g_return_val_if_fail (query != NULL, -1);

  return query->status;
}

void
kr_employee_query_set_retiring_within (KrEmployeeQuery *query, guint months, const GDate *today)
{
  g_return_if_fail (query != NULL);
  g_return_if_fail (today == NULL || g_date_valid (today));

  query->retiring_months = months;
  g_date_clear (&query->retiring_today, 1);
  if (months > 0)
    kr_date_today (today, &query->retiring_today);
}

guint
kr_employee_query_get_retiring_within (const KrEmployeeQuery *query, GDate *today)
{
  g_return_val_if_fail (query != NULL, 0);

  if (today != NULL)
    *today = query->retiring_today;
  return query->retiring_months;
}

void
kr_employee_query_set_sort (KrEmployeeQuery *query, KrEmployeeSort sort, gboolean descending)
{
  g_return_if_fail (query != NULL);
  g_return_if_fail (sort < KR_N_EMPLOYEE_SORTS);

  query->sort = sort;
  query->descending = !!descending;
}

KrEmployeeSort
kr_employee_query_get_sort (const KrEmployeeQuery *query)
{
  g_return_val_if_fail (query != NULL, KR_EMPLOYEE_SORT_NAME);

  return query->sort;
}

gboolean
kr_employee_query_get_sort_descending (const KrEmployeeQuery *query)
{
  g_return_val_if_fail (query != NULL, FALSE);

  return query->descending;
}

gboolean
kr_employee_query_has_filter (const KrEmployeeQuery *query)
{
  g_return_val_if_fail (query != NULL, FALSE);

  return query->search != NULL || query->unit_id != 0 || query->golongan_min != 0 ||
         query->golongan_max != 0 || query->position_kind != -1 || query->employee_kind != -1 ||
         query->status != -1 || query->retiring_months != 0;
}
