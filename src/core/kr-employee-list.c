/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-list"

#include "config.h"

#include "kr-employee-list.h"

#include "kr-database-private.h"
#include "kr-employee-list-private.h"
#include "kr-employee-private.h"
#include "kr-employee-search.h"
#include "kr-i18n.h"
#include "kr-repository-private.h"

static void kr_employee_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KrEmployeeList,
                               kr_employee_list,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      kr_employee_list_model_init))

enum
{
  PROP_0,
  PROP_REPOSITORY,
  PROP_QUERY,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Statements */

void
_kr_employee_list_set_read_error (KrEmployeeList *self, GError **error, int rc)
{
  _kr_database_set_error (self->database, error, rc, _ ("Could not read the list of employees"));
}

sqlite3_stmt *
_kr_employee_list_prepare (KrEmployeeList *self,
                           const char *sql,
                           gboolean with_filters,
                           GError **error)
{
  sqlite3 *db = _kr_database_get_handle (self->database);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v3 (db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      g_debug ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (db));
      _kr_employee_list_set_read_error (self, error, rc);
      sqlite3_finalize (stmt);
      return NULL;
    }
  g_debug ("Prepared %s", sql);
  if (with_filters)
    _kr_employee_list_bind_filters (self->plan, stmt);
  return stmt;
}

/* Returns a statement of @kind, from the start (@segment -1) or from a boundary, prepared
 * on first use with the filters bound. */
sqlite3_stmt *
_kr_employee_list_get_statement (KrEmployeeList *self,
                                 StatementKind kind,
                                 int segment,
                                 GError **error)
{
  sqlite3_stmt **slot = &self->plan->statements[kind][segment + 1];
  g_autofree char *sql = NULL;

  if (*slot == NULL)
    {
      sql = _kr_employee_list_build_sql (self->plan, kind, segment);
      *slot = _kr_employee_list_prepare (self, sql, TRUE, error);
    }
  return *slot;
}

/* Counting */

static gboolean
count_rows (KrEmployeeList *self,
            const char *from,
            const char *where,
            gint64 *count,
            GError **error)
{
  g_autofree char *sql =
      g_strconcat ("SELECT count(*) FROM ", from, where != NULL ? " WHERE " : "", where, NULL);
  sqlite3_stmt *stmt = _kr_employee_list_prepare (self, sql, where != NULL, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *count = sqlite3_column_int64 (stmt, 0);
  else
    _kr_employee_list_set_read_error (self, error, rc);
  sqlite3_finalize (stmt);
  return rc == SQLITE_ROW;
}

/* Whether the database has not changed since every employee was counted: then that count
 * still holds, and clearing a search or a filter need not count them again (a walk through
 * a whole index, tens of milliseconds at national scale). */
static gboolean
total_is_current (KrEmployeeList *self, const gint64 fingerprint[2])
{
  return self->n_total >= 0 && fingerprint[0] == self->total_fingerprint[0] &&
         fingerprint[1] == self->total_fingerprint[1];
}

/* Counts the rows of the plan and chooses how to read them. */
static gboolean
count_plan (KrEmployeeList *self, guint *n_items, GError **error)
{
  Plan *plan = self->plan;
  gint64 count = 0, fingerprint[2] = { -1, -1 };

  /* Taken before counting: a commit in between moves it, and the next count is made again.
   * Inside a transaction there is none. */
  if (!_kr_database_get_fingerprint (self->database, fingerprint))
    fingerprint[0] = fingerprint[1] = -1;
  if (!plan->has_filter && fingerprint[0] >= 0 && total_is_current (self, fingerprint))
    count = self->n_total;
  /* The search index counts its matches faster than reading them from the table. */
  else if (plan->search_only)
    {
      if (!count_rows (self, "employee_fts", "employee_fts MATCH ?", &count, error))
        return FALSE;
    }
  else if (!count_rows (self, "employee e", plan->where[FORM_COUNTED], &count, error))
    return FALSE;
  if (!plan->has_filter)
    {
      self->n_total = count;
      self->total_fingerprint[0] = fingerprint[0];
      self->total_fingerprint[1] = fingerprint[1];
    }
  else if (self->n_total < 0)
    {
      if (!count_rows (self, "employee e", NULL, &self->n_total, error))
        return FALSE;
      self->total_fingerprint[0] = fingerprint[0];
      self->total_fingerprint[1] = fingerprint[1];
    }

  plan->sort_driven = !plan->has_filter || count * SORT_DRIVEN_RATIO >= self->n_total;
  *n_items = (guint) MIN (count, (gint64) G_MAXUINT);
  return TRUE;
}

static void
set_error (KrEmployeeList *self, GError *error)
{
  g_clear_error (&self->error);
  self->error = error;
}

/* Counts the rows of the current query with a new plan. */
static void
recount (KrEmployeeList *self)
{
  g_autoptr (GError) error = NULL;
  guint n_items = 0;

  _kr_employee_list_drop_rows (self);
  g_clear_pointer (&self->found, kr_employee_search_result_free);
  g_clear_pointer (&self->plan, _kr_employee_list_plan_free);
  self->plan =
      _kr_employee_list_plan_new (self->query, _kr_database_get_scope_unit (self->database));
  self->plan_serial++;
  /* Nothing for whoever may not read employees (kr-identity.h). */
  if (!_kr_database_check (self->database, KR_PERMISSION_READ_EMPLOYEES, &error))
    n_items = 0;
  else if (self->plan->search_only &&
           (self->found = _kr_employee_list_find_in_index (self)) != NULL)
    n_items = kr_employee_search_result_get_count (self->found);
  else if (!count_plan (self, &n_items, &error))
    n_items = 0;
  self->n_items = n_items;
  /* Page 0 starts at the start; the others' boundaries are learnt as pages are read, or
   * were learnt when the same list was shown before. */
  g_ptr_array_set_size (self->boundaries, (n_items + PAGE_SIZE - 1) / PAGE_SIZE);
  _kr_employee_list_take_kept_boundaries (self);
  set_error (self, g_steal_pointer (&error));
  /* A long list learns all of them in the background. */
  _kr_employee_list_start_survey (self);
}

/* GListModel */

static GType
kr_employee_list_get_item_type (GListModel *model)
{
  return KR_TYPE_EMPLOYEE;
}

static guint
kr_employee_list_get_n_items (GListModel *model)
{
  return KR_EMPLOYEE_LIST (model)->n_items;
}

static gpointer
kr_employee_list_get_item (GListModel *model, guint position)
{
  KrEmployeeList *self = KR_EMPLOYEE_LIST (model);
  g_autoptr (GError) error = NULL;
  Page *page;

  if (position >= self->n_items)
    return NULL;

  page =
      _kr_employee_list_get_page (self, position / _kr_employee_list_get_page_size (self), &error);
  if (page == NULL)
    {
      g_debug ("Cannot read row %u: %s", position, error->message);
      set_error (self, g_steal_pointer (&error));
      return NULL;
    }
  if (position % _kr_employee_list_get_page_size (self) >= page->items->len)
    return NULL;
  return g_object_ref (
      g_ptr_array_index (page->items, position % _kr_employee_list_get_page_size (self)));
}

static void
kr_employee_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = kr_employee_list_get_item_type;
  iface->get_n_items = kr_employee_list_get_n_items;
  iface->get_item = kr_employee_list_get_item;
}

/* The object */

static void
on_changed_cb (KrEmployeeRepository *repository, gint64 employee_id, KrEmployeeList *self)
{
  kr_employee_list_refresh (self);
}

static void
kr_employee_list_constructed (GObject *object)
{
  KrEmployeeList *self = KR_EMPLOYEE_LIST (object);

  G_OBJECT_CLASS (kr_employee_list_parent_class)->constructed (object);

  g_assert (self->repository != NULL);
  self->database = g_object_ref (_kr_employee_repository_get_database (self->repository));
  if (self->query == NULL)
    self->query = kr_employee_query_new ();
  self->changed_handler =
      g_signal_connect (self->repository, "changed", G_CALLBACK (on_changed_cb), self);
  recount (self);
}

static void
kr_employee_list_dispose (GObject *object)
{
  KrEmployeeList *self = KR_EMPLOYEE_LIST (object);

  if (self->repository != NULL)
    g_clear_signal_handler (&self->changed_handler, self->repository);
  _kr_employee_list_cancel_survey (self);
  _kr_employee_list_drop_rows (self);
  _kr_employee_list_drop_kept_boundaries (self);
  g_clear_pointer (&self->found, kr_employee_search_result_free);
  g_clear_pointer (&self->by_id, sqlite3_finalize);
  g_clear_pointer (&self->plan, _kr_employee_list_plan_free);
  g_clear_object (&self->repository);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (kr_employee_list_parent_class)->dispose (object);
}

static void
kr_employee_list_finalize (GObject *object)
{
  KrEmployeeList *self = KR_EMPLOYEE_LIST (object);

  g_clear_pointer (&self->query, kr_employee_query_free);
  g_clear_pointer (&self->boundaries, g_ptr_array_unref);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (kr_employee_list_parent_class)->finalize (object);
}

static void
kr_employee_list_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrEmployeeList *self = KR_EMPLOYEE_LIST (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;
    case PROP_QUERY:
      g_value_set_boxed (value, self->query);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_employee_list_set_property (GObject *object,
                               guint prop_id,
                               const GValue *value,
                               GParamSpec *pspec)
{
  KrEmployeeList *self = KR_EMPLOYEE_LIST (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      self->repository = g_value_dup_object (value);
      break;
    case PROP_QUERY:
      /* Before construction, only keep it: constructed() counts. */
      if (self->plan == NULL)
        {
          const KrEmployeeQuery *query = g_value_get_boxed (value);

          g_clear_pointer (&self->query, kr_employee_query_free);
          self->query = query != NULL ? kr_employee_query_copy (query) : NULL;
        }
      else
        kr_employee_list_set_query (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_employee_list_class_init (KrEmployeeListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = kr_employee_list_constructed;
  object_class->dispose = kr_employee_list_dispose;
  object_class->finalize = kr_employee_list_finalize;
  object_class->get_property = kr_employee_list_get_property;
  object_class->set_property = kr_employee_list_set_property;

  /**
   * KrEmployeeList:repository:
   *
   * The employees listed; the list follows its `changed` signal.
   */
  properties[PROP_REPOSITORY] =
      g_param_spec_object ("repository", NULL, NULL, KR_TYPE_EMPLOYEE_REPOSITORY,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * KrEmployeeList:query:
   *
   * What the list shows (a #KrEmployeeQuery); %NULL sets everyone, sorted by name.
   */
  properties[PROP_QUERY] = g_param_spec_boxed (
      "query", NULL, NULL, KR_TYPE_EMPLOYEE_QUERY,
      G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * KrEmployeeList:n-items:
   *
   * The number of employees in the list.
   */
  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kr_employee_list_init (KrEmployeeList *self)
{
  self->n_total = -1;
  self->boundaries = g_ptr_array_new_with_free_func ((GDestroyNotify) _kr_employee_list_key_free);
}

KrEmployeeList *
kr_employee_list_new (KrEmployeeRepository *repository, const KrEmployeeQuery *query)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_REPOSITORY (repository), NULL);

  return g_object_new (KR_TYPE_EMPLOYEE_LIST, "repository", repository, "query", query, NULL);
}

const KrEmployeeQuery *
kr_employee_list_get_query (KrEmployeeList *self)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_LIST (self), NULL);

  return self->query;
}

/* Announces that all the rows changed, in one change. A GTK 4.8 list widget given it directly
 * would look for the rows it showed among all the added rows, reading every row of the new
 * list; the Employees page shows the list through a KrSlotModel (src/ui/kr-slot-model.h),
 * which turns it into new items for the rows on screen and a change of the count. */
static void
replace_all (KrEmployeeList *self, guint old_n_items)
{
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n_items, self->n_items);
}

/* Emits items-changed for a new count, or over the rows read before for the same count. */
static void
announce (KrEmployeeList *self, guint old_n_items, guint first, guint end)
{
  if (self->n_items != old_n_items)
    {
      replace_all (self, old_n_items);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
  else if (first < end)
    g_list_model_items_changed (G_LIST_MODEL (self), first, end - first, end - first);
}

void
kr_employee_list_set_query (KrEmployeeList *self, const KrEmployeeQuery *query)
{
  g_autoptr (KrEmployeeQuery) everyone = NULL;
  guint old_n_items;

  g_return_if_fail (KR_IS_EMPLOYEE_LIST (self));

  if (query == NULL)
    query = everyone = kr_employee_query_new ();
  if (kr_employee_query_equal (query, self->query))
    return;

  _kr_employee_list_keep_boundaries (self);
  kr_employee_query_free (self->query);
  self->query = kr_employee_query_copy (query);
  old_n_items = self->n_items;
  recount (self);
  if (old_n_items > 0 || self->n_items > 0)
    replace_all (self, old_n_items);
  if (old_n_items != self->n_items)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

void
kr_employee_list_refresh (KrEmployeeList *self)
{
  guint old_n_items, first = G_MAXUINT, end = 0;

  g_return_if_fail (KR_IS_EMPLOYEE_LIST (self));

  /* The rows read before are the ones a view may show. */
  for (GList *link = self->pages.head; link != NULL; link = link->next)
    {
      const Page *page = link->data;

      first = MIN (first, page->index * _kr_employee_list_get_page_size (self));
      end = MAX (end, page->index * _kr_employee_list_get_page_size (self) + page->items->len);
    }

  old_n_items = self->n_items;
  self->n_total = -1;
  recount (self);
  announce (self, old_n_items, first, MIN (end, self->n_items));
}

gboolean
kr_employee_list_get_error (KrEmployeeList *self, GError **error)
{
  g_return_val_if_fail (KR_IS_EMPLOYEE_LIST (self), FALSE);

  if (self->error == NULL)
    return FALSE;
  if (error != NULL)
    g_propagate_error (error, g_error_copy (self->error));
  return TRUE;
}
