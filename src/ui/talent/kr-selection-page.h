/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-selection-common.h"
#include "kr-selection-repository.h"

G_BEGIN_DECLS

#define KR_TYPE_SELECTION_PAGE (kr_selection_page_get_type ())

G_DECLARE_FINAL_TYPE (KrSelectionPage, kr_selection_page, KR, SELECTION_PAGE, AdwBin)

/* One open selection (read in a worker, again after each change): the position and status with
 * the status moves, the setup checks, the selection panel (composition and conflicts flagged),
 * the stages with weights (edit, score entry, publish, print the announcement), the candidates
 * and the ranking with the three best proposed (print). Signal "back" (no arguments): the user
 * asked for the list. */
GtkWidget *kr_selection_page_new (void);

void kr_selection_page_set_repositories (KrSelectionPage *self,
                                         KrDatabase *database,
                                         KrSelectionRepository *selections);

/* Reads and shows @selection_id (0: nothing). */
void kr_selection_page_set_selection (KrSelectionPage *self, gint64 selection_id);
gint64 kr_selection_page_get_selection_id (KrSelectionPage *self);

/* For tests: what is shown (NULL while reading or after an error). */
const KrSelectionDetail *kr_selection_page_get_detail (KrSelectionPage *self);
gboolean kr_selection_page_get_loading (KrSelectionPage *self);

G_END_DECLS
