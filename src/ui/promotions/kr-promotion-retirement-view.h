/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-promotion-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_PROMOTION_RETIREMENT_VIEW (kr_promotion_retirement_view_get_type ())

G_DECLARE_FINAL_TYPE (KrPromotionRetirementView,
                      kr_promotion_retirement_view,
                      KR,
                      PROMOTION_RETIREMENT_VIEW,
                      AdwBin)

/* Who retires within the next 12 or 24 months (kr_promotion_repository_list_retirements (),
 * read in a worker): name over NIP, position, BUP, the TMT pensiun, the proposal deadline
 * (marked when passed) and the months left. */
GtkWidget *kr_promotion_retirement_view_new (void);

void kr_promotion_retirement_view_set_repositories (KrPromotionRetirementView *self,
                                                    KrDatabase *database,
                                                    KrPromotionRepository *promotions,
                                                    KrUnitRepository *units);

/* @months: 12 or 24 */
void kr_promotion_retirement_view_set_filter (KrPromotionRetirementView *self,
                                              guint months,
                                              gint64 unit_id);

/* For tests */
GListModel *kr_promotion_retirement_view_get_model (KrPromotionRetirementView *self);
gboolean kr_promotion_retirement_view_get_loading (KrPromotionRetirementView *self);
const char *kr_promotion_retirement_view_get_count_label (KrPromotionRetirementView *self);

G_END_DECLS
