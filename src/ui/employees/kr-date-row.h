/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KR_TYPE_DATE_ROW (kr_date_row_get_type ())

G_DECLARE_FINAL_TYPE (KrDateRow, kr_date_row, KR, DATE_ROW, AdwEntryRow)

/* An entry row for a date: typed in any form kr_date_parse() reads ("15-03-1990",
 * "1990-03-15") or picked from a calendar; the long form is shown beside it. */
GtkWidget *kr_date_row_new (void);

/* The date typed, or NULL when the row is empty or its text is not a date. */
const GDate *kr_date_row_get_date (KrDateRow *self);

/* Shows @date (NULL or not valid: empties the row). */
void kr_date_row_set_date (KrDateRow *self, const GDate *date);

/* Whether the row is empty. */
gboolean kr_date_row_is_empty (KrDateRow *self);

/* Fails with kr_date_parse()'s message when the row holds text that is not a date; an empty
 * row passes. */
gboolean kr_date_row_check (KrDateRow *self, GError **error);

G_END_DECLS
