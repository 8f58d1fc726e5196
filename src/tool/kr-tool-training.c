/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-training"

#include "config.h"

#include "kr-tool-training-private.h"

#include <math.h>
#include <string.h>

#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* `karier-tool training`: competence development (DOMAIN 7) from the command line. This file:
 * the command and the shared helpers. */

/* Helpers */

KrDatabase *
kr_tool_training_open (const char *path, gboolean read_only, const char *as_user, GError **error)
{
  g_autoptr (KrDatabase) db = kr_database_open (
      path, read_only ? KR_DATABASE_FLAGS_READ_ONLY : KR_DATABASE_FLAGS_NO_CREATE, error);

  if (db == NULL || !kr_tool_sign_in (db, as_user, error))
    return NULL;
  return g_steal_pointer (&db);
}

gboolean
kr_tool_training_parse_id (const char *text, const char *name, gint64 *id, char **message)
{
  guint64 value;

  if (g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    {
      *id = (gint64) value;
      return TRUE;
    }
  /* Translators: %s is an argument name such as SESSION, then what the user typed */
  *message = g_strdup_printf (_ ("%s “%s”: give the number shown by the list"), name, text);
  return FALSE;
}

char *
kr_tool_training_check_year (const char *text, int *year)
{
  char *message = NULL;
  gint64 value;

  if (text == NULL)
    return g_strdup (_ ("missing option --year"));
  if (kr_tool_parse_int ("--year", text, 2000, 9999, &value, &message))
    *year = (int) value;
  return message;
}

gboolean
kr_tool_training_parse_code (const char *option,
                             const char *text,
                             KrToolCodeFunc get_code,
                             guint first,
                             guint n,
                             guint *value,
                             char **message)
{
  g_autoptr (GString) codes = g_string_new (NULL);

  for (guint i = first; i < n; i++)
    {
      const char *code = get_code (i);

      if (code != NULL && g_ascii_strcasecmp (code, text) == 0)
        {
          *value = i;
          return TRUE;
        }
      if (code != NULL)
        g_string_append_printf (codes, "%s%s", codes->len > 0 ? ", " : "", code);
    }
  /* Translators: an option such as --form, what the user typed, then the codes to use; the
   * codes are not translated */
  *message = g_strdup_printf (_ ("%s “%s”: use one of %s"), option, text, codes->str);
  return FALSE;
}

gboolean
kr_tool_training_parse_date (const char *option, const char *text, char **iso, char **message)
{
  g_autoptr (GError) error = NULL;
  GDate date;

  g_date_clear (&date, 1);
  if (!kr_date_parse (text, &date, &error))
    {
      /* Translators: an option such as --start, then why the date is wrong */
      *message = g_strdup_printf (_ ("%s: %s"), option, error->message);
      return FALSE;
    }
  *iso = kr_date_format_iso (&date);
  return TRUE;
}

char *
kr_tool_training_format_money (gint64 amount)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, (guint64) ABS (amount));
  GString *text = g_string_new (amount < 0 ? "-Rp " : "Rp ");
  gsize length = strlen (digits);

  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append_c (text, '.');
      g_string_append_c (text, digits[i]);
    }
  return g_string_free (text, FALSE);
}

char *
kr_tool_training_format_jp (double jp)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  gint64 hundredths = (gint64) llround (jp * 100.0);

  if (hundredths % 100 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, hundredths / 100);
  g_ascii_formatd (buffer, sizeof buffer, "%.2f", hundredths / 100.0);
  if (g_str_has_suffix (buffer, "0"))
    buffer[strlen (buffer) - 1] = '\0';
  return g_strdup (buffer);
}

static guint
text_width (const char *text)
{
  return text != NULL ? (guint) g_utf8_strlen (text, -1) : 0;
}

static void
print_cells (const char *const *cells, const guint *widths, guint n_columns)
{
  for (guint c = 0; c < n_columns; c++)
    {
      const char *text = cells[c] != NULL ? cells[c] : "";

      if (c + 1 < n_columns)
        g_print ("%s%*s", text, (int) (widths[c] - text_width (text) + 2), "");
      else
        g_print ("%s\n", text);
    }
}

void
kr_tool_training_print_table (const char *const *headings, guint n_columns, GPtrArray *rows)
{
  g_autofree guint *widths = g_new0 (guint, n_columns);

  for (guint c = 0; c < n_columns; c++)
    {
      widths[c] = text_width (headings[c]);
      for (guint i = 0; i < rows->len; i++)
        widths[c] = MAX (widths[c], text_width (((char **) rows->pdata[i])[c]));
    }
  print_cells (headings, widths, n_columns);
  for (guint i = 0; i < rows->len; i++)
    print_cells (rows->pdata[i], widths, n_columns);
}

void
kr_tool_training_json_string (JsonBuilder *builder, const char *name, const char *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
kr_tool_training_json_int (JsonBuilder *builder, const char *name, gint64 value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

void
kr_tool_training_json_double (JsonBuilder *builder, const char *name, double value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_double_value (builder, round (value * 100.0) / 100.0);
}

void
kr_tool_training_json_bool (JsonBuilder *builder, const char *name, gboolean value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

void
kr_tool_training_json_print (JsonBuilder *builder)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* The command */

int
kr_tool_training_dispatch (const KrToolCommand *command,
                           const KrToolSubcommand *table,
                           guint n,
                           int argc,
                           char **argv)
{
  g_autofree char *message = NULL;
  g_autoptr (GString) names = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (argc >= 2 && g_str_equal (argv[1], table[i].name))
        return table[i].run (argc - 1, argv + 1);
      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", table[i].name);
    }
  if (argc < 2)
    /* Translators: a command such as “training course”, then its subcommands */
    message = g_strdup_printf (_ ("missing subcommand of %s: %s"), command->name, names->str);
  else
    /* Translators: what the user typed, a command such as “training course”, then its
     * subcommands */
    message = g_strdup_printf (_ ("unknown subcommand “%s” of %s; use %s"), argv[1], command->name,
                               names->str);
  return kr_tool_usage_error (command, message);
}

static const KrToolSubcommand subcommands[] = {
  { "course", kr_tool_training_course },
  { "session", kr_tool_training_session },
  { "nominate", kr_tool_training_nominate },
  { "enrolment", kr_tool_training_enrolment },
  { "compliance", kr_tool_training_compliance },
  { "budget", kr_tool_training_budget },
  { "plan", kr_tool_training_plan },
  { "needs", kr_tool_training_needs },
  { "mentoring", kr_tool_training_mentoring },
  { "import", kr_tool_training_import },
};

static void
print_help (const KrToolCommand *command)
{
  static const struct
  {
    const char *usage;
    const char *summary;
  } lines[] = {
    { "course list|add|show", N_ ("The catalogue’s courses") },
    { "session list|add|status", N_ ("The sessions of courses") },
    { "nominate", N_ ("Nominate employees (--nip or --unit) to a session") },
    { "enrolment list|move", N_ ("A session’s enrolments, and moving them along the workflow") },
    { "compliance", N_ ("Who is below the yearly JP duty, or over the PPPK limit") },
    { "budget list|set", N_ ("The training budgets of units") },
    { "plan", N_ ("Propose, and with --apply nominate, a plan that brings a unit to the duty") },
    { "needs", N_ ("Training needs from the appraisals of a year") },
    { "mentoring list|add|log", N_ ("Mentoring and coaching pairs and their sessions") },
    { "import", N_ ("Import completed training from a SIASN riwayat diklat export") },
  };

  g_print (_ ("Usage: karier-tool training SUBCOMMAND DATABASE [ARGUMENT…] [OPTION…]\n"));
  g_print ("\n%s\n\n", _ (command->summary));
  g_print ("%s\n", _ ("Subcommands:"));
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    g_print ("  %-24s  %s\n", lines[i].usage, _ (lines[i].summary));
  g_print ("\n%s\n", _ ("Run “karier-tool training SUBCOMMAND --help” to see how to use it."));
}

int
kr_tool_training (const KrToolCommand *command, int argc, char **argv)
{
  g_autofree char *message = NULL;

  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      print_help (command);
      return KR_TOOL_EXIT_OK;
    }
  return kr_tool_training_dispatch (command, subcommands, G_N_ELEMENTS (subcommands), argc, argv);
}
