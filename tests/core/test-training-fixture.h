/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The organisation that test-training-repository.c and test-training-enrolment.c train:
 *
 *   Pemerintah Kota Contoh (instansi)
 *   ├─ Dinas Kesehatan (perangkat daerah)    a training budget in 2026
 *   │  └─ Bidang Pelayanan (bidang)          Kabid (pengawas, III/d), Siti (pelaksana, III/a),
 *   │                                        Budi (pelaksana, II/b), Rina (PPPK IX), Lama
 *   │                                        (III/c, born 1966), Pensiun (retired)
 *   └─ BKPSDM (perangkat daerah)             Andi (pelaksana, III/b); no budget anywhere
 *
 * Employees and histories are written with SQL, as a loaded database holds them. */

#include "kr-training-repository.h"

typedef struct
{
  KrDatabase *db;
  KrTrainingRepository *repo;
  GArray *changed; /* guint masks */
  gint64 root, dinkes, bidang, bkpsdm;
  gint64 kabid, siti, budi, rina, lama, pensiun, andi;
} Fixture;

#include "test-training-common.h"

/* An employee of @kind ("pns", "pppk") born on @birth with a rank (SIMPEG code; PPPK 100 + g)
 * since @rank_tmt and a new position of @position_kind in @unit. */
static inline gint64
add_employee (Fixture *fixture,
              const char *name,
              guint number,
              const char *kind,
              const char *birth,
              guint golongan,
              const char *rank_tmt,
              gint64 unit,
              const char *position_kind)
{
  gint64 id, position;

  exec_sql (fixture, "INSERT INTO position (unit_id, name, kind) VALUES (%lld, 'Jabatan %s', '%s')",
            (long long) unit, name, position_kind);
  position = sqlite3_last_insert_rowid (fixture_db (fixture));
  exec_sql (fixture,
            "INSERT INTO employee (nip, name, birth_date, gender, kind, tmt_cpns) "
            "VALUES ('19800101201001%04u', '%s', '%s', 'F', '%s', '2010-01-01')",
            number, name, birth, kind);
  id = sqlite3_last_insert_rowid (fixture_db (fixture));
  exec_sql (fixture,
            "INSERT INTO rank_history (employee_id, golongan, promotion_kind, tmt) "
            "VALUES (%lld, %u, '%s', '%s')",
            (long long) id, golongan, golongan > 100 ? "pengangkatan" : "reguler", rank_tmt);
  exec_sql (fixture,
            "INSERT INTO position_history (employee_id, position_id, tmt) "
            "VALUES (%lld, %lld, '2015-01-01')",
            (long long) id, (long long) position);
  return id;
}

static inline void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  training_fixture_open (fixture);
  fixture->root = add_unit (fixture, 0, "KOTA", "Pemerintah Kota Contoh", "instansi");
  fixture->dinkes =
      add_unit (fixture, fixture->root, "DINKES", "Dinas Kesehatan", "perangkat_daerah");
  fixture->bidang = add_unit (fixture, fixture->dinkes, "YAN", "Bidang Pelayanan", "bidang");
  fixture->bkpsdm = add_unit (fixture, fixture->root, "BKPSDM", "BKPSDM", "perangkat_daerah");
  fixture->kabid = add_employee (fixture, "Kabid", 1, "pns", "1975-05-05", 34, "2018-04-01",
                                 fixture->bidang, "pengawas");
  fixture->siti = add_employee (fixture, "Siti Aminah", 2, "pns", "1990-02-02", 31, "2020-04-01",
                                fixture->bidang, "pelaksana");
  fixture->budi = add_employee (fixture, "Budi Santoso", 3, "pns", "1992-03-03", 22, "2021-04-01",
                                fixture->bidang, "pelaksana");
  fixture->rina = add_employee (fixture, "Rina Wati", 4, "pppk", "1993-04-04", 109, "2022-03-01",
                                fixture->bidang, "pelaksana");
  fixture->lama = add_employee (fixture, "Lama Sekali", 5, "pns", "1966-06-06", 33, "2012-04-01",
                                fixture->bidang, "pelaksana");
  fixture->pensiun = add_employee (fixture, "Purna Bakti", 6, "pns", "1960-01-01", 34, "2010-04-01",
                                   fixture->bidang, "pelaksana");
  exec_sql (fixture, "UPDATE employee SET status = 'pensiun' WHERE id = %lld",
            (long long) fixture->pensiun);
  fixture->andi = add_employee (fixture, "Andi Wijaya", 7, "pns", "1988-08-08", 32, "2019-04-01",
                                fixture->bkpsdm, "pelaksana");
}

/* A technical classical course of @jp JP costing @cost. */
static inline gint64
add_course (Fixture *fixture, const char *title, guint jp, gint64 cost)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrCourse) course = kr_course_new ();

  course->title = g_strdup (title);
  course->kind = KR_TRAINING_KIND_CLASSICAL;
  course->type = KR_COMPETENCE_TYPE_TECHNICAL;
  course->form = KR_TRAINING_FORM_BIMTEK;
  course->jp = jp;
  course->cost = cost;
  course->delivery = KR_DELIVERY_IN_PERSON;
  g_assert_true (kr_training_repository_save_course (fixture->repo, course, &error));
  g_assert_no_error (error);
  return course->id;
}

static inline gint64
add_session (Fixture *fixture,
             gint64 course_id,
             const char *name,
             const char *start,
             const char *end,
             guint capacity,
             gint64 cost)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrTrainingSession) session = kr_training_session_new ();

  session->course_id = course_id;
  session->name = g_strdup (name);
  session->start_date = g_strdup (start);
  session->end_date = g_strdup (end);
  session->capacity = capacity;
  session->cost = cost;
  g_assert_true (kr_training_repository_save_session (fixture->repo, session, &error));
  g_assert_no_error (error);
  return session->id;
}

/* Nominates @employee_id, which must pass; returns the enrolment. */
static inline gint64
nominate_one (Fixture *fixture, gint64 session_id, gint64 employee_id, const char *reason)
{
  g_autoptr (GError) error = NULL;
  guint n_nominated = 0;

  g_assert_true (kr_training_repository_nominate (fixture->repo, session_id, &employee_id, 1,
                                                  reason, &n_nominated, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_nominated, ==, 1);
  return query_int (fixture,
                    "SELECT id FROM training_enrolment WHERE session_id = %lld AND "
                    "employee_id = %lld",
                    (long long) session_id, (long long) employee_id);
}

static inline void
move_ok (Fixture *fixture, gint64 enrolment_id, KrEnrolmentState to, const char *reason)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (
      kr_training_repository_move (fixture->repo, enrolment_id, to, reason, 0, NULL, NULL, &error));
  g_assert_no_error (error);
}
