/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart-draw"

#include "config.h"

#include <cairo.h>
#include <math.h>

#include "kr-chart-data.h"
#include "kr-test-charts.h"

/* The geometry of the charts of kr-chart-data.h: bar lengths proportional to the values,
 * stacks summing up, ticks evenly spaced from the base line, the pyramid's two sides, shares
 * of a distribution, and hit-testing. test-chart-output.c checks what is drawn. */

#define WIDTH  560
#define HEIGHT 320
#define EPS    0.01

static double
item_length (const KrChartLayout *layout, guint series, guint category, gboolean horizontal)
{
  double w, h;

  g_assert_true (kr_chart_layout_get_item (layout, series, category, NULL, NULL, &w, &h));
  return horizontal ? w : h;
}

/* The bars' lengths are proportional to the values, and the ticks evenly spaced from the base */
static void
check_proportional (KrChartKind kind)
{
  g_autoptr (KrChartData) data = kr_test_chart_bars (kind, FALSE);
  gboolean horizontal = kind == KR_CHART_KIND_BAR_HORIZONTAL;
  KrChartStyle style;
  g_autoptr (KrChartLayout) layout = NULL;
  double px, py, pw, ph, step, unit;
  guint n_ticks;

  kr_chart_style_init_paper (&style);
  layout = kr_chart_layout_new (data, 0, 0, WIDTH, HEIGHT, &style);
  kr_chart_layout_get_plot (layout, &px, &py, &pw, &ph);
  g_assert_cmpfloat (pw, >, WIDTH / 3.0);
  g_assert_cmpfloat (ph, >, HEIGHT / 3.0);

  unit = item_length (layout, 0, 0, horizontal) / 10;
  g_assert_cmpfloat (unit, >, 0);
  g_assert_cmpfloat_with_epsilon (item_length (layout, 0, 1, horizontal), 20 * unit, EPS);
  g_assert_cmpfloat_with_epsilon (item_length (layout, 0, 2, horizontal), 40 * unit, EPS);
  g_assert_cmpfloat_with_epsilon (item_length (layout, 0, 3, horizontal), 5 * unit, EPS);

  /* Nice ticks: 1, 2 or 5 × 10^k, reaching the largest value, at most 11 */
  n_ticks = kr_chart_layout_get_ticks (layout, &step);
  g_assert_cmpuint (n_ticks, >=, 2);
  g_assert_cmpuint (n_ticks, <=, 11);
  g_assert_cmpfloat ((n_ticks - 1) * step, >=, 40);
  g_assert_cmpfloat ((n_ticks - 2) * step, <, 40);
  {
    double mantissa = step / pow (10, floor (log10 (step)));

    g_assert_true (fabs (mantissa - 1) < 1e-9 || fabs (mantissa - 2) < 1e-9 ||
                   fabs (mantissa - 5) < 1e-9);
  }
  for (guint t = 0; t < n_ticks; t++)
    {
      double position = kr_chart_layout_get_tick_position (layout, t);
      double expected = horizontal ? px + t * step * unit : py + ph - t * step * unit;

      g_assert_cmpfloat_with_epsilon (position, expected, EPS);
    }
  g_assert_cmpfloat (kr_chart_layout_get_tick_position (layout, n_ticks), ==, -1);
  /* The last tick is the end of the plot */
  g_assert_cmpfloat_with_epsilon ((n_ticks - 1) * step * unit, horizontal ? pw : ph, EPS);

  /* Bars start on the base line; categories in order along the axis */
  for (guint c = 0; c < 4; c++)
    {
      double x, y, w, h, nx, ny;

      g_assert_true (kr_chart_layout_get_item (layout, 0, c, &x, &y, &w, &h));
      if (horizontal)
        g_assert_cmpfloat_with_epsilon (x, px, EPS);
      else
        g_assert_cmpfloat_with_epsilon (y + h, py + ph, EPS);
      if (c + 1 < 4)
        {
          g_assert_true (kr_chart_layout_get_item (layout, 0, c + 1, &nx, &ny, NULL, NULL));
          if (horizontal)
            g_assert_cmpfloat (ny, >, y + h); /* first category on top */
          else
            g_assert_cmpfloat (nx, >, x + w);
        }
    }
  g_assert_false (kr_chart_layout_get_item (layout, 1, 0, NULL, NULL, NULL, NULL));
  g_assert_false (kr_chart_layout_get_item (layout, 0, 4, NULL, NULL, NULL, NULL));
  kr_chart_style_clear (&style);
}

static void
test_bars (void)
{
  check_proportional (KR_CHART_KIND_BAR);
  check_proportional (KR_CHART_KIND_BAR_HORIZONTAL);
}

/* Stacks: each segment sits on the one before, and the stack is as long as the total */
static void
test_stacked (void)
{
  for (guint k = 0; k < 2; k++)
    {
      KrChartKind kind = k == 0 ? KR_CHART_KIND_BAR : KR_CHART_KIND_BAR_HORIZONTAL;
      gboolean horizontal = k == 1;
      g_autoptr (KrChartData) data = kr_test_chart_bars (kind, TRUE);
      KrChartStyle style;
      g_autoptr (KrChartLayout) layout = NULL;
      double unit;

      kr_chart_style_init_paper (&style);
      layout = kr_chart_layout_new (data, 10, 10, WIDTH, HEIGHT, &style);
      unit = item_length (layout, 0, 0, horizontal) / 10;
      for (guint c = 0; c < 4; c++)
        {
          double x0, y0, w0, h0, x1, y1, w1, h1;
          double total =
              kr_chart_data_get_value (data, 0, c) + kr_chart_data_get_value (data, 1, c);

          g_assert_true (kr_chart_layout_get_item (layout, 0, c, &x0, &y0, &w0, &h0));
          g_assert_true (kr_chart_layout_get_item (layout, 1, c, &x1, &y1, &w1, &h1));
          if (horizontal)
            {
              g_assert_cmpfloat_with_epsilon (x1, x0 + w0, EPS);
              g_assert_cmpfloat_with_epsilon (y1, y0, EPS);
              g_assert_cmpfloat_with_epsilon (w0 + w1, total * unit, EPS);
            }
          else
            {
              g_assert_cmpfloat_with_epsilon (y1 + h1, y0, EPS);
              g_assert_cmpfloat_with_epsilon (x1, x0, EPS);
              g_assert_cmpfloat_with_epsilon (h0 + h1, total * unit, EPS);
            }
        }
      /* The axis reaches the largest total (52), not the largest value */
      {
        double step;
        guint n = kr_chart_layout_get_ticks (layout, &step);

        g_assert_cmpfloat ((n - 1) * step, >=, 52);
      }
      /* Hit-testing the segments */
      {
        double x, y, w, h;
        guint series = 99, category = 99;

        g_assert_true (kr_chart_layout_get_item (layout, 1, 2, &x, &y, &w, &h));
        g_assert_true (kr_chart_hit (layout, x + w / 2, y + h / 2, &series, &category));
        g_assert_cmpuint (series, ==, 1);
        g_assert_cmpuint (category, ==, 2);
        g_assert_true (kr_chart_layout_get_item (layout, 0, 2, &x, &y, &w, &h));
        g_assert_true (kr_chart_hit (layout, x + w / 2, y + h / 2, &series, &category));
        g_assert_cmpuint (series, ==, 0);
        g_assert_cmpuint (category, ==, 2);
        /* Past the end of the stack, and the title */
        if (horizontal)
          g_assert_false (kr_chart_hit (layout, x + w + 200, y + h / 2, NULL, NULL));
        g_assert_false (kr_chart_hit (layout, 12, 12, NULL, NULL));
      }
      kr_chart_style_clear (&style);
    }
}

/* Grouped bars side by side, and hits between them miss */
static void
test_grouped_hit (void)
{
  g_autoptr (KrChartData) data = kr_test_chart_bars (KR_CHART_KIND_BAR, TRUE);
  KrChartStyle style;
  g_autoptr (KrChartLayout) layout = NULL;
  double x0, y0, w0, h0, x1, y1, w1, h1;
  guint series, category;

  kr_chart_data_set_stacked (data, FALSE);
  kr_chart_style_init_paper (&style);
  layout = kr_chart_layout_new (data, 0, 0, WIDTH, HEIGHT, &style);
  g_assert_true (kr_chart_layout_get_item (layout, 0, 2, &x0, &y0, &w0, &h0));
  g_assert_true (kr_chart_layout_get_item (layout, 1, 2, &x1, &y1, &w1, &h1));
  g_assert_cmpfloat_with_epsilon (x1, x0 + w0, EPS);
  g_assert_cmpfloat_with_epsilon (h0 / h1, 40.0 / 12.0, EPS);
  g_assert_true (kr_chart_hit (layout, x1 + w1 / 2, y1 + h1 - 1, &series, &category));
  g_assert_cmpuint (series, ==, 1);
  g_assert_cmpuint (category, ==, 2);
  /* Above the shorter bar there is nothing */
  g_assert_false (kr_chart_hit (layout, x1 + w1 / 2, y1 - 5, NULL, NULL));
  /* A zero (PPPK in III/a) is never hit */
  g_assert_true (kr_chart_layout_get_item (layout, 1, 1, &x1, &y1, &w1, &h1));
  g_assert_cmpfloat (h1, ==, 0);
  g_assert_false (kr_chart_hit (layout, x1 + w1 / 2, y1, NULL, NULL));
  kr_chart_style_clear (&style);
}

static void
test_line (void)
{
  g_autoptr (KrChartData) data = kr_test_chart_line ();
  KrChartStyle style;
  g_autoptr (KrChartLayout) layout = NULL;
  double px, py, pw, ph;
  guint series, category;

  kr_chart_style_init_paper (&style);
  layout = kr_chart_layout_new (data, 0, 0, WIDTH, HEIGHT, &style);
  kr_chart_layout_get_plot (layout, &px, &py, &pw, &ph);
  for (guint s = 0; s < 2; s++)
    for (guint c = 0; c < 3; c++)
      {
        double x, y, w, h;
        double step;
        guint n = kr_chart_layout_get_ticks (layout, &step);
        double expected = py + ph - kr_chart_data_get_value (data, s, c) / ((n - 1) * step) * ph;

        g_assert_true (kr_chart_layout_get_item (layout, s, c, &x, &y, &w, &h));
        g_assert_cmpfloat_with_epsilon (y + h / 2, expected, EPS);
        g_assert_cmpfloat_with_epsilon (x + w / 2, px + pw * (c + 0.5) / 3, EPS);
        /* The nearest point of the column under the pointer */
        g_assert_true (kr_chart_hit (layout, x + w / 2 + 3, y + h / 2 - 4, &series, &category));
        g_assert_cmpuint (series, ==, s);
        g_assert_cmpuint (category, ==, c);
      }
  g_assert_false (kr_chart_hit (layout, px - 5, py + ph / 2, NULL, NULL));
  kr_chart_style_clear (&style);
}

static void
test_distribution (void)
{
  g_autoptr (KrChartData) data = kr_test_chart_distribution ();
  KrChartStyle style;
  g_autoptr (KrChartLayout) layout = NULL;
  double step, unit;
  guint n;

  kr_chart_style_init_paper (&style);
  layout = kr_chart_layout_new (data, 0, 0, WIDTH, HEIGHT, &style);
  /* Bars as shares of 50: 4%, 16%, 60%, 20% */
  unit = item_length (layout, 0, 1, FALSE) / 4;
  g_assert_cmpfloat_with_epsilon (item_length (layout, 0, 2, FALSE), 16 * unit, EPS);
  g_assert_cmpfloat_with_epsilon (item_length (layout, 0, 3, FALSE), 60 * unit, EPS);
  g_assert_cmpfloat_with_epsilon (item_length (layout, 0, 4, FALSE), 20 * unit, EPS);
  g_assert_cmpfloat (item_length (layout, 0, 0, FALSE), ==, 0);
  n = kr_chart_layout_get_ticks (layout, &step);
  g_assert_cmpfloat ((n - 1) * step, >=, 60);
  g_assert_cmpfloat ((n - 1) * step, <=, 100);
  kr_chart_style_clear (&style);
}

static void
test_pyramid (void)
{
  g_autoptr (KrChartData) data = kr_test_chart_pyramid ();
  KrChartStyle style;
  g_autoptr (KrChartLayout) layout = NULL;
  double px, py, pw, ph, center, unit, step;
  guint n;

  kr_chart_style_init_paper (&style);
  layout = kr_chart_layout_new (data, 0, 0, WIDTH, HEIGHT, &style);
  kr_chart_layout_get_plot (layout, &px, &py, &pw, &ph);
  center = px + pw / 2;
  unit = item_length (layout, 0, 0, TRUE) / 3;
  n = kr_chart_layout_get_ticks (layout, &step);
  g_assert_cmpfloat ((n - 1) * step, >=, 20);
  g_assert_cmpfloat_with_epsilon (kr_chart_layout_get_tick_position (layout, 0), center, EPS);
  for (guint c = 0; c < 4; c++)
    {
      double x0, y0, w0, h0, x1, y1, w1, h1;

      g_assert_true (kr_chart_layout_get_item (layout, 0, c, &x0, &y0, &w0, &h0));
      g_assert_true (kr_chart_layout_get_item (layout, 1, c, &x1, &y1, &w1, &h1));
      /* Men end at the centre, women start there; same row */
      g_assert_cmpfloat_with_epsilon (x0 + w0, center, EPS);
      g_assert_cmpfloat_with_epsilon (x1, center, EPS);
      g_assert_cmpfloat_with_epsilon (y0, y1, EPS);
      g_assert_cmpfloat_with_epsilon (w0, kr_chart_data_get_value (data, 0, c) * unit, EPS);
      g_assert_cmpfloat_with_epsilon (w1, kr_chart_data_get_value (data, 1, c) * unit, EPS);
      if (c > 0)
        {
          double below;

          /* The youngest band at the bottom */
          g_assert_true (kr_chart_layout_get_item (layout, 0, c - 1, NULL, &below, NULL, NULL));
          g_assert_cmpfloat (y0, <, below);
        }
      {
        guint series, category;

        g_assert_true (kr_chart_hit (layout, x0 + w0 - 1, y0 + h0 / 2, &series, &category));
        g_assert_cmpuint (series, ==, 0);
        g_assert_cmpuint (category, ==, c);
        g_assert_true (kr_chart_hit (layout, x1 + 1, y1 + h1 / 2, &series, &category));
        g_assert_cmpuint (series, ==, 1);
        g_assert_cmpuint (category, ==, c);
      }
    }
  kr_chart_style_clear (&style);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/chart/bars", test_bars);
  g_test_add_func ("/render/chart/stacked", test_stacked);
  g_test_add_func ("/render/chart/grouped-hit", test_grouped_hit);
  g_test_add_func ("/render/chart/line", test_line);
  g_test_add_func ("/render/chart/distribution", test_distribution);
  g_test_add_func ("/render/chart/pyramid", test_pyramid);
  return g_test_run ();
}
