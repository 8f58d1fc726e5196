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
#include "kr-test-utils.h"

/* `karier-tool audit verify|list|export`, end to end, on a small demo province. */

static const char *tool_path;

#define ADMIN_PASSWORD "jejak-audit-rahasia"

typedef struct
{
  char *dir;
  char *path;
  int status;
  char *out;
  char *err;
} Fixture;

/* Runs karier-tool in the fixture's folder with @input (nullable) on its standard input and
 * the arguments up to NULL, keeping the exit status and the output. */
static void
run_tool (Fixture *fixture, const char *input, ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GSubprocessLauncher) launcher = NULL;
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (char *) tool_path);
  va_start (args, input);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_clear_pointer (&fixture->out, g_free);
  g_clear_pointer (&fixture->err, g_free);
  launcher =
      g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                 G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, fixture->dir);
  process = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input != NULL ? input : "", NULL, &fixture->out,
                                 &fixture->err, &error);
  g_assert_no_error (error);
  g_test_message ("stdout: %s\nstderr: %s", fixture->out, fixture->err);
  /* A crash or a signal is never an acceptable outcome. */
  g_assert_true (g_subprocess_get_if_exited (process));
  fixture->status = g_subprocess_get_exit_status (process);
}

static void
assert_contains (const char *text, const char *fragment)
{
  if (text == NULL || strstr (text, fragment) == NULL)
    g_error ("“%s” not in: %s", fragment, text);
}

static void
assert_status (Fixture *fixture, int status)
{
  g_assert_cmpint (fixture->status, ==, status);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = kr_test_make_tmp_dir ("kr-tool-audit-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "karier.db", NULL);
  run_tool (fixture, NULL, "demo", "--employees", "30", fixture->path, NULL);
  assert_status (fixture, 0);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->out);
  g_free (fixture->err);
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
  run_tool (fixture, NULL, "--help", NULL);
  assert_status (fixture, 0);
  assert_contains (fixture->out, "audit");
  run_tool (fixture, NULL, "audit", "--help", NULL);
  assert_status (fixture, 0);
  assert_contains (fixture->out, "verify");
  assert_contains (fixture->out, "export");
  run_tool (fixture, NULL, "audit", "verify", "--help", NULL);
  assert_status (fixture, 0);
  assert_contains (fixture->out, "--as");
  run_tool (fixture, NULL, "audit", NULL);
  assert_status (fixture, 2);
  assert_contains (fixture->err, "missing subcommand");
  run_tool (fixture, NULL, "audit", "erase", fixture->path, NULL);
  assert_status (fixture, 2);
  assert_contains (fixture->err, "unknown subcommand “erase”");
  run_tool (fixture, NULL, "audit", "verify", NULL);
  assert_status (fixture, 2);
  assert_contains (fixture->err, "missing argument DATABASE");
  run_tool (fixture, NULL, "audit", "export", fixture->path, NULL);
  assert_status (fixture, 2);
  assert_contains (fixture->err, "missing argument FILE");
}

static void
test_verify_whole (Fixture *fixture, gconstpointer data)
{
  g_autofree char *expected = NULL;
  g_autofree char *head = query_text (fixture, "SELECT last_hash FROM audit_state");
  gint64 n = query_int (fixture, "SELECT count(*) FROM audit_log");

  g_assert_cmpint (n, >, 100);
  run_tool (fixture, NULL, "audit", "verify", fixture->path, NULL);
  assert_status (fixture, 0);
  expected = g_strdup_printf ("The audit trail is whole: %" G_GINT64_FORMAT " records\n", n);
  assert_contains (fixture->out, expected);
  assert_contains (fixture->out, head);
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
  run_tool (fixture, NULL, "audit", "verify", fixture->path, NULL);
  assert_status (fixture, 1);
  assert_contains (fixture->out, "The audit trail is broken at record 5, written ");
  assert_contains (fixture->out, about);
  exec_plain (fixture, "UPDATE audit_log SET user_name = NULL WHERE id = 5");
  run_tool (fixture, NULL, "audit", "verify", fixture->path, NULL);
  assert_status (fixture, 0);

  /* A record deleted in the middle: the one after it is named. */
  exec_plain (fixture, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = "
                       "(SELECT max(id) FROM audit_log)");
  run_tool (fixture, NULL, "audit", "verify", fixture->path, NULL);
  assert_status (fixture, 1);
  missing = g_strdup_printf ("broken at record %" G_GINT64_FORMAT ", which is missing", n);
  assert_contains (fixture->out, missing);
  exec_plain (fixture, "DELETE FROM audit_log WHERE id = 7");
  run_tool (fixture, NULL, "audit", "verify", fixture->path, NULL);
  assert_status (fixture, 1);
  assert_contains (fixture->out, "broken at record 8, written ");
}

static void
test_list (Fixture *fixture, gconstpointer data)
{
  g_autofree char *nip = query_text (fixture, "SELECT nip FROM employee WHERE id = 3");

  run_tool (fixture, NULL, "audit", "list", fixture->path, "--limit", "3", NULL);
  assert_status (fixture, 0);
  g_assert_cmpuint (count_lines (fixture->out), ==, 4);
  assert_contains (fixture->out, "ID");
  assert_contains (fixture->out, "Changes");

  run_tool (fixture, NULL, "audit", "list", fixture->path, "--entity", "unit", "--action", "insert",
            "-n", "2", NULL);
  assert_status (fixture, 0);
  g_assert_cmpuint (count_lines (fixture->out), ==, 3);
  assert_contains (fixture->out, "Added   Unit");
  assert_contains (fixture->out, "code: – → ");

  run_tool (fixture, NULL, "audit", "list", fixture->path, "--employee", nip, "--limit", "0", NULL);
  assert_status (fixture, 0);
  assert_contains (fixture->out, "Employee 3");
  assert_contains (fixture->out, nip);
  g_assert_cmpuint (
      count_lines (fixture->out), ==,
      1 + query_int (fixture, "SELECT count(*) FROM audit_log WHERE employee_id = 3"));

  run_tool (fixture, NULL, "audit", "list", fixture->path, "--since", "2000-01-01", "--until",
            "2000-01-02", NULL);
  assert_status (fixture, 0);
  g_assert_cmpuint (count_lines (fixture->out), ==, 1);

  run_tool (fixture, NULL, "audit", "list", fixture->path, "--user", "nobody", NULL);
  assert_status (fixture, 0);
  g_assert_cmpuint (count_lines (fixture->out), ==, 1);

  run_tool (fixture, NULL, "audit", "list", fixture->path, "--entity", "salary", NULL);
  assert_status (fixture, 2);
  assert_contains (fixture->err, "unknown entity “salary”");
  run_tool (fixture, NULL, "audit", "list", fixture->path, "--since", "kemarin", NULL);
  assert_status (fixture, 2);
  assert_contains (fixture->err, "--since");
  run_tool (fixture, NULL, "audit", "list", fixture->path, "--action", "erase", NULL);
  assert_status (fixture, 2);
  run_tool (fixture, NULL, "audit", "list", fixture->path, "--employee", "123", NULL);
  assert_status (fixture, 1);
}

static void
test_export (Fixture *fixture, gconstpointer data)
{
  g_autofree char *csv = g_build_filename (fixture->dir, "audit.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autoptr (GError) error = NULL;
  gint64 n = query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'unit'");

  run_tool (fixture, NULL, "audit", "export", fixture->path, csv, "--entity", "unit", NULL);
  assert_status (fixture, 0);
  expected = g_strdup_printf ("Wrote %" G_GINT64_FORMAT " changes to", n);
  assert_contains (fixture->out, expected);
  g_assert_true (g_file_get_contents (csv, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"
                                             "id,at,account_id,user_name,action,entity,entity_id,"
                                             "employee_id,changes,prev_hash,hash\r\n"));
  g_assert_cmpuint (count_lines (contents), ==, n + 1);

  /* A file that cannot be written is an error, and leaves nothing behind. */
  run_tool (fixture, NULL, "audit", "export", fixture->path, "no-such-folder/audit.csv", NULL);
  assert_status (fixture, 1);
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

  run_tool (fixture, NULL, "audit", "verify", fixture->path, NULL);
  assert_status (fixture, 0);
  run_tool (fixture, NULL, "audit", "list", fixture->path, NULL);
  assert_status (fixture, 1);
  assert_contains (fixture->err, "--as USER");
  run_tool (fixture, "wrong password\n", "audit", "list", fixture->path, "--as", "admin", NULL);
  assert_status (fixture, 1);
  run_tool (fixture, ADMIN_PASSWORD "\n", "audit", "list", fixture->path, "--as", "admin",
            "--entity", "account", NULL);
  assert_status (fixture, 0);
  assert_contains (fixture->out, "Account 1");
  assert_contains (fixture->out, "password_hash: – → [redacted]");
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

  run_tool (fixture, NULL, "audit", "verify", old, NULL);
  assert_status (fixture, 1);
  assert_contains (fixture->err, "has no audit trail yet");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc < 2 || !g_file_test (argv[1], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_printerr ("Usage: %s [GTEST-OPTION…] PATH-TO-KARIER-TOOL\n", argv[0]);
      return 1;
    }
  tool_path = argv[1];

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
