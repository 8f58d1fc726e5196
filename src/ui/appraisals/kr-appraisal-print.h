/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-database.h"
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

/* Asks which document to print (or to export as PDF, then where), then prints it through
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

/* The print operation of @document (laid out in a worker), with the paper chosen earlier in
 * the session or the default one. */
KrPrintOperation *kr_appraisal_print_operation_new (GtkWindow *parent,
                                                    KrDatabase *database,
                                                    gint64 appraisal_id,
                                                    guint period,
                                                    KrAppraisalDocument document,
                                                    GError **error);

/* Writes @document as a PDF at @path in a worker, as Export PDF does once the file is chosen;
 * @done (NULL: a toast or an error dialog) gets the GTask, whose boolean says whether it
 * worked. */
void kr_appraisal_export_pdf (GtkWidget *widget,
                              KrDatabase *database,
                              gint64 appraisal_id,
                              guint period,
                              KrAppraisalDocument document,
                              const char *path,
                              GAsyncReadyCallback done,
                              gpointer user_data);

G_END_DECLS
