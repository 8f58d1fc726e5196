/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-dashboard-repository.h"
#include "kr-repository-private.h"
#include "kr-talent-repository.h"

G_BEGIN_DECLS

/* Shared by the files of the dashboard repository:
 * - kr-dashboard-repository.c: the object, the scope, head counts and the pyramid;
 * - -trends.c: predikat, training, promotions, retirements and the 9-box;
 * - -employees.c: the employees behind a row. */

struct _KrDashboardRepository
{
  GObject parent_instance;

  KrDatabase *database;
  KrStatements *statements;
  KrTalentRepository *talent;
};

/* The dimensions of dashboard_count (migrations/0013-dashboard-counts.sql), the head counts
 * kept per unit and every unit above it (its view dashboard_employee_key says what each counts;
 * its "in service" is KR_DASHBOARD_IN_SERVICE below, which the lists of a bar use). Plain
 * numbers, for G_STRINGIFY in SQL. */
#define KR_DASHBOARD_COUNT_EMPLOYEE_KIND 1
#define KR_DASHBOARD_COUNT_GOLONGAN      2
#define KR_DASHBOARD_COUNT_POSITION_KIND 3
#define KR_DASHBOARD_COUNT_BIRTH         4
#define KR_DASHBOARD_COUNT_RETIREMENT    5
#define KR_DASHBOARD_COUNT_PROMOTION     6
#define KR_DASHBOARD_COUNT_TRAINING_MET  7
#define KR_DASHBOARD_COUNT_TRAINING_JP   8

/* The employees "e" whose current unit is in the subtree of the unit bound to ?1 (0: all). */
#define KR_DASHBOARD_UNIT_FILTER                                                                   \
  "(?1 = 0 OR e.unit_id IN (WITH RECURSIVE sub (id) AS (SELECT ?1 UNION ALL SELECT c.id FROM "     \
  "unit c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub))"

/* The kinds of rank history row that are a kenaikan pangkat (not the first rank, not a
 * demotion); dashboard_promotion_key of migration 13 names the same */
#define KR_DASHBOARD_PROMOTION_KINDS                                                               \
  "('reguler', 'pilihan', 'anumerta', 'pengabdian', 'penyesuaian_ijazah')"

/* Employees in service: every status but those that end it. */
#define KR_DASHBOARD_IN_SERVICE                                                                    \
  "e.status NOT IN ('pensiun', 'meninggal', 'diberhentikan', 'berhenti')"

/* The final annual evaluations "ev" of appraisals "a" (one per employee and year) */
#define KR_DASHBOARD_FINAL_ANNUAL                                                                  \
  "appraisal a JOIN appraisal_evaluation ev ON ev.appraisal_id = a.id AND ev.period = 0 AND "      \
  "ev.state IN ('final', 'objected') AND ev.predikat IS NOT NULL"

/* BUP without a position: the lowest of PP 11/2017 (as the retirement list reads it) */
#define KR_DASHBOARD_BUP_WITHOUT_POSITION 58

/* The JP duty of each employee kind (kr_jp_duty_for_kind ()), as an SQL CASE over e.kind */
char *_kr_dashboard_duty_case (void);

/* The BUP of each position kind and jenjang (kr_position_get_bup ()), as an SQL CASE over the
 * position "p" (KR_DASHBOARD_BUP_WITHOUT_POSITION without one); @min and @max get the lowest
 * and highest. */
char *_kr_dashboard_bup_case (guint *min, guint *max);

/* The predikat of the scope's year taken from the last year of @trend (as
 * kr_dashboard_repository_predikat_trend () read it), with the organisation result and its pola
 * distribusi read: the same as kr_dashboard_repository_count_predikat () without reading the
 * evaluations twice */
gboolean _kr_dashboard_predikat_from_trend (KrDashboardRepository *self,
                                            const KrDashboardScope *scope,
                                            GArray *trend,
                                            KrDashboardPredikat *distribution,
                                            GError **error);

/* Checks the permission, the year and the unit head's subtree; @unit_id gets the unit to bind to
 * ?1 (the head's own when the scope asks for every unit) and @reference the reference day. */
gboolean _kr_dashboard_resolve (KrDashboardRepository *self,
                                const KrDashboardScope *scope,
                                gint64 *unit_id,
                                GDate *reference,
                                GError **error);

/* Prepares @sql from the cache and binds ?1 to @unit_id */
sqlite3_stmt *_kr_dashboard_prepare (KrDashboardRepository *self,
                                     const char *sql,
                                     gint64 unit_id,
                                     GError **error);

/* _kr_dashboard_resolve () then _kr_dashboard_prepare () of @sql bound to the resolved unit:
 * NULL with @error when either fails */
sqlite3_stmt *_kr_dashboard_start (KrDashboardRepository *self,
                                   const KrDashboardScope *scope,
                                   const char *sql,
                                   gint64 *unit_id,
                                   GDate *reference,
                                   GError **error);

int _kr_dashboard_step (KrDashboardRepository *self, sqlite3_stmt *stmt, GError **error);

KrDashboardCount *_kr_dashboard_count_new (KrDashboardDimension dimension,
                                           const char *code,
                                           gint64 low,
                                           gint64 high,
                                           char *label,
                                           guint count);

G_END_DECLS
