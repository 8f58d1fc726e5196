/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

#include "kr-chart-render.h"

G_BEGIN_DECLS

/* The 9-box (kotak manajemen talenta, DOMAIN 6) drawn with cairo and Pango on any cairo_t (a
 * GtkDrawingArea, a PDF page) in a rectangle given in the context's user units. No widgets:
 * the window and the printed PETA TALENTA draw the same grid, each with its own palette.
 *
 * As the KemenPANRB deck prints it, Kinerja is the vertical axis (di bawah ekspektasi at the
 * bottom, di atas ekspektasi at the top) and Potensial the horizontal one (rendah on the left,
 * tinggi on the right). Where a box sits comes from its performance and potential, its number
 * from its talent_box row: the numbering is data, never computed here. With the migration's
 * rows the grid reads 4 7 9 / 2 5 8 / 1 3 6 from the top.
 *
 * Each cell shows its box number, the count and the share of all employees placed in the
 * grid ("12 · 24%"); the pool cells (in_pool) have a tinted fill and a heavier outline, so
 * they stand out by lightness and line weight as well as by hue (colour-blind safe). */

/**
 * KR_TALENT_GRID_N_LEVELS:
 *
 * Categories per axis.
 */
#define KR_TALENT_GRID_N_LEVELS 3

/**
 * KR_TALENT_GRID_N_BOXES:
 *
 * Cells in the grid (and the largest box number).
 */
#define KR_TALENT_GRID_N_BOXES 9

/**
 * KrTalentGridCell:
 * @box: the box number, talent_box.id (1 to 9)
 * @performance: the Kinerja category as an index from the lowest: 0 di bawah ekspektasi
 *   ('below'), 1 sesuai ekspektasi ('as_expected'), 2 di atas ekspektasi ('above'); the same
 *   order as KrTalentPerformance, so (guint) of that enum fits
 * @potential: the Potensial category from the lowest: 0 rendah ('low'), 1 menengah
 *   ('medium'), 2 tinggi ('high'); the same order as KrTalentPotential
 * @in_pool: whether the box forms the talent pool (talent_box.in_pool)
 * @count: how many employees are placed in it
 *
 * One box of the grid: one talent_box row and its count.
 */
typedef struct
{
  guint box;
  guint performance;
  guint potential;
  gboolean in_pool;
  guint count;
} KrTalentGridCell;

/**
 * KrTalentGridPalette:
 * @foreground: text, axis titles and outlines
 * @muted: the share and the category labels (a softer foreground)
 * @background: behind the grid; transparent (alpha 0) to draw nothing behind it
 * @cell: the fill of a box outside the pool
 * @pool_cell: the fill of a pool box
 * @pool_border: the heavier outline of a pool box
 * @focus: the ring around the highlighted box (keyboard focus, selection)
 * @font: the font of the labels, owned; its size is in the context's user units (points on
 *   paper, pixels on screen) when set with an absolute size. Box numbers are drawn at 1.6
 *   times and counts at 1.25 times its size, bold
 * @performance_title: (nullable): the vertical axis title, not owned; %NULL for "Kinerja"
 * @potential_title: (nullable): the horizontal axis title, not owned; %NULL for "Potensial"
 * @performance_labels: (nullable): the three Kinerja categories from the lowest, not owned;
 *   a %NULL entry for the Indonesian ("Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Di Atas
 *   Ekspektasi")
 * @potential_labels: (nullable): the three Potensial categories from the lowest, not owned;
 *   a %NULL entry for "Rendah", "Menengah", "Tinggi"
 *
 * How the grid looks. Initialise with kr_talent_grid_palette_init_paper () or
 * kr_talent_grid_palette_init_screen () and change what differs; clear with
 * kr_talent_grid_palette_clear (). The labels default to the official Indonesian terms, which
 * the printed documents keep; the window may pass its own.
 */
typedef struct
{
  KrChartColor foreground;
  KrChartColor muted;
  KrChartColor background;
  KrChartColor cell;
  KrChartColor pool_cell;
  KrChartColor pool_border;
  KrChartColor focus;
  PangoFontDescription *font;
  const char *performance_title;
  const char *potential_title;
  const char *performance_labels[KR_TALENT_GRID_N_LEVELS];
  const char *potential_labels[KR_TALENT_GRID_N_LEVELS];
} KrTalentGridPalette;

/**
 * kr_talent_grid_palette_init_paper:
 * @palette: (out caller-allocates): a palette to fill
 *
 * The fixed light palette of paper: black text on white, light grey boxes, pool boxes in a
 * light blue with a dark blue outline, 8 points of Liberation Sans (or the system's sans).
 */
void kr_talent_grid_palette_init_paper (KrTalentGridPalette *palette);

/**
 * kr_talent_grid_palette_init_screen:
 * @palette: (out caller-allocates): a palette to fill
 * @dark: whether the window uses the dark style (adw_style_manager_get_dark ())
 *
 * A palette for the window, light or dark, from the GNOME palette; transparent background so
 * the widget's own shows through. The font is 13 pixels of the system's sans serif; set the
 * widget's with kr_talent_grid_palette_set_font ().
 */
void kr_talent_grid_palette_init_screen (KrTalentGridPalette *palette, gboolean dark);

/**
 * kr_talent_grid_palette_set_font:
 * @palette: a palette
 * @font: (nullable): the font of the labels, copied; %NULL for the paper font
 */
void
kr_talent_grid_palette_set_font (KrTalentGridPalette *palette, const PangoFontDescription *font);

/**
 * kr_talent_grid_palette_clear:
 * @palette: a palette
 *
 * Frees what @palette holds; it can be initialised again.
 */
void kr_talent_grid_palette_clear (KrTalentGridPalette *palette);

/**
 * KrTalentGridLayout:
 *
 * Where the boxes of one grid are in one rectangle: made once per size (and per change of the
 * counts or the font), then drawn and hit-tested. Opaque.
 */
typedef struct _KrTalentGridLayout KrTalentGridLayout;

/**
 * kr_talent_grid_layout_new:
 * @cells: (array length=n_cells): the boxes, one per talent_box row, in any order; copied
 * @n_cells: how many (at most 9; a missing position is drawn as an empty, unnumbered cell)
 * @x: the left of the grid with its axis labels
 * @y: its top
 * @width: its width
 * @height: its height
 * @palette: the palette it will be drawn with (its font sets the room for the labels)
 * @error: a KR_ERROR_INVALID naming the row when a box number is outside 1 to 9, a category
 *   outside 0 to 2, or two rows share a number or a position
 *
 * Measures the axis labels on a scratch surface, so the geometry does not depend on the target,
 * and splits what remains into three by three cells (Kinerja rows, Potensial columns).
 *
 * Returns: (transfer full) (nullable): the layout, or %NULL with @error set
 */
KrTalentGridLayout *kr_talent_grid_layout_new (const KrTalentGridCell *cells,
                                               guint n_cells,
                                               double x,
                                               double y,
                                               double width,
                                               double height,
                                               const KrTalentGridPalette *palette,
                                               GError **error);

/**
 * kr_talent_grid_layout_free:
 * @layout: (nullable): a layout
 */
void kr_talent_grid_layout_free (KrTalentGridLayout *layout);

/**
 * kr_talent_grid_layout_get_total:
 * @layout: a layout
 *
 * Returns: the sum of the counts, the base of the shares
 */
guint kr_talent_grid_layout_get_total (const KrTalentGridLayout *layout);

/**
 * kr_talent_grid_layout_get_cell:
 * @layout: a layout
 * @box: a box number
 *
 * Returns: (nullable) (transfer none): the cell of box @box as given, or %NULL when no row
 *   has that number
 */
const KrTalentGridCell *
kr_talent_grid_layout_get_cell (const KrTalentGridLayout *layout, guint box);

/**
 * kr_talent_grid_layout_get_box_at:
 * @layout: a layout
 * @performance: the Kinerja index, 0 to 2
 * @potential: the Potensial index, 0 to 2
 *
 * Returns: the number of the box at that position, or 0 when no row is there (for keyboard
 *   navigation: arrows move along the indices)
 */
guint kr_talent_grid_layout_get_box_at (const KrTalentGridLayout *layout,
                                        guint performance,
                                        guint potential);

/**
 * kr_talent_grid_layout_get_box_rect:
 * @layout: a layout
 * @box: a box number
 * @x: (out) (optional): the left of its cell
 * @y: (out) (optional): its top
 * @width: (out) (optional): its width
 * @height: (out) (optional): its height
 *
 * Where box @box is drawn (for tooltips' tip areas and focus).
 *
 * Returns: %FALSE when no row has that number
 */
gboolean kr_talent_grid_layout_get_box_rect (const KrTalentGridLayout *layout,
                                             guint box,
                                             double *x,
                                             double *y,
                                             double *width,
                                             double *height);

/**
 * kr_talent_grid_hit:
 * @layout: a layout
 * @x: a point in the same user units as the layout
 * @y: a point
 *
 * Returns: the number of the box under the point, or 0 outside the boxes (axis labels,
 *   margins, a position without a row)
 */
guint kr_talent_grid_hit (const KrTalentGridLayout *layout, double x, double y);

/**
 * kr_talent_grid_format_cell:
 * @count: a box's count
 * @total: the total of the grid
 *
 * The count and share a cell shows: "12 · 24%" (share rounded to a whole percent, "<1%" for a
 * small non-zero share); just "0" when the count is 0.
 *
 * Returns: (transfer full): the text
 */
char *kr_talent_grid_format_cell (guint count, guint total);

/**
 * kr_talent_grid_render:
 * @cr: the context to draw on
 * @layout: where things go
 * @palette: how it looks (the one the layout was made with)
 * @highlighted_box: a box to ring with the focus colour, or 0 for none
 *
 * Draws the grid: the Kinerja title (rotated) and categories on the left, the Potensial
 * categories and title below, and in every cell its box number, count and share.
 */
void kr_talent_grid_render (cairo_t *cr,
                            const KrTalentGridLayout *layout,
                            const KrTalentGridPalette *palette,
                            guint highlighted_box);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrTalentGridLayout, kr_talent_grid_layout_free)

G_END_DECLS
