/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kr-education.h"

G_BEGIN_DECLS

/**
 * KrRank:
 *
 * The 17 golongan ruang (pangkat) of a PNS, I/a to IV/e. The values are ordered, so ranks
 * compare with `<` and a value is also the rank's index (0 for I/a, 16 for IV/e).
 */
typedef enum
{
  KR_RANK_I_A,
  KR_RANK_I_B,
  KR_RANK_I_C,
  KR_RANK_I_D,
  KR_RANK_II_A,
  KR_RANK_II_B,
  KR_RANK_II_C,
  KR_RANK_II_D,
  KR_RANK_III_A,
  KR_RANK_III_B,
  KR_RANK_III_C,
  KR_RANK_III_D,
  KR_RANK_IV_A,
  KR_RANK_IV_B,
  KR_RANK_IV_C,
  KR_RANK_IV_D,
  KR_RANK_IV_E,
  KR_N_RANKS,
} KrRank;

/** KR_PPPK_GOLONGAN_MIN: the lowest PPPK golongan, I. */
#define KR_PPPK_GOLONGAN_MIN 1
/** KR_PPPK_GOLONGAN_MAX: the highest PPPK golongan, XVII. */
#define KR_PPPK_GOLONGAN_MAX 17

/**
 * kr_rank_from_index:
 * @index: 0 for I/a up to 16 for IV/e
 * @rank: (out): the rank
 *
 * Checks that @index names a rank (for instance a number read from storage) and returns it in
 * @rank. Returns %FALSE for an index out of range.
 */
gboolean kr_rank_from_index (guint index, KrRank *rank);

/**
 * kr_rank_from_code:
 * @code: a two-digit SIMPEG code, golongan × 10 + ruang (11 for I/a, 45 for IV/e)
 * @rank: (out): the rank
 *
 * Looks up a rank by the code that SIMPEG databases store. Returns %FALSE for an unknown code.
 */
gboolean kr_rank_from_code (guint code, KrRank *rank);

/**
 * kr_rank_get_code:
 * @rank: a rank
 *
 * Returns the two-digit SIMPEG code of @rank (31 for III/a).
 */
guint kr_rank_get_code (KrRank rank);

/**
 * kr_rank_get_golongan:
 * @rank: a rank
 *
 * Returns the golongan ruang as printed on decrees, "III/a". An official term, not translated.
 */
const char *kr_rank_get_golongan (KrRank rank);

/**
 * kr_rank_get_pangkat:
 * @rank: a rank
 *
 * Returns the pangkat name, "Penata Muda Tingkat I" for III/b. An official term, not
 * translated.
 */
const char *kr_rank_get_pangkat (KrRank rank);

/**
 * kr_rank_parse:
 * @text: a golongan ruang as people type it
 * @rank: (out): the rank
 * @error: return location for a #KR_ERROR_INVALID error
 *
 * Reads a golongan ruang in any common spelling: a Roman or Arabic golongan (I–IV or 1–4),
 * an optional separator ("/", "-", ".", spaces) and the ruang letter, in any case: "III/a",
 * "iii/a", "III a", "IIIa", "III-a", "3a" and "3/a" all give III/a. Leading and trailing
 * spaces are ignored.
 */
gboolean kr_rank_parse (const char *text, KrRank *rank, GError **error);

/**
 * kr_rank_next:
 * @rank: a rank
 * @next: (out): the rank above @rank
 *
 * Gives the rank one step above @rank (III/d is followed by IV/a). Returns %FALSE for IV/e,
 * the highest rank.
 */
gboolean kr_rank_next (KrRank rank, KrRank *next);

/**
 * kr_rank_get_starting:
 * @education: the education on the appointment decree
 *
 * Returns the golongan in which a CPNS with @education is appointed (PP 98/2000 jo
 * PP 11/2002 Pasal 11): I/a for SD up to III/c for S-3.
 */
KrRank kr_rank_get_starting (KrEducation education);

/**
 * kr_rank_get_regular_ceiling:
 * @education: the employee's recognised education
 *
 * Returns the highest rank that regular promotion (KP reguler, PP 99/2000 jo PP 12/2002)
 * reaches with @education: II/a for SD up to IV/b for S-3. Other kinds of promotion (KP
 * pilihan for structural and functional officials or for achievement) are not bound by it.
 */
KrRank kr_rank_get_regular_ceiling (KrEducation education);

/**
 * kr_rank_check_regular_range:
 * @rank: a rank
 * @education: the employee's recognised education
 * @error: return location for a #KR_ERROR_INVALID error
 *
 * Checks that @rank lies between the starting golongan for @education and the ceiling of
 * regular promotion, i.e. that appointment and KP reguler alone can explain it; the error
 * names the rank, the education and the bound that is crossed. A rank outside that range is
 * not necessarily wrong: KP pilihan for structural and functional officials may exceed the
 * ceiling, and a degree earned after appointment leaves the rank below the new starting
 * golongan until a KP penyesuaian ijazah. Callers that do not know how the rank was reached
 * should show a failure as a warning, not reject the record.
 */
gboolean kr_rank_check_regular_range (KrRank rank, KrEducation education, GError **error);

/**
 * kr_pppk_golongan_to_roman:
 * @golongan: a PPPK golongan, 1 to 17
 *
 * Returns the golongan as PPPK decrees write it, a Roman numeral without ruang ("IX").
 */
const char *kr_pppk_golongan_to_roman (guint golongan);

/**
 * kr_pppk_golongan_parse:
 * @text: a PPPK golongan as people type it
 * @golongan: (out): the golongan, 1 to 17
 * @error: return location for a #KR_ERROR_INVALID error
 *
 * Reads a PPPK golongan written in Roman ("IX", "ix") or Arabic ("9") numerals, optionally
 * after the word "Golongan". Leading and trailing spaces are ignored.
 */
gboolean kr_pppk_golongan_parse (const char *text, guint *golongan, GError **error);

/**
 * kr_pppk_golongan_get_lowest:
 * @education: the employee's education
 *
 * Returns the lowest PPPK golongan for @education (I for SD up to XI for S-3). The position
 * may set a higher golongan.
 */
guint kr_pppk_golongan_get_lowest (KrEducation education);

G_END_DECLS
