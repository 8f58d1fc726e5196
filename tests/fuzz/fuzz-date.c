/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kr-date.h"
#include "kr-error.h"
#include "kr-fuzz.h"

/* The date parsers (kr-date.h) on any text. The input is one or two lines; beyond "no crash"
 * it checks for each line:
 * - a date kr_date_parse() accepts, written again in the same form (order, separator, and the
 *   number of digits of each part), gives back the text it read, white space trimmed; its
 *   storage form reads back strictly (kr_date_parse_iso()) as the same date;
 * - a date kr_date_parse_iso() accepts is written back by kr_date_format_iso() as the same
 *   text, and kr_date_parse() agrees;
 * - a refusal is a KR_ERROR_INVALID error with a valid UTF-8 message;
 * and for two dates, that kr_date_span() counts exactly the completed months (the anniversary
 * of that many months is not after the later date, the next one is) and kr_date_age() agrees. */

static void
check_error (GError *error)
{
  kr_fuzz_check (g_error_matches (error, KR_ERROR, KR_ERROR_INVALID), "error code");
  kr_fuzz_check (g_utf8_validate (error->message, -1, NULL), "UTF-8 message");
}

/* The text @date was read from, rebuilt from the shape of @text (trimmed, accepted). */
static char *
rewrite (const char *text, const GDate *date)
{
  guint width[3] = { 0, 0, 0 }, part = 0;
  guint day = g_date_get_day (date), month = g_date_get_month (date);
  guint year = g_date_get_year (date);
  char separator = '\0';

  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      width[part]++;
    else
      separator = *p, part++;
  kr_fuzz_check (part == 2 && (separator == '-' || separator == '/'), "the shape of a date");
  if (width[0] == 4)
    return g_strdup_printf ("%0*u%c%0*u%c%0*u", 4, year, separator, (int) width[1], month,
                            separator, (int) width[2], day);
  return g_strdup_printf ("%0*u%c%0*u%c%0*u", (int) width[0], day, separator, (int) width[1], month,
                          separator, 4, year);
}

static gboolean
check_line (char *text, GDate *date)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *again = NULL;
  char iso[KR_DATE_ISO_LENGTH + 1];
  GDate strict, loose;

  if (kr_date_parse_iso (text, &strict, &error))
    {
      kr_fuzz_check (g_date_valid (&strict), "a valid date");
      kr_date_format_iso_buf (&strict, iso);
      kr_fuzz_check (strcmp (iso, text) == 0, "the storage form round-trips");
      kr_fuzz_check (kr_date_parse (text, &loose, NULL) && g_date_compare (&loose, &strict) == 0,
                     "kr_date_parse() reads the storage form");
    }
  else
    {
      check_error (error);
      g_clear_error (&error);
    }

  if (!kr_date_parse (text, date, &error))
    {
      check_error (error);
      return FALSE;
    }
  kr_fuzz_check (g_date_valid (date), "a valid date");
  again = rewrite (g_strstrip (text), date);
  kr_fuzz_check (strcmp (again, text) == 0, "the date written in its own form reads the same");
  kr_date_format_iso_buf (date, iso);
  kr_fuzz_check (kr_date_parse_iso (iso, &strict, NULL) && g_date_compare (&strict, date) == 0,
                 "the storage form reads back");
  return TRUE;
}

/* The date @k months after @from, on the 1st of the next month when the day does not exist. */
static void
anniversary (const GDate *from, guint k, GDate *out)
{
  guint months = g_date_get_year (from) * 12 + (g_date_get_month (from) - 1) + k;
  guint year = months / 12, month = months % 12 + 1, day = g_date_get_day (from);

  g_date_clear (out, 1);
  if (day <= g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
    g_date_set_dmy (out, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  else
    g_date_set_dmy (out, 1, (GDateMonth) (month % 12 + 1), (GDateYear) (year + month / 12));
}

static void
check_span (const GDate *from, const GDate *to)
{
  guint years, months;
  GDate at, next;
  gboolean ok = kr_date_span (from, to, &years, &months);

  kr_fuzz_check (ok == (g_date_compare (from, to) <= 0), "span of dates in order");
  if (!ok)
    {
      kr_fuzz_check (years == 0 && months == 0 && kr_date_age (from, to) == -1, "no span");
      return;
    }
  kr_fuzz_check (months < 12 && kr_date_age (from, to) == (int) years, "age and months");
  anniversary (from, years * 12 + months, &at);
  anniversary (from, years * 12 + months + 1, &next);
  kr_fuzz_check (g_date_compare (&at, to) <= 0 && g_date_compare (&next, to) > 0,
                 "completed months");
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
  g_autofree char *text = g_strndup ((const char *) data, size);
  char *second = strchr (text, '\n');
  GDate first_date, second_date;
  gboolean first_ok;

  if (second != NULL)
    *second++ = '\0';
  first_ok = check_line (text, &first_date);
  if (second != NULL && check_line (second, &second_date) && first_ok)
    check_span (&first_date, &second_date);
  return 0;
}
