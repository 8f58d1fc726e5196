/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "kr-error.h"
#include "kr-nip.h"

/* All numbers here are synthetic, built with the DOMAIN 1.1 rules. */

static GDate *
make_date (guint year, guint month, guint day)
{
  return g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static void
assert_date (const GDate *date, guint year, guint month, guint day)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpuint (g_date_get_year (date), ==, year);
  g_assert_cmpuint (g_date_get_month (date), ==, month);
  g_assert_cmpuint (g_date_get_day (date), ==, day);
}

/* Parses @text against 2025-06-15 (or @today) and fails the test on error. */
static KrNip
parse_ok (const char *text, KrNipKind kind, const GDate *today)
{
  g_autoptr (GDate) fixed = make_date (2025, 6, 15);
  g_autoptr (GError) error = NULL;
  KrNip nip;

  g_assert_true (kr_nip_parse (text, kind, today != NULL ? today : fixed, &nip, &error));
  g_assert_no_error (error);
  return nip;
}

/* Parses @text, expects KR_ERROR_INVALID, and checks that the message contains each of the
 * NULL-terminated fragments; @out must stay untouched. */
static void
assert_rejected (const char *text, KrNipKind kind, const GDate *today, ...)
{
  g_autoptr (GDate) fixed = make_date (2025, 6, 15);
  g_autoptr (GError) error = NULL;
  KrNip nip, untouched;
  va_list args;
  const char *fragment;

  memset (&nip, 0x5a, sizeof nip);
  untouched = nip;
  g_assert_false (kr_nip_parse (text, kind, today != NULL ? today : fixed, &nip, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_true (memcmp (&nip, &untouched, sizeof nip) == 0);

  va_start (args, today);
  while ((fragment = va_arg (args, const char *)) != NULL)
    {
      if (strstr (error->message, fragment) == NULL)
        g_error ("“%s”: message “%s” lacks “%s”", text, error->message, fragment);
    }
  va_end (args);
}

static void
test_nip_pns_valid (void)
{
  KrNip nip = parse_ok ("198609262015051001", KR_NIP_KIND_PNS, NULL);

  g_assert_cmpstr (nip.digits, ==, "198609262015051001");
  g_assert_cmpint (nip.kind, ==, KR_NIP_KIND_PNS);
  assert_date (&nip.birth_date, 1986, 9, 26);
  g_assert_cmpuint (nip.appointment_year, ==, 2015);
  g_assert_cmpuint (nip.tmt_cpns_month, ==, 5);
  g_assert_cmpuint (nip.pppk_code, ==, 0);
  assert_date (&nip.tmt_cpns, 2015, 5, 1);
  g_assert_cmpint (nip.gender, ==, KR_GENDER_MALE);
  g_assert_cmpuint (nip.sequence, ==, 1);

  nip = parse_ok ("197001312000122999", KR_NIP_KIND_ANY, NULL);
  g_assert_cmpint (nip.kind, ==, KR_NIP_KIND_PNS);
  assert_date (&nip.birth_date, 1970, 1, 31);
  assert_date (&nip.tmt_cpns, 2000, 12, 1);
  g_assert_cmpint (nip.gender, ==, KR_GENDER_FEMALE);
  g_assert_cmpuint (nip.sequence, ==, 999);

  /* January TMT, the lowest month. */
  nip = parse_ok ("199512312020011002", KR_NIP_KIND_ANY, NULL);
  g_assert_cmpuint (nip.tmt_cpns_month, ==, 1);
  g_assert_cmpuint (nip.sequence, ==, 2);
}

static void
test_nip_pppk_valid (void)
{
  KrNip nip = parse_ok ("199001012023211001", KR_NIP_KIND_ANY, NULL);

  g_assert_cmpstr (nip.digits, ==, "199001012023211001");
  g_assert_cmpint (nip.kind, ==, KR_NIP_KIND_PPPK);
  assert_date (&nip.birth_date, 1990, 1, 1);
  g_assert_cmpuint (nip.appointment_year, ==, 2023);
  g_assert_cmpuint (nip.pppk_code, ==, 21);
  g_assert_cmpuint (nip.tmt_cpns_month, ==, 0);
  g_assert_false (g_date_valid (&nip.tmt_cpns));
  g_assert_cmpint (nip.gender, ==, KR_GENDER_MALE);
  g_assert_cmpuint (nip.sequence, ==, 1);

  /* 24 (paruh waktu) and the smallest code above a month are kept raw. */
  nip = parse_ok ("198511202025242010", KR_NIP_KIND_PPPK, NULL);
  g_assert_cmpint (nip.kind, ==, KR_NIP_KIND_PPPK);
  g_assert_cmpuint (nip.pppk_code, ==, 24);
  g_assert_cmpint (nip.gender, ==, KR_GENDER_FEMALE);
  g_assert_cmpuint (nip.sequence, ==, 10);
  nip = parse_ok ("198511202025132010", KR_NIP_KIND_ANY, NULL);
  g_assert_cmpint (nip.kind, ==, KR_NIP_KIND_PPPK);
  g_assert_cmpuint (nip.pppk_code, ==, 13);
  nip = parse_ok ("198511202025992010", KR_NIP_KIND_ANY, NULL);
  g_assert_cmpuint (nip.pppk_code, ==, 99);
}

static void
test_nip_spaces (void)
{
  KrNip nip = parse_ok ("19860926 201505 1 001", KR_NIP_KIND_PNS, NULL);

  g_assert_cmpstr (nip.digits, ==, "198609262015051001");
  nip = parse_ok ("  19860926\t201505\t1\t001 \r\n", KR_NIP_KIND_ANY, NULL);
  g_assert_cmpstr (nip.digits, ==, "198609262015051001");
  nip = parse_ok ("1 9 8 6 0 9 2 6 2 0 1 5 0 5 1 0 0 1", KR_NIP_KIND_ANY, NULL);
  g_assert_cmpstr (nip.digits, ==, "198609262015051001");
  nip = parse_ok ("19900101 2023 21 1 001", KR_NIP_KIND_ANY, NULL);
  g_assert_cmpint (nip.kind, ==, KR_NIP_KIND_PPPK);
}

static void
test_nip_length (void)
{
  assert_rejected ("19860926201505100", KR_NIP_KIND_PNS, NULL, "NIP", "18 digits", "17 were given",
                   NULL);
  assert_rejected ("1986092620150510011", KR_NIP_KIND_PNS, NULL, "19 were given", NULL);
  assert_rejected ("19860926 201505 1 00", KR_NIP_KIND_ANY, NULL, "17 were given", NULL);
  assert_rejected ("", KR_NIP_KIND_ANY, NULL, "0 were given", NULL);
  assert_rejected ("   ", KR_NIP_KIND_ANY, NULL, "0 were given", NULL);
  assert_rejected ("1", KR_NIP_KIND_ANY, NULL, "1 was given", NULL);
  assert_rejected ("1990010120232110", KR_NIP_KIND_PPPK, NULL, "NI PPPK", "16 were given", NULL);
  assert_rejected ("198609262015051001198609262015051001", KR_NIP_KIND_ANY, NULL, "36 were given",
                   NULL);
}

static void
test_nip_not_digits (void)
{
  assert_rejected ("19860926-201505-1-001", KR_NIP_KIND_ANY, NULL, "“-” at position 9",
                   "not a digit", NULL);
  assert_rejected ("19860926 201505 1 00l", KR_NIP_KIND_ANY, NULL, "“l” at position 21", NULL);
  assert_rejected ("'198609262015051001", KR_NIP_KIND_ANY, NULL, "“'” at position 1", NULL);
  /* A non-ASCII digit is named whole, and positions count characters, not bytes. */
  assert_rejected ("é１98609262015051001", KR_NIP_KIND_ANY, NULL, "“é” at position 1", NULL);
  assert_rejected ("1１98609262015051001", KR_NIP_KIND_ANY, NULL, "“１” at position 2", NULL);
  assert_rejected ("19860926\xff", KR_NIP_KIND_ANY, NULL, "not valid text", NULL);
  assert_rejected ("1986O9262015051001", KR_NIP_KIND_PPPK, NULL, "NI PPPK", "“O” at position 5",
                   NULL);
}

static void
test_nip_birth_date (void)
{
  KrNip nip;

  assert_rejected ("198613262015051001", KR_NIP_KIND_ANY, NULL, "birth date", "digits 1–8",
                   "1986-13-26", NULL);
  assert_rejected ("198600262015051001", KR_NIP_KIND_ANY, NULL, "birth date", "1986-00-26", NULL);
  assert_rejected ("198609002015051001", KR_NIP_KIND_ANY, NULL, "birth date", "1986-09-00", NULL);
  assert_rejected ("198609312015051001", KR_NIP_KIND_ANY, NULL, "birth date", "1986-09-31", NULL);
  assert_rejected ("000001012015051001", KR_NIP_KIND_ANY, NULL, "birth date", "0000-01-01", NULL);
  assert_rejected ("199001322023211001", KR_NIP_KIND_ANY, NULL, "NI PPPK", "birth date",
                   "1990-01-32", NULL);

  /* Leap days: 1988 and 2000 are leap years, 1987 and 1900 are not. */
  nip = parse_ok ("198802292010011001", KR_NIP_KIND_ANY, NULL);
  assert_date (&nip.birth_date, 1988, 2, 29);
  nip = parse_ok ("200002292024011001", KR_NIP_KIND_ANY, NULL);
  assert_date (&nip.birth_date, 2000, 2, 29);
  assert_rejected ("198702292010011001", KR_NIP_KIND_ANY, NULL, "birth date", "1987-02-29", NULL);
  assert_rejected ("190002292010011001", KR_NIP_KIND_ANY, NULL, "1900-02-29", NULL);
}

static void
test_nip_birth_date_today (void)
{
  g_autoptr (GDate) today = make_date (2025, 6, 15);
  g_autoptr (GDate) yesterday = make_date (2025, 6, 14);

  /* Born today is not in the future; the TMT CPNS then cannot be valid, and the message
   * says so rather than blaming the birth date. */
  assert_rejected ("202506152025071001", KR_NIP_KIND_ANY, today, "TMT CPNS", "2025-07",
                   "in the future", NULL);
  assert_rejected ("202506152025071001", KR_NIP_KIND_ANY, yesterday, "birth date", "2025-06-15",
                   "in the future", NULL);
  assert_rejected ("209901012120011001", KR_NIP_KIND_ANY, NULL, "birth date", "2099-01-01",
                   "in the future", NULL);
}

static void
test_nip_tmt_cpns (void)
{
  KrNip nip;

  assert_rejected ("198609262015001001", KR_NIP_KIND_ANY, NULL, "TMT CPNS", "digits 9–14",
                   "2015-00", "01 to 12", NULL);
  assert_rejected ("198609262015001001", KR_NIP_KIND_PNS, NULL, "TMT CPNS", "2015-00", NULL);
  /* A PPPK-looking value when a PNS NIP is asked for. */
  assert_rejected ("198609262015131001", KR_NIP_KIND_PNS, NULL, "TMT CPNS", "2015-13", "NI PPPK",
                   NULL);
  assert_rejected ("199001012023211001", KR_NIP_KIND_PNS, NULL, "TMT CPNS", "2023-21", NULL);

  /* Not after the birth month: same month, earlier month, earlier year, year 0000. */
  assert_rejected ("198609261986091001", KR_NIP_KIND_ANY, NULL, "TMT CPNS", "1986-09",
                   "not after the birth date 1986-09-26", NULL);
  assert_rejected ("198609261986081001", KR_NIP_KIND_ANY, NULL, "1986-08", "not after", NULL);
  assert_rejected ("198609261970121001", KR_NIP_KIND_ANY, NULL, "1970-12", "not after", NULL);
  assert_rejected ("198609260000011001", KR_NIP_KIND_ANY, NULL, "0000-01", "not after", NULL);
  nip = parse_ok ("198609261986101001", KR_NIP_KIND_ANY, NULL);
  assert_date (&nip.tmt_cpns, 1986, 10, 1);
  nip = parse_ok ("198612311987011001", KR_NIP_KIND_ANY, NULL);
  assert_date (&nip.tmt_cpns, 1987, 1, 1);
}

static void
test_nip_tmt_cpns_today (void)
{
  g_autoptr (GDate) last_april = make_date (2015, 4, 30);
  g_autoptr (GDate) first_may = make_date (2015, 5, 1);
  g_autoptr (GDate) new_year = make_date (2016, 1, 1);
  g_autoptr (GDate) new_year_eve = make_date (2015, 12, 31);
  KrNip nip;

  assert_rejected ("198609262015051001", KR_NIP_KIND_PNS, last_april, "TMT CPNS", "2015-05",
                   "in the future", NULL);
  nip = parse_ok ("198609262015051001", KR_NIP_KIND_PNS, first_may);
  assert_date (&nip.tmt_cpns, 2015, 5, 1);
  assert_rejected ("198609262016011001", KR_NIP_KIND_PNS, new_year_eve, "2016-01", "in the future",
                   NULL);
  parse_ok ("198609262016011001", KR_NIP_KIND_PNS, new_year);
  assert_rejected ("198609262099011001", KR_NIP_KIND_PNS, NULL, "2099-01", "in the future", NULL);
}

static void
test_nip_pppk_appointment (void)
{
  g_autoptr (GDate) end_2022 = make_date (2022, 12, 31);
  g_autoptr (GDate) start_2023 = make_date (2023, 1, 1);

  /* Digits 13–14 of 12 or less are a month, so not an NI PPPK. */
  assert_rejected ("198609262015051001", KR_NIP_KIND_PPPK, NULL, "Digits 13–14", "NI PPPK",
                   "05 was given", NULL);
  assert_rejected ("198609262015121001", KR_NIP_KIND_PPPK, NULL, "12 was given", NULL);
  assert_rejected ("198609262015001001", KR_NIP_KIND_PPPK, NULL, "00 was given", NULL);

  assert_rejected ("199001011990211001", KR_NIP_KIND_ANY, NULL, "appointment year", "digits 9–12",
                   "1990", "not after the birth year 1990", NULL);
  assert_rejected ("199001011989211001", KR_NIP_KIND_ANY, NULL, "1989", "birth year 1990", NULL);
  assert_rejected ("199001010000211001", KR_NIP_KIND_PPPK, NULL, "0000", "not after", NULL);
  parse_ok ("199001011991211001", KR_NIP_KIND_ANY, NULL);

  assert_rejected ("199001012023211001", KR_NIP_KIND_ANY, end_2022, "appointment year", "2023",
                   "in the future", NULL);
  parse_ok ("199001012023211001", KR_NIP_KIND_ANY, start_2023);
}

static void
test_nip_gender (void)
{
  assert_rejected ("198609262015050001", KR_NIP_KIND_ANY, NULL, "gender digit", "digit 15",
                   "0 was given", NULL);
  assert_rejected ("198609262015053001", KR_NIP_KIND_ANY, NULL, "gender digit", "3 was given",
                   NULL);
  assert_rejected ("198609262015059001", KR_NIP_KIND_PNS, NULL, "9 was given", NULL);
  assert_rejected ("199001012023213001", KR_NIP_KIND_ANY, NULL, "NI PPPK", "gender digit",
                   "3 was given", NULL);
}

static void
test_nip_sequence (void)
{
  assert_rejected ("198609262015051000", KR_NIP_KIND_ANY, NULL, "sequence number", "digits 16–18",
                   "at least 001", "000 was given", NULL);
  assert_rejected ("199001012023212000", KR_NIP_KIND_ANY, NULL, "NI PPPK", "sequence number", NULL);
  g_assert_cmpuint (parse_ok ("198609262015051100", KR_NIP_KIND_ANY, NULL).sequence, ==, 100);
}

static void
test_nip_today_default (void)
{
  g_autoptr (GError) error = NULL;
  KrNip nip;

  /* %NULL means the real today: an old number passes, one born in 2999 does not. */
  g_assert_true (kr_nip_parse ("198609262015051001", KR_NIP_KIND_ANY, NULL, &nip, &error));
  g_assert_no_error (error);
  g_assert_false (kr_nip_parse ("299901013020011001", KR_NIP_KIND_ANY, NULL, &nip, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "in the future"));
  g_clear_error (&error);

  /* No error location is fine too. */
  g_assert_false (kr_nip_parse ("123", KR_NIP_KIND_ANY, NULL, &nip, NULL));
}

static void
test_nip_format (void)
{
  KrNip pns = parse_ok ("198609262015051001", KR_NIP_KIND_ANY, NULL);
  KrNip pppk = parse_ok ("199001012023211001", KR_NIP_KIND_ANY, NULL);
  g_autofree char *pns_text = kr_nip_format (&pns);
  g_autofree char *pppk_text = kr_nip_format (&pppk);

  g_assert_cmpstr (pns_text, ==, "19860926 201505 1 001");
  g_assert_cmpstr (pppk_text, ==, "19900101 2023 21 1 001");
}

static void
assert_format_digits (const char *digits, const char *expected)
{
  g_autofree char *text = kr_nip_format_digits (digits);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_nip_format_digits (void)
{
  assert_format_digits ("198609262015051001", "19860926 201505 1 001");
  assert_format_digits ("199001012023211001", "19900101 2023 21 1 001");
  /* Not validated beyond being 18 digits: bad data stays visible, grouped. */
  assert_format_digits ("198613262015003000", "19861326 201500 3 000");
  /* Anything else comes back as it was. */
  assert_format_digits ("19860926 201505 1 001", "19860926 201505 1 001");
  assert_format_digits ("19860926201505100", "19860926201505100");
  assert_format_digits ("1986092620150510011", "1986092620150510011");
  assert_format_digits ("19860926201505100x", "19860926201505100x");
  assert_format_digits ("", "");
  assert_format_digits (NULL, NULL);
}

/* Checks that there are @expected warnings and that each NULL-terminated fragment appears in
 * one of them; takes ownership of @warnings. */
static void
assert_warnings (GPtrArray *warnings, guint expected, ...)
{
  g_autofree char *all = NULL;
  va_list args;
  const char *fragment;

  g_assert_nonnull (warnings);
  g_ptr_array_add (warnings, NULL);
  all = g_strjoinv ("\n", (char **) warnings->pdata);
  g_ptr_array_remove_index (warnings, warnings->len - 1);
  g_assert_cmpuint (warnings->len, ==, expected);

  va_start (args, expected);
  while ((fragment = va_arg (args, const char *)) != NULL)
    {
      if (strstr (all, fragment) == NULL)
        g_error ("warnings “%s” lack “%s”", all, fragment);
    }
  va_end (args);
  g_ptr_array_unref (warnings);
}

static void
test_nip_check_record (void)
{
  KrNip nip = parse_ok ("198609262015051001", KR_NIP_KIND_ANY, NULL);
  g_autoptr (GDate) birth = make_date (1986, 9, 26);
  g_autoptr (GDate) other_birth = make_date (1986, 9, 27);
  g_autoptr (GDate) tmt = make_date (2015, 5, 1);
  g_autoptr (GDate) other_month = make_date (2015, 6, 1);
  g_autoptr (GDate) mid_month = make_date (2015, 5, 15);
  GDate unset;

  g_date_clear (&unset, 1);

  /* Agreement, and fields that are not recorded, give no warnings. */
  assert_warnings (kr_nip_check_record (&nip, birth, tmt, KR_GENDER_MALE), 0, NULL);
  assert_warnings (kr_nip_check_record (&nip, NULL, NULL, KR_GENDER_UNKNOWN), 0, NULL);
  assert_warnings (kr_nip_check_record (&nip, &unset, &unset, KR_GENDER_UNKNOWN), 0, NULL);

  assert_warnings (kr_nip_check_record (&nip, other_birth, tmt, KR_GENDER_MALE), 1,
                   "birth date 1986-09-27 differs", "NIP, 1986-09-26", NULL);
  assert_warnings (kr_nip_check_record (&nip, birth, other_month, KR_GENDER_UNKNOWN), 1,
                   "TMT CPNS 2015-06-01 differs", "2015-05-01", NULL);
  /* A TMT CPNS is always the 1st of a month. */
  assert_warnings (kr_nip_check_record (&nip, NULL, mid_month, KR_GENDER_MALE), 1,
                   "TMT CPNS 2015-05-15 differs", NULL);
  assert_warnings (kr_nip_check_record (&nip, NULL, NULL, KR_GENDER_FEMALE), 1, "gender is female",
                   "digit 15 of the NIP is 1", NULL);
  assert_warnings (kr_nip_check_record (&nip, other_birth, other_month, KR_GENDER_FEMALE), 3,
                   "birth date", "TMT CPNS", "gender", NULL);

  nip = parse_ok ("198609262015052001", KR_NIP_KIND_ANY, NULL);
  assert_warnings (kr_nip_check_record (&nip, NULL, NULL, KR_GENDER_MALE), 1, "gender is male",
                   "is 2 (female)", NULL);
  assert_warnings (kr_nip_check_record (&nip, NULL, NULL, KR_GENDER_FEMALE), 0, NULL);
}

static void
test_nip_check_record_pppk (void)
{
  KrNip nip = parse_ok ("199001012023212001", KR_NIP_KIND_ANY, NULL);
  g_autoptr (GDate) birth = make_date (1990, 1, 1);
  g_autoptr (GDate) contract = make_date (2023, 11, 15);
  g_autoptr (GDate) other_year = make_date (2024, 1, 1);

  assert_warnings (kr_nip_check_record (&nip, birth, contract, KR_GENDER_FEMALE), 0, NULL);
  assert_warnings (kr_nip_check_record (&nip, birth, other_year, KR_GENDER_FEMALE), 1,
                   "first appointment date 2024-01-01 is not in 2023", NULL);
  assert_warnings (kr_nip_check_record (&nip, contract, NULL, KR_GENDER_MALE), 2,
                   "birth date 2023-11-15 differs", "NI PPPK, 1990-01-01", "NI PPPK is 2", NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/nip/pns-valid", test_nip_pns_valid);
  g_test_add_func ("/core/nip/pppk-valid", test_nip_pppk_valid);
  g_test_add_func ("/core/nip/spaces", test_nip_spaces);
  g_test_add_func ("/core/nip/length", test_nip_length);
  g_test_add_func ("/core/nip/not-digits", test_nip_not_digits);
  g_test_add_func ("/core/nip/birth-date", test_nip_birth_date);
  g_test_add_func ("/core/nip/birth-date-today", test_nip_birth_date_today);
  g_test_add_func ("/core/nip/tmt-cpns", test_nip_tmt_cpns);
  g_test_add_func ("/core/nip/tmt-cpns-today", test_nip_tmt_cpns_today);
  g_test_add_func ("/core/nip/pppk-appointment", test_nip_pppk_appointment);
  g_test_add_func ("/core/nip/gender", test_nip_gender);
  g_test_add_func ("/core/nip/sequence", test_nip_sequence);
  g_test_add_func ("/core/nip/today-default", test_nip_today_default);
  g_test_add_func ("/core/nip/format", test_nip_format);
  g_test_add_func ("/core/nip/format-digits", test_nip_format_digits);
  g_test_add_func ("/core/nip/check-record", test_nip_check_record);
  g_test_add_func ("/core/nip/check-record-pppk", test_nip_check_record_pppk);
  return g_test_run ();
}
