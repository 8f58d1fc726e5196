/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "kr-appraisal-rules.h"
#include "kr-error.h"
#include "kr-ikm.h"

/* The predikat matrix of DOMAIN 5.3, written out again row by row (rating hasil kerja, then
 * rating perilaku kerja) so that a slip in the table shows. */
static const struct
{
  KrRating results;
  KrRating behaviour;
  const char *predikat;
} matrix[] = {
  { KR_RATING_ABOVE, KR_RATING_BELOW, "Kurang/Misconduct" },
  { KR_RATING_ABOVE, KR_RATING_AS_EXPECTED, "Baik" },
  { KR_RATING_ABOVE, KR_RATING_ABOVE, "Sangat Baik" },
  { KR_RATING_AS_EXPECTED, KR_RATING_BELOW, "Kurang/Misconduct" },
  { KR_RATING_AS_EXPECTED, KR_RATING_AS_EXPECTED, "Baik" },
  { KR_RATING_AS_EXPECTED, KR_RATING_ABOVE, "Baik" },
  { KR_RATING_BELOW, KR_RATING_BELOW, "Sangat Kurang" },
  { KR_RATING_BELOW, KR_RATING_AS_EXPECTED, "Butuh Perbaikan" },
  { KR_RATING_BELOW, KR_RATING_ABOVE, "Butuh Perbaikan" },
};

static void
test_matrix (void)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (matrix) == KR_N_RATINGS * KR_N_RATINGS);

  for (guint i = 0; i < G_N_ELEMENTS (matrix); i++)
    {
      KrPredikat predikat = kr_predikat_from_ratings (matrix[i].results, matrix[i].behaviour);

      g_test_message ("%s / %s", kr_rating_get_label (matrix[i].results),
                      kr_rating_get_label (matrix[i].behaviour));
      g_assert_cmpstr (kr_predikat_get_label (predikat), ==, matrix[i].predikat);
    }

  /* The rules of thumb of DOMAIN 5.3. */
  for (KrRating results = 0; results < KR_N_RATINGS; results++)
    {
      KrPredikat capped = kr_predikat_from_ratings (results, KR_RATING_BELOW);

      g_assert_cmpint (capped, <=, KR_PREDIKAT_KURANG);
    }
  g_assert_cmpint (kr_predikat_from_ratings (KR_RATING_BELOW, KR_RATING_BELOW), ==,
                   KR_PREDIKAT_SANGAT_KURANG);
  for (KrRating results = 0; results < KR_N_RATINGS; results++)
    for (KrRating behaviour = 0; behaviour < KR_N_RATINGS; behaviour++)
      g_assert_cmpint (kr_predikat_from_ratings (results, behaviour) == KR_PREDIKAT_SANGAT_BAIK, ==,
                       results == KR_RATING_ABOVE && behaviour == KR_RATING_ABOVE);
}

static void
test_codes (void)
{
  static const char *const rating_labels[] = { "Di Bawah Ekspektasi", "Sesuai Ekspektasi",
                                               "Di Atas Ekspektasi" };
  KrRating rating;
  KrPredikat predikat;
  KrOrganisationResult result;
  KrAspect aspect;
  KrResultKind kind;
  KrAppraisalCycle cycle;

  for (guint i = 0; i < KR_N_RATINGS; i++)
    {
      g_assert_cmpstr (kr_rating_get_label (i), ==, rating_labels[i]);
      g_assert_true (kr_rating_from_code (kr_rating_get_code (i), &rating));
      g_assert_cmpint (rating, ==, i);
    }
  for (guint i = 0; i < KR_N_PREDIKAT; i++)
    {
      g_assert_true (kr_predikat_from_code (kr_predikat_get_code (i), &predikat));
      g_assert_cmpint (predikat, ==, i);
    }
  for (guint i = 0; i < KR_N_ORGANISATION_RESULTS; i++)
    {
      g_assert_true (
          kr_organisation_result_from_code (kr_organisation_result_get_code (i), &result));
      g_assert_cmpint (result, ==, i);
    }
  for (guint i = 0; i < KR_N_ASPECTS; i++)
    {
      g_assert_true (kr_aspect_from_code (kr_aspect_get_code (i), &aspect));
      g_assert_cmpint (aspect, ==, i);
    }
  for (guint i = 0; i < KR_N_RESULT_KINDS; i++)
    {
      g_assert_true (kr_result_kind_from_code (kr_result_kind_get_code (i), &kind));
      g_assert_cmpint (kind, ==, i);
    }
  for (guint i = 0; i < KR_N_APPRAISAL_CYCLES; i++)
    {
      g_assert_true (kr_appraisal_cycle_from_code (kr_appraisal_cycle_get_code (i), &cycle));
      g_assert_cmpint (cycle, ==, i);
      g_assert_nonnull (kr_appraisal_cycle_get_label (i));
    }
  g_assert_false (kr_rating_from_code ("sesuai", &rating));
  g_assert_false (kr_predikat_from_code (NULL, &predikat));
  g_assert_cmpstr (kr_predikat_get_label (KR_PREDIKAT_KURANG), ==, "Kurang/Misconduct");
  g_assert_cmpstr (kr_organisation_result_get_label (KR_ORGANISATION_RESULT_ISTIMEWA), ==,
                   "Istimewa");
  g_assert_cmpstr (kr_result_kind_get_label (KR_RESULT_KIND_TAMBAHAN), ==, "Kinerja Tambahan");

  /* The unit head's rating of results follows the unit's result. */
  g_assert_cmpint (kr_organisation_result_to_rating (KR_ORGANISATION_RESULT_ISTIMEWA), ==,
                   KR_RATING_ABOVE);
  g_assert_cmpint (kr_organisation_result_to_rating (KR_ORGANISATION_RESULT_BAIK), ==,
                   KR_RATING_AS_EXPECTED);
  g_assert_cmpint (kr_organisation_result_to_rating (KR_ORGANISATION_RESULT_KURANG), ==,
                   KR_RATING_BELOW);
}

static void
test_behaviours (void)
{
  static const char *const values[] = {
    "Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif"
  };
  GString *initials = g_string_new (NULL);

  for (guint i = 0; i < KR_N_BEHAVIOURS; i++)
    {
      const char *const *guidance = kr_behaviour_get_guidance (i);

      g_assert_cmpstr (kr_behaviour_get_label (i), ==, values[i]);
      g_assert_cmpuint (g_strv_length ((char **) guidance), ==, 3);
      g_string_append_c (initials, kr_behaviour_get_label (i)[0]);
    }
  /* The acronym itself: BerAKHLAK. */
  g_assert_cmpstr (initials->str, ==, "BAKHLAK");
  g_string_free (initials, TRUE);
}

static GPtrArray *
check (KrOrganisationResult result, guint sk, guint k, guint bp, guint b, guint sb)
{
  const guint counts[KR_N_PREDIKAT] = { sk, k, bp, b, sb };

  return kr_appraisal_check_distribution (result, counts);
}

static void
assert_problems (GPtrArray *problems, guint n, const char *first_rule)
{
  for (guint i = 0; i < problems->len; i++)
    {
      KrDistributionProblem *problem = g_ptr_array_index (problems, i);

      g_test_message ("%s: %s", problem->rule, problem->detail);
    }
  g_assert_cmpuint (problems->len, ==, n);
  if (first_rule != NULL)
    g_assert_cmpstr (((KrDistributionProblem *) g_ptr_array_index (problems, 0))->rule, ==,
                     first_rule);
  g_ptr_array_unref (problems);
}

static void
test_distribution (void)
{
  KrDistributionProblem *problem;
  GPtrArray *problems;

  /* No employees: nothing to check. */
  assert_problems (check (KR_ORGANISATION_RESULT_BAIK, 0, 0, 0, 0, 0), 0, NULL);

  /* Istimewa: at most 70% Sangat Baik. */
  assert_problems (check (KR_ORGANISATION_RESULT_ISTIMEWA, 0, 0, 0, 3, 7), 0, NULL);
  assert_problems (check (KR_ORGANISATION_RESULT_ISTIMEWA, 0, 0, 0, 2, 8), 1,
                   "At most 70% may be Sangat Baik");

  /* Baik: at most 70% Baik, and some Butuh Perbaikan or Kurang/Misconduct. */
  assert_problems (check (KR_ORGANISATION_RESULT_BAIK, 0, 0, 1, 7, 2), 0, NULL);
  assert_problems (check (KR_ORGANISATION_RESULT_BAIK, 0, 1, 0, 7, 2), 0, NULL);
  assert_problems (check (KR_ORGANISATION_RESULT_BAIK, 0, 0, 0, 7, 3), 1,
                   "Some employees must be Kurang/Misconduct or Butuh Perbaikan");
  assert_problems (check (KR_ORGANISATION_RESULT_BAIK, 0, 0, 1, 9, 0), 1,
                   "At most 70% may be Baik");
  /* One of a thousand is "some". */
  assert_problems (check (KR_ORGANISATION_RESULT_BAIK, 0, 0, 1, 600, 399), 0, NULL);

  /* Butuh Perbaikan: at least 60% Butuh Perbaikan, at most 10% Sangat Baik. */
  assert_problems (check (KR_ORGANISATION_RESULT_BUTUH_PERBAIKAN, 0, 0, 6, 3, 1), 0, NULL);
  assert_problems (check (KR_ORGANISATION_RESULT_BUTUH_PERBAIKAN, 0, 0, 5, 3, 2), 2,
                   "At least 60% must be Butuh Perbaikan");

  /* Kurang: at least 60% Kurang/Misconduct, 10% Butuh Perbaikan, at most 10% Sangat Baik. */
  assert_problems (check (KR_ORGANISATION_RESULT_KURANG, 0, 6, 1, 2, 1), 0, NULL);
  assert_problems (check (KR_ORGANISATION_RESULT_KURANG, 0, 7, 0, 3, 0), 1,
                   "At least 10% must be Butuh Perbaikan");

  /* Sangat Kurang: at least 60% Sangat Kurang, 10% Kurang or Butuh Perbaikan, no Sangat
   * Baik. */
  assert_problems (check (KR_ORGANISATION_RESULT_SANGAT_KURANG, 6, 1, 0, 3, 0), 0, NULL);
  problems = check (KR_ORGANISATION_RESULT_SANGAT_KURANG, 6, 0, 0, 3, 1);
  g_assert_cmpuint (problems->len, ==, 2);
  problem = g_ptr_array_index (problems, 1);
  g_assert_cmpstr (problem->rule, ==, "No employee may be Sangat Baik");
  g_assert_cmpstr (problem->detail, ==, "1 of 10 employees (10%) are Sangat Baik");
  g_ptr_array_unref (problems);
}

static void
test_periods (void)
{
  static const struct
  {
    KrAppraisalCycle cycle;
    guint period;
    const char *label;
    const char *start;
    const char *end;
  } periods[] = {
    { KR_APPRAISAL_CYCLE_QUARTERLY, 0, "AKHIR", "2024-01-01", "2024-12-31" },
    { KR_APPRAISAL_CYCLE_QUARTERLY, 1, "TRIWULAN I", "2024-01-01", "2024-03-31" },
    { KR_APPRAISAL_CYCLE_QUARTERLY, 4, "TRIWULAN IV", "2024-10-01", "2024-12-31" },
    { KR_APPRAISAL_CYCLE_SEMESTER, 2, "SEMESTER II", "2024-07-01", "2024-12-31" },
    { KR_APPRAISAL_CYCLE_MONTHLY, 2, "BULAN FEBRUARI", "2024-02-01", "2024-02-29" },
    { KR_APPRAISAL_CYCLE_MONTHLY, 12, "BULAN DESEMBER", "2024-12-01", "2024-12-31" },
  };
  GDate start;
  GDate end;

  g_assert_cmpuint (kr_appraisal_cycle_get_n_periods (KR_APPRAISAL_CYCLE_MONTHLY), ==, 12);
  g_assert_cmpuint (kr_appraisal_cycle_get_n_periods (KR_APPRAISAL_CYCLE_QUARTERLY), ==, 4);
  g_assert_cmpuint (kr_appraisal_cycle_get_n_periods (KR_APPRAISAL_CYCLE_SEMESTER), ==, 2);
  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      g_autofree char *label = kr_appraisal_period_dup_label (periods[i].cycle, periods[i].period);
      char text[16];

      g_assert_cmpstr (label, ==, periods[i].label);
      g_assert_true (
          kr_appraisal_period_get_dates (periods[i].cycle, 2024, periods[i].period, &start, &end));
      g_date_strftime (text, sizeof text, "%Y-%m-%d", &start);
      g_assert_cmpstr (text, ==, periods[i].start);
      g_date_strftime (text, sizeof text, "%Y-%m-%d", &end);
      g_assert_cmpstr (text, ==, periods[i].end);
    }
  g_assert_false (
      kr_appraisal_period_get_dates (KR_APPRAISAL_CYCLE_SEMESTER, 2024, 3, &start, &end));
}

static void
test_pp46 (void)
{
  static const struct
  {
    double score;
    const char *sebutan;
  } bands[] = {
    { 100, "Sangat Baik" }, { 91, "Sangat Baik" }, { 90.99, "Baik" }, { 76, "Baik" },
    { 75.5, "Cukup" },      { 61, "Cukup" },       { 60, "Kurang" },  { 51, "Kurang" },
    { 50.99, "Buruk" },     { 0, "Buruk" },
  };

  /* SKP × 60% + perilaku × 40%. */
  g_assert_cmpfloat_with_epsilon (kr_pp46_score (85, 80), 83, 1e-9);
  g_assert_cmpfloat_with_epsilon (kr_pp46_score (88.33, 91.17), 89.47, 1e-9);
  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    g_assert_cmpstr (kr_pp46_sebutan_get_label (kr_pp46_sebutan_from_score (bands[i].score)), ==,
                     bands[i].sebutan);
  g_assert_cmpuint (kr_pp46_sebutan_to_level (KR_PP46_SEBUTAN_CUKUP), ==,
                    KR_PREDIKAT_BUTUH_PERBAIKAN);
  g_assert_cmpuint (kr_pp46_sebutan_to_level (KR_PP46_SEBUTAN_SANGAT_BAIK), ==,
                    KR_PREDIKAT_SANGAT_BAIK);
}

static void
set_all (double nrr[KR_SKM_N_ELEMENTS], double value)
{
  for (guint i = 0; i < KR_SKM_N_ELEMENTS; i++)
    nrr[i] = value;
}

static void
test_ikm (void)
{
  /* The NRR of DOMAIN 10's table at each category's edges, and the IKM they give. */
  static const struct
  {
    double nrr;
    double ikm;
    const char *letter;
    const char *label;
  } edges[] = {
    { 4.0, 100.0, "A", "Sangat Baik" },   { 3.5324, 88.31, "A", "Sangat Baik" },
    { 3.532, 88.3, "B", "Baik" },         { 3.0644, 76.61, "B", "Baik" },
    { 3.064, 76.6, "C", "Kurang Baik" },  { 2.6, 65.0, "C", "Kurang Baik" },
    { 2.5996, 64.99, "D", "Tidak Baik" }, { 1.0, 25.0, "D", "Tidak Baik" },
  };
  double nrr[KR_SKM_N_ELEMENTS];
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (edges); i++)
    {
      KrIkmCategory category;

      set_all (nrr, edges[i].nrr);
      g_assert_cmpfloat_with_epsilon (kr_ikm_compute (nrr), edges[i].ikm, 1e-9);
      category = kr_ikm_get_category (kr_ikm_compute (nrr));
      g_assert_cmpstr (kr_ikm_category_get_letter (category), ==, edges[i].letter);
      g_assert_cmpstr (kr_ikm_category_get_label (category), ==, edges[i].label);
    }

  /* A mixed survey: (3.9 + 7 × 3.0 + 2.1) / 9 × 25. */
  set_all (nrr, 3.0);
  nrr[0] = 3.9;
  nrr[8] = 2.1;
  g_assert_cmpfloat_with_epsilon (kr_ikm_compute (nrr), 75.0, 1e-9);

  g_assert_cmpstr (kr_skm_element_get_label (0), ==, "Persyaratan");
  g_assert_cmpstr (kr_skm_element_get_label (8), ==, "Penanganan Pengaduan, Saran dan Masukan");
  g_assert_true (kr_skm_check_nrr (1.0, 0, NULL));
  g_assert_true (kr_skm_check_nrr (4.0, 0, NULL));
  g_assert_false (kr_skm_check_nrr (4.01, 2, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Waktu Penyelesaian"));
  g_clear_error (&error);
  g_assert_false (kr_skm_check_nrr (0.5, 0, &error));
  g_clear_error (&error);
  g_assert_false (kr_skm_check_nrr (NAN, 0, &error));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/appraisal-rules/matrix", test_matrix);
  g_test_add_func ("/appraisal-rules/codes", test_codes);
  g_test_add_func ("/appraisal-rules/behaviours", test_behaviours);
  g_test_add_func ("/appraisal-rules/distribution", test_distribution);
  g_test_add_func ("/appraisal-rules/periods", test_periods);
  g_test_add_func ("/appraisal-rules/pp46", test_pp46);
  g_test_add_func ("/appraisal-rules/ikm", test_ikm);
  return g_test_run ();
}
