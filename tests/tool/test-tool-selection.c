/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-tool-selection"

#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "kr-database-private.h"
#include "kr-test-tool.h"
#include "kr-test-utils.h"

/* `karier-tool selection …` and `report selection-announcement|selection-ranking`, end to end,
 * on a small demo province: a JPT selection run from its creation to the three best proposed,
 * its refusals, the public announcement (no NIP, no score in it, read back with pdftotext) and
 * what the demo accounts (password "karier-demo") may do. The demos are made once and copied
 * for each test. */

static char *template_dir;
static char *accounts_dir;

#define PASSWORD "karier-demo\n"
#define AS       "--as", "operator"

typedef KrToolFixture Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_set_up (fixture, "kr-tool-selection-XXXXXX", data);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_tear_down (fixture);
}

/* The first column of the rows of @sql (printf-style), as text; NULL-terminated. */
static GStrv query (Fixture *fixture, const char *format, ...) G_GNUC_PRINTF (2, 3);

static GStrv
query (Fixture *fixture, const char *format, ...)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  va_list args;

  g_assert_no_error (error);
  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return g_strv_builder_end (builder);
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

static char *
pdf_text (Fixture *fixture, const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autoptr (GError) error = NULL;
  const char *argv[] = { program, "-raw", path, "-", NULL };
  char *out = NULL;
  int wait_status;

  if (program == NULL)
    g_error ("pdftotext not found: the tool tests need poppler-utils");
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  /* Wrapped cells read as one phrase once white space is squeezed. */
  {
    g_autoptr (GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
    char *squeezed = g_regex_replace_literal (space, out, -1, 0, " ", 0, NULL);

    g_free (out);
    return squeezed;
  }
}

#define RUN(fixture, status, ...)                                                                  \
  G_STMT_START                                                                                     \
  {                                                                                                \
    kr_tool_fixture_run (fixture, NULL, "selection", __VA_ARGS__, NULL);                           \
    kr_tool_fixture_assert_status (fixture, status);                                               \
  }                                                                                                \
  G_STMT_END

/* Creates a JPT selection with a panel of 2 internal and 3 external members and four
 * candidates (three employees, one outside applicant); returns its id, the candidates' NIPs
 * in @nips. */
static char *
set_up_selection (Fixture *fixture, GStrv *nips)
{
  g_auto (GStrv) positions =
      query (fixture,
             "SELECT p.id FROM position p WHERE p.kind = 'jpt_pratama' AND p.is_head = 1 AND NOT "
             "EXISTS (SELECT 1 FROM selection s WHERE s.position_id = p.id) ORDER BY p.id LIMIT 1");
  g_auto (GStrv) people =
      query (fixture, "SELECT nip FROM employee WHERE status = 'aktif' AND kind = 'pns' AND nip IS "
                      "NOT NULL AND id NOT IN (SELECT employee_id FROM selection_candidate WHERE "
                      "employee_id IS NOT NULL) ORDER BY id LIMIT 5");
  g_auto (GStrv) ids = NULL;

  g_assert_cmpuint (g_strv_length (positions), ==, 1);
  g_assert_cmpuint (g_strv_length (people), ==, 5);
  RUN (fixture, 0, "create", "karier.db", "--position", positions[0], "--decree",
       "800/112/BKPSDM/2026", "--opens", "2026-02-01", "--closes", "2026-02-14");
  kr_test_assert_contains (fixture->out, "Created selection");
  ids = query (fixture, "SELECT id FROM selection WHERE position_id = %s", positions[0]);
  g_assert_cmpuint (g_strv_length (ids), ==, 1);

  /* The four JPT stages with their default weights. */
  RUN (fixture, 0, "stage", "karier.db", ids[0]);
  kr_test_assert_contains (fixture->out, "Administrasi dan Rekam Jejak");
  kr_test_assert_contains (fixture->out, "Wawancara Akhir");
  kr_test_assert_contains (fixture->out, "4 stages, weights 100.00 %");
  RUN (fixture, 0, "stage", "karier.db", ids[0], "--set", "1", "--pass-mark", "60");
  kr_test_assert_contains (fixture->out, "60.00");

  /* Not openable without a panel. */
  RUN (fixture, 1, "move", "karier.db", ids[0], "--to", "open");
  kr_test_assert_contains (fixture->out, "✗");
  RUN (fixture, 0, "panel", "karier.db", ids[0], "--add-external", "Prof. Dr. Hendra Gunawan",
       "--institution", "Universitas Negeri Contoh", "--role", "chair");
  RUN (fixture, 0, "panel", "karier.db", ids[0], "--add-external", "Dr. Wulan Sari",
       "--institution", "Badan Kepegawaian Negara");
  RUN (fixture, 0, "panel", "karier.db", ids[0], "--add-external", "Dr. Rina Kusuma",
       "--institution", "Universitas Contoh");
  RUN (fixture, 0, "panel", "karier.db", ids[0], "--add-employee", people[3], "--role",
       "secretary");
  RUN (fixture, 0, "panel", "karier.db", ids[0], "--add-employee", people[4]);
  kr_test_assert_contains (fixture->out, "5 members");
  kr_test_assert_contains (fixture->out, "Universitas Negeri Contoh");
  RUN (fixture, 0, "move", "karier.db", ids[0], "--to", "open");

  for (guint i = 0; i < 3; i++)
    {
      RUN (fixture, 0, "candidate", "karier.db", ids[0], "--add-employee", people[i]);
      kr_test_assert_contains (fixture->out, "Registered ST-");
    }
  RUN (fixture, 0, "candidate", "karier.db", ids[0], "--add-applicant", "Siti Aminah, S.H., M.H.",
       "--origin", "Pemerintah Kabupaten Lain");
  /* An employee registers once. */
  RUN (fixture, 1, "candidate", "karier.db", ids[0], "--add-employee", people[0]);
  *nips = g_strdupv (people);
  return g_strdup (ids[0]);
}

/* The candidates' registration numbers, in order. */
static GStrv
registrations (Fixture *fixture, const char *id)
{
  return query (fixture,
                "SELECT registration_number FROM selection_candidate WHERE selection_id = %s "
                "ORDER BY registration_number",
                id);
}

static void
test_run (Fixture *fixture, gconstpointer data)
{
  g_auto (GStrv) nips = NULL;
  g_autofree char *id = set_up_selection (fixture, &nips);
  g_auto (GStrv) regs = registrations (fixture, id);
  g_autoptr (JsonNode) list = NULL;
  g_autoptr (JsonNode) ranking = NULL;
  g_autofree char *set1 = NULL, *set2 = NULL, *set3 = NULL, *set4 = NULL, *set0 = NULL;
  g_autofree char *announcement = NULL;
  g_autofree char *final = NULL;
  JsonArray *rows;
  guint n_proposed = 0;

  g_assert_cmpuint (g_strv_length (regs), ==, 4);
  RUN (fixture, 0, "candidate", "karier.db", id, "--json");
  list = parse (fixture->out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (list)), ==, 4);
  RUN (fixture, 0, "list", "karier.db", "--status", "open", "--json");
  kr_test_assert_contains (fixture->out, "\"status\" : \"open\"");
  RUN (fixture, 0, "move", "karier.db", id, "--to", "scoring");

  /* Stage 1: the third candidate falls below the pass mark. */
  set0 = g_strdup_printf ("%s=85", regs[0]);
  set1 = g_strdup_printf ("%s=80,5", regs[1]);
  set2 = g_strdup_printf ("%s=50", regs[2]);
  set3 = g_strdup_printf ("%s=78", regs[3]);
  RUN (fixture, 0, "score", "karier.db", id, "--stage", "1", "--set", set0, "--set", set1, "--set",
       set2, "--set", set3);
  kr_test_assert_contains (fixture->out, "Recorded 4 scores");
  /* Stage 2 before stage 1 is published is refused. */
  RUN (fixture, 1, "score", "karier.db", id, "--stage", "2", "--set", set0);
  RUN (fixture, 0, "publish", "karier.db", id, "--stage", "1", "--date", "2026-03-02");
  kr_test_assert_contains (fixture->out, "3 candidates go on");
  /* Published: frozen. */
  RUN (fixture, 1, "score", "karier.db", id, "--stage", "1", "--set", set0);
  RUN (fixture, 1, "stage", "karier.db", id, "--set", "2", "--weight", "15");

  kr_tool_fixture_run (fixture, NULL, "report", "selection-announcement", "karier.db",
                       "--selection", id, "--stage", "1", "--place", "Sukamaju", "--number",
                       "001/PANSEL/2026", "-o", "tahap-1.pdf", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Wrote “tahap-1.pdf”");
  announcement = pdf_text (fixture, "tahap-1.pdf");
  kr_test_assert_contains (announcement, "PENGUMUMAN HASIL SELEKSI TAHAP ADMINISTRASI DAN REKAM");
  kr_test_assert_contains (announcement, regs[0]);
  kr_test_assert_contains (announcement, "Siti Aminah");
  kr_test_assert_contains (announcement, "Sukamaju, 2 Maret 2026");
  kr_test_assert_contains (announcement, "Prof. Dr. Hendra Gunawan");
  g_assert_null (strstr (announcement, regs[2]));
  for (guint i = 0; nips[i] != NULL; i++)
    g_assert_null (strstr (announcement, nips[i]));
  g_assert_null (strstr (announcement, "NIP"));
  g_assert_null (strstr (announcement, "80,5"));
  g_assert_null (strstr (announcement, "85"));

  /* The eliminated candidate gets no more scores; the others go through stages 2 to 4. */
  g_free (set2);
  set2 = g_strdup_printf ("%s=70", regs[2]);
  RUN (fixture, 1, "score", "karier.db", id, "--stage", "2", "--set", set2);
  for (guint stage = 2; stage <= 4; stage++)
    {
      g_autofree char *seq = g_strdup_printf ("%u", stage);
      g_autofree char *date = g_strdup_printf ("2026-03-%02u", stage * 5);
      g_autofree char *a = g_strdup_printf ("%s=%u", regs[0], 80 + stage);
      g_autofree char *b = g_strdup_printf ("%s=%u", regs[1], 90 - stage);
      g_autofree char *c = g_strdup_printf ("%s=75", regs[3]);

      if (stage == 4)
        RUN (fixture, 1, "move", "karier.db", id, "--to", "closed");
      RUN (fixture, 0, "score", "karier.db", id, "--stage", seq, "--set", a, "--set", b, "--set",
           c);
      RUN (fixture, 0, "publish", "karier.db", id, "--stage", seq, "--date", date);
    }
  RUN (fixture, 0, "move", "karier.db", id, "--to", "closed");
  kr_test_assert_contains (fixture->out, "Closed");

  RUN (fixture, 0, "ranking", "karier.db", id, "--json");
  ranking = parse (fixture->out);
  g_assert_true (json_object_get_boolean_member (json_node_get_object (ranking), "final"));
  rows = json_object_get_array_member (json_node_get_object (ranking), "rows");
  g_assert_cmpuint (json_array_get_length (rows), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      const char *reg = json_object_get_string_member (row, "registration_number");
      gboolean proposed = json_object_get_boolean_member (row, "proposed");

      n_proposed += proposed;
      g_assert_cmpint (json_object_get_int_member (row, "rank"), ==, i + 1);
      if (g_str_equal (reg, regs[2]))
        {
          g_assert_false (proposed);
          g_assert_cmpint (json_object_get_int_member (row, "eliminated_at"), ==, 1);
          g_assert_cmpuint (i, ==, 3);
        }
    }
  g_assert_cmpuint (n_proposed, ==, 3);
  RUN (fixture, 0, "ranking", "karier.db", id);
  kr_test_assert_contains (fixture->out, "Proposed");

  kr_tool_fixture_run (fixture, NULL, "report", "selection-announcement", "karier.db",
                       "--selection", id, "--stage", "4", "-o", "akhir.pdf", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  final = pdf_text (fixture, "akhir.pdf");
  kr_test_assert_contains (final, "tiga peserta terbaik");
  kr_test_assert_contains (final, "PERINGKAT NOMOR PENDAFTARAN NAMA");
  kr_test_assert_contains (final, "Jumlah peserta yang diusulkan: 3 orang");
  for (guint i = 0; nips[i] != NULL; i++)
    g_assert_null (strstr (final, nips[i]));
  kr_tool_fixture_run (fixture, NULL, "report", "selection-ranking", "karier.db", "--selection", id,
                       "--paper", "f4", "-o", "peringkat.pdf", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  g_free (final);
  final = pdf_text (fixture, "peringkat.pdf");
  kr_test_assert_contains (final, "DAFTAR PERINGKAT HASIL SELEKSI TERBUKA");
  kr_test_assert_contains (final, "Diusulkan kepada PPK: 3");
  kr_test_assert_contains (final, "Tidak lulus tahap Administrasi dan Rekam Jejak");

  /* Every write was audited. */
  {
    g_auto (GStrv) audited = query (fixture, "SELECT count(*) FROM audit_log WHERE entity = "
                                             "'selection_score'");

    g_assert_cmpint (atoi (audited[0]), >=, 13);
  }
}

static void
test_refused (Fixture *fixture, gconstpointer data)
{
  g_auto (GStrv) nips = NULL;
  g_autofree char *id = set_up_selection (fixture, &nips);
  g_auto (GStrv) regs = registrations (fixture, id);
  g_autofree char *set0 = g_strdup_printf ("%s=101", regs[0]);

  /* A second running selection for the same position. */
  {
    g_auto (GStrv) position =
        query (fixture, "SELECT position_id FROM selection WHERE id = %s", id);

    RUN (fixture, 1, "create", "karier.db", "--position", position[0]);
  }
  /* Scores only while scoring, and within 0..100. */
  RUN (fixture, 2, "score", "karier.db", id, "--stage", "1", "--set", set0);
  kr_test_assert_contains (fixture->err, "0 to 100");
  g_free (set0);
  set0 = g_strdup_printf ("%s=70", regs[0]);
  RUN (fixture, 1, "score", "karier.db", id, "--stage", "1", "--set", set0);
  RUN (fixture, 0, "move", "karier.db", id, "--to", "scoring");
  RUN (fixture, 1, "score", "karier.db", id, "--stage", "9", "--set", set0);
  kr_test_assert_contains (fixture->err, "--stage 9");
  RUN (fixture, 1, "score", "karier.db", id, "--stage", "1", "--set", "ST-1999-999=70");
  kr_test_assert_contains (fixture->err, "ST-1999-999");
  /* Publishing needs every remaining candidate scored. */
  RUN (fixture, 0, "score", "karier.db", id, "--stage", "1", "--set", set0);
  RUN (fixture, 1, "publish", "karier.db", id, "--stage", "1");
  /* A withdrawn candidate leaves the ranking. */
  RUN (fixture, 0, "candidate", "karier.db", id, "--withdraw", regs[1]);
  kr_test_assert_contains (fixture->out, "Withdrawn");
  /* The announcement of an unpublished stage is refused, and no file is left. */
  kr_tool_fixture_run (fixture, NULL, "report", "selection-announcement", "karier.db",
                       "--selection", id, "--stage", "1", "-o", "x.pdf", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "not published");
  {
    g_autofree char *missing = g_build_filename (fixture->dir, "x.pdf", NULL);

    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
  RUN (fixture, 0, "show", "karier.db", id);
  kr_test_assert_contains (fixture->out, "Scoring");
  RUN (fixture, 1, "show", "karier.db", "9999");
}

static void
test_usage (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_run (fixture, NULL, "selection", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "missing subcommand");
  kr_test_assert_contains (fixture->err, "ranking");
  kr_tool_fixture_run (fixture, NULL, "selection", "--help", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "publish");
  RUN (fixture, 2, "create", "karier.db");
  kr_test_assert_contains (fixture->err, "--position");
  RUN (fixture, 2, "stage", "karier.db", "1", "--add");
  kr_test_assert_contains (fixture->err, "--kind");
  RUN (fixture, 2, "stage", "karier.db", "1", "--add", "--kind", "essay");
  kr_test_assert_contains (fixture->err, "--kind");
  RUN (fixture, 2, "stage", "karier.db", "1", "--add", "--remove", "2");
  RUN (fixture, 2, "score", "karier.db", "1", "--stage", "1", "--set", "ST-2026-001");
  kr_test_assert_contains (fixture->err, "NUMBER=SCORE");
  RUN (fixture, 2, "publish", "karier.db", "1");
  kr_test_assert_contains (fixture->err, "--stage");
  RUN (fixture, 2, "candidate", "karier.db", "1", "--add-applicant", "X");
  kr_test_assert_contains (fixture->err, "--origin");
  RUN (fixture, 2, "move", "karier.db", "1", "--to", "draft");
  kr_tool_fixture_run (fixture, NULL, "report", "selection-announcement", "karier.db",
                       "--selection", "1", "-o", "x.pdf", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--stage");
  kr_tool_fixture_run (fixture, NULL, "report", "selection-ranking", "karier.db", "-o", "x.pdf",
                       NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--selection");
  kr_tool_fixture_run (fixture, NULL, "help", NULL);
  kr_test_assert_contains (fixture->out, "selection");
}

/* A viewer reads but does not write; a database with accounts needs someone signed in. */
static void
test_permissions (Fixture *fixture, gconstpointer data)
{
  g_auto (GStrv) positions = query (
      fixture, "SELECT p.id FROM position p WHERE p.kind = 'administrator' AND "
               "p.is_head = 1 AND NOT EXISTS (SELECT 1 FROM selection s WHERE s.position_id = "
               "p.id) ORDER BY p.id LIMIT 1");

  kr_tool_fixture_run (fixture, PASSWORD, "selection", "list", "karier.db", "--as", "peninjau",
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_tool_fixture_run (fixture, PASSWORD, "selection", "create", "karier.db", "--position",
                       positions[0], "--as", "peninjau", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_tool_fixture_run (fixture, PASSWORD, "selection", "create", "karier.db", "--position",
                       positions[0], AS, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_tool_fixture_run (fixture, NULL, "selection", "list", "karier.db", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "--as");
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
      kr_test_tool_make_demo ("kr-tool-selection-template-XXXXXX", "--employees", "150", NULL);
  accounts_dir = kr_test_tool_make_demo ("kr-tool-selection-accounts-XXXXXX", "--employees", "150",
                                         "--accounts", NULL);

  add_test ("/tool/selection/run", test_run);
  add_test ("/tool/selection/refused", test_refused);
  add_test ("/tool/selection/usage", test_usage);
  g_test_add ("/tool/selection/permissions", Fixture, accounts_dir, fixture_set_up,
              test_permissions, fixture_tear_down);
  result = g_test_run ();
  kr_test_remove_tree (template_dir);
  kr_test_remove_tree (accounts_dir);
  g_free (template_dir);
  g_free (accounts_dir);
  return result;
}
