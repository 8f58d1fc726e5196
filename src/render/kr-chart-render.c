/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-chart-render"

#include "config.h"

#include "kr-chart-render.h"

#include "kr-document.h"

#include <pango/pangocairo.h>
#include <string.h>

/* Official term: do not translate */
#define TREND_EMPTY_TEXT        "Belum ada hasil penilaian kinerja"
#define DISTRIBUTION_EMPTY_TEXT "Belum ada pegawai yang dinilai"

#define PAPER_FONT      "Liberation Sans, DejaVu Sans, Sans"
#define PAPER_FONT_SIZE 7.0
#define MARKER_RADIUS   3.5
#define LINE_WIDTH      1.2
#define GRID_ALPHA      0.18
#define N_LEVELS        KR_N_PREDIKAT

#define SCREEN_FONT_SIZE 13.0

/* Style */

/* The Okabe–Ito colours (Okabe & Ito 2008, "Color Universal Design"), most distinct first:
 * blue, orange, bluish green, vermillion, sky blue, reddish purple, yellow, and black on
 * light backgrounds; on dark ones the blue is lightened and black becomes light grey. */
static const guint32 okabe_ito_light[KR_CHART_N_SERIES_COLORS] = {
  0x0072b2, 0xe69f00, 0x009e73, 0xd55e00, 0x56b4e9, 0xcc79a7, 0xf0e442, 0x000000,
};
static const guint32 okabe_ito_dark[KR_CHART_N_SERIES_COLORS] = {
  0x3c9ee0, 0xe69f00, 0x1fbf8f, 0xe8732a, 0x56b4e9, 0xcc79a7, 0xf0e442, 0xc0c0c0,
};

static void
set_series_colors (KrChartStyle *style, const guint32 rgb[KR_CHART_N_SERIES_COLORS])
{
  for (guint i = 0; i < KR_CHART_N_SERIES_COLORS; i++)
    style->series[i] = (KrChartColor){ ((rgb[i] >> 16) & 0xff) / 255.0,
                                       ((rgb[i] >> 8) & 0xff) / 255.0, (rgb[i] & 0xff) / 255.0, 1 };
}

void
kr_chart_style_init_paper (KrChartStyle *style)
{
  g_return_if_fail (style != NULL);

  *style = (KrChartStyle){
    .foreground = { 0, 0, 0, 1 },
    /* Paper is white: filling with it costs nothing and keeps hollow markers white inside */
    .background = { 1, 1, 1, 1 },
    .accent = { 0x35 / 255.0, 0x84 / 255.0, 0xe4 / 255.0, 1 },
    .muted = { 0.4, 0.4, 0.4, 1 },
    .reference = { 0, 0, 0, 1 },
  };
  set_series_colors (style, okabe_ito_light);
  kr_chart_style_set_font (style, NULL);
}

void
kr_chart_style_init_screen (KrChartStyle *style, gboolean dark)
{
  g_return_if_fail (style != NULL);

  *style = (KrChartStyle){ 0 };
  if (dark)
    {
      style->foreground = (KrChartColor){ 1, 1, 1, 1 };
      style->muted = (KrChartColor){ 1, 1, 1, 0.6 };
      style->reference = (KrChartColor){ 1, 1, 1, 1 };
      /* libadwaita 1.2's @accent_color on dark */
      style->accent = (KrChartColor){ 0x78 / 255.0, 0xae / 255.0, 0xed / 255.0, 1 };
      set_series_colors (style, okabe_ito_dark);
    }
  else
    {
      style->foreground = (KrChartColor){ 0, 0, 0, 0.8 };
      style->muted = (KrChartColor){ 0, 0, 0, 0.55 };
      style->reference = (KrChartColor){ 0, 0, 0, 0.85 };
      style->accent = (KrChartColor){ 0x1c / 255.0, 0x71 / 255.0, 0xd8 / 255.0, 1 };
      set_series_colors (style, okabe_ito_light);
    }
  style->background = (KrChartColor){ 0, 0, 0, 0 };
  style->font = pango_font_description_from_string ("Sans");
  pango_font_description_set_absolute_size (style->font, SCREEN_FONT_SIZE * PANGO_SCALE);
}

void
kr_chart_style_set_font (KrChartStyle *style, const PangoFontDescription *font)
{
  g_return_if_fail (style != NULL);

  g_clear_pointer (&style->font, pango_font_description_free);
  if (font != NULL)
    {
      style->font = pango_font_description_copy (font);
      return;
    }
  style->font = pango_font_description_from_string (PAPER_FONT);
  pango_font_description_set_stretch (style->font, PANGO_STRETCH_CONDENSED);
  pango_font_description_set_absolute_size (style->font, PAPER_FONT_SIZE * PANGO_SCALE);
}

void
kr_chart_style_clear (KrChartStyle *style)
{
  g_return_if_fail (style != NULL);

  g_clear_pointer (&style->font, pango_font_description_free);
}

/* Drawing helpers */

static void
set_color (cairo_t *cr, const KrChartColor *color, double alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static PangoLayout *
make_layout (cairo_t *cr, const KrChartStyle *style, gboolean bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr (PangoFontDescription) font = pango_font_description_copy (style->font);

  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  return layout;
}

typedef enum
{
  ANCHOR_CENTER,
  ANCHOR_ABOVE,
  ANCHOR_BELOW,
  ANCHOR_LEFT,
} Anchor;

/* Shows @text at (@x, @y): centred on it, above it, below it, or ending left of it; wrapped to
 * @width when @width > 0. Returns the height of the text. */
static double
show_text (cairo_t *cr,
           const KrChartStyle *style,
           const char *text,
           double x,
           double y,
           double width,
           Anchor anchor,
           gboolean bold)
{
  g_autoptr (PangoLayout) layout = make_layout (cr, style, bold);
  int w, h;

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_alignment (layout,
                                  anchor == ANCHOR_LEFT ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_CENTER);
    }
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  if (width > 0)
    w = (int) width;
  switch (anchor)
    {
    case ANCHOR_CENTER:
      cairo_move_to (cr, x - w / 2.0, y - h / 2.0);
      break;
    case ANCHOR_ABOVE:
      cairo_move_to (cr, x - w / 2.0, y - h);
      break;
    case ANCHOR_BELOW:
      cairo_move_to (cr, x - w / 2.0, y);
      break;
    case ANCHOR_LEFT:
      cairo_move_to (cr, x - w, y - h / 2.0);
      break;
    }
  set_color (cr, &style->foreground, 1);
  pango_cairo_show_layout (cr, layout);
  /* Leave no current point for the next path to join */
  cairo_new_path (cr);
  return h;
}

static void
fill_background (cairo_t *cr, double x, double y, double w, double h, const KrChartStyle *style)
{
  if (style->background.alpha <= 0)
    return;
  cairo_rectangle (cr, x, y, w, h);
  set_color (cr, &style->background, 1);
  cairo_fill (cr);
}

static void
show_empty (cairo_t *cr,
            double x,
            double y,
            double w,
            double h,
            const KrChartStyle *style,
            const char *fallback)
{
  cairo_save (cr);
  show_text (cr, style, style->empty_text != NULL ? style->empty_text : fallback, x + w / 2,
             y + h / 2, w, ANCHOR_CENTER, FALSE);
  cairo_restore (cr);
}

/* The trend */

typedef struct
{
  double left, right, top, bottom;
} Plot;

/* The width of the widest level label in @style's font, measured on a scratch surface so that
 * the geometry does not depend on the target. */
static double
measure_level_labels (const KrChartStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);
  double widest = 0;

  for (guint level = 0; level < N_LEVELS; level++)
    {
      g_autoptr (PangoLayout) layout = make_layout (cr, style, FALSE);
      int w, h;

      pango_layout_set_text (layout, kr_predikat_get_label ((KrPredikat) level), -1);
      pango_layout_get_pixel_size (layout, &w, &h);
      widest = MAX (widest, w);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return widest;
}

static void
trend_plot (double x, double y, double width, double height, const KrChartStyle *style, Plot *plot)
{
  /* The level labels end 5 units left of the axis; leave them room, but at most 45%. */
  plot->left = x + MIN (measure_level_labels (style) + 10, width * 0.45);
  plot->right = x + width - MIN (12, width * 0.04);
  plot->top = y + MIN (10, height * 0.06);
  plot->bottom = y + height - CLAMP (height * 0.12, 12, 24);
}

static double
level_y (const Plot *plot, double level)
{
  return plot->bottom - (level + 0.5) * (plot->bottom - plot->top) / N_LEVELS;
}

/* The distinct years of @points, sorted; returns how many. */
static guint
collect_years (const KrAppraisalTrendPoint *points, guint n_points, guint *years)
{
  guint n = 0;

  for (guint i = 0; i < n_points; i++)
    {
      guint j = 0;

      while (j < n && years[j] < points[i].year)
        j++;
      if (j < n && years[j] == points[i].year)
        continue;
      memmove (years + j + 1, years + j, (n - j) * sizeof (guint));
      years[j] = points[i].year;
      n++;
    }
  return n;
}

static double
slot_x (const Plot *plot, guint slot, guint n_slots)
{
  return plot->left + (slot + 0.5) * (plot->right - plot->left) / n_slots;
}

/* Older regimes first: PP 46/2011, then PermenPANRB. */
static guint
regime_age (KrAppraisalRegime regime)
{
  return regime == KR_APPRAISAL_REGIME_PP46 ? 0 : 1;
}

/* Where point @index sits: in its year's slot, and beside the other point of the same year
 * (2021 had a PP 46/2011 half and a PermenPANRB half), the older regime on the left. */
static void
point_position (const Plot *plot,
                const KrAppraisalTrendPoint *points,
                guint n_points,
                const guint *years,
                guint n_years,
                guint index,
                double *px,
                double *py)
{
  const KrAppraisalTrendPoint *point = &points[index];
  double slot_width = (plot->right - plot->left) / n_years;
  guint slot = 0, before = 0, same = 0;

  while (years[slot] != point->year)
    slot++;
  for (guint i = 0; i < n_points; i++)
    {
      if (points[i].year != point->year)
        continue;
      same++;
      if (regime_age (points[i].regime) < regime_age (point->regime) ||
          (points[i].regime == point->regime && i < index))
        before++;
    }
  *px = slot_x (plot, slot, n_years) + (before - (same - 1) / 2.0) * MIN (slot_width * 0.3, 16);
  *py = level_y (plot, MIN (point->level, N_LEVELS - 1));
}

gboolean
kr_chart_trend_get_point_position (double x,
                                   double y,
                                   double width,
                                   double height,
                                   const KrAppraisalTrendPoint *points,
                                   guint n_points,
                                   guint index,
                                   const KrChartStyle *style,
                                   double *px,
                                   double *py)
{
  g_autofree guint *years = NULL;
  guint n_years;
  Plot plot;

  g_return_val_if_fail (px != NULL && py != NULL, FALSE);
  if (points == NULL || index >= n_points)
    return FALSE;

  years = g_new (guint, n_points);
  n_years = collect_years (points, n_points, years);
  trend_plot (x, y, width, height, style, &plot);
  point_position (&plot, points, n_points, years, n_years, index, px, py);
  return TRUE;
}

static void
draw_trend_axes (cairo_t *cr,
                 const Plot *plot,
                 const guint *years,
                 guint n_years,
                 const KrChartStyle *style)
{
  cairo_set_line_width (cr, 0.5);
  for (guint level = 0; level < N_LEVELS; level++)
    {
      double ly = level_y (plot, level);

      set_color (cr, &style->foreground, GRID_ALPHA);
      cairo_move_to (cr, plot->left, ly);
      cairo_line_to (cr, plot->right, ly);
      cairo_stroke (cr);
      show_text (cr, style, kr_predikat_get_label ((KrPredikat) level), plot->left - 5, ly, 0,
                 ANCHOR_LEFT, FALSE);
    }
  set_color (cr, &style->foreground, 0.6);
  cairo_move_to (cr, plot->left, plot->top);
  cairo_line_to (cr, plot->left, plot->bottom);
  cairo_line_to (cr, plot->right, plot->bottom);
  cairo_stroke (cr);
  for (guint i = 0; i < n_years; i++)
    {
      char year[16];

      g_snprintf (year, sizeof year, "%u", years[i]);
      show_text (cr, style, year, slot_x (plot, i, n_years), plot->bottom + 3, 0, ANCHOR_BELOW,
                 FALSE);
    }
}

/* Sorts @order (indices of points) by the points' x: a few points, insertion sort. */
static void
sort_by_position (guint *order, guint n, const double *x)
{
  for (guint i = 1; i < n; i++)
    {
      guint moving = order[i], j = i;

      for (; j > 0 && x[order[j - 1]] > x[moving]; j--)
        order[j] = order[j - 1];
      order[j] = moving;
    }
}

static void
draw_marker (cairo_t *cr,
             const KrAppraisalTrendPoint *point,
             double px,
             double py,
             const KrChartStyle *style)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, px, py, MARKER_RADIUS, 0, 2 * G_PI);
  if (point->regime == KR_APPRAISAL_REGIME_PP46)
    {
      /* Hollow: the older regime, labelled with its score */
      g_autofree char *score = kr_document_format_decimal (point->score, 2);
      g_autofree char *label =
          g_strdup_printf ("%s %s", score, point->label != NULL ? point->label : "");

      /* Filled with the background, so that the line does not show through; on a transparent
       * background (a widget's) the ring is cleared, so that what lies below shows */
      cairo_save (cr);
      if (style->background.alpha > 0)
        set_color (cr, &style->background, 1);
      else
        cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_fill_preserve (cr);
      cairo_restore (cr);
      set_color (cr, &style->foreground, 1);
      cairo_set_line_width (cr, LINE_WIDTH);
      cairo_stroke (cr);
      show_text (cr, style, label, px, point->level >= N_LEVELS - 1 ? py + 5 : py - 5, 0,
                 point->level >= N_LEVELS - 1 ? ANCHOR_BELOW : ANCHOR_ABOVE, FALSE);
    }
  else
    {
      set_color (cr, &style->accent, 1);
      cairo_fill (cr);
    }
}

void
kr_chart_render_trend (cairo_t *cr,
                       double x,
                       double y,
                       double width,
                       double height,
                       const KrAppraisalTrendPoint *points,
                       guint n_points,
                       const KrChartStyle *style)
{
  g_autofree guint *years = NULL;
  g_autofree guint *order = NULL;
  g_autofree double *px = NULL;
  g_autofree double *py = NULL;
  guint n_years;
  Plot plot;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL && style->font != NULL);
  g_return_if_fail (points != NULL || n_points == 0);

  cairo_save (cr);
  fill_background (cr, x, y, width, height, style);
  if (n_points == 0)
    {
      show_empty (cr, x, y, width, height, style, TREND_EMPTY_TEXT);
      cairo_restore (cr);
      return;
    }

  years = g_new (guint, n_points);
  order = g_new (guint, n_points);
  px = g_new (double, n_points);
  py = g_new (double, n_points);
  n_years = collect_years (points, n_points, years);
  trend_plot (x, y, width, height, style, &plot);
  draw_trend_axes (cr, &plot, years, n_years, style);
  for (guint i = 0; i < n_points; i++)
    {
      point_position (&plot, points, n_points, years, n_years, i, &px[i], &py[i]);
      order[i] = i;
    }
  sort_by_position (order, n_points, px);

  /* The line, dashed where the regime changes */
  set_color (cr, &style->foreground, 0.75);
  cairo_set_line_width (cr, LINE_WIDTH);
  for (guint k = 1; k < n_points; k++)
    {
      guint a = order[k - 1], b = order[k];
      double dash[] = { 3, 2 };

      cairo_set_dash (cr, dash, points[a].regime != points[b].regime ? 2 : 0, 0);
      cairo_move_to (cr, px[a], py[a]);
      cairo_line_to (cr, px[b], py[b]);
      cairo_stroke (cr);
    }
  cairo_set_dash (cr, NULL, 0, 0);
  for (guint i = 0; i < n_points; i++)
    draw_marker (cr, &points[i], px[i], py[i], style);
  cairo_restore (cr);
}

/* The distribution */

void
kr_chart_render_distribution (cairo_t *cr,
                              double x,
                              double y,
                              double width,
                              double height,
                              const guint counts[KR_N_PREDIKAT],
                              const KrChartStyle *style)
{
  double slot, bar, top, bottom, label_room = 0;
  double tops[KR_N_PREDIKAT];
  guint total = 0, highest = 0;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (counts != NULL);
  g_return_if_fail (style != NULL && style->font != NULL);

  cairo_save (cr);
  fill_background (cr, x, y, width, height, style);
  for (guint i = 0; i < KR_N_PREDIKAT; i++)
    {
      total += counts[i];
      highest = MAX (highest, counts[i]);
    }
  if (total == 0)
    {
      show_empty (cr, x, y, width, height, style, DISTRIBUTION_EMPTY_TEXT);
      cairo_restore (cr);
      return;
    }

  slot = width / KR_N_PREDIKAT;
  bar = MIN (slot * 0.55, 60);
  /* Room under the bars for the labels (two lines at most), over them for the counts */
  {
    g_autoptr (PangoLayout) probe = make_layout (cr, style, FALSE);
    int line;

    pango_layout_set_text (probe, "Sg", -1);
    pango_layout_get_pixel_size (probe, NULL, &line);
    label_room = 2 * line + 4;
    top = y + line + 4;
  }
  bottom = y + height - label_room;

  cairo_set_line_width (cr, 0.5);
  set_color (cr, &style->foreground, 0.6);
  cairo_move_to (cr, x, bottom);
  cairo_line_to (cr, x + width, bottom);
  cairo_stroke (cr);
  for (guint i = 0; i < KR_N_PREDIKAT; i++)
    {
      double cx = x + (i + 0.5) * slot;
      double bar_height = highest > 0 ? (bottom - top) * counts[i] / highest : 0;

      tops[i] = bottom - bar_height;
      cairo_rectangle (cr, cx - bar / 2, tops[i], bar, bar_height);
      set_color (cr, &style->accent, 0.85);
      cairo_fill (cr);
    }

  /* The curve of the pola distribusi through the tops of the bars, under the labels */
  set_color (cr, &style->foreground, 0.8);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_move_to (cr, x + 0.5 * slot, tops[0]);
  for (guint i = 1; i < KR_N_PREDIKAT; i++)
    {
      double x0 = x + (i - 0.5) * slot, x1 = x + (i + 0.5) * slot;

      cairo_curve_to (cr, x0 + slot / 2, tops[i - 1], x1 - slot / 2, tops[i], x1, tops[i]);
    }
  cairo_stroke (cr);

  for (guint i = 0; i < KR_N_PREDIKAT; i++)
    {
      double cx = x + (i + 0.5) * slot;
      g_autofree char *value =
          g_strdup_printf ("%u (%.0f%%)", counts[i], 100.0 * counts[i] / total);

      show_text (cr, style, value, cx, tops[i] - 2, 0, ANCHOR_ABOVE, counts[i] == highest);
      show_text (cr, style, kr_predikat_get_label ((KrPredikat) i), cx, bottom + 2, slot - 4,
                 ANCHOR_BELOW, FALSE);
    }
  cairo_restore (cr);
}
