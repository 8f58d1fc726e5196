/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-selection-rules.h"

G_BEGIN_DECLS

/* The plain values of an open selection (DOMAIN 8) that kr-selection-repository.h reads and
 * writes. Each struct is owned by whoever holds it and freed with its *_free (); strings marked
 * (nullable) may be NULL; dates are #GDate, cleared (invalid) when unknown. Fields marked
 * read-only are filled when read and ignored when saved. */

/**
 * KrSelection:
 * @id: 0 for a new selection
 * @position_id: the position filled
 * @title: e.g. "Seleksi Terbuka JPT Pratama Kepala Dinas Pendidikan Tahun 2026"; when empty or
 *   NULL on create, made from the position ("Seleksi Terbuka <kind> <position> Tahun <year>")
 * @panel_decree: (nullable): the SK forming the panel
 * @opens_on, @closes_on: the registration window (cleared when unknown)
 * @status: (read-only) where it is; change it with kr_selection_repository_move ()
 * @notes: (nullable)
 * @position_name, @position_kind, @unit_id, @unit_name: (read-only) the position and its unit
 * @jpt: (read-only) kr_selection_kind_is_jpt (@position_kind)
 * @n_panel, @n_stages, @n_stages_published, @n_candidates: (read-only) counts; @n_candidates
 *   counts registered (not withdrawn) candidates
 */
typedef struct
{
  gint64 id;
  gint64 position_id;
  char *title;
  char *panel_decree;
  GDate opens_on;
  GDate closes_on;
  KrSelectionStatus status;
  char *notes;
  char *position_name;
  KrPositionKind position_kind;
  gint64 unit_id;
  char *unit_name;
  gboolean jpt;
  guint n_panel;
  guint n_stages;
  guint n_stages_published;
  guint n_candidates;
} KrSelection;

KrSelection *kr_selection_new (void);
void kr_selection_free (KrSelection *selection);
KrSelection *kr_selection_copy (const KrSelection *selection);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrSelection, kr_selection_free)

/**
 * KrSelectionStage:
 * @id: 0 for a new stage
 * @selection_id: its selection
 * @seq: (read-only on insert: appended) its order, from 1
 * @kind: the stage kind
 * @name: the name printed on announcements (Indonesian); when empty on insert, the kind's
 *   official name (required for OTHER)
 * @weight: percent of the final score
 * @has_pass_mark, @pass_mark: candidates below it do not go on
 * @published_on: (read-only) when its results were announced; cleared while not published
 */
typedef struct
{
  gint64 id;
  gint64 selection_id;
  guint seq;
  KrSelectionStageKind kind;
  char *name;
  double weight;
  gboolean has_pass_mark;
  double pass_mark;
  GDate published_on;
} KrSelectionStage;

KrSelectionStage *kr_selection_stage_new (void);
void kr_selection_stage_free (KrSelectionStage *stage);
KrSelectionStage *kr_selection_stage_copy (const KrSelectionStage *stage);
gboolean kr_selection_stage_is_published (const KrSelectionStage *stage);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrSelectionStage, kr_selection_stage_free)

/**
 * KrSelectionPanelMember:
 * @id: 0 for a new member
 * @selection_id: the selection
 * @employee_id: an internal member's employee; 0 for an external member
 * @name: the name with titles; for an internal member, when empty, the employee's
 * @is_external: external (then @employee_id is 0)
 * @institution: (nullable): an external member's institution or profession
 * @role: chair, secretary or member
 * @nip, @position_name: (read-only, nullable) an internal member's NIP and current position
 */
typedef struct
{
  gint64 id;
  gint64 selection_id;
  gint64 employee_id;
  char *name;
  gboolean is_external;
  char *institution;
  KrPanelRole role;
  char *nip;
  char *position_name;
} KrSelectionPanelMember;

KrSelectionPanelMember *kr_selection_panel_member_new (void);
void kr_selection_panel_member_free (KrSelectionPanelMember *member);
KrSelectionPanelMember *kr_selection_panel_member_copy (const KrSelectionPanelMember *member);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrSelectionPanelMember, kr_selection_panel_member_free)

/**
 * KrSelectionCandidate:
 * @id: 0 for a new candidate
 * @selection_id: the selection
 * @registration_number: (read-only on insert: generated, "ST-2026-001") nomor pendaftaran
 * @employee_id: an employee of the instansi, or 0 for an outside applicant
 * @name: the name with titles; for an employee, when empty, the employee's
 * @nip: (nullable): 18 digits; an employee's is copied
 * @origin: (nullable): an outside applicant's instansi
 * @status: registered or withdrawn (kr_selection_repository_set_candidate_status ())
 * @unit_name, @position_name: (read-only, nullable) an employee's current unit and position
 */
typedef struct
{
  gint64 id;
  gint64 selection_id;
  char *registration_number;
  gint64 employee_id;
  char *name;
  char *nip;
  char *origin;
  KrCandidateStatus status;
  char *unit_name;
  char *position_name;
} KrSelectionCandidate;

KrSelectionCandidate *kr_selection_candidate_new (void);
void kr_selection_candidate_free (KrSelectionCandidate *candidate);
KrSelectionCandidate *kr_selection_candidate_copy (const KrSelectionCandidate *candidate);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrSelectionCandidate, kr_selection_candidate_free)

/**
 * KrSelectionScore:
 * @id: the row
 * @candidate_id, @stage_id: whose score at which stage
 * @score: 0..100
 * @note: (nullable)
 */
typedef struct
{
  gint64 id;
  gint64 candidate_id;
  gint64 stage_id;
  double score;
  char *note;
} KrSelectionScore;

void kr_selection_score_free (KrSelectionScore *score);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrSelectionScore, kr_selection_score_free)

/**
 * KrSelectionRankingRow:
 * @candidate_id, @registration_number, @name, @nip (nullable), @origin (nullable),
 *   @employee_id (0 for an outside applicant): the candidate
 * @withdrawn: left the selection (rank 0)
 * @scores, @scored: one value per stage of the ranking, in stage order (@n_stages)
 * @total: the weighted total
 * @eliminated_at: the index (0-based) of the stage where the candidate did not go on, or -1
 * @rank, @tied, @proposed: see #KrSelectionRankEntry
 */
typedef struct
{
  gint64 candidate_id;
  char *registration_number;
  char *name;
  char *nip;
  char *origin;
  gint64 employee_id;
  gboolean withdrawn;
  guint n_stages;
  double *scores;
  gboolean *scored;
  double total;
  int eliminated_at;
  guint rank;
  gboolean tied;
  gboolean proposed;
} KrSelectionRankingRow;

void kr_selection_ranking_row_free (KrSelectionRankingRow *row);

/* Whether the candidate goes on after stage @stage_index: not withdrawn, scored there and not
 * eliminated at or before it (what an announcement of that stage lists). */
gboolean kr_selection_ranking_row_passed (const KrSelectionRankingRow *row, guint stage_index);

/**
 * KrSelectionRanking:
 * @selection: the selection
 * @stages: (element-type KrSelectionStage): in order
 * @rows: (element-type KrSelectionRankingRow): best first (kr_selection_rank ())
 * @final: every stage is published (candidates are proposed only then)
 */
typedef struct
{
  KrSelection *selection;
  GPtrArray *stages;
  GPtrArray *rows;
  gboolean final;
} KrSelectionRanking;

void kr_selection_ranking_free (KrSelectionRanking *ranking);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrSelectionRanking, kr_selection_ranking_free)

/**
 * KrSelectionConflict:
 * @panel_member_id, @member_name: the internal panel member
 * @candidate_id, @candidate_name, @registration_number: the candidate
 * @head_position_name, @head_unit_name: the head position the member holds over the
 *   candidate's unit
 *
 * A panel member who is a candidate's superior (kr_selection_is_superior ()).
 */
typedef struct
{
  gint64 panel_member_id;
  char *member_name;
  gint64 candidate_id;
  char *candidate_name;
  char *registration_number;
  char *head_position_name;
  char *head_unit_name;
} KrSelectionConflict;

void kr_selection_conflict_free (KrSelectionConflict *conflict);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrSelectionConflict, kr_selection_conflict_free)

G_END_DECLS
