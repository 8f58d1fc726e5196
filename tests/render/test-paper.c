/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "kr-paper.h"

static void
test_paper_ids (void)
{
  KrPaper paper = KR_PAPER_A4;

  g_assert_true (kr_paper_from_id ("f4", &paper));
  g_assert_cmpint (paper, ==, KR_PAPER_F4);
  g_assert_true (kr_paper_from_id ("A4", &paper));
  g_assert_cmpint (paper, ==, KR_PAPER_A4);
  g_assert_false (kr_paper_from_id ("letter", &paper));
  g_assert_false (kr_paper_from_id (NULL, &paper));

  for (guint i = 0; i < KR_N_PAPERS; i++)
    {
      KrPaper back;

      g_assert_true (kr_paper_from_id (kr_paper_get_id (i), &back));
      g_assert_cmpint (back, ==, i);
      g_assert_nonnull (kr_paper_get_label (i));
    }
}

static void
test_paper_sizes (void)
{
  double w, h;

  kr_paper_get_size_mm (KR_PAPER_F4, &w, &h);
  g_assert_cmpfloat (w, ==, 215.0);
  g_assert_cmpfloat (h, ==, 330.0);

  /* A4 is 595.28 x 841.89 points. */
  kr_paper_get_size_points (KR_PAPER_A4, &w, &h);
  g_assert_cmpfloat_with_epsilon (w, 595.2756, 0.001);
  g_assert_cmpfloat_with_epsilon (h, 841.8898, 0.001);

  kr_paper_get_size_points (KR_PAPER_F4, &w, &h);
  g_assert_cmpfloat_with_epsilon (w, 609.4488, 0.001);
  g_assert_cmpfloat_with_epsilon (h, 935.4331, 0.001);
  g_assert_cmpstr (kr_paper_get_pwg_name (KR_PAPER_A4), ==, "iso_a4_210x297mm");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/paper/ids", test_paper_ids);
  g_test_add_func ("/render/paper/sizes", test_paper_sizes);
  return g_test_run ();
}
