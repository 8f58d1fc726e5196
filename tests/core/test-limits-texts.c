/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-limits-texts"

#include "config.h"

#include <glib/gstdio.h>

#include "kr-selection-repository.h"
#include "kr-training-import.h"
#include "kr-training-repository.h"
#include "test-limits-texts.h"

/* The free texts of competence development (courses, sessions, records, nominations, moves,
 * mentoring) and of selections at their limits (test-limits-texts.h), and rows of the SIASN
 * training import with a text too long. test-limits-texts-records.c has appraisals,
 * promotions, talent management and vacancies. */

/* Which text of a record a case sets; the others get ordinary values. */
typedef enum
{
  NONE,
  FIRST,
  SECOND,
  THIRD,
} Which;

#define PICK(which, want, text, usual) ((which) == (want) ? (text) : (usual))

/* Training */

static gboolean
save_course (Fixture *fixture, Which which, const char *text, GError **error)
{
  g_autoptr (KrTrainingRepository) repo = kr_training_repository_new (fixture->db);
  g_autoptr (KrCourse) course = kr_course_new ();

  course->title = g_strdup (PICK (which, FIRST, text, "Bimtek Kearsipan"));
  course->provider = g_strdup (PICK (which, SECOND, text, "BKPSDM"));
  course->description = g_strdup (PICK (which, THIRD, text, NULL));
  course->kind = KR_TRAINING_KIND_CLASSICAL;
  course->type = KR_COMPETENCE_TYPE_TECHNICAL;
  course->form = KR_TRAINING_FORM_BIMTEK;
  course->jp = 32;
  course->delivery = KR_DELIVERY_IN_PERSON;
  if (!kr_training_repository_save_course (repo, course, error))
    return FALSE;
  fixture->made[0] = course->id;
  return TRUE;
}

static gboolean
course_title (Fixture *fixture, const char *text, GError **error)
{
  return save_course (fixture, FIRST, text, error);
}

static gboolean
course_provider (Fixture *fixture, const char *text, GError **error)
{
  return save_course (fixture, SECOND, text, error);
}

static gboolean
course_description (Fixture *fixture, const char *text, GError **error)
{
  return save_course (fixture, THIRD, text, error);
}

static gboolean
save_session (Fixture *fixture, Which which, const char *text, GError **error)
{
  g_autoptr (KrTrainingRepository) repo = kr_training_repository_new (fixture->db);
  g_autoptr (KrTrainingSession) session = kr_training_session_new ();

  session->course_id = fixture->made[0];
  session->name = g_strdup (PICK (which, FIRST, text, "Angkatan I"));
  session->place = g_strdup (PICK (which, SECOND, text, "Mataram"));
  session->start_date = g_strdup ("2027-05-03");
  session->end_date = g_strdup ("2027-05-07");
  if (!kr_training_repository_save_session (repo, session, error))
    return FALSE;
  fixture->made[1] = session->id;
  return TRUE;
}

static void
prepare_course (Fixture *fixture)
{
  g_assert_true (save_course (fixture, NONE, NULL, NULL));
}

static gboolean
session_name (Fixture *fixture, const char *text, GError **error)
{
  return save_session (fixture, FIRST, text, error);
}

static gboolean
session_place (Fixture *fixture, const char *text, GError **error)
{
  return save_session (fixture, SECOND, text, error);
}

static gboolean
save_record (Fixture *fixture, Which which, const char *text, GError **error)
{
  g_autoptr (KrTrainingRepository) repo = kr_training_repository_new (fixture->db);
  g_autoptr (KrTrainingRecord) record = kr_training_record_new ();

  record->employee_id = fixture->ani;
  record->title = g_strdup (PICK (which, FIRST, text, "Diklat Kearsipan"));
  record->provider = g_strdup (PICK (which, SECOND, text, "ANRI"));
  record->certificate_number = g_strdup (PICK (which, THIRD, text, "12/2024"));
  record->kind = KR_TRAINING_KIND_CLASSICAL;
  record->type = KR_COMPETENCE_TYPE_TECHNICAL;
  record->form = KR_TRAINING_FORM_TRAINING;
  record->end_date = g_strdup ("2024-05-10");
  record->jp = 20;
  return kr_training_repository_save_record (repo, record, error);
}

static gboolean
record_title (Fixture *fixture, const char *text, GError **error)
{
  return save_record (fixture, FIRST, text, error);
}

static gboolean
record_provider (Fixture *fixture, const char *text, GError **error)
{
  return save_record (fixture, SECOND, text, error);
}

static gboolean
record_certificate (Fixture *fixture, const char *text, GError **error)
{
  return save_record (fixture, THIRD, text, error);
}

static void
prepare_session (Fixture *fixture)
{
  prepare_course (fixture);
  g_assert_true (save_session (fixture, NONE, NULL, NULL));
}

static gboolean
nominate (Fixture *fixture, gint64 employee, const char *reason, GError **error)
{
  g_autoptr (KrTrainingRepository) repo = kr_training_repository_new (fixture->db);
  guint n = 0;

  if (!kr_training_repository_nominate (repo, fixture->made[1], &employee, 1, reason, &n, NULL,
                                        error))
    return FALSE;
  g_assert_cmpuint (n, ==, 1);
  fixture->made[2] = kr_test_query_intf (handle (fixture),
                                         "SELECT id FROM training_enrolment WHERE employee_id = "
                                         "%lld",
                                         (long long) employee);
  return TRUE;
}

static gboolean
override_reason (Fixture *fixture, const char *text, GError **error)
{
  return nominate (fixture, fixture->ani, text, error);
}

static gboolean
move (Fixture *fixture, KrEnrolmentState to, const char *reason, const char *number, GError **error)
{
  g_autoptr (KrTrainingRepository) repo = kr_training_repository_new (fixture->db);

  return kr_training_repository_move (repo, fixture->made[2], to, reason, 0, number, NULL, error);
}

static void
prepare_enrolment (Fixture *fixture)
{
  prepare_session (fixture);
  g_assert_true (nominate (fixture, fixture->ani, NULL, NULL));
}

static gboolean
withdraw_reason (Fixture *fixture, const char *text, GError **error)
{
  return move (fixture, KR_ENROLMENT_STATE_WITHDRAWN, text, NULL, error);
}

static void
prepare_attended (Fixture *fixture)
{
  prepare_enrolment (fixture);
  g_assert_true (move (fixture, KR_ENROLMENT_STATE_APPROVED, NULL, NULL, NULL));
  g_assert_true (move (fixture, KR_ENROLMENT_STATE_ATTENDED, NULL, NULL, NULL));
}

static gboolean
completion_certificate (Fixture *fixture, const char *text, GError **error)
{
  return move (fixture, KR_ENROLMENT_STATE_COMPLETED, NULL, text, error);
}

static gboolean
mentoring_goals (Fixture *fixture, const char *text, GError **error)
{
  g_autoptr (KrTrainingRepository) repo = kr_training_repository_new (fixture->db);
  g_autoptr (KrMentoring) mentoring = kr_mentoring_new ();

  mentoring->mentor_id = fixture->kadis;
  mentoring->mentee_id = fixture->ani;
  mentoring->goals = g_strdup (text);
  mentoring->start_date = g_strdup ("2025-01-06");
  if (!kr_training_repository_save_mentoring (repo, mentoring, error))
    return FALSE;
  fixture->made[0] = mentoring->id;
  return TRUE;
}

static void
prepare_mentoring (Fixture *fixture)
{
  g_assert_true (mentoring_goals (fixture, "Menyusun kajian kebijakan", NULL));
}

static gboolean
save_mentoring_session (Fixture *fixture, Which which, const char *text, GError **error)
{
  g_autoptr (KrTrainingRepository) repo = kr_training_repository_new (fixture->db);
  KrMentoringSession *session = kr_mentoring_session_new ();
  gboolean ok;

  session->mentoring_id = fixture->made[0];
  session->date = g_strdup ("2025-02-03");
  session->topic = g_strdup (PICK (which, FIRST, text, "Kerangka kajian"));
  session->notes = g_strdup (PICK (which, SECOND, text, NULL));
  session->minutes = 90;
  ok = kr_training_repository_save_mentoring_session (repo, session, error);
  kr_mentoring_session_free (session);
  return ok;
}

static gboolean
mentoring_topic (Fixture *fixture, const char *text, GError **error)
{
  return save_mentoring_session (fixture, FIRST, text, error);
}

static gboolean
mentoring_notes (Fixture *fixture, const char *text, GError **error)
{
  return save_mentoring_session (fixture, SECOND, text, error);
}

/* Selections */

static gboolean
save_selection (Fixture *fixture, Which which, const char *text, GError **error)
{
  g_autoptr (KrSelectionRepository) repo = kr_selection_repository_new (fixture->db);
  g_autoptr (KrSelection) s = kr_selection_new ();

  s->position_id = fixture->p_kabid;
  s->title = g_strdup (PICK (which, FIRST, text, NULL));
  s->panel_decree = g_strdup (PICK (which, SECOND, text, "800/12/BKPSDM/2025"));
  s->notes = g_strdup (PICK (which, THIRD, text, NULL));
  g_date_set_dmy (&s->opens_on, 10, 1, 2025);
  g_date_set_dmy (&s->closes_on, 31, 1, 2025);
  if (!kr_selection_repository_create (repo, s, error))
    return FALSE;
  fixture->made[0] = s->id;
  return TRUE;
}

static gboolean
selection_title (Fixture *fixture, const char *text, GError **error)
{
  return save_selection (fixture, FIRST, text, error);
}

static gboolean
selection_decree (Fixture *fixture, const char *text, GError **error)
{
  return save_selection (fixture, SECOND, text, error);
}

static gboolean
selection_notes (Fixture *fixture, const char *text, GError **error)
{
  return save_selection (fixture, THIRD, text, error);
}

static void
prepare_selection (Fixture *fixture)
{
  g_assert_true (save_selection (fixture, NONE, NULL, NULL));
}

static gboolean
save_member (Fixture *fixture, gint64 employee, Which which, const char *text, GError **error)
{
  g_autoptr (KrSelectionRepository) repo = kr_selection_repository_new (fixture->db);
  KrSelectionPanelMember *m = kr_selection_panel_member_new ();
  gboolean ok;

  m->selection_id = fixture->made[0];
  m->employee_id = employee;
  m->is_external = employee == 0;
  m->name = g_strdup (employee != 0 ? NULL : PICK (which, FIRST, text, "Prof. Luar"));
  m->institution = g_strdup (employee != 0 ? NULL : PICK (which, SECOND, text, "Universitas"));
  m->role = employee == fixture->kadis ? KR_PANEL_ROLE_CHAIR : KR_PANEL_ROLE_MEMBER;
  ok = kr_selection_repository_save_panel_member (repo, m, error);
  kr_selection_panel_member_free (m);
  return ok;
}

static gboolean
member_name (Fixture *fixture, const char *text, GError **error)
{
  return save_member (fixture, 0, FIRST, text, error);
}

static gboolean
member_institution (Fixture *fixture, const char *text, GError **error)
{
  return save_member (fixture, 0, SECOND, text, error);
}

static gboolean
save_candidate (Fixture *fixture, gint64 employee, Which which, const char *text, GError **error)
{
  g_autoptr (KrSelectionRepository) repo = kr_selection_repository_new (fixture->db);
  KrSelectionCandidate *c = kr_selection_candidate_new ();
  gboolean ok;

  c->selection_id = fixture->made[0];
  c->employee_id = employee;
  c->name = g_strdup (employee != 0 ? NULL : PICK (which, FIRST, text, "Dewi Lestari"));
  c->origin = g_strdup (employee != 0 ? NULL : PICK (which, SECOND, text, "Pemprov NTB"));
  ok = kr_selection_repository_save_candidate (repo, c, error);
  fixture->made[1] = c->id;
  kr_selection_candidate_free (c);
  return ok;
}

static gboolean
candidate_name (Fixture *fixture, const char *text, GError **error)
{
  return save_candidate (fixture, 0, FIRST, text, error);
}

static gboolean
candidate_origin (Fixture *fixture, const char *text, GError **error)
{
  return save_candidate (fixture, 0, SECOND, text, error);
}

static gboolean
stage_name (Fixture *fixture, const char *text, GError **error)
{
  g_autoptr (KrSelectionRepository) repo = kr_selection_repository_new (fixture->db);
  g_autoptr (KrSelectionStage) stage = kr_selection_stage_new ();

  stage->selection_id = fixture->made[0];
  stage->kind = KR_SELECTION_STAGE_ADMINISTRATION;
  stage->weight = 100;
  stage->name = g_strdup (text);
  if (!kr_selection_repository_save_stage (repo, stage, error))
    return FALSE;
  fixture->made[2] = stage->id;
  return TRUE;
}

/* An open selection in scoring: one stage, a panel of three, Ani registered. */
static void
prepare_scoring (Fixture *fixture)
{
  g_autoptr (KrSelectionRepository) repo = kr_selection_repository_new (fixture->db);
  g_autoptr (GError) error = NULL;

  prepare_selection (fixture);
  g_assert_true (stage_name (fixture, NULL, &error));
  g_assert_true (save_member (fixture, fixture->kadis, NONE, NULL, &error));
  g_assert_true (save_member (fixture, fixture->sekda, NONE, NULL, &error));
  g_assert_true (save_member (fixture, 0, NONE, NULL, &error));
  g_assert_true (
      kr_selection_repository_move (repo, fixture->made[0], KR_SELECTION_STATUS_OPEN, &error));
  g_assert_true (save_candidate (fixture, fixture->ani, NONE, NULL, &error));
  g_assert_true (
      kr_selection_repository_move (repo, fixture->made[0], KR_SELECTION_STATUS_SCORING, &error));
  g_assert_no_error (error);
}

static gboolean
score_note (Fixture *fixture, const char *text, GError **error)
{
  g_autoptr (KrSelectionRepository) repo = kr_selection_repository_new (fixture->db);

  return kr_selection_repository_set_score (repo, fixture->made[1], fixture->made[2], 80, text,
                                            error);
}

static const TextCase cases[] = {
  { "course/title", "training_course", KR_TEXT_MAX_LINE, "Title", NULL, course_title },
  { "course/provider", "training_course", KR_TEXT_MAX_LINE, "Provider", NULL, course_provider },
  { "course/description", "training_course", KR_TEXT_MAX_NOTE, "Description", NULL,
    course_description },
  { "session/name", "training_session", KR_TEXT_MAX_NAME, "Name", prepare_course, session_name },
  { "session/place", "training_session", KR_TEXT_MAX_NAME, "Place", prepare_course, session_place },
  { "record/title", "training_record", KR_TEXT_MAX_LINE, "Title", NULL, record_title },
  { "record/provider", "training_record", KR_TEXT_MAX_LINE, "Provider", NULL, record_provider },
  { "record/certificate", "training_record", KR_TEXT_MAX_CODE, "Certificate Number", NULL,
    record_certificate },
  { "enrolment/override-reason", "training_enrolment", KR_TEXT_MAX_NOTE, "Override Reason",
    prepare_session, override_reason },
  { "enrolment/withdraw-reason", "training_enrolment", KR_TEXT_MAX_NOTE, "Reason",
    prepare_enrolment, withdraw_reason },
  { "enrolment/certificate", "training_enrolment", KR_TEXT_MAX_CODE, "Certificate Number",
    prepare_attended, completion_certificate },
  { "mentoring/goals", "mentoring", KR_TEXT_MAX_NOTE, "Goals", NULL, mentoring_goals },
  { "mentoring/topic", "mentoring_session", KR_TEXT_MAX_LINE, "Topic", prepare_mentoring,
    mentoring_topic },
  { "mentoring/notes", "mentoring_session", KR_TEXT_MAX_NOTE, "Notes", prepare_mentoring,
    mentoring_notes },
  { "selection/title", "selection", KR_TEXT_MAX_LINE, "Title", NULL, selection_title },
  { "selection/decree", "selection", KR_TEXT_MAX_CODE, "Panel decree", NULL, selection_decree },
  { "selection/notes", "selection", KR_TEXT_MAX_NOTE, "Notes", NULL, selection_notes },
  { "selection/member-name", "selection_panel_member", KR_TEXT_MAX_NAME, "Name with titles",
    prepare_selection, member_name },
  { "selection/member-institution", "selection_panel_member", KR_TEXT_MAX_LINE, "Institution",
    prepare_selection, member_institution },
  { "selection/candidate-name", "selection_candidate", KR_TEXT_MAX_NAME, "Name with titles",
    prepare_selection, candidate_name },
  { "selection/candidate-origin", "selection_candidate", KR_TEXT_MAX_LINE, "Instansi",
    prepare_selection, candidate_origin },
  { "selection/stage-name", "selection_stage", KR_TEXT_MAX_NAME, "Name on announcements",
    prepare_selection, stage_name },
  { "selection/score-note", "selection_score", KR_TEXT_MAX_NOTE, "Note", prepare_scoring,
    score_note },
};

/* The SIASN training import: a row with a text one character too long is rejected naming its
 * line and column; the rows at the limit and the ordinary ones are imported. */
static void
test_import (Fixture *fixture, gconstpointer data)
{
  g_autofree char *dir = kr_test_make_tmp_dir ("kr-limits-texts-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "rw-diklat.csv", NULL);
  g_autofree char *title = letters (KR_TEXT_MAX_LINE);
  g_autofree char *long_title = letters (KR_TEXT_MAX_LINE + 1);
  g_autofree char *long_provider = letters (KR_TEXT_MAX_LINE + 1);
  g_autofree char *long_number = letters (KR_TEXT_MAX_CODE + 1);
  g_autofree char *csv = NULL;
  g_autoptr (KrTrainingImporter) importer = kr_training_importer_new (fixture->db);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  const KrTrainingImportReport *report;
  const struct
  {
    guint line;
    const char *column;
    const char *label;
  } expected[] = {
    { 3, "nama", "Title" },
    { 5, "institusiPenyelenggara", "Provider" },
    { 6, "nomor", "Certificate Number" },
  };

#define NIP_ANI "198001012010010003"
  csv = g_strdup_printf (
      "nipBaru,nama,jumlahJam,tanggalSelesai,institusiPenyelenggara,nomor\n" NIP_ANI
      ",Diklat Kearsipan,20,2024-05-10,ANRI,1/2024\n" NIP_ANI
      ",%s,20,2024-06-10,ANRI,2/2024\n" NIP_ANI ",%s,20,2024-07-10,ANRI,3/2024\n" NIP_ANI
      ",Bimtek Arsip,20,2024-08-10,%s,4/2024\n" NIP_ANI ",Bimtek SPBE,20,2024-09-10,Kominfo,%s\n",
      long_title, title, long_provider, long_number);
#undef NIP_ANI
  g_assert_true (g_file_set_contents (path, csv, -1, &error));
  g_assert_true (kr_training_importer_analyse (importer, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  report = kr_training_importer_get_report (importer);
  g_assert_cmpuint (report->n_rows, ==, 5);
  g_assert_cmpuint (report->n_rejected, ==, G_N_ELEMENTS (expected));
  g_assert_cmpuint (report->n_new, ==, 2);
  g_assert_cmpuint (report->issues->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const KrSiasnIssue *issue = g_ptr_array_index (report->issues, i);

      g_test_message ("line %u, %s: %s", issue->line, issue->column, issue->message);
      g_assert_cmpint (issue->kind, ==, KR_SIASN_ISSUE_REJECTED);
      g_assert_cmpuint (issue->line, ==, expected[i].line);
      g_assert_cmpstr (issue->column, ==, expected[i].column);
      g_assert_true (g_str_has_prefix (issue->message, expected[i].label));
      g_assert_nonnull (strstr (issue->message, "use at most"));
    }
  g_assert_true (kr_training_importer_commit (importer, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kr_test_query_int (handle (fixture), "SELECT count(*) FROM training_record"), ==,
                   2);
  g_assert_cmpint (kr_test_query_intf (handle (fixture),
                                       "SELECT length (title) FROM training_record WHERE "
                                       "end_date = '2024-07-10'"),
                   ==, KR_TEXT_MAX_LINE);
  g_assert_cmpint (g_remove (path), ==, 0);
  kr_test_remove_tree (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  add_text_cases (cases, G_N_ELEMENTS (cases));
  g_test_add ("/limits/texts/training-import", Fixture, NULL, fixture_set_up, test_import,
              fixture_tear_down);
  return g_test_run ();
}
