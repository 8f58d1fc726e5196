/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-document.h"

#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* What the files of KrDocument share: kr-document.c (the document and its passes),
 * kr-document-pages.c, kr-document-text.c and kr-document-table.c. */

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

typedef enum
{
  BLOCK_TEXT,
  BLOCK_TABLE,
  BLOCK_DRAWING,
  BLOCK_PAGE_BREAK,
} BlockKind;

/* A row kept after the first pass: its cells (n_lines × n_columns, in the block's
 * kept_strings) and its style, whose spans point into @spans. */
typedef struct
{
  char **cells;
  guint *spans;
  gboolean styled;
  KrDocumentRowStyle style;
} KeptRow;

typedef struct
{
  BlockKind kind;

  /* BLOCK_TEXT; texts, when set, are columns side by side (kr_document_add_columns()) */
  char *text;
  GStrv texts;
  KrDocumentTextStyle style;

  /* BLOCK_DRAWING */
  double height;
  KrDocumentDrawFunc draw_func;
  gpointer draw_data;
  GDestroyNotify draw_destroy;

  /* BLOCK_TABLE; the column strings live in strings */
  KrDocumentColumn *columns;
  guint n_columns;
  GStringChunk *strings;
  gboolean numbered;
  char *empty_text;
  KrDocumentRowsFunc rows_func;
  gpointer rows_data;
  GDestroyNotify rows_destroy;
  gboolean has_header;
  /* Rows kept after the first pass (kr_document_set_keep_rows()): KeptRow, their strings in
   * kept_strings */
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

/* Something placed in the flow: a paragraph, a table row or a drawing, made of boxes of
 * layouts side by side (and, in a row of several lines, one above the other). */
typedef struct
{
  guint n_boxes;
  PangoLayout **layouts;
  const double *x; /* left of each box */
  const double *w; /* width of each box */
  const double *y; /* top of each box within the item; NULL for 0 */
  const double *h; /* height of each box; NULL for the item's height */
  double pad;      /* inset of the layouts in their boxes */
  double text_top; /* top of the layouts within their boxes */
  double height;
  gboolean borders; /* table cells are ruled */
  gboolean shaded;  /* boxes are filled in the header grey */
  /* A drawing: called to draw the whole item */
  KrDocumentDrawFunc draw_func;
  gpointer draw_data;
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
  PangoFontDescription *bold_font;
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
  /* Layouts of the boxes of rows with spans or lines, and of side-by-side texts */
  GPtrArray *box_layouts;
  double *box_x;
  double *box_w;
  double *box_y;
  double *box_h;
  guint box_capacity;

  /* The last item placed, for keep_with_previous */
  gboolean previous_is_row;
  guint previous_block;
  guint previous_row;
  double previous_height;
  double previous_header_height;
  gboolean previous_movable;
};

/* kr-document.c */
void _kr_document_forget_kept_rows (Block *block);
void
_kr_document_keep_row (Block *block, const char *const *cells, const KrDocumentRowStyle *style);
PangoLayout *_kr_document_box_layout (Pass *pass, guint i);
void _kr_document_reserve_boxes (Pass *pass, guint n);

/* kr-document-pages.c: page geometry, page breaks, decorations, recording */
double _kr_document_content_left (KrDocument *self);
double _kr_document_content_width (KrDocument *self);
double _kr_document_page_top (Pass *pass, guint page);
const Position *_kr_document_page_start (Pass *pass, guint page);
void _kr_document_begin_page (Pass *pass, guint page);
void _kr_document_end_page (Pass *pass);
void _kr_document_place_item (Pass *pass,
                              const Item *item,
                              gboolean is_row,
                              gboolean keep_with_previous);
gboolean _kr_document_skip_item (Pass *pass);
void _kr_document_break_page (Pass *pass);

/* kr-document-text.c: fonts, layouts, paragraphs */
PangoFontDescription *_kr_document_make_font (double size, gboolean bold);
PangoContext *_kr_document_create_context (cairo_t *cr);
void _kr_document_setup_layout (PangoLayout *layout,
                                const PangoFontDescription *font,
                                double width,
                                PangoAlignment alignment);
double _kr_document_layout_height (PangoLayout *layout);
double _kr_document_measure_text (Pass *pass,
                                  const PangoFontDescription *font,
                                  const char *text,
                                  double width);
void _kr_document_draw_centered (Pass *pass,
                                 const PangoFontDescription *font,
                                 const char *text,
                                 double x,
                                 double y,
                                 double width,
                                 double height);
void _kr_document_stroke_box (cairo_t *cr, double x, double y, double width, double height);
void _kr_document_run_text (Pass *pass, Block *block);
void _kr_document_run_drawing (Pass *pass, Block *block);

/* kr-document-table.c: tables, their header and rows */
void _kr_document_draw_header (Pass *pass, double y);
void _kr_document_run_table (Pass *pass, Block *table);

G_END_DECLS
