/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-paged-model"

#include "config.h"

#include "kr-paged-model.h"

#include "kr-identity.h"

/* A view that asks for an item this close to the end makes the model read the next page. */
#define PREFETCH          50
#define DEFAULT_PAGE_SIZE 200

typedef struct
{
  KrDatabase *database;
  guint page_size;
  GPtrArray *items;

  /* The workers' connection between two pages: a page takes it and gives it back, so that
   * two pages never share it (a page of an abandoned query may still run). */
  KrDatabase *reader;
  /* The page being read; cancelled, and replaced, when the model starts over. */
  GCancellable *cancellable;
  guint idle_id;
  gboolean loading;
  gboolean complete;
  gboolean counted;
  guint count;
  GError *error;
} KrPagedModelPrivate;

static void kr_paged_model_list_model_init (GListModelInterface *iface);

G_DEFINE_TYPE_WITH_CODE (KrPagedModel,
                         kr_paged_model,
                         G_TYPE_OBJECT,
                         G_ADD_PRIVATE (KrPagedModel)
                             G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                    kr_paged_model_list_model_init))

enum
{
  PROP_0,
  PROP_LOADING,
  PROP_COMPLETE,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Workers */

typedef struct
{
  char *path;
  KrDatabase *reader;
  KrIdentity *identity;
  KrPagedFetchFunc fetch_page;
  gpointer query;
  GDestroyNotify free_query;
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
  g_clear_pointer (&fetch->query, fetch->free_query);
  g_free (fetch);
}

static Fetch *
fetch_new (KrDatabase *database,
           KrPagedFetchFunc fetch_page,
           gpointer query,
           GDestroyNotify free_query)
{
  Fetch *fetch = g_new0 (Fetch, 1);
  KrIdentity *identity = kr_database_get_identity (database);

  fetch->path = g_strdup (kr_database_get_path (database));
  fetch->identity = identity != NULL ? kr_identity_ref (identity) : NULL;
  fetch->fetch_page = fetch_page;
  fetch->query = query;
  fetch->free_query = free_query;
  return fetch;
}

static void
fetch_thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Fetch *fetch = task_data;
  GPtrArray *items;
  g_autoptr (GError) error = NULL;

  /* SQLite handles are not shared between threads: the worker has a connection of its own,
   * signed in as the window's user so that the repositories check the same rights. */
  if (fetch->reader == NULL)
    fetch->reader = kr_database_open (fetch->path, KR_DATABASE_FLAGS_READ_ONLY, &error);
  if (fetch->reader == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  kr_database_set_identity (fetch->reader, fetch->identity);

  items = fetch->fetch_page (fetch->reader, fetch->query, fetch->offset, fetch->limit,
                             fetch->count_too ? &fetch->count : NULL, cancellable, &error);
  if (items == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, items, (GDestroyNotify) g_ptr_array_unref);
}

static void
set_loading (KrPagedModel *self, gboolean loading)
{
  KrPagedModelPrivate *priv = kr_paged_model_get_instance_private (self);

  if (priv->loading == loading)
    return;
  priv->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
set_complete (KrPagedModel *self, gboolean complete)
{
  KrPagedModelPrivate *priv = kr_paged_model_get_instance_private (self);

  if (priv->complete == complete)
    return;
  priv->complete = complete;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
}

static void
fetch_failed (KrPagedModel *self, GError *error)
{
  KrPagedModelPrivate *priv = kr_paged_model_get_instance_private (self);

  g_debug ("%s could not read a page: %s", G_OBJECT_TYPE_NAME (self), error->message);
  g_clear_error (&priv->error);
  priv->error = error;
  priv->counted = TRUE;
  priv->count = 0;
  set_complete (self, TRUE);
  set_loading (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
}

static void
fetch_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrPagedModel *self = KR_PAGED_MODEL (source);
  KrPagedModelPrivate *priv = kr_paged_model_get_instance_private (self);
  Fetch *fetch = g_task_get_task_data (G_TASK (result));
  g_autoptr (GPtrArray) items = NULL;
  GError *error = NULL;
  guint position;

  /* The connection comes back, unless the model moved to another file meanwhile. */
  if (priv->reader == NULL && priv->database != NULL &&
      g_strcmp0 (fetch->path, kr_database_get_path (priv->database)) == 0)
    priv->reader = g_steal_pointer (&fetch->reader);

  /* A page of a query the model has since abandoned. */
  if (g_task_get_cancellable (G_TASK (result)) != priv->cancellable)
    return;

  g_clear_object (&priv->cancellable);
  items = g_task_propagate_pointer (G_TASK (result), &error);
  if (items == NULL)
    {
      fetch_failed (self, error);
      return;
    }

  position = priv->items->len;
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (priv->items, g_object_ref (g_ptr_array_index (items, i)));
  /* A short page is the last one. */
  if (items->len < priv->page_size)
    set_complete (self, TRUE);
  if (fetch->count_too)
    {
      priv->counted = TRUE;
      priv->count = fetch->count;
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
start_fetch (KrPagedModel *self)
{
  KrPagedModelPrivate *priv = kr_paged_model_get_instance_private (self);
  KrPagedModelClass *klass = KR_PAGED_MODEL_GET_CLASS (self);
  g_autoptr (GTask) task = NULL;
  gpointer last_item = NULL;
  Fetch *fetch;

  g_assert (priv->database != NULL && !priv->loading && !priv->complete);

  if (priv->items->len > 0)
    last_item = g_ptr_array_index (priv->items, priv->items->len - 1);
  fetch = fetch_new (priv->database, klass->fetch_page, klass->dup_query (self, last_item),
                     klass->free_query);
  fetch->reader = g_steal_pointer (&priv->reader);
  fetch->offset = priv->items->len;
  fetch->limit = priv->page_size;
  fetch->count_too = klass->counts && priv->items->len == 0;

  priv->cancellable = g_cancellable_new ();
  set_loading (self, TRUE);
  task = g_task_new (self, priv->cancellable, fetch_done_cb, NULL);
  g_task_set_source_tag (task, start_fetch);
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);
  g_task_run_in_thread (task, fetch_thread_cb);
}

static gboolean
fetch_idle_cb (gpointer user_data)
{
  KrPagedModel *self = user_data;
  KrPagedModelPrivate *priv = kr_paged_model_get_instance_private (self);

  priv->idle_id = 0;
  if (priv->database != NULL && !priv->loading && !priv->complete)
    start_fetch (self);
  return G_SOURCE_REMOVE;
}

/* GListModel */

static GType
kr_paged_model_get_item_type (GListModel *model)
{
  return KR_PAGED_MODEL_GET_CLASS (model)->item_type;
}

static guint
kr_paged_model_get_n_items (GListModel *model)
{
  KrPagedModelPrivate *priv = kr_paged_model_get_instance_private (KR_PAGED_MODEL (model));

  return priv->items->len;
}

static gpointer
kr_paged_model_get_item (GListModel *model, guint position)
{
  KrPagedModelPrivate *priv = kr_paged_model_get_instance_private (KR_PAGED_MODEL (model));

  if (position >= priv->items->len)
    return NULL;
  /* Not from here: a view asking for an item must not see the model change under it. */
  if (!priv->complete && !priv->loading && priv->idle_id == 0 &&
      position + PREFETCH >= priv->items->len)
    priv->idle_id = g_idle_add (fetch_idle_cb, model);
  return g_object_ref (g_ptr_array_index (priv->items, position));
}

static void
kr_paged_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = kr_paged_model_get_item_type;
  iface->get_n_items = kr_paged_model_get_n_items;
  iface->get_item = kr_paged_model_get_item;
}

/* API */

void
kr_paged_model_start_over (KrPagedModel *self)
{
  KrPagedModelPrivate *priv;
  guint removed;

  g_return_if_fail (KR_IS_PAGED_MODEL (self));

  priv = kr_paged_model_get_instance_private (self);
  removed = priv->items->len;
  g_clear_handle_id (&priv->idle_id, g_source_remove);
  if (priv->cancellable != NULL)
    g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  g_clear_error (&priv->error);
  g_ptr_array_set_size (priv->items, 0);
  priv->loading = FALSE;
  priv->complete = priv->database == NULL;
  priv->counted = priv->database == NULL;
  priv->count = 0;

  if (removed > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, 0);
  if (priv->database != NULL)
    start_fetch (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
}

void
kr_paged_model_set_database (KrPagedModel *self, KrDatabase *database)
{
  KrPagedModelPrivate *priv;

  g_return_if_fail (KR_IS_PAGED_MODEL (self));
  g_return_if_fail (database == NULL || KR_IS_DATABASE (database));

  priv = kr_paged_model_get_instance_private (self);
  g_clear_object (&priv->reader);
  g_set_object (&priv->database, database);
  kr_paged_model_start_over (self);
}

KrDatabase *
kr_paged_model_get_database (KrPagedModel *self)
{
  KrPagedModelPrivate *priv;

  g_return_val_if_fail (KR_IS_PAGED_MODEL (self), NULL);

  priv = kr_paged_model_get_instance_private (self);
  return priv->database;
}

void
kr_paged_model_set_page_size (KrPagedModel *self, guint page_size)
{
  KrPagedModelPrivate *priv;

  g_return_if_fail (KR_IS_PAGED_MODEL (self));
  g_return_if_fail (page_size > 0);

  priv = kr_paged_model_get_instance_private (self);
  priv->page_size = page_size;
}

gboolean
kr_paged_model_get_loading (KrPagedModel *self)
{
  KrPagedModelPrivate *priv;

  g_return_val_if_fail (KR_IS_PAGED_MODEL (self), FALSE);

  priv = kr_paged_model_get_instance_private (self);
  return priv->loading;
}

gboolean
kr_paged_model_get_complete (KrPagedModel *self)
{
  KrPagedModelPrivate *priv;

  g_return_val_if_fail (KR_IS_PAGED_MODEL (self), FALSE);

  priv = kr_paged_model_get_instance_private (self);
  return priv->complete;
}

gboolean
kr_paged_model_get_counted (KrPagedModel *self)
{
  KrPagedModelPrivate *priv;

  g_return_val_if_fail (KR_IS_PAGED_MODEL (self), FALSE);

  priv = kr_paged_model_get_instance_private (self);
  return priv->counted;
}

guint
kr_paged_model_get_count (KrPagedModel *self)
{
  KrPagedModelPrivate *priv;

  g_return_val_if_fail (KR_IS_PAGED_MODEL (self), 0);

  priv = kr_paged_model_get_instance_private (self);
  return priv->count;
}

const GError *
kr_paged_model_get_error (KrPagedModel *self)
{
  KrPagedModelPrivate *priv;

  g_return_val_if_fail (KR_IS_PAGED_MODEL (self), NULL);

  priv = kr_paged_model_get_instance_private (self);
  return priv->error;
}

/* Counting alone */

static void
count_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
}

void
kr_paged_model_count_async (KrDatabase *database,
                            KrPagedFetchFunc fetch_page,
                            gpointer query,
                            GDestroyNotify free_query,
                            GCancellable *cancellable,
                            GAsyncReadyCallback callback,
                            gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  Fetch *fetch;

  g_return_if_fail (KR_IS_DATABASE (database));
  g_return_if_fail (fetch_page != NULL);

  fetch = fetch_new (database, fetch_page, query, free_query);
  fetch->count_too = TRUE;
  task = g_task_new (NULL, cancellable, callback != NULL ? callback : count_done, user_data);
  g_task_set_source_tag (task, kr_paged_model_count_async);
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);
  g_task_run_in_thread (task, fetch_thread_cb);
}

gboolean
kr_paged_model_count_finish (GAsyncResult *result, guint *count, GError **error)
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

/* GObject */

static void
kr_paged_model_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrPagedModelPrivate *priv = kr_paged_model_get_instance_private (KR_PAGED_MODEL (object));

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, priv->loading);
      break;

    case PROP_COMPLETE:
      g_value_set_boolean (value, priv->complete);
      break;

    case PROP_COUNT:
      g_value_set_uint (value, priv->count);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_paged_model_dispose (GObject *object)
{
  KrPagedModelPrivate *priv = kr_paged_model_get_instance_private (KR_PAGED_MODEL (object));

  g_clear_handle_id (&priv->idle_id, g_source_remove);
  if (priv->cancellable != NULL)
    g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  g_clear_object (&priv->database);
  g_clear_object (&priv->reader);

  G_OBJECT_CLASS (kr_paged_model_parent_class)->dispose (object);
}

static void
kr_paged_model_finalize (GObject *object)
{
  KrPagedModelPrivate *priv = kr_paged_model_get_instance_private (KR_PAGED_MODEL (object));

  g_ptr_array_unref (priv->items);
  g_clear_error (&priv->error);

  G_OBJECT_CLASS (kr_paged_model_parent_class)->finalize (object);
}

static void
kr_paged_model_class_init (KrPagedModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = kr_paged_model_get_property;
  object_class->dispose = kr_paged_model_dispose;
  object_class->finalize = kr_paged_model_finalize;

  klass->item_type = G_TYPE_OBJECT;

  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPLETE] = g_param_spec_boolean ("complete", NULL, NULL, TRUE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 0 unless the subclass counts. */
  properties[PROP_COUNT] = g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0,
                                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kr_paged_model_init (KrPagedModel *self)
{
  KrPagedModelPrivate *priv = kr_paged_model_get_instance_private (self);

  priv->items = g_ptr_array_new_with_free_func (g_object_unref);
  priv->page_size = DEFAULT_PAGE_SIZE;
  priv->complete = TRUE;
  priv->counted = TRUE;
}
