/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-report"

#include "config.h"

#include "kr-tool-report-private.h"

#include <string.h>

#include "kr-date.h"
#include "kr-document-talent.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-pdf.h"
#include "kr-tool-talent-private.h"
#include "kr-unit-repository.h"

/* `karier-tool report talent-grid|talent-pool|succession DATABASE … -o FILE.pdf`: the
 * documents of the talent pool, read through the talent repository (a unit head gets only what
 * their scope allows). */

typedef enum
{
  REPORT_GRID,
  REPORT_POOL,
  REPORT_SUCCESSION,
  N_REPORTS,
} Report;

static const char *const report_names[N_REPORTS] = {
  [REPORT_GRID] = "talent-grid",
  [REPORT_POOL] = "talent-pool",
  [REPORT_SUCCESSION] = "succession",
};

static const KrToolCommand report_commands[N_REPORTS] = {
  [REPORT_GRID] = { "report talent-grid", N_ ("DATABASE"),
                    N_ ("Write the PETA TALENTA of a year (--year, default the latest appraised) "
                        "as PDF: the 9-box of a unit (--unit) or every unit, with the follow-up "
                        "of each box"),
                    NULL },
  [REPORT_POOL] = { "report talent-pool", N_ ("DATABASE"),
                    N_ ("Write the DAFTAR KELOMPOK RENCANA SUKSESI of a year as PDF: the "
                        "employees in the talent pool boxes"),
                    NULL },
  [REPORT_SUCCESSION] = { "report succession", N_ ("DATABASE"),
                          N_ ("Write the RENCANA SUKSESI JABATAN as PDF: key positions with "
                              "holder, retirement, successors and gaps"),
                          NULL },
};

static int
find_report (const char *name)
{
  for (int i = 0; i < N_REPORTS; i++)
    {
      if (g_strcmp0 (name, report_names[i]) == 0)
        return i;
    }
  return -1;
}

gboolean
kr_tool_report_is_talent (const char *name)
{
  return find_report (name) >= 0;
}

typedef struct
{
  Report report;
  char *year_text;
  int year;
  char *unit_code;
  gboolean subtree;
  gboolean gaps;
  char *output;
  char *paper_id;
  char *place;
  char *as_user;
  KrPaper paper;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->unit_code);
  g_free (o->output);
  g_free (o->paper_id);
  g_free (o->place);
  g_free (o->as_user);
  g_free (o->year_text);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static char *
check_options (Options *o)
{
  char *message;

  if ((message = kr_tool_report_check_paper_output (o->paper_id, &o->paper, o->output)) != NULL)
    return message;
  if ((message = kr_tool_talent_check_unit (o->unit_code, o->subtree)) != NULL ||
      (message = kr_tool_talent_check_year (o->year_text, &o->year)) != NULL)
    return message;
  if (o->report == REPORT_SUCCESSION && o->year_text != NULL)
    return g_strdup (_ ("--year is for talent-grid and talent-pool"));
  if (o->report != REPORT_SUCCESSION && o->gaps)
    return g_strdup (_ ("--gaps is for succession"));
  return NULL;
}

static KrDocument *
build_grid (KrTalentRepository *talent,
            const KrTalentQuery *query,
            const KrDocumentTalentScope *scope,
            guint *n_rows,
            GError **error)
{
  g_autoptr (GPtrArray) boxes = NULL;
  KrTalentGridCounts counts;

  if ((boxes = kr_talent_repository_list_boxes (talent, error)) == NULL ||
      !kr_talent_repository_count_grid (talent, query, &counts, NULL, error))
    return NULL;
  *n_rows = counts.total;
  return kr_document_talent_grid_new (scope, &counts, boxes);
}

static KrDocument *
build_pool (KrTalentRepository *talent,
            const KrTalentQuery *scope_query,
            const KrDocumentTalentScope *scope,
            guint *n_rows,
            GError **error)
{
  g_autoptr (GPtrArray) boxes = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  KrTalentQuery query = *scope_query;

  query.status = KR_TALENT_STATUS_PLACED;
  query.pool_only = TRUE;
  if ((boxes = kr_talent_repository_list_boxes (talent, error)) == NULL ||
      !kr_talent_repository_count_employees (talent, &query, n_rows, NULL, error) ||
      (rows = kr_talent_repository_list_employees (talent, &query, 0, *n_rows, NULL, error)) ==
          NULL)
    return NULL;
  *n_rows = rows->len;
  return kr_document_talent_pool_new (scope, rows, boxes);
}

static KrDocument *
build_succession (KrTalentRepository *talent,
                  const Options *o,
                  gint64 unit_id,
                  const KrDocumentTalentScope *scope,
                  guint *n_rows,
                  GError **error)
{
  g_autoptr (GPtrArray) plans =
      kr_talent_repository_list_plans (talent, unit_id, unit_id == 0 || o->subtree, o->gaps, error);

  if (plans == NULL)
    return NULL;
  *n_rows = plans->len;
  return kr_document_talent_succession_new (scope, plans);
}

int
kr_tool_report_talent (const KrToolCommand *command, int argc, char **argv)
{
  g_auto (Options) o = { .paper = KR_PAPER_A4 };
  const GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_STRING, &o.year_text,
      N_ ("talent-grid, talent-pool: the year placed for (default: the latest with final "
          "appraisals)"),
      N_ ("YEAR") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &o.unit_code,
      N_ ("The unit with this code (default: every unit)"), N_ ("CODE") },
    { "subtree", 0, 0, G_OPTION_ARG_NONE, &o.subtree, N_ ("Also the units below it"), NULL },
    { "gaps", 0, 0, G_OPTION_ARG_NONE, &o.gaps,
      N_ ("succession: only the plans with a gap (no successor, none ready now)"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output, N_ ("The PDF file to write"),
      N_ ("FILE") },
    { "paper", 'p', 0, G_OPTION_ARG_STRING, &o.paper_id, N_ ("Paper size: a4 (default) or f4"),
      N_ ("PAPER") },
    { "place", 0, 0, G_OPTION_ARG_STRING, &o.place,
      N_ ("The place printed before the date of the signature (default: a dotted line)"),
      N_ ("TEXT") },
    KR_TOOL_AS_OPTION (o.as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTalentRepository) talent = NULL;
  g_autoptr (KrDocument) document = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *display = NULL;
  g_autofree char *instansi = NULL;
  g_autofree char *unit_name = NULL;
  KrDocumentTalentScope scope = { 0 };
  KrTalentQuery query;
  guint n_rows = 0, n_pages;
  GDate today;
  int status;

  o.report = (Report) find_report (argv[1]);
  g_return_val_if_fail ((int) o.report >= 0, KR_TOOL_EXIT_USAGE);
  command = &report_commands[o.report];
  argc--;
  argv++;
  if (!kr_tool_parse_options (command, entries, 1, &argc, &argv, &status))
    return status;
  if ((message = check_options (&o)) != NULL)
    return kr_tool_usage_error (command, message);

  db = kr_tool_report_open_database (argv[1], &error);
  if (db == NULL || !kr_tool_sign_in (db, o.as_user, &error))
    return kr_tool_fail (error);
  talent = kr_talent_repository_new (db);
  if (!kr_tool_talent_make_query (db, talent, o.year, o.unit_code, o.subtree, &query, &error) ||
      !kr_tool_report_read_unit_names (db, query.unit_id, &instansi, &unit_name, &error))
    return kr_tool_fail (error);
  kr_date_today (NULL, &today);
  scope.instansi = instansi;
  scope.unit_name = unit_name;
  scope.subtree = query.subtree;
  scope.year = o.report == REPORT_SUCCESSION ? 0 : query.year;
  scope.place = o.place;
  scope.date = &today;
  switch (o.report)
    {
    case REPORT_GRID:
      document = build_grid (talent, &query, &scope, &n_rows, &error);
      break;
    case REPORT_POOL:
      document = build_pool (talent, &query, &scope, &n_rows, &error);
      break;
    case REPORT_SUCCESSION:
    case N_REPORTS:
    default:
      document = build_succession (talent, &o, query.unit_id, &scope, &n_rows, &error);
      break;
    }
  if (document == NULL || !kr_pdf_write (o.output, document, o.paper, &error))
    return kr_tool_fail (error);
  n_pages = kr_document_get_n_pages (document);
  display = g_filename_display_name (o.output);
  /* Translators: %s is a file name, %u a number of pages */
  g_print (ngettext ("Wrote “%s”, %u page.\n", "Wrote “%s”, %u pages.\n", n_pages), display,
           n_pages);
  if (o.report == REPORT_SUCCESSION)
    /* Translators: the number of succession plans printed */
    g_print (ngettext ("%u succession plan\n", "%u succession plans\n", n_rows), n_rows);
  else
    /* Translators: the number of employees in the document */
    g_print (ngettext ("%u employee\n", "%u employees\n", n_rows), n_rows);
  return KR_TOOL_EXIT_OK;
}
