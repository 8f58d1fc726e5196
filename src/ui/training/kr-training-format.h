/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kr-training.h"

G_BEGIN_DECLS

/* How the training screens write values for people to read. */

/* "Rp 1.250.000" (Indonesian grouping whatever the locale); "-Rp 500.000" below zero. */
char *kr_training_format_money (gint64 rupiah);

/* Reads what a person typed as rupiah: digits with optional "Rp", spaces, dots or commas
 * grouping thousands. FALSE for anything else or a negative amount. */
gboolean kr_training_parse_money (const char *text, gint64 *rupiah);

/* An ISO date in the locale's long form ("22 November 2026"); "—" for NULL or a bad date. */
char *kr_training_format_date (const char *iso);

/* "3 March 2027 – 7 March 2027", or one date when both are the same. */
char *kr_training_format_dates (const char *start, const char *end);

/* Makes @label the pill of an enrolment state or a session status (style.css state-pill). */
void kr_training_format_enrolment_pill (GtkLabel *label, KrEnrolmentState state);
void kr_training_format_session_pill (GtkLabel *label, KrSessionStatus status);

/* JP with at most one decimal in the locale's form ("12.5", "12,5"), "12" when whole. */
char *kr_training_format_jp (double jp);

G_END_DECLS
