/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kr-dashboard-repository.h"
#include "kr-database-private.h"
#include "kr-demo.h"
#include "kr-error.h"
#include "kr-identity.h"
#include "kr-test-utils.h"

/* The dashboard snapshot on a demo province: kr_dashboard_repository_load () by parts, with
 * the scope resolved and named, cancelled, and for a unit head; the employees behind every row
 * of every chart (kr_dashboard_repository_list_employees ()) number what the row counted, come
 * in the order of names then NIP, a page at a time, and stay in a unit head's subtree; and the
 * indexes of migration 12 are there and used. */

#define N_EMPLOYEES 400
#define YEAR        2024

typedef struct
{
  KrDatabase *db;
  KrDashboardRepository *repo;
} Fixture;

static KrDatabase *demo_db;

static void
exec_sql (KrDatabase *db, const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (_kr_database_get_handle (db), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64 query_int (KrDatabase *db, const char *format, ...) G_GNUC_PRINTF (2, 3);

static gint64
query_int (KrDatabase *db, const char *format, ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return kr_test_query_int (_kr_database_get_handle (db), sql);
}

static char *
query_name (KrDatabase *db, const char *table, gint64 id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT name FROM %s WHERE id = ?", table);
  sqlite3_stmt *stmt = NULL;
  char *name = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return name;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->db = g_object_ref (demo_db);
  fixture->repo = kr_dashboard_repository_new (fixture->db);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_database_set_identity (fixture->db, NULL);
  g_assert_finalize_object (fixture->repo);
  g_object_unref (fixture->db);
}

static KrDashboardSnapshot *
load (Fixture *fixture, gint64 unit_id, KrDashboardParts parts)
{
  g_autoptr (GError) error = NULL;
  KrDashboardSnapshot *snapshot;
  KrDashboardScope scope;

  kr_dashboard_scope_init (&scope, unit_id, YEAR);
  snapshot = kr_dashboard_snapshot_new (&scope);
  g_assert_true (kr_dashboard_repository_load (fixture->repo, snapshot, parts, NULL, &error));
  g_assert_no_error (error);
  return snapshot;
}

static gint64
largest_unit (KrDatabase *db)
{
  return query_int (db, "SELECT unit_id FROM employee WHERE unit_id IN (SELECT id FROM unit "
                        "WHERE kind = 'perangkat_daerah') GROUP BY unit_id ORDER BY count (*) "
                        "DESC, unit_id LIMIT 1");
}

/* The employees of @filter: every page of @page_size, checked against @expected and each
 * other (order of names then NIP, no one twice), and within @unit_id's subtree */
static void
check_filter (Fixture *fixture,
              const KrDashboardScope *scope,
              const KrDashboardFilter *filter,
              guint expected,
              guint page_size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (GPtrArray) none = NULL;
  g_autofree char *last_name = NULL, *last_nip = NULL;
  guint count = G_MAXUINT, listed = 0;

  none =
      kr_dashboard_repository_list_employees (fixture->repo, scope, filter, 0, 0, &count, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
  if (count != expected)
    g_error ("dimension %d code %s low %lld: %u employees listed, the row counted %u",
             filter->dimension, filter->code, (long long) filter->low, count, expected);

  for (guint offset = 0; offset < expected + page_size; offset += page_size)
    {
      guint page_count = G_MAXUINT;
      g_autoptr (GPtrArray) page = kr_dashboard_repository_list_employees (
          fixture->repo, scope, filter, offset, page_size, &page_count, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (page_count, ==, expected);
      g_assert_cmpuint (page->len, ==, MIN (page_size, expected - MIN (expected, offset)));
      for (guint i = 0; i < page->len; i++)
        {
          KrDashboardEmployee *e = g_ptr_array_index (page, i);
          g_autofree char *name = NULL;

          g_assert_false (g_hash_table_contains (seen, &e->employee_id));
          g_hash_table_add (seen, g_memdup2 (&e->employee_id, sizeof e->employee_id));
          g_assert_nonnull (e->nip);
          g_assert_nonnull (e->name);
          name = query_name (fixture->db, "employee", e->employee_id);
          g_assert_nonnull (strstr (e->name, name));
          if (last_name != NULL)
            g_assert_true (g_strcmp0 (last_name, name) < 0 ||
                           (g_strcmp0 (last_name, name) == 0 && g_strcmp0 (last_nip, e->nip) <= 0));
          g_free (last_name);
          g_free (last_nip);
          last_name = g_steal_pointer (&name);
          last_nip = g_strdup (e->nip);
          listed++;
        }
    }
  g_assert_cmpuint (listed, ==, expected);
}

static guint
check_counts (Fixture *fixture, const KrDashboardScope *scope, GPtrArray *counts)
{
  guint n = 0;

  for (guint i = 0; i < counts->len; i++)
    {
      KrDashboardCount *c = g_ptr_array_index (counts, i);

      check_filter (fixture, scope, &c->filter, c->count, 50);
      n += c->count > 0;
    }
  return n;
}

/* Every row of every chart of @snapshot lists the employees it counted; returns how many
 * non-empty rows were checked per dimension in @rows */
static void
check_snapshot (Fixture *fixture, KrDashboardSnapshot *snapshot, guint rows[9])
{
  const KrDashboardScope *scope = &snapshot->scope;

  rows[KR_DASHBOARD_EMPLOYEE_KIND] = check_counts (fixture, scope, snapshot->employee_kinds);
  rows[KR_DASHBOARD_GOLONGAN] = check_counts (fixture, scope, snapshot->golongan);
  rows[KR_DASHBOARD_POSITION_KIND] = check_counts (fixture, scope, snapshot->position_kinds);
  rows[KR_DASHBOARD_PROMOTION_PERIOD] = check_counts (fixture, scope, snapshot->promotions);
  rows[KR_DASHBOARD_RETIREMENT_YEAR] = check_counts (fixture, scope, snapshot->retirements);
  rows[KR_DASHBOARD_AGE] = 0;
  for (guint i = 0; i < snapshot->age_bands->len; i++)
    {
      KrDashboardAgeBand *b = g_ptr_array_index (snapshot->age_bands, i);
      KrDashboardFilter f;

      kr_dashboard_filter_copy (&f, &b->filter);
      check_filter (fixture, scope, &f, b->male + b->female, 100);
      f.code = g_strdup ("M");
      check_filter (fixture, scope, &f, b->male, 100);
      g_free (f.code);
      f.code = g_strdup ("F");
      check_filter (fixture, scope, &f, b->female, 100);
      kr_dashboard_filter_clear (&f);
      rows[KR_DASHBOARD_AGE] += b->male + b->female > 0;
    }
  rows[KR_DASHBOARD_PREDIKAT] = 0;
  for (guint p = 0; p < KR_N_PREDIKAT; p++)
    {
      KrDashboardFilter f = { KR_DASHBOARD_PREDIKAT, (char *) kr_predikat_get_code (p), YEAR,
                              YEAR };

      check_filter (fixture, scope, &f, snapshot->predikat.counts[p], 100);
      rows[KR_DASHBOARD_PREDIKAT] += snapshot->predikat.counts[p] > 0;
    }
  rows[KR_DASHBOARD_UNIT] = 0;
  for (guint i = 0; i < snapshot->training->len; i++)
    {
      KrDashboardTraining *t = g_ptr_array_index (snapshot->training, i);

      check_filter (fixture, scope, &t->filter, t->employees, 100);
      rows[KR_DASHBOARD_UNIT] += t->employees > 0;
    }
  rows[KR_DASHBOARD_TALENT_BOX] = 0;
  for (guint box = 1; box <= 9; box++)
    {
      KrDashboardFilter f = { KR_DASHBOARD_TALENT_BOX, NULL, box, box };

      check_filter (fixture, scope, &f, snapshot->talent.boxes[box], 20);
      rows[KR_DASHBOARD_TALENT_BOX] += snapshot->talent.boxes[box] > 0;
    }
}

static void
test_every_row (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrDashboardSnapshot) all = load (fixture, 0, KR_DASHBOARD_PART_ALL);
  g_autoptr (KrDashboardSnapshot) unit =
      load (fixture, largest_unit (fixture->db), KR_DASHBOARD_PART_ALL);
  guint rows[9];

  check_snapshot (fixture, all, rows);
  /* Every dimension was tried with employees behind it */
  for (guint d = 0; d < 9; d++)
    if (rows[d] == 0)
      g_error ("dimension %u: no row with employees in the demo", d);
  check_snapshot (fixture, unit, rows);
  g_assert_cmpuint (rows[KR_DASHBOARD_EMPLOYEE_KIND], >, 0);
}

static void
test_unit_head (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 unit = largest_unit (fixture->db);
  g_autoptr (KrIdentity) head = kr_identity_new (2, "kepala", "Kepala", KR_ROLE_UNIT_HEAD, unit);
  g_autoptr (KrDashboardSnapshot) snapshot = NULL;
  g_autoptr (GPtrArray) page = NULL;
  KrDashboardFilter golongan = { KR_DASHBOARD_GOLONGAN, NULL, 0, 0 };
  KrDashboardScope scope;
  g_autofree char *name = NULL;
  guint rows[9], count, in_unit;
  gint64 other;

  kr_database_set_identity (fixture->db, head);
  /* Every unit is the head's own */
  snapshot = load (fixture, 0, KR_DASHBOARD_PART_ALL);
  g_assert_cmpint (snapshot->scope.unit_id, ==, unit);
  name = query_name (fixture->db, "unit", unit);
  g_assert_cmpstr (snapshot->unit_name, ==, name);
  check_snapshot (fixture, snapshot, rows);

  /* The list of every unit for the head is the list of their subtree */
  in_unit = (guint) query_int (fixture->db,
                               "SELECT count (*) FROM employee WHERE golongan = 32 AND status "
                               "NOT IN ('pensiun', 'meninggal', 'diberhentikan', "
                               "'berhenti') AND unit_id IN (WITH RECURSIVE s (id) AS "
                               "(SELECT %lld UNION ALL SELECT c.id FROM unit c JOIN s ON "
                               "c.parent_id = s.id) SELECT id FROM s)",
                               (long long) unit);
  golongan.low = golongan.high = 32;
  kr_dashboard_scope_init (&scope, 0, YEAR);
  page = kr_dashboard_repository_list_employees (fixture->repo, &scope, &golongan, 0, 1000, &count,
                                                 &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, in_unit);
  g_assert_cmpuint (page->len, ==, in_unit);

  /* Another perangkat daerah is refused, for the snapshot and the list */
  other = query_int (fixture->db,
                     "SELECT id FROM unit WHERE kind = 'perangkat_daerah' AND id <> %lld "
                     "LIMIT 1",
                     (long long) unit);
  kr_dashboard_scope_init (&scope, other, YEAR);
  g_clear_pointer (&page, g_ptr_array_unref);
  page = kr_dashboard_repository_list_employees (fixture->repo, &scope, &golongan, 0, 10, &count,
                                                 &error);
  g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
  g_assert_null (page);
  g_clear_error (&error);
  g_clear_pointer (&snapshot, kr_dashboard_snapshot_free);
  snapshot = kr_dashboard_snapshot_new (&scope);
  g_assert_false (
      kr_dashboard_repository_load (fixture->repo, snapshot, KR_DASHBOARD_PART_ALL, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
  g_assert_cmpuint (snapshot->parts, ==, 0);
}

static void
test_parts (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (KrDashboardSnapshot) snapshot = load (fixture, 0, KR_DASHBOARD_PART_PYRAMID);
  g_autoptr (KrDashboardSnapshot) whole = load (fixture, 0, KR_DASHBOARD_PART_ALL);
  KrDashboardPredikat alone;
  KrDashboardScope scope;
  guint year;

  /* Only the part asked for, every unit unnamed */
  g_assert_cmpuint (snapshot->parts, ==, KR_DASHBOARD_PART_PYRAMID);
  g_assert_null (snapshot->unit_name);
  g_assert_cmpint (snapshot->scope.unit_id, ==, 0);
  g_assert_nonnull (snapshot->age_bands);
  g_assert_cmpuint (snapshot->age_bands->len, ==, whole->age_bands->len);
  g_assert_null (snapshot->employee_kinds);
  g_assert_null (snapshot->training);
  g_assert_null (snapshot->trend);
  g_assert_cmpuint (snapshot->talent.total, ==, 0);

  /* Another part added to it keeps the first; the whole has all of them, filled */
  g_assert_true (kr_dashboard_repository_load (
      fixture->repo, snapshot, KR_DASHBOARD_PART_HEADCOUNT | KR_DASHBOARD_PART_TALENT, NULL,
      &error));
  g_assert_no_error (error);
  g_assert_cmpuint (snapshot->parts, ==,
                    KR_DASHBOARD_PART_PYRAMID | KR_DASHBOARD_PART_HEADCOUNT |
                        KR_DASHBOARD_PART_TALENT);
  g_assert_nonnull (snapshot->age_bands);
  g_assert_cmpuint (kr_dashboard_counts_total (snapshot->employee_kinds), ==,
                    kr_dashboard_counts_total (whole->employee_kinds));
  g_assert_cmpuint (snapshot->talent.total, ==, whole->talent.total);
  g_assert_cmpuint (whole->parts, ==, KR_DASHBOARD_PART_ALL);
  g_assert_cmpuint (whole->trend->len, ==, KR_DASHBOARD_TREND_YEARS);
  g_assert_cmpuint (whole->retirements->len, ==, 5);
  g_assert_cmpuint (whole->talent.year, ==, YEAR);
  g_assert_cmpuint (whole->predikat.total, >, 0);
  g_assert_cmpuint (
      g_array_index (whole->trend, KrDashboardPredikat, KR_DASHBOARD_TREND_YEARS - 1).total, ==,
      whole->predikat.total);
  g_assert_cmpuint (whole->training->len, >, 0);
  /* The year's predikat of a perangkat daerah, with its organisation result, as counted alone */
  kr_dashboard_scope_init (&scope, largest_unit (fixture->db), YEAR);
  g_assert_true (kr_dashboard_repository_count_predikat (fixture->repo, &scope, &alone, &error));
  g_assert_no_error (error);
  g_assert_true (alone.has_result);
  g_clear_pointer (&whole, kr_dashboard_snapshot_free);
  whole = load (fixture, scope.unit_id, KR_DASHBOARD_PART_PREDIKAT);
  g_assert_cmpuint (whole->predikat.total, >, 0);
  g_assert_cmpuint (alone.year, ==, whole->predikat.year);
  g_assert_cmpuint (alone.total, ==, whole->predikat.total);
  for (guint p = 0; p < KR_N_PREDIKAT; p++)
    g_assert_cmpuint (alone.counts[p], ==, whole->predikat.counts[p]);
  g_assert_true (whole->predikat.has_result);
  g_assert_cmpint (alone.result, ==, whole->predikat.result);
  g_assert_cmpint (alone.result_unit_id, ==, whole->predikat.result_unit_id);
  g_assert_true (alone.rules == whole->predikat.rules);
  g_assert_cmpuint (alone.n_rules, ==, whole->predikat.n_rules);

  /* Cancelled: nothing changes */
  g_cancellable_cancel (cancellable);
  g_assert_false (kr_dashboard_repository_load (fixture->repo, snapshot, KR_DASHBOARD_PART_ALL,
                                                cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpuint (snapshot->parts, ==,
                    KR_DASHBOARD_PART_PYRAMID | KR_DASHBOARD_PART_HEADCOUNT |
                        KR_DASHBOARD_PART_TALENT);
  g_assert_true (sqlite3_get_autocommit (_kr_database_get_handle (fixture->db)));

  /* A bad year names the field, and leaves the snapshot as it was */
  year = snapshot->scope.year;
  snapshot->scope.year = 1999;
  g_assert_false (
      kr_dashboard_repository_load (fixture->repo, snapshot, KR_DASHBOARD_PART_ALL, NULL, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Year"));
  g_clear_error (&error);
  snapshot->scope.year = year;
  g_assert_nonnull (snapshot->age_bands);

  /* A unit is named; a bad filter is refused naming what is wrong */
  g_clear_pointer (&snapshot, kr_dashboard_snapshot_free);
  snapshot = load (fixture, largest_unit (fixture->db), KR_DASHBOARD_PART_HEADCOUNT);
  g_assert_nonnull (snapshot->unit_name);
  kr_dashboard_scope_init (&scope, 0, YEAR);
  {
    KrDashboardFilter bad_box = { KR_DASHBOARD_TALENT_BOX, NULL, 10, 10 };
    KrDashboardFilter bad_gender = { KR_DASHBOARD_AGE, (char *) "X", 20, 24 };
    GPtrArray *none;

    none = kr_dashboard_repository_list_employees (fixture->repo, &scope, &bad_box, 0, 10, NULL,
                                                   &error);
    g_assert_null (none);
    g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "Box"));
    g_clear_error (&error);
    none = kr_dashboard_repository_list_employees (fixture->repo, &scope, &bad_gender, 0, 10, NULL,
                                                   &error);
    g_assert_null (none);
    g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "Gender"));
  }
}

/* Inside a caller's transaction the load joins it and leaves it open */
static void
test_caller_transaction (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDashboardSnapshot) before = load (fixture, 0, KR_DASHBOARD_PART_HEADCOUNT);
  g_autoptr (KrDashboardSnapshot) during = NULL;
  KrDashboardScope scope;

  g_assert_true (kr_database_begin (fixture->db, &error));
  exec_sql (fixture->db, "UPDATE employee SET status = 'pensiun' WHERE id = (SELECT min (id) "
                         "FROM employee WHERE status = 'aktif')");
  kr_dashboard_scope_init (&scope, 0, YEAR);
  during = kr_dashboard_snapshot_new (&scope);
  g_assert_true (kr_dashboard_repository_load (fixture->repo, during, KR_DASHBOARD_PART_HEADCOUNT,
                                               NULL, &error));
  g_assert_no_error (error);
  g_assert_false (sqlite3_get_autocommit (_kr_database_get_handle (fixture->db)));
  g_assert_cmpuint (kr_dashboard_counts_total (during->employee_kinds) + 1, ==,
                    kr_dashboard_counts_total (before->employee_kinds));
  g_assert_true (kr_database_rollback (fixture->db, &error));
}

/* The rows of dashboard_predikat that differ from the evaluations they count */
static gint64
predikat_drift (KrDatabase *db)
{
  return query_int (
      db, "WITH truth (u, y, p, n) AS (SELECT coalesce (e.unit_id, 0), a.year, ev.predikat, "
          "count (*) FROM appraisal a JOIN appraisal_evaluation ev ON ev.appraisal_id = a.id AND "
          "ev.period = 0 AND ev.state IN ('final', 'objected') AND ev.predikat IS NOT NULL JOIN "
          "employee e ON e.id = a.employee_id GROUP BY 1, 2, 3), kept (u, y, p, n) AS (SELECT "
          "unit_id, year, predikat, n FROM dashboard_predikat WHERE n <> 0) SELECT (SELECT count "
          "(*) FROM (SELECT * FROM truth EXCEPT SELECT * FROM kept)) + (SELECT count (*) FROM "
          "(SELECT * FROM kept EXCEPT SELECT * FROM truth))");
}

static void
check_drift (KrDatabase *db, const char *after)
{
  gint64 drift = predikat_drift (db);

  if (drift != 0)
    g_error ("dashboard_predikat: %lld rows wrong after %s", (long long) drift, after);
}

/* The predikat counts of migration 12 follow every change of what they count */
static void
test_predikat_counts (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KrDatabase *db = fixture->db;
  /* An employee with final evaluations in more than one year */
  gint64 moved = query_int (db, "SELECT a.employee_id FROM appraisal a JOIN appraisal_evaluation "
                                "ev ON ev.appraisal_id = a.id AND ev.period = 0 AND ev.state = "
                                "'final' GROUP BY a.employee_id HAVING count (*) > 1 ORDER BY "
                                "a.employee_id LIMIT 1");
  g_autofree char *sql = NULL;

  g_assert_cmpint (moved, >, 0);
  g_assert_cmpint (query_int (db, "SELECT sum (n) FROM dashboard_predikat"), >, 0);
  check_drift (db, "the demo");
  g_assert_true (kr_database_begin (db, &error));

  /* The unit follows the position history (migration 3) */
  sql = g_strdup_printf ("INSERT INTO position_history (employee_id, position_id, tmt) SELECT "
                         "%lld, p.id, strftime ('%%Y-%%m-%%d', 'now') FROM position p WHERE "
                         "p.unit_id IS NOT (SELECT unit_id FROM employee WHERE id = %lld) "
                         "ORDER BY p.id DESC LIMIT 1",
                         (long long) moved, (long long) moved);
  exec_sql (db, sql);
  g_assert_cmpint (query_int (db,
                              "SELECT count (*) FROM employee WHERE id = %lld AND unit_id = "
                              "(SELECT max (unit_id) FROM position WHERE id = (SELECT max "
                              "(id) FROM position))",
                              (long long) moved),
                   ==, 1);
  check_drift (db, "moving an employee");
  g_free (sql);
  sql =
      g_strdup_printf ("DELETE FROM position_history WHERE employee_id = %lld", (long long) moved);
  exec_sql (db, sql);
  g_assert_cmpint (query_int (db,
                              "SELECT count (*) FROM employee WHERE id = %lld AND unit_id IS "
                              "NULL",
                              (long long) moved),
                   ==, 1);
  check_drift (db, "an employee leaving every unit");

  exec_sql (db, "UPDATE appraisal_evaluation SET state = 'final' WHERE id IN (SELECT id FROM "
                "appraisal_evaluation WHERE period = 0 AND state <> 'final' AND predikat IS NOT "
                "NULL LIMIT 3)");
  check_drift (db, "evaluations becoming final");
  exec_sql (db, "UPDATE appraisal_evaluation SET predikat = 'kurang' WHERE id IN (SELECT id FROM "
                "appraisal_evaluation WHERE period = 0 AND state = 'objected' LIMIT 3)");
  check_drift (db, "a predikat changed");
  exec_sql (db, "UPDATE appraisal SET year = year + 20, period_start = (year + 20) || '-01-01', "
                "period_end = (year + 20) || '-12-31' WHERE id = (SELECT appraisal_id FROM "
                "appraisal_evaluation WHERE period = 0 AND state = 'final' LIMIT 1)");
  check_drift (db, "an appraisal's year changed");
  exec_sql (db, "DELETE FROM appraisal_evaluation WHERE id = (SELECT max (id) FROM "
                "appraisal_evaluation WHERE period = 0 AND state = 'final')");
  check_drift (db, "an evaluation deleted");
  exec_sql (db, "DELETE FROM appraisal WHERE id = (SELECT min (appraisal_id) FROM "
                "appraisal_evaluation WHERE period = 0 AND state = 'final')");
  check_drift (db, "an appraisal deleted");
  exec_sql (db, "INSERT INTO appraisal (employee_id, year, cycle, period_start, period_end) "
                "SELECT min (id), 2030, 'quarterly', '2030-01-01', '2030-12-31' FROM employee");
  exec_sql (db, "INSERT INTO appraisal_evaluation (appraisal_id, period, state, results_rating, "
                "behaviour_rating, predikat) SELECT max (id), 0, 'final', 'as_expected', "
                "'as_expected', 'baik' FROM appraisal");
  check_drift (db, "an evaluation added");
  g_free (sql);
  sql = g_strdup_printf ("DELETE FROM employee WHERE id = %lld", (long long) moved);
  exec_sql (db, sql);
  check_drift (db, "an employee deleted");
  g_assert_true (kr_database_rollback (db, &error));
  check_drift (db, "a rollback");
}

/* Migration 12: the indexes are there, and the pyramid and the predikat read them */
static void
test_indexes (Fixture *fixture, gconstpointer data)
{
  static const char *const names[] = {
    "employee_dashboard_idx",    "appraisal_evaluation_dashboard_idx", "training_record_year_idx",
    "training_session_year_idx", "talent_assessment_potential_idx",    "rank_history_tmt_idx"
  };

  g_assert_cmpint (kr_database_get_schema_version (fixture->db), >=, 12);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (query_int (fixture->db,
                   "SELECT count (*) FROM sqlite_master WHERE type = 'index' AND name = "
                   "'%s'",
                   names[i]) != 1)
      g_error ("index %s missing", names[i]);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  GDate today;
  KrDemoOptions options = { .n_employees = N_EMPLOYEES,
                            .seed = 8,
                            .today = &today,
                            .appraisals = KR_DEMO_APPRAISALS_ALL,
                            .training = KR_DEMO_TRAINING_ALL };
  int rc;

  g_test_init (&argc, &argv, NULL);

  demo_db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, G_DATE_JULY, 2025);
  g_assert_true (kr_demo_generate (demo_db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  /* Some out of service or on leave, who count in some rows and not in others */
  exec_sql (demo_db, "UPDATE employee SET status = CASE id % 3 WHEN 0 THEN 'pensiun' WHEN 1 "
                     "THEN 'cltn' ELSE 'meninggal' END WHERE id % 17 = 0");
  /* The demo has no effective promotions: some in two periods */
  exec_sql (demo_db, "INSERT INTO promotion (employee_id, kind, period, from_golongan, "
                     "to_golongan, stage, sk_number, sk_date, tmt) SELECT id, 'reguler', CASE id "
                     "% 2 WHEN 0 THEN '2024-04-01' ELSE '2024-10-01' END, golongan, golongan + 1, "
                     "'effective', 'SK-' || id, '2024-03-01', '2024-04-01' "
                     "FROM employee WHERE kind = 'pns' AND golongan BETWEEN 31 AND 33 AND id % 5 "
                     "= 0");

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/dashboard-load/every-row", test_every_row);
  ADD ("/dashboard-load/unit-head", test_unit_head);
  ADD ("/dashboard-load/parts", test_parts);
  ADD ("/dashboard-load/caller-transaction", test_caller_transaction);
  ADD ("/dashboard-load/indexes", test_indexes);
  ADD ("/dashboard-load/predikat-counts", test_predikat_counts);
#undef ADD

  rc = g_test_run ();
  g_assert_finalize_object (demo_db);
  return rc;
}
