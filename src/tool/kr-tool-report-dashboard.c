/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-report"

#include "config.h"

#include "kr-tool-report-private.h"

#include <string.h>

#include "kr-dashboard-repository.h"
#include "kr-date.h"
#include "kr-document-dashboard.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-pdf.h"
#include "kr-talent-repository.h"

/* `karier-tool report dashboard DATABASE … -o FILE.pdf`: the dashboard on paper, and
 * `karier-tool report dashboard-chart DATABASE --chart ID -o FILE.png|.pdf|.svg`: one chart as
 * a picture. Both read one snapshot through the dashboard repository (a unit head gets only
 * their own subtree). */

/* The 9-box on the command line: not a #KrDashboardChart, drawn by the report only */
#define TALENT_ID "9-box"

typedef enum
{
  REPORT_DASHBOARD,
  REPORT_CHART,
  N_REPORTS,
} Report;

static const char *const report_names[N_REPORTS] = {
  [REPORT_DASHBOARD] = "dashboard",
  [REPORT_CHART] = "dashboard-chart",
};

static const KrToolCommand report_commands[N_REPORTS] = {
  [REPORT_DASHBOARD] = { "report dashboard", N_ ("DATABASE"),
                         N_ ("Write the LAPORAN DASBOR KEPEGAWAIAN as PDF: the dashboard’s "
                             "charts (--chart, default all and the 9-box) of a unit (--unit) or "
                             "every unit for a year, each with its data table"),
                         NULL },
  [REPORT_CHART] = { "report dashboard-chart", N_ ("DATABASE"),
                     N_ ("Write one chart of the dashboard (--chart) as a PNG, PDF or SVG "
                         "picture, by the extension of --output"),
                     NULL },
};

static int
find_report (const char *name)
{
  for (int i = 0; i < N_REPORTS; i++)
    if (g_strcmp0 (name, report_names[i]) == 0)
      return i;
  return -1;
}

gboolean
kr_tool_report_is_dashboard (const char *name)
{
  return find_report (name) >= 0;
}

typedef struct
{
  Report report;
  char *year_text;
  int year;
  char *unit_code;
  GStrv chart_ids;
  char *output;
  char *paper_id;
  char *as_user;
  char *width_text;
  char *height_text;
  double width;
  double height;
  KrPaper paper;
  GArray *charts; /* int: a KrDashboardChart, or KR_DASHBOARD_N_CHARTS for the 9-box */
} Options;

static void
options_clear (Options *o)
{
  g_free (o->unit_code);
  g_strfreev (o->chart_ids);
  g_free (o->output);
  g_free (o->paper_id);
  g_free (o->as_user);
  g_free (o->year_text);
  g_free (o->width_text);
  g_free (o->height_text);
  g_clear_pointer (&o->charts, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

/* "employee-kinds, golongan, …, 9-box" */
static char *
list_ids (gboolean with_talent)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (int i = 0; i < KR_DASHBOARD_N_CHARTS; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? ", " : "",
                            kr_dashboard_chart_get_id ((KrDashboardChart) i));
  if (with_talent)
    g_string_append (text, ", " TALENT_ID);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
check_charts (Options *o)
{
  gboolean with_talent = o->report == REPORT_DASHBOARD;

  o->charts = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; o->chart_ids != NULL && o->chart_ids[i] != NULL; i++)
    {
      int chart = kr_dashboard_chart_from_id (o->chart_ids[i]);

      if (chart < 0 && with_talent && strcmp (o->chart_ids[i], TALENT_ID) == 0)
        chart = KR_DASHBOARD_N_CHARTS;
      if (chart < 0)
        {
          g_autofree char *ids = list_ids (with_talent);

          /* Translators: the first %s is what the user typed, the second the charts' names,
           * which are not translated */
          return g_strdup_printf (_ ("unknown chart “%s”; the charts are: %s"), o->chart_ids[i],
                                  ids);
        }
      g_array_append_val (o->charts, chart);
    }
  if (o->report == REPORT_CHART && o->charts->len != 1)
    return g_strdup (_ ("dashboard-chart writes one chart: give --chart once"));
  return NULL;
}

static char *
check_options (Options *o)
{
  char *message = NULL;
  gint64 year = 0;

  if (!kr_tool_parse_int ("--year", o->year_text, 2000, 2200, &year, &message))
    return message;
  o->year = (int) year;
  if ((message = check_charts (o)) != NULL)
    return message;
  if (o->report == REPORT_DASHBOARD)
    {
      if (o->width_text != NULL || o->height_text != NULL)
        return g_strdup (_ ("--width and --height are for dashboard-chart"));
      return kr_tool_report_check_paper_output (o->paper_id, &o->paper, o->output);
    }
  if (o->paper_id != NULL)
    return g_strdup (_ ("--paper is for the dashboard report"));
  if (o->output == NULL)
    return g_strdup (_ ("missing option --output"));
  if (!kr_chart_format_from_filename (o->output, NULL))
    return g_strdup (_ ("--output must name a PNG, PDF or SVG file (….png, ….pdf, ….svg)"));
  o->width = 480;
  o->height = 300;
  if (!kr_tool_parse_double ("--width", o->width_text, 100, 5000, &o->width, &message) ||
      !kr_tool_parse_double ("--height", o->height_text, 100, 5000, &o->height, &message))
    return message;
  return NULL;
}

static KrDashboardParts
wanted_parts (const Options *o)
{
  KrDashboardParts parts = 0;

  if (o->charts->len == 0)
    return KR_DASHBOARD_PART_ALL;
  for (guint i = 0; i < o->charts->len; i++)
    {
      int chart = g_array_index (o->charts, int, i);

      parts |= chart == KR_DASHBOARD_N_CHARTS ? KR_DASHBOARD_PART_TALENT
                                              : kr_dashboard_chart_get_part (chart);
    }
  return parts;
}

static KrDashboardSnapshot *
load (KrDatabase *db, const Options *o, GError **error)
{
  g_autoptr (KrDashboardRepository) repository = kr_dashboard_repository_new (db);
  g_autoptr (KrDashboardSnapshot) snapshot = NULL;
  KrDashboardScope scope;
  gint64 unit_id = 0;
  guint year = (guint) o->year;

  if (o->unit_code != NULL && !kr_tool_find_unit (db, o->unit_code, &unit_id, error))
    return NULL;
  if (year == 0)
    {
      GDate today;

      kr_date_today (NULL, &today);
      year = g_date_get_year (&today);
    }
  kr_dashboard_scope_init (&scope, unit_id, year);
  snapshot = kr_dashboard_snapshot_new (&scope);
  if (!kr_dashboard_repository_load (repository, snapshot, wanted_parts (o), NULL, error))
    return NULL;
  return g_steal_pointer (&snapshot);
}

static int
write_dashboard (KrDatabase *db, const Options *o, KrDashboardSnapshot *snapshot)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) boxes = NULL;
  g_autoptr (KrDocument) document = NULL;
  g_autofree char *instansi = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *display = NULL;
  KrDocumentDashboardScope scope = { NULL, NULL, NULL };
  GDate today;
  guint n_pages;

  if (!kr_tool_report_read_unit_names (db, snapshot->scope.unit_id, &instansi, &unit_name, &error))
    return kr_tool_fail (error);
  if (snapshot->parts & KR_DASHBOARD_PART_TALENT)
    {
      g_autoptr (KrTalentRepository) talent = kr_talent_repository_new (db);

      if ((boxes = kr_talent_repository_list_boxes (talent, &error)) == NULL)
        return kr_tool_fail (error);
    }
  kr_date_today (NULL, &today);
  scope.instansi = instansi;
  scope.date = &today;
  scope.talent_boxes = boxes;
  document = kr_document_dashboard_new (
      &scope, snapshot, o->charts->len > 0 ? (const int *) o->charts->data : NULL, o->charts->len);
  if (!kr_pdf_write (o->output, document, o->paper, &error))
    return kr_tool_fail (error);
  n_pages = kr_document_get_n_pages (document);
  display = g_filename_display_name (o->output);
  /* Translators: %s is a file name, %u a number of pages */
  g_print (ngettext ("Wrote “%s”, %u page.\n", "Wrote “%s”, %u pages.\n", n_pages), display,
           n_pages);
  return KR_TOOL_EXIT_OK;
}

static int
write_chart (const Options *o, KrDashboardSnapshot *snapshot)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrChartData) data = NULL;
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (o->output);
  g_autofree char *display = NULL;
  KrChartFormat format = KR_CHART_FORMAT_PNG;

  kr_chart_format_from_filename (o->output, &format);
  data = kr_dashboard_chart_build (snapshot, g_array_index (o->charts, int, 0),
                                   KR_DASHBOARD_LANGUAGE_INDONESIAN);
  if (!kr_chart_export (data, format, o->width, o->height, file, &error))
    return kr_tool_fail (error);
  display = g_filename_display_name (o->output);
  /* Translators: %s is a file name */
  g_print (_ ("Wrote “%s”.\n"), display);
  return KR_TOOL_EXIT_OK;
}

int
kr_tool_report_dashboard (const KrToolCommand *command, int argc, char **argv)
{
  g_auto (Options) o = { .paper = KR_PAPER_A4 };
  const GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_STRING, &o.year_text,
      N_ ("The year of the appraisals, training and budget counted (default: this year)"),
      N_ ("YEAR") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &o.unit_code,
      N_ ("The unit with this code and those below it (default: every unit)"), N_ ("CODE") },
    { "chart", 'c', 0, G_OPTION_ARG_STRING_ARRAY, &o.chart_ids,
      N_ ("A chart to include, by name (again for more): employee-kinds, golongan, "
          "position-kinds, pyramid, predikat, predikat-trend, training-jp, training-budget, "
          "promotions, retirements, 9-box (the report only)"),
      N_ ("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output,
      N_ ("The file to write: PDF for the report; PNG, PDF or SVG for a chart"), N_ ("FILE") },
    { "paper", 'p', 0, G_OPTION_ARG_STRING, &o.paper_id,
      N_ ("The report’s paper size: a4 (default) or f4"), N_ ("PAPER") },
    { "width", 0, 0, G_OPTION_ARG_STRING, &o.width_text,
      N_ ("dashboard-chart: the picture’s width in points (default 480; a PNG has twice as "
          "many pixels)"),
      N_ ("POINTS") },
    { "height", 0, 0, G_OPTION_ARG_STRING, &o.height_text,
      N_ ("dashboard-chart: the picture’s height in points (default 300)"), N_ ("POINTS") },
    KR_TOOL_AS_OPTION (o.as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrDashboardSnapshot) snapshot = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
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
  if (db == NULL || !kr_tool_sign_in (db, o.as_user, &error) ||
      (snapshot = load (db, &o, &error)) == NULL)
    return kr_tool_fail (error);
  if (o.report == REPORT_CHART)
    return write_chart (&o, snapshot);
  return write_dashboard (db, &o, snapshot);
}
