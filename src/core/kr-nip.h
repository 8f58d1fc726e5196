/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/** KR_NIP_LENGTH: the number of digits of a NIP or NI PPPK. */
#define KR_NIP_LENGTH 18

/**
 * KrNipKind:
 * @KR_NIP_KIND_PNS: a civil servant's NIP, `YYYYMMDD YYYYMM G SSS`
 * @KR_NIP_KIND_PPPK: a contract employee's NI PPPK, `YYYYMMDD YYYY NN G SSS`
 * @KR_NIP_KIND_ANY: only as input to kr_nip_parse(): tell the two apart by digits 13–14
 *
 * The two kinds of 18-digit employee number.
 */
typedef enum
{
  KR_NIP_KIND_PNS,
  KR_NIP_KIND_PPPK,
  KR_NIP_KIND_ANY,
} KrNipKind;

/**
 * KrGender:
 * @KR_GENDER_UNKNOWN: not recorded
 * @KR_GENDER_MALE: male, NIP digit 15 is 1
 * @KR_GENDER_FEMALE: female, NIP digit 15 is 2
 *
 * An employee's gender; the values equal the NIP's gender digit.
 */
typedef enum
{
  KR_GENDER_UNKNOWN = 0,
  KR_GENDER_MALE = 1,
  KR_GENDER_FEMALE = 2,
} KrGender;

/**
 * KrNip:
 * @digits: the 18 digits, without spaces, NUL-terminated (what storage keeps)
 * @kind: %KR_NIP_KIND_PNS or %KR_NIP_KIND_PPPK
 * @birth_date: digits 1–8
 * @appointment_year: digits 9–12: the year of the TMT CPNS (PNS) or of the first
 *   appointment as calon PPPK (PPPK)
 * @tmt_cpns_month: PNS: digits 13–14, 1 to 12; PPPK: 0
 * @pppk_code: PPPK: digits 13–14 as they are, 13 to 99 (their meaning is unresolved); PNS: 0
 * @tmt_cpns: PNS: the TMT CPNS, always the 1st of the month; PPPK: cleared (not valid)
 * @gender: digit 15
 * @sequence: digits 16–18, 1 to 999
 *
 * A parsed NIP or NI PPPK, a plain value filled by kr_nip_parse().
 */
typedef struct
{
  char digits[KR_NIP_LENGTH + 1];
  KrNipKind kind;
  GDate birth_date;
  guint appointment_year;
  guint tmt_cpns_month;
  guint pppk_code;
  GDate tmt_cpns;
  KrGender gender;
  guint sequence;
} KrNip;

/**
 * kr_nip_parse:
 * @text: the number as typed or imported; spaces, tabs and line breaks anywhere are ignored
 * @kind: the kind expected, or %KR_NIP_KIND_ANY to decide by digits 13–14 (above 12 marks
 *   an NI PPPK, otherwise it is a PNS month)
 * @today: (nullable): the date to check "not in the future" against; %NULL for today in the
 *   local time zone
 * @out: (out caller-allocates): the parsed number, written only on success
 * @error: return location for a #KR_ERROR_INVALID error
 *
 * Parses and validates a NIP or NI PPPK: exactly 18 digits; digits 1–8 a real birth date not
 * after @today; for a PNS, digits 9–14 a TMT CPNS year-month after the birth month and not
 * after @today's month; for a PPPK, digits 9–12 an appointment year after the birth year and
 * not after @today's year and digits 13–14 above 12; digit 15 a gender (1 or 2); digits 16–18
 * a sequence of at least 001. The error message names the part that is wrong and its value.
 */
gboolean
kr_nip_parse (const char *text, KrNipKind kind, const GDate *today, KrNip *out, GError **error);

/**
 * kr_nip_format:
 * @nip: a parsed number
 *
 * Returns the number grouped for display: "19860926 201505 1 001" for a PNS,
 * "19900101 2023 21 1 001" for a PPPK. Free with g_free().
 */
char *kr_nip_format (const KrNip *nip);

/**
 * kr_nip_format_digits:
 * @digits: (nullable): a stored number, normally 18 digits without spaces
 *
 * Groups a stored number for display like kr_nip_format(), telling PNS and PPPK apart by
 * digits 13–14, without validating it further. Anything that is not exactly 18 ASCII digits
 * is returned unchanged, so that bad imported data stays visible. Returns a new string (free
 * with g_free()), or %NULL when @digits is %NULL.
 */
char *kr_nip_format_digits (const char *digits);

/**
 * kr_nip_check_record:
 * @nip: a parsed number
 * @birth_date: (nullable): the record's birth date; %NULL or not valid when unknown
 * @first_appointment: (nullable): the record's TMT CPNS (PNS) or TMT of the first PPPK
 *   contract (PPPK); %NULL or not valid when unknown
 * @gender: the record's gender, %KR_GENDER_UNKNOWN when unknown
 *
 * Compares a record with what its number encodes: the birth date, the TMT CPNS (for a PPPK
 * only its year), and the gender. Real data has known mismatches, such as birth dates
 * corrected after the NIP was issued, so these are warnings to show, not reasons to reject.
 * Returns an array of translated messages (free with g_ptr_array_unref()), empty when
 * everything agrees.
 */
GPtrArray *kr_nip_check_record (const KrNip *nip,
                                const GDate *birth_date,
                                const GDate *first_appointment,
                                KrGender gender);

G_END_DECLS
