/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-selection"

#include "config.h"

#include "kr-tool-selection-private.h"

#include <string.h>

#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-unit-repository.h"

/* `karier-tool selection`: open selections (seleksi terbuka, DOMAIN 8) from the command line.
 * This file: the command, the shared helpers, list, show, create and move. */

/* Helpers */

KrSelection *
kr_tool_selection_get (KrSelectionRepository *selections, gint64 id, GError **error)
{
  return kr_selection_repository_get_selection (selections, id, error);
}

const KrSelectionStage *
kr_tool_selection_find_stage (GPtrArray *stages, guint seq, GError **error)
{
  for (guint i = 0; i < stages->len; i++)
    {
      const KrSelectionStage *stage = stages->pdata[i];

      if (stage->seq == seq)
        return stage;
    }
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               /* Translators: a stage number, then how many stages the selection has */
               ngettext ("--stage %u: the selection has %u stage",
                         "--stage %u: the selection has %u stages", stages->len),
               seq, stages->len);
  return NULL;
}

const KrSelectionCandidate *
kr_tool_selection_find_candidate (GPtrArray *candidates,
                                  const char *option,
                                  const char *number,
                                  GError **error)
{
  for (guint i = 0; i < candidates->len; i++)
    {
      const KrSelectionCandidate *candidate = candidates->pdata[i];

      if (g_ascii_strcasecmp (candidate->registration_number, number) == 0)
        return candidate;
    }
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               /* Translators: an option such as --withdraw, then the registration number given */
               _ ("%s %s: no candidate of this selection has this registration number"), option,
               number);
  return NULL;
}

/* Counts the options given among @given; a usage message when more than one is. */
char *
kr_tool_selection_check_one_action (const gboolean *given, const char *const *names, guint n)
{
  guint count = 0;

  for (guint i = 0; i < n; i++)
    count += given[i] ? 1 : 0;
  if (count <= 1)
    return NULL;
  {
    g_autofree char *joined = g_strjoinv (", ", (char **) names);

    /* Translators: a list of options such as --add, --set, --remove */
    return g_strdup_printf (_ ("give only one of %s"), joined);
  }
}

gboolean
kr_tool_selection_parse_seq (const char *text, guint *seq, char **message)
{
  guint64 value;

  if (text != NULL && g_ascii_string_to_unsigned (text, 10, 1, 100, &value, NULL))
    {
      *seq = (guint) value;
      return TRUE;
    }
  if (text == NULL)
    *message = g_strdup (_ ("missing option --stage"));
  else
    /* Translators: what the user typed */
    *message = g_strdup_printf (_ ("--stage “%s”: give the stage’s number, 1 for the first"), text);
  return FALSE;
}

gboolean
kr_tool_selection_parse_number (const char *option, const char *text, double *value, char **message)
{
  g_autofree char *copy = g_strdup (text);
  char *end = NULL;

  g_strdelimit (copy, ",", '.');
  *value = g_ascii_strtod (copy, &end);
  if (*copy != '\0' && end != NULL && *end == '\0' && *value >= 0 && *value <= 100)
    return TRUE;
  /* Translators: an option such as --weight, then what the user typed */
  *message = g_strdup_printf (_ ("%s “%s”: give a number from 0 to 100"), option, text);
  return FALSE;
}

char *
kr_tool_selection_format_number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.2f", value));
}

void
kr_tool_selection_print_issues (GPtrArray *issues)
{
  for (guint i = 0; issues != NULL && i < issues->len; i++)
    {
      const KrSelectionIssue *issue = issues->pdata[i];

      g_print ("%s %s\n", issue->blocking ? "✗" : "!", issue->text);
    }
}

gboolean
kr_tool_selection_parse_date (const char *option, const char *text, GDate *date, char **message)
{
  g_autoptr (GError) error = NULL;

  g_date_clear (date, 1);
  if (kr_date_parse (text, date, &error))
    return TRUE;
  /* Translators: an option such as --opens, then why the date is wrong */
  *message = g_strdup_printf (_ ("%s: %s"), option, error->message);
  return FALSE;
}

char *
kr_tool_selection_iso (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? kr_date_format_iso (date) : NULL;
}

void
kr_tool_selection_json_date (JsonBuilder *builder, const char *name, const GDate *date)
{
  g_autofree char *iso = kr_tool_selection_iso (date);

  kr_tool_training_json_string (builder, name, iso);
}

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "-";
}

static const char *
status_code (guint value)
{
  return kr_selection_status_get_code (value);
}

static void
build_selection_json (JsonBuilder *builder, const KrSelection *selection)
{
  json_builder_begin_object (builder);
  kr_tool_training_json_int (builder, "id", selection->id);
  kr_tool_training_json_string (builder, "title", selection->title);
  kr_tool_training_json_string (builder, "status",
                                kr_selection_status_get_code (selection->status));
  kr_tool_training_json_int (builder, "position_id", selection->position_id);
  kr_tool_training_json_string (builder, "position", selection->position_name);
  kr_tool_training_json_bool (builder, "jpt", selection->jpt);
  kr_tool_training_json_int (builder, "unit_id", selection->unit_id);
  kr_tool_training_json_string (builder, "unit", selection->unit_name);
  kr_tool_training_json_string (builder, "panel_decree", selection->panel_decree);
  kr_tool_selection_json_date (builder, "opens_on", &selection->opens_on);
  kr_tool_selection_json_date (builder, "closes_on", &selection->closes_on);
  kr_tool_training_json_string (builder, "notes", selection->notes);
  kr_tool_training_json_int (builder, "panel", selection->n_panel);
  kr_tool_training_json_int (builder, "stages", selection->n_stages);
  kr_tool_training_json_int (builder, "stages_published", selection->n_stages_published);
  kr_tool_training_json_int (builder, "candidates", selection->n_candidates);
  json_builder_end_object (builder);
}

/* list */

static const KrToolCommand list_command = {
  "selection list", N_ ("DATABASE"),
  N_ ("List the open selections: by status and the unit of their position"), NULL
};

static void
print_selections_text (GPtrArray *rows)
{
  g_autoptr (GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  /* Translators: column headings of `karier-tool selection list` */
  const char *headings[] = { _ ("ID"),   _ ("Status"), _ ("Title"),     _ ("Position"),
                             _ ("Unit"), _ ("Panel"),  _ ("Published"), _ ("Candidates") };

  for (guint i = 0; i < rows->len; i++)
    {
      const KrSelection *row = rows->pdata[i];
      char **cells = g_new0 (char *, G_N_ELEMENTS (headings) + 1);

      cells[0] = g_strdup_printf ("%" G_GINT64_FORMAT, row->id);
      cells[1] = g_strdup (kr_selection_status_get_label (row->status));
      cells[2] = g_strdup (row->title);
      cells[3] = g_strdup (or_dash (row->position_name));
      cells[4] = g_strdup (or_dash (row->unit_name));
      cells[5] = g_strdup_printf ("%u", row->n_panel);
      cells[6] = g_strdup_printf ("%u/%u", row->n_stages_published, row->n_stages);
      cells[7] = g_strdup_printf ("%u", row->n_candidates);
      g_ptr_array_add (table, cells);
    }
  kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), table);
  /* Translators: the number of open selections listed */
  g_print (ngettext ("%u selection\n", "%u selections\n", rows->len), rows->len);
}

int
kr_tool_selection_list (int argc, char **argv)
{
  g_autofree char *status_text = NULL;
  g_autofree char *unit_code = NULL;
  g_autofree char *search = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean subtree = FALSE, json = FALSE;
  const GOptionEntry entries[] = {
    { "status", 0, 0, G_OPTION_ARG_STRING, &status_text,
      N_ ("Only the selections with this status (default: every status)"),
      N_ ("draft|open|scoring|closed|cancelled") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_ ("Only the positions of the unit with this code (default: every unit)"), N_ ("CODE") },
    { "subtree", 0, 0, G_OPTION_ARG_NONE, &subtree, N_ ("With --unit, also the units below it"),
      NULL },
    { "search", 's', 0, G_OPTION_ARG_STRING, &search,
      N_ ("Only the selections whose title or position holds this text"), N_ ("TEXT") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrSelectionRepository) selections = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  KrSelectionQuery query = { .status = -1 };
  guint status_value = 0, n_rows = 0;
  int status;

  if (!kr_tool_parse_options (&list_command, entries, 1, &argc, &argv, &status))
    return status;
  if (subtree && unit_code == NULL)
    return kr_tool_usage_error (&list_command, _ ("--subtree goes with --unit"));
  if (status_text != NULL &&
      !kr_tool_training_parse_code ("--status", status_text, status_code, 0,
                                    KR_N_SELECTION_STATUSES, &status_value, &message))
    return kr_tool_usage_error (&list_command, message);

  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  selections = kr_selection_repository_new (db);
  query.status = status_text != NULL ? (gint) status_value : -1;
  query.subtree = subtree;
  query.search = search;
  if ((unit_code != NULL && !kr_tool_find_unit (db, unit_code, &query.unit_id, &error)) ||
      !kr_selection_repository_count_selections (selections, &query, &n_rows, &error) ||
      (rows = kr_selection_repository_list_selections (selections, &query, 0, n_rows, &error)) ==
          NULL)
    return kr_tool_fail (error);
  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < rows->len; i++)
        build_selection_json (builder, rows->pdata[i]);
      json_builder_end_array (builder);
      kr_tool_training_json_print (builder);
    }
  else
    print_selections_text (rows);
  return KR_TOOL_EXIT_OK;
}

/* show */

static const KrToolCommand show_command = {
  "selection show", N_ ("DATABASE ID"),
  N_ ("Show a selection: its position, status, stages, panel, candidates, and what keeps it from "
      "opening (panel composition, weights, conflicts of interest)"),
  NULL
};

static void
print_selection_text (const KrSelection *selection, GPtrArray *issues)
{
  g_autofree char *opens = kr_tool_selection_iso (&selection->opens_on);
  g_autofree char *closes = kr_tool_selection_iso (&selection->closes_on);

  g_print ("%" G_GINT64_FORMAT ": %s\n", selection->id, selection->title);
  /* Translators: labels of `karier-tool selection show`, aligned by the program */
  g_print ("  %-14s %s\n", _ ("Status:"), kr_selection_status_get_label (selection->status));
  g_print ("  %-14s %s%s\n", _ ("Position:"), or_dash (selection->position_name),
           selection->jpt ? " (JPT)" : "");
  g_print ("  %-14s %s\n", _ ("Unit:"), or_dash (selection->unit_name));
  g_print ("  %-14s %s\n", _ ("Panel decree:"), or_dash (selection->panel_decree));
  g_print ("  %-14s %s – %s\n", _ ("Registration:"), or_dash (opens), or_dash (closes));
  if (selection->notes != NULL)
    g_print ("  %-14s %s\n", _ ("Notes:"), selection->notes);
  /* Translators: the numbers of panel members, stages (published of all) and candidates */
  g_print (_ ("  Panel %u, stages %u (%u published), candidates %u\n"), selection->n_panel,
           selection->n_stages, selection->n_stages_published, selection->n_candidates);
  if (issues != NULL && issues->len > 0)
    {
      g_print ("\n");
      kr_tool_selection_print_issues (issues);
    }
}

static void
print_selection_json (const KrSelection *selection, GPtrArray *issues)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "selection");
  build_selection_json (builder, selection);
  json_builder_set_member_name (builder, "issues");
  json_builder_begin_array (builder);
  for (guint i = 0; issues != NULL && i < issues->len; i++)
    {
      const KrSelectionIssue *issue = issues->pdata[i];

      json_builder_begin_object (builder);
      kr_tool_training_json_bool (builder, "blocking", issue->blocking);
      kr_tool_training_json_string (builder, "text", issue->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  kr_tool_training_json_print (builder);
}

int
kr_tool_selection_show (int argc, char **argv)
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
  g_autoptr (KrSelectionRepository) selections = NULL;
  g_autoptr (KrSelection) selection = NULL;
  g_autoptr (GPtrArray) issues = NULL;
  g_autoptr (GError) error = NULL;
  gint64 id = 0;
  int status;

  if (!kr_tool_parse_options (&show_command, entries, 2, &argc, &argv, &status))
    return status;
  if (!kr_tool_training_parse_id (argv[2], "ID", &id, &message))
    return kr_tool_usage_error (&show_command, message);
  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  selections = kr_selection_repository_new (db);
  if ((selection = kr_tool_selection_get (selections, id, &error)) == NULL ||
      (issues = kr_selection_repository_check (selections, id, &error)) == NULL)
    return kr_tool_fail (error);
  if (json)
    print_selection_json (selection, issues);
  else
    print_selection_text (selection, issues);
  return KR_TOOL_EXIT_OK;
}

/* create */

static const KrToolCommand create_command = {
  "selection create", N_ ("DATABASE"),
  N_ ("Create a draft selection for a position (--position ID, or --unit CODE for the head "
      "position of a unit); a JPT position gets the four JPT stages with their default weights"),
  NULL
};

/* The head position of the unit with @code. */
static gboolean
find_head_position (KrDatabase *db, const char *code, gint64 *position_id, GError **error)
{
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (db);
  g_autoptr (KrUnit) unit = NULL;
  gint64 unit_id = 0;

  if (!kr_tool_find_unit (db, code, &unit_id, error) ||
      (unit = kr_unit_repository_get (units, unit_id, error)) == NULL)
    return FALSE;
  if (unit->head_position_id == 0)
    {
      /* Translators: %s is the unit code given */
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                   _ ("--unit %s: the unit has no head "
                      "position"),
                   code);
      return FALSE;
    }
  *position_id = unit->head_position_id;
  return TRUE;
}

/* Reads --opens and --closes into @selection. */
static gboolean
parse_window (const char *opens, const char *closes, KrSelection *selection, char **message)
{
  g_date_clear (&selection->opens_on, 1);
  g_date_clear (&selection->closes_on, 1);
  if (opens != NULL &&
      !kr_tool_selection_parse_date ("--opens", opens, &selection->opens_on, message))
    return FALSE;
  return closes == NULL ||
         kr_tool_selection_parse_date ("--closes", closes, &selection->closes_on, message);
}

int
kr_tool_selection_create (int argc, char **argv)
{
  g_autofree char *position_text = NULL;
  g_autofree char *unit_code = NULL;
  g_autofree char *title = NULL;
  g_autofree char *decree = NULL;
  g_autofree char *opens = NULL;
  g_autofree char *closes = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  const GOptionEntry entries[] = {
    { "position", 0, 0, G_OPTION_ARG_STRING, &position_text, N_ ("The position to fill"),
      N_ ("ID") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_ ("The unit whose head position is filled (instead of --position)"), N_ ("CODE") },
    { "title", 't', 0, G_OPTION_ARG_STRING, &title,
      N_ ("The title (default: made from the position and the year)"), N_ ("TEXT") },
    { "decree", 0, 0, G_OPTION_ARG_STRING, &decree, N_ ("The decree that formed the panel"),
      N_ ("TEXT") },
    { "opens", 0, 0, G_OPTION_ARG_STRING, &opens, N_ ("The first day of registration"),
      N_ ("DATE") },
    { "closes", 0, 0, G_OPTION_ARG_STRING, &closes, N_ ("The last day of registration"),
      N_ ("DATE") },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_ ("Notes"), N_ ("TEXT") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrSelectionRepository) selections = NULL;
  g_autoptr (KrSelection) selection = kr_selection_new ();
  g_autoptr (GError) error = NULL;
  int status;

  if (!kr_tool_parse_options (&create_command, entries, 1, &argc, &argv, &status))
    return status;
  if ((position_text == NULL) == (unit_code == NULL))
    message = g_strdup (_ ("give either --position or --unit"));
  else if (position_text != NULL && !kr_tool_training_parse_id (position_text, "--position",
                                                                &selection->position_id, &message))
    g_assert (message != NULL);
  else
    parse_window (opens, closes, selection, &message);
  if (message != NULL)
    return kr_tool_usage_error (&create_command, message);

  db = kr_tool_training_open (argv[1], FALSE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  selections = kr_selection_repository_new (db);
  selection->title = g_steal_pointer (&title);
  selection->panel_decree = g_steal_pointer (&decree);
  selection->notes = g_steal_pointer (&notes);
  if ((unit_code != NULL && !find_head_position (db, unit_code, &selection->position_id, &error)) ||
      !kr_selection_repository_create (selections, selection, &error))
    return kr_tool_fail (error);
  /* Translators: the new selection's number and title */
  g_print (_ ("Created selection %lld: %s\n"), (long long) selection->id, selection->title);
  return KR_TOOL_EXIT_OK;
}

/* move */

static const KrToolCommand move_command = {
  "selection move", N_ ("DATABASE ID"),
  N_ ("Move a selection on (--to open, scoring, closed) or cancel it (--to cancelled); opening "
      "is refused while the panel or the stages break the rules"),
  NULL
};

int
kr_tool_selection_move (int argc, char **argv)
{
  g_autofree char *to_text = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  const GOptionEntry entries[] = {
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_ ("The new status"),
      N_ ("open|scoring|closed|cancelled") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrSelectionRepository) selections = NULL;
  g_autoptr (KrSelection) selection = NULL;
  g_autoptr (GError) error = NULL;
  guint to = 0;
  gint64 id = 0;
  int status;

  if (!kr_tool_parse_options (&move_command, entries, 2, &argc, &argv, &status))
    return status;
  if (to_text == NULL)
    message = g_strdup (_ ("missing option --to"));
  else if (kr_tool_training_parse_code ("--to", to_text, status_code, KR_SELECTION_STATUS_OPEN,
                                        KR_N_SELECTION_STATUSES, &to, &message))
    kr_tool_training_parse_id (argv[2], "ID", &id, &message);
  if (message != NULL)
    return kr_tool_usage_error (&move_command, message);

  db = kr_tool_training_open (argv[1], FALSE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  selections = kr_selection_repository_new (db);
  if (!kr_selection_repository_move (selections, id, (KrSelectionStatus) to, &error) ||
      (selection = kr_tool_selection_get (selections, id, &error)) == NULL)
    {
      g_autoptr (GPtrArray) issues = NULL;
      int result = kr_tool_fail (error);

      /* Say what keeps it from opening. */
      if (to == KR_SELECTION_STATUS_OPEN &&
          (issues = kr_selection_repository_check (selections, id, NULL)) != NULL)
        kr_tool_selection_print_issues (issues);
      return result;
    }
  /* Translators: the selection's number, title and new status */
  g_print (_ ("Selection %lld (%s) is now %s\n"), (long long) selection->id, selection->title,
           kr_selection_status_get_label (selection->status));
  return KR_TOOL_EXIT_OK;
}

/* The command */

static const KrToolSubcommand subcommands[] = {
  { "list", kr_tool_selection_list },           { "show", kr_tool_selection_show },
  { "create", kr_tool_selection_create },       { "move", kr_tool_selection_move },
  { "stage", kr_tool_selection_stage },         { "panel", kr_tool_selection_panel },
  { "candidate", kr_tool_selection_candidate }, { "score", kr_tool_selection_score },
  { "publish", kr_tool_selection_publish },     { "ranking", kr_tool_selection_ranking },
};

static void
print_help (const KrToolCommand *command)
{
  static const struct
  {
    const char *usage;
    const char *summary;
  } lines[] = {
    { "list", N_ ("The open selections, by status and unit") },
    { "show", N_ ("A selection, and what keeps it from opening") },
    { "create", N_ ("A draft selection for a position") },
    { "move", N_ ("Open, start scoring, close or cancel a selection") },
    { "stage", N_ ("The stages with their weights and pass marks: list, add, change, remove") },
    { "panel", N_ ("The selection panel: list, add an employee or an outside member, remove") },
    { "candidate", N_ ("The candidates: register an employee or an outside applicant, withdraw") },
    { "score", N_ ("Record the scores of a stage") },
    { "publish", N_ ("Publish a stage’s results; its scores are final from then on") },
    { "ranking", N_ ("The ranking: scores per stage, weighted totals, the three best proposed") },
  };

  g_print (_ ("Usage: karier-tool selection SUBCOMMAND DATABASE [ARGUMENT…] [OPTION…]\n"));
  g_print ("\n%s\n\n", _ (command->summary));
  g_print ("%s\n", _ ("Subcommands:"));
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    g_print ("  %-10s  %s\n", lines[i].usage, _ (lines[i].summary));
  g_print ("\n%s\n", _ ("Run “karier-tool selection SUBCOMMAND --help” to see how to use it."));
}

int
kr_tool_selection (const KrToolCommand *command, int argc, char **argv)
{
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      print_help (command);
      return KR_TOOL_EXIT_OK;
    }
  return kr_tool_training_dispatch (command, subcommands, G_N_ELEMENTS (subcommands), argc, argv);
}
