/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-document.h"
#include "kr-promotion.h"

G_BEGIN_DECLS

/* The printed documents of kenaikan pangkat (DOMAIN 4), in official Indonesian: the nominative
 * list of the proposals of a period, and the list of the candidates of a period with the
 * reasons of their verdicts. Nothing in them is translated: the reasons are written from the
 * rules (KrPromotionRule), not from the translated texts of the verdicts. */

/**
 * KrDocumentPromotionScope:
 * @instansi: (nullable): the name of the instansi
 * @unit_name: (nullable): the unit listed, %NULL for the whole instansi
 * @subtree: whether the units below @unit_name are listed too
 * @period: the period (TMT) of the list
 * @place: (nullable): the place before the date of the signature; %NULL prints a dotted line
 * @date: (nullable): the date of the signature; %NULL prints a dotted line
 *
 * What a list covers, for its heading.
 */
typedef struct
{
  const char *instansi;
  const char *unit_name;
  gboolean subtree;
  const GDate *period;
  const char *place;
  const GDate *date;
} KrDocumentPromotionScope;

/**
 * kr_document_promotion_nominative_new:
 * @scope: the unit, period and signature
 * @promotions: (element-type KrPromotion): the proposals, listed in the given order (the
 *   repository sorts them by unit, rank and name)
 *
 * Lays out the DAFTAR NOMINATIF USUL KENAIKAN PANGKAT of a period (landscape): columns No,
 * Nama/NIP, the old pangkat/golongan and its TMT, the new pangkat/golongan and its TMT (the
 * decree's, else the period), Jenis KP, masa kerja golongan (years, months), Jabatan/Unit kerja
 * and Keterangan (the stage; the pertek and the SK with their numbers and dates), a summary per
 * kind of KP and the signature of the Kepala BKPSDM. The rows are formatted at once: @promotions
 * may be freed afterwards.
 *
 * Returns: (transfer full): the document
 */
KrDocument *
kr_document_promotion_nominative_new (const KrDocumentPromotionScope *scope, GPtrArray *promotions);

/**
 * kr_document_promotion_candidates_new:
 * @scope: the unit, period and signature
 * @candidates: (element-type KrPromotionCandidate): the candidates with their verdicts, listed
 *   in the given order
 *
 * Lays out the DAFTAR CALON KENAIKAN PANGKAT of a period (landscape): columns No, Nama/NIP, the
 * current pangkat/golongan and its TMT, masa kerja golongan, Jabatan/Unit kerja, the proposal
 * (Jenis KP and the new golongan), Status ("Memenuhi syarat", "Belum memenuhi syarat",
 * "Tidak memenuhi syarat") and Keterangan: the unmet rules in Indonesian
 * (kr_document_promotion_rule_text ()), the date a candidate who is not yet eligible will be,
 * and the stage of a proposal already made. Then a summary per status and the signature.
 *
 * Returns: (transfer full): the document
 */
KrDocument *
kr_document_promotion_candidates_new (const KrDocumentPromotionScope *scope, GPtrArray *candidates);

/**
 * kr_document_promotion_rule_text:
 * @rule: a rule
 *
 * Returns: what the documents say of @rule when it is not met ("Belum lulus ujian dinas"), not
 *   translated
 */
const char *kr_document_promotion_rule_text (KrPromotionRule rule);

/**
 * kr_document_promotion_verdict_label:
 * @verdict: a verdict
 *
 * Returns: "Memenuhi syarat", "Belum memenuhi syarat" or "Tidak memenuhi syarat", not
 *   translated
 */
const char *kr_document_promotion_verdict_label (KrPromotionVerdictKind verdict);

/**
 * kr_document_promotion_stage_label:
 * @stage: a stage of the pipeline
 *
 * Returns: the Indonesian word for @stage ("Berkas lengkap", "Pertek BKN"), not translated
 */
const char *kr_document_promotion_stage_label (KrPromotionStage stage);

G_END_DECLS
