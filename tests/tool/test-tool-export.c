/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-tool-export"

#include "config.h"

#include <string.h>

#include "kr-database.h"
#include "kr-employee-repository.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

/* `karier-tool export` end to end, on a small database made with the core API; a CSV export
 * is imported again with `karier-tool import`. */

#define NIP_BAMBANG "198503122010011002"
#define NIP_SRI     "199001012015032003"
#define NIP_RINA    "199507072023212004"

static const char *tool_path;

typedef struct
{
  char *dir;
  char *db_path;
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

typedef struct
{
  const char *nip;
  const char *name;
  KrEmployeeKind kind;
  guint birth_year, birth_month, birth_day;
  guint golongan;
  gint64 position_id;
} Spec;

/* An employee appointed on 1 April 2023 with a rank and a position from then. */
static void
add_employee (KrEmployeeRepository *employees, const Spec *spec)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = kr_employee_new ();
  g_autoptr (KrRankEntry) rank = kr_rank_entry_new ();
  g_autoptr (KrPositionEntry) position = kr_position_entry_new ();
  GDate date;
  gint64 id;

  kr_employee_set_nip (employee, spec->nip);
  kr_employee_set_name (employee, spec->name);
  kr_employee_set_kind (employee, spec->kind);
  kr_employee_set_gender (employee, spec->nip[14] == '1' ? KR_GENDER_MALE : KR_GENDER_FEMALE);
  set_date (&date, spec->birth_year, spec->birth_month, spec->birth_day);
  kr_employee_set_birth_date (employee, &date);
  kr_employee_set_address (employee, "Jl. Merdeka 1, \"Blok A\"\nBandung");
  id = kr_employee_repository_insert (employees, employee, NULL, &error);
  g_assert_no_error (error);

  rank->employee_id = id;
  rank->golongan = spec->golongan;
  rank->promotion_kind = KR_PROMOTION_KIND_PENGANGKATAN;
  set_date (&rank->tmt, 2023, 4, 1);
  kr_employee_repository_add_rank (employees, rank, &error);
  g_assert_no_error (error);
  position->employee_id = id;
  position->position_id = spec->position_id;
  set_date (&position->tmt, 2023, 4, 1);
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

  fixture->dir = kr_test_make_tmp_dir ("kr-tool-export-XXXXXX");
  fixture->db_path = g_build_filename (fixture->dir, "karier.db", NULL);
  db = kr_database_open (fixture->db_path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  units = kr_unit_repository_new (db);
  employees = kr_employee_repository_new (db);
  root = add_unit (units, 0, "PEMKAB", "Pemerintah Kabupaten Contoh", KR_UNIT_KIND_INSTANSI);
  bkpsdm =
      add_unit (units, root, "BKPSDM", "Badan Kepegawaian Daerah", KR_UNIT_KIND_PERANGKAT_DAERAH);
  dinkes = add_unit (units, root, "DINKES", "Dinas Kesehatan", KR_UNIT_KIND_PERANGKAT_DAERAH);
  {
    const Spec specs[] = {
      { NIP_BAMBANG, "Bambang Hartono", KR_EMPLOYEE_KIND_PNS, 1985, 3, 12, 41,
        add_position (units, bkpsdm, "Sekretaris Badan", KR_POSITION_KIND_ADMINISTRATOR) },
      { NIP_SRI, "Sri Wahyuni", KR_EMPLOYEE_KIND_PNS, 1990, 1, 1, 33,
        add_position (units, dinkes, "Pengadministrasi Kesehatan", KR_POSITION_KIND_PELAKSANA) },
      { NIP_RINA, "Rina Kontrak", KR_EMPLOYEE_KIND_PPPK, 1995, 7, 7, 109,
        add_position (units, dinkes, "Pengelola Layanan Kesehatan", KR_POSITION_KIND_PELAKSANA) },
    };

    for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
      add_employee (employees, &specs[i]);
  }
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db_path);
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

static char *
read_output (Fixture *fixture, const char *name, gsize *length)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static gboolean
output_exists (Fixture *fixture, const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* The NIPs in the order of a CSV export's lines. */
static char *
csv_nips (Fixture *fixture, const char *name)
{
  g_autofree char *text = read_output (fixture, name, NULL);
  g_auto (GStrv) lines = g_strsplit (text, "\r\n", -1);
  g_autoptr (GPtrArray) nips = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (g_str_has_prefix (lines[0], "\xEF\xBB\xBFnip_baru,nama,"));
  for (guint i = 1; lines[i] != NULL; i++)
    {
      /* Records start with a NIP; the address's line break continues a record. */
      if (g_ascii_isdigit (lines[i][0]) && strlen (lines[i]) > 18 && lines[i][18] == ',')
        g_ptr_array_add (nips, g_strndup (lines[i], 18));
    }
  g_ptr_array_add (nips, NULL);
  return g_strjoinv (" ", (char **) nips->pdata);
}

static void
test_help (Fixture *fixture, gconstpointer data)
{
  run_tool (fixture, "export", "--help", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  assert_contains (fixture->out, "export DATABASE FILE");
  assert_contains (fixture->out, "--format");
  assert_contains (fixture->out, "--kind");

  run_tool (fixture, "--help", NULL);
  assert_contains (fixture->out, "export");
}

/* A CSV export, by name, imports into a new database as the same employees. */
static void
test_csv (Fixture *fixture, gconstpointer data)
{
  g_autofree char *nips = NULL;
  g_autofree char *reexported = NULL;

  run_tool (fixture, "export", "karier.db", "pegawai.csv", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  assert_contains (fixture->out, "Exported 3 employees to “pegawai.csv”.");
  nips = csv_nips (fixture, "pegawai.csv");
  g_assert_cmpstr (nips, ==, NIP_BAMBANG " " NIP_RINA " " NIP_SRI);

  run_tool (fixture, "import", "copy.db", "pegawai.csv", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  assert_contains (fixture->out, "New: 3\n");
  assert_contains (fixture->out, "Rejected: 0\n");
  run_tool (fixture, "export", "copy.db", "copy.csv", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  reexported = read_output (fixture, "copy.csv", NULL);
  {
    g_autofree char *original = read_output (fixture, "pegawai.csv", NULL);

    g_assert_cmpstr (reexported, ==, original);
  }
}

static void
assert_xlsx (Fixture *fixture, const char *name)
{
  gsize length;
  g_autofree char *data = read_output (fixture, name, &length);

  g_assert_cmpuint (length, >, 2000);
  g_assert_cmpmem (data, 4, "PK\x03\x04", 4);
}

static void
test_xlsx (Fixture *fixture, gconstpointer data)
{
  run_tool (fixture, "export", "karier.db", "pegawai.XLSX", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  assert_contains (fixture->out, "Exported 3 employees");
  assert_xlsx (fixture, "pegawai.XLSX");

  run_tool (fixture, "export", "karier.db", "pegawai.dat", "--format", "xlsx", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  assert_xlsx (fixture, "pegawai.dat");
}

static void
test_filters (Fixture *fixture, gconstpointer data)
{
  g_autofree char *nips = NULL;

  run_tool (fixture, "export", "karier.db", "pppk.csv", "--kind", "pppk", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  assert_contains (fixture->out, "Exported 1 employee to");
  nips = csv_nips (fixture, "pppk.csv");
  g_assert_cmpstr (nips, ==, NIP_RINA);
  g_free (nips);

  run_tool (fixture, "export", "karier.db", "dinkes.csv", "--unit", "DINKES", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  nips = csv_nips (fixture, "dinkes.csv");
  g_assert_cmpstr (nips, ==, NIP_RINA " " NIP_SRI);
  g_free (nips);

  run_tool (fixture, "export", "karier.db", "search.csv", "--search", "bamb", "--kind", "PNS",
            NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  nips = csv_nips (fixture, "search.csv");
  g_assert_cmpstr (nips, ==, NIP_BAMBANG);
  g_free (nips);

  run_tool (fixture, "export", "karier.db", "none.csv", "--kind", "cpns", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  assert_contains (fixture->out, "Exported 0 employees");
  nips = csv_nips (fixture, "none.csv");
  g_assert_cmpstr (nips, ==, "");
}

static void
test_failures (Fixture *fixture, gconstpointer data)
{
  run_tool (fixture, "export", "karier.db", "x.csv", "--unit", "NOPE", NULL);
  g_assert_cmpint (fixture->status, ==, 1);
  assert_contains (fixture->err, "NOPE");
  g_assert_false (output_exists (fixture, "x.csv"));

  run_tool (fixture, "export", "missing.db", "x.csv", NULL);
  g_assert_cmpint (fixture->status, ==, 1);
  g_assert_false (output_exists (fixture, "x.csv"));
  g_assert_false (output_exists (fixture, "missing.db"));

  run_tool (fixture, "export", "karier.db", "no-such-folder/x.xlsx", NULL);
  g_assert_cmpint (fixture->status, ==, 1);
  assert_contains (fixture->err, "x.xlsx");
}

static void
test_usage_errors (Fixture *fixture, gconstpointer data)
{
  run_tool (fixture, "export", "karier.db", NULL);
  g_assert_cmpint (fixture->status, ==, 2);
  assert_contains (fixture->err, "FILE");

  run_tool (fixture, "export", "karier.db", "x.txt", NULL);
  g_assert_cmpint (fixture->status, ==, 2);
  assert_contains (fixture->err, "--format");

  run_tool (fixture, "export", "karier.db", "x.csv", "--format", "ods", NULL);
  g_assert_cmpint (fixture->status, ==, 2);
  assert_contains (fixture->err, "ods");

  run_tool (fixture, "export", "karier.db", "x.csv", "--kind", "honorer", NULL);
  g_assert_cmpint (fixture->status, ==, 2);
  assert_contains (fixture->err, "honorer");

  run_tool (fixture, "export", "karier.db", "x.csv", "extra", NULL);
  g_assert_cmpint (fixture->status, ==, 2);
  g_assert_false (output_exists (fixture, "x.csv"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc < 2 || !g_file_test (argv[1], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_printerr ("Usage: %s [GTEST-OPTION…] PATH-TO-KARIER-TOOL\n", argv[0]);
      return 1;
    }
  tool_path = argv[1];

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/tool/export/help", test_help);
  ADD ("/tool/export/csv", test_csv);
  ADD ("/tool/export/xlsx", test_xlsx);
  ADD ("/tool/export/filters", test_filters);
  ADD ("/tool/export/failures", test_failures);
  ADD ("/tool/export/usage-errors", test_usage_errors);
#undef ADD

  return g_test_run ();
}
