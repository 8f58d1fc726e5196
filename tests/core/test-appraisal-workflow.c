/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-appraisal-workflow"

#include "config.h"

#include "test-appraisal-fixture.h"

/* The workflow of kr-appraisal-repository.h: every step from its source state and from the
 * others, reasons, who may take it (kr-identity.h), its record, and final evaluations being
 * read-only through the repository and through SQL. */

/* Siti's appraisal of 2025, with both ratings on the evaluation of @period. */
static gint64
rated_evaluation (Fixture *fixture, guint period)
{
  gint64 id = start (fixture, fixture->siti, 2025);
  gint64 evaluation = evaluation_of (fixture, id, period);

  rate (fixture, evaluation, KR_RATING_ABOVE, KR_RATING_AS_EXPECTED);
  return evaluation;
}

static KrAppraisalState
state_of (Fixture *fixture, gint64 evaluation_id)
{
  g_autofree char *code = query_text (
      fixture, "SELECT state FROM appraisal_evaluation WHERE id = %lld", (long long) evaluation_id);
  KrAppraisalState state = KR_N_APPRAISAL_STATES;

  g_assert_true (kr_appraisal_state_from_code (code, &state));
  return state;
}

/* Moves @evaluation to @state the usual way. */
static void
move_to (Fixture *fixture, gint64 evaluation, KrAppraisalState state)
{
  static const KrAppraisalAction path[] = {
    KR_APPRAISAL_ACTION_SUBMIT,
    KR_APPRAISAL_ACTION_REVIEW,
    KR_APPRAISAL_ACTION_FINALISE,
    KR_APPRAISAL_ACTION_OBJECT,
  };

  for (guint i = 0; i < G_N_ELEMENTS (path) && state_of (fixture, evaluation) != state; i++)
    {
      if (state_of (fixture, evaluation) == kr_appraisal_action_get_source (path[i]))
        apply_ok (fixture, evaluation, path[i], "Alasan");
    }
  g_assert_cmpint (state_of (fixture, evaluation), ==, state);
}

static void
test_path (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) transitions = NULL;
  g_autoptr (KrAppraisalEvaluation) evaluation = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  gint64 id = start (fixture, fixture->siti, 2025);
  gint64 evaluation_id = evaluation_of (fixture, id, 0);
  KrAppraisalTransition *transition;

  sign_in (fixture, "admin", KR_ROLE_ADMINISTRATOR, 0, 0);
  apply_ok (fixture, evaluation_id, KR_APPRAISAL_ACTION_SUBMIT, NULL);
  /* Reviewing needs both ratings. */
  g_assert_false (kr_appraisal_repository_apply (fixture->repo, evaluation_id,
                                                 KR_APPRAISAL_ACTION_REVIEW, NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "rate both");
  g_clear_error (&error);
  apply_ok (fixture, evaluation_id, KR_APPRAISAL_ACTION_RETURN, "  Lengkapi bukti  ");
  g_assert_cmpint (state_of (fixture, evaluation_id), ==, KR_APPRAISAL_STATE_DRAFT);
  apply_ok (fixture, evaluation_id, KR_APPRAISAL_ACTION_SUBMIT, NULL);
  rate (fixture, evaluation_id, KR_RATING_AS_EXPECTED, KR_RATING_AS_EXPECTED);
  apply_ok (fixture, evaluation_id, KR_APPRAISAL_ACTION_REVIEW, NULL);
  {
    g_autofree char *text =
        query_text (fixture, "SELECT final_on FROM appraisal_evaluation WHERE id = %lld",
                    (long long) evaluation_id);

    g_assert_null (text);
  }
  apply_ok (fixture, evaluation_id, KR_APPRAISAL_ACTION_FINALISE, NULL);
  {
    g_autofree char *text =
        query_text (fixture, "SELECT final_on FROM appraisal_evaluation WHERE id = %lld",
                    (long long) evaluation_id);

    g_assert_cmpstr (text, ==, today);
  }
  apply_ok (fixture, evaluation_id, KR_APPRAISAL_ACTION_OBJECT, "Realisasi tidak dihitung");
  apply_ok (fixture, evaluation_id, KR_APPRAISAL_ACTION_DECIDE, "Keberatan ditolak");
  evaluation = kr_appraisal_repository_get_evaluation (fixture->repo, evaluation_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (evaluation->state, ==, KR_APPRAISAL_STATE_FINAL);
  g_assert_cmpstr (evaluation->objection, ==, "Realisasi tidak dihitung");
  g_assert_cmpstr (evaluation->decision, ==, "Keberatan ditolak");
  apply_ok (fixture, evaluation_id, KR_APPRAISAL_ACTION_REOPEN, "Salah ketik");
  g_assert_cmpint (state_of (fixture, evaluation_id), ==, KR_APPRAISAL_STATE_DRAFT);

  transitions = kr_appraisal_repository_list_transitions (fixture->repo, evaluation_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (transitions->len, ==, 8);
  transition = g_ptr_array_index (transitions, 1);
  g_assert_cmpint (transition->from, ==, KR_APPRAISAL_STATE_SUBMITTED);
  g_assert_cmpint (transition->to, ==, KR_APPRAISAL_STATE_DRAFT);
  g_assert_cmpstr (transition->reason, ==, "Lengkapi bukti");
  g_assert_cmpstr (transition->user_name, ==, "admin");
  g_assert_true (g_str_has_prefix (transition->at, today));
  g_assert_true (g_str_has_suffix (transition->at, "Z"));
  transition = g_ptr_array_index (transitions, 0);
  g_assert_null (transition->reason);
  transition = g_ptr_array_index (transitions, 7);
  g_assert_cmpint (transition->from, ==, KR_APPRAISAL_STATE_FINAL);
  g_assert_cmpint (transition->to, ==, KR_APPRAISAL_STATE_DRAFT);
  g_assert_cmpstr (transition->reason, ==, "Salah ketik");
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM appraisal_transition WHERE "
                              "account_id = (SELECT id FROM account WHERE user_name = 'admin')"),
                   ==, 8);
  /* Each step is audited. */
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                       "'appraisal_transition' AND user_name = 'admin'"),
                   ==, 8);
}

/* Every action from every state: only its source state lets it through. */
static void
test_states (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  for (KrAppraisalState state = 0; state < KR_N_APPRAISAL_STATES; state++)
    {
      gint64 id = start (fixture, fixture->siti, 2025 + state);
      gint64 evaluation = evaluation_of (fixture, id, 1);

      rate (fixture, evaluation, KR_RATING_BELOW, KR_RATING_BELOW);
      move_to (fixture, evaluation, state);
      for (KrAppraisalAction action = 0; action < KR_N_APPRAISAL_ACTIONS; action++)
        {
          gboolean valid = kr_appraisal_action_get_source (action) == state;

          g_assert_cmpint (kr_appraisal_repository_can_apply (fixture->repo, evaluation, action),
                           ==, valid);
          if (valid)
            continue;
          g_assert_false (
              kr_appraisal_repository_apply (fixture->repo, evaluation, action, "Alasan", &error));
          assert_error (error, KR_ERROR, KR_ERROR_INVALID, kr_appraisal_state_get_label (state));
          g_clear_error (&error);
          g_assert_cmpint (state_of (fixture, evaluation), ==, state);
        }
    }
  g_assert_false (kr_appraisal_repository_apply (fixture->repo, 9999, KR_APPRAISAL_ACTION_SUBMIT,
                                                 NULL, &error));
  assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, NULL);
}

static void
test_reasons (Fixture *fixture, gconstpointer data)
{
  static const struct
  {
    KrAppraisalAction action;
    KrAppraisalState state;
  } table[] = {
    { KR_APPRAISAL_ACTION_RETURN, KR_APPRAISAL_STATE_SUBMITTED },
    { KR_APPRAISAL_ACTION_REOPEN, KR_APPRAISAL_STATE_FINAL },
    { KR_APPRAISAL_ACTION_OBJECT, KR_APPRAISAL_STATE_FINAL },
    { KR_APPRAISAL_ACTION_DECIDE, KR_APPRAISAL_STATE_OBJECTED },
  };
  gint64 evaluation = rated_evaluation (fixture, 1);

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_autoptr (GError) error = NULL;

      move_to (fixture, evaluation, table[i].state);
      g_assert_false (
          kr_appraisal_repository_apply (fixture->repo, evaluation, table[i].action, NULL, &error));
      assert_error (error, KR_ERROR, KR_ERROR_INVALID, "reason");
      g_clear_error (&error);
      g_assert_false (kr_appraisal_repository_apply (fixture->repo, evaluation, table[i].action,
                                                     " \t", &error));
      assert_error (error, KR_ERROR, KR_ERROR_INVALID, "reason");
      g_assert_cmpint (state_of (fixture, evaluation), ==, table[i].state);
    }
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal_transition WHERE reason IS "
                                       "NULL AND to_state IN ('draft', 'objected')"),
                   ==, 0);
}

/* Who may take each step. */
typedef enum
{
  ADMIN,
  HR,
  APPRAISER, /* the unit head who appraises Siti */
  OTHER_HEAD,
  SENIOR, /* the unit head who is Siti's senior appraiser */
  VIEWER,
  N_WHO,
} Who;

static void
sign_in_as (Fixture *fixture, Who who)
{
  switch (who)
    {
    case ADMIN:
      sign_in (fixture, "admin", KR_ROLE_ADMINISTRATOR, 0, 0);
      break;
    case HR:
      sign_in (fixture, "hr", KR_ROLE_HR_OPERATOR, 0, 0);
      break;
    case APPRAISER:
      sign_in (fixture, "kabid", KR_ROLE_UNIT_HEAD, fixture->kabid, fixture->mutasi);
      break;
    case OTHER_HEAD:
      /* Leads a unit above Siti's, but appraises nobody here. */
      sign_in (fixture, "sekda", KR_ROLE_UNIT_HEAD, fixture->sekda, fixture->root);
      break;
    case SENIOR:
      sign_in (fixture, "kaban", KR_ROLE_UNIT_HEAD, fixture->kaban, fixture->bkpsdm);
      break;
    case VIEWER:
    case N_WHO:
    default:
      sign_in (fixture, "viewer", KR_ROLE_VIEWER, 0, 0);
      break;
    }
}

static void
test_permissions (Fixture *fixture, gconstpointer data)
{
  /* allowed[who][action] */
  static const gboolean allowed[N_WHO][KR_N_APPRAISAL_ACTIONS] = {
    [ADMIN] = { TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE },
    [HR] = { TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, FALSE },
    [APPRAISER] = { TRUE, TRUE, TRUE, TRUE, FALSE, FALSE, FALSE },
    [OTHER_HEAD] = { FALSE },
    [SENIOR] = { FALSE, FALSE, FALSE, FALSE, FALSE, TRUE, FALSE },
    [VIEWER] = { FALSE },
  };
  gint64 evaluation = rated_evaluation (fixture, 1);

  for (Who who = 0; who < N_WHO; who++)
    for (KrAppraisalAction action = 0; action < KR_N_APPRAISAL_ACTIONS; action++)
      {
        g_autoptr (GError) error = NULL;
        KrAppraisalState source = kr_appraisal_action_get_source (action);
        gboolean ok;

        /* Put it in the action's source state as an administrator. */
        kr_database_set_identity (fixture->db, NULL);
        sign_in_as (fixture, ADMIN);
        if (state_of (fixture, evaluation) != source)
          {
            if (state_of (fixture, evaluation) != KR_APPRAISAL_STATE_DRAFT)
              {
                if (state_of (fixture, evaluation) == KR_APPRAISAL_STATE_OBJECTED)
                  apply_ok (fixture, evaluation, KR_APPRAISAL_ACTION_DECIDE, "Ditolak");
                if (state_of (fixture, evaluation) == KR_APPRAISAL_STATE_FINAL)
                  apply_ok (fixture, evaluation, KR_APPRAISAL_ACTION_REOPEN, "Ulang");
                if (state_of (fixture, evaluation) == KR_APPRAISAL_STATE_SUBMITTED)
                  apply_ok (fixture, evaluation, KR_APPRAISAL_ACTION_RETURN, "Ulang");
                if (state_of (fixture, evaluation) == KR_APPRAISAL_STATE_REVIEWED)
                  {
                    apply_ok (fixture, evaluation, KR_APPRAISAL_ACTION_FINALISE, NULL);
                    apply_ok (fixture, evaluation, KR_APPRAISAL_ACTION_REOPEN, "Ulang");
                  }
              }
            move_to (fixture, evaluation, source);
          }

        sign_in_as (fixture, who);
        g_assert_cmpint (kr_appraisal_repository_can_apply (fixture->repo, evaluation, action), ==,
                         allowed[who][action]);
        ok = kr_appraisal_repository_apply (fixture->repo, evaluation, action, "Alasan", &error);
        if (ok != allowed[who][action])
          g_error ("who %d, action %s: %s", who, kr_appraisal_action_get_label (action),
                   error != NULL ? error->message : "allowed");
        if (ok)
          g_assert_cmpint (state_of (fixture, evaluation), ==,
                           kr_appraisal_action_get_target (action));
        else
          {
            assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, NULL);
            g_assert_cmpint (state_of (fixture, evaluation), ==, source);
          }
      }
}

/* Writing evaluations and plans by role. */
static void
test_edit_permissions (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrAppraisal) plan = NULL;
  g_autoptr (KrAppraisalEvaluation) evaluation = NULL;
  gint64 evaluation_id = rated_evaluation (fixture, 1);
  gint64 id = query_int (fixture, "SELECT appraisal_id FROM appraisal_evaluation WHERE id = %lld",
                         (long long) evaluation_id);

  /* The appraiser edits the plan and the evaluation. */
  sign_in_as (fixture, APPRAISER);
  plan = kr_appraisal_repository_get (fixture->repo, id, &error);
  g_assert_no_error (error);
  plan_add_result (plan, KR_RESULT_KIND_UTAMA, "Dokumen mutasi", "Dokumen selesai");
  g_assert_true (kr_appraisal_repository_save_plan (fixture->repo, plan, &error));
  g_assert_no_error (error);
  evaluation = kr_appraisal_repository_get_evaluation (fixture->repo, evaluation_id, &error);
  evaluation->notes = g_strdup ("Baik");
  g_assert_true (kr_appraisal_repository_save_evaluation (fixture->repo, evaluation, &error));
  g_assert_no_error (error);

  /* The others may read but not write; a unit head elsewhere may not even read. */
  for (Who who = OTHER_HEAD; who <= VIEWER; who++)
    {
      sign_in_as (fixture, who);
      g_assert_false (kr_appraisal_repository_save_plan (fixture->repo, plan, &error));
      assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, NULL);
      g_clear_error (&error);
      g_assert_false (kr_appraisal_repository_save_evaluation (fixture->repo, evaluation, &error));
      assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, NULL);
      g_clear_error (&error);
      g_assert_cmpint (kr_appraisal_repository_start (fixture->repo, fixture->budi, 2025, &error),
                       ==, 0);
      assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, NULL);
      g_clear_error (&error);
    }
  sign_in (fixture, "elsewhere", KR_ROLE_UNIT_HEAD, fixture->budi, fixture->sekretariat);
  g_assert_null (kr_appraisal_repository_get (fixture->repo, id, &error));
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, NULL);
  g_clear_error (&error);
  g_assert_null (kr_appraisal_repository_get_evaluation (fixture->repo, evaluation_id, &error));
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, NULL);
  g_clear_error (&error);

  /* In an objection the appraiser answers and the senior decides. */
  sign_in_as (fixture, ADMIN);
  move_to (fixture, evaluation_id, KR_APPRAISAL_STATE_OBJECTED);
  g_clear_pointer (&evaluation, kr_appraisal_evaluation_free);
  evaluation = kr_appraisal_repository_get_evaluation (fixture->repo, evaluation_id, &error);
  sign_in_as (fixture, APPRAISER);
  evaluation->objection_response = g_strdup ("Bukti tidak lengkap");
  g_assert_true (kr_appraisal_repository_save_evaluation (fixture->repo, evaluation, &error));
  g_assert_no_error (error);
  evaluation->decision = g_strdup ("Ditolak");
  g_assert_false (kr_appraisal_repository_save_evaluation (fixture->repo, evaluation, &error));
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, NULL);
  g_clear_error (&error);
  sign_in_as (fixture, SENIOR);
  evaluation->results_rating = KR_RATING_AS_EXPECTED;
  g_assert_true (kr_appraisal_repository_save_evaluation (fixture->repo, evaluation, &error));
  g_assert_no_error (error);
  g_free (evaluation->objection_response);
  evaluation->objection_response = g_strdup ("Diubah");
  g_assert_false (kr_appraisal_repository_save_evaluation (fixture->repo, evaluation, &error));
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, NULL);
  g_clear_error (&error);
  g_clear_pointer (&evaluation, kr_appraisal_evaluation_free);
  evaluation = kr_appraisal_repository_get_evaluation (fixture->repo, evaluation_id, &error);
  g_assert_cmpstr (evaluation->objection_response, ==, "Bukti tidak lengkap");
  g_assert_cmpstr (evaluation->decision, ==, "Ditolak");
  g_assert_cmpint (evaluation->predikat, ==,
                   kr_predikat_from_ratings (KR_RATING_AS_EXPECTED, KR_RATING_AS_EXPECTED));
}

static void
test_final_read_only (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrAppraisalEvaluation) evaluation = NULL;
  g_autoptr (KrAppraisal) plan = NULL;
  g_autofree char *sql = NULL;
  gint64 evaluation_id = rated_evaluation (fixture, 0);
  gint64 id = query_int (fixture, "SELECT appraisal_id FROM appraisal_evaluation WHERE id = %lld",
                         (long long) evaluation_id);
  gint64 result_id;

  plan = kr_appraisal_repository_get (fixture->repo, id, NULL);
  plan_add_result (plan, KR_RESULT_KIND_UTAMA, "Dokumen mutasi", "Dokumen selesai");
  g_assert_true (kr_appraisal_repository_save_plan (fixture->repo, plan, &error));
  result_id = ((KrAppraisalResult *) g_ptr_array_index (plan->results, 0))->id;
  move_to (fixture, evaluation_id, KR_APPRAISAL_STATE_FINAL);

  /* Through the repository. */
  evaluation = kr_appraisal_repository_get_evaluation (fixture->repo, evaluation_id, NULL);
  evaluation->notes = g_strdup ("Diubah");
  g_assert_false (kr_appraisal_repository_save_evaluation (fixture->repo, evaluation, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "final");
  g_clear_error (&error);
  g_free (((KrAppraisalResult *) g_ptr_array_index (plan->results, 0))->result);
  ((KrAppraisalResult *) g_ptr_array_index (plan->results, 0))->result = g_strdup ("Lain");
  g_assert_false (kr_appraisal_repository_save_plan (fixture->repo, plan, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "final");
  g_clear_error (&error);

  /* Through SQL: the guard triggers. */
  sql = g_strdup_printf ("UPDATE appraisal_evaluation SET notes = 'x' WHERE id = %lld",
                         (long long) evaluation_id);
  g_assert_cmpint (try_sql (fixture, sql), ==, SQLITE_CONSTRAINT);
  g_free (sql);
  sql = g_strdup_printf ("UPDATE appraisal_evaluation SET results_rating = 'below', predikat = "
                         "'kurang' WHERE id = %lld",
                         (long long) evaluation_id);
  g_assert_cmpint (try_sql (fixture, sql), ==, SQLITE_CONSTRAINT);
  g_free (sql);
  sql = g_strdup_printf ("INSERT INTO appraisal_result_evaluation (evaluation_id, result_id, "
                         "realisation) VALUES (%lld, %lld, 'x')",
                         (long long) evaluation_id, (long long) result_id);
  g_assert_cmpint (try_sql (fixture, sql), ==, SQLITE_CONSTRAINT);
  g_free (sql);
  sql = g_strdup_printf ("UPDATE appraisal_result SET result = 'x' WHERE id = %lld",
                         (long long) result_id);
  g_assert_cmpint (try_sql (fixture, sql), ==, SQLITE_CONSTRAINT);
  g_free (sql);
  sql = g_strdup_printf ("INSERT INTO appraisal_expectation (appraisal_id, behaviour, "
                         "expectation) VALUES (%lld, 1, 'x')",
                         (long long) id);
  g_assert_cmpint (try_sql (fixture, sql), ==, SQLITE_CONSTRAINT);
  {
    g_autofree char *text = query_text (
        fixture, "SELECT result FROM appraisal_result WHERE id = %lld", (long long) result_id);

    g_assert_cmpstr (text, ==, "Dokumen mutasi");
  }

  /* Reopened, it can be edited again. */
  apply_ok (fixture, evaluation_id, KR_APPRAISAL_ACTION_REOPEN, "Salah hitung");
  g_assert_true (kr_appraisal_repository_save_evaluation (fixture->repo, evaluation, &error));
  g_assert_no_error (error);
  g_assert_true (kr_appraisal_repository_save_plan (fixture->repo, plan, &error));
  g_assert_no_error (error);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/appraisal-workflow/path", test_path);
  ADD ("/appraisal-workflow/states", test_states);
  ADD ("/appraisal-workflow/reasons", test_reasons);
  ADD ("/appraisal-workflow/permissions", test_permissions);
  ADD ("/appraisal-workflow/edit-permissions", test_edit_permissions);
  ADD ("/appraisal-workflow/final-read-only", test_final_read_only);
#undef ADD

  return g_test_run ();
}
