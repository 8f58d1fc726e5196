/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

#include "kr-appraisal.h"

G_BEGIN_DECLS

/* Charts of performance appraisal drawn with cairo and Pango on any cairo_t (a widget's
 * snapshot, a PDF page), in a rectangle given in the context's user units. No widgets: the
 * window and the printed documents draw the same charts, each with its own colours. The
 * labels on the charts are the official Indonesian terms and are not translated. */

/**
 * KrChartColor:
 * @red: 0 to 1
 * @green: 0 to 1
 * @blue: 0 to 1
 * @alpha: 0 to 1
 */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} KrChartColor;

/**
 * KrChartStyle:
 * @foreground: text, axes and the line of the trend
 * @background: behind the chart; transparent (alpha 0) to draw nothing behind it
 * @accent: the bars and the markers of SKP results
 * @font: the font of the labels, owned by the style; its size is in the context's user units
 *   (points on paper, pixels on screen) when set with an absolute size
 * @empty_text: (nullable): what a chart without data says, not owned; %NULL for the
 *   Indonesian of the printed documents ("Belum ada hasil penilaian kinerja", "Belum ada
 *   pegawai yang dinilai", and "Belum ada data" for the charts of kr-chart-data.h)
 * @muted: grid lines, tick labels and axis titles (a softer foreground)
 * @reference: the markers of a distribution's reference (the expected shares)
 * @series: the colours of the series of the charts of kr-chart-data.h, in order (series
 *   %KR_CHART_N_SERIES_COLORS and later reuse them); the Okabe–Ito colour-blind-safe set
 *
 * How a chart looks. Initialise with kr_chart_style_init_paper () or
 * kr_chart_style_init_screen () and change what differs; clear with kr_chart_style_clear ().
 */
#define KR_CHART_N_SERIES_COLORS 8

typedef struct
{
  KrChartColor foreground;
  KrChartColor background;
  KrChartColor accent;
  PangoFontDescription *font;
  const char *empty_text;
  KrChartColor muted;
  KrChartColor reference;
  KrChartColor series[KR_CHART_N_SERIES_COLORS];
} KrChartStyle;

/**
 * kr_chart_style_init_paper:
 * @style: (out caller-allocates): a style to fill
 *
 * Fills @style for paper: black text on white, the GNOME blue (#3584e4) accent, and 7 points
 * of Liberation Sans (or the system's sans serif).
 */
void kr_chart_style_init_paper (KrChartStyle *style);

/**
 * kr_chart_style_init_screen:
 * @style: (out caller-allocates): a style to fill
 * @dark: whether the window uses the dark style (adw_style_manager_get_dark ())
 *
 * Fills @style for the window, light or dark: the GNOME foreground and accent of that style,
 * the Okabe–Ito series colours (lightened where needed to stand out on a dark background),
 * a transparent background so the widget's own shows through, and 13 pixels of the system's
 * sans serif; set the widget's font with kr_chart_style_set_font ().
 */
void kr_chart_style_init_screen (KrChartStyle *style, gboolean dark);

/**
 * kr_chart_style_set_font:
 * @style: a style
 * @font: (nullable): the font of the labels, copied; %NULL for the paper font
 */
void kr_chart_style_set_font (KrChartStyle *style, const PangoFontDescription *font);

/**
 * kr_chart_style_clear:
 * @style: a style
 *
 * Frees what @style holds; it can be initialised again.
 */
void kr_chart_style_clear (KrChartStyle *style);

/**
 * kr_chart_render_trend:
 * @cr: the context to draw on
 * @x: the left of the chart
 * @y: its top
 * @width: its width
 * @height: its height
 * @points: (array length=n_points) (nullable): one point per year, in any order
 * @n_points: the number of points
 * @style: how it looks
 *
 * Draws an employee's predikat year by year on five levels, labelled from "Sangat Kurang" at
 * the bottom to "Sangat Baik" at the top, joined by a line. Points of the PermenPANRB regime
 * are filled discs; PP 46/2011 points are hollow rings labelled with their score and sebutan,
 * and the line between the two regimes is dashed. Without points it says so in the middle.
 */
void kr_chart_render_trend (cairo_t *cr,
                            double x,
                            double y,
                            double width,
                            double height,
                            const KrAppraisalTrendPoint *points,
                            guint n_points,
                            const KrChartStyle *style);

/**
 * kr_chart_render_distribution:
 * @cr: the context to draw on
 * @x: the left of the chart
 * @y: its top
 * @width: its width
 * @height: its height
 * @counts: how many employees hold each predikat, indexed by #KrPredikat
 * @style: how it looks
 *
 * Draws the pola distribusi: one bar per predikat from "Sangat Kurang" to "Sangat Baik", each
 * with its count and share ("12 (24%)"), and a curve through the tops of the bars. When every
 * count is 0 it says so in the middle.
 */
void kr_chart_render_distribution (cairo_t *cr,
                                   double x,
                                   double y,
                                   double width,
                                   double height,
                                   const guint counts[KR_N_PREDIKAT],
                                   const KrChartStyle *style);

/* The geometry the renderers use, for tests and for pointing at a point under the mouse. */

/**
 * kr_chart_trend_get_point_position:
 * @x: the left of the chart, as given to kr_chart_render_trend ()
 * @y: its top
 * @width: its width
 * @height: its height
 * @points: (array length=n_points): the points, as given
 * @n_points: the number of points
 * @index: which point
 * @style: the style, as given (its font sets the room for the labels)
 * @px: (out): the centre of its marker
 * @py: (out): the centre of its marker
 *
 * Returns: %FALSE when @index is out of range
 */
gboolean kr_chart_trend_get_point_position (double x,
                                            double y,
                                            double width,
                                            double height,
                                            const KrAppraisalTrendPoint *points,
                                            guint n_points,
                                            guint index,
                                            const KrChartStyle *style,
                                            double *px,
                                            double *py);

G_END_DECLS
