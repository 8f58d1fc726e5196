/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-promotion-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_PROMOTION_CANDIDATES_VIEW (kr_promotion_candidates_view_get_type ())

G_DECLARE_FINAL_TYPE (KrPromotionCandidatesView,
                      kr_promotion_candidates_view,
                      KR,
                      PROMOTION_CANDIDATES_VIEW,
                      AdwBin)

/* The candidates of a KP period: a period chooser (the next period and the ones after), a unit
 * filter and a search over a lazy list of every narrowed employee with their verdict (eligible,
 * not yet with the date, blocked) and the unmet rules; the verdicts are counted in a worker.
 * The selected eligible employees are proposed in a worker ("Propose Selected"). Activating a
 * row shows every rule, met or not. The list is exported as CSV and printed. */
GtkWidget *kr_promotion_candidates_view_new (void);

void kr_promotion_candidates_view_set_repositories (KrPromotionCandidatesView *self,
                                                    KrDatabase *database,
                                                    KrPromotionRepository *promotions,
                                                    KrUnitRepository *units);

/* Shows @period (it must be one of the upcoming ones; FALSE otherwise), @unit_id (0: all) with
 * or without the units below, and @search (nullable) in one reload. */
gboolean kr_promotion_candidates_view_set_filter (KrPromotionCandidatesView *self,
                                                  const GDate *period,
                                                  gint64 unit_id,
                                                  gboolean subtree,
                                                  const char *search);

/* For tests: the list, its count label, the verdict counts' label, and whether a read (the list
 * or the counts) or a proposal is under way. */
GListModel *kr_promotion_candidates_view_get_model (KrPromotionCandidatesView *self);
GtkSelectionModel *kr_promotion_candidates_view_get_selection (KrPromotionCandidatesView *self);
const char *kr_promotion_candidates_view_get_count_label (KrPromotionCandidatesView *self);
const char *kr_promotion_candidates_view_get_verdicts_label (KrPromotionCandidatesView *self);
gboolean kr_promotion_candidates_view_get_busy (KrPromotionCandidatesView *self);

/* Proposes the selected rows that are eligible and have no proposal for the period, in a
 * worker; FALSE when there is none or writing is not allowed. */
gboolean kr_promotion_candidates_view_propose_selected (KrPromotionCandidatesView *self);

/* Opens the window of every rule of the candidate at @position; returns it. */
GtkWidget *
kr_promotion_candidates_view_show_reasons (KrPromotionCandidatesView *self, guint position);

G_END_DECLS
