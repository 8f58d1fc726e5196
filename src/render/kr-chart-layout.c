/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-chart-layout"

#include "config.h"

#include "kr-chart-private.h"

#include <math.h>
#include <pango/pangocairo.h>

/* Room, in lines of the style's font */
#define PAD          0.5 /* around the chart and between its parts */
#define TITLE_LINES  1.4 /* the bold title */
#define LEGEND_LINES 1.3 /* one row of the legend */
#define TICK_SPACING 2.5 /* the least room between ticks of a vertical axis */
#define MAX_LABEL_PART                                                                             \
  0.35               /* the most of the width the category labels of a horizontal axis take */
#define LINE_HIT 0.6 /* half the side of the square around a line's point */

/* Text */

PangoLayout *
_kr_chart_text_layout (cairo_t *cr, const KrChartStyle *style, gboolean bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr (PangoFontDescription) font = pango_font_description_copy (style->font);

  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  return layout;
}

void
_kr_chart_measure (cairo_t *cr,
                   const KrChartStyle *style,
                   const char *text,
                   gboolean bold,
                   double *width,
                   double *height)
{
  g_autoptr (PangoLayout) layout = _kr_chart_text_layout (cr, style, bold);
  int w, h;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

char *
_kr_chart_tick_label (const KrChartLayout *layout, guint tick)
{
  double value = tick * layout->step;
  int decimals = layout->step < 1 ? (int) ceil (-log10 (layout->step) - 1e-9) : 0;

  if (layout->data->kind == KR_CHART_KIND_DISTRIBUTION)
    return g_strdup_printf ("%.*f%%", decimals, value);
  return g_strdup_printf ("%.*f", decimals, value);
}

/* Geometry */

gboolean
_kr_chart_layout_is_horizontal (const KrChartLayout *layout)
{
  return layout->data->kind == KR_CHART_KIND_BAR_HORIZONTAL ||
         layout->data->kind == KR_CHART_KIND_PYRAMID;
}

double
_kr_chart_layout_value_position (const KrChartLayout *layout, double value)
{
  double fraction = layout->axis_max > 0 ? value / layout->axis_max : 0;

  switch (layout->data->kind)
    {
    case KR_CHART_KIND_BAR_HORIZONTAL:
      return layout->plot_x + fraction * layout->plot_width;
    case KR_CHART_KIND_PYRAMID:
      return fraction * layout->plot_width / 2;
    case KR_CHART_KIND_BAR:
    case KR_CHART_KIND_LINE:
    case KR_CHART_KIND_DISTRIBUTION:
    default:
      return layout->plot_y + layout->plot_height - fraction * layout->plot_height;
    }
}

double
_kr_chart_layout_category_center (const KrChartLayout *layout, guint category)
{
  switch (layout->data->kind)
    {
    case KR_CHART_KIND_BAR_HORIZONTAL:
      return layout->plot_y + layout->slot * (category + 0.5);
    case KR_CHART_KIND_PYRAMID:
      return layout->plot_y + layout->plot_height - layout->slot * (category + 0.5);
    case KR_CHART_KIND_BAR:
    case KR_CHART_KIND_LINE:
    case KR_CHART_KIND_DISTRIBUTION:
    default:
      return layout->plot_x + layout->slot * (category + 0.5);
    }
}

/* The value the axis must reach */
static double
value_max (const KrChartData *data)
{
  guint n_series = kr_chart_data_get_n_series (data);
  guint n_categories = kr_chart_data_get_n_categories (data);
  double max = 0;

  for (guint c = 0; c < n_categories; c++)
    {
      double reference;

      if (kr_chart_data_get_stacked (data))
        max = MAX (max, _kr_chart_data_category_total (data, c));
      else
        for (guint s = 0; s < n_series; s++)
          max = MAX (max, data->kind == KR_CHART_KIND_DISTRIBUTION
                              ? kr_chart_data_get_share (data, s, c)
                              : kr_chart_data_get_value (data, s, c));
      if (kr_chart_data_get_reference (data, c, &reference))
        max = MAX (max, reference);
    }
  return max;
}

/* The widest text a value label may show, for the room at the end of horizontal bars */
static double
widest_value_label (cairo_t *cr, const KrChartLayout *layout, const KrChartStyle *style)
{
  g_autofree char *text = kr_chart_format_value (layout->data, value_max (layout->data));
  double width;

  _kr_chart_measure (cr, style, text, FALSE, &width, NULL);
  return width;
}

static double
widest_tick_label (cairo_t *cr, const KrChartLayout *layout, const KrChartStyle *style)
{
  double widest = 0;

  for (guint t = 0; t < layout->n_ticks; t++)
    {
      g_autofree char *text = _kr_chart_tick_label (layout, t);
      double width;

      _kr_chart_measure (cr, style, text, FALSE, &width, NULL);
      widest = MAX (widest, width);
    }
  return widest;
}

static void
set_ticks (KrChartLayout *layout, guint max_ticks)
{
  double max = value_max (layout->data);

  kr_chart_nice_ticks (max, max_ticks, &layout->step, &layout->n_ticks);
  if (layout->data->decimals == 0 && layout->step < 1)
    {
      layout->step = 1;
      layout->n_ticks = (guint) ceil (MAX (max, 1) - 1e-9) + 1;
    }
  layout->axis_max = (layout->n_ticks - 1) * layout->step;
}

/* The legend's rows from @top; returns the height it takes */
static double
place_legend (cairo_t *cr, KrChartLayout *layout, const KrChartStyle *style, double top)
{
  const KrChartData *data = layout->data;
  guint n_series = kr_chart_data_get_n_series (data);
  double lh = layout->line_height;
  double left = layout->x + lh * PAD, right = layout->x + layout->width - lh * PAD;
  double cx = left, cy = top;
  gboolean with_reference =
      data->reference_name != NULL && data->kind == KR_CHART_KIND_DISTRIBUTION;
  /* One series needs no legend, unless a reference stands beside it */
  gboolean with_series = n_series > 1 || data->kind == KR_CHART_KIND_PYRAMID || with_reference;
  int first = with_series ? 0 : (int) n_series;

  if (!with_series)
    return 0;
  for (int s = first; s <= (int) n_series; s++)
    {
      const char *text;
      double width;
      KrChartLegendEntry entry;

      if (s == (int) n_series)
        {
          if (!with_reference)
            break;
          text = data->reference_name;
        }
      else
        text = kr_chart_data_get_series_name (data, s);
      _kr_chart_measure (cr, style, text, FALSE, &width, NULL);
      width += lh * 1.2; /* the swatch and a gap */
      if (cx > left && cx + width > right)
        {
          cx = left;
          cy += lh * LEGEND_LINES;
        }
      entry = (KrChartLegendEntry){ s == (int) n_series ? -1 : s, cx, cy };
      g_array_append_val (layout->legend, entry);
      cx += width + lh * 1.2;
    }
  return cy - top + lh * LEGEND_LINES;
}

static void
add_item (KrChartLayout *layout, guint s, guint c, double x, double y, double w, double h)
{
  KrChartItem item = { s, c, x, y, MAX (w, 0), MAX (h, 0) };

  g_array_append_val (layout->items, item);
}

static void
place_items (KrChartLayout *layout)
{
  const KrChartData *data = layout->data;
  guint n_series = kr_chart_data_get_n_series (data);
  guint n_categories = kr_chart_data_get_n_categories (data);
  gboolean stacked = kr_chart_data_get_stacked (data);
  double group = layout->slot * (stacked || n_series == 1 ? 0.6 : 0.8);
  double thickness = stacked ? group : group / MAX (n_series, 1);
  double half = layout->line_height * LINE_HIT;

  for (guint c = 0; c < n_categories; c++)
    {
      double center = _kr_chart_layout_category_center (layout, c);
      double sum = 0;

      for (guint s = 0; s < n_series; s++)
        {
          double value = data->kind == KR_CHART_KIND_DISTRIBUTION
                             ? kr_chart_data_get_share (data, s, c)
                             : kr_chart_data_get_value (data, s, c);
          double start = stacked ? sum : 0, end = start + value;
          double across = stacked ? center - group / 2 : center - group / 2 + s * thickness;

          sum = end;
          switch (data->kind)
            {
            case KR_CHART_KIND_PYRAMID:
              {
                double cx = layout->plot_x + layout->plot_width / 2;
                double d = _kr_chart_layout_value_position (layout, value);

                if (s < 2)
                  add_item (layout, s, c, s == 0 ? cx - d : cx, center - layout->slot * 0.4, d,
                            layout->slot * 0.8);
              }
              break;
            case KR_CHART_KIND_LINE:
              {
                double py = _kr_chart_layout_value_position (layout, value);

                add_item (layout, s, c, center - half, py - half, 2 * half, 2 * half);
              }
              break;
            case KR_CHART_KIND_BAR_HORIZONTAL:
              {
                double x0 = _kr_chart_layout_value_position (layout, start);
                double x1 = _kr_chart_layout_value_position (layout, end);

                add_item (layout, s, c, x0, across, x1 - x0, thickness);
              }
              break;
            case KR_CHART_KIND_BAR:
            case KR_CHART_KIND_DISTRIBUTION:
            default:
              {
                double y0 = _kr_chart_layout_value_position (layout, start);
                double y1 = _kr_chart_layout_value_position (layout, end);

                add_item (layout, s, c, across, y1, thickness, y0 - y1);
              }
              break;
            }
        }
    }
}

KrChartLayout *
kr_chart_layout_new (KrChartData *data,
                     double x,
                     double y,
                     double width,
                     double height,
                     const KrChartStyle *style)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  KrChartLayout *layout;
  double lh, top, bottom, left, right;
  guint n_categories;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (style != NULL && style->font != NULL, NULL);

  layout = g_new0 (KrChartLayout, 1);
  layout->data = kr_chart_data_ref (data);
  layout->x = x;
  layout->y = y;
  layout->width = MAX (width, 1);
  layout->height = MAX (height, 1);
  layout->legend = g_array_new (FALSE, FALSE, sizeof (KrChartLegendEntry));
  layout->items = g_array_new (FALSE, FALSE, sizeof (KrChartItem));
  layout->empty = kr_chart_data_is_empty (data);
  n_categories = kr_chart_data_get_n_categories (data);

  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cr = cairo_create (surface);
  _kr_chart_measure (cr, style, "0", FALSE, NULL, &layout->line_height);
  lh = layout->line_height = MAX (layout->line_height, 1);

  top = y + lh * PAD;
  if (data->title != NULL)
    {
      layout->title_y = top;
      top += lh * TITLE_LINES;
    }
  bottom = y + layout->height - lh * PAD;
  left = x + lh * PAD;
  right = x + layout->width - lh * PAD;
  if (!layout->empty)
    top += place_legend (cr, layout, style, top);

  if (layout->empty)
    {
      layout->plot_x = left;
      layout->plot_y = top;
      layout->plot_width = MAX (right - left, 0);
      layout->plot_height = MAX (bottom - top, 0);
    }
  else if (_kr_chart_layout_is_horizontal (layout))
    {
      double widest = 0, value_room = widest_value_label (cr, layout, style) + lh * PAD;

      for (guint c = 0; c < n_categories; c++)
        {
          double w;

          _kr_chart_measure (cr, style, kr_chart_data_get_category (data, c), FALSE, &w, NULL);
          widest = MAX (widest, w);
        }
      if (data->category_title != NULL)
        left += lh * (1 + PAD);
      layout->label_width = MIN (widest, layout->width * MAX_LABEL_PART);
      layout->label_right = left + layout->label_width;
      left = layout->label_right + lh * PAD;
      bottom -= lh * (1 + PAD); /* tick labels */
      if (data->value_title != NULL)
        bottom -= lh * (1 + PAD);
      right -= value_room;
      if (data->kind == KR_CHART_KIND_PYRAMID)
        left += value_room;
      layout->plot_x = left;
      layout->plot_y = top;
      layout->plot_width = MAX (right - left, 1);
      layout->plot_height = MAX (bottom - top, 1);
      set_ticks (layout, 5);
      {
        double label = widest_tick_label (cr, layout, style) + lh * 1.5;
        double room =
            data->kind == KR_CHART_KIND_PYRAMID ? layout->plot_width / 2 : layout->plot_width;

        set_ticks (layout,
                   (guint) CLAMP (room / label, 2, data->kind == KR_CHART_KIND_PYRAMID ? 6 : 11));
      }
      layout->slot = layout->plot_height / MAX (n_categories, 1);
    }
  else
    {
      double plot_top = top + lh; /* value labels above the highest bar */

      bottom -= lh * (1 + PAD); /* category labels */
      if (data->category_title != NULL)
        bottom -= lh * (1 + PAD);
      set_ticks (layout, (guint) CLAMP ((bottom - plot_top) / (lh * TICK_SPACING), 2, 11));
      if (data->value_title != NULL)
        left += lh * (1 + PAD);
      left += widest_tick_label (cr, layout, style) + lh * PAD;
      layout->plot_x = left;
      layout->plot_y = plot_top;
      layout->plot_width = MAX (right - left, 1);
      layout->plot_height = MAX (bottom - plot_top, 1);
      layout->slot = layout->plot_width / MAX (n_categories, 1);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  if (!layout->empty)
    place_items (layout);
  return layout;
}

void
kr_chart_layout_free (KrChartLayout *layout)
{
  if (layout == NULL)
    return;
  kr_chart_data_unref (layout->data);
  g_array_unref (layout->legend);
  g_array_unref (layout->items);
  g_free (layout);
}

void
kr_chart_layout_get_plot (const KrChartLayout *layout,
                          double *x,
                          double *y,
                          double *width,
                          double *height)
{
  g_return_if_fail (layout != NULL);

  if (x != NULL)
    *x = layout->plot_x;
  if (y != NULL)
    *y = layout->plot_y;
  if (width != NULL)
    *width = layout->plot_width;
  if (height != NULL)
    *height = layout->plot_height;
}

guint
kr_chart_layout_get_ticks (const KrChartLayout *layout, double *step)
{
  g_return_val_if_fail (layout != NULL, 0);

  if (step != NULL)
    *step = layout->empty ? 0 : layout->step;
  return layout->empty ? 0 : layout->n_ticks;
}

double
kr_chart_layout_get_tick_position (const KrChartLayout *layout, guint tick)
{
  double position;

  g_return_val_if_fail (layout != NULL, -1);

  if (layout->empty || tick >= layout->n_ticks)
    return -1;
  position = _kr_chart_layout_value_position (layout, tick * layout->step);
  if (layout->data->kind == KR_CHART_KIND_PYRAMID)
    position += layout->plot_x + layout->plot_width / 2;
  return position;
}

static const KrChartItem *
find_item (const KrChartLayout *layout, guint series, guint category)
{
  for (guint i = 0; i < layout->items->len; i++)
    {
      const KrChartItem *item = &g_array_index (layout->items, KrChartItem, i);

      if (item->series == series && item->category == category)
        return item;
    }
  return NULL;
}

gboolean
kr_chart_layout_get_item (const KrChartLayout *layout,
                          guint series,
                          guint category,
                          double *x,
                          double *y,
                          double *width,
                          double *height)
{
  const KrChartItem *item;

  g_return_val_if_fail (layout != NULL, FALSE);

  item = find_item (layout, series, category);
  if (item == NULL)
    return FALSE;
  if (x != NULL)
    *x = item->x;
  if (y != NULL)
    *y = item->y;
  if (width != NULL)
    *width = item->width;
  if (height != NULL)
    *height = item->height;
  return TRUE;
}

static gboolean
hit_line (const KrChartLayout *layout, double x, double y, guint *series, guint *category)
{
  guint n_categories = kr_chart_data_get_n_categories (layout->data);
  double best = G_MAXDOUBLE;
  gboolean found = FALSE;
  guint c;

  if (x < layout->plot_x || x >= layout->plot_x + layout->plot_width ||
      y < layout->plot_y - layout->line_height ||
      y > layout->plot_y + layout->plot_height + layout->line_height)
    return FALSE;
  c = MIN ((guint) ((x - layout->plot_x) / layout->slot), n_categories - 1);
  for (guint i = 0; i < layout->items->len; i++)
    {
      const KrChartItem *item = &g_array_index (layout->items, KrChartItem, i);
      double distance = fabs (item->y + item->height / 2 - y);

      if (item->category == c && distance < best)
        {
          best = distance;
          found = TRUE;
          if (series != NULL)
            *series = item->series;
          if (category != NULL)
            *category = c;
        }
    }
  return found;
}

gboolean
kr_chart_hit (const KrChartLayout *layout, double x, double y, guint *series, guint *category)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  if (layout->empty)
    return FALSE;
  if (layout->data->kind == KR_CHART_KIND_LINE)
    return hit_line (layout, x, y, series, category);
  for (guint i = 0; i < layout->items->len; i++)
    {
      const KrChartItem *item = &g_array_index (layout->items, KrChartItem, i);

      if (item->width > 0 && item->height > 0 && x >= item->x && x < item->x + item->width &&
          y >= item->y && y < item->y + item->height)
        {
          if (series != NULL)
            *series = item->series;
          if (category != NULL)
            *category = item->category;
          return TRUE;
        }
    }
  return FALSE;
}
