/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kr-dashboard-repository-private.h"
#include "kr-database-private.h"
#include "kr-demo.h"
#include "kr-date.h"
#include "kr-employee.h"
#include "kr-position.h"
#include "kr-repository-private.h"
#include "kr-siasn-import.h"
#include "kr-test-utils.h"

/* The head counts, pyramid and retirements that migration 13 keeps per unit and every unit
 * above it (unit_closure, dashboard_count): after every kind of change (employee status, kind,
 * rank, position, birth date and gender, delete; promotion rows added, doubled on a TMT,
 * changed and removed; a position's kind and jenjang; a unit added,
 * moved, removed; bulk loads by the demo generator and SIASN imports that add units) the stored
 * rows equal a recount from scratch, and what the dashboard reads from them equals a count made
 * here in C from each employee's row (kr_position_get_bup (), kr_position_retirement_date ()),
 * for the whole organisation, a perangkat daerah and a unit below one; and the training rows
 * per perangkat daerah, which take their head counts from the same rows, equal those of the
 * statement that read every employee before. */

#define YEAR       2025
#define BAND_YEARS 5

static const char *const out_of_service[] = { "pensiun", "meninggal", "diberhentikan", "berhenti" };

/* The SQL here is no format: "%" is SQLite's remainder */
#define exec_sql(db, sql)  kr_test_execf (_kr_database_get_handle (db), "%s", sql)
#define query_int(db, sql) kr_test_query_int (_kr_database_get_handle (db), sql)

/* The stored closure and counts against a recount by a recursive walk of the unit tree */
static void
check_stored (KrDatabase *db, const char *after)
{
  g_test_message ("stored counts after: %s", after);
  exec_sql (db, "DROP TABLE IF EXISTS temp.expected_closure; CREATE TEMP TABLE expected_closure "
                "AS WITH RECURSIVE up (unit_id, ancestor_id, depth) AS (SELECT id, id, 0 FROM "
                "unit UNION ALL SELECT up.unit_id, u.parent_id, up.depth + 1 FROM up JOIN unit u "
                "ON u.id = up.ancestor_id WHERE u.parent_id IS NOT NULL) SELECT ancestor_id, "
                "unit_id, depth FROM up UNION ALL SELECT 0, unit_id, max (depth) + 1 FROM up "
                "GROUP BY unit_id UNION ALL SELECT 0, 0, 0");
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM (SELECT * FROM unit_closure EXCEPT "
                                  "SELECT * FROM temp.expected_closure)"),
                   ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM (SELECT * FROM temp.expected_closure "
                                  "EXCEPT SELECT * FROM unit_closure)"),
                   ==, 0);
  exec_sql (db, "DROP TABLE IF EXISTS temp.expected_count; CREATE TEMP TABLE expected_count AS "
                "SELECT c.ancestor_id AS unit_id, k.dimension, k.value, sum (k.weight) AS n FROM "
                "(SELECT * FROM dashboard_employee_key UNION ALL SELECT * FROM "
                "dashboard_promotion_key) k JOIN temp.expected_closure c ON c.unit_id = k.unit_id "
                "GROUP BY 1, 2, 3 HAVING n <> 0");
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM (SELECT * FROM dashboard_count WHERE n "
                                  "<> 0 EXCEPT SELECT * FROM temp.expected_count)"),
                   ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM (SELECT * FROM temp.expected_count "
                                  "EXCEPT SELECT * FROM dashboard_count)"),
                   ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM dashboard_count WHERE n < 0 AND "
                                  "dimension <> 8"),
                   ==, 0);
  /* Each employee's JP of a year, against the training_jp view summed again */
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM (SELECT t.employee_id, t.year, coalesce "
                                  "(sum (t.jp), 0) AS jp FROM training_jp t GROUP BY 1, 2) x FULL "
                                  "JOIN training_jp_year j ON j.employee_id = x.employee_id AND "
                                  "j.year = x.year WHERE x.jp IS NULL OR j.jp IS NULL OR abs (x.jp "
                                  "- j.jp) > 1e-9"),
                   ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM training_jp_pending"), ==, 0);
}

typedef struct
{
  GHashTable *kinds;     /* code → count */
  GHashTable *golongan;  /* "%d" → count */
  GHashTable *positions; /* code or "" → count */
  guint male[40], female[40];
  guint retirements[5];
} Expected;

static void
bump (GHashTable *table, const char *key)
{
  g_hash_table_insert (table, g_strdup (key),
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (table, key)) + 1));
}

static gboolean
in_service (const char *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (out_of_service); i++)
    if (g_str_equal (status, out_of_service[i]))
      return FALSE;
  return TRUE;
}

/* Counts the employees of @unit_id's subtree (0: everyone) from their rows, in C */
static void
count_in_c (KrDatabase *db, gint64 unit_id, Expected *x)
{
  sqlite3_stmt *stmt = NULL;

  memset (x, 0, sizeof *x);
  x->kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  x->golongan = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  x->positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_assert_cmpint (
      sqlite3_prepare_v2 (
          _kr_database_get_handle (db),
          "SELECT e.kind, e.status, coalesce (e.golongan, 0), p.kind, p.level, e.birth_date, "
          "e.gender FROM employee e LEFT JOIN position p ON p.id = e.position_id WHERE ?1 = 0 OR "
          "e.unit_id IN (WITH RECURSIVE s (id) AS (SELECT ?1 UNION ALL SELECT u.id FROM unit u "
          "JOIN s ON u.parent_id = s.id) SELECT id FROM s)",
          -1, &stmt, NULL),
      ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, unit_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *kind = (const char *) sqlite3_column_text (stmt, 0);
      const char *status = (const char *) sqlite3_column_text (stmt, 1);
      const char *pkind = (const char *) sqlite3_column_text (stmt, 3);
      const char *plevel = (const char *) sqlite3_column_text (stmt, 4);
      g_autofree char *golongan = g_strdup_printf ("%d", sqlite3_column_int (stmt, 2));
      GDate birth, retirement;

      g_assert_true (
          kr_date_parse_iso ((const char *) sqlite3_column_text (stmt, 5), &birth, NULL));
      if (in_service (status))
        {
          bump (x->kinds, kind);
          bump (x->golongan, golongan);
          bump (x->positions, pkind != NULL ? pkind : "");
        }
      if (!g_str_equal (status, "aktif"))
        continue;
      if (g_date_get_year (&birth) <= YEAR)
        {
          guint band = (YEAR - g_date_get_year (&birth)) / BAND_YEARS;

          g_assert_cmpuint (band, <, G_N_ELEMENTS (x->male));
          if (g_str_equal ((const char *) sqlite3_column_text (stmt, 6), "M"))
            x->male[band]++;
          else
            x->female[band]++;
        }
      if (g_str_equal (kind, "pns") || g_str_equal (kind, "cpns"))
        {
          KrPositionKind k;
          /* Without a position: 58, the lowest BUP (as the retirement list reads it) */
          guint bup = pkind != NULL && _kr_position_kind_from_code (pkind, &k)
                          ? kr_position_get_bup (k, _kr_position_level_from_code (plevel), NULL)
                          : 58;

          kr_position_retirement_date (&birth, bup, &retirement);
          if (g_date_get_year (&retirement) >= YEAR && g_date_get_year (&retirement) < YEAR + 5)
            x->retirements[g_date_get_year (&retirement) - YEAR]++;
        }
    }
  sqlite3_finalize (stmt);
}

static void
expected_clear (Expected *x)
{
  g_hash_table_unref (x->kinds);
  g_hash_table_unref (x->golongan);
  g_hash_table_unref (x->positions);
}

/* The rows @counts read, one per key of @table with the same count */
static void
check_codes (GPtrArray *counts, GHashTable *table, gboolean golongan)
{
  guint sum = 0;

  g_assert_nonnull (counts);
  for (guint i = 0; i < counts->len; i++)
    {
      const KrDashboardCount *c = g_ptr_array_index (counts, i);
      g_autofree char *key = golongan ? g_strdup_printf ("%lld", (long long) c->filter.low)
                                      : g_strdup (c->filter.code != NULL ? c->filter.code : "");

      g_assert_cmpuint (c->count, ==, GPOINTER_TO_UINT (g_hash_table_lookup (table, key)));
      sum += c->count;
    }
  g_assert_cmpuint (counts->len, ==, g_hash_table_size (table));
  (void) sum;
}

/* The training rows as the dashboard read them before migration 13, from every employee */
#define BUDGET_SUM(states)                                                                         \
  "coalesce ((SELECT sum (n.cost) FROM training_enrolment n JOIN training_session s ON s.id = "    \
  "n.session_id WHERE n.budget_unit_id = r.pd_id AND n.state IN " states " AND CAST (substr "      \
  "(s.end_date, 1, 4) AS INTEGER) = ?2), 0)"

static void
check_training (KrDatabase *db, KrDashboardRepository *repo, const KrDashboardScope *scope)
{
  g_autofree char *duty = _kr_dashboard_duty_case ();
  g_autofree char *sql = g_strdup_printf (
      "WITH RECURSIVE pd (unit_id, pd_id) AS (SELECT id, id FROM unit WHERE kind = "
      "'perangkat_daerah' UNION ALL SELECT c.id, pd.pd_id FROM unit c JOIN pd ON c.parent_id "
      "= pd.unit_id WHERE c.kind <> 'perangkat_daerah'), jp (employee_id, jp) AS (SELECT "
      "employee_id, sum (jp) FROM training_jp WHERE year = ?2 GROUP BY employee_id), r "
      "(pd_id, duty, jp) AS (SELECT pd.pd_id, %s, coalesce (jp.jp, 0) FROM employee e JOIN "
      "pd ON pd.unit_id = coalesce (e.unit_id, 0) LEFT JOIN jp ON jp.employee_id = e.id "
      "WHERE " KR_DASHBOARD_IN_SERVICE " AND " KR_DASHBOARD_UNIT_FILTER
      ") SELECT r.pd_id, u.name, count (*), sum (r.duty), sum (r.jp), sum (r.jp >= r.duty), "
      "coalesce ((SELECT b.allocated FROM training_budget b WHERE b.unit_id = r.pd_id AND b.year "
      "= ?2), 0), " BUDGET_SUM ("('approved', 'attended')") ", " BUDGET_SUM (
          "('completed')") " FROM r JOIN unit u ON u.id = r.pd_id WHERE r.duty > 0 GROUP BY "
                           "r.pd_id ORDER BY u.name, u.id",
      duty);
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  sqlite3_stmt *stmt = NULL;
  guint i = 0, with_jp = 0;

  rows = kr_dashboard_repository_count_training (repo, scope, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, scope->unit_id);
  sqlite3_bind_int (stmt, 2, (int) scope->year);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const KrDashboardTraining *t;

      g_assert_cmpuint (i, <, rows->len);
      t = g_ptr_array_index (rows, i++);
      g_assert_cmpint (t->filter.low, ==, sqlite3_column_int64 (stmt, 0));
      g_assert_cmpuint (t->employees, ==, (guint) sqlite3_column_int64 (stmt, 2));
      g_assert_cmpfloat_with_epsilon (t->duty_jp, sqlite3_column_double (stmt, 3), 1e-6);
      g_assert_cmpfloat_with_epsilon (t->achieved_jp, sqlite3_column_double (stmt, 4), 1e-6);
      g_assert_cmpuint (t->meeting_duty, ==, (guint) sqlite3_column_int64 (stmt, 5));
      g_assert_cmpint (t->allocated, ==, sqlite3_column_int64 (stmt, 6));
      g_assert_cmpint (t->committed, ==, sqlite3_column_int64 (stmt, 7));
      g_assert_cmpint (t->spent, ==, sqlite3_column_int64 (stmt, 8));
      with_jp += t->achieved_jp > 0;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (i, ==, rows->len);
  /* The rows compared carry JP where the year has training (the demo's) */
  if (scope->unit_id == 0 &&
      query_int (db, "SELECT count (*) FROM training_jp WHERE year = " G_STRINGIFY (YEAR)) > 0)
    g_assert_cmpuint (with_jp, >, 0);
}

/* The promotions per TMT as the dashboard counted them before migration 13 */
static void
check_promotions (KrDatabase *db, KrDashboardRepository *repo, const KrDashboardScope *scope)
{
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  sqlite3_stmt *stmt = NULL;
  guint i = 0;

  rows = kr_dashboard_repository_count_promotions (repo, scope, 8, &error);
  g_assert_no_error (error);
  g_assert_cmpint (
      sqlite3_prepare_v2 (
          _kr_database_get_handle (db),
          "SELECT r.tmt, count (DISTINCT r.employee_id) FROM rank_history r WHERE "
          "r.promotion_kind IN " KR_DASHBOARD_PROMOTION_KINDS " AND r.tmt <= ?2 AND (?1 = 0 OR "
          "r.employee_id IN (SELECT e.id FROM employee e WHERE e.unit_id IN (WITH RECURSIVE s "
          "(id) AS (SELECT ?1 UNION ALL SELECT u.id FROM unit u JOIN s ON u.parent_id = s.id) "
          "SELECT id FROM s))) GROUP BY r.tmt ORDER BY r.tmt DESC LIMIT 8",
          -1, &stmt, NULL),
      ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, scope->unit_id);
  sqlite3_bind_text (stmt, 2, "2025-12-31", -1, SQLITE_STATIC);
  /* The repository lists them oldest first */
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const KrDashboardCount *c;

      g_assert_cmpuint (i, <, rows->len);
      c = g_ptr_array_index (rows, rows->len - 1 - i++);
      g_assert_cmpstr (c->filter.code, ==, (const char *) sqlite3_column_text (stmt, 0));
      g_assert_cmpuint (c->count, ==, (guint) sqlite3_column_int64 (stmt, 1));
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (i, ==, rows->len);
  if (scope->unit_id == 0 && query_int (db, "SELECT count (*) FROM rank_history") > 0)
    g_assert_cmpuint (rows->len, >, 0);
}

static void
check_read (KrDatabase *db, gint64 unit_id)
{
  g_autoptr (KrDashboardRepository) repo = kr_dashboard_repository_new (db);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) kinds = NULL, golongan = NULL, positions = NULL, bands = NULL,
                        retirements = NULL;
  KrDashboardScope scope;
  Expected x;

  kr_dashboard_scope_init (&scope, unit_id, YEAR);
  count_in_c (db, unit_id, &x);
  kinds = kr_dashboard_repository_count_employee_kinds (repo, &scope, &error);
  g_assert_no_error (error);
  check_codes (kinds, x.kinds, FALSE);
  golongan = kr_dashboard_repository_count_golongan (repo, &scope, &error);
  g_assert_no_error (error);
  check_codes (golongan, x.golongan, TRUE);
  positions = kr_dashboard_repository_count_position_kinds (repo, &scope, &error);
  g_assert_no_error (error);
  check_codes (positions, x.positions, FALSE);

  bands = kr_dashboard_repository_count_age_bands (repo, &scope, &error);
  g_assert_no_error (error);
  for (guint b = 0, i = 0; b < G_N_ELEMENTS (x.male); b++)
    {
      const KrDashboardAgeBand *band;

      if (x.male[b] + x.female[b] == 0 &&
          (bands->len == 0 || i >= bands->len ||
           ((KrDashboardAgeBand *) g_ptr_array_index (bands, i))->filter.low != b * BAND_YEARS))
        continue;
      g_assert_cmpuint (i, <, bands->len);
      band = g_ptr_array_index (bands, i++);
      g_assert_cmpint (band->filter.low, ==, b * BAND_YEARS);
      g_assert_cmpuint (band->male, ==, x.male[b]);
      g_assert_cmpuint (band->female, ==, x.female[b]);
    }

  retirements = kr_dashboard_repository_count_retirements (repo, &scope, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (retirements->len, ==, 5);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpuint (((KrDashboardCount *) g_ptr_array_index (retirements, i))->count, ==,
                      x.retirements[i]);
  check_training (db, repo, &scope);
  check_promotions (db, repo, &scope);
  expected_clear (&x);
}

/* Both checks, for everyone, the largest perangkat daerah and a unit below one */
static void
check (KrDatabase *db, const char *after)
{
  gint64 pd = query_int (db, "SELECT coalesce ((SELECT u.id FROM unit u JOIN employee e ON "
                             "e.unit_id IN (SELECT unit_id FROM unit_closure WHERE ancestor_id = "
                             "u.id) WHERE u.kind = 'perangkat_daerah' GROUP BY u.id ORDER BY "
                             "count (*) DESC, u.id LIMIT 1), 0)");
  gint64 below = query_int (db, "SELECT coalesce ((SELECT u.id FROM unit u JOIN unit p ON p.id = "
                                "u.parent_id AND p.kind = 'perangkat_daerah' JOIN employee e ON "
                                "e.unit_id = u.id GROUP BY u.id ORDER BY count (*) DESC, u.id "
                                "LIMIT 1), 0)");

  check_stored (db, after);
  g_test_message ("reads after: %s (units 0, %lld, %lld)", after, (long long) pd,
                  (long long) below);
  check_read (db, 0);
  check_read (db, pd);
  check_read (db, below);
}

static KrDatabase *
demo (guint n_employees)
{
  g_autoptr (GError) error = NULL;
  KrDatabase *db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  GDate today;
  KrDemoOptions options = {
    .n_employees = n_employees, .seed = 13, .today = &today, .training = KR_DEMO_TRAINING_ALL
  };

  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, G_DATE_JULY, YEAR);
  g_assert_true (kr_demo_generate (db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return db;
}

static void
test_changes (void)
{
  g_autoptr (KrDatabase) db = demo (300);
  guint deleted = 0;

  check (db, "the demo (a bulk load)");
  exec_sql (db, "UPDATE employee SET status = CASE id % 3 WHEN 0 THEN 'pensiun' WHEN 1 THEN "
                "'cltn' ELSE 'meninggal' END WHERE id % 11 = 0");
  check (db, "status changes");
  exec_sql (db, "UPDATE employee SET status = 'aktif' WHERE id % 33 = 0");
  check (db, "back in service");
  exec_sql (db, "UPDATE employee SET kind = 'pns' WHERE kind = 'cpns' AND id % 2 = 0");
  check (db, "CPNS become PNS");
  exec_sql (db, "INSERT INTO rank_history (employee_id, golongan, tmt, promotion_kind) SELECT id, "
                "golongan + 1, '2025-04-01', 'reguler' FROM employee WHERE kind = 'pns' AND "
                "golongan BETWEEN 31 AND 33 AND id % 4 = 0");
  check (db, "promotions (rank history)");
  /* A second promotion row on the same TMT counts the employee once; taking one away keeps
   * them; a row's TMT and kind changed; rows removed */
  exec_sql (db, "INSERT INTO rank_history (employee_id, golongan, tmt, promotion_kind) SELECT "
                "employee_id, golongan, tmt, 'pilihan' FROM rank_history WHERE tmt = "
                "'2025-04-01'");
  check (db, "a second promotion on the same TMT");
  exec_sql (db, "DELETE FROM rank_history WHERE tmt = '2025-04-01' AND promotion_kind = "
                "'reguler' AND employee_id % 8 = 0");
  check (db, "one of two promotions on a TMT removed");
  exec_sql (db, "UPDATE rank_history SET tmt = '2025-10-01' WHERE tmt = '2025-04-01' AND "
                "employee_id % 3 = 0");
  exec_sql (db, "UPDATE rank_history SET promotion_kind = 'pengangkatan' WHERE id IN (SELECT id "
                "FROM rank_history WHERE promotion_kind = 'reguler' ORDER BY id LIMIT 20)");
  exec_sql (db, "UPDATE rank_history SET promotion_kind = 'reguler' WHERE id IN (SELECT id FROM "
                "rank_history WHERE promotion_kind = 'pengangkatan' ORDER BY id DESC LIMIT 5)");
  exec_sql (db, "UPDATE rank_history SET promotion_kind = 'pilihan' WHERE promotion_kind = "
                "'reguler' AND employee_id % 5 = 0");
  exec_sql (db, "UPDATE rank_history SET tmt = tmt WHERE employee_id % 7 = 0");
  check (db, "TMTs and kinds of promotions changed");
  exec_sql (db, "DELETE FROM rank_history WHERE tmt = '2025-10-01' AND employee_id % 6 = 0");
  check (db, "promotions removed");
  exec_sql (db, "UPDATE employee SET birth_date = '1967-12-05', gender = 'F' WHERE id % 7 = 0");
  check (db, "birth dates and genders");
  /* Some move to a position of another unit (position history sets position and unit) */
  exec_sql (db,
            "INSERT INTO position_history (employee_id, position_id, tmt) SELECT e.id, "
            "coalesce ((SELECT min (p.id) FROM position p WHERE p.unit_id <> e.unit_id AND p.id >= "
            "(e.id * 37) % (SELECT max (id) FROM position)), (SELECT min (p.id) FROM position "
            "p WHERE p.unit_id <> e.unit_id)), '2025-06-01' FROM employee e WHERE e.id % 9 = "
            "0");
  check (db, "moves to other positions and units");
  exec_sql (db, "UPDATE position SET kind = 'fungsional_keahlian', level = 'ahli_utama' WHERE id "
                "IN (SELECT position_id FROM employee WHERE position_id IS NOT NULL GROUP BY "
                "position_id ORDER BY count (*) DESC LIMIT 3)");
  check (db, "a position's kind and jenjang");
  /* Training: records added, changed, moved to another year and removed; enrolments changed
   * and withdrawn; a session moved to another year; mentoring sessions, a mentee changed, a
   * mentoring removed, the JP length changed */
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM training_jp_year WHERE year = 2025"), >,
                   0);
  exec_sql (db, "INSERT INTO training_record (employee_id, title, kind, type, form, end_date, jp) "
                "SELECT id, 'Kursus ' || id, 'classical', 'technical', 'pelatihan', "
                "'2025-05-20', 4 + id % 19 FROM employee WHERE id % 5 = 0");
  check (db, "training records added");
  exec_sql (db, "UPDATE training_record SET jp = jp + 7 WHERE id % 4 = 0");
  exec_sql (db, "UPDATE training_record SET end_date = '2024-11-30', start_date = NULL WHERE id % "
                "9 = 0");
  exec_sql (db, "UPDATE training_record SET employee_id = employee_id + 1 WHERE id % 23 = 0 AND "
                "employee_id + 1 IN (SELECT id FROM employee)");
  exec_sql (db, "DELETE FROM training_record WHERE id % 6 = 0");
  check (db, "training records changed, moved and removed");
  exec_sql (db, "UPDATE training_enrolment SET jp = jp + 3 WHERE state = 'completed' AND id % 2 "
                "= 0");
  exec_sql (db, "UPDATE training_enrolment SET state = 'withdrawn', jp = NULL WHERE state = "
                "'completed' AND id % 3 = 0");
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM training_enrolment n JOIN "
                                  "training_session s ON s.id = n.session_id WHERE n.state = "
                                  "'completed' AND s.end_date NOT LIKE '2023%'"),
                   >, 0);
  exec_sql (db, "UPDATE training_session SET start_date = '2023-06-01', end_date = '2023-06-02' "
                "WHERE id = (SELECT n.session_id FROM training_enrolment n JOIN training_session s "
                "ON s.id = n.session_id WHERE n.state = 'completed' AND s.end_date NOT LIKE "
                "'2023%' GROUP BY n.session_id ORDER BY count (*) DESC LIMIT 1)");
  check (db, "enrolments changed and a session moved to another year");
  exec_sql (db, "INSERT INTO mentoring (mentor_id, mentee_id, goals, start_date) SELECT a.id, "
                "b.id, 'Sasaran', '2025-01-10' FROM employee a JOIN employee b ON b.id = a.id + 1 "
                "WHERE a.id % 17 = 1");
  exec_sql (db, "INSERT INTO mentoring_session (mentoring_id, date, topic, minutes) SELECT id, "
                "'2025-0' || (1 + id % 9) || '-15', 'Topik', 30 + id % 200 FROM mentoring");
  check (db, "mentoring sessions");
  exec_sql (db, "UPDATE mentoring SET mentee_id = mentor_id + 2 WHERE id % 2 = 0 AND mentor_id + 2 "
                "IN (SELECT id FROM employee)");
  exec_sql (db, "DELETE FROM mentoring_session WHERE id % 5 = 0");
  exec_sql (db, "DELETE FROM mentoring WHERE id % 3 = 0");
  exec_sql (db, "UPDATE training_setting SET jp_minutes = 60 WHERE id = 1");
  check (db, "mentees changed, mentoring removed, the JP length changed");
  exec_sql (db, "UPDATE employee SET kind = 'pppk' WHERE kind = 'pns' AND id % 10 = 0");
  check (db, "PNS become PPPK (another JP duty)");
  /* A bidang with employees moves to another perangkat daerah, then becomes a second root,
   * then goes back */
  exec_sql (db, "CREATE TEMP TABLE moved AS SELECT u.id, u.parent_id FROM unit u WHERE u.kind = "
                "'bidang' AND EXISTS (SELECT 1 FROM unit_closure c JOIN employee e ON e.unit_id = "
                "c.unit_id WHERE c.ancestor_id = u.id) ORDER BY u.id LIMIT 1");
  exec_sql (db, "UPDATE unit SET parent_id = (SELECT max (id) FROM unit WHERE kind = "
                "'perangkat_daerah' AND id <> (SELECT parent_id FROM temp.moved)) WHERE id = "
                "(SELECT id FROM temp.moved)");
  check (db, "a unit moved");
  exec_sql (db, "UPDATE unit SET parent_id = NULL WHERE id = (SELECT id FROM temp.moved)");
  check (db, "a unit moved to the top");
  exec_sql (db, "UPDATE unit SET parent_id = (SELECT parent_id FROM temp.moved) WHERE id = "
                "(SELECT id FROM temp.moved)");
  check (db, "a unit moved back");
  /* A new unit below a bidang, a position in it, an employee moved into it; then out, and the
   * unit removed */
  exec_sql (db, "INSERT INTO unit (parent_id, code, name, kind) SELECT id, 'T-NEW', 'Seksi Baru', "
                "'sub_bidang' FROM temp.moved");
  exec_sql (db, "INSERT INTO position (unit_id, name, kind) SELECT id, 'Pengolah Data', "
                "'pelaksana' FROM unit WHERE code = 'T-NEW'");
  exec_sql (db, "INSERT INTO position_history (employee_id, position_id, tmt) SELECT min (e.id), "
                "(SELECT id FROM position WHERE name = 'Pengolah Data' AND unit_id = (SELECT id "
                "FROM unit WHERE code = 'T-NEW')), '2025-07-01' FROM employee e WHERE e.status = "
                "'aktif'");
  check (db, "a unit added with an employee");
  exec_sql (db, "DELETE FROM position_history WHERE position_id IN (SELECT id FROM position WHERE "
                "unit_id = (SELECT id FROM unit WHERE code = 'T-NEW'))");
  exec_sql (db, "DELETE FROM position WHERE unit_id = (SELECT id FROM unit WHERE code = 'T-NEW')");
  exec_sql (db, "DELETE FROM unit WHERE code = 'T-NEW'");
  check (db, "a unit removed");
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM dashboard_count WHERE unit_id NOT IN "
                                  "(SELECT id FROM unit) AND unit_id <> 0"),
                   ==, 0);
  /* Employees that nothing else names (a head of unit, a mentor, an appraiser cannot go) */
  for (gint64 id = 13, max = query_int (db, "SELECT max (id) FROM employee"); id <= max; id += 13)
    {
      g_autofree char *sql =
          g_strdup_printf ("DELETE FROM employee WHERE id = %lld", (long long) id);

      if (sqlite3_exec (_kr_database_get_handle (db), sql, NULL, NULL, NULL) == SQLITE_OK)
        deleted++;
    }
  g_assert_cmpuint (deleted, >, 5);
  check (db, "employees deleted");
  exec_sql (db, "DELETE FROM position_history WHERE employee_id = (SELECT max (id) FROM "
                "employee)");
  g_assert_cmpint (query_int (db, "SELECT unit_id IS NULL FROM employee ORDER BY id DESC LIMIT 1"),
                   ==, 1);
  check (db, "an employee without a unit");
}

static void
import_file (KrDatabase *db, const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "siasn", name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (KrSiasnImporter) importer = kr_siasn_importer_new (db);
  g_autoptr (GError) error = NULL;

  g_assert_true (kr_siasn_importer_analyse (importer, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kr_siasn_importer_get_report (importer)->n_rows, >, 0);
  g_assert_true (kr_siasn_importer_commit (importer, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_imports (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) empty = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_autoptr (KrDatabase) db = demo (100);

  g_assert_no_error (error);
  import_file (empty, "tree.csv");
  check (empty, "an import into an empty file that makes the unit tree");
  import_file (empty, "reimport-1.csv");
  import_file (empty, "reimport-2.csv");
  check (empty, "a re-import that changes golongan and positions");
  import_file (db, "tree.csv");
  check (db, "an import beside the demo");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dashboard-counts/changes", test_changes);
  g_test_add_func ("/dashboard-counts/imports", test_imports);
  return g_test_run ();
}
