/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-chart.h"
#include "kr-dashboard-charts.h"
#include "kr-dashboard-repository.h"
#include "kr-talent-grid-view.h"
#include "kr-talent-repository.h"
#include "kr-unit-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_DASHBOARD_PAGE (kr_dashboard_page_get_type ())

G_DECLARE_FINAL_TYPE (KrDashboardPage, kr_dashboard_page, KR, DASHBOARD_PAGE, AdwBin)

/* The Dashboard section: the charts of the signed-in user's scope for a unit (and the units
 * below it) and a year, as cards that flow into one column on a narrow window and two on a
 * wide one. The aggregates are read in workers (the 9-box in its own, as it is the slowest);
 * each card shows a spinner until its part arrives. A bar or a box opens the employees behind
 * it; each card shows its data as a table, prints, and exports a picture (PNG, PDF, SVG); the
 * header prints the whole dashboard. Property "folded" (the window's sidebar is folded: show a
 * back button). The data is read again each time the page is shown, the cards keeping what
 * they show until the new data arrives. */
GtkWidget *kr_dashboard_page_new (void);

/* Hands the open database's repositories to the page; all NULL while none is open. */
void kr_dashboard_page_set_repositories (KrDashboardPage *self,
                                         KrDatabase *database,
                                         KrDashboardRepository *dashboard,
                                         KrTalentRepository *talent,
                                         KrUnitRepository *units);

/* Shows @unit_id (0: every unit in scope) and @year (0: the latest appraised year), and reads
 * them. */
void kr_dashboard_page_set_filter (KrDashboardPage *self, gint64 unit_id, guint year);

/* Reads everything again. */
void kr_dashboard_page_reload (KrDashboardPage *self);

/* Whether a read is under way. */
gboolean kr_dashboard_page_is_loading (KrDashboardPage *self);

/* What the page shows (NULL before the first read); its loaded parts are those that arrived. */
const KrDashboardSnapshot *kr_dashboard_page_get_snapshot (KrDashboardPage *self);

/* The header's print button (insensitive while reading). */
GtkWidget *kr_dashboard_page_get_print_button (KrDashboardPage *self);

/* The chart widget of @chart, and the 9-box. */
KrChart *kr_dashboard_page_get_chart (KrDashboardPage *self, KrDashboardChart chart);
KrTalentGridView *kr_dashboard_page_get_talent_grid (KrDashboardPage *self);

/* What activating @series at @category of @chart does (opens the employees behind it);
 * returns the dialog, or NULL when the bar names nobody. */
GtkWindow *kr_dashboard_page_open_item (KrDashboardPage *self,
                                        KrDashboardChart chart,
                                        guint series,
                                        guint category);

G_END_DECLS
