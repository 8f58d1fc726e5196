/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-employee-format"

#include "config.h"

#include "kr-employee-format.h"

#include <glib/gi18n.h>

#include "kr-date.h"
#include "kr-employee.h"

char *
kr_employee_format_date (const GDate *date)
{
  g_autoptr (GDateTime) time = NULL;

  if (date == NULL || !g_date_valid (date))
    return NULL;

  time = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                              g_date_get_day (date), 0, 0, 0);
  /* The month's name comes from the locale: “22 November 2026”, “22 Maret 2026”. */
  return g_date_time_format (time, "%-d %B %Y");
}

char *
kr_employee_format_span (guint years, guint months)
{
  g_autofree char *year_text = NULL;
  g_autofree char *month_text = NULL;

  if (years == 0 && months == 0)
    return g_strdup (_ ("less than a month"));

  year_text = g_strdup_printf (ngettext ("%u year", "%u years", years), years);
  month_text = g_strdup_printf (ngettext ("%u month", "%u months", months), months);
  if (months == 0)
    return g_steal_pointer (&year_text);
  if (years == 0)
    return g_steal_pointer (&month_text);

  /* Translators: a span of years and months, “11 years 6 months” (“11 tahun 6 bulan”) */
  return g_strdup_printf (_ ("%s %s"), year_text, month_text);
}

char *
kr_employee_format_span_between (const GDate *from, const GDate *to)
{
  guint years, months;

  if (from == NULL || to == NULL || !g_date_valid (from) || !g_date_valid (to) ||
      !kr_date_span (from, to, &years, &months))
    return NULL;

  return kr_employee_format_span (years, months);
}

char *
kr_employee_format_golongan (guint golongan)
{
  const char *label = kr_golongan_get_label (golongan);
  KrRank rank;

  if (label == NULL)
    return NULL;
  if (kr_rank_from_code (golongan, &rank))
    /* Translators: a golongan ruang and its pangkat, “III/b · Penata Muda Tingkat I” */
    return g_strdup_printf (_ ("%s · %s"), label, kr_rank_get_pangkat (rank));

  /* Translators: a PPPK golongan, which has no pangkat: “Golongan IX” */
  return g_strdup_printf (_ ("Grade %s"), label);
}

char *
kr_employee_format_decree (const char *number, const GDate *date)
{
  g_autofree char *date_text = kr_employee_format_date (date);
  gboolean has_number = number != NULL && number[0] != '\0';

  if (has_number && date_text != NULL)
    /* Translators: a decree's number and date, “SK 823/12/2018 of 12 March 2018” */
    return g_strdup_printf (_ ("SK %s of %s"), number, date_text);
  if (has_number)
    /* Translators: a decree's number, “SK 823/12/2018” */
    return g_strdup_printf (_ ("SK %s"), number);
  if (date_text != NULL)
    /* Translators: a decree whose number is not known, “SK of 12 March 2018” */
    return g_strdup_printf (_ ("SK of %s"), date_text);
  return NULL;
}
