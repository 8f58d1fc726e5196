/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-database.h"
#include "kr-talent.h"

G_BEGIN_DECLS

/* The only place with the SQL of the talent pool and succession (schema: migrations/0011).
 * Every call checks the signed-in identity (kr-identity.h):
 * - reads need KR_PERMISSION_READ_EMPLOYEES; a unit head sees only the employees (and the key
 *   positions) of the subtree they lead;
 * - writes need KR_PERMISSION_WRITE_TALENT (admin, HR operator).
 * A refused call sets KR_ERROR_PERMISSION_DENIED and changes nothing. Every write is one
 * transaction, audited (migrations 7 and 11), and emits `changed` (a #KrTalentChange mask)
 * once it is committed. Bad values give KR_ERROR_INVALID with a translated message naming the
 * field; a row that does not exist gives KR_ERROR_NOT_FOUND; a duplicate KR_ERROR_CONFLICT.
 *
 * Who is in scope of the 9-box: active (status "aktif") PNS of the unit subtree. The placement
 * of a year reads the facts of kr-talent-rules.h with 31 December of that year as reference;
 * the grid, the box lists and the suggestions classify in SQL built from the rules' tables,
 * and kr_talent_repository_get_placement () in C from the same tables. */

/**
 * KrTalentChange:
 *
 * What a write changed; the argument of the `changed` signal.
 */
typedef enum
{
  KR_TALENT_CHANGE_SETTINGS = 1 << 0,
  KR_TALENT_CHANGE_ASSESSMENTS = 1 << 1, /* placements change */
  KR_TALENT_CHANGE_PLANS = 1 << 2,
  KR_TALENT_CHANGE_SUCCESSORS = 1 << 3,
} KrTalentChange;

#define KR_TYPE_TALENT_REPOSITORY (kr_talent_repository_get_type ())

G_DECLARE_FINAL_TYPE (KrTalentRepository, kr_talent_repository, KR, TALENT_REPOSITORY, GObject)

/* Signal "changed" (guint change_mask). */
KrTalentRepository *kr_talent_repository_new (KrDatabase *database);

KrDatabase *kr_talent_repository_get_database (KrTalentRepository *self);

/* Emits `changed` for a write made through another connection to the same file (a worker). */
void kr_talent_repository_notify_changed (KrTalentRepository *self, KrTalentChange mask);

/* Settings and the 9-box rows */

gboolean kr_talent_repository_get_settings (KrTalentRepository *self,
                                            KrTalentSettings *settings,
                                            GError **error);
/* Checked by kr_talent_settings_check (); WRITE_TALENT. */
gboolean kr_talent_repository_save_settings (KrTalentRepository *self,
                                             const KrTalentSettings *settings,
                                             GError **error);

/* Returns: (element-type KrTalentBox) (transfer full): the talent_box rows by number */
GPtrArray *kr_talent_repository_list_boxes (KrTalentRepository *self, GError **error);

/**
 * kr_talent_repository_get_latest_year:
 * @year: (out): the latest year in which some employee in scope has a final annual predikat;
 *   without any, the year before today's
 *
 * The year the pool views open on.
 */
gboolean
kr_talent_repository_get_latest_year (KrTalentRepository *self, guint *year, GError **error);

/* The 9-box */

/**
 * KrTalentQuery:
 * @year: the year placed for (2000..2200)
 * @unit_id: the unit, 0 for every unit (in scope)
 * @subtree: whether the units below count too
 * @status: for lists: one #KrTalentStatus, or -1 for every employee
 * @box: for lists with @status PLACED: one box number, or 0 for every box
 * @pool_only: for lists: only the employees placed in a box that forms the pool
 * @search: (nullable): name or NIP prefix, for lists
 */
typedef struct
{
  guint year;
  gint64 unit_id;
  gboolean subtree;
  gint status;
  guint box;
  gboolean pool_only;
  const char *search;
} KrTalentQuery;

/* A query of @year over every unit in scope, every status. */
void kr_talent_query_init (KrTalentQuery *query, guint year);

/**
 * kr_talent_repository_count_grid:
 * @counts: (out caller-allocates)
 *
 * Counts the employees in scope of @query (year, unit, subtree; the list filters are ignored)
 * per box and per status. Reads the classification stored for the year (talent_placement,
 * migration 13), after bringing it up to date: the first read of a year classifies every
 * active PNS (about 0.6 s at 10^5 employees), later ones only the employees changed since
 * (milliseconds). Where the file cannot be written (open read-only, a bulk load running on
 * this connection, busy) it classifies live, as before (0.5 s at 10^5). Meant for a worker;
 * the same holds for the count and the lists below.
 */
gboolean kr_talent_repository_count_grid (KrTalentRepository *self,
                                          const KrTalentQuery *query,
                                          KrTalentGridCounts *counts,
                                          GCancellable *cancellable,
                                          GError **error);

/* How many employees kr_talent_repository_list_employees () lists for @query. */
gboolean kr_talent_repository_count_employees (KrTalentRepository *self,
                                               const KrTalentQuery *query,
                                               guint *n_rows,
                                               GCancellable *cancellable,
                                               GError **error);

/**
 * kr_talent_repository_list_employees:
 *
 * Rows @offset..@offset+@limit-1 of the employees of @query, sorted by rank (highest first),
 * name and id. Meant for a worker (KrPagedModel).
 *
 * Returns: (element-type KrTalentEntry) (transfer full)
 */
GPtrArray *kr_talent_repository_list_employees (KrTalentRepository *self,
                                                const KrTalentQuery *query,
                                                guint offset,
                                                guint limit,
                                                GCancellable *cancellable,
                                                GError **error);

/* The facts one employee's placement for @year reads (for display and tests). */
gboolean kr_talent_repository_get_facts (KrTalentRepository *self,
                                         gint64 employee_id,
                                         guint year,
                                         KrTalentFacts *facts,
                                         GError **error);

/* The placement of one employee for @year with its reasons (kr_talent_place ()). */
KrTalentPlacement *kr_talent_repository_get_placement (KrTalentRepository *self,
                                                       gint64 employee_id,
                                                       guint year,
                                                       GError **error);

/* Assessments */

/* Returns: (element-type KrTalentAssessment) (transfer full): an employee's, newest first */
GPtrArray *kr_talent_repository_list_assessments (KrTalentRepository *self,
                                                  gint64 employee_id,
                                                  GError **error);

KrTalentAssessment *
kr_talent_repository_get_assessment (KrTalentRepository *self, gint64 id, GError **error);

/**
 * kr_talent_repository_save_assessment:
 *
 * Inserts (@assessment->id 0; the id is set) or updates an assessment. Checks: the employee
 * exists and is in scope; the date valid, from 2000 and not after today; the score 0..100;
 * assessor and note trimmed (empty is NULL); one assessment per employee and day
 * (KR_ERROR_CONFLICT).
 */
gboolean kr_talent_repository_save_assessment (KrTalentRepository *self,
                                               KrTalentAssessment *assessment,
                                               GError **error);
gboolean
kr_talent_repository_delete_assessment (KrTalentRepository *self, gint64 id, GError **error);

/* Succession */

/**
 * kr_talent_repository_list_key_positions:
 * @unit_id, @subtree: the positions' unit (0: every unit in scope)
 * @without_plan: only those that have no plan yet
 *
 * JPT and administrator positions and the positions that lead a unit, sorted by kind (highest
 * first), unit name, position name.
 *
 * Returns: (element-type KrKeyPosition) (transfer full)
 */
GPtrArray *kr_talent_repository_list_key_positions (KrTalentRepository *self,
                                                    gint64 unit_id,
                                                    gboolean subtree,
                                                    gboolean without_plan,
                                                    GError **error);

/**
 * kr_talent_repository_list_plans:
 * @unit_id, @subtree: the key positions' unit (0: every unit in scope)
 * @gaps_only: only plans with a gap (no successor, none ready)
 *
 * Every plan with its holder, the holder's TMT pensiun and its successors in order (a few
 * queries per plan; bounded by the key positions), sorted by position kind (highest first), unit name, position name.
 *
 * Returns: (element-type KrSuccessionPlan) (transfer full)
 */
GPtrArray *kr_talent_repository_list_plans (KrTalentRepository *self,
                                            gint64 unit_id,
                                            gboolean subtree,
                                            gboolean gaps_only,
                                            GError **error);

KrSuccessionPlan *
kr_talent_repository_get_plan (KrTalentRepository *self, gint64 id, GError **error);

/**
 * kr_talent_repository_create_plan:
 * @position_id: a key position (kr_talent_repository_list_key_positions ()) in scope
 * @note: (nullable)
 * @id: (out) (optional): the new plan
 *
 * KR_ERROR_CONFLICT when the position already has a plan; KR_ERROR_INVALID when it is not a
 * key position.
 */
gboolean kr_talent_repository_create_plan (KrTalentRepository *self,
                                           gint64 position_id,
                                           const char *note,
                                           gint64 *id,
                                           GError **error);
gboolean kr_talent_repository_set_plan_note (KrTalentRepository *self,
                                             gint64 id,
                                             const char *note,
                                             GError **error);
/* Deletes a plan with its successors. */
gboolean kr_talent_repository_delete_plan (KrTalentRepository *self, gint64 id, GError **error);

/**
 * kr_talent_repository_suggest_successors:
 * @plan_id: the plan
 * @year: the year placed for (kr_talent_repository_get_latest_year ())
 * @limit: at most this many (1..500)
 *
 * Employees in the pool for @year (placed in a box that forms the pool, hence not excluded),
 * of a rank from kr_talent_suggestion_rank_gap () below the position's lowest rank up to its
 * highest (kr_position_get_rank_range ()), not holding the position and not already
 * successors; in any unit (not limited to the position's unit). Sorted with those within one
 * step of the position on the structural ladder (kr_talent_position_step ()) first, then by
 * potential, performance (best first), rank (highest first), name. Each is a #KrSuccessor with id 0,
 * @readiness and @suggested set to kr_talent_successor_readiness () and @gaps to its gaps
 * joined.
 *
 * Returns: (element-type KrSuccessor) (transfer full)
 */
GPtrArray *kr_talent_repository_suggest_successors (KrTalentRepository *self,
                                                    gint64 plan_id,
                                                    guint year,
                                                    guint limit,
                                                    GError **error);

/**
 * kr_talent_repository_add_successor:
 * @rank: where to insert, 1 first; 0 (or past the end) appends; the others move down
 * @gaps: (nullable)
 * @id: (out) (optional)
 *
 * Adds an active employee (not the position's holder) to a plan. KR_ERROR_CONFLICT when
 * already a successor of the plan.
 */
gboolean kr_talent_repository_add_successor (KrTalentRepository *self,
                                             gint64 plan_id,
                                             gint64 employee_id,
                                             KrSuccessorReadiness readiness,
                                             guint rank,
                                             const char *gaps,
                                             gint64 *id,
                                             GError **error);
/* Sets the readiness and gaps of a successor. */
gboolean kr_talent_repository_update_successor (KrTalentRepository *self,
                                                gint64 id,
                                                KrSuccessorReadiness readiness,
                                                const char *gaps,
                                                GError **error);
/* Moves a successor to @rank (1..n, clamped) and renumbers the others 1..n. */
gboolean kr_talent_repository_move_successor (KrTalentRepository *self,
                                              gint64 id,
                                              guint rank,
                                              GError **error);
/* Removes a successor and renumbers the others 1..n. */
gboolean
kr_talent_repository_remove_successor (KrTalentRepository *self, gint64 id, GError **error);

G_END_DECLS
