/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How the employee screens write values for people to read. */

/* @date in the locale's long form, "22 November 2026"; NULL when @date is NULL or not valid. */
char *kr_employee_format_date (const GDate *date);

/* A span of completed years and months as masa kerja is read out: "11 years 6 months",
 * "6 months", "2 years"; "less than a month" when both are 0. */
char *kr_employee_format_span (guint years, guint months);

/* The span from @from to @to as kr_employee_format_span() writes it, NULL when either date is
 * missing or @to is before @from. */
char *kr_employee_format_span_between (const GDate *from, const GDate *to);

/* A stored golongan (a PNS SIMPEG code or 100 + a PPPK golongan) with its pangkat:
 * "III/b · Penata Muda Tingkat I", or "Grade IX" for a PPPK; NULL for 0 or an unknown code. */
char *kr_employee_format_golongan (guint golongan);

/* A decree: "SK 823/12/2018 of 12 March 2018", "SK 823/12/2018", "SK of 12 March 2018"; NULL
 * when neither the number nor the date is known. */
char *kr_employee_format_decree (const char *number, const GDate *date);

G_END_DECLS
