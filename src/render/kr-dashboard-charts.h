/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "kr-chart-data.h"
#include "kr-dashboard.h"

G_BEGIN_DECLS

/* The charts of the dashboard (issue 8), built from a #KrDashboardSnapshot for the window, the
 * printed report, the exported pictures and `karier-tool report dashboard` alike. */

/**
 * KrDashboardChart:
 * @KR_DASHBOARD_CHART_EMPLOYEE_KINDS: headcount per employee kind (bars)
 * @KR_DASHBOARD_CHART_GOLONGAN: headcount per golongan (bars)
 * @KR_DASHBOARD_CHART_POSITION_KINDS: headcount per position kind (horizontal bars)
 * @KR_DASHBOARD_CHART_PYRAMID: age × gender (pyramid: series 0 men, 1 women)
 * @KR_DASHBOARD_CHART_PREDIKAT: the year's predikat against the pola distribusi (distribution)
 * @KR_DASHBOARD_CHART_PREDIKAT_TREND: the predikat shares year by year (line, one series per
 *   predikat, categories the years)
 * @KR_DASHBOARD_CHART_TRAINING_JP: JP achieved and owed per perangkat daerah (horizontal bars,
 *   series 0 achieved, 1 duty)
 * @KR_DASHBOARD_CHART_TRAINING_BUDGET: budget spent, committed and allocated per perangkat
 *   daerah, in millions of rupiah (horizontal bars)
 * @KR_DASHBOARD_CHART_PROMOTIONS: effective promotions per period (bars)
 * @KR_DASHBOARD_CHART_RETIREMENTS: retirements per year, five years (bars)
 * @KR_DASHBOARD_N_CHARTS: the number of charts
 *
 * The 9-box is not a #KrChartData: it is drawn by kr-talent-grid.h from the snapshot's
 * @talent.
 */
typedef enum
{
  KR_DASHBOARD_CHART_EMPLOYEE_KINDS,
  KR_DASHBOARD_CHART_GOLONGAN,
  KR_DASHBOARD_CHART_POSITION_KINDS,
  KR_DASHBOARD_CHART_PYRAMID,
  KR_DASHBOARD_CHART_PREDIKAT,
  KR_DASHBOARD_CHART_PREDIKAT_TREND,
  KR_DASHBOARD_CHART_TRAINING_JP,
  KR_DASHBOARD_CHART_TRAINING_BUDGET,
  KR_DASHBOARD_CHART_PROMOTIONS,
  KR_DASHBOARD_CHART_RETIREMENTS,
  KR_DASHBOARD_N_CHARTS,
} KrDashboardChart;

/**
 * KrDashboardLanguage:
 * @KR_DASHBOARD_LANGUAGE_UI: the user interface's language (gettext), for the window
 * @KR_DASHBOARD_LANGUAGE_INDONESIAN: Indonesian whatever the locale, for official paper
 *
 * The language of titles, axes and series names. Official terms (golongan, predikat, JPT
 * Pratama) stay Indonesian in both.
 */
typedef enum
{
  KR_DASHBOARD_LANGUAGE_UI,
  KR_DASHBOARD_LANGUAGE_INDONESIAN,
} KrDashboardLanguage;

/* The part of the snapshot @chart is built from. */
KrDashboardParts kr_dashboard_chart_get_part (KrDashboardChart chart);

/* A short name of @chart ("golongan", "pyramid", …) for file names and the command line, and the
 * chart back from it (-1 when unknown). */
const char *kr_dashboard_chart_get_id (KrDashboardChart chart);
int kr_dashboard_chart_from_id (const char *id);

/**
 * kr_dashboard_chart_build:
 * @snapshot: a snapshot with the chart's part loaded
 * @chart: which chart
 * @language: the language of its words
 *
 * Returns: (transfer full): the chart's data with title, axis titles and unit; an empty
 *   chart when the part is not loaded or has nothing
 */
KrChartData *kr_dashboard_chart_build (const KrDashboardSnapshot *snapshot,
                                       KrDashboardChart chart,
                                       KrDashboardLanguage language);

/**
 * kr_dashboard_chart_get_filter:
 * @snapshot: the snapshot the chart was built from
 * @chart: which chart
 * @series: the series hit (kr_chart_hit ())
 * @category: the category hit
 * @filter: (out caller-allocates): the employees behind it (kr_dashboard_filter_clear ())
 *
 * Returns: whether the bar names employees (a reference marker, a duty or a budget does not)
 */
gboolean kr_dashboard_chart_get_filter (const KrDashboardSnapshot *snapshot,
                                        KrDashboardChart chart,
                                        guint series,
                                        guint category,
                                        KrDashboardFilter *filter);

/**
 * KrChartFormat:
 * @KR_CHART_FORMAT_PNG: a picture at 2× (for slides)
 * @KR_CHART_FORMAT_PDF: one page the size of the chart
 * @KR_CHART_FORMAT_SVG: vector
 */
typedef enum
{
  KR_CHART_FORMAT_PNG,
  KR_CHART_FORMAT_PDF,
  KR_CHART_FORMAT_SVG,
} KrChartFormat;

/* The format of a file name's extension (.png, .pdf, .svg, any case); FALSE when none. */
gboolean kr_chart_format_from_filename (const char *filename, KrChartFormat *format);

/**
 * kr_chart_export:
 * @data: the chart
 * @format: the format
 * @width: the width in points (PDF, SVG) or 1/2 pixels (PNG)
 * @height: the height
 * @file: where to write, replaced atomically (nothing is left behind on error)
 * @error: a #GError
 *
 * Writes @data drawn with the paper style (white background, paper palette).
 *
 * Returns: %FALSE with @error (G_IO_ERROR, naming the file)
 */
gboolean kr_chart_export (KrChartData *data,
                          KrChartFormat format,
                          double width,
                          double height,
                          GFile *file,
                          GError **error);

G_END_DECLS
