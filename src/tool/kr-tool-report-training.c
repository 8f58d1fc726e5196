/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-report"

#include "config.h"

#include "kr-tool-report-private.h"

#include <string.h>

#include "kr-date.h"
#include "kr-document-training.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-pdf.h"
#include "kr-training-repository.h"
#include "kr-unit-repository.h"

/* `karier-tool report training-compliance|training-participants DATABASE … -o FILE.pdf`: the
 * documents of competence development, read through the training repository (a unit head gets
 * only what their scope allows). */

typedef enum
{
  REPORT_COMPLIANCE,
  REPORT_PARTICIPANTS,
  N_REPORTS,
} Report;

static const char *const report_names[N_REPORTS] = {
  [REPORT_COMPLIANCE] = "training-compliance",
  [REPORT_PARTICIPANTS] = "training-participants",
};

static const KrToolCommand report_commands[N_REPORTS] = {
  [REPORT_COMPLIANCE] = { "report training-compliance", N_ ("DATABASE"),
                          N_ ("Write the DAFTAR PEMENUHAN PENGEMBANGAN KOMPETENSI of a unit "
                              "(--unit, or every unit) and year as PDF: JP achieved, planned "
                              "and the gap to the duty, largest gap first"),
                          NULL },
  [REPORT_PARTICIPANTS] = { "report training-participants", N_ ("DATABASE"),
                            N_ ("Write the DAFTAR PESERTA PELATIHAN of a session (--session) as "
                                "PDF"),
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
kr_tool_report_is_training (const char *name)
{
  return find_report (name) >= 0;
}

typedef struct
{
  Report report;
  char *unit_code;
  gboolean subtree;
  char *year_text;
  int year;
  gboolean only_short;
  char *session_text;
  gint64 session_id;
  gboolean all;
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
  g_free (o->session_text);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static char *
check_options (Options *o)
{
  char *message = NULL;
  gint64 year;

  if ((message = kr_tool_report_check_paper_output (o->paper_id, &o->paper, o->output)) != NULL)
    return message;
  if (o->report == REPORT_PARTICIPANTS)
    {
      if (o->session_text == NULL)
        return g_strdup (_ ("missing option --session: the number shown by `training session "
                            "list`"));
      if (!kr_tool_parse_int ("--session", o->session_text, 1, G_MAXINT64, &o->session_id,
                              &message))
        return message;
      if (o->unit_code != NULL || o->year_text != NULL || o->subtree || o->only_short)
        return g_strdup (_ ("--unit, --subtree, --year and --short are for "
                            "training-compliance"));
      return NULL;
    }
  if (o->session_text != NULL || o->all)
    return g_strdup (_ ("--session and --all are for training-participants"));
  if (o->year_text == NULL)
    return g_strdup (_ ("missing option --year"));
  if (!kr_tool_parse_int ("--year", o->year_text, 2000, 9999, &year, &message))
    return message;
  o->year = (int) year;
  if (o->subtree && o->unit_code == NULL)
    return g_strdup (_ ("--subtree goes with --unit"));
  return NULL;
}

static KrDocument *
build_compliance (KrDatabase *db, const Options *o, guint *n_rows, GError **error)
{
  g_autoptr (KrTrainingRepository) training = kr_training_repository_new (db);
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *instansi = NULL;
  g_autofree char *unit_name = NULL;
  KrComplianceQuery query = {
    .subtree = o->subtree,
    .year = (guint) o->year,
    .only_short = o->only_short,
  };
  KrDocumentTrainingScope scope = { 0 };
  GDate today;

  if ((o->unit_code != NULL && !kr_tool_find_unit (db, o->unit_code, &query.unit_id, error)) ||
      !kr_tool_report_read_unit_names (db, query.unit_id, &instansi, &unit_name, error) ||
      !kr_training_repository_count_compliance (training, &query, n_rows, error) ||
      (rows = kr_training_repository_list_compliance (training, &query, 0, *n_rows, error)) == NULL)
    return NULL;
  kr_date_today (NULL, &today);
  scope.instansi = instansi;
  scope.unit_name = unit_name;
  /* A unit without --subtree lists only its own employees. */
  scope.subtree = unit_name == NULL || o->subtree;
  scope.year = (guint) o->year;
  scope.only_short = o->only_short;
  scope.place = o->place;
  scope.date = &today;
  *n_rows = rows->len;
  return kr_document_training_compliance_new (&scope, rows);
}

static KrDocument *
build_participants (KrDatabase *db, const Options *o, guint *n_rows, GError **error)
{
  g_autoptr (KrTrainingRepository) training = kr_training_repository_new (db);
  g_autoptr (KrTrainingSession) session = NULL;
  g_autoptr (KrCourse) course = NULL;
  g_autoptr (GPtrArray) enrolments = NULL;
  g_autofree char *instansi = NULL;
  g_autofree char *unit_name = NULL;
  GDate today;

  session = kr_training_repository_get_session (training, o->session_id, error);
  if (session == NULL)
    return NULL;
  if ((course = kr_training_repository_get_course (training, session->course_id, error)) == NULL ||
      (enrolments = kr_training_repository_list_enrolments (training, o->session_id, error)) ==
          NULL ||
      !kr_tool_report_read_unit_names (db, 0, &instansi, &unit_name, error))
    return NULL;
  /* Those who hold a seat, unless --all asks for the no-shows and withdrawals too. */
  for (guint i = enrolments->len; !o->all && i-- > 0;)
    {
      const KrEnrolment *enrolment = enrolments->pdata[i];

      if (!kr_enrolment_state_takes_seat (enrolment->state))
        g_ptr_array_remove_index (enrolments, i);
    }
  kr_date_today (NULL, &today);
  *n_rows = enrolments->len;
  return kr_document_training_participants_new (instansi, session, course->provider, enrolments,
                                                o->place, &today);
}

int
kr_tool_report_training (const KrToolCommand *command, int argc, char **argv)
{
  g_auto (Options) o = { .paper = KR_PAPER_A4 };
  const GOptionEntry entries[] = {
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &o.unit_code,
      N_ ("training-compliance: the unit with this code (default: every unit)"), N_ ("CODE") },
    { "subtree", 0, 0, G_OPTION_ARG_NONE, &o.subtree,
      N_ ("training-compliance: also the employees of the units below it"), NULL },
    { "year", 'y', 0, G_OPTION_ARG_STRING, &o.year_text, N_ ("training-compliance: the year"),
      N_ ("YEAR") },
    { "short", 0, 0, G_OPTION_ARG_NONE, &o.only_short,
      N_ ("training-compliance: only employees below their duty or over their limit"), NULL },
    { "session", 0, 0, G_OPTION_ARG_STRING, &o.session_text,
      N_ ("training-participants: the session"), N_ ("SESSION") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &o.all,
      N_ ("training-participants: also the no-shows and withdrawals"), NULL },
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
  g_autoptr (KrDocument) document = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *display = NULL;
  guint n_rows = 0, n_pages;
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
  document = o.report == REPORT_COMPLIANCE ? build_compliance (db, &o, &n_rows, &error)
                                           : build_participants (db, &o, &n_rows, &error);
  if (document == NULL || !kr_pdf_write (o.output, document, o.paper, &error))
    return kr_tool_fail (error);
  n_pages = kr_document_get_n_pages (document);
  display = g_filename_display_name (o.output);
  /* Translators: %s is a file name, %u a number of pages */
  g_print (ngettext ("Wrote “%s”, %u page.\n", "Wrote “%s”, %u pages.\n", n_pages), display,
           n_pages);
  if (o.report == REPORT_COMPLIANCE)
    /* Translators: the number of employees listed */
    g_print (ngettext ("%u employee\n", "%u employees\n", n_rows), n_rows);
  else
    /* Translators: the number of participants listed */
    g_print (ngettext ("%u participant\n", "%u participants\n", n_rows), n_rows);
  return KR_TOOL_EXIT_OK;
}
