/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-model"

#include "config.h"

#include "kr-appraisal-model.h"

struct _KrAppraisalModel
{
  KrPagedModel parent_instance;

  KrAppraisalQuery query;
};

G_DEFINE_FINAL_TYPE (KrAppraisalModel, kr_appraisal_model, KR_TYPE_PAGED_MODEL)

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

/* Pages */

static void
free_query (gpointer query)
{
  kr_appraisal_query_clear (query);
  g_free (query);
}

static gpointer
dup_query (const KrAppraisalQuery *query)
{
  KrAppraisalQuery *copy = g_new0 (KrAppraisalQuery, 1);

  kr_appraisal_query_copy_into (copy, query);
  return copy;
}

static gpointer
dup_page_query (KrPagedModel *model, gpointer last_item)
{
  return dup_query (&KR_APPRAISAL_MODEL (model)->query);
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
  g_autoptr (KrAppraisalRepository) repository = kr_appraisal_repository_new (reader);
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GPtrArray) items = NULL;

  if (count != NULL && !kr_appraisal_repository_count (repository, query, count, error))
    return NULL;
  items = g_ptr_array_new_with_free_func (g_object_unref);
  if (limit == 0 || g_cancellable_is_cancelled (cancellable))
    return g_steal_pointer (&items);
  rows = kr_appraisal_repository_list (repository, query, offset, limit, error);
  if (rows == NULL)
    return NULL;
  /* The items take the rows over. */
  g_ptr_array_set_free_func (rows, NULL);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (items, kr_appraisal_item_new (g_ptr_array_index (rows, i)));
  return g_steal_pointer (&items);
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

  kr_paged_model_set_database (KR_PAGED_MODEL (self), database);
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
  kr_paged_model_start_over (KR_PAGED_MODEL (self));
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
  kr_paged_model_start_over (KR_PAGED_MODEL (self));
}

void
kr_appraisal_model_set_page_size (KrAppraisalModel *self, guint page_size)
{
  kr_paged_model_set_page_size (KR_PAGED_MODEL (self), page_size);
}

gboolean
kr_appraisal_model_get_loading (KrAppraisalModel *self)
{
  return kr_paged_model_get_loading (KR_PAGED_MODEL (self));
}

gboolean
kr_appraisal_model_get_complete (KrAppraisalModel *self)
{
  return kr_paged_model_get_complete (KR_PAGED_MODEL (self));
}

gboolean
kr_appraisal_model_get_counted (KrAppraisalModel *self)
{
  return kr_paged_model_get_counted (KR_PAGED_MODEL (self));
}

guint
kr_appraisal_model_get_count (KrAppraisalModel *self)
{
  return kr_paged_model_get_count (KR_PAGED_MODEL (self));
}

const GError *
kr_appraisal_model_get_error (KrAppraisalModel *self)
{
  return kr_paged_model_get_error (KR_PAGED_MODEL (self));
}

/* Counting alone */

void
kr_appraisal_count_async (KrDatabase *database,
                          const KrAppraisalQuery *query,
                          GCancellable *cancellable,
                          GAsyncReadyCallback callback,
                          gpointer user_data)
{
  g_return_if_fail (KR_IS_DATABASE (database));
  g_return_if_fail (query != NULL);

  kr_paged_model_count_async (database, fetch_page, dup_query (query), free_query, cancellable,
                              callback, user_data);
}

gboolean
kr_appraisal_count_finish (GAsyncResult *result, guint *count, GError **error)
{
  return kr_paged_model_count_finish (result, count, error);
}

static void
kr_appraisal_model_finalize (GObject *object)
{
  KrAppraisalModel *self = KR_APPRAISAL_MODEL (object);

  kr_appraisal_query_clear (&self->query);

  G_OBJECT_CLASS (kr_appraisal_model_parent_class)->finalize (object);
}

static void
kr_appraisal_model_class_init (KrAppraisalModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KrPagedModelClass *paged_class = KR_PAGED_MODEL_CLASS (klass);

  object_class->finalize = kr_appraisal_model_finalize;

  paged_class->item_type = KR_TYPE_APPRAISAL_ITEM;
  paged_class->counts = TRUE;
  paged_class->fetch_page = fetch_page;
  paged_class->dup_query = dup_page_query;
  paged_class->free_query = free_query;
}

static void
kr_appraisal_model_init (KrAppraisalModel *self)
{
  self->query.period = -1;
}
