/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-repository"

#include "config.h"

#include "kr-appraisal-repository-internal.h"

#include <string.h>

#include "kr-employee.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* What an official document of one appraisal prints, read in one go. The three people are
 * shown as their histories place them at the end of the period: the newest rank and position
 * with a TMT on or before it (the current ones when the histories have none). */

static const char sql_person[] =
    "SELECT x.id, x.nip, x.full_name, x.golongan, p.name, u.name, u.id FROM (SELECT e.id, "
    "e.nip, " KR_APPRAISAL_FULL_NAME (
        "e") " AS full_name, coalesce ((SELECT h.golongan FROM rank_history h "
             "WHERE h.employee_id = e.id AND h.tmt <= ?2 ORDER BY h.tmt DESC, h.id DESC LIMIT 1), "
             "e.golongan) AS golongan, coalesce ((SELECT h.position_id FROM position_history h "
             "WHERE h.employee_id = e.id AND h.tmt <= ?2 ORDER BY h.tmt DESC, h.id DESC LIMIT 1), "
             "e.position_id) AS position_id, e.unit_id FROM employee e WHERE e.id = ?1) x "
             "LEFT JOIN position p ON p.id = x.position_id "
             "LEFT JOIN unit u ON u.id = coalesce (p.unit_id, x.unit_id)";
#define UP                                                                                         \
  "WITH RECURSIVE up (id, parent_id, kind, name, depth) AS (SELECT id, parent_id, kind, name, 0 "  \
  "FROM unit WHERE id = ?1 UNION ALL SELECT u.id, u.parent_id, u.kind, u.name, up.depth + 1 "      \
  "FROM unit u JOIN up ON u.id = up.parent_id) "
static const char sql_instansi[] = UP "SELECT name FROM up WHERE parent_id IS NULL";
/* The perangkat daerah of a unit: the nearest of that kind at or above it, or the unit. */
static const char sql_perangkat_daerah[] =
    UP "SELECT id FROM up WHERE kind = 'perangkat_daerah' OR depth = 0 "
       "ORDER BY kind = 'perangkat_daerah' DESC, depth LIMIT 1";
static const char sql_skm[] =
    UP "SELECT s.nrr1, s.nrr2, s.nrr3, s.nrr4, s.nrr5, s.nrr6, s.nrr7, s.nrr8, s.nrr9 "
       "FROM up JOIN skm_survey s ON s.unit_id = up.id AND s.year = ?2 "
       "ORDER BY up.depth, s.period = ?3 DESC, s.period LIMIT 1";
static const char sql_evaluation_id[] =
    "SELECT id, final_on FROM appraisal_evaluation WHERE appraisal_id = ? AND period = ?";
static const char sql_organisation_result[] =
    "SELECT result FROM unit_performance WHERE unit_id = ? AND year = ? AND period = ?";
static const char sql_distribution[] =
    "SELECT v.predikat, count(*) FROM appraisal_evaluation v "
    "JOIN appraisal a ON a.id = v.appraisal_id JOIN employee e ON e.id = a.employee_id "
    "WHERE a.year = ?2 AND v.period = ?3 AND v.state IN ('reviewed', 'final', 'objected') "
    "AND e.unit_id IN (WITH RECURSIVE s (id) AS (SELECT ?1 UNION ALL SELECT u.id FROM unit u "
    "JOIN s ON u.parent_id = s.id) SELECT id FROM s) GROUP BY v.predikat";

static char *
dup_golongan_label (guint golongan, gboolean *has_rank, KrRank *rank)
{
  const char *label;

  *has_rank = kr_rank_from_code (golongan, rank);
  if (*has_rank)
    return g_strdup_printf ("%s (%s)", kr_rank_get_pangkat (*rank), kr_rank_get_golongan (*rank));
  label = kr_golongan_get_label (golongan);
  return g_strdup (label);
}

/* Fills @person with employee @id at @on; @unit_id (optional) gets their unit then. */
static gboolean
read_person (KrAppraisalRepository *self,
             gint64 id,
             const GDate *on,
             KrAppraisalPerson *person,
             gint64 *unit_id,
             GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  int rc;

  memset (person, 0, sizeof *person);
  if (id == 0)
    return TRUE;
  stmt = _kr_appraisal_get_stmt (self, sql_person, id, error);
  if (stmt == NULL)
    return FALSE;
  _kr_bind_date (stmt, 2, on);
  rc = _kr_appraisal_step (self, stmt, error);
  if (rc != SQLITE_ROW)
    return rc != 0;
  person->employee_id = sqlite3_column_int64 (stmt, 0);
  person->nip = _kr_column_dup_text (stmt, 1);
  person->name = _kr_column_dup_text (stmt, 2);
  if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
    person->golongan_label =
        dup_golongan_label (sqlite3_column_int (stmt, 3), &person->has_rank, &person->rank);
  person->position_name = _kr_column_dup_text (stmt, 4);
  person->unit_name = _kr_column_dup_text (stmt, 5);
  if (unit_id != NULL)
    *unit_id = sqlite3_column_int64 (stmt, 6);
  return TRUE;
}

static gboolean
read_unit_facts (KrAppraisalRepository *self,
                 KrAppraisalSheet *sheet,
                 gint64 unit_id,
                 gboolean with_evaluation,
                 GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gint64 pd = 0;
  int rc;

  stmt = _kr_appraisal_get_stmt (self, sql_instansi, unit_id, error);
  if (stmt == NULL)
    return FALSE;
  rc = _kr_appraisal_step (self, stmt, error);
  if (rc == 0)
    return FALSE;
  if (rc == SQLITE_ROW)
    sheet->instansi = _kr_column_dup_text (stmt, 0);
  sqlite3_reset (stmt);

  stmt = _kr_appraisal_get_stmt (self, sql_skm, unit_id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 2, sheet->year);
  sqlite3_bind_int (stmt, 3, with_evaluation ? sheet->period : 0);
  rc = _kr_appraisal_step (self, stmt, error);
  if (rc == 0)
    return FALSE;
  if (rc == SQLITE_ROW)
    {
      double nrr[KR_SKM_N_ELEMENTS];

      for (guint i = 0; i < KR_SKM_N_ELEMENTS; i++)
        nrr[i] = sqlite3_column_double (stmt, i);
      sheet->has_ikm = TRUE;
      sheet->ikm = kr_ikm_compute (nrr);
    }
  sqlite3_reset (stmt);
  if (!with_evaluation)
    return TRUE;

  if (!_kr_statements_count (self->statements, sql_perangkat_daerah, unit_id, &pd, error))
    return FALSE;
  stmt = _kr_appraisal_get_stmt (self, sql_organisation_result, pd, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 2, sheet->year);
  sqlite3_bind_int (stmt, 3, sheet->period);
  rc = _kr_appraisal_step (self, stmt, error);
  if (rc == 0)
    return FALSE;
  if (rc == SQLITE_ROW)
    sheet->has_organisation_result = kr_organisation_result_from_code (
        (const char *) sqlite3_column_text (stmt, 0), &sheet->organisation_result);
  sqlite3_reset (stmt);

  stmt = _kr_appraisal_get_stmt (self, sql_distribution, pd, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 2, sheet->year);
  sqlite3_bind_int (stmt, 3, sheet->period);
  while ((rc = _kr_appraisal_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrPredikat predikat;

      if (kr_predikat_from_code ((const char *) sqlite3_column_text (stmt, 0), &predikat))
        sheet->distribution[predikat] = sqlite3_column_int (stmt, 1);
    }
  return rc != 0;
}

/* The evaluation of @period and the date it became final (cleared when it is not). */
static KrAppraisalEvaluation *
read_period (KrAppraisalRepository *self,
             gint64 appraisal_id,
             guint period,
             GDate *final_on,
             GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_evaluation_id, error);
  gint64 id;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, appraisal_id);
  sqlite3_bind_int (stmt, 2, period);
  rc = _kr_appraisal_step (self, stmt, error);
  if (rc == 0)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                   /* Translators: %u is the number of a period of the appraisal year */
                   _ ("The appraisal has no evaluation for period %u"), period);
      return NULL;
    }
  id = sqlite3_column_int64 (stmt, 0);
  _kr_column_date (stmt, 1, final_on);
  sqlite3_reset (stmt);
  return _kr_appraisal_read_evaluation (self, id, error);
}

KrAppraisalSheet *
kr_appraisal_repository_get_sheet (KrAppraisalRepository *self,
                                   gint64 appraisal_id,
                                   int period,
                                   const char *place,
                                   GError **error)
{
  g_autoptr (KrAppraisalSheet) sheet = g_new0 (KrAppraisalSheet, 1);
  gint64 unit_id = 0;
  GDate final_on;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), NULL);

  if (!_kr_appraisal_check_read_appraisal (self, appraisal_id, error))
    return NULL;
  sheet->plan = _kr_appraisal_read_plan (self, appraisal_id, error);
  if (sheet->plan == NULL)
    return NULL;
  sheet->year = sheet->plan->year;
  sheet->cycle = sheet->plan->cycle;
  sheet->period = period > 0 ? (guint) period : 0;
  sheet->start = sheet->plan->start;
  sheet->end = sheet->plan->end;
  g_date_clear (&final_on, 1);
  if (period >= 0)
    {
      if (period > 0 && !kr_appraisal_period_get_dates (sheet->cycle, sheet->year, period,
                                                        &sheet->start, &sheet->end))
        {
          g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
                       _ ("The appraisal has no evaluation for period %u"), (guint) period);
          return NULL;
        }
      sheet->evaluation = read_period (self, appraisal_id, period, &final_on, error);
      if (sheet->evaluation == NULL)
        return NULL;
    }
  sheet->period_label = kr_appraisal_period_dup_label (sheet->cycle, sheet->period);
  sheet->place = g_strdup (place);
  sheet->signed_on = g_date_valid (&final_on) ? final_on : sheet->end;

  if (!read_person (self, sheet->plan->employee_id, &sheet->end, &sheet->employee, &unit_id,
                    error) ||
      !read_person (self, sheet->plan->appraiser_id, &sheet->end, &sheet->appraiser, NULL, error) ||
      !read_person (self, sheet->plan->senior_appraiser_id, &sheet->end, &sheet->senior_appraiser,
                    NULL, error))
    return NULL;
  if (unit_id != 0 && !read_unit_facts (self, sheet, unit_id, sheet->evaluation != NULL, error))
    return NULL;
  if (sheet->place == NULL && unit_id != 0)
    {
      g_autoptr (GError) local_error = NULL;

      sheet->place = _kr_appraisal_read_place (self, unit_id, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
  return g_steal_pointer (&sheet);
}
