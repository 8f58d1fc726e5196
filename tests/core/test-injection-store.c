/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-injection-store"

#include "config.h"

#include <string.h>

#include "kr-account-repository.h"
#include "kr-database-private.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-identity.h"
#include "kr-siasn-import.h"
#include "kr-test-utils.h"
#include "kr-training-repository.h"
#include "kr-unit-repository.h"

/* Hostile text stored through an import and the editors' repository calls (an employee, a
 * unit and a position imported from SIASN CSV, a course, a unit, an account) reads back
 * byte-identical, is found by search, and harms no table. test-injection.c runs the searches. */

#define NIP_ANDI "198504122010031001"

#define HOSTILE_NAME     "O'Brien; DROP TABLE employee; --"
#define HOSTILE_UNIT     "Dinas \"X\" '); DELETE FROM unit; --"
#define HOSTILE_POSITION "Analis ' OR 1=1 -- NEAR( ^ *"

typedef struct
{
  char *dir;
  KrDatabase *db;
} Fixture;

static gint64
count_rows (Fixture *fixture, const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return kr_test_query_int (_kr_database_get_handle (fixture->db), sql);
}

static char *
schema (Fixture *fixture)
{
  sqlite3_stmt *stmt = NULL;
  GString *s = g_string_new (NULL);

  sqlite3_prepare_v2 (_kr_database_get_handle (fixture->db),
                      "SELECT name, coalesce (sql, '') FROM sqlite_master ORDER BY name", -1, &stmt,
                      NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (s, "%s %s\n", sqlite3_column_text (stmt, 0),
                            sqlite3_column_text (stmt, 1));
  sqlite3_finalize (stmt);
  return g_string_free (s, FALSE);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = kr_test_make_tmp_dir ("kr-injection-store-XXXXXX");
  path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_assert_cmpint (kr_test_query_int (_kr_database_get_handle (fixture->db),
                                      "SELECT count(*) FROM pragma_integrity_check WHERE "
                                      "integrity_check <> 'ok'"),
                   ==, 0);
  g_assert_finalize_object (fixture->db);
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* A field of CSV: quoted, with its quotes doubled. */
static void
append_field (GString *csv, const char *value)
{
  g_string_append_c (csv, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append (csv, "\",");
}

#define SIASN_HEADER                                                                               \
  "pns_id,nip_baru,nip_lama,nama,gelar_depan,gelar_belakang,tempat_lahir_id,tempat_lahir_nama,"    \
  "tanggal_lahir,jenis_kelamin,agama_id,agama_nama,jenis_kawin_id,jenis_kawin_nama,nik,nomor_hp,"  \
  "email,alamat,jenis_pegawai_id,jenis_pegawai_nama,kedudukan_hukum_id,kedudukan_hukum_nama,"      \
  "tmt_cpns,tmt_pns,gol_akhir_id,gol_akhir_nama,tmt_golongan,jenis_jabatan_id,jenis_jabatan_nama," \
  "jabatan_id,jabatan_nama,tmt_jabatan,tingkat_pendidikan_id,tingkat_pendidikan_nama,"             \
  "pendidikan_id,pendidikan_nama,tahun_lulus,unor_id,unor_nama,instansi_induk_id,"                 \
  "instansi_induk_nama\n"

/* Andi of tests/data/siasn/comma.csv, with hostile text in every free-text column. */
static const char *const siasn_row[] = {
  "A1",
  NIP_ANDI,
  "",
  HOSTILE_NAME,
  "",
  "S.Kom.'--",
  "T1",
  "Kota '; DROP TABLE unit; --",
  "1985-04-12",
  "M",
  "1",
  "Islam",
  "2",
  "Kawin",
  "",
  "",
  "",
  "Jl. \"Contoh\" No. 1; --",
  "4",
  "PNS Daerah",
  "01",
  "Aktif",
  "2010-03-01",
  "2011-06-01",
  "33",
  "",
  "2018-04-01",
  "2",
  "Fungsional Tertentu",
  "J1",
  HOSTILE_POSITION,
  "2019-01-02",
  "40",
  "S-1/Sarjana",
  "P1",
  "S-1 Teknik ' OR 1=1",
  "2007",
  "U1",
  HOSTILE_UNIT,
  "I1",
  "Pemerintah Kabupaten 'Contoh'; --",
};

static void
test_siasn (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrSiasnImporter) importer = kr_siasn_importer_new (fixture->db);
  g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (fixture->db);
  g_autoptr (GString) csv = g_string_new (SIASN_HEADER);
  g_autofree char *path = g_build_filename (fixture->dir, "hostile.csv", NULL);
  g_autofree char *before = schema (fixture);
  g_autofree char *after = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (KrEmployee) employee = NULL;
  g_autoptr (GError) error = NULL;
  const KrSiasnReport *report;

  for (guint i = 0; i < G_N_ELEMENTS (siasn_row); i++)
    append_field (csv, siasn_row[i]);
  g_string_overwrite (csv, csv->len - 1, "\n");
  g_file_set_contents (path, csv->str, -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  kr_siasn_importer_analyse (importer, file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  report = kr_siasn_importer_get_report (importer);
  for (guint i = 0; i < report->issues->len; i++)
    {
      g_autofree char *text = kr_siasn_issue_to_string (g_ptr_array_index (report->issues, i));

      g_test_message ("%s", text);
    }
  g_assert_cmpuint (report->n_new, ==, 1);
  g_assert_cmpuint (report->n_rejected, ==, 0);
  g_assert_true (kr_siasn_importer_commit (importer, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  employee = kr_employee_repository_get_by_nip (employees, NIP_ANDI, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kr_employee_get_name (employee), ==, HOSTILE_NAME);
  g_assert_cmpstr (kr_employee_get_position_name (employee), ==, HOSTILE_POSITION);
  g_assert_cmpstr (kr_employee_get_unit_name (employee), ==, HOSTILE_UNIT);
  /* Found by its name, unit and position, quotes, keywords and all. */
  for (guint i = 0; i < 3; i++)
    {
      const char *text = (const char *[]){ HOSTILE_NAME, HOSTILE_UNIT, HOSTILE_POSITION }[i];
      g_autoptr (GPtrArray) found = kr_employee_repository_search (employees, text, 10, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (found->len, ==, 1);
      g_assert_cmpstr (kr_employee_get_nip (g_ptr_array_index (found, 0)), ==, NIP_ANDI);
    }
  g_assert_cmpint (count_rows (fixture, "employee"), ==, 1);
  g_assert_cmpint (count_rows (fixture, "unit"), ==, 2);
  after = schema (fixture);
  g_assert_cmpstr (after, ==, before);
}

static void
test_course_and_unit (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrTrainingRepository) training = kr_training_repository_new (fixture->db);
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (fixture->db);
  static const char *const titles[] = {
    "Bimtek 'O''Brien'; DROP TABLE training_course; --",
    "Diklat \" OR 1=1 -- 100% _x_ \\",
    "Pelatihan NEAR( AND OR NOT ^ * 漢字 😀",
  };
  g_autofree char *before = schema (fixture);
  g_autofree char *after = NULL;
  gint64 root;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr (KrCourse) course = kr_course_new ();
      g_autoptr (KrCourse) read = NULL;
      g_autoptr (GPtrArray) found = NULL;
      g_autoptr (GError) error = NULL;

      course->title = g_strdup (titles[i]);
      course->provider = g_strdup ("BPSDM '; --");
      course->kind = KR_TRAINING_KIND_CLASSICAL;
      course->type = KR_COMPETENCE_TYPE_TECHNICAL;
      course->form = KR_TRAINING_FORM_BIMTEK;
      course->jp = 24;
      course->delivery = KR_DELIVERY_IN_PERSON;
      g_assert_true (kr_training_repository_save_course (training, course, &error));
      g_assert_no_error (error);
      read = kr_training_repository_get_course (training, course->id, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (read->title, ==, titles[i]);
      g_assert_cmpstr (read->provider, ==, "BPSDM '; --");
      found = kr_training_repository_list_courses (training, titles[i], FALSE, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (found->len, ==, 1);
      g_assert_cmpint (((KrCourse *) g_ptr_array_index (found, 0))->id, ==, course->id);
    }
  g_assert_cmpint (count_rows (fixture, "training_course"), ==, G_N_ELEMENTS (titles));

  {
    g_autoptr (KrUnit) unit = NULL;
    g_autoptr (GError) error = NULL;

    root = kr_unit_repository_add (units, 0, "I'1", HOSTILE_UNIT, KR_UNIT_KIND_INSTANSI, &error);
    if (root == 0)
      {
        /* A code has a format; the refusal is clean and names the field. */
        g_test_message ("%s", error->message);
        g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
        g_clear_error (&error);
        root = kr_unit_repository_add (units, 0, "I1", HOSTILE_UNIT, KR_UNIT_KIND_INSTANSI, &error);
      }
    g_assert_no_error (error);
    unit = kr_unit_repository_get (units, root, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (unit->name, ==, HOSTILE_UNIT);
    g_assert_cmpint (count_rows (fixture, "unit"), ==, 1);
  }
  after = schema (fixture);
  g_assert_cmpstr (after, ==, before);
}

static void
test_account (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrAccountRepository) accounts = kr_account_repository_new (fixture->db);
  g_autoptr (KrAccount) account = kr_account_new ();
  g_autoptr (KrAccount) read = NULL;
  g_autoptr (KrIdentity) identity = NULL;
  g_autoptr (GError) error = NULL;
  gint64 id;

  account->user_name = g_strdup ("admin' OR '1'='1");
  account->display_name = g_strdup (HOSTILE_NAME);
  account->role = KR_ROLE_ADMINISTRATOR;
  id = kr_account_repository_add (accounts, account, "rahasia-panjang-123", &error);
  if (id == 0)
    {
      /* A user name has a format: the refusal names the field. */
      g_test_message ("%s", error->message);
      g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
      g_assert_cmpint (count_rows (fixture, "account"), ==, 0);
      g_clear_error (&error);
      g_free (account->user_name);
      account->user_name = g_strdup ("admin");
      id = kr_account_repository_add (accounts, account, "rahasia-panjang-123", &error);
    }
  g_assert_no_error (error);
  identity = kr_identity_new (id, "admin", HOSTILE_NAME, KR_ROLE_ADMINISTRATOR, 0);
  kr_database_set_identity (fixture->db, identity);
  read = kr_account_repository_get (accounts, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read->display_name, ==, HOSTILE_NAME);
  g_assert_cmpint (count_rows (fixture, "account"), ==, 1);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/injection-store/siasn", test_siasn);
  ADD ("/injection-store/course-unit", test_course_and_unit);
  ADD ("/injection-store/account", test_account);
#undef ADD
  return g_test_run ();
}
