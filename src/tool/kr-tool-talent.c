/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-talent"

#include "config.h"

#include "kr-tool-talent-private.h"

#include <string.h>

#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* `karier-tool talent`: the talent pool and succession (DOMAIN 6) from the command line. This
 * file: the command, the shared helpers, grid and box. */

#define MIN_YEAR 2000
#define MAX_YEAR 2200

/* Helpers */

char *
kr_tool_talent_check_year (const char *year_text, int *year_option)
{
  char *message = NULL;
  gint64 value;

  *year_option = 0;
  if (year_text != NULL &&
      kr_tool_parse_int ("--year", year_text, MIN_YEAR, MAX_YEAR, &value, &message))
    *year_option = (int) value;
  return message;
}

gboolean
kr_tool_talent_resolve_year (KrTalentRepository *talent,
                             int year_option,
                             guint *year,
                             GError **error)
{
  if (year_option != 0)
    {
      *year = (guint) year_option;
      return TRUE;
    }
  return kr_talent_repository_get_latest_year (talent, year, error);
}

gboolean
kr_tool_talent_make_query (KrDatabase *db,
                           KrTalentRepository *talent,
                           int year_option,
                           const char *unit_code,
                           gboolean subtree,
                           KrTalentQuery *query,
                           GError **error)
{
  guint year;

  if (!kr_tool_talent_resolve_year (talent, year_option, &year, error))
    return FALSE;
  kr_talent_query_init (query, year);
  if (unit_code != NULL && !kr_tool_find_unit (db, unit_code, &query->unit_id, error))
    return FALSE;
  /* A unit without --subtree is that unit alone; no unit is every unit in scope */
  query->subtree = unit_code == NULL || subtree;
  return TRUE;
}

char *
kr_tool_talent_check_unit (const char *unit_code, gboolean subtree)
{
  if (subtree && unit_code == NULL)
    return g_strdup (_ ("--subtree goes with --unit"));
  return NULL;
}

const char *
kr_tool_talent_status_code (KrTalentStatus status)
{
  static const char *const codes[KR_N_TALENT_STATUSES] = {
    [KR_TALENT_STATUS_PLACED] = "placed",
    [KR_TALENT_STATUS_NO_APPRAISAL] = "no_appraisal",
    [KR_TALENT_STATUS_NO_ASSESSMENT] = "no_assessment",
    [KR_TALENT_STATUS_EXCLUDED] = "excluded",
  };

  return (guint) status < KR_N_TALENT_STATUSES ? codes[status] : NULL;
}

char *
kr_tool_talent_iso (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? kr_date_format_iso (date) : NULL;
}

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "-";
}

/* grid */

static const KrToolCommand grid_command = {
  "talent grid", N_ ("DATABASE"),
  N_ ("Show the 9-box of a year (--year, default the latest appraised) for a unit or every "
      "unit: the employees in each box, and those not placed or excluded"),
  NULL
};

static void
print_grid_json (const KrTalentQuery *query,
                 const char *unit_code,
                 const KrTalentGridCounts *counts,
                 GPtrArray *boxes)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  kr_tool_training_json_int (builder, "year", query->year);
  kr_tool_training_json_string (builder, "unit", unit_code);
  kr_tool_training_json_bool (builder, "subtree", query->subtree);
  json_builder_set_member_name (builder, "boxes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < boxes->len; i++)
    {
      const KrTalentBox *box = boxes->pdata[i];

      json_builder_begin_object (builder);
      kr_tool_training_json_int (builder, "box", box->number);
      kr_tool_training_json_string (builder, "performance",
                                    kr_talent_performance_get_code (box->performance));
      kr_tool_training_json_string (builder, "potential",
                                    kr_talent_potential_get_code (box->potential));
      kr_tool_training_json_bool (builder, "in_pool", box->in_pool);
      kr_tool_training_json_int (
          builder, "count",
          box->number < G_N_ELEMENTS (counts->boxes) ? counts->boxes[box->number] : 0);
      kr_tool_training_json_string (builder, "follow_up", box->follow_up);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  kr_tool_training_json_int (builder, "placed", kr_talent_grid_counts_placed (counts));
  kr_tool_training_json_int (builder, "in_pool", kr_talent_grid_counts_in_pool (counts, boxes));
  kr_tool_training_json_int (builder, "no_appraisal", counts->no_appraisal);
  kr_tool_training_json_int (builder, "no_assessment", counts->no_assessment);
  kr_tool_training_json_int (builder, "excluded", counts->excluded);
  kr_tool_training_json_int (builder, "total", counts->total);
  json_builder_end_object (builder);
  kr_tool_training_json_print (builder);
}

/* "7: 6 (12%)" */
static char *
format_box (const KrTalentBox *box, const KrTalentGridCounts *counts, guint placed)
{
  guint count = counts->boxes[box->number];

  if (placed == 0)
    return g_strdup_printf ("%u%s: %u", box->number, box->in_pool ? "*" : "", count);
  return g_strdup_printf ("%u%s: %u (%.0f%%)", box->number, box->in_pool ? "*" : "", count,
                          100.0 * count / placed);
}

static void
print_grid_text (const KrTalentQuery *query, const KrTalentGridCounts *counts, GPtrArray *boxes)
{
  g_autoptr (GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *headings[1 + KR_N_TALENT_POTENTIALS];
  guint placed = kr_talent_grid_counts_placed (counts);

  /* Translators: the corner heading of the 9-box table: rows are performance, columns
   * potential */
  headings[0] = _ ("Performance \\ potential");
  for (guint p = 0; p < KR_N_TALENT_POTENTIALS; p++)
    headings[1 + p] = kr_talent_potential_get_label (p);
  /* The best performance on top, as the grid is drawn */
  for (guint row = KR_N_TALENT_PERFORMANCES; row-- > 0;)
    {
      char **cells = g_new0 (char *, 2 + KR_N_TALENT_POTENTIALS);

      cells[0] = g_strdup (kr_talent_performance_get_label (row));
      for (guint p = 0; p < KR_N_TALENT_POTENTIALS; p++)
        {
          const KrTalentBox *box = kr_talent_box_lookup (boxes, row, p);

          cells[1 + p] = box != NULL ? format_box (box, counts, placed) : g_strdup ("-");
        }
      g_ptr_array_add (table, cells);
    }
  /* Translators: %u is a year */
  g_print (_ ("9-box of %u\n"), query->year);
  kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), table);
  /* Translators: placed employees out of those in scope, and how many are in the talent pool
   * (the boxes marked *) */
  g_print (_ ("Placed: %u of %u; in the talent pool (*): %u\n"), placed, counts->total,
           kr_talent_grid_counts_in_pool (counts, boxes));
  /* Translators: employees not placed, by reason, and those excluded for discipline */
  g_print (_ ("Not placed: %u without an appraisal, %u without an assessment; excluded for "
              "discipline: %u\n"),
           counts->no_appraisal, counts->no_assessment, counts->excluded);
}

static int
run_grid (int argc, char **argv)
{
  g_autofree char *unit_code = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean subtree = FALSE, json = FALSE;
  g_autofree char *year_text = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_STRING, &year_text,
      N_ ("The year placed for (default: the latest with final appraisals)"), N_ ("YEAR") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_ ("Only the employees of the unit with this code (default: every unit)"), N_ ("CODE") },
    { "subtree", 0, 0, G_OPTION_ARG_NONE, &subtree,
      N_ ("With --unit, also the employees of the units below it"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTalentRepository) talent = NULL;
  g_autoptr (GPtrArray) boxes = NULL;
  g_autoptr (GError) error = NULL;
  KrTalentGridCounts counts;
  KrTalentQuery query;
  int status;

  if (!kr_tool_parse_options (&grid_command, entries, 1, &argc, &argv, &status))
    return status;
  if ((message = kr_tool_talent_check_year (year_text, &year)) != NULL ||
      (message = kr_tool_talent_check_unit (unit_code, subtree)) != NULL)
    return kr_tool_usage_error (&grid_command, message);

  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  talent = kr_talent_repository_new (db);
  if (!kr_tool_talent_make_query (db, talent, year, unit_code, subtree, &query, &error) ||
      (boxes = kr_talent_repository_list_boxes (talent, &error)) == NULL ||
      !kr_talent_repository_count_grid (talent, &query, &counts, NULL, &error))
    return kr_tool_fail (error);
  if (json)
    print_grid_json (&query, unit_code, &counts, boxes);
  else
    print_grid_text (&query, &counts, boxes);
  return KR_TOOL_EXIT_OK;
}

/* box */

static const KrToolCommand box_command = {
  "talent box", N_ ("DATABASE BOX"),
  N_ ("List the employees of one box of the 9-box (1 to 9), of the talent pool (pool), or those "
      "not placed (no-appraisal, no-assessment) or excluded (excluded), sorted by rank and name"),
  NULL
};

/* Reads BOX into @query's status, box and pool_only. */
static gboolean
parse_box (const char *text, KrTalentQuery *query, char **message)
{
  guint64 number;

  query->box = 0;
  query->pool_only = FALSE;
  if (g_ascii_string_to_unsigned (text, 10, 1, 9, &number, NULL))
    {
      query->status = KR_TALENT_STATUS_PLACED;
      query->box = (guint) number;
      return TRUE;
    }
  if (g_ascii_strcasecmp (text, "pool") == 0)
    {
      query->status = KR_TALENT_STATUS_PLACED;
      query->pool_only = TRUE;
      return TRUE;
    }
  if (g_ascii_strcasecmp (text, "no-appraisal") == 0)
    query->status = KR_TALENT_STATUS_NO_APPRAISAL;
  else if (g_ascii_strcasecmp (text, "no-assessment") == 0)
    query->status = KR_TALENT_STATUS_NO_ASSESSMENT;
  else if (g_ascii_strcasecmp (text, "excluded") == 0)
    query->status = KR_TALENT_STATUS_EXCLUDED;
  else
    {
      /* Translators: what the user typed; the words after “use” are typed as they are */
      *message = g_strdup_printf (_ ("BOX “%s”: use a box number from 1 to 9, pool, "
                                     "no-appraisal, no-assessment or excluded"),
                                  text);
      return FALSE;
    }
  return TRUE;
}

static void
print_entries_json (GPtrArray *rows, guint n_total)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  kr_tool_training_json_int (builder, "total", n_total);
  json_builder_set_member_name (builder, "employees");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      const KrTalentEntry *row = rows->pdata[i];
      g_autofree char *assessed = kr_tool_talent_iso (&row->assessment_date);

      json_builder_begin_object (builder);
      kr_tool_training_json_int (builder, "employee_id", row->employee_id);
      kr_tool_training_json_string (builder, "nip", row->nip);
      kr_tool_training_json_string (builder, "name", row->name);
      kr_tool_training_json_string (builder, "unit", row->unit_name);
      kr_tool_training_json_string (builder, "position", row->position_name);
      kr_tool_training_json_string (builder, "golongan",
                                    row->has_rank ? kr_rank_get_golongan (row->rank) : NULL);
      kr_tool_training_json_string (builder, "status", kr_tool_talent_status_code (row->status));
      kr_tool_training_json_string (
          builder, "performance",
          row->has_performance ? kr_talent_performance_get_code (row->performance) : NULL);
      kr_tool_training_json_string (
          builder, "potential",
          row->has_potential ? kr_talent_potential_get_code (row->potential) : NULL);
      if (row->box > 0)
        kr_tool_training_json_int (builder, "box", row->box);
      else
        kr_tool_training_json_string (builder, "box", NULL);
      kr_tool_training_json_string (builder, "assessment_date", assessed);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  kr_tool_training_json_print (builder);
}

static void
print_entries_text (GPtrArray *rows, guint offset, guint n_total)
{
  g_autoptr (GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  /* Translators: column headings of `karier-tool talent box` */
  const char *headings[] = { _ ("NIP"), _ ("Name"),        _ ("Gol."),      _ ("Unit"),
                             _ ("Box"), _ ("Performance"), _ ("Potential"), _ ("Assessed") };

  for (guint i = 0; i < rows->len; i++)
    {
      const KrTalentEntry *row = rows->pdata[i];
      char **cells = g_new0 (char *, G_N_ELEMENTS (headings) + 1);

      cells[0] = g_strdup (row->nip);
      cells[1] = g_strdup (row->name);
      cells[2] = g_strdup (row->has_rank ? kr_rank_get_golongan (row->rank) : "-");
      cells[3] = g_strdup (or_dash (row->unit_name));
      cells[4] = row->box > 0 ? g_strdup_printf ("%u", row->box)
                              : g_strdup (kr_talent_status_get_label (row->status));
      cells[5] = g_strdup (row->has_performance ? kr_talent_performance_get_label (row->performance)
                                                : "-");
      cells[6] =
          g_strdup (row->has_potential ? kr_talent_potential_get_label (row->potential) : "-");
      cells[7] = kr_tool_talent_iso (&row->assessment_date);
      if (cells[7] == NULL)
        cells[7] = g_strdup ("-");
      g_ptr_array_add (table, cells);
    }
  kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), table);
  if (rows->len > 0 && rows->len < n_total)
    /* Translators: the first and last row shown, and how many rows there are */
    g_print (_ ("Employees %u to %u of %u\n"), offset + 1, offset + rows->len, n_total);
  else
    /* Translators: the number of employees listed */
    g_print (ngettext ("%u employee\n", "%u employees\n", n_total), n_total);
}

static int
run_box (int argc, char **argv)
{
  g_autofree char *unit_code = NULL;
  g_autofree char *search = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean subtree = FALSE, json = FALSE;
  g_autofree char *year_text = NULL;
  int year = 0, offset = 0, limit = 0;
  const GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_STRING, &year_text,
      N_ ("The year placed for (default: the latest with final appraisals)"), N_ ("YEAR") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_ ("Only the employees of the unit with this code (default: every unit)"), N_ ("CODE") },
    { "subtree", 0, 0, G_OPTION_ARG_NONE, &subtree,
      N_ ("With --unit, also the employees of the units below it"), NULL },
    { "search", 's', 0, G_OPTION_ARG_STRING, &search, N_ ("Only names or NIPs starting so"),
      N_ ("TEXT") },
    { "offset", 0, 0, G_OPTION_ARG_INT, &offset, N_ ("Skip this many rows first"), N_ ("N") },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, N_ ("List at most this many (default: all)"),
      N_ ("N") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTalentRepository) talent = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  KrTalentQuery query, parsed = { 0 };
  guint n_total = 0, count;
  int status;

  if (!kr_tool_parse_options (&box_command, entries, 2, &argc, &argv, &status))
    return status;
  if (!parse_box (argv[2], &parsed, &message) ||
      (message = kr_tool_talent_check_year (year_text, &year)) != NULL ||
      (message = kr_tool_talent_check_unit (unit_code, subtree)) != NULL)
    return kr_tool_usage_error (&box_command, message);
  if (offset < 0 || limit < 0)
    return kr_tool_usage_error (&box_command, _ ("--offset and --limit cannot be negative"));

  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  talent = kr_talent_repository_new (db);
  if (!kr_tool_talent_make_query (db, talent, year, unit_code, subtree, &query, &error))
    return kr_tool_fail (error);
  query.status = parsed.status;
  query.box = parsed.box;
  query.pool_only = parsed.pool_only;
  query.search = search;
  if (!kr_talent_repository_count_employees (talent, &query, &n_total, NULL, &error))
    return kr_tool_fail (error);
  count = (guint) offset >= n_total ? 0 : n_total - (guint) offset;
  if (limit > 0)
    count = MIN (count, (guint) limit);
  rows = kr_talent_repository_list_employees (talent, &query, (guint) offset, count, NULL, &error);
  if (rows == NULL)
    return kr_tool_fail (error);
  if (json)
    print_entries_json (rows, n_total);
  else
    print_entries_text (rows, (guint) offset, n_total);
  return KR_TOOL_EXIT_OK;
}

/* The command */

static const KrToolSubcommand subcommands[] = {
  { "grid", run_grid },
  { "box", run_box },
  { "placement", kr_tool_talent_placement },
  { "assess", kr_tool_talent_assess },
  { "succession", kr_tool_talent_succession },
};

static void
print_help (const KrToolCommand *command)
{
  static const struct
  {
    const char *usage;
    const char *summary;
  } lines[] = {
    { "grid", N_ ("The 9-box of a year: employees per box, not placed, excluded") },
    { "box", N_ ("The employees of one box, of the pool, or not placed") },
    { "placement", N_ ("Where one employee stands, with the reasons") },
    { "assess", N_ ("Record or delete a potential assessment") },
    { "succession positions|list|plan|suggest|add|move|remove",
      N_ ("Key positions, their succession plans and successors") },
  };

  g_print (_ ("Usage: karier-tool talent SUBCOMMAND DATABASE [ARGUMENT…] [OPTION…]\n"));
  g_print ("\n%s\n\n", _ (command->summary));
  g_print ("%s\n", _ ("Subcommands:"));
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    g_print ("  %s\n      %s\n", lines[i].usage, _ (lines[i].summary));
  g_print ("\n%s\n", _ ("Run “karier-tool talent SUBCOMMAND --help” to see how to use it."));
}

int
kr_tool_talent (const KrToolCommand *command, int argc, char **argv)
{
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      print_help (command);
      return KR_TOOL_EXIT_OK;
    }
  return kr_tool_training_dispatch (command, subcommands, G_N_ELEMENTS (subcommands), argc, argv);
}
