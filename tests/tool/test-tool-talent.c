/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-tool-talent"

#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "kr-database-private.h"
#include "kr-test-tool.h"
#include "kr-test-utils.h"

/* `karier-tool talent …` and `report talent-grid|talent-pool|succession`, end to end, on a
 * small demo province: without accounts (--as is then ignored) for speed, and with the demo
 * accounts (password "karier-demo") for what each role may do. The grid's counts must agree
 * with the box lists, an assessment must move an employee from "no assessment" into the box
 * its axes name, and succession plans go through create, add, reorder, remove and delete. The
 * demos are made once and copied for each test. */

static char *template_dir;
static char *accounts_dir;

#define PASSWORD "karier-demo\n"
#define AS       "--as", "operator"

typedef KrToolFixture Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_set_up (fixture, "kr-tool-talent-XXXXXX", data);
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

static JsonNode *
parse (const char *text)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* `talent grid --json` with the extra arguments up to NULL */
static JsonNode *
run_grid (Fixture *fixture, ...)
{
  g_autoptr (GPtrArray) args = g_ptr_array_new ();
  va_list ap;
  const char *arg;

  g_ptr_array_add (args, (gpointer) "talent");
  g_ptr_array_add (args, (gpointer) "grid");
  g_ptr_array_add (args, (gpointer) "karier.db");
  g_ptr_array_add (args, (gpointer) "--json");
  va_start (ap, fixture);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_assert_cmpuint (args->len, <=, 7);
  while (args->len < 8)
    g_ptr_array_add (args, NULL);
  kr_tool_fixture_run (fixture, PASSWORD, args->pdata[0], args->pdata[1], args->pdata[2],
                       args->pdata[3], args->pdata[4], args->pdata[5], args->pdata[6], NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  return parse (fixture->out);
}

static gint64
member_int (JsonNode *node, const char *name)
{
  return json_object_get_int_member (json_node_get_object (node), name);
}

static gint64
box_count (JsonNode *grid, guint number)
{
  JsonArray *boxes = json_object_get_array_member (json_node_get_object (grid), "boxes");

  for (guint i = 0; i < json_array_get_length (boxes); i++)
    {
      JsonObject *box = json_array_get_object_element (boxes, i);

      if (json_object_get_int_member (box, "box") == number)
        return json_object_get_int_member (box, "count");
    }
  g_assert_not_reached ();
}

/* The total of `talent box BOX --json` */
static gint64
list_total (Fixture *fixture, const char *box, JsonNode **out)
{
  g_autoptr (JsonNode) root = NULL;
  gint64 total;

  kr_tool_fixture_run (fixture, PASSWORD, "talent", "box", "karier.db", box, "--json", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  root = parse (fixture->out);
  total = member_int (root, "total");
  g_assert_cmpuint (json_array_get_length (
                        json_object_get_array_member (json_node_get_object (root), "employees")),
                    ==, total);
  if (out != NULL)
    *out = g_steal_pointer (&root);
  return total;
}

static void
test_grid (Fixture *fixture, gconstpointer data)
{
  g_autoptr (JsonNode) grid = run_grid (fixture, AS, NULL);
  JsonArray *boxes = json_object_get_array_member (json_node_get_object (grid), "boxes");
  gint64 placed = 0, pool = 0;

  /* Nine boxes with the migration's numbering; the states partition the employees */
  g_assert_cmpuint (json_array_get_length (boxes), ==, 9);
  for (guint i = 0; i < 9; i++)
    {
      JsonObject *box = json_array_get_object_element (boxes, i);
      gint64 number = json_object_get_int_member (box, "box");
      char text[4];

      placed += json_object_get_int_member (box, "count");
      if (json_object_get_boolean_member (box, "in_pool"))
        pool += json_object_get_int_member (box, "count");
      g_assert_cmpint (json_object_get_boolean_member (box, "in_pool"), ==, number >= 7);
      g_snprintf (text, sizeof text, "%d", (int) number);
      /* The box lists agree with the counts */
      g_assert_cmpint (list_total (fixture, text, NULL), ==,
                       json_object_get_int_member (box, "count"));
    }
  g_assert_cmpint (member_int (grid, "placed"), ==, placed);
  g_assert_cmpint (member_int (grid, "in_pool"), ==, pool);
  g_assert_cmpint (member_int (grid, "total"), ==,
                   placed + member_int (grid, "no_appraisal") + member_int (grid, "no_assessment") +
                       member_int (grid, "excluded"));
  g_assert_cmpint (member_int (grid, "total"), >, 50);
  g_assert_cmpint (list_total (fixture, "pool", NULL), ==, pool);
  g_assert_cmpint (list_total (fixture, "excluded", NULL), ==, member_int (grid, "excluded"));
  g_assert_cmpint (list_total (fixture, "no-assessment", NULL), ==,
                   member_int (grid, "no_assessment"));
  g_assert_cmpint (list_total (fixture, "no-appraisal", NULL), ==,
                   member_int (grid, "no_appraisal"));

  /* The text form: the rows from the best performance, the pool marked */
  kr_tool_fixture_run (fixture, PASSWORD, "talent", "grid", "karier.db", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Above expectations");
  kr_test_assert_contains (fixture->out, "9*:");
  g_assert_null (strstr (fixture->out, "6*:"));
  g_assert_true (strstr (fixture->out, "Above expectations") <
                 strstr (fixture->out, "Below expectations"));
}

static void
test_assess (Fixture *fixture, gconstpointer data)
{
  g_autoptr (JsonNode) before = run_grid (fixture, AS, NULL);
  g_autoptr (JsonNode) after = NULL;
  g_autoptr (JsonNode) restored = NULL;
  g_autoptr (JsonNode) waiting = NULL;
  g_autoptr (JsonNode) placement = NULL;
  g_autofree char *date = NULL;
  g_autofree char *id = NULL;
  g_autofree char *nip = NULL;
  g_autofree char *count = NULL;
  JsonObject *employee, *object;
  gint64 year = member_int (before, "year");
  const char *performance;
  guint box;

  /* Someone with the appraisals but no assessment */
  g_assert_cmpint (list_total (fixture, "no-assessment", &waiting), >, 0);
  employee = json_array_get_object_element (
      json_object_get_array_member (json_node_get_object (waiting), "employees"), 0);
  nip = g_strdup (json_object_get_string_member (employee, "nip"));
  performance = json_object_get_string_member (employee, "performance");
  g_assert_nonnull (performance);
  box = g_str_equal (performance, "above") ? 9 : g_str_equal (performance, "as_expected") ? 8 : 6;

  date = g_strdup_printf ("%d-12-01", (int) year);
  kr_tool_fixture_run (fixture, PASSWORD, "talent", "assess", "karier.db", nip, "--date", date,
                       "--potential", "high", "--score", "88.5", "--assessor",
                       "UPT Penilaian "
                       "Kompetensi",
                       AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, nip);
  count = query (fixture,
                 "SELECT count(*) FROM talent_assessment a JOIN employee e ON e.id = a.employee_id "
                 "WHERE e.nip = '%s' AND a.date = '%s' AND a.potential = 'high' AND a.score = 88.5",
                 nip, date);
  g_assert_cmpstr (count, ==, "1");
  g_free (count);
  count = query (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'talent_assessment'");
  g_assert_cmpint (atoi (count), >=, 1);

  /* One fewer without an assessment, one more in the box the axes name */
  after = run_grid (fixture, AS, NULL);
  g_assert_cmpint (member_int (after, "no_assessment"), ==,
                   member_int (before, "no_assessment") - 1);
  g_assert_cmpint (box_count (after, box), ==, box_count (before, box) + 1);
  g_assert_cmpint (member_int (after, "total"), ==, member_int (before, "total"));

  kr_tool_fixture_run (fixture, PASSWORD, "talent", "placement", "karier.db", nip, "--json", AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  placement = parse (fixture->out);
  object = json_node_get_object (placement);
  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "placed");
  g_assert_cmpstr (json_object_get_string_member (object, "potential"), ==, "high");
  g_assert_cmpint (json_object_get_int_member (object, "box"), ==, box);
  g_assert_cmpint (json_object_get_boolean_member (object, "in_pool"), ==, box >= 7);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "reasons")), >, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "assessments")),
                    ==, 1);
  id = g_strdup_printf (
      "%" G_GINT64_FORMAT,
      json_object_get_int_member (
          json_array_get_object_element (json_object_get_array_member (object, "assessments"), 0),
          "id"));

  /* The same day twice is a conflict */
  kr_tool_fixture_run (fixture, PASSWORD, "talent", "assess", "karier.db", nip, "--date", date,
                       "--potential", "low", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 1);

  /* Deleting it puts things back */
  kr_tool_fixture_run (fixture, PASSWORD, "talent", "assess", "karier.db", nip, "--delete", id, AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  restored = run_grid (fixture, AS, NULL);
  g_assert_cmpint (member_int (restored, "no_assessment"), ==,
                   member_int (before, "no_assessment"));
  g_assert_cmpint (box_count (restored, box), ==, box_count (before, box));
}

/* The id of the first key position without a plan */
static char *
free_position (Fixture *fixture)
{
  g_autoptr (JsonNode) root = NULL;
  JsonArray *rows;

  kr_tool_fixture_run (fixture, PASSWORD, "talent", "succession", "positions", "karier.db",
                       "--without-plan", "--json", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  root = parse (fixture->out);
  rows = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (rows), >, 0);
  g_assert_true (json_object_get_null_member (json_array_get_object_element (rows, 0), "plan_id"));
  return g_strdup_printf (
      "%" G_GINT64_FORMAT,
      json_object_get_int_member (json_array_get_object_element (rows, 0), "position_id"));
}

/* The plan with id @plan_id in `succession list --json` */
static JsonObject *
find_plan (JsonNode *root, gint64 plan_id)
{
  JsonArray *plans = json_node_get_array (root);

  for (guint i = 0; i < json_array_get_length (plans); i++)
    {
      JsonObject *plan = json_array_get_object_element (plans, i);

      if (json_object_get_int_member (plan, "id") == plan_id)
        return plan;
    }
  return NULL;
}

/* Two NIPs of employees in scope of the 9-box: from the pool when it has two */
static void
two_nips (Fixture *fixture, char **first, char **second)
{
  const char *lists[] = { "pool", "no-assessment", "no-appraisal", "5" };

  *first = *second = NULL;
  for (guint l = 0; l < G_N_ELEMENTS (lists) && *second == NULL; l++)
    {
      g_autoptr (JsonNode) root = NULL;
      JsonArray *rows;

      list_total (fixture, lists[l], &root);
      rows = json_object_get_array_member (json_node_get_object (root), "employees");
      for (guint i = 0; i < json_array_get_length (rows) && *second == NULL; i++)
        {
          const char *nip =
              json_object_get_string_member (json_array_get_object_element (rows, i), "nip");

          if (*first == NULL)
            *first = g_strdup (nip);
          else if (g_strcmp0 (*first, nip) != 0)
            *second = g_strdup (nip);
        }
    }
  g_assert_nonnull (*second);
}

static JsonNode *
list_plans (Fixture *fixture)
{
  kr_tool_fixture_run (fixture, PASSWORD, "talent", "succession", "list", "karier.db", "--json", AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  return parse (fixture->out);
}

static void
test_succession (Fixture *fixture, gconstpointer data)
{
  g_autofree char *position = free_position (fixture);
  g_autofree char *plan_text = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *second_id = NULL;
  g_autoptr (JsonNode) plans = NULL;
  g_autoptr (JsonNode) suggestions = NULL;
  JsonObject *plan;
  JsonArray *successors;
  gint64 plan_id;

  kr_tool_fixture_run (fixture, PASSWORD, "talent", "succession", "plan", "karier.db", position,
                       "--note", "Jabatan kunci", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  plan_text = query (fixture, "SELECT id FROM succession_plan WHERE position_id = %s", position);
  g_assert_nonnull (plan_text);
  plan_id = g_ascii_strtoll (plan_text, NULL, 10);
  /* A second plan for the same position is refused */
  kr_tool_fixture_run (fixture, PASSWORD, "talent", "succession", "plan", "karier.db", position, AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 1);

  plans = list_plans (fixture);
  plan = find_plan (plans, plan_id);
  g_assert_nonnull (plan);
  g_assert_cmpstr (json_object_get_string_member (plan, "gap"), ==, "no_successor");
  g_assert_cmpstr (json_object_get_string_member (plan, "note"), ==, "Jabatan kunci");
  g_clear_pointer (&plans, json_node_unref);

  /* Two successors from the employees in scope; the second goes first with --rank 1 */
  two_nips (fixture, &first, &second);
  kr_tool_fixture_run (fixture, PASSWORD, "talent", "succession", "add", "karier.db", plan_text,
                       first, "--readiness", "one_to_two_years", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_tool_fixture_run (fixture, PASSWORD, "talent", "succession", "add", "karier.db", plan_text,
                       second, "--readiness", "now", "--rank", "1", "--gaps", "PKA", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  /* The same employee twice is refused */
  kr_tool_fixture_run (fixture, PASSWORD, "talent", "succession", "add", "karier.db", plan_text,
                       first, AS, NULL);
  kr_tool_fixture_assert_status (fixture, 1);

  plans = list_plans (fixture);
  plan = find_plan (plans, plan_id);
  successors = json_object_get_array_member (plan, "successors");
  g_assert_cmpuint (json_array_get_length (successors), ==, 2);
  g_assert_cmpstr (
      json_object_get_string_member (json_array_get_object_element (successors, 0), "nip"), ==,
      second);
  g_assert_cmpstr (
      json_object_get_string_member (json_array_get_object_element (successors, 0), "readiness"),
      ==, "now");
  g_assert_cmpstr (json_object_get_string_member (plan, "gap"), ==, "none");
  second_id = g_strdup_printf (
      "%" G_GINT64_FORMAT,
      json_object_get_int_member (json_array_get_object_element (successors, 0), "id"));
  g_clear_pointer (&plans, json_node_unref);

  /* Move the ready one last: the order changes; remove them: a gap with no one ready */
  kr_tool_fixture_run (fixture, PASSWORD, "talent", "succession", "move", "karier.db", second_id,
                       "2", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  plans = list_plans (fixture);
  successors = json_object_get_array_member (find_plan (plans, plan_id), "successors");
  g_assert_cmpstr (
      json_object_get_string_member (json_array_get_object_element (successors, 0), "nip"), ==,
      first);
  g_assert_cmpint (
      json_object_get_int_member (json_array_get_object_element (successors, 1), "rank"), ==, 2);
  g_clear_pointer (&plans, json_node_unref);
  kr_tool_fixture_run (fixture, PASSWORD, "talent", "succession", "remove", "karier.db", second_id,
                       AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  plans = list_plans (fixture);
  plan = find_plan (plans, plan_id);
  g_assert_cmpstr (json_object_get_string_member (plan, "gap"), ==, "none_ready");
  g_clear_pointer (&plans, json_node_unref);

  /* Only plans with gaps */
  kr_tool_fixture_run (fixture, PASSWORD, "talent", "succession", "list", "karier.db", "--gaps",
                       "--json", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  plans = parse (fixture->out);
  for (guint i = 0; i < json_array_get_length (json_node_get_array (plans)); i++)
    g_assert_cmpstr (json_object_get_string_member (
                         json_array_get_object_element (json_node_get_array (plans), i), "gap"),
                     !=, "none");
  g_assert_nonnull (find_plan (plans, plan_id));
  g_clear_pointer (&plans, json_node_unref);

  /* Suggestions come from the pool: each in a pool box, not excluded */
  kr_tool_fixture_run (fixture, PASSWORD, "talent", "succession", "suggest", "karier.db", plan_text,
                       "--json", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  suggestions = parse (fixture->out);
  for (guint i = 0; i < json_array_get_length (json_node_get_array (suggestions)); i++)
    {
      JsonObject *row = json_array_get_object_element (json_node_get_array (suggestions), i);

      g_assert_cmpint (json_object_get_int_member (row, "box"), >=, 7);
      g_assert_false (json_object_get_boolean_member (row, "excluded"));
    }

  /* Deleting the plan */
  kr_tool_fixture_run (fixture, PASSWORD, "talent", "succession", "plan", "karier.db", position,
                       "--delete", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  g_free (plan_text);
  plan_text =
      query (fixture, "SELECT count(*) FROM succession_plan WHERE position_id = %s", position);
  g_assert_cmpstr (plan_text, ==, "0");
}

static char *
pdf_text (const char *path)
{
  g_autofree char *out = NULL;
  g_autoptr (GError) error = NULL;
  const char *argv[] = { "pdftotext", "-raw", path, "-", NULL };
  int wait_status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                NULL, &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  return g_steal_pointer (&out);
}

static void
test_report (Fixture *fixture, gconstpointer data)
{
  g_autofree char *grid_pdf = g_build_filename (fixture->dir, "grid.pdf", NULL);
  g_autofree char *pool_pdf = g_build_filename (fixture->dir, "pool.pdf", NULL);
  g_autofree char *succession_pdf = g_build_filename (fixture->dir, "succession.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *pool_line = NULL;
  g_autoptr (JsonNode) grid = run_grid (fixture, AS, NULL);

  kr_tool_fixture_run (fixture, PASSWORD, "report", "talent-grid", "karier.db", "-o", grid_pdf,
                       "--place", "Manado", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  text = pdf_text (grid_pdf);
  kr_test_assert_contains (text, "PETA TALENTA");
  kr_test_assert_contains (text, "Kinerja");
  kr_test_assert_contains (text, "Potensial");
  kr_test_assert_contains (text, "Manado");
  kr_test_assert_contains (text, "Dipromosikan dan dipertahankan");
  g_free (text);

  kr_tool_fixture_run (fixture, PASSWORD, "report", "talent-pool", "karier.db", "-o", pool_pdf, AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  pool_line = g_strdup_printf ("%d employee", (int) member_int (grid, "in_pool"));
  kr_test_assert_contains (fixture->out, pool_line);
  text = pdf_text (pool_pdf);
  kr_test_assert_contains (text, "DAFTAR KELOMPOK RENCANA SUKSESI");
  g_free (text);

  kr_tool_fixture_run (fixture, PASSWORD, "report", "succession", "karier.db", "-o", succession_pdf,
                       AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  text = pdf_text (succession_pdf);
  kr_test_assert_contains (text, "RENCANA SUKSESI JABATAN");

  /* Usage */
  kr_tool_fixture_run (fixture, PASSWORD, "report", "succession", "karier.db", "-o", succession_pdf,
                       "--year", "2025", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_tool_fixture_run (fixture, PASSWORD, "report", "talent-grid", "karier.db", "-o", "grid.txt",
                       AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
}

static void
test_usage (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_run (fixture, NULL, "talent", "box", "karier.db", "10", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "BOX “10”");
  kr_tool_fixture_run (fixture, NULL, "talent", "grid", "karier.db", "--subtree", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--subtree");
  kr_tool_fixture_run (fixture, NULL, "talent", "grid", "karier.db", "--year", "1999", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_tool_fixture_run (fixture, NULL, "talent", "assess", "karier.db", "199001012015011001",
                       "--date", "2025-01-01", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--potential");
  kr_tool_fixture_run (fixture, NULL, "talent", "assess", "karier.db", "199001012015011001",
                       "--date", "2025-01-01", "--potential", "huge", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "low, medium, high");
  kr_tool_fixture_run (fixture, NULL, "talent", "frobnicate", "karier.db", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_tool_fixture_run (fixture, NULL, "talent", "succession", "move", "karier.db", "x", "1", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "SUCCESSOR");
  kr_tool_fixture_run (fixture, NULL, "talent", "--help", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "succession");
}

/* A viewer reads but may not write; a unit head sees only their subtree */
static void
test_permissions (Fixture *fixture, gconstpointer data)
{
  g_autoptr (JsonNode) all = NULL;
  g_autoptr (JsonNode) head = NULL;
  g_autofree char *nip = NULL;

  all = run_grid (fixture, "--as", "operator", NULL);
  head = run_grid (fixture, "--as", "kepala", NULL);
  g_assert_cmpint (member_int (head, "total"), <, member_int (all, "total"));
  g_assert_cmpint (member_int (head, "total"), >, 0);

  nip = query (fixture, "SELECT nip FROM employee WHERE status = 'aktif' LIMIT 1");
  kr_tool_fixture_run (fixture, PASSWORD, "talent", "grid", "karier.db", "--as", "peninjau", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_tool_fixture_run (fixture, PASSWORD, "talent", "assess", "karier.db", nip, "--date",
                       "2025-06-01", "--potential", "high", "--as", "peninjau", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_tool_fixture_run (fixture, PASSWORD, "talent", "assess", "karier.db", nip, "--date",
                       "2025-06-01", "--potential", "high", "--as", "operator", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
}

static void
add_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, template_dir, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char *argv[])
{
  int result;

  kr_test_tool_init (&argc, &argv);
  template_dir =
      kr_test_tool_make_demo ("kr-tool-talent-template-XXXXXX", "--employees", "200", NULL);
  accounts_dir = kr_test_tool_make_demo ("kr-tool-talent-accounts-XXXXXX", "--employees", "200",
                                         "--accounts", NULL);

  add_test ("/tool/talent/grid", test_grid);
  add_test ("/tool/talent/assess", test_assess);
  add_test ("/tool/talent/succession", test_succession);
  add_test ("/tool/talent/report", test_report);
  add_test ("/tool/talent/usage", test_usage);
  g_test_add ("/tool/talent/permissions", Fixture, accounts_dir, fixture_set_up, test_permissions,
              fixture_tear_down);
  result = g_test_run ();
  kr_test_remove_tree (template_dir);
  kr_test_remove_tree (accounts_dir);
  g_free (template_dir);
  g_free (accounts_dir);
  return result;
}
