/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-tool-user"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <gio/gio.h>
#include <sodium.h>

#include "kr-account-repository-private.h"
#include "kr-account-repository.h"
#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-employee-repository.h"
#include "kr-test-tool.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

/* `karier-tool user` end to end, passwords on standard input. The fixture's accounts are made
 * with cheap hashes through the core API, so that signing in as them is quick; the accounts
 * and passwords that the tool makes have the real cost. */

#define ADMIN_PASSWORD    "admin-secret-1"
#define OPERATOR_PASSWORD "operator-secret-2"
#define NIP_SRI           "199001012015032003"

typedef struct
{
  char *dir;
  char *path;
  int status;
  char *out;
  char *err;
  gint64 unit, employee, admin, hr_operator;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = kr_test_make_tmp_dir ("kr-tool-user-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "karier.db", NULL);
}

static gint64
add_account (KrAccountRepository *accounts,
             const char *user_name,
             KrRole role,
             const char *password)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrAccount) account = kr_account_new ();
  gint64 id;

  account->user_name = g_strdup (user_name);
  account->display_name = g_strdup (user_name);
  account->role = role;
  id = kr_account_repository_add (accounts, account, password, &error);
  g_assert_no_error (error);
  return id;
}

/* A database with a unit (BKPSDM), an employee (Sri), an administrator and an HR operator. */
static void
fixture_set_up_accounts (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = NULL;
  g_autoptr (KrUnitRepository) units = NULL;
  g_autoptr (KrEmployeeRepository) employees = NULL;
  g_autoptr (KrAccountRepository) accounts = NULL;
  g_autoptr (KrEmployee) employee = kr_employee_new ();
  g_autoptr (KrIdentity) identity = NULL;
  GDate birth;

  fixture_set_up (fixture, data);
  db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  units = kr_unit_repository_new (db);
  fixture->unit = kr_unit_repository_add (units, 0, "BKPSDM", "Badan Kepegawaian",
                                          KR_UNIT_KIND_INSTANSI, &error);
  g_assert_no_error (error);
  employees = kr_employee_repository_new (db);
  kr_employee_set_nip (employee, NIP_SRI);
  kr_employee_set_name (employee, "Sri Wahyuni");
  kr_employee_set_kind (employee, KR_EMPLOYEE_KIND_PNS);
  kr_employee_set_gender (employee, KR_GENDER_FEMALE);
  g_date_clear (&birth, 1);
  g_date_set_dmy (&birth, 1, G_DATE_JANUARY, 1990);
  kr_employee_set_birth_date (employee, &birth);
  fixture->employee = kr_employee_repository_insert (employees, employee, NULL, &error);
  g_assert_no_error (error);

  accounts = kr_account_repository_new (db);
  _kr_account_repository_set_hash_cost (accounts, crypto_pwhash_OPSLIMIT_MIN,
                                        crypto_pwhash_MEMLIMIT_MIN);
  fixture->admin = add_account (accounts, "admin", KR_ROLE_ADMINISTRATOR, ADMIN_PASSWORD);
  g_assert_true (kr_account_repository_authenticate (accounts, "admin", ADMIN_PASSWORD, &identity,
                                                     NULL, &error));
  kr_database_set_identity (db, identity);
  fixture->hr_operator = add_account (accounts, "operator", KR_ROLE_HR_OPERATOR, OPERATOR_PASSWORD);
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

/* Runs karier-tool in the fixture's folder with @input on its standard input (which is then
 * not a terminal) and the arguments up to NULL, keeping the exit status and the output. */
static void
run_tool (Fixture *fixture, const char *input, ...)
{
  va_list args;

  va_start (args, input);
  fixture->status = kr_test_tool_runv (fixture->dir, input, &fixture->out, &fixture->err, args);
  va_end (args);
}

static void
assert_fails (Fixture *fixture, int status, const char *fragment)
{
  g_assert_cmpint (fixture->status, ==, status);
  kr_test_assert_contains (fixture->err, fragment);
}

static KrDatabase *
open_database (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  KrDatabase *db = kr_database_open (fixture->path, KR_DATABASE_FLAGS_NO_CREATE, &error);

  g_assert_no_error (error);
  return db;
}

/* The text of the first column of @sql's first row, bound to @user_name. */
static char *
query (Fixture *fixture, const char *sql, const char *user_name)
{
  g_autoptr (KrDatabase) db = open_database (fixture);
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  sqlite3_bind_text (stmt, 1, user_name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

/* Whether @password signs @user_name in, through the core API. */
static gboolean
can_sign_in (Fixture *fixture, const char *user_name, const char *password)
{
  g_autoptr (KrDatabase) db = open_database (fixture);
  g_autoptr (KrAccountRepository) accounts = kr_account_repository_new (db);

  return kr_account_repository_authenticate (accounts, user_name, password, NULL, NULL, NULL);
}

/* Tests */

static void
test_help (Fixture *fixture, gconstpointer data)
{
  run_tool (fixture, "", "user", "--help", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "passwd");
  kr_test_assert_contains (fixture->out, "--as USER");
  kr_test_assert_contains (fixture->out, "standard input");
  kr_test_assert_contains (fixture->out, "never given on the command line");

  run_tool (fixture, "", "help", "user", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "first account of a new database");

  run_tool (fixture, "", "user", "add", "--help", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "--role=administrator|hr-operator|unit-head|viewer");
  kr_test_assert_contains (fixture->out, "--as=USER");
  kr_test_assert_contains (fixture->out, "standard input");

  run_tool (fixture, "", "--help", NULL);
  kr_test_assert_contains (fixture->out, "user ");

  run_tool (fixture, "", "user", NULL);
  assert_fails (fixture, 2, "missing subcommand");
  run_tool (fixture, "", "user", "remove", "karier.db", NULL);
  assert_fails (fixture, 2, "unknown subcommand “remove”");
  run_tool (fixture, "", "user", "add", "karier.db", "sri", NULL);
  assert_fails (fixture, 2, "missing --role");
  run_tool (fixture, "", "user", "add", "karier.db", "sri", "--role", "boss", NULL);
  assert_fails (fixture, 2, "unknown role “boss”");
  run_tool (fixture, "", "user", "add", "karier.db", "--role", "viewer", NULL);
  assert_fails (fixture, 2, "missing argument USER");
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

static void
test_first_administrator (Fixture *fixture, gconstpointer data)
{
  g_autofree char *hash = NULL;
  g_autofree char *name = NULL;

  run_tool (fixture, "sri-secret-1\n", "user", "add", "karier.db", "sri", "--role", "viewer", NULL);
  assert_fails (fixture, 1, "first account must be an administrator");
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  run_tool (fixture, "admin-secret-1\n", "user", "add", "karier.db", "admin", "--role",
            "administrator", "--as", "admin", NULL);
  assert_fails (fixture, 1, "leave out --as");
  run_tool (fixture, "short\n", "user", "add", "karier.db", "admin", "--role", "administrator",
            NULL);
  assert_fails (fixture, 1, "at least 8 characters");
  g_assert_null (strstr (fixture->err, "short"));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  run_tool (fixture, "", "user", "add", "karier.db", "admin", "--role", "administrator", NULL);
  assert_fails (fixture, 1, "No password was given");

  run_tool (fixture, "admin-secret-1\n", "user", "add", "karier.db", "admin", "--role",
            "administrator", "--name", "Admin BKPSDM", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "Added the account “admin”, Administrator.");
  g_assert_null (strstr (fixture->out, "admin-secret-1"));
  g_assert_null (strstr (fixture->err, "admin-secret-1"));
  hash = query (fixture, "SELECT password_hash FROM account WHERE user_name = ?", "admin");
  g_assert_true (g_str_has_prefix (hash, "$argon2id$v=19$m=65536,t=2,p=1$"));
  g_assert_null (strstr (hash, "admin-secret-1"));
  name = query (fixture, "SELECT display_name FROM account WHERE user_name = ?", "admin");
  g_assert_cmpstr (name, ==, "Admin BKPSDM");
  g_assert_true (can_sign_in (fixture, "admin", "admin-secret-1"));

  /* The set-up is over: adding needs an administrator to sign in. */
  run_tool (fixture, "budi-secret-1\n", "user", "add", "karier.db", "budi", "--role", "viewer",
            NULL);
  assert_fails (fixture, 1, "sign in with --as USER");
}

static void
test_add (Fixture *fixture, gconstpointer data)
{
  g_autofree char *row = NULL;
  g_autofree char *expected = NULL;

  run_tool (fixture, ADMIN_PASSWORD "\nhead-secret-1\n", "user", "add", "karier.db", "head",
            "--role", "unit-head", "--unit", "BKPSDM", "--employee", NIP_SRI, "--name",
            "Kepala BKPSDM", "--as", "admin", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "Added the account “head”, Unit head.");
  row = query (fixture,
               "SELECT role || ' ' || unit_id || ' ' || employee_id || ' ' || display_name "
               "FROM account WHERE user_name = ?",
               "head");
  expected = g_strdup_printf ("unit_head %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " Kepala BKPSDM",
                              fixture->unit, fixture->employee);
  g_assert_cmpstr (row, ==, expected);

  /* A wrong signer's password, a signer who is no administrator, nobody signed in. */
  run_tool (fixture, "not-the-password\nviewer-secret-1\n", "user", "add", "karier.db", "viewer",
            "--role", "viewer", "--as", "admin", NULL);
  assert_fails (fixture, 1, "The user name or password is wrong");
  run_tool (fixture, ADMIN_PASSWORD "\nviewer-secret-1\n", "user", "add", "karier.db", "viewer",
            "--role", "viewer", "--as", "nobody", NULL);
  assert_fails (fixture, 1, "The user name or password is wrong");
  run_tool (fixture, OPERATOR_PASSWORD "\nviewer-secret-1\n", "user", "add", "karier.db", "viewer",
            "--role", "viewer", "--as", "operator", NULL);
  assert_fails (fixture, 1, "may not manage accounts");
  run_tool (fixture, "viewer-secret-1\n", "user", "add", "karier.db", "viewer", "--role", "viewer",
            NULL);
  assert_fails (fixture, 1, "sign in with --as USER");
  g_assert_null (query (fixture, "SELECT id FROM account WHERE user_name = ?", "viewer"));

  /* What the repository refuses. */
  run_tool (fixture, ADMIN_PASSWORD "\nviewer-secret-1\n", "user", "add", "karier.db", "viewer",
            "--role", "unit-head", "--unit", "NOPE", "--as", "admin", NULL);
  assert_fails (fixture, 1, "No unit has the code “NOPE”");
  run_tool (fixture, ADMIN_PASSWORD "\nviewer-secret-1\n", "user", "add", "karier.db", "HEAD",
            "--role", "viewer", "--as", "admin", NULL);
  assert_fails (fixture, 1, "“HEAD” is already taken");
  run_tool (fixture, ADMIN_PASSWORD "\n", "user", "add", "karier.db", "viewer", "--role", "viewer",
            "--as", "admin", NULL);
  assert_fails (fixture, 1, "No password was given");
}

static void
test_list (Fixture *fixture, gconstpointer data)
{
  run_tool (fixture, ADMIN_PASSWORD "\n", "user", "list", "karier.db", "--as", "admin", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out,
                           "User name  Name      Role           Unit  Employee  Status\n");
  kr_test_assert_contains (fixture->out,
                           "admin      admin     Administrator                  enabled\n");
  kr_test_assert_contains (fixture->out,
                           "operator   operator  HR operator                    enabled\n");

  run_tool (fixture, OPERATOR_PASSWORD "\n", "user", "list", "karier.db", "--as", "operator", NULL);
  assert_fails (fixture, 1, "may not manage accounts");
  g_assert_cmpstr (fixture->out, ==, "");
  run_tool (fixture, "", "user", "list", "karier.db", NULL);
  assert_fails (fixture, 1, "sign in with --as USER");
  run_tool (fixture, "", "user", "list", "missing.db", NULL);
  assert_fails (fixture, 1, "does not exist");
}

static void
test_disable_enable (Fixture *fixture, gconstpointer data)
{
  run_tool (fixture, ADMIN_PASSWORD "\n", "user", "disable", "karier.db", "operator", "--as",
            "admin", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "Disabled the account “operator”");
  run_tool (fixture, ADMIN_PASSWORD "\n", "user", "list", "karier.db", "--as", "admin", NULL);
  kr_test_assert_contains (fixture->out,
                           "operator   operator  HR operator                    disabled\n");
  run_tool (fixture, OPERATOR_PASSWORD "\n", "user", "list", "karier.db", "--as", "operator", NULL);
  assert_fails (fixture, 1, "The account “operator” is disabled");

  run_tool (fixture, ADMIN_PASSWORD "\n", "user", "enable", "karier.db", "operator", "--as",
            "admin", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "Enabled the account “operator”");
  /* Signed in again; still no administrator. */
  run_tool (fixture, OPERATOR_PASSWORD "\n", "user", "list", "karier.db", "--as", "operator", NULL);
  assert_fails (fixture, 1, "may not manage accounts");

  run_tool (fixture, ADMIN_PASSWORD "\n", "user", "disable", "karier.db", "admin", "--as", "admin",
            NULL);
  assert_fails (fixture, 1, "You are signed in as “admin”");
  run_tool (fixture, ADMIN_PASSWORD "\n", "user", "disable", "karier.db", "nobody", "--as", "admin",
            NULL);
  assert_fails (fixture, 1, "No account has the user name “nobody”");
}

static void
test_passwd (Fixture *fixture, gconstpointer data)
{
  g_autofree char *failed = NULL;

  /* An administrator sets anyone's password. */
  run_tool (fixture, ADMIN_PASSWORD "\nnew-operator-1\n", "user", "passwd", "karier.db", "operator",
            "--as", "admin", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "Changed the password of “operator”");
  g_assert_true (can_sign_in (fixture, "operator", "new-operator-1"));

  /* Anyone sets their own, knowing the current one. */
  run_tool (fixture, "not-the-password\nnewest-operator-1\n", "user", "passwd", "karier.db",
            "operator", "--as", "operator", NULL);
  assert_fails (fixture, 1, "The user name or password is wrong");
  run_tool (fixture, "new-operator-1\nshort\n", "user", "passwd", "karier.db", "operator", "--as",
            "operator", NULL);
  assert_fails (fixture, 1, "at least 8 characters");
  run_tool (fixture, "new-operator-1\nnewest-operator-1\n", "user", "passwd", "karier.db",
            "Operator", "--as", "operator", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_true (can_sign_in (fixture, "operator", "newest-operator-1"));

  /* But not someone else's. */
  run_tool (fixture, "newest-operator-1\ntaken-over-1\n", "user", "passwd", "karier.db", "admin",
            "--as", "operator", NULL);
  assert_fails (fixture, 1, "may not manage accounts");
  g_assert_true (can_sign_in (fixture, "admin", ADMIN_PASSWORD));

  /* Wrong passwords are counted, and make the account wait. */
  failed = query (fixture, "SELECT failed_sign_ins FROM account WHERE user_name = ?", "operator");
  g_assert_cmpstr (failed, ==, "0");
  run_tool (fixture, "not-the-password\n", "user", "list", "karier.db", "--as", "operator", NULL);
  g_clear_pointer (&failed, g_free);
  failed = query (fixture, "SELECT failed_sign_ins FROM account WHERE user_name = ?", "operator");
  g_assert_cmpstr (failed, ==, "1");
}

/* Five wrong passwords in a row: the next attempt, however right, waits 8 seconds. */
static void
test_delay (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KrDatabase) db = open_database (fixture);
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *sql = g_strdup_printf ("UPDATE account SET failed_sign_ins = 5, "
                                          "last_failed_at = '%s' WHERE user_name = 'admin'",
                                          stamp);

  g_assert_cmpint (sqlite3_exec (_kr_database_get_handle (db), sql, NULL, NULL, NULL), ==,
                   SQLITE_OK);
  g_clear_object (&db);
  run_tool (fixture, ADMIN_PASSWORD "\n", "user", "list", "karier.db", "--as", "admin", NULL);
  assert_fails (fixture, 1, "Too many wrong passwords: wait");
  g_assert_cmpstr (fixture->out, ==, "");
}

static void
test_role (Fixture *fixture, gconstpointer data)
{
  g_autofree char *row = NULL;
  g_autofree char *expected = NULL;

  run_tool (fixture, ADMIN_PASSWORD "\n", "user", "role", "karier.db", "operator", "--role",
            "unit-head", "--unit", "BKPSDM", "--as", "admin", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "“operator” is now Unit head.");
  row =
      query (fixture, "SELECT role || ' ' || unit_id FROM account WHERE user_name = ?", "operator");
  expected = g_strdup_printf ("unit_head %" G_GINT64_FORMAT, fixture->unit);
  g_assert_cmpstr (row, ==, expected);

  run_tool (fixture, ADMIN_PASSWORD "\n", "user", "role", "karier.db", "operator", "--role",
            "unit-head", "--as", "admin", NULL);
  assert_fails (fixture, 1, "unit head needs the unit");
  run_tool (fixture, ADMIN_PASSWORD "\n", "user", "role", "karier.db", "operator", "--role",
            "viewer", "--unit", "BKPSDM", "--as", "admin", NULL);
  assert_fails (fixture, 1, "Only a unit head");
  run_tool (fixture, ADMIN_PASSWORD "\n", "user", "role", "karier.db", "operator", "--role",
            "hr_operator", "--as", "admin", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  g_clear_pointer (&row, g_free);
  row = query (fixture,
               "SELECT role || ' ' || ifnull(unit_id, '-') FROM account WHERE "
               "user_name = ?",
               "operator");
  g_assert_cmpstr (row, ==, "hr_operator -");

  run_tool (fixture, ADMIN_PASSWORD "\n", "user", "role", "karier.db", "admin", "--role", "viewer",
            "--as", "admin", NULL);
  assert_fails (fixture, 1, "last enabled administrator");
}

/* The commands that read or write employees sign in with --as once the database has
 * accounts, and then do what the role allows. */
static void
test_commands_sign_in (Fixture *fixture, gconstpointer data)
{
  g_autofree char *csv = g_build_filename (fixture->dir, "out.csv", NULL);
  g_autofree char *pdf = g_build_filename (fixture->dir, "out.pdf", NULL);
  g_autofree char *input = g_strconcat (OPERATOR_PASSWORD, "\n", NULL);
  g_autofree char *admin_input = g_strconcat (ADMIN_PASSWORD, "\n", "viewer-secret-3\n", NULL);

  /* Nobody signed in. */
  run_tool (fixture, "", "employee", "list", fixture->path, NULL);
  assert_fails (fixture, 1, "--as");
  run_tool (fixture, "", "export", fixture->path, csv, NULL);
  assert_fails (fixture, 1, "--as");
  run_tool (fixture, "", "report", "list", fixture->path, "--output", pdf, NULL);
  assert_fails (fixture, 1, "--as");
  run_tool (fixture, "", "employee", "show", fixture->path, NIP_SRI, NULL);
  assert_fails (fixture, 1, "--as");

  /* A wrong password. */
  run_tool (fixture, "wrong-password\n", "employee", "list", fixture->path, "--as", "operator",
            NULL);
  assert_fails (fixture, 1, "wrong");

  /* The HR operator reads. */
  run_tool (fixture, input, "employee", "list", fixture->path, "--as", "operator", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "Sri Wahyuni");
  run_tool (fixture, input, "export", fixture->path, csv, "--as", "operator", NULL);
  g_assert_cmpint (fixture->status, ==, 0);

  /* A viewer reads but may not import. */
  run_tool (fixture, admin_input, "user", "add", fixture->path, "viewer", "--role", "viewer",
            "--as", "admin", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  run_tool (fixture, "viewer-secret-3\n", "employee", "show", fixture->path, NIP_SRI, "--as",
            "viewer", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "Sri Wahyuni");
  run_tool (fixture, "viewer-secret-3\n", "import", fixture->path, csv, "--as", "viewer", NULL);
  assert_fails (fixture, 1, "may not change employee records");
}

/* `demo --accounts` makes one account of each role, which sign in with the demo password and
 * see what their roles allow. */
static void
test_demo_accounts (Fixture *fixture, gconstpointer data)
{
  run_tool (fixture, "", "demo", fixture->path, "--employees", "120", "--accounts", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "“kepala”");
  kr_test_assert_contains (fixture->out, "karier-demo");

  run_tool (fixture, "karier-demo\n", "user", "list", fixture->path, "--as", "admin", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  kr_test_assert_contains (fixture->out, "operator");
  kr_test_assert_contains (fixture->out, "kepala");
  kr_test_assert_contains (fixture->out, "peninjau");

  /* The unit head lists fewer employees than the administrator. */
  run_tool (fixture, "karier-demo\n", "employee", "list", fixture->path, "--as", "kepala",
            "--limit", "0", "--json", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  {
    g_autofree char *unit_head = g_strdup (fixture->out);

    run_tool (fixture, "karier-demo\n", "employee", "list", fixture->path, "--as", "peninjau",
              "--limit", "0", "--json", NULL);
    g_assert_cmpint (fixture->status, ==, 0);
    g_assert_cmpuint (strlen (unit_head), >, 2);
    g_assert_cmpuint (strlen (unit_head), <, strlen (fixture->out));
  }
}

static void
add_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

static void
add_accounts_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up_accounts, func, fixture_tear_down);
}

int
main (int argc, char *argv[])
{
  kr_test_tool_init (&argc, &argv);

  add_test ("/tool/user/help", test_help);
  add_test ("/tool/user/first-administrator", test_first_administrator);
  add_accounts_test ("/tool/user/add", test_add);
  add_accounts_test ("/tool/user/list", test_list);
  add_accounts_test ("/tool/user/disable-enable", test_disable_enable);
  add_accounts_test ("/tool/user/passwd", test_passwd);
  add_accounts_test ("/tool/user/delay", test_delay);
  add_accounts_test ("/tool/user/role", test_role);
  add_accounts_test ("/tool/user/commands-sign-in", test_commands_sign_in);
  add_test ("/tool/user/demo-accounts", test_demo_accounts);

  return g_test_run ();
}
