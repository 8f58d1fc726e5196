/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "kr-error.h"
#include "kr-rank.h"

/* DOMAIN 2.1, written out again so that a slip in the table shows. */
static const struct
{
  guint code;
  const char *golongan;
  const char *pangkat;
} expected_ranks[KR_N_RANKS] = {
  { 11, "I/a", "Juru Muda" },
  { 12, "I/b", "Juru Muda Tingkat I" },
  { 13, "I/c", "Juru" },
  { 14, "I/d", "Juru Tingkat I" },
  { 21, "II/a", "Pengatur Muda" },
  { 22, "II/b", "Pengatur Muda Tingkat I" },
  { 23, "II/c", "Pengatur" },
  { 24, "II/d", "Pengatur Tingkat I" },
  { 31, "III/a", "Penata Muda" },
  { 32, "III/b", "Penata Muda Tingkat I" },
  { 33, "III/c", "Penata" },
  { 34, "III/d", "Penata Tingkat I" },
  { 41, "IV/a", "Pembina" },
  { 42, "IV/b", "Pembina Tingkat I" },
  { 43, "IV/c", "Pembina Utama Muda" },
  { 44, "IV/d", "Pembina Utama Madya" },
  { 45, "IV/e", "Pembina Utama" },
};

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

static void
test_rank_table (void)
{
  for (guint i = 0; i < KR_N_RANKS; i++)
    {
      KrRank rank;

      g_assert_true (kr_rank_from_index (i, &rank));
      g_assert_cmpint (rank, ==, i);
      g_assert_cmpuint (kr_rank_get_code (rank), ==, expected_ranks[i].code);
      g_assert_cmpstr (kr_rank_get_golongan (rank), ==, expected_ranks[i].golongan);
      g_assert_cmpstr (kr_rank_get_pangkat (rank), ==, expected_ranks[i].pangkat);
      g_assert_true (kr_rank_from_code (expected_ranks[i].code, &rank));
      g_assert_cmpint (rank, ==, i);
      if (i > 0)
        g_assert_cmpuint (kr_rank_get_code (i - 1), <, kr_rank_get_code (i));
    }
  g_assert_cmpint (KR_RANK_III_A, ==, 8);
  g_assert_cmpuint (kr_rank_get_code (KR_RANK_III_A), ==, 31);
}

static void
test_rank_bad_code_and_index (void)
{
  static const guint bad_codes[] = { 0, 1, 10, 15, 20, 25, 30, 35, 40, 46, 51, 99, 311 };
  KrRank rank = KR_RANK_II_B;

  for (guint i = 0; i < G_N_ELEMENTS (bad_codes); i++)
    g_assert_false (kr_rank_from_code (bad_codes[i], &rank));
  g_assert_false (kr_rank_from_index (KR_N_RANKS, &rank));
  g_assert_false (kr_rank_from_index (G_MAXUINT, &rank));
  g_assert_cmpint (rank, ==, KR_RANK_II_B);
}

static void
assert_parses (const char *text, KrRank expected)
{
  g_autoptr (GError) error = NULL;
  KrRank rank = KR_N_RANKS;

  if (!kr_rank_parse (text, &rank, &error))
    g_error ("“%s” was rejected: %s", text, error->message);
  g_assert_cmpint (rank, ==, expected);
}

static void
test_rank_parse (void)
{
  static const char *const iii_a[] = { "III/a", "iii/a", "III a", "IIIa",      "III-a", "3a", "3/a",
                                       "III/A", "3 a",   "III.a", " III / a ", "iiia",  "3-A" };

  for (guint i = 0; i < G_N_ELEMENTS (iii_a); i++)
    assert_parses (iii_a[i], KR_RANK_III_A);

  for (guint i = 0; i < KR_N_RANKS; i++)
    assert_parses (kr_rank_get_golongan (i), i);

  assert_parses ("1a", KR_RANK_I_A);
  assert_parses ("i/d", KR_RANK_I_D);
  assert_parses ("2 B", KR_RANK_II_B);
  assert_parses ("ii-c", KR_RANK_II_C);
  assert_parses ("IV/e", KR_RANK_IV_E);
  assert_parses ("ive", KR_RANK_IV_E);
  assert_parses ("4e", KR_RANK_IV_E);
  assert_parses ("4/c", KR_RANK_IV_C);
}

static void
assert_parse_fails (const char *text, const char *fragment)
{
  g_autoptr (GError) error = NULL;
  KrRank rank = KR_RANK_II_B;

  g_assert_false (kr_rank_parse (text, &rank, &error));
  assert_message (error, "Golongan", fragment, NULL);
  g_assert_cmpint (rank, ==, KR_RANK_II_B);
}

static void
test_rank_parse_rejected (void)
{
  static const char *const unrecognised[] = {
    "",       " ",  "III",   "a",           "V/a",  "IIII/a", "0/a",   "5a",
    "III/ab", "31", "III/1", "Penata Muda", "VI/a", "IIV/a",  "3//a/", "III a b",
  };

  for (guint i = 0; i < G_N_ELEMENTS (unrecognised); i++)
    assert_parse_fails (unrecognised[i], "not recognised");

  assert_parse_fails ("IV/f", "golongan IV has ruang a to e");
  assert_parse_fails ("III/e", "golongan III has ruang a to d");
  assert_parse_fails ("1e", "golongan I has ruang a to d");
  assert_parse_fails ("II/z", "“II/z”");
}

static void
test_rank_next (void)
{
  KrRank rank = KR_RANK_I_A, next;
  guint steps = 0;

  while (kr_rank_next (rank, &next))
    {
      g_assert_cmpint (next, ==, rank + 1);
      g_assert_cmpuint (kr_rank_get_code (next), >, kr_rank_get_code (rank));
      rank = next;
      steps++;
    }
  g_assert_cmpint (rank, ==, KR_RANK_IV_E);
  g_assert_cmpuint (steps, ==, KR_N_RANKS - 1);

  g_assert_true (kr_rank_next (KR_RANK_I_D, &next));
  g_assert_cmpint (next, ==, KR_RANK_II_A);
  g_assert_true (kr_rank_next (KR_RANK_III_D, &next));
  g_assert_cmpint (next, ==, KR_RANK_IV_A);
  next = KR_RANK_I_A;
  g_assert_false (kr_rank_next (KR_RANK_IV_E, &next));
  g_assert_cmpint (next, ==, KR_RANK_I_A);
}

/* DOMAIN 2.2: starting golongan and the KP reguler ceiling; DOMAIN 2.3: lowest PPPK golongan
 * (SLTP Kejuruan and SGPLB are believed rows). */
static const struct
{
  KrEducation education;
  KrRank starting;
  KrRank ceiling;
  guint pppk_lowest;
} expected_education[KR_N_EDUCATIONS] = {
  { KR_EDUCATION_SD, KR_RANK_I_A, KR_RANK_II_A, 1 },
  { KR_EDUCATION_SLTP, KR_RANK_I_C, KR_RANK_II_C, 4 },
  { KR_EDUCATION_SLTP_KEJURUAN, KR_RANK_I_C, KR_RANK_II_D, 4 },
  { KR_EDUCATION_SLTA, KR_RANK_II_A, KR_RANK_III_B, 5 },
  { KR_EDUCATION_D2, KR_RANK_II_B, KR_RANK_III_B, 6 },
  { KR_EDUCATION_SGPLB, KR_RANK_II_B, KR_RANK_III_C, 6 },
  { KR_EDUCATION_D3, KR_RANK_II_C, KR_RANK_III_C, 7 },
  { KR_EDUCATION_S1, KR_RANK_III_A, KR_RANK_III_D, 9 },
  { KR_EDUCATION_S2, KR_RANK_III_B, KR_RANK_IV_A, 10 },
  { KR_EDUCATION_S3, KR_RANK_III_C, KR_RANK_IV_B, 11 },
};

static void
test_rank_education_table (void)
{
  for (guint i = 0; i < KR_N_EDUCATIONS; i++)
    {
      KrEducation education = expected_education[i].education;

      g_assert_cmpint (education, ==, i);
      g_assert_cmpint (kr_rank_get_starting (education), ==, expected_education[i].starting);
      g_assert_cmpint (kr_rank_get_regular_ceiling (education), ==, expected_education[i].ceiling);
      g_assert_cmpuint (kr_pppk_golongan_get_lowest (education), ==,
                        expected_education[i].pppk_lowest);
      g_assert_cmpint (kr_rank_get_starting (education), <,
                       kr_rank_get_regular_ceiling (education));
    }
}

static void
test_rank_regular_range (void)
{
  for (guint e = 0; e < KR_N_EDUCATIONS; e++)
    {
      for (guint r = 0; r < KR_N_RANKS; r++)
        {
          g_autoptr (GError) error = NULL;
          gboolean inside =
              r >= expected_education[e].starting && r <= expected_education[e].ceiling;

          g_assert_cmpint (kr_rank_check_regular_range (r, e, &error), ==, inside);
          if (inside)
            g_assert_no_error (error);
          else
            assert_message (error, kr_rank_get_golongan (r), kr_education_get_label (e),
                            r < expected_education[e].starting ? "below" : "above", NULL);
        }
    }
}

static void
test_rank_regular_range_messages (void)
{
  g_autoptr (GError) below = NULL;
  g_autoptr (GError) above = NULL;

  g_assert_false (kr_rank_check_regular_range (KR_RANK_II_D, KR_EDUCATION_S1, &below));
  assert_message (below, "Golongan II/d is below III/a", "starting golongan", "S-1/D-IV", NULL);
  g_assert_false (kr_rank_check_regular_range (KR_RANK_IV_A, KR_EDUCATION_S1, &above));
  assert_message (above, "Golongan IV/a is above III/d", "regular promotion", "S-1/D-IV", NULL);
  g_assert_true (kr_rank_check_regular_range (KR_RANK_III_D, KR_EDUCATION_S1, NULL));
  g_assert_false (kr_rank_check_regular_range (KR_RANK_IV_C, KR_EDUCATION_S3, NULL));
}

static void
test_pppk_golongan_roman (void)
{
  static const char *const romans[] = { "I", "II", "III", "IV",   "V",   "VI", "VII", "VIII", "IX",
                                        "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII" };

  g_assert_cmpuint (G_N_ELEMENTS (romans), ==, KR_PPPK_GOLONGAN_MAX);
  for (guint g = KR_PPPK_GOLONGAN_MIN; g <= KR_PPPK_GOLONGAN_MAX; g++)
    {
      g_autofree char *lower = g_ascii_strdown (romans[g - 1], -1);
      g_autofree char *arabic = g_strdup_printf ("%u", g);
      const char *texts[] = { romans[g - 1], lower, arabic };

      g_assert_cmpstr (kr_pppk_golongan_to_roman (g), ==, romans[g - 1]);
      for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
        {
          g_autoptr (GError) error = NULL;
          guint golongan = 0;

          g_assert_true (kr_pppk_golongan_parse (texts[t], &golongan, &error));
          g_assert_no_error (error);
          g_assert_cmpuint (golongan, ==, g);
        }
    }
}

static void
test_pppk_golongan_parse (void)
{
  static const struct
  {
    const char *text;
    guint golongan;
  } good[] = {
    { "IX", 9 },
    { "ix", 9 },
    { "9", 9 },
    { " IX ", 9 },
    { "09", 9 },
    { "Golongan IX", 9 },
    { "golongan 17", 17 },
    { "GOLONGAN xvii", 17 },
    { "Golongan\tV", 5 },
  };
  static const char *const bad[] = { "",   "0",  "18", "100",      "XVIII", "IIII", "IIX",
                                     "9a", "-1", "+9", "Golongan", "III/a", "IX/a", "nine" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      guint golongan = 0;

      g_assert_true (kr_pppk_golongan_parse (good[i].text, &golongan, NULL));
      g_assert_cmpuint (golongan, ==, good[i].golongan);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      guint golongan = 3;

      g_assert_false (kr_pppk_golongan_parse (bad[i], &golongan, &error));
      assert_message (error, "PPPK golongan", bad[i], "I to XVII", NULL);
      g_assert_cmpuint (golongan, ==, 3);
    }
}

/* Text that is not UTF-8 is quoted in the messages as valid UTF-8 (found by
 * tests/fuzz/fuzz-fields.c). */
static void
test_rank_invalid_utf8 (void)
{
  g_autoptr (GError) error = NULL;
  guint golongan;
  KrRank rank;

  g_assert_false (kr_rank_parse ("III/\xbe", &rank, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_nonnull (strstr (error->message, "III/\xef\xbf\xbd"));
  g_clear_error (&error);

  g_assert_false (kr_pppk_golongan_parse ("X\xbe", &golongan, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_nonnull (strstr (error->message, "X\xef\xbf\xbd"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/rank/table", test_rank_table);
  g_test_add_func ("/core/rank/bad-code-and-index", test_rank_bad_code_and_index);
  g_test_add_func ("/core/rank/parse", test_rank_parse);
  g_test_add_func ("/core/rank/parse-rejected", test_rank_parse_rejected);
  g_test_add_func ("/core/rank/next", test_rank_next);
  g_test_add_func ("/core/rank/education-table", test_rank_education_table);
  g_test_add_func ("/core/rank/regular-range", test_rank_regular_range);
  g_test_add_func ("/core/rank/regular-range-messages", test_rank_regular_range_messages);
  g_test_add_func ("/core/rank/pppk-golongan-roman", test_pppk_golongan_roman);
  g_test_add_func ("/core/rank/pppk-golongan-parse", test_pppk_golongan_parse);
  g_test_add_func ("/core/rank/invalid-utf8", test_rank_invalid_utf8);
  return g_test_run ();
}
