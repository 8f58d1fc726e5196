/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-promotion-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_PROMOTION_PIPELINE_VIEW (kr_promotion_pipeline_view_get_type ())

G_DECLARE_FINAL_TYPE (KrPromotionPipelineView,
                      kr_promotion_pipeline_view,
                      KR,
                      PROMOTION_PIPELINE_VIEW,
                      AdwBin)

/* The proposals by stage: a stage chooser (every open stage, or one), a period chooser, a unit
 * filter and a search over a lazy list (name over NIP, ranks, kind, period, stage, documents
 * done). Activating a proposal opens it (kr-promotion-dialog.h). The nominative list of the
 * filter is exported as CSV and printed. */
GtkWidget *kr_promotion_pipeline_view_new (void);

void kr_promotion_pipeline_view_set_repositories (KrPromotionPipelineView *self,
                                                  KrDatabase *database,
                                                  KrPromotionRepository *promotions,
                                                  KrUnitRepository *units);

/* @stage: a #KrPromotionStage or -1 for every stage; @period: NULL for every period. */
void kr_promotion_pipeline_view_set_filter (KrPromotionPipelineView *self,
                                            gint stage,
                                            const GDate *period,
                                            gint64 unit_id,
                                            const char *search);

/* For tests */
GListModel *kr_promotion_pipeline_view_get_model (KrPromotionPipelineView *self);
const char *kr_promotion_pipeline_view_get_count_label (KrPromotionPipelineView *self);
/* Opens the proposal at @position; returns its dialog. */
GtkWidget *kr_promotion_pipeline_view_open (KrPromotionPipelineView *self, guint position);

G_END_DECLS
