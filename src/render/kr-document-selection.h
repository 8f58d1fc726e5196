/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-document.h"
#include "kr-selection.h"

G_BEGIN_DECLS

/* The printed documents of an open selection (seleksi terbuka, DOMAIN 8), in official
 * Indonesian: the public announcement of a stage's results, and the internal ranking for the
 * PPK. Nothing in them is translated. */

/**
 * KrDocumentSelectionScope:
 * @instansi: (nullable): the name of the instansi, printed under the panel's name
 * @number: (nullable): the number of the announcement; %NULL prints a dotted line
 * @place: (nullable): the place before the date of the signature; %NULL prints a dotted line
 * @date: (nullable): the date of the signature; %NULL takes the stage's publication date for an
 *   announcement (a dotted line when it has none) and a dotted line for the ranking
 *
 * The heading and the signature of a selection document.
 */
typedef struct
{
  const char *instansi;
  const char *number;
  const char *place;
  const GDate *date;
} KrDocumentSelectionScope;

/**
 * kr_document_selection_announcement_new:
 * @scope: the instansi, number, place and date
 * @ranking: the selection's ranking (kr_selection_repository_get_ranking ())
 * @panel: (element-type KrSelectionPanelMember) (nullable): the panel; its chair signs
 * @stage_index: the stage announced, from 0 in the order of @ranking's stages
 * @error: return location for a #GError
 *
 * Lays out the PENGUMUMAN HASIL SELEKSI TAHAP <stage> (portrait), a document to post publicly:
 * the candidates who go on after the stage (kr_selection_ranking_row_passed ()), by NAME and
 * NOMOR PENDAFTARAN only, sorted by registration number; no scores, no NIP, no unit. The
 * announcement of the last stage of a finished selection lists instead the three best proposed
 * to the PPK, by rank. Ends with the place, the date and the signature of the panel's chair
 * (Ketua Panitia Seleksi, by name). The rows are formatted at once.
 *
 * Returns: (transfer full) (nullable): the document; %NULL with %KR_ERROR_INVALID when
 *   @stage_index is out of range or the stage is not published (its results are not final)
 */
KrDocument *kr_document_selection_announcement_new (const KrDocumentSelectionScope *scope,
                                                    const KrSelectionRanking *ranking,
                                                    GPtrArray *panel,
                                                    guint stage_index,
                                                    GError **error);

/**
 * kr_document_selection_ranking_new:
 * @scope: the instansi, place and date (@number is printed when given)
 * @ranking: the selection's ranking
 * @panel: (element-type KrSelectionPanelMember) (nullable): the panel, listed with a column
 *   to sign, its chair signing at the end
 *
 * Lays out the DAFTAR PERINGKAT HASIL SELEKSI TERBUKA (landscape), an internal document for the
 * PPK: the stages with their weights, pass marks and publication dates; then every candidate
 * best first with the rank, registration number, name with NIP (or the instansi of an outside
 * applicant), the score of each stage, the weighted total (NILAI AKHIR) and a note
 * ("Diusulkan kepada PPK", "Tidak lulus tahap …", "Mengundurkan diri", "Peringkat sama"); a
 * summary, a remark while not every stage is published, and the panel.
 *
 * Returns: (transfer full): the document
 */
KrDocument *kr_document_selection_ranking_new (const KrDocumentSelectionScope *scope,
                                               const KrSelectionRanking *ranking,
                                               GPtrArray *panel);

G_END_DECLS
