/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart-output"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <math.h>

#include "kr-chart-private.h"
#include "kr-test-charts.h"
#include "kr-test-pdf.h"
#include "kr-test-utils.h"

/* The charts of kr-chart-data.h drawn: the Okabe–Ito colours on paper and on screen (light
 * and dark) read from PNGs, the reference marker, the empty state, and the text read back from
 * a PDF. The PNGs and the PDF are kept in the build folder to look at. */

#define WIDTH  560
#define HEIGHT 320

/* Pixels */

static guint32
pixel_at (cairo_surface_t *surface, double x, double y)
{
  cairo_surface_flush (surface);
  return ((guint32 *) (cairo_image_surface_get_data (surface) +
                       (int) y * cairo_image_surface_get_stride (surface)))[(int) x] &
         0xffffff;
}

static gboolean
near_color (guint32 pixel, guint32 rgb)
{
  for (int shift = 0; shift <= 16; shift += 8)
    if (ABS ((int) ((pixel >> shift) & 0xff) - (int) ((rgb >> shift) & 0xff)) > 24)
      return FALSE;
  return TRUE;
}

static cairo_surface_t *
draw_png (KrChartData *data,
          const KrChartStyle *style,
          guint32 ground,
          const char *name,
          KrChartLayout **layout)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);

  cairo_set_source_rgb (cr, ((ground >> 16) & 0xff) / 255.0, ((ground >> 8) & 0xff) / 255.0,
                        (ground & 0xff) / 255.0);
  cairo_paint (cr);
  *layout = kr_chart_layout_new (data, 0, 0, WIDTH, HEIGHT, style);
  kr_chart_render (cr, *layout, style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

static void
check_series_colors (KrChartLayout *layout, cairo_surface_t *surface, const guint32 colors[2])
{
  for (guint s = 0; s < 2; s++)
    {
      double x, y, w, h;

      g_assert_true (kr_chart_layout_get_item (layout, s, 2, &x, &y, &w, &h));
      /* A corner: the middle may hold the value label */
      g_assert_cmpfloat (w, >, 8);
      g_assert_cmpfloat (h, >, 8);
      g_assert_true (near_color (pixel_at (surface, x + 3, y + 3), colors[s]));
    }
}

static void
test_png (void)
{
  const guint32 paper[] = { 0x0072b2, 0xe69f00 };
  const guint32 dark[] = { 0x3c9ee0, 0xe69f00 };
  g_autoptr (KrChartData) stacked = kr_test_chart_bars (KR_CHART_KIND_BAR_HORIZONTAL, TRUE);
  g_autoptr (KrChartData) pyramid = kr_test_chart_pyramid ();
  g_autoptr (KrChartData) line = kr_test_chart_line ();
  g_autoptr (KrChartData) distribution = kr_test_chart_distribution ();
  KrChartStyle style;
  KrChartLayout *layout;
  cairo_surface_t *surface;

  /* Paper: Okabe–Ito on white */
  kr_chart_style_init_paper (&style);
  surface = draw_png (stacked, &style, 0xffffff, "chart-stacked-paper.png", &layout);
  check_series_colors (layout, surface, paper);
  kr_chart_layout_free (layout);
  cairo_surface_destroy (surface);
  surface = draw_png (pyramid, &style, 0xffffff, "chart-pyramid-paper.png", &layout);
  check_series_colors (layout, surface, paper);
  kr_chart_layout_free (layout);
  cairo_surface_destroy (surface);

  /* The reference marker crosses the Baik bar at 60% in the reference colour (black) */
  surface = draw_png (distribution, &style, 0xffffff, "chart-distribution-paper.png", &layout);
  {
    double x, y, w, h, step, px, py, pw, ph;
    guint n = kr_chart_layout_get_ticks (layout, &step);

    kr_chart_layout_get_plot (layout, &px, &py, &pw, &ph);
    g_assert_true (kr_chart_layout_get_item (layout, 0, 3, &x, &y, &w, &h));
    g_assert_true (
        near_color (pixel_at (surface, x + w / 2, py + ph - 60 / ((n - 1) * step) * ph), 0x000000));
    g_assert_true (near_color (pixel_at (surface, x + w / 2, y + h - 3), paper[0]));
  }
  kr_chart_layout_free (layout);
  cairo_surface_destroy (surface);
  surface = draw_png (line, &style, 0xffffff, "chart-line-paper.png", &layout);
  kr_chart_layout_free (layout);
  cairo_surface_destroy (surface);
  kr_chart_style_clear (&style);

  /* Screen, dark: transparent background, the lighter blue, light text */
  kr_chart_style_init_screen (&style, TRUE);
  g_assert_cmpfloat (style.background.alpha, ==, 0);
  g_assert_cmpfloat (style.foreground.red, >, 0.9);
  surface = draw_png (stacked, &style, 0x242424, "chart-stacked-dark.png", &layout);
  check_series_colors (layout, surface, dark);
  g_assert_true (near_color (pixel_at (surface, 2, 2), 0x242424));
  kr_chart_layout_free (layout);
  cairo_surface_destroy (surface);
  surface = draw_png (line, &style, 0x242424, "chart-line-dark.png", &layout);
  kr_chart_layout_free (layout);
  cairo_surface_destroy (surface);
  kr_chart_style_clear (&style);

  /* Screen, light */
  kr_chart_style_init_screen (&style, FALSE);
  g_assert_cmpfloat (style.foreground.red, <, 0.1);
  surface = draw_png (stacked, &style, 0xfafafa, "chart-stacked-light.png", &layout);
  check_series_colors (layout, surface, paper);
  kr_chart_layout_free (layout);
  cairo_surface_destroy (surface);
  kr_chart_style_clear (&style);
}

/* The empty state: text in the middle, no bars, no ticks, no hits */
static void
test_empty (void)
{
  g_autoptr (KrChartData) none = kr_chart_data_new (KR_CHART_KIND_BAR);
  g_autoptr (KrChartData) zeros = kr_test_chart_pyramid ();
  KrChartStyle style;
  KrChartLayout *layout;
  cairo_surface_t *surface;
  guint ink = 0;

  for (guint c = 0; c < 4; c++)
    for (guint s = 0; s < 2; s++)
      kr_chart_data_set_value (zeros, s, c, 0);
  kr_chart_style_init_paper (&style);
  surface = draw_png (none, &style, 0xffffff, "chart-empty.png", &layout);
  g_assert_cmpuint (kr_chart_layout_get_ticks (layout, NULL), ==, 0);
  g_assert_false (kr_chart_hit (layout, WIDTH / 2.0, HEIGHT / 2.0, NULL, NULL));
  /* Ink only near the middle (the text), none in the corners */
  for (int y = 0; y < HEIGHT; y += 2)
    for (int x = 0; x < WIDTH; x += 2)
      if (!near_color (pixel_at (surface, x, y), 0xffffff))
        {
          ink++;
          g_assert_cmpint (ABS (y - HEIGHT / 2), <, 20);
        }
  g_assert_cmpuint (ink, >, 10);
  kr_chart_layout_free (layout);
  cairo_surface_destroy (surface);

  surface = draw_png (zeros, &style, 0xffffff, "chart-empty-zeros.png", &layout);
  g_assert_false (kr_chart_layout_get_item (layout, 0, 0, NULL, NULL, NULL, NULL));
  g_assert_false (kr_chart_hit (layout, WIDTH / 2.0, HEIGHT / 2.0, NULL, NULL));
  kr_chart_layout_free (layout);
  cairo_surface_destroy (surface);
  kr_chart_style_clear (&style);
}

/* The text, read back from a PDF: one page per chart */
static void
render_page (cairo_t *cr, KrChartData *data, const KrChartStyle *style)
{
  g_autoptr (KrChartLayout) layout = kr_chart_layout_new (data, 20, 20, 500, 300, style);

  kr_chart_render (cr, layout, style);
  cairo_show_page (cr);
}

static void
test_text (void)
{
  g_autofree char *dir = kr_test_make_tmp_dir ("kr-chart-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "charts.pdf", NULL);
  g_autofree char *copy = g_test_build_filename (G_TEST_BUILT, "charts.pdf", NULL);
  g_autoptr (KrChartData) bars = kr_test_chart_bars (KR_CHART_KIND_BAR, TRUE);
  g_autoptr (KrChartData) distribution = kr_test_chart_distribution ();
  g_autoptr (KrChartData) pyramid = kr_test_chart_pyramid ();
  g_autoptr (KrChartData) line = kr_test_chart_line ();
  g_autoptr (KrChartData) empty = kr_chart_data_new (KR_CHART_KIND_LINE);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 540, 340);
  cairo_t *cr = cairo_create (surface);
  KrChartStyle style;

  kr_chart_data_set_title (empty, "Tren kosong");
  kr_chart_style_init_paper (&style);
  render_page (cr, bars, &style);
  render_page (cr, distribution, &style);
  render_page (cr, pyramid, &style);
  render_page (cr, line, &style);
  render_page (cr, empty, &style);
  style.empty_text = "No data yet";
  render_page (cr, empty, &style);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  kr_chart_style_clear (&style);

  {
    g_auto (GStrv) pages = kr_test_pdf_pages (path);
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
    g_file_set_contents (copy, contents, (gssize) length, NULL);
    g_assert_cmpuint (g_strv_length (pages), ==, 6);

    /* Stacked bars: title, legend, axis titles, categories, segment values, totals, ticks */
    kr_test_assert_has (pages[0], "Pegawai per golongan");
    kr_test_assert_has (pages[0], "PNS");
    kr_test_assert_has (pages[0], "PPPK");
    kr_test_assert_has (pages[0], "Golongan");
    kr_test_assert_has (pages[0], "Pegawai");
    kr_test_assert_has (pages[0], "III/b");
    kr_test_assert_has (pages[0], "IV/a");
    kr_test_assert_has (pages[0], "52");
    kr_test_assert_has (pages[0], "40");
    kr_test_assert_has (pages[0], "12");

    /* Distribution: counts with shares, the reference in the legend, per cent ticks */
    kr_test_assert_has (pages[1], "Distribusi predikat 2025");
    kr_test_assert_has (pages[1], "Pola distribusi");
    kr_test_assert_has (pages[1], "30 (60%)");
    kr_test_assert_has (pages[1], "2 (4%)");
    kr_test_assert_has (pages[1], "Butuh Perbaikan");
    kr_test_assert_has (pages[1], "0%");

    kr_test_assert_has (pages[2], "Piramida usia");
    kr_test_assert_has (pages[2], "Laki-laki");
    kr_test_assert_has (pages[2], "Perempuan");
    kr_test_assert_has (pages[2], "25–29");
    kr_test_assert_has (pages[2], "Usia");

    kr_test_assert_has (pages[3], "Tren predikat");
    kr_test_assert_has (pages[3], "Sangat Baik");
    kr_test_assert_has (pages[3], "2025");

    kr_test_assert_has (pages[4], "Tren kosong");
    kr_test_assert_has (pages[4], "Belum ada data");
    kr_test_assert_has (pages[5], "No data yet");
    kr_test_assert_lacks (pages[5], "Belum ada data");
  }
}

/* The printed line chart has nothing but paper between the title's first letter and the
 * legend's round marker: that marker once joined them (a thin wedge that PDF viewers draw as a
 * hairline). Drawn to PDF, rasterised by pdftoppm, and the segment between them sampled. */
static void
test_no_stray_path (void)
{
  g_autoptr (KrChartData) data = kr_test_chart_line ();
  g_autoptr (KrChartLayout) layout = NULL;
  g_autofree char *dir = kr_test_make_tmp_dir ("kr-stray-XXXXXX");
  g_autofree char *pdf = g_build_filename (dir, "line.pdf", NULL);
  g_autofree char *prefix = g_build_filename (dir, "line", NULL);
  g_autofree char *png = g_build_filename (dir, "line.png", NULL);
  g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");
  const KrChartLegendEntry *entry;
  cairo_surface_t *surface;
  PangoLayout *text;
  KrChartStyle style;
  double x0, y0, x1, y1, lh;
  int w, h;
  cairo_t *cr;

  g_assert_nonnull (pdftoppm);
  kr_chart_style_init_paper (&style);
  surface = cairo_pdf_surface_create (pdf, WIDTH, HEIGHT);
  cr = cairo_create (surface);
  layout = kr_chart_layout_new (data, 0, 0, WIDTH, HEIGHT, &style);
  kr_chart_render (cr, layout, &style);
  /* Where the title starts (centred, ANCHOR_BELOW) and the first marker's centre */
  text = _kr_chart_text_layout (cr, &style, TRUE);
  pango_layout_set_text (text, kr_chart_data_get_title (data), -1);
  pango_layout_get_pixel_size (text, &w, &h);
  g_object_unref (text);
  lh = layout->line_height;
  x0 = WIDTH / 2.0 - MIN (w, WIDTH - lh) / 2.0;
  y0 = layout->title_y;
  entry = &g_array_index (layout->legend, KrChartLegendEntry, 0);
  g_assert_cmpint (entry->series, ==, 0);
  x1 = entry->x + lh * 0.4;
  y1 = entry->y + lh / 2;
  g_assert_cmpfloat (hypot (x1 - x0, y1 - y0), >, 4 * lh);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  kr_chart_style_clear (&style);

  {
    const char *argv[] = { pdftoppm, "-png", "-r", "72", "-singlefile", pdf, prefix, NULL };
    g_autofree char *out = NULL, *err = NULL;

    g_assert_cmpint (kr_test_spawn (NULL, (char **) argv, &out, &err), ==, 0);
  }
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  /* Away from both ends (the title's letters, the marker), every sample is white */
  for (double t = 0.3; t <= 0.7; t += 0.05)
    {
      int x = (int) (x0 + t * (x1 - x0)), y = (int) (y0 + t * (y1 - y0));

      for (int dy = -1; dy <= 1; dy++)
        {
          const guint32 *row =
              (const guint32 *) (cairo_image_surface_get_data (surface) +
                                 (y + dy) * cairo_image_surface_get_stride (surface));

          g_assert_cmphex (row[x] & 0xffffff, ==, 0xffffff);
        }
    }
  cairo_surface_destroy (surface);
  kr_test_remove_tree (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/chart-output/no-stray-path", test_no_stray_path);
  g_test_add_func ("/render/chart-output/png", test_png);
  g_test_add_func ("/render/chart-output/empty", test_empty);
  g_test_add_func ("/render/chart-output/text", test_text);
  return g_test_run ();
}
