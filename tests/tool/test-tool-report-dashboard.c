/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "kr-database-private.h"
#include "kr-test-tool.h"
#include "kr-test-utils.h"

/* `karier-tool report dashboard` and `report dashboard-chart`, end to end, on a small demo
 * province: the whole report (heading, page numbers, every chart and the 9-box), a chosen few
 * charts of one unit, the pictures of one chart in each format and size, the usage mistakes,
 * and with the demo accounts (password "karier-demo" on standard input) a unit head who only
 * ever gets their own subtree. The demos are made once and copied for each test. */

static char *template_dir;
static char *accounts_dir;

#define PASSWORD "karier-demo\n"

typedef KrToolFixture Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_set_up (fixture, "kr-tool-dashboard-XXXXXX", data);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_tear_down (fixture);
}

/* The first column of the first row of @sql, as text. */
static char *
query (Fixture *fixture, const char *sql)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static char *
pdf_text (const char *path)
{
  g_autofree char *out = NULL;
  g_autoptr (GError) error = NULL;
  const char *argv[] = { "pdftotext", "-raw", path, "-", NULL };
  g_autoptr (GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_regex_replace_literal (spaces, out, -1, 0, " ", 0, NULL);
}

/* The width and height of a PNG, from its IHDR chunk */
static void
png_size (const char *path, guint *width, guint *height)
{
  g_autofree guchar *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, (char **) &data, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpint (memcmp (data, "\x89PNG\r\n\x1a\n", 8), ==, 0);
  g_assert_cmpint (memcmp (data + 12, "IHDR", 4), ==, 0);
  *width = (guint) data[16] << 24 | (guint) data[17] << 16 | (guint) data[18] << 8 | data[19];
  *height = (guint) data[20] << 24 | (guint) data[21] << 16 | (guint) data[22] << 8 | data[23];
}

static void
test_whole (Fixture *fixture, gconstpointer data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "dashboard.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *instansi = query (fixture, "SELECT upper (name) FROM unit WHERE parent_id IS "
                                              "NULL");

  kr_tool_fixture_run (fixture, NULL, "report", "dashboard", "karier.db", "--year", "2025", "-o",
                       pdf, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "dashboard.pdf");
  kr_test_assert_contains (fixture->out, "pages");
  text = pdf_text (pdf);
  kr_test_assert_contains (text, "LAPORAN DASBOR KEPEGAWAIAN");
  kr_test_assert_contains (text, instansi);
  kr_test_assert_contains (text, "Seluruh unit kerja");
  kr_test_assert_contains (text, "Tahun 2025");
  kr_test_assert_contains (text, "Dicetak tanggal");
  kr_test_assert_contains (text, "Halaman 1 dari");
  kr_test_assert_contains (text, "Pegawai menurut golongan");
  kr_test_assert_contains (text, "Pegawai aktif menurut usia dan jenis kelamin");
  kr_test_assert_contains (text, "Predikat kinerja terhadap pola distribusi, 2025");
  kr_test_assert_contains (text, "Capaian dan kewajiban JP pengembangan kompetensi, 2025");
  kr_test_assert_contains (text, "Pegawai pensiun lima tahun ke depan");
  kr_test_assert_contains (text, "Peta talenta (9-box), 2025");
  g_assert_null (strstr (text, "Belum ada data untuk dicetak"));
}

static void
test_charts_of_unit (Fixture *fixture, gconstpointer data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "unit.pdf", NULL);
  g_autofree char *code = query (fixture, "SELECT code FROM unit WHERE kind = 'perangkat_daerah' "
                                          "ORDER BY code LIMIT 1");
  g_autofree char *name = NULL;
  g_autofree char *scope = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *text = NULL;

  sql = g_strdup_printf ("SELECT name FROM unit WHERE code = '%s'", code);
  name = query (fixture, sql);
  kr_tool_fixture_run (fixture, NULL, "report", "dashboard", "karier.db", "--unit", code, "--chart",
                       "golongan", "--chart", "9-box", "--paper", "f4", "-o", pdf, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  text = pdf_text (pdf);
  scope = g_strdup_printf ("Unit kerja: %s beserta unit di bawahnya", name);
  kr_test_assert_contains (text, scope);
  kr_test_assert_contains (text, "Pegawai menurut golongan");
  kr_test_assert_contains (text, "Peta talenta (9-box)");
  g_assert_null (strstr (text, "Pegawai menurut jenis jabatan"));
  g_assert_null (strstr (text, "Pegawai pensiun"));
}

static void
test_chart_pictures (Fixture *fixture, gconstpointer data)
{
  g_autofree char *png = g_build_filename (fixture->dir, "pyramid.png", NULL);
  g_autofree char *small = g_build_filename (fixture->dir, "small.PNG", NULL);
  g_autofree char *pdf = g_build_filename (fixture->dir, "retirements.pdf", NULL);
  g_autofree char *svg = g_build_filename (fixture->dir, "predikat.svg", NULL);
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  guint width, height;

  kr_tool_fixture_run (fixture, NULL, "report", "dashboard-chart", "karier.db", "--chart",
                       "pyramid", "-o", png, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "pyramid.png");
  png_size (png, &width, &height);
  g_assert_cmpuint (width, ==, 960);
  g_assert_cmpuint (height, ==, 600);

  kr_tool_fixture_run (fixture, NULL, "report", "dashboard-chart", "karier.db", "--chart",
                       "golongan", "--width", "300", "--height", "200", "-o", small, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  png_size (small, &width, &height);
  g_assert_cmpuint (width, ==, 600);
  g_assert_cmpuint (height, ==, 400);

  kr_tool_fixture_run (fixture, NULL, "report", "dashboard-chart", "karier.db", "--chart",
                       "retirements", "-o", pdf, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  text = pdf_text (pdf);
  kr_test_assert_contains (text, "Pegawai pensiun lima tahun ke depan");

  kr_tool_fixture_run (fixture, NULL, "report", "dashboard-chart", "karier.db", "--year", "2025",
                       "--chart", "predikat", "-o", svg, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "</svg>"));
}

static void
test_usage (Fixture *fixture, gconstpointer data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "x.pdf", NULL);
  g_autofree char *png = g_build_filename (fixture->dir, "x.png", NULL);

  kr_tool_fixture_run (fixture, NULL, "report", "dashboard", "karier.db", "--chart", "pie", "-o",
                       pdf, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "“pie”");
  kr_test_assert_contains (fixture->err, "predikat-trend");
  kr_tool_fixture_run (fixture, NULL, "report", "dashboard", "karier.db", "-o", png, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "PDF");
  kr_tool_fixture_run (fixture, NULL, "report", "dashboard", "karier.db", "--year", "1999", "-o",
                       pdf, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--year");
  kr_tool_fixture_run (fixture, NULL, "report", "dashboard", "karier.db", "--width", "300", "-o",
                       pdf, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_tool_fixture_run (fixture, NULL, "report", "dashboard-chart", "karier.db", "-o", png, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--chart");
  kr_tool_fixture_run (fixture, NULL, "report", "dashboard-chart", "karier.db", "--chart",
                       "golongan", "--chart", "pyramid", "-o", png, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_tool_fixture_run (fixture, NULL, "report", "dashboard-chart", "karier.db", "--chart", "9-box",
                       "-o", png, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "“9-box”");
  kr_tool_fixture_run (fixture, NULL, "report", "dashboard-chart", "karier.db", "--chart",
                       "golongan", "-o", "chart.jpg", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "SVG");
  kr_tool_fixture_run (fixture, NULL, "report", "dashboard-chart", "karier.db", "--chart",
                       "golongan", "--paper", "a4", "-o", png, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_tool_fixture_run (fixture, NULL, "report", "dashboard-chart", "karier.db", "--chart",
                       "golongan", "--width", "20", "-o", png, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--width");
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  /* Not usage: a unit that does not exist, a folder that does not exist */
  kr_tool_fixture_run (fixture, NULL, "report", "dashboard", "karier.db", "--unit", "NO.SUCH", "-o",
                       pdf, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "NO.SUCH");
  kr_tool_fixture_run (fixture, NULL, "report", "dashboard-chart", "karier.db", "--chart",
                       "golongan", "-o", "no-such-folder/x.png", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "x.png");
  kr_tool_fixture_run (fixture, NULL, "report", "dashboard", "--help", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "--chart");
}

static void
test_unit_head (Fixture *fixture, gconstpointer data)
{
  g_autofree char *all_pdf = g_build_filename (fixture->dir, "all.pdf", NULL);
  g_autofree char *head_pdf = g_build_filename (fixture->dir, "head.pdf", NULL);
  g_autofree char *root = query (fixture, "SELECT code FROM unit WHERE parent_id IS NULL");
  g_autofree char *all = NULL;
  g_autofree char *head = NULL;

  kr_tool_fixture_run (fixture, PASSWORD, "report", "dashboard", "karier.db", "--chart",
                       "employee-kinds", "-o", all_pdf, "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  all = pdf_text (all_pdf);
  kr_test_assert_contains (all, "Seluruh unit kerja");

  /* A unit head asking for every unit gets their own subtree, and says so */
  kr_tool_fixture_run (fixture, PASSWORD, "report", "dashboard", "karier.db", "--chart",
                       "employee-kinds", "-o", head_pdf, "--as", "kepala", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  head = pdf_text (head_pdf);
  kr_test_assert_contains (head, "Unit kerja: ");
  g_assert_null (strstr (head, "Seluruh unit kerja"));

  /* …and may not ask for the whole instansi by its code */
  kr_tool_fixture_run (fixture, PASSWORD, "report", "dashboard", "karier.db", "--unit", root, "-o",
                       head_pdf, "--as", "kepala", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
}

static void
add_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, template_dir, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char *argv[])
{
  int result;

  kr_test_tool_init (&argc, &argv);
  template_dir =
      kr_test_tool_make_demo ("kr-tool-dashboard-template-XXXXXX", "--employees", "200", NULL);
  accounts_dir = kr_test_tool_make_demo ("kr-tool-dashboard-accounts-XXXXXX", "--employees", "200",
                                         "--accounts", NULL);

  add_test ("/tool/report-dashboard/whole", test_whole);
  add_test ("/tool/report-dashboard/charts-of-unit", test_charts_of_unit);
  add_test ("/tool/report-dashboard/chart-pictures", test_chart_pictures);
  add_test ("/tool/report-dashboard/usage", test_usage);
  g_test_add ("/tool/report-dashboard/unit-head", Fixture, accounts_dir, fixture_set_up,
              test_unit_head, fixture_tear_down);
  result = g_test_run ();
  kr_test_remove_tree (template_dir);
  kr_test_remove_tree (accounts_dir);
  g_free (template_dir);
  g_free (accounts_dir);
  return result;
}
