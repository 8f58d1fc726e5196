/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-promotion"

#include "config.h"

#include "kr-tool-promotion-private.h"

#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* `karier-tool promotion retirement`: who reaches the retirement age (BUP, DOMAIN 9) soon, with
 * the TMT pensiun and the deadline of the proposal. */

static const KrToolCommand retirement_command = {
  "promotion retirement", N_ ("DATABASE"),
  N_ ("List the active PNS and CPNS who reach their retirement age (BUP) within --months "
      "months: BUP, TMT pensiun and the deadline of the proposal"),
  NULL
};

static void
print_retirements_json (GPtrArray *rows)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      const KrRetirement *row = rows->pdata[i];

      json_builder_begin_object (builder);
      kr_tool_training_json_string (builder, "nip", row->nip);
      kr_tool_training_json_string (builder, "name", row->name);
      kr_tool_training_json_string (builder, "unit", row->unit_name);
      kr_tool_training_json_string (builder, "position", row->position_name);
      kr_tool_training_json_string (builder, "golongan", kr_tool_promotion_golongan (row->rank));
      kr_tool_promotion_json_date (builder, "birth_date", &row->birth_date);
      kr_tool_training_json_int (builder, "bup_years", row->bup_years);
      kr_tool_promotion_json_date (builder, "bup_date", &row->bup_date);
      kr_tool_promotion_json_date (builder, "tmt_pensiun", &row->tmt_pensiun);
      kr_tool_promotion_json_date (builder, "deadline", &row->deadline);
      kr_tool_training_json_int (builder, "months_left", row->months_left);
      kr_tool_training_json_bool (builder, "overdue", row->overdue);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  kr_tool_training_json_print (builder);
}

static char *
iso_or_dash (const GDate *date)
{
  char *iso = kr_tool_promotion_iso (date);

  return iso != NULL ? iso : g_strdup ("-");
}

static void
print_retirements_text (GPtrArray *rows)
{
  g_autoptr (GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  /* Translators: column headings of `karier-tool promotion retirement` */
  const char *headings[] = { _ ("NIP"),         _ ("Name"),     _ ("Unit"),
                             _ ("Position"),    _ ("BUP"),      _ ("Birth date"),
                             _ ("TMT pensiun"), _ ("Deadline"), _ ("Months left") };
  guint n_overdue = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      const KrRetirement *row = rows->pdata[i];
      char **cells = g_new0 (char *, G_N_ELEMENTS (headings) + 1);
      g_autofree char *deadline = iso_or_dash (&row->deadline);

      cells[0] = g_strdup (row->nip);
      cells[1] = g_strdup (row->name);
      cells[2] = g_strdup (kr_tool_promotion_or_dash (row->unit_name));
      cells[3] = g_strdup (kr_tool_promotion_or_dash (row->position_name));
      cells[4] = g_strdup_printf ("%u", row->bup_years);
      cells[5] = iso_or_dash (&row->birth_date);
      cells[6] = iso_or_dash (&row->tmt_pensiun);
      /* Translators: a proposal deadline that has passed, such as “2026-01-01 (overdue)” */
      cells[7] = row->overdue ? g_strdup_printf (_ ("%s (overdue)"), deadline)
                              : g_steal_pointer (&deadline);
      cells[8] = g_strdup_printf ("%u", row->months_left);
      g_ptr_array_add (table, cells);
      n_overdue += row->overdue;
    }
  kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), table);
  /* Translators: a number of employees; followed by “N past the proposal deadline” */
  g_print (ngettext ("%u employee: ", "%u employees: ", rows->len), rows->len);
  /* Translators: how many of the employees listed are past their proposal deadline */
  g_print (
      ngettext ("%u past the proposal deadline\n", "%u past the proposal deadline\n", n_overdue),
      n_overdue);
}

int
kr_tool_promotion_retirement (int argc, char **argv)
{
  g_autofree char *unit_code = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean subtree = FALSE, json = FALSE;
  int months = 12;
  const GOptionEntry entries[] = {
    { "months", 'm', 0, G_OPTION_ARG_INT, &months,
      N_ ("The horizon in months, 1 to 120 (default: 12)"), N_ ("N") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_code,
      N_ ("Only the employees of the unit with this code (default: every unit)"), N_ ("CODE") },
    { "subtree", 0, 0, G_OPTION_ARG_NONE, &subtree,
      N_ ("With --unit, also the employees of the units below it"), NULL },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_text, N_ ("Count from this day (default: today)"),
      N_ ("DATE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrPromotionRepository) promotions = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  gint64 unit_id = 0;
  GDate today;
  int status;

  if (!kr_tool_parse_options (&retirement_command, entries, 1, &argc, &argv, &status))
    return status;
  kr_date_today (NULL, &today);
  if (months < 1 || months > 120)
    /* Translators: %d is the number given */
    message = g_strdup_printf (_ ("--months %d: give a number of months from 1 to 120"), months);
  else if (date_text != NULL)
    kr_tool_promotion_parse_date ("--date", date_text, &today, &message);
  if (message == NULL)
    message = kr_tool_promotion_check_unit (unit_code, subtree);
  if (message != NULL)
    return kr_tool_usage_error (&retirement_command, message);

  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  promotions = kr_promotion_repository_new (db);
  if ((unit_code != NULL && !kr_tool_find_unit (db, unit_code, &unit_id, &error)) ||
      (rows = kr_promotion_repository_list_retirements (promotions, &today, (guint) months, unit_id,
                                                        subtree, &error)) == NULL)
    return kr_tool_fail (error);
  if (json)
    print_retirements_json (rows);
  else
    print_retirements_text (rows);
  return KR_TOOL_EXIT_OK;
}
