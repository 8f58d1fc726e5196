/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-tool-report"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kr-database.h"
#include "kr-employee-repository.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

/* `karier-tool report duk` and `report list` end to end: a small database made with the core API, the PDF read
 * back with pdftotext and pdfinfo (poppler-utils). */

static const char *tool_path;

typedef struct
{
  char *dir;
  char *db_path;
  char *pdf_path;
  int status;
  char *out;
  char *err;
} Fixture;

static gint64
add_unit (KrUnitRepository *units,
          gint64 parent,
          const char *code,
          const char *name,
          KrUnitKind kind)
{
  g_autoptr (GError) error = NULL;
  gint64 id = kr_unit_repository_add (units, parent, code, name, kind, &error);

  g_assert_no_error (error);
  return id;
}

static gint64
add_position (KrUnitRepository *units, gint64 unit, const char *name, KrPositionKind kind)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrPositionRecord) position = kr_position_record_new ();

  position->unit_id = unit;
  position->name = g_strdup (name);
  position->kind = kind;
  kr_unit_repository_add_position (units, position, &error);
  g_assert_no_error (error);
  return position->id;
}

static void
set_date (GDate *date, guint year, guint month, guint day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* A PNS with a synthetic NIP (DOMAIN 1.1), a rank and a position. */
static void
add_employee (KrEmployeeRepository *employees,
              const char *nip,
              const char *name,
              KrEmployeeKind kind,
              guint golongan,
              gint64 position_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = kr_employee_new ();
  g_autoptr (KrRankEntry) rank = kr_rank_entry_new ();
  g_autoptr (KrPositionEntry) position = kr_position_entry_new ();
  char year[5] = { 0 }, month[3] = { 0 }, day[3] = { 0 }, tmt_year[5] = { 0 }, tmt_month[3] = { 0 };
  GDate date;
  gint64 id;

  memcpy (year, nip, 4);
  memcpy (month, nip + 4, 2);
  memcpy (day, nip + 6, 2);
  memcpy (tmt_year, nip + 8, 4);
  memcpy (tmt_month, nip + 12, 2);
  kr_employee_set_nip (employee, nip);
  kr_employee_set_name (employee, name);
  kr_employee_set_kind (employee, kind);
  kr_employee_set_gender (employee, nip[14] == '1' ? KR_GENDER_MALE : KR_GENDER_FEMALE);
  set_date (&date, atoi (year), atoi (month), atoi (day));
  kr_employee_set_birth_date (employee, &date);
  kr_employee_set_birth_place (employee, "Bandung");
  if (kind != KR_EMPLOYEE_KIND_PPPK)
    {
      set_date (&date, atoi (tmt_year), atoi (tmt_month), 1);
      kr_employee_set_tmt_cpns (employee, &date);
    }
  id = kr_employee_repository_insert (employees, employee, NULL, &error);
  g_assert_no_error (error);

  rank->employee_id = id;
  rank->golongan = golongan;
  rank->promotion_kind = KR_PROMOTION_KIND_PENGANGKATAN;
  set_date (&rank->tmt, 2023, 4, 1);
  kr_employee_repository_add_rank (employees, rank, &error);
  g_assert_no_error (error);
  position->employee_id = id;
  position->position_id = position_id;
  set_date (&position->tmt, 2023, 4, 3);
  kr_employee_repository_add_position (employees, position, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrUnitRepository) units = NULL;
  g_autoptr (KrEmployeeRepository) employees = NULL;
  gint64 root, bkpsdm, dinkes;

  fixture->dir = kr_test_make_tmp_dir ("kr-tool-report-XXXXXX");
  fixture->db_path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->pdf_path = g_build_filename (fixture->dir, "duk.pdf", NULL);

  db = kr_database_open (fixture->db_path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  units = kr_unit_repository_new (db);
  employees = kr_employee_repository_new (db);
  root = add_unit (units, 0, "PEMKAB", "Pemerintah Kabupaten Contoh", KR_UNIT_KIND_INSTANSI);
  bkpsdm =
      add_unit (units, root, "BKPSDM", "Badan Kepegawaian Daerah", KR_UNIT_KIND_PERANGKAT_DAERAH);
  dinkes = add_unit (units, root, "DINKES", "Dinas Kesehatan", KR_UNIT_KIND_PERANGKAT_DAERAH);
  add_employee (employees, "198503122010011002", "Bambang Hartono", KR_EMPLOYEE_KIND_PNS, 41,
                add_position (units, bkpsdm, "Sekretaris Badan", KR_POSITION_KIND_ADMINISTRATOR));
  add_employee (
      employees, "199001012015032003", "Sri Wahyuni", KR_EMPLOYEE_KIND_PNS, 33,
      add_position (units, dinkes, "Pengadministrasi Kesehatan", KR_POSITION_KIND_PELAKSANA));
  add_employee (
      employees, "199507072023212004", "Rina Kontrak", KR_EMPLOYEE_KIND_PPPK, 109,
      add_position (units, dinkes, "Pengelola Layanan Kesehatan", KR_POSITION_KIND_PELAKSANA));
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->pdf_path);
  g_free (fixture->out);
  g_free (fixture->err);
}

/* Runs karier-tool with the arguments up to NULL in the fixture's folder. */
static void
run_tool (Fixture *fixture, ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (char *) tool_path);
  va_start (args, fixture);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  fixture->status =
      kr_test_spawn (fixture->dir, (char **) argv->pdata, &fixture->out, &fixture->err);
}

static void
assert_contains (const char *haystack, const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

/* Runs a poppler-utils program on the fixture's PDF and returns what it printed. */
static char *
run_poppler (Fixture *fixture, const char *program)
{
  g_autofree char *path = g_find_program_in_path (program);
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int wait_status;

  if (path == NULL)
    g_error ("%s not found: the tool tests need poppler-utils (apt install poppler-utils)",
             program);
  {
    const char *argv[] = { path, fixture->pdf_path, "-", NULL };

    if (g_str_equal (program, "pdfinfo"))
      argv[2] = NULL;
    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &wait_status,
                  &error);
  }
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (wait_status, &error))
    g_error ("%s failed: %s", program, err);
  return out;
}

static void
test_duk (Fixture *fixture, gconstpointer data)
{
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;

  run_tool (fixture, "report", "duk", "karier.db", "--date", "2026-11-22", "--output", "duk.pdf",
            NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  assert_contains (fixture->out, "duk.pdf");
  assert_contains (fixture->out, "1 page");
  /* Not compared with "": sanitizer builds report their suppressions on stderr. */
  g_assert_null (strstr (fixture->err, "karier-tool:"));
  g_assert_null (strstr (fixture->err, "CRITICAL"));

  text = run_poppler (fixture, "pdftotext");
  assert_contains (text, "DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL");
  assert_contains (text, "PEMERINTAH KABUPATEN CONTOH");
  assert_contains (text, "Keadaan per 22 November 2026");
  assert_contains (text, "Bambang Hartono");
  assert_contains (text, "19850312 201001 1 002");
  assert_contains (text, "Sri Wahyuni");
  assert_contains (text, "Halaman 1 dari 1");
  assert_contains (text, "Kepala BKPSDM");
  /* A PPPK is never in the DUK. */
  g_assert_null (strstr (text, "Rina Kontrak"));
  /* IV/a comes before III/c. */
  g_assert_true (strstr (text, "Bambang Hartono") < strstr (text, "Sri Wahyuni"));

  /* A4, turned sideways. */
  info = run_poppler (fixture, "pdfinfo");
  assert_contains (info, "841.89 x 595.276 pts");
}

static void
test_duk_unit_f4 (Fixture *fixture, gconstpointer data)
{
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;

  run_tool (fixture, "report", "duk", "karier.db", "--unit", "DINKES", "--paper", "F4", "--date",
            "22-11-2026", "-o", "duk.pdf", NULL);
  g_assert_cmpint (fixture->status, ==, 0);

  text = run_poppler (fixture, "pdftotext");
  assert_contains (text, "DINAS KESEHATAN");
  assert_contains (text, "Sri Wahyuni");
  g_assert_null (strstr (text, "Bambang Hartono"));

  /* F4 is 215 × 330 mm. */
  info = run_poppler (fixture, "pdfinfo");
  assert_contains (info, "935.433 x 609.449 pts");
}

static void
test_unknown_unit (Fixture *fixture, gconstpointer data)
{
  run_tool (fixture, "report", "duk", "karier.db", "--unit", "NOPE", "--output", "duk.pdf", NULL);
  g_assert_cmpint (fixture->status, ==, 1);
  assert_contains (fixture->err, "No unit has the code “NOPE”");
  g_assert_false (g_file_test (fixture->pdf_path, G_FILE_TEST_EXISTS));
}

static void
test_unwritable_output (Fixture *fixture, gconstpointer data)
{
  run_tool (fixture, "report", "duk", "karier.db", "--output", "missing/duk.pdf", NULL);
  g_assert_cmpint (fixture->status, ==, 1);
  assert_contains (fixture->err, "Could not write “missing/duk.pdf”");
}

static void
test_missing_database (Fixture *fixture, gconstpointer data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "nothing.db", NULL);

  run_tool (fixture, "report", "duk", "nothing.db", "--output", "duk.pdf", NULL);
  g_assert_cmpint (fixture->status, ==, 1);
  assert_contains (fixture->err, "nothing.db");
  /* Reports never create databases. */
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

static void
test_usage_errors (Fixture *fixture, gconstpointer data)
{
  run_tool (fixture, "report", "sk", "karier.db", "--output", "duk.pdf", NULL);
  g_assert_cmpint (fixture->status, ==, 2);
  assert_contains (fixture->err, "unknown report “sk”");
  assert_contains (fixture->err, "evaluation-document");

  run_tool (fixture, "report", "duk", "karier.db", NULL);
  g_assert_cmpint (fixture->status, ==, 2);
  assert_contains (fixture->err, "--output");

  run_tool (fixture, "report", "duk", "karier.db", "--paper", "letter", "--output", "duk.pdf",
            NULL);
  g_assert_cmpint (fixture->status, ==, 2);
  assert_contains (fixture->err, "letter");

  run_tool (fixture, "report", "duk", "karier.db", "--date", "2026-02-30", "--output", "duk.pdf",
            NULL);
  g_assert_cmpint (fixture->status, ==, 2);
  assert_contains (fixture->err, "2026-02-30");

  run_tool (fixture, "report", "duk", "--output", "duk.pdf", NULL);
  g_assert_cmpint (fixture->status, ==, 2);
  assert_contains (fixture->err, "DATABASE");
  g_assert_false (g_file_test (fixture->pdf_path, G_FILE_TEST_EXISTS));

  run_tool (fixture, "report", "--help", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  assert_contains (fixture->out, "--unit");
  assert_contains (fixture->out, "--paper");
}

/* The Daftar Pegawai of everyone, by name, then of the employees `export` would write with the
 * same --unit, --kind and --search. */
static void
test_list (Fixture *fixture, gconstpointer data)
{
  g_autofree char *text = NULL;
  g_autofree char *filtered = NULL;
  g_autofree char *info = NULL;

  run_tool (fixture, "report", "list", "karier.db", "--date", "2026-11-22", "--output", "duk.pdf",
            NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  assert_contains (fixture->out, "duk.pdf");
  assert_contains (fixture->out, "1 page");
  g_assert_null (strstr (fixture->err, "karier-tool:"));
  g_assert_null (strstr (fixture->err, "CRITICAL"));

  text = run_poppler (fixture, "pdftotext");
  assert_contains (text, "DAFTAR PEGAWAI");
  assert_contains (text, "PEMERINTAH KABUPATEN CONTOH");
  assert_contains (text, "Semua unit kerja · Urutan: nama, menaik");
  assert_contains (text, "Dicetak tanggal 22 November 2026");
  assert_contains (text, "Jumlah: 3 pegawai");
  assert_contains (text, "19850312 201001 1 002");
  assert_contains (text, "Pembina");
  /* PPPK too, unlike the DUK; by name. */
  assert_contains (text, "Rina Kontrak");
  g_assert_true (strstr (text, "Bambang Hartono") < strstr (text, "Rina Kontrak"));
  g_assert_true (strstr (text, "Rina Kontrak") < strstr (text, "Sri Wahyuni"));
  assert_contains (text, "Halaman 1 dari 1");
  info = run_poppler (fixture, "pdfinfo");
  assert_contains (info, "841.89 x 595.276 pts");

  run_tool (fixture, "report", "list", "karier.db", "--unit", "DINKES", "--kind", "PNS", "--search",
            "sri", "--paper", "f4", "-o", "duk.pdf", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  filtered = run_poppler (fixture, "pdftotext");
  assert_contains (filtered, "Unit kerja: Dinas Kesehatan · Jenis pegawai: PNS · Pencarian: “sri”");
  assert_contains (filtered, "Jumlah: 1 pegawai");
  assert_contains (filtered, "Sri Wahyuni");
  g_assert_null (strstr (filtered, "Rina Kontrak"));
  g_assert_null (strstr (filtered, "Bambang Hartono"));
  g_clear_pointer (&info, g_free);
  info = run_poppler (fixture, "pdfinfo");
  assert_contains (info, "935.433 x 609.449 pts");
}

static void
test_list_usage_errors (Fixture *fixture, gconstpointer data)
{
  run_tool (fixture, "report", "list", "karier.db", "--kind", "honorer", "--output", "duk.pdf",
            NULL);
  g_assert_cmpint (fixture->status, ==, 2);
  assert_contains (fixture->err, "honorer");

  /* The DUK has no such filters. */
  run_tool (fixture, "report", "duk", "karier.db", "--search", "sri", "--output", "duk.pdf", NULL);
  g_assert_cmpint (fixture->status, ==, 2);
  assert_contains (fixture->err, "--search");

  run_tool (fixture, "report", "list", "karier.db", "--unit", "NOPE", "--output", "duk.pdf", NULL);
  g_assert_cmpint (fixture->status, ==, 1);
  assert_contains (fixture->err, "No unit has the code “NOPE”");
  g_assert_false (g_file_test (fixture->pdf_path, G_FILE_TEST_EXISTS));

  run_tool (fixture, "report", "--help", NULL);
  assert_contains (fixture->out, "--search");
  assert_contains (fixture->out, "--kind");
}

static void
add_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (argc < 2)
    g_error ("Usage: %s [GTEST-OPTION…] KARIER-TOOL", argv[0]);
  tool_path = argv[1];

  add_test ("/tool/report/duk", test_duk);
  add_test ("/tool/report/unit-f4", test_duk_unit_f4);
  add_test ("/tool/report/unknown-unit", test_unknown_unit);
  add_test ("/tool/report/unwritable-output", test_unwritable_output);
  add_test ("/tool/report/missing-database", test_missing_database);
  add_test ("/tool/report/usage-errors", test_usage_errors);
  add_test ("/tool/report/list", test_list);
  add_test ("/tool/report/list-usage-errors", test_list_usage_errors);
  return g_test_run ();
}
