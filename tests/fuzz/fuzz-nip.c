/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kr-error.h"
#include "kr-fuzz.h"
#include "kr-nip.h"

/* The NIP parser (kr-nip.h) on any text; the first byte picks the kind asked for (PNS, PPPK,
 * any). Beyond "no crash" it checks:
 * - an accepted number has 18 ASCII digits, the input's digits with its white space left out,
 *   and fields that agree with them (birth date, TMT CPNS month, PPPK code, gender, sequence);
 * - round-trip: kr_nip_format() groups it as kr_nip_format_digits() does, and the grouped form
 *   parses again to the same number;
 * - a record made of what the number encodes gives no warnings in kr_nip_check_record();
 * - a refusal is a KR_ERROR_INVALID error with a valid UTF-8 message, and
 *   kr_nip_format_digits() leaves anything but 18 digits as it is. */

static guint
number (const char *digits, guint n)
{
  guint value = 0;

  for (guint i = 0; i < n; i++)
    value = value * 10 + (guint) (digits[i] - '0');
  return value;
}

static void
check_accepted (const char *text, KrNipKind kind, const GDate *today, const KrNip *nip)
{
  g_autofree char *formatted = kr_nip_format (nip);
  g_autofree char *grouped = kr_nip_format_digits (nip->digits);
  g_autoptr (GPtrArray) warnings = NULL;
  g_autoptr (GString) digits = g_string_new (NULL);
  GDate first;
  KrNip again;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (digits, *p);
  kr_fuzz_check (strcmp (digits->str, nip->digits) == 0 && digits->len == KR_NIP_LENGTH, "digits");
  kr_fuzz_check (kind == KR_NIP_KIND_ANY || nip->kind == kind, "kind");
  kr_fuzz_check (g_date_valid (&nip->birth_date) && g_date_compare (&nip->birth_date, today) <= 0,
                 "birth date");
  kr_fuzz_check (g_date_get_year (&nip->birth_date) * 10000 +
                         g_date_get_month (&nip->birth_date) * 100 +
                         g_date_get_day (&nip->birth_date) ==
                     number (nip->digits, 8),
                 "birth date digits");
  kr_fuzz_check (nip->gender == (KrGender) (nip->digits[14] - '0'), "gender digit");
  kr_fuzz_check (nip->sequence >= 1 && nip->sequence <= 999, "sequence");
  if (nip->kind == KR_NIP_KIND_PNS)
    kr_fuzz_check (nip->tmt_cpns_month >= 1 && nip->tmt_cpns_month <= 12 &&
                       g_date_valid (&nip->tmt_cpns) && g_date_get_day (&nip->tmt_cpns) == 1 &&
                       nip->pppk_code == 0,
                   "PNS fields");
  else
    kr_fuzz_check (nip->pppk_code > 12 && nip->pppk_code <= 99 && nip->tmt_cpns_month == 0,
                   "PPPK fields");

  kr_fuzz_check (strcmp (formatted, grouped) == 0, "kr_nip_format_digits() agrees");
  kr_fuzz_check (kr_nip_parse (formatted, kind, today, &again, NULL), "the grouped form parses");
  kr_fuzz_check (strcmp (again.digits, nip->digits) == 0 && again.kind == nip->kind &&
                     again.sequence == nip->sequence && again.gender == nip->gender &&
                     again.appointment_year == nip->appointment_year &&
                     g_date_compare (&again.birth_date, &nip->birth_date) == 0,
                 "the grouped form parses to the same number");

  g_date_clear (&first, 1);
  if (nip->kind == KR_NIP_KIND_PNS)
    first = nip->tmt_cpns;
  else
    g_date_set_dmy (&first, 1, G_DATE_JANUARY, (GDateYear) nip->appointment_year);
  warnings = kr_nip_check_record (nip, &nip->birth_date, &first, nip->gender);
  kr_fuzz_check (warnings->len == 0, "a record that agrees with its NIP");
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
  static const KrNipKind kinds[] = { KR_NIP_KIND_ANY, KR_NIP_KIND_PNS, KR_NIP_KIND_PPPK,
                                     KR_NIP_KIND_ANY };
  g_autofree char *text = NULL;
  g_autofree char *unchanged = NULL;
  g_autoptr (GError) error = NULL;
  KrNipKind kind;
  GDate today;
  KrNip nip;

  if (size < 1)
    return 0;
  kind = kinds[data[0] & 3];
  text = g_strndup ((const char *) data + 1, size - 1);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 23, G_DATE_NOVEMBER, 2026);

  if (kr_nip_parse (text, kind, &today, &nip, &error))
    check_accepted (text, kind, &today, &nip);
  else
    kr_fuzz_check (g_error_matches (error, KR_ERROR, KR_ERROR_INVALID) &&
                       g_utf8_validate (error->message, -1, NULL),
                   "a refusal");

  unchanged = kr_nip_format_digits (text);
  if (strlen (text) != KR_NIP_LENGTH || strspn (text, "0123456789") != KR_NIP_LENGTH)
    kr_fuzz_check (strcmp (unchanged, text) == 0, "anything but 18 digits is left as it is");
  return 0;
}
