/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kr-database-private.h"
#include "kr-demo.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-talent-repository-private.h"
#include "kr-test-utils.h"

/* The 9-box stored per year (talent_placement, migration 13) on a demo province: after each
 * kind of change of what the classification reads (an evaluation inserted, updated, deleted,
 * an appraisal deleted with its evaluations, an assessment, a sanction, an employee's kind,
 * status or unit, an employee deleted, the settings saved, a bulk load) the change is marked, the
 * employee's stored box follows it, and the grid counts and every list of a status, box and
 * the pool, for every unit, a perangkat daerah and its head office alone, equal the live
 * classification. Also: reads inside the caller's write and read transactions, a read
 * transaction that cannot write and a file open read-only (classified live, nothing written),
 * a bulk load running (live), and the pruning of the marks and the years kept. */

#define N_EMPLOYEES 400
#define YEAR        2024

typedef struct
{
  KrDatabase *db;
  KrTalentRepository *repo;
} Fixture;

static KrDatabase *demo_db;

#define exec_sql(db, ...)  kr_test_execf (_kr_database_get_handle (db), __VA_ARGS__)
#define query_int(db, ...) kr_test_query_intf (_kr_database_get_handle (db), __VA_ARGS__)

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->db = g_object_ref (demo_db);
  fixture->repo = kr_talent_repository_new (fixture->db);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_assert_finalize_object (fixture->repo);
  g_object_unref (fixture->db);
}

static void
check_lists (KrTalentRepository *repo, const KrTalentQuery *query, const char *after)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) stored = NULL;
  g_autoptr (GPtrArray) live = NULL;
  guint n_stored = G_MAXUINT, n_live = G_MAXUINT;

  g_assert_true (kr_talent_repository_count_employees (repo, query, &n_stored, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (_kr_talent_repository_count_employees_live (repo, query, &n_live, NULL, &error));
  g_assert_no_error (error);
  stored = kr_talent_repository_list_employees (repo, query, 0, 100000, NULL, &error);
  g_assert_no_error (error);
  live = _kr_talent_repository_list_employees_live (repo, query, 0, 100000, NULL, &error);
  g_assert_no_error (error);
  if (n_stored != n_live || stored->len != live->len || stored->len != n_live)
    g_error ("after %s: unit %lld status %d box %u pool %d: %u/%u stored, %u/%u live", after,
             (long long) query->unit_id, query->status, query->box, query->pool_only, n_stored,
             stored->len, n_live, live->len);
  for (guint i = 0; i < live->len; i++)
    {
      KrTalentEntry *s = g_ptr_array_index (stored, i), *l = g_ptr_array_index (live, i);

      if (s->employee_id != l->employee_id || s->status != l->status || s->box != l->box ||
          s->has_performance != l->has_performance || s->performance != l->performance ||
          s->has_potential != l->has_potential || s->potential != l->potential ||
          g_strcmp0 (s->name, l->name) != 0)
        g_error ("after %s: row %u: employee %lld status %d box %u stored, %lld %d %u live", after,
                 i, (long long) s->employee_id, s->status, s->box, (long long) l->employee_id,
                 l->status, l->box);
    }
}

static gint64
largest_unit (KrDatabase *db)
{
  return query_int (db, "SELECT unit_id FROM employee WHERE unit_id IN (SELECT id FROM unit "
                        "WHERE kind = 'perangkat_daerah') GROUP BY unit_id ORDER BY count (*) "
                        "DESC, unit_id LIMIT 1");
}

/* The rows of a classification clause ("cl") for @year and a unit, one line each */
static char *
dup_clause_rows (KrTalentRepository *repo, const char *clause, guint year, gint64 unit)
{
  KrDatabase *db = kr_talent_repository_get_database (repo);
  g_autofree char *sql = g_strconcat (clause, "SELECT * FROM cl ORDER BY id", NULL);
  g_autoptr (GError) error = NULL;
  GString *rows = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_true (_kr_talent_bind_classify (repo, stmt, year, unit, TRUE, 0, &error));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        g_string_append_printf (rows, "%s|",
                                sqlite3_column_type (stmt, c) == SQLITE_NULL
                                    ? "NULL"
                                    : (const char *) sqlite3_column_text (stmt, c));
      g_string_append_c (rows, '\n');
    }
  sqlite3_finalize (stmt);
  return g_string_free (rows, FALSE);
}

/* The stored grid and lists of @year equal the live ones, and the year is stored and current */
static void
check_year (KrTalentRepository *repo, guint year, const char *after)
{
  KrDatabase *db = kr_talent_repository_get_database (repo);
  gint64 units[] = { 0, largest_unit (db), largest_unit (db) };

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      g_autoptr (GError) error = NULL;
      KrTalentGridCounts stored, live;
      KrTalentQuery query;

      kr_talent_query_init (&query, year);
      query.unit_id = units[u];
      query.subtree = u != 2;
      g_assert_true (kr_talent_repository_count_grid (repo, &query, &stored, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (_kr_talent_repository_count_grid_live (repo, &query, &live, NULL, &error));
      g_assert_no_error (error);
      if (memcmp (&stored, &live, sizeof stored) != 0)
        g_error ("after %s: unit %lld: grid of %u stored (total %u, box 9 %u) differs from the "
                 "live one (%u, %u)",
                 after, (long long) query.unit_id, year, stored.total, stored.boxes[9], live.total,
                 live.boxes[9]);
      if (u == 0)
        g_assert_cmpuint (stored.total, ==,
                          query_int (db, "SELECT count (*) FROM employee WHERE kind = 'pns' AND "
                                         "status = 'aktif'"));
      /* The lists of every unit and of the subtree (the unit alone: the grid only) */
      for (int status = -1; status < KR_N_TALENT_STATUSES && u < 2; status++)
        for (guint box = 0; box <= (status == KR_TALENT_STATUS_PLACED ? 9 : 0); box++)
          {
            query.status = status;
            query.box = box;
            query.pool_only = FALSE;
            check_lists (repo, &query, after);
            query.pool_only = status == KR_TALENT_STATUS_PLACED && box == 0;
            if (query.pool_only)
              check_lists (repo, &query, after);
          }
    }
  /* The clause other statements join (the dashboard's list of a box) */
  for (guint u = 0; u < 2; u++)
    {
      g_autofree char *stored =
          dup_clause_rows (repo, _kr_talent_stored_classify_sql (), year, units[u]);
      g_autofree char *live = dup_clause_rows (repo, _kr_talent_classify_sql (), year, units[u]);

      g_assert_cmpuint (strlen (live), >, 0);
      if (g_strcmp0 (stored, live) != 0)
        g_error ("after %s: unit %lld: the stored classification clause differs", after,
                 (long long) units[u]);
    }
  /* Read from the table: stored, current, one row per active PNS */
  g_assert_cmpint (query_int (db,
                              "SELECT count (*) FROM talent_placement_state WHERE year = %u AND "
                              "NOT EXISTS (SELECT 1 FROM talent_dirty WHERE seq > applied_seq)",
                              year),
                   ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM talent_placement WHERE year = %u", year),
                   ==,
                   query_int (db, "SELECT count (*) FROM employee WHERE kind = 'pns' AND status "
                                  "= 'aktif'"));
}

/* The stored status * 10 + box of @employee for YEAR; -1 when not stored */
static gint64
stored_box (KrDatabase *db, gint64 employee)
{
  return query_int (db,
                    "SELECT coalesce ((SELECT status * 10 + box FROM talent_placement WHERE year "
                    "= %d AND employee_id = %lld), -1)",
                    YEAR, (long long) employee);
}

static void
expect_marked (KrDatabase *db, gint64 employee, const char *after)
{
  if (query_int (db,
                 "SELECT count (*) FROM talent_dirty WHERE employee_id = %lld AND seq > (SELECT "
                 "applied_seq FROM talent_placement_state WHERE year = %d)",
                 (long long) employee, YEAR) == 0)
    g_error ("after %s: employee %lld not marked", after, (long long) employee);
}

/* Checks YEAR after @after changed @employee's stored box from @before (when @changes) */
static void
check_change (Fixture *fixture, gint64 employee, gint64 before, gboolean changes, const char *after)
{
  expect_marked (fixture->db, employee, after);
  check_year (fixture->repo, YEAR, after);
  if (changes && stored_box (fixture->db, employee) == before)
    g_error ("after %s: employee %lld still stored as %lld", after, (long long) employee,
             (long long) before);
}

/* A placed employee of YEAR, the @n-th by id, whose performance is not "below" */
static gint64
placed (KrDatabase *db, guint n)
{
  return query_int (db,
                    "SELECT employee_id FROM talent_placement WHERE year = %d AND status = %d AND "
                    "perf <> 'below' ORDER BY employee_id LIMIT 1 OFFSET %u",
                    YEAR, KR_TALENT_STATUS_PLACED, n);
}

static gint64
appraisal_of (KrDatabase *db, gint64 employee, int year)
{
  return query_int (db, "SELECT id FROM appraisal WHERE employee_id = %lld AND year = %d",
                    (long long) employee, year);
}

static void
test_demo (Fixture *fixture, gconstpointer data)
{
  check_year (fixture->repo, YEAR, "the demo");
}

static void
test_evaluations (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;
  gint64 a, b, c, before;

  check_year (fixture->repo, YEAR, "the first read");
  a = placed (db, 0);
  before = stored_box (db, a);
  exec_sql (db,
            /* A final evaluation changes only with its state (an objection) */
            "UPDATE appraisal_evaluation SET state = 'objected', predikat = 'sangat_kurang' "
            "WHERE period = 0 AND "
            "appraisal_id = %lld",
            (long long) appraisal_of (db, a, YEAR));
  check_change (fixture, a, before, TRUE, "an evaluation updated");

  b = placed (db, 1);
  before = stored_box (db, b);
  exec_sql (db,
            "CREATE TEMP TABLE saved AS SELECT * FROM appraisal_evaluation WHERE period = 0 "
            "AND appraisal_id = %lld",
            (long long) appraisal_of (db, b, YEAR));
  exec_sql (db, "DELETE FROM appraisal_evaluation WHERE period = 0 AND appraisal_id = %lld",
            (long long) appraisal_of (db, b, YEAR));
  check_change (fixture, b, before, TRUE, "an evaluation deleted");
  g_assert_cmpint (stored_box (db, b), ==, KR_TALENT_STATUS_NO_APPRAISAL * 10);
  before = stored_box (db, b);
  exec_sql (db, "INSERT INTO appraisal_evaluation SELECT * FROM saved");
  exec_sql (db, "DROP TABLE saved");
  check_change (fixture, b, before, TRUE, "an evaluation inserted");

  c = placed (db, 2);
  before = stored_box (db, c);
  exec_sql (db, "DELETE FROM appraisal WHERE id = %lld",
            (long long) appraisal_of (db, c, YEAR - 1));
  check_change (fixture, c, before, TRUE, "an appraisal deleted with its evaluations");
  g_assert_cmpint (stored_box (db, c), ==, KR_TALENT_STATUS_NO_APPRAISAL * 10);
}

static void
test_assessment (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;
  gint64 d, before;

  check_year (fixture->repo, YEAR, "the first read");
  d = query_int (db,
                 "SELECT employee_id FROM talent_placement WHERE year = %d AND status = %d AND "
                 "perf IS NOT NULL ORDER BY employee_id LIMIT 1",
                 YEAR, KR_TALENT_STATUS_NO_ASSESSMENT);
  g_assert_cmpint (d, >, 0);
  before = stored_box (db, d);
  exec_sql (db,
            "INSERT INTO talent_assessment (employee_id, date, potential, score, assessor) "
            "VALUES (%lld, '%d-06-01', 'high', 90, 'Tes')",
            (long long) d, YEAR);
  check_change (fixture, d, before, TRUE, "an assessment added");
  g_assert_cmpint (stored_box (db, d) / 10, ==, KR_TALENT_STATUS_PLACED);
  before = stored_box (db, d);
  exec_sql (db,
            "UPDATE talent_assessment SET potential = 'low' WHERE employee_id = %lld AND date "
            "= '%d-06-01'",
            (long long) d, YEAR);
  check_change (fixture, d, before, TRUE, "an assessment changed");
  before = stored_box (db, d);
  exec_sql (db, "DELETE FROM talent_assessment WHERE employee_id = %lld AND date = '%d-06-01'",
            (long long) d, YEAR);
  check_change (fixture, d, before, TRUE, "an assessment deleted");
}

static void
test_sanction (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;
  gint64 e, before;

  check_year (fixture->repo, YEAR, "the first read");
  e = placed (db, 3);
  before = stored_box (db, e);
  exec_sql (db,
            "INSERT INTO discipline_history (employee_id, level, sanction, regulation, tmt) "
            "VALUES (%lld, 'berat', 'Penurunan jabatan', 'PP 94/2021', '%d-03-01')",
            (long long) e, YEAR);
  check_change (fixture, e, before, TRUE, "a sanction added");
  g_assert_cmpint (stored_box (db, e), ==, KR_TALENT_STATUS_EXCLUDED * 10);
  before = stored_box (db, e);
  exec_sql (db,
            "UPDATE discipline_history SET level = 'ringan' WHERE employee_id = %lld AND tmt "
            "= '%d-03-01'",
            (long long) e, YEAR);
  check_change (fixture, e, before, TRUE, "a sanction made lighter");
  exec_sql (db, "DELETE FROM discipline_history WHERE employee_id = %lld AND tmt = '%d-03-01'",
            (long long) e, YEAR);
  check_change (fixture, e, 0, FALSE, "a sanction deleted");
}

static void
test_employee (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;
  gint64 f, g, h;

  check_year (fixture->repo, YEAR, "the first read");
  f = placed (db, 4);
  exec_sql (db, "UPDATE employee SET status = 'cltn' WHERE id = %lld", (long long) f);
  check_change (fixture, f, -2, FALSE, "a status changed");
  g_assert_cmpint (stored_box (db, f), ==, -1);
  exec_sql (db, "UPDATE employee SET status = 'aktif' WHERE id = %lld", (long long) f);
  check_change (fixture, f, -1, TRUE, "a status changed back");
  g = placed (db, 5);
  exec_sql (db, "UPDATE employee SET kind = 'cpns' WHERE id = %lld", (long long) g);
  check_change (fixture, g, -2, FALSE, "a kind changed");
  g_assert_cmpint (stored_box (db, g), ==, -1);
  /* The unit is stored for the scope filters: one of the largest unit moves out of it */
  g = query_int (db,
                 "SELECT employee_id FROM talent_placement WHERE year = %d AND status = %d AND "
                 "unit_id = %lld ORDER BY employee_id LIMIT 1",
                 YEAR, KR_TALENT_STATUS_PLACED, (long long) largest_unit (db));
  g_assert_cmpint (g, >, 0);
  exec_sql (db,
            "INSERT INTO position_history (employee_id, position_id, tmt) SELECT %lld, p.id, "
            "'2099-01-01' FROM position p WHERE p.unit_id <> %lld ORDER BY p.id DESC LIMIT 1",
            (long long) g, (long long) largest_unit (db));
  g_assert_cmpint (query_int (db, "SELECT unit_id FROM employee WHERE id = %lld", (long long) g),
                   !=, largest_unit (db));
  check_change (fixture, g, 0, FALSE, "an employee moved to another unit");
  g_assert_cmpint (
      query_int (db, "SELECT unit_id FROM talent_placement WHERE year = %d AND employee_id = %lld",
                 YEAR, (long long) g),
      ==, query_int (db, "SELECT unit_id FROM employee WHERE id = %lld", (long long) g));
  h = placed (db, 6);
  exec_sql (db, "DELETE FROM employee WHERE id = %lld", (long long) h);
  check_change (fixture, h, -2, FALSE, "an employee deleted");
  g_assert_cmpint (stored_box (db, h), ==, -1);
}

static void
test_settings (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KrTalentSettings settings, saved;

  check_year (fixture->repo, YEAR, "the first read");
  g_assert_true (kr_talent_repository_get_settings (fixture->repo, &saved, &error));
  settings = saved;
  settings.performance_years = 1;
  settings.assessment_years = 1;
  g_assert_true (kr_talent_repository_save_settings (fixture->repo, &settings, &error));
  g_assert_no_error (error);
  check_year (fixture->repo, YEAR, "the settings saved");
  g_assert_true (kr_talent_repository_save_settings (fixture->repo, &saved, &error));
  check_year (fixture->repo, YEAR, "the settings restored");
  /* The 9-box rows are in the key too */
  exec_sql (fixture->db, "UPDATE talent_box SET in_pool = 1 - in_pool WHERE id = 5");
  check_year (fixture->repo, YEAR, "a box changed");
  exec_sql (fixture->db, "UPDATE talent_box SET in_pool = 1 - in_pool WHERE id = 5");
  check_year (fixture->repo, YEAR, "a box changed back");
}

/* An employee placed in YEAR, added by a bulk load (the load marks it at its end) */
static void
test_bulk (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (fixture->db);
  KrDatabase *db = fixture->db;
  gint64 id;

  check_year (fixture->repo, YEAR, "the first read");
  g_assert_true (kr_employee_repository_begin_bulk (employees, &error));
  exec_sql (db, "INSERT INTO employee (nip, name, birth_date, gender, kind, status) VALUES "
                "('198001012005011999', 'Pegawai Muat Massal', '1980-01-01', 'F', 'pns', "
                "'aktif')");
  id = sqlite3_last_insert_rowid (_kr_database_get_handle (db));
  for (int year = YEAR - 1; year <= YEAR; year++)
    {
      exec_sql (db,
                "INSERT INTO appraisal (employee_id, year, cycle, period_start, period_end) "
                "VALUES (%lld, %d, 'quarterly', '%d-01-01', '%d-12-31')",
                (long long) id, year, year, year);
      exec_sql (db,
                "INSERT INTO appraisal_evaluation (appraisal_id, period, state, results_rating, "
                "behaviour_rating, predikat) VALUES (%lld, 0, 'final', 'above', 'above', "
                "'sangat_baik')",
                (long long) sqlite3_last_insert_rowid (_kr_database_get_handle (db)));
    }
  exec_sql (db,
            "INSERT INTO talent_assessment (employee_id, date, potential) VALUES (%lld, "
            "'%d-02-01', 'high')",
            (long long) id, YEAR);
  /* During the load: classified live, the table left alone */
  {
    KrTalentGridCounts during, live;
    KrTalentQuery query;

    kr_talent_query_init (&query, YEAR);
    g_assert_true (kr_talent_repository_count_grid (fixture->repo, &query, &during, NULL, &error));
    g_assert_true (
        _kr_talent_repository_count_grid_live (fixture->repo, &query, &live, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (memcmp (&during, &live, sizeof live) == 0);
    g_assert_cmpint (stored_box (db, id), ==, -1);
  }
  g_assert_true (kr_employee_repository_end_bulk (employees, TRUE, &error));
  g_assert_no_error (error);
  check_change (fixture, id, -1, TRUE, "a bulk load");
  g_assert_cmpint (stored_box (db, id), ==, 9);
}

/* In the caller's write transaction (a savepoint) and read transaction */
static void
test_transactions (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KrDatabase *db = fixture->db;
  gint64 a, before;

  check_year (fixture->repo, YEAR, "the first read");
  a = placed (db, 7);
  before = stored_box (db, a);
  g_assert_true (kr_database_begin (db, &error));
  exec_sql (db, "DELETE FROM appraisal WHERE id = %lld", (long long) appraisal_of (db, a, YEAR));
  check_change (fixture, a, before, TRUE, "a change in the caller's transaction");
  g_assert_false (sqlite3_get_autocommit (_kr_database_get_handle (db)));
  g_assert_true (kr_database_rollback (db, &error));
  g_assert_cmpint (stored_box (db, a), ==, before);
  check_year (fixture->repo, YEAR, "a rollback");

  exec_sql (db, "DELETE FROM appraisal WHERE id = %lld", (long long) appraisal_of (db, a, YEAR));
  exec_sql (db, "BEGIN");
  check_change (fixture, a, before, TRUE, "a change read in a read transaction");
  exec_sql (db, "COMMIT");
  check_year (fixture->repo, YEAR, "the read transaction");
}

/* The marks applied everywhere are pruned; at most three years are kept */
static void
test_years (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->db;

  for (guint year = YEAR - 3; year <= YEAR; year++)
    check_year (fixture->repo, year, "reading a year");
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM talent_placement_state"), ==, 3);
  g_assert_cmpint (query_int (db, "SELECT count (DISTINCT year) FROM talent_placement"), ==, 3);
  g_assert_cmpint (
      query_int (db, "SELECT count (*) FROM talent_placement WHERE year = %d", YEAR - 3), ==, 0);
  exec_sql (db, "UPDATE employee SET status = 'cltn' WHERE id = %lld", (long long) placed (db, 8));
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM talent_dirty"), >, 0);
  for (guint year = YEAR - 2; year <= YEAR; year++)
    check_year (fixture->repo, year, "a change read in every year kept");
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM talent_dirty"), ==, 0);
}

/* A file open read-only: classified live while a change is pending, nothing written */
static void
test_read_only (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = kr_test_make_tmp_dir ("kr-talent-boxes-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "karier.db", NULL);
  KrDemoOptions options = { .n_employees = 80, .seed = 3, .appraisals = KR_DEMO_APPRAISALS_ALL };
  KrTalentRepository *repo;
  KrDatabase *db;
  GDate today;
  gint64 a, before;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, G_DATE_JULY, 2025);
  options.today = &today;
  db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (kr_demo_generate (db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  repo = kr_talent_repository_new (db);
  check_year (repo, YEAR, "the demo");
  a = placed (db, 0);
  before = stored_box (db, a);
  exec_sql (db, "DELETE FROM appraisal WHERE id = %lld", (long long) appraisal_of (db, a, YEAR));

  /* In a read transaction that another connection wrote after: the write is refused
   * (SQLITE_BUSY_SNAPSHOT), the grid classified live in the transaction's snapshot */
  {
    g_autoptr (KrDatabase) other = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
    KrTalentGridCounts stored, live;
    KrTalentQuery query;

    g_assert_no_error (error);
    exec_sql (db, "BEGIN");
    g_assert_cmpint (query_int (db, "SELECT count (*) FROM employee"), >, 0);
    exec_sql (other, "DELETE FROM appraisal WHERE id = %lld",
              (long long) appraisal_of (other, placed (other, 1), YEAR));
    kr_talent_query_init (&query, YEAR);
    g_assert_true (kr_talent_repository_count_grid (repo, &query, &stored, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (_kr_talent_repository_count_grid_live (repo, &query, &live, NULL, &error));
    g_assert_true (memcmp (&stored, &live, sizeof live) == 0);
    g_assert_cmpint (stored_box (db, a), ==, before);
    exec_sql (db, "COMMIT");
  }
  g_assert_finalize_object (repo);
  g_assert_finalize_object (db);

  db = kr_database_open (path, KR_DATABASE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  repo = kr_talent_repository_new (db);
  {
    KrTalentGridCounts stored, live;
    KrTalentQuery query;

    kr_talent_query_init (&query, YEAR);
    g_assert_true (kr_talent_repository_count_grid (repo, &query, &stored, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (_kr_talent_repository_count_grid_live (repo, &query, &live, NULL, &error));
    g_assert_true (memcmp (&stored, &live, sizeof live) == 0);
    query.status = KR_TALENT_STATUS_NO_APPRAISAL;
    check_lists (repo, &query, "a read-only read");
  }
  /* Still the old box and the mark pending */
  g_assert_cmpint (stored_box (db, a), ==, before);
  expect_marked (db, a, "a read-only read");
  g_assert_finalize_object (repo);
  g_assert_finalize_object (db);
  kr_test_remove_tree (dir);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  GDate today;
  KrDemoOptions options = {
    .n_employees = N_EMPLOYEES, .seed = 8, .today = &today, .appraisals = KR_DEMO_APPRAISALS_ALL
  };
  int rc;

  g_test_init (&argc, &argv, NULL);

  demo_db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, G_DATE_JULY, 2025);
  g_assert_true (kr_demo_generate (demo_db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/talent-boxes/demo", test_demo);
  ADD ("/talent-boxes/evaluations", test_evaluations);
  ADD ("/talent-boxes/assessment", test_assessment);
  ADD ("/talent-boxes/sanction", test_sanction);
  ADD ("/talent-boxes/employee", test_employee);
  ADD ("/talent-boxes/settings", test_settings);
  ADD ("/talent-boxes/bulk", test_bulk);
  ADD ("/talent-boxes/transactions", test_transactions);
  ADD ("/talent-boxes/years", test_years);
#undef ADD
  g_test_add_func ("/talent-boxes/read-only", test_read_only);

  rc = g_test_run ();
  g_assert_finalize_object (demo_db);
  return rc;
}
