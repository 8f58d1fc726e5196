/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-talent"

#include "config.h"

#include "kr-tool-talent-private.h"

#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* `karier-tool talent placement|assess`: one employee's place in the 9-box with its reasons,
 * and their potential assessments. */

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "-";
}

static const char *
potential_code (guint value)
{
  return kr_talent_potential_get_code (value);
}

/* placement */

static const KrToolCommand placement_command = {
  "talent placement", N_ ("DATABASE NIP"),
  N_ ("Show where an employee stands in the 9-box of a year, with the reasons, and their "
      "potential assessments"),
  NULL
};

static void
print_placement_json (const KrTalentPlacement *placement, GPtrArray *assessments)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  kr_tool_training_json_int (builder, "year", placement->year);
  kr_tool_training_json_string (builder, "status", kr_tool_talent_status_code (placement->status));
  kr_tool_training_json_string (
      builder, "performance",
      placement->has_performance ? kr_talent_performance_get_code (placement->performance) : NULL);
  kr_tool_training_json_string (
      builder, "potential",
      placement->has_potential ? kr_talent_potential_get_code (placement->potential) : NULL);
  if (placement->box > 0)
    kr_tool_training_json_int (builder, "box", placement->box);
  else
    kr_tool_training_json_string (builder, "box", NULL);
  kr_tool_training_json_bool (builder, "in_pool", placement->in_pool);
  kr_tool_training_json_string (builder, "follow_up", placement->follow_up);
  json_builder_set_member_name (builder, "reasons");
  json_builder_begin_array (builder);
  for (guint i = 0; placement->reasons != NULL && i < placement->reasons->len; i++)
    json_builder_add_string_value (builder, placement->reasons->pdata[i]);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "assessments");
  json_builder_begin_array (builder);
  for (guint i = 0; i < assessments->len; i++)
    {
      const KrTalentAssessment *assessment = assessments->pdata[i];
      g_autofree char *date = kr_tool_talent_iso (&assessment->date);

      json_builder_begin_object (builder);
      kr_tool_training_json_int (builder, "id", assessment->id);
      kr_tool_training_json_string (builder, "date", date);
      kr_tool_training_json_string (builder, "potential",
                                    kr_talent_potential_get_code (assessment->potential));
      if (assessment->has_score)
        kr_tool_training_json_double (builder, "score", assessment->score);
      else
        kr_tool_training_json_string (builder, "score", NULL);
      kr_tool_training_json_string (builder, "assessor", assessment->assessor);
      kr_tool_training_json_string (builder, "note", assessment->note);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  kr_tool_training_json_print (builder);
}

static void
print_placement_text (KrEmployee *employee,
                      const KrTalentPlacement *placement,
                      GPtrArray *assessments)
{
  g_print ("%s %s\n", kr_employee_get_nip (employee), kr_employee_get_name (employee));
  if (placement->box > 0)
    /* Translators: the year, the box number, and “(talent pool)” or nothing */
    g_print (_ ("%u: box %u%s\n"), placement->year, placement->box,
             placement->in_pool ? _ (" (talent pool)") : "");
  else
    /* Translators: the year, then why the employee is not in a box */
    g_print (_ ("%u: %s\n"), placement->year, kr_talent_status_get_label (placement->status));
  for (guint i = 0; placement->reasons != NULL && i < placement->reasons->len; i++)
    g_print ("  • %s\n", (const char *) placement->reasons->pdata[i]);
  if (placement->follow_up != NULL)
    /* Translators: the follow-up of the box, in official Indonesian */
    g_print (_ ("Follow-up: %s\n"), placement->follow_up);
  if (assessments->len == 0)
    {
      g_print ("%s\n", _ ("No potential assessment recorded."));
      return;
    }
  g_print ("%s\n", _ ("Potential assessments:"));
  for (guint i = 0; i < assessments->len; i++)
    {
      const KrTalentAssessment *assessment = assessments->pdata[i];
      g_autofree char *date = kr_tool_talent_iso (&assessment->date);
      g_autofree char *score =
          assessment->has_score ? g_strdup_printf (" %.1f", assessment->score) : g_strdup ("");

      g_print ("  %" G_GINT64_FORMAT "  %s  %s%s  %s\n", assessment->id, or_dash (date),
               kr_talent_potential_get_label (assessment->potential), score,
               or_dash (assessment->assessor));
    }
}

int
kr_tool_talent_placement (int argc, char **argv)
{
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean json = FALSE;
  g_autofree char *year_text = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_STRING, &year_text,
      N_ ("The year placed for (default: the latest with final appraisals)"), N_ ("YEAR") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTalentRepository) talent = NULL;
  g_autoptr (KrEmployee) employee = NULL;
  g_autoptr (KrTalentPlacement) placement = NULL;
  g_autoptr (GPtrArray) assessments = NULL;
  g_autoptr (GError) error = NULL;
  guint resolved;
  int status;

  if (!kr_tool_parse_options (&placement_command, entries, 2, &argc, &argv, &status))
    return status;
  if ((message = kr_tool_talent_check_year (year_text, &year)) != NULL)
    return kr_tool_usage_error (&placement_command, message);

  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  talent = kr_talent_repository_new (db);
  if ((employee = kr_tool_find_employee (db, argv[2], &error)) == NULL ||
      !kr_tool_talent_resolve_year (talent, year, &resolved, &error) ||
      (placement = kr_talent_repository_get_placement (talent, kr_employee_get_id (employee),
                                                       resolved, &error)) == NULL ||
      (assessments = kr_talent_repository_list_assessments (talent, kr_employee_get_id (employee),
                                                            &error)) == NULL)
    return kr_tool_fail (error);
  if (json)
    print_placement_json (placement, assessments);
  else
    print_placement_text (employee, placement, assessments);
  return KR_TOOL_EXIT_OK;
}

/* assess */

static const KrToolCommand assess_command = {
  "talent assess", N_ ("DATABASE NIP"),
  N_ ("Record an employee’s potential assessment (--date, --potential), or delete one "
      "(--delete ID)"),
  NULL
};

int
kr_tool_talent_assess (int argc, char **argv)
{
  g_autofree char *date_text = NULL;
  g_autofree char *potential_text = NULL;
  g_autofree char *assessor = NULL;
  g_autofree char *note = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  g_autofree char *score_text = NULL;
  g_autofree char *delete_text = NULL;
  double score = -1;
  gint64 delete_id = 0;
  const GOptionEntry entries[] = {
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_text, N_ ("The day of the assessment"),
      N_ ("DATE") },
    { "potential", 0, 0, G_OPTION_ARG_STRING, &potential_text,
      N_ ("The result on the potential axis"), N_ ("low|medium|high") },
    { "score", 0, 0, G_OPTION_ARG_STRING, &score_text, N_ ("The score behind it, 0 to 100"),
      N_ ("SCORE") },
    { "assessor", 0, 0, G_OPTION_ARG_STRING, &assessor,
      N_ ("Who assessed (assessment centre, institution)"), N_ ("TEXT") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_ ("A note"), N_ ("TEXT") },
    { "delete", 0, 0, G_OPTION_ARG_STRING, &delete_text,
      N_ ("Delete the assessment with this id (shown by talent placement) instead"), N_ ("ID") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTalentRepository) talent = NULL;
  g_autoptr (KrEmployee) employee = NULL;
  g_autoptr (KrTalentAssessment) assessment = kr_talent_assessment_new ();
  g_autoptr (GError) error = NULL;
  guint potential = 0;
  int status;

  if (!kr_tool_parse_options (&assess_command, entries, 2, &argc, &argv, &status))
    return status;
  if (!kr_tool_parse_int ("--delete", delete_text, 1, G_MAXINT64, &delete_id, &message) ||
      !kr_tool_parse_double ("--score", score_text, 0, 100, &score, &message))
    g_assert (message != NULL);
  else if (delete_text == NULL)
    {
      if (date_text == NULL)
        message = g_strdup (_ ("missing option --date"));
      else if (!kr_date_parse (date_text, &assessment->date, &error))
        /* Translators: an option such as --date, then why the date is wrong */
        message = g_strdup_printf (_ ("%s: %s"), "--date", error->message);
      else if (potential_text == NULL)
        message = g_strdup (_ ("missing option --potential"));
      else
        kr_tool_training_parse_code ("--potential", potential_text, potential_code, 0,
                                     KR_N_TALENT_POTENTIALS, &potential, &message);
    }
  if (message != NULL)
    return kr_tool_usage_error (&assess_command, message);

  db = kr_tool_training_open (argv[1], FALSE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  talent = kr_talent_repository_new (db);
  if ((employee = kr_tool_find_employee (db, argv[2], &error)) == NULL)
    return kr_tool_fail (error);
  if (delete_id > 0)
    {
      g_autoptr (KrTalentAssessment) old =
          kr_talent_repository_get_assessment (talent, delete_id, &error);

      if (old == NULL)
        return kr_tool_fail (error);
      if (old->employee_id != kr_employee_get_id (employee))
        {
          g_set_error (&error, KR_ERROR, KR_ERROR_NOT_FOUND,
                       /* Translators: an assessment id, then a NIP */
                       _ ("Assessment %lld is not one of %s’s"), (long long) delete_id,
                       kr_employee_get_nip (employee));
          return kr_tool_fail (error);
        }
      if (!kr_talent_repository_delete_assessment (talent, delete_id, &error))
        return kr_tool_fail (error);
      /* Translators: an assessment id */
      g_print (_ ("Deleted assessment %lld.\n"), (long long) delete_id);
      return KR_TOOL_EXIT_OK;
    }
  assessment->employee_id = kr_employee_get_id (employee);
  assessment->potential = potential;
  assessment->has_score = score >= 0;
  assessment->score = MAX (score, 0);
  assessment->assessor = g_steal_pointer (&assessor);
  assessment->note = g_steal_pointer (&note);
  if (!kr_talent_repository_save_assessment (talent, assessment, &error))
    return kr_tool_fail (error);
  /* Translators: an assessment id, then the employee's NIP */
  g_print (_ ("Recorded assessment %lld of %s.\n"), (long long) assessment->id,
           kr_employee_get_nip (employee));
  return KR_TOOL_EXIT_OK;
}
