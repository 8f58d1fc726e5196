/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-selection-common"

#include "config.h"

#include "kr-selection-common.h"

#include <glib/gi18n.h>

#include "kr-training-widgets.h"

void
kr_selection_detail_free (KrSelectionDetail *detail)
{
  if (detail == NULL)
    return;
  g_clear_pointer (&detail->selection, kr_selection_free);
  g_clear_pointer (&detail->stages, g_ptr_array_unref);
  g_clear_pointer (&detail->panel, g_ptr_array_unref);
  g_clear_pointer (&detail->candidates, g_ptr_array_unref);
  g_clear_pointer (&detail->conflicts, g_ptr_array_unref);
  g_clear_pointer (&detail->issues, g_ptr_array_unref);
  g_clear_pointer (&detail->ranking, kr_selection_ranking_free);
  g_clear_pointer (&detail->scores, g_ptr_array_unref);
  g_free (detail);
}

gpointer
kr_selection_detail_read (KrSelectionRepository *repository,
                          gpointer data,
                          GCancellable *cancellable,
                          GError **error)
{
  gint64 id = *(const gint64 *) data;
  g_autoptr (KrSelectionDetail) detail = g_new0 (KrSelectionDetail, 1);

  detail->selection = kr_selection_repository_get_selection (repository, id, error);
  if (detail->selection == NULL)
    return NULL;
  detail->stages = kr_selection_repository_list_stages (repository, id, error);
  if (detail->stages == NULL)
    return NULL;
  detail->panel = kr_selection_repository_list_panel (repository, id, error);
  if (detail->panel == NULL)
    return NULL;
  detail->candidates = kr_selection_repository_list_candidates (repository, id, error);
  if (detail->candidates == NULL)
    return NULL;
  detail->conflicts = kr_selection_repository_list_conflicts (repository, id, error);
  if (detail->conflicts == NULL)
    return NULL;
  detail->issues = kr_selection_repository_check (repository, id, error);
  if (detail->issues == NULL)
    return NULL;
  detail->ranking = kr_selection_repository_get_ranking (repository, id, error);
  if (detail->ranking == NULL)
    return NULL;
  detail->scores = kr_selection_repository_list_scores (repository, id, error);
  if (detail->scores == NULL)
    return NULL;
  return g_steal_pointer (&detail);
}

const KrSelectionScore *
kr_selection_detail_find_score (const KrSelectionDetail *detail,
                                gint64 candidate_id,
                                gint64 stage_id)
{
  for (guint i = 0; detail != NULL && detail->scores != NULL && i < detail->scores->len; i++)
    {
      const KrSelectionScore *score = g_ptr_array_index (detail->scores, i);

      if (score->candidate_id == candidate_id && score->stage_id == stage_id)
        return score;
    }
  return NULL;
}

char *
kr_selection_detail_score_notes (const KrSelectionDetail *detail, gint64 candidate_id)
{
  GString *text = NULL;

  for (guint k = 0; detail != NULL && k < detail->stages->len; k++)
    {
      const KrSelectionStage *stage = g_ptr_array_index (detail->stages, k);
      const KrSelectionScore *score =
          kr_selection_detail_find_score (detail, candidate_id, stage->id);

      if (score == NULL || score->note == NULL)
        continue;
      if (text == NULL)
        text = g_string_new (NULL);
      else
        g_string_append_c (text, '\n');
      /* Translators: a score's note in the ranking's tooltip: "<stage>: <note>" */
      g_string_append_printf (text, _ ("%s: %s"), stage->name, score->note);
    }
  return text != NULL ? g_string_free (text, FALSE) : NULL;
}

void
kr_selection_status_pill (GtkLabel *label, KrSelectionStatus status)
{
  static const char *const classes[] = { "state-draft", "state-submitted", "state-reviewed",
                                         "state-final", "state-objected" };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (label), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (label), "state-pill");
  if ((guint) status < G_N_ELEMENTS (classes))
    gtk_widget_add_css_class (GTK_WIDGET (label), classes[status]);
  gtk_label_set_label (label, kr_selection_status_get_label (status));
}

char *
kr_selection_format_score (double score)
{
  return g_strdup_printf ("%.2f", score);
}

const KrSelectionRankingRow *
kr_selection_ranking_find (const KrSelectionRanking *ranking, gint64 candidate_id)
{
  for (guint i = 0; ranking != NULL && i < ranking->rows->len; i++)
    {
      const KrSelectionRankingRow *row = g_ptr_array_index (ranking->rows, i);

      if (row->candidate_id == candidate_id)
        return row;
    }
  return NULL;
}

gboolean
kr_selection_can_write (KrDatabase *database)
{
  return kr_training_can (database, KR_PERMISSION_WRITE_TALENT);
}

gboolean
kr_vacancy_filled_by_selection (const KrVacancy *vacancy)
{
  switch (vacancy->kind)
    {
    case KR_POSITION_KIND_JPT_UTAMA:
    case KR_POSITION_KIND_JPT_MADYA:
    case KR_POSITION_KIND_JPT_PRATAMA:
    case KR_POSITION_KIND_ADMINISTRATOR:
    case KR_POSITION_KIND_PENGAWAS:
      return TRUE;
    case KR_POSITION_KIND_PELAKSANA:
    case KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN:
    case KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN:
    case KR_N_POSITION_KINDS:
    default:
      return FALSE;
    }
}
