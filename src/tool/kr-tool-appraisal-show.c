/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-appraisal"

#include "config.h"

#include "kr-tool-appraisal-private.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* `karier-tool appraisal list` and `appraisal show`, read-only, as text or JSON. The JSON
 * uses codes ("final", "baik") and numbers, so that scripts need no translations. */

static const KrToolCommand list_command = {
  "appraisal list", N_ ("DATABASE"),
  N_ ("List the evaluations of a year, by unit and name, as a table or JSON"), NULL
};

static const KrToolCommand show_command = {
  "appraisal show", N_ ("DATABASE"),
  N_ ("Show an employee’s appraisal of a year: plan, evaluations, ratings, predikat and every "
      "workflow step"),
  NULL
};

static void
add_string (JsonBuilder *builder, const char *name, const char *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_int (JsonBuilder *builder, const char *name, gint64 value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_date (JsonBuilder *builder, const char *name, const GDate *date)
{
  g_autofree char *text = g_date_valid (date) ? kr_date_format_iso (date) : NULL;

  add_string (builder, name, text);
}

static void
print_json (JsonBuilder *builder)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* list */

/* --state: codes separated by commas, as a mask of (1 << KrAppraisalState). */
static gboolean
parse_states (const char *text, guint *mask, char **message)
{
  g_auto (GStrv) codes = g_strsplit (text, ",", -1);

  *mask = 0;
  for (guint i = 0; codes[i] != NULL; i++)
    {
      KrAppraisalState state;

      if (!kr_appraisal_state_from_code (g_strstrip (codes[i]), &state))
        {
          /* Translators: %s is what the user typed; the states are codes, not translated */
          *message = g_strdup_printf (_ ("--state “%s”: use draft, submitted, reviewed, final or "
                                         "objected, or several separated by commas"),
                                      codes[i]);
          return FALSE;
        }
      *mask |= 1u << state;
    }
  return TRUE;
}

static guint
text_width (const char *text)
{
  return text != NULL ? (guint) g_utf8_strlen (text, -1) : 0;
}

#define N_COLUMNS 6

static void
print_cells (char **cells, const guint *widths)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      const char *text = cells[c] != NULL ? cells[c] : "";

      if (c + 1 < N_COLUMNS)
        g_print ("%s%*s", text, (int) (widths[c] - text_width (text) + 2), "");
      else
        g_print ("%s\n", text);
    }
}

static void
print_rows_text (GPtrArray *rows)
{
  g_autoptr (GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  guint widths[N_COLUMNS] = { 0 };
  char *headings[N_COLUMNS] = {
    /* Translators: column headings of `karier-tool appraisal list` */
    _ ("NIP"), _ ("Name"), _ ("Unit"), _ ("Period"), _ ("State"), _ ("Predikat"),
  };

  for (guint i = 0; i < rows->len; i++)
    {
      const KrAppraisalRow *row = rows->pdata[i];
      char **cells = g_new0 (char *, N_COLUMNS + 1);

      cells[0] = g_strdup (row->nip);
      cells[1] = g_strdup (row->name);
      cells[2] = g_strdup (row->unit_name != NULL ? row->unit_name : "-");
      cells[3] = kr_tool_appraisal_dup_period_label (row->cycle, row->period);
      cells[4] = g_strdup (kr_appraisal_state_get_label (row->state));
      cells[5] = g_strdup (row->has_predikat ? kr_predikat_get_label (row->predikat) : "-");
      g_ptr_array_add (table, cells);
    }
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      widths[c] = text_width (headings[c]);
      for (guint i = 0; i < table->len; i++)
        widths[c] = MAX (widths[c], text_width (((char **) table->pdata[i])[c]));
    }
  print_cells (headings, widths);
  for (guint i = 0; i < table->len; i++)
    print_cells (table->pdata[i], widths);
  /* Translators: the number of evaluations listed */
  g_print (ngettext ("%u evaluation\n", "%u evaluations\n", rows->len), rows->len);
}

static void
print_rows_json (GPtrArray *rows)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      const KrAppraisalRow *row = rows->pdata[i];

      json_builder_begin_object (builder);
      add_string (builder, "nip", row->nip);
      add_string (builder, "name", row->name);
      add_string (builder, "position", row->position_name);
      add_string (builder, "unit", row->unit_name);
      add_string (builder, "appraiser", row->appraiser_name);
      add_int (builder, "year", row->year);
      add_string (builder, "cycle", kr_appraisal_cycle_get_code (row->cycle));
      add_int (builder, "period", row->period);
      add_string (builder, "state", kr_appraisal_state_get_code (row->state));
      add_string (builder, "predikat",
                  row->has_predikat ? kr_predikat_get_code (row->predikat) : NULL);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  print_json (builder);
}

int
kr_tool_appraisal_list (int argc, char **argv)
{
  g_autofree char *unit_code = NULL;
  g_autofree char *period_text = NULL;
  g_autofree char *state_text = NULL;
  g_autofree char *search = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean json = FALSE;
  g_autofree char *year_text = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_STRING, &year_text, N_ ("The appraisal year"), N_ ("YEAR") },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text,
      N_ ("Only this evaluation: annual or 0, or the period from 1 (default: every one)"),
      N_ ("PERIOD") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_ ("Only the unit with this code and the units below it"), N_ ("CODE") },
    { "state", 0, 0, G_OPTION_ARG_STRING, &state_text,
      N_ ("Only evaluations in these states: draft, submitted, reviewed, final, objected"),
      N_ ("STATE[,STATE…]") },
    { "search", 's', 0, G_OPTION_ARG_STRING, &search,
      N_ ("Only employees whose name or NIP starts with TEXT"), N_ ("TEXT") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON instead of a table"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  KrAppraisalQuery query = { .period = -1 };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrAppraisalRepository) appraisals = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  guint period;
  int status;

  if (!kr_tool_parse_options (&list_command, entries, 1, &argc, &argv, &status))
    return status;
  message = kr_tool_appraisal_check_year (year_text, &year);
  if (message == NULL && period_text != NULL && !kr_tool_parse_period (period_text, &period))
    message = g_strdup_printf (_ ("--period “%s”: use annual (or 0) for the annual evaluation, "
                                  "or a period from 1 to 12"),
                               period_text);
  else if (message == NULL && period_text != NULL)
    query.period = (int) period;
  if (message == NULL && state_text != NULL)
    parse_states (state_text, &query.states, &message);
  if (message != NULL)
    return kr_tool_usage_error (&list_command, message);
  query.year = (guint) year;
  query.search = search;

  db = kr_tool_appraisal_open (argv[1], TRUE, as_user, &error);
  if (db == NULL ||
      (unit_code != NULL && !kr_tool_find_unit (db, unit_code, &query.unit_id, &error)))
    return kr_tool_fail (error);
  appraisals = kr_appraisal_repository_new (db);
  rows = kr_appraisal_repository_list (appraisals, &query, 0, G_MAXINT, &error);
  if (rows == NULL)
    return kr_tool_fail (error);
  if (json)
    print_rows_json (rows);
  else
    print_rows_text (rows);
  return KR_TOOL_EXIT_OK;
}

/* show */

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "-";
}

static void
print_person_text (const char *what, const KrAppraisalPerson *person)
{
  if (person->employee_id == 0)
    g_print ("%s: -\n", what);
  else
    g_print ("%s: %s (%s), %s, %s\n", what, person->name, person->nip,
             or_dash (person->position_name), or_dash (person->unit_name));
}

static void
print_results_text (GPtrArray *results, gboolean with_realisation)
{
  for (KrResultKind kind = 0; kind < KR_N_RESULT_KINDS; kind++)
    {
      guint number = 0;

      for (guint i = 0; i < results->len; i++)
        {
          const KrAppraisalResult *result = results->pdata[i];

          if (result->kind != kind)
            continue;
          if (number == 0)
            g_print ("  %s\n", kr_result_kind_get_label (kind));
          g_print ("    %u. %s\n", ++number, result->result);
          if (result->leader_result != NULL)
            g_print ("       %s: %s\n", _ ("Leader’s result"), result->leader_result);
          for (guint j = 0; j < result->indicators->len; j++)
            {
              const KrAppraisalIndicator *indicator = result->indicators->pdata[j];

              g_print ("       - %s: %s (%s: %s)\n", kr_aspect_get_label (indicator->aspect),
                       indicator->indicator, _ ("target"), indicator->target);
            }
          if (with_realisation)
            {
              g_print ("       %s: %s\n", _ ("Realisation"), or_dash (result->realisation));
              g_print ("       %s: %s\n", _ ("Feedback"), or_dash (result->feedback));
            }
        }
    }
}

static gboolean
print_evaluation_text (KrAppraisalRepository *appraisals,
                       const KrAppraisal *plan,
                       const KrAppraisalEvaluation *evaluation,
                       GError **error)
{
  g_autofree char *label = kr_tool_appraisal_dup_period_label (plan->cycle, evaluation->period);
  g_autoptr (GPtrArray) transitions =
      kr_appraisal_repository_list_transitions (appraisals, evaluation->id, error);

  if (transitions == NULL)
    return FALSE;
  g_print ("\n%s: %s\n", label, kr_appraisal_state_get_label (evaluation->state));
  g_print ("  %s: %s\n", _ ("Work results rating"),
           evaluation->has_results_rating ? kr_rating_get_label (evaluation->results_rating) : "-");
  g_print ("  %s: %s\n", _ ("Work behaviour rating"),
           evaluation->has_behaviour_rating ? kr_rating_get_label (evaluation->behaviour_rating)
                                            : "-");
  g_print ("  %s: %s\n", _ ("Predikat"),
           evaluation->has_predikat ? kr_predikat_get_label (evaluation->predikat) : "-");
  if (evaluation->notes != NULL)
    g_print ("  %s: %s\n", _ ("Notes"), evaluation->notes);
  if (evaluation->objection != NULL)
    g_print ("  %s: %s\n", _ ("Objection"), evaluation->objection);
  if (evaluation->decision != NULL)
    g_print ("  %s: %s\n", _ ("Decision"), evaluation->decision);
  for (guint i = 0; i < transitions->len; i++)
    {
      const KrAppraisalTransition *step = transitions->pdata[i];

      g_print ("  %s  %s → %s  %s%s%s\n", step->at, kr_appraisal_state_get_label (step->from),
               kr_appraisal_state_get_label (step->to), or_dash (step->user_name),
               step->reason != NULL ? "  " : "", step->reason != NULL ? step->reason : "");
    }
  return TRUE;
}

static gboolean
print_text (KrAppraisalRepository *appraisals,
            const KrAppraisalSheet *sheet,
            GPtrArray *evaluations,
            GError **error)
{
  const KrAppraisal *plan = sheet->plan;
  char start[KR_DATE_ISO_LENGTH + 1], end[KR_DATE_ISO_LENGTH + 1];

  kr_date_format_iso_buf (&plan->start, start);
  kr_date_format_iso_buf (&plan->end, end);
  /* Translators: a name, a NIP, then a year */
  g_print (_ ("Appraisal of %s (%s) for %u\n"), sheet->employee.name, sheet->employee.nip,
           plan->year);
  g_print ("%s: %s – %s, %s\n", _ ("Period"), start, end,
           kr_appraisal_cycle_get_label (plan->cycle));
  print_person_text (_ ("Employee"), &sheet->employee);
  print_person_text (_ ("Appraiser"), &sheet->appraiser);
  print_person_text (_ ("Senior appraiser"), &sheet->senior_appraiser);
  g_print ("\n%s\n", _ ("Plan"));
  print_results_text (plan->results, FALSE);
  /* Official terms, not translated. */
  g_print ("  Perilaku Kerja: Ekspektasi Khusus Pimpinan\n");
  for (KrBehaviour b = 0; b < KR_N_BEHAVIOURS; b++)
    g_print ("    %s: %s\n", kr_behaviour_get_label (b), or_dash (plan->expectations[b]));
  for (guint i = 0; i < evaluations->len; i++)
    {
      if (!print_evaluation_text (appraisals, plan, evaluations->pdata[i], error))
        return FALSE;
    }
  return TRUE;
}

static void
add_person_json (JsonBuilder *builder, const char *name, const KrAppraisalPerson *person)
{
  json_builder_set_member_name (builder, name);
  if (person->employee_id == 0)
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  add_string (builder, "nip", person->nip);
  add_string (builder, "name", person->name);
  add_string (builder, "golongan", person->golongan_label);
  add_string (builder, "position", person->position_name);
  add_string (builder, "unit", person->unit_name);
  json_builder_end_object (builder);
}

static void
add_results_json (JsonBuilder *builder, GPtrArray *results, gboolean with_realisation)
{
  json_builder_set_member_name (builder, "results");
  json_builder_begin_array (builder);
  for (guint i = 0; i < results->len; i++)
    {
      const KrAppraisalResult *result = results->pdata[i];

      json_builder_begin_object (builder);
      add_string (builder, "kind", kr_result_kind_get_code (result->kind));
      add_string (builder, "result", result->result);
      add_string (builder, "leader_result", result->leader_result);
      if (with_realisation)
        {
          add_string (builder, "realisation", result->realisation);
          add_string (builder, "feedback", result->feedback);
        }
      else
        {
          json_builder_set_member_name (builder, "indicators");
          json_builder_begin_array (builder);
          for (guint j = 0; j < result->indicators->len; j++)
            {
              const KrAppraisalIndicator *indicator = result->indicators->pdata[j];

              json_builder_begin_object (builder);
              add_string (builder, "aspect", kr_aspect_get_code (indicator->aspect));
              add_string (builder, "indicator", indicator->indicator);
              add_string (builder, "target", indicator->target);
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static gboolean
add_evaluation_json (JsonBuilder *builder,
                     KrAppraisalRepository *appraisals,
                     const KrAppraisalEvaluation *evaluation,
                     GError **error)
{
  g_autoptr (GPtrArray) transitions =
      kr_appraisal_repository_list_transitions (appraisals, evaluation->id, error);

  if (transitions == NULL)
    return FALSE;
  json_builder_begin_object (builder);
  add_int (builder, "period", evaluation->period);
  add_string (builder, "state", kr_appraisal_state_get_code (evaluation->state));
  add_string (builder, "results_rating",
              evaluation->has_results_rating ? kr_rating_get_code (evaluation->results_rating)
                                             : NULL);
  add_string (builder, "behaviour_rating",
              evaluation->has_behaviour_rating ? kr_rating_get_code (evaluation->behaviour_rating)
                                               : NULL);
  add_string (builder, "predikat",
              evaluation->has_predikat ? kr_predikat_get_code (evaluation->predikat) : NULL);
  add_string (builder, "notes", evaluation->notes);
  add_string (builder, "objection", evaluation->objection);
  add_string (builder, "objection_response", evaluation->objection_response);
  add_string (builder, "decision", evaluation->decision);
  add_results_json (builder, evaluation->results, TRUE);
  json_builder_set_member_name (builder, "transitions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < transitions->len; i++)
    {
      const KrAppraisalTransition *step = transitions->pdata[i];

      json_builder_begin_object (builder);
      add_string (builder, "from", kr_appraisal_state_get_code (step->from));
      add_string (builder, "to", kr_appraisal_state_get_code (step->to));
      add_string (builder, "at", step->at);
      add_string (builder, "user", step->user_name);
      add_string (builder, "reason", step->reason);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return TRUE;
}

static gboolean
print_show_json (KrAppraisalRepository *appraisals,
                 const KrAppraisalSheet *sheet,
                 GPtrArray *evaluations,
                 GError **error)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  const KrAppraisal *plan = sheet->plan;

  json_builder_begin_object (builder);
  add_int (builder, "year", plan->year);
  add_string (builder, "cycle", kr_appraisal_cycle_get_code (plan->cycle));
  add_date (builder, "start", &plan->start);
  add_date (builder, "end", &plan->end);
  add_person_json (builder, "employee", &sheet->employee);
  add_person_json (builder, "appraiser", &sheet->appraiser);
  add_person_json (builder, "senior_appraiser", &sheet->senior_appraiser);
  add_results_json (builder, plan->results, FALSE);
  json_builder_set_member_name (builder, "expectations");
  json_builder_begin_object (builder);
  for (KrBehaviour b = 0; b < KR_N_BEHAVIOURS; b++)
    add_string (builder, kr_behaviour_get_label (b), plan->expectations[b]);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "evaluations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < evaluations->len; i++)
    {
      if (!add_evaluation_json (builder, appraisals, evaluations->pdata[i], error))
        return FALSE;
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  print_json (builder);
  return TRUE;
}

int
kr_tool_appraisal_show (int argc, char **argv)
{
  g_autofree char *nip = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean json = FALSE;
  g_autofree char *year_text = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "nip", 'n', 0, G_OPTION_ARG_STRING, &nip, N_ ("The employee appraised"), N_ ("NIP") },
    { "year", 'y', 0, G_OPTION_ARG_STRING, &year_text, N_ ("The appraisal year"), N_ ("YEAR") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON instead of text"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrAppraisalRepository) appraisals = NULL;
  g_autoptr (KrAppraisal) plan = NULL;
  g_autoptr (KrAppraisalSheet) sheet = NULL;
  g_autoptr (GPtrArray) evaluations = NULL;
  g_autoptr (GError) error = NULL;
  gboolean ok;
  int status;

  if (!kr_tool_parse_options (&show_command, entries, 1, &argc, &argv, &status))
    return status;
  message = nip == NULL ? g_strdup (_ ("missing option --nip"))
                        : kr_tool_appraisal_check_year (year_text, &year);
  if (message != NULL)
    return kr_tool_usage_error (&show_command, message);

  db = kr_tool_appraisal_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  appraisals = kr_appraisal_repository_new (db);
  /* The sheet of the plan alone names the three people as of the end of the period. */
  if ((plan = kr_tool_appraisal_find (appraisals, nip, year, NULL, &error)) == NULL ||
      (sheet = kr_appraisal_repository_get_sheet (appraisals, plan->id, -1, NULL, &error)) ==
          NULL ||
      (evaluations = kr_appraisal_repository_list_evaluations (appraisals, plan->id, &error)) ==
          NULL)
    return kr_tool_fail (error);
  if (json)
    ok = print_show_json (appraisals, sheet, evaluations, &error);
  else
    ok = print_text (appraisals, sheet, evaluations, &error);
  return ok ? KR_TOOL_EXIT_OK : kr_tool_fail (error);
}
