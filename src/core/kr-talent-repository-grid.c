/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-talent-repository"

#include "config.h"

#include "kr-talent-repository-private.h"

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* The 9-box: the classification of the employees in scope as one SQL WITH clause built from
 * the tables of kr-talent-rules.c (so the grid counted in SQL and kr_talent_place () agree),
 * the statements that store it per year (talent_placement, filled by -stored.c), the grid
 * counts and the lazy employee lists classified live (-stored.c reads them from the table and
 * falls back on these), and one employee's facts and placement. */

/* The unit filter: ?7 scope unit (0: all), ?8 filter unit (0: all), ?9 subtree flag. */
#define UNIT_FILTER                                                                                \
  "(?7 = 0 OR e.unit_id IN (WITH RECURSIVE s (id) AS (SELECT ?7 UNION ALL SELECT c.id FROM unit "  \
  "c JOIN s ON c.parent_id = s.id) SELECT id FROM s)) AND (?8 = 0 OR e.unit_id = ?8 OR (?9 AND "   \
  "e.unit_id IN (WITH RECURSIVE t (id) AS (SELECT ?8 UNION ALL SELECT c.id FROM unit c JOIN t ON " \
  "c.parent_id = t.id) SELECT id FROM t)))"

static const char sql_predikat[] =
    "SELECT a.year, ev.predikat FROM appraisal a JOIN appraisal_evaluation ev ON "
    "ev.appraisal_id = a.id AND ev.period = 0 AND ev.state IN ('final', 'objected') AND "
    "ev.predikat IS NOT NULL WHERE a.employee_id = ?1 AND a.year BETWEEN ?2 AND ?3";
static const char sql_assessment[] =
    "SELECT date, potential FROM talent_assessment WHERE employee_id = ?1 AND date <= ?2 ORDER BY "
    "date DESC LIMIT 1";

typedef struct
{
  char *classify; /* WITH … cl */
  char *sanction; /* one employee's latest excluding sanction */
  char *grid;
  char *one; /* the status and box of employee ?10 */
  char *count;
  char *list;
  char *fill;       /* talent_placement of year ?2 from every active PNS */
  char *fill_dirty; /* … from the active PNS marked in talent_dirty after seq ?10 */
} Sql;

static void
append_codes (GString *s, gboolean (*match) (guint value, gpointer data), gpointer data)
{
  gboolean first = TRUE;

  g_string_append (s, "(");
  for (guint p = 0; p < KR_N_PREDIKAT; p++)
    if (match (p, data))
      {
        g_string_append_printf (s, "%s'%s'", first ? "" : ", ", kr_predikat_get_code (p));
        first = FALSE;
      }
  if (first)
    g_string_append (s, "NULL");
  g_string_append (s, ")");
}

static gboolean
predikat_in_category (guint predikat, gpointer data)
{
  return kr_talent_performance_from_predikat (predikat) == GPOINTER_TO_UINT (data);
}

static char *
excluding_levels (void)
{
  GString *s = g_string_new ("(");
  static const char *const codes[KR_N_DISCIPLINE_LEVELS] = { "ringan", "sedang", "berat" };
  gboolean first = TRUE;

  for (guint l = 0; l < KR_N_DISCIPLINE_LEVELS; l++)
    if (kr_talent_discipline_excludes (l))
      {
        g_string_append_printf (s, "%s'%s'", first ? "" : ", ", codes[l]);
        first = FALSE;
      }
  if (first)
    g_string_append (s, "NULL");
  g_string_append (s, ")");
  return g_string_free (s, FALSE);
}

typedef enum
{
  CLASSIFY_SCOPE, /* the active PNS of ?7..?9 */
  CLASSIFY_ONE,   /* employee ?10 */
  CLASSIFY_DIRTY, /* the employees marked in talent_dirty after seq ?10 */
} Classify;

static char *
build_classify (const char *levels, Classify mode)
{
  GString *s = g_string_new (NULL);
  const KrTalentCombineRule *rules;
  guint n_rules;

  rules = kr_talent_combine_rules (&n_rules);
  /* The employees in scope; for one employee a lookup by id (the caller checked the scope) */
  if (mode == CLASSIFY_ONE)
    g_string_append (s, "WITH sc (id) AS (SELECT e.id FROM employee e WHERE e.id = ?10 AND "
                        "e.kind = 'pns' AND e.status = 'aktif'), ");
  else if (mode == CLASSIFY_DIRTY)
    g_string_append (s, "WITH sc (id) AS (SELECT e.id FROM employee e WHERE e.id IN (SELECT "
                        "employee_id FROM talent_dirty WHERE seq > ?10) AND e.kind = 'pns' AND "
                        "e.status = 'aktif'), ");
  else
    g_string_append (s, "WITH sc (id) AS (SELECT e.id FROM employee e WHERE e.kind = 'pns' AND "
                        "e.status = 'aktif' AND " UNIT_FILTER "), ");
  /* One row per employee, in one pass (materialised, so that the exclusion is evaluated once
   * per employee): the years read and how many fell in each category, the latest assessment
   * up to the reference day, and whether an excluding sanction falls in the window */
  g_string_append (s, "ax (id, n");
  for (guint c = 0; c < KR_N_TALENT_PERFORMANCES; c++)
    g_string_append_printf (s, ", n%u", c);
  g_string_append (s, ", adate, apot, excluded) AS MATERIALIZED (SELECT sc.id, count (ev.id)");
  for (guint c = 0; c < KR_N_TALENT_PERFORMANCES; c++)
    {
      g_string_append (s, ", coalesce (sum (ev.predikat IN ");
      append_codes (s, predikat_in_category, GUINT_TO_POINTER (c));
      g_string_append (s, "), 0)");
    }
  g_string_append (s, ", (SELECT t.date FROM talent_assessment t WHERE t.employee_id = sc.id AND "
                      "t.date <= ?5 ORDER BY t.date DESC LIMIT 1), (SELECT t.potential FROM "
                      "talent_assessment t WHERE t.employee_id = sc.id AND t.date <= ?5 ORDER BY "
                      "t.date DESC LIMIT 1), EXISTS (SELECT 1 FROM discipline_history d WHERE "
                      "d.employee_id = sc.id AND d.level IN ");
  g_string_append (s, levels);
  g_string_append (s, " AND d.tmt <= ?5 AND max (d.tmt, coalesce (d.end_date, d.tmt)) >= ?6) "
                      "FROM sc LEFT JOIN appraisal a ON a.employee_id = sc.id AND a.year BETWEEN "
                      "?1 AND ?2 LEFT JOIN appraisal_evaluation ev ON ev.appraisal_id = a.id AND "
                      "ev.period = 0 AND ev.state IN ('final', 'objected') AND ev.predikat IS NOT "
                      "NULL GROUP BY sc.id), ");
  /* The axes (NULL when unknown) */
  g_string_append (s, "ay (id, perf, pot, adate, excluded) AS (SELECT id, CASE WHEN n < ?3 THEN "
                      "NULL");
  for (guint r = 0; r < n_rules; r++)
    {
      if (rules[r].match == KR_TALENT_COMBINE_ANY)
        g_string_append_printf (s, " WHEN n%u > 0", rules[r].year_category);
      else
        g_string_append_printf (s, " WHEN n%u = n", rules[r].year_category);
      g_string_append_printf (s, " THEN '%s'", kr_talent_performance_get_code (rules[r].result));
    }
  g_string_append_printf (s, " ELSE '%s' END, ",
                          kr_talent_performance_get_code (kr_talent_combine_fallback ()));
  g_string_append (s, "CASE WHEN adate >= ?4 THEN apot END, adate, excluded FROM ax), ");
  /* The status (#KrTalentStatus) and the box, in the order of kr_talent_place () */
  g_string_append_printf (s,
                          "cl (id, status, perf, pot, adate, box, in_pool) AS (SELECT ay.id, CASE "
                          "WHEN ay.excluded THEN %d WHEN ay.perf IS NULL THEN %d WHEN ay.pot IS "
                          "NULL OR b.id IS NULL THEN %d ELSE %d END, ay.perf, ay.pot, ay.adate, "
                          "CASE WHEN NOT ay.excluded THEN b.id END, CASE WHEN NOT ay.excluded "
                          "THEN b.in_pool END FROM ay LEFT JOIN talent_box b ON b.performance = "
                          "ay.perf AND b.potential = ay.pot) ",
                          KR_TALENT_STATUS_EXCLUDED, KR_TALENT_STATUS_NO_APPRAISAL,
                          KR_TALENT_STATUS_NO_ASSESSMENT, KR_TALENT_STATUS_PLACED);
  return g_string_free (s, FALSE);
}

static const Sql *
get_sql (void)
{
  static gsize once = 0;
  static Sql sql;

  if (g_once_init_enter (&once))
    {
      g_autofree char *levels = excluding_levels ();
      const char *filter =
          "WHERE (?11 < 0 OR cl.status = ?11) AND (?12 = 0 OR cl.box = ?12) AND (?13 = 0 OR "
          "cl.in_pool = 1) AND (?14 IS NULL OR e.name LIKE ?14 || '%' ESCAPE '\\' OR e.nip LIKE "
          "?14 || '%' "
          "ESCAPE '\\')";

      g_autofree char *one = build_classify (levels, CLASSIFY_ONE);
      g_autofree char *dirty = build_classify (levels, CLASSIFY_DIRTY);
      /* Not placed: box and in_pool 0 (the live lists read NULL as 0 too) */
      const char *insert =
          "INSERT INTO talent_placement (year, employee_id, unit_id, status, perf, pot, adate, "
          "box, in_pool) SELECT ?2, cl.id, e.unit_id, cl.status, cl.perf, cl.pot, cl.adate, "
          "coalesce (cl.box, 0), coalesce (cl.in_pool, 0) FROM cl JOIN employee e ON e.id = "
          "cl.id";

      sql.classify = build_classify (levels, CLASSIFY_SCOPE);
      sql.fill = g_strconcat (sql.classify, insert, NULL);
      sql.fill_dirty = g_strconcat (dirty, insert, NULL);
      sql.one = g_strdup_printf ("%sSELECT status, box FROM cl", one);
      sql.sanction = g_strdup_printf (
          "SELECT level, tmt, end_date FROM discipline_history WHERE employee_id = ?1 AND level "
          "IN %s AND tmt <= ?2 ORDER BY max (tmt, coalesce (end_date, tmt)) DESC LIMIT 1",
          levels);
      sql.grid = g_strdup_printf ("%sSELECT status, box, count(*) FROM cl GROUP BY status, box",
                                  sql.classify);
      sql.count = g_strdup_printf ("%sSELECT count(*) FROM cl JOIN employee e ON e.id = cl.id %s",
                                   sql.classify, filter);
      sql.list = g_strdup_printf (
          "%sSELECT e.id, e.nip, e.name, e.title_front, e.title_back, e.unit_id, u.name, p.name, "
          "e.golongan, cl.status, cl.perf, cl.pot, cl.box, cl.adate FROM cl JOIN employee e ON "
          "e.id = cl.id LEFT JOIN unit u ON u.id = e.unit_id LEFT JOIN position p ON p.id = "
          "e.position_id %s ORDER BY e.golongan DESC, e.name, e.id LIMIT ?15 OFFSET ?16",
          sql.classify, filter);
      g_once_init_leave (&once, 1);
    }
  return &sql;
}

const char *
_kr_talent_classify_sql (void)
{
  return get_sql ()->classify;
}

const char *
_kr_talent_fill_sql (gboolean dirty)
{
  return dirty ? get_sql ()->fill_dirty : get_sql ()->fill;
}

gboolean
_kr_talent_bind_classify (KrTalentRepository *self,
                          sqlite3_stmt *stmt,
                          guint year,
                          gint64 unit_id,
                          gboolean subtree,
                          gint64 only_employee,
                          GError **error)
{
  KrTalentSettings settings;
  GDate reference, start;

  if (!kr_talent_repository_get_settings (self, &settings, error))
    return FALSE;
  g_date_set_dmy (&reference, 31, G_DATE_DECEMBER, (GDateYear) year);
  sqlite3_bind_int (stmt, 1, (int) (year - settings.performance_years + 1));
  sqlite3_bind_int (stmt, 2, (int) year);
  sqlite3_bind_int (stmt, 3, (int) settings.performance_years);
  kr_talent_window_start (&reference, settings.assessment_years, &start);
  _kr_bind_date (stmt, 4, &start);
  _kr_bind_date (stmt, 5, &reference);
  if (settings.discipline_years == 0)
    sqlite3_bind_text (stmt, 6, "9999-12-31", -1, SQLITE_STATIC);
  else
    {
      kr_talent_window_start (&reference, settings.discipline_years, &start);
      _kr_bind_date (stmt, 6, &start);
    }
  sqlite3_bind_int64 (stmt, 7, _kr_database_get_scope_unit (self->database));
  sqlite3_bind_int64 (stmt, 8, unit_id);
  sqlite3_bind_int (stmt, 9, subtree ? 1 : 0);
  sqlite3_bind_int64 (stmt, 10, only_employee);
  return TRUE;
}

static int
progress_cb (void *data)
{
  return g_cancellable_is_cancelled (data) ? 1 : 0;
}

/* Sets (@on) or removes the progress handler watching @cancellable, so a long statement stops. */
void
_kr_talent_watch (KrTalentRepository *self, GCancellable *cancellable, gboolean on)
{
  sqlite3 *db = _kr_database_get_handle (self->database);

  if (cancellable == NULL)
    return;
  if (on)
    sqlite3_progress_handler (db, 1000, progress_cb, cancellable);
  else
    sqlite3_progress_handler (db, 0, NULL, NULL);
}

gboolean
_kr_talent_check_query (KrTalentRepository *self, const KrTalentQuery *query, GError **error)
{
  if (!_kr_talent_check_read (self, error) || !_kr_talent_check_year (query->year, error))
    return FALSE;
  if (query->unit_id != 0 && !_kr_database_check_in_scope (self->database, query->unit_id, error))
    return FALSE;
  if (query->status >= KR_N_TALENT_STATUSES || query->box > 9)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Box: choose a box from 1 to 9"));
      return FALSE;
    }
  return TRUE;
}

void
kr_talent_query_init (KrTalentQuery *query, guint year)
{
  g_return_if_fail (query != NULL);

  memset (query, 0, sizeof *query);
  query->year = year;
  query->subtree = TRUE;
  query->status = -1;
}

gboolean
_kr_talent_cancelled_error (GCancellable *cancellable, GError **error)
{
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_clear_error (error);
      g_cancellable_set_error_if_cancelled (cancellable, error);
    }
  return FALSE;
}

void
_kr_talent_grid_add_row (KrTalentGridCounts *counts, sqlite3_stmt *stmt)
{
  KrTalentStatus status = sqlite3_column_int (stmt, 0);
  guint box = (guint) sqlite3_column_int (stmt, 1);
  guint n = (guint) sqlite3_column_int64 (stmt, 2);

  counts->total += n;
  if (status == KR_TALENT_STATUS_PLACED && box >= 1 && box <= 9)
    counts->boxes[box] += n;
  else if (status == KR_TALENT_STATUS_EXCLUDED)
    counts->excluded += n;
  else if (status == KR_TALENT_STATUS_NO_APPRAISAL)
    counts->no_appraisal += n;
  else
    counts->no_assessment += n;
}

KrTalentEntry *
_kr_talent_entry_from_row (sqlite3_stmt *stmt)
{
  KrTalentEntry *e = g_new0 (KrTalentEntry, 1);

  e->employee_id = sqlite3_column_int64 (stmt, 0);
  e->nip = _kr_column_dup_text (stmt, 1);
  e->name = _kr_talent_full_name ((const char *) sqlite3_column_text (stmt, 3),
                                  (const char *) sqlite3_column_text (stmt, 2),
                                  (const char *) sqlite3_column_text (stmt, 4));
  e->unit_id = sqlite3_column_int64 (stmt, 5);
  e->unit_name = _kr_column_dup_text (stmt, 6);
  e->position_name = _kr_column_dup_text (stmt, 7);
  e->has_rank = sqlite3_column_type (stmt, 8) != SQLITE_NULL &&
                kr_rank_from_code ((guint) sqlite3_column_int (stmt, 8), &e->rank);
  e->status = sqlite3_column_int (stmt, 9);
  e->has_performance = kr_talent_performance_from_code (
      (const char *) sqlite3_column_text (stmt, 10), &e->performance);
  e->has_potential =
      kr_talent_potential_from_code ((const char *) sqlite3_column_text (stmt, 11), &e->potential);
  e->box = (guint) sqlite3_column_int (stmt, 12);
  _kr_column_date (stmt, 13, &e->assessment_date);
  if (!e->has_potential)
    g_date_clear (&e->assessment_date, 1);
  return e;
}

gboolean
_kr_talent_repository_count_grid_live (KrTalentRepository *self,
                                       const KrTalentQuery *query,
                                       KrTalentGridCounts *counts,
                                       GCancellable *cancellable,
                                       GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (query != NULL && counts != NULL, FALSE);

  memset (counts, 0, sizeof *counts);
  counts->year = query->year;
  if (!_kr_talent_check_query (self, query, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, get_sql ()->grid, error);
  if (stmt == NULL ||
      !_kr_talent_bind_classify (self, stmt, query->year, query->unit_id, query->subtree, 0, error))
    return FALSE;
  _kr_talent_watch (self, cancellable, TRUE);
  while ((rc = _kr_talent_step (self, stmt, error)) == SQLITE_ROW)
    _kr_talent_grid_add_row (counts, stmt);
  _kr_talent_watch (self, cancellable, FALSE);
  if (rc != SQLITE_DONE)
    return _kr_talent_cancelled_error (cancellable, error);
  return TRUE;
}

static void
bind_filters (sqlite3_stmt *stmt, const KrTalentQuery *query)
{
  g_autofree char *search = NULL;

  sqlite3_bind_int (stmt, 11, query->status);
  sqlite3_bind_int (stmt, 12, (int) query->box);
  sqlite3_bind_int (stmt, 13, query->pool_only ? 1 : 0);
  /* Typed text, matched literally ("50%" does not find everyone) */
  search = _kr_like_escape (query->search);
  _kr_bind_text (stmt, 14, search);
}

/* Steps @stmt, a count, watching @cancellable */
gboolean
_kr_talent_read_count (KrTalentRepository *self,
                       sqlite3_stmt *stmt,
                       GCancellable *cancellable,
                       guint *n_rows,
                       GError **error)
{
  int rc;

  _kr_talent_watch (self, cancellable, TRUE);
  rc = _kr_talent_step (self, stmt, error);
  _kr_talent_watch (self, cancellable, FALSE);
  if (rc != SQLITE_ROW)
    return _kr_talent_cancelled_error (cancellable, error);
  *n_rows = (guint) sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* Steps @stmt, a page of entries (_kr_talent_entry_from_row ()), watching @cancellable */
GPtrArray *
_kr_talent_read_entries (KrTalentRepository *self,
                         sqlite3_stmt *stmt,
                         GCancellable *cancellable,
                         GError **error)
{
  g_autoptr (GPtrArray) list =
      g_ptr_array_new_with_free_func ((GDestroyNotify) kr_talent_entry_free);
  int rc;

  _kr_talent_watch (self, cancellable, TRUE);
  while ((rc = _kr_talent_step (self, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (list, _kr_talent_entry_from_row (stmt));
  _kr_talent_watch (self, cancellable, FALSE);
  if (rc != SQLITE_DONE)
    {
      _kr_talent_cancelled_error (cancellable, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

gboolean
_kr_talent_repository_count_employees_live (KrTalentRepository *self,
                                            const KrTalentQuery *query,
                                            guint *n_rows,
                                            GCancellable *cancellable,
                                            GError **error)
{
  g_auto (KrStmt) stmt = NULL;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (query != NULL && n_rows != NULL, FALSE);

  *n_rows = 0;
  if (!_kr_talent_check_query (self, query, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, get_sql ()->count, error);
  if (stmt == NULL ||
      !_kr_talent_bind_classify (self, stmt, query->year, query->unit_id, query->subtree, 0, error))
    return FALSE;
  bind_filters (stmt, query);
  return _kr_talent_read_count (self, stmt, cancellable, n_rows, error);
}

GPtrArray *
_kr_talent_repository_list_employees_live (KrTalentRepository *self,
                                           const KrTalentQuery *query,
                                           guint offset,
                                           guint limit,
                                           GCancellable *cancellable,
                                           GError **error)
{
  g_auto (KrStmt) stmt = NULL;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!_kr_talent_check_query (self, query, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  stmt = _kr_statements_get (self->statements, get_sql ()->list, error);
  if (stmt == NULL ||
      !_kr_talent_bind_classify (self, stmt, query->year, query->unit_id, query->subtree, 0, error))
    return NULL;
  bind_filters (stmt, query);
  sqlite3_bind_int64 (stmt, 15, limit);
  sqlite3_bind_int64 (stmt, 16, offset);
  return _kr_talent_read_entries (self, stmt, cancellable, error);
}

gboolean
_kr_talent_classify_one (KrTalentRepository *self,
                         gint64 employee_id,
                         guint year,
                         KrTalentStatus *status,
                         guint *box,
                         GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  int rc;

  *status = KR_TALENT_STATUS_NO_APPRAISAL;
  *box = 0;
  stmt = _kr_statements_get (self->statements, get_sql ()->one, error);
  if (stmt == NULL || !_kr_talent_bind_classify (self, stmt, year, 0, FALSE, employee_id, error))
    return FALSE;
  rc = _kr_talent_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    {
      *status = sqlite3_column_int (stmt, 0);
      *box = (guint) sqlite3_column_int (stmt, 1);
    }
  return rc != 0;
}

/* One employee */

gboolean
kr_talent_repository_get_facts (KrTalentRepository *self,
                                gint64 employee_id,
                                guint year,
                                KrTalentFacts *facts,
                                GError **error)
{
  int rc;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (facts != NULL, FALSE);

  if (!_kr_talent_check_read_employee (self, employee_id, error) ||
      !_kr_talent_check_year (year, error))
    return FALSE;
  kr_talent_facts_init (facts, year);
  if (!kr_talent_repository_get_settings (self, &facts->settings, error))
    return FALSE;
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_predikat, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, employee_id);
    sqlite3_bind_int (stmt, 2, (int) (year - facts->settings.performance_years + 1));
    sqlite3_bind_int (stmt, 3, (int) year);
    while ((rc = _kr_talent_step (self, stmt, error)) == SQLITE_ROW)
      {
        guint i = year - (guint) sqlite3_column_int (stmt, 0);

        if (i < KR_TALENT_MAX_YEARS &&
            kr_predikat_from_code ((const char *) sqlite3_column_text (stmt, 1),
                                   &facts->predikat[i]))
          facts->has_predikat[i] = TRUE;
      }
    if (rc != SQLITE_DONE)
      return FALSE;
  }
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_assessment, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, employee_id);
    _kr_bind_date (stmt, 2, &facts->reference);
    rc = _kr_talent_step (self, stmt, error);
    if (rc == SQLITE_ROW)
      {
        _kr_column_date (stmt, 0, &facts->assessment_date);
        facts->has_assessment =
            g_date_valid (&facts->assessment_date) &&
            kr_talent_potential_from_code ((const char *) sqlite3_column_text (stmt, 1),
                                           &facts->potential);
      }
    else if (rc != SQLITE_DONE)
      return FALSE;
  }
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, get_sql ()->sanction, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, employee_id);
    _kr_bind_date (stmt, 2, &facts->reference);
    rc = _kr_talent_step (self, stmt, error);
    if (rc == SQLITE_ROW)
      {
        const char *level = (const char *) sqlite3_column_text (stmt, 0);

        facts->sanction_level = g_strcmp0 (level, "berat") == 0    ? KR_DISCIPLINE_LEVEL_BERAT
                                : g_strcmp0 (level, "sedang") == 0 ? KR_DISCIPLINE_LEVEL_SEDANG
                                                                   : KR_DISCIPLINE_LEVEL_RINGAN;
        _kr_column_date (stmt, 1, &facts->sanction_tmt);
        _kr_column_date (stmt, 2, &facts->sanction_end);
        facts->has_sanction = g_date_valid (&facts->sanction_tmt);
      }
    else if (rc != SQLITE_DONE)
      return FALSE;
  }
  return TRUE;
}

KrTalentPlacement *
kr_talent_repository_get_placement (KrTalentRepository *self,
                                    gint64 employee_id,
                                    guint year,
                                    GError **error)
{
  g_autoptr (GPtrArray) boxes = NULL;
  KrTalentFacts facts;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), NULL);

  if (!kr_talent_repository_get_facts (self, employee_id, year, &facts, error))
    return NULL;
  boxes = _kr_talent_load_boxes (self, error);
  if (boxes == NULL)
    return NULL;
  return kr_talent_place (&facts, boxes);
}
