/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-training"

#include "config.h"

#include "kr-tool-training-private.h"

#include "kr-error.h"
#include "kr-i18n.h"

/* `karier-tool training plan` (the proposal that brings a unit to the JP duty, and applying it)
 * and `training needs` (what the appraisals of a year say each employee needs). */

static const KrToolCommand plan_command = {
  "training plan", N_ ("DATABASE"),
  N_ ("Propose nominations that bring a unit’s employees to the JP duty of a year within its "
      "budget; --apply nominates them"),
  NULL
};

static const KrToolCommand needs_command = {
  "training needs", N_ ("DATABASE"),
  N_ ("List the employees whose final evaluation of a year is below Baik or below expectation, "
      "with the courses that address the gap"),
  NULL
};

static char *
check_unit_year (const char *unit_code, const char *year_text, int *year)
{
  char *message = kr_tool_training_check_year (year_text, year);

  if (message == NULL && unit_code == NULL)
    message = g_strdup (_ ("missing option --unit"));
  return message;
}

/* plan */

static void
print_plan_json (const KrTrainingPlan *plan)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  kr_tool_training_json_int (builder, "short", plan->n_short);
  kr_tool_training_json_int (builder, "covered", plan->n_covered);
  kr_tool_training_json_int (builder, "uncovered", plan->n_uncovered);
  kr_tool_training_json_int (builder, "total_cost", plan->total_cost);
  json_builder_set_member_name (builder, "budget_left");
  if (plan->budget_left == G_MAXINT64)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, plan->budget_left);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < plan->items->len; i++)
    {
      const KrPlanItem *item = plan->items->pdata[i];

      json_builder_begin_object (builder);
      kr_tool_training_json_string (builder, "nip", item->nip);
      kr_tool_training_json_string (builder, "name", item->name);
      kr_tool_training_json_double (builder, "gap_before", item->gap_before);
      kr_tool_training_json_int (builder, "session_id", item->session_id);
      kr_tool_training_json_string (builder, "session", item->session_name);
      kr_tool_training_json_string (builder, "course", item->course_title);
      kr_tool_training_json_string (builder, "start_date", item->start_date);
      kr_tool_training_json_int (builder, "jp", item->jp);
      kr_tool_training_json_int (builder, "cost", item->cost);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  kr_tool_training_json_print (builder);
}

static void
print_plan_text (const KrTrainingPlan *plan)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  /* Translators: column headings of `karier-tool training plan` */
  const char *headings[] = { _ ("NIP"),    _ ("Name"),  _ ("Gap"), _ ("Session"),
                             _ ("Course"), _ ("Start"), _ ("JP"),  _ ("Cost") };
  g_autofree char *total = kr_tool_training_format_money (plan->total_cost);

  for (guint i = 0; i < plan->items->len; i++)
    {
      const KrPlanItem *item = plan->items->pdata[i];
      char **cells = g_new0 (char *, G_N_ELEMENTS (headings) + 1);

      cells[0] = g_strdup (item->nip);
      cells[1] = g_strdup (item->name);
      cells[2] = kr_tool_training_format_jp (item->gap_before);
      cells[3] = g_strdup_printf ("%" G_GINT64_FORMAT " %s", item->session_id, item->session_name);
      cells[4] = g_strdup (item->course_title);
      cells[5] = g_strdup (item->start_date);
      cells[6] = g_strdup_printf ("%u", item->jp);
      cells[7] = kr_tool_training_format_money (item->cost);
      g_ptr_array_add (rows, cells);
    }
  kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), rows);
  /* Translators: numbers of employees below the duty, brought to it, and not */
  g_print (_ ("Below the duty: %u; covered by the plan: %u; not covered: %u\n"), plan->n_short,
           plan->n_covered, plan->n_uncovered);
  /* Translators: the number of nominations, then an amount such as “Rp 1.250.000” */
  g_print (ngettext ("%u nomination costing %s\n", "%u nominations costing %s\n", plan->items->len),
           plan->items->len, total);
  if (plan->budget_left == G_MAXINT64)
    g_print ("%s\n", _ ("The unit has no budget for the year: no limit"));
  else
    {
      g_autofree char *left = kr_tool_training_format_money (plan->budget_left);

      /* Translators: an amount such as “Rp 1.250.000” */
      g_print (_ ("Budget left after the plan: %s\n"), left);
    }
}

int
kr_tool_training_plan (int argc, char **argv)
{
  g_autofree char *unit_code = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean subtree = FALSE, apply = FALSE, json = FALSE;
  g_autofree char *year_text = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_ ("Plan for the employees of the unit with this code, within its budget"), N_ ("CODE") },
    { "subtree", 0, 0, G_OPTION_ARG_NONE, &subtree, N_ ("Also the employees of the units below it"),
      NULL },
    { "year", 'y', 0, G_OPTION_ARG_STRING, &year_text, N_ ("The year"), N_ ("YEAR") },
    { "apply", 0, 0, G_OPTION_ARG_NONE, &apply, N_ ("Nominate every item of the plan"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTrainingRepository) training = NULL;
  g_autoptr (KrTrainingPlan) plan = NULL;
  g_autoptr (GError) error = NULL;
  gint64 unit_id = 0;
  guint n_nominated = 0;
  int status;

  if (!kr_tool_parse_options (&plan_command, entries, 1, &argc, &argv, &status))
    return status;
  if ((message = check_unit_year (unit_code, year_text, &year)) != NULL)
    return kr_tool_usage_error (&plan_command, message);
  db = kr_tool_training_open (argv[1], !apply, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  training = kr_training_repository_new (db);
  if (!kr_tool_find_unit (db, unit_code, &unit_id, &error) ||
      (plan = kr_training_repository_propose_plan (training, unit_id, subtree, (guint) year, NULL,
                                                   &error)) == NULL)
    return kr_tool_fail (error);
  if (json)
    print_plan_json (plan);
  else
    print_plan_text (plan);
  if (!apply)
    return KR_TOOL_EXIT_OK;
  if (plan->items->len == 0)
    {
      g_printerr ("%s\n", _ ("The plan is empty; nothing was nominated."));
      return KR_TOOL_EXIT_OK;
    }
  if (!kr_training_repository_apply_plan (training, plan, &n_nominated, &error))
    return kr_tool_fail (error);
  /* Translators: the number of enrolments created; on stderr when --json is given */
  message = g_strdup_printf (ngettext ("Nominated %u enrolment from the plan.",
                                       "Nominated %u enrolments from the plan.", n_nominated),
                             n_nominated);
  if (json)
    g_printerr ("%s\n", message);
  else
    g_print ("%s\n", message);
  return KR_TOOL_EXIT_OK;
}

/* needs */

static void
print_needs_json (GPtrArray *needs)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < needs->len; i++)
    {
      const KrTrainingNeed *need = needs->pdata[i];

      json_builder_begin_object (builder);
      kr_tool_training_json_string (builder, "nip", need->nip);
      kr_tool_training_json_string (builder, "name", need->name);
      kr_tool_training_json_string (builder, "unit", need->unit);
      kr_tool_training_json_int (builder, "year", need->year);
      kr_tool_training_json_string (builder, "predikat", need->predikat_label);
      kr_tool_training_json_bool (builder, "results_below", need->results_below);
      kr_tool_training_json_bool (builder, "behaviour_below", need->behaviour_below);
      json_builder_set_member_name (builder, "courses");
      json_builder_begin_array (builder);
      for (guint c = 0; need->course_ids != NULL && c < need->course_ids->len; c++)
        {
          json_builder_begin_object (builder);
          kr_tool_training_json_int (builder, "id", g_array_index (need->course_ids, gint64, c));
          kr_tool_training_json_string (builder, "title",
                                        c < need->course_titles->len ? need->course_titles->pdata[c]
                                                                     : NULL);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  kr_tool_training_json_print (builder);
}

static void
print_needs_text (GPtrArray *needs)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  /* Translators: column headings of `karier-tool training needs` */
  const char *headings[] = { _ ("NIP"),      _ ("Name"), _ ("Unit"),
                             _ ("Predikat"), _ ("Gap"),  _ ("Courses") };

  for (guint i = 0; i < needs->len; i++)
    {
      const KrTrainingNeed *need = needs->pdata[i];
      char **cells = g_new0 (char *, G_N_ELEMENTS (headings) + 1);
      g_autoptr (GPtrArray) titles = g_ptr_array_new ();

      for (guint c = 0; need->course_titles != NULL && c < need->course_titles->len; c++)
        g_ptr_array_add (titles, need->course_titles->pdata[c]);
      g_ptr_array_add (titles, NULL);
      cells[0] = g_strdup (need->nip);
      cells[1] = g_strdup (need->name);
      cells[2] = g_strdup (need->unit != NULL ? need->unit : "-");
      cells[3] = g_strdup (need->predikat_label != NULL ? need->predikat_label : "-");
      if (need->results_below && need->behaviour_below)
        cells[4] = g_strdup (_ ("results and behaviour"));
      else if (need->results_below)
        cells[4] = g_strdup (_ ("results"));
      else if (need->behaviour_below)
        cells[4] = g_strdup (_ ("behaviour"));
      else
        cells[4] = g_strdup (_ ("predikat"));
      cells[5] = titles->len > 1 ? g_strjoinv ("; ", (char **) titles->pdata)
                                 : g_strdup (_ ("no course in the catalogue"));
      g_ptr_array_add (rows, cells);
    }
  kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), rows);
  /* Translators: the number of employees with a training need */
  g_print (ngettext ("%u employee\n", "%u employees\n", needs->len), needs->len);
}

int
kr_tool_training_needs (int argc, char **argv)
{
  g_autofree char *unit_code = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean subtree = FALSE, json = FALSE;
  g_autofree char *year_text = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code, N_ ("The unit with this code"),
      N_ ("CODE") },
    { "subtree", 0, 0, G_OPTION_ARG_NONE, &subtree, N_ ("Also the employees of the units below it"),
      NULL },
    { "year", 'y', 0, G_OPTION_ARG_STRING, &year_text, N_ ("The appraisal year"), N_ ("YEAR") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTrainingRepository) training = NULL;
  g_autoptr (GPtrArray) needs = NULL;
  g_autoptr (GError) error = NULL;
  gint64 unit_id = 0;
  int status;

  if (!kr_tool_parse_options (&needs_command, entries, 1, &argc, &argv, &status))
    return status;
  if ((message = check_unit_year (unit_code, year_text, &year)) != NULL)
    return kr_tool_usage_error (&needs_command, message);
  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  training = kr_training_repository_new (db);
  if (!kr_tool_find_unit (db, unit_code, &unit_id, &error) ||
      (needs = kr_training_repository_list_needs (training, unit_id, subtree, (guint) year,
                                                  &error)) == NULL)
    return kr_tool_fail (error);
  if (json)
    print_needs_json (needs);
  else
    print_needs_text (needs);
  return KR_TOOL_EXIT_OK;
}
