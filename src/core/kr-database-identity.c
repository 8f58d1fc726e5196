/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-database"

#include "config.h"

#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* Who may do what through a connection: see kr-identity.h and kr_database_set_identity(). */

gboolean
kr_database_has_accounts (KrDatabase *self, gboolean *has_accounts, GError **error)
{
  int *cache = _kr_database_get_has_accounts_cache (self);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (has_accounts != NULL, FALSE);

  /* A file older than the accounts (schema 6), opened read-only and so not upgraded. */
  if (*cache < 0 && kr_database_get_schema_version (self) < 6)
    *cache = 0;
  if (*cache < 0)
    {
      rc = sqlite3_prepare_v2 (_kr_database_get_handle (self),
                               "SELECT EXISTS (SELECT 1 FROM account)", -1, &stmt, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        *cache = sqlite3_column_int (stmt, 0) != 0;
      else
        _kr_database_set_error (self, error, rc, _ ("Could not read the accounts"));
      sqlite3_finalize (stmt);
      if (*cache < 0)
        return FALSE;
    }
  *has_accounts = *cache;
  return TRUE;
}

static const char *
describe_permission (KrPermission permission)
{
  switch (permission)
    {
    case KR_PERMISSION_READ_EMPLOYEES:
      return _ ("read employee records");
    case KR_PERMISSION_WRITE_EMPLOYEES:
      return _ ("change employee records");
    case KR_PERMISSION_WRITE_ORGANISATION:
      return _ ("change units or positions");
    case KR_PERMISSION_MANAGE_ACCOUNTS:
      return _ ("manage accounts");
    case KR_PERMISSION_READ_AUDIT:
      return _ ("read the audit trail");
    case KR_PERMISSION_WRITE_APPRAISALS:
      return _ ("change appraisals");
    case KR_PERMISSION_REVIEW_APPRAISALS:
      return _ ("review appraisals");
    case KR_PERMISSION_REOPEN_APPRAISALS:
      return _ ("reopen final evaluations");
    case KR_PERMISSION_WRITE_TRAINING:
      return _ ("change training records");
    case KR_PERMISSION_NOMINATE_TRAINING:
      return _ ("nominate employees for training");
    case KR_PERMISSION_WRITE_PROMOTIONS:
      return _ ("change promotions");
    case KR_PERMISSION_WRITE_TALENT:
      return _ ("change selections and the talent pool");
    case KR_N_PERMISSIONS:
    default:
      break;
    }
  g_return_val_if_reached (NULL);
}

gboolean
_kr_database_check (KrDatabase *self, KrPermission permission, GError **error)
{
  KrIdentity *identity = kr_database_get_identity (self);
  gboolean has_accounts = FALSE;

  if (identity != NULL)
    {
      if (kr_identity_can (identity, permission))
        return TRUE;
      g_set_error (
          error, KR_ERROR, KR_ERROR_PERMISSION_DENIED,
          /* Translators: a user name, a role such as “Viewer”, then what was refused,
                    * such as “change employee records” */
          _ ("%s is signed in as %s, who may not %s"), kr_identity_get_user_name (identity),
          kr_role_get_label (kr_identity_get_role (identity)), describe_permission (permission));
      return FALSE;
    }
  if (!kr_database_has_accounts (self, &has_accounts, error))
    return FALSE;
  if (!has_accounts)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED,
               /* Translators: %s is what was refused, such as “change employee records” */
               _ ("This database has accounts: sign in to %s"), describe_permission (permission));
  return FALSE;
}

gint64
_kr_database_get_scope_unit (KrDatabase *self)
{
  KrIdentity *identity = kr_database_get_identity (self);

  return identity != NULL ? kr_identity_get_scope_unit_id (identity) : 0;
}

gboolean
_kr_database_check_in_scope (KrDatabase *self, gint64 unit_id, GError **error)
{
  gint64 scope = _kr_database_get_scope_unit (self);
  sqlite3_stmt *stmt = NULL;
  gboolean inside = FALSE;
  int rc;

  if (scope == 0)
    return TRUE;
  if (unit_id != 0)
    {
      rc = sqlite3_prepare_v2 (
          _kr_database_get_handle (self),
          "SELECT EXISTS (SELECT 1 FROM (SELECT ? AS unit_id) e WHERE " KR_SCOPE_CONDITION ")", -1,
          &stmt, NULL);
      if (rc == SQLITE_OK)
        {
          sqlite3_bind_int64 (stmt, 1, unit_id);
          sqlite3_bind_int64 (stmt, 2, scope);
          rc = sqlite3_step (stmt);
        }
      if (rc != SQLITE_ROW)
        {
          _kr_database_set_error (self, error, rc, _ ("Could not read the units"));
          sqlite3_finalize (stmt);
          return FALSE;
        }
      inside = sqlite3_column_int (stmt, 0) != 0;
      sqlite3_finalize (stmt);
    }
  if (!inside)
    g_set_error (error, KR_ERROR, KR_ERROR_PERMISSION_DENIED,
                 _ ("This employee works outside the units you lead"));
  return inside;
}
