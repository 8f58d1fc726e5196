/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotion-repository"

#include "config.h"

#include "kr-promotion-repository-private.h"

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* The retirement list (DOMAIN 9): SQL narrows by birth date (BUP 58 to 65), the position's BUP
 * decides. */

#define MAX_RETIREMENTS 10000

static const char sql_retirements[] =
    "SELECT e.id, e.nip, e.name, e.title_front, e.title_back, u.name, p.name, e.golongan, "
    "e.birth_date, p.kind, p.level, e.position_id FROM employee e LEFT JOIN unit u ON "
    "u.id = e.unit_id LEFT JOIN position p ON p.id = e.position_id WHERE e.kind IN ('pns', "
    "'cpns') AND e.status = 'aktif' AND e.birth_date > ?1 AND e.birth_date <= ?2 "
    "AND " KR_PROMOTION_UNIT_FILTER ("?3", "?4", "?5") " ORDER BY e.birth_date, e.name LIMIT ?6";

static char *
full_name (const char *front, const char *name, const char *back)
{
  GString *s = g_string_new (NULL);

  if (front != NULL && *front != '\0')
    g_string_append_printf (s, "%s ", front);
  g_string_append (s, name != NULL ? name : "");
  if (back != NULL && *back != '\0')
    g_string_append_printf (s, ", %s", back);
  return g_string_free (s, FALSE);
}

static int
compare_retirements (gconstpointer a, gconstpointer b)
{
  const KrRetirement *ra = *(KrRetirement **) a;
  const KrRetirement *rb = *(KrRetirement **) b;
  int c = g_date_compare (&ra->tmt_pensiun, &rb->tmt_pensiun);

  return c != 0 ? c : g_utf8_collate (ra->name, rb->name);
}

GPtrArray *
kr_promotion_repository_list_retirements (KrPromotionRepository *self,
                                          const GDate *today,
                                          guint months,
                                          gint64 unit_id,
                                          gboolean subtree,
                                          GError **error)
{
  g_autoptr (GPtrArray) list = NULL;
  g_auto (KrStmt) stmt = NULL;
  GDate horizon, oldest, youngest;
  guint n_rows = 0;
  int rc;

  g_return_val_if_fail (KR_IS_PROMOTION_REPOSITORY (self), NULL);

  if (!_kr_promotion_check_read (self, error))
    return NULL;
  if (today == NULL || !g_date_valid (today))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Date: enter a valid date"));
      return NULL;
    }
  if (months < 1 || months > 120)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Months: enter 1 to 120 months"));
      return NULL;
    }
  horizon = *today;
  g_date_add_months (&horizon, months);
  /* Retiring after @today: BUP not reached by the end of last month, at most 65 (born after
   * today − 66 years keeps a margin); within the horizon: at least 58 by then */
  oldest = *today;
  g_date_subtract_years (&oldest, 66);
  youngest = horizon;
  g_date_subtract_years (&youngest, 58);
  stmt = _kr_statements_get (self->statements, sql_retirements, error);
  if (stmt == NULL)
    return NULL;
  _kr_bind_date (stmt, 1, &oldest);
  _kr_bind_date (stmt, 2, &youngest);
  sqlite3_bind_int64 (stmt, 3, _kr_database_get_scope_unit (self->database));
  sqlite3_bind_int64 (stmt, 4, unit_id);
  sqlite3_bind_int (stmt, 5, subtree ? 1 : 0);
  sqlite3_bind_int (stmt, 6, MAX_RETIREMENTS + 1);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_retirement_free);
  while ((rc = _kr_promotion_step (self, stmt, error)) == SQLITE_ROW)
    {
      g_autoptr (KrRetirement) r = g_new0 (KrRetirement, 1);
      KrPositionKind kind;
      guint years = 0, rest = 0;

      if (++n_rows > MAX_RETIREMENTS)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("Unit: more than %u employees; choose a unit"), MAX_RETIREMENTS);
          return NULL;
        }
      r->employee_id = sqlite3_column_int64 (stmt, 0);
      r->nip = _kr_column_dup_text (stmt, 1);
      r->name = full_name ((const char *) sqlite3_column_text (stmt, 3),
                           (const char *) sqlite3_column_text (stmt, 2),
                           (const char *) sqlite3_column_text (stmt, 4));
      r->unit_name = _kr_column_dup_text (stmt, 5);
      r->position_name = _kr_column_dup_text (stmt, 6);
      if (!kr_rank_from_code ((guint) sqlite3_column_int (stmt, 7), &r->rank))
        r->rank = KR_RANK_I_A;
      _kr_column_date (stmt, 8, &r->birth_date);
      if (!g_date_valid (&r->birth_date))
        continue;
      r->bup_years = 58;
      if (sqlite3_column_type (stmt, 11) != SQLITE_NULL &&
          _kr_position_kind_from_code ((const char *) sqlite3_column_text (stmt, 9), &kind))
        {
          guint bup = kr_position_get_bup (
              kind, _kr_position_level_from_code ((const char *) sqlite3_column_text (stmt, 10)),
              &r->birth_date);

          if (bup > 0)
            r->bup_years = bup;
        }
      kr_retirement_dates (&r->birth_date, r->bup_years, &r->bup_date, &r->tmt_pensiun,
                           &r->deadline);
      if (g_date_compare (&r->tmt_pensiun, today) <= 0 ||
          g_date_compare (&r->tmt_pensiun, &horizon) > 0)
        continue;
      kr_date_span (today, &r->tmt_pensiun, &years, &rest);
      r->months_left = years * 12 + rest;
      r->overdue = g_date_compare (&r->deadline, today) < 0;
      g_ptr_array_add (list, g_steal_pointer (&r));
    }
  if (rc != SQLITE_DONE)
    return NULL;
  g_ptr_array_sort (list, compare_retirements);
  return g_steal_pointer (&list);
}
