/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-dashboard.h"
#include "kr-database.h"
#include "kr-talent.h"

G_BEGIN_DECLS

/* The aggregates of the dashboard (issue 8). Each is one SQL statement grouped in SQL over the
 * employees in scope (their current unit in the scope unit's subtree; a signed-in unit head
 * only ever counts their own subtree) and needs KR_PERMISSION_READ_EMPLOYEES. "In service"
 * means every status except pensiun, meninggal, diberhentikan and berhenti. Reads only: meant
 * for a worker thread with its own connection. */

#define KR_TYPE_DASHBOARD_REPOSITORY (kr_dashboard_repository_get_type ())
G_DECLARE_FINAL_TYPE (KrDashboardRepository,
                      kr_dashboard_repository,
                      KR,
                      DASHBOARD_REPOSITORY,
                      GObject)

KrDashboardRepository *kr_dashboard_repository_new (KrDatabase *database);
KrDatabase *kr_dashboard_repository_get_database (KrDashboardRepository *self);

/**
 * kr_dashboard_repository_count_employee_kinds:
 *
 * The employees in service per employee kind (PNS, CPNS, PPPK), in that order, only kinds with
 * employees.
 *
 * Returns: (transfer full) (element-type KrDashboardCount): the counts, or %NULL with @error
 *   (KR_ERROR_PERMISSION_DENIED outside a unit head's subtree, KR_ERROR_INVALID naming "Year")
 */
GPtrArray *kr_dashboard_repository_count_employee_kinds (KrDashboardRepository *self,
                                                         const KrDashboardScope *scope,
                                                         GError **error);

/* The employees in service per golongan, PNS/CPNS I/a..IV/e then PPPK I..XVII, then those
 * without a rank (code 0, label "—"); only golongan with employees. */
GPtrArray *kr_dashboard_repository_count_golongan (KrDashboardRepository *self,
                                                   const KrDashboardScope *scope,
                                                   GError **error);

/* The employees in service per kind of their current position (JPT Utama … Fungsional
 * Keterampilan), then those without a position (code NULL); only kinds with employees. */
GPtrArray *kr_dashboard_repository_count_position_kinds (KrDashboardRepository *self,
                                                         const KrDashboardScope *scope,
                                                         GError **error);

/**
 * kr_dashboard_repository_count_age_bands:
 *
 * The age × gender pyramid of the active employees (status aktif): ages on the reference day
 * in 5-year bands (20–24, 25–29, …), youngest first, from the youngest to the oldest band with
 * anyone in it (bands between them are kept with zeros).
 *
 * Returns: (transfer full) (element-type KrDashboardAgeBand)
 */
GPtrArray *kr_dashboard_repository_count_age_bands (KrDashboardRepository *self,
                                                    const KrDashboardScope *scope,
                                                    GError **error);

/* The predikat of the final annual evaluations (period 0, state final or objected) of the
 * scope's year, with the pola distribusi of the unit's organisation result. */
gboolean kr_dashboard_repository_count_predikat (KrDashboardRepository *self,
                                                 const KrDashboardScope *scope,
                                                 KrDashboardPredikat *distribution,
                                                 GError **error);

/**
 * kr_dashboard_repository_predikat_trend:
 * @n_years: how many years, ending with the scope's year (1..20)
 *
 * The predikat distribution of each of @n_years years (oldest first; every year is there, empty
 * when nobody was appraised), in one statement. The pola distribusi fields are left empty.
 *
 * Returns: (transfer full) (element-type KrDashboardPredikat)
 */
GArray *kr_dashboard_repository_predikat_trend (KrDashboardRepository *self,
                                                const KrDashboardScope *scope,
                                                guint n_years,
                                                GError **error);

/* Training of the scope's year per perangkat daerah (employees in service with a JP duty
 * counted in the perangkat daerah above their unit), by unit name. Element-type
 * KrDashboardTraining. */
GPtrArray *kr_dashboard_repository_count_training (KrDashboardRepository *self,
                                                   const KrDashboardScope *scope,
                                                   GError **error);

/* Kenaikan pangkat of the scope's employees as their rank history records them (regular,
 * by choice and the other promotion kinds; not a first rank or a demotion), per TMT, for the
 * last @n_periods TMTs up to the reference day that have any, oldest first;
 * the label and the filter's code are the period as ISO 8601 ("2026-04-01"), for the view to
 * format. */
GPtrArray *kr_dashboard_repository_count_promotions (KrDashboardRepository *self,
                                                     const KrDashboardScope *scope,
                                                     guint n_periods,
                                                     GError **error);

/**
 * kr_dashboard_repository_count_retirements:
 *
 * The active PNS and CPNS who reach their BUP (kr_position_get_bup() for their position; 58
 * without one) with a TMT pensiun (kr_position_retirement_date()) in each of the five years
 * from the reference day's year, every year listed.
 *
 * Returns: (transfer full) (element-type KrDashboardCount)
 */
GPtrArray *kr_dashboard_repository_count_retirements (KrDashboardRepository *self,
                                                      const KrDashboardScope *scope,
                                                      GError **error);

/* The 9-box of the scope's year (kr_talent_repository_count_grid() over the scope's subtree). */
gboolean kr_dashboard_repository_count_talent (KrDashboardRepository *self,
                                               const KrDashboardScope *scope,
                                               KrTalentGridCounts *counts,
                                               GError **error);

/**
 * kr_dashboard_repository_load:
 * @snapshot: the snapshot to fill, made for the scope wanted (kr_dashboard_snapshot_new ());
 *   its scope's unit becomes the resolved one and @unit_name is set
 * @parts: which parts to read (each with the functions above)
 * @cancellable: (nullable): checked between the parts
 *
 * Reads @parts into @snapshot in one read transaction, so the parts agree with each other.
 * On error @snapshot keeps the parts it had before.
 *
 * Returns: %FALSE with @error (as the functions above, or G_IO_ERROR_CANCELLED)
 */
gboolean kr_dashboard_repository_load (KrDashboardRepository *self,
                                       KrDashboardSnapshot *snapshot,
                                       KrDashboardParts parts,
                                       GCancellable *cancellable,
                                       GError **error);

/**
 * kr_dashboard_repository_list_employees:
 * @scope: the scope the row was counted in
 * @filter: the row's filter (every #KrDashboardDimension)
 * @offset: the first employee wanted, in the order of names (then NIP)
 * @limit: how many at most (0: none, only the count)
 * @count: (out) (optional): how many employees the filter selects in all; the same number the
 *   row counted
 *
 * The employees behind a bar or a cell, a page at a time, for a lazy list.
 *
 * Returns: (transfer full) (element-type KrDashboardEmployee): the page, or %NULL with @error
 */
GPtrArray *kr_dashboard_repository_list_employees (KrDashboardRepository *self,
                                                   const KrDashboardScope *scope,
                                                   const KrDashboardFilter *filter,
                                                   guint offset,
                                                   guint limit,
                                                   guint *count,
                                                   GError **error);

G_END_DECLS
