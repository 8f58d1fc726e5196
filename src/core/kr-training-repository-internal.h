/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kr-training-repository-private.h"

G_BEGIN_DECLS

/* Shared by -compliance.c and -plan.c, beside the helpers of -private.h. */

/* Reads a unit's budget for @year without a permission check; NULL with KR_ERROR_NOT_FOUND
 * for a missing unit. */
KrTrainingBudget *
_kr_training_load_budget (KrTrainingRepository *self, gint64 unit_id, guint year, GError **error);

G_END_DECLS
