/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "karier-tool"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "kr-i18n.h"
#include "kr-tool.h"

static int run_help (const KrToolCommand *command, int argc, char **argv);

/* Each subcommand is one row; the help lists them in this order. */
static const KrToolCommand commands[] = {
  { "info", N_ ("DATABASE"), N_ ("Show the schema version, size and number of units of a database"),
    kr_tool_info },
  { "backup", N_ ("DATABASE DEST | list|create|rotate DATABASE | restore DATABASE BACKUP"),
    N_ ("Copy a database safely to another file, even while in use; list, create, restore and "
        "rotate the backups in its backup folder"),
    kr_tool_backup },
  { "import", N_ ("DATABASE FILE"),
    N_ ("Import a SIASN “data pegawai” CSV export, printing a report of every row"),
    kr_tool_import },
  { "demo", N_ ("DATABASE"),
    N_ ("Fill a new database with a synthetic province: units, positions and employees"),
    kr_tool_demo },
  { "employee", N_ ("list|show DATABASE [NIP]"),
    N_ ("List employees, or show one with every history and derived values"), kr_tool_employee },
  { "report", N_ ("REPORT DATABASE"),
    N_ ("Write an official document as a PDF: duk, the list of civil servants by rank; list, "
        "the employee list; skp, evaluation, evaluation-document, of one employee or a whole "
        "unit; follow-up, a unit’s recognition or development list; training-compliance, "
        "training-participants; promotion-nominative, promotion-candidates; "
        "selection-announcement, selection-ranking; talent-grid, talent-pool, succession; "
        "dashboard, the charts of a unit and year, dashboard-chart, one chart as a picture"),
    kr_tool_report },
  { "export", N_ ("DATABASE FILE"),
    N_ ("Write employees in the SIASN “data pegawai” columns as CSV or XLSX, for a spreadsheet "
        "or another database"),
    kr_tool_export },
  { "user", N_ ("add|list|disable|enable|passwd|role DATABASE [USER]"),
    N_ ("Manage the accounts that sign in to a database: add, list, disable, enable, set "
        "passwords and roles"),
    kr_tool_user },
  { "audit", N_ ("verify|list|export DATABASE [FILE]"),
    N_ ("Check the audit trail’s hash chain, list its changes, or export them as CSV"),
    kr_tool_audit },
  { "appraisal", N_ ("start|list|show|apply|import-pp46|cycle DATABASE [ARGUMENT]"),
    N_ ("Work with performance appraisals: start a year, list, show, take workflow steps, import "
        "PP 46/2011 scores, set the cycle"),
    kr_tool_appraisal },
  { "training", N_ ("SUBCOMMAND DATABASE [ARGUMENT…]"),
    N_ ("Work with competence development: the course catalogue, sessions, nominations, JP "
        "compliance, budgets, plans, needs, mentoring, SIASN training history"),
    kr_tool_training },
  { "promotion", N_ ("SUBCOMMAND DATABASE [ARGUMENT…]"),
    N_ ("Work with kenaikan pangkat and retirement: the candidates of a period with their "
        "reasons, proposals and their documents, pertek and SK, who retires soon"),
    kr_tool_promotion },
  { "vacancy", N_ ("list|need|formasi DATABASE [ARGUMENT…]"),
    N_ ("Work with vacancies: positions with no holder, those retirements will empty, the needs "
        "of positions, and the formasi proposal as CSV"),
    kr_tool_vacancy },
  { "talent", N_ ("grid|box|placement|assess|succession DATABASE [ARGUMENT…]"),
    N_ ("Work with the talent pool: the 9-box of a year, the employees of a box, one employee’s "
        "placement, potential assessments, succession plans and successors"),
    kr_tool_talent },
  { "selection", N_ ("SUBCOMMAND DATABASE [ARGUMENT…]"),
    N_ ("Work with open selections: the position, the selection panel, stages and weights, "
        "candidates, scores, publishing a stage’s results, the ranking and the three best"),
    kr_tool_selection },
  { "bench", N_ ("list|import|report|window [ARGUMENT…]"),
    N_ ("Measure speed and memory: the employee list, the import, the appraisal documents, the "
        "window"),
    kr_tool_bench },
  { "help", N_ ("[COMMAND]"), N_ ("Show this help, or how to use a command"), run_help },
};

static const KrToolCommand *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (strcmp (commands[i].name, name) == 0)
        return &commands[i];
    }
  return NULL;
}

static void
print_help (void)
{
  int width = 0;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    width = MAX (width, (int) strlen (commands[i].name));

  g_print (_ ("Usage: karier-tool COMMAND [ARGUMENT…]\n"));
  g_print ("\n%s\n\n", _ ("Work with Karier databases from the command line."));
  g_print ("%s\n", _ ("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %-*s  %s\n", width, commands[i].name, _ (commands[i].summary));
  g_print ("\n%s\n", _ ("Options:"));
  g_print ("  -h, --help  %s\n", _ ("Show this help"));
  g_print ("  --version   %s\n", _ ("Show the version of karier-tool"));
  g_print ("\n%s\n", _ ("Run “karier-tool COMMAND --help” to see how to use a command."));
}

/* `help` alone is --help; `help COMMAND` is `COMMAND --help`. */
static int
run_help (const KrToolCommand *command, int argc, char **argv)
{
  const KrToolCommand *topic;
  char *help_argv[] = { NULL, (char *) "--help", NULL };

  if (argc == 1)
    {
      print_help ();
      return KR_TOOL_EXIT_OK;
    }
  if (argc > 2)
    {
      g_autofree char *message = g_strdup_printf (_ ("unexpected argument “%s”"), argv[2]);

      return kr_tool_usage_error (command, message);
    }
  topic = find_command (argv[1]);
  if (topic == NULL)
    {
      g_autofree char *message = g_strdup_printf (_ ("unknown command “%s”"), argv[1]);

      return kr_tool_usage_error (NULL, message);
    }
  help_argv[0] = (char *) topic->name;
  return topic->run (topic, 2, help_argv);
}

int
main (int argc, char *argv[])
{
  const KrToolCommand *command;
  /* As for karier: a build tree may use its own translations (meson devenv sets it). */
  const char *localedir = g_getenv ("KARIER_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("karier-tool");

  if (argc < 2)
    return kr_tool_usage_error (NULL, _ ("missing command"));
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0)
    {
      print_help ();
      return KR_TOOL_EXIT_OK;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      g_print ("karier-tool %s\n", PACKAGE_VERSION);
      return KR_TOOL_EXIT_OK;
    }

  command = find_command (argv[1]);
  if (command == NULL)
    {
      g_autofree char *message = NULL;

      if (argv[1][0] == '-')
        message = g_strdup_printf (_ ("unknown option “%s”"), argv[1]);
      else
        message = g_strdup_printf (_ ("unknown command “%s”"), argv[1]);
      return kr_tool_usage_error (NULL, message);
    }
  return command->run (command, argc - 1, argv + 1);
}
