/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-report"

#include "config.h"

#include "kr-tool-report-private.h"

#include <errno.h>
#include <string.h>

#include "kr-appraisal-repository.h"
#include "kr-date.h"
#include "kr-document-follow-up.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-identity.h"
#include "kr-pdf.h"
#include "kr-unit-repository.h"

/* `karier-tool report skp|evaluation|evaluation-document DATABASE` for one employee (--nip)
 * or a whole unit (--unit) in a batch, and `report follow-up`, the recognition or development
 * list of a unit's final period. Everything is read through the appraisal repository, so a
 * unit head gets only what their scope allows. */

#define MAX_JOBS 8

typedef enum
{
  REPORT_SKP,
  REPORT_EVALUATION,
  REPORT_EVALUATION_COVER,
  REPORT_FOLLOW_UP,
  N_REPORTS,
} Report;

static const char *const report_names[N_REPORTS] = {
  [REPORT_SKP] = "skp",
  [REPORT_EVALUATION] = "evaluation",
  [REPORT_EVALUATION_COVER] = "evaluation-document",
  [REPORT_FOLLOW_UP] = "follow-up",
};

/* Each report's usage, for its --help and its usage errors. */
static const KrToolCommand report_commands[N_REPORTS] = {
  [REPORT_SKP] = { "report skp", N_ ("DATABASE"),
                   N_ ("Write the SASARAN KINERJA PEGAWAI (the plan of the year) of one employee "
                       "(--nip) or of every employee of a unit (--unit), as PDF"),
                   NULL },
  [REPORT_EVALUATION] = { "report evaluation", N_ ("DATABASE"),
                          N_ ("Write the EVALUASI KINERJA PEGAWAI of a period of one employee "
                              "(--nip) or of every employee of a unit (--unit), as PDF"),
                          NULL },
  [REPORT_EVALUATION_COVER] = { "report evaluation-document", N_ ("DATABASE"),
                                N_ ("Write the DOKUMEN EVALUASI KINERJA PEGAWAI of a period of "
                                    "one employee (--nip) or of every employee of a unit "
                                    "(--unit), as PDF"),
                                NULL },
  [REPORT_FOLLOW_UP] = { "report follow-up", N_ ("DATABASE"),
                         N_ ("Write the follow-up list of a unit’s final period as PDF: "
                             "recognition (Sangat Baik) or development (Butuh Perbaikan and "
                             "below)"),
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
kr_tool_report_is_appraisal (const char *name)
{
  return find_report (name) >= 0;
}

/* What the command line says, once checked. */
typedef struct
{
  Report report;
  char *nip;
  char *unit_code;
  gboolean subtree;
  char *year_text;
  int year;
  char *period_text;
  char *output;
  char *paper_id;
  char *place;
  char *list;
  gboolean trend;
  int jobs;
  char *as_user;
  /* Derived */
  gboolean has_period;
  guint period;
  gboolean development;
  KrToolDocumentRequest request;
} Options;

static void
options_clear (Options *options)
{
  g_free (options->nip);
  g_free (options->unit_code);
  g_free (options->period_text);
  g_free (options->output);
  g_free (options->paper_id);
  g_free (options->place);
  g_free (options->list);
  g_free (options->as_user);
  g_free (options->year_text);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static gboolean
ends_with_pdf (const char *path)
{
  size_t n = strlen (path);

  return n > 4 && g_ascii_strcasecmp (path + n - 4, ".pdf") == 0;
}

/* The mistakes GOption cannot see, as a message naming the option. */
static char *
check_options (Options *o)
{
  gboolean follow_up = o->report == REPORT_FOLLOW_UP;
  char *message = NULL;
  gint64 year;

  if (o->paper_id != NULL && !kr_paper_from_id (o->paper_id, &o->request.paper))
    return g_strdup_printf (_ ("--paper: unknown paper size “%s”; use a4 or f4"), o->paper_id);
  if (o->year_text == NULL)
    return g_strdup (_ ("missing option --year"));
  /* From KR_SKP_FIRST_YEAR (2021), when SKP appraisals began. */
  if (!kr_tool_parse_int ("--year", o->year_text, KR_SKP_FIRST_YEAR, 9999, &year, &message))
    return message;
  o->year = (int) year;
  if (o->period_text != NULL)
    {
      if (o->report == REPORT_SKP)
        return g_strdup (_ ("--period is for evaluations; the SKP is the plan of the whole year"));
      if (!kr_tool_parse_period (o->period_text, &o->period))
        return g_strdup_printf (_ ("--period “%s”: use annual (or 0) for the annual evaluation, "
                                   "or a period from 1 to 12"),
                                o->period_text);
    }
  if (o->output == NULL)
    return g_strdup (_ ("missing option --output"));
  if (o->jobs < 1 || o->jobs > MAX_JOBS)
    return g_strdup_printf (_ ("--jobs must be from 1 to %d; %d was given"), MAX_JOBS, o->jobs);
  if (follow_up)
    {
      if (o->nip != NULL || o->trend)
        return g_strdup (_ ("--nip and --trend are not for the follow-up lists, which list a "
                            "whole unit"));
      if (o->unit_code == NULL)
        return g_strdup (_ ("missing option --unit: the follow-up lists list a unit"));
      if (o->list == NULL)
        return g_strdup (_ ("missing option --list: recognition or development"));
      if (g_strcmp0 (o->list, "development") != 0 && g_strcmp0 (o->list, "recognition") != 0)
        return g_strdup_printf (_ ("--list “%s”: use recognition or development"), o->list);
      o->development = g_str_equal (o->list, "development");
      if (!ends_with_pdf (o->output))
        return g_strdup (_ ("--output must name a PDF file (….pdf)"));
      return NULL;
    }
  if (o->list != NULL)
    return g_strdup (_ ("--list is for the follow-up report"));
  if ((o->nip == NULL) == (o->unit_code == NULL))
    return g_strdup (_ ("give either --nip for one employee or --unit for a whole unit"));
  if (o->subtree && o->unit_code == NULL)
    return g_strdup (_ ("--subtree goes with --unit"));
  if (o->unit_code != NULL && ends_with_pdf (o->output) &&
      !g_file_test (o->output, G_FILE_TEST_IS_DIR))
    return g_strdup (_ ("--output must be a folder for a whole unit: one PDF is written for "
                        "each employee"));
  return NULL;
}

/* Refuses a unit outside a unit head's scope, rather than printing an empty batch. */
static gboolean
check_unit_scope (KrDatabase *db, gint64 unit_id, const char *code, GError **error)
{
  KrIdentity *identity = kr_database_get_identity (db);
  gint64 scope = identity != NULL ? kr_identity_get_scope_unit_id (identity) : 0;
  g_autoptr (KrUnitRepository) units = NULL;
  g_autoptr (GArray) ids = NULL;

  if (scope == 0)
    return TRUE;
  units = kr_unit_repository_new (db);
  ids = kr_unit_repository_list_subtree_ids (units, scope, error);
  if (ids == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      if (g_array_index (ids, gint64, i) == unit_id)
        return TRUE;
    }
  g_set_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED,
               /* Translators: %s is a unit code */
               _ ("--unit %s: this unit is outside the units you lead"), code);
  return FALSE;
}

/* The appraisal of --nip for --year, with its cycle checked against --period. */
static gint64
find_appraisal (KrDatabase *db, const Options *o, char **nip, GError **error)
{
  g_autoptr (KrAppraisalRepository) appraisals = kr_appraisal_repository_new (db);
  g_autoptr (KrEmployee) employee = NULL;
  g_autoptr (KrAppraisal) plan = NULL;
  guint n_periods;

  employee = kr_tool_find_employee (db, o->nip, error);
  if (employee == NULL)
    return 0;
  plan = kr_appraisal_repository_find (appraisals, kr_employee_get_id (employee), o->year, error);
  if (plan == NULL)
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                     /* Translators: the year, a name, a NIP, then the year again */
                     _ ("--year %d: %s (%s) has no appraisal for %d"), o->year,
                     kr_employee_get_name (employee), kr_employee_get_nip (employee), o->year);
      return 0;
    }
  n_periods = kr_appraisal_cycle_get_n_periods (plan->cycle);
  if (o->report != REPORT_SKP && o->period > n_periods)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                   /* Translators: a period, a name, a year, a cycle such as “Quarterly”, then
                    * the number of periods of that cycle */
                   _ ("--period %u: the appraisal of %s for %d has no such evaluation; its cycle "
                      "is %s, with periods 1 to %u, or annual"),
                   o->period, kr_employee_get_name (employee), o->year,
                   kr_appraisal_cycle_get_label (plan->cycle), n_periods);
      return 0;
    }
  *nip = g_strdup (kr_employee_get_nip (employee));
  return plan->id;
}

static int
run_one (KrDatabase *db, Options *o)
{
  g_autoptr (KrAppraisalRepository) appraisals = kr_appraisal_repository_new (db);
  g_autoptr (GError) error = NULL;
  g_autofree char *nip = NULL;
  g_autofree char *path = NULL;
  g_autofree char *display = NULL;
  gint64 appraisal_id = find_appraisal (db, o, &nip, &error);

  if (appraisal_id == 0)
    return kr_tool_fail (error);
  if (g_file_test (o->output, G_FILE_TEST_IS_DIR) || !ends_with_pdf (o->output))
    {
      g_autofree char *name = kr_tool_report_file_name (&o->request, nip, (guint) o->year);

      if (g_mkdir_with_parents (o->output, 0755) != 0)
        {
          int saved = errno;
          g_autofree char *folder = g_filename_display_name (o->output);

          g_set_error (&error, KR_ERROR, KR_ERROR_STORAGE, _ ("Could not make the folder “%s”: %s"),
                       folder, g_strerror (saved));
          return kr_tool_fail (error);
        }
      path = g_build_filename (o->output, name, NULL);
    }
  else
    path = g_strdup (o->output);
  if (!kr_tool_report_write_document (appraisals, &o->request, appraisal_id, path, &error))
    return kr_tool_fail (error);
  display = g_filename_display_name (path);
  /* Translators: %s is a file name */
  g_print (_ ("Wrote “%s”.\n"), display);
  return KR_TOOL_EXIT_OK;
}

/* The appraisals of the unit (and below with --subtree), one row each, by unit and name. */
static GPtrArray *
list_unit (KrDatabase *db, const Options *o, gint64 unit_id, GError **error)
{
  g_autoptr (KrAppraisalRepository) appraisals = kr_appraisal_repository_new (db);
  g_autoptr (KrEmployeeRepository) employees = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  /* The annual evaluation is in every appraisal: one row per appraisal for the SKP. */
  KrAppraisalQuery query = {
    .year = (guint) o->year,
    .period = o->report == REPORT_SKP ? 0 : (int) o->period,
    .unit_id = unit_id,
  };

  rows = kr_appraisal_repository_list (appraisals, &query, 0, G_MAXINT, error);
  if (rows == NULL || o->subtree)
    return g_steal_pointer (&rows);
  /* Without --subtree, only the employees of the unit itself. */
  employees = kr_employee_repository_new (db);
  for (guint i = rows->len; i-- > 0;)
    {
      const KrAppraisalRow *row = rows->pdata[i];
      g_autoptr (KrEmployee) employee =
          kr_employee_repository_get (employees, row->employee_id, error);

      if (employee == NULL)
        return NULL;
      if (kr_employee_get_unit_id (employee) != unit_id)
        g_ptr_array_remove_index (rows, i);
    }
  return g_steal_pointer (&rows);
}

static int
run_unit (KrDatabase *db, Options *o)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *display = NULL;
  gint64 unit_id = 0;
  gint64 started = g_get_monotonic_time ();
  guint n_written = 0;
  gboolean ok;

  if (!kr_tool_find_unit (db, o->unit_code, &unit_id, &error) ||
      !check_unit_scope (db, unit_id, o->unit_code, &error))
    return kr_tool_fail (error);
  rows = list_unit (db, o, unit_id, &error);
  if (rows == NULL)
    return kr_tool_fail (error);
  if (rows->len == 0)
    {
      if (o->report != REPORT_SKP && o->period != 0)
        g_set_error (&error, KR_ERROR, KR_ERROR_NOT_FOUND,
                     /* Translators: a unit code, a year, then a period number */
                     _ ("--unit %s: no appraisal of %d in this unit has an evaluation for period "
                        "%u"),
                     o->unit_code, o->year, o->period);
      else if (o->subtree)
        g_set_error (&error, KR_ERROR, KR_ERROR_NOT_FOUND,
                     /* Translators: a unit code, then a year */
                     _ ("--unit %s: no employee of this unit or below it has an appraisal for %d"),
                     o->unit_code, o->year);
      else
        g_set_error (&error, KR_ERROR, KR_ERROR_NOT_FOUND,
                     /* Translators: a unit code, then a year; --subtree is an option */
                     _ ("--unit %s: no employee of this unit itself has an appraisal for %d; add "
                        "--subtree for the units below it"),
                     o->unit_code, o->year);
      return kr_tool_fail (error);
    }
  if (g_mkdir_with_parents (o->output, 0755) != 0)
    {
      int saved = errno;

      display = g_filename_display_name (o->output);
      g_set_error (&error, KR_ERROR, KR_ERROR_STORAGE, _ ("Could not make the folder “%s”: %s"),
                   display, g_strerror (saved));
      return kr_tool_fail (error);
    }
  ok = kr_tool_report_batch (db, &o->request, rows, o->output, (guint) o->jobs, &n_written, &error);
  display = g_filename_display_name (o->output);
  /* Translators: a number of documents, a folder, then seconds */
  g_print (ngettext ("Wrote %u document into “%s” in %.1f s.\n",
                     "Wrote %u documents into “%s” in %.1f s.\n", n_written),
           n_written, display, (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
  return ok ? KR_TOOL_EXIT_OK : kr_tool_fail (error);
}

/* The name of the root above @unit_id (the instansi), and of the unit. */
static gboolean
read_unit_names (KrDatabase *db, gint64 unit_id, char **instansi, char **unit_name, GError **error)
{
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (db);
  g_autoptr (KrUnit) unit = kr_unit_repository_get (units, unit_id, error);
  g_autoptr (KrUnit) root = NULL;

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
  /* The whole instansi prints no unit line. */
  *unit_name = root != NULL ? g_strdup (unit->name) : NULL;
  return TRUE;
}

static int
run_follow_up (KrDatabase *db, Options *o)
{
  g_autoptr (KrAppraisalRepository) appraisals = kr_appraisal_repository_new (db);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (KrDocument) document = NULL;
  g_autofree char *instansi = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *period_label = NULL;
  g_autofree char *display = NULL;
  KrAppraisalCycle cycle;
  gint64 unit_id = 0;
  GDate today;

  if (!kr_tool_find_unit (db, o->unit_code, &unit_id, &error) ||
      !check_unit_scope (db, unit_id, o->unit_code, &error) ||
      !kr_appraisal_repository_get_cycle (appraisals, unit_id, &cycle, &error) ||
      !read_unit_names (db, unit_id, &instansi, &unit_name, &error))
    return kr_tool_fail (error);
  if (o->period > kr_appraisal_cycle_get_n_periods (cycle))
    {
      g_set_error (&error, KR_ERROR, KR_ERROR_NOT_FOUND,
                   /* Translators: a period, a cycle such as “Quarterly”, a number of periods */
                   _ ("--period %u: the cycle of this instansi is %s, with periods 1 to %u, or "
                      "annual"),
                   o->period, kr_appraisal_cycle_get_label (cycle),
                   kr_appraisal_cycle_get_n_periods (cycle));
      return kr_tool_fail (error);
    }
  rows = kr_appraisal_repository_list_follow_up (
      appraisals, unit_id, (guint) o->year, o->period,
      o->development ? KR_FOLLOW_UP_DEVELOPMENT : KR_FOLLOW_UP_RECOGNITION, &error);
  if (rows == NULL)
    return kr_tool_fail (error);
  period_label = kr_appraisal_period_dup_label (cycle, o->period);
  kr_date_today (NULL, &today);
  document = kr_document_follow_up_new (
      o->development ? KR_FOLLOW_UP_DEVELOPMENT : KR_FOLLOW_UP_RECOGNITION, instansi, unit_name,
      (guint) o->year, period_label, rows, o->place, &today);
  if (!kr_pdf_write (o->output, document, o->request.paper, &error))
    return kr_tool_fail (error);
  display = g_filename_display_name (o->output);
  /* Translators: a file name, then a number of employees */
  g_print (ngettext ("Wrote “%s”, %u employee.\n", "Wrote “%s”, %u employees.\n", rows->len),
           display, rows->len);
  return KR_TOOL_EXIT_OK;
}

int
kr_tool_report_appraisal (const KrToolCommand *command, int argc, char **argv)
{
  g_auto (Options) o = { .jobs = MIN ((int) g_get_num_processors (), 4) };
  const GOptionEntry entries[] = {
    { "nip", 'n', 0, G_OPTION_ARG_STRING, &o.nip, N_ ("The employee whose document to write"),
      N_ ("NIP") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &o.unit_code,
      N_ ("Write the documents of every employee of the unit with this code"), N_ ("CODE") },
    { "subtree", 0, 0, G_OPTION_ARG_NONE, &o.subtree,
      N_ ("With --unit, also the employees of the units below it"), NULL },
    { "year", 'y', 0, G_OPTION_ARG_STRING, &o.year_text, N_ ("The appraisal year"), N_ ("YEAR") },
    { "period", 0, 0, G_OPTION_ARG_STRING, &o.period_text,
      N_ ("The evaluation: annual (default) or 0, or the period from 1"), N_ ("PERIOD") },
    { "list", 'l', 0, G_OPTION_ARG_STRING, &o.list,
      N_ ("For follow-up: recognition (Sangat Baik) or development (Butuh Perbaikan and below)"),
      N_ ("LIST") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output,
      N_ ("The PDF file to write for one employee or a follow-up list, or the folder to write "
          "into, one NIP-document-year-period.pdf per employee"),
      N_ ("FILE|FOLDER") },
    { "paper", 'p', 0, G_OPTION_ARG_STRING, &o.paper_id, N_ ("Paper size: a4 (default) or f4"),
      N_ ("PAPER") },
    { "place", 0, 0, G_OPTION_ARG_STRING, &o.place,
      N_ ("The place printed before the date of the signatures (default: a dotted line)"),
      N_ ("TEXT") },
    { "trend", 0, 0, G_OPTION_ARG_NONE, &o.trend,
      N_ ("Add an annex with the chart of the employee’s predikat year by year"), NULL },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &o.jobs,
      N_ ("How many documents of a unit to render at once (default: the processors, at most 4)"),
      N_ ("N") },
    KR_TOOL_AS_OPTION (o.as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  int status;

  o.report = (Report) find_report (argv[1]);
  g_return_val_if_fail ((int) o.report >= 0, KR_TOOL_EXIT_USAGE);
  command = &report_commands[o.report];
  o.request.paper = KR_PAPER_A4;
  argc--;
  argv++;
  if (!kr_tool_parse_options (command, entries, 1, &argc, &argv, &status))
    return status;
  message = check_options (&o);
  if (message != NULL)
    return kr_tool_usage_error (command, message);
  o.request.document = (KrToolDocument) o.report;
  o.request.name = report_names[o.report];
  o.request.period = o.period;
  o.request.place = o.place;
  o.request.trend = o.trend;

  db = kr_tool_report_open_database (argv[1], &error);
  if (db == NULL || !kr_tool_sign_in (db, o.as_user, &error))
    return kr_tool_fail (error);
  if (o.report == REPORT_FOLLOW_UP)
    return run_follow_up (db, &o);
  if (o.nip != NULL)
    return run_one (db, &o);
  return run_unit (db, &o);
}
