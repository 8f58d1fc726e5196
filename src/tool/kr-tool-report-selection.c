/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-report"

#include "config.h"

#include "kr-tool-report-private.h"

#include <string.h>

#include "kr-date.h"
#include "kr-document-selection.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-pdf.h"
#include "kr-selection-repository.h"
#include "kr-tool-selection-private.h"
#include "kr-unit-repository.h"

/* `karier-tool report selection-announcement|selection-ranking DATABASE --selection ID … -o
 * FILE.pdf`: the documents of an open selection, read through the selection repository. */

typedef enum
{
  REPORT_ANNOUNCEMENT,
  REPORT_RANKING,
  N_REPORTS,
} Report;

static const char *const report_names[N_REPORTS] = {
  [REPORT_ANNOUNCEMENT] = "selection-announcement",
  [REPORT_RANKING] = "selection-ranking",
};

static const KrToolCommand report_commands[N_REPORTS] = {
  [REPORT_ANNOUNCEMENT] = { "report selection-announcement", N_ ("DATABASE"),
                            N_ ("Write the PENGUMUMAN HASIL SELEKSI of a published stage (--stage "
                                "N) of a selection (--selection ID) as PDF, to post publicly: "
                                "the candidates who go on, by name and registration number "
                                "only; after the last stage, the three best proposed"),
                            NULL },
  [REPORT_RANKING] = { "report selection-ranking", N_ ("DATABASE"),
                       N_ ("Write the DAFTAR PERINGKAT of a selection (--selection ID) as PDF, "
                           "for the PPK: every candidate’s scores per stage, weighted total and "
                           "rank, and the panel"),
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
kr_tool_report_is_selection (const char *name)
{
  return find_report (name) >= 0;
}

typedef struct
{
  Report report;
  char *selection_text;
  char *stage_text;
  char *number;
  char *output;
  char *paper_id;
  char *place;
  char *date_text;
  char *as_user;
  KrPaper paper;
  gint64 selection_id;
  guint seq;
  GDate date;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->selection_text);
  g_free (o->stage_text);
  g_free (o->number);
  g_free (o->output);
  g_free (o->paper_id);
  g_free (o->place);
  g_free (o->date_text);
  g_free (o->as_user);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static char *
check_options (Options *o)
{
  char *message = NULL;

  if ((message = kr_tool_report_check_paper_output (o->paper_id, &o->paper, o->output)) != NULL)
    return message;
  if (o->selection_text == NULL)
    return g_strdup (_ ("missing option --selection"));
  if (o->report == REPORT_RANKING && o->stage_text != NULL)
    return g_strdup (_ ("--stage is for selection-announcement"));
  if (!kr_tool_training_parse_id (o->selection_text, "--selection", &o->selection_id, &message) ||
      (o->report == REPORT_ANNOUNCEMENT &&
       !kr_tool_selection_parse_seq (o->stage_text, &o->seq, &message)) ||
      (o->date_text != NULL &&
       !kr_tool_selection_parse_date ("--date", o->date_text, &o->date, &message)))
    return message;
  return NULL;
}

/* The name of the root unit (the instansi) above the selection's unit. */
static char *
read_instansi (KrDatabase *db, gint64 unit_id, GError **error)
{
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (db);
  g_autoptr (KrUnit) unit = NULL;

  for (gint64 id = unit_id; id != 0; id = unit->parent_id)
    {
      g_clear_pointer (&unit, kr_unit_free);
      if ((unit = kr_unit_repository_get (units, id, error)) == NULL)
        return NULL;
    }
  return g_strdup (unit != NULL ? unit->name : "");
}

int
kr_tool_report_selection (const KrToolCommand *command, int argc, char **argv)
{
  g_auto (Options) o = { .paper = KR_PAPER_A4 };
  const GOptionEntry entries[] = {
    { "selection", 0, 0, G_OPTION_ARG_STRING, &o.selection_text, N_ ("The selection"), N_ ("ID") },
    { "stage", 0, 0, G_OPTION_ARG_STRING, &o.stage_text,
      N_ ("selection-announcement: the stage’s number, 1 for the first"), N_ ("N") },
    { "number", 'n', 0, G_OPTION_ARG_STRING, &o.number,
      N_ ("The number of the document (default: a dotted line)"), N_ ("TEXT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output, N_ ("The PDF file to write"),
      N_ ("FILE") },
    { "paper", 'p', 0, G_OPTION_ARG_STRING, &o.paper_id, N_ ("Paper size: a4 (default) or f4"),
      N_ ("PAPER") },
    { "place", 0, 0, G_OPTION_ARG_STRING, &o.place,
      N_ ("The place printed before the date of the signature (default: a dotted line)"),
      N_ ("TEXT") },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &o.date_text,
      N_ ("The date of the signature (default: the stage’s publication date for an "
          "announcement, a dotted line for the ranking)"),
      N_ ("DATE") },
    KR_TOOL_AS_OPTION (o.as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrSelectionRepository) selections = NULL;
  g_autoptr (KrSelectionRanking) ranking = NULL;
  g_autoptr (GPtrArray) panel = NULL;
  g_autoptr (KrDocument) document = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *display = NULL;
  g_autofree char *instansi = NULL;
  KrDocumentSelectionScope scope = { 0 };
  guint n_pages;
  int status;

  o.report = (Report) find_report (argv[1]);
  g_return_val_if_fail ((int) o.report >= 0, KR_TOOL_EXIT_USAGE);
  command = &report_commands[o.report];
  argc--;
  argv++;
  g_date_clear (&o.date, 1);
  if (!kr_tool_parse_options (command, entries, 1, &argc, &argv, &status))
    return status;
  if ((message = check_options (&o)) != NULL)
    return kr_tool_usage_error (command, message);

  db = kr_tool_report_open_database (argv[1], &error);
  if (db == NULL || !kr_tool_sign_in (db, o.as_user, &error))
    return kr_tool_fail (error);
  selections = kr_selection_repository_new (db);
  if ((ranking = kr_selection_repository_get_ranking (selections, o.selection_id, &error)) ==
          NULL ||
      (panel = kr_selection_repository_list_panel (selections, o.selection_id, &error)) == NULL ||
      (instansi = read_instansi (db, ranking->selection->unit_id, &error)) == NULL)
    return kr_tool_fail (error);
  scope.instansi = *instansi != '\0' ? instansi : NULL;
  scope.number = o.number;
  scope.place = o.place;
  scope.date = g_date_valid (&o.date) ? &o.date : NULL;
  if (o.report == REPORT_ANNOUNCEMENT)
    document = kr_document_selection_announcement_new (&scope, ranking, panel, o.seq - 1, &error);
  else
    document = kr_document_selection_ranking_new (&scope, ranking, panel);
  if (document == NULL || !kr_pdf_write (o.output, document, o.paper, &error))
    return kr_tool_fail (error);
  n_pages = kr_document_get_n_pages (document);
  display = g_filename_display_name (o.output);
  /* Translators: %s is a file name, %u a number of pages */
  g_print (ngettext ("Wrote “%s”, %u page.\n", "Wrote “%s”, %u pages.\n", n_pages), display,
           n_pages);
  return KR_TOOL_EXIT_OK;
}
