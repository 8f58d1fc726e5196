/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-training"

#include "config.h"

#include "kr-tool-training-private.h"

#include <string.h>

#include "kr-error.h"
#include "kr-i18n.h"

/* `karier-tool training compliance|budget`: who is below the yearly JP duty, and the budgets of
 * units. */

static const KrToolCommand compliance_command = {
  "training compliance", N_ ("DATABASE"),
  N_ ("List the active employees of a unit (--unit, or every unit) with their JP of a year, the "
      "JP planned and the gap to the duty, largest gap first; as a table, JSON or CSV"),
  NULL
};

static const KrToolCommand budget_list_command = {
  "training budget list", N_ ("DATABASE"),
  N_ ("List the training budgets of a year: allocated, committed, spent, pending, available"), NULL
};

static const KrToolCommand budget_set_command = {
  "training budget set", N_ ("DATABASE"),
  N_ ("Set a unit’s training budget of a year (--amount), or remove it (--remove)"), NULL
};

/* Checks --unit, --subtree and --year; a usage message or NULL. */
static char *
check_scope (const char *unit_code,
             gboolean subtree,
             const char *year_text,
             int *year,
             gboolean need_unit)
{
  char *message = kr_tool_training_check_year (year_text, year);

  if (message != NULL)
    return message;
  if (need_unit && unit_code == NULL)
    return g_strdup (_ ("missing option --unit"));
  if (subtree && unit_code == NULL)
    return g_strdup (_ ("--subtree goes with --unit"));
  return NULL;
}

/* compliance */

/* The employee kind as scripts see it. */
static const char *
kind_code (KrEmployeeKind kind)
{
  static const char *const codes[KR_N_EMPLOYEE_KINDS] = {
    [KR_EMPLOYEE_KIND_PNS] = "pns",
    [KR_EMPLOYEE_KIND_CPNS] = "cpns",
    [KR_EMPLOYEE_KIND_PPPK] = "pppk",
  };

  return kind < KR_N_EMPLOYEE_KINDS ? codes[kind] : NULL;
}

static void
print_compliance_json (GPtrArray *rows)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      const KrComplianceRow *row = rows->pdata[i];

      json_builder_begin_object (builder);
      kr_tool_training_json_string (builder, "nip", row->nip);
      kr_tool_training_json_string (builder, "name", row->name);
      kr_tool_training_json_string (builder, "unit", row->unit);
      kr_tool_training_json_string (builder, "kind", kind_code (row->kind));
      kr_tool_training_json_string (builder, "golongan", row->golongan);
      kr_tool_training_json_double (builder, "jp", row->jp);
      kr_tool_training_json_double (builder, "jp_planned", row->jp_planned);
      kr_tool_training_json_int (builder, "duty_minimum", row->duty.minimum);
      kr_tool_training_json_int (builder, "duty_maximum", row->duty.maximum);
      kr_tool_training_json_double (builder, "gap", row->gap);
      kr_tool_training_json_double (builder, "over_limit", row->over_limit);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  kr_tool_training_json_print (builder);
}

/* A CSV field, quoted when it must be (RFC 4180). */
static void
append_csv (GString *line, const char *value, gboolean last)
{
  if (value != NULL && strpbrk (value, ",\"\r\n") != NULL)
    {
      g_string_append_c (line, '"');
      for (const char *p = value; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (line, '"');
          g_string_append_c (line, *p);
        }
      g_string_append_c (line, '"');
    }
  else if (value != NULL)
    g_string_append (line, value);
  g_string_append (line, last ? "\r\n" : ",");
}

static void
print_compliance_csv (GPtrArray *rows)
{
  g_autoptr (GString) line = g_string_new (
      "nip,name,unit,kind,golongan,jp,jp_planned,duty_minimum,duty_maximum,gap,over_limit\r\n");

  for (guint i = 0; i < rows->len; i++)
    {
      const KrComplianceRow *row = rows->pdata[i];
      g_autofree char *jp = kr_tool_training_format_jp (row->jp);
      g_autofree char *planned = kr_tool_training_format_jp (row->jp_planned);
      g_autofree char *minimum = g_strdup_printf ("%u", row->duty.minimum);
      g_autofree char *maximum = g_strdup_printf ("%u", row->duty.maximum);
      g_autofree char *gap = kr_tool_training_format_jp (row->gap);
      g_autofree char *over = kr_tool_training_format_jp (row->over_limit);

      append_csv (line, row->nip, FALSE);
      append_csv (line, row->name, FALSE);
      append_csv (line, row->unit, FALSE);
      append_csv (line, kind_code (row->kind), FALSE);
      append_csv (line, row->golongan, FALSE);
      append_csv (line, jp, FALSE);
      append_csv (line, planned, FALSE);
      append_csv (line, minimum, FALSE);
      append_csv (line, maximum, FALSE);
      append_csv (line, gap, FALSE);
      append_csv (line, over, TRUE);
      g_print ("%s", line->str);
      g_string_truncate (line, 0);
    }
  if (line->len > 0)
    g_print ("%s", line->str);
}

static void
print_compliance_text (GPtrArray *rows)
{
  g_autoptr (GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  /* Translators: column headings of `karier-tool training compliance` */
  const char *headings[] = { _ ("NIP"), _ ("Name"),    _ ("Unit"), _ ("Kind"), _ ("Gol."),
                             _ ("JP"),  _ ("Planned"), _ ("Duty"), _ ("Gap"),  _ ("Over limit") };
  guint n_short = 0, n_over = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      const KrComplianceRow *row = rows->pdata[i];
      char **cells = g_new0 (char *, G_N_ELEMENTS (headings) + 1);

      cells[0] = g_strdup (row->nip);
      cells[1] = g_strdup (row->name);
      cells[2] = g_strdup (row->unit != NULL ? row->unit : "-");
      cells[3] = g_strdup (kr_employee_kind_get_label (row->kind));
      cells[4] = g_strdup (row->golongan != NULL ? row->golongan : "-");
      cells[5] = kr_tool_training_format_jp (row->jp);
      cells[6] = kr_tool_training_format_jp (row->jp_planned);
      if (row->duty.minimum > 0)
        /* Translators: a yearly JP duty, such as “min 20” */
        cells[7] = g_strdup_printf (_ ("min %u"), row->duty.minimum);
      else if (row->duty.maximum > 0)
        /* Translators: a yearly JP limit, such as “max 24” */
        cells[7] = g_strdup_printf (_ ("max %u"), row->duty.maximum);
      else
        cells[7] = g_strdup ("-");
      cells[8] = row->gap > 0 ? kr_tool_training_format_jp (row->gap) : g_strdup ("-");
      cells[9] =
          row->over_limit > 0 ? kr_tool_training_format_jp (row->over_limit) : g_strdup ("-");
      g_ptr_array_add (table, cells);
      n_short += row->gap > 0;
      n_over += row->over_limit > 0;
    }
  kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), table);
  /* Translators: a number of employees; followed by “N below the duty, N over the limit” */
  g_print (ngettext ("%u employee: ", "%u employees: ", rows->len), rows->len);
  /* Translators: the number of employees below their JP duty, then over the PPPK limit */
  g_print (_ ("%u below the duty, %u over the limit\n"), n_short, n_over);
}

int
kr_tool_training_compliance (int argc, char **argv)
{
  g_autofree char *unit_code = NULL;
  g_autofree char *search = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean subtree = FALSE, only_short = FALSE, json = FALSE, csv = FALSE;
  g_autofree char *year_text = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_ ("Only the employees of the unit with this code (default: every unit)"), N_ ("CODE") },
    { "subtree", 0, 0, G_OPTION_ARG_NONE, &subtree,
      N_ ("With --unit, also the employees of the units below it"), NULL },
    { "year", 'y', 0, G_OPTION_ARG_STRING, &year_text, N_ ("The year"), N_ ("YEAR") },
    { "short", 0, 0, G_OPTION_ARG_NONE, &only_short,
      N_ ("Only employees below their duty or over their limit"), NULL },
    { "search", 's', 0, G_OPTION_ARG_STRING, &search, N_ ("Only names or NIPs starting so"),
      N_ ("TEXT") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON"), NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, N_ ("Write CSV"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTrainingRepository) training = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  KrComplianceQuery query = { 0 };
  guint n_rows = 0;
  int status;

  if (!kr_tool_parse_options (&compliance_command, entries, 1, &argc, &argv, &status))
    return status;
  message = check_scope (unit_code, subtree, year_text, &year, FALSE);
  if (message == NULL && json && csv)
    message = g_strdup (_ ("give either --json or --csv"));
  if (message != NULL)
    return kr_tool_usage_error (&compliance_command, message);

  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  training = kr_training_repository_new (db);
  query.subtree = subtree;
  query.year = (guint) year;
  query.only_short = only_short;
  query.search = search;
  if ((unit_code != NULL && !kr_tool_find_unit (db, unit_code, &query.unit_id, &error)) ||
      !kr_training_repository_count_compliance (training, &query, &n_rows, &error) ||
      (rows = kr_training_repository_list_compliance (training, &query, 0, n_rows, &error)) == NULL)
    return kr_tool_fail (error);
  if (json)
    print_compliance_json (rows);
  else if (csv)
    print_compliance_csv (rows);
  else
    print_compliance_text (rows);
  return KR_TOOL_EXIT_OK;
}

/* budget list, set */

static int
run_budget_list (int argc, char **argv)
{
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean json = FALSE;
  g_autofree char *year_text = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_STRING, &year_text, N_ ("The year"), N_ ("YEAR") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTrainingRepository) training = NULL;
  g_autoptr (GPtrArray) budgets = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  if (!kr_tool_parse_options (&budget_list_command, entries, 1, &argc, &argv, &status))
    return status;
  if ((message = kr_tool_training_check_year (year_text, &year)) != NULL)
    return kr_tool_usage_error (&budget_list_command, message);
  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  training = kr_training_repository_new (db);
  budgets = kr_training_repository_list_budgets (training, (guint) year, &error);
  if (budgets == NULL)
    return kr_tool_fail (error);
  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < budgets->len; i++)
        {
          const KrTrainingBudget *b = budgets->pdata[i];

          json_builder_begin_object (builder);
          kr_tool_training_json_int (builder, "unit_id", b->unit_id);
          kr_tool_training_json_string (builder, "unit", b->unit_name);
          kr_tool_training_json_int (builder, "year", b->year);
          kr_tool_training_json_int (builder, "allocated", b->allocated);
          kr_tool_training_json_int (builder, "committed", b->committed);
          kr_tool_training_json_int (builder, "spent", b->spent);
          kr_tool_training_json_int (builder, "pending", b->pending);
          kr_tool_training_json_int (builder, "available", b->available);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      kr_tool_training_json_print (builder);
      return KR_TOOL_EXIT_OK;
    }
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; i < budgets->len; i++)
    {
      const KrTrainingBudget *b = budgets->pdata[i];
      char **cells = g_new0 (char *, 7);

      cells[0] = g_strdup (b->unit_name);
      cells[1] = kr_tool_training_format_money (b->allocated);
      cells[2] = kr_tool_training_format_money (b->committed);
      cells[3] = kr_tool_training_format_money (b->spent);
      cells[4] = kr_tool_training_format_money (b->pending);
      cells[5] = kr_tool_training_format_money (b->available);
      g_ptr_array_add (rows, cells);
    }
  {
    /* Translators: column headings of `karier-tool training budget list` */
    const char *headings[] = { _ ("Unit"),  _ ("Allocated"), _ ("Committed"),
                               _ ("Spent"), _ ("Pending"),   _ ("Available") };

    kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), rows);
  }
  /* Translators: the number of budgets listed */
  g_print (ngettext ("%u budget\n", "%u budgets\n", budgets->len), budgets->len);
  return KR_TOOL_EXIT_OK;
}

static int
run_budget_set (int argc, char **argv)
{
  g_autofree char *unit_code = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  g_autofree char *amount_text = NULL;
  gint64 amount = 0;
  gboolean remove = FALSE;
  g_autofree char *year_text = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code, N_ ("The unit with this code"),
      N_ ("CODE") },
    { "year", 'y', 0, G_OPTION_ARG_STRING, &year_text, N_ ("The year"), N_ ("YEAR") },
    { "amount", 'a', 0, G_OPTION_ARG_STRING, &amount_text, N_ ("The budget allocated, in rupiah"),
      N_ ("RUPIAH") },
    { "remove", 0, 0, G_OPTION_ARG_NONE, &remove,
      N_ ("Remove the unit’s budget of the year: no limit"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTrainingRepository) training = NULL;
  KrTrainingBudget *budget = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *allocated = NULL;
  g_autofree char *available = NULL;
  gint64 unit_id = 0;
  int status;

  if (!kr_tool_parse_options (&budget_set_command, entries, 1, &argc, &argv, &status))
    return status;
  message = check_scope (unit_code, FALSE, year_text, &year, TRUE);
  if (message == NULL && remove == (amount_text != NULL))
    message = g_strdup (_ ("give either --amount RUPIAH or --remove"));
  if (message == NULL)
    kr_tool_parse_int ("--amount", amount_text, 0, KR_TRAINING_MAX_RUPIAH, &amount, &message);
  if (message != NULL)
    return kr_tool_usage_error (&budget_set_command, message);
  db = kr_tool_training_open (argv[1], FALSE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  training = kr_training_repository_new (db);
  if (!kr_tool_find_unit (db, unit_code, &unit_id, &error) ||
      !kr_training_repository_set_budget (training, unit_id, (guint) year, remove ? -1 : amount,
                                          &error) ||
      (budget = kr_training_repository_get_budget (training, unit_id, (guint) year, &error)) ==
          NULL)
    return kr_tool_fail (error);
  if (remove)
    /* Translators: a unit's name, then a year */
    g_print (_ ("Removed the training budget of %s for %d: no limit.\n"), budget->unit_name, year);
  else
    {
      allocated = kr_tool_training_format_money (budget->allocated);
      available = kr_tool_training_format_money (budget->available);
      /* Translators: a unit's name, a year, then two amounts such as “Rp 1.250.000” */
      g_print (_ ("Training budget of %s for %d: %s allocated, %s available.\n"), budget->unit_name,
               year, allocated, available);
    }
  kr_training_budget_free (budget);
  return KR_TOOL_EXIT_OK;
}

static const KrToolCommand budget_command = {
  "training budget", N_ ("list|set DATABASE"),
  N_ ("The training budgets of units: list a year’s, set or remove one"), NULL
};

static const KrToolSubcommand budget_subcommands[] = {
  { "list", run_budget_list },
  { "set", run_budget_set },
};

int
kr_tool_training_budget (int argc, char **argv)
{
  return kr_tool_training_dispatch (&budget_command, budget_subcommands,
                                    G_N_ELEMENTS (budget_subcommands), argc, argv);
}
