/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-selection-page-private.h"

G_BEGIN_DECLS

/* The groups of a selection's page, built from what was read. With @can_write the buttons
 * that the selection's state allows are shown. */
GtkWidget *
kr_selection_parts_summary (KrSelectionPage *page, const KrSelectionDetail *d, gboolean can_write);
GtkWidget *kr_selection_parts_checks (KrSelectionPage *page, const KrSelectionDetail *d);
GtkWidget *
kr_selection_parts_panel (KrSelectionPage *page, const KrSelectionDetail *d, gboolean can_write);
GtkWidget *
kr_selection_parts_stages (KrSelectionPage *page, const KrSelectionDetail *d, gboolean can_write);
GtkWidget *kr_selection_parts_candidates (KrSelectionPage *page,
                                          const KrSelectionDetail *d,
                                          gboolean can_write);
GtkWidget *kr_selection_parts_ranking (KrSelectionPage *page, const KrSelectionDetail *d);

G_END_DECLS
