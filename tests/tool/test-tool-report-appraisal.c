/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-tool-report-appraisal"

#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-nip.h"
#include "kr-test-tool.h"
#include "kr-test-utils.h"

/* `karier-tool report skp|evaluation|evaluation-document|follow-up` end to end, on a small
 * demo province with its appraisal history and the demo accounts (password "karier-demo"),
 * made once and copied for each test; the PDFs read back with pdftotext and pdfinfo. */

static char *template_dir;
static guint this_year;

#define PASSWORD "karier-demo\n"

typedef KrToolFixture Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_set_up (fixture, "kr-tool-report-appraisal-XXXXXX", template_dir);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_tear_down (fixture);
}

/* Every row of the first two columns of @sql, as "first\tsecond" strings. */
static GPtrArray *
query_rows (Fixture *fixture, const char *sql)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_READ_ONLY, &error);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (rows, g_strdup_printf ("%s\t%s", sqlite3_column_text (stmt, 0),
                                            sqlite3_column_count (stmt) > 1
                                                ? (const char *) sqlite3_column_text (stmt, 1)
                                                : ""));
  sqlite3_finalize (stmt);
  return rows;
}

static char *
query_one (Fixture *fixture, const char *sql)
{
  g_autoptr (GPtrArray) rows = query_rows (fixture, sql);
  char *tab;

  g_assert_cmpuint (rows->len, >, 0);
  tab = strchr (rows->pdata[0], '\t');
  return g_strndup (rows->pdata[0], tab - (char *) rows->pdata[0]);
}

/* What a poppler-utils program prints about @path (relative to the fixture's folder). */
static char *
run_poppler (Fixture *fixture, const char *program, const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *program_path = g_find_program_in_path (program);
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  const char *argv[] = { program_path, path, "-", NULL };
  char *out = NULL;
  int wait_status;

  if (program_path == NULL)
    g_error ("%s not found: the tool tests need poppler-utils", program);
  if (g_str_equal (program, "pdfinfo"))
    argv[2] = NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &wait_status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (wait_status, &error))
    g_error ("%s failed: %s", program, err);
  return out;
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The names in folder @name of the fixture, sorted; none when it does not exist. */
static GPtrArray *
list_folder (Fixture *fixture, const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (entry));
  g_ptr_array_sort (names, compare_names);
  return names;
}

/* The NIP and name of the employees with an appraisal of @year in the subtree of @code (or
 * the unit alone). */
static GPtrArray *
appraised (Fixture *fixture, const char *code, gboolean subtree, guint year)
{
  g_autofree char *sql = g_strdup_printf (
      "WITH RECURSIVE s (id) AS (SELECT id FROM unit WHERE code = '%s' UNION ALL SELECT u.id "
      "FROM unit u JOIN s ON u.parent_id = s.id%s) SELECT e.nip, e.name FROM appraisal a JOIN "
      "employee e ON e.id = a.employee_id WHERE a.year = %u AND e.unit_id IN s ORDER BY e.nip",
      code, subtree ? "" : " WHERE 0", year);

  return query_rows (fixture, sql);
}

/* One PDF per employee, named by NIP, each with their NIP and name; nothing else left. */
static void
check_batch (Fixture *fixture, const char *folder, GPtrArray *expected, const char *suffix)
{
  g_autoptr (GPtrArray) names = list_folder (fixture, folder);

  g_assert_cmpuint (names->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      g_auto (GStrv) fields = g_strsplit (expected->pdata[i], "\t", 2);
      g_autofree char *file = g_strconcat (fields[0], suffix, NULL);
      g_autofree char *relative = g_build_filename (folder, file, NULL);
      g_autofree char *text = NULL;
      g_autofree char *nip = kr_nip_format_digits (fields[0]);

      g_assert_cmpstr (names->pdata[i], ==, file);
      text = run_poppler (fixture, "pdftotext", relative);
      kr_test_assert_contains (text, nip);
      kr_test_assert_contains (text, fields[1]);
    }
}

static void
test_unit_batch (Fixture *fixture, gconstpointer data)
{
  g_autofree char *year = g_strdup_printf ("%u", this_year - 1);
  g_autofree char *suffix = g_strdup_printf ("-evaluation-document-%s-annual.pdf", year);
  g_autoptr (GPtrArray) subtree = appraised (fixture, "NS.03", TRUE, this_year - 1);
  g_autoptr (GPtrArray) unit = appraised (fixture, "NS.03", FALSE, this_year - 1);
  g_autofree char *wrote = NULL;

  g_assert_cmpuint (subtree->len, >, unit->len);
  g_assert_cmpuint (unit->len, >, 0);
  kr_tool_fixture_run (fixture, PASSWORD, "report", "evaluation-document", "karier.db", "--unit",
                       "NS.03", "--subtree", "--year", year, "--output", "out", "--jobs", "2",
                       "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  wrote = g_strdup_printf ("Wrote %u documents into “out”", subtree->len);
  kr_test_assert_contains (fixture->out, wrote);
  /* stderr is not a terminal: no progress lines. */
  g_assert_null (strstr (fixture->err, "documents"));
  check_batch (fixture, "out", subtree, suffix);

  /* The unit alone. */
  kr_tool_fixture_run (fixture, PASSWORD, "report", "evaluation-document", "karier.db", "--unit",
                       "NS.03", "--year", year, "--output", "unit", "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  check_batch (fixture, "unit", unit, suffix);

  /* The SKP of the same employees: file names without a period. */
  g_clear_pointer (&suffix, g_free);
  suffix = g_strdup_printf ("-skp-%s.pdf", year);
  kr_tool_fixture_run (fixture, PASSWORD, "report", "skp", "karier.db", "--unit", "NS.03", "--year",
                       year, "--output", "skp", "--jobs", "1", "--paper", "f4", "--as", "operator",
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  check_batch (fixture, "skp", unit, suffix);
}

static void
test_one (Fixture *fixture, gconstpointer data)
{
  g_autofree char *year = g_strdup_printf ("%u", this_year);
  g_autofree char *nip = NULL;
  g_autofree char *period = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *formatted = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *file = NULL;
  g_autoptr (GPtrArray) names = NULL;

  sql = g_strdup_printf ("SELECT e.nip, v.period FROM appraisal_evaluation v JOIN appraisal a ON "
                         "a.id = v.appraisal_id JOIN employee e ON e.id = a.employee_id WHERE "
                         "a.year = %s AND v.state = 'final' AND v.period > 0 ORDER BY e.nip",
                         year);
  nip = query_one (fixture, sql);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT v.period FROM appraisal_evaluation v JOIN appraisal a ON a.id = "
                         "v.appraisal_id JOIN employee e ON e.id = a.employee_id WHERE e.nip = "
                         "'%s' AND a.year = %s AND v.state = 'final' AND v.period > 0",
                         nip, year);
  period = query_one (fixture, sql);
  formatted = kr_nip_format_digits (nip);

  kr_tool_fixture_run (fixture, PASSWORD, "report", "skp", "karier.db", "--nip", nip, "--year",
                       year, "--paper", "f4", "--place", "Kota Sejahtera", "--trend", "--output",
                       "one.pdf", "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Wrote “one.pdf”");
  text = run_poppler (fixture, "pdftotext", "one.pdf");
  kr_test_assert_contains (text, "SASARAN KINERJA PEGAWAI");
  kr_test_assert_contains (text, formatted);
  kr_test_assert_contains (text, "Kota Sejahtera");
  kr_test_assert_contains (text, "LAMPIRAN");
  info = run_poppler (fixture, "pdfinfo", "one.pdf");
  kr_test_assert_contains (info, "609.449 x 935.433 pts");

  /* A periodic evaluation into a folder: landscape A4, named by NIP, year and period. */
  kr_tool_fixture_run (fixture, PASSWORD, "report", "evaluation", "karier.db", "--nip", nip,
                       "--year", year, "--period", period, "--output", "docs", "--as", "operator",
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  names = list_folder (fixture, "docs");
  file = g_strdup_printf ("%s-evaluation-%s-%s.pdf", nip, year, period);
  g_assert_cmpuint (names->len, ==, 1);
  g_assert_cmpstr (names->pdata[0], ==, file);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&info, g_free);
  {
    g_autofree char *relative = g_build_filename ("docs", file, NULL);

    text = run_poppler (fixture, "pdftotext", relative);
    info = run_poppler (fixture, "pdfinfo", relative);
  }
  kr_test_assert_contains (text, "EVALUASI KINERJA PEGAWAI");
  kr_test_assert_contains (text, "TRIWULAN");
  kr_test_assert_contains (text, formatted);
  kr_test_assert_contains (info, "841.89 x 595.276 pts");
}

static void
test_errors (Fixture *fixture, gconstpointer data)
{
  g_autofree char *year = g_strdup_printf ("%u", this_year);
  g_autofree char *nip = query_one (fixture, "SELECT nip FROM employee e JOIN appraisal a ON "
                                             "a.employee_id = e.id ORDER BY e.id LIMIT 1");
  g_autoptr (GPtrArray) left = NULL;

  kr_tool_fixture_run (fixture, PASSWORD, "report", "skp", "karier.db", "--nip",
                       "199901012020011999", "--year", year, "--output", "x.pdf", "--as",
                       "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "--nip 199901012020011999: no employee has this NIP");
  kr_tool_fixture_run (fixture, PASSWORD, "report", "skp", "karier.db", "--nip", nip, "--year",
                       "2021", "--output", "x.pdf", "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "--year 2021");
  kr_tool_fixture_run (fixture, PASSWORD, "report", "evaluation", "karier.db", "--nip", nip,
                       "--year", year, "--period", "5", "--output", "x.pdf", "--as", "operator",
                       NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "--period 5");
  kr_tool_fixture_run (fixture, PASSWORD, "report", "skp", "karier.db", "--unit", "NS.03", "--year",
                       "2021", "--output", "out", "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "--unit NS.03");
  kr_tool_fixture_run (fixture, PASSWORD, "report", "skp", "karier.db", "--unit", "NOPE", "--year",
                       year, "--output", "out", "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "No unit has the code “NOPE”");

  /* A file where the folder should be. */
  {
    g_autofree char *taken = g_build_filename (fixture->dir, "taken", NULL);
    g_autoptr (GError) error = NULL;

    g_file_set_contents (taken, "", 0, &error);
    g_assert_no_error (error);
    kr_tool_fixture_run (fixture, PASSWORD, "report", "skp", "karier.db", "--unit", "NS.03",
                         "--subtree", "--year", year, "--output", "taken", "--as", "operator",
                         NULL);
    kr_tool_fixture_assert_status (fixture, 1);
    kr_test_assert_contains (fixture->err, "Could not make the folder “taken”");
    g_unlink (taken);
  }

  /* Usage mistakes, each named. */
  kr_tool_fixture_run (fixture, NULL, "report", "skp", "karier.db", "--nip", nip, "--year", year,
                       "--period", "1", "--output", "x.pdf", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--period");
  kr_tool_fixture_run (fixture, NULL, "report", "skp", "karier.db", "--unit", "NS.03", "--year",
                       year, "--output", "x.pdf", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--output must be a folder");
  kr_tool_fixture_run (fixture, NULL, "report", "skp", "karier.db", "--unit", "NS.03", "--nip", nip,
                       "--year", year, "--output", "out", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--nip");
  kr_tool_fixture_run (fixture, NULL, "report", "evaluation", "karier.db", "--nip", nip, "--output",
                       "x.pdf", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--year");
  kr_tool_fixture_run (fixture, NULL, "report", "evaluation", "karier.db", "--nip", nip, "--year",
                       year, "--period", "Q1", "--output", "x.pdf", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--period “Q1”");
  kr_tool_fixture_run (fixture, NULL, "report", "evaluation", "karier.db", "--nip", nip, "--year",
                       year, "--paper", "letter", "--output", "x.pdf", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "letter");
  kr_tool_fixture_run (fixture, NULL, "report", "skp", "--help", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "--subtree");
  kr_test_assert_contains (fixture->out, "--place");

  /* Nothing was written by any of them. */
  left = list_folder (fixture, ".");
  g_assert_cmpuint (left->len, ==, 1);
  g_assert_cmpstr (left->pdata[0], ==, "karier.db");
}

static void
test_scope (Fixture *fixture, gconstpointer data)
{
  g_autofree char *year = g_strdup_printf ("%u", this_year - 1);
  g_autofree char *led = query_one (fixture, "SELECT u.code FROM account k JOIN unit u ON u.id = "
                                             "k.unit_id WHERE k.user_name = 'kepala'");
  g_autoptr (GPtrArray) mine = appraised (fixture, led, TRUE, this_year - 1);
  g_autoptr (GPtrArray) out = NULL;
  g_autofree char *outside = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *suffix = g_strdup_printf ("-evaluation-%s-annual.pdf", year);

  g_assert_cmpstr (led, !=, "NS.03");
  kr_tool_fixture_run (fixture, PASSWORD, "report", "evaluation", "karier.db", "--unit", "NS.03",
                       "--subtree", "--year", year, "--output", "out", "--as", "kepala", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "--unit NS.03: this unit is outside the units you lead");
  out = list_folder (fixture, "out");
  g_assert_cmpuint (out->len, ==, 0);

  sql = g_strdup_printf ("SELECT e.nip FROM employee e JOIN unit u ON u.id = e.unit_id JOIN "
                         "appraisal a ON a.employee_id = e.id AND a.year = %s WHERE u.code LIKE "
                         "'NS.03%%' LIMIT 1",
                         year);
  outside = query_one (fixture, sql);
  kr_tool_fixture_run (fixture, PASSWORD, "report", "evaluation", "karier.db", "--nip", outside,
                       "--year", year, "--output", "x.pdf", "--as", "kepala", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "outside the units you lead");
  {
    g_autofree char *pdf = g_build_filename (fixture->dir, "x.pdf", NULL);

    g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  }

  /* Their own unit. */
  g_assert_cmpuint (mine->len, >, 0);
  kr_tool_fixture_run (fixture, PASSWORD, "report", "evaluation", "karier.db", "--unit", led,
                       "--subtree", "--year", year, "--output", "mine", "--as", "kepala", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  check_batch (fixture, "mine", mine, suffix);
}

static void
test_follow_up (Fixture *fixture, gconstpointer data)
{
  g_autofree char *year = g_strdup_printf ("%u", this_year - 1);
  g_autofree char *sql = NULL;
  g_autofree char *wrote = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GPtrArray) development = NULL;

  sql = g_strdup_printf ("SELECT e.nip, e.name FROM appraisal_evaluation v JOIN appraisal a ON "
                         "a.id = v.appraisal_id JOIN employee e ON e.id = a.employee_id WHERE "
                         "a.year = %s AND v.period = 0 AND v.state = 'final' AND v.predikat IN "
                         "('butuh_perbaikan', 'kurang', 'sangat_kurang')",
                         year);
  development = query_rows (fixture, sql);
  g_assert_cmpuint (development->len, >, 0);
  kr_tool_fixture_run (fixture, PASSWORD, "report", "follow-up", "karier.db", "--unit", "NS",
                       "--year", year, "--list", "development", "--place", "Kota Sejahtera",
                       "--output", "fu.pdf", "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  wrote = g_strdup_printf ("Wrote “fu.pdf”, %u employee", development->len);
  kr_test_assert_contains (fixture->out, wrote);
  text = run_poppler (fixture, "pdftotext", "fu.pdf");
  kr_test_assert_contains (text, "DAFTAR PEGAWAI DENGAN PREDIKAT KINERJA BUTUH PERBAIKAN");
  kr_test_assert_contains (text, "Kota Sejahtera");
  for (guint i = 0; i < development->len; i++)
    {
      g_auto (GStrv) fields = g_strsplit (development->pdata[i], "\t", 2);
      g_autofree char *nip = kr_nip_format_digits (fields[0]);

      kr_test_assert_contains (text, nip);
    }

  kr_tool_fixture_run (fixture, PASSWORD, "report", "follow-up", "karier.db", "--unit", "NS",
                       "--year", year, "--list", "recognition", "--output", "fr.pdf", "--as",
                       "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  g_clear_pointer (&text, g_free);
  text = run_poppler (fixture, "pdftotext", "fr.pdf");
  kr_test_assert_contains (text, "SANGAT BAIK");

  kr_tool_fixture_run (fixture, NULL, "report", "follow-up", "karier.db", "--unit", "NS", "--year",
                       year, "--list", "awards", "--output", "fu.pdf", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--list “awards”");
  kr_tool_fixture_run (fixture, NULL, "report", "follow-up", "karier.db", "--unit", "NS", "--year",
                       year, "--list", "development", "--output", "folder", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--output");
}

static void
add_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char *argv[])
{
  GDate today;
  int result;

  kr_test_tool_init (&argc, &argv);
  kr_date_today (NULL, &today);
  this_year = g_date_get_year (&today);

  template_dir = kr_test_tool_make_demo ("kr-tool-report-appraisal-template-XXXXXX", "--employees",
                                         "40", "--accounts", NULL);

  add_test ("/tool/report-appraisal/unit-batch", test_unit_batch);
  add_test ("/tool/report-appraisal/one", test_one);
  add_test ("/tool/report-appraisal/errors", test_errors);
  add_test ("/tool/report-appraisal/scope", test_scope);
  add_test ("/tool/report-appraisal/follow-up", test_follow_up);
  result = g_test_run ();
  kr_test_remove_tree (template_dir);
  g_free (template_dir);
  return result;
}
