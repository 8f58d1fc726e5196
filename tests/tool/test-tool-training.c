/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-tool-training"

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

/* `karier-tool training …` and `report training-compliance|training-participants`, end to
 * end, on a small demo province: without accounts (--as is then ignored) for speed, and with
 * the demo accounts (password "karier-demo": admin, operator, kepala, the unit head of the
 * demo's first perangkat daerah, and peninjau) for what each may do. Each test makes its own
 * course and session through the tool in a year the demo's training leaves alone. The demos
 * are made once and copied for each test. */

/* Demo databases without accounts (no sign-in, so quick) and with them. */
static char *template_dir;
static char *accounts_dir;
static guint year;
static char *year_text;
static char *appraisal_year_text;

#define PASSWORD "karier-demo\n"
#define AS       "--as", "operator"

typedef KrToolFixture Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_set_up (fixture, "kr-tool-training-XXXXXX", data);
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
parse_json (const char *text)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* The number after @prefix in the tool's output ("Added course 12: …"). */
static char *
id_after (const char *text, const char *prefix)
{
  const char *p = strstr (text, prefix);

  g_assert_nonnull (p);
  p += strlen (prefix);
  return g_strndup (p, strspn (p, "0123456789"));
}

/* Makes a course of 20 JP and a session of it in March of @year through the tool; returns
 * the session's id and, in @course_id, the course's. */
static char *
make_session (Fixture *fixture, const char *title, const char *capacity, char **course_id)
{
  g_autofree char *start = g_strdup_printf ("%u-03-01", year);
  g_autofree char *end = g_strdup_printf ("04/03/%u", year);
  g_autofree char *course = NULL;

  kr_tool_fixture_run (fixture, PASSWORD, "training", "course", "add", "karier.db", "--title",
                       title, "--jp", "20", "--form", "bimtek", "--cost", "250000", "--provider",
                       "BKPSDM Kabupaten Contoh", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  course = id_after (fixture->out, "Added course ");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "session", "add", "karier.db", "--course",
                       course, "--name", "Angkatan I", "--start", start, "--end", end, "--capacity",
                       capacity, "--place", "Aula BKPSDM", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, title);
  if (course_id != NULL)
    *course_id = g_strdup (course);
  return id_after (fixture->out, "Added session ");
}

/* The NIP of the @n-th active PNS (from 0) by id. */
static char *
active_pns (Fixture *fixture, guint n)
{
  return query (fixture,
                "SELECT nip FROM employee WHERE status = 'aktif' AND kind = 'pns' ORDER BY id "
                "LIMIT 1 OFFSET %u",
                n);
}

static JsonArray *
get_array (JsonNode *root)
{
  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
  return json_node_get_array (root);
}

static void
test_catalogue (Fixture *fixture, gconstpointer data)
{
  g_autofree char *course = NULL;
  g_autofree char *session = NULL;
  g_autoptr (JsonNode) courses = NULL;
  g_autoptr (JsonNode) sessions = NULL;
  g_autoptr (JsonNode) shown = NULL;
  JsonObject *found = NULL;
  JsonArray *array;

  session = make_session (fixture, "Uji Coba Bimtek Penyusunan SKP", "30", &course);

  /* Listed as JSON with codes, shown with its money and sessions. */
  kr_tool_fixture_run (fixture, PASSWORD, "training", "course", "list", "karier.db", "--search",
                       "uji coba penyusunan", "--json", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  courses = parse_json (fixture->out);
  array = get_array (courses);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member (object, "title"),
                     "Uji Coba Bimtek Penyusunan SKP") == 0)
        found = object;
    }
  g_assert_nonnull (found);
  g_assert_cmpint (json_object_get_int_member (found, "jp"), ==, 20);
  g_assert_cmpstr (json_object_get_string_member (found, "form"), ==, "bimtek");
  g_assert_cmpstr (json_object_get_string_member (found, "kind"), ==, "classical");
  g_assert_cmpint (json_object_get_int_member (found, "cost"), ==, 250000);
  g_assert_cmpint (json_object_get_int_member (found, "sessions"), ==, 1);
  kr_tool_fixture_run (fixture, PASSWORD, "training", "course", "list", "karier.db", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Uji Coba Bimtek Penyusunan SKP");
  kr_test_assert_contains (fixture->out, "Rp 250.000");

  kr_tool_fixture_run (fixture, PASSWORD, "training", "course", "show", "karier.db", course, AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Rp 250.000");
  kr_test_assert_contains (fixture->out, "BKPSDM Kabupaten Contoh");
  kr_test_assert_contains (fixture->out, "1 session");
  kr_test_assert_contains (fixture->out, "Angkatan I");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "course", "show", "karier.db", course,
                       "--json", AS, NULL);
  shown = parse_json (fixture->out);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (shown), "provider"), ==,
                   "BKPSDM Kabupaten Contoh");

  /* The session: listed, its dates stored in ISO form whatever was typed, its status moved. */
  kr_tool_fixture_run (fixture, PASSWORD, "training", "session", "list", "karier.db", "--course",
                       course, "--json", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  sessions = parse_json (fixture->out);
  array = get_array (sessions);
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  {
    JsonObject *object = json_array_get_object_element (array, 0);
    g_autofree char *end = g_strdup_printf ("%u-03-04", year);

    g_assert_cmpstr (json_object_get_string_member (object, "end_date"), ==, end);
    g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "planned");
    g_assert_cmpint (json_object_get_int_member (object, "capacity"), ==, 30);
    g_assert_cmpint (json_object_get_int_member (object, "cost"), ==, 250000);
  }
  kr_tool_fixture_run (fixture, PASSWORD, "training", "session", "status", "karier.db", session,
                       "open", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Planned → Open");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "session", "list", "karier.db", "--year",
                       year_text, AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Uji Coba Bimtek Penyusunan SKP");
  kr_test_assert_contains (fixture->out, "0/30");

  /* Mistakes name the argument. */
  kr_tool_fixture_run (fixture, PASSWORD, "training", "course", "add", "karier.db", "--jp", "8", AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--title");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "course", "add", "karier.db", "--title", "X",
                       "--jp", "8", "--form", "lecture", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--form “lecture”");
  kr_test_assert_contains (fixture->err, "bimtek");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "course", "add", "karier.db", "--title", "X",
                       "--jp", "8", "--min-golongan", "V/z", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--min-golongan");
  /* The repository's validation names the field. */
  kr_tool_fixture_run (fixture, PASSWORD, "training", "course", "add", "karier.db", "--title",
                       "Uji Coba Bimtek Penyusunan SKP", "--jp", "8", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_tool_fixture_run (fixture, PASSWORD, "training", "course", "show", "karier.db", "abc", AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "COURSE “abc”");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "course", "show", "karier.db", "987654", AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_tool_fixture_run (fixture, PASSWORD, "training", "session", "add", "karier.db", "--course",
                       course, "--name", "Angkatan II", "--start", "2025-02-30", "--capacity", "5",
                       AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--start");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "session", "add", "karier.db", "--course",
                       "987654", "--name", "Angkatan II", "--start", "2025-02-03", "--capacity",
                       "5", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "--course 987654");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "session", "status", "karier.db", session,
                       "finished", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "STATUS “finished”");
}

/* The enrolment of @nip in the JSON list of a session's enrolments. */
static JsonObject *
find_enrolment (JsonArray *array, const char *nip)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member (object, "nip"), nip) == 0)
        return object;
    }
  g_error ("no enrolment of %s", nip);
  return NULL;
}

static void
test_enrolment (Fixture *fixture, gconstpointer data)
{
  g_autofree char *session = make_session (fixture, "Uji Coba Arsip Digital", "2", NULL);
  g_autofree char *a = active_pns (fixture, 0);
  g_autofree char *b = active_pns (fixture, 1);
  g_autofree char *c = active_pns (fixture, 2);
  g_autofree char *id_a = NULL;
  g_autofree char *id_b = NULL;
  g_autofree char *date = g_strdup_printf ("%u-03-04", year);
  g_autoptr (JsonNode) before = NULL;
  g_autoptr (JsonNode) after = NULL;
  JsonObject *enrolment;

  kr_tool_fixture_run (fixture, PASSWORD, "training", "nominate", "karier.db", session, "--nip", a,
                       "--nip", b, AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Nominated 2 employees");
  /* The session is full: refused with the problem, then accepted with a reason. */
  kr_tool_fixture_run (fixture, PASSWORD, "training", "nominate", "karier.db", session, "--nip", c,
                       "--check", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Problem:");
  kr_test_assert_contains (fixture->out, "nothing was written");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "nominate", "karier.db", session, "--nip", c,
                       AS, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "--override");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "nominate", "karier.db", session, "--nip", c,
                       "--override", "Usulan kepala dinas", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Nominated 1 employee");
  /* Again: already enrolled, skipped. */
  kr_tool_fixture_run (fixture, PASSWORD, "training", "nominate", "karier.db", session, "--nip", a,
                       "--override", "Lagi", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Skipped 1 employee");

  kr_tool_fixture_run (fixture, PASSWORD, "training", "enrolment", "list", "karier.db", session,
                       "--json", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  before = parse_json (fixture->out);
  g_assert_cmpuint (json_array_get_length (get_array (before)), ==, 3);
  enrolment = find_enrolment (get_array (before), c);
  g_assert_cmpstr (json_object_get_string_member (enrolment, "state"), ==, "nominated");
  g_assert_cmpstr (json_object_get_string_member (enrolment, "override_reason"), ==,
                   "Usulan kepala dinas");
  g_assert_cmpint (json_object_get_int_member (enrolment, "cost"), ==, 250000);
  id_a =
      g_strdup_printf ("%" G_GINT64_FORMAT,
                       json_object_get_int_member (find_enrolment (get_array (before), a), "id"));
  id_b =
      g_strdup_printf ("%" G_GINT64_FORMAT,
                       json_object_get_int_member (find_enrolment (get_array (before), b), "id"));

  /* The workflow, one step at a time; a skipped step is refused. */
  kr_tool_fixture_run (fixture, PASSWORD, "training", "enrolment", "move", "karier.db", id_a,
                       "approved", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Nominated → Approved");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "enrolment", "move", "karier.db", id_a,
                       "completed", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_tool_fixture_run (fixture, PASSWORD, "training", "enrolment", "move", "karier.db", id_a,
                       "attended", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_tool_fixture_run (fixture, PASSWORD, "training", "enrolment", "move", "karier.db", id_a,
                       "completed", "--jp", "20", "--certificate", "BKPSDM/ARSIP/001", "--date",
                       date, AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Attended → Completed");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "enrolment", "move", "karier.db", id_b,
                       "withdrawn", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--reason");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "enrolment", "move", "karier.db", id_b,
                       "withdrawn", "--reason", "Sakit", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);

  kr_tool_fixture_run (fixture, PASSWORD, "training", "enrolment", "list", "karier.db", session,
                       "--json", AS, NULL);
  after = parse_json (fixture->out);
  enrolment = find_enrolment (get_array (after), a);
  g_assert_cmpstr (json_object_get_string_member (enrolment, "state"), ==, "completed");
  g_assert_cmpint (json_object_get_int_member (enrolment, "jp"), ==, 20);
  g_assert_cmpstr (json_object_get_string_member (enrolment, "certificate_number"), ==,
                   "BKPSDM/ARSIP/001");
  enrolment = find_enrolment (get_array (after), b);
  g_assert_cmpstr (json_object_get_string_member (enrolment, "state"), ==, "withdrawn");
  g_assert_cmpstr (json_object_get_string_member (enrolment, "reason"), ==, "Sakit");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "enrolment", "list", "karier.db", session, AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "BKPSDM/ARSIP/001");
  kr_test_assert_contains (fixture->out, "3 enrolments");

  /* Mistakes. */
  kr_tool_fixture_run (fixture, PASSWORD, "training", "nominate", "karier.db", session, AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--nip");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "nominate", "karier.db", session, "--nip",
                       "199901012020011999", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "--nip 199901012020011999");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "nominate", "karier.db", "x1", "--nip", a, AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "SESSION “x1”");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "enrolment", "move", "karier.db", id_a,
                       "approved", "--jp", "3", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--jp");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "enrolment", "move", "karier.db", id_a,
                       "done", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "STATE “done”");
}

/* A whole unit. */
static void
test_nominate_unit (Fixture *fixture, gconstpointer data)
{
  g_autofree char *session = make_session (fixture, "Uji Coba Sosialisasi Disiplin", "1000", NULL);
  g_autofree char *unit = query (fixture, "SELECT u.code FROM unit u JOIN employee e ON "
                                          "e.unit_id = u.id WHERE e.status = 'aktif' GROUP BY "
                                          "u.id ORDER BY count(*) DESC, u.id LIMIT 1");
  g_autofree char *n_own = query (fixture,
                                  "SELECT count(*) FROM employee e JOIN unit u ON u.id = "
                                  "e.unit_id WHERE e.status = 'aktif' AND u.code = '%s'",
                                  unit);
  g_autofree char *expected = g_strdup_printf ("Nominated %s employee", n_own);
  g_autofree char *count = NULL;

  kr_tool_fixture_run (fixture, PASSWORD, "training", "nominate", "karier.db", session, "--unit",
                       unit, "--override", "Wajib bagi seluruh pegawai", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, expected);
  count = query (fixture, "SELECT count(*) FROM training_enrolment WHERE session_id = %s", session);
  g_assert_cmpstr (count, ==, n_own);

  kr_tool_fixture_run (fixture, PASSWORD, "training", "nominate", "karier.db", session, "--unit",
                       "NOPE", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "NOPE");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "nominate", "karier.db", session, "--nip",
                       "199901012020011999", "--unit", unit, AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
}

static void
test_compliance (Fixture *fixture, gconstpointer data)
{
  g_autofree char *session = make_session (fixture, "Uji Coba Pelayanan Prima", "5", NULL);
  g_autofree char *nip = active_pns (fixture, 3);
  g_autofree char *id = NULL;
  g_autofree char *date = g_strdup_printf ("%u-03-04", year);
  g_autofree char *summary = NULL;
  g_autoptr (JsonNode) all = NULL;
  g_autoptr (JsonNode) shortlist = NULL;
  g_auto (GStrv) lines = NULL;
  JsonArray *rows;
  JsonObject *row = NULL;
  guint n_short = 0;

  kr_tool_fixture_run (fixture, PASSWORD, "training", "nominate", "karier.db", session, "--nip",
                       nip, AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  id = query (fixture, "SELECT id FROM training_enrolment WHERE session_id = %s", session);
  kr_tool_fixture_run (fixture, PASSWORD, "training", "enrolment", "move", "karier.db", id,
                       "approved", AS, NULL);
  kr_tool_fixture_run (fixture, PASSWORD, "training", "enrolment", "move", "karier.db", id,
                       "attended", AS, NULL);
  kr_tool_fixture_run (fixture, PASSWORD, "training", "enrolment", "move", "karier.db", id,
                       "completed", "--date", date, AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);

  kr_tool_fixture_run (fixture, PASSWORD, "training", "compliance", "karier.db", "--year",
                       year_text, "--json", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  all = parse_json (fixture->out);
  rows = get_array (all);
  g_assert_cmpuint (json_array_get_length (rows), >, 10);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *object = json_array_get_object_element (rows, i);
      double gap = json_object_get_double_member (object, "gap");

      if (g_strcmp0 (json_object_get_string_member (object, "nip"), nip) == 0)
        row = object;
      n_short += gap > 0 || json_object_get_double_member (object, "over_limit") > 0;
      /* Largest gap first. */
      if (i > 0)
        g_assert_cmpfloat (
            gap, <=,
            json_object_get_double_member (json_array_get_object_element (rows, i - 1), "gap"));
    }
  g_assert_nonnull (row);
  /* The course's 20 JP, taken by default on completion, meet the duty. */
  g_assert_cmpfloat (json_object_get_double_member (row, "jp"), >=, 20);
  g_assert_cmpfloat (json_object_get_double_member (row, "gap"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (row, "duty_minimum"), ==, 20);
  g_assert_cmpstr (json_object_get_string_member (row, "kind"), ==, "pns");

  kr_tool_fixture_run (fixture, PASSWORD, "training", "compliance", "karier.db", "--year",
                       year_text, "--short", "--json", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  shortlist = parse_json (fixture->out);
  g_assert_cmpuint (json_array_get_length (get_array (shortlist)), ==, n_short);

  kr_tool_fixture_run (fixture, PASSWORD, "training", "compliance", "karier.db", "--year",
                       year_text, "--csv", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  g_assert_true (g_str_has_prefix (fixture->out, "nip,name,unit,kind,golongan,jp,jp_planned,"));
  lines = g_strsplit (fixture->out, "\r\n", -1);
  /* The header, the rows and the empty string after the last line break. */
  g_assert_cmpuint (g_strv_length (lines), ==, json_array_get_length (rows) + 2);

  kr_tool_fixture_run (fixture, PASSWORD, "training", "compliance", "karier.db", "--year",
                       year_text, AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  /* PPPK over their limit are counted apart from those below the duty: check the total. */
  summary = g_strdup_printf ("%u employees: ", json_array_get_length (rows));
  kr_test_assert_contains (fixture->out, summary);
  kr_test_assert_contains (fixture->out, "below the duty");
  kr_test_assert_contains (fixture->out, nip);

  /* Mistakes. */
  kr_tool_fixture_run (fixture, PASSWORD, "training", "compliance", "karier.db", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--year");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "compliance", "karier.db", "--year",
                       year_text, "--json", "--csv", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_tool_fixture_run (fixture, PASSWORD, "training", "compliance", "karier.db", "--year",
                       year_text, "--subtree", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--subtree");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "compliance", "karier.db", "--year",
                       year_text, "--unit", "NOPE", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "NOPE");
}

static void
test_budget_plan (Fixture *fixture, gconstpointer data)
{
  g_autofree char *root = query (fixture, "SELECT code FROM unit WHERE parent_id IS NULL");
  g_autofree char *this = g_strdup_printf ("%u", year);
  g_autofree char *start = g_strdup_printf ("%u-06-01", year);
  g_autofree char *course = NULL;
  g_autofree char *session = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (JsonNode) budgets = NULL;
  g_autoptr (JsonNode) plan = NULL;
  g_autoptr (JsonNode) needs = NULL;
  JsonObject *object;
  JsonArray *array;
  gboolean found = FALSE;
  gint64 n_items;

  kr_tool_fixture_run (fixture, PASSWORD, "training", "budget", "set", "karier.db", "--unit", root,
                       "--year", this, "--amount", "5000000", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Rp 5.000.000 allocated");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "budget", "list", "karier.db", "--year", this,
                       "--json", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  budgets = parse_json (fixture->out);
  array = get_array (budgets);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      object = json_array_get_object_element (array, i);
      if (json_object_get_int_member (object, "allocated") == 5000000)
        found = TRUE;
    }
  g_assert_true (found);
  kr_tool_fixture_run (fixture, PASSWORD, "training", "budget", "list", "karier.db", "--year", this,
                       AS, NULL);
  kr_test_assert_contains (fixture->out, "Rp 5.000.000");

  /* A plan for a session of the year within the budget: 20 seats of Rp 250.000 at most. */
  kr_tool_fixture_run (fixture, PASSWORD, "training", "course", "add", "karier.db", "--title",
                       "Uji Coba Kursus Perencanaan", "--jp", "20", "--cost", "250000", AS, NULL);
  course = id_after (fixture->out, "Added course ");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "session", "add", "karier.db", "--course",
                       course, "--name", "Angkatan I", "--start", start, "--capacity", "100", AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  session = id_after (fixture->out, "Added session ");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "plan", "karier.db", "--unit", root,
                       "--subtree", "--year", this, "--json", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  plan = parse_json (fixture->out);
  object = json_node_get_object (plan);
  n_items = (gint64) json_array_get_length (json_object_get_array_member (object, "items"));
  g_assert_cmpint (json_object_get_int_member (object, "short"), >, 0);
  g_assert_cmpint (json_object_get_int_member (object, "total_cost"), <=, 5000000);
  g_assert_cmpint (n_items, >, 0);
  before = query (fixture, "SELECT count(*) FROM training_enrolment");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "plan", "karier.db", "--unit", root,
                       "--subtree", "--year", this, "--apply", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "from the plan");
  kr_test_assert_contains (fixture->out, "Budget left after the plan");
  after = query (fixture, "SELECT count(*) FROM training_enrolment");
  g_assert_cmpint (atoi (after) - atoi (before), ==, n_items);

  /* Needs of the appraisals of the year: a list, maybe empty, with courses for each. */
  kr_tool_fixture_run (fixture, PASSWORD, "training", "needs", "karier.db", "--unit", root,
                       "--subtree", "--year", appraisal_year_text, "--json", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  needs = parse_json (fixture->out);
  array = get_array (needs);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      object = json_array_get_object_element (array, i);
      g_assert_nonnull (json_object_get_string_member (object, "nip"));
      g_assert_true (json_object_has_member (object, "courses"));
    }

  kr_tool_fixture_run (fixture, PASSWORD, "training", "budget", "set", "karier.db", "--unit", root,
                       "--year", this, "--remove", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "no limit");
  /* Mistakes. */
  kr_tool_fixture_run (fixture, PASSWORD, "training", "budget", "set", "karier.db", "--unit", root,
                       "--year", this, AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--amount");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "plan", "karier.db", "--year", this, AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--unit");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "needs", "karier.db", "--unit", root,
                       "--year", "1999", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--year: give a whole number from 2000 to 9999");
  kr_test_assert_contains (fixture->err, "1999");
}

static void
test_mentoring (Fixture *fixture, gconstpointer data)
{
  g_autofree char *mentor = query (fixture, "SELECT nip FROM employee WHERE status = 'aktif' AND "
                                            "kind = 'pns' ORDER BY golongan DESC, id LIMIT 1");
  g_autofree char *mentee = query (fixture, "SELECT nip FROM employee WHERE status = 'aktif' AND "
                                            "kind = 'pns' ORDER BY golongan, id LIMIT 1");
  g_autofree char *start = g_strdup_printf ("%u-01-10", year);
  g_autofree char *day = g_strdup_printf ("%u-02-01", year);
  g_autofree char *pair = NULL;
  g_autoptr (JsonNode) pairs = NULL;
  JsonObject *object = NULL;
  JsonArray *array;

  kr_tool_fixture_run (fixture, PASSWORD, "training", "mentoring", "add", "karier.db", "--mentor",
                       mentor, "--mentee", mentee, "--goals", "Menyusun telaahan staf", "--start",
                       start, AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  pair = id_after (fixture->out, "Added pair ");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "mentoring", "log", "karier.db", pair,
                       "--date", day, "--topic", "Struktur telaahan", "--minutes", "90", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Logged 90 minutes");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "mentoring", "list", "karier.db", "--nip",
                       mentee, "--json", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  pairs = parse_json (fixture->out);
  array = get_array (pairs);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *candidate = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member (candidate, "goals"),
                     "Menyusun telaahan staf") == 0)
        object = candidate;
    }
  g_assert_nonnull (object);
  g_assert_cmpint (json_object_get_int_member (object, "minutes"), ==, 90);
  g_assert_cmpint (json_object_get_int_member (object, "sessions"), ==, 1);
  /* 90 minutes at the default 45 per JP. */
  g_assert_cmpfloat (json_object_get_double_member (object, "jp"), ==, 2.0);
  g_assert_cmpstr (json_object_get_string_member (object, "form"), ==, "mentoring");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "mentoring", "loads", "karier.db", "--year",
                       year_text, AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Active pairs");

  /* Mistakes. */
  kr_tool_fixture_run (fixture, PASSWORD, "training", "mentoring", "add", "karier.db", "--mentor",
                       mentor, "--mentee", "199901012020011999", "--goals", "x", "--start", start,
                       AS, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "--mentee 199901012020011999");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "mentoring", "add", "karier.db", "--mentor",
                       mentor, "--mentee", mentee, "--goals", "x", "--start", start, "--form",
                       "tutoring", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--form “tutoring”");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "mentoring", "log", "karier.db", pair,
                       "--date", day, "--topic", "x", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--minutes");
}

static void
test_import (Fixture *fixture, gconstpointer data)
{
  g_autofree char *nip = active_pns (fixture, 4);
  g_autofree char *path = g_build_filename (fixture->dir, "rw-diklat.csv", NULL);
  g_autofree char *csv = g_strdup_printf (
      "nipBaru,namaKursus,jumlahJam,tanggalSelesai,noSertipikat,institusiPenyelenggara\r\n"
      "%s,Kursus Tata Naskah Dinas,24,%u-05-20,TND/001,ANRI\r\n"
      "199901012020011999,Kursus Lain,10,%u-05-20,,\r\n",
      nip, year, year);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (path, csv, -1, NULL));
  before = query (fixture, "SELECT count(*) FROM training_record");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "import", "karier.db", "rw-diklat.csv",
                       "--dry-run", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Rows: 2; new: 1;");
  kr_test_assert_contains (fixture->out, "rejected: 1");
  kr_test_assert_contains (fixture->out, "Line 3");
  kr_test_assert_contains (fixture->out, "Dry run");
  after = query (fixture, "SELECT count(*) FROM training_record");
  g_assert_cmpstr (before, ==, after);
  kr_tool_fixture_run (fixture, PASSWORD, "training", "import", "karier.db", "rw-diklat.csv", AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Imported");
  g_free (after);
  after = query (fixture, "SELECT count(*) FROM training_record");
  g_assert_cmpint (atoi (after), ==, atoi (before) + 1);
  kr_tool_fixture_run (fixture, PASSWORD, "training", "import", "karier.db", "missing.csv", AS,
                       NULL);
  kr_tool_fixture_assert_status (fixture, 1);
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
  g_autofree char *session = make_session (fixture, "Uji Coba Kearsipan", "10", NULL);
  g_autofree char *root = query (fixture, "SELECT code FROM unit WHERE parent_id IS NULL");
  g_autofree char *a = active_pns (fixture, 0);
  g_autofree char *missing = NULL;

  kr_tool_fixture_run (fixture, PASSWORD, "training", "nominate", "karier.db", session, "--nip", a,
                       AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_tool_fixture_run (fixture, PASSWORD, "report", "training-compliance", "karier.db", "--unit",
                       root, "--subtree", "--year", year_text, "--paper", "f4", "--place",
                       "Sukamaju", "-o", "compliance.pdf", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Wrote “compliance.pdf”");
  assert_pdf (fixture, "compliance.pdf");
  kr_tool_fixture_run (fixture, PASSWORD, "report", "training-participants", "karier.db",
                       "--session", session, "-o", "participants.pdf", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "1 participant\n");
  assert_pdf (fixture, "participants.pdf");

  /* Mistakes. */
  kr_tool_fixture_run (fixture, PASSWORD, "report", "training-compliance", "karier.db", "-o",
                       "x.pdf", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--year");
  kr_tool_fixture_run (fixture, PASSWORD, "report", "training-compliance", "karier.db", "--year",
                       year_text, "-o", "x.txt", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--output");
  kr_tool_fixture_run (fixture, PASSWORD, "report", "training-participants", "karier.db", "-o",
                       "x.pdf", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--session");
  kr_tool_fixture_run (fixture, PASSWORD, "report", "training-participants", "karier.db",
                       "--session", "987654", "-o", "x.pdf", AS, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  missing = g_build_filename (fixture->dir, "x.pdf", NULL);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* What the accounts may do: a viewer reads, a unit head nominates only in the subtree they
 * lead, and a database with accounts needs someone signed in. */
static void
test_permissions (Fixture *fixture, gconstpointer data)
{
  g_autofree char *session = make_session (fixture, "Uji Coba Hak Akses", "100", NULL);
  g_autofree char *root = query (fixture, "SELECT code FROM unit WHERE parent_id IS NULL");
  g_autofree char *outside = query (
      fixture, "WITH RECURSIVE s (id) AS (SELECT unit_id FROM account WHERE user_name = "
               "'kepala' UNION ALL SELECT u.id FROM unit u JOIN s ON u.parent_id = s.id) "
               "SELECT nip FROM employee WHERE status = 'aktif' AND unit_id NOT IN (SELECT id "
               "FROM s) ORDER BY id LIMIT 1");
  g_autofree char *inside = query (
      fixture, "WITH RECURSIVE s (id) AS (SELECT unit_id FROM account WHERE user_name = "
               "'kepala' UNION ALL SELECT u.id FROM unit u JOIN s ON u.parent_id = s.id) "
               "SELECT nip FROM employee WHERE status = 'aktif' AND kind = 'pns' AND unit_id IN "
               "(SELECT id FROM s) ORDER BY id LIMIT 1");

  g_assert_nonnull (outside);
  g_assert_nonnull (inside);
  kr_tool_fixture_run (fixture, PASSWORD, "training", "course", "list", "karier.db", "--as",
                       "peninjau", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Uji Coba Hak Akses");
  kr_tool_fixture_run (fixture, PASSWORD, "training", "course", "add", "karier.db", "--title",
                       "Uji Coba Kursus Peninjau", "--jp", "8", "--as", "peninjau", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_tool_fixture_run (fixture, PASSWORD, "training", "budget", "set", "karier.db", "--unit", root,
                       "--year", year_text, "--amount", "5", "--as", "peninjau", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_tool_fixture_run (fixture, NULL, "training", "course", "list", "karier.db", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "--as");

  /* The unit head: their own people only, and their compliance list without the others. */
  kr_tool_fixture_run (fixture, PASSWORD, "training", "nominate", "karier.db", session, "--nip",
                       outside, "--override", "Coba", "--as", "kepala", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_tool_fixture_run (fixture, PASSWORD, "training", "nominate", "karier.db", session, "--nip",
                       inside, "--override", "Coba", "--as", "kepala", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_tool_fixture_run (fixture, PASSWORD, "training", "compliance", "karier.db", "--year",
                       year_text, "--csv", "--as", "kepala", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, inside);
  g_assert_null (strstr (fixture->out, outside));
}

static void
test_usage (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_run (fixture, NULL, "training", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "missing subcommand");
  kr_test_assert_contains (fixture->err, "compliance");
  kr_tool_fixture_run (fixture, NULL, "training", "delete", "karier.db", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "unknown subcommand “delete”");
  kr_tool_fixture_run (fixture, NULL, "training", "course", "drop", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "training course");
  kr_tool_fixture_run (fixture, NULL, "training", "--help", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "mentoring list|add|log");
  kr_tool_fixture_run (fixture, NULL, "training", "nominate", "--help", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "--override");
  kr_tool_fixture_run (fixture, NULL, "help", NULL);
  kr_test_assert_contains (fixture->out, "training");
  kr_tool_fixture_run (fixture, NULL, "report", "training-compliance", "--help", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "--short");
}

static void
add_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, template_dir, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char *argv[])
{
  GDate today;
  int result;

  kr_test_tool_init (&argc, &argv);
  kr_date_today (NULL, &today);
  /* Four years ago: the demo's own training (last, this and next year) and its budgets leave
   * that year alone. */
  year = g_date_get_year (&today) - 4;
  year_text = g_strdup_printf ("%u", year);
  /* The demo's latest final evaluations. */
  appraisal_year_text = g_strdup_printf ("%u", g_date_get_year (&today) - 1);

  template_dir =
      kr_test_tool_make_demo ("kr-tool-training-template-XXXXXX", "--employees", "40", NULL);
  accounts_dir = kr_test_tool_make_demo ("kr-tool-training-accounts-XXXXXX", "--employees", "40",
                                         "--accounts", NULL);

  add_test ("/tool/training/catalogue", test_catalogue);
  add_test ("/tool/training/enrolment", test_enrolment);
  add_test ("/tool/training/nominate-unit", test_nominate_unit);
  add_test ("/tool/training/compliance", test_compliance);
  add_test ("/tool/training/budget-plan-needs", test_budget_plan);
  add_test ("/tool/training/mentoring", test_mentoring);
  add_test ("/tool/training/import", test_import);
  add_test ("/tool/training/report", test_report);
  add_test ("/tool/training/usage", test_usage);
  g_test_add ("/tool/training/permissions", Fixture, accounts_dir, fixture_set_up, test_permissions,
              fixture_tear_down);
  result = g_test_run ();
  kr_test_remove_tree (template_dir);
  kr_test_remove_tree (accounts_dir);
  g_free (template_dir);
  g_free (accounts_dir);
  g_free (year_text);
  g_free (appraisal_year_text);
  return result;
}
