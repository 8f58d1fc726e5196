/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-appraisal-unit"

#include "config.h"

#include "appraisal-test-data.h"
#include "kr-csv.h"
#include "kr-test-utils.h"

/* Organisation results, the pola distribusi and follow-up (kr-appraisal-repository-unit.c). */

static void
test_organisation_result (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KrOrganisationResult result = KR_ORGANISATION_RESULT_SANGAT_KURANG;
  gboolean has = TRUE;

  g_assert_true (kr_appraisal_repository_get_organisation_result (
      fixture->appraisals, fixture->bkpsdm, 2024, 0, &has, &result, &error));
  g_assert_no_error (error);
  g_assert_false (has);

  g_assert_true (kr_appraisal_repository_set_organisation_result (
      fixture->appraisals, fixture->bkpsdm, 2024, 0, KR_ORGANISATION_RESULT_ISTIMEWA, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_true (kr_appraisal_repository_get_organisation_result (
      fixture->appraisals, fixture->bkpsdm, 2024, 0, &has, &result, &error));
  g_assert_true (has);
  g_assert_cmpint (result, ==, KR_ORGANISATION_RESULT_ISTIMEWA);

  /* Replaced, not added; other periods and units are apart. */
  g_assert_true (kr_appraisal_repository_set_organisation_result (
      fixture->appraisals, fixture->bkpsdm, 2024, 0, KR_ORGANISATION_RESULT_KURANG, &error));
  g_assert_true (kr_appraisal_repository_set_organisation_result (
      fixture->appraisals, fixture->bkpsdm, 2024, 4, KR_ORGANISATION_RESULT_BAIK, &error));
  g_assert_no_error (error);
  g_assert_true (kr_appraisal_repository_get_organisation_result (
      fixture->appraisals, fixture->bkpsdm, 2024, 0, &has, &result, &error));
  g_assert_cmpint (result, ==, KR_ORGANISATION_RESULT_KURANG);
  g_assert_true (kr_appraisal_repository_get_organisation_result (
      fixture->appraisals, fixture->bkpsdm, 2024, 4, &has, &result, &error));
  g_assert_cmpint (result, ==, KR_ORGANISATION_RESULT_BAIK);
  g_assert_true (kr_appraisal_repository_get_organisation_result (
      fixture->appraisals, fixture->dinkes, 2024, 0, &has, &result, &error));
  g_assert_false (has);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM unit_performance"), ==, 2);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM audit_log WHERE entity = "
                                       "'unit_performance'"),
                   ==, 3);

  /* A quarterly instansi has periods 1 to 4; years start in 2021; the unit must exist. */
  g_assert_false (kr_appraisal_repository_set_organisation_result (
      fixture->appraisals, fixture->bkpsdm, 2024, 5, KR_ORGANISATION_RESULT_BAIK, &error));
  assert_error (error, KR_ERROR_INVALID, "period 5", NULL);
  g_clear_error (&error);
  g_assert_false (kr_appraisal_repository_set_organisation_result (
      fixture->appraisals, fixture->bkpsdm, 2020, 0, KR_ORGANISATION_RESULT_BAIK, &error));
  assert_error (error, KR_ERROR_INVALID, "2020", NULL);
  g_clear_error (&error);
  g_assert_false (kr_appraisal_repository_set_organisation_result (
      fixture->appraisals, 999, 2024, 0, KR_ORGANISATION_RESULT_BAIK, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, NULL);
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM unit_performance"), ==, 2);
}

static void
test_organisation_result_permissions (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KrOrganisationResult result;
  gboolean has;

  sign_in (fixture, KR_ROLE_VIEWER, 0, 0);
  g_assert_false (kr_appraisal_repository_set_organisation_result (
      fixture->appraisals, fixture->bkpsdm, 2024, 0, KR_ORGANISATION_RESULT_BAIK, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_true (kr_appraisal_repository_get_organisation_result (
      fixture->appraisals, fixture->bkpsdm, 2024, 0, &has, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM unit_performance"), ==, 0);
}

/* Ten employees of BKPSDM (three in its bidang) and two of DINKES, with the final evaluations
 * of 2024's annual evaluation: Kurang 1, Butuh Perbaikan 1, Baik 6, Sangat Baik 2 in BKPSDM. */
static void
add_staff (Fixture *fixture, gint64 ids[12])
{
  static const int bkpsdm[10] = {
    KR_PREDIKAT_KURANG,      KR_PREDIKAT_BUTUH_PERBAIKAN,
    KR_PREDIKAT_BAIK,        KR_PREDIKAT_BAIK,
    KR_PREDIKAT_BAIK,        KR_PREDIKAT_BAIK,
    KR_PREDIKAT_BAIK,        KR_PREDIKAT_BAIK,
    KR_PREDIKAT_SANGAT_BAIK, KR_PREDIKAT_SANGAT_BAIK,
  };
  static const char *const names[12] = {
    "Kurniawan", "Budi Santoso", "Citra",    "Dewi",        "Eko",     "Fajar",
    "Gita",      "Hadi",         "Zulkifli", "Anisa Rahma", "Lestari", "Made",
  };
  static const char *const states[] = { "final", "reviewed", "objected" };

  for (guint i = 0; i < 12; i++)
    ids[i] = add_employee (fixture, names[i],
                           i >= 10  ? fixture->dinkes_position
                           : i == 0 ? fixture->head_position
                           : i < 4  ? fixture->analyst_position
                                    : fixture->clerk_position);
  for (guint i = 0; i < 10; i++)
    add_evaluation (fixture, ids[i], 2024, 0, i < 8 ? "final" : states[i % 3], bkpsdm[i]);
  add_evaluation (fixture, ids[10], 2024, 0, "final", KR_PREDIKAT_SANGAT_BAIK);
  add_evaluation (fixture, ids[11], 2024, 0, "final", KR_PREDIKAT_SANGAT_KURANG);
}

static void
get_counts (Fixture *fixture, gint64 unit, guint year, guint period, guint counts[KR_N_PREDIKAT])
{
  g_autoptr (GError) error = NULL;

  g_assert_true (kr_appraisal_repository_count_predikat (fixture->appraisals, unit, year, period,
                                                         counts, &error));
  g_assert_no_error (error);
}

static void
test_count_predikat (Fixture *fixture, gconstpointer data)
{
  gint64 ids[12];
  guint counts[KR_N_PREDIKAT];

  add_staff (fixture, ids);
  /* Not counted: drafts and submitted evaluations, other periods and years. */
  add_evaluation (fixture, ids[2], 2024, 1, "final", KR_PREDIKAT_SANGAT_KURANG);
  add_evaluation (fixture, ids[3], 2024, 2, "submitted", -1);
  add_evaluation (fixture, ids[4], 2023, 0, "final", KR_PREDIKAT_KURANG);
  add_evaluation (fixture, ids[5], 2024, 3, "draft", -1);

  get_counts (fixture, fixture->bkpsdm, 2024, 0, counts);
  g_assert_cmpuint (counts[KR_PREDIKAT_SANGAT_KURANG], ==, 0);
  g_assert_cmpuint (counts[KR_PREDIKAT_KURANG], ==, 1);
  g_assert_cmpuint (counts[KR_PREDIKAT_BUTUH_PERBAIKAN], ==, 1);
  g_assert_cmpuint (counts[KR_PREDIKAT_BAIK], ==, 6);
  g_assert_cmpuint (counts[KR_PREDIKAT_SANGAT_BAIK], ==, 2);

  /* The bidang alone: employees 1 to 3. */
  get_counts (fixture, fixture->mutasi, 2024, 0, counts);
  g_assert_cmpuint (counts[KR_PREDIKAT_BUTUH_PERBAIKAN], ==, 1);
  g_assert_cmpuint (counts[KR_PREDIKAT_BAIK], ==, 2);
  g_assert_cmpuint (counts[KR_PREDIKAT_KURANG] + counts[KR_PREDIKAT_SANGAT_BAIK], ==, 0);

  /* Everyone, and the instansi: the same. */
  get_counts (fixture, 0, 2024, 0, counts);
  g_assert_cmpuint (counts[KR_PREDIKAT_SANGAT_KURANG], ==, 1);
  g_assert_cmpuint (counts[KR_PREDIKAT_SANGAT_BAIK], ==, 3);
  get_counts (fixture, fixture->prov, 2024, 0, counts);
  g_assert_cmpuint (counts[KR_PREDIKAT_SANGAT_KURANG], ==, 1);
  g_assert_cmpuint (counts[KR_PREDIKAT_BAIK], ==, 6);

  get_counts (fixture, fixture->bkpsdm, 2024, 1, counts);
  g_assert_cmpuint (counts[KR_PREDIKAT_SANGAT_KURANG], ==, 1);
  get_counts (fixture, fixture->bkpsdm, 2024, 2, counts);
  for (guint i = 0; i < KR_N_PREDIKAT; i++)
    g_assert_cmpuint (counts[i], ==, 0);
}

/* The problems the repository reports are those of the rules for the unit's counts. */
static void
assert_problems (Fixture *fixture, KrOrganisationResult result, guint expected, const char *rule)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GPtrArray) direct = NULL;
  guint counts[KR_N_PREDIKAT];
  gboolean found = rule == NULL;

  g_assert_true (kr_appraisal_repository_set_organisation_result (
      fixture->appraisals, fixture->bkpsdm, 2024, 0, result, &error));
  g_assert_no_error (error);
  problems = kr_appraisal_repository_check_distribution (fixture->appraisals, fixture->bkpsdm, 2024,
                                                         0, &error);
  g_assert_no_error (error);
  get_counts (fixture, fixture->bkpsdm, 2024, 0, counts);
  direct = kr_appraisal_check_distribution (result, counts);
  g_assert_cmpuint (problems->len, ==, expected);
  g_assert_cmpuint (problems->len, ==, direct->len);
  for (guint i = 0; i < problems->len; i++)
    {
      const KrDistributionProblem *a = g_ptr_array_index (problems, i);
      const KrDistributionProblem *b = g_ptr_array_index (direct, i);

      g_assert_cmpstr (a->rule, ==, b->rule);
      g_assert_cmpstr (a->detail, ==, b->detail);
      if (rule != NULL && strstr (a->rule, rule) != NULL)
        found = TRUE;
    }
  g_assert_true (found);
}

static void
test_distribution (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  gint64 ids[12];

  add_staff (fixture, ids);
  /* Without an organisation result there is nothing to check. */
  problems = kr_appraisal_repository_check_distribution (fixture->appraisals, fixture->bkpsdm, 2024,
                                                         0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);

  /* Kurang 1, Butuh Perbaikan 1, Baik 6, Sangat Baik 2 (DOMAIN 5.3). */
  assert_problems (fixture, KR_ORGANISATION_RESULT_ISTIMEWA, 0, NULL);
  assert_problems (fixture, KR_ORGANISATION_RESULT_BAIK, 0, NULL);
  /* Under 60% Butuh Perbaikan, over 10% Sangat Baik. */
  assert_problems (fixture, KR_ORGANISATION_RESULT_BUTUH_PERBAIKAN, 2, "Butuh Perbaikan");
  /* Under 60% Kurang, over 10% Sangat Baik; 10% Butuh Perbaikan is enough. */
  assert_problems (fixture, KR_ORGANISATION_RESULT_KURANG, 2, "Kurang");
  /* Under 60% Sangat Kurang, and some Sangat Baik. */
  assert_problems (fixture, KR_ORGANISATION_RESULT_SANGAT_KURANG, 2, "Sangat Kurang");

  /* A Baik unit must have some Butuh Perbaikan or Kurang/Misconduct: the two become Baik, and
   * 80% Baik is also more than 70%. */
  exec_ok (fixture,
           "UPDATE appraisal_evaluation SET state = 'reviewed', results_rating = 'as_expected', "
           "behaviour_rating = 'as_expected', predikat = 'baik' "
           "WHERE predikat IN ('kurang', 'butuh_perbaikan')");
  assert_problems (fixture, KR_ORGANISATION_RESULT_BAIK, 2, "Butuh Perbaikan");
  /* The Istimewa unit: more than 70% Sangat Baik breaks it. */
  exec_ok (fixture, "UPDATE appraisal_evaluation SET state = 'reviewed', results_rating = 'above', "
                    "behaviour_rating = 'above', predikat = 'sangat_baik'");
  assert_problems (fixture, KR_ORGANISATION_RESULT_ISTIMEWA, 1, "Sangat Baik");
}

static char *
row_summary (GPtrArray *rows)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      const KrAppraisalRow *row = g_ptr_array_index (rows, i);

      g_assert_true (row->has_predikat);
      g_assert_cmpint (row->state, ==, KR_APPRAISAL_STATE_FINAL);
      g_string_append_printf (out, "%s%s:%s", i > 0 ? " " : "", row->name,
                              kr_predikat_get_code (row->predikat));
    }
  return g_string_free (out, FALSE);
}

static GPtrArray *
follow_up (Fixture *fixture, gint64 unit, KrFollowUp list)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *rows =
      kr_appraisal_repository_list_follow_up (fixture->appraisals, unit, 2024, 0, list, &error);

  g_assert_no_error (error);
  return rows;
}

static void
test_follow_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) recognition = NULL;
  g_autoptr (GPtrArray) development = NULL;
  g_autoptr (GPtrArray) everyone = NULL;
  g_autoptr (GPtrArray) bidang = NULL;
  g_autofree char *text = NULL;
  gint64 ids[12];

  add_staff (fixture, ids);
  /* Final only: a reviewed Sangat Baik and a submitted one are not on the lists. */
  add_evaluation (fixture, ids[5], 2024, 1, "final", KR_PREDIKAT_SANGAT_BAIK);

  /* Sangat Baik, by unit then name; the objected Zulkifli is left out. */
  recognition = follow_up (fixture, fixture->bkpsdm, KR_FOLLOW_UP_RECOGNITION);
  text = row_summary (recognition);
  g_assert_cmpstr (text, ==, "Anisa Rahma:sangat_baik");
  g_clear_pointer (&text, g_free);

  exec_ok (fixture, "UPDATE appraisal_evaluation SET state = 'final' WHERE state <> 'final'");
  recognition = (g_ptr_array_unref (recognition),
                 follow_up (fixture, fixture->bkpsdm, KR_FOLLOW_UP_RECOGNITION));
  text = row_summary (recognition);
  g_assert_cmpstr (text, ==, "Anisa Rahma:sangat_baik Zulkifli:sangat_baik");
  g_clear_pointer (&text, g_free);

  /* Development: worst first. */
  development = follow_up (fixture, fixture->bkpsdm, KR_FOLLOW_UP_DEVELOPMENT);
  text = row_summary (development);
  g_assert_cmpstr (text, ==, "Kurniawan:kurang Budi Santoso:butuh_perbaikan");
  g_clear_pointer (&text, g_free);

  everyone = follow_up (fixture, 0, KR_FOLLOW_UP_DEVELOPMENT);
  text = row_summary (everyone);
  g_assert_cmpstr (text, ==, "Made:sangat_kurang Kurniawan:kurang Budi Santoso:butuh_perbaikan");
  g_clear_pointer (&text, g_free);

  bidang = follow_up (fixture, fixture->mutasi, KR_FOLLOW_UP_DEVELOPMENT);
  text = row_summary (bidang);
  g_assert_cmpstr (text, ==, "Budi Santoso:butuh_perbaikan");
}

/* A unit head sees the follow-up of the subtree they lead, and of those they appraise. */
static void
test_follow_up_scope (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GPtrArray) appraised = NULL;
  g_autofree char *text = NULL;
  g_autofree char *sql = NULL;
  gint64 ids[12];

  add_staff (fixture, ids);
  sign_in (fixture, KR_ROLE_UNIT_HEAD, fixture->mutasi, ids[1]);
  rows = follow_up (fixture, 0, KR_FOLLOW_UP_DEVELOPMENT);
  text = row_summary (rows);
  g_assert_cmpstr (text, ==, "Budi Santoso:butuh_perbaikan");
  g_clear_pointer (&text, g_free);

  sql = g_strdup_printf ("UPDATE appraisal SET appraiser_id = %lld WHERE employee_id = %lld",
                         (long long) ids[1], (long long) ids[11]);
  exec_ok (fixture, sql);
  appraised = follow_up (fixture, 0, KR_FOLLOW_UP_DEVELOPMENT);
  text = row_summary (appraised);
  g_assert_cmpstr (text, ==, "Made:sangat_kurang Budi Santoso:butuh_perbaikan");
}

static char *
read_file (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

static void
test_export (Fixture *fixture, gconstpointer data)
{
  g_autofree char *dir = kr_test_make_tmp_dir ("kr-appraisal-unit-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "tindak-lanjut.csv", NULL);
  g_autofree char *recognition = NULL;
  g_autofree char *development = NULL;
  g_autofree char *expected = NULL;
  g_autoptr (GError) error = NULL;
  gint64 ids[12], formula;

  add_staff (fixture, ids);
  exec_ok (fixture, "UPDATE appraisal_evaluation SET state = 'final'");
  formula = add_position (fixture, fixture->mutasi, "=HYPERLINK(\"x\")", KR_POSITION_KIND_PELAKSANA,
                          FALSE);
  add_evaluation (fixture, add_employee (fixture, "Nur", formula), 2024, 0, "final",
                  KR_PREDIKAT_BUTUH_PERBAIKAN);

  g_assert_true (kr_appraisal_repository_export_follow_up (
      fixture->appraisals, fixture->bkpsdm, 2024, 0, KR_FOLLOW_UP_RECOGNITION, path, &error));
  g_assert_no_error (error);
  recognition = read_file (path);
  expected =
      g_strdup_printf ("\xEF\xBB\xBFnip,nama,jabatan,unit_kerja,predikat,tindak_lanjut\r\n"
                       "%s,Anisa Rahma,Pengadministrasi Umum,Badan Kepegawaian Daerah,Sangat Baik,"
                       "Usulan penghargaan / talent pool\r\n",
                       employee_nip (fixture, ids[9]));
  g_assert_true (g_str_has_prefix (recognition, expected));
  g_assert_nonnull (strstr (recognition, "Zulkifli"));

  g_assert_true (kr_appraisal_repository_export_follow_up (
      fixture->appraisals, fixture->bkpsdm, 2024, 0, KR_FOLLOW_UP_DEVELOPMENT, path, &error));
  g_assert_no_error (error);
  development = read_file (path);
  g_assert_nonnull (strstr (development,
                            ",Kurniawan,Kepala Badan,Badan Kepegawaian Daerah,"
                            "Kurang/Misconduct,\"Coaching, mentoring atau pelatihan\"\r\n"));
  /* The position that looks like a formula is guarded, and quoted for its quotes. */
  g_assert_nonnull (strstr (development, ",Nur,\"'=HYPERLINK(\"\"x\"\")\",Bidang Mutasi,"));
  g_assert_null (strstr (development, "Made"));

  /* A folder that does not exist: an error, and no file. */
  g_clear_pointer (&path, g_free);
  path = g_build_filename (dir, "missing", "x.csv", NULL);
  g_assert_false (kr_appraisal_repository_export_follow_up (
      fixture->appraisals, fixture->bkpsdm, 2024, 0, KR_FOLLOW_UP_DEVELOPMENT, path, &error));
  g_assert_nonnull (error);
  kr_test_remove_tree (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/appraisal-unit/organisation-result", Fixture, NULL, fixture_set_up,
              test_organisation_result, fixture_tear_down);
  g_test_add ("/appraisal-unit/organisation-result-permissions", Fixture, NULL, fixture_set_up,
              test_organisation_result_permissions, fixture_tear_down);
  g_test_add ("/appraisal-unit/count-predikat", Fixture, NULL, fixture_set_up, test_count_predikat,
              fixture_tear_down);
  g_test_add ("/appraisal-unit/distribution", Fixture, NULL, fixture_set_up, test_distribution,
              fixture_tear_down);
  g_test_add ("/appraisal-unit/follow-up", Fixture, NULL, fixture_set_up, test_follow_up,
              fixture_tear_down);
  g_test_add ("/appraisal-unit/follow-up-scope", Fixture, NULL, fixture_set_up,
              test_follow_up_scope, fixture_tear_down);
  g_test_add ("/appraisal-unit/export", Fixture, NULL, fixture_set_up, test_export,
              fixture_tear_down);

  return g_test_run ();
}
