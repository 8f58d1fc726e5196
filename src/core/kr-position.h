/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-rank.h"

G_BEGIN_DECLS

/**
 * KrPositionKind:
 * @KR_POSITION_KIND_JPT_UTAMA: Jabatan Pimpinan Tinggi Utama
 * @KR_POSITION_KIND_JPT_MADYA: Jabatan Pimpinan Tinggi Madya
 * @KR_POSITION_KIND_JPT_PRATAMA: Jabatan Pimpinan Tinggi Pratama
 * @KR_POSITION_KIND_ADMINISTRATOR: Jabatan Administrator (formerly eselon III)
 * @KR_POSITION_KIND_PENGAWAS: Jabatan Pengawas (formerly eselon IV)
 * @KR_POSITION_KIND_PELAKSANA: Jabatan Pelaksana
 * @KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN: Jabatan Fungsional, keahlian group
 * @KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN: Jabatan Fungsional, keterampilan group
 *
 * The kinds of jabatan (jenis jabatan) of UU 5/2014 and UU 20/2023.
 */
typedef enum
{
  KR_POSITION_KIND_JPT_UTAMA,
  KR_POSITION_KIND_JPT_MADYA,
  KR_POSITION_KIND_JPT_PRATAMA,
  KR_POSITION_KIND_ADMINISTRATOR,
  KR_POSITION_KIND_PENGAWAS,
  KR_POSITION_KIND_PELAKSANA,
  KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN,
  KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN,
  KR_N_POSITION_KINDS,
} KrPositionKind;

/**
 * KrPositionLevel:
 * @KR_POSITION_LEVEL_NONE: no jenjang: every kind except the two functional ones
 * @KR_POSITION_LEVEL_AHLI_PERTAMA: keahlian, Ahli Pertama
 * @KR_POSITION_LEVEL_AHLI_MUDA: keahlian, Ahli Muda
 * @KR_POSITION_LEVEL_AHLI_MADYA: keahlian, Ahli Madya
 * @KR_POSITION_LEVEL_AHLI_UTAMA: keahlian, Ahli Utama
 * @KR_POSITION_LEVEL_PEMULA: keterampilan, Pemula
 * @KR_POSITION_LEVEL_TERAMPIL: keterampilan, Terampil
 * @KR_POSITION_LEVEL_MAHIR: keterampilan, Mahir
 * @KR_POSITION_LEVEL_PENYELIA: keterampilan, Penyelia
 *
 * The jenjang of a functional position (UU 5/2014 Pasal 18), lowest first within each group.
 */
typedef enum
{
  KR_POSITION_LEVEL_NONE,
  KR_POSITION_LEVEL_AHLI_PERTAMA,
  KR_POSITION_LEVEL_AHLI_MUDA,
  KR_POSITION_LEVEL_AHLI_MADYA,
  KR_POSITION_LEVEL_AHLI_UTAMA,
  KR_POSITION_LEVEL_PEMULA,
  KR_POSITION_LEVEL_TERAMPIL,
  KR_POSITION_LEVEL_MAHIR,
  KR_POSITION_LEVEL_PENYELIA,
  KR_N_POSITION_LEVELS,
} KrPositionLevel;

/**
 * kr_position_kind_get_label:
 * @kind: a position kind
 *
 * Returns the official name of @kind ("JPT Pratama", "Fungsional Keahlian"). An official term,
 * not translated.
 */
const char *kr_position_kind_get_label (KrPositionKind kind);

/**
 * kr_position_level_get_label:
 * @level: a jenjang
 *
 * Returns the official name of @level ("Ahli Pertama", "Penyelia"), or %NULL for
 * %KR_POSITION_LEVEL_NONE. An official term, not translated.
 */
const char *kr_position_level_get_label (KrPositionLevel level);

/**
 * kr_position_level_from_name:
 * @name: a functional position's name ("Analis Kepegawaian Ahli Muda")
 *
 * Reads the jenjang that a functional position's name states, ignoring case, spaces and
 * punctuation: Ahli Pertama to Ahli Utama, Pemula to Penyelia, and "Pelaksana Lanjutan", the
 * older keterampilan name of Mahir.
 *
 * Returns: the jenjang, or %KR_POSITION_LEVEL_NONE when the name states none ("Kepala
 *   Sekolah")
 */
KrPositionLevel kr_position_level_from_name (const char *name);

/**
 * kr_position_level_for_rank:
 * @kind: %KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN or %KR_POSITION_KIND_FUNGSIONAL_KETERAMPILAN
 * @rank: the holder's rank
 * @level: (out): the jenjang
 *
 * Finds the jenjang of @kind whose golongan range (DOMAIN 3.1, kr_position_get_rank_range())
 * holds @rank, for a functional position whose name does not state its jenjang. The ranges
 * of one group do not overlap, so at most one jenjang fits. Returns %FALSE when none does
 * (a keahlian position held in golongan II), and for a kind that is not functional.
 */
gboolean kr_position_level_for_rank (KrPositionKind kind, KrRank rank, KrPositionLevel *level);

/**
 * kr_position_functional_kind_for_education:
 * @education: the holder's education
 * @kind: (out): the functional group
 *
 * Gives the functional group that @education qualifies for, the highest one whose lowest
 * education it reaches: keahlian from S-1/D-IV, keterampilan from SLTA/D-I (believed, not
 * confirmed). It tells the group of a position that SIASN calls only "Fungsional" when the
 * holder's golongan lies in the ranges of both groups (III/a to III/d). Returns %FALSE below
 * SLTA.
 */
gboolean kr_position_functional_kind_for_education (KrEducation education, KrPositionKind *kind);

/**
 * kr_position_check_level:
 * @kind: a position kind
 * @level: a jenjang, or %KR_POSITION_LEVEL_NONE
 * @error: return location for a #KR_ERROR_INVALID error
 *
 * Checks that @level belongs to @kind: a keahlian position needs an Ahli jenjang, a
 * keterampilan position one of Pemula to Penyelia, and every other kind none.
 */
gboolean kr_position_check_level (KrPositionKind kind, KrPositionLevel level, GError **error);

/**
 * kr_position_get_rank_range:
 * @kind: a position kind
 * @level: the jenjang, %KR_POSITION_LEVEL_NONE for a non-functional kind
 * @lowest: (out) (optional): the lowest rank of the range
 * @highest: (out) (optional): the highest rank of the range
 *
 * Gives the golongan range usual for a position: for functional positions the range of their
 * jenjang (DOMAIN 3.1); for JPT, administrator and pengawas positions the pangkat range of
 * the former eselon that they replace (PP 13/2002; the administrator and pengawas mapping is
 * believed, not confirmed); for pelaksana a believed range. Returns %FALSE when @level does
 * not belong to @kind.
 */
gboolean kr_position_get_rank_range (KrPositionKind kind,
                                     KrPositionLevel level,
                                     KrRank *lowest,
                                     KrRank *highest);

/**
 * kr_position_check_rank:
 * @kind: a position kind
 * @level: the jenjang, %KR_POSITION_LEVEL_NONE for a non-functional kind
 * @rank: the holder's rank
 * @error: return location for a #KR_ERROR_INVALID error
 *
 * Checks that @rank lies in the range of kr_position_get_rank_range(); the error names the
 * rank, the position and its range, or says that @level does not belong to @kind.
 */
gboolean
kr_position_check_rank (KrPositionKind kind, KrPositionLevel level, KrRank rank, GError **error);

/**
 * kr_position_get_bup:
 * @kind: a position kind
 * @level: the jenjang, %KR_POSITION_LEVEL_NONE for a non-functional kind
 * @birth_date: (nullable): the holder's birth date; %NULL ignores the transitional protections
 *
 * Returns the retirement age (BUP) in years for a position under PP 11/2017 Pasal 239: 58
 * for administrator, pengawas, pelaksana, Ahli Pertama, Ahli Muda and keterampilan; 60 for
 * JPT and Ahli Madya; 65 for Ahli Utama. The protections of 7 April 2017 apply when
 * @birth_date shows the holder had reached the age they name on that date: Ahli Madya aged 60
 * keep 65, Ahli Pertama, Ahli Muda and Penyelia aged 58 keep 60. Positions whose BUP a law
 * sets (Guru, Dosen) are not covered. Returns 0 when @level does not belong to @kind.
 */
guint kr_position_get_bup (KrPositionKind kind, KrPositionLevel level, const GDate *birth_date);

/**
 * kr_position_retirement_date:
 * @birth_date: the holder's birth date
 * @bup_years: the retirement age, from kr_position_get_bup()
 * @out: (out caller-allocates): the retirement date (TMT pensiun)
 *
 * Computes the TMT pensiun: the 1st of the month after the month in which the holder reaches
 * @bup_years (believed practice, not confirmed). Someone born on 29 February reaches the age
 * in February.
 */
void kr_position_retirement_date (const GDate *birth_date, guint bup_years, GDate *out);

G_END_DECLS
