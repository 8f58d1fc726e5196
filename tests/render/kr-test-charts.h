/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-chart-data.h"

G_BEGIN_DECLS

/* The charts the chart tests draw, with known values. */

/* "Pegawai per golongan": II/a, III/a, III/b, IV/a; PNS 10, 20, 40, 5; when @stacked also
 * PPPK 4, 0, 12, 1 */
KrChartData *kr_test_chart_bars (KrChartKind kind, gboolean stacked);

/* "Tren predikat" 2023–2025 in %: Baik 60, 55, 70; Sangat Baik 10, 20, 15 */
KrChartData *kr_test_chart_line (void);

/* "Distribusi predikat 2025": counts 0, 2, 8, 30, 10 from Sangat Kurang; "Pola distribusi"
 * 5, 10, 15, 60, 10 % */
KrChartData *kr_test_chart_distribution (void);

/* "Piramida usia": 20–24 … 35–39; Laki-laki 3, 12, 20, 8; Perempuan 5, 15, 10, 16 */
KrChartData *kr_test_chart_pyramid (void);

G_END_DECLS
