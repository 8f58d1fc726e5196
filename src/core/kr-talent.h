/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-talent-rules.h"

G_BEGIN_DECLS

/* The plain values of the talent pool and succession (DOMAIN 6) that kr-talent-repository.h
 * reads and writes. Each struct is owned by whoever holds it and freed with its *_free ();
 * strings marked (nullable) may be NULL; dates are #GDate, cleared (invalid) when unknown.
 * Fields marked read-only are filled when read and ignored when saved. */

/**
 * KrTalentAssessment:
 * @id: 0 for a new assessment
 * @employee_id: the employee assessed
 * @date: the day of the assessment; not in the future; one per employee and day
 * @potential: the result on the potential axis
 * @has_score, @score: the score behind it, 0..100, when the assessor gave one
 * @assessor: (nullable): who assessed (assessment centre, institution)
 * @note: (nullable)
 */
typedef struct
{
  gint64 id;
  gint64 employee_id;
  GDate date;
  KrTalentPotential potential;
  gboolean has_score;
  double score;
  char *assessor;
  char *note;
} KrTalentAssessment;

KrTalentAssessment *kr_talent_assessment_new (void);
void kr_talent_assessment_free (KrTalentAssessment *assessment);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrTalentAssessment, kr_talent_assessment_free)

/**
 * KrTalentGridCounts:
 * @year: the year counted
 * @boxes: indexed by box number (1..9; index 0 unused): the employees placed in each box
 * @no_appraisal, @no_assessment: not placed, by reason (#KrTalentStatus)
 * @excluded: excluded for discipline
 * @total: every employee in scope (the sum of all the others)
 *
 * The 9-box of a unit subtree for a year.
 */
typedef struct
{
  guint year;
  guint boxes[10];
  guint no_appraisal;
  guint no_assessment;
  guint excluded;
  guint total;
} KrTalentGridCounts;

/* The employees placed (sum of @boxes) and those in the boxes of @boxes_rows that form the
 * pool. */
guint kr_talent_grid_counts_placed (const KrTalentGridCounts *counts);
guint kr_talent_grid_counts_in_pool (const KrTalentGridCounts *counts, GPtrArray *boxes_rows);

/**
 * KrTalentEntry:
 * @employee_id, @nip, @name (with titles), @unit_id, @unit_name (nullable), @position_name
 *   (nullable): the employee as listed
 * @has_rank, @rank: the current PNS rank
 * @status: where the employee stands for the year
 * @has_performance, @performance, @has_potential, @potential: the axes when known
 * @box: the box number when placed, else 0
 * @assessment_date: the assessment that placed the potential (cleared when none)
 *
 * One row of an employee list of the 9-box (a box, or the not placed / excluded).
 */
typedef struct
{
  gint64 employee_id;
  char *nip;
  char *name;
  gint64 unit_id;
  char *unit_name;
  char *position_name;
  gboolean has_rank;
  KrRank rank;
  KrTalentStatus status;
  gboolean has_performance;
  KrTalentPerformance performance;
  gboolean has_potential;
  KrTalentPotential potential;
  guint box;
  GDate assessment_date;
} KrTalentEntry;

void kr_talent_entry_free (KrTalentEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrTalentEntry, kr_talent_entry_free)

/**
 * KrSuccessor:
 * @id: 0 for a new successor
 * @plan_id: the plan
 * @employee_id: the successor
 * @readiness: as judged by HR (kr_talent_successor_readiness () suggests one)
 * @rank: order in the plan, 1 first
 * @gaps: (nullable): what they still lack
 * @nip, @name, @unit_name, @position_name: (read-only) the employee as listed
 * @has_golongan, @golongan: (read-only) the current PNS rank
 * @box: (read-only) the box of the latest year placed for (kr_talent_repository_get_latest_year
 *   ()), 0 when not placed
 * @excluded: (read-only) whether excluded for discipline in that year
 * @suggested: (read-only) the readiness the rules suggest
 */
typedef struct
{
  gint64 id;
  gint64 plan_id;
  gint64 employee_id;
  KrSuccessorReadiness readiness;
  guint rank;
  char *gaps;
  char *nip;
  char *name;
  char *unit_name;
  char *position_name;
  gboolean has_golongan;
  KrRank golongan;
  guint box;
  gboolean excluded;
  KrSuccessorReadiness suggested;
} KrSuccessor;

void kr_successor_free (KrSuccessor *successor);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrSuccessor, kr_successor_free)

/**
 * KrSuccessionPlan:
 * @id: 0 for a new plan
 * @position_id: the key position (one plan per position)
 * @note: (nullable)
 * @position_name, @position_kind, @position_level, @unit_id, @unit_name: (read-only)
 * @holder_id: (read-only) the holder (an active employee holding the position; the one with
 *   the earliest position TMT when several), 0 when vacant
 * @holder_nip, @holder_name: (read-only) (nullable)
 * @n_holders: (read-only) how many active employees hold the position
 * @holder_retirement: (read-only) the holder's TMT pensiun (BUP of the position), cleared when
 *   vacant
 * @successors: (element-type KrSuccessor) (read-only): in order
 * @n_ready_now: (read-only) successors ready now
 * @gap: (read-only) kr_succession_gap_for ()
 */
typedef struct
{
  gint64 id;
  gint64 position_id;
  char *note;
  char *position_name;
  KrPositionKind position_kind;
  KrPositionLevel position_level;
  gint64 unit_id;
  char *unit_name;
  gint64 holder_id;
  char *holder_nip;
  char *holder_name;
  guint n_holders;
  GDate holder_retirement;
  GPtrArray *successors;
  guint n_ready_now;
  KrSuccessionGap gap;
} KrSuccessionPlan;

KrSuccessionPlan *kr_succession_plan_new (void);
void kr_succession_plan_free (KrSuccessionPlan *plan);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrSuccessionPlan, kr_succession_plan_free)

/**
 * KrKeyPosition:
 * @position_id, @position_name, @position_kind, @unit_id, @unit_name
 * @is_head: whether it leads its unit
 * @plan_id: its succession plan, 0 when none
 *
 * A position that may get a succession plan: a JPT or administrator position, or one that
 * leads its unit.
 */
typedef struct
{
  gint64 position_id;
  char *position_name;
  KrPositionKind position_kind;
  gint64 unit_id;
  char *unit_name;
  gboolean is_head;
  gint64 plan_id;
} KrKeyPosition;

void kr_key_position_free (KrKeyPosition *position);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrKeyPosition, kr_key_position_free)

G_END_DECLS
