/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-report"

#include "config.h"

#include "kr-tool-report-private.h"

#include <string.h>

#include "kr-database.h"
#include "kr-date.h"
#include "kr-document-duk.h"
#include "kr-document-employee-list.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-paper.h"
#include "kr-pdf.h"
#include "kr-unit-repository.h"

typedef enum
{
  REPORT_DUK,
  REPORT_LIST,
} Report;

/* What the command line asks for. */
typedef struct
{
  Report report;
  KrPaper paper;
  GDate date;
  int kind; /* a KrEmployeeKind, or -1 for any */
} Request;

/* Checks what the options say; on a mistake returns FALSE with @status set. */
static gboolean
check_options (const KrToolCommand *command,
               const char *report,
               const char *output,
               const char *paper_id,
               const char *date_text,
               const char *kind_name,
               const char *search,
               Request *request,
               int *status)
{
  g_autofree char *message = NULL;

  request->report = g_strcmp0 (report, "list") == 0 ? REPORT_LIST : REPORT_DUK;
  if (g_strcmp0 (report, "duk") != 0 && g_strcmp0 (report, "list") != 0)
    /* Translators: %s is what the user typed; the reports are names, not translated */
    message =
        g_strdup_printf (_ ("unknown report “%s”; the reports are: duk, list, skp, "
                            "evaluation, evaluation-document, follow-up, training-compliance, "
                            "training-participants, promotion-nominative, promotion-candidates, "
                            "talent-grid, talent-pool, succession, selection-announcement, "
                            "selection-ranking, dashboard, dashboard-chart"),
                         report);
  else if (request->report == REPORT_DUK && (kind_name != NULL || search != NULL))
    /* Translators: --kind and --search are options, not translated */
    message = g_strdup (_ ("--kind and --search are for the list report; the DUK lists every "
                           "civil servant of the unit"));
  else if (kind_name != NULL && !kr_tool_parse_employee_kind (kind_name, &request->kind, &message))
    g_assert (message != NULL);
  else if (output == NULL)
    message = g_strdup (_ ("missing option --output"));
  else if (paper_id != NULL && !kr_paper_from_id (paper_id, &request->paper))
    message = g_strdup_printf (_ ("--paper: unknown paper size “%s”; use a4 or f4"), paper_id);
  else if (!kr_tool_parse_date ("--date", date_text, &request->date, &message))
    g_assert (message != NULL);
  if (message == NULL)
    return TRUE;
  *status = kr_tool_usage_error (command, message);
  return FALSE;
}

KrDatabase *
kr_tool_report_open_database (const char *path, GError **error)
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

char *
kr_tool_report_check_paper_output (const char *paper_id, KrPaper *paper, const char *output)
{
  gsize n;

  if (paper_id != NULL && !kr_paper_from_id (paper_id, paper))
    return g_strdup_printf (_ ("--paper: unknown paper size “%s”; use a4 or f4"), paper_id);
  if (output == NULL)
    return g_strdup (_ ("missing option --output"));
  n = strlen (output);
  if (n <= 4 || g_ascii_strcasecmp (output + n - 4, ".pdf") != 0)
    return g_strdup (_ ("--output must name a PDF file (….pdf)"));
  return NULL;
}

gboolean
kr_tool_report_read_unit_names (KrDatabase *db,
                                gint64 unit_id,
                                char **instansi,
                                char **unit_name,
                                GError **error)
{
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (db);
  g_autoptr (KrUnit) unit = NULL;
  g_autoptr (KrUnit) root = NULL;

  *instansi = *unit_name = NULL;
  if (unit_id == 0)
    {
      g_autoptr (GPtrArray) roots = kr_unit_repository_list_children (units, 0, error);

      if (roots == NULL)
        return FALSE;
      if (roots->len == 1)
        *instansi = g_strdup (((KrUnit *) roots->pdata[0])->name);
      return TRUE;
    }
  unit = kr_unit_repository_get (units, unit_id, error);
  if (unit == NULL)
    return FALSE;
  for (gint64 parent = unit->parent_id; parent != 0; parent = root->parent_id)
    {
      g_clear_pointer (&root, kr_unit_free);
      root = kr_unit_repository_get (units, parent, error);
      if (root == NULL)
        return FALSE;
    }
  *instansi = g_strdup (root != NULL ? root->name : unit->name);
  *unit_name = g_strdup (unit->name);
  return TRUE;
}

/* Builds the document the request asks for. */
static KrDocument *
build_document (KrDatabase *db,
                const Request *request,
                const char *unit_code,
                const char *search,
                GError **error)
{
  const GDate *date = g_date_valid (&request->date) ? &request->date : NULL;
  g_autoptr (KrEmployeeQuery) query = NULL;
  gint64 unit_id = 0;

  if (unit_code != NULL && !kr_tool_find_unit (db, unit_code, &unit_id, error))
    return NULL;
  if (request->report == REPORT_DUK)
    return kr_document_duk_new (db, unit_id, date, NULL, error);

  /* The employees `export` and `employee list` would give, in the same order. */
  query = kr_employee_query_new ();
  kr_employee_query_set_unit (query, unit_id);
  kr_employee_query_set_search (query, search);
  kr_employee_query_set_employee_kind (query, request->kind);
  kr_employee_query_set_sort (query, KR_EMPLOYEE_SORT_NAME, FALSE);
  return kr_document_employee_list_new (db, query, date, error);
}

int
kr_tool_report (const KrToolCommand *command, int argc, char **argv)
{
  g_autofree char *unit_code = NULL;
  g_autofree char *paper_id = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *output = NULL;
  g_autofree char *search = NULL;
  g_autofree char *kind_name = NULL;
  g_autofree char *as_user = NULL;
  const GOptionEntry entries[] = {
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_ ("List only the unit with this code and the units below it"), N_ ("CODE") },
    { "search", 's', 0, G_OPTION_ARG_STRING, &search,
      N_ ("Only employees whose name, NIP, position or unit have words starting with TEXT"),
      N_ ("TEXT") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_name, N_ ("Only employees of this kind"),
      N_ ("pns|cpns|pppk") },
    { "paper", 'p', 0, G_OPTION_ARG_STRING, &paper_id, N_ ("Paper size: a4 (default) or f4"),
      N_ ("PAPER") },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_text,
      N_ ("The date the list describes, YYYY-MM-DD (default: today)"), N_ ("DATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_ ("The PDF file to write"), N_ ("FILE") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrDocument) document = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *display_output = NULL;
  Request request = { .paper = KR_PAPER_A4, .kind = -1 };
  guint n_pages;
  int status;

  /* The appraisal documents have options of their own. */
  if (argc >= 2 && kr_tool_report_is_appraisal (argv[1]))
    return kr_tool_report_appraisal (command, argc, argv);
  if (argc >= 2 && kr_tool_report_is_training (argv[1]))
    return kr_tool_report_training (command, argc, argv);
  if (argc >= 2 && kr_tool_report_is_promotion (argv[1]))
    return kr_tool_report_promotion (command, argc, argv);
  if (argc >= 2 && kr_tool_report_is_selection (argv[1]))
    return kr_tool_report_selection (command, argc, argv);
  if (argc >= 2 && kr_tool_report_is_talent (argv[1]))
    return kr_tool_report_talent (command, argc, argv);
  if (argc >= 2 && kr_tool_report_is_dashboard (argv[1]))
    return kr_tool_report_dashboard (command, argc, argv);
  g_date_clear (&request.date, 1);
  if (!kr_tool_parse_options (command, entries, 2, &argc, &argv, &status) ||
      !check_options (command, argv[1], output, paper_id, date_text, kind_name, search, &request,
                      &status))
    return status;

  db = kr_tool_report_open_database (argv[2], &error);
  if (db == NULL || !kr_tool_sign_in (db, as_user, &error))
    return kr_tool_fail (error);
  document = build_document (db, &request, unit_code, search, &error);
  if (document == NULL || !kr_pdf_write (output, document, request.paper, &error))
    return kr_tool_fail (error);

  n_pages = kr_document_get_n_pages (document);
  display_output = g_filename_display_name (output);
  /* Translators: %s is a file name, %u a number of pages */
  g_print (ngettext ("Wrote “%s”, %u page.\n", "Wrote “%s”, %u pages.\n", n_pages), display_output,
           n_pages);
  return KR_TOOL_EXIT_OK;
}
