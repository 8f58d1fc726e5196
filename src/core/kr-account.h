/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "kr-identity.h"

G_BEGIN_DECLS

/* The rules of user names and passwords (migrations/0006-accounts.sql). */
#define KR_ACCOUNT_USER_NAME_MAX_LENGTH    64
#define KR_ACCOUNT_PASSWORD_MIN_LENGTH     8
#define KR_ACCOUNT_PASSWORD_MAX_LENGTH     1024
#define KR_ACCOUNT_DISPLAY_NAME_MAX_LENGTH 128

/**
 * KrAccount:
 * @id: the account's id, 0 before it is stored
 * @user_name: what its owner types to sign in; unique in the database whatever its case
 * @display_name: the name shown for the account, such as the owner's full name
 * @employee_id: the employee who owns the account, 0 when none
 * @role: what the account may do
 * @unit_id: for %KR_ROLE_UNIT_HEAD, the unit whose subtree they lead; 0 for other roles
 * @disabled: whether signing in is refused; accounts are disabled, never deleted
 * @created_at: (nullable): read-only: when the account was added, in UTC
 *
 * An account of a database, without its password, as kr_account_repository_get() reads it.
 */
typedef struct
{
  gint64 id;
  char *user_name;
  char *display_name;
  gint64 employee_id;
  KrRole role;
  gint64 unit_id;
  gboolean disabled;
  GDateTime *created_at;
} KrAccount;

GType kr_account_get_type (void);
#define KR_TYPE_ACCOUNT (kr_account_get_type ())

/**
 * kr_account_new:
 *
 * Returns: (transfer full): an empty account of the viewer role; free it with kr_account_free()
 */
KrAccount *kr_account_new (void);

/**
 * kr_account_copy:
 * @account: an account
 *
 * Returns: (transfer full): a deep copy of @account
 */
KrAccount *kr_account_copy (const KrAccount *account);

/**
 * kr_account_free:
 * @account: (nullable): an account
 *
 * Frees @account and what it holds.
 */
void kr_account_free (KrAccount *account);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrAccount, kr_account_free)

/**
 * kr_account_check_user_name:
 * @user_name: (nullable): a user name, as typed
 * @error: return location for a #GError
 *
 * Checks a user name before it is stored: after dropping leading and trailing spaces it must
 * have 1 to %KR_ACCOUNT_USER_NAME_MAX_LENGTH characters and no spaces. Fails with
 * %KR_ERROR_INVALID and a message naming the field.
 *
 * Returns: %TRUE when @user_name may be stored
 */
gboolean kr_account_check_user_name (const char *user_name, GError **error);

/**
 * kr_account_check_password:
 * @password: (nullable): a new password
 * @error: return location for a #GError
 *
 * Checks a new password: valid UTF-8 text of %KR_ACCOUNT_PASSWORD_MIN_LENGTH to
 * %KR_ACCOUNT_PASSWORD_MAX_LENGTH characters. Fails with %KR_ERROR_INVALID
 * and a message that says how long it must be. The password is never part of the message.
 *
 * Returns: %TRUE when @password may be set
 */
gboolean kr_account_check_password (const char *password, GError **error);

/**
 * KrPassword:
 *
 * A password that its holder must wipe from memory once used: a plain `char` string freed
 * with kr_password_free(), so that `g_autoptr (KrPassword)` wipes it when it goes out of
 * scope.
 */
typedef char KrPassword;

/**
 * kr_password_free:
 * @password: (nullable): a password allocated with g_malloc()
 *
 * Overwrites @password with zeros, in a way the compiler cannot leave out, and frees it.
 */
void kr_password_free (KrPassword *password);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrPassword, kr_password_free)

G_END_DECLS
