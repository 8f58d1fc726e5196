/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kr-database.h"
#include "kr-siasn-import.h"

G_BEGIN_DECLS

/* Completed training from a SIASN history export (DOMAIN 12.1: rw_diklat and rw_kursus), as
 * training_record rows with source 'siasn'. The same file conventions as kr-siasn-import.h
 * (delimiter, BOM, CRLF, quotes, header names case-insensitive with spaces or underscores,
 * any order, extra columns ignored, dates YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY).
 *
 * Columns: nipBaru (or nip), the title from latihanStrukturalNama, namaKursus or nama
 * (one required), jumlahJam (JP, required), tanggalSelesai / tanggalSelesaiKursus (end date;
 * else tahun / tahunKursus gives 31 December of that year), tanggal / tanggalKursus (start),
 * nomor / noSertipikat (certificate), institusiPenyelenggara (provider), jenisKursusNama
 * (ignored when unknown). Titles of leadership programmes (Latsar, PIM/Diklatpim,
 * PKP, PKA, PKN) are typed leadership with their programme; kursus rows technical; others
 * technical, classical, form "training".
 *
 * analyse () reads the whole file and validates every row against the database (NIP known,
 * JP 0..2000, dates valid); commit () writes in one transaction (needs
 * KR_PERMISSION_WRITE_TRAINING): a row whose employee, title and end date match an existing
 * SIASN record updates it, else inserts. A row rejected in analyse is not written, but the
 * others are only written if the caller commits after reading the report. */

typedef struct
{
  guint n_rows;
  guint n_new;
  guint n_updated;
  guint n_unchanged;
  guint n_rejected;
  guint n_warnings;
  GPtrArray *issues; /* (element-type KrSiasnIssue), at most KR_SIASN_REPORT_MAX_ISSUES of
                      * each kind */
  guint n_issues_dropped;
  guint n_listed[2]; /* per KrSiasnIssueKind, as in KrSiasnReport */
  guint n_dropped[2];
} KrTrainingImportReport;

#define KR_TYPE_TRAINING_IMPORTER (kr_training_importer_get_type ())
G_DECLARE_FINAL_TYPE (KrTrainingImporter, kr_training_importer, KR, TRAINING_IMPORTER, GObject)

KrTrainingImporter *kr_training_importer_new (KrDatabase *database);

gboolean kr_training_importer_analyse (KrTrainingImporter *self,
                                       GFile *file,
                                       KrSiasnProgressFunc progress,
                                       gpointer user_data,
                                       GCancellable *cancellable,
                                       GError **error);

const KrTrainingImportReport *kr_training_importer_get_report (KrTrainingImporter *self);

/* Refused (KR_ERROR_INVALID) when every row was rejected or analyse () was not run; cancel
 * leaves the database as it was. */
gboolean kr_training_importer_commit (KrTrainingImporter *self,
                                      KrSiasnProgressFunc progress,
                                      gpointer user_data,
                                      GCancellable *cancellable,
                                      GError **error);

G_END_DECLS
