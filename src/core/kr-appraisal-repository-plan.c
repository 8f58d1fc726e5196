/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-repository"

#include "config.h"

#include "kr-appraisal-repository-internal.h"

#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* Plans: the results, indicators and expectations of one appraisal. */

static const char sql_get_plan[] =
    "SELECT id, employee_id, year, cycle, period_start, period_end, appraiser_id, "
    "senior_appraiser_id FROM appraisal WHERE id = ?";
static const char sql_find[] = "SELECT id FROM appraisal WHERE employee_id = ? AND year = ?";
static const char sql_results[] =
    "SELECT r.id, r.kind, r.leader_result, r.result FROM appraisal_result r "
    "WHERE r.appraisal_id = ? ORDER BY " KR_APPRAISAL_RESULT_ORDER;
static const char sql_indicators[] =
    "SELECT i.id, i.result_id, i.aspect, i.indicator, i.target FROM appraisal_indicator i "
    "JOIN appraisal_result r ON r.id = i.result_id WHERE r.appraisal_id = ? "
    "ORDER BY i.result_id, i.ordinal, i.id";
static const char sql_expectations[] =
    "SELECT behaviour, expectation FROM appraisal_expectation WHERE appraisal_id = ?";

static const char sql_update_plan[] =
    "UPDATE appraisal SET period_start = ?, period_end = ?, appraiser_id = ?, "
    "senior_appraiser_id = ? WHERE id = ?";
static const char sql_delete_results[] = "DELETE FROM appraisal_result WHERE appraisal_id = ?1 "
                                         "AND id NOT IN (SELECT value FROM json_each (?2))";
static const char sql_update_result[] =
    "UPDATE appraisal_result SET kind = ?, ordinal = ?, leader_result = ?, result = ? "
    "WHERE id = ? AND appraisal_id = ?";
static const char sql_insert_result[] =
    "INSERT INTO appraisal_result (kind, ordinal, leader_result, result, appraisal_id) "
    "VALUES (?, ?, ?, ?, ?)";
static const char sql_delete_indicators[] = "DELETE FROM appraisal_indicator WHERE result_id = ?1 "
                                            "AND id NOT IN (SELECT value FROM json_each (?2))";
static const char sql_update_indicator[] =
    "UPDATE appraisal_indicator SET ordinal = ?, aspect = ?, indicator = ?, target = ? "
    "WHERE id = ? AND result_id = ?";
static const char sql_insert_indicator[] =
    "INSERT INTO appraisal_indicator (ordinal, aspect, indicator, target, result_id) "
    "VALUES (?, ?, ?, ?, ?)";
static const char sql_set_expectation[] =
    "INSERT INTO appraisal_expectation (appraisal_id, behaviour, expectation) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (appraisal_id, behaviour) DO UPDATE SET expectation = excluded.expectation "
    "WHERE expectation IS NOT excluded.expectation";
static const char sql_delete_expectation[] =
    "DELETE FROM appraisal_expectation WHERE appraisal_id = ? AND behaviour = ?";

/* Reading */

GPtrArray *
_kr_appraisal_read_results (KrAppraisalRepository *self, gint64 appraisal_id, GError **error)
{
  g_autoptr (GPtrArray) results =
      g_ptr_array_new_with_free_func ((GDestroyNotify) kr_appraisal_result_free);
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_results, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, appraisal_id);
  while ((rc = _kr_appraisal_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrResultKind kind = KR_RESULT_KIND_UTAMA;
      KrAppraisalResult *result;

      kr_result_kind_from_code ((const char *) sqlite3_column_text (stmt, 1), &kind);
      result = kr_appraisal_result_new (kind, (const char *) sqlite3_column_text (stmt, 3));
      result->id = sqlite3_column_int64 (stmt, 0);
      result->leader_result = _kr_column_dup_text (stmt, 2);
      g_ptr_array_add (results, result);
      g_hash_table_insert (by_id, &result->id, result);
    }
  if (rc == 0)
    return NULL;
  sqlite3_reset (stmt);

  stmt = _kr_appraisal_get_stmt (self, sql_indicators, appraisal_id, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = _kr_appraisal_step (self, stmt, error)) == SQLITE_ROW)
    {
      gint64 result_id = sqlite3_column_int64 (stmt, 1);
      KrAppraisalResult *result = g_hash_table_lookup (by_id, &result_id);
      KrAspect aspect = KR_ASPECT_KUANTITAS;
      KrAppraisalIndicator *indicator;

      if (result == NULL)
        continue;
      kr_aspect_from_code ((const char *) sqlite3_column_text (stmt, 2), &aspect);
      indicator = kr_appraisal_indicator_new (aspect, (const char *) sqlite3_column_text (stmt, 3),
                                              (const char *) sqlite3_column_text (stmt, 4));
      indicator->id = sqlite3_column_int64 (stmt, 0);
      g_ptr_array_add (result->indicators, indicator);
    }
  if (rc == 0)
    return NULL;
  return g_steal_pointer (&results);
}

KrAppraisal *
_kr_appraisal_read_plan (KrAppraisalRepository *self, gint64 appraisal_id, GError **error)
{
  g_autoptr (KrAppraisal) plan = NULL;
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_get_plan, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, appraisal_id);
  rc = _kr_appraisal_step (self, stmt, error);
  if (rc == 0)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      _kr_appraisal_set_not_found (error, appraisal_id);
      return NULL;
    }
  plan = kr_appraisal_new (sqlite3_column_int64 (stmt, 1), sqlite3_column_int (stmt, 2));
  plan->id = sqlite3_column_int64 (stmt, 0);
  if (!kr_appraisal_cycle_from_code ((const char *) sqlite3_column_text (stmt, 3), &plan->cycle))
    plan->cycle = KR_APPRAISAL_CYCLE_DEFAULT;
  _kr_column_date (stmt, 4, &plan->start);
  _kr_column_date (stmt, 5, &plan->end);
  plan->appraiser_id = sqlite3_column_int64 (stmt, 6);
  plan->senior_appraiser_id = sqlite3_column_int64 (stmt, 7);
  sqlite3_reset (stmt);

  g_clear_pointer (&plan->results, g_ptr_array_unref);
  plan->results = _kr_appraisal_read_results (self, appraisal_id, error);
  if (plan->results == NULL)
    return NULL;

  stmt = _kr_appraisal_get_stmt (self, sql_expectations, appraisal_id, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = _kr_appraisal_step (self, stmt, error)) == SQLITE_ROW)
    {
      int behaviour = sqlite3_column_int (stmt, 0) - 1;

      if (behaviour >= 0 && behaviour < KR_N_BEHAVIOURS)
        {
          g_free (plan->expectations[behaviour]);
          plan->expectations[behaviour] = _kr_column_dup_text (stmt, 1);
        }
    }
  if (rc == 0)
    return NULL;
  return g_steal_pointer (&plan);
}

KrAppraisal *
kr_appraisal_repository_get (KrAppraisalRepository *self, gint64 appraisal_id, GError **error)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), NULL);

  if (!_kr_appraisal_check_read_appraisal (self, appraisal_id, error))
    return NULL;
  return _kr_appraisal_read_plan (self, appraisal_id, error);
}

KrAppraisal *
kr_appraisal_repository_find (KrAppraisalRepository *self,
                              gint64 employee_id,
                              guint year,
                              GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gint64 id;
  int rc;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), NULL);

  if (!_kr_appraisal_check_read_employee (self, employee_id, error))
    return NULL;
  stmt = _kr_appraisal_get_stmt (self, sql_find, employee_id, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 2, year);
  rc = _kr_appraisal_step (self, stmt, error);
  if (rc != SQLITE_ROW)
    return NULL;
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return _kr_appraisal_read_plan (self, id, error);
}

/* Saving */

static char *
ids_to_json (GPtrArray *items, gsize id_offset)
{
  GString *json = g_string_new ("[");

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      gint64 id = *(gint64 *) ((char *) g_ptr_array_index (items, i) + id_offset);

      if (id == 0)
        continue;
      if (json->len > 1)
        g_string_append_c (json, ',');
      g_string_append_printf (json, "%" G_GINT64_FORMAT, id);
    }
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

static gboolean
run_delete_missing (KrAppraisalRepository *self,
                    const char *sql,
                    gint64 owner_id,
                    GPtrArray *kept,
                    gsize id_offset,
                    GError **error)
{
  g_autofree char *json = ids_to_json (kept, id_offset);
  g_auto (KrStmt) stmt = _kr_appraisal_get_stmt (self, sql, owner_id, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 2, json, -1, SQLITE_TRANSIENT);
  return _kr_statements_run (self->statements, stmt, _ ("Could not save the appraisal of"), error);
}

static gboolean
check_owned (KrAppraisalRepository *self, const char *what, guint number, GError **error)
{
  if (sqlite3_changes (_kr_database_get_handle (self->database)) > 0)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               /* Translators: “Result 2” or “Result 2, indicator 1”; it was deleted meanwhile */
               _ ("%s %u no longer belongs to this plan; reload it"), what, number);
  return FALSE;
}

static gboolean
save_indicators (KrAppraisalRepository *self,
                 KrAppraisalResult *result,
                 guint number,
                 GPtrArray *assigned,
                 GError **error)
{
  if (!run_delete_missing (self, sql_delete_indicators, result->id, result->indicators,
                           G_STRUCT_OFFSET (KrAppraisalIndicator, id), error))
    return FALSE;
  for (guint i = 0; i < result->indicators->len; i++)
    {
      KrAppraisalIndicator *indicator = g_ptr_array_index (result->indicators, i);
      g_autofree char *text = g_strstrip (g_strdup (indicator->indicator));
      g_autofree char *target = g_strstrip (g_strdup (indicator->target));
      g_auto (KrStmt) stmt = _kr_statements_get (
          self->statements, indicator->id != 0 ? sql_update_indicator : sql_insert_indicator,
          error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, i);
      sqlite3_bind_text (stmt, 2, kr_aspect_get_code (indicator->aspect), -1, SQLITE_STATIC);
      _kr_bind_text (stmt, 3, text);
      _kr_bind_text (stmt, 4, target);
      if (indicator->id != 0)
        sqlite3_bind_int64 (stmt, 5, indicator->id);
      sqlite3_bind_int64 (stmt, indicator->id != 0 ? 6 : 5, result->id);
      if (!_kr_statements_run (self->statements, stmt, _ ("Could not save the appraisal of"),
                               error))
        return FALSE;
      if (indicator->id != 0)
        {
          g_autofree char *what = g_strdup_printf (_ ("Result %u, indicator"), number);

          if (!check_owned (self, what, i + 1, error))
            return FALSE;
        }
      else
        {
          indicator->id = _kr_statements_last_insert_id (self->statements);
          g_ptr_array_add (assigned, &indicator->id);
        }
    }
  return TRUE;
}

static gboolean
save_results (KrAppraisalRepository *self, KrAppraisal *plan, GPtrArray *assigned, GError **error)
{
  if (!run_delete_missing (self, sql_delete_results, plan->id, plan->results,
                           G_STRUCT_OFFSET (KrAppraisalResult, id), error))
    return FALSE;
  for (guint i = 0; i < plan->results->len; i++)
    {
      KrAppraisalResult *result = g_ptr_array_index (plan->results, i);
      g_autofree char *text = g_strstrip (g_strdup (result->result));
      g_autofree char *leader = _kr_strip_dup (result->leader_result);
      g_auto (KrStmt) stmt = _kr_statements_get (
          self->statements, result->id != 0 ? sql_update_result : sql_insert_result, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, kr_result_kind_get_code (result->kind), -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 2, i);
      _kr_bind_text (stmt, 3, leader);
      _kr_bind_text (stmt, 4, text);
      if (result->id != 0)
        sqlite3_bind_int64 (stmt, 5, result->id);
      sqlite3_bind_int64 (stmt, result->id != 0 ? 6 : 5, plan->id);
      if (!_kr_statements_run (self->statements, stmt, _ ("Could not save the appraisal of"),
                               error))
        return FALSE;
      if (result->id != 0 && !check_owned (self, _ ("Result"), i + 1, error))
        return FALSE;
      if (result->id == 0)
        {
          result->id = _kr_statements_last_insert_id (self->statements);
          g_ptr_array_add (assigned, &result->id);
        }
      if (!save_indicators (self, result, i + 1, assigned, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_expectations (KrAppraisalRepository *self, KrAppraisal *plan, GError **error)
{
  for (guint i = 0; i < KR_N_BEHAVIOURS; i++)
    {
      g_autofree char *text = _kr_strip_dup (plan->expectations[i]);
      g_auto (KrStmt) stmt = _kr_statements_get (
          self->statements, text != NULL ? sql_set_expectation : sql_delete_expectation, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, plan->id);
      sqlite3_bind_int (stmt, 2, i + 1);
      if (text != NULL)
        sqlite3_bind_text (stmt, 3, text, -1, SQLITE_TRANSIENT);
      if (!_kr_statements_run (self->statements, stmt, _ ("Could not save the appraisal of"),
                               error))
        return FALSE;
    }
  return TRUE;
}

gboolean
kr_appraisal_repository_save_plan (KrAppraisalRepository *self, KrAppraisal *plan, GError **error)
{
  g_autoptr (KrAppraisal) stored = NULL;
  g_autoptr (GPtrArray) assigned = g_ptr_array_new ();
  KrAppraisalState annual = KR_APPRAISAL_STATE_DRAFT;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);

  if (!_kr_appraisal_check_write_appraisal (self, plan->id, error))
    return FALSE;
  stored = _kr_appraisal_read_plan (self, plan->id, error);
  if (stored == NULL)
    return FALSE;
  /* Who and when are the stored ones; the cycle is set when the appraisal starts. */
  plan->employee_id = stored->employee_id;
  plan->year = stored->year;
  plan->cycle = stored->cycle;
  if (!kr_appraisal_validate (plan, error) ||
      !_kr_appraisal_get_annual_state (self, plan->id, &annual, error))
    return FALSE;
  if (annual == KR_APPRAISAL_STATE_FINAL || annual == KR_APPRAISAL_STATE_OBJECTED)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The plan cannot be changed: the annual evaluation is final"));
      return FALSE;
    }

  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  {
    g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_update_plan, error);

    ok = stmt != NULL;
    if (ok)
      {
        _kr_bind_date (stmt, 1, &plan->start);
        _kr_bind_date (stmt, 2, &plan->end);
        _kr_bind_id (stmt, 3, plan->appraiser_id);
        _kr_bind_id (stmt, 4, plan->senior_appraiser_id);
        sqlite3_bind_int64 (stmt, 5, plan->id);
        ok = _kr_statements_run (self->statements, stmt, _ ("Could not save the appraisal of"),
                                 error);
      }
  }
  ok = ok && save_results (self, plan, assigned, error) && save_expectations (self, plan, error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    {
      /* Nothing was stored: the new rows are new again. */
      for (guint i = 0; i < assigned->len; i++)
        *(gint64 *) g_ptr_array_index (assigned, i) = 0;
      return FALSE;
    }
  _kr_appraisal_repository_emit_changed (self, plan->id);
  return TRUE;
}
