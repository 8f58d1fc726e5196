/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-date"

#include "config.h"

#include <string.h>

#include "kr-date.h"
#include "kr-error.h"

static GDate
make_date (guint year, guint month, guint day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return date;
}

static void
assert_date (const GDate *date, guint year, guint month, guint day)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpuint (g_date_get_year (date), ==, year);
  g_assert_cmpuint (g_date_get_month (date), ==, month);
  g_assert_cmpuint (g_date_get_day (date), ==, day);
}

typedef gboolean (*ParseFunc) (const char *text, GDate *out, GError **error);

/* Expects @parse to reject @text with KR_ERROR_INVALID, leave its output alone, and give a
 * message containing @fragment. */
static void
assert_rejected (ParseFunc parse, const char *text, const char *fragment)
{
  g_autoptr (GError) error = NULL;
  GDate date, untouched;

  memset (&date, 0x5a, sizeof date);
  untouched = date;
  g_assert_false (parse (text, &date, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_true (memcmp (&date, &untouched, sizeof date) == 0);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s”: message “%s” lacks “%s”", text, error->message, fragment);
}

static void
test_date_parse_forms (void)
{
  static const struct
  {
    const char *text;
    guint year, month, day;
  } cases[] = {
    { "2015-05-01", 2015, 5, 1 },      { "01-05-2015", 2015, 5, 1 },
    { "01/05/2015", 2015, 5, 1 },      { "1/5/2015", 2015, 5, 1 },
    { "2015/05/01", 2015, 5, 1 },      { "1-5-2015", 2015, 5, 1 },
    { "2015-5-1", 2015, 5, 1 },        { "2015/12/31", 2015, 12, 31 },
    { "26/9/1986", 1986, 9, 26 },      { "9/12/2000", 2000, 12, 9 },
    { "31-12-1999", 1999, 12, 31 },    { "29-02-2024", 2024, 2, 29 },
    { "29/02/2000", 2000, 2, 29 },     { "0001-01-01", 1, 1, 1 },
    { "9999-12-31", 9999, 12, 31 },    { "  22/11/2026\t\r\n", 2026, 11, 22 },
    { "\n2026-11-22 ", 2026, 11, 22 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      GDate date;

      g_date_clear (&date, 1);
      if (!kr_date_parse (cases[i].text, &date, &error))
        g_error ("“%s”: %s", cases[i].text, error->message);
      assert_date (&date, cases[i].year, cases[i].month, cases[i].day);
    }
}

static void
test_date_parse_bad_forms (void)
{
  static const char *const not_dates[] = {
    "2015-05/01",
    "01/05-2015",
    "2015.05.01",
    "01.05.2015",
    "2015-05-01x",
    "x2015-05-01",
    "01-05-15",
    "15-05-01",
    "001-05-2015",
    "01-005-2015",
    "2015-005-01",
    "2015-05-001",
    "20150501",
    "2015-05-01 00:00:00",
    "-05-2015",
    "2015--01",
    "2015-05-",
    "12345-01-01",
    "01-01-12345",
    "1-5-2015-",
    "2015 05 01",
    "2015-05",
    "99999999999999999999-1-1",
    "٢٠١٥-05-01",
    "+2015-05-01",
  };

  for (guint i = 0; i < G_N_ELEMENTS (not_dates); i++)
    {
      g_autofree char *quoted = g_strdup_printf ("“%s” is not a date; write it as YYYY-MM-DD, "
                                                 "DD-MM-YYYY or DD/MM/YYYY",
                                                 not_dates[i]);

      assert_rejected (kr_date_parse, not_dates[i], quoted);
    }

  /* The message quotes the text without the white space around it. */
  assert_rejected (kr_date_parse, "  2015.05.01 \n", "“2015.05.01” is not a date");
  assert_rejected (kr_date_parse, "", "No date was given; write it as YYYY-MM-DD");
  assert_rejected (kr_date_parse, " \t\r\n", "No date was given");
}

static void
test_date_parse_calendar (void)
{
  assert_rejected (kr_date_parse, "31-02-2020",
                   "“31-02-2020” is not a real date: 2020-02 has only "
                   "29 days");
  assert_rejected (kr_date_parse, "29-02-2023", "2023-02 has only 28 days");
  assert_rejected (kr_date_parse, "29/02/1900", "1900-02 has only 28 days");
  assert_rejected (kr_date_parse, "2100-02-29", "2100-02 has only 28 days");
  assert_rejected (kr_date_parse, "31/04/2015", "2015-04 has only 30 days");
  assert_rejected (kr_date_parse, "31-06-2015", "2015-06 has only 30 days");
  assert_rejected (kr_date_parse, "31-09-2015", "2015-09 has only 30 days");
  assert_rejected (kr_date_parse, "2015-11-31", "2015-11 has only 30 days");
  assert_rejected (kr_date_parse, "32-01-2015", "2015-01 has only 31 days");
  assert_rejected (kr_date_parse, "99/12/2015", "2015-12 has only 31 days");
  assert_rejected (kr_date_parse, "2015-13-01",
                   "“2015-13-01” is not a real date: there is no "
                   "month 13");
  assert_rejected (kr_date_parse, "05/13/2015", "there is no month 13");
  assert_rejected (kr_date_parse, "01-00-2015", "there is no month 0");
  assert_rejected (kr_date_parse, "00-05-2015",
                   "“00-05-2015” is not a real date: there is no day 0");
  assert_rejected (kr_date_parse, "2015-05-0", "there is no day 0");
  assert_rejected (kr_date_parse, "0000-01-01",
                   "“0000-01-01” is not a real date: there is no year "
                   "0");
  assert_rejected (kr_date_parse, "1/1/0000", "there is no year 0");
}

static void
test_date_parse_message_text (void)
{
  g_autofree char *long_text = g_strnfill (100, '7');
  g_autoptr (GError) error = NULL;
  GDate date;

  /* Long text is cut short; invalid UTF-8 does not make an invalid message. */
  g_assert_false (kr_date_parse (long_text, &date, &error));
  g_assert_error (error, KR_ERROR, KR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“7777777777777777777777777777777777777777…”"));
  g_assert_null (strstr (error->message, "77777777777777777777777777777777777777777"));
  g_clear_error (&error);

  assert_rejected (kr_date_parse, "\xff\xfe-01-2015", "-01-2015” is not a date");
  assert_rejected (kr_date_parse_iso, "20\xe9\x01-01-01", "is not a date in the form YYYY-MM-DD");
}

static void
test_date_parse_iso (void)
{
  static const char *const not_iso[] = {
    "22-11-2026",
    "22/11/2026",
    " 2026-11-22",
    "2026-11-22 ",
    "2026-1-22",
    "2026-11-2",
    "2026/11/22",
    "2026-11-222",
    "02026-11-22",
    "2026-11",
    "",
    "2026_11_22",
    "2026-11-22x",
    "x026-11-22",
    "20261122",
    "2026-11-2\n",
    "2026--11-22",
  };
  g_autoptr (GError) error = NULL;
  GDate date;

  g_assert_true (kr_date_parse_iso ("2026-11-22", &date, &error));
  g_assert_no_error (error);
  assert_date (&date, 2026, 11, 22);
  g_assert_true (kr_date_parse_iso ("2024-02-29", &date, &error));
  assert_date (&date, 2024, 2, 29);
  g_assert_true (kr_date_parse_iso ("0001-01-01", &date, &error));
  assert_date (&date, 1, 1, 1);

  for (guint i = 0; i < G_N_ELEMENTS (not_iso); i++)
    {
      g_autofree char *message =
          g_strdup_printf ("“%s” is not a date in the form YYYY-MM-DD", not_iso[i]);

      assert_rejected (kr_date_parse_iso, not_iso[i], message);
    }

  assert_rejected (kr_date_parse_iso, "2026-02-29",
                   "“2026-02-29” is not a real date: 2026-02 has "
                   "only 28 days");
  assert_rejected (kr_date_parse_iso, "2026-00-10", "there is no month 0");
  assert_rejected (kr_date_parse_iso, "2026-10-00", "there is no day 0");
  assert_rejected (kr_date_parse_iso, "0000-10-10", "there is no year 0");
}

static void
test_date_format (void)
{
  GDate date = make_date (2026, 11, 22);
  char buf[KR_DATE_ISO_LENGTH + 1];
  g_autofree char *text = kr_date_format_iso (&date);

  g_assert_cmpstr (text, ==, "2026-11-22");
  kr_date_format_iso_buf (&date, buf);
  g_assert_cmpstr (buf, ==, "2026-11-22");

  date = make_date (1, 1, 1);
  kr_date_format_iso_buf (&date, buf);
  g_assert_cmpstr (buf, ==, "0001-01-01");
  date = make_date (999, 3, 7);
  kr_date_format_iso_buf (&date, buf);
  g_assert_cmpstr (buf, ==, "0999-03-07");
  date = make_date (9999, 12, 31);
  kr_date_format_iso_buf (&date, buf);
  g_assert_cmpstr (buf, ==, "9999-12-31");
}

/* Every day of four centuries, around 1900 and 2000 (the odd leap rules), goes through
 * formatting and each parser and comes back the same. */
static void
test_date_round_trip (void)
{
  GDate date = make_date (1800, 1, 1), end = make_date (2200, 12, 31);

  for (; g_date_compare (&date, &end) <= 0; g_date_add_days (&date, 1))
    {
      guint y = g_date_get_year (&date), m = g_date_get_month (&date), d = g_date_get_day (&date);
      char iso[KR_DATE_ISO_LENGTH + 1], dmy[16], short_dmy[16], ymd_slash[16];
      GDate parsed;

      kr_date_format_iso_buf (&date, iso);
      g_snprintf (dmy, sizeof dmy, "%02u-%02u-%04u", d, m, y);
      g_snprintf (short_dmy, sizeof short_dmy, "%u/%u/%04u", d, m, y);
      g_snprintf (ymd_slash, sizeof ymd_slash, "%04u/%02u/%02u", y, m, d);

      g_assert_true (kr_date_parse_iso (iso, &parsed, NULL));
      g_assert_cmpuint (g_date_get_julian (&parsed), ==, g_date_get_julian (&date));
      g_assert_true (kr_date_parse (iso, &parsed, NULL));
      g_assert_cmpuint (g_date_get_julian (&parsed), ==, g_date_get_julian (&date));
      g_assert_true (kr_date_parse (dmy, &parsed, NULL));
      g_assert_cmpuint (g_date_get_julian (&parsed), ==, g_date_get_julian (&date));
      g_assert_true (kr_date_parse (short_dmy, &parsed, NULL));
      g_assert_cmpuint (g_date_get_julian (&parsed), ==, g_date_get_julian (&date));
      g_assert_true (kr_date_parse (ymd_slash, &parsed, NULL));
      g_assert_cmpuint (g_date_get_julian (&parsed), ==, g_date_get_julian (&date));
    }
}

static void
assert_span (guint fy, guint fm, guint fd, guint ty, guint tm, guint td, guint years, guint months)
{
  GDate from = make_date (fy, fm, fd), to = make_date (ty, tm, td);
  guint got_years = 99, got_months = 99;

  g_assert_true (kr_date_span (&from, &to, &got_years, &got_months));
  if (got_years != years || got_months != months)
    g_error ("%04u-%02u-%02u to %04u-%02u-%02u: %u y %u m, expected %u y %u m", fy, fm, fd, ty, tm,
             td, got_years, got_months, years, months);
}

static void
test_date_span (void)
{
  GDate from = make_date (2020, 5, 2), to = make_date (2020, 5, 1);
  guint years = 99, months = 99;

  assert_span (2015, 5, 1, 2026, 11, 22, 11, 6);
  assert_span (2015, 5, 1, 2015, 5, 1, 0, 0);
  assert_span (2015, 5, 1, 2015, 5, 31, 0, 0);
  assert_span (2015, 5, 1, 2015, 6, 1, 0, 1);
  assert_span (2015, 5, 1, 2016, 4, 30, 0, 11);
  assert_span (2015, 5, 1, 2016, 5, 1, 1, 0);
  assert_span (2014, 12, 15, 2015, 1, 14, 0, 0);
  assert_span (2014, 12, 15, 2015, 1, 15, 0, 1);
  assert_span (1990, 6, 15, 2025, 6, 14, 34, 11);
  assert_span (1990, 6, 15, 2025, 6, 15, 35, 0);

  /* Month ends: a month is complete on the same day, or on the 1st after a short month. */
  assert_span (2021, 1, 31, 2021, 2, 28, 0, 0);
  assert_span (2021, 1, 31, 2021, 3, 1, 0, 1);
  assert_span (2020, 1, 31, 2020, 2, 29, 0, 0);
  assert_span (2020, 1, 31, 2020, 3, 1, 0, 1);
  assert_span (2021, 1, 31, 2021, 3, 30, 0, 1);
  assert_span (2021, 1, 31, 2021, 3, 31, 0, 2);
  assert_span (2021, 1, 31, 2021, 4, 30, 0, 2);
  assert_span (2021, 1, 31, 2021, 5, 1, 0, 3);
  assert_span (2021, 1, 30, 2021, 3, 1, 0, 1);
  assert_span (2021, 1, 28, 2021, 2, 28, 0, 1);
  assert_span (2021, 2, 28, 2021, 3, 28, 0, 1);
  assert_span (2021, 2, 28, 2021, 3, 27, 0, 0);
  assert_span (2020, 12, 31, 2021, 12, 30, 0, 11);
  assert_span (2020, 12, 31, 2021, 12, 31, 1, 0);

  /* 29 February. */
  assert_span (2000, 2, 29, 2001, 2, 28, 0, 11);
  assert_span (2000, 2, 29, 2001, 3, 1, 1, 0);
  assert_span (2000, 2, 29, 2004, 2, 28, 3, 11);
  assert_span (2000, 2, 29, 2004, 2, 29, 4, 0);

  /* Backwards. */
  g_assert_false (kr_date_span (&from, &to, &years, &months));
  g_assert_cmpuint (years, ==, 0);
  g_assert_cmpuint (months, ==, 0);

  /* Either count may be left out. */
  from = make_date (2015, 5, 1);
  to = make_date (2026, 11, 22);
  g_assert_true (kr_date_span (&from, &to, NULL, &months));
  g_assert_cmpuint (months, ==, 6);
  g_assert_true (kr_date_span (&from, &to, &years, NULL));
  g_assert_cmpuint (years, ==, 11);
}

/* The julian day on which @n months from @from are complete, by the documented rule taken
 * literally: the same day of the month, or the 1st of the following month when the month is
 * too short. */
static guint32
anniversary (const GDate *from, guint n)
{
  guint index = g_date_get_month (from) - 1 + n;
  guint year = g_date_get_year (from) + index / 12, month = index % 12 + 1;
  GDate date;

  if (g_date_get_day (from) <= g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
    date = make_date (year, month, g_date_get_day (from));
  else if (month == 12)
    date = make_date (year + 1, 1, 1);
  else
    date = make_date (year, month + 1, 1);

  return g_date_get_julian (&date);
}

/* Every pair of dates from half a year around a leap day up to 800 days later agrees with
 * the rule counted out month by month. */
static void
test_date_span_exhaustive (void)
{
  GDate from = make_date (2023, 11, 1), last_from = make_date (2024, 4, 30);

  for (; g_date_compare (&from, &last_from) <= 0; g_date_add_days (&from, 1))
    {
      guint32 marks[32];
      GDate to = from;

      for (guint n = 0; n < G_N_ELEMENTS (marks); n++)
        marks[n] = anniversary (&from, n);

      for (guint offset = 0; offset <= 800; offset++, g_date_add_days (&to, 1))
        {
          guint expected = 0, years, months;

          while (marks[expected + 1] <= g_date_get_julian (&to))
            expected++;
          g_assert_true (kr_date_span (&from, &to, &years, &months));
          g_assert_cmpuint (months, <, 12);
          if (years * 12 + months != expected)
            {
              char a[KR_DATE_ISO_LENGTH + 1], b[KR_DATE_ISO_LENGTH + 1];

              kr_date_format_iso_buf (&from, a);
              kr_date_format_iso_buf (&to, b);
              g_error ("%s to %s: %u months, expected %u", a, b, years * 12 + months, expected);
            }
          g_assert_cmpint (kr_date_age (&from, &to), ==, (int) (expected / 12));
        }
    }
}

static void
test_date_age (void)
{
  GDate birth = make_date (1986, 9, 26), on = make_date (2026, 9, 25);

  g_assert_cmpint (kr_date_age (&birth, &on), ==, 39);
  on = make_date (2026, 9, 26);
  g_assert_cmpint (kr_date_age (&birth, &on), ==, 40);
  on = make_date (1986, 9, 26);
  g_assert_cmpint (kr_date_age (&birth, &on), ==, 0);
  on = make_date (1986, 9, 25);
  g_assert_cmpint (kr_date_age (&birth, &on), ==, -1);
  on = make_date (1900, 1, 1);
  g_assert_cmpint (kr_date_age (&birth, &on), ==, -1);

  birth = make_date (2000, 2, 29);
  on = make_date (2018, 2, 28);
  g_assert_cmpint (kr_date_age (&birth, &on), ==, 17);
  on = make_date (2018, 3, 1);
  g_assert_cmpint (kr_date_age (&birth, &on), ==, 18);
  on = make_date (2020, 2, 28);
  g_assert_cmpint (kr_date_age (&birth, &on), ==, 19);
  on = make_date (2020, 2, 29);
  g_assert_cmpint (kr_date_age (&birth, &on), ==, 20);

  /* Retirement-age arithmetic: 58 on the day. */
  birth = make_date (1968, 12, 31);
  on = make_date (2026, 12, 30);
  g_assert_cmpint (kr_date_age (&birth, &on), ==, 57);
  on = make_date (2026, 12, 31);
  g_assert_cmpint (kr_date_age (&birth, &on), ==, 58);
}

static GDate
local_today (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return make_date ((guint) g_date_time_get_year (now), (guint) g_date_time_get_month (now),
                    (guint) g_date_time_get_day_of_month (now));
}

static void
test_date_today (void)
{
  GDate fixed = make_date (2026, 11, 22), out, before, after;

  memset (&out, 0, sizeof out);
  kr_date_today (&fixed, &out);
  assert_date (&out, 2026, 11, 22);

  /* Midnight may pass between the calls. */
  before = local_today ();
  memset (&out, 0, sizeof out);
  kr_date_today (NULL, &out);
  after = local_today ();
  g_assert_true (g_date_valid (&out));
  g_assert_true (g_date_compare (&out, &before) == 0 || g_date_compare (&out, &after) == 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/date/parse-forms", test_date_parse_forms);
  g_test_add_func ("/core/date/parse-bad-forms", test_date_parse_bad_forms);
  g_test_add_func ("/core/date/parse-calendar", test_date_parse_calendar);
  g_test_add_func ("/core/date/parse-message-text", test_date_parse_message_text);
  g_test_add_func ("/core/date/parse-iso", test_date_parse_iso);
  g_test_add_func ("/core/date/format", test_date_format);
  g_test_add_func ("/core/date/round-trip", test_date_round_trip);
  g_test_add_func ("/core/date/span", test_date_span);
  g_test_add_func ("/core/date/span-exhaustive", test_date_span_exhaustive);
  g_test_add_func ("/core/date/age", test_date_age);
  g_test_add_func ("/core/date/today", test_date_today);

  return g_test_run ();
}
