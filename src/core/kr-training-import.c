/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-import"

#include "config.h"

#include "kr-training-import.h"
#include "kr-training-import-private.h"

#include <math.h>
#include <string.h>

#include "kr-csv.h"
#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-import-report-private.h"
#include "kr-repository-private.h"
#include "kr-training.h"

/* How an import works: analyse () reads the whole file, checks every row against the database
 * and keeps the accepted rows (a training history file holds a few rows per employee, so they
 * fit in memory) with their verdict; commit () writes the kept rows in one transaction, an
 * existing SIASN record of the same employee, title and end date being updated. */

G_DEFINE_FINAL_TYPE (KrTrainingImporter, kr_training_importer, G_TYPE_OBJECT)

static const char sql_upsert[] =
    "INSERT INTO training_record (employee_id, title, kind, type, programme, form, provider, "
    "start_date, end_date, jp, certificate_number, source) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'siasn') "
    "ON CONFLICT (employee_id, title, end_date) WHERE source = 'siasn' DO UPDATE SET "
    "kind = excluded.kind, type = excluded.type, programme = excluded.programme, "
    "form = excluded.form, provider = excluded.provider, start_date = excluded.start_date, "
    "jp = excluded.jp, certificate_number = excluded.certificate_number";

static void
report_free (KrTrainingImportReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->issues);
  g_free (report);
}

static void
report_progress (KrSiasnProgressFunc progress,
                 gpointer user_data,
                 guint64 done,
                 guint64 total,
                 guint64 *last)
{
  if (progress == NULL || (done < total && done - *last < MAX (total / 1000, 1)))
    return;
  *last = done;
  progress (done, total, user_data);
}

/* Handles the record just read (or the reader's @bad_row error). */
static gboolean
handle_record (Pass *pass, KrCsvReader *reader, const GError *bad_row, GError **error)
{
  KrTrainingImportReport *report = pass->self->report;
  Row *row;

  report->n_rows++;
  pass->line = kr_csv_reader_get_line (reader);
  if (bad_row != NULL)
    {
      _kr_training_import_add_issue (report, KR_SIASN_ISSUE_REJECTED, pass->line, NULL, NULL,
                                     bad_row->message);
      report->n_rejected++;
      return TRUE;
    }
  g_strfreev (pass->fields);
  pass->fields = g_strdupv ((char **) kr_csv_reader_get_fields (reader, &pass->n_fields));
  for (guint i = 0; i < pass->n_fields; i++)
    g_strstrip (pass->fields[i]);
  row = _kr_training_import_read_row (pass, error);
  if (row == NULL)
    return FALSE;
  report->n_new += row->verdict == VERDICT_NEW;
  report->n_updated += row->verdict == VERDICT_UPDATED;
  report->n_unchanged += row->verdict == VERDICT_UNCHANGED;
  report->n_rejected += row->verdict == VERDICT_REJECTED;
  if (row->verdict == VERDICT_NEW || row->verdict == VERDICT_UPDATED)
    g_ptr_array_add (pass->self->rows, row);
  else
    _kr_training_import_row_free (row);
  return TRUE;
}

static gboolean
read_records (Pass *pass,
              KrCsvReader *reader,
              guint64 size,
              KrSiasnProgressFunc progress,
              gpointer user_data,
              GCancellable *cancellable,
              GError **error)
{
  guint64 last = 0;

  if (progress != NULL)
    progress (0, size, user_data);
  for (;;)
    {
      g_autoptr (GError) local = NULL;
      KrCsvResult result;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      result = kr_csv_reader_next (reader, cancellable, &local);
      if (result == KR_CSV_RESULT_END)
        break;
      if (result == KR_CSV_RESULT_ERROR)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      if (!handle_record (pass, reader, local, error))
        return FALSE;
      report_progress (progress, user_data, kr_csv_reader_get_position (reader), size, &last);
    }
  if (progress != NULL && last < size)
    progress (size, size, user_data);
  return TRUE;
}

/* Object */

static void
clear_analysis (KrTrainingImporter *self)
{
  g_clear_pointer (&self->report, report_free);
  g_ptr_array_set_size (self->rows, 0);
  self->committable = FALSE;
}

static void
kr_training_importer_finalize (GObject *object)
{
  KrTrainingImporter *self = KR_TRAINING_IMPORTER (object);

  clear_analysis (self);
  g_ptr_array_unref (self->rows);
  g_clear_pointer (&self->statements, _kr_statements_free);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (kr_training_importer_parent_class)->finalize (object);
}

static void
kr_training_importer_class_init (KrTrainingImporterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kr_training_importer_finalize;
}

static void
kr_training_importer_init (KrTrainingImporter *self)
{
  self->rows = g_ptr_array_new_with_free_func (_kr_training_import_row_free);
}

KrTrainingImporter *
kr_training_importer_new (KrDatabase *database)
{
  KrTrainingImporter *self;

  g_return_val_if_fail (KR_IS_DATABASE (database), NULL);

  self = g_object_new (KR_TYPE_TRAINING_IMPORTER, NULL);
  self->database = g_object_ref (database);
  self->statements = _kr_statements_new (database);
  return self;
}

static gboolean
run_analysis (KrTrainingImporter *self,
              GFile *file,
              KrSiasnProgressFunc progress,
              gpointer user_data,
              GCancellable *cancellable,
              GError **error)
{
  g_autoptr (GFileInputStream) input = NULL;
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (KrCsvReader) reader = NULL;
  Pass pass = { .self = self };
  gboolean ok;

  input = g_file_read (file, cancellable, error);
  if (input == NULL)
    return FALSE;
  info = g_file_input_stream_query_info (input, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, error);
  if (info == NULL)
    return FALSE;
  reader = kr_csv_reader_new (G_INPUT_STREAM (input), '\0');
  kr_csv_reader_set_unguard_formulas (reader, TRUE);
  pass.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ok = kr_csv_reader_read_header (reader, cancellable, error) &&
       _kr_training_import_map_columns (&pass, reader, error) &&
       read_records (&pass, reader, (guint64) g_file_info_get_size (info), progress, user_data,
                     cancellable, error);
  g_hash_table_unref (pass.seen);
  g_strfreev (pass.header);
  g_strfreev (pass.fields);
  return ok;
}

gboolean
kr_training_importer_analyse (KrTrainingImporter *self,
                              GFile *file,
                              KrSiasnProgressFunc progress,
                              gpointer user_data,
                              GCancellable *cancellable,
                              GError **error)
{
  g_return_val_if_fail (KR_IS_TRAINING_IMPORTER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  clear_analysis (self);
  /* Even the dry run is only for those who may import (kr-identity.h). */
  if (!_kr_database_check (self->database, KR_PERMISSION_WRITE_TRAINING, error))
    return FALSE;
  self->report = g_new0 (KrTrainingImportReport, 1);
  self->report->issues = g_ptr_array_new_with_free_func (_kr_siasn_issue_free);
  if (!run_analysis (self, file, progress, user_data, cancellable, error))
    {
      clear_analysis (self);
      return FALSE;
    }
  self->committable = TRUE;
  return TRUE;
}

const KrTrainingImportReport *
kr_training_importer_get_report (KrTrainingImporter *self)
{
  g_return_val_if_fail (KR_IS_TRAINING_IMPORTER (self), NULL);

  return self->report;
}

static gboolean
write_row (KrTrainingImporter *self, const Row *row, GError **error)
{
  const KrTrainingRecord *record = row->record;
  g_auto (KrStmt) stmt = _kr_statements_get (self->statements, sql_upsert, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, record->employee_id);
  _kr_bind_text (stmt, 2, record->title);
  sqlite3_bind_text (stmt, 3, kr_training_kind_get_code (record->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, kr_competence_type_get_code (record->type), -1, SQLITE_STATIC);
  _kr_bind_text (stmt, 5, kr_leadership_programme_get_code (record->programme));
  sqlite3_bind_text (stmt, 6, kr_training_form_get_code (record->form), -1, SQLITE_STATIC);
  _kr_bind_text (stmt, 7, record->provider);
  _kr_bind_text (stmt, 8, record->start_date);
  _kr_bind_text (stmt, 9, record->end_date);
  sqlite3_bind_int (stmt, 10, (int) record->jp);
  _kr_bind_text (stmt, 11, record->certificate_number);
  if (_kr_statements_run (self->statements, stmt, _ ("Could not save the training records of"),
                          error))
    return TRUE;
  g_prefix_error (error, _ ("Line %u: "), row->line);
  return FALSE;
}

gboolean
kr_training_importer_commit (KrTrainingImporter *self,
                             KrSiasnProgressFunc progress,
                             gpointer user_data,
                             GCancellable *cancellable,
                             GError **error)
{
  gboolean own, ok = TRUE;

  g_return_val_if_fail (KR_IS_TRAINING_IMPORTER (self), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!self->committable)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("There is no analysed file to import; analyse the file first"));
      return FALSE;
    }
  if (self->report->n_rows > 0 && self->report->n_rejected == self->report->n_rows)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Every row of the file was rejected; there is nothing to import"));
      return FALSE;
    }
  if (!_kr_database_check (self->database, KR_PERMISSION_WRITE_TRAINING, error))
    return FALSE;
  if (self->rows->len == 0)
    {
      self->committable = FALSE;
      return TRUE;
    }
  if (!_kr_statements_begin (self->statements, &own, error))
    return FALSE;
  for (guint i = 0; ok && i < self->rows->len; i++)
    {
      ok = !g_cancellable_set_error_if_cancelled (cancellable, error) &&
           write_row (self, g_ptr_array_index (self->rows, i), error);
      if (ok && progress != NULL)
        progress (i + 1, self->rows->len, user_data);
    }
  /* All or nothing: a failure or a cancel rolls every row back. */
  if (!_kr_statements_end (self->statements, own, ok, ok ? error : NULL) || !ok)
    return FALSE;
  self->committable = FALSE;
  return TRUE;
}
