/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotion"

#include "config.h"

#include "kr-promotion.h"

#include "kr-date.h"

/* The plain values of kr-promotion.h: freeing them. */

void
kr_promotion_candidate_free (KrPromotionCandidate *candidate)
{
  if (candidate == NULL)
    return;
  g_free (candidate->nip);
  g_free (candidate->name);
  g_free (candidate->unit_name);
  g_free (candidate->position_name);
  kr_promotion_verdict_free (candidate->verdict);
  g_free (candidate);
}

void
kr_promotion_free (KrPromotion *promotion)
{
  if (promotion == NULL)
    return;
  g_free (promotion->pertek_number);
  g_free (promotion->sk_number);
  g_free (promotion->notes);
  g_free (promotion->nip);
  g_free (promotion->name);
  g_free (promotion->unit_name);
  g_free (promotion->position_name);
  g_free (promotion);
}

void
kr_promotion_document_free (KrPromotionDocument *document)
{
  if (document == NULL)
    return;
  g_free (document->code);
  g_free (document->note);
  g_free (document);
}

void
kr_promotion_transition_free (KrPromotionTransition *transition)
{
  if (transition == NULL)
    return;
  g_free (transition->at);
  g_free (transition->user_name);
  g_free (transition->reason);
  g_free (transition);
}

void
kr_ujian_dinas_free (KrUjianDinas *record)
{
  if (record == NULL)
    return;
  g_free (record->certificate);
  g_free (record);
}

void
kr_angka_kredit_free (KrAngkaKredit *record)
{
  g_free (record);
}

void
kr_retirement_free (KrRetirement *retirement)
{
  if (retirement == NULL)
    return;
  g_free (retirement->nip);
  g_free (retirement->name);
  g_free (retirement->unit_name);
  g_free (retirement->position_name);
  g_free (retirement);
}

void
kr_promotion_service_between (const GDate *from, const GDate *to, guint *years, guint *months)
{
  guint y = 0, m = 0;

  if (from != NULL && to != NULL && g_date_valid (from) && g_date_valid (to))
    kr_date_span (from, to, &y, &m);
  if (years != NULL)
    *years = y;
  if (months != NULL)
    *months = m;
}
