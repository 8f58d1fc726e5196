/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-tool-audit"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <gio/gio.h>
#include <sodium.h>

#include "kr-account-repository-private.h"
#include "kr-audit.h"
#include "kr-database-private.h"
#include "kr-test-tool.h"
#include "kr-test-utils.h"

/* `karier-tool audit verify|list|export`, end to end, on a small demo province. */

#define ADMIN_PASSWORD "jejak-audit-rahasia"

typedef KrToolFixture Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_set_up (fixture, "kr-tool-audit-XXXXXX", NULL);
  kr_tool_fixture_run (fixture, NULL, "demo", "--employees", "30", fixture->path, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_tear_down (fixture);
}

/* The first integer of @sql, read through a Karier connection. */
static gint64
query_int (Fixture *fixture, const char *sql)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (Fixture *fixture, const char *sql)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

/* What the sqlite3 shell would do: a plain connection, no Karier functions. */
static void
exec_plain (Fixture *fixture, const char *sql)
{
  sqlite3 *plain = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &plain, SQLITE_OPEN_READWRITE, NULL), ==,
                   SQLITE_OK);
  if (sqlite3_exec (plain, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (plain), ==, SQLITE_OK);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

static void
test_help (Fixture *fixture, gconstpointer data)
{
  kr_tool_fixture_run (fixture, NULL, "--help", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "audit");
  kr_tool_fixture_run (fixture, NULL, "audit", "--help", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "verify");
  kr_test_assert_contains (fixture->out, "export");
  kr_tool_fixture_run (fixture, NULL, "audit", "verify", "--help", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "--as");
  kr_tool_fixture_run (fixture, NULL, "audit", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "missing subcommand");
  kr_tool_fixture_run (fixture, NULL, "audit", "erase", fixture->path, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "unknown subcommand “erase”");
  kr_tool_fixture_run (fixture, NULL, "audit", "verify", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "missing argument DATABASE");
  kr_tool_fixture_run (fixture, NULL, "audit", "export", fixture->path, NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "missing argument FILE");
}

static void
test_verify_whole (Fixture *fixture, gconstpointer data)
{
  g_autofree char *expected = NULL;
  g_autofree char *head = query_text (fixture, "SELECT last_hash FROM audit_state");
  gint64 n = query_int (fixture, "SELECT count(*) FROM audit_log");

  g_assert_cmpint (n, >, 100);
  kr_tool_fixture_run (fixture, NULL, "audit", "verify", fixture->path, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  expected = g_strdup_printf ("The audit trail is whole: %" G_GINT64_FORMAT " records\n", n);
  kr_test_assert_contains (fixture->out, expected);
  kr_test_assert_contains (fixture->out, head);
}

static void
test_verify_broken (Fixture *fixture, gconstpointer data)
{
  g_autofree char *entity = query_text (fixture, "SELECT entity FROM audit_log WHERE id = 5");
  g_autofree char *about =
      g_strdup_printf ("(Added: %s %" G_GINT64_FORMAT ")", kr_audit_entity_get_label (entity),
                       query_int (fixture, "SELECT entity_id FROM audit_log WHERE id = 5"));
  g_autofree char *missing = NULL;
  gint64 n = query_int (fixture, "SELECT count(*) FROM audit_log");

  /* A past record's author changed: named, with its time and what it was about. */
  exec_plain (fixture, "DROP TRIGGER audit_log_no_update; "
                       "UPDATE audit_log SET user_name = 'someone' WHERE id = 5");
  kr_tool_fixture_run (fixture, NULL, "audit", "verify", fixture->path, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->out, "The audit trail is broken at record 5, written ");
  kr_test_assert_contains (fixture->out, about);
  exec_plain (fixture, "UPDATE audit_log SET user_name = NULL WHERE id = 5");
  kr_tool_fixture_run (fixture, NULL, "audit", "verify", fixture->path, NULL);
  kr_tool_fixture_assert_status (fixture, 0);

  /* A record deleted in the middle: the one after it is named. */
  exec_plain (fixture, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = "
                       "(SELECT max(id) FROM audit_log)");
  kr_tool_fixture_run (fixture, NULL, "audit", "verify", fixture->path, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  missing = g_strdup_printf ("broken at record %" G_GINT64_FORMAT ", which is missing", n);
  kr_test_assert_contains (fixture->out, missing);
  exec_plain (fixture, "DELETE FROM audit_log WHERE id = 7");
  kr_tool_fixture_run (fixture, NULL, "audit", "verify", fixture->path, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->out, "broken at record 8, written ");
}

static void
test_list (Fixture *fixture, gconstpointer data)
{
  g_autofree char *nip = query_text (fixture, "SELECT nip FROM employee WHERE id = 3");

  kr_tool_fixture_run (fixture, NULL, "audit", "list", fixture->path, "--limit", "3", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  g_assert_cmpuint (count_lines (fixture->out), ==, 4);
  kr_test_assert_contains (fixture->out, "ID");
  kr_test_assert_contains (fixture->out, "Changes");

  kr_tool_fixture_run (fixture, NULL, "audit", "list", fixture->path, "--entity", "unit",
                       "--action", "insert", "-n", "2", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  g_assert_cmpuint (count_lines (fixture->out), ==, 3);
  kr_test_assert_contains (fixture->out, "Added   Unit");
  kr_test_assert_contains (fixture->out, "code: – → ");

  kr_tool_fixture_run (fixture, NULL, "audit", "list", fixture->path, "--employee", nip, "--limit",
                       "0", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Employee 3");
  kr_test_assert_contains (fixture->out, nip);
  g_assert_cmpuint (
      count_lines (fixture->out), ==,
      1 + query_int (fixture, "SELECT count(*) FROM audit_log WHERE employee_id = 3"));

  kr_tool_fixture_run (fixture, NULL, "audit", "list", fixture->path, "--since", "2000-01-01",
                       "--until", "2000-01-02", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  g_assert_cmpuint (count_lines (fixture->out), ==, 1);

  kr_tool_fixture_run (fixture, NULL, "audit", "list", fixture->path, "--user", "nobody", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  g_assert_cmpuint (count_lines (fixture->out), ==, 1);

  kr_tool_fixture_run (fixture, NULL, "audit", "list", fixture->path, "--entity", "salary", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "unknown entity “salary”");
  kr_tool_fixture_run (fixture, NULL, "audit", "list", fixture->path, "--since", "kemarin", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_test_assert_contains (fixture->err, "--since");
  kr_tool_fixture_run (fixture, NULL, "audit", "list", fixture->path, "--action", "erase", NULL);
  kr_tool_fixture_assert_status (fixture, 2);
  kr_tool_fixture_run (fixture, NULL, "audit", "list", fixture->path, "--employee", "123", NULL);
  kr_tool_fixture_assert_status (fixture, 1);
}

static void
test_export (Fixture *fixture, gconstpointer data)
{
  g_autofree char *csv = g_build_filename (fixture->dir, "audit.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autoptr (GError) error = NULL;
  gint64 n = query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'unit'");

  kr_tool_fixture_run (fixture, NULL, "audit", "export", fixture->path, csv, "--entity", "unit",
                       NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  expected = g_strdup_printf ("Wrote %" G_GINT64_FORMAT " changes to", n);
  kr_test_assert_contains (fixture->out, expected);
  g_assert_true (g_file_get_contents (csv, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"
                                             "id,at,account_id,user_name,action,entity,entity_id,"
                                             "employee_id,changes,prev_hash,hash\r\n"));
  g_assert_cmpuint (count_lines (contents), ==, n + 1);

  /* A file that cannot be written is an error, and leaves nothing behind. */
  kr_tool_fixture_run (fixture, NULL, "audit", "export", fixture->path, "no-such-folder/audit.csv",
                       NULL);
  kr_tool_fixture_assert_status (fixture, 1);
}

/* A database with accounts: verification for anyone, the records for those who sign in. */
static void
test_accounts (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_autoptr (KrAccountRepository) accounts = kr_account_repository_new (db);
  g_autoptr (KrAccount) account = kr_account_new ();

  g_assert_no_error (error);
  _kr_account_repository_set_hash_cost (accounts, crypto_pwhash_OPSLIMIT_MIN,
                                        crypto_pwhash_MEMLIMIT_MIN);
  account->user_name = g_strdup ("admin");
  account->display_name = g_strdup ("Admin");
  account->role = KR_ROLE_ADMINISTRATOR;
  g_assert_cmpint (kr_account_repository_add (accounts, account, ADMIN_PASSWORD, &error), >, 0);
  g_assert_no_error (error);
  g_clear_object (&accounts);
  g_clear_object (&db);

  kr_tool_fixture_run (fixture, NULL, "audit", "verify", fixture->path, NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_tool_fixture_run (fixture, NULL, "audit", "list", fixture->path, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "--as USER");
  kr_tool_fixture_run (fixture, "wrong password\n", "audit", "list", fixture->path, "--as", "admin",
                       NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_tool_fixture_run (fixture, ADMIN_PASSWORD "\n", "audit", "list", fixture->path, "--as",
                       "admin", "--entity", "account", NULL);
  kr_tool_fixture_assert_status (fixture, 0);
  kr_test_assert_contains (fixture->out, "Account 1");
  kr_test_assert_contains (fixture->out, "password_hash: – → [redacted]");
  g_assert_null (strstr (fixture->out, "argon2"));
}

/* A database from before the audit trail is read-only to these commands: they never upgrade
 * it, and say why they cannot help. */
static void
test_old_database (Fixture *fixture, gconstpointer data)
{
  g_autofree char *old = g_build_filename (fixture->dir, "old.db", NULL);
  g_autoptr (GPtrArray) migrations = g_ptr_array_new_with_free_func (g_free);
  KrDatabaseOpenOptions options = { 0 };
  g_autoptr (GError) error = NULL;
  KrDatabase *db;

  for (int version = 1; version <= 6; version++)
    g_ptr_array_add (migrations, _kr_database_dup_migration_sql (version));
  options.migrations = (const char *const *) migrations->pdata;
  options.n_migrations = 6;
  db = _kr_database_open_full (old, KR_DATABASE_FLAGS_NONE, &options, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (db);

  kr_tool_fixture_run (fixture, NULL, "audit", "verify", old, NULL);
  kr_tool_fixture_assert_status (fixture, 1);
  kr_test_assert_contains (fixture->err, "has no audit trail yet");
}

int
main (int argc, char *argv[])
{
  kr_test_tool_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/tool/audit/help", test_help);
  ADD ("/tool/audit/verify-whole", test_verify_whole);
  ADD ("/tool/audit/verify-broken", test_verify_broken);
  ADD ("/tool/audit/list", test_list);
  ADD ("/tool/audit/export", test_export);
  ADD ("/tool/audit/accounts", test_accounts);
  ADD ("/tool/audit/old-database", test_old_database);
#undef ADD
  return g_test_run ();
}
