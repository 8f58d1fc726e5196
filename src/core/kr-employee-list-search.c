/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-list"

#include "config.h"

#include "kr-employee-list-private.h"

#include "kr-database-private.h"
#include "kr-employee-private.h"
#include "kr-employee-search.h"

/* The search index */

/* Reads the rows that the search index found at the positions of page @index, by id. A row
 * deleted since (by another connection) is left out. */
gboolean
_kr_employee_list_read_found_page (KrEmployeeList *self,
                                   guint index,
                                   GPtrArray *items,
                                   GError **error)
{
  gint64 ids[FOUND_PAGE_SIZE];
  guint n = kr_employee_search_result_get_ids (self->found, index * FOUND_PAGE_SIZE,
                                               FOUND_PAGE_SIZE, ids);

  if (self->by_id == NULL)
    {
      self->by_id = _kr_employee_list_prepare (
          self, "SELECT " KR_EMPLOYEE_COLUMNS " FROM " KR_EMPLOYEE_FROM " WHERE e.id = ?", FALSE,
          error);
      if (self->by_id == NULL)
        return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      int rc;

      sqlite3_bind_int64 (self->by_id, 1, ids[i]);
      rc = sqlite3_step (self->by_id);
      if (rc == SQLITE_ROW)
        g_ptr_array_add (items, _kr_employee_new_from_row (self->by_id));
      sqlite3_reset (self->by_id);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          _kr_employee_list_set_read_error (self, error, rc);
          return FALSE;
        }
    }
  return TRUE;
}

/* The SQL of the order of @plan as its index holds it, for the search index. */
static char *
dup_index_order (const Plan *plan)
{
  GString *sql = g_string_new (NULL);

  for (guint key = 0; key < plan->n_keys; key++)
    {
      gboolean descending = key < plan->spec->n_columns && plan->spec->columns[key].descending;

      g_string_append_printf (sql, "%s%s %s", key > 0 ? ", " : "",
                              key < plan->spec->n_columns ? plan->spec->columns[key].expression
                                                          : "e.id",
                              descending ? "DESC" : "ASC");
    }
  return g_string_free (sql, FALSE);
}

/* Asks the search index for the rows of a search without other filters; NULL when it
 * cannot answer yet. */
KrEmployeeSearchResult *
_kr_employee_list_find_in_index (KrEmployeeList *self)
{
  KrEmployeeSearch *search = _kr_employee_repository_get_search (self->repository);
  g_autofree char *order_by = dup_index_order (self->plan);

  return kr_employee_search_run (search, kr_employee_query_get_search (self->query),
                                 kr_employee_query_get_sort (self->query), self->plan->reversed,
                                 order_by);
}
