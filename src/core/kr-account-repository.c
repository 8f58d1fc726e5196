/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-account-repository"

#include "config.h"

#include "kr-account-repository.h"

#include <string.h>

#include <sodium.h>

#include "kr-account-checks-private.h"
#include "kr-account-repository-private.h"
#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-repository-private.h"

struct _KrAccountRepository
{
  GObject parent_instance;

  KrStatements *statements;
  /* Tests fix the time and make hashes cheap (kr-account-repository-private.h). */
  GDateTime *now;
  guint64 opslimit;
  gsize memlimit;
};

G_DEFINE_FINAL_TYPE (KrAccountRepository, kr_account_repository, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* How many seconds an account waits after its Nth wrong password in a row, N being the index
 * (the last entry for more): a typo or two cost nothing, then the wait doubles up to five
 * minutes, which makes guessing hopeless without locking the owner out for long. */
static const guint sign_in_delays[] = { 0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300 };

/* An Argon2id hash of the interactive cost (m=65536 KiB, t=2, p=1, as crypto_pwhash_str()
 * makes them) that no account has: an unknown user name is checked against it so that it
 * takes as long as a wrong password. Its password is irrelevant: the check always fails. */
static const char dummy_hash[crypto_pwhash_STRBYTES] =
    "$argon2id$v=19$m=65536,t=2,p=1$zZkYLMqNJwZohtvZH9OxEw$"
    "Sc3eGqLOG0Z6FeVtwmndCXvWH9pqwt9u4IB0StqNh9Q";

#define ACCOUNT_COLUMNS                                                                            \
  "id, user_name, display_name, employee_id, role, unit_id, disabled, created_at"

static const char sql_get[] = "SELECT " ACCOUNT_COLUMNS " FROM account WHERE id = ?";
static const char sql_get_by_user_name[] =
    "SELECT " ACCOUNT_COLUMNS " FROM account WHERE user_name = ?";
static const char sql_list[] = "SELECT " ACCOUNT_COLUMNS " FROM account ORDER BY user_name, id";
static const char sql_sign_in[] =
    "SELECT id, user_name, display_name, role, unit_id, disabled, failed_sign_ins, "
    "last_failed_at, password_hash FROM account WHERE user_name = ?";
static const char sql_own_password[] =
    "SELECT user_name, disabled, password_hash FROM account WHERE id = ?";
static const char sql_count_accounts[] = "SELECT count(*) FROM account WHERE id <> ?";
static const char sql_insert[] =
    "INSERT INTO account (user_name, display_name, employee_id, role, unit_id, password_hash, "
    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
static const char sql_update[] =
    "UPDATE account SET display_name = ?, employee_id = ?, role = ?, unit_id = ? WHERE id = ?";
static const char sql_set_disabled[] = "UPDATE account SET disabled = ? WHERE id = ?";
static const char sql_set_password[] =
    "UPDATE account SET password_hash = ?, failed_sign_ins = 0, last_failed_at = NULL "
    "WHERE id = ?";
static const char sql_record_failure[] =
    "UPDATE account SET failed_sign_ins = failed_sign_ins + 1, last_failed_at = ? WHERE id = ?";
static const char sql_forget_failures[] =
    "UPDATE account SET failed_sign_ins = 0, last_failed_at = NULL WHERE id = ?";

/* Object */

static void
kr_account_repository_finalize (GObject *object)
{
  KrAccountRepository *self = KR_ACCOUNT_REPOSITORY (object);

  g_clear_pointer (&self->statements, _kr_statements_free);
  g_clear_pointer (&self->now, g_date_time_unref);

  G_OBJECT_CLASS (kr_account_repository_parent_class)->finalize (object);
}

static void
kr_account_repository_class_init (KrAccountRepositoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kr_account_repository_finalize;

  /**
   * KrAccountRepository::changed:
   * @self: the repository
   *
   * Emitted after a change to the accounts was saved (not after sign-ins).
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
kr_account_repository_init (KrAccountRepository *self)
{
  self->opslimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
  self->memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
}

KrAccountRepository *
kr_account_repository_new (KrDatabase *database)
{
  KrAccountRepository *self;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);

  self = g_object_new (KR_TYPE_ACCOUNT_REPOSITORY, NULL);
  self->statements = _kr_statements_new (database);
  return self;
}

void
_kr_account_repository_set_now (KrAccountRepository *self, GDateTime *now)
{
  g_return_if_fail (KR_IS_ACCOUNT_REPOSITORY (self));

  g_clear_pointer (&self->now, g_date_time_unref);
  if (now != NULL)
    self->now = g_date_time_ref (now);
}

void
_kr_account_repository_set_hash_cost (KrAccountRepository *self, guint64 opslimit, gsize memlimit)
{
  g_return_if_fail (KR_IS_ACCOUNT_REPOSITORY (self));

  self->opslimit = opslimit;
  self->memlimit = memlimit;
}

guint
_kr_account_get_sign_in_delay (guint n_failed)
{
  return sign_in_delays[MIN (n_failed, G_N_ELEMENTS (sign_in_delays) - 1)];
}

/* Helpers */

static KrDatabase *
get_database (KrAccountRepository *self)
{
  return _kr_statements_get_database (self->statements);
}

static GDateTime *
dup_now (KrAccountRepository *self)
{
  return self->now != NULL ? g_date_time_to_utc (self->now) : g_date_time_new_now_utc ();
}

/* Times are stored in UTC to the second, as ISO 8601. */
static char *
format_time (GDateTime *time)
{
  g_autoptr (GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static gboolean
ensure_sodium (GError **error)
{
  static gsize state = 0; /* 1: ready, 2: failed */

  if (g_once_init_enter (&state))
    g_once_init_leave (&state, sodium_init () >= 0 ? 1 : 2);
  if (state == 1)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_STORAGE,
               _ ("Could not start the password library (libsodium)"));
  return FALSE;
}

/* Hashes @password into @hash with the repository's cost; the hash embeds its salt and
 * cost. */
static gboolean
hash_password (KrAccountRepository *self,
               const char *password,
               char hash[crypto_pwhash_STRBYTES],
               GError **error)
{
  if (!ensure_sodium (error))
    return FALSE;
  if (crypto_pwhash_str (hash, password, strlen (password), self->opslimit, self->memlimit) == 0)
    return TRUE;
  /* Argon2id fails only when it cannot have its memory. */
  g_set_error (error, KR_ERROR, KR_ERROR_STORAGE,
               _ ("Could not protect the password: not enough memory; close other programs and "
                  "try again"));
  return FALSE;
}

static gboolean
verify_password (const char *hash, const char *password)
{
  return crypto_pwhash_str_verify (hash, password, strlen (password)) == 0;
}

static void
set_account_not_found (GError **error, gint64 id)
{
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, _ ("The account %lld does not exist"),
               (long long) id);
}

static void
set_wrong_password (GError **error)
{
  g_set_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED,
               _ ("The user name or password is wrong"));
}

static void
set_disabled (GError **error, const char *user_name)
{
  g_set_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED,
               _ ("The account “%s” is disabled; ask an administrator to enable it"), user_name);
}

static KrAccount *
read_account (sqlite3_stmt *stmt)
{
  KrAccount *account = kr_account_new ();
  const char *created_at = (const char *) sqlite3_column_text (stmt, 7);

  account->id = sqlite3_column_int64 (stmt, 0);
  account->user_name = _kr_column_dup_text (stmt, 1);
  account->display_name = _kr_column_dup_text (stmt, 2);
  account->employee_id = sqlite3_column_int64 (stmt, 3);
  /* An unknown code grants the least. */
  account->role = _kr_enum_from_code (KR_TYPE_ROLE, (const char *) sqlite3_column_text (stmt, 4),
                                      KR_ROLE_VIEWER);
  account->unit_id = sqlite3_column_int64 (stmt, 5);
  account->disabled = sqlite3_column_int (stmt, 6) != 0;
  if (created_at != NULL)
    account->created_at = g_date_time_new_from_iso8601 (created_at, NULL);
  return account;
}

/* Reads account @id; %NULL with %KR_ERROR_NOT_FOUND when it does not exist. */
static KrAccount *
find_account (KrAccountRepository *self, gint64 id, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_get, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error);
  if (rc == SQLITE_ROW)
    return read_account (stmt);
  if (rc == SQLITE_DONE)
    set_account_not_found (error, id);
  return NULL;
}

static gint64
get_signed_in_id (KrAccountRepository *self)
{
  KrIdentity *identity = kr_database_get_identity (get_database (self));

  return identity != NULL ? kr_identity_get_account_id (identity) : 0;
}

/* Checks that the signed-in identity may manage accounts. The file is asked afresh whether it
 * has accounts, in case another connection made the first one. */
static gboolean
check_manage (KrAccountRepository *self, GError **error)
{
  KrDatabase *db = get_database (self);

  *_kr_database_get_has_accounts_cache (db) = -1;
  return _kr_database_check (db, KR_PERMISSION_MANAGE_ACCOUNTS, error);
}

/* Starts a write that needs %KR_PERMISSION_MANAGE_ACCOUNTS. */
static gboolean
begin_managing (KrAccountRepository *self, gboolean *own, GError **error)
{
  if (!_kr_statements_begin (self->statements, own, error))
    return FALSE;
  if (check_manage (self, error))
    return TRUE;
  _kr_statements_end (self->statements, *own, FALSE, NULL);
  return FALSE;
}

/* Ends a write of the accounts: commits a transaction of our own, forgets whether the file has
 * accounts, and announces a saved change when @announce. */
static gboolean
finish_write (KrAccountRepository *self,
              gboolean own,
              gboolean ok,
              gboolean announce,
              GError **error)
{
  gboolean saved = _kr_statements_end (self->statements, own, ok, error);

  *_kr_database_get_has_accounts_cache (get_database (self)) = -1;
  if (saved && announce)
    g_signal_emit (self, signals[CHANGED], 0);
  return saved;
}

/* Reading */

GPtrArray *
kr_account_repository_list (KrAccountRepository *self, GError **error)
{
  g_autoptr (GPtrArray) accounts = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_ACCOUNT_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_manage (self, error) ||
      (stmt = _kr_statements_get (self->statements, sql_list, error)) == NULL)
    return NULL;
  accounts = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_account_free);
  while ((rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error)) ==
         SQLITE_ROW)
    g_ptr_array_add (accounts, read_account (stmt));
  return rc == SQLITE_DONE ? g_steal_pointer (&accounts) : NULL;
}

KrAccount *
kr_account_repository_get (KrAccountRepository *self, gint64 id, GError **error)
{
  g_return_val_if_fail (KR_IS_ACCOUNT_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (id != get_signed_in_id (self) && !check_manage (self, error))
    return NULL;
  return find_account (self, id, error);
}

KrAccount *
kr_account_repository_get_by_user_name (KrAccountRepository *self,
                                        const char *user_name,
                                        GError **error)
{
  KrIdentity *identity;
  g_autofree char *clean = NULL;
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_ACCOUNT_REPOSITORY (self), NULL);
  g_return_val_if_fail (user_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  clean = g_strstrip (g_strdup (user_name));
  identity = kr_database_get_identity (get_database (self));
  /* The column compares in NOCASE, which folds ASCII letters only. */
  if ((identity == NULL || g_ascii_strcasecmp (kr_identity_get_user_name (identity), clean) != 0) &&
      !check_manage (self, error))
    return NULL;
  if ((stmt = _kr_statements_get (self->statements, sql_get_by_user_name, error)) == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, clean, -1, SQLITE_TRANSIENT);
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error);
  if (rc == SQLITE_ROW)
    return read_account (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND, _ ("No account has the user name “%s”"),
                 clean);
  return NULL;
}

/* Adding */

/* The first account needs nobody signed in and must be an administrator; the others need
 * an administrator. */
static gboolean
check_may_add (KrAccountRepository *self, const KrAccount *account, GError **error)
{
  gint64 n_accounts = 0;

  if (!_kr_statements_count (self->statements, sql_count_accounts, 0, &n_accounts, error))
    return FALSE;
  if (n_accounts > 0)
    return check_manage (self, error);
  if (account->role == KR_ROLE_ADMINISTRATOR)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               _ ("The first account must be an administrator, who can then add the others"));
  return FALSE;
}

static gint64
insert_account (KrAccountRepository *self,
                const KrAccount *account,
                const char *user_name,
                const char *display_name,
                const char *password,
                GError **error)
{
  char hash[crypto_pwhash_STRBYTES] = { 0 };
  g_autoptr (GDateTime) now = dup_now (self);
  g_autofree char *created_at = format_time (now);
  g_auto (KrStmt) stmt = NULL;

  if (!check_may_add (self, account, error) ||
      !_kr_account_check_user_name_free (self->statements, user_name, error) ||
      !_kr_account_check_references (self->statements, account, error) ||
      !hash_password (self, password, hash, error) ||
      (stmt = _kr_statements_get (self->statements, sql_insert, error)) == NULL)
    return 0;
  _kr_bind_text (stmt, 1, user_name);
  _kr_bind_text (stmt, 2, display_name);
  _kr_bind_id (stmt, 3, account->employee_id);
  sqlite3_bind_text (stmt, 4, _kr_enum_get_code (KR_TYPE_ROLE, account->role), -1, SQLITE_STATIC);
  _kr_bind_id (stmt, 5, account->unit_id);
  sqlite3_bind_text (stmt, 6, hash, -1, SQLITE_TRANSIENT);
  _kr_bind_text (stmt, 7, created_at);
  if (!_kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error))
    return 0;
  return _kr_statements_last_insert_id (self->statements);
}

gint64
kr_account_repository_add (KrAccountRepository *self,
                           KrAccount *account,
                           const char *password,
                           GError **error)
{
  g_autofree char *user_name = NULL;
  g_autofree char *display_name = NULL;
  gboolean own;
  gint64 id;

  g_return_val_if_fail (KR_IS_ACCOUNT_REPOSITORY (self), 0);
  g_return_val_if_fail (account != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  user_name = _kr_strip_dup (account->user_name);
  display_name = _kr_strip_dup (account->display_name);
  if (!kr_account_check_user_name (user_name, error) ||
      !_kr_account_check_values (account, display_name, error) ||
      !kr_account_check_password (password, error))
    return 0;
  if (!_kr_statements_begin (self->statements, &own, error))
    return 0;
  id = insert_account (self, account, user_name, display_name, password, error);
  if (!finish_write (self, own, id != 0, TRUE, error))
    return 0;
  account->id = id;
  return id;
}

/* Changing */

/* When the signed-in account changed, the identity follows its new name, role and unit. */
static void
refresh_identity (KrAccountRepository *self, const KrAccount *account)
{
  KrDatabase *db = get_database (self);
  g_autoptr (KrIdentity) identity = NULL;

  if (get_signed_in_id (self) != account->id)
    return;
  identity = kr_identity_new (account->id, account->user_name, account->display_name, account->role,
                              account->unit_id);
  kr_database_set_identity (db, identity);
}

static gboolean
update_account (KrAccountRepository *self,
                const KrAccount *account,
                const char *display_name,
                KrAccount **stored,
                GError **error)
{
  g_autoptr (KrAccount) old = find_account (self, account->id, error);
  g_auto (KrStmt) stmt = NULL;

  if (old == NULL)
    return FALSE;
  if (account->role != KR_ROLE_ADMINISTRATOR &&
      !_kr_account_check_not_last_administrator (self->statements, old, error))
    return FALSE;
  if (!_kr_account_check_references (self->statements, account, error) ||
      (stmt = _kr_statements_get (self->statements, sql_update, error)) == NULL)
    return FALSE;
  _kr_bind_text (stmt, 1, display_name);
  _kr_bind_id (stmt, 2, account->employee_id);
  sqlite3_bind_text (stmt, 3, _kr_enum_get_code (KR_TYPE_ROLE, account->role), -1, SQLITE_STATIC);
  _kr_bind_id (stmt, 4, account->unit_id);
  sqlite3_bind_int64 (stmt, 5, account->id);
  if (!_kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error))
    return FALSE;
  g_free (old->display_name);
  old->display_name = g_strdup (display_name);
  old->employee_id = account->employee_id;
  old->role = account->role;
  old->unit_id = account->unit_id;
  *stored = g_steal_pointer (&old);
  return TRUE;
}

gboolean
kr_account_repository_update (KrAccountRepository *self, const KrAccount *account, GError **error)
{
  g_autofree char *display_name = NULL;
  g_autoptr (KrAccount) stored = NULL;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_ACCOUNT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (account != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display_name = _kr_strip_dup (account->display_name);
  if (!_kr_account_check_values (account, display_name, error) ||
      !begin_managing (self, &own, error))
    return FALSE;
  ok = update_account (self, account, display_name, &stored, error);
  if (!finish_write (self, own, ok, TRUE, error))
    return FALSE;
  refresh_identity (self, stored);
  return TRUE;
}

static gboolean
set_account_disabled (KrAccountRepository *self, gint64 id, gboolean disabled, GError **error)
{
  g_autoptr (KrAccount) account = find_account (self, id, error);
  g_auto (KrStmt) stmt = NULL;

  if (account == NULL)
    return FALSE;
  if (disabled && id == get_signed_in_id (self))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                   _ ("You are signed in as “%s”; another administrator must disable this "
                      "account"),
                   account->user_name);
      return FALSE;
    }
  if (disabled && !_kr_account_check_not_last_administrator (self->statements, account, error))
    return FALSE;
  if ((stmt = _kr_statements_get (self->statements, sql_set_disabled, error)) == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, disabled ? 1 : 0);
  sqlite3_bind_int64 (stmt, 2, id);
  return _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
}

gboolean
kr_account_repository_set_disabled (KrAccountRepository *self,
                                    gint64 id,
                                    gboolean disabled,
                                    GError **error)
{
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_ACCOUNT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!begin_managing (self, &own, error))
    return FALSE;
  ok = set_account_disabled (self, id, disabled, error);
  return finish_write (self, own, ok, TRUE, error);
}

/* Stores the hash of @password for @id and forgets its wrong passwords. */
static gboolean
store_password (KrAccountRepository *self, gint64 id, const char *password, GError **error)
{
  char hash[crypto_pwhash_STRBYTES] = { 0 };
  g_auto (KrStmt) stmt = NULL;

  if (!hash_password (self, password, hash, error) ||
      (stmt = _kr_statements_get (self->statements, sql_set_password, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  return _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
}

gboolean
kr_account_repository_reset_password (KrAccountRepository *self,
                                      gint64 id,
                                      const char *password,
                                      GError **error)
{
  g_autoptr (KrAccount) account = NULL;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_ACCOUNT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kr_account_check_password (password, error) || !begin_managing (self, &own, error))
    return FALSE;
  ok = (account = find_account (self, id, error)) != NULL &&
       store_password (self, id, password, error);
  return finish_write (self, own, ok, TRUE, error);
}

/* Checks @old_password against the signed-in account @id, which must still be enabled. */
static gboolean
check_own_password (KrAccountRepository *self, gint64 id, const char *old_password, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_own_password, error);
  char hash[crypto_pwhash_STRBYTES] = { 0 };
  int rc;

  if (stmt == NULL || !ensure_sodium (error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error);
  if (rc == SQLITE_DONE)
    set_account_not_found (error, id);
  if (rc != SQLITE_ROW)
    return FALSE;
  if (sqlite3_column_int (stmt, 1) != 0)
    {
      set_disabled (error, (const char *) sqlite3_column_text (stmt, 0));
      return FALSE;
    }
  g_strlcpy (hash, (const char *) sqlite3_column_text (stmt, 2), sizeof hash);
  if (verify_password (hash, old_password))
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The current password is wrong"));
  return FALSE;
}

gboolean
kr_account_repository_change_own_password (KrAccountRepository *self,
                                           const char *old_password,
                                           const char *new_password,
                                           GError **error)
{
  gint64 id;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_ACCOUNT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (old_password != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = get_signed_in_id (self);
  if (id == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED,
                   _ ("Sign in to change your password"));
      return FALSE;
    }
  if (!kr_account_check_password (new_password, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  ok = check_own_password (self, id, old_password, error) &&
       store_password (self, id, new_password, error);
  return finish_write (self, own, ok, TRUE, error);
}

/* Signing in */

/* What a sign-in needs to know of an account. */
typedef struct
{
  gint64 id;
  char *user_name;
  char *display_name;
  KrRole role;
  gint64 unit_id;
  gboolean disabled;
  guint n_failed;
  GDateTime *last_failed_at;
  char hash[crypto_pwhash_STRBYTES];
} SignIn;

static void
sign_in_clear (SignIn *sign_in)
{
  g_clear_pointer (&sign_in->user_name, g_free);
  g_clear_pointer (&sign_in->display_name, g_free);
  g_clear_pointer (&sign_in->last_failed_at, g_date_time_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SignIn, sign_in_clear)

/* Reads the account of @user_name into @sign_in; sets @found. */
static gboolean
read_sign_in (KrAccountRepository *self,
              const char *user_name,
              SignIn *sign_in,
              gboolean *found,
              GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_sign_in, error);
  const char *last_failed_at;
  int rc;

  if (stmt == NULL)
    return FALSE;
  _kr_bind_text (stmt, 1, user_name);
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error);
  *found = rc == SQLITE_ROW;
  if (rc != SQLITE_ROW)
    return rc == SQLITE_DONE;

  sign_in->id = sqlite3_column_int64 (stmt, 0);
  sign_in->user_name = _kr_column_dup_text (stmt, 1);
  sign_in->display_name = _kr_column_dup_text (stmt, 2);
  sign_in->role = _kr_enum_from_code (KR_TYPE_ROLE, (const char *) sqlite3_column_text (stmt, 3),
                                      KR_ROLE_VIEWER);
  sign_in->unit_id = sqlite3_column_int64 (stmt, 4);
  sign_in->disabled = sqlite3_column_int (stmt, 5) != 0;
  sign_in->n_failed = (guint) CLAMP (sqlite3_column_int64 (stmt, 6), 0, G_MAXUINT);
  last_failed_at = (const char *) sqlite3_column_text (stmt, 7);
  if (last_failed_at != NULL)
    sign_in->last_failed_at = g_date_time_new_from_iso8601 (last_failed_at, NULL);
  g_strlcpy (sign_in->hash, (const char *) sqlite3_column_text (stmt, 8), sizeof sign_in->hash);
  return TRUE;
}

/* The seconds that @sign_in must still wait at @now before its next attempt is heard. */
static guint
get_wait (const SignIn *sign_in, GDateTime *now)
{
  guint delay = _kr_account_get_sign_in_delay (sign_in->n_failed);
  GTimeSpan elapsed;

  if (delay == 0 || sign_in->last_failed_at == NULL)
    return 0;
  /* A clock set back makes the account wait the whole delay, no more. */
  elapsed = MAX (g_date_time_difference (now, sign_in->last_failed_at) / G_TIME_SPAN_SECOND, 0);
  return elapsed >= delay ? 0 : delay - (guint) elapsed;
}

/* Counts a wrong password at @now (@now NULL: forgets them after a right one). A read-only
 * database keeps no count. */
static gboolean
record_attempt (KrAccountRepository *self, gint64 id, GDateTime *now, GError **error)
{
  g_autofree char *time = now != NULL ? format_time (now) : NULL;
  g_auto (KrStmt) stmt = NULL;
  gboolean own, ok;

  if (kr_database_is_read_only (get_database (self)))
    return TRUE;
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  ok = (stmt = _kr_statements_get (self->statements,
                                   now != NULL ? sql_record_failure : sql_forget_failures,
                                   error)) != NULL;
  if (ok)
    {
      if (now != NULL)
        {
          _kr_bind_text (stmt, 1, time);
          sqlite3_bind_int64 (stmt, 2, id);
        }
      else
        sqlite3_bind_int64 (stmt, 1, id);
      ok = _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
    }
  return finish_write (self, own, ok, FALSE, error);
}

static void
set_too_soon (GError **error, guint wait)
{
  g_set_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED,
               ngettext ("Too many wrong passwords: wait %u second before trying again",
                         "Too many wrong passwords: wait %u seconds before trying again", wait),
               wait);
}

/* Checks @password for the account in @sign_in, which exists. */
static gboolean
check_sign_in (KrAccountRepository *self,
               const SignIn *sign_in,
               const char *password,
               guint *retry_after_seconds,
               GError **error)
{
  g_autoptr (GDateTime) now = dup_now (self);
  guint wait = get_wait (sign_in, now);

  if (wait > 0)
    {
      *retry_after_seconds = wait;
      set_too_soon (error, wait);
      return FALSE;
    }
  if (!verify_password (sign_in->hash, password))
    {
      if (record_attempt (self, sign_in->id, now, error))
        set_wrong_password (error);
      return FALSE;
    }
  if (sign_in->disabled)
    {
      set_disabled (error, sign_in->user_name);
      return FALSE;
    }
  return sign_in->n_failed == 0 || record_attempt (self, sign_in->id, NULL, error);
}

gboolean
kr_account_repository_authenticate (KrAccountRepository *self,
                                    const char *user_name,
                                    const char *password,
                                    KrIdentity **identity,
                                    guint *retry_after_seconds,
                                    GError **error)
{
  g_auto (SignIn) sign_in = { 0 };
  g_autofree char *clean = NULL;
  guint retry_after = 0;
  gboolean found = FALSE;

  g_return_val_if_fail (KR_IS_ACCOUNT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (user_name != NULL, FALSE);
  g_return_val_if_fail (password != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (identity != NULL)
    *identity = NULL;
  if (retry_after_seconds != NULL)
    *retry_after_seconds = 0;
  clean = g_strstrip (g_strdup (user_name));
  if (!ensure_sodium (error) || !read_sign_in (self, clean, &sign_in, &found, error))
    return FALSE;
  if (!found)
    {
      /* As long as a wrong password takes, so that the time does not tell who exists. */
      verify_password (dummy_hash, password);
      set_wrong_password (error);
      return FALSE;
    }
  if (!check_sign_in (self, &sign_in, password, &retry_after, error))
    {
      if (retry_after_seconds != NULL)
        *retry_after_seconds = retry_after;
      return FALSE;
    }
  if (identity != NULL)
    *identity = kr_identity_new (sign_in.id, sign_in.user_name, sign_in.display_name, sign_in.role,
                                 sign_in.role == KR_ROLE_UNIT_HEAD ? sign_in.unit_id : 0);
  return TRUE;
}
