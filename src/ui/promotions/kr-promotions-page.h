/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-promotion-candidates-view.h"
#include "kr-promotion-pipeline-view.h"
#include "kr-promotion-repository.h"
#include "kr-promotion-retirement-view.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_PROMOTIONS_PAGE (kr_promotions_page_get_type ())

G_DECLARE_FINAL_TYPE (KrPromotionsPage, kr_promotions_page, KR, PROMOTIONS_PAGE, AdwBin)

/* The Promotions section: a header bar with a view switcher (a switcher bar at the bottom when
 * the window is narrow) over the views Candidates, Pipeline and Retirement. Property "folded"
 * (the window's sidebar is folded: show a back button). */
GtkWidget *kr_promotions_page_new (void);

/* Hands the open database's repositories to every view; all NULL while none is open. */
void kr_promotions_page_set_repositories (KrPromotionsPage *self,
                                          KrDatabase *database,
                                          KrPromotionRepository *promotions,
                                          KrUnitRepository *units);

/* The view shown: "candidates", "pipeline" or "retirement". */
const char *kr_promotions_page_get_view (KrPromotionsPage *self);
void kr_promotions_page_set_view (KrPromotionsPage *self, const char *name);

KrPromotionCandidatesView *kr_promotions_page_get_candidates (KrPromotionsPage *self);
KrPromotionPipelineView *kr_promotions_page_get_pipeline (KrPromotionsPage *self);
KrPromotionRetirementView *kr_promotions_page_get_retirement (KrPromotionsPage *self);

G_END_DECLS
