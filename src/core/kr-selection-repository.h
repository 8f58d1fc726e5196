/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-database.h"
#include "kr-selection.h"

G_BEGIN_DECLS

/* The only place with the SQL of open selections (schema: migrations/0011). Every call checks
 * the signed-in identity (kr-identity.h):
 * - reads need KR_PERMISSION_READ_EMPLOYEES;
 * - writes need KR_PERMISSION_WRITE_TALENT (admin, HR operator).
 * A refused call sets KR_ERROR_PERMISSION_DENIED and changes nothing. Every write is one
 * transaction, audited (migration 7), and emits `changed` (a #KrSelectionChange mask) once it is
 * committed. Bad values give KR_ERROR_INVALID with a translated message naming the field; a
 * write the selection's state does not allow (a published stage, a final selection) gives
 * KR_ERROR_INVALID saying why; a row that does not exist gives KR_ERROR_NOT_FOUND; a duplicate
 * (the same employee twice) gives KR_ERROR_CONFLICT. */

/**
 * KrSelectionChange:
 *
 * What a write changed; the argument of the `changed` signal.
 */
typedef enum
{
  KR_SELECTION_CHANGE_SELECTIONS = 1 << 0, /* a selection's fields or status */
  KR_SELECTION_CHANGE_STAGES = 1 << 1,     /* stages, weights, publication */
  KR_SELECTION_CHANGE_PANEL = 1 << 2,
  KR_SELECTION_CHANGE_CANDIDATES = 1 << 3,
  KR_SELECTION_CHANGE_SCORES = 1 << 4,
} KrSelectionChange;

#define KR_TYPE_SELECTION_REPOSITORY (kr_selection_repository_get_type ())

G_DECLARE_FINAL_TYPE (KrSelectionRepository,
                      kr_selection_repository,
                      KR,
                      SELECTION_REPOSITORY,
                      GObject)

/* Signal "changed" (guint change_mask). */
KrSelectionRepository *kr_selection_repository_new (KrDatabase *database);

KrDatabase *kr_selection_repository_get_database (KrSelectionRepository *self);

/* Emits `changed` for a write made through another connection to the same file (a worker). */
void kr_selection_repository_notify_changed (KrSelectionRepository *self, KrSelectionChange mask);

/* Selections */

/**
 * KrSelectionQuery:
 * @status: one #KrSelectionStatus, or -1 for every status
 * @unit_id: the position's unit, 0 for every unit
 * @subtree: whether the units below count too
 * @search: (nullable): part of the title or the position's name
 *
 * Sorted by status (draft, open, scoring first; closed and cancelled last), then newest
 * (highest id) first.
 */
typedef struct
{
  gint status;
  gint64 unit_id;
  gboolean subtree;
  const char *search;
} KrSelectionQuery;

gboolean kr_selection_repository_count_selections (KrSelectionRepository *self,
                                                   const KrSelectionQuery *query,
                                                   guint *n_rows,
                                                   GError **error);

/* Returns: (element-type KrSelection) (transfer full): rows @offset..@offset+@limit-1 */
GPtrArray *kr_selection_repository_list_selections (KrSelectionRepository *self,
                                                    const KrSelectionQuery *query,
                                                    guint offset,
                                                    guint limit,
                                                    GError **error);

KrSelection *
kr_selection_repository_get_selection (KrSelectionRepository *self, gint64 id, GError **error);

/* Returns: (element-type KrSelection) (transfer full): the selections of a position, newest
 * first (a vacancy shows whether one is running). */
GPtrArray *kr_selection_repository_list_position_selections (KrSelectionRepository *self,
                                                             gint64 position_id,
                                                             GError **error);

/**
 * kr_selection_repository_create:
 * @selection: @position_id, @title (optional), @panel_decree, @opens_on, @closes_on, @notes;
 *   @id and the read-only fields are set on success
 *
 * Creates a draft. A JPT position's selection gets the four stages with their default weights
 * (kr_selection_jpt_stages ()); other positions start without stages. Refused when the position
 * already has a selection that is not closed or cancelled (KR_ERROR_CONFLICT), or when
 * @closes_on is before @opens_on.
 */
gboolean kr_selection_repository_create (KrSelectionRepository *self,
                                         KrSelection *selection,
                                         GError **error);

/* Saves @title, @panel_decree, @opens_on, @closes_on, @notes (not in a final selection; the
 * position only in a draft). */
gboolean kr_selection_repository_update (KrSelectionRepository *self,
                                         const KrSelection *selection,
                                         GError **error);

/**
 * kr_selection_repository_move:
 *
 * Moves a selection (kr_selection_status_can_move ()). Opening needs no blocking issue
 * (kr_selection_repository_check ()); scoring needs at least one registered candidate; closing
 * needs every stage published. Cancelling is allowed from any status that is not final.
 */
gboolean kr_selection_repository_move (KrSelectionRepository *self,
                                       gint64 id,
                                       KrSelectionStatus to,
                                       GError **error);

/* Deletes a draft selection with everything in it (a draft has no scores). */
gboolean kr_selection_repository_delete (KrSelectionRepository *self, gint64 id, GError **error);

/**
 * kr_selection_repository_check:
 *
 * The panel composition and stage issues (kr_selection_check_setup ()) and one warning per
 * conflict of interest.
 *
 * Returns: (element-type KrSelectionIssue) (transfer full): blocking ones first
 */
GPtrArray *kr_selection_repository_check (KrSelectionRepository *self, gint64 id, GError **error);

/* Stages */

/* Returns: (element-type KrSelectionStage) (transfer full): in order */
GPtrArray *kr_selection_repository_list_stages (KrSelectionRepository *self,
                                                gint64 selection_id,
                                                GError **error);

/**
 * kr_selection_repository_save_stage:
 *
 * Inserts (id 0, appended as the last stage) or updates a stage's kind, name, weight and pass
 * mark. Allowed while the selection is not final and no stage is published. The weight is
 * checked (kr_selection_check_stage_weight ()); for JPT each of the four kinds at most once.
 * The sum of 100 is checked when opening (the weights may be uneven while a draft is being
 * edited); once the selection is open, a change that leaves a blocking issue (the weights not
 * adding up to 100, a JPT stage missing) is refused: the announced weights hold.
 */
gboolean kr_selection_repository_save_stage (KrSelectionRepository *self,
                                             KrSelectionStage *stage,
                                             GError **error);

/* Removes a stage (same conditions as saving) and renumbers the ones after it. */
gboolean
kr_selection_repository_delete_stage (KrSelectionRepository *self, gint64 id, GError **error);

/**
 * kr_selection_repository_publish_stage:
 * @date: the announcement date (valid, not in the future)
 *
 * Announces a stage's results: the selection must be in scoring, the stages before it
 * published, and every registered candidate not eliminated at an earlier stage scored at it.
 * From then on its scores and weights are final.
 */
gboolean kr_selection_repository_publish_stage (KrSelectionRepository *self,
                                                gint64 stage_id,
                                                const GDate *date,
                                                GError **error);

/* Panel */

/* Returns: (element-type KrSelectionPanelMember) (transfer full): chair, secretary, members,
 * then by name */
GPtrArray *kr_selection_repository_list_panel (KrSelectionRepository *self,
                                               gint64 selection_id,
                                               GError **error);

/**
 * kr_selection_repository_save_panel_member:
 *
 * Inserts (id 0) or updates a member. An internal member names an employee (the name copied
 * when empty); an external one a name (and an institution). One chair. Not in a final
 * selection; once the selection is open, a change that leaves a blocking composition issue is
 * refused.
 */
gboolean kr_selection_repository_save_panel_member (KrSelectionRepository *self,
                                                    KrSelectionPanelMember *member,
                                                    GError **error);

gboolean kr_selection_repository_delete_panel_member (KrSelectionRepository *self,
                                                      gint64 id,
                                                      GError **error);

/* Returns: (element-type KrSelectionConflict) (transfer full): by member, then registration
 * number */
GPtrArray *kr_selection_repository_list_conflicts (KrSelectionRepository *self,
                                                   gint64 selection_id,
                                                   GError **error);

/* Candidates */

/* Returns: (element-type KrSelectionCandidate) (transfer full): by registration number */
GPtrArray *kr_selection_repository_list_candidates (KrSelectionRepository *self,
                                                    gint64 selection_id,
                                                    GError **error);

/**
 * kr_selection_repository_save_candidate:
 *
 * Inserts (id 0) or updates a candidate. Inserting is registration: the selection must be draft
 * or open, the registration number is generated ("ST-<year>-NNN": the year the registration
 * opens, else this year; NNN the next number of the selection) and set in @candidate. An
 * employee is registered once (KR_ERROR_CONFLICT) and must be active; an outside applicant
 * needs a name and an origin. Updating changes the name, NIP and origin only (not in a final
 * selection).
 */
gboolean kr_selection_repository_save_candidate (KrSelectionRepository *self,
                                                 KrSelectionCandidate *candidate,
                                                 GError **error);

/* Withdraws or reinstates a candidate (not in a final selection). */
gboolean kr_selection_repository_set_candidate_status (KrSelectionRepository *self,
                                                       gint64 id,
                                                       KrCandidateStatus status,
                                                       GError **error);

/* Deletes a candidate without scores, while the selection is draft or open. */
gboolean
kr_selection_repository_delete_candidate (KrSelectionRepository *self, gint64 id, GError **error);

/* Scores */

/* Returns: (element-type KrSelectionScore) (transfer full): every score of the selection, by
 * stage then registration number */
GPtrArray *kr_selection_repository_list_scores (KrSelectionRepository *self,
                                                gint64 selection_id,
                                                GError **error);

/**
 * kr_selection_repository_set_score:
 * @note: (nullable)
 *
 * Records (or changes) a score 0..100. Refused unless the selection is in scoring; after the
 * stage is published; before the stage before it is published; for a withdrawn candidate; for a
 * candidate eliminated at an earlier stage.
 */
gboolean kr_selection_repository_set_score (KrSelectionRepository *self,
                                            gint64 candidate_id,
                                            gint64 stage_id,
                                            double score,
                                            const char *note,
                                            GError **error);

/* Removes a score (same conditions as setting it). */
gboolean kr_selection_repository_clear_score (KrSelectionRepository *self,
                                              gint64 candidate_id,
                                              gint64 stage_id,
                                              GError **error);

/**
 * kr_selection_repository_get_ranking:
 *
 * The ranking (kr_selection_rank ()): per candidate the scores per stage, the weighted total,
 * where they were eliminated, the rank and, once every stage is published, the three best
 * proposed.
 */
KrSelectionRanking *kr_selection_repository_get_ranking (KrSelectionRepository *self,
                                                         gint64 selection_id,
                                                         GError **error);

G_END_DECLS
