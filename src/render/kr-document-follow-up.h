/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-appraisal.h"
#include "kr-document.h"

G_BEGIN_DECLS

/**
 * kr_document_follow_up_new:
 * @kind: which list
 * @instansi: (nullable): the name of the instansi
 * @unit_name: (nullable): the unit listed, %NULL for the whole instansi
 * @year: the appraisal year
 * @period_label: (nullable): the period, "AKHIR" for the annual evaluation
 *   (kr_appraisal_period_dup_label ())
 * @rows: (element-type KrAppraisalRow): the evaluations; those without a predikat that
 *   belongs on the list are left out, the others are listed in the given order
 * @place: (nullable): the place before the date of the signature; %NULL prints a dotted line
 * @date: (nullable): the date of the signature; %NULL prints a dotted line
 *
 * Lays out the printable follow-up list (portrait) of a final period: columns No, Nama/NIP,
 * Jabatan, Unit Kerja, Predikat and Tindak Lanjut (the recommended follow-up), and the
 * signature of the Kepala BKPSDM as on the DUK. The rows are copied. The text is official
 * Indonesian and is not translated.
 *
 * Returns: (transfer full): the document
 */
KrDocument *kr_document_follow_up_new (KrFollowUp kind,
                                       const char *instansi,
                                       const char *unit_name,
                                       guint year,
                                       const char *period_label,
                                       GPtrArray *rows,
                                       const char *place,
                                       const GDate *date);

G_END_DECLS
