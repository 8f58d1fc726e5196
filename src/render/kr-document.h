/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/* A small layout toolkit for official documents: a flow of paragraphs and tables laid out
 * with Pango on any cairo_t (a PDF surface, a print context), in a fixed light palette (black
 * on white, grey table headers) whatever the desktop style. Tables wrap their cells, repeat
 * their header row on every page and never split a row between pages unless the row alone is
 * taller than a page; every page has a footer "Halaman 1 dari 3". Lengths are in points
 * (1/72 inch) unless a name says otherwise. */

typedef struct _KrDocument KrDocument;

/**
 * KrDocumentColumn:
 * @title: the header text; "\n" breaks it by hand, and it also wraps to the width
 * @group: (nullable): a label over this column and its neighbours of the same group, as in
 *   "PANGKAT" over "GOL. RUANG" and "TMT"; %NULL for a column whose title fills the header
 * @width: the column's share of the table width (any unit: shares are scaled to fit)
 * @alignment: how its cells align their text
 * @markup: whether its cells are Pango markup (escape the data in them) rather than plain text
 *
 * A column of a table, see kr_document_add_table().
 */
typedef struct
{
  const char *title;
  const char *group;
  double width;
  PangoAlignment alignment;
  gboolean markup;
} KrDocumentColumn;

/**
 * KrDocumentTextStyle:
 * @size: the font size in points, 0 for the document's body size
 * @bold: whether the text is bold
 * @alignment: the alignment of its lines
 * @left: where the paragraph's box starts, as a fraction of the text width (0 = left margin)
 * @right: where it ends, as a fraction of the text width (1 = right margin); 0 means 1
 * @space_before: room above the paragraph
 * @space_after: room below it
 * @keep_with_previous: when the paragraph does not fit on the page, take the item before it
 *   (the last row of the table before it, or the paragraph before it) to the next page too, so
 *   that a signature never stands alone on a page
 * @markup: whether the text is Pango markup (escape the data in it) rather than plain text
 *
 * How kr_document_add_text() sets a paragraph. All-zero is body text over the full width.
 */
typedef struct
{
  double size;
  gboolean bold;
  PangoAlignment alignment;
  double left;
  double right;
  double space_before;
  double space_after;
  gboolean keep_with_previous;
  gboolean markup;
} KrDocumentTextStyle;

/**
 * KrDocumentRowStyle:
 * @spans: (nullable) (array): for each column, how many columns its cell covers from there,
 *   and 0 for a column covered by a cell to its left; %NULL for one column per cell
 * @n_lines: how many lines (sub-rows) the row has, 0 meaning 1. The cells are given line
 *   after line, n_columns to a line (cells[line * n_columns + column]); a row of several lines
 *   is one row: it moves to the next page whole
 * @merged: bit i set when column i (below 64) has one cell over all the lines of the row,
 *   given in the first line: "Rencana Hasil Kerja" beside its indicators
 * @bold: whether the row's text is bold
 * @shaded: whether the row is filled in the header grey, as a group heading is
 *
 * How kr_document_add_row_full() sets a table row. All-zero is a plain row.
 */
typedef struct
{
  const guint *spans;
  guint n_lines;
  guint64 merged;
  gboolean bold;
  gboolean shaded;
} KrDocumentRowStyle;

/**
 * KrDocumentDrawFunc:
 * @cr: the context to draw on, in points, ink black
 * @x: the left of the box to draw in
 * @y: its top
 * @width: its width (the text width)
 * @height: its height, as given to kr_document_add_drawing()
 * @user_data: the data given to kr_document_add_drawing()
 *
 * Draws the content of a drawing, such as a chart. Called once for each pass that draws the
 * drawing's page; the state of @cr is saved and restored around it.
 */
typedef void (*KrDocumentDrawFunc) (cairo_t *cr,
                                    double x,
                                    double y,
                                    double width,
                                    double height,
                                    gpointer user_data);

/**
 * KrDocumentRowsFunc:
 * @document: the document being laid out or drawn
 * @user_data: the data given to kr_document_add_table()
 * @error: return location for a #GError
 *
 * Feeds the rows of a table, in order, by calling kr_document_add_row() for each; it stops
 * early, without an error, when kr_document_add_row() returns %FALSE. The document calls it
 * once per pass (once to paginate, once to draw), so the rows are never all held in memory
 * unless kr_document_set_keep_rows() asks for it; it must feed the same rows each time.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
typedef gboolean (*KrDocumentRowsFunc) (KrDocument *document, gpointer user_data, GError **error);

/**
 * KrDocumentPageFunc:
 * @document: the document being drawn
 * @cr: the context drawn on
 * @page: the page just finished, from 0
 * @user_data: the data given to kr_document_draw_pages()
 * @error: return location for a #GError
 *
 * Called after each page that kr_document_draw_pages() drew, to emit it (for a PDF surface,
 * cairo_show_page()).
 *
 * Returns: %TRUE to go on, %FALSE with @error set to stop
 */
typedef gboolean (*KrDocumentPageFunc) (KrDocument *document,
                                        cairo_t *cr,
                                        guint page,
                                        gpointer user_data,
                                        GError **error);

/**
 * KrDocumentRecordFunc:
 * @document: the document being recorded
 * @page: the page just recorded, from 0
 * @surface: (transfer none): a cairo recording surface of the page's size holding the page;
 *   take a reference to keep it
 * @user_data: the data given to kr_document_record_pages()
 * @error: return location for a #GError
 *
 * Receives each page that kr_document_record_pages() recorded. It may block, for instance
 * until whoever consumes the pages is ready for more.
 *
 * Returns: %TRUE to go on, %FALSE with @error set to stop
 */
typedef gboolean (*KrDocumentRecordFunc) (KrDocument *document,
                                          guint page,
                                          cairo_surface_t *surface,
                                          gpointer user_data,
                                          GError **error);

/**
 * KrDocumentProgressFunc:
 * @document: the document being laid out, drawn or recorded
 * @rows: the table rows placed so far in this pass
 * @page: the page the flow is on, from 0
 * @user_data: the data given to kr_document_set_progress_func()
 *
 * Reports how far a pass has come, every few dozen table rows. It is called in the thread
 * that runs the pass.
 */
typedef void (*KrDocumentProgressFunc) (KrDocument *document,
                                        guint rows,
                                        guint page,
                                        gpointer user_data);

/**
 * kr_document_new:
 *
 * Creates an empty document: portrait, 15 mm margins (20 mm on the left, for binding), body
 * text in 9 pt Liberation Sans (or DejaVu Sans Condensed, or the system's sans serif).
 *
 * Returns: (transfer full): the document; free it with kr_document_free()
 */
KrDocument *kr_document_new (void);

/**
 * kr_document_free:
 * @self: (nullable): a document
 *
 * Frees @self, calling the destroy functions of its tables' row sources.
 */
void kr_document_free (KrDocument *self);

/**
 * kr_document_set_title:
 * @self: a document
 * @title: (nullable): the title for the file's metadata and the print job's name
 */
void kr_document_set_title (KrDocument *self, const char *title);

/**
 * kr_document_get_title:
 * @self: a document
 *
 * Returns: (nullable): the title set with kr_document_set_title()
 */
const char *kr_document_get_title (KrDocument *self);

/**
 * kr_document_set_landscape:
 * @self: a document
 * @landscape: whether the document wants its pages turned sideways
 *
 * Records the orientation the document is designed for; kr_pdf_write() and the print
 * operation turn the paper accordingly. Layout itself follows whatever page size it is given.
 */
void kr_document_set_landscape (KrDocument *self, gboolean landscape);

/**
 * kr_document_get_landscape:
 * @self: a document
 *
 * Returns: whether the document wants landscape pages
 */
gboolean kr_document_get_landscape (KrDocument *self);

/**
 * kr_document_set_margins:
 * @self: a document
 * @top: the top margin in millimetres
 * @right: the right margin in millimetres
 * @bottom: the bottom margin in millimetres; the footer sits inside the text area above it
 * @left: the left margin in millimetres
 *
 * Sets the margins of every page.
 */
void
kr_document_set_margins (KrDocument *self, double top, double right, double bottom, double left);

/**
 * kr_document_set_font_size:
 * @self: a document
 * @size: the size of body text and table cells in points
 */
void kr_document_set_font_size (KrDocument *self, double size);

/**
 * kr_document_set_running_header:
 * @self: a document
 * @text: (nullable): a line printed small at the top of every page after the first, so that
 *   a loose page can be placed; %NULL for none
 */
void kr_document_set_running_header (KrDocument *self, const char *text);

/**
 * kr_document_set_keep_rows:
 * @self: a document
 * @keep: whether to keep a copy of every table row after the first pass
 *
 * By default each pass runs the tables' row sources again, so that even a table of 10^5 rows
 * costs the memory of one page. A print dialog draws pages one by one in any order; there,
 * keeping the rows avoids running a source once per page.
 */
void kr_document_set_keep_rows (KrDocument *self, gboolean keep);

/**
 * kr_document_set_cancellable:
 * @self: a document
 * @cancellable: (nullable): a #GCancellable
 *
 * Makes every later pass (kr_document_paginate(), kr_document_draw_pages(),
 * kr_document_record_pages()) stop at the next table row once @cancellable is cancelled,
 * failing with %G_IO_ERROR_CANCELLED, so that a long table can be given up half-way.
 */
void kr_document_set_cancellable (KrDocument *self, GCancellable *cancellable);

/**
 * kr_document_set_progress_func:
 * @self: a document
 * @func: (nullable) (scope forever): called as table rows are placed; %NULL for none
 * @user_data: data for @func
 *
 * Asks every later pass to report its progress to @func.
 */
void
kr_document_set_progress_func (KrDocument *self, KrDocumentProgressFunc func, gpointer user_data);

/**
 * kr_document_set_expected_rows:
 * @self: a document
 * @n_rows: how many table rows one pass places in all, 0 when unknown
 *
 * Records, for progress reports, how many rows the row sources will feed, as a document
 * that counted them can tell (kr_document_get_expected_rows()).
 */
void kr_document_set_expected_rows (KrDocument *self, guint n_rows);

/**
 * kr_document_get_expected_rows:
 * @self: a document
 *
 * Returns: the number given to kr_document_set_expected_rows(), 0 when unknown
 */
guint kr_document_get_expected_rows (KrDocument *self);

/**
 * kr_document_add_text:
 * @self: a document
 * @text: the paragraph; "\n" starts a new line within it
 * @style: (nullable): how to set it; %NULL for body text
 *
 * Adds a paragraph to the flow. A paragraph moves to the next page whole when it does not fit.
 */
void kr_document_add_text (KrDocument *self, const char *text, const KrDocumentTextStyle *style);

/**
 * kr_document_add_columns:
 * @self: a document
 * @texts: (array length=n_texts): the text of each column; "\n" starts a new line
 * @n_texts: how many columns, at least 1
 * @style: (nullable): how to set them; the columns share the width from @style's left to its
 *   right equally
 *
 * Adds texts side by side without rules, such as the signature blocks of two officials (the
 * employee on the left, the appraiser on the right), each with blank lines for the signature.
 * The block moves to the next page whole and, with @style's keep_with_previous, takes the
 * item before it along.
 */
void kr_document_add_columns (KrDocument *self,
                              const char *const *texts,
                              guint n_texts,
                              const KrDocumentTextStyle *style);

/**
 * kr_document_add_drawing:
 * @self: a document
 * @height: the height of the drawing in points; a page's text height at most
 * @func: (scope notified): draws it
 * @user_data: data for @func
 * @destroy: (nullable): frees @user_data with the document
 *
 * Adds a box of the text width and @height whose content @func draws: a chart. It moves to
 * the next page whole, taking the item before it (its heading) along.
 */
void kr_document_add_drawing (KrDocument *self,
                              double height,
                              KrDocumentDrawFunc func,
                              gpointer user_data,
                              GDestroyNotify destroy);

/**
 * kr_document_add_page_break:
 * @self: a document
 *
 * Makes what follows start on a new page, as an annex does; nothing happens at the top of a
 * page or at the end of the document.
 */
void kr_document_add_page_break (KrDocument *self);

/**
 * kr_document_add_table:
 * @self: a document
 * @columns: (array length=n_columns): the columns
 * @n_columns: the number of columns
 * @numbered: whether to print a row of column numbers (1, 2, 3…) under the header, as
 *   Indonesian official tables do
 * @empty_text: (nullable): what the table says when it has no rows
 * @rows_func: (scope notified): feeds the rows
 * @user_data: data for @rows_func
 * @destroy: (nullable): frees @user_data with the document
 *
 * Adds a table to the flow. Its header is repeated at the top of every page it continues on.
 * A table whose columns all have an empty title and no group has no header (a grid of
 * labels and values). Its first row never stays on a page apart from the paragraph before it.
 */
void kr_document_add_table (KrDocument *self,
                            const KrDocumentColumn *columns,
                            guint n_columns,
                            gboolean numbered,
                            const char *empty_text,
                            KrDocumentRowsFunc rows_func,
                            gpointer user_data,
                            GDestroyNotify destroy);

/**
 * kr_document_add_row:
 * @self: a document
 * @cells: (array): one text per column of the table being fed; %NULL or "" for an empty cell
 *
 * Adds a row; only a #KrDocumentRowsFunc may call it.
 *
 * Returns: %TRUE to go on, %FALSE when the source should stop feeding (the pass needs no more
 *   rows, or failed)
 */
gboolean kr_document_add_row (KrDocument *self, const char *const *cells);

/**
 * kr_document_add_row_full:
 * @self: a document
 * @cells: (array): the texts of the row, line after line (see #KrDocumentRowStyle); %NULL or
 *   "" for an empty cell
 * @style: (nullable): how to set the row; %NULL is kr_document_add_row()
 *
 * Adds a row with cells spanning columns (a group heading "A. KINERJA UTAMA" across the
 * table) or lines (a result beside its indicators); only a #KrDocumentRowsFunc may call it.
 *
 * Returns: as kr_document_add_row()
 */
gboolean kr_document_add_row_full (KrDocument *self,
                                   const char *const *cells,
                                   const KrDocumentRowStyle *style);

/**
 * kr_document_paginate:
 * @self: a document
 * @cr: a context of the surface the pages will be drawn on (fonts are measured with it)
 * @width: the page width
 * @height: the page height
 * @error: return location for a #GError
 *
 * Lays the document out on pages of @width × @height, deciding where each page starts.
 * Nothing is drawn. Must be called before kr_document_draw_pages(), and again when the page
 * size changes.
 *
 * Returns: %TRUE on success, %FALSE with @error set when a row source failed
 */
gboolean
kr_document_paginate (KrDocument *self, cairo_t *cr, double width, double height, GError **error);

/**
 * kr_document_get_n_pages:
 * @self: a document
 *
 * Returns: the number of pages of the last kr_document_paginate(), 0 before it
 */
guint kr_document_get_n_pages (KrDocument *self);

/**
 * kr_document_draw_pages:
 * @self: a paginated document
 * @cr: a context like the one it was paginated with
 * @first: the first page to draw, from 0
 * @last: the last page to draw, inclusive
 * @page_func: (nullable) (scope call): called after each page drawn
 * @user_data: data for @page_func
 * @error: return location for a #GError
 *
 * Draws pages @first to @last, each from the top left corner of @cr's user space, with the
 * breaks kr_document_paginate() chose.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean kr_document_draw_pages (KrDocument *self,
                                 cairo_t *cr,
                                 guint first,
                                 guint last,
                                 KrDocumentPageFunc page_func,
                                 gpointer user_data,
                                 GError **error);

/**
 * kr_document_record_pages:
 * @self: a paginated document
 * @first: the first page to record, from 0
 * @last: the last page to record, inclusive
 * @func: (scope call): receives each page
 * @user_data: data for @func
 * @error: return location for a #GError
 *
 * Draws pages @first to @last as kr_document_draw_pages() would, each on a cairo recording
 * surface of its own (the page's size, from its top left corner), and hands each to @func
 * as soon as it is complete. All the text shaping happens here; replaying a page on another
 * surface (cairo_set_source_surface() and cairo_paint()) costs no more than copying its
 * glyphs, so pages can be recorded in a worker thread and printed from the main one. Fonts
 * are measured on a recording surface: paginate on one too (from the same thread) so that the
 * page breaks match.
 *
 * Returns: %TRUE on success, %FALSE with @error set (by a row source, by @func, or
 *   %G_IO_ERROR_CANCELLED)
 */
gboolean kr_document_record_pages (KrDocument *self,
                                   guint first,
                                   guint last,
                                   KrDocumentRecordFunc func,
                                   gpointer user_data,
                                   GError **error);

/**
 * kr_document_format_date:
 * @date: a valid date
 *
 * Writes @date as Indonesian official documents do, "22 November 2026", with the month names
 * of the documents whatever the locale.
 *
 * Returns: (transfer full): the date
 */
char *kr_document_format_date (const GDate *date);

/**
 * kr_document_format_date_numeric:
 * @date: (nullable): a date
 *
 * Writes @date as tables of official documents do, "22-11-2026".
 *
 * Returns: (transfer full): the date, or "-" when @date is %NULL or not valid
 */
char *kr_document_format_date_numeric (const GDate *date);

/**
 * kr_document_format_decimal:
 * @value: a number
 * @digits: how many decimals
 *
 * Formats @value the Indonesian way of official documents, with a decimal comma ("83,50"),
 * whatever the locale of the program.
 *
 * Returns: (transfer full): the text
 */
char *kr_document_format_decimal (double value, guint digits);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrDocument, kr_document_free)

G_END_DECLS
