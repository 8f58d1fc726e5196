/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-document"

#include "config.h"

#include "kr-document-private.h"

/* Text */

PangoFontDescription *
_kr_document_make_font (double size, gboolean bold)
{
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILIES);

  pango_font_description_set_stretch (font, PANGO_STRETCH_CONDENSED);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  return font;
}

/* A context that measures in points and lays text out the same on every surface: no hinting
 * of metrics, no rounding of glyph positions. */
PangoContext *
_kr_document_create_context (cairo_t *cr)
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

void
_kr_document_setup_layout (PangoLayout *layout,
                           const PangoFontDescription *font,
                           double width,
                           PangoAlignment alignment)
{
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
}

double
_kr_document_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/* Lays @text out in a box of @width and returns its height. */
double
_kr_document_measure_text (Pass *pass,
                           const PangoFontDescription *font,
                           const char *text,
                           double width)
{
  g_autoptr (PangoLayout) layout = pango_layout_new (pass->context);

  _kr_document_setup_layout (layout, font, width, PANGO_ALIGN_CENTER);
  pango_layout_set_text (layout, text, -1);
  return _kr_document_layout_height (layout);
}

/* Draws @text centred in the box at (@x, @y) of @width × @height. */
void
_kr_document_draw_centered (Pass *pass,
                            const PangoFontDescription *font,
                            const char *text,
                            double x,
                            double y,
                            double width,
                            double height)
{
  g_autoptr (PangoLayout) layout = pango_layout_new (pass->context);
  double text_height;

  _kr_document_setup_layout (layout, font, width - 2 * CELL_PADDING, PANGO_ALIGN_CENTER);
  pango_layout_set_text (layout, text, -1);
  text_height = _kr_document_layout_height (layout);
  cairo_move_to (pass->cr, x + CELL_PADDING, y + (height - text_height) / 2);
  pango_cairo_show_layout (pass->cr, layout);
}

void
_kr_document_stroke_box (cairo_t *cr, double x, double y, double width, double height)
{
  cairo_rectangle (cr, x, y, width, height);
  cairo_set_source_rgb (cr, INK_GREY, INK_GREY, INK_GREY);
  cairo_set_line_width (cr, RULE_WIDTH);
  cairo_stroke (cr);
}

/* Paragraphs */

static void
set_text (PangoLayout *layout, const char *text, gboolean markup)
{
  if (markup)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text, -1);
}

void
_kr_document_run_text (Pass *pass, Block *block)
{
  KrDocument *document = pass->document;
  const KrDocumentTextStyle *style = &block->style;
  g_autoptr (PangoFontDescription) font = NULL;
  guint n = block->texts != NULL ? g_strv_length (block->texts) : 1;
  double x, w, tallest = 0;
  Item item = { 0 };

  if (_kr_document_skip_item (pass))
    return;

  font = _kr_document_make_font (style->size > 0 ? style->size : document->font_size, style->bold);
  x = _kr_document_content_left (document) + style->left * _kr_document_content_width (document);
  w = (style->right - style->left) * _kr_document_content_width (document) / n;
  _kr_document_reserve_boxes (pass, n);
  for (guint i = 0; i < n; i++)
    {
      PangoLayout *layout =
          block->texts != NULL ? _kr_document_box_layout (pass, i) : pass->text_layout;

      _kr_document_setup_layout (layout, font, w, style->alignment);
      set_text (layout, block->texts != NULL ? block->texts[i] : block->text, style->markup);
      tallest = MAX (tallest, _kr_document_layout_height (layout));
      pass->box_x[i] = x + i * w;
      pass->box_w[i] = w;
    }

  item.n_boxes = n;
  item.layouts =
      block->texts != NULL ? (PangoLayout **) pass->box_layouts->pdata : &pass->text_layout;
  item.x = pass->box_x;
  item.w = pass->box_w;
  item.text_top = style->space_before;
  item.height = style->space_before + tallest + style->space_after;
  _kr_document_place_item (pass, &item, FALSE, style->keep_with_previous);
}

/* Drawings */

void
_kr_document_run_drawing (Pass *pass, Block *block)
{
  KrDocument *document = pass->document;
  double top = _kr_document_page_top (pass, 1);
  double room = document->page_height - document->margin_bottom - pass->decoration_height - top;
  Item item = { 0 };

  if (_kr_document_skip_item (pass))
    return;

  item.height = MIN (block->height, MAX (room, 1.0));
  item.draw_func = block->draw_func;
  item.draw_data = block->draw_data;
  _kr_document_place_item (pass, &item, FALSE, TRUE);
}
