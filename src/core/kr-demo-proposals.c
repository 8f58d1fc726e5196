/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-demo"

#include "config.h"

#include "kr-demo-private.h"

#include "kr-date.h"
#include "kr-error.h"
#include "kr-promotion-repository.h"

/* KP proposals for the next period in every stage of the pipeline, made through the promotion
 * repository (so with its checks, checklists, transitions and audit): the first eligible
 * candidates of the period, in candidate order, walk 0 to 5 steps; one more is cancelled.
 * The pertek and decree dates are today (the repository refuses dates in the future). */

#define N_PROPOSALS 25
#define PAGE        200

typedef enum
{
  WALK_CANDIDATE,
  WALK_SOME_DOCUMENTS,
  WALK_DOCUMENTS_COMPLETE,
  WALK_PROPOSED,
  WALK_PERTEK,
  WALK_DECREE,
  WALK_CANCELLED,
  N_WALKS,
} Walk;

static gboolean
tick_documents (KrPromotionRepository *repo, gint64 id, gboolean all, GError **error)
{
  g_autoptr (GPtrArray) documents = kr_promotion_repository_list_documents (repo, id, error);

  if (documents == NULL)
    return FALSE;
  for (guint i = 0; i < documents->len; i++)
    {
      const KrPromotionDocument *d = documents->pdata[i];

      if (!all && i % 2 == 1)
        continue;
      if (!kr_promotion_repository_set_document (repo, d->id, TRUE, NULL, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
walk (KrPromotionRepository *repo, gint64 id, Walk to, const GDate *today, GError **error)
{
  g_autoptr (KrPromotion) p = NULL;
  g_autofree char *pertek = NULL;
  g_autofree char *sk = NULL;

  if (to == WALK_CANDIDATE)
    return TRUE;
  if (to == WALK_CANCELLED)
    return kr_promotion_repository_move (repo, id, KR_PROMOTION_STAGE_CANCELLED,
                                         "Berkas usul tidak dilengkapi sampai batas waktu", error);
  if (!tick_documents (repo, id, to != WALK_SOME_DOCUMENTS, error))
    return FALSE;
  if (to == WALK_SOME_DOCUMENTS)
    return TRUE;
  p = kr_promotion_repository_get_promotion (repo, id, error);
  if (p == NULL)
    return FALSE;
  if (p->stage == KR_PROMOTION_STAGE_CANDIDATE &&
      !kr_promotion_repository_move (repo, id, KR_PROMOTION_STAGE_DOCUMENTS_COMPLETE, NULL, error))
    return FALSE;
  if (to == WALK_DOCUMENTS_COMPLETE)
    return TRUE;
  if (!kr_promotion_repository_move (repo, id, KR_PROMOTION_STAGE_PROPOSED, NULL, error))
    return FALSE;
  if (to == WALK_PROPOSED)
    return TRUE;
  pertek = g_strdup_printf ("PERTEK-KP/%lld/%d", (long long) id, g_date_get_year (today));
  if (!kr_promotion_repository_record_pertek (repo, id, pertek, today, error))
    return FALSE;
  if (to == WALK_PERTEK)
    return TRUE;
  sk = g_strdup_printf ("823.3/%lld/BKD/%d", (long long) id, g_date_get_year (today));
  /* The TMT is the period, after today: the proposal waits at decree until then */
  return kr_promotion_repository_record_decree (repo, id, sk, today, &p->period, error);
}

gboolean
_kr_demo_generate_proposals (Demo *demo,
                             KrDatabase *database,
                             GCancellable *cancellable,
                             GError **error)
{
  g_autoptr (KrPromotionRepository) repo = kr_promotion_repository_new (database);
  KrCandidateQuery query = { 0 };
  GDate today, day_after;
  guint made = 0, n_rows = 0;

  /* The repository checks dates against the real today */
  kr_date_today (NULL, &today);
  day_after = demo->today;
  g_date_add_days (&day_after, 1);
  if (!kr_kp_period_on_or_after (&day_after, &query.period))
    return TRUE;
  if (!kr_promotion_repository_count_candidates (repo, &query, &n_rows, error))
    return FALSE;
  for (guint offset = 0; offset < n_rows && made < N_PROPOSALS; offset += PAGE)
    {
      g_autoptr (GPtrArray) page =
          kr_promotion_repository_list_candidates (repo, &query, offset, PAGE, cancellable, error);

      if (page == NULL)
        return FALSE;
      for (guint i = 0; i < page->len && made < N_PROPOSALS; i++)
        {
          const KrPromotionCandidate *c = page->pdata[i];
          gint64 id = 0;

          if (c->verdict->verdict != KR_PROMOTION_ELIGIBLE || c->promotion_id != 0)
            continue;
          if (!kr_promotion_repository_propose (repo, c->employee_id, c->verdict->kind,
                                                &query.period, NULL, &id, error) ||
              !walk (repo, id, (Walk) (made % N_WALKS), &today, error))
            return FALSE;
          made++;
        }
    }
  return TRUE;
}
