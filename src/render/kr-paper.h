/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * KrPaper:
 * @KR_PAPER_A4: ISO A4, 210 x 297 mm
 * @KR_PAPER_F4: F4 / Folio as used by Indonesian government offices, 215 x 330 mm
 *
 * The paper sizes official documents are printed on.
 */
typedef enum
{
  KR_PAPER_A4,
  KR_PAPER_F4,
  KR_N_PAPERS,
} KrPaper;

/**
 * kr_paper_from_id:
 * @id: a settings identifier, "a4" or "f4"
 * @paper: (out): the paper
 *
 * Looks up a paper by the identifier stored in settings. Returns %FALSE for an unknown id.
 */
gboolean kr_paper_from_id (const char *id, KrPaper *paper);

/** kr_paper_get_id: the settings identifier of @paper ("a4", "f4"). */
const char *kr_paper_get_id (KrPaper paper);

/** kr_paper_get_label: the translated name shown to users ("A4 (210 × 297 mm)"). */
const char *kr_paper_get_label (KrPaper paper);

/** kr_paper_get_size_mm: the page width and height in millimetres, portrait. */
void kr_paper_get_size_mm (KrPaper paper, double *width_mm, double *height_mm);

/** kr_paper_get_size_points: the page width and height in PostScript points (1/72 in). */
void kr_paper_get_size_points (KrPaper paper, double *width_pt, double *height_pt);

/** kr_paper_get_pwg_name: the PWG media name a print dialog uses for @paper. */
const char *kr_paper_get_pwg_name (KrPaper paper);

G_END_DECLS
