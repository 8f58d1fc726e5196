/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The organisation that the compliance, plan, mentoring and import tests use:
 *
 *   Pemerintah Kota Contoh (instansi)
 *   ├─ BKPSDM (perangkat daerah)
 *   │  └─ Bidang Mutasi (bidang)
 *   └─ Dinas Kesehatan (perangkat daerah)
 *
 * Employees, catalogue and enrolments are written with SQL, as a loaded database holds them. */

#include "kr-training-repository.h"

typedef struct
{
  KrDatabase *db;
  KrTrainingRepository *repo;
  GArray *changed;
  gint64 root, bkpsdm, mutasi, dinkes;
  gint64 p_root, p_bkpsdm, p_mutasi, p_dinkes;
  guint next_nip;
} Fixture;

#include "test-training-common.h"

static inline gint64
add_position (Fixture *fixture, gint64 unit, const char *name)
{
  exec_sql (fixture,
            "INSERT INTO position (unit_id, name, kind, is_head) VALUES (%lld, '%s', "
            "'pelaksana', 0)",
            (long long) unit, name);
  return last_id (fixture);
}

/* An employee of @kind ("pns", "cpns", "pppk") with a golongan (SIMPEG code or 100 + PPPK
 * golongan) and a position, both from 2015. */
static inline gint64
add_employee (Fixture *fixture, const char *name, const char *kind, gint64 position, guint golongan)
{
  gint64 id;

  exec_sql (fixture,
            "INSERT INTO employee (nip, name, birth_date, gender, kind, tmt_cpns) "
            "VALUES ('19800101201001%04u', '%s', '1980-01-01', 'F', '%s', '2010-01-01')",
            ++fixture->next_nip, name, kind);
  id = last_id (fixture);
  exec_sql (fixture,
            "INSERT INTO rank_history (employee_id, golongan, promotion_kind, tmt) "
            "VALUES (%lld, %u, 'reguler', '2015-04-01')",
            (long long) id, golongan);
  exec_sql (fixture,
            "INSERT INTO position_history (employee_id, position_id, tmt) "
            "VALUES (%lld, %lld, '2015-01-01')",
            (long long) id, (long long) position);
  return id;
}

static inline gint64
add_course (Fixture *fixture, const char *title, guint jp, gint64 cost)
{
  exec_sql (fixture,
            "INSERT INTO training_course (title, kind, type, form, jp, delivery, cost) "
            "VALUES ('%s', 'classical', 'technical', 'training', %u, 'in_person', %lld)",
            title, jp, (long long) cost);
  return last_id (fixture);
}

static inline gint64
add_session (Fixture *fixture,
             gint64 course,
             const char *name,
             const char *start,
             const char *end,
             guint capacity,
             gint64 cost,
             const char *status)
{
  exec_sql (fixture,
            "INSERT INTO training_session (course_id, name, start_date, end_date, capacity, cost, "
            "status) VALUES (%lld, '%s', '%s', '%s', %u, %lld, '%s')",
            (long long) course, name, start, end, capacity, (long long) cost, status);
  return last_id (fixture);
}

/* An enrolment in @state; @jp is stored for completed ones only. */
static inline gint64
add_enrolment (Fixture *fixture,
               gint64 session,
               gint64 employee,
               const char *state,
               guint jp,
               gint64 budget_unit)
{
  g_autofree char *jp_text =
      g_str_equal (state, "completed") ? g_strdup_printf ("%u", jp) : g_strdup ("NULL");
  g_autofree char *unit_text =
      budget_unit != 0 ? g_strdup_printf ("%lld", (long long) budget_unit) : g_strdup ("NULL");

  exec_sql (fixture,
            "INSERT INTO training_enrolment (session_id, employee_id, state, cost, budget_unit_id, "
            "jp) VALUES (%lld, %lld, '%s', (SELECT cost FROM training_session WHERE id = %lld), "
            "%s, %s)",
            (long long) session, (long long) employee, state, (long long) session, unit_text,
            jp_text);
  return last_id (fixture);
}

static inline gint64
add_record (Fixture *fixture, gint64 employee, const char *title, const char *end, guint jp)
{
  exec_sql (fixture,
            "INSERT INTO training_record (employee_id, title, kind, type, form, end_date, jp) "
            "VALUES (%lld, '%s', 'classical', 'technical', 'training', '%s', %u)",
            (long long) employee, title, end, jp);
  return last_id (fixture);
}

static inline void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  training_fixture_open (fixture);
  fixture->root = add_unit (fixture, 0, "KOTA", "Pemerintah Kota Contoh", "instansi");
  fixture->bkpsdm = add_unit (fixture, fixture->root, "BKPSDM", "BKPSDM", "perangkat_daerah");
  fixture->mutasi = add_unit (fixture, fixture->bkpsdm, "MUT", "Bidang Mutasi", "bidang");
  fixture->dinkes =
      add_unit (fixture, fixture->root, "DINKES", "Dinas Kesehatan", "perangkat_daerah");
  fixture->p_root = add_position (fixture, fixture->root, "Pengadministrasi Umum");
  fixture->p_bkpsdm = add_position (fixture, fixture->bkpsdm, "Analis SDM Aparatur");
  fixture->p_mutasi = add_position (fixture, fixture->mutasi, "Pengolah Data");
  fixture->p_dinkes = add_position (fixture, fixture->dinkes, "Perawat");
}

/* JP earned by @employee in @year, read from the training_jp view. */
static inline gboolean
jp_of (Fixture *fixture, gint64 employee, guint year, double *jp)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_assert_cmpint (sqlite3_prepare_v2 (fixture_db (fixture),
                                       "SELECT coalesce (sum (jp), 0) FROM training_jp WHERE "
                                       "employee_id = ?1 AND year = ?2",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, employee);
  sqlite3_bind_int (stmt, 2, (int) year);
  ok = sqlite3_step (stmt) == SQLITE_ROW;
  if (ok)
    *jp = sqlite3_column_double (stmt, 0);
  sqlite3_finalize (stmt);
  return ok;
}
