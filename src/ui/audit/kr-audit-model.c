/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-audit-model"

#include "config.h"

#include "kr-audit-model.h"

#include <string.h>

struct _KrAuditModel
{
  KrPagedModel parent_instance;

  KrAuditFilter filter;
  /* The newest record when the first page was read, to notice additions. */
  gint64 head_id;
};

G_DEFINE_FINAL_TYPE (KrAuditModel, kr_audit_model, KR_TYPE_PAGED_MODEL)

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

static void
free_filter (gpointer filter)
{
  kr_audit_model_clear_filter (filter);
  g_free (filter);
}

/* The records of a page come before the last one of the previous page. */
static gpointer
dup_page_filter (KrPagedModel *model, gpointer last_item)
{
  KrAuditFilter *filter = g_new0 (KrAuditFilter, 1);

  kr_audit_model_copy_filter (filter, &KR_AUDIT_MODEL (model)->filter);
  if (last_item != NULL)
    filter->before_id = kr_audit_item_get_id (last_item);
  return filter;
}

static gboolean
collect_entry_cb (KrAuditEntry *entry, gpointer user_data)
{
  g_ptr_array_add (user_data, g_object_ref (entry));
  return TRUE;
}

/* In a worker. */
static GPtrArray *
fetch_page (KrDatabase *reader,
            gconstpointer query,
            guint offset,
            guint limit,
            guint *count,
            GCancellable *cancellable,
            GError **error)
{
  KrAuditFilter filter = *(const KrAuditFilter *) query;
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (KrAuditNames) names = NULL;
  GPtrArray *items;

  /* A query the model has abandoned meanwhile stops at its next record. */
  filter.limit = limit;
  if (!kr_audit_query (reader, &filter, collect_entry_cb, entries, cancellable, error))
    return NULL;
  names = kr_audit_names_new (reader);
  items = g_ptr_array_new_full (entries->len, g_object_unref);
  for (guint i = 0; i < entries->len && !g_cancellable_is_cancelled (cancellable); i++)
    g_ptr_array_add (items, kr_audit_item_new (g_ptr_array_index (entries, i), names));
  return items;
}

static gint64
read_head (KrDatabase *database)
{
  g_autofree char *hash = NULL;
  gint64 last_id = 0;

  if (database == NULL)
    return 0;
  hash = kr_audit_dup_head (database, &last_id, NULL);
  return hash != NULL ? last_id : -1;
}

/* Forgets every record and, with a database, reads the first page again. */
static void
start_over (KrAuditModel *self)
{
  self->head_id = read_head (kr_paged_model_get_database (KR_PAGED_MODEL (self)));
  kr_paged_model_start_over (KR_PAGED_MODEL (self));
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

  self->head_id = read_head (database);
  kr_paged_model_set_database (KR_PAGED_MODEL (self), database);
}

KrDatabase *
kr_audit_model_get_database (KrAuditModel *self)
{
  return kr_paged_model_get_database (KR_PAGED_MODEL (self));
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
  KrDatabase *database;

  g_return_if_fail (KR_IS_AUDIT_MODEL (self));

  database = kr_paged_model_get_database (KR_PAGED_MODEL (self));
  if (database != NULL && read_head (database) != self->head_id)
    start_over (self);
}

void
kr_audit_model_set_page_size (KrAuditModel *self, guint page_size)
{
  kr_paged_model_set_page_size (KR_PAGED_MODEL (self), page_size);
}

gboolean
kr_audit_model_get_loading (KrAuditModel *self)
{
  return kr_paged_model_get_loading (KR_PAGED_MODEL (self));
}

gboolean
kr_audit_model_get_complete (KrAuditModel *self)
{
  return kr_paged_model_get_complete (KR_PAGED_MODEL (self));
}

const GError *
kr_audit_model_get_error (KrAuditModel *self)
{
  return kr_paged_model_get_error (KR_PAGED_MODEL (self));
}

static void
kr_audit_model_finalize (GObject *object)
{
  KrAuditModel *self = KR_AUDIT_MODEL (object);

  kr_audit_model_clear_filter (&self->filter);

  G_OBJECT_CLASS (kr_audit_model_parent_class)->finalize (object);
}

static void
kr_audit_model_class_init (KrAuditModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KrPagedModelClass *paged_class = KR_PAGED_MODEL_CLASS (klass);

  object_class->finalize = kr_audit_model_finalize;

  paged_class->item_type = KR_TYPE_AUDIT_ITEM;
  paged_class->fetch_page = fetch_page;
  paged_class->dup_query = dup_page_filter;
  paged_class->free_query = free_filter;
}

static void
kr_audit_model_init (KrAuditModel *self)
{
}
