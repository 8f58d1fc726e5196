/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-nip"

#include "config.h"

#include "kr-nip.h"

#include <string.h>

#include "kr-error.h"
#include "kr-i18n.h"

/* The largest month of a PNS TMT CPNS; digits 13–14 above it mark an NI PPPK (DOMAIN 1.2, B:
 * the layout YYYYMMDD YYYY NN G SSS and the meaning of NN are unresolved). */
#define LAST_MONTH 12

/* Official term: do not translate */
static const char *const kind_names[] = {
  [KR_NIP_KIND_PNS] = "NIP",
  [KR_NIP_KIND_PPPK] = "NI PPPK",
  [KR_NIP_KIND_ANY] = "NIP",
};

static guint
digits_value (const char *digits, guint len)
{
  guint value = 0;

  for (guint i = 0; i < len; i++)
    value = value * 10 + (guint) (digits[i] - '0');

  return value;
}

static void
set_today (GDate *date, const GDate *today)
{
  g_autoptr (GDateTime) now = NULL;

  if (today != NULL)
    {
      *date = *today;
      return;
    }

  now = g_date_time_new_now_local ();
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
}

static void
format_iso (const GDate *date, char buf[11])
{
  g_snprintf (buf, 11, "%04u-%02u-%02u", (guint) g_date_get_year (date),
              (guint) g_date_get_month (date), (guint) g_date_get_day (date));
}

static gboolean
not_a_digit_error (const char *text, const char *bad, KrNipKind kind, GError **error)
{
  char character[7] = { 0 };
  glong position = g_utf8_pointer_to_offset (text, bad) + 1;

  g_unichar_to_utf8 (g_utf8_get_char (bad), character);
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               /* Translators: the first %s is “NIP” or “NI PPPK” */
               _ ("%s may contain only digits and spaces; “%s” at position %ld is not a digit"),
               kind_names[kind], character, position);
  return FALSE;
}

/* Copies the digits of @text into @digits, skipping white space. */
static gboolean
collect_digits (const char *text, KrNipKind kind, char digits[KR_NIP_LENGTH + 1], GError **error)
{
  guint count = 0;

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: %s is “NIP” or “NI PPPK” */
                   _ ("%s is not valid text; type it again using digits only"), kind_names[kind]);
      return FALSE;
    }

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        continue;
      if (!g_ascii_isdigit (*p))
        return not_a_digit_error (text, p, kind, error);
      if (count < KR_NIP_LENGTH)
        digits[count] = *p;
      count++;
    }

  if (count != KR_NIP_LENGTH)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: %s is “NIP” or “NI PPPK”, %u a number of digits */
                   ngettext ("%s must have 18 digits; %u was given",
                             "%s must have 18 digits; %u were given", count),
                   kind_names[kind], count);
      return FALSE;
    }

  digits[KR_NIP_LENGTH] = '\0';
  return TRUE;
}

static gboolean
parse_birth_date (KrNip *nip, const GDate *today, GError **error)
{
  const char *d = nip->digits;
  guint year = digits_value (d, 4), month = digits_value (d + 4, 2), day = digits_value (d + 6, 2);
  char iso[11];

  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: the first %s is “NIP” or “NI PPPK” */
                   _ ("The birth date in the %s (digits 1–8) is not a valid date: %.4s-%.2s-%.2s"),
                   kind_names[nip->kind], d, d + 4, d + 6);
      return FALSE;
    }

  g_date_set_dmy (&nip->birth_date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  if (g_date_compare (&nip->birth_date, today) > 0)
    {
      format_iso (&nip->birth_date, iso);
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: the first %s is “NIP” or “NI PPPK”, the second a date */
                   _ ("The birth date in the %s (digits 1–8), %s, is in the future"),
                   kind_names[nip->kind], iso);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_tmt_cpns (KrNip *nip, const GDate *today, GError **error)
{
  guint year = digits_value (nip->digits + 8, 4), month = digits_value (nip->digits + 12, 2);
  guint birth_months =
      g_date_get_year (&nip->birth_date) * 12 + g_date_get_month (&nip->birth_date);
  guint today_months = g_date_get_year (today) * 12 + g_date_get_month (today);
  char birth[11];

  if (month < 1 || month > LAST_MONTH)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   month > LAST_MONTH
                       ? _ ("The TMT CPNS in the NIP (digits 9–14), %04u-%02u, has no valid month; "
                            "a PNS NIP needs 01 to 12 here (above 12 marks an NI PPPK)")
                       : _ ("The TMT CPNS in the NIP (digits 9–14), %04u-%02u, has no valid month; "
                            "it must be 01 to 12"),
                   year, month);
      return FALSE;
    }

  if (year * 12 + month <= birth_months)
    {
      format_iso (&nip->birth_date, birth);
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The TMT CPNS in the NIP (digits 9–14), %04u-%02u, is not after the birth "
                      "date %s"),
                   year, month, birth);
      return FALSE;
    }

  if (year * 12 + month > today_months)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The TMT CPNS in the NIP (digits 9–14), %04u-%02u, is in the future"), year,
                   month);
      return FALSE;
    }

  nip->appointment_year = year;
  nip->tmt_cpns_month = month;
  g_date_set_dmy (&nip->tmt_cpns, 1, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

static gboolean
parse_pppk_appointment (KrNip *nip, const GDate *today, GError **error)
{
  guint year = digits_value (nip->digits + 8, 4), code = digits_value (nip->digits + 12, 2);
  guint birth_year = g_date_get_year (&nip->birth_date);

  if (code <= LAST_MONTH)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("Digits 13–14 of an NI PPPK must be above 12; %02u was given, which reads "
                      "as the TMT CPNS month of a PNS NIP"),
                   code);
      return FALSE;
    }

  if (year <= birth_year)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The appointment year in the NI PPPK (digits 9–12), %04u, is not after the "
                      "birth year %04u"),
                   year, birth_year);
      return FALSE;
    }

  if (year > g_date_get_year (today))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The appointment year in the NI PPPK (digits 9–12), %04u, is in the future"),
                   year);
      return FALSE;
    }

  nip->appointment_year = year;
  nip->pppk_code = code;
  return TRUE;
}

static gboolean
parse_gender_and_sequence (KrNip *nip, GError **error)
{
  char gender = nip->digits[14];

  if (gender != '1' && gender != '2')
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: %s is “NIP” or “NI PPPK”, %c a digit */
                   _ ("The gender digit of the %s (digit 15) must be 1 (male) or 2 (female); "
                      "%c was given"),
                   kind_names[nip->kind], gender);
      return FALSE;
    }

  nip->gender = gender == '1' ? KR_GENDER_MALE : KR_GENDER_FEMALE;
  nip->sequence = digits_value (nip->digits + 15, 3);
  if (nip->sequence == 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: %s is “NIP” or “NI PPPK” */
                   _ ("The sequence number of the %s (digits 16–18) must be at least 001; "
                      "000 was given"),
                   kind_names[nip->kind]);
      return FALSE;
    }

  return TRUE;
}

static KrNipKind
detect_kind (const char *digits, KrNipKind requested)
{
  if (requested != KR_NIP_KIND_ANY)
    return requested;

  return digits_value (digits + 12, 2) > LAST_MONTH ? KR_NIP_KIND_PPPK : KR_NIP_KIND_PNS;
}

gboolean
kr_nip_parse (const char *text, KrNipKind kind, const GDate *today, KrNip *out, GError **error)
{
  KrNip nip;
  GDate now;
  gboolean ok;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (kind <= KR_NIP_KIND_ANY, FALSE);
  g_return_val_if_fail (today == NULL || g_date_valid (today), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (&nip, 0, sizeof nip);
  g_date_clear (&nip.birth_date, 1);
  g_date_clear (&nip.tmt_cpns, 1);
  if (!collect_digits (text, kind, nip.digits, error))
    return FALSE;

  set_today (&now, today);
  nip.kind = detect_kind (nip.digits, kind);
  ok = parse_birth_date (&nip, &now, error) &&
       (nip.kind == KR_NIP_KIND_PNS ? parse_tmt_cpns (&nip, &now, error)
                                    : parse_pppk_appointment (&nip, &now, error)) &&
       parse_gender_and_sequence (&nip, error);
  if (ok)
    *out = nip;

  return ok;
}

static char *
group_digits (const char *d, KrNipKind kind)
{
  if (kind == KR_NIP_KIND_PPPK)
    return g_strdup_printf ("%.8s %.4s %.2s %.1s %.3s", d, d + 8, d + 12, d + 14, d + 15);

  return g_strdup_printf ("%.8s %.6s %.1s %.3s", d, d + 8, d + 14, d + 15);
}

char *
kr_nip_format (const KrNip *nip)
{
  g_return_val_if_fail (nip != NULL, NULL);
  g_return_val_if_fail (nip->kind == KR_NIP_KIND_PNS || nip->kind == KR_NIP_KIND_PPPK, NULL);

  return group_digits (nip->digits, nip->kind);
}

char *
kr_nip_format_digits (const char *digits)
{
  if (digits == NULL || strlen (digits) != KR_NIP_LENGTH)
    return g_strdup (digits);

  for (guint i = 0; i < KR_NIP_LENGTH; i++)
    if (!g_ascii_isdigit (digits[i]))
      return g_strdup (digits);

  return group_digits (digits, detect_kind (digits, KR_NIP_KIND_ANY));
}

static void
check_birth_date (GPtrArray *warnings, const KrNip *nip, const GDate *birth_date)
{
  char recorded[11], encoded[11];

  if (birth_date == NULL || !g_date_valid (birth_date) ||
      g_date_compare (birth_date, &nip->birth_date) == 0)
    return;

  format_iso (birth_date, recorded);
  format_iso (&nip->birth_date, encoded);
  g_ptr_array_add (warnings,
                   /* Translators: %s: a date, “NIP” or “NI PPPK”, a date */
                   g_strdup_printf (_ ("The birth date %s differs from the birth date in the %s, "
                                       "%s"),
                                    recorded, kind_names[nip->kind], encoded));
}

static void
check_first_appointment (GPtrArray *warnings, const KrNip *nip, const GDate *first_appointment)
{
  char recorded[11], encoded[11];

  if (first_appointment == NULL || !g_date_valid (first_appointment))
    return;

  format_iso (first_appointment, recorded);
  if (nip->kind == KR_NIP_KIND_PPPK)
    {
      if (g_date_get_year (first_appointment) != nip->appointment_year)
        g_ptr_array_add (warnings,
                         g_strdup_printf (_ ("The first appointment date %s is not in %04u, the "
                                             "appointment year in the NI PPPK"),
                                          recorded, nip->appointment_year));
      return;
    }

  if (g_date_compare (first_appointment, &nip->tmt_cpns) == 0)
    return;
  format_iso (&nip->tmt_cpns, encoded);
  g_ptr_array_add (warnings,
                   g_strdup_printf (_ ("The TMT CPNS %s differs from the TMT CPNS in the NIP, %s"),
                                    recorded, encoded));
}

static void
check_gender (GPtrArray *warnings, const KrNip *nip, KrGender gender)
{
  if (gender == KR_GENDER_UNKNOWN || gender == nip->gender)
    return;

  g_ptr_array_add (warnings,
                   gender == KR_GENDER_FEMALE
                       /* Translators: %s is “NIP” or “NI PPPK” */
                       ? g_strdup_printf (_ ("The gender is female, but digit 15 of the %s is 1 "
                                             "(male)"),
                                          kind_names[nip->kind])
                       : g_strdup_printf (_ ("The gender is male, but digit 15 of the %s is 2 "
                                             "(female)"),
                                          kind_names[nip->kind]));
}

GPtrArray *
kr_nip_check_record (const KrNip *nip,
                     const GDate *birth_date,
                     const GDate *first_appointment,
                     KrGender gender)
{
  GPtrArray *warnings;

  g_return_val_if_fail (nip != NULL, NULL);
  g_return_val_if_fail (nip->kind == KR_NIP_KIND_PNS || nip->kind == KR_NIP_KIND_PPPK, NULL);
  g_return_val_if_fail (gender <= KR_GENDER_FEMALE, NULL);

  warnings = g_ptr_array_new_with_free_func (g_free);
  check_birth_date (warnings, nip, birth_date);
  check_first_appointment (warnings, nip, first_appointment);
  check_gender (warnings, nip, gender);

  return warnings;
}
