/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-account"

#include "config.h"

#include "kr-account.h"

#include <string.h>

#include <sodium.h>

#include "kr-error.h"
#include "kr-i18n.h"

G_DEFINE_BOXED_TYPE (KrAccount, kr_account, kr_account_copy, kr_account_free)

KrAccount *
kr_account_new (void)
{
  KrAccount *account = g_new0 (KrAccount, 1);

  account->role = KR_ROLE_VIEWER;
  return account;
}

KrAccount *
kr_account_copy (const KrAccount *account)
{
  KrAccount *copy;

  g_return_val_if_fail (account != NULL, NULL);

  copy = g_memdup2 (account, sizeof *account);
  copy->user_name = g_strdup (account->user_name);
  copy->display_name = g_strdup (account->display_name);
  if (account->created_at != NULL)
    g_date_time_ref (account->created_at);
  return copy;
}

void
kr_account_free (KrAccount *account)
{
  if (account == NULL)
    return;

  g_free (account->user_name);
  g_free (account->display_name);
  g_clear_pointer (&account->created_at, g_date_time_unref);
  g_free (account);
}

gboolean
kr_account_check_user_name (const char *user_name, GError **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (user_name != NULL ? user_name : ""));
  glong length;

  if (*clean == '\0')
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The user name is required"));
      return FALSE;
    }
  if (!g_utf8_validate (clean, -1, NULL))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The user name contains characters that are not valid text"));
      return FALSE;
    }
  length = g_utf8_strlen (clean, -1);
  if (length > KR_ACCOUNT_USER_NAME_MAX_LENGTH)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   ngettext ("The user name must have at most %d characters; %ld was given",
                             "The user name must have at most %d characters; %ld were given",
                             (gulong) length),
                   KR_ACCOUNT_USER_NAME_MAX_LENGTH, length);
      return FALSE;
    }
  for (const char *p = clean; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("The user name must not contain spaces; use a dot or an underscore "
                          "instead, as in “sri.wahyuni”"));
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
kr_account_check_password (const char *password, GError **error)
{
  glong length;

  if (password == NULL || !g_utf8_validate (password, -1, NULL))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The password contains characters that are not valid text"));
      return FALSE;
    }
  length = g_utf8_strlen (password, -1);
  if (length < KR_ACCOUNT_PASSWORD_MIN_LENGTH)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   ngettext ("The password must have at least %d characters; it has %ld",
                             "The password must have at least %d characters; it has %ld",
                             (gulong) length),
                   KR_ACCOUNT_PASSWORD_MIN_LENGTH, length);
      return FALSE;
    }
  if (length > KR_ACCOUNT_PASSWORD_MAX_LENGTH)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The password is too long; use at most %d characters"),
                   KR_ACCOUNT_PASSWORD_MAX_LENGTH);
      return FALSE;
    }
  return TRUE;
}

void
kr_password_free (KrPassword *password)
{
  if (password == NULL)
    return;

  /* sodium_memzero() needs no sodium_init(). */
  sodium_memzero (password, strlen (password));
  g_free (password);
}
