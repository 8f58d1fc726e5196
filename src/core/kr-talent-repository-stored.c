/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-talent-repository"

#include "config.h"

#include "kr-talent-repository-private.h"

#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* The 9-box stored per year (talent_placement, migrations/0013-dashboard-counts.sql): brought up
 * to date before each read from the dirty marks the triggers keep, then counted and listed
 * by index instead of classifying every active PNS in scope (2–3 s at 10^6 employees). The
 * rows are written by the classification SQL of -grid.c itself, so they are what the live
 * classification yields. */

/* More marks than this since a year was brought up to date: classify the whole year again
 * (cheaper than reclassifying most employees one set at a time), and a year lagging this far
 * no longer holds back the pruning of the marks. */
#define LAG_FULL 100000
/* The years stored at most (one is about 50 MB at 10^6 employees): a new one evicts the
 * farthest from it. */
#define MAX_STORED_YEARS 3

/* What a year was classified with: the classification SQL (?1, its checksum), the talent
 * settings and the 9-box rows. */
static const char sql_key[] =
    "SELECT ?1 || '|' || coalesce ((SELECT performance_years || ',' || discipline_years || ',' || "
    "assessment_years FROM talent_setting WHERE id = 1), '') || '|' || coalesce ((SELECT "
    "group_concat (id || ',' || performance || ',' || potential || ',' || in_pool, ';') FROM "
    "(SELECT id, performance, potential, in_pool FROM talent_box ORDER BY id)), '')";
static const char sql_state[] =
    "SELECT settings_key, applied_seq, EXISTS (SELECT 1 FROM talent_dirty WHERE seq > "
    "applied_seq) FROM talent_placement_state WHERE year = ?1";
/* A bulk load running on this connection: the employees it added are not marked yet */
static const char sql_in_bulk[] =
    "SELECT settled_up_to < 9223372036854775807 FROM employee_bulk_state";
static const char sql_max_seq[] = "SELECT coalesce (max (seq), 0) FROM talent_dirty";
static const char sql_n_pending[] = "SELECT count (*) FROM talent_dirty WHERE seq > ?1";
static const char sql_forget_year[] = "DELETE FROM talent_placement_state WHERE year = ?1";
static const char sql_evict[] =
    "DELETE FROM talent_placement_state WHERE year IN (SELECT year FROM talent_placement_state "
    "ORDER BY abs (year - ?1), year DESC LIMIT -1 OFFSET ?2)";
static const char sql_clear_unstated[] =
    "DELETE FROM talent_placement WHERE year NOT IN (SELECT year FROM talent_placement_state)";
static const char sql_clear_dirty[] =
    "DELETE FROM talent_placement WHERE year = ?1 AND employee_id IN (SELECT employee_id FROM "
    "talent_dirty WHERE seq > ?2)";
static const char sql_save_state[] =
    "INSERT INTO talent_placement_state (year, settings_key, applied_seq) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (year) DO UPDATE SET settings_key = ?2, applied_seq = ?3";
static const char sql_drop_lagging[] =
    "DELETE FROM talent_placement_state WHERE applied_seq < ?1 - ?2";
static const char sql_prune[] =
    "DELETE FROM talent_dirty WHERE seq <= coalesce ((SELECT min (applied_seq) FROM "
    "talent_placement_state), ?1)";

typedef struct
{
  gboolean found;
  char *key;
  gint64 applied;
  gboolean pending;
} State;

static void
state_clear (State *state)
{
  g_clear_pointer (&state->key, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (State, state_clear)

static gboolean
query_int (KrTalentRepository *self, const char *sql, gint64 arg, gint64 *out, GError **error)
{
  return _kr_statements_count (self->statements, sql, arg, out, error);
}

static gboolean
run (KrTalentRepository *self, const char *sql, gint64 a, gint64 b, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  return _kr_talent_run (self, stmt, error);
}

static char *
dup_key (KrTalentRepository *self, GError **error)
{
  static gsize once = 0;
  static char *checksum;
  g_auto (KrStmt) stmt = NULL;

  if (g_once_init_enter (&once))
    {
      g_autofree char *both =
          g_strconcat (_kr_talent_fill_sql (FALSE), _kr_talent_fill_sql (TRUE), NULL);

      checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, both, -1);
      g_once_init_leave (&once, 1);
    }
  stmt = _kr_statements_get (self->statements, sql_key, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, checksum, -1, SQLITE_STATIC);
  if (_kr_talent_step (self, stmt, error) != SQLITE_ROW)
    return NULL;
  return _kr_column_dup_text (stmt, 0);
}

static gboolean
read_state (KrTalentRepository *self, guint year, State *state, GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_state, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, (int) year);
  rc = _kr_talent_step (self, stmt, error);
  state->found = rc == SQLITE_ROW;
  if (state->found)
    {
      state->key = _kr_column_dup_text (stmt, 0);
      state->applied = sqlite3_column_int64 (stmt, 1);
      state->pending = sqlite3_column_int (stmt, 2) != 0;
    }
  return rc != 0;
}

/* Every active PNS of @year classified again; the other years kept are the nearest ones. */
static gboolean
fill_year (KrTalentRepository *self, guint year, GError **error)
{
  g_auto (KrStmt) stmt = NULL;

  if (!run (self, sql_forget_year, year, 0, error) ||
      !run (self, sql_evict, year, MAX_STORED_YEARS - 1, error) ||
      !run (self, sql_clear_unstated, 0, 0, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, _kr_talent_fill_sql (FALSE), error);
  if (stmt == NULL || !_kr_talent_bind_classify (self, stmt, year, 0, FALSE, 0, error))
    return FALSE;
  /* Everyone, whatever the signed-in unit head's scope: the reads filter it */
  sqlite3_bind_int64 (stmt, 7, 0);
  return _kr_talent_run (self, stmt, error);
}

/* The employees marked after @applied classified again */
static gboolean
fill_marked (KrTalentRepository *self, guint year, gint64 applied, GError **error)
{
  g_auto (KrStmt) stmt = NULL;

  if (!run (self, sql_clear_dirty, year, applied, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, _kr_talent_fill_sql (TRUE), error);
  return stmt != NULL && _kr_talent_bind_classify (self, stmt, year, 0, FALSE, applied, error) &&
         _kr_talent_run (self, stmt, error);
}

/* Inside the write transaction: brings @year up to date, then prunes the marks */
static gboolean
update (KrTalentRepository *self, guint year, GError **error)
{
  g_auto (State) state = { 0 };
  g_autofree char *key = NULL;
  gint64 max_seq = 0, n_pending = 0;

  key = dup_key (self, error);
  if (key == NULL || !read_state (self, year, &state, error) ||
      !query_int (self, sql_max_seq, 0, &max_seq, error))
    return FALSE;
  if (state.found && g_strcmp0 (state.key, key) == 0 && !state.pending)
    return TRUE; /* another connection did it meanwhile */
  if (state.found && !query_int (self, sql_n_pending, state.applied, &n_pending, error))
    return FALSE;
  if (!state.found || g_strcmp0 (state.key, key) != 0 || n_pending > LAG_FULL)
    {
      if (!fill_year (self, year, error))
        return FALSE;
    }
  else if (!fill_marked (self, year, state.applied, error))
    return FALSE;
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_save_state, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int (stmt, 1, (int) year);
    sqlite3_bind_text (stmt, 2, key, -1, SQLITE_STATIC);
    sqlite3_bind_int64 (stmt, 3, max_seq);
    if (!_kr_talent_run (self, stmt, error))
      return FALSE;
  }
  return run (self, sql_drop_lagging, max_seq, LAG_FULL, error) &&
         run (self, sql_prune, max_seq, 0, error);
}

static gboolean
exec (KrTalentRepository *self, const char *sql, GError **error)
{
  sqlite3 *db = _kr_database_get_handle (self->database);
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    _kr_database_set_error (self->database, error, rc, _ ("Could not save changes to"));
  return rc == SQLITE_OK;
}

/* Whether the stored year can be read as it is */
static gboolean
is_current (KrTalentRepository *self, guint year, gboolean *current, GError **error)
{
  g_auto (State) state = { 0 };
  g_autofree char *key = NULL;

  *current = FALSE;
  key = dup_key (self, error);
  if (key == NULL || !read_state (self, year, &state, error))
    return FALSE;
  *current = state.found && g_strcmp0 (state.key, key) == 0 && !state.pending;
  return TRUE;
}

gboolean
_kr_talent_refresh (KrTalentRepository *self,
                    guint year,
                    GCancellable *cancellable,
                    gboolean *stored,
                    GError **error)
{
  g_autoptr (GError) local_error = NULL;
  gint64 in_bulk = 0;
  gboolean own, ok;

  *stored = FALSE;
  if (!query_int (self, sql_in_bulk, 0, &in_bulk, error))
    return FALSE;
  if (in_bulk)
    return TRUE;
  if (!is_current (self, year, stored, error))
    return FALSE;
  if (*stored || kr_database_is_read_only (self->database))
    return TRUE;
  own = sqlite3_get_autocommit (_kr_database_get_handle (self->database)) != 0;
  if (!exec (self, own ? "BEGIN IMMEDIATE" : "SAVEPOINT kr_talent_refresh", &local_error))
    {
      g_debug ("The 9-box of %u is classified live: %s", year, local_error->message);
      return TRUE;
    }
  _kr_talent_watch (self, cancellable, TRUE);
  ok = update (self, year, &local_error);
  _kr_talent_watch (self, cancellable, FALSE);
  if (ok)
    ok = exec (self, own ? "COMMIT" : "RELEASE kr_talent_refresh", &local_error);
  if (!ok)
    {
      exec (self, own ? "ROLLBACK" : "ROLLBACK TO kr_talent_refresh; RELEASE kr_talent_refresh",
            NULL);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      /* Read-only, busy, disk full: the reader still gets the grid, classified live */
      g_debug ("The 9-box of %u is classified live: %s", year, local_error->message);
      return TRUE;
    }
  *stored = TRUE;
  return TRUE;
}

/* Reading the stored years. One statement per kind and combination of the filters that
 * decide the plan, so that each uses its indexes (a subtree's rows by
 * talent_placement_unit_idx, a box by talent_placement_box_idx) instead of OR terms that
 * defeat them. Parameters: ?1 year, ?2 scope unit, ?3 filter unit, ?4..?5 statuses, ?6..?7
 * boxes, ?8 pool only, ?9 search, ?10 limit, ?11 offset. */

typedef enum
{
  READ_GRID,
  READ_COUNT,
  READ_LIST,
  N_READS
} Read;

enum
{
  WITH_SCOPE = 1 << 0,
  WITH_UNIT = 1 << 1,
  WITH_SUBTREE = 1 << 2,
  WITH_SEARCH = 1 << 3,
  N_COMBINATIONS = 1 << 4
};

#define SUBTREE_OF(name, param)                                                                    \
  "(WITH RECURSIVE " name " (id) AS (SELECT " param                                                \
  " UNION ALL SELECT c.id FROM unit c JOIN " name " ON c.parent_id = " name                        \
  ".id) SELECT id FROM " name ")"

const char *
_kr_talent_stored_classify_sql (void)
{
  /* What the live clause yields: box and in_pool NULL when not placed */
  return "WITH cl (id, status, perf, pot, adate, box, in_pool) AS (SELECT p.employee_id, "
         "p.status, p.perf, p.pot, p.adate, nullif (p.box, 0), CASE WHEN p.status = 0 THEN "
         "p.in_pool END FROM talent_placement p WHERE p.year = ?2 AND (?7 = 0 OR p.unit_id "
         "IN " SUBTREE_OF ("s", "?7") ") AND (?8 = 0 OR p.unit_id = ?8 OR (?9 AND p.unit_id "
                                      "IN " SUBTREE_OF ("t", "?8") "))) ";
}

static char *
build_read (Read read, guint with)
{
  GString *s = g_string_new (NULL);

  if (read == READ_GRID)
    g_string_append (s, "SELECT cl.status, cl.box, count (*)");
  else if (read == READ_COUNT)
    g_string_append (s, "SELECT count (*)");
  else
    g_string_append (s, "SELECT e.id, e.nip, e.name, e.title_front, e.title_back, e.unit_id, "
                        "u.name, p.name, e.golongan, cl.status, cl.perf, cl.pot, cl.box, "
                        "cl.adate");
  g_string_append (s, " FROM talent_placement cl");
  if ((with & WITH_SEARCH) || read == READ_LIST)
    g_string_append (s, " JOIN employee e ON e.id = cl.employee_id");
  if (read == READ_LIST)
    g_string_append (s, " LEFT JOIN unit u ON u.id = e.unit_id LEFT JOIN position p ON p.id = "
                        "e.position_id");
  g_string_append (s, " WHERE cl.year = ?1");
  if (with & WITH_SCOPE)
    g_string_append (s, " AND cl.unit_id IN " SUBTREE_OF ("s", "?2"));
  if ((with & WITH_UNIT) && (with & WITH_SUBTREE))
    g_string_append (s, " AND cl.unit_id IN " SUBTREE_OF ("t", "?3"));
  else if (with & WITH_UNIT)
    g_string_append (s, " AND cl.unit_id = ?3");
  if (read != READ_GRID)
    g_string_append (s, " AND cl.status BETWEEN ?4 AND ?5 AND cl.box BETWEEN ?6 AND ?7 AND "
                        "cl.in_pool >= ?8");
  if (with & WITH_SEARCH)
    g_string_append (s, " AND (e.name LIKE ?9 || '%' ESCAPE '\\' OR e.nip LIKE ?9 || '%' "
                        "ESCAPE '\\')");
  /* Unary +: a subtree groups its rows of talent_placement_unit_idx, where the planner took
   * the order of talent_placement_box_idx and read every row of the year (4x slower) */
  if (read == READ_GRID && (with & (WITH_SCOPE | WITH_UNIT)))
    g_string_append (s, " GROUP BY +cl.status, +cl.box");
  else if (read == READ_GRID)
    g_string_append (s, " GROUP BY cl.status, cl.box");
  else if (read == READ_LIST)
    g_string_append (s, " ORDER BY e.golongan DESC, e.name, e.id LIMIT ?10 OFFSET ?11");
  return g_string_free (s, FALSE);
}

/* The statement text (static, as the statement cache keys on it) */
static const char *
get_read_sql (Read read, guint with)
{
  static gsize once = 0;
  static char *sql[N_READS][N_COMBINATIONS];

  if (g_once_init_enter (&once))
    {
      for (guint r = 0; r < N_READS; r++)
        for (guint w = 0; w < N_COMBINATIONS; w++)
          sql[r][w] = build_read (r, w);
      g_once_init_leave (&once, 1);
    }
  return sql[read][with];
}

static sqlite3_stmt *
start_read (KrTalentRepository *self, Read read, const KrTalentQuery *query, GError **error)
{
  gint64 scope = _kr_database_get_scope_unit (self->database);
  guint with = 0;
  sqlite3_stmt *stmt;

  if (scope != 0)
    with |= WITH_SCOPE;
  if (query->unit_id != 0)
    with |= WITH_UNIT | (query->subtree ? WITH_SUBTREE : 0);
  if (read != READ_GRID && query->search != NULL)
    with |= WITH_SEARCH;
  stmt = _kr_statements_get (self->statements, get_read_sql (read, with), error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, (int) query->year);
  sqlite3_bind_int64 (stmt, 2, scope);
  sqlite3_bind_int64 (stmt, 3, query->unit_id);
  if (read == READ_GRID)
    return stmt;
  sqlite3_bind_int (stmt, 4, query->status < 0 ? 0 : query->status);
  sqlite3_bind_int (stmt, 5, query->status < 0 ? KR_N_TALENT_STATUSES - 1 : query->status);
  sqlite3_bind_int (stmt, 6, query->box == 0 ? 0 : (int) query->box);
  sqlite3_bind_int (stmt, 7, query->box == 0 ? 9 : (int) query->box);
  sqlite3_bind_int (stmt, 8, query->pool_only ? 1 : 0);
  if (with & WITH_SEARCH)
    {
      /* Typed text, matched literally ("50%" does not find everyone) */
      g_autofree char *search = _kr_like_escape (query->search);

      _kr_bind_text (stmt, 9, search);
    }
  return stmt;
}

/* Checks @query and brings its year up to date; @stored FALSE: read live */
static gboolean
prepare (KrTalentRepository *self,
         const KrTalentQuery *query,
         gboolean *stored,
         GCancellable *cancellable,
         GError **error)
{
  return _kr_talent_check_query (self, query, error) &&
         !g_cancellable_set_error_if_cancelled (cancellable, error) &&
         _kr_talent_refresh (self, query->year, cancellable, stored, error);
}

gboolean
kr_talent_repository_count_grid (KrTalentRepository *self,
                                 const KrTalentQuery *query,
                                 KrTalentGridCounts *counts,
                                 GCancellable *cancellable,
                                 GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gboolean stored;
  int rc;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (query != NULL && counts != NULL, FALSE);

  memset (counts, 0, sizeof *counts);
  counts->year = query->year;
  if (!prepare (self, query, &stored, cancellable, error))
    return FALSE;
  if (!stored)
    return _kr_talent_repository_count_grid_live (self, query, counts, cancellable, error);
  stmt = start_read (self, READ_GRID, query, error);
  if (stmt == NULL)
    return FALSE;
  _kr_talent_watch (self, cancellable, TRUE);
  while ((rc = _kr_talent_step (self, stmt, error)) == SQLITE_ROW)
    _kr_talent_grid_add_row (counts, stmt);
  _kr_talent_watch (self, cancellable, FALSE);
  if (rc != SQLITE_DONE)
    return _kr_talent_cancelled_error (cancellable, error);
  return TRUE;
}

gboolean
kr_talent_repository_count_employees (KrTalentRepository *self,
                                      const KrTalentQuery *query,
                                      guint *n_rows,
                                      GCancellable *cancellable,
                                      GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gboolean stored;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (query != NULL && n_rows != NULL, FALSE);

  *n_rows = 0;
  if (!prepare (self, query, &stored, cancellable, error))
    return FALSE;
  if (!stored)
    return _kr_talent_repository_count_employees_live (self, query, n_rows, cancellable, error);
  stmt = start_read (self, READ_COUNT, query, error);
  if (stmt == NULL)
    return FALSE;
  return _kr_talent_read_count (self, stmt, cancellable, n_rows, error);
}

GPtrArray *
kr_talent_repository_list_employees (KrTalentRepository *self,
                                     const KrTalentQuery *query,
                                     guint offset,
                                     guint limit,
                                     GCancellable *cancellable,
                                     GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gboolean stored;

  g_return_val_if_fail (KR_IS_TALENT_REPOSITORY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!prepare (self, query, &stored, cancellable, error))
    return NULL;
  if (!stored)
    return _kr_talent_repository_list_employees_live (self, query, offset, limit, cancellable,
                                                      error);
  stmt = start_read (self, READ_LIST, query, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 10, limit);
  sqlite3_bind_int64 (stmt, 11, offset);
  return _kr_talent_read_entries (self, stmt, cancellable, error);
}
