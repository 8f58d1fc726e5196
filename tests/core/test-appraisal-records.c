/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-appraisal-records"

#include "config.h"

#include <math.h>

#include "appraisal-test-data.h"
#include "kr-date.h"
#include "kr-test-utils.h"

/* Trend, 360 feedback, SKM surveys, PP 46/2011 records and their import, and position
 * templates (kr-appraisal-repository-records.c, kr-appraisal-repository-pp46.c). */

/* Trend */

static void
add_pp46_sql (Fixture *fixture, gint64 employee, guint year, double skp, double behaviour)
{
  g_autofree char *sql =
      g_strdup_printf ("INSERT INTO appraisal_pp46 (employee_id, year, skp_score, behaviour_score) "
                       "VALUES (%lld, %u, %g, %g)",
                       (long long) employee, year, skp, behaviour);

  exec_ok (fixture, sql);
}

static void
test_trend (Fixture *fixture, gconstpointer data)
{
  gint64 siti = add_employee (fixture, "Siti", fixture->clerk_position);
  gint64 other = add_employee (fixture, "Other", fixture->clerk_position);
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) trend = NULL;
  static const struct
  {
    guint year;
    KrAppraisalRegime regime;
    guint level;
  } expected[] = {
    { 2019, KR_APPRAISAL_REGIME_PP46, 4 }, /* 92 × 60% + 90 × 40% = 91.2: Sangat Baik */
    { 2020, KR_APPRAISAL_REGIME_PP46, 2 }, /* 70 × 60% + 60 × 40% = 66: Cukup */
    { 2021, KR_APPRAISAL_REGIME_SKP, KR_PREDIKAT_BAIK },
    { 2022, KR_APPRAISAL_REGIME_SKP, KR_PREDIKAT_SANGAT_BAIK },
    { 2024, KR_APPRAISAL_REGIME_SKP, KR_PREDIKAT_BUTUH_PERBAIKAN },
  };

  /* Written out of order; 2021 has both, and the SKP wins. */
  add_evaluation (fixture, siti, 2024, 0, "final", KR_PREDIKAT_BUTUH_PERBAIKAN);
  add_pp46_sql (fixture, siti, 2021, 50, 50);
  add_pp46_sql (fixture, siti, 2020, 70, 60);
  add_evaluation (fixture, siti, 2021, 0, "final", KR_PREDIKAT_BAIK);
  add_pp46_sql (fixture, siti, 2019, 92, 90);
  add_evaluation (fixture, siti, 2022, 0, "final", KR_PREDIKAT_SANGAT_BAIK);
  /* Not on the trend: an annual evaluation not final, a periodic one, someone else's. */
  add_evaluation (fixture, siti, 2023, 0, "reviewed", KR_PREDIKAT_SANGAT_KURANG);
  add_evaluation (fixture, siti, 2025, 1, "final", KR_PREDIKAT_SANGAT_KURANG);
  add_evaluation (fixture, other, 2023, 0, "final", KR_PREDIKAT_KURANG);
  add_pp46_sql (fixture, other, 2018, 80, 80);

  trend = kr_appraisal_repository_list_trend (fixture->appraisals, siti, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trend->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < trend->len; i++)
    {
      const KrAppraisalTrendPoint *point = &g_array_index (trend, KrAppraisalTrendPoint, i);

      g_assert_cmpuint (point->year, ==, expected[i].year);
      g_assert_cmpint (point->regime, ==, expected[i].regime);
      g_assert_cmpuint (point->level, ==, expected[i].level);
      if (point->regime == KR_APPRAISAL_REGIME_SKP)
        {
          g_assert_cmpstr (point->label, ==, kr_predikat_get_label (point->level));
          g_assert_cmpfloat (point->score, ==, 0);
        }
    }
  g_assert_cmpfloat_with_epsilon (g_array_index (trend, KrAppraisalTrendPoint, 0).score, 91.2,
                                  1e-9);
  g_assert_cmpstr (g_array_index (trend, KrAppraisalTrendPoint, 0).label, ==, "Sangat Baik");
  g_assert_cmpstr (g_array_index (trend, KrAppraisalTrendPoint, 1).label, ==, "Cukup");

  g_clear_pointer (&trend, g_array_unref);
  trend = kr_appraisal_repository_list_trend (fixture->appraisals, 999, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trend->len, ==, 0);
}

/* 360 feedback */

static KrPeerFeedback
make_feedback (gint64 evaluation, const char *text)
{
  KrPeerFeedback feedback = { .evaluation_id = evaluation, .relation = KR_PEER_RELATION_PEER };

  feedback.feedback = (char *) text;
  g_date_clear (&feedback.given_on, 1);
  return feedback;
}

static void
assert_feedback_refused (Fixture *fixture,
                         const KrPeerFeedback *feedback,
                         int code,
                         const char *part)
{
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (
      kr_appraisal_repository_add_peer_feedback (fixture->appraisals, feedback, &error), ==, 0);
  assert_error (error, code, part, NULL);
}

static void
test_peer_feedback (Fixture *fixture, gconstpointer data)
{
  gint64 siti = add_employee (fixture, "Siti", fixture->analyst_position);
  gint64 budi = add_employee (fixture, "Budi", fixture->clerk_position);
  gint64 evaluation = add_evaluation (fixture, siti, 2025, 1, "draft", -1);
  gint64 final = add_evaluation (fixture, siti, 2024, 0, "final", KR_PREDIKAT_BAIK);
  KrPeerFeedback feedback = make_feedback (evaluation, "  Selalu membantu rekan kerja  ");
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GError) error = NULL;
  const KrPeerFeedback *read;
  gint64 first, second;
  GDate today;

  feedback.from_employee_id = budi;
  feedback.has_behaviour = TRUE;
  feedback.behaviour = KR_BEHAVIOUR_KOLABORATIF;
  set_date (&feedback.given_on, 2025, 2, 10);
  first = kr_appraisal_repository_add_peer_feedback (fixture->appraisals, &feedback, &error);
  g_assert_no_error (error);
  g_assert_cmpint (first, >, 0);

  /* Anonymous, about no value in particular, given today. */
  feedback = make_feedback (evaluation, "Laporan tepat waktu");
  feedback.relation = KR_PEER_RELATION_OTHER;
  second = kr_appraisal_repository_add_peer_feedback (fixture->appraisals, &feedback, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 2);

  list = kr_appraisal_repository_list_peer_feedback (fixture->appraisals, evaluation, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  read = g_ptr_array_index (list, 0);
  g_assert_cmpint (read->id, ==, first);
  g_assert_cmpstr (read->feedback, ==, "Selalu membantu rekan kerja");
  g_assert_cmpint (read->relation, ==, KR_PEER_RELATION_PEER);
  g_assert_cmpint (read->from_employee_id, ==, budi);
  g_assert_cmpstr (read->from_name, ==, "Budi");
  g_assert_true (read->has_behaviour);
  g_assert_cmpint (read->behaviour, ==, KR_BEHAVIOUR_KOLABORATIF);
  g_assert_cmpint (g_date_get_year (&read->given_on), ==, 2025);
  read = g_ptr_array_index (list, 1);
  g_assert_cmpint (read->id, ==, second);
  g_assert_cmpint (read->relation, ==, KR_PEER_RELATION_OTHER);
  g_assert_cmpint (read->from_employee_id, ==, 0);
  g_assert_null (read->from_name);
  g_assert_false (read->has_behaviour);
  kr_date_today (NULL, &today);
  g_assert_cmpint (g_date_compare (&read->given_on, &today), ==, 0);

  /* Refused */
  feedback = make_feedback (evaluation, "   ");
  assert_feedback_refused (fixture, &feedback, KR_ERROR_INVALID, "empty");
  feedback = make_feedback (evaluation, "Teks");
  feedback.relation = KR_N_PEER_RELATIONS;
  assert_feedback_refused (fixture, &feedback, KR_ERROR_INVALID, "who gave");
  feedback = make_feedback (evaluation, "Teks");
  feedback.has_behaviour = TRUE;
  feedback.behaviour = KR_N_BEHAVIOURS;
  assert_feedback_refused (fixture, &feedback, KR_ERROR_INVALID, "core value");
  feedback = make_feedback (evaluation, "Teks");
  kr_date_today (NULL, &feedback.given_on);
  g_date_add_days (&feedback.given_on, 1);
  assert_feedback_refused (fixture, &feedback, KR_ERROR_INVALID, "future");
  feedback = make_feedback (evaluation, "Teks");
  feedback.from_employee_id = siti;
  assert_feedback_refused (fixture, &feedback, KR_ERROR_INVALID, "themselves");
  feedback.from_employee_id = 999;
  assert_feedback_refused (fixture, &feedback, KR_ERROR_NOT_FOUND, "999");
  feedback = make_feedback (12345, "Teks");
  assert_feedback_refused (fixture, &feedback, KR_ERROR_NOT_FOUND, "12345");
  feedback = make_feedback (final, "Teks");
  assert_feedback_refused (fixture, &feedback, KR_ERROR_INVALID, "final");
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM appraisal_peer_feedback"), ==, 2);

  /* Deleting */
  g_assert_true (kr_appraisal_repository_delete_peer_feedback (fixture->appraisals, first, &error));
  g_assert_no_error (error);
  g_assert_false (
      kr_appraisal_repository_delete_peer_feedback (fixture->appraisals, first, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, NULL);
  g_clear_error (&error);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = kr_appraisal_repository_list_peer_feedback (fixture->appraisals, evaluation, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = kr_appraisal_repository_list_peer_feedback (fixture->appraisals, 12345, &error);
  assert_error (error, KR_ERROR_NOT_FOUND, NULL);
  g_assert_null (list);
}

static void
test_peer_feedback_permissions (Fixture *fixture, gconstpointer data)
{
  gint64 siti = add_employee (fixture, "Siti", fixture->analyst_position);
  gint64 made = add_employee (fixture, "Made", fixture->dinkes_position);
  gint64 evaluation = add_evaluation (fixture, siti, 2025, 1, "draft", -1);
  gint64 outside = add_evaluation (fixture, made, 2025, 1, "draft", -1);
  KrPeerFeedback feedback = make_feedback (evaluation, "Teks");
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GError) error = NULL;
  gint64 id;

  id = kr_appraisal_repository_add_peer_feedback (fixture->appraisals, &feedback, &error);
  g_assert_no_error (error);
  /* A unit head of BKPSDM reads its employees' feedback, not Dinkes', and writes none of it
   * without being the appraiser. */
  sign_in (fixture, KR_ROLE_UNIT_HEAD, fixture->bkpsdm, 0);
  list = kr_appraisal_repository_list_peer_feedback (fixture->appraisals, evaluation, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_null (kr_appraisal_repository_list_peer_feedback (fixture->appraisals, outside, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  assert_feedback_refused (fixture, &feedback, KR_ERROR_PERMISSION_DENIED, NULL);
  g_assert_false (kr_appraisal_repository_delete_peer_feedback (fixture->appraisals, id, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM appraisal_peer_feedback"), ==, 1);
}

/* SKM surveys */

static KrSkmSurvey
make_survey (gint64 unit, guint year, guint period, double nrr)
{
  KrSkmSurvey survey = { .unit_id = unit, .year = year, .period = period, .respondents = 120 };

  for (guint i = 0; i < KR_SKM_N_ELEMENTS; i++)
    survey.nrr[i] = nrr;
  return survey;
}

static void
assert_survey_refused (Fixture *fixture, const KrSkmSurvey *survey, int code, const char *part)
{
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (kr_appraisal_repository_save_skm (fixture->appraisals, survey, &error), ==, 0);
  assert_error (error, code, part, NULL);
}

static void
test_skm (Fixture *fixture, gconstpointer data)
{
  KrSkmSurvey survey = make_survey (fixture->bkpsdm, 2024, 0, 3.5);
  g_autoptr (KrSkmSurvey) found = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_autofree char *sql = NULL;
  g_autoptr (GError) error = NULL;
  gint64 id, again, quarter, moved;

  survey.nrr[2] = 3.2;
  id = kr_appraisal_repository_save_skm (fixture->appraisals, &survey, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  /* Found from below, with the IKM of its scores. */
  found = kr_appraisal_repository_find_skm (fixture->appraisals, fixture->mutasi, 2024, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpint (found->id, ==, id);
  g_assert_cmpuint (found->respondents, ==, 120);
  g_assert_cmpfloat (found->nrr[2], ==, 3.2);
  g_assert_cmpfloat_with_epsilon (kr_ikm_compute (found->nrr), (3.5 * 8 + 3.2) / 9 * 25, 0.006);
  g_assert_cmpint (kr_ikm_get_category (kr_ikm_compute (found->nrr)), ==, KR_IKM_CATEGORY_B);
  g_clear_pointer (&found, kr_skm_survey_free);
  /* Not from a unit of another branch, nor for another year. */
  g_assert_null (
      kr_appraisal_repository_find_skm (fixture->appraisals, fixture->dinkes, 2024, &error));
  g_assert_no_error (error);
  g_assert_null (
      kr_appraisal_repository_find_skm (fixture->appraisals, fixture->mutasi, 2023, &error));
  g_assert_no_error (error);

  /* Replaced, not added. */
  survey.respondents = 300;
  again = kr_appraisal_repository_save_skm (fixture->appraisals, &survey, &error);
  g_assert_no_error (error);
  g_assert_cmpint (again, ==, id);
  g_assert_cmpint (query_int (fixture, "SELECT respondents FROM skm_survey"), ==, 300);

  /* The unit's own survey comes before the one above; the year's before a quarter's. */
  survey = make_survey (fixture->mutasi, 2024, 2, 2.0);
  quarter = kr_appraisal_repository_save_skm (fixture->appraisals, &survey, &error);
  g_assert_no_error (error);
  found = kr_appraisal_repository_find_skm (fixture->appraisals, fixture->mutasi, 2024, &error);
  g_assert_cmpint (found->id, ==, quarter);
  g_clear_pointer (&found, kr_skm_survey_free);
  survey = make_survey (fixture->mutasi, 2024, 0, 3.0);
  g_assert_cmpint (kr_appraisal_repository_save_skm (fixture->appraisals, &survey, &error), >, 0);
  found = kr_appraisal_repository_find_skm (fixture->appraisals, fixture->mutasi, 2024, &error);
  g_assert_cmpuint (found->period, ==, 0);
  g_assert_cmpfloat (found->nrr[0], ==, 3.0);
  g_clear_pointer (&found, kr_skm_survey_free);

  /* Moving a stored survey to another year. */
  survey = make_survey (fixture->bkpsdm, 2023, 0, 3.9);
  survey.id = id;
  moved = kr_appraisal_repository_save_skm (fixture->appraisals, &survey, &error);
  g_assert_no_error (error);
  sql = g_strdup_printf ("SELECT count (*) FROM skm_survey WHERE unit_id = %lld",
                         (long long) fixture->bkpsdm);
  g_assert_cmpint (query_int (fixture, sql), ==, 1);
  list = kr_appraisal_repository_list_skm (fixture->appraisals, fixture->mutasi, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpuint (((KrSkmSurvey *) g_ptr_array_index (list, 0))->period, ==, 2);

  /* Refused */
  survey = make_survey (fixture->bkpsdm, 2024, 0, 3.0);
  survey.nrr[0] = 0.5;
  assert_survey_refused (fixture, &survey, KR_ERROR_INVALID, kr_skm_element_get_label (0));
  survey.nrr[0] = 3;
  survey.nrr[8] = 4.01;
  assert_survey_refused (fixture, &survey, KR_ERROR_INVALID, kr_skm_element_get_label (8));
  survey = make_survey (fixture->bkpsdm, 2024, 0, 3.0);
  survey.respondents = 0;
  assert_survey_refused (fixture, &survey, KR_ERROR_INVALID, "respondents");
  survey = make_survey (fixture->bkpsdm, 2024, 5, 3.0);
  assert_survey_refused (fixture, &survey, KR_ERROR_INVALID, "period 5");
  survey = make_survey (fixture->bkpsdm, 2016, 0, 3.0);
  assert_survey_refused (fixture, &survey, KR_ERROR_INVALID, "2017");
  survey = make_survey (999, 2024, 0, 3.0);
  assert_survey_refused (fixture, &survey, KR_ERROR_NOT_FOUND, "999");

  /* Deleting */
  g_assert_true (kr_appraisal_repository_delete_skm (fixture->appraisals, moved, &error));
  g_assert_no_error (error);
  g_assert_false (kr_appraisal_repository_delete_skm (fixture->appraisals, moved, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, NULL);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM skm_survey"), ==, 2);

  g_clear_error (&error);
  sign_in (fixture, KR_ROLE_VIEWER, 0, 0);
  survey = make_survey (fixture->bkpsdm, 2024, 0, 3.0);
  assert_survey_refused (fixture, &survey, KR_ERROR_PERMISSION_DENIED, NULL);
  g_assert_false (kr_appraisal_repository_delete_skm (fixture->appraisals, quarter, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
}

/* PP 46/2011 */

static KrPp46Appraisal *
make_pp46 (gint64 employee, guint year)
{
  KrPp46Appraisal *appraisal = g_new0 (KrPp46Appraisal, 1);

  appraisal->employee_id = employee;
  appraisal->year = year;
  appraisal->skp_score = 85;
  for (guint i = 0; i < KR_PP46_N_BEHAVIOURS; i++)
    appraisal->behaviour[i] = -1;
  appraisal->behaviour_score = 80;
  return appraisal;
}

static void
assert_pp46_refused (Fixture *fixture, KrPp46Appraisal *appraisal, int code, const char *part)
{
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (kr_appraisal_repository_save_pp46 (fixture->appraisals, appraisal, &error), ==,
                   0);
  assert_error (error, code, part, NULL);
}

static void
test_pp46 (Fixture *fixture, gconstpointer data)
{
  gint64 siti = add_employee (fixture, "Siti", fixture->clerk_position);
  g_autoptr (KrPp46Appraisal) appraisal = make_pp46 (siti, 2019);
  g_autoptr (KrPp46Appraisal) typed = make_pp46 (siti, 2015);
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GError) error = NULL;
  const KrPp46Appraisal *read;
  gint64 id;

  /* The perilaku kerja score is the average of the recorded elements: not kepemimpinan. */
  appraisal->behaviour[0] = 80;
  appraisal->behaviour[1] = 90;
  appraisal->behaviour[2] = 85;
  appraisal->behaviour[3] = 77;
  appraisal->behaviour[4] = 81;
  appraisal->appraiser_name = g_strdup ("  Drs. Ahmad  ");
  id = kr_appraisal_repository_save_pp46 (fixture->appraisals, appraisal, &error);
  g_assert_no_error (error);
  g_assert_cmpint (appraisal->id, ==, id);
  g_assert_cmpfloat_with_epsilon (appraisal->behaviour_score, 82.6, 1e-9);
  /* Typed when no element is recorded. */
  typed->behaviour_score = 79.5;
  g_assert_cmpint (kr_appraisal_repository_save_pp46 (fixture->appraisals, typed, &error), >, 0);
  g_assert_no_error (error);

  list = kr_appraisal_repository_list_pp46 (fixture->appraisals, siti, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  read = g_ptr_array_index (list, 0);
  g_assert_cmpuint (read->year, ==, 2015);
  g_assert_cmpfloat (read->behaviour_score, ==, 79.5);
  g_assert_cmpfloat (read->behaviour[0], <, 0);
  read = g_ptr_array_index (list, 1);
  g_assert_cmpint (read->id, ==, id);
  g_assert_cmpfloat (read->skp_score, ==, 85);
  g_assert_cmpfloat (read->behaviour[3], ==, 77);
  g_assert_cmpfloat (read->behaviour[5], <, 0);
  g_assert_cmpfloat_with_epsilon (read->behaviour_score, 82.6, 1e-9);
  g_assert_cmpstr (read->appraiser_name, ==, "Drs. Ahmad");

  /* Replaced: the same employee and year. */
  g_clear_pointer (&typed, kr_pp46_appraisal_free);
  typed = make_pp46 (siti, 2019);
  typed->behaviour_score = 70;
  g_assert_cmpint (kr_appraisal_repository_save_pp46 (fixture->appraisals, typed, &error), ==, id);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM appraisal_pp46"), ==, 2);
  g_assert_cmpint (query_int (fixture, "SELECT behaviour_score FROM appraisal_pp46 WHERE year = "
                                       "2019"),
                   ==, 70);

  /* Refused */
  typed->year = 2013;
  assert_pp46_refused (fixture, typed, KR_ERROR_INVALID, "2013");
  typed->year = 2022;
  assert_pp46_refused (fixture, typed, KR_ERROR_INVALID, "2022");
  typed->year = 2016;
  typed->skp_score = 100.5;
  assert_pp46_refused (fixture, typed, KR_ERROR_INVALID, "SKP");
  typed->skp_score = 90;
  typed->behaviour[1] = 120;
  assert_pp46_refused (fixture, typed, KR_ERROR_INVALID, "Integritas");
  typed->behaviour[1] = -1;
  typed->behaviour_score = 101;
  assert_pp46_refused (fixture, typed, KR_ERROR_INVALID, "perilaku");
  typed->behaviour_score = 80;
  typed->employee_id = 999;
  assert_pp46_refused (fixture, typed, KR_ERROR_NOT_FOUND, "999");
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM appraisal_pp46"), ==, 2);

  g_assert_true (kr_appraisal_repository_delete_pp46 (fixture->appraisals, id, &error));
  g_assert_no_error (error);
  g_assert_false (kr_appraisal_repository_delete_pp46 (fixture->appraisals, id, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, NULL);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM appraisal_pp46"), ==, 1);

  g_clear_error (&error);
  sign_in (fixture, KR_ROLE_VIEWER, 0, 0);
  typed->employee_id = siti;
  assert_pp46_refused (fixture, typed, KR_ERROR_PERMISSION_DENIED, NULL);
}

/* The PP 46/2011 form at its limits: the year 2014 to 2021, every score 0 to 100 and never nan
 * or infinite (an element below 0 is "not recorded", but not minus infinity). */
static void
test_pp46_limits (Fixture *fixture, gconstpointer data)
{
  enum
  {
    YEAR,
    SKP,
    ELEMENT,
    TYPED,
  };
  static const struct
  {
    int field;
    double value;
    const char *fragment; /* (nullable): NULL when valid */
  } limits[] = {
    { YEAR, 0, "0" },
    { YEAR, 2013, "2013" },
    { YEAR, 2014, NULL },
    { YEAR, 2021, NULL },
    { YEAR, 2022, "2022" },
    { YEAR, 4294967295.0, "4294967295" },
    { SKP, -0.01, "SKP" },
    { SKP, 0, NULL },
    { SKP, 100, NULL },
    { SKP, 100.01, "SKP" },
    { SKP, NAN, "SKP" },
    { SKP, INFINITY, "SKP" },
    { SKP, -INFINITY, "SKP" },
    { SKP, 1e308, "SKP" },
    { ELEMENT, -1, NULL },
    { ELEMENT, 0, NULL },
    { ELEMENT, 100, NULL },
    { ELEMENT, 100.01, "Integritas" },
    { ELEMENT, NAN, "Integritas" },
    { ELEMENT, -INFINITY, "Integritas" },
    { ELEMENT, INFINITY, "Integritas" },
    { TYPED, -0.01, "perilaku" },
    { TYPED, 100, NULL },
    { TYPED, 100.01, "perilaku" },
    { TYPED, NAN, "perilaku" },
  };
  gint64 siti = add_employee (fixture, "Siti", fixture->clerk_position);

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      g_autoptr (KrPp46Appraisal) appraisal = make_pp46 (siti, 2016);
      g_autoptr (GError) error = NULL;
      gint64 id;

      g_test_message ("field %d, value %g", limits[i].field, limits[i].value);
      if (limits[i].field == YEAR)
        appraisal->year = (guint) limits[i].value;
      else if (limits[i].field == SKP)
        appraisal->skp_score = limits[i].value;
      else if (limits[i].field == ELEMENT)
        appraisal->behaviour[1] = limits[i].value;
      else
        appraisal->behaviour_score = limits[i].value;
      id = kr_appraisal_repository_save_pp46 (fixture->appraisals, appraisal, &error);
      if (limits[i].fragment == NULL)
        {
          g_assert_no_error (error);
          g_assert_cmpint (id, >, 0);
          continue;
        }
      g_assert_cmpint (id, ==, 0);
      assert_error (error, KR_ERROR_INVALID, limits[i].fragment, NULL);
    }
}

/* PP 46/2011 import */

typedef struct
{
  gboolean ok;
  guint n_rows;
  char **report;
  GError *error;
} Import;

static void
import_clear (Import *import)
{
  g_strfreev (import->report);
  g_clear_error (&import->error);
  memset (import, 0, sizeof *import);
}

/* Writes @contents to a file and imports it. */
static void
run_import (Fixture *fixture, const char *contents, gboolean dry_run, Import *import)
{
  g_autofree char *dir = kr_test_make_tmp_dir ("kr-appraisal-records-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "pp46.csv", NULL);
  g_autoptr (GError) error = NULL;

  import_clear (import);
  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  import->ok = kr_appraisal_repository_import_pp46 (
      fixture->appraisals, path, dry_run, &import->report, &import->n_rows, &import->error);
  kr_test_remove_tree (dir);
}

static void
assert_report (const Import *import, const char *const *expected)
{
  guint n = g_strv_length ((char **) expected);

  g_assert_false (import->ok);
  g_assert_error (import->error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (import->report);
  for (guint i = 0; i < n || import->report[i] != NULL; i++)
    {
      if (i >= n || import->report[i] == NULL || !g_str_has_prefix (import->report[i], expected[i]))
        g_error ("report line %u: “%s”, expected “%s”", i + 1, import->report[i], expected[i]);
    }
}

static void
test_import (Fixture *fixture, gconstpointer data)
{
  gint64 siti = add_employee (fixture, "Siti", fixture->clerk_position);
  gint64 budi = add_employee (fixture, "Budi", fixture->head_position);
  g_autofree char *nip_siti = g_strdup (employee_nip (fixture, siti));
  g_autofree char *nip_budi = g_strdup (employee_nip (fixture, budi));
  g_autofree char *spaced =
      g_strdup_printf ("%.8s %.6s %.1s %.3s", nip_budi, nip_budi + 8, nip_budi + 14, nip_budi + 15);
  g_autofree char *semicolons = NULL;
  g_autofree char *tabs = NULL;
  Import import = { 0 };

  /* Spreadsheet style: a byte order mark, CRLF, semicolons, decimal commas, headers in any
   * case with spaces, the elements instead of the perilaku score, the NIP grouped. */
  semicolons = g_strdup_printf (
      "\xEF\xBB\xBFNIP Baru;Tahun;Nilai SKP;Orientasi Pelayanan;Integritas;Komitmen;Disiplin;"
      "Kerja Sama;Kepemimpinan;Nama Penilai\r\n"
      "%s;2019;85,5;80;90;85;77;81;;Drs. Ahmad\r\n"
      "%s;2020;88;90;90;90;90;90;84;\r\n"
      "\r\n",
      nip_siti, spaced);
  run_import (fixture, semicolons, TRUE, &import);
  g_assert_no_error (import.error);
  g_assert_true (import.ok);
  g_assert_cmpuint (import.n_rows, ==, 2);
  g_assert_cmpuint (g_strv_length (import.report), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM appraisal_pp46"), ==, 0);
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  run_import (fixture, semicolons, FALSE, &import);
  g_assert_no_error (import.error);
  g_assert_true (import.ok);
  g_assert_cmpuint (import.n_rows, ==, 2);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM appraisal_pp46"), ==, 2);
  g_assert_cmpint (query_int (fixture, "SELECT round (skp_score * 10) FROM appraisal_pp46 "
                                       "WHERE year = 2019"),
                   ==, 855);
  g_assert_cmpint (query_int (fixture, "SELECT round (behaviour_score * 10) FROM appraisal_pp46 "
                                       "WHERE year = 2019"),
                   ==, 826);
  g_assert_cmpint (query_int (fixture, "SELECT round (behaviour_score * 100) FROM appraisal_pp46 "
                                       "WHERE year = 2020"),
                   ==, 8900);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM appraisal_pp46 WHERE "
                                       "appraiser_name = 'Drs. Ahmad' AND kepemimpinan IS NULL"),
                   ==, 1);

  /* Tabs, the perilaku score typed, an existing year replaced, a NIP kept as text. */
  tabs = g_strdup_printf ("nip\ttahun_penilaian\tskp\tnilai_perilaku_kerja\n"
                          "'%s\t2019\t70\t75.25\n"
                          "%s\t2014\t60\t65\n",
                          nip_siti, nip_siti);
  run_import (fixture, tabs, FALSE, &import);
  g_assert_no_error (import.error);
  g_assert_cmpuint (import.n_rows, ==, 2);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM appraisal_pp46"), ==, 3);
  g_assert_cmpint (query_int (fixture, "SELECT round (behaviour_score * 100) FROM appraisal_pp46 "
                                       "WHERE year = 2019"),
                   ==, 7525);
  import_clear (&import);
}

/* Every reason for a rejection, reported by line and column; nothing is kept. */
static void
test_import_rejected (Fixture *fixture, gconstpointer data)
{
  gint64 siti = add_employee (fixture, "Siti", fixture->clerk_position);
  g_autofree char *nip = g_strdup (employee_nip (fixture, siti));
  g_autofree char *contents = NULL;
  Import import = { 0 };
  const char *const expected[] = {
    "Line 3: column NIP: ",
    "Line 4: column NIP (“12345”): ",
    "Line 5: column NIP (“199912312020121001”): ",
    "Line 6: column Tahun: ",
    "Line 7: column Tahun (“dua ribu”): ",
    "Line 8: column Tahun (“2022”): ",
    "Line 9: column nilai_skp: ",
    "Line 10: column nilai_skp (“tinggi”): ",
    "Line 11: column nilai_skp (“101”): ",
    "Line 12: column integritas (“-5”): ",
    "Line 13: column Nilai Perilaku: ",
    "Line 14 has 3 columns",
    "Line 15: column NIP (“",
    NULL,
  };

  contents = g_strdup_printf ("NIP,Tahun,nilai_skp,Nilai Perilaku,integritas\n"
                              "%s,2015,80,80,\n"                 /* 2: accepted */
                              ",2016,80,80,\n"                   /* 3: no NIP */
                              "12345,2016,80,80,\n"              /* 4: not a NIP */
                              "199912312020121001,2016,80,80,\n" /* 5: nobody's */
                              "%s,,80,80,\n"                     /* 6: no year */
                              "%s,dua ribu,80,80,\n"             /* 7: not a year */
                              "%s,2022,80,80,\n"                 /* 8: not a PP 46/2011 year */
                              "%s,2017,,80,\n"                   /* 9: no SKP score */
                              "%s,2017,tinggi,80,\n"             /* 10: not a number */
                              "%s,2017,101,80,\n"                /* 11: out of range */
                              "%s,2017,80,80,-5\n"               /* 12: an element out of range */
                              "%s,2018,80,,\n"                   /* 13: no perilaku score at all */
                              "%s,2019,80\n"                     /* 14: too few fields */
                              "%s,2015,81,81,\n",                /* 15: line 2 again */
                              nip, nip, nip, nip, nip, nip, nip, nip, nip, nip, nip);
  run_import (fixture, contents, FALSE, &import);
  assert_report (&import, expected);
  g_assert_nonnull (strstr (import.error->message, "13 rows"));
  g_assert_nonnull (strstr (import.report[14 - 3], "14"));
  g_assert_nonnull (strstr (import.report[15 - 3], "line 2"));
  g_assert_cmpuint (import.n_rows, ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM appraisal_pp46"), ==, 0);
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  /* The dry run reports the same. */
  run_import (fixture, contents, TRUE, &import);
  assert_report (&import, expected);

  /* A bad row at the end takes the good ones before it back. */
  g_clear_pointer (&contents, g_free);
  contents = g_strdup_printf ("nip,tahun,nilai_skp,nilai_perilaku\n"
                              "%s,2015,80,80\n%s,2016,80,80\n%s,2017,80,80\n%s,2030,80,80\n",
                              nip, nip, nip, nip);
  run_import (fixture, contents, FALSE, &import);
  g_assert_false (import.ok);
  g_assert_cmpuint (g_strv_length (import.report), ==, 1);
  g_assert_true (g_str_has_prefix (import.report[0], "Line 5: column tahun (“2030”)"));
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM appraisal_pp46"), ==, 0);

  /* A header without the required columns. */
  run_import (fixture, "nip;tahun;integritas\n1;2;3\n", FALSE, &import);
  g_assert_false (import.ok);
  assert_error (import.error, KR_ERROR_INVALID, "nilai_skp", "nilai_perilaku", NULL);
  import_clear (&import);

  g_assert_false (kr_appraisal_repository_import_pp46 (fixture->appraisals, "/nonexistent/pp46.csv",
                                                       FALSE, &import.report, NULL, &import.error));
  g_assert_error (import.error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  import_clear (&import);

  sign_in (fixture, KR_ROLE_VIEWER, 0, 0);
  g_clear_pointer (&contents, g_free);
  contents = g_strdup_printf ("nip,tahun,nilai_skp,nilai_perilaku\n%s,2015,80,80\n", nip);
  run_import (fixture, contents, FALSE, &import);
  g_assert_false (import.ok);
  g_assert_error (import.error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
  import_clear (&import);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM appraisal_pp46"), ==, 0);
}

/* Templates */

static KrAppraisalResult *
make_result (KrResultKind kind, const char *text, const char *indicator, const char *target)
{
  KrAppraisalResult *result = kr_appraisal_result_new (kind, text);

  g_ptr_array_add (result->indicators,
                   kr_appraisal_indicator_new (KR_ASPECT_KUANTITAS, indicator, target));
  return result;
}

static void
assert_template_refused (Fixture *fixture, GPtrArray *results, int code, const char *part)
{
  g_autoptr (GError) error = NULL;

  g_assert_false (kr_appraisal_repository_set_template (fixture->appraisals,
                                                        fixture->clerk_position, results, &error));
  assert_error (error, code, part, NULL);
}

static void
test_template (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) results =
      g_ptr_array_new_with_free_func ((GDestroyNotify) kr_appraisal_result_free);
  g_autoptr (GPtrArray) read = NULL;
  g_autoptr (GError) error = NULL;
  KrAppraisalResult *first, *bad;
  KrAppraisalIndicator *indicator;

  first = make_result (KR_RESULT_KIND_UTAMA, "Terkelolanya persuratan", "Surat diagendakan",
                       "1.000 surat");
  first->leader_result = g_strdup ("Meningkatnya tata kelola");
  g_ptr_array_add (first->indicators,
                   kr_appraisal_indicator_new (KR_ASPECT_WAKTU, "Ketepatan disposisi", "1 hari"));
  g_ptr_array_add (results, first);
  g_ptr_array_add (results, make_result (KR_RESULT_KIND_TAMBAHAN, " Anggota tim ", "Kegiatan tim",
                                         "2 kegiatan"));
  g_assert_true (kr_appraisal_repository_set_template (fixture->appraisals, fixture->clerk_position,
                                                       results, &error));
  g_assert_no_error (error);

  read =
      kr_appraisal_repository_get_template (fixture->appraisals, fixture->clerk_position, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (read->len, ==, 2);
  first = g_ptr_array_index (read, 0);
  g_assert_cmpint (first->kind, ==, KR_RESULT_KIND_UTAMA);
  g_assert_cmpstr (first->result, ==, "Terkelolanya persuratan");
  g_assert_cmpstr (first->leader_result, ==, "Meningkatnya tata kelola");
  g_assert_cmpuint (first->indicators->len, ==, 2);
  g_assert_cmpint (((KrAppraisalIndicator *) g_ptr_array_index (first->indicators, 1))->aspect, ==,
                   KR_ASPECT_WAKTU);
  g_assert_cmpstr (((KrAppraisalIndicator *) g_ptr_array_index (first->indicators, 1))->target, ==,
                   "1 hari");
  g_assert_cmpint (((KrAppraisalResult *) g_ptr_array_index (read, 1))->kind, ==,
                   KR_RESULT_KIND_TAMBAHAN);
  g_assert_cmpstr (((KrAppraisalResult *) g_ptr_array_index (read, 1))->result, ==, "Anggota tim");
  g_clear_pointer (&read, g_ptr_array_unref);
  read =
      kr_appraisal_repository_get_template (fixture->appraisals, fixture->analyst_position, &error);
  g_assert_cmpuint (read->len, ==, 0);

  /* Refused, naming the result and indicator; the template stays. */
  bad = make_result (KR_RESULT_KIND_UTAMA, "Hasil", "Indikator", " ");
  g_ptr_array_add (results, bad);
  assert_template_refused (fixture, results, KR_ERROR_INVALID, "Result 3");
  indicator = g_ptr_array_index (bad->indicators, 0);
  g_free (indicator->target);
  indicator->target = g_strdup ("1");
  g_clear_pointer (&bad->result, g_free);
  assert_template_refused (fixture, results, KR_ERROR_INVALID, "Result 3");
  bad->result = g_strdup ("Hasil");
  g_ptr_array_set_size (bad->indicators, 0);
  assert_template_refused (fixture, results, KR_ERROR_INVALID, "at least one indicator");
  g_ptr_array_set_size (results, 2);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM position_result_template"), ==, 3);
  g_assert_false (kr_appraisal_repository_set_template (fixture->appraisals, 999, results, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, NULL);
  g_clear_error (&error);

  /* Replaced; an empty list clears it. */
  g_ptr_array_remove_index (results, 0);
  g_assert_true (kr_appraisal_repository_set_template (fixture->appraisals, fixture->clerk_position,
                                                       results, &error));
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM position_result_template"), ==, 1);
  g_ptr_array_set_size (results, 0);
  g_assert_true (kr_appraisal_repository_set_template (fixture->appraisals, fixture->clerk_position,
                                                       results, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM position_result_template"), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/appraisal-records/trend", Fixture, NULL, fixture_set_up, test_trend,
              fixture_tear_down);
  g_test_add ("/appraisal-records/peer-feedback", Fixture, NULL, fixture_set_up, test_peer_feedback,
              fixture_tear_down);
  g_test_add ("/appraisal-records/peer-feedback-permissions", Fixture, NULL, fixture_set_up,
              test_peer_feedback_permissions, fixture_tear_down);
  g_test_add ("/appraisal-records/skm", Fixture, NULL, fixture_set_up, test_skm, fixture_tear_down);
  g_test_add ("/appraisal-records/pp46", Fixture, NULL, fixture_set_up, test_pp46,
              fixture_tear_down);
  g_test_add ("/appraisal-records/pp46-limits", Fixture, NULL, fixture_set_up, test_pp46_limits,
              fixture_tear_down);
  g_test_add ("/appraisal-records/import", Fixture, NULL, fixture_set_up, test_import,
              fixture_tear_down);
  g_test_add ("/appraisal-records/import-rejected", Fixture, NULL, fixture_set_up,
              test_import_rejected, fixture_tear_down);
  g_test_add ("/appraisal-records/template", Fixture, NULL, fixture_set_up, test_template,
              fixture_tear_down);

  return g_test_run ();
}
