/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kr-document-dashboard.h"
#include "kr-test-dashboard.h"
#include "kr-test-pdf.h"
#include "kr-test-utils.h"

/* The LAPORAN DASBOR KEPEGAWAIAN read back with pdftotext: the heading (title, instansi,
 * scope, year, printed date), every chart's Indonesian title with its data table, the pola
 * distribusi spelled out, the 9-box with its table, two charts to a page and the page
 * numbers; one chart alone on one page; parts not loaded left out. */

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = kr_test_make_tmp_dir ("kr-document-dashboard-XXXXXX");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
test_whole (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrDashboardSnapshot) s = kr_test_dashboard_snapshot ();
  g_autoptr (GPtrArray) boxes = kr_test_dashboard_boxes ();
  g_autoptr (KrDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *last = NULL;
  g_autofree char *pdf = NULL;
  g_auto (GStrv) pages = NULL;
  GDate date;
  KrDocumentDashboardScope scope = { "Pemerintah Kabupaten Contoh", &date, boxes };
  guint n_pages;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 22, G_DATE_NOVEMBER, 2026);
  document = kr_document_dashboard_new (&scope, s, NULL, 0);
  n_pages = kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "dashboard.pdf", &text);
  /* Eleven charts two to a page; a long table may push a page further */
  g_assert_cmpuint (n_pages, >=, 6);
  g_assert_cmpuint (n_pages, <=, 11);

  kr_test_assert_has (text, "LAPORAN DASBOR KEPEGAWAIAN");
  kr_test_assert_has (text, "PEMERINTAH KABUPATEN CONTOH");
  kr_test_assert_has (text, "Seluruh unit kerja");
  kr_test_assert_has (text, "Tahun 2025");
  kr_test_assert_has (text, "Dicetak tanggal 22 November 2026");
  last = g_strdup_printf ("Halaman %u dari %u", n_pages, n_pages);
  kr_test_assert_has (text, "Halaman 1 dari");
  kr_test_assert_has (text, last);

  /* Every chart's title, in Indonesian */
  kr_test_assert_has (text, "Pegawai menurut jenis");
  kr_test_assert_has (text, "Pegawai menurut golongan");
  kr_test_assert_has (text, "Pegawai menurut jenis jabatan");
  kr_test_assert_has (text, "Pegawai aktif menurut usia dan jenis kelamin");
  kr_test_assert_has (text, "Predikat kinerja terhadap pola distribusi, 2025");
  kr_test_assert_has (text, "Tren predikat kinerja per tahun");
  kr_test_assert_has (text, "Capaian dan kewajiban JP pengembangan kompetensi, 2025");
  kr_test_assert_has (text, "Anggaran pengembangan kompetensi, 2025");
  kr_test_assert_has (text, "Kenaikan pangkat per periode");
  kr_test_assert_has (text, "Pegawai pensiun lima tahun ke depan");
  kr_test_assert_has (text, "Peta talenta (9-box), 2025");
  kr_test_assert_lacks (text, "Employees");
  kr_test_assert_lacks (text, "No position");

  /* The tables: totals, Indonesian decimals, shares, the pola distribusi */
  kr_test_assert_has (text, "Tanpa jabatan 47");
  kr_test_assert_has (text, "Jumlah 57");
  kr_test_assert_has (text, "Dinas Pendidikan 450,5 600 Dinas Kesehatan 220 200 Jumlah 670,5 800");
  kr_test_assert_has (text, "Dinas Pendidikan 25 40 100");
  kr_test_assert_has (text, "Baik 30 60% 70%");
  kr_test_assert_has (text, "Pola distribusi untuk capaian kinerja organisasi Baik");
  kr_test_assert_has (text, "Baik paling banyak 70%");
  kr_test_assert_has (text, "Butuh Perbaikan dan Kurang/Misconduct lebih dari 0%");
  kr_test_assert_has (text, "1 Oktober 2025 4");
  /* The 9-box: the grid's cells and the table, pool boxes starred, shares of the 50 placed */
  kr_test_assert_has (text, "Kinerja");
  kr_test_assert_has (text, "Potensial");
  kr_test_assert_has (text, "12 · 24%");
  kr_test_assert_has (text, "9* Di Atas Ekspektasi Tinggi 4 8%");
  kr_test_assert_has (text, "Dipetakan: 50");

  /* Two charts to a page: the first page has the heading and the first two */
  pdf = g_build_filename (fixture->dir, "dashboard.pdf", NULL);
  pages = kr_test_pdf_pages (pdf);
  kr_test_assert_has (pages[0], "Pegawai menurut golongan");
  kr_test_assert_lacks (pages[0], "Pegawai menurut jenis jabatan");
}

static void
test_one_chart (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrDashboardSnapshot) s = kr_test_dashboard_snapshot ();
  g_autoptr (KrDocument) document = NULL;
  g_autofree char *text = NULL;
  const int charts[] = { KR_DASHBOARD_CHART_PYRAMID };
  KrDocumentDashboardScope scope = { NULL, NULL, NULL };

  g_free (s->unit_name);
  s->unit_name = g_strdup ("Dinas Pendidikan");
  document = kr_document_dashboard_new (&scope, s, charts, G_N_ELEMENTS (charts));
  g_assert_cmpuint (kr_test_write_pdf (fixture->dir, document, KR_PAPER_F4, "pyramid.pdf", &text),
                    ==, 1);
  kr_test_assert_has (text, "LAPORAN DASBOR KEPEGAWAIAN");
  kr_test_assert_has (text, "Unit kerja: Dinas Pendidikan beserta unit di bawahnya");
  kr_test_assert_has (text, "Pegawai aktif menurut usia dan jenis kelamin");
  kr_test_assert_has (text, "Laki-laki");
  kr_test_assert_has (text, "25–29 5 6 11");
  kr_test_assert_has (text, "Halaman 1 dari 1");
  kr_test_assert_lacks (text, "Pegawai menurut golongan");
}

static void
test_not_loaded (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrDashboardSnapshot) s = kr_test_dashboard_snapshot ();
  g_autoptr (KrDashboardSnapshot) empty = NULL;
  g_autoptr (KrDocument) document = NULL;
  g_autofree char *text = NULL;
  KrDocumentDashboardScope scope = { NULL, NULL, NULL };
  const int talent[] = { KR_DASHBOARD_N_CHARTS };

  /* Only headcount and career loaded: their five charts, nothing else */
  s->parts = KR_DASHBOARD_PART_HEADCOUNT | KR_DASHBOARD_PART_CAREER;
  document = kr_document_dashboard_new (&scope, s, NULL, 0);
  kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "partial.pdf", &text);
  kr_test_assert_has (text, "Pegawai menurut golongan");
  kr_test_assert_has (text, "Pegawai pensiun lima tahun ke depan");
  kr_test_assert_lacks (text, "Piramida");
  kr_test_assert_lacks (text, "usia dan jenis kelamin");
  kr_test_assert_lacks (text, "Peta talenta");
  g_clear_pointer (&document, kr_document_free);
  g_clear_pointer (&text, g_free);

  /* The 9-box without the talent_box rows: its table alone */
  s->parts = KR_DASHBOARD_PART_TALENT;
  document = kr_document_dashboard_new (&scope, s, talent, 1);
  kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "talent.pdf", &text);
  kr_test_assert_has (text, "Peta talenta (9-box), 2025");
  kr_test_assert_has (text, "KOTAK");
  kr_test_assert_lacks (text, "12 · 24%");
  g_clear_pointer (&document, kr_document_free);
  g_clear_pointer (&text, g_free);

  /* Nothing loaded */
  empty = kr_dashboard_snapshot_new (&s->scope);
  document = kr_document_dashboard_new (&scope, empty, NULL, 0);
  g_assert_cmpuint (kr_test_write_pdf (fixture->dir, document, KR_PAPER_A4, "empty.pdf", &text), ==,
                    1);
  kr_test_assert_has (text, "Belum ada data untuk dicetak.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/render/document-dashboard/whole", Fixture, NULL, fixture_set_up, test_whole,
              fixture_tear_down);
  g_test_add ("/render/document-dashboard/one-chart", Fixture, NULL, fixture_set_up, test_one_chart,
              fixture_tear_down);
  g_test_add ("/render/document-dashboard/not-loaded", Fixture, NULL, fixture_set_up,
              test_not_loaded, fixture_tear_down);
  return g_test_run ();
}
