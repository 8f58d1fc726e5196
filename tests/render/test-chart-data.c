/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart-data"

#include "config.h"

#include <math.h>

#include "kr-chart-data.h"

/* The chart model: categories and series grow together, values are clamped, shares and the
 * reference, "nice" ticks, formatting and the plain-text description. */

static void
test_model (void)
{
  g_autoptr (KrChartData) data = kr_chart_data_new (KR_CHART_KIND_BAR);
  guint pns, pppk;

  g_assert_true (kr_chart_data_is_empty (data));
  g_assert_cmpuint (kr_chart_data_add_category (data, "III/a"), ==, 0);
  pns = kr_chart_data_add_series (data, "PNS");
  g_assert_cmpuint (kr_chart_data_add_category (data, "III/b"), ==, 1);
  pppk = kr_chart_data_add_series (data, "PPPK");
  g_assert_cmpuint (pns, ==, 0);
  g_assert_cmpuint (pppk, ==, 1);
  g_assert_cmpuint (kr_chart_data_get_n_categories (data), ==, 2);
  g_assert_cmpuint (kr_chart_data_get_n_series (data), ==, 2);
  /* A series added after a category has a 0 for it, and the other way round */
  g_assert_cmpfloat (kr_chart_data_get_value (data, pns, 1), ==, 0);
  g_assert_cmpfloat (kr_chart_data_get_value (data, pppk, 0), ==, 0);
  g_assert_true (kr_chart_data_is_empty (data));

  kr_chart_data_set_value (data, pns, 0, 30);
  kr_chart_data_set_value (data, pns, 1, 10);
  kr_chart_data_set_value (data, pppk, 1, -5);
  kr_chart_data_set_value (data, pppk, 0, NAN);
  g_assert_false (kr_chart_data_is_empty (data));
  g_assert_cmpfloat (kr_chart_data_get_value (data, pppk, 1), ==, 0);
  g_assert_cmpfloat (kr_chart_data_get_value (data, pppk, 0), ==, 0);
  g_assert_cmpfloat_with_epsilon (kr_chart_data_get_share (data, pns, 0), 75, 1e-9);
  g_assert_cmpfloat_with_epsilon (kr_chart_data_get_share (data, pns, 1), 25, 1e-9);
  g_assert_cmpfloat (kr_chart_data_get_share (data, pppk, 0), ==, 0);
  g_assert_cmpstr (kr_chart_data_get_category (data, 1), ==, "III/b");
  g_assert_cmpstr (kr_chart_data_get_series_name (data, 1), ==, "PPPK");

  /* Stacking is for bars only */
  kr_chart_data_set_stacked (data, TRUE);
  g_assert_true (kr_chart_data_get_stacked (data));
  {
    g_autoptr (KrChartData) line = kr_chart_data_new (KR_CHART_KIND_LINE);

    kr_chart_data_set_stacked (line, TRUE);
    g_assert_false (kr_chart_data_get_stacked (line));
  }

  /* A reference belongs to a distribution */
  {
    const double expected[] = { 10, 70 };

    kr_chart_data_set_reference (data, "Pola", expected, 2);
    g_assert_false (kr_chart_data_get_reference (data, 0, NULL));
  }
}

static void
test_nice_ticks (void)
{
  const struct
  {
    double max;
    guint max_ticks;
    double step;
    guint n_ticks;
  } cases[] = {
    { 100, 6, 20, 6 },     { 97, 6, 20, 6 }, { 101, 6, 50, 4 },
    { 7, 5, 2, 5 },        { 1, 5, 0.5, 3 }, { 0.3, 4, 0.1, 4 },
    { 12500, 6, 5000, 4 }, { 0, 5, 0.5, 3 }, { 45, 11, 5, 10 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double step;
      guint n;

      kr_chart_nice_ticks (cases[i].max, cases[i].max_ticks, &step, &n);
      g_test_message ("max %g: step %g, %u ticks", cases[i].max, step, n);
      g_assert_cmpfloat_with_epsilon (step, cases[i].step, 1e-9);
      g_assert_cmpuint (n, ==, cases[i].n_ticks);
      /* The last tick reaches the maximum, and no more ticks than wanted */
      g_assert_cmpfloat ((n - 1) * step, >=, MAX (cases[i].max, 0) - 1e-9);
      g_assert_cmpuint (n, <=, cases[i].max_ticks);
    }
}

static void
test_format (void)
{
  g_autoptr (KrChartData) data = kr_chart_data_new (KR_CHART_KIND_BAR_HORIZONTAL);
  g_autofree char *plain = kr_chart_format_value (data, 12);
  g_autofree char *unit = NULL;
  g_autofree char *decimal = NULL;
  g_autofree char *percent = NULL;

  g_assert_cmpstr (plain, ==, "12");
  kr_chart_data_set_unit (data, "JP");
  unit = kr_chart_format_value (data, 12.4);
  g_assert_cmpstr (unit, ==, "12 JP");
  kr_chart_data_set_decimals (data, 1);
  decimal = kr_chart_format_value (data, 12.46);
  g_assert_cmpstr (decimal, ==, "12.5 JP");
  kr_chart_data_set_unit (data, "%");
  kr_chart_data_set_decimals (data, 0);
  percent = kr_chart_format_value (data, 60);
  g_assert_cmpstr (percent, ==, "60%");
}

static void
test_describe (void)
{
  g_autoptr (KrChartData) bars = kr_chart_data_new (KR_CHART_KIND_BAR);
  g_autoptr (KrChartData) distribution = kr_chart_data_new (KR_CHART_KIND_DISTRIBUTION);
  g_autoptr (KrChartData) empty = kr_chart_data_new (KR_CHART_KIND_LINE);
  g_autoptr (KrChartData) single = kr_chart_data_new (KR_CHART_KIND_BAR);
  const double expected[] = { 10, 20, 70 };
  g_autofree char *text = NULL;

  kr_chart_data_set_title (bars, "Pegawai per golongan");
  kr_chart_data_add_series (bars, "PNS");
  kr_chart_data_add_series (bars, "PPPK");
  kr_chart_data_add_category (bars, "III");
  kr_chart_data_add_category (bars, "IV");
  kr_chart_data_set_value (bars, 0, 0, 12);
  kr_chart_data_set_value (bars, 1, 0, 3);
  kr_chart_data_set_value (bars, 0, 1, 5);
  text = kr_chart_describe (bars);
  g_assert_cmpstr (text, ==, "Pegawai per golongan\nIII: PNS 12, PPPK 3\nIV: PNS 5, PPPK 0");
  g_clear_pointer (&text, g_free);
  kr_chart_data_set_stacked (bars, TRUE);
  text = kr_chart_describe (bars);
  g_assert_cmpstr (text, ==,
                   "Pegawai per golongan\nIII: PNS 12, PPPK 3 (total 15)\nIV: PNS 5, PPPK 0 "
                   "(total 5)");
  g_clear_pointer (&text, g_free);

  kr_chart_data_add_series (distribution, "2025");
  kr_chart_data_add_category (distribution, "Kurang");
  kr_chart_data_add_category (distribution, "Baik");
  kr_chart_data_add_category (distribution, "Sangat Baik");
  kr_chart_data_set_value (distribution, 0, 0, 1);
  kr_chart_data_set_value (distribution, 0, 1, 30);
  kr_chart_data_set_value (distribution, 0, 2, 19);
  kr_chart_data_set_reference (distribution, "Pola distribusi", expected, 2);
  text = kr_chart_describe (distribution);
  g_assert_cmpstr (text, ==,
                   "Kurang: 1 (2%), Pola distribusi 10%\nBaik: 30 (60%), Pola distribusi "
                   "20%\nSangat Baik: 19 (38%)");
  g_clear_pointer (&text, g_free);

  kr_chart_data_set_unit (single, "JP");
  kr_chart_data_add_series (single, "JP");
  kr_chart_data_add_category (single, "Dinas Kesehatan");
  kr_chart_data_set_value (single, 0, 0, 40);
  text = kr_chart_describe (single);
  g_assert_cmpstr (text, ==, "Dinas Kesehatan: 40 JP");
  g_clear_pointer (&text, g_free);

  kr_chart_data_set_title (empty, "Tren");
  kr_chart_data_add_category (empty, "2024");
  text = kr_chart_describe (empty);
  g_assert_cmpstr (text, ==, "Tren\nNo data");
}

int
main (int argc, char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/chart-data/model", test_model);
  g_test_add_func ("/render/chart-data/nice-ticks", test_nice_ticks);
  g_test_add_func ("/render/chart-data/format", test_format);
  g_test_add_func ("/render/chart-data/describe", test_describe);
  return g_test_run ();
}
