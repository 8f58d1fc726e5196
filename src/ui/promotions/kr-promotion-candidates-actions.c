/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotion-candidates-view"

#include "config.h"

#include <glib/gi18n.h>

#include "kr-promotion-candidates-view-private.h"
#include "kr-promotion-export.h"
#include "kr-promotion-print.h"
#include "kr-promotion-propose-job.h"
#include "kr-promotions-common.h"
#include "kr-training-widgets.h"

/* Counting the verdicts, in a worker */

static gpointer
count_verdicts (KrPromotionRepository *repository,
                gpointer data,
                GCancellable *cancellable,
                GError **error)
{
  guint *counts = g_new0 (guint, KR_N_PROMOTION_VERDICT_KINDS);

  if (!kr_promotion_repository_count_verdicts (repository, data, counts, cancellable, error))
    {
      g_free (counts);
      return NULL;
    }
  return counts;
}

static void
counted_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrPromotionCandidatesView *self;
  g_autoptr (GError) error = NULL;
  g_autofree guint *counts = kr_promotion_read_job_finish (result, &error);
  g_autofree char *text = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = KR_PROMOTION_CANDIDATES_VIEW (source);
  g_clear_object (&self->counting);
  if (counts == NULL)
    text = g_strdup (error->message);
  else
    /* Translators: the verdicts of a KP period's candidates */
    text =
        g_strdup_printf (_ ("%u eligible · %u not yet · %u blocked"), counts[KR_PROMOTION_ELIGIBLE],
                         counts[KR_PROMOTION_NOT_YET], counts[KR_PROMOTION_BLOCKED]);
  gtk_label_set_label (self->verdicts_label, text);
}

void
_kr_promotion_candidates_count (KrPromotionCandidatesView *self)
{
  const KrCandidateQuery *query = kr_promotion_candidate_model_get_query (self->model);

  if (self->counting != NULL)
    g_cancellable_cancel (self->counting);
  g_clear_object (&self->counting);
  gtk_label_set_label (self->verdicts_label, "");
  if (self->promotions == NULL || !g_date_valid (&query->period))
    return;
  self->counting = g_cancellable_new ();
  kr_promotion_read_job_run (
      self, self->promotions, count_verdicts, kr_promotion_candidate_query_dup (query),
      (GDestroyNotify) kr_promotion_candidate_query_free, g_free, self->counting, counted_cb, NULL);
}

/* What can be proposed: selected, eligible, without a proposal for the period. */
GArray *
_kr_promotion_candidates_selected_requests (KrPromotionCandidatesView *self)
{
  GArray *requests = g_array_new (FALSE, FALSE, sizeof (KrProposeRequest));
  g_autoptr (GtkBitset) selected =
      gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GtkBitsetIter iter;
  guint position;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr (KrPromotionItem) item =
          g_list_model_get_item (G_LIST_MODEL (self->model), position);
      const KrPromotionCandidate *candidate =
          item != NULL ? kr_promotion_item_get_candidate (item) : NULL;
      KrProposeRequest request;

      if (candidate == NULL || candidate->promotion_id != 0 ||
          candidate->verdict->verdict != KR_PROMOTION_ELIGIBLE)
        continue;
      request.employee_id = candidate->employee_id;
      request.kind = candidate->verdict->kind;
      g_array_append_val (requests, request);
    }
  return requests;
}

/* Proposing */

static void
proposed_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KrPromotionCandidatesView *self = KR_PROMOTION_CANDIDATES_VIEW (source);
  g_autoptr (GError) error = NULL;
  g_autofree char *first_error = NULL;
  g_autofree char *message = NULL;
  guint n_proposed = 0, n_refused = 0;

  self->proposing = FALSE;
  if (!kr_promotion_propose_job_finish (result, &n_proposed, &n_refused, &first_error, &error))
    message = g_strdup (error->message);
  else if (n_refused > 0)
    /* Translators: %u proposals made, then the reason the first refused one gave */
    message = g_strdup_printf (ngettext ("%u proposal made; not proposed: %s",
                                         "%u proposals made; not proposed: %s", n_proposed),
                               n_proposed, first_error);
  else
    message = g_strdup_printf (ngettext ("%u proposal made", "%u proposals made", n_proposed),
                               n_proposed);
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  kr_training_show_toast (GTK_WIDGET (self), message);
  _kr_promotion_candidates_update_state (self);
}

gboolean
kr_promotion_candidates_view_propose_selected (KrPromotionCandidatesView *self)
{
  g_autoptr (GArray) requests = NULL;

  g_return_val_if_fail (KR_IS_PROMOTION_CANDIDATES_VIEW (self), FALSE);

  if (self->proposing || self->promotions == NULL || !kr_promotions_can_write (self->database))
    return FALSE;
  requests = _kr_promotion_candidates_selected_requests (self);
  if (requests->len == 0)
    return FALSE;
  self->proposing = TRUE;
  _kr_promotion_candidates_update_state (self);
  kr_promotion_propose_job_run (self, self->promotions, g_steal_pointer (&requests),
                                &kr_promotion_candidate_model_get_query (self->model)->period,
                                proposed_cb, NULL);
  return TRUE;
}

/* Printing and export */

void
_kr_promotion_candidates_print_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrPromotionCandidatesView *self = KR_PROMOTION_CANDIDATES_VIEW (widget);

  kr_promotion_print_candidates (widget, self->database,
                                 kr_promotion_candidate_model_get_query (self->model));
}

void
_kr_promotion_candidates_export_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KrPromotionCandidatesView *self = KR_PROMOTION_CANDIDATES_VIEW (widget);

  kr_promotion_export_candidates (widget, self->database,
                                  kr_promotion_candidate_model_get_query (self->model));
}
