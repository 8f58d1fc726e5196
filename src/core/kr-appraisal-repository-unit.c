/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-appraisal-repository"

#include "config.h"

#include "kr-appraisal-repository-private.h"

#include "kr-csv.h"
#include "kr-database-private.h"
#include "kr-error.h"
#include "kr-i18n.h"

/* The appraisal repository's unit side (kr-appraisal-repository-private.h): the capaian
 * kinerja organisasi of a unit, the pola distribusi of its employees' predikat, and the
 * follow-up lists of the final evaluations. */

static const char sql_unit_exists[] = "SELECT count(*) FROM unit WHERE id = ?";
static const char sql_set_result[] =
    "INSERT INTO unit_performance (unit_id, year, period, result) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (unit_id, year, period) DO UPDATE SET result = excluded.result";
static const char sql_get_result[] =
    "SELECT result FROM unit_performance WHERE unit_id = ? AND year = ? AND period = ?";

/* The employees "e" of the subtree of a unit, all of them for unit 0; two parameters, both the
 * unit. */
#define UNIT_CONDITION "(? = 0 OR " KR_SCOPE_CONDITION ")"
/* What a unit head may read: with parameters the scope unit (0: no limit), the scope unit
 * again and the signed-in employee twice, the employees of the subtree they lead and those
 * they appraise. */
#define READER_CONDITION                                                                           \
  "(? = 0 OR " KR_SCOPE_CONDITION " OR a.appraiser_id = ? OR a.senior_appraiser_id = ?)"

static const char sql_count_predikat[] =
    "SELECT v.predikat, count (*) FROM appraisal_evaluation v "
    "JOIN appraisal a ON a.id = v.appraisal_id JOIN employee e ON e.id = a.employee_id "
    "WHERE a.year = ? AND v.period = ? AND v.state IN ('reviewed', 'final', 'objected') "
    "AND v.predikat IS NOT NULL AND " UNIT_CONDITION " GROUP BY v.predikat";

static const char sql_follow_up_recognition[] =
    "SELECT " KR_APPRAISAL_ROW_COLUMNS " FROM " KR_APPRAISAL_ROW_JOINS
    " WHERE a.year = ? AND v.period = ? AND v.state = 'final' AND v.predikat = 'sangat_baik' "
    "AND " UNIT_CONDITION " AND " READER_CONDITION " ORDER BY u.name, e.name, e.nip";
static const char sql_follow_up_development[] =
    "SELECT " KR_APPRAISAL_ROW_COLUMNS " FROM " KR_APPRAISAL_ROW_JOINS
    " WHERE a.year = ? AND v.period = ? AND v.state = 'final' "
    "AND v.predikat IN ('butuh_perbaikan', 'kurang', 'sangat_kurang') "
    "AND " UNIT_CONDITION " AND " READER_CONDITION
    " ORDER BY CASE v.predikat WHEN 'sangat_kurang' THEN 0 WHEN 'kurang' THEN 1 ELSE 2 END, "
    "u.name, e.name, e.nip";

/* The recommendation printed for each list, as an official document words it: do not
 * translate. */
static const char *const follow_up_texts[] = {
  [KR_FOLLOW_UP_RECOGNITION] = "Usulan penghargaan / talent pool",
  [KR_FOLLOW_UP_DEVELOPMENT] = "Coaching, mentoring atau pelatihan",
};

/* The columns of the exported file (kr-appraisal-repository.h). */
static const char *const follow_up_columns[] = {
  "nip", "nama", "jabatan", "unit_kerja", "predikat", "tindak_lanjut",
};

/* Checks */

static gboolean
check_unit (KrAppraisalRepository *self, gint64 unit_id, GError **error)
{
  gint64 n = 0;

  if (!_kr_statements_count (self->statements, sql_unit_exists, unit_id, &n, error))
    return FALSE;
  if (n > 0)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_NOT_FOUND,
               _ ("The unit %lld does not exist; it may have been deleted"), (long long) unit_id);
  return FALSE;
}

/* Checks the year and that @period is the year (0) or one of the periods of the cycle of
 * @unit_id's instansi. */
static gboolean
check_period (KrAppraisalRepository *self, gint64 unit_id, guint year, guint period, GError **error)
{
  KrAppraisalCycle cycle;
  guint n_periods;

  if (year < KR_SKP_FIRST_YEAR || year > 2200)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The year %u is outside the appraisal years %u to %u"), year,
                   KR_SKP_FIRST_YEAR, 2200);
      return FALSE;
    }
  if (!kr_appraisal_repository_get_cycle (self, unit_id, &cycle, error))
    return FALSE;
  n_periods = kr_appraisal_cycle_get_n_periods (cycle);
  if (period <= n_periods)
    return TRUE;
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               /* Translators: a period number, then the number of periods and a cycle such
                * as “Quarterly” */
               _ ("There is no period %u: the year has %u periods (%s) besides the annual "
                  "evaluation"),
               period, n_periods, kr_appraisal_cycle_get_label (cycle));
  return FALSE;
}

/* Organisation results */

gboolean
kr_appraisal_repository_set_organisation_result (KrAppraisalRepository *self,
                                                 gint64 unit_id,
                                                 guint year,
                                                 guint period,
                                                 KrOrganisationResult result,
                                                 GError **error)
{
  g_auto (KrStmt) stmt = NULL;
  gboolean own, ok;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), FALSE);
  g_return_val_if_fail (result < KR_N_ORGANISATION_RESULTS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kr_appraisal_check_write (self, error) || !check_unit (self, unit_id, error) ||
      !check_period (self, unit_id, year, period, error) ||
      !_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  stmt = _kr_statements_get (self->statements, sql_set_result, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, unit_id);
      sqlite3_bind_int (stmt, 2, (int) year);
      sqlite3_bind_int (stmt, 3, (int) period);
      sqlite3_bind_text (stmt, 4, kr_organisation_result_get_code (result), -1, SQLITE_STATIC);
      ok = _kr_statements_run (self->statements, stmt, _ ("Could not save changes to"), error);
    }
  if (!_kr_statements_end (self->statements, own, ok, error))
    return FALSE;
  _kr_appraisal_repository_emit_changed (self, 0);
  return TRUE;
}

/* Reads the result without a permission check. */
static gboolean
read_result (KrAppraisalRepository *self,
             gint64 unit_id,
             guint year,
             guint period,
             gboolean *has_result,
             KrOrganisationResult *result,
             GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_get_result, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int (stmt, 2, (int) year);
  sqlite3_bind_int (stmt, 3, (int) period);
  rc = _kr_statements_step (self->statements, stmt, _ ("Could not read"), error);
  if (rc == 0)
    return FALSE;
  *has_result = rc == SQLITE_ROW && kr_organisation_result_from_code (
                                        (const char *) sqlite3_column_text (stmt, 0), result);
  return TRUE;
}

gboolean
kr_appraisal_repository_get_organisation_result (KrAppraisalRepository *self,
                                                 gint64 unit_id,
                                                 guint year,
                                                 guint period,
                                                 gboolean *has_result,
                                                 KrOrganisationResult *result,
                                                 GError **error)
{
  KrOrganisationResult value = KR_ORGANISATION_RESULT_BAIK;
  gboolean has = FALSE;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), FALSE);
  g_return_val_if_fail (has_result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *has_result = FALSE;
  if (!_kr_appraisal_check_read (self, error) ||
      !read_result (self, unit_id, year, period, &has, &value, error))
    return FALSE;
  *has_result = has;
  if (has && result != NULL)
    *result = value;
  return TRUE;
}

/* The pola distribusi */

static gboolean
read_counts (KrAppraisalRepository *self,
             gint64 unit_id,
             guint year,
             guint period,
             guint counts[KR_N_PREDIKAT],
             GError **error)
{
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_count_predikat, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < KR_N_PREDIKAT; i++)
    counts[i] = 0;
  sqlite3_bind_int (stmt, 1, (int) year);
  sqlite3_bind_int (stmt, 2, (int) period);
  sqlite3_bind_int64 (stmt, 3, unit_id);
  sqlite3_bind_int64 (stmt, 4, unit_id);
  while ((rc = _kr_appraisal_step (self, stmt, error)) == SQLITE_ROW)
    {
      KrPredikat predikat;

      if (kr_predikat_from_code ((const char *) sqlite3_column_text (stmt, 0), &predikat))
        counts[predikat] = (guint) sqlite3_column_int64 (stmt, 1);
    }
  return rc == SQLITE_DONE;
}

gboolean
kr_appraisal_repository_count_predikat (KrAppraisalRepository *self,
                                        gint64 unit_id,
                                        guint year,
                                        guint period,
                                        guint counts[KR_N_PREDIKAT],
                                        GError **error)
{
  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Counts name nobody: whoever may read may see them, as the documents print them. */
  return _kr_appraisal_check_read (self, error) &&
         read_counts (self, unit_id, year, period, counts, error);
}

GPtrArray *
kr_appraisal_repository_check_distribution (KrAppraisalRepository *self,
                                            gint64 unit_id,
                                            guint year,
                                            guint period,
                                            GError **error)
{
  KrOrganisationResult result = KR_ORGANISATION_RESULT_BAIK;
  guint counts[KR_N_PREDIKAT];
  gboolean has_result = FALSE;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kr_appraisal_check_read (self, error) ||
      !read_result (self, unit_id, year, period, &has_result, &result, error))
    return NULL;
  if (!has_result)
    return g_ptr_array_new_with_free_func ((GDestroyNotify) kr_distribution_problem_free);
  if (!read_counts (self, unit_id, year, period, counts, error))
    return NULL;
  return kr_appraisal_check_distribution (result, counts);
}

/* Follow-up */

GPtrArray *
kr_appraisal_repository_list_follow_up (KrAppraisalRepository *self,
                                        gint64 unit_id,
                                        guint year,
                                        guint period,
                                        KrFollowUp list,
                                        GError **error)
{
  g_autoptr (GPtrArray) rows = NULL;
  g_auto (KrStmt) stmt = NULL;
  gint64 scope, me = 0;
  int rc;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), NULL);
  g_return_val_if_fail (list == KR_FOLLOW_UP_RECOGNITION || list == KR_FOLLOW_UP_DEVELOPMENT, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kr_appraisal_check_read (self, error))
    return NULL;
  scope = _kr_database_get_scope_unit (self->database);
  if (scope != 0)
    me = _kr_appraisal_get_signed_in_employee (self);
  stmt = _kr_statements_get (self->statements,
                             list == KR_FOLLOW_UP_RECOGNITION ? sql_follow_up_recognition
                                                              : sql_follow_up_development,
                             error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, (int) year);
  sqlite3_bind_int (stmt, 2, (int) period);
  sqlite3_bind_int64 (stmt, 3, unit_id);
  sqlite3_bind_int64 (stmt, 4, unit_id);
  sqlite3_bind_int64 (stmt, 5, scope);
  sqlite3_bind_int64 (stmt, 6, scope);
  /* Nobody is appraised by employee -1. */
  sqlite3_bind_int64 (stmt, 7, me != 0 ? me : -1);
  sqlite3_bind_int64 (stmt, 8, me != 0 ? me : -1);

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_appraisal_row_free);
  while ((rc = _kr_appraisal_step (self, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (rows, _kr_appraisal_row_from_stmt (stmt, 0));
  return rc == SQLITE_DONE ? g_steal_pointer (&rows) : NULL;
}

static gboolean
write_follow_up (GPtrArray *rows, KrFollowUp list, GOutputStream *stream, GError **error)
{
  /* Excel needs the byte order mark to read UTF-8; a name or position such as "=…" or
   * "+…" must not run as a formula when the file is opened. */
  g_autoptr (KrCsvWriter) writer =
      kr_csv_writer_new (stream, ',', KR_CSV_WRITER_BOM | KR_CSV_WRITER_GUARD_FORMULAS);

  if (!kr_csv_writer_write_record (writer, follow_up_columns, G_N_ELEMENTS (follow_up_columns),
                                   NULL, error))
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      const KrAppraisalRow *row = g_ptr_array_index (rows, i);
      const char *fields[G_N_ELEMENTS (follow_up_columns)] = {
        row->nip,
        row->name,
        row->position_name,
        row->unit_name,
        row->has_predikat ? kr_predikat_get_label (row->predikat) : NULL,
        follow_up_texts[list],
      };

      if (!kr_csv_writer_write_record (writer, fields, G_N_ELEMENTS (fields), NULL, error))
        return FALSE;
    }
  return kr_csv_writer_flush (writer, NULL, error);
}

/* What kr_appraisal_repository_export_follow_up () passes to write_follow_up_file (). */
typedef struct
{
  GPtrArray *rows;
  KrFollowUp list;
} FollowUpFile;

static gboolean
write_follow_up_file (GOutputStream *stream, gpointer user_data, GError **error)
{
  FollowUpFile *file = user_data;

  return write_follow_up (file->rows, file->list, stream, error);
}

gboolean
kr_appraisal_repository_export_follow_up (KrAppraisalRepository *self,
                                          gint64 unit_id,
                                          guint year,
                                          guint period,
                                          KrFollowUp list,
                                          const char *path,
                                          GError **error)
{
  g_autoptr (GPtrArray) rows = NULL;
  FollowUpFile file;

  g_return_val_if_fail (KR_IS_APPRAISAL_REPOSITORY (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  rows = kr_appraisal_repository_list_follow_up (self, unit_id, year, period, list, error);
  if (rows == NULL)
    return FALSE;

  file.rows = rows;
  file.list = list;
  /* Written beside @path and renamed when complete, so that a failure leaves no half file. */
  return _kr_file_replace_with_stream (path, 0666, write_follow_up_file, &file, NULL, error);
}
