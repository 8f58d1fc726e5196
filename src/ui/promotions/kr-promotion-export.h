/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-promotion-repository.h"

G_BEGIN_DECLS

/* Exporting the lists of the Promotions section as CSV, in workers (kr-export-job.h); the
 * columns are headed with the official Indonesian terms of the printed lists. */

/* Asks where to save the candidates of @query (every page), then writes them. */
void kr_promotion_export_candidates (GtkWidget *widget,
                                     KrDatabase *database,
                                     const KrCandidateQuery *query);

/* Asks where to save the proposals of @query (the nominative list of a period), then writes
 * them. */
void kr_promotion_export_nominative (GtkWidget *widget,
                                     KrDatabase *database,
                                     const KrPromotionQuery *query);

/* The same, straight to @path (no chooser): for tests. */
void kr_promotion_export_candidates_to (GtkWidget *widget,
                                        KrDatabase *database,
                                        const KrCandidateQuery *query,
                                        const char *path,
                                        GAsyncReadyCallback done,
                                        gpointer user_data);

G_END_DECLS
