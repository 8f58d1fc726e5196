/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-demo-training"

#include "config.h"

#include <string.h>

#include "kr-database-private.h"
#include "kr-demo.h"
#include "kr-test-utils.h"

/* The demo's competence development (kr-demo-training.c). */

#define N_EMPLOYEES 400

static KrDatabase *
generate (guint64 seed, KrDemoTraining training, KrDemoSummary *summary)
{
  g_autoptr (GError) error = NULL;
  KrDatabase *db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  GDate today;
  KrDemoOptions options = { .n_employees = N_EMPLOYEES,
                            .seed = seed,
                            .today = &today,
                            .appraisals = KR_DEMO_APPRAISALS_NONE,
                            .training = training };

  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, G_DATE_JULY, 2025);
  g_assert_true (kr_demo_generate (db, &options, NULL, NULL, NULL, summary, &error));
  g_assert_no_error (error);
  return db;
}

static gint64
query_int (KrDatabase *db, const char *sql)
{
  return kr_test_query_int (_kr_database_get_handle (db), sql);
}

/* Every row of the training tables, in order, as text. */
static char *
dump_training (KrDatabase *db)
{
  static const char *const tables[] = {
    "training_course", "training_course_behaviour", "training_session", "training_enrolment",
    "training_record", "training_budget",           "mentoring",        "mentoring_session",
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY id", tables[i]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                       SQLITE_OK);
      g_string_append_printf (out, "%s\n", tables[i]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (out, "%s|", (const char *) sqlite3_column_text (stmt, c));
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  return g_string_free (out, FALSE);
}

static void
test_deterministic (void)
{
  KrDemoSummary first_summary = { 0 }, second_summary = { 0 }, other_summary = { 0 };
  g_autoptr (KrDatabase) first = generate (7, KR_DEMO_TRAINING_AUTO, &first_summary);
  g_autoptr (KrDatabase) second = generate (7, KR_DEMO_TRAINING_ALL, &second_summary);
  g_autoptr (KrDatabase) other = generate (8, KR_DEMO_TRAINING_AUTO, &other_summary);
  g_autofree char *first_dump = dump_training (first);
  g_autofree char *second_dump = dump_training (second);
  g_autofree char *other_dump = dump_training (other);

  g_assert_true (g_str_equal (first_dump, second_dump));
  g_assert_false (g_str_equal (first_dump, other_dump));
  g_assert_cmpuint (first_summary.n_enrolments, ==, second_summary.n_enrolments);
  g_assert_cmpuint (first_summary.n_enrolments, ==,
                    query_int (first, "SELECT count (*) FROM training_enrolment"));
  g_assert_cmpuint (first_summary.n_training_records, ==,
                    query_int (first, "SELECT count (*) FROM training_record"));
}

static void
test_none (void)
{
  KrDemoSummary summary = { 0 };
  g_autoptr (KrDatabase) db = generate (7, KR_DEMO_TRAINING_NONE, &summary);

  g_assert_cmpint (query_int (db, "SELECT count (*) FROM training_course"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM training_record"), ==, 0);
  g_assert_cmpuint (summary.n_enrolments, ==, 0);
  /* The employees do not depend on it. */
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM employee"), ==, N_EMPLOYEES);
}

/* A living catalogue: every type, programme, form, status and state; consistent rows. */
static void
test_present (void)
{
  KrDemoSummary summary = { 0 };
  g_autoptr (KrDatabase) db = generate (3, KR_DEMO_TRAINING_AUTO, &summary);

  g_assert_cmpint (query_int (db, "SELECT count (*) FROM training_course"), >=, 30);
  g_assert_cmpint (query_int (db, "SELECT count (DISTINCT type) FROM training_course"), ==, 5);
  g_assert_cmpint (query_int (db, "SELECT count (DISTINCT programme) FROM training_course"), ==, 5);
  g_assert_cmpint (query_int (db, "SELECT count (DISTINCT form) FROM training_course WHERE kind = "
                                  "'non_classical'"),
                   >=, 8);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM training_course WHERE retired = 1"), ==,
                   1);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM training_course WHERE "
                                  "required_course_id IS NOT NULL"),
                   ==, 1);
  /* Sessions of 2024, 2025 and 2026 in every status. */
  g_assert_cmpint (query_int (db, "SELECT count (DISTINCT substr (start_date, 1, 4)) FROM "
                                  "training_session"),
                   ==, 3);
  g_assert_cmpint (query_int (db, "SELECT count (DISTINCT status) FROM training_session"), ==, 5);
  g_assert_cmpint (query_int (db, "SELECT count (DISTINCT state) FROM training_enrolment"), ==, 6);
  /* Consistent: completed with JP and certificate, only in done sessions; nothing after
   * today is done or completed; reasons for no-shows and withdrawals. */
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM training_enrolment n JOIN "
                                  "training_session s ON s.id = n.session_id WHERE n.state = "
                                  "'completed' AND (s.status <> 'done' OR n.certificate_number "
                                  "IS NULL OR s.end_date > '2025-07-15')"),
                   ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM training_enrolment WHERE state IN "
                                  "('no_show', 'withdrawn') AND reason IS NULL"),
                   ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM training_session s WHERE (SELECT count "
                                  "(*) FROM training_enrolment n WHERE n.session_id = s.id) > "
                                  "s.capacity"),
                   ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM training_record WHERE source = 'siasn'"),
                   >, N_EMPLOYEES);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM training_record WHERE end_date > "
                                  "'2025-07-15'"),
                   ==, 0);
  /* Budgets for every perangkat daerah and year. */
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM training_budget"), ==,
                   3 * query_int (db, "SELECT count (*) FROM unit WHERE kind = "
                                      "'perangkat_daerah'"));
  /* Mentoring: senior mentors, sessions inside the pairs' dates and not in the future. */
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM mentoring"), >=, 3);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM mentoring_session"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM mentoring m JOIN employee r ON r.id = "
                                  "m.mentor_id JOIN employee e ON e.id = m.mentee_id WHERE "
                                  "r.golongan < e.golongan"),
                   ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM mentoring_session s JOIN mentoring m ON "
                                  "m.id = s.mentoring_id WHERE s.date < m.start_date OR s.date > "
                                  "coalesce (m.end_date, '9999') OR s.date > '2025-07-15'"),
                   ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/demo-training/deterministic", test_deterministic);
  g_test_add_func ("/demo-training/none", test_none);
  g_test_add_func ("/demo-training/present", test_present);

  return g_test_run ();
}
