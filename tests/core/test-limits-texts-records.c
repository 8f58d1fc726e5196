/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-limits-texts-records"

#include "config.h"

#include "kr-appraisal-repository.h"
#include "kr-promotion-repository.h"
#include "kr-talent-repository.h"
#include "kr-vacancy-repository.h"
#include "test-limits-texts.h"

/* The free texts of appraisals (plan, evaluation, workflow, 360 feedback, PP 46/2011 history,
 * position templates), of promotions (proposal, checklist, moves, ujian dinas), of talent
 * management and of vacancies at their limits (test-limits-texts.h). The pertek and decree numbers have their own test,
 * test_decree_limits () in test-promotion-repository.c. */

typedef enum
{
  NONE,
  FIRST,
  SECOND,
  THIRD,
  FOURTH,
} Which;

#define PICK(which, want, text, usual) ((which) == (want) ? (text) : (usual))

/* Appraisals */

static KrAppraisalResult *
new_result (Which which, const char *text)
{
  KrAppraisalResult *result =
      kr_appraisal_result_new (KR_RESULT_KIND_UTAMA, PICK (which, FIRST, text, "Dokumen mutasi"));

  result->leader_result = g_strdup (PICK (which, SECOND, text, NULL));
  g_ptr_array_add (result->indicators,
                   kr_appraisal_indicator_new (KR_ASPECT_KUANTITAS,
                                               PICK (which, THIRD, text, "Dokumen selesai"),
                                               PICK (which, FOURTH, text, "12 dokumen")));
  return result;
}

/* Ani's appraisal of 2025 (made[0]) with its first evaluation (made[1]). */
static void
prepare_appraisal (Fixture *fixture)
{
  g_autoptr (KrAppraisalRepository) repo = kr_appraisal_repository_new (fixture->db);
  g_autoptr (GError) error = NULL;

  fixture->made[0] = kr_appraisal_repository_start (repo, fixture->ani, 2025, &error);
  g_assert_no_error (error);
  fixture->made[1] = kr_test_query_intf (handle (fixture),
                                         "SELECT min (id) FROM appraisal_evaluation WHERE "
                                         "appraisal_id = %lld",
                                         (long long) fixture->made[0]);
}

static gboolean
save_plan (Fixture *fixture, Which which, const char *text, gboolean expectation, GError **error)
{
  g_autoptr (KrAppraisalRepository) repo = kr_appraisal_repository_new (fixture->db);
  g_autoptr (KrAppraisal) plan = kr_appraisal_repository_get (repo, fixture->made[0], NULL);

  g_assert_nonnull (plan);
  g_ptr_array_set_size (plan->results, 0);
  g_ptr_array_add (plan->results, new_result (expectation ? NONE : which, text));
  if (expectation)
    {
      g_free (plan->expectations[KR_BEHAVIOUR_KOLABORATIF]);
      plan->expectations[KR_BEHAVIOUR_KOLABORATIF] = g_strdup (text);
    }
  return kr_appraisal_repository_save_plan (repo, plan, error);
}

static gboolean
plan_result (Fixture *fixture, const char *text, GError **error)
{
  return save_plan (fixture, FIRST, text, FALSE, error);
}

static gboolean
plan_leader_result (Fixture *fixture, const char *text, GError **error)
{
  return save_plan (fixture, SECOND, text, FALSE, error);
}

static gboolean
plan_indicator (Fixture *fixture, const char *text, GError **error)
{
  return save_plan (fixture, THIRD, text, FALSE, error);
}

static gboolean
plan_target (Fixture *fixture, const char *text, GError **error)
{
  return save_plan (fixture, FOURTH, text, FALSE, error);
}

static gboolean
plan_expectation (Fixture *fixture, const char *text, GError **error)
{
  return save_plan (fixture, FIRST, text, TRUE, error);
}

static void
prepare_plan (Fixture *fixture)
{
  prepare_appraisal (fixture);
  g_assert_true (save_plan (fixture, NONE, NULL, FALSE, NULL));
}

static gboolean
save_evaluation (Fixture *fixture, Which which, const char *text, GError **error)
{
  g_autoptr (KrAppraisalRepository) repo = kr_appraisal_repository_new (fixture->db);
  g_autoptr (KrAppraisalEvaluation) evaluation =
      kr_appraisal_repository_get_evaluation (repo, fixture->made[1], NULL);
  KrAppraisalResult *result;

  g_assert_nonnull (evaluation);
  g_assert_cmpuint (evaluation->results->len, ==, 1);
  result = g_ptr_array_index (evaluation->results, 0);
  g_free (result->realisation);
  g_free (result->feedback);
  g_free (evaluation->behaviour_feedback[KR_BEHAVIOUR_KOLABORATIF]);
  g_free (evaluation->notes);
  result->realisation = g_strdup (PICK (which, FIRST, text, "12 dokumen selesai"));
  result->feedback = g_strdup (PICK (which, SECOND, text, NULL));
  evaluation->behaviour_feedback[KR_BEHAVIOUR_KOLABORATIF] =
      g_strdup (PICK (which, THIRD, text, NULL));
  evaluation->notes = g_strdup (PICK (which, FOURTH, text, NULL));
  return kr_appraisal_repository_save_evaluation (repo, evaluation, error);
}

static gboolean
evaluation_realisation (Fixture *fixture, const char *text, GError **error)
{
  return save_evaluation (fixture, FIRST, text, error);
}

static gboolean
evaluation_feedback (Fixture *fixture, const char *text, GError **error)
{
  return save_evaluation (fixture, SECOND, text, error);
}

static gboolean
evaluation_behaviour (Fixture *fixture, const char *text, GError **error)
{
  return save_evaluation (fixture, THIRD, text, error);
}

static gboolean
evaluation_notes (Fixture *fixture, const char *text, GError **error)
{
  return save_evaluation (fixture, FOURTH, text, error);
}

/* During an objection only the objection's texts are written. */
static void
prepare_objection (Fixture *fixture)
{
  prepare_plan (fixture);
  kr_test_execf (handle (fixture),
                 "UPDATE appraisal_evaluation SET state = 'objected', results_rating = "
                 "'as_expected', behaviour_rating = 'as_expected', predikat = 'baik', objection = "
                 "'Keberatan atas predikat' WHERE id = %lld",
                 (long long) fixture->made[1]);
}

static gboolean
save_objection (Fixture *fixture, Which which, const char *text, GError **error)
{
  g_autoptr (KrAppraisalRepository) repo = kr_appraisal_repository_new (fixture->db);
  g_autoptr (KrAppraisalEvaluation) evaluation =
      kr_appraisal_repository_get_evaluation (repo, fixture->made[1], NULL);
  char **field = which == FIRST    ? &evaluation->objection
                 : which == SECOND ? &evaluation->objection_response
                                   : &evaluation->decision;

  g_free (*field);
  *field = g_strdup (text);
  return kr_appraisal_repository_save_evaluation (repo, evaluation, error);
}

static gboolean
objection_text (Fixture *fixture, const char *text, GError **error)
{
  return save_objection (fixture, FIRST, text, error);
}

static gboolean
objection_response (Fixture *fixture, const char *text, GError **error)
{
  return save_objection (fixture, SECOND, text, error);
}

static gboolean
objection_decision (Fixture *fixture, const char *text, GError **error)
{
  return save_objection (fixture, THIRD, text, error);
}

static gboolean
submit_reason (Fixture *fixture, const char *text, GError **error)
{
  g_autoptr (KrAppraisalRepository) repo = kr_appraisal_repository_new (fixture->db);

  return kr_appraisal_repository_apply (repo, fixture->made[1], KR_APPRAISAL_ACTION_SUBMIT, text,
                                        error);
}

static gboolean
peer_feedback (Fixture *fixture, const char *text, GError **error)
{
  g_autoptr (KrAppraisalRepository) repo = kr_appraisal_repository_new (fixture->db);
  KrPeerFeedback feedback = { .evaluation_id = fixture->made[1],
                              .relation = KR_PEER_RELATION_PEER };

  feedback.feedback = (char *) text;
  g_date_clear (&feedback.given_on, 1);
  return kr_appraisal_repository_add_peer_feedback (repo, &feedback, error) > 0;
}

static gboolean
pp46_appraiser (Fixture *fixture, const char *text, GError **error)
{
  g_autoptr (KrAppraisalRepository) repo = kr_appraisal_repository_new (fixture->db);
  KrPp46Appraisal appraisal = { .employee_id = fixture->budi, .year = 2015, .skp_score = 80 };

  for (guint i = 0; i < KR_PP46_N_BEHAVIOURS; i++)
    appraisal.behaviour[i] = 80;
  appraisal.appraiser_name = (char *) text;
  return kr_appraisal_repository_save_pp46 (repo, &appraisal, error) > 0;
}

static gboolean
template_result (Fixture *fixture, Which which, const char *text, GError **error)
{
  g_autoptr (KrAppraisalRepository) repo = kr_appraisal_repository_new (fixture->db);
  g_autoptr (GPtrArray) results =
      g_ptr_array_new_with_free_func ((GDestroyNotify) kr_appraisal_result_free);

  g_ptr_array_add (results, new_result (which, text));
  return kr_appraisal_repository_set_template (repo, fixture->p_staff, results, error);
}

static gboolean
template_text (Fixture *fixture, const char *text, GError **error)
{
  return template_result (fixture, FIRST, text, error);
}

static gboolean
template_target (Fixture *fixture, const char *text, GError **error)
{
  return template_result (fixture, FOURTH, text, error);
}

/* Promotions */

static gboolean
propose (Fixture *fixture, const char *text, GError **error)
{
  g_autoptr (KrPromotionRepository) repo = kr_promotion_repository_new (fixture->db);
  GDate period;

  g_date_set_dmy (&period, 1, 4, 2021);
  return kr_promotion_repository_propose (repo, fixture->ani, KR_KP_KIND_REGULER, &period, text,
                                          &fixture->made[0], error);
}

static void
prepare_proposal (Fixture *fixture)
{
  g_assert_true (propose (fixture, NULL, NULL));
}

static gboolean
promotion_notes (Fixture *fixture, const char *text, GError **error)
{
  g_autoptr (KrPromotionRepository) repo = kr_promotion_repository_new (fixture->db);

  return kr_promotion_repository_set_notes (repo, fixture->made[0], text, error);
}

static gboolean
cancel_reason (Fixture *fixture, const char *text, GError **error)
{
  g_autoptr (KrPromotionRepository) repo = kr_promotion_repository_new (fixture->db);

  return kr_promotion_repository_move (repo, fixture->made[0], KR_PROMOTION_STAGE_CANCELLED, text,
                                       error);
}

static gboolean
document_note (Fixture *fixture, const char *text, GError **error)
{
  g_autoptr (KrPromotionRepository) repo = kr_promotion_repository_new (fixture->db);
  g_autoptr (GPtrArray) documents =
      kr_promotion_repository_list_documents (repo, fixture->made[0], NULL);
  const KrPromotionDocument *document;

  g_assert_nonnull (documents);
  g_assert_cmpuint (documents->len, >, 0);
  document = g_ptr_array_index (documents, 0);
  return kr_promotion_repository_set_document (repo, document->id, TRUE, text, error);
}

static gboolean
ujian_certificate (Fixture *fixture, const char *text, GError **error)
{
  g_autoptr (KrPromotionRepository) repo = kr_promotion_repository_new (fixture->db);
  g_autoptr (KrUjianDinas) record = g_new0 (KrUjianDinas, 1);

  record->employee_id = fixture->ani;
  record->level = KR_UJIAN_DINAS_II_III;
  g_date_set_dmy (&record->date, 3, 5, 2010);
  record->certificate = g_strdup (text);
  return kr_promotion_repository_save_ujian_dinas (repo, record, error);
}

/* Talent and vacancies */

static gboolean
save_assessment (Fixture *fixture, Which which, const char *text, GError **error)
{
  g_autoptr (KrTalentRepository) repo = kr_talent_repository_new (fixture->db);
  KrTalentAssessment *a = kr_talent_assessment_new ();
  gboolean ok;

  a->employee_id = fixture->ani;
  g_date_set_dmy (&a->date, 2, 6, 2025);
  a->potential = KR_TALENT_POTENTIAL_HIGH;
  a->assessor = g_strdup (PICK (which, FIRST, text, "UPT Penilaian Kompetensi"));
  a->note = g_strdup (PICK (which, SECOND, text, NULL));
  ok = kr_talent_repository_save_assessment (repo, a, error);
  kr_talent_assessment_free (a);
  return ok;
}

static gboolean
assessment_assessor (Fixture *fixture, const char *text, GError **error)
{
  return save_assessment (fixture, FIRST, text, error);
}

static gboolean
assessment_note (Fixture *fixture, const char *text, GError **error)
{
  return save_assessment (fixture, SECOND, text, error);
}

static gboolean
plan_note (Fixture *fixture, const char *text, GError **error)
{
  g_autoptr (KrTalentRepository) repo = kr_talent_repository_new (fixture->db);

  return kr_talent_repository_create_plan (repo, fixture->p_kabid, text, &fixture->made[0], error);
}

static void
prepare_succession (Fixture *fixture)
{
  g_assert_true (plan_note (fixture, NULL, NULL));
}

static gboolean
plan_note_update (Fixture *fixture, const char *text, GError **error)
{
  g_autoptr (KrTalentRepository) repo = kr_talent_repository_new (fixture->db);

  return kr_talent_repository_set_plan_note (repo, fixture->made[0], text, error);
}

static gboolean
successor_gaps (Fixture *fixture, const char *text, GError **error)
{
  g_autoptr (KrTalentRepository) repo = kr_talent_repository_new (fixture->db);

  return kr_talent_repository_add_successor (repo, fixture->made[0], fixture->ani,
                                             KR_SUCCESSOR_READINESS_ONE_TO_TWO_YEARS, 1, text,
                                             &fixture->made[1], error);
}

static void
prepare_successor (Fixture *fixture)
{
  prepare_succession (fixture);
  g_assert_true (successor_gaps (fixture, NULL, NULL));
}

static gboolean
successor_gaps_update (Fixture *fixture, const char *text, GError **error)
{
  g_autoptr (KrTalentRepository) repo = kr_talent_repository_new (fixture->db);

  return kr_talent_repository_update_successor (repo, fixture->made[1], KR_SUCCESSOR_READINESS_NOW,
                                                text, error);
}

static gboolean
vacancy_basis (Fixture *fixture, const char *text, GError **error)
{
  g_autoptr (KrVacancyRepository) repo = kr_vacancy_repository_new (fixture->db);

  return kr_vacancy_repository_set_need (repo, fixture->p_staff, 3, text, error);
}

static const TextCase cases[] = {
  { "plan/result", "appraisal_result", KR_TEXT_MAX_NOTE, "Result 1", prepare_appraisal,
    plan_result },
  { "plan/leader-result", "appraisal_result", KR_TEXT_MAX_NOTE, "Leader’s result it supports",
    prepare_appraisal, plan_leader_result },
  { "plan/indicator", "appraisal_result", KR_TEXT_MAX_NOTE, "Result 1 · Indicator 1",
    prepare_appraisal, plan_indicator },
  { "plan/target", "appraisal_result", KR_TEXT_MAX_LINE, "Result 1 · Target of indicator 1",
    prepare_appraisal, plan_target },
  { "plan/expectation", "appraisal_result", KR_TEXT_MAX_NOTE, "Kolaboratif", prepare_appraisal,
    plan_expectation },
  { "evaluation/realisation", "appraisal_evaluation", KR_TEXT_MAX_NOTE, "Realisation", prepare_plan,
    evaluation_realisation },
  { "evaluation/feedback", "appraisal_evaluation", KR_TEXT_MAX_NOTE, "Feedback", prepare_plan,
    evaluation_feedback },
  { "evaluation/behaviour", "appraisal_evaluation", KR_TEXT_MAX_NOTE, "Kolaboratif", prepare_plan,
    evaluation_behaviour },
  { "evaluation/notes", "appraisal_evaluation", KR_TEXT_MAX_NOTE, "Notes and recommendation",
    prepare_plan, evaluation_notes },
  { "evaluation/objection", "appraisal_evaluation", KR_TEXT_MAX_NOTE, "Objection (keberatan)",
    prepare_objection, objection_text },
  { "evaluation/decision", "appraisal_evaluation", KR_TEXT_MAX_NOTE, "Senior appraiser’s decision",
    prepare_objection, objection_decision },
  { "evaluation/objection-response", "appraisal_evaluation", KR_TEXT_MAX_NOTE,
    "Appraiser’s explanation", prepare_objection, objection_response },
  { "evaluation/reason", "appraisal_evaluation", KR_TEXT_MAX_NOTE, "Reason", prepare_plan,
    submit_reason },
  { "evaluation/peer-feedback", "appraisal_peer_feedback", KR_TEXT_MAX_NOTE, "Feedback",
    prepare_plan, peer_feedback },
  { "pp46/appraiser", "appraisal_pp46", KR_TEXT_MAX_NAME, "Appraiser", NULL, pp46_appraiser },
  { "template/result", "position_result_template", KR_TEXT_MAX_NOTE, "Result 1", NULL,
    template_text },
  { "template/target", "position_result_template", KR_TEXT_MAX_LINE,
    "Result 1 · Target of indicator 1", NULL, template_target },
  { "promotion/notes", "promotion", KR_TEXT_MAX_NOTE, "Notes", NULL, propose },
  { "promotion/notes-update", "promotion", KR_TEXT_MAX_NOTE, "Notes", prepare_proposal,
    promotion_notes },
  { "promotion/cancel-reason", "promotion_transition", KR_TEXT_MAX_NOTE, "Reason", prepare_proposal,
    cancel_reason },
  { "promotion/document-note", "promotion_document", KR_TEXT_MAX_NOTE, "Note", prepare_proposal,
    document_note },
  { "promotion/ujian-dinas-certificate", "ujian_dinas", KR_TEXT_MAX_CODE, "Certificate Number",
    NULL, ujian_certificate },
  { "talent/assessor", "talent_assessment", KR_TEXT_MAX_LINE, "Assessor", NULL,
    assessment_assessor },
  { "talent/assessment-note", "talent_assessment", KR_TEXT_MAX_NOTE, "Note", NULL,
    assessment_note },
  { "talent/plan-note", "succession_plan", KR_TEXT_MAX_NOTE, "Note", NULL, plan_note },
  { "talent/plan-note-update", "succession_plan", KR_TEXT_MAX_NOTE, "Note", prepare_succession,
    plan_note_update },
  { "talent/successor-gaps", "successor", KR_TEXT_MAX_NOTE, "Gaps (what they still lack)",
    prepare_succession, successor_gaps },
  { "talent/successor-gaps-update", "successor", KR_TEXT_MAX_NOTE, "Gaps (what they still lack)",
    prepare_successor, successor_gaps_update },
  { "vacancy/basis", "position_need", KR_TEXT_MAX_LINE, "Basis", NULL, vacancy_basis },
};

/* The PP 46/2011 import: a row whose appraiser is one character too long is reported with its
 * line and column, and nothing is imported. */
static void
test_pp46_import (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrAppraisalRepository) repo = kr_appraisal_repository_new (fixture->db);
  g_autofree char *dir = kr_test_make_tmp_dir ("kr-limits-texts-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "pp46.csv", NULL);
  g_autofree char *name = letters (KR_TEXT_MAX_NAME);
  g_autofree char *long_name = letters (KR_TEXT_MAX_NAME + 1);
  g_autofree char *csv = g_strdup_printf ("nip,tahun,nilai_skp,nilai_perilaku,nama_penilai\n"
                                          "198001012010010004,2015,80,80,%s\n"
                                          "198001012010010004,2016,80,80,%s\n",
                                          name, long_name);
  g_auto (GStrv) report = NULL;
  g_autoptr (GError) error = NULL;
  gint64 rows = kr_test_query_int (handle (fixture), "SELECT count(*) FROM appraisal_pp46");

  g_assert_true (g_file_set_contents (path, csv, -1, &error));
  g_assert_false (kr_appraisal_repository_import_pp46 (repo, path, FALSE, &report, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (report);
  g_assert_cmpuint (g_strv_length (report), ==, 1);
  g_test_message ("%s", report[0]);
  g_assert_true (
      g_str_has_prefix (report[0], "Line 3: column nama_penilai: Appraiser: use at most"));
  g_assert_cmpint (kr_test_query_int (handle (fixture), "SELECT count(*) FROM appraisal_pp46"), ==,
                   rows);
  kr_test_remove_tree (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  add_text_cases (cases, G_N_ELEMENTS (cases));
  g_test_add ("/limits/texts/pp46-import", Fixture, NULL, fixture_set_up, test_pp46_import,
              fixture_tear_down);
  return g_test_run ();
}
