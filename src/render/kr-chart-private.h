/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-chart-data.h"

G_BEGIN_DECLS

struct _KrChartData
{
  KrChartKind kind;
  char *title;
  char *category_title;
  char *value_title;
  char *unit;
  guint decimals;
  gboolean stacked;
  GPtrArray *categories;   /* char * */
  GPtrArray *series_names; /* char * */
  GPtrArray *values;       /* GArray of double per series, one per category */
  char *reference_name;
  GArray *reference; /* double, per cent */
};

/* One drawn value: a bar, a stack segment, or a square around a line's point */
typedef struct
{
  guint series;
  guint category;
  double x, y, width, height;
} KrChartItem;

/* One legend entry: a swatch at (x, y) of the line's height, its text after it */
typedef struct
{
  int series; /* -1 for the reference */
  double x, y;
} KrChartLegendEntry;

struct _KrChartLayout
{
  KrChartData *data;
  double x, y, width, height;
  gboolean empty;
  double line_height; /* of one line of the style's font */
  double title_y;     /* top of the title, when there is one */
  GArray *legend;     /* KrChartLegendEntry */
  double plot_x, plot_y, plot_width, plot_height;
  double step; /* between ticks, in values */
  guint n_ticks;
  double axis_max;                 /* (n_ticks - 1) × step */
  double slot;                     /* the room of one category along the category axis */
  double label_right, label_width; /* where the category labels of a vertical axis end, and
                                    * the most they take */
  GArray *items;                   /* KrChartItem */
};

double _kr_chart_data_series_total (const KrChartData *data, guint series);
double _kr_chart_data_category_total (const KrChartData *data, guint category);
char *_kr_chart_format_share (double share);

/* Where the value axis puts @value: a y for vertical kinds, an x for horizontal bars, the
 * distance from the centre for a pyramid */
double _kr_chart_layout_value_position (const KrChartLayout *layout, double value);

/* The centre of category @category along the category axis */
double _kr_chart_layout_category_center (const KrChartLayout *layout, guint category);

/* Whether the category axis is vertical (horizontal bars, pyramid) */
gboolean _kr_chart_layout_is_horizontal (const KrChartLayout *layout);

/* Text helpers shared by layout and drawing */
PangoLayout *_kr_chart_text_layout (cairo_t *cr, const KrChartStyle *style, gboolean bold);
void _kr_chart_measure (cairo_t *cr,
                        const KrChartStyle *style,
                        const char *text,
                        gboolean bold,
                        double *width,
                        double *height);

/* The tick's text: its value (with a "%" on a distribution, absolute on a pyramid) */
char *_kr_chart_tick_label (const KrChartLayout *layout, guint tick);

G_END_DECLS
