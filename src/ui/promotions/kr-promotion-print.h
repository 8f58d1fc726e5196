/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-document.h"
#include "kr-promotion-repository.h"

G_BEGIN_DECLS

/* Printing the lists of the Promotions section through kr-document-promotion.h: the documents
 * are built in the print worker over a connection of its own. */

/* The DAFTAR CALON KENAIKAN PANGKAT of @query (every candidate). */
void kr_promotion_print_candidates (GtkWidget *widget,
                                    KrDatabase *database,
                                    const KrCandidateQuery *query);

/* The DAFTAR NOMINATIF USUL KENAIKAN PANGKAT of @query (its period is required). */
void kr_promotion_print_nominative (GtkWidget *widget,
                                    KrDatabase *database,
                                    const KrPromotionQuery *query);

/* The documents themselves, as the print worker builds them over @database (for tests). */
KrDocument *
kr_promotion_print_build_candidates (KrDatabase *database, gpointer query, GError **error);
KrDocument *
kr_promotion_print_build_nominative (KrDatabase *database, gpointer query, GError **error);

G_END_DECLS
