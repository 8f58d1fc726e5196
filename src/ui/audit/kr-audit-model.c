/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-audit-model"

#include "config.h"

#include "kr-audit-model.h"

#include <string.h>

/* A view that asks for an item this close to the end makes the model read the next page. */
#define PREFETCH          50
#define DEFAULT_PAGE_SIZE 200

struct _KrAuditModel
{
  GObject parent_instance;

  KrDatabase *database;
  KrAuditFilter filter;
  guint page_size;
  GPtrArray *items;
  /* The newest record when the first page was read, to notice additions. */
  gint64 head_id;

  /* The workers' connection, between two pages: a page takes it and gives it back, so that
   * two pages never share it (a page of an abandoned query may still run). */
  KrDatabase *reader;
  /* The page being read; cancelled, and replaced, when the model starts over. */
  GCancellable *cancellable;
  guint idle_id;
  gboolean loading;
  gboolean complete;
  GError *error;
};

static void kr_audit_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KrAuditModel,
                               kr_audit_model,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      kr_audit_model_list_model_init))

enum
{
  PROP_0,
  PROP_LOADING,
  PROP_COMPLETE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Filters */

void
kr_audit_model_clear_filter (KrAuditFilter *filter)
{
  g_free ((char *) filter->user_name);
  g_free ((char *) filter->entity);
  g_clear_pointer (&filter->since, g_date_time_unref);
  g_clear_pointer (&filter->until, g_date_time_unref);
  memset (filter, 0, sizeof *filter);
}

void
kr_audit_model_copy_filter (KrAuditFilter *dest, const KrAuditFilter *src)
{
  *dest = *src;
  dest->user_name = g_strdup (src->user_name);
  dest->entity = g_strdup (src->entity);
  dest->since = src->since != NULL ? g_date_time_ref (src->since) : NULL;
  dest->until = src->until != NULL ? g_date_time_ref (src->until) : NULL;
}

/* Pages */

typedef struct
{
  char *path;
  KrDatabase *reader;
  KrIdentity *identity;
  KrAuditFilter filter;
} Fetch;

static void
fetch_free (Fetch *fetch)
{
  g_free (fetch->path);
  g_clear_object (&fetch->reader);
  g_clear_pointer (&fetch->identity, kr_identity_unref);
  kr_audit_model_clear_filter (&fetch->filter);
  g_free (fetch);
}

static gboolean
collect_entry_cb (KrAuditEntry *entry, gpointer user_data)
{
  g_ptr_array_add (user_data, g_object_ref (entry));
  return TRUE;
}

static void
fetch_thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Fetch *fetch = task_data;
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (KrAuditNames) names = NULL;
  g_autoptr (GError) error = NULL;

  /* SQLite handles are not shared between threads: the workers have a connection of their
   * own, which signs in as the window's user so that the repositories check the same rights. */
  if (fetch->reader == NULL)
    fetch->reader = kr_database_open (fetch->path, KR_DATABASE_FLAGS_READ_ONLY, &error);
  if (fetch->reader == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  kr_database_set_identity (fetch->reader, fetch->identity);

  /* A query the model has abandoned meanwhile stops at its next record. */
  entries = g_ptr_array_new_with_free_func (g_object_unref);
  if (!kr_audit_query (fetch->reader, &fetch->filter, collect_entry_cb, entries, cancellable,
                       &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  names = kr_audit_names_new (fetch->reader);
  items = g_ptr_array_new_full (entries->len, g_object_unref);
  for (guint i = 0; i < entries->len && !g_cancellable_is_cancelled (cancellable); i++)
    g_ptr_array_add (items, kr_audit_item_new (g_ptr_array_index (entries, i), names));
  g_task_return_pointer (task, g_steal_pointer (&items), (GDestroyNotify) g_ptr_array_unref);
}

static void
set_loading (KrAuditModel *self, gboolean loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
set_complete (KrAuditModel *self, gboolean complete)
{
  if (self->complete == complete)
    return;
  self->complete = complete;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
}

static void
fetch_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrAuditModel *self = KR_AUDIT_MODEL (source);
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
      g_debug ("Could not read the audit trail: %s", error->message);
      g_clear_error (&self->error);
      self->error = g_steal_pointer (&error);
      set_complete (self, TRUE);
      set_loading (self, FALSE);
      return;
    }

  position = self->items->len;
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (self->items, g_object_ref (g_ptr_array_index (items, i)));
  /* A short page is the last one. */
  if (items->len < self->page_size)
    set_complete (self, TRUE);
  /* The views hear of the new rows before anyone who waits for the loading to end. */
  if (items->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), position, 0, items->len);
  set_loading (self, FALSE);
}

static void
start_fetch (KrAuditModel *self)
{
  g_autoptr (GTask) task = NULL;
  KrIdentity *identity;
  Fetch *fetch;

  g_assert (self->database != NULL && !self->loading && !self->complete);

  fetch = g_new0 (Fetch, 1);
  fetch->path = g_strdup (kr_database_get_path (self->database));
  fetch->reader = g_steal_pointer (&self->reader);
  identity = kr_database_get_identity (self->database);
  fetch->identity = identity != NULL ? kr_identity_ref (identity) : NULL;
  kr_audit_model_copy_filter (&fetch->filter, &self->filter);
  fetch->filter.limit = self->page_size;
  if (self->items->len > 0)
    fetch->filter.before_id =
        kr_audit_item_get_id (g_ptr_array_index (self->items, self->items->len - 1));

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
  KrAuditModel *self = user_data;

  self->idle_id = 0;
  if (self->database != NULL && !self->loading && !self->complete)
    start_fetch (self);
  return G_SOURCE_REMOVE;
}

static gint64
read_head (KrDatabase *database)
{
  g_autofree char *hash = NULL;
  gint64 last_id = 0;

  hash = kr_audit_dup_head (database, &last_id, NULL);
  return hash != NULL ? last_id : -1;
}

/* Forgets every record and, with a database, reads the first page again. */
static void
start_over (KrAuditModel *self)
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
  self->head_id = self->database != NULL ? read_head (self->database) : 0;

  if (removed > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, 0);
  if (self->database != NULL)
    start_fetch (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
}

/* GListModel */

static GType
kr_audit_model_get_item_type (GListModel *model)
{
  return KR_TYPE_AUDIT_ITEM;
}

static guint
kr_audit_model_get_n_items (GListModel *model)
{
  return KR_AUDIT_MODEL (model)->items->len;
}

static gpointer
kr_audit_model_get_item (GListModel *model, guint position)
{
  KrAuditModel *self = KR_AUDIT_MODEL (model);

  if (position >= self->items->len)
    return NULL;
  /* Not from here: a view asking for an item must not see the model change under it. */
  if (!self->complete && !self->loading && self->idle_id == 0 &&
      position + PREFETCH >= self->items->len)
    self->idle_id = g_idle_add (fetch_idle_cb, self);
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
kr_audit_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = kr_audit_model_get_item_type;
  iface->get_n_items = kr_audit_model_get_n_items;
  iface->get_item = kr_audit_model_get_item;
}

/* API */

KrAuditModel *
kr_audit_model_new (void)
{
  return g_object_new (KR_TYPE_AUDIT_MODEL, NULL);
}

void
kr_audit_model_set_database (KrAuditModel *self, KrDatabase *database)
{
  g_return_if_fail (KR_IS_AUDIT_MODEL (self));
  g_return_if_fail (database == NULL || KR_IS_DATABASE (database));

  if (self->database != database)
    g_clear_object (&self->reader);
  g_set_object (&self->database, database);
  start_over (self);
}

KrDatabase *
kr_audit_model_get_database (KrAuditModel *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_MODEL (self), NULL);

  return self->database;
}

void
kr_audit_model_set_filter (KrAuditModel *self, const KrAuditFilter *filter)
{
  static const KrAuditFilter everything = { 0 };
  KrAuditFilter copy;

  g_return_if_fail (KR_IS_AUDIT_MODEL (self));

  /* Copied first: @filter may be the model's own. */
  kr_audit_model_copy_filter (&copy, filter != NULL ? filter : &everything);
  kr_audit_model_clear_filter (&self->filter);
  self->filter = copy;
  start_over (self);
}

const KrAuditFilter *
kr_audit_model_get_filter (KrAuditModel *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_MODEL (self), NULL);

  return &self->filter;
}

void
kr_audit_model_reload (KrAuditModel *self)
{
  g_return_if_fail (KR_IS_AUDIT_MODEL (self));

  start_over (self);
}

void
kr_audit_model_reload_if_changed (KrAuditModel *self)
{
  g_return_if_fail (KR_IS_AUDIT_MODEL (self));

  if (self->database != NULL && read_head (self->database) != self->head_id)
    start_over (self);
}

void
kr_audit_model_set_page_size (KrAuditModel *self, guint page_size)
{
  g_return_if_fail (KR_IS_AUDIT_MODEL (self));
  g_return_if_fail (page_size > 0);

  self->page_size = page_size;
}

gboolean
kr_audit_model_get_loading (KrAuditModel *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_MODEL (self), FALSE);

  return self->loading;
}

gboolean
kr_audit_model_get_complete (KrAuditModel *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_MODEL (self), FALSE);

  return self->complete;
}

const GError *
kr_audit_model_get_error (KrAuditModel *self)
{
  g_return_val_if_fail (KR_IS_AUDIT_MODEL (self), NULL);

  return self->error;
}

static void
kr_audit_model_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KrAuditModel *self = KR_AUDIT_MODEL (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    case PROP_COMPLETE:
      g_value_set_boolean (value, self->complete);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_audit_model_dispose (GObject *object)
{
  KrAuditModel *self = KR_AUDIT_MODEL (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->database);
  g_clear_object (&self->reader);

  G_OBJECT_CLASS (kr_audit_model_parent_class)->dispose (object);
}

static void
kr_audit_model_finalize (GObject *object)
{
  KrAuditModel *self = KR_AUDIT_MODEL (object);

  kr_audit_model_clear_filter (&self->filter);
  g_ptr_array_unref (self->items);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (kr_audit_model_parent_class)->finalize (object);
}

static void
kr_audit_model_class_init (KrAuditModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = kr_audit_model_get_property;
  object_class->dispose = kr_audit_model_dispose;
  object_class->finalize = kr_audit_model_finalize;

  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPLETE] = g_param_spec_boolean ("complete", NULL, NULL, TRUE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kr_audit_model_init (KrAuditModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->page_size = DEFAULT_PAGE_SIZE;
  self->complete = TRUE;
}
