/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-read-job.h"
#include "kr-selection-repository.h"
#include "kr-vacancy-repository.h"

G_BEGIN_DECLS

/* What the views of open selections share. */

/* kr_selection_read_job_run () and _finish (): kr_read_job_run () through a
 * KrSelectionRepository of the worker's own. */
KR_DEFINE_READ_JOB (KrSelectionRepository,
                    KrSelectionReadFunc,
                    kr_selection_read_job,
                    kr_selection_repository_get_database,
                    kr_selection_repository_new)

/**
 * KrSelectionDetail:
 *
 * Everything a selection's page shows, read at once in a worker
 * (kr_selection_detail_read ()).
 */
typedef struct
{
  KrSelection *selection;
  GPtrArray *stages;     /* KrSelectionStage, in order */
  GPtrArray *panel;      /* KrSelectionPanelMember */
  GPtrArray *candidates; /* KrSelectionCandidate, by registration number */
  GPtrArray *conflicts;  /* KrSelectionConflict */
  GPtrArray *issues;     /* KrSelectionIssue, blocking first */
  KrSelectionRanking *ranking;
  GPtrArray *scores; /* KrSelectionScore (with its note), by stage then registration number */
} KrSelectionDetail;

void kr_selection_detail_free (KrSelectionDetail *detail);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrSelectionDetail, kr_selection_detail_free)

/* A KrSelectionReadFunc: @data points to the gint64 id. */
gpointer kr_selection_detail_read (KrSelectionRepository *repository,
                                   gpointer data,
                                   GCancellable *cancellable,
                                   GError **error);

/* The score of @candidate_id at @stage_id in @detail, or NULL when not scored. */
const KrSelectionScore *kr_selection_detail_find_score (const KrSelectionDetail *detail,
                                                        gint64 candidate_id,
                                                        gint64 stage_id);

/* The notes of a candidate's scores, one line per stage with a note ("Wawancara Akhir: …"), or
 * NULL when none has a note. */
char *kr_selection_detail_score_notes (const KrSelectionDetail *detail, gint64 candidate_id);

/* Makes @label the pill of @status (style.css state-pill). */
void kr_selection_status_pill (GtkLabel *label, KrSelectionStatus status);

/* "83.25" (two decimals, the locale's separator) */
char *kr_selection_format_score (double score);

/* The ranking row of @candidate_id in @ranking, or NULL. */
const KrSelectionRankingRow *
kr_selection_ranking_find (const KrSelectionRanking *ranking, gint64 candidate_id);

/* Whether @database may write selections (KR_PERMISSION_WRITE_TALENT). */
gboolean kr_selection_can_write (KrDatabase *database);

/* Whether @vacancy is a leadership position (JPT, administrator, pengawas), which an open
 * selection fills; the others are filled through the formasi. The view offers "Start
 * Selection" for those. */
gboolean kr_vacancy_filled_by_selection (const KrVacancy *vacancy);

G_END_DECLS
