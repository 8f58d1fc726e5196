/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-database.h"
#include "kr-employee-query.h"
#include "kr-training.h"

G_BEGIN_DECLS

/* The only place with the SQL of competence development (schema: migrations/0009). Every call
 * checks the signed-in identity (kr-identity.h):
 * - the catalogue (courses, sessions, settings) is readable by every role;
 * - what concerns employees (enrolments, records, JP, compliance, needs, mentoring) needs
 *   KR_PERMISSION_READ_EMPLOYEES, and a unit head sees only the employees of the subtree they
 *   lead;
 * - nominating needs KR_PERMISSION_NOMINATE_TRAINING (a unit head only for employees of their
 *   subtree); everything else that writes needs KR_PERMISSION_WRITE_TRAINING.
 * A refused call sets KR_ERROR_PERMISSION_DENIED and changes nothing. Every write is one
 * transaction, audited (migration 7), and emits `changed` (a #KrTrainingChange mask) once it
 * is committed. Bad values give KR_ERROR_INVALID with a translated message naming the field
 * (or the employee); a course or session that does not exist gives KR_ERROR_NOT_FOUND. */

/**
 * KrTrainingChange:
 *
 * What a write changed; the argument of the `changed` signal.
 */
typedef enum
{
  KR_TRAINING_CHANGE_SETTINGS = 1 << 0,
  KR_TRAINING_CHANGE_COURSES = 1 << 1,
  KR_TRAINING_CHANGE_SESSIONS = 1 << 2,
  KR_TRAINING_CHANGE_ENROLMENTS = 1 << 3,
  KR_TRAINING_CHANGE_RECORDS = 1 << 4,
  KR_TRAINING_CHANGE_BUDGETS = 1 << 5,
  KR_TRAINING_CHANGE_MENTORING = 1 << 6,
} KrTrainingChange;

#define KR_TYPE_TRAINING_REPOSITORY (kr_training_repository_get_type ())

G_DECLARE_FINAL_TYPE (KrTrainingRepository,
                      kr_training_repository,
                      KR,
                      TRAINING_REPOSITORY,
                      GObject)

/* Signal "changed" (guint change_mask). */
KrTrainingRepository *kr_training_repository_new (KrDatabase *database);

KrDatabase *kr_training_repository_get_database (KrTrainingRepository *self);

/* Emits `changed` with @mask for a write made through another connection to the same file
 * (an import in a worker, kr-training-import.h), so that open views read again. */
void kr_training_repository_notify_changed (KrTrainingRepository *self, KrTrainingChange mask);

/* Settings */

/* The length of one JP in minutes (default kr_jp_default_minutes ()). */
guint kr_training_repository_get_jp_minutes (KrTrainingRepository *self, GError **error);
/* 30..60; mentoring JP are computed with it. */
gboolean
kr_training_repository_set_jp_minutes (KrTrainingRepository *self, guint minutes, GError **error);

/* Catalogue: courses */

/**
 * kr_training_repository_list_courses:
 * @search: (nullable): words that must all appear in the title or provider (case-insensitive)
 * @include_retired: whether retired courses are listed
 *
 * Returns: (element-type KrCourse) (transfer full): courses by title
 */
GPtrArray *kr_training_repository_list_courses (KrTrainingRepository *self,
                                                const char *search,
                                                gboolean include_retired,
                                                GError **error);

KrCourse *
kr_training_repository_get_course (KrTrainingRepository *self, gint64 course_id, GError **error);

/* Validates (kr_course_validate ()) and inserts (id 0: the new id is written back) or updates;
 * %KR_ERROR_CONFLICT when another course has the same title. */
gboolean
kr_training_repository_save_course (KrTrainingRepository *self, KrCourse *course, GError **error);

/* Deletes a course without sessions; with sessions: %KR_ERROR_INVALID ("…has sessions: retire
 * it instead"). */
gboolean
kr_training_repository_delete_course (KrTrainingRepository *self, gint64 course_id, GError **error);

/* Catalogue: sessions */

/**
 * kr_training_repository_list_sessions:
 * @course_id: one course's sessions, or 0 for all
 * @year: sessions that start or end in @year, or 0 for all
 *
 * Returns: (element-type KrTrainingSession) (transfer full): by start date, then name
 */
GPtrArray *kr_training_repository_list_sessions (KrTrainingRepository *self,
                                                 gint64 course_id,
                                                 guint year,
                                                 GError **error);

KrTrainingSession *
kr_training_repository_get_session (KrTrainingRepository *self, gint64 session_id, GError **error);

/* Validates and inserts or updates (not the status: see set_session_status). A capacity below
 * the seats already taken is refused naming both numbers. */
gboolean kr_training_repository_save_session (KrTrainingRepository *self,
                                              KrTrainingSession *session,
                                              GError **error);

/**
 * kr_training_repository_set_session_status:
 *
 * Any status may follow any other but cancelled, which is final. Cancelling withdraws every
 * enrolment that is not completed (reason "Session cancelled"), releasing its committed cost.
 */
gboolean kr_training_repository_set_session_status (KrTrainingRepository *self,
                                                    gint64 session_id,
                                                    KrSessionStatus status,
                                                    GError **error);

/* Deletes a session without enrolments; else %KR_ERROR_INVALID ("…cancel it instead"). */
gboolean kr_training_repository_delete_session (KrTrainingRepository *self,
                                                gint64 session_id,
                                                GError **error);

/* Enrolment */

/**
 * kr_training_repository_check_nominations:
 * @session_id: the session
 * @employee_ids: the employees to nominate
 * @n_employees: how many
 *
 * Checks, without writing, what nominating them would meet: status, duplicates, inactive
 * employees, capacity (seats left against @n_employees), prerequisites of the course (its
 * programme's rules with kr_leadership_programme_check (), min golongan, max age at the
 * session's start, the required course completed), the PPPK JP limit of the session's year, and
 * the budget of each employee's budget unit (the nearest unit at or above theirs with a budget
 * row for the session's year; no row anywhere: no limit) against pending + committed + spent.
 *
 * Returns: (element-type KrEnrolmentProblem) (transfer full): the problems, empty when none;
 *   NULL with @error set on failure
 */
GPtrArray *kr_training_repository_check_nominations (KrTrainingRepository *self,
                                                     gint64 session_id,
                                                     const gint64 *employee_ids,
                                                     guint n_employees,
                                                     GError **error);

/**
 * kr_training_repository_nominate:
 * @override_reason: (nullable): why overridable problems are accepted; stored on each
 *   enrolment that had one
 * @n_nominated: (out) (optional): enrolments created
 * @n_skipped: (out) (optional): employees skipped because they were already enrolled or are
 *   not active
 *
 * Nominates the employees in one transaction, after kr_training_repository_check_nominations ():
 * duplicates and inactive employees are skipped; a status problem refuses all; capacity,
 * prerequisite, budget and JP-limit problems refuse all (KR_ERROR_INVALID with the first
 * problem's message) unless @override_reason is given. Each enrolment copies the session's cost
 * and records its budget unit.
 */
gboolean kr_training_repository_nominate (KrTrainingRepository *self,
                                          gint64 session_id,
                                          const gint64 *employee_ids,
                                          guint n_employees,
                                          const char *override_reason,
                                          guint *n_nominated,
                                          guint *n_skipped,
                                          GError **error);

/**
 * kr_training_repository_list_query_employees:
 * @query: an employee list query (search and filters of the Employees page; its sort is kept)
 *
 * The ids of the active employees that @query matches, for nominating a filtered list or a
 * unit (a query with only a unit filter). Refused above 10,000 employees (KR_ERROR_INVALID:
 * "…narrow the list").
 *
 * Returns: (element-type gint64) (transfer full)
 */
GArray *kr_training_repository_list_query_employees (KrTrainingRepository *self,
                                                     const KrEmployeeQuery *query,
                                                     GError **error);

/**
 * kr_training_repository_move:
 * @to: the new state (kr_enrolment_state_can_move ())
 * @reason: (nullable): required for withdrawn and no-show; for approving over the budget when
 *   the nomination had no override reason
 * @jp: for completed: the JP credited (0 takes the course's JP)
 * @certificate_number: (nullable): for completed
 * @certificate_date: (nullable): for completed, ISO date
 *
 * Moves an enrolment. Approving checks the budget again (it commits the cost). Moving
 * completed back to attended clears the JP and certificate. %KR_ERROR_INVALID naming the state
 * when the move is not allowed.
 */
gboolean kr_training_repository_move (KrTrainingRepository *self,
                                      gint64 enrolment_id,
                                      KrEnrolmentState to,
                                      const char *reason,
                                      guint jp,
                                      const char *certificate_number,
                                      const char *certificate_date,
                                      GError **error);

/* The same move for many enrolments in one transaction (approve or mark attended a whole
 * session); all or nothing. */
gboolean kr_training_repository_move_many (KrTrainingRepository *self,
                                           const gint64 *enrolment_ids,
                                           guint n_enrolments,
                                           KrEnrolmentState to,
                                           const char *reason,
                                           GError **error);

/* Deletes a nominated enrolment (a mistaken click); other states: withdraw instead. */
gboolean kr_training_repository_delete_enrolment (KrTrainingRepository *self,
                                                  gint64 enrolment_id,
                                                  GError **error);

/* Returns: (element-type KrEnrolment) (transfer full): a session's enrolments by name */
GPtrArray *kr_training_repository_list_enrolments (KrTrainingRepository *self,
                                                   gint64 session_id,
                                                   GError **error);

KrEnrolment *kr_training_repository_get_enrolment (KrTrainingRepository *self,
                                                   gint64 enrolment_id,
                                                   GError **error);

/* Records (development outside the catalogue) */

gboolean kr_training_repository_save_record (KrTrainingRepository *self,
                                             KrTrainingRecord *record,
                                             GError **error);
gboolean
kr_training_repository_delete_record (KrTrainingRepository *self, gint64 record_id, GError **error);
KrTrainingRecord *
kr_training_repository_get_record (KrTrainingRepository *self, gint64 record_id, GError **error);

/* An employee's training */

/* Returns: (element-type KrTrainingHistoryItem) (transfer full): enrolments (all states),
 * records and mentoring sessions as mentee, newest end date first */
GPtrArray *kr_training_repository_list_history (KrTrainingRepository *self,
                                                gint64 employee_id,
                                                GError **error);

/**
 * kr_training_repository_list_jp_years:
 * @from_year, @to_year: the years, inclusive; every year is listed, with 0 JP when none
 *
 * Returns: (element-type KrJpYear) (transfer full): oldest first; the duty is the employee's
 *   current kind's
 */
GArray *kr_training_repository_list_jp_years (KrTrainingRepository *self,
                                              gint64 employee_id,
                                              guint from_year,
                                              guint to_year,
                                              GError **error);

/* Compliance (who is below the duty) */

/**
 * KrComplianceQuery:
 * @unit_id: the unit, 0 for every unit
 * @subtree: whether the units below count too
 * @year: the year
 * @only_short: only employees below their minimum (PNS/CPNS) or over their limit (PPPK)
 * @search: (nullable): name or NIP prefix
 *
 * Active employees only. Sorted by gap (largest first), then over-limit, then name.
 */
typedef struct
{
  gint64 unit_id;
  gboolean subtree;
  guint year;
  gboolean only_short;
  const char *search;
} KrComplianceQuery;

gboolean kr_training_repository_count_compliance (KrTrainingRepository *self,
                                                  const KrComplianceQuery *query,
                                                  guint *n_rows,
                                                  GError **error);

/* Returns: (element-type KrComplianceRow) (transfer full): rows @offset..@offset+@limit-1 */
GPtrArray *kr_training_repository_list_compliance (KrTrainingRepository *self,
                                                   const KrComplianceQuery *query,
                                                   guint offset,
                                                   guint limit,
                                                   GError **error);

/* Budgets */

/* @budget_id 0 / allocated 0 rows are returned for a unit without a budget row, with the sums
 * still computed. */
KrTrainingBudget *kr_training_repository_get_budget (KrTrainingRepository *self,
                                                     gint64 unit_id,
                                                     guint year,
                                                     GError **error);

/* Sets (or, with @allocated < 0, removes) a unit's budget for a year. */
gboolean kr_training_repository_set_budget (KrTrainingRepository *self,
                                            gint64 unit_id,
                                            guint year,
                                            gint64 allocated,
                                            GError **error);

/* Returns: (element-type KrTrainingBudget) (transfer full): every unit with a budget row for
 * @year, by unit name */
GPtrArray *
kr_training_repository_list_budgets (KrTrainingRepository *self, guint year, GError **error);

/* Plan proposal */

/**
 * kr_training_repository_propose_plan:
 * @unit_id: the unit whose employees are planned for
 * @subtree: with the units below
 * @year: the year
 *
 * Proposes nominations that bring the employees below the duty (after completed and planned
 * JP) to it, within the budget of @unit_id for @year: employees furthest below first; for each,
 * sessions of @year that accept nominations, have seats left, whose prerequisites they meet and
 * whose course they have not taken, cheapest per JP first (at the same price the shortest,
 * then the earliest), until the gap is closed, then without those the gap does not need; an
 * employee whose gap cannot be closed within the budget left gets no items and counts as
 * uncovered. Leadership programmes are not proposed: they follow a position, not a gap in JP.
 * Writes nothing.
 */
KrTrainingPlan *kr_training_repository_propose_plan (KrTrainingRepository *self,
                                                     gint64 unit_id,
                                                     gboolean subtree,
                                                     guint year,
                                                     GCancellable *cancellable,
                                                     GError **error);

/* Nominates every item of @plan in one transaction (items whose session has since filled or
 * closed refuse the whole plan, naming them). */
gboolean kr_training_repository_apply_plan (KrTrainingRepository *self,
                                            const KrTrainingPlan *plan,
                                            guint *n_nominated,
                                            GError **error);

/* Training needs from appraisals */

/**
 * kr_training_repository_list_needs:
 *
 * Employees of the unit (subtree) whose final (or objected) annual evaluation of @year has a
 * predikat below Baik, or a results or behaviour rating Di Bawah Ekspektasi, with the courses
 * that address the gap. Sorted by predikat (worst first), then name.
 *
 * Returns: (element-type KrTrainingNeed) (transfer full)
 */
GPtrArray *kr_training_repository_list_needs (KrTrainingRepository *self,
                                              gint64 unit_id,
                                              gboolean subtree,
                                              guint year,
                                              GError **error);

/* Mentoring */

/**
 * kr_training_repository_list_mentoring:
 * @employee_id: pairs where the employee is mentor or mentee, or 0 for all (in scope)
 * @active_on: (nullable): only pairs active on this ISO date
 *
 * Returns: (element-type KrMentoring) (transfer full): newest start first
 */
GPtrArray *kr_training_repository_list_mentoring (KrTrainingRepository *self,
                                                  gint64 employee_id,
                                                  const char *active_on,
                                                  GError **error);

KrMentoring *kr_training_repository_get_mentoring (KrTrainingRepository *self,
                                                   gint64 mentoring_id,
                                                   GError **error);

/* Validates; refuses a mentor whose golongan is below the mentee's ("Mentor: … is junior to the
 * mentee"). */
gboolean kr_training_repository_save_mentoring (KrTrainingRepository *self,
                                                KrMentoring *mentoring,
                                                GError **error);
gboolean kr_training_repository_delete_mentoring (KrTrainingRepository *self,
                                                  gint64 mentoring_id,
                                                  GError **error);

/* Returns: (element-type KrMentoringSession) (transfer full): oldest first */
GPtrArray *kr_training_repository_list_mentoring_sessions (KrTrainingRepository *self,
                                                           gint64 mentoring_id,
                                                           GError **error);
/* A session dated outside the pair's start..end is refused naming the dates. */
gboolean kr_training_repository_save_mentoring_session (KrTrainingRepository *self,
                                                        KrMentoringSession *session,
                                                        GError **error);
gboolean kr_training_repository_delete_mentoring_session (KrTrainingRepository *self,
                                                          gint64 session_id,
                                                          GError **error);

/* Returns: (element-type KrMentorLoad) (transfer full): mentors with at least one pair, most
 * active pairs first (pairs active on 31 December of @year or ended in @year count) */
GPtrArray *
kr_training_repository_list_mentor_loads (KrTrainingRepository *self, guint year, GError **error);

G_END_DECLS
