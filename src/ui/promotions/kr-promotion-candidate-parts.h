/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-promotion.h"

G_BEGIN_DECLS

/* The columns of the candidates list (KrPromotionItem rows): name over NIP, the verdict (or the
 * stage of the proposal already made) as a pill, ranks over the rank's TMT, why (the deciding
 * unmet rule and how many more; every unmet one in the tooltip) and the unit. */
void kr_promotion_candidate_columns_add (GtkColumnView *view);

/* A window listing every rule of @candidate's verdict, met or not, with its reason. */
GtkWidget *
kr_promotion_reasons_window_new (GtkWindow *parent, const KrPromotionCandidate *candidate);

G_END_DECLS
