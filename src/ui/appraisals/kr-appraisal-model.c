/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-model"

#include "config.h"

#include "kr-appraisal-model.h"

/* A view that asks for an item this close to the end makes the model read the next page. */
#define PREFETCH          50
#define DEFAULT_PAGE_SIZE 200

struct _KrAppraisalModel
{
  GObject parent_instance;

  KrDatabase *database;
  KrAppraisalQuery query;
  guint page_size;
  GPtrArray *items;

  /* The workers' connection between two pages: a page takes it and gives it back, so that
   * two pages never share it. */
  KrDatabase *reader;
  GCancellable *cancellable;
  guint idle_id;
  gboolean loading;
  gboolean complete;
  gboolean counted;
  guint count;
  GError *error;
};

static void kr_appraisal_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KrAppraisalModel,
                               kr_appraisal_model,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      kr_appraisal_model_list_model_init))

enum
{
  PROP_0,
  PROP_LOADING,
  PROP_COMPLETE,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Queries */

void
kr_appraisal_query_copy_into (KrAppraisalQuery *dest, const KrAppraisalQuery *src)
{
  *dest = *src;
  dest->search = g_strdup (src->search);
}

void
kr_appraisal_query_clear (KrAppraisalQuery *query)
{
  g_free ((char *) query->search);
  *query = (KrAppraisalQuery){ 0 };
}

/* Workers */

typedef struct
{
  char *path;
  KrDatabase *reader;
  KrIdentity *identity;
  KrAppraisalQuery query;
  guint offset;
  guint limit; /* 0: count only */
  gboolean count_too;
  guint count;
} Fetch;

static void
fetch_free (Fetch *fetch)
{
  g_free (fetch->path);
  g_clear_object (&fetch->reader);
  g_clear_pointer (&fetch->identity, kr_identity_unref);
  kr_appraisal_query_clear (&fetch->query);
  g_free (fetch);
}

static Fetch *
fetch_new (KrDatabase *database, const KrAppraisalQuery *query)
{
  Fetch *fetch = g_new0 (Fetch, 1);
  KrIdentity *identity = kr_database_get_identity (database);

  fetch->path = g_strdup (kr_database_get_path (database));
  fetch->identity = identity != NULL ? kr_identity_ref (identity) : NULL;
  kr_appraisal_query_copy_into (&fetch->query, query);
  return fetch;
}

static void
fetch_thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Fetch *fetch = task_data;
  g_autoptr (KrAppraisalRepository) repository = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GError) error = NULL;

  /* SQLite handles are not shared between threads: the worker has a connection of its own,
   * signed in as the window's user so that the repository checks the same rights. */
  if (fetch->reader == NULL)
    fetch->reader = kr_database_open (fetch->path, KR_DATABASE_FLAGS_READ_ONLY, &error);
  if (fetch->reader == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  kr_database_set_identity (fetch->reader, fetch->identity);
  repository = kr_appraisal_repository_new (fetch->reader);

  if (fetch->count_too &&
      !kr_appraisal_repository_count (repository, &fetch->query, &fetch->count, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  items = g_ptr_array_new_with_free_func (g_object_unref);
  if (fetch->limit > 0 && !g_cancellable_is_cancelled (cancellable))
    {
      rows = kr_appraisal_repository_list (repository, &fetch->query, fetch->offset, fetch->limit,
                                           &error);
      if (rows == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      /* The items take the rows over. */
      g_ptr_array_set_free_func (rows, NULL);
      for (guint i = 0; i < rows->len; i++)
        g_ptr_array_add (items, kr_appraisal_item_new (g_ptr_array_index (rows, i)));
    }
  g_task_return_pointer (task, g_steal_pointer (&items), (GDestroyNotify) g_ptr_array_unref);
}

static void
set_loading (KrAppraisalModel *self, gboolean loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
set_complete (KrAppraisalModel *self, gboolean complete)
{
  if (self->complete == complete)
    return;
  self->complete = complete;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
}

static void
fetch_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrAppraisalModel *self = KR_APPRAISAL_MODEL (source);
  Fetch *fetch = g_task_get_task_data (G_TASK (result));
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GError) error = NULL;
  guint position;

  /* The connection comes back, unless the model moved to another file meanwhile. */
  if (self->reader == NULL && self->database != NULL &&
      g_strcmp0 (fetch->path, kr_database_get_path (self->database)) == 0)
    self->reader = g_steal_pointer (&fetch->reader);

  /* A page of a query the model has since abandoned. */
  if (g_task_get_cancellable (G_TASK (result)) != self->cancellable)
    return;

  g_clear_object (&self->cancellable);
  items = g_task_propagate_pointer (G_TASK (result), &error);
  if (items == NULL)
    {
      g_clear_error (&self->error);
      self->error = g_steal_pointer (&error);
      self->counted = TRUE;
      self->count = 0;
      set_complete (self, TRUE);
      set_loading (self, FALSE);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
      return;
    }

  position = self->items->len;
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (self->items, g_object_ref (g_ptr_array_index (items, i)));
  if (items->len < self->page_size)
    set_complete (self, TRUE);
  if (fetch->count_too)
    {
      self->counted = TRUE;
      self->count = fetch->count;
    }
  /* The views hear of the new rows before anyone who waits for the loading to end, so that
   * whoever then opens or selects a row finds it in every model along the way. */
  if (items->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), position, 0, items->len);
  set_loading (self, FALSE);
  if (fetch->count_too)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
}

static void
start_fetch (KrAppraisalModel *self)
{
  g_autoptr (GTask) task = NULL;
  Fetch *fetch;

  g_assert (self->database != NULL && !self->loading && !self->complete);

  fetch = fetch_new (self->database, &self->query);
  fetch->reader = g_steal_pointer (&self->reader);
  fetch->offset = self->items->len;
  fetch->limit = self->page_size;
  fetch->count_too = self->items->len == 0;

  self->cancellable = g_cancellable_new ();
  set_loading (self, TRUE);
  task = g_task_new (self, self->cancellable, fetch_done_cb, NULL);
  g_task_set_source_tag (task, start_fetch);
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);
  g_task_run_in_thread (task, fetch_thread_cb);
}

static gboolean
fetch_idle_cb (gpointer user_data)
{
  KrAppraisalModel *self = user_data;

  self->idle_id = 0;
  if (self->database != NULL && !self->loading && !self->complete)
    start_fetch (self);
  return G_SOURCE_REMOVE;
}

/* Forgets every row and, with a database, reads the first page again. */
static void
start_over (KrAppraisalModel *self)
{
  guint removed = self->items->len;

  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_error (&self->error);
  g_ptr_array_set_size (self->items, 0);
  self->loading = FALSE;
  self->complete = self->database == NULL;
  self->counted = self->database == NULL;
  self->count = 0;

  if (removed > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, 0);
  if (self->database != NULL)
    start_fetch (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
}

/* GListModel */

static GType
kr_appraisal_model_get_item_type (GListModel *model)
{
  return KR_TYPE_APPRAISAL_ITEM;
}

static guint
kr_appraisal_model_get_n_items (GListModel *model)
{
  return KR_APPRAISAL_MODEL (model)->items->len;
}

static gpointer
kr_appraisal_model_get_item (GListModel *model, guint position)
{
  KrAppraisalModel *self = KR_APPRAISAL_MODEL (model);

  if (position >= self->items->len)
    return NULL;
  /* Not from here: a view asking for an item must not see the model change under it. */
  if (!self->complete && !self->loading && self->idle_id == 0 &&
      position + PREFETCH >= self->items->len)
    self->idle_id = g_idle_add (fetch_idle_cb, self);
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
kr_appraisal_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = kr_appraisal_model_get_item_type;
  iface->get_n_items = kr_appraisal_model_get_n_items;
  iface->get_item = kr_appraisal_model_get_item;
}

/* API */

KrAppraisalModel *
kr_appraisal_model_new (void)
{
  return g_object_new (KR_TYPE_APPRAISAL_MODEL, NULL);
}

void
kr_appraisal_model_set_database (KrAppraisalModel *self, KrDatabase *database)
{
  g_return_if_fail (KR_IS_APPRAISAL_MODEL (self));
  g_return_if_fail (database == NULL || KR_IS_DATABASE (database));

  /* A new connection each time: the identity may have changed with the database. */
  g_clear_object (&self->reader);
  g_set_object (&self->database, database);
  start_over (self);
}

void
kr_appraisal_model_set_query (KrAppraisalModel *self, const KrAppraisalQuery *query)
{
  KrAppraisalQuery copy;

  g_return_if_fail (KR_IS_APPRAISAL_MODEL (self));
  g_return_if_fail (query != NULL);

  /* Copied first: @query may be the model's own. */
  kr_appraisal_query_copy_into (&copy, query);
  kr_appraisal_query_clear (&self->query);
  self->query = copy;
  start_over (self);
}

const KrAppraisalQuery *
kr_appraisal_model_get_query (KrAppraisalModel *self)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_MODEL (self), NULL);

  return &self->query;
}

void
kr_appraisal_model_reload (KrAppraisalModel *self)
{
  g_return_if_fail (KR_IS_APPRAISAL_MODEL (self));

  start_over (self);
}

void
kr_appraisal_model_set_page_size (KrAppraisalModel *self, guint page_size)
{
  g_return_if_fail (KR_IS_APPRAISAL_MODEL (self));
  g_return_if_fail (page_size > 0);

  self->page_size = page_size;
}

gboolean
kr_appraisal_model_get_loading (KrAppraisalModel *self)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_MODEL (self), FALSE);

  return self->loading;
}

gboolean
kr_appraisal_model_get_complete (KrAppraisalModel *self)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_MODEL (self), FALSE);

  return self->complete;
}

gboolean
kr_appraisal_model_get_counted (KrAppraisalModel *self)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_MODEL (self), FALSE);

  return self->counted;
}

guint
kr_appraisal_model_get_count (KrAppraisalModel *self)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_MODEL (self), 0);

  return self->count;
}

const GError *
kr_appraisal_model_get_error (KrAppraisalModel *self)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_MODEL (self), NULL);

  return self->error;
}

/* Counting alone */

static void
count_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
}

void
kr_appraisal_count_async (KrDatabase *database,
                          const KrAppraisalQuery *query,
                          GCancellable *cancellable,
                          GAsyncReadyCallback callback,
                          gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  Fetch *fetch;

  g_return_if_fail (KR_IS_DATABASE (database));
  g_return_if_fail (query != NULL);

  fetch = fetch_new (database, query);
  fetch->count_too = TRUE;
  task = g_task_new (NULL, cancellable, callback != NULL ? callback : count_done, user_data);
  g_task_set_source_tag (task, kr_appraisal_count_async);
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);
  g_task_run_in_thread (task, fetch_thread_cb);
}

gboolean
kr_appraisal_count_finish (GAsyncResult *result, guint *count, GError **error)
{
  g_autoptr (GPtrArray) items = NULL;
  Fetch *fetch;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  items = g_task_propagate_pointer (G_TASK (result), error);
  if (items == NULL)
    return FALSE;
  fetch = g_task_get_task_data (G_TASK (result));
  if (count != NULL)
    *count = fetch->count;
  return TRUE;
}

static void
kr_appraisal_model_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrAppraisalModel *self = KR_APPRAISAL_MODEL (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    case PROP_COMPLETE:
      g_value_set_boolean (value, self->complete);
      break;

    case PROP_COUNT:
      g_value_set_uint (value, self->count);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_appraisal_model_dispose (GObject *object)
{
  KrAppraisalModel *self = KR_APPRAISAL_MODEL (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->database);
  g_clear_object (&self->reader);

  G_OBJECT_CLASS (kr_appraisal_model_parent_class)->dispose (object);
}

static void
kr_appraisal_model_finalize (GObject *object)
{
  KrAppraisalModel *self = KR_APPRAISAL_MODEL (object);

  kr_appraisal_query_clear (&self->query);
  g_ptr_array_unref (self->items);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (kr_appraisal_model_parent_class)->finalize (object);
}

static void
kr_appraisal_model_class_init (KrAppraisalModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = kr_appraisal_model_get_property;
  object_class->dispose = kr_appraisal_model_dispose;
  object_class->finalize = kr_appraisal_model_finalize;

  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPLETE] = g_param_spec_boolean ("complete", NULL, NULL, TRUE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNT] = g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0,
                                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kr_appraisal_model_init (KrAppraisalModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->page_size = DEFAULT_PAGE_SIZE;
  self->complete = TRUE;
  self->counted = TRUE;
  self->query.period = -1;
}
