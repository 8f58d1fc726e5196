/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-training"

#include "config.h"

#include "kr-tool-training-private.h"

#include "kr-error.h"
#include "kr-i18n.h"

/* `karier-tool training session list|add|status`: the sessions of the catalogue's courses. */

static const KrToolCommand session_list_command = {
  "training session list", N_ ("DATABASE"),
  N_ ("List sessions by start date: of one course (--course) or a year (--year)"), NULL
};

static const KrToolCommand session_add_command = {
  "training session add", N_ ("DATABASE"),
  N_ ("Add a session of a course: --course, --name, --start, --end, --capacity, and its place "
      "and cost"),
  NULL
};

static const KrToolCommand session_status_command = {
  "training session status", N_ ("DATABASE SESSION STATUS"),
  N_ ("Set a session’s status: planned, open, running, done or cancelled (final: its "
      "enrolments are withdrawn)"),
  NULL
};

static int
run_session_list (int argc, char **argv)
{
  g_autofree char *as_user = NULL;
  g_autofree char *course_text = NULL;
  gint64 course_id = 0;
  g_autofree char *year_text = NULL;
  int year = 0;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "course", 'c', 0, G_OPTION_ARG_STRING, &course_text, N_ ("Only this course’s sessions"),
      N_ ("COURSE") },
    { "year", 'y', 0, G_OPTION_ARG_STRING, &year_text,
      N_ ("Only sessions that start or end in this year"), N_ ("YEAR") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTrainingRepository) training = NULL;
  g_autoptr (GPtrArray) sessions = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  int status;

  if (!kr_tool_parse_options (&session_list_command, entries, 1, &argc, &argv, &status))
    return status;
  if ((year_text != NULL && (message = kr_tool_training_check_year (year_text, &year)) != NULL) ||
      !kr_tool_parse_int ("--course", course_text, 1, G_MAXINT64, &course_id, &message))
    return kr_tool_usage_error (&session_list_command, message);
  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  training = kr_training_repository_new (db);
  sessions = kr_training_repository_list_sessions (training, course_id, (guint) year, &error);
  if (sessions == NULL)
    return kr_tool_fail (error);
  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < sessions->len; i++)
        {
          const KrTrainingSession *s = sessions->pdata[i];

          json_builder_begin_object (builder);
          kr_tool_training_json_int (builder, "id", s->id);
          kr_tool_training_json_int (builder, "course_id", s->course_id);
          kr_tool_training_json_string (builder, "course", s->course_title);
          kr_tool_training_json_int (builder, "jp", s->course_jp);
          kr_tool_training_json_string (builder, "name", s->name);
          kr_tool_training_json_string (builder, "start_date", s->start_date);
          kr_tool_training_json_string (builder, "end_date", s->end_date);
          kr_tool_training_json_string (builder, "place", s->place);
          kr_tool_training_json_int (builder, "capacity", s->capacity);
          kr_tool_training_json_int (builder, "enrolled", s->n_enrolled);
          kr_tool_training_json_int (builder, "cost", s->cost);
          kr_tool_training_json_string (builder, "status", kr_session_status_get_code (s->status));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      kr_tool_training_json_print (builder);
      return KR_TOOL_EXIT_OK;
    }
  {
    g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
    /* Translators: column headings of `karier-tool training session list` */
    const char *headings[] = { _ ("ID"),  _ ("Course"), _ ("Session"), _ ("Start"),
                               _ ("End"), _ ("Seats"),  _ ("Cost"),    _ ("Status") };

    for (guint i = 0; i < sessions->len; i++)
      {
        const KrTrainingSession *s = sessions->pdata[i];
        char **cells = g_new0 (char *, G_N_ELEMENTS (headings) + 1);

        cells[0] = g_strdup_printf ("%" G_GINT64_FORMAT, s->id);
        cells[1] = g_strdup (s->course_title);
        cells[2] = g_strdup (s->name);
        cells[3] = g_strdup (s->start_date);
        cells[4] = g_strdup (s->end_date);
        cells[5] = g_strdup_printf ("%u/%u", s->n_enrolled, s->capacity);
        cells[6] = kr_tool_training_format_money (s->cost);
        cells[7] = g_strdup (kr_session_status_get_label (s->status));
        g_ptr_array_add (rows, cells);
      }
    kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), rows);
    /* Translators: the number of sessions listed */
    g_print (ngettext ("%u session\n", "%u sessions\n", sessions->len), sessions->len);
  }
  return KR_TOOL_EXIT_OK;
}

static int
run_session_add (int argc, char **argv)
{
  g_autofree char *as_user = NULL;
  g_autofree char *name = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *place = NULL;
  g_autofree char *message = NULL;
  g_autofree char *course_text = NULL;
  g_autofree char *capacity_text = NULL;
  g_autofree char *cost_text = NULL;
  gint64 course_id = 0, cost = -1, capacity = 0;
  const GOptionEntry entries[] = {
    { "course", 'c', 0, G_OPTION_ARG_STRING, &course_text, N_ ("The course"), N_ ("COURSE") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_ ("The session’s name, such as Angkatan I"),
      N_ ("TEXT") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start, N_ ("The first day"), N_ ("DATE") },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end, N_ ("The last day (default: the first)"),
      N_ ("DATE") },
    { "place", 0, 0, G_OPTION_ARG_STRING, &place, N_ ("Where"), N_ ("TEXT") },
    { "capacity", 0, 0, G_OPTION_ARG_STRING, &capacity_text, N_ ("How many seats"), N_ ("N") },
    { "cost", 0, 0, G_OPTION_ARG_STRING, &cost_text,
      N_ ("Cost per participant in rupiah (default: the course’s)"), N_ ("RUPIAH") },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrTrainingSession) session = kr_training_session_new ();
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTrainingRepository) training = NULL;
  g_autoptr (KrCourse) course = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  if (!kr_tool_parse_options (&session_add_command, entries, 1, &argc, &argv, &status))
    return status;
  if (course_text == NULL)
    message = g_strdup (_ ("missing option --course"));
  else if (name == NULL)
    message = g_strdup (_ ("missing option --name"));
  else if (start == NULL)
    message = g_strdup (_ ("missing option --start"));
  else if (capacity_text == NULL)
    message = g_strdup (_ ("missing option --capacity: the number of seats, from 1"));
  else if (!kr_tool_parse_int ("--course", course_text, 1, G_MAXINT64, &course_id, &message) ||
           !kr_tool_parse_int ("--capacity", capacity_text, 1, 100000, &capacity, &message) ||
           !kr_tool_parse_int ("--cost", cost_text, 0, KR_TRAINING_MAX_RUPIAH, &cost, &message))
    g_assert (message != NULL);
  else if (kr_tool_training_parse_date ("--start", start, &session->start_date, &message) &&
           kr_tool_training_parse_date ("--end", end != NULL ? end : start, &session->end_date,
                                        &message))
    g_clear_pointer (&message, g_free);
  if (message != NULL)
    return kr_tool_usage_error (&session_add_command, message);

  db = kr_tool_training_open (argv[1], FALSE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  training = kr_training_repository_new (db);
  course = kr_training_repository_get_course (training, course_id, &error);
  if (course == NULL)
    {
      if (g_error_matches (error, KR_ERROR, KR_ERROR_NOT_FOUND))
        {
          g_clear_error (&error);
          g_set_error (&error, KR_ERROR, KR_ERROR_NOT_FOUND,
                       /* Translators: %lld is the course number given */
                       _ ("--course %lld: no course has this number"), (long long) course_id);
        }
      return kr_tool_fail (error);
    }
  session->course_id = course_id;
  session->name = g_strdup (name);
  session->place = g_strdup (place);
  session->capacity = (guint) capacity;
  session->cost = cost >= 0 ? cost : course->cost;
  if (!kr_training_repository_save_session (training, session, &error))
    return kr_tool_fail (error);
  /* Translators: a session id, its name, then the course's title */
  g_print (_ ("Added session %lld: %s of %s\n"), (long long) session->id, session->name,
           course->title);
  return KR_TOOL_EXIT_OK;
}

static int
run_session_status (int argc, char **argv)
{
  g_autofree char *as_user = NULL;
  g_autofree char *message = NULL;
  const GOptionEntry entries[] = {
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTrainingRepository) training = NULL;
  g_autoptr (KrTrainingSession) session = NULL;
  g_autoptr (GError) error = NULL;
  gint64 id = 0;
  guint value = 0;
  int status;

  if (!kr_tool_parse_options (&session_status_command, entries, 3, &argc, &argv, &status))
    return status;
  if (!kr_tool_training_parse_id (argv[2], "SESSION", &id, &message) ||
      !kr_tool_training_parse_code ("STATUS", argv[3], (KrToolCodeFunc) kr_session_status_get_code,
                                    0, KR_N_SESSION_STATUSES, &value, &message))
    return kr_tool_usage_error (&session_status_command, message);
  db = kr_tool_training_open (argv[1], FALSE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  training = kr_training_repository_new (db);
  session = kr_training_repository_get_session (training, id, &error);
  if (session == NULL || !kr_training_repository_set_session_status (training, id, value, &error))
    return kr_tool_fail (error);
  /* Translators: a session's name, the course's title, then the statuses before and after */
  g_print (_ ("%s of %s: %s → %s\n"), session->name, session->course_title,
           kr_session_status_get_label (session->status), kr_session_status_get_label (value));
  return KR_TOOL_EXIT_OK;
}

static const KrToolCommand session_command = {
  "training session", N_ ("list|add|status DATABASE [SESSION STATUS]"),
  N_ ("The sessions of courses: list them, add one, set a status"), NULL
};

static const KrToolSubcommand session_subcommands[] = {
  { "list", run_session_list },
  { "add", run_session_add },
  { "status", run_session_status },
};

int
kr_tool_training_session (int argc, char **argv)
{
  return kr_tool_training_dispatch (&session_command, session_subcommands,
                                    G_N_ELEMENTS (session_subcommands), argc, argv);
}
