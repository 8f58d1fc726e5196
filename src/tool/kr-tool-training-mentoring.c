/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-training"

#include "config.h"

#include "kr-tool-training-private.h"

#include "kr-backups.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-training-import.h"

/* `karier-tool training mentoring list|add|log|loads` (pairs, their sessions and the mentors'
 * load) and `training import` (completed training from a SIASN riwayat diklat export). */

static const KrToolCommand list_command = {
  "training mentoring list", N_ ("DATABASE"),
  N_ ("List mentoring and coaching pairs, newest first: of one employee (--nip), or active on a "
      "date (--active-on)"),
  NULL
};

static const KrToolCommand add_command = {
  "training mentoring add", N_ ("DATABASE"),
  N_ ("Add a mentoring or coaching pair: --mentor, --mentee, --goals, --start and --end"), NULL
};

static const KrToolCommand log_command = {
  "training mentoring log", N_ ("DATABASE PAIR"),
  N_ ("Log a session of a pair: --date, --topic, --minutes and --notes; the minutes count as "
      "non-classical JP of the mentee"),
  NULL
};

static const KrToolCommand loads_command = {
  "training mentoring loads", N_ ("DATABASE"),
  N_ ("List the mentors with their active pairs and the minutes they mentored in a year"), NULL
};

static const KrToolCommand import_command = {
  "training import", N_ ("DATABASE FILE"),
  N_ ("Import completed training from a SIASN riwayat diklat (rw_diklat, rw_kursus) CSV export, "
      "printing a report of every row"),
  NULL
};

/* mentoring list */

static int
run_list (int argc, char **argv)
{
  g_autofree char *nip = NULL;
  g_autofree char *active_text = NULL;
  g_autofree char *active_on = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "nip", 'n', 0, G_OPTION_ARG_STRING, &nip, N_ ("Only pairs where this employee takes part"),
      N_ ("NIP") },
    { "active-on", 0, 0, G_OPTION_ARG_STRING, &active_text, N_ ("Only pairs active on this date"),
      N_ ("DATE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTrainingRepository) training = NULL;
  g_autoptr (GPtrArray) pairs = NULL;
  g_autoptr (GError) error = NULL;
  gint64 employee_id = 0;
  guint jp_minutes;
  int status;

  if (!kr_tool_parse_options (&list_command, entries, 1, &argc, &argv, &status))
    return status;
  if (active_text != NULL &&
      !kr_tool_training_parse_date ("--active-on", active_text, &active_on, &message))
    return kr_tool_usage_error (&list_command, message);
  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  training = kr_training_repository_new (db);
  if (nip != NULL)
    {
      g_autoptr (KrEmployee) employee = kr_tool_find_employee (db, nip, &error);

      if (employee == NULL)
        return kr_tool_fail (error);
      employee_id = kr_employee_get_id (employee);
    }
  jp_minutes = kr_training_repository_get_jp_minutes (training, &error);
  if (error != NULL || (pairs = kr_training_repository_list_mentoring (training, employee_id,
                                                                       active_on, &error)) == NULL)
    return kr_tool_fail (error);
  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < pairs->len; i++)
        {
          const KrMentoring *m = pairs->pdata[i];

          json_builder_begin_object (builder);
          kr_tool_training_json_int (builder, "id", m->id);
          kr_tool_training_json_string (builder, "form", kr_training_form_get_code (m->form));
          kr_tool_training_json_string (builder, "mentor", m->mentor_name);
          kr_tool_training_json_string (builder, "mentee", m->mentee_name);
          kr_tool_training_json_string (builder, "goals", m->goals);
          kr_tool_training_json_string (builder, "start_date", m->start_date);
          kr_tool_training_json_string (builder, "end_date", m->end_date);
          kr_tool_training_json_int (builder, "sessions", m->n_sessions);
          kr_tool_training_json_int (builder, "minutes", m->minutes);
          kr_tool_training_json_double (builder, "jp", kr_jp_from_minutes (m->minutes, jp_minutes));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      kr_tool_training_json_print (builder);
      return KR_TOOL_EXIT_OK;
    }
  {
    g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
    /* Translators: column headings of `karier-tool training mentoring list` */
    const char *headings[] = { _ ("ID"),    _ ("Form"), _ ("Mentor"),   _ ("Mentee"),
                               _ ("Start"), _ ("End"),  _ ("Sessions"), _ ("JP") };

    for (guint i = 0; i < pairs->len; i++)
      {
        const KrMentoring *m = pairs->pdata[i];
        char **cells = g_new0 (char *, G_N_ELEMENTS (headings) + 1);

        cells[0] = g_strdup_printf ("%" G_GINT64_FORMAT, m->id);
        cells[1] = g_strdup (kr_training_form_get_label (m->form));
        cells[2] = g_strdup (m->mentor_name);
        cells[3] = g_strdup (m->mentee_name);
        cells[4] = g_strdup (m->start_date);
        cells[5] = g_strdup (m->end_date != NULL ? m->end_date : "-");
        cells[6] = g_strdup_printf ("%u", m->n_sessions);
        cells[7] = kr_tool_training_format_jp (kr_jp_from_minutes (m->minutes, jp_minutes));
        g_ptr_array_add (rows, cells);
      }
    kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), rows);
    /* Translators: the number of mentoring pairs listed */
    g_print (ngettext ("%u pair\n", "%u pairs\n", pairs->len), pairs->len);
  }
  return KR_TOOL_EXIT_OK;
}

/* mentoring add */

/* The employee with @nip, the error naming @option. */
static KrEmployee *
find_named (KrDatabase *db, const char *option, const char *nip, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  KrEmployee *employee = kr_tool_find_employee (db, nip, &local_error);

  if (employee != NULL)
    return employee;
  if (g_error_matches (local_error, KR_ERROR, KR_ERROR_NOT_FOUND))
    /* Translators: an option such as --mentor, then the NIP given */
    g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, _ ("%s %s: no employee has this NIP"), option,
                 nip);
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

static int
run_add (int argc, char **argv)
{
  g_autofree char *mentor = NULL;
  g_autofree char *mentee = NULL;
  g_autofree char *goals = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *form = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  const GOptionEntry entries[] = {
    { "mentor", 0, 0, G_OPTION_ARG_STRING, &mentor, N_ ("The mentor’s NIP"), N_ ("NIP") },
    { "mentee", 0, 0, G_OPTION_ARG_STRING, &mentee, N_ ("The mentee’s NIP"), N_ ("NIP") },
    { "goals", 0, 0, G_OPTION_ARG_STRING, &goals, N_ ("What the pair works towards"), N_ ("TEXT") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start, N_ ("The first day"), N_ ("DATE") },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end, N_ ("The last day (default: open-ended)"),
      N_ ("DATE") },
    { "form", 0, 0, G_OPTION_ARG_STRING, &form, N_ ("mentoring (default) or coaching"),
      N_ ("FORM") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrMentoring) pair = kr_mentoring_new ();
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTrainingRepository) training = NULL;
  g_autoptr (KrEmployee) mentor_employee = NULL;
  g_autoptr (KrEmployee) mentee_employee = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  if (!kr_tool_parse_options (&add_command, entries, 1, &argc, &argv, &status))
    return status;
  pair->form = KR_TRAINING_FORM_MENTORING;
  if (mentor == NULL)
    message = g_strdup (_ ("missing option --mentor"));
  else if (mentee == NULL)
    message = g_strdup (_ ("missing option --mentee"));
  else if (start == NULL)
    message = g_strdup (_ ("missing option --start"));
  else if (form != NULL && g_ascii_strcasecmp (form, "coaching") == 0)
    pair->form = KR_TRAINING_FORM_COACHING;
  else if (form != NULL && g_ascii_strcasecmp (form, "mentoring") != 0)
    /* Translators: %s is what the user typed; the forms are codes, not translated */
    message = g_strdup_printf (_ ("--form “%s”: use mentoring or coaching"), form);
  if (message == NULL &&
      kr_tool_training_parse_date ("--start", start, &pair->start_date, &message) && end != NULL)
    kr_tool_training_parse_date ("--end", end, &pair->end_date, &message);
  if (message != NULL)
    return kr_tool_usage_error (&add_command, message);

  db = kr_tool_training_open (argv[1], FALSE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  training = kr_training_repository_new (db);
  if ((mentor_employee = find_named (db, "--mentor", mentor, &error)) == NULL ||
      (mentee_employee = find_named (db, "--mentee", mentee, &error)) == NULL)
    return kr_tool_fail (error);
  pair->mentor_id = kr_employee_get_id (mentor_employee);
  pair->mentee_id = kr_employee_get_id (mentee_employee);
  pair->goals = g_strdup (goals);
  if (!kr_training_repository_save_mentoring (training, pair, &error))
    return kr_tool_fail (error);
  /* Translators: a pair id, a form such as “Mentoring”, then the mentor's and mentee's names */
  g_print (_ ("Added pair %lld (%s): %s → %s\n"), (long long) pair->id,
           kr_training_form_get_label (pair->form), kr_employee_get_name (mentor_employee),
           kr_employee_get_name (mentee_employee));
  return KR_TOOL_EXIT_OK;
}

/* mentoring log */

static int
run_log (int argc, char **argv)
{
  g_autofree char *date = NULL;
  g_autofree char *topic = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  g_autofree char *minutes_text = NULL;
  gint64 minutes = 0;
  const GOptionEntry entries[] = {
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date, N_ ("The day of the session"), N_ ("DATE") },
    { "topic", 0, 0, G_OPTION_ARG_STRING, &topic, N_ ("What was worked on"), N_ ("TEXT") },
    { "minutes", 'm', 0, G_OPTION_ARG_STRING, &minutes_text, N_ ("How long, in minutes"),
      N_ ("N") },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_ ("Notes"), N_ ("TEXT") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrMentoringSession) session = kr_mentoring_session_new ();
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTrainingRepository) training = NULL;
  g_autoptr (GError) error = NULL;
  gint64 pair_id = 0;
  int status;

  if (!kr_tool_parse_options (&log_command, entries, 2, &argc, &argv, &status))
    return status;
  if (!kr_tool_training_parse_id (argv[2], "PAIR", &pair_id, &message))
    ;
  else if (date == NULL)
    message = g_strdup (_ ("missing option --date"));
  else if (minutes_text == NULL)
    message = g_strdup (_ ("missing option --minutes: the session’s length, 1 to 1440"));
  else if (kr_tool_parse_int ("--minutes", minutes_text, 1, 1440, &minutes, &message))
    kr_tool_training_parse_date ("--date", date, &session->date, &message);
  if (message != NULL)
    return kr_tool_usage_error (&log_command, message);

  db = kr_tool_training_open (argv[1], FALSE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  training = kr_training_repository_new (db);
  session->mentoring_id = pair_id;
  session->topic = g_strdup (topic);
  session->minutes = (guint) minutes;
  session->notes = g_strdup (notes);
  if (!kr_training_repository_save_mentoring_session (training, session, &error))
    return kr_tool_fail (error);
  /* Translators: minutes, a pair id, then a date */
  g_print (_ ("Logged %u minutes for pair %lld on %s.\n"), session->minutes, (long long) pair_id,
           session->date);
  return KR_TOOL_EXIT_OK;
}

/* mentoring loads */

static int
run_loads (int argc, char **argv)
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
  g_autoptr (GPtrArray) loads = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  if (!kr_tool_parse_options (&loads_command, entries, 1, &argc, &argv, &status))
    return status;
  if ((message = kr_tool_training_check_year (year_text, &year)) != NULL)
    return kr_tool_usage_error (&loads_command, message);
  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  training = kr_training_repository_new (db);
  loads = kr_training_repository_list_mentor_loads (training, (guint) year, &error);
  if (loads == NULL)
    return kr_tool_fail (error);
  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < loads->len; i++)
        {
          const KrMentorLoad *load = loads->pdata[i];

          json_builder_begin_object (builder);
          kr_tool_training_json_string (builder, "mentor", load->name);
          kr_tool_training_json_int (builder, "active_pairs", load->n_active);
          kr_tool_training_json_int (builder, "minutes", load->minutes_year);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      kr_tool_training_json_print (builder);
      return KR_TOOL_EXIT_OK;
    }
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; i < loads->len; i++)
    {
      const KrMentorLoad *load = loads->pdata[i];
      char **cells = g_new0 (char *, 4);

      cells[0] = g_strdup (load->name);
      cells[1] = g_strdup_printf ("%u", load->n_active);
      cells[2] = g_strdup_printf ("%u", load->minutes_year);
      g_ptr_array_add (rows, cells);
    }
  {
    /* Translators: column headings of `karier-tool training mentoring loads` */
    const char *headings[] = { _ ("Mentor"), _ ("Active pairs"), _ ("Minutes") };

    kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), rows);
  }
  return KR_TOOL_EXIT_OK;
}

static const KrToolCommand mentoring_command = {
  "training mentoring", N_ ("list|add|log|loads DATABASE [PAIR]"),
  N_ ("Mentoring and coaching: list pairs, add one, log a session, see the mentors’ load"), NULL
};

static const KrToolSubcommand mentoring_subcommands[] = {
  { "list", run_list },
  { "add", run_add },
  { "log", run_log },
  { "loads", run_loads },
};

int
kr_tool_training_mentoring (int argc, char **argv)
{
  return kr_tool_training_dispatch (&mentoring_command, mentoring_subcommands,
                                    G_N_ELEMENTS (mentoring_subcommands), argc, argv);
}

/* import */

/* A dry run reads without upgrading; otherwise an older file is upgraded, backed up first into
 * @backup_dir (or the default folder) like the import. */
static KrDatabase *
open_for_import (const char *path,
                 gboolean dry_run,
                 const char *backup_dir,
                 const char *as_user,
                 GError **error)
{
  g_autofree char *folder = NULL;
  g_autoptr (KrDatabase) db = NULL;

  if (dry_run)
    return kr_tool_training_open (path, TRUE, as_user, error);
  folder = kr_backups_get_folder (path, backup_dir);
  db = kr_database_open_with_backup_folder (path, KR_DATABASE_FLAGS_NO_CREATE, folder, error);
  if (db == NULL || !kr_tool_sign_in (db, as_user, error))
    return NULL;
  return g_steal_pointer (&db);
}

int
kr_tool_training_import (int argc, char **argv)
{
  gboolean dry_run = FALSE;
  g_autofree char *as_user = NULL;
  g_autofree char *backup_dir = NULL;
  int keep = KR_TOOL_DEFAULT_KEEP;
  const GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_ ("Only check the file and print the report; change nothing"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    KR_TOOL_BACKUP_OPTIONS (backup_dir, keep),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTrainingImporter) importer = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *database = NULL;
  const KrTrainingImportReport *report;
  int status;

  if (!kr_tool_parse_options (&import_command, entries, 2, &argc, &argv, &status) ||
      !kr_tool_check_keep (&import_command, keep, &status))
    return status;
  db = open_for_import (argv[1], dry_run, backup_dir, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  importer = kr_training_importer_new (db);
  file = g_file_new_for_commandline_arg (argv[2]);
  if (!kr_training_importer_analyse (importer, file, NULL, NULL, NULL, &error))
    return kr_tool_fail (error);
  report = kr_training_importer_get_report (importer);
  for (guint i = 0; report->issues != NULL && i < report->issues->len; i++)
    {
      g_autofree char *text = kr_siasn_issue_to_string (report->issues->pdata[i]);

      g_print ("%s\n", text);
    }
  if (report->n_issues_dropped > 0)
    /* Translators: the number of issues not printed */
    g_print (
        ngettext ("… and %u more issue.\n", "… and %u more issues.\n", report->n_issues_dropped),
        report->n_issues_dropped);
  /* Translators: counts of the rows of an import */
  g_print (_ ("Rows: %u; new: %u; updated: %u; unchanged: %u; rejected: %u; warnings: %u\n"),
           report->n_rows, report->n_new, report->n_updated, report->n_unchanged,
           report->n_rejected, report->n_warnings);
  database = g_filename_display_name (argv[1]);
  if (report->n_new + report->n_updated + report->n_unchanged == 0)
    {
      g_print (_ ("Nothing could be imported.\n"));
      return KR_TOOL_EXIT_FAILURE;
    }
  if (dry_run)
    {
      g_print (_ ("Dry run: nothing was written to “%s”.\n"), database);
      return KR_TOOL_EXIT_OK;
    }
  if (!kr_tool_back_up_before_import (db, argv[1], backup_dir, keep, &error) ||
      !kr_training_importer_commit (importer, NULL, NULL, NULL, &error))
    return kr_tool_fail (error);
  g_print (_ ("Imported into “%s”; the rejected rows were left out.\n"), database);
  return KR_TOOL_EXIT_OK;
}
