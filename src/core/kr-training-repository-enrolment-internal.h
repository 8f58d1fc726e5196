/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-training-repository-private.h"

G_BEGIN_DECLS

/* Shared by the enrolment files of the training repository (core-A):
 * kr-training-repository-enrolment.c (checking and nominating) and
 * kr-training-repository-moves.c (moving, deleting and listing enrolments).
 *
 * An enrolment's year, for its budget and JP, is the year of its session's end date (the
 * training_jp view counts JP so). */

/* "Rp 1.250.000" */
char *_kr_training_format_rupiah (gint64 amount);

/* The year of an ISO date, 0 when it has none. */
guint _kr_training_year_of (const char *iso_date);

/**
 * _kr_training_read_budget:
 * @unit_id: a unit with a training_budget row for @year
 * @allocated: (out): the allocation
 * @reserved: (out): cost of enrolments nominated, approved, attended or completed charged to
 *   the unit in @year (pending + committed + spent)
 * @committed: (out): the part approved, attended or completed (committed + spent)
 * @unit_name: (out) (transfer full): the unit's name
 *
 * Returns: %FALSE with @error set on failure; a unit without a row reads allocated 0 and
 *   %TRUE with @found FALSE
 */
gboolean _kr_training_read_budget (KrTrainingRepository *self,
                                   gint64 unit_id,
                                   guint year,
                                   gboolean *found,
                                   gint64 *allocated,
                                   gint64 *reserved,
                                   gint64 *committed,
                                   char **unit_name,
                                   GError **error);

G_END_DECLS
