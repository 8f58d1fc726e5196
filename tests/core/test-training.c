/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kr-error.h"
#include "kr-test-utils.h"
#include "kr-training.h"

/* The plain values of kr-training.h: copies are deep, validation names the field. */

#define assert_invalid(ok, error, fragment)                                                        \
  G_STMT_START                                                                                     \
  {                                                                                                \
    g_assert_false (ok);                                                                           \
    kr_test_assert_error ((error), KR_ERROR, KR_ERROR_INVALID, (fragment), NULL);                  \
    g_clear_error (&(error));                                                                      \
  }                                                                                                \
  G_STMT_END

static KrCourse *
valid_course (void)
{
  KrCourse *course = kr_course_new ();

  course->title = g_strdup ("Bimtek Pengelolaan Arsip");
  course->kind = KR_TRAINING_KIND_CLASSICAL;
  course->type = KR_COMPETENCE_TYPE_TECHNICAL;
  course->form = KR_TRAINING_FORM_BIMTEK;
  course->jp = 24;
  course->delivery = KR_DELIVERY_IN_PERSON;
  course->cost = 1500000;
  return course;
}

static void
test_course_validate (void)
{
  g_autoptr (KrCourse) course = valid_course ();
  g_autoptr (GError) error = NULL;

  g_assert_true (kr_course_validate (course, &error));
  g_assert_no_error (error);

  g_free (course->title);
  course->title = g_strdup ("  ");
  assert_invalid (kr_course_validate (course, &error), error, "Title:");
  g_free (course->title);
  course->title = g_strdup ("Bimtek");

  course->jp = 0;
  assert_invalid (kr_course_validate (course, &error), error, "JP:");
  course->jp = 2001;
  assert_invalid (kr_course_validate (course, &error), error, "JP:");
  course->jp = 2000;
  g_assert_true (kr_course_validate (course, NULL));

  course->cost = -1;
  assert_invalid (kr_course_validate (course, &error), error, "Cost:");
  course->cost = 0;

  /* The form must be of the course's kind. */
  course->form = KR_TRAINING_FORM_SECONDMENT;
  assert_invalid (kr_course_validate (course, &error), error, "Form:");
  course->kind = KR_TRAINING_KIND_NON_CLASSICAL;
  g_assert_true (kr_course_validate (course, NULL));
  course->kind = KR_TRAINING_KIND_CLASSICAL;
  course->form = KR_TRAINING_FORM_TRAINING;

  /* A programme exactly when the type is leadership. */
  course->type = KR_COMPETENCE_TYPE_LEADERSHIP;
  assert_invalid (kr_course_validate (course, &error), error, "Programme:");
  course->programme = KR_LEADERSHIP_PROGRAMME_PKP;
  g_assert_true (kr_course_validate (course, NULL));
  course->type = KR_COMPETENCE_TYPE_MANAGERIAL;
  assert_invalid (kr_course_validate (course, &error), error, "Programme:");
  course->programme = KR_LEADERSHIP_PROGRAMME_NONE;

  course->max_age = 17;
  assert_invalid (kr_course_validate (course, &error), error, "Maximum age:");
  course->max_age = 71;
  assert_invalid (kr_course_validate (course, &error), error, "Maximum age:");
  course->max_age = 50;
  g_assert_true (kr_course_validate (course, NULL));

  course->min_golongan = 35;
  assert_invalid (kr_course_validate (course, &error), error, "Minimum golongan:");
  course->min_golongan = 109;
  assert_invalid (kr_course_validate (course, &error), error, "Minimum golongan:");
  course->min_golongan = 31;
  g_assert_true (kr_course_validate (course, NULL));

  course->id = 7;
  course->required_course_id = 7;
  assert_invalid (kr_course_validate (course, &error), error, "Required course:");
  course->required_course_id = 3;

  course->behaviours = 1 << 0;
  assert_invalid (kr_course_validate (course, &error), error, "BerAKHLAK");
  course->behaviours = (1 << 1) | (1 << 7);
  g_assert_true (kr_course_validate (course, NULL));

  course->delivery = KR_N_DELIVERIES;
  assert_invalid (kr_course_validate (course, &error), error, "Delivery:");
}

static void
test_course_copy (void)
{
  g_autoptr (KrCourse) course = valid_course ();
  g_autoptr (KrCourse) copy = NULL;

  course->provider = g_strdup ("BPSDM Provinsi");
  course->description = g_strdup ("Arsip dinamis");
  course->behaviours = 1 << 3;
  copy = kr_course_copy (course);
  g_assert_true (copy->title != course->title);
  g_assert_cmpstr (copy->title, ==, course->title);
  g_assert_cmpstr (copy->provider, ==, "BPSDM Provinsi");
  g_assert_cmpstr (copy->description, ==, "Arsip dinamis");
  g_assert_cmpuint (copy->jp, ==, 24);
  g_assert_cmpuint (copy->behaviours, ==, 1 << 3);
  g_clear_pointer (&course, kr_course_free);
  g_assert_cmpstr (copy->provider, ==, "BPSDM Provinsi");
  kr_course_free (NULL);
}

static void
test_session_validate (void)
{
  g_autoptr (KrTrainingSession) session = kr_training_session_new ();
  g_autoptr (KrTrainingSession) copy = NULL;
  g_autoptr (GError) error = NULL;

  assert_invalid (kr_training_session_validate (session, &error), error, "Course:");
  session->course_id = 1;
  assert_invalid (kr_training_session_validate (session, &error), error, "Name:");
  session->name = g_strdup ("Angkatan I");
  assert_invalid (kr_training_session_validate (session, &error), error, "Start date:");
  session->start_date = g_strdup ("2026-02-30");
  session->end_date = g_strdup ("2026-03-05");
  assert_invalid (kr_training_session_validate (session, &error), error, "Start date:");
  g_free (session->start_date);
  session->start_date = g_strdup ("2026-03-10");
  assert_invalid (kr_training_session_validate (session, &error), error, "End date:");
  g_free (session->end_date);
  session->end_date = NULL;
  assert_invalid (kr_training_session_validate (session, &error), error, "End date:");
  session->end_date = g_strdup ("2026-03-12");
  g_assert_true (kr_training_session_validate (session, &error));
  g_assert_no_error (error);

  session->capacity = 0;
  assert_invalid (kr_training_session_validate (session, &error), error, "Capacity:");
  session->capacity = 100001;
  assert_invalid (kr_training_session_validate (session, &error), error, "Capacity:");
  session->capacity = 40;
  session->cost = -5;
  assert_invalid (kr_training_session_validate (session, &error), error, "Cost:");
  session->cost = 2000000;
  session->place = g_strdup ("Aula BKPSDM");

  copy = kr_training_session_copy (session);
  g_clear_pointer (&session, kr_training_session_free);
  g_assert_cmpstr (copy->name, ==, "Angkatan I");
  g_assert_cmpstr (copy->place, ==, "Aula BKPSDM");
  g_assert_cmpstr (copy->end_date, ==, "2026-03-12");
  g_assert_cmpint (copy->cost, ==, 2000000);
  kr_training_session_free (NULL);
}

static void
test_record_validate (void)
{
  g_autoptr (KrTrainingRecord) record = kr_training_record_new ();
  g_autoptr (KrTrainingRecord) copy = NULL;
  g_autoptr (GError) error = NULL;

  record->employee_id = 1;
  record->kind = KR_TRAINING_KIND_NON_CLASSICAL;
  record->type = KR_COMPETENCE_TYPE_TECHNICAL;
  record->form = KR_TRAINING_FORM_SECONDMENT;
  assert_invalid (kr_training_record_validate (record, &error), error, "Title:");
  record->title = g_strdup ("Detasering ke Kementerian");
  assert_invalid (kr_training_record_validate (record, &error), error, "End date:");
  record->end_date = g_strdup ("2025-06-30");
  g_assert_true (kr_training_record_validate (record, &error));
  g_assert_no_error (error);

  record->start_date = g_strdup ("2025-07-01");
  assert_invalid (kr_training_record_validate (record, &error), error, "End date:");
  g_free (record->start_date);
  record->start_date = g_strdup ("2025-01-01");
  record->jp = 2001;
  assert_invalid (kr_training_record_validate (record, &error), error, "JP:");
  record->jp = 0;
  g_assert_true (kr_training_record_validate (record, NULL));

  record->form = KR_TRAINING_FORM_SEMINAR;
  assert_invalid (kr_training_record_validate (record, &error), error, "Form:");
  record->form = KR_TRAINING_FORM_SECONDMENT;
  record->certificate_date = g_strdup ("30-06-2025");
  assert_invalid (kr_training_record_validate (record, &error), error, "Certificate date:");
  g_free (record->certificate_date);
  record->certificate_date = g_strdup ("2025-07-02");
  record->certificate_number = g_strdup ("SRT/01");

  copy = kr_training_record_copy (record);
  g_clear_pointer (&record, kr_training_record_free);
  g_assert_cmpstr (copy->title, ==, "Detasering ke Kementerian");
  g_assert_cmpstr (copy->certificate_number, ==, "SRT/01");
  g_assert_cmpstr (copy->start_date, ==, "2025-01-01");
  g_assert_true (kr_training_record_validate (copy, NULL));
}

static void
test_mentoring_validate (void)
{
  g_autoptr (KrMentoring) mentoring = kr_mentoring_new ();
  g_autoptr (KrMentoring) copy = NULL;
  g_autoptr (KrMentoringSession) session = kr_mentoring_session_new ();
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (mentoring->form, ==, KR_TRAINING_FORM_MENTORING);
  assert_invalid (kr_mentoring_validate (mentoring, &error), error, "Mentor:");
  mentoring->mentor_id = 1;
  assert_invalid (kr_mentoring_validate (mentoring, &error), error, "Mentee:");
  mentoring->mentee_id = 1;
  assert_invalid (kr_mentoring_validate (mentoring, &error), error, "Mentee:");
  mentoring->mentee_id = 2;
  assert_invalid (kr_mentoring_validate (mentoring, &error), error, "Goals:");
  mentoring->goals = g_strdup ("Menyusun SKP");
  assert_invalid (kr_mentoring_validate (mentoring, &error), error, "Start date:");
  mentoring->start_date = g_strdup ("2026-01-10");
  g_assert_true (kr_mentoring_validate (mentoring, &error));
  g_assert_no_error (error);
  mentoring->end_date = g_strdup ("2026-01-09");
  assert_invalid (kr_mentoring_validate (mentoring, &error), error, "End date:");
  g_free (mentoring->end_date);
  mentoring->end_date = g_strdup ("2026-06-30");
  mentoring->form = KR_TRAINING_FORM_SEMINAR;
  assert_invalid (kr_mentoring_validate (mentoring, &error), error, "Form:");
  mentoring->form = KR_TRAINING_FORM_COACHING;
  g_assert_true (kr_mentoring_validate (mentoring, NULL));
  copy = kr_mentoring_copy (mentoring);
  g_clear_pointer (&mentoring, kr_mentoring_free);
  g_assert_cmpstr (copy->goals, ==, "Menyusun SKP");
  g_assert_cmpstr (copy->end_date, ==, "2026-06-30");

  assert_invalid (kr_mentoring_session_validate (session, &error), error, "Date:");
  session->date = g_strdup ("2026-02-01");
  assert_invalid (kr_mentoring_session_validate (session, &error), error, "Topic:");
  session->topic = g_strdup ("Rencana aksi");
  assert_invalid (kr_mentoring_session_validate (session, &error), error, "Minutes:");
  session->minutes = 1441;
  assert_invalid (kr_mentoring_session_validate (session, &error), error, "Minutes:");
  session->minutes = 90;
  g_assert_true (kr_mentoring_session_validate (session, &error));
  g_assert_no_error (error);
}

static void
test_problems (void)
{
  KrEnrolmentProblem *problem = g_new0 (KrEnrolmentProblem, 1);

  g_assert_true (kr_enrolment_problem_can_override (KR_ENROLMENT_PROBLEM_CAPACITY));
  g_assert_true (kr_enrolment_problem_can_override (KR_ENROLMENT_PROBLEM_PREREQUISITE));
  g_assert_true (kr_enrolment_problem_can_override (KR_ENROLMENT_PROBLEM_BUDGET));
  g_assert_true (kr_enrolment_problem_can_override (KR_ENROLMENT_PROBLEM_JP_LIMIT));
  g_assert_false (kr_enrolment_problem_can_override (KR_ENROLMENT_PROBLEM_STATUS));
  g_assert_false (kr_enrolment_problem_can_override (KR_ENROLMENT_PROBLEM_DUPLICATE));
  g_assert_false (kr_enrolment_problem_can_override (KR_ENROLMENT_PROBLEM_INACTIVE));

  problem->message = g_strdup ("x");
  kr_enrolment_problem_free (problem);
  kr_enrolment_problem_free (NULL);
  kr_enrolment_free (NULL);
  kr_training_history_item_free (NULL);
  kr_compliance_row_free (NULL);
  kr_training_budget_free (NULL);
  kr_plan_item_free (NULL);
  kr_training_plan_free (NULL);
  kr_training_need_free (NULL);
  kr_mentor_load_free (NULL);
}

/* A plan and a need free what they hold. */
static void
test_containers (void)
{
  KrTrainingPlan *plan = g_new0 (KrTrainingPlan, 1);
  KrPlanItem *item = g_new0 (KrPlanItem, 1);
  KrTrainingNeed *need = g_new0 (KrTrainingNeed, 1);
  gint64 id = 4;

  item->name = g_strdup ("Siti");
  item->course_title = g_strdup ("Bimtek");
  plan->items = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_plan_item_free);
  g_ptr_array_add (plan->items, item);
  kr_training_plan_free (plan);

  need->name = g_strdup ("Budi");
  need->course_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (need->course_ids, id);
  need->course_titles = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (need->course_titles, g_strdup ("Bimtek"));
  kr_training_need_free (need);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/training/course/validate", test_course_validate);
  g_test_add_func ("/training/course/copy", test_course_copy);
  g_test_add_func ("/training/session/validate", test_session_validate);
  g_test_add_func ("/training/record/validate", test_record_validate);
  g_test_add_func ("/training/mentoring/validate", test_mentoring_validate);
  g_test_add_func ("/training/problems", test_problems);
  g_test_add_func ("/training/containers", test_containers);
  return g_test_run ();
}
