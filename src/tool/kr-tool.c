/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool"

#include "config.h"

#include "kr-tool.h"

#include <errno.h>
#include <math.h>

#include "kr-date.h"
#include "kr-employee-repository.h"
#include "kr-employee.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-unit-repository.h"

int
kr_tool_fail (const GError *error)
{
  g_return_val_if_fail (error != NULL, KR_TOOL_EXIT_FAILURE);

  g_printerr ("karier-tool: %s\n", error->message);
  return KR_TOOL_EXIT_FAILURE;
}

int
kr_tool_usage_error (const KrToolCommand *command, const char *message)
{
  g_return_val_if_fail (message != NULL, KR_TOOL_EXIT_USAGE);

  g_printerr ("karier-tool: %s\n", message);
  if (command != NULL)
    /* Translators: %s is a command name such as "info" */
    g_printerr (_ ("Run “karier-tool %s --help” to see how to use it.\n"), command->name);
  else
    g_printerr (_ ("Run “karier-tool --help” to see the commands.\n"));
  return KR_TOOL_EXIT_USAGE;
}

/* Says which positional argument is missing or extra. */
static int
check_arguments (const KrToolCommand *command, int n_arguments, int argc, char **argv)
{
  g_autofree char *message = NULL;
  int n_given = argc - 1;

  if (n_given < n_arguments)
    {
      g_auto (GStrv) names = g_strsplit (_ (command->parameters), " ", -1);
      const char *missing = (guint) n_given < g_strv_length (names) ? names[n_given] : "";

      /* Translators: %s is the name of an argument in the usage line, such as DATABASE */
      message = g_strdup_printf (_ ("missing argument %s"), missing);
    }
  else if (n_given > n_arguments)
    message = g_strdup_printf (_ ("unexpected argument “%s”"), argv[n_arguments + 1]);
  else
    return KR_TOOL_EXIT_OK;
  return kr_tool_usage_error (command, message);
}

gboolean
kr_tool_parse_options (const KrToolCommand *command,
                       const GOptionEntry *entries,
                       int n_arguments,
                       int *argc,
                       char ***argv,
                       int *status)
{
  gboolean help = FALSE;
  const GOptionEntry help_entries[] = {
    { "help", 'h', 0, G_OPTION_ARG_NONE, &help, N_ ("Show how to use this command"), NULL },
    { NULL },
  };
  g_autofree char *usage = g_strdup_printf ("%s %s", command->name, _ (command->parameters));
  g_autoptr (GOptionContext) context = g_option_context_new (usage);
  g_autoptr (GError) error = NULL;

  g_option_context_set_summary (context, _ (command->summary));
  /* GOption's own --help would exit() from inside the parser. */
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, help_entries, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = kr_tool_usage_error (command, error->message);
      return FALSE;
    }
  if (help)
    {
      g_autofree char *text = g_option_context_get_help (context, TRUE, NULL);

      g_print ("%s", text);
      *status = KR_TOOL_EXIT_OK;
      return FALSE;
    }
  *status = check_arguments (command, n_arguments, *argc, *argv);
  return *status == KR_TOOL_EXIT_OK;
}

gboolean
kr_tool_find_unit (KrDatabase *db, const char *code, gint64 *unit_id, GError **error)
{
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (db);
  g_autoptr (KrUnit) unit = kr_unit_repository_get_by_code (units, code, error);

  if (unit == NULL)
    return FALSE;
  *unit_id = unit->id;
  return TRUE;
}

gboolean
kr_tool_parse_employee_kind (const char *name, int *kind, char **message)
{
  *kind = -1;
  if (name == NULL)
    return TRUE;
  for (KrEmployeeKind k = 0; k < KR_N_EMPLOYEE_KINDS; k++)
    {
      if (g_ascii_strcasecmp (name, kr_employee_kind_get_label (k)) == 0)
        {
          *kind = k;
          return TRUE;
        }
    }
  *message =
      g_strdup_printf (_ ("--kind: unknown employee kind “%s”; use pns, cpns or pppk"), name);
  return FALSE;
}

KrEmployee *
kr_tool_find_employee (KrDatabase *db, const char *nip, GError **error)
{
  g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (db);
  g_autoptr (GError) local_error = NULL;
  KrEmployee *employee = kr_employee_repository_get_by_nip (employees, nip, &local_error);

  if (employee != NULL)
    return employee;
  if (g_error_matches (local_error, KR_ERROR, KR_ERROR_NOT_FOUND))
    /* Translators: %s is the NIP given */
    g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, _ ("--nip %s: no employee has this NIP"),
                 nip);
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

gboolean
kr_tool_parse_period (const char *text, guint *period)
{
  guint64 value;

  if (g_ascii_strcasecmp (text, "annual") == 0)
    {
      *period = 0;
      return TRUE;
    }
  if (!g_ascii_string_to_unsigned (text, 10, 0, 12, &value, NULL))
    return FALSE;
  *period = (guint) value;
  return TRUE;
}

gboolean
kr_tool_parse_int (const char *option,
                   const char *text,
                   gint64 min,
                   gint64 max,
                   gint64 *value,
                   char **message)
{
  gint64 parsed;

  g_return_val_if_fail (option != NULL && value != NULL && message != NULL, FALSE);
  g_return_val_if_fail (min <= max, FALSE);

  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_signed (text, 10, min, max, &parsed, NULL))
    {
      /* An id: 9223372036854775807 tells the user nothing. */
      if (min == 1 && max == G_MAXINT64)
        {
          /* Translators: %s is an option such as --course, then the text given */
          *message = g_strdup_printf (_ ("%s: give a positive id (got “%s”)"), option, text);
          return FALSE;
        }
      /* Translators: %s is an option such as --jp, then the lowest and highest values it takes,
       * then the text given */
      *message = g_strdup_printf (_ ("%s: give a whole number from %lld to %lld (got “%s”)"),
                                  option, (long long) min, (long long) max, text);
      return FALSE;
    }
  *value = parsed;
  return TRUE;
}

gboolean
kr_tool_parse_double (const char *option,
                      const char *text,
                      double min,
                      double max,
                      double *value,
                      char **message)
{
  char *end = NULL;
  double parsed;

  g_return_val_if_fail (option != NULL && value != NULL && message != NULL, FALSE);

  if (text == NULL)
    return TRUE;
  errno = 0;
  parsed = g_ascii_strtod (text, &end);
  /* isfinite() also refuses "nan" and "inf", which strtod reads. */
  if (*text == '\0' || end == NULL || *end != '\0' || errno != 0 || !isfinite (parsed) ||
      parsed < min || parsed > max)
    {
      /* Translators: %s is an option such as --score, then the lowest and highest values it
       * takes, then the text given */
      *message = g_strdup_printf (_ ("%s: give a number from %g to %g (got “%s”)"), option, min,
                                  max, text);
      return FALSE;
    }
  *value = parsed;
  return TRUE;
}

gboolean
kr_tool_parse_date (const char *option, const char *text, GDate *date, char **message)
{
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (option != NULL && date != NULL && message != NULL, FALSE);

  if (text == NULL)
    return TRUE;
  g_date_clear (date, 1);
  if (kr_date_parse (text, date, &error))
    return TRUE;
  /* Translators: an option such as --start, then why the date is wrong */
  *message = g_strdup_printf (_ ("%s: %s"), option, error->message);
  return FALSE;
}
