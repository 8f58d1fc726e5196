/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-repository-private.h"
#include "kr-selection-repository.h"

G_BEGIN_DECLS

/* Shared by the files of the selection repository:
 * - kr-selection-repository.c: the object, these helpers, selections (reads, create, update);
 * - -status.c: status moves and the checks that gate them;
 * - -panel.c: the panel and conflicts of interest;
 * - -candidates.c: registration;
 * - -stages.c: stages and their publication;
 * - -scores.c: scores and the ranking. */

struct _KrSelectionRepository
{
  GObject parent_instance;

  KrDatabase *database;
  KrStatements *statements;
};

/* An employee's name with titles, as SQL over the alias @e */
#define KR_SELECTION_FULL_NAME(e)                                                                  \
  "trim (coalesce (" e ".title_front || ' ', '') || " e ".name || coalesce (', ' || " e            \
  ".title_back, ''))"

void _kr_selection_repository_emit_changed (KrSelectionRepository *self, KrSelectionChange mask);

/* KR_PERMISSION_READ_EMPLOYEES */
gboolean _kr_selection_check_read (KrSelectionRepository *self, GError **error);
/* KR_PERMISSION_WRITE_TALENT */
gboolean _kr_selection_check_write (KrSelectionRepository *self, GError **error);

int _kr_selection_step (KrSelectionRepository *self, sqlite3_stmt *stmt, GError **error);
gboolean _kr_selection_run (KrSelectionRepository *self, sqlite3_stmt *stmt, GError **error);

/* Today, for dates that may not be in the future. */
void _kr_selection_today (GDate *out);

/* The selection @id with its read-only fields (no permission check); KR_ERROR_NOT_FOUND. */
KrSelection *_kr_selection_load (KrSelectionRepository *self, gint64 id, GError **error);
/* _kr_selection_check_read (), then the selection @id as _kr_selection_load (); a unit head
 * reads only the selections of positions inside the subtree they lead
 * (KR_ERROR_PERMISSION_DENIED otherwise). */
KrSelection *_kr_selection_load_readable (KrSelectionRepository *self, gint64 id, GError **error);
/* KR_ERROR_INVALID when @selection is closed or cancelled ("… is closed"). */
gboolean _kr_selection_check_not_final (const KrSelection *selection, GError **error);

/* (element-type KrSelectionStage): the stages of a selection in order */
GPtrArray *_kr_selection_load_stages (KrSelectionRepository *self, gint64 id, GError **error);
/* Fills @facts (n = @stages->len) from @stages. */
void _kr_selection_stage_facts (GPtrArray *stages, KrSelectionStageFacts *facts);

/* (element-type KrSelectionPanelMember): the panel in order */
GPtrArray *_kr_selection_load_panel (KrSelectionRepository *self, gint64 id, GError **error);
/* (element-type KrSelectionConflict) */
GPtrArray *_kr_selection_load_conflicts (KrSelectionRepository *self, gint64 id, GError **error);

/* kr_selection_check_setup () over what is stored, plus the conflicts as warnings. */
GPtrArray *_kr_selection_collect_issues (KrSelectionRepository *self,
                                         const KrSelection *selection,
                                         GError **error);
/* KR_ERROR_INVALID with the first blocking issue, if any. */
gboolean _kr_selection_check_no_blocking (KrSelectionRepository *self,
                                          const KrSelection *selection,
                                          GError **error);

/* The selection that owns stage @id (KR_ERROR_NOT_FOUND) */
gboolean _kr_selection_stage_owner (KrSelectionRepository *self,
                                    gint64 id,
                                    gint64 *selection_id,
                                    GError **error);
/* Runs @sql binding ?1 = @a and, when it has a second parameter, ?2 = @b */
gboolean _kr_selection_run_ids (KrSelectionRepository *self,
                                const char *sql,
                                gint64 a,
                                gint64 b,
                                GError **error);

/**
 * KrSelectionMatrix:
 * @stages: (element-type KrSelectionStage) in order; @facts: their rule facts
 * @candidates: (element-type KrSelectionCandidate) by registration number
 * @scores, @scored: candidate c, stage s at [c * n_stages + s]
 *
 * Everything of a selection's scoring.
 */
typedef struct
{
  GPtrArray *stages;
  KrSelectionStageFacts *facts;
  GPtrArray *candidates;
  double *scores;
  gboolean *scored;
} KrSelectionMatrix;

gboolean _kr_selection_matrix_load (KrSelectionRepository *self,
                                    gint64 id,
                                    KrSelectionMatrix *m,
                                    GError **error);
void _kr_selection_matrix_clear (KrSelectionMatrix *m);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KrSelectionMatrix, _kr_selection_matrix_clear)
/* The index of the stage or candidate @id in @array (both structs start with their id), or -1 */
int _kr_selection_index_of_id (GPtrArray *array, gint64 id);
/* Whether candidate @c was eliminated at one of the first @n_before stages */
gboolean _kr_selection_eliminated_before (const KrSelectionMatrix *m, guint c, guint n_before);

G_END_DECLS
