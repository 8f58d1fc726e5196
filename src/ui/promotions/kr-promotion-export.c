/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-promotion-export"

#include "config.h"

#include "kr-promotion-export.h"

#include <glib/gi18n.h>

#include "kr-csv.h"
#include "kr-date.h"
#include "kr-export-job.h"
#include "kr-promotion-models.h"

#define PAGE 500

static KrCsvWriter *
open_writer (const char *path,
             GFileOutputStream **stream,
             GCancellable *cancellable,
             GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);

  *stream =
      g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  return *stream != NULL ? kr_csv_writer_new (G_OUTPUT_STREAM (*stream), ',', 0) : NULL;
}

static char *
iso_or_empty (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? kr_date_format_iso (date) : g_strdup ("");
}

/* In a worker: the candidates, a page at a time. */
static gboolean
write_candidates (KrDatabase *database,
                  const char *path,
                  gpointer data,
                  guint64 *n_written,
                  GCancellable *cancellable,
                  GError **error)
{
  g_autoptr (KrPromotionRepository) repository = kr_promotion_repository_new (database);
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (KrCsvWriter) writer = open_writer (path, &stream, cancellable, error);
  /* Official terms as the printed list heads its columns: do not translate */
  const char *header[] = { "NIP",           "Nama",         "Unit kerja",    "Jabatan",
                           "Golongan lama", "TMT golongan", "Golongan baru", "Jenis KP",
                           "Masa kerja",    "Hasil",        "Memenuhi pada", "Alasan" };
  guint offset = 0;

  if (writer == NULL ||
      !kr_csv_writer_write_record (writer, header, G_N_ELEMENTS (header), cancellable, error))
    return FALSE;
  for (;;)
    {
      g_autoptr (GPtrArray) rows = kr_promotion_repository_list_candidates (
          repository, data, offset, PAGE, cancellable, error);

      if (rows == NULL)
        return FALSE;
      for (guint i = 0; i < rows->len; i++)
        {
          const KrPromotionCandidate *row = g_ptr_array_index (rows, i);
          const KrPromotionVerdict *verdict = row->verdict;
          g_autofree char *tmt = iso_or_empty (&row->rank_tmt);
          g_autofree char *on = iso_or_empty (&verdict->eligible_on);
          g_autofree char *service =
              g_strdup_printf ("%u tahun %u bulan", row->service_years, row->service_months);
          const char *summary = kr_promotion_verdict_get_summary (verdict);
          const char *fields[] = { row->nip,
                                   row->name,
                                   row->unit_name != NULL ? row->unit_name : "",
                                   row->position_name != NULL ? row->position_name : "",
                                   kr_rank_get_golongan (row->rank),
                                   tmt,
                                   kr_rank_get_golongan (verdict->to_rank),
                                   kr_kp_kind_get_official_name (verdict->kind),
                                   service,
                                   kr_promotion_verdict_kind_get_code (verdict->verdict),
                                   on,
                                   summary != NULL ? summary : "" };

          if (!kr_csv_writer_write_record (writer, fields, G_N_ELEMENTS (fields), cancellable,
                                           error))
            return FALSE;
        }
      offset += rows->len;
      if (rows->len < PAGE)
        break;
    }
  *n_written = offset;
  return kr_csv_writer_flush (writer, cancellable, error) &&
         g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);
}

/* In a worker: the proposals, a page at a time. */
static gboolean
write_nominative (KrDatabase *database,
                  const char *path,
                  gpointer data,
                  guint64 *n_written,
                  GCancellable *cancellable,
                  GError **error)
{
  g_autoptr (KrPromotionRepository) repository = kr_promotion_repository_new (database);
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (KrCsvWriter) writer = open_writer (path, &stream, cancellable, error);
  /* Official terms of the DAFTAR NOMINATIF: do not translate */
  const char *header[] = { "No",           "Nama",          "NIP",      "Golongan lama",
                           "TMT golongan", "Golongan baru", "Jenis KP", "TMT usul",
                           "Masa kerja",   "Unit kerja",    "Tahap",    "Nomor SK",
                           "Tanggal SK" };
  guint offset = 0;

  if (writer == NULL ||
      !kr_csv_writer_write_record (writer, header, G_N_ELEMENTS (header), cancellable, error))
    return FALSE;
  for (;;)
    {
      g_autoptr (GPtrArray) rows =
          kr_promotion_repository_list_promotions (repository, data, offset, PAGE, error);

      if (rows == NULL)
        return FALSE;
      for (guint i = 0; i < rows->len; i++)
        {
          const KrPromotion *row = g_ptr_array_index (rows, i);
          g_autofree char *number = g_strdup_printf ("%u", offset + i + 1);
          g_autofree char *from_tmt = iso_or_empty (&row->from_tmt);
          g_autofree char *period = iso_or_empty (&row->period);
          g_autofree char *sk_date = iso_or_empty (&row->sk_date);
          g_autofree char *service =
              g_strdup_printf ("%u tahun %u bulan", row->service_years, row->service_months);
          const char *fields[] = { number,
                                   row->name,
                                   row->nip,
                                   kr_rank_get_golongan (row->from_rank),
                                   from_tmt,
                                   kr_rank_get_golongan (row->to_rank),
                                   kr_kp_kind_get_official_name (row->kind),
                                   period,
                                   service,
                                   row->unit_name != NULL ? row->unit_name : "",
                                   kr_promotion_stage_get_code (row->stage),
                                   row->sk_number != NULL ? row->sk_number : "",
                                   sk_date };

          if (!kr_csv_writer_write_record (writer, fields, G_N_ELEMENTS (fields), cancellable,
                                           error))
            return FALSE;
        }
      offset += rows->len;
      if (rows->len < PAGE)
        break;
    }
  *n_written = offset;
  return kr_csv_writer_flush (writer, cancellable, error) &&
         g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);
}

static char *
candidates_message (const char *name, guint64 n_written)
{
  /* Translators: %s is a file name */
  return g_strdup_printf (
      ngettext ("%s written: %u candidate", "%s written: %u candidates", (gulong) n_written), name,
      (guint) n_written);
}

static char *
nominative_message (const char *name, guint64 n_written)
{
  /* Translators: %s is a file name */
  return g_strdup_printf (
      ngettext ("%s written: %u proposal", "%s written: %u proposals", (gulong) n_written), name,
      (guint) n_written);
}

/* The query waiting for the chooser, on the widget. */
#define CANDIDATES_KEY "kr-promotion-export-candidates"
#define NOMINATIVE_KEY "kr-promotion-export-nominative"
#define CHOOSER_KEY    "kr-promotion-export-chooser"

void
kr_promotion_export_candidates_to (GtkWidget *widget,
                                   KrDatabase *database,
                                   const KrCandidateQuery *query,
                                   const char *path,
                                   GAsyncReadyCallback done,
                                   gpointer user_data)
{
  kr_export_job_run (widget, database, path, write_candidates,
                     kr_promotion_candidate_query_dup (query),
                     (GDestroyNotify) kr_promotion_candidate_query_free, candidates_message,
                     kr_promotion_export_candidates_to, done, user_data);
}

static void
candidates_chosen_cb (GtkWidget *widget, const char *path)
{
  const KrCandidateQuery *query = g_object_get_data (G_OBJECT (widget), CANDIDATES_KEY);
  KrDatabase *database = g_object_get_data (G_OBJECT (widget), "kr-promotion-export-database");

  if (query != NULL && database != NULL)
    kr_promotion_export_candidates_to (widget, database, query, path, NULL, NULL);
}

static void
nominative_chosen_cb (GtkWidget *widget, const char *path)
{
  const KrPromotionQuery *query = g_object_get_data (G_OBJECT (widget), NOMINATIVE_KEY);
  KrDatabase *database = g_object_get_data (G_OBJECT (widget), "kr-promotion-export-database");

  if (query != NULL && database != NULL)
    kr_export_job_run (
        widget, database, path, write_nominative, kr_promotion_pipeline_query_dup (query),
        (GDestroyNotify) kr_promotion_pipeline_query_free, nominative_message, NULL, NULL, NULL);
}

static void
slot_free (GtkFileChooserNative **slot)
{
  if (*slot != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (*slot));
  g_free (slot);
}

/* The chooser lives on the widget (kr_export_chooser_show () clears it when it closes; the
 * widget going destroys it). */
static GtkFileChooserNative **
chooser_slot (GtkWidget *widget)
{
  GtkFileChooserNative **slot = g_object_get_data (G_OBJECT (widget), CHOOSER_KEY);

  if (slot == NULL)
    {
      slot = g_new0 (GtkFileChooserNative *, 1);
      g_object_set_data_full (G_OBJECT (widget), CHOOSER_KEY, slot, (GDestroyNotify) slot_free);
    }
  return slot;
}

void
kr_promotion_export_candidates (GtkWidget *widget,
                                KrDatabase *database,
                                const KrCandidateQuery *query)
{
  const KrExportFormat formats[] = { { _ ("CSV files"), "*.csv" } };
  g_autofree char *period = NULL;
  g_autofree char *name = NULL;

  if (database == NULL || !g_date_valid (&query->period))
    return;
  period = kr_date_format_iso (&query->period);
  name = g_strdup_printf ("calon-kenaikan-pangkat-%s.csv", period);
  g_object_set_data_full (G_OBJECT (widget), "kr-promotion-export-database",
                          g_object_ref (database), g_object_unref);
  g_object_set_data_full (G_OBJECT (widget), CANDIDATES_KEY,
                          kr_promotion_candidate_query_dup (query),
                          (GDestroyNotify) kr_promotion_candidate_query_free);
  kr_export_chooser_show (widget, chooser_slot (widget), _ ("Export Promotion Candidates"), formats,
                          G_N_ELEMENTS (formats), name, candidates_chosen_cb);
}

void
kr_promotion_export_nominative (GtkWidget *widget,
                                KrDatabase *database,
                                const KrPromotionQuery *query)
{
  const KrExportFormat formats[] = { { _ ("CSV files"), "*.csv" } };
  g_autofree char *period = NULL;
  g_autofree char *name = NULL;

  if (database == NULL)
    return;
  period = query->period != NULL ? kr_date_format_iso (query->period) : g_strdup ("semua");
  name = g_strdup_printf ("nominatif-kenaikan-pangkat-%s.csv", period);
  g_object_set_data_full (G_OBJECT (widget), "kr-promotion-export-database",
                          g_object_ref (database), g_object_unref);
  g_object_set_data_full (G_OBJECT (widget), NOMINATIVE_KEY,
                          kr_promotion_pipeline_query_dup (query),
                          (GDestroyNotify) kr_promotion_pipeline_query_free);
  kr_export_chooser_show (widget, chooser_slot (widget), _ ("Export Nominative List"), formats,
                          G_N_ELEMENTS (formats), name, nominative_chosen_cb);
}
