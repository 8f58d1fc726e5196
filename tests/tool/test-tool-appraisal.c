/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-tool-appraisal"

#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-test-tool.h"
#include "kr-test-utils.h"

/* `karier-tool appraisal start|list|show|apply|import-pp46|cycle`, end to end, on a small demo
 * province with its appraisal history and the demo accounts (password "karier-demo"): admin,
 * operator, kepala (the unit head of the demo's first perangkat daerah), peninjau. The demo is
 * made once and copied for each test. */

static char *template_dir;
static guint this_year;

#define PASSWORD "karier-demo\n"

typedef KrToolFixture Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_set_up (fixture, "kr-tool-appraisal-XXXXXX", template_dir);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_tear_down (fixture);
}

/* The first column of the first row of @sql (printf-style), as text. */
static char *query (Fixture *fixture, const char *format, ...) G_GNUC_PRINTF (2, 3);

static char *
query (Fixture *fixture, const char *format, ...)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;
  va_list args;

  g_assert_no_error (error);
  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static int
query_int (Fixture *fixture, const char *sql)
{
  g_autofree char *text = query (fixture, "%s", sql);

  return text != NULL ? atoi (text) : -1;
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

static void
test_list (Fixture *fixture, gconstpointer data)
{
  g_autofree char *year = g_strdup_printf ("%u", this_year - 1);
  g_autofree char *this = g_strdup_printf ("%u", this_year);
  g_autofree char *sql = NULL;
  g_autofree char *nip = NULL;
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *expected = NULL;
  JsonArray *rows;
  int n;

  sql = g_strdup_printf ("SELECT count(*) FROM appraisal WHERE year = %s", year);
  n = query_int (fixture, sql);
  g_assert_cmpint (n, >, 0);
  nip = query (fixture,
               "SELECT e.nip FROM appraisal a JOIN employee e ON e.id = a.employee_id "
               "WHERE a.year = %s LIMIT 1",
               year);
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "list", "karier.db", "--year", year,
                       "--period", "annual", "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, nip);
  kr_test_assert_contains (fixture->out, "AKHIR");
  expected = g_strdup_printf ("%d evaluations", n);
  kr_test_assert_contains (fixture->out, expected);

  /* JSON, filtered by state: the evaluations awaiting review this year. */
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "list", "karier.db", "--year", this,
                       "--state", "submitted", "--json", "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  root = parse_json (fixture->out);
  rows = json_node_get_array (root);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM appraisal_evaluation v JOIN appraisal a ON a.id = "
                         "v.appraisal_id WHERE a.year = %s AND v.state = 'submitted'",
                         this);
  g_assert_cmpuint (json_array_get_length (rows), ==, (guint) query_int (fixture, sql));
  g_assert_cmpuint (json_array_get_length (rows), >, 0);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);

      g_assert_cmpstr (json_object_get_string_member (row, "state"), ==, "submitted");
      g_assert_cmpint (json_object_get_int_member (row, "year"), ==, this_year);
    }

  /* Mistakes. */
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "list", "karier.db", "--as", "operator",
                       NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--year");
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "list", "karier.db", "--year", year,
                       "--state", "done", "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--state “done”");
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "list", "karier.db", "--year", year,
                       "--unit", "NOPE", "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "NOPE");
  /* A database with accounts needs someone signed in. */
  kr_tool_fixture_run (fixture, NULL, "appraisal", "list", "karier.db", "--year", year, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "--as");
}

static void
test_show (Fixture *fixture, gconstpointer data)
{
  g_autofree char *year = g_strdup_printf ("%u", this_year);
  g_autofree char *nip = NULL;
  g_autofree char *name = NULL;
  g_autofree char *sql = NULL;
  g_autoptr (JsonNode) root = NULL;
  JsonObject *object;
  JsonArray *evaluations;

  /* Someone with a step recorded this year. */
  nip = query (fixture,
               "SELECT e.nip FROM appraisal_transition t JOIN appraisal_evaluation v ON v.id = "
               "t.evaluation_id JOIN appraisal a ON a.id = v.appraisal_id JOIN employee e ON "
               "e.id = a.employee_id WHERE a.year = %s LIMIT 1",
               year);
  g_assert_nonnull (nip);
  name = query (fixture, "SELECT name FROM employee WHERE nip = '%s'", nip);
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "show", "karier.db", "--nip", nip, "--year",
                       year, "--as", "admin", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, name);
  kr_test_assert_contains (fixture->out, "Kinerja Utama");
  kr_test_assert_contains (fixture->out, "AKHIR");
  kr_test_assert_contains (fixture->out, "TRIWULAN I");
  kr_test_assert_contains (fixture->out, "Berorientasi Pelayanan");
  kr_test_assert_contains (fixture->out, "Draft → Submitted");

  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "show", "karier.db", "--nip", nip, "--year",
                       year, "--json", "--as", "admin", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  root = parse_json (fixture->out);
  object = json_node_get_object (root);
  g_assert_cmpint (json_object_get_int_member (object, "year"), ==, this_year);
  g_assert_cmpstr (
      json_object_get_string_member (json_object_get_object_member (object, "employee"), "nip"), ==,
      nip);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "results")), >, 0);
  evaluations = json_object_get_array_member (object, "evaluations");
  sql = g_strdup_printf ("SELECT count(*) FROM appraisal_evaluation v JOIN appraisal a ON a.id = "
                         "v.appraisal_id JOIN employee e ON e.id = a.employee_id WHERE e.nip = "
                         "'%s' AND a.year = %s",
                         nip, year);
  g_assert_cmpuint (json_array_get_length (evaluations), ==, (guint) query_int (fixture, sql));
  /* The annual evaluation comes last. */
  g_assert_cmpint (
      json_object_get_int_member (
          json_array_get_object_element (evaluations, json_array_get_length (evaluations) - 1),
          "period"),
      ==, 0);

  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "show", "karier.db", "--nip",
                       "199901012020011999", "--year", year, "--as", "admin", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "--nip 199901012020011999: no employee has this NIP");
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "show", "karier.db", "--nip", nip, "--year",
                       "2021", "--as", "admin", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "--year 2021");
  kr_test_assert_contains (fixture->err, "has no appraisal for 2021");
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "show", "karier.db", "--year", year, "--as",
                       "admin", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--nip");
}

static void
test_start (Fixture *fixture, gconstpointer data)
{
  /* The demo's history begins four years back: the year before is free. */
  g_autofree char *year = g_strdup_printf ("%u", this_year - 5);
  g_autofree char *sql = NULL;
  g_autofree char *started = NULL;
  g_autofree char *skipped = NULL;
  int active;

  sql = g_strdup_printf ("SELECT count(*) FROM appraisal WHERE year = %s", year);
  g_assert_cmpint (query_int (fixture, sql), ==, 0);

  /* A viewer may not. */
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "start", "karier.db", "--unit", "NS.03",
                       "--subtree", "--year", year, "--as", "peninjau", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  g_assert_cmpint (query_int (fixture, sql), ==, 0);

  active = query_int (fixture, "WITH RECURSIVE s (id) AS (SELECT id FROM unit WHERE code = "
                               "'NS.03' UNION ALL SELECT u.id FROM unit u JOIN s ON u.parent_id = "
                               "s.id) SELECT count(*) FROM employee WHERE unit_id IN s AND status "
                               "= 'aktif'");
  g_assert_cmpint (active, >, 0);
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "start", "karier.db", "--unit", "NS.03",
                       "--subtree", "--year", year, "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  started = g_strdup_printf ("Started %d appraisal", active);
  kr_test_assert_contains (fixture->out, started);
  g_assert_cmpint (query_int (fixture, sql), ==, active);

  /* Again: everyone is skipped. */
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "start", "karier.db", "--unit", "NS.03",
                       "--subtree", "--year", year, "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Started 0 appraisals");
  skipped = g_strdup_printf ("Skipped %d employee", active);
  kr_test_assert_contains (fixture->out, skipped);
  g_assert_cmpint (query_int (fixture, sql), ==, active);

  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "start", "karier.db", "--year", year, "--as",
                       "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--unit");
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "start", "karier.db", "--unit", "NOPE",
                       "--year", year, "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "NOPE");
}

static char *
evaluation_state (Fixture *fixture, const char *nip, guint year, const char *period)
{
  return query (fixture,
                "SELECT v.state FROM appraisal_evaluation v JOIN appraisal a ON a.id = "
                "v.appraisal_id JOIN employee e ON e.id = a.employee_id WHERE e.nip = '%s' AND "
                "a.year = %u AND v.period = %s",
                nip, year, period);
}

static void
test_apply (Fixture *fixture, gconstpointer data)
{
  g_autofree char *year = g_strdup_printf ("%u", this_year);
  g_autofree char *last_year = g_strdup_printf ("%u", this_year - 1);
  g_autofree char *nip = NULL;
  g_autofree char *period = NULL;
  g_autofree char *state = NULL;
  g_autofree char *outside = NULL;
  int n_steps = query_int (fixture, "SELECT count(*) FROM appraisal_transition");

  /* A submitted evaluation of this year, outside the unit head's subtree. */
  nip =
      query (fixture,
             "SELECT e.nip FROM appraisal_evaluation v JOIN appraisal a ON a.id = "
             "v.appraisal_id JOIN employee e ON e.id = a.employee_id JOIN account k ON k.user_name "
             "= 'kepala' WHERE a.year = %s AND v.state = 'submitted' AND a.appraiser_id IS NOT "
             "k.employee_id AND e.unit_id NOT IN (WITH RECURSIVE s (id) AS (SELECT k.unit_id UNION "
             "ALL SELECT u.id FROM unit u JOIN s ON u.parent_id = s.id) SELECT id FROM s) AND "
             "EXISTS (SELECT 1 FROM appraisal p JOIN appraisal_evaluation w ON w.appraisal_id = "
             "p.id WHERE p.employee_id = e.id AND p.year = %s AND w.period = 0 AND w.state = "
             "'final') LIMIT 1",
             year, last_year);
  g_assert_nonnull (nip);
  period = query (fixture,
                  "SELECT v.period FROM appraisal_evaluation v JOIN appraisal a ON a.id = "
                  "v.appraisal_id JOIN employee e ON e.id = a.employee_id WHERE e.nip = '%s' AND "
                  "a.year = %s AND v.state = 'submitted'",
                  nip, year);

  /* Returning needs a reason, named. */
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "apply", "karier.db", "return", "--nip", nip,
                       "--year", year, "--period", period, "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--reason");
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "apply", "karier.db", "approve", "--nip",
                       nip, "--year", year, "--period", period, "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "unknown action “approve”");

  /* The unit head may not act outside what they appraise. */
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "apply", "karier.db", "return", "--nip", nip,
                       "--year", year, "--period", period, "--reason", "Lengkapi bukti", "--as",
                       "kepala", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  state = evaluation_state (fixture, nip, this_year, period);
  g_assert_cmpstr (state, ==, "submitted");

  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "apply", "karier.db", "return", "--nip", nip,
                       "--year", year, "--period", period, "--reason", "Lengkapi bukti dukung",
                       "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Submitted → Draft");
  g_clear_pointer (&state, g_free);
  state = evaluation_state (fixture, nip, this_year, period);
  g_assert_cmpstr (state, ==, "draft");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal_transition"), ==,
                   n_steps + 1);
  g_clear_pointer (&state, g_free);
  state = query (fixture, "SELECT reason FROM appraisal_transition ORDER BY id DESC LIMIT 1");
  g_assert_cmpstr (state, ==, "Lengkapi bukti dukung");

  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "apply", "karier.db", "submit", "--nip", nip,
                       "--year", year, "--period", period, "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  g_clear_pointer (&state, g_free);
  state = evaluation_state (fixture, nip, this_year, period);
  g_assert_cmpstr (state, ==, "submitted");

  /* Reviewing needs both ratings, which a submitted evaluation of the demo lacks. */
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "apply", "karier.db", "review", "--nip", nip,
                       "--year", year, "--period", period, "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  g_clear_pointer (&state, g_free);
  state = evaluation_state (fixture, nip, this_year, period);
  g_assert_cmpstr (state, ==, "submitted");

  /* Reopening a final evaluation of last year: an administrator only. */
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "apply", "karier.db", "reopen", "--nip", nip,
                       "--year", last_year, "--reason", "Salah input", "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "apply", "karier.db", "reopen", "--nip", nip,
                       "--year", last_year, "--reason", "Salah input", "--as", "admin", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Final → Draft");
  g_clear_pointer (&state, g_free);
  state = evaluation_state (fixture, nip, this_year - 1, "0");
  g_assert_cmpstr (state, ==, "draft");

  /* A period the cycle does not have. */
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "apply", "karier.db", "submit", "--nip", nip,
                       "--year", year, "--period", "7", "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "--period 7");
  outside = g_strdup ("13");
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "apply", "karier.db", "submit", "--nip", nip,
                       "--year", year, "--period", outside, "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--period “13”");
}

static void
write_text (Fixture *fixture, const char *name, const char *text)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static void
test_import_pp46 (Fixture *fixture, gconstpointer data)
{
  g_autofree char *nip = query (fixture, "SELECT nip FROM employee ORDER BY id LIMIT 1");
  g_autofree char *good =
      g_strdup_printf ("nip,tahun,nilai_skp,nilai_perilaku\n%s,2021,82.5,78\n", nip);
  g_autofree char *bad = g_strdup_printf ("nip,tahun,nilai_skp,nilai_perilaku\n%s,2021,82.5,78\n"
                                          "199901012020011999,2020,70,70\n",
                                          nip);
  int before = query_int (fixture, "SELECT count(*) FROM appraisal_pp46");
  g_autofree char *audit_before = query (fixture, "SELECT count(*) FROM audit_log");

  write_text (fixture, "good.csv", good);
  write_text (fixture, "bad.csv", bad);

  /* A rejected row: its line reported, nothing written, a failing status. */
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "import-pp46", "karier.db", "bad.csv",
                       "--dry-run", "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->out, "Line 3");
  kr_test_assert_contains (fixture->err, "1 row was rejected");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal_pp46"), ==, before);
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "import-pp46", "karier.db", "bad.csv",
                       "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal_pp46"), ==, before);

  /* A clean dry run writes nothing either. */
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "import-pp46", "karier.db", "good.csv",
                       "--dry-run", "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Dry run: 1 row can be imported");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal_pp46"), ==, before);
  {
    g_autofree char *audit_after = query (fixture, "SELECT count(*) FROM audit_log");

    g_assert_cmpstr (audit_after, ==, audit_before);
  }

  /* A viewer may not import. */
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "import-pp46", "karier.db", "good.csv",
                       "--as", "peninjau", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal_pp46"), ==, before);

  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "import-pp46", "karier.db", "good.csv",
                       "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Imported 1 row");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal_pp46"), ==, before + 1);

  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "import-pp46", "karier.db", "missing.csv",
                       "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "missing.csv");
}

static void
test_cycle (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "cycle", "karier.db", "--unit", "NS.03",
                       "--as", "peninjau", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Quarterly");

  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "cycle", "karier.db", "monthly", "--unit",
                       "NS", "--as", "peninjau", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "cycle", "karier.db", "--unit", "NS",
                       "monthly", "--as", "admin", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Monthly");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM appraisal_cycle_setting"), ==, 1);
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "cycle", "karier.db", "--unit", "NS.03",
                       "--as", "peninjau", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Monthly");

  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "cycle", "karier.db", "weekly", "--unit",
                       "NS", "--as", "admin", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "weekly");
  kr_tool_fixture_run (fixture, PASSWORD, "appraisal", "cycle", "karier.db", "--as", "admin", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--unit");
}

static void
test_usage (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_run (fixture, NULL, "appraisal", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "missing subcommand");
  kr_tool_fixture_run (fixture, NULL, "appraisal", "delete", "karier.db", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "unknown subcommand “delete”");
  kr_tool_fixture_run (fixture, NULL, "appraisal", "--help", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "import-pp46");
  kr_tool_fixture_run (fixture, NULL, "appraisal", "apply", "--help", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "--reason");
  kr_tool_fixture_run (fixture, NULL, "help", NULL);
  kr_test_assert_contains (fixture->out, "appraisal");
}

static void
add_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char *argv[])
{
  GDate today;
  int result;

  kr_test_tool_init (&argc, &argv);
  kr_date_today (NULL, &today);
  this_year = g_date_get_year (&today);

  template_dir = kr_test_tool_make_demo ("kr-tool-appraisal-template-XXXXXX", "--employees", "40",
                                         "--accounts", NULL);

  add_test ("/tool/appraisal/list", test_list);
  add_test ("/tool/appraisal/show", test_show);
  add_test ("/tool/appraisal/start", test_start);
  add_test ("/tool/appraisal/apply", test_apply);
  add_test ("/tool/appraisal/import-pp46", test_import_pp46);
  add_test ("/tool/appraisal/cycle", test_cycle);
  add_test ("/tool/appraisal/usage", test_usage);
  result = g_test_run ();
  kr_test_remove_tree (template_dir);
  g_free (template_dir);
  return result;
}
