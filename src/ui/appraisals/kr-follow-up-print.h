/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-database.h"
#include "kr-document.h"

G_BEGIN_DECLS

/* The printable follow-up list (kr-document-follow-up.h) of @unit_id as a follow-up dialog
 * shows it. Kept apart from the dialog because kr-document-follow-up.h and
 * kr-appraisal-repository.h both name the two lists. */

/**
 * kr_follow_up_print_new_document:
 * @development: %FALSE for the recognition list, %TRUE for the development list
 * @database: the database the unit names are read from
 * @unit_id: the unit listed
 * @year: the year
 * @period_label: the period's official name ("AKHIR", "TRIWULAN II")
 * @rows: (element-type KrAppraisalRow): the list's rows, copied
 *
 * Returns: (transfer full): the document
 */
KrDocument *kr_follow_up_print_new_document (gboolean development,
                                             KrDatabase *database,
                                             gint64 unit_id,
                                             guint year,
                                             const char *period_label,
                                             GPtrArray *rows);

G_END_DECLS
