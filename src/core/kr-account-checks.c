/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The checks an account passes before it is stored: its own values, the unit and employee it
 * names, a free user name, and an enabled administrator left behind. */

#include "config.h"

#include <string.h>

#include "kr-account-checks-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

static const char sql_count_other_administrators[] =
    "SELECT count(*) FROM account WHERE role = 'administrator' AND disabled = 0 AND id <> ?";
static const char sql_user_name_taken[] =
    "SELECT display_name FROM account WHERE user_name = ? AND id <> ?";
static const char sql_count_unit[] = "SELECT count(*) FROM unit WHERE id = ?";
static const char sql_count_employee[] = "SELECT count(*) FROM employee WHERE id = ?";

/* Checks what an account says about itself, before any lookup. */
gboolean
_kr_account_check_values (const KrAccount *account, const char *display_name, GError **error)
{
  if (display_name == NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The display name is required"));
      return FALSE;
    }
  if (!g_utf8_validate (display_name, -1, NULL) || strpbrk (display_name, "\t\n\r") != NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The display name must be one line of text, without tabs"));
      return FALSE;
    }
  if (g_utf8_strlen (display_name, -1) > KR_ACCOUNT_DISPLAY_NAME_MAX_LENGTH)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The display name is too long; use at most %d characters"),
                   KR_ACCOUNT_DISPLAY_NAME_MAX_LENGTH);
      return FALSE;
    }
  if (account->role >= KR_N_ROLES)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The role is not known"));
      return FALSE;
    }
  if (account->role == KR_ROLE_UNIT_HEAD && account->unit_id == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("A unit head needs the unit they lead; choose a unit"));
      return FALSE;
    }
  if (account->role != KR_ROLE_UNIT_HEAD && account->unit_id != 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: %s is a role, such as “HR operator” */
                   _ ("Only a unit head leads a unit; leave the unit empty for the role %s"),
                   kr_role_get_label (account->role));
      return FALSE;
    }
  return TRUE;
}

/* Checks that the unit and the employee that @account names exist. */
gboolean
_kr_account_check_references (KrStatements *statements, const KrAccount *account, GError **error)
{
  gint64 n = 1;

  if (account->unit_id != 0)
    {
      if (!_kr_statements_count (statements, sql_count_unit, account->unit_id, &n, error))
        return FALSE;
      if (n == 0)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                       _ ("The unit %lld does not exist; it may have been deleted"),
                       (long long) account->unit_id);
          return FALSE;
        }
    }
  if (account->employee_id != 0)
    {
      if (!_kr_statements_count (statements, sql_count_employee, account->employee_id, &n, error))
        return FALSE;
      if (n == 0)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                       _ ("The employee %lld does not exist; they may have been deleted"),
                       (long long) account->employee_id);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
_kr_account_check_user_name_free (KrStatements *statements, const char *user_name, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (statements, sql_user_name_taken, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _kr_bind_text (stmt, 1, user_name);
  sqlite3_bind_int64 (stmt, 2, 0);
  rc = _kr_statements_step (statements, stmt, _ ("Could not read"), error);
  if (rc == SQLITE_ROW)
    g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
                 _ ("The user name “%s” is already taken by “%s”; choose another"), user_name,
                 (const char *) sqlite3_column_text (stmt, 0));
  return rc == SQLITE_DONE;
}

/* Refuses to leave the database without an enabled administrator when @account, as stored,
 * stops being one. */
gboolean
_kr_account_check_not_last_administrator (KrStatements *statements,
                                          const KrAccount *account,
                                          GError **error)
{
  gint64 n_others = 0;

  if (account->role != KR_ROLE_ADMINISTRATOR || account->disabled)
    return TRUE;
  if (!_kr_statements_count (statements, sql_count_other_administrators, account->id, &n_others,
                             error))
    return FALSE;
  if (n_others > 0)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_CONFLICT,
               _ ("“%s” is the last enabled administrator; make another account an "
                  "administrator first"),
               account->user_name);
  return FALSE;
}
