/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kr-education.h"
#include "kr-error.h"

static void
assert_parses (const char *text, KrEducation expected)
{
  g_autoptr (GError) error = NULL;
  KrEducation education = KR_N_EDUCATIONS;

  if (!kr_education_parse (text, &education, &error))
    g_error ("“%s” was rejected: %s", text, error->message);
  if (education != expected)
    g_error ("“%s” gave %s, not %s", text, kr_education_get_label (education),
             kr_education_get_label (expected));
}

static void
test_education_labels (void)
{
  static const char *const expected[KR_N_EDUCATIONS] = {
    "SD", "SLTP", "SLTP Kejuruan", "SLTA/D-I", "D-II", "SGPLB", "D-III", "S-1/D-IV", "S-2", "S-3",
  };

  for (guint i = 0; i < KR_N_EDUCATIONS; i++)
    {
      g_assert_cmpstr (kr_education_get_label (i), ==, expected[i]);
      assert_parses (kr_education_get_label (i), i);
    }
}

static void
test_education_spellings (void)
{
  static const struct
  {
    const char *text;
    KrEducation education;
  } cases[] = {
    { "SD", KR_EDUCATION_SD },
    { "sd", KR_EDUCATION_SD },
    { "Sekolah Dasar", KR_EDUCATION_SD },
    { "SMP", KR_EDUCATION_SLTP },
    { "SLTP", KR_EDUCATION_SLTP },
    { "SMP/Sederajat", KR_EDUCATION_SLTP },
    { "MTs", KR_EDUCATION_SLTP },
    { "SLTP Kejuruan", KR_EDUCATION_SLTP_KEJURUAN },
    { "SMA", KR_EDUCATION_SLTA },
    { "SMK", KR_EDUCATION_SLTA },
    { "SLTA", KR_EDUCATION_SLTA },
    { "SLTA Kejuruan", KR_EDUCATION_SLTA },
    { "SMA Sederajat", KR_EDUCATION_SLTA },
    { "SMU", KR_EDUCATION_SLTA },
    { "D-I", KR_EDUCATION_SLTA },
    { "D1", KR_EDUCATION_SLTA },
    { "Diploma I", KR_EDUCATION_SLTA },
    { "D-II", KR_EDUCATION_D2 },
    { "D2", KR_EDUCATION_D2 },
    { "DII", KR_EDUCATION_D2 },
    { "SGPLB", KR_EDUCATION_SGPLB },
    { "D3", KR_EDUCATION_D3 },
    { "D-III", KR_EDUCATION_D3 },
    { "D III", KR_EDUCATION_D3 },
    { "Diploma III", KR_EDUCATION_D3 },
    { "Sarjana Muda", KR_EDUCATION_D3 },
    { "Akademi", KR_EDUCATION_D3 },
    { "Bakaloreat", KR_EDUCATION_D3 },
    { "S1", KR_EDUCATION_S1 },
    { "S-1", KR_EDUCATION_S1 },
    { "s.1", KR_EDUCATION_S1 },
    { "D-IV", KR_EDUCATION_S1 },
    { "D4", KR_EDUCATION_S1 },
    { "DIV", KR_EDUCATION_S1 },
    { "Diploma IV", KR_EDUCATION_S1 },
    { "Sarjana", KR_EDUCATION_S1 },
    { "S1/D4", KR_EDUCATION_S1 },
    { "S2", KR_EDUCATION_S2 },
    { "S-2", KR_EDUCATION_S2 },
    { "Magister", KR_EDUCATION_S2 },
    { "Dokter", KR_EDUCATION_S2 },
    { "Dokter Gigi", KR_EDUCATION_S2 },
    { "Apoteker", KR_EDUCATION_S2 },
    { "S3", KR_EDUCATION_S3 },
    { "S-3", KR_EDUCATION_S3 },
    { "Doktor", KR_EDUCATION_S3 },
    { "  s 3  ", KR_EDUCATION_S3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_parses (cases[i].text, cases[i].education);
}

static void
test_education_rejected (void)
{
  static const char *const bad[] = {
    "", "   ", "S4", "S-0", "D5", "SMAA", "Sederajat", "TK", "SLTA Kejuruan D-V", "Dokteran"
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      KrEducation education = KR_EDUCATION_S3;

      g_assert_false (kr_education_parse (bad[i], &education, &error));
      g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
      g_assert_cmpint (education, ==, KR_EDUCATION_S3);
      g_assert_nonnull (strstr (error->message, "Education level"));
      g_assert_nonnull (strstr (error->message, bad[i]));
    }
}

/* Text that is not UTF-8 (a file in another encoding, a command-line argument) is quoted in
 * the message as valid UTF-8 (found by tests/fuzz/fuzz-fields.c). */
static void
test_education_invalid_utf8 (void)
{
  g_autoptr (GError) error = NULL;
  KrEducation education;

  g_assert_false (kr_education_parse ("S\2761", &education, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_nonnull (strstr (error->message, "S\357\277\2751"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/education/labels", test_education_labels);
  g_test_add_func ("/core/education/spellings", test_education_spellings);
  g_test_add_func ("/core/education/rejected", test_education_rejected);
  g_test_add_func ("/core/education/invalid-utf8", test_education_invalid_utf8);
  return g_test_run ();
}
