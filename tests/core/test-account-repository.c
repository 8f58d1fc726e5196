/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-account-repository"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <sodium.h>

#include "kr-account-repository-private.h"
#include "kr-account-repository.h"
#include "kr-database-private.h"
#include "kr-database.h"
#include "kr-employee-repository.h"
#include "kr-error.h"
#include "kr-test-utils.h"
#include "kr-unit-repository.h"

/* Passwords of the fixture's accounts. Hashes are made cheap (crypto_pwhash_*_MIN) except in
 * the test that checks the real cost; verifying reads the cost from the hash. */
#define ADMIN_PASSWORD    "admin-secret-1"
#define OPERATOR_PASSWORD "operator-secret-2"
#define HEAD_PASSWORD     "head-secret-3"
#define VIEWER_PASSWORD   "viewer-secret-4"

#define NIP_SRI "199001012015032003"

typedef struct
{
  KrDatabase *db;
  KrAccountRepository *accounts;
  GDateTime *now;
  guint n_changed;
  gint64 unit, employee;
} Fixture;

/* Accounts of each role, made by add_team(). */
typedef struct
{
  gint64 admin, hr_operator, head, viewer;
} Team;

static void
on_changed_cb (KrAccountRepository *accounts, Fixture *fixture)
{
  fixture->n_changed++;
}

static KrDatabase *
open_memory (void)
{
  g_autoptr (GError) error = NULL;
  KrDatabase *db = kr_database_open (":memory:", KR_DATABASE_FLAGS_NONE, &error);

  g_assert_no_error (error);
  return db;
}

static KrAccountRepository *
new_repository (KrDatabase *db)
{
  KrAccountRepository *accounts = kr_account_repository_new (db);

  _kr_account_repository_set_hash_cost (accounts, crypto_pwhash_OPSLIMIT_MIN,
                                        crypto_pwhash_MEMLIMIT_MIN);
  return accounts;
}

/* A unit and an employee, made while the database has no accounts (nobody needs to sign in). */
static void
add_organisation (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (fixture->db);
  g_autoptr (KrEmployeeRepository) employees = kr_employee_repository_new (fixture->db);
  g_autoptr (KrEmployee) employee = kr_employee_new ();
  GDate birth;

  fixture->unit = kr_unit_repository_add (units, 0, "PEMDA", "Pemerintah Kabupaten Contoh",
                                          KR_UNIT_KIND_INSTANSI, &error);
  g_assert_no_error (error);
  kr_employee_set_nip (employee, NIP_SRI);
  kr_employee_set_name (employee, "Sri Wahyuni");
  kr_employee_set_kind (employee, KR_EMPLOYEE_KIND_PNS);
  kr_employee_set_gender (employee, KR_GENDER_FEMALE);
  g_date_clear (&birth, 1);
  g_date_set_dmy (&birth, 1, G_DATE_JANUARY, 1990);
  kr_employee_set_birth_date (employee, &birth);
  fixture->employee = kr_employee_repository_insert (employees, employee, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->db = open_memory ();
  add_organisation (fixture);
  fixture->accounts = new_repository (fixture->db);
  g_signal_connect (fixture->accounts, "changed", G_CALLBACK (on_changed_cb), fixture);
  fixture->now = g_date_time_new_utc (2026, 3, 2, 8, 0, 0);
  _kr_account_repository_set_now (fixture->accounts, fixture->now);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_date_time_unref (fixture->now);
  g_assert_finalize_object (fixture->accounts);
  g_assert_finalize_object (fixture->db);
}

/* Helpers */

/* Checks that @error is @code and that its message contains each NULL-terminated fragment. */
static void
assert_error (const GError *error, int code, ...)
{
  const char *fragment;
  va_list args;

  g_assert_error (error, KR_ERROR, code);
  va_start (args, code);
  while ((fragment = va_arg (args, const char *)) != NULL)
    {
      if (strstr (error->message, fragment) == NULL)
        g_error ("“%s” not in: %s", fragment, error->message);
    }
  va_end (args);
}

static KrAccount *
new_account (const char *user_name, const char *display_name, KrRole role, gint64 unit_id)
{
  KrAccount *account = kr_account_new ();

  account->user_name = g_strdup (user_name);
  account->display_name = g_strdup (display_name);
  account->role = role;
  account->unit_id = unit_id;
  return account;
}

static gint64
add (Fixture *fixture,
     const char *user_name,
     KrRole role,
     gint64 unit_id,
     const char *password,
     GError **error)
{
  g_autoptr (KrAccount) account = new_account (user_name, user_name, role, unit_id);

  return kr_account_repository_add (fixture->accounts, account, password, error);
}

static gint64
add_ok (Fixture *fixture, const char *user_name, KrRole role, gint64 unit_id, const char *password)
{
  g_autoptr (GError) error = NULL;
  gint64 id = add (fixture, user_name, role, unit_id, password, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
sign_in (Fixture *fixture, const char *user_name, const char *password)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrIdentity) identity = NULL;

  g_assert_true (kr_account_repository_authenticate (fixture->accounts, user_name, password,
                                                     &identity, NULL, &error));
  g_assert_no_error (error);
  kr_database_set_identity (fixture->db, identity);
}

/* An administrator (signed in afterwards) and one account of every other role. */
static Team
add_team (Fixture *fixture)
{
  Team team;

  team.admin = add_ok (fixture, "admin", KR_ROLE_ADMINISTRATOR, 0, ADMIN_PASSWORD);
  sign_in (fixture, "admin", ADMIN_PASSWORD);
  team.hr_operator = add_ok (fixture, "operator", KR_ROLE_HR_OPERATOR, 0, OPERATOR_PASSWORD);
  team.head = add_ok (fixture, "head", KR_ROLE_UNIT_HEAD, fixture->unit, HEAD_PASSWORD);
  team.viewer = add_ok (fixture, "viewer", KR_ROLE_VIEWER, 0, VIEWER_PASSWORD);
  return team;
}

static gint64
query_int (KrDatabase *db, const char *sql, gint64 id)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (KrDatabase *db, const char *sql, gint64 id)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (_kr_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static gint64
count_failed (Fixture *fixture, gint64 id)
{
  return query_int (fixture->db, "SELECT failed_sign_ins FROM account WHERE id = ?", id);
}

/* Sets the repository's clock to the fixture's start plus @seconds. */
static void
set_clock (Fixture *fixture, int seconds)
{
  g_autoptr (GDateTime) now = g_date_time_add_seconds (fixture->now, seconds);

  _kr_account_repository_set_now (fixture->accounts, now);
}

/* Tries to sign in and returns the error, or NULL on success; sets @retry_after. */
static GError *
try_sign_in (Fixture *fixture, const char *user_name, const char *password, guint *retry_after)
{
  g_autoptr (KrIdentity) identity = NULL;
  GError *error = NULL;
  gboolean ok = kr_account_repository_authenticate (fixture->accounts, user_name, password,
                                                    &identity, retry_after, &error);

  g_assert_true (ok == (error == NULL));
  g_assert_true (ok == (identity != NULL));
  return error;
}

/* Tests */

static void
test_first_administrator (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrAccount) account = NULL;
  gboolean has_accounts = TRUE;
  gint64 id;

  /* Fills the cache that adding must invalidate. */
  g_assert_true (kr_database_has_accounts (fixture->db, &has_accounts, &error));
  g_assert_false (has_accounts);

  g_assert_cmpint (add (fixture, "sri", KR_ROLE_HR_OPERATOR, 0, ADMIN_PASSWORD, &error), ==, 0);
  assert_error (error, KR_ERROR_INVALID, "first account must be an administrator", NULL);
  g_clear_error (&error);
  g_assert_cmpint (add (fixture, "head", KR_ROLE_UNIT_HEAD, fixture->unit, ADMIN_PASSWORD, &error),
                   ==, 0);
  assert_error (error, KR_ERROR_INVALID, "first account must be an administrator", NULL);
  g_clear_error (&error);
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  /* Set-up: nobody is signed in. */
  g_assert_null (kr_database_get_identity (fixture->db));
  account = new_account ("  admin  ", " Admin BKPSDM ", KR_ROLE_ADMINISTRATOR, 0);
  id = kr_account_repository_add (fixture->accounts, account, ADMIN_PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (account->id, ==, id);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_true (kr_database_has_accounts (fixture->db, &has_accounts, &error));
  g_assert_true (has_accounts);

  /* From now on, adding needs an administrator. */
  g_assert_cmpint (add (fixture, "budi", KR_ROLE_ADMINISTRATOR, 0, ADMIN_PASSWORD, &error), ==, 0);
  assert_error (error, KR_ERROR_PERMISSION_DENIED, "sign in", NULL);
  g_clear_error (&error);
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  sign_in (fixture, "admin", ADMIN_PASSWORD);
  g_clear_pointer (&account, kr_account_free);
  account = kr_account_repository_get (fixture->accounts, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (account->user_name, ==, "admin");
  g_assert_cmpstr (account->display_name, ==, "Admin BKPSDM");
  g_assert_cmpint (account->role, ==, KR_ROLE_ADMINISTRATOR);
  g_assert_cmpint (account->unit_id, ==, 0);
  g_assert_false (account->disabled);
  g_assert_nonnull (account->created_at);
  g_assert_cmpint (g_date_time_compare (account->created_at, fixture->now), ==, 0);
}

/* Another connection made the first account: this one's cached "no accounts" must not let an
 * anonymous caller add a second. */
static void
test_first_administrator_elsewhere (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = kr_test_make_tmp_dir ("kr-account-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "karier.db", NULL);
  g_autoptr (KrDatabase) first = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_autoptr (KrDatabase) second = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_autoptr (KrAccountRepository) accounts1 = new_repository (first);
  g_autoptr (KrAccountRepository) accounts2 = new_repository (second);
  g_autoptr (KrAccount) admin = new_account ("admin", "Admin", KR_ROLE_ADMINISTRATOR, 0);
  g_autoptr (KrAccount) other = new_account ("other", "Other", KR_ROLE_ADMINISTRATOR, 0);
  gboolean has_accounts = TRUE;

  g_assert_no_error (error);
  g_assert_true (kr_database_has_accounts (second, &has_accounts, &error));
  g_assert_false (has_accounts);
  kr_account_repository_add (accounts1, admin, ADMIN_PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kr_account_repository_add (accounts2, other, ADMIN_PASSWORD, &error), ==, 0);
  assert_error (error, KR_ERROR_PERMISSION_DENIED, NULL);

  g_clear_object (&accounts1);
  g_clear_object (&accounts2);
  g_clear_object (&first);
  g_clear_object (&second);
  kr_test_remove_tree (dir);
}

static void
test_refused_without_identity (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrAccount) account = NULL;
  Team team = add_team (fixture);
  guint n_changed = fixture->n_changed;

  kr_database_set_identity (fixture->db, NULL);
  g_assert_null (kr_account_repository_list (fixture->accounts, &error));
  assert_error (error, KR_ERROR_PERMISSION_DENIED, "sign in", NULL);
  g_clear_error (&error);
  g_assert_null (kr_account_repository_get (fixture->accounts, team.viewer, &error));
  assert_error (error, KR_ERROR_PERMISSION_DENIED, NULL);
  g_clear_error (&error);
  g_assert_null (kr_account_repository_get_by_user_name (fixture->accounts, "viewer", &error));
  assert_error (error, KR_ERROR_PERMISSION_DENIED, NULL);
  g_clear_error (&error);
  account = new_account ("viewer", "Viewer", KR_ROLE_ADMINISTRATOR, 0);
  account->id = team.viewer;
  g_assert_false (kr_account_repository_update (fixture->accounts, account, &error));
  assert_error (error, KR_ERROR_PERMISSION_DENIED, NULL);
  g_clear_error (&error);
  g_assert_false (kr_account_repository_set_disabled (fixture->accounts, team.admin, TRUE, &error));
  assert_error (error, KR_ERROR_PERMISSION_DENIED, NULL);
  g_clear_error (&error);
  g_assert_false (
      kr_account_repository_reset_password (fixture->accounts, team.admin, "taken-over-1", &error));
  assert_error (error, KR_ERROR_PERMISSION_DENIED, NULL);
  g_clear_error (&error);
  g_assert_false (kr_account_repository_change_own_password (fixture->accounts, ADMIN_PASSWORD,
                                                             "taken-over-1", &error));
  assert_error (error, KR_ERROR_PERMISSION_DENIED, "Sign in", NULL);
  g_clear_error (&error);

  g_assert_cmpuint (fixture->n_changed, ==, n_changed);
  g_assert_cmpint (
      query_int (fixture->db, "SELECT role = 'viewer' FROM account WHERE id = ?", team.viewer), ==,
      1);
  /* Signing in needs nobody signed in. */
  sign_in (fixture, "admin", ADMIN_PASSWORD);
}

/* Runs every account call as the signed-in identity; checks that all are refused, or all
 * allowed. */
static void
check_management (Fixture *fixture, const Team *team, gint64 self_id, gboolean allowed)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrAccount) account = NULL;
  g_autoptr (KrAccount) own = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (KrAccount) by_name = NULL;
  g_autofree char *user_name = g_strdup_printf ("new-%" G_GINT64_FORMAT, self_id);
  int code = KR_ERROR_PERMISSION_DENIED;

  list = kr_account_repository_list (fixture->accounts, &error);
  g_assert_true ((list != NULL) == allowed);
  if (!allowed)
    assert_error (error, code, "may not manage accounts", NULL);
  g_clear_error (&error);

  account = kr_account_repository_get (fixture->accounts,
                                       team->viewer == self_id ? team->head : team->viewer, &error);
  g_assert_true ((account != NULL) == allowed);
  g_clear_error (&error);
  by_name = kr_account_repository_get_by_user_name (fixture->accounts, "operator", &error);
  g_assert_true ((by_name != NULL) == (allowed || self_id == team->hr_operator));
  g_clear_error (&error);

  /* Everyone may read their own account. */
  own = kr_account_repository_get (fixture->accounts, self_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (own->id, ==, self_id);

  g_assert_true ((add (fixture, user_name, KR_ROLE_VIEWER, 0, "new-secret-1", &error) != 0) ==
                 allowed);
  if (!allowed)
    assert_error (error, code, NULL);
  g_clear_error (&error);

  g_clear_pointer (&account, kr_account_free);
  account = new_account ("operator", "Operator Renamed", KR_ROLE_HR_OPERATOR, 0);
  account->id = team->hr_operator;
  g_assert_true (kr_account_repository_update (fixture->accounts, account, &error) == allowed);
  g_clear_error (&error);

  /* Promoting oneself is the first thing an intruder would try. */
  g_clear_pointer (&account, kr_account_free);
  account = kr_account_copy (own);
  account->role = KR_ROLE_ADMINISTRATOR;
  account->unit_id = 0;
  if (!allowed)
    {
      g_assert_false (kr_account_repository_update (fixture->accounts, account, &error));
      assert_error (error, code, NULL);
      g_clear_error (&error);
    }

  g_assert_true (kr_account_repository_set_disabled (
                     fixture->accounts, team->viewer == self_id ? team->head : team->viewer, FALSE,
                     &error) == allowed);
  g_clear_error (&error);
  g_assert_true (kr_account_repository_reset_password (fixture->accounts, team->admin,
                                                       "taken-over-1", &error) == allowed);
  g_clear_error (&error);
}

static void
test_roles (Fixture *fixture, gconstpointer data)
{
  Team team = add_team (fixture);
  g_autoptr (GError) error = NULL;
  g_autoptr (KrAccount) renamed = NULL;

  sign_in (fixture, "operator", OPERATOR_PASSWORD);
  check_management (fixture, &team, team.hr_operator, FALSE);
  sign_in (fixture, "head", HEAD_PASSWORD);
  g_assert_cmpint (kr_identity_get_scope_unit_id (kr_database_get_identity (fixture->db)), ==,
                   fixture->unit);
  check_management (fixture, &team, team.head, FALSE);
  sign_in (fixture, "viewer", VIEWER_PASSWORD);
  check_management (fixture, &team, team.viewer, FALSE);

  /* Nothing changed: no new account, no new administrator, no renaming, and the
   * administrator's password is still theirs (sign_in() checks it). */
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM account WHERE id <> ?", 0), ==, 4);
  g_assert_cmpint (
      query_int (fixture->db,
                 "SELECT count(*) FROM account WHERE role = 'administrator' AND id <> ?",
                 team.admin),
      ==, 0);
  g_assert_cmpint (query_int (fixture->db,
                              "SELECT display_name = 'operator' FROM account WHERE id = ?",
                              team.hr_operator),
                   ==, 1);
  sign_in (fixture, "admin", ADMIN_PASSWORD);

  check_management (fixture, &team, team.admin, TRUE);
  renamed = kr_account_repository_get (fixture->accounts, team.hr_operator, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (renamed->display_name, ==, "Operator Renamed");
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM account WHERE id <> ?", 0), ==, 5);
  error = try_sign_in (fixture, "admin", "taken-over-1", NULL);
  g_assert_no_error (error);
}

static void
test_validation (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrAccount) account = NULL;
  g_autofree char *long_name = g_strnfill (65, 'a');
  g_autofree char *longest_name = g_strnfill (64, 'b');
  gint64 id;

  add_team (fixture);
  g_assert_cmpint (add (fixture, "", KR_ROLE_VIEWER, 0, VIEWER_PASSWORD, &error), ==, 0);
  assert_error (error, KR_ERROR_INVALID, "user name is required", NULL);
  g_clear_error (&error);
  g_assert_cmpint (add (fixture, "sri wahyuni", KR_ROLE_VIEWER, 0, VIEWER_PASSWORD, &error), ==, 0);
  assert_error (error, KR_ERROR_INVALID, "user name must not contain spaces", NULL);
  g_clear_error (&error);
  g_assert_cmpint (add (fixture, long_name, KR_ROLE_VIEWER, 0, VIEWER_PASSWORD, &error), ==, 0);
  assert_error (error, KR_ERROR_INVALID, "at most 64 characters", "65", NULL);
  g_clear_error (&error);
  add_ok (fixture, longest_name, KR_ROLE_VIEWER, 0, VIEWER_PASSWORD);

  g_assert_cmpint (add (fixture, "sri", KR_ROLE_VIEWER, 0, "short", &error), ==, 0);
  assert_error (error, KR_ERROR_INVALID, "password must have at least 8 characters", NULL);
  g_assert_null (strstr (error->message, "short"));
  g_clear_error (&error);

  account = new_account ("sri", "   ", KR_ROLE_VIEWER, 0);
  g_assert_cmpint (kr_account_repository_add (fixture->accounts, account, VIEWER_PASSWORD, &error),
                   ==, 0);
  assert_error (error, KR_ERROR_INVALID, "display name is required", NULL);
  g_clear_error (&error);

  g_assert_cmpint (add (fixture, "sri", KR_ROLE_UNIT_HEAD, 0, HEAD_PASSWORD, &error), ==, 0);
  assert_error (error, KR_ERROR_INVALID, "unit head needs the unit", NULL);
  g_clear_error (&error);
  g_assert_cmpint (add (fixture, "sri", KR_ROLE_VIEWER, fixture->unit, HEAD_PASSWORD, &error), ==,
                   0);
  assert_error (error, KR_ERROR_INVALID, "Only a unit head", "Viewer", NULL);
  g_clear_error (&error);
  g_assert_cmpint (add (fixture, "sri", KR_ROLE_UNIT_HEAD, 4242, HEAD_PASSWORD, &error), ==, 0);
  assert_error (error, KR_ERROR_NOT_FOUND, "unit 4242", NULL);
  g_clear_error (&error);

  g_clear_pointer (&account, kr_account_free);
  account = new_account ("sri", "Sri Wahyuni", KR_ROLE_HR_OPERATOR, 0);
  account->employee_id = 4242;
  g_assert_cmpint (kr_account_repository_add (fixture->accounts, account, VIEWER_PASSWORD, &error),
                   ==, 0);
  assert_error (error, KR_ERROR_NOT_FOUND, "employee 4242", NULL);
  g_clear_error (&error);
  account->employee_id = fixture->employee;
  id = kr_account_repository_add (fixture->accounts, account, VIEWER_PASSWORD, &error);
  g_assert_no_error (error);
  g_clear_pointer (&account, kr_account_free);
  account = kr_account_repository_get (fixture->accounts, id, &error);
  g_assert_cmpint (account->employee_id, ==, fixture->employee);

  /* User names are unique whatever their case. */
  g_assert_cmpint (add (fixture, "SRI", KR_ROLE_VIEWER, 0, VIEWER_PASSWORD, &error), ==, 0);
  assert_error (error, KR_ERROR_CONFLICT, "“SRI” is already taken", "Sri Wahyuni", NULL);
  g_clear_error (&error);

  /* An update is checked the same way. */
  account->role = KR_ROLE_UNIT_HEAD;
  g_assert_false (kr_account_repository_update (fixture->accounts, account, &error));
  assert_error (error, KR_ERROR_INVALID, "unit head needs the unit", NULL);
  g_clear_error (&error);
  account->unit_id = 4242;
  g_assert_false (kr_account_repository_update (fixture->accounts, account, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, "unit 4242", NULL);
  g_clear_error (&error);
  account->id = 4242;
  account->unit_id = fixture->unit;
  g_assert_false (kr_account_repository_update (fixture->accounts, account, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, "account 4242", NULL);
  g_clear_error (&error);
}

static void
test_read (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (KrAccount) account = NULL;
  Team team = add_team (fixture);
  const char *expected[] = { "admin", "Budi", "head", "operator", "viewer" };

  add_ok (fixture, "Budi", KR_ROLE_VIEWER, 0, VIEWER_PASSWORD);
  list = kr_account_repository_list (fixture->accounts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < list->len; i++)
    g_assert_cmpstr (((KrAccount *) g_ptr_array_index (list, i))->user_name, ==, expected[i]);

  account = kr_account_repository_get_by_user_name (fixture->accounts, "HEAD", &error);
  g_assert_no_error (error);
  g_assert_cmpint (account->id, ==, team.head);
  g_assert_cmpint (account->role, ==, KR_ROLE_UNIT_HEAD);
  g_assert_cmpint (account->unit_id, ==, fixture->unit);
  g_clear_pointer (&account, kr_account_free);

  g_assert_null (kr_account_repository_get_by_user_name (fixture->accounts, "nobody", &error));
  assert_error (error, KR_ERROR_NOT_FOUND, "“nobody”", NULL);
  g_clear_error (&error);
  g_assert_null (kr_account_repository_get (fixture->accounts, 4242, &error));
  assert_error (error, KR_ERROR_NOT_FOUND, "4242", NULL);
}

/* The stored hash is Argon2id at the interactive cost, and never the password. */
static void
test_hash (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KrDatabase) db = open_memory ();
  g_autoptr (KrAccountRepository) accounts = kr_account_repository_new (db);
  g_autoptr (KrAccount) account = new_account ("admin", "Admin", KR_ROLE_ADMINISTRATOR, 0);
  g_autoptr (KrIdentity) identity = NULL;
  g_autofree char *hash = NULL;
  gint64 id;

  id = kr_account_repository_add (accounts, account, ADMIN_PASSWORD, &error);
  g_assert_no_error (error);
  hash = query_text (db, "SELECT password_hash FROM account WHERE id = ?", id);
  g_assert_true (g_str_has_prefix (hash, "$argon2id$"));
  /* The cost of crypto_pwhash_*_INTERACTIVE, which the hash of unknown users has too. */
  g_assert_true (g_str_has_prefix (hash, "$argon2id$v=19$m=65536,t=2,p=1$"));
  g_assert_null (strstr (hash, ADMIN_PASSWORD));
  g_assert_cmpint (query_int (db,
                              "SELECT count(*) FROM account WHERE instr(user_name || display_name "
                              "|| password_hash, 'admin-secret') > ?",
                              0),
                   ==, 0);
  g_assert_true (kr_account_repository_authenticate (accounts, "admin", ADMIN_PASSWORD, &identity,
                                                     NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kr_identity_get_account_id (identity), ==, id);
  g_assert_cmpstr (kr_identity_get_user_name (identity), ==, "admin");
  g_assert_cmpstr (kr_identity_get_display_name (identity), ==, "Admin");
  g_assert_cmpint (kr_identity_get_role (identity), ==, KR_ROLE_ADMINISTRATOR);
  g_assert_cmpint (kr_identity_get_scope_unit_id (identity), ==, 0);
}

static void
test_wrong_password (Fixture *fixture, gconstpointer data)
{
  Team team = add_team (fixture);
  g_autoptr (GError) wrong = NULL;
  g_autoptr (GError) unknown = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *last_failed_at = NULL;
  guint retry_after = 99;
  gint64 started;

  kr_database_set_identity (fixture->db, NULL);
  wrong = try_sign_in (fixture, "viewer", "not-the-password", &retry_after);
  assert_error (wrong, KR_ERROR_PERMISSION_DENIED, "The user name or password is wrong", NULL);
  g_assert_cmpuint (retry_after, ==, 0);
  g_assert_cmpint (count_failed (fixture, team.viewer), ==, 1);
  last_failed_at =
      query_text (fixture->db, "SELECT last_failed_at FROM account WHERE id = ?", team.viewer);
  g_assert_cmpstr (last_failed_at, ==, "2026-03-02T08:00:00Z");

  /* An unknown user: the same code and message, and the hashing time is spent all the same
   * (the dummy hash has the interactive cost: far more than a millisecond). */
  retry_after = 99;
  started = g_get_monotonic_time ();
  unknown = try_sign_in (fixture, "nobody", "not-the-password", &retry_after);
  g_assert_cmpint (g_get_monotonic_time () - started, >, 10 * G_TIME_SPAN_MILLISECOND);
  g_assert_error (unknown, wrong->domain, wrong->code);
  g_assert_cmpstr (unknown->message, ==, wrong->message);
  g_assert_cmpuint (retry_after, ==, 0);
  g_assert_null (kr_database_get_identity (fixture->db));

  /* The user name is found in any case; passwords are exact. */
  error = try_sign_in (fixture, "VIEWER", "VIEWER-SECRET-4", NULL);
  assert_error (error, KR_ERROR_PERMISSION_DENIED, "wrong", NULL);
  g_clear_error (&error);
  g_assert_cmpint (count_failed (fixture, team.viewer), ==, 2);
  g_assert_null (try_sign_in (fixture, " Viewer ", VIEWER_PASSWORD, NULL));
  g_assert_cmpint (count_failed (fixture, team.viewer), ==, 0);
  g_assert_cmpint (query_int (fixture->db,
                              "SELECT last_failed_at IS NULL FROM account WHERE id = ?",
                              team.viewer),
                   ==, 1);
  /* Wrong passwords of one account do not count against the others. */
  g_assert_cmpint (count_failed (fixture, team.admin), ==, 0);
}

static void
test_disabled (Fixture *fixture, gconstpointer data)
{
  Team team = add_team (fixture);
  g_autoptr (GError) error = NULL;
  g_autoptr (KrAccount) account = NULL;
  guint n_changed = fixture->n_changed;

  g_assert_true (kr_account_repository_set_disabled (fixture->accounts, team.viewer, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, n_changed + 1);
  account = kr_account_repository_get (fixture->accounts, team.viewer, &error);
  g_assert_true (account->disabled);

  /* Only the right password learns that the account is disabled. */
  error = try_sign_in (fixture, "viewer", "not-the-password", NULL);
  assert_error (error, KR_ERROR_PERMISSION_DENIED, "The user name or password is wrong", NULL);
  g_clear_error (&error);
  error = try_sign_in (fixture, "viewer", VIEWER_PASSWORD, NULL);
  assert_error (error, KR_ERROR_PERMISSION_DENIED, "“viewer” is disabled", NULL);
  g_clear_error (&error);

  g_assert_true (
      kr_account_repository_set_disabled (fixture->accounts, team.viewer, FALSE, &error));
  g_assert_no_error (error);
  g_assert_null (try_sign_in (fixture, "viewer", VIEWER_PASSWORD, NULL));
}

static void
test_delay_table (void)
{
  const guint expected[] = { 0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300 };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpuint (_kr_account_get_sign_in_delay (i), ==, expected[i]);
  g_assert_cmpuint (_kr_account_get_sign_in_delay (G_MAXUINT), ==, 300);
}

static void
test_delay (Fixture *fixture, gconstpointer data)
{
  Team team = add_team (fixture);
  g_autoptr (GError) error = NULL;
  guint retry_after = 0;

  kr_database_set_identity (fixture->db, NULL);
  /* The first two wrong passwords cost nothing: the third attempt is heard at once. */
  for (guint i = 1; i <= 3; i++)
    {
      error = try_sign_in (fixture, "operator", "not-the-password", &retry_after);
      assert_error (error, KR_ERROR_PERMISSION_DENIED, "wrong", NULL);
      g_clear_error (&error);
      g_assert_cmpuint (retry_after, ==, 0);
      g_assert_cmpint (count_failed (fixture, team.hr_operator), ==, i);
    }

  /* Three wrong: wait 2 s. One second later even the right password is refused, unchecked and
   * uncounted. */
  set_clock (fixture, 1);
  error = try_sign_in (fixture, "operator", OPERATOR_PASSWORD, &retry_after);
  assert_error (error, KR_ERROR_PERMISSION_DENIED, "Too many wrong passwords", "1 second", NULL);
  g_clear_error (&error);
  g_assert_cmpuint (retry_after, ==, 1);
  g_assert_cmpint (count_failed (fixture, team.hr_operator), ==, 3);
  error = try_sign_in (fixture, "operator", "not-the-password", &retry_after);
  g_assert_cmpuint (retry_after, ==, 1);
  g_clear_error (&error);
  g_assert_cmpint (count_failed (fixture, team.hr_operator), ==, 3);

  /* At 2 s a wrong password is heard: four wrong, wait 4 s from then. */
  set_clock (fixture, 2);
  error = try_sign_in (fixture, "operator", "not-the-password", &retry_after);
  assert_error (error, KR_ERROR_PERMISSION_DENIED, "wrong", NULL);
  g_clear_error (&error);
  g_assert_cmpint (count_failed (fixture, team.hr_operator), ==, 4);
  set_clock (fixture, 3);
  error = try_sign_in (fixture, "operator", OPERATOR_PASSWORD, &retry_after);
  assert_error (error, KR_ERROR_PERMISSION_DENIED, "3 seconds", NULL);
  g_clear_error (&error);
  g_assert_cmpuint (retry_after, ==, 3);
  set_clock (fixture, 5);
  error = try_sign_in (fixture, "operator", OPERATOR_PASSWORD, &retry_after);
  g_assert_cmpuint (retry_after, ==, 1);
  g_clear_error (&error);

  /* Other accounts are not held up. */
  g_assert_null (try_sign_in (fixture, "viewer", VIEWER_PASSWORD, NULL));

  /* After the delay the right password signs in and forgets the wrong ones. */
  set_clock (fixture, 6);
  g_assert_null (try_sign_in (fixture, "operator", OPERATOR_PASSWORD, &retry_after));
  g_assert_cmpuint (retry_after, ==, 0);
  g_assert_cmpint (count_failed (fixture, team.hr_operator), ==, 0);

  /* The delay grows up to five minutes, never more. */
  g_assert_cmpint (sqlite3_exec (_kr_database_get_handle (fixture->db),
                                 "UPDATE account SET failed_sign_ins = 40, last_failed_at = "
                                 "'2026-03-02T08:00:06Z' WHERE user_name = 'operator'",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  error = try_sign_in (fixture, "operator", OPERATOR_PASSWORD, &retry_after);
  g_assert_cmpuint (retry_after, ==, 300);
  g_clear_error (&error);
  set_clock (fixture, 6 + 300);
  g_assert_null (try_sign_in (fixture, "operator", OPERATOR_PASSWORD, NULL));
}

static void
test_reset_password (Fixture *fixture, gconstpointer data)
{
  Team team = add_team (fixture);
  g_autoptr (GError) error = NULL;
  guint retry_after = 0;

  for (guint i = 0; i < 3; i++)
    {
      error = try_sign_in (fixture, "viewer", "forgotten-1", NULL);
      g_clear_error (&error);
    }
  g_assert_cmpint (count_failed (fixture, team.viewer), ==, 3);
  error = try_sign_in (fixture, "viewer", VIEWER_PASSWORD, &retry_after);
  g_assert_cmpuint (retry_after, ==, 2);
  g_clear_error (&error);

  g_assert_false (
      kr_account_repository_reset_password (fixture->accounts, team.viewer, "1234567", &error));
  assert_error (error, KR_ERROR_INVALID, "at least 8 characters", "it has 7", NULL);
  g_clear_error (&error);
  g_assert_false (
      kr_account_repository_reset_password (fixture->accounts, 4242, "new-viewer-1", &error));
  assert_error (error, KR_ERROR_NOT_FOUND, NULL);
  g_clear_error (&error);

  g_assert_true (kr_account_repository_reset_password (fixture->accounts, team.viewer,
                                                       "new-viewer-1", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_failed (fixture, team.viewer), ==, 0);
  /* Signing in works at once, with the new password only. */
  error = try_sign_in (fixture, "viewer", VIEWER_PASSWORD, &retry_after);
  assert_error (error, KR_ERROR_PERMISSION_DENIED, "wrong", NULL);
  g_clear_error (&error);
  g_assert_null (try_sign_in (fixture, "viewer", "new-viewer-1", &retry_after));
  g_assert_cmpuint (retry_after, ==, 0);
}

static void
test_change_own_password (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  add_team (fixture);
  sign_in (fixture, "head", HEAD_PASSWORD);
  g_assert_false (kr_account_repository_change_own_password (fixture->accounts, "not-the-password",
                                                             "new-head-secret", &error));
  assert_error (error, KR_ERROR_INVALID, "current password is wrong", NULL);
  g_clear_error (&error);
  g_assert_false (kr_account_repository_change_own_password (fixture->accounts, HEAD_PASSWORD,
                                                             "short", &error));
  assert_error (error, KR_ERROR_INVALID, "at least 8", NULL);
  g_clear_error (&error);
  g_assert_true (kr_account_repository_change_own_password (fixture->accounts, HEAD_PASSWORD,
                                                            "new-head-secret", &error));
  g_assert_no_error (error);
  error = try_sign_in (fixture, "head", HEAD_PASSWORD, NULL);
  assert_error (error, KR_ERROR_PERMISSION_DENIED, "wrong", NULL);
  g_clear_error (&error);
  g_assert_null (try_sign_in (fixture, "head", "new-head-secret", NULL));
}

static void
test_last_administrator (Fixture *fixture, gconstpointer data)
{
  Team team = add_team (fixture);
  g_autoptr (GError) error = NULL;
  g_autoptr (KrAccount) admin = NULL;
  g_autoptr (KrIdentity) ghost = NULL;
  gint64 second;

  admin = kr_account_repository_get (fixture->accounts, team.admin, &error);
  g_assert_no_error (error);
  admin->role = KR_ROLE_HR_OPERATOR;
  g_assert_false (kr_account_repository_update (fixture->accounts, admin, &error));
  assert_error (error, KR_ERROR_CONFLICT, "“admin” is the last enabled administrator", NULL);
  g_clear_error (&error);
  g_assert_false (kr_account_repository_set_disabled (fixture->accounts, team.admin, TRUE, &error));
  assert_error (error, KR_ERROR_CONFLICT, "You are signed in as “admin”", NULL);
  g_clear_error (&error);

  /* Even an administrator who is not an account (a caller's own identity) cannot disable the
   * last one. */
  ghost = kr_identity_new (4242, "ghost", NULL, KR_ROLE_ADMINISTRATOR, 0);
  kr_database_set_identity (fixture->db, ghost);
  g_assert_false (kr_account_repository_set_disabled (fixture->accounts, team.admin, TRUE, &error));
  assert_error (error, KR_ERROR_CONFLICT, "last enabled administrator", NULL);
  g_clear_error (&error);

  /* A disabled administrator does not count. */
  sign_in (fixture, "admin", ADMIN_PASSWORD);
  second = add_ok (fixture, "admin2", KR_ROLE_ADMINISTRATOR, 0, ADMIN_PASSWORD);
  g_assert_true (kr_account_repository_set_disabled (fixture->accounts, second, TRUE, &error));
  g_assert_no_error (error);
  g_assert_false (kr_account_repository_update (fixture->accounts, admin, &error));
  assert_error (error, KR_ERROR_CONFLICT, "last enabled administrator", NULL);
  g_clear_error (&error);

  /* With another enabled administrator, the signed-in one may step down, and their identity
   * follows at once. */
  g_assert_true (kr_account_repository_set_disabled (fixture->accounts, second, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (kr_account_repository_update (fixture->accounts, admin, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kr_identity_get_role (kr_database_get_identity (fixture->db)), ==,
                   KR_ROLE_HR_OPERATOR);
  g_assert_null (kr_account_repository_list (fixture->accounts, &error));
  assert_error (error, KR_ERROR_PERMISSION_DENIED, NULL);
  g_clear_error (&error);

  sign_in (fixture, "admin2", ADMIN_PASSWORD);
  g_assert_true (kr_account_repository_set_disabled (fixture->accounts, team.admin, TRUE, &error));
  g_assert_no_error (error);
}

/* Every write of the accounts makes kr_database_has_accounts() ask the file again. */
static void
test_has_accounts_cache (Fixture *fixture, gconstpointer data)
{
  Team team = add_team (fixture);
  g_autoptr (GError) error = NULL;
  g_autoptr (KrAccount) account = NULL;
  int *cache = _kr_database_get_has_accounts_cache (fixture->db);
  gboolean has_accounts = FALSE;

  g_assert_true (kr_database_has_accounts (fixture->db, &has_accounts, &error));
  g_assert_true (has_accounts);
  g_assert_cmpint (*cache, ==, 1);

  add_ok (fixture, "another", KR_ROLE_VIEWER, 0, VIEWER_PASSWORD);
  g_assert_cmpint (*cache, ==, -1);

  *cache = 1;
  account = kr_account_repository_get (fixture->accounts, team.viewer, &error);
  g_assert_no_error (error);
  g_free (account->display_name);
  account->display_name = g_strdup ("Peninjau");
  g_assert_true (kr_account_repository_update (fixture->accounts, account, &error));
  g_assert_cmpint (*cache, ==, -1);

  *cache = 1;
  g_assert_true (kr_account_repository_set_disabled (fixture->accounts, team.viewer, TRUE, &error));
  g_assert_cmpint (*cache, ==, -1);

  *cache = 1;
  g_assert_true (kr_account_repository_reset_password (fixture->accounts, team.viewer,
                                                       "new-viewer-1", &error));
  g_assert_cmpint (*cache, ==, -1);

  *cache = 1;
  g_assert_true (kr_account_repository_change_own_password (fixture->accounts, ADMIN_PASSWORD,
                                                            "new-admin-secret", &error));
  g_assert_no_error (error);
  g_assert_cmpint (*cache, ==, -1);
}

/* A database opened read-only still signs in; it keeps no count of wrong passwords. */
static void
test_read_only (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = kr_test_make_tmp_dir ("kr-account-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "karier.db", NULL);
  g_autoptr (KrDatabase) db = kr_database_open (path, KR_DATABASE_FLAGS_NONE, &error);
  g_autoptr (KrAccountRepository) accounts = new_repository (db);
  g_autoptr (KrAccount) account = new_account ("admin", "Admin", KR_ROLE_ADMINISTRATOR, 0);
  g_autoptr (KrIdentity) identity = NULL;
  gint64 id;

  g_assert_no_error (error);
  id = kr_account_repository_add (accounts, account, ADMIN_PASSWORD, &error);
  g_assert_no_error (error);
  g_clear_object (&accounts);
  g_clear_object (&db);

  db = kr_database_open (path, KR_DATABASE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  accounts = new_repository (db);
  g_assert_false (kr_account_repository_authenticate (accounts, "admin", "not-the-password", NULL,
                                                      NULL, &error));
  assert_error (error, KR_ERROR_PERMISSION_DENIED, "wrong", NULL);
  g_clear_error (&error);
  g_assert_cmpint (query_int (db, "SELECT failed_sign_ins FROM account WHERE id = ?", id), ==, 0);
  g_assert_true (kr_account_repository_authenticate (accounts, "admin", ADMIN_PASSWORD, &identity,
                                                     NULL, &error));
  g_assert_no_error (error);

  g_clear_object (&accounts);
  g_clear_object (&db);
  kr_test_remove_tree (dir);
}

static void
test_password_rules (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *too_long = g_strnfill (KR_ACCOUNT_PASSWORD_MAX_LENGTH + 1, 'x');
  /* Eight characters, more bytes. */
  const char *eight = "kata·sandi";

  g_assert_true (kr_account_check_password ("12345678", &error));
  g_assert_true (kr_account_check_password (eight, &error));
  g_assert_no_error (error);
  g_assert_false (kr_account_check_password ("1234567", &error));
  assert_error (error, KR_ERROR_INVALID, "at least 8 characters; it has 7", NULL);
  g_clear_error (&error);
  g_assert_false (kr_account_check_password (too_long, &error));
  assert_error (error, KR_ERROR_INVALID, "too long", NULL);
  g_clear_error (&error);
  g_assert_false (kr_account_check_password ("\xff\xfe-abcdefgh", &error));
  assert_error (error, KR_ERROR_INVALID, "not valid text", NULL);
  g_clear_error (&error);
  g_assert_true (kr_account_check_user_name ("sri.wahyuni_2", &error));
  g_assert_false (kr_account_check_user_name ("sri\twahyuni", &error));
  assert_error (error, KR_ERROR_INVALID, "spaces", NULL);
}

static void
add_test (const char *name, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  add_test ("/account-repository/first-administrator", test_first_administrator);
  g_test_add_func ("/account-repository/first-administrator-elsewhere",
                   test_first_administrator_elsewhere);
  add_test ("/account-repository/refused-without-identity", test_refused_without_identity);
  add_test ("/account-repository/roles", test_roles);
  add_test ("/account-repository/validation", test_validation);
  add_test ("/account-repository/read", test_read);
  g_test_add_func ("/account-repository/hash", test_hash);
  add_test ("/account-repository/wrong-password", test_wrong_password);
  add_test ("/account-repository/disabled", test_disabled);
  g_test_add_func ("/account-repository/delay-table", test_delay_table);
  add_test ("/account-repository/delay", test_delay);
  add_test ("/account-repository/reset-password", test_reset_password);
  add_test ("/account-repository/change-own-password", test_change_own_password);
  add_test ("/account-repository/last-administrator", test_last_administrator);
  add_test ("/account-repository/has-accounts-cache", test_has_accounts_cache);
  g_test_add_func ("/account-repository/read-only", test_read_only);
  g_test_add_func ("/account-repository/password-rules", test_password_rules);

  return g_test_run ();
}
