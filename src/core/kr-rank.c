/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-rank"

#include "config.h"

#include "kr-rank.h"

#include <string.h>

#include "kr-error.h"
#include "kr-i18n.h"

typedef struct
{
  guint code;
  const char *golongan;
  const char *pangkat;
} RankInfo;

/* DOMAIN 2.1 (C): golongan ruang, pangkat and the SIMPEG code golongan × 10 + ruang. */
static const RankInfo ranks[KR_N_RANKS] = {
  /* Official term: do not translate */
  [KR_RANK_I_A] = { 11, "I/a", "Juru Muda" },
  [KR_RANK_I_B] = { 12, "I/b", "Juru Muda Tingkat I" },
  [KR_RANK_I_C] = { 13, "I/c", "Juru" },
  [KR_RANK_I_D] = { 14, "I/d", "Juru Tingkat I" },
  [KR_RANK_II_A] = { 21, "II/a", "Pengatur Muda" },
  [KR_RANK_II_B] = { 22, "II/b", "Pengatur Muda Tingkat I" },
  [KR_RANK_II_C] = { 23, "II/c", "Pengatur" },
  [KR_RANK_II_D] = { 24, "II/d", "Pengatur Tingkat I" },
  [KR_RANK_III_A] = { 31, "III/a", "Penata Muda" },
  [KR_RANK_III_B] = { 32, "III/b", "Penata Muda Tingkat I" },
  [KR_RANK_III_C] = { 33, "III/c", "Penata" },
  [KR_RANK_III_D] = { 34, "III/d", "Penata Tingkat I" },
  [KR_RANK_IV_A] = { 41, "IV/a", "Pembina" },
  [KR_RANK_IV_B] = { 42, "IV/b", "Pembina Tingkat I" },
  [KR_RANK_IV_C] = { 43, "IV/c", "Pembina Utama Muda" },
  [KR_RANK_IV_D] = { 44, "IV/d", "Pembina Utama Madya" },
  [KR_RANK_IV_E] = { 45, "IV/e", "Pembina Utama" },
};

typedef struct
{
  KrRank starting;
  KrRank regular_ceiling;
} EducationRanks;

/* DOMAIN 2.2 (C): starting golongan, PP 98/2000 jo PP 11/2002 Pasal 11(4); ceiling of KP
 * reguler, PP 99/2000 jo PP 12/2002. SLTP starts at I/c (the PP text), not I/b (soalcpns.com). */
static const EducationRanks education_ranks[KR_N_EDUCATIONS] = {
  [KR_EDUCATION_SD] = { KR_RANK_I_A, KR_RANK_II_A },
  [KR_EDUCATION_SLTP] = { KR_RANK_I_C, KR_RANK_II_C },
  [KR_EDUCATION_SLTP_KEJURUAN] = { KR_RANK_I_C, KR_RANK_II_D },
  [KR_EDUCATION_SLTA] = { KR_RANK_II_A, KR_RANK_III_B },
  [KR_EDUCATION_D2] = { KR_RANK_II_B, KR_RANK_III_B },
  [KR_EDUCATION_SGPLB] = { KR_RANK_II_B, KR_RANK_III_C },
  [KR_EDUCATION_D3] = { KR_RANK_II_C, KR_RANK_III_C },
  [KR_EDUCATION_S1] = { KR_RANK_III_A, KR_RANK_III_D },
  [KR_EDUCATION_S2] = { KR_RANK_III_B, KR_RANK_IV_A },
  [KR_EDUCATION_S3] = { KR_RANK_III_C, KR_RANK_IV_B },
};

/* DOMAIN 2.3: lowest PPPK golongan by education. C (secondary: jadipppk.id, poskota.co.id
 * 7 Apr 2025) except the two rows marked B, which the sources do not list and which follow the
 * neighbouring level. B: the legal home of these rules is PermenPANRB 72/2020 (relic.id). */
static const guint pppk_lowest[KR_N_EDUCATIONS] = {
  [KR_EDUCATION_SD] = 1,
  [KR_EDUCATION_SLTP] = 4,
  [KR_EDUCATION_SLTP_KEJURUAN] = 4, /* B: as SLTP */
  [KR_EDUCATION_SLTA] = 5,
  [KR_EDUCATION_D2] = 6,
  [KR_EDUCATION_SGPLB] = 6, /* B: as D-II, the level of a SGPLB diploma */
  [KR_EDUCATION_D3] = 7,
  [KR_EDUCATION_S1] = 9,
  [KR_EDUCATION_S2] = 10,
  [KR_EDUCATION_S3] = 11,
};

/* Official term: do not translate */
static const char *const romans[KR_PPPK_GOLONGAN_MAX + 1] = {
  NULL, "I", "II", "III", "IV",   "V",   "VI", "VII", "VIII",
  "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
};

gboolean
kr_rank_from_index (guint index, KrRank *rank)
{
  g_return_val_if_fail (rank != NULL, FALSE);

  if (index >= KR_N_RANKS)
    return FALSE;

  *rank = (KrRank) index;
  return TRUE;
}

gboolean
kr_rank_from_code (guint code, KrRank *rank)
{
  g_return_val_if_fail (rank != NULL, FALSE);

  for (guint i = 0; i < KR_N_RANKS; i++)
    {
      if (ranks[i].code == code)
        {
          *rank = (KrRank) i;
          return TRUE;
        }
    }

  return FALSE;
}

guint
kr_rank_get_code (KrRank rank)
{
  g_return_val_if_fail (rank < KR_N_RANKS, 0);

  return ranks[rank].code;
}

const char *
kr_rank_get_golongan (KrRank rank)
{
  g_return_val_if_fail (rank < KR_N_RANKS, NULL);

  return ranks[rank].golongan;
}

const char *
kr_rank_get_pangkat (KrRank rank)
{
  g_return_val_if_fail (rank < KR_N_RANKS, NULL);

  return ranks[rank].pangkat;
}

/* Splits "III/a", "3a", "iv - e" into golongan 1..4 and a lower-case letter. */
static gboolean
split_golongan (const char *text, guint *golongan, char *ruang)
{
  const char *p = text;

  if (*p >= '1' && *p <= '4')
    {
      *golongan = (guint) (*p - '0');
      p++;
    }
  else
    {
      char numeral[4] = { 0 };
      guint len = 0;

      while ((*p == 'I' || *p == 'i' || *p == 'V' || *p == 'v') && len < 3)
        numeral[len++] = g_ascii_toupper (*p++);
      *golongan = 0;
      for (guint g = 1; g <= 4; g++)
        if (g_str_equal (numeral, romans[g]))
          *golongan = g;
      if (*golongan == 0)
        return FALSE;
    }

  while (*p == '/' || *p == '-' || *p == '.' || g_ascii_isspace (*p))
    p++;
  if (!g_ascii_isalpha (*p))
    return FALSE;
  *ruang = g_ascii_tolower (*p++);

  return *p == '\0';
}

gboolean
kr_rank_parse (const char *text, KrRank *rank, GError **error)
{
  g_autofree char *stripped = NULL;
  guint golongan;
  char ruang, last_ruang;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (rank != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stripped = g_strstrip (g_strdup (text));
  if (!split_golongan (stripped, &golongan, &ruang))
    {
      g_autofree char *shown = g_utf8_make_valid (text, -1);

      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Golongan “%s” is not recognised; write it like III/a (I/a to IV/e)"), shown);
      return FALSE;
    }

  last_ruang = golongan == 4 ? 'e' : 'd';
  if (ruang < 'a' || ruang > last_ruang)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Golongan “%s” does not exist: golongan %s has ruang a to %c"), text,
                   romans[golongan], last_ruang);
      return FALSE;
    }

  *rank = (KrRank) ((golongan - 1) * 4 + (guint) (ruang - 'a'));
  return TRUE;
}

gboolean
kr_rank_next (KrRank rank, KrRank *next)
{
  g_return_val_if_fail (rank < KR_N_RANKS, FALSE);
  g_return_val_if_fail (next != NULL, FALSE);

  if (rank == KR_RANK_IV_E)
    return FALSE;

  *next = rank + 1;
  return TRUE;
}

KrRank
kr_rank_get_starting (KrEducation education)
{
  g_return_val_if_fail (education < KR_N_EDUCATIONS, KR_RANK_I_A);

  return education_ranks[education].starting;
}

KrRank
kr_rank_get_regular_ceiling (KrEducation education)
{
  g_return_val_if_fail (education < KR_N_EDUCATIONS, KR_RANK_I_A);

  return education_ranks[education].regular_ceiling;
}

gboolean
kr_rank_check_regular_range (KrRank rank, KrEducation education, GError **error)
{
  const EducationRanks *range;

  g_return_val_if_fail (rank < KR_N_RANKS, FALSE);
  g_return_val_if_fail (education < KR_N_EDUCATIONS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  range = &education_ranks[education];
  if (rank < range->starting)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Golongan %s is below %s, the starting golongan for education %s"),
                   ranks[rank].golongan, ranks[range->starting].golongan,
                   kr_education_get_label (education));
      return FALSE;
    }
  if (rank > range->regular_ceiling)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Golongan %s is above %s, the highest golongan that regular promotion "
                      "reaches with education %s"),
                   ranks[rank].golongan, ranks[range->regular_ceiling].golongan,
                   kr_education_get_label (education));
      return FALSE;
    }

  return TRUE;
}

const char *
kr_pppk_golongan_to_roman (guint golongan)
{
  g_return_val_if_fail (golongan >= KR_PPPK_GOLONGAN_MIN, NULL);
  g_return_val_if_fail (golongan <= KR_PPPK_GOLONGAN_MAX, NULL);

  return romans[golongan];
}

/* Reads "IX", "ix" or "9"; returns 0 when @text is neither. */
static guint
pppk_golongan_value (const char *text)
{
  if (g_ascii_isdigit (text[0]))
    {
      guint64 value;

      if (!g_ascii_string_to_unsigned (text, 10, KR_PPPK_GOLONGAN_MIN, KR_PPPK_GOLONGAN_MAX, &value,
                                       NULL))
        return 0;
      return (guint) value;
    }

  for (guint g = KR_PPPK_GOLONGAN_MIN; g <= KR_PPPK_GOLONGAN_MAX; g++)
    if (g_ascii_strcasecmp (text, romans[g]) == 0)
      return g;

  return 0;
}

gboolean
kr_pppk_golongan_parse (const char *text, guint *golongan, GError **error)
{
  g_autofree char *stripped = NULL;
  const char *p;
  guint value;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (golongan != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stripped = g_strstrip (g_strdup (text));
  p = stripped;
  if (g_ascii_strncasecmp (p, "golongan", strlen ("golongan")) == 0)
    {
      p += strlen ("golongan");
      while (g_ascii_isspace (*p))
        p++;
    }

  value = pppk_golongan_value (p);
  if (value == 0)
    {
      g_autofree char *shown = g_utf8_make_valid (text, -1);

      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("PPPK golongan “%s” is not recognised; use I to XVII or 1 to 17"), shown);
      return FALSE;
    }

  *golongan = value;
  return TRUE;
}

guint
kr_pppk_golongan_get_lowest (KrEducation education)
{
  g_return_val_if_fail (education < KR_N_EDUCATIONS, KR_PPPK_GOLONGAN_MIN);

  return pppk_lowest[education];
}
