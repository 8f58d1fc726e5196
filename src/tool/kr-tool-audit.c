/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-audit"

#include "config.h"

#include "kr-tool.h"

#include <string.h>

#include "kr-audit.h"
#include "kr-date.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-i18n.h"

#define DEFAULT_LIMIT 100

/* The subcommands, with the usage their --help shows. */
static const KrToolCommand verify_command = {
  "audit verify", N_ ("DATABASE"),
  N_ ("Check the hash chain of the audit trail and name the first record that was changed or "
      "removed"),
  NULL
};

static const KrToolCommand list_command = {
  "audit list", N_ ("DATABASE"),
  N_ ("List the changes in the audit trail, newest first: when, who, what, old and new values"),
  NULL
};

static const KrToolCommand export_command = {
  "audit export", N_ ("DATABASE FILE"),
  N_ ("Write the audit trail as CSV, with the hashes that let anyone check it"), NULL
};

/* Read-only: no audit command changes the file. Verification needs nobody signed in; reading
 * records does, once the database has accounts. */
static KrDatabase *
open_database (const char *path, const char *as_user, gboolean must_sign_in, GError **error)
{
  g_autoptr (KrDatabase) db = kr_database_open (path, KR_DATABASE_FLAGS_READ_ONLY, error);

  if (db == NULL || ((must_sign_in || as_user != NULL) && !kr_tool_sign_in (db, as_user, error)))
    return NULL;
  return g_steal_pointer (&db);
}

/* Verifying */

/* "2026-11-22 16:15:30" in the local time zone, or the stored text when it is not a time. */
static char *
format_time (KrAuditEntry *entry)
{
  GDateTime *time = kr_audit_entry_get_time (entry);
  g_autoptr (GDateTime) local = NULL;

  if (time == NULL)
    return g_strdup (kr_audit_entry_get_at (entry));
  local = g_date_time_to_local (time);
  return g_date_time_format (local, "%Y-%m-%d %H:%M:%S");
}

static const char *
entity_label (KrAuditEntry *entry)
{
  const char *label = kr_audit_entity_get_label (kr_audit_entry_get_entity (entry));

  return label != NULL ? label : kr_audit_entry_get_entity (entry);
}

static const char *
action_label (KrAuditEntry *entry)
{
  KrAuditAction action = kr_audit_entry_get_action (entry);

  return action != 0 ? kr_audit_action_get_label (action) : "?";
}

static void
print_broken (KrDatabase *db, gint64 id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrAuditEntry) entry = kr_audit_get_entry (db, id, &error);
  g_autofree char *time = NULL;

  if (entry == NULL && g_error_matches (error, KR_ERROR, KR_ERROR_NOT_FOUND))
    {
      g_print (_ ("The audit trail is broken at record %lld, which is missing: the newest records "
                  "were removed outside Karier.\n"),
               (long long) id);
      return;
    }
  if (entry == NULL)
    {
      g_print (_ ("The audit trail is broken at record %lld: that record, or the one before it, "
                  "was changed or removed outside Karier.\n"),
               (long long) id);
      g_printerr ("karier-tool: %s\n", error->message);
      return;
    }
  time = format_time (entry);
  g_print (
      /* Translators: a record id, its time, what was done (“Changed”), to what (“Employee”) and
       * that row's id */
      _ ("The audit trail is broken at record %lld, written %s (%s: %s %lld): that record, or the "
         "one before it, was changed or removed outside Karier.\n"),
      (long long) id, time, action_label (entry), entity_label (entry),
      (long long) kr_audit_entry_get_entity_id (entry));
}

static int
run_verify (int argc, char **argv)
{
  g_autofree char *as_user = NULL;
  const GOptionEntry entries[] = { KR_TOOL_AS_OPTION (as_user), { NULL } };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *head = NULL;
  gint64 broken = 0, last_id = 0;
  guint64 n_checked = 0;
  int status;

  if (!kr_tool_parse_options (&verify_command, entries, 1, &argc, &argv, &status))
    return status;
  db = open_database (argv[1], as_user, FALSE, &error);
  if (db == NULL || !kr_audit_verify (db, &broken, &n_checked, &error))
    return kr_tool_fail (error);
  if (broken != 0)
    {
      print_broken (db, broken);
      return KR_TOOL_EXIT_FAILURE;
    }
  head = kr_audit_dup_head (db, &last_id, &error);
  if (head == NULL)
    return kr_tool_fail (error);
  g_print (ngettext ("The audit trail is whole: %llu record\n",
                     "The audit trail is whole: %llu records\n", n_checked),
           (unsigned long long) n_checked);
  if (last_id != 0)
    /* Translators: a record id and its hash; people note the hash to check the trail later */
    g_print (_ ("Newest record: %lld, hash %s\n"), (long long) last_id, head);
  return KR_TOOL_EXIT_OK;
}

/* Filters */

typedef struct
{
  char *as_user;
  char *user;
  char *entity;
  char *employee;
  char *action;
  char *since;
  char *until;
  gint64 limit;
} Options;

static void
options_clear (Options *options)
{
  g_free (options->as_user);
  g_free (options->user);
  g_free (options->entity);
  g_free (options->employee);
  g_free (options->action);
  g_free (options->since);
  g_free (options->until);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

#define N_FILTER_ENTRIES 7

/* The options of list and export, which fill @options. */
static void
fill_filter_entries (Options *options, GOptionEntry *entries)
{
  const GOptionEntry filter_entries[N_FILTER_ENTRIES] = {
    { "user", 0, 0, G_OPTION_ARG_STRING, &options->user, N_ ("Only changes made by this user name"),
      N_ ("USER") },
    { "entity", 0, 0, G_OPTION_ARG_STRING, &options->entity,
      N_ ("Only changes of this kind of record: unit, position, employee, rank_history, "
          "position_history, education_history, discipline_history, award_history or account"),
      N_ ("ENTITY") },
    { "employee", 0, 0, G_OPTION_ARG_STRING, &options->employee,
      N_ ("Only changes of the employee with this NIP and of their histories"), N_ ("NIP") },
    { "action", 0, 0, G_OPTION_ARG_STRING, &options->action,
      N_ ("Only this kind of change: insert, update or delete"), N_ ("ACTION") },
    { "since", 0, 0, G_OPTION_ARG_STRING, &options->since,
      N_ ("Only changes made on or after this date (YYYY-MM-DD) or time"), N_ ("DATE") },
    { "until", 0, 0, G_OPTION_ARG_STRING, &options->until,
      N_ ("Only changes made on or before this date (YYYY-MM-DD), or before this time"),
      N_ ("DATE") },
    KR_TOOL_AS_OPTION (options->as_user),
  };

  memcpy (entries, filter_entries, sizeof filter_entries);
}

/* A date means the whole day in the local time zone: --since from its start, --until to its
 * end. A time (2026-11-22T08:00:00, with or without a zone) means that instant. */
static GDateTime *
parse_time (const char *text, gboolean end_of_day)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr (GDateTime) start = NULL;
  GDate date;

  if (kr_date_parse_iso (text, &date, NULL))
    {
      start = g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                               g_date_get_day (&date), 0, 0, 0);
      return end_of_day && start != NULL ? g_date_time_add_days (start, 1)
                                         : g_steal_pointer (&start);
    }
  return g_date_time_new_from_iso8601 (text, zone);
}

static gboolean
check_entity (const char *entity, char **message)
{
  g_autofree char *names = NULL;

  if (entity == NULL || kr_audit_entity_get_label (entity) != NULL)
    return TRUE;
  names = g_strjoinv (", ", (char **) kr_audit_get_entities ());
  /* Translators: what the user gave, then the list of entity names */
  *message = g_strdup_printf (_ ("unknown entity “%s”; use one of %s"), entity, names);
  return FALSE;
}

/* The filter that @options describe; usage mistakes go to @message. The times are owned by
 * the caller's @since and @until. */
static gboolean
make_filter (const Options *options,
             KrAuditFilter *filter,
             GDateTime **since,
             GDateTime **until,
             char **message)
{
  memset (filter, 0, sizeof *filter);
  filter->user_name = options->user;
  filter->entity = options->entity;
  if (!check_entity (options->entity, message))
    return FALSE;
  if (options->action != NULL && !kr_audit_action_from_code (options->action, &filter->action))
    {
      *message = g_strdup_printf (_ ("unknown action “%s”; use insert, update or delete"),
                                  options->action);
      return FALSE;
    }
  if (options->since != NULL && (*since = parse_time (options->since, FALSE)) == NULL)
    {
      *message = g_strdup_printf (_ ("--since must be a date such as 2026-11-22 or a time such "
                                     "as 2026-11-22T08:00:00; “%s” was given"),
                                  options->since);
      return FALSE;
    }
  if (options->until != NULL && (*until = parse_time (options->until, TRUE)) == NULL)
    {
      *message = g_strdup_printf (_ ("--until must be a date such as 2026-11-22 or a time such "
                                     "as 2026-11-22T08:00:00; “%s” was given"),
                                  options->until);
      return FALSE;
    }
  filter->since = *since;
  filter->until = *until;
  return TRUE;
}

/* The id of the employee with the NIP of --employee. */
static gboolean
find_employee (KrDatabase *db, const char *nip, gint64 *id, GError **error)
{
  g_autoptr (KrEmployeeRepository) repository = kr_employee_repository_new (db);
  g_autoptr (KrEmployee) employee = kr_employee_repository_get_by_nip (repository, nip, error);

  if (employee == NULL)
    return FALSE;
  *id = kr_employee_get_id (employee);
  return TRUE;
}

/* Listing */

enum
{
  COLUMN_ID,
  COLUMN_TIME,
  COLUMN_USER,
  COLUMN_ACTION,
  COLUMN_ENTITY,
  COLUMN_CHANGES,
  N_COLUMNS
};

static guint
text_width (const char *text)
{
  return text != NULL ? (guint) g_utf8_strlen (text, -1) : 0;
}

/* "name: Budi → Budi Santoso; phone: – → 0812…": what an insert, update or delete did. */
static char *
format_changes (KrAuditEntry *entry)
{
  g_autoptr (GPtrArray) changes = kr_audit_entry_dup_changes (entry, NULL);
  GString *text = g_string_new (NULL);

  if (changes == NULL)
    return g_string_free (g_string_append (text, kr_audit_entry_get_changes (entry)), FALSE);
  for (guint i = 0; i < changes->len; i++)
    {
      const KrAuditChange *change = changes->pdata[i];

      if (i > 0)
        g_string_append (text, "; ");
      g_string_append_printf (text, "%s: %s → %s", change->field,
                              change->old_value != NULL ? change->old_value : "–",
                              change->new_value != NULL ? change->new_value : "–");
    }
  return g_string_free (text, FALSE);
}

static void
fill_cells (KrAuditEntry *entry, char **cells)
{
  const char *user = kr_audit_entry_get_user_name (entry);

  cells[COLUMN_ID] = g_strdup_printf ("%" G_GINT64_FORMAT, kr_audit_entry_get_id (entry));
  cells[COLUMN_TIME] = format_time (entry);
  cells[COLUMN_USER] = g_strdup (user != NULL ? user : "–");
  cells[COLUMN_ACTION] = g_strdup (action_label (entry));
  cells[COLUMN_ENTITY] = g_strdup_printf ("%s %" G_GINT64_FORMAT, entity_label (entry),
                                          kr_audit_entry_get_entity_id (entry));
  cells[COLUMN_CHANGES] = format_changes (entry);
}

static void
clear_cells (char **cells)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    g_clear_pointer (&cells[c], g_free);
}

static void
print_row (const char *const *cells, const guint *widths)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      g_print ("%s", cells[c]);
      if (c < N_COLUMNS - 1)
        g_print ("%*s", (int) (widths[c] - text_width (cells[c]) + 2), "");
    }
  g_print ("\n");
}

typedef struct
{
  guint widths[N_COLUMNS];
  gint64 newest_id;
} Table;

static gboolean
measure_cb (KrAuditEntry *entry, gpointer user_data)
{
  Table *table = user_data;
  char *cells[N_COLUMNS] = { NULL };

  table->newest_id = MAX (table->newest_id, kr_audit_entry_get_id (entry));
  fill_cells (entry, cells);
  for (guint c = 0; c < N_COLUMNS; c++)
    table->widths[c] = MAX (table->widths[c], text_width (cells[c]));
  clear_cells (cells);
  return TRUE;
}

static gboolean
print_cb (KrAuditEntry *entry, gpointer user_data)
{
  Table *table = user_data;
  char *cells[N_COLUMNS] = { NULL };

  fill_cells (entry, cells);
  print_row ((const char *const *) cells, table->widths);
  clear_cells (cells);
  return TRUE;
}

/* Prints the records as a table. They are read twice, once for the widths of the columns and
 * once to print them, so that memory does not grow with their number; the second read stops
 * at the newest record of the first, so that records added meanwhile do not shift it. */
static gboolean
print_table (KrDatabase *db, const KrAuditFilter *filter, GError **error)
{
  const char *headers[N_COLUMNS] = { _ ("ID"),     _ ("Time"),   _ ("User"),
                                     _ ("Action"), _ ("Record"), _ ("Changes") };
  KrAuditFilter again = *filter;
  Table table = { { 0 } };

  for (guint c = 0; c < N_COLUMNS; c++)
    table.widths[c] = text_width (headers[c]);
  if (!kr_audit_query (db, filter, measure_cb, &table, NULL, error))
    return FALSE;
  print_row (headers, table.widths);
  if (table.newest_id == 0)
    return TRUE;
  again.before_id = table.newest_id + 1;
  return kr_audit_query (db, &again, print_cb, &table, NULL, error);
}

static int
run_list (int argc, char **argv)
{
  g_auto (Options) options = { .limit = DEFAULT_LIMIT };
  GOptionEntry entries[N_FILTER_ENTRIES + 2] = {
    [N_FILTER_ENTRIES] = { "limit", 'n', 0, G_OPTION_ARG_INT64, &options.limit,
                           N_ ("List at most N changes (default 100; 0 for all)"), N_ ("N") },
  };
  g_autoptr (GDateTime) since = NULL, until = NULL;
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  KrAuditFilter filter;
  int status;

  fill_filter_entries (&options, entries);
  if (!kr_tool_parse_options (&list_command, entries, 1, &argc, &argv, &status))
    return status;
  if (options.limit < 0 || options.limit > G_MAXUINT)
    {
      message = g_strdup_printf (_ ("--limit must be from 0 to %u; %lld was given"), G_MAXUINT,
                                 (long long) options.limit);
      return kr_tool_usage_error (&list_command, message);
    }
  if (!make_filter (&options, &filter, &since, &until, &message))
    return kr_tool_usage_error (&list_command, message);
  filter.limit = (guint) options.limit;
  db = open_database (argv[1], options.as_user, TRUE, &error);
  if (db == NULL ||
      (options.employee != NULL &&
       !find_employee (db, options.employee, &filter.employee_id, &error)) ||
      !print_table (db, &filter, &error))
    return kr_tool_fail (error);
  return KR_TOOL_EXIT_OK;
}

/* Exporting */

static int
run_export (int argc, char **argv)
{
  g_auto (Options) options = { 0 };
  GOptionEntry entries[N_FILTER_ENTRIES + 1] = { { NULL } };
  g_autoptr (GDateTime) since = NULL, until = NULL;
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;
  KrAuditFilter filter;
  guint64 n_records = 0;
  int status;

  fill_filter_entries (&options, entries);
  if (!kr_tool_parse_options (&export_command, entries, 2, &argc, &argv, &status))
    return status;
  if (!make_filter (&options, &filter, &since, &until, &message))
    return kr_tool_usage_error (&export_command, message);
  db = open_database (argv[1], options.as_user, TRUE, &error);
  if (db == NULL ||
      (options.employee != NULL &&
       !find_employee (db, options.employee, &filter.employee_id, &error)) ||
      !kr_audit_export_csv_file (db, &filter, argv[2], &n_records, NULL, &error))
    return kr_tool_fail (error);
  name = g_filename_display_name (argv[2]);
  g_print (ngettext ("Wrote %llu change to “%s”.\n", "Wrote %llu changes to “%s”.\n", n_records),
           (unsigned long long) n_records, name);
  return KR_TOOL_EXIT_OK;
}

static void
print_audit_help (const KrToolCommand *command)
{
  g_print (_ ("Usage: karier-tool audit SUBCOMMAND DATABASE [ARGUMENT…]\n"));
  g_print ("\n%s\n\n", _ (command->summary));
  g_print ("%s\n", _ ("Subcommands:"));
  g_print ("  verify  %s\n", _ (verify_command.summary));
  g_print ("  list    %s\n", _ (list_command.summary));
  g_print ("  export  %s\n", _ (export_command.summary));
  g_print ("\n%s\n", _ ("Run “karier-tool audit SUBCOMMAND --help” to see how to use it."));
}

int
kr_tool_audit (const KrToolCommand *command, int argc, char **argv)
{
  g_autofree char *message = NULL;

  if (argc < 2)
    return kr_tool_usage_error (command, _ ("missing subcommand: verify, list or export"));
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_audit_help (command);
      return KR_TOOL_EXIT_OK;
    }
  if (g_str_equal (argv[1], "verify"))
    return run_verify (argc - 1, argv + 1);
  if (g_str_equal (argv[1], "list"))
    return run_list (argc - 1, argv + 1);
  if (g_str_equal (argv[1], "export"))
    return run_export (argc - 1, argv + 1);
  /* Translators: %s is what the user typed after “karier-tool audit” */
  message = g_strdup_printf (_ ("unknown subcommand “%s”; use verify, list or export"), argv[1]);
  return kr_tool_usage_error (command, message);
}
