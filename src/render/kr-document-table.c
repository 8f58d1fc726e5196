/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-document"

#include "config.h"

#include "kr-document-private.h"

#include <string.h>

/* Whether column @i starts a run of columns of the same group; sets @end past the run. */
static gboolean
group_run (Block *table, guint i, guint *end)
{
  const char *group = table->columns[i].group;

  if (group == NULL || (i > 0 && g_strcmp0 (table->columns[i - 1].group, group) == 0))
    return FALSE;
  for (*end = i + 1; *end < table->n_columns; (*end)++)
    {
      if (g_strcmp0 (table->columns[*end].group, group) != 0)
        break;
    }
  return TRUE;
}

void
_kr_document_draw_header (Pass *pass, double y)
{
  Block *table = pass->table;
  const Header *header = &pass->header;
  cairo_t *cr = pass->cr;
  double titles_bottom = y + header->group_height + header->title_height;
  double left = pass->column_x[0];
  double right = pass->column_x[table->n_columns - 1] + pass->column_w[table->n_columns - 1];

  if (!table->has_header)
    return;
  cairo_rectangle (cr, left, y, right - left, titles_bottom - y);
  cairo_set_source_rgb (cr, HEADER_FILL, HEADER_FILL, HEADER_FILL);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, INK_GREY, INK_GREY, INK_GREY);

  for (guint i = 0; i < table->n_columns; i++)
    {
      double x = pass->column_x[i], w = pass->column_w[i];
      double top = table->columns[i].group != NULL ? y + header->group_height : y;
      guint end;

      _kr_document_stroke_box (cr, x, top, w, titles_bottom - top);
      _kr_document_draw_centered (pass, pass->header_font, table->columns[i].title, x, top, w,
                                  titles_bottom - top);
      if (group_run (table, i, &end))
        {
          double span = pass->column_x[end - 1] + pass->column_w[end - 1] - x;

          _kr_document_stroke_box (cr, x, y, span, header->group_height);
          _kr_document_draw_centered (pass, pass->header_font, table->columns[i].group, x, y, span,
                                      header->group_height);
        }
      if (table->numbered)
        {
          char number[16];

          g_snprintf (number, sizeof number, "%u", i + 1);
          _kr_document_stroke_box (cr, x, titles_bottom, w, header->numbers_height);
          _kr_document_draw_centered (pass, pass->small_font, number, x, titles_bottom, w,
                                      header->numbers_height);
        }
    }
}

/* Tables */

static void
measure_header (Pass *pass, Block *table)
{
  Header *header = &pass->header;
  double spanned = 0;

  memset (header, 0, sizeof *header);
  if (!table->has_header)
    return;
  for (guint i = 0; i < table->n_columns; i++)
    {
      double title = _kr_document_measure_text (pass, pass->header_font, table->columns[i].title,
                                                pass->column_w[i] - 2 * CELL_PADDING);
      guint end;

      if (table->columns[i].group == NULL)
        spanned = MAX (spanned, title + 2 * CELL_PADDING);
      else
        header->title_height = MAX (header->title_height, title + 2 * CELL_PADDING);
      if (group_run (table, i, &end))
        {
          double span = pass->column_x[end - 1] + pass->column_w[end - 1] - pass->column_x[i];
          double group = _kr_document_measure_text (
              pass, pass->header_font, table->columns[i].group, span - 2 * CELL_PADDING);

          header->group_height = MAX (header->group_height, group + 2 * CELL_PADDING);
        }
    }
  /* A title without a group fills both header rows. */
  header->title_height = MAX (header->title_height, spanned - header->group_height);
  if (table->numbered)
    header->numbers_height =
        _kr_document_measure_text (pass, pass->small_font, "0", 100) + 2 * NUMBERS_PADDING;
  header->height = header->group_height + header->title_height + header->numbers_height;
}

static void
start_table (Pass *pass, Block *table)
{
  KrDocument *document = pass->document;
  double total = 0, x = _kr_document_content_left (document);

  pass->table = table;
  pass->header_on_page = FALSE;
  pass->column_x = g_new (double, table->n_columns);
  pass->column_w = g_new (double, table->n_columns);
  pass->cells = g_new0 (PangoLayout *, table->n_columns);
  for (guint i = 0; i < table->n_columns; i++)
    total += table->columns[i].width;
  for (guint i = 0; i < table->n_columns; i++)
    {
      pass->column_x[i] = x;
      pass->column_w[i] = table->columns[i].width / total * _kr_document_content_width (document);
      x += pass->column_w[i];
      pass->cells[i] = pango_layout_new (pass->context);
      _kr_document_setup_layout (pass->cells[i], pass->body_font,
                                 pass->column_w[i] - 2 * CELL_PADDING, table->columns[i].alignment);
    }
  measure_header (pass, table);
}

static void
end_table (Pass *pass)
{
  for (guint i = 0; i < pass->table->n_columns; i++)
    g_object_unref (pass->cells[i]);
  g_clear_pointer (&pass->cells, g_free);
  g_clear_pointer (&pass->column_x, g_free);
  g_clear_pointer (&pass->column_w, g_free);
  pass->table = NULL;
  pass->header_on_page = FALSE;
}

static void
place_plain_row (Pass *pass, const char *const *cells)
{
  Block *table = pass->table;
  Item item = { 0 };
  double tallest = 0;

  for (guint i = 0; i < table->n_columns; i++)
    {
      if (table->columns[i].markup)
        pango_layout_set_markup (pass->cells[i], cells[i] != NULL ? cells[i] : "", -1);
      else
        pango_layout_set_text (pass->cells[i], cells[i] != NULL ? cells[i] : "", -1);
      tallest = MAX (tallest, _kr_document_layout_height (pass->cells[i]));
    }
  item.n_boxes = table->n_columns;
  item.layouts = pass->cells;
  item.x = pass->column_x;
  item.w = pass->column_w;
  item.pad = CELL_PADDING;
  item.text_top = CELL_PADDING;
  item.height = tallest + 2 * CELL_PADDING;
  item.borders = TRUE;
  _kr_document_place_item (pass, &item, TRUE, pass->row == 0);
}

/* Lays out the cell of column @i (covering @span columns) in box @n and returns its height. */
static double
layout_cell (Pass *pass, guint n, guint i, guint span, const char *text, gboolean bold)
{
  Block *table = pass->table;
  PangoLayout *layout = _kr_document_box_layout (pass, n);
  double w = pass->column_x[i + span - 1] + pass->column_w[i + span - 1] - pass->column_x[i];

  /* A cell over several columns is a heading or a label: it starts at the left. */
  _kr_document_setup_layout (layout, bold ? pass->bold_font : pass->body_font, w - 2 * CELL_PADDING,
                             span > 1 ? PANGO_ALIGN_LEFT : table->columns[i].alignment);
  if (table->columns[i].markup)
    pango_layout_set_markup (layout, text != NULL ? text : "", -1);
  else
    pango_layout_set_text (layout, text != NULL ? text : "", -1);
  pass->box_x[n] = pass->column_x[i];
  pass->box_w[n] = w;
  return _kr_document_layout_height (layout) + 2 * CELL_PADDING;
}

/* A row with spans or lines: its boxes are the pass's pool. While the cells are laid out,
 * box_y holds the line of each box, or -1 for a cell over all lines. */
static void
place_styled_row (Pass *pass, const char *const *cells, const KrDocumentRowStyle *style)
{
  guint n_columns = pass->table->n_columns;
  guint n_lines = MAX (style->n_lines, 1);
  g_autofree double *line_top = g_new0 (double, n_lines + 1);
  g_autofree double *line_height = g_new0 (double, n_lines);
  double merged_height = 0;
  Item item = { 0 };
  guint n = 0;

  _kr_document_reserve_boxes (pass, n_columns * n_lines);
  for (guint line = 0; line < n_lines; line++)
    for (guint i = 0; i < n_columns; i++)
      {
        guint span = style->spans != NULL ? MIN (style->spans[i], n_columns - i) : 1;
        gboolean merged = i < 64 && (style->merged >> i) & 1;
        double height;

        if (span == 0 || (merged && line > 0))
          continue;
        height =
            layout_cell (pass, n, i, span, cells[(merged ? 0 : line) * n_columns + i], style->bold);
        pass->box_y[n] = merged ? -1.0 : (double) line;
        if (merged)
          merged_height = MAX (merged_height, height);
        else
          line_height[line] = MAX (line_height[line], height);
        n++;
      }
  for (guint line = 0; line < n_lines; line++)
    line_top[line + 1] = line_top[line] + line_height[line];
  /* Cells over all lines taller than the lines: the last line takes the difference. */
  if (merged_height > line_top[n_lines])
    {
      line_height[n_lines - 1] += merged_height - line_top[n_lines];
      line_top[n_lines] = merged_height;
    }
  for (guint b = 0; b < n; b++)
    {
      int line = (int) pass->box_y[b];

      pass->box_y[b] = line < 0 ? 0 : line_top[line];
      pass->box_h[b] = line < 0 ? line_top[n_lines] : line_height[line];
    }

  item.n_boxes = n;
  item.layouts = (PangoLayout **) pass->box_layouts->pdata;
  item.x = pass->box_x;
  item.w = pass->box_w;
  item.y = pass->box_y;
  item.h = pass->box_h;
  item.pad = CELL_PADDING;
  item.text_top = CELL_PADDING;
  item.height = line_top[n_lines];
  item.borders = TRUE;
  item.shaded = style->shaded;
  _kr_document_place_item (pass, &item, TRUE, pass->row == 0);
}

static void
place_row (Pass *pass, const char *const *cells, const KrDocumentRowStyle *style)
{
  if (_kr_document_skip_item (pass))
    return;
  if (style == NULL)
    place_plain_row (pass, cells);
  else
    place_styled_row (pass, cells, style);
}

/* The one row of a table without rows: its empty text across all columns. */
static void
place_empty_row (Pass *pass)
{
  Block *table = pass->table;
  double x = pass->column_x[0];
  double w = pass->column_x[table->n_columns - 1] + pass->column_w[table->n_columns - 1] - x;
  Item item = { 0 };

  if (_kr_document_skip_item (pass))
    return;

  _kr_document_setup_layout (pass->text_layout, pass->body_font, w - 2 * CELL_PADDING,
                             PANGO_ALIGN_CENTER);
  pango_layout_set_text (pass->text_layout, table->empty_text, -1);
  item.n_boxes = 1;
  item.layouts = &pass->text_layout;
  item.x = &x;
  item.w = &w;
  item.pad = CELL_PADDING;
  item.text_top = CELL_PADDING;
  item.height = _kr_document_layout_height (pass->text_layout) + 2 * CELL_PADDING;
  item.borders = TRUE;
  _kr_document_place_item (pass, &item, TRUE, TRUE);
}

gboolean
kr_document_add_row (KrDocument *self, const char *const *cells)
{
  return kr_document_add_row_full (self, cells, NULL);
}

gboolean
kr_document_add_row_full (KrDocument *self,
                          const char *const *cells,
                          const KrDocumentRowStyle *style)
{
  Pass *pass;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (cells != NULL, FALSE);
  g_return_val_if_fail (self->pass != NULL && self->pass->table != NULL, FALSE);

  pass = self->pass;
  if (pass->stop)
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (self->cancellable, &pass->error))
    {
      pass->stop = TRUE;
      return FALSE;
    }
  if (!pass->drawing && self->keep_rows && !pass->table->kept)
    _kr_document_keep_row (pass->table, cells, style);
  place_row (pass, cells, style);
  pass->row++;
  pass->rows_done++;
  if (self->progress_func != NULL && pass->rows_done % PROGRESS_ROWS == 0)
    self->progress_func (self, pass->rows_done, pass->page, self->progress_data);
  return !pass->stop;
}

void
_kr_document_run_table (Pass *pass, Block *table)
{
  KrDocument *document = pass->document;

  start_table (pass, table);
  if (table->kept)
    {
      for (guint i = 0; i < table->kept_rows->len; i++)
        {
          KeptRow *row = g_ptr_array_index (table->kept_rows, i);

          if (!kr_document_add_row_full (document, (const char *const *) row->cells,
                                         row->styled ? &row->style : NULL))
            break;
        }
    }
  else
    {
      g_autoptr (GError) error = NULL;

      if (!pass->drawing && document->keep_rows)
        _kr_document_forget_kept_rows (table);
      if (!table->rows_func (document, table->rows_data, &error))
        {
          g_assert (error != NULL);
          _kr_document_forget_kept_rows (table);
          if (pass->error == NULL)
            pass->error = g_steal_pointer (&error);
          pass->stop = TRUE;
        }
      else if (!pass->drawing && document->keep_rows)
        {
          /* A pass stopped half-way (cancelled) kept only some of the rows. */
          if (pass->stop)
            _kr_document_forget_kept_rows (table);
          else
            table->kept = TRUE;
        }
    }
  if (!pass->stop && pass->row == 0 && table->empty_text != NULL)
    place_empty_row (pass);
  end_table (pass);
}
