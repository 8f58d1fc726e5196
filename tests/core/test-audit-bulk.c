/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-audit-bulk"

#include "config.h"

#include <string.h>

#include "kr-audit.h"
#include "kr-database-private.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-test-utils.h"

/* The audit records of a bulk load, written at its end (kr-audit-bulk.c,
 * migrations/0014-bulk-audit.sql): the same records as the triggers write row by row, none
 * for what the load changed of its own rows before the end, chained and verified, and
 * nothing of a load that fails. */

typedef struct
{
  char *dir;
  KrDatabase *bulk;
  KrDatabase *rows;
} Fixture;

static KrDatabase *
open_db (Fixture *fixture, const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr (GError) error = NULL;
  KrDatabase *db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);

  g_assert_no_error (error);
  return db;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = kr_test_make_tmp_dir ("karier-audit-bulk-XXXXXX");
  fixture->bulk = open_db (fixture, "bulk.db");
  fixture->rows = open_db (fixture, "rows.db");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_assert_finalize_object (fixture->bulk);
  g_assert_finalize_object (fixture->rows);
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
exec (KrDatabase *db, const char *sql)
{
  kr_test_execf (_kr_database_get_handle (db), "%s", sql);
}

static gint64
query_int (KrDatabase *db, const char *sql)
{
  return kr_test_query_int (_kr_database_get_handle (db), sql);
}

/* Every record but its time and hashes, one per line, in the order of @order_by */
static char *
dump_records (KrDatabase *db, const char *order_by)
{
  g_autofree char *sql = g_strdup_printf (
      "SELECT group_concat (quote (account_id) || ' ' || quote (user_name) || ' ' || action || "
      "' ' || entity || ' ' || entity_id || ' ' || quote (employee_id) || ' ' || changes, "
      "char (10)) FROM (SELECT * FROM audit_log ORDER BY %s)",
      order_by);
  sqlite3_stmt *stmt = NULL;
  char *dump;

  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  dump = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return dump;
}

static void
assert_whole (KrDatabase *db, guint64 n_records)
{
  g_autoptr (GError) error = NULL;
  gint64 broken = -1;
  guint64 n_checked = 0;

  g_assert_true (kr_audit_verify (db, &broken, &n_checked, &error));
  g_assert_no_error (error);
  g_assert_cmpint (broken, ==, 0);
  g_assert_cmpuint (n_checked, ==, n_records);
}

static void
sign_in (KrDatabase *db)
{
  g_autoptr (KrIdentity) identity =
      kr_identity_new (7, "ani \"operator\"", NULL, KR_ROLE_ADMINISTRATOR, 0);

  kr_database_set_identity (db, identity);
}

static void
begin_bulk (KrEmployeeRepository *employees)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (kr_employee_repository_begin_bulk (employees, &error));
  g_assert_no_error (error);
}

static void
end_bulk (KrEmployeeRepository *employees)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (kr_employee_repository_end_bulk (employees, TRUE, &error));
  g_assert_no_error (error);
}

static const char sql_organisation[] =
    "INSERT INTO unit (id, code, name, kind) VALUES (1, 'NS', 'Provinsi', 'instansi');"
    "INSERT INTO position (id, unit_id, name, kind) VALUES (1, 1, 'Analis', 'pelaksana');";

/* Employee @id with a row of every history, in values that JSON must escape: quotes,
 * backslashes, control characters, non-ASCII text, a number that is not whole. */
static char *
employees_sql (gint64 first, gint64 last)
{
  GString *sql = g_string_new (NULL);

  for (gint64 id = first; id <= last; id++)
    g_string_append_printf (
        sql,
        "INSERT INTO employee (id, nip, name, title_back, birth_place, birth_date, gender, "
        "religion, nik, address, kind, tmt_cpns) VALUES (%1$" G_GINT64_FORMAT
        ", '198001012005%1$06" G_GINT64_FORMAT "', 'Dewi \"Sri\" O''Brien', 'S.Kom', "
        "'Bandar Lampung', '1980-01-01', 'F', 'islam', '3171010101%1$06" G_GINT64_FORMAT
        "', 'Jl. Merdeka\\5' || char (10) || 'RT 01' || char (9) || char (1) || ' ÿ€ 😀', "
        "'pns', '2005-01-01');"
        "INSERT INTO rank_history (employee_id, golongan, promotion_kind, tmt, sk_number) "
        "VALUES (%1$" G_GINT64_FORMAT
        ", 31, 'pengangkatan', '2005-01-01', '800/\"%1$" G_GINT64_FORMAT "\"');"
        "INSERT INTO position_history (employee_id, position_id, tmt) VALUES (%1$" G_GINT64_FORMAT
        ", 1, '2005-01-01');"
        "INSERT INTO education_history (employee_id, level, institution, major, graduation_year) "
        "VALUES (%1$" G_GINT64_FORMAT ", 's1', 'Universitas Lampung', 'Ilmu' || char (13) || "
        "char (12) || char (8) || 'Komputer', 2003.5);"
        "INSERT INTO discipline_history (employee_id, level, sanction, regulation, tmt) VALUES "
        "(%1$" G_GINT64_FORMAT ", 'ringan', 'Teguran lisan', 'PP 94/2021', '2020-03-01');"
        "INSERT INTO award_history (employee_id, kind, name, year) VALUES (%1$" G_GINT64_FORMAT
        ", 'other', 'Pegawai Teladan', 2019);",
        id);
  return g_string_free (sql, FALSE);
}

/* A bulk load records what the insert triggers record, row for row: the same fields, the
 * same JSON text, the same author. */
static void
test_same_as_triggers (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (fixture->bulk);
  g_autofree char *settled = employees_sql (1, 2);
  g_autofree char *added = employees_sql (3, 6);
  g_autofree char *bulk_records = NULL;
  g_autofree char *row_records = NULL;
  g_autofree char *bulk_order = NULL;

  sign_in (fixture->bulk);
  sign_in (fixture->rows);
  exec (fixture->bulk, sql_organisation);
  exec (fixture->rows, sql_organisation);
  exec (fixture->bulk, settled);
  exec (fixture->rows, settled);

  begin_bulk (employees);
  exec (fixture->bulk, added);
  /* Not recorded yet: the triggers leave the load's own rows to its end. */
  g_assert_cmpint (query_int (fixture->bulk, "SELECT count(*) FROM audit_log"), ==, 2 + 2 * 6);
  end_bulk (employees);
  exec (fixture->rows, added);

  g_assert_cmpint (query_int (fixture->bulk, "SELECT count(*) FROM audit_log"), ==, 2 + 6 * 6);
  bulk_records = dump_records (fixture->bulk, "entity, entity_id");
  row_records = dump_records (fixture->rows, "entity, entity_id");
  g_assert_cmpstr (bulk_records, ==, row_records);
  g_assert_nonnull (strstr (bulk_records, "\"graduation_year\":[null,2003.5]"));
  g_assert_nonnull (strstr (bulk_records, "Jl. Merdeka\\\\5\\nRT 01\\t\\u0001 ÿ€ 😀"));
  g_assert_nonnull (strstr (bulk_records, "Ilmu\\r\\f\\bKomputer"));
  g_assert_nonnull (strstr (bulk_records, "7 'ani \"operator\"' insert employee 6 6 "));
  assert_whole (fixture->bulk, 2 + 6 * 6);
  assert_whole (fixture->rows, 2 + 6 * 6);

  /* The load's records come table by table, employee by employee, after what came before. */
  bulk_order = dump_records (fixture->bulk, "id");
  g_assert_true (
      g_str_has_prefix (strstr (bulk_order, "insert employee 3 3"), "insert employee 3 3"));
  g_assert_cmpint (
      query_int (fixture->bulk, "SELECT max (id) FROM audit_log WHERE entity = 'employee'"), <,
      query_int (fixture->bulk, "SELECT min (id) FROM audit_log WHERE entity = "
                                "'rank_history' AND employee_id > 2"));

  /* Writes after the load are recorded by the triggers again, chained on. */
  exec (fixture->bulk, "UPDATE employee SET name = 'Dewi' WHERE id = 5");
  g_assert_cmpint (query_int (fixture->bulk, "SELECT count(*) FROM audit_log WHERE action = "
                                             "'update' AND entity_id = 5"),
                   ==, 1);
  assert_whole (fixture->bulk, 2 + 6 * 6 + 1);
}

/* What a load changes of its own rows before its end leaves no record of its own: the
 * insert record shows the row as committed. Rows of employees from before the load are
 * recorded as they change. */
static void
test_within_load (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->bulk;
  g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (db);
  g_autofree char *settled = employees_sql (1, 1);
  g_autofree char *added = employees_sql (2, 3);

  exec (db, sql_organisation);
  exec (db, settled);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit_log"), ==, 2 + 6);

  begin_bulk (employees);
  exec (db, added);
  exec (db, "UPDATE employee SET name = 'Dewi Lestari' WHERE id IN (1, 2);"
            "UPDATE rank_history SET golongan = 32 WHERE employee_id IN (1, 2);"
            "DELETE FROM award_history WHERE employee_id IN (1, 3);"
            "DELETE FROM employee WHERE id = 3;"
            "INSERT INTO award_history (employee_id, kind, name, year) "
            "VALUES (1, 'satyalancana_x', 'Satyalancana Karya Satya X Tahun', 2015)");
  end_bulk (employees);

  /* Employee 1: its update, its rank's update, its award's delete, its new award. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit_log WHERE employee_id = 1"), ==,
                   6 + 4);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit_log WHERE employee_id = 1 AND "
                                  "action = 'update'"),
                   ==, 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit_log WHERE employee_id = 1 AND "
                                  "action = 'delete' AND entity = 'award_history'"),
                   ==, 1);
  /* Employee 2: six inserts, as committed; employee 3 never existed outside the load. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit_log WHERE employee_id = 2"), ==, 6);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit_log WHERE employee_id = 2 AND "
                                  "action = 'insert'"),
                   ==, 6);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit_log WHERE employee_id = 2 AND "
                                  "changes LIKE '%\"name\":[null,\"Dewi Lestari\"]%'"),
                   ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit_log WHERE employee_id = 2 AND "
                                  "changes LIKE '%\"golongan\":[null,32]%'"),
                   ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit_log WHERE employee_id = 3"), ==, 0);
  assert_whole (db, 2 + 6 + 4 + 6);
}

/* A value JSON cannot hold fails the load's end, as the trigger fails the write; nothing
 * of the load stays, and the trail is as before. */
static void
test_failure (Fixture *fixture, gconstpointer data)
{
  KrDatabase *db = fixture->bulk;
  g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (db);
  g_autofree char *added = employees_sql (1, 2);
  g_autoptr (GError) error = NULL;
  char *message = NULL;

  exec (db, sql_organisation);
  g_assert_cmpint (sqlite3_exec (_kr_database_get_handle (db),
                                 "INSERT INTO employee (nip, name, birth_date, gender, kind, "
                                 "address) VALUES ('198001012005011099', 'A', '1980-01-01', "
                                 "'M', 'pns', x'00')",
                                 NULL, NULL, &message),
                   ==, SQLITE_ERROR);
  sqlite3_free (message);

  begin_bulk (employees);
  exec (db, added);
  exec (db, "UPDATE employee SET address = x'0102' WHERE id = 2");
  g_assert_false (kr_employee_repository_end_bulk (employees, TRUE, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_STORAGE);
  g_assert_nonnull (strstr (error->message, "bulk.db"));

  g_assert_cmpint (query_int (db, "SELECT count(*) FROM employee"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT settled_up_to FROM employee_bulk_state"), ==, G_MAXINT64);
  assert_whole (db, 2);
}

/* Pages the connection of @db read from its cache or the file since the last call */
static gint64
take_page_reads (KrDatabase *db)
{
  int hits = 0, misses = 0, highest = 0;

  sqlite3_db_status (_kr_database_get_handle (db), SQLITE_DBSTATUS_CACHE_HIT, &hits, &highest,
                     TRUE);
  sqlite3_db_status (_kr_database_get_handle (db), SQLITE_DBSTATUS_CACHE_MISS, &misses, &highest,
                     TRUE);
  return hits + misses;
}

/* Pages read by a bulk load that adds employee @id with its histories to @db */
static gint64
add_one (KrDatabase *db, gint64 id)
{
  g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (db);
  g_autofree char *sql = employees_sql (id, id);

  begin_bulk (employees);
  exec (db, sql);
  take_page_reads (db);
  end_bulk (employees);
  return take_page_reads (db);
}

/* A file of @n employees and their histories, loaded in bulk */
static void
load (KrDatabase *db, gint64 n)
{
  g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (db);
  g_autofree char *sql = employees_sql (1, n);

  exec (db, sql_organisation);
  begin_bulk (employees);
  exec (db, sql);
  end_bulk (employees);
}

/* The end of a bulk load reads the rows the load added, found by their employees, not every
 * row of a table or every employee of a view: adding one employee (as the editor does) beside
 * ten times as many reads about as many pages. Reading a whole history table of 3,000 rows,
 * or the active employees along the status index, adds more pages than the bound. */
static void
test_reads_what_was_added (Fixture *fixture, gconstpointer data)
{
  gint64 small, large;

  load (fixture->rows, 300);
  load (fixture->bulk, 3000);
  small = add_one (fixture->rows, 301);
  large = add_one (fixture->bulk, 3001);
  g_test_message ("pages read: %" G_GINT64_FORMAT " beside 300 employees, %" G_GINT64_FORMAT
                  " beside 3,000",
                  small, large);
  g_assert_cmpint (large, <, small + 30);
  assert_whole (fixture->bulk, 2 + 3001 * 6);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/audit-bulk/same-as-triggers", test_same_as_triggers);
  ADD ("/audit-bulk/within-load", test_within_load);
  ADD ("/audit-bulk/failure", test_failure);
  ADD ("/audit-bulk/reads-what-was-added", test_reads_what_was_added);
#undef ADD
  return g_test_run ();
}
