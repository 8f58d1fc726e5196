/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-talent-grid"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include "kr-error.h"
#include "kr-talent-grid.h"
#include "kr-test-pdf.h"
#include "kr-test-utils.h"

/* The 9-box: where each box sits comes from its row (Kinerja rows, Potensial columns), hit
 * testing finds the box under a point and nothing in the margins, bad rows are refused by
 * name, the pool boxes are filled in the pool colour, the focus ring shows, and the text
 * (axis titles, categories, box numbers, counts and shares) reads back from a PDF. The PNGs
 * and the PDF are kept in the build folder for a person to look at. */

#define WIDTH  600
#define HEIGHT 420

/* The migration's talent_box rows, in its order (DOMAIN 6 numbering) */
static const KrTalentGridCell migration_cells[] = {
  { 1, 0, 0, FALSE, 5 }, { 2, 1, 0, FALSE, 10 }, { 3, 0, 1, FALSE, 3 },
  { 4, 2, 0, FALSE, 2 }, { 5, 1, 1, FALSE, 12 }, { 6, 0, 2, FALSE, 0 },
  { 7, 2, 1, TRUE, 6 },  { 8, 1, 2, TRUE, 8 },   { 9, 2, 2, TRUE, 4 },
};

static KrTalentGridLayout *
make_layout (const KrTalentGridCell *cells,
             guint n,
             double x,
             double y,
             const KrTalentGridPalette *palette)
{
  g_autoptr (GError) error = NULL;
  KrTalentGridLayout *layout =
      kr_talent_grid_layout_new (cells, n, x, y, WIDTH - 2 * x, HEIGHT - 2 * y, palette, &error);

  g_assert_no_error (error);
  g_assert_nonnull (layout);
  return layout;
}

static void
centre (const KrTalentGridLayout *layout, guint box, double *cx, double *cy)
{
  double x, y, w, h;

  g_assert_true (kr_talent_grid_layout_get_box_rect (layout, box, &x, &y, &w, &h));
  *cx = x + w / 2;
  *cy = y + h / 2;
}

static void
test_geometry (void)
{
  KrTalentGridPalette palette;
  g_autoptr (KrTalentGridLayout) layout = NULL;
  double x[10], y[10], w, h, w1, h1;
  static const guint top_row[] = { 4, 7, 9 }, middle_row[] = { 2, 5, 8 },
                     bottom_row[] = { 1, 3, 6 };

  kr_talent_grid_palette_init_paper (&palette);
  layout = make_layout (migration_cells, G_N_ELEMENTS (migration_cells), 10, 10, &palette);
  g_assert_cmpuint (kr_talent_grid_layout_get_total (layout), ==, 50);

  for (guint box = 1; box <= 9; box++)
    g_assert_true (kr_talent_grid_layout_get_box_rect (layout, box, &x[box], &y[box], NULL, NULL));
  g_assert_false (kr_talent_grid_layout_get_box_rect (layout, 10, NULL, NULL, NULL, NULL));
  g_assert_false (kr_talent_grid_layout_get_box_rect (layout, 0, NULL, NULL, NULL, NULL));

  /* Rows 4 7 9 / 2 5 8 / 1 3 6 from the top: same top within a row, left to right */
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpfloat (y[top_row[i]], <, y[middle_row[i]]);
      g_assert_cmpfloat (y[middle_row[i]], <, y[bottom_row[i]]);
      g_assert_cmpfloat_with_epsilon (y[top_row[i]], y[top_row[0]], 1e-9);
      g_assert_cmpfloat_with_epsilon (y[bottom_row[i]], y[bottom_row[0]], 1e-9);
      g_assert_cmpfloat_with_epsilon (x[top_row[i]], x[bottom_row[i]], 1e-9);
      if (i > 0)
        g_assert_cmpfloat (x[top_row[i - 1]], <, x[top_row[i]]);
    }

  /* Equal cells, inside the rectangle, leaving room on the left and below for the labels */
  g_assert_true (kr_talent_grid_layout_get_box_rect (layout, 1, NULL, NULL, &w1, &h1));
  for (guint box = 1; box <= 9; box++)
    {
      g_assert_true (kr_talent_grid_layout_get_box_rect (layout, box, NULL, NULL, &w, &h));
      g_assert_cmpfloat_with_epsilon (w, w1, 1e-9);
      g_assert_cmpfloat_with_epsilon (h, h1, 1e-9);
      g_assert_cmpfloat (x[box], >, 10 + 40);
      g_assert_cmpfloat (x[box] + w, <=, WIDTH - 10);
      g_assert_cmpfloat (y[box], >=, 10);
      g_assert_cmpfloat (y[box] + h, <, HEIGHT - 10 - 20);
    }
  g_assert_cmpfloat (w1, >, 100);
  g_assert_cmpfloat (h1, >, 70);

  /* Positions for keyboard navigation */
  g_assert_cmpuint (kr_talent_grid_layout_get_box_at (layout, 2, 2), ==, 9);
  g_assert_cmpuint (kr_talent_grid_layout_get_box_at (layout, 2, 0), ==, 4);
  g_assert_cmpuint (kr_talent_grid_layout_get_box_at (layout, 0, 2), ==, 6);
  g_assert_cmpuint (kr_talent_grid_layout_get_box_at (layout, 3, 0), ==, 0);
  g_assert_cmpuint (kr_talent_grid_layout_get_cell (layout, 8)->count, ==, 8);
  g_assert_true (kr_talent_grid_layout_get_cell (layout, 8)->in_pool);
  g_assert_null (kr_talent_grid_layout_get_cell (layout, 0));
  kr_talent_grid_palette_clear (&palette);
}

static void
test_hit (void)
{
  KrTalentGridPalette palette;
  g_autoptr (KrTalentGridLayout) layout = NULL;
  double x, y, w, h, cx, cy;

  kr_talent_grid_palette_init_screen (&palette, FALSE);
  layout = make_layout (migration_cells, G_N_ELEMENTS (migration_cells), 0, 0, &palette);
  for (guint box = 1; box <= 9; box++)
    {
      centre (layout, box, &cx, &cy);
      g_assert_cmpuint (kr_talent_grid_hit (layout, cx, cy), ==, box);
      kr_talent_grid_layout_get_box_rect (layout, box, &x, &y, &w, &h);
      /* The corners belong to the box, just outside them does not */
      g_assert_cmpuint (kr_talent_grid_hit (layout, x + 0.1, y + 0.1), ==, box);
      g_assert_cmpuint (kr_talent_grid_hit (layout, x + w - 0.1, y + h - 0.1), ==, box);
      g_assert_cmpuint (kr_talent_grid_hit (layout, x - 0.1, y + h / 2) != box, ==, TRUE);
    }
  /* The axis labels and outside the grid are no box */
  g_assert_cmpuint (kr_talent_grid_hit (layout, 2, HEIGHT / 2.0), ==, 0);
  g_assert_cmpuint (kr_talent_grid_hit (layout, WIDTH / 2.0, HEIGHT - 2), ==, 0);
  g_assert_cmpuint (kr_talent_grid_hit (layout, -5, -5), ==, 0);
  g_assert_cmpuint (kr_talent_grid_hit (layout, WIDTH + 5, 5), ==, 0);
  kr_talent_grid_palette_clear (&palette);
}

/* The numbering is data: another numbering puts the numbers elsewhere, and a position
 * without a row is no box */
static void
test_numbering_is_data (void)
{
  KrTalentGridPalette palette;
  g_autoptr (KrTalentGridLayout) layout = NULL;
  KrTalentGridCell cells[] = {
    { 1, 2, 2, TRUE, 1 },  /* top right */
    { 9, 0, 0, FALSE, 3 }, /* bottom left */
    { 5, 1, 1, FALSE, 0 },
  };
  double cx, cy, x1, y1, x9, y9;

  kr_talent_grid_palette_init_paper (&palette);
  layout = make_layout (cells, G_N_ELEMENTS (cells), 0, 0, &palette);
  kr_talent_grid_layout_get_box_rect (layout, 1, &x1, &y1, NULL, NULL);
  kr_talent_grid_layout_get_box_rect (layout, 9, &x9, &y9, NULL, NULL);
  g_assert_cmpfloat (x1, >, x9);
  g_assert_cmpfloat (y1, <, y9);
  g_assert_cmpuint (kr_talent_grid_layout_get_box_at (layout, 2, 0), ==, 0);
  g_assert_cmpuint (kr_talent_grid_layout_get_total (layout), ==, 4);
  /* Where box 4 would be (top left) is an empty position */
  centre (layout, 9, &cx, &cy);
  g_assert_cmpuint (kr_talent_grid_hit (layout, cx, cy), ==, 9);
  g_assert_cmpuint (kr_talent_grid_hit (layout, cx, y1 + 5), ==, 0);
  kr_talent_grid_palette_clear (&palette);
}

static void
expect_invalid (const KrTalentGridCell *cells, guint n, const char *needle)
{
  KrTalentGridPalette palette;
  g_autoptr (GError) error = NULL;
  g_autoptr (KrTalentGridLayout) layout = NULL;

  kr_talent_grid_palette_init_paper (&palette);
  layout = kr_talent_grid_layout_new (cells, n, 0, 0, WIDTH, HEIGHT, &palette, &error);
  g_assert_null (layout);
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, needle));
  kr_talent_grid_palette_clear (&palette);
}

static void
test_invalid (void)
{
  KrTalentGridCell number[] = { { 10, 0, 0, FALSE, 0 } };
  KrTalentGridCell zero[] = { { 0, 0, 0, FALSE, 0 } };
  KrTalentGridCell level[] = { { 3, 0, 3, FALSE, 0 } };
  KrTalentGridCell twice[] = { { 3, 0, 0, FALSE, 0 }, { 3, 1, 0, FALSE, 0 } };
  KrTalentGridCell same[] = { { 3, 0, 0, FALSE, 0 }, { 4, 0, 0, FALSE, 0 } };
  KrTalentGridCell ten[10];

  expect_invalid (number, 1, "box 10");
  expect_invalid (zero, 1, "box 0");
  expect_invalid (level, 1, "box 3");
  expect_invalid (twice, 2, "box 3 appears twice");
  expect_invalid (same, 2, "boxes 3 and 4");
  for (guint i = 0; i < 10; i++)
    ten[i] = (KrTalentGridCell){ i + 1, i % 3, i / 3 % 3, FALSE, 0 };
  expect_invalid (ten, 10, "10 boxes");
}

static void
test_format_cell (void)
{
  g_autofree char *a = kr_talent_grid_format_cell (12, 50);
  g_autofree char *b = kr_talent_grid_format_cell (0, 50);
  g_autofree char *c = kr_talent_grid_format_cell (1, 1000);
  g_autofree char *d = kr_talent_grid_format_cell (0, 0);
  g_autofree char *e = kr_talent_grid_format_cell (3, 3);
  g_autofree char *f = kr_talent_grid_format_cell (1, 3);

  g_assert_cmpstr (a, ==, "12 · 24%");
  g_assert_cmpstr (b, ==, "0");
  g_assert_cmpstr (c, ==, "1 · <1%");
  g_assert_cmpstr (d, ==, "0");
  g_assert_cmpstr (e, ==, "3 · 100%");
  g_assert_cmpstr (f, ==, "1 · 33%");
}

typedef struct
{
  int red, green, blue;
} Pixel;

static Pixel
get_pixel (cairo_surface_t *surface, double x, double y)
{
  guint32 value;

  cairo_surface_flush (surface);
  value = ((guint32 *) (cairo_image_surface_get_data (surface) +
                        (int) y * cairo_image_surface_get_stride (surface)))[(int) x];
  return (Pixel){ (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff };
}

static gboolean
near (Pixel pixel, guint rgb)
{
  return ABS (pixel.red - (int) ((rgb >> 16) & 0xff)) < 12 &&
         ABS (pixel.green - (int) ((rgb >> 8) & 0xff)) < 12 &&
         ABS (pixel.blue - (int) (rgb & 0xff)) < 12;
}

static void
save_png (cairo_surface_t *surface, const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);

  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
}

/* The paper palette: pool boxes light blue with a dark blue outline, others light grey */
static void
test_render_paper (void)
{
  KrTalentGridPalette palette;
  g_autoptr (KrTalentGridLayout) layout = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  double x, y, w, h;

  kr_talent_grid_palette_init_paper (&palette);
  layout = make_layout (migration_cells, G_N_ELEMENTS (migration_cells), 0, 0, &palette);
  kr_talent_grid_render (cr, layout, &palette, 5);
  save_png (surface, "talent-grid-paper.png");

  for (guint box = 1; box <= 9; box++)
    {
      gboolean pool = box >= 7;

      kr_talent_grid_layout_get_box_rect (layout, box, &x, &y, &w, &h);
      /* Inside, right of the number, above the count */
      g_assert_true (
          near (get_pixel (surface, x + w - 12, y + h * 0.25), pool ? 0xcfe0f7 : 0xf2f2f0));
      /* The outline: the pool's dark blue and heavy, the others' thin grey */
      if (pool)
        g_assert_true (near (get_pixel (surface, x + 1, y + h / 2), 0x1a5fb4));
      else
        g_assert_false (near (get_pixel (surface, x + 1.5, y + h / 2), 0x1a5fb4));
    }
  /* The focus ring around box 5 only */
  kr_talent_grid_layout_get_box_rect (layout, 5, &x, &y, &w, &h);
  g_assert_true (near (get_pixel (surface, x + 3, y + h / 2), 0xc64600));
  kr_talent_grid_layout_get_box_rect (layout, 2, &x, &y, &w, &h);
  g_assert_false (near (get_pixel (surface, x + 3, y + h / 2), 0xc64600));
  /* Outside the grid it stays paper white */
  g_assert_true (near (get_pixel (surface, WIDTH - 1, HEIGHT - 1), 0xffffff));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  kr_talent_grid_palette_clear (&palette);
}

/* The dark palette draws nothing behind the grid: the widget's own background shows */
static void
test_render_dark (void)
{
  KrTalentGridPalette palette;
  g_autoptr (KrTalentGridLayout) layout = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  double x, y, w, h;
  Pixel pool, other;

  cairo_set_source_rgb (cr, 0x24 / 255.0, 0x24 / 255.0, 0x24 / 255.0);
  cairo_paint (cr);
  kr_talent_grid_palette_init_screen (&palette, TRUE);
  layout = make_layout (migration_cells, G_N_ELEMENTS (migration_cells), 0, 0, &palette);
  kr_talent_grid_render (cr, layout, &palette, 0);
  save_png (surface, "talent-grid-dark.png");

  g_assert_true (near (get_pixel (surface, WIDTH - 1, HEIGHT - 1), 0x242424));
  kr_talent_grid_layout_get_box_rect (layout, 9, &x, &y, &w, &h);
  pool = get_pixel (surface, x + w - 12, y + h * 0.25);
  g_assert_true (near (get_pixel (surface, x + 1, y + h / 2), 0x99c1f1));
  kr_talent_grid_layout_get_box_rect (layout, 1, &x, &y, &w, &h);
  other = get_pixel (surface, x + w - 12, y + h * 0.25);
  /* Pool boxes are bluer than the others and lighter than the background */
  g_assert_cmpint (pool.blue - pool.red, >, other.blue - other.red + 30);
  g_assert_cmpint (other.red, >, 0x24);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  kr_talent_grid_palette_clear (&palette);
}

/* The text, read back from a PDF */
static void
test_text (void)
{
  g_autofree char *dir = kr_test_make_tmp_dir ("kr-talent-grid-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "grid.pdf", NULL);
  g_autofree char *copy = g_test_build_filename (G_TEST_BUILT, "talent-grid.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *translated = NULL;
  KrTalentGridPalette palette;
  g_autoptr (KrTalentGridLayout) layout = NULL;
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 420);
  cairo_t *cr = cairo_create (surface);
  const char *line_1 = "4 2 · 4% 7 6 · 12% 9 4 · 8%";

  kr_talent_grid_palette_init_paper (&palette);
  layout = make_layout (migration_cells, G_N_ELEMENTS (migration_cells), 20, 20, &palette);
  kr_talent_grid_render (cr, layout, &palette, 0);
  cairo_show_page (cr);

  /* The window may pass its own labels */
  palette.performance_title = "Performance";
  palette.potential_labels[2] = "High";
  g_clear_pointer (&layout, kr_talent_grid_layout_free);
  layout = make_layout (migration_cells, G_N_ELEMENTS (migration_cells), 20, 20, &palette);
  kr_talent_grid_render (cr, layout, &palette, 0);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  {
    g_auto (GStrv) pages = kr_test_pdf_pages (path);
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_cmpuint (g_strv_length (pages), ==, 2);
    text = g_strdup (pages[0]);
    translated = g_strdup (pages[1]);
    g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
    g_file_set_contents (copy, contents, (gssize) length, NULL);
  }
  kr_test_assert_has (text, "Kinerja");
  kr_test_assert_has (text, "Potensial");
  kr_test_assert_has (text, "Di Atas Ekspektasi");
  kr_test_assert_has (text, "Sesuai Ekspektasi");
  kr_test_assert_has (text, "Di Bawah Ekspektasi");
  kr_test_assert_has (text, "Rendah");
  kr_test_assert_has (text, "Menengah");
  kr_test_assert_has (text, "Tinggi");
  /* Every cell: number, count and share (of 50); box 6 is empty */
  kr_test_assert_has (text, line_1);
  kr_test_assert_has (text, "5 12 · 24%");
  kr_test_assert_has (text, "2 10 · 20%");
  kr_test_assert_has (text, "1 5 · 10%");
  kr_test_assert_has (text, "3 3 · 6%");
  kr_test_assert_has (text, "6 0");
  kr_test_assert_has (text, "8 8 · 16%");

  kr_test_assert_has (translated, "Performance");
  kr_test_assert_lacks (translated, "Kinerja");
  kr_test_assert_has (translated, "High");
  kr_test_assert_lacks (translated, "Tinggi");
  kr_test_assert_has (translated, "Potensial");

  kr_test_remove_tree (dir);
  kr_talent_grid_palette_clear (&palette);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/talent-grid/geometry", test_geometry);
  g_test_add_func ("/render/talent-grid/hit", test_hit);
  g_test_add_func ("/render/talent-grid/numbering-is-data", test_numbering_is_data);
  g_test_add_func ("/render/talent-grid/invalid", test_invalid);
  g_test_add_func ("/render/talent-grid/format-cell", test_format_cell);
  g_test_add_func ("/render/talent-grid/render-paper", test_render_paper);
  g_test_add_func ("/render/talent-grid/render-dark", test_render_dark);
  g_test_add_func ("/render/talent-grid/text", test_text);
  return g_test_run ();
}
