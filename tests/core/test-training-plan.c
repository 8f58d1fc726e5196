/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-training-plan"

#include "config.h"

#include "kr-appraisal-rules.h"
#include "test-training-units-fixture.h"

/* The plan proposal and training needs (kr-training-repository-plan.c). */

typedef struct
{
  gint64 ani, budi, cici, eko, pppk;
  gint64 cheap, middle, dear, senior_only, full;
} Plan;

/* In 2025, in BKPSDM and its Bidang: Ani and Eko (PNS) have nothing, 20 short; Budi has 12 JP,
 * 8 short; Cici has 16 and 4 planned; a PPPK has no minimum. Sessions, by cost per JP: one for
 * golongan IV/a and up only (free), Murah (8 JP, 400.000, one seat), Sedang (10 JP,
 * 1.000.000), Mahal (20 JP, 3.000.000); one full, one done, one of 2026 are not offered. */
static void
add_plan_data (Fixture *fixture, Plan *plan)
{
  gint64 c_cheap = add_course (fixture, "Murah", 8, 0);
  gint64 c_middle = add_course (fixture, "Sedang", 10, 0);
  gint64 c_dear = add_course (fixture, "Mahal", 20, 0);
  gint64 c_senior = add_course (fixture, "Khusus Pimpinan", 40, 0);
  gint64 c_small = add_course (fixture, "Kecil", 4, 0);

  exec_sql (fixture, "UPDATE training_course SET min_golongan = 41 WHERE id = %lld",
            (long long) c_senior);
  plan->ani = add_employee (fixture, "Ani", "pns", fixture->p_bkpsdm, 32);
  plan->budi = add_employee (fixture, "Budi", "pns", fixture->p_mutasi, 32);
  plan->cici = add_employee (fixture, "Cici", "pns", fixture->p_bkpsdm, 32);
  plan->eko = add_employee (fixture, "Eko", "pns", fixture->p_mutasi, 32);
  plan->pppk = add_employee (fixture, "Putu", "pppk", fixture->p_bkpsdm, 109);
  add_employee (fixture, "Elsewhere", "pns", fixture->p_dinkes, 32);
  add_record (fixture, plan->budi, "Seminar", "2025-02-01", 12);
  add_record (fixture, plan->cici, "Seminar", "2025-02-01", 16);

  plan->senior_only = add_session (fixture, c_senior, "Angkatan Pimpinan", "2025-08-01",
                                   "2025-08-20", 30, 0, "open");
  plan->cheap = add_session (fixture, c_cheap, "Angkatan Murah", "2025-09-01", "2025-09-02", 1,
                             400000, "planned");
  plan->middle = add_session (fixture, c_middle, "Angkatan Sedang", "2025-10-01", "2025-10-03", 10,
                              1000000, "open");
  plan->dear = add_session (fixture, c_dear, "Angkatan Mahal", "2025-11-01", "2025-11-05", 10,
                            3000000, "open");
  plan->full =
      add_session (fixture, c_small, "Angkatan Penuh", "2025-07-01", "2025-07-01", 1, 0, "open");
  add_enrolment (fixture, plan->full, plan->cici, "nominated", 0, 0);
  add_session (fixture, c_cheap, "Angkatan Lama", "2025-01-01", "2025-01-02", 30, 0, "done");
  add_session (fixture, c_cheap, "Angkatan 2026", "2026-01-05", "2026-01-06", 30, 0, "open");
}

static KrTrainingPlan *
propose (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  KrTrainingPlan *result = kr_training_repository_propose_plan (fixture->repo, fixture->bkpsdm,
                                                                TRUE, 2025, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

static const KrPlanItem *
item_at (const KrTrainingPlan *plan, guint i)
{
  return g_ptr_array_index (plan->items, i);
}

static void
test_propose (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrTrainingPlan) result = NULL;
  g_autoptr (GError) error = NULL;
  Plan plan;

  add_plan_data (fixture, &plan);
  g_assert_true (
      kr_training_repository_set_budget (fixture->repo, fixture->bkpsdm, 2025, 6000000, &error));
  result = propose (fixture);
  /* Ani first (20 short, before Eko by name): Murah, Sedang and Mahal are picked cheapest per
   * JP first, then Murah and Sedang dropped as Mahal alone closes the gap (3.000.000). Eko the
   * same, with the 3.000.000 left. Budi (8 short): Murah (400.000) is over the budget left:
   * uncovered. */
  g_assert_cmpuint (result->n_short, ==, 3);
  g_assert_cmpuint (result->n_covered, ==, 2);
  g_assert_cmpuint (result->n_uncovered, ==, 1);
  g_assert_cmpint (result->total_cost, ==, 6000000);
  g_assert_cmpint (result->budget_left, ==, 0);
  g_assert_cmpuint (result->items->len, ==, 2);
  g_assert_cmpint (item_at (result, 0)->employee_id, ==, plan.ani);
  g_assert_cmpint (item_at (result, 0)->session_id, ==, plan.dear);
  g_assert_cmpfloat (item_at (result, 0)->gap_before, ==, 20);
  g_assert_cmpstr (item_at (result, 0)->course_title, ==, "Mahal");
  g_assert_cmpuint (item_at (result, 0)->jp, ==, 20);
  g_assert_cmpint (item_at (result, 1)->employee_id, ==, plan.eko);
  g_assert_cmpint (item_at (result, 1)->session_id, ==, plan.dear);
  /* The free session for golongan IV/a and up would be cheapest, but nobody may join it. */
  for (guint i = 0; i < result->items->len; i++)
    g_assert_cmpint (item_at (result, i)->session_id, !=, plan.senior_only);
  /* Nothing was written. */
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM training_enrolment"), ==, 1);

  /* Without a budget row there is no limit: Budi gets Murah, which closes his gap alone. */
  g_clear_pointer (&result, kr_training_plan_free);
  g_assert_true (
      kr_training_repository_set_budget (fixture->repo, fixture->bkpsdm, 2025, -1, &error));
  result = propose (fixture);
  g_assert_cmpuint (result->n_covered, ==, 3);
  g_assert_cmpuint (result->n_uncovered, ==, 0);
  g_assert_cmpint (result->budget_left, ==, G_MAXINT64);
  g_assert_cmpuint (result->items->len, ==, 3);
  g_assert_cmpint (item_at (result, 2)->employee_id, ==, plan.budi);
  g_assert_cmpint (item_at (result, 2)->session_id, ==, plan.cheap);
  g_assert_cmpfloat (item_at (result, 2)->gap_before, ==, 8);
}

/* At the same price per JP the shortest comes first, so that a small gap takes small steps:
 * 10 JP short with free sessions of 20, 4 and 8 JP gives 4 + 8, not the 20 JP one; leadership
 * programmes are never proposed. */
static void
test_propose_fit (Fixture *fixture, gconstpointer data)
{
  gint64 ani = add_employee (fixture, "Ani", "pns", fixture->p_bkpsdm, 32);
  gint64 long_one = add_session (fixture, add_course (fixture, "Panjang", 20, 0),
                                 "Angkatan Panjang", "2025-03-01", "2025-03-05", 10, 0, "open");
  gint64 four = add_session (fixture, add_course (fixture, "Empat", 4, 0), "Angkatan Empat",
                             "2025-04-01", "2025-04-01", 10, 0, "open");
  gint64 eight = add_session (fixture, add_course (fixture, "Delapan", 8, 0), "Angkatan Delapan",
                              "2025-05-01", "2025-05-01", 10, 0, "open");
  gint64 latsar = add_course (fixture, "Latsar Singkat", 2, 0);
  g_autoptr (KrTrainingPlan) result = NULL;

  /* A leadership programme the employee may join, free and shortest: still not proposed */
  exec_sql (fixture,
            "UPDATE training_course SET type = 'leadership', programme = 'latsar' WHERE id = %lld",
            (long long) latsar);
  exec_sql (fixture, "UPDATE employee SET kind = 'cpns' WHERE id = %lld", (long long) ani);
  add_session (fixture, latsar, "Angkatan Latsar", "2025-03-10", "2025-03-11", 10, 0, "open");
  add_record (fixture, ani, "Seminar", "2025-02-01", 10);
  result = propose (fixture);
  g_assert_cmpuint (result->n_covered, ==, 1);
  g_assert_cmpuint (result->items->len, ==, 2);
  g_assert_cmpint (item_at (result, 0)->session_id, ==, four);
  g_assert_cmpint (item_at (result, 1)->session_id, ==, eight);
  g_assert_cmpint (item_at (result, 0)->session_id, !=, long_one);

  /* With a record of 14 JP (6 short) the 4 JP step alone is not enough and the 8 JP one is:
   * 4 is picked, then 8, then 4 dropped. */
  g_clear_pointer (&result, kr_training_plan_free);
  add_record (fixture, ani, "Lokakarya", "2025-02-10", 4);
  result = propose (fixture);
  g_assert_cmpuint (result->items->len, ==, 1);
  g_assert_cmpint (item_at (result, 0)->session_id, ==, eight);
}

static void
test_apply (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrTrainingPlan) result = NULL;
  g_autoptr (KrTrainingPlan) stale = NULL;
  g_autoptr (GError) error = NULL;
  gint64 other;
  guint n = 0;
  Plan plan;

  add_plan_data (fixture, &plan);
  g_assert_true (
      kr_training_repository_set_budget (fixture->repo, fixture->bkpsdm, 2025, 6000000, &error));
  result = propose (fixture);
  stale = propose (fixture);
  g_assert_true (kr_training_repository_apply_plan (fixture->repo, result, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (query_int (fixture,
                              "SELECT count (*) FROM training_enrolment WHERE state = 'nominated' "
                              "AND budget_unit_id = %lld",
                              (long long) fixture->bkpsdm),
                   ==, 2);

  /* The same plan again once Mahal has only the two seats just taken: the whole plan is
   * refused naming it. */
  exec_sql (fixture, "UPDATE training_session SET capacity = 2 WHERE id = %lld",
            (long long) plan.dear);
  other = query_int (fixture, "SELECT count (*) FROM training_enrolment");
  g_assert_false (kr_training_repository_apply_plan (fixture->repo, stale, &n, &error));
  assert_error (error, KR_ERROR, KR_ERROR_CONFLICT, "Angkatan Mahal");
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM training_enrolment"), ==, other);
  g_clear_error (&error);

  /* A viewer may not apply a plan. */
  sign_in (fixture, "viewer", KR_ROLE_VIEWER, 0);
  g_assert_false (kr_training_repository_apply_plan (fixture->repo, result, &n, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
}

/* Needs */

static void
add_evaluation (Fixture *fixture,
                gint64 employee,
                const char *state,
                const char *results,
                const char *behaviour,
                const char *predikat)
{
  exec_sql (fixture,
            "INSERT INTO appraisal (employee_id, year, cycle, period_start, period_end) "
            "VALUES (%lld, 2025, 'quarterly', '2025-01-01', '2025-12-31')",
            (long long) employee);
  exec_sql (fixture,
            "INSERT INTO appraisal_evaluation (appraisal_id, period, state, results_rating, "
            "behaviour_rating, predikat) VALUES (%lld, 0, '%s', '%s', '%s', '%s')",
            (long long) last_id (fixture), state, results, behaviour, predikat);
}

static const KrTrainingNeed *
need_at (GPtrArray *needs, guint i)
{
  return g_ptr_array_index (needs, i);
}

static void
test_needs (Fixture *fixture, gconstpointer data)
{
  gint64 ani = add_employee (fixture, "Ani", "pns", fixture->p_bkpsdm, 32);
  gint64 budi = add_employee (fixture, "Budi", "pns", fixture->p_mutasi, 32);
  gint64 cici = add_employee (fixture, "Cici", "pns", fixture->p_bkpsdm, 32);
  gint64 dedi = add_employee (fixture, "Dedi", "pns", fixture->p_dinkes, 32);
  gint64 eko = add_employee (fixture, "Eko", "pns", fixture->p_bkpsdm, 32);
  gint64 r1 = add_course (fixture, "Hasil Kerja Lanjut", 10, 100);
  gint64 r2 = add_course (fixture, "Hasil Kerja Dasar", 10, 50);
  gint64 r3 = add_course (fixture, "Hasil Kerja Lama", 10, 1);
  gint64 b1 = add_course (fixture, "BerAKHLAK", 5, 0);
  g_autoptr (GPtrArray) needs = NULL;
  g_autoptr (GError) error = NULL;

  exec_sql (fixture,
            "UPDATE training_course SET addresses_results = 1 WHERE id IN (%lld, %lld, "
            "%lld)",
            (long long) r1, (long long) r2, (long long) r3);
  exec_sql (fixture, "UPDATE training_course SET retired = 1 WHERE id = %lld", (long long) r3);
  exec_sql (fixture,
            "INSERT INTO training_course_behaviour (course_id, behaviour) VALUES (%lld, 3)",
            (long long) b1);
  add_evaluation (fixture, ani, "final", "below", "as_expected", "butuh_perbaikan");
  add_evaluation (fixture, budi, "objected", "as_expected", "below", "kurang");
  add_evaluation (fixture, cici, "reviewed", "below", "below", "sangat_kurang");
  add_evaluation (fixture, dedi, "final", "below", "below", "sangat_kurang");
  add_evaluation (fixture, eko, "final", "as_expected", "as_expected", "baik");

  needs = kr_training_repository_list_needs (fixture->repo, 0, FALSE, 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (needs->len, ==, 3);
  /* Worst predikat first. */
  g_assert_cmpint (need_at (needs, 0)->employee_id, ==, dedi);
  g_assert_cmpstr (need_at (needs, 0)->predikat_label, ==,
                   kr_predikat_get_label (KR_PREDIKAT_SANGAT_KURANG));
  g_assert_true (need_at (needs, 0)->results_below && need_at (needs, 0)->behaviour_below);
  g_assert_cmpuint (need_at (needs, 0)->course_ids->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (need_at (needs, 0)->course_titles, 0), ==, "BerAKHLAK");
  g_assert_cmpstr (g_ptr_array_index (need_at (needs, 0)->course_titles, 1), ==,
                   "Hasil Kerja Dasar");
  g_assert_cmpint (need_at (needs, 1)->employee_id, ==, budi);
  g_assert_false (need_at (needs, 1)->results_below);
  g_assert_cmpuint (need_at (needs, 1)->course_ids->len, ==, 1);
  g_assert_cmpint (g_array_index (need_at (needs, 1)->course_ids, gint64, 0), ==, b1);
  g_assert_cmpint (need_at (needs, 2)->employee_id, ==, ani);
  g_assert_cmpuint (need_at (needs, 2)->course_ids->len, ==, 2);
  g_assert_cmpint (g_array_index (need_at (needs, 2)->course_ids, gint64, 0), ==, r2);
  g_assert_cmpint (g_array_index (need_at (needs, 2)->course_ids, gint64, 1), ==, r1);
  g_assert_cmpuint (need_at (needs, 2)->year, ==, 2025);
  g_clear_pointer (&needs, g_ptr_array_unref);

  /* The unit's subtree only; another year has none. */
  needs = kr_training_repository_list_needs (fixture->repo, fixture->bkpsdm, TRUE, 2025, &error);
  g_assert_cmpuint (needs->len, ==, 2);
  g_clear_pointer (&needs, g_ptr_array_unref);
  needs = kr_training_repository_list_needs (fixture->repo, fixture->bkpsdm, FALSE, 2025, &error);
  g_assert_cmpuint (needs->len, ==, 1);
  g_clear_pointer (&needs, g_ptr_array_unref);
  needs = kr_training_repository_list_needs (fixture->repo, 0, FALSE, 2024, &error);
  g_assert_cmpuint (needs->len, ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/training/plan/propose", test_propose);
  ADD ("/training/plan/propose-fit", test_propose_fit);
  ADD ("/training/plan/apply", test_apply);
  ADD ("/training/plan/needs", test_needs);
#undef ADD

  return g_test_run ();
}
