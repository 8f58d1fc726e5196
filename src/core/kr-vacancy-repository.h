/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-database.h"
#include "kr-position.h"

G_BEGIN_DECLS

/* Vacancies (lowongan jabatan) and the recruitment-needs (formasi) proposal, computed from the
 * positions, their active holders and the recorded needs (schema: migrations/0003 and 0011).
 *
 * A position's need (kebutuhan) is its position_need row; without one, a position that leads
 * its unit or a JPT / administrator / pengawas position needs one holder, and any other
 * position's need is unknown. A holder is an active employee (status aktif) whose current
 * position it is. A holder retires at TMT pensiun (kr_position_get_bup (),
 * kr_position_retirement_date ()).
 *
 * Reads need KR_PERMISSION_READ_EMPLOYEES (a unit head sees the subtree they lead); writes
 * KR_PERMISSION_WRITE_TALENT, one audited transaction each, then `changed`. Bad values give
 * KR_ERROR_INVALID with a translated message naming the field. */

/**
 * KrVacancyReason:
 * @KR_VACANCY_VACANT: no holder now, and a need of at least one (recorded or by default)
 * @KR_VACANCY_RETIRING: every holder retires within the horizon
 * @KR_VACANCY_SHORT: fewer holders than the need, now or once the retiring ones have gone
 *
 * Why a position is listed; a mask.
 */
typedef enum
{
  KR_VACANCY_VACANT = 1 << 0,
  KR_VACANCY_RETIRING = 1 << 1,
  KR_VACANCY_SHORT = 1 << 2,
} KrVacancyReason;

/**
 * KrVacancy:
 * @needed: the need; -1 when unknown
 * @need_recorded: whether @needed comes from a position_need row
 * @need_basis: (nullable): the row's basis
 * @holders: active holders now
 * @retiring: holders whose TMT pensiun falls within the horizon
 * @first_retirement: the earliest such TMT pensiun; invalid when @retiring is 0
 * @shortfall: @needed − (@holders − @retiring) when positive, else 0; 0 when the need is
 *   unknown (the formasi the position asks for)
 * @selection_id: a selection of the position that is not closed or cancelled, or 0
 */
typedef struct
{
  gint64 position_id;
  char *position_name;
  KrPositionKind kind;
  KrPositionLevel level;
  gboolean is_head;
  int kelas_jabatan; /* 0 when not known */
  gint64 unit_id;
  char *unit_name;
  int needed;
  gboolean need_recorded;
  char *need_basis;
  guint holders;
  guint retiring;
  GDate first_retirement;
  guint shortfall;
  guint reasons; /* KrVacancyReason */
  gint64 selection_id;
} KrVacancy;

void kr_vacancy_free (KrVacancy *vacancy);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrVacancy, kr_vacancy_free)

/**
 * KrVacancyQuery:
 * @today: the reference date (valid)
 * @horizon_months: how far retirements count, 0 to 60 (24 in the issue)
 * @unit_id: the unit, 0 for every unit in scope
 * @subtree: whether the units below count too
 * @reasons: which vacancies to list (a KrVacancyReason mask; 0 means all)
 * @search: (nullable): words of the position or unit name
 */
typedef struct
{
  GDate today;
  guint horizon_months;
  gint64 unit_id;
  gboolean subtree;
  guint reasons;
  const char *search;
} KrVacancyQuery;

/**
 * KrVacancySummary:
 *
 * Totals of a query: positions by reason and the sums of the formasi proposal.
 */
typedef struct
{
  guint positions;
  guint vacant;
  guint retiring;
  guint short_positions;
  guint holders;
  guint retiring_holders;
  guint shortfall;
} KrVacancySummary;

#define KR_VACANCY_MAX_ROWS 20000

#define KR_TYPE_VACANCY_REPOSITORY (kr_vacancy_repository_get_type ())

G_DECLARE_FINAL_TYPE (KrVacancyRepository, kr_vacancy_repository, KR, VACANCY_REPOSITORY, GObject)

/* Signal "changed" (no arguments): a need was recorded or removed. */
KrVacancyRepository *kr_vacancy_repository_new (KrDatabase *database);

KrDatabase *kr_vacancy_repository_get_database (KrVacancyRepository *self);

/**
 * kr_vacancy_repository_list:
 * @summary: (out) (optional): the totals of the whole answer
 *
 * The vacancies of @query, sorted by unit (tree order of names), then leading positions first,
 * then position name. SQL narrows to the positions that may qualify; more than
 * KR_VACANCY_MAX_ROWS answers give KR_ERROR_INVALID asking to choose a unit.
 *
 * Returns: (element-type KrVacancy) (transfer full)
 */
GPtrArray *kr_vacancy_repository_list (KrVacancyRepository *self,
                                       const KrVacancyQuery *query,
                                       KrVacancySummary *summary,
                                       GError **error);

/* Records the need of a position (@needed 0 to 100,000; @basis may be NULL), replacing the
 * previous one. */
gboolean kr_vacancy_repository_set_need (KrVacancyRepository *self,
                                         gint64 position_id,
                                         int needed,
                                         const char *basis,
                                         GError **error);

/* Removes a recorded need (the position falls back to the default); not an error when none. */
gboolean
kr_vacancy_repository_clear_need (KrVacancyRepository *self, gint64 position_id, GError **error);

/**
 * kr_vacancy_repository_write_formasi:
 *
 * Writes the formasi proposal of @query as CSV (UTF-8, comma, header row): unit, position,
 * kind, level, kelas jabatan, need, holders, retiring within the horizon, first retirement,
 * shortfall, reasons. Column names are Indonesian (the office sends the file on).
 */
gboolean kr_vacancy_repository_write_formasi (KrVacancyRepository *self,
                                              const KrVacancyQuery *query,
                                              GOutputStream *stream,
                                              GCancellable *cancellable,
                                              GError **error);

/* A translated, comma-separated text of a KrVacancyReason mask ("vacant, retiring"). */
char *kr_vacancy_reasons_to_string (guint reasons);

G_END_DECLS
