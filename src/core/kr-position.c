/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-position"

#include "config.h"

#include "kr-position.h"

#include <string.h>

#include "kr-error.h"
#include "kr-i18n.h"

#define KIND_BIT(kind) (1u << (kind))

/* Official term: do not translate */
static const char *const kind_labels[KR_N_POSITION_KINDS] = {
  [KR_POSITION_KIND_JPT_UTAMA] = "JPT Utama",
  [KR_POSITION_KIND_JPT_MADYA] = "JPT Madya",
  [KR_POSITION_KIND_JPT_PRATAMA] = "JPT Pratama",
  [KR_POSITION_KIND_ADMINISTRATOR] = "Administrator",
  [KR_POSITION_KIND_PENGAWAS] = "Pengawas",
  [KR_POSITION_KIND_PELAKSANA] = "Pelaksana",
  [KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN] = "Fungsional Keahlian",
  [KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN] = "Fungsional Keterampilan",
};

typedef struct
{
  const char *label;
  KrPositionKind kind;
  KrRank lowest;
  KrRank highest;
} LevelInfo;

/* DOMAIN 3.1 (C): jenjang of the functional groups and their golongan ranges. The BKN slide
 * swaps the Terampil and Mahir labels; this follows the consistent sources. */
static const LevelInfo levels[KR_N_POSITION_LEVELS] = {
  [KR_POSITION_LEVEL_NONE] = { NULL, KR_N_POSITION_KINDS, KR_RANK_I_A, KR_RANK_I_A },
  /* Official term: do not translate */
  [KR_POSITION_LEVEL_AHLI_PERTAMA] = { "Ahli Pertama", KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
                                       KR_RANK_III_A, KR_RANK_III_B },
  [KR_POSITION_LEVEL_AHLI_MUDA] = { "Ahli Muda", KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
                                    KR_RANK_III_C, KR_RANK_III_D },
  [KR_POSITION_LEVEL_AHLI_MADYA] = { "Ahli Madya", KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
                                     KR_RANK_IV_A, KR_RANK_IV_C },
  [KR_POSITION_LEVEL_AHLI_UTAMA] = { "Ahli Utama", KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
                                     KR_RANK_IV_D, KR_RANK_IV_E },
  [KR_POSITION_LEVEL_PEMULA] = { "Pemula", KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN, KR_RANK_II_A,
                                 KR_RANK_II_A },
  [KR_POSITION_LEVEL_TERAMPIL] = { "Terampil", KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN,
                                   KR_RANK_II_B, KR_RANK_II_D },
  [KR_POSITION_LEVEL_MAHIR] = { "Mahir", KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN, KR_RANK_III_A,
                                KR_RANK_III_B },
  [KR_POSITION_LEVEL_PENYELIA] = { "Penyelia", KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN,
                                   KR_RANK_III_C, KR_RANK_III_D },
};

typedef struct
{
  const char *spelling; /* squash()ed */
  KrPositionLevel level;
} LevelSpelling;

/* Other spellings of a jenjang in position names, besides its label: the older keterampilan
 * name of Mahir (DOMAIN 3.1, taro_simpeg). */
static const LevelSpelling level_aliases[] = {
  { "pelaksanalanjutan", KR_POSITION_LEVEL_MAHIR },
};

typedef struct
{
  KrPositionKind kind;
  KrEducation lowest;
} GroupEducation;

/* B (not in DOMAIN; PP 11/2017 on first appointment to a functional position, as commonly
 * summarised): the lowest education of each functional group, the higher group first. */
static const GroupEducation group_educations[] = {
  { KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_EDUCATION_S1 },
  { KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN, KR_EDUCATION_SLTA },
};

typedef struct
{
  const char *eselon;
  KrRank lowest;
  KrRank highest;
  guint kinds;
} EselonInfo;

/* DOMAIN 3.2: pangkat range of each eselon, PP 13/2002 (C), and the kinds that replaced it
 * (JPT: C, medcom.id citing UU 5/2014; administrator = III and pengawas = IV: B). A kind's
 * range is the union of its eselons' ranges. Eselon V was abolished and has no kind. */
static const EselonInfo eselons[] = {
  { "I.a", KR_RANK_IV_D, KR_RANK_IV_E,
    KIND_BIT (KR_POSITION_KIND_JPT_UTAMA) | KIND_BIT (KR_POSITION_KIND_JPT_MADYA) },
  { "I.b", KR_RANK_IV_C, KR_RANK_IV_E, KIND_BIT (KR_POSITION_KIND_JPT_MADYA) },
  { "II.a", KR_RANK_IV_C, KR_RANK_IV_D, KIND_BIT (KR_POSITION_KIND_JPT_PRATAMA) },
  { "II.b", KR_RANK_IV_B, KR_RANK_IV_C, KIND_BIT (KR_POSITION_KIND_JPT_PRATAMA) },
  { "III.a", KR_RANK_IV_A, KR_RANK_IV_B, KIND_BIT (KR_POSITION_KIND_ADMINISTRATOR) },
  { "III.b", KR_RANK_III_D, KR_RANK_IV_A, KIND_BIT (KR_POSITION_KIND_ADMINISTRATOR) },
  { "IV.a", KR_RANK_III_C, KR_RANK_III_D, KIND_BIT (KR_POSITION_KIND_PENGAWAS) },
  { "IV.b", KR_RANK_III_B, KR_RANK_III_C, KIND_BIT (KR_POSITION_KIND_PENGAWAS) },
};

/* B: no source gives a golongan range for pelaksana. Any education may hold one, so take the
 * span of DOMAIN 2.2: from the lowest starting golongan (SD, I/a) to the highest ceiling of
 * regular promotion (S-3, IV/b). */
static const KrRank pelaksana_range[2] = { KR_RANK_I_A, KR_RANK_IV_B };

typedef struct
{
  KrPositionKind kind;
  KrPositionLevel level;
  guint bup;
} BupRule;

/* DOMAIN 9 (C): PP 11/2017 Pasal 239. */
static const BupRule bup_rules[] = {
  { KR_POSITION_KIND_JPT_UTAMA, KR_POSITION_LEVEL_NONE, 60 },
  { KR_POSITION_KIND_JPT_MADYA, KR_POSITION_LEVEL_NONE, 60 },
  { KR_POSITION_KIND_JPT_PRATAMA, KR_POSITION_LEVEL_NONE, 60 },
  { KR_POSITION_KIND_ADMINISTRATOR, KR_POSITION_LEVEL_NONE, 58 },
  { KR_POSITION_KIND_PENGAWAS, KR_POSITION_LEVEL_NONE, 58 },
  { KR_POSITION_KIND_PELAKSANA, KR_POSITION_LEVEL_NONE, 58 },
  { KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_AHLI_PERTAMA, 58 },
  { KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_AHLI_MUDA, 58 },
  { KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_AHLI_MADYA, 60 },
  { KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN, KR_POSITION_LEVEL_AHLI_UTAMA, 65 },
  { KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN, KR_POSITION_LEVEL_PEMULA, 58 },
  { KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN, KR_POSITION_LEVEL_TERAMPIL, 58 },
  { KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN, KR_POSITION_LEVEL_MAHIR, 58 },
  { KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN, KR_POSITION_LEVEL_PENYELIA, 58 },
};

typedef struct
{
  KrPositionLevel level;
  guint age_on_date;
  guint bup;
} BupProtection;

/* DOMAIN 9 (C): Surat Kepala BKN K.26-30/V.119-2/99: holders who had reached @age_on_date on
 * the day PP 11/2017 took effect keep the BUP of the former rules. */
static const GDateYear protection_year = 2017;
static const GDateMonth protection_month = G_DATE_APRIL;
static const GDateDay protection_day = 7;
static const BupProtection bup_protections[] = {
  { KR_POSITION_LEVEL_AHLI_MADYA, 60, 65 },
  { KR_POSITION_LEVEL_AHLI_PERTAMA, 58, 60 },
  { KR_POSITION_LEVEL_AHLI_MUDA, 58, 60 },
  { KR_POSITION_LEVEL_PENYELIA, 58, 60 },
};

const char *
kr_position_kind_get_label (KrPositionKind kind)
{
  g_return_val_if_fail (kind < KR_N_POSITION_KINDS, NULL);

  return kind_labels[kind];
}

const char *
kr_position_level_get_label (KrPositionLevel level)
{
  g_return_val_if_fail (level < KR_N_POSITION_LEVELS, NULL);

  return levels[level].label;
}

static gboolean
is_functional (KrPositionKind kind)
{
  return kind == KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN ||
         kind == KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN;
}

/* Lower-case ASCII letters and digits only ("Ahli Pertama" gives "ahlipertama"). */
static char *
squash (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
    }
  return g_string_free (out, FALSE);
}

KrPositionLevel
kr_position_level_from_name (const char *name)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (name != NULL, KR_POSITION_LEVEL_NONE);

  key = squash (name);
  for (guint i = KR_POSITION_LEVEL_NONE + 1; i < KR_N_POSITION_LEVELS; i++)
    {
      g_autofree char *label = squash (levels[i].label);

      if (strstr (key, label) != NULL)
        return (KrPositionLevel) i;
    }
  for (guint i = 0; i < G_N_ELEMENTS (level_aliases); i++)
    {
      if (strstr (key, level_aliases[i].spelling) != NULL)
        return level_aliases[i].level;
    }
  return KR_POSITION_LEVEL_NONE;
}

gboolean
kr_position_level_for_rank (KrPositionKind kind, KrRank rank, KrPositionLevel *level)
{
  g_return_val_if_fail (kind < KR_N_POSITION_KINDS, FALSE);
  g_return_val_if_fail (rank < KR_N_RANKS, FALSE);
  g_return_val_if_fail (level != NULL, FALSE);

  for (guint i = KR_POSITION_LEVEL_NONE + 1; i < KR_N_POSITION_LEVELS; i++)
    {
      if (levels[i].kind == kind && rank >= levels[i].lowest && rank <= levels[i].highest)
        {
          *level = (KrPositionLevel) i;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
kr_position_functional_kind_for_education (KrEducation education, KrPositionKind *kind)
{
  g_return_val_if_fail (education < KR_N_EDUCATIONS, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (group_educations); i++)
    {
      if (education >= group_educations[i].lowest)
        {
          *kind = group_educations[i].kind;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
level_belongs (KrPositionKind kind, KrPositionLevel level)
{
  if (level == KR_POSITION_LEVEL_NONE)
    return !is_functional (kind);

  return levels[level].kind == kind;
}

/* The lowest and highest jenjang of a functional kind, for messages. */
static void
get_level_span (KrPositionKind kind, KrPositionLevel *first, KrPositionLevel *last)
{
  *first = KR_N_POSITION_LEVELS;
  *last = KR_POSITION_LEVEL_NONE;
  for (guint i = KR_POSITION_LEVEL_NONE + 1; i < KR_N_POSITION_LEVELS; i++)
    {
      if (levels[i].kind != kind)
        continue;
      *first = MIN (*first, (KrPositionLevel) i);
      *last = MAX (*last, (KrPositionLevel) i);
    }
  g_assert (*first < KR_N_POSITION_LEVELS);
}

gboolean
kr_position_check_level (KrPositionKind kind, KrPositionLevel level, GError **error)
{
  KrPositionLevel first, last;

  g_return_val_if_fail (kind < KR_N_POSITION_KINDS, FALSE);
  g_return_val_if_fail (level < KR_N_POSITION_LEVELS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (level_belongs (kind, level))
    return TRUE;

  if (!is_functional (kind))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("A %s position has no functional level; %s was given"), kind_labels[kind],
                   levels[level].label);
    }
  else if (level == KR_POSITION_LEVEL_NONE)
    {
      get_level_span (kind, &first, &last);
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("A %s position needs a functional level, %s to %s"), kind_labels[kind],
                   levels[first].label, levels[last].label);
    }
  else
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The functional level %s belongs to %s positions, not to %s"),
                   levels[level].label, kind_labels[levels[level].kind], kind_labels[kind]);
    }

  return FALSE;
}

static void
get_eselon_range (KrPositionKind kind, KrRank *lowest, KrRank *highest)
{
  *lowest = KR_RANK_IV_E;
  *highest = KR_RANK_I_A;
  for (guint i = 0; i < G_N_ELEMENTS (eselons); i++)
    {
      if ((eselons[i].kinds & KIND_BIT (kind)) == 0)
        continue;
      *lowest = MIN (*lowest, eselons[i].lowest);
      *highest = MAX (*highest, eselons[i].highest);
    }
}

gboolean
kr_position_get_rank_range (KrPositionKind kind,
                            KrPositionLevel level,
                            KrRank *lowest,
                            KrRank *highest)
{
  KrRank low, high;

  g_return_val_if_fail (kind < KR_N_POSITION_KINDS, FALSE);
  g_return_val_if_fail (level < KR_N_POSITION_LEVELS, FALSE);

  if (!level_belongs (kind, level))
    return FALSE;

  if (is_functional (kind))
    {
      low = levels[level].lowest;
      high = levels[level].highest;
    }
  else if (kind == KR_POSITION_KIND_PELAKSANA)
    {
      low = pelaksana_range[0];
      high = pelaksana_range[1];
    }
  else
    {
      get_eselon_range (kind, &low, &high);
    }

  if (lowest != NULL)
    *lowest = low;
  if (highest != NULL)
    *highest = high;
  return TRUE;
}

gboolean
kr_position_check_rank (KrPositionKind kind, KrPositionLevel level, KrRank rank, GError **error)
{
  KrRank lowest, highest;
  const char *name;

  g_return_val_if_fail (kind < KR_N_POSITION_KINDS, FALSE);
  g_return_val_if_fail (level < KR_N_POSITION_LEVELS, FALSE);
  g_return_val_if_fail (rank < KR_N_RANKS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kr_position_check_level (kind, level, error))
    return FALSE;

  kr_position_get_rank_range (kind, level, &lowest, &highest);
  name = level == KR_POSITION_LEVEL_NONE ? kind_labels[kind] : levels[level].label;
  if (rank < lowest || rank > highest)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   rank < lowest ? _ ("Golongan %s is below the range of %s positions, %s to %s")
                                 : _ ("Golongan %s is above the range of %s positions, %s to %s"),
                   kr_rank_get_golongan (rank), name, kr_rank_get_golongan (lowest),
                   kr_rank_get_golongan (highest));
      return FALSE;
    }

  return TRUE;
}

/* TRUE when someone born on @birth_date had turned @age by the protection date. */
static gboolean
had_reached_age (const GDate *birth_date, guint age)
{
  GDate limit;

  g_date_clear (&limit, 1);
  g_date_set_dmy (&limit, protection_day, protection_month, protection_year);
  g_date_subtract_years (&limit, age);

  return g_date_compare (birth_date, &limit) <= 0;
}

guint
kr_position_get_bup (KrPositionKind kind, KrPositionLevel level, const GDate *birth_date)
{
  guint bup = 0;

  g_return_val_if_fail (kind < KR_N_POSITION_KINDS, 0);
  g_return_val_if_fail (level < KR_N_POSITION_LEVELS, 0);
  g_return_val_if_fail (birth_date == NULL || g_date_valid (birth_date), 0);

  for (guint i = 0; i < G_N_ELEMENTS (bup_rules); i++)
    if (bup_rules[i].kind == kind && bup_rules[i].level == level)
      bup = bup_rules[i].bup;

  if (bup == 0 || birth_date == NULL)
    return bup;

  for (guint i = 0; i < G_N_ELEMENTS (bup_protections); i++)
    {
      if (bup_protections[i].level == level &&
          had_reached_age (birth_date, bup_protections[i].age_on_date))
        bup = bup_protections[i].bup;
    }

  return bup;
}

void
kr_position_retirement_date (const GDate *birth_date, guint bup_years, GDate *out)
{
  guint year, month;

  g_return_if_fail (birth_date != NULL && g_date_valid (birth_date));
  g_return_if_fail (bup_years > 0 && bup_years < 200);
  g_return_if_fail (out != NULL);

  /* B (DOMAIN 9): TMT pensiun is the 1st of the month after the month of the BUP birthday.
   * Only the birth month matters, so 29 February needs no special case. */
  year = g_date_get_year (birth_date) + bup_years;
  month = g_date_get_month (birth_date) + 1;
  if (month > 12)
    {
      month = 1;
      year++;
    }

  g_date_clear (out, 1);
  g_date_set_dmy (out, 1, (GDateMonth) month, (GDateYear) year);
}
