/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-database.h"
#include "kr-selection-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_SELECTIONS_VIEW (kr_selections_view_get_type ())

G_DECLARE_FINAL_TYPE (KrSelectionsView, kr_selections_view, KR, SELECTIONS_VIEW, AdwBin)

/* Open selections (seleksi terbuka): a list of selections (filter by status, read in a worker)
 * and, on activation, a selection's page: position and status with the status moves, the
 * selection panel with its composition warnings and conflicts flagged, the stages with weights
 * and pass marks, the candidates, score entry per stage, publishing a stage, the ranking with
 * the three best proposed, and print / PDF of a stage's announcement and of the ranking. */
KrSelectionsView *kr_selections_view_new (void);

/* All NULL while no database is open. */
void kr_selections_view_set_repositories (KrSelectionsView *self,
                                          KrDatabase *database,
                                          KrSelectionRepository *selections,
                                          KrUnitRepository *units);

/* Shows the page of selection @selection_id (e.g. right after "Start selection" in the
 * vacancies view); 0 goes back to the list. */
void kr_selections_view_show_selection (KrSelectionsView *self, gint64 selection_id);

/* The selection whose page is shown, or 0 while the list is. */
gint64 kr_selections_view_get_selection_id (KrSelectionsView *self);

/* For tests */
GListModel *kr_selections_view_get_model (KrSelectionsView *self);
gboolean kr_selections_view_get_loading (KrSelectionsView *self);
const char *kr_selections_view_get_count_label (KrSelectionsView *self);

G_END_DECLS
