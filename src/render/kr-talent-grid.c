/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-talent-grid"

#include "config.h"

#include "kr-talent-grid.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "kr-error.h"
#include "kr-i18n.h"

/* Official terms (DOMAIN 6): do not translate */
#define PERFORMANCE_TITLE "Kinerja"
#define POTENTIAL_TITLE   "Potensial"
static const char *const performance_labels[KR_TALENT_GRID_N_LEVELS] = {
  "Di Bawah Ekspektasi",
  "Sesuai Ekspektasi",
  "Di Atas Ekspektasi",
};
static const char *const potential_labels[KR_TALENT_GRID_N_LEVELS] = {
  "Rendah",
  "Menengah",
  "Tinggi",
};

#define PAPER_FONT       "Liberation Sans, DejaVu Sans, Sans"
#define PAPER_FONT_SIZE  8.0
#define SCREEN_FONT      "Sans"
#define SCREEN_FONT_SIZE 13.0
#define NUMBER_SCALE     1.6
#define COUNT_SCALE      1.25
#define CELL_LINE        0.75
#define POOL_LINE        2.0
#define FOCUS_LINE       2.0
#define NO_BOX           (-1)

struct _KrTalentGridLayout
{
  KrTalentGridCell cells[KR_TALENT_GRID_N_BOXES];
  guint n_cells;
  /* Index into cells of the box at [performance][potential], NO_BOX for none */
  int at[KR_TALENT_GRID_N_LEVELS][KR_TALENT_GRID_N_LEVELS];
  guint total;
  double x, y, width, height;
  /* The three by three cells */
  double left, top, cell_width, cell_height, gap;
  /* Room left of the cells for the Kinerja title and categories */
  double title_width, label_width, line;
};

/* Palette */

static void
color_set (KrChartColor *color, guint rgb, double alpha)
{
  *color = (KrChartColor){
    ((rgb >> 16) & 0xff) / 255.0,
    ((rgb >> 8) & 0xff) / 255.0,
    (rgb & 0xff) / 255.0,
    alpha,
  };
}

void
kr_talent_grid_palette_init_paper (KrTalentGridPalette *palette)
{
  g_return_if_fail (palette != NULL);

  memset (palette, 0, sizeof *palette);
  color_set (&palette->foreground, 0x000000, 1);
  color_set (&palette->muted, 0x4a4a4a, 1);
  color_set (&palette->background, 0xffffff, 1);
  color_set (&palette->cell, 0xf2f2f0, 1);
  /* Blue pool cells against grey ones differ in lightness too: readable with any colour
   * vision and in black and white; the focus ring is orange, the blue's complement */
  color_set (&palette->pool_cell, 0xcfe0f7, 1);
  color_set (&palette->pool_border, 0x1a5fb4, 1);
  color_set (&palette->focus, 0xc64600, 1);
  kr_talent_grid_palette_set_font (palette, NULL);
}

void
kr_talent_grid_palette_init_screen (KrTalentGridPalette *palette, gboolean dark)
{
  g_return_if_fail (palette != NULL);

  memset (palette, 0, sizeof *palette);
  if (dark)
    {
      color_set (&palette->foreground, 0xffffff, 1);
      color_set (&palette->muted, 0xffffff, 0.65);
      color_set (&palette->cell, 0xffffff, 0.07);
      color_set (&palette->pool_cell, 0x3584e4, 0.35);
      color_set (&palette->pool_border, 0x99c1f1, 1);
      color_set (&palette->focus, 0xffa348, 1);
    }
  else
    {
      color_set (&palette->foreground, 0x000000, 0.8);
      color_set (&palette->muted, 0x000000, 0.6);
      color_set (&palette->cell, 0x000000, 0.05);
      color_set (&palette->pool_cell, 0x3584e4, 0.22);
      color_set (&palette->pool_border, 0x1a5fb4, 1);
      color_set (&palette->focus, 0xc64600, 1);
    }
  color_set (&palette->background, 0x000000, 0);
  palette->font = pango_font_description_from_string (SCREEN_FONT);
  pango_font_description_set_absolute_size (palette->font, SCREEN_FONT_SIZE * PANGO_SCALE);
}

void
kr_talent_grid_palette_set_font (KrTalentGridPalette *palette, const PangoFontDescription *font)
{
  g_return_if_fail (palette != NULL);

  g_clear_pointer (&palette->font, pango_font_description_free);
  if (font != NULL)
    {
      palette->font = pango_font_description_copy (font);
      return;
    }
  palette->font = pango_font_description_from_string (PAPER_FONT);
  pango_font_description_set_absolute_size (palette->font, PAPER_FONT_SIZE * PANGO_SCALE);
}

void
kr_talent_grid_palette_clear (KrTalentGridPalette *palette)
{
  g_return_if_fail (palette != NULL);

  g_clear_pointer (&palette->font, pango_font_description_free);
}

static const char *
performance_label (const KrTalentGridPalette *palette, guint level)
{
  return palette->performance_labels[level] != NULL ? palette->performance_labels[level]
                                                    : performance_labels[level];
}

static const char *
potential_label (const KrTalentGridPalette *palette, guint level)
{
  return palette->potential_labels[level] != NULL ? palette->potential_labels[level]
                                                  : potential_labels[level];
}

/* Text */

static void
set_color (cairo_t *cr, const KrChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/* A layout in @palette's font, @scale times its size, bold or not, wrapped to @width when
 * @width > 0 and aligned with @align */
static PangoLayout *
make_layout (cairo_t *cr,
             const KrTalentGridPalette *palette,
             double scale,
             gboolean bold,
             const char *text,
             double width,
             PangoAlignment align)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr (PangoFontDescription) font = pango_font_description_copy (palette->font);
  int size = pango_font_description_get_size (font);

  if (scale != 1.0 && size > 0)
    {
      if (pango_font_description_get_size_is_absolute (font))
        pango_font_description_set_absolute_size (font, size * scale);
      else
        pango_font_description_set_size (font, (int) (size * scale));
    }
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, align);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
text_size (cairo_t *cr,
           const KrTalentGridPalette *palette,
           const char *text,
           double width,
           double *w,
           double *h)
{
  g_autoptr (PangoLayout) layout =
      make_layout (cr, palette, 1.0, FALSE, text, width, PANGO_ALIGN_LEFT);
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  if (w != NULL)
    *w = logical.width;
  if (h != NULL)
    *h = logical.height;
}

/* The widest word of @text */
static double
widest_word (cairo_t *cr, const KrTalentGridPalette *palette, const char *text)
{
  g_auto (GStrv) words = g_strsplit (text, " ", -1);
  double widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      double w;

      text_size (cr, palette, words[i], 0, &w, NULL);
      widest = MAX (widest, w);
    }
  return widest;
}

/* Layout */

static gboolean
check_cells (const KrTalentGridCell *cells, guint n_cells, GError **error)
{
  if (n_cells > KR_TALENT_GRID_N_BOXES)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The 9-box has %u boxes; it can have at most 9"), n_cells);
      return FALSE;
    }
  for (guint i = 0; i < n_cells; i++)
    {
      const KrTalentGridCell *cell = &cells[i];

      if (cell->box < 1 || cell->box > KR_TALENT_GRID_N_BOXES)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("Talent box %u: the box number must be between 1 and 9"), cell->box);
          return FALSE;
        }
      if (cell->performance >= KR_TALENT_GRID_N_LEVELS ||
          cell->potential >= KR_TALENT_GRID_N_LEVELS)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("Talent box %u: the performance or potential category is out of range"),
                       cell->box);
          return FALSE;
        }
      for (guint j = 0; j < i; j++)
        {
          if (cells[j].box == cell->box)
            {
              g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Talent box %u appears twice"),
                           cell->box);
              return FALSE;
            }
          if (cells[j].performance == cell->performance && cells[j].potential == cell->potential)
            {
              g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                           _ ("Talent boxes %u and %u are at the same position"), cells[j].box,
                           cell->box);
              return FALSE;
            }
        }
    }
  return TRUE;
}

/* Splits the rectangle: the Kinerja title (rotated) and categories on the left, the Potensial
 * categories (up to two lines) and title below, the cells in the rest. */
static void
measure (KrTalentGridLayout *layout, const KrTalentGridPalette *palette)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);
  double widest = 0, widest_single = 0, bottom_room, grid_width, grid_height;

  text_size (cr, palette, "Sg", 0, NULL, &layout->line);
  for (guint level = 0; level < KR_TALENT_GRID_N_LEVELS; level++)
    {
      const char *label = performance_label (palette, level);
      double w;

      text_size (cr, palette, label, 0, &w, NULL);
      widest = MAX (widest, w);
      widest_single = MAX (widest_single, widest_word (cr, palette, label));
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* The categories wrap at word breaks rather than take more than a fifth of the width */
  layout->title_width = layout->line + 4;
  layout->label_width = MIN (widest, MAX (widest_single, layout->width * 0.2));
  layout->label_width = MIN (layout->label_width, layout->width * 0.35);
  bottom_room = 3 * layout->line + 8;

  layout->left = layout->x + layout->title_width + layout->label_width + 6;
  layout->top = layout->y + 2;
  grid_width = MAX (layout->x + layout->width - 2 - layout->left, 0);
  grid_height = MAX (layout->y + layout->height - bottom_room - layout->top, 0);
  layout->cell_width = grid_width / KR_TALENT_GRID_N_LEVELS;
  layout->cell_height = grid_height / KR_TALENT_GRID_N_LEVELS;
  layout->gap = MIN (4, MIN (layout->cell_width, layout->cell_height) * 0.04);
}

KrTalentGridLayout *
kr_talent_grid_layout_new (const KrTalentGridCell *cells,
                           guint n_cells,
                           double x,
                           double y,
                           double width,
                           double height,
                           const KrTalentGridPalette *palette,
                           GError **error)
{
  g_autoptr (KrTalentGridLayout) layout = NULL;

  g_return_val_if_fail (cells != NULL || n_cells == 0, NULL);
  g_return_val_if_fail (palette != NULL && palette->font != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_cells (cells, n_cells, error))
    return NULL;

  layout = g_new0 (KrTalentGridLayout, 1);
  for (guint p = 0; p < KR_TALENT_GRID_N_LEVELS; p++)
    for (guint q = 0; q < KR_TALENT_GRID_N_LEVELS; q++)
      layout->at[p][q] = NO_BOX;
  if (n_cells > 0)
    memcpy (layout->cells, cells, n_cells * sizeof *cells);
  layout->n_cells = n_cells;
  for (guint i = 0; i < n_cells; i++)
    {
      layout->at[cells[i].performance][cells[i].potential] = (int) i;
      layout->total += cells[i].count;
    }
  layout->x = x;
  layout->y = y;
  layout->width = MAX (width, 0);
  layout->height = MAX (height, 0);
  measure (layout, palette);
  return g_steal_pointer (&layout);
}

void
kr_talent_grid_layout_free (KrTalentGridLayout *layout)
{
  g_free (layout);
}

guint
kr_talent_grid_layout_get_total (const KrTalentGridLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->total;
}

static int
find_box (const KrTalentGridLayout *layout, guint box)
{
  for (guint i = 0; i < layout->n_cells; i++)
    if (layout->cells[i].box == box)
      return (int) i;
  return NO_BOX;
}

const KrTalentGridCell *
kr_talent_grid_layout_get_cell (const KrTalentGridLayout *layout, guint box)
{
  int i;

  g_return_val_if_fail (layout != NULL, NULL);

  i = find_box (layout, box);
  return i == NO_BOX ? NULL : &layout->cells[i];
}

guint
kr_talent_grid_layout_get_box_at (const KrTalentGridLayout *layout,
                                  guint performance,
                                  guint potential)
{
  int i;

  g_return_val_if_fail (layout != NULL, 0);

  if (performance >= KR_TALENT_GRID_N_LEVELS || potential >= KR_TALENT_GRID_N_LEVELS)
    return 0;
  i = layout->at[performance][potential];
  return i == NO_BOX ? 0 : layout->cells[i].box;
}

/* The drawn rectangle of the cell at a position: Kinerja rows from the top (above
 * expectations first), Potensial columns from the left */
static void
position_rect (const KrTalentGridLayout *layout,
               guint performance,
               guint potential,
               double *x,
               double *y,
               double *width,
               double *height)
{
  guint row = KR_TALENT_GRID_N_LEVELS - 1 - performance;

  *x = layout->left + potential * layout->cell_width + layout->gap / 2;
  *y = layout->top + row * layout->cell_height + layout->gap / 2;
  *width = MAX (layout->cell_width - layout->gap, 0);
  *height = MAX (layout->cell_height - layout->gap, 0);
}

gboolean
kr_talent_grid_layout_get_box_rect (const KrTalentGridLayout *layout,
                                    guint box,
                                    double *x,
                                    double *y,
                                    double *width,
                                    double *height)
{
  double rx, ry, rw, rh;
  int i;

  g_return_val_if_fail (layout != NULL, FALSE);

  i = find_box (layout, box);
  if (i == NO_BOX)
    return FALSE;
  position_rect (layout, layout->cells[i].performance, layout->cells[i].potential, &rx, &ry, &rw,
                 &rh);
  if (x != NULL)
    *x = rx;
  if (y != NULL)
    *y = ry;
  if (width != NULL)
    *width = rw;
  if (height != NULL)
    *height = rh;
  return TRUE;
}

guint
kr_talent_grid_hit (const KrTalentGridLayout *layout, double x, double y)
{
  g_return_val_if_fail (layout != NULL, 0);

  for (guint i = 0; i < layout->n_cells; i++)
    {
      double rx, ry, rw, rh;

      position_rect (layout, layout->cells[i].performance, layout->cells[i].potential, &rx, &ry,
                     &rw, &rh);
      if (x >= rx && x < rx + rw && y >= ry && y < ry + rh)
        return layout->cells[i].box;
    }
  return 0;
}

char *
kr_talent_grid_format_cell (guint count, guint total)
{
  double share;

  if (count == 0 || total == 0)
    return g_strdup_printf ("%u", count);
  share = 100.0 * count / MAX (total, count);
  if (share < 0.5)
    return g_strdup_printf ("%u · <1%%", count);
  return g_strdup_printf ("%u · %.0f%%", count, share);
}

/* Drawing */

static void
show (cairo_t *cr, PangoLayout *text, double x, double y, const KrChartColor *color)
{
  cairo_move_to (cr, x, y);
  set_color (cr, color);
  pango_cairo_show_layout (cr, text);
}

static void
draw_axes (cairo_t *cr, const KrTalentGridLayout *layout, const KrTalentGridPalette *palette)
{
  double grid_height = KR_TALENT_GRID_N_LEVELS * layout->cell_height;
  double grid_bottom = layout->top + grid_height;
  int w, h;

  /* Kinerja: the title turned a quarter left, centred on the rows; categories per row */
  {
    g_autoptr (PangoLayout) title = make_layout (
        cr, palette, 1.0, TRUE,
        palette->performance_title != NULL ? palette->performance_title : PERFORMANCE_TITLE, 0,
        PANGO_ALIGN_CENTER);

    pango_layout_get_pixel_size (title, &w, &h);
    cairo_save (cr);
    cairo_translate (cr, layout->x, layout->top + grid_height / 2 + w / 2.0);
    cairo_rotate (cr, -G_PI / 2);
    pango_cairo_update_layout (cr, title);
    show (cr, title, 0, 0, &palette->foreground);
    cairo_restore (cr);
  }
  for (guint level = 0; level < KR_TALENT_GRID_N_LEVELS; level++)
    {
      double row_top = layout->top + (KR_TALENT_GRID_N_LEVELS - 1 - level) * layout->cell_height;
      g_autoptr (PangoLayout) label =
          make_layout (cr, palette, 1.0, FALSE, performance_label (palette, level),
                       layout->label_width, PANGO_ALIGN_RIGHT);

      pango_layout_get_pixel_size (label, &w, &h);
      show (cr, label, layout->left - 6 - layout->label_width,
            row_top + (layout->cell_height - h) / 2, &palette->muted);
    }

  /* Potensial: categories per column, then the title centred under the columns */
  for (guint level = 0; level < KR_TALENT_GRID_N_LEVELS; level++)
    {
      g_autoptr (PangoLayout) label =
          make_layout (cr, palette, 1.0, FALSE, potential_label (palette, level),
                       layout->cell_width, PANGO_ALIGN_CENTER);

      show (cr, label, layout->left + level * layout->cell_width, grid_bottom + 3, &palette->muted);
    }
  {
    g_autoptr (PangoLayout) title =
        make_layout (cr, palette, 1.0, TRUE,
                     palette->potential_title != NULL ? palette->potential_title : POTENTIAL_TITLE,
                     KR_TALENT_GRID_N_LEVELS * layout->cell_width, PANGO_ALIGN_CENTER);

    show (cr, title, layout->left, grid_bottom + 5 + 2 * layout->line, &palette->foreground);
  }
}

static void
draw_cell (cairo_t *cr,
           const KrTalentGridLayout *layout,
           const KrTalentGridCell *cell,
           const KrTalentGridPalette *palette,
           gboolean highlighted)
{
  double x, y, w, h, pad;
  g_autofree char *number = g_strdup_printf ("%u", cell->box);
  g_autofree char *value = kr_talent_grid_format_cell (cell->count, layout->total);
  int tw, th;

  position_rect (layout, cell->performance, cell->potential, &x, &y, &w, &h);
  pad = MIN (6, MIN (w, h) * 0.08);

  cairo_rectangle (cr, x, y, w, h);
  set_color (cr, cell->in_pool ? &palette->pool_cell : &palette->cell);
  cairo_fill_preserve (cr);
  if (cell->in_pool)
    {
      /* The heavier outline sits inside the cell, so it does not grow into the gap */
      cairo_new_path (cr);
      cairo_rectangle (cr, x + POOL_LINE / 2, y + POOL_LINE / 2, MAX (w - POOL_LINE, 0),
                       MAX (h - POOL_LINE, 0));
      cairo_set_line_width (cr, POOL_LINE);
      set_color (cr, &palette->pool_border);
    }
  else
    {
      cairo_set_line_width (cr, CELL_LINE);
      set_color (cr, &palette->muted);
    }
  cairo_stroke (cr);

  {
    g_autoptr (PangoLayout) text =
        make_layout (cr, palette, NUMBER_SCALE, TRUE, number, 0, PANGO_ALIGN_LEFT);

    show (cr, text, x + pad + (cell->in_pool ? POOL_LINE : 0),
          y + pad / 2 + (cell->in_pool ? POOL_LINE : 0),
          cell->in_pool ? &palette->pool_border : &palette->foreground);
  }
  {
    g_autoptr (PangoLayout) text =
        make_layout (cr, palette, COUNT_SCALE, TRUE, value, w - 2 * pad, PANGO_ALIGN_CENTER);

    pango_layout_get_pixel_size (text, &tw, &th);
    show (cr, text, x + pad, y + h / 2 - th / 2.0 + h * 0.1, &palette->foreground);
  }

  if (highlighted)
    {
      cairo_rectangle (cr, x + FOCUS_LINE * 1.5, y + FOCUS_LINE * 1.5, MAX (w - 3 * FOCUS_LINE, 0),
                       MAX (h - 3 * FOCUS_LINE, 0));
      cairo_set_line_width (cr, FOCUS_LINE);
      set_color (cr, &palette->focus);
      cairo_stroke (cr);
    }
}

void
kr_talent_grid_render (cairo_t *cr,
                       const KrTalentGridLayout *layout,
                       const KrTalentGridPalette *palette,
                       guint highlighted_box)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (palette != NULL && palette->font != NULL);

  cairo_save (cr);
  if (palette->background.alpha > 0)
    {
      cairo_rectangle (cr, layout->x, layout->y, layout->width, layout->height);
      set_color (cr, &palette->background);
      cairo_fill (cr);
    }
  draw_axes (cr, layout, palette);
  for (guint p = 0; p < KR_TALENT_GRID_N_LEVELS; p++)
    for (guint q = 0; q < KR_TALENT_GRID_N_LEVELS; q++)
      {
        double x, y, w, h;
        double dash[] = { 3, 3 };

        if (layout->at[p][q] != NO_BOX)
          {
            const KrTalentGridCell *cell = &layout->cells[layout->at[p][q]];

            draw_cell (cr, layout, cell, palette, cell->box == highlighted_box);
            continue;
          }
        /* A position without a talent_box row: an empty dashed outline */
        position_rect (layout, p, q, &x, &y, &w, &h);
        cairo_rectangle (cr, x, y, w, h);
        cairo_set_dash (cr, dash, 2, 0);
        cairo_set_line_width (cr, CELL_LINE);
        set_color (cr, &palette->muted);
        cairo_stroke (cr);
        cairo_set_dash (cr, NULL, 0, 0);
      }
  cairo_restore (cr);
}
