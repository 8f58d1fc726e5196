/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The audit trail to CSV (kr-audit.h): every column as stored, so that the file can be
 * checked against the chain. */
#define G_LOG_DOMAIN "kr-audit"

#include "config.h"

#include "kr-audit.h"

#include "kr-audit-private.h"
#include "kr-csv.h"
#include "kr-database-private.h"

static const char *const column_names[KR_AUDIT_N_COLUMNS] = {
  "id",        "at",          "account_id", "user_name", "action", "entity",
  "entity_id", "employee_id", "changes",    "prev_hash", "hash",
};

typedef struct
{
  KrCsvWriter *writer;
  GCancellable *cancellable;
  gboolean has_header;
  guint64 n_records;
} Export;

/* The header goes out with the first row, once the permission was checked. */
static gboolean
write_header (Export *export, GError **error)
{
  if (export->has_header)
    return TRUE;
  export->has_header = TRUE;
  return kr_csv_writer_write_record (export->writer, column_names, KR_AUDIT_N_COLUMNS,
                                     export->cancellable, error);
}

/* Writes the row as stored, so that the file can be checked against the chain. */
static gboolean
write_row (sqlite3_stmt *stmt, gpointer user_data, GError **error)
{
  Export *export = user_data;
  const char *fields[KR_AUDIT_N_COLUMNS];

  if (!write_header (export, error))
    return FALSE;
  for (int i = 0; i < KR_AUDIT_N_COLUMNS; i++)
    fields[i] = (const char *) sqlite3_column_text (stmt, i);
  if (!kr_csv_writer_write_record (export->writer, fields, KR_AUDIT_N_COLUMNS, export->cancellable,
                                   error))
    return FALSE;
  export->n_records++;
  return TRUE;
}

gboolean
kr_audit_export_csv (KrDatabase *database,
                     const KrAuditFilter *filter,
                     GOutputStream *stream,
                     guint64 *n_records,
                     GCancellable *cancellable,
                     GError **error)
{
  g_autoptr (KrCsvWriter) writer = NULL;
  Export export = { 0 };
  gboolean ok;

  g_return_val_if_fail (KR_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  writer = kr_csv_writer_new (stream, ',', KR_CSV_WRITER_BOM | KR_CSV_WRITER_GUARD_FORMULAS);
  export.writer = writer;
  export.cancellable = cancellable;
  ok = _kr_audit_run_query (database, filter, write_row, &export, cancellable, error) &&
       write_header (&export, error) && kr_csv_writer_flush (writer, cancellable, error);
  if (n_records != NULL)
    *n_records = export.n_records;
  return ok;
}

/* What kr_audit_export_csv_file () passes to write_file (). */
typedef struct
{
  KrDatabase *database;
  const KrAuditFilter *filter;
  guint64 *n_records;
  GCancellable *cancellable;
} FileExport;

static gboolean
write_file (GOutputStream *stream, gpointer user_data, GError **error)
{
  FileExport *file = user_data;

  return kr_audit_export_csv (file->database, file->filter, stream, file->n_records,
                              file->cancellable, error);
}

gboolean
kr_audit_export_csv_file (KrDatabase *database,
                          const KrAuditFilter *filter,
                          const char *path,
                          guint64 *n_records,
                          GCancellable *cancellable,
                          GError **error)
{
  FileExport file = { database, filter, n_records, cancellable };

  g_return_val_if_fail (KR_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Who changed what in the personnel records: only the owner may read the file. */
  return _kr_file_replace_with_stream (path, 0600, write_file, &file, cancellable, error);
}
