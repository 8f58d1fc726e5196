/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "kr-error.h"
#include "kr-position.h"

typedef struct
{
  KrPositionKind kind;
  KrPositionLevel level;
  KrRank lowest;
  KrRank highest;
  guint bup;
} Row;

/* DOMAIN 3.1 (functional), 3.2 (eselon ranges; administrator and pengawas B), the believed
 * pelaksana range, and DOMAIN 9 (BUP): every valid kind and level. */
static const Row rows[] = {
  { KR_POSITION_KIND_JPT_UTAMA, KR_POSITION_LEVEL_NONE, KR_RANK_IV_D, KR_RANK_IV_E, 60 },
  { KR_POSITION_KIND_JPT_MADYA, KR_POSITION_LEVEL_NONE, KR_RANK_IV_C, KR_RANK_IV_E, 60 },
  { KR_POSITION_KIND_JPT_PRATAMA, KR_POSITION_LEVEL_NONE, KR_RANK_IV_B, KR_RANK_IV_D, 60 },
  { KR_POSITION_KIND_ADMINISTRATOR, KR_POSITION_LEVEL_NONE, KR_RANK_III_D, KR_RANK_IV_B, 58 },
  { KR_POSITION_KIND_PENGAWAS, KR_POSITION_LEVEL_NONE, KR_RANK_III_B, KR_RANK_III_D, 58 },
  { KR_POSITION_KIND_PELAKSANA, KR_POSITION_LEVEL_NONE, KR_RANK_I_A, KR_RANK_IV_B, 58 },
  { KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_AHLI_PERTAMA, KR_RANK_III_A,
    KR_RANK_III_B, 58 },
  { KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_AHLI_MUDA, KR_RANK_III_C, KR_RANK_III_D,
    58 },
  { KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_AHLI_MADYA, KR_RANK_IV_A, KR_RANK_IV_C,
    60 },
  { KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_AHLI_UTAMA, KR_RANK_IV_D, KR_RANK_IV_E,
    65 },
  { KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN, KR_POSITION_LEVEL_PEMULA, KR_RANK_II_A, KR_RANK_II_A,
    58 },
  { KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN, KR_POSITION_LEVEL_TERAMPIL, KR_RANK_II_B,
    KR_RANK_II_D, 58 },
  { KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN, KR_POSITION_LEVEL_MAHIR, KR_RANK_III_A, KR_RANK_III_B,
    58 },
  { KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN, KR_POSITION_LEVEL_PENYELIA, KR_RANK_III_C,
    KR_RANK_III_D, 58 },
};

static GDate *
make_date (guint year, guint month, guint day)
{
  return g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static void
assert_message (const GError *error, ...)
{
  va_list args;
  const char *fragment;

  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  va_start (args, error);
  while ((fragment = va_arg (args, const char *)) != NULL)
    {
      if (strstr (error->message, fragment) == NULL)
        g_error ("message “%s” lacks “%s”", error->message, fragment);
    }
  va_end (args);
}

static const Row *
find_row (KrPositionKind kind, KrPositionLevel level)
{
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (rows[i].kind == kind && rows[i].level == level)
      return &rows[i];

  return NULL;
}

static void
test_position_labels (void)
{
  static const char *const kinds[KR_N_POSITION_KINDS] = {
    "JPT Utama", "JPT Madya", "JPT Pratama",         "Administrator",
    "Pengawas",  "Pelaksana", "Fungsional Keahlian", "Fungsional Keterampilan",
  };
  static const char *const levels[KR_N_POSITION_LEVELS] = {
    NULL,     "Ahli Pertama", "Ahli Muda", "Ahli Madya", "Ahli Utama",
    "Pemula", "Terampil",     "Mahir",     "Penyelia",
  };

  for (guint i = 0; i < KR_N_POSITION_KINDS; i++)
    g_assert_cmpstr (kr_position_kind_get_label (i), ==, kinds[i]);
  for (guint i = 0; i < KR_N_POSITION_LEVELS; i++)
    g_assert_cmpstr (kr_position_level_get_label (i), ==, levels[i]);
}

static void
test_position_check_level (void)
{
  g_autoptr (GError) none = NULL;
  g_autoptr (GError) wrong_group = NULL;
  g_autoptr (GError) needs = NULL;
  g_autoptr (GError) needs_too = NULL;

  for (guint k = 0; k < KR_N_POSITION_KINDS; k++)
    {
      for (guint l = 0; l < KR_N_POSITION_LEVELS; l++)
        {
          g_autoptr (GError) error = NULL;
          gboolean valid = find_row (k, l) != NULL;

          g_assert_cmpint (kr_position_check_level (k, l, &error), ==, valid);
          if (valid)
            g_assert_no_error (error);
          else
            assert_message (error, kr_position_kind_get_label (k), NULL);
        }
    }

  g_assert_false (
      kr_position_check_level (KR_POSITION_KIND_JPT_PRATAMA, KR_POSITION_LEVEL_AHLI_MUDA, &none));
  assert_message (none, "A JPT Pratama position has no functional level; Ahli Muda was given",
                  NULL);
  g_assert_false (kr_position_check_level (KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
                                           KR_POSITION_LEVEL_PEMULA, &wrong_group));
  assert_message (wrong_group, "Pemula belongs to Fungsional Keterampilan positions",
                  "not to Fungsional Keahlian", NULL);
  g_assert_false (kr_position_check_level (KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
                                           KR_POSITION_LEVEL_NONE, &needs));
  assert_message (needs, "Fungsional Keahlian position needs a functional level",
                  "Ahli Pertama to Ahli Utama", NULL);
  g_assert_false (kr_position_check_level (KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN,
                                           KR_POSITION_LEVEL_NONE, &needs_too));
  assert_message (needs_too, "Pemula to Penyelia", NULL);
}

static void
test_position_rank_range (void)
{
  KrRank lowest, highest;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_assert_true (kr_position_get_rank_range (rows[i].kind, rows[i].level, &lowest, &highest));
      g_assert_cmpint (lowest, ==, rows[i].lowest);
      g_assert_cmpint (highest, ==, rows[i].highest);
      g_assert_true (kr_position_get_rank_range (rows[i].kind, rows[i].level, NULL, NULL));
    }

  lowest = highest = KR_RANK_II_B;
  g_assert_false (kr_position_get_rank_range (KR_POSITION_KIND_PENGAWAS, KR_POSITION_LEVEL_MAHIR,
                                              &lowest, &highest));
  g_assert_false (kr_position_get_rank_range (KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN,
                                              KR_POSITION_LEVEL_NONE, &lowest, &highest));
  g_assert_cmpint (lowest, ==, KR_RANK_II_B);
  g_assert_cmpint (highest, ==, KR_RANK_II_B);
}

static void
test_position_check_rank (void)
{
  g_autoptr (GError) below = NULL;
  g_autoptr (GError) above = NULL;
  g_autoptr (GError) level = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      for (guint r = 0; r < KR_N_RANKS; r++)
        {
          g_autoptr (GError) error = NULL;
          gboolean inside = r >= rows[i].lowest && r <= rows[i].highest;

          g_assert_cmpint (kr_position_check_rank (rows[i].kind, rows[i].level, r, &error), ==,
                           inside);
          if (inside)
            g_assert_no_error (error);
          else
            assert_message (error, kr_rank_get_golongan (r), r < rows[i].lowest ? "below" : "above",
                            kr_rank_get_golongan (rows[i].lowest),
                            kr_rank_get_golongan (rows[i].highest), NULL);
        }
    }

  g_assert_false (kr_position_check_rank (KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
                                          KR_POSITION_LEVEL_AHLI_PERTAMA, KR_RANK_II_D, &below));
  assert_message (
      below, "Golongan II/d is below the range of Ahli Pertama positions, III/a to III/b", NULL);
  g_assert_false (kr_position_check_rank (KR_POSITION_KIND_PENGAWAS, KR_POSITION_LEVEL_NONE,
                                          KR_RANK_IV_A, &above));
  assert_message (above, "Golongan IV/a is above the range of Pengawas positions, III/b to III/d",
                  NULL);
  g_assert_false (kr_position_check_rank (KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
                                          KR_POSITION_LEVEL_MAHIR, KR_RANK_III_A, &level));
  assert_message (level, "Mahir belongs to Fungsional Keterampilan", NULL);
}

static void
test_position_bup_table (void)
{
  g_autoptr (GDate) young = make_date (1990, 1, 1);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_assert_cmpuint (kr_position_get_bup (rows[i].kind, rows[i].level, NULL), ==, rows[i].bup);
      g_assert_cmpuint (kr_position_get_bup (rows[i].kind, rows[i].level, young), ==, rows[i].bup);
    }

  g_assert_cmpuint (
      kr_position_get_bup (KR_POSITION_KIND_PELAKSANA, KR_POSITION_LEVEL_AHLI_MUDA, NULL), ==, 0);
  g_assert_cmpuint (
      kr_position_get_bup (KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_NONE, young), ==,
      0);
}

static guint
bup_born (KrPositionKind kind, KrPositionLevel level, guint year, guint month, guint day)
{
  g_autoptr (GDate) birth = make_date (year, month, day);

  return kr_position_get_bup (kind, level, birth);
}

static void
test_position_bup_protections (void)
{
  static const KrPositionLevel kept_60[] = {
    KR_POSITION_LEVEL_AHLI_PERTAMA,
    KR_POSITION_LEVEL_AHLI_MUDA,
    KR_POSITION_LEVEL_PENYELIA,
  };
  static const KrPositionLevel not_protected[] = {
    KR_POSITION_LEVEL_PEMULA,
    KR_POSITION_LEVEL_TERAMPIL,
    KR_POSITION_LEVEL_MAHIR,
  };
  const KrPositionKind keahlian = KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN;

  /* Ahli Madya who had turned 60 by 7 April 2017 keep 65: born on 7 April 1957 they turned 60
   * that very day; a day later they had not. */
  g_assert_cmpuint (bup_born (keahlian, KR_POSITION_LEVEL_AHLI_MADYA, 1957, 4, 7), ==, 65);
  g_assert_cmpuint (bup_born (keahlian, KR_POSITION_LEVEL_AHLI_MADYA, 1950, 1, 1), ==, 65);
  g_assert_cmpuint (bup_born (keahlian, KR_POSITION_LEVEL_AHLI_MADYA, 1957, 4, 8), ==, 60);
  g_assert_cmpuint (bup_born (keahlian, KR_POSITION_LEVEL_AHLI_MADYA, 1956, 2, 29), ==, 65);

  /* Ahli Pertama, Ahli Muda and Penyelia who had turned 58 keep 60. */
  for (guint i = 0; i < G_N_ELEMENTS (kept_60); i++)
    {
      KrPositionKind kind = kept_60[i] == KR_POSITION_LEVEL_PENYELIA
                                ? KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN
                                : keahlian;

      g_assert_cmpuint (bup_born (kind, kept_60[i], 1959, 4, 7), ==, 60);
      g_assert_cmpuint (bup_born (kind, kept_60[i], 1955, 12, 31), ==, 60);
      g_assert_cmpuint (bup_born (kind, kept_60[i], 1959, 4, 8), ==, 58);
      g_assert_cmpuint (bup_born (kind, kept_60[i], 1960, 2, 29), ==, 58);
    }

  /* Nobody else is protected. */
  for (guint i = 0; i < G_N_ELEMENTS (not_protected); i++)
    g_assert_cmpuint (
        bup_born (KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN, not_protected[i], 1959, 4, 7), ==, 58);
  g_assert_cmpuint (bup_born (KR_POSITION_KIND_PELAKSANA, KR_POSITION_LEVEL_NONE, 1959, 4, 7), ==,
                    58);
  g_assert_cmpuint (bup_born (KR_POSITION_KIND_ADMINISTRATOR, KR_POSITION_LEVEL_NONE, 1955, 1, 1),
                    ==, 58);
  g_assert_cmpuint (bup_born (KR_POSITION_KIND_JPT_PRATAMA, KR_POSITION_LEVEL_NONE, 1955, 1, 1), ==,
                    60);
  g_assert_cmpuint (bup_born (keahlian, KR_POSITION_LEVEL_AHLI_UTAMA, 1950, 1, 1), ==, 65);
  g_assert_cmpuint (bup_born (keahlian, KR_POSITION_LEVEL_AHLI_MADYA, 1959, 4, 7), ==, 60);
}

static void
assert_retirement (guint year, guint month, guint day, guint bup, guint r_year, guint r_month)
{
  g_autoptr (GDate) birth = make_date (year, month, day);
  GDate out;

  kr_position_retirement_date (birth, bup, &out);
  g_assert_true (g_date_valid (&out));
  g_assert_cmpuint (g_date_get_year (&out), ==, r_year);
  g_assert_cmpuint (g_date_get_month (&out), ==, r_month);
  g_assert_cmpuint (g_date_get_day (&out), ==, 1);
}

static void
test_position_retirement_date (void)
{
  g_autoptr (GDate) protected_birth = make_date (1957, 4, 7);

  /* Turns 58 on 26 Sep 2024, retires on 1 Oct 2024. */
  assert_retirement (1966, 9, 26, 58, 2024, 10);
  /* Born on the 1st: the month after the birthday month all the same. */
  assert_retirement (1966, 5, 1, 58, 2024, 6);
  /* Born on the last day of a month. */
  assert_retirement (1966, 1, 31, 58, 2024, 2);
  /* December birthdays roll over the year. */
  assert_retirement (1966, 12, 15, 60, 2027, 1);
  assert_retirement (1964, 12, 1, 58, 2023, 1);
  /* 29 February: the age is reached in February, in leap and common years. */
  assert_retirement (1968, 2, 29, 58, 2026, 3);
  assert_retirement (1964, 2, 29, 60, 2024, 3);
  assert_retirement (1960, 2, 29, 65, 2025, 3);

  /* A protected Ahli Madya: BUP 65, so 1 May 2022. */
  assert_retirement (1957, 4, 7,
                     kr_position_get_bup (KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
                                          KR_POSITION_LEVEL_AHLI_MADYA, protected_birth),
                     2022, 5);
}

static void
test_position_level_from_name (void)
{
  g_assert_cmpint (kr_position_level_from_name ("Analis Kepegawaian Ahli Muda"), ==,
                   KR_POSITION_LEVEL_AHLI_MUDA);
  g_assert_cmpint (kr_position_level_from_name ("GURU AHLI MADYA"), ==,
                   KR_POSITION_LEVEL_AHLI_MADYA);
  g_assert_cmpint (kr_position_level_from_name ("Perawat Penyelia"), ==,
                   KR_POSITION_LEVEL_PENYELIA);
  g_assert_cmpint (kr_position_level_from_name ("Arsiparis Pelaksana Lanjutan"), ==,
                   KR_POSITION_LEVEL_MAHIR);
  g_assert_cmpint (kr_position_level_from_name ("Kepala Sekolah"), ==, KR_POSITION_LEVEL_NONE);
}

/* Every rank of each functional group's span has exactly the jenjang whose range holds it. */
static void
test_position_level_for_rank (void)
{
  KrPositionLevel level;

  for (KrRank rank = 0; rank < KR_N_RANKS; rank++)
    {
      for (guint k = KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN;
           k <= KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN; k++)
        {
          const Row *expected = NULL;

          for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
            {
              if (rows[i].kind == k && rank >= rows[i].lowest && rank <= rows[i].highest)
                expected = &rows[i];
            }
          g_assert_cmpint (kr_position_level_for_rank (k, rank, &level), ==, expected != NULL);
          if (expected != NULL)
            g_assert_cmpint (level, ==, expected->level);
        }
    }
  g_assert_true (
      kr_position_level_for_rank (KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_RANK_IV_B, &level));
  g_assert_cmpint (level, ==, KR_POSITION_LEVEL_AHLI_MADYA);
  g_assert_false (
      kr_position_level_for_rank (KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_RANK_II_D, &level));
  g_assert_false (kr_position_level_for_rank (KR_POSITION_KIND_PELAKSANA, KR_RANK_III_A, &level));
}

static void
test_position_functional_kind_for_education (void)
{
  KrPositionKind kind;

  g_assert_true (kr_position_functional_kind_for_education (KR_EDUCATION_S1, &kind));
  g_assert_cmpint (kind, ==, KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN);
  g_assert_true (kr_position_functional_kind_for_education (KR_EDUCATION_S3, &kind));
  g_assert_cmpint (kind, ==, KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN);
  g_assert_true (kr_position_functional_kind_for_education (KR_EDUCATION_D3, &kind));
  g_assert_cmpint (kind, ==, KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN);
  g_assert_true (kr_position_functional_kind_for_education (KR_EDUCATION_SLTA, &kind));
  g_assert_cmpint (kind, ==, KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN);
  g_assert_false (kr_position_functional_kind_for_education (KR_EDUCATION_SLTP, &kind));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/position/labels", test_position_labels);
  g_test_add_func ("/core/position/check-level", test_position_check_level);
  g_test_add_func ("/core/position/rank-range", test_position_rank_range);
  g_test_add_func ("/core/position/check-rank", test_position_check_rank);
  g_test_add_func ("/core/position/bup-table", test_position_bup_table);
  g_test_add_func ("/core/position/bup-protections", test_position_bup_protections);
  g_test_add_func ("/core/position/retirement-date", test_position_retirement_date);
  g_test_add_func ("/core/position/level-from-name", test_position_level_from_name);
  g_test_add_func ("/core/position/level-for-rank", test_position_level_for_rank);
  g_test_add_func ("/core/position/functional-kind-for-education",
                   test_position_functional_kind_for_education);
  return g_test_run ();
}
