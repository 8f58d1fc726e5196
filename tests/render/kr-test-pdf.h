/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-document.h"
#include "kr-paper.h"

G_BEGIN_DECLS

/* Reading the render tests' PDFs back with pdftotext (poppler-utils) "-raw", which keeps the
 * text in the order it was drawn, so a wrapped cell reads as one phrase once white space is
 * squeezed. */

/* The whole text of @pdf in drawing order, white space squeezed to single spaces. */
char *kr_test_pdf_text (const char *pdf);

/* The pages of @pdf, each squeezed. */
GStrv kr_test_pdf_pages (const char *pdf);

/* Writes @document on @paper as @name in @dir, and a copy in the build folder for people to
 * look at; checks the pages' number and returns it, and in @text (nullable) the text. */
guint kr_test_write_pdf (const char *dir,
                         KrDocument *document,
                         KrPaper paper,
                         const char *name,
                         char **text);

/* Fails the test unless @text holds @needle, or when it does. */
void kr_test_assert_has (const char *text, const char *needle);
void kr_test_assert_lacks (const char *text, const char *needle);

/* How many times @needle stands in @text. */
guint kr_test_count (const char *text, const char *needle);

G_END_DECLS
