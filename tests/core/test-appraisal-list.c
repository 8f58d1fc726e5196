/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-appraisal-list"

#include "config.h"

#include "test-appraisal-fixture.h"

/* Lists of evaluations (filters, order, paging, to-review, a unit head's scope) and the sheets
 * the documents print (kr-appraisal-repository.h). */

/* Lists */

static guint
count_rows (Fixture *fixture, const KrAppraisalQuery *query)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  guint count = 0;

  g_assert_true (kr_appraisal_repository_count (fixture->repo, query, &count, &error));
  g_assert_no_error (error);
  rows = kr_appraisal_repository_list (fixture->repo, query, 0, 1000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, count);
  return count;
}

static void
test_list (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  KrAppraisalQuery query = { .year = 2025, .period = -1 };
  KrAppraisalRow *row;
  gint64 siti = start (fixture, fixture->siti, 2025);

  start (fixture, fixture->budi, 2025);
  start (fixture, fixture->kabid, 2025);
  start (fixture, fixture->kaban, 2025);
  start (fixture, fixture->budi, 2024);

  g_assert_cmpuint (count_rows (fixture, &query), ==, 20);
  query.period = 0;
  g_assert_cmpuint (count_rows (fixture, &query), ==, 4);

  /* Ordered by unit, name, period with the year last; paged. */
  query.period = -1;
  rows = kr_appraisal_repository_list (fixture->repo, &query, 0, 100, &error);
  g_assert_no_error (error);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (row->unit_name, ==, "BKPSDM");
  g_assert_cmpstr (row->name, ==, "Kaban");
  g_assert_cmpuint (row->period, ==, 1);
  g_assert_cmpuint (((KrAppraisalRow *) g_ptr_array_index (rows, 4))->period, ==, 0);
  row = g_ptr_array_index (rows, 5);
  g_assert_cmpstr (row->unit_name, ==, "Bidang Mutasi");
  g_assert_cmpstr (row->name, ==, "Budi Santoso");
  g_assert_cmpstr (row->nip, ==, "198001012010010005");
  g_assert_cmpstr (row->position_name, ==, "Pengadministrasi Umum");
  g_assert_cmpstr (row->appraiser_name, ==, "Kabid");
  g_assert_cmpint (row->cycle, ==, KR_APPRAISAL_CYCLE_QUARTERLY);
  g_assert_cmpuint (row->year, ==, 2025);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = kr_appraisal_repository_list (fixture->repo, &query, 4, 2, &error);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (((KrAppraisalRow *) g_ptr_array_index (rows, 0))->name, ==, "Kaban");
  g_assert_cmpstr (((KrAppraisalRow *) g_ptr_array_index (rows, 1))->name, ==, "Budi Santoso");

  /* Unit subtree, search by name (any case) or NIP. */
  query.unit_id = fixture->mutasi;
  g_assert_cmpuint (count_rows (fixture, &query), ==, 15);
  query.search = "sIT";
  g_assert_cmpuint (count_rows (fixture, &query), ==, 5);
  query.search = "Aminah";
  g_assert_cmpuint (count_rows (fixture, &query), ==, 0);
  query.search = "1980010120100100";
  g_assert_cmpuint (count_rows (fixture, &query), ==, 15);
  query.search = "198001012010010004";
  g_assert_cmpuint (count_rows (fixture, &query), ==, 5);
  query.search = "%";
  g_assert_cmpuint (count_rows (fixture, &query), ==, 0);
  query.search = NULL;
  query.unit_id = 0;

  /* States and predikat. */
  rate (fixture, evaluation_of (fixture, siti, 1), KR_RATING_ABOVE, KR_RATING_ABOVE);
  apply_ok (fixture, evaluation_of (fixture, siti, 1), KR_APPRAISAL_ACTION_SUBMIT, NULL);
  query.states = 1u << KR_APPRAISAL_STATE_SUBMITTED;
  g_assert_cmpuint (count_rows (fixture, &query), ==, 1);
  query.states |= 1u << KR_APPRAISAL_STATE_DRAFT;
  g_assert_cmpuint (count_rows (fixture, &query), ==, 20);
  query.states = 0;
  query.predikat_mask = 1u << KR_PREDIKAT_SANGAT_BAIK;
  g_assert_cmpuint (count_rows (fixture, &query), ==, 1);
  query.predikat_mask = 1u << KR_PREDIKAT_BAIK;
  g_assert_cmpuint (count_rows (fixture, &query), ==, 0);
  query.predikat_mask = 0;

  /* To review: the appraiser's submitted ones. Without an account's employee, none. */
  query.to_review = TRUE;
  g_assert_cmpuint (count_rows (fixture, &query), ==, 0);
  sign_in (fixture, "kabid", KR_ROLE_UNIT_HEAD, fixture->kabid, fixture->mutasi);
  g_assert_cmpuint (count_rows (fixture, &query), ==, 1);
  sign_in (fixture, "kaban", KR_ROLE_UNIT_HEAD, fixture->kaban, fixture->bkpsdm);
  g_assert_cmpuint (count_rows (fixture, &query), ==, 0);
  query.to_review = FALSE;

  /* A unit head reads their subtree, and what they appraise. */
  sign_in (fixture, "kabid", KR_ROLE_UNIT_HEAD, fixture->kabid, fixture->mutasi);
  g_assert_cmpuint (count_rows (fixture, &query), ==, 15);
  sign_in (fixture, "kaban-elsewhere", KR_ROLE_UNIT_HEAD, fixture->kaban, fixture->sekretariat);
  /* Kabid (appraiser), Siti and Budi (senior appraiser); not Kaban's own. */
  g_assert_cmpuint (count_rows (fixture, &query), ==, 15);
  query.unit_id = fixture->bkpsdm;
  query.search = "kabid";
  g_assert_cmpuint (count_rows (fixture, &query), ==, 5);
  query.search = NULL;
  query.unit_id = 0;
  sign_in (fixture, "other-head", KR_ROLE_UNIT_HEAD, fixture->sekda, fixture->sekretariat);
  /* Sekda appraises Kaban and is Kabid's senior appraiser. */
  g_assert_cmpuint (count_rows (fixture, &query), ==, 10);
  sign_in (fixture, "viewer", KR_ROLE_VIEWER, 0, 0);
  g_assert_cmpuint (count_rows (fixture, &query), ==, 20);
}

/* Sheets */

static void
test_sheet (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrAppraisalSheet) sheet = NULL;
  g_autoptr (KrAppraisalSheet) annual = NULL;
  g_autoptr (KrAppraisalSheet) plan = NULL;
  gint64 id = start (fixture, fixture->siti, 2025);
  gint64 new_position = add_position (fixture, fixture->mutasi, "Analis Kebijakan", FALSE);
  static const double nrr[KR_SKM_N_ELEMENTS] = { 3.5, 3.2, 3.1, 3.0, 3.4, 3.3, 3.6, 3.2, 3.0 };

  /* Promotions and a move: one within the year, one after it. */
  exec_sql (fixture,
            "INSERT INTO rank_history (employee_id, golongan, promotion_kind, tmt) "
            "VALUES (%1$lld, 32, 'reguler', '2025-04-01'), (%1$lld, 33, 'reguler', '2026-04-01')",
            (long long) fixture->siti);
  exec_sql (fixture,
            "INSERT INTO position_history (employee_id, position_id, tmt) "
            "VALUES (%lld, %lld, '2026-01-02')",
            (long long) fixture->siti, (long long) new_position);
  exec_sql (fixture,
            "INSERT INTO rank_history (employee_id, golongan, promotion_kind, tmt) "
            "VALUES (%lld, 41, 'reguler', '2026-04-01')",
            (long long) fixture->kabid);
  exec_sql (fixture,
            "INSERT INTO skm_survey (unit_id, year, period, respondents, nrr1, nrr2, "
            "nrr3, nrr4, nrr5, nrr6, nrr7, nrr8, nrr9) VALUES (%lld, 2025, 0, 120, 3.5, 3.2, "
            "3.1, 3.0, 3.4, 3.3, 3.6, 3.2, 3.0)",
            (long long) fixture->bkpsdm);
  exec_sql (fixture,
            "INSERT INTO unit_performance (unit_id, year, period, result) VALUES (%lld, "
            "2025, 1, 'baik')",
            (long long) fixture->bkpsdm);
  rate (fixture, evaluation_of (fixture, id, 1), KR_RATING_AS_EXPECTED, KR_RATING_AS_EXPECTED);
  apply_ok (fixture, evaluation_of (fixture, id, 1), KR_APPRAISAL_ACTION_SUBMIT, NULL);
  apply_ok (fixture, evaluation_of (fixture, id, 1), KR_APPRAISAL_ACTION_REVIEW, NULL);

  sheet = kr_appraisal_repository_get_sheet (fixture->repo, id, 1, "Kota Contoh", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sheet->instansi, ==, "Pemerintah Kota Contoh");
  g_assert_cmpstr (sheet->period_label, ==, "TRIWULAN I");
  g_assert_cmpint (g_date_get_month (&sheet->end), ==, G_DATE_MARCH);
  g_assert_cmpint (g_date_get_day (&sheet->end), ==, 31);
  /* On 31 March 2025 she is still III/a. */
  g_assert_cmpstr (sheet->employee.name, ==, "Siti Aminah");
  g_assert_true (sheet->employee.has_rank);
  g_assert_cmpint (sheet->employee.rank, ==, KR_RANK_III_A);
  g_assert_cmpstr (sheet->employee.golongan_label, ==, "Penata Muda (III/a)");
  g_assert_cmpstr (sheet->employee.position_name, ==, "Analis SDM Aparatur");
  g_assert_cmpstr (sheet->employee.unit_name, ==, "Bidang Mutasi");
  g_assert_cmpstr (sheet->appraiser.name, ==, "Kabid");
  g_assert_cmpstr (sheet->appraiser.golongan_label, ==, "Penata Tingkat I (III/d)");
  g_assert_cmpstr (sheet->senior_appraiser.name, ==, "Kaban");
  g_assert_cmpstr (sheet->place, ==, "Kota Contoh");
  g_assert_nonnull (sheet->evaluation);
  g_assert_cmpuint (sheet->plan->results->len, ==, 0);
  g_assert_true (g_date_compare (&sheet->signed_on, &sheet->end) == 0);
  g_assert_true (sheet->has_organisation_result);
  g_assert_cmpint (sheet->organisation_result, ==, KR_ORGANISATION_RESULT_BAIK);
  g_assert_cmpuint (sheet->distribution[KR_PREDIKAT_BAIK], ==, 1);
  g_assert_cmpuint (sheet->distribution[KR_PREDIKAT_SANGAT_BAIK], ==, 0);
  g_assert_true (sheet->has_ikm);
  g_assert_cmpfloat_with_epsilon (sheet->ikm, kr_ikm_compute (nrr), 0.001);

  /* On 31 December 2025: III/b, and the same position (the move is in 2026). */
  annual = kr_appraisal_repository_get_sheet (fixture->repo, id, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (annual->period_label, ==, "AKHIR");
  g_assert_cmpstr (annual->employee.golongan_label, ==, "Penata Muda Tingkat I (III/b)");
  g_assert_cmpstr (annual->employee.position_name, ==, "Analis SDM Aparatur");
  g_assert_cmpstr (annual->appraiser.golongan_label, ==, "Penata Tingkat I (III/d)");
  g_assert_false (annual->has_organisation_result);
  g_assert_null (annual->place);

  /* The plan alone, signed at the instansi's place once it has one; a place given wins. */
  {
    g_autofree char *place = NULL;

    g_assert_true (kr_appraisal_repository_set_place (fixture->repo, fixture->mutasi,
                                                      "  Kota Contoh  ", &error));
    g_assert_no_error (error);
    g_assert_true (
        kr_appraisal_repository_get_place (fixture->repo, fixture->bkpsdm, &place, &error));
    g_assert_cmpstr (place, ==, "Kota Contoh");
  }
  plan = kr_appraisal_repository_get_sheet (fixture->repo, id, -1, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (plan->evaluation);
  g_assert_nonnull (plan->plan);
  g_assert_cmpstr (plan->place, ==, "Kota Contoh");
  g_clear_pointer (&plan, kr_appraisal_sheet_free);
  plan = kr_appraisal_repository_get_sheet (fixture->repo, id, -1, "Sukamaju", &error);
  g_assert_cmpstr (plan->place, ==, "Sukamaju");
  g_assert_true (kr_appraisal_repository_set_place (fixture->repo, fixture->mutasi, " ", &error));
  g_clear_pointer (&plan, kr_appraisal_sheet_free);
  plan = kr_appraisal_repository_get_sheet (fixture->repo, id, -1, NULL, &error);
  g_assert_null (plan->place);
  g_assert_false (kr_appraisal_repository_set_place (fixture->repo, 999999, "X", &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_null (kr_appraisal_repository_get_sheet (fixture->repo, id, 7, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, NULL);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/appraisal-list/list", test_list);
  ADD ("/appraisal-list/sheet", test_sheet);
#undef ADD

  return g_test_run ();
}
