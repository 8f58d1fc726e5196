/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-education"

#include "config.h"

#include "kr-education.h"

#include <string.h>

#include "kr-error.h"
#include "kr-i18n.h"

/* Official term: do not translate */
static const char *const labels[KR_N_EDUCATIONS] = {
  [KR_EDUCATION_SD] = "SD",
  [KR_EDUCATION_SLTP] = "SLTP",
  [KR_EDUCATION_SLTP_KEJURUAN] = "SLTP Kejuruan",
  [KR_EDUCATION_SLTA] = "SLTA/D-I",
  [KR_EDUCATION_D2] = "D-II",
  [KR_EDUCATION_SGPLB] = "SGPLB",
  [KR_EDUCATION_D3] = "D-III",
  [KR_EDUCATION_S1] = "S-1/D-IV",
  [KR_EDUCATION_S2] = "S-2",
  [KR_EDUCATION_S3] = "S-3",
};

typedef struct
{
  const char *spelling; /* upper case, without spaces, dots, dashes, slashes */
  KrEducation education;
} Alias;

/* Spellings seen in SIMPEG and SIASN exports. "DOKTER" (physician, S-2 row of PP 98/2000) and
 * "DOKTOR" (doctorate, S-3) differ by one letter on purpose. */
static const Alias aliases[] = {
  { "SD", KR_EDUCATION_SD },
  { "SEKOLAHDASAR", KR_EDUCATION_SD },
  { "MI", KR_EDUCATION_SD },
  { "SLTP", KR_EDUCATION_SLTP },
  { "SMP", KR_EDUCATION_SLTP },
  { "MTS", KR_EDUCATION_SLTP },
  { "SEKOLAHMENENGAHPERTAMA", KR_EDUCATION_SLTP },
  { "SEKOLAHLANJUTANTINGKATPERTAMA", KR_EDUCATION_SLTP },
  { "SLTPKEJURUAN", KR_EDUCATION_SLTP_KEJURUAN },
  { "SMPKEJURUAN", KR_EDUCATION_SLTP_KEJURUAN },
  { "SLTA", KR_EDUCATION_SLTA },
  { "SMA", KR_EDUCATION_SLTA },
  { "SMU", KR_EDUCATION_SLTA },
  { "SMK", KR_EDUCATION_SLTA },
  { "MA", KR_EDUCATION_SLTA },
  { "MAK", KR_EDUCATION_SLTA },
  { "STM", KR_EDUCATION_SLTA },
  { "SMEA", KR_EDUCATION_SLTA },
  { "SPG", KR_EDUCATION_SLTA },
  { "SLTAKEJURUAN", KR_EDUCATION_SLTA },
  { "SEKOLAHMENENGAHATAS", KR_EDUCATION_SLTA },
  { "SEKOLAHMENENGAHKEJURUAN", KR_EDUCATION_SLTA },
  { "SEKOLAHLANJUTANTINGKATATAS", KR_EDUCATION_SLTA },
  { "DI", KR_EDUCATION_SLTA },
  { "D1", KR_EDUCATION_SLTA },
  { "DIPLOMAI", KR_EDUCATION_SLTA },
  { "DIPLOMA1", KR_EDUCATION_SLTA },
  { "SLTADI", KR_EDUCATION_SLTA },
  { "DII", KR_EDUCATION_D2 },
  { "D2", KR_EDUCATION_D2 },
  { "DIPLOMAII", KR_EDUCATION_D2 },
  { "DIPLOMA2", KR_EDUCATION_D2 },
  { "SGPLB", KR_EDUCATION_SGPLB },
  { "DIII", KR_EDUCATION_D3 },
  { "D3", KR_EDUCATION_D3 },
  { "DIPLOMAIII", KR_EDUCATION_D3 },
  { "DIPLOMA3", KR_EDUCATION_D3 },
  { "SARJANAMUDA", KR_EDUCATION_D3 },
  { "AKADEMI", KR_EDUCATION_D3 },
  { "BAKALOREAT", KR_EDUCATION_D3 },
  { "S1", KR_EDUCATION_S1 },
  { "SARJANA", KR_EDUCATION_S1 },
  { "DIV", KR_EDUCATION_S1 },
  { "D4", KR_EDUCATION_S1 },
  { "DIPLOMAIV", KR_EDUCATION_S1 },
  { "DIPLOMA4", KR_EDUCATION_S1 },
  { "SARJANATERAPAN", KR_EDUCATION_S1 },
  { "S1DIV", KR_EDUCATION_S1 },
  { "S1D4", KR_EDUCATION_S1 },
  { "S2", KR_EDUCATION_S2 },
  { "MAGISTER", KR_EDUCATION_S2 },
  { "MASTER", KR_EDUCATION_S2 },
  { "PASCASARJANA", KR_EDUCATION_S2 },
  { "DOKTER", KR_EDUCATION_S2 },
  { "DOKTERGIGI", KR_EDUCATION_S2 },
  { "APOTEKER", KR_EDUCATION_S2 },
  { "S3", KR_EDUCATION_S3 },
  { "DOKTOR", KR_EDUCATION_S3 },
  { "DOKTORAL", KR_EDUCATION_S3 },
};

const char *
kr_education_get_label (KrEducation education)
{
  g_return_val_if_fail (education < KR_N_EDUCATIONS, NULL);

  return labels[education];
}

/* Upper-cases ASCII and drops the punctuation that spellings disagree on, then a trailing
 * "SEDERAJAT" ("SMA/sederajat" means "SMA or equivalent"). */
static char *
normalize (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p) || *p == '-' || *p == '.' || *p == '/' || *p == '_')
        continue;
      g_string_append_c (out, g_ascii_toupper (*p));
    }

  if (out->len > strlen ("SEDERAJAT") && g_str_has_suffix (out->str, "SEDERAJAT"))
    g_string_truncate (out, out->len - strlen ("SEDERAJAT"));

  return g_string_free (out, FALSE);
}

gboolean
kr_education_parse (const char *text, KrEducation *education, GError **error)
{
  g_autofree char *shown = NULL;
  g_autofree char *key = NULL;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (education != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  key = normalize (text);
  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    {
      if (g_str_equal (key, aliases[i].spelling))
        {
          *education = aliases[i].education;
          return TRUE;
        }
    }

  /* The text may come from anywhere (a file, a command line): quote it as valid UTF-8. */
  shown = g_utf8_make_valid (text, -1);
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               _ ("Education level “%s” is not recognised; use one of SD, SLTP, SLTA, D-II, "
                  "D-III, S-1/D-IV, S-2 or S-3"),
               shown);
  return FALSE;
}
