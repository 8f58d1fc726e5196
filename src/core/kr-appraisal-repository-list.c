/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-repository"

#include "config.h"

#include "kr-appraisal-repository-internal.h"

#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* Lists of evaluations: the filters of a KrAppraisalQuery become SQL conditions, so that a
 * page of a list of 10^5 evaluations reads only its rows. */

#define SUBTREE(parameter)                                                                         \
  "e.unit_id IN (WITH RECURSIVE s (id) AS (SELECT " parameter " UNION ALL SELECT u2.id FROM "      \
  "unit u2 JOIN s ON u2.parent_id = s.id) SELECT id FROM s)"

typedef struct
{
  gint64 me;
  gint64 scope;
  char *search;
} Bindings;

static void
bindings_clear (Bindings *bindings)
{
  g_free (bindings->search);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Bindings, bindings_clear)

/* A LIKE pattern matching what starts with @text. */
static char *
prefix_pattern (const char *text)
{
  GString *pattern = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

static void
append_codes (GString *sql, const char *column, guint mask, guint n, const char *(*get_code) (int) )
{
  gboolean first = TRUE;

  g_string_append_printf (sql, " AND %s IN (", column);
  for (guint i = 0; i < n; i++)
    {
      if (!(mask & (1u << i)))
        continue;
      g_string_append_printf (sql, "%s'%s'", first ? "" : ", ", get_code ((int) i));
      first = FALSE;
    }
  if (first)
    g_string_append (sql, "NULL");
  g_string_append_c (sql, ')');
}

static const char *
state_code (int state)
{
  return kr_appraisal_state_get_code ((KrAppraisalState) state);
}

static const char *
predikat_code (int predikat)
{
  return kr_predikat_get_code ((KrPredikat) predikat);
}

/* The FROM and WHERE of @query. */
static void
append_conditions (KrAppraisalRepository *self,
                   GString *sql,
                   const KrAppraisalQuery *query,
                   Bindings *bindings)
{
  g_autofree char *search = _kr_strip_dup (query->search);

  g_string_append (sql, " FROM " KR_APPRAISAL_ROW_JOINS " WHERE a.year = :year");
  if (query->period >= 0)
    g_string_append (sql, " AND v.period = :period");
  if (query->unit_id != 0)
    g_string_append (sql, " AND " SUBTREE (":unit"));
  if (query->states != 0)
    append_codes (sql, "v.state", query->states, KR_N_APPRAISAL_STATES, state_code);
  if (query->predikat_mask != 0)
    append_codes (sql, "v.predikat", query->predikat_mask, KR_N_PREDIKAT, predikat_code);
  if (search != NULL)
    {
      bindings->search = prefix_pattern (search);
      g_string_append (sql, " AND (e.name LIKE :search ESCAPE '\\' "
                            "OR e.nip LIKE :search ESCAPE '\\')");
    }

  bindings->scope = _kr_database_get_scope_unit (self->database);
  bindings->me = _kr_appraisal_get_signed_in_employee (self);
  if (query->to_review)
    {
      if (bindings->me != 0)
        g_string_append (sql, " AND ((v.state = 'submitted' AND a.appraiser_id = :me) "
                              "OR (v.state = 'objected' AND a.senior_appraiser_id = :me))");
      else
        g_string_append (sql, " AND 0");
    }
  /* A unit head: the employees of their subtree, and those they appraise. */
  if (bindings->scope != 0)
    g_string_append (sql, " AND (" SUBTREE (
                              ":scope") " OR a.appraiser_id = :me OR a.senior_appraiser_id = :me)");
}

static void
bind_named_int (sqlite3_stmt *stmt, const char *name, gint64 value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_int64 (stmt, index, value);
}

static sqlite3_stmt *
prepare (KrAppraisalRepository *self,
         const char *sql,
         const KrAppraisalQuery *query,
         const Bindings *bindings,
         GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc, index;

  rc = sqlite3_prepare_v2 (_kr_database_get_handle (self->database), sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      g_debug ("Cannot prepare “%s”", sql);
      _kr_database_set_error (self->database, error, rc, _ ("Could not read the appraisals of"));
      sqlite3_finalize (stmt);
      return NULL;
    }
  bind_named_int (stmt, ":year", query->year);
  bind_named_int (stmt, ":period", query->period);
  bind_named_int (stmt, ":unit", query->unit_id);
  bind_named_int (stmt, ":scope", bindings->scope);
  bind_named_int (stmt, ":me", bindings->me);
  index = sqlite3_bind_parameter_index (stmt, ":search");
  if (index > 0)
    sqlite3_bind_text (stmt, index, bindings->search, -1, SQLITE_TRANSIENT);
  return stmt;
}

GPtrArray *
kr_appraisal_repository_list (KrAppraisalRepository *self,
                              const KrAppraisalQuery *query,
                              guint offset,
                              guint limit,
                              GError **error)
{
  g_autoptr (GPtrArray) rows =
      g_ptr_array_new_with_free_func ((GDestroyNotify) kr_appraisal_row_free);
  g_autoptr (GString) sql = g_string_new ("SELECT " KR_APPRAISAL_ROW_COLUMNS);
  g_auto (Bindings) bindings = { 0 };
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!_kr_appraisal_check_read (self, error))
    return NULL;
  append_conditions (self, sql, query, &bindings);
  g_string_append (sql, " ORDER BY u.name, e.name, e.id, v.period = 0, v.period "
                        "LIMIT :limit OFFSET :offset");
  stmt = prepare (self, sql->str, query, &bindings, error);
  if (stmt == NULL)
    return NULL;
  bind_named_int (stmt, ":limit", limit);
  bind_named_int (stmt, ":offset", offset);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, _kr_appraisal_row_from_stmt (stmt, 0));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _kr_database_set_error (self->database, error, rc, _ ("Could not read the appraisals of"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

gboolean
kr_appraisal_repository_count (KrAppraisalRepository *self,
                               const KrAppraisalQuery *query,
                               guint *count,
                               GError **error)
{
  g_autoptr (GString) sql = g_string_new ("SELECT count(*)");
  g_auto (Bindings) bindings = { 0 };
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);
  g_return_val_if_fail (count != NULL, FALSE);

  if (!_kr_appraisal_check_read (self, error))
    return FALSE;
  append_conditions (self, sql, query, &bindings);
  stmt = prepare (self, sql->str, query, &bindings, error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *count = sqlite3_column_int (stmt, 0);
  else
    _kr_database_set_error (self->database, error, rc, _ ("Could not read the appraisals of"));
  sqlite3_finalize (stmt);
  return rc == SQLITE_ROW;
}
