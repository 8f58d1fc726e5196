/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-database.h"
#include "kr-document.h"
#include "kr-print-operation.h"

G_BEGIN_DECLS

/**
 * KrAppraisalDocument:
 * @KR_APPRAISAL_DOCUMENT_SKP: the Sasaran Kinerja Pegawai (the plan)
 * @KR_APPRAISAL_DOCUMENT_EVALUATION: the Evaluasi Kinerja Pegawai of a period
 * @KR_APPRAISAL_DOCUMENT_COVER: the Dokumen Evaluasi Kinerja Pegawai of a period
 *
 * The official documents of one appraisal (kr-document-appraisal.h).
 */
typedef enum
{
  KR_APPRAISAL_DOCUMENT_SKP,
  KR_APPRAISAL_DOCUMENT_EVALUATION,
  KR_APPRAISAL_DOCUMENT_COVER,
  KR_N_APPRAISAL_DOCUMENTS,
} KrAppraisalDocument;

/* Asks which document to print (or to export as PDF, then where) and whether to add the
 * employee's predikat trend as an annex (to the Evaluasi and the Dokumen Evaluasi; off by
 * default), then prints it through
 * the print dialog with the session's page setup, or writes the PDF in a worker; both read
 * the appraisal over a connection of their own as @database's identity. @base_name is the
 * suggested file name without ".pdf". */
void kr_appraisal_print_ask (GtkWidget *widget,
                             KrDatabase *database,
                             gint64 appraisal_id,
                             guint period,
                             const char *base_name,
                             gboolean export_pdf,
                             GtkFileChooserNative **chooser);

/**
 * kr_appraisal_print_build_document:
 * @with_trend: whether to add kr_document_appraisal_add_trend () with the employee's trend
 *   (kr_appraisal_repository_list_trend ()); ignored for the SKP
 *
 * Reads the appraisal through @database (the print and export workers' own connection) and
 * lays out @document, as printing and exporting do.
 *
 * Returns: (transfer full) (nullable): the document, or NULL with @error set
 */
KrDocument *kr_appraisal_print_build_document (KrDatabase *database,
                                               gint64 appraisal_id,
                                               guint period,
                                               KrAppraisalDocument document,
                                               gboolean with_trend,
                                               GError **error);

/* The print operation of @document (laid out in a worker, with the trend annex when
 * @with_trend), with the paper chosen earlier in the session or the default one. */
KrPrintOperation *kr_appraisal_print_operation_new (GtkWindow *parent,
                                                    KrDatabase *database,
                                                    gint64 appraisal_id,
                                                    guint period,
                                                    KrAppraisalDocument document,
                                                    gboolean with_trend,
                                                    GError **error);

/* Writes @document as a PDF at @path in a worker, as Export PDF does once the file is chosen;
 * @done (NULL: a toast or an error dialog) gets the GTask, whose boolean says whether it
 * worked. */
void kr_appraisal_export_pdf (GtkWidget *widget,
                              KrDatabase *database,
                              gint64 appraisal_id,
                              guint period,
                              KrAppraisalDocument document,
                              gboolean with_trend,
                              const char *path,
                              GAsyncReadyCallback done,
                              gpointer user_data);

G_END_DECLS
