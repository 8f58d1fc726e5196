/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-position.h"

G_BEGIN_DECLS

/* The rules of an open selection (seleksi terbuka, DOMAIN 8, PermenPANRB 15/2019) as pure
 * functions over plain values: the statuses and their moves, the JPT stages and weight ranges
 * (data, in the tables of kr-selection-rules.c alone), the panel composition, the weighted
 * total, elimination by a stage's pass mark, the ranking with its tie-breaks, the three best
 * proposed, and conflicts of interest in the panel. Every enum has a storage code (migrations/
 * 0011) and a translated label. */

/**
 * KrSelectionStatus:
 * @KR_SELECTION_STATUS_DRAFT: being prepared: panel, stages (code "draft")
 * @KR_SELECTION_STATUS_OPEN: announced, candidates register (code "open")
 * @KR_SELECTION_STATUS_SCORING: registration closed, stages scored and published (code
 *   "scoring")
 * @KR_SELECTION_STATUS_CLOSED: every stage published, the three best proposed (code "closed");
 *   final
 * @KR_SELECTION_STATUS_CANCELLED: stopped (code "cancelled"); final
 */
typedef enum
{
  KR_SELECTION_STATUS_DRAFT,
  KR_SELECTION_STATUS_OPEN,
  KR_SELECTION_STATUS_SCORING,
  KR_SELECTION_STATUS_CLOSED,
  KR_SELECTION_STATUS_CANCELLED,
  KR_N_SELECTION_STATUSES,
} KrSelectionStatus;

const char *kr_selection_status_get_code (KrSelectionStatus status);
/* Translated: "Draft", "Open", "Scoring", "Closed", "Cancelled" */
const char *kr_selection_status_get_label (KrSelectionStatus status);
gboolean kr_selection_status_from_code (const char *code, KrSelectionStatus *status);
/* draft → open → scoring → closed, one step at a time; draft, open and scoring → cancelled.
 * Closed and cancelled are final. */
gboolean kr_selection_status_can_move (KrSelectionStatus from, KrSelectionStatus to);
gboolean kr_selection_status_is_final (KrSelectionStatus status);

/**
 * KrSelectionStageKind:
 * @KR_SELECTION_STAGE_ADMINISTRATION: administrasi dan rekam jejak (code "administration")
 * @KR_SELECTION_STAGE_PAPER: penulisan makalah (code "paper")
 * @KR_SELECTION_STAGE_ASSESSMENT: assessment centre (code "assessment")
 * @KR_SELECTION_STAGE_INTERVIEW: wawancara akhir (code "interview")
 * @KR_SELECTION_STAGE_OTHER: another stage of the office's own (code "other"; not for JPT)
 */
typedef enum
{
  KR_SELECTION_STAGE_ADMINISTRATION,
  KR_SELECTION_STAGE_PAPER,
  KR_SELECTION_STAGE_ASSESSMENT,
  KR_SELECTION_STAGE_INTERVIEW,
  KR_SELECTION_STAGE_OTHER,
  KR_N_SELECTION_STAGE_KINDS,
} KrSelectionStageKind;

const char *kr_selection_stage_kind_get_code (KrSelectionStageKind kind);
/* Translated: "Administration and track record", "Paper", "Assessment centre", "Final
 * interview", "Other" */
const char *kr_selection_stage_kind_get_label (KrSelectionStageKind kind);
/* The official Indonesian name printed on announcements, not translated: "Administrasi dan
 * Rekam Jejak", "Penulisan Makalah", "Assessment Centre", "Wawancara Akhir"; NULL for OTHER */
const char *kr_selection_stage_kind_get_official_name (KrSelectionStageKind kind);
gboolean kr_selection_stage_kind_from_code (const char *code, KrSelectionStageKind *kind);

/**
 * KrPanelRole:
 * @KR_PANEL_ROLE_CHAIR: ketua (code "chair")
 * @KR_PANEL_ROLE_SECRETARY: sekretaris (code "secretary")
 * @KR_PANEL_ROLE_MEMBER: anggota (code "member")
 */
typedef enum
{
  KR_PANEL_ROLE_CHAIR,
  KR_PANEL_ROLE_SECRETARY,
  KR_PANEL_ROLE_MEMBER,
  KR_N_PANEL_ROLES,
} KrPanelRole;

const char *kr_panel_role_get_code (KrPanelRole role);
/* Translated: "Chair", "Secretary", "Member" */
const char *kr_panel_role_get_label (KrPanelRole role);
/* Official, not translated: "Ketua", "Sekretaris", "Anggota" */
const char *kr_panel_role_get_official_name (KrPanelRole role);
gboolean kr_panel_role_from_code (const char *code, KrPanelRole *role);

/**
 * KrCandidateStatus:
 * @KR_CANDIDATE_STATUS_REGISTERED: takes part (code "registered")
 * @KR_CANDIDATE_STATUS_WITHDRAWN: withdrew; keeps the scores but leaves the ranking (code
 *   "withdrawn")
 */
typedef enum
{
  KR_CANDIDATE_STATUS_REGISTERED,
  KR_CANDIDATE_STATUS_WITHDRAWN,
  KR_N_CANDIDATE_STATUSES,
} KrCandidateStatus;

const char *kr_candidate_status_get_code (KrCandidateStatus status);
/* Translated: "Registered", "Withdrawn" */
const char *kr_candidate_status_get_label (KrCandidateStatus status);
gboolean kr_candidate_status_from_code (const char *code, KrCandidateStatus *status);

/* Whether a position of @kind is filled by the JPT rules (JPT Utama, Madya, Pratama). */
gboolean kr_selection_kind_is_jpt (KrPositionKind kind);

/**
 * KrSelectionStageTemplate:
 * @kind: the stage
 * @name: its official Indonesian name
 * @min_weight, @max_weight: the weight range in percent
 * @default_weight: the weight a new JPT selection gets (20/20/25/35)
 *
 * One of the four JPT stages (DOMAIN 8, C).
 */
typedef struct
{
  KrSelectionStageKind kind;
  const char *name;
  double min_weight;
  double max_weight;
  double default_weight;
} KrSelectionStageTemplate;

/* The JPT stages in order (data), @n_stages set to 4. */
const KrSelectionStageTemplate *kr_selection_jpt_stages (guint *n_stages);
/* The template of @kind, or NULL for OTHER. */
const KrSelectionStageTemplate *kr_selection_jpt_stage_for_kind (KrSelectionStageKind kind);

/**
 * KrSelectionPanelRules:
 * @min_members, @max_members: the size (max 0: no upper bound)
 * @odd: whether the size must be odd
 * @max_internal_share: the highest share of internal members (0..1; 1: no limit)
 *
 * The panel composition (DOMAIN 8: JPT 5–9, odd, internal ≤ 45 % so external ≥ 55 %; other
 * positions: at least 3, odd).
 */
typedef struct
{
  guint min_members;
  guint max_members;
  gboolean odd;
  double max_internal_share;
} KrSelectionPanelRules;

const KrSelectionPanelRules *kr_selection_panel_rules (gboolean jpt);

/**
 * KrSelectionIssueKind:
 *
 * What kr_selection_check_setup () reports.
 */
typedef enum
{
  KR_SELECTION_ISSUE_PANEL_TOO_SMALL, /* blocking */
  KR_SELECTION_ISSUE_PANEL_TOO_LARGE, /* blocking */
  KR_SELECTION_ISSUE_PANEL_EVEN,      /* blocking */
  KR_SELECTION_ISSUE_PANEL_INTERNAL,  /* internal share above the limit; blocking */
  KR_SELECTION_ISSUE_PANEL_NO_CHAIR,  /* no chair, or more than one; blocking */
  KR_SELECTION_ISSUE_NO_STAGES,       /* blocking */
  KR_SELECTION_ISSUE_STAGE_MISSING,   /* a JPT stage is missing; blocking */
  KR_SELECTION_ISSUE_STAGE_DUPLICATE, /* a JPT stage kind twice; blocking */
  KR_SELECTION_ISSUE_STAGE_KIND,      /* OTHER in a JPT selection; blocking */
  KR_SELECTION_ISSUE_STAGE_WEIGHT,    /* a JPT weight outside its range; blocking */
  KR_SELECTION_ISSUE_WEIGHT_SUM,      /* the weights do not add up to 100; blocking */
  KR_SELECTION_ISSUE_CONFLICT,        /* a panel member is a candidate's superior; warning */
  KR_SELECTION_ISSUE_PANEL_JUNIOR,    /* an internal member below the position filled; warning */
  KR_N_SELECTION_ISSUE_KINDS,
} KrSelectionIssueKind;

/**
 * KrSelectionIssue:
 * @kind: what
 * @blocking: whether it keeps the selection from opening (otherwise a warning)
 * @text: translated, with the numbers ("The panel has 4 members; a JPT selection needs 5 to 9")
 */
typedef struct
{
  KrSelectionIssueKind kind;
  gboolean blocking;
  char *text;
} KrSelectionIssue;

void kr_selection_issue_free (KrSelectionIssue *issue);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrSelectionIssue, kr_selection_issue_free)

/**
 * KrSelectionPanelFacts:
 * @is_external: external (not an employee of the instansi)
 * @role: the member's role
 */
typedef struct
{
  gboolean is_external;
  KrPanelRole role;
} KrSelectionPanelFacts;

/**
 * KrSelectionStageFacts:
 * @kind: the stage kind
 * @weight: percent of the final score (0..100)
 * @has_pass_mark, @pass_mark: candidates scoring below @pass_mark do not go on
 * @published: the stage's results are announced (its scores are final)
 */
typedef struct
{
  KrSelectionStageKind kind;
  double weight;
  gboolean has_pass_mark;
  double pass_mark;
  gboolean published;
} KrSelectionStageFacts;

/* Whether @weight is allowed for a stage of @kind: 0..100; for JPT within the stage's range
 * and not OTHER. Sets KR_ERROR_INVALID naming the weight and the range. */
gboolean kr_selection_check_stage_weight (gboolean jpt,
                                          KrSelectionStageKind kind,
                                          double weight,
                                          GError **error);
/* 0..100 (KR_ERROR_INVALID naming the score, or @what when given: "Pass mark"). */
gboolean kr_selection_check_score (double score, const char *what, GError **error);

/* Whether the weights add up to 100 (within 0.001). */
gboolean kr_selection_weights_complete (const KrSelectionStageFacts *stages, guint n_stages);

/**
 * kr_selection_check_setup:
 *
 * Checks the panel composition and the stages (kinds, JPT ranges, the sum of 100) of a
 * selection. A selection opens only without blocking issues.
 *
 * Returns: (element-type KrSelectionIssue) (transfer full): blocking ones first, empty when
 *   all is well
 */
GPtrArray *kr_selection_check_setup (gboolean jpt,
                                     const KrSelectionPanelFacts *panel,
                                     guint n_panel,
                                     const KrSelectionStageFacts *stages,
                                     guint n_stages);

/* Σ score × weight / 100 over the scored stages (@scored[i]); the weighted total. */
double kr_selection_weighted_total (const KrSelectionStageFacts *stages,
                                    guint n_stages,
                                    const double *scores,
                                    const gboolean *scored);

/**
 * kr_selection_eliminated_at:
 *
 * The index of the first stage where the candidate did not go on: scored below the stage's
 * pass mark, or not scored at a published stage (absent). -1 when still in.
 */
int kr_selection_eliminated_at (const KrSelectionStageFacts *stages,
                                guint n_stages,
                                const double *scores,
                                const gboolean *scored);

/**
 * KrSelectionRankEntry:
 * @id: the caller's key (candidate id)
 * @registration_number: for the last tie-break and the order of equals
 * @withdrawn: withdrawn candidates get no rank
 * @scores, @scored: n_stages values, stage order
 * @total: (out) the weighted total
 * @eliminated_at: (out) kr_selection_eliminated_at ()
 * @rank: (out) 1 for the best; equal candidates share a rank (1, 2, 2, 4); 0 for withdrawn
 * @tied: (out) another candidate has the same rank
 * @proposed: (out) among the three best proposed to the PPK: only when @final, not eliminated,
 *   rank ≤ 3 (a tie at the third place proposes every tied candidate; the panel decides)
 *
 * One candidate in kr_selection_rank ().
 */
typedef struct
{
  gint64 id;
  const char *registration_number;
  gboolean withdrawn;
  const double *scores;
  const gboolean *scored;
  double total;
  int eliminated_at;
  guint rank;
  gboolean tied;
  gboolean proposed;
} KrSelectionRankEntry;

/**
 * kr_selection_rank:
 * @final: every stage is published (the selection can close); only then are candidates proposed
 *
 * Ranks @entries and sorts them in place, best first. The order (tie-breaks stated):
 * 1. candidates still in (not eliminated) before eliminated ones; eliminated ones by how far
 *    they came (a later stage first);
 * 2. the weighted total, highest first (compared to 0.005, the two decimals shown);
 * 3. the score of the stage with the highest weight, then the next highest weight, … (a later
 *    stage first among equal weights): the final interview decides for JPT;
 * equal after all of these: the same rank, listed by registration number. Withdrawn candidates
 * come last, by registration number, with rank 0.
 */
void kr_selection_rank (const KrSelectionStageFacts *stages,
                        guint n_stages,
                        KrSelectionRankEntry *entries,
                        guint n_entries,
                        gboolean final);

/* How many candidates are proposed to the PPK (3, DOMAIN 8). */
guint kr_selection_proposed_count (void);

/**
 * kr_selection_is_superior:
 * @head_unit_ids: the units whose head position the panel member holds (an internal member)
 * @candidate_unit_chain: the candidate's unit, then its parent, up to the root
 *
 * Conflict of interest: an internal panel member who holds the head position of the
 * candidate's unit or of a unit above it is the candidate's superior.
 */
gboolean kr_selection_is_superior (const gint64 *head_unit_ids,
                                   guint n_head_units,
                                   const gint64 *candidate_unit_chain,
                                   guint n_chain);

/**
 * kr_selection_member_senior_enough:
 * @member_kind: the position an internal panel member holds
 * @filled_kind: the position the selection fills
 *
 * DOMAIN 8: internal members hold a position at least equal to the one filled. Structural
 * levels compare JPT Utama > Madya > Pratama > administrator > pengawas; a functional or
 * pelaksana position is below every structural one and, for a functional or pelaksana
 * position filled, enough.
 */
gboolean kr_selection_member_senior_enough (KrPositionKind member_kind, KrPositionKind filled_kind);

/* "ST-2026-001": the registration number @sequence of a selection of @year. */
char *kr_selection_registration_number (guint year, guint sequence);

G_END_DECLS
