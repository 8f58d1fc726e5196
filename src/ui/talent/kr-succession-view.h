/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-talent-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_SUCCESSION_VIEW (kr_succession_view_get_type ())

G_DECLARE_FINAL_TYPE (KrSuccessionView, kr_succession_view, KR, SUCCESSION_VIEW, AdwBin)

/* Succession: the key positions with a plan (kr_talent_repository_list_plans (), read in a
 * worker), each with its holder, the holder's retirement (BUP) date, the successors in order
 * with their readiness, and its gap (no successor, none ready) highlighted. Add a plan for a
 * key position, add a successor from the suggestions of the talent pool, edit a successor's
 * readiness and gaps and a plan's note (kr-succession-edit.h), move successors up and down,
 * remove one (with Undo in a toast), delete a plan; print the plans. */
GtkWidget *kr_succession_view_new (void);

/* All NULL while no database is open. */
void kr_succession_view_set_repositories (KrSuccessionView *self,
                                          KrDatabase *database,
                                          KrTalentRepository *talent,
                                          KrUnitRepository *units);

/* @unit_id 0: every unit in scope; @gaps_only: only the plans with a gap. */
void kr_succession_view_set_filter (KrSuccessionView *self, gint64 unit_id, gboolean gaps_only);

/* For tests */
/* (element-type KrSuccessionPlan) (transfer none) (nullable): the plans shown */
GPtrArray *kr_succession_view_get_plans (KrSuccessionView *self);
gboolean kr_succession_view_get_loading (KrSuccessionView *self);
const char *kr_succession_view_get_count_label (KrSuccessionView *self);
/* The row of plan @plan_id (an AdwExpanderRow), or NULL */
GtkWidget *kr_succession_view_get_plan_row (KrSuccessionView *self, gint64 plan_id);
/* Removes successor @successor_id as its Remove button does, offering Undo in a toast */
void _kr_succession_view_remove (KrSuccessionView *self, gint64 successor_id);
/* What the Undo button of the last such toast does; FALSE when there is nothing to undo */
gboolean _kr_succession_view_undo (KrSuccessionView *self);

G_END_DECLS
