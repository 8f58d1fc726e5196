/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-appraisal-rules.h"
#include "kr-talent.h"

G_BEGIN_DECLS

/* The plain values of the dashboard (issue 8): what kr-dashboard-repository.h counts, each row
 * with the filter that names the employees behind it. */

/**
 * KrDashboardScope:
 * @unit_id: the unit whose subtree is counted, 0 for every unit (a unit head: their own)
 * @year: the year (2000..2200) of the appraisals, training and budget counted
 * @reference: the day ages, retirements and "the last periods" are reckoned from; when not
 *   valid, 31 December of @year
 */
typedef struct
{
  gint64 unit_id;
  guint year;
  GDate reference;
} KrDashboardScope;

/* A scope of @unit_id's subtree (0: every unit) for @year, reckoned from 31 December. */
void kr_dashboard_scope_init (KrDashboardScope *scope, gint64 unit_id, guint year);

/**
 * KrDashboardDimension:
 * @KR_DASHBOARD_EMPLOYEE_KIND: @code is the employee kind's code ("pns", "cpns", "pppk")
 * @KR_DASHBOARD_GOLONGAN: @low = @high = the golongan code (11..45, 101..117), 0 for none
 * @KR_DASHBOARD_POSITION_KIND: @code is the position kind's code, %NULL for no position
 * @KR_DASHBOARD_AGE: @low..@high, ages in whole years on the reference day, of the active
 *   employees (the pyramid's population); @code the gender ("M" or "F", as stored), %NULL for both
 * @KR_DASHBOARD_PREDIKAT: @code is the predikat's code, @low = @high the year
 * @KR_DASHBOARD_UNIT: @low = @high the unit id: as a training row counts, the employees in
 *   service with a JP duty in the unit and the units below it down to another perangkat daerah
 * @KR_DASHBOARD_PROMOTION_PERIOD: @code is the TMT ("2026-04-01") of kenaikan pangkat in the rank
 *   history
 * @KR_DASHBOARD_RETIREMENT_YEAR: @low = @high the year of the TMT pensiun
 * @KR_DASHBOARD_TALENT_BOX: @low = @high the box number of the 9-box in the scope's year
 *
 * What a row counts, so that a view can list the employees behind it.
 */
typedef enum
{
  KR_DASHBOARD_EMPLOYEE_KIND,
  KR_DASHBOARD_GOLONGAN,
  KR_DASHBOARD_POSITION_KIND,
  KR_DASHBOARD_AGE,
  KR_DASHBOARD_PREDIKAT,
  KR_DASHBOARD_UNIT,
  KR_DASHBOARD_PROMOTION_PERIOD,
  KR_DASHBOARD_RETIREMENT_YEAR,
  KR_DASHBOARD_TALENT_BOX,
} KrDashboardDimension;

/**
 * KrDashboardFilter:
 * @dimension: what the row counts
 * @code: (nullable): a code, see #KrDashboardDimension
 * @low, @high: a range, see #KrDashboardDimension
 *
 * The employees behind a row (always within the scope it was counted in).
 */
typedef struct
{
  KrDashboardDimension dimension;
  char *code;
  gint64 low;
  gint64 high;
} KrDashboardFilter;

/**
 * KrDashboardCount:
 * @filter: the employees counted
 * @label: the category as shown (official terms stay Indonesian: "III/a", "JPT Pratama")
 * @count: how many
 *
 * One bar of a count chart.
 */
typedef struct
{
  KrDashboardFilter filter;
  char *label;
  guint count;
} KrDashboardCount;

void kr_dashboard_count_free (KrDashboardCount *count);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrDashboardCount, kr_dashboard_count_free)

/* The sum of the counts of @counts (element-type KrDashboardCount). */
guint kr_dashboard_counts_total (GPtrArray *counts);

/**
 * KrDashboardAgeBand:
 * @filter: %KR_DASHBOARD_AGE with the band's bounds (the side adds the gender)
 * @label: "40–44"
 * @male, @female: the employees of the band by gender
 *
 * One row of the age × gender pyramid, 5-year bands.
 */
typedef struct
{
  KrDashboardFilter filter;
  char *label;
  guint male;
  guint female;
} KrDashboardAgeBand;

void kr_dashboard_age_band_free (KrDashboardAgeBand *band);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrDashboardAgeBand, kr_dashboard_age_band_free)

/**
 * KrDashboardPredikat:
 * @year: the year
 * @counts: the final annual evaluations of the year per predikat (indexed by #KrPredikat); the
 *   filter of a bar is %KR_DASHBOARD_PREDIKAT with the predikat's code and @year
 * @total: their sum
 * @has_result, @result, @result_unit_id: the capaian kinerja organisasi of the scope's unit (or
 *   of the only top unit when the scope is every unit) for the year, when recorded
 * @rules, @n_rules: the pola distribusi of @result (kr_appraisal_distribution_rules()); none
 *   without a result
 *
 * The predikat distribution of a year against the pola distribusi.
 */
typedef struct
{
  guint year;
  guint counts[KR_N_PREDIKAT];
  guint total;
  gboolean has_result;
  KrOrganisationResult result;
  gint64 result_unit_id;
  const KrDistributionRule *rules;
  guint n_rules;
} KrDashboardPredikat;

/* The share of @predikat in @distribution, 0..1 (0 when there are no evaluations). */
double kr_dashboard_predikat_share (const KrDashboardPredikat *distribution, KrPredikat predikat);

/**
 * KrDashboardTraining:
 * @filter: %KR_DASHBOARD_UNIT, the perangkat daerah
 * @unit_name: its name
 * @employees: its employees in scope with a JP duty (kr_jp_duty_for_kind())
 * @duty_jp: the JP they owe together in the year
 * @achieved_jp: the JP they earned in the year (the training_jp view)
 * @meeting_duty: how many earned at least their duty
 * @allocated, @committed, @spent: the perangkat daerah's training budget of the year in rupiah:
 *   allocated, charged to approved and attended enrolments, and to completed ones
 *
 * Training of one perangkat daerah for a year.
 */
typedef struct
{
  KrDashboardFilter filter;
  char *unit_name;
  guint employees;
  double duty_jp;
  double achieved_jp;
  guint meeting_duty;
  gint64 allocated;
  gint64 committed;
  gint64 spent;
} KrDashboardTraining;

void kr_dashboard_training_free (KrDashboardTraining *training);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrDashboardTraining, kr_dashboard_training_free)

void kr_dashboard_filter_copy (KrDashboardFilter *dest, const KrDashboardFilter *src);
void kr_dashboard_filter_clear (KrDashboardFilter *filter);

/**
 * KrDashboardParts:
 * @KR_DASHBOARD_PART_HEADCOUNT: employee kinds, golongan and position kinds
 * @KR_DASHBOARD_PART_PYRAMID: the age × gender pyramid
 * @KR_DASHBOARD_PART_PREDIKAT: the predikat of the year against the pola distribusi, and the
 *   trend of %KR_DASHBOARD_TREND_YEARS years
 * @KR_DASHBOARD_PART_TRAINING: JP and budget per perangkat daerah
 * @KR_DASHBOARD_PART_CAREER: promotions of the last %KR_DASHBOARD_PROMOTION_PERIODS periods and
 *   retirements of five years
 * @KR_DASHBOARD_PART_TALENT: the 9-box
 * @KR_DASHBOARD_PART_ALL: everything
 *
 * The parts of a #KrDashboardSnapshot, loaded together or one at a time (the view loads the
 * slow ones in their own workers).
 */
typedef enum
{
  KR_DASHBOARD_PART_HEADCOUNT = 1 << 0,
  KR_DASHBOARD_PART_PYRAMID = 1 << 1,
  KR_DASHBOARD_PART_PREDIKAT = 1 << 2,
  KR_DASHBOARD_PART_TRAINING = 1 << 3,
  KR_DASHBOARD_PART_CAREER = 1 << 4,
  KR_DASHBOARD_PART_TALENT = 1 << 5,
  KR_DASHBOARD_PART_ALL = 0x3f,
} KrDashboardParts;

#define KR_DASHBOARD_TREND_YEARS       5
#define KR_DASHBOARD_PROMOTION_PERIODS 8

/**
 * KrDashboardSnapshot:
 * @scope: what was counted (the resolved unit: a unit head's own when asked for every unit)
 * @unit_name: (nullable): the scope unit's name, %NULL for every unit
 * @parts: the parts loaded; the fields of the others are empty (%NULL arrays, zero structs)
 * @employee_kinds, @golongan, @position_kinds: (element-type KrDashboardCount) headcount
 * @age_bands: (element-type KrDashboardAgeBand) the pyramid
 * @predikat: the year's predikat against the pola distribusi
 * @trend: (element-type KrDashboardPredikat) the predikat of the last years, oldest first
 * @training: (element-type KrDashboardTraining) per perangkat daerah
 * @promotions, @retirements: (element-type KrDashboardCount)
 * @talent: the 9-box counts
 *
 * Everything the dashboard shows, read in one go (kr_dashboard_repository_load ()).
 */
typedef struct
{
  KrDashboardScope scope;
  char *unit_name;
  KrDashboardParts parts;
  GPtrArray *employee_kinds;
  GPtrArray *golongan;
  GPtrArray *position_kinds;
  GPtrArray *age_bands;
  KrDashboardPredikat predikat;
  GArray *trend;
  GPtrArray *training;
  GPtrArray *promotions;
  GPtrArray *retirements;
  KrTalentGridCounts talent;
} KrDashboardSnapshot;

/* An empty snapshot (no part loaded) of @scope (copied). */
KrDashboardSnapshot *kr_dashboard_snapshot_new (const KrDashboardScope *scope);
void kr_dashboard_snapshot_free (KrDashboardSnapshot *snapshot);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrDashboardSnapshot, kr_dashboard_snapshot_free)

/* Moves the parts loaded in @src into @dest (replacing those @dest had); @src keeps none. */
void kr_dashboard_snapshot_merge (KrDashboardSnapshot *dest, KrDashboardSnapshot *src);

/**
 * KrDashboardEmployee:
 * @employee_id: the employee
 * @nip: their NIP (18 digits; 0..18 for a PPPK)
 * @name: with titles
 * @golongan: (nullable): "III/a" or the PPPK golongan, %NULL without a rank
 * @position_name: (nullable): the current position
 * @unit_name: (nullable): the current unit
 *
 * One employee behind a bar or a cell (kr_dashboard_repository_list_employees ()).
 */
typedef struct
{
  gint64 employee_id;
  char *nip;
  char *name;
  char *golongan;
  char *position_name;
  char *unit_name;
} KrDashboardEmployee;

void kr_dashboard_employee_free (KrDashboardEmployee *employee);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrDashboardEmployee, kr_dashboard_employee_free)

G_END_DECLS
