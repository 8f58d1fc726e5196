/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-database"

#include "config.h"

#include "kr-database-private.h"

#include "kr-employee.h"
#include "kr-i18n.h"
#include "kr-repository-private.h"
#include "kr-training-rules.h"

/* The rule functions that the schema's views and triggers call, so that the facts stay in
 * their C tables (DOMAIN facts marked B) instead of being copied into SQL. */

/* kr_jp_duty (kind): the JP an employee of the stored kind must earn in a year
 * (kr_jp_duty_for_kind ()), 0 for an unknown kind. Used by dashboard_employee_key and the
 * training_jp_year triggers of migration 13: changing the duty table needs a migration that
 * recounts the dashboard's training rows (dimension 7). */
static void
jp_duty (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  const char *code = (const char *) sqlite3_value_text (argv[0]);
  int kind = code != NULL ? _kr_enum_from_code (KR_TYPE_EMPLOYEE_KIND, code, -1) : -1;

  sqlite3_result_int (context, kind >= 0 ? (int) kr_jp_duty_for_kind (kind).minimum : 0);
}

gboolean
_kr_database_register_rule_functions (KrDatabase *self, sqlite3 *db, GError **error)
{
  int rc = sqlite3_create_function (db, "kr_jp_duty", 1,
                                    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
                                    jp_duty, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _kr_sqlite_set_error (error, db, rc, _ ("Could not open"), kr_database_get_path (self));
      return FALSE;
    }
  return TRUE;
}
