/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kr-test-pdf.h"

#include <string.h>

#include "kr-pdf.h"

static char *
run_pdftotext (const char *pdf, const char *mode)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *argv[] = { pdftotext, mode, "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *err = NULL;
  char *out = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  if (pdftotext == NULL)
    g_error ("pdftotext not found: the render tests need poppler-utils");
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

char *
kr_test_pdf_text (const char *pdf)
{
  g_autofree char *raw = run_pdftotext (pdf, "-raw");
  g_autoptr (GRegex) hyphens = g_regex_new ("(\\S[-/])\n", 0, 0, NULL);
  g_autoptr (GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  /* A line broken after a hyphen or a slash ("perundang-undangan") joins without a space. */
  g_autofree char *joined = g_regex_replace (hyphens, raw, -1, 0, "\\1", 0, NULL);

  return g_regex_replace_literal (spaces, joined, -1, 0, " ", 0, NULL);
}

GStrv
kr_test_pdf_pages (const char *pdf)
{
  g_autofree char *text = run_pdftotext (pdf, "-raw");
  g_autoptr (GRegex) spaces = g_regex_new ("[ \t\n]+", 0, 0, NULL);
  GStrv pages = g_strsplit (text, "\f", -1);
  guint n = g_strv_length (pages);

  g_assert_cmpuint (n, >, 1);
  g_free (pages[n - 1]);
  pages[n - 1] = NULL;
  for (guint i = 0; pages[i] != NULL; i++)
    {
      char *squeezed = g_regex_replace_literal (spaces, pages[i], -1, 0, " ", 0, NULL);

      g_free (pages[i]);
      pages[i] = squeezed;
    }
  return pages;
}

void
kr_test_assert_has (const char *text, const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, text);
}

void
kr_test_assert_lacks (const char *text, const char *needle)
{
  if (strstr (text, needle) != NULL)
    g_error ("“%s” unexpectedly found", needle);
}

guint
kr_test_count (const char *text, const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

guint
kr_test_write_pdf (const char *dir,
                   KrDocument *document,
                   KrPaper paper,
                   const char *name,
                   char **text)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *copy = g_test_build_filename (G_TEST_BUILT, name, NULL);
  g_autofree char *contents = NULL;
  g_auto (GStrv) pages = NULL;
  gsize length;

  g_assert_true (kr_pdf_write (path, document, paper, &error));
  g_assert_no_error (error);
  if (text != NULL)
    *text = kr_test_pdf_text (path);
  pages = kr_test_pdf_pages (path);
  g_assert_cmpuint (g_strv_length (pages), ==, kr_document_get_n_pages (document));
  /* Kept for people to look at (meson test artefacts). */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_file_set_contents (copy, contents, (gssize) length, NULL);
  return g_strv_length (pages);
}
