/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-repository"

#include "config.h"

#include "kr-appraisal-repository-private.h"

#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* The appraisal repository's position templates, part of its records
 * (kr-appraisal-repository-private.h): the work results a position's holders start their year
 * with. */

static const char sql_position_exists[] = "SELECT count (*) FROM position WHERE id = ?";
static const char sql_get_template[] =
    "SELECT kind, result_ordinal, leader_result, result, aspect, indicator, target "
    "FROM position_result_template WHERE position_id = ? ORDER BY result_ordinal, ordinal, id";
static const char sql_clear_template[] =
    "DELETE FROM position_result_template WHERE position_id = ?";
static const char sql_insert_template[] =
    "INSERT INTO position_result_template (position_id, kind, result_ordinal, leader_result, "
    "result, ordinal, aspect, indicator, target) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

static gboolean
check_position (KrAppraisalRepository *self, gint64 position_id, GError **error)
{
  gint64 n = 0;

  if (!_kr_statements_count (self->statements, sql_position_exists, position_id, &n, error))
    return FALSE;
  if (n > 0)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               _ ("The position %lld does not exist; it may have been deleted"),
               (long long) position_id);
  return FALSE;
}

GPtrArray *
kr_appraisal_repository_get_template (KrAppraisalRepository *self,
                                      gint64 position_id,
                                      GError **error)
{
  g_autoptr (GPtrArray) results = NULL;
  g_auto (KrStmt) stmt = NULL;
  KrAppraisalResult *result = NULL;
  gint64 ordinal = -1;
  int rc;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kr_appraisal_check_read (self, error))
    return NULL;
  stmt = _kr_appraisal_get_stmt (self, sql_get_template, position_id, error);
  if (stmt == NULL)
    return NULL;
  results = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_appraisal_result_free);
  /* One row per indicator, grouped by result_ordinal. */
  while ((rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error)) ==
         SQLITE_ROW)
    {
      KrAspect aspect = KR_ASPECT_KUANTITAS;

      if (result == NULL || sqlite3_column_int64 (stmt, 1) != ordinal)
        {
          KrResultKind kind = KR_RESULT_KIND_UTAMA;

          kr_result_kind_from_code ((const char *) sqlite3_column_text (stmt, 0), &kind);
          result = kr_appraisal_result_new (kind, (const char *) sqlite3_column_text (stmt, 3));
          result->leader_result = _kr_column_dup_text (stmt, 2);
          ordinal = sqlite3_column_int64 (stmt, 1);
          g_ptr_array_add (results, result);
        }
      kr_aspect_from_code ((const char *) sqlite3_column_text (stmt, 4), &aspect);
      g_ptr_array_add (result->indicators, kr_appraisal_indicator_new (
                                               aspect, (const char *) sqlite3_column_text (stmt, 5),
                                               (const char *) sqlite3_column_text (stmt, 6)));
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&results) : NULL;
}

/* Checks what a template holds, as kr_appraisal_validate () checks a plan's results. */
static gboolean
check_template (GPtrArray *results, GError **error)
{
  for (guint i = 0; i < results->len; i++)
    {
      const KrAppraisalResult *result = g_ptr_array_index (results, i);
      g_autofree char *text = _kr_strip_dup (result->result);

      if ((guint) result->kind >= KR_N_RESULT_KINDS)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Result %u: the kind is unknown"),
                       i + 1);
          return FALSE;
        }
      if (text == NULL)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("Result %u: the result is empty"),
                       i + 1);
          return FALSE;
        }
      if (result->indicators == NULL || result->indicators->len == 0)
        {
          g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                       _ ("Result %u: add at least one indicator"), i + 1);
          return FALSE;
        }
      if (!kr_appraisal_result_check_texts (result, i + 1, error))
        return FALSE;
      for (guint j = 0; j < result->indicators->len; j++)
        {
          const KrAppraisalIndicator *indicator = g_ptr_array_index (result->indicators, j);
          g_autofree char *name = _kr_strip_dup (indicator->indicator);
          g_autofree char *target = _kr_strip_dup (indicator->target);

          if ((guint) indicator->aspect >= KR_N_ASPECTS)
            g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                         _ ("Result %u: the aspect of indicator %u is unknown"), i + 1, j + 1);
          else if (name == NULL)
            g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                         _ ("Result %u: the text of indicator %u is empty"), i + 1, j + 1);
          else if (target == NULL)
            g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                         _ ("Result %u: the target of indicator %u is empty"), i + 1, j + 1);
          else
            continue;
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_template (KrAppraisalRepository *self, gint64 position_id, GPtrArray *results, GError **error)
{
  g_auto (KrStmt) clear = _kr_appraisal_get_stmt (self, sql_clear_template, position_id, error);

  if (clear == NULL)
    return FALSE;
  if (!_kr_statements_run (self->statements, clear, _ ("Could not save changes to"), error))
    return FALSE;
  for (guint i = 0; i < results->len; i++)
    {
      const KrAppraisalResult *result = g_ptr_array_index (results, i);
      g_autofree char *text = _kr_strip_dup (result->result);
      g_autofree char *leader = _kr_strip_dup (result->leader_result);

      for (guint j = 0; j < result->indicators->len; j++)
        {
          const KrAppraisalIndicator *indicator = g_ptr_array_index (result->indicators, j);
          g_autofree char *name = _kr_strip_dup (indicator->indicator);
          g_autofree char *target = _kr_strip_dup (indicator->target);
          g_auto (KrStmt) stmt =
              _kr_appraisal_get_stmt (self, sql_insert_template, position_id, error);

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 2, kr_result_kind_get_code (result->kind), -1, SQLITE_STATIC);
          sqlite3_bind_int (stmt, 3, (int) i);
          _kr_bind_text (stmt, 4, leader);
          _kr_bind_text (stmt, 5, text);
          sqlite3_bind_int (stmt, 6, (int) j);
          sqlite3_bind_text (stmt, 7, kr_aspect_get_code (indicator->aspect), -1, SQLITE_STATIC);
          _kr_bind_text (stmt, 8, name);
          _kr_bind_text (stmt, 9, target);
          if (!_kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error))
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
kr_appraisal_repository_set_template (KrAppraisalRepository *self,
                                      gint64 position_id,
                                      GPtrArray *results,
                                      GError **error)
{
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), FALSE);
  g_return_val_if_fail (results != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kr_appraisal_check_write (self, error) || !check_position (self, position_id, error) ||
      !check_template (results, error) || !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  ok = write_template (self, position_id, results, error);
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_appraisal_repository_emit_changed (self, 0);
  return TRUE;
}
