/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-repository"

#include "config.h"

#include "kr-employee-repository.h"

#include "kr-database-private.h"
#include "kr-date.h"
#include "kr-employee-private.h"
#include "kr-employee-repository-private.h"
#include "kr-error.h"
#include "kr-i18n.h"
#include "kr-repository-private.h"
#include "kr-text.h"

/* The PPPK golongan are stored as 100 + the golongan, apart from the PNS codes 11 to 45. */
#define PPPK_GOLONGAN_BASE 100

/* B: PP 94/2021 was enacted and came into force on 31 August 2021; earlier sanctions were
 * given under PP 53/2010 (DOMAIN 11.2). */
#define PP_94_2021_YEAR  2021
#define PP_94_2021_MONTH G_DATE_AUGUST
#define PP_94_2021_DAY   31

/* History checks */

/* Checks a date from which something counts (a TMT): known, after the birth date and, for
 * what only happens in service (@in_service), not before the first appointment. */
gboolean
_kr_employee_repository_check_tmt (const Facts *facts,
                                   const GDate *tmt,
                                   gboolean in_service,
                                   GError **error)
{
  char text[KR_DATE_ISO_LENGTH + 1], other[KR_DATE_ISO_LENGTH + 1];

  if (!g_date_valid (tmt))
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The TMT is required"));
      return FALSE;
    }
  kr_date_format_iso_buf (tmt, text);
  if (g_date_compare (tmt, &facts->birth_date) <= 0)
    {
      kr_date_format_iso_buf (&facts->birth_date, other);
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The TMT %s must be after the birth date %s"), text, other);
      return FALSE;
    }
  if (in_service && g_date_valid (&facts->tmt_cpns) && g_date_compare (tmt, &facts->tmt_cpns) < 0)
    {
      kr_date_format_iso_buf (&facts->tmt_cpns, other);
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   facts->kind == KR_EMPLOYEE_KIND_PPPK
                       ? _ ("The TMT %s is before the employee’s first contract, %s")
                       : _ ("The TMT %s is before the employee’s TMT CPNS, %s"),
                   text, other);
      return FALSE;
    }
  return TRUE;
}

/* Checks the date of a decree (or certificate), when known: after the birth date and not in
 * the future. */
gboolean
_kr_employee_repository_check_sk_date (const Facts *facts, const GDate *sk_date, GError **error)
{
  char text[KR_DATE_ISO_LENGTH + 1], other[KR_DATE_ISO_LENGTH + 1];
  GDate today;

  if (!g_date_valid (sk_date))
    return TRUE;
  kr_date_today (NULL, &today);
  kr_date_format_iso_buf (sk_date, text);
  if (g_date_compare (sk_date, &today) > 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The SK date %s is in the future"), text);
      return FALSE;
    }
  if (g_date_compare (sk_date, &facts->birth_date) <= 0)
    {
      kr_date_format_iso_buf (&facts->birth_date, other);
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The SK date %s must be after the birth date %s"), text, other);
      return FALSE;
    }
  return TRUE;
}

gboolean
_kr_employee_repository_check_golongan (const Facts *facts,
                                        guint golongan,
                                        KrPromotionKind promotion,
                                        GError **error)
{
  gboolean is_pppk =
      golongan > PPPK_GOLONGAN_BASE && golongan - PPPK_GOLONGAN_BASE <= KR_PPPK_GOLONGAN_MAX;
  KrRank rank;
  gboolean is_pns = kr_rank_from_code (golongan, &rank);

  if (!is_pppk && !is_pns)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The golongan code %u is not valid; use 11 (I/a) to 45 (IV/e) for a PNS "
                      "and 101 (I) to 117 (XVII) for a PPPK"),
                   golongan);
      return FALSE;
    }
  if (facts->kind == KR_EMPLOYEE_KIND_PPPK && is_pns)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("A PPPK holds a PPPK golongan (I to XVII), not the PNS golongan %s"),
                   kr_rank_get_golongan (rank));
      return FALSE;
    }
  if (facts->kind != KR_EMPLOYEE_KIND_PPPK && is_pppk)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   /* Translators: the first %s is “PNS” or “CPNS” */
                   _ ("A %s holds a golongan ruang (I/a to IV/e), not the PPPK golongan %s"),
                   kr_employee_kind_get_label (facts->kind), kr_golongan_get_label (golongan));
      return FALSE;
    }
  /* B: a PPPK golongan comes with each contract; PPPK have no kenaikan pangkat. */
  if (is_pppk && promotion != KR_PROMOTION_KIND_PENGANGKATAN)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("A PPPK has no kenaikan pangkat (%s); record the golongan of each contract "
                      "as Pengangkatan"),
                   kr_promotion_kind_get_label (promotion));
      return FALSE;
    }
  return TRUE;
}

/* Checks a year of graduation or of an award: known, after the birth year, not in the
 * future. */
gboolean
_kr_employee_repository_check_year (const Facts *facts,
                                    guint year,
                                    gboolean is_award,
                                    GError **error)
{
  guint birth_year = g_date_get_year (&facts->birth_date);
  GDate today;

  kr_date_today (NULL, &today);
  if (year == 0)
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                 is_award ? _ ("The award year is required")
                          : _ ("The graduation year is required"));
  else if (year <= birth_year)
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                 is_award ? _ ("The award year %u must be after the birth year %u")
                          : _ ("The graduation year %u must be after the birth year %u"),
                 year, birth_year);
  else if (year > g_date_get_year (&today))
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                 is_award ? _ ("The award year %u is in the future")
                          : _ ("The graduation year %u is in the future"),
                 year);
  else
    return TRUE;
  return FALSE;
}

gboolean
_kr_employee_repository_check_discipline (const Facts *facts,
                                          const KrDisciplineEntry *entry,
                                          GError **error)
{
  g_autofree char *sanction = _kr_strip_dup (entry->sanction);
  char text[KR_DATE_ISO_LENGTH + 1], other[KR_DATE_ISO_LENGTH + 1];
  GDate pp_94_2021;

  if (sanction == NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The sanction is required"));
      return FALSE;
    }
  if (!kr_text_check_length (sanction, KR_TEXT_MAX_NOTE, _ ("Sanction"), error) ||
      !kr_text_check_length (entry->sk_number, KR_TEXT_MAX_CODE, _ ("SK Number"), error) ||
      !_kr_employee_repository_check_tmt (facts, &entry->tmt, TRUE, error) ||
      !_kr_employee_repository_check_sk_date (facts, &entry->sk_date, error))
    return FALSE;

  kr_date_format_iso_buf (&entry->tmt, text);
  if (g_date_valid (&entry->end_date) && g_date_compare (&entry->end_date, &entry->tmt) < 0)
    {
      kr_date_format_iso_buf (&entry->end_date, other);
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("The end date %s of the sanction is before its TMT %s"), other, text);
      return FALSE;
    }
  g_date_clear (&pp_94_2021, 1);
  g_date_set_dmy (&pp_94_2021, PP_94_2021_DAY, PP_94_2021_MONTH, PP_94_2021_YEAR);
  if (entry->regulation == KR_DISCIPLINE_REGULATION_PP_94_2021 &&
      g_date_compare (&entry->tmt, &pp_94_2021) < 0)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("A sanction with TMT %s cannot fall under PP 94/2021, which applies from "
                      "31 August 2021; choose PP 53/2010"),
                   text);
      return FALSE;
    }
  return TRUE;
}

/* DOMAIN 11.1 (C): the years of service each Satyalancana Karya Satya needs. */
static const guint satyalancana_years[KR_N_AWARD_KINDS] = {
  [KR_AWARD_KIND_SATYALANCANA_X] = 10,
  [KR_AWARD_KIND_SATYALANCANA_XX] = 20,
  [KR_AWARD_KIND_SATYALANCANA_XXX] = 30,
  [KR_AWARD_KIND_OTHER] = 0,
};

gboolean
_kr_employee_repository_check_award (const Facts *facts, const KrAwardEntry *entry, GError **error)
{
  g_autofree char *name = _kr_strip_dup (entry->name);
  guint needed = satyalancana_years[entry->kind];
  char text[KR_DATE_ISO_LENGTH + 1];
  guint served;

  if (entry->kind == KR_AWARD_KIND_OTHER && name == NULL)
    {
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID, _ ("The award name is required"));
      return FALSE;
    }
  if (!kr_text_check_length (name, KR_TEXT_MAX_LINE, _ ("Award"), error) ||
      !kr_text_check_length (entry->sk_number, KR_TEXT_MAX_CODE, _ ("Decree Number"), error) ||
      !_kr_employee_repository_check_year (facts, entry->year, TRUE, error) ||
      !_kr_employee_repository_check_sk_date (facts, &entry->sk_date, error))
    return FALSE;
  if (needed == 0 || !g_date_valid (&facts->tmt_cpns))
    return TRUE;

  /* Counted in whole calendar years, which can only overestimate the service. */
  served = entry->year > g_date_get_year (&facts->tmt_cpns)
               ? entry->year - g_date_get_year (&facts->tmt_cpns)
               : 0;
  if (served >= needed)
    return TRUE;
  kr_date_format_iso_buf (&facts->tmt_cpns, text);
  g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
               _ ("%s needs %u years of service, but from the TMT CPNS %s to %u there are only "
                  "%u"),
               kr_award_kind_get_label (entry->kind), needed, text, entry->year, served);
  return FALSE;
}
