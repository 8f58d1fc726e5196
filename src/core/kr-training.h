/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-employee.h"
#include "kr-training-rules.h"

G_BEGIN_DECLS

/* The highest amount of rupiah a cost or a budget may hold (10^13, ten trillion): far above any
 * real one, and low enough that a cost times the largest capacity (100000) cannot overflow the
 * sums of the budget figures. */
#define KR_TRAINING_MAX_RUPIAH G_GINT64_CONSTANT (10000000000000)

/* The highest JP of a course. */
#define KR_TRAINING_MAX_JP 2000

/* The plain values of competence development (DOMAIN 7) that kr-training-repository.h reads
 * and writes. Each struct is owned by whoever holds it and freed with its *_free (); strings
 * marked (nullable) may be NULL. Dates are ISO 8601 text; money is integer rupiah; JP earned
 * are doubles (mentoring minutes give fractions), JP of a course are whole. */

/**
 * KrCourse:
 * @id: 0 for a new course
 * @behaviours: bit (1 << value) for each BerAKHLAK value 1..7 the course develops
 * @min_golongan: SIMPEG code (11..45, kr-rank.h), 0 for none
 * @max_age: years, 0 for none
 * @required_course_id: a course that must be completed first, 0 for none
 * @n_sessions: (read-only) how many sessions it has
 */
typedef struct
{
  gint64 id;
  char *title;
  KrTrainingKind kind;
  KrCompetenceType type;
  KrLeadershipProgramme programme;
  KrTrainingForm form;
  guint jp;
  char *provider; /* (nullable) */
  KrDelivery delivery;
  gint64 cost;
  char *description; /* (nullable) */
  guint min_golongan;
  guint max_age;
  gint64 required_course_id;
  gboolean addresses_results;
  guint behaviours;
  gboolean retired;
  guint n_sessions;
} KrCourse;

KrCourse *kr_course_new (void);
KrCourse *kr_course_copy (const KrCourse *course);
void kr_course_free (KrCourse *course);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrCourse, kr_course_free)

/**
 * kr_course_validate:
 *
 * Checks a course before it is saved: title present, JP 1..2000, cost 0..KR_TRAINING_MAX_RUPIAH, the form's kind
 * equals @kind, a programme exactly when the type is leadership, max age 18..70 when set,
 * min golongan a valid code when set. The error (KR_ERROR_INVALID) names the field in its
 * message, e.g. "Title: enter the course's title".
 */
gboolean kr_course_validate (const KrCourse *course, GError **error);

/**
 * KrTrainingSession:
 * @id: 0 for a new session
 * @course_title: (read-only) the course's title
 * @course_jp: (read-only) the course's JP
 * @n_enrolled: (read-only) enrolments that take a seat (kr_enrolment_state_takes_seat ())
 */
typedef struct
{
  gint64 id;
  gint64 course_id;
  char *course_title;
  guint course_jp;
  char *name;
  char *start_date;
  char *end_date;
  char *place; /* (nullable) */
  guint capacity;
  gint64 cost;
  KrSessionStatus status;
  guint n_enrolled;
} KrTrainingSession;

KrTrainingSession *kr_training_session_new (void);
KrTrainingSession *kr_training_session_copy (const KrTrainingSession *session);
void kr_training_session_free (KrTrainingSession *session);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrTrainingSession, kr_training_session_free)

/* Name, dates (valid, start <= end), capacity 1..100000, cost 0..KR_TRAINING_MAX_RUPIAH; the error names the field. */
gboolean kr_training_session_validate (const KrTrainingSession *session, GError **error);

/**
 * KrEnrolment:
 * @jp: JP credited when completed, else 0
 * @employee_*: (read-only) the employee as listed
 * @session_*: (read-only) the session and course
 */
typedef struct
{
  gint64 id;
  gint64 session_id;
  gint64 employee_id;
  KrEnrolmentState state;
  gint64 cost;
  gint64 budget_unit_id; /* 0 when no unit has a budget */
  guint jp;
  char *certificate_number; /* (nullable) */
  char *certificate_date;   /* (nullable) */
  char *override_reason;    /* (nullable) */
  char *reason;             /* (nullable) why withdrawn / no-show */
  char *employee_nip;
  char *employee_name; /* with titles */
  char *employee_unit; /* (nullable) */
  char *session_name;
  char *course_title;
  char *session_end_date;
} KrEnrolment;

void kr_enrolment_free (KrEnrolment *enrolment);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrEnrolment, kr_enrolment_free)

/**
 * KrEnrolmentProblemKind:
 * @KR_ENROLMENT_PROBLEM_CAPACITY: the session is full
 * @KR_ENROLMENT_PROBLEM_PREREQUISITE: a prerequisite (programme rule, golongan, age, earlier
 *   course) is not met
 * @KR_ENROLMENT_PROBLEM_BUDGET: the cost would take the unit over its budget for the year
 * @KR_ENROLMENT_PROBLEM_JP_LIMIT: the JP would take a PPPK over their yearly limit
 * @KR_ENROLMENT_PROBLEM_STATUS: the session does not take nominations (blocking, no override)
 * @KR_ENROLMENT_PROBLEM_DUPLICATE: already enrolled in the session (blocking, no override)
 * @KR_ENROLMENT_PROBLEM_INACTIVE: the employee is not active (aktif) (blocking, no override)
 */
typedef enum
{
  KR_ENROLMENT_PROBLEM_CAPACITY,
  KR_ENROLMENT_PROBLEM_PREREQUISITE,
  KR_ENROLMENT_PROBLEM_BUDGET,
  KR_ENROLMENT_PROBLEM_JP_LIMIT,
  KR_ENROLMENT_PROBLEM_STATUS,
  KR_ENROLMENT_PROBLEM_DUPLICATE,
  KR_ENROLMENT_PROBLEM_INACTIVE,
} KrEnrolmentProblemKind;

/* Whether a reason can override the problem (capacity, prerequisite, budget, JP limit). */
gboolean kr_enrolment_problem_can_override (KrEnrolmentProblemKind kind);

/**
 * KrEnrolmentProblem:
 * @employee_id: whose nomination
 * @message: translated, naming the employee and the rule, e.g. "Session is full: 30 of 30
 *   seats taken" or "Budget of Dinas Kesehatan 2027: Rp 4.500.000 left, Rp 5.250.000 needed"
 */
typedef struct
{
  gint64 employee_id;
  KrEnrolmentProblemKind kind;
  char *message;
} KrEnrolmentProblem;

void kr_enrolment_problem_free (KrEnrolmentProblem *problem);

/**
 * KrTrainingRecord:
 *
 * Development outside the catalogue (SIASN history, non-classical forms entered afterwards).
 */
typedef struct
{
  gint64 id;
  gint64 employee_id;
  char *title;
  KrTrainingKind kind;
  KrCompetenceType type;
  KrLeadershipProgramme programme;
  KrTrainingForm form;
  char *provider;   /* (nullable) */
  char *start_date; /* (nullable) */
  char *end_date;
  guint jp;
  char *certificate_number; /* (nullable) */
  char *certificate_date;   /* (nullable) */
  gboolean from_siasn;
} KrTrainingRecord;

KrTrainingRecord *kr_training_record_new (void);
KrTrainingRecord *kr_training_record_copy (const KrTrainingRecord *record);
void kr_training_record_free (KrTrainingRecord *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrTrainingRecord, kr_training_record_free)

/* Title, end date, JP 0..2000, dates in order, form's kind = kind; the error names the field. */
gboolean kr_training_record_validate (const KrTrainingRecord *record, GError **error);

/**
 * KrTrainingHistoryItemSource:
 */
typedef enum
{
  KR_TRAINING_SOURCE_ENROLMENT,
  KR_TRAINING_SOURCE_RECORD,
  KR_TRAINING_SOURCE_MENTORING,
} KrTrainingSource;

/**
 * KrTrainingHistoryItem:
 * @source_id: the enrolment, record or mentoring session id
 * @jp: JP credited (0 while not completed)
 *
 * One line of an employee's Training view: everything they attended or were enrolled in.
 */
typedef struct
{
  KrTrainingSource source;
  gint64 source_id;
  char *title;
  KrTrainingKind kind;
  char *provider;   /* (nullable) */
  char *start_date; /* (nullable) */
  char *end_date;
  double jp;
  KrEnrolmentState state;   /* enrolments; COMPLETED for records and mentoring */
  char *certificate_number; /* (nullable) */
} KrTrainingHistoryItem;

void kr_training_history_item_free (KrTrainingHistoryItem *item);

/**
 * KrJpYear:
 * @year: the year
 * @jp: JP earned in @year (all sources)
 * @jp_classical: the part from classical training
 * @jp_planned: JP of enrolments nominated, approved or attended in sessions ending in @year
 * @duty: the duty of the employee's kind
 */
typedef struct
{
  guint year;
  double jp;
  double jp_classical;
  double jp_planned;
  KrJpDuty duty;
} KrJpYear;

/**
 * KrComplianceRow:
 * @gap: duty.minimum - jp (0 when met; for kinds without a minimum, 0)
 * @over_limit: JP above duty.maximum (PPPK), else 0
 */
typedef struct
{
  gint64 employee_id;
  char *nip;
  char *name;
  char *unit; /* (nullable) */
  KrEmployeeKind kind;
  char *golongan; /* (nullable) "III/a", "IX" */
  double jp;
  double jp_planned;
  KrJpDuty duty;
  double gap;
  double over_limit;
} KrComplianceRow;

void kr_compliance_row_free (KrComplianceRow *row);

/**
 * KrTrainingBudget:
 * @committed: cost of approved and attended enrolments charged to the unit in the year
 * @spent: cost of completed enrolments
 * @pending: cost of nominated enrolments (not yet committed)
 * @available: allocated - committed - spent (may be negative when overridden)
 */
typedef struct
{
  gint64 id;
  gint64 unit_id;
  char *unit_name;
  guint year;
  gint64 allocated;
  gint64 committed;
  gint64 spent;
  gint64 pending;
  gint64 available;
} KrTrainingBudget;

void kr_training_budget_free (KrTrainingBudget *budget);

/**
 * KrPlanItem:
 *
 * One proposed nomination of a training plan (kr_training_repository_propose_plan ()).
 */
typedef struct
{
  gint64 employee_id;
  char *nip;
  char *name;
  double gap_before;
  gint64 session_id;
  char *session_name;
  char *course_title;
  char *start_date;
  guint jp;
  gint64 cost;
} KrPlanItem;

void kr_plan_item_free (KrPlanItem *item);

/**
 * KrTrainingPlan:
 * @items: (element-type KrPlanItem): the nominations, employee by employee, furthest below
 *   the duty first
 * @n_short: employees below the duty (after what is already planned)
 * @n_covered: of those, how many the plan brings to the duty
 * @n_uncovered: how many it cannot (budget, capacity or no course they may join)
 * @total_cost: the plan's cost
 * @budget_left: the budget left after the plan (allocated - committed - spent - pending -
 *   total_cost); G_MAXINT64 when the unit has no budget row (no limit)
 */
typedef struct
{
  GPtrArray *items;
  guint n_short;
  guint n_covered;
  guint n_uncovered;
  gint64 total_cost;
  gint64 budget_left;
} KrTrainingPlan;

void kr_training_plan_free (KrTrainingPlan *plan);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrTrainingPlan, kr_training_plan_free)

/**
 * KrTrainingNeed:
 * @year: the appraisal year the need comes from
 * @predikat_label: (nullable) translated predikat of the final annual evaluation
 * @results_below: the work results rating was Di Bawah Ekspektasi
 * @behaviour_below: the behaviour rating was Di Bawah Ekspektasi
 * @course_ids: (element-type gint64): courses that address the gap (results: courses with
 *   addresses_results; behaviour: courses with any BerAKHLAK value), not retired, cheapest
 *   per JP first, at most 5
 * @course_titles: (element-type utf8): their titles
 */
typedef struct
{
  gint64 employee_id;
  char *nip;
  char *name;
  char *unit; /* (nullable) */
  guint year;
  char *predikat_label;
  gboolean results_below;
  gboolean behaviour_below;
  GArray *course_ids;
  GPtrArray *course_titles;
} KrTrainingNeed;

void kr_training_need_free (KrTrainingNeed *need);

/**
 * KrMentoring:
 * @mentor_name, @mentee_name: (read-only) with titles
 * @n_sessions, @minutes: (read-only) sessions logged and their total minutes
 */
typedef struct
{
  gint64 id;
  gint64 mentor_id;
  gint64 mentee_id;
  KrTrainingForm form; /* MENTORING or COACHING */
  char *goals;
  char *start_date;
  char *end_date; /* (nullable) open-ended */
  char *mentor_name;
  char *mentee_name;
  guint n_sessions;
  guint minutes;
} KrMentoring;

KrMentoring *kr_mentoring_new (void);
KrMentoring *kr_mentoring_copy (const KrMentoring *mentoring);
void kr_mentoring_free (KrMentoring *mentoring);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrMentoring, kr_mentoring_free)

/* Mentor and mentee set and different, goals present, dates valid and ordered, form mentoring
 * or coaching; the error names the field. */
gboolean kr_mentoring_validate (const KrMentoring *mentoring, GError **error);

typedef struct
{
  gint64 id;
  gint64 mentoring_id;
  char *date;
  char *topic;
  guint minutes;
  char *notes; /* (nullable) */
} KrMentoringSession;

KrMentoringSession *kr_mentoring_session_new (void);
void kr_mentoring_session_free (KrMentoringSession *session);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrMentoringSession, kr_mentoring_session_free)

/* Date valid, topic present, minutes 1..1440; the error names the field. */
gboolean kr_mentoring_session_validate (const KrMentoringSession *session, GError **error);

/**
 * KrMentorLoad:
 * @n_active: pairs active on the given date
 * @minutes_year: minutes of sessions logged in the year
 */
typedef struct
{
  gint64 mentor_id;
  char *name;
  guint n_active;
  guint minutes_year;
} KrMentorLoad;

void kr_mentor_load_free (KrMentorLoad *load);

G_END_DECLS
