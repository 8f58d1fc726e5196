/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-date"

#include "config.h"

#include "kr-date.h"

#include <time.h>

#include <string.h>

#include "kr-error.h"
#include "kr-i18n.h"

/* Error messages quote the bad text; a whole misplaced paragraph would drown the message. */
#define MAX_QUOTED_CHARS 40
#define MONTHS_PER_YEAR  12

/* @text[0..@len) made printable for an error message: valid UTF-8, cut short when long. */
static char *
quote_text (const char *text, gsize len)
{
  g_autofree char *valid = g_utf8_make_valid (text, (gssize) len);
  const char *cut;

  if (g_utf8_strlen (valid, -1) <= MAX_QUOTED_CHARS)
    return g_steal_pointer (&valid);

  cut = g_utf8_offset_to_pointer (valid, MAX_QUOTED_CHARS);
  return g_strdup_printf ("%.*s…", (int) (cut - valid), valid);
}

/* Reads up to 5 digits (enough to tell a four-digit year from a longer number). */
static gsize
read_digits (const char *s, gsize len, gsize i, guint *value, guint *n_digits)
{
  *value = 0;
  *n_digits = 0;
  while (i < len && g_ascii_isdigit (s[i]) && *n_digits < 5)
    {
      *value = *value * 10 + (guint) (s[i] - '0');
      (*n_digits)++;
      i++;
    }

  return i;
}

/* Splits `Y-M-D` or `D-M-Y` (with `-` or `/`, the same twice) into its numbers without
 * checking the calendar. */
static gboolean
split_date (const char *s, gsize len, guint *year, guint *month, guint *day)
{
  guint value[3], n_digits[3];
  char separator = '\0';
  gsize i = 0;

  for (guint part = 0; part < 3; part++)
    {
      i = read_digits (s, len, i, &value[part], &n_digits[part]);
      if (n_digits[part] == 0)
        return FALSE;
      if (part == 2)
        break;
      if (i >= len || (s[i] != '-' && s[i] != '/') || (separator != '\0' && s[i] != separator))
        return FALSE;
      separator = s[i++];
    }

  if (i != len || n_digits[1] > 2)
    return FALSE;

  if (n_digits[0] == 4 && n_digits[2] <= 2)
    {
      *year = value[0];
      *month = value[1];
      *day = value[2];
      return TRUE;
    }
  if (n_digits[0] <= 2 && n_digits[2] == 4)
    {
      *day = value[0];
      *month = value[1];
      *year = value[2];
      return TRUE;
    }

  return FALSE;
}

/* Checks that @year-@month-@day exists and stores it in @out; @text[0..@len) is what the user
 * wrote, quoted in the message. */
static gboolean
set_calendar_date (const char *text,
                   gsize len,
                   guint year,
                   guint month,
                   guint day,
                   GDate *out,
                   GError **error)
{
  g_autofree char *shown = NULL;
  guint days = 0;

  if (year > 0 && month >= 1 && month <= MONTHS_PER_YEAR)
    days = g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);
  if (day >= 1 && day <= days)
    {
      g_date_clear (out, 1);
      g_date_set_dmy (out, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
      return TRUE;
    }

  shown = quote_text (text, len);
  if (year == 0)
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                 _ ("“%s” is not a real date: there is no year 0"), shown);
  else if (month < 1 || month > MONTHS_PER_YEAR)
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                 _ ("“%s” is not a real date: there is no month %u"), shown, month);
  else if (day == 0)
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                 _ ("“%s” is not a real date: there is no day 0"), shown);
  else
    g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                 /* Translators: %04u-%02u is a year and month, such as 2023-02 */
                 _ ("“%s” is not a real date: %04u-%02u has only %u days"), shown, year, month,
                 days);
  return FALSE;
}

gboolean
kr_date_parse (const char *text, GDate *out, GError **error)
{
  g_autofree char *shown = NULL;
  const char *start, *end;
  guint year, month, day;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  start = text;
  end = text + strlen (text);
  while (start < end && g_ascii_isspace (*start))
    start++;
  while (end > start && g_ascii_isspace (end[-1]))
    end--;

  if (start == end)
    {
      g_set_error_literal (error, KR_ERROR, KR_ERROR_INVALID,
                           _ ("No date was given; write it as YYYY-MM-DD, DD-MM-YYYY or "
                              "DD/MM/YYYY"));
      return FALSE;
    }

  if (!split_date (start, (gsize) (end - start), &year, &month, &day))
    {
      shown = quote_text (start, (gsize) (end - start));
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("“%s” is not a date; write it as YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY"),
                   shown);
      return FALSE;
    }

  return set_calendar_date (start, (gsize) (end - start), year, month, day, out, error);
}

static gboolean
is_iso_shape (const char *text)
{
  for (guint i = 0; i < KR_DATE_ISO_LENGTH; i++)
    {
      gboolean dash = i == 4 || i == 7;

      if (text[i] == '\0' || (dash ? text[i] != '-' : !g_ascii_isdigit (text[i])))
        return FALSE;
    }

  return text[KR_DATE_ISO_LENGTH] == '\0';
}

static guint
digits_value (const char *digits, guint len)
{
  guint value = 0;

  for (guint i = 0; i < len; i++)
    value = value * 10 + (guint) (digits[i] - '0');

  return value;
}

gboolean
kr_date_parse_iso (const char *text, GDate *out, GError **error)
{
  g_autofree char *shown = NULL;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!is_iso_shape (text))
    {
      shown = quote_text (text, strlen (text));
      g_set_error (error, KR_ERROR, KR_ERROR_INVALID,
                   _ ("“%s” is not a date in the form YYYY-MM-DD"), shown);
      return FALSE;
    }

  return set_calendar_date (text, KR_DATE_ISO_LENGTH, digits_value (text, 4),
                            digits_value (text + 5, 2), digits_value (text + 8, 2), out, error);
}

void
kr_date_format_iso_buf (const GDate *date, char buf[KR_DATE_ISO_LENGTH + 1])
{
  g_return_if_fail (date != NULL && g_date_valid (date));
  g_return_if_fail (buf != NULL);

  g_snprintf (buf, KR_DATE_ISO_LENGTH + 1, "%04u-%02u-%02u", (guint) g_date_get_year (date),
              (guint) g_date_get_month (date), (guint) g_date_get_day (date));
}

char *
kr_date_format_iso (const GDate *date)
{
  char buf[KR_DATE_ISO_LENGTH + 1];

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  kr_date_format_iso_buf (date, buf);
  return g_strdup (buf);
}

/* Whole months from @from to @to by the rule documented at kr_date_span(); @to must not be
 * before @from. */
static guint
completed_months (const GDate *from, const GDate *to)
{
  guint from_months = g_date_get_year (from) * MONTHS_PER_YEAR + g_date_get_month (from);
  guint to_months = g_date_get_year (to) * MONTHS_PER_YEAR + g_date_get_month (to);
  guint months = to_months - from_months;

  if (g_date_get_day (to) < g_date_get_day (from))
    months--;

  return months;
}

gboolean
kr_date_span (const GDate *from, const GDate *to, guint *years, guint *months)
{
  guint total = 0;
  gboolean ok;

  g_return_val_if_fail (from != NULL && g_date_valid (from), FALSE);
  g_return_val_if_fail (to != NULL && g_date_valid (to), FALSE);

  ok = g_date_compare (to, from) >= 0;
  if (ok)
    total = completed_months (from, to);
  if (years != NULL)
    *years = total / MONTHS_PER_YEAR;
  if (months != NULL)
    *months = total % MONTHS_PER_YEAR;

  return ok;
}

int
kr_date_age (const GDate *birth_date, const GDate *on)
{
  g_return_val_if_fail (birth_date != NULL && g_date_valid (birth_date), -1);
  g_return_val_if_fail (on != NULL && g_date_valid (on), -1);

  if (g_date_compare (on, birth_date) < 0)
    return -1;

  return (int) (completed_months (birth_date, on) / MONTHS_PER_YEAR);
}

void
kr_date_today (const GDate *fixed, GDate *out)
{
  g_autoptr (GDateTime) now = NULL;

  g_return_if_fail (fixed == NULL || g_date_valid (fixed));
  g_return_if_fail (out != NULL);

  if (fixed != NULL)
    {
      *out = *fixed;
      return;
    }

  /* localtime_r () reads the time zone once per process; GDateTime's local zone looks at
   * /etc/localtime on every call, which showed up as 7% of a bulk import's time. */
  {
    time_t seconds = time (NULL);
    struct tm local;

    if (localtime_r (&seconds, &local) == NULL)
      {
        now = g_date_time_new_now_local ();
        g_date_clear (out, 1);
        g_date_set_dmy (out, (GDateDay) g_date_time_get_day_of_month (now),
                        (GDateMonth) g_date_time_get_month (now),
                        (GDateYear) g_date_time_get_year (now));
        return;
      }
    g_date_clear (out, 1);
    g_date_set_dmy (out, (GDateDay) local.tm_mday, (GDateMonth) (local.tm_mon + 1),
                    (GDateYear) (local.tm_year + 1900));
  }
}
