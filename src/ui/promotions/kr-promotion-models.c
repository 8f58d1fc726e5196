/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotion-models"

#include "config.h"

#include "kr-promotion-models.h"

/* Items */

struct _KrPromotionItem
{
  GObject parent_instance;

  KrPromotionCandidate *candidate;
  KrPromotion *promotion;
  KrRetirement *retirement;
};

G_DEFINE_FINAL_TYPE (KrPromotionItem, kr_promotion_item, G_TYPE_OBJECT)

const KrPromotionCandidate *
kr_promotion_item_get_candidate (KrPromotionItem *self)
{
  g_return_val_if_fail (KR_IS_PROMOTION_ITEM (self), NULL);
  return self->candidate;
}

const KrPromotion *
kr_promotion_item_get_promotion (KrPromotionItem *self)
{
  g_return_val_if_fail (KR_IS_PROMOTION_ITEM (self), NULL);
  return self->promotion;
}

KrPromotionItem *
kr_promotion_item_new_retirement (KrRetirement *retirement)
{
  KrPromotionItem *self = g_object_new (KR_TYPE_PROMOTION_ITEM, NULL);

  self->retirement = retirement;
  return self;
}

const KrRetirement *
kr_promotion_item_get_retirement (KrPromotionItem *self)
{
  g_return_val_if_fail (KR_IS_PROMOTION_ITEM (self), NULL);
  return self->retirement;
}

static void
kr_promotion_item_finalize (GObject *object)
{
  KrPromotionItem *self = KR_PROMOTION_ITEM (object);

  g_clear_pointer (&self->candidate, kr_promotion_candidate_free);
  g_clear_pointer (&self->promotion, kr_promotion_free);
  g_clear_pointer (&self->retirement, kr_retirement_free);

  G_OBJECT_CLASS (kr_promotion_item_parent_class)->finalize (object);
}

static void
kr_promotion_item_class_init (KrPromotionItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kr_promotion_item_finalize;
}

static void
kr_promotion_item_init (KrPromotionItem *self)
{
}

/* Takes the rows of @rows over as items. */
static GPtrArray *
items_from_rows (GPtrArray *rows, gboolean candidates)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_set_free_func (rows, NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      KrPromotionItem *item = g_object_new (KR_TYPE_PROMOTION_ITEM, NULL);

      if (candidates)
        item->candidate = g_ptr_array_index (rows, i);
      else
        item->promotion = g_ptr_array_index (rows, i);
      g_ptr_array_add (items, item);
    }
  g_ptr_array_unref (rows);
  return items;
}

/* Candidates */

struct _KrPromotionCandidateModel
{
  KrPagedModel parent_instance;

  KrCandidateQuery query;
};

G_DEFINE_FINAL_TYPE (KrPromotionCandidateModel, kr_promotion_candidate_model, KR_TYPE_PAGED_MODEL)

KrCandidateQuery *
kr_promotion_candidate_query_dup (const KrCandidateQuery *query)
{
  KrCandidateQuery *copy = g_memdup2 (query, sizeof *query);

  copy->search = g_strdup (query->search);
  return copy;
}

void
kr_promotion_candidate_query_free (KrCandidateQuery *query)
{
  if (query == NULL)
    return;
  g_free ((char *) query->search);
  g_free (query);
}

static gpointer
dup_candidate_query (KrPagedModel *model, gpointer last_item)
{
  return kr_promotion_candidate_query_dup (&KR_PROMOTION_CANDIDATE_MODEL (model)->query);
}

/* In a worker. */
static GPtrArray *
fetch_candidates (KrDatabase *reader,
                  gconstpointer query,
                  guint offset,
                  guint limit,
                  guint *count,
                  GCancellable *cancellable,
                  GError **error)
{
  g_autoptr (KrPromotionRepository) repository = kr_promotion_repository_new (reader);
  GPtrArray *rows;

  if (!g_date_valid (&((const KrCandidateQuery *) query)->period))
    {
      if (count != NULL)
        *count = 0;
      return g_ptr_array_new_with_free_func (g_object_unref);
    }
  if (count != NULL && !kr_promotion_repository_count_candidates (repository, query, count, error))
    return NULL;
  if (limit == 0 || g_cancellable_is_cancelled (cancellable))
    return g_ptr_array_new_with_free_func (g_object_unref);
  rows = kr_promotion_repository_list_candidates (repository, query, offset, limit, cancellable,
                                                  error);
  return rows != NULL ? items_from_rows (rows, TRUE) : NULL;
}

KrPromotionCandidateModel *
kr_promotion_candidate_model_new (void)
{
  return g_object_new (KR_TYPE_PROMOTION_CANDIDATE_MODEL, NULL);
}

void
kr_promotion_candidate_model_set_query (KrPromotionCandidateModel *self,
                                        const KrCandidateQuery *query)
{
  char *search;

  g_return_if_fail (KR_IS_PROMOTION_CANDIDATE_MODEL (self));
  g_return_if_fail (query != NULL);

  search = g_strdup (query->search);
  g_free ((char *) self->query.search);
  self->query = *query;
  self->query.search = search;
  kr_paged_model_start_over (KR_PAGED_MODEL (self));
}

const KrCandidateQuery *
kr_promotion_candidate_model_get_query (KrPromotionCandidateModel *self)
{
  g_return_val_if_fail (KR_IS_PROMOTION_CANDIDATE_MODEL (self), NULL);
  return &self->query;
}

static void
kr_promotion_candidate_model_finalize (GObject *object)
{
  g_free ((char *) KR_PROMOTION_CANDIDATE_MODEL (object)->query.search);

  G_OBJECT_CLASS (kr_promotion_candidate_model_parent_class)->finalize (object);
}

static void
kr_promotion_candidate_model_class_init (KrPromotionCandidateModelClass *klass)
{
  KrPagedModelClass *paged_class = KR_PAGED_MODEL_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = kr_promotion_candidate_model_finalize;
  paged_class->item_type = KR_TYPE_PROMOTION_ITEM;
  paged_class->counts = TRUE;
  paged_class->fetch_page = fetch_candidates;
  paged_class->dup_query = dup_candidate_query;
  paged_class->free_query = (GDestroyNotify) kr_promotion_candidate_query_free;
}

static void
kr_promotion_candidate_model_init (KrPromotionCandidateModel *self)
{
  g_date_clear (&self->query.period, 1);
  self->query.subtree = TRUE;
}

/* The pipeline */

struct _KrPromotionPipelineModel
{
  KrPagedModel parent_instance;

  KrPromotionQuery query;
  GDate period;
};

G_DEFINE_FINAL_TYPE (KrPromotionPipelineModel, kr_promotion_pipeline_model, KR_TYPE_PAGED_MODEL)

/* The copy owns its search and period (allocated after the struct). */
typedef struct
{
  KrPromotionQuery query;
  GDate period;
} QueryCopy;

KrPromotionQuery *
kr_promotion_pipeline_query_dup (const KrPromotionQuery *query)
{
  QueryCopy *copy = g_new0 (QueryCopy, 1);

  copy->query = *query;
  copy->query.search = g_strdup (query->search);
  if (query->period != NULL)
    {
      copy->period = *query->period;
      copy->query.period = &copy->period;
    }
  return &copy->query;
}

void
kr_promotion_pipeline_query_free (KrPromotionQuery *query)
{
  if (query == NULL)
    return;
  g_free ((char *) query->search);
  g_free ((QueryCopy *) query);
}

static gpointer
dup_pipeline_query (KrPagedModel *model, gpointer last_item)
{
  return kr_promotion_pipeline_query_dup (&KR_PROMOTION_PIPELINE_MODEL (model)->query);
}

/* In a worker. */
static GPtrArray *
fetch_promotions (KrDatabase *reader,
                  gconstpointer query,
                  guint offset,
                  guint limit,
                  guint *count,
                  GCancellable *cancellable,
                  GError **error)
{
  g_autoptr (KrPromotionRepository) repository = kr_promotion_repository_new (reader);
  GPtrArray *rows;

  if (count != NULL && !kr_promotion_repository_count_promotions (repository, query, count, error))
    return NULL;
  if (limit == 0 || g_cancellable_is_cancelled (cancellable))
    return g_ptr_array_new_with_free_func (g_object_unref);
  rows = kr_promotion_repository_list_promotions (repository, query, offset, limit, error);
  return rows != NULL ? items_from_rows (rows, FALSE) : NULL;
}

KrPromotionPipelineModel *
kr_promotion_pipeline_model_new (void)
{
  return g_object_new (KR_TYPE_PROMOTION_PIPELINE_MODEL, NULL);
}

void
kr_promotion_pipeline_model_set_query (KrPromotionPipelineModel *self,
                                       const KrPromotionQuery *query)
{
  char *search;

  g_return_if_fail (KR_IS_PROMOTION_PIPELINE_MODEL (self));
  g_return_if_fail (query != NULL);

  search = g_strdup (query->search);
  g_free ((char *) self->query.search);
  self->query = *query;
  self->query.search = search;
  if (query->period != NULL)
    {
      self->period = *query->period;
      self->query.period = &self->period;
    }
  kr_paged_model_start_over (KR_PAGED_MODEL (self));
}

const KrPromotionQuery *
kr_promotion_pipeline_model_get_query (KrPromotionPipelineModel *self)
{
  g_return_val_if_fail (KR_IS_PROMOTION_PIPELINE_MODEL (self), NULL);
  return &self->query;
}

static void
kr_promotion_pipeline_model_finalize (GObject *object)
{
  g_free ((char *) KR_PROMOTION_PIPELINE_MODEL (object)->query.search);

  G_OBJECT_CLASS (kr_promotion_pipeline_model_parent_class)->finalize (object);
}

static void
kr_promotion_pipeline_model_class_init (KrPromotionPipelineModelClass *klass)
{
  KrPagedModelClass *paged_class = KR_PAGED_MODEL_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = kr_promotion_pipeline_model_finalize;
  paged_class->item_type = KR_TYPE_PROMOTION_ITEM;
  paged_class->counts = TRUE;
  paged_class->fetch_page = fetch_promotions;
  paged_class->dup_query = dup_pipeline_query;
  paged_class->free_query = (GDestroyNotify) kr_promotion_pipeline_query_free;
}

static void
kr_promotion_pipeline_model_init (KrPromotionPipelineModel *self)
{
  self->query.stage = -1;
  self->query.subtree = TRUE;
}
