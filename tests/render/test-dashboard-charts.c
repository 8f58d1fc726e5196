/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <string.h>

#include "kr-dashboard-charts.h"
#include "kr-test-dashboard.h"
#include "kr-test-pdf.h"
#include "kr-test-utils.h"

/* The dashboard's charts built from a hand-made snapshot (kr-test-dashboard.h): every chart's
 * kind, categories, values and Indonesian words; the pola distribusi markers; the filter
 * behind each bar, and the bars that name nobody; a chart whose part is not loaded; and the
 * exported pictures (PNG at 2×, PDF and SVG read back). */

static void
assert_categories (KrChartData *data, const char *const *labels, guint n)
{
  g_assert_cmpuint (kr_chart_data_get_n_categories (data), ==, n);
  for (guint c = 0; c < n; c++)
    g_assert_cmpstr (kr_chart_data_get_category (data, c), ==, labels[c]);
}

static void
assert_values (KrChartData *data, guint series, const double *values, guint n)
{
  for (guint c = 0; c < n; c++)
    g_assert_cmpfloat_with_epsilon (kr_chart_data_get_value (data, series, c), values[c], 1e-9);
}

static void
test_ids (void)
{
  for (int i = 0; i < KR_DASHBOARD_N_CHARTS; i++)
    {
      const char *id = kr_dashboard_chart_get_id ((KrDashboardChart) i);

      g_assert_nonnull (id);
      g_assert_cmpint (kr_dashboard_chart_from_id (id), ==, i);
      g_assert_cmpuint (kr_dashboard_chart_get_part ((KrDashboardChart) i) & KR_DASHBOARD_PART_ALL,
                        !=, 0);
    }
  g_assert_cmpint (kr_dashboard_chart_from_id ("golongan"), ==, KR_DASHBOARD_CHART_GOLONGAN);
  g_assert_cmpint (kr_dashboard_chart_from_id ("nope"), ==, -1);
  g_assert_cmpint (kr_dashboard_chart_from_id (NULL), ==, -1);
  g_assert_cmpuint (kr_dashboard_chart_get_part (KR_DASHBOARD_CHART_PYRAMID), ==,
                    KR_DASHBOARD_PART_PYRAMID);
  g_assert_cmpuint (kr_dashboard_chart_get_part (KR_DASHBOARD_CHART_RETIREMENTS), ==,
                    KR_DASHBOARD_PART_CAREER);
}

static void
test_headcount (void)
{
  g_autoptr (KrDashboardSnapshot) s = kr_test_dashboard_snapshot ();
  g_autoptr (KrChartData) kinds = kr_dashboard_chart_build (s, KR_DASHBOARD_CHART_EMPLOYEE_KINDS,
                                                            KR_DASHBOARD_LANGUAGE_INDONESIAN);
  g_autoptr (KrChartData) golongan =
      kr_dashboard_chart_build (s, KR_DASHBOARD_CHART_GOLONGAN, KR_DASHBOARD_LANGUAGE_INDONESIAN);
  g_autoptr (KrChartData) positions = kr_dashboard_chart_build (
      s, KR_DASHBOARD_CHART_POSITION_KINDS, KR_DASHBOARD_LANGUAGE_INDONESIAN);
  const char *kind_labels[] = { "PNS", "CPNS", "PPPK" };
  const double kind_values[] = { 40, 5, 12 };
  const char *golongan_labels[] = { "III/a", "III/b", "IV/a", "—" };
  const double golongan_values[] = { 20, 15, 10, 12 };
  const char *position_labels[] = { "JPT Pratama", "Administrator", "Tanpa jabatan" };
  const double position_values[] = { 3, 7, 47 };

  g_assert_cmpint (kr_chart_data_get_kind (kinds), ==, KR_CHART_KIND_BAR);
  g_assert_cmpstr (kr_chart_data_get_title (kinds), ==, "Pegawai menurut jenis");
  g_assert_cmpuint (kr_chart_data_get_n_series (kinds), ==, 1);
  g_assert_cmpstr (kr_chart_data_get_series_name (kinds, 0), ==, "Pegawai");
  assert_categories (kinds, kind_labels, 3);
  assert_values (kinds, 0, kind_values, 3);

  g_assert_cmpstr (kr_chart_data_get_title (golongan), ==, "Pegawai menurut golongan");
  assert_categories (golongan, golongan_labels, 4);
  assert_values (golongan, 0, golongan_values, 4);

  g_assert_cmpint (kr_chart_data_get_kind (positions), ==, KR_CHART_KIND_BAR_HORIZONTAL);
  g_assert_cmpstr (kr_chart_data_get_title (positions), ==, "Pegawai menurut jenis jabatan");
  assert_categories (positions, position_labels, 3);
  assert_values (positions, 0, position_values, 3);
}

static void
test_pyramid (void)
{
  g_autoptr (KrDashboardSnapshot) s = kr_test_dashboard_snapshot ();
  g_autoptr (KrChartData) data =
      kr_dashboard_chart_build (s, KR_DASHBOARD_CHART_PYRAMID, KR_DASHBOARD_LANGUAGE_INDONESIAN);
  const char *labels[] = { "20–24", "25–29", "30–34" };
  const double men[] = { 2, 5, 9 }, women[] = { 4, 6, 3 };

  g_assert_cmpint (kr_chart_data_get_kind (data), ==, KR_CHART_KIND_PYRAMID);
  g_assert_cmpstr (kr_chart_data_get_series_name (data, 0), ==, "Laki-laki");
  g_assert_cmpstr (kr_chart_data_get_series_name (data, 1), ==, "Perempuan");
  assert_categories (data, labels, 3);
  assert_values (data, 0, men, 3);
  assert_values (data, 1, women, 3);
}

static void
test_predikat (void)
{
  g_autoptr (KrDashboardSnapshot) s = kr_test_dashboard_snapshot ();
  g_autoptr (KrChartData) data = NULL;
  g_autoptr (KrChartData) trend = NULL;
  const char *labels[] = { "Sangat Kurang", "Kurang/Misconduct", "Butuh Perbaikan", "Baik",
                           "Sangat Baik" };
  const double counts[] = { 0, 2, 8, 30, 10 };
  double reference;

  data =
      kr_dashboard_chart_build (s, KR_DASHBOARD_CHART_PREDIKAT, KR_DASHBOARD_LANGUAGE_INDONESIAN);
  g_assert_cmpint (kr_chart_data_get_kind (data), ==, KR_CHART_KIND_DISTRIBUTION);
  g_assert_cmpstr (kr_chart_data_get_title (data), ==,
                   "Predikat kinerja terhadap pola distribusi, 2025");
  assert_categories (data, labels, KR_N_PREDIKAT);
  assert_values (data, 0, counts, KR_N_PREDIKAT);
  g_assert_cmpfloat_with_epsilon (kr_chart_data_get_share (data, 0, KR_PREDIKAT_BAIK), 60, 1e-9);
  /* Result Baik: Baik at most 70%; Butuh Perbaikan and Kurang together have no marker */
  g_assert_true (kr_chart_data_get_reference (data, KR_PREDIKAT_BAIK, &reference));
  g_assert_cmpfloat_with_epsilon (reference, 70, 1e-9);
  g_assert_false (kr_chart_data_get_reference (data, KR_PREDIKAT_KURANG, NULL));
  g_assert_false (kr_chart_data_get_reference (data, KR_PREDIKAT_BUTUH_PERBAIKAN, NULL));
  g_assert_false (kr_chart_data_get_reference (data, KR_PREDIKAT_SANGAT_BAIK, NULL));
  g_clear_pointer (&data, kr_chart_data_unref);

  /* Result Kurang: Kurang at least 60%, Butuh Perbaikan at least 10%, Sangat Baik at most 10% */
  s->predikat.result = KR_ORGANISATION_RESULT_KURANG;
  s->predikat.rules =
      kr_appraisal_distribution_rules (KR_ORGANISATION_RESULT_KURANG, &s->predikat.n_rules);
  data = kr_dashboard_chart_build (s, KR_DASHBOARD_CHART_PREDIKAT, KR_DASHBOARD_LANGUAGE_UI);
  g_assert_true (kr_chart_data_get_reference (data, KR_PREDIKAT_KURANG, &reference));
  g_assert_cmpfloat_with_epsilon (reference, 60, 1e-9);
  g_assert_true (kr_chart_data_get_reference (data, KR_PREDIKAT_BUTUH_PERBAIKAN, &reference));
  g_assert_cmpfloat_with_epsilon (reference, 10, 1e-9);
  g_assert_true (kr_chart_data_get_reference (data, KR_PREDIKAT_SANGAT_BAIK, &reference));
  g_assert_cmpfloat_with_epsilon (reference, 10, 1e-9);
  g_assert_false (kr_chart_data_get_reference (data, KR_PREDIKAT_BAIK, NULL));
  g_clear_pointer (&data, kr_chart_data_unref);

  /* No result recorded: no reference at all */
  s->predikat.has_result = FALSE;
  s->predikat.rules = NULL;
  s->predikat.n_rules = 0;
  data =
      kr_dashboard_chart_build (s, KR_DASHBOARD_CHART_PREDIKAT, KR_DASHBOARD_LANGUAGE_INDONESIAN);
  for (guint p = 0; p < KR_N_PREDIKAT; p++)
    g_assert_false (kr_chart_data_get_reference (data, p, NULL));

  trend = kr_dashboard_chart_build (s, KR_DASHBOARD_CHART_PREDIKAT_TREND,
                                    KR_DASHBOARD_LANGUAGE_INDONESIAN);
  g_assert_cmpint (kr_chart_data_get_kind (trend), ==, KR_CHART_KIND_LINE);
  g_assert_cmpuint (kr_chart_data_get_n_series (trend), ==, KR_N_PREDIKAT);
  g_assert_cmpuint (kr_chart_data_get_n_categories (trend), ==, KR_DASHBOARD_TREND_YEARS);
  g_assert_cmpstr (kr_chart_data_get_category (trend, 0), ==, "2021");
  g_assert_cmpstr (kr_chart_data_get_category (trend, 4), ==, "2025");
  g_assert_cmpstr (kr_chart_data_get_series_name (trend, KR_PREDIKAT_BAIK), ==, "Baik");
  /* Shares in per cent: 2023 has Baik 12 of 20 */
  g_assert_cmpfloat_with_epsilon (kr_chart_data_get_value (trend, KR_PREDIKAT_BAIK, 2), 60, 1e-9);
  g_assert_cmpfloat_with_epsilon (kr_chart_data_get_value (trend, KR_PREDIKAT_SANGAT_BAIK, 2), 40,
                                  1e-9);
  g_assert_cmpfloat_with_epsilon (kr_chart_data_get_value (trend, KR_PREDIKAT_KURANG, 2), 0, 1e-9);

  /* A year nobody was appraised in yet (2023 here) is left out, not drawn as 0 %; the filters
   * follow the years shown */
  {
    KrDashboardPredikat *year2023 = &g_array_index (s->trend, KrDashboardPredikat, 2);
    g_autoptr (KrChartData) gap = NULL;
    KrDashboardFilter filter;

    memset (year2023->counts, 0, sizeof year2023->counts);
    year2023->total = 0;
    gap = kr_dashboard_chart_build (s, KR_DASHBOARD_CHART_PREDIKAT_TREND,
                                    KR_DASHBOARD_LANGUAGE_INDONESIAN);
    g_assert_cmpuint (kr_chart_data_get_n_categories (gap), ==, KR_DASHBOARD_TREND_YEARS - 1);
    g_assert_cmpstr (kr_chart_data_get_category (gap, 2), ==, "2024");
    g_assert_true (
        kr_dashboard_chart_get_filter (s, KR_DASHBOARD_CHART_PREDIKAT_TREND, 0, 2, &filter));
    g_assert_cmpint (filter.low, ==, 2024);
    kr_dashboard_filter_clear (&filter);
    g_assert_false (kr_dashboard_chart_get_filter (s, KR_DASHBOARD_CHART_PREDIKAT_TREND, 0,
                                                   KR_DASHBOARD_TREND_YEARS - 1, &filter));
  }
}

static void
test_training_career (void)
{
  g_autoptr (KrDashboardSnapshot) s = kr_test_dashboard_snapshot ();
  g_autoptr (KrChartData) jp = kr_dashboard_chart_build (s, KR_DASHBOARD_CHART_TRAINING_JP,
                                                         KR_DASHBOARD_LANGUAGE_INDONESIAN);
  g_autoptr (KrChartData) budget = kr_dashboard_chart_build (s, KR_DASHBOARD_CHART_TRAINING_BUDGET,
                                                             KR_DASHBOARD_LANGUAGE_INDONESIAN);
  g_autoptr (KrChartData) promotions =
      kr_dashboard_chart_build (s, KR_DASHBOARD_CHART_PROMOTIONS, KR_DASHBOARD_LANGUAGE_INDONESIAN);
  g_autoptr (KrChartData) retirements = kr_dashboard_chart_build (s, KR_DASHBOARD_CHART_RETIREMENTS,
                                                                  KR_DASHBOARD_LANGUAGE_INDONESIAN);
  const char *units[] = { "Dinas Pendidikan", "Dinas Kesehatan" };
  const double achieved[] = { 450.5, 220 }, duty[] = { 600, 200 };
  const double spent[] = { 25, 0 }, committed[] = { 40, 0 }, allocated[] = { 100, 0 };
  const char *periods[] = { "1 April 2025", "1 Oktober 2025" };
  const double promoted[] = { 6, 4 };
  const char *years[] = { "2025", "2026", "2027", "2028", "2029" };
  const double retiring[] = { 1, 0, 3, 2, 5 };

  g_assert_cmpint (kr_chart_data_get_kind (jp), ==, KR_CHART_KIND_BAR_HORIZONTAL);
  g_assert_cmpstr (kr_chart_data_get_title (jp), ==,
                   "Capaian dan kewajiban JP pengembangan kompetensi, 2025");
  g_assert_cmpstr (kr_chart_data_get_series_name (jp, 0), ==, "JP tercapai");
  g_assert_cmpstr (kr_chart_data_get_series_name (jp, 1), ==, "Kewajiban JP");
  assert_categories (jp, units, 2);
  assert_values (jp, 0, achieved, 2);
  assert_values (jp, 1, duty, 2);

  g_assert_cmpuint (kr_chart_data_get_n_series (budget), ==, 3);
  g_assert_cmpstr (kr_chart_data_get_series_name (budget, 0), ==, "Realisasi");
  g_assert_cmpstr (kr_chart_data_get_series_name (budget, 2), ==, "Pagu");
  assert_values (budget, 0, spent, 2);
  assert_values (budget, 1, committed, 2);
  assert_values (budget, 2, allocated, 2);

  g_assert_cmpstr (kr_chart_data_get_title (promotions), ==, "Kenaikan pangkat per periode");
  assert_categories (promotions, periods, 2);
  assert_values (promotions, 0, promoted, 2);

  g_assert_cmpstr (kr_chart_data_get_title (retirements), ==,
                   "Pegawai pensiun lima tahun ke depan");
  assert_categories (retirements, years, 5);
  assert_values (retirements, 0, retiring, 5);
}

static void
test_not_loaded (void)
{
  g_autoptr (KrDashboardSnapshot) s = NULL;
  KrDashboardScope scope;
  KrDashboardFilter filter;

  kr_dashboard_scope_init (&scope, 0, 2025);
  s = kr_dashboard_snapshot_new (&scope);
  for (int i = 0; i < KR_DASHBOARD_N_CHARTS; i++)
    {
      g_autoptr (KrChartData) data =
          kr_dashboard_chart_build (s, (KrDashboardChart) i, KR_DASHBOARD_LANGUAGE_INDONESIAN);

      g_assert_true (kr_chart_data_is_empty (data));
      /* Still titled, so the empty card says what is missing */
      g_assert_nonnull (kr_chart_data_get_title (data));
      g_assert_false (kr_dashboard_chart_get_filter (s, (KrDashboardChart) i, 0, 0, &filter));
      g_assert_null (filter.code);
    }
}

static void
test_language (void)
{
  g_autoptr (KrDashboardSnapshot) s = kr_test_dashboard_snapshot ();

  /* The tests run in the C locale: the window's words are the English msgids */
  for (int i = 0; i < KR_DASHBOARD_N_CHARTS; i++)
    {
      g_autoptr (KrChartData) ui =
          kr_dashboard_chart_build (s, (KrDashboardChart) i, KR_DASHBOARD_LANGUAGE_UI);
      g_autoptr (KrChartData) id =
          kr_dashboard_chart_build (s, (KrDashboardChart) i, KR_DASHBOARD_LANGUAGE_INDONESIAN);

      g_assert_cmpstr (kr_chart_data_get_title (ui), !=, kr_chart_data_get_title (id));
      g_assert_cmpuint (kr_chart_data_get_n_categories (ui), ==,
                        kr_chart_data_get_n_categories (id));
    }
  {
    g_autoptr (KrChartData) ui =
        kr_dashboard_chart_build (s, KR_DASHBOARD_CHART_GOLONGAN, KR_DASHBOARD_LANGUAGE_UI);
    g_autoptr (KrChartData) positions =
        kr_dashboard_chart_build (s, KR_DASHBOARD_CHART_POSITION_KINDS, KR_DASHBOARD_LANGUAGE_UI);

    g_assert_cmpstr (kr_chart_data_get_title (ui), ==, "Employees by golongan");
    g_assert_cmpstr (kr_chart_data_get_category (positions, 2), ==, "No position");
    g_autoptr (KrChartData) promotions =
        kr_dashboard_chart_build (s, KR_DASHBOARD_CHART_PROMOTIONS, KR_DASHBOARD_LANGUAGE_UI);

    g_assert_cmpstr (kr_chart_data_get_category (promotions, 0), ==, "1 Apr 2025");
  }
}

static void
assert_filter (const KrDashboardSnapshot *s,
               KrDashboardChart chart,
               guint series,
               guint category,
               KrDashboardDimension dimension,
               const char *code,
               gint64 low,
               gint64 high)
{
  KrDashboardFilter filter;

  g_assert_true (kr_dashboard_chart_get_filter (s, chart, series, category, &filter));
  g_assert_cmpint (filter.dimension, ==, dimension);
  g_assert_cmpstr (filter.code, ==, code);
  g_assert_cmpint (filter.low, ==, low);
  g_assert_cmpint (filter.high, ==, high);
  kr_dashboard_filter_clear (&filter);
}

static void
assert_no_filter (const KrDashboardSnapshot *s,
                  KrDashboardChart chart,
                  guint series,
                  guint category)
{
  KrDashboardFilter filter;

  g_assert_false (kr_dashboard_chart_get_filter (s, chart, series, category, &filter));
  g_assert_null (filter.code);
}

static void
test_filters (void)
{
  g_autoptr (KrDashboardSnapshot) s = kr_test_dashboard_snapshot ();

  assert_filter (s, KR_DASHBOARD_CHART_EMPLOYEE_KINDS, 0, 2, KR_DASHBOARD_EMPLOYEE_KIND, "pppk", 0,
                 0);
  assert_filter (s, KR_DASHBOARD_CHART_GOLONGAN, 0, 1, KR_DASHBOARD_GOLONGAN, NULL, 32, 32);
  assert_filter (s, KR_DASHBOARD_CHART_GOLONGAN, 0, 3, KR_DASHBOARD_GOLONGAN, NULL, 0, 0);
  assert_filter (s, KR_DASHBOARD_CHART_POSITION_KINDS, 0, 2, KR_DASHBOARD_POSITION_KIND, NULL, 0,
                 0);
  assert_filter (s, KR_DASHBOARD_CHART_PYRAMID, 0, 1, KR_DASHBOARD_AGE, "M", 25, 29);
  assert_filter (s, KR_DASHBOARD_CHART_PYRAMID, 1, 2, KR_DASHBOARD_AGE, "F", 30, 34);
  assert_filter (s, KR_DASHBOARD_CHART_PREDIKAT, 0, KR_PREDIKAT_BAIK, KR_DASHBOARD_PREDIKAT, "baik",
                 2025, 2025);
  assert_filter (s, KR_DASHBOARD_CHART_PREDIKAT_TREND, KR_PREDIKAT_SANGAT_BAIK, 1,
                 KR_DASHBOARD_PREDIKAT, "sangat_baik", 2022, 2022);
  assert_filter (s, KR_DASHBOARD_CHART_TRAINING_JP, 0, 1, KR_DASHBOARD_UNIT, NULL, 9, 9);
  assert_filter (s, KR_DASHBOARD_CHART_PROMOTIONS, 0, 1, KR_DASHBOARD_PROMOTION_PERIOD,
                 "2025-10-01", 0, 0);
  assert_filter (s, KR_DASHBOARD_CHART_RETIREMENTS, 0, 4, KR_DASHBOARD_RETIREMENT_YEAR, NULL, 2029,
                 2029);

  /* A duty, a budget and bars out of range name nobody */
  assert_no_filter (s, KR_DASHBOARD_CHART_TRAINING_JP, 1, 0);
  assert_no_filter (s, KR_DASHBOARD_CHART_TRAINING_BUDGET, 0, 0);
  assert_no_filter (s, KR_DASHBOARD_CHART_GOLONGAN, 0, 4);
  assert_no_filter (s, KR_DASHBOARD_CHART_GOLONGAN, 1, 0);
  assert_no_filter (s, KR_DASHBOARD_CHART_PYRAMID, 2, 0);
  assert_no_filter (s, KR_DASHBOARD_CHART_PREDIKAT, 0, KR_N_PREDIKAT);
  assert_no_filter (s, KR_DASHBOARD_CHART_PREDIKAT_TREND, 0, KR_DASHBOARD_TREND_YEARS);
}

/* Export */

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = kr_test_make_tmp_dir ("kr-dashboard-charts-XXXXXX");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
test_format (void)
{
  KrChartFormat format = KR_CHART_FORMAT_PDF;

  g_assert_true (kr_chart_format_from_filename ("a.PNG", &format));
  g_assert_cmpint (format, ==, KR_CHART_FORMAT_PNG);
  g_assert_true (kr_chart_format_from_filename ("/x/y.svg", &format));
  g_assert_cmpint (format, ==, KR_CHART_FORMAT_SVG);
  g_assert_true (kr_chart_format_from_filename ("b.pdf", &format));
  g_assert_cmpint (format, ==, KR_CHART_FORMAT_PDF);
  g_assert_false (kr_chart_format_from_filename ("c.jpg", NULL));
  g_assert_false (kr_chart_format_from_filename ("png", NULL));
}

static void
test_export (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrDashboardSnapshot) s = kr_test_dashboard_snapshot ();
  g_autoptr (KrChartData) chart =
      kr_dashboard_chart_build (s, KR_DASHBOARD_CHART_GOLONGAN, KR_DASHBOARD_LANGUAGE_INDONESIAN);
  g_autofree char *png = g_build_filename (fixture->dir, "golongan.png", NULL);
  g_autofree char *pdf = g_build_filename (fixture->dir, "golongan.pdf", NULL);
  g_autofree char *svg = g_build_filename (fixture->dir, "golongan.svg", NULL);
  g_autoptr (GFile) png_file = g_file_new_for_path (png);
  g_autoptr (GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr (GFile) svg_file = g_file_new_for_path (svg);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GMarkupParseContext) parser = NULL;
  const GMarkupParser nothing = { NULL };
  cairo_surface_t *image;
  GDir *dir;
  guint n_files = 0;

  g_assert_true (kr_chart_export (chart, KR_CHART_FORMAT_PNG, 400, 250, png_file, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 500);
  cairo_surface_destroy (image);

  g_assert_true (kr_chart_export (chart, KR_CHART_FORMAT_PDF, 400, 250, pdf_file, &error));
  g_assert_no_error (error);
  text = kr_test_pdf_text (pdf);
  kr_test_assert_has (text, "Pegawai menurut golongan");
  kr_test_assert_has (text, "III/b");
  kr_test_assert_has (text, "Golongan");

  g_assert_true (kr_chart_export (chart, KR_CHART_FORMAT_SVG, 400, 250, svg_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  parser = g_markup_parse_context_new (&nothing, 0, NULL, NULL);
  g_assert_true (g_markup_parse_context_parse (parser, contents, -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (parser, &error));
  g_assert_no_error (error);

  /* Writing again replaces the file, and leaves no temporary file behind */
  g_assert_true (kr_chart_export (chart, KR_CHART_FORMAT_PNG, 300, 200, png_file, &error));
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 600);
  cairo_surface_destroy (image);
  dir = g_dir_open (fixture->dir, 0, NULL);
  while (g_dir_read_name (dir) != NULL)
    n_files++;
  g_dir_close (dir);
  g_assert_cmpuint (n_files, ==, 3);
}

static void
test_export_errors (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrDashboardSnapshot) s = kr_test_dashboard_snapshot ();
  g_autoptr (KrChartData) chart =
      kr_dashboard_chart_build (s, KR_DASHBOARD_CHART_PYRAMID, KR_DASHBOARD_LANGUAGE_INDONESIAN);
  g_autofree char *missing = g_build_filename (fixture->dir, "no-such-folder", "p.png", NULL);
  g_autofree char *png = g_build_filename (fixture->dir, "p.png", NULL);
  g_autoptr (GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr (GFile) png_file = g_file_new_for_path (png);
  g_autoptr (GError) error = NULL;

  g_assert_false (kr_chart_export (chart, KR_CHART_FORMAT_PNG, 400, 250, missing_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "p.png"));
  g_clear_error (&error);

  g_assert_false (kr_chart_export (chart, KR_CHART_FORMAT_PNG, 0, 250, png_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/dashboard-charts/ids", test_ids);
  g_test_add_func ("/render/dashboard-charts/headcount", test_headcount);
  g_test_add_func ("/render/dashboard-charts/pyramid", test_pyramid);
  g_test_add_func ("/render/dashboard-charts/predikat", test_predikat);
  g_test_add_func ("/render/dashboard-charts/training-career", test_training_career);
  g_test_add_func ("/render/dashboard-charts/not-loaded", test_not_loaded);
  g_test_add_func ("/render/dashboard-charts/language", test_language);
  g_test_add_func ("/render/dashboard-charts/filters", test_filters);
  g_test_add_func ("/render/dashboard-charts/format", test_format);
  g_test_add ("/render/dashboard-charts/export", Fixture, NULL, fixture_set_up, test_export,
              fixture_tear_down);
  g_test_add ("/render/dashboard-charts/export-errors", Fixture, NULL, fixture_set_up,
              test_export_errors, fixture_tear_down);
  return g_test_run ();
}
