/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kr-appraisal-repository.h"

G_BEGIN_DECLS

/* What the dialogs of historic appraisals and surveys share: scores typed into entry rows
 * (with a decimal point or comma) and a form's one message about the field at fault. */

/**
 * kr_appraisal_form_read_number:
 * @row: the entry row
 * @min: the smallest value allowed
 * @max: the largest value allowed
 * @required: whether an empty row is an error
 * @present: (out) (optional): whether the row holds a value
 * @value: (out): the value, when present
 * @error: return location for a #GError
 *
 * Reads "82.5", "82,5" or "82"; fails with %KR_ERROR_INVALID naming the row's title.
 */
gboolean kr_appraisal_form_read_number (AdwEntryRow *row,
                                        double min,
                                        double max,
                                        gboolean required,
                                        gboolean *present,
                                        double *value,
                                        GError **error);

/* Reads a whole number of at least @min from @row; fails naming the row's title. */
gboolean kr_appraisal_form_read_count (AdwEntryRow *row, guint min, guint *value, GError **error);

/* "82.50" (with the locale's decimal sign); two decimals as the regulations print them. */
char *kr_appraisal_form_format_number (double value);

/* Sets @row's text to @value formatted, or empties it when @value is negative. */
void kr_appraisal_form_set_number (AdwEntryRow *row, double value);

/* Marks *@marked no more, then @row (nullable) with the error style and @message as its
 * tooltip, and shows @message (nullable: hides it) in @label. */
void kr_appraisal_form_show_error (GtkWidget **marked,
                                   GtkWidget *row,
                                   GtkLabel *label,
                                   const char *message);

/* Whether the signed-in identity may write appraisal records (KR_PERMISSION_WRITE_APPRAISALS);
 * everyone may in a database without accounts. */
gboolean kr_appraisal_form_can_write (KrAppraisalRepository *repository);

/* "Bidang Mutasi · 2025 · TRIWULAN II" (the period's official name, none for period 0),
 * for the subtitle of a unit's dialogs. */
char *kr_appraisal_form_dup_period_title (KrAppraisalRepository *repository,
                                          gint64 unit_id,
                                          guint year,
                                          guint period);

G_END_DECLS
