/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-employee"

#include "config.h"

#include "kr-tool.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "kr-database.h"
#include "kr-date.h"
#include "kr-employee-list.h"
#include "kr-employee-repository.h"
#include "kr-i18n.h"
#include "kr-nip.h"
#include "kr-tool-employee-private.h"

#define DEFAULT_LIMIT 100

/* The subcommands, with the usage their --help shows. */
static const KrToolCommand list_command = {
  "employee list", N_ ("DATABASE"),
  N_ ("List employees by name: NIP, name with gelar, golongan, position and unit"), NULL
};

static const KrToolCommand show_command = {
  "employee show", N_ ("DATABASE NIP"),
  N_ ("Show an employee with every history and the derived values: age, years of service, "
      "retirement"),
  NULL
};

static KrDatabase *
open_database (const char *path, GError **error)
{
  /* Read-only: listing never creates, upgrades or otherwise changes the file. */
  return kr_database_open (path, KR_DATABASE_FLAGS_READ_ONLY, error);
}

char *
_kr_tool_employee_format_date (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? kr_date_format_iso (date) : NULL;
}

void
_kr_tool_employee_write_json (JsonBuilder *builder)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* Adds "name": value, or null for a missing value. */
void
_kr_tool_employee_add_string (JsonBuilder *builder, const char *name, const char *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
_kr_tool_employee_add_date (JsonBuilder *builder, const char *name, const GDate *date)
{
  g_autofree char *text = _kr_tool_employee_format_date (date);

  _kr_tool_employee_add_string (builder, name, text);
}

void
_kr_tool_employee_add_int (JsonBuilder *builder, const char *name, gint64 value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/* Listing */

/* The width of @text on a terminal, counting characters. */
static guint
text_width (const char *text)
{
  return text != NULL ? (guint) g_utf8_strlen (text, -1) : 0;
}

static void
print_padded (const char *text, guint width, gboolean last)
{
  g_print ("%s", text != NULL ? text : "");
  if (!last)
    g_print ("%*s", (int) (width - text_width (text) + 2), "");
}

enum
{
  COLUMN_NIP,
  COLUMN_NAME,
  COLUMN_GOLONGAN,
  COLUMN_POSITION,
  COLUMN_UNIT,
  N_COLUMNS
};

/* The cells of one row of the table. */
static void
fill_cells (KrEmployee *employee, char **cells)
{
  cells[COLUMN_NIP] = kr_nip_format_digits (kr_employee_get_nip (employee));
  cells[COLUMN_NAME] = kr_employee_dup_full_name (employee);
  cells[COLUMN_GOLONGAN] = g_strdup (kr_employee_get_golongan_label (employee));
  cells[COLUMN_POSITION] = g_strdup (kr_employee_get_position_name (employee));
  cells[COLUMN_UNIT] = g_strdup (kr_employee_get_unit_name (employee));
}

static void
clear_cells (char **cells)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    g_clear_pointer (&cells[c], g_free);
}

/* Prints the first @n rows of @list as a table. The list is read twice, once for the widths
 * of the columns and once to print them, so that memory does not grow with @n. */
static void
print_table (GListModel *list, guint n)
{
  const char *headers[N_COLUMNS] = { _ ("NIP"), _ ("Name"), _ ("Golongan"), _ ("Position"),
                                     _ ("Unit") };
  char *cells[N_COLUMNS] = { NULL };
  guint widths[N_COLUMNS];

  for (guint c = 0; c < N_COLUMNS; c++)
    widths[c] = text_width (headers[c]);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KrEmployee) employee = g_list_model_get_item (list, i);

      if (employee == NULL)
        break;
      fill_cells (employee, cells);
      for (guint c = 0; c < N_COLUMNS; c++)
        widths[c] = MAX (widths[c], text_width (cells[c]));
      clear_cells (cells);
    }
  for (guint c = 0; c < N_COLUMNS; c++)
    print_padded (headers[c], widths[c], c == N_COLUMNS - 1);
  g_print ("\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KrEmployee) employee = g_list_model_get_item (list, i);

      if (employee == NULL)
        break;
      fill_cells (employee, cells);
      for (guint c = 0; c < N_COLUMNS; c++)
        print_padded (cells[c], widths[c], c == N_COLUMNS - 1);
      g_print ("\n");
      clear_cells (cells);
    }
}

/* Prints the first @n rows of @list as a JSON array, one object a line, as it reads them. */
static void
print_list_json (GListModel *list, guint n)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();

  g_print ("[");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KrEmployee) employee = g_list_model_get_item (list, i);
      g_autoptr (JsonBuilder) builder = NULL;
      g_autoptr (JsonNode) root = NULL;
      g_autofree char *text = NULL;
      char *cells[N_COLUMNS] = { NULL };

      if (employee == NULL)
        break;
      builder = json_builder_new ();
      fill_cells (employee, cells);
      json_builder_begin_object (builder);
      _kr_tool_employee_add_string (builder, "nip", kr_employee_get_nip (employee));
      _kr_tool_employee_add_string (builder, "nip_formatted", cells[COLUMN_NIP]);
      _kr_tool_employee_add_string (builder, "name", kr_employee_get_name (employee));
      _kr_tool_employee_add_string (builder, "full_name", cells[COLUMN_NAME]);
      _kr_tool_employee_add_string (builder, "kind",
                                    kr_employee_kind_get_label (kr_employee_get_kind (employee)));
      _kr_tool_employee_add_string (builder, "golongan", cells[COLUMN_GOLONGAN]);
      _kr_tool_employee_add_string (builder, "position", cells[COLUMN_POSITION]);
      _kr_tool_employee_add_string (builder, "unit", cells[COLUMN_UNIT]);
      json_builder_end_object (builder);
      clear_cells (cells);
      root = json_builder_get_root (builder);
      json_generator_set_root (generator, root);
      text = json_generator_to_data (generator, NULL);
      g_print ("%s\n  %s", i == 0 ? "" : ",", text);
    }
  g_print ("%s]\n", n > 0 ? "\n" : "");
}

/* The employees that @search finds (everyone without it), by name. */
static KrEmployeeList *
new_list (KrEmployeeRepository *repository, const char *search)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();

  kr_employee_query_set_search (query, search);
  kr_employee_query_set_sort (query, KR_EMPLOYEE_SORT_NAME, FALSE);
  return kr_employee_list_new (repository, query);
}

static int
run_list (int argc, char **argv)
{
  g_autofree char *search = NULL;
  gint64 limit = DEFAULT_LIMIT;
  gboolean json = FALSE;
  g_autofree char *as_user = NULL;
  const GOptionEntry entries[] = {
    { "search", 0, 0, G_OPTION_ARG_STRING, &search,
      N_ ("Only employees whose name, NIP, position or unit have words starting with TEXT"),
      N_ ("TEXT") },
    { "limit", 'n', 0, G_OPTION_ARG_INT64, &limit,
      N_ ("List at most N employees (default 100; 0 for all)"), N_ ("N") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Print JSON instead of a table"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrEmployeeRepository) repository = NULL;
  g_autoptr (KrEmployeeList) list = NULL;
  g_autoptr (GError) error = NULL;
  guint n;
  int status;

  if (!kr_tool_parse_options (&list_command, entries, 1, &argc, &argv, &status))
    return status;
  if (limit < 0 || limit > G_MAXUINT)
    {
      g_autofree char *message = g_strdup_printf (
          _ ("--limit must be from 0 to %u; %lld was given"), G_MAXUINT, (long long) limit);

      return kr_tool_usage_error (&list_command, message);
    }

  db = open_database (argv[1], &error);
  if (db == NULL || !kr_tool_sign_in (db, as_user, &error))
    return kr_tool_fail (error);
  repository = kr_employee_repository_new (db);
  list = new_list (repository, search);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  if (kr_employee_list_get_error (list, &error))
    return kr_tool_fail (error);
  if (limit != 0)
    n = MIN (n, (guint) limit);
  if (json)
    print_list_json (G_LIST_MODEL (list), n);
  else
    print_table (G_LIST_MODEL (list), n);
  if (kr_employee_list_get_error (list, &error))
    return kr_tool_fail (error);
  return KR_TOOL_EXIT_OK;
}

/* Showing one employee */

/* "11 years 6 months", as masa kerja and age are written. */
static char *
format_span (guint years, guint months)
{
  g_autofree char *y = g_strdup_printf (ngettext ("%u year", "%u years", years), years);
  g_autofree char *m = g_strdup_printf (ngettext ("%u month", "%u months", months), months);

  /* Translators: a length of time: "11 years" "6 months" */
  return g_strdup_printf (_ ("%s %s"), y, m);
}

static void
derived_clear (Derived *derived)
{
  g_clear_pointer (&derived->warnings, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Derived, derived_clear)

/* Where the NIP disagrees with the record, or is not valid at all. */
static GPtrArray *
check_nip (KrEmployee *employee)
{
  g_autoptr (GError) error = NULL;
  KrNipKind kind =
      kr_employee_get_kind (employee) == KR_EMPLOYEE_KIND_PPPK ? KR_NIP_KIND_PPPK : KR_NIP_KIND_PNS;
  GPtrArray *warnings;
  KrNip nip;

  if (!kr_nip_parse (kr_employee_get_nip (employee), kind, NULL, &nip, &error))
    {
      warnings = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (warnings, g_strdup (error->message));
      return warnings;
    }
  return kr_nip_check_record (&nip, kr_employee_get_birth_date (employee),
                              kr_employee_get_tmt_cpns (employee),
                              kr_employee_get_gender (employee));
}

static void
derive (KrEmployee *employee, const GDate *today, Derived *derived)
{
  const GDate *birth = kr_employee_get_birth_date (employee);
  const GDate *tmt_cpns = kr_employee_get_tmt_cpns (employee);
  const GDate *rank_tmt = kr_employee_get_rank_tmt (employee);
  KrPositionKind kind;
  KrPositionLevel level;

  memset (derived, 0, sizeof *derived);
  g_date_clear (&derived->retirement, 1);
  if (birth != NULL)
    derived->has_age = kr_date_span (birth, today, &derived->age_years, &derived->age_months);
  if (tmt_cpns != NULL)
    derived->has_service =
        kr_date_span (tmt_cpns, today, &derived->service_years, &derived->service_months);
  if (rank_tmt != NULL)
    derived->has_rank_time =
        kr_date_span (rank_tmt, today, &derived->rank_years, &derived->rank_months);
  if (birth != NULL && kr_employee_get_position_kind (employee, &kind, &level))
    {
      derived->bup = kr_position_get_bup (kind, level, birth);
      if (derived->bup != 0)
        kr_position_retirement_date (birth, derived->bup, &derived->retirement);
    }
  derived->warnings = check_nip (employee);
}

static void
histories_clear (Histories *histories)
{
  g_clear_pointer (&histories->ranks, g_ptr_array_unref);
  g_clear_pointer (&histories->positions, g_ptr_array_unref);
  g_clear_pointer (&histories->educations, g_ptr_array_unref);
  g_clear_pointer (&histories->disciplines, g_ptr_array_unref);
  g_clear_pointer (&histories->awards, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Histories, histories_clear)

static gboolean
read_histories (KrEmployeeRepository *repository, gint64 id, Histories *histories, GError **error)
{
  return (histories->ranks = kr_employee_repository_list_ranks (repository, id, error)) != NULL &&
         (histories->positions = kr_employee_repository_list_positions (repository, id, error)) !=
             NULL &&
         (histories->educations = kr_employee_repository_list_educations (repository, id, error)) !=
             NULL &&
         (histories->disciplines =
              kr_employee_repository_list_disciplines (repository, id, error)) != NULL &&
         (histories->awards = kr_employee_repository_list_awards (repository, id, error)) != NULL;
}

/* Text output */

static void
print_field (const char *label, const char *value)
{
  if (value == NULL)
    return;
  /* Translators: a label and its value in “karier-tool employee show” */
  g_print (_ ("%s: %s\n"), label, value);
}

static void
print_date_field (const char *label, const GDate *date)
{
  g_autofree char *text = _kr_tool_employee_format_date (date);

  print_field (label, text);
}

static const char *
gender_label (KrGender gender)
{
  switch (gender)
    {
    case KR_GENDER_MALE:
      return _ ("Male");
    case KR_GENDER_FEMALE:
      return _ ("Female");
    case KR_GENDER_UNKNOWN:
    default:
      return NULL;
    }
}

/* "III/c Penata" for a PNS, "IX" for a PPPK. */
static char *
dup_rank_label (guint golongan)
{
  KrRank rank;

  if (kr_rank_from_code (golongan, &rank))
    return g_strdup_printf ("%s %s", kr_rank_get_golongan (rank), kr_rank_get_pangkat (rank));
  return g_strdup (kr_golongan_get_label (golongan));
}

static void
print_own_fields (KrEmployee *employee)
{
  g_autofree char *nip = kr_nip_format_digits (kr_employee_get_nip (employee));
  g_autofree char *name = kr_employee_dup_full_name (employee);
  KrEducation education;

  print_field (_ ("NIP"), nip);
  print_field (_ ("Name"), name);
  print_field (_ ("Kind"), kr_employee_kind_get_label (kr_employee_get_kind (employee)));
  print_field (_ ("Status"), kr_employee_status_get_label (kr_employee_get_status (employee)));
  print_field (_ ("Gender"), gender_label (kr_employee_get_gender (employee)));
  print_field (_ ("Birth place"), kr_employee_get_birth_place (employee));
  print_date_field (_ ("Birth date"), kr_employee_get_birth_date (employee));
  print_field (_ ("Religion"), kr_religion_get_label (kr_employee_get_religion (employee)));
  print_field (_ ("Marital status"),
               kr_marital_status_get_label (kr_employee_get_marital_status (employee)));
  print_field (_ ("NIK"), kr_employee_get_nik (employee));
  print_field (_ ("Phone"), kr_employee_get_phone (employee));
  print_field (_ ("Email"), kr_employee_get_email (employee));
  print_field (_ ("Address"), kr_employee_get_address (employee));
  print_date_field (_ ("TMT CPNS"), kr_employee_get_tmt_cpns (employee));
  print_date_field (_ ("TMT PNS"), kr_employee_get_tmt_pns (employee));
  if (kr_employee_get_education (employee, &education))
    print_field (_ ("Education"), kr_education_get_label (education));
}

static void
print_current (KrEmployee *employee)
{
  g_autofree char *rank = dup_rank_label (kr_employee_get_golongan (employee));
  g_autofree char *position = NULL;
  KrPositionKind kind;
  KrPositionLevel level;

  print_field (_ ("Golongan"), rank);
  print_date_field (_ ("TMT golongan"), kr_employee_get_rank_tmt (employee));
  if (kr_employee_get_position_kind (employee, &kind, &level))
    position = g_strdup_printf ("%s (%s)", kr_employee_get_position_name (employee),
                                kr_position_kind_get_label (kind));
  print_field (_ ("Position"), position);
  print_date_field (_ ("TMT position"), kr_employee_get_position_tmt (employee));
  print_field (_ ("Unit"), kr_employee_get_unit_name (employee));
}

static void
print_derived (const Derived *derived)
{
  if (derived->has_age)
    {
      g_autofree char *age = format_span (derived->age_years, derived->age_months);

      print_field (_ ("Age"), age);
    }
  if (derived->has_service)
    {
      g_autofree char *service = format_span (derived->service_years, derived->service_months);

      print_field (_ ("Years of service"), service);
    }
  if (derived->has_rank_time)
    {
      g_autofree char *rank = format_span (derived->rank_years, derived->rank_months);

      print_field (_ ("Years in golongan"), rank);
    }
  if (derived->bup != 0)
    {
      g_autofree char *bup =
          g_strdup_printf (ngettext ("%u year", "%u years", derived->bup), derived->bup);

      print_field (_ ("Retirement age (BUP)"), bup);
      print_date_field (_ ("Retirement date"), &derived->retirement);
    }
  for (guint i = 0; i < derived->warnings->len; i++)
    print_field (_ ("Warning"), g_ptr_array_index (derived->warnings, i));
}

/* Prints "  DATE  text  SK number (SK date)" for a history row. */
static void
print_row (const GDate *date, const char *text, const char *sk_number, const GDate *sk_date)
{
  g_autofree char *when = _kr_tool_employee_format_date (date);
  g_autofree char *sk_when = _kr_tool_employee_format_date (sk_date);

  g_print ("  %-10s  %s", when != NULL ? when : "", text);
  if (sk_number != NULL)
    g_print ("  %s %s", _ ("SK"), sk_number);
  if (sk_when != NULL)
    g_print (" (%s)", sk_when);
  g_print ("\n");
}

static void
print_heading (const char *heading, guint n)
{
  g_print ("\n%s\n", heading);
  if (n == 0)
    g_print ("  %s\n", _ ("none"));
}

static void
print_histories (const Histories *histories)
{
  print_heading (_ ("Rank history:"), histories->ranks->len);
  for (guint i = 0; i < histories->ranks->len; i++)
    {
      const KrRankEntry *entry = g_ptr_array_index (histories->ranks, i);
      g_autofree char *rank = dup_rank_label (entry->golongan);
      g_autofree char *text =
          g_strdup_printf ("%s, %s", rank, kr_promotion_kind_get_label (entry->promotion_kind));

      print_row (&entry->tmt, text, entry->sk_number, &entry->sk_date);
    }
  print_heading (_ ("Position history:"), histories->positions->len);
  for (guint i = 0; i < histories->positions->len; i++)
    {
      const KrPositionEntry *entry = g_ptr_array_index (histories->positions, i);
      g_autofree char *text = g_strdup_printf ("%s, %s", entry->position_name, entry->unit_name);

      print_row (&entry->tmt, text, entry->sk_number, &entry->sk_date);
    }
  print_heading (_ ("Education history:"), histories->educations->len);
  for (guint i = 0; i < histories->educations->len; i++)
    {
      const KrEducationEntry *entry = g_ptr_array_index (histories->educations, i);
      GString *text = g_string_new (kr_education_get_label (entry->level));

      if (entry->major != NULL)
        g_string_append_printf (text, " %s", entry->major);
      if (entry->institution != NULL)
        g_string_append_printf (text, ", %s", entry->institution);
      g_print ("  %-10u  %s\n", entry->graduation_year, text->str);
      g_string_free (text, TRUE);
    }
  print_heading (_ ("Discipline history:"), histories->disciplines->len);
  for (guint i = 0; i < histories->disciplines->len; i++)
    {
      const KrDisciplineEntry *entry = g_ptr_array_index (histories->disciplines, i);
      g_autofree char *text =
          g_strdup_printf ("%s: %s (%s)", kr_discipline_level_get_label (entry->level),
                           entry->sanction, kr_discipline_regulation_get_label (entry->regulation));

      print_row (&entry->tmt, text, entry->sk_number, &entry->sk_date);
    }
  print_heading (_ ("Award history:"), histories->awards->len);
  for (guint i = 0; i < histories->awards->len; i++)
    {
      const KrAwardEntry *entry = g_ptr_array_index (histories->awards, i);
      const char *name = entry->name != NULL ? entry->name : kr_award_kind_get_label (entry->kind);

      g_print ("  %-10u  %s", entry->year, name);
      if (entry->sk_number != NULL)
        g_print ("  %s %s", _ ("Keppres"), entry->sk_number);
      g_print ("\n");
    }
}

/* The NIP may be typed in groups, as one quoted argument or as several. The value of an
 * option with a value, "--as USER", is not one of them. */
static int
count_positional (int argc, char **argv)
{
  int n = 0;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--as"))
        i++;
      else
        n += argv[i][0] != '-' || argv[i][1] == '\0';
    }
  return n;
}

static int
run_show (int argc, char **argv)
{
  gboolean json = FALSE;
  g_autofree char *as_user = NULL;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Print JSON instead of text"), NULL },
    KR_TOOL_AS_OPTION (as_user),
    { NULL },
  };
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrEmployeeRepository) repository = NULL;
  g_autoptr (KrEmployee) employee = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *nip = NULL;
  g_auto (Histories) histories = { NULL };
  g_auto (Derived) derived = { 0 };
  GDate today;
  int status;

  if (!kr_tool_parse_options (&show_command, entries, MAX (2, count_positional (argc, argv)), &argc,
                              &argv, &status))
    return status;

  db = open_database (argv[1], &error);
  if (db == NULL || !kr_tool_sign_in (db, as_user, &error))
    return kr_tool_fail (error);
  repository = kr_employee_repository_new (db);
  nip = g_strjoinv ("", argv + 2);
  employee = kr_employee_repository_get_by_nip (repository, nip, &error);
  if (employee == NULL ||
      !read_histories (repository, kr_employee_get_id (employee), &histories, &error))
    return kr_tool_fail (error);

  kr_date_today (NULL, &today);
  derive (employee, &today, &derived);
  if (json)
    _kr_tool_employee_print_json (employee, &derived, &histories, &today);
  else
    {
      print_own_fields (employee);
      print_current (employee);
      print_derived (&derived);
      print_histories (&histories);
    }
  return KR_TOOL_EXIT_OK;
}

static void
print_employee_help (const KrToolCommand *command)
{
  g_print (_ ("Usage: karier-tool employee SUBCOMMAND DATABASE [ARGUMENT…]\n"));
  g_print ("\n%s\n\n", _ (command->summary));
  g_print ("%s\n", _ ("Subcommands:"));
  g_print ("  list  %s\n", _ (list_command.summary));
  g_print ("  show  %s\n", _ (show_command.summary));
  g_print ("\n%s\n", _ ("Run “karier-tool employee SUBCOMMAND --help” to see how to use it."));
}

int
kr_tool_employee (const KrToolCommand *command, int argc, char **argv)
{
  g_autofree char *message = NULL;

  if (argc < 2)
    return kr_tool_usage_error (command, _ ("missing subcommand: list or show"));
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_employee_help (command);
      return KR_TOOL_EXIT_OK;
    }
  if (g_str_equal (argv[1], "list"))
    return run_list (argc - 1, argv + 1);
  if (g_str_equal (argv[1], "show"))
    return run_show (argc - 1, argv + 1);
  /* Translators: %s is what the user typed after “karier-tool employee” */
  message = g_strdup_printf (_ ("unknown subcommand “%s”; use list or show"), argv[1]);
  return kr_tool_usage_error (command, message);
}
