/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-appraisal-rules.h"
#include "kr-employee.h"
#include "kr-position.h"
#include "kr-rank.h"
#include "kr-training-rules.h"

G_BEGIN_DECLS

/* The rules of the talent pool (DOMAIN 6) and of succession as pure functions over plain
 * values: the two axes of the 9-box, how final annual predikat make the performance axis, the
 * potential from the latest assessment, the exclusion for recent discipline, the box as a
 * lookup in the talent_box rows (migrations/0011; the numbering is data, never code), and the
 * readiness of a successor for a position. Facts marked B in DOMAIN.md live in the tables of
 * kr-talent-rules.c alone; kr-talent-repository.c builds its SQL from the same tables, so the
 * grid counted in SQL and the placement of one employee agree. Every enum has a storage code
 * and a translated label. */

/** KR_TALENT_MAX_YEARS: the most final annual evaluations the performance axis reads (the
 * CHECK of talent_setting.performance_years). */
#define KR_TALENT_MAX_YEARS 5

/**
 * KrTalentPerformance:
 * @KR_TALENT_PERFORMANCE_BELOW: kinerja di bawah ekspektasi (code "below")
 * @KR_TALENT_PERFORMANCE_AS_EXPECTED: kinerja sesuai ekspektasi (code "as_expected")
 * @KR_TALENT_PERFORMANCE_ABOVE: kinerja di atas ekspektasi (code "above")
 *
 * The performance axis (Kinerja) of the 9-box, worst to best.
 */
typedef enum
{
  KR_TALENT_PERFORMANCE_BELOW,
  KR_TALENT_PERFORMANCE_AS_EXPECTED,
  KR_TALENT_PERFORMANCE_ABOVE,
  KR_N_TALENT_PERFORMANCES,
} KrTalentPerformance;

const char *kr_talent_performance_get_code (KrTalentPerformance performance);
/* Translated: "Below expectations", "As expected", "Above expectations" */
const char *kr_talent_performance_get_label (KrTalentPerformance performance);
/* Official, not translated: "Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Di Atas Ekspektasi" */
const char *kr_talent_performance_get_official_name (KrTalentPerformance performance);
gboolean kr_talent_performance_from_code (const char *code, KrTalentPerformance *performance);

/**
 * KrTalentPotential:
 * @KR_TALENT_POTENTIAL_LOW: potensial rendah (code "low")
 * @KR_TALENT_POTENTIAL_MEDIUM: potensial menengah (code "medium")
 * @KR_TALENT_POTENTIAL_HIGH: potensial tinggi (code "high")
 *
 * The potential axis (Potensial) of the 9-box, lowest to highest.
 */
typedef enum
{
  KR_TALENT_POTENTIAL_LOW,
  KR_TALENT_POTENTIAL_MEDIUM,
  KR_TALENT_POTENTIAL_HIGH,
  KR_N_TALENT_POTENTIALS,
} KrTalentPotential;

const char *kr_talent_potential_get_code (KrTalentPotential potential);
/* Translated: "Low", "Medium", "High" */
const char *kr_talent_potential_get_label (KrTalentPotential potential);
/* Official, not translated: "Rendah", "Menengah", "Tinggi" */
const char *kr_talent_potential_get_official_name (KrTalentPotential potential);
gboolean kr_talent_potential_from_code (const char *code, KrTalentPotential *potential);

/**
 * KrTalentStatus:
 * @KR_TALENT_STATUS_PLACED: placed in a box
 * @KR_TALENT_STATUS_NO_APPRAISAL: not placed: a final annual predikat is missing for one of the
 *   years the performance axis reads
 * @KR_TALENT_STATUS_NO_ASSESSMENT: not placed: no potential assessment recent enough
 * @KR_TALENT_STATUS_EXCLUDED: excluded: a discipline sanction of an excluding level within the
 *   discipline years
 *
 * Where one employee stands for a year. The states partition the employees in scope: an
 * excluded employee is not in any box even when both axes are known (exclusion is checked
 * first, then the appraisals, then the assessment).
 */
typedef enum
{
  KR_TALENT_STATUS_PLACED,
  KR_TALENT_STATUS_NO_APPRAISAL,
  KR_TALENT_STATUS_NO_ASSESSMENT,
  KR_TALENT_STATUS_EXCLUDED,
  KR_N_TALENT_STATUSES,
} KrTalentStatus;

/* Translated: "Placed", "No appraisal", "No assessment", "Excluded" */
const char *kr_talent_status_get_label (KrTalentStatus status);

/**
 * KrSuccessorReadiness:
 * @KR_SUCCESSOR_READINESS_NOW: siap sekarang (code "now")
 * @KR_SUCCESSOR_READINESS_ONE_TO_TWO_YEARS: siap 1-2 tahun (code "one_to_two_years")
 * @KR_SUCCESSOR_READINESS_THREE_YEARS: siap 3 tahun atau lebih (code "three_years")
 *
 * How soon a successor could take the position, best first.
 */
typedef enum
{
  KR_SUCCESSOR_READINESS_NOW,
  KR_SUCCESSOR_READINESS_ONE_TO_TWO_YEARS,
  KR_SUCCESSOR_READINESS_THREE_YEARS,
  KR_N_SUCCESSOR_READINESS,
} KrSuccessorReadiness;

const char *kr_successor_readiness_get_code (KrSuccessorReadiness readiness);
/* Translated: "Ready now", "Ready in 1–2 years", "Ready in 3 years or more" */
const char *kr_successor_readiness_get_label (KrSuccessorReadiness readiness);
/* Official, not translated: "Siap sekarang", "Siap 1-2 tahun", "Siap 3 tahun atau lebih" */
const char *kr_successor_readiness_get_official_name (KrSuccessorReadiness readiness);
gboolean kr_successor_readiness_from_code (const char *code, KrSuccessorReadiness *readiness);

/**
 * KrSuccessionGap:
 * @KR_SUCCESSION_GAP_NONE: at least one successor is ready now
 * @KR_SUCCESSION_GAP_NO_SUCCESSOR: the plan names no successor
 * @KR_SUCCESSION_GAP_NONE_READY: successors exist, none ready now
 */
typedef enum
{
  KR_SUCCESSION_GAP_NONE,
  KR_SUCCESSION_GAP_NO_SUCCESSOR,
  KR_SUCCESSION_GAP_NONE_READY,
  KR_N_SUCCESSION_GAPS,
} KrSuccessionGap;

/* Translated: "No gap", "No successor", "No successor ready" */
const char *kr_succession_gap_get_label (KrSuccessionGap gap);
KrSuccessionGap kr_succession_gap_for (guint n_successors, guint n_ready_now);

/* The performance axis */

/* The category of one year's final annual predikat (B, table): sangat baik → above, baik →
 * as expected, butuh perbaikan / kurang / sangat kurang → below. */
KrTalentPerformance kr_talent_performance_from_predikat (KrPredikat predikat);

/**
 * KrTalentCombineMatch:
 * @KR_TALENT_COMBINE_ANY: the rule applies when at least one year has the category
 * @KR_TALENT_COMBINE_ALL: the rule applies when every year has the category
 */
typedef enum
{
  KR_TALENT_COMBINE_ANY,
  KR_TALENT_COMBINE_ALL,
} KrTalentCombineMatch;

/**
 * KrTalentCombineRule:
 * @match: any year or every year
 * @year_category: the category the years are matched against
 * @result: the performance when the rule applies
 *
 * One rule of combining the years (B). The rules are tried in order; the first that applies
 * gives the axis, and when none does the result is kr_talent_combine_fallback ().
 */
typedef struct
{
  KrTalentCombineMatch match;
  KrTalentPerformance year_category;
  KrTalentPerformance result;
} KrTalentCombineRule;

/* The rules in order (any below → below; all above → above); @n_rules set. */
const KrTalentCombineRule *kr_talent_combine_rules (guint *n_rules);
/* What applies when no rule does: as expected */
KrTalentPerformance kr_talent_combine_fallback (void);

/**
 * kr_talent_performance_combine:
 * @years: (array length=n_years): the category of each year read
 * @n_years: how many (>= 1)
 *
 * Returns: the performance axis of the years by kr_talent_combine_rules ()
 */
KrTalentPerformance kr_talent_performance_combine (const KrTalentPerformance *years, guint n_years);

/* Discipline */

/* Whether a sanction of @level excludes from the pool (B, table: sedang and berat). */
gboolean kr_talent_discipline_excludes (KrDisciplineLevel level);

/**
 * kr_talent_sanction_in_window:
 * @tmt: the sanction's first day
 * @end_date: (nullable): its last day; %NULL or invalid for a sanction without a period
 * @reference: the day the placement is made for
 * @discipline_years: the window (0: no sanction counts)
 *
 * Whether the sanction counts: it began on or before @reference and it began, or lasted
 * until, a day after @reference minus @discipline_years years.
 */
gboolean kr_talent_sanction_in_window (const GDate *tmt,
                                       const GDate *end_date,
                                       const GDate *reference,
                                       guint discipline_years);

/* The first day that still counts for a window of @years before @reference (@reference minus
 * @years years, plus one day); the repository's SQL uses it as the lower bound. */
void kr_talent_window_start (const GDate *reference, guint years, GDate *out);

/* The 9-box */

/**
 * KrTalentBox:
 * @number: the box number, 1..9 (DOMAIN 6 numbering, from the talent_box row)
 * @performance, @potential: the cell
 * @in_pool: whether the box forms the talent pool (7, 8 and 9 in the shipped rows)
 * @follow_up: the follow-up (tindak lanjut), official Indonesian
 */
typedef struct
{
  guint number;
  KrTalentPerformance performance;
  KrTalentPotential potential;
  gboolean in_pool;
  char *follow_up;
} KrTalentBox;

void kr_talent_box_free (KrTalentBox *box);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrTalentBox, kr_talent_box_free)

/* The box of a cell among @boxes (element-type KrTalentBox), or %NULL when no row has it. */
const KrTalentBox *kr_talent_box_lookup (GPtrArray *boxes,
                                         KrTalentPerformance performance,
                                         KrTalentPotential potential);
/* The box numbered @number among @boxes, or %NULL. */
const KrTalentBox *kr_talent_box_find (GPtrArray *boxes, guint number);

/* Whether @boxes are a whole 9-box: nine rows numbered 1..9, each cell once. KR_ERROR_INVALID
 * names the first problem. */
gboolean kr_talent_boxes_check (GPtrArray *boxes, GError **error);

/* Placement */

/**
 * KrTalentSettings:
 * @performance_years: how many final annual evaluations make the performance axis (1..5)
 * @discipline_years: how far back a sedang/berat sanction excludes (0..10)
 * @assessment_years: how old an assessment may be and still place (1..10)
 */
typedef struct
{
  guint performance_years;
  guint discipline_years;
  guint assessment_years;
} KrTalentSettings;

/* The shipped defaults: 2, 2, 3 (DOMAIN 6, local rule). */
void kr_talent_settings_init_default (KrTalentSettings *settings);
/* KR_ERROR_INVALID naming the field out of range. */
gboolean kr_talent_settings_check (const KrTalentSettings *settings, GError **error);

/**
 * KrTalentFacts:
 * @year: the year of the placement; the performance axis reads the years @year -
 *   performance_years + 1 .. @year
 * @reference: the day the placement is made for: 31 December of @year
 * @settings: the talent settings
 * @has_predikat, @predikat: index 0 is @year, 1 the year before, …: the final annual predikat
 *   (evaluation period 0, state final or objected) of each year read
 * @has_assessment, @assessment_date, @potential: the latest assessment dated on or before
 *   @reference (the rules check its age)
 * @has_sanction, @sanction_level, @sanction_tmt, @sanction_end: the latest sanction of an
 *   excluding level that began on or before @reference (@sanction_end invalid when it has no
 *   period)
 *
 * What the placement of one employee reads.
 */
typedef struct
{
  guint year;
  GDate reference;
  KrTalentSettings settings;
  gboolean has_predikat[KR_TALENT_MAX_YEARS];
  KrPredikat predikat[KR_TALENT_MAX_YEARS];
  gboolean has_assessment;
  GDate assessment_date;
  KrTalentPotential potential;
  gboolean has_sanction;
  KrDisciplineLevel sanction_level;
  GDate sanction_tmt;
  GDate sanction_end;
} KrTalentFacts;

/* Clears @facts for @year (reference 31 December, default settings, nothing known). */
void kr_talent_facts_init (KrTalentFacts *facts, guint year);

/**
 * KrTalentPlacement:
 * @year: the year placed for
 * @status: placed, not placed (why) or excluded
 * @has_performance, @performance: the performance axis, when every year read has a predikat
 * @has_potential, @potential: the potential axis, when an assessment is recent enough
 * @box: the box number when placed, else 0
 * @in_pool: whether the box forms the pool
 * @follow_up: (nullable): the box's follow-up when placed
 * @reasons: (element-type utf8): translated sentences, one per fact used or missing, in the
 *   order performance years, performance axis, potential, discipline, box
 */
typedef struct
{
  guint year;
  KrTalentStatus status;
  gboolean has_performance;
  KrTalentPerformance performance;
  gboolean has_potential;
  KrTalentPotential potential;
  guint box;
  gboolean in_pool;
  char *follow_up;
  GPtrArray *reasons;
} KrTalentPlacement;

void kr_talent_placement_free (KrTalentPlacement *placement);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrTalentPlacement, kr_talent_placement_free)

/**
 * kr_talent_place:
 * @facts: what is known of the employee
 * @boxes: (element-type KrTalentBox): the talent_box rows
 *
 * The placement: excluded when the latest excluding sanction is in the discipline window
 * (kr_talent_sanction_in_window ()); else no appraisal when a year read lacks a predikat; else
 * no assessment when there is none or it is dated before kr_talent_window_start (@reference,
 * assessment_years); else the box of (performance, potential) looked up in @boxes. Both axes
 * are filled whenever known, whatever the status.
 *
 * Returns: (transfer full): the placement with its reasons
 */
KrTalentPlacement *kr_talent_place (const KrTalentFacts *facts, GPtrArray *boxes);

/* Succession */

/**
 * KrSuccessorFacts:
 * @target_kind, @target_level: the key position
 * @has_rank, @rank: the candidate's current rank (PNS golongan)
 * @has_position, @position_kind: the candidate's current position kind
 * @programmes: bit (1 << #KrLeadershipProgramme) for each leadership programme completed
 */
typedef struct
{
  KrPositionKind target_kind;
  KrPositionLevel target_level;
  gboolean has_rank;
  KrRank rank;
  gboolean has_position;
  KrPositionKind position_kind;
  guint programmes;
} KrSuccessorFacts;

/* The leadership programme a position's holder should have completed (B, table): PKP for
 * pengawas, PKA for administrator, PKN Tingkat II for JPT Pratama, PKN Tingkat I for JPT Madya
 * and Utama, none for the others. */
KrLeadershipProgramme kr_talent_required_programme (KrPositionKind kind);

/* The step on the structural ladder (pelaksana and functional 0, pengawas 1, administrator 2,
 * JPT Pratama 3, JPT Madya 4, JPT Utama 5), B. */
guint kr_talent_position_step (KrPositionKind kind);

/**
 * KrReadinessRule:
 * @readiness: the readiness given
 * @max_rank_gap: how many ranks below the position's lowest rank are allowed
 * @max_step_gap: how many steps up the structural ladder the move may be
 * @needs_programme: whether the required leadership programme must be completed
 *
 * One row of the readiness table (B); tried in order, best first. A candidate meeting none
 * is ready in three years or more.
 */
typedef struct
{
  KrSuccessorReadiness readiness;
  guint max_rank_gap;
  guint max_step_gap;
  gboolean needs_programme;
} KrReadinessRule;

/* The readiness table (now: rank in range, one step, programme done; 1–2 years: one rank
 * short, one step); @n_rules set. */
const KrReadinessRule *kr_talent_readiness_rules (guint *n_rules);

/* How many ranks below a position's lowest rank a suggested successor may be (B: 2). */
guint kr_talent_suggestion_rank_gap (void);

/**
 * kr_talent_successor_readiness:
 * @facts: the candidate and the key position
 * @gaps: (element-type utf8) (nullable): translated sentences naming what the candidate still
 *   lacks (rank, step, programme), appended
 *
 * Returns: the readiness the rules suggest
 */
KrSuccessorReadiness kr_talent_successor_readiness (const KrSuccessorFacts *facts, GPtrArray *gaps);

G_END_DECLS
