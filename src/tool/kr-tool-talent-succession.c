/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-talent"

#include "config.h"

#include "kr-tool-talent-private.h"

#include <string.h>

#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* `karier-tool talent succession …`: key positions, their succession plans and successors. */

static const KrToolCommand succession_command = {
  "talent succession", N_ ("positions|list|plan|suggest|add|move|remove DATABASE [ARGUMENT…]"),
  N_ ("Work with succession: key positions, their plans with holder and successors, suggested "
      "successors from the talent pool, adding, reordering and removing successors"),
  NULL
};

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "-";
}

static const char *
readiness_code (guint value)
{
  return kr_successor_readiness_get_code (value);
}

static const char *
gap_code (KrSuccessionGap gap)
{
  switch (gap)
    {
    case KR_SUCCESSION_GAP_NONE:
      return "none";
    case KR_SUCCESSION_GAP_NO_SUCCESSOR:
      return "no_successor";
    case KR_SUCCESSION_GAP_NONE_READY:
      return "none_ready";
    case KR_N_SUCCESSION_GAPS:
    default:
      return NULL;
    }
}

static gboolean
parse_id (const char *text, const char *name, gint64 *id, char **message)
{
  return kr_tool_training_parse_id (text, name, id, message);
}

/* positions */

static const KrToolCommand positions_command = {
  "talent succession positions", N_ ("DATABASE"),
  N_ ("List the key positions (JPT, administrator, unit heads) and whether they have a plan"), NULL
};

static int
run_positions (int argc, char **argv)
{
  g_autofree char *unit_code = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean subtree = FALSE, without_plan = FALSE, json = FALSE;
  const GOptionEntry entries[] = {
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_ ("Only the positions of the unit with this code (default: every unit)"), N_ ("CODE") },
    { "subtree", 0, 0, G_OPTION_ARG_NONE, &subtree,
      N_ ("With --unit, also the positions of the units below it"), NULL },
    { "without-plan", 0, 0, G_OPTION_ARG_NONE, &without_plan,
      N_ ("Only the positions that have no plan yet"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTalentRepository) talent = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  gint64 unit_id = 0;
  int status;

  if (!kr_tool_parse_options (&positions_command, entries, 1, &argc, &argv, &status))
    return status;
  if ((message = kr_tool_talent_check_unit (unit_code, subtree)) != NULL)
    return kr_tool_usage_error (&positions_command, message);
  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  talent = kr_talent_repository_new (db);
  if ((unit_code != NULL && !kr_tool_find_unit (db, unit_code, &unit_id, &error)) ||
      (rows = kr_talent_repository_list_key_positions (
           talent, unit_id, unit_code == NULL || subtree, without_plan, &error)) == NULL)
    return kr_tool_fail (error);
  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < rows->len; i++)
        {
          const KrKeyPosition *row = rows->pdata[i];

          json_builder_begin_object (builder);
          kr_tool_training_json_int (builder, "position_id", row->position_id);
          kr_tool_training_json_string (builder, "position", row->position_name);
          kr_tool_training_json_string (builder, "unit", row->unit_name);
          kr_tool_training_json_bool (builder, "is_head", row->is_head);
          if (row->plan_id != 0)
            kr_tool_training_json_int (builder, "plan_id", row->plan_id);
          else
            kr_tool_training_json_string (builder, "plan_id", NULL);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      kr_tool_training_json_print (builder);
    }
  else
    {
      g_autoptr (GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      /* Translators: column headings of `karier-tool talent succession positions` */
      const char *headings[] = { _ ("ID"), _ ("Position"), _ ("Kind"), _ ("Unit"), _ ("Plan") };

      for (guint i = 0; i < rows->len; i++)
        {
          const KrKeyPosition *row = rows->pdata[i];
          char **cells = g_new0 (char *, G_N_ELEMENTS (headings) + 1);

          cells[0] = g_strdup_printf ("%lld", (long long) row->position_id);
          cells[1] = g_strdup (or_dash (row->position_name));
          cells[2] = g_strdup (kr_position_kind_get_label (row->position_kind));
          cells[3] = g_strdup (or_dash (row->unit_name));
          cells[4] = row->plan_id != 0 ? g_strdup_printf ("%lld", (long long) row->plan_id)
                                       : g_strdup ("-");
          g_ptr_array_add (table, cells);
        }
      kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), table);
      /* Translators: the number of key positions listed */
      g_print (ngettext ("%u key position\n", "%u key positions\n", rows->len), rows->len);
    }
  return KR_TOOL_EXIT_OK;
}

/* list */

static const KrToolCommand list_command = {
  "talent succession list", N_ ("DATABASE"),
  N_ ("List the succession plans: each key position with its holder, the holder’s retirement, "
      "the successors in order with their readiness, and the gaps"),
  NULL
};

static void
json_successor (JsonBuilder *builder, const KrSuccessor *successor)
{
  json_builder_begin_object (builder);
  kr_tool_training_json_int (builder, "id", successor->id);
  kr_tool_training_json_int (builder, "employee_id", successor->employee_id);
  kr_tool_training_json_string (builder, "nip", successor->nip);
  kr_tool_training_json_string (builder, "name", successor->name);
  kr_tool_training_json_string (builder, "unit", successor->unit_name);
  kr_tool_training_json_string (builder, "position", successor->position_name);
  kr_tool_training_json_string (builder, "golongan",
                                successor->has_golongan ? kr_rank_get_golongan (successor->golongan)
                                                        : NULL);
  kr_tool_training_json_int (builder, "rank", successor->rank);
  kr_tool_training_json_string (builder, "readiness",
                                kr_successor_readiness_get_code (successor->readiness));
  kr_tool_training_json_string (builder, "suggested",
                                kr_successor_readiness_get_code (successor->suggested));
  if (successor->box > 0)
    kr_tool_training_json_int (builder, "box", successor->box);
  else
    kr_tool_training_json_string (builder, "box", NULL);
  kr_tool_training_json_bool (builder, "excluded", successor->excluded);
  kr_tool_training_json_string (builder, "gaps", successor->gaps);
  json_builder_end_object (builder);
}

static void
print_plans_json (GPtrArray *plans)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < plans->len; i++)
    {
      const KrSuccessionPlan *plan = plans->pdata[i];
      g_autofree char *retirement = g_date_valid (&plan->holder_retirement)
                                        ? kr_date_format_iso (&plan->holder_retirement)
                                        : NULL;

      json_builder_begin_object (builder);
      kr_tool_training_json_int (builder, "id", plan->id);
      kr_tool_training_json_int (builder, "position_id", plan->position_id);
      kr_tool_training_json_string (builder, "position", plan->position_name);
      kr_tool_training_json_string (builder, "unit", plan->unit_name);
      kr_tool_training_json_string (builder, "holder_nip", plan->holder_nip);
      kr_tool_training_json_string (builder, "holder_name", plan->holder_name);
      kr_tool_training_json_string (builder, "holder_retirement", retirement);
      kr_tool_training_json_int (builder, "ready_now", plan->n_ready_now);
      kr_tool_training_json_string (builder, "gap", gap_code (plan->gap));
      kr_tool_training_json_string (builder, "note", plan->note);
      json_builder_set_member_name (builder, "successors");
      json_builder_begin_array (builder);
      for (guint s = 0; plan->successors != NULL && s < plan->successors->len; s++)
        json_successor (builder, plan->successors->pdata[s]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  kr_tool_training_json_print (builder);
}

static void
print_plans_text (GPtrArray *plans)
{
  guint n_gaps = 0;

  for (guint i = 0; i < plans->len; i++)
    {
      const KrSuccessionPlan *plan = plans->pdata[i];
      g_autofree char *retirement = g_date_valid (&plan->holder_retirement)
                                        ? kr_date_format_iso (&plan->holder_retirement)
                                        : NULL;

      g_print ("%s[%lld] %s — %s\n", i > 0 ? "\n" : "", (long long) plan->id,
               or_dash (plan->position_name), or_dash (plan->unit_name));
      if (plan->holder_id != 0)
        /* Translators: the holder's NIP and name, then their retirement date */
        g_print (_ ("  Holder: %s %s, retires %s\n"), or_dash (plan->holder_nip),
                 or_dash (plan->holder_name), or_dash (retirement));
      else
        g_print ("  %s\n", _ ("Holder: vacant"));
      for (guint s = 0; plan->successors != NULL && s < plan->successors->len; s++)
        {
          const KrSuccessor *successor = plan->successors->pdata[s];

          g_print ("  %u. [%lld] %s %s — %s", successor->rank, (long long) successor->id,
                   or_dash (successor->nip), or_dash (successor->name),
                   kr_successor_readiness_get_label (successor->readiness));
          if (successor->box > 0)
            /* Translators: a box number of the 9-box */
            g_print (_ (", box %u"), successor->box);
          if (successor->excluded)
            g_print (", %s", _ ("excluded for discipline"));
          g_print ("\n");
        }
      if (plan->gap != KR_SUCCESSION_GAP_NONE)
        {
          n_gaps++;
          /* Translators: a succession gap such as “No successor ready” */
          g_print (_ ("  Gap: %s\n"), kr_succession_gap_get_label (plan->gap));
        }
    }
  if (plans->len > 0)
    g_print ("\n");
  /* Translators: the number of plans, then how many have a gap */
  g_print (ngettext ("%u plan, ", "%u plans, ", plans->len), plans->len);
  g_print (ngettext ("%u with a gap\n", "%u with a gap\n", n_gaps), n_gaps);
}

static int
run_list (int argc, char **argv)
{
  g_autofree char *unit_code = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean subtree = FALSE, gaps = FALSE, json = FALSE;
  const GOptionEntry entries[] = {
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_ ("Only the positions of the unit with this code (default: every unit)"), N_ ("CODE") },
    { "subtree", 0, 0, G_OPTION_ARG_NONE, &subtree,
      N_ ("With --unit, also the positions of the units below it"), NULL },
    { "gaps", 0, 0, G_OPTION_ARG_NONE, &gaps,
      N_ ("Only the plans with a gap (no successor, none ready now)"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTalentRepository) talent = NULL;
  g_autoptr (GPtrArray) plans = NULL;
  g_autoptr (GError) error = NULL;
  gint64 unit_id = 0;
  int status;

  if (!kr_tool_parse_options (&list_command, entries, 1, &argc, &argv, &status))
    return status;
  if ((message = kr_tool_talent_check_unit (unit_code, subtree)) != NULL)
    return kr_tool_usage_error (&list_command, message);
  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  talent = kr_talent_repository_new (db);
  if ((unit_code != NULL && !kr_tool_find_unit (db, unit_code, &unit_id, &error)) ||
      (plans = kr_talent_repository_list_plans (talent, unit_id, unit_code == NULL || subtree, gaps,
                                                &error)) == NULL)
    return kr_tool_fail (error);
  if (json)
    print_plans_json (plans);
  else
    print_plans_text (plans);
  return KR_TOOL_EXIT_OK;
}

/* plan */

static const KrToolCommand plan_command = {
  "talent succession plan", N_ ("DATABASE POSITION"),
  N_ ("Make a succession plan for a key position (its id, from talent succession positions), "
      "or with --delete delete the plan of that position"),
  NULL
};

static int
run_plan (int argc, char **argv)
{
  g_autofree char *note = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean delete = FALSE;
  const GOptionEntry entries[] = {
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_ ("A note on the plan"), N_ ("TEXT") },
    { "delete", 0, 0, G_OPTION_ARG_NONE, &delete,
      N_ ("Delete the position’s plan and its successors instead"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTalentRepository) talent = NULL;
  g_autoptr (GError) error = NULL;
  gint64 position_id = 0, plan_id = 0;
  int status;

  if (!kr_tool_parse_options (&plan_command, entries, 2, &argc, &argv, &status))
    return status;
  if (!parse_id (argv[2], "POSITION", &position_id, &message))
    return kr_tool_usage_error (&plan_command, message);
  db = kr_tool_training_open (argv[1], FALSE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  talent = kr_talent_repository_new (db);
  if (delete)
    {
      g_autoptr (GPtrArray) positions =
          kr_talent_repository_list_key_positions (talent, 0, TRUE, FALSE, &error);

      if (positions == NULL)
        return kr_tool_fail (error);
      for (guint i = 0; i < positions->len; i++)
        if (((KrKeyPosition *) positions->pdata[i])->position_id == position_id)
          plan_id = ((KrKeyPosition *) positions->pdata[i])->plan_id;
      if (plan_id == 0)
        {
          /* Translators: a position id */
          g_set_error (&error, KR_ERROR, KR_ERROR_NOT_FOUND,
                       _ ("Position %lld has no succession plan"), (long long) position_id);
          return kr_tool_fail (error);
        }
      if (!kr_talent_repository_delete_plan (talent, plan_id, &error))
        return kr_tool_fail (error);
      /* Translators: a plan id */
      g_print (_ ("Deleted succession plan %lld.\n"), (long long) plan_id);
      return KR_TOOL_EXIT_OK;
    }
  if (!kr_talent_repository_create_plan (talent, position_id, note, &plan_id, &error))
    return kr_tool_fail (error);
  /* Translators: a plan id */
  g_print (_ ("Created succession plan %lld.\n"), (long long) plan_id);
  return KR_TOOL_EXIT_OK;
}

/* suggest */

static const KrToolCommand suggest_command = {
  "talent succession suggest", N_ ("DATABASE PLAN"),
  N_ ("Suggest successors for a plan from the talent pool of a year: best potential and "
      "performance first, with the readiness the rules suggest and what each still lacks"),
  NULL
};

static int
run_suggest (int argc, char **argv)
{
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean json = FALSE;
  g_autofree char *year_text = NULL;
  int year = 0, limit = 20;
  const GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_STRING, &year_text,
      N_ ("The year of the pool (default: the latest with final appraisals)"), N_ ("YEAR") },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, N_ ("At most this many (default 20)"), N_ ("N") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTalentRepository) talent = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  gint64 plan_id = 0;
  guint resolved;
  int status;

  if (!kr_tool_parse_options (&suggest_command, entries, 2, &argc, &argv, &status))
    return status;
  if (!parse_id (argv[2], "PLAN", &plan_id, &message) ||
      (message = kr_tool_talent_check_year (year_text, &year)) != NULL)
    return kr_tool_usage_error (&suggest_command, message);
  if (limit < 1 || limit > 500)
    return kr_tool_usage_error (&suggest_command, _ ("--limit: give a number from 1 to 500"));
  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  talent = kr_talent_repository_new (db);
  if (!kr_tool_talent_resolve_year (talent, year, &resolved, &error) ||
      (rows = kr_talent_repository_suggest_successors (talent, plan_id, resolved, (guint) limit,
                                                       &error)) == NULL)
    return kr_tool_fail (error);
  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < rows->len; i++)
        json_successor (builder, rows->pdata[i]);
      json_builder_end_array (builder);
      kr_tool_training_json_print (builder);
      return KR_TOOL_EXIT_OK;
    }
  {
    g_autoptr (GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
    /* Translators: column headings of `karier-tool talent succession suggest` */
    const char *headings[] = { _ ("NIP"), _ ("Name"),      _ ("Gol."),       _ ("Unit"),
                               _ ("Box"), _ ("Readiness"), _ ("Still lacks") };

    for (guint i = 0; i < rows->len; i++)
      {
        const KrSuccessor *row = rows->pdata[i];
        char **cells = g_new0 (char *, G_N_ELEMENTS (headings) + 1);

        cells[0] = g_strdup (or_dash (row->nip));
        cells[1] = g_strdup (or_dash (row->name));
        cells[2] = g_strdup (row->has_golongan ? kr_rank_get_golongan (row->golongan) : "-");
        cells[3] = g_strdup (or_dash (row->unit_name));
        cells[4] = row->box > 0 ? g_strdup_printf ("%u", row->box) : g_strdup ("-");
        cells[5] = g_strdup (kr_successor_readiness_get_label (row->suggested));
        cells[6] = g_strdup (or_dash (row->gaps));
        g_ptr_array_add (table, cells);
      }
    kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), table);
    /* Translators: the number of suggested successors, then the year of the pool */
    g_print (ngettext ("%u suggestion from the talent pool of %u\n",
                       "%u suggestions from the talent pool of %u\n", rows->len),
             rows->len, resolved);
  }
  return KR_TOOL_EXIT_OK;
}

/* add */

static const KrToolCommand add_command = {
  "talent succession add", N_ ("DATABASE PLAN NIP"),
  N_ ("Add an employee to a plan’s successors (--rank, default last), with a readiness "
      "(default: the one the rules suggest)"),
  NULL
};

static int
run_add (int argc, char **argv)
{
  g_autofree char *readiness_text = NULL;
  g_autofree char *gaps = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  g_autofree char *rank_text = NULL;
  gint64 rank = 0;
  const GOptionEntry entries[] = {
    { "readiness", 0, 0, G_OPTION_ARG_STRING, &readiness_text,
      N_ ("How soon they could take the position (default: as the rules suggest)"),
      N_ ("now|one_to_two_years|three_years") },
    { "rank", 0, 0, G_OPTION_ARG_STRING, &rank_text,
      N_ ("Their place among the successors, 1 first (default: last)"), N_ ("N") },
    { "gaps", 0, 0, G_OPTION_ARG_STRING, &gaps, N_ ("What they still lack"), N_ ("TEXT") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTalentRepository) talent = NULL;
  g_autoptr (KrEmployee) employee = NULL;
  g_autoptr (GError) error = NULL;
  gint64 plan_id = 0, id = 0;
  guint readiness = KR_SUCCESSOR_READINESS_THREE_YEARS;
  int status;

  if (!kr_tool_parse_options (&add_command, entries, 3, &argc, &argv, &status))
    return status;
  if (!parse_id (argv[2], "PLAN", &plan_id, &message) ||
      (readiness_text != NULL &&
       !kr_tool_training_parse_code ("--readiness", readiness_text, readiness_code, 0,
                                     KR_N_SUCCESSOR_READINESS, &readiness, &message)))
    return kr_tool_usage_error (&add_command, message);
  /* Not given (0) is last; a rank given starts at 1. */
  if (!kr_tool_parse_int ("--rank", rank_text, 1, G_MAXINT, &rank, &message))
    return kr_tool_usage_error (&add_command, message);
  db = kr_tool_training_open (argv[1], FALSE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  talent = kr_talent_repository_new (db);
  if ((employee = kr_tool_find_employee (db, argv[3], &error)) == NULL)
    return kr_tool_fail (error);
  if (readiness_text == NULL)
    {
      /* The readiness the rules suggest: from the suggestions when the employee is among them.
       * Their gaps are not copied: they are sentences in the user's language, and the stored
       * gaps are printed in the Indonesian documents. */
      g_autoptr (GPtrArray) suggestions = NULL;
      guint year;

      if (!kr_talent_repository_get_latest_year (talent, &year, &error) ||
          (suggestions = kr_talent_repository_suggest_successors (talent, plan_id, year, 500,
                                                                  &error)) == NULL)
        return kr_tool_fail (error);
      for (guint i = 0; i < suggestions->len; i++)
        {
          const KrSuccessor *suggestion = suggestions->pdata[i];

          if (suggestion->employee_id == kr_employee_get_id (employee))
            readiness = suggestion->suggested;
        }
    }
  if (!kr_talent_repository_add_successor (talent, plan_id, kr_employee_get_id (employee),
                                           readiness, (guint) rank, gaps, &id, &error))
    return kr_tool_fail (error);
  /* Translators: a successor id, the NIP, then a readiness such as “Ready now” */
  g_print (_ ("Added successor %lld: %s, %s.\n"), (long long) id, kr_employee_get_nip (employee),
           kr_successor_readiness_get_label (readiness));
  return KR_TOOL_EXIT_OK;
}

/* move, remove */

static const KrToolCommand move_command = {
  "talent succession move", N_ ("DATABASE SUCCESSOR RANK"),
  N_ ("Move a successor (its id, from talent succession list) to another place in its plan"), NULL
};

static const KrToolCommand remove_command = {
  "talent succession remove", N_ ("DATABASE SUCCESSOR"),
  N_ ("Remove a successor (its id, from talent succession list) from its plan"), NULL
};

static int
run_move_or_remove (const KrToolCommand *command, int argc, char **argv)
{
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  const GOptionEntry entries[] = {
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  gboolean move = command == &move_command;
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTalentRepository) talent = NULL;
  g_autoptr (GError) error = NULL;
  gint64 id = 0, rank = 0;
  int status;

  if (!kr_tool_parse_options (command, entries, move ? 3 : 2, &argc, &argv, &status))
    return status;
  if (!parse_id (argv[2], "SUCCESSOR", &id, &message) ||
      (move && !parse_id (argv[3], "RANK", &rank, &message)))
    return kr_tool_usage_error (command, message);
  db = kr_tool_training_open (argv[1], FALSE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  talent = kr_talent_repository_new (db);
  if (move
          ? !kr_talent_repository_move_successor (talent, id, (guint) MIN (rank, G_MAXUINT), &error)
          : !kr_talent_repository_remove_successor (talent, id, &error))
    return kr_tool_fail (error);
  if (move)
    /* Translators: a successor id, then their new place */
    g_print (_ ("Moved successor %lld to %lld.\n"), (long long) id, (long long) rank);
  else
    /* Translators: a successor id */
    g_print (_ ("Removed successor %lld.\n"), (long long) id);
  return KR_TOOL_EXIT_OK;
}

static int
run_move (int argc, char **argv)
{
  return run_move_or_remove (&move_command, argc, argv);
}

static int
run_remove (int argc, char **argv)
{
  return run_move_or_remove (&remove_command, argc, argv);
}

static const KrToolSubcommand subcommands[] = {
  { "positions", run_positions }, { "list", run_list }, { "plan", run_plan },
  { "suggest", run_suggest },     { "add", run_add },   { "move", run_move },
  { "remove", run_remove },
};

int
kr_tool_talent_succession (int argc, char **argv)
{
  return kr_tool_training_dispatch (&succession_command, subcommands, G_N_ELEMENTS (subcommands),
                                    argc, argv);
}
