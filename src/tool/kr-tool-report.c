/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-report"

#include "config.h"

#include "kr-tool.h"

#include "kr-database.h"
#include "kr-date.h"
#include "kr-document-duk.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-paper.h"
#include "kr-pdf.h"
#include "kr-unit-repository.h"

/* Checks what the options say; on a mistake returns FALSE with @status set. */
static gboolean
check_options (const KrToolCommand *command,
               const char *report,
               const char *output,
               const char *paper_id,
               const char *date_text,
               KrPaper *paper,
               GDate *date,
               int *status)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (report, "duk") != 0)
    /* Translators: %s is what the user typed; "duk" is the name of the report, not translated */
    message = g_strdup_printf (_ ("unknown report “%s”; the reports are: duk"), report);
  else if (output == NULL)
    message = g_strdup (_ ("missing option --output"));
  else if (paper_id != NULL && !kr_paper_from_id (paper_id, paper))
    message = g_strdup_printf (_ ("unknown paper size “%s”; use a4 or f4"), paper_id);
  else if (date_text != NULL && !kr_date_parse (date_text, date, &error))
    message = g_strdup (error->message);
  if (message == NULL)
    return TRUE;
  *status = kr_tool_usage_error (command, message);
  return FALSE;
}

static KrDatabase *
open_database (const char *path, GError **error)
{
  g_autoptr (KrDatabase) db = NULL;

  /* A report only reads: never create, upgrade or change the file. */
  db = kr_database_open (path, KR_DATABASE_FLAGS_READ_ONLY, error);
  if (db == NULL)
    return NULL;
  if (kr_database_needs_upgrade (db))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, KR_ERROR, KR_ERROR_READ_ONLY,
                   _ ("“%s” has an older format; open it with Karier once to upgrade it, then "
                      "run the report again"),
                   name);
      return NULL;
    }
  return g_steal_pointer (&db);
}

int
kr_tool_report (const KrToolCommand *command, int argc, char **argv)
{
  g_autofree char *unit_code = NULL;
  g_autofree char *paper_id = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_ ("List only the unit with this code and the units below it"), N_ ("CODE") },
    { "paper", 'p', 0, G_OPTION_ARG_STRING, &paper_id, N_ ("Paper size: a4 (default) or f4"),
      N_ ("PAPER") },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_text,
      N_ ("The date the list describes, YYYY-MM-DD (default: today)"), N_ ("DATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_ ("The PDF file to write"), N_ ("FILE") },
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrDocument) document = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *display_output = NULL;
  KrPaper paper = KR_PAPER_A4;
  gint64 unit_id = 0;
  GDate date;
  guint n_pages;
  int status;

  g_date_clear (&date, 1);
  if (!kr_tool_parse_options (command, entries, 2, &argc, &argv, &status) ||
      !check_options (command, argv[1], output, paper_id, date_text, &paper, &date, &status))
    return status;

  db = open_database (argv[2], &error);
  if (db == NULL || (unit_code != NULL && !kr_tool_find_unit (db, unit_code, &unit_id, &error)))
    return kr_tool_fail (error);
  document = kr_document_duk_new (db, unit_id, g_date_valid (&date) ? &date : NULL, NULL, &error);
  if (document == NULL || !kr_pdf_write (output, document, paper, &error))
    return kr_tool_fail (error);

  n_pages = kr_document_get_n_pages (document);
  display_output = g_filename_display_name (output);
  /* Translators: %s is a file name, %u a number of pages */
  g_print (ngettext ("Wrote “%s”, %u page.\n", "Wrote “%s”, %u pages.\n", n_pages), display_output,
           n_pages);
  return KR_TOOL_EXIT_OK;
}
