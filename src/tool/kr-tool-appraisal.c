/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-appraisal"

#include "config.h"

#include "kr-tool-appraisal-private.h"

#include <string.h>

#include "kr-error.h"
#include "kr-i18n.h"

/* `karier-tool appraisal`: performance appraisals (DOMAIN 5) from the command line, through
 * the appraisal repository alone, which checks what the account of --as may do. */

static const KrToolCommand start_command = {
  "appraisal start", N_ ("DATABASE"),
  N_ ("Start the appraisals of a year: of every active employee of a unit (--unit), or of one "
      "(--nip). The plan is copied from the previous year or the position’s template; employees "
      "who already have one are skipped."),
  NULL
};

static const KrToolCommand apply_command = {
  "appraisal apply", N_ ("DATABASE ACTION"),
  N_ ("Take a workflow step on an evaluation: submit, return, review, finalise, object, decide "
      "or reopen. Return, object, decide and reopen need --reason."),
  NULL
};

static const KrToolCommand import_command = {
  "appraisal import-pp46", N_ ("DATABASE FILE"),
  N_ ("Import historic PP 46/2011 appraisals from a CSV file (nip, tahun, nilai_skp, and "
      "nilai_perilaku or its elements): every row, or none when any is rejected"),
  NULL
};

static const KrToolCommand cycle_command = {
  "appraisal cycle", N_ ("DATABASE [monthly|quarterly|semester]"),
  N_ ("Show the appraisal cycle of the instansi of a unit, or set it; appraisals already "
      "started keep theirs"),
  NULL
};

KrDatabase *
kr_tool_appraisal_open (const char *path, gboolean read_only, const char *as_user, GError **error)
{
  g_autoptr (KrDatabase) db = kr_database_open (
      path, read_only ? KR_DATABASE_FLAGS_READ_ONLY : KR_DATABASE_FLAGS_NO_CREATE, error);

  if (db == NULL || !kr_tool_sign_in (db, as_user, error))
    return NULL;
  return g_steal_pointer (&db);
}

KrAppraisal *
kr_tool_appraisal_find (KrAppraisalRepository *repository,
                        const char *nip,
                        int year,
                        KrEmployee **employee,
                        GError **error)
{
  g_autoptr (KrEmployee) found = NULL;
  g_autoptr (GError) local_error = NULL;
  KrAppraisal *plan;

  found = kr_tool_find_employee (kr_appraisal_repository_get_database (repository), nip, error);
  if (found == NULL)
    return NULL;
  plan = kr_appraisal_repository_find (repository, kr_employee_get_id (found), (guint) year,
                                       &local_error);
  if (plan == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                     /* Translators: the year, a name, a NIP, then the year again */
                     _ ("--year %d: %s (%s) has no appraisal for %d"), year,
                     kr_employee_get_name (found), kr_employee_get_nip (found), year);
      return NULL;
    }
  if (employee != NULL)
    *employee = g_steal_pointer (&found);
  return plan;
}

char *
kr_tool_appraisal_check_year (const char *text, int *year)
{
  char *message = NULL;
  gint64 value;

  if (text == NULL)
    return g_strdup (_ ("missing option --year"));
  /* The lowest year is KR_SKP_FIRST_YEAR (2021), when SKP appraisals began. */
  if (kr_tool_parse_int ("--year", text, KR_SKP_FIRST_YEAR, 9999, &value, &message))
    *year = (int) value;
  return message;
}

char *
kr_tool_appraisal_dup_period_label (KrAppraisalCycle cycle, guint period)
{
  if (cycle >= KR_N_APPRAISAL_CYCLES || period > kr_appraisal_cycle_get_n_periods (cycle))
    return g_strdup ("?");
  return kr_appraisal_period_dup_label (cycle, period);
}

/* start */

static int
run_start (int argc, char **argv)
{
  g_autofree char *unit_code = NULL;
  g_autofree char *nip = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean subtree = FALSE;
  g_autofree char *year_text = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_ ("Start the appraisals of every active employee of the unit with this code"),
      N_ ("CODE") },
    { "subtree", 0, 0, G_OPTION_ARG_NONE, &subtree,
      N_ ("With --unit, also the employees of the units below it"), NULL },
    { "nip", 'n', 0, G_OPTION_ARG_STRING, &nip, N_ ("Start the appraisal of this employee"),
      N_ ("NIP") },
    { "year", 'y', 0, G_OPTION_ARG_STRING, &year_text, N_ ("The appraisal year"), N_ ("YEAR") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrAppraisalRepository) appraisals = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  if (!kr_tool_parse_options (&start_command, entries, 1, &argc, &argv, &status))
    return status;
  message = kr_tool_appraisal_check_year (year_text, &year);
  if (message == NULL && (unit_code == NULL) == (nip == NULL))
    message = g_strdup (_ ("give either --unit for a whole unit or --nip for one employee"));
  if (message == NULL && subtree && unit_code == NULL)
    message = g_strdup (_ ("--subtree goes with --unit"));
  if (message != NULL)
    return kr_tool_usage_error (&start_command, message);

  db = kr_tool_appraisal_open (argv[1], FALSE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  appraisals = kr_appraisal_repository_new (db);
  if (unit_code != NULL)
    {
      gint64 unit_id = 0;
      guint n_started = 0, n_skipped = 0;

      if (!kr_tool_find_unit (db, unit_code, &unit_id, &error) ||
          !kr_appraisal_repository_start_unit (appraisals, unit_id, subtree, (guint) year,
                                               &n_started, &n_skipped, NULL, &error))
        return kr_tool_fail (error);
      /* Translators: a number of appraisals, then a year */
      g_print (
          ngettext ("Started %u appraisal of %d.\n", "Started %u appraisals of %d.\n", n_started),
          n_started, year);
      /* Translators: a number of employees */
      g_print (ngettext ("Skipped %u employee who already had one.\n",
                         "Skipped %u employees who already had one.\n", n_skipped),
               n_skipped);
    }
  else
    {
      g_autoptr (KrEmployee) employee = kr_tool_find_employee (db, nip, &error);

      if (employee == NULL ||
          kr_appraisal_repository_start (appraisals, kr_employee_get_id (employee), (guint) year,
                                         &error) == 0)
        return kr_tool_fail (error);
      /* Translators: a name, a NIP, then a year */
      g_print (_ ("Started the appraisal of %s (%s) for %d.\n"), kr_employee_get_name (employee),
               kr_employee_get_nip (employee), year);
    }
  return KR_TOOL_EXIT_OK;
}

/* apply */

static const struct
{
  const char *name;
  KrAppraisalAction action;
} action_names[] = {
  { "submit", KR_APPRAISAL_ACTION_SUBMIT },     { "return", KR_APPRAISAL_ACTION_RETURN },
  { "review", KR_APPRAISAL_ACTION_REVIEW },     { "finalise", KR_APPRAISAL_ACTION_FINALISE },
  { "finalize", KR_APPRAISAL_ACTION_FINALISE }, { "object", KR_APPRAISAL_ACTION_OBJECT },
  { "decide", KR_APPRAISAL_ACTION_DECIDE },     { "reopen", KR_APPRAISAL_ACTION_REOPEN },
};

static gboolean
parse_action (const char *name, KrAppraisalAction *action)
{
  for (guint i = 0; i < G_N_ELEMENTS (action_names); i++)
    {
      if (g_ascii_strcasecmp (name, action_names[i].name) == 0)
        {
          *action = action_names[i].action;
          return TRUE;
        }
    }
  return FALSE;
}

/* The evaluation of @period of @plan; the error names --period. */
static KrAppraisalEvaluation *
find_evaluation (KrAppraisalRepository *appraisals,
                 const KrAppraisal *plan,
                 KrEmployee *employee,
                 guint period,
                 GError **error)
{
  g_autoptr (GPtrArray) evaluations =
      kr_appraisal_repository_list_evaluations (appraisals, plan->id, error);

  if (evaluations == NULL)
    return NULL;
  for (guint i = 0; i < evaluations->len; i++)
    {
      KrAppraisalEvaluation *evaluation = evaluations->pdata[i];

      if (evaluation->period == period)
        return g_ptr_array_steal_index (evaluations, i);
    }
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               /* Translators: a period, a name, a year, a cycle such as “Quarterly”, then the
                * number of periods of that cycle */
               _ ("--period %u: the appraisal of %s for %d has no such evaluation; its cycle is "
                  "%s, with periods 1 to %u, or annual"),
               period, kr_employee_get_name (employee), (int) plan->year,
               kr_appraisal_cycle_get_label (plan->cycle),
               kr_appraisal_cycle_get_n_periods (plan->cycle));
  return NULL;
}

static int
run_apply (int argc, char **argv)
{
  g_autofree char *nip = NULL;
  g_autofree char *period_text = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  g_autofree char *year_text = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "nip", 'n', 0, G_OPTION_ARG_STRING, &nip, N_ ("The employee appraised"), N_ ("NIP") },
    { "year", 'y', 0, G_OPTION_ARG_STRING, &year_text, N_ ("The appraisal year"), N_ ("YEAR") },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text,
      N_ ("The evaluation: annual (default) or 0, or the period from 1"), N_ ("PERIOD") },
    { "reason", 'r', 0, G_OPTION_ARG_STRING, &reason,
      N_ ("Why: the reason to return or reopen, the objection, or the decision"), N_ ("TEXT") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrAppraisalRepository) appraisals = NULL;
  g_autoptr (KrEmployee) employee = NULL;
  g_autoptr (KrAppraisal) plan = NULL;
  g_autoptr (KrAppraisalEvaluation) evaluation = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *label = NULL;
  KrAppraisalAction action = KR_APPRAISAL_ACTION_SUBMIT;
  guint period = 0;
  int status;

  if (!kr_tool_parse_options (&apply_command, entries, 2, &argc, &argv, &status))
    return status;
  if (!parse_action (argv[2], &action))
    /* Translators: %s is what the user typed; the actions are names, not translated */
    message = g_strdup_printf (_ ("unknown action “%s”; use submit, return, review, finalise, "
                                  "object, decide or reopen"),
                               argv[2]);
  else if (nip == NULL)
    message = g_strdup (_ ("missing option --nip"));
  else if ((message = kr_tool_appraisal_check_year (year_text, &year)) != NULL)
    ;
  else if (period_text != NULL && !kr_tool_parse_period (period_text, &period))
    message = g_strdup_printf (_ ("--period “%s”: use annual (or 0) for the annual evaluation, "
                                  "or a period from 1 to 12"),
                               period_text);
  else if (kr_appraisal_action_needs_reason (action) &&
           (reason == NULL || *g_strstrip (reason) == '\0'))
    /* Translators: %s is an action such as “return” */
    message = g_strdup_printf (_ ("--reason is needed to %s"), argv[2]);
  if (message != NULL)
    return kr_tool_usage_error (&apply_command, message);

  db = kr_tool_appraisal_open (argv[1], FALSE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  appraisals = kr_appraisal_repository_new (db);
  plan = kr_tool_appraisal_find (appraisals, nip, year, &employee, &error);
  if (plan == NULL ||
      (evaluation = find_evaluation (appraisals, plan, employee, period, &error)) == NULL ||
      !kr_appraisal_repository_apply (appraisals, evaluation->id, action, reason, &error))
    return kr_tool_fail (error);
  label = kr_tool_appraisal_dup_period_label (plan->cycle, period);
  /* Translators: a name, a NIP, a period such as “TRIWULAN II”, a year, then the states
   * before and after, such as “Draft → Submitted” */
  g_print (_ ("%s (%s), %s %d: %s → %s\n"), kr_employee_get_name (employee),
           kr_employee_get_nip (employee), label, year,
           kr_appraisal_state_get_label (evaluation->state),
           kr_appraisal_state_get_label (kr_appraisal_action_get_target (action)));
  return KR_TOOL_EXIT_OK;
}

/* import-pp46 */

static int
run_import (int argc, char **argv)
{
  gboolean dry_run = FALSE;
  g_autofree char *as_user = NULL;
  const GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_ ("Only check the file and print the report; change nothing"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrAppraisalRepository) appraisals = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) report = NULL;
  g_autofree char *database = NULL;
  guint n_rows = 0;
  gboolean ok;
  int status;

  if (!kr_tool_parse_options (&import_command, entries, 2, &argc, &argv, &status))
    return status;
  /* A dry run never writes, not even an upgrade. */
  db = kr_tool_appraisal_open (argv[1], dry_run, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  appraisals = kr_appraisal_repository_new (db);
  ok = kr_appraisal_repository_import_pp46 (appraisals, argv[2], dry_run, &report, &n_rows, &error);
  for (guint i = 0; report != NULL && report[i] != NULL; i++)
    g_print ("%s\n", report[i]);
  if (!ok)
    return kr_tool_fail (error);
  database = g_filename_display_name (argv[1]);
  if (dry_run)
    /* Translators: a number of rows, then a database file */
    g_print (ngettext ("Dry run: %u row can be imported; nothing was written to “%s”.\n",
                       "Dry run: %u rows can be imported; nothing was written to “%s”.\n", n_rows),
             n_rows, database);
  else
    /* Translators: a number of rows, then a database file */
    g_print (ngettext ("Imported %u row into “%s”.\n", "Imported %u rows into “%s”.\n", n_rows),
             n_rows, database);
  return KR_TOOL_EXIT_OK;
}

/* cycle */

/* How many positional arguments remain once the options (and their values) are left out:
 * `cycle` takes one or two. */
static int
count_positional (int argc, char **argv)
{
  int n = 0;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        return n + argc - i - 1;
      if (argv[i][0] != '-')
        n++;
      else if (strchr (argv[i], '=') == NULL &&
               (g_str_equal (argv[i], "--unit") || g_str_equal (argv[i], "-u") ||
                g_str_equal (argv[i], "--as")))
        i++;
    }
  return n;
}

static int
run_cycle (int argc, char **argv)
{
  g_autofree char *unit_code = NULL;
  g_autofree char *as_user = NULL;
  const GOptionEntry entries[] = {
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_ ("A unit of the instansi, usually its root"), N_ ("CODE") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrAppraisalRepository) appraisals = NULL;
  g_autoptr (GError) error = NULL;
  KrAppraisalCycle cycle = KR_APPRAISAL_CYCLE_DEFAULT;
  gboolean set = count_positional (argc, argv) >= 2;
  gint64 unit_id = 0;
  int status;

  if (!kr_tool_parse_options (&cycle_command, entries, set ? 2 : 1, &argc, &argv, &status))
    return status;
  if (set && !kr_appraisal_cycle_from_code (argv[2], &cycle))
    {
      /* Translators: %s is what the user typed; the cycles are names, not translated */
      g_autofree char *message =
          g_strdup_printf (_ ("unknown cycle “%s”; use monthly, quarterly or semester"), argv[2]);

      return kr_tool_usage_error (&cycle_command, message);
    }
  if (unit_code == NULL)
    return kr_tool_usage_error (&cycle_command, _ ("missing option --unit"));

  db = kr_tool_appraisal_open (argv[1], !set, as_user, &error);
  if (db == NULL || !kr_tool_find_unit (db, unit_code, &unit_id, &error))
    return kr_tool_fail (error);
  appraisals = kr_appraisal_repository_new (db);
  if (set)
    {
      if (!kr_appraisal_repository_set_cycle (appraisals, unit_id, cycle, &error))
        return kr_tool_fail (error);
      /* Translators: a unit code, then a cycle such as “Quarterly” */
      g_print (_ ("The appraisal cycle of the instansi of %s is now: %s. Appraisals already "
                  "started keep theirs.\n"),
               unit_code, kr_appraisal_cycle_get_label (cycle));
      return KR_TOOL_EXIT_OK;
    }
  if (!kr_appraisal_repository_get_cycle (appraisals, unit_id, &cycle, &error))
    return kr_tool_fail (error);
  /* Translators: a unit code, then a cycle such as “Quarterly” */
  g_print (_ ("The appraisal cycle of the instansi of %s is: %s.\n"), unit_code,
           kr_appraisal_cycle_get_label (cycle));
  return KR_TOOL_EXIT_OK;
}

static void
print_help (const KrToolCommand *command)
{
  g_print (_ ("Usage: karier-tool appraisal SUBCOMMAND DATABASE [ARGUMENT] [OPTION…]\n"));
  g_print ("\n%s\n\n", _ (command->summary));
  g_print ("%s\n", _ ("Subcommands:"));
  g_print ("  %-11s  %s\n", "start", _ (start_command.summary));
  g_print ("  %-11s  %s\n", "list",
           _ ("List the evaluations of a year, by unit and name, as a table or JSON"));
  g_print ("  %-11s  %s\n", "show",
           _ ("Show an employee’s appraisal of a year: plan, evaluations, ratings, predikat "
              "and every workflow step"));
  g_print ("  %-11s  %s\n", "apply", _ (apply_command.summary));
  g_print ("  %-11s  %s\n", "import-pp46", _ (import_command.summary));
  g_print ("  %-11s  %s\n", "cycle", _ (cycle_command.summary));
  g_print ("\n%s\n", _ ("Run “karier-tool appraisal SUBCOMMAND --help” to see how to use it."));
}

int
kr_tool_appraisal (const KrToolCommand *command, int argc, char **argv)
{
  g_autofree char *message = NULL;

  if (argc < 2)
    return kr_tool_usage_error (
        command, _ ("missing subcommand: start, list, show, apply, import-pp46 or cycle"));
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_help (command);
      return KR_TOOL_EXIT_OK;
    }
  if (g_str_equal (argv[1], "start"))
    return run_start (argc - 1, argv + 1);
  if (g_str_equal (argv[1], "list"))
    return kr_tool_appraisal_list (argc - 1, argv + 1);
  if (g_str_equal (argv[1], "show"))
    return kr_tool_appraisal_show (argc - 1, argv + 1);
  if (g_str_equal (argv[1], "apply"))
    return run_apply (argc - 1, argv + 1);
  if (g_str_equal (argv[1], "import-pp46"))
    return run_import (argc - 1, argv + 1);
  if (g_str_equal (argv[1], "cycle"))
    return run_cycle (argc - 1, argv + 1);
  /* Translators: %s is what the user typed after “karier-tool appraisal” */
  message = g_strdup_printf (
      _ ("unknown subcommand “%s”; use start, list, show, apply, import-pp46 or cycle"), argv[1]);
  return kr_tool_usage_error (command, message);
}
