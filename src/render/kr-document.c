/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-document"

#include "config.h"

#include "kr-document-private.h"

#include <string.h>

#include "kr-error.h"

/* Official term: do not translate */
static const char *const month_names[12] = {
  "Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
  "Juli",    "Agustus",  "September", "Oktober", "November", "Desember",
};
/* Blocks */

static void
block_free (gpointer data)
{
  Block *block = data;

  if (block->rows_destroy != NULL)
    block->rows_destroy (block->rows_data);
  if (block->draw_destroy != NULL)
    block->draw_destroy (block->draw_data);
  g_free (block->text);
  g_strfreev (block->texts);
  g_free (block->columns);
  if (block->strings != NULL)
    g_string_chunk_free (block->strings);
  g_free (block->empty_text);
  g_clear_pointer (&block->kept_rows, g_ptr_array_unref);
  if (block->kept_strings != NULL)
    g_string_chunk_free (block->kept_strings);
  g_free (block);
}

void
_kr_document_forget_kept_rows (Block *block)
{
  g_clear_pointer (&block->kept_rows, g_ptr_array_unref);
  g_clear_pointer (&block->kept_strings, g_string_chunk_free);
  block->kept = FALSE;
}

static void
kept_row_free (gpointer data)
{
  KeptRow *row = data;

  g_free (row->cells);
  g_free (row->spans);
  g_free (row);
}

void
_kr_document_keep_row (Block *block, const char *const *cells, const KrDocumentRowStyle *style)
{
  KeptRow *row = g_new0 (KeptRow, 1);
  guint n_cells;

  if (block->kept_rows == NULL)
    {
      block->kept_rows = g_ptr_array_new_with_free_func (kept_row_free);
      block->kept_strings = g_string_chunk_new (4096);
    }
  row->styled = style != NULL;
  if (style != NULL)
    row->style = *style;
  row->style.n_lines = MAX (row->style.n_lines, 1);
  n_cells = block->n_columns * row->style.n_lines;
  row->cells = g_new (char *, n_cells);
  for (guint i = 0; i < n_cells; i++)
    row->cells[i] =
        g_string_chunk_insert_const (block->kept_strings, cells[i] != NULL ? cells[i] : "");
  if (row->style.spans != NULL)
    {
      row->spans = g_memdup2 (row->style.spans, block->n_columns * sizeof (guint));
      row->style.spans = row->spans;
    }
  g_ptr_array_add (block->kept_rows, row);
}

/* The document */

KrDocument *
kr_document_new (void)
{
  KrDocument *self = g_new0 (KrDocument, 1);

  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->pages = g_array_new (FALSE, FALSE, sizeof (Position));
  self->font_size = DEFAULT_FONT_SIZE;
  kr_document_set_margins (self, 15.0, 15.0, 15.0, 20.0);
  return self;
}

void
kr_document_free (KrDocument *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->blocks);
  g_array_unref (self->pages);
  g_clear_object (&self->cancellable);
  g_free (self->title);
  g_free (self->running_header);
  g_free (self);
}

void
kr_document_set_title (KrDocument *self, const char *title)
{
  g_return_if_fail (self != NULL);

  g_free (self->title);
  self->title = g_strdup (title);
}

const char *
kr_document_get_title (KrDocument *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

void
kr_document_set_landscape (KrDocument *self, gboolean landscape)
{
  g_return_if_fail (self != NULL);

  self->landscape = !!landscape;
}

gboolean
kr_document_get_landscape (KrDocument *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->landscape;
}

void
kr_document_set_margins (KrDocument *self, double top, double right, double bottom, double left)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (top >= 0 && right >= 0 && bottom >= 0 && left >= 0);

  self->margin_top = top * POINTS_PER_MM;
  self->margin_right = right * POINTS_PER_MM;
  self->margin_bottom = bottom * POINTS_PER_MM;
  self->margin_left = left * POINTS_PER_MM;
}

void
kr_document_set_font_size (KrDocument *self, double size)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (size > 0);

  self->font_size = size;
}

void
kr_document_set_running_header (KrDocument *self, const char *text)
{
  g_return_if_fail (self != NULL);

  g_free (self->running_header);
  self->running_header = g_strdup (text);
}

void
kr_document_set_keep_rows (KrDocument *self, gboolean keep)
{
  g_return_if_fail (self != NULL);

  self->keep_rows = !!keep;
  if (!keep)
    {
      for (guint i = 0; i < self->blocks->len; i++)
        _kr_document_forget_kept_rows (g_ptr_array_index (self->blocks, i));
    }
}

void
kr_document_set_cancellable (KrDocument *self, GCancellable *cancellable)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  g_set_object (&self->cancellable, cancellable);
}

void
kr_document_set_progress_func (KrDocument *self, KrDocumentProgressFunc func, gpointer user_data)
{
  g_return_if_fail (self != NULL);

  self->progress_func = func;
  self->progress_data = user_data;
}

void
kr_document_set_expected_rows (KrDocument *self, guint n_rows)
{
  g_return_if_fail (self != NULL);

  self->expected_rows = n_rows;
}

guint
kr_document_get_expected_rows (KrDocument *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->expected_rows;
}

void
kr_document_add_text (KrDocument *self, const char *text, const KrDocumentTextStyle *style)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);
  g_return_if_fail (self->pass == NULL);

  block = g_new0 (Block, 1);
  block->kind = BLOCK_TEXT;
  block->text = g_strdup (text);
  if (style != NULL)
    block->style = *style;
  if (block->style.right <= block->style.left)
    block->style.right = 1.0;
  g_ptr_array_add (self->blocks, block);
}

void
kr_document_add_columns (KrDocument *self,
                         const char *const *texts,
                         guint n_texts,
                         const KrDocumentTextStyle *style)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (texts != NULL && n_texts > 0);
  g_return_if_fail (self->pass == NULL);

  kr_document_add_text (self, "", style);
  block = g_ptr_array_index (self->blocks, self->blocks->len - 1);
  block->texts = g_new0 (char *, n_texts + 1);
  for (guint i = 0; i < n_texts; i++)
    block->texts[i] = g_strdup (texts[i] != NULL ? texts[i] : "");
}

void
kr_document_add_page_break (KrDocument *self)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (self->pass == NULL);

  block = g_new0 (Block, 1);
  block->kind = BLOCK_PAGE_BREAK;
  g_ptr_array_add (self->blocks, block);
}

void
kr_document_add_drawing (KrDocument *self,
                         double height,
                         KrDocumentDrawFunc func,
                         gpointer user_data,
                         GDestroyNotify destroy)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (height > 0);
  g_return_if_fail (func != NULL);
  g_return_if_fail (self->pass == NULL);

  block = g_new0 (Block, 1);
  block->kind = BLOCK_DRAWING;
  block->height = height;
  block->draw_func = func;
  block->draw_data = user_data;
  block->draw_destroy = destroy;
  g_ptr_array_add (self->blocks, block);
}

void
kr_document_add_table (KrDocument *self,
                       const KrDocumentColumn *columns,
                       guint n_columns,
                       gboolean numbered,
                       const char *empty_text,
                       KrDocumentRowsFunc rows_func,
                       gpointer user_data,
                       GDestroyNotify destroy)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (columns != NULL && n_columns > 0);
  g_return_if_fail (rows_func != NULL);
  g_return_if_fail (self->pass == NULL);

  block = g_new0 (Block, 1);
  block->kind = BLOCK_TABLE;
  block->strings = g_string_chunk_new (256);
  block->columns = g_new0 (KrDocumentColumn, n_columns);
  block->n_columns = n_columns;
  for (guint i = 0; i < n_columns; i++)
    {
      g_return_if_fail (columns[i].width > 0);
      block->columns[i] = columns[i];
      block->columns[i].title = g_string_chunk_insert_const (
          block->strings, columns[i].title != NULL ? columns[i].title : "");
      if (columns[i].group != NULL)
        block->columns[i].group = g_string_chunk_insert_const (block->strings, columns[i].group);
    }
  block->numbered = numbered;
  for (guint i = 0; i < n_columns && !block->has_header; i++)
    block->has_header = *block->columns[i].title != '\0' || block->columns[i].group != NULL;
  block->empty_text = g_strdup (empty_text);
  block->rows_func = rows_func;
  block->rows_data = user_data;
  block->rows_destroy = destroy;
  g_ptr_array_add (self->blocks, block);
}

guint
kr_document_get_n_pages (KrDocument *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

/* Passes */

static void
pass_init (Pass *pass, KrDocument *document, cairo_t *cr)
{
  g_autoptr (PangoLayout) layout = NULL;

  pass->document = document;
  pass->cr = cr;
  pass->base_cr = cr;
  pass->context = _kr_document_create_context (cr);
  pass->body_font = _kr_document_make_font (document->font_size, FALSE);
  pass->bold_font = _kr_document_make_font (document->font_size, TRUE);
  pass->header_font = _kr_document_make_font (document->font_size - 1, TRUE);
  pass->small_font = _kr_document_make_font (SMALL_FONT_SIZE, FALSE);
  pass->text_layout = pango_layout_new (pass->context);

  layout = pango_layout_new (pass->context);
  pango_layout_set_font_description (layout, pass->small_font);
  pango_layout_set_text (layout, "Halaman", -1);
  pass->decoration_height = _kr_document_layout_height (layout) + DECORATION_GAP;
}

static void
pass_clear (Pass *pass)
{
  /* A recording stopped by an error. */
  g_clear_pointer (&pass->page_surface, cairo_surface_destroy);
  if (pass->cr != pass->base_cr)
    g_clear_pointer (&pass->cr, cairo_destroy);
  g_clear_object (&pass->text_layout);
  g_clear_pointer (&pass->box_layouts, g_ptr_array_unref);
  g_clear_pointer (&pass->box_x, g_free);
  g_clear_pointer (&pass->box_w, g_free);
  g_clear_pointer (&pass->box_y, g_free);
  g_clear_pointer (&pass->box_h, g_free);
  g_clear_pointer (&pass->body_font, pango_font_description_free);
  g_clear_pointer (&pass->bold_font, pango_font_description_free);
  g_clear_pointer (&pass->header_font, pango_font_description_free);
  g_clear_pointer (&pass->small_font, pango_font_description_free);
  g_clear_object (&pass->context);
  g_clear_error (&pass->error);
}

/* The @i-th layout of the pass's pool, created on first use. */
PangoLayout *
_kr_document_box_layout (Pass *pass, guint i)
{
  if (pass->box_layouts == NULL)
    pass->box_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  while (pass->box_layouts->len <= i)
    g_ptr_array_add (pass->box_layouts, pango_layout_new (pass->context));
  return g_ptr_array_index (pass->box_layouts, i);
}

void
_kr_document_reserve_boxes (Pass *pass, guint n)
{
  if (n <= pass->box_capacity)
    return;
  pass->box_capacity = MAX (n, 2 * pass->box_capacity);
  pass->box_x = g_renew (double, pass->box_x, pass->box_capacity);
  pass->box_w = g_renew (double, pass->box_w, pass->box_capacity);
  pass->box_y = g_renew (double, pass->box_y, pass->box_capacity);
  pass->box_h = g_renew (double, pass->box_h, pass->box_capacity);
}

static gboolean
run_pass (Pass *pass, GError **error)
{
  KrDocument *document = pass->document;
  guint first_block = pass->drawing ? _kr_document_page_start (pass, pass->first)->block : 0;

  document->pass = pass;
  pass->page = pass->drawing ? pass->first : 0;
  pass->y = _kr_document_page_top (pass, pass->page);
  cairo_save (pass->base_cr);
  for (guint i = first_block; i < document->blocks->len && !pass->stop; i++)
    {
      Block *block = g_ptr_array_index (document->blocks, i);

      pass->block = i;
      pass->row = 0;
      if (block->kind == BLOCK_TEXT)
        _kr_document_run_text (pass, block);
      else if (block->kind == BLOCK_DRAWING)
        _kr_document_run_drawing (pass, block);
      else if (block->kind == BLOCK_PAGE_BREAK)
        _kr_document_break_page (pass);
      else
        _kr_document_run_table (pass, block);
    }
  if (pass->drawing && !pass->stop)
    {
      /* A page with nothing in the flow still gets its footer. */
      if (!pass->started)
        _kr_document_begin_page (pass, pass->first);
      _kr_document_end_page (pass);
    }
  cairo_restore (pass->base_cr);
  document->pass = NULL;

  if (pass->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&pass->error));
      return FALSE;
    }
  return TRUE;
}

gboolean
kr_document_paginate (KrDocument *self, cairo_t *cr, double width, double height, GError **error)
{
  Pass pass = { 0 };
  Position first = { 0 };
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);
  g_return_val_if_fail (self->pass == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->page_width = width;
  self->page_height = height;
  g_array_set_size (self->pages, 0);
  g_array_append_val (self->pages, first);

  pass_init (&pass, self, cr);
  ok = run_pass (&pass, error);
  pass_clear (&pass);
  if (!ok)
    g_array_set_size (self->pages, 0);
  return ok;
}

gboolean
kr_document_draw_pages (KrDocument *self,
                        cairo_t *cr,
                        guint first,
                        guint last,
                        KrDocumentPageFunc page_func,
                        gpointer user_data,
                        GError **error)
{
  Pass pass = { 0 };
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (self->pass == NULL, FALSE);
  g_return_val_if_fail (self->pages->len > 0, FALSE);
  g_return_val_if_fail (first <= last && last < self->pages->len, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pass_init (&pass, self, cr);
  pass.drawing = TRUE;
  pass.first = first;
  pass.last = last;
  pass.page_func = page_func;
  pass.page_data = user_data;
  ok = run_pass (&pass, error);
  pass_clear (&pass);
  return ok;
}

gboolean
kr_document_record_pages (KrDocument *self,
                          guint first,
                          guint last,
                          KrDocumentRecordFunc func,
                          gpointer user_data,
                          GError **error)
{
  cairo_surface_t *scratch;
  cairo_t *cr;
  Pass pass = { 0 };
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (self->pass == NULL, FALSE);
  g_return_val_if_fail (self->pages->len > 0, FALSE);
  g_return_val_if_fail (first <= last && last < self->pages->len, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Fonts are measured as kr_document_paginate() measured them; nothing is drawn here. */
  scratch = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (scratch);
  pass_init (&pass, self, cr);
  pass.drawing = TRUE;
  pass.first = first;
  pass.last = last;
  pass.record_func = func;
  pass.record_data = user_data;
  ok = run_pass (&pass, error);
  pass_clear (&pass);
  cairo_destroy (cr);
  cairo_surface_destroy (scratch);
  return ok;
}

/* Dates */

char *
kr_document_format_date (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%u %s %u", g_date_get_day (date),
                          month_names[g_date_get_month (date) - 1], g_date_get_year (date));
}

char *
kr_document_format_date_numeric (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("-");
  return g_strdup_printf ("%02u-%02u-%04u", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}

char *
kr_document_format_decimal (double value, guint digits)
{
  char format[8];
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text;

  g_return_val_if_fail (digits <= 9, NULL);

  g_snprintf (format, sizeof format, "%%.%uf", digits);
  text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, format, value));
  g_strdelimit (text, ".", ',');
  return text;
}
