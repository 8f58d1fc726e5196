/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kr-chart-data.h"

G_BEGIN_DECLS

#define KR_TYPE_CHART (kr_chart_get_type ())

G_DECLARE_FINAL_TYPE (KrChart, kr_chart, KR, CHART, GtkWidget)

/* A chart of kr-chart-data.h on screen: drawn by the render layer with the screen style of
 * the light or dark appearance (following AdwStyleManager) and the widget's font, redrawn from
 * a layout kept per size and data.
 *
 * The value under the pointer shows in a tooltip ("IV/a — PNS: 12"). A click on a bar, or
 * Enter / Space on the bar the arrow keys moved to (Left / Right: category, Up / Down:
 * series), emits "item-activated" (guint series, guint category) when the chart is
 * activatable. To assistive technologies the chart is an image labelled with its title and
 * described with its data (kr_chart_describe ()); "show-table" switches the picture for the
 * same data as a table, which screen readers and the eye read row by row. */
GtkWidget *kr_chart_new (void);

/* Shows @data (a reference is taken; NULL: an empty chart). Change the data only through a
 * new one: the layout is kept until the data or the size changes. */
void kr_chart_set_data (KrChart *self, KrChartData *data);
KrChartData *kr_chart_get_data (KrChart *self);

/* The accessible label when the data has no title (a card that shows the title above the
 * chart draws it without one). */
void kr_chart_set_title (KrChart *self, const char *title);

/* Whether clicking a bar emits "item-activated" (and the pointer becomes a hand over bars). */
void kr_chart_set_activatable (KrChart *self, gboolean activatable);
gboolean kr_chart_get_activatable (KrChart *self);

/* Whether the data shows as a table instead of the picture. */
void kr_chart_set_show_table (KrChart *self, gboolean show_table);
gboolean kr_chart_get_show_table (KrChart *self);

/* The accessible label (the title) and description (the data as text). */
const char *kr_chart_get_label (KrChart *self);
const char *kr_chart_get_description (KrChart *self);

/* The tooltip's text for the value of @series at @category ("IV/a — PNS: 12"), NULL when out
 * of range. */
char *kr_chart_get_item_text (KrChart *self, guint series, guint category);

/* The bar under a point of the widget, at its present size (FALSE: none, or not laid out). */
gboolean kr_chart_pick (KrChart *self, double x, double y, guint *series, guint *category);

/* Where the value of @series at @category is drawn, in the widget's coordinates. */
gboolean
kr_chart_get_item_rect (KrChart *self, guint series, guint category, graphene_rect_t *rect);

/* The bar the keyboard is on. */
void kr_chart_get_focus_item (KrChart *self, guint *series, guint *category);

/* The number of rows of the table (one per category), for tests. */
guint kr_chart_get_n_table_rows (KrChart *self);

/* What a click at (@x, @y) does (tests click through this, as the gesture does). */
void _kr_chart_click (KrChart *self, double x, double y);

G_END_DECLS
