/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-dashboard-models"

#include "config.h"

#include "kr-dashboard-models.h"

/* Items */

struct _KrDashboardItem
{
  GObject parent_instance;

  KrDashboardEmployee *employee;
};

G_DEFINE_FINAL_TYPE (KrDashboardItem, kr_dashboard_item, G_TYPE_OBJECT)

const KrDashboardEmployee *
kr_dashboard_item_get_employee (KrDashboardItem *self)
{
  g_return_val_if_fail (KR_IS_DASHBOARD_ITEM (self), NULL);

  return self->employee;
}

static void
kr_dashboard_item_finalize (GObject *object)
{
  g_clear_pointer (&KR_DASHBOARD_ITEM (object)->employee, kr_dashboard_employee_free);

  G_OBJECT_CLASS (kr_dashboard_item_parent_class)->finalize (object);
}

static void
kr_dashboard_item_class_init (KrDashboardItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kr_dashboard_item_finalize;
}

static void
kr_dashboard_item_init (KrDashboardItem *self)
{
}

/* The model */

typedef struct
{
  KrDashboardScope scope;
  KrDashboardFilter filter;
} Query;

struct _KrDashboardEmployeeModel
{
  KrPagedModel parent_instance;

  Query query;
};

G_DEFINE_FINAL_TYPE (KrDashboardEmployeeModel, kr_dashboard_employee_model, KR_TYPE_PAGED_MODEL)

static void
query_free (Query *query)
{
  if (query == NULL)
    return;
  kr_dashboard_filter_clear (&query->filter);
  g_free (query);
}

static gpointer
dup_query (KrPagedModel *model, gpointer last_item)
{
  const Query *query = &KR_DASHBOARD_EMPLOYEE_MODEL (model)->query;
  Query *copy = g_new0 (Query, 1);

  copy->scope = query->scope;
  kr_dashboard_filter_copy (&copy->filter, &query->filter);
  return copy;
}

/* In a worker. */
static GPtrArray *
fetch_employees (KrDatabase *reader,
                 gconstpointer data,
                 guint offset,
                 guint limit,
                 guint *count,
                 GCancellable *cancellable,
                 GError **error)
{
  const Query *query = data;
  g_autoptr (KrDashboardRepository) repository = kr_dashboard_repository_new (reader);
  g_autoptr (GPtrArray) rows = NULL;
  GPtrArray *items;

  rows = kr_dashboard_repository_list_employees (repository, &query->scope, &query->filter, offset,
                                                 limit, count, error);
  if (rows == NULL)
    return NULL;
  items = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_set_free_func (rows, NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      KrDashboardItem *item = g_object_new (KR_TYPE_DASHBOARD_ITEM, NULL);

      item->employee = g_ptr_array_index (rows, i);
      g_ptr_array_add (items, item);
    }
  return items;
}

KrDashboardEmployeeModel *
kr_dashboard_employee_model_new (void)
{
  return g_object_new (KR_TYPE_DASHBOARD_EMPLOYEE_MODEL, NULL);
}

void
kr_dashboard_employee_model_set_query (KrDashboardEmployeeModel *self,
                                       const KrDashboardScope *scope,
                                       const KrDashboardFilter *filter)
{
  g_return_if_fail (KR_IS_DASHBOARD_EMPLOYEE_MODEL (self));
  g_return_if_fail (scope != NULL);
  g_return_if_fail (filter != NULL);

  kr_dashboard_filter_clear (&self->query.filter);
  self->query.scope = *scope;
  kr_dashboard_filter_copy (&self->query.filter, filter);
  kr_paged_model_start_over (KR_PAGED_MODEL (self));
}

static void
kr_dashboard_employee_model_finalize (GObject *object)
{
  kr_dashboard_filter_clear (&KR_DASHBOARD_EMPLOYEE_MODEL (object)->query.filter);

  G_OBJECT_CLASS (kr_dashboard_employee_model_parent_class)->finalize (object);
}

static void
kr_dashboard_employee_model_class_init (KrDashboardEmployeeModelClass *klass)
{
  KrPagedModelClass *paged_class = KR_PAGED_MODEL_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = kr_dashboard_employee_model_finalize;
  paged_class->item_type = KR_TYPE_DASHBOARD_ITEM;
  paged_class->counts = TRUE;
  paged_class->fetch_page = fetch_employees;
  paged_class->dup_query = dup_query;
  paged_class->free_query = (GDestroyNotify) query_free;
}

static void
kr_dashboard_employee_model_init (KrDashboardEmployeeModel *self)
{
  kr_dashboard_scope_init (&self->query.scope, 0, 2000);
}
