/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-dashboard-charts.h"
#include "kr-document.h"

G_BEGIN_DECLS

/* The dashboard on paper (issue 8), in Indonesian: LAPORAN DASBOR KEPEGAWAIAN with the scope
 * (instansi, unit or "Seluruh unit", year), the date it was printed, the charts of the
 * snapshot drawn with the paper style two to a page (portrait), each with its data as a small
 * table under it so the paper reads without colour, and page numbers ("Halaman 2 dari 6"). */

/**
 * KrDocumentDashboardScope:
 * @instansi: (nullable): the name of the instansi
 * @date: (nullable): the day printed; %NULL for today
 * @talent_boxes: (nullable) (element-type KrTalentBox): the talent_box rows
 *   (kr_talent_repository_list_boxes ()), which place the boxes of the 9-box; without them the
 *   9-box is printed as its table of counts only
 *
 * What the report's heading says besides the snapshot's own scope, and the layout of the
 * 9-box (data, not in the snapshot).
 */
typedef struct
{
  const char *instansi;
  const GDate *date;
  GPtrArray *talent_boxes;
} KrDocumentDashboardScope;

/**
 * kr_document_dashboard_new:
 * @scope: the heading
 * @snapshot: what to draw (only its loaded parts are drawn; copied as needed, may be freed
 *   afterwards)
 * @charts: (array length=n_charts) (nullable): the charts in order, where
 *   %KR_DASHBOARD_N_CHARTS stands for the 9-box (kr-talent-grid.h); %NULL for every chart
 *   then the 9-box
 * @n_charts: how many
 *
 * One chart alone is the printout of one chart from the window.
 *
 * Returns: (transfer full): the document
 */
KrDocument *kr_document_dashboard_new (const KrDocumentDashboardScope *scope,
                                       const KrDashboardSnapshot *snapshot,
                                       const int *charts,
                                       guint n_charts);

G_END_DECLS
