/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee"

/* kr_employee_validate (): the checks of an employee's own fields, for the form, the
 * repository and the importers. */

#include "config.h"

#include "kr-employee.h"

#include <string.h>

#include "kr-date.h"
#include "kr-employee-private.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-repository-private.h"
#include "kr-text.h"

#define NIK_LENGTH       16
#define MIN_PHONE_DIGITS 6
/* No employee in service was born before this year. */
#define MIN_BIRTH_YEAR 1900
/* PP 11/2017 Pasal 23: a CPNS applicant is at least 18 (a PPPK, under PP 49/2018, at least
 * 20), so no first appointment comes earlier in life. */
#define MIN_APPOINTMENT_AGE 18
/* A decree may set a TMT ahead of its date, but not by more than this many years. */
#define MAX_TMT_YEARS_AHEAD 1

/* Validation */

static gboolean
check_nip (KrEmployee *self, const GDate *today, KrNip *nip, GError **error)
{
  KrNipKind nip_kind = self->kind == KR_EMPLOYEE_KIND_PPPK ? KR_NIP_KIND_PPPK : KR_NIP_KIND_PNS;

  if (_kr_is_blank (self->nip))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   nip_kind == KR_NIP_KIND_PPPK ? _ ("The NI PPPK is required")
                                                : _ ("The NIP is required"));
      return FALSE;
    }
  return kr_nip_parse (self->nip, nip_kind, today, nip, error);
}

static gboolean
check_birth_date (KrEmployee *self, const GDate *today, GError **error)
{
  char text[KR_DATE_ISO_LENGTH + 1];

  if (!g_date_valid (&self->birth_date))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The birth date is required"));
      return FALSE;
    }
  if (g_date_compare (&self->birth_date, today) > 0)
    {
      kr_date_format_iso_buf (&self->birth_date, text);
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The birth date %s is in the future"),
                   text);
      return FALSE;
    }
  if (g_date_get_year (&self->birth_date) < MIN_BIRTH_YEAR)
    {
      kr_date_format_iso_buf (&self->birth_date, text);
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The birth date %s is before %d"), text,
                   MIN_BIRTH_YEAR);
      return FALSE;
    }
  return TRUE;
}

/* Fails when the TMT @date (of @name, such as “TMT CPNS”) is more than MAX_TMT_YEARS_AHEAD
 * after @today. */
static gboolean
check_tmt_ahead (const GDate *date, const char *name, const GDate *today, GError **error)
{
  char text[KR_DATE_ISO_LENGTH + 1];
  GDate bound = *today;

  g_date_add_years (&bound, MAX_TMT_YEARS_AHEAD);
  if (g_date_compare (date, &bound) <= 0)
    return TRUE;
  kr_date_format_iso_buf (date, text);
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               /* Translators: the first %s is “TMT CPNS” or “TMT PNS”, the second a date */
               ngettext ("The %s %s is more than %d year ahead",
                         "The %s %s is more than %d years ahead", MAX_TMT_YEARS_AHEAD),
               name, text, MAX_TMT_YEARS_AHEAD);
  return FALSE;
}

static gboolean
check_tmt_cpns (KrEmployee *self, const GDate *today, GError **error)
{
  char text[KR_DATE_ISO_LENGTH + 1], other[KR_DATE_ISO_LENGTH + 1];

  if (!g_date_valid (&self->tmt_cpns))
    return TRUE;

  kr_date_format_iso_buf (&self->tmt_cpns, text);
  kr_date_format_iso_buf (&self->birth_date, other);
  if (g_date_compare (&self->tmt_cpns, &self->birth_date) <= 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The TMT CPNS %s must be after the birth date %s"), text, other);
      return FALSE;
    }
  if (kr_date_age (&self->birth_date, &self->tmt_cpns) < MIN_APPOINTMENT_AGE)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The TMT CPNS %s is before the employee turned %d (born %s)"), text,
                   MIN_APPOINTMENT_AGE, other);
      return FALSE;
    }
  return check_tmt_ahead (&self->tmt_cpns, "TMT CPNS", today, error);
}

static gboolean
check_tmt_pns (KrEmployee *self, const GDate *today, GError **error)
{
  char text[KR_DATE_ISO_LENGTH + 1], other[KR_DATE_ISO_LENGTH + 1];

  if (!g_date_valid (&self->tmt_pns))
    return TRUE;

  kr_date_format_iso_buf (&self->tmt_pns, text);
  if (self->kind != KR_EMPLOYEE_KIND_PNS)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: %s is “CPNS” or “PPPK” */
                   _ ("A %s has no TMT PNS; clear it or change the employee kind to PNS"),
                   kr_employee_kind_get_label (self->kind));
      return FALSE;
    }
  if (g_date_valid (&self->tmt_cpns) && g_date_compare (&self->tmt_pns, &self->tmt_cpns) < 0)
    {
      kr_date_format_iso_buf (&self->tmt_cpns, other);
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The TMT PNS %s is before the TMT CPNS %s"), text, other);
      return FALSE;
    }
  if (g_date_compare (&self->tmt_pns, &self->birth_date) <= 0)
    {
      kr_date_format_iso_buf (&self->birth_date, other);
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The TMT PNS %s must be after the birth date %s"), text, other);
      return FALSE;
    }
  return check_tmt_ahead (&self->tmt_pns, "TMT PNS", today, error);
}

static gboolean
check_nik (KrEmployee *self, GError **error)
{
  g_autofree char *nik = g_strstrip (g_strdup (self->nik != NULL ? self->nik : ""));
  gboolean ok = strlen (nik) == NIK_LENGTH;

  if (*nik == '\0')
    return TRUE;
  for (guint i = 0; ok && i < NIK_LENGTH; i++)
    ok = g_ascii_isdigit (nik[i]);
  if (!ok)
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The NIK must be 16 digits; “%s” was given"),
                 nik);
  return ok;
}

static gboolean
check_email (KrEmployee *self, GError **error)
{
  g_autofree char *email = g_strstrip (g_strdup (self->email != NULL ? self->email : ""));
  const char *at = strchr (email, '@');
  gboolean ok;

  if (*email == '\0')
    return TRUE;
  ok = at != NULL && at != email && strchr (at + 1, '@') == NULL && strchr (at + 1, '.') != NULL &&
       strpbrk (email, " \t") == NULL && at[1] != '.' && !g_str_has_suffix (email, ".");
  if (!ok)
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                 _ ("The email address “%s” is not valid; write it as name@example.go.id"), email);
  return ok;
}

static gboolean
check_phone (KrEmployee *self, GError **error)
{
  g_autofree char *phone = g_strstrip (g_strdup (self->phone != NULL ? self->phone : ""));
  guint n_digits = 0;
  gboolean ok = TRUE;

  if (*phone == '\0')
    return TRUE;
  for (const char *p = phone; ok && *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        n_digits++;
      else
        ok = strchr (" +-()", *p) != NULL && (*p != '+' || p == phone);
    }
  if (!ok || n_digits < MIN_PHONE_DIGITS)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The phone number “%s” is not valid; use digits, spaces, - and a leading "
                      "+"),
                   phone);
      return FALSE;
    }
  return TRUE;
}

/* The free-text fields, each with its longest value and its name in the form. */
static gboolean
check_lengths (KrEmployee *self, const char **field, GError **error)
{
  const struct
  {
    const char *field;
    const char *text;
    guint max_chars;
    const char *label;
  } texts[] = {
    { "name", self->name, KR_TEXT_MAX_NAME, N_ ("Name") },
    { "title-front", self->title_front, KR_TEXT_MAX_NAME, N_ ("Academic Title Before Name") },
    { "title-back", self->title_back, KR_TEXT_MAX_NAME, N_ ("Academic Title After Name") },
    { "birth-place", self->birth_place, KR_TEXT_MAX_NAME, N_ ("Place of Birth") },
    { "phone", self->phone, KR_TEXT_MAX_CODE, N_ ("Phone") },
    { "email", self->email, KR_TEXT_MAX_EMAIL, N_ ("Email") },
    { "address", self->address, KR_TEXT_MAX_NOTE, N_ ("Home Address") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (!kr_text_check_length (texts[i].text, texts[i].max_chars, _ (texts[i].label), error))
      {
        *field = texts[i].field;
        return FALSE;
      }
  return TRUE;
}

/* Runs the checks in the order a form shows the fields; sets @field to the failing one. */
static gboolean
check_fields (KrEmployee *self, const GDate *today, KrNip *nip, const char **field, GError **error)
{
  if (!check_nip (self, today, nip, error))
    *field = "nip";
  else if (!check_lengths (self, field, error))
    ;
  else if (_kr_is_blank (self->name))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The name is required"));
      *field = "name";
    }
  else if (!check_birth_date (self, today, error))
    *field = "birth-date";
  else if (self->gender == KR_GENDER_UNKNOWN)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The gender is required"));
      *field = "gender";
    }
  else if (!check_nik (self, error))
    *field = "nik";
  else if (!check_phone (self, error))
    *field = "phone";
  else if (!check_email (self, error))
    *field = "email";
  else if (!check_tmt_cpns (self, today, error))
    *field = "tmt-cpns";
  else if (!check_tmt_pns (self, today, error))
    *field = "tmt-pns";
  return *field == NULL;
}

gboolean
kr_employee_validate (KrEmployee *self,
                      const GDate *today,
                      const char **field,
                      GPtrArray **warnings,
                      GError **error)
{
  const char *bad_field = NULL;
  GDate now;
  KrNip nip;

  g_return_val_if_fail (KR_IS_EMPLOYEE (self), FALSE);
  g_return_val_if_fail (today == NULL || g_date_valid (today), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  kr_date_today (today, &now);

  if (!check_fields (self, &now, &nip, &bad_field, error))
    {
      if (field != NULL)
        *field = bad_field;
      return FALSE;
    }
  if (warnings != NULL)
    *warnings = kr_nip_check_record (&nip, &self->birth_date, &self->tmt_cpns, self->gender);
  return TRUE;
}
