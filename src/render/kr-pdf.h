/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-document.h"
#include "kr-paper.h"

G_BEGIN_DECLS

/**
 * kr_pdf_write:
 * @path: the file to write; an existing file there is replaced
 * @document: the document to write
 * @paper: the paper size, turned sideways when the document wants landscape
 *   (kr_document_get_landscape())
 * @error: return location for a #GError
 *
 * Lays @document out on @paper and writes it as a PDF through a cairo PDF surface. The pages
 * are drawn in one pass after the pagination, so a long table costs the memory of one page.
 * The file is written beside @path under a temporary name and renamed into place only when
 * complete, so @path is either the old file or the whole new one, never half of one. Fails
 * with %KR_ERROR_NOT_FOUND when the folder does not exist, %KR_ERROR_STORAGE when the file
 * cannot be written, or the error of the document's row sources.
 *
 * Returns: %TRUE when the file is complete
 */
gboolean kr_pdf_write (const char *path, KrDocument *document, KrPaper paper, GError **error);

/**
 * kr_pdf_get_page_size:
 * @document: a document
 * @paper: a paper size
 * @width: (out): the page width in points
 * @height: (out): the page height in points
 *
 * Gives the size of @document's pages on @paper: the paper's size, turned sideways when the
 * document wants landscape.
 */
void kr_pdf_get_page_size (KrDocument *document, KrPaper paper, double *width, double *height);

G_END_DECLS
