/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-tool-employee"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "kr-date.h"
#include "kr-employee-list.h"
#include "kr-employee-repository.h"
#include "kr-test-utils.h"

/* `karier-tool demo`, `employee list` and `employee show`, end to end. */

static const char *tool_path;
/* A demo database made once, which the listing tests only read. */
static char *shared_dir;
static char *shared_db;

#define SHARED_EMPLOYEES 300

typedef struct
{
  char *dir;
  int status;
  char *out;
  char *err;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = kr_test_make_tmp_dir ("kr-tool-employee-XXXXXX");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->out);
  g_free (fixture->err);
}

/* Runs karier-tool in @dir with the arguments in @args, keeping the exit status and output. */
static void
run_argv (Fixture *fixture, const char *dir, const char *const *args)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (char *) tool_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  fixture->status = kr_test_spawn (dir, (char **) argv->pdata, &fixture->out, &fixture->err);
}

#define run_tool(fixture, ...)                                                                     \
  run_argv ((fixture), (fixture)->dir, (const char *const[]){ __VA_ARGS__, NULL })

static void
assert_contains (const char *haystack, const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

/* The number of employees in the database at @path. */
static guint
count_employees (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (path, KR_DATABASE_FLAGS_READ_ONLY, &error);
  g_autoptr (KrEmployeeRepository) repository = NULL;
  g_autoptr (KrEmployeeList) list = NULL;

  g_assert_no_error (error);
  repository = kr_employee_repository_new (db);
  list = kr_employee_list_new (repository, NULL);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* Checks that @text is a NIP grouped for display, "19860926 201505 1 001" (PNS) or
 * "19900101 2023 21 1 001" (PPPK). */
static void
assert_grouped_nip (const char *text)
{
  g_assert_true (g_regex_match_simple ("^[0-9]{8} ([0-9]{6} [12]|[0-9]{4} [0-9]{2} [12]) [0-9]{3}$",
                                       text, 0, 0));
}

/* The employees of the shared database as `employee list --limit 0 --json` prints them. */
static JsonNode *
list_all (Fixture *fixture)
{
  run_tool (fixture, "employee", "list", "--limit", "0", "--json", shared_db);
  g_assert_cmpint (fixture->status, ==, 0);
  return parse_json (fixture->out);
}

/* demo */

static void
test_help (Fixture *fixture, gconstpointer data)
{
  run_tool (fixture, "help");
  g_assert_cmpint (fixture->status, ==, 0);
  /* build-aux/run looks for this line to decide whether it can make a demo database. */
  g_assert_true (g_regex_match_simple ("^ *demo ", fixture->out, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^ *employee ", fixture->out, G_REGEX_MULTILINE, 0));

  run_tool (fixture, "demo", "--help");
  g_assert_cmpint (fixture->status, ==, 0);
  assert_contains (fixture->out, "demo DATABASE");
  assert_contains (fixture->out, "--employees");
  assert_contains (fixture->out, "--seed");

  run_tool (fixture, "help", "employee");
  g_assert_cmpint (fixture->status, ==, 0);
  assert_contains (fixture->out, "\n  list ");
  assert_contains (fixture->out, "\n  show ");

  run_tool (fixture, "employee", "show", "--help");
  g_assert_cmpint (fixture->status, ==, 0);
  assert_contains (fixture->out, "employee show DATABASE NIP");
  assert_contains (fixture->out, "--json");
}

static void
test_demo_creates (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "new.db", NULL);

  run_tool (fixture, "demo", "--employees", "120", "--seed", "7", "new.db");
  g_assert_cmpint (fixture->status, ==, 0);
  /* No progress on stderr when it is not a terminal. */
  g_assert_cmpstr (fixture->err, ==, "");
  assert_contains (fixture->out, path);
  assert_contains (fixture->out, "\nEmployees: 120\n");
  assert_contains (fixture->out, "\nUnits: ");
  assert_contains (fixture->out, "\nPositions: ");
  assert_contains (fixture->out, "\nTime: ");
  g_assert_cmpuint (count_employees (path), ==, 120);

  /* The summary's units are in the file. */
  {
    g_autofree char *units_line = NULL;
    const char *units = strstr (fixture->out, "\nUnits: ");
    g_autofree char *expected = NULL;

    units_line = g_strndup (units + 1, strchr (units + 1, '\n') - units - 1);
    expected = g_ascii_strdown (units_line, -1);
    run_tool (fixture, "info", "new.db");
    g_assert_cmpint (fixture->status, ==, 0);
    assert_contains (fixture->out, expected);
  }
}

static void
test_demo_default_size (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "default.db", NULL);

  run_tool (fixture, "demo", "default.db");
  g_assert_cmpint (fixture->status, ==, 0);
  assert_contains (fixture->out, "\nEmployees: 2000\n");
  g_assert_cmpuint (count_employees (path), ==, 2000);
}

static void
test_demo_refuses_filled (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "filled.db", NULL);
  g_autofree char *before = NULL;

  run_tool (fixture, "demo", "--employees", "30", "filled.db");
  g_assert_cmpint (fixture->status, ==, 0);
  run_tool (fixture, "employee", "list", "--limit", "0", "--json", "filled.db");
  before = g_steal_pointer (&fixture->out);

  run_tool (fixture, "demo", "--employees", "30", "--seed", "2", "filled.db");
  g_assert_cmpint (fixture->status, ==, 1);
  g_assert_cmpstr (fixture->out, ==, "");
  g_assert_true (g_str_has_prefix (fixture->err, "karier-tool: "));
  assert_contains (fixture->err, "already holds employees");
  run_tool (fixture, "employee", "list", "--limit", "0", "--json", "filled.db");
  g_assert_cmpstr (fixture->out, ==, before);
  g_assert_cmpuint (count_employees (path), ==, 30);
}

static void
test_demo_deterministic (Fixture *fixture, gconstpointer data)
{
  g_autofree char *first = NULL;

  run_tool (fixture, "demo", "--employees", "80", "--seed", "42", "a.db");
  g_assert_cmpint (fixture->status, ==, 0);
  run_tool (fixture, "demo", "--employees", "80", "--seed", "42", "b.db");
  g_assert_cmpint (fixture->status, ==, 0);
  run_tool (fixture, "demo", "--employees", "80", "--seed", "43", "c.db");
  g_assert_cmpint (fixture->status, ==, 0);

  run_tool (fixture, "employee", "list", "--limit", "0", "--json", "a.db");
  first = g_steal_pointer (&fixture->out);
  run_tool (fixture, "employee", "list", "--limit", "0", "--json", "b.db");
  g_assert_cmpstr (fixture->out, ==, first);
  run_tool (fixture, "employee", "list", "--limit", "0", "--json", "c.db");
  g_assert_cmpstr (fixture->out, !=, first);
}

static void
test_demo_usage (Fixture *fixture, gconstpointer data)
{
  const char *const cases[][5] = {
    { "demo", NULL },
    { "demo", "--employees", "-3", "x.db", NULL },
    { "demo", "--employees", "many", "x.db", NULL },
    { "demo", "--seed", "-1", "x.db", NULL },
    { "demo", "x.db", "y.db", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      run_argv (fixture, fixture->dir, cases[i]);
      g_assert_cmpint (fixture->status, ==, 2);
      g_assert_true (g_str_has_prefix (fixture->err, "karier-tool: "));
      assert_contains (fixture->err, "demo --help");
    }
  /* Nothing was created. */
  {
    g_autofree char *path = g_build_filename (fixture->dir, "x.db", NULL);

    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
}

static void
test_demo_not_a_database (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "notes.txt", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "NIP;Nama\n", -1, NULL));
  run_tool (fixture, "demo", "notes.txt");
  g_assert_cmpint (fixture->status, ==, 1);
  assert_contains (fixture->err, "not a Karier database");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "NIP;Nama\n");
}

/* employee list */

static void
test_list_table (Fixture *fixture, gconstpointer data)
{
  g_auto (GStrv) lines = NULL;
  guint n_lines;

  run_tool (fixture, "employee", "list", shared_db, "--limit", "25");
  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_cmpstr (fixture->err, ==, "");
  lines = g_strsplit (fixture->out, "\n", -1);
  n_lines = g_strv_length (lines);
  /* A header, 25 rows and the empty string after the last line end. */
  g_assert_cmpuint (n_lines, ==, 27);
  g_assert_true (g_str_has_prefix (lines[0], "NIP "));
  assert_contains (lines[0], " Name ");
  assert_contains (lines[0], " Golongan ");
  assert_contains (lines[0], " Position ");
  g_assert_true (g_str_has_suffix (lines[0], " Unit"));
  for (guint i = 1; i < n_lines - 1; i++)
    {
      /* The NIP column is padded to the widest NIP. */
      const char *gap = strstr (lines[i], "  ");
      g_autofree char *nip = g_strndup (lines[i], gap - lines[i]);

      assert_grouped_nip (nip);
    }
  g_assert_cmpstr (lines[n_lines - 1], ==, "");

  run_tool (fixture, "employee", "list", shared_db);
  g_assert_cmpint (fixture->status, ==, 0);
  g_strfreev (lines);
  lines = g_strsplit (fixture->out, "\n", -1);
  /* The default limit. */
  g_assert_cmpuint (g_strv_length (lines), ==, 100 + 2);
}

static void
test_list_json (Fixture *fixture, gconstpointer data)
{
  g_autoptr (JsonNode) root = list_all (fixture);
  JsonArray *array = json_node_get_array (root);
  const char *previous = "";

  g_assert_cmpuint (json_array_get_length (array), ==, SHARED_EMPLOYEES);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      const char *nip = json_object_get_string_member (object, "nip");
      const char *name = json_object_get_string_member (object, "name");

      g_assert_cmpuint (strlen (nip), ==, 18);
      assert_grouped_nip (json_object_get_string_member (object, "nip_formatted"));
      assert_contains (json_object_get_string_member (object, "full_name"), name);
      g_assert_nonnull (json_object_get_string_member (object, "golongan"));
      g_assert_nonnull (json_object_get_string_member (object, "position"));
      g_assert_nonnull (json_object_get_string_member (object, "unit"));
      /* Sorted by name. */
      g_assert_cmpint (strcmp (previous, name), <=, 0);
      previous = name;
    }

  run_tool (fixture, "employee", "list", "--json", "--limit", "3", shared_db);
  g_assert_cmpint (fixture->status, ==, 0);
  {
    g_autoptr (JsonNode) three = parse_json (fixture->out);

    g_assert_cmpuint (json_array_get_length (json_node_get_array (three)), ==, 3);
  }
}

/* Whether @text has a word that starts with @prefix, ignoring case. */
static gboolean
has_word_prefix (const char *text, const char *prefix)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_autofree char *lower_prefix = g_utf8_strdown (prefix, -1);
  g_auto (GStrv) words = g_regex_split_simple ("[^[:alnum:]]+", lower, 0, 0);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (g_str_has_prefix (words[i], lower_prefix))
        return TRUE;
    }
  return FALSE;
}

static void
test_list_search (Fixture *fixture, gconstpointer data)
{
  g_autoptr (JsonNode) all = list_all (fixture);
  JsonObject *chosen = json_array_get_object_element (json_node_get_array (all), 150);
  const char *name = json_object_get_string_member (chosen, "name");
  g_autofree char *word = g_strndup (name, 4);
  g_autoptr (JsonNode) found = NULL;
  JsonArray *array;
  gboolean seen = FALSE;

  run_tool (fixture, "employee", "list", "--search", word, "--limit", "0", "--json", shared_db);
  g_assert_cmpint (fixture->status, ==, 0);
  found = parse_json (fixture->out);
  array = json_node_get_array (found);
  g_assert_cmpuint (json_array_get_length (array), >=, 1);
  g_assert_cmpuint (json_array_get_length (array), <, SHARED_EMPLOYEES);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      g_assert_true (has_word_prefix (json_object_get_string_member (object, "full_name"), word) ||
                     has_word_prefix (json_object_get_string_member (object, "position"), word) ||
                     has_word_prefix (json_object_get_string_member (object, "unit"), word));
      seen |= g_str_equal (json_object_get_string_member (object, "nip"),
                           json_object_get_string_member (chosen, "nip"));
    }
  g_assert_true (seen);

  run_tool (fixture, "employee", "list", "--search", "Qwxyz", shared_db);
  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_true (g_str_has_prefix (fixture->out, "NIP "));
  g_assert_cmpuint (strlen (strchr (fixture->out, '\n')), ==, 1);
}

/* employee show */

/* The first employee of @kind ("PNS", "CPNS", "PPPK") in a listing of the shared database. */
static JsonObject *
find_employee (JsonNode *all, const char *kind)
{
  JsonArray *array = json_node_get_array (all);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_str_equal (json_object_get_string_member (object, "kind"), kind))
        return object;
    }
  g_assert_not_reached ();
}

static void
test_show_text (Fixture *fixture, gconstpointer data)
{
  g_autoptr (JsonNode) all = list_all (fixture);
  JsonObject *chosen = find_employee (all, "PNS");
  const char *grouped = json_object_get_string_member (chosen, "nip_formatted");
  g_autofree char *nip_line = g_strdup_printf ("NIP: %s\n", grouped);
  g_autofree char *name_line =
      g_strdup_printf ("\nName: %s\n", json_object_get_string_member (chosen, "full_name"));
  g_autofree char *first = NULL;
  g_auto (GStrv) groups = g_strsplit (grouped, " ", -1);

  run_tool (fixture, "employee", "show", shared_db, grouped);
  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_cmpstr (fixture->err, ==, "");
  g_assert_true (g_str_has_prefix (fixture->out, nip_line));
  assert_contains (fixture->out, name_line);
  assert_contains (fixture->out, "\nKind: PNS\n");
  assert_contains (fixture->out, "\nAge: ");
  assert_contains (fixture->out, "\nYears of service: ");
  assert_contains (fixture->out, "\nYears in golongan: ");
  assert_contains (fixture->out, "\nRetirement age (BUP): ");
  assert_contains (fixture->out, "\nRetirement date: ");
  assert_contains (fixture->out, "\nRank history:\n");
  assert_contains (fixture->out, ", Pengangkatan");
  assert_contains (fixture->out, "\nPosition history:\n");
  assert_contains (fixture->out, "\nEducation history:\n");
  assert_contains (fixture->out, "\nDiscipline history:\n");
  assert_contains (fixture->out, "\nAward history:\n");
  g_assert_null (strstr (fixture->out, "Warning"));
  first = g_steal_pointer (&fixture->out);

  /* The NIP may come unspaced, or in groups as separate arguments. */
  run_tool (fixture, "employee", "show", shared_db, json_object_get_string_member (chosen, "nip"));
  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_cmpstr (fixture->out, ==, first);
  run_tool (fixture, "employee", "show", shared_db, groups[0], groups[1], groups[2], groups[3]);
  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_cmpstr (fixture->out, ==, first);
}

/* Checks a {"years": …, "months": …} member against the span from @from to @today. */
static void
assert_span (JsonObject *object, const char *member, const char *from, const GDate *today)
{
  JsonObject *span = json_object_get_object_member (object, member);
  GDate start;
  guint years, months;

  g_assert_nonnull (span);
  g_assert_true (kr_date_parse_iso (from, &start, NULL));
  g_assert_true (kr_date_span (&start, today, &years, &months));
  g_assert_cmpint (json_object_get_int_member (span, "years"), ==, years);
  g_assert_cmpint (json_object_get_int_member (span, "months"), ==, months);
}

static void
test_show_json (Fixture *fixture, gconstpointer data)
{
  g_autoptr (JsonNode) all = list_all (fixture);
  const char *kinds[] = { "PNS", "PPPK", "CPNS" };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      JsonObject *chosen = find_employee (all, kinds[k]);
      g_autoptr (JsonNode) root = NULL;
      JsonObject *object;
      JsonArray *ranks;
      GDate today;

      run_tool (fixture, "employee", "show", "--json", shared_db,
                json_object_get_string_member (chosen, "nip_formatted"));
      g_assert_cmpint (fixture->status, ==, 0);
      root = parse_json (fixture->out);
      object = json_node_get_object (root);
      g_assert_cmpstr (json_object_get_string_member (object, "nip"), ==,
                       json_object_get_string_member (chosen, "nip"));
      g_assert_cmpstr (json_object_get_string_member (object, "kind"), ==, kinds[k]);
      g_assert_true (
          kr_date_parse_iso (json_object_get_string_member (object, "today"), &today, NULL));
      assert_span (object, "age", json_object_get_string_member (object, "birth_date"), &today);
      assert_span (object, "service", json_object_get_string_member (object, "tmt_cpns"), &today);
      assert_span (object, "time_in_rank", json_object_get_string_member (object, "rank_tmt"),
                   &today);
      g_assert_cmpint (json_object_get_int_member (object, "bup"), >=, 58);
      g_assert_nonnull (json_object_get_string_member (object, "retirement_date"));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "warnings")),
                        ==, 0);
      ranks = json_object_get_array_member (object, "ranks");
      g_assert_cmpuint (json_array_get_length (ranks), >=, 1);
      g_assert_cmpstr (
          json_object_get_string_member (json_array_get_object_element (ranks, 0), "kind"), ==,
          "Pengangkatan");
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "positions")),
                        >=, 1);
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "educations")),
                        >=, 1);
      g_assert_nonnull (json_object_get_array_member (object, "disciplines"));
      g_assert_nonnull (json_object_get_array_member (object, "awards"));
      if (g_str_equal (kinds[k], "PPPK"))
        {
          /* A PPPK golongan is a Roman numeral without pangkat. */
          g_assert_null (strchr (json_object_get_string_member (object, "golongan"), '/'));
          g_assert_true (json_object_get_null_member (object, "pangkat"));
          g_assert_true (json_object_get_null_member (object, "tmt_pns"));
        }
      else
        g_assert_nonnull (json_object_get_string_member (object, "pangkat"));
    }
}

static void
test_show_unknown (Fixture *fixture, gconstpointer data)
{
  run_tool (fixture, "employee", "show", shared_db, "19000101 190001 1 999");
  g_assert_cmpint (fixture->status, ==, 1);
  g_assert_cmpstr (fixture->out, ==, "");
  g_assert_true (g_str_has_prefix (fixture->err, "karier-tool: "));
  assert_contains (fixture->err, "No employee has the NIP 19000101 190001 1 999");

  run_tool (fixture, "employee", "show", "--json", shared_db, "123");
  g_assert_cmpint (fixture->status, ==, 1);
  g_assert_cmpstr (fixture->out, ==, "");
}

static void
test_employee_usage (Fixture *fixture, gconstpointer data)
{
  const struct
  {
    const char *args[6];
    const char *message;
  } cases[] = {
    { { "employee", NULL }, "missing subcommand" },
    { { "employee", "frob", NULL }, "unknown subcommand “frob”" },
    { { "employee", "list", NULL }, "missing argument DATABASE" },
    { { "employee", "list", "a.db", "b.db", NULL }, "unexpected argument “b.db”" },
    { { "employee", "list", "--limit", "-1", "a.db", NULL }, "--limit" },
    { { "employee", "list", "--frob", "a.db", NULL }, "--frob" },
    { { "employee", "show", "a.db", NULL }, "missing argument NIP" },
    { { "employee", "show", NULL }, "missing argument DATABASE" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      run_argv (fixture, fixture->dir, cases[i].args);
      g_assert_cmpint (fixture->status, ==, 2);
      g_assert_cmpstr (fixture->out, ==, "");
      g_assert_true (g_str_has_prefix (fixture->err, "karier-tool: "));
      assert_contains (fixture->err, cases[i].message);
      assert_contains (fixture->err, "--help");
    }
}

static void
test_employee_missing_database (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "missing.db", NULL);

  run_tool (fixture, "employee", "list", "missing.db");
  g_assert_cmpint (fixture->status, ==, 1);
  assert_contains (fixture->err, "missing.db");
  run_tool (fixture, "employee", "show", "missing.db", "199001012015011001");
  g_assert_cmpint (fixture->status, ==, 1);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
add_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

/* Makes the shared database with the tool itself. */
static void
make_shared_database (void)
{
  Fixture fixture = { 0 };
  g_autofree char *employees = g_strdup_printf ("%d", SHARED_EMPLOYEES);

  shared_dir = kr_test_make_tmp_dir ("kr-tool-employee-shared-XXXXXX");
  shared_db = g_build_filename (shared_dir, "demo.db", NULL);
  run_argv (
      &fixture, shared_dir,
      (const char *const[]){ "demo", "--employees", employees, "--seed", "11", shared_db, NULL });
  g_assert_cmpint (fixture.status, ==, 0);
  g_free (fixture.out);
  g_free (fixture.err);
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  if (argc < 2 || !g_file_test (argv[1], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_printerr ("Usage: %s [GTEST-OPTION…] PATH-TO-KARIER-TOOL\n", argv[0]);
      return 1;
    }
  tool_path = argv[1];
  make_shared_database ();

  add_test ("/tool/demo/help", test_help);
  add_test ("/tool/demo/creates", test_demo_creates);
  add_test ("/tool/demo/default-size", test_demo_default_size);
  add_test ("/tool/demo/refuses-filled", test_demo_refuses_filled);
  add_test ("/tool/demo/deterministic", test_demo_deterministic);
  add_test ("/tool/demo/usage", test_demo_usage);
  add_test ("/tool/demo/not-a-database", test_demo_not_a_database);
  add_test ("/tool/employee/list-table", test_list_table);
  add_test ("/tool/employee/list-json", test_list_json);
  add_test ("/tool/employee/list-search", test_list_search);
  add_test ("/tool/employee/show-text", test_show_text);
  add_test ("/tool/employee/show-json", test_show_json);
  add_test ("/tool/employee/show-unknown", test_show_unknown);
  add_test ("/tool/employee/usage", test_employee_usage);
  add_test ("/tool/employee/missing-database", test_employee_missing_database);

  status = g_test_run ();
  kr_test_remove_tree (shared_dir);
  g_free (shared_db);
  g_free (shared_dir);
  return status;
}
