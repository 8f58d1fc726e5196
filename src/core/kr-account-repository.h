/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "kr-account.h"
#include "kr-database.h"
#include "kr-identity.h"

G_BEGIN_DECLS

#define KR_TYPE_ACCOUNT_REPOSITORY (kr_account_repository_get_type ())

G_DECLARE_FINAL_TYPE (KrAccountRepository, kr_account_repository, KR, ACCOUNT_REPOSITORY, GObject)

/**
 * kr_account_repository_new:
 * @database: an open database
 *
 * Creates the repository of accounts: who may sign in, with which role, and their password
 * hashes (Argon2id through libsodium's crypto_pwhash_str(); a password itself is never stored
 * nor logged). Every write runs in a transaction of its own, or inside the caller's; after
 * each saved change to the accounts the repository emits `changed` (no arguments).
 *
 * Reading and changing accounts needs %KR_PERMISSION_MANAGE_ACCOUNTS (an administrator), with
 * three exceptions: the first account of a database, which anyone may add and which must be an
 * administrator; kr_account_repository_authenticate(); and the signed-in account, which may
 * read itself and change its own password.
 *
 * Returns: (transfer full): the repository
 */
KrAccountRepository *kr_account_repository_new (KrDatabase *database);

/**
 * kr_account_repository_list:
 * @self: a #KrAccountRepository
 * @error: return location for a #GError
 *
 * Lists every account, disabled ones included, by user name.
 *
 * Returns: (transfer full) (element-type KrAccount) (nullable): the accounts, or %NULL with
 *   @error set
 */
GPtrArray *kr_account_repository_list (KrAccountRepository *self, GError **error);

/**
 * kr_account_repository_get:
 * @self: a #KrAccountRepository
 * @id: an account
 * @error: return location for a #GError
 *
 * Reads an account. Fails with %KR_ERROR_NOT_FOUND when it does not exist.
 *
 * Returns: (transfer full) (nullable): the account, or %NULL with @error set
 */
KrAccount *kr_account_repository_get (KrAccountRepository *self, gint64 id, GError **error);

/**
 * kr_account_repository_get_by_user_name:
 * @self: a #KrAccountRepository
 * @user_name: a user name, in any case
 * @error: return location for a #GError
 *
 * Reads the account with @user_name. Fails with %KR_ERROR_NOT_FOUND, naming the user name,
 * when no account has it.
 *
 * Returns: (transfer full) (nullable): the account, or %NULL with @error set
 */
KrAccount *kr_account_repository_get_by_user_name (KrAccountRepository *self,
                                                   const char *user_name,
                                                   GError **error);

/**
 * kr_account_repository_add:
 * @self: a #KrAccountRepository
 * @account: the account to add; its id is set on success. Its @disabled and @created_at are
 *   ignored: a new account is enabled and made now
 * @password: its password, wiped by the caller afterwards
 * @error: return location for a #GError
 *
 * Adds an account with the hash of @password. The first account of a database needs no
 * signed-in identity but must be an administrator; later ones need
 * %KR_PERMISSION_MANAGE_ACCOUNTS. Leading and trailing spaces of the user name and the display
 * name are dropped. Fails with %KR_ERROR_INVALID, naming the field, for a user name or
 * password that kr_account_check_user_name() or kr_account_check_password() refuses, an
 * empty display name, a unit head without a unit or another role with one; with
 * %KR_ERROR_NOT_FOUND when the unit or the employee does not exist; with %KR_ERROR_CONFLICT
 * when the user name is taken; and with %KR_ERROR_PERMISSION_DENIED.
 *
 * Returns: the new account's id, or 0 with @error set
 */
gint64 kr_account_repository_add (KrAccountRepository *self,
                                  KrAccount *account,
                                  const char *password,
                                  GError **error);

/**
 * kr_account_repository_update:
 * @self: a #KrAccountRepository
 * @account: the account, identified by its id, with its new display name, employee, role and
 *   unit; its user name, @disabled and @created_at are ignored
 * @error: return location for a #GError
 *
 * Changes an account, with the checks of kr_account_repository_add(). Fails with
 * %KR_ERROR_CONFLICT when it would leave the database without an enabled administrator. When
 * @account is the signed-in one, the database's identity follows its new role and unit.
 *
 * Returns: %TRUE when the account was changed
 */
gboolean
kr_account_repository_update (KrAccountRepository *self, const KrAccount *account, GError **error);

/**
 * kr_account_repository_set_disabled:
 * @self: a #KrAccountRepository
 * @id: an account
 * @disabled: %TRUE to refuse its sign-ins, %FALSE to allow them again
 * @error: return location for a #GError
 *
 * Disables or enables an account. Fails with %KR_ERROR_CONFLICT for the last enabled
 * administrator and for the signed-in account itself, and with %KR_ERROR_NOT_FOUND when the
 * account does not exist.
 *
 * Returns: %TRUE when the account was changed
 */
gboolean kr_account_repository_set_disabled (KrAccountRepository *self,
                                             gint64 id,
                                             gboolean disabled,
                                             GError **error);

/**
 * kr_account_repository_reset_password:
 * @self: a #KrAccountRepository
 * @id: an account
 * @password: its new password
 * @error: return location for a #GError
 *
 * Gives an account a new password, as an administrator does for someone who forgot theirs,
 * and forgets its wrong passwords so that it may sign in at once. Fails with
 * %KR_ERROR_INVALID for a password that kr_account_check_password() refuses and with
 * %KR_ERROR_NOT_FOUND when the account does not exist.
 *
 * Returns: %TRUE when the password was changed
 */
gboolean kr_account_repository_reset_password (KrAccountRepository *self,
                                               gint64 id,
                                               const char *password,
                                               GError **error);

/**
 * kr_account_repository_change_own_password:
 * @self: a #KrAccountRepository
 * @old_password: the current password of the signed-in account
 * @new_password: its new password
 * @error: return location for a #GError
 *
 * Changes the password of the signed-in account; any role may. Fails with
 * %KR_ERROR_PERMISSION_DENIED when nobody is signed in or the account has been disabled,
 * and with %KR_ERROR_INVALID when @old_password is wrong or kr_account_check_password()
 * refuses @new_password.
 *
 * Returns: %TRUE when the password was changed
 */
gboolean kr_account_repository_change_own_password (KrAccountRepository *self,
                                                    const char *old_password,
                                                    const char *new_password,
                                                    GError **error);

/**
 * kr_account_repository_authenticate:
 * @self: a #KrAccountRepository
 * @user_name: the user name as typed, in any case
 * @password: the password as typed
 * @identity: (out) (transfer full) (optional): on success, who signed in; pass it to
 *   kr_database_set_identity()
 * @retry_after_seconds: (out) (optional): when the attempt came too soon after wrong
 *   passwords, how many seconds remain before the next one is heard; 0 otherwise
 * @error: return location for a #GError
 *
 * Checks a sign-in. An unknown user name and a wrong password fail alike, with
 * %KR_ERROR_PERMISSION_DENIED, the same message and the same hashing time. Each wrong password
 * makes the account wait longer before the next attempt (none for the first two, then 2, 4,
 * 8… seconds up to 5 minutes); an attempt before then fails with %KR_ERROR_PERMISSION_DENIED
 * and @retry_after_seconds set, without checking the password or counting it. A disabled
 * account fails with a message of its own, once its password is right. A right password
 * forgets the wrong ones. On a read-only database wrong passwords are not counted.
 *
 * Returns: %TRUE when the user name and password are right and the account is enabled
 */
gboolean kr_account_repository_authenticate (KrAccountRepository *self,
                                             const char *user_name,
                                             const char *password,
                                             KrIdentity **identity,
                                             guint *retry_after_seconds,
                                             GError **error);

G_END_DECLS
