/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-dashboard-repository"

#include "config.h"

#include <string.h>

#include "kr-dashboard-repository-private.h"

#include "kr-date.h"
#include "kr-employee.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-position.h"
#include "kr-training-rules.h"

/* Predikat (a year, the trend), training per perangkat daerah, promotions, retirements and the
 * 9-box. The facts of the rules (pola distribusi, JP duty, BUP) come from their tables and are
 * written into the SQL once. */

#define RETIREMENT_YEARS 5
#define MAX_TREND_YEARS  20

/* The units of the scope (?1 as KR_DASHBOARD_UNIT_FILTER) in the predikat counts that
 * migration 12 keeps per current unit, year and predikat (dashboard_predikat) */
#define PREDIKAT_UNIT_FILTER                                                                       \
  "(?1 = 0 OR s.unit_id IN (WITH RECURSIVE sub (id) AS (SELECT ?1 UNION ALL SELECT c.id FROM "     \
  "unit c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub))"

/* Rows (0, predikat, count) and at most one (1, result, unit) for the unit's result */
static const char sql_predikat[] =
    "SELECT 0, s.predikat, sum (s.n) FROM dashboard_predikat s WHERE s.year = ?2 "
    "AND " PREDIKAT_UNIT_FILTER
    " GROUP BY s.predikat UNION ALL SELECT 1, up.result, up.unit_id FROM "
    "unit_performance up WHERE up.year = ?2 AND up.period = 0 AND up.unit_id = CASE WHEN ?1 <> "
    "0 THEN ?1 ELSE (SELECT CASE WHEN count (*) = 1 THEN max (id) END FROM unit WHERE parent_id "
    "IS NULL) END";
static const char sql_trend[] =
    "SELECT s.year, s.predikat, sum (s.n) FROM dashboard_predikat s WHERE s.year BETWEEN ?2 AND "
    "?3 AND " PREDIKAT_UNIT_FILTER " GROUP BY s.year, s.predikat";
/* Kenaikan pangkat as the rank history records them (the decrees, whether they came through
 * the pipeline or from SIASN): the employees per TMT that migration 13 keeps per unit and every
 * unit above it */
static const char sql_promotions[] =
    "SELECT value, n FROM dashboard_count WHERE unit_id = ?1 AND dimension = " G_STRINGIFY (
        KR_DASHBOARD_COUNT_PROMOTION) " AND n > 0 AND value <= ?2 ORDER BY value DESC LIMIT ?3";

static const char sql_result[] =
    "SELECT up.result, up.unit_id FROM unit_performance up WHERE up.year = ?2 AND up.period = 0 "
    "AND up.unit_id = CASE WHEN ?1 <> 0 THEN ?1 ELSE (SELECT CASE WHEN count (*) = 1 THEN max "
    "(id) END FROM unit WHERE parent_id IS NULL) END";

static gboolean
predikat_index (sqlite3_stmt *stmt, int column, KrPredikat *predikat)
{
  return kr_predikat_from_code ((const char *) sqlite3_column_text (stmt, column), predikat);
}

gboolean
kr_dashboard_repository_count_predikat (KrDashboardRepository *self,
                                        const KrDashboardScope *scope,
                                        KrDashboardPredikat *distribution,
                                        GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  GDate reference;
  gint64 unit_id;
  int rc;

  g_return_val_if_fail (KR_IS_DASHBOARD_REPOSITORY (self), FALSE);
  g_return_val_if_fail (scope != NULL, FALSE);
  g_return_val_if_fail (distribution != NULL, FALSE);

  memset (distribution, 0, sizeof *distribution);
  distribution->year = scope->year;
  stmt = _kr_dashboard_start (self, scope, sql_predikat, &unit_id, &reference, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 2, (int) scope->year);
  while ((rc = _kr_dashboard_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrPredikat p;
      KrOrganisationResult r;

      if (sqlite3_column_int (stmt, 0) == 0 && predikat_index (stmt, 1, &p))
        {
          distribution->counts[p] += (guint) sqlite3_column_int64 (stmt, 2);
          distribution->total += (guint) sqlite3_column_int64 (stmt, 2);
        }
      else if (sqlite3_column_int (stmt, 0) == 1 &&
               kr_organisation_result_from_code ((const char *) sqlite3_column_text (stmt, 1), &r))
        {
          distribution->has_result = TRUE;
          distribution->result = r;
          distribution->result_unit_id = sqlite3_column_int64 (stmt, 2);
          distribution->rules = kr_appraisal_distribution_rules (r, &distribution->n_rules);
        }
    }
  return rc == SQLITE_DONE;
}

GArray *
kr_dashboard_repository_predikat_trend (KrDashboardRepository *self,
                                        const KrDashboardScope *scope,
                                        guint n_years,
                                        GError **error)
{
  g_autoptr (GArray) years = NULL;
  g_auto (KrStmt) stmt = NULL;
  GDate reference;
  gint64 unit_id;
  guint first;
  int rc;

  g_return_val_if_fail (KR_IS_DASHBOARD_REPOSITORY (self), NULL);
  g_return_val_if_fail (scope != NULL, NULL);

  if (!_kr_dashboard_resolve (self, scope, &unit_id, &reference, error))
    return NULL;
  if (n_years < 1 || n_years > MAX_TREND_YEARS)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Years: choose from 1 to %u years"),
                   MAX_TREND_YEARS);
      return NULL;
    }
  first = scope->year + 1 - n_years;
  years = g_array_sized_new (FALSE, TRUE, sizeof (KrDashboardPredikat), n_years);
  g_array_set_size (years, n_years);
  for (guint i = 0; i < n_years; i++)
    g_array_index (years, KrDashboardPredikat, i).year = first + i;

  stmt = _kr_dashboard_prepare (self, sql_trend, unit_id, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 2, (int) first);
  sqlite3_bind_int (stmt, 3, (int) scope->year);
  while ((rc = _kr_dashboard_step (self, stmt, error)) == SQLITE_ROW)
    {
      guint year = (guint) sqlite3_column_int (stmt, 0);
      KrDashboardPredikat *d;
      KrPredikat p;

      if (year < first || year > scope->year || !predikat_index (stmt, 1, &p))
        continue;
      d = &g_array_index (years, KrDashboardPredikat, year - first);
      d->counts[p] += (guint) sqlite3_column_int64 (stmt, 2);
      d->total += (guint) sqlite3_column_int64 (stmt, 2);
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&years) : NULL;
}

char *
_kr_dashboard_duty_case (void)
{
  GString *s = g_string_new ("CASE e.kind");

  for (guint k = 0; k < KR_N_EMPLOYEE_KINDS; k++)
    g_string_append_printf (s, " WHEN '%s' THEN %u",
                            _kr_enum_get_code (KR_TYPE_EMPLOYEE_KIND, (int) k),
                            kr_jp_duty_for_kind ((KrEmployeeKind) k).minimum);
  g_string_append (s, " ELSE 0 END");
  return g_string_free (s, FALSE);
}

#define BUDGET_SUM(states)                                                                         \
  "coalesce ((SELECT sum (n.cost) FROM training_enrolment n JOIN training_session s ON s.id = "    \
  "n.session_id WHERE n.budget_unit_id = r.pd_id AND n.state IN " states " AND CAST (substr "      \
  "(s.end_date, 1, 4) AS INTEGER) = ?2), 0)"

/* Each perangkat daerah of the scope, from the counts that migration 13 keeps per unit and every
 * unit above it: each unit with the perangkat daerah it belongs to (pd); the units whose
 * subtree counts for one perangkat daerah (roots: the perangkat daerah in the scope's subtree,
 * and the scope's unit itself when it lies below one), less the perangkat daerah nested in them;
 * their head counts of the kinds with a JP duty (dimension 1), the JP of the year (8, in
 * millionths) and how many reached their duty (7); then the budget. */
static const char sql_training[] =
    "WITH RECURSIVE pd (unit_id, pd_id) AS (SELECT id, id FROM unit WHERE kind = "
    "'perangkat_daerah' UNION ALL SELECT c.id, pd.pd_id FROM unit c JOIN pd ON c.parent_id = "
    "pd.unit_id WHERE c.kind <> 'perangkat_daerah'), roots (unit_id, pd_id) AS (SELECT pd.unit_id, "
    "pd.pd_id FROM pd JOIN unit_closure sc ON sc.unit_id = pd.unit_id AND sc.ancestor_id = ?1 "
    "WHERE pd.unit_id = pd.pd_id OR pd.unit_id = ?1), parts (pd_id, unit_id, sign) AS (SELECT "
    "r.pd_id, r.unit_id, 1 FROM roots r UNION ALL SELECT r.pd_id, q.id, -1 FROM roots r JOIN "
    "unit_closure c ON c.ancestor_id = r.unit_id AND c.depth > 0 JOIN unit q ON q.id = c.unit_id "
    "AND q.kind = 'perangkat_daerah' JOIN pd pp ON pp.unit_id = q.parent_id AND pp.pd_id = "
    "r.pd_id), v (pd_id, dimension, value, n) AS (SELECT p.pd_id, d.dimension, d.value, p.sign * "
    "d.n FROM parts p JOIN dashboard_count d ON d.unit_id = p.unit_id AND (d.dimension "
    "= " G_STRINGIFY (KR_DASHBOARD_COUNT_EMPLOYEE_KIND) " OR (d.dimension IN (" G_STRINGIFY (KR_DASHBOARD_COUNT_TRAINING_MET) ", " G_STRINGIFY (
        KR_DASHBOARD_COUNT_TRAINING_JP) ") AND "
                                        "d.value = ?2))), heads (pd_id, employees, duty) AS "
                                        "(SELECT pd_id, sum (n), sum (n * "
                                        "kr_jp_duty (value)) FROM v WHERE dimension "
                                        "= " G_STRINGIFY (
                                            KR_DASHBOARD_COUNT_EMPLOYEE_KIND) " AND kr_jp_duty "
                                                                              "(value) > 0 GROUP "
                                                                              "BY pd_id), t "
                                                                              "(pd_id, "
                                                                              "jp, met) AS (SELECT "
                                                                              "pd_id, sum (CASE "
                                                                              "WHEN dimension "
                                                                              "= " G_STRINGIFY (KR_DASHBOARD_COUNT_TRAINING_JP) " THEN n END) / 1000000.0, sum (CASE WHEN dimension = " G_STRINGIFY (KR_DASHBOARD_COUNT_TRAINING_MET) " THEN n END) FROM v WHERE dimension <> " G_STRINGIFY (
                                                                                  KR_DASHBOARD_COUNT_EMPLOYEE_KIND) " GROUP BY pd_id) "
                                                                                                                    "SELECT r.pd_id, u.name, r.employees, r.duty, coalesce (t.jp, 0), coalesce (t.met, 0), "
                                                                                                                    "coalesce ((SELECT b.allocated FROM training_budget b WHERE b.unit_id = r.pd_id AND b.year = "
                                                                                                                    "?2), 0), " BUDGET_SUM ("('approved', 'attended')") ", " BUDGET_SUM (
                                                                                                                        "('completed')") " FROM heads r JOIN unit u ON u.id = r.pd_id LEFT JOIN t ON t.pd_id = "
                                                                                                                                         "r.pd_id WHERE r.employees > 0 ORDER BY u.name, u.id";

GPtrArray *
kr_dashboard_repository_count_training (KrDashboardRepository *self,
                                        const KrDashboardScope *scope,
                                        GError **error)
{
  g_autoptr (GPtrArray) rows = NULL;
  g_auto (KrStmt) stmt = NULL;
  GDate reference;
  gint64 unit_id;
  int rc;

  g_return_val_if_fail (KR_IS_DASHBOARD_REPOSITORY (self), NULL);
  g_return_val_if_fail (scope != NULL, NULL);

  stmt = _kr_dashboard_start (self, scope, sql_training, &unit_id, &reference, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 2, (int) scope->year);
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_dashboard_training_free);
  while ((rc = _kr_dashboard_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrDashboardTraining *t = g_new0 (KrDashboardTraining, 1);

      t->filter.dimension = KR_DASHBOARD_UNIT;
      t->filter.low = t->filter.high = sqlite3_column_int64 (stmt, 0);
      t->unit_name = _kr_column_dup_text (stmt, 1);
      t->employees = (guint) sqlite3_column_int64 (stmt, 2);
      t->duty_jp = sqlite3_column_double (stmt, 3);
      t->achieved_jp = sqlite3_column_double (stmt, 4);
      t->meeting_duty = (guint) sqlite3_column_int64 (stmt, 5);
      t->allocated = sqlite3_column_int64 (stmt, 6);
      t->committed = sqlite3_column_int64 (stmt, 7);
      t->spent = sqlite3_column_int64 (stmt, 8);
      g_ptr_array_add (rows, t);
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&rows) : NULL;
}

GPtrArray *
kr_dashboard_repository_count_promotions (KrDashboardRepository *self,
                                          const KrDashboardScope *scope,
                                          guint n_periods,
                                          GError **error)
{
  g_autoptr (GPtrArray) counts = NULL;
  g_auto (KrStmt) stmt = NULL;
  GDate reference;
  gint64 unit_id;
  int rc;

  g_return_val_if_fail (KR_IS_DASHBOARD_REPOSITORY (self), NULL);
  g_return_val_if_fail (scope != NULL, NULL);

  stmt = _kr_dashboard_start (self, scope, sql_promotions, &unit_id, &reference, error);
  if (stmt == NULL)
    return NULL;
  _kr_bind_date (stmt, 2, &reference);
  sqlite3_bind_int (stmt, 3, (int) n_periods);
  counts = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_dashboard_count_free);
  while ((rc = _kr_dashboard_step (self, stmt, error)) == SQLITE_ROW)
    {
      const char *period = (const char *) sqlite3_column_text (stmt, 0);

      /* Newest first from SQL; the chart reads oldest first */
      g_ptr_array_insert (counts, 0,
                          _kr_dashboard_count_new (KR_DASHBOARD_PROMOTION_PERIOD, period, 0, 0,
                                                   g_strdup (period),
                                                   (guint) sqlite3_column_int64 (stmt, 1)));
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&counts) : NULL;
}

char *
_kr_dashboard_bup_case (guint *min, guint *max)
{
  GString *s = g_string_new ("CASE");

  *min = *max = KR_DASHBOARD_BUP_WITHOUT_POSITION;
  for (guint k = 0; k < KR_N_POSITION_KINDS; k++)
    for (guint l = 0; l < KR_N_POSITION_LEVELS; l++)
      {
        guint bup = kr_position_get_bup ((KrPositionKind) k, (KrPositionLevel) l, NULL);

        if (bup == 0)
          continue;
        g_string_append_printf (s, " WHEN p.kind = '%s' AND ",
                                _kr_position_kind_get_code ((KrPositionKind) k));
        if (l == KR_POSITION_LEVEL_NONE)
          g_string_append (s, "p.level IS NULL");
        else
          g_string_append_printf (s, "p.level = '%s'",
                                  _kr_position_level_get_code ((KrPositionLevel) l));
        g_string_append_printf (s, " THEN %u", bup);
        *min = MIN (*min, bup);
        *max = MAX (*max, bup);
      }
  g_string_append_printf (s, " ELSE %u END", KR_DASHBOARD_BUP_WITHOUT_POSITION);
  return g_string_free (s, FALSE);
}

/* From the stored "YYYY|kind|level" of the active PNS and CPNS per unit (dashboard_count,
 * migration 13: the birth year, plus one for a December birthday), the year of the TMT pensiun:
 * the BUP birthday's year, or the next for a December birthday (kr_position_retirement_date ()).
 * ?2, ?3: the years. */
static const char *
retirement_sql (void)
{
  static gsize once = 0;
  static char *sql;

  if (g_once_init_enter (&once))
    {
      guint lo, hi;
      g_autofree char *bup = _kr_dashboard_bup_case (&lo, &hi);

      sql = g_strdup_printf (
          "SELECT y, sum (n) FROM (SELECT CAST (p.year AS INTEGER) + %s AS y, p.n FROM (SELECT "
          "substr (value, 1, 4) AS year, substr (value, 6, instr (substr (value, 6), '|') - 1) AS "
          "kind, nullif (substr (value, 6 + instr (substr (value, 6), '|')), '') AS level, n FROM "
          "dashboard_count WHERE unit_id = ?1 AND dimension = " G_STRINGIFY (
              KR_DASHBOARD_COUNT_RETIREMENT) " AND n > 0) p) WHERE y BETWEEN ?2 AND ?3 GROUP BY y",
          bup);
      g_once_init_leave (&once, 1);
    }
  return sql;
}

GPtrArray *
kr_dashboard_repository_count_retirements (KrDashboardRepository *self,
                                           const KrDashboardScope *scope,
                                           GError **error)
{
  g_autoptr (GPtrArray) counts = NULL;
  g_auto (KrStmt) stmt = NULL;
  guint per_year[RETIREMENT_YEARS] = { 0 };
  guint first;
  GDate reference;
  gint64 unit_id;
  int rc;

  g_return_val_if_fail (KR_IS_DASHBOARD_REPOSITORY (self), NULL);
  g_return_val_if_fail (scope != NULL, NULL);

  if (!_kr_dashboard_resolve (self, scope, &unit_id, &reference, error))
    return NULL;
  first = g_date_get_year (&reference);
  stmt = _kr_dashboard_prepare (self, retirement_sql (), unit_id, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 2, (int) first);
  sqlite3_bind_int (stmt, 3, (int) (first + RETIREMENT_YEARS - 1));
  while ((rc = _kr_dashboard_step (self, stmt, error)) == SQLITE_ROW)
    {
      guint year = (guint) sqlite3_column_int (stmt, 0);

      if (year >= first && year < first + RETIREMENT_YEARS)
        per_year[year - first] = (guint) sqlite3_column_int64 (stmt, 1);
    }
  if (rc != SQLITE_DONE)
    return NULL;

  counts = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_dashboard_count_free);
  for (guint i = 0; i < RETIREMENT_YEARS; i++)
    g_ptr_array_add (counts, _kr_dashboard_count_new (KR_DASHBOARD_RETIREMENT_YEAR, NULL, first + i,
                                                      first + i, g_strdup_printf ("%u", first + i),
                                                      per_year[i]));
  return g_steal_pointer (&counts);
}

gboolean
kr_dashboard_repository_count_talent (KrDashboardRepository *self,
                                      const KrDashboardScope *scope,
                                      KrTalentGridCounts *counts,
                                      GError **error)
{
  KrTalentQuery query;
  GDate reference;
  gint64 unit_id;

  g_return_val_if_fail (KR_IS_DASHBOARD_REPOSITORY (self), FALSE);
  g_return_val_if_fail (scope != NULL, FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  if (!_kr_dashboard_resolve (self, scope, &unit_id, &reference, error))
    return FALSE;
  kr_talent_query_init (&query, scope->year);
  query.unit_id = unit_id;
  query.subtree = TRUE;
  return kr_talent_repository_count_grid (self->talent, &query, counts, NULL, error);
}

gboolean
_kr_dashboard_predikat_from_trend (KrDashboardRepository *self,
                                   const KrDashboardScope *scope,
                                   GArray *trend,
                                   KrDashboardPredikat *distribution,
                                   GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  KrOrganisationResult r;
  GDate reference;
  gint64 unit_id;
  int rc;

  g_return_val_if_fail (trend != NULL && trend->len > 0, FALSE);

  *distribution = g_array_index (trend, KrDashboardPredikat, trend->len - 1);
  g_return_val_if_fail (distribution->year == scope->year, FALSE);
  stmt = _kr_dashboard_start (self, scope, sql_result, &unit_id, &reference, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 2, (int) scope->year);
  rc = _kr_dashboard_step (self, stmt, error);
  if (rc == SQLITE_ROW &&
      kr_organisation_result_from_code ((const char *) sqlite3_column_text (stmt, 0), &r))
    {
      distribution->has_result = TRUE;
      distribution->result = r;
      distribution->result_unit_id = sqlite3_column_int64 (stmt, 1);
      distribution->rules = kr_appraisal_distribution_rules (r, &distribution->n_rules);
    }
  return rc == SQLITE_ROW || rc == SQLITE_DONE;
}
