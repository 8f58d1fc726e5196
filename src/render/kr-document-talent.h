/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-document.h"
#include "kr-talent.h"

G_BEGIN_DECLS

/* The printed documents of the talent pool and succession (DOMAIN 6), in official Indonesian:
 * the PETA TALENTA (the 9-box of a unit and year, kr-talent-grid.h on paper, with the
 * follow-up of every box), the DAFTAR KELOMPOK RENCANA SUKSESI (the employees in the pool
 * boxes) and the RENCANA SUKSESI JABATAN (key positions, holders, successors). Nothing in them
 * is translated: the axes and readiness are written with the rules' official names. */

/**
 * KrDocumentTalentScope:
 * @instansi: (nullable): the name of the instansi
 * @unit_name: (nullable): the unit covered, %NULL for the whole instansi
 * @subtree: whether the units below @unit_name count too
 * @year: the year of the placement (the performance years end with it); 0 for a document
 *   without a year (the succession plans)
 * @place: (nullable): the place before the date of the signature; %NULL prints a dotted line
 * @date: (nullable): the date of the signature; %NULL prints a dotted line
 *
 * What a document covers, for its heading.
 */
typedef struct
{
  const char *instansi;
  const char *unit_name;
  gboolean subtree;
  guint year;
  const char *place;
  const GDate *date;
} KrDocumentTalentScope;

/**
 * kr_document_talent_grid_new:
 * @scope: the unit, year and signature
 * @counts: the grid counted for that scope (kr_talent_repository_count_grid ())
 * @boxes: (element-type KrTalentBox): the talent_box rows
 *
 * Lays out the PETA TALENTA (landscape): the heading, the 9-box drawn with the paper palette
 * (box number, count and share of the placed employees in each cell, the pool boxes
 * emphasised), then a table of the boxes from 9 down to 1 (KOTAK, KINERJA, POTENSIAL, JUMLAH,
 * PERSENTASE, TINDAK LANJUT), a summary (employees in scope, placed, in the pool, not mapped
 * for want of an appraisal or of an assessment, excluded for discipline) and the signature of
 * the Kepala BKPSDM. Everything is copied: @counts and @boxes may be freed afterwards.
 *
 * Returns: (transfer full): the document
 */
KrDocument *kr_document_talent_grid_new (const KrDocumentTalentScope *scope,
                                         const KrTalentGridCounts *counts,
                                         GPtrArray *boxes);

/**
 * kr_document_talent_pool_new:
 * @scope: the unit, year and signature
 * @entries: (element-type KrTalentEntry): the employees of the pool, listed in the given order
 *   (kr_talent_repository_list_employees () with pool_only)
 * @boxes: (element-type KrTalentBox): the talent_box rows, for the follow-up of each box
 *
 * Lays out the DAFTAR KELOMPOK RENCANA SUKSESI (landscape): columns No, Nama/NIP,
 * Pangkat/Gol. ruang, Jabatan/Unit kerja, Kinerja, Potensial, Kotak, Tanggal asesmen and
 * Tindak lanjut, a count per box and the signature. The rows are formatted at once.
 *
 * Returns: (transfer full): the document
 */
KrDocument *kr_document_talent_pool_new (const KrDocumentTalentScope *scope,
                                         GPtrArray *entries,
                                         GPtrArray *boxes);

/**
 * kr_document_talent_succession_new:
 * @scope: the unit and signature (@year unused)
 * @plans: (element-type KrSuccessionPlan): the plans, listed in the given order
 *
 * Lays out the RENCANA SUKSESI JABATAN (landscape): per key position the jabatan and unit, the
 * holder (name and NIP, or "Lowong"), the holder's TMT pensiun, the successors in order with
 * their NIP, kotak and kesiapan ("Siap sekarang", …) and what they still lack, and the gap
 * ("Belum ada calon suksesor", "Belum ada calon yang siap sekarang"); a summary of the gaps and
 * the signature.
 *
 * Returns: (transfer full): the document
 */
KrDocument *
kr_document_talent_succession_new (const KrDocumentTalentScope *scope, GPtrArray *plans);

/**
 * kr_document_talent_gap_text:
 * @gap: a succession gap
 *
 * Returns: "-", "Belum ada calon suksesor" or "Belum ada calon yang siap sekarang", not
 *   translated
 */
const char *kr_document_talent_gap_text (KrSuccessionGap gap);

G_END_DECLS
