/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-vacancy"

#include "config.h"

#include <string.h>

#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-position.h"
#include "kr-tool-training-private.h"
#include "kr-tool.h"
#include "kr-vacancy-repository.h"

/* `karier-tool vacancy list|need|formasi`: vacant positions, those retirements will empty,
 * the recorded needs, and the formasi proposal (kr-vacancy-repository.h). */

static const KrToolCommand list_command = {
  "vacancy list", N_ ("DATABASE"),
  N_ ("List the positions with no holder, those whose holders all retire within --months months, "
      "and those below their need"),
  NULL
};

static const KrToolCommand need_command = {
  "vacancy need", N_ ("DATABASE POSITION-ID"),
  N_ ("Record how many holders a position needs (--set N, with --basis), or remove the record "
      "(--clear)"),
  NULL
};

static const KrToolCommand formasi_command = {
  "vacancy formasi", N_ ("DATABASE FILE"),
  N_ ("Write the formasi proposal (needs, holders, retirements and shortfall per position) as "
      "CSV"),
  NULL
};

typedef struct
{
  char *unit_code;
  char *date_text;
  char *reasons_text;
  char *search;
  char *as_user;
  gboolean subtree;
  int months;
} QueryOptions;

static void
query_options_clear (QueryOptions *o)
{
  g_free (o->unit_code);
  g_free (o->date_text);
  g_free (o->reasons_text);
  g_free (o->search);
  g_free (o->as_user);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (QueryOptions, query_options_clear)

#define QUERY_ENTRIES(o)                                                                           \
  { "months",    'm',                                                                              \
    0,           G_OPTION_ARG_INT,                                                                 \
    &(o).months, N_ ("Count the retirements within N months, 0 to 60 (default: 24)"),              \
    N_ ("N") },                                                                                    \
      { "unit",                                                                                    \
        'u',                                                                                       \
        0,                                                                                         \
        G_OPTION_ARG_STRING,                                                                       \
        &(o).unit_code,                                                                            \
        N_ ("Only the positions of the unit with this code (default: every unit)"),                \
        N_ ("CODE") },                                                                             \
      { "subtree",                                                                                 \
        0,                                                                                         \
        0,                                                                                         \
        G_OPTION_ARG_NONE,                                                                         \
        &(o).subtree,                                                                              \
        N_ ("With --unit, also the positions of the units below it"),                              \
        NULL },                                                                                    \
      { "reasons",                                                                                 \
        'r',                                                                                       \
        0,                                                                                         \
        G_OPTION_ARG_STRING,                                                                       \
        &(o).reasons_text,                                                                         \
        N_ ("Only these reasons, comma-separated: vacant, retiring, short (default: all)"),        \
        N_ ("LIST") },                                                                             \
      { "search",    's',                                                                          \
        0,           G_OPTION_ARG_STRING,                                                          \
        &(o).search, N_ ("Only positions whose name or unit name contains this text"),             \
        N_ ("TEXT") },                                                                             \
      { "date",                                                                                    \
        'd',                                                                                       \
        0,                                                                                         \
        G_OPTION_ARG_STRING,                                                                       \
        &(o).date_text,                                                                            \
        N_ ("Count from this day (default: today)"),                                               \
        N_ ("DATE") },                                                                             \
      KR_TOOL_AS_OPTION ((o).as_user)

static char *
parse_reasons (const char *text, guint *reasons)
{
  g_auto (GStrv) words = NULL;

  *reasons = 0;
  if (text == NULL)
    return NULL;
  words = g_strsplit (text, ",", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *w = g_strstrip (words[i]);

      if (g_str_equal (w, "vacant"))
        *reasons |= KR_VACANCY_VACANT;
      else if (g_str_equal (w, "retiring"))
        *reasons |= KR_VACANCY_RETIRING;
      else if (g_str_equal (w, "short"))
        *reasons |= KR_VACANCY_SHORT;
      else
        /* Translators: the word the user typed */
        return g_strdup_printf (_ ("--reasons: “%s” is not vacant, retiring or short"), w);
    }
  return NULL;
}

/* Checks the options and fills @query; a message on a usage error. */
static char *
check_query (QueryOptions *o, KrVacancyQuery *query)
{
  g_autoptr (GError) error = NULL;
  char *message = NULL;

  memset (query, 0, sizeof *query);
  kr_date_today (NULL, &query->today);
  if (o->months < 0 || o->months > 60)
    /* Translators: %d is the number given */
    return g_strdup_printf (_ ("--months %d: give a number of months from 0 to 60"), o->months);
  query->horizon_months = (guint) o->months;
  if (o->date_text != NULL && !kr_date_parse (o->date_text, &query->today, &error))
    /* Translators: an option, then why the date is wrong */
    return g_strdup_printf (_ ("%s: %s"), "--date", error->message);
  if (o->subtree && o->unit_code == NULL)
    return g_strdup (_ ("--subtree needs --unit"));
  message = parse_reasons (o->reasons_text, &query->reasons);
  if (message != NULL)
    return message;
  query->subtree = o->subtree;
  query->search = o->search;
  return NULL;
}

static KrDatabase *
open_for_query (const char *path, QueryOptions *o, KrVacancyQuery *query, gboolean read_only)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_tool_training_open (path, read_only, o->as_user, &error);

  if (db == NULL ||
      (o->unit_code != NULL && !kr_tool_find_unit (db, o->unit_code, &query->unit_id, &error)))
    {
      kr_tool_fail (error);
      return NULL;
    }
  return g_steal_pointer (&db);
}

static char *
first_or_dash (const KrVacancy *v)
{
  return g_date_valid (&v->first_retirement) ? kr_date_format_iso (&v->first_retirement)
                                             : g_strdup ("-");
}

static void
print_json (GPtrArray *rows)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      const KrVacancy *v = rows->pdata[i];
      g_autofree char *first = first_or_dash (v);

      json_builder_begin_object (builder);
      kr_tool_training_json_int (builder, "position_id", v->position_id);
      kr_tool_training_json_string (builder, "position", v->position_name);
      kr_tool_training_json_string (builder, "kind", kr_position_kind_get_label (v->kind));
      kr_tool_training_json_bool (builder, "head", v->is_head);
      kr_tool_training_json_string (builder, "unit", v->unit_name);
      kr_tool_training_json_int (builder, "needed", v->needed);
      kr_tool_training_json_bool (builder, "need_recorded", v->need_recorded);
      kr_tool_training_json_int (builder, "holders", v->holders);
      kr_tool_training_json_int (builder, "retiring", v->retiring);
      kr_tool_training_json_string (builder, "first_retirement",
                                    g_date_valid (&v->first_retirement) ? first : NULL);
      kr_tool_training_json_int (builder, "shortfall", v->shortfall);
      kr_tool_training_json_bool (builder, "vacant", (v->reasons & KR_VACANCY_VACANT) != 0);
      kr_tool_training_json_bool (builder, "retiring_all", (v->reasons & KR_VACANCY_RETIRING) != 0);
      kr_tool_training_json_bool (builder, "short", (v->reasons & KR_VACANCY_SHORT) != 0);
      kr_tool_training_json_int (builder, "selection_id", v->selection_id);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  kr_tool_training_json_print (builder);
}

static void
print_text (GPtrArray *rows, const KrVacancySummary *sum)
{
  g_autoptr (GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  /* Translators: column headings of `karier-tool vacancy list` */
  const char *headings[] = {
    _ ("ID"),      _ ("Unit"),     _ ("Position"),          _ ("Need"),
    _ ("Holders"), _ ("Retiring"), _ ("First TMT pensiun"), _ ("Shortfall"),
    _ ("Why")
  };

  for (guint i = 0; i < rows->len; i++)
    {
      const KrVacancy *v = rows->pdata[i];
      char **cells = g_new0 (char *, G_N_ELEMENTS (headings) + 1);

      cells[0] = g_strdup_printf ("%lld", (long long) v->position_id);
      cells[1] = g_strdup (v->unit_name);
      cells[2] = g_strdup (v->position_name);
      cells[3] = v->needed >= 0 ? g_strdup_printf ("%d", v->needed) : g_strdup ("?");
      cells[4] = g_strdup_printf ("%u", v->holders);
      cells[5] = g_strdup_printf ("%u", v->retiring);
      cells[6] = first_or_dash (v);
      cells[7] = g_strdup_printf ("%u", v->shortfall);
      cells[8] = kr_vacancy_reasons_to_string (v->reasons);
      g_ptr_array_add (table, cells);
    }
  kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), table);
  /* Translators: totals after `karier-tool vacancy list` */
  g_print (ngettext ("%u position: ", "%u positions: ", sum->positions), sum->positions);
  g_print (_ ("%u vacant, %u with every holder retiring, %u below the need; shortfall %u\n"),
           sum->vacant, sum->retiring, sum->short_positions, sum->shortfall);
}

static int
run_list (int argc, char **argv)
{
  g_auto (QueryOptions) o = { .months = 24 };
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    QUERY_ENTRIES (o),
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON"), NULL },
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrVacancyRepository) vacancies = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  KrVacancySummary sum;
  KrVacancyQuery query;
  int status;

  if (!kr_tool_parse_options (&list_command, entries, 1, &argc, &argv, &status))
    return status;
  message = check_query (&o, &query);
  if (message != NULL)
    return kr_tool_usage_error (&list_command, message);
  db = open_for_query (argv[1], &o, &query, TRUE);
  if (db == NULL)
    return KR_TOOL_EXIT_FAILURE;
  vacancies = kr_vacancy_repository_new (db);
  rows = kr_vacancy_repository_list (vacancies, &query, &sum, &error);
  if (rows == NULL)
    return kr_tool_fail (error);
  if (json)
    print_json (rows);
  else
    print_text (rows, &sum);
  return KR_TOOL_EXIT_OK;
}

static int
run_need (int argc, char **argv)
{
  g_autofree char *as_user = NULL;
  g_autofree char *basis = NULL;
  g_autofree char *message = NULL;
  g_autofree char *needed_text = NULL;
  gboolean clear = FALSE;
  gint64 number = 0;
  int needed;
  const GOptionEntry entries[] = {
    { "set", 0, 0, G_OPTION_ARG_STRING, &needed_text,
      N_ ("The number of holders needed, 0 to 100000"), N_ ("N") },
    { "basis", 'b', 0, G_OPTION_ARG_STRING, &basis,
      N_ ("Where the figure comes from, such as the ABK decree"), N_ ("TEXT") },
    { "clear", 0, 0, G_OPTION_ARG_NONE, &clear, N_ ("Remove the recorded need"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrVacancyRepository) vacancies = NULL;
  g_autoptr (GError) error = NULL;
  gint64 position_id = 0;
  int status;

  if (!kr_tool_parse_options (&need_command, entries, 2, &argc, &argv, &status))
    return status;
  if (!kr_tool_training_parse_id (argv[2], "POSITION-ID", &position_id, &message) ||
      !kr_tool_parse_int ("--set", needed_text, 0, 100000, &number, &message))
    return kr_tool_usage_error (&need_command, message);
  if (clear == (needed_text != NULL))
    return kr_tool_usage_error (&need_command, _ ("give either --set N or --clear"));
  needed = (int) number;
  db = kr_tool_training_open (argv[1], FALSE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  vacancies = kr_vacancy_repository_new (db);
  if (clear ? !kr_vacancy_repository_clear_need (vacancies, position_id, &error)
            : !kr_vacancy_repository_set_need (vacancies, position_id, needed, basis, &error))
    return kr_tool_fail (error);
  if (clear)
    g_print (_ ("Need of position %lld removed\n"), (long long) position_id);
  else
    /* Translators: a position id, then the number of holders */
    g_print (ngettext ("Position %lld needs %d holder\n", "Position %lld needs %d holders\n",
                       (gulong) needed),
             (long long) position_id, needed);
  return KR_TOOL_EXIT_OK;
}

static int
run_formasi (int argc, char **argv)
{
  g_auto (QueryOptions) o = { .months = 24 };
  const GOptionEntry entries[] = {
    QUERY_ENTRIES (o),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrVacancyRepository) vacancies = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  KrVacancyQuery query;
  int status;

  if (!kr_tool_parse_options (&formasi_command, entries, 2, &argc, &argv, &status))
    return status;
  message = check_query (&o, &query);
  if (message != NULL)
    return kr_tool_usage_error (&formasi_command, message);
  db = open_for_query (argv[1], &o, &query, TRUE);
  if (db == NULL)
    return KR_TOOL_EXIT_FAILURE;
  vacancies = kr_vacancy_repository_new (db);
  file = g_file_new_for_commandline_arg (argv[2]);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  if (stream == NULL ||
      !kr_vacancy_repository_write_formasi (vacancies, &query, G_OUTPUT_STREAM (stream), NULL,
                                            &error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error))
    {
      /* Closing a replace stream cancelled keeps the file that was there */
      if (stream != NULL && !g_output_stream_is_closed (G_OUTPUT_STREAM (stream)))
        {
          g_autoptr (GCancellable) cancel = g_cancellable_new ();

          g_cancellable_cancel (cancel);
          g_output_stream_close (G_OUTPUT_STREAM (stream), cancel, NULL);
        }
      return kr_tool_fail (error);
    }
  return KR_TOOL_EXIT_OK;
}

static const KrToolSubcommand subcommands[] = {
  { "list", run_list },
  { "need", run_need },
  { "formasi", run_formasi },
};

int
kr_tool_vacancy (const KrToolCommand *command, int argc, char **argv)
{
  return kr_tool_training_dispatch (command, subcommands, G_N_ELEMENTS (subcommands), argc, argv);
}
