/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/** KR_DATE_ISO_LENGTH: the length of a stored date, `YYYY-MM-DD`, without the NUL. */
#define KR_DATE_ISO_LENGTH 10

/**
 * kr_date_parse:
 * @text: a date as written in an imported file or typed by a user
 * @out: (out caller-allocates): the date, written only on success
 * @error: return location for a #KR_ERROR_INVALID error
 *
 * Parses a date in one of the forms Indonesian HR files use, after trimming white space
 * around it: year first, `YYYY-MM-DD` or `YYYY/MM/DD`, or day first, `DD-MM-YYYY` or
 * `DD/MM/YYYY`. Day and month may have one or two digits (`1/5/2015`), the year always has
 * four, and both separators must be the same. A day-first date is never read month-first.
 * The date must exist in the calendar (no 31 April, 29 February only in leap years, no year
 * 0). The error message quotes the text and says what is wrong with it.
 */
gboolean kr_date_parse (const char *text, GDate *out, GError **error);

/**
 * kr_date_parse_iso:
 * @text: a stored date
 * @out: (out caller-allocates): the date, written only on success
 * @error: return location for a #KR_ERROR_INVALID error
 *
 * Parses the storage form of a date strictly: exactly `YYYY-MM-DD`, ten characters, no white
 * space, a date that exists in the calendar. Use kr_date_parse() for dates people wrote.
 */
gboolean kr_date_parse_iso (const char *text, GDate *out, GError **error);

/**
 * kr_date_format_iso_buf:
 * @date: a valid date
 * @buf: (out caller-allocates): room for %KR_DATE_ISO_LENGTH + 1 bytes
 *
 * Writes @date in its storage form `YYYY-MM-DD` into @buf, NUL-terminated, without
 * allocating (for loops over many rows).
 */
void kr_date_format_iso_buf (const GDate *date, char buf[KR_DATE_ISO_LENGTH + 1]);

/**
 * kr_date_format_iso:
 * @date: a valid date
 *
 * Returns @date in its storage form `YYYY-MM-DD` as a new string; free with g_free().
 */
char *kr_date_format_iso (const GDate *date);

/**
 * kr_date_span:
 * @from: the start, such as a TMT or a birth date
 * @to: the end, such as today
 * @years: (out) (optional): the completed years
 * @months: (out) (optional): the completed months beyond @years, 0 to 11
 *
 * Counts the completed years and months from @from to @to, as masa kerja and age are
 * counted (2015-05-01 to 2026-11-22 is 11 years 6 months). A month is complete when @to
 * reaches the day of the month of @from; when that day does not exist in @to's month (the
 * 29th to 31st), the month is complete only on the 1st of the next month. So 31 January to
 * 28 February is 0 months and to 1 March is 1 month, and someone born on 29 February turns
 * one year older on 1 March in other years. This is what the DATEDIF function of spreadsheet
 * programs counts, so results match the figures HR staff check by hand. Returns %FALSE, with
 * both counts 0, when @to is before @from.
 */
gboolean kr_date_span (const GDate *from, const GDate *to, guint *years, guint *months);

/**
 * kr_date_age:
 * @birth_date: the birth date
 * @on: the date to take the age on
 *
 * Returns the age in completed years on @on, counted like kr_date_span() (someone born on
 * 29 February turns one year older on 1 March in years without that day), or -1 when @on is
 * before @birth_date.
 */
int kr_date_age (const GDate *birth_date, const GDate *on);

/**
 * kr_date_today:
 * @fixed: (nullable): the date to use as today, or %NULL for the real one
 * @out: (out caller-allocates): today's date
 *
 * Sets @out to @fixed when it is given, otherwise to today's date in the local time zone.
 * Functions that depend on the current date take a nullable `today` argument and resolve it
 * here, so that tests can fix the date without global state.
 */
void kr_date_today (const GDate *fixed, GDate *out);

G_END_DECLS
