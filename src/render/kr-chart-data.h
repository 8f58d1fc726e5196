/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "kr-chart-render.h"

G_BEGIN_DECLS

/* The charts of the dashboard drawn with cairo and Pango on any cairo_t (a widget's snapshot,
 * a PDF page, a PNG), in a rectangle given in the context's user units. No widgets: the
 * window, the printed report and the exported pictures draw the same charts, each with its
 * own #KrChartStyle (kr_chart_style_init_screen () or kr_chart_style_init_paper ()).
 *
 * A #KrChartData holds what to draw: categories (the bars' or points' labels), one or more
 * series of values (one value per category), a title, the titles of the two axes and the unit
 * of the values, all given by the caller in the language it wants. A #KrChartLayout places it
 * in a rectangle once per size and data; it is then drawn (kr_chart_render ()) and
 * hit-tested (kr_chart_hit ()) as often as needed. kr_chart_describe () gives the data as
 * plain text for the accessible description and a "show as table" view.
 *
 * Kinds:
 * - %KR_CHART_KIND_BAR: vertical bars, one group per category with a bar per series side by
 *   side, or one stack per category (kr_chart_data_set_stacked ()).
 * - %KR_CHART_KIND_BAR_HORIZONTAL: the same with horizontal bars, first category on top.
 * - %KR_CHART_KIND_LINE: one line per series through its values, categories left to right.
 * - %KR_CHART_KIND_DISTRIBUTION: each series' values drawn as shares of its total (the value
 *   axis is in per cent) with bars side by side, labelled "12 (24%)"; the reference
 *   (kr_chart_data_set_reference ()), e.g. the pola distribusi's expected shares in per cent,
 *   as a marker across each category.
 * - %KR_CHART_KIND_PYRAMID: exactly two series drawn back to back from a central axis,
 *   series 0 to the left and series 1 to the right (e.g. male / female), the first category
 *   at the bottom (e.g. the youngest age band).
 *
 * Values are not negative (a negative value is drawn as 0). A chart with no category, no
 * series, or only zeros is empty: it shows the style's empty text (or "Belum ada data") and
 * hits nothing. */

/**
 * KrChartKind:
 * @KR_CHART_KIND_BAR: vertical bars
 * @KR_CHART_KIND_BAR_HORIZONTAL: horizontal bars
 * @KR_CHART_KIND_LINE: lines
 * @KR_CHART_KIND_DISTRIBUTION: shares against a reference
 * @KR_CHART_KIND_PYRAMID: two sides back to back
 */
typedef enum
{
  KR_CHART_KIND_BAR,
  KR_CHART_KIND_BAR_HORIZONTAL,
  KR_CHART_KIND_LINE,
  KR_CHART_KIND_DISTRIBUTION,
  KR_CHART_KIND_PYRAMID,
} KrChartKind;

/**
 * KrChartData:
 *
 * What a chart shows. Reference counted; not thread safe while being changed.
 */
typedef struct _KrChartData KrChartData;

/**
 * kr_chart_data_new:
 * @kind: how to draw it
 *
 * Returns: (transfer full): an empty chart of @kind
 */
KrChartData *kr_chart_data_new (KrChartKind kind);
KrChartData *kr_chart_data_ref (KrChartData *data);
void kr_chart_data_unref (KrChartData *data);

KrChartKind kr_chart_data_get_kind (const KrChartData *data);

/**
 * kr_chart_data_set_title:
 * @data: a chart
 * @title: (nullable): drawn above the chart, bold; %NULL for none
 */
void kr_chart_data_set_title (KrChartData *data, const char *title);
const char *kr_chart_data_get_title (const KrChartData *data);

/**
 * kr_chart_data_set_axis_titles:
 * @data: a chart
 * @category_title: (nullable): the title of the category axis (e.g. "Golongan")
 * @value_title: (nullable): the title of the value axis (e.g. "Pegawai")
 */
void kr_chart_data_set_axis_titles (KrChartData *data,
                                    const char *category_title,
                                    const char *value_title);

/* The titles of the axes, %NULL when not set. */
const char *kr_chart_data_get_category_title (const KrChartData *data);
const char *kr_chart_data_get_value_title (const KrChartData *data);

/**
 * kr_chart_data_set_unit:
 * @data: a chart
 * @unit: (nullable): written after every value in value labels and the description, with a
 *   space (e.g. "JP"), or without one for "%"; %NULL for none. A distribution's shares are
 *   always in per cent.
 */
void kr_chart_data_set_unit (KrChartData *data, const char *unit);

/**
 * kr_chart_data_set_decimals:
 * @data: a chart
 * @decimals: the decimals of the values in labels and the description (0 to 3; 0 by
 *   default, as counts are)
 */
void kr_chart_data_set_decimals (KrChartData *data, guint decimals);

/**
 * kr_chart_data_set_stacked:
 * @data: a chart of kind %KR_CHART_KIND_BAR or %KR_CHART_KIND_BAR_HORIZONTAL
 * @stacked: whether the series of a category are stacked (and their total labelled) rather
 *   than side by side
 */
void kr_chart_data_set_stacked (KrChartData *data, gboolean stacked);
gboolean kr_chart_data_get_stacked (const KrChartData *data);

/**
 * kr_chart_data_add_category:
 * @data: a chart
 * @label: its label on the category axis
 *
 * Adds a category; every series gets a 0 for it.
 *
 * Returns: its index, from 0
 */
guint kr_chart_data_add_category (KrChartData *data, const char *label);

/**
 * kr_chart_data_add_series:
 * @data: a chart
 * @name: its name in the legend and the description
 *
 * Adds a series with 0 for every category.
 *
 * Returns: its index, from 0 (its colour is the style's series[index % 8])
 */
guint kr_chart_data_add_series (KrChartData *data, const char *name);

/**
 * kr_chart_data_set_value:
 * @data: a chart
 * @series: a series index
 * @category: a category index
 * @value: the value (not negative)
 */
void kr_chart_data_set_value (KrChartData *data, guint series, guint category, double value);

/**
 * kr_chart_data_set_reference:
 * @data: a chart of kind %KR_CHART_KIND_DISTRIBUTION
 * @name: (nullable): the reference's name in the legend and the description (e.g. "Pola
 *   distribusi"); %NULL to remove the reference
 * @values: (array length=n_values) (nullable): one expected share per category in per cent
 *   (0 to 100), in category order, a negative value for a category without a marker; copied
 * @n_values: how many; categories beyond them have no marker
 */
void kr_chart_data_set_reference (KrChartData *data,
                                  const char *name,
                                  const double *values,
                                  guint n_values);

guint kr_chart_data_get_n_categories (const KrChartData *data);
guint kr_chart_data_get_n_series (const KrChartData *data);
const char *kr_chart_data_get_category (const KrChartData *data, guint category);
const char *kr_chart_data_get_series_name (const KrChartData *data, guint series);
double kr_chart_data_get_value (const KrChartData *data, guint series, guint category);

/**
 * kr_chart_data_get_share:
 * @data: a chart
 * @series: a series index
 * @category: a category index
 *
 * Returns: the value as a share of its series' total in per cent (0 when the total is 0)
 */
double kr_chart_data_get_share (const KrChartData *data, guint series, guint category);

/**
 * kr_chart_data_get_reference:
 * @data: a chart
 * @category: a category index
 * @value: (out) (optional): the expected share in per cent
 *
 * Returns: whether @category has a reference marker
 */
gboolean kr_chart_data_get_reference (const KrChartData *data, guint category, double *value);

/**
 * kr_chart_data_is_empty:
 * @data: a chart
 *
 * Returns: whether it has no category, no series, or only zeros
 */
gboolean kr_chart_data_is_empty (const KrChartData *data);

/**
 * kr_chart_format_value:
 * @data: a chart (its decimals and unit)
 * @value: a value
 *
 * Returns: (transfer full): @value as labels show it, with the unit and without grouping:
 *   "12", "12.5 JP", "1234", "60%"
 */
char *kr_chart_format_value (const KrChartData *data, double value);

/**
 * kr_chart_describe:
 * @data: a chart
 *
 * The data as plain text, one line per category after the title: "IV/a: PNS 12, PPPK 3
 * (total 15)" for stacked bars, "Baik: 30 (60%), Pola distribusi 50%" for a distribution,
 * "Gol. III: 12 JP" for one series. An empty chart says "No data" after its title.
 *
 * Returns: (transfer full): the text
 */
char *kr_chart_describe (const KrChartData *data);

/**
 * kr_chart_nice_ticks:
 * @max: the largest value to show (from 0)
 * @max_ticks: the most ticks wanted (at least 2)
 * @step: (out): the step between ticks: 1, 2 or 5 times a power of ten
 * @n_ticks: (out): how many ticks from 0 (0, step, 2 step, ...), the last at or above @max
 *
 * "Nice" ticks of a value axis from 0 to at least @max. With @max ≤ 0 the axis runs 0 to 1.
 */
void kr_chart_nice_ticks (double max, guint max_ticks, double *step, guint *n_ticks);

/**
 * KrChartLayout:
 *
 * Where everything of one chart goes in one rectangle. Opaque; holds a reference to the data.
 */
typedef struct _KrChartLayout KrChartLayout;

/**
 * kr_chart_layout_new:
 * @data: the chart
 * @x: the left of the rectangle
 * @y: its top
 * @width: its width
 * @height: its height
 * @style: the style it will be drawn with (its font sets the room for the labels)
 *
 * Measures the labels on a scratch surface, so the geometry does not depend on the target.
 *
 * Returns: (transfer full): the layout
 */
KrChartLayout *kr_chart_layout_new (KrChartData *data,
                                    double x,
                                    double y,
                                    double width,
                                    double height,
                                    const KrChartStyle *style);
void kr_chart_layout_free (KrChartLayout *layout);

/**
 * kr_chart_layout_get_plot:
 * @layout: a layout
 * @x: (out) (optional): the left of the plot area (inside the axes)
 * @y: (out) (optional): its top
 * @width: (out) (optional): its width
 * @height: (out) (optional): its height
 */
void kr_chart_layout_get_plot (const KrChartLayout *layout,
                               double *x,
                               double *y,
                               double *width,
                               double *height);

/**
 * kr_chart_layout_get_ticks:
 * @layout: a layout
 * @step: (out) (optional): the step between ticks, in values (per cent for a distribution)
 *
 * Returns: the number of ticks from 0 (0 for an empty chart); for a pyramid, per side
 */
guint kr_chart_layout_get_ticks (const KrChartLayout *layout, double *step);

/**
 * kr_chart_layout_get_tick_position:
 * @layout: a layout
 * @tick: a tick, from 0
 *
 * Returns: where tick @tick (value @tick × step) is on the value axis: a y for vertical
 *   bars, lines and distributions, an x for horizontal bars, and an x right of the centre for
 *   a pyramid; -1 when out of range
 */
double kr_chart_layout_get_tick_position (const KrChartLayout *layout, guint tick);

/**
 * kr_chart_layout_get_item:
 * @layout: a layout
 * @series: a series index
 * @category: a category index
 * @x: (out) (optional): the left of its bar (for a line, of a square around its point)
 * @y: (out) (optional): its top
 * @width: (out) (optional): its width
 * @height: (out) (optional): its height
 *
 * Where the value of @series at @category is drawn. A zero bar has no width or no height.
 *
 * Returns: %FALSE when out of range or the chart is empty
 */
gboolean kr_chart_layout_get_item (const KrChartLayout *layout,
                                   guint series,
                                   guint category,
                                   double *x,
                                   double *y,
                                   double *width,
                                   double *height);

/**
 * kr_chart_hit:
 * @layout: a layout
 * @x: a point in the layout's user units
 * @y: a point
 * @series: (out) (optional): the series under the point
 * @category: (out) (optional): the category under the point
 *
 * What the pointer is on, for tooltips and click-through: a bar (or a segment of a stack);
 * on a line chart, the point nearest to @y in the category column under @x.
 *
 * Returns: whether something is under the point
 */
gboolean
kr_chart_hit (const KrChartLayout *layout, double x, double y, guint *series, guint *category);

/**
 * kr_chart_render:
 * @cr: the context to draw on
 * @layout: where things go
 * @style: how it looks (the one the layout was made with)
 *
 * Draws the title, the legend, the axes with their ticks and titles, the bars, lines or
 * markers with their value labels, or the empty state.
 */
void kr_chart_render (cairo_t *cr, const KrChartLayout *layout, const KrChartStyle *style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrChartData, kr_chart_data_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrChartLayout, kr_chart_layout_free)

G_END_DECLS
