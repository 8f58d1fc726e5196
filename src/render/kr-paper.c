/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-paper"

#include "config.h"

#include "kr-paper.h"

#include "kr-i18n.h"

#define MM_PER_INCH     25.4
#define POINTS_PER_INCH 72.0

typedef struct
{
  const char *id;
  const char *label;
  const char *pwg_name;
  double width_mm;
  double height_mm;
} PaperInfo;

/* F4 is not an ISO size; Indonesian offices use 215 x 330 mm ("Folio"), which
 * the PWG names na_foolscap-like sizes do not match, so it gets a custom PWG name. */
static const PaperInfo papers[KR_N_PAPERS] = {
  [KR_PAPER_A4] = { "a4", N_ ("A4 (210 × 297 mm)"), "iso_a4_210x297mm", 210.0, 297.0 },
  [KR_PAPER_F4] = { "f4", N_ ("F4 (215 × 330 mm)"), "custom_f4_215x330mm", 215.0, 330.0 },
};

gboolean
kr_paper_from_id (const char *id, KrPaper *paper)
{
  g_return_val_if_fail (paper != NULL, FALSE);

  if (id == NULL)
    return FALSE;

  for (guint i = 0; i < KR_N_PAPERS; i++)
    {
      if (g_ascii_strcasecmp (id, papers[i].id) == 0)
        {
          *paper = (KrPaper) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
kr_paper_get_id (KrPaper paper)
{
  g_return_val_if_fail (paper < KR_N_PAPERS, NULL);

  return papers[paper].id;
}

const char *
kr_paper_get_label (KrPaper paper)
{
  g_return_val_if_fail (paper < KR_N_PAPERS, NULL);

  return _ (papers[paper].label);
}

void
kr_paper_get_size_mm (KrPaper paper, double *width_mm, double *height_mm)
{
  g_return_if_fail (paper < KR_N_PAPERS);

  if (width_mm != NULL)
    *width_mm = papers[paper].width_mm;
  if (height_mm != NULL)
    *height_mm = papers[paper].height_mm;
}

void
kr_paper_get_size_points (KrPaper paper, double *width_pt, double *height_pt)
{
  g_return_if_fail (paper < KR_N_PAPERS);

  if (width_pt != NULL)
    *width_pt = papers[paper].width_mm / MM_PER_INCH * POINTS_PER_INCH;
  if (height_pt != NULL)
    *height_pt = papers[paper].height_mm / MM_PER_INCH * POINTS_PER_INCH;
}

const char *
kr_paper_get_pwg_name (KrPaper paper)
{
  g_return_val_if_fail (paper < KR_N_PAPERS, NULL);

  return papers[paper].pwg_name;
}
