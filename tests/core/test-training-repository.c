/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-training-repository"

#include "config.h"

#include "test-training-fixture.h"

/* The catalogue of kr-training-repository.h: settings, courses and sessions, who may change
 * them, and what the audit trail and `changed` see. Enrolments are in test-training-enrolment.c. */

static KrCourse *
new_course (const char *title)
{
  KrCourse *course = kr_course_new ();

  course->title = g_strdup (title);
  course->kind = KR_TRAINING_KIND_CLASSICAL;
  course->type = KR_COMPETENCE_TYPE_TECHNICAL;
  course->form = KR_TRAINING_FORM_BIMTEK;
  course->jp = 24;
  course->delivery = KR_DELIVERY_IN_PERSON;
  return course;
}

static void
test_jp_minutes (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  g_assert_cmpuint (kr_training_repository_get_jp_minutes (fixture->repo, &error), ==, 45);
  g_assert_no_error (error);
  g_assert_false (kr_training_repository_set_jp_minutes (fixture->repo, 29, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Length of one JP");
  g_clear_error (&error);
  g_assert_false (kr_training_repository_set_jp_minutes (fixture->repo, 61, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "30 to 60");
  g_clear_error (&error);
  g_assert_cmpuint (fixture->changed->len, ==, 0);

  g_assert_true (kr_training_repository_set_jp_minutes (fixture->repo, 60, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (take_changed (fixture), ==, KR_TRAINING_CHANGE_SETTINGS);
  g_assert_cmpuint (kr_training_repository_get_jp_minutes (fixture->repo, NULL), ==, 60);
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM audit_log WHERE entity = 'training_setting' "
                              "AND action = 'update'"),
                   ==, 1);

  /* A viewer reads it, but only HR changes it. */
  sign_in (fixture, "viewer", KR_ROLE_VIEWER, 0);
  g_assert_cmpuint (kr_training_repository_get_jp_minutes (fixture->repo, &error), ==, 60);
  g_assert_no_error (error);
  g_assert_false (kr_training_repository_set_jp_minutes (fixture->repo, 50, &error));
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, "viewer");
  g_clear_error (&error);
  sign_in (fixture, "kepala", KR_ROLE_UNIT_HEAD, fixture->bidang);
  g_assert_false (kr_training_repository_set_jp_minutes (fixture->repo, 50, &error));
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, "training");
  g_clear_error (&error);
  sign_in (fixture, "operator", KR_ROLE_HR_OPERATOR, 0);
  g_assert_true (kr_training_repository_set_jp_minutes (fixture->repo, 50, &error));
  g_assert_no_error (error);
  sign_out (fixture);
  /* Signed out of a database with accounts: nothing. */
  g_assert_cmpuint (kr_training_repository_get_jp_minutes (fixture->repo, &error), ==, 0);
  assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, "sign in");
}

static void
test_courses (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrCourse) course = new_course ("  Bimtek Arsip Dinamis ");
  g_autoptr (KrCourse) other = new_course ("Seminar Pelayanan Publik");
  g_autoptr (KrCourse) read = NULL;
  g_autoptr (GPtrArray) courses = NULL;
  KrCourse *first;

  course->provider = g_strdup ("ANRI");
  course->description = g_strdup ("Tata naskah");
  course->cost = 1250000;
  course->min_golongan = 31;
  course->max_age = 50;
  course->addresses_results = TRUE;
  course->behaviours = (1 << 2) | (1 << 5);
  g_assert_true (kr_training_repository_save_course (fixture->repo, course, &error));
  g_assert_no_error (error);
  g_assert_cmpint (course->id, >, 0);
  g_assert_cmpstr (course->title, ==, "Bimtek Arsip Dinamis");
  g_assert_cmpuint (take_changed (fixture), ==, KR_TRAINING_CHANGE_COURSES);

  read = kr_training_repository_get_course (fixture->repo, course->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read->title, ==, "Bimtek Arsip Dinamis");
  g_assert_cmpstr (read->provider, ==, "ANRI");
  g_assert_cmpstr (read->description, ==, "Tata naskah");
  g_assert_cmpint (read->kind, ==, KR_TRAINING_KIND_CLASSICAL);
  g_assert_cmpint (read->form, ==, KR_TRAINING_FORM_BIMTEK);
  g_assert_cmpint (read->delivery, ==, KR_DELIVERY_IN_PERSON);
  g_assert_cmpuint (read->jp, ==, 24);
  g_assert_cmpint (read->cost, ==, 1250000);
  g_assert_cmpuint (read->min_golongan, ==, 31);
  g_assert_cmpuint (read->max_age, ==, 50);
  g_assert_true (read->addresses_results);
  g_assert_cmpuint (read->behaviours, ==, (1 << 2) | (1 << 5));
  g_assert_false (read->retired);
  g_assert_cmpuint (read->n_sessions, ==, 0);

  /* Validation first, naming the field. */
  other->jp = 0;
  g_assert_false (kr_training_repository_save_course (fixture->repo, other, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "JP:");
  g_clear_error (&error);
  g_assert_cmpint (other->id, ==, 0);
  other->jp = 8;

  /* Titles are unique, whatever the case. */
  g_free (other->title);
  other->title = g_strdup ("bimtek arsip dinamis");
  g_assert_false (kr_training_repository_save_course (fixture->repo, other, &error));
  assert_error (error, KR_ERROR, KR_ERROR_CONFLICT, "Title:");
  g_clear_error (&error);
  g_assert_cmpint (other->id, ==, 0);

  /* A required course must exist, and requirements cannot loop. */
  g_free (other->title);
  other->title = g_strdup ("Seminar Pelayanan Publik");
  other->type = KR_COMPETENCE_TYPE_SOCIO_CULTURAL;
  other->form = KR_TRAINING_FORM_SEMINAR;
  other->provider = g_strdup ("LAN");
  other->required_course_id = 999;
  g_assert_false (kr_training_repository_save_course (fixture->repo, other, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Required course:");
  g_clear_error (&error);
  other->required_course_id = course->id;
  g_assert_true (kr_training_repository_save_course (fixture->repo, other, &error));
  g_assert_no_error (error);
  course->required_course_id = other->id;
  g_assert_false (kr_training_repository_save_course (fixture->repo, course, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Required course:");
  g_clear_error (&error);
  course->required_course_id = 0;

  /* Updating: fields and BerAKHLAK values change; a missing course is not found. */
  course->jp = 32;
  course->behaviours = 1 << 7;
  g_clear_pointer (&course->provider, g_free);
  g_assert_true (kr_training_repository_save_course (fixture->repo, course, &error));
  g_assert_no_error (error);
  g_clear_pointer (&read, kr_course_free);
  read = kr_training_repository_get_course (fixture->repo, course->id, NULL);
  g_assert_cmpuint (read->jp, ==, 32);
  g_assert_cmpuint (read->behaviours, ==, 1 << 7);
  g_assert_null (read->provider);
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM training_course_behaviour WHERE course_id = "
                              "%lld",
                              (long long) course->id),
                   ==, 1);
  read->id = 4242;
  g_assert_false (kr_training_repository_save_course (fixture->repo, read, &error));
  assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, "4242");
  g_clear_error (&error);
  g_clear_pointer (&read, kr_course_free);
  read = kr_training_repository_get_course (fixture->repo, 4242, &error);
  g_assert_null (read);
  assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, "4242");
  g_clear_error (&error);

  /* Listing: by title, every word in the title or provider, retired hidden unless asked. */
  courses = kr_training_repository_list_courses (fixture->repo, NULL, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (courses->len, ==, 2);
  first = courses->pdata[0];
  g_assert_cmpstr (first->title, ==, "Bimtek Arsip Dinamis");
  g_clear_pointer (&courses, g_ptr_array_unref);
  courses = kr_training_repository_list_courses (fixture->repo, "publik lan", FALSE, NULL);
  g_assert_cmpuint (courses->len, ==, 1);
  g_assert_cmpstr (((KrCourse *) courses->pdata[0])->title, ==, "Seminar Pelayanan Publik");
  g_clear_pointer (&courses, g_ptr_array_unref);
  courses = kr_training_repository_list_courses (fixture->repo, "publik anri", FALSE, NULL);
  g_assert_cmpuint (courses->len, ==, 0);
  g_clear_pointer (&courses, g_ptr_array_unref);
  other->retired = TRUE;
  g_assert_true (kr_training_repository_save_course (fixture->repo, other, &error));
  courses = kr_training_repository_list_courses (fixture->repo, "", FALSE, NULL);
  g_assert_cmpuint (courses->len, ==, 1);
  g_clear_pointer (&courses, g_ptr_array_unref);
  courses = kr_training_repository_list_courses (fixture->repo, "  ", TRUE, NULL);
  g_assert_cmpuint (courses->len, ==, 2);
  g_assert_true (((KrCourse *) courses->pdata[1])->retired);
  g_clear_pointer (&courses, g_ptr_array_unref);
  courses = kr_training_repository_list_courses (fixture->repo, "\"arsip", TRUE, NULL);
  g_assert_cmpuint (courses->len, ==, 0);

  /* Every write is in the audit trail. */
  g_assert_cmpint (
      query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'training_course'"), ==,
      4);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                       "'training_course_behaviour'"),
                   ==, 5);
}

static void
test_delete_course (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 used = add_course (fixture, "Bimtek Kearsipan", 24, 0);
  gint64 unused = add_course (fixture, "Kursus Bahasa", 40, 0);
  g_autoptr (KrCourse) course = NULL;

  add_session (fixture, used, "Angkatan I", "2026-03-02", "2026-03-05", 30, 0);
  take_changed (fixture);
  g_assert_false (kr_training_repository_delete_course (fixture->repo, used, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "retire it instead");
  g_clear_error (&error);
  course = kr_training_repository_get_course (fixture->repo, used, NULL);
  g_assert_cmpuint (course->n_sessions, ==, 1);

  g_assert_true (kr_training_repository_delete_course (fixture->repo, unused, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (take_changed (fixture), ==, KR_TRAINING_CHANGE_COURSES);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM training_course"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                       "'training_course' AND action = 'delete'"),
                   ==, 1);
  g_assert_false (kr_training_repository_delete_course (fixture->repo, unused, &error));
  assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, "course");
}

static void
test_sessions (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 arsip = add_course (fixture, "Bimtek Kearsipan", 24, 0);
  gint64 bahasa = add_course (fixture, "Kursus Bahasa", 40, 0);
  g_autoptr (KrTrainingSession) session = kr_training_session_new ();
  g_autoptr (KrTrainingSession) read = NULL;
  g_autoptr (GPtrArray) sessions = NULL;

  session->course_id = arsip;
  session->name = g_strdup (" Angkatan II ");
  session->start_date = g_strdup ("2026-12-28");
  session->end_date = g_strdup ("2027-01-03");
  session->place = g_strdup ("Aula Dinas");
  session->capacity = 2;
  session->cost = 750000;
  session->status = KR_SESSION_STATUS_OPEN;
  take_changed (fixture);
  g_assert_true (kr_training_repository_save_session (fixture->repo, session, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (take_changed (fixture), ==, KR_TRAINING_CHANGE_SESSIONS);
  read = kr_training_repository_get_session (fixture->repo, session->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read->name, ==, "Angkatan II");
  g_assert_cmpstr (read->course_title, ==, "Bimtek Kearsipan");
  g_assert_cmpuint (read->course_jp, ==, 24);
  g_assert_cmpstr (read->place, ==, "Aula Dinas");
  g_assert_cmpint (read->status, ==, KR_SESSION_STATUS_OPEN);
  g_assert_cmpint (read->cost, ==, 750000);
  g_assert_cmpuint (read->n_enrolled, ==, 0);
  add_session (fixture, arsip, "Angkatan I", "2026-03-02", "2026-03-05", 30, 0);
  add_session (fixture, bahasa, "Angkatan II", "2027-02-01", "2027-02-10", 30, 0);

  /* Names are unique within a course, validation names the field, courses must exist. */
  g_free (session->name);
  session->name = g_strdup ("angkatan i");
  g_assert_false (kr_training_repository_save_session (fixture->repo, session, &error));
  assert_error (error, KR_ERROR, KR_ERROR_CONFLICT, "Name:");
  g_clear_error (&error);
  g_free (session->name);
  session->name = g_strdup ("Angkatan II");
  session->capacity = 0;
  g_assert_false (kr_training_repository_save_session (fixture->repo, session, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Capacity:");
  g_clear_error (&error);
  session->capacity = 2;
  session->course_id = 999;
  g_assert_false (kr_training_repository_save_session (fixture->repo, session, &error));
  assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, "999");
  g_clear_error (&error);
  session->course_id = arsip;

  /* Lists: by start date, one course, sessions that start or end in a year. */
  sessions = kr_training_repository_list_sessions (fixture->repo, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 3);
  g_assert_cmpstr (((KrTrainingSession *) sessions->pdata[0])->start_date, ==, "2026-03-02");
  g_assert_cmpstr (((KrTrainingSession *) sessions->pdata[2])->course_title, ==, "Kursus Bahasa");
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = kr_training_repository_list_sessions (fixture->repo, arsip, 0, NULL);
  g_assert_cmpuint (sessions->len, ==, 2);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = kr_training_repository_list_sessions (fixture->repo, 0, 2027, NULL);
  g_assert_cmpuint (sessions->len, ==, 2);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = kr_training_repository_list_sessions (fixture->repo, arsip, 2026, NULL);
  g_assert_cmpuint (sessions->len, ==, 2);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = kr_training_repository_list_sessions (fixture->repo, 0, 2028, NULL);
  g_assert_cmpuint (sessions->len, ==, 0);
  g_clear_pointer (&sessions, g_ptr_array_unref);

  /* Seats taken limit the capacity, and the course cannot change under enrolments. */
  nominate_one (fixture, session->id, fixture->siti, NULL);
  nominate_one (fixture, session->id, fixture->budi, NULL);
  session->capacity = 1;
  g_assert_false (kr_training_repository_save_session (fixture->repo, session, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Capacity: 2 seats are already taken");
  g_clear_error (&error);
  session->capacity = 2;
  session->course_id = bahasa;
  g_free (session->name);
  session->name = g_strdup ("Angkatan III");
  g_assert_false (kr_training_repository_save_session (fixture->repo, session, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "Course:");
  g_clear_error (&error);
  session->course_id = arsip;
  /* The status is not saved by save_session. */
  session->status = KR_SESSION_STATUS_DONE;
  session->capacity = 5;
  g_assert_true (kr_training_repository_save_session (fixture->repo, session, &error));
  g_assert_no_error (error);
  g_clear_pointer (&read, kr_training_session_free);
  read = kr_training_repository_get_session (fixture->repo, session->id, NULL);
  g_assert_cmpint (read->status, ==, KR_SESSION_STATUS_OPEN);
  g_assert_cmpuint (read->capacity, ==, 5);
  g_assert_cmpuint (read->n_enrolled, ==, 2);
  g_assert_cmpstr (read->name, ==, "Angkatan III");

  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                       "'training_session'"),
                   ==, 4);
}

static void
test_session_status (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 course = add_course (fixture, "Bimtek Kearsipan", 24, 0);
  gint64 session =
      add_session (fixture, course, "Angkatan I", "2026-03-02", "2026-03-05", 30, 500000);
  gint64 siti, budi, rina, andi;
  g_autoptr (KrTrainingSession) read = NULL;
  g_autofree char *reason = NULL;

  siti = nominate_one (fixture, session, fixture->siti, NULL);
  budi = nominate_one (fixture, session, fixture->budi, NULL);
  rina = nominate_one (fixture, session, fixture->rina, NULL);
  andi = nominate_one (fixture, session, fixture->andi, NULL);
  move_ok (fixture, budi, KR_ENROLMENT_STATE_APPROVED, NULL);
  move_ok (fixture, rina, KR_ENROLMENT_STATE_APPROVED, NULL);
  move_ok (fixture, rina, KR_ENROLMENT_STATE_ATTENDED, NULL);
  move_ok (fixture, andi, KR_ENROLMENT_STATE_APPROVED, NULL);
  move_ok (fixture, andi, KR_ENROLMENT_STATE_ATTENDED, NULL);
  move_ok (fixture, andi, KR_ENROLMENT_STATE_COMPLETED, NULL);
  take_changed (fixture);

  /* Any status may follow any other... */
  for (KrSessionStatus status = KR_SESSION_STATUS_OPEN; status <= KR_SESSION_STATUS_DONE; status++)
    {
      g_assert_true (
          kr_training_repository_set_session_status (fixture->repo, session, status, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (take_changed (fixture), ==, KR_TRAINING_CHANGE_SESSIONS);
    }
  g_assert_true (kr_training_repository_set_session_status (fixture->repo, session,
                                                            KR_SESSION_STATUS_PLANNED, &error));
  g_assert_no_error (error);

  /* ...cancelling withdraws what is not completed, and is final. */
  g_assert_true (kr_training_repository_set_session_status (fixture->repo, session,
                                                            KR_SESSION_STATUS_CANCELLED, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (take_changed (fixture), ==,
                    KR_TRAINING_CHANGE_SESSIONS | KR_TRAINING_CHANGE_ENROLMENTS |
                        KR_TRAINING_CHANGE_BUDGETS);
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM training_enrolment WHERE state = 'withdrawn' "
                              "AND id IN (%lld, %lld, %lld)",
                              (long long) siti, (long long) budi, (long long) rina),
                   ==, 3);
  reason = query_text (fixture, "SELECT reason FROM training_enrolment WHERE id = %lld",
                       (long long) budi);
  g_assert_cmpstr (reason, ==, "Session cancelled");
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM training_enrolment WHERE id = %lld "
                              "AND state = 'completed'",
                              (long long) andi),
                   ==, 1);
  read = kr_training_repository_get_session (fixture->repo, session, NULL);
  g_assert_cmpint (read->status, ==, KR_SESSION_STATUS_CANCELLED);
  g_assert_cmpuint (read->n_enrolled, ==, 1);
  g_assert_false (kr_training_repository_set_session_status (fixture->repo, session,
                                                             KR_SESSION_STATUS_OPEN, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "cancelled");
  g_clear_error (&error);
  g_assert_cmpuint (fixture->changed->len, ==, 0);
  g_assert_false (kr_training_repository_set_session_status (fixture->repo, 999,
                                                             KR_SESSION_STATUS_OPEN, &error));
  assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, "999");
  g_clear_error (&error);
  /* The withdrawals are audited too. */
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM audit_log WHERE entity = 'training_enrolment' "
                              "AND action = 'update' AND entity_id = %lld",
                              (long long) siti),
                   ==, 1);
}

static void
test_delete_session (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 course = add_course (fixture, "Bimtek Kearsipan", 24, 0);
  gint64 used = add_session (fixture, course, "Angkatan I", "2026-03-02", "2026-03-05", 30, 0);
  gint64 unused = add_session (fixture, course, "Angkatan II", "2026-04-02", "2026-04-05", 30, 0);

  nominate_one (fixture, used, fixture->siti, NULL);
  g_assert_false (kr_training_repository_delete_session (fixture->repo, used, &error));
  assert_error (error, KR_ERROR, KR_ERROR_INVALID, "cancel it instead");
  g_clear_error (&error);
  take_changed (fixture);
  g_assert_true (kr_training_repository_delete_session (fixture->repo, unused, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (take_changed (fixture), ==, KR_TRAINING_CHANGE_SESSIONS);
  g_assert_false (kr_training_repository_delete_session (fixture->repo, unused, &error));
  assert_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, "session");
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM training_session"), ==, 1);
}

/* Every write of the catalogue for each role: administrator and HR operator may, a unit head
 * and a viewer may not, and a refused write changes nothing. */
static void
test_catalogue_permissions (Fixture *fixture, gconstpointer data)
{
  static const struct
  {
    const char *user;
    KrRole role;
    gboolean allowed;
  } roles[] = {
    { "admin", KR_ROLE_ADMINISTRATOR, TRUE },
    { "operator", KR_ROLE_HR_OPERATOR, TRUE },
    { "kepala", KR_ROLE_UNIT_HEAD, FALSE },
    { "viewer", KR_ROLE_VIEWER, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KrCourse) course = NULL;
      g_autoptr (KrTrainingSession) session = kr_training_session_new ();
      g_autoptr (GPtrArray) courses = NULL;
      g_autofree char *title = g_strdup_printf ("Kursus %u", i);
      gint64 existing, spare_session;
      gint64 n_audit;
      gboolean ok;

      sign_out (fixture);
      sign_in (fixture, "admin", KR_ROLE_ADMINISTRATOR, 0);
      existing = add_course (fixture, title, 10, 0);
      spare_session =
          add_session (fixture, existing, "Angkatan I", "2026-03-02", "2026-03-05", 30, 0);
      sign_in (fixture, roles[i].user, roles[i].role,
               roles[i].role == KR_ROLE_UNIT_HEAD ? fixture->bidang : 0);
      take_changed (fixture);
      n_audit = query_int (fixture, "SELECT count(*) FROM audit_log");

      /* Everyone reads the catalogue. */
      courses = kr_training_repository_list_courses (fixture->repo, NULL, TRUE, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (courses->len, ==, i + 1);

      course = new_course ("Kursus Baru");
      g_free (course->title);
      course->title = g_strdup_printf ("Kursus Baru %u", i);
      ok = kr_training_repository_save_course (fixture->repo, course, &error);
      g_assert_cmpint (ok, ==, roles[i].allowed);
      if (!ok)
        {
          assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED, roles[i].user);
          g_clear_error (&error);
        }
      session->course_id = existing;
      session->name = g_strdup ("Angkatan II");
      session->start_date = g_strdup ("2026-05-01");
      session->end_date = g_strdup ("2026-05-02");
      ok = kr_training_repository_save_session (fixture->repo, session, &error);
      g_assert_cmpint (ok, ==, roles[i].allowed);
      g_clear_error (&error);
      ok = kr_training_repository_set_session_status (fixture->repo, spare_session,
                                                      KR_SESSION_STATUS_OPEN, &error);
      g_assert_cmpint (ok, ==, roles[i].allowed);
      g_clear_error (&error);
      ok = kr_training_repository_set_jp_minutes (fixture->repo, 40 + i, &error);
      g_assert_cmpint (ok, ==, roles[i].allowed);
      g_clear_error (&error);
      if (session->id != 0)
        {
          ok = kr_training_repository_delete_session (fixture->repo, session->id, &error);
          g_assert_true (ok);
        }
      ok = kr_training_repository_delete_session (fixture->repo, spare_session, &error);
      g_assert_cmpint (ok, ==, roles[i].allowed);
      g_clear_error (&error);
      if (course->id != 0)
        g_assert_true (kr_training_repository_delete_course (fixture->repo, course->id, NULL));
      ok = kr_training_repository_delete_course (fixture->repo, existing, &error);
      g_assert_cmpint (ok, ==, roles[i].allowed);
      g_clear_error (&error);
      if (!roles[i].allowed)
        {
          g_assert_cmpuint (fixture->changed->len, ==, 0);
          g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log"), ==, n_audit);
        }
      else
        {
          /* Put one back so that the next role reads i + 2 courses. */
          sign_in (fixture, "admin", KR_ROLE_ADMINISTRATOR, 0);
          add_course (fixture, title, 10, 0);
        }
    }
}

/* A write through another connection (an import in a worker) is announced by the caller. */
static void
test_notify_changed (Fixture *fixture, gconstpointer data)
{
  g_assert_cmpuint (fixture->changed->len, ==, 0);
  kr_training_repository_notify_changed (fixture->repo, KR_TRAINING_CHANGE_RECORDS);
  g_assert_cmpuint (fixture->changed->len, ==, 1);
  g_assert_cmpuint (take_changed (fixture), ==, KR_TRAINING_CHANGE_RECORDS);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/training-repository/jp-minutes", test_jp_minutes);
  ADD ("/training-repository/courses", test_courses);
  ADD ("/training-repository/delete-course", test_delete_course);
  ADD ("/training-repository/sessions", test_sessions);
  ADD ("/training-repository/session-status", test_session_status);
  ADD ("/training-repository/delete-session", test_delete_session);
  ADD ("/training-repository/catalogue-permissions", test_catalogue_permissions);
  ADD ("/training-repository/notify-changed", test_notify_changed);
#undef ADD
  return g_test_run ();
}
