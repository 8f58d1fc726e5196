/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-appraisal.h"
#include "kr-document.h"

G_BEGIN_DECLS

/* The official documents of performance appraisal (DOMAIN 5.5), laid out from a
 * #KrAppraisalSheet alone: the renderers never touch the database, and the document copies
 * what it prints, so the sheet may be freed once the document is built. Their text is
 * official Indonesian and is not translated. A value that is not set prints "-"; an official
 * who is not set prints dotted lines to be filled in by hand. */

/**
 * kr_document_skp_new:
 * @sheet: the sheet of an appraisal; its evaluation is not used
 *
 * Lays out the "SASARAN KINERJA PEGAWAI" (portrait): instansi and periode penilaian, the
 * blocks of the Pegawai yang Dinilai and the Pejabat Penilai Kinerja, the Hasil Kerja table
 * grouped into A. Kinerja Utama and B. Kinerja Tambahan, the seven BerAKHLAK rows of the
 * Perilaku Kerja with their panduan and Ekspektasi Khusus Pimpinan, and both signatures.
 *
 * Returns: (transfer full): the document
 */
KrDocument *kr_document_skp_new (const KrAppraisalSheet *sheet);

/**
 * kr_document_evaluation_new:
 * @sheet: the sheet of an evaluation
 * @error: return location for a #GError
 *
 * Lays out the "EVALUASI KINERJA PEGAWAI" of the sheet's evaluation (landscape, for the eight
 * columns of its Hasil Kerja table): the header "PERIODE: …", the two people, the Capaian
 * Kinerja Organisasi, the Pola Distribusi as a chart, the Hasil Kerja with Realisasi and Umpan
 * Balik, the Rating Hasil Kerja, the Perilaku Kerja with Umpan Balik, the Rating Perilaku
 * Kerja, the Predikat Kinerja Pegawai and both signatures. Fails with %KR_ERROR_INVALID when
 * the sheet has no evaluation.
 *
 * Returns: (transfer full) (nullable): the document, %NULL with @error set
 */
KrDocument *kr_document_evaluation_new (const KrAppraisalSheet *sheet, GError **error);

/**
 * kr_document_evaluation_cover_new:
 * @sheet: the sheet of an evaluation
 *
 * Lays out the "DOKUMEN EVALUASI KINERJA PEGAWAI" (portrait): the header "PERIODE: …", the
 * instansi and periode penilaian, then 1 Pegawai yang Dinilai, 2 Pejabat Penilai Kinerja,
 * 3 Atasan Pejabat Penilai Kinerja, 4 Evaluasi Kinerja, 5 Catatan/Rekomendasi, 6 Keberatan,
 * 7 Penjelasan Pejabat Penilai atas Keberatan, 8 Keputusan Atasan Pejabat Penilai Kinerja,
 * the place and date, and the signatures of the employee and the appraiser, and of the
 * atasan when an objection was decided. Without an evaluation, its items print "-".
 *
 * Returns: (transfer full): the document
 */
KrDocument *kr_document_evaluation_cover_new (const KrAppraisalSheet *sheet);

/**
 * kr_document_appraisal_add_trend:
 * @document: a document
 * @points: (array length=n_points) (nullable): the employee's results year by year
 * @n_points: the number of points
 *
 * Adds, at the end of @document, a "LAMPIRAN" with the chart of the employee's predikat year
 * by year (kr_chart_render_trend ()). The points are copied.
 */
void kr_document_appraisal_add_trend (KrDocument *document,
                                      const KrAppraisalTrendPoint *points,
                                      guint n_points);

G_END_DECLS
