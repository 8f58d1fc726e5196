/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-chart-draw"

#include "config.h"

#include "kr-chart-private.h"

#include <math.h>
#include <pango/pangocairo.h>

/* Official term: do not translate */
#define EMPTY_TEXT "Belum ada data"

#define GRID_ALPHA  0.25
#define LINE_WIDTH  1.6
#define MARKER_SIZE 0.3 /* lines of the font */

typedef enum
{
  ANCHOR_CENTER,
  ANCHOR_ABOVE,
  ANCHOR_BELOW,
  ANCHOR_LEFT,  /* ends at x */
  ANCHOR_RIGHT, /* starts at x */
} Anchor;

static void
set_color (cairo_t *cr, const KrChartColor *color, double alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static const KrChartColor *
series_color (const KrChartStyle *style, guint series)
{
  return &style->series[series % KR_CHART_N_SERIES_COLORS];
}

/* Black or white, whichever reads better on @color */
static KrChartColor
text_on (const KrChartColor *color)
{
  double luminance = 0.2126 * color->red + 0.7152 * color->green + 0.0722 * color->blue;

  return luminance > 0.5 ? (KrChartColor){ 0, 0, 0, 1 } : (KrChartColor){ 1, 1, 1, 1 };
}

/* How many category slots of @slot each the widest label of @data needs (1 when it fits) */
static guint
label_step (cairo_t *cr, const KrChartStyle *style, const KrChartData *data, double slot)
{
  g_autoptr (PangoLayout) layout = _kr_chart_text_layout (cr, style, FALSE);
  int widest = 0;

  for (guint c = 0; c < kr_chart_data_get_n_categories (data); c++)
    {
      int w;

      pango_layout_set_text (layout, kr_chart_data_get_category (data, c), -1);
      pango_layout_get_pixel_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }
  /* A little air between two labels */
  widest += 4;
  if (slot <= 0 || widest <= slot)
    return 1;
  return (guint) ceil (widest / slot);
}

/* Shows @text at (@x, @y) by @anchor, ellipsized to @max_width when > 0 */
static void
show (cairo_t *cr,
      const KrChartStyle *style,
      const KrChartColor *color,
      const char *text,
      double x,
      double y,
      Anchor anchor,
      double max_width,
      gboolean bold)
{
  g_autoptr (PangoLayout) layout = _kr_chart_text_layout (cr, style, bold);
  int w, h;

  pango_layout_set_text (layout, text, -1);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_pixel_size (layout, &w, &h);
  switch (anchor)
    {
    case ANCHOR_CENTER:
      x -= w / 2.0;
      y -= h / 2.0;
      break;
    case ANCHOR_ABOVE:
      x -= w / 2.0;
      y -= h;
      break;
    case ANCHOR_BELOW:
      x -= w / 2.0;
      break;
    case ANCHOR_LEFT:
      x -= w;
      y -= h / 2.0;
      break;
    case ANCHOR_RIGHT:
      y -= h / 2.0;
      break;
    }
  cairo_move_to (cr, x, y);
  set_color (cr, color, 1);
  pango_cairo_show_layout (cr, layout);
  /* Leave no current point: a later arc would join it with a line */
  cairo_new_path (cr);
}

static double
text_width (cairo_t *cr, const KrChartStyle *style, const char *text)
{
  double width;

  _kr_chart_measure (cr, style, text, FALSE, &width, NULL);
  return width;
}

/* Text turned a quarter left, centred on (@x, @y) */
/* An axis title up the side, ellipsized to @max_length (> 0) rather than running off the plot */
static void
show_rotated (cairo_t *cr,
              const KrChartStyle *style,
              const char *text,
              double x,
              double y,
              double max_length)
{
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rotate (cr, -G_PI / 2);
  show (cr, style, &style->muted, text, 0, 0, ANCHOR_CENTER, max_length, FALSE);
  cairo_restore (cr);
}

/* The marker of a line's point: a different shape per series, so the lines differ by more
 * than their colour */
static void
marker_path (cairo_t *cr, guint series, double x, double y, double r)
{
  switch (series % 5)
    {
    case 0:
      /* Not joined to whatever point the path was at */
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case 1:
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      break;
    case 2:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.2, y + r);
      cairo_line_to (cr, x - r * 1.2, y + r);
      cairo_close_path (cr);
      break;
    case 3:
      cairo_move_to (cr, x, y - r * 1.3);
      cairo_line_to (cr, x + r * 1.3, y);
      cairo_line_to (cr, x, y + r * 1.3);
      cairo_line_to (cr, x - r * 1.3, y);
      cairo_close_path (cr);
      break;
    default:
      /* A triangle pointing down */
      cairo_move_to (cr, x, y + r * 1.2);
      cairo_line_to (cr, x + r * 1.2, y - r);
      cairo_line_to (cr, x - r * 1.2, y - r);
      cairo_close_path (cr);
      break;
    }
}

static void
draw_legend (cairo_t *cr, const KrChartLayout *layout, const KrChartStyle *style)
{
  double lh = layout->line_height;

  for (guint i = 0; i < layout->legend->len; i++)
    {
      const KrChartLegendEntry *entry = &g_array_index (layout->legend, KrChartLegendEntry, i);
      double cy = entry->y + lh / 2;
      const char *text;

      if (entry->series < 0)
        {
          set_color (cr, &style->reference, 1);
          cairo_set_line_width (cr, LINE_WIDTH * 1.5);
          cairo_move_to (cr, entry->x, cy);
          cairo_line_to (cr, entry->x + lh * 0.8, cy);
          cairo_stroke (cr);
          text = layout->data->reference_name;
        }
      else
        {
          set_color (cr, series_color (style, entry->series), 1);
          if (layout->data->kind == KR_CHART_KIND_LINE)
            marker_path (cr, entry->series, entry->x + lh * 0.4, cy, lh * MARKER_SIZE);
          else
            cairo_rectangle (cr, entry->x, cy - lh * 0.35, lh * 0.8, lh * 0.7);
          cairo_fill (cr);
          text = kr_chart_data_get_series_name (layout->data, entry->series);
        }
      show (cr, style, &style->foreground, text, entry->x + lh * 1.2, cy, ANCHOR_RIGHT, 0, FALSE);
    }
}

static void
draw_axes (cairo_t *cr, const KrChartLayout *layout, const KrChartStyle *style)
{
  const KrChartData *data = layout->data;
  double lh = layout->line_height;
  double px = layout->plot_x, py = layout->plot_y;
  double pw = layout->plot_width, ph = layout->plot_height;
  gboolean pyramid = data->kind == KR_CHART_KIND_PYRAMID;
  guint n_categories = kr_chart_data_get_n_categories (data), step;

  cairo_set_line_width (cr, 1);
  for (guint t = 0; t < layout->n_ticks; t++)
    {
      g_autofree char *label = _kr_chart_tick_label (layout, t);
      double pos = _kr_chart_layout_value_position (layout, t * layout->step);

      set_color (cr, &style->muted, GRID_ALPHA);
      if (!_kr_chart_layout_is_horizontal (layout))
        {
          cairo_move_to (cr, px, pos);
          cairo_line_to (cr, px + pw, pos);
          cairo_stroke (cr);
          show (cr, style, &style->muted, label, px - lh * 0.4, pos, ANCHOR_LEFT, 0, FALSE);
          continue;
        }
      for (int side = pyramid ? -1 : 1; side <= 1; side += 2)
        {
          double x = pyramid ? px + pw / 2 + side * pos : pos;

          if (pyramid && side < 0 && t == 0)
            continue;
          set_color (cr, &style->muted, GRID_ALPHA);
          cairo_move_to (cr, x, py);
          cairo_line_to (cr, x, py + ph);
          cairo_stroke (cr);
          show (cr, style, &style->muted, label, x, py + ph + lh * 0.3, ANCHOR_BELOW, 0, FALSE);
        }
    }

  /* The base line */
  set_color (cr, &style->foreground, 0.8);
  if (pyramid)
    {
      cairo_move_to (cr, px + pw / 2, py);
      cairo_line_to (cr, px + pw / 2, py + ph);
    }
  else if (_kr_chart_layout_is_horizontal (layout))
    {
      cairo_move_to (cr, px, py);
      cairo_line_to (cr, px, py + ph);
    }
  else
    {
      cairo_move_to (cr, px, py + ph);
      cairo_line_to (cr, px + pw, py + ph);
    }
  cairo_stroke (cr);

  /* Category labels and the axis titles; under vertical bars too narrow for their labels,
   * every second (third, …) label, so that none is cut to dots */
  step = _kr_chart_layout_is_horizontal (layout) ? 1 : label_step (cr, style, data, layout->slot);
  for (guint c = 0; c < n_categories; c += step)
    {
      const char *label = kr_chart_data_get_category (data, c);
      double center = _kr_chart_layout_category_center (layout, c);

      if (_kr_chart_layout_is_horizontal (layout))
        show (cr, style, &style->foreground, label, layout->label_right, center, ANCHOR_LEFT,
              layout->label_width, FALSE);
      else
        show (cr, style, &style->foreground, label, center, py + ph + lh * 0.3, ANCHOR_BELOW,
              layout->slot * step, FALSE);
    }
  if (_kr_chart_layout_is_horizontal (layout))
    {
      if (data->category_title != NULL)
        show_rotated (cr, style, data->category_title, layout->x + lh, py + ph / 2, ph);
      if (data->value_title != NULL)
        show (cr, style, &style->muted, data->value_title, px + pw / 2, py + ph + lh * 1.5,
              ANCHOR_BELOW, pw, FALSE);
    }
  else
    {
      if (data->value_title != NULL)
        show_rotated (cr, style, data->value_title, layout->x + lh, py + ph / 2, ph);
      if (data->category_title != NULL)
        show (cr, style, &style->muted, data->category_title, px + pw / 2, py + ph + lh * 1.5,
              ANCHOR_BELOW, pw, FALSE);
    }
}

/* A value label of a bar: past its end, or inside a stack segment when it fits */
static void
label_bar (cairo_t *cr,
           const KrChartLayout *layout,
           const KrChartStyle *style,
           const KrChartItem *item,
           const char *text,
           gboolean inside)
{
  double lh = layout->line_height, width = text_width (cr, style, text);
  gboolean horizontal = _kr_chart_layout_is_horizontal (layout);

  if (inside)
    {
      KrChartColor color = text_on (series_color (style, item->series));

      if (item->width < width + lh * 0.3 || item->height < lh)
        return;
      show (cr, style, &color, text, item->x + item->width / 2, item->y + item->height / 2,
            ANCHOR_CENTER, 0, FALSE);
      return;
    }
  if (!horizontal)
    {
      guint n_series = kr_chart_data_get_n_series (layout->data);

      /* Only when the label fits above its bar (side by side bars share the slot): the
       * tooltip and the table still give every value */
      if (width > layout->slot * 0.95 / MAX (n_series, 1) + (n_series > 1 ? lh : 0))
        return;
      show (cr, style, &style->foreground, text, item->x + item->width / 2, item->y - lh * 0.15,
            ANCHOR_ABOVE, 0, FALSE);
      return;
    }
  if (item->height < lh * 0.7)
    return;
  if (layout->data->kind == KR_CHART_KIND_PYRAMID && item->series == 0)
    show (cr, style, &style->foreground, text, item->x - lh * 0.3, item->y + item->height / 2,
          ANCHOR_LEFT, 0, FALSE);
  else
    show (cr, style, &style->foreground, text, item->x + item->width + lh * 0.3,
          item->y + item->height / 2, ANCHOR_RIGHT, 0, FALSE);
}

static char *
item_label (const KrChartLayout *layout, const KrChartItem *item)
{
  const KrChartData *data = layout->data;
  g_autofree char *value =
      kr_chart_format_value (data, kr_chart_data_get_value (data, item->series, item->category));

  if (data->kind == KR_CHART_KIND_DISTRIBUTION)
    {
      g_autofree char *share =
          _kr_chart_format_share (kr_chart_data_get_share (data, item->series, item->category));

      return g_strdup_printf ("%s (%s)", value, share);
    }
  return g_steal_pointer (&value);
}

static void
draw_bars (cairo_t *cr, const KrChartLayout *layout, const KrChartStyle *style)
{
  gboolean stacked = kr_chart_data_get_stacked (layout->data);
  guint n_series = kr_chart_data_get_n_series (layout->data);

  for (guint i = 0; i < layout->items->len; i++)
    {
      const KrChartItem *item = &g_array_index (layout->items, KrChartItem, i);

      if (item->width <= 0 || item->height <= 0)
        continue;
      cairo_rectangle (cr, item->x, item->y, item->width, item->height);
      set_color (cr, series_color (style, item->series), 1);
      cairo_fill_preserve (cr);
      /* A thin edge parts neighbouring segments by more than their hue */
      set_color (cr, &style->foreground, stacked ? 0.35 : 0);
      cairo_set_line_width (cr, 0.5);
      cairo_stroke (cr);
    }
  for (guint i = 0; i < layout->items->len; i++)
    {
      const KrChartItem *item = &g_array_index (layout->items, KrChartItem, i);
      g_autofree char *text = item_label (layout, item);

      if (stacked && n_series > 1)
        label_bar (cr, layout, style, item, text, TRUE);
      else
        label_bar (cr, layout, style, item, text, FALSE);
    }
  if (!stacked || n_series < 2)
    return;
  /* The totals past the stacks' ends */
  for (guint c = 0; c < kr_chart_data_get_n_categories (layout->data); c++)
    {
      double total = _kr_chart_data_category_total (layout->data, c);
      g_autofree char *text = kr_chart_format_value (layout->data, total);
      double end = _kr_chart_layout_value_position (layout, total);
      double center = _kr_chart_layout_category_center (layout, c);
      double lh = layout->line_height;

      if (_kr_chart_layout_is_horizontal (layout))
        show (cr, style, &style->foreground, text, end + lh * 0.3, center, ANCHOR_RIGHT, 0, TRUE);
      else
        show (cr, style, &style->foreground, text, center, end - lh * 0.15, ANCHOR_ABOVE, 0, TRUE);
    }
}

static void
draw_reference (cairo_t *cr, const KrChartLayout *layout, const KrChartStyle *style)
{
  guint n_series = MAX (kr_chart_data_get_n_series (layout->data), 1);
  double group = layout->slot * (n_series == 1 ? 0.6 : 0.8);
  double r = layout->line_height * MARKER_SIZE;

  for (guint c = 0; c < kr_chart_data_get_n_categories (layout->data); c++)
    {
      double reference, center = _kr_chart_layout_category_center (layout, c), y;

      if (!kr_chart_data_get_reference (layout->data, c, &reference))
        continue;
      y = _kr_chart_layout_value_position (layout, reference);
      set_color (cr, &style->reference, 1);
      cairo_set_line_width (cr, LINE_WIDTH * 1.5);
      cairo_move_to (cr, center - group / 2 - r, y);
      cairo_line_to (cr, center + group / 2 + r, y);
      cairo_stroke (cr);
      marker_path (cr, 3, center + group / 2 + r, y, r);
      cairo_fill (cr);
    }
}

static void
draw_lines (cairo_t *cr, const KrChartLayout *layout, const KrChartStyle *style)
{
  guint n_series = kr_chart_data_get_n_series (layout->data);
  double r = layout->line_height * MARKER_SIZE;

  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint s = 0; s < n_series; s++)
    {
      gboolean first = TRUE;

      for (guint i = 0; i < layout->items->len; i++)
        {
          const KrChartItem *item = &g_array_index (layout->items, KrChartItem, i);
          double cx = item->x + item->width / 2, cy = item->y + item->height / 2;

          if (item->series != s)
            continue;
          if (first)
            cairo_move_to (cr, cx, cy);
          else
            cairo_line_to (cr, cx, cy);
          first = FALSE;
        }
      set_color (cr, series_color (style, s), 1);
      cairo_stroke (cr);
    }
  for (guint i = 0; i < layout->items->len; i++)
    {
      const KrChartItem *item = &g_array_index (layout->items, KrChartItem, i);
      double cx = item->x + item->width / 2, cy = item->y + item->height / 2;

      marker_path (cr, item->series, cx, cy, r);
      set_color (cr, series_color (style, item->series), 1);
      cairo_fill (cr);
      if (n_series == 1)
        {
          g_autofree char *text = item_label (layout, item);

          show (cr, style, &style->foreground, text, cx, cy - r - layout->line_height * 0.15,
                ANCHOR_ABOVE, 0, FALSE);
        }
    }
}

void
kr_chart_render (cairo_t *cr, const KrChartLayout *layout, const KrChartStyle *style)
{
  const KrChartData *data;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (style != NULL && style->font != NULL);

  data = layout->data;
  cairo_save (cr);
  if (style->background.alpha > 0)
    {
      cairo_rectangle (cr, layout->x, layout->y, layout->width, layout->height);
      set_color (cr, &style->background, 1);
      cairo_fill (cr);
    }
  if (data->title != NULL)
    show (cr, style, &style->foreground, data->title, layout->x + layout->width / 2,
          layout->title_y, ANCHOR_BELOW, layout->width - layout->line_height, TRUE);
  if (layout->empty)
    {
      show (cr, style, &style->muted, style->empty_text != NULL ? style->empty_text : EMPTY_TEXT,
            layout->plot_x + layout->plot_width / 2, layout->plot_y + layout->plot_height / 2,
            ANCHOR_CENTER, layout->plot_width, FALSE);
      cairo_restore (cr);
      return;
    }
  draw_legend (cr, layout, style);
  draw_axes (cr, layout, style);
  if (data->kind == KR_CHART_KIND_LINE)
    draw_lines (cr, layout, style);
  else
    draw_bars (cr, layout, style);
  if (data->kind == KR_CHART_KIND_DISTRIBUTION)
    draw_reference (cr, layout, style);
  cairo_restore (cr);
}
