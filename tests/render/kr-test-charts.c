/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kr-test-charts.h"

KrChartData *
kr_test_chart_bars (KrChartKind kind, gboolean stacked)
{
  KrChartData *data = kr_chart_data_new (kind);
  const char *categories[] = { "II/a", "III/a", "III/b", "IV/a" };
  const double pns[] = { 10, 20, 40, 5 };
  const double pppk[] = { 4, 0, 12, 1 };

  kr_chart_data_set_title (data, "Pegawai per golongan");
  kr_chart_data_set_axis_titles (data, "Golongan", "Pegawai");
  kr_chart_data_set_stacked (data, stacked);
  kr_chart_data_add_series (data, "PNS");
  if (stacked)
    kr_chart_data_add_series (data, "PPPK");
  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    {
      kr_chart_data_add_category (data, categories[c]);
      kr_chart_data_set_value (data, 0, c, pns[c]);
      if (stacked)
        kr_chart_data_set_value (data, 1, c, pppk[c]);
    }
  return data;
}

KrChartData *
kr_test_chart_line (void)
{
  KrChartData *data = kr_chart_data_new (KR_CHART_KIND_LINE);
  const double baik[] = { 60, 55, 70 };
  const double sangat[] = { 10, 20, 15 };

  kr_chart_data_set_title (data, "Tren predikat");
  kr_chart_data_set_unit (data, "%");
  kr_chart_data_add_series (data, "Baik");
  kr_chart_data_add_series (data, "Sangat Baik");
  for (guint c = 0; c < 3; c++)
    {
      g_autofree char *year = g_strdup_printf ("%u", 2023 + c);

      kr_chart_data_add_category (data, year);
      kr_chart_data_set_value (data, 0, c, baik[c]);
      kr_chart_data_set_value (data, 1, c, sangat[c]);
    }
  return data;
}

KrChartData *
kr_test_chart_distribution (void)
{
  KrChartData *data = kr_chart_data_new (KR_CHART_KIND_DISTRIBUTION);
  const char *predikat[] = { "Sangat Kurang", "Kurang", "Butuh Perbaikan", "Baik", "Sangat Baik" };
  const double counts[] = { 0, 2, 8, 30, 10 };
  const double expected[] = { 5, 10, 15, 60, 10 };

  kr_chart_data_set_title (data, "Distribusi predikat 2025");
  kr_chart_data_add_series (data, "2025");
  for (guint c = 0; c < 5; c++)
    {
      kr_chart_data_add_category (data, predikat[c]);
      kr_chart_data_set_value (data, 0, c, counts[c]);
    }
  kr_chart_data_set_reference (data, "Pola distribusi", expected, 5);
  return data;
}

KrChartData *
kr_test_chart_pyramid (void)
{
  KrChartData *data = kr_chart_data_new (KR_CHART_KIND_PYRAMID);
  const char *bands[] = { "20–24", "25–29", "30–34", "35–39" };
  const double men[] = { 3, 12, 20, 8 };
  const double women[] = { 5, 15, 10, 16 };

  kr_chart_data_set_title (data, "Piramida usia");
  kr_chart_data_set_axis_titles (data, "Usia", "Pegawai");
  kr_chart_data_add_series (data, "Laki-laki");
  kr_chart_data_add_series (data, "Perempuan");
  for (guint c = 0; c < 4; c++)
    {
      kr_chart_data_add_category (data, bands[c]);
      kr_chart_data_set_value (data, 0, c, men[c]);
      kr_chart_data_set_value (data, 1, c, women[c]);
    }
  return data;
}
