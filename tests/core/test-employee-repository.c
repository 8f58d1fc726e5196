/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-employee-repository"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-employee-private.h"
#include "kr-employee-repository.h"
#include "kr-employee.h"
#include "kr-error.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

/* All NIPs here are synthetic, built with the DOMAIN 1.1 rules. */
#define NIP_SITI "199003152014032002" /* 1990-03-15, TMT CPNS 2014-03, female */
#define NIP_BUDI "198501012010011003" /* 1985-01-01, TMT CPNS 2010-01, male */
#define NIP_RINA "199207042023212004" /* NI PPPK: 1992-07-04, appointed 2023, female */

typedef struct
{
  char *dir; /* for a database file; NULL for one in memory */
  KrDatabase *db;
  KrUnitRepository *units;
  KrEmployeeRepository *employees;
  GArray *changed; /* gint64 ids from "changed" */
  /* BKPSDM (perangkat daerah) > MUTASI (bidang), with a head and two positions. */
  gint64 bkpsdm, mutasi;
  gint64 head, analyst, clerk;
} Fixture;

static void
on_changed_cb (KrEmployeeRepository *employees, gint64 id, Fixture *fixture)
{
  g_array_append_val (fixture->changed, id);
}

static gint64
add_position (Fixture *fixture,
              gint64 unit,
              const char *name,
              KrPositionKind kind,
              KrPositionLevel level,
              gboolean is_head)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrPositionRecord) position = kr_position_record_new ();

  position->unit_id = unit;
  position->name = g_strdup (name);
  position->kind = kind;
  position->level = level;
  position->is_head = is_head;
  kr_unit_repository_add_position (fixture->units, position, &error);
  g_assert_no_error (error);
  return position->id;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  /* A file when @data asks for one, as the program uses; memory otherwise. */
  if (data != NULL)
    {
      fixture->dir = kr_test_make_tmp_dir ("kr-employee-repository-XXXXXX");
      path = g_build_filename (fixture->dir, "karier.db", NULL);
    }
  fixture->db = kr_database_open (path != NULL ? path : ":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->units = kr_unit_repository_new (fixture->db);
  fixture->employees = kr_employee_repository_new (fixture->db);
  fixture->changed = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect (fixture->employees, "changed", G_CALLBACK (on_changed_cb), fixture);

  fixture->bkpsdm = kr_unit_repository_add (fixture->units, 0, "BKPSDM", "Badan Kepegawaian Daerah",
                                            KR_UNIT_KIND_PERANGKAT_DAERAH, &error);
  g_assert_no_error (error);
  fixture->mutasi = kr_unit_repository_add (fixture->units, fixture->bkpsdm, "BKPSDM-MUT",
                                            "Bidang Mutasi", KR_UNIT_KIND_BIDANG, &error);
  g_assert_no_error (error);
  fixture->head = add_position (fixture, fixture->bkpsdm, "Kepala Badan",
                                KR_POSITION_KIND_JPT_PRATAMA, KR_POSITION_LEVEL_NONE, TRUE);
  fixture->analyst =
      add_position (fixture, fixture->mutasi, "Analis SDM Aparatur Ahli Muda",
                    KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_AHLI_MUDA, FALSE);
  fixture->clerk = add_position (fixture, fixture->mutasi, "Pengadministrasi Umum",
                                 KR_POSITION_KIND_PELAKSANA, KR_POSITION_LEVEL_NONE, FALSE);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_array_unref (fixture->changed);
  g_assert_finalize_object (fixture->employees);
  g_assert_finalize_object (fixture->units);
  g_assert_finalize_object (fixture->db);
  if (fixture->dir != NULL)
    kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Helpers */

static void
assert_error (const GError *error, int code, ...)
{
  const char *fragment;
  va_list args;

  g_assert_error (error, KR_ERROR, code);
  va_start (args, code);
  while ((fragment = va_arg (args, const char *)) != NULL)
    {
      if (strstr (error->message, fragment) == NULL)
        g_error ("“%s” not in: %s", fragment, error->message);
    }
  va_end (args);
}

static gint64
query_int (KrDatabase *db, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* Runs @sql and returns its primary result code. */
static int
exec_raw (KrDatabase *db, const char *sql)
{
  return sqlite3_exec (_kr_database_get_handle (db), sql, NULL, NULL, NULL) & 0xff;
}

/* Fails unless the search index matches the employee table exactly. */
static void
assert_index_in_step (KrDatabase *db)
{
  g_assert_cmpint (
      exec_raw (db, "INSERT INTO employee_fts (employee_fts, rank) VALUES ('integrity-check', 1)"),
      ==, SQLITE_OK);
}

static void
set_date (GDate *date, guint year, guint month, guint day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static KrEmployee *
make_employee (const char *nip,
               const char *name,
               KrEmployeeKind kind,
               KrGender gender,
               guint birth_year,
               guint birth_month,
               guint birth_day)
{
  KrEmployee *employee = kr_employee_new ();
  GDate date;

  kr_employee_set_nip (employee, nip);
  kr_employee_set_name (employee, name);
  kr_employee_set_kind (employee, kind);
  kr_employee_set_gender (employee, gender);
  set_date (&date, birth_year, birth_month, birth_day);
  kr_employee_set_birth_date (employee, &date);
  return employee;
}

static KrEmployee *
make_siti (void)
{
  KrEmployee *employee =
      make_employee (NIP_SITI, "Siti Aminah", KR_EMPLOYEE_KIND_PNS, KR_GENDER_FEMALE, 1990, 3, 15);
  GDate date;

  set_date (&date, 2014, 3, 1);
  kr_employee_set_tmt_cpns (employee, &date);
  return employee;
}

static gint64
insert_ok (Fixture *fixture, KrEmployee *employee)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) warnings = NULL;
  gint64 id = kr_employee_repository_insert (fixture->employees, employee, &warnings, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (warnings->len, ==, 0);
  return id;
}

static gint64
add_rank (Fixture *fixture,
          gint64 employee_id,
          guint golongan,
          KrPromotionKind kind,
          guint year,
          guint month,
          GError **error)
{
  g_autoptr (KrRankEntry) entry = kr_rank_entry_new ();

  entry->employee_id = employee_id;
  entry->golongan = golongan;
  entry->promotion_kind = kind;
  set_date (&entry->tmt, year, month, 1);
  return kr_employee_repository_add_rank (fixture->employees, entry, error);
}

static gint64
add_position_entry (Fixture *fixture,
                    gint64 employee_id,
                    gint64 position_id,
                    guint year,
                    guint month,
                    GError **error)
{
  g_autoptr (KrPositionEntry) entry = kr_position_entry_new ();

  entry->employee_id = employee_id;
  entry->position_id = position_id;
  set_date (&entry->tmt, year, month, 1);
  entry->sk_number = g_strdup ("821.2/045/BKPSDM");
  return kr_employee_repository_add_position (fixture->employees, entry, error);
}

static KrEmployee *
get_ok (Fixture *fixture, gint64 id)
{
  g_autoptr (GError) error = NULL;
  KrEmployee *employee = kr_employee_repository_get (fixture->employees, id, &error);

  g_assert_no_error (error);
  return employee;
}

/* The ids that a search for @text finds, joined with spaces. */
static char *
search_ids (Fixture *fixture, const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found =
      kr_employee_repository_search (fixture->employees, text, 50, &error);
  GString *ids = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < found->len; i++)
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "",
                            kr_employee_get_id (g_ptr_array_index (found, i)));
  return g_string_free (ids, FALSE);
}

static void
assert_search (Fixture *fixture, const char *text, const char *expected_ids)
{
  g_autofree char *ids = search_ids (fixture, text);

  if (g_strcmp0 (ids, expected_ids) != 0)
    g_error ("Searching “%s” found “%s”, expected “%s”", text, ids, expected_ids);
}

/* Employees */

static void
test_insert_get (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = make_siti ();
  g_autoptr (KrEmployee) read = NULL;
  g_autoptr (KrEmployee) by_nip = NULL;
  g_autofree char *full_name = NULL;
  GDate date;
  gint64 id;

  kr_employee_set_nip (employee, " 19900315 201403 2 002 ");
  kr_employee_set_title_front (employee, "Dr.");
  kr_employee_set_title_back (employee, "S.E., M.Si.");
  kr_employee_set_birth_place (employee, " Makassar ");
  kr_employee_set_religion (employee, KR_RELIGION_ISLAM);
  kr_employee_set_marital_status (employee, KR_MARITAL_STATUS_KAWIN);
  kr_employee_set_nik (employee, "7371015503900002");
  kr_employee_set_phone (employee, "+62 812-3456-7890");
  kr_employee_set_email (employee, "siti.aminah@example.go.id");
  kr_employee_set_address (employee, "Jl. Contoh No. 1");
  kr_employee_set_status (employee, KR_EMPLOYEE_STATUS_TUGAS_BELAJAR);
  set_date (&date, 2015, 6, 1);
  kr_employee_set_tmt_pns (employee, &date);

  id = insert_ok (fixture, employee);
  g_assert_cmpint (kr_employee_get_id (employee), ==, id);
  g_assert_cmpuint (fixture->changed->len, ==, 1);
  g_assert_cmpint (g_array_index (fixture->changed, gint64, 0), ==, id);

  read = get_ok (fixture, id);
  g_assert_cmpstr (kr_employee_get_nip (read), ==, NIP_SITI);
  g_assert_cmpstr (kr_employee_get_name (read), ==, "Siti Aminah");
  full_name = kr_employee_dup_full_name (read);
  g_assert_cmpstr (full_name, ==, "Dr. Siti Aminah, S.E., M.Si.");
  g_assert_cmpstr (kr_employee_get_birth_place (read), ==, "Makassar");
  g_assert_cmpint (g_date_get_year (kr_employee_get_birth_date (read)), ==, 1990);
  g_assert_cmpint (g_date_get_day (kr_employee_get_birth_date (read)), ==, 15);
  g_assert_cmpint (kr_employee_get_gender (read), ==, KR_GENDER_FEMALE);
  g_assert_cmpint (kr_employee_get_religion (read), ==, KR_RELIGION_ISLAM);
  g_assert_cmpint (kr_employee_get_marital_status (read), ==, KR_MARITAL_STATUS_KAWIN);
  g_assert_cmpstr (kr_employee_get_nik (read), ==, "7371015503900002");
  g_assert_cmpstr (kr_employee_get_phone (read), ==, "+62 812-3456-7890");
  g_assert_cmpstr (kr_employee_get_email (read), ==, "siti.aminah@example.go.id");
  g_assert_cmpstr (kr_employee_get_address (read), ==, "Jl. Contoh No. 1");
  g_assert_cmpint (kr_employee_get_kind (read), ==, KR_EMPLOYEE_KIND_PNS);
  g_assert_cmpint (kr_employee_get_status (read), ==, KR_EMPLOYEE_STATUS_TUGAS_BELAJAR);
  g_assert_cmpint (g_date_get_year (kr_employee_get_tmt_cpns (read)), ==, 2014);
  g_assert_cmpint (g_date_get_month (kr_employee_get_tmt_pns (read)), ==, 6);
  /* No histories yet: no current values. */
  g_assert_cmpuint (kr_employee_get_golongan (read), ==, 0);
  g_assert_null (kr_employee_get_golongan_label (read));
  g_assert_null (kr_employee_get_rank_tmt (read));
  g_assert_cmpint (kr_employee_get_position_id (read), ==, 0);
  g_assert_null (kr_employee_get_position_name (read));
  g_assert_false (kr_employee_get_position_kind (read, NULL, NULL));
  g_assert_cmpint (kr_employee_get_unit_id (read), ==, 0);
  g_assert_false (kr_employee_get_education (read, NULL));

  by_nip = kr_employee_repository_get_by_nip (fixture->employees, "19900315 201403 2 002", &error);
  g_assert_no_error (error);
  g_assert_cmpint (kr_employee_get_id (by_nip), ==, id);

  g_assert_null (kr_employee_repository_get (fixture->employees, id + 1, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, NULL);
  g_clear_error (&error);
  g_assert_null (kr_employee_repository_get_by_nip (fixture->employees, NIP_BUDI, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, "19850101 201001 1 003", NULL);
}

static void
test_insert_warnings (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) warnings = NULL;
  g_autoptr (KrEmployee) employee = NULL;
  g_autofree char *joined = NULL;
  GDate date;

  /* A birth date corrected after the NIP was issued, and a gender that disagrees: saved, with
   * warnings. */
  employee =
      make_employee (NIP_BUDI, "Budi Santoso", KR_EMPLOYEE_KIND_PNS, KR_GENDER_FEMALE, 1985, 1, 2);
  set_date (&date, 2010, 1, 1);
  kr_employee_set_tmt_cpns (employee, &date);
  g_assert_cmpint (kr_employee_repository_insert (fixture->employees, employee, &warnings, &error),
                   >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 2);
  g_ptr_array_add (warnings, NULL);
  joined = g_strjoinv ("\n", (char **) warnings->pdata);
  g_assert_nonnull (strstr (joined, "1985-01-02"));
  g_assert_nonnull (strstr (joined, "female"));
}

/* Validates @employee against 2025-06-15 and expects a failure of @field. */
static void
assert_invalid (KrEmployee *employee, const char *field, const char *fragment)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDate) today = g_date_new_dmy (15, G_DATE_JUNE, 2025);
  const char *bad_field = NULL;

  g_assert_false (kr_employee_validate (employee, today, &bad_field, NULL, &error));
  assert_error (error, KR_ERROR_INVALID, fragment, NULL);
  g_assert_cmpstr (bad_field, ==, field);
}

static void
test_validation (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = make_siti ();
  g_autoptr (GDate) today = g_date_new_dmy (15, G_DATE_JUNE, 2025);
  GDate date;

  g_assert_true (kr_employee_validate (employee, today, NULL, NULL, &error));
  g_assert_no_error (error);

  kr_employee_set_nip (employee, NULL);
  assert_invalid (employee, "nip", "NIP");
  kr_employee_set_nip (employee, "19900315201403200");
  assert_invalid (employee, "nip", "18");
  /* A PNS NIP for a PPPK: digits 13–14 are a month, not a PPPK code. */
  kr_employee_set_nip (employee, NIP_SITI);
  kr_employee_set_kind (employee, KR_EMPLOYEE_KIND_PPPK);
  assert_invalid (employee, "nip", "NI PPPK");
  kr_employee_set_kind (employee, KR_EMPLOYEE_KIND_PNS);

  kr_employee_set_name (employee, "   ");
  assert_invalid (employee, "name", "name");
  kr_employee_set_name (employee, "Siti Aminah");

  kr_employee_set_birth_date (employee, NULL);
  assert_invalid (employee, "birth-date", "birth date");
  set_date (&date, 2025, 6, 16);
  kr_employee_set_birth_date (employee, &date);
  /* The NIP is checked first and also refuses a birth date after today; take the date alone. */
  kr_employee_set_nip (employee, "202506162014032002");
  assert_invalid (employee, "nip", "2025-06-16");
  kr_employee_set_nip (employee, NIP_SITI);
  assert_invalid (employee, "birth-date", "2025-06-16");
  set_date (&date, 1990, 3, 15);
  kr_employee_set_birth_date (employee, &date);

  kr_employee_set_gender (employee, KR_GENDER_UNKNOWN);
  assert_invalid (employee, "gender", "gender");
  kr_employee_set_gender (employee, KR_GENDER_FEMALE);

  kr_employee_set_nik (employee, "73710155039000");
  assert_invalid (employee, "nik", "73710155039000");
  kr_employee_set_nik (employee, "737101550390000X");
  assert_invalid (employee, "nik", "NIK");
  kr_employee_set_nik (employee, "");

  kr_employee_set_phone (employee, "0812 34x");
  assert_invalid (employee, "phone", "0812 34x");
  kr_employee_set_phone (employee, "12-3");
  assert_invalid (employee, "phone", "12-3");
  kr_employee_set_phone (employee, "(0411) 123456");

  kr_employee_set_email (employee, "siti.aminah");
  assert_invalid (employee, "email", "siti.aminah");
  kr_employee_set_email (employee, "siti@@example.go.id");
  assert_invalid (employee, "email", "siti@@");
  kr_employee_set_email (employee, NULL);

  set_date (&date, 1990, 3, 15);
  kr_employee_set_tmt_cpns (employee, &date);
  assert_invalid (employee, "tmt-cpns", "TMT CPNS 1990-03-15");
  set_date (&date, 2014, 3, 1);
  kr_employee_set_tmt_cpns (employee, &date);

  set_date (&date, 2014, 2, 1);
  kr_employee_set_tmt_pns (employee, &date);
  assert_invalid (employee, "tmt-pns", "2014-02-01");
  kr_employee_set_kind (employee, KR_EMPLOYEE_KIND_CPNS);
  assert_invalid (employee, "tmt-pns", "CPNS");
  kr_employee_set_kind (employee, KR_EMPLOYEE_KIND_PNS);
  kr_employee_set_tmt_pns (employee, NULL);

  g_assert_true (kr_employee_validate (employee, today, NULL, NULL, &error));
  g_assert_no_error (error);

  /* The repository refuses what validation refuses, and stores nothing. */
  kr_employee_set_name (employee, NULL);
  g_assert_cmpint (kr_employee_repository_insert (fixture->employees, employee, NULL, &error), ==,
                   0);
  assert_error (error, KR_ERROR_INVALID, "name", NULL);
  g_assert_cmpint (kr_employee_get_id (employee), ==, 0);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM employee"), ==, 0);
  g_assert_cmpuint (fixture->changed->len, ==, 0);
}

static void
test_pppk (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = NULL;
  g_autoptr (KrEmployee) read = NULL;
  gint64 id;
  GDate date;

  employee = make_employee (NIP_RINA, "Rina Wulandari", KR_EMPLOYEE_KIND_PPPK, KR_GENDER_FEMALE,
                            1992, 7, 4);
  set_date (&date, 2023, 8, 1);
  kr_employee_set_tmt_cpns (employee, &date);
  id = insert_ok (fixture, employee);

  add_rank (fixture, id, 109, KR_PROMOTION_KIND_PENGANGKATAN, 2023, 8, &error);
  g_assert_no_error (error);
  read = get_ok (fixture, id);
  g_assert_cmpuint (kr_employee_get_golongan (read), ==, 109);
  g_assert_cmpstr (kr_employee_get_golongan_label (read), ==, "IX");
  g_assert_cmpint (kr_employee_get_kind (read), ==, KR_EMPLOYEE_KIND_PPPK);

  /* PPPK golongan and kinds of promotion */
  add_rank (fixture, id, 31, KR_PROMOTION_KIND_PENGANGKATAN, 2024, 1, &error);
  assert_error (error, KR_ERROR_INVALID, "III/a", "PPPK", NULL);
  g_clear_error (&error);
  add_rank (fixture, id, 110, KR_PROMOTION_KIND_REGULER, 2024, 1, &error);
  assert_error (error, KR_ERROR_INVALID, "Reguler", NULL);
  g_clear_error (&error);
  /* Before the first contract */
  add_rank (fixture, id, 110, KR_PROMOTION_KIND_PENGANGKATAN, 2023, 7, &error);
  assert_error (error, KR_ERROR_INVALID, "2023-07-01", "contract", NULL);
  g_clear_error (&error);

  /* A PPPK with PPPK golongan cannot simply become a PNS. */
  kr_employee_set_kind (read, KR_EMPLOYEE_KIND_PNS);
  kr_employee_set_nip (read, "199207042023082004");
  g_assert_false (kr_employee_repository_update (fixture->employees, read, NULL, &error));
  assert_error (error, KR_ERROR_INVALID, "1 row", "PNS", NULL);
  g_clear_error (&error);
  g_clear_object (&read);
  read = get_ok (fixture, id);
  g_assert_cmpstr (kr_employee_get_nip (read), ==, NIP_RINA);
  g_assert_cmpint (kr_employee_get_kind (read), ==, KR_EMPLOYEE_KIND_PPPK);
}

static void
test_nip_conflict (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) siti = make_siti ();
  g_autoptr (KrEmployee) twin = make_siti ();
  g_autoptr (KrEmployee) budi = NULL;

  insert_ok (fixture, siti);
  kr_employee_set_name (twin, "Siti Rahma");
  kr_employee_set_nip (twin, "19900315 201403 2 002");
  g_assert_cmpint (kr_employee_repository_insert (fixture->employees, twin, NULL, &error), ==, 0);
  assert_error (error, KR_ERROR_CONFLICT, "19900315 201403 2 002", "Siti Aminah", NULL);
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM employee"), ==, 1);

  budi = make_employee (NIP_BUDI, "Budi Santoso", KR_EMPLOYEE_KIND_PNS, KR_GENDER_MALE, 1985, 1, 1);
  insert_ok (fixture, budi);
  kr_employee_set_nip (budi, NIP_SITI);
  kr_employee_set_birth_date (budi, kr_employee_get_birth_date (siti));
  kr_employee_set_gender (budi, KR_GENDER_FEMALE);
  g_assert_false (kr_employee_repository_update (fixture->employees, budi, NULL, &error));
  assert_error (error, KR_ERROR_CONFLICT, "Siti Aminah", NULL);
  g_clear_error (&error);
  g_assert_cmpint (
      query_int (fixture->db, "SELECT count(*) FROM employee WHERE nip = '" NIP_BUDI "'"), ==, 1);
}

static void
test_update (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = make_siti ();
  g_autoptr (KrEmployee) read = NULL;
  g_autoptr (KrEmployee) ghost = make_siti ();
  g_autoptr (GPtrArray) warnings = NULL;
  gint64 id = insert_ok (fixture, employee);

  add_rank (fixture, id, 31, KR_PROMOTION_KIND_PENGANGKATAN, 2014, 3, &error);
  g_assert_no_error (error);
  g_array_set_size (fixture->changed, 0);

  kr_employee_set_name (employee, "Siti Nurhaliza");
  kr_employee_set_title_back (employee, "S.Kom.");
  kr_employee_set_status (employee, KR_EMPLOYEE_STATUS_CLTN);
  kr_employee_set_kind (employee, KR_EMPLOYEE_KIND_CPNS);
  g_assert_true (kr_employee_repository_update (fixture->employees, employee, &warnings, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_cmpuint (fixture->changed->len, ==, 1);
  g_assert_cmpint (g_array_index (fixture->changed, gint64, 0), ==, id);

  read = get_ok (fixture, id);
  g_assert_cmpstr (kr_employee_get_name (read), ==, "Siti Nurhaliza");
  g_assert_cmpstr (kr_employee_get_title_back (read), ==, "S.Kom.");
  g_assert_cmpint (kr_employee_get_status (read), ==, KR_EMPLOYEE_STATUS_CLTN);
  g_assert_cmpint (kr_employee_get_kind (read), ==, KR_EMPLOYEE_KIND_CPNS);
  /* The current rank is untouched by an update of the employee. */
  g_assert_cmpuint (kr_employee_get_golongan (read), ==, 31);
  assert_search (fixture, "nurhal", "1");
  assert_search (fixture, "aminah", "");
  assert_search (fixture, "kom", "1");

  /* A PNS golongan does not fit a PPPK. */
  kr_employee_set_kind (read, KR_EMPLOYEE_KIND_PPPK);
  kr_employee_set_nip (read, "199003152014212002");
  g_assert_false (kr_employee_repository_update (fixture->employees, read, NULL, &error));
  assert_error (error, KR_ERROR_INVALID, "rank history", "PPPK", NULL);
  g_clear_error (&error);

  g_object_set (ghost, "name", "Nobody", NULL);
  _kr_employee_set_id (ghost, 999);
  g_assert_false (kr_employee_repository_update (fixture->employees, ghost, NULL, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, "999", NULL);
  g_assert_cmpuint (fixture->changed->len, ==, 1);
  assert_index_in_step (fixture->db);
}

static void
test_delete_cascade (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) siti = make_siti ();
  g_autoptr (KrEmployee) budi =
      make_employee (NIP_BUDI, "Budi Santoso", KR_EMPLOYEE_KIND_PNS, KR_GENDER_MALE, 1985, 1, 1);
  g_autoptr (KrEducationEntry) education = kr_education_entry_new ();
  g_autoptr (KrDisciplineEntry) discipline = kr_discipline_entry_new ();
  g_autoptr (KrAwardEntry) award = kr_award_entry_new ();
  gint64 id = insert_ok (fixture, siti);
  gint64 other = insert_ok (fixture, budi);

  add_rank (fixture, id, 31, KR_PROMOTION_KIND_PENGANGKATAN, 2014, 3, &error);
  add_position_entry (fixture, id, fixture->analyst, 2014, 3, &error);
  add_rank (fixture, other, 33, KR_PROMOTION_KIND_REGULER, 2018, 4, &error);
  education->employee_id = id;
  education->level = KR_EDUCATION_S1;
  education->graduation_year = 2012;
  kr_employee_repository_add_education (fixture->employees, education, &error);
  discipline->employee_id = id;
  discipline->sanction = g_strdup ("teguran lisan");
  set_date (&discipline->tmt, 2022, 2, 1);
  kr_employee_repository_add_discipline (fixture->employees, discipline, &error);
  award->employee_id = id;
  award->kind = KR_AWARD_KIND_OTHER;
  award->name = g_strdup ("Pegawai Teladan");
  award->year = 2020;
  kr_employee_repository_add_award (fixture->employees, award, &error);
  g_assert_no_error (error);
  g_array_set_size (fixture->changed, 0);

  g_assert_true (kr_employee_repository_delete (fixture->employees, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changed->len, ==, 1);
  g_assert_cmpint (g_array_index (fixture->changed, gint64, 0), ==, id);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM employee"), ==, 1);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM rank_history"), ==, 1);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM position_history"), ==, 0);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM education_history"), ==, 0);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM discipline_history"), ==, 0);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM award_history"), ==, 0);
  assert_index_in_step (fixture->db);
  assert_search (fixture, "siti", "");
  assert_search (fixture, "budi", "2");

  g_assert_false (kr_employee_repository_delete (fixture->employees, id, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, NULL);
}

/* Histories and current values */

static void
assert_rank (Fixture *fixture, gint64 id, guint golongan, const char *tmt)
{
  g_autoptr (KrEmployee) employee = get_ok (fixture, id);
  char text[11] = "";

  g_assert_cmpuint (kr_employee_get_golongan (employee), ==, golongan);
  if (kr_employee_get_rank_tmt (employee) != NULL)
    g_date_strftime (text, sizeof text, "%Y-%m-%d", kr_employee_get_rank_tmt (employee));
  g_assert_cmpstr (text, ==, tmt);
}

static void
test_rank_current (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = make_siti ();
  g_autoptr (GPtrArray) ranks = NULL;
  g_autoptr (KrRankEntry) copy = NULL;
  gint64 id = insert_ok (fixture, employee);
  gint64 newest, tie;

  add_rank (fixture, id, 32, KR_PROMOTION_KIND_REGULER, 2018, 4, &error);
  g_assert_no_error (error);
  assert_rank (fixture, id, 32, "2018-04-01");

  /* An older row added after a newer one leaves the newest current. */
  add_rank (fixture, id, 31, KR_PROMOTION_KIND_PENGANGKATAN, 2014, 3, &error);
  g_assert_no_error (error);
  assert_rank (fixture, id, 32, "2018-04-01");

  newest = add_rank (fixture, id, 33, KR_PROMOTION_KIND_REGULER, 2022, 4, &error);
  g_assert_no_error (error);
  assert_rank (fixture, id, 33, "2022-04-01");
  {
    g_autoptr (KrEmployee) read = get_ok (fixture, id);

    g_assert_cmpstr (kr_employee_get_golongan_label (read), ==, "III/c");
  }

  /* Deleting the newest falls back to the one before. */
  g_assert_true (
      kr_employee_repository_delete_history (fixture->employees, KR_HISTORY_RANK, newest, &error));
  g_assert_no_error (error);
  assert_rank (fixture, id, 32, "2018-04-01");

  /* Two rows with the same TMT: the later one (by id) wins. */
  tie = add_rank (fixture, id, 33, KR_PROMOTION_KIND_PILIHAN, 2018, 4, &error);
  g_assert_no_error (error);
  assert_rank (fixture, id, 33, "2018-04-01");

  /* Moving a row's TMT moves the current rank with it. */
  ranks = kr_employee_repository_list_ranks (fixture->employees, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ranks->len, ==, 3);
  copy = kr_rank_entry_copy (g_ptr_array_index (ranks, 0));
  g_assert_cmpuint (copy->golongan, ==, 31);
  g_assert_cmpint (copy->promotion_kind, ==, KR_PROMOTION_KIND_PENGANGKATAN);
  g_assert_cmpuint (((KrRankEntry *) ranks->pdata[1])->golongan, ==, 32);
  g_assert_cmpint (((KrRankEntry *) ranks->pdata[2])->id, ==, tie);
  set_date (&copy->tmt, 2024, 10, 1);
  copy->sk_number = g_strdup ("800/123/BKPSDM/2024");
  set_date (&copy->sk_date, 2024, 9, 20);
  g_assert_true (kr_employee_repository_update_rank (fixture->employees, copy, &error));
  g_assert_no_error (error);
  assert_rank (fixture, id, 31, "2024-10-01");
  g_clear_pointer (&ranks, g_ptr_array_unref);
  ranks = kr_employee_repository_list_ranks (fixture->employees, id, &error);
  g_assert_cmpint (((KrRankEntry *) ranks->pdata[2])->id, ==, copy->id);
  g_assert_cmpstr (((KrRankEntry *) ranks->pdata[2])->sk_number, ==, "800/123/BKPSDM/2024");
  g_assert_cmpint (g_date_get_day (&((KrRankEntry *) ranks->pdata[2])->sk_date), ==, 20);

  /* Without rows, no current rank. */
  for (guint i = 0; i < ranks->len; i++)
    g_assert_true (kr_employee_repository_delete_history (
        fixture->employees, KR_HISTORY_RANK, ((KrRankEntry *) ranks->pdata[i])->id, &error));
  assert_rank (fixture, id, 0, "");
  g_assert_false (
      kr_employee_repository_delete_history (fixture->employees, KR_HISTORY_RANK, tie, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, NULL);
}

static void
test_rank_invalid (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = make_siti ();
  g_autoptr (KrEmployee) other =
      make_employee (NIP_BUDI, "Budi Santoso", KR_EMPLOYEE_KIND_PNS, KR_GENDER_MALE, 1985, 1, 1);
  g_autoptr (KrRankEntry) entry = kr_rank_entry_new ();
  gint64 id = insert_ok (fixture, employee);
  gint64 other_id = insert_ok (fixture, other);
  gint64 row;

  row = add_rank (fixture, id, 31, KR_PROMOTION_KIND_PENGANGKATAN, 2014, 3, &error);
  g_assert_no_error (error);
  g_array_set_size (fixture->changed, 0);

  add_rank (fixture, id, 35, KR_PROMOTION_KIND_REGULER, 2018, 4, &error);
  assert_error (error, KR_ERROR_INVALID, "35", NULL);
  g_clear_error (&error);
  add_rank (fixture, id, 105, KR_PROMOTION_KIND_REGULER, 2018, 4, &error);
  assert_error (error, KR_ERROR_INVALID, "PNS", "V", NULL);
  g_clear_error (&error);
  add_rank (fixture, id, 32, KR_PROMOTION_KIND_REGULER, 2014, 2, &error);
  assert_error (error, KR_ERROR_INVALID, "2014-02-01", "TMT CPNS", NULL);
  g_clear_error (&error);
  add_rank (fixture, id, 32, KR_PROMOTION_KIND_REGULER, 1989, 4, &error);
  assert_error (error, KR_ERROR_INVALID, "1989-04-01", "birth date", NULL);
  g_clear_error (&error);
  add_rank (fixture, 999, 32, KR_PROMOTION_KIND_REGULER, 2018, 4, &error);
  assert_error (error, KR_ERROR_NOT_FOUND, "999", NULL);
  g_clear_error (&error);

  entry->employee_id = id;
  entry->golongan = 32;
  kr_employee_repository_add_rank (fixture->employees, entry, &error);
  assert_error (error, KR_ERROR_INVALID, "TMT", NULL);
  g_clear_error (&error);
  set_date (&entry->tmt, 2018, 4, 1);
  set_date (&entry->sk_date, 2999, 1, 1);
  kr_employee_repository_add_rank (fixture->employees, entry, &error);
  assert_error (error, KR_ERROR_INVALID, "SK date", "2999-01-01", NULL);
  g_clear_error (&error);
  g_assert_cmpint (entry->id, ==, 0);

  /* Updates: the row must exist and belong to the employee. */
  g_date_clear (&entry->sk_date, 1);
  entry->id = row;
  entry->employee_id = other_id;
  g_assert_false (kr_employee_repository_update_rank (fixture->employees, entry, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, NULL);
  g_clear_error (&error);
  entry->id = 4242;
  entry->employee_id = id;
  g_assert_false (kr_employee_repository_update_rank (fixture->employees, entry, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, "4242", NULL);
  g_clear_error (&error);
  entry->id = row;
  entry->golongan = 12;
  entry->promotion_kind = KR_PROMOTION_KIND_PENGANGKATAN;
  set_date (&entry->tmt, 2013, 1, 1);
  g_assert_false (kr_employee_repository_update_rank (fixture->employees, entry, &error));
  assert_error (error, KR_ERROR_INVALID, "2013-01-01", NULL);
  g_clear_error (&error);

  /* Nothing of it stuck. */
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM rank_history"), ==, 1);
  assert_rank (fixture, id, 31, "2014-03-01");
  g_assert_cmpuint (fixture->changed->len, ==, 0);
}

static void
test_position_current (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = make_siti ();
  g_autoptr (KrEmployee) read = NULL;
  g_autoptr (GPtrArray) positions = NULL;
  g_autoptr (KrPositionRecord) moved = NULL;
  g_autoptr (KrPositionEntry) copy = NULL;
  KrPositionKind kind;
  KrPositionLevel level;
  gint64 id = insert_ok (fixture, employee);
  gint64 newest;

  add_position_entry (fixture, id, fixture->analyst, 2019, 1, &error);
  g_assert_no_error (error);
  add_position_entry (fixture, id, fixture->clerk, 2015, 3, &error);
  g_assert_no_error (error);
  read = get_ok (fixture, id);
  g_assert_cmpint (kr_employee_get_position_id (read), ==, fixture->analyst);
  g_assert_cmpstr (kr_employee_get_position_name (read), ==, "Analis SDM Aparatur Ahli Muda");
  g_assert_true (kr_employee_get_position_kind (read, &kind, &level));
  g_assert_cmpint (kind, ==, KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN);
  g_assert_cmpint (level, ==, KR_POSITION_LEVEL_AHLI_MUDA);
  g_assert_cmpint (kr_employee_get_unit_id (read), ==, fixture->mutasi);
  g_assert_cmpstr (kr_employee_get_unit_name (read), ==, "Bidang Mutasi");
  g_assert_cmpint (g_date_get_year (kr_employee_get_position_tmt (read)), ==, 2019);
  g_clear_object (&read);

  newest = add_position_entry (fixture, id, fixture->head, 2024, 1, &error);
  read = get_ok (fixture, id);
  g_assert_cmpint (kr_employee_get_position_id (read), ==, fixture->head);
  g_assert_cmpint (kr_employee_get_unit_id (read), ==, fixture->bkpsdm);
  g_clear_object (&read);

  positions = kr_employee_repository_list_positions (fixture->employees, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (positions->len, ==, 3);
  copy = kr_position_entry_copy (g_ptr_array_index (positions, 0));
  g_assert_cmpstr (copy->position_name, ==, "Pengadministrasi Umum");
  g_assert_cmpstr (copy->unit_name, ==, "Bidang Mutasi");
  g_assert_cmpstr (copy->sk_number, ==, "821.2/045/BKPSDM");
  g_assert_cmpint (((KrPositionEntry *) positions->pdata[2])->id, ==, newest);

  g_assert_true (kr_employee_repository_delete_history (fixture->employees, KR_HISTORY_POSITION,
                                                        newest, &error));
  read = get_ok (fixture, id);
  g_assert_cmpint (kr_employee_get_position_id (read), ==, fixture->analyst);
  g_assert_cmpint (kr_employee_get_unit_id (read), ==, fixture->mutasi);
  g_clear_object (&read);

  /* A position moved to another unit takes its holder along. */
  moved = kr_unit_repository_get_position (fixture->units, fixture->analyst, &error);
  moved->unit_id = fixture->bkpsdm;
  g_assert_true (kr_unit_repository_update_position (fixture->units, moved, &error));
  g_assert_no_error (error);
  read = get_ok (fixture, id);
  g_assert_cmpint (kr_employee_get_unit_id (read), ==, fixture->bkpsdm);
  g_assert_cmpstr (kr_employee_get_unit_name (read), ==, "Badan Kepegawaian Daerah");
  g_clear_object (&read);

  /* Changing the oldest row's position and date makes it the newest. */
  copy->position_id = fixture->head;
  set_date (&copy->tmt, 2025, 1, 1);
  g_assert_true (kr_employee_repository_update_position (fixture->employees, copy, &error));
  g_assert_no_error (error);
  read = get_ok (fixture, id);
  g_assert_cmpint (kr_employee_get_position_id (read), ==, fixture->head);
  g_clear_object (&read);

  /* Validation */
  add_position_entry (fixture, id, 999, 2020, 1, &error);
  assert_error (error, KR_ERROR_NOT_FOUND, "999", NULL);
  g_clear_error (&error);
  add_position_entry (fixture, id, fixture->clerk, 2013, 1, &error);
  assert_error (error, KR_ERROR_INVALID, "TMT CPNS", NULL);
  g_clear_error (&error);
  copy->id = 777;
  g_assert_false (kr_employee_repository_update_position (fixture->employees, copy, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, NULL);
  g_clear_error (&error);

  g_clear_pointer (&positions, g_ptr_array_unref);
  positions = kr_employee_repository_list_positions (fixture->employees, id, &error);
  for (guint i = 0; i < positions->len; i++)
    kr_employee_repository_delete_history (fixture->employees, KR_HISTORY_POSITION,
                                           ((KrPositionEntry *) positions->pdata[i])->id, &error);
  g_assert_no_error (error);
  read = get_ok (fixture, id);
  g_assert_cmpint (kr_employee_get_position_id (read), ==, 0);
  g_assert_cmpint (kr_employee_get_unit_id (read), ==, 0);
  g_assert_null (kr_employee_get_unit_name (read));
  assert_index_in_step (fixture->db);
}

static gint64
add_education (Fixture *fixture,
               gint64 employee_id,
               KrEducation level,
               guint year,
               const char *institution,
               GError **error)
{
  g_autoptr (KrEducationEntry) entry = kr_education_entry_new ();

  entry->employee_id = employee_id;
  entry->level = level;
  entry->graduation_year = year;
  entry->institution = g_strdup (institution);
  entry->major = g_strdup ("Manajemen");
  return kr_employee_repository_add_education (fixture->employees, entry, error);
}

static void
test_education (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = make_siti ();
  g_autoptr (KrEmployee) read = NULL;
  g_autoptr (GPtrArray) educations = NULL;
  g_autoptr (KrEducationEntry) copy = NULL;
  KrEducation level;
  gint64 id = insert_ok (fixture, employee);
  gint64 s2;

  add_education (fixture, id, KR_EDUCATION_S1, 2012, "Universitas Hasanuddin", &error);
  add_education (fixture, id, KR_EDUCATION_SLTA, 2008, "SMA Negeri 1 Makassar", &error);
  g_assert_no_error (error);
  read = get_ok (fixture, id);
  g_assert_true (kr_employee_get_education (read, &level));
  g_assert_cmpint (level, ==, KR_EDUCATION_S1);
  g_clear_object (&read);

  s2 = add_education (fixture, id, KR_EDUCATION_S2, 2019, "Universitas Gadjah Mada", &error);
  read = get_ok (fixture, id);
  g_assert_true (kr_employee_get_education (read, &level));
  g_assert_cmpint (level, ==, KR_EDUCATION_S2);
  g_clear_object (&read);

  educations = kr_employee_repository_list_educations (fixture->employees, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (educations->len, ==, 3);
  copy = kr_education_entry_copy (g_ptr_array_index (educations, 0));
  g_assert_cmpint (copy->level, ==, KR_EDUCATION_SLTA);
  g_assert_cmpstr (copy->institution, ==, "SMA Negeri 1 Makassar");
  g_assert_cmpstr (copy->major, ==, "Manajemen");
  g_assert_cmpuint (copy->graduation_year, ==, 2008);

  /* The latest graduation is current: moving the SLTA row to 2020 makes it so. */
  copy->graduation_year = 2020;
  g_free (copy->major);
  copy->major = g_strdup ("  ");
  copy->sk_number = g_strdup ("DN-19/2020/0012345");
  g_assert_true (kr_employee_repository_update_education (fixture->employees, copy, &error));
  g_assert_no_error (error);
  read = get_ok (fixture, id);
  g_assert_true (kr_employee_get_education (read, &level));
  g_assert_cmpint (level, ==, KR_EDUCATION_SLTA);
  g_clear_object (&read);
  g_clear_pointer (&educations, g_ptr_array_unref);
  educations = kr_employee_repository_list_educations (fixture->employees, id, &error);
  g_assert_null (((KrEducationEntry *) educations->pdata[2])->major);
  g_assert_cmpstr (((KrEducationEntry *) educations->pdata[2])->sk_number, ==,
                   "DN-19/2020/0012345");

  g_assert_true (kr_employee_repository_delete_history (fixture->employees, KR_HISTORY_EDUCATION,
                                                        copy->id, &error));
  read = get_ok (fixture, id);
  g_assert_true (kr_employee_get_education (read, &level));
  g_assert_cmpint (level, ==, KR_EDUCATION_S2);
  g_assert_cmpint (s2, >, 0);

  add_education (fixture, id, KR_EDUCATION_S3, 0, NULL, &error);
  assert_error (error, KR_ERROR_INVALID, "graduation year", NULL);
  g_clear_error (&error);
  add_education (fixture, id, KR_EDUCATION_S3, 1990, NULL, &error);
  assert_error (error, KR_ERROR_INVALID, "graduation year 1990", "1990", NULL);
  g_clear_error (&error);
  add_education (fixture, id, KR_EDUCATION_S3, 2999, NULL, &error);
  assert_error (error, KR_ERROR_INVALID, "2999", "future", NULL);
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM education_history"), ==, 2);
}

static gint64
add_discipline (Fixture *fixture,
                gint64 employee_id,
                KrDisciplineRegulation regulation,
                guint year,
                const char *sanction,
                GError **error)
{
  g_autoptr (KrDisciplineEntry) entry = kr_discipline_entry_new ();

  entry->employee_id = employee_id;
  entry->level = KR_DISCIPLINE_LEVEL_SEDANG;
  entry->sanction = g_strdup (sanction);
  entry->regulation = regulation;
  set_date (&entry->tmt, year, 10, 1);
  set_date (&entry->end_date, year + 1, 9, 30);
  return kr_employee_repository_add_discipline (fixture->employees, entry, error);
}

static void
test_discipline (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = make_siti ();
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (KrDisciplineEntry) copy = NULL;
  gint64 id = insert_ok (fixture, employee);
  gint64 old, recent;

  recent = add_discipline (fixture, id, KR_DISCIPLINE_REGULATION_PP_94_2021, 2022,
                           "pemotongan tunjangan kinerja 25% selama 12 bulan", &error);
  g_assert_no_error (error);
  old = add_discipline (fixture, id, KR_DISCIPLINE_REGULATION_PP_53_2010, 2019,
                        "penundaan kenaikan pangkat 1 tahun", &error);
  g_assert_no_error (error);

  rows = kr_employee_repository_list_disciplines (fixture->employees, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  copy = kr_discipline_entry_copy (g_ptr_array_index (rows, 0));
  g_assert_cmpint (copy->id, ==, old);
  g_assert_cmpint (copy->regulation, ==, KR_DISCIPLINE_REGULATION_PP_53_2010);
  g_assert_cmpint (copy->level, ==, KR_DISCIPLINE_LEVEL_SEDANG);
  g_assert_cmpstr (copy->sanction, ==, "penundaan kenaikan pangkat 1 tahun");
  g_assert_cmpint (g_date_get_year (&copy->end_date), ==, 2020);
  g_assert_cmpint (((KrDisciplineEntry *) rows->pdata[1])->id, ==, recent);

  copy->level = KR_DISCIPLINE_LEVEL_RINGAN;
  g_free (copy->sanction);
  copy->sanction = g_strdup ("teguran tertulis");
  g_date_clear (&copy->end_date, 1);
  g_assert_true (kr_employee_repository_update_discipline (fixture->employees, copy, &error));
  g_assert_no_error (error);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = kr_employee_repository_list_disciplines (fixture->employees, id, &error);
  g_assert_cmpint (((KrDisciplineEntry *) rows->pdata[0])->level, ==, KR_DISCIPLINE_LEVEL_RINGAN);
  g_assert_false (g_date_valid (&((KrDisciplineEntry *) rows->pdata[0])->end_date));

  /* Validation */
  add_discipline (fixture, id, KR_DISCIPLINE_REGULATION_PP_94_2021, 2020, "teguran lisan", &error);
  assert_error (error, KR_ERROR_INVALID, "PP 94/2021", "2020-10-01", NULL);
  g_clear_error (&error);
  add_discipline (fixture, id, KR_DISCIPLINE_REGULATION_PP_94_2021, 2022, " ", &error);
  assert_error (error, KR_ERROR_INVALID, "sanction", NULL);
  g_clear_error (&error);
  copy->id = recent;
  set_date (&copy->end_date, 2018, 1, 1);
  g_assert_false (kr_employee_repository_update_discipline (fixture->employees, copy, &error));
  assert_error (error, KR_ERROR_INVALID, "2018-01-01", "2019-10-01", NULL);
  g_clear_error (&error);

  g_assert_true (kr_employee_repository_delete_history (fixture->employees, KR_HISTORY_DISCIPLINE,
                                                        recent, &error));
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM discipline_history"), ==, 1);
}

static gint64
add_award (Fixture *fixture,
           gint64 employee_id,
           KrAwardKind kind,
           const char *name,
           guint year,
           GError **error)
{
  g_autoptr (KrAwardEntry) entry = kr_award_entry_new ();

  entry->employee_id = employee_id;
  entry->kind = kind;
  entry->name = g_strdup (name);
  entry->year = year;
  return kr_employee_repository_add_award (fixture->employees, entry, error);
}

static void
test_award (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = make_siti ();
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (KrAwardEntry) copy = NULL;
  gint64 id = insert_ok (fixture, employee);
  gint64 satyalancana;

  satyalancana = add_award (fixture, id, KR_AWARD_KIND_SATYALANCANA_X, NULL, 2024, &error);
  g_assert_no_error (error);
  add_award (fixture, id, KR_AWARD_KIND_OTHER, "Pegawai Teladan Tingkat Kabupaten", 2017, &error);
  g_assert_no_error (error);

  rows = kr_employee_repository_list_awards (fixture->employees, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (((KrAwardEntry *) rows->pdata[0])->name, ==,
                   "Pegawai Teladan Tingkat Kabupaten");
  copy = kr_award_entry_copy (g_ptr_array_index (rows, 1));
  g_assert_cmpint (copy->id, ==, satyalancana);
  g_assert_cmpint (copy->kind, ==, KR_AWARD_KIND_SATYALANCANA_X);
  g_assert_null (copy->name);
  g_assert_cmpstr (kr_award_kind_get_label (copy->kind), ==, "Satyalancana Karya Satya X Tahun");

  copy->sk_number = g_strdup ("Keppres 45/TK/2024");
  set_date (&copy->sk_date, 2024, 8, 10);
  g_assert_true (kr_employee_repository_update_award (fixture->employees, copy, &error));
  g_assert_no_error (error);

  /* Too few years of service since the TMT CPNS (2014). */
  copy->kind = KR_AWARD_KIND_SATYALANCANA_XX;
  g_assert_false (kr_employee_repository_update_award (fixture->employees, copy, &error));
  assert_error (error, KR_ERROR_INVALID, "Satyalancana Karya Satya XX Tahun", "20", "10", NULL);
  g_clear_error (&error);
  add_award (fixture, id, KR_AWARD_KIND_SATYALANCANA_X, NULL, 2023, &error);
  assert_error (error, KR_ERROR_INVALID, "2014-03-01", NULL);
  g_clear_error (&error);
  add_award (fixture, id, KR_AWARD_KIND_OTHER, "  ", 2020, &error);
  assert_error (error, KR_ERROR_INVALID, "award name", NULL);
  g_clear_error (&error);
  add_award (fixture, id, KR_AWARD_KIND_OTHER, "Juara 1", 2999, &error);
  assert_error (error, KR_ERROR_INVALID, "2999", NULL);
  g_clear_error (&error);
  add_award (fixture, id, KR_AWARD_KIND_OTHER, "Juara 1", 1980, &error);
  assert_error (error, KR_ERROR_INVALID, "1980", "birth year", NULL);
  g_clear_error (&error);
  add_award (fixture, id, KR_AWARD_KIND_OTHER, "Juara 1", 0, &error);
  assert_error (error, KR_ERROR_INVALID, "award year", NULL);
  g_clear_error (&error);

  g_assert_true (kr_employee_repository_delete_history (fixture->employees, KR_HISTORY_AWARD,
                                                        satyalancana, &error));
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM award_history"), ==, 1);
}

static void
test_current_guards (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = make_siti ();
  gint64 id = insert_ok (fixture, employee);

  add_rank (fixture, id, 31, KR_PROMOTION_KIND_PENGANGKATAN, 2014, 3, &error);
  add_position_entry (fixture, id, fixture->clerk, 2014, 3, &error);
  g_assert_no_error (error);

  /* Nothing but the history triggers may write the current values. */
  g_assert_cmpint (exec_raw (fixture->db, "UPDATE employee SET golongan = 45"), ==,
                   SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_raw (fixture->db, "UPDATE employee SET unit_id = NULL"), ==,
                   SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_raw (fixture->db, "UPDATE employee SET education = 's3'"), ==,
                   SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_raw (fixture->db,
                             "INSERT INTO employee (nip, name, birth_date, gender, kind, golongan) "
                             "VALUES ('198501012010011003', 'X', '1985-01-01', 'M', 'pns', 31)"),
                   ==, SQLITE_CONSTRAINT);
  /* Writing what the histories say is allowed. */
  g_assert_cmpint (exec_raw (fixture->db, "UPDATE employee SET golongan = 31"), ==, SQLITE_OK);
  assert_rank (fixture, id, 31, "2014-03-01");
}

/* Every value of every enum survives the trip through the schema's codes and checks. */
static void
test_codes_round_trip (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = make_siti ();
  g_autoptr (GPtrArray) rows = NULL;
  gint64 id = insert_ok (fixture, employee);

  for (guint i = 0; i < KR_N_EMPLOYEE_STATUSES; i++)
    {
      g_autoptr (KrEmployee) read = NULL;
      KrReligion religion = i % KR_N_RELIGIONS;
      KrMaritalStatus marital = i % KR_N_MARITAL_STATUSES;

      kr_employee_set_status (employee, i);
      kr_employee_set_religion (employee, religion);
      kr_employee_set_marital_status (employee, marital);
      kr_employee_set_kind (employee, i % 2 ? KR_EMPLOYEE_KIND_CPNS : KR_EMPLOYEE_KIND_PNS);
      g_assert_true (kr_employee_repository_update (fixture->employees, employee, NULL, &error));
      g_assert_no_error (error);
      read = get_ok (fixture, id);
      g_assert_cmpint (kr_employee_get_status (read), ==, i);
      g_assert_cmpint (kr_employee_get_religion (read), ==, religion);
      g_assert_cmpint (kr_employee_get_marital_status (read), ==, marital);
      g_assert_cmpint (kr_employee_get_kind (read), ==, kr_employee_get_kind (employee));
      g_assert_nonnull (kr_employee_status_get_label (i));
    }

  for (guint i = 0; i < KR_N_EDUCATIONS; i++)
    {
      g_autoptr (KrEmployee) read = NULL;
      KrEducation level;

      add_education (fixture, id, i, 2005 + i, NULL, &error);
      g_assert_no_error (error);
      read = get_ok (fixture, id);
      g_assert_true (kr_employee_get_education (read, &level));
      g_assert_cmpint (level, ==, i);
    }

  for (guint i = 0; i < KR_N_PROMOTION_KINDS; i++)
    {
      add_rank (fixture, id, 31 + i % 4, i, 2015 + i, 4, &error);
      g_assert_no_error (error);
    }
  rows = kr_employee_repository_list_ranks (fixture->employees, id, &error);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpint (((KrRankEntry *) rows->pdata[i])->promotion_kind, ==, i);
  g_clear_pointer (&rows, g_ptr_array_unref);

  for (guint i = 0; i < KR_N_DISCIPLINE_LEVELS * KR_N_DISCIPLINE_REGULATIONS; i++)
    {
      g_autoptr (KrDisciplineEntry) entry = kr_discipline_entry_new ();

      entry->employee_id = id;
      entry->level = i % KR_N_DISCIPLINE_LEVELS;
      entry->regulation = i / KR_N_DISCIPLINE_LEVELS;
      entry->sanction = g_strdup ("teguran lisan");
      set_date (&entry->tmt, 2022, 1 + i, 1);
      kr_employee_repository_add_discipline (fixture->employees, entry, &error);
      g_assert_no_error (error);
    }
  rows = kr_employee_repository_list_disciplines (fixture->employees, id, &error);
  for (guint i = 0; i < rows->len; i++)
    {
      g_assert_cmpint (((KrDisciplineEntry *) rows->pdata[i])->level, ==,
                       i % KR_N_DISCIPLINE_LEVELS);
      g_assert_cmpint (((KrDisciplineEntry *) rows->pdata[i])->regulation, ==,
                       i / KR_N_DISCIPLINE_LEVELS);
    }
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* TMT CPNS 2014: X from 2024, XX from 2034 would be in the future; forget the TMT CPNS. */
  kr_employee_set_tmt_cpns (employee, NULL);
  kr_employee_repository_update (fixture->employees, employee, NULL, &error);
  for (guint i = 0; i < KR_N_AWARD_KINDS; i++)
    {
      add_award (fixture, id, i, "Penghargaan", 2015 + i, &error);
      g_assert_no_error (error);
    }
  rows = kr_employee_repository_list_awards (fixture->employees, id, &error);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpint (((KrAwardEntry *) rows->pdata[i])->kind, ==, i);
  g_assert_cmpuint (rows->len, ==, KR_N_AWARD_KINDS);
}

/* Searching */

static void
test_search (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) siti = make_siti ();
  g_autoptr (KrEmployee) budi =
      make_employee (NIP_BUDI, "Budi Santoso", KR_EMPLOYEE_KIND_PNS, KR_GENDER_MALE, 1985, 1, 1);
  g_autoptr (KrEmployee) rina = make_employee (NIP_RINA, "Rina Wulandari", KR_EMPLOYEE_KIND_PPPK,
                                               KR_GENDER_FEMALE, 1992, 7, 4);
  g_autoptr (KrPositionRecord) position = NULL;
  g_autoptr (GPtrArray) found = NULL;

  kr_employee_set_title_back (siti, "S.Kom.");
  kr_employee_set_title_front (budi, "Drs.");
  insert_ok (fixture, siti);
  insert_ok (fixture, budi);
  insert_ok (fixture, rina);
  add_position_entry (fixture, 1, fixture->analyst, 2019, 1, &error);
  add_position_entry (fixture, 2, fixture->head, 2020, 1, &error);
  g_assert_no_error (error);

  /* Name prefixes, several words, any case, gelar */
  assert_search (fixture, "sit", "1");
  assert_search (fixture, "SITI am", "1");
  assert_search (fixture, "siti budi", "");
  assert_search (fixture, "wuland", "3");
  assert_search (fixture, "s.kom", "1");
  assert_search (fixture, "drs", "2");
  /* NIP prefixes, also typed in groups */
  assert_search (fixture, "1990", "1");
  assert_search (fixture, "19900315 2014", "1");
  assert_search (fixture, "19", "1 2 3");
  assert_search (fixture, "1992070420232", "3");
  assert_search (fixture, "19900316", "");
  /* Position and unit */
  assert_search (fixture, "analis", "1");
  assert_search (fixture, "kepala", "2");
  assert_search (fixture, "bidang mut", "1");
  assert_search (fixture, "badan kepeg", "2");

  /* A unit renamed: the index follows. */
  g_assert_true (kr_unit_repository_rename (fixture->units, fixture->mutasi,
                                            "Bidang Pengembangan Karier", &error));
  assert_search (fixture, "mutasi", "");
  assert_search (fixture, "pengembangan kar", "1");
  /* A position renamed: the index follows. */
  position = kr_unit_repository_get_position (fixture->units, fixture->head, &error);
  g_free (position->name);
  position->name = g_strdup ("Pimpinan BKPSDM");
  g_assert_true (kr_unit_repository_update_position (fixture->units, position, &error));
  g_assert_no_error (error);
  assert_search (fixture, "kepala", "");
  assert_search (fixture, "pimpinan bkpsdm", "2");

  /* Text that looks like query syntax is only text. */
  assert_search (fixture, "siti OR budi", "");
  assert_search (fixture, "\"siti", "1");
  assert_search (fixture, "name:siti", "");
  assert_search (fixture, "NEAR(siti", "");
  assert_search (fixture, "* - ()", "");
  assert_search (fixture, "", "");
  assert_search (fixture, NULL, "");

  /* The limit */
  found = kr_employee_repository_search (fixture->employees, "19", 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 2);

  assert_index_in_step (fixture->db);
}

static void
test_make_match (void)
{
  struct
  {
    const char *text;
    const char *match;
  } cases[] = {
    { "siti", "\"siti\"*" },
    { "  Siti  Aminah ", "\"Siti\"* \"Aminah\"*" },
    { "19860926 201505 1", "\"198609262015051\"*" },
    /* Punctuation separates tokens, as the index's tokenizer does. */
    { "say \"hi\"", "\"say\"* \"hi\"*" },
    { "Sri-Wahyuni", "\"Sri\"* \"Wahyuni\"*" },
    { "a - b", "\"a\"* \"b\"*" },
    { "Ma'ruf", "\"Ma\"* \"ruf\"*" },
    { "Jos\xc3\xa9", "\"Jos\xc3\xa9\"*" },
    /* Of the marks only the diacritics the tokenizer folds stay in a word: any other would
     * make a phrase, which the index refuses (found by tests/fuzz/fuzz-search-query.c). */
    { "Jose\xcc\x81", "\"Jose\xcc\x81\"*" },
    { "sum c\xdb\x9b\xdf\x9a\xdf\x99\xdf\x98 h",
      "\"sum\"* \"c\"* \"\xdf\x9a\xdf\x99\xdf\x98\"* \"h\"*" },
    { "a\315\205b", "\"a\"* \"b\"*" },
    { " \t", NULL },
    { "-*", NULL },
    { NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *match = kr_employee_repository_make_match (cases[i].text);

      g_assert_cmpstr (match, ==, cases[i].match);
    }
}

/* Transactions and bulk loads */

static void
test_caller_transaction (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) siti = make_siti ();
  g_autoptr (KrEmployee) twin = make_siti ();
  gint64 id;

  g_assert_true (kr_database_begin (fixture->db, &error));
  id = insert_ok (fixture, siti);
  add_rank (fixture, id, 31, KR_PROMOTION_KIND_PENGANGKATAN, 2014, 3, &error);
  add_position_entry (fixture, id, fixture->clerk, 2014, 3, &error);
  g_assert_no_error (error);
  /* A refused write inside the caller's transaction leaves the rest of it. */
  g_assert_cmpint (kr_employee_repository_insert (fixture->employees, twin, NULL, &error), ==, 0);
  assert_error (error, KR_ERROR_CONFLICT, NULL);
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM rank_history"), ==, 1);
  g_assert_true (kr_database_rollback (fixture->db, &error));

  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM employee"), ==, 0);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM rank_history"), ==, 0);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM position_history"), ==, 0);
  assert_index_in_step (fixture->db);
  assert_search (fixture, "siti", "");
}

static void
test_read_only (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = kr_test_make_tmp_dir ("kr-employee-repository-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "karier.db", NULL);
  KrEmployeeRepository *employees;
  KrEmployee *employee;
  KrDatabase *db;

  db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (db);

  db = kr_database_open (path, KR_DATABASE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  employees = kr_employee_repository_new (db);
  employee = make_siti ();
  g_assert_cmpint (kr_employee_repository_insert (employees, employee, NULL, &error), ==, 0);
  assert_error (error, KR_ERROR_READ_ONLY, NULL);
  g_clear_error (&error);
  g_assert_false (kr_employee_repository_begin_bulk (employees, &error));
  assert_error (error, KR_ERROR_READ_ONLY, NULL);
  g_assert_finalize_object (employee);
  g_assert_finalize_object (employees);
  g_assert_finalize_object (db);
  kr_test_remove_tree (dir);
}

/* Inserts employee @i of a bulk load, with a rank and a position. */
static void
bulk_insert (Fixture *fixture, guint i, gint64 position_id, GError **error)
{
  g_autoptr (KrEmployee) employee = NULL;
  g_autoptr (KrRankEntry) rank = kr_rank_entry_new ();
  g_autoptr (KrPositionEntry) position = kr_position_entry_new ();
  g_autofree char *nip = NULL;
  g_autofree char *name = NULL;
  GDate tmt;

  /* Born 1970-01-01 plus i days (wrapping after about 27 years); CPNS in 2000-01; a sequence
   * number that keeps the NIPs apart. */
  GDate birth;

  set_date (&birth, 1970, 1, 1);
  g_date_add_days (&birth, i % 10000);
  nip = g_strdup_printf ("%04u%02u%02u200001%u%03u", g_date_get_year (&birth),
                         g_date_get_month (&birth), g_date_get_day (&birth), 1 + i % 2,
                         1 + (i / 10000) % 999);
  name = g_strdup_printf ("Pegawai Contoh %u", i);
  employee = make_employee (
      nip, name, KR_EMPLOYEE_KIND_PNS, 1 + i % 2 == 1 ? KR_GENDER_MALE : KR_GENDER_FEMALE,
      g_date_get_year (&birth), g_date_get_month (&birth), g_date_get_day (&birth));
  set_date (&tmt, 2000, 1, 1);
  kr_employee_set_tmt_cpns (employee, &tmt);
  if (kr_employee_repository_insert (fixture->employees, employee, NULL, error) == 0)
    return;

  rank->employee_id = kr_employee_get_id (employee);
  rank->golongan = 31;
  rank->promotion_kind = KR_PROMOTION_KIND_PENGANGKATAN;
  rank->tmt = tmt;
  rank->sk_number = g_strdup ("813/001/BKD/2000");
  if (kr_employee_repository_add_rank (fixture->employees, rank, error) == 0)
    return;
  position->employee_id = rank->employee_id;
  position->position_id = position_id;
  position->tmt = tmt;
  kr_employee_repository_add_position (fixture->employees, position, error);
}

static void
test_bulk (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) last = NULL;

  /* The page cache grows to 32 MiB for the load and goes back to 8 MiB after it. */
  g_assert_cmpint (query_int (fixture->db, "PRAGMA cache_size"), ==, -8192);
  g_assert_true (kr_employee_repository_begin_bulk (fixture->employees, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture->db, "PRAGMA cache_size"), ==, -32768);
  g_assert_false (kr_employee_repository_begin_bulk (fixture->employees, &error));
  assert_error (error, KR_ERROR_INVALID, "bulk", NULL);
  g_clear_error (&error);

  for (guint i = 0; i < 200; i++)
    {
      bulk_insert (fixture, i, fixture->clerk, &error);
      g_assert_no_error (error);
    }
  /* A refused row leaves nothing of itself; the load goes on. */
  bulk_insert (fixture, 7, fixture->clerk, &error);
  assert_error (error, KR_ERROR_CONFLICT, "Pegawai Contoh 7", NULL);
  g_clear_error (&error);
  bulk_insert (fixture, 200, fixture->clerk, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changed->len, ==, 0);

  g_assert_true (kr_employee_repository_end_bulk (fixture->employees, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture->db, "PRAGMA cache_size"), ==, -8192);
  g_assert_cmpuint (fixture->changed->len, ==, 1);
  g_assert_cmpint (g_array_index (fixture->changed, gint64, 0), ==, 0);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM employee"), ==, 201);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM rank_history"), ==, 201);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM employee WHERE golongan = 31 "
                                           "AND position_id IS NOT NULL"),
                   ==, 201);
  assert_index_in_step (fixture->db);
  last = kr_employee_repository_get (fixture->employees, 201, &error);
  g_assert_cmpstr (kr_employee_get_name (last), ==, "Pegawai Contoh 200");
  g_assert_cmpstr (kr_employee_get_unit_name (last), ==, "Bidang Mutasi");

  g_assert_false (kr_employee_repository_end_bulk (fixture->employees, TRUE, &error));
  assert_error (error, KR_ERROR_INVALID, NULL);
  g_clear_error (&error);

  /* An undone load leaves nothing. */
  g_assert_true (kr_employee_repository_begin_bulk (fixture->employees, &error));
  bulk_insert (fixture, 300, fixture->clerk, &error);
  g_assert_no_error (error);
  g_assert_true (kr_employee_repository_end_bulk (fixture->employees, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM employee"), ==, 201);
  g_assert_cmpuint (fixture->changed->len, ==, 1);
  assert_index_in_step (fixture->db);
}

/* A bulk load indexes its own rows at its end; changes to other rows stay indexed as usual. */
static void
test_bulk_index (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) siti = make_siti ();
  g_autoptr (GPtrArray) found = NULL;
  gint64 id = insert_ok (fixture, siti);

  add_position_entry (fixture, id, fixture->clerk, 2014, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture->db, "PRAGMA temp_store"), ==, 0);

  g_assert_true (kr_employee_repository_begin_bulk (fixture->employees, &error));
  g_assert_cmpint (query_int (fixture->db, "PRAGMA temp_store"), ==, 2);
  for (guint i = 0; i < 3; i++)
    {
      bulk_insert (fixture, i, fixture->analyst, &error);
      g_assert_no_error (error);
    }
  /* Rows of the load are searchable only once it ends. */
  found = kr_employee_repository_search (fixture->employees, "contoh", 10, &error);
  g_assert_cmpuint (found->len, ==, 0);
  kr_employee_set_name (siti, "Siti Rahmawati");
  g_assert_true (kr_employee_repository_update (fixture->employees, siti, NULL, &error));
  g_assert_true (
      kr_unit_repository_rename (fixture->units, fixture->mutasi, "Bidang Karier", &error));
  g_assert_true (kr_employee_repository_delete (fixture->employees, 3, &error));
  g_assert_no_error (error);
  g_assert_true (kr_employee_repository_end_bulk (fixture->employees, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture->db, "PRAGMA temp_store"), ==, 0);

  assert_index_in_step (fixture->db);
  assert_search (fixture, "rahma", "1");
  assert_search (fixture, "aminah", "");
  assert_search (fixture, "contoh", "2 4");
  assert_search (fixture, "bidang karier", "1 2 4");
  assert_search (fixture, "mutasi", "");
  g_assert_cmpint (query_int (fixture->db, "SELECT settled_up_to FROM employee_bulk_state"), ==,
                   G_MAXINT64);

  /* After the load, changes to its rows are indexed as they happen. */
  g_assert_true (kr_employee_repository_delete (fixture->employees, 4, &error));
  assert_search (fixture, "contoh", "2");
  assert_index_in_step (fixture->db);
}

/* The names and SQL of the employee table's indexes, one per line. */
static char *
dup_employee_indexes (KrDatabase *db)
{
  GString *text = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db),
                                       "SELECT name, coalesce(sql, '') FROM sqlite_schema "
                                       "WHERE type = 'index' AND tbl_name = 'employee' "
                                       "ORDER BY name",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (text, "%s %s\n", sqlite3_column_text (stmt, 0),
                            sqlite3_column_text (stmt, 1));
  sqlite3_finalize (stmt);
  return g_string_free (text, FALSE);
}

/* A load into an empty table builds the employee indexes once at its end; an undone load
 * leaves them as they were; a load into a table with rows keeps them all along. */
static void
test_bulk_deferred_indexes (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *before = dup_employee_indexes (fixture->db);
  g_autofree char *during = NULL;
  g_autofree char *after = NULL;

  g_assert_nonnull (strstr (before, "employee_list_name_idx"));
  for (int commit = 0; commit <= 1; commit++)
    {
      g_assert_true (kr_employee_repository_begin_bulk (fixture->employees, &error));
      g_assert_no_error (error);
      g_free (during);
      during = dup_employee_indexes (fixture->db);
      /* Only the NIP's own UNIQUE index is left. */
      g_assert_cmpstr (during, ==, "sqlite_autoindex_employee_1 \n");
      for (guint i = 0; i < 50; i++)
        {
          bulk_insert (fixture, i, fixture->clerk, &error);
          g_assert_no_error (error);
        }
      g_assert_true (kr_employee_repository_end_bulk (fixture->employees, commit, &error));
      g_assert_no_error (error);
      g_free (after);
      after = dup_employee_indexes (fixture->db);
      g_assert_cmpstr (after, ==, before);
    }
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM employee"), ==, 50);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM pragma_integrity_check "
                                           "WHERE integrity_check <> 'ok'"),
                   ==, 0);
  g_assert_cmpint (query_int (fixture->db,
                              "SELECT count(*) FROM employee INDEXED BY employee_list_name_idx "
                              "WHERE name >= 'Pegawai Contoh 4'"),
                   ==, 16); /* 4, 40 to 49, 5 to 9 */

  g_assert_true (kr_employee_repository_begin_bulk (fixture->employees, &error));
  g_free (during);
  during = dup_employee_indexes (fixture->db);
  g_assert_cmpstr (during, ==, before);
  g_assert_true (kr_employee_repository_end_bulk (fixture->employees, TRUE, &error));
  g_assert_no_error (error);
}

/* A load settles each employee's current values from the newest history rows at its end,
 * whatever order they came in, and announces a single employee as that employee. */
static void
test_bulk_settles (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) siti = make_siti ();
  g_autoptr (KrEmployee) read = NULL;
  gint64 id;

  g_assert_true (kr_employee_repository_begin_bulk (fixture->employees, &error));
  id = kr_employee_repository_insert (fixture->employees, siti, NULL, &error);
  g_assert_no_error (error);
  add_rank (fixture, id, 32, KR_PROMOTION_KIND_REGULER, 2018, 4, &error);
  g_assert_no_error (error);
  add_rank (fixture, id, 31, KR_PROMOTION_KIND_PENGANGKATAN, 2014, 3, &error);
  g_assert_no_error (error);
  add_position_entry (fixture, id, fixture->analyst, 2019, 1, &error);
  g_assert_no_error (error);
  add_position_entry (fixture, id, fixture->clerk, 2015, 3, &error);
  g_assert_no_error (error);
  /* Nothing is settled, nor announced, before the end. */
  g_assert_cmpint (query_int (fixture->db, "SELECT golongan IS NULL FROM employee"), ==, 1);
  g_assert_cmpuint (fixture->changed->len, ==, 0);
  g_assert_true (kr_employee_repository_end_bulk (fixture->employees, TRUE, &error));
  g_assert_no_error (error);

  read = get_ok (fixture, id);
  g_assert_cmpuint (kr_employee_get_golongan (read), ==, 32);
  g_assert_cmpint (kr_employee_get_position_id (read), ==, fixture->analyst);
  g_assert_cmpuint (fixture->changed->len, ==, 1);
  g_assert_cmpint (g_array_index (fixture->changed, gint64, 0), ==, id);
  g_assert_cmpint (query_int (fixture->db, "SELECT settled_up_to FROM employee_bulk_state"), ==,
                   G_MAXINT64);
  assert_index_in_step (fixture->db);

  /* Settled rows follow their histories row by row again. */
  add_rank (fixture, id, 33, KR_PROMOTION_KIND_REGULER, 2020, 4, &error);
  g_assert_no_error (error);
  g_clear_object (&read);
  read = get_ok (fixture, id);
  g_assert_cmpuint (kr_employee_get_golongan (read), ==, 33);
}

/* A measurement, not a test of speed: run with -m perf. */
static void
test_bulk_perf (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GTimer) timer = g_timer_new ();
  const guint n = 100000;
  double elapsed;

  g_assert_true (kr_employee_repository_begin_bulk (fixture->employees, &error));
  for (guint i = 0; i < n; i++)
    {
      bulk_insert (fixture, i, i % 2 ? fixture->clerk : fixture->analyst, &error);
      g_assert_no_error (error);
    }
  g_assert_true (kr_employee_repository_end_bulk (fixture->employees, TRUE, &error));
  elapsed = g_timer_elapsed (timer, NULL);
  g_test_minimized_result (elapsed,
                           "%u employees with a rank and a position each: %.2f s, "
                           "%.0f employees/s",
                           n, elapsed, n / elapsed);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM employee"), ==, n);
  assert_search (fixture, "contoh 99999", "100000");
}

/* The object */

static void
on_notify_cb (GObject *object, GParamSpec *pspec, GPtrArray *names)
{
  g_ptr_array_add (names, g_strdup (pspec->name));
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

static void
test_object (void)
{
  g_autoptr (KrEmployee) employee = kr_employee_new ();
  g_autoptr (KrEmployee) copy = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *notified = NULL;
  g_autoptr (GDate) birth = g_date_new_dmy (15, G_DATE_MARCH, 1990);
  g_autofree char *full_name = NULL;
  g_autofree char *name = NULL;
  GDate *date = NULL;
  int gender = 0;

  g_assert_cmpint (kr_employee_get_kind (employee), ==, KR_EMPLOYEE_KIND_PNS);
  g_assert_cmpint (kr_employee_get_status (employee), ==, KR_EMPLOYEE_STATUS_AKTIF);
  g_assert_null (kr_employee_dup_full_name (employee));

  g_signal_connect (employee, "notify", G_CALLBACK (on_notify_cb), names);
  kr_employee_set_name (employee, "Siti Aminah");
  kr_employee_set_name (employee, "Siti Aminah");
  kr_employee_set_title_front (employee, "Dr.");
  kr_employee_set_birth_date (employee, birth);
  kr_employee_set_birth_date (employee, birth);
  g_object_set (employee, "gender", KR_GENDER_FEMALE, "kind", KR_EMPLOYEE_KIND_CPNS, NULL);
  kr_employee_set_kind (employee, KR_EMPLOYEE_KIND_CPNS);
  /* Each change once, the full name with each part of it; no notification without a change. */
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);
  notified = g_strjoinv (" ", (char **) names->pdata);
  g_assert_cmpstr (notified, ==, "birth-date full-name full-name gender kind name title-front");

  g_object_get (employee, "full-name", &full_name, "birth-date", &date, "gender", &gender, NULL);
  g_assert_cmpstr (full_name, ==, "Dr. Siti Aminah");
  g_assert_cmpint (g_date_get_year (date), ==, 1990);
  g_assert_cmpint (gender, ==, KR_GENDER_FEMALE);
  g_date_free (date);

  copy = kr_employee_copy (employee);
  kr_employee_set_name (employee, "Changed");
  g_assert_cmpstr (kr_employee_get_name (copy), ==, "Siti Aminah");
  g_assert_cmpint (kr_employee_get_kind (copy), ==, KR_EMPLOYEE_KIND_CPNS);
  g_object_get (copy, "name", &name, NULL);
  g_assert_cmpstr (name, ==, "Siti Aminah");

  g_assert_cmpstr (kr_golongan_get_label (45), ==, "IV/e");
  g_assert_cmpstr (kr_golongan_get_label (117), ==, "XVII");
  g_assert_null (kr_golongan_get_label (118));
  g_assert_null (kr_golongan_get_label (15));
  g_assert_cmpstr (kr_employee_status_get_label (KR_EMPLOYEE_STATUS_CLTN), ==,
                   "Cuti di Luar Tanggungan Negara");
  g_assert_cmpstr (kr_discipline_regulation_get_label (KR_DISCIPLINE_REGULATION_PP_53_2010), ==,
                   "PP 53/2010");
  g_assert_null (kr_religion_get_label (KR_RELIGION_UNKNOWN));

  g_signal_handlers_disconnect_by_data (employee, names);
  g_assert_finalize_object (g_steal_pointer (&copy));
  g_assert_finalize_object (g_steal_pointer (&employee));
}

static void
add_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  add_test ("/employee-repository/insert", test_insert_get);
  add_test ("/employee-repository/insert/warnings", test_insert_warnings);
  add_test ("/employee-repository/validation", test_validation);
  add_test ("/employee-repository/pppk", test_pppk);
  add_test ("/employee-repository/nip-conflict", test_nip_conflict);
  add_test ("/employee-repository/update", test_update);
  add_test ("/employee-repository/delete-cascade", test_delete_cascade);
  add_test ("/employee-repository/rank/current", test_rank_current);
  add_test ("/employee-repository/rank/invalid", test_rank_invalid);
  add_test ("/employee-repository/position/current", test_position_current);
  add_test ("/employee-repository/education", test_education);
  add_test ("/employee-repository/discipline", test_discipline);
  add_test ("/employee-repository/award", test_award);
  add_test ("/employee-repository/current-guards", test_current_guards);
  add_test ("/employee-repository/codes", test_codes_round_trip);
  add_test ("/employee-repository/search", test_search);
  g_test_add_func ("/employee-repository/search/make-match", test_make_match);
  add_test ("/employee-repository/caller-transaction", test_caller_transaction);
  g_test_add_func ("/employee-repository/read-only", test_read_only);
  add_test ("/employee-repository/bulk", test_bulk);
  add_test ("/employee-repository/bulk/index", test_bulk_index);
  add_test ("/employee-repository/bulk/deferred-indexes", test_bulk_deferred_indexes);
  add_test ("/employee-repository/bulk/settles", test_bulk_settles);
  if (g_test_perf ())
    g_test_add ("/employee-repository/bulk/perf", Fixture, "file", fixture_set_up, test_bulk_perf,
                fixture_tear_down);
  g_test_add_func ("/employee-repository/object", test_object);

  return g_test_run ();
}
