/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-training-compliance"

#include "config.h"

#include "test-training-units-fixture.h"

/* The compliance list and budgets (kr-training-repository-compliance.c). */

typedef struct
{
  gint64 ani, budi, cici, dedi, eka;
  gint64 planned_session;
} People;

/* Ani (PNS, BKPSDM): 8 JP from a session ending in 2025, 4 from one that started in 2024 and
 * ended in 2025, a record of 5 and 90 minutes of mentoring (2 JP at 45 minutes): 19; 10 more
 * planned. Budi (CPNS, Bidang Mutasi): nothing. Cici (PPPK, BKPSDM): 30 JP, over her limit.
 * Dedi (PNS, Dinas Kesehatan): 25. Eka (PNS, BKPSDM) is retired and not listed. */
static void
add_people (Fixture *fixture, People *people)
{
  gint64 course = add_course (fixture, "Pelatihan Teknis", 8, 0);
  gint64 course2 = add_course (fixture, "Bimtek Arsip", 10, 0);
  gint64 s2025 =
      add_session (fixture, course, "Angkatan I", "2025-03-01", "2025-03-05", 30, 0, "done");
  gint64 s_new_year =
      add_session (fixture, course, "Angkatan II", "2024-12-28", "2025-01-02", 30, 0, "done");
  gint64 s2024 =
      add_session (fixture, course, "Angkatan 2024", "2024-03-01", "2024-03-05", 30, 0, "done");
  gint64 mentor;

  people->ani = add_employee (fixture, "Ani Lestari", "pns", fixture->p_bkpsdm, 32);
  people->budi = add_employee (fixture, "Budi Santoso", "cpns", fixture->p_mutasi, 31);
  people->cici = add_employee (fixture, "Cici Paramida", "pppk", fixture->p_bkpsdm, 109);
  people->dedi = add_employee (fixture, "Dedi Kurnia", "pns", fixture->p_dinkes, 33);
  people->eka = add_employee (fixture, "Eka Putri", "pns", fixture->p_bkpsdm, 34);
  mentor = add_employee (fixture, "Zainal Mentor", "pns", fixture->p_root, 41);
  exec_sql (fixture, "UPDATE employee SET status = 'pensiun' WHERE id IN (%lld, %lld)",
            (long long) people->eka, (long long) mentor);

  add_enrolment (fixture, s2025, people->ani, "completed", 8, 0);
  add_enrolment (fixture, s_new_year, people->ani, "completed", 4, 0);
  add_enrolment (fixture, s2024, people->ani, "completed", 8, 0);
  add_record (fixture, people->ani, "Seminar Kepegawaian", "2025-06-30", 5);
  exec_sql (fixture,
            "INSERT INTO mentoring (mentor_id, mentee_id, goals, start_date) VALUES (%lld, %lld, "
            "'Analisis jabatan', '2025-01-01')",
            (long long) mentor, (long long) people->ani);
  exec_sql (fixture, "INSERT INTO mentoring_session (mentoring_id, date, topic, minutes) "
                     "VALUES (1, '2025-02-01', 'Anjab', 60), (1, '2025-03-01', 'ABK', 30), "
                     "(1, '2024-12-01', 'Earlier', 300)");
  people->planned_session =
      add_session (fixture, course2, "Angkatan I", "2025-09-01", "2025-09-03", 30, 0, "open");
  add_enrolment (fixture, people->planned_session, people->ani, "nominated", 0, 0);
  add_enrolment (fixture, people->planned_session, people->budi, "withdrawn", 0, 0);

  add_record (fixture, people->cici, "E-learning", "2025-05-01", 30);
  add_record (fixture, people->dedi, "Diklat Fungsional", "2025-05-01", 25);
  add_record (fixture, people->eka, "Old", "2025-05-01", 1);
}

static GPtrArray *
list (Fixture *fixture, const KrComplianceQuery *query, guint offset, guint limit)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *rows =
      kr_training_repository_list_compliance (fixture->repo, query, offset, limit, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

static guint
count (Fixture *fixture, const KrComplianceQuery *query)
{
  g_autoptr (GError) error = NULL;
  guint n = 999;

  g_assert_true (kr_training_repository_count_compliance (fixture->repo, query, &n, &error));
  g_assert_no_error (error);
  return n;
}

static const KrComplianceRow *
row_at (GPtrArray *rows, guint i)
{
  return g_ptr_array_index (rows, i);
}

static void
test_sums_and_duty (Fixture *fixture, gconstpointer data)
{
  KrComplianceQuery query = { .year = 2025 };
  g_autoptr (GPtrArray) rows = NULL;
  People people;

  add_people (fixture, &people);
  rows = list (fixture, &query, 0, 100);
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_cmpuint (count (fixture, &query), ==, 4);

  /* Sorted by gap, then over the limit, then name. */
  g_assert_cmpint (row_at (rows, 0)->employee_id, ==, people.budi);
  g_assert_cmpfloat (row_at (rows, 0)->gap, ==, 20);
  g_assert_cmpint (row_at (rows, 0)->kind, ==, KR_EMPLOYEE_KIND_CPNS);
  g_assert_cmpuint (row_at (rows, 0)->duty.minimum, ==, 20);
  g_assert_cmpfloat (row_at (rows, 0)->jp_planned, ==, 0);
  g_assert_cmpstr (row_at (rows, 0)->unit, ==, "Bidang Mutasi");
  g_assert_cmpstr (row_at (rows, 0)->golongan, ==, "III/a");

  g_assert_cmpint (row_at (rows, 1)->employee_id, ==, people.ani);
  g_assert_cmpfloat_with_epsilon (row_at (rows, 1)->jp, 19, 1e-9);
  g_assert_cmpfloat_with_epsilon (row_at (rows, 1)->gap, 1, 1e-9);
  g_assert_cmpfloat (row_at (rows, 1)->jp_planned, ==, 10);
  g_assert_cmpfloat (row_at (rows, 1)->over_limit, ==, 0);

  g_assert_cmpint (row_at (rows, 2)->employee_id, ==, people.cici);
  g_assert_cmpint (row_at (rows, 2)->kind, ==, KR_EMPLOYEE_KIND_PPPK);
  g_assert_cmpuint (row_at (rows, 2)->duty.minimum, ==, 0);
  g_assert_cmpuint (row_at (rows, 2)->duty.maximum, ==, 24);
  g_assert_cmpfloat (row_at (rows, 2)->gap, ==, 0);
  g_assert_cmpfloat (row_at (rows, 2)->over_limit, ==, 6);
  g_assert_cmpstr (row_at (rows, 2)->golongan, ==, "IX");

  g_assert_cmpint (row_at (rows, 3)->employee_id, ==, people.dedi);
  g_assert_cmpfloat (row_at (rows, 3)->jp, ==, 25);
  g_assert_cmpfloat (row_at (rows, 3)->gap, ==, 0);

  /* 2024: Ani's 2024 session and the 300 minutes of December (6.67 JP). */
  g_clear_pointer (&rows, g_ptr_array_unref);
  query.year = 2024;
  rows = list (fixture, &query, 0, 100);
  for (guint i = 0; i < rows->len; i++)
    if (row_at (rows, i)->employee_id == people.ani)
      g_assert_cmpfloat_with_epsilon (row_at (rows, i)->jp, 8 + 300.0 / 45, 1e-9);
}

static void
test_jp_minutes (Fixture *fixture, gconstpointer data)
{
  KrComplianceQuery query = { .year = 2025, .only_short = TRUE };
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  People people;

  add_people (fixture, &people);
  /* At 30 minutes a JP, the 90 minutes of mentoring are 3 JP: Ani reaches 20. */
  g_assert_true (kr_training_repository_set_jp_minutes (fixture->repo, 30, &error));
  g_assert_no_error (error);
  rows = list (fixture, &query, 0, 100);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpint (row_at (rows, 0)->employee_id, ==, people.budi);
  g_assert_cmpint (row_at (rows, 1)->employee_id, ==, people.cici);
}

static void
test_filters_and_paging (Fixture *fixture, gconstpointer data)
{
  KrComplianceQuery query = { .year = 2025, .only_short = TRUE };
  g_autoptr (GPtrArray) rows = NULL;
  People people;

  add_people (fixture, &people);
  g_assert_cmpuint (count (fixture, &query), ==, 3);
  rows = list (fixture, &query, 1, 1);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (row_at (rows, 0)->employee_id, ==, people.ani);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list (fixture, &query, 3, 10);
  g_assert_cmpuint (rows->len, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* The unit alone, then with the units below it. */
  query.only_short = FALSE;
  query.unit_id = fixture->bkpsdm;
  g_assert_cmpuint (count (fixture, &query), ==, 2);
  query.subtree = TRUE;
  g_assert_cmpuint (count (fixture, &query), ==, 3);
  query.unit_id = fixture->root;
  g_assert_cmpuint (count (fixture, &query), ==, 4);

  /* Name word or NIP prefix; LIKE wildcards are literal. */
  query.search = "sant";
  rows = list (fixture, &query, 0, 10);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (row_at (rows, 0)->employee_id, ==, people.budi);
  g_clear_pointer (&rows, g_ptr_array_unref);
  query.search = "198001012010010004";
  rows = list (fixture, &query, 0, 10);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (row_at (rows, 0)->employee_id, ==, people.dedi);
  query.search = "%";
  g_assert_cmpuint (count (fixture, &query), ==, 0);
}

static void
test_scope (Fixture *fixture, gconstpointer data)
{
  KrComplianceQuery query = { .year = 2025 };
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  People people;
  guint n = 0;

  add_people (fixture, &people);
  sign_in (fixture, "kadinkes", KR_ROLE_UNIT_HEAD, fixture->dinkes);
  rows = list (fixture, &query, 0, 100);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (row_at (rows, 0)->employee_id, ==, people.dedi);
  query.unit_id = fixture->bkpsdm;
  query.subtree = TRUE;
  g_assert_cmpuint (count (fixture, &query), ==, 0);

  /* A viewer reads everything; the bad year names the field. */
  sign_in (fixture, "viewer", KR_ROLE_VIEWER, 0);
  g_assert_cmpuint (count (fixture, &query), ==, 3);
  query.year = 1990;
  g_assert_false (kr_training_repository_count_compliance (fixture->repo, &query, &n, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Year");
}

/* Budgets */

static KrTrainingBudget *
get_budget (Fixture *fixture, gint64 unit, guint year)
{
  g_autoptr (GError) error = NULL;
  KrTrainingBudget *budget = kr_training_repository_get_budget (fixture->repo, unit, year, &error);

  g_assert_no_error (error);
  g_assert_nonnull (budget);
  return budget;
}

static void
assert_budget (Fixture *fixture, gint64 allocated, gint64 pending, gint64 committed, gint64 spent)
{
  KrTrainingBudget *budget = get_budget (fixture, fixture->bkpsdm, 2025);

  g_assert_cmpint (budget->allocated, ==, allocated);
  g_assert_cmpint (budget->pending, ==, pending);
  g_assert_cmpint (budget->committed, ==, committed);
  g_assert_cmpint (budget->spent, ==, spent);
  g_assert_cmpint (budget->available, ==, allocated - committed - spent);
  g_assert_cmpstr (budget->unit_name, ==, "BKPSDM");
  kr_training_budget_free (budget);
}

static void
move_ok (Fixture *fixture, gint64 enrolment, KrEnrolmentState to, const char *reason)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (kr_training_repository_move (fixture->repo, enrolment, to, reason, 0, "SRT/1",
                                              "2025-10-10", &error));
  g_assert_no_error (error);
}

static void
test_budget_states (Fixture *fixture, gconstpointer data)
{
  gint64 course = add_course (fixture, "Pelatihan Kepegawaian", 24, 1000000);
  gint64 session =
      add_session (fixture, course, "Angkatan I", "2025-10-01", "2025-10-03", 30, 1500000, "open");
  gint64 other = add_session (fixture, course, "Angkatan 2026", "2026-02-01", "2026-02-03", 30,
                              700000, "open");
  gint64 ani = add_employee (fixture, "Ani", "pns", fixture->p_mutasi, 32);
  gint64 budi = add_employee (fixture, "Budi", "pns", fixture->p_bkpsdm, 32);
  gint64 ids[] = { ani, budi };
  g_autoptr (GPtrArray) budgets = NULL;
  g_autoptr (GError) error = NULL;
  KrTrainingBudget *budget;
  gint64 ani_enrolment, budi_enrolment;
  guint n = 0;

  /* No budget row: zeros, id 0, sums still computed. */
  budget = get_budget (fixture, fixture->bkpsdm, 2025);
  g_assert_cmpint (budget->id, ==, 0);
  g_assert_cmpint (budget->allocated, ==, 0);
  kr_training_budget_free (budget);

  g_assert_true (
      kr_training_repository_set_budget (fixture->repo, fixture->bkpsdm, 2025, 10000000, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changed->len, ==, 1);
  g_assert_cmpuint (g_array_index (fixture->changed, guint, 0), ==, KR_TRAINING_CHANGE_BUDGETS);
  assert_budget (fixture, 10000000, 0, 0, 0);

  /* Nominated: pending; Ani of the Bidang is charged to BKPSDM, the nearest with a budget. */
  g_assert_true (
      kr_training_repository_nominate (fixture->repo, session, ids, 2, NULL, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  ani_enrolment = query_int (fixture, "SELECT id FROM training_enrolment WHERE employee_id = %lld",
                             (long long) ani);
  budi_enrolment = query_int (fixture, "SELECT id FROM training_enrolment WHERE employee_id = %lld",
                              (long long) budi);
  assert_budget (fixture, 10000000, 3000000, 0, 0);

  /* Approved and attended: committed; completed: spent; withdrawn: released. */
  move_ok (fixture, ani_enrolment, KR_ENROLMENT_STATE_APPROVED, NULL);
  assert_budget (fixture, 10000000, 1500000, 1500000, 0);
  move_ok (fixture, ani_enrolment, KR_ENROLMENT_STATE_ATTENDED, NULL);
  assert_budget (fixture, 10000000, 1500000, 1500000, 0);
  move_ok (fixture, ani_enrolment, KR_ENROLMENT_STATE_COMPLETED, NULL);
  assert_budget (fixture, 10000000, 1500000, 0, 1500000);
  move_ok (fixture, budi_enrolment, KR_ENROLMENT_STATE_WITHDRAWN, "Sakit");
  assert_budget (fixture, 10000000, 0, 0, 1500000);

  /* Another year's session does not count in 2025. */
  g_assert_true (
      kr_training_repository_nominate (fixture->repo, other, &budi, 1, NULL, &n, NULL, &error));
  g_assert_no_error (error);
  assert_budget (fixture, 10000000, 0, 0, 1500000);

  /* Listing the year's budgets by unit name; removing one. */
  g_assert_true (
      kr_training_repository_set_budget (fixture->repo, fixture->dinkes, 2025, 5000, &error));
  budgets = kr_training_repository_list_budgets (fixture->repo, 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (budgets->len, ==, 2);
  g_assert_cmpstr (((KrTrainingBudget *) g_ptr_array_index (budgets, 0))->unit_name, ==, "BKPSDM");
  g_assert_cmpstr (((KrTrainingBudget *) g_ptr_array_index (budgets, 1))->unit_name, ==,
                   "Dinas Kesehatan");
  g_assert_true (
      kr_training_repository_set_budget (fixture->repo, fixture->dinkes, 2025, -1, &error));
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM training_budget"), ==, 1);

  /* Refusals */
  g_assert_false (kr_training_repository_set_budget (fixture->repo, 999, 2025, 1, &error));
  assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, "999");
  g_clear_error (&error);
  g_assert_false (
      kr_training_repository_set_budget (fixture->repo, fixture->bkpsdm, 1999, 1, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Year");
  g_clear_error (&error);
  /* Above KR_TRAINING_MAX_RUPIAH the sums of costs could overflow. */
  g_assert_false (kr_training_repository_set_budget (fixture->repo, fixture->bkpsdm, 2025,
                                                     KR_TRAINING_MAX_RUPIAH + 1, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Budget:");
  g_clear_error (&error);
  g_assert_true (kr_training_repository_set_budget (fixture->repo, fixture->dinkes, 2025,
                                                    KR_TRAINING_MAX_RUPIAH, &error));
  g_assert_no_error (error);
  g_assert_true (
      kr_training_repository_set_budget (fixture->repo, fixture->dinkes, 2025, -1, &error));
  sign_in (fixture, "viewer", KR_ROLE_VIEWER, 0);
  g_assert_false (
      kr_training_repository_set_budget (fixture->repo, fixture->bkpsdm, 2025, 1, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
  assert_budget (fixture, 10000000, 0, 0, 1500000);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/training/compliance/sums-and-duty", test_sums_and_duty);
  ADD ("/training/compliance/jp-minutes", test_jp_minutes);
  ADD ("/training/compliance/filters-and-paging", test_filters_and_paging);
  ADD ("/training/compliance/scope", test_scope);
  ADD ("/training/budget/states", test_budget_states);
#undef ADD

  return g_test_run ();
}
