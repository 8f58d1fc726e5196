/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-appraisal-repository"

#include "config.h"

#include <gio/gio.h>

#include "test-appraisal-fixture.h"

/* Starting appraisals, plans, evaluations and their predikat (kr-appraisal-repository.h);
 * lists and sheets are in test-appraisal-list.c, the workflow in test-appraisal-workflow.c. */

static void
test_start_defaults (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrAppraisal) plan = NULL;
  g_autoptr (GPtrArray) evaluations = NULL;
  gint64 id = start (fixture, fixture->siti, 2025);

  plan = kr_appraisal_repository_get (fixture->repo, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (plan->employee_id, ==, fixture->siti);
  g_assert_cmpuint (plan->year, ==, 2025);
  g_assert_cmpint (plan->cycle, ==, KR_APPRAISAL_CYCLE_QUARTERLY);
  g_assert_cmpint (g_date_get_day (&plan->start), ==, 1);
  g_assert_cmpint (g_date_get_month (&plan->start), ==, 1);
  g_assert_cmpint (g_date_get_day (&plan->end), ==, 31);
  g_assert_cmpint (g_date_get_month (&plan->end), ==, 12);
  /* The head of her unit appraises her; the head of the unit above is the senior. */
  g_assert_cmpint (plan->appraiser_id, ==, fixture->kabid);
  g_assert_cmpint (plan->senior_appraiser_id, ==, fixture->kaban);
  g_assert_cmpuint (plan->results->len, ==, 0);
  g_assert_cmpuint (fixture->changed->len, ==, 1);
  g_assert_cmpint (g_array_index (fixture->changed, gint64, 0), ==, id);

  /* Four quarters and the year, annual last, all draft. */
  evaluations = kr_appraisal_repository_list_evaluations (fixture->repo, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (evaluations->len, ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      KrAppraisalEvaluation *evaluation = g_ptr_array_index (evaluations, i);

      g_assert_cmpuint (evaluation->period, ==, i < 4 ? i + 1 : 0);
      g_assert_cmpint (evaluation->state, ==, KR_APPRAISAL_STATE_DRAFT);
      g_assert_false (evaluation->has_predikat);
    }

  /* A head is appraised by the head above; the head of the instansi has nobody above. */
  g_clear_pointer (&plan, kr_appraisal_free);
  plan = kr_appraisal_repository_get (fixture->repo, start (fixture, fixture->kabid, 2025), NULL);
  g_assert_cmpint (plan->appraiser_id, ==, fixture->kaban);
  g_assert_cmpint (plan->senior_appraiser_id, ==, fixture->sekda);
  g_clear_pointer (&plan, kr_appraisal_free);
  plan = kr_appraisal_repository_get (fixture->repo, start (fixture, fixture->kaban, 2025), NULL);
  g_assert_cmpint (plan->appraiser_id, ==, fixture->sekda);
  g_assert_cmpint (plan->senior_appraiser_id, ==, 0);
  g_clear_pointer (&plan, kr_appraisal_free);
  plan = kr_appraisal_repository_get (fixture->repo, start (fixture, fixture->sekda, 2025), NULL);
  g_assert_cmpint (plan->appraiser_id, ==, 0);

  /* A vacant head position passes to the unit above. */
  exec_sql (fixture, "UPDATE employee SET status = 'pensiun' WHERE id = %lld",
            (long long) fixture->kabid);
  g_clear_pointer (&plan, kr_appraisal_free);
  plan = kr_appraisal_repository_get (fixture->repo, start (fixture, fixture->budi, 2025), NULL);
  g_assert_cmpint (plan->appraiser_id, ==, fixture->kaban);
  g_assert_cmpint (plan->senior_appraiser_id, ==, fixture->sekda);

  /* Once a year, and only for SKP years. */
  g_assert_cmpint (kr_appraisal_repository_start (fixture->repo, fixture->siti, 2025, &error), ==,
                   0);
  assert_error (error, KR_ERROR, KR_ERROR_CONFLICT, "2025");
  g_clear_error (&error);
  g_assert_cmpint (kr_appraisal_repository_start (fixture->repo, fixture->siti, 2019, &error), ==,
                   0);
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "2019");
  g_clear_error (&error);
  g_assert_cmpint (kr_appraisal_repository_start (fixture->repo, 9999, 2025, &error), ==, 0);
  assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, NULL);
}

static void
test_cycle (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KrAppraisalCycle cycle = KR_APPRAISAL_CYCLE_MONTHLY;

  g_assert_true (
      kr_appraisal_repository_get_cycle (fixture->repo, fixture->mutasi, &cycle, &error));
  g_assert_cmpint (cycle, ==, KR_APPRAISAL_CYCLE_DEFAULT);
  /* Set through any unit, stored for the instansi. */
  g_assert_true (kr_appraisal_repository_set_cycle (fixture->repo, fixture->mutasi,
                                                    KR_APPRAISAL_CYCLE_SEMESTER, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT unit_id FROM appraisal_cycle_setting"), ==,
                   fixture->root);
  g_assert_true (
      kr_appraisal_repository_get_cycle (fixture->repo, fixture->sekretariat, &cycle, &error));
  g_assert_cmpint (cycle, ==, KR_APPRAISAL_CYCLE_SEMESTER);
  start (fixture, fixture->siti, 2025);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal_evaluation"), ==, 3);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal WHERE cycle = 'semester'"),
                   ==, 1);

  g_assert_true (kr_appraisal_repository_set_cycle (fixture->repo, fixture->root,
                                                    KR_APPRAISAL_CYCLE_MONTHLY, &error));
  start (fixture, fixture->budi, 2025);
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM appraisal_evaluation v JOIN "
                              "appraisal a ON a.id = v.appraisal_id WHERE a.employee_id = %lld",
                              (long long) fixture->budi),
                   ==, 13);
  /* Those already started keep theirs. */
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal WHERE cycle = 'semester'"),
                   ==, 1);
}

static void
test_copy_previous (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrAppraisal) old = NULL;
  g_autoptr (KrAppraisal) plan = NULL;
  KrAppraisalResult *result;

  old = kr_appraisal_repository_get (fixture->repo, start (fixture, fixture->siti, 2024), NULL);
  plan_add_result (old, KR_RESULT_KIND_TAMBAHAN, "Panitia seleksi", "Laporan panitia");
  result = plan_add_result (old, KR_RESULT_KIND_UTAMA, "Dokumen mutasi", "Dokumen selesai");
  result->leader_result = g_strdup ("Layanan mutasi tepat waktu");
  g_ptr_array_add (result->indicators,
                   kr_appraisal_indicator_new (KR_ASPECT_WAKTU, "Waktu layanan", "3 hari"));
  plan_add_result (old, KR_RESULT_KIND_UTAMA, "Data kepegawaian", "Data mutakhir");
  old->expectations[KR_BEHAVIOUR_KOLABORATIF] = g_strdup ("Aktif dalam tim");
  g_assert_true (kr_appraisal_repository_save_plan (fixture->repo, old, &error));
  g_assert_no_error (error);

  plan = kr_appraisal_repository_get (fixture->repo, start (fixture, fixture->siti, 2025), NULL);
  g_assert_cmpuint (plan->results->len, ==, 3);
  /* Utama first, in their order, then tambahan. */
  result = g_ptr_array_index (plan->results, 0);
  g_assert_cmpstr (result->result, ==, "Dokumen mutasi");
  g_assert_cmpstr (result->leader_result, ==, "Layanan mutasi tepat waktu");
  g_assert_cmpint (result->id, !=, ((KrAppraisalResult *) g_ptr_array_index (old->results, 1))->id);
  g_assert_cmpuint (result->indicators->len, ==, 2);
  g_assert_cmpstr (((KrAppraisalIndicator *) g_ptr_array_index (result->indicators, 1))->target, ==,
                   "3 hari");
  g_assert_cmpint (((KrAppraisalIndicator *) g_ptr_array_index (result->indicators, 1))->aspect, ==,
                   KR_ASPECT_WAKTU);
  g_assert_cmpstr (((KrAppraisalResult *) g_ptr_array_index (plan->results, 1))->result, ==,
                   "Data kepegawaian");
  result = g_ptr_array_index (plan->results, 2);
  g_assert_cmpstr (result->result, ==, "Panitia seleksi");
  g_assert_cmpint (result->kind, ==, KR_RESULT_KIND_TAMBAHAN);
  g_assert_cmpuint (result->indicators->len, ==, 1);
  g_assert_cmpstr (plan->expectations[KR_BEHAVIOUR_KOLABORATIF], ==, "Aktif dalam tim");
  g_assert_null (plan->expectations[KR_BEHAVIOUR_LOYAL]);
  /* The old plan is untouched. */
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM appraisal_result WHERE appraisal_id "
                              "= %lld",
                              (long long) old->id),
                   ==, 3);
}

static void
test_copy_template (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrAppraisal) plan = NULL;
  KrAppraisalResult *result;

  exec_sql (fixture,
            "INSERT INTO position_result_template (position_id, kind, result_ordinal, result, "
            "ordinal, aspect, indicator, target) VALUES "
            "(%1$lld, 'tambahan', 0, 'Piket', 0, 'waktu', 'Hadir piket', '12 kali'), "
            "(%1$lld, 'utama', 1, 'Surat masuk', 1, 'kualitas', 'Tanpa salah', '100%%'), "
            "(%1$lld, 'utama', 1, 'Surat masuk', 0, 'kuantitas', 'Surat dicatat', '500 surat'), "
            "(%1$lld, 'utama', 2, 'Arsip', 0, 'kuantitas', 'Berkas diarsip', '300 berkas')",
            (long long) fixture->p_clerk);
  plan = kr_appraisal_repository_get (fixture->repo, start (fixture, fixture->budi, 2025), NULL);
  g_assert_cmpuint (plan->results->len, ==, 3);
  result = g_ptr_array_index (plan->results, 0);
  g_assert_cmpstr (result->result, ==, "Surat masuk");
  g_assert_cmpuint (result->indicators->len, ==, 2);
  g_assert_cmpstr (((KrAppraisalIndicator *) g_ptr_array_index (result->indicators, 0))->indicator,
                   ==, "Surat dicatat");
  g_assert_cmpstr (((KrAppraisalIndicator *) g_ptr_array_index (result->indicators, 1))->target, ==,
                   "100%");
  g_assert_cmpstr (((KrAppraisalResult *) g_ptr_array_index (plan->results, 1))->result, ==,
                   "Arsip");
  result = g_ptr_array_index (plan->results, 2);
  g_assert_cmpstr (result->result, ==, "Piket");
  g_assert_cmpint (result->kind, ==, KR_RESULT_KIND_TAMBAHAN);
  /* Siti's position has no template: an empty plan. */
  g_clear_pointer (&plan, kr_appraisal_free);
  plan = kr_appraisal_repository_get (fixture->repo, start (fixture, fixture->siti, 2025), NULL);
  g_assert_cmpuint (plan->results->len, ==, 0);
}

static int
on_commit (void *data)
{
  (*(guint *) data)++;
  return 0;
}

static void
add_staff (Fixture *fixture, guint n)
{
  exec_sql (fixture, "BEGIN");
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Staf %02u", i);

      add_employee (fixture, name, 100 + i, fixture->p_clerk, 21);
    }
  exec_sql (fixture, "COMMIT");
}

static void
test_start_unit (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  guint n_started = 0, n_skipped = 0, n_commits = 0;
  gint64 retired;
  gint64 elapsed;

  add_staff (fixture, 70);
  retired = add_employee (fixture, "Pensiunan", 99, fixture->p_clerk, 21);
  exec_sql (fixture, "UPDATE employee SET status = 'pensiun' WHERE id = %lld", (long long) retired);
  start (fixture, fixture->siti, 2025);
  g_array_set_size (fixture->changed, 0);

  /* The bidang alone: kabid, Siti (skipped), Budi and the 70. */
  sqlite3_commit_hook (fixture_db (fixture), on_commit, &n_commits);
  elapsed = g_get_monotonic_time ();
  g_assert_true (kr_appraisal_repository_start_unit (fixture->repo, fixture->mutasi, FALSE, 2025,
                                                     &n_started, &n_skipped, cancellable, &error));
  elapsed = g_get_monotonic_time () - elapsed;
  sqlite3_commit_hook (fixture_db (fixture), NULL, NULL);
  g_assert_no_error (error);
  g_test_message ("Started 72 appraisals in %" G_GINT64_FORMAT " ms", elapsed / 1000);
  g_assert_cmpuint (n_started, ==, 72);
  g_assert_cmpuint (n_skipped, ==, 1);
  g_assert_cmpuint (n_commits, ==, 1);
  g_assert_cmpuint (fixture->changed->len, ==, 1);
  g_assert_cmpint (g_array_index (fixture->changed, gint64, 0), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal WHERE employee_id = %lld",
                              (long long) retired),
                   ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal"), ==, 73);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal_evaluation"), ==, 73 * 5);
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(DISTINCT appraiser_id) FROM appraisal a JOIN "
                              "employee e ON e.id = a.employee_id WHERE e.name LIKE 'Staf%%'"),
                   ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT appraiser_id FROM appraisal a JOIN employee e ON "
                                       "e.id = a.employee_id WHERE e.name = 'Staf 00'"),
                   ==, fixture->kabid);
  /* The audit trail has every row. */
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                       "'appraisal_evaluation'"),
                   ==, 73 * 5);

  /* The subtree: kaban is new; everyone else is skipped. */
  g_assert_true (kr_appraisal_repository_start_unit (fixture->repo, fixture->bkpsdm, TRUE, 2025,
                                                     &n_started, &n_skipped, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_started, ==, 1);
  g_assert_cmpuint (n_skipped, ==, 73);
}

static void
on_insert_cb (void *data, int op, const char *database, const char *table, sqlite3_int64 rowid)
{
  if (op == SQLITE_INSERT && g_strcmp0 (table, "appraisal_evaluation") == 0)
    g_cancellable_cancel (data);
}

static void
test_start_unit_cancel (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  gint64 n_audit;
  guint n_started = 7;

  add_staff (fixture, 70);
  n_audit = query_int (fixture, "SELECT count(*) FROM audit_log");
  /* Cancelled while the evaluations are being inserted: nothing stays. */
  sqlite3_update_hook (fixture_db (fixture), on_insert_cb, cancellable);
  g_assert_false (kr_appraisal_repository_start_unit (fixture->repo, fixture->mutasi, TRUE, 2025,
                                                      &n_started, NULL, cancellable, &error));
  sqlite3_update_hook (fixture_db (fixture), NULL, NULL);
  assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, NULL);
  g_assert_cmpuint (n_started, ==, 7);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal_evaluation"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log"), ==, n_audit);
  g_assert_true (sqlite3_get_autocommit (fixture_db (fixture)));
  g_assert_cmpuint (fixture->changed->len, ==, 0);
  g_clear_error (&error);

  /* Cancelled before: refused at once. And then it works. */
  g_assert_false (kr_appraisal_repository_start_unit (fixture->repo, fixture->mutasi, TRUE, 2025,
                                                      NULL, NULL, cancellable, &error));
  assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, NULL);
  g_clear_error (&error);
  g_assert_true (kr_appraisal_repository_start_unit (fixture->repo, fixture->mutasi, TRUE, 2025,
                                                     &n_started, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_started, ==, 73);
}

static void
test_save_plan (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrAppraisal) plan = NULL;
  g_autoptr (KrAppraisal) again = NULL;
  g_autoptr (KrAppraisalEvaluation) evaluation = NULL;
  KrAppraisalResult *first, *added;
  gint64 id = start (fixture, fixture->siti, 2025);
  gint64 first_id, second_id, indicator_id;

  plan = kr_appraisal_repository_get (fixture->repo, id, NULL);
  first = plan_add_result (plan, KR_RESULT_KIND_UTAMA, " Dokumen mutasi ", "Dokumen selesai");
  plan_add_result (plan, KR_RESULT_KIND_UTAMA, "Data kepegawaian", "Data mutakhir");
  g_assert_true (kr_appraisal_repository_save_plan (fixture->repo, plan, &error));
  g_assert_no_error (error);
  first_id = first->id;
  second_id = ((KrAppraisalResult *) g_ptr_array_index (plan->results, 1))->id;
  indicator_id = ((KrAppraisalIndicator *) g_ptr_array_index (first->indicators, 0))->id;
  g_assert_cmpint (first_id, >, 0);
  g_assert_cmpint (second_id, >, first_id);
  g_assert_cmpint (indicator_id, >, 0);
  {
    g_autofree char *text = query_text (
        fixture, "SELECT result FROM appraisal_result WHERE id = %lld", (long long) first_id);

    g_assert_cmpstr (text, ==, "Dokumen mutasi");
  }

  /* A realisation of the first result, which keeping its id keeps. */
  evaluation =
      kr_appraisal_repository_get_evaluation (fixture->repo, evaluation_of (fixture, id, 1), NULL);
  ((KrAppraisalResult *) g_ptr_array_index (evaluation->results, 0))->realisation =
      g_strdup ("40 dokumen");
  g_assert_true (kr_appraisal_repository_save_evaluation (fixture->repo, evaluation, &error));
  g_assert_no_error (error);

  /* Edit the first, remove the second, add a third. */
  g_free (first->result);
  first->result = g_strdup ("Dokumen mutasi pegawai");
  g_ptr_array_add (first->indicators,
                   kr_appraisal_indicator_new (KR_ASPECT_WAKTU, "Waktu layanan", "3 hari"));
  g_ptr_array_remove_index (plan->results, 1);
  added = plan_add_result (plan, KR_RESULT_KIND_TAMBAHAN, "Panitia", "Laporan panitia");
  plan->expectations[KR_BEHAVIOUR_LOYAL] = g_strdup ("Menjaga rahasia");
  g_assert_true (kr_appraisal_repository_save_plan (fixture->repo, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (first->id, ==, first_id);
  g_assert_cmpint (((KrAppraisalIndicator *) g_ptr_array_index (first->indicators, 0))->id, ==,
                   indicator_id);
  g_assert_cmpint (((KrAppraisalIndicator *) g_ptr_array_index (first->indicators, 1))->id, >, 0);
  g_assert_cmpint (added->id, >, 0);
  g_assert_cmpint (added->id, !=, first_id);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal_result WHERE result = "
                                       "'Data kepegawaian'"),
                   ==, 0);

  again = kr_appraisal_repository_get (fixture->repo, id, NULL);
  g_assert_cmpuint (again->results->len, ==, 2);
  g_assert_cmpstr (((KrAppraisalResult *) g_ptr_array_index (again->results, 0))->result, ==,
                   "Dokumen mutasi pegawai");
  g_assert_cmpuint (((KrAppraisalResult *) g_ptr_array_index (again->results, 0))->indicators->len,
                    ==, 2);
  g_assert_cmpstr (again->expectations[KR_BEHAVIOUR_LOYAL], ==, "Menjaga rahasia");
  g_clear_pointer (&evaluation, kr_appraisal_evaluation_free);
  evaluation =
      kr_appraisal_repository_get_evaluation (fixture->repo, evaluation_of (fixture, id, 1), NULL);
  g_assert_cmpstr (((KrAppraisalResult *) g_ptr_array_index (evaluation->results, 0))->realisation,
                   ==, "40 dokumen");
  g_assert_null (((KrAppraisalResult *) g_ptr_array_index (evaluation->results, 1))->realisation);

  /* An invalid plan changes nothing and keeps new ids unset. */
  added = plan_add_result (plan, KR_RESULT_KIND_UTAMA, "Baru", "Indikator");
  g_free (((KrAppraisalIndicator *) g_ptr_array_index (added->indicators, 0))->target);
  ((KrAppraisalIndicator *) g_ptr_array_index (added->indicators, 0))->target = NULL;
  g_assert_false (kr_appraisal_repository_save_plan (fixture->repo, plan, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Result 3: the target of indicator 1");
  g_clear_error (&error);
  g_assert_cmpint (added->id, ==, 0);
  /* A result of another plan is not this plan's. */
  added->id = 1000;
  ((KrAppraisalIndicator *) g_ptr_array_index (added->indicators, 0))->target = g_strdup ("1");
  g_assert_false (kr_appraisal_repository_save_plan (fixture->repo, plan, &error));
  assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, "Result 3");
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal_result"), ==, 2);

  /* An appraiser who is the employee. */
  g_ptr_array_remove_index (plan->results, 2);
  plan->appraiser_id = fixture->siti;
  g_assert_false (kr_appraisal_repository_save_plan (fixture->repo, plan, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "appraiser");
}

static void
test_delete (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 id = start (fixture, fixture->siti, 2025);
  gint64 other = start (fixture, fixture->budi, 2025);

  apply_ok (fixture, evaluation_of (fixture, other, 2), KR_APPRAISAL_ACTION_SUBMIT, NULL);
  apply_ok (fixture, evaluation_of (fixture, other, 2), KR_APPRAISAL_ACTION_RETURN, "Belum");
  g_assert_false (kr_appraisal_repository_delete (fixture->repo, other, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "draft");
  g_clear_error (&error);
  g_assert_true (kr_appraisal_repository_delete (fixture->repo, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal_evaluation"), ==, 5);
}

static void
test_predikat (Fixture *fixture, gconstpointer data)
{
  gint64 id = start (fixture, fixture->siti, 2025);
  gint64 evaluation_id = evaluation_of (fixture, id, 0);

  for (KrRating results = 0; results < KR_N_RATINGS; results++)
    for (KrRating behaviour = 0; behaviour < KR_N_RATINGS; behaviour++)
      {
        g_autoptr (GError) error = NULL;
        g_autoptr (KrAppraisalEvaluation) evaluation =
            kr_appraisal_repository_get_evaluation (fixture->repo, evaluation_id, NULL);
        g_autoptr (KrAppraisalEvaluation) stored = NULL;
        g_autofree char *code = NULL;
        KrPredikat expected = kr_predikat_from_ratings (results, behaviour);

        evaluation->has_results_rating = evaluation->has_behaviour_rating = TRUE;
        evaluation->results_rating = results;
        evaluation->behaviour_rating = behaviour;
        /* Whatever the caller says, the matrix decides. */
        evaluation->has_predikat = TRUE;
        evaluation->predikat = (expected + 1) % KR_N_PREDIKAT;
        g_assert_true (kr_appraisal_repository_save_evaluation (fixture->repo, evaluation, &error));
        g_assert_no_error (error);
        g_assert_cmpint (evaluation->predikat, ==, expected);
        stored = kr_appraisal_repository_get_evaluation (fixture->repo, evaluation_id, NULL);
        g_assert_true (stored->has_predikat);
        g_assert_cmpint (stored->predikat, ==, expected);
        g_assert_cmpint (stored->results_rating, ==, results);
        g_assert_cmpint (stored->behaviour_rating, ==, behaviour);
        code = query_text (fixture, "SELECT predikat FROM appraisal_evaluation WHERE id = %lld",
                           (long long) evaluation_id);
        g_assert_cmpstr (code, ==, kr_predikat_get_code (expected));
      }

  /* One rating alone: no predikat. */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (KrAppraisalEvaluation) evaluation =
        kr_appraisal_repository_get_evaluation (fixture->repo, evaluation_id, NULL);

    evaluation->has_behaviour_rating = FALSE;
    evaluation->behaviour_feedback[KR_BEHAVIOUR_HARMONIS] = g_strdup ("Ramah");
    evaluation->notes = g_strdup ("Pertahankan");
    g_assert_true (kr_appraisal_repository_save_evaluation (fixture->repo, evaluation, &error));
    g_assert_no_error (error);
    g_assert_false (evaluation->has_predikat);
    g_clear_pointer (&evaluation, kr_appraisal_evaluation_free);
    evaluation = kr_appraisal_repository_get_evaluation (fixture->repo, evaluation_id, NULL);
    g_assert_false (evaluation->has_predikat);
    g_assert_true (evaluation->has_results_rating);
    g_assert_false (evaluation->has_behaviour_rating);
    g_assert_cmpstr (evaluation->behaviour_feedback[KR_BEHAVIOUR_HARMONIS], ==, "Ramah");
    g_assert_cmpstr (evaluation->notes, ==, "Pertahankan");
    /* The objection is written only in an objection. */
    evaluation->objection = g_strdup ("Keberatan");
    g_assert_true (kr_appraisal_repository_save_evaluation (fixture->repo, evaluation, &error));
    g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal_evaluation WHERE "
                                         "objection IS NOT NULL"),
                     ==, 0);
  }
}

static void
test_head_of_unit (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrAppraisalEvaluation) evaluation = NULL;
  gint64 id = start (fixture, fixture->kabid, 2025);

  exec_sql (fixture,
            "INSERT INTO unit_performance (unit_id, year, period, result) VALUES (%lld, "
            "2025, 1, 'istimewa')",
            (long long) fixture->mutasi);

  /* Unset: the unit's result gives it. */
  evaluation =
      kr_appraisal_repository_get_evaluation (fixture->repo, evaluation_of (fixture, id, 1), NULL);
  evaluation->has_behaviour_rating = TRUE;
  evaluation->behaviour_rating = KR_RATING_AS_EXPECTED;
  g_assert_true (kr_appraisal_repository_save_evaluation (fixture->repo, evaluation, &error));
  g_assert_no_error (error);
  g_assert_true (evaluation->has_results_rating);
  g_assert_cmpint (evaluation->results_rating, ==, KR_RATING_ABOVE);
  g_assert_cmpint (evaluation->predikat, ==,
                   kr_predikat_from_ratings (KR_RATING_ABOVE, KR_RATING_AS_EXPECTED));
  {
    g_autofree char *text = query_text (fixture,
                                        "SELECT results_rating FROM appraisal_evaluation WHERE id "
                                        "= %lld",
                                        (long long) evaluation->id);

    g_assert_cmpstr (text, ==, "above");
  }

  /* Another one is refused. */
  evaluation->results_rating = KR_RATING_BELOW;
  g_assert_false (kr_appraisal_repository_save_evaluation (fixture->repo, evaluation, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "organisation result Istimewa");
  g_clear_error (&error);

  /* Another period without a result, and a staff member, are free. */
  g_clear_pointer (&evaluation, kr_appraisal_evaluation_free);
  evaluation =
      kr_appraisal_repository_get_evaluation (fixture->repo, evaluation_of (fixture, id, 2), NULL);
  evaluation->has_results_rating = TRUE;
  evaluation->results_rating = KR_RATING_BELOW;
  g_assert_true (kr_appraisal_repository_save_evaluation (fixture->repo, evaluation, &error));
  g_assert_no_error (error);
  id = start (fixture, fixture->siti, 2025);
  g_clear_pointer (&evaluation, kr_appraisal_evaluation_free);
  evaluation =
      kr_appraisal_repository_get_evaluation (fixture->repo, evaluation_of (fixture, id, 1), NULL);
  evaluation->has_results_rating = TRUE;
  evaluation->results_rating = KR_RATING_BELOW;
  g_assert_true (kr_appraisal_repository_save_evaluation (fixture->repo, evaluation, &error));
  g_assert_no_error (error);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/appraisal-repository/start/defaults", test_start_defaults);
  ADD ("/appraisal-repository/start/cycle", test_cycle);
  ADD ("/appraisal-repository/start/copy-previous", test_copy_previous);
  ADD ("/appraisal-repository/start/copy-template", test_copy_template);
  ADD ("/appraisal-repository/start/unit", test_start_unit);
  ADD ("/appraisal-repository/start/unit-cancel", test_start_unit_cancel);
  ADD ("/appraisal-repository/plan/save", test_save_plan);
  ADD ("/appraisal-repository/plan/delete", test_delete);
  ADD ("/appraisal-repository/evaluation/predikat", test_predikat);
  ADD ("/appraisal-repository/evaluation/head-of-unit", test_head_of_unit);
#undef ADD

  return g_test_run ();
}
