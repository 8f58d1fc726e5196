/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-paged-model.h"
#include "kr-promotion-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_PROMOTION_ITEM (kr_promotion_item_get_type ())

G_DECLARE_FINAL_TYPE (KrPromotionItem, kr_promotion_item, KR, PROMOTION_ITEM, GObject)

/* One row of a promotions list: a KrPromotionCandidate (the candidates model) or a KrPromotion
 * (the pipeline model), owned by the item. */
const KrPromotionCandidate *kr_promotion_item_get_candidate (KrPromotionItem *self);
const KrPromotion *kr_promotion_item_get_promotion (KrPromotionItem *self);
/* An item of the retirement list, taking @retirement over. */
KrPromotionItem *kr_promotion_item_new_retirement (KrRetirement *retirement);
const KrRetirement *kr_promotion_item_get_retirement (KrPromotionItem *self);

#define KR_TYPE_PROMOTION_CANDIDATE_MODEL (kr_promotion_candidate_model_get_type ())

G_DECLARE_FINAL_TYPE (KrPromotionCandidateModel,
                      kr_promotion_candidate_model,
                      KR,
                      PROMOTION_CANDIDATE_MODEL,
                      KrPagedModel)

/* A lazy list of the candidates of a period (kr_promotion_repository_list_candidates ()),
 * read a page at a time in workers, with their verdicts, counted with the first page. */
KrPromotionCandidateModel *kr_promotion_candidate_model_new (void);
/* Starts over with a copy of @query. */
void kr_promotion_candidate_model_set_query (KrPromotionCandidateModel *self,
                                             const KrCandidateQuery *query);
const KrCandidateQuery *kr_promotion_candidate_model_get_query (KrPromotionCandidateModel *self);
KrCandidateQuery *kr_promotion_candidate_query_dup (const KrCandidateQuery *query);
void kr_promotion_candidate_query_free (KrCandidateQuery *query);

#define KR_TYPE_PROMOTION_PIPELINE_MODEL (kr_promotion_pipeline_model_get_type ())

G_DECLARE_FINAL_TYPE (KrPromotionPipelineModel,
                      kr_promotion_pipeline_model,
                      KR,
                      PROMOTION_PIPELINE_MODEL,
                      KrPagedModel)

/* A lazy list of proposals (kr_promotion_repository_list_promotions ()). */
KrPromotionPipelineModel *kr_promotion_pipeline_model_new (void);
/* Starts over with a copy of @query (its period and search are copied). */
void kr_promotion_pipeline_model_set_query (KrPromotionPipelineModel *self,
                                            const KrPromotionQuery *query);
const KrPromotionQuery *kr_promotion_pipeline_model_get_query (KrPromotionPipelineModel *self);
KrPromotionQuery *kr_promotion_pipeline_query_dup (const KrPromotionQuery *query);
void kr_promotion_pipeline_query_free (KrPromotionQuery *query);

G_END_DECLS
