/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kr-education.h"
#include "kr-error.h"
#include "kr-fuzz.h"
#include "kr-rank.h"

/* The parsers of single imported or typed fields that the importers and forms share: the
 * golongan ruang (kr_rank_parse()), the PPPK golongan (kr_pppk_golongan_parse()) and the
 * education level (kr_education_parse()), on any text; the first byte picks the parser.
 * Beyond "no crash" it checks round-trips: an accepted rank's golongan ("III/a"), written
 * lower case and as digits ("3a"), parses to the same rank, and its code and index give it
 * back; an accepted PPPK golongan is 1 to 17 and its Roman numeral parses to it; an accepted
 * education level's label parses to it; and a refusal is a KR_ERROR_INVALID error with a
 * valid UTF-8 message. */

static void
check_refusal (const GError *error)
{
  kr_fuzz_check (g_error_matches (error, KR_ERROR, KR_ERROR_INVALID) &&
                     g_utf8_validate (error->message, -1, NULL),
                 "a refusal");
}

static void
check_rank (const char *text)
{
  static const char *const romans[] = { "I", "II", "III", "IV" };
  g_autoptr (GError) error = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *digits = NULL;
  const char *golongan;
  KrRank rank, again;

  if (!kr_rank_parse (text, &rank, &error))
    {
      check_refusal (error);
      return;
    }
  golongan = kr_rank_get_golongan (rank);
  kr_fuzz_check (kr_rank_parse (golongan, &again, NULL) && again == rank, "golongan");
  lower = g_ascii_strdown (golongan, -1);
  kr_fuzz_check (kr_rank_parse (lower, &again, NULL) && again == rank, "lower case");
  for (guint i = 0; i < G_N_ELEMENTS (romans); i++)
    if (strncmp (golongan, romans[i], strlen (romans[i])) == 0 &&
        golongan[strlen (romans[i])] == '/')
      digits = g_strdup_printf ("%u%s", i + 1, golongan + strlen (romans[i]) + 1);
  kr_fuzz_check (digits != NULL, "a golongan in Roman numerals");
  kr_fuzz_check (kr_rank_parse (digits, &again, NULL) && again == rank, "digits");
  kr_fuzz_check (kr_rank_from_code (kr_rank_get_code (rank), &again) && again == rank, "code");
  kr_fuzz_check (kr_rank_get_pangkat (rank) != NULL, "pangkat");
}

static void
check_pppk (const char *text)
{
  g_autoptr (GError) error = NULL;
  guint golongan, again;

  if (!kr_pppk_golongan_parse (text, &golongan, &error))
    {
      check_refusal (error);
      return;
    }
  kr_fuzz_check (golongan >= 1 && golongan <= 17, "PPPK golongan range");
  kr_fuzz_check (kr_pppk_golongan_parse (kr_pppk_golongan_to_roman (golongan), &again, NULL) &&
                     again == golongan,
                 "Roman numeral");
}

static void
check_education (const char *text)
{
  g_autoptr (GError) error = NULL;
  KrEducation education, again;

  if (!kr_education_parse (text, &education, &error))
    {
      check_refusal (error);
      return;
    }
  kr_fuzz_check (education < KR_N_EDUCATIONS, "education range");
  kr_fuzz_check (kr_education_parse (kr_education_get_label (education), &again, NULL) &&
                     again == education,
                 "label");
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  kr_fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *text = NULL;

  if (size < 1)
    return 0;
  text = g_strndup ((const char *) data + 1, size - 1);
  switch (data[0] % 3)
    {
    case 0:
      check_rank (text);
      break;
    case 1:
      check_pppk (text);
      break;
    default:
      check_education (text);
      break;
    }
  return 0;
}
