/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-promotion"

#include "config.h"

#include "kr-tool-promotion-private.h"

#include <string.h>

#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* `karier-tool promotion`: kenaikan pangkat and retirement (DOMAIN 4, 9) from the command line.
 * This file: the command, the shared helpers, and the reading subcommands candidates and list. */

/* Helpers */

gboolean
kr_tool_promotion_parse_date (const char *option, const char *text, GDate *date, char **message)
{
  g_autoptr (GError) error = NULL;

  g_date_clear (date, 1);
  if (text == NULL)
    {
      /* Translators: an option such as --tmt */
      *message = g_strdup_printf (_ ("missing option %s"), option);
      return FALSE;
    }
  if (!kr_date_parse (text, date, &error))
    {
      /* Translators: an option such as --start, then why the date is wrong */
      *message = g_strdup_printf (_ ("%s: %s"), option, error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
kr_tool_promotion_parse_period (const char *text, GDate *period, char **message)
{
  GDate before, after;
  char before_text[KR_DATE_ISO_LENGTH + 1] = "-";
  char after_text[KR_DATE_ISO_LENGTH + 1] = "-";

  if (text == NULL)
    {
      GDate today;

      kr_date_today (NULL, &today);
      g_date_clear (period, 1);
      return kr_kp_period_on_or_after (&today, period);
    }
  if (!kr_tool_promotion_parse_date ("--period", text, period, message))
    return FALSE;
  if (kr_kp_period_is_valid (period))
    return TRUE;
  g_date_clear (&before, 1);
  g_date_clear (&after, 1);
  if (kr_kp_period_previous (period, &before))
    kr_date_format_iso_buf (&before, before_text);
  if (kr_kp_period_next (period, &after))
    kr_date_format_iso_buf (&after, after_text);
  /* Translators: what the user typed, then the period dates before and after it */
  *message = g_strdup_printf (_ ("--period %s: not a KP period date of its time; the nearest "
                                 "are %s and %s"),
                              text, before_text, after_text);
  return FALSE;
}

char *
kr_tool_promotion_iso (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? kr_date_format_iso (date) : NULL;
}

const char *
kr_tool_promotion_or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "-";
}

const char *
kr_tool_promotion_rule_code (KrPromotionRule rule)
{
  static const char *const codes[KR_N_PROMOTION_RULES] = {
    [KR_PROMOTION_RULE_EMPLOYEE] = "employee",
    [KR_PROMOTION_RULE_PERIOD] = "period",
    [KR_PROMOTION_RULE_HIGHEST_RANK] = "highest_rank",
    [KR_PROMOTION_RULE_TIME_IN_RANK] = "time_in_rank",
    [KR_PROMOTION_RULE_TIME_IN_POSITION] = "time_in_position",
    [KR_PROMOTION_RULE_POSITION] = "position",
    [KR_PROMOTION_RULE_PERFORMANCE] = "performance",
    [KR_PROMOTION_RULE_EDUCATION] = "education",
    [KR_PROMOTION_RULE_UJIAN_DINAS] = "ujian_dinas",
    [KR_PROMOTION_RULE_ANGKA_KREDIT] = "angka_kredit",
    [KR_PROMOTION_RULE_DISCIPLINE] = "discipline",
    [KR_PROMOTION_RULE_RETIREMENT] = "retirement",
    [KR_PROMOTION_RULE_DIED_ON_DUTY] = "died_on_duty",
  };

  return (guint) rule < KR_N_PROMOTION_RULES ? codes[rule] : NULL;
}

void
kr_tool_promotion_json_date (JsonBuilder *builder, const char *name, const GDate *date)
{
  g_autofree char *iso = kr_tool_promotion_iso (date);

  kr_tool_training_json_string (builder, name, iso);
}

const char *
kr_tool_promotion_golongan (KrRank rank)
{
  return (guint) rank < KR_N_RANKS ? kr_rank_get_golongan (rank) : NULL;
}

/* Checks --unit and --subtree. */
char *
kr_tool_promotion_check_unit (const char *unit_code, gboolean subtree)
{
  if (subtree && unit_code == NULL)
    return g_strdup (_ ("--subtree goes with --unit"));
  return NULL;
}

/* candidates */

static const KrToolCommand candidates_command = {
  "promotion candidates", N_ ("DATABASE"),
  N_ ("List the active PNS who may be promoted on a period date (--period, default the next): "
      "each with the best kind of KP, eligible, not yet (and from when) or blocked, and the "
      "reasons"),
  NULL
};

static void
print_candidates_json (GPtrArray *rows)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      const KrPromotionCandidate *row = rows->pdata[i];
      const KrPromotionVerdict *verdict = row->verdict;

      json_builder_begin_object (builder);
      kr_tool_training_json_int (builder, "employee_id", row->employee_id);
      kr_tool_training_json_string (builder, "nip", row->nip);
      kr_tool_training_json_string (builder, "name", row->name);
      kr_tool_training_json_string (builder, "unit", row->unit_name);
      kr_tool_training_json_string (builder, "position", row->position_name);
      kr_tool_training_json_string (builder, "golongan", kr_tool_promotion_golongan (row->rank));
      kr_tool_promotion_json_date (builder, "rank_tmt", &row->rank_tmt);
      kr_tool_training_json_int (builder, "service_years", row->service_years);
      kr_tool_training_json_int (builder, "service_months", row->service_months);
      kr_tool_training_json_string (builder, "verdict",
                                    kr_promotion_verdict_kind_get_code (verdict->verdict));
      kr_tool_training_json_string (builder, "kind", kr_kp_kind_get_code (verdict->kind));
      kr_tool_training_json_string (builder, "to_golongan",
                                    kr_tool_promotion_golongan (verdict->to_rank));
      kr_tool_promotion_json_date (builder, "eligible_on", &verdict->eligible_on);
      kr_tool_training_json_int (builder, "promotion_id", row->promotion_id);
      kr_tool_training_json_string (
          builder, "promotion_stage",
          row->promotion_id != 0 ? kr_promotion_stage_get_code (row->promotion_stage) : NULL);
      json_builder_set_member_name (builder, "reasons");
      json_builder_begin_array (builder);
      for (guint r = 0; verdict->reasons != NULL && r < verdict->reasons->len; r++)
        {
          const KrPromotionReason *reason = verdict->reasons->pdata[r];

          json_builder_begin_object (builder);
          kr_tool_training_json_string (builder, "rule",
                                        kr_tool_promotion_rule_code (reason->rule));
          kr_tool_training_json_bool (builder, "met", reason->met);
          kr_tool_training_json_string (builder, "text", reason->text);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  kr_tool_training_json_print (builder);
}

/* The verdict in a word, with the date of a "not yet". */
static char *
format_verdict (const KrPromotionVerdict *verdict)
{
  g_autofree char *on = kr_tool_promotion_iso (&verdict->eligible_on);

  if (verdict->verdict == KR_PROMOTION_NOT_YET && on != NULL)
    /* Translators: “Not yet” and the date from which the employee is eligible */
    return g_strdup_printf (_ ("%s (from %s)"),
                            kr_promotion_verdict_kind_get_label (verdict->verdict), on);
  return g_strdup (kr_promotion_verdict_kind_get_label (verdict->verdict));
}

static void
print_candidates_text (GPtrArray *rows, gboolean reasons)
{
  g_autoptr (GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  /* Translators: column headings of `karier-tool promotion candidates` */
  const char *headings[] = { _ ("NIP"),  _ ("Name"), _ ("Unit"),    _ ("Gol."),     _ ("TMT"),
                             _ ("Kind"), _ ("To"),   _ ("Verdict"), _ ("Proposal"), _ ("Reason") };
  guint counts[KR_N_PROMOTION_VERDICT_KINDS] = { 0 };

  for (guint i = 0; i < rows->len; i++)
    {
      const KrPromotionCandidate *row = rows->pdata[i];
      const KrPromotionVerdict *verdict = row->verdict;
      const char *summary = kr_promotion_verdict_get_summary (verdict);
      char **cells = g_new0 (char *, G_N_ELEMENTS (headings) + 1);

      cells[0] = g_strdup (row->nip);
      cells[1] = g_strdup (row->name);
      cells[2] = g_strdup (kr_tool_promotion_or_dash (row->unit_name));
      cells[3] = g_strdup (kr_tool_promotion_or_dash (kr_tool_promotion_golongan (row->rank)));
      cells[4] = kr_tool_promotion_iso (&row->rank_tmt);
      if (cells[4] == NULL)
        cells[4] = g_strdup ("-");
      cells[5] = g_strdup (kr_kp_kind_get_label (verdict->kind));
      cells[6] = g_strdup (
          verdict->to_rank != row->rank ? kr_tool_promotion_golongan (verdict->to_rank) : "-");
      cells[7] = format_verdict (verdict);
      cells[8] = row->promotion_id != 0
                     ? g_strdup_printf ("%" G_GINT64_FORMAT " %s", row->promotion_id,
                                        kr_promotion_stage_get_label (row->promotion_stage))
                     : g_strdup ("-");
      cells[9] = g_strdup (kr_tool_promotion_or_dash (summary));
      g_ptr_array_add (table, cells);
      if ((guint) verdict->verdict < KR_N_PROMOTION_VERDICT_KINDS)
        counts[verdict->verdict]++;
    }
  kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), table);
  for (guint i = 0; reasons && i < rows->len; i++)
    {
      const KrPromotionCandidate *row = rows->pdata[i];

      g_print ("\n%s %s\n", row->nip, row->name);
      for (guint r = 0; row->verdict->reasons != NULL && r < row->verdict->reasons->len; r++)
        {
          const KrPromotionReason *reason = row->verdict->reasons->pdata[r];

          g_print ("  %s %s: %s\n", reason->met ? "✓" : "✗",
                   kr_promotion_rule_get_label (reason->rule), reason->text);
        }
    }
  /* Translators: a number of employees; followed by “N eligible, N not yet, N blocked” */
  g_print (ngettext ("%u employee: ", "%u employees: ", rows->len), rows->len);
  /* Translators: the numbers of candidates eligible, not yet eligible, and blocked */
  g_print (_ ("%u eligible, %u not yet, %u blocked\n"), counts[KR_PROMOTION_ELIGIBLE],
           counts[KR_PROMOTION_NOT_YET], counts[KR_PROMOTION_BLOCKED]);
}

static const char *
verdict_code (guint value)
{
  return kr_promotion_verdict_kind_get_code (value);
}

/* Removes the rows whose verdict is not @verdict (-1: keeps all). */
static void
keep_verdict (GPtrArray *rows, int verdict)
{
  for (guint i = rows->len; verdict >= 0 && i-- > 0;)
    {
      const KrPromotionCandidate *row = rows->pdata[i];

      if ((int) row->verdict->verdict != verdict)
        g_ptr_array_remove_index (rows, i);
    }
}

int
kr_tool_promotion_candidates (int argc, char **argv)
{
  g_autofree char *period_text = NULL;
  g_autofree char *unit_code = NULL;
  g_autofree char *search = NULL;
  g_autofree char *verdict_text = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean subtree = FALSE, json = FALSE, reasons = FALSE;
  const GOptionEntry entries[] = {
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period_text,
      N_ ("The period date (TMT), such as 2026-04-01 (default: the next one)"), N_ ("DATE") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_ ("Only the employees of the unit with this code (default: every unit)"), N_ ("CODE") },
    { "subtree", 0, 0, G_OPTION_ARG_NONE, &subtree,
      N_ ("With --unit, also the employees of the units below it"), NULL },
    { "search", 's', 0, G_OPTION_ARG_STRING, &search, N_ ("Only names or NIPs starting so"),
      N_ ("TEXT") },
    { "verdict", 0, 0, G_OPTION_ARG_STRING, &verdict_text,
      N_ ("Only the candidates with this verdict"), N_ ("eligible|not_yet|blocked") },
    { "reasons", 'r', 0, G_OPTION_ARG_NONE, &reasons,
      N_ ("Also print every rule of each candidate, met or not"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrPromotionRepository) promotions = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  KrCandidateQuery query = { 0 };
  guint n_rows = 0, verdict = 0;
  int status;

  if (!kr_tool_parse_options (&candidates_command, entries, 1, &argc, &argv, &status))
    return status;
  if (!kr_tool_promotion_parse_period (period_text, &query.period, &message))
    return kr_tool_usage_error (&candidates_command, message);
  if ((message = kr_tool_promotion_check_unit (unit_code, subtree)) != NULL ||
      (verdict_text != NULL &&
       !kr_tool_training_parse_code ("--verdict", verdict_text, verdict_code, 0,
                                     KR_N_PROMOTION_VERDICT_KINDS, &verdict, &message)))
    return kr_tool_usage_error (&candidates_command, message);

  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  promotions = kr_promotion_repository_new (db);
  query.subtree = subtree;
  query.search = search;
  if ((unit_code != NULL && !kr_tool_find_unit (db, unit_code, &query.unit_id, &error)) ||
      !kr_promotion_repository_count_candidates (promotions, &query, &n_rows, &error) ||
      (rows = kr_promotion_repository_list_candidates (promotions, &query, 0, n_rows, NULL,
                                                       &error)) == NULL)
    return kr_tool_fail (error);
  keep_verdict (rows, verdict_text != NULL ? (int) verdict : -1);
  if (json)
    print_candidates_json (rows);
  else
    print_candidates_text (rows, reasons);
  return KR_TOOL_EXIT_OK;
}

/* list */

static const KrToolCommand list_command = {
  "promotion list", N_ ("DATABASE"),
  N_ ("List the KP proposals (the pipeline): by stage, period and unit"), NULL
};

static void
print_promotions_json (GPtrArray *rows)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      const KrPromotion *row = rows->pdata[i];

      json_builder_begin_object (builder);
      kr_tool_training_json_int (builder, "id", row->id);
      kr_tool_training_json_string (builder, "nip", row->nip);
      kr_tool_training_json_string (builder, "name", row->name);
      kr_tool_training_json_string (builder, "unit", row->unit_name);
      kr_tool_training_json_string (builder, "kind", kr_kp_kind_get_code (row->kind));
      kr_tool_promotion_json_date (builder, "period", &row->period);
      kr_tool_training_json_string (builder, "from_golongan",
                                    kr_tool_promotion_golongan (row->from_rank));
      kr_tool_promotion_json_date (builder, "from_tmt", &row->from_tmt);
      kr_tool_training_json_string (builder, "to_golongan",
                                    kr_tool_promotion_golongan (row->to_rank));
      kr_tool_training_json_string (builder, "stage", kr_promotion_stage_get_code (row->stage));
      kr_tool_training_json_string (builder, "pertek_number", row->pertek_number);
      kr_tool_promotion_json_date (builder, "pertek_date", &row->pertek_date);
      kr_tool_training_json_string (builder, "sk_number", row->sk_number);
      kr_tool_promotion_json_date (builder, "sk_date", &row->sk_date);
      kr_tool_promotion_json_date (builder, "tmt", &row->tmt);
      kr_tool_training_json_string (builder, "notes", row->notes);
      kr_tool_training_json_int (builder, "rank_history_id", row->rank_history_id);
      kr_tool_training_json_int (builder, "service_years", row->service_years);
      kr_tool_training_json_int (builder, "service_months", row->service_months);
      kr_tool_training_json_int (builder, "documents", row->n_documents);
      kr_tool_training_json_int (builder, "documents_done", row->n_documents_done);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  kr_tool_training_json_print (builder);
}

static void
print_promotions_text (GPtrArray *rows)
{
  g_autoptr (GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  /* Translators: column headings of `karier-tool promotion list` */
  const char *headings[] = { _ ("ID"),    _ ("Period"),    _ ("NIP"),  _ ("Name"),
                             _ ("Unit"),  _ ("Kind"),      _ ("From"), _ ("To"),
                             _ ("Stage"), _ ("Documents"), _ ("SK") };

  for (guint i = 0; i < rows->len; i++)
    {
      const KrPromotion *row = rows->pdata[i];
      char **cells = g_new0 (char *, G_N_ELEMENTS (headings) + 1);

      cells[0] = g_strdup_printf ("%" G_GINT64_FORMAT, row->id);
      cells[1] = kr_tool_promotion_iso (&row->period);
      if (cells[1] == NULL)
        cells[1] = g_strdup ("-");
      cells[2] = g_strdup (row->nip);
      cells[3] = g_strdup (row->name);
      cells[4] = g_strdup (kr_tool_promotion_or_dash (row->unit_name));
      cells[5] = g_strdup (kr_kp_kind_get_label (row->kind));
      cells[6] = g_strdup (kr_tool_promotion_or_dash (kr_tool_promotion_golongan (row->from_rank)));
      cells[7] = g_strdup (kr_tool_promotion_or_dash (kr_tool_promotion_golongan (row->to_rank)));
      cells[8] = g_strdup (kr_promotion_stage_get_label (row->stage));
      cells[9] = g_strdup_printf ("%u/%u", row->n_documents_done, row->n_documents);
      cells[10] = g_strdup (kr_tool_promotion_or_dash (row->sk_number));
      g_ptr_array_add (table, cells);
    }
  kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), table);
  /* Translators: the number of KP proposals listed */
  g_print (ngettext ("%u proposal\n", "%u proposals\n", rows->len), rows->len);
}

static const char *
stage_code (guint value)
{
  return kr_promotion_stage_get_code (value);
}

int
kr_tool_promotion_list (int argc, char **argv)
{
  g_autofree char *period_text = NULL;
  g_autofree char *stage_text = NULL;
  g_autofree char *unit_code = NULL;
  g_autofree char *search = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean subtree = FALSE, json = FALSE;
  const GOptionEntry entries[] = {
    { "stage", 0, 0, G_OPTION_ARG_STRING, &stage_text,
      N_ ("Only the proposals at this stage (default: every stage)"),
      N_ ("candidate|documents_complete|proposed|pertek|decree|effective|cancelled") },
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period_text,
      N_ ("Only the proposals of this period date (default: every period)"), N_ ("DATE") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_ ("Only the employees of the unit with this code (default: every unit)"), N_ ("CODE") },
    { "subtree", 0, 0, G_OPTION_ARG_NONE, &subtree,
      N_ ("With --unit, also the employees of the units below it"), NULL },
    { "search", 's', 0, G_OPTION_ARG_STRING, &search, N_ ("Only names or NIPs starting so"),
      N_ ("TEXT") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrPromotionRepository) promotions = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  KrPromotionQuery query = { .stage = -1 };
  GDate period;
  guint stage = 0, n_rows = 0;
  int status;

  if (!kr_tool_parse_options (&list_command, entries, 1, &argc, &argv, &status))
    return status;
  g_date_clear (&period, 1);
  if ((period_text != NULL &&
       !kr_tool_promotion_parse_date ("--period", period_text, &period, &message)) ||
      (stage_text != NULL &&
       !kr_tool_training_parse_code ("--stage", stage_text, stage_code, 0, KR_N_PROMOTION_STAGES,
                                     &stage, &message)) ||
      (message = kr_tool_promotion_check_unit (unit_code, subtree)) != NULL)
    return kr_tool_usage_error (&list_command, message);

  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  promotions = kr_promotion_repository_new (db);
  query.stage = stage_text != NULL ? (gint) stage : -1;
  query.period = period_text != NULL ? &period : NULL;
  query.subtree = subtree;
  query.search = search;
  if ((unit_code != NULL && !kr_tool_find_unit (db, unit_code, &query.unit_id, &error)) ||
      !kr_promotion_repository_count_promotions (promotions, &query, &n_rows, &error) ||
      (rows = kr_promotion_repository_list_promotions (promotions, &query, 0, n_rows, &error)) ==
          NULL)
    return kr_tool_fail (error);
  if (json)
    print_promotions_json (rows);
  else
    print_promotions_text (rows);
  return KR_TOOL_EXIT_OK;
}

/* The command */

static const KrToolSubcommand subcommands[] = {
  { "candidates", kr_tool_promotion_candidates },
  { "list", kr_tool_promotion_list },
  { "propose", kr_tool_promotion_propose },
  { "documents", kr_tool_promotion_documents },
  { "move", kr_tool_promotion_move },
  { "decree", kr_tool_promotion_decree },
  { "retirement", kr_tool_promotion_retirement },
};

static void
print_help (const KrToolCommand *command)
{
  static const struct
  {
    const char *usage;
    const char *summary;
  } lines[] = {
    { "candidates", N_ ("Who may be promoted on a period date, with the reasons") },
    { "list", N_ ("The KP proposals, by stage, period and unit") },
    { "propose", N_ ("Propose an eligible employee (--nip) for a period") },
    { "documents", N_ ("A proposal’s document checklist, and ticking its items") },
    { "move", N_ ("Move a proposal along the pipeline (pertek with --number and --date)") },
    { "decree", N_ ("Record the SK of a proposal; from its TMT the new rank is in the profile") },
    { "retirement", N_ ("Who reaches the retirement age within 12 or 24 months") },
  };

  g_print (_ ("Usage: karier-tool promotion SUBCOMMAND DATABASE [ARGUMENT…] [OPTION…]\n"));
  g_print ("\n%s\n\n", _ (command->summary));
  g_print ("%s\n", _ ("Subcommands:"));
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    g_print ("  %-12s  %s\n", lines[i].usage, _ (lines[i].summary));
  g_print ("\n%s\n", _ ("Run “karier-tool promotion SUBCOMMAND --help” to see how to use it."));
}

int
kr_tool_promotion (const KrToolCommand *command, int argc, char **argv)
{
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      print_help (command);
      return KR_TOOL_EXIT_OK;
    }
  return kr_tool_training_dispatch (command, subcommands, G_N_ELEMENTS (subcommands), argc, argv);
}
