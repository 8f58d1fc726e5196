/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart-render"

#include "config.h"

#include <cairo.h>

#include "kr-chart-render.h"

/* The charts are drawn on image surfaces and checked by their pixels: the markers where the
 * geometry says, filled or hollow by regime, the bars in the accent colour, an empty state
 * with text and no bars. The PNGs are kept in the build folder for a person to look at. */

#define WIDTH  480
#define HEIGHT 240

typedef struct
{
  guint8 red, green, blue;
} Pixel;

static cairo_surface_t *
new_canvas (cairo_t **cr)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);

  *cr = cairo_create (surface);
  cairo_set_source_rgb (*cr, 1, 1, 1);
  cairo_paint (*cr);
  return surface;
}

static Pixel
get_pixel (cairo_surface_t *surface, double x, double y)
{
  guint32 *data;
  guint32 value;
  Pixel pixel;

  cairo_surface_flush (surface);
  data = (guint32 *) (cairo_image_surface_get_data (surface) +
                      (int) y * cairo_image_surface_get_stride (surface));
  value = data[(int) x];
  pixel.red = (value >> 16) & 0xff;
  pixel.green = (value >> 8) & 0xff;
  pixel.blue = value & 0xff;
  return pixel;
}

/* Whether @pixel is near the accent blue #3584e4. */
static gboolean
is_accent (Pixel pixel)
{
  return ABS (pixel.red - 0x35) < 40 && ABS (pixel.green - 0x84) < 40 &&
         ABS (pixel.blue - 0xe4) < 40;
}

static gboolean
is_white (Pixel pixel)
{
  return pixel.red > 240 && pixel.green > 240 && pixel.blue > 240;
}

static gboolean
is_dark (Pixel pixel)
{
  return pixel.red < 100 && pixel.green < 100 && pixel.blue < 100;
}

/* How many pixels of the rectangle are not white. */
static guint
count_ink (cairo_surface_t *surface, int x0, int y0, int x1, int y1)
{
  guint n = 0;

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      if (!is_white (get_pixel (surface, x, y)))
        n++;
  return n;
}

static void
save (cairo_surface_t *surface, const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);

  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
}

static void
test_trend (void)
{
  const KrAppraisalTrendPoint points[] = {
    { 2023, KR_APPRAISAL_REGIME_SKP, KR_PREDIKAT_SANGAT_BAIK, "Sangat Baik", 0 },
    { 2019, KR_APPRAISAL_REGIME_PP46, 3, "Baik", 84.25 },
    { 2021, KR_APPRAISAL_REGIME_PP46, 2, "Cukup", 72 },
    { 2021, KR_APPRAISAL_REGIME_SKP, KR_PREDIKAT_BAIK, "Baik", 0 },
    { 2022, KR_APPRAISAL_REGIME_SKP, KR_PREDIKAT_BUTUH_PERBAIKAN, "Butuh Perbaikan", 0 },
  };
  guint n = G_N_ELEMENTS (points);
  cairo_t *cr;
  cairo_surface_t *surface = new_canvas (&cr);
  KrChartStyle style;
  double px[G_N_ELEMENTS (points)], py[G_N_ELEMENTS (points)];

  kr_chart_style_init_paper (&style);
  kr_chart_render_trend (cr, 0, 0, WIDTH, HEIGHT, points, n, &style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  save (surface, "chart-trend.png");

  for (guint i = 0; i < n; i++)
    g_assert_true (kr_chart_trend_get_point_position (0, 0, WIDTH, HEIGHT, points, n, i, &style,
                                                      &px[i], &py[i]));
  g_assert_false (kr_chart_trend_get_point_position (0, 0, WIDTH, HEIGHT, points, n, n, &style,
                                                     &px[0], &py[0]));

  /* Years left to right, levels bottom to top */
  g_assert_cmpfloat (px[1], <, px[2]);
  g_assert_cmpfloat (px[2], <, px[3]); /* 2021: the PP 46 half left of the SKP half */
  g_assert_cmpfloat (px[3], <, px[4]);
  g_assert_cmpfloat (px[4], <, px[0]);
  g_assert_cmpfloat (py[0], <, py[3]);
  g_assert_cmpfloat (py[3], <, py[4]);
  g_assert_cmpfloat (py[1], ==, py[3]);

  /* SKP points are accent discs; PP 46 points white inside a dark ring */
  g_assert_true (is_accent (get_pixel (surface, px[0], py[0])));
  g_assert_true (is_accent (get_pixel (surface, px[3], py[3])));
  g_assert_true (is_accent (get_pixel (surface, px[4], py[4])));
  for (guint i = 1; i <= 2; i++)
    {
      g_assert_true (is_white (get_pixel (surface, px[i], py[i])));
      g_assert_false (is_white (get_pixel (surface, px[i] + 3.5, py[i])));
      g_assert_false (is_accent (get_pixel (surface, px[i] + 3.5, py[i])));
    }
  /* Level labels on the left */
  g_assert_cmpuint (count_ink (surface, 0, 0, 90, HEIGHT), >, 200);

  kr_chart_style_clear (&style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_trend_empty (void)
{
  cairo_t *cr;
  cairo_surface_t *surface = new_canvas (&cr);
  KrChartStyle style;
  guint middle, rest;

  kr_chart_style_init_paper (&style);
  kr_chart_render_trend (cr, 0, 0, WIDTH, HEIGHT, NULL, 0, &style);
  save (surface, "chart-trend-empty.png");
  middle = count_ink (surface, 0, HEIGHT / 2 - 10, WIDTH, HEIGHT / 2 + 10);
  rest = count_ink (surface, 0, 0, WIDTH, HEIGHT) - middle;
  g_assert_cmpuint (middle, >, 50);
  g_assert_cmpuint (rest, ==, 0);
  kr_chart_style_clear (&style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A dark style: light text on a dark background, as the window's dark style draws it. */
static void
test_trend_dark (void)
{
  const KrAppraisalTrendPoint points[] = {
    { 2022, KR_APPRAISAL_REGIME_SKP, KR_PREDIKAT_BAIK, "Baik", 0 },
  };
  cairo_t *cr;
  cairo_surface_t *surface = new_canvas (&cr);
  KrChartStyle style;
  double px, py;

  kr_chart_style_init_paper (&style);
  style.foreground = (KrChartColor){ 1, 1, 1, 1 };
  style.background = (KrChartColor){ 0.14, 0.14, 0.14, 1 };
  style.empty_text = "No results yet";
  kr_chart_render_trend (cr, 0, 0, WIDTH, HEIGHT, points, 1, &style);
  save (surface, "chart-trend-dark.png");
  g_assert_true (is_dark (get_pixel (surface, 2, 2)));
  g_assert_true (
      kr_chart_trend_get_point_position (0, 0, WIDTH, HEIGHT, points, 1, 0, &style, &px, &py));
  g_assert_true (is_accent (get_pixel (surface, px, py)));
  kr_chart_style_clear (&style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_distribution (void)
{
  const guint counts[KR_N_PREDIKAT] = { 0, 2, 4, 18, 6 };
  cairo_t *cr;
  cairo_surface_t *surface = new_canvas (&cr);
  KrChartStyle style;
  double slot = (double) WIDTH / KR_N_PREDIKAT;

  kr_chart_style_init_paper (&style);
  kr_chart_render_distribution (cr, 0, 0, WIDTH, HEIGHT, counts, &style);
  save (surface, "chart-distribution.png");
  /* The tallest bar (Baik) reaches high; Sangat Kurang has none; each other bar is blue just
   * above the axis */
  g_assert_true (is_accent (get_pixel (surface, 3.5 * slot, HEIGHT * 0.3)));
  g_assert_false (is_accent (get_pixel (surface, 3.5 * slot - slot * 0.4, HEIGHT * 0.3)));
  g_assert_false (is_accent (get_pixel (surface, 4.5 * slot, HEIGHT * 0.3)));
  for (guint i = 1; i < KR_N_PREDIKAT; i++)
    g_assert_true (is_accent (get_pixel (surface, (i + 0.5) * slot, HEIGHT - 28)));
  g_assert_false (is_accent (get_pixel (surface, 0.5 * slot, HEIGHT - 28)));
  kr_chart_style_clear (&style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_distribution_empty (void)
{
  const guint counts[KR_N_PREDIKAT] = { 0 };
  cairo_t *cr;
  cairo_surface_t *surface = new_canvas (&cr);
  KrChartStyle style;
  guint middle;

  kr_chart_style_init_paper (&style);
  kr_chart_render_distribution (cr, 0, 0, WIDTH, HEIGHT, counts, &style);
  save (surface, "chart-distribution-empty.png");
  middle = count_ink (surface, 0, HEIGHT / 2 - 10, WIDTH, HEIGHT / 2 + 10);
  g_assert_cmpuint (middle, >, 50);
  g_assert_cmpuint (count_ink (surface, 0, 0, WIDTH, HEIGHT), ==, middle);
  kr_chart_style_clear (&style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/chart/trend", test_trend);
  g_test_add_func ("/render/chart/trend-empty", test_trend_empty);
  g_test_add_func ("/render/chart/trend-dark", test_trend_dark);
  g_test_add_func ("/render/chart/distribution", test_distribution);
  g_test_add_func ("/render/chart/distribution-empty", test_distribution_empty);
  return g_test_run ();
}
