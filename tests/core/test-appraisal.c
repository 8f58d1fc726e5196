/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-appraisal"

#include "config.h"

#include <string.h>

#include "kr-appraisal.h"
#include "kr-error.h"

/* The plain values of kr-appraisal.h: codes, labels, the workflow table, copies and
 * kr_appraisal_validate () with each of its messages. */

static void
test_states (void)
{
  static const char *const codes[] = { "draft", "submitted", "reviewed", "final", "objected" };
  KrAppraisalState state;

  G_STATIC_ASSERT (G_N_ELEMENTS (codes) == KR_N_APPRAISAL_STATES);
  for (guint i = 0; i < KR_N_APPRAISAL_STATES; i++)
    {
      g_assert_cmpstr (kr_appraisal_state_get_code (i), ==, codes[i]);
      g_assert_true (kr_appraisal_state_from_code (codes[i], &state));
      g_assert_cmpint (state, ==, i);
      g_assert_nonnull (kr_appraisal_state_get_label (i));
      g_assert_cmpstr (kr_appraisal_state_get_label (i), !=, "");
    }
  g_assert_cmpstr (kr_appraisal_state_get_label (KR_APPRAISAL_STATE_OBJECTED), ==, "Objection");
  g_assert_false (kr_appraisal_state_from_code ("Draft", &state));
  g_assert_false (kr_appraisal_state_from_code ("", &state));
  g_assert_false (kr_appraisal_state_from_code (NULL, &state));
}

static void
test_actions (void)
{
  static const struct
  {
    KrAppraisalAction action;
    const char *label;
    KrAppraisalState source, target;
    gboolean needs_reason;
  } table[] = {
    { KR_APPRAISAL_ACTION_SUBMIT, "Submit", KR_APPRAISAL_STATE_DRAFT, KR_APPRAISAL_STATE_SUBMITTED,
      FALSE },
    { KR_APPRAISAL_ACTION_RETURN, "Return", KR_APPRAISAL_STATE_SUBMITTED, KR_APPRAISAL_STATE_DRAFT,
      TRUE },
    { KR_APPRAISAL_ACTION_REVIEW, "Mark Reviewed", KR_APPRAISAL_STATE_SUBMITTED,
      KR_APPRAISAL_STATE_REVIEWED, FALSE },
    { KR_APPRAISAL_ACTION_FINALISE, "Finalise", KR_APPRAISAL_STATE_REVIEWED,
      KR_APPRAISAL_STATE_FINAL, FALSE },
    { KR_APPRAISAL_ACTION_OBJECT, "Record Objection", KR_APPRAISAL_STATE_FINAL,
      KR_APPRAISAL_STATE_OBJECTED, TRUE },
    { KR_APPRAISAL_ACTION_DECIDE, "Decide Objection", KR_APPRAISAL_STATE_OBJECTED,
      KR_APPRAISAL_STATE_FINAL, TRUE },
    { KR_APPRAISAL_ACTION_REOPEN, "Reopen", KR_APPRAISAL_STATE_FINAL, KR_APPRAISAL_STATE_DRAFT,
      TRUE },
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (table) == KR_N_APPRAISAL_ACTIONS);
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_assert_cmpstr (kr_appraisal_action_get_label (table[i].action), ==, table[i].label);
      g_assert_cmpint (kr_appraisal_action_get_source (table[i].action), ==, table[i].source);
      g_assert_cmpint (kr_appraisal_action_get_target (table[i].action), ==, table[i].target);
      g_assert_cmpint (kr_appraisal_action_needs_reason (table[i].action), ==,
                       table[i].needs_reason);
    }
}

static void
test_labels (void)
{
  static const char *const relations[] = { "Superior", "Peer", "Subordinate", "Other" };
  static const char *const pp46[] = { "Orientasi Pelayanan", "Integritas",  "Komitmen", "Disiplin",
                                      "Kerja Sama",          "Kepemimpinan" };

  G_STATIC_ASSERT (G_N_ELEMENTS (relations) == KR_N_PEER_RELATIONS);
  G_STATIC_ASSERT (G_N_ELEMENTS (pp46) == KR_PP46_N_BEHAVIOURS);
  for (guint i = 0; i < KR_N_PEER_RELATIONS; i++)
    g_assert_cmpstr (kr_peer_relation_get_label (i), ==, relations[i]);
  for (guint i = 0; i < KR_PP46_N_BEHAVIOURS; i++)
    g_assert_cmpstr (kr_pp46_behaviour_get_label (i), ==, pp46[i]);
}

static KrAppraisalResult *
make_result (KrResultKind kind, const char *text, guint n_indicators)
{
  KrAppraisalResult *result = kr_appraisal_result_new (kind, text);

  for (guint i = 0; i < n_indicators; i++)
    {
      g_autofree char *indicator = g_strdup_printf ("Indicator %u", i + 1);

      g_ptr_array_add (result->indicators,
                       kr_appraisal_indicator_new (KR_ASPECT_KUANTITAS, indicator, "12 laporan"));
    }
  return result;
}

static KrAppraisal *
make_plan (void)
{
  KrAppraisal *plan = kr_appraisal_new (10, 2025);

  plan->appraiser_id = 11;
  g_ptr_array_add (plan->results, make_result (KR_RESULT_KIND_UTAMA, "Laporan kepegawaian", 2));
  g_ptr_array_add (plan->results, make_result (KR_RESULT_KIND_TAMBAHAN, "Tim pengadaan", 1));
  plan->expectations[KR_BEHAVIOUR_AKUNTABEL] = g_strdup ("Tepat waktu");
  return plan;
}

static void
test_new_and_copy (void)
{
  g_autoptr (KrAppraisal) plan = make_plan ();
  g_autoptr (KrAppraisal) copy = NULL;
  KrAppraisalResult *result, *copied;

  g_assert_cmpint (plan->cycle, ==, KR_APPRAISAL_CYCLE_DEFAULT);
  g_assert_cmpint (g_date_get_day (&plan->start), ==, 1);
  g_assert_cmpint (g_date_get_month (&plan->start), ==, G_DATE_JANUARY);
  g_assert_cmpint (g_date_get_day (&plan->end), ==, 31);
  g_assert_cmpint (g_date_get_month (&plan->end), ==, G_DATE_DECEMBER);
  g_assert_cmpint (g_date_get_year (&plan->end), ==, 2025);

  result = g_ptr_array_index (plan->results, 0);
  result->id = 5;
  result->leader_result = g_strdup ("Pimpinan");
  ((KrAppraisalIndicator *) g_ptr_array_index (result->indicators, 1))->id = 9;
  copy = kr_appraisal_copy (plan);
  g_assert_cmpuint (copy->results->len, ==, 2);
  copied = g_ptr_array_index (copy->results, 0);
  g_assert_true (copied != result);
  g_assert_cmpint (copied->id, ==, 5);
  g_assert_cmpstr (copied->leader_result, ==, "Pimpinan");
  g_assert_true (copied->leader_result != result->leader_result);
  g_assert_cmpuint (copied->indicators->len, ==, 2);
  g_assert_true (copied->indicators != result->indicators);
  g_assert_cmpint (((KrAppraisalIndicator *) g_ptr_array_index (copied->indicators, 1))->id, ==, 9);
  g_assert_cmpstr (copy->expectations[KR_BEHAVIOUR_AKUNTABEL], ==, "Tepat waktu");
  g_assert_true (copy->expectations[KR_BEHAVIOUR_AKUNTABEL] !=
                 plan->expectations[KR_BEHAVIOUR_AKUNTABEL]);
  g_assert_null (copy->expectations[KR_BEHAVIOUR_LOYAL]);
}

static void
test_evaluation_copy (void)
{
  g_autoptr (KrAppraisalEvaluation) evaluation = g_new0 (KrAppraisalEvaluation, 1);
  g_autoptr (KrAppraisalEvaluation) copy = NULL;
  KrAppraisalResult *result = make_result (KR_RESULT_KIND_UTAMA, "Laporan", 1);

  result->realisation = g_strdup ("12 laporan selesai");
  evaluation->results = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_appraisal_result_free);
  g_ptr_array_add (evaluation->results, result);
  evaluation->has_predikat = TRUE;
  evaluation->predikat = KR_PREDIKAT_BAIK;
  evaluation->behaviour_feedback[KR_BEHAVIOUR_ADAPTIF] = g_strdup ("Cepat belajar");
  evaluation->objection = g_strdup ("Tidak setuju");
  copy = kr_appraisal_evaluation_copy (evaluation);
  g_assert_true (copy->has_predikat);
  g_assert_cmpint (copy->predikat, ==, KR_PREDIKAT_BAIK);
  g_assert_cmpstr (((KrAppraisalResult *) g_ptr_array_index (copy->results, 0))->realisation, ==,
                   "12 laporan selesai");
  g_assert_cmpstr (copy->behaviour_feedback[KR_BEHAVIOUR_ADAPTIF], ==, "Cepat belajar");
  g_assert_true (copy->objection != evaluation->objection);
  g_assert_cmpstr (copy->objection, ==, "Tidak setuju");
  g_assert_null (copy->decision);
}

static void
test_person_and_sheet (void)
{
  KrAppraisalSheet *sheet = g_new0 (KrAppraisalSheet, 1);
  KrAppraisalPerson person = { .employee_id = 4, .name = g_strdup ("Siti"), .has_rank = TRUE };

  kr_appraisal_person_clear (&person);
  g_assert_cmpint (person.employee_id, ==, 0);
  g_assert_null (person.name);
  g_assert_false (person.has_rank);
  kr_appraisal_person_clear (&person);

  sheet->instansi = g_strdup ("Pemerintah Kota");
  sheet->employee.name = g_strdup ("Siti");
  sheet->plan = make_plan ();
  kr_appraisal_sheet_free (sheet);
  kr_appraisal_sheet_free (NULL);
}

/* Checks that @plan is refused with a message holding @fragment. */
static void
assert_invalid (const KrAppraisal *plan, const char *fragment)
{
  g_autoptr (GError) error = NULL;

  g_assert_false (kr_appraisal_validate (plan, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” not in: %s", fragment, error->message);
}

static void
test_validate (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrAppraisal) plan = make_plan ();
  KrAppraisalResult *second = g_ptr_array_index (plan->results, 1);
  KrAppraisalIndicator *indicator = g_ptr_array_index (second->indicators, 0);
  char *saved;

  g_assert_true (kr_appraisal_validate (plan, &error));
  g_assert_no_error (error);

  /* Each field, named with its result and indicator. */
  saved = second->result;
  second->result = g_strdup ("  ");
  assert_invalid (plan, "Result 2: the result is empty");
  g_free (second->result);
  second->result = saved;

  saved = indicator->target;
  indicator->target = NULL;
  assert_invalid (plan, "Result 2: the target of indicator 1 is empty");
  indicator->target = saved;

  saved = indicator->indicator;
  indicator->indicator = g_strdup ("");
  assert_invalid (plan, "Result 2: the text of indicator 1 is empty");
  g_free (indicator->indicator);
  indicator->indicator = saved;

  g_ptr_array_add (plan->results, make_result (KR_RESULT_KIND_TAMBAHAN, "Tanpa indikator", 0));
  assert_invalid (plan, "Result 3: add at least one indicator");
  g_ptr_array_remove_index (plan->results, 2);
  g_assert_true (kr_appraisal_validate (plan, NULL));

  /* At least one Kinerja Utama. */
  ((KrAppraisalResult *) g_ptr_array_index (plan->results, 0))->kind = KR_RESULT_KIND_TAMBAHAN;
  assert_invalid (plan, "Kinerja Utama");
  g_ptr_array_set_size (plan->results, 0);
  assert_invalid (plan, "Kinerja Utama");
  g_ptr_array_add (plan->results, make_result (KR_RESULT_KIND_UTAMA, "Laporan", 1));
  g_assert_true (kr_appraisal_validate (plan, NULL));

  /* The period and the people. */
  g_date_set_dmy (&plan->start, 1, G_DATE_JULY, 2025);
  g_date_set_dmy (&plan->end, 30, G_DATE_JUNE, 2025);
  assert_invalid (plan, "start before it ends");
  g_date_set_dmy (&plan->end, 31, G_DATE_JANUARY, 2026);
  assert_invalid (plan, "within 2025");
  g_date_set_dmy (&plan->end, 31, G_DATE_DECEMBER, 2025);
  g_assert_true (kr_appraisal_validate (plan, NULL));
  g_date_clear (&plan->start, 1);
  assert_invalid (plan, "first and a last day");
  g_date_set_dmy (&plan->start, 2, G_DATE_JANUARY, 2025);
  plan->appraiser_id = plan->employee_id;
  assert_invalid (plan, "appraiser cannot be the appraised employee");
  plan->appraiser_id = 0;
  g_assert_true (kr_appraisal_validate (plan, NULL));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/appraisal/states", test_states);
  g_test_add_func ("/appraisal/actions", test_actions);
  g_test_add_func ("/appraisal/labels", test_labels);
  g_test_add_func ("/appraisal/new-and-copy", test_new_and_copy);
  g_test_add_func ("/appraisal/evaluation-copy", test_evaluation_copy);
  g_test_add_func ("/appraisal/person-and-sheet", test_person_and_sheet);
  g_test_add_func ("/appraisal/validate", test_validate);

  return g_test_run ();
}
