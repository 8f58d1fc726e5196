/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-selection"

#include "config.h"

#include "kr-tool-selection-private.h"

#include <string.h>

#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* `karier-tool selection score|publish|ranking`: scoring a stage, announcing it, and the
 * ranking with the three best proposed. */

/* score */

static const KrToolCommand score_command = {
  "selection score", N_ ("DATABASE ID"),
  N_ ("Record scores of a stage (--stage N) as --set NUMBER=SCORE, once per candidate (the "
      "registration number and a score from 0 to 100), or remove one with --clear NUMBER"),
  NULL
};

typedef struct
{
  char *number;
  double score;
} Entry;

/* Splits "ST-2026-001=83.5" into its parts; a usage message otherwise. */
static gboolean
parse_entry (const char *text, Entry *entry, char **message)
{
  const char *equals = strrchr (text, '=');

  if (equals == NULL || equals == text)
    {
      /* Translators: what the user typed; NUMBER=SCORE is the form to use, not translated */
      *message =
          g_strdup_printf (_ ("--set “%s”: write NUMBER=SCORE, such as ST-2026-001=83.5"), text);
      return FALSE;
    }
  entry->number = g_strndup (text, equals - text);
  return kr_tool_selection_parse_number ("--set", equals + 1, &entry->score, message);
}

static void
entries_free (Entry *entries, guint n)
{
  for (guint i = 0; i < n; i++)
    g_free (entries[i].number);
  g_free (entries);
}

/* Records @entries (or clears @clear) at @stage; stops at the first refusal, saying how many
 * were recorded before it. */
static gboolean
record_scores (KrSelectionRepository *selections,
               GPtrArray *candidates,
               const KrSelectionStage *stage,
               const Entry *entries,
               guint n,
               const char *clear,
               const char *note,
               GError **error)
{
  const KrSelectionCandidate *candidate;

  if (clear != NULL)
    return (candidate = kr_tool_selection_find_candidate (candidates, "--clear", clear, error)) !=
               NULL &&
           kr_selection_repository_clear_score (selections, candidate->id, stage->id, error);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GError) local_error = NULL;

      if ((candidate = kr_tool_selection_find_candidate (candidates, "--set", entries[i].number,
                                                         &local_error)) == NULL ||
          !kr_selection_repository_set_score (selections, candidate->id, stage->id,
                                              entries[i].score, note, &local_error))
        {
          /* Translators: how many scores were recorded before one was refused */
          g_printerr (ngettext ("%u score recorded before the refusal\n",
                                "%u scores recorded before the refusal\n", i),
                      i);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  return TRUE;
}

int
kr_tool_selection_score (int argc, char **argv)
{
  g_autofree char *stage_text = NULL;
  g_auto (GStrv) sets = NULL;
  g_autofree char *clear = NULL;
  g_autofree char *note = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  const GOptionEntry options[] = {
    { "stage", 0, 0, G_OPTION_ARG_STRING, &stage_text, N_ ("The stage’s number, 1 for the first"),
      N_ ("N") },
    { "set", 0, 0, G_OPTION_ARG_STRING_ARRAY, &sets,
      N_ ("A candidate’s registration number and score; repeat for more"), N_ ("NUMBER=SCORE") },
    { "clear", 0, 0, G_OPTION_ARG_STRING, &clear, N_ ("Remove this candidate’s score"),
      N_ ("NUMBER") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_ ("A note kept with the scores"), N_ ("TEXT") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrSelectionRepository) selections = NULL;
  g_autoptr (KrSelection) selection = NULL;
  g_autoptr (GPtrArray) stages = NULL;
  g_autoptr (GPtrArray) candidates = NULL;
  g_autoptr (GError) error = NULL;
  const KrSelectionStage *stage;
  Entry *entries = NULL;
  guint n = sets != NULL ? g_strv_length (sets) : 0, seq = 0;
  gint64 id = 0;
  int status, result = KR_TOOL_EXIT_OK;

  if (!kr_tool_parse_options (&score_command, options, 2, &argc, &argv, &status))
    return status;
  n = sets != NULL ? g_strv_length (sets) : 0;
  if (!kr_tool_training_parse_id (argv[2], "ID", &id, &message) ||
      !kr_tool_selection_parse_seq (stage_text, &seq, &message))
    ;
  else if ((n == 0) == (clear == NULL))
    message = g_strdup (_ ("give either --set NUMBER=SCORE or --clear NUMBER"));
  entries = g_new0 (Entry, MAX (n, 1));
  for (guint i = 0; message == NULL && i < n; i++)
    parse_entry (sets[i], &entries[i], &message);
  if (message != NULL)
    {
      entries_free (entries, n);
      return kr_tool_usage_error (&score_command, message);
    }

  db = kr_tool_training_open (argv[1], FALSE, as_user, &error);
  selections = db != NULL ? kr_selection_repository_new (db) : NULL;
  if (db == NULL || (selection = kr_tool_selection_get (selections, id, &error)) == NULL ||
      (stages = kr_selection_repository_list_stages (selections, id, &error)) == NULL ||
      (stage = kr_tool_selection_find_stage (stages, seq, &error)) == NULL ||
      (candidates = kr_selection_repository_list_candidates (selections, id, &error)) == NULL ||
      !record_scores (selections, candidates, stage, entries, n, clear, note, &error))
    result = kr_tool_fail (error);
  else if (clear != NULL)
    /* Translators: a registration number, then a stage's name */
    g_print (_ ("Removed the score of %s at “%s”\n"), clear, stage->name);
  else
    /* Translators: a number of scores, then a stage's name */
    g_print (ngettext ("Recorded %u score at “%s”\n", "Recorded %u scores at “%s”\n", n), n,
             stage->name);
  entries_free (entries, n);
  return result;
}

/* publish */

static const KrToolCommand publish_command = {
  "selection publish", N_ ("DATABASE ID"),
  N_ ("Publish the results of a stage (--stage N) on a date (--date, default today): every "
      "remaining candidate must be scored; from then on its scores are final"),
  NULL
};

int
kr_tool_selection_publish (int argc, char **argv)
{
  g_autofree char *stage_text = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  const GOptionEntry entries[] = {
    { "stage", 0, 0, G_OPTION_ARG_STRING, &stage_text, N_ ("The stage’s number, 1 for the first"),
      N_ ("N") },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_text,
      N_ ("The date of the announcement (default: today)"), N_ ("DATE") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrSelectionRepository) selections = NULL;
  g_autoptr (KrSelectionRanking) ranking = NULL;
  g_autoptr (KrSelection) selection = NULL;
  g_autoptr (GPtrArray) stages = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *iso = NULL;
  const KrSelectionStage *stage;
  guint seq = 0, passed = 0;
  gint64 id = 0;
  GDate date;
  int status;

  if (!kr_tool_parse_options (&publish_command, entries, 2, &argc, &argv, &status))
    return status;
  kr_date_today (NULL, &date);
  if (kr_tool_training_parse_id (argv[2], "ID", &id, &message) &&
      kr_tool_selection_parse_seq (stage_text, &seq, &message) && date_text != NULL)
    kr_tool_selection_parse_date ("--date", date_text, &date, &message);
  if (message != NULL)
    return kr_tool_usage_error (&publish_command, message);

  db = kr_tool_training_open (argv[1], FALSE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  selections = kr_selection_repository_new (db);
  if ((selection = kr_tool_selection_get (selections, id, &error)) == NULL ||
      (stages = kr_selection_repository_list_stages (selections, id, &error)) == NULL ||
      (stage = kr_tool_selection_find_stage (stages, seq, &error)) == NULL ||
      !kr_selection_repository_publish_stage (selections, stage->id, &date, &error) ||
      (ranking = kr_selection_repository_get_ranking (selections, id, &error)) == NULL)
    return kr_tool_fail (error);
  for (guint i = 0; i < ranking->rows->len; i++)
    passed += kr_selection_ranking_row_passed (ranking->rows->pdata[i], seq - 1) ? 1 : 0;
  iso = kr_date_format_iso (&date);
  /* Translators: a stage's name and the date it was published */
  g_print (_ ("Published “%s” on %s: "), stage->name, iso);
  /* Translators: follows “Published “stage” on date: ” */
  g_print (ngettext ("%u candidate goes on\n", "%u candidates go on\n", passed), passed);
  return KR_TOOL_EXIT_OK;
}

/* ranking */

static const KrToolCommand ranking_command = {
  "selection ranking", N_ ("DATABASE ID"),
  N_ ("Show the ranking of a selection: each candidate’s scores per stage, weighted total, "
      "rank, the stage where they did not go on, and the three best proposed"),
  NULL
};

static char *
format_note (const KrSelectionRanking *ranking, const KrSelectionRankingRow *row)
{
  if (row->withdrawn)
    return g_strdup (kr_candidate_status_get_label (KR_CANDIDATE_STATUS_WITHDRAWN));
  if (row->eliminated_at >= 0 && (guint) row->eliminated_at < ranking->stages->len)
    /* Translators: a stage's name; the candidate did not go on after it */
    return g_strdup_printf (
        _ ("Out at “%s”"), ((KrSelectionStage *) ranking->stages->pdata[row->eliminated_at])->name);
  if (row->proposed)
    return g_strdup (row->tied ? _ ("Proposed (tied)") : _ ("Proposed"));
  return g_strdup (row->tied ? _ ("Tied") : "-");
}

static void
print_ranking_text (const KrSelectionRanking *ranking)
{
  g_autoptr (GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr (GPtrArray) headings = g_ptr_array_new_with_free_func (g_free);
  guint n_stages = ranking->stages->len, n_columns = n_stages + 5;

  /* Translators: column headings of `karier-tool selection ranking`; a column per stage
   * follows Name */
  g_ptr_array_add (headings, g_strdup (_ ("Rank")));
  g_ptr_array_add (headings, g_strdup (_ ("Registration")));
  g_ptr_array_add (headings, g_strdup (_ ("Name")));
  for (guint s = 0; s < n_stages; s++)
    g_ptr_array_add (headings, g_strdup_printf ("%u", s + 1));
  g_ptr_array_add (headings, g_strdup (_ ("Total")));
  g_ptr_array_add (headings, g_strdup (_ ("Note")));
  for (guint i = 0; i < ranking->rows->len; i++)
    {
      const KrSelectionRankingRow *row = ranking->rows->pdata[i];
      char **cells = g_new0 (char *, n_columns + 1);
      guint c = 0;

      cells[c++] = row->rank > 0 ? g_strdup_printf ("%u", row->rank) : g_strdup ("-");
      cells[c++] = g_strdup (row->registration_number);
      cells[c++] = g_strdup (row->name);
      for (guint s = 0; s < n_stages; s++)
        cells[c++] = s < row->n_stages && row->scored[s]
                         ? kr_tool_selection_format_number (row->scores[s])
                         : g_strdup ("-");
      cells[c++] = kr_tool_selection_format_number (row->total);
      cells[c++] = format_note (ranking, row);
      g_ptr_array_add (table, cells);
    }
  for (guint s = 0; s < n_stages; s++)
    {
      const KrSelectionStage *stage = ranking->stages->pdata[s];
      g_autofree char *weight = kr_tool_selection_format_number (stage->weight);

      g_print ("%u. %s (%s %%)%s\n", s + 1, stage->name, weight,
               kr_selection_stage_is_published (stage) ? "" : _ (", not published"));
    }
  kr_tool_training_print_table ((const char *const *) headings->pdata, n_columns, table);
  if (!ranking->final)
    g_print ("%s\n", _ ("Not every stage is published: nobody is proposed yet."));
}

static void
print_ranking_json (const KrSelectionRanking *ranking)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  kr_tool_training_json_int (builder, "selection_id", ranking->selection->id);
  kr_tool_training_json_bool (builder, "final", ranking->final);
  json_builder_set_member_name (builder, "stages");
  json_builder_begin_array (builder);
  for (guint s = 0; s < ranking->stages->len; s++)
    {
      const KrSelectionStage *stage = ranking->stages->pdata[s];

      json_builder_begin_object (builder);
      kr_tool_training_json_int (builder, "seq", stage->seq);
      kr_tool_training_json_string (builder, "kind",
                                    kr_selection_stage_kind_get_code (stage->kind));
      kr_tool_training_json_string (builder, "name", stage->name);
      kr_tool_training_json_double (builder, "weight", stage->weight);
      json_builder_set_member_name (builder, "pass_mark");
      if (stage->has_pass_mark)
        json_builder_add_double_value (builder, stage->pass_mark);
      else
        json_builder_add_null_value (builder);
      kr_tool_selection_json_date (builder, "published_on", &stage->published_on);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "rows");
  json_builder_begin_array (builder);
  for (guint i = 0; i < ranking->rows->len; i++)
    {
      const KrSelectionRankingRow *row = ranking->rows->pdata[i];

      json_builder_begin_object (builder);
      kr_tool_training_json_int (builder, "candidate_id", row->candidate_id);
      kr_tool_training_json_string (builder, "registration_number", row->registration_number);
      kr_tool_training_json_string (builder, "name", row->name);
      kr_tool_training_json_string (builder, "nip", row->nip);
      kr_tool_training_json_string (builder, "origin", row->origin);
      kr_tool_training_json_bool (builder, "withdrawn", row->withdrawn);
      json_builder_set_member_name (builder, "scores");
      json_builder_begin_array (builder);
      for (guint s = 0; s < row->n_stages; s++)
        {
          if (row->scored[s])
            json_builder_add_double_value (builder, row->scores[s]);
          else
            json_builder_add_null_value (builder);
        }
      json_builder_end_array (builder);
      kr_tool_training_json_double (builder, "total", row->total);
      json_builder_set_member_name (builder, "eliminated_at");
      if (row->eliminated_at >= 0)
        json_builder_add_int_value (builder, row->eliminated_at + 1);
      else
        json_builder_add_null_value (builder);
      kr_tool_training_json_int (builder, "rank", row->rank);
      kr_tool_training_json_bool (builder, "tied", row->tied);
      kr_tool_training_json_bool (builder, "proposed", row->proposed);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  kr_tool_training_json_print (builder);
}

int
kr_tool_selection_ranking (int argc, char **argv)
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
  g_autoptr (KrSelectionRanking) ranking = NULL;
  g_autoptr (GError) error = NULL;
  gint64 id = 0;
  int status;

  if (!kr_tool_parse_options (&ranking_command, entries, 2, &argc, &argv, &status))
    return status;
  if (!kr_tool_training_parse_id (argv[2], "ID", &id, &message))
    return kr_tool_usage_error (&ranking_command, message);
  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  selections = kr_selection_repository_new (db);
  if ((ranking = kr_selection_repository_get_ranking (selections, id, &error)) == NULL)
    return kr_tool_fail (error);
  if (json)
    print_ranking_json (ranking);
  else
    print_ranking_text (ranking);
  return KR_TOOL_EXIT_OK;
}
