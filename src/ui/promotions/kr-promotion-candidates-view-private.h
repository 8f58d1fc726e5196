/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-promotion-candidates-view.h"
#include "kr-promotion-models.h"

G_BEGIN_DECLS

/* What kr-promotion-candidates-view.c and kr-promotion-candidates-actions.c share. */

struct _KrPromotionCandidatesView
{
  AdwBin parent_instance;

  KrDatabase *database;
  KrPromotionRepository *promotions;
  KrUnitRepository *units;
  KrPromotionCandidateModel *model;
  GtkMultiSelection *selection;
  GArray *unit_ids;
  GArray *periods; /* GDate, the dropdown's */
  GCancellable *counting;
  gboolean proposing;
  gboolean filling;

  GtkDropDown *period_dropdown;
  GtkDropDown *unit_dropdown;
  GtkCheckButton *subtree_check;
  GtkSearchEntry *search_entry;
  GtkButton *propose_button;
  GtkLabel *count_label;
  GtkLabel *verdicts_label;
  GtkStack *stack;
  AdwStatusPage *empty_page;
};

/* kr-promotion-candidates-view.c */
void _kr_promotion_candidates_update_state (KrPromotionCandidatesView *self);

/* kr-promotion-candidates-actions.c: counting the verdicts in a worker, what can be proposed,
 * proposing it, printing and export */
void _kr_promotion_candidates_count (KrPromotionCandidatesView *self);
GArray *_kr_promotion_candidates_selected_requests (KrPromotionCandidatesView *self);
void
_kr_promotion_candidates_print_cb (GtkWidget *widget, const char *action_name, GVariant *parameter);
void _kr_promotion_candidates_export_cb (GtkWidget *widget,
                                         const char *action_name,
                                         GVariant *parameter);

G_END_DECLS
