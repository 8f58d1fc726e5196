/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-training-compliance-view"

#include "config.h"

#include "kr-training-compliance-export.h"

#include <glib/gi18n.h>

#include "kr-csv.h"
#include "kr-date.h"
#include "kr-document-training.h"
#include "kr-employee-format.h"
#include "kr-training-format.h"
#include "kr-training-repository.h"
#include "kr-unit-repository.h"

/* The compliance list written out: to CSV and to the printed DAFTAR PEMENUHAN PENGEMBANGAN
 * KOMPETENSI, both in workers over connections of their own. */

/* In a worker: the whole list, a thousand rows at a time. */
gboolean
_kr_training_compliance_write_csv (KrDatabase *database,
                                   const char *path,
                                   gpointer data,
                                   guint64 *n_written,
                                   GCancellable *cancellable,
                                   GError **error)
{
  const KrComplianceQuery *query = data;
  g_autoptr (KrTrainingRepository) repository = kr_training_repository_new (database);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (KrCsvWriter) writer = NULL;
  /* Official terms as the printed list heads its columns: do not translate */
  const char *header[] = { "NIP",
                           "Nama",
                           "Unit",
                           "Jenis pegawai",
                           "Golongan",
                           "JP",
                           "JP direncanakan",
                           "Kewajiban minimum",
                           "Batas maksimum",
                           "Kekurangan",
                           "Kelebihan" };
  guint offset = 0;

  stream =
      g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (stream == NULL)
    return FALSE;
  writer = kr_csv_writer_new (G_OUTPUT_STREAM (stream), ',', 0);
  if (!kr_csv_writer_write_record (writer, header, G_N_ELEMENTS (header), cancellable, error))
    return FALSE;
  for (;;)
    {
      g_autoptr (GPtrArray) rows =
          kr_training_repository_list_compliance (repository, query, offset, 1000, error);

      if (rows == NULL)
        return FALSE;
      for (guint i = 0; i < rows->len; i++)
        {
          const KrComplianceRow *row = g_ptr_array_index (rows, i);
          g_autofree char *jp = kr_training_format_jp (row->jp);
          g_autofree char *planned = kr_training_format_jp (row->jp_planned);
          g_autofree char *minimum = g_strdup_printf ("%u", row->duty.minimum);
          g_autofree char *maximum = g_strdup_printf ("%u", row->duty.maximum);
          g_autofree char *gap = kr_training_format_jp (row->gap);
          g_autofree char *over = kr_training_format_jp (row->over_limit);
          const char *fields[] = {
            row->nip,      row->name, row->unit, kr_employee_kind_get_label (row->kind),
            row->golongan, jp,        planned,   minimum,
            maximum,       gap,       over
          };

          if (!kr_csv_writer_write_record (writer, fields, G_N_ELEMENTS (fields), cancellable,
                                           error))
            return FALSE;
        }
      offset += rows->len;
      if (rows->len < 1000)
        break;
    }
  *n_written = offset;
  return kr_csv_writer_flush (writer, cancellable, error) &&
         g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);
}

char *
_kr_training_compliance_csv_message (const char *name, guint64 n_written)
{
  /* Translators: %s is a file name */
  return g_strdup_printf (
      ngettext ("%s written: %u employee", "%s written: %u employees", (gulong) n_written), name,
      (guint) n_written);
}

/* In the print worker: the heading's names and every row. */
KrDocument *
_kr_training_compliance_build_document (KrDatabase *database, gpointer user_data, GError **error)
{
  const KrComplianceQuery *query = user_data;
  g_autoptr (KrTrainingRepository) repository = kr_training_repository_new (database);
  g_autoptr (KrUnitRepository) units = kr_unit_repository_new (database);
  g_autoptr (KrUnit) unit = NULL;
  g_autoptr (KrUnit) root = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  KrDocumentTrainingScope scope = { 0 };
  gint64 parent_id;
  guint count = 0;
  GDate today;

  if (!kr_training_repository_count_compliance (repository, query, &count, error))
    return NULL;
  rows = kr_training_repository_list_compliance (repository, query, 0, MAX (count, 1), error);
  if (rows == NULL)
    return NULL;
  if (query->unit_id != 0)
    unit = kr_unit_repository_get (units, query->unit_id, NULL);
  parent_id = unit != NULL ? unit->parent_id : 0;
  while (parent_id != 0)
    {
      g_clear_pointer (&root, kr_unit_free);
      root = kr_unit_repository_get (units, parent_id, NULL);
      parent_id = root != NULL ? root->parent_id : 0;
    }
  if (unit == NULL && query->unit_id == 0)
    {
      g_autoptr (GPtrArray) roots = kr_unit_repository_list_children (units, 0, NULL);

      if (roots != NULL && roots->len == 1)
        root = kr_unit_copy (g_ptr_array_index (roots, 0));
    }
  kr_date_today (NULL, &today);
  scope.instansi = root != NULL ? root->name : (unit != NULL ? unit->name : NULL);
  scope.unit_name = unit != NULL && root != NULL ? unit->name : NULL;
  scope.subtree = query->subtree;
  scope.year = query->year;
  scope.only_short = query->only_short;
  scope.date = &today;
  return kr_document_training_compliance_new (&scope, rows);
}
