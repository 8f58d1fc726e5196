/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-demo"

#include "config.h"

#include "kr-tool.h"

#include <unistd.h>

#include <glib/gstdio.h>

#include "kr-account-repository.h"
#include "kr-database.h"
#include "kr-demo.h"
#include "kr-employee-list.h"
#include "kr-employee-repository.h"
#include "kr-i18n.h"
#include "kr-unit-repository.h"

#define DEFAULT_EMPLOYEES 2000
#define DEFAULT_SEED      1
/* Far beyond the 4.8 million ASN of the whole country (DOMAIN 12.3). */
#define MAX_EMPLOYEES 50000000

typedef struct
{
  gint64 started;
  gboolean shown;
} Progress;

/* Rewrites one line on the terminal. */
static void
progress_cb (guint64 done, guint64 total, gpointer user_data)
{
  Progress *progress = user_data;
  double elapsed = (g_get_monotonic_time () - progress->started) / (double) G_USEC_PER_SEC;

  /* The carriage return rewrites the line; it stays out of the translatable text. */
  g_printerr ("\r");
  /* Translators: progress of the demo generator; the last number is in seconds */
  g_printerr (_ ("Generating employees: %llu of %llu (%u%%), %.0f s"), (unsigned long long) done,
              (unsigned long long) total, total > 0 ? (guint) (100 * done / total) : 100, elapsed);
  progress->shown = TRUE;
}

/* Removes a database file that this run created, with SQLite's companions. */
static void
remove_created (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_remove (name);
    }
}

static void
print_summary (const char *path, const KrDemoSummary *summary, double seconds)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *display = g_filename_display_name (absolute);

  g_print (_ ("Created demo data in “%s”.\n"), display);
  g_print ("%s: %u\n", _ ("Units"), summary->n_units);
  g_print ("%s: %u\n", _ ("Positions"), summary->n_positions);
  g_print ("%s: %u\n", _ ("Employees"), summary->n_employees);
  if (summary->n_appraisals > 0)
    g_print ("%s: %u\n", _ ("Appraisals"), summary->n_appraisals);
  g_print ("%s: %.1f s\n", _ ("Time"), seconds);
}

/* The accounts of --accounts: one of each role, all with DEMO_PASSWORD. */
#define DEMO_PASSWORD "karier-demo"

static const struct
{
  const char *user_name;
  const char *display_name;
  KrRole role;
} demo_accounts[] = {
  { "admin", "Administrator Demo", KR_ROLE_ADMINISTRATOR },
  { "operator", "Operator Kepegawaian Demo", KR_ROLE_HR_OPERATOR },
  { "kepala", "Kepala Unit Demo", KR_ROLE_UNIT_HEAD },
  { "peninjau", "Peninjau Demo", KR_ROLE_VIEWER },
};

/* The first perangkat daerah of the demo, which the demo unit head leads, and the employee
 * who holds its head position (0 when vacant): the account is theirs, so that they review the
 * appraisals they are the pejabat penilai of (kr-demo-appraisals.c). */
static gint64
find_led_unit (KrDatabase *db, gint64 *head, GError **error)
{
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (db);
  g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (db);
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (KrEmployeeList) list = NULL;
  g_autoptr (GPtrArray) roots = kr_unit_repository_list_children (units, 0, error);
  g_autoptr (GPtrArray) children = NULL;
  const KrUnit *unit;
  guint n;

  *head = 0;
  if (roots == NULL || roots->len == 0)
    return 0;
  children = kr_unit_repository_list_children (units, ((KrUnit *) roots->pdata[0])->id, error);
  if (children == NULL || children->len == 0)
    return 0;
  unit = children->pdata[0];
  kr_employee_query_set_unit (query, unit->id);
  list = kr_employee_list_new (employees, query);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n && *head == 0 && unit->head_position_id != 0; i++)
    {
      g_autoptr (KrEmployee) employee = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (employee != NULL && kr_employee_get_position_id (employee) == unit->head_position_id)
        *head = kr_employee_get_id (employee);
    }
  if (kr_employee_list_get_error (list, error))
    return 0;
  return unit->id;
}

/* Adds the demo accounts, the administrator first, who then adds the others. */
static gboolean
add_demo_accounts (KrDatabase *db, GError **error)
{
  g_autoptr (KrAccountRepository) accounts = kr_account_repository_new (db);
  gint64 head;
  gint64 led_unit = find_led_unit (db, &head, error);

  if (led_unit == 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (demo_accounts); i++)
    {
      g_autoptr (KrAccount) account = kr_account_new ();

      account->user_name = g_strdup (demo_accounts[i].user_name);
      account->display_name = g_strdup (demo_accounts[i].display_name);
      account->role = demo_accounts[i].role;
      account->unit_id = account->role == KR_ROLE_UNIT_HEAD ? led_unit : 0;
      account->employee_id = account->role == KR_ROLE_UNIT_HEAD ? head : 0;
      if (kr_account_repository_add (accounts, account, DEMO_PASSWORD, error) == 0)
        return FALSE;
      if (i == 0)
        {
          g_autoptr (KrIdentity) admin = NULL;

          if (!kr_account_repository_authenticate (accounts, account->user_name, DEMO_PASSWORD,
                                                   &admin, NULL, error))
            return FALSE;
          kr_database_set_identity (db, admin);
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (demo_accounts); i++)
    /* Translators: a user name, its role, then the demo password */
    g_print (_ ("Account “%s” (%s), password “%s”\n"), demo_accounts[i].user_name,
             kr_role_get_label (demo_accounts[i].role), DEMO_PASSWORD);
  return TRUE;
}

/* The values of --appraisals and --training, in the order of KrDemoAppraisals and
 * KrDemoTraining (which agree). */
static const char *const extent_names[] = { "auto", "none", "all" };
G_STATIC_ASSERT (KR_DEMO_APPRAISALS_NONE == 1 && KR_DEMO_APPRAISALS_ALL == 2);
G_STATIC_ASSERT (KR_DEMO_TRAINING_NONE == 1 && KR_DEMO_TRAINING_ALL == 2);
/* The option texts say so. */
G_STATIC_ASSERT (KR_DEMO_APPRAISALS_AUTO_LIMIT == 10000 && KR_DEMO_TRAINING_AUTO_LIMIT == 10000);

/* Reads the value of @option into @extent; %NULL (not given) is "auto". */
static gboolean
parse_extent (const char *option, const char *value, guint *extent, char **message)
{
  if (value == NULL)
    {
      *extent = 0;
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (extent_names); i++)
    if (g_ascii_strcasecmp (value, extent_names[i]) == 0)
      {
        *extent = i;
        return TRUE;
      }
  /* Translators: the first %s is an option (--appraisals or --training); auto, none and all
   * are its values and stay untranslated */
  *message = g_strdup_printf (_ ("%s must be auto, none or all; “%s” was given"), option, value);
  return FALSE;
}

/* Checks the option values that GOption cannot. */
static gboolean
check_options (const KrToolCommand *command,
               gint64 n_employees,
               gint64 seed,
               const char *appraisals,
               const char *training,
               KrDemoOptions *options,
               int *status)
{
  g_autofree char *message = NULL;
  guint extent = 0;

  if (n_employees < 0 || n_employees > MAX_EMPLOYEES)
    message = g_strdup_printf (_ ("--employees must be from 0 to %d; %lld was given"),
                               MAX_EMPLOYEES, (long long) n_employees);
  else if (seed < 0)
    message = g_strdup_printf (_ ("--seed must not be negative; %lld was given"), (long long) seed);
  else if (parse_extent ("--appraisals", appraisals, &extent, &message))
    {
      options->appraisals = (KrDemoAppraisals) extent;
      if (parse_extent ("--training", training, &extent, &message))
        {
          options->training = (KrDemoTraining) extent;
          return TRUE;
        }
    }
  *status = kr_tool_usage_error (command, message);
  return FALSE;
}

int
kr_tool_demo (const KrToolCommand *command, int argc, char **argv)
{
  gint64 n_employees = DEFAULT_EMPLOYEES, seed = DEFAULT_SEED;
  gboolean with_accounts = FALSE;
  g_autofree char *appraisals = NULL, *training = NULL;
  const GOptionEntry entries[] = {
    { "employees", 'e', 0, G_OPTION_ARG_INT64, &n_employees,
      N_ ("How many employees to generate (default 2000)"), N_ ("N") },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed,
      N_ ("The seed; the same seed and size give the same data on the same day (default 1)"),
      N_ ("S") },
    { "accounts", 0, 0, G_OPTION_ARG_NONE, &with_accounts,
      N_ ("Also add an account of each role (admin, operator, kepala, peninjau), all with the "
          "password “karier-demo”: for trying Karier out, never for real data"),
      NULL },
    { "appraisals", 0, 0, G_OPTION_ARG_STRING, &appraisals,
      N_ ("Appraisal history, promotion records and the talent pool: auto (up to 10,000 "
          "employees), none or all"),
      N_ ("WHEN") },
    { "training", 0, 0, G_OPTION_ARG_STRING, &training,
      N_ ("Training, enrolments and mentoring: auto (up to 10,000 employees), none or all"),
      N_ ("WHEN") },
    { NULL },
  };
  KrDemoOptions options = { 0 };
  KrDemoSummary summary;
  Progress progress = { 0 };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (GError) error = NULL;
  gboolean existed, ok;
  int status;

  if (!kr_tool_parse_options (command, entries, 1, &argc, &argv, &status) ||
      !check_options (command, n_employees, seed, appraisals, training, &options, &status))
    return status;

  existed = g_file_test (argv[1], G_FILE_TEST_EXISTS);
  db = kr_database_open (argv[1], KR_DATABASE_FLAGS_NONE, &error);
  if (db == NULL)
    return kr_tool_fail (error);

  options.n_employees = (guint) n_employees;
  options.seed = (guint64) seed;
  progress.started = g_get_monotonic_time ();
  ok = kr_demo_generate (db, &options, isatty (STDERR_FILENO) ? progress_cb : NULL, &progress, NULL,
                         &summary, &error);
  if (progress.shown)
    g_printerr ("\n");
  if (ok && with_accounts)
    ok = add_demo_accounts (db, &error);
  g_clear_object (&db);
  if (!ok)
    {
      /* Leave no empty file behind for a database that this run would have created. */
      if (!existed)
        remove_created (argv[1]);
      return kr_tool_fail (error);
    }
  print_summary (argv[1], &summary,
                 (g_get_monotonic_time () - progress.started) / (double) G_USEC_PER_SEC);
  return KR_TOOL_EXIT_OK;
}
