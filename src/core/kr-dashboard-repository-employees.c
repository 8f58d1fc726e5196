/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-dashboard-repository"

#include "config.h"

#include "kr-dashboard-repository-private.h"

#include "kr-employee.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-talent-repository-private.h"

/* The employees behind a row of the dashboard: for each #KrDashboardDimension the condition
 * that selects exactly the employees the row's aggregate counted (the same expressions), a
 * count and a page in the order of names then NIP, filtered, sorted and paged in SQL. */

/* Parameters of the conditions: ?1 the scope unit (0: all), ?2 the filter's code, ?3 and ?4 its
 * low and high, ?5 the reference day; the list adds ?6 limit and ?7 offset. The employee is
 * "e", their position "p" (LEFT JOINed). */

/* Age in whole years on ?5, as the pyramid reckons it */
#define AGE_ON_REFERENCE                                                                           \
  "(CAST (substr (?5, 1, 4) AS INTEGER) - CAST (substr (e.birth_date, 1, 4) AS INTEGER) - "        \
  "(substr (e.birth_date, 6, 5) > substr (?5, 6, 5)))"

#define LIST_COLUMNS "e.id, e.nip, e.name, e.title_front, e.title_back, e.golongan, p.name, u.name"
#define LIST_ORDER   " ORDER BY e.name, e.nip, e.id"

#define N_DIMENSIONS (KR_DASHBOARD_TALENT_BOX + 1)

typedef struct
{
  char *count[N_DIMENSIONS];
  char *list[N_DIMENSIONS];
  /* The 9-box from the classification stored per year (migration 13) */
  char *box_count_stored;
  char *box_list_stored;
} Sql;

static char *
dimension_condition (KrDashboardDimension dimension)
{
  g_autofree char *duty = NULL, *bup = NULL;
  guint min_bup, max_bup;

  switch (dimension)
    {
    case KR_DASHBOARD_EMPLOYEE_KIND:
      return g_strdup (KR_DASHBOARD_IN_SERVICE " AND e.kind = ?2");
    case KR_DASHBOARD_GOLONGAN:
      return g_strdup (KR_DASHBOARD_IN_SERVICE " AND coalesce (e.golongan, 0) = ?3");
    case KR_DASHBOARD_POSITION_KIND:
      return g_strdup (KR_DASHBOARD_IN_SERVICE " AND p.kind IS ?2");
    case KR_DASHBOARD_AGE:
      return g_strdup ("e.status = 'aktif' AND e.birth_date <= ?5 AND (?2 IS NULL OR e.gender = "
                       "?2) AND " AGE_ON_REFERENCE " BETWEEN ?3 AND ?4");
    case KR_DASHBOARD_PREDIKAT:
      return g_strdup ("e.id IN (SELECT a.employee_id FROM " KR_DASHBOARD_FINAL_ANNUAL
                       " WHERE a.year = ?3 AND ev.predikat = ?2)");
    case KR_DASHBOARD_UNIT:
      /* The training row: the unit and the units below it up to another perangkat daerah,
       * the employees with a JP duty */
      duty = _kr_dashboard_duty_case ();
      return g_strdup_printf (KR_DASHBOARD_IN_SERVICE
                              " AND (%s) > 0 AND e.unit_id IN (WITH RECURSIVE pdu (id) AS "
                              "(SELECT ?3 UNION ALL SELECT c.id FROM unit c JOIN pdu ON "
                              "c.parent_id = pdu.id WHERE c.kind <> 'perangkat_daerah') "
                              "SELECT id FROM pdu)",
                              duty);
    case KR_DASHBOARD_PROMOTION_PERIOD:
      return g_strdup ("e.id IN (SELECT r.employee_id FROM rank_history r WHERE "
                       "r.promotion_kind IN " KR_DASHBOARD_PROMOTION_KINDS " AND r.tmt = ?2)");
    case KR_DASHBOARD_RETIREMENT_YEAR:
      bup = _kr_dashboard_bup_case (&min_bup, &max_bup);
      return g_strdup_printf (
          "e.kind IN ('pns', 'cpns') AND e.status = 'aktif' AND CAST (substr (e.birth_date, 1, "
          "4) AS INTEGER) + %s + (substr (e.birth_date, 6, 2) = '12') = ?3",
          bup);
    case KR_DASHBOARD_TALENT_BOX:
    default:
      g_assert_not_reached ();
    }
}

static const Sql *
get_sql (void)
{
  static gsize once = 0;
  static Sql sql;

  if (g_once_init_enter (&once))
    {
      for (guint d = 0; d < KR_DASHBOARD_TALENT_BOX; d++)
        {
          g_autofree char *condition = dimension_condition (d);

          sql.count[d] = g_strdup_printf (
              "SELECT count (*) FROM employee e LEFT JOIN position p ON p.id = e.position_id "
              "WHERE " KR_DASHBOARD_UNIT_FILTER " AND %s",
              condition);
          sql.list[d] = g_strdup_printf (
              "SELECT " LIST_COLUMNS " FROM employee e LEFT JOIN position p ON p.id = "
              "e.position_id LEFT JOIN unit u ON u.id = e.unit_id WHERE " KR_DASHBOARD_UNIT_FILTER
              " AND %s" LIST_ORDER " LIMIT ?6 OFFSET ?7",
              condition);
        }
      /* The 9-box: the talent classification (?1..?10), placed in box ?11, stored or live; the
       * list also counts the box, so that a page with its count reads the scope once */
      for (guint stored = 0; stored < 2; stored++)
        {
          const char *classify =
              stored ? _kr_talent_stored_classify_sql () : _kr_talent_classify_sql ();
          char *count =
              g_strdup_printf ("%sSELECT count (*) FROM cl WHERE cl.status = %d AND cl.box = ?11",
                               classify, KR_TALENT_STATUS_PLACED);
          char *list = g_strdup_printf (
              "%sSELECT " LIST_COLUMNS ", count (*) OVER () FROM cl JOIN employee e ON e.id = "
              "cl.id LEFT JOIN position p ON p.id = e.position_id LEFT JOIN unit u ON u.id = "
              "e.unit_id WHERE cl.status = %d AND cl.box = ?11" LIST_ORDER " LIMIT ?12 OFFSET ?13",
              classify, KR_TALENT_STATUS_PLACED);

          *(stored ? &sql.box_count_stored : &sql.count[KR_DASHBOARD_TALENT_BOX]) = count;
          *(stored ? &sql.box_list_stored : &sql.list[KR_DASHBOARD_TALENT_BOX]) = list;
        }
      g_once_init_leave (&once, 1);
    }
  return &sql;
}

static gboolean
check_filter (const KrDashboardFilter *filter, GError **error)
{
  if ((guint) filter->dimension >= N_DIMENSIONS)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Filter: the dashboard has no such kind of row"));
      return FALSE;
    }
  if (filter->dimension == KR_DASHBOARD_AGE && filter->code != NULL &&
      g_strcmp0 (filter->code, "M") != 0 && g_strcmp0 (filter->code, "F") != 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Gender: choose M or F"));
      return FALSE;
    }
  if (filter->dimension == KR_DASHBOARD_TALENT_BOX && (filter->low < 1 || filter->low > 9))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Box: choose a box from 1 to 9"));
      return FALSE;
    }
  return TRUE;
}

/* Prepares @sql (count or list) for @filter and binds the filter and the scope */
static sqlite3_stmt *
prepare (KrDashboardRepository *self,
         const char *sql,
         const KrDashboardScope *scope,
         const KrDashboardFilter *filter,
         gint64 unit_id,
         const GDate *reference,
         GError **error)
{
  sqlite3_stmt *stmt;

  if (filter->dimension == KR_DASHBOARD_TALENT_BOX)
    {
      stmt = _kr_statements_get (self->statements, sql, error);
      if (stmt == NULL ||
          !_kr_talent_bind_classify (self->talent, stmt, scope->year, unit_id, TRUE, 0, error))
        {
          if (stmt != NULL)
            sqlite3_reset (stmt);
          return NULL;
        }
      sqlite3_bind_int64 (stmt, 11, filter->low);
      return stmt;
    }
  stmt = _kr_dashboard_prepare (self, sql, unit_id, error);
  if (stmt == NULL)
    return NULL;
  _kr_bind_text (stmt, 2, filter->code);
  sqlite3_bind_int64 (stmt, 3, filter->low);
  sqlite3_bind_int64 (stmt, 4, filter->high);
  _kr_bind_date (stmt, 5, reference);
  return stmt;
}

static KrDashboardEmployee *
employee_from_row (sqlite3_stmt *stmt)
{
  KrDashboardEmployee *e = g_new0 (KrDashboardEmployee, 1);

  e->employee_id = sqlite3_column_int64 (stmt, 0);
  e->nip = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  if (e->nip == NULL)
    e->nip = g_strdup ("");
  e->name = _kr_talent_full_name ((const char *) sqlite3_column_text (stmt, 3),
                                  (const char *) sqlite3_column_text (stmt, 2),
                                  (const char *) sqlite3_column_text (stmt, 4));
  if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    e->golongan = g_strdup (kr_golongan_get_label ((guint) sqlite3_column_int (stmt, 5)));
  e->position_name = _kr_column_dup_text (stmt, 6);
  e->unit_name = _kr_column_dup_text (stmt, 7);
  return e;
}

GPtrArray *
kr_dashboard_repository_list_employees (KrDashboardRepository *self,
                                        const KrDashboardScope *scope,
                                        const KrDashboardFilter *filter,
                                        guint offset,
                                        guint limit,
                                        guint *count,
                                        GError **error)
{
  g_autoptr (GPtrArray) page = NULL;
  gboolean talent_page, stored = FALSE;
  const char *count_sql, *list_sql;
  const Sql *sql;
  GDate reference;
  gint64 unit_id;
  int rc;

  g_return_val_if_fail (KR_IS_DASHBOARD_REPOSITORY (self), NULL);
  g_return_val_if_fail (scope != NULL, NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  if (count != NULL)
    *count = 0;
  if (!_kr_dashboard_resolve (self, scope, &unit_id, &reference, error) ||
      !check_filter (filter, error))
    return NULL;
  sql = get_sql ();
  count_sql = sql->count[filter->dimension];
  list_sql = sql->list[filter->dimension];
  /* A box reads the stored classification once it is current (else it classifies live) */
  if (filter->dimension == KR_DASHBOARD_TALENT_BOX)
    {
      if (!_kr_talent_refresh (self->talent, scope->year, NULL, &stored, error))
        return NULL;
      if (stored)
        {
          count_sql = sql->box_count_stored;
          list_sql = sql->box_list_stored;
        }
    }

  talent_page = filter->dimension == KR_DASHBOARD_TALENT_BOX && limit > 0;
  if (count != NULL && !talent_page)
    {
      g_auto (KrStmt) stmt = prepare (self, count_sql, scope, filter, unit_id, &reference, error);

      if (stmt == NULL)
        return NULL;
      rc = _kr_dashboard_step (self, stmt, error);
      if (rc != SQLITE_ROW)
        return NULL;
      *count = (guint) sqlite3_column_int64 (stmt, 0);
    }

  page = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_dashboard_employee_free);
  if (limit > 0)
    {
      g_auto (KrStmt) stmt = prepare (self, list_sql, scope, filter, unit_id, &reference, error);
      int first = filter->dimension == KR_DASHBOARD_TALENT_BOX ? 12 : 6;

      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, first, limit);
      sqlite3_bind_int64 (stmt, first + 1, offset);
      while ((rc = _kr_dashboard_step (self, stmt, error)) == SQLITE_ROW)
        {
          if (talent_page && count != NULL)
            *count = (guint) sqlite3_column_int64 (stmt, 8);
          g_ptr_array_add (page, employee_from_row (stmt));
        }
      if (rc != SQLITE_DONE)
        return NULL;
    }
  /* A page past the end of a box: count it alone */
  if (talent_page && count != NULL && page->len == 0 && offset > 0)
    {
      g_auto (KrStmt) stmt = prepare (self, count_sql, scope, filter, unit_id, &reference, error);

      if (stmt == NULL || _kr_dashboard_step (self, stmt, error) != SQLITE_ROW)
        return NULL;
      *count = (guint) sqlite3_column_int64 (stmt, 0);
    }
  return g_steal_pointer (&page);
}
