/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-training-mentoring"

#include "config.h"

#include "test-training-units-fixture.h"

/* Mentoring pairs, their sessions and mentors' loads (kr-training-repository-mentoring.c). */

static KrMentoring *
make_pair (gint64 mentor, gint64 mentee, const char *start, const char *end)
{
  KrMentoring *pair = kr_mentoring_new ();

  pair->mentor_id = mentor;
  pair->mentee_id = mentee;
  pair->goals = g_strdup ("  Menyusun analisis jabatan  ");
  pair->start_date = g_strdup (start);
  pair->end_date = g_strdup (end);
  return pair;
}

static KrMentoringSession *
make_session (gint64 pair, const char *date, guint minutes)
{
  KrMentoringSession *session = kr_mentoring_session_new ();

  session->mentoring_id = pair;
  session->date = g_strdup (date);
  session->topic = g_strdup ("Anjab");
  session->minutes = minutes;
  return session;
}

static void
test_pairs (Fixture *fixture, gconstpointer data)
{
  gint64 senior = add_employee (fixture, "Senior", "pns", fixture->p_bkpsdm, 34);
  gint64 junior = add_employee (fixture, "Junior", "pns", fixture->p_mutasi, 31);
  gint64 contract = add_employee (fixture, "Kontrak", "pppk", fixture->p_mutasi, 109);
  g_autoptr (KrMentoring) pair = make_pair (senior, junior, "2025-01-01", "2025-06-30");
  g_autoptr (KrMentoring) reversed = make_pair (junior, senior, "2025-01-01", NULL);
  g_autoptr (KrMentoring) mixed = make_pair (junior, contract, "2025-01-01", NULL);
  g_autoptr (KrMentoring) read = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (kr_training_repository_save_mentoring (fixture->repo, pair, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pair->id, >, 0);
  g_assert_cmpuint (g_array_index (fixture->changed, guint, 0), ==, KR_TRAINING_CHANGE_MENTORING);
  read = kr_training_repository_get_mentoring (fixture->repo, pair->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read->goals, ==, "Menyusun analisis jabatan");
  g_assert_cmpstr (read->mentor_name, ==, "Senior");
  g_assert_cmpstr (read->mentee_name, ==, "Junior");
  g_assert_cmpint (read->form, ==, KR_TRAINING_FORM_MENTORING);

  /* A mentor junior to the mentee is refused naming both golongan. */
  g_assert_false (kr_training_repository_save_mentoring (fixture->repo, reversed, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "III/a");
  g_assert_cmpint (reversed->id, ==, 0);
  g_clear_error (&error);
  /* PNS and PPPK golongan are on different scales: not compared. */
  g_assert_true (kr_training_repository_save_mentoring (fixture->repo, mixed, &error));
  g_assert_no_error (error);

  /* Listing: by employee, by date active, newest start first. */
  list = kr_training_repository_list_mentoring (fixture->repo, junior, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = kr_training_repository_list_mentoring (fixture->repo, 0, "2025-07-01", &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((KrMentoring *) g_ptr_array_index (list, 0))->id, ==, mixed->id);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = kr_training_repository_list_mentoring (fixture->repo, 0, "2025-13-01", &error);
  g_assert_null (list);
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_clear_error (&error);

  /* A unit head of Dinas Kesehatan sees none of them. */
  sign_in (fixture, "kadinkes", KR_ROLE_UNIT_HEAD, fixture->dinkes);
  list = kr_training_repository_list_mentoring (fixture->repo, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_null (kr_training_repository_get_mentoring (fixture->repo, pair->id, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
}

static void
test_sessions (Fixture *fixture, gconstpointer data)
{
  gint64 senior = add_employee (fixture, "Senior", "pns", fixture->p_bkpsdm, 34);
  gint64 junior = add_employee (fixture, "Junior", "pns", fixture->p_mutasi, 31);
  g_autoptr (KrMentoring) pair = make_pair (senior, junior, "2025-01-01", "2025-06-30");
  g_autoptr (KrMentoringSession) before = make_session (0, "2024-12-31", 60);
  g_autoptr (KrMentoringSession) after = make_session (0, "2025-07-01", 60);
  g_autoptr (KrMentoringSession) first = make_session (0, "2025-03-01", 90);
  g_autoptr (KrMentoringSession) second = make_session (0, "2025-02-01", 45);
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GError) error = NULL;
  double jp = 0;

  g_assert_true (kr_training_repository_save_mentoring (fixture->repo, pair, &error));
  before->mentoring_id = after->mentoring_id = first->mentoring_id = second->mentoring_id =
      pair->id;

  /* Outside the pair's dates: refused naming them. */
  g_assert_false (kr_training_repository_save_mentoring_session (fixture->repo, before, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "2025-01-01");
  g_clear_error (&error);
  g_assert_false (kr_training_repository_save_mentoring_session (fixture->repo, after, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "2025-06-30");
  g_clear_error (&error);

  g_assert_true (kr_training_repository_save_mentoring_session (fixture->repo, first, &error));
  g_assert_true (kr_training_repository_save_mentoring_session (fixture->repo, second, &error));
  g_assert_no_error (error);
  list = kr_training_repository_list_mentoring_sessions (fixture->repo, pair->id, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((KrMentoringSession *) g_ptr_array_index (list, 0))->date, ==, "2025-02-01");

  /* Credited to the mentee: 135 minutes at 45 = 3 JP. */
  g_assert_true (jp_of (fixture, junior, 2025, &jp));
  g_assert_cmpfloat_with_epsilon (jp, 3, 1e-9);

  /* Shortening the pair would leave a session outside. */
  g_free (pair->end_date);
  pair->end_date = g_strdup ("2025-02-15");
  g_assert_false (kr_training_repository_save_mentoring (fixture->repo, pair, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "2025-03-01");
  g_clear_error (&error);

  g_assert_true (
      kr_training_repository_delete_mentoring_session (fixture->repo, first->id, &error));
  g_assert_false (
      kr_training_repository_delete_mentoring_session (fixture->repo, first->id, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (kr_training_repository_delete_mentoring (fixture->repo, pair->id, &error));
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM mentoring_session"), ==, 0);
}

static void
test_loads (Fixture *fixture, gconstpointer data)
{
  gint64 mentor_a = add_employee (fixture, "Ahmad", "pns", fixture->p_bkpsdm, 41);
  gint64 mentor_b = add_employee (fixture, "Bambang", "pns", fixture->p_dinkes, 41);
  gint64 mentees[4];
  g_autoptr (GPtrArray) loads = NULL;
  g_autoptr (GError) error = NULL;
  const KrMentorLoad *load;

  for (guint i = 0; i < G_N_ELEMENTS (mentees); i++)
    mentees[i] = add_employee (fixture, "Mentee", "pns", fixture->p_mutasi, 31);
  /* Ahmad: one pair open-ended, one ended in 2025, one ended in 2024 (not counted). */
  exec_sql (fixture,
            "INSERT INTO mentoring (mentor_id, mentee_id, goals, start_date, end_date) VALUES "
            "(%lld, %lld, 'a', '2024-01-01', NULL), (%lld, %lld, 'b', '2025-01-01', '2025-03-31'),"
            " (%lld, %lld, 'c', '2024-01-01', '2024-06-30'), (%lld, %lld, 'd', '2025-05-01', NULL)",
            (long long) mentor_a, (long long) mentees[0], (long long) mentor_a,
            (long long) mentees[1], (long long) mentor_a, (long long) mentees[2],
            (long long) mentor_b, (long long) mentees[3]);
  exec_sql (fixture, "INSERT INTO mentoring_session (mentoring_id, date, topic, minutes) VALUES "
                     "(1, '2025-02-01', 't', 60), (2, '2025-02-02', 't', 30), "
                     "(3, '2024-02-02', 't', 500), (4, '2025-06-01', 't', 120)");
  loads = kr_training_repository_list_mentor_loads (fixture->repo, 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loads->len, ==, 2);
  load = g_ptr_array_index (loads, 0);
  g_assert_cmpint (load->mentor_id, ==, mentor_a);
  g_assert_cmpuint (load->n_active, ==, 2);
  g_assert_cmpuint (load->minutes_year, ==, 90);
  load = g_ptr_array_index (loads, 1);
  g_assert_cmpint (load->mentor_id, ==, mentor_b);
  g_assert_cmpuint (load->n_active, ==, 1);
  g_assert_cmpuint (load->minutes_year, ==, 120);
  g_clear_pointer (&loads, g_ptr_array_unref);

  loads = kr_training_repository_list_mentor_loads (fixture->repo, 2023, &error);
  g_assert_cmpuint (loads->len, ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/training/mentoring/pairs", test_pairs);
  ADD ("/training/mentoring/sessions", test_sessions);
  ADD ("/training/mentoring/loads", test_loads);
#undef ADD

  return g_test_run ();
}
