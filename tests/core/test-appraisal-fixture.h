/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The organisation that test-appraisal-repository.c and test-appraisal-workflow.c appraise:
 *
 *   Pemerintah Kota Contoh (instansi)        Sekretaris Daerah: sekda
 *   └─ BKPSDM (perangkat daerah)             Kepala Badan: kaban
 *      └─ Bidang Mutasi (bidang)             Kepala Bidang: kabid; analyst Siti, clerk Budi
 *   └─ Sekretariat (perangkat daerah)        nobody
 *
 * Employees and histories are written with SQL, as a loaded database holds them. */

#include <stdarg.h>
#include <string.h>

#include "kr-appraisal-repository.h"
#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-error.h"
#include "kr-identity.h"
#include "kr-test-utils.h"

typedef struct
{
  char *dir;
  KrDatabase *db;
  KrAppraisalRepository *repo;
  GArray *changed;
  gint64 root, bkpsdm, mutasi, sekretariat;
  gint64 p_sekda, p_kaban, p_kabid, p_analyst, p_clerk;
  gint64 sekda, kaban, kabid, siti, budi;
} Fixture;

static inline sqlite3 *
fixture_db (Fixture *fixture)
{
  return _kr_database_get_handle (fixture->db);
}

static inline void exec_sql (Fixture *fixture, const char *format, ...) G_GNUC_PRINTF (2, 3);

static inline void
exec_sql (Fixture *fixture, const char *format, ...)
{
  g_autofree char *sql = NULL;
  char *message = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  if (sqlite3_exec (fixture_db (fixture), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Runs @sql and returns its primary result code, for writes expected to fail. */
static inline int
try_sql (Fixture *fixture, const char *sql)
{
  return sqlite3_exec (fixture_db (fixture), sql, NULL, NULL, NULL) & 0xff;
}

static inline gint64 query_int (Fixture *fixture, const char *format, ...) G_GNUC_PRINTF (2, 3);

static inline gint64
query_int (Fixture *fixture, const char *format, ...)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  if (sqlite3_prepare_v2 (fixture_db (fixture), sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (fixture_db (fixture)));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static inline char *query_text (Fixture *fixture, const char *format, ...) G_GNUC_PRINTF (2, 3);

static inline char *
query_text (Fixture *fixture, const char *format, ...)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  g_assert_cmpint (sqlite3_prepare_v2 (fixture_db (fixture), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static inline gint64
add_unit (Fixture *fixture, gint64 parent, const char *code, const char *name, const char *kind)
{
  if (parent == 0)
    exec_sql (fixture, "INSERT INTO unit (code, name, kind) VALUES ('%s', '%s', '%s')", code, name,
              kind);
  else
    exec_sql (fixture,
              "INSERT INTO unit (parent_id, code, name, kind) VALUES (%lld, '%s', '%s', "
              "'%s')",
              (long long) parent, code, name, kind);
  return sqlite3_last_insert_rowid (fixture_db (fixture));
}

static inline gint64
add_position (Fixture *fixture, gint64 unit, const char *name, gboolean is_head)
{
  exec_sql (fixture,
            "INSERT INTO position (unit_id, name, kind, is_head) VALUES (%lld, '%s', "
            "'%s', %d)",
            (long long) unit, name, is_head ? "administrator" : "pelaksana", is_head);
  return sqlite3_last_insert_rowid (fixture_db (fixture));
}

/* An employee with a rank (SIMPEG code) and a position, both from 2015. */
static inline gint64
add_employee (Fixture *fixture, const char *name, guint number, gint64 position, guint golongan)
{
  gint64 id;

  exec_sql (fixture,
            "INSERT INTO employee (nip, name, birth_date, gender, kind, tmt_cpns) "
            "VALUES ('19800101201001%04u', '%s', '1980-01-01', 'F', 'pns', '2010-01-01')",
            number, name);
  id = sqlite3_last_insert_rowid (fixture_db (fixture));
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

static inline void
on_changed_cb (KrAppraisalRepository *repo, gint64 id, Fixture *fixture)
{
  g_array_append_val (fixture->changed, id);
}

static inline void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->repo = kr_appraisal_repository_new (fixture->db);
  fixture->changed = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect (fixture->repo, "changed", G_CALLBACK (on_changed_cb), fixture);

  fixture->root = add_unit (fixture, 0, "KOTA", "Pemerintah Kota Contoh", "instansi");
  fixture->bkpsdm = add_unit (fixture, fixture->root, "BKPSDM", "BKPSDM", "perangkat_daerah");
  fixture->mutasi = add_unit (fixture, fixture->bkpsdm, "MUT", "Bidang Mutasi", "bidang");
  fixture->sekretariat =
      add_unit (fixture, fixture->root, "SETDA", "Sekretariat", "perangkat_daerah");
  fixture->p_sekda = add_position (fixture, fixture->root, "Sekretaris Daerah", TRUE);
  fixture->p_kaban = add_position (fixture, fixture->bkpsdm, "Kepala Badan", TRUE);
  fixture->p_kabid = add_position (fixture, fixture->mutasi, "Kepala Bidang Mutasi", TRUE);
  fixture->p_analyst = add_position (fixture, fixture->mutasi, "Analis SDM Aparatur", FALSE);
  fixture->p_clerk = add_position (fixture, fixture->mutasi, "Pengadministrasi Umum", FALSE);
  fixture->sekda = add_employee (fixture, "Sekda", 1, fixture->p_sekda, 41);
  fixture->kaban = add_employee (fixture, "Kaban", 2, fixture->p_kaban, 41);
  fixture->kabid = add_employee (fixture, "Kabid", 3, fixture->p_kabid, 34);
  fixture->siti = add_employee (fixture, "Siti Aminah", 4, fixture->p_analyst, 31);
  fixture->budi = add_employee (fixture, "Budi Santoso", 5, fixture->p_clerk, 22);
}

static inline void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_array_unref (fixture->changed);
  g_assert_finalize_object (fixture->repo);
  g_assert_finalize_object (fixture->db);
}

/* Adds an account (which makes the database ask for sign-in) and signs it in. */
static inline void
sign_in (Fixture *fixture, const char *user_name, KrRole role, gint64 employee_id, gint64 scope)
{
  static const char *const roles[] = { "administrator", "hr_operator", "unit_head", "viewer" };
  g_autoptr (KrIdentity) identity = NULL;
  gint64 id;

  id = query_int (fixture, "SELECT id FROM account WHERE user_name = '%s'", user_name);
  if (id == 0)
    {
      g_autofree char *employee =
          employee_id != 0 ? g_strdup_printf ("%lld", (long long) employee_id) : g_strdup ("NULL");
      g_autofree char *unit =
          scope != 0 ? g_strdup_printf ("%lld", (long long) scope) : g_strdup ("NULL");

      exec_sql (fixture,
                "INSERT INTO account (user_name, display_name, employee_id, role, "
                "unit_id, password_hash, created_at) VALUES ('%s', '%s', %s, '%s', %s, "
                "'$argon2id$v=19$test', '2025-01-01')",
                user_name, user_name, employee, roles[role], unit);
      id = sqlite3_last_insert_rowid (fixture_db (fixture));
      *_kr_database_get_has_accounts_cache (fixture->db) = -1;
    }
  identity = kr_identity_new (id, user_name, user_name, role, scope);
  kr_database_set_identity (fixture->db, identity);
}

#define assert_error(error, domain, code, fragment)                                                \
  kr_test_assert_error ((error), (domain), (code), (fragment), NULL)

static inline gint64
start (Fixture *fixture, gint64 employee, guint year)
{
  g_autoptr (GError) error = NULL;
  gint64 id = kr_appraisal_repository_start (fixture->repo, employee, year, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static inline gint64
evaluation_of (Fixture *fixture, gint64 appraisal, guint period)
{
  return query_int (fixture,
                    "SELECT id FROM appraisal_evaluation WHERE appraisal_id = %lld AND period = %u",
                    (long long) appraisal, period);
}

/* Adds a result with one indicator to @plan. */
static inline KrAppraisalResult *
plan_add_result (KrAppraisal *plan, KrResultKind kind, const char *text, const char *indicator)
{
  KrAppraisalResult *result = kr_appraisal_result_new (kind, text);

  g_ptr_array_add (result->indicators,
                   kr_appraisal_indicator_new (KR_ASPECT_KUANTITAS, indicator, "12 laporan"));
  g_ptr_array_add (plan->results, result);
  return result;
}

/* Sets both ratings of an evaluation. */
static inline void
rate (Fixture *fixture, gint64 evaluation_id, KrRating results, KrRating behaviour)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrAppraisalEvaluation) evaluation =
      kr_appraisal_repository_get_evaluation (fixture->repo, evaluation_id, &error);

  g_assert_no_error (error);
  evaluation->has_results_rating = evaluation->has_behaviour_rating = TRUE;
  evaluation->results_rating = results;
  evaluation->behaviour_rating = behaviour;
  g_assert_true (kr_appraisal_repository_save_evaluation (fixture->repo, evaluation, &error));
  g_assert_no_error (error);
}

static inline void
apply_ok (Fixture *fixture, gint64 evaluation_id, KrAppraisalAction action, const char *reason)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (
      kr_appraisal_repository_apply (fixture->repo, evaluation_id, action, reason, &error));
  g_assert_no_error (error);
}
