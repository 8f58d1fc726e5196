/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-training-enrolment"

#include "config.h"

#include "kr-employee-query.h"
#include "kr-training-repository-private.h"
#include "test-training-fixture.h"

/* Enrolments (checks, nominating, the workflow), records, an employee's history and JP per
 * year (kr-training-repository.h). */

static GPtrArray *
check (Fixture *fixture, gint64 session, const gint64 *ids, guint n)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *problems =
      kr_training_repository_check_nominations (fixture->repo, session, ids, n, &error);

  g_assert_no_error (error);
  g_assert_nonnull (problems);
  return problems;
}

static const KrEnrolmentProblem *
problem_at (GPtrArray *problems, guint i)
{
  g_assert_cmpuint (i, <, problems->len);
  return problems->pdata[i];
}

static void
assert_problem (GPtrArray *problems,
                guint i,
                gint64 employee_id,
                KrEnrolmentProblemKind kind,
                const char *fragment)
{
  const KrEnrolmentProblem *problem = problem_at (problems, i);

  g_assert_cmpint (problem->employee_id, ==, employee_id);
  g_assert_cmpint (problem->kind, ==, kind);
  if (strstr (problem->message, fragment) == NULL)
    g_error ("“%s” does not hold “%s”", problem->message, fragment);
}

static gint64
count_enrolments (Fixture *fixture, gint64 session)
{
  return query_int (fixture, "SELECT count(*) FROM training_enrolment WHERE session_id = %lld",
                    (long long) session);
}

static char *
enrolment_text (Fixture *fixture, gint64 enrolment, const char *column)
{
  return query_text (fixture, "SELECT %s FROM training_enrolment WHERE id = %lld", column,
                     (long long) enrolment);
}

static void
set_budget (Fixture *fixture, gint64 unit, guint year, gint64 allocated)
{
  exec_sql (fixture,
            "INSERT INTO training_budget (unit_id, year, allocated) VALUES (%lld, %u, %lld) "
            "ON CONFLICT (unit_id, year) DO UPDATE SET allocated = excluded.allocated",
            (long long) unit, year, (long long) allocated);
}

static void
test_nominate (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 course = add_course (fixture, "Bimtek Kearsipan", 24, 0);
  gint64 session =
      add_session (fixture, course, "Angkatan I", "2026-03-02", "2026-03-05", 30, 650000);
  gint64 ids[] = { fixture->siti, fixture->budi, fixture->andi };
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GPtrArray) enrolments = NULL;
  g_autoptr (KrEnrolment) enrolment = NULL;
  g_autoptr (KrTrainingSession) read = NULL;
  guint n_nominated = 0, n_skipped = 9;
  KrEnrolment *first;

  set_budget (fixture, fixture->dinkes, 2026, 10000000);
  problems = check (fixture, session, ids, 3);
  g_assert_cmpuint (problems->len, ==, 0);
  take_changed (fixture);
  g_assert_true (kr_training_repository_nominate (fixture->repo, session, ids, 3, NULL,
                                                  &n_nominated, &n_skipped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_nominated, ==, 3);
  g_assert_cmpuint (n_skipped, ==, 0);
  g_assert_cmpuint (take_changed (fixture) & KR_TRAINING_CHANGE_ENROLMENTS, !=, 0);

  /* By name; each copies the session's cost and names the unit it is charged to. */
  enrolments = kr_training_repository_list_enrolments (fixture->repo, session, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (enrolments->len, ==, 3);
  first = enrolments->pdata[0];
  g_assert_cmpstr (first->employee_name, ==, "Andi Wijaya");
  g_assert_cmpint (first->budget_unit_id, ==, 0);
  g_assert_cmpstr (((KrEnrolment *) enrolments->pdata[1])->employee_name, ==, "Budi Santoso");
  enrolment = kr_training_repository_get_enrolment (
      fixture->repo, ((KrEnrolment *) enrolments->pdata[2])->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (enrolment->employee_id, ==, fixture->siti);
  g_assert_cmpint (enrolment->state, ==, KR_ENROLMENT_STATE_NOMINATED);
  g_assert_cmpint (enrolment->cost, ==, 650000);
  g_assert_cmpint (enrolment->budget_unit_id, ==, fixture->dinkes);
  g_assert_cmpuint (enrolment->jp, ==, 0);
  g_assert_null (enrolment->override_reason);
  g_assert_cmpstr (enrolment->employee_nip, ==, "198001012010010002");
  g_assert_cmpstr (enrolment->employee_unit, ==, "Bidang Pelayanan");
  g_assert_cmpstr (enrolment->session_name, ==, "Angkatan I");
  g_assert_cmpstr (enrolment->course_title, ==, "Bimtek Kearsipan");
  g_assert_cmpstr (enrolment->session_end_date, ==, "2026-03-05");
  read = kr_training_repository_get_session (fixture->repo, session, NULL);
  g_assert_cmpuint (read->n_enrolled, ==, 3);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                       "'training_enrolment' AND action = 'insert'"),
                   ==, 3);

  /* Nobody: nothing changes; an unknown session or employee is not found. */
  g_assert_true (kr_training_repository_nominate (fixture->repo, session, NULL, 0, NULL,
                                                  &n_nominated, NULL, &error));
  g_assert_cmpuint (n_nominated, ==, 0);
  g_assert_cmpuint (fixture->changed->len, ==, 0);
  g_assert_false (
      kr_training_repository_nominate (fixture->repo, 999, ids, 1, NULL, NULL, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, "999");
  g_clear_error (&error);
  ids[0] = 4242;
  g_assert_false (
      kr_training_repository_nominate (fixture->repo, session, ids, 1, NULL, NULL, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, "4242");
  g_clear_error (&error);
  g_assert_cmpint (count_enrolments (fixture, session), ==, 3);
}

/* Already enrolled, named twice or not active: skipped, and never overridden. */
static void
test_skipped (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 course = add_course (fixture, "Bimtek Kearsipan", 24, 0);
  gint64 session = add_session (fixture, course, "Angkatan I", "2026-03-02", "2026-03-05", 30, 0);
  gint64 ids[] = { fixture->siti, fixture->budi, fixture->budi, fixture->pensiun };
  g_autoptr (GPtrArray) problems = NULL;
  guint n_nominated = 0, n_skipped = 0;

  nominate_one (fixture, session, fixture->siti, NULL);
  problems = check (fixture, session, ids, 4);
  g_assert_cmpuint (problems->len, ==, 3);
  assert_problem (problems, 0, fixture->siti, KR_ENROLMENT_PROBLEM_DUPLICATE, "Nominated");
  assert_problem (problems, 0, fixture->siti, KR_ENROLMENT_PROBLEM_DUPLICATE, "Siti Aminah");
  assert_problem (problems, 1, fixture->budi, KR_ENROLMENT_PROBLEM_DUPLICATE, "twice");
  assert_problem (problems, 2, fixture->pensiun, KR_ENROLMENT_PROBLEM_INACTIVE, "aktif");

  g_assert_true (kr_training_repository_nominate (fixture->repo, session, ids, 4, NULL,
                                                  &n_nominated, &n_skipped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_nominated, ==, 1);
  g_assert_cmpuint (n_skipped, ==, 3);
  g_assert_cmpint (count_enrolments (fixture, session), ==, 2);
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM training_enrolment WHERE override_reason IS "
                              "NOT NULL"),
                   ==, 0);

  /* A withdrawn employee is still enrolled: moving back to nominated is the way. */
  move_ok (fixture, nominate_one (fixture, session, fixture->andi, NULL),
           KR_ENROLMENT_STATE_WITHDRAWN, "Sakit");
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = check (fixture, session, &fixture->andi, 1);
  assert_problem (problems, 0, fixture->andi, KR_ENROLMENT_PROBLEM_DUPLICATE, "Withdrawn");
}

/* A session that no longer takes nominations refuses them all, whatever the reason. */
static void
test_status_refusal (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 course = add_course (fixture, "Bimtek Kearsipan", 24, 0);
  gint64 session = add_session (fixture, course, "Angkatan I", "2026-03-02", "2026-03-05", 30, 0);
  gint64 ids[] = { fixture->siti, fixture->budi };
  g_autoptr (GPtrArray) problems = NULL;

  g_assert_true (kr_training_repository_set_session_status (fixture->repo, session,
                                                            KR_SESSION_STATUS_OPEN, NULL));
  problems = check (fixture, session, ids, 2);
  g_assert_cmpuint (problems->len, ==, 0);
  for (KrSessionStatus status = KR_SESSION_STATUS_RUNNING; status < KR_N_SESSION_STATUSES; status++)
    {
      g_assert_true (
          kr_training_repository_set_session_status (fixture->repo, session, status, NULL));
      g_clear_pointer (&problems, g_ptr_array_unref);
      problems = check (fixture, session, ids, 2);
      g_assert_cmpuint (problems->len, ==, 2);
      assert_problem (problems, 0, fixture->siti, KR_ENROLMENT_PROBLEM_STATUS,
                      kr_session_status_get_label (status));
      assert_problem (problems, 1, fixture->budi, KR_ENROLMENT_PROBLEM_STATUS, "no nominations");
      g_assert_false (kr_training_repository_nominate (fixture->repo, session, ids, 2,
                                                       "Kebutuhan mendesak", NULL, NULL, &error));
      assert_error (error, KR_ERROR, KR_ERROR_INVALID, "no nominations");
      g_clear_error (&error);
      g_assert_cmpint (count_enrolments (fixture, session), ==, 0);
    }
}

static void
test_capacity (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 course = add_course (fixture, "Bimtek Kearsipan", 24, 0);
  gint64 session = add_session (fixture, course, "Angkatan I", "2026-03-02", "2026-03-05", 2, 0);
  gint64 ids[] = { fixture->siti, fixture->budi, fixture->andi };
  g_autoptr (GPtrArray) problems = NULL;
  g_autofree char *reason = NULL;
  guint n_nominated = 0;

  problems = check (fixture, session, ids, 3);
  g_assert_cmpuint (problems->len, ==, 1);
  assert_problem (problems, 0, fixture->andi, KR_ENROLMENT_PROBLEM_CAPACITY,
                  "full: 2 of 2 seats taken");
  assert_problem (problems, 0, fixture->andi, KR_ENROLMENT_PROBLEM_CAPACITY,
                  "Andi Wijaya (198001012010010007)");

  /* All or nothing. */
  g_assert_false (
      kr_training_repository_nominate (fixture->repo, session, ids, 3, NULL, NULL, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "2 of 2 seats");
  g_clear_error (&error);
  g_assert_false (
      kr_training_repository_nominate (fixture->repo, session, ids, 3, "  ", NULL, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "2 of 2 seats");
  g_clear_error (&error);
  g_assert_cmpint (count_enrolments (fixture, session), ==, 0);
  g_assert_cmpuint (fixture->changed->len, ==, 2);

  /* A reason accepts it, stored on the enrolment that needed it. */
  g_assert_true (kr_training_repository_nominate (fixture->repo, session, ids, 3,
                                                  " Tambahan kursi dari penyelenggara ",
                                                  &n_nominated, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_nominated, ==, 3);
  reason = query_text (fixture,
                       "SELECT override_reason FROM training_enrolment WHERE employee_id = %lld",
                       (long long) fixture->andi);
  g_assert_cmpstr (reason, ==, "Tambahan kursi dari penyelenggara");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM training_enrolment WHERE "
                                       "override_reason IS NULL"),
                   ==, 2);

  /* Withdrawn and no-show free their seat. */
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = check (fixture, session, &fixture->kabid, 1);
  assert_problem (problems, 0, fixture->kabid, KR_ENROLMENT_PROBLEM_CAPACITY, "3 of 2");
  move_ok (fixture,
           query_int (fixture, "SELECT id FROM training_enrolment WHERE employee_id = %lld",
                      (long long) fixture->siti),
           KR_ENROLMENT_STATE_WITHDRAWN, "Mutasi");
  move_ok (fixture,
           query_int (fixture, "SELECT id FROM training_enrolment WHERE employee_id = %lld",
                      (long long) fixture->budi),
           KR_ENROLMENT_STATE_WITHDRAWN, "Mutasi");
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = check (fixture, session, &fixture->kabid, 1);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_prerequisites (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrCourse) course = kr_course_new ();
  g_autoptr (GPtrArray) problems = NULL;
  gint64 basic = add_course (fixture, "Dasar Kepemimpinan", 16, 0);
  gint64 basic_session =
      add_session (fixture, basic, "Angkatan I", "2025-02-03", "2025-02-05", 30, 0);
  gint64 session, enrolment;
  gint64 ids[] = { fixture->kabid, fixture->siti, fixture->rina, fixture->lama };
  g_autofree char *reason = NULL;

  /* PKP: pengawas only; at least III/b; at most 55; after the basic course. */
  course->title = g_strdup ("Pelatihan Kepemimpinan Pengawas");
  course->kind = KR_TRAINING_KIND_CLASSICAL;
  course->type = KR_COMPETENCE_TYPE_LEADERSHIP;
  course->programme = KR_LEADERSHIP_PROGRAMME_PKP;
  course->form = KR_TRAINING_FORM_TRAINING;
  course->jp = 160;
  course->delivery = KR_DELIVERY_BLENDED;
  course->min_golongan = 32;
  course->max_age = 55;
  course->required_course_id = basic;
  g_assert_true (kr_training_repository_save_course (fixture->repo, course, &error));
  g_assert_no_error (error);
  session = add_session (fixture, course->id, "Angkatan I", "2026-05-04", "2026-08-28", 30, 0);

  /* The kabid has done the basic course; Budi's SIASN history has it. */
  enrolment = nominate_one (fixture, basic_session, fixture->kabid, NULL);
  move_ok (fixture, enrolment, KR_ENROLMENT_STATE_APPROVED, NULL);
  move_ok (fixture, enrolment, KR_ENROLMENT_STATE_ATTENDED, NULL);
  move_ok (fixture, enrolment, KR_ENROLMENT_STATE_COMPLETED, NULL);
  exec_sql (fixture,
            "INSERT INTO training_record (employee_id, title, kind, type, form, end_date, jp, "
            "source) VALUES (%lld, 'DASAR KEPEMIMPINAN', 'classical', 'managerial', 'training', "
            "'2019-05-01', 16, 'siasn')",
            (long long) fixture->budi);

  problems = check (fixture, session, ids, 4);
  /* Kabid: nothing. Siti: not a pengawas, III/a, no basic course. Rina: not a pengawas, a
   * PPPK, no basic course, and 160 JP are over her limit. Lama: not a pengawas, 59 years
   * old, no basic course. */
  for (guint i = 0; i < problems->len; i++)
    {
      const KrEnrolmentProblem *problem = problem_at (problems, i);

      g_assert_cmpint (problem->kind, ==,
                       i == 6 ? KR_ENROLMENT_PROBLEM_JP_LIMIT : KR_ENROLMENT_PROBLEM_PREREQUISITE);
      g_assert_cmpint (problem->employee_id, !=, fixture->kabid);
    }
  g_assert_cmpuint (problems->len, ==, 10);
  assert_problem (problems, 0, fixture->siti, KR_ENROLMENT_PROBLEM_PREREQUISITE, "Pengawas");
  assert_problem (problems, 1, fixture->siti, KR_ENROLMENT_PROBLEM_PREREQUISITE,
                  "golongan III/a is below the course's minimum, III/b");
  assert_problem (problems, 2, fixture->siti, KR_ENROLMENT_PROBLEM_PREREQUISITE,
                  "has not completed “Dasar Kepemimpinan”");
  assert_problem (problems, 4, fixture->rina, KR_ENROLMENT_PROBLEM_PREREQUISITE, "PPPK");
  assert_problem (problems, 6, fixture->rina, KR_ENROLMENT_PROBLEM_JP_LIMIT, "160 more");
  assert_problem (problems, 8, fixture->lama, KR_ENROLMENT_PROBLEM_PREREQUISITE,
                  "aged 59 when the session starts, over the course's maximum age of 55");

  /* Budi met the required course through his record; only his position and golongan fail. */
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = check (fixture, session, &fixture->budi, 1);
  g_assert_cmpuint (problems->len, ==, 2);
  assert_problem (problems, 1, fixture->budi, KR_ENROLMENT_PROBLEM_PREREQUISITE, "II/b");

  g_assert_false (
      kr_training_repository_nominate (fixture->repo, session, ids, 4, NULL, NULL, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Siti Aminah");
  g_clear_error (&error);
  g_assert_cmpint (count_enrolments (fixture, session), ==, 0);
  g_assert_true (kr_training_repository_nominate (fixture->repo, session, ids, 4,
                                                  "Penugasan kepala daerah", NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_enrolments (fixture, session), ==, 4);
  reason = query_text (fixture,
                       "SELECT override_reason FROM training_enrolment WHERE employee_id = %lld "
                       "AND session_id = %lld",
                       (long long) fixture->lama, (long long) session);
  g_assert_cmpstr (reason, ==, "Penugasan kepala daerah");
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM training_enrolment WHERE employee_id = %lld "
                              "AND override_reason IS NULL",
                              (long long) fixture->kabid),
                   ==, 2);
}

static void
test_budget (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 course = add_course (fixture, "Bimtek Kearsipan", 24, 0);
  gint64 session =
      add_session (fixture, course, "Angkatan I", "2026-03-02", "2026-03-05", 30, 400000);
  gint64 later =
      add_session (fixture, course, "Angkatan II", "2026-12-28", "2027-01-04", 30, 400000);
  gint64 batch[] = { fixture->lama, fixture->kabid, fixture->andi };
  g_autoptr (GPtrArray) problems = NULL;
  gint64 siti, budi;

  /* Dinas Kesehatan has Rp 1.000.000 for 2026: two seats of Rp 400.000, whatever their state
   * (pending, committed, spent). */
  set_budget (fixture, fixture->dinkes, 2026, 1000000);
  siti = nominate_one (fixture, session, fixture->siti, NULL);
  budi = nominate_one (fixture, session, fixture->budi, NULL);
  move_ok (fixture, siti, KR_ENROLMENT_STATE_APPROVED, NULL);
  move_ok (fixture, siti, KR_ENROLMENT_STATE_ATTENDED, NULL);
  move_ok (fixture, siti, KR_ENROLMENT_STATE_COMPLETED, NULL);
  move_ok (fixture, budi, KR_ENROLMENT_STATE_APPROVED, NULL);
  problems = check (fixture, session, &fixture->rina, 1);
  g_assert_cmpuint (problems->len, ==, 1);
  assert_problem (problems, 0, fixture->rina, KR_ENROLMENT_PROBLEM_BUDGET,
                  "budget of Dinas Kesehatan 2026: Rp 200.000 left, Rp 400.000 needed");

  /* Withdrawn costs nothing. */
  move_ok (fixture, budi, KR_ENROLMENT_STATE_WITHDRAWN, "Tugas luar");
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = check (fixture, session, &fixture->rina, 1);
  g_assert_cmpuint (problems->len, ==, 0);

  /* One check counts its own nominees: Lama fits (Rp 600.000 left), the kabid does not; Andi's
   * BKPSDM has no budget anywhere, so no limit. */
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = check (fixture, session, batch, 3);
  g_assert_cmpuint (problems->len, ==, 1);
  assert_problem (problems, 0, fixture->kabid, KR_ENROLMENT_PROBLEM_BUDGET,
                  "Rp 200.000 left, Rp 400.000 needed");

  /* The year is the session's end date's: 2027 has no budget row, so no limit. */
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = check (fixture, later, batch, 3);
  g_assert_cmpuint (problems->len, ==, 0);

  /* The nearest unit with a budget row pays: Bidang Pelayanan's own. */
  set_budget (fixture, fixture->bidang, 2026, 300000);
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = check (fixture, session, &fixture->lama, 1);
  assert_problem (problems, 0, fixture->lama, KR_ENROLMENT_PROBLEM_BUDGET,
                  "budget of Bidang Pelayanan 2026: Rp 300.000 left");
  g_assert_true (kr_training_repository_nominate (fixture->repo, session, batch, 3, "Prioritas",
                                                  NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (_kr_training_find_budget_unit (fixture->repo, fixture->siti, 2026, NULL), ==,
                   fixture->bidang);
  g_assert_cmpint (_kr_training_find_budget_unit (fixture->repo, fixture->siti, 2027, NULL), ==, 0);
  g_assert_cmpint (_kr_training_find_budget_unit (fixture->repo, fixture->andi, 2026, NULL), ==, 0);
  g_assert_cmpint (query_int (fixture,
                              "SELECT budget_unit_id FROM training_enrolment WHERE employee_id = "
                              "%lld",
                              (long long) fixture->lama),
                   ==, fixture->bidang);
  g_assert_cmpint (query_int (fixture,
                              "SELECT coalesce (budget_unit_id, 0) FROM training_enrolment WHERE "
                              "employee_id = %lld",
                              (long long) fixture->andi),
                   ==, 0);
  /* Andi needed no override: his enrolment has no reason. */
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM training_enrolment WHERE employee_id = %lld "
                              "AND override_reason IS NULL",
                              (long long) fixture->andi),
                   ==, 1);
}

/* Approving commits the cost and checks the budget again. */
static void
test_approve_budget (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 course = add_course (fixture, "Bimtek Kearsipan", 24, 0);
  gint64 session =
      add_session (fixture, course, "Angkatan I", "2026-03-02", "2026-03-05", 30, 400000);
  gint64 siti, budi, rina, andi;
  g_autofree char *reason = NULL;

  set_budget (fixture, fixture->dinkes, 2026, 1200000);
  siti = nominate_one (fixture, session, fixture->siti, NULL);
  budi = nominate_one (fixture, session, fixture->budi, NULL);
  rina = nominate_one (fixture, session, fixture->rina, NULL);
  andi = nominate_one (fixture, session, fixture->andi, NULL);
  /* The budget is cut after the nominations. */
  set_budget (fixture, fixture->dinkes, 2026, 500000);
  move_ok (fixture, siti, KR_ENROLMENT_STATE_APPROVED, NULL);
  take_changed (fixture);
  g_assert_false (kr_training_repository_move (fixture->repo, budi, KR_ENROLMENT_STATE_APPROVED,
                                               NULL, 0, NULL, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID,
                "budget of Dinas Kesehatan 2026: Rp 100.000 left, Rp 400.000 needed");
  g_clear_error (&error);
  g_assert_cmpuint (fixture->changed->len, ==, 0);
  reason = enrolment_text (fixture, budi, "state");
  g_assert_cmpstr (reason, ==, "nominated");
  g_clear_pointer (&reason, g_free);

  /* A reason approves it over the budget, and is kept. */
  move_ok (fixture, budi, KR_ENROLMENT_STATE_APPROVED, "Dana tambahan APBD-P");
  reason = enrolment_text (fixture, budi, "override_reason");
  g_assert_cmpstr (reason, ==, "Dana tambahan APBD-P");
  g_clear_pointer (&reason, g_free);

  /* An enrolment nominated over the budget with a reason needs none again. */
  exec_sql (fixture, "UPDATE training_enrolment SET override_reason = 'Prioritas' WHERE id = %lld",
            (long long) rina);
  move_ok (fixture, rina, KR_ENROLMENT_STATE_APPROVED, NULL);

  /* Without a budget unit (BKPSDM): no limit. All together, in one move of many. */
  exec_sql (fixture, "UPDATE training_enrolment SET state = 'nominated' WHERE id IN (%lld, %lld)",
            (long long) siti, (long long) rina);
  {
    gint64 ids[] = { siti, rina, andi };

    g_assert_false (kr_training_repository_move_many (fixture->repo, ids, 3,
                                                      KR_ENROLMENT_STATE_APPROVED, NULL, &error));
    /* Budi's Rp 400.000 is committed: Rp 100.000 left, not enough for Siti. */
    assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Siti Aminah");
    g_clear_error (&error);
    reason = enrolment_text (fixture, andi, "state");
    g_assert_cmpstr (reason, ==, "nominated");
    g_clear_pointer (&reason, g_free);
    set_budget (fixture, fixture->dinkes, 2026, 900000);
    g_assert_true (kr_training_repository_move_many (fixture->repo, ids, 3,
                                                     KR_ENROLMENT_STATE_APPROVED, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM training_enrolment WHERE state = "
                                         "'approved'"),
                     ==, 4);
  }
}

static void
test_jp_limit (Fixture *fixture, gconstpointer data)
{
  gint64 course = add_course (fixture, "Bimtek Pelayanan", 20, 0);
  gint64 short_course = add_course (fixture, "Webinar Integritas", 4, 0);
  gint64 session = add_session (fixture, course, "Angkatan I", "2026-03-02", "2026-03-05", 30, 0);
  gint64 next_year =
      add_session (fixture, course, "Angkatan II", "2026-12-30", "2027-01-04", 30, 0);
  gint64 webinar =
      add_session (fixture, short_course, "Sesi 1", "2026-06-02", "2026-06-02", 300, 0);
  gint64 ids[] = { fixture->rina, fixture->siti };
  g_autoptr (GPtrArray) problems = NULL;

  /* Rina (PPPK, at most 24 JP a year) has 6 JP recorded in 2026: 20 more is over. */
  exec_sql (fixture,
            "INSERT INTO training_record (employee_id, title, kind, type, form, end_date, jp) "
            "VALUES (%lld, 'Orientasi PPPK', 'classical', 'technical', 'training', '2026-01-20', "
            "6)",
            (long long) fixture->rina);
  problems = check (fixture, session, ids, 2);
  g_assert_cmpuint (problems->len, ==, 1);
  assert_problem (problems, 0, fixture->rina, KR_ENROLMENT_PROBLEM_JP_LIMIT,
                  "6 JP earned or planned in 2026 and 20 more would exceed the limit of 24 JP");
  /* The session that ends in 2027 counts there. */
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = check (fixture, next_year, ids, 2);
  g_assert_cmpuint (problems->len, ==, 0);
  /* Planned JP count: 6 + 4 planned, then 20 more. */
  nominate_one (fixture, webinar, fixture->rina, NULL);
  exec_sql (fixture, "DELETE FROM training_record");
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = check (fixture, session, ids, 2);
  g_assert_cmpuint (problems->len, ==, 0);
  exec_sql (fixture,
            "INSERT INTO training_record (employee_id, title, kind, type, form, end_date, jp) "
            "VALUES (%lld, 'Orientasi', 'classical', 'technical', 'training', '2026-01-20', 1)",
            (long long) fixture->rina);
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = check (fixture, session, ids, 2);
  assert_problem (problems, 0, fixture->rina, KR_ENROLMENT_PROBLEM_JP_LIMIT, "5 JP");
}

/* Every move of the workflow, allowed or refused, from each state. */
static void
test_transitions (Fixture *fixture, gconstpointer data)
{
  static const gboolean allowed[KR_N_ENROLMENT_STATES][KR_N_ENROLMENT_STATES] = {
    [KR_ENROLMENT_STATE_NOMINATED] = { [KR_ENROLMENT_STATE_APPROVED] = TRUE,
                                       [KR_ENROLMENT_STATE_WITHDRAWN] = TRUE },
    [KR_ENROLMENT_STATE_APPROVED] = { [KR_ENROLMENT_STATE_ATTENDED] = TRUE,
                                      [KR_ENROLMENT_STATE_NO_SHOW] = TRUE,
                                      [KR_ENROLMENT_STATE_WITHDRAWN] = TRUE },
    [KR_ENROLMENT_STATE_ATTENDED] = { [KR_ENROLMENT_STATE_COMPLETED] = TRUE,
                                      [KR_ENROLMENT_STATE_NO_SHOW] = TRUE },
    [KR_ENROLMENT_STATE_COMPLETED] = { [KR_ENROLMENT_STATE_ATTENDED] = TRUE },
    [KR_ENROLMENT_STATE_NO_SHOW] = { [KR_ENROLMENT_STATE_NOMINATED] = TRUE },
    [KR_ENROLMENT_STATE_WITHDRAWN] = { [KR_ENROLMENT_STATE_NOMINATED] = TRUE },
  };
  gint64 course = add_course (fixture, "Bimtek Kearsipan", 24, 0);
  gint64 session = add_session (fixture, course, "Angkatan I", "2026-03-02", "2026-03-05", 30, 0);
  gint64 enrolment = nominate_one (fixture, session, fixture->siti, NULL);

  for (KrEnrolmentState from = 0; from < KR_N_ENROLMENT_STATES; from++)
    for (KrEnrolmentState to = 0; to < KR_N_ENROLMENT_STATES; to++)
      {
        g_autoptr (GError) error = NULL;
        g_autofree char *state = NULL;
        gboolean ok;

        exec_sql (fixture,
                  "UPDATE training_enrolment SET state = '%s', jp = %s, reason = NULL WHERE id "
                  "= %lld",
                  kr_enrolment_state_get_code (from),
                  from == KR_ENROLMENT_STATE_COMPLETED ? "24" : "NULL", (long long) enrolment);
        take_changed (fixture);
        g_assert_cmpint (kr_enrolment_state_can_move (from, to), ==, allowed[from][to]);
        ok = kr_training_repository_move (fixture->repo, enrolment, to, "Alasan", 0, NULL, NULL,
                                          &error);
        state = enrolment_text (fixture, enrolment, "state");
        if (allowed[from][to])
          {
            g_assert_no_error (error);
            g_assert_true (ok);
            g_assert_cmpstr (state, ==, kr_enrolment_state_get_code (to));
            g_assert_cmpuint (take_changed (fixture) & KR_TRAINING_CHANGE_ENROLMENTS, !=, 0);
          }
        else
          {
            g_assert_false (ok);
            kr_test_assert_error (error, KR_ERROR, KR_ERROR_INVALID,
                                  "State:", kr_enrolment_state_get_label (from),
                                  kr_enrolment_state_get_label (to), NULL);
            g_assert_cmpstr (state, ==, kr_enrolment_state_get_code (from));
            g_assert_cmpuint (fixture->changed->len, ==, 0);
          }
      }
}

static void
test_move_rules (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 course = add_course (fixture, "Bimtek Kearsipan", 24, 0);
  gint64 session = add_session (fixture, course, "Angkatan I", "2026-03-02", "2026-03-05", 1, 0);
  gint64 siti = nominate_one (fixture, session, fixture->siti, NULL);
  gint64 budi;
  g_autoptr (KrEnrolment) enrolment = NULL;
  g_autofree char *text = NULL;

  /* Withdrawn and no-show need a reason, kept; back to nominated clears it. */
  g_assert_false (kr_training_repository_move (fixture->repo, siti, KR_ENROLMENT_STATE_WITHDRAWN,
                                               "  ", 0, NULL, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Reason:");
  g_clear_error (&error);
  move_ok (fixture, siti, KR_ENROLMENT_STATE_WITHDRAWN, "Cuti melahirkan");
  text = enrolment_text (fixture, siti, "reason");
  g_assert_cmpstr (text, ==, "Cuti melahirkan");
  g_clear_pointer (&text, g_free);

  /* Her seat went to Budi: she cannot come back while the session is full. */
  budi = nominate_one (fixture, session, fixture->budi, NULL);
  g_assert_false (kr_training_repository_move (fixture->repo, siti, KR_ENROLMENT_STATE_NOMINATED,
                                               NULL, 0, NULL, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "1 of 1 seats");
  g_clear_error (&error);
  g_assert_true (kr_training_repository_delete_enrolment (fixture->repo, budi, &error));
  g_assert_no_error (error);
  move_ok (fixture, siti, KR_ENROLMENT_STATE_NOMINATED, NULL);
  text = enrolment_text (fixture, siti, "reason");
  g_assert_null (text);

  move_ok (fixture, siti, KR_ENROLMENT_STATE_APPROVED, NULL);
  g_assert_false (kr_training_repository_move (fixture->repo, siti, KR_ENROLMENT_STATE_NO_SHOW,
                                               NULL, 0, NULL, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Reason:");
  g_clear_error (&error);
  move_ok (fixture, siti, KR_ENROLMENT_STATE_ATTENDED, NULL);

  /* Completing credits the course's JP by default, or the JP given, and the certificate. */
  g_assert_false (kr_training_repository_move (fixture->repo, siti, KR_ENROLMENT_STATE_COMPLETED,
                                               NULL, 0, "SRT-1", "5 Maret 2026", &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Certificate date:");
  g_clear_error (&error);
  g_assert_false (kr_training_repository_move (fixture->repo, siti, KR_ENROLMENT_STATE_COMPLETED,
                                               NULL, 2001, NULL, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "JP:");
  g_clear_error (&error);
  g_assert_true (kr_training_repository_move (fixture->repo, siti, KR_ENROLMENT_STATE_COMPLETED,
                                              NULL, 0, " 800/BKPSDM/2026 ", "2026-03-06", &error));
  g_assert_no_error (error);
  enrolment = kr_training_repository_get_enrolment (fixture->repo, siti, NULL);
  g_assert_cmpint (enrolment->state, ==, KR_ENROLMENT_STATE_COMPLETED);
  g_assert_cmpuint (enrolment->jp, ==, 24);
  g_assert_cmpstr (enrolment->certificate_number, ==, "800/BKPSDM/2026");
  g_assert_cmpstr (enrolment->certificate_date, ==, "2026-03-06");
  g_clear_pointer (&enrolment, kr_enrolment_free);

  /* Back to attended clears them; completed again with 18 JP. */
  move_ok (fixture, siti, KR_ENROLMENT_STATE_ATTENDED, NULL);
  enrolment = kr_training_repository_get_enrolment (fixture->repo, siti, NULL);
  g_assert_cmpuint (enrolment->jp, ==, 0);
  g_assert_null (enrolment->certificate_number);
  g_assert_null (enrolment->certificate_date);
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM training_enrolment WHERE jp IS NULL "
                              "AND id = %lld",
                              (long long) siti),
                   ==, 1);
  g_clear_pointer (&enrolment, kr_enrolment_free);
  g_assert_true (kr_training_repository_move (fixture->repo, siti, KR_ENROLMENT_STATE_COMPLETED,
                                              NULL, 18, NULL, NULL, &error));
  enrolment = kr_training_repository_get_enrolment (fixture->repo, siti, NULL);
  g_assert_cmpuint (enrolment->jp, ==, 18);

  /* Only a nomination can be deleted. */
  g_assert_false (kr_training_repository_delete_enrolment (fixture->repo, siti, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "withdraw it instead");
  g_clear_error (&error);
  g_assert_false (kr_training_repository_move (fixture->repo, 999, KR_ENROLMENT_STATE_APPROVED,
                                               NULL, 0, NULL, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, "999");
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                       "'training_enrolment' AND action = 'delete'"),
                   ==, 1);
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM audit_log WHERE entity = 'training_enrolment' "
                              "AND action = 'update' AND entity_id = %lld",
                              (long long) siti),
                   ==, 7);
}

/* JP by the year the session ended, records and mentoring through training_jp. */
static void
test_jp_years (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 course = add_course (fixture, "Bimtek Kearsipan", 24, 0);
  gint64 across = add_session (fixture, course, "Angkatan I", "2025-12-29", "2026-01-02", 30, 0);
  gint64 next = add_session (fixture, course, "Angkatan II", "2027-03-01", "2027-03-04", 30, 0);
  gint64 enrolment = nominate_one (fixture, across, fixture->siti, NULL);
  g_autoptr (KrTrainingRecord) record = kr_training_record_new ();
  g_autoptr (GArray) years = NULL;
  gint64 mentoring;
  const KrJpYear *year;
  double jp = 0;

  move_ok (fixture, enrolment, KR_ENROLMENT_STATE_APPROVED, NULL);
  move_ok (fixture, enrolment, KR_ENROLMENT_STATE_ATTENDED, NULL);
  move_ok (fixture, enrolment, KR_ENROLMENT_STATE_COMPLETED, NULL);
  nominate_one (fixture, next, fixture->siti, NULL);
  record->employee_id = fixture->siti;
  record->title = g_strdup ("Belajar mandiri: Kearsipan digital");
  record->kind = KR_TRAINING_KIND_NON_CLASSICAL;
  record->type = KR_COMPETENCE_TYPE_TECHNICAL;
  record->form = KR_TRAINING_FORM_SELF_STUDY;
  record->end_date = g_strdup ("2025-10-10");
  record->jp = 5;
  g_assert_true (kr_training_repository_save_record (fixture->repo, record, &error));
  g_assert_no_error (error);
  /* Mentoring: 90 minutes with the kabid in 2026 */
  exec_sql (fixture,
            "INSERT INTO mentoring (mentor_id, mentee_id, goals, start_date) VALUES (%lld, %lld, "
            "'Kearsipan', '2026-01-05')",
            (long long) fixture->kabid, (long long) fixture->siti);
  mentoring = sqlite3_last_insert_rowid (fixture_db (fixture));
  exec_sql (fixture,
            "INSERT INTO mentoring_session (mentoring_id, date, topic, minutes) VALUES (%lld, "
            "'2026-02-10', 'Jadwal retensi', 90)",
            (long long) mentoring);

  years = kr_training_repository_list_jp_years (fixture->repo, fixture->siti, 2025, 2027, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (years->len, ==, 3);
  year = &g_array_index (years, KrJpYear, 0);
  g_assert_cmpuint (year->year, ==, 2025);
  g_assert_cmpfloat_with_epsilon (year->jp, 5, 1e-9);
  g_assert_cmpfloat_with_epsilon (year->jp_classical, 0, 1e-9);
  g_assert_cmpuint (year->duty.minimum, ==, 20);
  g_assert_cmpuint (year->duty.maximum, ==, 0);
  year = &g_array_index (years, KrJpYear, 1);
  g_assert_cmpuint (year->year, ==, 2026);
  g_assert_cmpfloat_with_epsilon (year->jp, 26, 1e-9);
  g_assert_cmpfloat_with_epsilon (year->jp_classical, 24, 1e-9);
  g_assert_cmpfloat_with_epsilon (year->jp_planned, 0, 1e-9);
  g_assert_true (_kr_training_get_jp (fixture->repo, fixture->siti, 2026, &jp, &error));
  g_assert_cmpfloat_with_epsilon (jp, 26, 1e-9);
  year = &g_array_index (years, KrJpYear, 2);
  g_assert_cmpfloat_with_epsilon (year->jp, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (year->jp_planned, 24, 1e-9);

  /* A JP of 60 minutes makes the mentoring 1.5 JP. */
  g_assert_true (kr_training_repository_set_jp_minutes (fixture->repo, 60, NULL));
  g_clear_pointer (&years, g_array_unref);
  years = kr_training_repository_list_jp_years (fixture->repo, fixture->siti, 2026, 2026, &error);
  g_assert_cmpfloat_with_epsilon (g_array_index (years, KrJpYear, 0).jp, 25.5, 1e-9);

  /* The PPPK's duty is a limit; a kind change changes it. */
  g_clear_pointer (&years, g_array_unref);
  years = kr_training_repository_list_jp_years (fixture->repo, fixture->rina, 2026, 2026, &error);
  g_assert_cmpuint (g_array_index (years, KrJpYear, 0).duty.minimum, ==, 0);
  g_assert_cmpuint (g_array_index (years, KrJpYear, 0).duty.maximum, ==, 24);

  g_clear_pointer (&years, g_array_unref);
  years = kr_training_repository_list_jp_years (fixture->repo, fixture->siti, 2027, 2026, &error);
  g_assert_null (years);
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "2027");
  g_clear_error (&error);
  years = kr_training_repository_list_jp_years (fixture->repo, 4242, 2026, 2026, &error);
  assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, "4242");
  g_clear_error (&error);
}

static void
test_history (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 course = add_course (fixture, "Bimtek Kearsipan", 24, 0);
  gint64 done = add_session (fixture, course, "Angkatan I", "2026-03-02", "2026-03-05", 30, 0);
  gint64 later = add_session (fixture, course, "Angkatan II", "2026-09-01", "2026-09-04", 30, 0);
  gint64 enrolment = nominate_one (fixture, done, fixture->siti, NULL);
  g_autoptr (GPtrArray) items = NULL;
  const KrTrainingHistoryItem *item;
  gint64 mentoring, pending;

  move_ok (fixture, enrolment, KR_ENROLMENT_STATE_APPROVED, NULL);
  move_ok (fixture, enrolment, KR_ENROLMENT_STATE_ATTENDED, NULL);
  g_assert_true (kr_training_repository_move (fixture->repo, enrolment,
                                              KR_ENROLMENT_STATE_COMPLETED, NULL, 0, "SRT-9",
                                              "2026-03-06", NULL));
  pending = nominate_one (fixture, later, fixture->siti, NULL);
  exec_sql (fixture,
            "INSERT INTO training_record (employee_id, title, kind, type, programme, form, "
            "provider, end_date, jp, source) VALUES (%lld, 'Diklat Prajabatan', 'classical', "
            "'leadership', 'latsar', "
            "'training', 'BKD', '2011-06-30', 100, 'siasn')",
            (long long) fixture->siti);
  exec_sql (fixture,
            "INSERT INTO mentoring (mentor_id, mentee_id, form, goals, start_date) VALUES (%lld, "
            "%lld, 'coaching', 'Kearsipan', '2026-01-05')",
            (long long) fixture->kabid, (long long) fixture->siti);
  mentoring = sqlite3_last_insert_rowid (fixture_db (fixture));
  exec_sql (fixture,
            "INSERT INTO mentoring_session (mentoring_id, date, topic, minutes) VALUES (%lld, "
            "'2026-04-10', 'Jadwal retensi', 90)",
            (long long) mentoring);
  /* The kabid as mentor gets nothing. */
  items = kr_training_repository_list_history (fixture->repo, fixture->kabid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 0);
  g_clear_pointer (&items, g_ptr_array_unref);

  items = kr_training_repository_list_history (fixture->repo, fixture->siti, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 4);
  item = items->pdata[0];
  g_assert_cmpint (item->source, ==, KR_TRAINING_SOURCE_ENROLMENT);
  g_assert_cmpint (item->source_id, ==, pending);
  g_assert_cmpint (item->state, ==, KR_ENROLMENT_STATE_NOMINATED);
  g_assert_cmpfloat (item->jp, ==, 0);
  item = items->pdata[1];
  g_assert_cmpint (item->source, ==, KR_TRAINING_SOURCE_MENTORING);
  g_assert_cmpstr (item->title, ==, "Coaching: Jadwal retensi");
  g_assert_cmpstr (item->provider, ==, "Kabid");
  g_assert_cmpint (item->kind, ==, KR_TRAINING_KIND_NON_CLASSICAL);
  g_assert_cmpfloat_with_epsilon (item->jp, 2, 1e-9);
  g_assert_cmpint (item->state, ==, KR_ENROLMENT_STATE_COMPLETED);
  item = items->pdata[2];
  g_assert_cmpint (item->source, ==, KR_TRAINING_SOURCE_ENROLMENT);
  g_assert_cmpstr (item->title, ==, "Bimtek Kearsipan");
  g_assert_cmpstr (item->start_date, ==, "2026-03-02");
  g_assert_cmpstr (item->end_date, ==, "2026-03-05");
  g_assert_cmpfloat (item->jp, ==, 24);
  g_assert_cmpstr (item->certificate_number, ==, "SRT-9");
  item = items->pdata[3];
  g_assert_cmpint (item->source, ==, KR_TRAINING_SOURCE_RECORD);
  g_assert_cmpstr (item->title, ==, "Diklat Prajabatan");
  g_assert_cmpstr (item->provider, ==, "BKD");
  g_assert_null (item->start_date);
  g_assert_cmpfloat (item->jp, ==, 100);
  g_assert_cmpint (item->state, ==, KR_ENROLMENT_STATE_COMPLETED);

  g_clear_pointer (&items, g_ptr_array_unref);
  items = kr_training_repository_list_history (fixture->repo, 4242, &error);
  g_assert_null (items);
  assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, "4242");
}

static void
test_records (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrTrainingRecord) record = kr_training_record_new ();
  g_autoptr (KrTrainingRecord) read = NULL;

  record->employee_id = fixture->budi;
  record->title = g_strdup (" Detasering ke Kemendagri ");
  record->kind = KR_TRAINING_KIND_NON_CLASSICAL;
  record->type = KR_COMPETENCE_TYPE_TECHNICAL;
  record->form = KR_TRAINING_FORM_SEMINAR;
  record->start_date = g_strdup ("2026-01-05");
  record->end_date = g_strdup ("2026-03-31");
  record->jp = 40;
  g_assert_false (kr_training_repository_save_record (fixture->repo, record, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Form:");
  g_clear_error (&error);
  record->form = KR_TRAINING_FORM_SECONDMENT;
  record->provider = g_strdup ("Kemendagri");
  record->certificate_number = g_strdup ("SK-1");
  record->certificate_date = g_strdup ("2026-04-02");
  record->from_siasn = TRUE;
  take_changed (fixture);
  g_assert_true (kr_training_repository_save_record (fixture->repo, record, &error));
  g_assert_no_error (error);
  g_assert_cmpint (record->id, >, 0);
  g_assert_cmpuint (take_changed (fixture), ==, KR_TRAINING_CHANGE_RECORDS);
  read = kr_training_repository_get_record (fixture->repo, record->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read->title, ==, "Detasering ke Kemendagri");
  g_assert_cmpint (read->form, ==, KR_TRAINING_FORM_SECONDMENT);
  g_assert_cmpint (read->kind, ==, KR_TRAINING_KIND_NON_CLASSICAL);
  g_assert_cmpstr (read->provider, ==, "Kemendagri");
  g_assert_cmpstr (read->start_date, ==, "2026-01-05");
  g_assert_cmpuint (read->jp, ==, 40);
  g_assert_cmpstr (read->certificate_number, ==, "SK-1");
  g_assert_true (read->from_siasn);

  read->jp = 32;
  read->from_siasn = FALSE;
  g_assert_true (kr_training_repository_save_record (fixture->repo, read, &error));
  g_assert_no_error (error);
  g_assert_cmpint (
      query_int (fixture, "SELECT jp FROM training_record WHERE id = %lld", (long long) record->id),
      ==, 32);
  read->id = 999;
  g_assert_false (kr_training_repository_save_record (fixture->repo, read, &error));
  assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, "999");
  g_clear_error (&error);
  read->id = 0;
  read->employee_id = 4242;
  g_assert_false (kr_training_repository_save_record (fixture->repo, read, &error));
  assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, "4242");
  g_clear_error (&error);
  g_assert_cmpint (read->id, ==, 0);

  g_assert_true (kr_training_repository_delete_record (fixture->repo, record->id, &error));
  g_assert_no_error (error);
  g_assert_false (kr_training_repository_delete_record (fixture->repo, record->id, &error));
  assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, "record");
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                       "'training_record'"),
                   ==, 3);
}

/* Every write that touches employees, for each role; a unit head nominates only within the
 * subtree they lead and reads only its employees. */
static void
test_permissions (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 course = add_course (fixture, "Bimtek Kearsipan", 24, 0);
  gint64 session = add_session (fixture, course, "Angkatan I", "2026-03-02", "2026-03-05", 30, 0);
  gint64 in_scope[] = { fixture->siti, fixture->budi };
  gint64 mixed[] = { fixture->rina, fixture->andi };
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (KrTrainingRecord) record = kr_training_record_new ();
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (GArray) ids = NULL;
  gint64 siti, andi, n_audit;
  guint n_nominated = 0;
  g_autofree char *user = NULL;

  record->employee_id = fixture->siti;
  record->title = g_strdup ("Seminar");
  record->kind = KR_TRAINING_KIND_CLASSICAL;
  record->type = KR_COMPETENCE_TYPE_TECHNICAL;
  record->form = KR_TRAINING_FORM_SEMINAR;
  record->end_date = g_strdup ("2026-02-02");
  record->jp = 4;

  /* A unit head of Bidang Pelayanan nominates its employees... */
  sign_in (fixture, "kepala", KR_ROLE_UNIT_HEAD, fixture->bidang);
  g_assert_true (kr_training_repository_nominate (fixture->repo, session, in_scope, 2, NULL,
                                                  &n_nominated, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_nominated, ==, 2);
  user = query_text (fixture, "SELECT user_name FROM audit_log WHERE entity = "
                              "'training_enrolment' ORDER BY id DESC LIMIT 1");
  g_assert_cmpstr (user, ==, "kepala");
  /* ...but nobody outside it, not even with others of theirs: nothing is written. */
  g_assert_false (
      kr_training_repository_nominate (fixture->repo, session, mixed, 2, "x", NULL, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, "outside");
  g_clear_error (&error);
  g_assert_null (
      kr_training_repository_check_nominations (fixture->repo, session, mixed, 2, &error));
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, "outside");
  g_clear_error (&error);
  g_assert_cmpint (count_enrolments (fixture, session), ==, 2);
  siti = query_int (fixture, "SELECT id FROM training_enrolment WHERE employee_id = %lld",
                    (long long) fixture->siti);

  /* They may not approve, move, delete, or keep records. */
  g_assert_false (kr_training_repository_move (fixture->repo, siti, KR_ENROLMENT_STATE_APPROVED,
                                               NULL, 0, NULL, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, "kepala");
  g_clear_error (&error);
  g_assert_false (kr_training_repository_move_many (fixture->repo, &siti, 1,
                                                    KR_ENROLMENT_STATE_APPROVED, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, "kepala");
  g_clear_error (&error);
  g_assert_false (kr_training_repository_delete_enrolment (fixture->repo, siti, &error));
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, "kepala");
  g_clear_error (&error);
  g_assert_false (kr_training_repository_save_record (fixture->repo, record, &error));
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, "kepala");
  g_clear_error (&error);

  /* HR nominates Andi; the unit head sees only their own in the session. */
  sign_in (fixture, "operator", KR_ROLE_HR_OPERATOR, 0);
  andi = nominate_one (fixture, session, fixture->andi, NULL);
  move_ok (fixture, siti, KR_ENROLMENT_STATE_APPROVED, NULL);
  g_assert_true (kr_training_repository_save_record (fixture->repo, record, &error));
  g_assert_no_error (error);
  sign_in (fixture, "kepala", KR_ROLE_UNIT_HEAD, fixture->bidang);
  list = kr_training_repository_list_enrolments (fixture->repo, session, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_null (kr_training_repository_get_enrolment (fixture->repo, andi, &error));
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, "outside");
  g_clear_error (&error);
  g_assert_null (kr_training_repository_list_history (fixture->repo, fixture->andi, &error));
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, "outside");
  g_clear_error (&error);
  g_assert_null (
      kr_training_repository_list_jp_years (fixture->repo, fixture->andi, 2026, 2026, &error));
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, "outside");
  g_clear_error (&error);
  {
    g_autoptr (KrTrainingRecord) read =
        kr_training_repository_get_record (fixture->repo, record->id, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (read->title, ==, "Seminar");
  }
  g_clear_pointer (&list, g_ptr_array_unref);
  list = kr_training_repository_list_history (fixture->repo, fixture->siti, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  /* A whole unit to nominate: the unit head's query stays within their subtree. */
  ids = kr_training_repository_list_query_employees (fixture->repo, query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 5); /* active employees of Bidang Pelayanan */
  g_clear_pointer (&ids, g_array_unref);

  /* A viewer reads everything and writes nothing. */
  sign_in (fixture, "viewer", KR_ROLE_VIEWER, 0);
  n_audit = query_int (fixture, "SELECT count(*) FROM audit_log");
  g_clear_pointer (&list, g_ptr_array_unref);
  list = kr_training_repository_list_enrolments (fixture->repo, session, &error);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_false (kr_training_repository_nominate (fixture->repo, session, &fixture->lama, 1, NULL,
                                                   NULL, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, "viewer");
  g_clear_error (&error);
  g_assert_null (
      kr_training_repository_check_nominations (fixture->repo, session, &fixture->lama, 1, &error));
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, "nominate");
  g_clear_error (&error);
  g_assert_false (kr_training_repository_move (fixture->repo, andi, KR_ENROLMENT_STATE_APPROVED,
                                               NULL, 0, NULL, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, "viewer");
  g_clear_error (&error);
  g_assert_false (kr_training_repository_delete_enrolment (fixture->repo, andi, &error));
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, "viewer");
  g_clear_error (&error);
  g_assert_false (kr_training_repository_delete_record (fixture->repo, record->id, &error));
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, "viewer");
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log"), ==, n_audit);
  ids = kr_training_repository_list_query_employees (fixture->repo, query, &error);
  g_assert_cmpuint (ids->len, ==, 6); /* everyone active */
  g_clear_pointer (&ids, g_array_unref);

  /* The administrator does all of it. */
  sign_in (fixture, "admin", KR_ROLE_ADMINISTRATOR, 0);
  move_ok (fixture, andi, KR_ENROLMENT_STATE_WITHDRAWN, "Batal");
  g_assert_true (kr_training_repository_delete_record (fixture->repo, record->id, &error));
  g_assert_no_error (error);
  nominate_one (fixture, session, fixture->lama, NULL);
}

/* The ids of a list query: active employees only, refused above 10,000. */
static void
test_query_employees (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (GArray) ids = NULL;

  kr_employee_query_set_unit (query, fixture->dinkes);
  ids = kr_training_repository_list_query_employees (fixture->repo, query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 5);
  for (guint i = 0; i < ids->len; i++)
    {
      g_assert_cmpint (g_array_index (ids, gint64, i), !=, fixture->pensiun);
      g_assert_cmpint (g_array_index (ids, gint64, i), !=, fixture->andi);
    }
  g_clear_pointer (&ids, g_array_unref);
  kr_employee_query_set_unit (query, 0);
  kr_employee_query_set_search (query, "siti");
  ids = kr_training_repository_list_query_employees (fixture->repo, query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, fixture->siti);
  g_clear_pointer (&ids, g_array_unref);
  kr_employee_query_set_search (query, NULL);
  kr_employee_query_set_status (query, KR_EMPLOYEE_STATUS_PENSIUN);
  ids = kr_training_repository_list_query_employees (fixture->repo, query, &error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);

  /* 10,001 active employees are too many. */
  exec_sql (fixture,
            "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
            "INSERT INTO employee (nip, name, birth_date, gender, kind) SELECT '1990010120200' "
            "|| printf ('%%05d', i), 'Pegawai ' || i, "
            "'1990-01-01', 'M', 'pns' FROM n");
  kr_employee_query_set_status (query, -1);
  ids = kr_training_repository_list_query_employees (fixture->repo, query, &error);
  g_assert_null (ids);
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "narrow the list");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/training-enrolment/nominate", test_nominate);
  ADD ("/training-enrolment/skipped", test_skipped);
  ADD ("/training-enrolment/status-refusal", test_status_refusal);
  ADD ("/training-enrolment/capacity", test_capacity);
  ADD ("/training-enrolment/prerequisites", test_prerequisites);
  ADD ("/training-enrolment/budget", test_budget);
  ADD ("/training-enrolment/approve-budget", test_approve_budget);
  ADD ("/training-enrolment/jp-limit", test_jp_limit);
  ADD ("/training-enrolment/transitions", test_transitions);
  ADD ("/training-enrolment/move-rules", test_move_rules);
  ADD ("/training-enrolment/jp-years", test_jp_years);
  ADD ("/training-enrolment/history", test_history);
  ADD ("/training-enrolment/records", test_records);
  ADD ("/training-enrolment/permissions", test_permissions);
  ADD ("/training-enrolment/query-employees", test_query_employees);
#undef ADD
  return g_test_run ();
}
