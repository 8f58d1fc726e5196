/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-siasn-import"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "kr-csv.h"
#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-demo.h"
#include "kr-employee-export.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-siasn-import.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

/* The files are in tests/data/siasn; their README lists what each holds. All NIPs there are
 * synthetic, built with the DOMAIN 1.1 rules. */
#define NIP_ANDI   "198504122010031001"
#define NIP_DEWI   "199011032024032001"
#define NIP_RINA   "199207042023212001"
#define NIP_TAUFIK "198001152005011001"
#define NIP_UMI    "198203202006042001"
#define NIP_VINO   "198405252008011003"
#define NIP_WAHYU  "198706302010011001"

typedef struct
{
  char *dir;
  KrDatabase *db;
  KrUnitRepository *units;
  KrEmployeeRepository *employees;
  KrSiasnImporter *importer;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = kr_test_make_tmp_dir ("kr-siasn-import-XXXXXX");
  path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->units = kr_unit_repository_new (fixture->db);
  fixture->employees = kr_employee_repository_new (fixture->db);
  fixture->importer = kr_siasn_importer_new (fixture->db);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_assert_finalize_object (fixture->importer);
  g_assert_finalize_object (fixture->employees);
  g_assert_finalize_object (fixture->units);
  g_assert_finalize_object (fixture->db);
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Helpers */

static GFile *
data_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "siasn", name, NULL);

  return g_file_new_for_path (path);
}

/* Copies a data file into the fixture's folder, for tests that change it. */
static GFile *
copy_data_file (Fixture *fixture, const char *name)
{
  g_autoptr (GFile) source = data_file (name);
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  GFile *copy = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  g_file_copy (source, copy, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return copy;
}

static GFile *
write_file (Fixture *fixture, const char *name, const char *contents)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static const KrSiasnReport *
analyse_file (Fixture *fixture, GFile *file)
{
  g_autoptr (GError) error = NULL;
  const KrSiasnReport *report;

  g_assert_true (kr_siasn_importer_analyse (fixture->importer, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  report = kr_siasn_importer_get_report (fixture->importer);
  g_assert_nonnull (report);
  for (guint i = 0; i < report->issues->len; i++)
    {
      g_autofree char *text = kr_siasn_issue_to_string (g_ptr_array_index (report->issues, i));

      g_test_message ("%s", text);
    }
  return report;
}

static const KrSiasnReport *
analyse (Fixture *fixture, const char *name)
{
  g_autoptr (GFile) file = data_file (name);

  return analyse_file (fixture, file);
}

static void
commit (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (kr_siasn_importer_commit (fixture->importer, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
import (Fixture *fixture, const char *name)
{
  const KrSiasnReport *report = analyse (fixture, name);

  g_assert_cmpuint (report->n_rejected, ==, 0);
  commit (fixture);
}

static void
assert_report (const KrSiasnReport *report,
               guint n_new,
               guint n_updated,
               guint n_unchanged,
               guint n_rejected)
{
  g_assert_cmpuint (report->n_new, ==, n_new);
  g_assert_cmpuint (report->n_updated, ==, n_updated);
  g_assert_cmpuint (report->n_unchanged, ==, n_unchanged);
  g_assert_cmpuint (report->n_rejected, ==, n_rejected);
  g_assert_cmpuint (report->n_rows, ==, n_new + n_updated + n_unchanged + n_rejected);
}

/* Finds the issue of @kind on @line whose message holds @fragment, and checks its column. */
static const KrSiasnIssue *
assert_issue (const KrSiasnReport *report,
              KrSiasnIssueKind kind,
              guint line,
              const char *column,
              const char *fragment)
{
  for (guint i = 0; i < report->issues->len; i++)
    {
      const KrSiasnIssue *issue = g_ptr_array_index (report->issues, i);

      if (issue->kind == kind && issue->line == line && strstr (issue->message, fragment) != NULL)
        {
          g_assert_cmpstr (issue->column, ==, column);
          return issue;
        }
    }
  g_error ("No issue on line %u with “%s”", line, fragment);
  return NULL;
}

static guint
count_issues (const KrSiasnReport *report, KrSiasnIssueKind kind, guint line)
{
  guint n = 0;

  for (guint i = 0; i < report->issues->len; i++)
    {
      const KrSiasnIssue *issue = g_ptr_array_index (report->issues, i);

      n += issue->kind == kind && issue->line == line;
    }
  return n;
}

static KrEmployee *
get_employee (Fixture *fixture, const char *nip)
{
  g_autoptr (GError) error = NULL;
  KrEmployee *employee = kr_employee_repository_get_by_nip (fixture->employees, nip, &error);

  g_assert_no_error (error);
  return employee;
}

static gint64
query_int (Fixture *fixture, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (fixture->db), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static void
exec_sql (Fixture *fixture, const char *sql)
{
  g_assert_cmpint (sqlite3_exec (_kr_database_get_handle (fixture->db), sql, NULL, NULL, NULL), ==,
                   SQLITE_OK);
}

static gint64
count_history (Fixture *fixture, const char *table, const char *nip)
{
  g_autofree char *sql = g_strdup_printf (
      "SELECT count(*) FROM %s WHERE employee_id = (SELECT id FROM employee WHERE nip = '%s')",
      table, nip);

  return query_int (fixture, sql);
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* A digest of every row of every table (the search index's storage included), with the row
 * counts, independent of row order: equal digests mean equal contents. */
static char *
database_digest (Fixture *fixture)
{
  sqlite3 *handle = _kr_database_get_handle (fixture->db);
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr (GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (handle,
                                       "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint t = 0; t < tables->len; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", (char *) tables->pdata[t]);
      g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *count = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          GString *row = g_string_new (NULL);

          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const void *blob = sqlite3_column_blob (stmt, c);
              int n = sqlite3_column_bytes (stmt, c);
              g_autofree char *hex = NULL;

              if (sqlite3_column_type (stmt, c) == SQLITE_NULL)
                g_string_append (row, "\\N|");
              else
                {
                  hex = g_compute_checksum_for_data (G_CHECKSUM_SHA256, blob, n);
                  g_string_append_printf (row, "%s|", hex);
                }
            }
          g_ptr_array_add (rows, g_string_free (row, FALSE));
        }
      sqlite3_finalize (stmt);
      g_ptr_array_sort (rows, compare_strings);
      count = g_strdup_printf ("%s:%u\n", (char *) tables->pdata[t], rows->len);
      g_checksum_update (checksum, (const guchar *) count, -1);
      for (guint r = 0; r < rows->len; r++)
        g_checksum_update (checksum, rows->pdata[r], -1);
    }
  return g_strdup (g_checksum_get_string (checksum));
}

/* Tests: formats */

static void
test_comma (Fixture *fixture, gconstpointer data)
{
  const KrSiasnReport *report = analyse (fixture, "comma.csv");
  g_autoptr (KrEmployee) andi = NULL, dewi = NULL, rina = NULL;
  g_autoptr (GPtrArray) roots = NULL, children = NULL, ranks = NULL;
  g_autoptr (GError) error = NULL;
  const KrRankEntry *rank;
  const KrUnit *instansi;
  KrPositionKind kind;
  KrPositionLevel level;
  KrEducation education;
  GDate date;

  assert_report (report, 3, 0, 0, 0);
  g_assert_cmpuint (report->n_units_created, ==, 3);
  g_assert_cmpuint (report->n_positions_created, ==, 3);
  g_assert_cmpuint (report->n_rank_changes, ==, 3);
  g_assert_cmpuint (report->n_position_changes, ==, 3);
  g_assert_cmpuint (report->n_warnings, ==, 6);
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 2, "instansi_induk_nama", "instansi");
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 2, "unor_nama", "Pemerintah Kabupaten Contoh");
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 4, "unor_nama", "will be created");
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 4, "jabatan_nama", "Fungsional Keahlian");
  /* An analysis writes nothing. */
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM employee"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM unit"), ==, 0);

  commit (fixture);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM employee"), ==, 3);

  andi = get_employee (fixture, NIP_ANDI);
  g_assert_cmpstr (kr_employee_get_name (andi), ==, "Andi Pratama");
  g_assert_cmpstr (kr_employee_get_title_back (andi), ==, "S.Kom.");
  g_assert_cmpstr (kr_employee_get_birth_place (andi), ==, "Kota Contoh");
  g_assert_cmpint (kr_employee_get_gender (andi), ==, KR_GENDER_MALE);
  g_assert_cmpint (kr_employee_get_religion (andi), ==, KR_RELIGION_ISLAM);
  g_assert_cmpint (kr_employee_get_marital_status (andi), ==, KR_MARITAL_STATUS_KAWIN);
  g_assert_cmpstr (kr_employee_get_nik (andi), ==, "3201011204850001");
  g_assert_cmpstr (kr_employee_get_email (andi), ==, "andi.pratama@example.go.id");
  g_assert_cmpint (kr_employee_get_kind (andi), ==, KR_EMPLOYEE_KIND_PNS);
  g_assert_cmpint (kr_employee_get_status (andi), ==, KR_EMPLOYEE_STATUS_AKTIF);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, 6, 2011);
  g_assert_cmpint (g_date_compare (kr_employee_get_tmt_pns (andi), &date), ==, 0);
  /* gol_akhir_id 33 with an empty gol_akhir_nama */
  g_assert_cmpuint (kr_employee_get_golongan (andi), ==, 33);
  g_assert_cmpstr (kr_employee_get_position_name (andi), ==, "Analis SDM Aparatur Ahli Muda");
  g_assert_true (kr_employee_get_position_kind (andi, &kind, &level));
  g_assert_cmpint (kind, ==, KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN);
  g_assert_cmpint (level, ==, KR_POSITION_LEVEL_AHLI_MUDA);
  g_assert_cmpstr (kr_employee_get_unit_name (andi), ==,
                   "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia");
  g_assert_true (kr_employee_get_education (andi, &education));
  g_assert_cmpint (education, ==, KR_EDUCATION_S1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM education_history "
                                       "WHERE major = 'Teknik Informatika'"),
                   ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM education_history "
                                       "WHERE major = 'S-1 Teknik Informatika' "
                                       "AND graduation_year = 2007"),
                   ==, 1);

  /* A CPNS whose golongan counts from the TMT CPNS was appointed to it. */
  dewi = get_employee (fixture, NIP_DEWI);
  g_assert_cmpint (kr_employee_get_kind (dewi), ==, KR_EMPLOYEE_KIND_CPNS);
  g_assert_cmpint (kr_employee_get_marital_status (dewi), ==, KR_MARITAL_STATUS_BELUM_KAWIN);
  g_assert_true (kr_employee_get_position_kind (dewi, &kind, NULL));
  g_assert_cmpint (kind, ==, KR_POSITION_KIND_PELAKSANA);
  ranks = kr_employee_repository_list_ranks (fixture->employees, kr_employee_get_id (dewi), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ranks->len, ==, 1);
  rank = g_ptr_array_index (ranks, 0);
  g_assert_cmpuint (rank->golongan, ==, 31);
  g_assert_cmpint (rank->promotion_kind, ==, KR_PROMOTION_KIND_PENGANGKATAN);

  rina = get_employee (fixture, NIP_RINA);
  g_assert_cmpint (kr_employee_get_kind (rina), ==, KR_EMPLOYEE_KIND_PPPK);
  g_assert_cmpint (kr_employee_get_religion (rina), ==, KR_RELIGION_KRISTEN);
  g_assert_cmpstr (kr_employee_get_golongan_label (rina), ==, "IX");
  g_assert_cmpstr (kr_employee_get_unit_name (rina), ==, "Dinas Pendidikan");

  /* The instansi, from instansi_induk_id and _nama, holds the two units by their unor_id. */
  roots = kr_unit_repository_list_children (fixture->units, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (roots->len, ==, 1);
  instansi = g_ptr_array_index (roots, 0);
  g_assert_cmpstr (instansi->code, ==, "I1");
  g_assert_cmpstr (instansi->name, ==, "Pemerintah Kabupaten Contoh");
  g_assert_cmpint (instansi->kind, ==, KR_UNIT_KIND_INSTANSI);
  children = kr_unit_repository_list_children (fixture->units, instansi->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (children->len, ==, 2);
  g_assert_cmpstr (((KrUnit *) g_ptr_array_index (children, 0))->code, ==, "BKPSDM");
  g_assert_cmpstr (((KrUnit *) g_ptr_array_index (children, 1))->code, ==, "DISDIK");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM position"), ==, 3);

  /* The report stays; the analysis is used up. */
  g_assert_true (kr_siasn_importer_get_report (fixture->importer) == report);
  g_assert_false (kr_siasn_importer_commit (fixture->importer, NULL, NULL, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
}

static void
test_semicolon (Fixture *fixture, gconstpointer data)
{
  const KrSiasnReport *report = analyse (fixture, "semicolon.csv");
  g_autoptr (KrEmployee) budi = NULL, sari = NULL;
  KrPositionLevel level;
  GDate date;

  assert_report (report, 2, 0, 0, 0);
  /* Without unor_id, the unit's name is its code. */
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 2, "Unor Nama", "code Dinas Komunikasi");
  commit (fixture);

  budi = get_employee (fixture, "198807152012011002");
  g_assert_cmpstr (kr_employee_get_name (budi), ==, "Budi Santoso");
  g_assert_cmpstr (kr_employee_get_title_back (budi), ==, "S.T.");
  g_assert_cmpint (kr_employee_get_gender (budi), ==, KR_GENDER_MALE);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 15, 7, 1988);
  g_assert_cmpint (g_date_compare (kr_employee_get_birth_date (budi), &date), ==, 0);
  g_assert_cmpstr (kr_employee_get_golongan_label (budi), ==, "III/b");
  g_date_set_dmy (&date, 1, 4, 2016);
  g_assert_cmpint (g_date_compare (kr_employee_get_rank_tmt (budi), &date), ==, 0);
  g_assert_cmpstr (kr_employee_get_unit_name (budi), ==, "Dinas Komunikasi dan Informatika");

  sari = get_employee (fixture, "199302282019032003");
  g_assert_cmpint (kr_employee_get_gender (sari), ==, KR_GENDER_FEMALE);
  g_assert_true (kr_employee_get_position_kind (sari, NULL, &level));
  g_assert_cmpint (level, ==, KR_POSITION_LEVEL_AHLI_PERTAMA);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM unit "
                                       "WHERE code = 'Dinas Komunikasi dan Informatika'"),
                   ==, 1);
}

static void
test_tab (Fixture *fixture, gconstpointer data)
{
  const KrSiasnReport *report = analyse (fixture, "tab.tsv");
  g_autoptr (KrEmployee) agus = NULL, maya = NULL;
  GDate date;

  assert_report (report, 2, 0, 0, 1);
  /* The quoted line break of line 2 pushes the last row to line 5. */
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 5, "tanggal_lahir", "31/04/1990");
  commit (fixture);

  agus = get_employee (fixture, "198112302006041001");
  g_assert_cmpstr (kr_employee_get_address (agus), ==, "Jl. Mawar 7\tRT 01\nKelurahan Contoh");
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, 4, 2006);
  g_assert_cmpint (g_date_compare (kr_employee_get_tmt_cpns (agus), &date), ==, 0);
  maya = get_employee (fixture, "199505052020122002");
  g_assert_cmpstr (kr_employee_get_address (maya), ==, "Jl. \"Anggrek\" 9");
  g_assert_cmpint (kr_employee_get_gender (maya), ==, KR_GENDER_FEMALE);
}

static void
test_quoted (Fixture *fixture, gconstpointer data)
{
  const KrSiasnReport *report = analyse (fixture, "quoted.csv");
  g_autoptr (KrEmployee) hendra = NULL, lina = NULL;
  const KrSiasnIssue *issue;
  g_autofree char *text = NULL;

  assert_report (report, 2, 0, 0, 1);
  issue = assert_issue (report, KR_SIASN_ISSUE_REJECTED, 5, "nip_baru", "18 digits; 16");
  g_assert_cmpstr (issue->value, ==, "1986021420100120");
  text = kr_siasn_issue_to_string (issue);
  g_assert_nonnull (strstr (text, "Line 5"));
  g_assert_nonnull (strstr (text, "nip_baru"));
  g_assert_nonnull (strstr (text, "1986021420100120"));
  commit (fixture);

  hendra = get_employee (fixture, "197903212005011001");
  g_assert_cmpstr (kr_employee_get_title_back (hendra), ==, "S.Kom., M.T.");
  g_assert_cmpstr (kr_employee_get_address (hendra), ==,
                   "Jl. Kenanga 3, RT 02\nKelurahan \"Contoh\", Kecamatan Contoh");
  g_assert_cmpint (kr_employee_get_gender (hendra), ==, KR_GENDER_MALE);
  lina = get_employee (fixture, "198602142010012002");
  g_assert_cmpstr (kr_employee_get_title_back (lina), ==, "S.Sos., M.Si.");
  g_assert_cmpint (kr_employee_get_gender (lina), ==, KR_GENDER_FEMALE);
}

static void
test_header_duplicate (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GFile) file = write_file (fixture, "twice.csv",
                                       "nip_baru,nama,tanggal_lahir,jenis_kelamin,jenis_pegawai,"
                                       "NIP BARU\n");
  g_autoptr (GError) error = NULL;

  g_assert_false (kr_siasn_importer_analyse (fixture->importer, file, NULL, NULL, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "twice"));
  g_assert_null (kr_siasn_importer_get_report (fixture->importer));
}

/* Tests: rejections and warnings */

static void
test_rejections (Fixture *fixture, gconstpointer data)
{
  const KrSiasnReport *report = analyse (fixture, "rejections.csv");
  g_autoptr (KrEmployee) joko = NULL, irfan = NULL;
  const KrSiasnIssue *issue;
  KrPositionKind kind;

  assert_report (report, 2, 0, 0, 16);
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 3, "nip_baru", "18 digits; 17 were given");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 4, "nip_baru", "birth date");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 5, "gol_akhir_nama", "V/a");
  issue = assert_issue (report, KR_SIASN_ISSUE_REJECTED, 6, "tanggal_lahir", "not a real date");
  g_assert_cmpstr (issue->value, ==, "1981-02-30");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 7, "nip_baru", "already on line 2");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 8, "gol_akhir_nama",
                "A PPPK holds a PPPK golongan");
  issue = assert_issue (report, KR_SIASN_ISSUE_REJECTED, 9, "nama", "required");
  g_assert_null (issue->value);
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 10, "nip_baru", "lost its last digits");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 12, "nik", "lost its last digits");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 13, "jenis_pegawai", "PNS, CPNS or PPPK");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 14, NULL, "14");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 15, "tmt_golongan", "golongan III/a");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 16, "email", "nina@");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 17, "gol_akhir_nama", "PPPK golongan IX");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 18, "jenis_jabatan", "eselon");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 19, "jenis_kelamin", "gender");
  /* One reason a row, and nothing about the rejected rows' units or positions. */
  for (guint line = 3; line <= 19; line++)
    {
      g_assert_cmpuint (count_issues (report, KR_SIASN_ISSUE_REJECTED, line), ==, line != 11);
      g_assert_cmpuint (count_issues (report, KR_SIASN_ISSUE_WARNING, line), ==, 0);
    }
  g_assert_cmpuint (report->n_positions_created, ==, 1);

  commit (fixture);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM employee"), ==, 2);
  /* A structural position of eselon III.b is an administrator's. */
  joko = get_employee (fixture, "197506182000031002");
  g_assert_true (kr_employee_get_position_kind (joko, &kind, NULL));
  g_assert_cmpint (kind, ==, KR_POSITION_KIND_ADMINISTRATOR);
  g_assert_cmpstr (kr_employee_get_golongan_label (joko), ==, "IV/a");
  /* The apostrophe that keeps a spreadsheet from reading the NIP as a number is dropped. */
  irfan = get_employee (fixture, "198303032008011001");
  g_assert_cmpstr (kr_employee_get_nip (irfan), ==, "198303032008011001");
}

/* @n copies of the letter @c. */
static char *
letters (char c, guint n)
{
  char *text = g_malloc (n + 1);

  memset (text, c, n);
  text[n] = '\0';
  return text;
}

/* Free text longer than Karier stores: each row is rejected naming its column, at the limit
 * it lands, and the import of the rest goes through. */
static void
test_text_lengths (Fixture *fixture, gconstpointer data)
{
  g_autofree char *name_max = letters ('a', 150), *name_long = letters ('b', 151);
  g_autofree char *place = letters ('c', 151), *address = letters ('d', 2001);
  g_autofree char *school = letters ('e', 251), *position = letters ('f', 256);
  g_autofree char *unit = letters ('g', 256);
  g_autofree char *contents = g_strdup_printf (
      "nip_baru,nama,tanggal_lahir,jenis_kelamin,jenis_pegawai,tempat_lahir_nama,alamat,"
      "tingkat_pendidikan,nama_sekolah,tahun_lulus,jenis_jabatan,jabatan_nama,eselon,"
      "unor_nama,instansi_induk_nama\n"
      "197506182000031002,%s,1975-06-18,M,PNS,,,,,,,,,,\n"
      "198303032008011001,%s,1983-03-03,M,PNS,,,,,,,,,,\n"
      "198112302006041001,Agus,1981-12-30,M,PNS,%s,,,,,,,,,\n"
      "199505052020122002,Maya,1995-05-05,F,PNS,,%s,,,,,,,,\n"
      "197903212005011001,Hendra,1979-03-21,M,PNS,,,S1,%s,2002,,,,,\n"
      "198602142010012002,Lina,1986-02-14,F,PNS,,,,,,Struktural,%s,III.b,Dinas Contoh,"
      "Pemerintah Kabupaten Contoh\n"
      "198001012005011001,Eko,1980-01-01,M,PNS,,,,,,Struktural,Kepala Bidang,III.b,%s,"
      "Pemerintah Kabupaten Contoh\n",
      name_max, name_long, place, address, school, position, unit);
  g_autoptr (GFile) file = write_file (fixture, "long.csv", contents);
  const KrSiasnReport *report = analyse_file (fixture, file);
  g_autoptr (KrEmployee) joko = NULL;

  assert_report (report, 1, 0, 0, 6);
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 3, "nama", "at most 150");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 4, "tempat_lahir_nama", "at most 150");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 5, "alamat", "at most 2000");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 6, "nama_sekolah", "at most 250");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 7, "jabatan_nama", "at most 255");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 8, "unor_nama", "at most 255");
  g_assert_cmpuint (report->n_positions_created, ==, 0);

  commit (fixture);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM employee"), ==, 1);
  joko = get_employee (fixture, "197506182000031002");
  g_assert_cmpstr (kr_employee_get_name (joko), ==, name_max);
}

static void
test_missing_columns (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GFile) file = data_file ("missing-columns.csv");
  g_autoptr (GError) error = NULL;

  g_assert_false (kr_siasn_importer_analyse (fixture->importer, file, NULL, NULL, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "line 1"));
  g_assert_nonnull (strstr (error->message, "jenis_kelamin, jenis_pegawai"));
  g_assert_null (kr_siasn_importer_get_report (fixture->importer));
  g_clear_error (&error);
  g_assert_false (kr_siasn_importer_commit (fixture->importer, NULL, NULL, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
}

static void
test_warnings (Fixture *fixture, gconstpointer data)
{
  const KrSiasnReport *report = analyse (fixture, "warnings.csv");
  g_autoptr (KrEmployee) ratna = NULL;

  assert_report (report, 3, 0, 0, 0);
  g_assert_cmpuint (report->n_warnings, ==, 4);
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 2, "nip_baru", "1992-12-13");
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 3, "nip_baru", "female");
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 3, "agama", "religion");
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 4, "nip_baru", "TMT CPNS");
  commit (fixture);

  ratna = get_employee (fixture, "199301012018011001");
  g_assert_cmpint (kr_employee_get_gender (ratna), ==, KR_GENDER_FEMALE);
  g_assert_cmpint (kr_employee_get_religion (ratna), ==, KR_RELIGION_UNKNOWN);
}

static void
test_no_instansi (Fixture *fixture, gconstpointer data)
{
  const KrSiasnReport *report = analyse (fixture, "no-instansi.csv");
  g_autoptr (GPtrArray) children = NULL;
  g_autoptr (GError) error = NULL;
  gint64 instansi;

  assert_report (report, 0, 0, 0, 1);
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 2, "unor_nama", "no instansi");

  /* With one instansi in the database, new units go under it. */
  instansi = kr_unit_repository_add (fixture->units, 0, "KAB", "Pemerintah Kabupaten Contoh",
                                     KR_UNIT_KIND_INSTANSI, &error);
  g_assert_no_error (error);
  report = analyse (fixture, "no-instansi.csv");
  assert_report (report, 1, 0, 0, 0);
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 2, "unor_nama", "Pemerintah Kabupaten Contoh");
  commit (fixture);
  children = kr_unit_repository_list_children (fixture->units, instansi, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (children->len, ==, 1);
  g_assert_cmpstr (((KrUnit *) g_ptr_array_index (children, 0))->name, ==, "Badan Keuangan Daerah");
  g_assert_cmpint (((KrUnit *) g_ptr_array_index (children, 0))->kind, ==,
                   KR_UNIT_KIND_PERANGKAT_DAERAH);
}

/* Units with the same name but their own codes stay apart: a code that is not in the
 * database yet makes a new unit rather than joining a namesake. */
static void
test_same_name_units (Fixture *fixture, gconstpointer data)
{
  static const char csv[] =
      "nip_baru,nama,tanggal_lahir,jenis_kelamin,jenis_pegawai,tmt_cpns,gol_akhir_nama,"
      "tmt_golongan,jenis_jabatan,jabatan_nama,tmt_jabatan,unor_id,unor_nama,"
      "instansi_induk_nama\n"
      "198504122010031001,Andi Pratama,1985-04-12,M,PNS,2010-03-01,III/a,2010-03-01,"
      "Pelaksana,Pengadministrasi Perkantoran,2010-03-01,DINKES-SEK,Sekretariat,"
      "Pemerintah Kabupaten Contoh\n"
      "199011032015032001,Dewi Lestari,1990-11-03,F,PNS,2015-03-01,III/a,2015-03-01,"
      "Pelaksana,Pengadministrasi Perkantoran,2015-03-01,DISDIK-SEK,Sekretariat,"
      "Pemerintah Kabupaten Contoh\n"
      "199207042018031002,Rudi Hartono,1992-07-04,M,PNS,2018-03-01,III/a,2018-03-01,"
      "Pelaksana,Pengadministrasi Perkantoran,2018-03-01,DISDIK-SEK,Sekretariat,"
      "Pemerintah Kabupaten Contoh\n";
  g_autoptr (GFile) file = write_file (fixture, "same-name.csv", csv);
  const KrSiasnReport *report = analyse_file (fixture, file);
  g_autoptr (KrEmployee) andi = NULL;
  g_autoptr (KrEmployee) dewi = NULL;
  g_autoptr (KrEmployee) rudi = NULL;

  assert_report (report, 3, 0, 0, 0);
  g_assert_cmpuint (report->n_units_created, ==, 3);
  commit (fixture);

  andi = get_employee (fixture, "198504122010031001");
  dewi = get_employee (fixture, "199011032015032001");
  rudi = get_employee (fixture, "199207042018031002");
  g_assert_cmpint (kr_employee_get_unit_id (andi), !=, kr_employee_get_unit_id (dewi));
  g_assert_cmpint (kr_employee_get_unit_id (dewi), ==, kr_employee_get_unit_id (rudi));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM unit WHERE name = 'Sekretariat'"), ==,
                   2);
}

/* Tests: the organisation tree */

static gint64
add_unit (Fixture *fixture, gint64 parent, const char *code, const char *name, KrUnitKind kind)
{
  g_autoptr (GError) error = NULL;
  gint64 id = kr_unit_repository_add (fixture->units, parent, code, name, kind, &error);

  g_assert_no_error (error);
  return id;
}

/* The text of the first column of the first row of @sql, or NULL. */
static char *
query_text (KrDatabase *db, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* Where the unit of @code sits: "kind under parent-code". */
static void
assert_unit_place (Fixture *fixture, const char *code, const char *place)
{
  g_autofree char *sql = g_strdup_printf ("SELECT u.kind || ' under ' || p.code FROM unit u "
                                          "JOIN unit p ON p.id = u.parent_id WHERE u.code = '%s'",
                                          code);
  g_autofree char *text = query_text (fixture->db, sql);

  g_assert_cmpstr (text, ==, place);
}

static char *
unit_code_of (Fixture *fixture, const char *nip)
{
  g_autofree char *sql = g_strdup_printf (
      "SELECT u.code FROM employee e JOIN unit u ON u.id = e.unit_id WHERE e.nip = '%s'", nip);

  return query_text (fixture->db, sql);
}

/* A province export: instansi, satuan kerja (by its own code and name, which a unor of the
 * same office repeats with another code), unor induk and unor build the tree a level at a
 * time, reusing the units that exist and the units that earlier rows create. */
static void
test_tree (Fixture *fixture, gconstpointer data)
{
  const KrSiasnReport *report;
  g_autofree char *before = NULL, *after = NULL, *hendra = NULL, *dodi = NULL, *eko = NULL;
  gint64 instansi, bkd;

  instansi = add_unit (fixture, 0, "I1", "Pemerintah Kabupaten Contoh", KR_UNIT_KIND_INSTANSI);
  bkd =
      add_unit (fixture, instansi, "S3", "Badan Kepegawaian Daerah", KR_UNIT_KIND_PERANGKAT_DAERAH);
  add_unit (fixture, bkd, "S3-SEK", "Sekretariat", KR_UNIT_KIND_BIDANG);

  report = analyse (fixture, "tree.csv");
  assert_report (report, 8, 0, 0, 1);
  g_assert_cmpuint (report->n_units_created, ==, 8);
  g_assert_cmpuint (report->n_positions_created, ==, 7);
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 2, "satuan_kerja_kerja_nama",
                "created as Perangkat Daerah under “Pemerintah Kabupaten Contoh”, code S1");
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 3, "unor_nama",
                "created as Bidang/Bagian under “Dinas Kesehatan”, code U2");
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 4, "unor_nama",
                "created as UPT under “Dinas Kesehatan”");
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 5, "unor_nama",
                "created as Sub-bidang/Seksi under “Bidang Pelayanan Kesehatan”");
  /* Without satuan_kerja_kerja, satuan_kerja_induk is the satuan kerja. */
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 6, "satuan_kerja_induk_nama", "code S2");
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 6, "unor_nama", "created as UPT");
  /* A satuan kerja found by its code keeps its stored name. */
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 7, "unor_nama",
                "under “Badan Kepegawaian Daerah”, code U6");
  /* A name alone is looked for below the satuan kerja only, not in another dinas. */
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 8, "unor_nama",
                "under “Dinas Kesehatan”, code Sekretariat");
  g_assert_cmpuint (count_issues (report, KR_SIASN_ISSUE_WARNING, 9), ==, 0);
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 10, "unor_nama", "lowest level of the tree");
  g_assert_cmpuint (count_issues (report, KR_SIASN_ISSUE_WARNING, 10), ==, 0);
  commit (fixture);

  assert_unit_place (fixture, "S1", "perangkat_daerah under I1");
  assert_unit_place (fixture, "U2", "bidang under S1");
  assert_unit_place (fixture, "U3", "upt under S1");
  assert_unit_place (fixture, "U4", "sub_bidang under U2");
  assert_unit_place (fixture, "S2", "perangkat_daerah under I1");
  assert_unit_place (fixture, "U5", "upt under S2");
  assert_unit_place (fixture, "U6", "bidang under S3");
  assert_unit_place (fixture, "Sekretariat", "bidang under S1");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM unit"), ==, 11);
  /* The unor and the satuan kerja induk that repeat a level above by name are not units. */
  g_assert_cmpint (
      query_int (fixture, "SELECT count(*) FROM unit WHERE code IN ('U1', 'SI1', 'U7')"), ==, 0);
  hendra = unit_code_of (fixture, "197505152000031001");
  g_assert_cmpstr (hendra, ==, "S1");
  dodi = unit_code_of (fixture, "199102022016041001");
  eko = unit_code_of (fixture, "199203032017051001");
  g_assert_cmpstr (dodi, ==, "Sekretariat");
  g_assert_cmpstr (eko, ==, "Sekretariat");

  /* Again: nothing new, nothing created twice. */
  before = database_digest (fixture);
  report = analyse (fixture, "tree.csv");
  assert_report (report, 0, 0, 8, 1);
  g_assert_cmpuint (report->n_units_created, ==, 0);
  g_assert_cmpuint (report->n_positions_created, ==, 0);
  commit (fixture);
  after = database_digest (fixture);
  g_assert_cmpstr (before, ==, after);
}

/* Tests: functional positions whose name states no jenjang */

static void
test_functional_without_jenjang (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrPositionRecord) head = kr_position_record_new ();
  g_autoptr (KrEmployee) hadi = NULL, ida = NULL, irwan = NULL, kartika = NULL, lukman = NULL;
  g_autoptr (GError) error = NULL;
  const KrSiasnReport *report;
  KrPositionKind kind;
  KrPositionLevel level;
  gint64 instansi, disdik;

  instansi = add_unit (fixture, 0, "I1", "Pemerintah Kabupaten Contoh", KR_UNIT_KIND_INSTANSI);
  disdik =
      add_unit (fixture, instansi, "DISDIK", "Dinas Pendidikan", KR_UNIT_KIND_PERANGKAT_DAERAH);
  head->unit_id = add_unit (fixture, disdik, "SMAN1", "SMA Negeri 1 Contoh", KR_UNIT_KIND_UPT);
  head->name = g_strdup ("Kepala Sekolah");
  head->kind = KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN;
  head->level = KR_POSITION_LEVEL_AHLI_MADYA;
  head->is_head = TRUE;
  g_assert_cmpint (kr_unit_repository_add_position (fixture->units, head, &error), >, 0);
  g_assert_no_error (error);

  report = analyse (fixture, "jenjang.csv");
  assert_report (report, 5, 0, 0, 4);
  g_assert_cmpuint (report->n_positions_created, ==, 3);
  /* The unit's position of that name is used as it is. */
  g_assert_cmpuint (count_issues (report, KR_SIASN_ISSUE_WARNING, 2), ==, 0);
  /* Otherwise the golongan tells the jenjang, and a warning says so. */
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 3, "jabatan_nama",
                "created as Fungsional Keahlian Ahli Madya: its name does not state the jenjang, "
                "which was told from golongan IV/b");
  /* "Fungsional" with III/a fits Ahli Pertama and Mahir: the S-1 tells keahlian. */
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 4, "jabatan_nama",
                "Fungsional Keahlian Ahli Pertama");
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 4, "jabatan_nama", "education S-1/D-IV");
  /* The next holder takes the position the row before created. */
  g_assert_cmpuint (count_issues (report, KR_SIASN_ISSUE_WARNING, 5), ==, 0);
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 6, "jabatan_nama",
                "Fungsional Keterampilan Terampil");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 7, "jabatan_nama", "no golongan");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 8, "jabatan_nama", "PPPK golongan");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 9, "jabatan_nama",
                "golongan II/b lies in no jenjang of Fungsional Keahlian");
  assert_issue (report, KR_SIASN_ISSUE_REJECTED, 10, "jabatan_nama",
                "both the keahlian and the keterampilan");
  commit (fixture);

  hadi = get_employee (fixture, "197003032000031001");
  g_assert_cmpint (kr_employee_get_position_id (hadi), ==, head->id);
  ida = get_employee (fixture, "197104042001042001");
  g_assert_true (kr_employee_get_position_kind (ida, &kind, &level));
  g_assert_cmpint (kind, ==, KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN);
  g_assert_cmpint (level, ==, KR_POSITION_LEVEL_AHLI_MADYA);
  irwan = get_employee (fixture, "199005052015031001");
  kartika = get_employee (fixture, "198506062010032001");
  g_assert_cmpint (kr_employee_get_position_id (irwan), ==, kr_employee_get_position_id (kartika));
  g_assert_true (kr_employee_get_position_kind (kartika, &kind, &level));
  g_assert_cmpint (level, ==, KR_POSITION_LEVEL_AHLI_PERTAMA);
  lukman = get_employee (fixture, "199207072015041001");
  g_assert_true (kr_employee_get_position_kind (lukman, &kind, &level));
  g_assert_cmpint (kind, ==, KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN);
  g_assert_cmpint (level, ==, KR_POSITION_LEVEL_TERAMPIL);
}

/* Tests: export and import again */

/* The columns that place a unit in the tree, which an export needs to write for the tree to
 * survive it: the perangkat daerah at or above the unit, and the unit above it. */
static const char *const tree_columns[] = {
  "satuan_kerja_kerja_id",
  "satuan_kerja_kerja_nama",
  "unor_induk_id",
  "unor_induk_nama",
};

static KrUnit *
get_unit (KrUnitRepository *units, gint64 id)
{
  g_autoptr (GError) error = NULL;
  KrUnit *unit = kr_unit_repository_get (units, id, &error);

  g_assert_no_error (error);
  return unit;
}

/* Fills the tree columns of one row from the unit of @code. */
static void
fill_tree_columns (KrUnitRepository *units, const char *code, char *values[4])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrUnit) unit = NULL;
  g_autoptr (KrUnit) parent = NULL;
  KrUnit *satker = NULL;

  if (code[0] == '\0')
    return;
  unit = kr_unit_repository_get_by_code (units, code, &error);
  g_assert_no_error (error);
  if (unit->parent_id != 0)
    {
      parent = get_unit (units, unit->parent_id);
      values[2] = g_strdup (parent->code);
      values[3] = g_strdup (parent->name);
    }
  satker = kr_unit_copy (unit);
  while (satker != NULL && satker->kind != KR_UNIT_KIND_PERANGKAT_DAERAH)
    {
      gint64 up = satker->parent_id;

      g_clear_pointer (&satker, kr_unit_free);
      satker = up != 0 ? get_unit (units, up) : NULL;
    }
  if (satker != NULL)
    {
      values[0] = g_strdup (satker->code);
      values[1] = g_strdup (satker->name);
      kr_unit_free (satker);
    }
}

/* Writes @path again as @out_path with the tree columns added; returns %FALSE, writing
 * nothing, when the export already has them. */
static gboolean
add_tree_columns (KrUnitRepository *units, const char *path, const char *out_path)
{
  g_autoptr (GFile) in = g_file_new_for_path (path);
  g_autoptr (GFile) out = g_file_new_for_path (out_path);
  g_autoptr (GFileInputStream) input = g_file_read (in, NULL, NULL);
  g_autoptr (GFileOutputStream) output = NULL;
  g_autoptr (KrCsvReader) reader = kr_csv_reader_new (G_INPUT_STREAM (input), ',');
  g_autoptr (KrCsvWriter) writer = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) record = g_ptr_array_new_with_free_func (g_free);
  const char *const *fields;
  guint n, unit_column = G_MAXUINT;

  g_assert_true (kr_csv_reader_read_header (reader, NULL, &error));
  fields = kr_csv_reader_get_header (reader, &n);
  if (g_strv_contains (fields, tree_columns[0]))
    return FALSE;
  output = g_file_replace (out, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  writer = kr_csv_writer_new (G_OUTPUT_STREAM (output), ',', 0);
  for (guint i = 0; i < n; i++)
    {
      if (strcmp (fields[i], "unor_id") == 0)
        unit_column = i;
      g_ptr_array_add (record, g_strdup (fields[i]));
    }
  g_assert_cmpuint (unit_column, <, n);
  for (guint i = 0; i < G_N_ELEMENTS (tree_columns); i++)
    g_ptr_array_add (record, g_strdup (tree_columns[i]));
  g_assert_true (kr_csv_writer_write_record (writer, (const char *const *) record->pdata,
                                             record->len, NULL, &error));
  while (kr_csv_reader_next (reader, NULL, &error) == KR_CSV_RESULT_RECORD)
    {
      char *values[G_N_ELEMENTS (tree_columns)] = { NULL };

      fields = kr_csv_reader_get_fields (reader, &n);
      g_ptr_array_set_size (record, 0);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (record, g_strdup (fields[i]));
      fill_tree_columns (units, fields[unit_column], values);
      for (guint i = 0; i < G_N_ELEMENTS (values); i++)
        g_ptr_array_add (record, values[i] != NULL ? values[i] : g_strdup (""));
      g_assert_true (kr_csv_writer_write_record (writer, (const char *const *) record->pdata,
                                                 record->len, NULL, &error));
    }
  g_assert_no_error (error);
  g_assert_true (kr_csv_writer_flush (writer, NULL, &error));
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (output), NULL, &error));
  g_assert_no_error (error);
  return TRUE;
}

/* Every unit with its kind and the code of the unit above it; every position that someone
 * holds, with its unit, kind and jenjang; everyone with their unit and position. */
static char *
dump_organisation (KrDatabase *db)
{
  static const char *const queries[] = {
    "SELECT u.code, u.name, u.kind, coalesce(p.code, '') FROM unit u "
    "LEFT JOIN unit p ON p.id = u.parent_id ORDER BY 1",
    "SELECT u.code, p.name, p.kind, coalesce(p.level, '') FROM position p "
    "JOIN unit u ON u.id = p.unit_id WHERE p.id IN (SELECT position_id FROM employee) "
    "ORDER BY 1, 2",
    "SELECT e.nip, u.code, p.name FROM employee e JOIN unit u ON u.id = e.unit_id "
    "JOIN position p ON p.id = e.position_id ORDER BY 1",
  };
  GString *dump = g_string_new (NULL);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (
          sqlite3_prepare_v2 (_kr_database_get_handle (db), queries[q], -1, &stmt, NULL), ==,
          SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (dump, "%s|", sqlite3_column_text (stmt, c));
          g_string_append_c (dump, '\n');
        }
      sqlite3_finalize (stmt);
    }
  return g_string_free (dump, FALSE);
}

static void
export_file (KrDatabase *db, const char *path)
{
  g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (db);
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (db);
  g_autoptr (GError) error = NULL;

  g_assert_true (kr_employee_export_csv_file (employees, units, NULL, path,
                                              KR_EMPLOYEE_EXPORT_PLAIN, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* Imports @path into a new database @name in the fixture's folder; returns the database. */
static KrDatabase *
import_into_new (Fixture *fixture, const char *name, const char *path, guint n_employees)
{
  g_autofree char *db_path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KrSiasnImporter) importer = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  KrDatabase *db = kr_database_open (db_path, KR_DATABASE_FLAGS_NONE, &error);
  const KrSiasnReport *report;

  g_assert_no_error (error);
  importer = kr_siasn_importer_new (db);
  g_assert_true (kr_siasn_importer_analyse (importer, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  report = kr_siasn_importer_get_report (importer);
  for (guint i = 0; i < report->issues->len; i++)
    {
      const KrSiasnIssue *issue = g_ptr_array_index (report->issues, i);
      g_autofree char *text = kr_siasn_issue_to_string (issue);

      if (issue->kind == KR_SIASN_ISSUE_REJECTED)
        g_test_message ("%s", text);
    }
  g_test_message ("%s: %u rows, %u new, %u rejected, %u warnings, %u units and %u positions "
                  "created",
                  name, report->n_rows, report->n_new, report->n_rejected, report->n_warnings,
                  report->n_units_created, report->n_positions_created);
  assert_report (report, n_employees, 0, 0, 0);
  g_assert_true (kr_siasn_importer_commit (importer, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return db;
}

/* A demo province, exported and imported into a new database, comes back whole: every row,
 * the same tree of units (perangkat daerah, bidang, seksi, UPT), the same positions, the same
 * export. */
static void
test_demo_round_trip (Fixture *fixture, gconstpointer data)
{
  const guint n_employees = 2000;
  g_autofree char *exported = g_build_filename (fixture->dir, "export.csv", NULL);
  g_autofree char *with_tree = g_build_filename (fixture->dir, "tree.csv", NULL);
  g_autofree char *again = g_build_filename (fixture->dir, "again.csv", NULL);
  g_autofree char *original_dump = NULL, *copy_dump = NULL;
  g_autofree char *original_csv = NULL, *again_csv = NULL;
  g_autoptr (KrDatabase) flat = NULL;
  g_autoptr (KrDatabase) copy = NULL;
  g_autoptr (GError) error = NULL;
  KrDemoOptions options = { .n_employees = n_employees,
                            .seed = 1,
                            .appraisals = KR_DEMO_APPRAISALS_NONE };
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, G_DATE_DECEMBER, 2025);
  options.today = &today;
  g_assert_true (kr_demo_generate (fixture->db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  export_file (fixture->db, exported);

  /* The export as it is: every row lands, functional heads without a jenjang included. */
  flat = import_into_new (fixture, "flat.db", exported, n_employees);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM employee"), ==, n_employees);

  /* With the satuan kerja and unor induk columns, the tree comes back as it was. Until the
   * export writes them, the test adds them as the export would. */
  copy = import_into_new (
      fixture, "copy.db",
      add_tree_columns (fixture->units, exported, with_tree) ? with_tree : exported, n_employees);
  original_dump = dump_organisation (fixture->db);
  copy_dump = dump_organisation (copy);
  g_assert_cmpstr (copy_dump, ==, original_dump);
  export_file (copy, again);
  g_assert_true (g_file_get_contents (exported, &original_csv, NULL, NULL));
  g_assert_true (g_file_get_contents (again, &again_csv, NULL, NULL));
  g_assert_cmpstr (again_csv, ==, original_csv);

  g_assert_finalize_object (g_steal_pointer (&flat));
  g_assert_finalize_object (g_steal_pointer (&copy));
}

/* Tests: re-import */

static void
test_reimport (Fixture *fixture, gconstpointer data)
{
  const KrSiasnReport *report;
  g_autoptr (KrEmployee) taufik = NULL, umi = NULL, vino = NULL;
  g_autofree char *before = NULL, *after = NULL;
  KrEducation education;

  import (fixture, "reimport-1.csv");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM employee"), ==, 3);

  report = analyse (fixture, "reimport-2.csv");
  assert_report (report, 1, 2, 1, 0);
  g_assert_cmpuint (report->n_rank_changes, ==, 2);
  g_assert_cmpuint (report->n_position_changes, ==, 2);
  g_assert_cmpuint (report->n_units_created, ==, 0);
  g_assert_cmpuint (report->n_positions_created, ==, 0);
  assert_issue (report, KR_SIASN_ISSUE_WARNING, 3, "tmt_golongan", "older than the current");
  commit (fixture);

  /* Unchanged: an empty email keeps the stored one, and no history grows. */
  taufik = get_employee (fixture, NIP_TAUFIK);
  g_assert_cmpstr (kr_employee_get_email (taufik), ==, "taufik@example.go.id");
  g_assert_cmpint (count_history (fixture, "rank_history", NIP_TAUFIK), ==, 1);
  g_assert_cmpint (count_history (fixture, "position_history", NIP_TAUFIK), ==, 1);
  g_assert_cmpint (count_history (fixture, "education_history", NIP_TAUFIK), ==, 1);
  /* A new phone; the older golongan leaves the rank history alone. */
  umi = get_employee (fixture, NIP_UMI);
  g_assert_cmpstr (kr_employee_get_phone (umi), ==, "081299999992");
  g_assert_cmpstr (kr_employee_get_golongan_label (umi), ==, "III/b");
  g_assert_cmpint (count_history (fixture, "rank_history", NIP_UMI), ==, 1);
  g_assert_cmpint (count_history (fixture, "position_history", NIP_UMI), ==, 1);
  /* Promoted, moved and graduated: one row more in each history. */
  vino = get_employee (fixture, NIP_VINO);
  g_assert_cmpstr (kr_employee_get_golongan_label (vino), ==, "III/a");
  g_assert_cmpstr (kr_employee_get_position_name (vino), ==, "Analis SDM Aparatur Ahli Pertama");
  g_assert_true (kr_employee_get_education (vino, &education));
  g_assert_cmpint (education, ==, KR_EDUCATION_S1);
  g_assert_cmpint (count_history (fixture, "rank_history", NIP_VINO), ==, 2);
  g_assert_cmpint (count_history (fixture, "position_history", NIP_VINO), ==, 2);
  g_assert_cmpint (count_history (fixture, "education_history", NIP_VINO), ==, 2);
  g_assert_cmpint (query_int (fixture, "SELECT promotion_kind = 'reguler' FROM rank_history "
                                       "WHERE tmt = '2016-04-01'"),
                   ==, 1);
  g_assert_cmpint (count_history (fixture, "rank_history", NIP_WAHYU), ==, 1);

  /* The same file again changes nothing and writes nothing. */
  before = database_digest (fixture);
  report = analyse (fixture, "reimport-2.csv");
  assert_report (report, 0, 0, 4, 0);
  g_assert_cmpuint (report->n_rank_changes, ==, 0);
  g_assert_cmpuint (report->n_position_changes, ==, 0);
  commit (fixture);
  after = database_digest (fixture);
  g_assert_cmpstr (before, ==, after);
}

/* Tests: all or nothing */

typedef struct
{
  GCancellable *cancellable;
  guint calls;
  guint cancel_at;
  guint64 last_done;
  guint64 total;
  gboolean monotonic;
} Progress;

static void
on_progress (guint64 done, guint64 total, gpointer user_data)
{
  Progress *progress = user_data;

  progress->monotonic &= done >= progress->last_done && done <= total;
  progress->last_done = done;
  progress->total = total;
  if (++progress->calls == progress->cancel_at)
    g_cancellable_cancel (progress->cancellable);
}

static void
test_progress (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GFile) file = data_file ("reimport-2.csv");
  g_autoptr (GError) error = NULL;
  Progress progress = { .monotonic = TRUE };

  g_assert_true (
      kr_siasn_importer_analyse (fixture->importer, file, on_progress, &progress, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (progress.monotonic);
  /* The start, each of the 4 rows of this small file, and nothing more: the last row ends the
   * file. */
  g_assert_cmpuint (progress.calls, ==, 5);
  g_assert_cmpuint (progress.last_done, ==, progress.total);
  g_assert_cmpuint (progress.total, >, 0);

  progress = (Progress){ .monotonic = TRUE };
  g_assert_true (
      kr_siasn_importer_commit (fixture->importer, on_progress, &progress, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (progress.monotonic);
  g_assert_cmpuint (progress.last_done, ==, progress.total);
}

static void
test_cancel (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GFile) file = data_file ("reimport-2.csv");
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  Progress progress = { .cancellable = cancellable, .cancel_at = 3, .monotonic = TRUE };

  import (fixture, "reimport-1.csv");
  before = database_digest (fixture);

  /* Cancelling an analysis leaves no report. */
  g_assert_false (kr_siasn_importer_analyse (fixture->importer, file, on_progress, &progress,
                                             cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (kr_siasn_importer_get_report (fixture->importer));
  g_clear_error (&error);

  analyse_file (fixture, file);
  /* Cancelled after two of the four rows were written: none of them stays. */
  g_cancellable_reset (cancellable);
  progress = (Progress){ .cancellable = cancellable, .cancel_at = 3, .monotonic = TRUE };
  g_assert_false (
      kr_siasn_importer_commit (fixture->importer, on_progress, &progress, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (progress.last_done, <, progress.total);
  g_clear_error (&error);
  after = database_digest (fixture);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM employee"), ==, 3);

  /* The analysis still holds and can be committed. */
  g_cancellable_reset (cancellable);
  g_assert_true (kr_siasn_importer_commit (fixture->importer, NULL, NULL, cancellable, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM employee"), ==, 4);
}

static void
test_commit_failure (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;

  import (fixture, "reimport-1.csv");
  analyse (fixture, "comma.csv");
  /* A failure the analysis cannot foresee, at the last row. (Not a TEMP trigger: a bulk load
   * sets temp_store, which drops everything temporary.) */
  exec_sql (fixture, "CREATE TRIGGER fail_rina BEFORE INSERT ON employee "
                     "WHEN NEW.nip = '" NIP_RINA "' "
                     "BEGIN SELECT RAISE (ABORT, 'disk on fire'); END");
  before = database_digest (fixture);

  g_assert_false (kr_siasn_importer_commit (fixture->importer, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "Line 4"));
  g_clear_error (&error);
  after = database_digest (fixture);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM employee"), ==, 3);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM unit"), ==, 2);

  exec_sql (fixture, "DROP TRIGGER fail_rina");
  commit (fixture);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM employee"), ==, 6);
}

static void
test_file_changed (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GFile) file = copy_data_file (fixture, "comma.csv");
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL, *before = NULL, *after = NULL;
  char *name;

  analyse_file (fixture, file);
  before = database_digest (fixture);
  /* One letter of a name, same size, same verdicts: only the digest tells. */
  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, &error));
  name = strstr (contents, "Andi");
  g_assert_nonnull (name);
  name[0] = 'E';
  g_assert_true (g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_false (kr_siasn_importer_commit (fixture->importer, NULL, NULL, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "comma.csv"));
  g_clear_error (&error);
  after = database_digest (fixture);
  g_assert_cmpstr (before, ==, after);

  /* Analysed again, it imports. */
  analyse_file (fixture, file);
  commit (fixture);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM employee WHERE name = 'Endi Pratama'"),
                   ==, 1);
}

static void
test_database_changed (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrSiasnImporter) other = kr_siasn_importer_new (fixture->db);
  g_autoptr (GFile) file = data_file ("reimport-1.csv");
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;

  analyse (fixture, "reimport-1.csv");
  /* Someone imports the same file in between. */
  g_assert_true (kr_siasn_importer_analyse (other, file, NULL, NULL, NULL, &error));
  g_assert_true (kr_siasn_importer_commit (other, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  before = database_digest (fixture);

  g_assert_false (kr_siasn_importer_commit (fixture->importer, NULL, NULL, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Line 2"));
  after = database_digest (fixture);
  g_assert_cmpstr (before, ==, after);
}

static void
test_issue_limit (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GString) text = g_string_new ("nip_baru,nama,tanggal_lahir,jenis_kelamin,"
                                           "jenis_pegawai\n");
  g_autoptr (GFile) file = NULL;
  const KrSiasnReport *report;

  for (guint i = 0; i < KR_SIASN_REPORT_MAX_ISSUES + 5; i++)
    g_string_append (text, "123,Tanpa NIP,1990-01-01,M,PNS\n");
  file = write_file (fixture, "many.csv", text->str);
  report = analyse_file (fixture, file);
  g_assert_cmpuint (report->n_rejected, ==, KR_SIASN_REPORT_MAX_ISSUES + 5);
  g_assert_cmpuint (report->issues->len, ==, KR_SIASN_REPORT_MAX_ISSUES);
  g_assert_cmpuint (report->n_issues_dropped, ==, 5);
  g_assert_cmpuint (report->n_dropped[KR_SIASN_ISSUE_REJECTED], ==, 5);
  g_assert_cmpuint (report->n_listed[KR_SIASN_ISSUE_REJECTED], ==, KR_SIASN_REPORT_MAX_ISSUES);
}

/* Warnings have a limit of their own: a first import warns of a unit or position to create
 * on many rows, and the rows it rejects after the first ten thousand warnings must still be
 * listed with their reasons. */
static void
test_issue_limit_per_kind (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GString) text = g_string_new ("nip_baru,nama,tanggal_lahir,jenis_kelamin,"
                                           "jenis_pegawai,agama\n");
  g_autoptr (GFile) file = NULL;
  g_autoptr (GDate) date = g_date_new_dmy (1, G_DATE_JANUARY, 1965);
  const KrSiasnReport *report;
  guint n_warnings = KR_SIASN_REPORT_MAX_ISSUES + 5, n_found = 0;

  /* An unknown religion is imported with a warning. */
  for (guint i = 0; i < n_warnings; i++)
    {
      g_string_append_printf (
          text, "%04u%02u%02u2015011%03u,Pegawai %u,%04u-%02u-%02u,L,PNS,Jedi\n",
          g_date_get_year (date), g_date_get_month (date), g_date_get_day (date), i % 9 + 1, i,
          g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
      if (i % 9 == 8)
        g_date_add_days (date, 1);
    }
  for (guint i = 0; i < 3; i++)
    g_string_append (text, "123,Tanpa NIP,1990-01-01,L,PNS,Islam\n");
  file = write_file (fixture, "warned.csv", text->str);
  report = analyse_file (fixture, file);

  g_assert_cmpuint (report->n_rows, ==, n_warnings + 3);
  g_assert_cmpuint (report->n_warnings, ==, n_warnings);
  g_assert_cmpuint (report->n_rejected, ==, 3);
  g_assert_cmpuint (report->n_listed[KR_SIASN_ISSUE_WARNING], ==, KR_SIASN_REPORT_MAX_ISSUES);
  g_assert_cmpuint (report->n_dropped[KR_SIASN_ISSUE_WARNING], ==, 5);
  g_assert_cmpuint (report->n_listed[KR_SIASN_ISSUE_REJECTED], ==, 3);
  g_assert_cmpuint (report->n_dropped[KR_SIASN_ISSUE_REJECTED], ==, 0);
  g_assert_cmpuint (report->n_issues_dropped, ==, 5);
  g_assert_cmpuint (report->issues->len, ==, KR_SIASN_REPORT_MAX_ISSUES + 3);
  /* Every rejected row is there, with its line, in the order of the file. */
  for (guint i = 0; i < report->issues->len; i++)
    {
      const KrSiasnIssue *issue = g_ptr_array_index (report->issues, i);

      if (issue->kind != KR_SIASN_ISSUE_REJECTED)
        continue;
      g_assert_cmpuint (issue->line, ==, n_warnings + 2 + n_found);
      g_assert_cmpstr (issue->column, ==, "nip_baru");
      n_found++;
    }
  g_assert_cmpuint (n_found, ==, 3);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/siasn-import/format/comma", test_comma);
  ADD ("/siasn-import/format/semicolon-bom-crlf", test_semicolon);
  ADD ("/siasn-import/format/tab", test_tab);
  ADD ("/siasn-import/format/quoted", test_quoted);
  ADD ("/siasn-import/format/header-duplicate", test_header_duplicate);
  ADD ("/siasn-import/rows/rejections", test_rejections);
  ADD ("/siasn-import/rows/text-lengths", test_text_lengths);
  ADD ("/siasn-import/rows/missing-columns", test_missing_columns);
  ADD ("/siasn-import/rows/warnings", test_warnings);
  ADD ("/siasn-import/rows/no-instansi", test_no_instansi);
  ADD ("/siasn-import/rows/same-name-units", test_same_name_units);
  ADD ("/siasn-import/rows/issue-limit", test_issue_limit);
  ADD ("/siasn-import/rows/issue-limit-per-kind", test_issue_limit_per_kind);
  ADD ("/siasn-import/tree/levels", test_tree);
  ADD ("/siasn-import/positions/functional-without-jenjang", test_functional_without_jenjang);
  ADD ("/siasn-import/reimport", test_reimport);
  ADD ("/siasn-import/demo-round-trip", test_demo_round_trip);
  ADD ("/siasn-import/commit/progress", test_progress);
  ADD ("/siasn-import/commit/cancel", test_cancel);
  ADD ("/siasn-import/commit/failure", test_commit_failure);
  ADD ("/siasn-import/commit/file-changed", test_file_changed);
  ADD ("/siasn-import/commit/database-changed", test_database_changed);
#undef ADD

  return g_test_run ();
}
