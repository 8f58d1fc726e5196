/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-permissions"

#include "config.h"

#include <string.h>

#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-demo.h"
#include "kr-duk.h"
#include "kr-employee-export.h"
#include "kr-employee-list.h"
#include "kr-employee-query.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-identity.h"
#include "kr-siasn-import.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

/* Every role against every kind of data the repositories hold (kr-identity.h): the checks
 * are in the repositories, so these tests call them directly, as any program would. The
 * database is a demo province; a unit head leads one perangkat daerah of it. */

typedef struct
{
  char *dir;
  KrDatabase *db;
  KrUnitRepository *units;
  KrEmployeeRepository *employees;
  gint64 scope;       /* the perangkat daerah the unit head leads */
  gint64 n_total;     /* employees */
  gint64 n_in_scope;  /* employees of the scope's subtree */
  gint64 inside;      /* an employee of the subtree */
  gint64 outside;     /* an employee elsewhere */
  gint64 other_unit;  /* a perangkat daerah outside the scope */
  gint64 position_id; /* a position of the scope's subtree */
} Fixture;

static gint64
query_int (KrDatabase *db, const char *sql, gint64 parameter)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  if (parameter != 0)
    sqlite3_bind_int64 (stmt, 1, parameter);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

#define SUBTREE                                                                                    \
  "WITH RECURSIVE s (id) AS (SELECT ?1 UNION ALL SELECT u.id FROM unit u JOIN s ON "               \
  "u.parent_id = s.id) "

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  GDate today;
  KrDemoOptions options = {
    .n_employees = 400, .seed = 7, .today = &today, .appraisals = KR_DEMO_APPRAISALS_NONE
  };

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, G_DATE_JULY, 2026);
  fixture->dir = kr_test_make_tmp_dir ("karier-permissions-XXXXXX");
  path = g_build_filename (fixture->dir, "karier.db", NULL);
  fixture->db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (kr_demo_generate (fixture->db, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  fixture->units = kr_unit_repository_new (fixture->db);
  fixture->employees = kr_employee_repository_new (fixture->db);

  /* The perangkat daerah with the most employees, and another one. */
  fixture->scope = query_int (
      fixture->db,
      "SELECT pd.id FROM unit pd WHERE pd.kind = 'perangkat_daerah' ORDER BY (WITH RECURSIVE "
      "s (id) AS (SELECT pd.id UNION ALL SELECT u.id FROM unit u JOIN s ON u.parent_id = s.id) "
      "SELECT count(*) FROM employee WHERE unit_id IN s) DESC, pd.id LIMIT 1",
      0);
  fixture->other_unit = query_int (
      fixture->db,
      "SELECT id FROM unit WHERE kind = 'perangkat_daerah' AND id <> ?1 ORDER BY id LIMIT 1",
      fixture->scope);
  fixture->n_total = query_int (fixture->db, "SELECT count(*) FROM employee", 0);
  fixture->n_in_scope = query_int (
      fixture->db, SUBTREE "SELECT count(*) FROM employee WHERE unit_id IN s", fixture->scope);
  fixture->inside = query_int (
      fixture->db, SUBTREE "SELECT min(id) FROM employee WHERE unit_id IN s", fixture->scope);
  fixture->outside = query_int (
      fixture->db, SUBTREE "SELECT min(id) FROM employee WHERE unit_id NOT IN s", fixture->scope);
  fixture->position_id = query_int (
      fixture->db, SUBTREE "SELECT min(id) FROM position WHERE unit_id IN s", fixture->scope);
  g_assert_cmpint (fixture->n_in_scope, >, 0);
  g_assert_cmpint (fixture->n_in_scope, <, fixture->n_total);
  g_assert_cmpint (fixture->outside, >, 0);

  /* Accounts make the database refuse whoever has not signed in. */
  g_assert_cmpint (sqlite3_exec (_kr_database_get_handle (fixture->db),
                                 "INSERT INTO account (user_name, display_name, role, "
                                 "password_hash, created_at) VALUES ('admin', 'Admin', "
                                 "'administrator', '$argon2id$v=19$test', '2026-07-01')",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  *_kr_database_get_has_accounts_cache (fixture->db) = -1;
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->employees);
  g_clear_object (&fixture->units);
  g_assert_finalize_object (fixture->db);
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
sign_in (Fixture *fixture, KrRole role)
{
  g_autoptr (KrIdentity) identity = kr_identity_new (
      1, "someone", "Someone", role, role == KR_ROLE_UNIT_HEAD ? fixture->scope : 0);

  kr_database_set_identity (fixture->db, identity);
}

static void
assert_denied (GError *error)
{
  g_assert_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (error->message);
  g_assert_cmpstr (error->message, !=, "");
}

/* Whether reading employee @id is allowed. */
static gboolean
can_read (Fixture *fixture, gint64 id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = kr_employee_repository_get (fixture->employees, id, &error);
  g_autoptr (GPtrArray) ranks = NULL;
  g_autoptr (GError) history_error = NULL;

  ranks = kr_employee_repository_list_ranks (fixture->employees, id, &history_error);
  g_assert_true ((employee != NULL) == (ranks != NULL));
  if (employee == NULL)
    {
      assert_denied (error);
      assert_denied (history_error);
      return FALSE;
    }
  g_clear_object (&employee);
  /* The same by NIP. */
  {
    g_autoptr (KrEmployee) again = kr_employee_repository_get (fixture->employees, id, NULL);
    g_autoptr (KrEmployee) by_nip =
        kr_employee_repository_get_by_nip (fixture->employees, kr_employee_get_nip (again), NULL);

    g_assert_nonnull (by_nip);
  }
  return TRUE;
}

static gint64
list_count (Fixture *fixture, gint64 unit_filter, GError **error)
{
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  g_autoptr (KrEmployeeList) list = NULL;

  kr_employee_query_set_unit (query, unit_filter);
  list = kr_employee_list_new (fixture->employees, query);
  kr_employee_list_get_error (list, error);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

/* The number of data lines of a CSV export of everyone. */
static gint64
export_count (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr (KrEmployeeQuery) query = kr_employee_query_new ();
  const char *data;
  gint64 lines = 0;

  g_assert_true (kr_employee_export_csv (fixture->employees, fixture->units, query, stream, 0, NULL,
                                         NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (stream, "", 1, NULL, NULL, NULL));
  data = g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream));
  for (const char *p = data; *p != '\0'; p++)
    lines += *p == '\n';
  return lines - 1; /* the header */
}

static gboolean
count_duk_row (const KrDukRow *row, gpointer user_data)
{
  (*(gint64 *) user_data)++;
  return TRUE;
}

/* Reads employee @id whoever is signed in, as an administrator would. */
static KrEmployee *
get_as_administrator (Fixture *fixture, gint64 id)
{
  KrIdentity *saved = kr_database_get_identity (fixture->db);
  g_autoptr (KrIdentity) keep = saved != NULL ? kr_identity_ref (saved) : NULL;
  g_autoptr (KrIdentity) admin = kr_identity_new (1, "admin", NULL, KR_ROLE_ADMINISTRATOR, 0);
  KrEmployee *employee;

  kr_database_set_identity (fixture->db, admin);
  employee = kr_employee_repository_get (fixture->employees, id, NULL);
  kr_database_set_identity (fixture->db, keep);
  g_assert_nonnull (employee);
  return employee;
}

/* Tries one write of each kind; returns how many were allowed. All are undone. */
static guint
try_writes (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrEmployee) employee = get_as_administrator (fixture, fixture->inside);
  g_autoptr (KrPositionRecord) position = kr_position_record_new ();
  g_autoptr (KrSiasnImporter) importer = kr_siasn_importer_new (fixture->db);
  g_autoptr (GFile) file = NULL;
  g_autofree char *csv = g_build_filename (fixture->dir, "one.csv", NULL);
  guint allowed = 0;

  if (kr_employee_repository_begin_bulk (fixture->employees, &error))
    {
      allowed++;
      g_assert_true (kr_employee_repository_end_bulk (fixture->employees, FALSE, NULL));
    }
  else
    assert_denied (error);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (csv, "nip_baru,nama\n", -1, NULL));
  file = g_file_new_for_path (csv);
  if (kr_siasn_importer_analyse (importer, file, NULL, NULL, NULL, &error) ||
      !g_error_matches (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED))
    allowed++;
  g_clear_error (&error);

  g_assert_true (kr_database_begin (fixture->db, NULL));
  kr_employee_set_name (employee, "Nama Baru");
  if (kr_employee_repository_update (fixture->employees, employee, NULL, &error))
    allowed++;
  else
    assert_denied (error);
  g_clear_error (&error);

  if (kr_employee_repository_delete_history (fixture->employees, KR_HISTORY_AWARD, 1, &error) ||
      !g_error_matches (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED))
    allowed++;
  g_clear_error (&error);

  if (kr_employee_repository_delete (fixture->employees, kr_employee_get_id (employee), &error))
    allowed++;
  else
    assert_denied (error);
  g_clear_error (&error);

  if (kr_unit_repository_rename (fixture->units, fixture->scope, "Dinas Baru", &error))
    allowed++;
  else
    assert_denied (error);
  g_clear_error (&error);

  position->unit_id = fixture->scope;
  position->name = g_strdup ("Analis Baru");
  position->kind = KR_POSITION_KIND_PELAKSANA;
  if (kr_unit_repository_add_position (fixture->units, position, &error))
    allowed++;
  else
    assert_denied (error);
  g_clear_error (&error);

  g_assert_true (kr_database_rollback (fixture->db, NULL));
  return allowed;
}

/* A database without accounts is open to whoever opens it; with accounts, to nobody who has
 * not signed in. */
static void
test_nobody (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found = NULL;
  g_autoptr (KrUnit) unit = NULL;
  gint64 n_duk = 0;

  g_assert_false (can_read (fixture, fixture->inside));
  g_assert_cmpint (list_count (fixture, 0, &error), ==, 0);
  assert_denied (error);
  g_clear_error (&error);
  found = kr_employee_repository_search (fixture->employees, "a", 10, &error);
  g_assert_null (found);
  assert_denied (error);
  g_clear_error (&error);
  unit = kr_unit_repository_get (fixture->units, fixture->scope, &error);
  g_assert_null (unit);
  assert_denied (error);
  g_clear_error (&error);
  g_assert_false (kr_duk_foreach (fixture->db, 0, NULL, count_duk_row, &n_duk, &error));
  assert_denied (error);
  g_clear_error (&error);
  g_assert_cmpuint (try_writes (fixture), ==, 0);

  /* Without accounts, everything. */
  g_assert_cmpint (
      sqlite3_exec (_kr_database_get_handle (fixture->db), "DELETE FROM account", NULL, NULL, NULL),
      ==, SQLITE_OK);
  *_kr_database_get_has_accounts_cache (fixture->db) = -1;
  g_assert_true (can_read (fixture, fixture->outside));
  g_assert_cmpint (list_count (fixture, 0, NULL), ==, fixture->n_total);
  g_assert_cmpuint (try_writes (fixture), ==, 7);
}

/* Administrators and HR operators read and write everything. */
static void
test_writers (Fixture *fixture, gconstpointer data)
{
  const KrRole roles[] = { KR_ROLE_ADMINISTRATOR, KR_ROLE_HR_OPERATOR };

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      gint64 n_duk = 0;

      sign_in (fixture, roles[i]);
      g_assert_true (can_read (fixture, fixture->inside));
      g_assert_true (can_read (fixture, fixture->outside));
      g_assert_cmpint (list_count (fixture, 0, NULL), ==, fixture->n_total);
      g_assert_cmpint (export_count (fixture), ==, fixture->n_total);
      g_assert_true (kr_duk_foreach (fixture->db, 0, NULL, count_duk_row, &n_duk, NULL));
      g_assert_cmpint (n_duk, >, 0);
      g_assert_cmpuint (try_writes (fixture), ==, 7);
    }
}

/* A viewer reads everything and writes nothing. */
static void
test_viewer (Fixture *fixture, gconstpointer data)
{
  sign_in (fixture, KR_ROLE_VIEWER);
  g_assert_true (can_read (fixture, fixture->inside));
  g_assert_true (can_read (fixture, fixture->outside));
  g_assert_cmpint (list_count (fixture, 0, NULL), ==, fixture->n_total);
  g_assert_cmpint (export_count (fixture), ==, fixture->n_total);
  g_assert_cmpuint (try_writes (fixture), ==, 0);
}

/* A unit head reads the employees of the subtree they lead, nobody else, and writes
 * nothing. */
static void
test_unit_head (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found = NULL;
  gint64 n_duk = 0;
  gint64 n_found_outside = 0;

  sign_in (fixture, KR_ROLE_UNIT_HEAD);
  g_assert_true (can_read (fixture, fixture->inside));
  g_assert_false (can_read (fixture, fixture->outside));

  /* The list, its unit filter, the export and the DUK hold only the subtree. */
  g_assert_cmpint (list_count (fixture, 0, NULL), ==, fixture->n_in_scope);
  g_assert_cmpint (list_count (fixture, fixture->scope, NULL), ==, fixture->n_in_scope);
  g_assert_cmpint (list_count (fixture, fixture->other_unit, NULL), ==, 0);
  g_assert_cmpint (export_count (fixture), ==, fixture->n_in_scope);
  g_assert_true (kr_duk_foreach (fixture->db, 0, NULL, count_duk_row, &n_duk, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_duk, <=, fixture->n_in_scope);
  g_assert_cmpint (n_duk, >, 0);
  g_assert_false (
      kr_duk_foreach (fixture->db, fixture->other_unit, NULL, count_duk_row, &n_duk, &error));
  assert_denied (error);
  g_clear_error (&error);

  /* Search finds only the subtree. */
  found = kr_employee_repository_search (fixture->employees, "a", 1000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, >, 0);
  for (guint i = 0; i < found->len; i++)
    n_found_outside += !can_read (fixture, kr_employee_get_id (found->pdata[i]));
  g_assert_cmpint (n_found_outside, ==, 0);

  /* The organisation is readable, not writable. */
  {
    g_autoptr (KrUnit) unit = kr_unit_repository_get (fixture->units, fixture->other_unit, NULL);

    g_assert_nonnull (unit);
  }
  g_assert_cmpuint (try_writes (fixture), ==, 0);
}

static void
add_test (const char *path, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  add_test ("/permissions/nobody", test_nobody);
  add_test ("/permissions/writers", test_writers);
  add_test ("/permissions/viewer", test_viewer);
  add_test ("/permissions/unit-head", test_unit_head);

  return g_test_run ();
}
