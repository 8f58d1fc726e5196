/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-document"

#include "config.h"

#include "kr-document-private.h"

#include "kr-error.h"

/* Geometry */

double
_kr_document_content_left (KrDocument *self)
{
  return self->margin_left;
}

double
_kr_document_content_width (KrDocument *self)
{
  return MAX (self->page_width - self->margin_left - self->margin_right, 1.0);
}

double
_kr_document_page_top (Pass *pass, guint page)
{
  KrDocument *document = pass->document;

  if (page > 0 && document->running_header != NULL)
    return document->margin_top + pass->decoration_height;
  return document->margin_top;
}

static double
page_bottom (Pass *pass)
{
  KrDocument *document = pass->document;

  return document->page_height - document->margin_bottom - pass->decoration_height;
}

/* Compares the start of row @row of block @block with @position. */
static int
compare_position (guint block, guint row, double offset, const Position *position)
{
  if (block != position->block)
    return block < position->block ? -1 : 1;
  if (row != position->row)
    return row < position->row ? -1 : 1;
  if (offset != position->offset)
    return offset < position->offset ? -1 : 1;
  return 0;
}

const Position *
_kr_document_page_start (Pass *pass, guint page)
{
  return &g_array_index (pass->document->pages, Position, page);
}

/* Splitting an item that is taller than a page */

static double
box_top (const Item *item, guint i)
{
  return item->y != NULL ? item->y[i] : 0;
}

static double
box_height (const Item *item, guint i)
{
  return item->h != NULL ? item->h[i] : item->height;
}

/* Returns the lowest point at or above @from + @room that cuts no line of @item in two. */
static double
find_break (const Item *item, double from, double room)
{
  double limit = from + room;
  double candidate = limit;
  gboolean moved = TRUE;

  while (moved)
    {
      moved = FALSE;
      for (guint i = 0; i < item->n_boxes; i++)
        {
          PangoLayoutIter *iter = pango_layout_get_iter (item->layouts[i]);

          do
            {
              PangoRectangle logical;
              double top, bottom;

              pango_layout_iter_get_line_extents (iter, NULL, &logical);
              top = box_top (item, i) + item->text_top + (double) logical.y / PANGO_SCALE;
              bottom = top + (double) logical.height / PANGO_SCALE;
              if (top < candidate && bottom > candidate)
                {
                  candidate = top;
                  moved = TRUE;
                }
            }
          while (pango_layout_iter_next_line (iter));
          pango_layout_iter_free (iter);
        }
    }
  /* A single line taller than the page can only be cut. */
  return candidate > from ? candidate : limit;
}

/* Drawing */

static gboolean
page_visible (Pass *pass)
{
  return pass->drawing && pass->page >= pass->first && pass->page <= pass->last;
}

static void
draw_decorations (Pass *pass)
{
  KrDocument *document = pass->document;
  g_autoptr (PangoLayout) layout = pango_layout_new (pass->context);
  g_autofree char *number = NULL;
  double width = _kr_document_content_width (document);

  cairo_set_source_rgb (pass->cr, MUTED_GREY, MUTED_GREY, MUTED_GREY);
  if (pass->page > 0 && document->running_header != NULL)
    {
      _kr_document_setup_layout (layout, pass->small_font, width, PANGO_ALIGN_LEFT);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_text (layout, document->running_header, -1);
      cairo_move_to (pass->cr, _kr_document_content_left (document), document->margin_top);
      pango_cairo_show_layout (pass->cr, layout);
    }

  /* Official term: do not translate */
  number = g_strdup_printf ("Halaman %u dari %u", pass->page + 1, document->pages->len);
  _kr_document_setup_layout (layout, pass->small_font, width, PANGO_ALIGN_RIGHT);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_text (layout, number, -1);
  cairo_move_to (pass->cr, _kr_document_content_left (document),
                 document->page_height - document->margin_bottom -
                     _kr_document_layout_height (layout));
  pango_cairo_show_layout (pass->cr, layout);
  cairo_set_source_rgb (pass->cr, INK_GREY, INK_GREY, INK_GREY);
}

/* Starts a page of its own on a new recording surface of the page's size. */
static void
start_recording (Pass *pass)
{
  KrDocument *document = pass->document;
  cairo_rectangle_t extents = { 0, 0, document->page_width, document->page_height };

  g_assert (pass->page_surface == NULL);
  pass->page_surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  pass->cr = cairo_create (pass->page_surface);
}

/* Ends the page started by start_recording(), if any, and returns its surface. */
static cairo_surface_t *
stop_recording (Pass *pass)
{
  cairo_surface_t *surface = g_steal_pointer (&pass->page_surface);

  if (surface == NULL)
    return NULL;
  cairo_destroy (pass->cr);
  pass->cr = pass->base_cr;
  return surface;
}

/* Hands the recorded page over. */
static gboolean
finish_recording (Pass *pass)
{
  cairo_status_t status = cairo_status (pass->cr);
  cairo_surface_t *surface = stop_recording (pass);
  gboolean ok;

  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error_literal (&pass->error, KR_ERROR, KR_ERROR_STORAGE,
                           cairo_status_to_string (status));
      ok = FALSE;
    }
  else
    ok = pass->record_func (pass->document, pass->page, surface, pass->record_data, &pass->error);
  cairo_surface_destroy (surface);
  return ok;
}

void
_kr_document_begin_page (Pass *pass, guint page)
{
  pass->page = page;
  pass->y = _kr_document_page_top (pass, page);
  pass->items_on_page = 0;
  pass->header_on_page = FALSE;
  if (page_visible (pass))
    {
      if (pass->record_func != NULL)
        start_recording (pass);
      draw_decorations (pass);
    }
}

void
_kr_document_end_page (Pass *pass)
{
  if (page_visible (pass) && !pass->stop)
    {
      if (pass->record_func != NULL)
        pass->stop = !finish_recording (pass);
      else if (pass->page_func != NULL && !pass->page_func (pass->document, pass->cr, pass->page,
                                                            pass->page_data, &pass->error))
        pass->stop = TRUE;
    }
  if (pass->page >= pass->last)
    pass->stop = TRUE;
}

/* Draws the lines of @layout, placed at (@x, @y), that lie wholly between @from and @to below
 * its top: the part of a row split between pages that belongs on this page. The others are
 * not drawn at all, rather than clipped, so that they are not in the page's text either. */
static void
show_lines (cairo_t *cr, PangoLayout *layout, double x, double y, double from, double to)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      double top, bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = (double) logical.y / PANGO_SCALE;
      bottom = top + (double) logical.height / PANGO_SCALE;
      if (top >= from - 0.01 && bottom <= to + 0.01)
        {
          cairo_move_to (cr, x + (double) logical.x / PANGO_SCALE,
                         y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* Rules (and fills) the part of each box of @item between @from and @to, drawn at @y. */
static void
draw_boxes (Pass *pass, const Item *item, double y, double from, double to)
{
  cairo_t *cr = pass->cr;

  for (guint i = 0; i < item->n_boxes; i++)
    {
      double top = MAX (from, box_top (item, i));
      double bottom = MIN (to, box_top (item, i) + box_height (item, i));

      if (bottom <= top)
        continue;
      if (item->shaded)
        {
          cairo_rectangle (cr, item->x[i], y + top - from, item->w[i], bottom - top);
          cairo_set_source_rgb (cr, HEADER_FILL, HEADER_FILL, HEADER_FILL);
          cairo_fill (cr);
        }
      if (item->borders)
        _kr_document_stroke_box (cr, item->x[i], y + top - from, item->w[i], bottom - top);
    }
}

static void
draw_item_part (Pass *pass, const Item *item, double y, double from, double to)
{
  cairo_t *cr = pass->cr;

  if (item->draw_func != NULL)
    {
      cairo_save (cr);
      cairo_set_source_rgb (cr, INK_GREY, INK_GREY, INK_GREY);
      item->draw_func (cr, _kr_document_content_left (pass->document), y,
                       _kr_document_content_width (pass->document), item->height, item->draw_data);
      cairo_restore (cr);
      return;
    }

  draw_boxes (pass, item, y, from, to);
  cairo_set_source_rgb (cr, INK_GREY, INK_GREY, INK_GREY);
  for (guint i = 0; i < item->n_boxes; i++)
    {
      double x = item->x[i] + item->pad;
      double top = y - from + box_top (item, i) + item->text_top;

      if (from == 0 && to >= item->height)
        {
          cairo_move_to (cr, x, top);
          pango_cairo_show_layout (cr, item->layouts[i]);
        }
      else
        show_lines (cr, item->layouts[i], x, top, y - top, y + to - from - top);
    }
}

/* Placing items: paginating decides where pages start, drawing follows those decisions. */

static void
measure_new_page (Pass *pass, guint block, guint row, double offset)
{
  Position start = { block, row, offset };

  g_array_append_val (pass->document->pages, start);
  pass->page++;
  pass->y = _kr_document_page_top (pass, pass->page);
  pass->items_on_page = 0;
  pass->header_on_page = FALSE;
}

/* Returns whether the item was split between pages. */
static gboolean
measure_item (Pass *pass, const Item *item, gboolean is_row, gboolean keep_with_previous)
{
  double bottom = page_bottom (pass);
  double header = is_row && !pass->header_on_page ? pass->header.height : 0;
  double offset = 0;

  if (pass->items_on_page > 0 && pass->y + header + item->height > bottom)
    {
      if (keep_with_previous && pass->previous_movable && pass->previous_block + 1 == pass->block)
        {
          measure_new_page (pass, pass->previous_block, pass->previous_row, 0);
          pass->y += pass->previous_header_height + pass->previous_height;
          pass->items_on_page = 1;
        }
      else
        measure_new_page (pass, pass->block, pass->row, 0);
      header = is_row ? pass->header.height : 0;
    }
  pass->y += header;
  pass->header_on_page = pass->header_on_page || is_row;

  while (pass->y + item->height - offset > bottom)
    {
      double cut = find_break (item, offset, MAX (bottom - pass->y, 1.0));

      measure_new_page (pass, pass->block, pass->row, cut);
      offset = cut;
      if (is_row)
        {
          pass->y += pass->header.height;
          pass->header_on_page = TRUE;
        }
    }
  pass->y += item->height - offset;
  return offset > 0;
}

static gboolean
draw_item (Pass *pass, const Item *item, gboolean is_row)
{
  GArray *pages = pass->document->pages;
  double offset = 0;
  gboolean split = FALSE;

  if (!pass->started)
    {
      const Position *start = _kr_document_page_start (pass, pass->first);

      pass->started = TRUE;
      _kr_document_begin_page (pass, pass->first);
      if (start->block == pass->block && start->row == pass->row)
        offset = start->offset;
    }
  while (pass->page + 1 < pages->len &&
         compare_position (pass->block, pass->row, 0,
                           _kr_document_page_start (pass, pass->page + 1)) >= 0)
    {
      _kr_document_end_page (pass);
      if (pass->stop)
        return FALSE;
      _kr_document_begin_page (pass, pass->page + 1);
    }

  for (;;)
    {
      const Position *next =
          pass->page + 1 < pages->len ? _kr_document_page_start (pass, pass->page + 1) : NULL;
      gboolean cut = next != NULL && next->block == pass->block && next->row == pass->row &&
                     next->offset > offset;
      double to = cut ? next->offset : item->height;

      if (is_row && !pass->header_on_page)
        {
          if (page_visible (pass))
            _kr_document_draw_header (pass, pass->y);
          pass->y += pass->header.height;
          pass->header_on_page = TRUE;
        }
      if (page_visible (pass))
        draw_item_part (pass, item, pass->y, offset, to);
      if (!cut)
        {
          pass->y += to - offset;
          break;
        }
      split = TRUE;
      _kr_document_end_page (pass);
      if (pass->stop)
        break;
      _kr_document_begin_page (pass, pass->page + 1);
      offset = to;
    }
  return split;
}

void
_kr_document_place_item (Pass *pass, const Item *item, gboolean is_row, gboolean keep_with_previous)
{
  gboolean split;
  gboolean first_on_page;

  if (pass->drawing)
    split = draw_item (pass, item, is_row);
  else
    split = measure_item (pass, item, is_row, keep_with_previous);

  /* After a page break the item is the first of its page. */
  first_on_page = pass->items_on_page == 0 || split;
  pass->items_on_page++;
  pass->previous_is_row = is_row;
  pass->previous_block = pass->block;
  pass->previous_row = pass->row;
  pass->previous_height = item->height;
  pass->previous_header_height = is_row ? pass->header.height : 0;
  pass->previous_movable = !first_on_page;
}

/* Whether, while drawing, the item at the flow's place lies wholly on pages before the first
 * page to draw, so it need not even be laid out. */
gboolean
_kr_document_skip_item (Pass *pass)
{
  const Position *start;

  if (!pass->drawing || pass->started)
    return FALSE;
  start = _kr_document_page_start (pass, pass->first);
  return pass->block < start->block || (pass->block == start->block && pass->row < start->row);
}

/* A page break: while paginating, the next block starts a page unless the page is empty or
 * nothing follows. Drawing follows the page starts so decided. */
void
_kr_document_break_page (Pass *pass)
{
  if (pass->drawing || pass->items_on_page == 0 || pass->block + 1 >= pass->document->blocks->len)
    return;
  measure_new_page (pass, pass->block + 1, 0, 0);
}
