/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-training"

#include "config.h"

#include "kr-tool-training-private.h"

#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* `karier-tool training nominate` and `training enrolment list|move`: who joins a session and
 * how far they have come. */

static const KrToolCommand nominate_command = {
  "training nominate", N_ ("DATABASE SESSION"),
  N_ ("Nominate employees to a session: several --nip, or every active employee of a --unit "
      "(with --subtree, and the units below). Capacity, prerequisites, budget and the PPPK JP "
      "limit are checked; --override REASON accepts what a reason may override."),
  NULL
};

static const KrToolCommand enrolment_list_command = {
  "training enrolment list", N_ ("DATABASE SESSION"),
  N_ ("List a session’s enrolments by name, as a table or JSON"), NULL
};

static const KrToolCommand enrolment_move_command = {
  "training enrolment move", N_ ("DATABASE ENROLMENT STATE"),
  N_ ("Move an enrolment to approved, attended, completed (--jp, --certificate, --date), "
      "no_show or withdrawn (--reason), or back"),
  NULL
};

/* The ids of the employees the options name. */
static GArray *
collect_employees (KrDatabase *db,
                   KrTrainingRepository *training,
                   char **nips,
                   const char *unit_code,
                   gboolean subtree,
                   GError **error)
{
  g_autoptr (GArray) ids = NULL;
  g_autoptr (KrEmployeeRepository) employees = NULL;
  g_autoptr (KrEmployeeQuery) query = NULL;
  gint64 unit_id = 0;

  if (nips != NULL)
    {
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      for (guint i = 0; nips[i] != NULL; i++)
        {
          g_autoptr (KrEmployee) employee = kr_tool_find_employee (db, nips[i], error);
          gint64 id;

          if (employee == NULL)
            return NULL;
          id = kr_employee_get_id (employee);
          g_array_append_val (ids, id);
        }
      return g_steal_pointer (&ids);
    }

  if (!kr_tool_find_unit (db, unit_code, &unit_id, error))
    return NULL;
  query = kr_employee_query_new ();
  kr_employee_query_set_unit (query, unit_id);
  kr_employee_query_set_sort (query, KR_EMPLOYEE_SORT_NAME, FALSE);
  ids = kr_training_repository_list_query_employees (training, query, error);
  if (ids == NULL || subtree)
    return g_steal_pointer (&ids);
  /* Without --subtree, only the employees of the unit itself. */
  employees = kr_employee_repository_new (db);
  for (guint i = ids->len; i-- > 0;)
    {
      g_autoptr (KrEmployee) employee =
          kr_employee_repository_get (employees, g_array_index (ids, gint64, i), error);

      if (employee == NULL)
        return NULL;
      if (kr_employee_get_unit_id (employee) != unit_id)
        g_array_remove_index (ids, i);
    }
  return g_steal_pointer (&ids);
}

int
kr_tool_training_nominate (int argc, char **argv)
{
  g_auto (GStrv) nips = NULL;
  g_autofree char *unit_code = NULL;
  g_autofree char *override = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean subtree = FALSE, check = FALSE;
  const GOptionEntry entries[] = {
    { "nip", 'n', 0, G_OPTION_ARG_STRING_ARRAY, &nips,
      N_ ("Nominate this employee; repeat for several"), N_ ("NIP") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_ ("Nominate every active employee of the unit with this code"), N_ ("CODE") },
    { "subtree", 0, 0, G_OPTION_ARG_NONE, &subtree,
      N_ ("With --unit, also the employees of the units below it"), NULL },
    { "override", 0, 0, G_OPTION_ARG_STRING, &override,
      N_ ("Accept a full session, an unmet prerequisite, an exceeded budget or the PPPK JP "
          "limit, for this reason"),
      N_ ("REASON") },
    { "check", 0, 0, G_OPTION_ARG_NONE, &check,
      N_ ("Only print the problems nominating them would meet; change nothing"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTrainingRepository) training = NULL;
  g_autoptr (KrTrainingSession) session = NULL;
  g_autoptr (GArray) ids = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GError) error = NULL;
  guint n_nominated = 0, n_skipped = 0;
  gint64 session_id = 0;
  int status;

  if (!kr_tool_parse_options (&nominate_command, entries, 2, &argc, &argv, &status))
    return status;
  if (!kr_tool_training_parse_id (argv[2], "SESSION", &session_id, &message))
    ;
  else if ((nips == NULL) == (unit_code == NULL))
    message = g_strdup (_ ("give either --nip for employees or --unit for a whole unit"));
  else if (subtree && unit_code == NULL)
    message = g_strdup (_ ("--subtree goes with --unit"));
  else if (override != NULL && *g_strstrip (override) == '\0')
    message = g_strdup (_ ("--override needs a reason"));
  if (message != NULL)
    return kr_tool_usage_error (&nominate_command, message);

  db = kr_tool_training_open (argv[1], check, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  training = kr_training_repository_new (db);
  session = kr_training_repository_get_session (training, session_id, &error);
  if (session == NULL ||
      (ids = collect_employees (db, training, nips, unit_code, subtree, &error)) == NULL)
    return kr_tool_fail (error);
  if (ids->len == 0)
    {
      g_set_error (&error, KR_ERROR, KR_ERROR_NOT_FOUND,
                   /* Translators: %s is a unit code; --subtree is an option */
                   _ ("--unit %s: the unit has no active employee of its own; add --subtree for "
                      "the units below it"),
                   unit_code);
      return kr_tool_fail (error);
    }
  problems = kr_training_repository_check_nominations (
      training, session_id, (const gint64 *) ids->data, ids->len, &error);
  if (problems == NULL)
    return kr_tool_fail (error);
  for (guint i = 0; i < problems->len; i++)
    {
      const KrEnrolmentProblem *problem = problems->pdata[i];

      g_print ("%s %s\n",
               kr_enrolment_problem_can_override (problem->kind) ? _ ("Problem:") : _ ("Skipped:"),
               problem->message);
    }
  if (check)
    {
      /* Translators: the number of problems found */
      g_print (ngettext ("%u problem; nothing was written.\n",
                         "%u problems; nothing was written.\n", problems->len),
               problems->len);
      return KR_TOOL_EXIT_OK;
    }
  if (!kr_training_repository_nominate (training, session_id, (const gint64 *) ids->data, ids->len,
                                        override, &n_nominated, &n_skipped, &error))
    {
      if (override == NULL && g_error_matches (error, KR_ERROR, KR_ERROR_INVALID))
        g_printerr (_ ("Give --override REASON to nominate them all the same.\n"));
      return kr_tool_fail (error);
    }
  /* Translators: a number of employees, a session's name, then a course's title */
  g_print (ngettext ("Nominated %u employee to %s of %s.\n",
                     "Nominated %u employees to %s of %s.\n", n_nominated),
           n_nominated, session->name, session->course_title);
  if (n_skipped > 0)
    /* Translators: a number of employees */
    g_print (ngettext ("Skipped %u employee already enrolled or not active.\n",
                       "Skipped %u employees already enrolled or not active.\n", n_skipped),
             n_skipped);
  return KR_TOOL_EXIT_OK;
}

/* enrolment list */

static void
print_enrolments_json (GPtrArray *enrolments)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < enrolments->len; i++)
    {
      const KrEnrolment *e = enrolments->pdata[i];

      json_builder_begin_object (builder);
      kr_tool_training_json_int (builder, "id", e->id);
      kr_tool_training_json_int (builder, "session_id", e->session_id);
      kr_tool_training_json_string (builder, "nip", e->employee_nip);
      kr_tool_training_json_string (builder, "name", e->employee_name);
      kr_tool_training_json_string (builder, "unit", e->employee_unit);
      kr_tool_training_json_string (builder, "state", kr_enrolment_state_get_code (e->state));
      kr_tool_training_json_int (builder, "jp", e->jp);
      kr_tool_training_json_int (builder, "cost", e->cost);
      kr_tool_training_json_string (builder, "certificate_number", e->certificate_number);
      kr_tool_training_json_string (builder, "certificate_date", e->certificate_date);
      kr_tool_training_json_string (builder, "override_reason", e->override_reason);
      kr_tool_training_json_string (builder, "reason", e->reason);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  kr_tool_training_json_print (builder);
}

static int
run_list (int argc, char **argv)
{
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTrainingRepository) training = NULL;
  g_autoptr (GPtrArray) enrolments = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  gint64 session_id = 0;
  int status;

  if (!kr_tool_parse_options (&enrolment_list_command, entries, 2, &argc, &argv, &status))
    return status;
  if (!kr_tool_training_parse_id (argv[2], "SESSION", &session_id, &message))
    return kr_tool_usage_error (&enrolment_list_command, message);
  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  training = kr_training_repository_new (db);
  enrolments = kr_training_repository_list_enrolments (training, session_id, &error);
  if (enrolments == NULL)
    return kr_tool_fail (error);
  if (json)
    {
      print_enrolments_json (enrolments);
      return KR_TOOL_EXIT_OK;
    }
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; i < enrolments->len; i++)
    {
      const KrEnrolment *e = enrolments->pdata[i];
      char **cells = g_new0 (char *, 8);

      cells[0] = g_strdup_printf ("%" G_GINT64_FORMAT, e->id);
      cells[1] = g_strdup (e->employee_nip);
      cells[2] = g_strdup (e->employee_name);
      cells[3] = g_strdup (e->employee_unit != NULL ? e->employee_unit : "-");
      cells[4] = g_strdup (kr_enrolment_state_get_label (e->state));
      cells[5] =
          e->state == KR_ENROLMENT_STATE_COMPLETED ? g_strdup_printf ("%u", e->jp) : g_strdup ("-");
      cells[6] = g_strdup (e->certificate_number != NULL ? e->certificate_number : "-");
      g_ptr_array_add (rows, cells);
    }
  {
    /* Translators: column headings of `karier-tool training enrolment list` */
    const char *headings[] = { _ ("ID"),    _ ("NIP"), _ ("Name"),       _ ("Unit"),
                               _ ("State"), _ ("JP"),  _ ("Certificate") };

    kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), rows);
  }
  /* Translators: the number of enrolments listed */
  g_print (ngettext ("%u enrolment\n", "%u enrolments\n", enrolments->len), enrolments->len);
  return KR_TOOL_EXIT_OK;
}

/* enrolment move */

static int
run_move (int argc, char **argv)
{
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *certificate = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *date = NULL;
  int jp = 0;
  const GOptionEntry entries[] = {
    { "jp", 0, 0, G_OPTION_ARG_INT, &jp,
      N_ ("For completed: the JP credited (default: the course’s)"), N_ ("N") },
    { "certificate", 0, 0, G_OPTION_ARG_STRING, &certificate,
      N_ ("For completed: the certificate’s number"), N_ ("NUMBER") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_ ("For completed: the certificate’s date"),
      N_ ("DATE") },
    { "reason", 'r', 0, G_OPTION_ARG_STRING, &reason,
      N_ ("Why: needed for no_show and withdrawn, and to approve over the budget"), N_ ("TEXT") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTrainingRepository) training = NULL;
  g_autoptr (KrEnrolment) enrolment = NULL;
  g_autoptr (GError) error = NULL;
  gint64 id = 0;
  guint to = 0;
  int status;

  if (!kr_tool_parse_options (&enrolment_move_command, entries, 3, &argc, &argv, &status))
    return status;
  if (!kr_tool_training_parse_id (argv[2], "ENROLMENT", &id, &message) ||
      !kr_tool_training_parse_code ("STATE", argv[3], (KrToolCodeFunc) kr_enrolment_state_get_code,
                                    0, KR_N_ENROLMENT_STATES, &to, &message))
    ;
  else if (jp < 0 || jp > 2000)
    message = g_strdup_printf (_ ("--jp %d: give the JP credited, from 0 to 2000"), jp);
  else if (to != KR_ENROLMENT_STATE_COMPLETED && (jp > 0 || certificate != NULL || date_text))
    message = g_strdup (_ ("--jp, --certificate and --date go with the state completed"));
  else if (date_text != NULL && !kr_tool_training_parse_date ("--date", date_text, &date, &message))
    ;
  else if ((to == KR_ENROLMENT_STATE_NO_SHOW || to == KR_ENROLMENT_STATE_WITHDRAWN) &&
           (reason == NULL || *g_strstrip (reason) == '\0'))
    /* Translators: %s is a state code such as no_show */
    message = g_strdup_printf (_ ("--reason is needed to move an enrolment to %s"), argv[3]);
  if (message != NULL)
    return kr_tool_usage_error (&enrolment_move_command, message);

  db = kr_tool_training_open (argv[1], FALSE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  training = kr_training_repository_new (db);
  enrolment = kr_training_repository_get_enrolment (training, id, &error);
  if (enrolment == NULL || !kr_training_repository_move (training, id, to, reason, (guint) jp,
                                                         certificate, date, &error))
    return kr_tool_fail (error);
  /* Translators: a name, a NIP, a course's title, a session's name, then the states before and
   * after, such as “Nominated → Approved” */
  g_print (_ ("%s (%s), %s %s: %s → %s\n"), enrolment->employee_name, enrolment->employee_nip,
           enrolment->course_title, enrolment->session_name,
           kr_enrolment_state_get_label (enrolment->state), kr_enrolment_state_get_label (to));
  return KR_TOOL_EXIT_OK;
}

static const KrToolCommand enrolment_command = {
  "training enrolment", N_ ("list|move DATABASE SESSION|ENROLMENT [STATE]"),
  N_ ("A session’s enrolments: list them, move one along the workflow"), NULL
};

static const KrToolSubcommand enrolment_subcommands[] = {
  { "list", run_list },
  { "move", run_move },
};

int
kr_tool_training_enrolment (int argc, char **argv)
{
  return kr_tool_training_dispatch (&enrolment_command, enrolment_subcommands,
                                    G_N_ELEMENTS (enrolment_subcommands), argc, argv);
}
