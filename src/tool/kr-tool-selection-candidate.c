/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-selection"

#include "config.h"

#include "kr-tool-selection-private.h"

#include "kr-error.h"
#include "kr-i18n.h"

/* `karier-tool selection candidate`: registering employees and outside applicants, withdrawing
 * and reinstating them. */

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "-";
}

/* candidate */

static const KrToolCommand candidate_command = {
  "selection candidate", N_ ("DATABASE ID"),
  N_ ("List the candidates of a selection; register an employee (--add-employee NIP) or an "
      "outside applicant (--add-applicant NAME --origin INSTANSI); withdraw, reinstate or remove "
      "one by registration number"),
  NULL
};

static void
print_candidates (GPtrArray *candidates, gboolean json)
{
  g_autoptr (GPtrArray) table = NULL;
  /* Translators: column headings of `karier-tool selection candidate` */
  const char *headings[] = { _ ("Registration"), _ ("Name"), _ ("NIP"), _ ("Origin or unit"),
                             _ ("Status") };

  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < candidates->len; i++)
        {
          const KrSelectionCandidate *row = candidates->pdata[i];

          json_builder_begin_object (builder);
          kr_tool_training_json_int (builder, "id", row->id);
          kr_tool_training_json_string (builder, "registration_number", row->registration_number);
          kr_tool_training_json_string (builder, "name", row->name);
          kr_tool_training_json_int (builder, "employee_id", row->employee_id);
          kr_tool_training_json_string (builder, "nip", row->nip);
          kr_tool_training_json_string (builder, "origin", row->origin);
          kr_tool_training_json_string (builder, "unit", row->unit_name);
          kr_tool_training_json_string (builder, "position", row->position_name);
          kr_tool_training_json_string (builder, "status",
                                        kr_candidate_status_get_code (row->status));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      kr_tool_training_json_print (builder);
      return;
    }
  table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; i < candidates->len; i++)
    {
      const KrSelectionCandidate *row = candidates->pdata[i];
      char **cells = g_new0 (char *, G_N_ELEMENTS (headings) + 1);

      cells[0] = g_strdup (row->registration_number);
      cells[1] = g_strdup (row->name);
      cells[2] = g_strdup (or_dash (row->nip));
      cells[3] = g_strdup (or_dash (row->employee_id != 0 ? row->unit_name : row->origin));
      cells[4] = g_strdup (kr_candidate_status_get_label (row->status));
      g_ptr_array_add (table, cells);
    }
  kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), table);
  /* Translators: the number of candidates listed */
  g_print (ngettext ("%u candidate\n", "%u candidates\n", candidates->len), candidates->len);
}

typedef struct
{
  char *nip;
  char *applicant;
  char *origin;
  char *applicant_nip;
  char *withdraw;
  char *reinstate;
  char *remove;
} CandidateOptions;

static void
candidate_options_clear (CandidateOptions *o)
{
  g_free (o->nip);
  g_free (o->applicant);
  g_free (o->origin);
  g_free (o->applicant_nip);
  g_free (o->withdraw);
  g_free (o->reinstate);
  g_free (o->remove);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CandidateOptions, candidate_options_clear)

static char *
check_candidate_options (const CandidateOptions *o)
{
  const char *const actions[] = { "--add-employee", "--add-applicant", "--withdraw",
                                  "--reinstate",    "--remove",        NULL };
  gboolean given[] = { o->nip != NULL, o->applicant != NULL, o->withdraw != NULL,
                       o->reinstate != NULL, o->remove != NULL };
  char *message = kr_tool_selection_check_one_action (given, actions, G_N_ELEMENTS (given));

  if (message != NULL)
    return message;
  if (o->applicant != NULL && o->origin == NULL)
    return g_strdup (_ ("--add-applicant needs --origin, the applicant’s instansi"));
  if (o->applicant == NULL && (o->origin != NULL || o->applicant_nip != NULL))
    return g_strdup (_ ("--origin and --nip go with --add-applicant"));
  return NULL;
}

/* Registers, withdraws, reinstates or removes as the options ask. */
static gboolean
change_candidate (KrDatabase *db,
                  KrSelectionRepository *selections,
                  gint64 id,
                  const CandidateOptions *o,
                  GError **error)
{
  g_autoptr (KrSelectionCandidate) candidate = kr_selection_candidate_new ();
  g_autoptr (GPtrArray) candidates = NULL;
  const char *option = o->withdraw != NULL ? "--withdraw"
                       : o->reinstate      ? "--reinstate"
                                           : "--remove";
  const char *number = o->withdraw != NULL ? o->withdraw : o->reinstate ? o->reinstate : o->remove;
  const KrSelectionCandidate *found;

  candidate->selection_id = id;
  if (o->nip != NULL || o->applicant != NULL)
    {
      if (o->nip != NULL)
        {
          g_autoptr (KrEmployee) employee = kr_tool_find_employee (db, o->nip, error);

          if (employee == NULL)
            return FALSE;
          candidate->employee_id = kr_employee_get_id (employee);
        }
      candidate->name = g_strdup (o->applicant);
      candidate->origin = g_strdup (o->origin);
      candidate->nip = g_strdup (o->applicant_nip);
      if (!kr_selection_repository_save_candidate (selections, candidate, error))
        return FALSE;
      /* Translators: the registration number given to a new candidate, then the name */
      g_print (_ ("Registered %s: %s\n"), candidate->registration_number, candidate->name);
      return TRUE;
    }
  if (number == NULL)
    return TRUE;
  if ((candidates = kr_selection_repository_list_candidates (selections, id, error)) == NULL ||
      (found = kr_tool_selection_find_candidate (candidates, option, number, error)) == NULL)
    return FALSE;
  if (o->remove != NULL)
    return kr_selection_repository_delete_candidate (selections, found->id, error);
  return kr_selection_repository_set_candidate_status (
      selections, found->id,
      o->withdraw != NULL ? KR_CANDIDATE_STATUS_WITHDRAWN : KR_CANDIDATE_STATUS_REGISTERED, error);
}

int
kr_tool_selection_candidate (int argc, char **argv)
{
  g_auto (CandidateOptions) o = { 0 };
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "add-employee", 0, 0, G_OPTION_ARG_STRING, &o.nip, N_ ("Register an employee"), N_ ("NIP") },
    { "add-applicant", 0, 0, G_OPTION_ARG_STRING, &o.applicant,
      N_ ("Register an outside applicant by name, with titles"), N_ ("NAME") },
    { "origin", 0, 0, G_OPTION_ARG_STRING, &o.origin,
      N_ ("With --add-applicant, the applicant’s instansi"), N_ ("TEXT") },
    { "nip", 0, 0, G_OPTION_ARG_STRING, &o.applicant_nip,
      N_ ("With --add-applicant, the applicant’s NIP, if a civil servant"), N_ ("NIP") },
    { "withdraw", 0, 0, G_OPTION_ARG_STRING, &o.withdraw,
      N_ ("Withdraw the candidate with this registration number"), N_ ("NUMBER") },
    { "reinstate", 0, 0, G_OPTION_ARG_STRING, &o.reinstate, N_ ("Reinstate a withdrawn candidate"),
      N_ ("NUMBER") },
    { "remove", 0, 0, G_OPTION_ARG_STRING, &o.remove,
      N_ ("Remove a candidate without scores, while registration is open"), N_ ("NUMBER") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrSelectionRepository) selections = NULL;
  g_autoptr (KrSelection) selection = NULL;
  g_autoptr (GPtrArray) candidates = NULL;
  g_autoptr (GError) error = NULL;
  gboolean writes;
  gint64 id = 0;
  int status;

  if (!kr_tool_parse_options (&candidate_command, entries, 2, &argc, &argv, &status))
    return status;
  if (kr_tool_training_parse_id (argv[2], "ID", &id, &message))
    message = check_candidate_options (&o);
  if (message != NULL)
    return kr_tool_usage_error (&candidate_command, message);
  writes = o.nip != NULL || o.applicant != NULL || o.withdraw != NULL || o.reinstate != NULL ||
           o.remove != NULL;

  db = kr_tool_training_open (argv[1], !writes, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  selections = kr_selection_repository_new (db);
  if ((selection = kr_tool_selection_get (selections, id, &error)) == NULL ||
      !change_candidate (db, selections, id, &o, &error) ||
      (candidates = kr_selection_repository_list_candidates (selections, id, &error)) == NULL)
    return kr_tool_fail (error);
  /* A registration prints the number it got; the other changes show the list. */
  if ((o.nip == NULL && o.applicant == NULL) || json)
    print_candidates (candidates, json);
  return KR_TOOL_EXIT_OK;
}
