/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-talent-grid-view.h"
#include "kr-talent-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_TALENT_POOL_VIEW (kr_talent_pool_view_get_type ())

G_DECLARE_FINAL_TYPE (KrTalentPoolView, kr_talent_pool_view, KR, TALENT_POOL_VIEW, AdwBin)

/* The talent pool: the 9-box of a unit subtree for a year (kr_talent_repository_count_grid (),
 * read in a worker), shown as a grid or as a table, with the employees not placed and the
 * excluded counted beside it. Activating a box (or the not placed / excluded) opens a lazy
 * list of its employees (KrTalentBoxDialog), where an employee's placement reasons show and
 * their profile opens (win.show-employee). Also: record a potential assessment, print the
 * grid (PETA TALENTA). */
GtkWidget *kr_talent_pool_view_new (void);

/* All NULL while no database is open. */
void kr_talent_pool_view_set_repositories (KrTalentPoolView *self,
                                           KrDatabase *database,
                                           KrTalentRepository *talent,
                                           KrUnitRepository *units);

/* @unit_id 0: every unit in scope; @year 0: the latest year with appraisals. */
void kr_talent_pool_view_set_filter (KrTalentPoolView *self, gint64 unit_id, guint year);
guint kr_talent_pool_view_get_year (KrTalentPoolView *self);

/* Opens the employee list of box @box (1..9), as activating it does. */
void kr_talent_pool_view_show_box (KrTalentPoolView *self, guint box);

/* For tests */
KrTalentGridView *kr_talent_pool_view_get_grid (KrTalentPoolView *self);
gboolean kr_talent_pool_view_get_loading (KrTalentPoolView *self);
/* The counts shown (NULL until read) */
const KrTalentGridCounts *kr_talent_pool_view_get_counts (KrTalentPoolView *self);
const char *kr_talent_pool_view_get_summary (KrTalentPoolView *self);
/* The box list opened last, while it is open */
GtkWindow *kr_talent_pool_view_get_box_dialog (KrTalentPoolView *self);

G_END_DECLS
