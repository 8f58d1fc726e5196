/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-document"

#include "config.h"

#include "kr-document.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "kr-error.h"

#define POINTS_PER_MM (72.0 / 25.4)

/* Liberation Sans has the metrics of Arial, which offices expect; DejaVu Sans, the fallback
 * every Debian system has, is wide, so its condensed face is asked for. */
#define FONT_FAMILIES "Liberation Sans, DejaVu Sans, Sans"

#define DEFAULT_FONT_SIZE 9.0
#define SMALL_FONT_SIZE   7.5
#define CELL_PADDING      2.5
#define NUMBERS_PADDING   1.0
#define DECORATION_GAP    6.0
#define RULE_WIDTH        0.5
/* How often, in table rows, a pass reports its progress. */
#define PROGRESS_ROWS 64

/* The fixed light palette: printed documents never follow the desktop's dark style. */
#define INK_GREY    0.0
#define MUTED_GREY  0.3
#define HEADER_FILL 0.88

/* Official term: do not translate */
static const char *const month_names[12] = {
  "Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
  "Juli",    "Agustus",  "September", "Oktober", "November", "Desember",
};

typedef enum
{
  BLOCK_TEXT,
  BLOCK_TABLE,
} BlockKind;

typedef struct
{
  BlockKind kind;

  /* BLOCK_TEXT */
  char *text;
  KrDocumentTextStyle style;

  /* BLOCK_TABLE; the column strings live in strings */
  KrDocumentColumn *columns;
  guint n_columns;
  GStringChunk *strings;
  gboolean numbered;
  char *empty_text;
  KrDocumentRowsFunc rows_func;
  gpointer rows_data;
  GDestroyNotify rows_destroy;
  /* Rows kept after the first pass (kr_document_set_keep_rows()): arrays of n_columns
   * strings in kept_strings */
  GStringChunk *kept_strings;
  GPtrArray *kept_rows;
  gboolean kept;
} Block;

/* Where a page starts: a block, a row of it (0 for a paragraph) and, when a row taller than a
 * page continues from the page before, how far into the row. */
typedef struct
{
  guint block;
  guint row;
  double offset;
} Position;

typedef struct _Pass Pass;

struct _KrDocument
{
  char *title;
  gboolean landscape;
  double margin_top;
  double margin_right;
  double margin_bottom;
  double margin_left;
  double font_size;
  char *running_header;
  gboolean keep_rows;
  GPtrArray *blocks;

  double page_width;
  double page_height;
  GArray *pages; /* Position, one per page, from the last pagination */

  Pass *pass; /* the pass that kr_document_add_row() feeds */

  GCancellable *cancellable;
  KrDocumentProgressFunc progress_func;
  gpointer progress_data;
  guint expected_rows;
};

/* Something placed in the flow: a paragraph or a table row, made of layouts side by side. */
typedef struct
{
  guint n_boxes;
  PangoLayout **layouts;
  const double *x; /* left of each box */
  const double *w; /* width of each box */
  double pad;      /* inset of the layouts in their boxes */
  double text_top; /* top of the layouts within the item */
  double height;
  gboolean borders; /* table cells are ruled */
} Item;

typedef struct
{
  double group_height;
  double title_height;
  double numbers_height;
  double height;
} Header;

struct _Pass
{
  KrDocument *document;
  cairo_t *cr;
  PangoContext *context;
  PangoFontDescription *body_font;
  PangoFontDescription *header_font;
  PangoFontDescription *small_font;
  double decoration_height;

  /* Drawing (not paginating): the range of pages, and what to call after each */
  gboolean drawing;
  guint first;
  guint last;
  KrDocumentPageFunc page_func;
  gpointer page_data;
  gboolean started;

  /* Recording (kr_document_record_pages()): each visible page on a surface of its own, drawn
   * through a context of its own while @base_cr serves the measuring */
  KrDocumentRecordFunc record_func;
  gpointer record_data;
  cairo_t *base_cr;
  cairo_surface_t *page_surface;

  GError *error;
  gboolean stop;
  guint rows_done;

  /* Where the flow is */
  guint page;
  double y;
  guint items_on_page;
  guint block;
  guint row;

  /* The table being fed */
  Block *table;
  Header header;
  gboolean header_on_page;
  double *column_x;
  double *column_w;
  PangoLayout **cells;
  PangoLayout *text_layout;

  /* The last item placed, for keep_with_previous */
  gboolean previous_is_row;
  guint previous_block;
  guint previous_row;
  double previous_height;
  double previous_header_height;
  gboolean previous_movable;
};

/* Blocks */

static void
block_free (gpointer data)
{
  Block *block = data;

  if (block->rows_destroy != NULL)
    block->rows_destroy (block->rows_data);
  g_free (block->text);
  g_free (block->columns);
  if (block->strings != NULL)
    g_string_chunk_free (block->strings);
  g_free (block->empty_text);
  g_clear_pointer (&block->kept_rows, g_ptr_array_unref);
  if (block->kept_strings != NULL)
    g_string_chunk_free (block->kept_strings);
  g_free (block);
}

static void
forget_kept_rows (Block *block)
{
  g_clear_pointer (&block->kept_rows, g_ptr_array_unref);
  g_clear_pointer (&block->kept_strings, g_string_chunk_free);
  block->kept = FALSE;
}

static void
keep_row (Block *block, const char *const *cells)
{
  char **copy = g_new (char *, block->n_columns);

  if (block->kept_rows == NULL)
    {
      block->kept_rows = g_ptr_array_new_with_free_func (g_free);
      block->kept_strings = g_string_chunk_new (4096);
    }
  for (guint i = 0; i < block->n_columns; i++)
    copy[i] = g_string_chunk_insert_const (block->kept_strings, cells[i] != NULL ? cells[i] : "");
  g_ptr_array_add (block->kept_rows, copy);
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
        forget_kept_rows (g_ptr_array_index (self->blocks, i));
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

/* Geometry */

static double
content_left (KrDocument *self)
{
  return self->margin_left;
}

static double
content_width (KrDocument *self)
{
  return MAX (self->page_width - self->margin_left - self->margin_right, 1.0);
}

static double
page_top (Pass *pass, guint page)
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

static const Position *
page_start (Pass *pass, guint page)
{
  return &g_array_index (pass->document->pages, Position, page);
}

/* Text */

static PangoFontDescription *
make_font (double size, gboolean bold)
{
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILIES);

  pango_font_description_set_stretch (font, PANGO_STRETCH_CONDENSED);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  return font;
}

/* A context that measures in points and lays text out the same on every surface: no hinting
 * of metrics, no rounding of glyph positions. */
static PangoContext *
create_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  return context;
}

static void
setup_layout (PangoLayout *layout,
              const PangoFontDescription *font,
              double width,
              PangoAlignment alignment)
{
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/* Lays @text out in a box of @width and returns its height. */
static double
measure_text (Pass *pass, const PangoFontDescription *font, const char *text, double width)
{
  g_autoptr (PangoLayout) layout = pango_layout_new (pass->context);

  setup_layout (layout, font, width, PANGO_ALIGN_CENTER);
  pango_layout_set_text (layout, text, -1);
  return layout_height (layout);
}

/* Draws @text centred in the box at (@x, @y) of @width × @height. */
static void
draw_centered (Pass *pass,
               const PangoFontDescription *font,
               const char *text,
               double x,
               double y,
               double width,
               double height)
{
  g_autoptr (PangoLayout) layout = pango_layout_new (pass->context);
  double text_height;

  setup_layout (layout, font, width - 2 * CELL_PADDING, PANGO_ALIGN_CENTER);
  pango_layout_set_text (layout, text, -1);
  text_height = layout_height (layout);
  cairo_move_to (pass->cr, x + CELL_PADDING, y + (height - text_height) / 2);
  pango_cairo_show_layout (pass->cr, layout);
}

static void
stroke_box (cairo_t *cr, double x, double y, double width, double height)
{
  cairo_rectangle (cr, x, y, width, height);
  cairo_set_source_rgb (cr, INK_GREY, INK_GREY, INK_GREY);
  cairo_set_line_width (cr, RULE_WIDTH);
  cairo_stroke (cr);
}

/* Splitting an item that is taller than a page */

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
              top = item->text_top + (double) logical.y / PANGO_SCALE;
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
  double width = content_width (document);

  cairo_set_source_rgb (pass->cr, MUTED_GREY, MUTED_GREY, MUTED_GREY);
  if (pass->page > 0 && document->running_header != NULL)
    {
      setup_layout (layout, pass->small_font, width, PANGO_ALIGN_LEFT);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_text (layout, document->running_header, -1);
      cairo_move_to (pass->cr, content_left (document), document->margin_top);
      pango_cairo_show_layout (pass->cr, layout);
    }

  /* Official term: do not translate */
  number = g_strdup_printf ("Halaman %u dari %u", pass->page + 1, document->pages->len);
  setup_layout (layout, pass->small_font, width, PANGO_ALIGN_RIGHT);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_text (layout, number, -1);
  cairo_move_to (pass->cr, content_left (document),
                 document->page_height - document->margin_bottom - layout_height (layout));
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

static void
begin_page (Pass *pass, guint page)
{
  pass->page = page;
  pass->y = page_top (pass, page);
  pass->items_on_page = 0;
  pass->header_on_page = FALSE;
  if (page_visible (pass))
    {
      if (pass->record_func != NULL)
        start_recording (pass);
      draw_decorations (pass);
    }
}

static void
end_page (Pass *pass)
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

static void
draw_item_part (Pass *pass, const Item *item, double y, double from, double to)
{
  cairo_t *cr = pass->cr;

  if (item->borders)
    {
      for (guint i = 0; i < item->n_boxes; i++)
        stroke_box (cr, item->x[i], y, item->w[i], to - from);
    }

  cairo_set_source_rgb (cr, INK_GREY, INK_GREY, INK_GREY);
  for (guint i = 0; i < item->n_boxes; i++)
    {
      double x = item->x[i] + item->pad;
      double top = y - from + item->text_top;

      if (from == 0 && to >= item->height)
        {
          cairo_move_to (cr, x, top);
          pango_cairo_show_layout (cr, item->layouts[i]);
        }
      else
        show_lines (cr, item->layouts[i], x, top, y - top, y + to - from - top);
    }
}

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

static void
draw_header (Pass *pass, double y)
{
  Block *table = pass->table;
  const Header *header = &pass->header;
  cairo_t *cr = pass->cr;
  double titles_bottom = y + header->group_height + header->title_height;
  double left = pass->column_x[0];
  double right = pass->column_x[table->n_columns - 1] + pass->column_w[table->n_columns - 1];

  cairo_rectangle (cr, left, y, right - left, titles_bottom - y);
  cairo_set_source_rgb (cr, HEADER_FILL, HEADER_FILL, HEADER_FILL);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, INK_GREY, INK_GREY, INK_GREY);

  for (guint i = 0; i < table->n_columns; i++)
    {
      double x = pass->column_x[i], w = pass->column_w[i];
      double top = table->columns[i].group != NULL ? y + header->group_height : y;
      guint end;

      stroke_box (cr, x, top, w, titles_bottom - top);
      draw_centered (pass, pass->header_font, table->columns[i].title, x, top, w,
                     titles_bottom - top);
      if (group_run (table, i, &end))
        {
          double span = pass->column_x[end - 1] + pass->column_w[end - 1] - x;

          stroke_box (cr, x, y, span, header->group_height);
          draw_centered (pass, pass->header_font, table->columns[i].group, x, y, span,
                         header->group_height);
        }
      if (table->numbered)
        {
          char number[16];

          g_snprintf (number, sizeof number, "%u", i + 1);
          stroke_box (cr, x, titles_bottom, w, header->numbers_height);
          draw_centered (pass, pass->small_font, number, x, titles_bottom, w,
                         header->numbers_height);
        }
    }
}

/* Placing items: paginating decides where pages start, drawing follows those decisions. */

static void
measure_new_page (Pass *pass, guint block, guint row, double offset)
{
  Position start = { block, row, offset };

  g_array_append_val (pass->document->pages, start);
  pass->page++;
  pass->y = page_top (pass, pass->page);
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
      if (keep_with_previous && pass->previous_is_row && pass->previous_movable &&
          pass->previous_block + 1 == pass->block)
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
      const Position *start = page_start (pass, pass->first);

      pass->started = TRUE;
      begin_page (pass, pass->first);
      if (start->block == pass->block && start->row == pass->row)
        offset = start->offset;
    }
  while (pass->page + 1 < pages->len &&
         compare_position (pass->block, pass->row, 0, page_start (pass, pass->page + 1)) >= 0)
    {
      end_page (pass);
      if (pass->stop)
        return FALSE;
      begin_page (pass, pass->page + 1);
    }

  for (;;)
    {
      const Position *next = pass->page + 1 < pages->len ? page_start (pass, pass->page + 1) : NULL;
      gboolean cut = next != NULL && next->block == pass->block && next->row == pass->row &&
                     next->offset > offset;
      double to = cut ? next->offset : item->height;

      if (is_row && !pass->header_on_page)
        {
          if (page_visible (pass))
            draw_header (pass, pass->y);
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
      end_page (pass);
      if (pass->stop)
        break;
      begin_page (pass, pass->page + 1);
      offset = to;
    }
  return split;
}

static void
place_item (Pass *pass, const Item *item, gboolean is_row, gboolean keep_with_previous)
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
static gboolean
skip_item (Pass *pass)
{
  const Position *start;

  if (!pass->drawing || pass->started)
    return FALSE;
  start = page_start (pass, pass->first);
  return pass->block < start->block || (pass->block == start->block && pass->row < start->row);
}

/* Paragraphs */

static void
run_text (Pass *pass, Block *block)
{
  KrDocument *document = pass->document;
  const KrDocumentTextStyle *style = &block->style;
  g_autoptr (PangoFontDescription) font = NULL;
  double x, w;
  Item item = { 0 };

  if (skip_item (pass))
    return;

  font = make_font (style->size > 0 ? style->size : document->font_size, style->bold);
  x = content_left (document) + style->left * content_width (document);
  w = (style->right - style->left) * content_width (document);
  setup_layout (pass->text_layout, font, w, style->alignment);
  pango_layout_set_text (pass->text_layout, block->text, -1);

  item.n_boxes = 1;
  item.layouts = &pass->text_layout;
  item.x = &x;
  item.w = &w;
  item.text_top = style->space_before;
  item.height = style->space_before + layout_height (pass->text_layout) + style->space_after;
  place_item (pass, &item, FALSE, style->keep_with_previous);
}

/* Tables */

static void
measure_header (Pass *pass, Block *table)
{
  Header *header = &pass->header;
  double spanned = 0;

  memset (header, 0, sizeof *header);
  for (guint i = 0; i < table->n_columns; i++)
    {
      double title = measure_text (pass, pass->header_font, table->columns[i].title,
                                   pass->column_w[i] - 2 * CELL_PADDING);
      guint end;

      if (table->columns[i].group == NULL)
        spanned = MAX (spanned, title + 2 * CELL_PADDING);
      else
        header->title_height = MAX (header->title_height, title + 2 * CELL_PADDING);
      if (group_run (table, i, &end))
        {
          double span = pass->column_x[end - 1] + pass->column_w[end - 1] - pass->column_x[i];
          double group = measure_text (pass, pass->header_font, table->columns[i].group,
                                       span - 2 * CELL_PADDING);

          header->group_height = MAX (header->group_height, group + 2 * CELL_PADDING);
        }
    }
  /* A title without a group fills both header rows. */
  header->title_height = MAX (header->title_height, spanned - header->group_height);
  if (table->numbered)
    header->numbers_height = measure_text (pass, pass->small_font, "0", 100) + 2 * NUMBERS_PADDING;
  header->height = header->group_height + header->title_height + header->numbers_height;
}

static void
start_table (Pass *pass, Block *table)
{
  KrDocument *document = pass->document;
  double total = 0, x = content_left (document);

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
      pass->column_w[i] = table->columns[i].width / total * content_width (document);
      x += pass->column_w[i];
      pass->cells[i] = pango_layout_new (pass->context);
      setup_layout (pass->cells[i], pass->body_font, pass->column_w[i] - 2 * CELL_PADDING,
                    table->columns[i].alignment);
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
place_row (Pass *pass, const char *const *cells)
{
  Block *table = pass->table;
  Item item = { 0 };
  double tallest = 0;

  if (skip_item (pass))
    return;

  for (guint i = 0; i < table->n_columns; i++)
    {
      if (table->columns[i].markup)
        pango_layout_set_markup (pass->cells[i], cells[i] != NULL ? cells[i] : "", -1);
      else
        pango_layout_set_text (pass->cells[i], cells[i] != NULL ? cells[i] : "", -1);
      tallest = MAX (tallest, layout_height (pass->cells[i]));
    }
  item.n_boxes = table->n_columns;
  item.layouts = pass->cells;
  item.x = pass->column_x;
  item.w = pass->column_w;
  item.pad = CELL_PADDING;
  item.text_top = CELL_PADDING;
  item.height = tallest + 2 * CELL_PADDING;
  item.borders = TRUE;
  place_item (pass, &item, TRUE, FALSE);
}

/* The one row of a table without rows: its empty text across all columns. */
static void
place_empty_row (Pass *pass)
{
  Block *table = pass->table;
  double x = pass->column_x[0];
  double w = pass->column_x[table->n_columns - 1] + pass->column_w[table->n_columns - 1] - x;
  Item item = { 0 };

  if (skip_item (pass))
    return;

  setup_layout (pass->text_layout, pass->body_font, w - 2 * CELL_PADDING, PANGO_ALIGN_CENTER);
  pango_layout_set_text (pass->text_layout, table->empty_text, -1);
  item.n_boxes = 1;
  item.layouts = &pass->text_layout;
  item.x = &x;
  item.w = &w;
  item.pad = CELL_PADDING;
  item.text_top = CELL_PADDING;
  item.height = layout_height (pass->text_layout) + 2 * CELL_PADDING;
  item.borders = TRUE;
  place_item (pass, &item, TRUE, FALSE);
}

gboolean
kr_document_add_row (KrDocument *self, const char *const *cells)
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
    keep_row (pass->table, cells);
  place_row (pass, cells);
  pass->row++;
  pass->rows_done++;
  if (self->progress_func != NULL && pass->rows_done % PROGRESS_ROWS == 0)
    self->progress_func (self, pass->rows_done, pass->page, self->progress_data);
  return !pass->stop;
}

static void
run_table (Pass *pass, Block *table)
{
  KrDocument *document = pass->document;

  start_table (pass, table);
  if (table->kept)
    {
      for (guint i = 0; i < table->kept_rows->len; i++)
        {
          if (!kr_document_add_row (document, g_ptr_array_index (table->kept_rows, i)))
            break;
        }
    }
  else
    {
      g_autoptr (GError) error = NULL;

      if (!pass->drawing && document->keep_rows)
        forget_kept_rows (table);
      if (!table->rows_func (document, table->rows_data, &error))
        {
          g_assert (error != NULL);
          forget_kept_rows (table);
          if (pass->error == NULL)
            pass->error = g_steal_pointer (&error);
          pass->stop = TRUE;
        }
      else if (!pass->drawing && document->keep_rows)
        {
          /* A pass stopped half-way (cancelled) kept only some of the rows. */
          if (pass->stop)
            forget_kept_rows (table);
          else
            table->kept = TRUE;
        }
    }
  if (!pass->stop && pass->row == 0 && table->empty_text != NULL)
    place_empty_row (pass);
  end_table (pass);
}

/* Passes */

static void
pass_init (Pass *pass, KrDocument *document, cairo_t *cr)
{
  g_autoptr (PangoLayout) layout = NULL;

  pass->document = document;
  pass->cr = cr;
  pass->base_cr = cr;
  pass->context = create_context (cr);
  pass->body_font = make_font (document->font_size, FALSE);
  pass->header_font = make_font (document->font_size - 1, TRUE);
  pass->small_font = make_font (SMALL_FONT_SIZE, FALSE);
  pass->text_layout = pango_layout_new (pass->context);

  layout = pango_layout_new (pass->context);
  pango_layout_set_font_description (layout, pass->small_font);
  pango_layout_set_text (layout, "Halaman", -1);
  pass->decoration_height = layout_height (layout) + DECORATION_GAP;
}

static void
pass_clear (Pass *pass)
{
  /* A recording stopped by an error. */
  g_clear_pointer (&pass->page_surface, cairo_surface_destroy);
  if (pass->cr != pass->base_cr)
    g_clear_pointer (&pass->cr, cairo_destroy);
  g_clear_object (&pass->text_layout);
  g_clear_pointer (&pass->body_font, pango_font_description_free);
  g_clear_pointer (&pass->header_font, pango_font_description_free);
  g_clear_pointer (&pass->small_font, pango_font_description_free);
  g_clear_object (&pass->context);
  g_clear_error (&pass->error);
}

static gboolean
run_pass (Pass *pass, GError **error)
{
  KrDocument *document = pass->document;
  guint first_block = pass->drawing ? page_start (pass, pass->first)->block : 0;

  document->pass = pass;
  pass->page = pass->drawing ? pass->first : 0;
  pass->y = page_top (pass, pass->page);
  cairo_save (pass->base_cr);
  for (guint i = first_block; i < document->blocks->len && !pass->stop; i++)
    {
      Block *block = g_ptr_array_index (document->blocks, i);

      pass->block = i;
      pass->row = 0;
      if (block->kind == BLOCK_TEXT)
        run_text (pass, block);
      else
        run_table (pass, block);
    }
  if (pass->drawing && !pass->stop)
    {
      /* A page with nothing in the flow still gets its footer. */
      if (!pass->started)
        begin_page (pass, pass->first);
      end_page (pass);
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
