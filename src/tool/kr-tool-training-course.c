/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-training"

#include "config.h"

#include "kr-tool-training-private.h"

#include "kr-i18n.h"
#include "kr-rank.h"

/* `karier-tool training course list|add|show`: the catalogue's courses. */

/* course list */

static const KrToolCommand course_list_command = {
  "training course list", N_ ("DATABASE"),
  N_ ("List the courses of the catalogue by title, as a table or JSON"), NULL
};

static const KrToolCommand course_add_command = {
  "training course add", N_ ("DATABASE"),
  N_ ("Add a course to the catalogue: --title and --jp, and its form, type, provider, cost and "
      "prerequisites"),
  NULL
};

static const KrToolCommand course_show_command = {
  "training course show", N_ ("DATABASE COURSE"),
  N_ ("Show a course with its prerequisites and sessions"), NULL
};

static void
add_course_json (JsonBuilder *builder, const KrCourse *course)
{
  json_builder_begin_object (builder);
  kr_tool_training_json_int (builder, "id", course->id);
  kr_tool_training_json_string (builder, "title", course->title);
  kr_tool_training_json_string (builder, "kind", kr_training_kind_get_code (course->kind));
  kr_tool_training_json_string (builder, "type", kr_competence_type_get_code (course->type));
  kr_tool_training_json_string (builder, "programme",
                                kr_leadership_programme_get_code (course->programme));
  kr_tool_training_json_string (builder, "form", kr_training_form_get_code (course->form));
  kr_tool_training_json_int (builder, "jp", course->jp);
  kr_tool_training_json_string (builder, "provider", course->provider);
  kr_tool_training_json_string (builder, "delivery", kr_delivery_get_code (course->delivery));
  kr_tool_training_json_int (builder, "cost", course->cost);
  kr_tool_training_json_int (builder, "min_golongan", course->min_golongan);
  kr_tool_training_json_int (builder, "max_age", course->max_age);
  kr_tool_training_json_int (builder, "required_course_id", course->required_course_id);
  kr_tool_training_json_bool (builder, "addresses_results", course->addresses_results);
  kr_tool_training_json_int (builder, "behaviours", course->behaviours);
  kr_tool_training_json_bool (builder, "retired", course->retired);
  kr_tool_training_json_int (builder, "sessions", course->n_sessions);
  json_builder_end_object (builder);
}

static int
run_course_list (int argc, char **argv)
{
  g_autofree char *search = NULL;
  g_autofree char *as_user = NULL;
  gboolean retired = FALSE, json = FALSE;
  const GOptionEntry entries[] = {
    { "search", 's', 0, G_OPTION_ARG_STRING, &search,
      N_ ("Only courses whose title or provider has all these words"), N_ ("TEXT") },
    { "retired", 0, 0, G_OPTION_ARG_NONE, &retired, N_ ("Also list retired courses"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Write JSON"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTrainingRepository) training = NULL;
  g_autoptr (GPtrArray) courses = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  if (!kr_tool_parse_options (&course_list_command, entries, 1, &argc, &argv, &status))
    return status;
  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  training = kr_training_repository_new (db);
  courses = kr_training_repository_list_courses (training, search, retired, &error);
  if (courses == NULL)
    return kr_tool_fail (error);
  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < courses->len; i++)
        add_course_json (builder, courses->pdata[i]);
      json_builder_end_array (builder);
      kr_tool_training_json_print (builder);
      return KR_TOOL_EXIT_OK;
    }
  {
    g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
    /* Translators: column headings of `karier-tool training course list` */
    const char *headings[] = { _ ("ID"), _ ("Title"),    _ ("Type"), _ ("Form"),
                               _ ("JP"), _ ("Provider"), _ ("Cost"), _ ("Sessions") };

    for (guint i = 0; i < courses->len; i++)
      {
        const KrCourse *course = courses->pdata[i];
        char **cells = g_new0 (char *, G_N_ELEMENTS (headings) + 1);

        cells[0] = g_strdup_printf ("%" G_GINT64_FORMAT, course->id);
        cells[1] = course->retired ? g_strdup_printf (_ ("%s (retired)"), course->title)
                                   : g_strdup (course->title);
        cells[2] = g_strdup (course->type == KR_COMPETENCE_TYPE_LEADERSHIP
                                 ? kr_leadership_programme_get_label (course->programme)
                                 : kr_competence_type_get_label (course->type));
        cells[3] = g_strdup (kr_training_form_get_label (course->form));
        cells[4] = g_strdup_printf ("%u", course->jp);
        cells[5] = g_strdup (course->provider != NULL ? course->provider : "-");
        cells[6] = kr_tool_training_format_money (course->cost);
        cells[7] = g_strdup_printf ("%u", course->n_sessions);
        g_ptr_array_add (rows, cells);
      }
    kr_tool_training_print_table (headings, G_N_ELEMENTS (headings), rows);
    /* Translators: the number of courses listed */
    g_print (ngettext ("%u course\n", "%u courses\n", courses->len), courses->len);
  }
  return KR_TOOL_EXIT_OK;
}

/* course add */

/* --behaviours: BerAKHLAK values 1..7 separated by commas, as a mask of (1 << value). */
static gboolean
parse_behaviours (const char *text, guint *mask, char **message)
{
  g_auto (GStrv) values = g_strsplit (text, ",", -1);

  *mask = 0;
  for (guint i = 0; values[i] != NULL; i++)
    {
      guint64 value;

      if (!g_ascii_string_to_unsigned (g_strstrip (values[i]), 10, 1, 7, &value, NULL))
        {
          /* Translators: %s is what the user typed */
          *message = g_strdup_printf (_ ("--behaviours “%s”: give BerAKHLAK values from 1 to 7 "
                                         "separated by commas"),
                                      values[i]);
          return FALSE;
        }
      *mask |= 1u << value;
    }
  return TRUE;
}

typedef struct
{
  char *title;
  char *form;
  char *type;
  char *programme;
  char *provider;
  char *delivery;
  char *description;
  char *min_golongan;
  char *behaviours;
  char *as_user;
  char *jp;
  char *cost;
  char *max_age;
  char *requires;
  gboolean addresses_results;
} CourseOptions;

static void
course_options_clear (CourseOptions *o)
{
  g_free (o->title);
  g_free (o->form);
  g_free (o->type);
  g_free (o->programme);
  g_free (o->provider);
  g_free (o->delivery);
  g_free (o->description);
  g_free (o->min_golongan);
  g_free (o->behaviours);
  g_free (o->as_user);
  g_free (o->jp);
  g_free (o->cost);
  g_free (o->max_age);
  g_free (o->requires);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CourseOptions, course_options_clear)

/* Fills @course from the options; a usage message naming the option on a mistake. */
static char *
fill_course (const CourseOptions *o, KrCourse *course)
{
  char *message = NULL;
  guint value;
  gint64 number = 0;

  if (o->title == NULL)
    return g_strdup (_ ("missing option --title"));
  if (o->jp == NULL)
    return g_strdup (_ ("missing option --jp: the JP of the course, from 1"));
  if (!kr_tool_parse_int ("--jp", o->jp, 1, KR_TRAINING_MAX_JP, &number, &message))
    return message;
  course->title = g_strdup (o->title);
  course->jp = (guint) number;
  number = 0;
  course->form = KR_TRAINING_FORM_TRAINING;
  if (o->form != NULL &&
      !kr_tool_training_parse_code ("--form", o->form, (KrToolCodeFunc) kr_training_form_get_code,
                                    0, KR_N_TRAINING_FORMS, &value, &message))
    return message;
  if (o->form != NULL)
    course->form = value;
  course->kind = kr_training_form_get_kind (course->form);
  if (o->type != NULL &&
      !kr_tool_training_parse_code ("--type", o->type, (KrToolCodeFunc) kr_competence_type_get_code,
                                    0, KR_N_COMPETENCE_TYPES, &value, &message))
    return message;
  if (o->type != NULL)
    course->type = value;
  if (o->programme != NULL &&
      !kr_tool_training_parse_code ("--programme", o->programme,
                                    (KrToolCodeFunc) kr_leadership_programme_get_code, 1,
                                    KR_N_LEADERSHIP_PROGRAMMES, &value, &message))
    return message;
  if (o->programme != NULL)
    {
      course->programme = value;
      /* A programme is a leadership course. */
      if (o->type == NULL)
        course->type = KR_COMPETENCE_TYPE_LEADERSHIP;
    }
  if (o->delivery != NULL && !kr_tool_training_parse_code ("--delivery", o->delivery,
                                                           (KrToolCodeFunc) kr_delivery_get_code, 0,
                                                           KR_N_DELIVERIES, &value, &message))
    return message;
  if (o->delivery != NULL)
    course->delivery = value;
  if (o->min_golongan != NULL)
    {
      g_autoptr (GError) error = NULL;
      KrRank rank;

      if (!kr_rank_parse (o->min_golongan, &rank, &error))
        /* Translators: the option, then why the golongan is wrong */
        return g_strdup_printf (_ ("--min-golongan: %s"), error->message);
      course->min_golongan = kr_rank_get_code (rank);
    }
  if (o->behaviours != NULL && !parse_behaviours (o->behaviours, &course->behaviours, &message))
    return message;
  if (!kr_tool_parse_int ("--cost", o->cost, 0, KR_TRAINING_MAX_RUPIAH, &number, &message))
    return message;
  course->cost = number;
  number = 0;
  /* 0 is no limit; otherwise kr_course_validate()'s 18..70. */
  if (!kr_tool_parse_int ("--max-age", o->max_age, 0, 70, &number, &message))
    return message;
  if (number != 0 && number < 18)
    return g_strdup_printf (_ ("--max-age: give an age from 18 to 70, or 0 for none (got “%s”)"),
                            o->max_age);
  course->max_age = (guint) number;
  if (!kr_tool_parse_int ("--requires", o->requires, 1, G_MAXINT64, &course->required_course_id,
                          &message))
    return message;
  course->addresses_results = o->addresses_results;
  course->provider = g_strdup (o->provider);
  course->description = g_strdup (o->description);
  return NULL;
}

static int
run_course_add (int argc, char **argv)
{
  g_auto (CourseOptions) o = { 0 };
  const GOptionEntry entries[] = {
    { "title", 't', 0, G_OPTION_ARG_STRING, &o.title, N_ ("The course’s title"), N_ ("TEXT") },
    { "jp", 0, 0, G_OPTION_ARG_STRING, &o.jp, N_ ("Its JP (lesson hours)"), N_ ("N") },
    { "form", 0, 0, G_OPTION_ARG_STRING, &o.form,
      N_ ("Its form: training (default), seminar, workshop, course, upgrading, bimtek, "
          "socialisation, or a non-classical one: coaching, mentoring, e_learning, distance, "
          "secondment, outdoor, benchmarking, exchange, self_study, community, internship"),
      N_ ("FORM") },
    { "type", 0, 0, G_OPTION_ARG_STRING, &o.type,
      N_ ("Its competence type: technical (default), managerial, socio_cultural, functional, "
          "leadership"),
      N_ ("TYPE") },
    { "programme", 0, 0, G_OPTION_ARG_STRING, &o.programme,
      N_ ("The leadership programme: latsar, pkp, pka, pkn_ii, pkn_i"), N_ ("PROGRAMME") },
    { "provider", 0, 0, G_OPTION_ARG_STRING, &o.provider, N_ ("Who runs it"), N_ ("TEXT") },
    { "delivery", 0, 0, G_OPTION_ARG_STRING, &o.delivery,
      N_ ("How: in_person (default), e_learning, blended"), N_ ("DELIVERY") },
    { "cost", 0, 0, G_OPTION_ARG_STRING, &o.cost, N_ ("Cost per participant in rupiah"),
      N_ ("RUPIAH") },
    { "description", 0, 0, G_OPTION_ARG_STRING, &o.description, N_ ("A description"), N_ ("TEXT") },
    { "min-golongan", 0, 0, G_OPTION_ARG_STRING, &o.min_golongan,
      N_ ("The lowest golongan that may join, such as III/a"), N_ ("GOLONGAN") },
    { "max-age", 0, 0, G_OPTION_ARG_STRING, &o.max_age,
      N_ ("The highest age that may join, in years"), N_ ("YEARS") },
    { "requires", 0, 0, G_OPTION_ARG_STRING, &o.requires,
      N_ ("A course that must be completed first"), N_ ("COURSE") },
    { "addresses-results", 0, 0, G_OPTION_ARG_NONE, &o.addresses_results,
      N_ ("The course addresses weak work results"), NULL },
    { "behaviours", 0, 0, G_OPTION_ARG_STRING, &o.behaviours,
      N_ ("The BerAKHLAK values it develops, 1 to 7, separated by commas"), N_ ("LIST") },
    KR_TOOL_AS_OPTION (o.as_user),
    { NULL },
  };
  g_autoptr (KrCourse) course = kr_course_new ();
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrTrainingRepository) training = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  int status;

  if (!kr_tool_parse_options (&course_add_command, entries, 1, &argc, &argv, &status))
    return status;
  message = fill_course (&o, course);
  if (message != NULL)
    return kr_tool_usage_error (&course_add_command, message);
  db = kr_tool_training_open (argv[1], FALSE, o.as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  training = kr_training_repository_new (db);
  if (!kr_training_repository_save_course (training, course, &error))
    return kr_tool_fail (error);
  /* Translators: a course id, then its title */
  g_print (_ ("Added course %lld: %s\n"), (long long) course->id, course->title);
  return KR_TOOL_EXIT_OK;
}

/* course show */

static void
print_field (const char *label, const char *value)
{
  g_print ("%-22s %s\n", label, value != NULL && *value != '\0' ? value : "-");
}

static char *
describe_behaviours (guint mask)
{
  GString *text = g_string_new (NULL);

  for (guint v = 1; v <= 7; v++)
    {
      if (mask & (1u << v))
        g_string_append_printf (text, "%s%u", text->len > 0 ? ", " : "", v);
    }
  return g_string_free (text, FALSE);
}

static void
print_course (const KrCourse *course, GPtrArray *sessions)
{
  g_autofree char *jp = g_strdup_printf ("%u", course->jp);
  g_autofree char *cost = kr_tool_training_format_money (course->cost);
  g_autofree char *age = course->max_age > 0 ? g_strdup_printf ("%u", course->max_age) : NULL;
  g_autofree char *requires =
      course->required_course_id > 0
          ? g_strdup_printf ("%" G_GINT64_FORMAT, course->required_course_id)
          : NULL;
  g_autofree char *behaviours = describe_behaviours (course->behaviours);

  print_field (_ ("Title:"), course->title);
  print_field (_ ("Kind:"), kr_training_kind_get_label (course->kind));
  print_field (_ ("Type:"), kr_competence_type_get_label (course->type));
  if (course->programme != KR_LEADERSHIP_PROGRAMME_NONE)
    print_field (_ ("Programme:"), kr_leadership_programme_get_label (course->programme));
  print_field (_ ("Form:"), kr_training_form_get_label (course->form));
  print_field (_ ("JP:"), jp);
  print_field (_ ("Provider:"), course->provider);
  print_field (_ ("Delivery:"), kr_delivery_get_label (course->delivery));
  print_field (_ ("Cost:"), cost);
  print_field (_ ("Minimum golongan:"),
               course->min_golongan > 0 ? kr_golongan_get_label (course->min_golongan) : NULL);
  print_field (_ ("Maximum age:"), age);
  print_field (_ ("Requires course:"), requires);
  print_field (_ ("Addresses results:"), course->addresses_results ? _ ("Yes") : _ ("No"));
  print_field (_ ("BerAKHLAK values:"), behaviours);
  print_field (_ ("Retired:"), course->retired ? _ ("Yes") : _ ("No"));
  print_field (_ ("Description:"), course->description);
  /* Translators: the number of sessions of a course */
  g_print (ngettext ("%u session\n", "%u sessions\n", sessions->len), sessions->len);
  for (guint i = 0; i < sessions->len; i++)
    {
      const KrTrainingSession *session = sessions->pdata[i];

      /* Translators: id, name, start date, end date, seats taken, capacity, status */
      g_print (_ ("  %lld  %s  %s – %s  %u/%u  %s\n"), (long long) session->id, session->name,
               session->start_date, session->end_date, session->n_enrolled, session->capacity,
               kr_session_status_get_label (session->status));
    }
}

static int
run_course_show (int argc, char **argv)
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
  g_autoptr (KrTrainingRepository) training = NULL;
  g_autoptr (KrCourse) course = NULL;
  g_autoptr (GPtrArray) sessions = NULL;
  g_autoptr (GError) error = NULL;
  gint64 id = 0;
  int status;

  if (!kr_tool_parse_options (&course_show_command, entries, 2, &argc, &argv, &status))
    return status;
  if (!kr_tool_training_parse_id (argv[2], "COURSE", &id, &message))
    return kr_tool_usage_error (&course_show_command, message);
  db = kr_tool_training_open (argv[1], TRUE, as_user, &error);
  if (db == NULL)
    return kr_tool_fail (error);
  training = kr_training_repository_new (db);
  course = kr_training_repository_get_course (training, id, &error);
  if (course == NULL ||
      (sessions = kr_training_repository_list_sessions (training, id, 0, &error)) == NULL)
    return kr_tool_fail (error);
  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();

      add_course_json (builder, course);
      kr_tool_training_json_print (builder);
      return KR_TOOL_EXIT_OK;
    }
  print_course (course, sessions);
  return KR_TOOL_EXIT_OK;
}

static const KrToolSubcommand course_subcommands[] = {
  { "list", run_course_list },
  { "add", run_course_add },
  { "show", run_course_show },
};

static const KrToolCommand course_command = {
  "training course", N_ ("list|add|show DATABASE [COURSE]"),
  N_ ("The catalogue’s courses: list them, add one, show one"), NULL
};

int
kr_tool_training_course (int argc, char **argv)
{
  return kr_tool_training_dispatch (&course_command, course_subcommands,
                                    G_N_ELEMENTS (course_subcommands), argc, argv);
}
