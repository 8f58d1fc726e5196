/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* A small organisation with employees and appraisals, shared by test-appraisal-unit.c and
 * test-appraisal-records.c. The appraisals and evaluations are written with SQL, so that these
 * tests depend on the schema alone and not on the workflow of kr-appraisal-repository.c. */

#include <stdarg.h>
#include <string.h>

#include "kr-account-repository.h"
#include "kr-appraisal-repository.h"
#include "kr-database-private.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

typedef struct
{
  KrDatabase *db;
  KrUnitRepository *units;
  KrEmployeeRepository *employees;
  KrAppraisalRepository *appraisals;
  guint n_changed;
  /* PROV (instansi) > BKPSDM (perangkat daerah) > MUTASI (bidang); PROV > DINKES */
  gint64 prov, bkpsdm, mutasi, dinkes;
  gint64 head_position, analyst_position, clerk_position, dinkes_position;
  guint n_employees;
} Fixture;

static void
on_changed_cb (KrAppraisalRepository *appraisals, gint64 id, Fixture *fixture)
{
  fixture->n_changed++;
}

static gint64
add_unit (Fixture *fixture, gint64 parent, const char *code, const char *name, KrUnitKind kind)
{
  g_autoptr (GError) error = NULL;
  gint64 id = kr_unit_repository_add (fixture->units, parent, code, name, kind, &error);

  g_assert_no_error (error);
  return id;
}

static gint64
add_position (Fixture *fixture, gint64 unit, const char *name, KrPositionKind kind, gboolean head)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrPositionRecord) position = kr_position_record_new ();

  position->unit_id = unit;
  position->name = g_strdup (name);
  position->kind = kind;
  position->is_head = head;
  if (kind == KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN)
    position->level = KR_POSITION_LEVEL_AHLI_PERTAMA;
  kr_unit_repository_add_position (fixture->units, position, &error);
  g_assert_no_error (error);
  return position->id;
}

static void
set_date (GDate *date, guint year, guint month, guint day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* Adds an employee holding @position_id; the NIP is synthetic, built with the DOMAIN 1.1
 * rules from a birth date in 1980 + n and a TMT CPNS in March 2010. */
static gint64
add_employee (Fixture *fixture, const char *name, gint64 position_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = kr_employee_new ();
  g_autoptr (GPtrArray) warnings = NULL;
  KrPositionEntry entry = { 0 };
  char nip[19];
  guint n = ++fixture->n_employees;
  GDate date;
  gint64 id;

  g_snprintf (nip, sizeof nip, "%04u0%u15201003%u%03u", 1980 + n % 10, 1 + n % 9, 1 + n % 2, n);
  kr_employee_set_nip (employee, nip);
  kr_employee_set_name (employee, name);
  kr_employee_set_kind (employee, KR_EMPLOYEE_KIND_PNS);
  kr_employee_set_gender (employee, n % 2 == 0 ? KR_GENDER_FEMALE : KR_GENDER_MALE);
  set_date (&date, 1980 + n % 10, 1 + n % 9, 15);
  kr_employee_set_birth_date (employee, &date);
  set_date (&date, 2010, 3, 1);
  kr_employee_set_tmt_cpns (employee, &date);
  id = kr_employee_repository_insert (fixture->employees, employee, &warnings, &error);
  g_assert_no_error (error);
  entry.employee_id = id;
  entry.position_id = position_id;
  set_date (&entry.tmt, 2010, 3, 1);
  kr_employee_repository_add_position (fixture->employees, &entry, &error);
  g_assert_no_error (error);
  return id;
}

static G_GNUC_UNUSED const char *
employee_nip (Fixture *fixture, gint64 id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = kr_employee_repository_get (fixture->employees, id, &error);
  static char nip[19];

  g_assert_no_error (error);
  g_strlcpy (nip, kr_employee_get_nip (employee), sizeof nip);
  return nip;
}

static G_GNUC_UNUSED void
exec_ok (Fixture *fixture, const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (_kr_database_get_handle (fixture->db), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static G_GNUC_UNUSED gint64
query_int (Fixture *fixture, const char *sql)
{
  return kr_test_query_int (_kr_database_get_handle (fixture->db), sql);
}

/* Ratings that give each predikat under the matrix of DOMAIN 5.3. */
static const char *const predikat_ratings[KR_N_PREDIKAT][2] = {
  [KR_PREDIKAT_SANGAT_KURANG] = { "below", "below" },
  [KR_PREDIKAT_KURANG] = { "as_expected", "below" },
  [KR_PREDIKAT_BUTUH_PERBAIKAN] = { "below", "as_expected" },
  [KR_PREDIKAT_BAIK] = { "as_expected", "as_expected" },
  [KR_PREDIKAT_SANGAT_BAIK] = { "above", "above" },
};

/* The appraisal of @employee_id for @year, made when missing, with @appraiser_id (0: none). */
static G_GNUC_UNUSED gint64
ensure_appraisal (Fixture *fixture, gint64 employee_id, guint year, gint64 appraiser_id)
{
  g_autofree char *appraiser =
      appraiser_id != 0 ? g_strdup_printf ("%lld", (long long) appraiser_id) : g_strdup ("NULL");
  g_autofree char *sql = g_strdup_printf (
      "INSERT OR IGNORE INTO appraisal (employee_id, year, cycle, period_start, period_end, "
      "appraiser_id) VALUES (%lld, %u, 'quarterly', '%u-01-01', '%u-12-31', %s)",
      (long long) employee_id, year, year, year, appraiser);
  g_autofree char *find =
      g_strdup_printf ("SELECT id FROM appraisal WHERE employee_id = %lld AND year = %u",
                       (long long) employee_id, year);

  exec_ok (fixture, sql);
  return query_int (fixture, find);
}

/* An evaluation of @employee_id in @state with @predikat (-1: not rated). */
static G_GNUC_UNUSED gint64
add_evaluation (Fixture *fixture,
                gint64 employee_id,
                guint year,
                guint period,
                const char *state,
                int predikat)
{
  gint64 appraisal = ensure_appraisal (fixture, employee_id, year, 0);
  g_autofree char *sql = NULL;

  if (predikat >= 0)
    sql = g_strdup_printf ("INSERT INTO appraisal_evaluation (appraisal_id, period, state, "
                           "results_rating, behaviour_rating, predikat) VALUES (%lld, %u, '%s', "
                           "'%s', '%s', '%s')",
                           (long long) appraisal, period, state, predikat_ratings[predikat][0],
                           predikat_ratings[predikat][1], kr_predikat_get_code (predikat));
  else
    sql = g_strdup_printf ("INSERT INTO appraisal_evaluation (appraisal_id, period, state) "
                           "VALUES (%lld, %u, '%s')",
                           (long long) appraisal, period, state);
  exec_ok (fixture, sql);
  return sqlite3_last_insert_rowid (_kr_database_get_handle (fixture->db));
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->units = kr_unit_repository_new (fixture->db);
  fixture->employees = kr_employee_repository_new (fixture->db);
  fixture->appraisals = kr_appraisal_repository_new (fixture->db);
  g_signal_connect (fixture->appraisals, "changed", G_CALLBACK (on_changed_cb), fixture);

  fixture->prov =
      add_unit (fixture, 0, "PROV", "Pemerintah Provinsi Contoh", KR_UNIT_KIND_INSTANSI);
  fixture->bkpsdm = add_unit (fixture, fixture->prov, "BKPSDM", "Badan Kepegawaian Daerah",
                              KR_UNIT_KIND_PERANGKAT_DAERAH);
  fixture->mutasi =
      add_unit (fixture, fixture->bkpsdm, "BKPSDM-MUT", "Bidang Mutasi", KR_UNIT_KIND_BIDANG);
  fixture->dinkes =
      add_unit (fixture, fixture->prov, "DINKES", "Dinas Kesehatan", KR_UNIT_KIND_PERANGKAT_DAERAH);
  fixture->head_position =
      add_position (fixture, fixture->bkpsdm, "Kepala Badan", KR_POSITION_KIND_JPT_PRATAMA, TRUE);
  fixture->analyst_position = add_position (fixture, fixture->mutasi, "Analis SDM Aparatur",
                                            KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, FALSE);
  fixture->clerk_position = add_position (fixture, fixture->bkpsdm, "Pengadministrasi Umum",
                                          KR_POSITION_KIND_PELAKSANA, FALSE);
  fixture->dinkes_position = add_position (fixture, fixture->dinkes, "Perawat Ahli Pertama",
                                           KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, FALSE);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_database_set_identity (fixture->db, NULL);
  g_assert_finalize_object (fixture->appraisals);
  g_assert_finalize_object (fixture->employees);
  g_assert_finalize_object (fixture->units);
  g_assert_finalize_object (fixture->db);
}

#define assert_error(error, ...) kr_test_assert_error ((error), KR_ERROR, __VA_ARGS__)

/* Adds an administrator and signs them in; then an account of @role (leading @unit_id, owned
 * by @employee_id) and signs that one in instead, unless @role is the administrator's. */
static G_GNUC_UNUSED void
sign_in (Fixture *fixture, KrRole role, gint64 unit_id, gint64 employee_id)
{
  g_autoptr (KrAccountRepository) accounts = kr_account_repository_new (fixture->db);
  g_autoptr (KrAccount) admin = kr_account_new ();
  g_autoptr (KrAccount) other = kr_account_new ();
  g_autoptr (KrIdentity) identity = NULL;
  g_autoptr (GError) error = NULL;

  admin->user_name = g_strdup ("admin");
  admin->display_name = g_strdup ("Administrator");
  admin->role = KR_ROLE_ADMINISTRATOR;
  kr_account_repository_add (accounts, admin, "karier-test-1", &error);
  g_assert_no_error (error);
  g_assert_true (kr_account_repository_authenticate (accounts, "admin", "karier-test-1", &identity,
                                                     NULL, &error));
  kr_database_set_identity (fixture->db, identity);
  if (role == KR_ROLE_ADMINISTRATOR)
    return;
  g_clear_pointer (&identity, kr_identity_unref);
  other->user_name = g_strdup ("other");
  other->display_name = g_strdup ("Other");
  other->role = role;
  other->unit_id = unit_id;
  other->employee_id = employee_id;
  kr_account_repository_add (accounts, other, "karier-test-1", &error);
  g_assert_no_error (error);
  g_assert_true (kr_account_repository_authenticate (accounts, "other", "karier-test-1", &identity,
                                                     NULL, &error));
  kr_database_set_identity (fixture->db, identity);
}
