/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-tool-promotion"

#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-promotion-rules.h"
#include "kr-test-tool.h"
#include "kr-test-utils.h"

/* `karier-tool promotion …` and `report promotion-nominative|promotion-candidates`, end to end,
 * on a small demo province: without accounts (--as is then ignored) for speed, and with the
 * demo accounts (password "karier-demo": operator, kepala, the unit head of the demo's first
 * perangkat daerah, and peninjau) for what each may do. The pipeline runs on the last period
 * before today, so that its decree takes effect at once. The demos are made once and copied for
 * each test. */

static char *template_dir;
static char *accounts_dir;
static char *today_text;
/* The next period date (the default of --period) and the last one before today. */
static char *next_period;
static char *past_period;

#define PASSWORD "karier-demo\n"
#define AS       "--as", "operator"

typedef KrToolFixture Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_set_up (fixture, "kr-tool-promotion-XXXXXX", data);
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

static JsonArray *
parse_array (const char *text, JsonNode **root)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  *root = json_node_copy (json_parser_get_root (parser));
  g_assert_true (JSON_NODE_HOLDS_ARRAY (*root));
  return json_node_get_array (*root);
}

/* The NIP of an employee eligible on @period, through `promotion candidates`. */
static char *
eligible_nip (Fixture *fixture, const char *period)
{
  g_autoptr (JsonNode) root = NULL;
  JsonArray *rows;

  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "candidates", "karier.db", "--period",
                       period, "--verdict", "eligible", "--json", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  rows = parse_array (fixture->out, &root);
  /* The demo has proposals of the next period; one KP at a time, so skip their employees */
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      const char *nip =
          json_object_get_string_member (json_array_get_object_element (rows, i), "nip");
      g_autofree char *open = query (fixture,
                                     "SELECT count(*) FROM promotion p JOIN employee e ON e.id = "
                                     "p.employee_id WHERE e.nip = '%s' AND p.stage NOT IN "
                                     "('effective', 'cancelled')",
                                     nip);

      if (atoi (open) == 0)
        return g_strdup (nip);
    }
  g_error ("no eligible employee without an open proposal on %s", period);
}

/* Asserts that the last output ends its list with the number of proposals @where selects. */
static void
assert_proposals (Fixture *fixture, const char *where)
{
  g_autofree char *n = query (fixture, "SELECT count(*) FROM promotion WHERE %s", where);
  g_autofree char *line = g_strdup_printf (atoi (n) == 1 ? "%s proposal\n" : "%s proposals\n", n);

  kr_test_assert_contains (fixture->out, line);
}

static void
test_candidates (Fixture *fixture, gconstpointer data)
{
  g_autoptr (JsonNode) all = NULL;
  g_autoptr (JsonNode) eligible = NULL;
  JsonArray *rows;
  guint n_eligible = 0, n_verdicts[3] = { 0 };

  /* The default period is the next one. */
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "candidates", "karier.db", "--json", AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  rows = parse_array (fixture->out, &all);
  g_assert_cmpuint (json_array_get_length (rows), >, 10);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      const char *verdict = json_object_get_string_member (row, "verdict");
      JsonArray *reasons = json_object_get_array_member (row, "reasons");
      guint n_unmet = 0;

      g_assert_nonnull (json_object_get_string_member (row, "nip"));
      g_assert_nonnull (json_object_get_string_member (row, "kind"));
      g_assert_cmpuint (json_array_get_length (reasons), >, 0);
      for (guint r = 0; r < json_array_get_length (reasons); r++)
        {
          JsonObject *reason = json_array_get_object_element (reasons, r);

          g_assert_nonnull (json_object_get_string_member (reason, "rule"));
          g_assert_cmpstr (json_object_get_string_member (reason, "text"), !=, "");
          n_unmet += !json_object_get_boolean_member (reason, "met");
        }
      if (g_str_equal (verdict, "eligible"))
        {
          g_assert_cmpuint (n_unmet, ==, 0);
          g_assert_true (json_object_get_null_member (row, "eligible_on"));
          n_verdicts[0]++;
        }
      else if (g_str_equal (verdict, "not_yet"))
        {
          const char *on = json_object_get_string_member (row, "eligible_on");

          g_assert_cmpuint (n_unmet, >, 0);
          g_assert_nonnull (on);
          g_assert_cmpstr (on, >, next_period);
          n_verdicts[1]++;
        }
      else
        {
          g_assert_cmpstr (verdict, ==, "blocked");
          g_assert_cmpuint (n_unmet, >, 0);
          n_verdicts[2]++;
        }
    }
  g_assert_cmpuint (n_verdicts[0] + n_verdicts[1] + n_verdicts[2], ==,
                    json_array_get_length (rows));

  /* --verdict keeps those; the text table ends with the counts. */
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "candidates", "karier.db", "--period",
                       next_period, "--verdict", "eligible", "--json", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  n_eligible = json_array_get_length (parse_array (fixture->out, &eligible));
  g_assert_cmpuint (n_eligible, ==, n_verdicts[0]);
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "candidates", "karier.db", "--reasons", AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  {
    g_autofree char *counts = g_strdup_printf ("%u eligible, %u not yet, %u blocked", n_verdicts[0],
                                               n_verdicts[1], n_verdicts[2]);

    kr_test_assert_contains (fixture->out, counts);
  }
  kr_test_assert_contains (fixture->out, "✓");

  /* Mistakes name the option. */
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "candidates", "karier.db", "--period",
                       "2003-07-01", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--period 2003-07-01");
  kr_test_assert_contains (fixture->err, "2003-04-01 and 2003-10-01");
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "candidates", "karier.db", "--period",
                       "2026-02-30", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--period");
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "candidates", "karier.db", "--verdict",
                       "maybe", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--verdict “maybe”");
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "candidates", "karier.db", "--unit", "NOPE",
                       AS, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "NOPE");
}

/* candidate → documents_complete → proposed (→ back, with a reason) → pertek → decree →
 * effective: the new rank in the rank history. */
static void
test_pipeline (Fixture *fixture, gconstpointer data)
{
  g_autofree char *nip = eligible_nip (fixture, past_period);
  g_autofree char *id = NULL;
  g_autofree char *n_documents = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *stage = NULL;
  g_autofree char *history = NULL;
  g_autofree char *transitions = NULL;
  g_autoptr (JsonNode) listed = NULL;
  JsonArray *rows;
  JsonObject *row;

  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "propose", "karier.db", "--nip", nip,
                       "--period", past_period, "--notes", "Usul dari tool", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Proposed ");
  kr_test_assert_contains (fixture->out, nip);
  id = query (fixture,
              "SELECT p.id FROM promotion p JOIN employee e ON e.id = p.employee_id WHERE e.nip = "
              "'%s' AND p.period = '%s'",
              nip, past_period);
  g_assert_nonnull (id);
  /* Once per period. */
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "propose", "karier.db", "--nip", nip,
                       "--period", past_period, AS, NULL);
  kr_tool_fixture_assert_status (fixture, 1);

  /* The checklist first. */
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "move", "karier.db", id,
                       "documents_complete", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "documents", "karier.db", id, "--done",
                       "nothing_such", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--done “nothing_such”");
  kr_test_assert_contains (fixture->err, "sk_pangkat_terakhir");
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "documents", "karier.db", id, "--done",
                       "sk_pangkat_terakhir", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "[x] sk_pangkat_terakhir");
  n_documents =
      query (fixture, "SELECT count(*) FROM promotion_document WHERE promotion_id = %s", id);
  expected = g_strdup_printf ("1 of %s documents at hand", n_documents);
  kr_test_assert_contains (fixture->out, expected);
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "documents", "karier.db", id, "--all", AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  g_free (expected);
  expected = g_strdup_printf ("%s of %s documents at hand", n_documents, n_documents);
  kr_test_assert_contains (fixture->out, expected);

  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "move", "karier.db", id,
                       "documents_complete", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Candidate → Documents complete");
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "move", "karier.db", id, "proposed", AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  /* Back needs a reason. */
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "move", "karier.db", id,
                       "documents_complete", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--reason");
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "move", "karier.db", id,
                       "documents_complete", "--reason", "Berkas SKP diganti", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "move", "karier.db", id, "proposed", AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);

  /* The pertek needs its number and date; the decree has its own command. */
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "move", "karier.db", id, "pertek", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--number");
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "move", "karier.db", id, "decree", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "promotion decree");
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "move", "karier.db", id, "pertek",
                       "--number", "PT-77/KR/2026", "--date", today_text, AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Proposed → Technical approval");

  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "decree", "karier.db", id, "--date",
                       today_text, AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--sk");
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "decree", "karier.db", id, "--sk",
                       "823.3/77/BKPSDM/2026", "--date", "yesterday", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--date");
  /* The TMT (the period, by default) has come: effective at once. */
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "decree", "karier.db", id, "--sk",
                       "823.3/77/BKPSDM/2026", "--date", today_text, AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Technical approval → Effective");
  kr_test_assert_contains (fixture->out, past_period);
  stage = query (fixture, "SELECT stage FROM promotion WHERE id = %s", id);
  g_assert_cmpstr (stage, ==, "effective");
  history = query (fixture,
                   "SELECT count(*) FROM rank_history r JOIN promotion p ON p.rank_history_id = "
                   "r.id WHERE p.id = %s AND r.tmt = '%s' AND r.golongan = p.to_golongan",
                   id, past_period);
  g_assert_cmpstr (history, ==, "1");
  transitions =
      query (fixture, "SELECT count(*) FROM promotion_transition WHERE promotion_id = %s", id);
  g_assert_cmpint (atoi (transitions), >=, 7);
  /* Final. */
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "move", "karier.db", id, "cancelled",
                       "--reason", "Salah", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 1);

  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "list", "karier.db", "--stage", "effective",
                       "--period", past_period, "--json", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  rows = parse_array (fixture->out, &listed);
  g_assert_cmpuint (json_array_get_length (rows), ==, 1);
  row = json_array_get_object_element (rows, 0);
  g_assert_cmpstr (json_object_get_string_member (row, "nip"), ==, nip);
  g_assert_cmpstr (json_object_get_string_member (row, "sk_number"), ==, "823.3/77/BKPSDM/2026");
  g_assert_cmpstr (json_object_get_string_member (row, "pertek_number"), ==, "PT-77/KR/2026");
  g_assert_cmpstr (json_object_get_string_member (row, "tmt"), ==, past_period);
  g_assert_cmpstr (json_object_get_string_member (row, "notes"), ==, "Usul dari tool");
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "list", "karier.db", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "823.3/77/BKPSDM/2026");
  assert_proposals (fixture, "1");

  /* Mistakes. */
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "propose", "karier.db", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--nip");
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "propose", "karier.db", "--nip",
                       "199901012020011999", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "199901012020011999");
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "propose", "karier.db", "--nip", nip,
                       "--kind", "istimewa", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--kind “istimewa”");
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "move", "karier.db", "x7", "proposed", AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "ID “x7”");
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "move", "karier.db", id, "approved", AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "STAGE “approved”");
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "move", "karier.db", "987654", "proposed",
                       AS, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "list", "karier.db", "--stage", "done", AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--stage “done”");
}

/* A proposal that is not eligible is refused with its reason. */
static void
test_refused (Fixture *fixture, gconstpointer data)
{
  g_autoptr (JsonNode) root = NULL;
  const char *nip = NULL;
  g_autofree char *before = query (fixture, "SELECT count(*) FROM promotion");
  g_autofree char *after = NULL;
  JsonArray *rows;

  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "candidates", "karier.db", "--verdict",
                       "blocked", "--json", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  rows = parse_array (fixture->out, &root);
  g_assert_cmpuint (json_array_get_length (rows), >, 0);
  nip = json_object_get_string_member (json_array_get_object_element (rows, 0), "nip");
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "propose", "karier.db", "--nip", nip,
                       "--kind", "reguler", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  g_assert_cmpstr (fixture->err, !=, "");
  after = query (fixture, "SELECT count(*) FROM promotion");
  g_assert_cmpstr (before, ==, after);
}

static void
test_retirement (Fixture *fixture, gconstpointer data)
{
  g_autoptr (JsonNode) year = NULL;
  g_autoptr (JsonNode) two_years = NULL;
  JsonArray *rows;
  const char *previous = "";
  guint n_year;

  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "retirement", "karier.db", "--months", "12",
                       "--json", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  n_year = json_array_get_length (parse_array (fixture->out, &year));
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "retirement", "karier.db", "--months", "24",
                       "--json", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  rows = parse_array (fixture->out, &two_years);
  g_assert_cmpuint (json_array_get_length (rows), >=, n_year);
  g_assert_cmpuint (json_array_get_length (rows), >, 0);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      const char *tmt = json_object_get_string_member (row, "tmt_pensiun");
      const char *deadline = json_object_get_string_member (row, "deadline");
      gint64 bup = json_object_get_int_member (row, "bup_years");

      /* The 1st of a month, after today, in TMT order; the deadline before it. */
      g_assert_true (g_str_has_suffix (tmt, "-01"));
      g_assert_cmpstr (tmt, >, today_text);
      g_assert_cmpstr (tmt, >=, previous);
      g_assert_cmpstr (deadline, <, tmt);
      g_assert_cmpint (bup, >=, 58);
      g_assert_cmpint (bup, <=, 65);
      g_assert_cmpint (json_object_get_int_member (row, "months_left"), <=, 24);
      previous = tmt;
    }
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "retirement", "karier.db", "--months", "24",
                       AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "TMT pensiun");
  kr_test_assert_contains (fixture->out, "past the proposal deadline");

  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "retirement", "karier.db", "--months", "0",
                       AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--months 0");
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "retirement", "karier.db", "--subtree", AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--unit");
}

static void
assert_pdf (Fixture *fixture, const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
}

static void
test_report (Fixture *fixture, gconstpointer data)
{
  g_autofree char *nip = eligible_nip (fixture, next_period);
  g_autofree char *root = query (fixture, "SELECT code FROM unit WHERE parent_id IS NULL");
  g_autofree char *missing = NULL;

  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "propose", "karier.db", "--nip", nip, AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_tool_fixture_run (fixture, PASSWORD, "report", "promotion-nominative", "karier.db", "--unit",
                       root, "--subtree", "--place", "Sukamaju", "-o", "nominatif.pdf", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Wrote “nominatif.pdf”");
  {
    g_autofree char *where =
        g_strdup_printf ("period = '%s' AND stage <> 'cancelled'", next_period);

    assert_proposals (fixture, where);
  }
  assert_pdf (fixture, "nominatif.pdf");
  kr_tool_fixture_run (fixture, PASSWORD, "report", "promotion-candidates", "karier.db", "--period",
                       next_period, "--verdict", "eligible", "--paper", "f4", "-o", "calon.pdf", AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  assert_pdf (fixture, "calon.pdf");

  /* Mistakes. */
  kr_tool_fixture_run (fixture, PASSWORD, "report", "promotion-nominative", "karier.db", "-o",
                       "x.txt", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--output");
  kr_tool_fixture_run (fixture, PASSWORD, "report", "promotion-nominative", "karier.db", "--period",
                       "2025-07-01", "-o", "x.pdf", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--period 2025-07-01");
  kr_tool_fixture_run (fixture, PASSWORD, "report", "promotion-candidates", "karier.db", "--stage",
                       "proposed", "-o", "x.pdf", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--stage");
  kr_tool_fixture_run (fixture, PASSWORD, "report", "promotion-candidates", "karier.db", "--unit",
                       "NOPE", "-o", "x.pdf", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  missing = g_build_filename (fixture->dir, "x.pdf", NULL);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* A viewer reads but does not propose; a unit head sees only their subtree; a database with
 * accounts needs someone signed in. */
static void
test_permissions (Fixture *fixture, gconstpointer data)
{
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *inside = NULL;
  g_autofree char *outside = NULL;
  g_autofree char *nip = NULL;
  JsonArray *rows;

  /* One candidate inside the subtree the unit head leads, one outside. */
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "candidates", "karier.db", "--json", AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  rows = parse_array (fixture->out, &root);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      const char *candidate =
          json_object_get_string_member (json_array_get_object_element (rows, i), "nip");
      g_autofree char *in = query (
          fixture,
          "WITH RECURSIVE s (id) AS (SELECT unit_id FROM account WHERE user_name = 'kepala' "
          "UNION ALL SELECT u.id FROM unit u JOIN s ON u.parent_id = s.id) SELECT count(*) FROM "
          "employee WHERE nip = '%s' AND unit_id IN (SELECT id FROM s)",
          candidate);

      if (g_str_equal (in, "1") && inside == NULL)
        inside = g_strdup (candidate);
      else if (g_str_equal (in, "0") && outside == NULL)
        outside = g_strdup (candidate);
    }
  g_assert_nonnull (inside);
  g_assert_nonnull (outside);
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "candidates", "karier.db", "--json", "--as",
                       "kepala", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, inside);
  g_assert_null (strstr (fixture->out, outside));

  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "candidates", "karier.db", "--as",
                       "peninjau", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  nip = eligible_nip (fixture, next_period);
  kr_tool_fixture_run (fixture, PASSWORD, "promotion", "propose", "karier.db", "--nip", nip, "--as",
                       "peninjau", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_tool_fixture_run (fixture, NULL, "promotion", "list", "karier.db", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "--as");
}

static void
test_usage (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_run (fixture, NULL, "promotion", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "missing subcommand");
  kr_test_assert_contains (fixture->err, "retirement");
  kr_tool_fixture_run (fixture, NULL, "promotion", "approve", "karier.db", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "unknown subcommand “approve”");
  kr_tool_fixture_run (fixture, NULL, "promotion", "--help", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "decree");
  kr_tool_fixture_run (fixture, NULL, "promotion", "move", "--help", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "--reason");
  kr_tool_fixture_run (fixture, NULL, "help", NULL);
  kr_test_assert_contains (fixture->out, "promotion");
  kr_tool_fixture_run (fixture, NULL, "report", "promotion-candidates", "--help", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "--verdict");
  kr_tool_fixture_run (fixture, NULL, "report", "promotions", "karier.db", "-o", "x.pdf", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "promotion-nominative");
}

static void
add_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, template_dir, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char *argv[])
{
  GDate today, next, past;
  int result;

  kr_test_tool_init (&argc, &argv);
  kr_date_today (NULL, &today);
  g_date_clear (&next, 1);
  g_date_clear (&past, 1);
  g_assert_true (kr_kp_period_on_or_after (&today, &next));
  g_assert_true (kr_kp_period_previous (&today, &past));
  today_text = kr_date_format_iso (&today);
  next_period = kr_date_format_iso (&next);
  past_period = kr_date_format_iso (&past);

  template_dir =
      kr_test_tool_make_demo ("kr-tool-promotion-template-XXXXXX", "--employees", "150", NULL);
  accounts_dir = kr_test_tool_make_demo ("kr-tool-promotion-accounts-XXXXXX", "--employees", "150",
                                         "--accounts", NULL);

  add_test ("/tool/promotion/candidates", test_candidates);
  add_test ("/tool/promotion/pipeline", test_pipeline);
  add_test ("/tool/promotion/refused", test_refused);
  add_test ("/tool/promotion/retirement", test_retirement);
  add_test ("/tool/promotion/report", test_report);
  add_test ("/tool/promotion/usage", test_usage);
  g_test_add ("/tool/promotion/permissions", Fixture, accounts_dir, fixture_set_up,
              test_permissions, fixture_tear_down);
  result = g_test_run ();
  kr_test_remove_tree (template_dir);
  kr_test_remove_tree (accounts_dir);
  g_free (template_dir);
  g_free (accounts_dir);
  g_free (today_text);
  g_free (next_period);
  g_free (past_period);
  return result;
}
